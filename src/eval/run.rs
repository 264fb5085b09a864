//! One evaluation of a detector on a labeled corpus: every call judged (from its recording
//! through the call pipeline where the line has `audio`, else from its turns), the metrics, and,
//! for audio corpora, the same calls from their reference turns beside them.

use std::collections::HashSet;
use std::path::Path;

use super::corpus_eval::{evaluate, AsrCost, EvalReport};
use super::wer::{char_errors, word_errors, WordErrors};
use crate::asr::{TranscribeOptions, Transcriber};
use crate::classifier::{judge_call, ClassifierError, Scorer};
use crate::corpus::{Call, Turn};
use crate::language::Language;
use crate::pipeline::{CallAuditor, Judge, Recording};
use crate::rules::{CallFacts, RuleSet};
use crate::verdict::Verdict;

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{path}: no call could be evaluated")]
    NoCalls { path: std::path::PathBuf },
    #[error("call {id:?}: cannot judge it")]
    Judge {
        id: String,
        #[source]
        source: ClassifierError,
    },
}

/// The recognizer for a corpus's audio lines.
pub struct Speech<'a> {
    pub asr: &'a mut dyn Transcriber,
    pub opts: &'a TranscribeOptions,
}

/// What one evaluation produced.
pub struct EvalRun {
    pub report: EvalReport,
    /// The calls as evaluated (audio lines without their reference turns).
    pub eval_calls: Vec<Call>,
    /// The calls as judged and shown (audio lines with their recognized turns).
    pub shown_calls: Vec<Call>,
    /// One verdict per evaluated call, unmasked.
    pub verdicts: Vec<Verdict>,
    /// Speech recognition's cost, for audio corpora.
    pub asr: Option<AsrCost>,
    /// One line per recording that could not be transcribed, or call that could not be scored
    /// (left out of every metric).
    pub audio_errors: Vec<String>,
}

/// The settings of an evaluation that do not change between detectors.
pub struct EvalInputs<'a> {
    /// The corpus file: names the report, and audio paths are relative to its folder.
    pub corpus: &'a Path,
    pub calls: &'a [Call],
    /// Malformed corpus lines skipped (reported by the caller).
    pub skipped: usize,
    /// Scenario names whose honest calls are hard negatives (besides `hard_negative: true`).
    pub hard: &'a HashSet<String>,
}

fn from_turns(c: &Call, scorer: &dyn Scorer) -> Result<Verdict, EvalError> {
    let turns: Vec<crate::transcript::Turn> = c.turns.iter().map(Into::into).collect();
    let lang = c.language();
    judge_call(&c.id, &turns, lang, scorer).map_err(|source| EvalError::Judge {
        id: c.id.clone(),
        source,
    })
}

/// Per corpus call: its verdict and recognized turns (None: no audio, or it failed).
type Judged = Vec<Option<(Verdict, Vec<crate::transcript::Turn>)>>;

fn judge_audio(
    inp: &EvalInputs<'_>,
    scorer: &(dyn Scorer + Sync),
    speech: Speech<'_>,
    errors_out: &mut Vec<String>,
) -> (Judged, AsrCost) {
    let base = inp.corpus.parent().unwrap_or(Path::new("."));
    let rules = RuleSet::default();
    let model = speech.asr.model_id();
    let mut auditor = CallAuditor::new(
        speech.asr,
        Judge {
            scorer,
            rules: &rules,
        },
        speech.opts,
    );
    let mut judged = Vec::with_capacity(inp.calls.len());
    let mut errors = WordErrors::default();
    let mut char_errs = WordErrors::default();
    let (mut audio_calls, mut failed, mut reference_calls) = (0, 0, 0);
    for c in inp.calls {
        let Some(audio) = &c.audio else {
            judged.push(None);
            continue;
        };
        let path = base.join(audio);
        let shown = path.display().to_string();
        let rec = Recording {
            path: &path,
            id: &c.id,
            shown: &shown,
            facts: CallFacts::default(),
        };
        let a = match auditor.audit(&rec) {
            Ok(a) => a,
            Err(e) => {
                let msg = crate::pipeline::reason(&e);
                let msg = if msg.contains(&shown) {
                    msg
                } else {
                    format!("{shown}: {msg}")
                };
                errors_out.push(format!("call {:?}: {msg}", c.id));
                failed += 1;
                judged.push(None);
                continue;
            }
        };
        audio_calls += 1;
        if !c.turns.is_empty() {
            reference_calls += 1;
            let reference: Vec<&str> = c.turns.iter().map(|t| t.text.as_str()).collect();
            let reference = reference.join(" ");
            let zh = c
                .language()
                .unwrap_or_else(|| Language::of_text(&reference))
                == Language::Zh;
            if zh {
                char_errs.add(char_errors(&reference, &a.transcript.text()));
            } else {
                errors.add(word_errors(&reference, &a.transcript.text()));
            }
        }
        let mut v = a.verdict;
        // An eval verdict names the call, not the recording (the `classify` form).
        v.audio = None;
        v.duration_ms = None;
        judged.push(Some((v, a.transcript.turns())));
    }
    let cost = AsrCost {
        model,
        audio_calls,
        failed,
        reference_calls,
        wer: (errors.reference_words > 0).then(|| errors.rate()),
        word_errors: errors,
        cer: (char_errs.reference_words > 0).then(|| char_errs.rate()),
        char_errors: char_errs,
        reference: None,
        from_audio: None,
    };
    (judged, cost)
}

/// A missed call judged from audio has no labelled turn in what was heard, so its error case would
/// quote nothing: quote instead the heard turn that came closest (the highest score for one of
/// the call's patterns), so the report shows what the recognizer made of the words.
fn quote_what_was_heard(report: &mut EvalReport, heard: &[Call], verdicts: &[Verdict]) {
    for case in report
        .worst_false_negatives
        .iter_mut()
        .filter(|c| c.text.is_empty())
    {
        let Some(i) = heard.iter().position(|c| c.id == case.id) else {
            continue;
        };
        let best = verdicts[i]
            .turns
            .iter()
            .map(|t| {
                let s = case
                    .labels
                    .iter()
                    .filter_map(|l| t.scores.get(l))
                    .fold(0f32, |a, b| a.max(*b));
                (s, t.index)
            })
            .max_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((_, idx)) = best {
            if let Some(t) = heard[i].turns.get(idx) {
                case.turn = Some(idx);
                case.text = t.text.clone();
            }
        }
    }
}

/// Judges every call and computes the metrics. `speech` is needed only when some line has audio.
pub fn run(
    inp: &EvalInputs<'_>,
    scorer: &(dyn Scorer + Sync),
    speech: Option<Speech<'_>>,
) -> Result<EvalRun, EvalError> {
    let corpus_name = inp.corpus.display().to_string();
    let mut audio_errors = Vec::new();
    let mut audio = speech.map(|s| judge_audio(inp, scorer, s, &mut audio_errors));
    // The calls evaluated: from audio where a line has it, else from its turns. For metrics a
    // call judged from audio has no reference turns (its turns are not the ones judged); the
    // page shows the recognized turns instead.
    let (mut eval_calls, mut shown_calls, mut verdicts) = (Vec::new(), Vec::new(), Vec::new());
    let (mut ref_calls, mut ref_verdicts, mut audio_verdicts) =
        (Vec::new(), Vec::new(), Vec::new());
    for (i, c) in inp.calls.iter().enumerate() {
        match audio.as_ref().and_then(|(j, _)| j[i].as_ref()) {
            Some((v, turns)) => {
                if !c.turns.is_empty() {
                    match from_turns(c, scorer) {
                        Ok(r) => {
                            ref_calls.push(c.clone());
                            ref_verdicts.push(r);
                            audio_verdicts.push(v.clone());
                        }
                        Err(e) => audio_errors.push(crate::pipeline::reason(&e)),
                    }
                }
                eval_calls.push(Call {
                    turns: Vec::new(),
                    ..c.clone()
                });
                shown_calls.push(Call {
                    turns: turns.iter().map(Turn::from).collect(),
                    ..c.clone()
                });
                verdicts.push(v.clone());
            }
            None if c.audio.is_none() && !c.turns.is_empty() => {
                // A call that cannot be scored is one error line; the rest are evaluated.
                match from_turns(c, scorer) {
                    Ok(v) => {
                        eval_calls.push(c.clone());
                        shown_calls.push(c.clone());
                        verdicts.push(v);
                    }
                    Err(e) => audio_errors.push(crate::pipeline::reason(&e)),
                }
            }
            None => {} // a recording that failed (already reported)
        }
    }
    if eval_calls.is_empty() {
        return Err(EvalError::NoCalls {
            path: inp.corpus.to_owned(),
        });
    }
    let name = scorer.name();
    let mut report = evaluate(
        &corpus_name,
        &name,
        &eval_calls,
        &verdicts,
        inp.skipped,
        inp.hard,
    );
    quote_what_was_heard(&mut report, &shown_calls, &verdicts);
    if let Some((_, cost)) = audio.as_mut() {
        if !ref_calls.is_empty() {
            let audio_calls: Vec<Call> = ref_calls
                .iter()
                .map(|c| Call {
                    turns: Vec::new(),
                    ..c.clone()
                })
                .collect();
            let mut from_audio = evaluate(
                &corpus_name,
                &format!("{name} from audio"),
                &audio_calls,
                &audio_verdicts,
                inp.skipped,
                inp.hard,
            );
            quote_what_was_heard(&mut from_audio, &shown_calls, &verdicts);
            cost.from_audio = Some(from_audio);
            cost.reference = Some(evaluate(
                &corpus_name,
                &format!("{name} on reference turns"),
                &ref_calls,
                &ref_verdicts,
                inp.skipped,
                inp.hard,
            ));
        }
    }
    Ok(EvalRun {
        report,
        eval_calls,
        shown_calls,
        verdicts,
        asr: audio.map(|(_, c)| c),
        audio_errors,
    })
}

/// Another detector on the calls of a finished run: it judges the same turns the first one
/// judged (recognized turns for audio lines), so the two reports compare like with like.
pub fn compare(
    inp: &EvalInputs<'_>,
    first: &EvalRun,
    other: &dyn Scorer,
) -> Result<EvalReport, EvalError> {
    let vs = first
        .shown_calls
        .iter()
        .map(|c| from_turns(c, other))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(evaluate(
        &inp.corpus.display().to_string(),
        &other.name(),
        &first.eval_calls,
        &vs,
        inp.skipped,
        inp.hard,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classifier::rules::Rules;
    use crate::corpus::Corpus;

    #[test]
    fn a_missed_call_from_audio_quotes_the_closest_heard_turn() {
        use crate::eval::corpus_eval::ErrorCase;
        use crate::verdict::TurnScores;
        let heard = Call {
            id: "a".into(),
            lang: "en".into(),
            deceptive: true,
            labels: vec!["pressure".into()],
            turns: vec![
                Turn {
                    speaker: crate::transcript::Speaker::Agent,
                    text: "hello".into(),
                    labels: vec![],
                    start_ms: None,
                    end_ms: None,
                },
                Turn {
                    speaker: crate::transcript::Speaker::Agent,
                    text: "pay now or be a rested".into(),
                    labels: vec![],
                    start_ms: None,
                    end_ms: None,
                },
            ],
            audio: Some("a.wav".into()),
            scenario: None,
            hard_negative: None,
            source: None,
        };
        let scores = |p: f32| std::collections::BTreeMap::from([("pressure".to_owned(), p)]);
        let mut v = crate::verdict::judge("a", &[], &[], &[], &[0.5; 7], "m");
        v.turns = vec![
            TurnScores {
                index: 0,
                labels: vec![],
                scores: scores(0.01),
            },
            TurnScores {
                index: 1,
                labels: vec![],
                scores: scores(0.3),
            },
        ];
        let mut report = evaluate(
            "c",
            "m",
            &[Call {
                turns: vec![],
                ..heard.clone()
            }],
            &[v.clone()],
            0,
            &HashSet::new(),
        );
        assert_eq!(report.worst_false_negatives.len(), 1);
        assert!(report.worst_false_negatives[0].text.is_empty());
        quote_what_was_heard(&mut report, &[heard], &[v]);
        let c: &ErrorCase = &report.worst_false_negatives[0];
        assert_eq!(
            (c.turn, c.text.as_str()),
            (Some(1), "pay now or be a rested")
        );
    }

    #[test]
    fn rules_on_a_small_corpus_find_the_code_request_and_compare_with_themselves() {
        let text = concat!(
            r#"{"id":"a","deceptive":true,"labels":["code_request"],"turns":[{"speaker":"agent","text":"please read me the verification code we just sent you","labels":["code_request"]}]}"#,
            "\n",
            r#"{"id":"b","deceptive":false,"labels":[],"turns":[{"speaker":"agent","text":"your bill is ready, thank you","labels":[]}]}"#,
            "\n"
        );
        let corpus = Corpus::parse(Path::new("c.jsonl"), text);
        let calls: Vec<Call> = corpus.calls.into_iter().map(|(_, c)| c).collect();
        let hard = HashSet::new();
        let inp = EvalInputs {
            corpus: Path::new("c.jsonl"),
            calls: &calls,
            skipped: 0,
            hard: &hard,
        };
        let rules = Rules::new();
        let r = run(&inp, &rules, None).unwrap();
        assert_eq!(r.verdicts.len(), 2);
        assert!(r.verdicts[0].deceptive && !r.verdicts[1].deceptive);
        assert_eq!(r.report.call_level.f1, 1.0);
        assert!(r.asr.is_none() && r.audio_errors.is_empty());
        let again = compare(&inp, &r, &rules).unwrap();
        assert_eq!(again.call_level.f1, r.report.call_level.f1);
    }
}
