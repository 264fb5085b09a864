//! The evaluation report as one self-contained HTML page: no scripts, no network, inline SVG.
//!
//! Transcripts are untrusted text (an agent's words, an ASR's guesses): everything shown goes
//! through `escape`, so a transcript containing `<script>` shows as text.

use std::fmt::Write as _;

use crate::corpus::Call;
use crate::eval::corpus_eval::{AsrCost, EvalReport};
use crate::eval::metrics::{curves, Point};
use crate::verdict::Verdict;

/// HTML-escapes text for element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font-family:system-ui,\"PingFang SC\",\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;max-width:1100px;margin:2em auto;color:#222}\
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}\
th{background:#f3f3f3}td.l,th.l{text-align:left}.flag{background:#fde2e2}.miss{background:#fff3cd}\
.turn{margin:2px 0;padding:2px 6px}.agent{border-left:3px solid #1f77b4}.customer{border-left:3px solid #999}\
.lab{font-size:85%;color:#a00}svg text{font-size:11px}";

/// Horizontal bars of per-pattern F1 (turn and call level).
fn f1_bars(r: &EvalReport) -> String {
    let row_h = 22;
    let h = r.patterns.len() * row_h + 30;
    let mut s = format!("<svg width='560' height='{h}' role='img' aria-label='per-pattern F1'>");
    for (i, (id, m)) in r.patterns.iter().enumerate() {
        let y = i * row_h + 10;
        let _ = write!(
            s,
            "<text x='0' y='{}'>{}</text><rect x='150' y='{}' width='{:.0}' height='8' fill='#1f77b4'/>\
             <rect x='150' y='{}' width='{:.0}' height='8' fill='#ff7f0e'/><text x='{:.0}' y='{}'>{:.2} / {:.2}</text>",
            y + 10,
            escape(id),
            y,
            m.turn.f1 * 300.0,
            y + 9,
            m.call.f1 * 300.0,
            155.0 + m.turn.f1.max(m.call.f1) * 300.0,
            y + 10,
            m.turn.f1,
            m.call.f1
        );
    }
    let _ = write!(
        s,
        "<text x='150' y='{}' fill='#1f77b4'>turn F1</text><text x='220' y='{}' fill='#ff7f0e'>call F1</text></svg>",
        h - 5,
        h - 5
    );
    s
}

/// Reliability plot: observed frequency against mean predicted probability, with the diagonal.
fn reliability_plot(r: &EvalReport) -> String {
    let (w, h, pad) = (260.0, 260.0, 30.0);
    let x = |p: f64| pad + p * (w - 2.0 * pad);
    let y = |p: f64| h - pad - p * (h - 2.0 * pad);
    let mut s = format!(
        "<svg width='{w}' height='{h}' role='img' aria-label='reliability'>\
         <line x1='{}' y1='{}' x2='{}' y2='{}' stroke='#bbb'/>\
         <line x1='{}' y1='{}' x2='{}' y2='{}' stroke='#000'/><line x1='{}' y1='{}' x2='{}' y2='{}' stroke='#000'/>",
        x(0.0),
        y(0.0),
        x(1.0),
        y(1.0),
        x(0.0),
        y(0.0),
        x(1.0),
        y(0.0),
        x(0.0),
        y(0.0),
        x(0.0),
        y(1.0)
    );
    for b in r.reliability.iter().filter(|b| b.count > 0) {
        let rad = 2.0 + (b.count as f64).ln().max(0.0);
        let _ = write!(
            s,
            "<circle cx='{:.1}' cy='{:.1}' r='{rad:.1}' fill='#d62728'/>",
            x(b.mean_predicted),
            y(b.observed)
        );
    }
    let _ = write!(
        s,
        "<text x='{}' y='{}'>predicted</text><text x='2' y='{}'>observed</text></svg>",
        w / 2.0 - 20.0,
        h - 8.0,
        pad - 10.0
    );
    s
}

/// A small line plot of points in the unit square.
fn curve_plot(label: &str, xlab: &str, ylab: &str, pts: &[Point]) -> String {
    let (w, h, pad) = (260.0, 260.0, 30.0);
    let x = |p: f64| pad + p * (w - 2.0 * pad);
    let y = |p: f64| h - pad - p * (h - 2.0 * pad);
    let line: Vec<String> = pts
        .iter()
        .map(|(a, b)| format!("{:.1},{:.1}", x(*a), y(*b)))
        .collect();
    format!(
        "<svg width='{w}' height='{h}' role='img' aria-label='{l}'><rect x='{pad}' y='{pad}' width='{}' height='{}' fill='none' stroke='#000'/>\
         <polyline fill='none' stroke='#1f77b4' stroke-width='2' points='{}'/><text x='{}' y='{}'>{}</text>\
         <text x='2' y='{}'>{}</text><text x='{pad}' y='14'>{l}</text></svg>",
        w - 2.0 * pad,
        h - 2.0 * pad,
        line.join(" "),
        w / 2.0 - 20.0,
        h - 8.0,
        escape(xlab),
        pad - 8.0,
        escape(ylab),
        l = escape(label),
    )
}

fn call_block(out: &mut String, call: &Call, v: &Verdict) {
    let _ = writeln!(
        out,
        "<details><summary>{} risk={:.2} labels=[{}] predicted=[{}]</summary>",
        escape(&call.id),
        v.risk,
        escape(&call.labels.join(", ")),
        escape(
            &v.patterns
                .iter()
                .map(|p| p.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )
    );
    for (i, t) in call.turns.iter().enumerate() {
        let predicted: Vec<&str> = v
            .turns
            .iter()
            .find(|s| s.index == i)
            .map(|s| s.labels.iter().map(String::as_str).collect())
            .unwrap_or_default();
        let class = if !predicted.is_empty() && t.labels.is_empty() {
            " flag"
        } else if predicted.is_empty() && !t.labels.is_empty() {
            " miss"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "<div class='turn {}{class}'><b>{}</b>: {} <span class='lab'>{}{}</span></div>",
            t.speaker.as_str(),
            t.speaker.as_str(),
            escape(&crate::privacy::mask(&t.text)),
            if t.labels.is_empty() {
                String::new()
            } else {
                format!("labels: {} ", escape(&t.labels.join(", ")))
            },
            if predicted.is_empty() {
                String::new()
            } else {
                format!("predicted: {}", escape(&predicted.join(", ")))
            }
        );
    }
    out.push_str("</details>\n");
}

/// Two evaluations' headline metrics side by side: model vs baseline (`eval --compare`), or
/// from audio vs from the reference turns (audio corpora).
fn comparison(title: &str, id: &str, a: (&str, &EvalReport), b: (&str, &EvalReport)) -> String {
    let (a_name, a) = a;
    let (b_name, b) = b;
    let mut s = format!(
        "<h2>{}</h2><table id='{id}'><tr><th class='l'>metric</th><th>{}</th><th>{}</th></tr>\n",
        escape(title),
        escape(a_name),
        escape(b_name)
    );
    let num = |v: Option<f64>| v.map_or("-".to_owned(), |v| format!("{v:.3}"));
    type Metric = fn(&EvalReport) -> Option<f64>;
    let headline: [(&str, Metric); 7] = [
        ("call F1", |r| Some(r.call_level.f1)),
        ("call precision", |r| Some(r.call_level.precision)),
        ("call recall", |r| Some(r.call_level.recall)),
        ("call FPR", |r| Some(r.call_level.fpr)),
        ("hard-negative FPR", |r| r.hard_negative_fpr),
        ("macro F1 (turn)", |r| Some(r.macro_f1_turn)),
        ("macro F1 (call)", |r| Some(r.macro_f1_call)),
    ];
    let mut rows: Vec<(String, String, String)> = headline
        .iter()
        .map(|(k, f)| ((*k).to_owned(), num(f(a)), num(f(b))))
        .collect();
    for (id, m) in &a.patterns {
        let other = num(b.patterns.get(id).map(|o| o.call.f1));
        rows.push((format!("{id} call F1"), num(Some(m.call.f1)), other));
    }
    for (k, x, y) in rows {
        let _ = writeln!(
            s,
            "<tr><td class='l'>{}</td><td>{x}</td><td>{y}</td></tr>",
            escape(&k)
        );
    }
    s.push_str("</table>\n");
    s
}

/// The whole page. `calls` and `verdicts` are in the same order; `baseline` adds a comparison.
pub fn eval_page(
    r: &EvalReport,
    calls: &[Call],
    verdicts: &[Verdict],
    baseline: Option<&EvalReport>,
    asr: Option<&AsrCost>,
) -> String {
    let c = &r.call_level;
    let mut s = format!(
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>callaudit eval: {}</title><style>{STYLE}</style></head><body>\n",
        escape(&r.corpus)
    );
    let _ = writeln!(
        s,
        "<h1>Evaluation of {}</h1><p>corpus {} &middot; {} calls &middot; {} malformed lines skipped</p>",
        escape(&r.model),
        escape(&r.corpus),
        r.calls,
        r.skipped_lines
    );
    let ci = c.ci95.get("f1").copied().unwrap_or([0.0, 0.0]);
    let _ = writeln!(
        s,
        "<h2>Call level</h2><table id='summary'><tr><th>precision</th><th>recall</th><th>F1 (95% CI)</th><th>FPR</th>\
         <th>accuracy</th><th>ROC-AUC</th><th>PR-AUC</th><th>hard-negative FPR</th><th>ECE</th></tr>\
         <tr><td>{:.3}</td><td>{:.3}</td><td>{:.3} [{:.3}, {:.3}]</td><td>{:.3}</td><td>{:.3}</td><td>{}</td><td>{}</td><td>{}</td><td>{:.3}</td></tr></table>",
        c.precision,
        c.recall,
        c.f1,
        ci[0],
        ci[1],
        c.fpr,
        c.accuracy,
        c.roc_auc.map_or("-".into(), |v| format!("{v:.3}")),
        c.pr_auc.map_or("-".into(), |v| format!("{v:.3}")),
        r.hard_negative_fpr.map_or("-".into(), |v| format!("{v:.3} ({} calls)", r.hard_negatives)),
        r.ece
    );
    let m = &c.confusion;
    let _ = writeln!(
        s,
        "<table id='confusion'><tr><th></th><th>flagged</th><th>not flagged</th></tr>\
         <tr><th class='l'>deceptive</th><td>{}</td><td>{}</td></tr><tr><th class='l'>honest</th><td>{}</td><td>{}</td></tr></table>",
        m.tp, m.fn_, m.fp, m.tn
    );
    s.push_str("<h2>Per pattern</h2><table id='patterns'><tr><th class='l'>pattern</th><th>turn P</th><th>turn R</th><th>turn F1</th><th>n</th><th>call P</th><th>call R</th><th>call F1</th><th>n</th></tr>\n");
    for (id, p) in &r.patterns {
        let _ = writeln!(
            s,
            "<tr><td class='l'>{}</td><td>{:.3}</td><td>{:.3}</td><td>{:.3}</td><td>{}</td><td>{:.3}</td><td>{:.3}</td><td>{:.3}</td><td>{}</td></tr>",
            escape(id),
            p.turn.precision,
            p.turn.recall,
            p.turn.f1,
            p.turn.support,
            p.call.precision,
            p.call.recall,
            p.call.f1,
            p.call.support
        );
    }
    let _ = writeln!(s, "</table>{}", f1_bars(r));
    if let Some(b) = baseline {
        s.push_str(&comparison(
            "Model vs baseline",
            "compare",
            (&r.model, r),
            (&b.model, b),
        ));
    }
    if let Some(a) = asr {
        let _ = writeln!(
            s,
            "<h2>Speech recognition</h2><p id='asr'>{} &middot; {} calls from audio, {} failed &middot; {} on {} calls with reference turns</p>",
            escape(&a.model),
            a.audio_calls,
            a.failed,
            a.error_rates(),
            a.reference_calls
        );
        if let (Some(x), Some(y)) = (&a.from_audio, &a.reference) {
            s.push_str(&comparison(
                "From audio vs from the reference turns (same calls)",
                "asr-compare",
                ("from audio", x),
                ("reference turns", y),
            ));
        }
    }
    let scores: Vec<f64> = verdicts.iter().map(|v| v.risk as f64).collect();
    let truth: Vec<bool> = calls.iter().map(|c| c.deceptive).collect();
    let (roc, pr) = curves(&scores, &truth);
    let _ = writeln!(
        s,
        "<h2>Risk score curves</h2>{}{}",
        curve_plot("ROC", "false-positive rate", "true-positive rate", &roc),
        curve_plot("precision-recall", "recall", "precision", &pr)
    );
    let _ = writeln!(s, "<h2>Calibration</h2>{}", reliability_plot(r));
    s.push_str("<h2>Errors</h2>\n");
    for (title, wrong) in [("False positives", true), ("False negatives", false)] {
        let _ = writeln!(s, "<h3>{title}</h3>");
        for (call, v) in calls.iter().zip(verdicts) {
            let is = if wrong {
                v.deceptive && !call.deceptive
            } else {
                !v.deceptive && call.deceptive
            };
            if is {
                call_block(&mut s, call, v);
            }
        }
    }
    s.push_str("</body></html>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
        );
    }
}
