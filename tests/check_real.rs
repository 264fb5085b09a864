//! End to end on generated audio with the real models and the committed classifier: the verdict
//! of a scripted scam call, and evidence that points at the agent's own words at the right time.

mod common;

use std::process::Command;

fn check(file: &str, extra: &[&str]) -> (Option<i32>, serde_json::Value) {
    common::tiny_en();
    let path = common::fixtures().join(file);
    let out = Command::new(env!("CARGO_BIN_EXE_callaudit"))
        .args(["-q", "check", "--format", "json"])
        .args(extra)
        .arg(&path)
        .env("CALLAUDIT_MODELS", common::model_dir())
        .output()
        .expect("runs");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let v = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("{e}: {stdout}\n{}", String::from_utf8_lossy(&out.stderr)));
    (out.status.code(), v)
}

/// The turn of the script that says `needle`.
fn script_turn(call: &str, needle: &str) -> serde_json::Value {
    let m = common::manifest();
    m["calls"][call]["turns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["text"].as_str().unwrap().contains(needle))
        .cloned()
        .unwrap_or_else(|| panic!("no turn says {needle}"))
}

#[test]
fn scam_call_is_flagged_with_evidence_at_the_code_request() {
    let (code, v) = check("scam_call.wav", &[]);
    assert_eq!(code, Some(1), "a deceptive call exits 1: {v}");
    assert_eq!(v["deceptive"], true);
    let hit = v["patterns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "code_request")
        .unwrap_or_else(|| panic!("code_request not found: {v:#}"));
    let said = script_turn("scam_call", "read the code to me");
    let (s, e) = (
        said["start_ms"].as_i64().unwrap(),
        said["end_ms"].as_i64().unwrap(),
    );
    let ev = &hit["evidence"][0];
    assert_eq!(ev["speaker"], "agent");
    let (es, ee) = (
        ev["start_ms"].as_i64().unwrap(),
        ev["end_ms"].as_i64().unwrap(),
    );
    assert!(
        es < e && ee > s,
        "evidence {es}..{ee} does not overlap the spoken request {s}..{e}"
    );
    assert!(
        ev["text"].as_str().unwrap().to_lowercase().contains("code"),
        "{ev}"
    );
}

#[test]
fn honest_call_is_not_flagged() {
    let (code, v) = check("honest_call.mulaw8k.wav", &[]);
    assert_eq!(v["deceptive"], false, "{v:#}");
    assert_eq!(code, Some(0));
}

#[test]
fn rules_baseline_runs_on_the_same_audio() {
    let (_, v) = check("scam_call.mulaw8k.wav", &["--model", "rules"]);
    assert_eq!(v["model"], "rules");
    assert!(v["turns"].as_array().unwrap().len() >= 4);
}

#[test]
fn check_writes_the_investigators_page_and_applies_the_caller_rule() {
    let d = tempfile::tempdir().unwrap();
    let page = d.path().join("call.html");
    let (code, v) = check(
        "scam_call.mulaw8k.wav",
        &[
            "--html",
            page.to_str().unwrap(),
            "--caller-number",
            "+86 171 2345 6789",
        ],
    );
    assert_eq!(code, Some(1));
    assert_eq!(v["patterns"][0]["id"], "unofficial_caller", "{v:#}");
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(
        html.contains("<details class='call' id='call-1'"),
        "one call"
    );
    assert!(html.contains(" open>"), "opened");
    assert!(
        !html.contains("id='summary'"),
        "no batch tables for one call"
    );
    assert!(html.contains("<mark>") && html.contains("unofficial_caller p=1.00"));
    assert!(html.contains("<button class='ts' data-ms='"));
    let audio = common::fixtures().join("scam_call.mulaw8k.wav");
    let rel = callaudit::report::audit_html::relative_path(&audio, d.path());
    assert!(
        html.contains(&format!(
            "<audio controls preload='none' src='{}'",
            rel.display()
        )),
        "{html}"
    );

    // From an official number the rule stays quiet.
    let (_, v) = check("scam_call.mulaw8k.wav", &["--caller-number", "10086"]);
    assert!(!v.to_string().contains("unofficial_caller"));
}
