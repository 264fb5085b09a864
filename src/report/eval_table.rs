//! `callaudit eval`'s text output: the metrics of one detector as a terminal table.

use std::fmt::Write as _;

use crate::eval::corpus_eval::EvalReport;

/// The metrics as a terminal table.
pub fn render_table(r: &EvalReport) -> String {
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
    if !r.by_source.is_empty() {
        let _ = writeln!(
            s,
            "\n{:<18} {:>6} {:>7} {:>7} {:>7} {:>7} {:>9}  lowest pattern recall",
            "writer", "calls", "P", "R", "F1", "FPR", "hard FPR"
        );
        for (w, m) in &r.by_source {
            let lowest = m
                .pattern_recall
                .iter()
                .min_by(|a, b| a.1.total_cmp(b.1))
                .map_or("-".to_owned(), |(p, v)| format!("{p} {v:.3}"));
            let _ = writeln!(
                s,
                "{:<18} {:>6} {:>7.3} {:>7.3} {:>7.3} {:>7.3} {:>9}  {lowest}",
                w,
                m.calls,
                m.precision,
                m.recall,
                m.f1,
                m.fpr,
                m.hard_negative_fpr
                    .map_or("-".to_owned(), |h| format!("{h:.3}")),
            );
        }
    }
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
                super::printable(&c.id),
                c.risk,
                c.labels,
                c.predicted,
                super::printable(&c.text)
            );
        }
    }
    s
}
