#!/usr/bin/env python3
import json, collections, sys, os
IDS = {"pressure", "code_request", "consent_bypass", "cost_concealment", "fake_reward", "fake_cancellation", "abuse"}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "calls.jsonl")
errs = 0; seen = set(); calls = []
for ln, line in enumerate(open(path, encoding="utf-8"), 1):
    try:
        c = json.loads(line)
    except Exception as e:
        print("line", ln, "bad json", e); errs += 1; continue
    u = sorted({l for t in c["turns"] for l in t["labels"]})
    ok = (c["labels"] == u and c["deceptive"] == bool(u) and c["id"] not in seen and set(u) <= IDS
          and c["lang"] == "en" and c["source"] == "writer:05" and c["written"] in ("hand", "generator")
          and all(t["speaker"] in ("agent", "customer", "unknown") and t["text"].strip() for t in c["turns"])
          and not (c["hard_negative"] and u) and isinstance(c["scenario"], str) and c["scenario"])
    if not ok:
        print("line", ln, "invalid", c["id"]); errs += 1
    seen.add(c["id"]); calls.append(c)
N = len(calls); hon = [c for c in calls if not c["labels"]]
print("calls", N, "hand", sum(c["written"] == "hand" for c in calls), "generator", sum(c["written"] == "generator" for c in calls))
print("honest", len(hon), f"({100*len(hon)/N:.1f}%)", "hard_negative", sum(c["hard_negative"] for c in calls))
cnt = collections.Counter(l for c in calls for l in c["labels"])
for k in sorted(IDS): print(f"  {k:18s} {cnt[k]}")
print("labels per deceptive call", dict(sorted(collections.Counter(len(c["labels"]) for c in calls if c["labels"]).items())))
lens = [len(c["turns"]) for c in calls]; print("turns min/max", min(lens), max(lens))
print("labeled customer turns", sum(1 for c in calls for t in c["turns"] if t["speaker"] == "customer" and t["labels"]))
print("errors", errs)
sys.exit(1 if errs else 0)
