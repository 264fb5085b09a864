//! callaudit: listens to recorded phone calls and tells, with evidence, whether the agent used a
//! deceptive sales script. The pipeline, one module per arrow:
//! audio -> asr -> transcript -> classifier -> verdict (+ rules) -> report; `pipeline` runs
//! those stages for one call. The command-line interface lives in the binary (`src/cli/`).

pub mod asr;
pub mod audio;
pub mod batch;
pub mod classifier;
pub mod corpus;
pub mod eval;
pub mod language;
pub mod models;
pub mod operators;
pub mod patterns;
pub mod pipeline;
pub mod privacy;
pub mod report;
pub mod rules;
pub mod textnorm;
pub mod train;
pub mod transcript;
pub mod verdict;
