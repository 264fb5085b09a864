//! Masking of verification codes and phone numbers in everything callaudit writes.
//!
//! Calls are personal data, and the codes read out in scam calls are live credentials. A run of
//! 4 to 8 digits (written as digits or as spoken digit words) is shown as `[code]`, a longer run
//! as `[phone]`. The operators' public service numbers stay readable: "10086 will text you" is
//! evidence, not a secret.
//!
//! Verdicts and results stay unmasked in memory; each writer (text, JSON, results file, pages)
//! masks what it writes, once, unless the user asked for `--no-mask`.

use crate::operators;
use crate::verdict::Verdict;

/// A writer's choice: mask (the default everywhere) or show everything (`--no-mask`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Masking(pub bool);

impl Default for Masking {
    fn default() -> Self {
        Self(true)
    }
}

impl Masking {
    /// `text` as this writer shows it.
    pub fn text(self, text: &str) -> String {
        if self.0 {
            mask(text)
        } else {
            text.to_owned()
        }
    }

    /// A verdict as this writer shows it: the evidence quotes masked.
    pub fn verdict(self, v: &Verdict) -> Verdict {
        let mut v = v.clone();
        if self.0 {
            for e in v.patterns.iter_mut().flat_map(|p| p.evidence.iter_mut()) {
                e.text = mask(&e.text);
            }
        }
        v
    }

    /// A phone number as shown: the last four digits only, unless masking is off. Short service
    /// numbers (the operators' hotlines) stay readable: they are what `unofficial_caller` is about.
    pub fn phone_number(self, n: &str) -> String {
        let digits: Vec<char> = n.chars().filter(char::is_ascii_digit).collect();
        if !self.0 || digits.len() <= 5 {
            return n.to_owned();
        }
        let tail: String = digits[digits.len() - 4..].iter().collect();
        format!("***{tail}")
    }
}

fn digit_word(w: &str) -> Option<char> {
    Some(match w {
        "zero" | "oh" => '0',
        "one" => '1',
        "two" => '2',
        "three" => '3',
        "four" => '4',
        "five" => '5',
        "six" => '6',
        "seven" => '7',
        "eight" => '8',
        "nine" => '9',
        _ => return None,
    })
}

/// The digits a word stands for: "4199", "4", "four", "4,", or none.
fn word_digits(word: &str) -> Option<String> {
    let core = word.trim_matches(|c: char| !c.is_alphanumeric());
    if core.is_empty() {
        return None;
    }
    if core.chars().all(|c| c.is_ascii_digit()) {
        return Some(core.to_owned());
    }
    if core.chars().all(|c| c.is_ascii_digit() || c == '-')
        && core.chars().any(|c| c.is_ascii_digit())
    {
        return Some(core.chars().filter(char::is_ascii_digit).collect());
    }
    digit_word(&core.to_lowercase()).map(String::from)
}

/// Masks codes and phone numbers in `text`.
pub fn mask(text: &str) -> String {
    let text = if text
        .chars()
        .any(|c| crate::language::is_cjk(c) || ('０'..='９').contains(&c))
    {
        mask_cjk(text)
    } else {
        text.to_owned()
    };
    mask_words(&text)
}

/// A character that is one digit in Chinese text: ASCII, full-width, or a Chinese digit word
/// (一二三, 幺 for one, 两 for two, 零 and 〇).
fn cjk_digit(c: char) -> Option<char> {
    if c.is_ascii_digit() {
        return Some(c);
    }
    if ('０'..='９').contains(&c) {
        return char::from_u32(c as u32 - '０' as u32 + '0' as u32);
    }
    crate::textnorm::zh_digit(c).map(|d| char::from(b'0' + d as u8))
}

/// Chinese text has no spaces between words: a code read out as 一二三四五六 or typed as 123456
/// sits inside a longer run of characters. Masks runs of 4 or more digits that are not an
/// operator's number; between two digits, up to three separators (spaces of any width, commas,
/// dashes, full stops, ellipses, colons, middle dots) are part of the run, as a recognizer writes
/// a code read out in groups ("四一九。九二七", "4, 1, 9").
fn mask_cjk(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if cjk_digit(chars[i]).is_none() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // The run: digits, with single separators between them.
        let (mut j, mut end, mut digits) = (i, i, String::new());
        while j < chars.len() {
            if let Some(d) = cjk_digit(chars[j]) {
                digits.push(d);
                j += 1;
                end = j;
            } else if let Some(k) = (1..=3).find(|&k| {
                chars[j..].len() > k
                    && chars[j..j + k].iter().all(|&c| is_separator(c))
                    && cjk_digit(chars[j + k]).is_some()
            }) {
                j += k;
            } else {
                break;
            }
        }
        if digits.len() >= 4 && !operators::is_official(&digits) {
            out.push_str(if digits.len() > 8 {
                "[phone]"
            } else {
                "[code]"
            });
        } else {
            out.extend(&chars[i..end]);
        }
        i = end;
    }
    out
}

fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ',' | '，'
                | '、'
                | '-'
                | '－'
                | '—'
                | '.'
                | '。'
                | '．'
                | '…'
                | ':'
                | '：'
                | ';'
                | '；'
                | '·'
        )
}

/// Masks digit runs made of space-separated words (English: "four one nine nine").
fn mask_words(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let mut j = i;
        let mut digits = String::new();
        while j < words.len() {
            match word_digits(words[j]) {
                Some(d) => {
                    digits.push_str(&d);
                    j += 1;
                }
                None => break,
            }
        }
        if j > i && digits.len() >= 4 && !operators::is_official(&digits) {
            let tag = if digits.len() > 8 {
                "[phone]"
            } else {
                "[code]"
            };
            // Keep trailing punctuation of the last masked word.
            let last = words[j - 1];
            let trail: String = last
                .chars()
                .rev()
                .take_while(|c| !c.is_alphanumeric())
                .collect();
            out.push(format!("{tag}{}", trail.chars().rev().collect::<String>()));
            i = j;
        } else if j > i {
            out.extend(words[i..j].iter().map(|w| (*w).to_owned()));
            i = j;
        } else {
            out.push(words[i].to_owned());
            i += 1;
        }
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_codes_in_digits_and_words() {
        assert_eq!(mask("the code is 419927."), "the code is [code].");
        assert_eq!(
            mask("it says four one nine nine two seven"),
            "it says [code]"
        );
        assert_eq!(mask("okay 4 1 9 9, done"), "okay [code], done");
        assert_eq!(
            mask("call me on 138-0013-8000 please"),
            "call me on [phone] please"
        );
        assert_eq!(
            mask("my number is one three eight zero zero one three eight zero zero zero"),
            "my number is [phone]"
        );
    }

    #[test]
    fn masks_codes_read_out_in_chinese() {
        assert_eq!(
            mask("验证码是一二三四五六，您念一下"),
            "验证码是[code]，您念一下"
        );
        assert_eq!(mask("验证码是419927对吧"), "验证码是[code]对吧");
        assert_eq!(mask("是幺三八 零零一三 八零零零吗"), "是[phone]吗");
        assert_eq!(
            mask("我是１００８６客服，尾号三八六七"),
            "我是１００８６客服，尾号[code]"
        );
        assert_eq!(mask("幺零零八六会给您发短信"), "幺零零八六会给您发短信");
        assert_eq!(mask("每月十五G，一个月三十元"), "每月十五G，一个月三十元");
        assert_eq!(mask("一一二二"), "[code]");
        // Read out in groups, as recognizers punctuate it.
        for text in [
            "验证码是四一九。九二七",
            "验证码是四一九…九二七",
            "验证码是四一九  九二七",
            "验证码是４１９　９２７",
            "验证码是四, 一, 九, 九, 二, 七",
            "验证码是4, 1, 9, 9, 2, 7",
        ] {
            assert_eq!(mask(text), "验证码是[code]", "{text}");
        }
        assert_eq!(mask("４１９９２７"), "[code]");
        assert_eq!(mask("手机号幺三八－零零一三－八零零零"), "手机号[phone]");
    }

    #[test]
    fn keeps_short_numbers_and_official_hotlines() {
        assert_eq!(
            mask("10086 will text you a six digit code"),
            "10086 will text you a six digit code"
        );
        assert_eq!(
            mask("fifteen gigs for 30 yuan, one two three"),
            "fifteen gigs for 30 yuan, one two three"
        );
        assert_eq!(
            mask("one zero zero eight six will text you"),
            "one zero zero eight six will text you"
        );
    }
}
