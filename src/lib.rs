//! callaudit: listens to recorded phone calls and tells, with evidence, whether the agent used a
//! deceptive sales script. The pipeline, one module per arrow:
//! audio -> asr -> transcript -> (classifier) -> report.

pub mod asr;
pub mod audio;
pub mod batch;
pub mod classifier;
pub mod cli;
pub mod corpus;
pub mod eval;
pub mod models;
pub mod patterns;
pub mod report;
pub mod textnorm;
pub mod train;
pub mod transcript;
pub mod verdict;
