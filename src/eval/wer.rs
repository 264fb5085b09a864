//! Word error rate between a reference script and a transcript.
//!
//! Both sides are normalized first, as is usual for ASR scoring: case, punctuation and hyphens go,
//! and numbers become words, so "15 gigabytes" and "fifteen gigabytes" count as the same words and
//! "10,000 86" as "ten thousand eighty six".

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

/// Word-level edit distance counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordErrors {
    pub substitutions: usize,
    pub deletions: usize,
    pub insertions: usize,
    pub reference_words: usize,
}

impl WordErrors {
    pub fn rate(&self) -> f64 {
        let errors = self.substitutions + self.deletions + self.insertions;
        if self.reference_words == 0 {
            return if errors == 0 { 0.0 } else { 1.0 };
        }
        errors as f64 / self.reference_words as f64
    }

    pub fn add(&mut self, o: WordErrors) {
        self.substitutions += o.substitutions;
        self.deletions += o.deletions;
        self.insertions += o.insertions;
        self.reference_words += o.reference_words;
    }
}

/// Minimum-edit alignment of hypothesis words against reference words.
pub fn word_errors(reference: &str, hypothesis: &str) -> WordErrors {
    let r = normalize(reference);
    let h = normalize(hypothesis);
    // dp[j] = (cost, subs, dels, ins) for r[..i] vs h[..j]
    let mut prev: Vec<(usize, usize, usize, usize)> = (0..=h.len()).map(|j| (j, 0, 0, j)).collect();
    for i in 1..=r.len() {
        let mut cur = vec![(i, 0, i, 0); h.len() + 1];
        for j in 1..=h.len() {
            let same = r[i - 1] == h[j - 1];
            let diag = prev[j - 1];
            let sub = (
                diag.0 + usize::from(!same),
                diag.1 + usize::from(!same),
                diag.2,
                diag.3,
            );
            let del = (prev[j].0 + 1, prev[j].1, prev[j].2 + 1, prev[j].3);
            let ins = (
                cur[j - 1].0 + 1,
                cur[j - 1].1,
                cur[j - 1].2,
                cur[j - 1].3 + 1,
            );
            cur[j] = [sub, del, ins]
                .into_iter()
                .min_by_key(|c| c.0)
                .expect("three candidates");
        }
        prev = cur;
    }
    let (_, substitutions, deletions, insertions) = prev[h.len()];
    WordErrors {
        substitutions,
        deletions,
        insertions,
        reference_words: r.len(),
    }
}

/// Word error rate of `hypothesis` against `reference`.
pub fn wer(reference: &str, hypothesis: &str) -> f64 {
    word_errors(reference, hypothesis).rate()
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
    fn counts_each_kind_of_error() {
        let e = word_errors("the cat sat on the mat", "the cat sat on mat");
        assert_eq!(
            (
                e.substitutions,
                e.deletions,
                e.insertions,
                e.reference_words
            ),
            (0, 1, 0, 6)
        );
        let e = word_errors("a b c", "a x c d");
        assert_eq!((e.substitutions, e.deletions, e.insertions), (1, 0, 1));
        assert!((e.rate() - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(wer("Fifteen gigabytes.", "15 gigabytes"), 0.0);
        assert_eq!(wer("", ""), 0.0);
        assert_eq!(wer("", "hallucinated words"), 1.0);
        assert_eq!(wer("two words", ""), 1.0);
    }
}
