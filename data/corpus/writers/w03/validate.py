#!/usr/bin/env python3
import json, collections, sys, os
P = {"pressure", "consent_bypass", "cost_concealment", "fake_reward", "fake_cancellation", "code_request", "abuse"}
fn = os.path.join(os.path.dirname(os.path.abspath(__file__)), "calls.jsonl")
ids, errs = set(), 0
cnt = collections.Counter(); n = hand = honest = hn = 0; lens = []
for ln, line in enumerate(open(fn, encoding="utf-8"), 1):
    try:
        o = json.loads(line)
    except Exception as e:
        print("line", ln, "bad json", e); errs += 1; continue
    bad = []
    for k in ["id", "lang", "deceptive", "labels", "turns", "source", "scenario", "hard_negative", "written"]:
        if k not in o: bad.append("missing " + k)
    if o.get("id") in ids: bad.append("dup id")
    ids.add(o.get("id"))
    if o["lang"] != "en" or o["source"] != "writer:03" or o["written"] not in ("hand", "generator"): bad.append("field")
    u = set()
    for t in o["turns"]:
        if t["speaker"] not in ("agent", "customer", "unknown"): bad.append("speaker")
        if not t["text"].strip(): bad.append("empty text")
        if set(t["labels"]) - P: bad.append("bad label")
        if t["labels"] != sorted(set(t["labels"])): bad.append("turn labels unsorted")
        u |= set(t["labels"])
    if o["labels"] != sorted(u): bad.append("call labels != union")
    if o["deceptive"] != bool(o["labels"]): bad.append("deceptive mismatch")
    if o["hard_negative"] and o["labels"]: bad.append("hard negative with labels")
    if not (4 <= len(o["turns"]) <= 30): bad.append("turn count %d" % len(o["turns"]))
    if bad:
        errs += 1; print("line", ln, o.get("id"), bad)
    n += 1; lens.append(len(o["turns"]))
    hand += o["written"] == "hand"; honest += not o["labels"]; hn += o["hard_negative"]
    for l in o["labels"]: cnt[l] += 1
exp = ["w03-%04d" % i for i in range(1, n + 1)]
if sorted(ids) != exp: print("ids not sequential"); errs += 1
print(f"calls={n} hand={hand} honest={honest} ({honest/n:.1%}) hard_neg={hn} deceptive={n-honest} errors={errs}")
print("turns min/max/mean", min(lens), max(lens), round(sum(lens)/len(lens), 1))
for k in sorted(P): print(f"  {k}: {cnt[k]}")
sys.exit(1 if errs else 0)
