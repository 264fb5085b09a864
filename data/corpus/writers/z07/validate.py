#!/usr/bin/env python3
"""Validate calls.jsonl and print balance counts."""
import json, os, collections, sys, re
HERE = os.path.dirname(os.path.abspath(__file__))
IDS = {"cost_concealment", "fake_cancellation", "fake_reward", "code_request", "consent_bypass", "pressure", "abuse"}
errs = 0
rows = []
seen = set()
for n, line in enumerate(open(os.path.join(HERE, "calls.jsonl"), encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        print("line", n, "bad json", e); errs += 1; continue
    def bad(msg):
        global errs
        print("line", n, r.get("id"), msg); errs += 1
    for k in ("id", "lang", "deceptive", "labels", "turns", "source", "scenario", "hard_negative", "written"):
        if k not in r: bad("missing " + k)
    if r["id"] in seen: bad("dup id")
    seen.add(r["id"])
    if not re.fullmatch(r"z07-\d{4}", r["id"]): bad("id format")
    if r["lang"] != "zh" or r["source"] != "writer:z07": bad("lang/source")
    if r["written"] not in ("hand", "generator"): bad("written")
    if not re.fullmatch(r"[a-z0-9_]+", r["scenario"]): bad("scenario")
    u = set()
    for t in r["turns"]:
        if t["speaker"] not in ("agent", "customer", "unknown"): bad("speaker")
        if not t["text"].strip(): bad("empty text")
        if t["labels"] != sorted(set(t["labels"])): bad("turn labels unsorted")
        if set(t["labels"]) - IDS: bad("unknown label")
        if t["speaker"] == "customer" and t["labels"]: bad("customer turn labeled")
        u |= set(t["labels"])
    if r["labels"] != sorted(u): bad("call labels != union")
    if r["deceptive"] != bool(u): bad("deceptive flag")
    if r["hard_negative"] and r["deceptive"]: bad("hard negative but deceptive")
    rows.append(r)
N = len(rows)
hon = [r for r in rows if not r["deceptive"]]
hn = [r for r in hon if r["hard_negative"]]
pat = collections.Counter(l for r in rows for l in r["labels"])
hand = sum(r["written"] == "hand" for r in rows)
lens = [len(r["turns"]) for r in rows]
trad = sum(any(ch in t["text"] for t in r["turns"] for ch in "會驗證碼話號這幫辦優費開務裡請機電聯動廣訊認確時") for r in rows)
print(f"calls {N}  hand {hand}  generated {N-hand}")
print(f"honest {len(hon)} ({100*len(hon)/N:.1f}%)  hard_negative {len(hn)} ({100*len(hn)/max(1,len(hon)):.1f}% of honest)  deceptive {N-len(hon)}")
for k in sorted(IDS): print(f"  {k:18s} {pat[k]}")
print(f"turns min {min(lens)} max {max(lens)} mean {sum(lens)/N:.1f}; calls with traditional chars {trad}")
ops = collections.Counter(r["scenario"].split("_")[0] for r in rows)
print("operator prefix:", dict(ops))
ok = errs == 0 and 0.40 <= len(hon)/N <= 0.50 and len(hn)*2 >= len(hon) and all(pat[k] >= 40 for k in IDS) and hand >= 135 and N >= 400
print("errors", errs, "BALANCE OK" if ok else "BALANCE FAIL")
sys.exit(0 if ok else 1)
