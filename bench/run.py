#!/usr/bin/env python3
"""Folio against the tools people would otherwise use, side by side, in one run.

Each workload runs every tool as a whole process (startup included): one warm-up each, then ROUNDS
rounds in which every tool runs once, in rotating order, so a noisy machine slows all of them alike.
Reported: median wall time, median CPU time (user + system), median peak memory (max RSS), and each
tool's wall time as a multiple of Folio's.

    python3 bench/run.py [--rounds 5] [--only charts,report,scale,matrix,large]

`make bench` installs what is needed first (bench/setup.sh). Never part of `make test`.
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".bench-venv", "bin", "python")
FOLIO = os.path.join(ROOT, ".build", "release", "folio")
RELEASE = os.path.join(ROOT, "ReportSpecs", "release-charts-2023-24.yaml")
REPORT = os.path.join(ROOT, "ReportSpecs", "alert-annual-report-2023-24.yaml")
# The report's pages drawn by bench/report/cairo_floor.c from geometry Folio laid out (bench/setup.sh).
REPORT_FLOOR = os.path.join(ROOT, ".build", "bench", "report_floor")


def measure(command, cwd):
    """Runs a command; returns (wall seconds, cpu seconds, peak KB)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    stderr = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{stderr}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def run_workload(name, tools, rounds):
    """tools: list of (tool name, command builder taking an output folder). Folio first."""
    work = tempfile.mkdtemp(prefix=f"folio-bench-{name}-")
    results = {tool: [] for tool, _ in tools}
    try:
        for round_index in range(rounds + 1):
            order = tools[round_index % len(tools):] + tools[:round_index % len(tools)]
            for tool, build in order:
                out = os.path.join(work, tool.replace(" ", "_"), str(round_index))
                os.makedirs(out, exist_ok=True)
                sample = measure(build(out), ROOT)
                if round_index > 0:           # round 0 is the warm-up
                    results[tool].append(sample)
                shutil.rmtree(out, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return results


def table(name, results):
    folio_wall = statistics.median(s[0] for s in results["Folio"])
    rows = []
    for tool, samples in results.items():
        wall = statistics.median(s[0] for s in samples)
        cpu = statistics.median(s[1] for s in samples)
        peak = statistics.median(s[2] for s in samples) / 1024
        rows.append((name, tool, wall, cpu, peak, wall / folio_wall))
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--only", default="charts,report,scale,matrix,large")
    args = parser.parse_args()
    chosen = set(args.only.split(","))
    py = VENV if os.path.exists(VENV) else sys.executable
    charts = os.path.join(ROOT, "bench", "charts")
    report = os.path.join(ROOT, "bench", "report")
    rows = []

    if "charts" in chosen:
        tools = [
            ("Folio", lambda out: [FOLIO, "charts", RELEASE, "--output", out, "--quiet"]),
            ("gnuplot pngcairo", lambda out: ["bash", os.path.join(charts, "gnuplot_charts.sh"), out]),
            ("raw Cairo/Pango C", lambda out: [os.path.join(charts, "cairo_floor"), out]),
            ("matplotlib", lambda out: [py, os.path.join(charts, "matplotlib_charts.py"), out]),
            ("vl-convert", lambda out: [py, os.path.join(charts, "vegalite_charts.py"), out]),
            ("ReportLab", lambda out: [py, os.path.join(charts, "reportlab_charts.py"), out]),
        ]
        rows += table("charts (13 PNG, 1200×675)", run_workload("charts", tools, args.rounds))

    if "report" in chosen:
        tools = [
            ("Folio", lambda out: [FOLIO, "build", REPORT, "--output", out, "--pdf-only", "--force", "--quiet"]),
            ("raw Cairo/Pango C", lambda out: [REPORT_FLOOR, os.path.join(out, "r.pdf")]),
            ("Typst", lambda out: [py, os.path.join(report, "typst_report.py"), os.path.join(out, "r.pdf")]),
            ("ReportLab", lambda out: [py, os.path.join(report, "reportlab_report.py"), os.path.join(out, "r.pdf")]),
            ("WeasyPrint", lambda out: [py, os.path.join(report, "weasyprint_report.py"), os.path.join(out, "r.pdf")]),
        ]
        if not os.path.exists(REPORT_FLOOR):
            # bench/setup.sh builds the floor from Folio's layout; without it the other tools still run.
            print(f"report: {os.path.relpath(REPORT_FLOOR, ROOT)} not built (bench/setup.sh builds it); "
                  "the raw Cairo/Pango floor is left out", file=sys.stderr)
            tools = [t for t in tools if t[0] != "raw Cairo/Pango C"]
        rows += table("report (ALERT PDF)", run_workload("report", tools, args.rounds))

    if "scale" in chosen:
        specs = tempfile.mkdtemp(prefix="folio-bench-scale-")
        try:
            for pages in (10, 100, 1000):
                subprocess.run([sys.executable, os.path.join(ROOT, "bench", "scale", "generate.py"), str(pages), specs], check=True)
                spec = os.path.join(specs, f"scale-{pages}.yaml")
                tools = [("Folio", lambda out, spec=spec: [FOLIO, "build", spec, "--output", out, "--pdf-only", "--force", "--quiet"])]
                rows += table(f"scale ({pages} pages)", run_workload(f"scale{pages}", tools, max(1, args.rounds // 2)))
        finally:
            shutil.rmtree(specs, ignore_errors=True)

    if "matrix" in chosen:
        specs = tempfile.mkdtemp(prefix="folio-bench-matrix-")
        try:
            n = 100
            subprocess.run([sys.executable, os.path.join(ROOT, "bench", "matrix", "generate.py"), str(n), specs], check=True)
            spec = os.path.join(specs, f"matrix-{n}.yaml")
            tools = [
                ("Folio", lambda out: [FOLIO, "build", spec, "--output", out, "--pdf-only", "--force", "--quiet"]),
                ("Folio, 1 run each", lambda out: ["bash", os.path.join(ROOT, "bench", "matrix", "one_run_each.sh"), FOLIO, spec, str(n), out]),
            ]
            rows += table(f"matrix ({n} reports)", run_workload("matrix", tools, max(1, args.rounds // 2)))
        finally:
            shutil.rmtree(specs, ignore_errors=True)

    if "large" in chosen:
        specs = tempfile.mkdtemp(prefix="folio-bench-large-")
        try:
            for kind, size, label in (("table", 10_000, "table (10,000 rows)"), ("table", 100_000, "table (100,000 rows)"),
                                      ("csv", 50, "CSV (50 MB)")):
                subprocess.run([sys.executable, os.path.join(ROOT, "bench", "large", "generate.py"), kind, str(size), specs], check=True)
                spec = os.path.join(specs, f"{kind}-{size}.yaml")
                tools = [("Folio", lambda out, spec=spec: [FOLIO, "build", spec, "--output", out, "--pdf-only", "--force", "--quiet"])]
                rows += table(label, run_workload(f"large-{kind}-{size}", tools, 1))
        finally:
            shutil.rmtree(specs, ignore_errors=True)

    print(f"\n{'workload':28} {'tool':20} {'wall s':>8} {'cpu s':>8} {'peak MB':>8} {'× Folio':>8}")
    for workload, tool, wall, cpu, peak, ratio in rows:
        print(f"{workload:28} {tool:20} {wall:8.3f} {cpu:8.3f} {peak:8.1f} {ratio:8.2f}")
    scale = {w: (wall, peak) for w, t, wall, cpu, peak, r in rows if w.startswith("scale")}
    if len(scale) == 3:
        (w10, m10), (w100, m100), (w1000, m1000) = (scale["scale (10 pages)"], scale["scale (100 pages)"], scale["scale (1000 pages)"])
        print(f"\nscale: 1000 pages take {w1000 / w100:.1f}× the time of 100 pages; peak memory at 1000 pages is {m1000 / m10:.1f}× that at 10")
    large = {w: (wall, peak) for w, t, wall, cpu, peak, r in rows if w.startswith(("table (", "CSV ("))}
    if len(large) == 3:
        (w10k, m10k), (w100k, m100k), (_, mcsv) = large["table (10,000 rows)"], large["table (100,000 rows)"], large["CSV (50 MB)"]
        print(f"large: 100,000 rows take {w100k / w10k:.1f}× the time of 10,000 (target ≤ 11×), peak {m100k:.0f} MB (target < 150); "
              f"a 50 MB CSV peaks at {mcsv / 50:.1f}× its size (target ≤ 3×)")


if __name__ == "__main__":
    main()
