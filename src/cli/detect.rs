//! `callaudit classify` (transcripts and corpora) and `callaudit check` (recordings): find the
//! deceptive-script patterns and print a verdict with evidence.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

use super::transcribe::{one_line, AsrArgs};
use super::values::LanguageOpt;
use super::GlobalArgs;
use callaudit::asr::TranscribeOptions;
use callaudit::asr::Transcriber;
use callaudit::batch::inputs::{CallInput, Metadata};
use callaudit::batch::results::CallResult;
use callaudit::batch::summary::summarize;
use callaudit::classifier::{
    self, rules::Rules, ByLanguage, Classifier, Loader, Scorer, CONTEXT_TURNS,
};
use callaudit::corpus::{read_to_judge, Corpus};
use callaudit::language::Language;
use callaudit::models::{self, ModelStore};
use callaudit::pipeline::{CallAuditor, Judge, Recording};
use callaudit::privacy::Masking;
use callaudit::report;
use callaudit::report::audit_html::{audit_page, PageOptions};
use callaudit::rules::{CallFacts, OfficialNumbers, RuleSet};
use callaudit::transcript::{windows, Speaker};
use callaudit::verdict::Verdict;

/// Which detector scores the turns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Detector {
    /// The fine-tuned classifier (multilingual-e5-small, one per language; `minilm`, its name
    /// before the English model moved to e5, still works).
    #[default]
    #[value(name = "fine-tuned", alias = "minilm")]
    FineTuned,
    /// The transparent keyword baseline.
    Rules,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum VerdictFormat {
    /// Compiler-style diagnostics.
    #[default]
    Text,
    /// One JSON document (`check` with several recordings writes JSON Lines instead).
    Json,
    /// One verdict per line.
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
    /// default: the fetched multilingual-e5-small.
    #[arg(long, value_name = "DIR")]
    pub encoder: Option<PathBuf>,
    /// Show verification codes and phone numbers unmasked.
    #[arg(long)]
    pub no_mask: bool,
}

/// Everything `check` and `batch` need to go from a recording to a verdict.
#[derive(Debug, clap::Args)]
pub struct PipelineArgs {
    /// More official caller numbers (one per line) besides the operators' hotlines (10086, 10085,
    /// 10010, 10000, 10001), for the `unofficial_caller` rule.
    #[arg(long, value_name = "FILE")]
    pub official_numbers: Option<PathBuf>,
    #[command(flatten)]
    pub detector: DetectorArgs,
    #[command(flatten)]
    pub asr: AsrArgs,
    /// A whisper.cpp ggml model file of your own (overrides --asr).
    #[arg(long, value_name = "PATH")]
    pub whisper_model: Option<PathBuf>,
}

impl PipelineArgs {
    /// The rules stage (`unofficial_caller` with the official numbers).
    pub fn rules(&self) -> anyhow::Result<RuleSet> {
        let official = match &self.official_numbers {
            Some(p) => OfficialNumbers::with_file(p)
                .with_context(|| format!("reading --official-numbers {}", p.display()))?,
            None => OfficialNumbers::default(),
        };
        Ok(RuleSet { official })
    }

    pub fn transcribe_options(&self) -> TranscribeOptions {
        self.asr.transcribe_options()
    }

    pub fn masking(&self) -> Masking {
        Masking(!self.detector.no_mask)
    }

    /// A recognizer (one per worker).
    pub fn whisper(&self, g: &GlobalArgs) -> anyhow::Result<Box<dyn Transcriber + Send>> {
        self.asr.load(g, self.whisper_model.as_deref())
    }
}

impl DetectorArgs {
    /// The scorer: for one language when `fixed`, else one per language, each loaded when a call
    /// in its language first needs it. A classifier or encoder of the user's own is one scorer
    /// for every call.
    pub fn load(
        &self,
        g: &GlobalArgs,
        fixed: Option<Language>,
    ) -> anyhow::Result<Box<dyn Scorer + Send + Sync>> {
        if self.detector == Detector::Rules {
            return Ok(Box::new(Rules::new()));
        }
        let store = g.store();
        let offline = g.offline;
        if let Some(lang) = fixed.or_else(|| {
            (self.classifier.is_some() || self.encoder.is_some()).then_some(Language::En)
        }) {
            let c = load_classifier(
                &store,
                offline,
                lang,
                self.classifier.as_deref(),
                self.encoder.as_deref(),
            )?;
            return Ok(Box::new(c));
        }
        let loaders: Vec<(Language, Loader)> = Language::ALL
            .into_iter()
            .map(|lang| {
                let store = store.clone();
                let load: Loader = Box::new(move || {
                    load_classifier(&store, offline, lang, None, None)
                        .map(|c| Box::new(c) as Box<dyn Scorer + Send + Sync>)
                        .map_err(|e| format!("{e:#}"))
                });
                (lang, load)
            })
            .collect();
        let by = ByLanguage::new(loaders);
        // English is the default: load it now, so a missing model stops the run before any
        // recording is transcribed rather than failing every call after it.
        by.for_language(Language::En)
            .context("loading the English classifier")?;
        Ok(Box::new(by))
    }

    pub fn masking(&self) -> Masking {
        Masking(!self.no_mask)
    }
}

/// A language's classifier: the built-in one (its base encoder fetched if needed), or the user's
/// own folders.
fn load_classifier(
    store: &ModelStore,
    offline: bool,
    lang: Language,
    classifier: Option<&Path>,
    encoder: Option<&Path>,
) -> anyhow::Result<Classifier> {
    let dir = match classifier {
        Some(d) => d.to_owned(),
        None => store
            .shipped_classifier(lang)
            .context("writing the built-in classifier into the model cache")?,
    };
    // The classifier's manifest names its base: take that built-in encoder, whatever the
    // language (an e5-based classifier needs e5, a MiniLM-based one MiniLM).
    let base = classifier::read_json::<classifier::Manifest>(
        &dir.join(classifier::MANIFEST_FILE),
        "classifier manifest",
    )
    .ok()
    .and_then(|m| models::encoder_named(&m.base.name))
    .unwrap_or(lang.encoder());
    let (encoder, sha) = store
        .encoder(encoder, base, offline)
        .with_context(|| format!("getting the {lang} classifier's base encoder"))?;
    Classifier::load(&encoder, &dir, &sha)
        .with_context(|| format!("loading the classifier from {}", dir.display()))
}

fn emit(
    out: &mut impl Write,
    verdicts: &[(String, Verdict)],
    format: VerdictFormat,
    masking: Masking,
) -> std::io::Result<()> {
    let verdicts: Vec<(&String, Verdict)> = verdicts
        .iter()
        .map(|(l, v)| (l, masking.verdict(v)))
        .collect();
    match format {
        VerdictFormat::Text => {
            for (label, v) in verdicts {
                out.write_all(report::render_verdict_text(&v, label).as_bytes())?;
            }
        }
        VerdictFormat::Jsonl => {
            for (_, v) in verdicts {
                writeln!(out, "{}", serde_json::to_string(&v).expect("serializable"))?;
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
    /// The calls' language (en, zh), or auto: each call's own (a corpus line's `lang`, a
    /// transcript's `language`, else its characters) picks the classifier.
    #[arg(long, value_enum, default_value_t = LanguageOpt::Auto)]
    language: LanguageOpt,
    #[command(flatten)]
    detector: DetectorArgs,
}

pub fn run_classify(args: ClassifyArgs, g: &GlobalArgs) -> anyhow::Result<u8> {
    let fixed = args.language.fixed();
    let scorer = args.detector.load(g, fixed)?;
    let masking = args.detector.masking();
    let mut failed = 0;
    let mut verdicts = Vec::new();
    let stdout = std::io::stdout();
    for path in &args.files {
        let input = match read_to_judge(path) {
            Ok(x) => x,
            Err(e) => {
                failed += 1;
                super::say("error", one_line(path, &e));
                continue;
            }
        };
        for e in &input.errors {
            super::say("error", e);
        }
        failed += input.errors.len();
        if input.labels_ignored > 0 {
            super::say(
                "note",
                format!(
                    "{}: {} call(s) have inconsistent labels; classify ignores labels and judged them",
                    path.display(),
                    input.labels_ignored
                ),
            );
        }
        let mut batch = Vec::new();
        for (id, turns, lang) in input.calls {
            // One call that cannot be scored is one error line; the others are still judged.
            match classifier::judge_call(&id, &turns, fixed.or(lang), scorer.as_ref()) {
                Ok(v) => batch.push((id, v)),
                Err(e) => {
                    failed += 1;
                    super::say(
                        "error",
                        format!(
                            "{}: call {id:?}: {}",
                            path.display(),
                            callaudit::pipeline::reason(&e)
                        ),
                    );
                }
            }
        }
        // Text and JSONL stream file by file; one JSON document needs every call first.
        if args.format != VerdictFormat::Json {
            emit(&mut stdout.lock(), &batch, args.format, masking)?;
        }
        verdicts.extend(batch);
    }
    if args.format == VerdictFormat::Json {
        emit(&mut stdout.lock(), &verdicts, args.format, masking)?;
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
    /// Also write the investigator's page: transcript, flagged turns, timestamps that play the
    /// recording (one self-contained HTML file).
    #[arg(long, value_name = "FILE")]
    html: Option<PathBuf>,
    /// The number the call came from: a claim of being official customer service from a number
    /// that is not official (10086, 10085, --official-numbers) flags `unofficial_caller`.
    #[arg(long, value_name = "NUMBER")]
    caller_number: Option<String>,
    #[command(flatten)]
    pipeline: PipelineArgs,
}

pub fn run_check(args: CheckArgs, g: &GlobalArgs) -> anyhow::Result<u8> {
    let p = &args.pipeline;
    let scorer = p.detector.load(g, p.asr.fixed_language())?;
    let rules = p.rules()?;
    let topts = p.transcribe_options();
    let masking = p.masking();
    let judge = Judge {
        scorer: scorer.as_ref(),
        rules: &rules,
    };
    let mut auditor = CallAuditor::new(p.whisper(g)?, judge, &topts);
    let mut failed = 0;
    let mut verdicts = Vec::new();
    let mut results = Vec::new();
    for path in &args.files {
        let shown = callaudit::batch::names::to_text(path);
        let input = CallInput {
            key: shown.clone(),
            path: path.clone(),
            shown: shown.clone(),
            meta: Metadata {
                caller_number: args.caller_number.clone(),
                ..Metadata::default()
            },
            invalid: None,
        };
        let id = input.id();
        let rec = Recording {
            path,
            id: &id,
            shown: &shown,
            facts: CallFacts {
                caller_number: args.caller_number.as_deref(),
            },
        };
        let audit = match auditor.audit(&rec) {
            Ok(a) => a,
            Err(e) => {
                failed += 1;
                super::say("error", one_line(path, &e));
                continue;
            }
        };
        for w in &audit.warnings {
            super::say("warning", format!("{shown}: {w}"));
        }
        tracing::info!(
            "{shown}: {}",
            if audit.verdict.deceptive {
                "deceptive"
            } else {
                "no pattern found"
            }
        );
        verdicts.push((shown, audit.verdict.clone()));
        results.push(CallResult::from_audit(&input, audit));
    }
    // One recording: one JSON document; several: JSON Lines, whatever failed (one shape per
    // invocation, so a reader never meets an object one day and an array the next).
    let format = match args.format {
        VerdictFormat::Json if args.files.len() > 1 => VerdictFormat::Jsonl,
        f => f,
    };
    emit(&mut std::io::stdout().lock(), &verdicts, format, masking)?;
    if let Some(page) = &args.html {
        let dir = page
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let o = PageOptions {
            title: format!(
                "callaudit: {}",
                verdicts
                    .iter()
                    .map(|(s, _)| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            masking: masking.0,
            page_dir: dir.to_owned(),
            audio_base: std::env::current_dir().unwrap_or_default(),
            queue_limit: usize::MAX,
        };
        let sum = summarize(&results, Vec::new());
        std::fs::write(page, audit_page(&results, &sum, &o, results.len() == 1))
            .with_context(|| format!("writing {}", page.display()))?;
    }
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
    let scorer = args.detector.load(g, Some(Language::En))?;
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
