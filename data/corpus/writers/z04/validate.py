#!/usr/bin/env python3
import json, sys, os
from collections import Counter
P = {"cost_concealment", "fake_cancellation", "fake_reward", "code_request", "consent_bypass", "pressure", "abuse"}
fn = os.path.join(os.path.dirname(os.path.abspath(__file__)), "calls.jsonl")
ids, errs, calls = set(), 0, []
for n, line in enumerate(open(fn, encoding="utf-8"), 1):
    try:
        c = json.loads(line)
    except Exception as e:
        print(n, "bad json", e); errs += 1; continue
    e = []
    if c.get("id") in ids: e.append("dup id")
    ids.add(c.get("id"))
    if c.get("lang") != "zh" or c.get("source") != "writer:z04": e.append("lang/source")
    if c.get("written") not in ("hand", "generator"): e.append("written")
    if not isinstance(c.get("hard_negative"), bool) or not c.get("scenario"): e.append("hn/scenario")
    u = set()
    for t in c.get("turns", []):
        if t.get("speaker") not in ("agent", "customer", "unknown"): e.append("speaker")
        if not t.get("text"): e.append("empty text")
        if any(ch in t["text"] for ch in "，。？！,.?!"): e.append("punct")
        if t["labels"] != sorted(set(t["labels"])) or set(t["labels"]) - P: e.append("turn labels")
        u |= set(t["labels"])
    if c["labels"] != sorted(u): e.append("call labels != union")
    if c["deceptive"] != bool(c["labels"]): e.append("deceptive flag")
    if c["hard_negative"] and c["labels"]: e.append("hn with labels")
    if e:
        errs += 1; print(n, c.get("id"), sorted(set(e)))
    calls.append(c)
N = len(calls)
hon = [c for c in calls if not c["labels"]]
hn = sum(c["hard_negative"] for c in hon)
pc = Counter(l for c in calls for l in c["labels"])
print(f"calls {N}  errors {errs}")
print(f"hand {sum(c['written']=='hand' for c in calls)}  generator {sum(c['written']=='generator' for c in calls)}")
print(f"honest {len(hon)} ({100*len(hon)/N:.1f}%)  hard_negative {hn} ({100*hn/max(1,len(hon)):.0f}% of honest)")
for p in sorted(P): print(f"  {p:18s} {pc[p]}")
lens = Counter(len(c["turns"]) for c in calls)
print("turn lengths min/max", min(lens), max(lens), "spk-customer-labeled", sum(1 for c in calls for t in c["turns"] if t["speaker"]=="customer" and t["labels"]))
ok = errs == 0 and 0.40 <= len(hon)/N <= 0.50 and hn*2 >= len(hon) and all(pc[p] >= 40 for p in P) \
     and sum(c['written']=='hand' for c in calls)*3 >= N and N >= 400
print("BALANCE OK" if ok else "BALANCE FAIL")
sys.exit(0 if ok else 1)
