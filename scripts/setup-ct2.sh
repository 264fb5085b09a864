#!/usr/bin/env bash
# Fetches what the optional CTranslate2 engine (`--features ct2`) links: Intel MKL as static
# libraries (pip's mkl-static and mkl-include, pinned and checksummed), unpacked into
# ${CALLAUDIT_MKL:-~/.cache/callaudit/mkl}. Prints the MKLROOT to build with, e.g.:
#
#   MKLROOT=$(scripts/setup-ct2.sh) && export MKLROOT
#   cargo build --release --features ct2
#
# About 250 MB downloaded once; the ct2 build then adds about 5 minutes on 2 cores.
set -euo pipefail

dest=${CALLAUDIT_MKL:-${XDG_CACHE_HOME:-$HOME/.cache}/callaudit/mkl}
if [[ -f $dest/lib/libmkl_core.a && -f $dest/include/mkl.h ]]; then
  echo "$dest"
  exit 0
fi
command -v python3 >/dev/null || { echo "setup-ct2: python3 is missing (run scripts/setup.sh)" >&2; exit 1; }

wheels=$(mktemp -d)
trap 'rm -rf "$wheels"' EXIT
echo "setup-ct2: fetching MKL (mkl-static, mkl-include; about 250 MB)" >&2
python3 -m pip download -q --no-deps --only-binary=:all: --platform manylinux_2_28_x86_64 \
  -d "$wheels" mkl-static==2026.2.0 mkl-include==2026.2.1 >&2
(
  cd "$wheels"
  sha256sum -c --quiet <<'EOF'
090e439bf202b45579c75d2ba50ff7ead05752d553a06aba79c3ed2b5247921b  mkl_static-2026.2.0-py2.py3-none-manylinux_2_28_x86_64.whl
0c4e6f27b1ee435cc7fac115f6df259eb5be38328428cb73927c68dbac32d39f  mkl_include-2026.2.1-py2.py3-none-manylinux_2_28_x86_64.whl
EOF
) >&2 || { echo "setup-ct2: the MKL wheels do not match their checksums" >&2; exit 1; }

tmp=$dest.partial
rm -rf "$tmp"
mkdir -p "$tmp"
for w in "$wheels"/*.whl; do
  python3 -m zipfile -e "$w" "$tmp/unpacked" >&2
done
mv "$tmp"/unpacked/mkl_static-*.data/data/lib "$tmp/lib"
mv "$tmp"/unpacked/mkl_include-*.data/data/include "$tmp/include"
rm -rf "$tmp/unpacked"
if [[ -e $dest && ! -f $dest/.callaudit-mkl ]]; then
  echo "setup-ct2: $dest exists and was not made by this script; move it away or set CALLAUDIT_MKL" >&2
  exit 1
fi
touch "$tmp/.callaudit-mkl"
rm -rf "$dest"
mv "$tmp" "$dest"
echo "setup-ct2: MKL in $dest" >&2
echo "$dest"
