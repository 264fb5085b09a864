//! Text normalization shared by scoring and classification.
//!
//! ASR output ("15 GB, right?") and the labeled corpus ("fifteen gb right") must look the same to
//! the classifier and to word-error-rate scoring: lowercase, no punctuation, numbers as words.

/// Lowercased words with punctuation removed and digits spelled out.
pub fn normalize(text: &str) -> Vec<String> {
    let mut cleaned = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let between_digits = |i: usize| {
            i > 0
                && i + 1 < chars.len()
                && chars[i - 1].is_ascii_digit()
                && chars[i + 1].is_ascii_digit()
        };
        if c == ',' && between_digits(i) {
            continue; // thousands separator
        }
        if c.is_alphanumeric() || c == '\'' {
            cleaned.extend(c.to_lowercase());
        } else {
            cleaned.push(' ');
        }
    }
    let mut words = Vec::new();
    for w in cleaned.split_whitespace() {
        let w = w.trim_matches('\'');
        if w.is_empty() {
            continue;
        }
        match w.parse::<u64>() {
            Ok(n) if n < 1_000_000_000 => words.extend(number_words(n)),
            _ => words.push(w.to_owned()),
        }
    }
    words
}

const ONES: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

fn number_words(n: u64) -> Vec<String> {
    let mut out = Vec::new();
    if n == 0 {
        out.push("zero".to_owned());
        return out;
    }
    let push_below_1000 = |n: u64, out: &mut Vec<String>| {
        if n >= 100 {
            out.push(ONES[(n / 100) as usize].to_owned());
            out.push("hundred".to_owned());
        }
        let r = n % 100;
        if r >= 20 {
            out.push(TENS[(r / 10) as usize].to_owned());
            if !r.is_multiple_of(10) {
                out.push(ONES[(r % 10) as usize].to_owned());
            }
        } else if r > 0 {
            out.push(ONES[r as usize].to_owned());
        }
    };
    for (scale, name) in [(1_000_000, "million"), (1_000, "thousand")] {
        if !(n / scale).is_multiple_of(1000) {
            push_below_1000(n / scale % 1000, &mut out);
            out.push(name.to_owned());
        }
    }
    push_below_1000(n % 1000, &mut out);
    out
}

/// The normalized words joined by spaces.
pub fn normalize_text(text: &str) -> String {
    normalize(text).join(" ")
}

/// The sentences of a turn: split after `.`, `!`, `?` (and their full-width forms) and kept
/// whole where a recognizer wrote no punctuation.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let ends = matches!(c, '.' | '!' | '?' | '。' | '！' | '？')
            && chars
                .peek()
                .is_none_or(|(_, n)| n.is_whitespace() || !n.is_ascii());
        if ends {
            let end = i + c.len_utf8();
            let s = text[start..end].trim();
            if !s.is_empty() {
                out.push(s);
            }
            start = end;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_case_punctuation_hyphens_and_numbers() {
        assert_eq!(
            normalize("Six-digit code, PLEASE!"),
            ["six", "digit", "code", "please"]
        );
        assert_eq!(normalize("15 GB"), ["fifteen", "gb"]);
        assert_eq!(normalize("10,000 86"), ["ten", "thousand", "eighty", "six"]);
        assert_eq!(normalize("10086"), ["ten", "thousand", "eighty", "six"]);
        assert_eq!(
            normalize("1,499"),
            ["one", "thousand", "four", "hundred", "ninety", "nine"]
        );
        assert_eq!(normalize("don't 'quote'"), ["don't", "quote"]);
        assert_eq!(normalize("2000000"), ["two", "million"]);
    }

    #[test]
    fn sentences_split_at_end_marks_and_keep_unpunctuated_text_whole() {
        assert_eq!(
            sentences("Hello there. Your code is 4.5? Read it!  ok"),
            ["Hello there.", "Your code is 4.5?", "Read it!", "ok"]
        );
        assert_eq!(
            sentences("no punctuation at all here"),
            ["no punctuation at all here"]
        );
        assert_eq!(
            sentences("您好。请念一下验证码！"),
            ["您好。", "请念一下验证码！"]
        );
        assert!(sentences("  ").is_empty());
    }
}
