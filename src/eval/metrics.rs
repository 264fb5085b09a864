//! Detection metrics: confusion counts, precision, recall, F1, threshold calibration, ROC and
//! precision-recall curves, AUCs, reliability (calibration) and bootstrap intervals.
//! Zero-support cases follow the usual convention: a ratio with a zero denominator is 0.

/// Binary confusion counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
    pub tn: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl Counts {
    pub fn add(&mut self, predicted: bool, actual: bool) {
        match (predicted, actual) {
            (true, true) => self.tp += 1,
            (true, false) => self.fp += 1,
            (false, true) => self.fn_ += 1,
            (false, false) => self.tn += 1,
        }
    }
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }
    pub fn fpr(&self) -> f64 {
        ratio(self.fp, self.fp + self.tn)
    }
    pub fn accuracy(&self) -> f64 {
        ratio(self.tp + self.tn, self.tp + self.tn + self.fp + self.fn_)
    }
    pub fn support(&self) -> usize {
        self.tp + self.fn_
    }
}

/// The threshold in 0.30..=0.90 that maximizes F1 of `scores` against `truth`; ties go to the
/// threshold nearest 0.5, and with no positives at all 0.5 is kept. Lower thresholds are not
/// considered: fitted on a few hundred dev calls they fit noise, and flag honest calls elsewhere.
pub fn best_threshold(scores: &[f32], truth: &[bool]) -> f32 {
    if !truth.iter().any(|t| *t) {
        return 0.5;
    }
    let mut best = (f64::MIN, 0.5f32);
    for k in 6..=18 {
        let t = k as f32 * 0.05;
        let mut c = Counts::default();
        for (s, y) in scores.iter().zip(truth) {
            c.add(*s >= t, *y);
        }
        let f = c.f1();
        let better = f > best.0 + 1e-12
            || ((f - best.0).abs() <= 1e-12 && (t - 0.5).abs() < (best.1 - 0.5).abs());
        if better {
            best = (f, t);
        }
    }
    best.1
}

/// One bin of the reliability table: turn-pattern probabilities in [lo, hi) against how often the
/// pattern was really there.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ReliabilityBin {
    pub lo: f64,
    pub hi: f64,
    pub count: usize,
    pub mean_predicted: f64,
    pub observed: f64,
}

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

pub(crate) fn r4(x: f64) -> f64 {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_computed_counts() {
        let mut c = Counts::default();
        for (p, a) in [
            (true, true),
            (true, true),
            (true, false),
            (false, true),
            (false, false),
            (false, false),
        ] {
            c.add(p, a);
        }
        assert_eq!(
            c,
            Counts {
                tp: 2,
                fp: 1,
                fn_: 1,
                tn: 2
            }
        );
        assert!((c.precision() - 2.0 / 3.0).abs() < 1e-12);
        assert!((c.recall() - 2.0 / 3.0).abs() < 1e-12);
        assert!((c.f1() - 2.0 / 3.0).abs() < 1e-12);
        assert!((c.fpr() - 1.0 / 3.0).abs() < 1e-12);
        assert!((c.accuracy() - 4.0 / 6.0).abs() < 1e-12);
    }

    #[test]
    fn zero_support_and_all_negative() {
        let c = Counts {
            tp: 0,
            fp: 0,
            fn_: 0,
            tn: 5,
        };
        assert_eq!(
            (c.precision(), c.recall(), c.f1(), c.fpr()),
            (0.0, 0.0, 0.0, 0.0)
        );
        assert_eq!(c.support(), 0);
        assert_eq!(Counts::default().accuracy(), 0.0);
    }

    #[test]
    fn threshold_calibration_finds_the_separating_cut() {
        let scores = [0.1, 0.2, 0.3, 0.72, 0.8, 0.9];
        let truth = [false, false, false, true, true, true];
        let t = best_threshold(&scores, &truth);
        assert!((0.3..=0.72).contains(&t), "{t}");
        assert!((t - 0.5).abs() < 0.01, "ties resolve toward 0.5: {t}");
        assert_eq!(best_threshold(&scores, &[false; 6]), 0.5);
    }

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
