//! callaudit: listens to recorded phone calls and tells, with evidence, whether the agent used a
//! deceptive sales script. The pipeline, one module per arrow:
//! audio -> asr -> transcript -> (classifier) -> report.

pub mod asr;
pub mod audio;
pub mod cli;
pub mod eval;
pub mod models;
pub mod report;
pub mod transcript;
