//! Recording paths as text, without loss. File names on Linux are bytes; two names that differ
//! only in bytes that are not UTF-8 (`x\xe9.wav`, `x\xe8.wav`) must stay two calls, and a page must
//! still link to the file that exists. Valid UTF-8 is kept as is, a backslash is written `\\`,
//! a control character (ESC, BEL, newline: they would drive a terminal) `\u{1b}`, and every byte
//! that is not UTF-8 `\xNN`; `from_text` reverses it exactly.

use std::ffi::OsString;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::{Path, PathBuf};

/// A path as text that names it exactly.
pub fn to_text(p: &Path) -> String {
    let mut out = String::new();
    for chunk in p.as_os_str().as_bytes().utf8_chunks() {
        for c in chunk.valid().chars() {
            if c == '\\' {
                out.push_str("\\\\");
            } else if c.is_control() {
                out.push_str(&c.escape_unicode().to_string());
            } else {
                out.push(c);
            }
        }
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out
}

/// The path `to_text` wrote. Text from elsewhere (no escapes) is taken as it is; a backslash not
/// followed by a known escape is kept literally.
pub fn from_text(s: &str) -> PathBuf {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' && b.get(i + 1) == Some(&b'\\') {
            out.push(b'\\');
            i += 2;
            continue;
        }
        if b[i] == b'\\' && b.get(i + 1) == Some(&b'u') && b.get(i + 2) == Some(&b'{') {
            let close = s[i..].find('}').map(|j| i + j);
            let c = close
                .and_then(|j| u32::from_str_radix(&s[i + 3..j], 16).ok())
                .and_then(char::from_u32);
            if let (Some(c), Some(j)) = (c, close) {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                i = j + 1;
                continue;
            }
        }
        if b[i] == b'\\'
            && b.get(i + 1) == Some(&b'x')
            && i + 4 <= b.len()
            && b[i + 2].is_ascii_hexdigit()
            && b[i + 3].is_ascii_hexdigit()
        {
            if let Ok(v) = u8::from_str_radix(&s[i + 2..i + 4], 16) {
                out.push(v);
                i += 4;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    PathBuf::from(OsString::from_vec(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_differing_in_invalid_bytes_stay_apart_and_come_back_exactly() {
        let a = PathBuf::from(OsString::from_vec(b"calls/x\xe9.wav".to_vec()));
        let b = PathBuf::from(OsString::from_vec(b"calls/x\xe8.wav".to_vec()));
        let (ta, tb) = (to_text(&a), to_text(&b));
        assert_ne!(ta, tb);
        assert_eq!(ta, "calls/x\\xe9.wav");
        assert_eq!(from_text(&ta), a);
        assert_eq!(from_text(&tb), b);
        // A literal backslash (and one spelling an escape) survives too.
        let odd = PathBuf::from("a\\xe9 b\\.wav");
        assert_eq!(to_text(&odd), "a\\\\xe9 b\\\\.wav");
        assert_eq!(from_text(&to_text(&odd)), odd);
        let ctl = PathBuf::from("esc\u{1b}[2J\nbell\u{7}.wav");
        assert_eq!(to_text(&ctl), "esc\\u{1b}[2J\\u{a}bell\\u{7}.wav");
        assert_eq!(from_text(&to_text(&ctl)), ctl);
        // Text that was never written by `to_text` does not panic.
        assert_eq!(from_text("\\x1é.wav"), PathBuf::from("\\x1é.wav"));
        let utf8 = PathBuf::from("通话/录音 1.wav");
        assert_eq!(to_text(&utf8), "通话/录音 1.wav");
        assert_eq!(from_text("通话/录音 1.wav"), utf8);
    }
}
