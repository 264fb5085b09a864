//! `callaudit eval`: honest metrics of a detector on a labeled corpus.

use std::path::{Path, PathBuf};

use anyhow::Context;

use super::detect::DetectorArgs;
use super::transcribe::{one_line, AsrArgs};
use super::GlobalArgs;
use crate::asr::{self, Transcriber};
use crate::classifier::judge_call;
use crate::classifier::Scorer;
use crate::corpus::{Call, Corpus, Turn};
use crate::eval::corpus_eval::AsrCost;
use crate::eval::corpus_eval::{evaluate, render_table, EvalReport};
use crate::eval::wer::{word_errors, WordErrors};
use crate::verdict::Verdict;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum EvalFormat {
    #[default]
    Text,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// Labeled corpus (JSON Lines with turns).
    #[arg(value_name = "CORPUS")]
    corpus: PathBuf,
    #[arg(long, value_enum, default_value_t)]
    format: EvalFormat,
    /// Also write every call's verdict here (one JSON line per call, the `classify` form).
    #[arg(long, value_name = "FILE")]
    predictions: Option<PathBuf>,
    /// Exit 1 when a metric is below a bar, e.g. `call_f1=0.95` (repeatable).
    #[arg(long, value_name = "METRIC=VALUE")]
    fail_under: Vec<String>,
    /// Write a report folder: index.html (self-contained), metrics.json, predictions.jsonl.
    #[arg(long, value_name = "DIR")]
    report: Option<PathBuf>,
    /// Also evaluate this detector on the same corpus and show both (e.g. `--compare rules`).
    #[arg(long, value_enum, value_name = "DETECTOR")]
    compare: Option<super::detect::Detector>,
    /// A file of scenario names (one per line) whose honest calls are hard negatives.
    #[arg(long, value_name = "FILE")]
    hard_negatives: Option<PathBuf>,
    /// Exit 1 when a metric is above a bar, e.g. `hard_negative_fpr=0.05` (repeatable).
    #[arg(long, value_name = "METRIC=VALUE")]
    fail_over: Vec<String>,
    #[command(flatten)]
    detector: DetectorArgs,
    /// Speech recognition for lines with `audio` (ignored for transcript corpora).
    #[command(flatten)]
    asr: AsrArgs,
    /// A whisper.cpp ggml model file of your own, for audio lines (overrides --asr).
    #[arg(long, value_name = "PATH")]
    whisper_model: Option<PathBuf>,
}

/// The calls of an audio corpus as judged from their recordings.
struct FromAudio {
    /// Per corpus call: its verdict and transcript turns (None: no audio, or it failed).
    judged: Vec<Option<(Verdict, Vec<crate::transcript::Turn>)>>,
    cost: AsrCost,
}

/// Transcribes and judges every call with `audio` (relative to the corpus file); a recording
/// that fails is reported on stderr and left out.
fn judge_audio(
    args: &EvalArgs,
    g: &GlobalArgs,
    calls: &[Call],
    scorer: &dyn Scorer,
) -> anyhow::Result<FromAudio> {
    let mut backend = args.asr.load(g, args.whisper_model.as_deref())?;
    let opts = args.asr.transcribe_options();
    let base = args.corpus.parent().unwrap_or(Path::new("."));
    let mut judged = Vec::with_capacity(calls.len());
    let mut errors = WordErrors::default();
    let (mut audio_calls, mut failed, mut reference_calls) = (0, 0, 0);
    for c in calls {
        let Some(audio) = &c.audio else {
            judged.push(None);
            continue;
        };
        let path = base.join(audio);
        let t = match asr::transcribe_file(&path, &mut backend, &opts) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: call {:?}: {}", c.id, one_line(&path, &e));
                failed += 1;
                judged.push(None);
                continue;
            }
        };
        audio_calls += 1;
        if !c.turns.is_empty() {
            reference_calls += 1;
            let reference: Vec<&str> = c.turns.iter().map(|t| t.text.as_str()).collect();
            errors.add(word_errors(&reference.join(" "), &t.text()));
        }
        let turns = t.turns();
        let v = judge_call(&c.id, &turns, scorer, !args.detector.no_mask)?;
        judged.push(Some((v, turns)));
    }
    Ok(FromAudio {
        judged,
        cost: AsrCost {
            model: backend.model_id(),
            audio_calls,
            failed,
            reference_calls,
            wer: (reference_calls > 0).then(|| errors.rate()),
            word_errors: errors,
            reference: None,
            from_audio: None,
        },
    })
}

fn metric(r: &EvalReport, name: &str) -> anyhow::Result<f64> {
    let c = &r.call_level;
    Ok(match name {
        "call_f1" => c.f1,
        "call_precision" => c.precision,
        "call_recall" => c.recall,
        "call_accuracy" => c.accuracy,
        "call_fpr" => c.fpr,
        "macro_f1_turn" => r.macro_f1_turn,
        "macro_f1_call" => r.macro_f1_call,
        "micro_f1_turn" => r.micro_f1_turn,
        "hard_negative_fpr" => r.hard_negative_fpr.unwrap_or(0.0),
        other => anyhow::bail!(
            "unknown metric {other:?} (call_f1, call_precision, call_recall, call_accuracy, call_fpr, macro_f1_turn, macro_f1_call, micro_f1_turn, hard_negative_fpr)"
        ),
    })
}

fn parse_bar(s: &str) -> anyhow::Result<(&str, f64)> {
    let (k, v) = s
        .split_once('=')
        .with_context(|| format!("expected METRIC=VALUE, got {s:?}"))?;
    Ok((
        k,
        v.parse()
            .with_context(|| format!("not a number in {s:?}"))?,
    ))
}

pub fn run(args: EvalArgs, g: &GlobalArgs) -> anyhow::Result<u8> {
    let corpus = Corpus::read(&args.corpus)?;
    for e in &corpus.errors {
        eprintln!("error: {e}");
    }
    let calls: Vec<Call> = corpus.calls.into_iter().map(|(_, c)| c).collect();
    if calls.is_empty() {
        anyhow::bail!("{}: no call to evaluate", args.corpus.display());
    }
    let hard: std::collections::HashSet<String> = match &args.hard_negatives {
        Some(p) => std::fs::read_to_string(p)
            .with_context(|| format!("reading {}", p.display()))?
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_owned)
            .collect(),
        None => Default::default(),
    };
    let corpus_name = args.corpus.display().to_string();
    let skipped = corpus.errors.len();
    let from_turns = |c: &Call, scorer: &dyn Scorer, masking: bool| {
        let turns: Vec<crate::transcript::Turn> = c.turns.iter().map(Into::into).collect();
        judge_call(&c.id, &turns, scorer, masking)
    };
    let scorer = args.detector.load(g)?;
    let masking = !args.detector.no_mask;
    let mut audio = if calls.iter().any(|c| c.audio.is_some()) {
        Some(judge_audio(&args, g, &calls, scorer.as_ref())?)
    } else {
        None
    };
    // The calls evaluated: from audio where a line has it, else from its turns. For metrics a
    // call judged from audio has no reference turns (its turns are not the ones judged); the
    // page shows the recognized turns instead.
    let (mut eval_calls, mut shown_calls, mut verdicts) = (Vec::new(), Vec::new(), Vec::new());
    let (mut ref_calls, mut ref_verdicts, mut audio_verdicts) =
        (Vec::new(), Vec::new(), Vec::new());
    for (i, c) in calls.iter().enumerate() {
        match audio.as_ref().and_then(|a| a.judged[i].as_ref()) {
            Some((v, turns)) => {
                if !c.turns.is_empty() {
                    ref_calls.push(c.clone());
                    ref_verdicts.push(from_turns(c, scorer.as_ref(), masking)?);
                    audio_verdicts.push(v.clone());
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
                eval_calls.push(c.clone());
                shown_calls.push(c.clone());
                verdicts.push(from_turns(c, scorer.as_ref(), masking)?);
            }
            None => {} // a recording that failed (already reported)
        }
    }
    if eval_calls.is_empty() {
        anyhow::bail!("{}: no call could be evaluated", args.corpus.display());
    }
    let report = evaluate(
        &corpus_name,
        &scorer.name(),
        &eval_calls,
        &verdicts,
        skipped,
        &hard,
    );
    if let Some(a) = audio.as_mut() {
        if !ref_calls.is_empty() {
            let name = scorer.name();
            let audio_calls: Vec<Call> = ref_calls
                .iter()
                .map(|c| Call {
                    turns: Vec::new(),
                    ..c.clone()
                })
                .collect();
            a.cost.from_audio = Some(evaluate(
                &corpus_name,
                &format!("{name} from audio"),
                &audio_calls,
                &audio_verdicts,
                skipped,
                &hard,
            ));
            a.cost.reference = Some(evaluate(
                &corpus_name,
                &format!("{name} on reference turns"),
                &ref_calls,
                &ref_verdicts,
                skipped,
                &hard,
            ));
        }
    }
    let asr_cost = audio.map(|a| a.cost);
    let failed_audio = asr_cost.as_ref().map_or(0, |a| a.failed);
    let calls = shown_calls;
    if let Some(p) = &args.predictions {
        let lines: String = verdicts
            .iter()
            .map(|v| serde_json::to_string(v).expect("serializable") + "\n")
            .collect();
        std::fs::write(p, lines).with_context(|| format!("writing {}", p.display()))?;
    }
    // The baseline judges the same turns the model judged (recognized turns for audio lines).
    let other = match args.compare {
        Some(d) => {
            let det = DetectorArgs {
                detector: d,
                ..args.detector.clone()
            };
            let b = det.load(g)?;
            let mut vs = Vec::with_capacity(calls.len());
            for c in &calls {
                vs.push(from_turns(c, b.as_ref(), masking)?);
            }
            Some(evaluate(
                &corpus_name,
                &b.name(),
                &eval_calls,
                &vs,
                skipped,
                &hard,
            ))
        }
        None => None,
    };
    if let Some(dir) = &args.report {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        let lines: String = verdicts
            .iter()
            .map(|v| serde_json::to_string(v).expect("serializable") + "\n")
            .collect();
        let write = |name: &str, text: String| {
            let p = dir.join(name);
            std::fs::write(&p, text).with_context(|| format!("writing {}", p.display()))
        };
        write("predictions.jsonl", lines)?;
        write(
            "metrics.json",
            serde_json::to_string_pretty(&report).expect("serializable") + "\n",
        )?;
        write(
            "index.html",
            crate::report::html::eval_page(
                &report,
                &calls,
                &verdicts,
                other.as_ref(),
                asr_cost.as_ref(),
            ),
        )?;
    }
    match args.format {
        EvalFormat::Text => {
            print!("{}", render_table(&report));
            if let Some(a) = &asr_cost {
                println!(
                    "\nspeech recognition ({}): {} calls from audio, {} failed; word error rate {} on {} calls with reference turns",
                    a.model,
                    a.audio_calls,
                    a.failed,
                    a.wer.map_or("-".into(), |w| format!("{:.1}%", w * 100.0)),
                    a.reference_calls
                );
                if let (Some(x), Some(y)) = (&a.from_audio, &a.reference) {
                    println!(
                        "same calls, from audio vs reference turns: call F1 {:.3} vs {:.3}, recall {:.3} vs {:.3}, FPR {:.3} vs {:.3}, macro F1 (call) {:.3} vs {:.3}",
                        x.call_level.f1, y.call_level.f1, x.call_level.recall, y.call_level.recall,
                        x.call_level.fpr, y.call_level.fpr, x.macro_f1_call, y.macro_f1_call
                    );
                }
            }
            if let Some(o) = &other {
                println!();
                print!("{}", render_table(o));
                println!(
                    "\n{} vs {}: call F1 {:+.3}, macro F1 (turn) {:+.3}, hard-negative FPR {:+.3}",
                    report.model,
                    o.model,
                    report.call_level.f1 - o.call_level.f1,
                    report.macro_f1_turn - o.macro_f1_turn,
                    report.hard_negative_fpr.unwrap_or(0.0) - o.hard_negative_fpr.unwrap_or(0.0)
                );
            }
        }
        EvalFormat::Json => {
            let mut v = serde_json::to_value(&report).expect("serializable");
            if let Some(o) = &other {
                v["compare"] = serde_json::to_value(o).expect("serializable");
            }
            if let Some(a) = &asr_cost {
                v["asr"] = serde_json::to_value(a).expect("serializable");
            }
            println!(
                "{}",
                serde_json::to_string_pretty(&v).expect("serializable")
            );
        }
    }
    let mut failed_bar = false;
    for (bars, under) in [(&args.fail_under, true), (&args.fail_over, false)] {
        for b in bars {
            let (name, bar) = parse_bar(b)?;
            let v = metric(&report, name)?;
            if (under && v < bar) || (!under && v > bar) {
                eprintln!(
                    "eval: {name} = {v:.4} is {} the bar {bar}",
                    if under { "under" } else { "over" }
                );
                failed_bar = true;
            }
        }
    }
    Ok(if skipped > 0 || failed_audio > 0 {
        2
    } else if failed_bar {
        1
    } else {
        0
    })
}
