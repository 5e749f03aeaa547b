#!/usr/bin/env bash
# Installs what the benchmark needs, once: gnuplot, libpng headers, a Python venv with the reference tools
# (matplotlib, vl-convert, ReportLab, WeasyPrint, Typst, PyYAML), a release build of Folio, and the raw
# Cairo/Pango C programs (the report's, with the geometry Folio lays out, is made again every time).
# Safe to run again: otherwise it only does what is missing.
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

swift build -c release --static-swift-stdlib --disable-local-rpath >/dev/null

# The report floor: Folio's laid-out pages as C data (folio-floor), drawn by bench/report/cairo_floor.c.
mkdir -p .build/bench
.build/release/folio-floor ReportSpecs/alert-annual-report-2023-24.yaml .build/bench/report_floor.h >/dev/null
gcc -O2 -I .build/bench bench/report/cairo_floor.c -o .build/bench/report_floor $(pkg-config --cflags --libs pangocairo fontconfig) -lpthread
