//! The `unofficial_caller` rule: the agent claims to be the operator's official customer service
//! while the number the call came from is not an official one.
//!
//! This is metadata, not words, so the text model cannot see it (`patterns.md` puts it out of
//! the classifier's scope); it is a transparent rule on the manifest's `caller_number` plus a
//! claim found in the agent's turns, and it is reported beside the model's patterns with the
//! claiming turn as evidence.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;

use crate::operators::OFFICIAL_NUMBERS;
use crate::patterns::Pattern;
use crate::transcript::{Speaker, Turn};
use crate::verdict::Evidence;

pub const RULE_ID: &str = "unofficial_caller";

/// The rule's documentation, shown by `callaudit explain unofficial_caller`.
pub const DOC: Pattern = Pattern {
    id: RULE_ID,
    name: "Unofficial caller",
    flags: "The agent claims to be the operator's official customer service while the call came from a number that is not an official one (10086, 10085, the operators' hotlines, or --official-numbers).",
    why: "Outbound sales companies pose as the operator's customer service; the operator's own service calls come from its published numbers. A rule on the call's metadata (batch manifest `caller_number`, `check --caller-number`), not the model: the words alone cannot show it.",
    example: "a call from +86 171 2345 6789 in which the agent says \"this is China Mobile customer service\"",
    not_this: "The same words from 10086; a call whose caller number is unknown (the rule never fires without one); a courier or shop that does not claim to be the operator.",
    example_zh: "来电号码 +86 171 2345 6789，坐席说“您好，这里是中国移动客服”",
    not_this_zh: "同样的话出自10086的来电；快递或商家没有自称运营商客服。",
};

static CLAIM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        customer\s+(service|care|support|centre|center)
        | official
        | (china\s+)?mobile\s+(operator|company|service)
        | your\s+(mobile\s+)?(operator|carrier|network\s+provider)
        | china\s+mobile | 1\s?0\s?0\s?8\s?[56]
        | 客服 | 中国移动 | 移动公司 | 营业厅 | 官方 | 幺零零八[六五]",
    )
    .expect("claim regex")
});

/// Digits of a phone number without formatting or the +86 / 0086 country prefix.
pub fn normalize(number: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let trimmed = if number.trim_start().starts_with('+') {
        digits.strip_prefix("86").unwrap_or(&digits)
    } else {
        digits.strip_prefix("0086").unwrap_or(&digits)
    };
    trimmed.to_owned()
}

/// The official numbers: the built-in ones plus any listed in a file (one per line, `#` comments).
#[derive(Debug, Clone)]
pub struct OfficialNumbers(BTreeSet<String>);

impl Default for OfficialNumbers {
    fn default() -> Self {
        Self(OFFICIAL_NUMBERS.iter().map(|n| normalize(n)).collect())
    }
}

impl OfficialNumbers {
    pub fn with_file(path: &Path) -> std::io::Result<Self> {
        let mut s = Self::default();
        for line in std::fs::read_to_string(path)?.lines() {
            let n = normalize(line.split('#').next().unwrap_or(""));
            if !n.is_empty() {
                s.0.insert(n);
            }
        }
        Ok(s)
    }

    pub fn contains(&self, number: &str) -> bool {
        self.0.contains(&normalize(number))
    }
}

/// The agent turn (the first) that claims to be official customer service, if any. Mono calls
/// have no known agent, so any speaker's claim counts there.
pub fn official_claim(turns: &[Turn]) -> Option<usize> {
    turns
        .iter()
        .position(|t| t.speaker != Speaker::Customer && CLAIM.is_match(&t.text))
}

/// The rule's evidence when it fires: a known caller number that is not official and an
/// official-service claim in the call. An unknown caller number never fires.
pub fn check(
    caller_number: Option<&str>,
    turns: &[Turn],
    official: &OfficialNumbers,
    show: impl Fn(&str) -> String,
) -> Option<Evidence> {
    let number = caller_number?;
    if normalize(number).is_empty() || official.contains(number) {
        return None;
    }
    let i = official_claim(turns)?;
    Some(Evidence {
        start_ms: turns[i].start_ms,
        end_ms: turns[i].end_ms,
        speaker: turns[i].speaker,
        turn: i,
        text: show(&turns[i].text),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(speaker: Speaker, text: &str) -> Turn {
        Turn {
            speaker,
            text: text.into(),
            start_ms: Some(1000),
            end_ms: Some(2000),
        }
    }

    #[test]
    fn numbers_normalize_across_formats() {
        assert_eq!(normalize("+86 138-0000-1111"), "13800001111");
        assert_eq!(normalize("0086 10086"), "10086");
        assert_eq!(normalize("(010) 8888 6666"), "01088886666");
        let o = OfficialNumbers::default();
        assert!(o.contains("10086") && o.contains("+86 10085"));
        assert!(!o.contains("1008611"));
    }

    #[test]
    fn fires_only_on_a_claim_from_a_non_official_number() {
        let scam = vec![
            t(
                Speaker::Agent,
                "Hello, this is customer service from your mobile operator.",
            ),
            t(Speaker::Customer, "Yes?"),
        ];
        let o = OfficialNumbers::default();
        let id = |s: &str| s.to_owned();
        let e = check(Some("+86 171 2345 6789"), &scam, &o, id).expect("fires");
        assert_eq!((e.turn, e.speaker), (0, Speaker::Agent));
        assert!(
            check(Some("10086"), &scam, &o, id).is_none(),
            "official number"
        );
        assert!(check(None, &scam, &o, id).is_none(), "unknown number");
        assert!(check(Some(""), &scam, &o, id).is_none(), "empty number");
        let courier = vec![t(Speaker::Agent, "Hi, your parcel arrives at noon.")];
        assert!(
            check(Some("17123456789"), &courier, &o, id).is_none(),
            "no claim"
        );
        // The customer saying it is not the agent claiming it.
        let c = vec![t(Speaker::Customer, "Is this customer service?")];
        assert!(check(Some("17123456789"), &c, &o, id).is_none());
        let zh = vec![t(Speaker::Agent, "您好，我这边是中国移动客服。")];
        assert!(check(Some("17123456789"), &zh, &o, id).is_some());
    }

    #[test]
    fn official_numbers_file_adds_numbers() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("official.txt");
        std::fs::write(&p, "# published hotlines\n+86 10010 # unicom\n\n95555\n").unwrap();
        let o = OfficialNumbers::with_file(&p).unwrap();
        assert!(o.contains("10010") && o.contains("95555") && o.contains("10086"));
    }
}
