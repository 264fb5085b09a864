#!/usr/bin/env python3
"""检查 calls.jsonl 的格式与配额, 打印统计。"""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
PATS = ["cost_concealment", "fake_cancellation", "fake_reward", "code_request", "consent_bypass", "pressure", "abuse"]
errs, calls, ids = [], [], set()
for n, line in enumerate(open(os.path.join(HERE, "calls.jsonl"), encoding="utf-8"), 1):
    try:
        c = json.loads(line)
    except Exception as e:
        errs.append(f"line {n}: bad json {e}"); continue
    calls.append(c)
    e = lambda m: errs.append(f"line {n} {c.get('id')}: {m}")
    if c["id"] in ids: e("dup id")
    ids.add(c["id"])
    if not re.fullmatch(r"z09-\d{4}", c["id"]) or c["id"] != f"z09-{n:04d}": e("id pattern/order")
    if c.get("lang") != "zh": e("lang")
    if c.get("source") != "writer:z09": e("source")
    if not re.fullmatch(r"[a-z0-9_]+", c.get("scenario", "")): e("scenario")
    if not isinstance(c.get("hard_negative"), bool): e("hard_negative")
    t = c.get("turns") or []
    if not 1 <= len(t) <= 25: e(f"turn count {len(t)}")
    spk = {x["speaker"] for x in t}
    if not spk <= {"agent", "customer", "unknown"}: e("speaker")
    if "unknown" in spk and len(spk) > 1: e("mixed unknown")
    u = set()
    for x in t:
        if not x["text"].strip(): e("empty text")
        for l in x["labels"]:
            if l not in PATS: e(f"bad label {l}")
        if x["speaker"] == "customer" and x["labels"]: e("label on customer")
        u |= set(x["labels"])
    if sorted(u) != sorted(c["labels"]): e("call labels != union")
    if c["deceptive"] != bool(c["labels"]): e("deceptive mismatch")
    if c["deceptive"] and c["hard_negative"]: e("deceptive hard negative")
N = len(calls)
hand = sum(c.get("notes") == "hand" for c in calls)
hon = [c for c in calls if not c["deceptive"]]
hn = sum(c["hard_negative"] for c in hon)
mono = sum(all(x["speaker"] == "unknown" for x in c["turns"]) for c in calls)
asrn = sum(not re.search(r"[,。?!]", "".join(x["text"] for x in c["turns"])) for c in calls)
per = collections.Counter(l for c in calls for l in c["labels"])
print(f"calls {N}  hand {hand}  generated {N-hand}")
print(f"honest {len(hon)} ({100*len(hon)/N:.1f}%)  hard_negative {hn} ({100*hn/max(1,len(hon)):.1f}% of honest)  deceptive {N-len(hon)}")
print(f"mono {mono}  asr-style(no punctuation) {asrn}  scenarios {len({c['scenario'] for c in calls})}")
for p in PATS: print(f"  {p:18s} {per[p]}")
need = {p: 50 for p in PATS}; need["consent_bypass"] = need["pressure"] = 90
if N < 320: errs.append("fewer than 320 calls")
if hand < 110: errs.append("fewer than 110 hand calls")
if not .45 <= len(hon) / N <= .55: errs.append("honest share out of 45-55%")
if hn < .75 * len(hon): errs.append("hard negatives < 75% of honest")
for p, k in need.items():
    if per[p] < k: errs.append(f"{p} {per[p]} < {k}")
print("\n".join(errs) if errs else "OK")
sys.exit(1 if errs else 0)
