//! Reader for CTranslate2's `model.bin` (binary version 6).
//!
//! The Whisper weights we can reach come packaged for CTranslate2, not for whisper.cpp; this module
//! reads that container so `ggml.rs` can rewrite it. The format: a header, then variables
//! (name, shape, dtype, raw bytes), then aliases (one name pointing at another variable's bytes).

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Element type of a CTranslate2 variable, by its on-disk code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DType {
    F32,
    I8,
    I16,
    I32,
    F16,
    Bf16,
}

impl DType {
    fn from_code(code: u8) -> Option<Self> {
        Some(match code {
            0 => Self::F32,
            1 => Self::I8,
            2 => Self::I16,
            3 => Self::I32,
            4 => Self::F16,
            5 => Self::Bf16,
            _ => return None,
        })
    }

    pub fn size_bytes(self) -> usize {
        match self {
            Self::I8 => 1,
            Self::I16 | Self::F16 | Self::Bf16 => 2,
            Self::F32 | Self::I32 => 4,
        }
    }
}

/// One variable of the model: shape in row-major order (as PyTorch writes it) and raw little-endian bytes.
#[derive(Debug, Clone)]
pub struct Variable {
    pub shape: Vec<usize>,
    pub dtype: DType,
    pub data: Vec<u8>,
}

impl Variable {
    /// The values as f32, whatever the stored float type.
    pub fn to_f32(&self) -> Result<Vec<f32>, Ct2Error> {
        let le2 = |c: &[u8]| u16::from_le_bytes([c[0], c[1]]);
        Ok(match self.dtype {
            DType::F32 => self
                .data
                .chunks_exact(4)
                .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect(),
            DType::F16 => self
                .data
                .chunks_exact(2)
                .map(|c| half::f16::from_bits(le2(c)).to_f32())
                .collect(),
            DType::Bf16 => self
                .data
                .chunks_exact(2)
                .map(|c| half::bf16::from_bits(le2(c)).to_f32())
                .collect(),
            other => return Err(Ct2Error::NotFloat { dtype: other }),
        })
    }

    /// A scalar setting such as `encoder/num_heads`.
    pub fn scalar_i64(&self) -> Option<i64> {
        let d = &self.data;
        match (self.dtype, d.len()) {
            (DType::I8, 1) => Some(d[0] as i8 as i64),
            (DType::I16, 2) => Some(i16::from_le_bytes([d[0], d[1]]) as i64),
            (DType::I32, 4) => Some(i32::from_le_bytes([d[0], d[1], d[2], d[3]]) as i64),
            _ => None,
        }
    }
}

/// A parsed CTranslate2 model: variables by name, aliases resolved to their targets.
#[derive(Debug, Default)]
pub struct Ct2Model {
    pub spec_name: String,
    pub spec_revision: u32,
    pub variables: BTreeMap<String, Variable>,
    pub aliases: BTreeMap<String, String>,
}

#[derive(Debug, thiserror::Error)]
pub enum Ct2Error {
    #[error("cannot read {path}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("not a CTranslate2 model: {reason}")]
    Format { reason: String },
    #[error("unsupported CTranslate2 binary version {got} (expected 6)")]
    Version { got: u32 },
    #[error("variable {name} is missing")]
    Missing { name: String },
    #[error("variable has non-float type {dtype:?}")]
    NotFloat { dtype: DType },
}

fn format_err(reason: impl Into<String>) -> Ct2Error {
    Ct2Error::Format {
        reason: reason.into(),
    }
}

struct Cursor<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Ct2Error> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.buf.len())
            .ok_or_else(|| format_err(format!("truncated at byte {}", self.pos)))?;
        let s = &self.buf[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, Ct2Error> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16, Ct2Error> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }
    fn u32(&mut self) -> Result<u32, Ct2Error> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    /// u16 length including a trailing NUL, then the bytes.
    fn string(&mut self) -> Result<String, Ct2Error> {
        let n = self.u16()? as usize;
        let b = self.take(n)?;
        let b = b.strip_suffix(&[0]).unwrap_or(b);
        String::from_utf8(b.to_vec()).map_err(|_| format_err("a name is not UTF-8"))
    }
}

impl Ct2Model {
    pub fn read(path: &Path) -> Result<Self, Ct2Error> {
        let mut bytes = Vec::new();
        std::fs::File::open(path)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map_err(|source| Ct2Error::Io {
                path: path.to_owned(),
                source,
            })?;
        Self::parse(&bytes)
    }

    pub fn parse(bytes: &[u8]) -> Result<Self, Ct2Error> {
        let mut c = Cursor { buf: bytes, pos: 0 };
        let version = c.u32()?;
        if version != 6 {
            return Err(Ct2Error::Version { got: version });
        }
        let spec_name = c.string()?;
        let spec_revision = c.u32()?;
        let n = c.u32()?;
        let mut variables = BTreeMap::new();
        for _ in 0..n {
            let name = c.string()?;
            let rank = c.u8()? as usize;
            let shape = (0..rank)
                .map(|_| c.u32().map(|d| d as usize))
                .collect::<Result<Vec<_>, _>>()?;
            let code = c.u8()?;
            let dtype = DType::from_code(code)
                .ok_or_else(|| format_err(format!("{name}: unknown dtype code {code}")))?;
            let n_bytes = c.u32()? as usize;
            let expected = shape.iter().product::<usize>() * dtype.size_bytes();
            if n_bytes != expected {
                return Err(format_err(format!(
                    "{name}: {n_bytes} bytes for shape {shape:?} of {dtype:?}"
                )));
            }
            let data = c.take(n_bytes)?.to_vec();
            variables.insert(name, Variable { shape, dtype, data });
        }
        let mut aliases = BTreeMap::new();
        // Older exports end without an alias table.
        if c.pos < bytes.len() {
            let n_aliases = c.u32()?;
            for _ in 0..n_aliases {
                let alias = c.string()?;
                let target = c.string()?;
                aliases.insert(alias, target);
            }
        }
        Ok(Self {
            spec_name,
            spec_revision,
            variables,
            aliases,
        })
    }

    /// A variable by name, following an alias if the name is one.
    pub fn get(&self, name: &str) -> Result<&Variable, Ct2Error> {
        let key = self.aliases.get(name).map(String::as_str).unwrap_or(name);
        self.variables.get(key).ok_or_else(|| Ct2Error::Missing {
            name: name.to_owned(),
        })
    }

    /// Number of `{prefix}/layer_N/...` blocks.
    pub fn count_layers(&self, prefix: &str) -> usize {
        (0..)
            .take_while(|i| {
                let p = format!("{prefix}/layer_{i}/");
                self.variables.keys().any(|k| k.starts_with(&p))
            })
            .count()
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Writes a CTranslate2 v6 file in memory, so parsing can be tested without the real weights.
    pub(crate) fn encode(
        vars: &[(&str, Vec<usize>, u8, Vec<u8>)],
        aliases: &[(&str, &str)],
    ) -> Vec<u8> {
        let mut out = Vec::new();
        let s = |out: &mut Vec<u8>, v: &str| {
            out.extend(((v.len() + 1) as u16).to_le_bytes());
            out.extend(v.as_bytes());
            out.push(0);
        };
        out.extend(6u32.to_le_bytes());
        s(&mut out, "WhisperSpec");
        out.extend(3u32.to_le_bytes());
        out.extend((vars.len() as u32).to_le_bytes());
        for (name, shape, code, data) in vars {
            s(&mut out, name);
            out.push(shape.len() as u8);
            for d in shape {
                out.extend((*d as u32).to_le_bytes());
            }
            out.push(*code);
            out.extend((data.len() as u32).to_le_bytes());
            out.extend(data);
        }
        out.extend((aliases.len() as u32).to_le_bytes());
        for (a, t) in aliases {
            s(&mut out, a);
            s(&mut out, t);
        }
        out
    }

    #[test]
    fn parses_variables_scalars_and_aliases() {
        let w: Vec<u8> = [1.0f32, -2.0]
            .iter()
            .flat_map(|v| half::f16::from_f32(*v).to_bits().to_le_bytes())
            .collect();
        let bytes = encode(
            &[
                ("decoder/embeddings/weight", vec![1, 2], 4, w),
                ("encoder/num_heads", vec![], 2, 6i16.to_le_bytes().to_vec()),
            ],
            &[("decoder/projection/weight", "decoder/embeddings/weight")],
        );
        let m = Ct2Model::parse(&bytes).unwrap();
        assert_eq!(m.spec_name, "WhisperSpec");
        assert_eq!(m.spec_revision, 3);
        assert_eq!(m.get("encoder/num_heads").unwrap().scalar_i64(), Some(6));
        let p = m.get("decoder/projection/weight").unwrap();
        assert_eq!(p.shape, vec![1, 2]);
        assert_eq!(p.to_f32().unwrap(), vec![1.0, -2.0]);
        assert!(matches!(m.get("nope"), Err(Ct2Error::Missing { .. })));
    }

    #[test]
    fn rejects_truncated_and_wrong_version() {
        let bytes = encode(&[("a", vec![4], 0, vec![0; 16])], &[]);
        let err = Ct2Model::parse(&bytes[..bytes.len() - 10]).unwrap_err();
        assert!(matches!(err, Ct2Error::Format { .. }), "{err}");
        let mut v5 = bytes.clone();
        v5[0] = 5;
        assert!(matches!(
            Ct2Model::parse(&v5),
            Err(Ct2Error::Version { got: 5 })
        ));
    }

    #[test]
    fn rejects_byte_count_that_disagrees_with_shape() {
        let bytes = encode(&[("a", vec![4], 0, vec![0; 12])], &[]);
        assert!(matches!(
            Ct2Model::parse(&bytes),
            Err(Ct2Error::Format { .. })
        ));
    }
}
