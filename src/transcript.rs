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
    /// How the recording decoded, when the user should know (e.g. decoded only in part).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
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

/// Consecutive speech of one party: what the classifier judges.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Turn {
    pub speaker: Speaker,
    pub text: String,
    pub start_ms: Option<i64>,
    pub end_ms: Option<i64>,
}

/// A pause this long between segments of a mono call starts a new turn (we cannot hear who
/// speaks, but parties alternate at pauses).
pub const MONO_TURN_PAUSE_MS: i64 = 1_200;

impl Transcript {
    /// Groups segments into turns: by speaker on stereo calls, by pauses on mono calls.
    pub fn turns(&self) -> Vec<Turn> {
        let mut out: Vec<Turn> = Vec::new();
        let mut last_end = i64::MIN;
        for s in &self.segments {
            let same = out.last().is_some_and(|t| {
                t.speaker == s.speaker
                    && (s.speaker != Speaker::Unknown || s.start_ms - last_end < MONO_TURN_PAUSE_MS)
            });
            match out.last_mut() {
                Some(t) if same => {
                    t.text.push(' ');
                    t.text.push_str(&s.text);
                    t.end_ms = Some(t.end_ms.unwrap_or(s.end_ms).max(s.end_ms));
                }
                _ => out.push(Turn {
                    speaker: s.speaker,
                    text: s.text.clone(),
                    start_ms: Some(s.start_ms),
                    end_ms: Some(s.end_ms),
                }),
            }
            last_end = last_end.max(s.end_ms);
        }
        out
    }
}

/// What the classifier reads for one turn: the turn itself and the turns before it, since a
/// customer's "is it free?" changes what an evasive answer means.
#[derive(Debug, Clone, PartialEq)]
pub struct Window {
    /// Index of the judged turn.
    pub turn: usize,
    pub context: String,
    pub target: String,
    /// For a window over one sentence of a long turn: that sentence as spoken (the evidence
    /// quote); `None` for a window over the whole turn.
    pub sentence: Option<String>,
}

/// Turns the agent may have spoken: agent turns, and every turn of a mono call.
pub fn is_candidate(speaker: Speaker) -> bool {
    matches!(speaker, Speaker::Agent | Speaker::Unknown)
}

/// One window per candidate turn, with up to `context_turns` earlier turns as context.
pub fn windows(turns: &[(Speaker, &str)], context_turns: usize) -> Vec<Window> {
    turns
        .iter()
        .enumerate()
        .filter(|(_, (sp, text))| is_candidate(*sp) && !text.trim().is_empty())
        .map(|(i, (_, text))| {
            let context = turns[i.saturating_sub(context_turns)..i]
                .iter()
                .map(|(sp, t)| format!("{}: {}", sp.as_str(), crate::textnorm::normalize_text(t)))
                .collect::<Vec<_>>()
                .join(" ");
            Window {
                turn: i,
                context: if context.is_empty() {
                    "start of call".into()
                } else {
                    context
                },
                target: crate::textnorm::normalize_text(text),
                sentence: None,
            }
        })
        .collect()
}

/// A turn this long (normalized words) with two sentences or more is also judged sentence by
/// sentence: a 60-word robocall turn holds its threat in one sentence, which the encoder's
/// truncation or the mean over the whole turn can lose.
pub const SENTENCE_WINDOW_MIN_WORDS: usize = 20;

/// What the detector judges: one window per candidate turn (`windows`), plus, for long turns,
/// one per sentence with the earlier turns and the turn's earlier sentences as context.
pub fn judged_windows(turns: &[(Speaker, &str)], context_turns: usize) -> Vec<Window> {
    let mut out = Vec::new();
    for w in windows(turns, context_turns) {
        let text = turns[w.turn].1;
        let sents = crate::textnorm::sentences(text);
        let long = crate::textnorm::word_count(&w.target) >= SENTENCE_WINDOW_MIN_WORDS;
        let extra: Vec<Window> = if long && sents.len() > 1 {
            sents
                .iter()
                .enumerate()
                .map(|(k, s)| {
                    let before = sents[..k]
                        .iter()
                        .map(|p| crate::textnorm::normalize_text(p))
                        .collect::<Vec<_>>()
                        .join(" ");
                    Window {
                        turn: w.turn,
                        context: if before.is_empty() {
                            w.context.clone()
                        } else {
                            format!("{} {}: {before}", w.context, turns[w.turn].0.as_str())
                        },
                        target: crate::textnorm::normalize_text(s),
                        sentence: Some((*s).to_owned()),
                    }
                })
                .collect()
        } else {
            Vec::new()
        };
        out.push(w);
        out.extend(extra);
    }
    out
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
            warnings: Vec::new(),
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

    fn seg(start_ms: i64, end_ms: i64, speaker: Speaker, text: &str) -> Segment {
        Segment {
            start_ms,
            end_ms,
            speaker,
            text: text.into(),
        }
    }

    fn transcript(segments: Vec<Segment>) -> Transcript {
        Transcript {
            audio: String::new(),
            duration_ms: 0,
            language: "en".into(),
            model: String::new(),
            segments,
            warnings: Vec::new(),
        }
    }

    #[test]
    fn stereo_turns_follow_the_speaker() {
        let t = transcript(vec![
            seg(0, 1000, Speaker::Agent, "hello"),
            seg(1000, 2000, Speaker::Agent, "is it you"),
            seg(2500, 3000, Speaker::Customer, "yes"),
            seg(9000, 9500, Speaker::Agent, "great"),
        ]);
        let turns = t.turns();
        assert_eq!(turns.len(), 3);
        assert_eq!(turns[0].text, "hello is it you");
        assert_eq!((turns[0].start_ms, turns[0].end_ms), (Some(0), Some(2000)));
        assert_eq!(turns[2].speaker, Speaker::Agent);
    }

    #[test]
    fn mono_turns_split_at_pauses() {
        let t = transcript(vec![
            seg(0, 1000, Speaker::Unknown, "a"),
            seg(1500, 2000, Speaker::Unknown, "b"),
            seg(4000, 5000, Speaker::Unknown, "c"),
        ]);
        let texts: Vec<_> = t.turns().into_iter().map(|t| t.text).collect();
        assert_eq!(texts, ["a b", "c"]);
    }

    #[test]
    fn windows_cover_agent_turns_with_normalized_context() {
        let turns = [
            (Speaker::Agent, "Hello!"),
            (Speaker::Customer, "Is it FREE?"),
            (Speaker::Agent, "Don't worry, 15 GB."),
            (Speaker::Customer, "ok"),
        ];
        let w = windows(&turns, 2);
        assert_eq!(w.len(), 2);
        assert_eq!(
            w[0],
            Window {
                turn: 0,
                context: "start of call".into(),
                target: "hello".into(),
                sentence: None,
            }
        );
        assert_eq!(w[1].turn, 2);
        assert_eq!(w[1].context, "agent: hello customer: is it free");
        assert_eq!(w[1].target, "don't worry fifteen gb");
        // Short turns get no sentence windows.
        assert_eq!(judged_windows(&turns, 2), w);
    }

    #[test]
    fn long_turns_are_also_judged_sentence_by_sentence_with_earlier_sentences_as_context() {
        let pitch = "This is an important message about your benefits account. \
            Our records show activity that we need to verify with you today. \
            Your social security number will be suspended within 24 hours unless you press 1 now.";
        let turns = [(Speaker::Customer, "hello?"), (Speaker::Agent, pitch)];
        let w = judged_windows(&turns, 2);
        assert_eq!(w.len(), 4, "{w:?}");
        assert!(w[0].sentence.is_none() && w[0].turn == 1);
        assert_eq!(
            w[3].sentence.as_deref(),
            Some("Your social security number will be suspended within 24 hours unless you press 1 now.")
        );
        assert!(w[3]
            .context
            .starts_with("customer: hello agent: this is an important message"));
        assert!(w[3]
            .target
            .starts_with("your social security number will be suspended"));
        assert!(w.iter().all(|x| x.turn == 1));
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
            warnings: Vec::new(),
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
