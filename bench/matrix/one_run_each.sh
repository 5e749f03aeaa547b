#!/usr/bin/env bash
# The same N reports as the matrix, one `folio build --set` process each (what a shell loop does).
set -euo pipefail
folio="$1" spec="$2" n="$3" out="$4"
for i in $(seq 1 "$n"); do "$folio" build "$spec" --set "unit=Unit $i" --output "$out" --pdf-only --force --quiet; done
