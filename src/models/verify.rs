//! Checking a model file before it is handed to whisper.cpp, which aborts or crashes on a damaged
//! one (a 100-byte file: `std::out_of_range`; garbage inside: a segfault after tens of seconds).
//!
//! Two checks. The structure of a ggml file: header, mel filters, vocabulary and every tensor's
//! header and data must fit the file exactly (catches truncated, padded and shifted files, the
//! user's own included). The checksum of a model we converted: its sha256 must be the one recorded
//! when it was made (catches a flipped bit). Hashing 80 MB takes a while, so a verified file is
//! remembered by size and modification time in a sidecar `.verified` file and not hashed again
//! until it changes.

use std::fs;
use std::io::{self, BufReader, Read, Seek};
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

const GGML_MAGIC: u32 = 0x6767_6d6c;

#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    #[error("{path}: cannot read the model file")]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{path}: not a usable whisper.cpp (ggml) model: {reason}")]
    Structure { path: PathBuf, reason: String },
    #[error("{path}: damaged model file (sha256 {got}, made as {expected}); {fix}")]
    Checksum {
        path: PathBuf,
        expected: String,
        got: String,
        fix: String,
    },
}

/// Bytes per block and values per block of ggml's tensor types (`None`: a type this check does
/// not know, whose size it cannot judge).
fn type_size(t: i32) -> Option<(u64, u64)> {
    Some(match t {
        0 => (4, 1),      // f32
        1 => (2, 1),      // f16
        2 => (18, 32),    // q4_0
        3 => (20, 32),    // q4_1
        6 => (22, 32),    // q5_0
        7 => (24, 32),    // q5_1
        8 => (34, 32),    // q8_0
        10 => (84, 256),  // q2_K
        11 => (110, 256), // q3_K
        12 => (144, 256), // q4_K
        13 => (176, 256), // q5_K
        14 => (210, 256), // q6_K
        _ => return None,
    })
}

struct Reader<R> {
    r: R,
    pos: u64,
    len: u64,
}

impl<R: Read + Seek> Reader<R> {
    fn i32(&mut self, what: &str) -> Result<i32, String> {
        let mut b = [0u8; 4];
        self.r
            .read_exact(&mut b)
            .map_err(|_| format!("the file ends inside the {what} (at byte {})", self.pos))?;
        self.pos += 4;
        Ok(i32::from_le_bytes(b))
    }

    fn count(&mut self, what: &str, max: i64) -> Result<u64, String> {
        let v = self.i32(what)? as i64;
        if v < 0 || v > max {
            return Err(format!("{what} is {v}, which no Whisper model has"));
        }
        Ok(v as u64)
    }

    fn skip(&mut self, n: u64, what: &str) -> Result<(), String> {
        if self.pos.checked_add(n).is_none_or(|end| end > self.len) {
            return Err(format!(
                "the {what} needs {n} bytes at byte {} but the file has {} (truncated?)",
                self.pos, self.len
            ));
        }
        self.r.seek_relative(n as i64).map_err(|e| e.to_string())?;
        self.pos += n;
        Ok(())
    }
}

/// Files already checked by this process (by path, size and mtime): batch workers each load the
/// model, and the check is needed once.
static CHECKED: std::sync::Mutex<Vec<(PathBuf, String)>> = std::sync::Mutex::new(Vec::new());

fn already_checked(path: &Path) -> bool {
    let Ok(st) = stamp(path) else { return false };
    let seen = CHECKED.lock().unwrap_or_else(|e| e.into_inner());
    seen.iter().any(|(p, s)| p == path && *s == st)
}

fn remember_checked(path: &Path) {
    if let Ok(st) = stamp(path) {
        let mut seen = CHECKED.lock().unwrap_or_else(|e| e.into_inner());
        seen.push((path.to_owned(), st));
    }
}

/// Walks a ggml Whisper file's layout and checks that it fits the file exactly.
pub fn check_ggml(path: &Path) -> Result<(), VerifyError> {
    if already_checked(path) {
        return Ok(());
    }
    let io = |source| VerifyError::Io {
        path: path.to_owned(),
        source,
    };
    let f = fs::File::open(path).map_err(io)?;
    let len = f.metadata().map_err(io)?.len();
    let mut r = Reader {
        r: BufReader::new(f),
        pos: 0,
        len,
    };
    walk(&mut r).map_err(|reason| VerifyError::Structure {
        path: path.to_owned(),
        reason,
    })?;
    remember_checked(path);
    Ok(())
}

fn walk<R: Read + Seek>(r: &mut Reader<R>) -> Result<(), String> {
    if r.i32("header")? as u32 != GGML_MAGIC {
        return Err("it does not start with the ggml magic number".into());
    }
    // n_vocab, audio ctx/state/head/layer, text ctx/state/head/layer, n_mels, ftype.
    let names = [
        "n_vocab",
        "n_audio_ctx",
        "n_audio_state",
        "n_audio_head",
        "n_audio_layer",
        "n_text_ctx",
        "n_text_state",
        "n_text_head",
        "n_text_layer",
        "n_mels",
    ];
    for n in names {
        r.count(n, 1 << 20)?;
    }
    r.i32("ftype")?;
    let n_mel = r.count("mel filter rows", 512)?;
    let n_fft = r.count("mel filter columns", 4096)?;
    r.skip(n_mel * n_fft * 4, "mel filterbank")?;
    let n_tokens = r.count("vocabulary size", 1 << 20)?;
    for _ in 0..n_tokens {
        let l = r.count("token length", 1 << 16)?;
        r.skip(l, "vocabulary")?;
    }
    let mut tensors = 0;
    while r.pos < r.len {
        let n_dims = r.count("tensor rank", 4)?;
        let name_len = r.count("tensor name length", 1024)?;
        if n_dims == 0 || name_len == 0 {
            return Err(format!(
                "a tensor without dimensions or name at byte {} (garbage after the model?)",
                r.pos
            ));
        }
        let ttype = r.i32("tensor type")?;
        let mut elems: u64 = 1;
        for _ in 0..n_dims {
            elems = elems.saturating_mul(r.count("tensor dimension", 1 << 24)?);
        }
        r.skip(name_len, "tensor name")?;
        let Some((bytes, per)) = type_size(ttype) else {
            // A type this check does not know: the rest cannot be measured, so it is not judged.
            return Ok(());
        };
        let size = elems
            .div_ceil(per)
            .checked_mul(bytes)
            .ok_or_else(|| format!("a tensor's size overflows at byte {}", r.pos))?;
        r.skip(size, "tensor data")?;
        tensors += 1;
    }
    if tensors == 0 {
        return Err("it has no tensors".into());
    }
    Ok(())
}

/// The sidecar that remembers a verified file.
fn sidecar(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".verified");
    PathBuf::from(s)
}

fn stamp(path: &Path) -> io::Result<String> {
    let m = fs::metadata(path)?;
    let mtime = m
        .modified()?
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    Ok(format!("{} {mtime}", m.len()))
}

/// Checks that `path` still has the sha256 it was made with; `fix` says what to run if not.
/// Remembered by size and modification time, so only a changed file is hashed again.
pub fn check_sha256(path: &Path, expected: &str, fix: &str) -> Result<(), VerifyError> {
    let io = |source| VerifyError::Io {
        path: path.to_owned(),
        source,
    };
    let now = stamp(path).map_err(io)?;
    let side = sidecar(path);
    if fs::read_to_string(&side).is_ok_and(|t| t.trim() == format!("{now} {expected}")) {
        return Ok(());
    }
    let got = super::sha256_file(path).map_err(|e| VerifyError::Io {
        path: path.to_owned(),
        source: io::Error::other(e.to_string()),
    })?;
    if got != expected {
        return Err(VerifyError::Checksum {
            path: path.to_owned(),
            expected: expected.to_owned(),
            got,
            fix: fix.to_owned(),
        });
    }
    // Best effort: a read-only cache is verified again next time, nothing worse.
    let _ = fs::write(&side, format!("{now} {expected}\n"));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::ggml::{write_ggml, Hparams, OutTensor, TensorKind};
    use crate::models::WeightType;

    /// A tiny but well-formed ggml Whisper file.
    pub fn tiny_ggml(dir: &Path) -> PathBuf {
        let hp = Hparams {
            n_vocab: 51864,
            n_audio_ctx: 4,
            n_audio_state: 4,
            n_audio_head: 1,
            n_audio_layer: 1,
            n_text_ctx: 4,
            n_text_state: 4,
            n_text_head: 1,
            n_text_layer: 1,
            n_mels: 80,
        };
        let tensors = vec![OutTensor {
            name: "encoder.conv1.bias".into(),
            ne: vec![4, 1],
            values: vec![0.5; 4],
            kind: TensorKind::F32,
        }];
        let vocab: Vec<Vec<u8>> = (0..50256).map(|i| format!("t{i}").into_bytes()).collect();
        let mut bytes = Vec::new();
        write_ggml(&mut bytes, &hp, &tensors, &vocab, WeightType::F16).unwrap();
        let p = dir.join("ggml-tiny-test.bin");
        fs::write(&p, bytes).unwrap();
        p
    }

    #[test]
    fn a_whole_file_passes_and_damaged_ones_are_named_with_the_reason() {
        let d = tempfile::tempdir().unwrap();
        let p = tiny_ggml(d.path());
        check_ggml(&p).unwrap();
        let whole = fs::read(&p).unwrap();
        let cases: [(&str, Vec<u8>); 4] = [
            ("hundred.bin", whole[..100].to_vec()),
            ("cut.bin", whole[..whole.len() - 3].to_vec()),
            ("garbage.bin", vec![0x41; 4096]),
            ("padded.bin", [whole.as_slice(), &[0u8; 4096]].concat()),
        ];
        for (name, bytes) in cases {
            let q = d.path().join(name);
            fs::write(&q, bytes).unwrap();
            let e = check_ggml(&q).expect_err(name).to_string();
            assert!(
                e.contains(name) && e.contains("not a usable"),
                "{name}: {e}"
            );
        }
    }

    #[test]
    fn checksums_are_remembered_until_the_file_changes() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("m.bin");
        fs::write(&p, b"model bytes").unwrap();
        let sha = crate::models::sha256_file(&p).unwrap();
        check_sha256(&p, &sha, "fetch again").unwrap();
        assert!(sidecar(&p).is_file());
        // A flipped bit (same size) with a new modification time is hashed again and refused.
        std::thread::sleep(std::time::Duration::from_millis(20));
        fs::write(&p, b"model bytEs").unwrap();
        let e = check_sha256(&p, &sha, "run `callaudit models fetch --force`")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("damaged model file") && e.contains("models fetch --force"),
            "{e}"
        );
    }
}
