#!/usr/bin/env python3
"""The audio evaluation manifest: test-split calls read aloud by espeak-ng, as call recordings.

Takes one call of each scenario of `data/test.jsonl` (the first by id with at most 9 turns; the
split is never used for training or threshold tuning), speaks it with the voices of
`tests/fixtures/make_calls.py` (agent left, customer right), stores it as a stereo 8 kHz mu-law WAV
under eval/audio/calls/ (not committed: made again by this script), and writes
eval/audio/manifest.jsonl: the corpus lines with `"audio"` plus the reference turns (with their
labels and spoken times), so `callaudit eval eval/audio/manifest.jsonl` measures detection from
audio beside detection from the reference turns, and the word error rate.

Usage: eval/audio/make.py [--check]   (--check: only make the audio, keep the committed manifest)
Needs: espeak-ng and sox.
"""

import argparse
import importlib.util
import json
import os
import random
import subprocess
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
HERE = os.path.join(ROOT, "eval", "audio")
MAX_TURNS = 9


def load_make_calls():
    spec = importlib.util.spec_from_file_location("make_calls", os.path.join(ROOT, "tests", "fixtures", "make_calls.py"))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def pick():
    calls = [json.loads(l) for l in open(os.path.join(ROOT, "data", "test.jsonl")) if l.strip()]
    chosen = {}
    for c in sorted(calls, key=lambda c: c["id"]):
        sc = c.get("scenario")
        ok = len(c["turns"]) <= MAX_TURNS and all(t["speaker"] in ("agent", "customer") for t in c["turns"])
        if sc and sc not in chosen and ok:
            chosen[sc] = c
    return [chosen[k] for k in sorted(chosen)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    mc = load_make_calls()
    out = os.path.join(HERE, "calls")
    os.makedirs(out, exist_ok=True)
    rng = random.Random(11)
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        for c in pick():
            turns = [(t["speaker"], t["text"]) for t in c["turns"]]
            left, right, timed = mc.build(turns, tmp, c["id"], rng)
            wav16 = os.path.join(tmp, "call.wav")
            mc.write_stereo(wav16, left, right)
            rel = f"calls/{c['id']}.wav"
            subprocess.run(["sox", wav16, "-r", "8000", "-e", "mu-law", "-b", "8", os.path.join(HERE, rel)], check=True)
            line = {k: c[k] for k in ("id", "lang", "deceptive", "labels", "scenario", "hard_negative") if k in c}
            line["audio"] = rel
            line["turns"] = [dict(t, start_ms=s["start_ms"], end_ms=s["end_ms"]) for t, s in zip(c["turns"], timed)]
            lines.append(line)
    if not a.check:
        with open(os.path.join(HERE, "manifest.jsonl"), "w") as f:
            for l in lines:
                f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"{len(lines)} calls in {out}")


if __name__ == "__main__":
    main()
