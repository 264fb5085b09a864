#!/usr/bin/env python3
import json, sys, os
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
IDS = {"cost_concealment", "fake_cancellation", "fake_reward", "code_request", "consent_bypass", "pressure", "abuse"}
err = 0; seen = set(); calls = []
for ln, line in enumerate(open(os.path.join(HERE, "calls.jsonl"), encoding="utf-8"), 1):
    try:
        c = json.loads(line)
    except Exception as e:
        print(ln, "bad json", e); err += 1; continue
    def bad(m):
        global err; err += 1; print(ln, c.get("id"), m)
    for k in ("id", "lang", "deceptive", "labels", "turns", "source", "scenario", "hard_negative", "written"):
        if k not in c: bad("missing " + k)
    if c["id"] in seen: bad("dup id")
    seen.add(c["id"])
    if c["lang"] != "zh" or c["source"] != "writer:z01": bad("lang/source")
    if c["written"] not in ("hand", "generator"): bad("written")
    u = sorted({l for t in c["turns"] for l in t["labels"]})
    if c["labels"] != u: bad("labels != union")
    if c["deceptive"] != bool(u): bad("deceptive flag")
    if set(u) - IDS: bad("unknown label")
    if c["hard_negative"] and u: bad("hn with labels")
    if not (4 <= len(c["turns"]) <= 25): bad(f"turns {len(c['turns'])}")
    for t in c["turns"]:
        if t["speaker"] not in ("agent", "customer", "unknown") or not t["text"].strip(): bad("turn")
        if any(p in t["text"] for p in "。？！"): bad("punct")
        if t["labels"] != sorted(set(t["labels"])): bad("turn labels unsorted")
    calls.append(c)
n = len(calls); hon = [c for c in calls if not c["deceptive"]]
pc = Counter(l for c in calls for l in c["labels"])
print("calls", n, "hand", sum(c["written"] == "hand" for c in calls), "generated", sum(c["written"] == "generator" for c in calls))
print("honest", len(hon), f"({len(hon)/n:.1%})", "hard_negative", sum(c["hard_negative"] for c in hon))
for k in sorted(IDS): print(f"  {k:18s} {pc[k]}")
lens = Counter(len(c["turns"]) for c in calls); print("turn lengths", min(lens), "-", max(lens))
ok = err == 0 and 0.40 <= len(hon)/n <= 0.50 and sum(c["hard_negative"] for c in hon)*2 >= len(hon) and all(pc[k] >= 40 for k in IDS) and sum(c["written"]=="hand" for c in calls) >= 135 and n >= 400
print("errors", err, "BALANCE OK" if ok else "BALANCE NOT OK")
sys.exit(0 if ok else 1)
