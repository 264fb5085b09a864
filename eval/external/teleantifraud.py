#!/usr/bin/env python3
"""TeleAntiFraud's dialogues as callaudit corpora, for external evaluation only.

TeleAntiFraud (the GitHub repository JimmyMa99/TeleAntiFraud, Apache-2.0) holds LLM-made Mandarin
phone dialogues: `multi-agents-tools/AntiFraudMatrix-normal/results/*.jsonl` (honest calls in
seven everyday scenes) and `multi-agents-tools/AntiFraudMatrix/results/*.jsonl` (fraud calls of
eight kinds). Caller turns are `left`, the user's `right`. Their text is not ours: this script
reads a checkout you made (`git clone` of that repository) and writes corpora outside the
repository's committed data; nothing of it is committed.

Labels: TeleAntiFraud labels whole calls with a fraud type, not turns with our seven patterns.
So the honest dialogues become honest calls (no labels: a call-level false-positive rate of the
detector on other people's honest Mandarin conversations), and the fraud dialogues become calls
to *classify* (their share flagged, per fraud type), not labeled test calls.

Usage:
    python3 eval/external/teleantifraud.py CHECKOUT OUT_DIR [--sample 600] [--seed 7]
writes OUT_DIR/normal.jsonl (honest, corpus format with labels) and OUT_DIR/fraud.jsonl (for
`callaudit classify`), each a seeded sample of unique dialogues.
"""

import argparse
import glob
import json
import os
import random


def dialogues(pattern):
    seen = set()
    for path in sorted(glob.glob(pattern)):
        for line in open(path, encoding="utf-8"):
            if not line.strip():
                continue
            d = json.loads(line)
            left, right = d.get("left") or [], d.get("right") or []
            key = tuple(left) + tuple(right)
            if not left or key in seen:
                continue
            seen.add(key)
            turns = []
            for i in range(max(len(left), len(right))):
                if i < len(left) and left[i].strip():
                    turns.append({"speaker": "agent", "text": left[i].strip(), "labels": []})
                if i < len(right) and right[i].strip():
                    turns.append({"speaker": "customer", "text": right[i].strip(), "labels": []})
            yield d, turns


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("checkout")
    ap.add_argument("out_dir")
    ap.add_argument("--sample", type=int, default=600)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    base = os.path.join(a.checkout, "multi-agents-tools")
    os.makedirs(a.out_dir, exist_ok=True)
    for kind, pattern in (("normal", "AntiFraudMatrix-normal/results/*.jsonl"),
                          ("fraud", "AntiFraudMatrix/results/*.jsonl")):
        calls = list(dialogues(os.path.join(base, pattern)))
        rng = random.Random(a.seed)
        rng.shuffle(calls)
        with open(os.path.join(a.out_dir, f"{kind}.jsonl"), "w", encoding="utf-8") as f:
            for n, (d, turns) in enumerate(calls[: a.sample]):
                line = {"id": f"taf-{kind}-{n:04d}", "lang": "zh", "deceptive": False,
                        "labels": [], "scenario": d.get("fraud_type") or kind,
                        "source": f"teleantifraud:{kind}", "turns": turns}
                f.write(json.dumps(line, ensure_ascii=False) + "\n")
        print(f"{kind}: {len(calls)} unique dialogues, wrote {min(len(calls), a.sample)}")


if __name__ == "__main__":
    main()
