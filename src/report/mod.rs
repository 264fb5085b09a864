//! Renderers: transcripts (text, JSON, JSONL, SRT, WebVTT), verdicts, the eval and inspectors'
//! pages. No ML here; writers mask through `privacy`.

pub mod audit_html;
pub mod eval_table;
pub mod html;

use std::fmt::Write as _;

use crate::transcript::Transcript;

/// Output formats of `transcribe` (what each looks like: `render`, and the CLI's help).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TranscriptFormat {
    #[default]
    Text,
    Json,
    Jsonl,
    Srt,
    Vtt,
}

impl TranscriptFormat {
    pub fn extension(self) -> &'static str {
        match self {
            Self::Text => "txt",
            Self::Json => "json",
            Self::Jsonl => "jsonl",
            Self::Srt => "srt",
            Self::Vtt => "vtt",
        }
    }
}

/// `mm:ss.mmm`, or `h:mm:ss.mmm` past an hour.
pub fn clock(ms: i64) -> String {
    let ms = ms.max(0);
    let (h, m, s, f) = (ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}.{f:03}")
    } else {
        format!("{m:02}:{s:02}.{f:03}")
    }
}

fn subtitle_clock(ms: i64, sep: char) -> String {
    let ms = ms.max(0);
    let (h, m, s, f) = (ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    format!("{h:02}:{m:02}:{s:02}{sep}{f:03}")
}

pub fn render(t: &Transcript, format: TranscriptFormat) -> String {
    let mut out = String::new();
    match format {
        TranscriptFormat::Text => {
            for s in &t.segments {
                let _ = writeln!(
                    out,
                    "[{} -> {}] {}: {}",
                    clock(s.start_ms),
                    clock(s.end_ms),
                    s.speaker.as_str(),
                    printable(&s.text)
                );
            }
        }
        TranscriptFormat::Json => {
            out = serde_json::to_string_pretty(t).expect("transcript serializes");
            out.push('\n');
        }
        TranscriptFormat::Jsonl => {
            for s in &t.segments {
                let line = serde_json::json!({
                    "audio": t.audio, "start_ms": s.start_ms, "end_ms": s.end_ms,
                    "speaker": s.speaker, "text": s.text,
                });
                let _ = writeln!(out, "{line}");
            }
        }
        TranscriptFormat::Srt => {
            for (i, s) in t.segments.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "{}\n{} --> {}\n[{}] {}\n",
                    i + 1,
                    subtitle_clock(s.start_ms, ','),
                    subtitle_clock(s.end_ms, ','),
                    s.speaker.as_str(),
                    s.text
                );
            }
        }
        TranscriptFormat::Vtt => {
            out.push_str("WEBVTT\n\n");
            for s in &t.segments {
                // Cue text is HTML-like in WebVTT: escape it, and name the voice with a <v> tag.
                let _ = writeln!(
                    out,
                    "{} --> {}\n<v {}>{}\n",
                    subtitle_clock(s.start_ms, '.'),
                    subtitle_clock(s.end_ms, '.'),
                    s.speaker.as_str(),
                    escape_vtt(&s.text)
                );
            }
        }
    }
    out
}

/// Text as a terminal should show it: control characters (ESC, BEL, ...) that came from speech,
/// file names or corpora are written as escapes, so they cannot recolour or clear the screen.
pub fn printable(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(char::is_control) {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(
        s.chars()
            .map(|c| {
                if c.is_control() {
                    c.escape_unicode().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect(),
    )
}

/// A verdict as a compiler-style diagnostic: a headline, then one line per evidence turn with its
/// time span and the quoted words.
pub fn render_verdict_text(v: &crate::verdict::Verdict, label: &str) -> String {
    let mut out = String::new();
    let label = &*printable(label);
    let names: Vec<&str> = v.patterns.iter().map(|p| p.id.as_str()).collect();
    if v.deceptive {
        let _ = writeln!(
            out,
            "{label}: DECEPTIVE risk={:.2} ({})",
            v.risk,
            names.join(", ")
        );
    } else {
        let _ = writeln!(
            out,
            "{label}: no deceptive pattern found (risk={:.2})",
            v.risk
        );
    }
    for p in &v.patterns {
        for e in &p.evidence {
            let span = match (e.start_ms, e.end_ms) {
                (Some(s), Some(t)) => format!("{}-{}", clock(s), clock(t)),
                _ => format!("turn {}", e.turn),
            };
            let _ = writeln!(out, "  {label} {span} {} p={:.2}", p.id, p.probability);
            let _ = writeln!(
                out,
                "    {}: \"{}\"",
                e.speaker.as_str(),
                printable(&e.text)
            );
        }
    }
    out
}

fn escape_vtt(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transcript::{Segment, Speaker};

    fn sample() -> Transcript {
        Transcript {
            audio: "call.wav".into(),
            duration_ms: 3_725_000,
            language: "en".into(),
            model: "tiny.en-f16 sha256:00".into(),
            segments: vec![
                Segment {
                    start_ms: 12_400,
                    end_ms: 15_900,
                    speaker: Speaker::Agent,
                    text: "hello, this is <b>".into(),
                },
                Segment {
                    start_ms: 3_661_001,
                    end_ms: 3_662_000,
                    speaker: Speaker::Customer,
                    text: "no".into(),
                },
            ],
            warnings: Vec::new(),
        }
    }

    #[test]
    fn text_reads_like_the_documented_example() {
        assert_eq!(
            render(&sample(), TranscriptFormat::Text),
            "[00:12.400 -> 00:15.900] agent: hello, this is <b>\n[1:01:01.001 -> 1:01:02.000] customer: no\n"
        );
    }

    #[test]
    fn srt_and_vtt_use_their_own_clocks() {
        let srt = render(&sample(), TranscriptFormat::Srt);
        assert!(srt.starts_with(
            "1\n00:00:12,400 --> 00:00:15,900\n[agent] hello, this is <b>\n\n2\n01:01:01,001"
        ));
        let vtt = render(&sample(), TranscriptFormat::Vtt);
        assert!(vtt.starts_with(
            "WEBVTT\n\n00:00:12.400 --> 00:00:15.900\n<v agent>hello, this is &lt;b&gt;\n"
        ));
    }

    #[test]
    fn json_and_jsonl_parse_back() {
        let j: serde_json::Value =
            serde_json::from_str(&render(&sample(), TranscriptFormat::Json)).unwrap();
        assert_eq!(j["segments"][1]["speaker"], "customer");
        let lines: Vec<serde_json::Value> = render(&sample(), TranscriptFormat::Jsonl)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["audio"], "call.wav");
        assert_eq!(lines[0]["start_ms"], 12_400);
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        assert_eq!(printable("plain"), "plain");
        assert_eq!(printable("a\u{1b}[2Jb\u{7}"), "a\\u{1b}[2Jb\\u{7}");
        let mut t = sample();
        t.segments[0].text = "evil \u{1b}]0;title\u{7}".into();
        let text = render(&t, TranscriptFormat::Text);
        assert!(
            !text.contains('\u{1b}') && text.contains("\\u{1b}"),
            "{text}"
        );
    }
}
