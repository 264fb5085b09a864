//! Whisper backend on CTranslate2 (faster-whisper's engine), through ct2rs; cargo feature `ct2`.
//!
//! Only the encoder and decoder calls are CTranslate2's. Everything around them stays ours and is
//! shared with whisper.cpp: packing both parties' speech into 30 s windows, channel attribution
//! and times (`asr/mod.rs`). The features are computed here (`mel.rs`), the prompt is built from
//! our own tokens (English-only models have no language token, so ct2rs's high-level wrapper
//! cannot drive them), segments come from Whisper's timestamp tokens and token times from
//! CTranslate2's alignment heads (dynamic time warping over cross-attention, as faster-whisper's
//! word timestamps), which place words in the right party's span like whisper.cpp's DTW.
//!
//! The weights are the CTranslate2 folders the model store already fetches (`model.bin`,
//! `config.json`, `tokenizer.json`): no conversion, int8 by default.

use std::path::{Path, PathBuf};

use ct2rs::sys::{ComputeType, Config, Device as Ct2Device, StorageView, Whisper};
use tokenizers::Tokenizer;

use super::mel::{LogMel, FRAMES, WINDOW_SAMPLES};
use super::whisper::MandarinDecoding;
use super::{AsrError, Pack, PackSegment, PackToken, Transcriber};

/// Encoder frames per second (the encoder halves the 100 feature frames per second).
const ENCODER_FRAMES_PER_S: usize = 50;
/// Most prompt tokens carried before the start of transcript (Whisper's limit is half the
/// 448-token context).
const MAX_PROMPT_TOKENS: usize = 223;

/// How the CTranslate2 engine stores and multiplies its weights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Ct2Compute {
    /// 8-bit integer weights and products: CTranslate2's fast path on CPU.
    #[default]
    Int8,
    Float32,
}

impl Ct2Compute {
    /// int8 where CTranslate2's int8 products are fast (MKL on Intel CPUs); float32 elsewhere:
    /// on an AMD CPU MKL's int8 path decoded one 30 s window of Whisper base in 10.2 s against
    /// 1.1 s in float32 (the encoder: 1.8 s against 1.1 s), measured on this project's machine.
    /// With oneDNN in the build (`ct2-dnnl`), int8 everywhere: CTranslate2 takes oneDNN where
    /// it does not use MKL.
    pub fn for_this_cpu() -> Self {
        if cpu_is_intel() || cfg!(feature = "ct2-dnnl") {
            Self::Int8
        } else {
            Self::Float32
        }
    }
}

/// Whether this process must run with `CT2_USE_MKL=1`: a build whose only backend is MKL, on a
/// CPU other than Intel's (CTranslate2 would otherwise find no matrix backend at all). With
/// oneDNN in the build it is left to CTranslate2 (MKL on Intel, oneDNN elsewhere).
pub fn needs_mkl_forced() -> bool {
    !cfg!(feature = "ct2-dnnl") && !cpu_is_intel()
}

#[cfg(target_arch = "x86_64")]
fn cpu_is_intel() -> bool {
    // cpuid leaf 0 (the vendor string) exists on every x86_64 CPU.
    let r = std::arch::x86_64::__cpuid(0);
    let vendor: Vec<u8> = [r.ebx, r.edx, r.ecx]
        .iter()
        .flat_map(|w| w.to_le_bytes())
        .collect();
    vendor == b"GenuineIntel"
}

#[cfg(not(target_arch = "x86_64"))]
fn cpu_is_intel() -> bool {
    false
}

/// CTranslate2 uses MKL on Intel CPUs only, unless `CT2_USE_MKL=1` was in the environment when
/// the process started: it reads the variable in static initializers, before `main`, so setting
/// it later changes nothing. The CLI restarts itself with it set where needed
/// (`needs_mkl_forced`); a library user must set it before starting the program.
fn has_matrix_backend() -> bool {
    if !needs_mkl_forced() {
        return true;
    }
    std::env::var("CT2_USE_MKL")
        .is_ok_and(|v| matches!(v.to_ascii_lowercase().as_str(), "1" | "true" | "on" | "yes"))
}

#[derive(Debug, Clone)]
pub struct Ct2Options {
    /// A language code or `auto` to detect it per pack (multilingual models only).
    pub language: String,
    /// Threads for one engine (intra-op).
    pub threads: usize,
    /// Beam width; 1 is greedy.
    pub beam_size: usize,
    pub compute: Ct2Compute,
    /// Token times from the alignment heads (off: tokens share their segment's times).
    pub align: bool,
    /// Text Whisper reads as if it came before the audio.
    pub initial_prompt: Option<String>,
    /// Packs of one recording encoded and decoded together (see `Transcriber::batch_size`).
    pub batch: usize,
    /// Decode a degenerate window again at higher temperatures (see `fall_back`).
    pub temperature_fallback: bool,
    /// With `language` auto: decode a recording heard as Mandarin like `--language zh`.
    pub mandarin: Option<MandarinDecoding>,
}

impl Default for Ct2Options {
    fn default() -> Self {
        Self {
            language: "en".into(),
            threads: 1,
            beam_size: 1,
            compute: Ct2Compute::Int8,
            align: true,
            initial_prompt: None,
            batch: 4,
            temperature_fallback: true,
            mandarin: None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Ct2Error {
    #[error("{path} is not a CTranslate2 Whisper folder: {what} is missing")]
    Missing { path: PathBuf, what: &'static str },
    #[error("cannot read the tokenizer {path}: {reason}")]
    Tokenizer { path: PathBuf, reason: String },
    #[error("the tokenizer {path} has no token {token}")]
    Token { path: PathBuf, token: String },
    #[error("CTranslate2 will not use MKL on this CPU: start the program with CT2_USE_MKL=1 in its environment")]
    MklOff,
    #[error("the model is English-only; it cannot transcribe language {language:?}")]
    EnglishOnly { language: String },
    #[error("CTranslate2 failed to {what}: {reason}")]
    Engine { what: &'static str, reason: String },
}

impl Ct2Error {
    fn engine(what: &'static str) -> impl FnOnce(anyhow::Error) -> Self {
        move |e| Self::Engine {
            what,
            reason: format!("{e:#}"),
        }
    }
}

/// The special tokens the prompt and the parser need.
struct Specials {
    sot: u32,
    eot: u32,
    transcribe: u32,
    prev: u32,
    no_timestamps: u32,
    /// `<|0.00|>`; every id from here on is a timestamp in steps of 20 ms.
    timestamp_begin: u32,
}

pub struct Ct2Backend {
    engine: Whisper,
    tokenizer: Tokenizer,
    specials: Specials,
    mel: LogMel,
    /// GPT-2's byte-level alphabet, back to bytes.
    unbyte: std::collections::HashMap<char, u8>,
    opts: Ct2Options,
    prompt_tokens: Vec<String>,
    /// The Mandarin prompt's tokens, when `auto` may switch a recording to Mandarin.
    mandarin_tokens: Option<Vec<String>>,
    /// Under `auto`: Mandarin was heard in this recording; its packs decode as `zh`.
    mandarin_heard: bool,
    model_id: String,
    /// The model folder, for errors.
    dir: PathBuf,
    multilingual: bool,
    last_language: String,
}

impl Ct2Backend {
    /// Loads a CTranslate2 Whisper folder; `model_id` names it in transcripts.
    pub fn load(dir: &Path, model_id: String, opts: Ct2Options) -> Result<Self, AsrError> {
        Self::load_inner(dir, model_id, opts).map_err(|source| AsrError::Ct2 {
            path: dir.to_owned(),
            source,
        })
    }

    fn load_inner(dir: &Path, model_id: String, opts: Ct2Options) -> Result<Self, Ct2Error> {
        for what in ["model.bin", "config.json", "tokenizer.json"] {
            if !dir.join(what).is_file() {
                return Err(Ct2Error::Missing {
                    path: dir.to_owned(),
                    what,
                });
            }
        }
        let tok_path = dir.join("tokenizer.json");
        let tokenizer = Tokenizer::from_file(&tok_path).map_err(|e| Ct2Error::Tokenizer {
            path: tok_path.clone(),
            reason: e.to_string(),
        })?;
        let id = |token: &str| {
            tokenizer.token_to_id(token).ok_or_else(|| Ct2Error::Token {
                path: tok_path.clone(),
                token: token.to_owned(),
            })
        };
        let no_timestamps = id("<|notimestamps|>")?;
        let specials = Specials {
            sot: id("<|startoftranscript|>")?,
            eot: id("<|endoftext|>")?,
            transcribe: id("<|transcribe|>")?,
            prev: id("<|startofprev|>")?,
            no_timestamps,
            // The fetched tokenizers leave the timestamp tokens out; in every Whisper vocabulary
            // they follow <|notimestamps|>.
            timestamp_begin: tokenizer
                .token_to_id("<|0.00|>")
                .unwrap_or(no_timestamps + 1),
        };
        let config = Config {
            device: Ct2Device::CPU,
            compute_type: match opts.compute {
                Ct2Compute::Int8 => ComputeType::INT8,
                Ct2Compute::Float32 => ComputeType::FLOAT32,
            },
            num_threads_per_replica: opts.threads.max(1),
            ..Config::default()
        };
        if !has_matrix_backend() {
            return Err(Ct2Error::MklOff);
        }
        let engine = Whisper::new(dir, config).map_err(Ct2Error::engine("load the model"))?;
        let mut opts = opts;
        if opts.align && !has_alignment_heads(&dir.join("config.json")) {
            tracing::warn!(
                "{}: config.json names no alignment heads; token times come from segment times",
                dir.display()
            );
            opts.align = false;
        }
        let multilingual = engine.is_multilingual();
        if !multilingual && opts.language != "en" {
            return Err(Ct2Error::EnglishOnly {
                language: opts.language.clone(),
            });
        }
        let mel = LogMel::new(engine.n_mels());
        let tokenize = |p: &str| -> Result<Vec<String>, Ct2Error> {
            let enc = tokenizer
                .encode(format!(" {}", p.trim()), false)
                .map_err(|e| Ct2Error::Tokenizer {
                    path: tok_path.clone(),
                    reason: e.to_string(),
                })?;
            let toks = enc.get_tokens();
            Ok(toks[toks.len().saturating_sub(MAX_PROMPT_TOKENS)..].to_vec())
        };
        let prompt_tokens = match &opts.initial_prompt {
            Some(p) => tokenize(p)?,
            None => Vec::new(),
        };
        let mandarin_tokens = match &opts.mandarin {
            Some(m) if multilingual && opts.language == "auto" => Some(tokenize(&m.prompt)?),
            _ => None,
        };
        let last_language = if opts.language == "auto" {
            "und".into()
        } else {
            opts.language.clone()
        };
        Ok(Self {
            engine,
            tokenizer,
            specials,
            mel,
            unbyte: byte_decoder(),
            opts,
            prompt_tokens,
            mandarin_tokens,
            mandarin_heard: false,
            model_id,
            dir: dir.to_owned(),
            multilingual,
            last_language,
        })
    }

    fn token(&self, id: u32) -> String {
        self.tokenizer.id_to_token(id).unwrap_or_default()
    }

    /// The bytes a text token stands for (GPT-2 byte-level pieces; a Chinese character can be
    /// split over two tokens, which `map_segment` puts back together).
    fn token_bytes(&self, id: u32) -> Vec<u8> {
        let piece = self.token(id);
        piece
            .chars()
            .map(|c| self.unbyte.get(&c).copied().unwrap_or(b'?'))
            .collect()
    }

    /// The start-of-transcript sequence: `<|startoftranscript|>`, then for multilingual models the
    /// language and the task.
    fn sot_sequence(&self, language: &str) -> Result<Vec<u32>, Ct2Error> {
        let mut seq = vec![self.specials.sot];
        if self.multilingual {
            let tag = format!("<|{language}|>");
            let id = self.tokenizer.token_to_id(&tag).ok_or(Ct2Error::Token {
                path: self.dir.join("tokenizer.json"),
                token: tag,
            })?;
            seq.push(id);
            seq.push(self.specials.transcribe);
        }
        Ok(seq)
    }

    /// The encoder's output for a batch of windows of 16 kHz samples (each at most 30 s).
    fn encode(&self, windows: &[&[f32]]) -> Result<StorageView<'static>, Ct2Error> {
        let mut feats: Vec<f32> = Vec::with_capacity(windows.len() * self.mel.n_mels() * FRAMES);
        for w in windows {
            feats.extend(self.mel.window(w));
        }
        let features = StorageView::new(
            &[windows.len(), self.mel.n_mels(), FRAMES],
            &mut feats,
            Default::default(),
        )
        .map_err(Ct2Error::engine("hold the features"))?;
        self.engine
            .encode(&features, false)
            .map_err(Ct2Error::engine("encode"))
    }

    fn transcribe_inner(&mut self, packs: &[Pack]) -> Result<Vec<Vec<PackSegment>>, Ct2Error> {
        if packs.is_empty() {
            return Ok(Vec::new());
        }
        let lens: Vec<usize> = packs
            .iter()
            .map(|p| p.samples.len().min(WINDOW_SAMPLES))
            .collect();
        let windows: Vec<&[f32]> = packs
            .iter()
            .zip(&lens)
            .map(|(p, &n)| &p.samples[..n])
            .collect();
        let encoded = self.encode(&windows)?;
        let languages: Vec<String> = if self.multilingual && self.opts.language == "auto" {
            let found = self
                .engine
                .detect_language(&encoded)
                .map_err(Ct2Error::engine("detect the language"))?;
            let langs: Vec<String> = (0..packs.len())
                .map(|b| {
                    found
                        .get(b)
                        .and_then(|r| r.first())
                        .map(|d| {
                            d.language
                                .trim_start_matches("<|")
                                .trim_end_matches("|>")
                                .to_owned()
                        })
                        .unwrap_or_else(|| "en".into())
                })
                .collect();
            if let Some(last) = langs.last() {
                self.last_language = last.clone();
            }
            langs
        } else {
            vec![self.opts.language.clone(); packs.len()]
        };
        // Under auto, a recording heard as Mandarin is decoded as `--language zh` would, prompt
        // and beam (the whole batch: its packs are one recording's).
        let mut languages = languages;
        let mut prompt_tokens = &self.prompt_tokens;
        let mut beam_size = self.opts.beam_size.max(1);
        if let (Some(zh), Some(m)) = (&self.mandarin_tokens, &self.opts.mandarin) {
            if self.mandarin_heard || languages.iter().any(|l| l == "zh") {
                self.mandarin_heard = true;
                self.last_language = "zh".into();
                languages = vec!["zh".into(); packs.len()];
                prompt_tokens = zh;
                beam_size = m.beam_size.max(1);
            }
        }
        let mut sots = Vec::with_capacity(packs.len());
        let mut prompts = Vec::with_capacity(packs.len());
        for lang in &languages {
            let sot = self.sot_sequence(lang)?;
            let mut prompt: Vec<String> = Vec::new();
            if !prompt_tokens.is_empty() {
                prompt.push(self.token(self.specials.prev));
                prompt.extend(prompt_tokens.iter().cloned());
            }
            prompt.extend(sot.iter().map(|&id| self.token(id)));
            prompts.push(prompt);
            sots.push(sot);
        }
        let options = ct2rs::sys::WhisperOptions {
            beam_size,
            return_scores: true,
            return_no_speech_prob: true,
            ..Default::default()
        };
        let results = self
            .engine
            .generate(&encoded, &prompts, &options)
            .map_err(Ct2Error::engine("decode"))?;
        let mut windows: Vec<Vec<RawSegment>> = Vec::with_capacity(packs.len());
        for (b, &n) in lens.iter().enumerate() {
            let Some(result) = results.get(b) else {
                windows.push(Vec::new());
                continue;
            };
            let mut decoded = Decoded::best_of(result);
            // Whisper's own rule for a window with nothing said: high no-speech probability and
            // a low-confidence decode.
            if result.no_speech_prob > 0.6 && decoded.avg_logprob < -1.0 {
                windows.push(Vec::new());
                continue;
            }
            if self.opts.temperature_fallback && decoded.degenerate(self) {
                decoded = self.fall_back(&packs[b].samples[..n], &prompts[b], decoded)?;
            }
            windows.push(split_segments(
                &decoded.ids,
                &self.specials,
                (n * 1000 / 16_000) as i64,
            ));
        }
        let text_ids: Vec<Vec<u32>> = windows
            .iter()
            .map(|w| w.iter().flat_map(|s| s.ids.iter().copied()).collect())
            .collect();
        let times = self.token_times(&encoded, &sots[0], &text_ids, &lens)?;
        let mut out = Vec::with_capacity(packs.len());
        for ((segments, times), _) in windows.iter().zip(&times).zip(&text_ids) {
            let mut k = 0;
            let mut window = Vec::with_capacity(segments.len());
            for seg in segments {
                let mut tokens = Vec::with_capacity(seg.ids.len());
                for &id in &seg.ids {
                    // A point, like whisper.cpp's DTW times: `map_segment` places a token by the
                    // middle of its interval, and the interval up to the next token's start would
                    // carry a turn's last word halfway into the pause after it.
                    let (start, end) = match times.get(k) {
                        Some(&t) => (t, t),
                        None => (seg.start_ms, seg.end_ms),
                    };
                    tokens.push(PackToken {
                        start_ms: start,
                        end_ms: end,
                        bytes: self.token_bytes(id),
                    });
                    k += 1;
                }
                let bytes: Vec<u8> = tokens.iter().flat_map(|t| t.bytes.clone()).collect();
                window.push(PackSegment {
                    start_ms: seg.start_ms,
                    end_ms: seg.end_ms,
                    text: String::from_utf8_lossy(&bytes).into_owned(),
                    tokens,
                });
            }
            out.push(window);
        }
        Ok(out)
    }

    /// Whisper's temperature fallback, as whisper.cpp and faster-whisper do it: a window whose
    /// decode repeats itself (text compressing more than 2.4 times) or is unsure (mean log
    /// probability under -1) is decoded again by sampling at rising temperatures, best of five,
    /// until one passes; else the best seen is kept. Rare, so the window is encoded again alone
    /// rather than kept from the batch.
    fn fall_back(
        &self,
        samples: &[f32],
        prompt: &[String],
        first: Decoded,
    ) -> Result<Decoded, Ct2Error> {
        let encoded = self.encode(&[samples])?;
        let mut best = first;
        for t in [0.2f32, 0.4, 0.6, 0.8, 1.0] {
            let options = ct2rs::sys::WhisperOptions {
                beam_size: 1,
                num_hypotheses: 5,
                sampling_topk: 0,
                sampling_temperature: t,
                return_scores: true,
                return_no_speech_prob: true,
                ..Default::default()
            };
            let results = self
                .engine
                .generate(&encoded, &[prompt.to_vec()], &options)
                .map_err(Ct2Error::engine("decode"))?;
            let Some(result) = results.first() else {
                break;
            };
            let d = Decoded::best_of(result);
            let passes = !d.degenerate(self);
            if passes || d.avg_logprob > best.avg_logprob {
                best = d;
            }
            if passes {
                tracing::debug!(temperature = t, "temperature fallback");
                break;
            }
        }
        Ok(best)
    }

    /// Each window's token start times, ms (empty where alignment is off or nothing was said).
    /// One alignment call for the batch; the start sequence is the first window's (the
    /// alignment heads read the text and the audio, the language tag barely moves them).
    fn token_times(
        &self,
        encoded: &StorageView,
        sot: &[u32],
        text_ids: &[Vec<u32>],
        lens: &[usize],
    ) -> Result<Vec<Vec<i64>>, Ct2Error> {
        if !self.opts.align || text_ids.iter().all(Vec::is_empty) {
            return Ok(vec![Vec::new(); text_ids.len()]);
        }
        // In feature frames (10 ms), as faster-whisper passes it: CTranslate2 halves it to
        // encoder frames itself. Encoder frames here confined the path to the first half of the
        // speech and dated later words seconds early.
        let frames: Vec<usize> = lens
            .iter()
            .map(|&n| n.div_ceil(super::mel::HOP).clamp(1, FRAMES))
            .collect();
        // A window with no text still needs a token to align; its times are not used.
        let tokens: Vec<Vec<usize>> = text_ids
            .iter()
            .map(|t| {
                if t.is_empty() {
                    vec![self.specials.eot as usize]
                } else {
                    t.iter().map(|&i| i as usize).collect()
                }
            })
            .collect();
        let aligned = self
            .engine
            .align(
                encoded,
                &sot.iter().map(|&i| i as usize).collect::<Vec<_>>(),
                &tokens,
                &frames,
                7,
            )
            .map_err(Ct2Error::engine("align tokens"))?;
        Ok(text_ids
            .iter()
            .enumerate()
            .map(|(b, t)| match aligned.get(b) {
                Some(a) if !t.is_empty() => {
                    token_start_times(a.alignments.iter().map(|p| (p.token_x, p.frame_x)), t.len())
                }
                _ => Vec::new(),
            })
            .collect())
    }
}

impl Transcriber for Ct2Backend {
    fn start_recording(&mut self) {
        self.mandarin_heard = false;
        if self.opts.language == "auto" {
            self.last_language = "und".into();
        }
    }

    fn transcribe_pack(&mut self, pack: &Pack) -> Result<Vec<PackSegment>, AsrError> {
        let mut answers = self.transcribe_packs(std::slice::from_ref(pack))?;
        Ok(answers.pop().unwrap_or_default())
    }

    fn transcribe_packs(&mut self, packs: &[Pack]) -> Result<Vec<Vec<PackSegment>>, AsrError> {
        self.transcribe_inner(packs)
            .map_err(|source| AsrError::Ct2 {
                path: PathBuf::from(&self.model_id),
                source,
            })
    }

    fn batch_size(&self) -> usize {
        self.opts.batch.max(1)
    }

    fn model_id(&self) -> String {
        self.model_id.clone()
    }

    fn language(&self) -> String {
        self.last_language.clone()
    }
}

/// One decoded window: token ids (timestamps included) and mean log probability.
struct Decoded {
    ids: Vec<u32>,
    avg_logprob: f32,
}

impl Decoded {
    /// The best hypothesis of a result. Scores are log probabilities divided by the length
    /// (length penalty 1); Whisper's mean divides by the length plus one, as faster-whisper
    /// computes it.
    fn best_of(result: &ct2rs::sys::WhisperGenerationResult) -> Self {
        let mut best: Option<Self> = None;
        for (k, ids) in result.sequences_ids.iter().enumerate() {
            let length = ids.len().max(1) as f32;
            let score = result.scores.get(k).copied().unwrap_or(0.0);
            let d = Self {
                ids: ids.iter().map(|&i| i as u32).collect(),
                avg_logprob: score * length / (length + 1.0),
            };
            if best.as_ref().is_none_or(|b| d.avg_logprob > b.avg_logprob) {
                best = Some(d);
            }
        }
        best.unwrap_or(Self {
            ids: Vec::new(),
            avg_logprob: 0.0,
        })
    }

    /// Whisper's test for a decode to redo: repetitive or unsure.
    fn degenerate(&self, backend: &Ct2Backend) -> bool {
        let text: Vec<u8> = self
            .ids
            .iter()
            .filter(|&&id| id < backend.specials.eot)
            .flat_map(|&id| backend.token_bytes(id))
            .collect();
        compression_ratio(&text) > 2.4 || self.avg_logprob < -1.0
    }
}

/// How many times zlib shrinks the text: Whisper's measure of a decode stuck repeating itself.
fn compression_ratio(text: &[u8]) -> f32 {
    use std::io::Write;
    if text.is_empty() {
        return 0.0;
    }
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    let packed = z
        .write_all(text)
        .and_then(|()| z.finish())
        .map_or(0, |v| v.len());
    text.len() as f32 / packed.max(1) as f32
}

/// Whether a CTranslate2 Whisper `config.json` lists the cross-attention heads that align tokens
/// to audio (`align` fails without them).
fn has_alignment_heads(config: &Path) -> bool {
    std::fs::read_to_string(config)
        .ok()
        .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
        .and_then(|v| v.get("alignment_heads")?.as_array().map(|a| !a.is_empty()))
        .unwrap_or(false)
}

/// Text tokens of one segment and its times in the window, ms.
#[derive(Debug, Clone, PartialEq)]
struct RawSegment {
    start_ms: i64,
    end_ms: i64,
    ids: Vec<u32>,
}

/// Splits a decoded window at its timestamp tokens, as Whisper writes them: `<|t0|> text <|t1|>`
/// pairs; text after the last timestamp runs to the end of the speech; a window without
/// timestamps is one segment over all of it.
fn split_segments(ids: &[u32], sp: &Specials, speech_ms: i64) -> Vec<RawSegment> {
    let ts = |id: u32| (id as i64 - sp.timestamp_begin as i64) * 20;
    let mut out = Vec::new();
    let mut start: Option<i64> = None;
    let mut text: Vec<u32> = Vec::new();
    for &id in ids {
        if id == sp.eot {
            break;
        }
        if id >= sp.timestamp_begin {
            let t = ts(id);
            match start {
                Some(s) if !text.is_empty() => {
                    out.push(RawSegment {
                        start_ms: s,
                        end_ms: t.max(s),
                        ids: std::mem::take(&mut text),
                    });
                    start = None;
                }
                _ => start = Some(t),
            }
            continue;
        }
        if id >= sp.eot || id == sp.no_timestamps {
            continue; // other special tokens
        }
        if start.is_none() {
            start = Some(out.last().map_or(0, |s: &RawSegment| s.end_ms));
        }
        text.push(id);
    }
    if !text.is_empty() {
        let s = start.unwrap_or(0);
        out.push(RawSegment {
            start_ms: s,
            end_ms: speech_ms.max(s),
            ids: text,
        });
    }
    out
}

/// Each text token's start in the window, ms, from the alignment path (token index, encoder
/// frame): a token starts at the first frame the path reaches it, as in faster-whisper's word
/// timestamps. One more entry than tokens when the path reaches the end-of-text token, which
/// closes the last token.
fn token_start_times(path: impl Iterator<Item = (i64, i64)>, n_tokens: usize) -> Vec<i64> {
    let mut starts: Vec<i64> = Vec::with_capacity(n_tokens + 1);
    for (token, frame) in path {
        let token = token.max(0) as usize;
        while starts.len() <= token && starts.len() <= n_tokens {
            starts.push(frame * 1000 / ENCODER_FRAMES_PER_S as i64);
        }
    }
    starts
}

/// GPT-2's table from bytes to the printable characters byte-level pieces are written in,
/// inverted.
fn byte_decoder() -> std::collections::HashMap<char, u8> {
    let mut printable: Vec<u32> = (b'!' as u32..=b'~' as u32)
        .chain(0xA1..=0xAC)
        .chain(0xAE..=0xFF)
        .collect();
    let mut map = std::collections::HashMap::with_capacity(256);
    for &b in &printable {
        map.insert(char::from_u32(b).expect("latin-1"), b as u8);
    }
    let mut extra = 0u32;
    for b in 0u32..256 {
        if !printable.contains(&b) {
            map.insert(char::from_u32(256 + extra).expect("valid"), b as u8);
            extra += 1;
        }
    }
    printable.clear();
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    fn specials() -> Specials {
        Specials {
            sot: 50257,
            eot: 50256,
            transcribe: 50358,
            prev: 50360,
            no_timestamps: 50362,
            timestamp_begin: 50363,
        }
    }

    #[test]
    fn segments_follow_timestamp_pairs() {
        let sp = specials();
        let t = |ms: u32| sp.timestamp_begin + ms / 20;
        let ids = [t(0), 10, 11, t(1500), t(2000), 12, t(3100), sp.eot];
        let segs = split_segments(&ids, &sp, 5000);
        assert_eq!(
            segs,
            vec![
                RawSegment {
                    start_ms: 0,
                    end_ms: 1500,
                    ids: vec![10, 11]
                },
                RawSegment {
                    start_ms: 2000,
                    end_ms: 3100,
                    ids: vec![12]
                },
            ]
        );
        // Text after a last lone timestamp runs to the end of the speech.
        let segs = split_segments(&[t(0), 10, t(1000), t(1200), 11], &sp, 4000);
        assert_eq!(segs[1].start_ms, 1200);
        assert_eq!(segs[1].end_ms, 4000);
        // No timestamps at all: one segment over the speech.
        let segs = split_segments(&[10, 11, sp.eot, 12], &sp, 900);
        assert_eq!(
            segs,
            vec![RawSegment {
                start_ms: 0,
                end_ms: 900,
                ids: vec![10, 11]
            }]
        );
    }

    #[test]
    fn token_starts_are_the_first_frame_the_path_reaches() {
        // Path over three tokens and end-of-text: token 0 from frame 0, 1 from 5, 2 from 9, the
        // end of text from 12 (20 ms a frame).
        let path = [(0, 0), (0, 2), (1, 5), (1, 6), (2, 9), (3, 12)]
            .into_iter()
            .map(|(a, b)| (a as i64, b as i64));
        let mut starts = token_start_times(path, 3);
        assert_eq!(starts.remove(0), 0);
        assert_eq!(starts, vec![100, 180, 240]);
    }

    #[test]
    fn repetition_compresses_and_speech_does_not() {
        let looped = "I can cancel it for you. ".repeat(12);
        assert!(compression_ratio(looped.as_bytes()) > 2.4);
        let said = "Hello, this is customer service from your mobile operator. Am I speaking \
                    with the account holder? Yes, speaking, what is this about?";
        assert!(compression_ratio(said.as_bytes()) < 2.4);
        assert_eq!(compression_ratio(b""), 0.0);
    }

    #[test]
    fn byte_level_pieces_decode_to_their_bytes() {
        let m = byte_decoder();
        assert_eq!(m.len(), 256);
        assert_eq!(m[&'Ġ'], b' ');
        assert_eq!(m[&'a'], b'a');
        // 级 is e7 ba a7; its pieces are written as the characters for those bytes.
        let piece: String = ['ç', 'º', '§'].iter().collect();
        let bytes: Vec<u8> = piece.chars().map(|c| m[&c]).collect();
        assert_eq!(String::from_utf8(bytes).unwrap(), "级");
    }
}
