//! `classify`, `eval` and `explain` on small corpora with the keyword baseline (no model needed):
//! malformed lines, exit codes, and metrics that agree with the predictions file.

use std::path::Path;
use std::process::{Command, Output};

fn callaudit(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_callaudit"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("runs")
}

const CORPUS: &str = "tests/fixtures/corpus/mixed.jsonl";

#[test]
fn classify_reports_bad_lines_and_still_judges_the_rest() {
    let out = callaudit(&[
        "-q", "classify", "--model", "rules", "--format", "jsonl", CORPUS,
    ]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "malformed lines make the exit code 2"
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    let expected = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/classify_bad_lines.stderr"),
    )
    .unwrap();
    assert_eq!(stderr, expected);
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&str> = lines.iter().map(|v| v["id"].as_str().unwrap()).collect();
    // classify ignores labels: the call with an unknown label is judged like the others (issue 12).
    assert_eq!(ids, ["s1", "h1", "bad-label", "s2", "h2"]);
    assert_eq!(lines[0]["deceptive"], true);
    assert_eq!(lines[0]["patterns"][0]["id"], "code_request");
    assert_eq!(lines[0]["patterns"][0]["evidence"][0]["turn"], 2);
    assert_eq!(lines[0]["turns"][1]["index"], 2);
    assert_eq!(lines[1]["deceptive"], false);
}

#[test]
fn phone_numbers_are_masked_unless_asked() {
    let masked = callaudit(&[
        "-q", "classify", "--model", "rules", "--format", "jsonl", CORPUS,
    ]);
    let text = String::from_utf8(masked.stdout).unwrap();
    assert!(
        !text.contains("138 0013 8000") && text.contains("[phone]"),
        "{text}"
    );
    let plain = callaudit(&[
        "-q",
        "classify",
        "--model",
        "rules",
        "--no-mask",
        "--format",
        "jsonl",
        CORPUS,
    ]);
    assert!(String::from_utf8(plain.stdout)
        .unwrap()
        .contains("138 0013 8000"));
}

#[test]
fn eval_numbers_follow_from_the_predictions() {
    let dir = tempfile::tempdir().unwrap();
    let preds = dir.path().join("p.jsonl");
    let out = callaudit(&[
        "-q",
        "eval",
        "--model",
        "rules",
        "--format",
        "json",
        "--predictions",
        preds.to_str().unwrap(),
        CORPUS,
    ]);
    assert_eq!(out.status.code(), Some(2), "skipped lines are an error");
    let m: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(m["calls"], 4);
    assert_eq!(m["skipped_lines"], 2);
    // Recompute call-level counts from the predictions file.
    let truth = [("s1", true), ("h1", false), ("s2", true), ("h2", false)];
    let preds: Vec<serde_json::Value> = std::fs::read_to_string(&preds)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    for (p, (id, t)) in preds.iter().zip(truth) {
        assert_eq!(p["id"], id);
        match (p["deceptive"].as_bool().unwrap(), t) {
            (true, true) => tp += 1,
            (true, false) => fp += 1,
            (false, true) => fn_ += 1,
            _ => {}
        }
    }
    let f1 = 2.0 * tp as f64 / (2 * tp + fp + fn_) as f64;
    assert!((m["call_level"]["f1"].as_f64().unwrap() - f1).abs() < 1e-4);
    assert_eq!(m["call_level"]["confusion"]["tp"], tp);
    assert_eq!(m["hard_negatives"], 1);
    assert_eq!(m["patterns"]["abuse"]["turn"]["support"], 2);
    assert_eq!(m["patterns"]["abuse"]["call"]["support"], 1);
    assert!(
        m["patterns"]["fake_reward"]["turn"]["f1"].as_f64().unwrap() == 0.0,
        "zero support gives 0"
    );
}

#[test]
fn eval_fail_under_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let clean = dir.path().join("clean.jsonl");
    let text: String = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(CORPUS))
        .unwrap()
        .lines()
        .filter(|l| l.starts_with("{\"id\": \"s") || l.starts_with("{\"id\": \"h"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&clean, text).unwrap();
    let ok = callaudit(&[
        "-q",
        "eval",
        "--model",
        "rules",
        clean.to_str().unwrap(),
        "--fail-under",
        "call_f1=0.5",
    ]);
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let bad = callaudit(&[
        "-q",
        "eval",
        "--model",
        "rules",
        clean.to_str().unwrap(),
        "--fail-under",
        "call_f1=1.01",
    ]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("call_f1"));
    // A bar that could never fail, or names no metric, is refused before any work.
    for bar in ["call_f1=NaN", "call_f1=inf", "bogus=0.5"] {
        let refused = callaudit(&[
            "-q",
            "eval",
            "--model",
            "rules",
            "no-such-corpus.jsonl",
            "--fail-under",
            bar,
        ]);
        assert_eq!(refused.status.code(), Some(2), "{bar}");
        let err = String::from_utf8_lossy(&refused.stderr);
        assert!(
            !err.contains("no-such-corpus")
                && (err.contains("finite") || err.contains("unknown metric")),
            "{bar}: {err}"
        );
    }
}

#[test]
fn explain_knows_every_pattern_and_refuses_others() {
    let out = callaudit(&["explain", "code_request"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8(out.stdout).unwrap().contains("courier"));
    // Rules are documented beside the patterns.
    let out = callaudit(&["explain", "unofficial_caller"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .contains("not an official one"));
    let out = callaudit(&["explain", "bribery"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("unknown pattern \"bribery\""));
}

#[test]
fn eval_compares_two_detectors_and_takes_hard_negative_scenarios() {
    let dir = tempfile::tempdir().unwrap();
    let hard = dir.path().join("hard.txt");
    std::fs::write(&hard, "# honest scenarios that use scam words\nnotice\n").unwrap();
    let out = callaudit(&[
        "-q",
        "eval",
        "--model",
        "rules",
        "--compare",
        // The fine-tuned model's former name, still accepted.
        "minilm",
        "--format",
        "json",
        "--hard-negatives",
        hard.to_str().unwrap(),
        CORPUS,
    ]);
    let m: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    assert_eq!(m["model"], "rules");
    assert!(
        m["compare"]["model"]
            .as_str()
            .unwrap()
            .starts_with("fine-tuned"),
        "{}",
        m["compare"]["model"]
    );
    // h1 is marked hard_negative; h2 is honest in scenario "notice".
    assert_eq!(m["hard_negatives"], 2);
    assert_eq!(m["compare"]["calls"], m["calls"]);
}

/// `eval --model rules --report DIR` on the report fixture (plus `extra`); the folder and its page.
fn eval_report(extra: &[&str]) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("out");
    let mut args = vec!["-q", "eval", "--model", "rules"];
    args.extend(extra);
    args.extend([
        "--report",
        out_dir.to_str().unwrap(),
        "tests/fixtures/corpus/report.jsonl",
    ]);
    let out = callaudit(&args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(out_dir.join("index.html")).unwrap();
    (dir, html)
}

#[test]
fn eval_report_is_self_contained_and_escapes_transcripts() {
    let (dir, html) = eval_report(&[]);
    let out_dir = dir.path().join("out");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "transcript text is escaped"
    );
    assert!(
        !html.contains("<script"),
        "no script element, escaped or injected"
    );
    assert!(
        html.contains("fp-&lt;b&gt;1&lt;/b&gt;"),
        "ids are escaped too"
    );
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "no network references"
    );
    assert!(
        html.contains("id='patterns'") && html.contains("<svg"),
        "tables and plots"
    );
    assert!(
        html.contains("aria-label='ROC'") && html.contains("aria-label='precision-recall'"),
        "curves"
    );
    assert!(
        !html.contains("4 1 9 9 2 7") && !html.contains("419927"),
        "codes are masked"
    );
    let m: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out_dir.join("metrics.json")).unwrap())
            .unwrap();
    assert_eq!(m["calls"], 3);
    assert_eq!(
        std::fs::read_to_string(out_dir.join("predictions.jsonl"))
            .unwrap()
            .lines()
            .count(),
        3
    );
}

#[test]
fn eval_report_puts_model_and_baseline_side_by_side() {
    let (_dir, html) = eval_report(&["--compare", "fine-tuned"]);
    let table = &html[html.find("id='compare'").expect("comparison table")..];
    assert!(
        table.contains("<th>rules</th>") && table.contains("fine-tuned"),
        "{table}"
    );
    assert!(table.contains("code_request call F1"));
}
