//! One call from recording to result line: transcribe, judge, apply the caller-number rule, and
//! keep the (masked) transcript the report shows. The stages are timed separately so a batch
//! can say where its time goes.

use std::time::{Duration, Instant};

use super::caller::{self, OfficialNumbers};
use super::inputs::CallInput;
use super::results::{CallResult, ShownTurn, Timing};
use crate::asr::{self, Pack, PackSegment, TranscribeOptions, Transcriber};
use crate::classifier::{judge_call, ClassifierError, Scorer};
use crate::report::mask;
use crate::transcript::Transcript;
use crate::verdict::PatternHit;

/// What every worker shares.
#[derive(Debug, Clone)]
pub struct JudgeOptions {
    pub transcribe: TranscribeOptions,
    /// Mask codes and phone numbers in evidence and transcripts.
    pub masking: bool,
    pub official: OfficialNumbers,
}

/// Processes one input into its result line; never fails (a failure is a result too).
pub trait CallJudge {
    fn judge(&mut self, input: &CallInput) -> CallResult;
}

/// Counts the time spent inside Whisper, so decoding is the rest of transcription.
struct Timed<'a> {
    inner: &'a mut dyn Transcriber,
    spent: Duration,
}

impl Transcriber for Timed<'_> {
    fn transcribe_pack(&mut self, pack: &Pack) -> Result<Vec<PackSegment>, asr::AsrError> {
        let t = Instant::now();
        let r = self.inner.transcribe_pack(pack);
        self.spent += t.elapsed();
        r
    }
    fn model_id(&self) -> String {
        self.inner.model_id()
    }
    fn language(&self) -> String {
        self.inner.language()
    }
}

/// Judges a finished transcript: verdict, rule flags, shown turns.
pub fn judge_transcript(
    input: &CallInput,
    t: &Transcript,
    scorer: &dyn Scorer,
    opts: &JudgeOptions,
    mut timing: Timing,
) -> Result<CallResult, ClassifierError> {
    let started = Instant::now();
    let turns = t.turns();
    let mut v = judge_call(&input.id(), &turns, scorer, opts.masking)?;
    v.duration_ms = Some(t.duration_ms);
    let show = |s: &str| {
        if opts.masking {
            mask::mask(s)
        } else {
            s.to_owned()
        }
    };
    if let Some(e) = caller::check(
        input.meta.caller_number.as_deref(),
        &turns,
        &opts.official,
        show,
    ) {
        v.patterns.insert(
            0,
            PatternHit {
                id: caller::RULE_ID.into(),
                probability: 1.0,
                evidence: vec![e],
            },
        );
        v.deceptive = true;
        v.risk = 1.0;
    }
    let shown = turns
        .iter()
        .enumerate()
        .map(|(index, tr)| ShownTurn {
            index,
            speaker: tr.speaker,
            start_ms: tr.start_ms,
            end_ms: tr.end_ms,
            text: show(&tr.text),
        })
        .collect();
    timing.classify = started.elapsed().as_millis() as u64;
    Ok(CallResult::ok(
        &input.key,
        &input.shown,
        input.meta.clone(),
        v,
        shown,
        timing,
    ))
}

/// A worker's judge: its own Whisper context, the shared scorer.
pub struct AudioJudge<'a, T: Transcriber> {
    pub asr: T,
    pub scorer: &'a (dyn Scorer + Sync),
    pub opts: &'a JudgeOptions,
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

/// One line for an error and its causes, the way the CLI prints them.
pub fn reason(e: &(dyn std::error::Error + 'static)) -> String {
    let mut msg = e.to_string();
    let mut src = e.source();
    while let Some(s) = src {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        src = s.source();
    }
    msg
}

impl<T: Transcriber> CallJudge for AudioJudge<'_, T> {
    fn judge(&mut self, input: &CallInput) -> CallResult {
        if let Some(why) = &input.invalid {
            return failed(input, why.clone());
        }
        let started = Instant::now();
        let mut timed = Timed {
            inner: &mut self.asr,
            spent: Duration::ZERO,
        };
        let t = match asr::transcribe_file(&input.path, &mut timed, &self.opts.transcribe) {
            Ok(t) => t,
            Err(e) => return failed(input, reason(&e)),
        };
        let asr_ms = timed.spent.as_millis() as u64;
        let timing = Timing {
            decode: (started.elapsed().as_millis() as u64).saturating_sub(asr_ms),
            asr: asr_ms,
            classify: 0,
        };
        match judge_transcript(input, &t, self.scorer, self.opts, timing) {
            Ok(r) => r,
            Err(e) => failed(input, reason(&e)),
        }
    }
}
