//! `callaudit eval`: honest metrics of a detector on a labeled corpus.

use std::path::PathBuf;

use anyhow::Context;

use super::detect::DetectorArgs;
use super::transcribe::AsrArgs;
use super::values::LanguageOpt;
use super::GlobalArgs;
use callaudit::corpus::{Call, Corpus};
use callaudit::eval::corpus_eval::EvalReport;
use callaudit::eval::run::{compare, run as evaluate_corpus, EvalInputs, Speech};
use callaudit::language::Language;
use callaudit::report::eval_table::render_table;

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

/// The metrics a bar can name.
const METRICS: [&str; 9] = [
    "call_f1",
    "call_precision",
    "call_recall",
    "call_accuracy",
    "call_fpr",
    "macro_f1_turn",
    "macro_f1_call",
    "micro_f1_turn",
    "hard_negative_fpr",
];

fn metric(r: &EvalReport, name: &str) -> f64 {
    let c = &r.call_level;
    match name {
        "call_f1" => c.f1,
        "call_precision" => c.precision,
        "call_recall" => c.recall,
        "call_accuracy" => c.accuracy,
        "call_fpr" => c.fpr,
        "macro_f1_turn" => r.macro_f1_turn,
        "macro_f1_call" => r.macro_f1_call,
        "micro_f1_turn" => r.micro_f1_turn,
        _ => r.hard_negative_fpr.unwrap_or(0.0),
    }
}

/// Without `--language`, the recordings' own `lang` decides the recognizer: all Mandarin -> zh,
/// a mix -> auto (Whisper detects), else the English default. Transcribing Mandarin audio with
/// the English-only model would silently produce English words.
fn language_of_recordings(calls: &[Call]) -> Option<LanguageOpt> {
    let langs: std::collections::BTreeSet<Language> = calls
        .iter()
        .filter(|c| c.audio.is_some())
        .map(|c| c.language().unwrap_or_default())
        .collect();
    match langs.len() {
        0 => None,
        1 if langs.contains(&Language::Zh) => Some(LanguageOpt::Zh),
        1 => None,
        _ => Some(LanguageOpt::Auto),
    }
}

/// `METRIC=VALUE` with a known metric and a finite number (a NaN bar could never fail).
fn parse_bar(s: &str) -> anyhow::Result<(&str, f64)> {
    let (k, v) = s
        .split_once('=')
        .with_context(|| format!("expected METRIC=VALUE, got {s:?}"))?;
    if !METRICS.contains(&k) {
        anyhow::bail!("unknown metric {k:?} ({})", METRICS.join(", "));
    }
    let v: f64 = v
        .parse()
        .with_context(|| format!("not a number in {s:?}"))?;
    if !v.is_finite() {
        anyhow::bail!("the bar in {s:?} is not a finite number");
    }
    Ok((k, v))
}

pub fn run(mut args: EvalArgs, g: &GlobalArgs) -> anyhow::Result<u8> {
    // Every option is checked before any work: a typo in a bar should not cost an evaluation.
    let mut bars = Vec::new();
    for (list, under) in [(&args.fail_under, true), (&args.fail_over, false)] {
        for b in list {
            let (name, bar) = parse_bar(b)?;
            bars.push((name.to_owned(), bar, under));
        }
    }
    let corpus = Corpus::read(&args.corpus)?;
    for e in &corpus.errors {
        super::say("error", e);
    }
    let calls: Vec<Call> = corpus.calls.into_iter().map(|(_, c)| c).collect();
    if calls.is_empty() {
        anyhow::bail!("{}: no call to evaluate", args.corpus.display());
    }
    // The user's language fixes the classifier; one inferred from the recordings only picks the
    // recognizer, and each call still goes to its own language's classifier.
    let fixed = args.asr.fixed_language();
    if args.asr.language.is_none() {
        args.asr.language = language_of_recordings(&calls);
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
    let inputs = EvalInputs {
        corpus: &args.corpus,
        calls: &calls,
        skipped: corpus.errors.len(),
        hard: &hard,
    };
    let skipped = inputs.skipped;
    let masking = args.detector.masking();
    let scorer = args.detector.load(g, fixed)?;
    let mut whisper = if calls.iter().any(|c| c.audio.is_some()) {
        Some(args.asr.load(g, args.whisper_model.as_deref())?)
    } else {
        None
    };
    let topts = args.asr.transcribe_options();
    let speech = whisper.as_mut().map(|w| Speech {
        asr: w,
        opts: &topts,
    });
    let result = evaluate_corpus(&inputs, scorer.as_ref(), speech)?;
    for e in &result.audio_errors {
        super::say("error", e);
    }
    let report = &result.report;
    // Every report written below quotes words: masked here, where they are written.
    let asr_shown = result.asr.as_ref().map(|a| a.shown(masking));
    let asr_cost = asr_shown.as_ref();
    let failed_calls = result.audio_errors.len();
    // Verdicts and the page's words are masked here, where they are written.
    let verdicts: Vec<_> = result.verdicts.iter().map(|v| masking.verdict(v)).collect();
    if let Some(p) = &args.predictions {
        let lines: String = verdicts
            .iter()
            .map(|v| serde_json::to_string(v).expect("serializable") + "\n")
            .collect();
        std::fs::write(p, lines).with_context(|| format!("writing {}", p.display()))?;
    }
    let other = match args.compare {
        Some(d) => {
            let det = DetectorArgs {
                detector: d,
                ..args.detector.clone()
            };
            Some(compare(&inputs, &result, det.load(g, fixed)?.as_ref())?.shown(masking))
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
            serde_json::to_string_pretty(&report.shown(masking)).expect("serializable") + "\n",
        )?;
        write(
            "index.html",
            callaudit::report::html::eval_page(
                &report.shown(masking),
                &result.shown_calls,
                &verdicts,
                other.as_ref(),
                asr_cost,
            ),
        )?;
    }
    match args.format {
        EvalFormat::Text => {
            print!("{}", render_table(&report.shown(masking)));
            if let Some(a) = asr_cost {
                println!(
                    "\nspeech recognition ({}): {} calls from audio, {} failed; {} on {} calls with reference turns",
                    a.model,
                    a.audio_calls,
                    a.failed,
                    a.error_rates(),
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
            let mut v = serde_json::to_value(report.shown(masking)).expect("serializable");
            if let Some(o) = &other {
                v["compare"] = serde_json::to_value(o).expect("serializable");
            }
            if let Some(a) = asr_cost {
                v["asr"] = serde_json::to_value(a).expect("serializable");
            }
            println!(
                "{}",
                serde_json::to_string_pretty(&v).expect("serializable")
            );
        }
    }
    let mut failed_bar = false;
    for (name, bar, under) in &bars {
        let v = metric(report, name);
        if (*under && v < *bar) || (!*under && v > *bar) {
            eprintln!(
                "eval: {name} = {v:.4} is {} the bar {bar}",
                if *under { "under" } else { "over" }
            );
            failed_bar = true;
        }
    }
    Ok(if skipped > 0 || failed_calls > 0 {
        2
    } else if failed_bar {
        1
    } else {
        0
    })
}
