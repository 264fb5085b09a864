//! Runs the built `callaudit` binary like a user would: bad input, several files, output formats.
//! Error lines are compared with golden files in `tests/golden/`.

mod common;

use std::path::Path;
use std::process::{Command, Output};

fn callaudit(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_callaudit"))
        .args(args)
        .current_dir(dir)
        .env("CALLAUDIT_MODELS", common::model_dir())
        .env("NO_COLOR", "1")
        .output()
        .expect("runs")
}

fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} missing; run with UPDATE_GOLDEN=1", path.display()));
    assert_eq!(actual, expected, "output differs from {}", path.display());
}

/// Every kind of bad input gets one line naming the file and the reason; good files in the same
/// run are still transcribed; the exit code is 2.
#[test]
fn bad_inputs_are_reported_one_line_each_and_the_rest_is_processed() {
    common::tiny_en();
    let d = tempfile::tempdir().unwrap();
    let p = d.path();
    std::fs::copy(
        common::fixtures().join("honest_call.mulaw8k.wav"),
        p.join("good.wav"),
    )
    .unwrap();
    std::fs::write(p.join("notes.wav"), "this is a text file, not audio").unwrap();
    std::fs::write(p.join("empty.wav"), b"").unwrap();
    let good = std::fs::read(p.join("good.wav")).unwrap();
    std::fs::write(p.join("truncated.wav"), &good[..30]).unwrap();
    std::fs::write(
        p.join("nodata.wav"),
        callaudit::audio::wav::encode_wav(1, 1, 8000, 16, &[]),
    )
    .unwrap();
    let mut rate = good.clone();
    rate[24..28].copy_from_slice(&1u32.to_le_bytes());
    std::fs::write(p.join("rate.wav"), &rate).unwrap();
    let mut codec = good.clone();
    codec[20..22].copy_from_slice(&0x0011u16.to_le_bytes());
    std::fs::write(p.join("adpcm.wav"), &codec).unwrap();
    std::fs::write(p.join("song.mp3"), b"ID3\x04\x00\x00\x00\x00\x00\x00").unwrap();
    std::fs::write(
        p.join("corrupt.flac"),
        b"fLaC\x00\x00\x00\x22garbage-not-a-streaminfo",
    )
    .unwrap();
    std::fs::write(
        p.join("voice.m4a"),
        b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00",
    )
    .unwrap();
    std::fs::create_dir(p.join("folder.wav")).unwrap();

    let files = [
        "missing.wav",
        "notes.wav",
        "empty.wav",
        "truncated.wav",
        "nodata.wav",
        "rate.wav",
        "adpcm.wav",
        "song.mp3",
        "corrupt.flac",
        "voice.m4a",
        "folder.wav",
        "good.wav",
    ];
    let mut args = vec!["-q", "transcribe"];
    args.extend(files);
    let out = callaudit(p, &args);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    golden("bad_input.stderr", &stderr);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("] agent: "),
        "good.wav was not transcribed: {stdout}"
    );
    assert!(stdout.to_lowercase().contains("subscription"), "{stdout}");
}

/// Several workers (the default is one per core) write the transcripts in the order the
/// recordings were given, the same as one worker; a failure is reported in its place.
#[test]
fn parallel_transcription_keeps_the_input_order() {
    let d = tempfile::tempdir().unwrap();
    let f = common::fixtures();
    let files = [
        f.join("scam_call.mono8k.wav"),
        f.join("honest_call.mulaw8k.wav"),
        d.path().join("missing.wav"),
        f.join("silence.wav"),
    ];
    let run = |jobs: &str| {
        let mut args = vec!["-q", "transcribe", "--format", "jsonl", "--jobs", jobs];
        args.extend(files.iter().map(|p| p.to_str().unwrap()));
        callaudit(d.path(), &args)
    };
    let one = run("1");
    let three = run("3");
    assert_eq!(three.status.code(), Some(2));
    let stdout = String::from_utf8(three.stdout).unwrap();
    // One line per segment: the recordings' lines come in runs, in the given order (silence
    // has none).
    let mut audio: Vec<String> = stdout
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["audio"].as_str().unwrap().to_owned()
        })
        .collect();
    audio.dedup();
    let expected: Vec<String> = [0, 1]
        .iter()
        .map(|&i| files[i].display().to_string())
        .collect();
    assert_eq!(audio, expected);
    assert_eq!(stdout, String::from_utf8(one.stdout).unwrap());
    let stderr = String::from_utf8(three.stderr).unwrap();
    assert!(stderr.contains("missing.wav"), "{stderr}");
}

#[test]
fn json_is_the_documented_schema_and_out_dir_gets_one_file_per_call() {
    let d = tempfile::tempdir().unwrap();
    let src = common::fixtures().join("honest_call.mulaw8k.wav");
    let out = callaudit(
        d.path(),
        &[
            "-q",
            "transcribe",
            "--format",
            "json",
            src.to_str().unwrap(),
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    // Fields appear in the documented order.
    let at = |k: &str| {
        text.find(&format!("\"{k}\":"))
            .unwrap_or_else(|| panic!("no {k}"))
    };
    let order = [
        "audio",
        "duration_ms",
        "language",
        "model",
        "segments",
        "start_ms",
        "end_ms",
        "speaker",
        "text",
    ];
    assert!(order.windows(2).all(|w| at(w[0]) < at(w[1])), "{text}");
    assert_eq!(v.as_object().unwrap().len(), 5);
    assert_eq!(v["segments"][0].as_object().unwrap().len(), 4);
    assert!(v["duration_ms"].as_i64().unwrap() > 10_000);

    let subs = d.path().join("subs");
    let b = common::fixtures().join("scam_call.mulaw8k.wav");
    let out = callaudit(
        d.path(),
        &[
            "-q",
            "transcribe",
            "--format",
            "srt",
            "--out-dir",
            "subs",
            src.to_str().unwrap(),
            b.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stdout.is_empty(),
        "results go to files when --out-dir is given"
    );
    let srt = std::fs::read_to_string(subs.join("honest_call.mulaw8k.srt")).unwrap();
    assert!(srt.starts_with("1\n00:00:0"), "{srt}");
    assert!(srt.contains(" --> "));
    assert!(subs.join("scam_call.mulaw8k.srt").is_file());
}

#[test]
fn english_only_model_refuses_another_language() {
    common::tiny_en();
    let d = tempfile::tempdir().unwrap();
    let src = common::fixtures().join("honest_call.mulaw8k.wav");
    let out = callaudit(
        d.path(),
        &[
            "transcribe",
            "--asr",
            "tiny.en",
            "--language",
            "zh",
            src.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("English-only") && stderr.contains("--asr base"),
        "{stderr}"
    );
}
