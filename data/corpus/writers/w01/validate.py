"""Validate calls.jsonl and print counts (stdlib only)."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
PATS = {"cost_concealment", "fake_cancellation", "fake_reward", "code_request", "consent_bypass", "pressure", "abuse"}
TXT = re.compile(r"^[a-z' ]+$")
ids, errs, rows = set(), [], []
for n, line in enumerate(open(os.path.join(HERE, "calls.jsonl"), encoding="utf-8"), 1):
    try:
        o = json.loads(line)
    except Exception as e:
        errs.append(f"line {n}: bad json {e}"); continue
    for k in ("id", "lang", "deceptive", "labels", "turns", "source", "scenario", "hard_negative", "written"):
        if k not in o: errs.append(f"line {n}: missing {k}")
    if o["id"] in ids: errs.append(f"line {n}: dup id {o['id']}")
    ids.add(o["id"])
    if o["id"] != f"w01-{n:04d}": errs.append(f"line {n}: id order {o['id']}")
    if o["lang"] != "en" or o["source"] != "writer:01": errs.append(f"line {n}: lang/source")
    if not re.match(r"^[a-z0-9_]+$", o["scenario"]): errs.append(f"line {n}: scenario")
    u = set()
    for t in o["turns"]:
        if t["speaker"] not in ("agent", "customer", "unknown"): errs.append(f"line {n}: speaker")
        if not set(t["labels"]) <= PATS: errs.append(f"line {n}: unknown label {t['labels']}")
        if t["labels"] != sorted(set(t["labels"])): errs.append(f"line {n}: turn labels unsorted")
        if not TXT.match(t["text"]): errs.append(f"line {n}: text surface {t['text']!r}")
        u |= set(t["labels"])
    if o["labels"] != sorted(u): errs.append(f"line {n}: call labels != union")
    if o["deceptive"] != bool(u): errs.append(f"line {n}: deceptive flag")
    if o["hard_negative"] and o["deceptive"]: errs.append(f"line {n}: hard_negative on deceptive")
    if o["written"] not in ("hand", "generator"): errs.append(f"line {n}: written")
    if not (4 <= len(o["turns"]) <= 30): errs.append(f"line {n}: turns {len(o['turns'])}")
    rows.append(o)
for e in errs[:50]: print("ERR", e)
N = len(rows); hon = [o for o in rows if not o["deceptive"]]
print(f"calls {N}  hand {sum(o['written']=='hand' for o in rows)}  generator {sum(o['written']=='generator' for o in rows)}")
print(f"honest {len(hon)} ({100*len(hon)/N:.1f}%)  hard_negative {sum(o['hard_negative'] for o in rows)}")
pc = Counter(l for o in rows for l in o["labels"])
for p in sorted(PATS): print(f"  {p:18s} {pc[p]}")
print("patterns per deceptive call:", dict(sorted(Counter(len(o['labels']) for o in rows if o['deceptive']).items())))
print("turn lengths min/max:", min(len(o['turns']) for o in rows), max(len(o['turns']) for o in rows))
print("errors:", len(errs))
sys.exit(1 if errs else 0)
