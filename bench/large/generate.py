#!/usr/bin/env python3
"""Writes the `large` workloads: one table of N rows, and a data file of about M megabytes.

    generate.py table ROWS OUTDIR   ->  OUTDIR/table-ROWS.yaml, OUTDIR/data/table-ROWS.csv
    generate.py csv MEGABYTES OUTDIR ->  OUTDIR/csv-MEGABYTES.yaml, OUTDIR/data/csv-MEGABYTES.csv

The table is four columns of made-up figures (seeded, so every run writes the same bytes) broken over
pages with its header repeated: how time and memory grow with a document's length (ROWS 10,000 gives
about 313 pages, 100,000 about 3,126). The large CSV is read whole and checked, but only its first rows
are printed (a table of four named rows): how memory grows with the data's size.
"""
import os
import random
import sys

kind, size, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
os.makedirs(os.path.join(out, "data"), exist_ok=True)
rng = random.Random(size)


def write_rows(path, rows):
    with open(path, "w") as f:
        f.write("metric,Q1,Q2,Q3\n")
        for r in range(rows):
            f.write(f"ROW {r + 1},{rng.randint(0, 99999)},{rng.randint(0, 99999)},{rng.randint(0, 99999)}\n")


if kind == "table":
    name = f"table-{size}"
    write_rows(os.path.join(out, "data", f"{name}.csv"), size)
    spec = ["document: {title: Large table, organisation: Folio bench, date: 2024-03-31}",
            "page:", "  footer: {right: \"Page {page} of {pages}\"}",
            f"data: {{t: data/{name}.csv}}", "content:",
            "  - heading: Every row", "  - table: {data: t, caption: All rows}"]
elif kind == "csv":
    name = f"csv-{size}"
    rows = size * 1_000_000 * 10 // 289  # rows average 28.9 bytes
    write_rows(os.path.join(out, "data", f"{name}.csv"), rows)
    spec = ["document: {title: Large data, organisation: Folio bench, date: 2024-03-31}",
            f"data: {{t: data/{name}.csv}}", "content:",
            "  - heading: The first rows", "  - table: {data: t, rows: [ROW 1, ROW 2, ROW 3, ROW 1000000], caption: Some rows}"]
else:
    sys.exit("usage: generate.py table ROWS OUTDIR | csv MEGABYTES OUTDIR")
with open(os.path.join(out, f"{name}.yaml"), "w") as f:
    f.write("\n".join(spec) + "\n")
