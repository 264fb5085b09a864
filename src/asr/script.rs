//! A recognizer that "hears" a given script: the test double for everything downstream of speech
//! recognition. Tests that are about verdicts, result lines and pages run the real pipeline
//! (decoding, voice activity, packing, time mapping) on a synthetic recording and get exactly the
//! words they wrote, without Whisper; a few real-model tests keep the real path honest.
//!
//! Each pack span is answered with the script lines of its speaker that overlap it in recording
//! time, placed where the span sits in the pack, so times come back through `map_segment` like
//! Whisper's would.

use super::{AsrError, Pack, PackSegment, Transcriber};
use crate::transcript::{Segment, Speaker};

/// The words spoken in a recording, in recording time.
#[derive(Debug, Clone, Default)]
pub struct Script {
    pub lines: Vec<Segment>,
    /// Named in transcripts like a model.
    pub name: String,
}

impl Script {
    pub fn new(lines: Vec<Segment>) -> Self {
        Self {
            lines,
            name: "script".into(),
        }
    }
}

impl Transcriber for Script {
    fn transcribe_pack(&mut self, pack: &Pack) -> Result<Vec<PackSegment>, AsrError> {
        let mut out = Vec::new();
        for span in &pack.spans {
            let (from, to) = (span.source_start_ms, span.source_start_ms + span.len_ms);
            for l in &self.lines {
                let same_party = span.speaker == Speaker::Unknown || l.speaker == span.speaker;
                if !same_party || l.end_ms <= from || l.start_ms >= to {
                    continue;
                }
                let start = l.start_ms.max(from) - from + span.pack_start_ms;
                let end = l.end_ms.min(to) - from + span.pack_start_ms;
                out.push(PackSegment {
                    start_ms: start,
                    end_ms: end,
                    text: l.text.clone(),
                    tokens: Vec::new(),
                });
            }
        }
        Ok(out)
    }

    fn model_id(&self) -> String {
        self.name.clone()
    }

    fn language(&self) -> String {
        "en".into()
    }
}
