#!/usr/bin/env python3
import json, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
P = {"cost_concealment", "fake_cancellation", "fake_reward", "code_request", "consent_bypass", "pressure", "abuse"}
ids = set(); errs = 0; calls = []
for i, line in enumerate(open(os.path.join(HERE, "calls.jsonl"), encoding="utf-8"), 1):
    try:
        o = json.loads(line)
    except Exception as e:
        print("line", i, "bad json", e); errs += 1; continue
    u = sorted({l for t in o["turns"] for l in t["labels"]})
    ok = (o["labels"] == u and o["deceptive"] == bool(u) and o["id"] not in ids and set(u) <= P and o["lang"] == "en"
          and o["source"] == "writer:11" and o["written"] in ("hand", "generator") and isinstance(o["hard_negative"], bool)
          and all(t["speaker"] in ("agent", "customer", "unknown") and t["text"].strip() for t in o["turns"])
          and not (o["hard_negative"] and u) and o["scenario"])
    if not ok:
        print("line", i, "invalid", o["id"]); errs += 1
    ids.add(o["id"]); calls.append(o)
n = len(calls)
hon = [c for c in calls if not c["deceptive"]]
hn = [c for c in hon if c["hard_negative"]]
pc = collections.Counter(l for c in calls for l in c["labels"])
print(f"errors={errs} calls={n} hand={sum(c['written']=='hand' for c in calls)} generator={sum(c['written']=='generator' for c in calls)}")
print(f"honest={len(hon)} ({100*len(hon)/n:.1f}%) hard_negatives={len(hn)} deceptive={n-len(hon)}")
print("mono(all unknown)=", sum(all(t['speaker']=='unknown' for t in c['turns']) for c in calls),
      "one-sided=", sum(all(t['speaker']=='agent' for t in c['turns']) for c in calls))
print("single-pattern calls=", sum(len(c["labels"]) == 1 for c in calls))
L = [len(c["turns"]) for c in calls]; print("turns min/max/mean", min(L), max(L), round(sum(L)/n, 1), ">=15:", sum(x >= 15 for x in L))
for k in sorted(P): print(f"  {k}: {pc[k]}")
