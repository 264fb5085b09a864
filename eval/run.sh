#!/usr/bin/env bash
# Reproduces eval/results/: the committed classifier and the keyword baseline on the test split
# (never used for training or threshold tuning). Needs a release build and `callaudit models fetch`.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=target/release/callaudit
out=eval/results
mkdir -p "$out"
for model in minilm rules; do
  "$bin" -q eval data/test.jsonl --model "$model" --format json --predictions "$out/test-$model.predictions.jsonl" > "$out/test-$model.json"
  "$bin" -q eval data/test.jsonl --model "$model" > "$out/test-$model.md"
done
cp models/classifier/manifest.json "$out/classifier-manifest.json"
echo "wrote $out"
