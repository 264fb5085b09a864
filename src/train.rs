//! Fine-tuning the classifier with candle: cached frozen layers, trained top layers and head,
//! stable binary cross-entropy, AdamW, a fixed seed, dev-set early stopping, and per-pattern
//! thresholds calibrated on the dev set.
//!
//! Only the top `trained_layers` encoder layers and the head are trained. The layers below are
//! frozen, so their output for each window is computed once and cached: an epoch then costs only
//! the trained layers' forward and backward passes (`shared/spec/candle-bert-facts.md`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use candle_core::{DType, Device, Module, Tensor, Var};
use candle_nn::{AdamW, Optimizer, ParamsAdamW, VarBuilder, VarMap};

use crate::classifier::bert::{self, Bert, Mode};
use crate::classifier::{
    self, make_batch, BaseInfo, ClassifierError, Encoded, Manifest, WindowTokenizer, CONTEXT_TURNS,
    MANIFEST_FILE, MAX_TOKENS, WEIGHTS_FILE,
};
use crate::corpus::{label_vector, Call};
use crate::eval::metrics::{best_threshold, Counts};
use crate::patterns::{self, N_PATTERNS};
use crate::transcript::{judged_windows, windows, Speaker, Window};

#[derive(Debug, Clone, serde::Serialize)]
pub struct TrainOptions {
    pub seed: u64,
    pub max_epochs: usize,
    /// Epochs without a better dev measure (`select`) before stopping.
    pub patience: usize,
    /// Encoder layers trained, counted from the top (0 trains the head only).
    pub trained_layers: usize,
    pub batch: usize,
    pub lr_layers: f64,
    pub lr_head: f64,
    pub weight_decay: f64,
    /// Dropout on the pooled turn vector while training.
    pub dropout: f32,
    /// What picks the epoch whose weights are kept (and stops training when it stops improving).
    pub select: Select,
}

/// The dev measure that chooses the epoch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Select {
    /// Lowest dev loss (calibrated probabilities).
    DevLoss,
    /// Highest dev call-level macro F1, each pattern at its own best threshold (what the
    /// detector is judged on: a pattern is in a call when any window reaches its threshold).
    DevF1,
}

impl Default for TrainOptions {
    fn default() -> Self {
        Self {
            seed: 20261129,
            max_epochs: 6,
            patience: 2,
            trained_layers: 2,
            batch: 32,
            lr_layers: 5e-5,
            lr_head: 2e-3,
            weight_decay: 0.01,
            dropout: 0.1,
            select: Select::DevF1,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum TrainError {
    #[error(transparent)]
    Classifier(#[from] ClassifierError),
    #[error("training computation failed")]
    Candle(#[from] candle_core::Error),
    #[error("{0} has no agent turns to learn from")]
    NoData(&'static str),
    #[error("cannot write {path}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("training diverged at epoch {epoch}: the dev loss is {loss}")]
    Diverged { epoch: usize, loss: f64 },
    #[error("the encoder has {layers} layers; cannot train {asked}")]
    Layers { layers: usize, asked: usize },
}

/// A judged turn with its true labels.
#[derive(Debug, Clone)]
pub struct Example {
    pub window: Window,
    pub labels: [f32; N_PATTERNS],
    /// Index of the call in its corpus.
    pub call: usize,
}

/// One example per agent turn of every call (what training learns from: the turn labels are
/// the truth of the whole turn).
pub fn examples(calls: &[Call]) -> Vec<Example> {
    examples_of(calls, windows)
}

/// The windows inference judges (turns, plus the sentences of long turns, each sentence with its
/// turn's labels): what dev loss and threshold calibration see, so the thresholds are chosen on
/// the same maxima that decide a call.
pub fn judged_examples(calls: &[Call]) -> Vec<Example> {
    examples_of(calls, judged_windows)
}

/// How a call's turns become windows (`windows` or `judged_windows`).
type MakeWindows = fn(&[(Speaker, &str)], usize) -> Vec<Window>;

fn examples_of(calls: &[Call], make: MakeWindows) -> Vec<Example> {
    let mut out = Vec::new();
    for (ci, call) in calls.iter().enumerate() {
        let turns: Vec<(Speaker, &str)> = call
            .turns
            .iter()
            .map(|t| (t.speaker, t.text.as_str()))
            .collect();
        for w in make(&turns, CONTEXT_TURNS) {
            let labels = label_vector(&call.turns[w.turn].labels);
            out.push(Example {
                window: w,
                labels,
                call: ci,
            });
        }
    }
    out
}

/// Small deterministic generator (xorshift64*): the seed alone decides shuffles and the head init.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub fn uniform(&mut self) -> f32 {
        (self.next_u64() >> 40) as f32 / (1u64 << 24) as f32
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Binary cross-entropy on logits, in the stable form `max(x,0) - x*y + log(1 + exp(-|x|))`
/// (candle-nn's version takes sigmoid then log and returns NaN on confident logits).
pub fn bce_with_logits(logits: &Tensor, targets: &Tensor) -> candle_core::Result<Tensor> {
    let pos = logits.relu()?;
    let xy = (logits * targets)?;
    let soft = ((logits.abs()?.neg()?.exp()? + 1.0)?).log()?;
    ((pos - xy)? + soft)?.mean_all()
}

/// Frozen-layer outputs of one window: [tokens, hidden], plus its pooling weights.
struct Cached {
    hidden: Tensor,
    pool: Vec<f32>,
}

fn cache_bottom(
    bottom: &Bert,
    split: usize,
    enc: &[Encoded],
    dev: &Device,
) -> candle_core::Result<Vec<Cached>> {
    let mut out: Vec<Option<Cached>> = (0..enc.len()).map(|_| None).collect();
    for idx in classifier::length_buckets(enc, 64) {
        let items: Vec<&Encoded> = idx.iter().map(|&i| &enc[i]).collect();
        let b = make_batch(&items, dev)?;
        let x = bottom.embed(&b.ids, &b.type_ids, Mode::Eval)?;
        let h = bottom.layers(&x, &Bert::mask_bias(&b.mask)?, 0..split, Mode::Eval)?;
        for (k, &i) in idx.iter().enumerate() {
            let len = enc[i].ids.len();
            let pool = enc[i].pool().collect();
            out[i] = Some(Cached {
                // A fresh tensor of its own: `copy()` would clone the whole batch's storage.
                hidden: Tensor::from_vec(
                    h.get(k)?
                        .narrow(0, 0, len)?
                        .flatten_all()?
                        .to_vec1::<f32>()?,
                    (len, h.dim(2)?),
                    dev,
                )?,
                pool,
            });
        }
    }
    Ok(out
        .into_iter()
        .map(|c| c.expect("every window cached"))
        .collect())
}

/// Pads cached windows into one batch: hidden [b, len, h], mask bias, pooling weights.
fn cached_batch(items: &[&Cached], dev: &Device) -> candle_core::Result<(Tensor, Tensor, Tensor)> {
    let len = items.iter().map(|c| c.pool.len()).max().unwrap_or(1);
    let mut hs = Vec::with_capacity(items.len());
    let mut mask = vec![0f32; items.len() * len];
    let mut pool = vec![0f32; items.len() * len];
    for (i, c) in items.iter().enumerate() {
        let n = c.pool.len();
        hs.push(c.hidden.pad_with_zeros(0, 0, len - n)?);
        mask[i * len..i * len + n].iter_mut().for_each(|m| *m = 1.0);
        pool[i * len..i * len + n].copy_from_slice(&c.pool);
    }
    let mask = Tensor::from_vec(mask, (items.len(), len), dev)?;
    Ok((
        Tensor::stack(&hs, 0)?,
        Bert::mask_bias(&mask)?,
        Tensor::from_vec(pool, (items.len(), len), dev)?,
    ))
}

struct Trainable {
    top: Bert,
    head: bert::Linear,
    n_top: usize,
}

impl Trainable {
    /// `keep`: a dropout mask over the pooled vectors (already scaled), in training only.
    fn logits(
        &self,
        c: &[&Cached],
        mode: Mode,
        keep: Option<&Tensor>,
        dev: &Device,
    ) -> candle_core::Result<Tensor> {
        let (h, bias, pool) = cached_batch(c, dev)?;
        let h = self.top.layers(&h, &bias, 0..self.n_top, mode)?;
        let pooled = bert::masked_mean(&h, &pool)?;
        let pooled = match keep {
            Some(k) => (pooled * k)?,
            None => pooled,
        };
        self.head.forward(&pooled)
    }

    /// Probabilities and mean loss over a set of cached windows.
    fn evaluate(
        &self,
        cached: &[Cached],
        labels: &[[f32; N_PATTERNS]],
        dev: &Device,
    ) -> candle_core::Result<(Vec<[f32; N_PATTERNS]>, f64)> {
        let mut probs = vec![[0f32; N_PATTERNS]; cached.len()];
        let mut loss_sum = 0.0;
        let idx: Vec<usize> = (0..cached.len()).collect();
        for chunk in idx.chunks(64) {
            let items: Vec<&Cached> = chunk.iter().map(|&i| &cached[i]).collect();
            let logits = self.logits(&items, Mode::Eval, None, dev)?;
            let y: Vec<f32> = chunk.iter().flat_map(|&i| labels[i]).collect();
            let y = Tensor::from_vec(y, (chunk.len(), N_PATTERNS), dev)?;
            loss_sum +=
                bce_with_logits(&logits, &y)?.to_scalar::<f32>()? as f64 * chunk.len() as f64;
            let p = candle_nn::ops::sigmoid(&logits)?.to_vec2::<f32>()?;
            for (k, &i) in chunk.iter().enumerate() {
                probs[i].copy_from_slice(&p[k]);
            }
        }
        Ok((probs, loss_sum / cached.len().max(1) as f64))
    }
}

/// Per-pattern turn-level counts at the given thresholds.
pub fn turn_counts(
    probs: &[[f32; N_PATTERNS]],
    labels: &[[f32; N_PATTERNS]],
    thr: &[f32; N_PATTERNS],
) -> Vec<Counts> {
    let mut c = vec![Counts::default(); N_PATTERNS];
    for (p, y) in probs.iter().zip(labels) {
        for k in 0..N_PATTERNS {
            c[k].add(p[k] >= thr[k], y[k] > 0.5);
        }
    }
    c
}

fn macro_f1(c: &[Counts]) -> f64 {
    c.iter().map(Counts::f1).sum::<f64>() / c.len() as f64
}

/// The least call recall per pattern that verdict-level threshold tuning may trade away for
/// fewer false alarms (the detection target per pattern).
const RECALL_FLOOR: f64 = 0.85;

/// Dev window probabilities folded to what decides a verdict. A long turn is judged whole and
/// sentence by sentence, each window carrying its turn's labels, so window-level counts would
/// count a turn several times and charge its clean sentences as misses: turns are scored by their
/// highest window, calls by their highest turn.
struct DevMaxima {
    turn_probs: Vec<[f32; N_PATTERNS]>,
    turn_labels: Vec<[f32; N_PATTERNS]>,
    call_max: Vec<[f32; N_PATTERNS]>,
    call_truth: Vec<[bool; N_PATTERNS]>,
}

impl DevMaxima {
    fn fold(examples: &[Example], probs: &[[f32; N_PATTERNS]], n_calls: usize) -> Self {
        let mut turns: BTreeMap<(usize, usize), ([f32; N_PATTERNS], [f32; N_PATTERNS])> =
            BTreeMap::new();
        let mut call_max = vec![[0f32; N_PATTERNS]; n_calls];
        let mut call_truth = vec![[false; N_PATTERNS]; n_calls];
        for (e, p) in examples.iter().zip(probs) {
            let t = turns
                .entry((e.call, e.window.turn))
                .or_insert(([0.0; N_PATTERNS], e.labels));
            for k in 0..N_PATTERNS {
                t.0[k] = t.0[k].max(p[k]);
                call_max[e.call][k] = call_max[e.call][k].max(p[k]);
                call_truth[e.call][k] |= e.labels[k] > 0.5;
            }
        }
        let (turn_probs, turn_labels) = turns.into_values().unzip();
        Self {
            turn_probs,
            turn_labels,
            call_max,
            call_truth,
        }
    }

    /// Each pattern's threshold with the best call-level F1 on these calls.
    fn thresholds(&self) -> [f32; N_PATTERNS] {
        std::array::from_fn(|k| {
            let scores: Vec<f32> = self.call_max.iter().map(|v| v[k]).collect();
            let truth: Vec<bool> = self.call_truth.iter().map(|v| v[k]).collect();
            best_threshold(&scores, &truth)
        })
    }

    /// Thresholds tuned for the call verdict (deceptive when any pattern is present), starting
    /// from each pattern's own best: seven thresholds each tuned alone add up seven sources of
    /// false alarms on an honest call. Each threshold is moved in turn to the value with the best
    /// verdict F1 on the dev calls, never letting its pattern's call recall fall below
    /// `RECALL_FLOOR` (or below its recall at its own best threshold, where that is lower).
    fn verdict_thresholds(&self) -> [f32; N_PATTERNS] {
        let mut thr = self.thresholds();
        let floors: [f64; N_PATTERNS] = std::array::from_fn(|k| {
            let c = self.call_counts(&thr)[k];
            c.recall().min(RECALL_FLOOR)
        });
        for _round in 0..3 {
            for k in 0..N_PATTERNS {
                let current = thr[k];
                let mut best = (self.verdict_counts(&thr).f1(), current);
                for t in (6..=18).map(|i| i as f32 * 0.05) {
                    let mut trial = thr;
                    trial[k] = t;
                    if self.call_counts(&trial)[k].recall() + 1e-12 < floors[k] {
                        continue;
                    }
                    let f = self.verdict_counts(&trial).f1();
                    let closer = (t - current).abs() < (best.1 - current).abs();
                    if f > best.0 + 1e-12 || ((f - best.0).abs() <= 1e-12 && closer) {
                        best = (f, t);
                    }
                }
                thr[k] = best.1;
            }
        }
        thr
    }

    /// Call verdict counts: flagged when any pattern reaches its threshold.
    fn verdict_counts(&self, thr: &[f32; N_PATTERNS]) -> Counts {
        let mut c = Counts::default();
        for (m, y) in self.call_max.iter().zip(&self.call_truth) {
            c.add(
                (0..N_PATTERNS).any(|k| m[k] >= thr[k]),
                y.iter().any(|&b| b),
            );
        }
        c
    }

    fn call_counts(&self, thr: &[f32; N_PATTERNS]) -> Vec<Counts> {
        let mut c = vec![Counts::default(); N_PATTERNS];
        for (m, y) in self.call_max.iter().zip(&self.call_truth) {
            for k in 0..N_PATTERNS {
                c[k].add(m[k] >= thr[k], y[k]);
            }
        }
        c
    }

    fn turn_counts(&self, thr: &[f32; N_PATTERNS]) -> Vec<Counts> {
        turn_counts(&self.turn_probs, &self.turn_labels, thr)
    }
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct EpochLog {
    pub epoch: usize,
    pub train_loss: f64,
    pub dev_loss: f64,
    /// Turn-level macro F1 at 0.5, each turn scored by its highest window.
    pub dev_turn_macro_f1_at_0_5: f64,
    /// Call-level macro F1, each pattern at its best threshold on these calls.
    pub dev_call_macro_f1: f64,
    pub seconds: f64,
}

/// What training produced, for the CLI to print and the manifest to keep.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TrainReport {
    pub epochs: Vec<EpochLog>,
    pub best_epoch: usize,
    pub thresholds: BTreeMap<String, f32>,
    /// Turn-level F1 per pattern at the calibrated thresholds (turns scored by their highest
    /// window).
    pub dev_turn_f1: BTreeMap<String, f64>,
    pub dev_macro_f1: f64,
    /// Call-level F1 per pattern at the calibrated thresholds.
    pub dev_call_f1: BTreeMap<String, f64>,
    pub dev_call_macro_f1: f64,
    /// Call verdict (any pattern present) on the dev calls at the calibrated thresholds.
    pub dev_verdict: Counts,
    /// Each pattern's best threshold alone, before the thresholds were tuned together for the
    /// verdict.
    pub pattern_thresholds: BTreeMap<String, f32>,
    pub train_windows: usize,
    pub dev_windows: usize,
    pub cache_seconds: f64,
    pub total_seconds: f64,
}

pub struct TrainInputs<'a> {
    pub encoder_dir: &'a Path,
    pub base: BaseInfo,
    pub train: &'a [Call],
    pub dev: &'a [Call],
    /// sha256 of the training and dev files, recorded for reproducibility.
    pub data: serde_json::Value,
    pub out_dir: &'a Path,
    /// The command that reproduces this training, recorded in the manifest.
    pub reproduce: String,
}

pub fn train(inp: TrainInputs, opts: &TrainOptions) -> Result<TrainReport, TrainError> {
    let started = Instant::now();
    let dev = Device::Cpu;
    let config: bert::Config =
        classifier::read_json(&inp.encoder_dir.join("config.json"), "encoder config")?;
    let n_layers = config.num_hidden_layers;
    if opts.trained_layers > n_layers {
        return Err(TrainError::Layers {
            layers: n_layers,
            asked: opts.trained_layers,
        });
    }
    let split = n_layers - opts.trained_layers;
    let train_ex = examples(inp.train);
    let dev_ex = judged_examples(inp.dev);
    if train_ex.is_empty() {
        return Err(TrainError::NoData("the training set"));
    }
    if dev_ex.is_empty() {
        return Err(TrainError::NoData("the dev set"));
    }
    let tok = WindowTokenizer::load(inp.encoder_dir)?;
    let enc_train = tok.encode(
        &train_ex
            .iter()
            .map(|e| e.window.clone())
            .collect::<Vec<_>>(),
    )?;
    let enc_dev = tok.encode(&dev_ex.iter().map(|e| e.window.clone()).collect::<Vec<_>>())?;
    let weights = inp.encoder_dir.join("model.safetensors");
    // SAFETY: read-only memory map of a file nobody writes while training runs.
    let base_vb = unsafe { VarBuilder::from_mmaped_safetensors(&[&weights], DType::F32, &dev)? };
    let bottom = Bert::load_layers(base_vb.clone(), &config, 0..split)?;
    tracing::info!(
        "caching layers 0..{split} for {} train and {} dev windows",
        enc_train.len(),
        enc_dev.len()
    );
    let t = Instant::now();
    let cache_train = cache_bottom(&bottom, split, &enc_train, &dev)?;
    let cache_dev = cache_bottom(&bottom, split, &enc_dev, &dev)?;
    drop(bottom);
    let cache_seconds = t.elapsed().as_secs_f64();
    tracing::info!("cached in {cache_seconds:.0} s");

    // Trainable part: top layers initialized from the base weights, head from the seed.
    let varmap = VarMap::new();
    let vb = VarBuilder::from_varmap(&varmap, DType::F32, &dev);
    let top = Bert::load_top(vb.clone(), &config, split..n_layers)?;
    let head = bert::Linear::load(vb.pp("classifier"), config.hidden_size, N_PATTERNS)?;
    let mut rng = Rng::new(opts.seed);
    let (mut layer_vars, mut head_vars): (Vec<Var>, Vec<Var>) = (Vec::new(), Vec::new());
    {
        let data = varmap.data().lock().expect("varmap lock");
        let mut names: Vec<&String> = data.keys().collect();
        names.sort();
        for name in names {
            let var = &data[name];
            if name.starts_with("classifier.") {
                let bound = 1.0 / (config.hidden_size as f32).sqrt();
                let vals: Vec<f32> = if name.ends_with("weight") {
                    (0..var.elem_count())
                        .map(|_| (rng.uniform() * 2.0 - 1.0) * bound)
                        .collect()
                } else {
                    vec![0.0; var.elem_count()]
                };
                var.set(&Tensor::from_vec(vals, var.shape(), &dev)?)?;
                head_vars.push(var.clone());
            } else {
                var.set(&base_vb.get(var.shape(), name)?)?;
                layer_vars.push(var.clone());
            }
        }
    }
    let model = Trainable {
        top,
        head,
        n_top: opts.trained_layers,
    };
    let adamw = |vars: Vec<Var>, lr: f64| {
        AdamW::new(
            vars,
            ParamsAdamW {
                lr,
                weight_decay: opts.weight_decay,
                ..Default::default()
            },
        )
    };
    let mut opt_layers = if layer_vars.is_empty() {
        None
    } else {
        Some(adamw(layer_vars, opts.lr_layers)?)
    };
    let mut opt_head = adamw(head_vars, opts.lr_head)?;

    let train_labels: Vec<[f32; N_PATTERNS]> = train_ex.iter().map(|e| e.labels).collect();
    let dev_labels: Vec<[f32; N_PATTERNS]> = dev_ex.iter().map(|e| e.labels).collect();
    std::fs::create_dir_all(inp.out_dir).map_err(|source| TrainError::Write {
        path: inp.out_dir.to_owned(),
        source,
    })?;
    let weights_out = inp.out_dir.join(WEIGHTS_FILE);
    let mut best: Option<(f64, usize, DevMaxima)> = None;
    let mut epochs = Vec::new();
    for epoch in 1..=opts.max_epochs {
        let t = Instant::now();
        // Shuffle, then sort within chunks by length so batches carry little padding.
        let mut order: Vec<usize> = (0..cache_train.len()).collect();
        rng.shuffle(&mut order);
        for chunk in order.chunks_mut(opts.batch * 8) {
            chunk.sort_by_key(|&i| cache_train[i].pool.len());
        }
        let mut batches: Vec<Vec<usize>> =
            order.chunks(opts.batch).map(<[usize]>::to_vec).collect();
        rng.shuffle(&mut batches);
        let mut loss_sum = 0.0;
        for b in &batches {
            let items: Vec<&Cached> = b.iter().map(|&i| &cache_train[i]).collect();
            let hidden = config.hidden_size;
            let keep: Vec<f32> = (0..b.len() * hidden)
                .map(|_| {
                    if rng.uniform() < opts.dropout {
                        0.0
                    } else {
                        1.0 / (1.0 - opts.dropout)
                    }
                })
                .collect();
            let keep = Tensor::from_vec(keep, (b.len(), hidden), &dev)?;
            let logits = model.logits(&items, Mode::Train, Some(&keep), &dev)?;
            let y: Vec<f32> = b.iter().flat_map(|&i| train_labels[i]).collect();
            let loss =
                bce_with_logits(&logits, &Tensor::from_vec(y, (b.len(), N_PATTERNS), &dev)?)?;
            let grads = loss.backward()?;
            if let Some(o) = opt_layers.as_mut() {
                o.step(&grads)?;
            }
            opt_head.step(&grads)?;
            loss_sum += loss.to_scalar::<f32>()? as f64 * b.len() as f64;
        }
        let (dev_probs, dev_loss) = model.evaluate(&cache_dev, &dev_labels, &dev)?;
        // NaN probabilities would vanish in the maxima below (f32::max ignores NaN) and leave a
        // plausible-looking F1: stop instead.
        if !dev_loss.is_finite() {
            return Err(TrainError::Diverged {
                epoch,
                loss: dev_loss,
            });
        }
        let folded = DevMaxima::fold(&dev_ex, &dev_probs, inp.dev.len());
        let turn_f1 = macro_f1(&folded.turn_counts(&[0.5; N_PATTERNS]));
        let call_f1 = macro_f1(&folded.call_counts(&folded.thresholds()));
        let log = EpochLog {
            epoch,
            train_loss: loss_sum / cache_train.len() as f64,
            dev_loss,
            dev_turn_macro_f1_at_0_5: turn_f1,
            dev_call_macro_f1: call_f1,
            seconds: t.elapsed().as_secs_f64(),
        };
        tracing::info!(
            "epoch {epoch}: train loss {:.4}, dev loss {:.4}, dev turn macro-F1 {:.3}, call macro-F1 {:.3} ({:.0} s)",
            log.train_loss,
            log.dev_loss,
            turn_f1,
            call_f1,
            log.seconds
        );
        epochs.push(log);
        // Lower is better for both: the loss, or the negated F1.
        let measure = match opts.select {
            Select::DevLoss => dev_loss,
            Select::DevF1 => -call_f1,
        };
        if best.as_ref().is_none_or(|b| measure < b.0) {
            varmap.save(&weights_out)?;
            best = Some((measure, epoch, folded));
        } else if epoch - best.as_ref().map_or(0, |b| b.1) >= opts.patience {
            tracing::info!(
                "the dev measure ({:?}) has not improved for {} epochs: stopping",
                opts.select,
                opts.patience
            );
            break;
        }
    }
    let (_, best_epoch, folded) = best.expect("at least one epoch ran");
    // Thresholds are chosen where they act: a pattern is in a call when any of its windows
    // reaches the threshold, so each is calibrated on call-level F1 over the dev calls, then
    // tuned together for the call verdict.
    let thr = folded.verdict_thresholds();
    let by_pattern = |thr: [f32; N_PATTERNS]| -> BTreeMap<String, f32> {
        patterns::PATTERNS
            .iter()
            .zip(thr)
            .map(|(p, t)| (p.id.to_owned(), t))
            .collect()
    };
    let thresholds = by_pattern(thr);
    let per_pattern = |counts: &[Counts]| -> BTreeMap<String, f64> {
        patterns::PATTERNS
            .iter()
            .zip(counts)
            .map(|(p, c)| (p.id.to_owned(), round4(c.f1())))
            .collect()
    };
    let turn_counts = folded.turn_counts(&thr);
    let call_counts = folded.call_counts(&thr);
    let report = TrainReport {
        epochs,
        best_epoch,
        dev_macro_f1: round4(macro_f1(&turn_counts)),
        thresholds: thresholds.clone(),
        dev_turn_f1: per_pattern(&turn_counts),
        dev_call_f1: per_pattern(&call_counts),
        dev_call_macro_f1: round4(macro_f1(&call_counts)),
        dev_verdict: folded.verdict_counts(&thr),
        pattern_thresholds: by_pattern(folded.thresholds()),
        train_windows: train_ex.len(),
        dev_windows: dev_ex.len(),
        cache_seconds,
        total_seconds: started.elapsed().as_secs_f64(),
    };
    let manifest = Manifest {
        base: inp.base,
        trained_layers: (split..n_layers).collect(),
        thresholds,
        context_turns: CONTEXT_TURNS,
        max_tokens: MAX_TOKENS,
        training: serde_json::json!({
            "options": opts,
            "data": inp.data,
            "report": report,
            "reproduce": inp.reproduce,
        }),
    };
    let path = inp.out_dir.join(MANIFEST_FILE);
    let text = serde_json::to_string_pretty(&manifest).expect("manifest serializes") + "\n";
    std::fs::write(&path, text).map_err(|source| TrainError::Write { path, source })?;
    Ok(report)
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_bce_is_finite_on_confident_logits_and_matches_the_formula() {
        let dev = Device::Cpu;
        let x = Tensor::new(&[[-200f32, 0.0, 200.0]], &dev).unwrap();
        let y = Tensor::new(&[[0f32, 1.0, 1.0]], &dev).unwrap();
        let l = bce_with_logits(&x, &y).unwrap().to_scalar::<f32>().unwrap();
        // Terms: 0, ln 2, 0.
        assert!((l - std::f32::consts::LN_2 / 3.0).abs() < 1e-6, "{l}");
        let y = Tensor::new(&[[1f32, 0.0, 0.0]], &dev).unwrap();
        let l = bce_with_logits(&x, &y).unwrap().to_scalar::<f32>().unwrap();
        assert!(
            l.is_finite() && (l - (200.0 + std::f32::consts::LN_2 + 200.0) / 3.0).abs() < 1e-3,
            "{l}"
        );
    }

    #[test]
    fn rng_is_deterministic_and_shuffle_is_a_permutation() {
        let mut a = Rng::new(7);
        let mut b = Rng::new(7);
        assert_eq!(
            (0..5).map(|_| a.next_u64()).collect::<Vec<_>>(),
            (0..5).map(|_| b.next_u64()).collect::<Vec<_>>()
        );
        let mut v: Vec<usize> = (0..100).collect();
        Rng::new(3).shuffle(&mut v);
        assert_ne!(v, (0..100).collect::<Vec<_>>());
        v.sort();
        assert_eq!(v, (0..100).collect::<Vec<_>>());
    }

    #[test]
    fn examples_are_agent_turns_with_their_labels() {
        let text = r#"{"id": "a", "deceptive": true, "labels": ["code_request"], "turns": [{"speaker": "agent", "text": "hi", "labels": []}, {"speaker": "customer", "text": "yes", "labels": []}, {"speaker": "agent", "text": "read me the code", "labels": ["code_request"]}]}"#;
        let c = crate::corpus::Corpus::parse(Path::new("x"), text);
        let calls: Vec<Call> = c.calls.into_iter().map(|(_, c)| c).collect();
        let ex = examples(&calls);
        assert_eq!(ex.len(), 2);
        assert_eq!(ex[1].window.turn, 2);
        assert_eq!(ex[1].labels[patterns::index("code_request").unwrap()], 1.0);
        assert_eq!(ex[0].labels, [0.0; N_PATTERNS]);
    }

    #[test]
    fn dev_maxima_score_a_turn_by_its_best_window_and_a_call_by_its_best_turn() {
        let k = patterns::index("pressure").unwrap();
        let ex = |call, turn, label: bool| Example {
            window: Window {
                turn,
                context: String::new(),
                target: String::new(),
                sentence: None,
            },
            labels: std::array::from_fn(|i| if i == k && label { 1.0 } else { 0.0 }),
            call,
        };
        let p = |v: f32| std::array::from_fn(|i| if i == k { v } else { 0.0 });
        // Call 0: a long pressure turn judged whole (0.3) and as two sentences (0.9, 0.1).
        // Call 1: an honest call with one clean turn.
        let examples = [
            ex(0, 1, true),
            ex(0, 1, true),
            ex(0, 1, true),
            ex(1, 0, false),
        ];
        let probs = [p(0.3), p(0.9), p(0.1), p(0.2)];
        let m = DevMaxima::fold(&examples, &probs, 2);
        assert_eq!(m.turn_probs.len(), 2, "one row per turn, not per window");
        let c = &m.turn_counts(&[0.5; N_PATTERNS])[k];
        assert_eq!(
            (c.tp, c.fp, c.fn_),
            (1, 0, 0),
            "the clean sentence is not a miss"
        );
        assert_eq!(m.call_max[0][k], 0.9);
        assert!(m.call_truth[0][k] && !m.call_truth[1][k]);
        let c = &m.call_counts(&[0.95; N_PATTERNS])[k];
        assert_eq!((c.tp, c.fn_), (0, 1));
        // Every threshold from 0.3 to 0.9 separates 0.9 from 0.2: the tie goes to 0.5.
        assert_eq!(m.thresholds()[k], 0.5);
    }

    /// One dev call: its (pattern, highest score) pairs and its true patterns.
    type Row<'a> = (&'a [(usize, f32)], &'a [usize]);

    /// Calls with the given maxima and true patterns.
    fn calls(rows: &[Row]) -> DevMaxima {
        DevMaxima {
            turn_probs: Vec::new(),
            turn_labels: Vec::new(),
            call_max: rows
                .iter()
                .map(|(s, _)| {
                    std::array::from_fn(|i| s.iter().find(|x| x.0 == i).map_or(0.0, |x| x.1))
                })
                .collect(),
            call_truth: rows
                .iter()
                .map(|(_, t)| std::array::from_fn(|i| t.contains(&i)))
                .collect(),
        }
    }

    #[test]
    fn verdict_tuning_stops_at_the_recall_floor() {
        let (a, b) = (
            patterns::index("abuse").unwrap(),
            patterns::index("pressure").unwrap(),
        );
        // 20 pressure calls, all beside abuse (found at 0.95): 17 score 0.72 on pressure, 3 only
        // 0.52. Two honest calls reach 0.6 and 0.68 on pressure. For the verdict alone,
        // pressure's threshold could rise past 0.72 (abuse finds every deceptive call); the floor
        // keeps 17 of its 20 calls (0.85), so it stops at 0.7, above both false alarms.
        let mut rows: Vec<(Vec<_>, Vec<_>)> = (0..20)
            .map(|i| {
                let p = if i < 17 { 0.72 } else { 0.52 };
                (vec![(a, 0.95), (b, p)], vec![a, b])
            })
            .collect();
        rows.push((vec![(b, 0.6)], vec![]));
        rows.push((vec![(b, 0.68)], vec![]));
        rows.extend((0..20).map(|_| (vec![], vec![])));
        let view: Vec<Row> = rows
            .iter()
            .map(|(s, t)| (s.as_slice(), t.as_slice()))
            .collect();
        let m = calls(&view);
        assert_eq!(
            m.verdict_counts(&m.thresholds()).fp,
            2,
            "alone, pressure keeps 0.52"
        );
        let tuned = m.verdict_thresholds();
        assert!((tuned[b] - 0.7).abs() < 1e-6, "{tuned:?}");
        assert_eq!(m.verdict_counts(&tuned).fp, 0);
        assert!(m.call_counts(&tuned)[b].recall() >= RECALL_FLOOR);
        // One step more would take pressure's recall under the floor (and is not taken).
        let mut more = tuned;
        more[b] += 0.05;
        assert!(m.call_counts(&more)[b].recall() < RECALL_FLOOR);
    }

    #[test]
    fn verdict_tuning_drops_false_alarms_that_cost_no_recall_below_the_floor() {
        let (a, b) = (
            patterns::index("abuse").unwrap(),
            patterns::index("pressure").unwrap(),
        );
        let mut m = DevMaxima {
            turn_probs: Vec::new(),
            turn_labels: Vec::new(),
            call_max: Vec::new(),
            call_truth: Vec::new(),
        };
        let mut call = |scores: &[(usize, f32)], truth: &[usize]| {
            m.call_max.push(std::array::from_fn(|i| {
                scores.iter().find(|s| s.0 == i).map_or(0.0, |s| s.1)
            }));
            m.call_truth
                .push(std::array::from_fn(|i| truth.contains(&i)));
        };
        // Pressure: 20 calls at 0.95, and 2 calls where it scores 0.4 beside abuse (found at
        // 0.9); 20 more abuse calls; one honest call reaches 0.45 on pressure.
        for _ in 0..20 {
            call(&[(b, 0.95)], &[b]);
        }
        for _ in 0..2 {
            call(&[(a, 0.9), (b, 0.4)], &[a, b]);
        }
        for _ in 0..20 {
            call(&[(a, 0.9)], &[a]);
        }
        call(&[(b, 0.45)], &[]);
        for _ in 0..40 {
            call(&[], &[]);
        }
        let alone = m.thresholds();
        let tuned = m.verdict_thresholds();
        let (before, after) = (m.verdict_counts(&alone), m.verdict_counts(&tuned));
        // Alone, pressure keeps the 0.4 calls (F1 44/45) and with them the honest call.
        assert!((alone[b] - 0.4).abs() < 1e-6, "{alone:?}");
        assert_eq!((before.fp, before.tp), (1, 42), "{before:?}");
        // Together, abuse already flags those two calls: pressure's threshold rises above the
        // honest call, keeping 20/22 = 0.91 of its calls (above the floor), and no call is lost.
        assert!(tuned[b] > 0.45, "{tuned:?}");
        assert_eq!((after.fp, after.tp), (0, 42), "{after:?}");
        assert!(m.call_counts(&tuned)[b].recall() >= RECALL_FLOOR);
    }
}
