//! One call from recording to verdict, in one place: audio -> speech recognition -> transcript ->
//! classifier -> rules. `check`, `batch` and `eval`'s audio corpora all go through
//! `CallAuditor`, so a call is judged the same way whichever command looks at it.
//!
//! The verdict comes back as heard (unmasked); writers mask what they write (`privacy`). The
//! stages are timed separately so a batch can say where its time goes.

use std::path::Path;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::asr::{self, AsrError, Pack, PackSegment, TranscribeOptions, Transcriber};
use crate::classifier::{judge_call, ClassifierError, Scorer};
use crate::rules::{CallFacts, RuleSet};
use crate::transcript::Transcript;
use crate::verdict::Verdict;

/// Where one call's time went, in milliseconds of wall time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Timing {
    /// Reading, decoding, resampling and voice activity detection.
    pub decode: u64,
    /// Whisper.
    pub asr: u64,
    /// Windows, classifier and verdict.
    pub classify: u64,
}

/// Everything the pipeline found in one call.
#[derive(Debug, Clone)]
pub struct Audit {
    pub verdict: Verdict,
    pub transcript: Transcript,
    pub timing: Timing,
    /// Things the user should know about this call's result (no speech found, ...).
    pub warnings: Vec<String>,
}

/// One recording to audit.
#[derive(Debug, Clone, Copy)]
pub struct Recording<'a> {
    pub path: &'a Path,
    /// How the verdict names the call.
    pub id: &'a str,
    /// How the verdict names the recording (`audio`).
    pub shown: &'a str,
    pub facts: CallFacts<'a>,
}

#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error(transparent)]
    Asr(#[from] AsrError),
    #[error("{path}: cannot judge the call")]
    Classifier {
        path: std::path::PathBuf,
        #[source]
        source: ClassifierError,
    },
}

/// Counts the time spent inside the recognizer, so decoding is the rest of transcription.
struct Timed<'a> {
    inner: &'a mut dyn Transcriber,
    spent: Duration,
}

impl Transcriber for Timed<'_> {
    fn transcribe_pack(&mut self, pack: &Pack) -> Result<Vec<PackSegment>, AsrError> {
        let t = Instant::now();
        let r = self.inner.transcribe_pack(pack);
        self.spent += t.elapsed();
        r
    }
    fn transcribe_packs(&mut self, packs: &[Pack]) -> Result<Vec<Vec<PackSegment>>, AsrError> {
        let t = Instant::now();
        let r = self.inner.transcribe_packs(packs);
        self.spent += t.elapsed();
        r
    }
    fn batch_size(&self) -> usize {
        self.inner.batch_size()
    }
    fn start_recording(&mut self) {
        self.inner.start_recording()
    }
    fn model_id(&self) -> String {
        self.inner.model_id()
    }
    fn language(&self) -> String {
        self.inner.language()
    }
}

/// The stages after recognition, shared by every auditor (and by `eval`'s reference turns).
#[derive(Clone, Copy)]
pub struct Judge<'a> {
    pub scorer: &'a (dyn Scorer + Sync),
    pub rules: &'a RuleSet,
}

impl Judge<'_> {
    /// Classifier then rules over a finished transcript.
    pub fn judge(
        &self,
        rec: &Recording<'_>,
        transcript: &Transcript,
    ) -> Result<Verdict, ClassifierError> {
        let turns = transcript.turns();
        let lang = crate::language::Language::from_code(&transcript.language);
        let mut v = judge_call(rec.id, &turns, lang, self.scorer)?;
        v.audio = Some(rec.shown.to_owned());
        v.warnings = transcript.warnings.clone();
        v.duration_ms = Some(transcript.duration_ms);
        self.rules.apply(&rec.facts, &turns, &mut v);
        Ok(v)
    }
}

/// A worker's pipeline: its own recognizer, the shared classifier and rules.
pub struct CallAuditor<'a, T: Transcriber> {
    pub asr: T,
    pub judge: Judge<'a>,
    pub opts: &'a TranscribeOptions,
}

impl<'a, T: Transcriber> CallAuditor<'a, T> {
    pub fn new(asr: T, judge: Judge<'a>, opts: &'a TranscribeOptions) -> Self {
        Self { asr, judge, opts }
    }

    /// Audits one recording.
    pub fn audit(&mut self, rec: &Recording<'_>) -> Result<Audit, PipelineError> {
        let started = Instant::now();
        let mut timed = Timed {
            inner: &mut self.asr,
            spent: Duration::ZERO,
        };
        let transcript = asr::transcribe_file(rec.path, &mut timed, self.opts)?;
        let asr_ms = timed.spent.as_millis() as u64;
        let decode = (started.elapsed().as_millis() as u64).saturating_sub(asr_ms);
        let judged = Instant::now();
        let verdict =
            self.judge
                .judge(rec, &transcript)
                .map_err(|source| PipelineError::Classifier {
                    path: rec.path.to_owned(),
                    source,
                })?;
        let mut warnings = transcript.warnings.clone();
        if transcript.segments.is_empty() {
            warnings.push(format!(
                "no speech found in {} ms of audio",
                transcript.duration_ms
            ));
        }
        Ok(Audit {
            verdict,
            transcript,
            timing: Timing {
                decode,
                asr: asr_ms,
                classify: judged.elapsed().as_millis() as u64,
            },
            warnings,
        })
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Counts what reaches it.
    #[derive(Default)]
    struct Counting {
        starts: usize,
        batches: Vec<usize>,
    }

    impl Transcriber for Counting {
        fn transcribe_pack(&mut self, _: &Pack) -> Result<Vec<PackSegment>, AsrError> {
            Ok(vec![])
        }
        fn transcribe_packs(&mut self, packs: &[Pack]) -> Result<Vec<Vec<PackSegment>>, AsrError> {
            self.batches.push(packs.len());
            Ok(vec![vec![]; packs.len()])
        }
        fn batch_size(&self) -> usize {
            4
        }
        fn start_recording(&mut self) {
            self.starts += 1;
        }
        fn model_id(&self) -> String {
            "counting".into()
        }
        fn language(&self) -> String {
            "en".into()
        }
    }

    /// The timing wrapper every audit goes through passes on the whole recognizer interface:
    /// without it a backend never learns a new recording began (state leaked between calls) and
    /// never gets its batches.
    #[test]
    fn the_timing_wrapper_passes_everything_on() {
        let mut inner = Counting::default();
        let mut timed = Timed {
            inner: &mut inner,
            spent: Duration::ZERO,
        };
        timed.start_recording();
        assert_eq!(timed.batch_size(), 4);
        let packs = [Pack::default(), Pack::default()];
        assert_eq!(timed.transcribe_packs(&packs).unwrap().len(), 2);
        assert_eq!((inner.starts, inner.batches.clone()), (1, vec![2]));
    }
}
