#!/usr/bin/env python3
"""The audio evaluation manifest: held-out writers' test calls read aloud by espeak-ng.

Takes a seeded sample of `data/test.jsonl` (written by the test writers, who wrote no training
call; two-party calls of at most 12 turns), 12 calls per writer, speaks each with the voices of
`tests/fixtures/make_calls.py` (agent left, customer right) into a stereo 8 kHz mu-law WAV, and
half of them also into a mono one (one channel: the speaker is unknown, every turn is judged).
The audio goes under eval/audio/calls/ (not committed: made again by this script); the manifest
eval/audio/manifest.jsonl holds the corpus lines with `"audio"` plus the reference turns with
their labels and spoken times, so `callaudit eval eval/audio/manifest.jsonl` measures detection
from audio beside detection from the reference turns of the same calls, and the word error rate.

Usage: eval/audio/make.py [--check]   (--check: only make the audio, keep the committed manifest)
Needs: espeak-ng and sox.
"""

import argparse
import json
import os
import random
import tempfile

import speech

ROOT = speech.ROOT
HERE = os.path.join(ROOT, "eval", "audio")
PER_WRITER = 12
MAX_TURNS = 12


def pick():
    calls = [json.loads(l) for l in open(os.path.join(ROOT, "data", "test.jsonl")) if l.strip()]
    return speech.balanced_sample(calls, PER_WRITER, lambda c: speech.speakable(c, MAX_TURNS))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    out = os.path.join(HERE, "calls")
    os.makedirs(out, exist_ok=True)
    rng = random.Random(11)
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, c in enumerate(pick()):
            for mono in ([False, True] if i % 2 == 0 else [False]):
                name = f"{c['id']}{'-mono' if mono else ''}"
                rel = f"calls/{name}.wav"
                ref = speech.render(c, os.path.join(HERE, rel), tmp, rng, mono=mono)
                line = {k: c[k] for k in ("id", "lang", "deceptive", "labels", "scenario",
                                          "hard_negative", "source") if k in c}
                line["id"] = name
                line["audio"] = rel
                line["notes"] = "mono 8 kHz mu-law" if mono else "stereo 8 kHz mu-law, agent left"
                line["turns"] = ref
                lines.append(line)
    if not a.check:
        with open(os.path.join(HERE, "manifest.jsonl"), "w") as f:
            for l in lines:
                f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"{len(lines)} recordings in {out}")


if __name__ == "__main__":
    main()
