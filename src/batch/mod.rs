//! Batch auditing: many recordings into `results.jsonl`, `summary.json` and `report.html`.
//!
//! inputs (folder or manifest) -> select (sample, shard) -> skip what `results.jsonl` already
//! holds -> run (worker pool of judges) -> summary -> report. Every step after `run` reads only
//! the results file, so a report can be rebuilt, and shard folders merged, at any time.

pub mod inputs;
pub mod judge;
pub mod names;
pub mod outputs;
pub mod results;
pub mod run;
pub mod select;
pub mod summary;

use std::collections::BTreeSet;

use inputs::CallInput;
use select::Shard;

pub const SUMMARY_FILE: &str = "summary.json";
pub const REPORT_FILE: &str = "report.html";

/// Which inputs a run takes.
#[derive(Debug, Clone, Copy, Default)]
pub struct Selection {
    /// A seeded random sample of this many calls (drawn before sharding, so N workers together
    /// process exactly the sample).
    pub sample: Option<usize>,
    pub seed: u64,
    pub shard: Option<Shard>,
}

/// The inputs of this run, and how many the earlier runs already finished.
pub fn plan(
    all: Vec<CallInput>,
    sel: &Selection,
    done: &BTreeSet<String>,
) -> (Vec<CallInput>, usize) {
    let mut xs = all;
    if let Some(n) = sel.sample {
        xs = select::sample(xs, n, sel.seed);
    }
    if let Some(s) = sel.shard {
        xs = select::shard(xs, s);
    }
    let before = xs.len();
    xs.retain(|c| !done.contains(&c.key));
    let skipped = before - xs.len();
    (xs, skipped)
}
