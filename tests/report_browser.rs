//! The eval report in a real headless browser (Debian's chromium): it loads from disk, the tables
//! and plots are in the rendered DOM, and a transcript containing `<script>` shows as text.

use std::process::Command;

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
