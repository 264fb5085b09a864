//! Word error rate between a reference script and a transcript.
//!
//! Both sides are normalized first, as is usual for ASR scoring: case, punctuation and hyphens go,
//! and numbers become words, so "15 gigabytes" and "fifteen gigabytes" count as the same words and
//! "10,000 86" as "ten thousand eighty six" (`textnorm`).

use crate::textnorm::normalize;

/// Word-level edit distance counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
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
    align(&normalize(reference), &normalize(hypothesis))
}

/// The same over characters (character error rate, the measure for Chinese, which has no spaces
/// between words): normalized text (number words as digits, Simplified, no punctuation) with the
/// spaces taken out. `reference_words` then counts characters.
pub fn char_errors(reference: &str, hypothesis: &str) -> WordErrors {
    let chars =
        |t: &str| -> Vec<String> { normalize(t).concat().chars().map(String::from).collect() };
    align(&chars(reference), &chars(hypothesis))
}

fn align(r: &[String], h: &[String]) -> WordErrors {
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
    fn chinese_is_scored_by_character_after_normalizing() {
        // Same words: number words vs digits, Traditional vs Simplified, punctuation.
        let e = char_errors("您好，这里是幺零零八六客服。", "您好这里是10086客服");
        assert_eq!(e.rate(), 0.0);
        assert_eq!(e.reference_words, 5 + 5 + 2);
        // 星级 heard as 新极: two substitutions in six characters.
        let e = char_errors("您是星级用户", "您是新极用户");
        assert_eq!((e.substitutions, e.reference_words), (2, 6));
        assert_eq!(char_errors("資費不變", "资费不变").rate(), 0.0);
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
