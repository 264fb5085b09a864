//! `results.jsonl`: one line per call, appended as each call finishes.
//!
//! The file is the batch's only state. A line is written whole with one `write` and nothing is
//! buffered in the process, so a batch killed at any moment (Ctrl-C, `kill -9`) leaves every
//! finished call on disk and at most one torn last line, which resuming cuts off before it
//! appends. A lock on the file keeps two batches from writing the same folder at once.
//!
//! Nothing here holds a folder's results in memory: resuming needs only the keys, and summaries
//! and reports stream the file (a day of 110,000 calls is about 400 MB of lines).

use std::collections::BTreeSet;
use std::fs::{File, OpenOptions};
use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::inputs::{CallInput, Metadata};
use crate::pipeline::Audit;
pub use crate::pipeline::Timing;
use crate::privacy::Masking;
use crate::transcript::Speaker;
use crate::verdict::{PatternHit, TurnScores};

pub const RESULTS_FILE: &str = "results.jsonl";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Ok,
    Error,
}

/// A turn as the report shows it (masked in the file unless the batch ran with `--no-mask`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShownTurn {
    pub index: usize,
    pub speaker: Speaker,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_ms: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_ms: Option<i64>,
    pub text: String,
}

/// One line of `results.jsonl`: the `check` JSON of a call plus status, audio and metadata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CallResult {
    pub id: String,
    /// The input's stable key (call id or path as given): what resuming and merging match on.
    pub key: String,
    pub status: Status,
    pub audio: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(flatten)]
    pub meta: Metadata,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deceptive: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk: Option<f32>,
    #[serde(default)]
    pub patterns: Vec<PatternHit>,
    #[serde(default)]
    pub turns: Vec<TurnScores>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_ms: Option<i64>,
    #[serde(default)]
    pub transcript: Vec<ShownTurn>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timing_ms: Option<Timing>,
    /// How the recording decoded, when only part of it could be (the verdict rests on that part).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

impl CallResult {
    /// The result line of an audited call (unmasked: the writer masks it).
    pub fn from_audit(input: &CallInput, a: Audit) -> Self {
        let v = a.verdict;
        let transcript = a
            .transcript
            .turns()
            .into_iter()
            .enumerate()
            .map(|(index, t)| ShownTurn {
                index,
                speaker: t.speaker,
                start_ms: t.start_ms,
                end_ms: t.end_ms,
                text: t.text,
            })
            .collect();
        Self {
            id: v.id,
            key: input.key.clone(),
            status: Status::Ok,
            audio: input.shown.clone(),
            error: None,
            meta: input.meta.clone(),
            deceptive: Some(v.deceptive),
            risk: Some(v.risk),
            patterns: v.patterns,
            turns: v.turns,
            model: Some(v.model),
            duration_ms: v.duration_ms,
            transcript,
            timing_ms: Some(a.timing),
            warnings: v.warnings,
        }
    }

    /// The line as a writer with this masking writes it: evidence and transcript masked.
    pub fn shown(&self, m: Masking) -> Self {
        let mut r = self.clone();
        if m.0 {
            for e in r.patterns.iter_mut().flat_map(|p| p.evidence.iter_mut()) {
                e.text = m.text(&e.text);
            }
            for t in &mut r.transcript {
                t.text = m.text(&t.text);
            }
        }
        r
    }

    pub fn failed(key: &str, audio: &str, id: String, meta: Metadata, reason: String) -> Self {
        Self {
            id,
            key: key.to_owned(),
            status: Status::Error,
            audio: audio.to_owned(),
            error: Some(reason),
            meta,
            deceptive: None,
            risk: None,
            patterns: Vec::new(),
            turns: Vec::new(),
            model: None,
            duration_ms: None,
            transcript: Vec::new(),
            timing_ms: None,
            warnings: Vec::new(),
        }
    }

    /// `audio: reason`, for an error line on stderr (the reason may already name the file).
    pub fn error_line(&self) -> String {
        let reason = self.error.as_deref().unwrap_or("failed");
        if reason.starts_with(&self.audio) {
            reason.to_owned()
        } else {
            format!("{}: {reason}", self.audio)
        }
    }

    pub fn flagged(&self) -> bool {
        self.deceptive == Some(true)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ResultsError {
    #[error("{path}: cannot read or write")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: another batch is writing this folder (its lock is held)")]
    Locked { path: PathBuf },
    #[error("{path}:{line}: not a result line")]
    Line {
        path: PathBuf,
        line: usize,
        #[source]
        source: serde_json::Error,
    },
}

/// Just what resuming and merging need of a line.
#[derive(Debug, Deserialize)]
pub struct KeyStatus {
    pub key: String,
    pub status: Status,
    #[serde(default)]
    pub audio: String,
}

/// Calls `f` with each whole line of a results file and its number (from 1); a last line without
/// its newline is a write cut short and is skipped. Returns the byte length of the whole lines.
fn for_each_line(
    path: &Path,
    mut f: impl FnMut(usize, &str) -> Result<(), ResultsError>,
) -> Result<u64, ResultsError> {
    use std::io::BufRead;
    let io = |source| ResultsError::Io {
        path: path.to_owned(),
        source,
    };
    let mut rd = std::io::BufReader::new(File::open(path).map_err(io)?);
    let (mut line, mut whole, mut n) = (String::new(), 0u64, 0usize);
    loop {
        line.clear();
        let got = rd.read_line(&mut line).map_err(io)?;
        if got == 0 || !line.ends_with('\n') {
            return Ok(whole);
        }
        whole += got as u64;
        n += 1;
        if !line.trim().is_empty() {
            f(n, &line)?;
        }
    }
}

fn parse_line<T: serde::de::DeserializeOwned>(
    path: &Path,
    n: usize,
    line: &str,
) -> Result<T, ResultsError> {
    serde_json::from_str(line).map_err(|source| ResultsError::Line {
        path: path.to_owned(),
        line: n,
        source,
    })
}

/// Streams the results of a file, in order (a torn last line is skipped).
pub fn for_each(
    path: &Path,
    mut f: impl FnMut(CallResult) -> Result<(), ResultsError>,
) -> Result<(), ResultsError> {
    for_each_line(path, |n, line| f(parse_line(path, n, line)?))?;
    Ok(())
}

/// Streams just the key and status of each result.
pub fn for_each_key(path: &Path, mut f: impl FnMut(KeyStatus)) -> Result<u64, ResultsError> {
    for_each_line(path, |n, line| {
        f(parse_line(path, n, line)?);
        Ok(())
    })
}

/// Reads a whole results file into memory (small folders and tests).
pub fn read(path: &Path) -> Result<Vec<CallResult>, ResultsError> {
    let mut out = Vec::new();
    for_each(path, |r| {
        out.push(r);
        Ok(())
    })?;
    Ok(out)
}

/// The open, locked results file of a batch folder.
pub struct ResultsFile {
    path: PathBuf,
    file: File,
    /// Keys already on disk (done or failed): a resumed batch skips them.
    pub done: BTreeSet<String>,
    /// Bytes of a torn last line cut off when opening (0 normally).
    pub cut_bytes: u64,
    /// How appended lines are written.
    pub masking: Masking,
}

impl ResultsFile {
    /// Opens (or creates) `dir/results.jsonl`, takes its lock, reads what earlier runs finished
    /// and cuts a torn last line so the next append starts on a fresh line.
    pub fn open(dir: &Path, masking: Masking) -> Result<Self, ResultsError> {
        let path = dir.join(RESULTS_FILE);
        let io = |source| ResultsError::Io {
            path: path.clone(),
            source,
        };
        std::fs::create_dir_all(dir).map_err(io)?;
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(io)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(ResultsError::Locked { path: path.clone() })
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(io(e)),
        }
        let mut done = BTreeSet::new();
        let whole = for_each_key(&path, |k| {
            done.insert(k.key);
        })?;
        let len = file.metadata().map_err(io)?.len();
        if len > whole {
            file.set_len(whole).map_err(io)?;
        }
        file.seek(SeekFrom::End(0)).map_err(io)?;
        Ok(Self {
            path,
            file,
            done,
            cut_bytes: len - whole,
            masking,
        })
    }

    /// Appends one result as one whole line (masked unless the batch runs with `--no-mask`).
    pub fn append(&mut self, r: &CallResult) -> Result<(), ResultsError> {
        let mut line = serde_json::to_string(&r.shown(self.masking)).expect("results serialize");
        line.push('\n');
        self.file
            .write_all(line.as_bytes())
            .map_err(|source| ResultsError::Io {
                path: self.path.clone(),
                source,
            })?;
        self.done.insert(r.key.clone());
        Ok(())
    }

    /// Makes everything written durable (end of a run).
    pub fn sync(&self) -> Result<(), ResultsError> {
        self.file.sync_data().map_err(|source| ResultsError::Io {
            path: self.path.clone(),
            source,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failed(key: &str) -> CallResult {
        CallResult::failed(
            key,
            key,
            key.into(),
            Metadata::default(),
            "not a WAV file".into(),
        )
    }

    #[test]
    fn resume_keeps_whole_lines_and_cuts_a_torn_one() {
        let d = tempfile::tempdir().unwrap();
        {
            let mut f = ResultsFile::open(d.path(), Masking::default()).unwrap();
            assert!(f.done.is_empty());
            f.append(&failed("a.wav")).unwrap();
            f.append(&failed("b.wav")).unwrap();
        }
        // A kill in the middle of the third line.
        let p = d.path().join(RESULTS_FILE);
        let mut text = std::fs::read_to_string(&p).unwrap();
        let torn = "{\"id\":\"c\",\"key\":\"c.w";
        text.push_str(torn);
        std::fs::write(&p, &text).unwrap();

        let mut f = ResultsFile::open(d.path(), Masking::default()).unwrap();
        assert_eq!(f.cut_bytes, torn.len() as u64);
        assert_eq!(
            f.done.iter().map(String::as_str).collect::<Vec<_>>(),
            ["a.wav", "b.wav"]
        );
        f.append(&failed("c.wav")).unwrap();
        drop(f);
        let back = read(&p).unwrap();
        assert_eq!(back.len(), 3);
        assert_eq!(back[2].key, "c.wav");
        assert_eq!(back[2].error.as_deref(), Some("not a WAV file"));
        assert!(std::fs::read_to_string(&p).unwrap().ends_with("}\n"));
    }

    #[test]
    fn a_second_batch_on_the_same_folder_is_refused() {
        let d = tempfile::tempdir().unwrap();
        let _first = ResultsFile::open(d.path(), Masking::default()).unwrap();
        let e = ResultsFile::open(d.path(), Masking::default())
            .err()
            .expect("locked");
        assert!(matches!(e, ResultsError::Locked { .. }), "{e}");
    }

    #[test]
    fn a_corrupt_middle_line_names_its_line() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join(RESULTS_FILE);
        let ok = serde_json::to_string(&failed("a")).unwrap();
        std::fs::write(&p, format!("{ok}\nnot json\n{ok}\n")).unwrap();
        let e = read(&p).unwrap_err().to_string();
        assert!(e.ends_with("results.jsonl:2: not a result line"), "{e}");
    }

    #[test]
    fn error_lines_omit_verdict_fields_and_keep_metadata() {
        let mut r = failed("k");
        r.meta.agent_id = Some("A1".into());
        let v = serde_json::to_value(&r).unwrap();
        assert_eq!(v["status"], "error");
        assert_eq!(v["agent_id"], "A1");
        assert!(v.get("deceptive").is_none() && v.get("risk").is_none());
        let back: CallResult = serde_json::from_value(v).unwrap();
        assert_eq!(back, r);
    }
}
