//! The CTranslate2 engine (`--features ct2`) on the generated calls: the same words, speakers,
//! times and silence handling as the whisper.cpp engine is held to in `asr_real.rs`, from the
//! CTranslate2 folders as fetched. On a non-Intel CPU run with `CT2_USE_MKL=1` in the environment
//! (CTranslate2 reads it before `main`); `scripts/test-ct2.sh` does.
#![cfg(feature = "ct2")]

mod common;

use common::{said_by, script};

use callaudit::asr::ct2::{Ct2Backend, Ct2Compute, Ct2Options};
use callaudit::asr::{transcribe_file, TranscribeOptions};
use callaudit::eval::wer::wer;
use callaudit::models::{ModelStore, BASE, TINY_EN};
use callaudit::transcript::{Speaker, Transcript};

fn backend(language: &str, base: bool) -> Ct2Backend {
    let store = ModelStore::new(common::model_dir());
    let src = if base { &BASE } else { &TINY_EN };
    let m = store.find_ct2(src).unwrap_or_else(|| {
        panic!(
            "the CTranslate2 folder of {} is not in {}: run `cargo run --release -- models fetch` first",
            src.name,
            common::model_dir().display()
        )
    });
    let opts = Ct2Options {
        language: language.into(),
        compute: Ct2Compute::for_this_cpu(),
        ..Ct2Options::default()
    };
    Ct2Backend::load(&m.path, m.id(), opts).expect("the CTranslate2 folder loads")
}

fn transcribe(file: &str) -> Transcript {
    let path = common::fixtures().join(file);
    transcribe_file(
        &path,
        &mut backend("en", false),
        &TranscribeOptions::default(),
    )
    .expect("transcribes")
}

#[test]
fn stereo_call_words_speakers_and_times() {
    let t = transcribe("scam_call.wav");
    assert!(t.model.starts_with("tiny.en-ct2 sha256:"), "{}", t.model);
    assert_eq!(t.language, "en");
    let all = wer(&script("scam_call", None), &t.text());
    assert!(all <= 0.15, "WER {all:.3}: {}", t.text());
    for (who, speaker) in [("agent", Speaker::Agent), ("customer", Speaker::Customer)] {
        let e = wer(&script("scam_call", Some(who)), &said_by(&t, speaker));
        assert!(e <= 0.2, "{who} WER {e:.3}: {}", said_by(&t, speaker));
    }
    for s in &t.segments {
        assert!(
            s.start_ms >= 0 && s.start_ms <= s.end_ms && s.end_ms <= t.duration_ms,
            "bad times {s:?}"
        );
    }
    // Token times from the alignment heads put each segment inside its speaker's turn.
    common::assert_segments_inside_their_turns("scam_call", &t);
}

#[test]
fn telephone_audio_and_mono_calls() {
    let t = transcribe("scam_call.mulaw8k.wav");
    let e = wer(&script("scam_call", None), &t.text());
    assert!(e <= 0.2, "WER {e:.3}: {}", t.text());
    let t = transcribe("scam_call.mono8k.wav");
    assert!(t.segments.iter().all(|s| s.speaker == Speaker::Unknown));
    let e = wer(&script("scam_call", None), &t.text());
    assert!(e <= 0.25, "WER {e:.3}: {}", t.text());
}

#[test]
fn silence_noise_and_hum_yield_no_segments() {
    for file in ["silence.wav", "noise.wav", "hum.wav"] {
        let t = transcribe(file);
        assert!(
            t.segments.is_empty(),
            "{file} invented text: {:?}",
            t.segments
        );
    }
}

#[test]
fn multilingual_model_detects_english_and_refuses_nothing() {
    let path = common::fixtures().join("honest_call.wav");
    let mut b = backend("auto", true);
    let t = transcribe_file(&path, &mut b, &TranscribeOptions::default()).unwrap();
    assert_eq!(t.language, "en");
    let e = wer(&script("honest_call", None), &t.text());
    assert!(e <= 0.15, "WER {e:.3}: {}", t.text());
}

#[test]
fn english_only_model_refuses_another_language() {
    let store = ModelStore::new(common::model_dir());
    let m = store.find_ct2(&TINY_EN).expect("fetched");
    let opts = Ct2Options {
        language: "zh".into(),
        compute: Ct2Compute::for_this_cpu(),
        ..Ct2Options::default()
    };
    let err = Ct2Backend::load(&m.path, m.id(), opts)
        .err()
        .expect("refused");
    let chain = format!("{err}: {}", std::error::Error::source(&err).unwrap());
    assert!(chain.contains("English-only"), "{chain}");
}

#[test]
fn a_folder_that_is_not_a_model_is_named_in_the_error() {
    let dir = std::env::temp_dir().join(format!("ct2-not-a-model-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let err = Ct2Backend::load(&dir, "x".into(), Ct2Options::default())
        .err()
        .expect("refused");
    let chain = format!("{err}: {}", std::error::Error::source(&err).unwrap());
    assert!(chain.contains("model.bin is missing"), "{chain}");
    assert!(chain.contains(&dir.display().to_string()), "{chain}");
    std::fs::remove_dir_all(&dir).ok();
}

/// Under `auto`, a recording heard as Mandarin is decoded as `--language zh` would (prompt and
/// beam 5): the same transcript as with the language fixed.
#[test]
fn auto_decodes_a_mandarin_call_like_zh() {
    use callaudit::asr::settings::ZH_PROMPT;
    use callaudit::asr::whisper::MandarinDecoding;
    let store = ModelStore::new(common::model_dir());
    let m = store.find_ct2(&BASE).expect("base fetched");
    let load = |language: &str| {
        let fixed = language == "zh";
        let opts = Ct2Options {
            language: language.into(),
            compute: Ct2Compute::for_this_cpu(),
            beam_size: if fixed { 5 } else { 1 },
            initial_prompt: fixed.then(|| ZH_PROMPT.to_owned()),
            mandarin: (!fixed).then(|| MandarinDecoding {
                prompt: ZH_PROMPT.to_owned(),
                beam_size: 5,
            }),
            ..Ct2Options::default()
        };
        Ct2Backend::load(&m.path, m.id(), opts).expect("loads")
    };
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/sample/call-zh.wav");
    let opts = TranscribeOptions::default();
    let auto = transcribe_file(&sample, &mut load("auto"), &opts).unwrap();
    let zh = transcribe_file(&sample, &mut load("zh"), &opts).unwrap();
    assert_eq!(auto.language, "zh");
    assert_eq!(auto.text(), zh.text());
    for keyword in ["星级用户", "15G", "验证码"] {
        assert!(
            auto.text().contains(keyword),
            "{keyword} not heard: {}",
            auto.text()
        );
    }
}
