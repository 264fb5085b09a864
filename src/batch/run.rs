//! The worker pool: N judges take calls from a shared queue; the calling thread alone writes
//! `results.jsonl`, one whole line per finished call, so a kill loses at most the calls in
//! flight (they are simply done again on resume).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use super::inputs::CallInput;
use super::judge::CallJudge;
use super::results::{CallResult, ResultsError, ResultsFile};

/// Memory one worker needs besides its model file: Whisper's buffers and one call's audio,
/// measured at about 250 MB (`eval/bench/README.md`: +288 MB per tiny.en worker, 44 MB of model).
pub const WORKER_OVERHEAD_BYTES: u64 = 256 << 20;

/// Available memory from `/proc/meminfo` (None where it cannot be read).
pub fn available_memory() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = text.lines().find(|l| l.starts_with("MemAvailable:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// How many workers fit in `available` bytes when each holds a model of `model_bytes` (at least
/// one: a batch always runs).
pub fn workers_that_fit(available: u64, model_bytes: u64) -> usize {
    let per = model_bytes + WORKER_OVERHEAD_BYTES;
    // Leave a quarter of what is free to the classifier, the page and the rest of the machine.
    ((available / 4 * 3) / per).max(1) as usize
}

/// Runs every input through the judges (one thread each) and appends each result as it
/// finishes. `on_done` sees each result after it is on disk (progress, error lines).
/// Returns how many results this run wrote.
pub fn run<J: CallJudge + Send>(
    todo: &[CallInput],
    judges: Vec<J>,
    out: &mut ResultsFile,
    mut on_done: impl FnMut(&CallResult),
) -> Result<usize, ResultsError> {
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<CallResult>();
    let mut written = 0;
    std::thread::scope(|s| -> Result<(), ResultsError> {
        for mut judge in judges {
            let tx = tx.clone();
            let next = &next;
            s.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(input) = todo.get(i) else { break };
                if tx.send(judge.judge(input)).is_err() {
                    break; // the writer stopped (a disk error): no point going on
                }
            });
        }
        drop(tx);
        for r in rx {
            if let Err(e) = out.append(&r) {
                // Stop handing out work; workers finish their current call and exit.
                next.store(todo.len(), Ordering::Relaxed);
                return Err(e);
            }
            written += 1;
            on_done(&r);
        }
        Ok(())
    })?;
    out.sync()?;
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::batch::inputs::Metadata;
    use crate::batch::results::{self, Status};

    /// Judges by name: `bad*` fails, everything else is fine; counts what it saw.
    struct Fake<'a>(&'a AtomicUsize);
    impl CallJudge for Fake<'_> {
        fn judge(&mut self, input: &CallInput) -> CallResult {
            self.0.fetch_add(1, Ordering::SeqCst);
            let mut r = CallResult::failed(
                &input.key,
                &input.shown,
                input.key.clone(),
                Metadata::default(),
                "broken".into(),
            );
            if !input.key.starts_with("bad") {
                r.status = Status::Ok;
                r.error = None;
                r.deceptive = Some(false);
            }
            r
        }
    }

    fn inputs(keys: &[&str]) -> Vec<CallInput> {
        keys.iter()
            .map(|k| CallInput {
                key: (*k).into(),
                path: (*k).into(),
                shown: (*k).into(),
                meta: Metadata::default(),
                invalid: None,
            })
            .collect()
    }

    #[test]
    fn every_input_is_written_once_with_failures_recorded() {
        let d = tempfile::tempdir().unwrap();
        let keys: Vec<String> = (0..40)
            .map(|i| {
                if i % 7 == 3 {
                    format!("bad{i}")
                } else {
                    format!("c{i}")
                }
            })
            .collect();
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        let todo = inputs(&keys);
        let seen = AtomicUsize::new(0);
        let mut out = ResultsFile::open(d.path(), crate::privacy::Masking::default()).unwrap();
        let mut progress = 0;
        let n = run(
            &todo,
            vec![Fake(&seen), Fake(&seen), Fake(&seen)],
            &mut out,
            |_| progress += 1,
        )
        .unwrap();
        assert_eq!((n, progress, seen.load(Ordering::SeqCst)), (40, 40, 40));
        drop(out);
        let back = results::read(&d.path().join(results::RESULTS_FILE)).unwrap();
        let mut got: Vec<&str> = back.iter().map(|r| r.key.as_str()).collect();
        got.sort_unstable();
        let mut want = keys.clone();
        want.sort_unstable();
        assert_eq!(got, want);
        let failed = back.iter().filter(|r| r.status == Status::Error).count();
        assert_eq!(failed, 6);
    }

    #[test]
    fn workers_are_capped_by_memory_and_never_zero() {
        let gb = 1u64 << 30;
        assert_eq!(workers_that_fit(4 * gb, 44 << 20), 10);
        assert_eq!(workers_that_fit(100 << 20, 44 << 20), 1);
        assert!(available_memory().is_some_and(|m| m > 0));
    }
}
