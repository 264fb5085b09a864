//! A BERT encoder of our own, differentiable end to end.
//!
//! candle-transformers' `BertModel` cannot be fine-tuned: its LayerNorm takes a fused path with no
//! backward pass, so gradients silently stop at every layer norm (`shared/spec/candle-bert-facts.md`).
//! Here LayerNorm and softmax are plain tensor ops when training, and the fused kernels are used only
//! for inference. Variable names mirror the Hugging Face checkpoint (`encoder.layer.N....`), so a
//! `VarBuilder` over `model.safetensors` loads it, and a delta file of trained layers loads on top.

use candle_core::{DType, Module, Result, Tensor, D};
use candle_nn::VarBuilder;

pub use candle_transformers::models::bert::Config;

/// Train mode uses differentiable ops; eval mode uses candle's fused kernels (faster, no backward).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Train,
    Eval,
}

#[derive(Debug, Clone)]
pub struct LayerNorm {
    weight: Tensor,
    bias: Tensor,
    eps: f64,
}

impl LayerNorm {
    pub fn load(vb: VarBuilder, size: usize, eps: f64) -> Result<Self> {
        Ok(Self {
            weight: vb.get(size, "weight")?,
            bias: vb.get(size, "bias")?,
            eps,
        })
    }

    pub fn forward(&self, x: &Tensor, mode: Mode) -> Result<Tensor> {
        if mode == Mode::Eval {
            return candle_nn::ops::layer_norm(x, &self.weight, &self.bias, self.eps as f32);
        }
        let mean = x.mean_keepdim(D::Minus1)?;
        let xc = x.broadcast_sub(&mean)?;
        let var = xc.sqr()?.mean_keepdim(D::Minus1)?;
        let xn = xc.broadcast_div(&(var + self.eps)?.sqrt()?)?;
        xn.broadcast_mul(&self.weight)?.broadcast_add(&self.bias)
    }
}

/// A dense layer that runs as one 2-D matrix product whatever the leading dimensions.
#[derive(Debug, Clone)]
pub struct Linear {
    weight: Tensor,
    weight_t: Tensor,
    bias: Tensor,
}

impl Linear {
    pub fn load(vb: VarBuilder, in_dim: usize, out_dim: usize) -> Result<Self> {
        let weight = vb.get((out_dim, in_dim), "weight")?;
        Ok(Self {
            weight_t: weight.t()?,
            weight,
            bias: vb.get(out_dim, "bias")?,
        })
    }
}

impl Linear {
    /// `gelu(self(x))` with BERT's exact GELU, fused with the product when nothing needs a
    /// gradient.
    pub fn forward_gelu(&self, x: &Tensor) -> Result<Tensor> {
        if let Some(y) = super::fast::linear_gelu(x, &self.weight, &self.bias)? {
            return Ok(y);
        }
        let y = self.forward(x)?;
        match super::fast::gelu_erf(&y)? {
            Some(t) => Ok(t),
            None => y.gelu_erf(),
        }
    }
}

impl Module for Linear {
    fn forward(&self, x: &Tensor) -> Result<Tensor> {
        if let Some(y) = super::fast::linear(x, &self.weight, &self.bias)? {
            return Ok(y);
        }
        let dims = x.dims().to_vec();
        let in_dim = *dims.last().expect("non-scalar input");
        let rows: usize = dims[..dims.len() - 1].iter().product();
        let y = x
            .reshape((rows, in_dim))?
            .matmul(&self.weight_t)?
            .broadcast_add(&self.bias)?;
        let mut out_dims = dims;
        *out_dims.last_mut().expect("non-scalar") = y.dim(1)?;
        y.reshape(out_dims)
    }
}

#[derive(Debug, Clone)]
struct Embeddings {
    word: candle_nn::Embedding,
    position: candle_nn::Embedding,
    token_type: candle_nn::Embedding,
    norm: LayerNorm,
}

#[derive(Debug, Clone)]
struct Layer {
    query: Linear,
    key: Linear,
    value: Linear,
    attn_out: Linear,
    attn_norm: LayerNorm,
    intermediate: Linear,
    output: Linear,
    out_norm: LayerNorm,
    heads: usize,
}

impl Layer {
    fn load(vb: VarBuilder, cfg: &Config) -> Result<Self> {
        let h = cfg.hidden_size;
        let a = vb.pp("attention");
        Ok(Self {
            query: Linear::load(a.pp("self.query"), h, h)?,
            key: Linear::load(a.pp("self.key"), h, h)?,
            value: Linear::load(a.pp("self.value"), h, h)?,
            attn_out: Linear::load(a.pp("output.dense"), h, h)?,
            attn_norm: LayerNorm::load(a.pp("output.LayerNorm"), h, cfg.layer_norm_eps)?,
            intermediate: Linear::load(vb.pp("intermediate.dense"), h, cfg.intermediate_size)?,
            output: Linear::load(vb.pp("output.dense"), cfg.intermediate_size, h)?,
            out_norm: LayerNorm::load(vb.pp("output.LayerNorm"), h, cfg.layer_norm_eps)?,
            heads: cfg.num_attention_heads,
        })
    }

    /// `mask_bias`: [batch, 1, 1, seq], 0 for tokens, a large negative number for padding.
    fn forward(&self, x: &Tensor, mask_bias: &Tensor, mode: Mode) -> Result<Tensor> {
        let (b, s, h) = x.dims3()?;
        let hd = h / self.heads;
        let split = |t: Tensor| {
            t.reshape((b, s, self.heads, hd))?
                .transpose(1, 2)?
                .contiguous()
        };
        let q = split(self.query.forward(x)?)?;
        let k = split(self.key.forward(x)?)?;
        let v = split(self.value.forward(x)?)?;
        let scores = (q.matmul(&k.t()?)? / (hd as f64).sqrt())?.broadcast_add(mask_bias)?;
        let probs = match mode {
            Mode::Train => candle_nn::ops::softmax(&scores, D::Minus1)?,
            Mode::Eval => candle_nn::ops::softmax_last_dim(&scores)?,
        };
        let ctx = probs.matmul(&v)?.transpose(1, 2)?.reshape((b, s, h))?;
        let x = self
            .attn_norm
            .forward(&(self.attn_out.forward(&ctx)? + x)?, mode)?;
        let inter = self.intermediate.forward_gelu(&x)?;
        self.out_norm
            .forward(&(self.output.forward(&inter)? + x)?, mode)
    }
}

/// The encoder: embeddings and a stack of layers, callable in parts so the frozen bottom can be
/// computed once and cached while the top is trained.
#[derive(Debug, Clone)]
pub struct Bert {
    /// Absent in an instance that holds only top layers (training on cached lower layers).
    embeddings: Option<Embeddings>,
    layers: Vec<Layer>,
    pub config: Config,
}

/// Value added to attention scores of padding tokens; finite so half precision stays finite too.
const MASK_VALUE: f64 = -1e4;

impl Bert {
    pub fn load(vb: VarBuilder, cfg: &Config) -> Result<Self> {
        Self::load_layers(vb, cfg, 0..cfg.num_hidden_layers)
    }

    /// Loads the embeddings and layers `layers`, the bottom of a model whose top is trained.
    pub fn load_layers(
        vb: VarBuilder,
        cfg: &Config,
        layers: std::ops::Range<usize>,
    ) -> Result<Self> {
        let mut m = Self::load_top(vb.clone(), cfg, layers)?;
        let e = vb.pp("embeddings");
        let h = cfg.hidden_size;
        m.embeddings = Some(Embeddings {
            word: candle_nn::embedding(cfg.vocab_size, h, e.pp("word_embeddings"))?,
            position: candle_nn::embedding(
                cfg.max_position_embeddings,
                h,
                e.pp("position_embeddings"),
            )?,
            token_type: candle_nn::embedding(
                cfg.type_vocab_size,
                h,
                e.pp("token_type_embeddings"),
            )?,
            norm: LayerNorm::load(e.pp("LayerNorm"), h, cfg.layer_norm_eps)?,
        });
        Ok(m)
    }

    /// Loads only layers `layers`, without embeddings: the part of the model that is trained.
    pub fn load_top(vb: VarBuilder, cfg: &Config, layers: std::ops::Range<usize>) -> Result<Self> {
        let embeddings = None;
        let layers = layers
            .map(|i| Layer::load(vb.pp(format!("encoder.layer.{i}")), cfg))
            .collect::<Result<Vec<_>>>()?;
        Ok(Self {
            embeddings,
            layers,
            config: cfg.clone(),
        })
    }

    /// The word embeddings and a layer's query weights, to check which tensors are shared.
    #[cfg(test)]
    pub(crate) fn probe(&self, layer: usize) -> (Option<&Tensor>, &Tensor) {
        (
            self.embeddings.as_ref().map(|e| e.word.embeddings()),
            &self.layers[layer].query.weight,
        )
    }

    /// Attention bias from a [batch, seq] 0/1 mask.
    pub fn mask_bias(mask: &Tensor) -> Result<Tensor> {
        let (b, s) = mask.dims2()?;
        ((mask.to_dtype(DType::F32)? - 1.0)? * -MASK_VALUE)?.reshape((b, 1, 1, s))
    }

    pub fn embed(&self, ids: &Tensor, type_ids: &Tensor, mode: Mode) -> Result<Tensor> {
        let (_, s) = ids.dims2()?;
        let pos = Tensor::arange(0u32, s as u32, ids.device())?.unsqueeze(0)?;
        let e = self
            .embeddings
            .as_ref()
            .ok_or_else(|| candle_core::Error::Msg("this model part has no embeddings".into()))?;
        let x = e
            .word
            .forward(ids)?
            .broadcast_add(&e.position.forward(&pos)?)?
            .add(&e.token_type.forward(type_ids)?)?;
        e.norm.forward(&x, mode)
    }

    /// Runs layers `range` (indices into this instance's layers) over hidden states `x`.
    pub fn layers(
        &self,
        x: &Tensor,
        mask_bias: &Tensor,
        range: std::ops::Range<usize>,
        mode: Mode,
    ) -> Result<Tensor> {
        let mut x = x.clone();
        for l in &self.layers[range] {
            x = l.forward(&x, mask_bias, mode)?;
        }
        Ok(x)
    }

    pub fn n_layers(&self) -> usize {
        self.layers.len()
    }

    /// Full forward pass: last hidden states [batch, seq, hidden].
    pub fn forward(
        &self,
        ids: &Tensor,
        type_ids: &Tensor,
        mask: &Tensor,
        mode: Mode,
    ) -> Result<Tensor> {
        let x = self.embed(ids, type_ids, mode)?;
        self.layers(&x, &Self::mask_bias(mask)?, 0..self.layers.len(), mode)
    }
}

/// Mean of hidden states over the positions where `weights` is 1 ([batch, seq] f32).
pub fn masked_mean(hidden: &Tensor, weights: &Tensor) -> Result<Tensor> {
    let w = weights.unsqueeze(2)?;
    let sum = hidden.broadcast_mul(&w)?.sum(1)?;
    let count = w.sum(1)?.clamp(1.0, f64::MAX)?;
    sum.broadcast_div(&count)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use candle_core::{Device, Var};
    use candle_nn::VarMap;

    /// A tiny random BERT in a VarMap: every weight is a trainable variable.
    pub(crate) fn tiny_config() -> Config {
        serde_json::from_value(serde_json::json!({
            "vocab_size": 50, "hidden_size": 16, "num_hidden_layers": 2, "num_attention_heads": 2,
            "intermediate_size": 32, "hidden_act": "gelu", "hidden_dropout_prob": 0.0,
            "max_position_embeddings": 32, "type_vocab_size": 2, "initializer_range": 0.02,
            "layer_norm_eps": 1e-12, "pad_token_id": 0, "model_type": "bert"
        }))
        .unwrap()
    }

    /// A random model: VarMap variables start at zero, so fill them deterministically.
    pub(crate) fn random_bert(vm: &VarMap, dev: &Device) -> Bert {
        let bert =
            Bert::load(VarBuilder::from_varmap(vm, DType::F32, dev), &tiny_config()).unwrap();
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let data = vm.data().lock().unwrap();
        let mut names: Vec<&String> = data.keys().collect();
        names.sort();
        for name in names {
            let var = &data[name];
            let n = var.elem_count();
            let base = if name.ends_with("LayerNorm.weight") {
                1.0
            } else {
                0.0
            };
            let vals: Vec<f32> = (0..n)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    base + ((state >> 40) as f32 / (1u64 << 24) as f32 - 0.5) * 0.6
                })
                .collect();
            var.set(&Tensor::from_vec(vals, var.shape(), dev).unwrap())
                .unwrap();
        }
        drop(data);
        bert
    }

    /// The largest absolute difference between two tensors of one shape.
    pub(crate) fn max_gap(a: &Tensor, b: &Tensor) -> f32 {
        (a - b)
            .unwrap()
            .abs()
            .unwrap()
            .max_all()
            .unwrap()
            .to_scalar::<f32>()
            .unwrap()
    }

    pub(crate) fn inputs(dev: &Device) -> (Tensor, Tensor, Tensor) {
        let ids = Tensor::new(&[[2u32, 7, 9, 3, 0], [2, 5, 3, 0, 0]], dev).unwrap();
        let types = Tensor::new(&[[0u32, 0, 1, 1, 0], [0, 1, 1, 0, 0]], dev).unwrap();
        let mask = Tensor::new(&[[1f32, 1., 1., 1., 0.], [1., 1., 1., 0., 0.]], dev).unwrap();
        (ids, types, mask)
    }

    fn loss(bert: &Bert, dev: &Device) -> Tensor {
        let (ids, types, mask) = inputs(dev);
        let h = bert.forward(&ids, &types, &mask, Mode::Train).unwrap();
        masked_mean(&h, &mask)
            .unwrap()
            .sqr()
            .unwrap()
            .sum_all()
            .unwrap()
    }

    #[test]
    fn every_variable_gets_a_gradient_and_one_matches_a_finite_difference() {
        let dev = Device::Cpu;
        let vm = VarMap::new();
        let bert = random_bert(&vm, &dev);
        let l = loss(&bert, &dev);
        let grads = l.backward().unwrap();
        let vars: Vec<(String, Var)> = vm
            .data()
            .lock()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        assert!(vars.len() >= 30, "{} variables", vars.len());
        for (name, var) in &vars {
            let g = grads
                .get(var)
                .unwrap_or_else(|| panic!("{name} received no gradient"));
            let norm = g
                .sqr()
                .unwrap()
                .sum_all()
                .unwrap()
                .to_scalar::<f32>()
                .unwrap();
            assert!(norm > 0.0, "{name} has a zero gradient");
        }
        // Central finite difference on one LayerNorm weight (the op candle's fused path cannot differentiate).
        let (_, var) = vars
            .iter()
            .find(|(n, _)| n == "encoder.layer.0.attention.output.LayerNorm.weight")
            .unwrap();
        let analytic = grads
            .get(var)
            .unwrap()
            .flatten_all()
            .unwrap()
            .to_vec1::<f32>()
            .unwrap()[3] as f64;
        let orig = var
            .as_tensor()
            .flatten_all()
            .unwrap()
            .to_vec1::<f32>()
            .unwrap();
        let eps = 1e-2f32;
        let at = |delta: f32| {
            let mut v = orig.clone();
            v[3] += delta;
            var.set(&Tensor::from_vec(v, orig.len(), &dev).unwrap())
                .unwrap();
            loss(&bert, &dev).to_scalar::<f32>().unwrap() as f64
        };
        let numeric = (at(eps) - at(-eps)) / (2.0 * eps as f64);
        at(0.0);
        assert!(
            (analytic - numeric).abs() <= 1e-2 * analytic.abs().max(1e-3),
            "analytic {analytic} vs numeric {numeric}"
        );
    }

    #[test]
    fn eval_mode_matches_train_mode() {
        let dev = Device::Cpu;
        let vm = VarMap::new();
        let bert = random_bert(&vm, &dev);
        let (ids, types, mask) = inputs(&dev);
        let a = bert.forward(&ids, &types, &mask, Mode::Train).unwrap();
        let b = bert.forward(&ids, &types, &mask, Mode::Eval).unwrap();
        let diff = max_gap(&a, &b);
        assert!(diff < 1e-4, "{diff}");
    }

    #[test]
    fn padding_does_not_change_real_tokens() {
        let dev = Device::Cpu;
        let vm = VarMap::new();
        let bert = random_bert(&vm, &dev);
        let ids = Tensor::new(&[[2u32, 7, 3]], &dev).unwrap();
        let types = Tensor::new(&[[0u32, 0, 0]], &dev).unwrap();
        let mask = Tensor::new(&[[1f32, 1., 1.]], &dev).unwrap();
        let short = bert.forward(&ids, &types, &mask, Mode::Eval).unwrap();
        let ids = Tensor::new(&[[2u32, 7, 3, 0, 0]], &dev).unwrap();
        let types = Tensor::new(&[[0u32, 0, 0, 0, 0]], &dev).unwrap();
        let mask = Tensor::new(&[[1f32, 1., 1., 0., 0.]], &dev).unwrap();
        let long = bert
            .forward(&ids, &types, &mask, Mode::Eval)
            .unwrap()
            .narrow(1, 0, 3)
            .unwrap();
        let diff = max_gap(&short, &long);
        assert!(diff < 1e-4, "{diff}");
    }
}
