//! A batch folder's outputs, built from its results file(s) in one streaming pass:
//! `summary.json`, `report.html` (only the riskiest calls are held in memory) and, when merging
//! or reporting into another folder, the merged `results.jsonl`.
//!
//! The page itself is rendered by the caller's function (the report module draws it; batch only
//! decides which calls it gets), so the batch library does not depend on the renderer.

use std::collections::HashMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::results::{self, CallResult, ResultsError, Status, RESULTS_FILE};
use super::summary::{RunInfo, Summarizer, Summary, TopCalls};
use super::{REPORT_FILE, SUMMARY_FILE};

#[derive(Debug, thiserror::Error)]
pub enum OutputsError {
    #[error(transparent)]
    Results(#[from] ResultsError),
    #[error("{path}: is one of the folders being merged; merge into a new folder (--out)")]
    OutIsInput { path: PathBuf },
    #[error("{path}: cannot write")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

fn write_err(path: &Path) -> impl FnOnce(std::io::Error) -> OutputsError + '_ {
    move |source| OutputsError::Write {
        path: path.to_owned(),
        source,
    }
}

/// Writes a file whole: a temporary file renamed over the old, so a reader never sees half.
/// A write that fails (a full disk) leaves no temporary file behind.
pub fn write_atomic(path: &Path, text: &str) -> Result<(), OutputsError> {
    let tmp = path.with_extension("tmp");
    let written = std::fs::write(&tmp, text)
        .and_then(|()| std::fs::File::open(&tmp)?.sync_all())
        .map_err(write_err(&tmp))
        .and_then(|()| std::fs::rename(&tmp, path).map_err(write_err(path)));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

/// The runs recorded in a folder's `summary.json` (none if it has no readable summary yet).
pub fn read_summary_runs(dir: &Path) -> Vec<RunInfo> {
    std::fs::read_to_string(dir.join(SUMMARY_FILE))
        .ok()
        .and_then(|t| serde_json::from_str::<Summary>(&t).ok())
        .map(|s| s.runs)
        .unwrap_or_default()
}

/// How a folder's outputs are built.
pub struct Outputs<'a> {
    /// Folders whose results.jsonl are read (several: merged, a call found twice kept once).
    pub sources: &'a [PathBuf],
    /// Where summary.json and report.html go.
    pub out: &'a Path,
    /// Also write the merged results.jsonl there (merge and report into another folder).
    pub write_results: bool,
    pub runs: Vec<RunInfo>,
    /// Calls the page's queue may show at most.
    pub queue_limit: usize,
    /// How the merged results.jsonl is written.
    pub masking: crate::privacy::Masking,
}

/// A call's identity across folders: the input its folder was bound to (`inputs::bind_input`)
/// and its key. Shards of one batch share both for a call done twice; two batches of different
/// folders whose file names agree keep both calls.
type Identity = (String, String);

/// Where each call's winning line is: (source index, line index in that source, status).
type Winners = HashMap<Identity, (usize, usize, Status)>;

/// Which line of which source holds each call: a judged result beats a failure, else the later
/// one wins. Only needed when several folders might repeat a call.
pub fn winners(sources: &[PathBuf]) -> Result<Winners, ResultsError> {
    let mut win: Winners = HashMap::new();
    for (i, d) in sources.iter().enumerate() {
        let mut n = 0;
        let input = super::inputs::bound_input(d);
        results::for_each_key(&d.join(RESULTS_FILE), |k| {
            let id = (input.clone(), k.key);
            if let Some(old) = win.get(&id) {
                tracing::warn!("{}: {} appears in more than one folder", d.display(), id.0);
                if old.2 == Status::Ok && k.status == Status::Error {
                    n += 1;
                    return;
                }
            }
            win.insert(id, (i, n, k.status));
            n += 1;
        })?;
    }
    Ok(win)
}

/// Refuses an output folder that is one of the inputs: merging into a source rewrites the file
/// it is reading.
pub fn check_out_is_not_an_input(sources: &[PathBuf], out: &Path) -> Result<(), OutputsError> {
    let real = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_owned());
    let o = real(out);
    match sources.iter().find(|s| real(s) == o) {
        Some(s) => Err(OutputsError::OutIsInput { path: s.clone() }),
        None => Ok(()),
    }
}

/// One streaming pass over the results: summary.json, report.html (drawn by `page` from the
/// queue's calls and the summary), and the merged results.jsonl when asked.
pub fn write_outputs(
    o: Outputs<'_>,
    page: impl FnOnce(&[CallResult], &Summary) -> String,
) -> Result<Summary, OutputsError> {
    let win = if o.sources.len() > 1 {
        Some(winners(o.sources)?)
    } else {
        None
    };
    let mut merged = if o.write_results {
        let tmp = o.out.join(format!("{RESULTS_FILE}.tmp"));
        let f = std::fs::File::create(&tmp).map_err(write_err(&tmp))?;
        Some((std::io::BufWriter::new(f), tmp))
    } else {
        None
    };
    let mut sum = Summarizer::default();
    let mut top = TopCalls::new(o.queue_limit);
    for (i, d) in o.sources.iter().enumerate() {
        let mut n = 0;
        let input = super::inputs::bound_input(d);
        results::for_each(&d.join(RESULTS_FILE), |r| {
            let keep = win.as_ref().is_none_or(|w| {
                w.get(&(input.clone(), r.key.clone()))
                    .is_some_and(|&(si, ni, _)| (si, ni) == (i, n))
            });
            n += 1;
            if !keep {
                return Ok(());
            }
            if let Some((w, tmp)) = merged.as_mut() {
                let line = serde_json::to_string(&r.shown(o.masking)).expect("serializable") + "\n";
                w.write_all(line.as_bytes())
                    .map_err(|source| ResultsError::Io {
                        path: tmp.clone(),
                        source,
                    })?;
            }
            sum.add(&r);
            top.push(r);
            Ok(())
        })?;
    }
    if let Some((w, tmp)) = merged {
        w.into_inner()
            .map_err(|e| e.into_error())
            .and_then(|f| f.sync_all())
            .map_err(write_err(&tmp))?;
        let dest = o.out.join(RESULTS_FILE);
        std::fs::rename(&tmp, &dest).map_err(write_err(&dest))?;
    }
    let sum = sum.finish(o.runs);
    write_atomic(
        &o.out.join(SUMMARY_FILE),
        &(serde_json::to_string_pretty(&sum).expect("serializable") + "\n"),
    )?;
    let queue = top.into_sorted();
    write_atomic(&o.out.join(REPORT_FILE), &page(&queue, &sum))?;
    Ok(sum)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::batch::inputs::Metadata;
    use crate::privacy::Masking;

    fn result(key: &str, ok: bool, risk: f32) -> CallResult {
        let mut r = CallResult::failed(key, key, key.into(), Metadata::default(), "bad".into());
        if ok {
            r.status = Status::Ok;
            r.error = None;
            r.deceptive = Some(risk >= 0.5);
            r.risk = Some(risk);
        }
        r
    }

    fn folder(d: &Path, rs: &[CallResult]) -> PathBuf {
        std::fs::create_dir_all(d).unwrap();
        let mut f = results::ResultsFile::open(d, Masking::default()).unwrap();
        for r in rs {
            f.append(r).unwrap();
        }
        d.to_owned()
    }

    #[test]
    fn merge_keeps_a_judged_result_over_a_failure_and_each_call_once() {
        let t = tempfile::tempdir().unwrap();
        let a = folder(
            &t.path().join("a"),
            &[result("x", true, 0.9), result("y", false, 0.0)],
        );
        let b = folder(
            &t.path().join("b"),
            &[result("x", false, 0.0), result("y", true, 0.2)],
        );
        let out = t.path().join("out");
        std::fs::create_dir_all(&out).unwrap();
        let mut queued = 0;
        let sum = write_outputs(
            Outputs {
                sources: &[a, b],
                out: &out,
                write_results: true,
                runs: vec![],
                queue_limit: 10,
                masking: Masking::default(),
            },
            |q, _| {
                queued = q.len();
                "page".into()
            },
        )
        .unwrap();
        assert_eq!((sum.calls, sum.ok, sum.failed, sum.flagged), (2, 2, 0, 1));
        assert_eq!(queued, 2);
        let merged = results::read(&out.join(RESULTS_FILE)).unwrap();
        let got: Vec<(&str, Status)> = merged.iter().map(|r| (r.key.as_str(), r.status)).collect();
        assert_eq!(got, [("x", Status::Ok), ("y", Status::Ok)]);
        assert_eq!(
            std::fs::read_to_string(out.join(REPORT_FILE)).unwrap(),
            "page"
        );
        assert!(!out.join("summary.tmp").exists());
    }

    #[test]
    fn merge_keeps_calls_of_different_inputs_that_share_a_key_and_refuses_an_input_as_out() {
        let t = tempfile::tempdir().unwrap();
        for day in ["day1", "day2"] {
            std::fs::create_dir_all(t.path().join(day)).unwrap();
        }
        let a = folder(&t.path().join("a"), &[result("a.wav", true, 0.1)]);
        let b = folder(&t.path().join("b"), &[result("a.wav", true, 0.9)]);
        super::super::inputs::bind_input(&a, &t.path().join("day1")).unwrap();
        super::super::inputs::bind_input(&b, &t.path().join("day2")).unwrap();
        let out = t.path().join("all");
        std::fs::create_dir_all(&out).unwrap();
        let sources = [a.clone(), b];
        let sum = write_outputs(
            Outputs {
                sources: &sources,
                out: &out,
                write_results: true,
                runs: vec![],
                queue_limit: 10,
                masking: Masking::default(),
            },
            |_, _| String::new(),
        )
        .unwrap();
        assert_eq!(sum.calls, 2, "no distinct call dropped");
        let e = check_out_is_not_an_input(&sources, &t.path().join("a/../a")).unwrap_err();
        assert!(e.to_string().contains("merge into a new folder"), "{e}");
        assert!(check_out_is_not_an_input(&sources, &out).is_ok());
    }

    #[test]
    fn a_full_disk_leaves_no_temporary_file_behind() {
        // /dev/full answers every write with ENOSPC: the temporary file is made to point there.
        let t = tempfile::tempdir().unwrap();
        let target = t.path().join("summary.json");
        std::os::unix::fs::symlink("/dev/full", t.path().join("summary.tmp")).unwrap();
        let e = write_atomic(&target, "{}").unwrap_err().to_string();
        assert!(e.contains("summary.tmp"), "{e}");
        assert!(!t.path().join("summary.tmp").exists());
        assert!(std::fs::symlink_metadata(t.path().join("summary.tmp")).is_err());
        assert!(!target.exists(), "no half summary either");
    }

    #[test]
    fn summary_runs_survive_a_rebuild() {
        let t = tempfile::tempdir().unwrap();
        let a = folder(&t.path().join("a"), &[result("x", true, 0.1)]);
        let run = RunInfo {
            started_at_unix: 1,
            wall_s: 2.0,
            jobs: 1,
            shard: None,
            calls: 1,
            audio_hours: 0.5,
            audio_hours_per_wall_hour: 900.0,
        };
        let o = |runs| Outputs {
            sources: std::slice::from_ref(&a),
            out: &a,
            write_results: false,
            runs,
            queue_limit: 10,
            masking: Masking::default(),
        };
        write_outputs(o(vec![run.clone()]), |_, _| String::new()).unwrap();
        assert_eq!(read_summary_runs(&a), vec![run]);
        assert!(read_summary_runs(&t.path().join("none")).is_empty());
    }
}
