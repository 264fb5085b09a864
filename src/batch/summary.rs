//! `summary.json`: the numbers an inspector reads first, computed from `results.jsonl` alone so
//! that `callaudit report` and `callaudit merge` rebuild them exactly.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::results::{CallResult, Status, Timing};

/// Calls and flags of one agent or campaign.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupStats {
    pub name: String,
    pub calls: usize,
    pub flagged: usize,
    pub flag_rate: f64,
    pub failed: usize,
    /// Patterns by how many of the group's calls show them, most first (at most 3).
    pub top_patterns: Vec<(String, usize)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Failure {
    pub audio: String,
    pub error: String,
}

/// One invocation of `batch` (a resumed batch has several).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunInfo {
    pub started_at_unix: u64,
    pub wall_s: f64,
    pub jobs: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shard: Option<String>,
    /// Calls this invocation processed (resumed calls excluded).
    pub calls: usize,
    pub audio_hours: f64,
    pub audio_hours_per_wall_hour: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub calls: usize,
    pub ok: usize,
    pub failed: usize,
    pub flagged: usize,
    /// Flagged among the calls that were judged (failures excluded).
    pub flagged_share: f64,
    pub audio_hours: f64,
    /// Calls showing each pattern (rule flags such as `unofficial_caller` included).
    pub patterns: BTreeMap<String, usize>,
    pub agents: Vec<GroupStats>,
    pub campaigns: Vec<GroupStats>,
    pub failures: Vec<Failure>,
    /// Calls judged on only part of their recording (cut short, damaged packets), with why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partial: Vec<Failure>,
    pub models: Vec<String>,
    /// Wall time spent per stage over all judged calls (ms), and each stage's share.
    pub timing_ms: Timing,
    pub timing_share: BTreeMap<String, f64>,
    #[serde(default)]
    pub runs: Vec<RunInfo>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Running counts of one agent or campaign.
#[derive(Debug, Default)]
struct GroupAcc {
    calls: usize,
    judged: usize,
    flagged: usize,
    patterns: BTreeMap<String, usize>,
}

impl GroupAcc {
    fn add(&mut self, r: &CallResult) {
        self.calls += 1;
        self.judged += usize::from(r.status == Status::Ok);
        self.flagged += usize::from(r.flagged());
        for p in &r.patterns {
            *self.patterns.entry(p.id.clone()).or_default() += 1;
        }
    }

    fn finish(self, name: String) -> GroupStats {
        let mut top: Vec<(String, usize)> = self.patterns.into_iter().collect();
        top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        top.truncate(3);
        GroupStats {
            name,
            calls: self.calls,
            flagged: self.flagged,
            flag_rate: ratio(self.flagged, self.judged),
            failed: self.calls - self.judged,
            top_patterns: top,
        }
    }
}

/// The teams that run the script first.
fn ranked(groups: BTreeMap<String, GroupAcc>) -> Vec<GroupStats> {
    let mut out: Vec<GroupStats> = groups.into_iter().map(|(k, g)| g.finish(k)).collect();
    out.sort_by(|a, b| {
        b.flag_rate
            .total_cmp(&a.flag_rate)
            .then(b.calls.cmp(&a.calls))
            .then(a.name.cmp(&b.name))
    });
    out
}

/// Builds a summary one result at a time, so any number of calls can be summarized from a
/// stream.
#[derive(Debug, Default)]
pub struct Summarizer {
    calls: usize,
    ok: usize,
    flagged: usize,
    audio_ms: i64,
    patterns: BTreeMap<String, usize>,
    agents: BTreeMap<String, GroupAcc>,
    campaigns: BTreeMap<String, GroupAcc>,
    failures: Vec<Failure>,
    partial: Vec<Failure>,
    models: std::collections::BTreeSet<String>,
    timing: Timing,
}

impl Summarizer {
    pub fn add(&mut self, r: &CallResult) {
        self.calls += 1;
        self.ok += usize::from(r.status == Status::Ok);
        self.flagged += usize::from(r.flagged());
        self.audio_ms += r.duration_ms.unwrap_or(0);
        for p in &r.patterns {
            *self.patterns.entry(p.id.clone()).or_default() += 1;
        }
        if let Some(a) = &r.meta.agent_id {
            self.agents.entry(a.clone()).or_default().add(r);
        }
        if let Some(c) = &r.meta.campaign {
            self.campaigns.entry(c.clone()).or_default().add(r);
        }
        if r.status == Status::Error {
            self.failures.push(Failure {
                audio: r.audio.clone(),
                error: r.error.clone().unwrap_or_default(),
            });
        }
        if !r.warnings.is_empty() {
            self.partial.push(Failure {
                audio: r.audio.clone(),
                error: r.warnings.join("; "),
            });
        }
        if let Some(m) = &r.model {
            if !self.models.contains(m) {
                self.models.insert(m.clone());
            }
        }
        if let Some(t) = r.timing_ms {
            self.timing.decode += t.decode;
            self.timing.asr += t.asr;
            self.timing.classify += t.classify;
        }
    }

    /// The summary; `runs` are carried over from the batch invocations.
    pub fn finish(self, runs: Vec<RunInfo>) -> Summary {
        let t = self.timing;
        let total = (t.decode + t.asr + t.classify).max(1) as f64;
        let timing_share = [
            ("decode", t.decode),
            ("asr", t.asr),
            ("classify", t.classify),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), (v as f64 / total * 1000.0).round() / 1000.0))
        .collect();
        Summary {
            calls: self.calls,
            ok: self.ok,
            failed: self.calls - self.ok,
            flagged: self.flagged,
            flagged_share: ratio(self.flagged, self.ok),
            audio_hours: self.audio_ms as f64 / 3_600_000.0,
            patterns: self.patterns,
            agents: ranked(self.agents),
            campaigns: ranked(self.campaigns),
            failures: self.failures,
            partial: self.partial,
            models: self.models.into_iter().collect(),
            timing_ms: t,
            timing_share,
            runs,
        }
    }
}

/// Summarizes results held in memory.
pub fn summarize(results: &[CallResult], runs: Vec<RunInfo>) -> Summary {
    let mut s = Summarizer::default();
    for r in results {
        s.add(r);
    }
    s.finish(runs)
}

/// Queue order: judged calls before failures, flagged first, then by risk; ties by id so the
/// page is the same every time.
pub fn queue_order(a: &CallResult, b: &CallResult) -> std::cmp::Ordering {
    (b.status == Status::Ok)
        .cmp(&(a.status == Status::Ok))
        .then(b.flagged().cmp(&a.flagged()))
        .then(b.risk.unwrap_or(0.0).total_cmp(&a.risk.unwrap_or(0.0)))
        .then(a.id.cmp(&b.id))
}

/// Keeps the `limit` first calls in queue order from a stream, holding at most twice that.
#[derive(Debug)]
pub struct TopCalls {
    limit: usize,
    calls: Vec<CallResult>,
    pub seen: usize,
}

impl TopCalls {
    pub fn new(limit: usize) -> Self {
        Self {
            limit,
            calls: Vec::new(),
            seen: 0,
        }
    }

    pub fn push(&mut self, r: CallResult) {
        self.seen += 1;
        self.calls.push(r);
        if self.calls.len() >= self.limit.saturating_mul(2).max(64) {
            self.trim();
        }
    }

    fn trim(&mut self) {
        self.calls.sort_by(queue_order);
        self.calls.truncate(self.limit);
    }

    /// The kept calls, in queue order.
    pub fn into_sorted(mut self) -> Vec<CallResult> {
        self.trim();
        self.calls
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::batch::inputs::Metadata;
    use crate::verdict::PatternHit;

    fn call(agent: &str, patterns: &[&str], ms: i64) -> CallResult {
        let mut r = CallResult::failed("k", "a.wav", "a".into(), Metadata::default(), "x".into());
        r.status = Status::Ok;
        r.error = None;
        r.meta.agent_id = Some(agent.into());
        r.meta.campaign = Some("spring".into());
        r.deceptive = Some(!patterns.is_empty());
        r.duration_ms = Some(ms);
        r.patterns = patterns
            .iter()
            .map(|p| PatternHit {
                id: (*p).into(),
                probability: 0.9,
                evidence: vec![],
            })
            .collect();
        r.timing_ms = Some(Timing {
            decode: 10,
            asr: 80,
            classify: 10,
        });
        r
    }

    #[test]
    fn counts_rates_groups_and_failures_by_hand() {
        let mut bad = CallResult::failed(
            "b",
            "b.wav",
            "b".into(),
            Metadata::default(),
            "truncated".into(),
        );
        bad.meta.agent_id = Some("A2".into());
        let rs = vec![
            call("A1", &["code_request", "pressure"], 1_800_000),
            call("A1", &["code_request"], 1_800_000),
            call("A2", &[], 3_600_000),
            bad,
        ];
        let s = summarize(&rs, vec![]);
        assert_eq!((s.calls, s.ok, s.failed, s.flagged), (4, 3, 1, 2));
        assert!((s.flagged_share - 2.0 / 3.0).abs() < 1e-12);
        assert!((s.audio_hours - 2.0).abs() < 1e-12);
        assert_eq!(s.patterns["code_request"], 2);
        assert_eq!(s.patterns["pressure"], 1);
        assert_eq!(s.agents[0].name, "A1");
        assert_eq!(s.agents[0].flag_rate, 1.0);
        assert_eq!(
            s.agents[0].top_patterns,
            vec![("code_request".to_owned(), 2), ("pressure".to_owned(), 1)]
        );
        // A2: one judged call, unflagged, one failure: rate over judged calls only.
        assert_eq!(
            (s.agents[1].calls, s.agents[1].failed, s.agents[1].flag_rate),
            (2, 1, 0.0)
        );
        assert_eq!(s.campaigns.len(), 1);
        assert_eq!(s.campaigns[0].calls, 3);
        assert_eq!(
            s.failures,
            vec![Failure {
                audio: "b.wav".into(),
                error: "truncated".into()
            }]
        );
        assert_eq!(s.timing_ms.asr, 240);
        assert_eq!(s.timing_share["asr"], 0.8);
    }

    #[test]
    fn empty_batch_has_zero_rates_not_nan() {
        let s = summarize(&[], vec![]);
        assert_eq!((s.calls, s.flagged_share), (0, 0.0));
        assert!(serde_json::to_string(&s)
            .unwrap()
            .contains("\"flagged_share\":0.0"));
    }

    #[test]
    fn top_calls_keeps_the_riskiest_of_a_long_stream() {
        let mut top = TopCalls::new(5);
        for i in 0..1000 {
            let mut c = call("A1", &["pressure"], 1000);
            c.id = format!("c{i:04}");
            // A scrambled order of risks; the five highest are c0995..c0999 by construction.
            c.risk = Some(((i * 7919) % 1000) as f32 / 1000.0);
            if i >= 995 {
                c.risk = Some(2.0 + i as f32);
            }
            top.push(c);
        }
        assert_eq!(top.seen, 1000);
        let ids: Vec<String> = top.into_sorted().into_iter().map(|c| c.id).collect();
        assert_eq!(ids, ["c0999", "c0998", "c0997", "c0996", "c0995"]);
    }
}
