#!/usr/bin/env python3
import json, collections, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
IDS = {"cost_concealment", "fake_cancellation", "fake_reward", "code_request", "consent_bypass", "pressure", "abuse"}
seen = set(); calls = []; errs = 0
for n, line in enumerate(open(os.path.join(HERE, "calls.jsonl"), encoding="utf-8"), 1):
    try:
        c = json.loads(line)
    except Exception as e:
        print("line", n, "bad json", e); errs += 1; continue
    ok = True
    u = sorted({l for t in c["turns"] for l in t["labels"]})
    if c["labels"] != u: print("line", n, "labels != union"); ok = False
    if c["deceptive"] != bool(u): print("line", n, "deceptive mismatch"); ok = False
    if c["id"] in seen: print("line", n, "dup id"); ok = False
    seen.add(c["id"])
    if not set(u) <= IDS: print("line", n, "bad label"); ok = False
    if c["id"] != "w09-%04d" % n: print("line", n, "id sequence"); ok = False
    for k, v in [("lang", "en"), ("source", "writer:09")]:
        if c.get(k) != v: print("line", n, k); ok = False
    if c.get("written") not in ("hand", "generator") or not c.get("scenario"): print("line", n, "meta"); ok = False
    if c["hard_negative"] and c["deceptive"]: print("line", n, "hn deceptive"); ok = False
    for t in c["turns"]:
        if t["speaker"] not in ("agent", "customer", "unknown") or not t["text"].strip(): print("line", n, "turn"); ok = False
        if t["labels"] != sorted(set(t["labels"])): print("line", n, "turn labels unsorted"); ok = False
    errs += not ok; calls.append(c)
N = len(calls); hon = [c for c in calls if not c["deceptive"]]
print("calls", N, "errors", errs)
print("hand", sum(c["written"] == "hand" for c in calls), "generator", sum(c["written"] == "generator" for c in calls))
print("honest", len(hon), "(%.1f%%)" % (100 * len(hon) / N), "hard_negative", sum(c["hard_negative"] for c in hon))
cnt = collections.Counter(l for c in calls for l in c["labels"])
for k in sorted(IDS): print("  %-18s %d" % (k, cnt[k]))
npat = collections.Counter(len(c["labels"]) for c in calls if c["deceptive"])
print("patterns per deceptive call", dict(sorted(npat.items())))
L = [len(c["turns"]) for c in calls]
print("turns min/max/mean", min(L), max(L), round(sum(L) / N, 1), " >=20 turns:", sum(x >= 20 for x in L))
print("customer-labeled turns", sum(1 for c in calls for t in c["turns"] if t["speaker"] == "customer" and t["labels"]))
