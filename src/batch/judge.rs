//! A batch worker: one input to its result line through the call pipeline. A failure is a
//! result too, so a batch never stops at a bad file.

use super::inputs::CallInput;
use super::results::CallResult;
use crate::asr::Transcriber;
use crate::pipeline::{reason, CallAuditor, Recording};
use crate::rules::CallFacts;

/// Processes one input into its result line; never fails (a failure is a result too).
pub trait CallJudge {
    fn judge(&mut self, input: &CallInput) -> CallResult;
}

/// The result line of an input that could not be judged.
pub fn failed(input: &CallInput, reason: String) -> CallResult {
    CallResult::failed(
        &input.key,
        &input.shown,
        input.id(),
        input.meta.clone(),
        reason,
    )
}

impl<T: Transcriber> CallJudge for CallAuditor<'_, T> {
    fn judge(&mut self, input: &CallInput) -> CallResult {
        if let Some(why) = &input.invalid {
            return failed(input, why.clone());
        }
        let id = input.id();
        let rec = Recording {
            path: &input.path,
            id: &id,
            shown: &input.shown,
            facts: CallFacts {
                caller_number: input.meta.caller_number.as_deref(),
            },
        };
        match self.audit(&rec) {
            Ok(a) => CallResult::from_audit(input, a),
            Err(e) => failed(input, reason(&e)),
        }
    }
}
