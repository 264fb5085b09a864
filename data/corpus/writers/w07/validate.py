#!/usr/bin/env python3
import json, os, re, collections, sys
HERE = os.path.dirname(os.path.abspath(__file__))
P = {"cost_concealment", "fake_cancellation", "fake_reward", "code_request", "consent_bypass", "pressure", "abuse"}
rows, ids, errs = [], set(), 0
for n, line in enumerate(open(os.path.join(HERE, "calls.jsonl"), encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        print(n, "bad json", e); errs += 1; continue
    u = sorted({l for t in r["turns"] for l in t["labels"]})
    ok = (r["labels"] == u and r["deceptive"] == bool(u) and r["id"] not in ids and set(u) <= P
          and r["lang"] == "en" and r["source"] == "writer:07" and r["written"] in ("hand", "generator")
          and all(t["speaker"] in ("agent", "customer", "unknown") for t in r["turns"])
          and all(t["labels"] == sorted(set(t["labels"])) for t in r["turns"])
          and not (r["hard_negative"] and r["deceptive"]) and re.fullmatch(r"w07-\d{4}", r["id"])
          and re.fullmatch(r"[a-z0-9_]+", r["scenario"]))
    txt = " ".join(t["text"] for t in r["turns"])
    if re.search(r"[0-9A-Z]", txt):
        print(n, "digit/uppercase in text"); errs += 1
    if not ok:
        print(n, "invalid", r["id"]); errs += 1
    ids.add(r["id"]); rows.append(r)
N = len(rows)
hon = [r for r in rows if not r["deceptive"]]
pc = collections.Counter(l for r in rows for l in r["labels"])
print(f"calls {N}, hand {sum(r['written']=='hand' for r in rows)}, generator {sum(r['written']=='generator' for r in rows)}")
print(f"honest {len(hon)} ({100*len(hon)/N:.1f}%), hard negatives {sum(r['hard_negative'] for r in hon)}, deceptive {N-len(hon)}")
for p in sorted(P):
    print(f"  {p}: {pc[p]}")
print("labels per deceptive call:", dict(sorted(collections.Counter(len(r['labels']) for r in rows if r['deceptive']).items())))
L = [len(r["turns"]) for r in rows]
print("turns min/max:", min(L), max(L), " >=20 turns:", sum(x >= 20 for x in L))
print("labeled customer turns:", sum(1 for r in rows for t in r["turns"] if t["speaker"] == "customer" and t["labels"]))
print("errors:", errs)
sys.exit(1 if errs else 0)
