//! Shared helpers for tests that use the real Whisper model and the generated calls.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use callaudit::models::{ModelStore, WeightType, TINY_EN};

/// The generated test calls, made by `tests/fixtures/make_calls.py` on first use.
pub fn fixtures() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = root.join("tests/fixtures/generated");
        if !dir.join("manifest.json").is_file() {
            let status = std::process::Command::new("python3")
                .arg(root.join("tests/fixtures/make_calls.py"))
                .arg(&dir)
                .status()
                .expect("python3 must be installed to generate the test calls");
            assert!(
                status.success(),
                "tests/fixtures/make_calls.py failed (needs espeak-ng and sox)"
            );
        }
        dir
    })
}

pub fn manifest() -> serde_json::Value {
    let text = std::fs::read_to_string(fixtures().join("manifest.json")).expect("manifest.json");
    serde_json::from_str(&text).expect("manifest.json parses")
}

/// The model cache the tests use: the same as the CLI's.
pub fn model_dir() -> PathBuf {
    std::env::var_os("CALLAUDIT_MODELS")
        .map(PathBuf::from)
        .unwrap_or_else(callaudit::models::default_dir)
}

/// The converted multilingual base model; fails loudly when it has not been fetched.
pub fn base() -> callaudit::models::ConvertedModel {
    ModelStore::new(model_dir())
        .find_whisper(&callaudit::models::BASE, WeightType::Q8_0)
        .unwrap_or_else(|| {
            panic!(
                "Whisper base is not in {}: run `cargo run --release -- models fetch --lang en --lang zh` first",
                model_dir().display()
            )
        })
}

/// The converted tiny.en model; fails loudly (never skips) when it has not been fetched.
pub fn tiny_en() -> callaudit::models::ConvertedModel {
    ModelStore::new(model_dir())
        .find_whisper(&TINY_EN, WeightType::Q8_0)
        .unwrap_or_else(|| {
            panic!(
                "Whisper tiny.en is not in {}: run `cargo run --release -- models fetch` first",
                model_dir().display()
            )
        })
}

/// A generated call's script words, optionally only one party's (`agent`, `customer`).
pub fn script(call: &str, who: Option<&str>) -> String {
    let m = manifest();
    m["calls"][call]["turns"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| who.is_none_or(|w| t["speaker"] == w))
        .map(|t| t["text"].as_str().unwrap().to_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// What one party said in a transcript.
pub fn said_by(
    t: &callaudit::transcript::Transcript,
    who: callaudit::transcript::Speaker,
) -> String {
    t.segments
        .iter()
        .filter(|s| s.speaker == who)
        .map(|s| s.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Nine in ten of a transcript's segments fall (by their middle, within half a second) inside a
/// turn of the same speaker in the generated call's script.
pub fn assert_segments_inside_their_turns(call: &str, t: &callaudit::transcript::Transcript) {
    let inside = segments_inside_their_turns(call, t);
    assert!(
        inside * 10 >= t.segments.len() * 9,
        "{inside} of {} segments inside their speaker's turn",
        t.segments.len()
    );
}

fn segments_inside_their_turns(call: &str, t: &callaudit::transcript::Transcript) -> usize {
    let m = manifest();
    let turns = m["calls"][call]["turns"].as_array().unwrap().clone();
    t.segments
        .iter()
        .filter(|s| {
            let mid = (s.start_ms + s.end_ms) / 2;
            turns.iter().any(|turn| {
                turn["speaker"] == s.speaker.as_str()
                    && turn["start_ms"].as_i64().unwrap() - 500 <= mid
                    && mid <= turn["end_ms"].as_i64().unwrap() + 500
            })
        })
        .count()
}
