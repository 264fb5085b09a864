//! `callaudit merge` and `report` on result folders (no models needed): a call found in two
//! shard folders is kept once (a judged result over a failure), a torn last line is ignored, and
//! the summary counts every call while the page holds only the riskiest.

use std::path::Path;
use std::process::Command;

use serde_json::json;

fn line(key: &str, status: &str, risk: f64) -> String {
    let mut v = json!({"id": key, "key": key, "status": status, "audio": format!("{key}.wav"),
                       "agent_id": "A1", "patterns": [], "turns": [], "transcript": []});
    if status == "ok" {
        v["deceptive"] = json!(risk >= 0.5);
        v["risk"] = json!(risk);
        v["duration_ms"] = json!(60_000);
        if risk >= 0.5 {
            v["patterns"] = json!([{"id": "pressure", "probability": risk, "evidence": []}]);
        }
    } else {
        v["error"] = json!("not a WAV file");
    }
    v.to_string() + "\n"
}

fn folder(dir: &Path, text: &str) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join("results.jsonl"), text).unwrap();
}

#[test]
fn merge_keeps_each_call_once_and_prefers_a_judged_result() {
    let d = tempfile::tempdir().unwrap();
    let a = d.path().join("shard-1");
    let b = d.path().join("shard-2");
    // c2 failed in shard 1 and was judged in shard 2 (a rerun); c3 judged in 1, failed in 2.
    folder(
        &a,
        &(line("c1", "ok", 0.9)
            + &line("c2", "error", 0.0)
            + &line("c3", "ok", 0.7)
            + "{\"id\":\"to"),
    );
    folder(
        &b,
        &(line("c2", "ok", 0.2) + &line("c3", "error", 0.0) + &line("c4", "ok", 0.1)),
    );
    let out = Command::new(env!("CARGO_BIN_EXE_callaudit"))
        .current_dir(d.path())
        .args([
            "merge",
            "shard-1",
            "shard-2",
            "--out",
            "all",
            "--queue-limit",
            "2",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "flagged, none failed: {stderr}");
    assert_eq!(
        stderr.matches("appears in more than one folder").count(),
        2,
        "{stderr}"
    );
    let merged: Vec<serde_json::Value> =
        std::fs::read_to_string(d.path().join("all/results.jsonl"))
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
    let got: Vec<(&str, &str)> = merged
        .iter()
        .map(|r| (r["key"].as_str().unwrap(), r["status"].as_str().unwrap()))
        .collect();
    assert_eq!(
        got,
        [("c1", "ok"), ("c3", "ok"), ("c2", "ok"), ("c4", "ok")]
    );
    let s: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(d.path().join("all/summary.json")).unwrap())
            .unwrap();
    assert_eq!(
        (
            s["calls"].clone(),
            s["failed"].clone(),
            s["flagged"].clone()
        ),
        (json!(4), json!(0), json!(2))
    );
    assert_eq!(s["agents"][0]["calls"], 4);
    let page = std::fs::read_to_string(d.path().join("all/report.html")).unwrap();
    assert!(
        page.contains("The 2 riskiest of 4 calls"),
        "queue capped, summary complete"
    );
    assert!(page.contains("> c1 ") && page.contains("> c3 ") && !page.contains("> c4 "));
}
