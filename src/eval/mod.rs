//! Measuring: word error rate now; detection metrics and reports join here.

pub mod corpus_eval;
pub mod metrics;
pub mod wer;
