//! `callaudit eval` on an audio corpus: the whole pipeline per line with `audio`, the word error
//! rate against the reference turns, and the metrics from audio beside those from the reference
//! turns. Real models, generated calls.

mod common;

use std::process::Command;

use serde_json::json;

#[test]
fn audio_corpus_eval_reports_wer_and_both_sides() {
    common::tiny_en();
    let d = tempfile::tempdir().unwrap();
    let m = common::manifest();
    let turns = |call: &str, labels: &dyn Fn(&str) -> Vec<&'static str>| {
        m["calls"][call]["turns"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                let text = t["text"].as_str().unwrap();
                json!({"speaker": t["speaker"], "text": text, "labels": labels(text),
                       "start_ms": t["start_ms"], "end_ms": t["end_ms"]})
            })
            .collect::<Vec<_>>()
    };
    let scam_labels = |text: &str| -> Vec<&'static str> {
        if text.contains("read the code") {
            vec!["code_request"]
        } else {
            vec![]
        }
    };
    let fixtures = common::fixtures();
    let lines = [
        json!({"id": "scam", "deceptive": true, "labels": ["code_request"], "scenario": "sc",
               "audio": fixtures.join("scam_call.wav"), "turns": turns("scam_call", &scam_labels)}),
        json!({"id": "honest", "deceptive": false, "labels": [], "scenario": "hn", "hard_negative": true,
               "audio": fixtures.join("honest_call.mulaw8k.wav"), "turns": turns("honest_call", &|_| vec![])}),
        json!({"id": "gone", "deceptive": false, "labels": [], "audio": "missing.wav"}),
    ];
    let corpus = d.path().join("audio.jsonl");
    let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
    std::fs::write(&corpus, text).unwrap();
    let preds = d.path().join("p.jsonl");
    let out = Command::new(env!("CARGO_BIN_EXE_callaudit"))
        .args([
            "-q",
            "--offline",
            "eval",
            "--format",
            "json",
            "--predictions",
        ])
        .arg(&preds)
        .arg(&corpus)
        .env("CALLAUDIT_MODELS", common::model_dir())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(2),
        "a missing recording exits 2: {stderr}"
    );
    assert_eq!(
        stderr.lines().count(),
        1,
        "one line for the one failure: {stderr}"
    );
    assert!(
        stderr.starts_with("error: call \"gone\": ") && stderr.contains("missing.wav"),
        "{stderr}"
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["calls"], 2, "the failed recording is left out");
    let asr = &v["asr"];
    assert_eq!(
        (
            asr["audio_calls"].clone(),
            asr["failed"].clone(),
            asr["reference_calls"].clone()
        ),
        (json!(2), json!(1), json!(2))
    );
    assert!(asr["model"].as_str().unwrap().starts_with("tiny.en"));
    // The same WER the library computes from the transcripts of both calls.
    let we = &asr["word_errors"];
    let wer = asr["wer"].as_f64().unwrap();
    let errors = we["substitutions"].as_u64().unwrap()
        + we["deletions"].as_u64().unwrap()
        + we["insertions"].as_u64().unwrap();
    assert!((wer - errors as f64 / we["reference_words"].as_f64().unwrap()).abs() < 1e-9);
    let ref_words: usize = ["scam_call", "honest_call"]
        .iter()
        .flat_map(|c| m["calls"][c]["turns"].as_array().unwrap())
        .map(|t| t["text"].as_str().unwrap().split_whitespace().count())
        .sum();
    assert!(
        (we["reference_words"].as_u64().unwrap() as usize).abs_diff(ref_words) <= ref_words / 10,
        "{we} vs {ref_words} script words"
    );
    assert!(wer < 0.35, "tiny.en on clear espeak speech: {wer}");
    // Both sides on the same two calls: the reference turns find the scam call, and audio does too.
    for side in ["from_audio", "reference"] {
        assert_eq!(asr[side]["calls"], 2, "{side}");
        assert_eq!(
            asr[side]["call_level"]["recall"], 1.0,
            "{side}: {}",
            asr[side]
        );
    }
    assert_eq!(v["call_level"]["recall"], 1.0);
    // Turn-level metrics only where the judged turns are the labelled ones (reference side).
    assert_eq!(
        asr["reference"]["patterns"]["code_request"]["turn"]["support"],
        1
    );
    assert_eq!(v["patterns"]["code_request"]["turn"]["support"], 0);
    let p: Vec<serde_json::Value> = std::fs::read_to_string(&preds)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(p.len(), 2);
    assert_eq!(p[0]["id"], "scam");
    assert_eq!(
        p[0]["deceptive"],
        v["call_level"]["confusion"]["tp"].as_u64().unwrap() == 1
    );
}
