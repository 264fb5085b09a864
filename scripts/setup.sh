#!/usr/bin/env bash
# Installs what building and testing callaudit needs on a Debian machine, skipping what is there:
# cmake + clang/libclang + OpenBLAS (whisper.cpp's build), espeak-ng + sox + lame (generated test
# calls, MP3 included), python3 + pip (fetching the pinned model packages), chromium (the report's
# browser test).
set -euo pipefail

need=()
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
command -v cmake >/dev/null || need+=(cmake)
command -v clang >/dev/null || need+=(clang)
have_pkg libclang-dev || need+=(libclang-dev)
have_pkg libopenblas-dev || need+=(libopenblas-dev)
command -v espeak-ng >/dev/null || need+=(espeak-ng)
command -v sox >/dev/null || need+=(sox)
command -v lame >/dev/null || need+=(lame)
command -v chromium >/dev/null || need+=(chromium)
command -v python3 >/dev/null || need+=(python3)
python3 -m pip --version >/dev/null 2>&1 || need+=(python3-pip)

if ((${#need[@]})); then
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  echo "setup: installing ${need[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
command -v cargo >/dev/null || { echo "setup: cargo is missing; install Rust (rustup) first" >&2; exit 1; }
echo "setup: ok" >&2
