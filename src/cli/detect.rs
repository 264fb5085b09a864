//! `callaudit classify` (transcripts and corpora) and `callaudit check` (recordings): find the
//! deceptive-script patterns and print a verdict with evidence.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

use super::transcribe::AsrArgs;
use super::GlobalArgs;
use crate::asr;
use crate::classifier::{rules::Rules, Classifier, Scorer, CONTEXT_TURNS};
use crate::corpus::Corpus;
use crate::models::{self, MINILM};
use crate::report;
use crate::transcript::{windows, Speaker, Transcript};
use crate::verdict::{judge, TurnInfo, Verdict};

/// Which detector scores the turns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Detector {
    /// The fine-tuned MiniLM classifier.
    #[default]
    Minilm,
    /// The transparent keyword baseline.
    Rules,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum VerdictFormat {
    #[default]
    Text,
    Json,
    Jsonl,
}

#[derive(Debug, Clone, clap::Args)]
pub struct DetectorArgs {
    /// Detector: the fine-tuned model or the keyword baseline.
    #[arg(long = "model", value_enum, default_value_t)]
    pub detector: Detector,
    /// Fine-tuned classifier directory (manifest.json + model.safetensors).
    #[arg(long, env = "CALLAUDIT_CLASSIFIER", value_name = "DIR")]
    pub classifier: Option<PathBuf>,
    /// Base encoder: a Hugging Face BERT folder (config.json, tokenizer.json, model.safetensors);
    /// default: the fetched all-MiniLM-L6-v2.
    #[arg(long, value_name = "DIR")]
    pub encoder: Option<PathBuf>,
    /// Show verification codes and phone numbers unmasked.
    #[arg(long)]
    pub no_mask: bool,
}

/// Where the committed classifier lives in the source tree.
pub fn default_classifier_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("models/classifier")
}

impl DetectorArgs {
    pub fn load(&self, g: &GlobalArgs) -> anyhow::Result<Box<dyn Scorer>> {
        if self.detector == Detector::Rules {
            return Ok(Box::new(Rules::new()));
        }
        let (encoder, sha) = self.encoder_dir(g)?;
        let dir = self
            .classifier
            .clone()
            .unwrap_or_else(default_classifier_dir);
        let c = Classifier::load(&encoder, &dir, &sha)
            .with_context(|| format!("loading the classifier from {}", dir.display()))?;
        Ok(Box::new(c))
    }

    /// The encoder folder and the sha256 of its weights.
    pub fn encoder_dir(&self, g: &GlobalArgs) -> anyhow::Result<(PathBuf, String)> {
        match &self.encoder {
            Some(d) => {
                let w = d.join("model.safetensors");
                let sha = models::sha256_file(&w)
                    .with_context(|| format!("reading --encoder {}", d.display()))?;
                Ok((d.clone(), sha))
            }
            None => {
                let d = g
                    .store()
                    .ensure_encoder(&MINILM, g.offline)
                    .context("getting the base encoder")?;
                Ok((d, MINILM.weights_sha256.to_owned()))
            }
        }
    }
}

/// Scores one call's turns and builds its verdict.
pub fn verdict_for(
    id: &str,
    turns: &[TurnInfo],
    scorer: &dyn Scorer,
    masking: bool,
) -> anyhow::Result<Verdict> {
    let pairs: Vec<(Speaker, &str)> = turns.iter().map(|t| (t.speaker, t.text.as_str())).collect();
    let wins = windows(&pairs, CONTEXT_TURNS);
    let scores = scorer.score(&wins)?;
    Ok(judge(
        id,
        turns,
        &wins,
        &scores,
        &scorer.thresholds(),
        &scorer.name(),
        masking,
    ))
}

pub fn transcript_turns(t: &Transcript) -> Vec<TurnInfo> {
    t.turns()
        .into_iter()
        .map(|t| TurnInfo {
            speaker: t.speaker,
            text: t.text,
            start_ms: t.start_ms,
            end_ms: t.end_ms,
        })
        .collect()
}

fn emit(
    out: &mut impl Write,
    verdicts: &[(String, Verdict)],
    format: VerdictFormat,
) -> std::io::Result<()> {
    match format {
        VerdictFormat::Text => {
            for (label, v) in verdicts {
                out.write_all(report::render_verdict_text(v, label).as_bytes())?;
            }
        }
        VerdictFormat::Jsonl => {
            for (_, v) in verdicts {
                writeln!(out, "{}", serde_json::to_string(v).expect("serializable"))?;
            }
        }
        VerdictFormat::Json => {
            let text = if verdicts.len() == 1 {
                serde_json::to_string_pretty(&verdicts[0].1)
            } else {
                serde_json::to_string_pretty(&verdicts.iter().map(|(_, v)| v).collect::<Vec<_>>())
            };
            writeln!(out, "{}", text.expect("serializable"))?;
        }
    }
    out.flush()
}

fn exit_code(verdicts: &[(String, Verdict)], failed: usize) -> u8 {
    if failed > 0 {
        2
    } else if verdicts.iter().any(|(_, v)| v.deceptive) {
        1
    } else {
        0
    }
}

#[derive(Debug, clap::Args)]
pub struct ClassifyArgs {
    /// Transcripts (`callaudit transcribe --format json`) or labeled corpora (JSONL; labels ignored).
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t)]
    format: VerdictFormat,
    #[command(flatten)]
    detector: DetectorArgs,
}

/// Reads one input: a transcript JSON document, or else a corpus in JSON Lines.
/// Calls of one input (id and turns) and the errors of its malformed lines.
type ReadCalls = (Vec<(String, Vec<TurnInfo>)>, Vec<String>);

fn read_calls(path: &Path) -> anyhow::Result<ReadCalls> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read", path.display()))?;
    if let Ok(t) = serde_json::from_str::<Transcript>(&text) {
        let id = Path::new(&t.audio)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        return Ok((vec![(id, transcript_turns(&t))], Vec::new()));
    }
    let corpus = Corpus::parse(path, &text);
    if corpus.calls.is_empty() && !corpus.errors.is_empty() && !text.trim_start().starts_with('{') {
        anyhow::bail!(
            "{}: neither a transcript (JSON) nor a corpus (JSON Lines)",
            path.display()
        );
    }
    let errors = corpus.errors.iter().map(ToString::to_string).collect();
    let calls = corpus
        .calls
        .into_iter()
        .filter(|(_, c)| !c.turns.is_empty())
        .map(|(_, c)| {
            let turns = c.turns.iter().map(TurnInfo::from).collect();
            (c.id, turns)
        })
        .collect();
    Ok((calls, errors))
}

pub fn run_classify(args: ClassifyArgs, g: &GlobalArgs) -> anyhow::Result<u8> {
    let scorer = args.detector.load(g)?;
    let mut failed = 0;
    let mut verdicts = Vec::new();
    let stdout = std::io::stdout();
    for path in &args.files {
        let (calls, errors) = match read_calls(path) {
            Ok(x) => x,
            Err(e) => {
                failed += 1;
                eprintln!("error: {e:#}");
                continue;
            }
        };
        for e in &errors {
            eprintln!("error: {e}");
        }
        failed += errors.len();
        let mut batch = Vec::new();
        for (id, turns) in calls {
            let v = verdict_for(&id, &turns, scorer.as_ref(), !args.detector.no_mask)?;
            batch.push((id, v));
        }
        // Text and JSONL stream file by file; one JSON document needs every call first.
        if args.format != VerdictFormat::Json {
            emit(&mut stdout.lock(), &batch, args.format)?;
        }
        verdicts.extend(batch);
    }
    if args.format == VerdictFormat::Json {
        emit(&mut stdout.lock(), &verdicts, args.format)?;
    }
    Ok(exit_code(&verdicts, failed))
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Recordings (WAV; stereo with one party per channel, or mono).
    #[arg(required = true, value_name = "AUDIO")]
    files: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t)]
    format: VerdictFormat,
    #[command(flatten)]
    detector: DetectorArgs,
    #[command(flatten)]
    asr: AsrArgs,
    /// A whisper.cpp ggml model file of your own (overrides --asr).
    #[arg(long, value_name = "PATH")]
    whisper_model: Option<PathBuf>,
}

pub fn run_check(args: CheckArgs, g: &GlobalArgs) -> anyhow::Result<u8> {
    let scorer = args.detector.load(g)?;
    let mut backend = args.asr.load(g, args.whisper_model.as_deref())?;
    let opts = args.asr.transcribe_options();
    let mut failed = 0;
    let mut verdicts = Vec::new();
    for path in &args.files {
        let t = match asr::transcribe_file(path, &mut backend, &opts) {
            Ok(t) => t,
            Err(e) => {
                failed += 1;
                eprintln!("error: {}", super::transcribe::one_line(path, &e));
                continue;
            }
        };
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut v = verdict_for(
            &id,
            &transcript_turns(&t),
            scorer.as_ref(),
            !args.detector.no_mask,
        )?;
        v.audio = Some(path.display().to_string());
        v.duration_ms = Some(t.duration_ms);
        tracing::info!(
            "{}: {}",
            path.display(),
            if v.deceptive {
                "deceptive"
            } else {
                "no pattern found"
            }
        );
        verdicts.push((path.display().to_string(), v));
    }
    emit(&mut std::io::stdout().lock(), &verdicts, args.format)?;
    Ok(exit_code(&verdicts, failed))
}

#[derive(Debug, clap::Args)]
pub struct BenchArgs {
    /// Labeled corpus whose agent-turn windows are scored.
    corpus: PathBuf,
    /// Also write the windows (context, turn) as JSON Lines, for the Python peer.
    #[arg(long, value_name = "FILE")]
    dump: Option<PathBuf>,
    #[command(flatten)]
    detector: DetectorArgs,
}

/// Times the classifier over every window of a corpus (benchmarks, not a user command).
pub fn run_bench(args: BenchArgs, g: &GlobalArgs) -> anyhow::Result<u8> {
    let corpus = Corpus::read(&args.corpus)?;
    let mut all = Vec::new();
    for (_, c) in &corpus.calls {
        let pairs: Vec<(Speaker, &str)> = c
            .turns
            .iter()
            .map(|t| (t.speaker, t.text.as_str()))
            .collect();
        all.extend(windows(&pairs, CONTEXT_TURNS));
    }
    if let Some(p) = &args.dump {
        let text: String = all
            .iter()
            .map(|w| {
                serde_json::json!({"context": w.context, "target": w.target}).to_string() + "\n"
            })
            .collect();
        std::fs::write(p, text)?;
    }
    let scorer = args.detector.load(g)?;
    // One warm-up pass over a few windows, then the timed pass over all.
    scorer.score(&all[..all.len().min(64)])?;
    let t = std::time::Instant::now();
    let scores = scorer.score(&all)?;
    let secs = t.elapsed().as_secs_f64();
    let flagged = scores
        .iter()
        .filter(|s| s.iter().any(|v| *v >= 0.5))
        .count();
    println!(
        "{}",
        serde_json::json!({"windows": all.len(), "seconds": secs, "windows_per_s": all.len() as f64 / secs, "flagged_at_0_5": flagged})
    );
    Ok(0)
}
