#!/usr/bin/env python3
"""Check w15 calls.jsonl against the brief and the corpus format; print counts. Exit 1 on any error."""
import json
import sys
from collections import Counter
from pathlib import Path

PATTERNS = ["cost_concealment", "fake_cancellation", "fake_reward", "code_request", "consent_bypass", "pressure", "abuse"]
path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "calls.jsonl"
errors, ids = [], set()
n = honest = hn = mono = hand = gen = 0
per = Counter()
for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
    def err(msg):
        errors.append(f"line {ln}: {msg}")
    try:
        c = json.loads(line)
    except json.JSONDecodeError as e:
        err(f"bad JSON: {e}")
        continue
    n += 1
    if c.get("id") != f"w15-{n:04d}":
        err(f"id {c.get('id')} out of sequence")
    if c["id"] in ids:
        err("duplicate id")
    ids.add(c["id"])
    if c.get("lang") != "en" or c.get("source") != "writer:15":
        err("lang/source")
    if not c.get("scenario") or not isinstance(c.get("hard_negative"), bool):
        err("scenario/hard_negative missing")
    turns = c.get("turns") or []
    if not 1 <= len(turns) <= 25:
        err(f"{len(turns)} turns")
    spk = {t["speaker"] for t in turns}
    if not spk <= {"agent", "customer", "unknown"}:
        err(f"speakers {spk}")
    if "unknown" in spk and spk != {"unknown"}:
        err("unknown mixed with agent/customer")
    union = set()
    for t in turns:
        if not t.get("text", "").strip():
            err("empty turn")
        for l in t.get("labels", []):
            if l not in PATTERNS:
                err(f"unknown label {l}")
        if t["speaker"] == "customer" and t.get("labels"):
            err("label on customer turn")
        union |= set(t.get("labels", []))
    if sorted(union) != sorted(c.get("labels", [])):
        err("call labels != union of turn labels")
    if c.get("deceptive") != bool(c.get("labels")):
        err("deceptive flag mismatch")
    if c.get("hard_negative") and c.get("deceptive"):
        err("hard_negative on a deceptive call")
    honest += not c["deceptive"]
    hn += bool(c["hard_negative"])
    mono += spk == {"unknown"}
    hand += c.get("notes") == "hand"
    gen += c.get("notes") == "generated"
    per.update(c["labels"])

print(f"calls {n}  hand {hand}  generated {gen}  mono {mono}")
print(f"honest {honest} ({honest / n:.1%})  deceptive {n - honest}  hard negatives {hn} ({hn / max(honest, 1):.1%} of honest)")
for p in PATTERNS:
    print(f"  {p:18s} {per[p]}")
checks = [(n >= 320, "at least 320 calls"), (hand >= 110, "at least 110 hand calls"),
          (0.45 <= honest / n <= 0.55, "honest 45-55%"), (hn >= 0.75 * honest, "hard negatives >= 75% of honest")]
checks += [(per[p] >= (90 if p in ("consent_bypass", "fake_cancellation") else 50), f"{p} count") for p in PATTERNS]
for ok, what in checks:
    if not ok:
        errors.append(f"requirement failed: {what}")
for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
