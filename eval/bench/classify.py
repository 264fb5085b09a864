#!/usr/bin/env python3
"""Classifier benchmark: callaudit's candle encoder against PyTorch transformers, same run, same inputs.

Both score every agent-turn window of the test split: the same (context, turn) pairs, the same
tokenizer (the encoder's tokenizer.json, pairs truncated longest-first to 160 tokens), the same
padding policy (windows sorted by length, batches of 32 padded to their longest), 2 threads, f32.
The PyTorch side runs transformers' BertModel plus the same mean pooling over the turn's tokens
(the head is a 384x7 product, negligible). Reports windows per second for each and the ratio, and
the peak memory of `callaudit check` on a 5-minute call.

Usage: eval/bench/classify.py [--corpus data/test.jsonl] [--out eval/bench/results]
Needs a release build, `callaudit models fetch`, a trained classifier (models/classifier), and a
venv with torch + transformers at eval/bench/out/torchvenv (created with pip on first use).
"""

import argparse
import json
import os
import subprocess
import sys
import time

from benchlib import CALLAUDIT, OUT, ROOT, models_dir, run_measured

TORCH_WORKER = r'''
import json, sys, time
import torch
from transformers import BertModel
from tokenizers import Tokenizer
enc_dir, windows_path = sys.argv[1], sys.argv[2]
torch.set_num_threads(2)
tok = Tokenizer.from_file(enc_dir + "/tokenizer.json")
tok.no_padding()
tok.enable_truncation(160, strategy="longest_first")
model = BertModel.from_pretrained(enc_dir, add_pooling_layer=False).eval()
wins = [json.loads(l) for l in open(windows_path)]
def run(ws):
    encs = tok.encode_batch([(w["context"], w["target"]) for w in ws])
    order = sorted(range(len(encs)), key=lambda i: len(encs[i].ids))
    with torch.inference_mode():
        for s in range(0, len(order), 32):
            idx = order[s:s + 32]
            L = max(len(encs[i].ids) for i in idx)
            ids = torch.zeros((len(idx), L), dtype=torch.long)
            tt = torch.zeros_like(ids)
            mask = torch.zeros_like(ids)
            for r, i in enumerate(idx):
                e = encs[i]; n = len(e.ids)
                ids[r, :n] = torch.tensor(e.ids); tt[r, :n] = torch.tensor(e.type_ids); mask[r, :n] = 1
            h = model(input_ids=ids, token_type_ids=tt, attention_mask=mask).last_hidden_state
            pool = (tt * mask).unsqueeze(-1).float()
            (h * pool).sum(1) / pool.sum(1).clamp(min=1)
run(wins[:64])
t = time.perf_counter()
run(wins)
secs = time.perf_counter() - t
print(json.dumps({"windows": len(wins), "seconds": secs, "windows_per_s": len(wins) / secs, "torch": torch.__version__}))
'''


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=os.path.join(ROOT, "data", "test.jsonl"))
    ap.add_argument("--out", default=os.path.join(ROOT, "eval", "bench", "results"))
    args = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    venv = os.path.join(OUT, "torchvenv")
    py = os.path.join(venv, "bin", "python")
    if not os.path.exists(py):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        subprocess.run([py, "-m", "pip", "install", "-q", "torch", "transformers"], check=True)
    # The shipped classifier's base (multilingual-e5-small since the sixth session).
    with open(os.path.join(ROOT, "models", "classifier", "manifest.json"), encoding="utf-8") as f:
        base = json.load(f)["base"]["name"]
    enc = os.path.join(models_dir(), "encoders", base)
    windows = os.path.join(OUT, "windows.jsonl")

    runs = []
    for i in range(3):  # interleaved repeats: the machine is shared and noisy
        out = subprocess.run([CALLAUDIT, "-q", "bench-classifier", args.corpus, "--dump", windows],
                             capture_output=True, text=True, check=True).stdout
        c = json.loads(out)
        t = json.loads(subprocess.run([py, "-c", TORCH_WORKER, enc, windows], capture_output=True, text=True,
                                      check=True).stdout.strip().splitlines()[-1])
        runs.append((c, t))
        print(f"run {i + 1}: candle {c['windows_per_s']:.1f} w/s, pytorch {t['windows_per_s']:.1f} w/s", file=sys.stderr)
    c_med = sorted(r[0]["windows_per_s"] for r in runs)[1]
    t_med = sorted(r[1]["windows_per_s"] for r in runs)[1]

    # Peak memory of `check` on a 5-minute call: three generated calls back to back.
    calls = os.path.join(OUT, "calls")
    five = os.path.join(OUT, "five_minutes.wav")
    if not os.path.exists(five):
        parts = sorted(f for f in os.listdir(calls) if f.endswith("_stereo.wav"))[:3]
        subprocess.run(["sox"] + [os.path.join(calls, p) for p in parts] + [five], check=True)
    dur = float(subprocess.run(["soxi", "-D", five], capture_output=True, text=True, check=True).stdout)
    _, _, rss = run_measured([[CALLAUDIT, "-q", "check", "--format", "json", five]], ok=(0, 1))

    result = {
        "date": time.strftime("%Y-%m-%d"),
        "corpus": os.path.relpath(args.corpus, ROOT),
        "windows": runs[0][0]["windows"],
        "threads": 2,
        "padding": "dynamic, length-sorted batches of 32, max 160 tokens",
        "candle_windows_per_s": round(c_med, 1),
        "pytorch_windows_per_s": round(t_med, 1),
        "candle_vs_pytorch": round(c_med / t_med, 2),
        "torch": runs[0][1]["torch"],
        "runs": [{"candle": round(c["windows_per_s"], 1), "pytorch": round(t["windows_per_s"], 1)} for c, t in runs],
        "check_peak_rss_mb": round(rss, 1),
        "check_audio_seconds": round(dur, 1),
    }
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "classify.json"), "w") as f:
        json.dump(result, f, indent=1)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
