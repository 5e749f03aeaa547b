#!/usr/bin/env bash
# Installs what the benchmark needs, once: gnuplot, libpng headers, a Python venv with the reference tools
# (matplotlib, vl-convert, ReportLab, WeasyPrint, Typst, PyYAML), the raw Cairo/Pango C program, and a
# release build of Folio. Safe to run again: it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
missing=()
for p in gnuplot-nox libpng-dev gcc fonts-liberation; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

venv=.bench-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import matplotlib, vl_convert, reportlab, rlPyCairo, weasyprint, typst, yaml" 2>/dev/null; then
  "$venv/bin/pip" install -q matplotlib vl-convert-python reportlab rlPyCairo weasyprint typst pyyaml
fi

if [ bench/charts/cairo_floor.c -nt bench/charts/cairo_floor ] || [ ! -x bench/charts/cairo_floor ]; then
  gcc -O2 bench/charts/cairo_floor.c -o bench/charts/cairo_floor $(pkg-config --cflags --libs pangocairo) -lm
fi

swift build -c release --static-swift-stdlib >/dev/null
