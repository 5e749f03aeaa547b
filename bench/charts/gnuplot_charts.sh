#!/usr/bin/env bash
# The 13 release charts with gnuplot's pngcairo terminal (the same Cairo + Pango stack as Folio), one process.
# The script with the data inline is made once beforehand (bench/charts/make_gnuplot.py).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec gnuplot -e "out='$1'" "$here/alert_charts.gp"
