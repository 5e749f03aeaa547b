#!/usr/bin/env bash
# The 13 release charts (ReportSpecs/release-charts-2023-24.yaml) drawn by gnuplot's pngcairo terminal.
#   bash bench/charts/gnuplot_charts.sh OUTPUT_DIR
# awk (gnuplot/prepare.awk) turns each CSV into plain data files in a temp folder -- "1,149" -> 1149,
# "–" -> NaN, value labels formatted -- then ONE gnuplot process (gnuplot/charts.gp) draws all 13 charts.
set -euo pipefail
if [ $# -ne 1 ]; then echo "usage: gnuplot_charts.sh OUTPUT_DIR" >&2; exit 2; fi
here="$(cd "$(dirname "$0")" && pwd)"
data="$here/../../ReportSpecs/data"
mkdir -p "$1"
out="$(cd "$1" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

for unit in human-trafficking ice cisa organized-crime stolen-vehicles firearms; do
  awk -v out="$tmp/$unit" -f "$here/gnuplot/prepare.awk" "$data/$unit.csv"
done
awk -v out="$tmp/regional" -v mode=regional -f "$here/gnuplot/prepare.awk" "$data/regional-2023-24.csv"

gnuplot -e "lib='$here/gnuplot'; tmp='$tmp'; out='$out'" "$here/gnuplot/charts.gp"
