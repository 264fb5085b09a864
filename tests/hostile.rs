//! The hostile battery: what a careless or hostile user gives callaudit, each with the outcome the
//! README documents (a clear error naming the input, the rest processed, nothing lost, the exit
//! code), and a seeded mutation loop over every audio reader (no panic, no hang).
//!
//! Counts (kept in the README's reliability section): 30 hostile recordings and special files in
//! one batch, 9 malformed corpus and transcript inputs, 5 hostile manifest rows, 3 damaged model
//! files in a copied cache, a read-only output folder, and 600 mutants of WAV, MP3, FLAC and Ogg.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use callaudit::audio::wav::encode_wav;
use callaudit::audio::AudioStream;
use callaudit::batch::names;

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_callaudit"));
    c.env("CALLAUDIT_MODELS", common::model_dir())
        .env("NO_COLOR", "1")
        .arg("--offline")
        .stdin(Stdio::null());
    c
}

/// Runs the binary; a Rust panic (101) or a signal (abort, segfault) fails the test.
fn run(c: &mut Command) -> Output {
    let out = c.output().expect("runs");
    match out.status.code() {
        Some(101) | None => panic!(
            "crashed ({:?}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ),
        _ => out,
    }
}

/// A short tone as 16-bit PCM samples.
fn tone(rate: u32, secs: f32, channels: u16) -> Vec<u8> {
    let n = (rate as f32 * secs) as usize;
    (0..n)
        .flat_map(|i| {
            let v = ((i as f32 * 0.07).sin() * 8000.0) as i16;
            (0..channels).flat_map(move |_| v.to_le_bytes())
        })
        .collect()
}

fn pcm_wav(rate: u32, secs: f32, channels: u16) -> Vec<u8> {
    encode_wav(1, channels, rate, 16, &tone(rate, secs, channels))
}

/// Encodes a WAV into another format with sox (and lame for MP3), which CI installs.
fn encoded(dir: &Path, ext: &str) -> Vec<u8> {
    let wav = dir.join(format!("src-{ext}.wav"));
    std::fs::write(&wav, pcm_wav(8000, 2.0, 2)).unwrap();
    let out = dir.join(format!("src.{ext}"));
    let ok = if ext == "mp3" {
        Command::new("lame")
            .args(["--silent", "-q", "9"])
            .arg(&wav)
            .arg(&out)
            .status()
    } else {
        Command::new("sox").arg(&wav).arg(&out).status()
    };
    assert!(
        ok.is_ok_and(|s| s.success()),
        "sox/lame must be installed (scripts/setup.sh) to make the {ext} fixture"
    );
    std::fs::read(out).unwrap()
}

/// Deterministic xorshift, so every run tries the same mutants.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn mutate(base: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut b = base.to_vec();
    for _ in 0..1 + rng.below(4) {
        match rng.below(6) {
            0 => {
                let i = rng.below(b.len());
                b[i] ^= 1 << rng.below(8);
            }
            1 => b.truncate(rng.below(b.len())),
            2 => {
                let i = rng.below(b.len());
                let junk: Vec<u8> = (0..rng.below(64)).map(|_| rng.next() as u8).collect();
                b.splice(i..i, junk);
            }
            3 => {
                // Header fields are where the lies hurt: overwrite one of the first 64 bytes.
                let i = rng.below(b.len().min(64));
                b[i] = rng.next() as u8;
            }
            4 => {
                let i = rng.below(b.len());
                let j = (i + rng.below(256)).min(b.len());
                b[i..j].fill(0xFF);
            }
            _ => {
                let i = rng.below(b.len());
                let j = (i + rng.below(512)).min(b.len());
                let dup = b[i..j].to_vec();
                b.extend(dup);
            }
        }
        if b.is_empty() {
            break;
        }
    }
    b
}

/// Opens and decodes a file to its end in a thread: Ok(outcome) or a hang.
fn decode_with_deadline(path: PathBuf) -> Result<Result<(), String>, &'static str> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let r = std::panic::catch_unwind(|| {
            let mut s = AudioStream::open(&path).map_err(|e| e.to_string())?;
            let mut blocks = 0;
            while s.next_block().map_err(|e| e.to_string())?.is_some() {
                blocks += 1;
                // A mutant that claims hours of audio is read, but not forever.
                if blocks > 2000 {
                    return Err("too long".to_owned());
                }
            }
            Ok(())
        });
        let _ = tx.send(r);
    });
    match rx.recv_timeout(Duration::from_secs(20)) {
        Ok(Ok(r)) => Ok(r),
        Ok(Err(_)) => panic!("a reader panicked"),
        Err(_) => Err("hang"),
    }
}

#[test]
fn six_hundred_mutants_of_every_format_decode_or_fail_cleanly() {
    let d = tempfile::tempdir().unwrap();
    let bases: Vec<(&str, Vec<u8>)> = vec![
        ("wav", pcm_wav(8000, 1.0, 2)),
        ("ulaw.wav", {
            let data: Vec<u8> = (0..8000).map(|i| (i % 256) as u8).collect();
            encode_wav(7, 1, 8000, 8, &data)
        }),
        ("mp3", encoded(d.path(), "mp3")),
        ("flac", encoded(d.path(), "flac")),
        ("ogg", encoded(d.path(), "ogg")),
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut decoded, mut refused) = (0, 0);
    for k in 0..600 {
        let (ext, base) = &bases[k % bases.len()];
        let m = mutate(base, &mut rng);
        let p = d.path().join(format!("m{k}.{ext}"));
        std::fs::write(&p, &m).unwrap();
        match decode_with_deadline(p) {
            Ok(Ok(())) => decoded += 1,
            Ok(Err(msg)) => {
                assert!(!msg.is_empty());
                refused += 1;
            }
            Err(why) => panic!("mutant {k} ({ext}): {why}"),
        }
    }
    // Both outcomes happen: the loop exercises the readers' error paths and their lenience.
    assert_eq!(decoded + refused, 600);
    assert!(
        decoded > 50 && refused > 50,
        "{decoded} decoded, {refused} refused"
    );
}

/// The hostile folder: 30 entries that are not usable recordings, next to the sample call.
fn hostile_folder(root: &Path) -> Vec<String> {
    let put = |name: &str, bytes: &[u8]| std::fs::write(root.join(name), bytes).unwrap();
    let mut names: Vec<String> = Vec::new();
    let mut bad = |name: &str, bytes: &[u8]| {
        put(name, bytes);
        names.push(name.to_owned());
    };
    let good = pcm_wav(8000, 1.0, 1);
    bad("empty.wav", b"");
    bad("one-byte.wav", b"R");
    bad("text.wav", b"this is not audio at all\n");
    bad("png.wav", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    bad("riff-only.wav", b"RIFF");
    bad("no-fmt.wav", b"RIFF\x04\0\0\0WAVE");
    bad("cut-in-fmt.wav", &good[..30]);
    bad("no-data.wav", &good[..36]);
    let mut zero_ch = good.clone();
    zero_ch[22..24].copy_from_slice(&0u16.to_le_bytes());
    bad("zero-channels.wav", &zero_ch);
    bad("six-channels.wav", &pcm_wav(8000, 0.5, 6));
    let mut zero_rate = good.clone();
    zero_rate[24..28].copy_from_slice(&0u32.to_le_bytes());
    bad("zero-rate.wav", &zero_rate);
    let mut bits = good.clone();
    bits[34..36].copy_from_slice(&12u16.to_le_bytes());
    bad("twelve-bit.wav", &bits);
    let mut codec = good.clone();
    codec[20..22].copy_from_slice(&0x55u16.to_le_bytes());
    bad("mp3-in-wav.wav", &codec);
    bad("m4a.wav", b"\0\0\0\x20ftypM4A \0\0\0\0");
    bad("amr.wav", b"#!AMR\n\x3c\x48");
    bad("id3-only.mp3", b"ID3\x03\0\0\0\0\0\0");
    bad("flac-header-only.flac", b"fLaC\0\0\0\x22");
    bad("ogg-garbage.ogg", b"OggS\0\x02garbagegarbagegarbage");
    bad("mp3-noise.mp3", &[0xFF; 4096]);
    bad("zeros.flac", &[0u8; 2048]);
    bad("three-channel.flac", b"fLaC");
    bad("silence.wav", &encode_wav(1, 1, 8000, 16, &[0u8; 16000]));
    bad("quote'\"name.wav", b"RIFF");
    bad("<script>alert(1)<\\script>.wav", b"RIFF");
    bad("esc-\x1b[2J-bell-\x07.wav", b"RIFF");
    bad("new\nline.wav", b"RIFF");
    let fifo = root.join("fifo.wav");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success()));
    std::os::unix::fs::symlink(root.join("nowhere.wav"), root.join("dangling.wav")).unwrap();
    std::fs::create_dir_all(root.join("folder.wav")).unwrap();
    std::os::unix::fs::symlink(root, root.join("loop")).unwrap();
    {
        use std::os::unix::ffi::OsStringExt;
        let odd = std::ffi::OsString::from_vec(b"x\xe9.wav".to_vec());
        std::fs::write(root.join(odd), b"RIFF").unwrap();
    }
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data/sample/call.wav"),
        root.join("good-sample.wav"),
    )
    .unwrap();
    names
}

#[test]
fn a_batch_of_hostile_recordings_fails_each_alone_and_audits_the_rest() {
    common::tiny_en();
    let d = tempfile::tempdir().unwrap();
    let rec = d.path().join("rec");
    std::fs::create_dir_all(&rec).unwrap();
    let bad = hostile_folder(&rec);
    let out = d.path().join("audit");
    let o = run(bin()
        .current_dir(d.path())
        .args(["-q", "batch", "rec", "--out", "audit", "--jobs", "2"]));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{stderr}");
    let rows: Vec<serde_json::Value> = std::fs::read_to_string(out.join("results.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // `audio` names the file losslessly (a backslash doubled, non-UTF-8 bytes as \xNN).
    let by_audio = |name: &str| {
        let shown = format!("/{}", names::to_text(Path::new(name)));
        rows.iter()
            .filter(|r| r["audio"].as_str().unwrap().ends_with(&shown))
            .collect::<Vec<_>>()
    };
    // Every hostile recording is one row (errors name the reason), except the silent one,
    // which is a clean call with nothing said.
    for name in &bad {
        let r = by_audio(name);
        assert_eq!(r.len(), 1, "{name:?}: {rows:?}");
        if name == "silence.wav" {
            assert_eq!(r[0]["status"], "ok");
            assert_eq!(r[0]["deceptive"], false);
        } else {
            assert_eq!(r[0]["status"], "error", "{name:?}: {}", r[0]);
            assert!(!r[0]["error"].as_str().unwrap().is_empty());
        }
    }
    // The name with a non-UTF-8 byte, the good call: both there.
    let odd = rows
        .iter()
        .filter(|r| r["audio"].as_str().unwrap().ends_with("/x\\xe9.wav"))
        .count();
    assert_eq!(odd, 1);
    let good = by_audio("good-sample.wav");
    assert_eq!(good.len(), 1);
    assert_eq!(good[0]["status"], "ok");
    assert_eq!(good[0]["deceptive"], true);
    // Special files are skipped (a warning each), a dangling link is one failed row, the link
    // back to the root does not loop.
    assert!(by_audio("fifo.wav").is_empty() && by_audio("folder.wav").is_empty());
    assert_eq!(by_audio("dangling.wav")[0]["status"], "error");
    assert_eq!(rows.len(), bad.len() + 3, "{} rows", rows.len());
    assert!(
        !stderr.contains('\u{1b}'),
        "control characters reach the terminal"
    );
    // The page escapes every name.
    let page = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(!page.contains("<script>alert(1)"));
    assert!(page.contains("&lt;script&gt;alert(1)"));
    // Rerunning does nothing again and loses nothing.
    let again = run(bin()
        .current_dir(d.path())
        .args(["-q", "batch", "rec", "--out", "audit", "--jobs", "2"]));
    assert_eq!(again.status.code(), Some(2));
    let n = std::fs::read_to_string(out.join("results.jsonl"))
        .unwrap()
        .lines()
        .count();
    assert_eq!(n, rows.len());
}

#[test]
fn malformed_corpora_and_transcripts_get_one_error_each_and_the_rest_is_judged() {
    let d = tempfile::tempdir().unwrap();
    let ok = r#"{"id":"ok1","deceptive":true,"labels":["code_request"],"turns":[{"speaker":"agent","text":"read me the code we sent you","labels":["code_request"]}]}"#;
    let mut corpus = Vec::new();
    for line in [
        ok.as_bytes(),
        b"not json at all",
        br#"{"id":"t1","turns":[{"speaker":"agnet","text":"hi","labels":[]}]}"#,
        br#"{"id":"l1","deceptive":true,"labels":["bribery"],"turns":[{"speaker":"agent","text":"x","labels":["bribery"]}]}"#,
        br#"{"id":"a1","audio":"x.wav"}"#,
        b"{\"id\":\"u1\",\"turns\":[{\"speaker\":\"agent\",\"text\":\"caf\xe9\"}]}",
        ok.as_bytes(),
        br#"{"id":"inc","deceptive":false,"labels":[],"turns":[{"speaker":"agent","text":"your tariff stays the same","labels":["cost_concealment"]}]}"#,
    ] {
        corpus.extend_from_slice(line);
        corpus.push(b'\n');
    }
    let p = d.path().join("c.jsonl");
    std::fs::write(&p, &corpus).unwrap();
    let o = run(bin()
        .args(["-q", "classify", "--model", "rules", "--format", "jsonl"])
        .arg(&p));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    // Line 4's unknown label is no error here: classify ignores labels (eval refuses it below).
    for (line, what) in [
        (2, "not a valid call"),
        (3, "agnet"),
        (5, "no turns to judge"),
        (6, "not UTF-8"),
        (7, "duplicate id"),
    ] {
        assert!(
            err.contains(&format!("c.jsonl:{line}: "))
                && err
                    .lines()
                    .any(|l| l.contains(&format!(":{line}: ")) && l.contains(what)),
            "line {line} ({what}): {err}"
        );
    }
    assert!(err.contains("inconsistent labels"), "{err}");
    let judged: Vec<&str> = std::str::from_utf8(&o.stdout).unwrap().lines().collect();
    assert_eq!(
        judged.len(),
        3,
        "ok1 and the two calls with bad labels are judged"
    );

    // A transcript with a typo is reported as a transcript; another JSON document as such.
    let t = d.path().join("t.json");
    std::fs::write(
        &t,
        "{\n \"audio\": \"a.wav\", \"duration_ms\": 1000, \"language\": \"en\", \"model\": \"m\",\n \"segments\": [{\"start_ms\": 0.5, \"end_ms\": 10, \"speaker\": \"agent\", \"text\": \"hi\"}]\n}\n",
    )
    .unwrap();
    let other = d.path().join("other.json");
    std::fs::write(
        &other,
        "{\n  \"name\": \"a package.json\",\n  \"version\": \"1.0.0\"\n}\n",
    )
    .unwrap();
    let o = run(bin()
        .args(["-q", "classify", "--model", "rules"])
        .arg(&t)
        .arg(&other));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2));
    assert!(err.contains("t.json: not a valid transcript"), "{err}");
    assert!(
        err.contains("other.json: not a callaudit transcript or corpus"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 2, "one line per file: {err}");

    // eval: the same bad lines, one error each, the good call still evaluated, exit 2.
    let o = run(bin().args(["-q", "eval", "--model", "rules"]).arg(&p));
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("c.jsonl:4: ") && err.contains("bribery"),
        "{err}"
    );
    assert!(String::from_utf8_lossy(&o.stdout).contains("call level"));
}

#[test]
fn hostile_manifest_rows_are_failed_rows_and_the_page_escapes_metadata() {
    common::tiny_en();
    let d = tempfile::tempdir().unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data/sample/call.wav"),
        d.path().join("call.wav"),
    )
    .unwrap();
    std::fs::write(
        d.path().join("m.csv"),
        "path,call_id,agent_id,caller_number,campaign\n\
         call.wav,C1,\"=HYPERLINK(\"\"http://x\"\")\",+86 171 2345 6789,<img src=x onerror=alert(1)>\n\
         ../../../../etc/passwd,C2,A2,,\n\
         ,C3,A3,,\n\
         call.wav,C1,A4,,\n\
         /dev/zero,C5,A5,,\n",
    )
    .unwrap();
    let o = run(bin()
        .current_dir(d.path())
        .args(["-q", "batch", "m.csv", "--out", "audit"]));
    assert_eq!(
        o.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let rows: Vec<serde_json::Value> =
        std::fs::read_to_string(d.path().join("audit/results.jsonl"))
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
    assert_eq!(rows.len(), 5);
    let c1 = rows.iter().find(|r| r["id"] == "C1").unwrap();
    assert_eq!(c1["status"], "ok");
    assert_eq!(c1["deceptive"], true);
    for id in ["C2", "C5"] {
        let r = rows.iter().find(|r| r["id"] == id).unwrap();
        assert_eq!(r["status"], "error", "{r}");
    }
    assert!(rows.iter().filter(|r| r["status"] == "error").count() >= 4);
    let page = std::fs::read_to_string(d.path().join("audit/report.html")).unwrap();
    assert!(!page.contains("<img src=x"));
    assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
}

#[test]
fn damaged_models_in_a_copied_cache_are_refused_with_the_file_and_the_fix() {
    let real = common::tiny_en();
    let d = tempfile::tempdir().unwrap();
    let cache = d.path().join("cache");
    let wd = cache.join("whisper");
    std::fs::create_dir_all(&wd).unwrap();
    let file = wd.join(real.path.file_name().unwrap());
    let manifest = real.path.with_file_name("tiny.en-q8_0.json");
    std::fs::copy(&manifest, wd.join("tiny.en-q8_0.json")).unwrap();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/sample/call.wav");
    let transcribe = || {
        run(bin()
            .env("CALLAUDIT_MODELS", &cache)
            .args(["-q", "transcribe"])
            .arg(&sample))
    };
    let whole = std::fs::read(&real.path).unwrap();
    // A copied cache works where it now is (its manifest may name the old place).
    std::fs::write(&file, &whole).unwrap();
    assert_eq!(transcribe().status.code(), Some(0));
    let cases: [(&str, Vec<u8>); 3] = [
        ("100 bytes", whole[..100].to_vec()),
        ("4 KB of garbage inside", {
            let mut b = whole.clone();
            let mid = b.len() / 2;
            b.splice(mid..mid, std::iter::repeat_n(0x5Au8, 4096));
            b
        }),
        ("one flipped bit", {
            let mut b = whole.clone();
            let mid = b.len() / 3;
            b[mid] ^= 0x10;
            b
        }),
    ];
    for (what, bytes) in cases {
        std::thread::sleep(Duration::from_millis(20)); // a new modification time
        std::fs::write(&file, bytes).unwrap();
        let o = transcribe();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{what}: {err}");
        assert!(err.contains("ggml-tiny.en-q8_0.bin"), "{what}: {err}");
        assert!(
            err.contains("models fetch --force") || err.contains("not a usable"),
            "{what}: {err}"
        );
    }
}

#[test]
fn a_read_only_output_folder_is_a_clear_error_before_any_work() {
    common::tiny_en();
    let d = tempfile::tempdir().unwrap();
    let rec = d.path().join("rec");
    std::fs::create_dir_all(&rec).unwrap();
    std::fs::write(rec.join("a.wav"), pcm_wav(8000, 0.5, 1)).unwrap();
    // Root ignores permission bits; a regular file where the folder should be stops anyone.
    std::fs::write(d.path().join("out"), b"a file, not a folder").unwrap();
    let o = run(bin()
        .current_dir(d.path())
        .args(["-q", "batch", "rec", "--out", "out"]));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("out"), "{err}");
    assert_eq!(
        err.lines().filter(|l| l.starts_with("error:")).count(),
        1,
        "{err}"
    );
}
