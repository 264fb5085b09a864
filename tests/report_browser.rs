//! The reports in a real headless browser (Debian's chromium). The eval report: it loads from
//! disk, the tables and plots are in the rendered DOM, and a transcript containing `<script>`
//! shows as text. The batch report: driven over the DevTools protocol like a person would use
//! it: filter the queue, open a call, click a timestamp and see the recording seek there.

mod common;

use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use tungstenite::{stream::MaybeTlsStream, Message, WebSocket};

#[test]
fn report_renders_in_chromium_and_shows_markup_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("report");
    let status = Command::new(env!("CARGO_BIN_EXE_callaudit"))
        .args(["-q", "eval", "--model", "rules", "--report"])
        .arg(&out_dir)
        .arg("tests/fixtures/corpus/report.jsonl")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(0));
    let page = format!("file://{}", out_dir.join("index.html").display());
    let out = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!(
            "--user-data-dir={}",
            dir.path().join("profile").display()
        ))
        .args(["--virtual-time-budget=2000", "--dump-dom", &page])
        .output()
        .expect("chromium must be installed (scripts/setup.sh installs Debian's chromium)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dom = String::from_utf8(out.stdout).unwrap();
    assert!(
        dom.contains("id=\"summary\"") && dom.contains("id=\"patterns\""),
        "tables render: {dom}"
    );
    assert!(dom.contains("<svg"), "plots render");
    // The injected markup is text in the rendered page, never an element.
    assert!(
        dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{dom}"
    );
    assert!(!dom.contains("<script>alert(1)"));
    assert!(dom.contains("fp-&lt;b&gt;1&lt;/b&gt;"));
}

/// A headless chromium and one page of it, spoken to over the DevTools protocol.
struct Browser {
    child: Child,
    ws: WebSocket<MaybeTlsStream<TcpStream>>,
    session: String,
    next_id: u64,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Browser {
    fn open(profile: &Path, url: &str) -> Self {
        let child = Command::new("chromium")
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--autoplay-policy=no-user-gesture-required",
                "--remote-debugging-port=0",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg("about:blank")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromium must be installed (scripts/setup.sh installs Debian's chromium)");
        // Chromium writes its port and browser endpoint here once it listens.
        let port_file = profile.join("DevToolsActivePort");
        let t = Instant::now();
        let endpoint = loop {
            if let Ok(s) = std::fs::read_to_string(&port_file) {
                let mut l = s.lines();
                if let (Some(port), Some(path)) = (l.next(), l.next()) {
                    break format!("ws://127.0.0.1:{port}{path}");
                }
            }
            assert!(
                t.elapsed() < Duration::from_secs(30),
                "chromium did not start"
            );
            std::thread::sleep(Duration::from_millis(50));
        };
        let (ws, _) = tungstenite::connect(endpoint.as_str()).expect("DevTools connection");
        let mut b = Browser {
            child,
            ws,
            session: String::new(),
            next_id: 0,
        };
        let target = b.call("Target.createTarget", json!({ "url": url }));
        let target = target["targetId"].as_str().unwrap().to_owned();
        let attached = b.call(
            "Target.attachToTarget",
            json!({ "targetId": target, "flatten": true }),
        );
        b.session = attached["sessionId"].as_str().unwrap().to_owned();
        // The new tab is about:blank (complete) until the file's navigation commits.
        b.wait_for(&format!(
            "location.href === {} && document.readyState === 'complete'",
            json!(url)
        ));
        b
    }

    /// Sends a command and returns its result (events in between are skipped).
    fn call(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut msg = json!({ "id": id, "method": method, "params": params });
        if !self.session.is_empty() {
            msg["sessionId"] = json!(self.session);
        }
        self.ws.send(Message::text(msg.to_string())).unwrap();
        loop {
            let Message::Text(text) = self.ws.read().unwrap() else {
                continue;
            };
            let v: Value = serde_json::from_str(&text).unwrap();
            if v["id"] == id {
                assert!(v.get("error").is_none(), "{method}: {v}");
                return v["result"].clone();
            }
        }
    }

    /// Evaluates JavaScript in the page (as a user gesture) and returns its value.
    fn eval(&mut self, js: &str) -> Value {
        let r = self.call(
            "Runtime.evaluate",
            json!({ "expression": js, "returnByValue": true, "awaitPromise": true, "userGesture": true }),
        );
        assert!(r.get("exceptionDetails").is_none(), "{js}: {r}");
        r["result"]["value"].clone()
    }

    fn wait_for(&mut self, condition: &str) {
        let t = Instant::now();
        while self.eval(condition) != json!(true) {
            assert!(
                t.elapsed() < Duration::from_secs(20),
                "timed out waiting for {condition}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// A finished batch: three judged calls (one with markup in its words) and one failure.
fn batch_folder(dir: &Path, audio: &Path) {
    let audio = audio.display().to_string();
    let turn = |i: usize, who: &str, ms: i64, text: &str| json!({"index": i, "speaker": who, "start_ms": ms, "end_ms": ms + 3000, "text": text});
    let hit = |id: &str, p: f64, turn: usize, ms: i64| json!({"id": id, "probability": p, "evidence": [{"start_ms": ms, "end_ms": ms + 3000, "speaker": "agent", "turn": turn, "text": "x"}]});
    let lines = [
        json!({"id": "c-code", "key": "c-code", "status": "ok", "audio": audio, "agent_id": "A7", "campaign": "star",
               "deceptive": true, "risk": 0.97, "duration_ms": 60000, "model": "m",
               "patterns": [hit("code_request", 0.97, 1, 5000)], "turns": [],
               "transcript": [turn(0, "customer", 1000, "Is this free?"), turn(1, "agent", 5000, "Read me the code 4 1 9 9 2 7.")]}),
        json!({"id": "c-pressure", "key": "c-pressure", "status": "ok", "audio": audio, "agent_id": "A8", "campaign": "star",
               "deceptive": true, "risk": 0.8, "duration_ms": 60000, "model": "m",
               "patterns": [hit("pressure", 0.8, 0, 2000)], "turns": [],
               "transcript": [turn(0, "agent", 2000, "Decide now, the offer ends today.")]}),
        json!({"id": "c-honest", "key": "c-honest", "status": "ok", "audio": audio, "agent_id": "A7", "campaign": "star",
               "deceptive": false, "risk": 0.1, "duration_ms": 60000, "model": "m", "patterns": [], "turns": [],
               "transcript": [turn(0, "customer", 1000, "<script>alert(1)</script><img src=x onerror=alert(2)>")]}),
        json!({"id": "c-bad", "key": "c-bad", "status": "error", "audio": "gone.wav", "error": "gone.wav: cannot read <b>file</b>",
               "patterns": [], "turns": [], "transcript": []}),
    ];
    std::fs::create_dir_all(dir).unwrap();
    let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
    std::fs::write(dir.join("results.jsonl"), text).unwrap();
}

#[test]
fn batch_report_filters_expands_and_seeks_in_chromium() {
    let d = tempfile::tempdir().unwrap();
    let audio = common::fixtures().join("scam_call.wav");
    let audit = d.path().join("audit");
    batch_folder(&audit, &audio);
    let out = Command::new(env!("CARGO_BIN_EXE_callaudit"))
        .args(["-q", "report"])
        .arg(&audit)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "a failure in the results exits 2"
    );
    let page = std::fs::read_to_string(audit.join("report.html")).unwrap();
    assert!(
        page.contains("src='../"),
        "audio linked relative to the page"
    );

    let url = format!("file://{}", audit.join("report.html").display());
    let mut b = Browser::open(&d.path().join("profile"), &url);
    // Summary and the queue, riskiest first, failures last.
    assert_eq!(
        b.eval("document.querySelectorAll('#summary td')[0].textContent"),
        "4"
    );
    assert_eq!(
        b.eval("[...document.querySelectorAll('details.call')].map(d => d.querySelector('summary').textContent.split(' ')[1])"),
        json!(["c-code", "c-pressure", "c-honest", "c-bad"])
    );
    assert_eq!(b.eval("document.querySelectorAll('#agents tr').length"), 3);
    // Markup in a transcript or an error is text, never an element; the page's own script is the
    // only one.
    assert_eq!(b.eval("document.querySelectorAll('script').length"), 1);
    assert_eq!(b.eval("document.querySelectorAll('img').length"), 0);
    assert_eq!(
        b.eval("document.querySelector('details.call:nth-child(3) .turn').textContent.includes('<script>alert(1)</script>')"),
        true
    );
    assert_eq!(
        b.eval("document.body.textContent.includes('4 1 9 9')"),
        false,
        "code masked"
    );

    // Filter by pattern, then by agent.
    let visible =
        "[...document.querySelectorAll('details.call')].filter(d => !d.hidden).map(d => d.id)";
    let choose = |id: &str, v: &str| {
        format!("(() => {{ const s = document.getElementById('{id}'); s.value = '{v}'; s.dispatchEvent(new Event('change')); return s.value; }})()")
    };
    assert_eq!(b.eval(&choose("f-pattern", "pressure")), "pressure");
    assert_eq!(b.eval(visible), json!(["call-2"]));
    assert_eq!(
        b.eval("document.getElementById('shown').textContent"),
        "1 of 4 calls shown"
    );
    b.eval(&choose("f-pattern", ""));
    assert_eq!(b.eval(&choose("f-agent", "A7")), "A7");
    assert_eq!(b.eval(visible), json!(["call-1", "call-3"]));

    // Open the first call: its transcript shows, the flagged turn is marked.
    b.eval("document.querySelector('#call-1 > summary').click()");
    assert_eq!(b.eval("document.getElementById('call-1').open"), true);
    assert_eq!(
        b.eval("document.querySelector('#call-1 mark').textContent"),
        "Read me the code [code]."
    );
    // Its timestamp plays the recording from that moment.
    b.eval("document.querySelector('#call-1 button.ts[data-ms=\"5000\"]').click()");
    b.wait_for("document.querySelector('#call-1 audio').readyState >= 1");
    assert_eq!(
        b.eval("document.querySelector('#call-1 audio').error"),
        Value::Null
    );
    let at = b
        .eval("document.querySelector('#call-1 audio').currentTime")
        .as_f64()
        .unwrap();
    assert!((5.0..7.0).contains(&at), "seeked to {at} s");
    assert!(
        b.eval("document.querySelector('#call-1 audio').duration")
            .as_f64()
            .unwrap()
            > 30.0
    );
}
