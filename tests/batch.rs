//! `callaudit batch`, `report` and `merge` on generated recordings with the real models: resume
//! after `kill -9`, manifest metadata and the `unofficial_caller` rule, sampling, and shards run
//! as separate processes covering every file exactly once.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn bin() -> Command {
    common::tiny_en();
    let mut c = Command::new(env!("CARGO_BIN_EXE_callaudit"));
    c.env("CALLAUDIT_MODELS", common::model_dir())
        .arg("--offline")
        .stdin(Stdio::null());
    c
}

fn run(c: &mut Command) -> Output {
    let out = c.output().expect("runs");
    if out.status.code() == Some(101) || out.status.code().is_none() {
        panic!("crashed: {}", String::from_utf8_lossy(&out.stderr));
    }
    out
}

/// A folder of recordings: speech, silence, noise, and two that are not audio.
fn recordings(dir: &Path) -> Vec<&'static str> {
    let src = common::fixtures();
    let rec = dir.join("rec");
    std::fs::create_dir_all(rec.join("day2")).unwrap();
    let copies = [
        ("scam_call.wav", "scam.wav"),
        ("honest_call.mulaw8k.wav", "honest.wav"),
        ("scam_call.mono8k.wav", "day2/scam_mono.wav"),
        ("silence.wav", "day2/silence.wav"),
        ("noise.wav", "noise.wav"),
    ];
    for (from, to) in copies {
        std::fs::copy(src.join(from), rec.join(to)).unwrap();
    }
    std::fs::write(rec.join("broken.wav"), b"RIFF\x10\0\0\0WAVEjunk").unwrap();
    std::fs::write(rec.join("notes.txt"), b"not a call").unwrap();
    vec![
        "broken.wav",
        "day2/scam_mono.wav",
        "day2/silence.wav",
        "honest.wav",
        "noise.wav",
        "scam.wav",
    ]
}

fn results(dir: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(dir.join("results.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// Each result's key relative to the recordings folder, in file order.
fn keys_in_order(rs: &[serde_json::Value]) -> Vec<String> {
    rs.iter()
        .map(|r| {
            let key = r["key"].as_str().unwrap();
            key.split_once("/rec/")
                .map_or(key, |(_, rel)| rel)
                .to_owned()
        })
        .collect()
}

/// The keys relative to the recordings folder (a folder's keys are its real path plus the path
/// below it, so two folders with the same names are different calls).
fn keys(rs: &[serde_json::Value]) -> Vec<String> {
    let mut k = keys_in_order(rs);
    k.sort();
    k
}

#[test]
fn batch_killed_with_sigkill_resumes_without_losing_or_repeating_a_call() {
    let d = tempfile::tempdir().unwrap();
    let want = recordings(d.path());
    let out = d.path().join("audit");
    let batch = |c: &mut Command| {
        c.current_dir(d.path())
            .args(["batch", "rec", "--out", "audit", "--jobs", "1"]);
    };

    // First run: killed as soon as one call is on disk.
    let mut c = bin();
    batch(&mut c);
    let mut child = c
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let t = Instant::now();
    let results_file = out.join("results.jsonl");
    while std::fs::read_to_string(&results_file).map_or(0, |s| s.lines().count()) < 1 {
        assert!(
            t.elapsed() < Duration::from_secs(120),
            "no result in 2 minutes"
        );
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill(); // SIGKILL
    child.wait().unwrap();
    let first = results(&out);
    assert!(
        !first.is_empty() && first.len() < want.len(),
        "killed mid-batch: {}",
        first.len()
    );
    // A write cut short by the kill.
    let mut text = std::fs::read_to_string(&results_file).unwrap();
    text.push_str("{\"id\":\"honest\",\"key\":\"hon");
    std::fs::write(&results_file, text).unwrap();

    let mut c = bin();
    batch(&mut c);
    let o = run(&mut c);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(
        o.status.code(),
        Some(2),
        "a failed file makes exit 2: {stderr}"
    );
    assert!(stderr.contains("torn last line"), "{stderr}");
    assert!(
        stderr.contains("already in audit"),
        "resume says what it skips: {stderr}"
    );
    assert_eq!(
        stderr.matches("error: ").count(),
        usize::from(!keys(&first).iter().any(|k| k == "broken.wav")),
        "only a failure not recorded before is reported again: {stderr}"
    );
    let all = results(&out);
    assert_eq!(keys(&all), want, "every call exactly once");
    assert_eq!(
        &all[..first.len()],
        &first[..],
        "finished calls kept as they were"
    );

    let by_key: BTreeMap<String, &serde_json::Value> = all
        .iter()
        .zip(keys_in_order(&all))
        .map(|(r, k)| (k, r))
        .collect();
    let broken = by_key["broken.wav"];
    assert_eq!(broken["status"], "error");
    assert!(broken["error"].as_str().unwrap().contains("broken.wav"));
    assert!(broken.get("deceptive").is_none());
    let scam = by_key["scam.wav"];
    assert_eq!(
        (scam["status"].clone(), scam["deceptive"].clone()),
        ("ok".into(), true.into())
    );
    assert!(scam["patterns"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["id"] == "code_request"));
    assert_eq!(scam["audio"], "rec/scam.wav");
    assert!(!scam["transcript"].as_array().unwrap().is_empty());
    let timing = &scam["timing_ms"];
    assert!(timing["asr"].as_u64().unwrap() > 0, "{timing}");
    assert_eq!(by_key["day2/silence.wav"]["deceptive"], false);
    assert!(by_key["day2/silence.wav"]["transcript"]
        .as_array()
        .unwrap()
        .is_empty());

    let s: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("summary.json")).unwrap()).unwrap();
    assert_eq!(s["calls"], 6);
    assert_eq!(s["failed"], 1);
    let flagged = all.iter().filter(|r| r["deceptive"] == true).count();
    assert_eq!(s["flagged"], flagged);
    assert!(flagged >= 2, "both scam recordings: {flagged}");
    assert_eq!(
        s["runs"].as_array().unwrap().len(),
        1,
        "the killed run wrote no summary"
    );
    let page = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(
        page.contains("src='../rec/scam.wav'"),
        "audio linked relative to the page"
    );

    // Nothing left: a third run does nothing and says the same.
    let mut c = bin();
    batch(&mut c);
    let o = run(&mut c);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(results(&out).len(), 6);
}

#[test]
fn manifest_metadata_flags_unofficial_callers_and_bad_rows() {
    let d = tempfile::tempdir().unwrap();
    recordings(d.path());
    std::fs::write(
        d.path().join("calls.csv"),
        "path,call_id,agent_id,caller_number,called_number,started_at,campaign\n\
         rec/scam.wav,C-1,agent-7,+86 171 2345 6789,13800001111,2026-11-28T09:00:00,star-user\n\
         rec/honest.wav,C-2,agent-8,10086,13800002222,2026-11-28T09:05:00,star-user\n\
         rec/day2/scam_mono.wav,C-3,agent-7,10086,,,star-user\n\
         ,C-4,agent-9,,,,\n",
    )
    .unwrap();
    let o = run(bin()
        .current_dir(d.path())
        .args(["batch", "calls.csv", "--out", "audit"]));
    assert_eq!(
        o.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("error: calls.csv:5: empty `path`"),
        "{stderr}"
    );
    let rs = results(&d.path().join("audit"));
    assert_eq!(keys(&rs), ["C-1", "C-2", "C-3", "calls.csv:5"]);
    let get = |k: &str| rs.iter().find(|r| r["key"] == k).unwrap();
    let c1 = get("C-1");
    assert_eq!(
        (c1["id"].clone(), c1["agent_id"].clone()),
        ("C-1".into(), "agent-7".into())
    );
    assert_eq!(c1["campaign"], "star-user");
    let ids: Vec<&str> = c1["patterns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"unofficial_caller"), "{ids:?}");
    let ev = &c1["patterns"][0]["evidence"][0];
    assert_eq!(ev["speaker"], "agent");
    assert!(
        ev["text"].as_str().unwrap().contains("customer service"),
        "{ev}"
    );
    // An official number does not fire the rule, whatever the words.
    for k in ["C-2", "C-3"] {
        assert!(!get(k)["patterns"].to_string().contains("unofficial_caller"));
    }
    let s: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(d.path().join("audit/summary.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(s["agents"][0]["name"], "agent-7");
    assert_eq!(s["agents"][0]["flagged"], 2);
    assert_eq!(s["campaigns"][0]["calls"], 3);
    assert_eq!(s["patterns"]["unofficial_caller"], 1);
    // Numbers are masked in the page unless asked.
    let page = std::fs::read_to_string(d.path().join("audit/report.html")).unwrap();
    assert!(page.contains("***6789") && !page.contains("2345 6789"));
    let o = run(bin()
        .current_dir(d.path())
        .args(["report", "audit", "--no-mask"]));
    assert_eq!(o.status.code(), Some(2));
    let page = std::fs::read_to_string(d.path().join("audit/report.html")).unwrap();
    assert!(page.contains("+86 171 2345 6789"));
}

#[test]
fn shards_in_separate_processes_cover_every_file_once_and_merge() {
    let d = tempfile::tempdir().unwrap();
    let src = common::fixtures();
    let rec = d.path().join("rec");
    std::fs::create_dir_all(&rec).unwrap();
    // Short recordings (near-silence is skipped by the VAD, so this stays quick).
    let mut want = Vec::new();
    for i in 0..14 {
        let name = format!("call_{i:02}.wav");
        let from = if i % 2 == 0 {
            "silence.wav"
        } else {
            "noise.wav"
        };
        std::fs::copy(src.join(from), rec.join(&name)).unwrap();
        want.push(name);
    }
    std::fs::copy(src.join("scam_call.mulaw8k.wav"), rec.join("scam.wav")).unwrap();
    want.push("scam.wav".into());
    want.sort();

    let n = 3;
    let children: Vec<_> = (1..=n)
        .map(|k| {
            bin()
                .current_dir(d.path())
                .args(["-q", "batch", "rec", "--jobs", "1", "--shard"])
                .arg(format!("{k}/{n}"))
                .arg("--out")
                .arg(format!("shard-{k}"))
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let o = c.wait_with_output().unwrap();
        assert!(
            matches!(o.status.code(), Some(0 | 1)),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    let mut seen = Vec::new();
    for k in 1..=n {
        let part = keys(&results(&d.path().join(format!("shard-{k}"))));
        assert!(
            !part.is_empty(),
            "shard {k} is empty: a bad split of 15 files"
        );
        seen.extend(part);
    }
    seen.sort();
    assert_eq!(seen, want, "each file in exactly one shard");

    let dirs: Vec<PathBuf> = (1..=n)
        .map(|k| PathBuf::from(format!("shard-{k}")))
        .collect();
    let o = run(bin()
        .current_dir(d.path())
        .arg("merge")
        .args(&dirs)
        .args(["--out", "all"]));
    assert_eq!(o.status.code(), Some(1), "the scam call is flagged");
    assert_eq!(keys(&results(&d.path().join("all"))), want);
    let s: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(d.path().join("all/summary.json")).unwrap())
            .unwrap();
    assert_eq!(s["calls"], 15);
    let shards: Vec<&str> = s["runs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["shard"].as_str().unwrap())
        .collect();
    assert_eq!(shards, ["1/3", "2/3", "3/3"]);
    assert!(d.path().join("all/report.html").is_file());

    // A sample is the same set every time, and its shards partition it.
    let sample = |out: &str, shard: Option<&str>| {
        let mut c = bin();
        c.current_dir(d.path()).args([
            "-q", "batch", "rec", "--sample", "5", "--seed", "7", "--out", out,
        ]);
        if let Some(s) = shard {
            c.args(["--shard", s]);
        }
        run(&mut c);
        keys(&results(&d.path().join(out)))
    };
    let a = sample("s-a", None);
    assert_eq!(a.len(), 5);
    let mut parts = sample("s-1", Some("1/2"));
    parts.extend(sample("s-2", Some("2/2")));
    parts.sort();
    assert_eq!(parts, a);
}

#[test]
fn a_second_batch_on_the_same_folder_is_refused() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("audit");
    std::fs::create_dir_all(&out).unwrap();
    let f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(out.join("results.jsonl"))
        .unwrap();
    f.lock().unwrap();
    std::fs::create_dir_all(d.path().join("rec")).unwrap();
    let o = run(bin()
        .current_dir(d.path())
        .args(["batch", "rec", "--out", "audit"]));
    assert_eq!(o.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("another batch is writing this folder"),
        "{stderr}"
    );
}

/// The shell script of a container in one of deploy/k8s's manifests (the `args: - |` block).
fn job_script(file: &str) -> String {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
    let mut lines = text.lines().skip_while(|l| l.trim() != "args:");
    lines.next();
    let start = lines.next().expect("a `- |` block after args:");
    assert_eq!(start.trim(), "- |", "{file}");
    let indent = start.len() - start.trim_start().len();
    lines
        .take_while(|l| l.trim().is_empty() || l.len() - l.trim_start().len() > indent)
        .map(|l| l.trim_start())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn kubernetes_indexed_job_scripts_cover_every_call_once_and_merge() {
    let d = tempfile::tempdir().unwrap();
    recordings(d.path());
    let audit = d.path().join("audit");
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_callaudit")).parent().unwrap();
    let path = format!("{}:{}", bin_dir.display(), std::env::var("PATH").unwrap());
    let sh = |script: &str, index: Option<usize>| {
        common::tiny_en();
        let mut c = Command::new("/bin/sh");
        c.arg("-c")
            .arg(script)
            .env("PATH", &path)
            .env("CALLAUDIT_MODELS", common::model_dir())
            .env("SHARDS", "3")
            .env("RECORDINGS", d.path().join("rec"))
            .env("AUDIT", &audit)
            .stdin(Stdio::null());
        if let Some(i) = index {
            c.env("JOB_COMPLETION_INDEX", i.to_string());
        }
        let o = c.output().unwrap();
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
    };
    let work = job_script("deploy/k8s/batch-job.yaml");
    assert!(work.contains("--shard \"$k/$SHARDS\""), "{work}");
    for i in 0..3 {
        sh(&work, Some(i)); // flagged and failed calls still exit 0 (--exit-zero)
    }
    let mut seen = Vec::new();
    for k in 1..=3 {
        seen.extend(keys(&results(&audit.join(format!("shard-{k}")))));
    }
    seen.sort();
    let want: Vec<String> = recordings(&d.path().join("again"))
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(seen, want);
    sh(&job_script("deploy/k8s/merge-job.yaml"), None);
    assert_eq!(keys(&results(&audit.join("all"))), want);
}
