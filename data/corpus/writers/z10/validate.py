#!/usr/bin/env python3
"""Check z10/calls.jsonl against the corpus spec and the z10 brief; print counts."""
import collections, json, os, re, sys
PATS = {"cost_concealment", "fake_cancellation", "fake_reward", "code_request", "consent_bypass", "pressure", "abuse"}
fn = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "calls.jsonl")
errs, ids, n = [], set(), 0
c = collections.Counter(); per = collections.Counter(); scen = collections.Counter()
for ln, line in enumerate(open(fn, encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f"line {ln}: bad json {e}"); continue
    n += 1
    e = lambda m: errs.append(f"line {ln} {r.get('id')}: {m}")
    if r.get("id") != f"z10-{n:04d}": e("id out of sequence")
    if r["id"] in ids: e("duplicate id")
    ids.add(r["id"])
    if r.get("lang") != "zh": e("lang")
    if r.get("source") != "writer:z10": e("source")
    if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r.get("scenario", "")): e("scenario not snake_case")
    if not isinstance(r.get("hard_negative"), bool): e("hard_negative missing")
    turns = r.get("turns") or []
    if not 1 <= len(turns) <= 25: e(f"{len(turns)} turns")
    spk = {t["speaker"] for t in turns}
    if not spk <= {"agent", "customer", "unknown"}: e(f"speaker {spk}")
    if "unknown" in spk and len(spk) > 1: e("unknown mixed with agent/customer")
    tl = set()
    for t in turns:
        if not t.get("text", "").strip(): e("empty text")
        for l in t["labels"]:
            if l not in PATS: e(f"bad label {l}")
        if t["labels"] and t["speaker"] == "customer": e("label on customer turn")
        tl |= set(t["labels"])
    if set(r["labels"]) != tl: e("call labels != union of turn labels")
    if r["deceptive"] != bool(r["labels"]): e("deceptive != bool(labels)")
    if r["hard_negative"] and r["deceptive"]: e("hard_negative on deceptive call")
    for l in r["labels"]: per[l] += 1
    c["deceptive" if r["deceptive"] else "honest"] += 1
    c["hard_negative"] += r["hard_negative"]
    c["mono"] += spk == {"unknown"}
    c["hand"] += not r["scenario"].startswith("gen_")
print("calls", n, "| hand", c["hand"], "generated", n - c["hand"])
print("honest", c["honest"], f"({c['honest']/n:.1%})", "deceptive", c["deceptive"])
print("hard_negative", c["hard_negative"], f"({c['hard_negative']/max(1,c['honest']):.1%} of honest, {c['hard_negative']/n:.1%} of all)")
print("mono", c["mono"], f"({c['mono']/n:.1%})")
for p in sorted(PATS): print(f"  {p:18s} {per[p]}")
checks = [n >= 320, c["hand"] >= 110, 0.45 <= c["honest"]/n <= 0.55, c["hard_negative"] >= 0.75*c["honest"],
          all(per[p] >= 50 for p in PATS), all(per[p] >= 90 for p in ("consent_bypass", "pressure", "abuse"))]
for m in errs[:30]: print("ERROR", m)
print("errors", len(errs), "| brief checks", "OK" if all(checks) else f"FAIL {checks}")
sys.exit(1 if errs or not all(checks) else 0)
