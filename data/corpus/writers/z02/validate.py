#!/usr/bin/env python3
import json, os, collections, sys
HERE = os.path.dirname(os.path.abspath(__file__))
PAT = {"cost_concealment", "fake_cancellation", "fake_reward", "code_request", "consent_bypass", "pressure", "abuse"}
ids, errs = set(), []
per = collections.Counter(); n = hand = honest = hn = 0; lens = collections.Counter(); ops = collections.Counter()
for i, line in enumerate(open(os.path.join(HERE, "calls.jsonl"), encoding="utf-8"), 1):
    try:
        o = json.loads(line)
    except Exception as e:
        errs.append(f"line {i}: json {e}"); continue
    n += 1
    for k in ("id", "lang", "deceptive", "labels", "turns", "source", "scenario", "hard_negative", "written"):
        if k not in o: errs.append(f"line {i}: missing {k}")
    if o["id"] in ids: errs.append(f"line {i}: dup id")
    ids.add(o["id"])
    if o["id"] != f"z02-{i:04d}": errs.append(f"line {i}: id {o['id']}")
    if o["lang"] != "zh" or o["source"] != "writer:z02": errs.append(f"line {i}: lang/source")
    u = set()
    for t in o["turns"]:
        if t["speaker"] not in ("agent", "customer", "unknown"): errs.append(f"line {i}: speaker")
        if not t["text"].strip() or "{" in t["text"]: errs.append(f"line {i}: text {t['text']}")
        for l in t["labels"]:
            if l not in PAT: errs.append(f"line {i}: label {l}")
        if t["labels"] != sorted(set(t["labels"])): errs.append(f"line {i}: turn labels unsorted")
        u |= set(t["labels"])
    if o["labels"] != sorted(u): errs.append(f"line {i}: call labels != union")
    if o["deceptive"] != bool(u): errs.append(f"line {i}: deceptive flag")
    if o["hard_negative"] and u: errs.append(f"line {i}: hard negative with labels")
    if o["written"] not in ("hand", "generator"): errs.append(f"line {i}: written")
    hand += o["written"] == "hand"; honest += not u; hn += o["hard_negative"]
    for l in u: per[l] += 1
    lens[len(o["turns"])] += 1
    txt = "".join(t["text"] for t in o["turns"])
    ops["移动" if ("移动" in txt or "10086" in txt) else "联通" if ("联通" in txt or "10010" in txt) else "电信" if ("电信" in txt or "10000" in txt) else "other"] += 1
print("errors:", len(errs)); [print(" ", e) for e in errs[:20]]
print(f"calls={n} hand={hand} honest={honest} ({honest/n:.1%}) hard_negatives={hn} ({hn}/{honest} of honest)")
for p in sorted(PAT): print(f"  {p}: {per[p]}")
print("turn lengths: min", min(lens), "max", max(lens), dict(sorted(lens.items())))
print("operators (first match):", dict(ops))
ok = not errs and n >= 400 and hand >= 135 and 0.40 <= honest / n <= 0.50 and hn * 2 >= honest and all(per[p] >= 40 for p in PAT)
print("BALANCE OK" if ok else "BALANCE FAIL"); sys.exit(0 if ok else 1)
