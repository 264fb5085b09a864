//! Which inputs a run takes: a reproducible random sample and one shard of N.
//!
//! Both are decided by a hash of the input's key alone (SHA-256, first 8 bytes), never by list
//! order, so that workers on different machines, each listing the shared folder in its own
//! order, agree on who does which call, and a QA sample drawn with the same seed is the same
//! sample tomorrow (adding files only adds candidates; it never reshuffles the old ones).

use sha2::{Digest, Sha256};

use super::inputs::CallInput;

/// `K/N`: worker K (counting from 1) of N.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub k: u32,
    pub n: u32,
}

impl std::str::FromStr for Shard {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || format!("{s:?} is not K/N with 1 <= K <= N (e.g. 3/16)");
        let (k, n) = s.split_once('/').ok_or_else(bad)?;
        let k: u32 = k.trim().parse().map_err(|_| bad())?;
        let n: u32 = n.trim().parse().map_err(|_| bad())?;
        if k == 0 || n == 0 || k > n {
            return Err(bad());
        }
        Ok(Self { k, n })
    }
}

impl std::fmt::Display for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.k, self.n)
    }
}

/// Stable 64-bit hash of a key, salted (the salt keeps sample and shard independent).
pub fn stable_hash(salt: &str, key: &str) -> u64 {
    let mut h = Sha256::new();
    h.update(salt.as_bytes());
    h.update([0u8]);
    h.update(key.as_bytes());
    let d = h.finalize();
    u64::from_be_bytes(d[..8].try_into().expect("8 bytes"))
}

/// The shard an input key belongs to, counting from 1.
pub fn shard_of(key: &str, n: u32) -> u32 {
    (stable_hash("shard", key) % u64::from(n)) as u32 + 1
}

/// Keeps the inputs of shard K.
pub fn shard(inputs: Vec<CallInput>, s: Shard) -> Vec<CallInput> {
    inputs
        .into_iter()
        .filter(|c| shard_of(&c.key, s.n) == s.k)
        .collect()
}

/// A seeded random sample of `n` inputs: those with the smallest seeded hash, in input order.
pub fn sample(inputs: Vec<CallInput>, n: usize, seed: u64) -> Vec<CallInput> {
    if n >= inputs.len() {
        return inputs;
    }
    let salt = format!("sample:{seed}");
    let mut ranked: Vec<(u64, usize)> = inputs
        .iter()
        .enumerate()
        .map(|(i, c)| (stable_hash(&salt, &c.key), i))
        .collect();
    ranked.sort_unstable();
    let mut keep: Vec<usize> = ranked[..n].iter().map(|(_, i)| *i).collect();
    keep.sort_unstable();
    let mut out = Vec::with_capacity(n);
    let mut it = keep.into_iter().peekable();
    for (i, c) in inputs.into_iter().enumerate() {
        if it.peek() == Some(&i) {
            out.push(c);
            it.next();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::batch::inputs::Metadata;

    fn inputs(n: usize) -> Vec<CallInput> {
        (0..n)
            .map(|i| CallInput {
                key: format!("calls/{i:05}.wav"),
                path: format!("calls/{i:05}.wav").into(),
                shown: String::new(),
                meta: Metadata::default(),
                invalid: None,
            })
            .collect()
    }

    #[test]
    fn shard_parses_and_refuses_nonsense() {
        assert_eq!("3/16".parse::<Shard>(), Ok(Shard { k: 3, n: 16 }));
        for bad in ["0/4", "5/4", "3", "a/b", "1/0", ""] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }

    #[test]
    fn shards_cover_every_input_exactly_once_and_are_balanced() {
        let all = inputs(2000);
        let mut seen = std::collections::HashMap::new();
        for k in 1..=7 {
            let part = shard(all.clone(), Shard { k, n: 7 });
            // 2000/7 ~ 286; a fair hash stays well inside +-25%.
            assert!(
                (214..=357).contains(&part.len()),
                "shard {k}: {}",
                part.len()
            );
            for c in part {
                *seen.entry(c.key).or_insert(0) += 1;
            }
        }
        assert_eq!(seen.len(), 2000);
        assert!(seen.values().all(|&v| v == 1));
    }

    #[test]
    fn shard_ignores_list_order() {
        let mut all = inputs(300);
        let a: Vec<String> = shard(all.clone(), Shard { k: 2, n: 5 })
            .into_iter()
            .map(|c| c.key)
            .collect();
        all.reverse();
        let mut b: Vec<String> = shard(all, Shard { k: 2, n: 5 })
            .into_iter()
            .map(|c| c.key)
            .collect();
        b.reverse();
        assert_eq!(a, b);
    }

    #[test]
    fn sample_is_seeded_order_free_and_stable_when_files_are_added() {
        let all = inputs(1000);
        let a = sample(all.clone(), 50, 7);
        assert_eq!(a.len(), 50);
        assert_eq!(a, sample(all.clone(), 50, 7));
        assert_ne!(a, sample(all.clone(), 50, 8));
        let mut rev = all.clone();
        rev.reverse();
        let mut b = sample(rev, 50, 7);
        b.reverse();
        assert_eq!(a, b);
        // More files: the old sample members that still rank in the first 50 stay.
        let more = sample(inputs(1010), 50, 7);
        let kept = a.iter().filter(|c| more.contains(c)).count();
        assert!(kept >= 45, "{kept}");
        assert_eq!(sample(all.clone(), 5000, 7).len(), 1000);
    }
}
