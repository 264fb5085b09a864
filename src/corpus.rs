//! Labeled-corpus reader and validator (JSON Lines, `shared/spec/corpus.md`).
//!
//! One call per line. A malformed line is reported with its file and line number and skipped;
//! the caller decides what the skip costs (classify goes on and exits 2 at the end).

use crate::language::Language;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::patterns;
use crate::transcript::Speaker;

/// One turn of a labeled call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Turn {
    pub speaker: Speaker,
    pub text: String,
    #[serde(default)]
    pub labels: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_ms: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_ms: Option<i64>,
}

/// One call: transcript turns and/or an audio file, with call-level labels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Call {
    pub id: String,
    /// `en`, `zh`, ...; empty when the line does not say (then `language()` reads the turns).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lang: String,
    #[serde(default)]
    pub deceptive: bool,
    #[serde(default)]
    pub labels: Vec<String>,
    #[serde(default)]
    pub turns: Vec<Turn>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audio: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scenario: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hard_negative: Option<bool>,
    /// Who wrote the call (`writer:NN`): splits are made by writer, and metrics reported per
    /// writer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A labeled turn as the classifier judges it (labels dropped).
impl From<&Turn> for crate::transcript::Turn {
    fn from(t: &Turn) -> Self {
        Self {
            speaker: t.speaker,
            text: t.text.clone(),
            start_ms: t.start_ms,
            end_ms: t.end_ms,
        }
    }
}

/// A recognized turn in a corpus call's shape, with no labels (what was heard, not annotated).
impl From<&crate::transcript::Turn> for Turn {
    fn from(t: &crate::transcript::Turn) -> Self {
        Self {
            speaker: t.speaker,
            text: t.text.clone(),
            labels: Vec::new(),
            start_ms: t.start_ms,
            end_ms: t.end_ms,
        }
    }
}

impl Call {
    /// The call's language: its `lang`, else read from its turns' characters (`None`: no `lang`
    /// and no turns, or a language callaudit does not judge).
    pub fn language(&self) -> Option<Language> {
        if !self.lang.trim().is_empty() {
            return Language::from_code(&self.lang);
        }
        let text: String = self.turns.iter().map(|t| t.text.as_str()).collect();
        (!text.trim().is_empty()).then(|| Language::of_text(&text))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    #[error("{path}: cannot read")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}: {reason}")]
    Line {
        path: PathBuf,
        line: usize,
        reason: String,
    },
    #[error("{path}: not a callaudit transcript or corpus (a transcript is one JSON document from `transcribe --format json`; a corpus is JSON Lines)")]
    NotAnInput { path: PathBuf },
    #[error("{path}: not a valid transcript: {reason}")]
    Transcript { path: PathBuf, reason: String },
}

/// The calls of one file given to `classify`: a transcript made by `transcribe --format json`,
/// or a corpus (labels ignored), with the errors of its malformed lines.
#[derive(Debug, Default)]
pub struct ToJudge {
    /// Call id, turns and language (when the file says it), in file order; corpus calls without
    /// turns are left out.
    pub calls: Vec<(String, Vec<crate::transcript::Turn>, Option<Language>)>,
    pub errors: Vec<CorpusError>,
    /// Calls whose labels a labeled reader would refuse (inconsistent): judged all the same.
    pub labels_ignored: usize,
}

/// Reads one input of `classify`: a transcript JSON document (`transcribe --format json`), or
/// else a corpus in JSON Lines whose labels are ignored. A transcript with a mistake is reported as
/// a transcript (with serde's line and column), a JSON document of another schema as such, and a
/// corpus line without turns (an audio corpus line) as one error: nothing is skipped silently.
pub fn read_to_judge(path: &Path) -> Result<ToJudge, CorpusError> {
    let bytes = read_bytes(path)?;
    let whole: Option<serde_json::Value> = std::str::from_utf8(&bytes)
        .ok()
        .and_then(|t| serde_json::from_str(t).ok());
    let lines = bytes
        .split(|b| *b == b'\n')
        .filter(|l| !l.trim_ascii().is_empty())
        .count();
    if let Some(v) = &whole {
        if v.get("segments").is_some() {
            let t: crate::transcript::Transcript =
                serde_json::from_value(v.clone()).map_err(|e| CorpusError::Transcript {
                    path: path.to_owned(),
                    reason: e.to_string(),
                })?;
            let id = Path::new(&t.audio)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| path.display().to_string());
            return Ok(ToJudge {
                calls: vec![(id, t.turns(), Language::from_code(&t.language))],
                errors: Vec::new(),
                labels_ignored: 0,
            });
        }
        // One JSON document over several lines that is no transcript: not a corpus either.
        if lines > 1 || !v.is_object() {
            return Err(CorpusError::NotAnInput {
                path: path.to_owned(),
            });
        }
    }
    let corpus = Corpus::parse_bytes(path, &bytes, Labels::Ignore);
    if corpus.calls.is_empty()
        && !corpus.errors.is_empty()
        && !bytes.trim_ascii_start().starts_with(b"{")
    {
        return Err(CorpusError::NotAnInput {
            path: path.to_owned(),
        });
    }
    let labels_ignored = corpus
        .calls
        .iter()
        .filter(|(_, c)| validate(c).is_err())
        .count();
    let mut errors = corpus.errors;
    let mut calls = Vec::new();
    for (line, c) in corpus.calls {
        if c.turns.is_empty() {
            errors.push(CorpusError::Line {
                path: path.to_owned(),
                line,
                reason: format!(
                    "call {:?} has no turns to judge (an audio line: use `check` or `eval`)",
                    c.id
                ),
            });
            continue;
        }
        let turns = c.turns.iter().map(crate::transcript::Turn::from).collect();
        let lang = c.language();
        calls.push((c.id, turns, lang));
    }
    Ok(ToJudge {
        calls,
        errors,
        labels_ignored,
    })
}

/// What a read produced: the good calls (with their line numbers) and one error per bad line.
#[derive(Debug, Default)]
pub struct Corpus {
    pub path: PathBuf,
    pub calls: Vec<(usize, Call)>,
    pub errors: Vec<CorpusError>,
}

impl Corpus {
    pub fn read(path: &Path) -> Result<Self, CorpusError> {
        let bytes = read_bytes(path)?;
        Ok(Self::parse_bytes(path, &bytes, Labels::Check))
    }

    pub fn parse(path: &Path, text: &str) -> Self {
        Self::parse_bytes(path, text.as_bytes(), Labels::Check)
    }

    /// Parses line by line: a line that is not UTF-8, not JSON or not a valid call is one error
    /// with its line number, and the other lines are still read.
    pub fn parse_bytes(path: &Path, bytes: &[u8], labels: Labels) -> Self {
        let mut out = Corpus {
            path: path.to_owned(),
            ..Default::default()
        };
        let mut seen = HashSet::new();
        for (i, raw) in bytes.split(|b| *b == b'\n').enumerate() {
            let line_no = i + 1;
            let err = |reason: String| CorpusError::Line {
                path: path.to_owned(),
                line: line_no,
                reason,
            };
            let Ok(line) = std::str::from_utf8(raw) else {
                out.errors.push(err("not UTF-8 text".into()));
                continue;
            };
            if line.trim().is_empty() {
                continue;
            }
            let call: Call = match serde_json::from_str(line) {
                Ok(c) => c,
                Err(e) => {
                    out.errors.push(err(format!("not a valid call: {e}")));
                    continue;
                }
            };
            let checked = match labels {
                Labels::Check => validate(&call),
                Labels::Ignore => validate_shape(&call),
            };
            if let Err(reason) = checked {
                out.errors
                    .push(err(format!("call {:?}: {reason}", call.id)));
                continue;
            }
            if !seen.insert(call.id.clone()) {
                out.errors.push(err(format!("duplicate id {:?}", call.id)));
                continue;
            }
            out.calls.push((line_no, call));
        }
        out
    }
}

/// The checks the spec asks of a reader: known labels, call labels equal to the union of turn
/// labels, `deceptive` equal to "has labels", something to classify.
/// Whether a reader checks the labels (training, evaluation) or only needs the words
/// (`classify`, which ignores labels).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Labels {
    Check,
    Ignore,
}

fn read_bytes(path: &Path) -> Result<Vec<u8>, CorpusError> {
    std::fs::read(path).map_err(|source| CorpusError::Io {
        path: path.to_owned(),
        source,
    })
}

/// What every call needs whatever its labels: an id, and turns or audio.
fn validate_shape(call: &Call) -> Result<(), String> {
    if call.id.trim().is_empty() {
        return Err("empty id".into());
    }
    if call.turns.is_empty() && call.audio.is_none() {
        return Err("empty call: no turns and no audio".into());
    }
    Ok(())
}

pub fn validate(call: &Call) -> Result<(), String> {
    validate_shape(call)?;
    for l in &call.labels {
        if patterns::index(l).is_none() {
            return Err(format!("unknown label {l:?}"));
        }
    }
    for (i, t) in call.turns.iter().enumerate() {
        for l in &t.labels {
            if patterns::index(l).is_none() {
                return Err(format!("turn {i}: unknown label {l:?}"));
            }
        }
    }
    // Audio corpora may carry reference turns without turn labels; then only call labels count.
    let turn_labelled = call.audio.is_none() || call.turns.iter().any(|t| !t.labels.is_empty());
    if !call.turns.is_empty() && turn_labelled {
        let union: std::collections::BTreeSet<&str> = call
            .turns
            .iter()
            .flat_map(|t| t.labels.iter().map(String::as_str))
            .collect();
        let listed: std::collections::BTreeSet<&str> =
            call.labels.iter().map(String::as_str).collect();
        if union != listed {
            return Err(format!(
                "call labels {listed:?} differ from the union of its turn labels {union:?}"
            ));
        }
    }
    if call.deceptive == call.labels.is_empty() {
        return Err(format!(
            "deceptive is {} but the call has {} label(s)",
            call.deceptive,
            call.labels.len()
        ));
    }
    Ok(())
}

/// Sentences shorter than this (in normalized words) are not checked for overlap between splits:
/// "okay thank you" occurs in every corpus by every writer, a whole scripted sentence should not.
pub const OVERLAP_MIN_WORDS: usize = 8;
/// The same for Chinese, in characters.
pub const OVERLAP_MIN_CJK_CHARS: usize = 12;

/// The normalized long sentences of a set of calls (what the overlap check compares).
fn long_sentences(calls: &[Call]) -> std::collections::HashMap<String, &str> {
    let mut out = std::collections::HashMap::new();
    for c in calls {
        for t in &c.turns {
            for s in crate::textnorm::sentences(&t.text) {
                let words = crate::textnorm::normalize(s);
                // Chinese is written without spaces: count its characters instead.
                let cjk = s
                    .chars()
                    .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
                    .count();
                if words.len() >= OVERLAP_MIN_WORDS || cjk >= OVERLAP_MIN_CJK_CHARS {
                    out.entry(words.join(" ")).or_insert(c.id.as_str());
                }
            }
        }
    }
    out
}

/// A sentence found in two splits.
#[derive(Debug, Clone, PartialEq)]
pub struct Overlap {
    pub sentence: String,
    /// The call of the first split that has it, and one of the second.
    pub first: String,
    pub second: String,
}

/// Long sentences (normalized) that two splits share, sorted: a held-out split that repeats the
/// training text measures memory, not understanding.
pub fn sentence_overlap(a: &[Call], b: &[Call]) -> Vec<Overlap> {
    let sa = long_sentences(a);
    let mut out: Vec<Overlap> = long_sentences(b)
        .into_iter()
        .filter_map(|(s, id_b)| {
            sa.get(&s).map(|id_a| Overlap {
                sentence: s.clone(),
                first: (*id_a).to_owned(),
                second: id_b.to_owned(),
            })
        })
        .collect();
    out.sort_by(|x, y| x.sentence.cmp(&y.sentence));
    out
}

/// Writers (`source`) found in both splits.
pub fn writer_overlap(a: &[Call], b: &[Call]) -> Vec<String> {
    let wa: std::collections::BTreeSet<&str> =
        a.iter().filter_map(|c| c.source.as_deref()).collect();
    let wb: std::collections::BTreeSet<&str> =
        b.iter().filter_map(|c| c.source.as_deref()).collect();
    wa.intersection(&wb).map(|s| (*s).to_owned()).collect()
}

/// Multi-hot label vector in `patterns::PATTERNS` order.
pub fn label_vector(labels: &[String]) -> [f32; patterns::N_PATTERNS] {
    let mut v = [0f32; patterns::N_PATTERNS];
    for l in labels {
        if let Some(i) = patterns::index(l) {
            v[i] = 1.0;
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Corpus {
        Corpus::parse(Path::new("c.jsonl"), text)
    }

    const GOOD: &str = r#"{"id": "a", "lang": "en", "deceptive": true, "labels": ["code_request"], "scenario": "x", "notes": "ignored", "turns": [{"speaker": "agent", "text": "read me the code", "labels": ["code_request"], "start_ms": 5}, {"speaker": "customer", "text": "no", "labels": []}]}"#;

    #[test]
    fn reads_good_lines_and_ignores_unknown_fields() {
        let c = parse(GOOD);
        assert!(c.errors.is_empty(), "{:?}", c.errors);
        let (line, call) = &c.calls[0];
        assert_eq!(*line, 1);
        assert_eq!(call.turns[0].start_ms, Some(5));
        assert_eq!(label_vector(&call.labels)[3], 1.0);
    }

    #[test]
    fn reports_each_bad_line_with_its_number_and_keeps_the_rest() {
        let text = [
            GOOD,
            "{not json",
            r#"{"id": "b", "deceptive": false, "labels": [], "turns": []}"#,
            r#"{"id": "c", "deceptive": true, "labels": ["bribery"], "turns": [{"speaker": "agent", "text": "x", "labels": ["bribery"]}]}"#,
            r#"{"id": "d", "deceptive": true, "labels": ["abuse"], "turns": [{"speaker": "agent", "text": "x", "labels": []}]}"#,
            r#"{"id": "e", "deceptive": false, "labels": ["abuse"], "turns": [{"speaker": "agent", "text": "x", "labels": ["abuse"]}]}"#,
            GOOD,
            "",
            r#"{"id": "f", "deceptive": false, "labels": [], "turns": [{"speaker": "robot", "text": "x"}]}"#,
            r#"{"id": "g", "deceptive": false, "labels": [], "audio": "calls/g.wav"}"#,
        ]
        .join("\n");
        let c = parse(&text);
        let msgs: Vec<String> = c.errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(msgs.len(), 7, "{msgs:#?}");
        assert!(msgs[0].starts_with("c.jsonl:2: not a valid call"));
        assert!(msgs[1].starts_with("c.jsonl:3: call \"b\": empty call"));
        assert!(msgs[2].contains(":4:") && msgs[2].contains("unknown label \"bribery\""));
        assert!(msgs[3].contains(":5:") && msgs[3].contains("differ from the union"));
        assert!(msgs[4].contains(":6:") && msgs[4].contains("deceptive is false"));
        assert!(msgs[5].contains(":7:") && msgs[5].contains("duplicate id"));
        assert!(msgs[6].contains(":9:") && msgs[6].contains("unknown variant `robot`"));
        let ids: Vec<_> = c.calls.iter().map(|(_, c)| c.id.as_str()).collect();
        assert_eq!(ids, ["a", "g"]);
    }

    fn call_with(id: &str, source: &str, texts: &[&str]) -> Call {
        Call {
            id: id.into(),
            lang: "en".into(),
            deceptive: false,
            labels: vec![],
            turns: texts
                .iter()
                .map(|t| Turn {
                    speaker: Speaker::Agent,
                    text: (*t).into(),
                    labels: vec![],
                    start_ms: None,
                    end_ms: None,
                })
                .collect(),
            audio: None,
            scenario: None,
            hard_negative: None,
            source: Some(source.into()),
        }
    }

    #[test]
    fn overlap_finds_long_shared_sentences_whatever_their_case_and_punctuation() {
        let train = [call_with(
            "t1",
            "writer:01",
            &["Okay thank you. We add fifteen gigs every month and your tariff stays the same!"],
        )];
        let test = [
            call_with("x1", "writer:02", &["okay thank you"]),
            call_with(
                "x2",
                "writer:02",
                &["so, we add fifteen gigs every month and your tariff stays the same"],
            ),
            call_with(
                "x3",
                "writer:02",
                &["We add fifteen gigs every month, and your tariff stays the same."],
            ),
        ];
        let o = sentence_overlap(&train, &test);
        assert_eq!(o.len(), 1, "{o:?}");
        assert_eq!((o[0].first.as_str(), o[0].second.as_str()), ("t1", "x3"));
        assert!(writer_overlap(&train, &test).is_empty());
        assert_eq!(writer_overlap(&train, &train), ["writer:01"]);
    }
}
