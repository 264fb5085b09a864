//! The deceptive-script classifier: a BERT encoder (multilingual-e5-small by default) with a multi-label
//! head over the seven patterns, applied to one window per agent turn.
//!
//! A window is a (context, turn) sentence pair: the turns before it as segment A, the judged turn
//! as segment B. The head reads the mean of segment B's final hidden states, so the context shapes
//! what the turn's words mean ("is it free?" before an evasive answer) without being judged itself.
//! What we ship is a small delta over the base weights: the fine-tuned top layers and the head
//! (`models/classifier/`), loaded on top of the pinned base encoder.

pub mod bert;
pub mod fast;
pub mod rules;

use std::path::{Path, PathBuf};

use candle_core::{DType, Device, Module, Tensor};
use candle_nn::VarBuilder;
use serde::{Deserialize, Serialize};

use crate::language::Language;
use crate::patterns::{self, N_PATTERNS};
use crate::transcript::{judged_windows, Speaker, Turn, Window};
use crate::verdict::{judge, Verdict};
use bert::{Bert, Mode};

/// Longest (context, turn) pair fed to the encoder, in tokens; the longer part is cut first.
pub const MAX_TOKENS: usize = 160;
/// Earlier turns given as context.
pub const CONTEXT_TURNS: usize = 2;
/// Windows per forward pass.
pub const BATCH: usize = 32;

#[derive(Debug, thiserror::Error)]
pub enum ClassifierError {
    #[error("{path}: cannot read")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: invalid {what}")]
    Json {
        path: PathBuf,
        what: &'static str,
        #[source]
        source: serde_json::Error,
    },
    #[error("{path}: cannot load the tokenizer: {message}")]
    Tokenizer { path: PathBuf, message: String },
    #[error("tokenizing failed: {0}")]
    Tokenize(String),
    #[error("model computation failed")]
    Candle(#[from] candle_core::Error),
    #[error("the classifier in {dir} was trained on base weights sha256:{expected}, but {encoder} has sha256:{got}")]
    BaseMismatch {
        dir: PathBuf,
        encoder: PathBuf,
        expected: String,
        got: String,
    },
    #[error("{path}: cannot load the weights")]
    Weights {
        path: PathBuf,
        #[source]
        source: Box<candle_core::Error>,
    },
    #[error("{dir}: the manifest lists fine-tuned layer {layer}, but {reason}")]
    MissingLayer {
        dir: PathBuf,
        layer: usize,
        reason: &'static str,
    },
    #[error("no {lang} classifier: {reason}")]
    Unavailable { lang: Language, reason: String },
    #[error("no trained classifier in {dir} (missing {file}); train one with `callaudit train` or use --model rules")]
    NotTrained { dir: PathBuf, file: &'static str },
}

/// What `callaudit train` writes next to the weights: enough to reproduce and to trust them.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manifest {
    pub base: BaseInfo,
    /// Encoder layers that were fine-tuned (the rest are the base's).
    pub trained_layers: Vec<usize>,
    /// Per-pattern decision thresholds, calibrated on the dev set.
    pub thresholds: std::collections::BTreeMap<String, f32>,
    pub context_turns: usize,
    pub max_tokens: usize,
    pub training: serde_json::Value,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BaseInfo {
    pub name: String,
    pub sha256: String,
}

pub const WEIGHTS_FILE: &str = "model.safetensors";
pub const MANIFEST_FILE: &str = "manifest.json";

/// One window, tokenized.
#[derive(Debug, Clone)]
pub struct Encoded {
    pub ids: Vec<u32>,
    pub type_ids: Vec<u32>,
    /// Where the judged turn begins: tokens from here to the end (the turn and the closing
    /// separator) are pooled. Taken from the tokenizer's sequence ids, not the type ids, because
    /// some encoders' pair templates (XLM-R, multilingual-e5) give the second segment type id 0.
    pub turn_from: usize,
}

impl Encoded {
    /// The pooling weights: 1 for the judged turn's tokens, 0 for the context.
    pub fn pool(&self) -> impl Iterator<Item = f32> + '_ {
        (0..self.ids.len()).map(|j| if j >= self.turn_from { 1.0 } else { 0.0 })
    }
}

/// The encoder's tokenizer set up for (context, turn) pairs without fixed padding.
pub struct WindowTokenizer {
    inner: tokenizers::Tokenizer,
}

impl WindowTokenizer {
    pub fn load(encoder_dir: &Path) -> Result<Self, ClassifierError> {
        let path = encoder_dir.join("tokenizer.json");
        let mut inner =
            tokenizers::Tokenizer::from_file(&path).map_err(|e| ClassifierError::Tokenizer {
                path: path.clone(),
                message: e.to_string(),
            })?;
        // The packaged tokenizer pads every input to 128; batches are padded to their own longest.
        inner.with_padding(None);
        inner
            .with_truncation(Some(tokenizers::TruncationParams {
                max_length: MAX_TOKENS,
                strategy: tokenizers::TruncationStrategy::LongestFirst,
                ..Default::default()
            }))
            .map_err(|e| ClassifierError::Tokenizer {
                path,
                message: e.to_string(),
            })?;
        Ok(Self { inner })
    }

    pub fn encode(&self, windows: &[Window]) -> Result<Vec<Encoded>, ClassifierError> {
        // Only MAX_TOKENS tokens are used; tokenizing a 10 MB turn first would take gigabytes.
        // A token is at least one character, so this many characters always cover them: the
        // context keeps its end (next to the judged turn), the turn its beginning.
        let max_chars = MAX_TOKENS * 12;
        let inputs: Vec<tokenizers::EncodeInput> = windows
            .iter()
            .map(|w| {
                (
                    clip_end(&w.context, max_chars),
                    clip_start(&w.target, max_chars),
                )
                    .into()
            })
            .collect();
        let enc = self
            .inner
            .encode_batch(inputs, true)
            .map_err(|e| ClassifierError::Tokenize(e.to_string()))?;
        Ok(enc
            .into_iter()
            .map(|e| {
                let seq = e.get_sequence_ids();
                Encoded {
                    ids: e.get_ids().to_vec(),
                    type_ids: e.get_type_ids().to_vec(),
                    turn_from: seq.iter().position(|s| *s == Some(1)).unwrap_or(seq.len()),
                }
            })
            .collect())
    }
}

/// The first `max` characters of `s`.
fn clip_start(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// The last `max` characters of `s`.
fn clip_end(s: &str, max: usize) -> &str {
    match s.char_indices().rev().nth(max.saturating_sub(1)) {
        Some((i, _)) if max > 0 => &s[i..],
        _ if max == 0 => "",
        _ => s,
    }
}

/// A padded batch: ids, type ids, attention mask and the pooling weights (turn tokens only).
pub struct Batch {
    pub ids: Tensor,
    pub type_ids: Tensor,
    pub mask: Tensor,
    pub pool: Tensor,
}

pub fn make_batch(items: &[&Encoded], dev: &Device) -> candle_core::Result<Batch> {
    let len = items.iter().map(|e| e.ids.len()).max().unwrap_or(1);
    let n = items.len();
    let mut ids = vec![0u32; n * len];
    let mut types = vec![0u32; n * len];
    let mut mask = vec![0f32; n * len];
    let mut pool = vec![0f32; n * len];
    for (i, e) in items.iter().enumerate() {
        for (j, ((&id, &t), w)) in e.ids.iter().zip(&e.type_ids).zip(e.pool()).enumerate() {
            ids[i * len + j] = id;
            types[i * len + j] = t;
            mask[i * len + j] = 1.0;
            pool[i * len + j] = w;
        }
    }
    Ok(Batch {
        ids: Tensor::from_vec(ids, (n, len), dev)?,
        type_ids: Tensor::from_vec(types, (n, len), dev)?,
        mask: Tensor::from_vec(mask, (n, len), dev)?,
        pool: Tensor::from_vec(pool, (n, len), dev)?,
    })
}

/// Batches in order of length, so each is padded to a similar length; returns index lists.
pub fn length_buckets(encoded: &[Encoded], batch: usize) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..encoded.len()).collect();
    order.sort_by_key(|&i| encoded[i].ids.len());
    order.chunks(batch).map(<[usize]>::to_vec).collect()
}

/// The loaded model: encoder, head, thresholds.
pub struct Classifier {
    bert: Bert,
    head: bert::Linear,
    tokenizer: WindowTokenizer,
    pub manifest: Manifest,
    pub device: Device,
    /// The first hex digits of the fine-tuned weights' sha256: the English and Mandarin models
    /// share a base, so the name alone would not say which model judged a call.
    weights_id: String,
}

impl Classifier {
    /// Loads the base encoder from `encoder_dir` and the fine-tuned delta from `classifier_dir`.
    pub fn load(
        encoder_dir: &Path,
        classifier_dir: &Path,
        encoder_sha256: &str,
    ) -> Result<Self, ClassifierError> {
        let manifest_path = classifier_dir.join(MANIFEST_FILE);
        let weights = classifier_dir.join(WEIGHTS_FILE);
        for (p, file) in [(&manifest_path, MANIFEST_FILE), (&weights, WEIGHTS_FILE)] {
            if !p.is_file() {
                return Err(ClassifierError::NotTrained {
                    dir: classifier_dir.to_owned(),
                    file,
                });
            }
        }
        let manifest: Manifest = read_json(&manifest_path, "classifier manifest")?;
        if manifest.base.sha256 != encoder_sha256 {
            return Err(ClassifierError::BaseMismatch {
                dir: classifier_dir.to_owned(),
                encoder: encoder_dir.to_owned(),
                expected: manifest.base.sha256.clone(),
                got: encoder_sha256.to_owned(),
            });
        }
        let config: bert::Config = read_json(&encoder_dir.join("config.json"), "encoder config")?;
        let device = Device::Cpu;
        let weights_id = weights_id(&weights)?;
        let (bert, head) = load_model(
            &encoder_dir.join("model.safetensors"),
            encoder_sha256,
            &weights,
            &manifest.trained_layers,
            &config,
        )
        .map_err(|e| match e {
            ClassifierError::MissingLayer { layer, reason, .. } => ClassifierError::MissingLayer {
                dir: classifier_dir.to_owned(),
                layer,
                reason,
            },
            e => e,
        })?;
        Ok(Self {
            bert,
            head,
            tokenizer: WindowTokenizer::load(encoder_dir)?,
            manifest,
            device,
            weights_id,
        })
    }

    /// Pattern probabilities for each window, in `patterns::PATTERNS` order.
    pub fn predict(&self, windows: &[Window]) -> Result<Vec<[f32; N_PATTERNS]>, ClassifierError> {
        let encoded = self.tokenizer.encode(windows)?;
        let mut out = vec![[0f32; N_PATTERNS]; windows.len()];
        for idx in length_buckets(&encoded, BATCH) {
            let items: Vec<&Encoded> = idx.iter().map(|&i| &encoded[i]).collect();
            let b = make_batch(&items, &self.device)?;
            let h = self
                .bert
                .forward(&b.ids, &b.type_ids, &b.mask, Mode::Eval)?;
            let pooled = bert::masked_mean(&h, &b.pool)?;
            let probs = candle_nn::ops::sigmoid(&self.head.forward(&pooled)?)?.to_vec2::<f32>()?;
            for (k, &i) in idx.iter().enumerate() {
                out[i].copy_from_slice(&probs[k]);
            }
        }
        Ok(out)
    }

    pub fn thresholds(&self) -> [f32; N_PATTERNS] {
        thresholds_from(&self.manifest.thresholds)
    }
}

/// A classifier's encoder and head: the fine-tuned tensors of `weights` in the place of the base's
/// of the same name (what a multi-file VarBuilder did when each classifier read the base itself),
/// the rest shared with every other classifier over the same base.
fn load_model(
    base: &Path,
    base_sha256: &str,
    weights: &Path,
    trained_layers: &[usize],
    config: &bert::Config,
) -> Result<(Bert, bert::Linear), ClassifierError> {
    let device = Device::Cpu;
    let delta = read_tensors(weights, &device)?;
    for &layer in trained_layers {
        let reason = if layer >= config.num_hidden_layers {
            "the encoder has fewer layers"
        } else if !delta
            .keys()
            .any(|k| k.starts_with(&format!("encoder.layer.{layer}.")))
        {
            "model.safetensors holds none of its weights"
        } else {
            continue;
        };
        return Err(ClassifierError::MissingLayer {
            dir: weights.parent().unwrap_or(weights).to_owned(),
            layer,
            reason,
        });
    }
    let mut named = shared_base(base, base_sha256)?.as_ref().clone();
    named.extend(delta);
    let vb = VarBuilder::from_tensors(named, DType::F32, &device);
    Bert::load(vb.clone(), config)
        .and_then(|bert| {
            let head = bert::Linear::load(vb.pp("classifier"), config.hidden_size, N_PATTERNS)?;
            Ok((bert, head))
        })
        .map_err(|source| ClassifierError::Weights {
            path: weights.to_owned(),
            source: Box::new(source),
        })
}

type Named = std::collections::HashMap<String, Tensor>;

/// Every tensor of a safetensors file, as f32 on `device`.
fn read_tensors(path: &Path, device: &Device) -> Result<Named, ClassifierError> {
    let err = |source| ClassifierError::Weights {
        path: path.to_owned(),
        source: Box::new(source),
    };
    // SAFETY: the file is memory-mapped read-only and not modified while it is read; the
    // tensors are copied out of the mapping.
    let st = unsafe { candle_core::safetensors::MmapedSafetensors::new(path) }.map_err(err)?;
    st.tensors()
        .into_iter()
        .map(|(name, _)| {
            let t = st
                .load(&name, device)
                .and_then(|t| t.to_dtype(DType::F32))
                .map_err(err)?;
            Ok((name, t))
        })
        .collect()
}

/// The base encoder's tensors, read once per process and shared: the English and Mandarin
/// classifiers are both deltas over multilingual-e5-small, whose embedding matrix alone is about
/// 370 MB, so `--language auto` would otherwise hold it twice. A tensor is reference-counted: the
/// clone a classifier takes shares its storage.
fn shared_base(path: &Path, sha256: &str) -> Result<std::sync::Arc<Named>, ClassifierError> {
    type Bases = Vec<((PathBuf, String), std::sync::Arc<Named>)>;
    static BASES: std::sync::Mutex<Bases> = std::sync::Mutex::new(Vec::new());
    let key = (path.to_owned(), sha256.to_owned());
    // Held while reading, so two languages loading at once read the base once. A poisoned lock
    // only means a thread panicked while reading; entries are added whole, so the list is valid.
    let mut bases = BASES
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((_, b)) = bases.iter().find(|(k, _)| *k == key) {
        return Ok(b.clone());
    }
    let b = std::sync::Arc::new(read_tensors(path, &Device::Cpu)?);
    bases.push((key, b.clone()));
    Ok(b)
}

/// The first 8 hex digits of a weights file's sha256.
fn weights_id(path: &Path) -> Result<String, ClassifierError> {
    use sha2::Digest;
    let mut f = std::fs::File::open(path).map_err(|source| ClassifierError::Io {
        path: path.to_owned(),
        source,
    })?;
    let mut h = sha2::Sha256::new();
    std::io::copy(&mut f, &mut h).map_err(|source| ClassifierError::Io {
        path: path.to_owned(),
        source,
    })?;
    Ok(crate::models::hex(&h.finalize()[..4]))
}

pub fn thresholds_from(map: &std::collections::BTreeMap<String, f32>) -> [f32; N_PATTERNS] {
    let mut t = [0.5f32; N_PATTERNS];
    for (i, p) in patterns::PATTERNS.iter().enumerate() {
        if let Some(v) = map.get(p.id) {
            t[i] = *v;
        }
    }
    t
}

pub fn read_json<T: serde::de::DeserializeOwned>(
    path: &Path,
    what: &'static str,
) -> Result<T, ClassifierError> {
    let text = std::fs::read_to_string(path).map_err(|source| ClassifierError::Io {
        path: path.to_owned(),
        source,
    })?;
    serde_json::from_str(&text).map_err(|source| ClassifierError::Json {
        path: path.to_owned(),
        what,
        source,
    })
}

/// Scores one call's turns and builds its verdict (the words as heard; writers mask them).
/// `lang` is the call's language when known (a corpus line's `lang`, the recognizer's, the
/// user's); otherwise it is read from the turns' characters. It picks the scorer's model.
pub fn judge_call(
    id: &str,
    turns: &[Turn],
    lang: Option<Language>,
    scorer: &dyn Scorer,
) -> Result<Verdict, ClassifierError> {
    let lang = lang.unwrap_or_else(|| {
        let text: String = turns.iter().map(|t| t.text.as_str()).collect();
        Language::of_text(&text)
    });
    let scorer = scorer.for_language(lang)?;
    let pairs: Vec<(Speaker, &str)> = turns.iter().map(|t| (t.speaker, t.text.as_str())).collect();
    let wins = judged_windows(&pairs, CONTEXT_TURNS);
    let scores = scorer.score(&wins)?;
    Ok(judge(
        id,
        turns,
        &wins,
        &scores,
        &scorer.thresholds(),
        &scorer.name(),
    ))
}

/// Anything that scores windows: the fine-tuned model or the keyword baseline.
pub trait Scorer {
    fn name(&self) -> String;
    fn score(&self, windows: &[Window]) -> Result<Vec<[f32; N_PATTERNS]>, ClassifierError>;
    fn thresholds(&self) -> [f32; N_PATTERNS];
    /// The scorer for a call in `lang`: itself, or the matching member of a `ByLanguage` set
    /// (loaded on first use, hence the error).
    fn for_language(&self, lang: Language) -> Result<&dyn Scorer, ClassifierError>;
}

/// Makes a language's scorer when a call in that language first needs it.
pub type Loader = Box<dyn Fn() -> Result<Box<dyn Scorer + Send + Sync>, String> + Send + Sync>;

/// One scorer per language (English and Mandarin models side by side, for `--language auto` and
/// mixed corpora). Each is loaded on first use, so an English-only run never fetches the Mandarin
/// model; a call in a language without a scorer goes to the first one.
pub struct ByLanguage {
    members: Vec<Member>,
}

struct Member {
    lang: Language,
    load: Loader,
    loaded: std::sync::OnceLock<Result<Box<dyn Scorer + Send + Sync>, String>>,
}

impl ByLanguage {
    pub fn new(loaders: Vec<(Language, Loader)>) -> Self {
        assert!(!loaders.is_empty(), "at least one language");
        Self {
            members: loaders
                .into_iter()
                .map(|(lang, load)| Member {
                    lang,
                    load,
                    loaded: std::sync::OnceLock::new(),
                })
                .collect(),
        }
    }

    fn member<'a>(&self, m: &'a Member) -> Result<&'a dyn Scorer, ClassifierError> {
        match m.loaded.get_or_init(|| (m.load)()) {
            Ok(s) => Ok(s.as_ref()),
            Err(reason) => Err(ClassifierError::Unavailable {
                lang: m.lang,
                reason: reason.clone(),
            }),
        }
    }
}

impl Scorer for ByLanguage {
    fn name(&self) -> String {
        let loaded: Vec<String> = self
            .members
            .iter()
            .filter_map(|m| match m.loaded.get() {
                Some(Ok(s)) => Some(format!("{}: {}", m.lang, s.name())),
                _ => None,
            })
            .collect();
        match loaded.len() {
            0 => "by language (none loaded)".into(),
            // One language in the run: its model's name alone, as with a fixed language.
            1 => loaded[0]
                .split_once(": ")
                .map_or(loaded[0].clone(), |(_, n)| n.to_owned()),
            _ => loaded.join("; "),
        }
    }
    fn score(&self, windows: &[Window]) -> Result<Vec<[f32; N_PATTERNS]>, ClassifierError> {
        self.member(&self.members[0])?.score(windows)
    }
    fn thresholds(&self) -> [f32; N_PATTERNS] {
        self.member(&self.members[0])
            .map_or([0.5; N_PATTERNS], |s| s.thresholds())
    }
    fn for_language(&self, lang: Language) -> Result<&dyn Scorer, ClassifierError> {
        let m = self
            .members
            .iter()
            .find(|m| m.lang == lang)
            .unwrap_or(&self.members[0]);
        self.member(m)?.for_language(lang)
    }
}

impl Scorer for Classifier {
    fn name(&self) -> String {
        format!(
            "fine-tuned {} (base {}, weights {})",
            self.manifest.trained_layers.len(),
            self.manifest.base.name,
            self.weights_id
        )
    }
    fn score(&self, windows: &[Window]) -> Result<Vec<[f32; N_PATTERNS]>, ClassifierError> {
        self.predict(windows)
    }
    fn thresholds(&self) -> [f32; N_PATTERNS] {
        Classifier::thresholds(self)
    }
    fn for_language(&self, _: Language) -> Result<&dyn Scorer, ClassifierError> {
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_pad_and_pool_only_the_turn() {
        let a = Encoded {
            ids: vec![101, 5, 102, 7, 8, 102],
            type_ids: vec![0, 0, 0, 1, 1, 1],
            turn_from: 3,
        };
        let b = Encoded {
            ids: vec![101, 9, 102, 4, 102],
            type_ids: vec![0, 0, 0, 1, 1],
            turn_from: 3,
        };
        let batch = make_batch(&[&a, &b], &Device::Cpu).unwrap();
        assert_eq!(batch.ids.dims(), &[2, 6]);
        assert_eq!(
            batch.mask.to_vec2::<f32>().unwrap()[1],
            vec![1., 1., 1., 1., 1., 0.]
        );
        assert_eq!(
            batch.pool.to_vec2::<f32>().unwrap()[0],
            vec![0., 0., 0., 1., 1., 1.]
        );
        assert_eq!(
            batch.pool.to_vec2::<f32>().unwrap()[1],
            vec![0., 0., 0., 1., 1., 0.]
        );
    }

    /// multilingual-e5's pair template gives the judged turn type id 0, like the context; the
    /// pooled tokens must still be the turn's (and its closing separator), not none.
    #[test]
    fn the_turn_is_pooled_when_the_template_gives_it_type_id_0() {
        let d = tempfile::tempdir().unwrap();
        let special = |t: &str| serde_json::json!({"SpecialToken": {"id": t, "type_id": 0}});
        let seq = |t: &str| serde_json::json!({"Sequence": {"id": t, "type_id": 0}});
        let tok = serde_json::json!({
            "version": "1.0", "truncation": null, "padding": null, "added_tokens": [],
            "normalizer": null, "pre_tokenizer": {"type": "Whitespace"}, "decoder": null,
            "post_processor": {"type": "TemplateProcessing",
                "single": [special("<s>"), seq("A"), special("</s>")],
                "pair": [special("<s>"), seq("A"), special("</s>"), special("</s>"), seq("B"), special("</s>")],
                "special_tokens": {"<s>": {"id": "<s>", "ids": [0], "tokens": ["<s>"]},
                                   "</s>": {"id": "</s>", "ids": [2], "tokens": ["</s>"]}}},
            "model": {"type": "WordLevel", "unk_token": "<unk>",
                      "vocab": {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3, "a": 4, "b": 5, "c": 6}}
        });
        std::fs::write(d.path().join("tokenizer.json"), tok.to_string()).unwrap();
        let t = WindowTokenizer::load(d.path()).unwrap();
        let w = Window {
            turn: 1,
            context: "a b".into(),
            target: "c c".into(),
            sentence: None,
        };
        let e = &t.encode(&[w]).unwrap()[0];
        assert_eq!(e.ids, [0, 4, 5, 2, 2, 6, 6, 2]);
        assert!(e.type_ids.iter().all(|&t| t == 0));
        assert_eq!(
            e.pool().collect::<Vec<_>>(),
            [0., 0., 0., 0., 0., 1., 1., 1.]
        );
    }

    /// A tiny random base saved to `dir/base.safetensors`, and `delta.safetensors` holding a whole
    /// layer 1, one LayerNorm of layer 0 and the head, all unlike the base.
    fn base_and_delta(dir: &Path) -> (PathBuf, PathBuf, bert::Config) {
        let dev = Device::Cpu;
        let vm = candle_nn::VarMap::new();
        bert::tests::random_bert(&vm, &dev);
        let base = dir.join("base.safetensors");
        vm.save(&base).unwrap();
        let mut delta: Named = vm
            .data()
            .lock()
            .unwrap()
            .iter()
            .filter(|(k, _)| {
                k.starts_with("encoder.layer.1.")
                    || k.starts_with("encoder.layer.0.output.LayerNorm")
            })
            .map(|(k, v)| (k.clone(), ((v.as_tensor() * 0.5).unwrap() + 0.1).unwrap()))
            .collect();
        let h = 16;
        let w: Vec<f32> = (0..N_PATTERNS * h)
            .map(|i| (i % 7) as f32 * 0.05 - 0.15)
            .collect();
        delta.insert(
            "classifier.weight".into(),
            Tensor::from_vec(w, (N_PATTERNS, h), &dev).unwrap(),
        );
        delta.insert(
            "classifier.bias".into(),
            Tensor::zeros(N_PATTERNS, DType::F32, &dev).unwrap(),
        );
        let path = dir.join("delta.safetensors");
        candle_core::safetensors::save(&delta, &path).unwrap();
        (base, path, bert::tests::tiny_config())
    }

    fn run(b: &Bert) -> Tensor {
        let (ids, types, mask) = bert::tests::inputs(&Device::Cpu);
        b.forward(&ids, &types, &mask, Mode::Eval).unwrap()
    }

    use bert::tests::max_gap as gap;

    #[test]
    fn a_delta_replaces_the_base_tensors_it_names_and_shares_the_rest() {
        let d = tempfile::tempdir().unwrap();
        let (base, delta, cfg) = base_and_delta(d.path());
        let dev = Device::Cpu;
        // What loading base and delta as one multi-file VarBuilder gives (the delta's tensors win).
        let vb = unsafe {
            VarBuilder::from_mmaped_safetensors(&[base.clone(), delta.clone()], DType::F32, &dev)
        }
        .unwrap();
        let expected = Bert::load(vb, &cfg).unwrap();
        let base_only =
            unsafe { VarBuilder::from_mmaped_safetensors(&[&base], DType::F32, &dev) }.unwrap();
        let base_only = Bert::load(base_only, &cfg).unwrap();
        // A sha of its own, so other tests' bases in the process-wide cache are not taken.
        let sha = format!("test-{}", base.display());
        let (a, _) = load_model(&base, &sha, &delta, &[1], &cfg).unwrap();
        assert!(gap(&run(&a), &run(&expected)) < 1e-6);
        assert!(
            gap(&run(&a), &run(&base_only)) > 1e-3,
            "the delta changed nothing"
        );
        // A second classifier over the same base shares the base's tensors, not the delta's.
        let (b, _) = load_model(&base, &sha, &delta, &[1], &cfg).unwrap();
        let (ea, qa0) = a.probe(0);
        let (eb, qb0) = b.probe(0);
        assert_eq!(ea.unwrap().id(), eb.unwrap().id());
        assert_eq!(qa0.id(), qb0.id());
        assert_ne!(a.probe(1).1.id(), b.probe(1).1.id());
    }

    #[test]
    fn a_trained_layer_missing_from_the_delta_is_an_error() {
        let d = tempfile::tempdir().unwrap();
        let (base, delta, cfg) = base_and_delta(d.path());
        let sha = format!("test-{}", base.display());
        // Layer 0 has only a LayerNorm in the delta: that counts as present; layer 5 does not exist.
        assert!(load_model(&base, &sha, &delta, &[0, 1], &cfg).is_ok());
        for (layers, missing, reason) in [
            (vec![1, 5], 5, "fewer layers"),
            (vec![1, 0], 0, "holds none"),
        ] {
            let only1: Named = read_tensors(&delta, &Device::Cpu)
                .unwrap()
                .into_iter()
                .filter(|(k, _)| !k.starts_with("encoder.layer.0."))
                .collect();
            let p = d.path().join("only1.safetensors");
            candle_core::safetensors::save(&only1, &p).unwrap();
            match load_model(&base, &sha, &p, &layers, &cfg) {
                Err(e @ ClassifierError::MissingLayer { layer, .. }) => {
                    assert_eq!(layer, missing);
                    assert!(e.to_string().contains(reason), "{e}");
                }
                Err(e) => panic!("{e}"),
                Ok(_) => panic!("loaded without layer {missing}"),
            }
        }
    }

    #[test]
    fn buckets_group_by_length() {
        let e = |n: usize| Encoded {
            ids: vec![1; n],
            type_ids: vec![0; n],
            turn_from: 0,
        };
        let enc = vec![e(9), e(2), e(5), e(3)];
        assert_eq!(length_buckets(&enc, 2), vec![vec![1, 3], vec![2, 0]]);
    }

    #[test]
    fn clipping_keeps_char_boundaries_and_the_right_end() {
        assert_eq!(clip_start("héllo wörld", 4), "héll");
        assert_eq!(clip_end("héllo wörld", 4), "örld");
        assert_eq!(clip_start("短文本", 10), "短文本");
        assert_eq!(clip_end("短文本", 10), "短文本");
        assert_eq!(clip_end("abc", 0), "");
        let huge = "a".repeat(10_000_000);
        assert_eq!(clip_start(&huge, MAX_TOKENS * 12).len(), MAX_TOKENS * 12);
    }
}
