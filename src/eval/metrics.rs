//! Detection metrics: confusion counts, precision, recall, F1, and threshold calibration.
//! Zero-support cases follow the usual convention: a ratio with a zero denominator is 0.

/// Binary confusion counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
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
}
