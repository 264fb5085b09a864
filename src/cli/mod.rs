//! Command-line interface: clap definitions and one file per subcommand.

mod batch;
mod detect;
mod eval;
mod models;
mod train;
mod transcribe;
mod values;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Listens to recorded phone calls and tells, with evidence, whether the agent used a deceptive
/// sales script. Works offline once the models are fetched.
#[derive(Debug, Parser)]
#[command(name = "callaudit", version, about)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
    #[command(flatten)]
    global: GlobalArgs,
}

#[derive(Debug, clap::Args)]
pub struct GlobalArgs {
    /// Model cache directory.
    #[arg(long, global = true, env = "CALLAUDIT_MODELS", value_name = "DIR")]
    models: Option<PathBuf>,
    /// Never fetch models; fail if they are not in the cache.
    #[arg(long, global = true)]
    offline: bool,
    /// More log output on stderr (-vv for debug).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
    /// Only errors on stderr.
    #[arg(short, long, global = true)]
    quiet: bool,
}

impl GlobalArgs {
    fn store(&self) -> callaudit::models::ModelStore {
        callaudit::models::ModelStore::new(
            self.models
                .clone()
                .unwrap_or_else(callaudit::models::default_dir),
        )
    }
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Transcribe recordings into timed, speaker-attributed text.
    Transcribe(transcribe::TranscribeArgs),
    /// Transcribe recordings and judge them: verdict and evidence (exit 1 if deceptive).
    Check(detect::CheckArgs),
    /// Audit many recordings (a folder or a manifest CSV): results.jsonl, summary.json and
    /// report.html; resumable, parallel, shardable (exit 2 if any failed, 1 if any flagged).
    Batch(batch::BatchArgs),
    /// Rebuild report.html and summary.json of batch folders (several: merged into --out).
    Report(batch::ReportArgs),
    /// Combine the folders of batch shards into one (results, summary, report).
    Merge(batch::MergeArgs),
    /// Judge transcripts made earlier, or every call of a labeled corpus.
    Classify(detect::ClassifyArgs),
    /// Metrics of the detector on a labeled corpus (exit 1 under a --fail-under bar).
    Eval(eval::EvalArgs),
    /// Fine-tune the classifier on a labeled corpus.
    Train(train::TrainArgs),
    /// What a pattern means, with an example and its honest look-alikes.
    Explain {
        /// A pattern id; all patterns when omitted.
        pattern: Option<String>,
        /// Print the README's pattern table instead.
        #[arg(long, hide = true)]
        markdown: bool,
    },
    /// Fetch, convert and list models.
    #[command(subcommand)]
    Models(models::ModelsCommand),
    /// Time the classifier over a corpus's windows (for benchmarks).
    #[command(hide = true)]
    BenchClassifier(detect::BenchArgs),
}

/// One `error:`, `warning:` or `note:` line on stderr. The message may carry file names and words
/// from recordings: control characters are escaped so they cannot drive the terminal.
pub(crate) fn say(kind: &str, msg: impl std::fmt::Display) {
    eprintln!("{kind}: {}", callaudit::report::printable(&msg.to_string()));
}

fn init_logging(g: &GlobalArgs) {
    let level = match (g.quiet, g.verbose) {
        (true, _) => "error",
        (_, 0) => "info",
        (_, 1) => "debug",
        _ => "trace",
    };
    let filter =
        tracing_subscriber::EnvFilter::try_from_env("CALLAUDIT_LOG").unwrap_or_else(|_| {
            // symphonia logs each failed probe at error level; our own error line already says
            // what failed and why, so its logs only show with -vv.
            let decoders = if g.verbose >= 2 { "debug" } else { "off" };
            let quiet: String = [
                "symphonia_core",
                "symphonia_bundle_mp3",
                "symphonia_bundle_flac",
                "symphonia_format_ogg",
                "symphonia_codec_vorbis",
                "symphonia_metadata",
            ]
            .iter()
            .map(|t| format!(",{t}={decoders}"))
            .collect();
            tracing_subscriber::EnvFilter::new(format!("callaudit={level},warn{quiet}"))
        });
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .without_time()
        .try_init();
}

/// Runs the CLI; returns the exit code (errors that stop everything come back as `Err`).
pub fn run() -> anyhow::Result<u8> {
    let cli = Cli::parse();
    init_logging(&cli.global);
    match cli.command {
        Command::Transcribe(args) => transcribe::run(args, &cli.global),
        Command::Models(cmd) => models::run(cmd, &cli.global),
        Command::Check(args) => detect::run_check(args, &cli.global),
        Command::Batch(args) => batch::run_batch(args, &cli.global),
        Command::Report(args) => batch::run_report(args, &cli.global),
        Command::Merge(args) => batch::run_merge(args, &cli.global),
        Command::Classify(args) => detect::run_classify(args, &cli.global),
        Command::Train(args) => train::run(args, &cli.global),
        Command::Eval(args) => eval::run(args, &cli.global),
        Command::BenchClassifier(args) => detect::run_bench(args, &cli.global),
        Command::Explain { markdown: true, .. } => {
            print!("{}", callaudit::patterns::markdown_table());
            Ok(0)
        }
        Command::Explain { pattern, .. } => explain(pattern.as_deref()),
    }
}

fn explain(id: Option<&str>) -> anyhow::Result<u8> {
    use callaudit::{patterns, rules};
    match id {
        None => {
            for p in patterns::PATTERNS.iter().chain(&rules::RULES) {
                println!("{}", patterns::explain(p));
            }
        }
        Some(id) => {
            let p = patterns::by_id(id)
                .or_else(|| rules::by_id(id))
                .ok_or_else(|| {
                    let known: Vec<&str> = patterns::ids()
                        .chain(rules::RULES.iter().map(|r| r.id))
                        .collect();
                    anyhow::anyhow!("unknown pattern {id:?}; known: {}", known.join(", "))
                })?;
            print!("{}", patterns::explain(p));
        }
    }
    Ok(0)
}
