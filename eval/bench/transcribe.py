#!/usr/bin/env python3
"""Transcription benchmark: callaudit against faster-whisper on the same generated calls, in one run.

Both read the same Whisper tiny.en weights (callaudit's ggml conversion, faster-whisper the
CTranslate2 folder callaudit unpacked), decode with the same beam size, and run one thread per
process with as many processes as cores, each process taking its share of the files (balanced by
duration). For each configuration it reports audio seconds per wall second, the ratio to
faster-whisper int8, word error rate against the script the calls were read from, and the peak
resident memory of one process.

Usage: eval/bench/transcribe.py [--minutes 10] [--beam 1] [--asr tiny.en|base] [--ct2 BINARY] [--quick]
Needs: a release build (`cargo build --release`), `callaudit models fetch`, espeak-ng and sox.
faster-whisper is installed into eval/bench/out/venv on first use (pip).
"""

import argparse
import json
import os
import re
import subprocess
import sys
import time

from benchlib import CALLAUDIT, OUT, ROOT, machine, models_dir, run_measured

FW_WORKER = r'''
import json, sys
from faster_whisper import WhisperModel
model_dir, compute, beam, vad, threads, files = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1", int(sys.argv[5]), sys.argv[6:]
m = WhisperModel(model_dir, device="cpu", compute_type=compute, cpu_threads=threads, num_workers=1)
out = {}
for f in files:
    segs, info = m.transcribe(f, beam_size=beam, language="en", vad_filter=vad, condition_on_previous_text=False)
    out[f] = " ".join(s.text.strip() for s in segs)
print(json.dumps(out))
'''


def normalize(text):
    text = re.sub(r"(?<=\d),(?=\d)", "", text.lower()).replace("-", " ")
    return re.sub(r"[^a-z0-9' ]", " ", text).split()


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def num_words(n):
    def below_1000(n):
        w = []
        if n >= 100:
            w += [ONES[n // 100], "hundred"]
        r = n % 100
        if r >= 20:
            w.append(TENS[r // 10])
            if r % 10:
                w.append(ONES[r % 10])
        elif r:
            w.append(ONES[r])
        return w
    if n == 0:
        return ["zero"]
    w = []
    for scale, name in ((1_000_000, "million"), (1000, "thousand")):
        if n // scale % 1000:
            w += below_1000(n // scale % 1000) + [name]
    return w + below_1000(n % 1000)


def words(text):
    out = []
    for w in normalize(text):
        w = w.strip("'")
        if not w:
            continue
        out += num_words(int(w)) if w.isdigit() and int(w) < 10**9 else [w]
    return out


def edit_distance(r, h):
    d = list(range(len(h) + 1))
    for i in range(1, len(r) + 1):
        prev, d[0] = d[:], i
        for j in range(1, len(h) + 1):
            d[j] = min(prev[j] + 1, d[j - 1] + 1, prev[j - 1] + (r[i - 1] != h[j - 1]))
    return d[len(h)]


def split_balanced(files, durations, n):
    shares = [[] for _ in range(n)]
    loads = [0] * n
    for f in sorted(files, key=lambda f: -durations[f]):
        i = loads.index(min(loads))
        shares[i].append(f)
        loads[i] += durations[f]
    return [s for s in shares if s]


def ensure_venv(venv):
    py = os.path.join(venv, "bin", "python")
    if not os.path.exists(py):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    ok = subprocess.run([py, "-c", "import faster_whisper"], capture_output=True).returncode == 0
    if not ok:
        subprocess.run([py, "-m", "pip", "install", "-q", "faster-whisper"], check=True)
    ver = subprocess.run([py, "-c", "import faster_whisper, ctranslate2; print(faster_whisper.__version__, ctranslate2.__version__)"],
                         capture_output=True, text=True, check=True).stdout.split()
    return py, ver


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--beam", type=int, default=1)
    ap.add_argument("--asr", choices=["tiny.en", "base"], default="tiny.en", help="Whisper model, for both sides")
    ap.add_argument("--out", default=os.path.join(ROOT, "eval", "bench", "results"))
    ap.add_argument("--quick", action="store_true", help="only the default callaudit and faster-whisper int8 configurations")
    ap.add_argument("--only", help="configuration names to run, separated by semicolons")
    ap.add_argument("--ct2", metavar="[LABEL=]BINARY", action="append", default=[],
                    help="a callaudit built with --features ct2 or ct2-dnnl (repeatable): adds its CTranslate2 "
                         "engine configurations, named with LABEL")
    args = ap.parse_args()

    calls = os.path.join(OUT, "calls")
    man_path = os.path.join(calls, "manifest.json")
    if not os.path.exists(man_path) or "bench" not in json.load(open(man_path)):
        subprocess.run([sys.executable, os.path.join(ROOT, "tests", "fixtures", "make_calls.py"), calls,
                        "--bench", str(args.minutes)], check=True)
    man = json.load(open(man_path))["bench"]
    files = [os.path.join(calls, f + ".wav") for f in sorted(man)]
    durations = {os.path.join(calls, f + ".wav"): man[f]["duration_ms"] / 1000 for f in man}
    refs = {os.path.join(calls, f + ".wav"): " ".join(t["text"] for t in man[f]["turns"]) for f in man}
    audio_s = sum(durations.values())

    ct2 = os.path.join(models_dir(), "whisper", f"{args.asr}-ct2")
    if not os.path.exists(os.path.join(ct2, "tokenizer.json")):
        subprocess.run([CALLAUDIT, "-q", "models", "fetch", "--force", "--asr", args.asr], check=True)
    py, fw_version = ensure_venv(os.path.join(OUT, "venv"))
    cores = os.cpu_count() or 1

    def callaudit(extra, procs=cores, threads=1, binary=CALLAUDIT, jobs=1):
        def cmds():
            return [[binary, "-q", "transcribe", "--format", "json", "--threads", str(threads),
                     "--jobs", str(jobs), "--beam-size", str(args.beam), "--asr", args.asr,
                     "--language", "en"] + extra + share
                    for share in split_balanced(files, durations, procs)]

        def parse(outs):
            texts = {}
            for o in outs:
                for doc in re.split(r"(?<=\})\n(?=\{)", o.strip()):
                    d = json.loads(doc)
                    texts[d["audio"]] = " ".join(s["text"] for s in d["segments"])
            return texts
        return cmds, parse

    def faster(compute, vad, procs=cores, threads=1):
        def cmds():
            return [[py, "-c", FW_WORKER, ct2, compute, str(args.beam), "1" if vad else "0", str(threads)] + share
                    for share in split_balanced(files, durations, procs)]

        def parse(outs):
            texts = {}
            for o in outs:
                texts.update(json.loads(o.strip().splitlines()[-1]))
            return texts
        return cmds, parse

    configs = [
        ("callaudit", callaudit([])),
        ("callaudit, f16 weights", callaudit(["--weights", "f16"])),
        ("callaudit, one pass per channel", callaudit(["--per-channel-packs"])),
        ("callaudit, no DTW token times", callaudit(["--no-dtw"])),
        ("callaudit, no VAD (all audio to Whisper)", callaudit(["--no-vad"])),
        ("callaudit, stereo mixed to one channel", callaudit(["--mix-channels"])),
        ("callaudit, flash attention", callaudit(["--flash-attn"])),
        (f"callaudit, 1 process x {cores} threads", callaudit([], procs=1, threads=cores)),
        (f"callaudit, 1 process, {cores} workers (transcribe's default)", callaudit([], procs=1, jobs=cores)),
        ("faster-whisper int8", faster("int8", False)),
        ("faster-whisper int8 + vad_filter", faster("int8", True)),
        (f"faster-whisper int8, 1 process x {cores} threads", faster("int8", False, procs=1, threads=cores)),
        ("faster-whisper f32", faster("float32", False)),
        ("faster-whisper f32 + vad_filter", faster("float32", True)),
    ]
    ct2_configs = []
    for spec in args.ct2:
        label, _, binary = spec.rpartition("=")
        name = f"callaudit, ct2 engine ({label})" if label else "callaudit, ct2 engine"
        ct2_configs += [
            (name, callaudit(["--engine", "ct2"], binary=binary)),
            (f"{name}, no alignment", callaudit(["--engine", "ct2", "--no-dtw"], binary=binary)),
            (f"{name}, 4 packs per batch", callaudit(["--engine", "ct2", "--batch-packs", "4"], binary=binary)),
        ]
    configs = configs[:1] + ct2_configs + configs[1:]
    if args.quick:
        quick = {"callaudit", "faster-whisper int8", f"faster-whisper int8, 1 process x {cores} threads"}
        configs = [c for c in configs if c[0] in quick or (c[0].startswith("callaudit, ct2 engine") and
                                                            "," not in c[0][len("callaudit, ct2 engine"):])]
    if args.only:
        keep = set(n.strip() for n in args.only.split(";"))
        configs = [c for c in configs if c[0] in keep]
    for w in ("q8_0", "f16"):
        subprocess.run([CALLAUDIT, "-q", "models", "fetch", "--weights", w, "--asr", args.asr], check=True,
                       stdout=subprocess.DEVNULL)

    rows = []
    for name, (cmds, parse) in configs:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        wall, outs, peak = run_measured(cmds())
        texts = parse(outs)
        errs = sum(edit_distance(words(refs[f]), words(texts.get(f, ""))) for f in files)
        n = sum(len(words(refs[f])) for f in files)
        rows.append({"config": name, "wall_s": round(wall, 2), "audio_s_per_wall_s": round(audio_s / wall, 2),
                     "wer": round(errs / n, 4), "peak_rss_mb_per_process": round(peak, 1)})
        print(f"  {rows[-1]}", file=sys.stderr, flush=True)

    # The peer: faster-whisper int8 in its faster layout (one process per core, or one process
    # with a thread per core), whichever won in this run.
    fw = [r for r in rows if r["config"] in ("faster-whisper int8", f"faster-whisper int8, 1 process x {cores} threads")]
    peer = max(fw, key=lambda r: r["audio_s_per_wall_s"]) if fw else None
    for r in rows:
        r["speed_vs_faster_whisper_int8"] = round(r["audio_s_per_wall_s"] / peer["audio_s_per_wall_s"], 2) if peer else None

    result = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": machine(),
        "audio": {"files": len(files), "seconds": round(audio_s, 1),
                  "kinds": "espeak-ng calls: stereo 8 kHz mu-law and mono 8 kHz mu-law"},
        "model": f"Whisper {args.asr} (callaudit: ggml converted from the CTranslate2 package, or that folder itself with --engine ct2; faster-whisper: the same CTranslate2 folder)",
        "peer": peer["config"] if peer else None,
        "decoding": {"beam_size": args.beam, "language": "en", "processes": cores, "threads_per_process": 1},
        "faster_whisper": {"faster_whisper": fw_version[0], "ctranslate2": fw_version[1]},
        "results": rows,
    }
    os.makedirs(args.out, exist_ok=True)
    suffix = ("" if args.asr == "tiny.en" else f"-{args.asr}") + ("" if args.beam == 1 else f"-beam{args.beam}")
    with open(os.path.join(args.out, f"transcribe{suffix}.json"), "w") as f:
        json.dump(result, f, indent=1)
    lines = [f"# Transcription benchmark ({result['date']})", "",
             f"Machine: {result['machine']['cpu']}, {result['machine']['cores']} cores, {result['machine']['memory_gib']} GiB.",
             f"Audio: {len(files)} generated calls, {audio_s / 60:.1f} min ({result['audio']['kinds']}).",
             f"Beam size {args.beam}; {cores} processes x 1 thread unless noted; faster-whisper {fw_version[0]} (CTranslate2 {fw_version[1]}).",
             f"Model: Whisper {args.asr}. Peer (1.0x): {result['peer']}.",
             "", "| configuration | audio s / wall s | vs faster-whisper int8 | WER | peak RSS per process (MB) |",
             "|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['config']} | {r['audio_s_per_wall_s']} | {r['speed_vs_faster_whisper_int8']}x | "
                     f"{r['wer'] * 100:.1f}% | {r['peak_rss_mb_per_process']} |")
    with open(os.path.join(args.out, f"transcribe{suffix}.md"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
