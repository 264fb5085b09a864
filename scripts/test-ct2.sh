#!/usr/bin/env bash
# Builds and tests the optional CTranslate2 engine (`--features ct2`): fetches MKL once
# (scripts/setup-ct2.sh), then runs the engine's unit tests and tests/ct2_engine.rs against the
# fetched models. CT2_USE_MKL=1 lets CTranslate2 use MKL on any CPU (it reads it before main).
set -euo pipefail
cd "$(dirname "$0")/.."
MKLROOT=$(scripts/setup-ct2.sh)
export MKLROOT CT2_USE_MKL=1
cargo test --release --features ct2 --lib asr::
cargo test --release --features ct2 --test ct2_engine
