#!/usr/bin/env python3
"""Validate calls.jsonl and print balance counts."""
import json, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
IDS = {"cost_concealment", "fake_cancellation", "fake_reward", "code_request", "consent_bypass", "pressure", "abuse"}
errs = 0; calls = []; seen = set()
for n, line in enumerate(open(os.path.join(HERE, "calls.jsonl"), encoding="utf-8"), 1):
    try:
        o = json.loads(line)
    except Exception as e:
        print("line", n, "bad json", e); errs += 1; continue
    def bad(m):
        global errs; errs += 1; print("line", n, o.get("id"), m)
    for k in ["id", "lang", "deceptive", "labels", "turns", "source", "scenario", "hard_negative", "written"]:
        if k not in o: bad("missing " + k)
    if o["id"] in seen: bad("dup id")
    seen.add(o["id"])
    if o["id"] != "w02-%04d" % n: bad("id sequence")
    if o["lang"] != "en" or o["source"] != "writer:02" or o["written"] not in ("hand", "generator"): bad("field value")
    u = set()
    for t in o["turns"]:
        if t["speaker"] not in ("agent", "customer", "unknown") or not t["text"].strip(): bad("turn")
        if not set(t["labels"]) <= IDS or t["labels"] != sorted(set(t["labels"])): bad("turn labels")
        u |= set(t["labels"])
    if o["labels"] != sorted(u): bad("call labels != union")
    if o["deceptive"] != bool(o["labels"]): bad("deceptive flag")
    if o["hard_negative"] and o["deceptive"]: bad("hard negative but deceptive")
    if not (3 <= len(o["turns"]) <= 30): bad("turn count %d" % len(o["turns"]))
    calls.append(o)
N = len(calls); hon = [c for c in calls if not c["deceptive"]]
print("errors:", errs)
print("calls:", N, "| hand:", sum(c["written"] == "hand" for c in calls), "| generator:", sum(c["written"] == "generator" for c in calls))
print("honest: %d (%.1f%%) | hard negatives: %d" % (len(hon), 100 * len(hon) / N, sum(c["hard_negative"] for c in calls)))
pc = collections.Counter(l for c in calls for l in c["labels"])
for k in sorted(IDS): print("  %-18s %d" % (k, pc[k]))
print("labels per deceptive call:", dict(sorted(collections.Counter(len(c["labels"]) for c in calls if c["deceptive"]).items())))
tl = [len(c["turns"]) for c in calls]
print("turns min/max/mean: %d/%d/%.1f" % (min(tl), max(tl), sum(tl) / N))
print("turn-length histogram:", dict(sorted(collections.Counter(min(x // 5 * 5, 30) for x in tl).items())))
