#!/usr/bin/env python3
"""Writes a matrix spec of N one-page reports (one per unit) and its data into a folder.

    python3 bench/matrix/generate.py N FOLDER   ->  FOLDER/matrix-N.yaml, FOLDER/units-N.csv
"""
import os
import sys

n, folder = int(sys.argv[1]), sys.argv[2]
with open(os.path.join(folder, f"units-{n}.csv"), "w") as f:
    f.write("unit,cases,staff,budget\n")
    for i in range(1, n + 1):
        f.write(f'Unit {i},{i * 37 % 1009},{10 + i % 50},"${(i * 7919) % 900000 + 100000:,}"\n')
with open(os.path.join(folder, f"matrix-{n}.yaml"), "w") as f:
    f.write(f"""params: {{unit: {{type: text, default: Unit 1}}}}
matrix: {{data: units, param: unit}}
document: {{title: "Report for ${{unit}}", organisation: Bench, date: 2024-06-30}}
data: {{units: units-{n}.csv}}
content:
  - heading: ${{unit}}
  - paragraph: >-
      ${{unit}} handled {{units[${{unit}}][cases]}} cases with {{units[${{unit}}][staff]}} staff and a budget of
      {{units[${{unit}}][budget]}}, ranking {{rank(units[${{unit}}], cases)}} of {n} units by cases.
  - figures:
      - {{data: units, row: "${{unit}}", column: cases, label: cases}}
      - {{data: units, row: "${{unit}}", column: staff, label: staff}}
  - table:
      data: units
      rows: ["${{unit}}"]
      columns: [unit, cases, staff, budget]
""")
