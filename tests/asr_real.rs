//! Transcribes generated calls with the real Whisper tiny.en model: proves the CTranslate2 -> ggml
//! conversion by the words that come out, and checks speakers, timestamps and silence handling.

mod common;

use common::{said_by, script};

use callaudit::asr::whisper::{DtwPreset, WhisperBackend, WhisperOptions};
use callaudit::asr::{transcribe_file, TranscribeOptions};
use callaudit::eval::wer::wer;
use callaudit::transcript::{Speaker, Transcript};

fn backend() -> WhisperBackend {
    let m = common::tiny_en();
    let opts = WhisperOptions {
        dtw: Some(DtwPreset::TinyEn),
        ..WhisperOptions::default()
    };
    WhisperBackend::load(&m.path, m.id(), opts).expect("model loads")
}

fn transcribe(file: &str) -> Transcript {
    let path = common::fixtures().join(file);
    transcribe_file(&path, &mut backend(), &TranscribeOptions::default()).expect("transcribes")
}

fn assert_well_timed(t: &Transcript) {
    assert!(!t.segments.is_empty());
    for w in t.segments.windows(2) {
        assert!(
            w[0].start_ms <= w[1].start_ms,
            "not in time order: {:?} then {:?}",
            w[0],
            w[1]
        );
    }
    for s in &t.segments {
        assert!(
            s.start_ms >= 0 && s.start_ms <= s.end_ms && s.end_ms <= t.duration_ms,
            "bad times {s:?}"
        );
    }
}

#[test]
fn stereo_call_words_and_speakers_match_the_script() {
    let t = transcribe("scam_call.wav");
    assert_well_timed(&t);
    let all = wer(&script("scam_call", None), &t.text());
    assert!(all <= 0.15, "WER {all:.3}: {}", t.text());
    let agent = wer(
        &script("scam_call", Some("agent")),
        &said_by(&t, Speaker::Agent),
    );
    let customer = wer(
        &script("scam_call", Some("customer")),
        &said_by(&t, Speaker::Customer),
    );
    assert!(agent <= 0.2, "agent WER {agent:.3}");
    assert!(customer <= 0.2, "customer WER {customer:.3}");
    assert_eq!(t.language, "en");
    assert!(t.model.starts_with("tiny.en-q8_0 sha256:"), "{}", t.model);
}

#[test]
fn segment_times_fall_inside_the_turn_that_said_them() {
    let t = transcribe("scam_call.wav");
    common::assert_segments_inside_their_turns("scam_call", &t);
}

#[test]
fn overlapping_speech_is_kept_on_both_channels() {
    // The customer's "I do not want to give you any code" starts while the agent is still talking.
    let t = transcribe("scam_call.wav");
    let customer = said_by(&t, Speaker::Customer).to_lowercase();
    assert!(customer.contains("give you any code"), "{customer}");
    let agent = said_by(&t, Speaker::Agent).to_lowercase();
    assert!(agent.contains("read the code"), "{agent}");
}

#[test]
fn telephone_codecs_at_8khz_transcribe() {
    for (file, bound) in [
        ("scam_call.mulaw8k.wav", 0.2),
        ("honest_call.mulaw8k.wav", 0.35),
        ("scam_call.alaw8k.wav", 0.2),
    ] {
        let t = transcribe(file);
        assert_well_timed(&t);
        let call = file.split('.').next().unwrap();
        let e = wer(&script(call, None), &t.text());
        assert!(e <= bound, "{file}: WER {e:.3}: {}", t.text());
        assert!(t.segments.iter().any(|s| s.speaker == Speaker::Customer));
    }
}

#[test]
fn mono_calls_have_unknown_speakers() {
    let t = transcribe("scam_call.mono8k.wav");
    assert_well_timed(&t);
    assert!(t.segments.iter().all(|s| s.speaker == Speaker::Unknown));
    let e = wer(&script("scam_call", None), &t.text());
    assert!(e <= 0.25, "WER {e:.3}: {}", t.text());
}

/// The multilingual model's conversion (its vocabulary has an empty token at 50256 that a careless
/// reader would skip, shifting every later id) proves itself by transcribing and detecting English.
#[test]
fn multilingual_base_model_transcribes_and_detects_the_language() {
    let m = common::base();
    let opts = WhisperOptions {
        language: "auto".into(),
        dtw: Some(DtwPreset::Base),
        ..WhisperOptions::default()
    };
    let mut backend = WhisperBackend::load(&m.path, m.id(), opts).expect("base loads");
    let path = common::fixtures().join("honest_call.wav");
    let t = transcribe_file(&path, &mut backend, &TranscribeOptions::default()).unwrap();
    assert_eq!(t.language, "en");
    let e = wer(&script("honest_call", None), &t.text());
    assert!(e <= 0.15, "WER {e:.3}: {}", t.text());
    assert!(t.model.starts_with("base-q8_0 sha256:"));
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
        assert_eq!(t.duration_ms, 20_000);
    }
}

/// MP3, FLAC and Ogg Vorbis (made from the stereo call by lame and sox) decode through
/// symphonia, keep one party per channel, their length, and transcribe like the WAV.
#[test]
fn compressed_recordings_transcribe_like_the_wav() {
    let d = tempfile::tempdir().unwrap();
    let wav = common::fixtures().join("scam_call.wav");
    let make = |cmd: &mut std::process::Command| {
        let st = cmd
            .status()
            .expect("sox and lame are installed by scripts/setup.sh");
        assert!(st.success(), "{cmd:?}");
    };
    let flac = d.path().join("call.flac");
    let ogg = d.path().join("call.ogg");
    let mp3 = d.path().join("call.mp3");
    make(std::process::Command::new("sox").arg(&wav).arg(&flac));
    make(
        std::process::Command::new("sox")
            .arg(&wav)
            .args(["-C", "3"])
            .arg(&ogg),
    );
    make(
        std::process::Command::new("lame")
            .args(["--quiet", "-b", "32"])
            .arg(&wav)
            .arg(&mp3),
    );
    let reference = transcribe_file(&wav, &mut backend(), &TranscribeOptions::default()).unwrap();
    for path in [flac, ogg, mp3] {
        let t = transcribe_file(&path, &mut backend(), &TranscribeOptions::default())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            (t.duration_ms - reference.duration_ms).abs() < 200,
            "{}: {} ms vs {} ms",
            path.display(),
            t.duration_ms,
            reference.duration_ms
        );
        assert_well_timed(&t);
        let e = wer(&script("scam_call", None), &t.text());
        assert!(e <= 0.2, "{}: WER {e:.3}: {}", path.display(), t.text());
        let agent = wer(
            &script("scam_call", Some("agent")),
            &said_by(&t, Speaker::Agent),
        );
        assert!(agent <= 0.25, "{}: agent WER {agent:.3}", path.display());
        assert!(t.segments.iter().any(|s| s.speaker == Speaker::Customer));
    }
}
