//! From per-turn pattern scores to a call verdict with evidence.
//!
//! A pattern is present in a call when any judged turn scores at or above that pattern's
//! threshold; the call is deceptive when any pattern is present. Evidence is the agent's own
//! turns that crossed the threshold, strongest first, with their times when the call came from
//! audio. The JSON form of `Verdict` is the contract `check` and `classify` share. A verdict holds
//! the words as heard; writers mask them (`privacy`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::patterns::{self, N_PATTERNS};
use crate::transcript::{Speaker, Turn, Window};

/// Evidence turns kept per pattern.
pub const MAX_EVIDENCE: usize = 3;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub start_ms: Option<i64>,
    pub end_ms: Option<i64>,
    pub speaker: Speaker,
    pub turn: usize,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PatternHit {
    pub id: String,
    pub probability: f32,
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TurnScores {
    pub index: usize,
    pub labels: Vec<String>,
    pub scores: BTreeMap<String, f32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    pub id: String,
    pub deceptive: bool,
    /// The highest pattern probability in the call.
    pub risk: f32,
    pub patterns: Vec<PatternHit>,
    pub turns: Vec<TurnScores>,
    pub model: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audio: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_ms: Option<i64>,
    /// How the recording decoded, when the verdict rests on only part of it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

impl Verdict {
    /// Adds the hit of a rule (metadata, not the model): first among the patterns, and the call
    /// is deceptive with full risk.
    pub fn add_rule_hit(&mut self, hit: PatternHit) {
        self.patterns.insert(0, hit);
        self.deceptive = true;
        self.risk = 1.0;
    }
}

fn round3(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

/// One judged turn: per pattern, its best window's score and, when that window was one
/// sentence of the turn, the sentence (the evidence quote).
struct TurnBest {
    turn: usize,
    scores: [f32; N_PATTERNS],
    quotes: [Option<usize>; N_PATTERNS],
}

/// Folds the windows of each turn (the whole turn, and its sentences when it is long) into one
/// score per pattern: the highest.
fn per_turn(windows: &[Window], scores: &[[f32; N_PATTERNS]]) -> Vec<TurnBest> {
    let mut out: Vec<TurnBest> = Vec::new();
    for (wi, (w, s)) in windows.iter().zip(scores).enumerate() {
        let at = match out.iter().position(|t| t.turn == w.turn) {
            Some(at) => at,
            None => {
                out.push(TurnBest {
                    turn: w.turn,
                    scores: [f32::NEG_INFINITY; N_PATTERNS],
                    quotes: [None; N_PATTERNS],
                });
                out.len() - 1
            }
        };
        let t = &mut out[at];
        for (k, &v) in s.iter().enumerate() {
            if v > t.scores[k] {
                t.scores[k] = v;
                t.quotes[k] = w.sentence.as_ref().map(|_| wi);
            }
        }
    }
    out
}

/// Builds the verdict of one call from its turns, the judged windows and their scores. A turn's
/// score for a pattern is its best window's; the evidence quotes the sentence that carried it when
/// that was one sentence of a long turn, else the whole turn.
pub fn judge(
    id: &str,
    turns: &[Turn],
    windows: &[Window],
    scores: &[[f32; N_PATTERNS]],
    thresholds: &[f32; N_PATTERNS],
    model: &str,
) -> Verdict {
    let judged = per_turn(windows, scores);
    let mut hits = Vec::new();
    let mut risk = 0f32;
    for (k, p) in patterns::PATTERNS.iter().enumerate() {
        let best = judged.iter().map(|t| t.scores[k]).fold(0f32, f32::max);
        risk = risk.max(best);
        if best < thresholds[k] {
            continue;
        }
        let mut over: Vec<&TurnBest> = judged
            .iter()
            .filter(|t| t.scores[k] >= thresholds[k])
            .collect();
        over.sort_by(|a, b| {
            b.scores[k]
                .total_cmp(&a.scores[k])
                .then(a.turn.cmp(&b.turn))
        });
        let evidence = over
            .into_iter()
            .take(MAX_EVIDENCE)
            .map(|t| {
                let i = t.turn;
                let text = match t.quotes[k].and_then(|wi| windows[wi].sentence.as_ref()) {
                    Some(sentence) => sentence.clone(),
                    None => turns[i].text.clone(),
                };
                Evidence {
                    start_ms: turns[i].start_ms,
                    end_ms: turns[i].end_ms,
                    speaker: turns[i].speaker,
                    turn: i,
                    text,
                }
            })
            .collect();
        hits.push(PatternHit {
            id: p.id.to_owned(),
            probability: round3(best),
            evidence,
        });
    }
    hits.sort_by(|a, b| b.probability.total_cmp(&a.probability));
    let turn_scores = judged
        .iter()
        .map(|t| TurnScores {
            index: t.turn,
            labels: patterns::PATTERNS
                .iter()
                .enumerate()
                .filter(|(k, _)| t.scores[*k] >= thresholds[*k])
                .map(|(_, p)| p.id.to_owned())
                .collect(),
            scores: patterns::PATTERNS
                .iter()
                .zip(&t.scores)
                .map(|(p, v)| (p.id.to_owned(), round3(*v)))
                .collect(),
        })
        .collect();
    Verdict {
        id: id.to_owned(),
        deceptive: !hits.is_empty(),
        risk: round3(risk),
        patterns: hits,
        turns: turn_scores,
        model: model.to_owned(),
        audio: None,
        duration_ms: None,
        warnings: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn turn(speaker: Speaker, text: &str, start: i64) -> Turn {
        Turn {
            speaker,
            text: text.into(),
            start_ms: Some(start),
            end_ms: Some(start + 1000),
        }
    }

    #[test]
    fn evidence_is_the_turn_that_crossed_the_threshold() {
        let turns = vec![
            turn(Speaker::Agent, "hello", 0),
            turn(Speaker::Customer, "hi", 1000),
            turn(Speaker::Agent, "read me the code 4 1 9 9 2 7", 2000),
        ];
        let windows = vec![
            Window {
                turn: 0,
                context: String::new(),
                target: String::new(),
                sentence: None,
            },
            Window {
                turn: 2,
                context: String::new(),
                target: String::new(),
                sentence: None,
            },
        ];
        let mut s0 = [0.01f32; N_PATTERNS];
        let mut s2 = [0.02f32; N_PATTERNS];
        let code = patterns::index("code_request").unwrap();
        s2[code] = 0.97;
        s0[code] = 0.3;
        let mut thr = [0.5f32; N_PATTERNS];
        thr[code] = 0.4;
        let v = judge("c1", &turns, &windows, &[s0, s2], &thr, "m");
        assert!(v.deceptive);
        assert_eq!(v.risk, 0.97);
        assert_eq!(v.patterns.len(), 1);
        let e = &v.patterns[0].evidence;
        assert_eq!(e.len(), 1);
        assert_eq!(
            (e[0].turn, e[0].start_ms, e[0].speaker),
            (2, Some(2000), Speaker::Agent)
        );
        assert!(
            e[0].text.contains("4 1 9 9 2 7"),
            "a verdict keeps the words as heard: {}",
            e[0].text
        );
        assert_eq!(v.turns.len(), 2);
        assert_eq!(v.turns[1].labels, vec!["code_request".to_owned()]);
        assert!(v.turns[0].labels.is_empty());
        let json = serde_json::to_value(&v).unwrap();
        assert_eq!(json["patterns"][0]["evidence"][0]["speaker"], "agent");
        assert!((json["turns"][1]["scores"]["code_request"].as_f64().unwrap() - 0.97).abs() < 1e-6);

        let shown = crate::privacy::Masking(true).verdict(&v);
        assert_eq!(
            shown.patterns[0].evidence[0].text,
            "read me the code [code]"
        );
    }

    #[test]
    fn nothing_over_threshold_is_honest() {
        let turns = vec![turn(Speaker::Agent, "hello", 0)];
        let windows = vec![Window {
            turn: 0,
            context: String::new(),
            target: String::new(),
            sentence: None,
        }];
        let v = judge(
            "c",
            &turns,
            &windows,
            &[[0.2; N_PATTERNS]],
            &[0.5; N_PATTERNS],
            "m",
        );
        assert!(!v.deceptive && v.patterns.is_empty());
        assert_eq!(v.risk, 0.2);
    }

    #[test]
    fn a_long_turn_scores_its_best_sentence_and_quotes_it() {
        let long = "Hello this is the benefits office. Your number will be suspended today.";
        let turns = vec![turn(Speaker::Agent, long, 0)];
        let w = |sentence: Option<&str>| Window {
            turn: 0,
            context: String::new(),
            target: String::new(),
            sentence: sentence.map(str::to_owned),
        };
        let windows = vec![
            w(None),
            w(Some("Hello this is the benefits office.")),
            w(Some("Your number will be suspended today.")),
        ];
        let k = patterns::index("pressure").unwrap();
        let mut s = [[0.1f32; N_PATTERNS]; 3];
        s[0][k] = 0.4;
        s[1][k] = 0.2;
        s[2][k] = 0.9;
        let v = judge("c", &turns, &windows, &s, &[0.5; N_PATTERNS], "m");
        assert_eq!(v.turns.len(), 1, "one entry per judged turn");
        assert_eq!(v.turns[0].scores["pressure"], 0.9);
        assert_eq!(
            v.patterns[0].evidence[0].text,
            "Your number will be suspended today."
        );
        // When the whole turn scores best, the whole turn is quoted.
        s[0][k] = 0.95;
        let v = judge("c", &turns, &windows, &s, &[0.5; N_PATTERNS], "m");
        assert_eq!(v.patterns[0].evidence[0].text, long);
    }
}
