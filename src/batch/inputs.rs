//! What a batch works on: every recording under a folder, or the rows of a manifest CSV with the
//! call's metadata. Each input gets a stable key (the call id, else the path as given) that
//! resuming, sampling and sharding all rely on, so it must not depend on where the folder is
//! mounted or in which order the file system lists it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// File extensions a folder walk picks up. WAV, MP3, FLAC and Ogg Vorbis decode; the others are
/// taken so that an inspector sees them in the failures (with how to convert them) instead of
/// silently missing calls.
pub const AUDIO_EXTENSIONS: &[&str] = &[
    "wav", "wave", "mp3", "flac", "ogg", "oga", "opus", "m4a", "amr", "aac", "wma",
];

/// Manifest columns we know; other columns are ignored.
pub const MANIFEST_COLUMNS: &[&str] = &[
    "path",
    "call_id",
    "agent_id",
    "caller_number",
    "called_number",
    "started_at",
    "campaign",
];

/// Metadata a manifest row may carry; every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caller_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub called_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign: Option<String>,
}

/// One call to process, or one manifest row that could not become one.
#[derive(Debug, Clone, PartialEq)]
pub struct CallInput {
    /// Stable identity: `call_id` when given, else the path as written (relative to the folder).
    pub key: String,
    /// Where to open the recording.
    pub path: PathBuf,
    /// How the recording is named in results (the path as given).
    pub shown: String,
    pub meta: Metadata,
    /// A manifest row that is unusable: recorded as a failed call, never opened.
    pub invalid: Option<String>,
}

impl CallInput {
    /// How results name the call: its `call_id`, else the recording's file name without its
    /// extension; an invalid manifest row by where it is.
    pub fn id(&self) -> String {
        if self.invalid.is_some() {
            return self.key.clone();
        }
        self.meta
            .call_id
            .clone()
            .or_else(|| {
                self.path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
            })
            .unwrap_or_else(|| self.key.clone())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{path}: cannot read")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: not a readable manifest CSV")]
    Csv {
        path: PathBuf,
        #[source]
        source: csv::Error,
    },
    #[error("{path}: the manifest has no `path` column (columns: {columns})")]
    NoPathColumn { path: PathBuf, columns: String },
    #[error("{path}: neither a folder nor a manifest .csv")]
    NotAnInput { path: PathBuf },
}

/// A folder (walked recursively) or a `.csv` manifest.
pub fn collect(input: &Path, exclude: Option<&Path>) -> Result<Vec<CallInput>, InputError> {
    if input.is_dir() {
        walk(input, exclude)
    } else if input
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
    {
        read_manifest(input)
    } else {
        Err(InputError::NotAnInput {
            path: input.to_owned(),
        })
    }
}

fn is_audio(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| AUDIO_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Every audio file under `root`, in path order; hidden entries and `exclude` (the batch's own
/// output folder, when it lies inside the input) are skipped.
pub fn walk(root: &Path, exclude: Option<&Path>) -> Result<Vec<CallInput>, InputError> {
    let exclude = exclude.and_then(|e| e.canonicalize().ok());
    let mut found = BTreeSet::new();
    // Folders already walked, by their real path: a symlink back up the tree (or to a folder
    // walked elsewhere) is not entered twice, so the walk ends and no recording counts twice.
    let mut walked: BTreeSet<PathBuf> = root.canonicalize().into_iter().collect();
    let mut stack = vec![root.to_owned()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|source| InputError::Io {
            path: dir.clone(),
            source,
        })?;
        for entry in entries {
            let entry = entry.map_err(|source| InputError::Io {
                path: dir.clone(),
                source,
            })?;
            let p = entry.path();
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            if p.is_dir() {
                let real = p.canonicalize().ok();
                if real.is_some() && real == exclude {
                    continue;
                }
                if real.is_some_and(|r| walked.insert(r)) {
                    stack.push(p);
                }
            } else if is_audio(&p) {
                found.insert(p);
            }
        }
    }
    Ok(found
        .into_iter()
        .map(|p| {
            let rel = p.strip_prefix(root).unwrap_or(&p);
            let key = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            CallInput {
                key,
                shown: p.display().to_string(),
                path: p,
                meta: Metadata::default(),
                invalid: None,
            }
        })
        .collect())
}

fn cell(v: Option<&str>) -> Option<String> {
    v.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

/// Reads a manifest: a header row with `path` and any of the metadata columns. Relative paths
/// are taken from the manifest's folder. A bad row (no path, a repeated call) becomes an
/// invalid input that the batch records as failed, with its line number.
pub fn read_manifest(path: &Path) -> Result<Vec<CallInput>, InputError> {
    let csv_err = |source| InputError::Csv {
        path: path.to_owned(),
        source,
    };
    let mut rd = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_path(path)
        .map_err(csv_err)?;
    let headers = rd.headers().map_err(csv_err)?.clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim_start_matches('\u{feff}').eq_ignore_ascii_case(name))
    };
    let Some(path_col) = col("path") else {
        return Err(InputError::NoPathColumn {
            path: path.to_owned(),
            columns: headers.iter().collect::<Vec<_>>().join(","),
        });
    };
    let cols: Vec<Option<usize>> = MANIFEST_COLUMNS.iter().map(|c| col(c)).collect();
    let base = path.parent().unwrap_or(Path::new("."));
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (i, rec) in rd.records().enumerate() {
        let line = i + 2;
        let where_ = format!("{}:{line}", path.display());
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                out.push(invalid(where_, format!("unreadable row: {e}")));
                continue;
            }
        };
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let get = |k: usize| cols[k].and_then(|c| cell(rec.get(c)));
        let meta = Metadata {
            call_id: get(1),
            agent_id: get(2),
            caller_number: get(3),
            called_number: get(4),
            started_at: get(5),
            campaign: get(6),
        };
        let Some(given) = cell(rec.get(path_col)) else {
            out.push(invalid(where_, "empty `path`".into()));
            continue;
        };
        let key = meta.call_id.clone().unwrap_or_else(|| given.clone());
        if !seen.insert(key.clone()) {
            out.push(invalid(where_, format!("call {key:?} is listed twice")));
            continue;
        }
        let p = Path::new(&given);
        let path = if p.is_absolute() {
            p.to_owned()
        } else {
            base.join(p)
        };
        out.push(CallInput {
            key,
            shown: path.display().to_string(),
            path,
            meta,
            invalid: None,
        });
    }
    Ok(out)
}

/// A manifest row that cannot be processed; keyed by its line so it is recorded once.
fn invalid(where_: String, reason: String) -> CallInput {
    CallInput {
        key: where_.clone(),
        path: PathBuf::from(&where_),
        shown: where_,
        meta: Metadata::default(),
        invalid: Some(reason),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walk_finds_audio_recursively_in_order_and_skips_the_output_folder() {
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        std::fs::create_dir_all(r.join("b/deep")).unwrap();
        std::fs::create_dir_all(r.join("audit")).unwrap();
        for f in [
            "a.wav",
            "b/deep/c.WAV",
            "b/x.mp3",
            "notes.txt",
            ".hidden.wav",
            "audit/r.wav",
        ] {
            std::fs::write(r.join(f), b"x").unwrap();
        }
        // A link back to the root must not loop or count the files twice.
        std::os::unix::fs::symlink(r, r.join("b/deep/loop")).unwrap();
        let got = walk(r, Some(&r.join("audit"))).unwrap();
        let keys: Vec<&str> = got.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(keys, ["a.wav", "b/deep/c.WAV", "b/x.mp3"]);
        assert!(got[1].path.ends_with("b/deep/c.WAV"));
    }

    #[test]
    fn manifest_rows_carry_metadata_and_bad_rows_name_their_line() {
        let d = tempfile::tempdir().unwrap();
        let m = d.path().join("m.csv");
        std::fs::write(
            &m,
            "\u{feff}path,call_id,agent_id,caller_number,campaign,extra\n\
             calls/a.wav,C1,A7,+86 138 0000 1111,spring,zz\n\
             /abs/b.wav,,A8,10086,,\n\
             ,C3,A9,,,\n\
             calls/d.wav,C1,A7,,,\n\
             \n",
        )
        .unwrap();
        let got = read_manifest(&m).unwrap();
        assert_eq!(got.len(), 4);
        assert_eq!(got[0].key, "C1");
        assert_eq!(got[0].path, d.path().join("calls/a.wav"));
        assert_eq!(got[0].meta.agent_id.as_deref(), Some("A7"));
        assert_eq!(got[0].meta.campaign.as_deref(), Some("spring"));
        assert_eq!(got[1].key, "/abs/b.wav");
        assert_eq!(got[1].path, PathBuf::from("/abs/b.wav"));
        assert_eq!(got[1].meta.caller_number.as_deref(), Some("10086"));
        assert!(got[1].meta.campaign.is_none());
        assert_eq!(got[2].invalid.as_deref(), Some("empty `path`"));
        assert!(got[2].key.ends_with("m.csv:4"));
        assert!(got[3].invalid.as_deref().unwrap().contains("listed twice"));
        // Results name a call by call_id, else file stem; a bad row by its place.
        assert_eq!(got[0].id(), "C1");
        assert_eq!(got[1].id(), "b");
        assert!(got[2].id().ends_with("m.csv:4"));
    }

    #[test]
    fn manifest_without_path_column_is_refused() {
        let d = tempfile::tempdir().unwrap();
        let m = d.path().join("m.csv");
        std::fs::write(&m, "file,agent\na.wav,1\n").unwrap();
        let e = read_manifest(&m).unwrap_err().to_string();
        assert!(
            e.contains("no `path` column") && e.contains("file,agent"),
            "{e}"
        );
    }
}
