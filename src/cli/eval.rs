//! `callaudit eval`: honest metrics of a detector on a labeled corpus.

use std::path::PathBuf;

use anyhow::Context;

use super::detect::DetectorArgs;
use super::GlobalArgs;
use crate::classifier::judge_call;
use crate::corpus::{Call, Corpus};
use crate::eval::corpus_eval::{evaluate, render_table, EvalReport};
use crate::verdict::TurnInfo;

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
    let calls: Vec<Call> = corpus
        .calls
        .into_iter()
        .map(|(_, c)| c)
        .filter(|c| !c.turns.is_empty())
        .collect();
    if calls.is_empty() {
        anyhow::bail!("{}: no call with turns to evaluate", args.corpus.display());
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
    let run_one =
        |det: &DetectorArgs| -> anyhow::Result<(EvalReport, Vec<crate::verdict::Verdict>)> {
            let scorer = det.load(g)?;
            let mut verdicts = Vec::with_capacity(calls.len());
            for c in &calls {
                let turns: Vec<TurnInfo> = c.turns.iter().map(TurnInfo::from).collect();
                verdicts.push(judge_call(&c.id, &turns, scorer.as_ref(), !det.no_mask)?);
            }
            let report = evaluate(
                &corpus_name,
                &scorer.name(),
                &calls,
                &verdicts,
                corpus.errors.len(),
                &hard,
            );
            Ok((report, verdicts))
        };
    let (report, verdicts) = run_one(&args.detector)?;
    if let Some(p) = &args.predictions {
        let lines: String = verdicts
            .iter()
            .map(|v| serde_json::to_string(v).expect("serializable") + "\n")
            .collect();
        std::fs::write(p, lines).with_context(|| format!("writing {}", p.display()))?;
    }
    let other = match args.compare {
        Some(d) => Some(
            run_one(&DetectorArgs {
                detector: d,
                ..args.detector.clone()
            })?
            .0,
        ),
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
            crate::report::html::eval_page(&report, &calls, &verdicts, other.as_ref()),
        )?;
    }
    match args.format {
        EvalFormat::Text => {
            print!("{}", render_table(&report));
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
    Ok(if !corpus.errors.is_empty() {
        2
    } else if failed_bar {
        1
    } else {
        0
    })
}
