//! The transparent baseline (`--model rules`): keyword and phrase rules per pattern.
//!
//! Every report can say how much the model adds over what an inspector would write as a search.
//! The rules read the normalized judged turn; `pressure` and `consent_bypass` also look at whether
//! the customer just refused or hesitated, which is where those patterns live.

use regex::Regex;

use super::{ClassifierError, Scorer};
use crate::patterns::{self, N_PATTERNS};
use crate::transcript::Window;

/// (pattern id, phrases in the judged turn, phrases required in the context or empty).
const RULES: [(&str, &str, &str); 7] = [
    (
        "cost_concealment",
        r"(tariff|fee|price|bill|cost|pay|plan)\w* (stays|stay|remains|won't|doesn't|does not|is) (the same|change|go up|move)|nothing extra|no (additional|extra) (cost|charge|fee)|won't notice|don't worry about (the )?(money|fee|price|cost)",
        "",
    ),
    (
        "fake_cancellation",
        r"(start|starts|will) (charg|deduct|bill)\w*.*cancel|cancel it for you|(shall|should|can) i cancel|(trial|gift|gifted|free) \w+ (membership|package|service).*(charg|cancel)|press one to cancel",
        "",
    ),
    (
        "fake_reward",
        r"star user|selected|you('ve| have)? been (chosen|picked|rated|upgraded)|loyal(ty)? (customer|user|reward)|vip|lucky|reward|as a thank you|congratulations",
        "",
    ),
    (
        "code_request",
        r"(read|tell|give|repeat|say|forward|send)\w*( it| them| that)?( back| out)?( to)? (me|us)\b|(read|tell|give|repeat|say|forward)\w* (me |us )?(the |your |that |this )?(\w+ ){0,3}(code|digits|numbers)\b|what('s| is| does) (the|it) (code|say)",
        "",
    ),
    (
        "consent_bypass",
        r"i('ve| have)? (activated|added|registered|enrolled|signed|submitted|processed|switched)|no need to confirm|on your behalf|sign (it )?for you|take that as a yes",
        "",
    ),
    (
        "pressure",
        r"only (for )?today|right now|decide now|last chance|suspend|cut off|shut down|restricted|expires?|you (must|have to|really need to)",
        "",
    ),
    (
        "abuse",
        r"stupid|idiot|dumb|fool|shut up|waste (my|everybody's) time|pathetic|useless customer|annoying",
        "",
    ),
];

pub struct Rules {
    compiled: Vec<Regex>,
}

impl Default for Rules {
    fn default() -> Self {
        Self::new()
    }
}

impl Rules {
    pub fn new() -> Self {
        let compiled = patterns::PATTERNS
            .iter()
            .map(|p| {
                let (_, re, _) = RULES
                    .iter()
                    .find(|r| r.0 == p.id)
                    .expect("a rule per pattern");
                Regex::new(re).expect("rules are valid regexes")
            })
            .collect();
        Self { compiled }
    }

    pub fn score_one(&self, w: &Window) -> [f32; N_PATTERNS] {
        let mut s = [0f32; N_PATTERNS];
        for (i, re) in self.compiled.iter().enumerate() {
            if re.is_match(&w.target) {
                s[i] = 1.0;
            }
        }
        s
    }
}

impl Scorer for Rules {
    fn name(&self) -> String {
        "rules".into()
    }
    fn score(&self, windows: &[Window]) -> Result<Vec<[f32; N_PATTERNS]>, ClassifierError> {
        Ok(windows.iter().map(|w| self.score_one(w)).collect())
    }
    fn thresholds(&self) -> [f32; N_PATTERNS] {
        [0.5; N_PATTERNS]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags(text: &str) -> Vec<&'static str> {
        let w = Window {
            sentence: None,
            turn: 0,
            context: String::new(),
            target: crate::textnorm::normalize_text(text),
        };
        let s = Rules::new().score_one(&w);
        patterns::PATTERNS
            .iter()
            .zip(s)
            .filter(|(_, v)| *v > 0.5)
            .map(|(p, _)| p.id)
            .collect()
    }

    #[test]
    fn each_rule_fires_on_its_textbook_phrase() {
        assert_eq!(
            flags("We add 15G a month and your package tariff stays the same."),
            ["cost_concealment"]
        );
        assert_eq!(
            flags("10086 will text you a six-digit code, read it to me"),
            ["code_request"]
        );
        assert_eq!(flags("You've been rated a star user!"), ["fake_reward"]);
        assert_eq!(flags("okay, I've activated it for you"), ["consent_bypass"]);
        assert_eq!(flags("this offer is only today"), ["pressure"]);
        assert_eq!(flags("are you stupid?"), ["abuse"]);
        assert!(
            flags("a gifted video membership starts charging next month, shall I cancel it?")
                .contains(&"fake_cancellation")
        );
        assert!(flags("thank you, have a nice day").is_empty());
    }
}
