//! `callaudit transcribe`: recordings in, transcripts out.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context;

use super::values::{
    AgentChannelArg, AsrModelArg, DeviceArg, LanguageOpt, TranscriptFormatArg, WeightTypeArg,
};
use super::GlobalArgs;
use callaudit::asr::settings::{AsrSettings, ModelChoice};
use callaudit::asr::whisper::WhisperBackend;
use callaudit::asr::{self, TranscribeOptions};
use callaudit::audio::vad::VadOptions;
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
    /// A whisper.cpp ggml model file of your own (overrides --asr).
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
    /// real Mandarin clips).
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
        }
    }

    /// Loads the recognizer these arguments name.
    pub fn load(
        &self,
        g: &GlobalArgs,
        model_path: Option<&Path>,
    ) -> anyhow::Result<WhisperBackend> {
        Ok(self.settings(model_path).load(&g.store(), g.offline)?)
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
    let mut backend = args.asr.load(g, args.model.as_deref())?;
    let opts = args.asr.transcribe_options();
    let mut failed = 0usize;
    let stdout = std::io::stdout();
    for path in &args.files {
        let started = Instant::now();
        let t = match asr::transcribe_file(path, &mut backend, &opts) {
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
        let secs = started.elapsed().as_secs_f64();
        tracing::info!(
            "{}: {} segments, {:.1} s of audio in {:.1} s ({:.1}x real time)",
            path.display(),
            t.segments.len(),
            t.duration_ms as f64 / 1000.0,
            secs,
            t.duration_ms as f64 / 1000.0 / secs.max(1e-9)
        );
        let text = report::render(&t, args.format.into());
        match &args.out_dir {
            Some(dir) => {
                let out = out_path(dir, path, args.format.into());
                std::fs::write(&out, text).with_context(|| format!("writing {}", out.display()))?;
            }
            None => {
                let mut lock = stdout.lock();
                lock.write_all(text.as_bytes())?;
                lock.flush()?;
            }
        }
    }
    if failed > 0 {
        tracing::warn!("{failed} of {} recordings failed", args.files.len());
        return Ok(2);
    }
    Ok(0)
}

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
