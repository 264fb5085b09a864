#!/usr/bin/env bash
# Reproduces eval/results/: the committed classifier and the keyword baseline on the test split
# (never used for training or threshold tuning), and the audio manifest eval/audio/manifest.jsonl.
# Needs a release build, `callaudit models fetch`, and espeak-ng + sox for the audio.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=target/release/callaudit
out=eval/results
mkdir -p "$out"
for model in minilm rules; do
  "$bin" -q eval data/test.jsonl --model "$model" --format json --predictions "$out/test-$model.predictions.jsonl" > "$out/test-$model.json"
  "$bin" -q eval data/test.jsonl --model "$model" > "$out/test-$model.md"
done
# The audio manifest: test-split calls read by espeak-ng (audio made again if missing), through the
# whole pipeline, next to the same calls from their reference turns.
[[ -d eval/audio/calls ]] || python3 eval/audio/make.py --check
"$bin" -q eval eval/audio/manifest.jsonl --format json --predictions "$out/audio-minilm.predictions.jsonl" > "$out/audio-minilm.json"
"$bin" -q eval eval/audio/manifest.jsonl --report "$out/audio-minilm-report" > "$out/audio-minilm.md"
cp models/classifier/manifest.json "$out/classifier-manifest.json"
echo "wrote $out"
