//! `callaudit transcribe`: recordings in, transcripts out.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Instant;

use anyhow::Context;

use super::values::{
    AgentChannelArg, AsrModelArg, DeviceArg, EngineArg, LanguageOpt, TranscriptFormatArg,
    WeightTypeArg,
};
use super::GlobalArgs;
use callaudit::asr::settings::{AsrSettings, Engine, ModelChoice};
use callaudit::asr::{self, TranscribeOptions, Transcriber};
use callaudit::audio::vad::VadOptions;
use callaudit::batch;
use callaudit::language::Language;
use callaudit::models::AsrModel;
use callaudit::report::{self, TranscriptFormat};

#[derive(Debug, clap::Args)]
pub struct TranscribeArgs {
    /// WAV recordings (PCM, float, G.711 mu-law/A-law; mono, or stereo with one party per channel).
    #[arg(required = true, value_name = "AUDIO")]
    files: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t)]
    format: TranscriptFormatArg,
    /// Write one file per recording here instead of printing to stdout.
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,
    #[command(flatten)]
    asr: AsrArgs,
    /// Recordings transcribed at once, each by its own Whisper worker (default: one per core for
    /// --threads each; never more than the recordings or than memory holds). Output keeps the
    /// order the recordings were given in.
    #[arg(long, short = 'j')]
    jobs: Option<usize>,
    /// A Whisper model of your own (overrides --asr): a ggml file for whisper.cpp, a CTranslate2
    /// folder for --engine ct2.
    #[arg(long, alias = "whisper-model", value_name = "PATH")]
    model: Option<PathBuf>,
}

/// Options shared by every command that runs speech recognition.
#[derive(Debug, Clone, clap::Args)]
pub struct AsrArgs {
    /// The calls' language: en (Whisper tiny.en, English classifier), zh (Whisper base with a
    /// telephone-sales prompt and Simplified output, Mandarin classifier) or auto (Whisper base
    /// detects it per recording). Default: en; auto with --asr base or a model of your own.
    #[arg(long, value_enum)]
    pub language: Option<LanguageOpt>,
    /// Engine that runs Whisper: whisper.cpp, or CTranslate2 (faster-whisper's engine; needs a
    /// build with `--features ct2`). Packing, speakers and times are the same with either.
    #[arg(long, value_enum, default_value_t)]
    pub engine: EngineArg,
    /// Built-in Whisper model (default: the language's: tiny.en for en, base otherwise).
    #[arg(long, value_enum)]
    pub asr: Option<AsrModelArg>,
    /// Storage of the built-in model's weights (q8_0: faster here at the same word error rate).
    #[arg(long, value_enum, default_value_t = WeightTypeArg::Q8_0)]
    pub weights: WeightTypeArg,
    /// Which channel of a stereo recording is the agent.
    #[arg(long, value_enum, default_value_t)]
    pub agent_channel: AgentChannelArg,
    /// Threads for Whisper (one per worker is fastest on small machines).
    #[arg(long, default_value_t = 1)]
    pub threads: usize,
    /// Beam width; 1 is greedy decoding. Default: 1 for English (faster, and more accurate on
    /// long calls here), 5 for Mandarin (character error rate 22.5% against 53.9% greedy on four
    /// real Mandarin clips), also under `auto` once a recording is heard as Mandarin.
    #[arg(long)]
    pub beam_size: Option<usize>,
    #[arg(long, value_enum, default_value_t)]
    pub device: DeviceArg,
    /// Silence laid between speech regions packed into one Whisper window (tuning).
    #[arg(long, default_value_t = TranscribeOptions::default().gap_ms, hide = true)]
    pub pack_gap_ms: usize,
    /// Send all audio to Whisper, silence included (measuring).
    #[arg(long, hide = true)]
    pub no_vad: bool,
    /// Mix stereo to one channel before recognition (measuring).
    #[arg(long, hide = true)]
    pub mix_channels: bool,
    /// Turn whisper.cpp's flash attention on (measuring).
    #[arg(long, hide = true)]
    pub flash_attn: bool,
    /// One recognition pass per channel instead of packing both parties together (measuring).
    #[arg(long, hide = true)]
    pub per_channel_packs: bool,
    /// No DTW token times (measuring).
    #[arg(long, hide = true)]
    pub no_dtw: bool,
    /// No temperature fallback (measuring).
    #[arg(long, hide = true)]
    pub no_fallback: bool,
    /// Packs of a recording the ct2 engine decodes together (tuning; 4 measured 1.16x of 1 with
    /// oneDNN int8, eval/bench/README.md).
    #[arg(long, default_value_t = 4, hide = true)]
    pub batch_packs: usize,
    /// Most audio in one Whisper window (tuning).
    #[arg(long, default_value_t = TranscribeOptions::default().max_pack_ms, hide = true)]
    pub max_pack_ms: usize,
}

impl AsrArgs {
    /// The built-in model: the one asked for, else the language's.
    pub fn model(&self) -> AsrModel {
        match (self.asr, self.language) {
            (Some(m), _) => m.into(),
            (None, Some(LanguageOpt::Zh | LanguageOpt::Auto)) => AsrModel::Base,
            (None, _) => AsrModel::TinyEn,
        }
    }

    /// The language every call is in, when the user fixed one.
    pub fn fixed_language(&self) -> Option<Language> {
        self.language.and_then(LanguageOpt::fixed)
    }

    /// The library's settings for these arguments (`model_path`: the user's own ggml file).
    pub fn settings(&self, model_path: Option<&Path>) -> AsrSettings {
        AsrSettings {
            engine: self.engine.into(),
            model: match model_path {
                Some(p) => ModelChoice::File(p.to_owned()),
                None => ModelChoice::Builtin {
                    model: self.model(),
                    weights: self.weights.into(),
                },
            },
            language: self.language.map(|l| {
                match l {
                    LanguageOpt::En => "en",
                    LanguageOpt::Zh => "zh",
                    LanguageOpt::Auto => "auto",
                }
                .to_owned()
            }),
            threads: self.threads,
            beam_size: self.beam_size.unwrap_or(match self.language {
                Some(LanguageOpt::Zh) => 5,
                _ => 1,
            }),
            device: self.device.into(),
            flash_attn: self.flash_attn,
            no_dtw: self.no_dtw,
            no_fallback: self.no_fallback,
            batch_packs: self.batch_packs,
            mandarin_beam_size: self.beam_size.unwrap_or(5),
        }
    }

    /// Loads the recognizer these arguments name.
    pub fn load(
        &self,
        g: &GlobalArgs,
        model_path: Option<&Path>,
    ) -> anyhow::Result<Box<dyn Transcriber + Send>> {
        Ok(self.settings(model_path).load(&g.store(), g.offline)?)
    }

    /// Memory each worker's model takes beyond a worker's fixed overhead: the model file for
    /// whisper.cpp (0 when not known yet: it is fetched when the first worker starts); for
    /// CTranslate2 twice `model.bin` (its f16 weights widen to float32 where int8 is not used)
    /// and 64 MB per batched window (measured: 509 MB a process for tiny.en with 4 windows).
    pub fn model_file_bytes(&self, g: &GlobalArgs, model_path: Option<&Path>) -> u64 {
        let file = self.model_file_size(g, model_path);
        match self.engine {
            EngineArg::WhisperCpp => file,
            EngineArg::Ct2 => 2 * file + (self.batch_packs as u64) * (64 << 20),
        }
    }

    fn model_file_size(&self, g: &GlobalArgs, model_path: Option<&Path>) -> u64 {
        let s = self.settings(model_path);
        let path = match (s.model, s.engine) {
            (ModelChoice::Builtin { model, weights }, Engine::WhisperCpp) => g
                .store()
                .find_whisper(model.source(), weights)
                .map(|m| m.path),
            (ModelChoice::Builtin { model, .. }, Engine::Ct2) => g
                .store()
                .find_ct2(model.source())
                .map(|m| m.path.join("model.bin")),
            (ModelChoice::File(p), Engine::Ct2) => Some(p.join("model.bin")),
            (ModelChoice::File(p), Engine::WhisperCpp) => Some(p),
        };
        path.and_then(|p| std::fs::metadata(p).ok())
            .map_or(0, |m| m.len())
    }

    /// How many recognizers to run at once for `items` recordings: `asked`, else one per core
    /// for `--threads` each; never more than the recordings, nor than memory holds (each worker
    /// holds its own Whisper model), never zero.
    pub fn workers(
        &self,
        g: &GlobalArgs,
        model_path: Option<&Path>,
        asked: Option<usize>,
        items: usize,
    ) -> usize {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let asked = asked.unwrap_or((cores / self.threads.max(1)).max(1));
        let mut jobs = asked.clamp(1, items.max(1));
        if let Some(avail) = batch::run::available_memory() {
            let fit = batch::run::workers_that_fit(avail, self.model_file_bytes(g, model_path));
            if jobs > fit {
                tracing::warn!(
                    "--jobs {asked}: memory ({} MB available) holds {fit} Whisper workers; using {fit}",
                    avail >> 20
                );
                jobs = fit;
            }
        }
        jobs
    }

    pub fn transcribe_options(&self) -> TranscribeOptions {
        TranscribeOptions {
            agent_channel: self.agent_channel.into(),
            gap_ms: self.pack_gap_ms,
            max_pack_ms: self.max_pack_ms,
            mix_channels: self.mix_channels,
            joint_packs: !self.per_channel_packs,
            vad: if self.no_vad {
                VadOptions::everything()
            } else {
                VadOptions::default()
            },
        }
    }
}

pub fn run(args: TranscribeArgs, g: &GlobalArgs) -> anyhow::Result<u8> {
    if let Some(dir) = &args.out_dir {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let jobs = args
        .asr
        .workers(g, args.model.as_deref(), args.jobs, args.files.len());
    let mut workers = Vec::with_capacity(jobs);
    for _ in 0..jobs {
        workers.push(args.asr.load(g, args.model.as_deref())?);
    }
    if jobs > 1 {
        tracing::info!("{} recordings, {jobs} workers", args.files.len());
    }
    let opts = args.asr.transcribe_options();
    let mut failed = 0usize;
    let stdout = std::io::stdout();
    // Workers take recordings from a shared counter; results are written here in the order the
    // recordings were given, whichever worker finishes first.
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(usize, Done)>();
    std::thread::scope(|s| -> anyhow::Result<()> {
        for mut backend in workers {
            let (tx, next, files, opts) = (tx.clone(), &next, &args.files, &opts);
            s.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(path) = files.get(i) else { break };
                let started = Instant::now();
                let r = asr::transcribe_file(path, &mut backend, opts);
                if tx.send((i, (r, started.elapsed().as_secs_f64()))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let mut waiting = BTreeMap::new();
        let mut due = 0;
        for (i, done) in rx {
            waiting.insert(i, done);
            while let Some((r, secs)) = waiting.remove(&due) {
                let path = &args.files[due];
                due += 1;
                let t = match r {
                    Ok(t) => t,
                    Err(e) => {
                        failed += 1;
                        super::say("error", one_line(path, &e));
                        continue;
                    }
                };
                for w in &t.warnings {
                    super::say("warning", format!("{}: {w}", path.display()));
                }
                tracing::info!(
                    "{}: {} segments, {:.1} s of audio in {:.1} s ({:.1}x real time)",
                    path.display(),
                    t.segments.len(),
                    t.duration_ms as f64 / 1000.0,
                    secs,
                    t.duration_ms as f64 / 1000.0 / secs.max(1e-9)
                );
                let text = report::render(&t, args.format.into());
                let written = match &args.out_dir {
                    Some(dir) => {
                        let out = out_path(dir, path, args.format.into());
                        std::fs::write(&out, text)
                            .with_context(|| format!("writing {}", out.display()))
                    }
                    None => {
                        let mut lock = stdout.lock();
                        lock.write_all(text.as_bytes())
                            .and_then(|()| lock.flush())
                            .context("writing to stdout")
                    }
                };
                if let Err(e) = written {
                    // Stop handing out work; workers finish the recording in hand.
                    next.store(args.files.len(), Ordering::Relaxed);
                    return Err(e);
                }
            }
        }
        // A worker that died (a panic) never answered: say so rather than end quietly short.
        anyhow::ensure!(
            due == args.files.len(),
            "a recognizer worker stopped before {}",
            args.files[due].display()
        );
        Ok(())
    })?;
    if failed > 0 {
        tracing::warn!("{failed} of {} recordings failed", args.files.len());
        return Ok(2);
    }
    Ok(0)
}

/// A worker's answer for one recording: the transcript or why not, and the seconds it took.
type Done = (
    Result<callaudit::transcript::Transcript, asr::AsrError>,
    f64,
);

/// The error and its causes on one line; the file name is added unless the message has it.
pub fn one_line(path: &Path, e: &(dyn std::error::Error + 'static)) -> String {
    let msg = callaudit::pipeline::reason(e);
    let shown = path.display().to_string();
    if msg.contains(&shown) {
        msg
    } else {
        format!("{shown}: {msg}")
    }
}

fn out_path(dir: &Path, audio: &Path, format: TranscriptFormat) -> PathBuf {
    let stem = audio
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "audio".into());
    dir.join(format!("{stem}.{}", format.extension()))
}
