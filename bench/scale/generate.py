#!/usr/bin/env python3
"""Writes a Folio spec of about N pages of tables, charts and text (the `scale` workload).

    generate.py PAGES OUTDIR   ->  OUTDIR/scale-PAGES.yaml and OUTDIR/data/*.csv

Each section takes about two pages: a heading, a paragraph, key figures, a 24-row table of
quarterly figures and a bar chart. Figures are made up deterministically (seeded), with sums
that add up so the engine's checks pass.
"""
import os
import random
import sys

pages = int(sys.argv[1])
out = sys.argv[2]
os.makedirs(os.path.join(out, "data"), exist_ok=True)
rng = random.Random(pages)
sections = max(1, pages // 2)

lines = [
    "document: {title: Scale test, organisation: Folio bench, date: 2024-03-31}",
    "page:",
    "  footer: {left: \"{section}\", right: \"Page {page} of {pages}\"}",
    "data:",
]
for s in range(sections):
    lines.append(f"  d{s}:")
    lines.append(f"    file: data/d{s}.csv")
    lines.append("    sums: [{parts: [Q1, Q2, Q3, Q4], total: Year}]")
    with open(os.path.join(out, "data", f"d{s}.csv"), "w") as f:
        f.write("metric,Q1,Q2,Q3,Q4,Year\n")
        for r in range(24):
            q = [rng.randint(0, 5000) for _ in range(4)]
            f.write(f"METRIC {r + 1},{q[0]},{q[1]},{q[2]},{q[3]},\"{sum(q):,}\"\n")
lines.append("content:")
lines.append("  - contents: Contents")
lines.append("    depth: 1")
text = ("The figures in this section are generated for the benchmark. They exercise text measured and "
        "broken by Pango, tables with right-aligned tabular figures, and charts drawn with Cairo. ") * 3
for s in range(sections):
    lines += [
        f"  - heading: Section {s + 1}",
        "    new-page: true",
        f"  - paragraph: \"{text}\"",
        "  - figures:",
        f"      - {{data: d{s}, row: METRIC 1, column: Year, label: first metric}}",
        f"      - {{data: d{s}, row: METRIC 2, column: Year, label: second metric}}",
        f"      - {{data: d{s}, row: METRIC 3, column: Year, label: third metric}}",
        f"  - table: {{data: d{s}, caption: Section {s + 1} by quarter, keep-together: false}}",
        "  - chart:",
        f"      id: chart-{s + 1}",
        "      type: bar",
        f"      title: Metric 1 by quarter, section {s + 1}",
        f"      data: d{s}",
        "      rows: [METRIC 1]",
        "      columns: [Q1, Q2, Q3, Q4]",
        "      value-labels: true",
        "      height: 180pt",
    ]
with open(os.path.join(out, f"scale-{pages}.yaml"), "w") as f:
    f.write("\n".join(lines) + "\n")
