#!/usr/bin/env python3
"""Check w18/calls.jsonl against the corpus spec and the writer brief; print counts."""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATTERNS = {"cost_concealment", "fake_cancellation", "fake_reward", "code_request", "consent_bypass", "pressure", "abuse"}
errs, calls = [], []
for n, line in enumerate(open(os.path.join(HERE, "calls.jsonl"), encoding="utf-8"), 1):
    try:
        c = json.loads(line)
    except Exception as e:
        errs.append(f"line {n}: bad json {e}"); continue
    calls.append(c)
    pre = f"line {n} ({c.get('id')})"
    for k in ("id", "lang", "deceptive", "labels", "turns", "source", "scenario", "hard_negative"):
        if k not in c: errs.append(f"{pre}: missing {k}")
    if c.get("lang") != "en": errs.append(f"{pre}: lang")
    if c.get("source") != "writer:18": errs.append(f"{pre}: source")
    if not re.fullmatch(r"w18-\d{4}", c.get("id", "")): errs.append(f"{pre}: id format")
    if not re.fullmatch(r"[a-z0-9_]+", c.get("scenario", "")): errs.append(f"{pre}: scenario not snake_case")
    turns = c.get("turns", [])
    if not turns or len(turns) > 25: errs.append(f"{pre}: {len(turns)} turns")
    spk = {t["speaker"] for t in turns}
    if not spk <= {"agent", "customer", "unknown"}: errs.append(f"{pre}: bad speaker {spk}")
    if "unknown" in spk and len(spk) > 1: errs.append(f"{pre}: unknown mixed with agent/customer")
    union = set()
    for i, t in enumerate(turns):
        if not t.get("text", "").strip(): errs.append(f"{pre}: empty turn {i}")
        for l in t.get("labels", []):
            if l not in PATTERNS: errs.append(f"{pre}: unknown label {l}")
            if t["speaker"] == "customer": errs.append(f"{pre}: label on customer turn {i}")
        union |= set(t.get("labels", []))
    if set(c.get("labels", [])) != union: errs.append(f"{pre}: call labels != union of turn labels")
    if c.get("deceptive") != bool(union): errs.append(f"{pre}: deceptive flag mismatch")
    if c.get("hard_negative") and c.get("deceptive"): errs.append(f"{pre}: hard_negative on a deceptive call")
ids = [c["id"] for c in calls]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if ids != [f"w18-{i:04d}" for i in range(1, len(ids) + 1)]: errs.append("ids not sequential")

N = len(calls)
hand = sum(c.get("notes") == "hand-written" for c in calls)
honest = [c for c in calls if not c["deceptive"]]
hn = sum(c["hard_negative"] for c in honest)
mono = sum(all(t["speaker"] == "unknown" for t in c["turns"]) for c in calls)
asr = sum(all(t["text"] == t["text"].lower() and not re.search(r"[.,?!]", t["text"]) for t in c["turns"]) for c in calls)
per = collections.Counter(l for c in calls for l in c["labels"])
print(f"calls {N}  hand {hand} ({100 * hand / N:.1f}%)  generated {N - hand}")
print(f"honest {len(honest)} ({100 * len(honest) / N:.1f}%)  hard_negative {hn} ({100 * hn / max(1, len(honest)):.1f}% of honest)  deceptive {N - len(honest)}")
print(f"mono (all unknown) {mono} ({100 * mono / N:.1f}%)  recognizer-style calls {asr} ({100 * asr / N:.1f}%)")
print(f"scenarios {len(set(c['scenario'] for c in calls))}  max turns {max(len(c['turns']) for c in calls)}")
for p in sorted(PATTERNS):
    print(f"  {p:18s} {per[p]}")
checks = [(N >= 320, "at least 320 calls"), (hand >= 110 and 3 * hand >= N, ">=110 and >= a third hand-written"),
          (0.45 <= len(honest) / N <= 0.55, "honest 45-55%"), (hn >= 0.75 * len(honest), "hard negatives >=75% of honest"),
          (all(per[p] >= 50 for p in PATTERNS), "every pattern >=50"),
          (per["abuse"] >= 90 and per["code_request"] >= 90, "abuse and code_request >=90")]
for ok, msg in checks:
    if not ok: errs.append("brief: " + msg)
for e in errs[:50]: print("ERROR", e)
print("OK" if not errs else f"{len(errs)} errors")
sys.exit(1 if errs else 0)
