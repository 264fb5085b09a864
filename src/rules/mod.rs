//! Rule flags: what the text model cannot see because it is metadata, not words, judged by
//! transparent rules and reported beside the model's patterns (`patterns.md` keeps them out of
//! the classifier's scope). A rule that fires adds a hit with probability 1 and its evidence.

pub mod unofficial_caller;

use crate::patterns::Pattern;
use crate::transcript::Turn;
use crate::verdict::{PatternHit, Verdict};

pub use unofficial_caller::OfficialNumbers;

/// Every rule, documented like the patterns (`callaudit explain ID`).
pub const RULES: [Pattern; 1] = [unofficial_caller::DOC];

/// A rule's documentation by id.
pub fn by_id(id: &str) -> Option<&'static Pattern> {
    RULES.iter().find(|p| p.id == id)
}

/// What the rules know of a call besides its words.
#[derive(Debug, Clone, Copy, Default)]
pub struct CallFacts<'a> {
    /// The number the call came from, when the manifest or the user gave it.
    pub caller_number: Option<&'a str>,
}

/// The rules stage of the pipeline and its settings.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    pub official: OfficialNumbers,
}

impl RuleSet {
    /// Applies every rule to a judged call; a rule that fires makes the call deceptive.
    pub fn apply(&self, facts: &CallFacts<'_>, turns: &[Turn], v: &mut Verdict) {
        if let Some(e) =
            unofficial_caller::check(facts.caller_number, turns, &self.official, str::to_owned)
        {
            v.add_rule_hit(PatternHit {
                id: unofficial_caller::RULE_ID.into(),
                probability: 1.0,
                evidence: vec![e],
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transcript::Speaker;

    #[test]
    fn a_firing_rule_makes_the_call_deceptive_with_its_evidence_first() {
        let turns = vec![Turn {
            speaker: Speaker::Agent,
            text: "This is customer service of your operator, code 4 1 9 9 2 7".into(),
            start_ms: Some(0),
            end_ms: Some(900),
        }];
        let mut v = crate::verdict::judge("c", &turns, &[], &[], &[0.5; 7], "m");
        assert!(!v.deceptive);
        let rules = RuleSet::default();
        rules.apply(&CallFacts::default(), &turns, &mut v);
        assert!(!v.deceptive, "no caller number: never fires");
        rules.apply(
            &CallFacts {
                caller_number: Some("17123456789"),
            },
            &turns,
            &mut v,
        );
        assert!(v.deceptive && v.risk == 1.0);
        assert_eq!(v.patterns[0].id, "unofficial_caller");
        assert!(
            v.patterns[0].evidence[0].text.contains("4 1 9 9 2 7"),
            "unmasked in memory"
        );
        assert_eq!(
            by_id("unofficial_caller").map(|p| p.name),
            Some("Unofficial caller")
        );
    }
}
