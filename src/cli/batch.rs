//! `callaudit batch` (many recordings, resumable, parallel), `callaudit report` (rebuild the
//! page and summary from results) and `callaudit merge` (combine shard folders).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::detect::PipelineArgs;
use super::GlobalArgs;
use callaudit::batch::outputs::{
    check_out_is_not_an_input, read_summary_runs, write_outputs, Outputs,
};
use callaudit::batch::results::{CallResult, ResultsFile, Status, RESULTS_FILE};
use callaudit::batch::select::Shard;
use callaudit::batch::summary::{RunInfo, Summary};
use callaudit::batch::{self, inputs, Selection, REPORT_FILE};
use callaudit::pipeline::{CallAuditor, Judge};
use callaudit::report::audit_html::{audit_page, PageOptions, DEFAULT_QUEUE_LIMIT};

#[derive(Debug, clap::Args)]
pub struct BatchArgs {
    /// A folder (every audio file under it) or a manifest CSV (`path` column plus optional
    /// call_id, agent_id, caller_number, called_number, started_at, campaign).
    #[arg(value_name = "INPUT")]
    input: PathBuf,
    /// Output folder: results.jsonl, summary.json, report.html. Rerunning continues where a
    /// killed batch stopped.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Process a reproducible random sample of this many calls.
    #[arg(long, value_name = "N")]
    sample: Option<usize>,
    /// Seed of `--sample`.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Process shard K of N only (K from 1); shards split by a stable hash of call_id or path.
    #[arg(long, value_name = "K/N")]
    shard: Option<Shard>,
    /// Calls processed at once (each with its own Whisper context; the classifier is shared, as
    /// it is 1-5% of a call's time); default: cores / --threads.
    #[arg(long, short = 'j')]
    jobs: Option<usize>,
    /// Calls the report's queue shows at most (riskiest first).
    #[arg(long, default_value_t = DEFAULT_QUEUE_LIMIT)]
    queue_limit: usize,
    /// Exit 0 once the batch has gone through every call, even if calls were flagged or failed
    /// (they are in the results): for schedulers that retry a worker on any other exit code.
    /// Errors that stop the batch still exit 2.
    #[arg(long)]
    exit_zero: bool,
    #[command(flatten)]
    pipeline: PipelineArgs,
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Batch output folders (each with results.jsonl).
    #[arg(required = true, value_name = "DIR")]
    dirs: Vec<PathBuf>,
    /// Where to write; required with several folders (then the same as `merge`).
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    #[command(flatten)]
    page: PageArgs,
}

#[derive(Debug, clap::Args)]
pub struct MergeArgs {
    /// Batch output folders (each with results.jsonl), e.g. the shards' folders.
    #[arg(required = true, value_name = "DIR")]
    dirs: Vec<PathBuf>,
    /// Folder for the merged results.jsonl, summary.json and report.html.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    #[command(flatten)]
    page: PageArgs,
}

/// How `report` and `merge` write the page.
#[derive(Debug, clap::Args)]
pub struct PageArgs {
    /// Show verification codes and phone numbers unmasked.
    #[arg(long)]
    no_mask: bool,
    #[arg(long, default_value_t = DEFAULT_QUEUE_LIMIT)]
    queue_limit: usize,
    /// Exit 0 when the page and summary are written, whatever the calls show.
    #[arg(long)]
    exit_zero: bool,
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Builds a folder's summary.json and report.html (and the merged results.jsonl when asked).
fn build_outputs(o: Outputs<'_>, masking: bool) -> anyhow::Result<Summary> {
    let opts = PageOptions {
        title: format!("callaudit: {}", o.out.display()),
        masking,
        page_dir: std::path::absolute(o.out).unwrap_or_else(|_| o.out.to_owned()),
        audio_base: std::env::current_dir().unwrap_or_default(),
        queue_limit: o.queue_limit,
    };
    Ok(write_outputs(o, |queue, sum| {
        audit_page(queue, sum, &opts, false)
    })?)
}

fn exit_code(sum: &Summary) -> u8 {
    if sum.failed > 0 {
        2
    } else if sum.flagged > 0 {
        1
    } else {
        0
    }
}

fn print_outcome(dir: &Path, sum: &Summary) {
    println!(
        "{}: {} calls, {:.2} audio hours, {} flagged ({:.1}% of judged), {} failed; report {}",
        dir.display(),
        sum.calls,
        sum.audio_hours,
        sum.flagged,
        sum.flagged_share * 100.0,
        sum.failed,
        dir.join(REPORT_FILE).display()
    );
}

/// Progress on stderr: a bar on a terminal, else a line every 10% or minute (logs, CI, pods).
struct Progress {
    bar: ProgressBar,
    tty: bool,
    quiet: bool,
    total: usize,
    done: usize,
    audio_ms: i64,
    started: Instant,
    last_line: Instant,
    last_tenth: usize,
}

impl Progress {
    fn new(total: usize, quiet: bool) -> Self {
        let tty = std::io::stderr().is_terminal() && !quiet;
        let bar = if tty {
            let b = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
            b.set_style(
                ProgressStyle::with_template("{bar:30} {pos}/{len} calls {msg}").expect("template"),
            );
            b.enable_steady_tick(Duration::from_millis(500));
            b
        } else {
            ProgressBar::hidden()
        };
        Self {
            bar,
            tty,
            quiet,
            total,
            done: 0,
            audio_ms: 0,
            started: Instant::now(),
            last_line: Instant::now(),
            last_tenth: 0,
        }
    }

    fn status(&self) -> String {
        let secs = self.started.elapsed().as_secs_f64().max(1e-3);
        let hours = self.audio_ms as f64 / 3_600_000.0;
        let eta = if self.done == 0 {
            "-".to_owned()
        } else {
            let left = secs / self.done as f64 * (self.total - self.done) as f64;
            format!("{}m{:02}s", (left / 60.0) as u64, (left % 60.0) as u64)
        };
        format!(
            "{hours:.2} audio h, {:.1} audio h/wall h, ETA {eta}",
            hours / (secs / 3600.0)
        )
    }

    fn done(&mut self, r: &CallResult) {
        self.done += 1;
        self.audio_ms += r.duration_ms.unwrap_or(0);
        if r.status == Status::Error {
            let line = r.error_line();
            self.bar.suspend(|| super::say("error", &line));
        }
        for w in &r.warnings {
            let line = format!("{}: {w}", r.audio);
            self.bar.suspend(|| super::say("warning", &line));
        }
        if self.tty {
            self.bar.set_position(self.done as u64);
            self.bar.set_message(self.status());
        } else if !self.quiet {
            let tenth = self.done * 10 / self.total.max(1);
            if tenth > self.last_tenth || self.last_line.elapsed() > Duration::from_secs(60) {
                self.last_tenth = tenth;
                self.last_line = Instant::now();
                eprintln!(
                    "batch: {}/{} calls, {}",
                    self.done,
                    self.total,
                    self.status()
                );
            }
        }
    }
}

pub fn run_batch(args: BatchArgs, g: &GlobalArgs) -> anyhow::Result<u8> {
    // Inputs first: a wrong input path should not leave an empty output folder behind.
    let all = inputs::collect(&args.input, Some(&args.out))?;
    let p = &args.pipeline;
    let masking = p.masking();
    inputs::bind_input(&args.out, &args.input)?;
    let mut out = ResultsFile::open(&args.out, masking)?;
    if out.cut_bytes > 0 {
        tracing::warn!(
            "{}: cut a torn last line ({} bytes) left by an interrupted run",
            args.out.join(RESULTS_FILE).display(),
            out.cut_bytes
        );
    }
    let sel = Selection {
        sample: args.sample,
        seed: args.seed,
        shard: args.shard,
    };
    let (todo, skipped) = batch::plan(all, &sel, &out.done);
    let rules = p.rules()?;
    let topts = p.transcribe_options();
    let jobs = p
        .asr
        .workers(g, p.whisper_model.as_deref(), args.jobs, todo.len());
    tracing::info!(
        "{}: {} calls to do{}, {jobs} worker(s)",
        args.input.display(),
        todo.len(),
        if skipped > 0 {
            format!(" ({skipped} already in {})", args.out.display())
        } else {
            String::new()
        }
    );
    let started_at_unix = unix_now();
    let started = Instant::now();
    let mut fresh_audio_ms = 0i64;
    let written = if todo.is_empty() {
        0
    } else {
        let scorer = p.detector.load(g, p.asr.fixed_language())?;
        let judge = Judge {
            scorer: scorer.as_ref(),
            rules: &rules,
        };
        let mut judges = Vec::with_capacity(jobs);
        for _ in 0..jobs {
            judges.push(CallAuditor::new(p.whisper(g)?, judge, &topts));
        }
        let mut progress = Progress::new(todo.len(), g.quiet);
        let n = batch::run::run(&todo, judges, &mut out, |r| progress.done(r))?;
        progress.bar.finish_and_clear();
        fresh_audio_ms = progress.audio_ms;
        n
    };
    let wall_s = started.elapsed().as_secs_f64();
    let mut runs = read_summary_runs(&args.out);
    if written > 0 {
        let audio_hours = fresh_audio_ms as f64 / 3_600_000.0;
        runs.push(RunInfo {
            started_at_unix,
            wall_s: (wall_s * 10.0).round() / 10.0,
            jobs,
            shard: args.shard.map(|s| s.to_string()),
            calls: written,
            audio_hours,
            audio_hours_per_wall_hour: audio_hours / (wall_s / 3600.0).max(1e-9),
        });
    }
    drop(out); // the lock: the outputs are built from the file
    let sum = build_outputs(
        Outputs {
            sources: std::slice::from_ref(&args.out),
            out: &args.out,
            write_results: false,
            runs,
            queue_limit: args.queue_limit,
            masking,
        },
        masking.0,
    )?;
    print_outcome(&args.out, &sum);
    Ok(if args.exit_zero { 0 } else { exit_code(&sum) })
}

pub fn run_merge(args: MergeArgs, g: &GlobalArgs) -> anyhow::Result<u8> {
    run_report(
        ReportArgs {
            dirs: args.dirs,
            out: Some(args.out),
            page: args.page,
        },
        g,
    )
}

pub fn run_report(args: ReportArgs, _g: &GlobalArgs) -> anyhow::Result<u8> {
    let out = match (&args.out, args.dirs.as_slice()) {
        (Some(o), _) => o.clone(),
        (None, [one]) => one.clone(),
        (None, _) => anyhow::bail!("several folders need --out DIR for the merged results"),
    };
    let same = |a: &Path, b: &Path| {
        a.canonicalize()
            .ok()
            .zip(b.canonicalize().ok())
            .is_some_and(|(x, y)| x == y)
            || a == b
    };
    let write_results = !(args.dirs.len() == 1 && same(&args.dirs[0], &out));
    if write_results {
        check_out_is_not_an_input(&args.dirs, &out)?;
    }
    std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
    let runs = args
        .dirs
        .iter()
        .flat_map(|d| read_summary_runs(d))
        .collect();
    let sum = build_outputs(
        Outputs {
            sources: &args.dirs,
            out: &out,
            write_results,
            runs,
            queue_limit: args.page.queue_limit,
            masking: callaudit::privacy::Masking(!args.page.no_mask),
        },
        !args.page.no_mask,
    )?;
    print_outcome(&out, &sum);
    Ok(if args.page.exit_zero {
        0
    } else {
        exit_code(&sum)
    })
}
