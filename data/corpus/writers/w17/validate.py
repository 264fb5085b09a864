#!/usr/bin/env python3
"""Checks writers/w17/calls.jsonl against the corpus format and the writer brief; prints counts."""
import json, os, sys, collections
P = os.path.join(os.path.dirname(os.path.abspath(__file__)), "calls.jsonl")
IDS = ["cost_concealment", "fake_cancellation", "fake_reward", "code_request", "consent_bypass", "pressure", "abuse"]
errs, calls, seen = [], [], set()
for n, line in enumerate(open(P, encoding="utf-8"), 1):
    try:
        c = json.loads(line)
    except Exception as e:
        errs.append(f"line {n}: bad json {e}"); continue
    calls.append(c)
    e = lambda m: errs.append(f"line {n} ({c.get('id')}): {m}")
    if c.get("id") != f"w17-{n:04d}": e("id not sequential")
    if c["id"] in seen: e("duplicate id")
    seen.add(c["id"])
    if c.get("lang") != "en": e("lang")
    if c.get("source") != "writer:17": e("source")
    if not c.get("scenario") or not c["scenario"].replace("_", "").isalnum() or c["scenario"] != c["scenario"].lower(): e("scenario")
    if not isinstance(c.get("hard_negative"), bool): e("hard_negative")
    turns = c.get("turns") or []
    if not 1 <= len(turns) <= 25: e(f"{len(turns)} turns")
    u = set()
    spk = {t["speaker"] for t in turns}
    if not spk <= {"agent", "customer", "unknown"}: e("speaker")
    if "unknown" in spk and len(spk) > 1: e("unknown mixed with agent/customer")
    for t in turns:
        if not t.get("text", "").strip(): e("empty turn")
        for l in t.get("labels", []):
            if l not in IDS: e(f"bad label {l}")
        if t["speaker"] == "customer" and t.get("labels"): e("label on customer turn")
        u.update(t.get("labels", []))
    if set(c.get("labels", [])) != u: e("call labels != union of turn labels")
    if c.get("deceptive") != bool(u): e("deceptive mismatch")
    if c.get("deceptive") and c.get("hard_negative"): e("deceptive call marked hard_negative")
N = len(calls)
hand = sum(c.get("notes") == "hand-written" for c in calls)
honest = [c for c in calls if not c["deceptive"]]
hn = sum(c["hard_negative"] for c in honest)
mono = sum(all(t["speaker"] == "unknown" for t in c["turns"]) for c in calls)
per = collections.Counter(l for c in calls for l in c["labels"])
print(f"calls {N}  hand {hand}  generated {N - hand}")
print(f"honest {len(honest)} ({100 * len(honest) / N:.1f}%)  hard negatives {hn} ({100 * hn / max(1, len(honest)):.1f}% of honest)  deceptive {N - len(honest)}")
print(f"mono (all unknown) {mono}")
for l in IDS:
    print(f"  {l:18s} {per[l]}")
need = {l: 50 for l in IDS}; need["fake_cancellation"] = need["pressure"] = 90
checks = [N >= 320, hand >= 110, 0.45 <= len(honest) / N <= 0.55, hn >= 0.75 * len(honest)] + [per[l] >= need[l] for l in IDS]
if not all(checks): errs.append("brief targets not met: " + str(checks))
for x in errs[:30]: print("ERROR", x)
print("OK" if not errs else f"{len(errs)} errors")
sys.exit(1 if errs else 0)
