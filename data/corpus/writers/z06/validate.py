#!/usr/bin/env python3
import json, collections, sys
P = {"cost_concealment", "fake_cancellation", "fake_reward", "code_request", "consent_bypass", "pressure", "abuse"}
ok = True
ids = set(); calls = []
for n, line in enumerate(open("calls.jsonl", encoding="utf-8"), 1):
    try:
        x = json.loads(line)
    except Exception as e:
        print("line", n, "bad json", e); ok = False; continue
    err = []
    if x.get("id") in ids: err.append("dup id")
    ids.add(x.get("id"))
    if x.get("lang") != "zh" or x.get("source") != "writer:z06": err.append("lang/source")
    if x.get("written") not in ("hand", "generator"): err.append("written")
    if not isinstance(x.get("hard_negative"), bool) or not x.get("scenario"): err.append("hn/scenario")
    u = set()
    for t in x["turns"]:
        if t["speaker"] not in ("agent", "customer", "unknown") or not t["text"].strip(): err.append("turn")
        if set(t["labels"]) - P: err.append("unknown label")
        if t["labels"] != sorted(set(t["labels"])): err.append("turn labels unsorted")
        if any(ch in t["text"] for ch in "，。？！,.?!、；："): err.append("punctuation")
        u |= set(t["labels"])
    if x["labels"] != sorted(u): err.append("call labels != union")
    if x["deceptive"] != bool(u): err.append("deceptive flag")
    if x["hard_negative"] and x["deceptive"]: err.append("hn on deceptive")
    if not 4 <= len(x["turns"]) <= 25: err.append("length")
    if err: print("line", n, x.get("id"), err); ok = False
    calls.append(x)
exp = ["z06-%04d" % i for i in range(1, len(calls) + 1)]
if [c["id"] for c in calls] != exp: print("ids not sequential"); ok = False
N = len(calls); hon = [c for c in calls if not c["deceptive"]]
hn = sum(c["hard_negative"] for c in calls); hand = sum(c["written"] == "hand" for c in calls)
pc = collections.Counter(l for c in calls for l in c["labels"])
print("calls", N, "hand", hand, "generated", N - hand)
print("honest", len(hon), "(%.1f%%)" % (100 * len(hon) / N), "hard_negative", hn)
for p in sorted(P): print("  %-18s %d" % (p, pc[p]))
checks = [N >= 400, hand >= N / 3 and hand >= 135, 0.40 <= len(hon) / N <= 0.50, hn >= len(hon) / 2,
          all(pc[p] >= 40 for p in P)]
print("balance checks", checks)
print("VALID" if ok and all(checks) else "PROBLEMS")
sys.exit(0 if ok and all(checks) else 1)
