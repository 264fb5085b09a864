#!/usr/bin/env python3
"""Validate calls.jsonl (writer w13) and print counts."""
import json, sys, collections

PATTERNS = {"abuse", "code_request", "consent_bypass", "cost_concealment", "fake_cancellation", "fake_reward", "pressure"}
SPEAKERS = {"agent", "customer", "unknown"}
path = sys.argv[1] if len(sys.argv) > 1 else "calls.jsonl"
errs, calls = [], []
for n, line in enumerate(open(path, encoding="utf-8"), 1):
    try:
        c = json.loads(line)
    except Exception as e:
        errs.append(f"line {n}: bad json {e}"); continue
    calls.append(c)
    exp_id = f"w13-{n:04d}"
    if c.get("id") != exp_id: errs.append(f"line {n}: id {c.get('id')} != {exp_id}")
    if c.get("lang") != "en": errs.append(f"line {n}: lang")
    if c.get("source") != "writer:13": errs.append(f"line {n}: source")
    if c.get("written") not in ("hand", "generator"): errs.append(f"line {n}: written")
    if not isinstance(c.get("scenario"), str) or not c["scenario"] or not c["scenario"].replace("_", "").isalnum() or c["scenario"] != c["scenario"].lower():
        errs.append(f"line {n}: scenario {c.get('scenario')!r}")
    turns = c.get("turns") or []
    if not turns: errs.append(f"line {n}: no turns")
    u = set()
    spk = set()
    for i, t in enumerate(turns):
        if t.get("speaker") not in SPEAKERS: errs.append(f"line {n} turn {i}: speaker")
        spk.add(t.get("speaker"))
        if not isinstance(t.get("text"), str) or not t["text"].strip(): errs.append(f"line {n} turn {i}: empty text")
        labs = t.get("labels")
        if not isinstance(labs, list): errs.append(f"line {n} turn {i}: labels not list"); continue
        for l in labs:
            if l not in PATTERNS: errs.append(f"line {n} turn {i}: unknown label {l}")
        if labs and t.get("speaker") == "customer": errs.append(f"line {n} turn {i}: label on customer turn")
        u |= set(labs)
    if "unknown" in spk and len(spk) > 1: errs.append(f"line {n}: mixes unknown with other speakers")
    if c.get("labels") != sorted(u): errs.append(f"line {n}: call labels {c.get('labels')} != union {sorted(u)}")
    if c.get("deceptive") != bool(u): errs.append(f"line {n}: deceptive flag")
    if not isinstance(c.get("hard_negative"), bool): errs.append(f"line {n}: hard_negative not bool")
    elif c["hard_negative"] and c.get("deceptive"): errs.append(f"line {n}: hard_negative on deceptive call")
ids = [c.get("id") for c in calls]
if len(ids) != len(set(ids)): errs.append("duplicate ids")
texts = collections.Counter(t["text"] for c in calls for t in c.get("turns", []) if c.get("written") == "generator")
N = len(calls)
hand = sum(c.get("written") == "hand" for c in calls)
honest = [c for c in calls if not c.get("deceptive")]
hn = sum(c.get("hard_negative") for c in honest)
per = collections.Counter(l for c in calls for l in c.get("labels", []))
npat = collections.Counter(len(c.get("labels", [])) for c in calls if c.get("deceptive"))
print(f"calls {N}  hand {hand}  generator {N-hand}")
print(f"honest {len(honest)} ({100*len(honest)/N:.1f}%)  hard negatives {hn}  deceptive {N-len(honest)}")
for p in sorted(PATTERNS): print(f"  {p:18s} {per[p]}")
print("patterns per deceptive call:", dict(sorted(npat.items())))
print("unknown-speaker calls:", sum(all(t['speaker']=='unknown' for t in c['turns']) for c in calls))
print("generated turn texts: distinct %d of %d; most repeated: %s" % (len(texts), sum(texts.values()), texts.most_common(3)))
checks = [N >= 320, hand >= 110, 0.40 <= len(honest)/N <= 0.50, hn * 2 >= len(honest)] + [per[p] >= 45 for p in PATTERNS]
if not all(checks): errs.append(f"quota check failed: {checks}")
for e in errs[:50]: print("ERROR", e)
print("OK" if not errs else f"{len(errs)} errors")
sys.exit(1 if errs else 0)
