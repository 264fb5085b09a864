//! Writes a whisper.cpp ggml model from a CTranslate2 Whisper model.
//!
//! whisper.cpp loads only its own legacy ggml file: magic, hyper-parameters, an 80-bin mel filterbank,
//! the byte-level vocabulary, then tensors under OpenAI's names. The CTranslate2 export renames and
//! fuses tensors (Q/K/V in one matrix) and drops the filterbank and byte vocabulary, so we rebuild them.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::ct2::{Ct2Error, Ct2Model};

const GGML_MAGIC: u32 = 0x6767_6d6c;
const SAMPLE_RATE_HZ: f64 = 16_000.0;
const N_FFT: usize = 400;
const GGML_TYPE_F32: i32 = 0;
const GGML_TYPE_F16: i32 = 1;
const GGML_TYPE_Q8_0: i32 = 8;
const Q8_0_BLOCK: usize = 32;

/// Storage type of the big 2-D weights (conv kernels stay f16, vectors f32, as whisper.cpp expects).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WeightType {
    F16,
    Q8_0,
}

impl WeightType {
    /// The `ftype` whisper.cpp reads from the header (ggml's `GGML_FTYPE_*`).
    fn ftype(self) -> i32 {
        match self {
            Self::F16 => 1,
            Self::Q8_0 => 7,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Self::F16 => "f16",
            Self::Q8_0 => "q8_0",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum GgmlError {
    #[error(transparent)]
    Ct2(#[from] Ct2Error),
    #[error("cannot read the vocabulary {path}")]
    Vocab {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error(
        "vocabulary has {got} tokens before end-of-text, the model's embedding has {expected} rows"
    )]
    VocabSize { got: usize, expected: usize },
    #[error("unexpected shape {shape:?} for {name}")]
    Shape { name: String, shape: Vec<usize> },
    #[error("writing the ggml model failed")]
    Write(#[from] io::Error),
}

/// Model dimensions, derived from tensor shapes plus the two head counts CTranslate2 stores as scalars.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hparams {
    pub n_vocab: usize,
    pub n_audio_ctx: usize,
    pub n_audio_state: usize,
    pub n_audio_head: usize,
    pub n_audio_layer: usize,
    pub n_text_ctx: usize,
    pub n_text_state: usize,
    pub n_text_head: usize,
    pub n_text_layer: usize,
    pub n_mels: usize,
}

impl Hparams {
    pub fn from_ct2(m: &Ct2Model) -> Result<Self, GgmlError> {
        let shape = |name: &str| m.get(name).map(|v| v.shape.clone());
        let heads = |name: &str| -> Result<usize, GgmlError> {
            let v = m.get(name)?;
            v.scalar_i64()
                .filter(|h| *h > 0)
                .map(|h| h as usize)
                .ok_or_else(|| GgmlError::Shape {
                    name: name.into(),
                    shape: v.shape.clone(),
                })
        };
        let emb = shape("decoder/embeddings/weight")?;
        let conv1 = shape("encoder/conv1/weight")?;
        let dec_pos = shape("decoder/position_encodings/encodings")?;
        if emb.len() != 2 || conv1.len() != 3 || dec_pos.len() != 2 {
            return Err(GgmlError::Shape {
                name: "decoder/embeddings/weight".into(),
                shape: emb,
            });
        }
        let n_audio_state = conv1[0];
        // whisper's encoder sees 3000 mel frames, halved by conv2's stride: 1500 positions.
        let n_audio_ctx = match m.get("encoder/position_encodings/encodings") {
            Ok(v) => v.shape[0],
            Err(_) => 1500,
        };
        Ok(Self {
            n_vocab: emb[0],
            n_audio_ctx,
            n_audio_state,
            n_audio_head: heads("encoder/num_heads")?,
            n_audio_layer: m.count_layers("encoder"),
            n_text_ctx: dec_pos[0],
            n_text_state: emb[1],
            n_text_head: heads("decoder/num_heads")?,
            n_text_layer: m.count_layers("decoder"),
            n_mels: conv1[1],
        })
    }

    /// whisper.cpp calls a model multilingual when its vocabulary has the extra language tokens.
    pub fn is_multilingual(&self) -> bool {
        self.n_vocab >= 51865
    }

    /// Tensor count whisper.cpp expects to load.
    pub fn n_tensors(&self) -> usize {
        11 + 15 * self.n_audio_layer + 24 * self.n_text_layer
    }
}

/// One tensor to write: OpenAI's name, ggml dims (fastest first) and f32 values.
#[derive(Debug)]
pub struct OutTensor {
    pub name: String,
    pub ne: Vec<usize>,
    pub kind: TensorKind,
    pub values: Vec<f32>,
}

/// What whisper.cpp expects the stored type of a tensor to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TensorKind {
    /// 1-D vectors, conv biases and positional embeddings.
    F32,
    /// Conv kernels: f16 even in a quantized model.
    Conv,
    /// 2-D weight matrices: f16 or quantized.
    Matrix,
}

/// Maps every CTranslate2 variable whisper.cpp needs to its OpenAI name and ggml layout.
pub fn map_tensors(m: &Ct2Model, hp: &Hparams) -> Result<Vec<OutTensor>, GgmlError> {
    let mut out = Vec::with_capacity(hp.n_tensors());
    let mut push = |name: String, ne: Vec<usize>, kind: TensorKind, values: Vec<f32>| {
        out.push(OutTensor {
            name,
            ne,
            kind,
            values,
        })
    };
    let var = |name: &str| -> Result<(Vec<usize>, Vec<f32>), GgmlError> {
        let v = m.get(name)?;
        Ok((v.shape.clone(), v.to_f32()?))
    };
    // Row-major [rows, cols] is ggml [cols, rows] with the same bytes.
    let matrix = |name: &str| -> Result<(Vec<usize>, Vec<f32>), GgmlError> {
        let (s, v) = var(name)?;
        if s.len() != 2 {
            return Err(GgmlError::Shape {
                name: name.into(),
                shape: s,
            });
        }
        Ok((vec![s[1], s[0]], v))
    };
    let d = hp.n_audio_state;

    let (s, v) = match var("encoder/position_encodings/encodings") {
        Ok(x) => x,
        Err(_) => (vec![hp.n_audio_ctx, d], sinusoids(hp.n_audio_ctx, d)),
    };
    push(
        "encoder.positional_embedding".into(),
        vec![s[1], s[0]],
        TensorKind::F32,
        v,
    );
    for c in ["conv1", "conv2"] {
        let (s, v) = var(&format!("encoder/{c}/weight"))?;
        push(
            format!("encoder.{c}.weight"),
            vec![s[2], s[1], s[0]],
            TensorKind::Conv,
            v,
        );
        let (s, v) = var(&format!("encoder/{c}/bias"))?;
        push(
            format!("encoder.{c}.bias"),
            vec![1, s[0]],
            TensorKind::F32,
            v,
        );
    }
    push_norm(&mut push, &var, "encoder/layer_norm", "encoder.ln_post")?;

    let (s, v) = var("decoder/position_encodings/encodings")?;
    push(
        "decoder.positional_embedding".into(),
        vec![s[1], s[0]],
        TensorKind::F32,
        v,
    );
    let (ne, v) = matrix("decoder/embeddings/weight")?;
    push(
        "decoder.token_embedding.weight".into(),
        ne,
        TensorKind::Matrix,
        v,
    );
    push_norm(&mut push, &var, "decoder/layer_norm", "decoder.ln")?;

    for (side, n_layers) in [("encoder", hp.n_audio_layer), ("decoder", hp.n_text_layer)] {
        for l in 0..n_layers {
            let src = format!("{side}/layer_{l}");
            let dst = format!("{side}.blocks.{l}");
            let sa = format!("{src}/self_attention");
            push_norm(
                &mut push,
                &var,
                &format!("{sa}/layer_norm"),
                &format!("{dst}.attn_ln"),
            )?;
            let (ne, w) = matrix(&format!("{sa}/linear_0/weight"))?;
            let (_, b) = var(&format!("{sa}/linear_0/bias"))?;
            split_fused(
                &mut push,
                &dst,
                "attn",
                &["query", "key", "value"],
                ne,
                &w,
                &b,
            )?;
            push_linear(
                &mut push,
                &matrix,
                &var,
                &format!("{sa}/linear_1"),
                &format!("{dst}.attn.out"),
            )?;
            if side == "decoder" {
                let ca = format!("{src}/attention");
                let cdst = format!("{dst}.cross_attn");
                push_norm(
                    &mut push,
                    &var,
                    &format!("{ca}/layer_norm"),
                    &format!("{cdst}_ln"),
                )?;
                push_linear(
                    &mut push,
                    &matrix,
                    &var,
                    &format!("{ca}/linear_0"),
                    &format!("{cdst}.query"),
                )?;
                let (ne, w) = matrix(&format!("{ca}/linear_1/weight"))?;
                let (_, b) = var(&format!("{ca}/linear_1/bias"))?;
                split_fused(&mut push, &dst, "cross_attn", &["key", "value"], ne, &w, &b)?;
                push_linear(
                    &mut push,
                    &matrix,
                    &var,
                    &format!("{ca}/linear_2"),
                    &format!("{cdst}.out"),
                )?;
            }
            let ffn = format!("{src}/ffn");
            push_norm(
                &mut push,
                &var,
                &format!("{ffn}/layer_norm"),
                &format!("{dst}.mlp_ln"),
            )?;
            push_linear(
                &mut push,
                &matrix,
                &var,
                &format!("{ffn}/linear_0"),
                &format!("{dst}.mlp.0"),
            )?;
            push_linear(
                &mut push,
                &matrix,
                &var,
                &format!("{ffn}/linear_1"),
                &format!("{dst}.mlp.2"),
            )?;
        }
    }
    Ok(out)
}

type Loaded = Result<(Vec<usize>, Vec<f32>), GgmlError>;

fn push_norm(
    push: &mut impl FnMut(String, Vec<usize>, TensorKind, Vec<f32>),
    var: &impl Fn(&str) -> Loaded,
    ct2: &str,
    ggml: &str,
) -> Result<(), GgmlError> {
    let (s, g) = var(&format!("{ct2}/gamma"))?;
    push(format!("{ggml}.weight"), s, TensorKind::F32, g);
    let (s, b) = var(&format!("{ct2}/beta"))?;
    push(format!("{ggml}.bias"), s, TensorKind::F32, b);
    Ok(())
}

fn push_linear(
    push: &mut impl FnMut(String, Vec<usize>, TensorKind, Vec<f32>),
    matrix: &impl Fn(&str) -> Loaded,
    var: &impl Fn(&str) -> Loaded,
    ct2: &str,
    ggml: &str,
) -> Result<(), GgmlError> {
    let (ne, w) = matrix(&format!("{ct2}/weight"))?;
    push(format!("{ggml}.weight"), ne, TensorKind::Matrix, w);
    let (s, b) = var(&format!("{ct2}/bias"))?;
    push(format!("{ggml}.bias"), s, TensorKind::F32, b);
    Ok(())
}

/// Splits a fused projection (rows stacked as Q,K,V or K,V) into whisper.cpp's separate tensors.
/// whisper.cpp has no key bias (CTranslate2 stores it as zeros), so that one is dropped.
fn split_fused(
    push: &mut impl FnMut(String, Vec<usize>, TensorKind, Vec<f32>),
    dst: &str,
    attn: &str,
    parts: &[&str],
    ne: Vec<usize>,
    w: &[f32],
    b: &[f32],
) -> Result<(), GgmlError> {
    let cols = ne[0];
    let rows = ne[1] / parts.len();
    if rows * parts.len() != ne[1] || b.len() != ne[1] {
        return Err(GgmlError::Shape {
            name: format!("{dst}.{attn} (fused)"),
            shape: vec![ne[1], ne[0]],
        });
    }
    for (i, part) in parts.iter().enumerate() {
        let wpart = w[i * rows * cols..(i + 1) * rows * cols].to_vec();
        push(
            format!("{dst}.{attn}.{part}.weight"),
            vec![cols, rows],
            TensorKind::Matrix,
            wpart,
        );
        if *part != "key" {
            let bpart = b[i * rows..(i + 1) * rows].to_vec();
            push(
                format!("{dst}.{attn}.{part}.bias"),
                vec![rows],
                TensorKind::F32,
                bpart,
            );
        }
    }
    Ok(())
}

/// Whisper's fixed sinusoidal encoder positions, for exports that omit them.
fn sinusoids(length: usize, channels: usize) -> Vec<f32> {
    let half = channels / 2;
    let log_inc = (10_000f64).ln() / (half as f64 - 1.0);
    let mut out = vec![0f32; length * channels];
    for t in 0..length {
        for i in 0..half {
            let x = t as f64 * (-log_inc * i as f64).exp();
            out[t * channels + i] = x.sin() as f32;
            out[t * channels + half + i] = x.cos() as f32;
        }
    }
    out
}

/// Slaney-style mel filterbank as librosa computes it (`librosa.filters.mel(sr=16000, n_fft=400)`),
/// row-major `n_mels x (n_fft/2+1)`. whisper.cpp computes its log-mel input with these weights.
pub fn mel_filterbank(n_mels: usize) -> Vec<f32> {
    let n_freqs = N_FFT / 2 + 1;
    const F_SP: f64 = 200.0 / 3.0;
    const MIN_LOG_HZ: f64 = 1000.0;
    let min_log_mel = MIN_LOG_HZ / F_SP;
    let logstep = 6.4f64.ln() / 27.0;
    let hz_to_mel = |hz: f64| {
        if hz >= MIN_LOG_HZ {
            min_log_mel + (hz / MIN_LOG_HZ).ln() / logstep
        } else {
            hz / F_SP
        }
    };
    let mel_to_hz = |mel: f64| {
        if mel >= min_log_mel {
            MIN_LOG_HZ * (logstep * (mel - min_log_mel)).exp()
        } else {
            F_SP * mel
        }
    };
    let linspace = |a: f64, b: f64, n: usize| -> Vec<f64> {
        let step = (b - a) / (n - 1) as f64;
        let mut v: Vec<f64> = (0..n).map(|i| a + i as f64 * step).collect();
        v[n - 1] = b;
        v
    };
    let fft_freqs = linspace(0.0, SAMPLE_RATE_HZ / 2.0, n_freqs);
    let mel_f: Vec<f64> = linspace(hz_to_mel(0.0), hz_to_mel(SAMPLE_RATE_HZ / 2.0), n_mels + 2)
        .into_iter()
        .map(mel_to_hz)
        .collect();
    let mut weights = vec![0f32; n_mels * n_freqs];
    for i in 0..n_mels {
        let (lo, mid, hi) = (mel_f[i], mel_f[i + 1], mel_f[i + 2]);
        let enorm = 2.0 / (hi - lo);
        for (j, &f) in fft_freqs.iter().enumerate() {
            let lower = (f - lo) / (mid - lo);
            let upper = (hi - f) / (hi - mid);
            weights[i * n_freqs + j] = (lower.min(upper).max(0.0) * enorm) as f32;
        }
    }
    weights
}

/// GPT-2's reversible byte-to-unicode table, inverted: the vocabulary file stores each token's bytes
/// as printable characters, whisper.cpp wants the raw bytes.
fn unicode_to_byte() -> std::collections::HashMap<char, u8> {
    let mut printable: Vec<u32> = (b'!' as u32..=b'~' as u32).collect();
    printable.extend(0xA1..=0xAC);
    printable.extend(0xAE..=0xFF);
    let mut map = std::collections::HashMap::new();
    let mut extra = 0u32;
    for b in 0u32..256 {
        let c = if printable.contains(&b) {
            b
        } else {
            extra += 1;
            255 + extra
        };
        map.insert(char::from_u32(c).expect("valid code point"), b as u8);
    }
    map
}

/// Reads `vocabulary.txt` (one token a line, in id order) and returns the byte strings of the ids
/// below end-of-text. Blank lines are tokens too (id 50256 of the multilingual vocabulary).
pub fn read_vocabulary(path: &Path) -> Result<Vec<Vec<u8>>, GgmlError> {
    let text = std::fs::read_to_string(path).map_err(|source| GgmlError::Vocab {
        path: path.to_owned(),
        source,
    })?;
    Ok(decode_vocabulary(&text))
}

pub fn decode_vocabulary(text: &str) -> Vec<Vec<u8>> {
    let table = unicode_to_byte();
    text.split('\n')
        .take_while(|t| *t != "<|endoftext|>")
        .map(|tok| {
            tok.chars()
                .map(|c| table.get(&c).copied().unwrap_or(b'?'))
                .collect()
        })
        .collect()
}

fn le_i32(w: &mut impl Write, v: usize) -> io::Result<()> {
    w.write_all(&(v as i32).to_le_bytes())
}

/// Quantizes one row-major run of values to ggml's Q8_0 blocks: an f16 scale and 32 signed bytes.
pub fn quantize_q8_0(values: &[f32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(values.len() / Q8_0_BLOCK * 34);
    for block in values.chunks(Q8_0_BLOCK) {
        let amax = block.iter().fold(0f32, |m, v| m.max(v.abs()));
        let d = amax / 127.0;
        let id = if d != 0.0 { 1.0 / d } else { 0.0 };
        out.extend(half::f16::from_f32(d).to_bits().to_le_bytes());
        out.extend(block.iter().map(|v| (v * id).round() as i8 as u8));
    }
    out
}

/// Writes the whole ggml file.
pub fn write_ggml(
    w: &mut impl Write,
    hp: &Hparams,
    tensors: &[OutTensor],
    vocab: &[Vec<u8>],
    wtype: WeightType,
) -> Result<(), GgmlError> {
    let expected_vocab = if hp.is_multilingual() { 50257 } else { 50256 };
    if vocab.len() != expected_vocab {
        return Err(GgmlError::VocabSize {
            got: vocab.len(),
            expected: expected_vocab,
        });
    }
    w.write_all(&GGML_MAGIC.to_le_bytes())?;
    for v in [
        hp.n_vocab,
        hp.n_audio_ctx,
        hp.n_audio_state,
        hp.n_audio_head,
        hp.n_audio_layer,
        hp.n_text_ctx,
        hp.n_text_state,
        hp.n_text_head,
        hp.n_text_layer,
        hp.n_mels,
    ] {
        le_i32(w, v)?;
    }
    w.write_all(&wtype.ftype().to_le_bytes())?;
    le_i32(w, hp.n_mels)?;
    le_i32(w, N_FFT / 2 + 1)?;
    for f in mel_filterbank(hp.n_mels) {
        w.write_all(&f.to_le_bytes())?;
    }
    le_i32(w, vocab.len())?;
    for tok in vocab {
        le_i32(w, tok.len())?;
        w.write_all(tok)?;
    }
    for t in tensors {
        let (ttype, bytes) = encode_tensor(t, wtype);
        le_i32(w, t.ne.len())?;
        le_i32(w, t.name.len())?;
        w.write_all(&ttype.to_le_bytes())?;
        for &d in &t.ne {
            le_i32(w, d)?;
        }
        w.write_all(t.name.as_bytes())?;
        w.write_all(&bytes)?;
    }
    Ok(())
}

fn encode_tensor(t: &OutTensor, wtype: WeightType) -> (i32, Vec<u8>) {
    let f16 = |v: &[f32]| -> Vec<u8> {
        v.iter()
            .flat_map(|x| half::f16::from_f32(*x).to_bits().to_le_bytes())
            .collect()
    };
    match (t.kind, wtype) {
        (TensorKind::F32, _) => (
            GGML_TYPE_F32,
            t.values.iter().flat_map(|x| x.to_le_bytes()).collect(),
        ),
        (TensorKind::Matrix, WeightType::Q8_0) if t.ne[0].is_multiple_of(Q8_0_BLOCK) => {
            (GGML_TYPE_Q8_0, quantize_q8_0(&t.values))
        }
        _ => (GGML_TYPE_F16, f16(&t.values)),
    }
}

/// Converts a CTranslate2 Whisper folder (model.bin + vocabulary.txt) to a ggml file.
pub fn convert(
    model_bin: &Path,
    vocabulary: &Path,
    out: &mut impl Write,
    wtype: WeightType,
) -> Result<Hparams, GgmlError> {
    let m = Ct2Model::read(model_bin)?;
    let hp = Hparams::from_ct2(&m)?;
    let tensors = map_tensors(&m, &hp)?;
    drop(m);
    let vocab = read_vocabulary(vocabulary)?;
    write_ggml(out, &hp, &tensors, &vocab, wtype)?;
    Ok(hp)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::ct2::tests::encode;

    fn f16_bytes(n: usize, v: f32) -> Vec<u8> {
        (0..n)
            .flat_map(|_| half::f16::from_f32(v).to_bits().to_le_bytes())
            .collect()
    }

    /// A whisper-shaped CTranslate2 model with one layer each side and tiny dimensions.
    fn tiny_model(d: usize, vocab: usize) -> Ct2Model {
        let mut vars: Vec<(String, Vec<usize>, u8, Vec<u8>)> = vec![
            (
                "encoder/num_heads".into(),
                vec![],
                2,
                2i16.to_le_bytes().to_vec(),
            ),
            (
                "decoder/num_heads".into(),
                vec![],
                2,
                2i16.to_le_bytes().to_vec(),
            ),
            (
                "encoder/conv1/weight".into(),
                vec![d, 80, 3],
                4,
                f16_bytes(d * 240, 0.5),
            ),
            ("encoder/conv1/bias".into(), vec![d], 4, f16_bytes(d, 0.1)),
            (
                "encoder/conv2/weight".into(),
                vec![d, d, 3],
                4,
                f16_bytes(d * d * 3, 0.5),
            ),
            ("encoder/conv2/bias".into(), vec![d], 4, f16_bytes(d, 0.1)),
            (
                "decoder/embeddings/weight".into(),
                vec![vocab, d],
                4,
                f16_bytes(vocab * d, 1.0),
            ),
            (
                "decoder/position_encodings/encodings".into(),
                vec![448, d],
                4,
                f16_bytes(448 * d, 0.0),
            ),
        ];
        let mut norm = |p: String| {
            vars.push((format!("{p}/gamma"), vec![d], 4, f16_bytes(d, 1.0)));
            vars.push((format!("{p}/beta"), vec![d], 4, f16_bytes(d, 0.0)));
        };
        norm("encoder/layer_norm".into());
        norm("decoder/layer_norm".into());
        for side in ["encoder", "decoder"] {
            let p = format!("{side}/layer_0");
            norm(format!("{p}/self_attention/layer_norm"));
            norm(format!("{p}/ffn/layer_norm"));
            if side == "decoder" {
                norm(format!("{p}/attention/layer_norm"));
            }
        }
        for side in ["encoder", "decoder"] {
            let p = format!("{side}/layer_0");
            let mut lin = |name: String, rows: usize, cols: usize| {
                vars.push((
                    format!("{name}/weight"),
                    vec![rows, cols],
                    4,
                    f16_bytes(rows * cols, 0.25),
                ));
                vars.push((format!("{name}/bias"), vec![rows], 4, f16_bytes(rows, 0.0)));
            };
            lin(format!("{p}/self_attention/linear_0"), 3 * d, d);
            lin(format!("{p}/self_attention/linear_1"), d, d);
            lin(format!("{p}/ffn/linear_0"), 4 * d, d);
            lin(format!("{p}/ffn/linear_1"), d, 4 * d);
            if side == "decoder" {
                lin(format!("{p}/attention/linear_0"), d, d);
                lin(format!("{p}/attention/linear_1"), 2 * d, d);
                lin(format!("{p}/attention/linear_2"), d, d);
            }
        }
        let refs: Vec<(&str, Vec<usize>, u8, Vec<u8>)> = vars
            .iter()
            .map(|(n, s, c, b)| (n.as_str(), s.clone(), *c, b.clone()))
            .collect();
        Ct2Model::parse(&encode(
            &refs,
            &[("decoder/projection/weight", "decoder/embeddings/weight")],
        ))
        .unwrap()
    }

    #[test]
    fn maps_every_tensor_whisper_cpp_expects_with_its_layout() {
        let m = tiny_model(64, 51864);
        let hp = Hparams::from_ct2(&m).unwrap();
        assert_eq!(
            (hp.n_audio_layer, hp.n_text_layer, hp.n_audio_head),
            (1, 1, 2)
        );
        assert_eq!((hp.n_audio_ctx, hp.n_text_ctx, hp.n_mels), (1500, 448, 80));
        assert!(!hp.is_multilingual());
        let t = map_tensors(&m, &hp).unwrap();
        assert_eq!(t.len(), hp.n_tensors());
        let names: std::collections::HashSet<_> = t.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names.len(), t.len(), "duplicate names");
        let by = |n: &str| {
            t.iter()
                .find(|t| t.name == n)
                .unwrap_or_else(|| panic!("{n}"))
        };
        assert_eq!(by("encoder.conv1.weight").ne, vec![3, 80, 64]);
        assert_eq!(by("encoder.conv1.bias").ne, vec![1, 64]);
        assert_eq!(by("encoder.positional_embedding").ne, vec![64, 1500]);
        assert_eq!(by("decoder.token_embedding.weight").ne, vec![64, 51864]);
        // The token embedding is also the decoder's output projection (the logits over the whole
        // vocabulary, every decoded token): a q8_0 model stores it quantized, not in f16.
        let te = by("decoder.token_embedding.weight");
        assert_eq!(encode_tensor(te, WeightType::Q8_0).0, GGML_TYPE_Q8_0);
        assert_eq!(encode_tensor(te, WeightType::F16).0, GGML_TYPE_F16);
        // Conv kernels stay f16 (whisper.cpp's im2col needs it).
        let conv = by("encoder.conv1.weight");
        assert_eq!(encode_tensor(conv, WeightType::Q8_0).0, GGML_TYPE_F16);
        assert_eq!(by("encoder.blocks.0.attn.key.weight").ne, vec![64, 64]);
        assert_eq!(
            by("decoder.blocks.0.cross_attn.value.weight").ne,
            vec![64, 64]
        );
        assert_eq!(by("decoder.blocks.0.mlp.2.weight").ne, vec![256, 64]);
        assert!(!names.contains("encoder.blocks.0.attn.key.bias"));
        assert!(names.contains("decoder.blocks.0.cross_attn_ln.weight"));
        // Missing encoder positions fall back to sinusoids: sin(0)=0, cos(0)=1.
        let pe = by("encoder.positional_embedding");
        assert_eq!((pe.values[0], pe.values[32]), (0.0, 1.0));
    }

    #[test]
    fn split_fused_keeps_row_order() {
        let mut got = Vec::new();
        let mut push =
            |n: String, ne: Vec<usize>, _k: TensorKind, v: Vec<f32>| got.push((n, ne, v));
        // 3 parts of 1 row x 2 cols each.
        let w = [1., 2., 3., 4., 5., 6.];
        let b = [7., 0., 9.];
        split_fused(
            &mut push,
            "x",
            "attn",
            &["query", "key", "value"],
            vec![2, 3],
            &w,
            &b,
        )
        .unwrap();
        let names: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "x.attn.query.weight",
                "x.attn.query.bias",
                "x.attn.key.weight",
                "x.attn.value.weight",
                "x.attn.value.bias"
            ]
        );
        assert_eq!(got[2].2, vec![3., 4.]);
        assert_eq!(got[4].2, vec![9.]);
    }

    #[test]
    fn mel_filterbank_matches_librosa_values() {
        // Reference values from librosa.filters.mel(sr=16000, n_fft=400, n_mels=80), float32.
        let fb = mel_filterbank(80);
        assert_eq!(fb.len(), 80 * 201);
        let at = |m: usize, k: usize| fb[m * 201 + k];
        for (m, k, want) in [
            (0, 1, 0.024_862_595_f32),
            (1, 2, 0.022_871_772),
            (60, 95, 0.002_728_930_4),
            (79, 199, 0.000_448_759),
            (79, 198, 0.000_897_518),
            (0, 0, 0.0),
            (40, 41, 0.0),
        ] {
            assert!(
                (at(m, k) - want).abs() <= want * 1e-6,
                "[{m},{k}] {} vs {want}",
                at(m, k)
            );
        }
        let sum: f64 = fb.iter().map(|v| *v as f64).sum();
        assert!((sum - 1.999_024_092_387_117).abs() < 1e-5, "{sum}");
        // Each filter is a triangle: non-negative, non-empty.
        for m in 0..80 {
            let row = &fb[m * 201..(m + 1) * 201];
            assert!(
                row.iter().all(|v| *v >= 0.0) && row.iter().any(|v| *v > 0.0),
                "filter {m}"
            );
        }
    }

    #[test]
    fn vocabulary_bytes_round_trip_gpt2_mapping() {
        // "Ġ" is the space byte, "Ċ" newline, "Ã©" the two UTF-8 bytes of "é"; the blank line is a token.
        let v = decode_vocabulary("!\nĠhello\nĊ\nÃ©\n\n<|endoftext|>\nignored");
        assert_eq!(
            v,
            vec![
                b"!".to_vec(),
                b" hello".to_vec(),
                b"\n".to_vec(),
                "é".as_bytes().to_vec(),
                vec![]
            ]
        );
    }

    #[test]
    fn q8_0_blocks_round_trip_within_a_step() {
        let vals: Vec<f32> = (0..64).map(|i| (i as f32 - 31.5) / 10.0).collect();
        let q = quantize_q8_0(&vals);
        assert_eq!(q.len(), 2 * 34);
        for (b, block) in vals.chunks(32).enumerate() {
            let raw = &q[b * 34..(b + 1) * 34];
            let d = half::f16::from_bits(u16::from_le_bytes([raw[0], raw[1]])).to_f32();
            for (i, v) in block.iter().enumerate() {
                let back = raw[2 + i] as i8 as f32 * d;
                assert!((back - v).abs() <= d * 0.51 + 1e-3, "{back} vs {v}");
            }
        }
    }

    #[test]
    fn writes_header_filterbank_vocab_and_tensors() {
        let m = tiny_model(64, 51864);
        let hp = Hparams::from_ct2(&m).unwrap();
        let t = map_tensors(&m, &hp).unwrap();
        let vocab: Vec<Vec<u8>> = (0..50256).map(|i| format!("t{i}").into_bytes()).collect();
        let mut buf = Vec::new();
        write_ggml(&mut buf, &hp, &t, &vocab, WeightType::F16).unwrap();
        let rd = |o: usize| i32::from_le_bytes(buf[o..o + 4].try_into().unwrap());
        assert_eq!(rd(0) as u32, GGML_MAGIC);
        assert_eq!(rd(4), 51864);
        assert_eq!(rd(44), 1, "ftype f16");
        assert_eq!((rd(48), rd(52)), (80, 201));
        let vocab_at = 56 + 80 * 201 * 4;
        assert_eq!(rd(vocab_at), 50256);
        let short = &vocab[..10];
        assert!(matches!(
            write_ggml(&mut Vec::new(), &hp, &t, short, WeightType::F16),
            Err(GgmlError::VocabSize { .. })
        ));
    }
}
