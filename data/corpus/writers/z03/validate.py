#!/usr/bin/env python3
import json, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
IDS = {"cost_concealment", "fake_cancellation", "fake_reward", "code_request", "consent_bypass", "pressure", "abuse"}
seen = set(); n = honest = hn = hand = 0; per = collections.Counter(); lens = collections.Counter(); errs = 0
for ln, line in enumerate(open(os.path.join(HERE, "calls.jsonl"), encoding="utf-8"), 1):
    try:
        o = json.loads(line)
    except Exception as e:
        print("line", ln, "bad json", e); errs += 1; continue
    ok = True
    union = sorted({l for t in o["turns"] for l in t["labels"]})
    if o["labels"] != union: print(ln, "label union mismatch"); ok = False
    if o["deceptive"] != bool(o["labels"]): print(ln, "deceptive mismatch"); ok = False
    if o["id"] in seen: print(ln, "dup id"); ok = False
    if not set(union) <= IDS: print(ln, "bad id"); ok = False
    if o["lang"] != "zh" or o["source"] != "writer:z03" or o["written"] not in ("hand", "generator"): print(ln, "bad field"); ok = False
    if o["hard_negative"] and o["labels"]: print(ln, "hn labelled"); ok = False
    for t in o["turns"]:
        if t["speaker"] not in ("agent", "customer", "unknown") or not t["text"].strip() or t["labels"] != sorted(set(t["labels"])):
            print(ln, "bad turn"); ok = False
    if not ok: errs += 1
    seen.add(o["id"]); n += 1
    hand += o["written"] == "hand"
    if not o["deceptive"]: honest += 1
    hn += o["hard_negative"]
    for l in o["labels"]: per[l] += 1
    lens[len(o["turns"])] += 1
print("calls", n, "hand", hand, "honest", honest, "(%.1f%%)" % (100 * honest / n), "hard_negative", hn, "errors", errs)
for k in sorted(IDS): print(" ", k, per[k])
print("turn lengths", min(lens), "-", max(lens))
