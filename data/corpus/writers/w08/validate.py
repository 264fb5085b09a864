#!/usr/bin/env python3
import json, os, collections, sys
HERE = os.path.dirname(os.path.abspath(__file__))
IDS = {"pressure", "consent_bypass", "cost_concealment", "fake_reward", "fake_cancellation", "code_request", "abuse"}
errs = 0; calls = []; seen = set()
for n, line in enumerate(open(os.path.join(HERE, "calls.jsonl"), encoding="utf-8"), 1):
    try:
        c = json.loads(line)
    except Exception as e:
        print("line", n, "bad json", e); errs += 1; continue
    def bad(m):
        global errs; errs += 1; print("line", n, c.get("id"), m)
    for k in ("id", "lang", "deceptive", "labels", "turns", "source", "scenario", "hard_negative", "written"):
        if k not in c: bad("missing " + k)
    if c["id"] in seen: bad("dup id")
    seen.add(c["id"])
    if c["id"] != "w08-%04d" % n: bad("id sequence")
    if c["lang"] != "en" or c["source"] != "writer:08": bad("lang/source")
    u = sorted({l for t in c["turns"] for l in t["labels"]})
    if c["labels"] != u: bad("labels != union")
    if c["deceptive"] != bool(u): bad("deceptive mismatch")
    if not set(u) <= IDS: bad("unknown label")
    if c["hard_negative"] and c["deceptive"]: bad("hn deceptive")
    if c["written"] not in ("hand", "generator"): bad("written")
    if not (2 <= len(c["turns"]) <= 30): bad("turn count %d" % len(c["turns"]))
    for t in c["turns"]:
        if t["speaker"] not in ("agent", "customer", "unknown") or not t["text"].strip(): bad("turn")
        if t["speaker"] == "customer" and t["labels"]: bad("customer labeled")
        if any(ch.isdigit() for ch in t["text"]) or t["text"] != t["text"].lower(): bad("digit/upper: " + t["text"])
    calls.append(c)
N = len(calls); hon = [c for c in calls if not c["deceptive"]]
print("errors", errs)
print("calls", N, "hand", sum(c["written"] == "hand" for c in calls), "generator", sum(c["written"] == "generator" for c in calls))
print("honest", len(hon), "%.1f%%" % (100 * len(hon) / N), "hard_neg", sum(c["hard_negative"] for c in hon))
print("casual (scenario heuristics)", sum(1 for c in hon if any(w in c["scenario"] for w in ("casual", "friend", "mom", "dad", "sister", "brother", "grand", "cousin", "uncle", "auntie", "gossip", "wife", "partner", "neighbo", "daughter", "family", "coworker", "mother"))))
pc = collections.Counter(l for c in calls for l in c["labels"])
for k in sorted(IDS): print(" ", k, pc[k])
print("single-pattern deceptive", sum(1 for c in calls if len(c["labels"]) == 1))
L = [len(c["turns"]) for c in calls]; print("turns min/max/mean", min(L), max(L), round(sum(L) / N, 1))
sys.exit(1 if errs else 0)
