//! The transcript: timed, speaker-attributed segments of a call. Pure data, shared by ASR, the
//! classifier and the report writers; its JSON form is a contract other tools read.

use serde::{Deserialize, Serialize};

/// Who spoke: on stereo recordings the channel says it; on mono we cannot know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Speaker {
    Agent,
    Customer,
    Unknown,
}

impl Speaker {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Agent => "agent",
            Self::Customer => "customer",
            Self::Unknown => "unknown",
        }
    }
}

/// One stretch of speech; times are integer milliseconds from the start of the recording.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Segment {
    pub start_ms: i64,
    pub end_ms: i64,
    pub speaker: Speaker,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Transcript {
    pub audio: String,
    pub duration_ms: i64,
    pub language: String,
    pub model: String,
    pub segments: Vec<Segment>,
}

impl Transcript {
    /// Puts segments in time order (ties: agent first), as both parties' passes interleave.
    pub fn sort(&mut self) {
        self.segments.sort_by(|a, b| {
            (a.start_ms, a.speaker, a.end_ms).cmp(&(b.start_ms, b.speaker, b.end_ms))
        });
    }

    /// All words, in order, for word-error-rate checks.
    pub fn text(&self) -> String {
        self.segments
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_shape_is_the_documented_contract() {
        let t = Transcript {
            audio: "call.wav".into(),
            duration_ms: 51780,
            language: "en".into(),
            model: "tiny.en-f16 sha256:abc".into(),
            segments: vec![Segment {
                start_ms: 0,
                end_ms: 3120,
                speaker: Speaker::Agent,
                text: "hello".into(),
            }],
        };
        let v = serde_json::to_value(&t).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"audio": "call.wav", "duration_ms": 51780, "language": "en",
                "model": "tiny.en-f16 sha256:abc",
                "segments": [{"start_ms": 0, "end_ms": 3120, "speaker": "agent", "text": "hello"}]})
        );
        let back: Transcript = serde_json::from_value(v).unwrap();
        assert_eq!(back, t);
    }

    #[test]
    fn sort_orders_by_time_then_speaker() {
        let seg = |s, sp| Segment {
            start_ms: s,
            end_ms: s + 1,
            speaker: sp,
            text: String::new(),
        };
        let mut t = Transcript {
            audio: String::new(),
            duration_ms: 0,
            language: String::new(),
            model: String::new(),
            segments: vec![
                seg(5, Speaker::Customer),
                seg(5, Speaker::Agent),
                seg(1, Speaker::Customer),
            ],
        };
        t.sort();
        let order: Vec<_> = t.segments.iter().map(|s| (s.start_ms, s.speaker)).collect();
        assert_eq!(
            order,
            vec![
                (1, Speaker::Customer),
                (5, Speaker::Agent),
                (5, Speaker::Customer)
            ]
        );
    }
}
