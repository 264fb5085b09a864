#!/usr/bin/env python3
"""Check calls.jsonl (writer 16) against the corpus format and the brief's quotas; print counts."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATTERNS = ["cost_concealment", "fake_cancellation", "fake_reward", "code_request", "consent_bypass", "pressure", "abuse"]
EMPHASIS = {"cost_concealment", "fake_reward"}


def main(path=os.path.join(HERE, "calls.jsonl")):
    errors, calls = [], []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                c = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad JSON: {e}")
                continue
            calls.append((n, c))
    ids, texts = set(), set()
    per = Counter()
    honest = hn = mono = hand = asr_calls = 0
    for i, (n, c) in enumerate(calls, 1):
        def err(msg):
            errors.append(f"line {n} ({c.get('id')}): {msg}")
        if c.get("id") != f"w16-{i:04d}":
            err("id out of sequence")
        if c.get("id") in ids:
            err("duplicate id")
        ids.add(c.get("id"))
        if c.get("lang") != "en":
            err("lang not en")
        if c.get("source") != "writer:16":
            err("bad source")
        if not c.get("scenario") or not str(c["scenario"]).replace("_", "").isalnum():
            err("bad scenario")
        turns = c.get("turns") or []
        if not turns or len(turns) > 25:
            err(f"{len(turns)} turns")
        spk = {t.get("speaker") for t in turns}
        if not spk <= {"agent", "customer", "unknown"}:
            err(f"bad speaker {spk}")
        if "unknown" in spk and spk != {"unknown"}:
            err("unknown mixed with agent/customer")
        union = set()
        for t in turns:
            ls = t.get("labels", [])
            if not isinstance(t.get("text"), str) or not t["text"].strip():
                err("empty turn text")
            if set(ls) - set(PATTERNS):
                err(f"unknown labels {set(ls) - set(PATTERNS)}")
            if ls and t.get("speaker") == "customer":
                err("label on customer turn")
            union |= set(ls)
        if set(c.get("labels", [])) != union:
            err("call labels != union of turn labels")
        if c.get("deceptive") != bool(union):
            err("deceptive flag mismatch")
        if c.get("hard_negative") and union:
            err("hard_negative on a deceptive call")
        key = tuple(t["text"] for t in turns)
        if key in texts:
            err("duplicate call text")
        texts.add(key)
        per.update(union)
        honest += not union
        hn += bool(c.get("hard_negative"))
        mono += spk == {"unknown"}
        hand += c.get("notes") == "hand-written"
        asr_calls += not any(ch.isupper() for t in turns for ch in t["text"])
    total = len(calls)
    print(f"calls: {total}  (hand-written {hand}, generated {total - hand})")
    print(f"honest: {honest} ({honest / total:.1%})  hard negatives: {hn} ({hn / max(honest, 1):.1%} of honest)")
    print(f"deceptive: {total - honest}  mono (unknown speakers): {mono}  speech-recognizer style: {asr_calls} ({asr_calls / total:.1%})")
    for p in PATTERNS:
        print(f"  {p:18s} {per[p]}")
    # quotas from the brief
    if total < 320: errors.append("fewer than 320 calls")
    if hand < 110: errors.append("fewer than 110 hand-written calls")
    if not 0.45 <= honest / total <= 0.55: errors.append("honest share outside 45-55%")
    if hn < 0.75 * honest: errors.append("hard negatives below 75% of honest")
    for p in PATTERNS:
        if per[p] < (90 if p in EMPHASIS else 50):
            errors.append(f"pattern {p} below quota ({per[p]})")
    if asr_calls < total / 2: errors.append("speech-recognizer style below half")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
