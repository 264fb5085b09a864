//! The call pipeline and batch outputs on synthetic recordings, with the scripted recognizer in
//! place of Whisper: these tests are about verdicts, result lines and pages, not speech.

use std::path::{Path, PathBuf};

use callaudit::asr::script::Script;
use callaudit::asr::TranscribeOptions;
use callaudit::audio::wav::encode_wav;
use callaudit::batch::inputs::{CallInput, Metadata};
use callaudit::batch::outputs::{write_outputs, Outputs};
use callaudit::batch::results::{self, ResultsFile, Status, RESULTS_FILE};
use callaudit::classifier::rules::Rules;
use callaudit::pipeline::{CallAuditor, Judge, Recording};
use callaudit::privacy::Masking;
use callaudit::report::audit_html::{audit_page, PageOptions};
use callaudit::rules::{CallFacts, RuleSet};
use callaudit::transcript::{Segment, Speaker};

const RATE: usize = 8000;

fn line(speaker: Speaker, start_s: i64, end_s: i64, text: &str) -> Segment {
    Segment {
        start_ms: start_s * 1000,
        end_ms: end_s * 1000,
        speaker,
        text: text.into(),
    }
}

/// The scam script: the agent claims to be customer service and asks for the code.
fn scam() -> Vec<Segment> {
    vec![
        line(
            Speaker::Agent,
            1,
            4,
            "Hello, this is customer service of your mobile operator.",
        ),
        line(Speaker::Customer, 5, 6, "Yes?"),
        line(
            Speaker::Agent,
            7,
            11,
            "We sent you a verification code, please read the code to me: 4 1 9 9 2 7.",
        ),
    ]
}

/// A stereo 8 kHz recording with a tone wherever the script has a line (agent left).
fn recording(dir: &Path, name: &str, script: &[Segment]) -> PathBuf {
    let secs = 13;
    let mut ch = [vec![0f32; RATE * secs], vec![0f32; RATE * secs]];
    for l in script {
        let c = usize::from(l.speaker == Speaker::Customer);
        let (a, b) = (
            l.start_ms as usize * RATE / 1000,
            l.end_ms as usize * RATE / 1000,
        );
        for (i, v) in ch[c][a..b].iter_mut().enumerate() {
            *v = ((i as f32) * 0.21).sin() * 0.3 + ((i as f32) * 0.047).sin() * 0.2;
        }
    }
    let data: Vec<u8> = ch[0]
        .iter()
        .zip(&ch[1])
        .flat_map(|(l, r)| {
            let (l, r) = ((l * 32767.0) as i16, (r * 32767.0) as i16);
            [l.to_le_bytes(), r.to_le_bytes()].concat()
        })
        .collect();
    let p = dir.join(name);
    std::fs::write(&p, encode_wav(1, 2, RATE as u32, 16, &data)).unwrap();
    p
}

#[test]
fn a_scripted_call_goes_through_every_stage_with_times_and_rule() {
    let d = tempfile::tempdir().unwrap();
    let path = recording(d.path(), "call.wav", &scam());
    let scorer = Rules::new();
    let rules = RuleSet::default();
    let opts = TranscribeOptions::default();
    let judge = Judge {
        scorer: &scorer,
        rules: &rules,
    };
    let mut auditor = CallAuditor::new(Script::new(scam()), judge, &opts);
    let shown = path.display().to_string();
    let rec = Recording {
        path: &path,
        id: "call",
        shown: &shown,
        facts: CallFacts {
            caller_number: Some("+86 171 2345 6789"),
        },
    };
    let a = auditor.audit(&rec).unwrap();
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
    let turns = a.transcript.turns();
    assert_eq!(turns.len(), 3, "{turns:?}");
    assert_eq!(turns[2].speaker, Speaker::Agent);
    // Times come back from the packs to the recording, within the VAD's padding.
    let start = turns[2].start_ms.unwrap();
    assert!((6_500..=7_500).contains(&start), "{start}");

    let v = &a.verdict;
    assert!(v.deceptive);
    let ids: Vec<&str> = v.patterns.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids[0], "unofficial_caller", "the rule stage ran: {ids:?}");
    assert!(ids.contains(&"code_request"), "{ids:?}");
    let code = v.patterns.iter().find(|p| p.id == "code_request").unwrap();
    assert_eq!(code.evidence[0].turn, 2);
    assert!(
        code.evidence[0].text.contains("4 1 9 9 2 7"),
        "unmasked in memory"
    );
    assert_eq!(v.audio.as_deref(), Some(shown.as_str()));
    let masked = Masking(true).verdict(v);
    let masked_code = masked
        .patterns
        .iter()
        .find(|p| p.id == "code_request")
        .unwrap();
    assert!(masked_code.evidence[0].text.contains("[code]"));

    // Silence: no speech, one warning, honest.
    let quiet = recording(d.path(), "quiet.wav", &[]);
    let shown = quiet.display().to_string();
    let a = auditor
        .audit(&Recording {
            path: &quiet,
            id: "quiet",
            shown: &shown,
            facts: CallFacts::default(),
        })
        .unwrap();
    assert!(!a.verdict.deceptive);
    assert_eq!(a.warnings.len(), 1);
}

#[test]
fn a_batch_of_scripted_calls_writes_masked_rows_a_summary_and_a_page() {
    use callaudit::batch::judge::CallJudge;
    let d = tempfile::tempdir().unwrap();
    let call = recording(d.path(), "scam.wav", &scam());
    let honest_script = vec![line(
        Speaker::Agent,
        1,
        4,
        "Your bill for this month is ready, thank you.",
    )];
    let honest = recording(d.path(), "honest.wav", &honest_script);
    let input = |p: &Path| CallInput {
        key: p.file_name().unwrap().to_string_lossy().into_owned(),
        path: p.to_owned(),
        shown: p.display().to_string(),
        meta: Metadata {
            agent_id: Some("A7".into()),
            ..Metadata::default()
        },
        invalid: None,
    };
    let broken = d.path().join("broken.wav");
    std::fs::write(&broken, b"RIFF....WAVE").unwrap();
    let scorer = Rules::new();
    let rules = RuleSet::default();
    let opts = TranscribeOptions::default();
    let judge = Judge {
        scorer: &scorer,
        rules: &rules,
    };
    // One scripted recognizer knows both calls' words (they do not overlap in channel and time
    // with anything said in the other call, except the honest line, which the scam does not have).
    let out = d.path().join("audit");
    let mut file = ResultsFile::open(&out, Masking::default()).unwrap();
    for (p, script) in [(&call, scam()), (&honest, honest_script.clone())] {
        let mut a = CallAuditor::new(Script::new(script), judge, &opts);
        file.append(&a.judge(&input(p))).unwrap();
    }
    let mut a = CallAuditor::new(Script::new(vec![]), judge, &opts);
    file.append(&a.judge(&input(&broken))).unwrap();
    drop(file);

    let rows = results::read(&out.join(RESULTS_FILE)).unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0].status, Status::Ok);
    assert!(rows[0].flagged());
    let line = std::fs::read_to_string(out.join(RESULTS_FILE)).unwrap();
    assert!(!line.contains("4 1 9 9 2 7"), "the results file is masked");
    assert!(line.contains("[code]"));
    assert_eq!(rows[1].deceptive, Some(false));
    assert_eq!(rows[2].status, Status::Error);
    assert!(rows[2].error.as_deref().unwrap().contains("broken.wav"));

    let sources = [out.clone()];
    let page_opts = PageOptions {
        title: "audit".into(),
        masking: true,
        page_dir: out.clone(),
        audio_base: d.path().to_owned(),
        queue_limit: 10,
    };
    let sum = write_outputs(
        Outputs {
            sources: &sources,
            out: &out,
            write_results: false,
            runs: vec![],
            queue_limit: 10,
            masking: Masking::default(),
        },
        |q, s| audit_page(q, s, &page_opts, false),
    )
    .unwrap();
    assert_eq!((sum.calls, sum.ok, sum.failed, sum.flagged), (3, 2, 1, 1));
    assert_eq!(sum.agents[0].name, "A7");
    let page = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(page.contains("code_request") && page.contains("[code]"));
    assert!(!page.contains("4 1 9 9 2 7"));
}
