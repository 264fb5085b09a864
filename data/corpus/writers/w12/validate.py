#!/usr/bin/env python3
import json, collections, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
PAT = {"cost_concealment", "fake_cancellation", "fake_reward", "code_request", "consent_bypass", "pressure", "abuse"}
ids = set(); errs = 0; C = collections.Counter(); n = honest = hn = hand = 0; lens = collections.Counter(); single = 0
for ln, line in enumerate(open(os.path.join(HERE, "calls.jsonl"), encoding="utf-8"), 1):
    try:
        c = json.loads(line)
    except Exception as e:
        print("bad json", ln, e); errs += 1; continue
    def bad(msg):
        global errs; errs += 1; print(ln, c.get("id"), msg)
    for k in ("id", "lang", "deceptive", "labels", "turns", "source", "scenario", "hard_negative", "written"):
        if k not in c: bad("missing " + k)
    if c["id"] in ids: bad("dup id")
    ids.add(c["id"])
    if c["lang"] != "en" or c["source"] != "writer:12": bad("lang/source")
    if c["written"] not in ("hand", "generator"): bad("written")
    u = set()
    for t in c["turns"]:
        if t["speaker"] not in ("agent", "customer", "unknown"): bad("speaker")
        if not t["text"].strip(): bad("empty text")
        if "{" in t["text"] or "}" in t["text"]: bad("unformatted placeholder: " + t["text"])
        if set(t["labels"]) - PAT: bad("unknown label")
        if t["labels"] != sorted(set(t["labels"])): bad("turn labels not sorted/unique")
        u |= set(t["labels"])
    if c["labels"] != sorted(u): bad("call labels != union")
    if c["deceptive"] != bool(u): bad("deceptive flag")
    if c["hard_negative"] and u: bad("hard negative with labels")
    n += 1; hand += c["written"] == "hand"; lens[len(c["turns"])] += 1
    if not u:
        honest += 1; hn += c["hard_negative"]
    if len(u) == 1: single += 1
    for x in u: C[x] += 1
print(f"calls={n} hand={hand} honest={honest} ({honest/n:.1%}) hard_neg={hn} single_pattern={single} errors={errs}")
for k in sorted(PAT): print(f"  {k}: {C[k]}")
print("turn lengths min/max:", min(lens), max(lens))
sys.exit(1 if errs else 0)
