//! Measuring: detection metrics (`metrics`), a corpus evaluation's report (`corpus_eval`), one
//! evaluation run through the pipeline (`run`), and word error rate (`wer`).

pub mod corpus_eval;
pub mod metrics;
pub mod run;
pub mod wer;
