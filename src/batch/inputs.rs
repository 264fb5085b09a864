//! What a batch works on: every recording under a folder, or the rows of a manifest CSV with the
//! call's metadata. Each input gets a stable key (the call id, else the path as given) that
//! resuming, sampling and sharding all rely on, so it must not depend on where the folder is
//! mounted or in which order the file system lists it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::names;

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
    #[error("{out} holds the results of {before}; this batch reads {now}: give another --out (or merge the two folders afterwards)")]
    OtherInput {
        out: PathBuf,
        before: String,
        now: String,
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
/// output folder, when it lies inside the input) are skipped, and so are entries that are not
/// regular files (a FIFO would block the reader forever), each named in a warning. A sub-folder
/// that cannot be read becomes one failed input, so the rest of the batch still runs.
///
/// A call's key is its path below the root, written losslessly (`names`): the same wherever the
/// folder is mounted, so shards on different machines agree. Which folder the keys belong to is
/// recorded once per output folder (`bind_input`), so a batch of another folder into the same
/// output is refused instead of skipping calls whose names happen to match.
pub fn walk(root: &Path, exclude: Option<&Path>) -> Result<Vec<CallInput>, InputError> {
    walk_with(root, exclude, list_dir)
}

/// The entries of a folder (names starting with a dot left out).
fn list_dir(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if !entry.file_name().as_encoded_bytes().starts_with(b".") {
            out.push(entry.path());
        }
    }
    Ok(out)
}

/// `walk` with the folder lister given (tests make a folder fail even when run as root).
fn walk_with(
    root: &Path,
    exclude: Option<&Path>,
    list: impl Fn(&Path) -> std::io::Result<Vec<PathBuf>>,
) -> Result<Vec<CallInput>, InputError> {
    let exclude = exclude.and_then(|e| e.canonicalize().ok());
    let real_root = root.canonicalize().map_err(|source| InputError::Io {
        path: root.to_owned(),
        source,
    })?;
    let mut found = BTreeSet::new();
    let mut unreadable = Vec::new();
    // Folders already walked, by their real path: a symlink back up the tree (or to a folder
    // walked elsewhere) is not entered twice, so the walk ends and no recording counts twice.
    let mut walked: BTreeSet<PathBuf> = BTreeSet::from([real_root.clone()]);
    let mut stack = vec![root.to_owned()];
    while let Some(dir) = stack.pop() {
        let entries = match list(&dir) {
            Ok(e) => e,
            Err(source) if dir == root => {
                return Err(InputError::Io { path: dir, source });
            }
            Err(e) => {
                unreadable.push((dir.clone(), format!("cannot read this folder: {e}")));
                continue;
            }
        };
        for p in entries {
            // Follows links: a link to a recording is that recording.
            let meta = std::fs::metadata(&p);
            if meta.as_ref().is_ok_and(|m| m.is_dir()) {
                let real = p.canonicalize().ok();
                if real.is_some() && real == exclude {
                    continue;
                }
                if real.is_some_and(|r| walked.insert(r)) {
                    stack.push(p);
                }
            } else if is_audio(&p) {
                match meta {
                    Ok(m) if m.is_file() => {
                        found.insert(p);
                    }
                    Ok(_) => tracing::warn!(
                        "{}: skipped: not a regular file (a pipe, socket or device)",
                        names::to_text(&p)
                    ),
                    Err(e) => unreadable.push((p, format!("cannot read: {e}"))),
                }
            }
        }
    }
    let key_of = |p: &Path| names::to_text(p.strip_prefix(root).unwrap_or(p));
    let mut out: Vec<CallInput> = found
        .into_iter()
        .map(|p| CallInput {
            key: key_of(&p),
            shown: names::to_text(&p),
            path: p,
            meta: Metadata::default(),
            invalid: None,
        })
        .collect();
    for (p, why) in unreadable {
        let mut c = invalid(names::to_text(&p), why);
        c.key = key_of(&p);
        c.path = p;
        out.push(c);
    }
    Ok(out)
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
        let p = Path::new(&given);
        let path = if p.is_absolute() {
            p.to_owned()
        } else {
            base.join(p)
        };
        let key = meta.call_id.clone().unwrap_or_else(|| given.clone());
        if !seen.insert(key.clone()) {
            out.push(invalid(where_, format!("call {key:?} is listed twice")));
            continue;
        }
        out.push(CallInput {
            key,
            shown: names::to_text(&path),
            path,
            meta,
            invalid: None,
        });
    }
    Ok(out)
}

/// The file in an output folder that says which input its results belong to.
pub const INPUT_FILE: &str = "input.json";

/// Records which input (folder or manifest, by its real path) an output folder's results belong
/// to, or refuses a different one: keys are paths below the input, so a second folder with the
/// same file names would otherwise look finished.
pub fn bind_input(out: &Path, input: &Path) -> Result<(), InputError> {
    let real = input.canonicalize().unwrap_or_else(|_| input.to_owned());
    let this = names::to_text(&real);
    let file = out.join(INPUT_FILE);
    let io = |source| InputError::Io {
        path: file.clone(),
        source,
    };
    match std::fs::read_to_string(&file) {
        Ok(text) => {
            let v: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
            let before = v["input"].as_str().unwrap_or_default();
            if !before.is_empty() && before != this {
                return Err(InputError::OtherInput {
                    out: out.to_owned(),
                    before: before.to_owned(),
                    now: this,
                });
            }
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(out).map_err(io)?;
            let text = serde_json::json!({ "input": this }).to_string() + "\n";
            std::fs::write(&file, text).map_err(io)
        }
        Err(e) => Err(io(e)),
    }
}

/// The input an output folder's results belong to (empty for folders of older versions).
pub fn bound_input(out: &Path) -> String {
    std::fs::read_to_string(out.join(INPUT_FILE))
        .ok()
        .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
        .and_then(|v| v["input"].as_str().map(str::to_owned))
        .unwrap_or_default()
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

    #[test]
    fn special_files_are_skipped_and_an_unreadable_folder_is_one_failed_input() {
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        std::fs::create_dir_all(r.join("locked")).unwrap();
        std::fs::write(r.join("locked/x.wav"), b"x").unwrap();
        std::fs::write(r.join("ok.wav"), b"x").unwrap();
        let fifo = r.join("pipe.wav");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo");
        // Permissions do not stop root (CI runs as root): the lister fails the folder instead.
        let locked = r.join("locked");
        let got = walk_with(r, None, |d| {
            if d == locked {
                Err(std::io::Error::from(std::io::ErrorKind::PermissionDenied))
            } else {
                list_dir(d)
            }
        })
        .unwrap();
        let shown: Vec<&str> = got.iter().map(|c| c.shown.as_str()).collect();
        assert!(!shown.iter().any(|s| s.ends_with("pipe.wav")), "{shown:?}");
        assert!(shown.iter().any(|s| s.ends_with("ok.wav")));
        let bad: Vec<&CallInput> = got.iter().filter(|c| c.invalid.is_some()).collect();
        assert_eq!(bad.len(), 1, "{got:?}");
        assert!(bad[0]
            .invalid
            .as_deref()
            .unwrap()
            .contains("cannot read this folder"));
        assert!(bad[0].shown.ends_with("locked"));
        assert_eq!(got.len(), 2, "ok.wav and the failed folder: {got:?}");
    }

    #[test]
    fn keys_do_not_depend_on_the_mount_and_bytes_are_kept() {
        use std::os::unix::ffi::OsStringExt;
        let d = tempfile::tempdir().unwrap();
        for day in ["day1", "day2"] {
            std::fs::create_dir_all(d.path().join(day)).unwrap();
            std::fs::write(d.path().join(day).join("a.wav"), b"x").unwrap();
        }
        let k1 = walk(&d.path().join("day1"), None).unwrap()[0].key.clone();
        assert_eq!(k1, "a.wav");
        // The same folder named another way (or mounted elsewhere) has the same keys.
        let again = walk(&d.path().join("day1/../day1"), None).unwrap();
        assert_eq!(again[0].key, k1);
        let odd = d.path().join("odd");
        std::fs::create_dir_all(&odd).unwrap();
        for b in [b"x\xe9.wav".to_vec(), b"x\xe8.wav".to_vec()] {
            std::fs::write(odd.join(std::ffi::OsString::from_vec(b)), b"x").unwrap();
        }
        let got = walk(&odd, None).unwrap();
        assert_eq!(got.len(), 2);
        assert_ne!(got[0].key, got[1].key);
        assert_eq!(names::from_text(&got[0].shown), got[0].path);
    }

    #[test]
    fn an_output_folder_refuses_the_results_of_another_input() {
        let d = tempfile::tempdir().unwrap();
        for day in ["day1", "day2"] {
            std::fs::create_dir_all(d.path().join(day)).unwrap();
        }
        let out = d.path().join("audit");
        bind_input(&out, &d.path().join("day1")).unwrap();
        bind_input(&out, &d.path().join("day1/../day1")).unwrap();
        let e = bind_input(&out, &d.path().join("day2"))
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("holds the results of") && e.contains("day2"),
            "{e}"
        );
        assert!(bound_input(&out).ends_with("day1"));
    }
}
