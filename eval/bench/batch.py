#!/usr/bin/env python3
"""Batch throughput benchmark: `callaudit batch` over a folder of generated calls.

In one run, on the same folder: `batch --jobs 1`, `batch --jobs 2`, and as the peer, one `check`
process over every file (the single-call path, no worker pool), plus `batch --jobs 2 --asr base`
(the multilingual model Mandarin calls need). For each: audio hours per wall hour, peak resident
memory of the process, and where the time went (decoding, ASR, classification) as summed by the
batch from its per-call timings. Memory per worker is the growth from one to two workers.

Usage: eval/bench/batch.py [--minutes 20] [--out eval/bench/results] [--skip-base] [--ct2 BINARY]
Needs: a release build (`cargo build --release`), `callaudit models fetch --asr tiny.en --asr base`,
espeak-ng and sox (the calls are made by tests/fixtures/make_calls.py).
"""

import argparse
import json
import os
import shutil
import subprocess

from benchlib import CALLAUDIT, OUT, ROOT, machine, run_measured


def make_calls(minutes):
    """A folder of ~100-second calls (stereo 8 kHz mu-law and mono 8 kHz), like a recorder's."""
    src = os.path.join(OUT, f"batch-src-{minutes:g}min")
    if not (os.path.isdir(src) and any(f.startswith("bench_") for f in os.listdir(src))):
        subprocess.run(["python3", os.path.join(ROOT, "tests", "fixtures", "make_calls.py"), src,
                        "--bench", str(minutes)], check=True)
    folder = os.path.join(OUT, "batch-calls")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    for f in sorted(os.listdir(src)):
        if f.startswith("bench_"):
            os.link(os.path.join(src, f), os.path.join(folder, f))
    return folder


def batch(folder, name, extra, binary=CALLAUDIT):
    out = os.path.join(OUT, name)
    shutil.rmtree(out, ignore_errors=True)
    wall, _, rss = run_measured([[binary, "-q", "batch", folder, "--out", out] + extra], ok=(0, 1))
    with open(os.path.join(out, "summary.json")) as f:
        s = json.load(f)
    return {
        "name": name,
        "args": extra,
        "calls": s["calls"],
        "failed": s["failed"],
        "audio_hours": s["audio_hours"],
        "wall_s": round(wall, 2),
        "audio_hours_per_wall_hour": round(s["audio_hours"] / (wall / 3600), 1),
        "peak_rss_mb": round(rss, 1),
        "timing_share": s["timing_share"],
        "timing_ms": s["timing_ms"],
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=20)
    ap.add_argument("--out", default=os.path.join(ROOT, "eval", "bench", "results"))
    ap.add_argument("--skip-base", action="store_true")
    ap.add_argument("--ct2", metavar="BINARY",
                    help="a callaudit built with --features ct2-dnnl: adds --engine ct2 runs (tiny.en and base)")
    a = ap.parse_args()
    folder = make_calls(a.minutes)
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder))

    runs = [batch(folder, "batch-j1", ["--jobs", "1"]), batch(folder, "batch-j2", ["--jobs", "2"])]
    wall, _, rss = run_measured([[CALLAUDIT, "-q", "check", "--format", "jsonl"] + files], ok=(0, 1))
    hours = runs[0]["audio_hours"]
    peer = {"name": "check (one process, all files)", "wall_s": round(wall, 2),
            "audio_hours_per_wall_hour": round(hours / (wall / 3600), 1),
            "peak_rss_mb": round(rss, 1)}
    if not a.skip_base:
        runs.append(batch(folder, "batch-j2-base", ["--jobs", "2", "--asr", "base"]))
    if a.ct2:
        runs.append(batch(folder, "batch-j2-ct2", ["--jobs", "2", "--engine", "ct2"], binary=a.ct2))
        if not a.skip_base:
            runs.append(batch(folder, "batch-j2-base-ct2", ["--jobs", "2", "--asr", "base", "--engine", "ct2"],
                              binary=a.ct2))

    j1, j2 = runs[0], runs[1]
    result = {
        "machine": machine(),
        "calls": len(files),
        "audio_hours": round(hours, 4),
        "runs": runs,
        "peer": peer,
        "ratios": {
            "jobs2_over_jobs1": round(j2["audio_hours_per_wall_hour"] / j1["audio_hours_per_wall_hour"], 2),
            "batch_jobs1_over_check": round(j1["audio_hours_per_wall_hour"] / peer["audio_hours_per_wall_hour"], 2),
        },
        "memory_per_worker_mb": round(j2["peak_rss_mb"] - j1["peak_rss_mb"], 1),
    }
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "batch.json"), "w") as f:
        json.dump(result, f, indent=2)
        f.write("\n")
    lines = [
        f"# batch throughput ({len(files)} calls, {hours * 60:.1f} min of audio, {os.cpu_count()} cores)",
        "",
        "| run | audio h / wall h | wall s | peak RSS MB | decode | ASR | classify |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in runs:
        t = r["timing_share"]
        lines.append(f"| {r['name']} ({' '.join(r['args'])}) | {r['audio_hours_per_wall_hour']} | {r['wall_s']} | "
                     f"{r['peak_rss_mb']} | {t['decode']:.1%} | {t['asr']:.1%} | {t['classify']:.1%} |")
    lines.append(f"| peer: {peer['name']} | {peer['audio_hours_per_wall_hour']} | {peer['wall_s']} | {peer['peak_rss_mb']} | | | |")
    lines += ["", f"jobs 2 / jobs 1: {result['ratios']['jobs2_over_jobs1']}x; batch --jobs 1 / check: "
              f"{result['ratios']['batch_jobs1_over_check']}x; memory per extra worker: {result['memory_per_worker_mb']} MB", ""]
    with open(os.path.join(a.out, "batch.md"), "w") as f:
        f.write("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
