//! Metrics of a detector on a labeled corpus, from the verdicts it produced.
//!
//! Everything is computed from (call labels, verdict) pairs, so the numbers can be recomputed from
//! a predictions file. Turn-level metrics count the judged turns (agent turns); call-level metrics
//! count calls. No ML here.

use std::collections::BTreeMap;

use serde::Serialize;

use super::metrics::Counts;
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

/// One bin of the reliability table: turn-pattern probabilities in [lo, hi) against how often the
/// pattern was really there.
#[derive(Debug, Clone, Serialize)]
pub struct ReliabilityBin {
    pub lo: f64,
    pub hi: f64,
    pub count: usize,
    pub mean_predicted: f64,
    pub observed: f64,
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
    pub wer: Option<f64>,
    pub word_errors: crate::eval::wer::WordErrors,
    /// The same detector on the reference turns of the same calls.
    pub reference: Option<EvalReport>,
    /// The same detector on the same calls from audio (so both sides cover the same calls).
    pub from_audio: Option<EvalReport>,
}

/// Worst errors listed per kind.
pub const WORST: usize = 10;

/// Reliability table and expected calibration error of (probability, outcome) pairs.
pub fn reliability(pairs: &[(f64, bool)], bins: usize) -> (Vec<ReliabilityBin>, f64) {
    let mut out = Vec::with_capacity(bins);
    let mut ece = 0.0;
    for b in 0..bins {
        let (lo, hi) = (b as f64 / bins as f64, (b + 1) as f64 / bins as f64);
        let inside: Vec<&(f64, bool)> = pairs
            .iter()
            .filter(|(p, _)| *p >= lo && (*p < hi || (b + 1 == bins && *p <= hi)))
            .collect();
        let n = inside.len();
        let (mean, obs) = if n == 0 {
            (0.0, 0.0)
        } else {
            (
                inside.iter().map(|(p, _)| p).sum::<f64>() / n as f64,
                inside.iter().filter(|(_, y)| *y).count() as f64 / n as f64,
            )
        };
        if !pairs.is_empty() {
            ece += n as f64 / pairs.len() as f64 * (mean - obs).abs();
        }
        out.push(ReliabilityBin {
            lo,
            hi,
            count: n,
            mean_predicted: r4(mean),
            observed: r4(obs),
        });
    }
    (out, r4(ece))
}

fn r4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// ROC-AUC as the probability that a random positive outscores a random negative (ties count half).
pub fn roc_auc(scores: &[f64], truth: &[bool]) -> Option<f64> {
    let pos: Vec<f64> = scores
        .iter()
        .zip(truth)
        .filter(|(_, t)| **t)
        .map(|(s, _)| *s)
        .collect();
    let neg: Vec<f64> = scores
        .iter()
        .zip(truth)
        .filter(|(_, t)| !**t)
        .map(|(s, _)| *s)
        .collect();
    if pos.is_empty() || neg.is_empty() {
        return None;
    }
    let mut wins = 0.0;
    for p in &pos {
        for n in &neg {
            wins += if p > n {
                1.0
            } else if p == n {
                0.5
            } else {
                0.0
            };
        }
    }
    Some(wins / (pos.len() * neg.len()) as f64)
}

/// Cumulative (true positives, false positives) after each distinct score, highest first: one
/// step per threshold, tied scores taken together.
fn threshold_steps(scores: &[f64], truth: &[bool]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]));
    let (mut tp, mut fp, mut i) = (0usize, 0usize, 0);
    let mut steps = Vec::new();
    while i < order.len() {
        let s = scores[order[i]];
        while i < order.len() && scores[order[i]] == s {
            if truth[order[i]] {
                tp += 1;
            } else {
                fp += 1;
            }
            i += 1;
        }
        steps.push((tp, fp));
    }
    steps
}

/// PR-AUC as average precision: the mean of precision at each positive, scores descending
/// (tied scores are taken as one step).
pub fn pr_auc(scores: &[f64], truth: &[bool]) -> Option<f64> {
    let n_pos = truth.iter().filter(|t| **t).count();
    if n_pos == 0 {
        return None;
    }
    let mut ap = 0.0;
    let mut last_tp = 0;
    for (tp, fp) in threshold_steps(scores, truth) {
        if tp > last_tp {
            ap += (tp - last_tp) as f64 / n_pos as f64 * (tp as f64 / (tp + fp) as f64);
        }
        last_tp = tp;
    }
    Some(ap)
}

/// A point of a curve in the unit square.
pub type Point = (f64, f64);

/// ROC (false-positive rate, true-positive rate) and PR (recall, precision) points of the risk
/// score, one per distinct threshold, from the highest score down.
pub fn curves(scores: &[f64], truth: &[bool]) -> (Vec<Point>, Vec<Point>) {
    let pos = truth.iter().filter(|t| **t).count().max(1) as f64;
    let neg = truth.iter().filter(|t| !**t).count().max(1) as f64;
    let mut roc = vec![(0.0, 0.0)];
    let mut pr = Vec::new();
    for (tp, fp) in threshold_steps(scores, truth) {
        let (tp, fp) = (tp as f64, fp as f64);
        roc.push((fp / neg, tp / pos));
        pr.push((tp / pos, tp / (tp + fp)));
    }
    (roc, pr)
}

/// Seeded bootstrap 95% interval of call-level F1 (1,000 resamples of calls).
pub fn bootstrap_f1(pred: &[bool], truth: &[bool], seed: u64) -> [f64; 2] {
    let n = pred.len();
    if n == 0 {
        return [0.0, 0.0];
    }
    let mut state = seed.max(1);
    let mut next = || {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_f491_4f6c_dd1d)
    };
    let mut f1s: Vec<f64> = (0..1000)
        .map(|_| {
            let mut c = Counts::default();
            for _ in 0..n {
                let i = (next() % n as u64) as usize;
                c.add(pred[i], truth[i]);
            }
            c.f1()
        })
        .collect();
    f1s.sort_by(f64::total_cmp);
    [r4(f1s[24]), r4(f1s[974])]
}

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
        if (call.hard_negative == Some(true) || hard_scenario) && !call.deceptive {
            hard.add(v.deceptive, false);
        }
        for (key, map) in [
            (call.scenario.clone(), &mut by_scenario),
            (Some(call.lang.clone()), &mut by_lang),
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
                    .map(|i| crate::report::mask::mask(&call.turns[i].text))
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
        reliability,
        ece,
        worst_false_positives: worst_fp,
        worst_false_negatives: worst_fn,
    }
}

/// The metrics as a terminal table.
pub fn render_table(r: &EvalReport) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let c = &r.call_level;
    let _ = writeln!(
        s,
        "corpus {} ({} calls, {} lines skipped), model {}",
        r.corpus, r.calls, r.skipped_lines, r.model
    );
    let ci = c.ci95.get("f1").copied().unwrap_or([0.0, 0.0]);
    let _ = writeln!(
        s,
        "call level: precision {:.3}  recall {:.3}  F1 {:.3} [{:.3}, {:.3}]  FPR {:.3}  accuracy {:.3}",
        c.precision, c.recall, c.f1, ci[0], ci[1], c.fpr, c.accuracy
    );
    if let (Some(roc), Some(pr)) = (c.roc_auc, c.pr_auc) {
        let _ = writeln!(s, "risk score: ROC-AUC {roc:.3}  PR-AUC {pr:.3}");
    }
    if let Some(h) = r.hard_negative_fpr {
        let _ = writeln!(
            s,
            "hard negatives: {} calls, false-positive rate {h:.3}",
            r.hard_negatives
        );
    }
    let _ = writeln!(
        s,
        "\n{:<18} {:>7} {:>7} {:>7} {:>6}   {:>7} {:>7} {:>7} {:>6}",
        "pattern", "turn P", "R", "F1", "n", "call P", "R", "F1", "n"
    );
    for (id, m) in &r.patterns {
        let _ = writeln!(
            s,
            "{:<18} {:>7.3} {:>7.3} {:>7.3} {:>6}   {:>7.3} {:>7.3} {:>7.3} {:>6}",
            id,
            m.turn.precision,
            m.turn.recall,
            m.turn.f1,
            m.turn.support,
            m.call.precision,
            m.call.recall,
            m.call.f1,
            m.call.support
        );
    }
    let _ = writeln!(
        s,
        "{:<18} {:>23.3} {:>37.3}",
        "macro F1", r.macro_f1_turn, r.macro_f1_call
    );
    let _ = writeln!(
        s,
        "expected calibration error (turn probabilities): {:.3}",
        r.ece
    );
    for (title, cases) in [
        ("false positives", &r.worst_false_positives),
        ("false negatives", &r.worst_false_negatives),
    ] {
        if cases.is_empty() {
            continue;
        }
        let _ = writeln!(s, "\nworst {title}:");
        for c in cases.iter().take(5) {
            let _ = writeln!(
                s,
                "  {} risk={:.2} labels={:?} predicted={:?}\n    \"{}\"",
                c.id, c.risk, c.labels, c.predicted, c.text
            );
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curves_on_a_hand_case() {
        let (roc, pr) = curves(&[0.9, 0.8, 0.3, 0.1], &[true, false, true, false]);
        assert_eq!(
            roc,
            vec![(0.0, 0.0), (0.0, 0.5), (0.5, 0.5), (0.5, 1.0), (1.0, 1.0)]
        );
        assert_eq!(pr[0], (0.5, 1.0));
        assert_eq!(pr[2], (1.0, 2.0 / 3.0));
    }

    #[test]
    fn auc_on_hand_computed_cases() {
        // Perfect separation, then one inversion out of four pairs.
        assert_eq!(
            roc_auc(&[0.9, 0.8, 0.2, 0.1], &[true, true, false, false]),
            Some(1.0)
        );
        assert_eq!(
            roc_auc(&[0.9, 0.3, 0.5, 0.1], &[true, true, false, false]),
            Some(0.75)
        );
        assert_eq!(roc_auc(&[0.5, 0.5], &[true, false]), Some(0.5));
        assert_eq!(roc_auc(&[0.5], &[true]), None);
        // AP: positives at ranks 1 and 3 -> (1/1 + 2/3) / 2.
        let ap = pr_auc(&[0.9, 0.8, 0.7, 0.1], &[true, false, true, false]).unwrap();
        assert!((ap - (1.0 + 2.0 / 3.0) / 2.0).abs() < 1e-12, "{ap}");
        assert_eq!(pr_auc(&[0.1, 0.2], &[false, false]), None);
    }

    #[test]
    fn reliability_bins_and_ece_on_a_hand_case() {
        // Bin [0.0,0.1): two at 0.05, one positive -> observed 0.5, gap 0.45.
        // Bin [0.9,1.0]: 0.95 and 1.0, both positive -> mean 0.975, gap 0.025.
        let pairs = [(0.05, true), (0.05, false), (0.95, true), (1.0, true)];
        let (bins, ece) = reliability(&pairs, 10);
        assert_eq!(bins.len(), 10);
        assert_eq!((bins[0].count, bins[0].observed), (2, 0.5));
        assert_eq!((bins[9].count, bins[9].mean_predicted), (2, 0.975));
        assert!(bins[1..9].iter().all(|b| b.count == 0));
        assert!((ece - (0.5 * 0.45 + 0.5 * 0.025)).abs() < 1e-4, "{ece}");
    }

    #[test]
    fn bootstrap_interval_brackets_the_point_estimate_and_is_seeded() {
        let pred = [
            true, true, false, true, false, false, true, false, true, true,
        ];
        let truth = [
            true, false, false, true, true, false, true, false, true, true,
        ];
        let a = bootstrap_f1(&pred, &truth, 7);
        assert_eq!(a, bootstrap_f1(&pred, &truth, 7));
        let mut c = Counts::default();
        pred.iter().zip(&truth).for_each(|(p, t)| c.add(*p, *t));
        assert!(a[0] <= c.f1() && c.f1() <= a[1], "{a:?} vs {}", c.f1());
    }
}
