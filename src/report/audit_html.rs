//! The inspectors' page (`report.html` of a batch, and `check --html` for one call): summary,
//! per-agent and per-campaign tables, and the queue of calls by risk, each opening to its
//! transcript with the flagged turns marked and timestamps that play the recording from there.
//!
//! One self-contained file opened from disk: inline style and script, no network. Every piece of
//! text comes from untrusted places (speech, file names, CSV cells) and goes through `escape`;
//! the script only reads `data-` attributes and never builds HTML from strings. Codes and phone
//! numbers are masked at render time too (unless asked not to), so a batch run with `--no-mask`
//! still gives a masked page by default.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Component, Path, PathBuf};

use super::clock;
use super::html::escape;
use crate::batch::results::{CallResult, Status};
use crate::batch::summary::{queue_order, GroupStats, Summary};
use crate::privacy::Masking;

/// Calls the queue shows at most: a day's 110,000 transcripts would make a page no browser opens.
pub const DEFAULT_QUEUE_LIMIT: usize = 2000;

#[derive(Debug, Clone)]
pub struct PageOptions {
    pub title: String,
    /// Mask codes and phone numbers (transcripts and caller/called numbers).
    pub masking: bool,
    /// Folder the page is written to: audio links are relative to it.
    pub page_dir: PathBuf,
    /// Relative audio paths in the results are taken from here.
    pub audio_base: PathBuf,
    pub queue_limit: usize,
}

const STYLE: &str = "body{font-family:system-ui,\"PingFang SC\",\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;max-width:1200px;margin:1.5em auto;color:#222;padding:0 1em}\
table{border-collapse:collapse;margin:.6em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}\
th{background:#f3f3f3}td.l,th.l{text-align:left}h2{margin-top:1.4em}\
details.call{border:1px solid #ddd;margin:4px 0;padding:3px 8px}details.call[open]{background:#fcfcfc}\
details.call>summary{cursor:pointer}.risk{display:inline-block;width:3.5em;font-weight:bold}\
.hi{color:#b00}.pat{background:#eee;border-radius:3px;padding:0 4px;margin:0 2px;font-size:85%}\
.turn{margin:2px 0;padding:2px 6px}.agent{border-left:3px solid #1f77b4}.customer{border-left:3px solid #999}\
.unknown{border-left:3px solid #ccc}mark{background:#fde2e2}.lab{font-size:85%;color:#a00}\
button.ts{font-family:monospace;font-size:85%;border:1px solid #bbb;background:#f7f7f7;cursor:pointer;margin-right:4px}\
.err{color:#a00}.meta{color:#555;font-size:90%}#filters{margin:.5em 0}#filters label{margin-right:1em}";

/// Seeks the call's own recording when a timestamp is clicked; filters the queue. Reads
/// `data-` attributes only.
const SCRIPT: &str = r#"
(function(){
  function apply(){
    var p=document.getElementById('f-pattern').value, a=document.getElementById('f-agent').value;
    var shown=0, calls=document.querySelectorAll('details.call');
    calls.forEach(function(d){
      var ok=(!p||(' '+d.dataset.patterns+' ').indexOf(' '+p+' ')>=0)&&(!a||d.dataset.agent===a);
      d.hidden=!ok; if(ok){shown++;}
    });
    document.getElementById('shown').textContent=shown+' of '+calls.length+' calls shown';
  }
  document.getElementById('f-pattern').addEventListener('change',apply);
  document.getElementById('f-agent').addEventListener('change',apply);
  document.addEventListener('click',function(e){
    var b=e.target.closest('button.ts'); if(!b){return;}
    var au=b.closest('details.call').querySelector('audio'); if(!au){return;}
    au.currentTime=Number(b.dataset.ms)/1000;
    var pr=au.play(); if(pr&&pr.catch){pr.catch(function(){});}
  });
  apply();
})();
"#;

fn show(o: &PageOptions, text: &str) -> String {
    Masking(o.masking).text(text)
}

fn show_number(o: &PageOptions, n: &str) -> String {
    Masking(o.masking).phone_number(n)
}

/// Lexical normalization (no file-system access): `a/./b/../c` is `a/c`.
fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// `target` relative to the folder `base` (both made absolute first).
pub fn relative_path(target: &Path, base: &Path) -> PathBuf {
    // Only a relative path needs the working directory (the queue's paths are absolute already).
    let abs = |p: &Path| {
        normalize(&if p.is_absolute() {
            p.to_owned()
        } else {
            std::env::current_dir().unwrap_or_default().join(p)
        })
    };
    let (t, b) = (abs(target), abs(base));
    let tc: Vec<Component> = t.components().collect();
    let bc: Vec<Component> = b.components().collect();
    let common = tc.iter().zip(&bc).take_while(|(x, y)| x == y).count();
    let mut out = PathBuf::new();
    for _ in common..bc.len() {
        out.push("..");
    }
    for c in &tc[common..] {
        out.push(c);
    }
    out
}

/// A relative path as a URL: every byte outside the unreserved set is percent-encoded, so a
/// file named `a#1 ?.wav` still links to itself.
pub fn path_url(p: &Path) -> String {
    let mut s = String::new();
    for (i, c) in p.components().enumerate() {
        if i > 0 {
            s.push('/');
        }
        for &b in c.as_os_str().as_encoded_bytes() {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                s.push(b as char);
            } else {
                let _ = write!(s, "%{b:02X}");
            }
        }
    }
    s
}

fn group_table(s: &mut String, id: &str, title: &str, rows: &[GroupStats]) {
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(
        s,
        "<h2>{title}</h2><table id='{id}'><tr><th class='l'>{}</th><th>calls</th><th>flagged</th><th>flag rate</th><th>failed</th><th class='l'>top patterns</th></tr>",
        if id == "agents" { "agent" } else { "campaign" }
    );
    for g in rows {
        let top: Vec<String> = g
            .top_patterns
            .iter()
            .map(|(p, n)| format!("{} ({n})", escape(p)))
            .collect();
        let _ = writeln!(
            s,
            "<tr><td class='l'>{}</td><td>{}</td><td>{}</td><td>{:.1}%</td><td>{}</td><td class='l'>{}</td></tr>",
            escape(&g.name),
            g.calls,
            g.flagged,
            g.flag_rate * 100.0,
            g.failed,
            top.join(", ")
        );
    }
    s.push_str("</table>\n");
}

fn summary_section(s: &mut String, sum: &Summary) {
    let _ = writeln!(
        s,
        "<h2>Summary</h2><table id='summary'><tr><th>calls</th><th>audio hours</th><th>judged</th><th>flagged</th>\
         <th>flagged share</th><th>failed</th></tr><tr><td>{}</td><td>{:.2}</td><td>{}</td><td>{}</td><td>{:.1}%</td><td>{}</td></tr></table>",
        sum.calls,
        sum.audio_hours,
        sum.ok,
        sum.flagged,
        sum.flagged_share * 100.0,
        sum.failed
    );
    if !sum.patterns.is_empty() {
        s.push_str("<table id='pattern-counts'><tr><th class='l'>pattern</th><th>calls</th></tr>");
        for (p, n) in &sum.patterns {
            let _ = write!(s, "<tr><td class='l'>{}</td><td>{n}</td></tr>", escape(p));
        }
        s.push_str("</table>\n");
    }
    if !sum.models.is_empty() {
        let _ = writeln!(
            s,
            "<p class='meta'>models: {}</p>",
            escape(&sum.models.join("; "))
        );
    }
    if !sum.runs.is_empty() {
        s.push_str("<table id='runs'><tr><th class='l'>run</th><th>shard</th><th>workers</th><th>calls</th><th>audio hours</th><th>wall minutes</th><th>audio h / wall h</th></tr>");
        for (i, r) in sum.runs.iter().enumerate() {
            let _ = write!(
                s,
                "<tr><td class='l'>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{:.2}</td><td>{:.1}</td><td>{:.1}</td></tr>",
                i + 1,
                escape(r.shard.as_deref().unwrap_or("-")),
                r.jobs,
                r.calls,
                r.audio_hours,
                r.wall_s / 60.0,
                r.audio_hours_per_wall_hour
            );
        }
        let t = &sum.timing_share;
        let share = |k: &str| t.get(k).copied().unwrap_or(0.0) * 100.0;
        let _ = writeln!(
            s,
            "</table><p class='meta'>time per stage: decoding {:.1}%, speech recognition {:.1}%, classification {:.1}%</p>",
            share("decode"),
            share("asr"),
            share("classify")
        );
    }
}

fn failures_section(s: &mut String, sum: &Summary, o: &PageOptions) {
    failure_table(s, "failures", "Failures", &sum.failures, o);
    failure_table(
        s,
        "partial",
        "Judged on part of the recording",
        &sum.partial,
        o,
    );
}

fn failure_table(
    s: &mut String,
    id: &str,
    title: &str,
    rows: &[crate::batch::summary::Failure],
    o: &PageOptions,
) {
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(
        s,
        "<h2>{title} ({})</h2><table id='{id}'><tr><th class='l'>recording</th><th class='l'>reason</th></tr>",
        rows.len()
    );
    for f in rows {
        let _ = writeln!(
            s,
            "<tr><td class='l'>{}</td><td class='l err'>{}</td></tr>",
            escape(&show(o, &f.audio)),
            escape(&show(o, &f.error))
        );
    }
    s.push_str("</table>\n");
}

fn filters(s: &mut String, calls: &[&CallResult]) {
    let pats: BTreeSet<&str> = calls
        .iter()
        .flat_map(|c| c.patterns.iter().map(|p| p.id.as_str()))
        .collect();
    let agents: BTreeSet<&str> = calls
        .iter()
        .filter_map(|c| c.meta.agent_id.as_deref())
        .collect();
    s.push_str(
        "<div id='filters'><label>pattern <select id='f-pattern'><option value=''>any</option>",
    );
    for p in pats {
        let _ = write!(s, "<option value='{0}'>{0}</option>", escape(p));
    }
    s.push_str("</select></label><label>agent <select id='f-agent'><option value=''>any</option>");
    for a in agents {
        let _ = write!(s, "<option value='{0}'>{0}</option>", escape(a));
    }
    s.push_str("</select></label><span id='shown'></span></div>\n");
}

/// One call of the queue: a summary line, and when opened, audio, evidence and transcript.
fn call_block(s: &mut String, rank: usize, c: &CallResult, o: &PageOptions, open: bool) {
    let pats: Vec<&str> = c.patterns.iter().map(|p| p.id.as_str()).collect();
    let risk = c.risk.unwrap_or(0.0);
    let _ = write!(
        s,
        "<details class='call' id='call-{rank}' data-patterns='{}' data-agent='{}'{}><summary>\
         <span class='risk{}'>{}</span> {} ",
        escape(&pats.join(" ")),
        escape(c.meta.agent_id.as_deref().unwrap_or("")),
        if open { " open" } else { "" },
        if c.flagged() { " hi" } else { "" },
        match c.status {
            Status::Ok => format!("{risk:.2}"),
            Status::Error => "error".into(),
        },
        escape(&show(o, &c.id)),
    );
    for p in &pats {
        let _ = write!(s, "<span class='pat'>{}</span>", escape(p));
    }
    if let Some(a) = &c.meta.agent_id {
        let _ = write!(s, " <span class='meta'>agent {}</span>", escape(a));
    }
    if let Some(d) = c.duration_ms {
        let _ = write!(s, " <span class='meta'>{}</span>", clock(d));
    }
    s.push_str("</summary>\n");

    let mut meta = vec![format!("recording {}", escape(&show(o, &c.audio)))];
    let m = &c.meta;
    for (k, v) in [("campaign", &m.campaign), ("started", &m.started_at)] {
        if let Some(v) = v {
            meta.push(format!("{k} {}", escape(v)));
        }
    }
    for (k, v) in [("caller", &m.caller_number), ("called", &m.called_number)] {
        if let Some(v) = v {
            meta.push(format!("{k} {}", escape(&show_number(o, v))));
        }
    }
    if let Some(model) = &c.model {
        meta.push(format!("model {}", escape(model)));
    }
    let _ = writeln!(s, "<p class='meta'>{}</p>", meta.join(" &middot; "));
    if let Some(e) = &c.error {
        let _ = writeln!(s, "<p class='err'>{}</p>", escape(&show(o, e)));
    }
    for w in &c.warnings {
        let _ = writeln!(s, "<p class='err'>warning: {}</p>", escape(&show(o, w)));
    }
    if c.status == Status::Ok {
        // `audio` names the file losslessly (bytes that are not UTF-8 escaped): link the file
        // that exists.
        let audio = crate::batch::names::from_text(&c.audio);
        let audio = if audio.is_absolute() {
            audio
        } else {
            o.audio_base.join(audio)
        };
        let _ = writeln!(
            s,
            "<audio controls preload='none' src='{}'></audio>",
            escape(&path_url(&relative_path(&audio, &o.page_dir)))
        );
    }
    // Which patterns each turn is evidence for.
    let mut marks: BTreeMap<usize, Vec<(&str, f32)>> = BTreeMap::new();
    for p in &c.patterns {
        for e in &p.evidence {
            marks
                .entry(e.turn)
                .or_default()
                .push((p.id.as_str(), p.probability));
        }
    }
    for t in &c.transcript {
        let ts = t
            .start_ms
            .map(|ms| {
                format!(
                    "<button class='ts' data-ms='{ms}' title='play from here'>{}</button>",
                    clock(ms)
                )
            })
            .unwrap_or_default();
        let text = escape(&show(o, &t.text));
        let (text, labels) = match marks.get(&t.index) {
            Some(ps) => (
                format!("<mark>{text}</mark>"),
                format!(
                    " <span class='lab'>{}</span>",
                    ps.iter()
                        .map(|(p, pr)| format!("{} p={pr:.2}", escape(p)))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ),
            None => (text, String::new()),
        };
        let _ = writeln!(
            s,
            "<div class='turn {0}' data-turn='{1}'>{ts}<b>{0}</b>: {text}{labels}</div>",
            t.speaker.as_str(),
            t.index
        );
    }
    s.push_str("</details>\n");
}

/// The whole page: the batch's summary and queue, or (one call, `single`) an investigator's view.
/// `results` are the calls the queue may show (all of them, or the riskiest kept by `TopCalls`);
/// the summary counts every call.
pub fn audit_page(results: &[CallResult], sum: &Summary, o: &PageOptions, single: bool) -> String {
    let mut s = format!(
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>{}</title><style>{STYLE}</style></head><body>\n<h1>{}</h1>\n",
        escape(&o.title),
        escape(&o.title)
    );
    if !single {
        summary_section(&mut s, sum);
        group_table(&mut s, "agents", "Agents", &sum.agents);
        group_table(&mut s, "campaigns", "Campaigns", &sum.campaigns);
        failures_section(&mut s, sum, o);
    }
    let mut queue: Vec<&CallResult> = results.iter().collect();
    queue.sort_by(|a, b| queue_order(a, b));
    let total = sum.calls.max(queue.len());
    queue.truncate(o.queue_limit);
    if !single {
        let _ = writeln!(
            s,
            "<h2>Queue</h2><p class='meta'>{}ranked by risk, flagged first; open a call for its transcript; a timestamp plays the recording from there.</p>",
            if total > queue.len() {
                format!(
                    "The {} riskiest of {total} calls (all are in results.jsonl), ",
                    queue.len()
                )
            } else {
                String::new()
            }
        );
    }
    filters(&mut s, &queue);
    s.push_str("<div id='queue'>\n");
    for (i, c) in queue.iter().enumerate() {
        call_block(&mut s, i + 1, c, o, single);
    }
    let _ = writeln!(s, "</div>\n<script>{SCRIPT}</script>\n</body></html>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::batch::inputs::Metadata;
    use crate::batch::results::ShownTurn;
    use crate::batch::summary::summarize;
    use crate::transcript::Speaker;
    use crate::verdict::{Evidence, PatternHit};

    fn opts() -> PageOptions {
        PageOptions {
            title: "audit".into(),
            masking: true,
            page_dir: "/data/audit".into(),
            audio_base: "/data".into(),
            queue_limit: DEFAULT_QUEUE_LIMIT,
        }
    }

    fn flagged_call() -> CallResult {
        let mut c = CallResult::failed(
            "k1",
            "rec/<b>x</b> #1.wav",
            "<img src=x onerror=alert(1)>".into(),
            Metadata::default(),
            String::new(),
        );
        c.status = Status::Ok;
        c.error = None;
        c.deceptive = Some(true);
        c.risk = Some(0.97);
        c.meta.agent_id = Some("A'7".into());
        c.meta.caller_number = Some("+86 171 2345 6789".into());
        c.duration_ms = Some(65_000);
        c.patterns = vec![PatternHit {
            id: "code_request".into(),
            probability: 0.97,
            evidence: vec![Evidence {
                start_ms: Some(61_200),
                end_ms: Some(66_900),
                speaker: Speaker::Agent,
                turn: 1,
                text: String::new(),
            }],
        }];
        c.transcript = vec![
            ShownTurn {
                index: 0,
                speaker: Speaker::Customer,
                start_ms: Some(1000),
                end_ms: Some(2000),
                text: "<script>alert(1)</script>".into(),
            },
            ShownTurn {
                index: 1,
                speaker: Speaker::Agent,
                start_ms: Some(61_200),
                end_ms: Some(66_900),
                text: "read me the code 4 1 9 9 2 7".into(),
            },
        ];
        c
    }

    #[test]
    fn relative_links_and_urls() {
        assert_eq!(
            relative_path(Path::new("/data/rec/a.wav"), Path::new("/data/audit")),
            PathBuf::from("../rec/a.wav")
        );
        assert_eq!(
            relative_path(
                Path::new("/data/audit/./x/../a.wav"),
                Path::new("/data/audit")
            ),
            PathBuf::from("a.wav")
        );
        assert_eq!(
            path_url(Path::new("../rec/a #1?.wav")),
            "../rec/a%20%231%3F.wav"
        );
    }

    #[test]
    fn page_escapes_masks_and_links_the_recording() {
        let calls = vec![flagged_call()];
        let run = crate::batch::summary::RunInfo {
            started_at_unix: 0,
            wall_s: 120.0,
            jobs: 2,
            shard: Some("3/16".into()),
            calls: 1,
            audio_hours: 1.0,
            audio_hours_per_wall_hour: 30.0,
        };
        let sum = summarize(&calls, vec![run]);
        let page = audit_page(&calls, &sum, &opts(), false);
        assert!(page
            .contains("<td>3/16</td><td>2</td><td>1</td><td>1.00</td><td>2.0</td><td>30.0</td>"));
        assert!(!page.contains("<script>alert"), "transcript markup escaped");
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(!page.contains("<img"), "call id escaped");
        assert!(!page.contains("4 1 9 9 2 7"), "code masked");
        assert!(
            !page.contains("2345 6789") && page.contains("***6789"),
            "number masked"
        );
        assert!(page.contains("data-agent='A&#39;7'"));
        assert!(
            page.contains("src='../rec/%3Cb%3Ex%3C/b%3E%20%231.wav'"),
            "{page}"
        );
        assert!(page.contains("<button class='ts' data-ms='61200'"));
        assert!(page.contains("<mark>read me the code"));
        assert!(page.contains("code_request p=0.97"));
        // Exactly one script element: ours.
        assert_eq!(page.matches("<script>").count(), 1);

        let mut o = opts();
        o.masking = false;
        let page = audit_page(&calls, &sum, &o, true);
        assert!(page.contains("4 1 9 9 2 7") && page.contains("+86 171 2345 6789"));
        assert!(page.contains("<details class='call' id='call-1'") && page.contains(" open>"));
        assert!(
            !page.contains("id='summary'"),
            "single-call view has no batch summary"
        );
    }

    #[test]
    fn queue_ranks_flagged_by_risk_and_is_capped() {
        let mut calls = Vec::new();
        for (i, r) in [0.2f32, 0.99, 0.6].iter().enumerate() {
            let mut c = flagged_call();
            c.id = format!("c{i}");
            c.risk = Some(*r);
            c.deceptive = Some(*r > 0.5);
            calls.push(c);
        }
        let sum = summarize(&calls, vec![]);
        let mut o = opts();
        o.queue_limit = 2;
        let page = audit_page(&calls, &sum, &o, false);
        let a = page.find("> c1 ").unwrap();
        let b = page.find("> c2 ").unwrap();
        assert!(a < b);
        assert!(!page.contains("> c0 "));
        assert!(page.contains("The 2 riskiest of 3 calls"));
    }
}
