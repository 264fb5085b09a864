//! Metrics of a detector on a labeled corpus, from the verdicts it produced.
//!
//! Everything is computed from (call labels, verdict) pairs, so the numbers can be recomputed from
//! a predictions file. Turn-level metrics count the judged turns (agent turns); call-level metrics
//! count calls. No ML here.

use std::collections::BTreeMap;

use serde::Serialize;

use super::metrics::{bootstrap_f1, pr_auc, r4, reliability, roc_auc, Counts};
pub use super::metrics::{Point, ReliabilityBin};
use crate::corpus::Call;
use crate::patterns::{self, N_PATTERNS};
use crate::verdict::Verdict;

#[derive(Debug, Clone, Serialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub support: usize,
}

impl From<&Counts> for Prf {
    fn from(c: &Counts) -> Self {
        Self {
            precision: r4(c.precision()),
            recall: r4(c.recall()),
            f1: r4(c.f1()),
            support: c.support(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct PatternMetrics {
    pub turn: Prf,
    pub call: Prf,
}

#[derive(Debug, Clone, Serialize)]
pub struct CallLevel {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub fpr: f64,
    pub accuracy: f64,
    pub roc_auc: Option<f64>,
    pub pr_auc: Option<f64>,
    pub ci95: BTreeMap<String, [f64; 2]>,
    pub confusion: Counts,
}

#[derive(Debug, Clone, Serialize)]
pub struct ScenarioMetrics {
    pub calls: usize,
    pub deceptive: usize,
    pub flagged: usize,
    pub accuracy: f64,
}

/// Call-level metrics of one writer's calls (`source`): a held-out writer is a test of its own.
#[derive(Debug, Clone, Serialize)]
pub struct SourceMetrics {
    pub calls: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub fpr: f64,
    pub hard_negatives: usize,
    pub hard_negative_fpr: Option<f64>,
    /// Per pattern present in this writer's calls: the share of those calls where it was found.
    pub pattern_recall: BTreeMap<String, f64>,
}

/// Accumulates one writer's counts.
#[derive(Default)]
struct SourceAcc {
    calls: Counts,
    hard: Counts,
    patterns: BTreeMap<String, Counts>,
}

/// A call the detector got wrong, with the words behind the mistake (masked like all evidence).
#[derive(Debug, Clone, Serialize)]
pub struct ErrorCase {
    pub id: String,
    pub risk: f32,
    pub labels: Vec<String>,
    pub predicted: Vec<String>,
    pub turn: Option<usize>,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct EvalReport {
    pub corpus: String,
    pub model: String,
    pub calls: usize,
    pub skipped_lines: usize,
    pub call_level: CallLevel,
    pub patterns: BTreeMap<String, PatternMetrics>,
    pub macro_f1_turn: f64,
    pub macro_f1_call: f64,
    pub micro_f1_turn: f64,
    pub hard_negatives: usize,
    pub hard_negative_fpr: Option<f64>,
    pub by_scenario: BTreeMap<String, ScenarioMetrics>,
    pub by_lang: BTreeMap<String, ScenarioMetrics>,
    /// Per writer (`source`), when the corpus names its writers.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub by_source: BTreeMap<String, SourceMetrics>,
    /// Reliability of the per-turn, per-pattern probabilities (10 equal-width bins).
    pub reliability: Vec<ReliabilityBin>,
    /// Expected calibration error over those bins.
    pub ece: f64,
    pub worst_false_positives: Vec<ErrorCase>,
    pub worst_false_negatives: Vec<ErrorCase>,
}

/// What speech recognition costs on an audio corpus: the transcripts' word error rate against
/// the reference turns, and the detection metrics from those reference turns, to set beside the
/// metrics from audio.
#[derive(Debug, Clone, Serialize)]
pub struct AsrCost {
    pub model: String,
    /// Calls judged from their recording.
    pub audio_calls: usize,
    /// Recordings that could not be transcribed (left out of every metric).
    pub failed: usize,
    /// Calls with both a recording and reference turns: the WER and the reference metrics.
    pub reference_calls: usize,
    /// Word error rate over the English calls.
    pub wer: Option<f64>,
    pub word_errors: crate::eval::wer::WordErrors,
    /// Character error rate over the Mandarin calls (`reference_words` counts characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cer: Option<f64>,
    #[serde(default)]
    pub char_errors: crate::eval::wer::WordErrors,
    /// The same detector on the reference turns of the same calls.
    pub reference: Option<EvalReport>,
    /// The same detector on the same calls from audio (so both sides cover the same calls).
    pub from_audio: Option<EvalReport>,
}

impl EvalReport {
    /// The report as a writer with this masking writes it: the quoted words of its error cases
    /// masked.
    pub fn shown(&self, m: crate::privacy::Masking) -> Self {
        let mut r = self.clone();
        for c in r
            .worst_false_positives
            .iter_mut()
            .chain(r.worst_false_negatives.iter_mut())
        {
            c.text = m.text(&c.text);
        }
        r
    }
}

impl AsrCost {
    /// "word error rate 12.3%", "character error rate 15.0%" (Mandarin calls), or both.
    pub fn error_rates(&self) -> String {
        let pct = |r: f64| format!("{:.1}%", r * 100.0);
        match (self.wer, self.cer) {
            (w, None) => format!("word error rate {}", w.map_or("-".into(), pct)),
            (None, Some(c)) => format!("character error rate {}", pct(c)),
            (Some(w), Some(c)) => format!(
                "word error rate {} (English), character error rate {} (Mandarin)",
                pct(w),
                pct(c)
            ),
        }
    }

    /// The cost as a writer with this masking writes it (its two reports masked).
    pub fn shown(&self, m: crate::privacy::Masking) -> Self {
        let mut a = self.clone();
        a.reference = a.reference.map(|r| r.shown(m));
        a.from_audio = a.from_audio.map(|r| r.shown(m));
        a
    }
}

/// Worst errors listed per kind.
pub const WORST: usize = 10;

/// Computes every metric from the corpus calls and the verdict of each (same order).
/// `hard_scenarios`: scenarios whose honest calls count as hard negatives, besides calls marked
/// `"hard_negative": true`.
pub fn evaluate(
    corpus: &str,
    model: &str,
    calls: &[Call],
    verdicts: &[Verdict],
    skipped_lines: usize,
    hard_scenarios: &std::collections::HashSet<String>,
) -> EvalReport {
    let mut call_c = Counts::default();
    let mut turn_c = vec![Counts::default(); N_PATTERNS];
    let mut callp_c = vec![Counts::default(); N_PATTERNS];
    let mut hard = Counts::default();
    let mut by_scenario: BTreeMap<String, (usize, usize, usize, usize)> = BTreeMap::new();
    let mut by_lang: BTreeMap<String, (usize, usize, usize, usize)> = BTreeMap::new();
    let mut by_source: BTreeMap<String, SourceAcc> = BTreeMap::new();
    let (mut risks, mut truth, mut preds) = (Vec::new(), Vec::new(), Vec::new());
    let mut calib: Vec<(f64, bool)> = Vec::new();
    let (mut worst_fp, mut worst_fn) = (Vec::new(), Vec::new());
    for (call, v) in calls.iter().zip(verdicts) {
        call_c.add(v.deceptive, call.deceptive);
        risks.push(v.risk as f64);
        truth.push(call.deceptive);
        preds.push(v.deceptive);
        let hard_scenario = call
            .scenario
            .as_ref()
            .is_some_and(|s| hard_scenarios.contains(s));
        let is_hard = (call.hard_negative == Some(true) || hard_scenario) && !call.deceptive;
        if is_hard {
            hard.add(v.deceptive, false);
        }
        if let Some(src) = &call.source {
            let acc = by_source.entry(src.clone()).or_default();
            acc.calls.add(v.deceptive, call.deceptive);
            if is_hard {
                acc.hard.add(v.deceptive, false);
            }
            for l in &call.labels {
                let found = v.patterns.iter().any(|h| &h.id == l);
                acc.patterns.entry(l.clone()).or_default().add(found, true);
            }
        }
        for (key, map) in [
            (call.scenario.clone(), &mut by_scenario),
            (
                Some(call.language().map_or("unknown", |l| l.code()).to_owned()),
                &mut by_lang,
            ),
        ] {
            if let Some(k) = key {
                let e = map.entry(k).or_default();
                e.0 += 1;
                e.1 += usize::from(call.deceptive);
                e.2 += usize::from(v.deceptive);
                e.3 += usize::from(call.deceptive == v.deceptive);
            }
        }
        for (k, p) in patterns::PATTERNS.iter().enumerate() {
            let actual = call.labels.iter().any(|l| l == p.id);
            let predicted = v.patterns.iter().any(|h| h.id == p.id);
            callp_c[k].add(predicted, actual);
        }
        for t in &v.turns {
            let Some(turn) = call.turns.get(t.index) else {
                continue;
            };
            for (k, p) in patterns::PATTERNS.iter().enumerate() {
                let actual = turn.labels.iter().any(|l| l == p.id);
                let predicted = t.labels.iter().any(|l| l == p.id);
                turn_c[k].add(predicted, actual);
                if let Some(s) = t.scores.get(p.id) {
                    calib.push((*s as f64, actual));
                }
            }
        }
        let predicted: Vec<String> = v.patterns.iter().map(|h| h.id.clone()).collect();
        if v.deceptive && !call.deceptive {
            let e = v.patterns.first().and_then(|h| h.evidence.first());
            worst_fp.push(ErrorCase {
                id: call.id.clone(),
                risk: v.risk,
                labels: call.labels.clone(),
                predicted,
                turn: e.map(|e| e.turn),
                text: e.map(|e| e.text.clone()).unwrap_or_default(),
            });
        } else if !v.deceptive && call.deceptive {
            // The labelled turn the detector should have flagged.
            let missed = call.turns.iter().position(|t| !t.labels.is_empty());
            worst_fn.push(ErrorCase {
                id: call.id.clone(),
                risk: v.risk,
                labels: call.labels.clone(),
                predicted,
                turn: missed,
                text: missed
                    .map(|i| call.turns[i].text.clone())
                    .unwrap_or_default(),
            });
        }
    }
    worst_fp.sort_by(|a, b| b.risk.total_cmp(&a.risk));
    worst_fn.sort_by(|a, b| a.risk.total_cmp(&b.risk));
    worst_fp.truncate(WORST);
    worst_fn.truncate(WORST);
    let (reliability, ece) = reliability(&calib, 10);
    let macro_f1 = |c: &[Counts]| r4(c.iter().map(Counts::f1).sum::<f64>() / c.len() as f64);
    let mut micro = Counts::default();
    for c in &turn_c {
        micro.tp += c.tp;
        micro.fp += c.fp;
        micro.fn_ += c.fn_;
        micro.tn += c.tn;
    }
    let groups = |m: BTreeMap<String, (usize, usize, usize, usize)>| {
        m.into_iter()
            .map(|(k, (n, d, f, ok))| {
                (
                    k,
                    ScenarioMetrics {
                        calls: n,
                        deceptive: d,
                        flagged: f,
                        accuracy: r4(ok as f64 / n as f64),
                    },
                )
            })
            .collect()
    };
    EvalReport {
        corpus: corpus.to_owned(),
        model: model.to_owned(),
        calls: calls.len(),
        skipped_lines,
        call_level: CallLevel {
            precision: r4(call_c.precision()),
            recall: r4(call_c.recall()),
            f1: r4(call_c.f1()),
            fpr: r4(call_c.fpr()),
            accuracy: r4(call_c.accuracy()),
            roc_auc: roc_auc(&risks, &truth).map(r4),
            pr_auc: pr_auc(&risks, &truth).map(r4),
            ci95: BTreeMap::from([("f1".to_owned(), bootstrap_f1(&preds, &truth, 7))]),
            confusion: call_c,
        },
        patterns: patterns::PATTERNS
            .iter()
            .enumerate()
            .map(|(k, p)| {
                (
                    p.id.to_owned(),
                    PatternMetrics {
                        turn: (&turn_c[k]).into(),
                        call: (&callp_c[k]).into(),
                    },
                )
            })
            .collect(),
        macro_f1_turn: macro_f1(&turn_c),
        macro_f1_call: macro_f1(&callp_c),
        micro_f1_turn: r4(micro.f1()),
        hard_negatives: hard.fp + hard.tn,
        hard_negative_fpr: (hard.fp + hard.tn > 0).then(|| r4(hard.fpr())),
        by_scenario: groups(by_scenario),
        by_lang: groups(by_lang),
        by_source: by_source
            .into_iter()
            .map(|(k, a)| {
                let m = SourceMetrics {
                    calls: a.calls.support() + a.calls.fp + a.calls.tn,
                    precision: r4(a.calls.precision()),
                    recall: r4(a.calls.recall()),
                    f1: r4(a.calls.f1()),
                    fpr: r4(a.calls.fpr()),
                    hard_negatives: a.hard.fp + a.hard.tn,
                    hard_negative_fpr: (a.hard.fp + a.hard.tn > 0).then(|| r4(a.hard.fpr())),
                    pattern_recall: a
                        .patterns
                        .iter()
                        .map(|(p, c)| (p.clone(), r4(c.recall())))
                        .collect(),
                };
                (k, m)
            })
            .collect(),
        reliability,
        ece,
        worst_false_positives: worst_fp,
        worst_false_negatives: worst_fn,
    }
}
