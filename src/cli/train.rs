//! `callaudit train`: fine-tune the classifier on a labeled corpus.

use std::path::PathBuf;

use anyhow::Context;

use super::values::LanguageArg;
use super::GlobalArgs;
use callaudit::classifier::BaseInfo;
use callaudit::corpus::{sentence_overlap, writer_overlap, Call, Corpus, OVERLAP_MIN_WORDS};
use callaudit::language::Language;
use callaudit::models;
use callaudit::train::{train, Select, TrainInputs, TrainOptions};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum SelectArg {
    DevLoss,
    DevF1,
}

#[derive(Debug, clap::Args)]
pub struct TrainArgs {
    /// Training corpora (JSON Lines; repeat for several, e.g. the written calls and their
    /// speech-shaped transcripts).
    #[arg(long, value_name = "FILE", required = true)]
    data: Vec<PathBuf>,
    /// Dev corpus for early stopping and threshold calibration.
    #[arg(long, value_name = "FILE")]
    dev: PathBuf,
    /// Where to write model.safetensors (trained layers + head) and manifest.json.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Encoder layers to fine-tune, counted from the top (0: head only).
    #[arg(long, default_value_t = TrainOptions::default().trained_layers)]
    layers: usize,
    #[arg(long, default_value_t = TrainOptions::default().max_epochs)]
    epochs: usize,
    #[arg(long, default_value_t = TrainOptions::default().seed)]
    seed: u64,
    /// What picks the epoch kept: the highest dev call-level macro F1 (each pattern at its best
    /// threshold), or the lowest dev loss.
    #[arg(long, value_enum, default_value_t = SelectArg::DevF1)]
    select: SelectArg,
    /// The calls' language (both use the multilingual-e5-small base unless --encoder says
    /// otherwise).
    #[arg(long, value_enum, default_value_t = LanguageArg::En)]
    language: LanguageArg,
    /// Base encoder folder of your own (default: the language's fetched encoder).
    #[arg(long, value_name = "DIR")]
    encoder: Option<PathBuf>,
}

fn read(path: &std::path::Path) -> anyhow::Result<Vec<Call>> {
    let c = Corpus::read(path)?;
    for e in &c.errors {
        super::say("error", e);
    }
    if !c.errors.is_empty() {
        anyhow::bail!(
            "{}: {} malformed line(s); fix them before training",
            path.display(),
            c.errors.len()
        );
    }
    Ok(c.calls.into_iter().map(|(_, c)| c).collect())
}

fn shown_paths(ps: &[PathBuf]) -> String {
    ps.iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(" + ")
}

/// Refuses a dev split that shares a writer or a long sentence with the training split: dev
/// figures (thresholds, early stopping, model choice) must come from text the model never saw.
fn check_disjoint(args: &TrainArgs, train: &[Call], dev: &[Call]) -> anyhow::Result<()> {
    let writers = writer_overlap(train, dev);
    if !writers.is_empty() {
        anyhow::bail!(
            "{} and {} share writers ({}): split by writer",
            shown_paths(&args.data),
            args.dev.display(),
            writers.join(", ")
        );
    }
    let shared = sentence_overlap(train, dev);
    if !shared.is_empty() {
        let shown: Vec<String> = shared
            .iter()
            .take(5)
            .map(|o| format!("  {:?} ({} and {})", o.sentence, o.first, o.second))
            .collect();
        anyhow::bail!(
            "{} and {} share {} normalized sentence(s) of {OVERLAP_MIN_WORDS}+ words; first:\n{}",
            shown_paths(&args.data),
            args.dev.display(),
            shared.len(),
            shown.join("\n")
        );
    }
    Ok(())
}

pub fn run(args: TrainArgs, g: &GlobalArgs) -> anyhow::Result<u8> {
    let mut train_calls = Vec::new();
    for p in &args.data {
        train_calls.extend(read(p)?);
    }
    let dev_calls = read(&args.dev)?;
    check_disjoint(&args, &train_calls, &dev_calls)?;
    let language = Language::from(args.language);
    let (encoder_dir, sha) = g
        .store()
        .encoder(args.encoder.as_deref(), language.encoder(), g.offline)
        .context("getting the base encoder")?;
    let name = match &args.encoder {
        Some(d) => d
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        None => language.encoder().name.to_owned(),
    };
    let data = serde_json::json!({
        "train": args.data.iter().map(|p| Ok(serde_json::json!({"path": p.display().to_string(), "sha256": models::sha256_file(p)?}))).collect::<anyhow::Result<Vec<_>>>()?,
        "train_calls": train_calls.len(),
        "dev": {"path": args.dev.display().to_string(), "sha256": models::sha256_file(&args.dev)?, "calls": dev_calls.len()},
    });
    let opts = TrainOptions {
        seed: args.seed,
        max_epochs: args.epochs,
        trained_layers: args.layers,
        select: match args.select {
            SelectArg::DevLoss => Select::DevLoss,
            SelectArg::DevF1 => Select::DevF1,
        },
        ..TrainOptions::default()
    };
    let report = train(
        TrainInputs {
            encoder_dir: &encoder_dir,
            base: BaseInfo { name, sha256: sha },
            train: &train_calls,
            dev: &dev_calls,
            data,
            out_dir: &args.out,
            reproduce: format!(
                "callaudit train --language {} {} --dev {} --out {} --layers {} --epochs {} --seed {} --select {}",
                language,
                args.data
                    .iter()
                    .map(|p| format!("--data {}", p.display()))
                    .collect::<Vec<_>>()
                    .join(" "),
                args.dev.display(),
                args.out.display(),
                args.layers,
                args.epochs,
                args.seed,
                match args.select {
                    SelectArg::DevLoss => "dev-loss",
                    SelectArg::DevF1 => "dev-f1",
                }
            ) + &args
                .encoder
                .as_ref()
                .map(|e| format!(" --encoder {}", e.display()))
                .unwrap_or_default(),
        },
        &opts,
    )
    .context("training failed")?;
    println!(
        "{}",
        serde_json::to_string_pretty(&report).expect("serializable")
    );
    Ok(0)
}
