#!/usr/bin/env python3
"""Speech-shaped training text: training calls as a speech recognizer hears them.

Writers write clean text; the classifier reads Whisper's. This script speaks a seeded sample of
the training split with espeak-ng (stereo 8 kHz mu-law, and every third call also mono), runs
callaudit's own pipeline over the recordings (`callaudit transcribe`, tiny.en), and writes the
recognized calls, with the turn labels carried over by channel and time (eval/audio/speech.py
says how), to data/speech/train-asr.jsonl. `callaudit train` reads it beside data/train.jsonl.

Only training writers' calls are spoken: dev and test writers never reach training this way.

Usage: python3 data/corpus/speech.py [--per-writer 40]   (needs espeak-ng, sox, a release build)
"""

import argparse
import json
import os
import random
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "eval", "audio"))
import speech  # noqa: E402

MAX_TURNS = 12


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-writer", type=int, default=40)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "callaudit-speech"))
    a = ap.parse_args()
    calls = [json.loads(l) for l in open(os.path.join(ROOT, "data", "train.jsonl")) if l.strip()]
    rng = random.Random(a.seed)
    chosen = speech.per_writer_sample(calls, a.per_writer, lambda c: speech.speakable(c, MAX_TURNS), rng)
    os.makedirs(a.work, exist_ok=True)
    jobs = []  # (call, path, mono, reference turns)
    with tempfile.TemporaryDirectory() as tmp:
        for i, c in enumerate(chosen):
            for mono in ([False, True] if i % 3 == 0 else [False]):
                path = os.path.join(a.work, f"{c['id']}{'-mono' if mono else ''}.wav")
                ref = speech.render(c, path, tmp, rng, mono=mono)
                jobs.append((c, path, mono, ref))
    print(f"rendered {len(jobs)} recordings of {len(chosen)} calls", file=sys.stderr)
    got = speech.transcribe([p for _, p, _, _ in jobs], os.path.join(a.work, "json"))
    out_dir = os.path.join(ROOT, "data", "speech")
    os.makedirs(out_dir, exist_ok=True)
    n = speech.write_recognized(jobs, got, os.path.join(out_dir, "train-asr.jsonl"), "en", "espeak-ng")
    print(f"wrote {n} recognized calls to data/speech/train-asr.jsonl", file=sys.stderr)


if __name__ == "__main__":
    main()
