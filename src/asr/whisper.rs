//! Whisper backend through whisper-rs (whisper.cpp).
//!
//! Whisper's centisecond timestamps become milliseconds here and nowhere else. Settings follow what
//! was measured on this hardware (see `eval/bench/README.md`): greedy decoding, one thread per
//! worker, flash attention off on CPU, a fresh state per pack (reusing a state degraded the next
//! transcript), no carried text context between packs (it feeds hallucination loops).

use std::path::{Path, PathBuf};

use whisper_rs::{
    DtwMode, DtwModelPreset, DtwParameters, FullParams, SamplingStrategy, WhisperContext,
    WhisperContextParameters,
};

use super::{AsrError, Pack, PackSegment, PackToken, Transcriber};

/// Where to run whisper.cpp.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Device {
    /// CUDA when built with the `cuda` feature, else CPU.
    #[default]
    Auto,
    Cpu,
    Cuda,
}

#[derive(Debug, Clone)]
pub struct WhisperOptions {
    /// A language code (`en`, `zh`, ...) or `auto` to detect it per pack.
    pub language: String,
    pub threads: usize,
    /// Beam width; 0 or 1 means greedy decoding.
    pub beam_size: usize,
    pub device: Device,
    /// Re-decode at higher temperatures when a decode looks degenerate (whisper's fallback).
    pub temperature_fallback: bool,
    /// Flash attention (measured slower and less accurate on CPU; default on GPU).
    pub flash_attn: Option<bool>,
    /// Alignment heads for DTW token times; `None` falls back to whisper's rougher token times.
    pub dtw: Option<DtwPreset>,
    /// Text Whisper reads as if it came before the audio: steers spelling and script.
    pub initial_prompt: Option<String>,
    /// With `language` auto: how to decode a recording once Whisper hears Mandarin in it (the
    /// Mandarin prompt and beam). Without it, Mandarin packs decode like any other.
    pub mandarin: Option<MandarinDecoding>,
}

/// The settings `--language zh` uses, applied under `auto` to recordings detected as Mandarin.
#[derive(Debug, Clone, PartialEq)]
pub struct MandarinDecoding {
    pub prompt: String,
    pub beam_size: usize,
}

/// The built-in models whose alignment heads whisper.cpp knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DtwPreset {
    TinyEn,
    Base,
}

impl Default for WhisperOptions {
    fn default() -> Self {
        Self {
            language: "en".into(),
            threads: 1,
            beam_size: 0,
            device: Device::Auto,
            flash_attn: None,
            temperature_fallback: true,
            dtw: None,
            initial_prompt: None,
            mandarin: None,
        }
    }
}

pub struct WhisperBackend {
    ctx: WhisperContext,
    opts: WhisperOptions,
    model_id: String,
    last_language: String,
    /// Under `auto`: Mandarin was heard earlier in this recording, so its packs skip detection.
    mandarin_heard: bool,
}

impl WhisperBackend {
    /// Loads a ggml model; `model_id` names it in transcripts (name and checksum).
    pub fn load(path: &Path, model_id: String, opts: WhisperOptions) -> Result<Self, AsrError> {
        whisper_rs::install_logging_hooks();
        let mut params = WhisperContextParameters::default();
        let gpu = match opts.device {
            Device::Cpu => false,
            Device::Cuda => true,
            Device::Auto => cfg!(feature = "cuda"),
        };
        params.use_gpu(gpu);
        params.flash_attn(opts.flash_attn.unwrap_or(gpu));
        // Token times decide which span of a pack a word belongs to; DTW over the alignment heads
        // places them far better than whisper's timestamp-token heuristic (measured: words of one
        // turn leaked into the neighbouring turn without it).
        if let Some(preset) = opts.dtw {
            params.dtw_parameters = DtwParameters {
                mode: DtwMode::ModelPreset {
                    model_preset: match preset {
                        DtwPreset::TinyEn => DtwModelPreset::TinyEn,
                        DtwPreset::Base => DtwModelPreset::Base,
                    },
                },
                ..DtwParameters::default()
            };
        }
        let load_err = |source| AsrError::Load {
            path: PathBuf::from(path),
            source,
        };
        if opts.language != "auto" && whisper_rs::get_lang_id(&opts.language).is_none() {
            return Err(AsrError::Language(opts.language.clone()));
        }
        let ctx = WhisperContext::new_with_params(path, params).map_err(load_err)?;
        if !ctx.is_multilingual() && opts.language != "en" {
            return Err(AsrError::EnglishOnly {
                model: model_id,
                language: opts.language.clone(),
            });
        }
        let last_language = if opts.language == "auto" {
            "und".into()
        } else {
            opts.language.clone()
        };
        Ok(Self {
            ctx,
            opts,
            model_id,
            last_language,
            mandarin_heard: false,
        })
    }
}

/// How one decoding pass is set up: language, prompt, beam.
struct Pass<'a> {
    language: &'a str,
    prompt: Option<&'a str>,
    beam_size: usize,
}

impl WhisperBackend {
    /// Runs Whisper over a pack with the given settings; the state holds the result.
    fn decode(&self, pack: &Pack, pass: &Pass) -> Result<whisper_rs::WhisperState, AsrError> {
        let werr = |what: &str| {
            let what = what.to_owned();
            move |source| AsrError::Whisper { what, source }
        };
        let strategy = if pass.beam_size > 1 {
            SamplingStrategy::BeamSearch {
                beam_size: pass.beam_size as i32,
                patience: -1.0,
            }
        } else {
            SamplingStrategy::Greedy { best_of: 1 }
        };
        let mut params = FullParams::new(strategy);
        params.set_n_threads(self.opts.threads.max(1) as i32);
        params.set_language(Some(pass.language));
        params.set_no_context(true);
        if let Some(p) = pass.prompt {
            params.set_initial_prompt(p);
        }
        params.set_token_timestamps(true);
        params.set_suppress_blank(true);
        params.set_suppress_nst(true);
        params.set_print_progress(false);
        params.set_print_realtime(false);
        params.set_print_special(false);
        params.set_print_timestamps(false);
        if !self.opts.temperature_fallback {
            params.set_temperature_inc(0.0);
        }
        let mut state = self.ctx.create_state().map_err(werr("creating a state"))?;
        state.full(params, &pack.samples).map_err(werr("a pack"))?;
        Ok(state)
    }
}

impl Transcriber for WhisperBackend {
    fn start_recording(&mut self) {
        self.mandarin_heard = false;
        if self.opts.language == "auto" {
            self.last_language = "und".into();
        }
    }

    fn transcribe_pack(&mut self, pack: &Pack) -> Result<Vec<PackSegment>, AsrError> {
        let fixed = Pass {
            language: &self.opts.language,
            prompt: self.opts.initial_prompt.as_deref(),
            beam_size: self.opts.beam_size,
        };
        let auto = self.opts.language == "auto";
        let mandarin = self.opts.mandarin.as_ref().filter(|_| auto).map(|m| Pass {
            language: "zh",
            prompt: Some(m.prompt.as_str()),
            beam_size: m.beam_size,
        });
        // Under auto, a recording in which Mandarin was heard is decoded as --language zh
        // would: the prompt and beam fix the keywords greedy decoding misses (measured on the
        // Mandarin sample: 星级 heard as 心急, 15G as 15斤, CER 5.9% against 2.4%).
        let state = match &mandarin {
            Some(zh) if self.mandarin_heard => self.decode(pack, zh)?,
            _ => {
                let state = self.decode(pack, &fixed)?;
                if auto {
                    let id = state.full_lang_id_from_state();
                    self.last_language = whisper_rs::get_lang_str(id).unwrap_or("und").to_owned();
                }
                match &mandarin {
                    Some(zh) if self.last_language == "zh" => {
                        self.mandarin_heard = true;
                        self.decode(pack, zh)?
                    }
                    _ => state,
                }
            }
        };
        if self.mandarin_heard {
            self.last_language = "zh".into();
        }
        let eot = self.ctx.token_eot();
        let mut out = Vec::new();
        for seg in state.as_iter() {
            let mut tokens = Vec::new();
            for i in 0..seg.n_tokens() {
                let Some(tok) = seg.get_token(i) else {
                    continue;
                };
                if tok.token_id() >= eot {
                    continue; // special and timestamp tokens
                }
                let data = tok.token_data();
                // A DTW time is a point; t0/t1 is whisper's own (rougher) interval.
                let (t0, t1) = if data.t_dtw >= 0 {
                    (data.t_dtw, data.t_dtw)
                } else {
                    (data.t0, data.t1)
                };
                tokens.push(PackToken {
                    start_ms: t0 * 10,
                    end_ms: t1 * 10,
                    bytes: tok.to_bytes().map(<[u8]>::to_vec).unwrap_or_default(),
                });
            }
            let text = seg
                .to_str_lossy()
                .map(|s| s.into_owned())
                .unwrap_or_default();
            out.push(PackSegment {
                start_ms: seg.start_timestamp() * 10,
                end_ms: seg.end_timestamp() * 10,
                text,
                tokens,
            });
        }
        Ok(out)
    }

    fn model_id(&self) -> String {
        self.model_id.clone()
    }

    fn language(&self) -> String {
        self.last_language.clone()
    }
}
