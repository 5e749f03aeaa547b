#!/usr/bin/env python3
"""The 13 release charts (ReportSpecs/release-charts-2023-24.yaml) drawn with matplotlib, for the benchmark.

    python bench/charts/matplotlib_charts.py OUTPUT_DIR

Reads the CSVs in ReportSpecs/data; the chart list (ids, titles, rows) is written out below rather than
read from the YAML spec. Agg backend, Inter, 1200x675 px (12 x 6.75 in at 100 dpi), one figure per chart.
"""
import math
import os
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import FuncFormatter, MaxNLocator  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from release_data import (FISCAL, LOCATIONS, QUARTERS, SOURCE, UNITS, YEARS,  # noqa: E402
                          metric_label, plain, read_table)


NAVY = "#15284b"
INK = "#1f2937"
GREY = "#6b7280"
RULE = "#9ca3af"
GRID = "#e5e7eb"


def compact(v, currency):
    sign = "$" if currency else ""
    for size, suffix, digits in ((1e9, "B", 1), (1e6, "M", 1), (1e3, "K", 0)):
        if abs(v) >= size:
            text = f"{v / size:.{digits}f}".removesuffix(".0")
            return f"{sign}{text}{suffix}"
    return f"{sign}{v:,.0f}"


def frame(fig, title, subtitle):
    fig.text(0.028, 0.915, title, fontsize=21.5, fontweight="bold", color=NAVY)
    if subtitle:
        fig.text(0.028, 0.862, subtitle, fontsize=13.5, color=INK)
    fig.text(0.028, 0.06, SOURCE, fontsize=10.5, color=GREY)
    fig.text(0.972, 0.06, "ALERT", fontsize=10.5, fontweight="bold", color=GREY, ha="right")


def style_axes(ax, grid_axis="y"):
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color(RULE)
    ax.tick_params(colors=GREY, labelsize=10.5, length=0)
    ax.grid(axis=grid_axis, color=GRID, linewidth=0.8)
    ax.set_axisbelow(True)


def save(fig, out, chart_id):
    fig.savefig(os.path.join(out, chart_id + ".png"), dpi=100, facecolor="white")
    plt.close(fig)


def quarterly(out, chart_id, title, subtitle, table, metric):
    values = next(v for name, _, v in table if name == metric)
    heights = [values[q] for q in QUARTERS]
    fig, ax = plt.subplots(figsize=(12, 6.75), dpi=100)
    fig.subplots_adjust(left=0.07, right=0.972, top=0.80, bottom=0.15)
    frame(fig, title, subtitle)
    style_axes(ax)
    xs = [i for i, h in enumerate(heights) if h is not None]
    bars = ax.bar(xs, [heights[i] for i in xs], width=0.72, color=NAVY)
    ax.bar_label(bars, labels=[plain(heights[i]) for i in xs], padding=3, fontsize=11, fontweight="bold", color=INK)
    ax.set_xticks(range(len(QUARTERS)), QUARTERS)
    ax.set_xlim(-0.6, len(QUARTERS) - 0.4)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: plain(v)))
    ax.margins(y=0.08)
    save(fig, out, chart_id)


def three_years(out, chart_id, title, subtitle, table):
    n = len(table)
    cols = n if n <= 4 else (3 if n <= 6 else 4)
    rows = math.ceil(n / cols)
    fig, axes = plt.subplots(rows, cols, figsize=(12, 6.75), dpi=100, squeeze=False)
    fig.subplots_adjust(left=0.07, right=0.972, top=0.74 if rows > 1 else 0.76, bottom=0.15,
                        wspace=0.35, hspace=0.75)
    frame(fig, title, subtitle or FISCAL)
    for ax, (metric, currency, values) in zip(axes.flat, table):
        ys = [values[y] if values[y] is not None else math.nan for y in YEARS]
        style_axes(ax)
        ax.plot(range(len(YEARS)), ys, color=NAVY, linewidth=2.5, marker="o", markersize=6)
        for x, y in enumerate(ys):
            if not math.isnan(y):
                text = compact(y, True) if currency else plain(y)
                ax.annotate(text, (x, y), xytext=(0, 8), textcoords="offset points", ha="center",
                            fontsize=10.5, fontweight="bold", color=INK)
        ax.set_title(metric_label(metric), loc="left", fontsize=11, fontweight="bold", color=INK, pad=22)
        ax.set_xticks(range(len(YEARS)), YEARS)
        ax.set_xlim(-0.4, len(YEARS) - 0.6)
        ax.yaxis.set_major_locator(MaxNLocator(4))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _, c=currency: compact(v, True) if c else plain(v)))
        if sum(not math.isnan(y) for y in ys) == 1:
            ax.set_ylim(0, max(y for y in ys if not math.isnan(y)) * 1.3)
        else:
            ax.margins(y=0.2)
    for ax in axes.flat[n:]:
        ax.set_visible(False)
    save(fig, out, chart_id)


def drugs_by_location(out):
    rows = [(LOCATIONS[name], values["drugs"]) for name, _, values in read_table("regional-2023-24")
            if name != "TOTALS"]
    fig, ax = plt.subplots(figsize=(12, 6.75), dpi=100)
    fig.subplots_adjust(left=0.125, right=0.94, top=0.82, bottom=0.15)
    frame(fig, "Estimated value of drugs seized by location, 2023-24", "ALERT organized crime and drugs teams")
    style_axes(ax, grid_axis="x")
    ax.spines["bottom"].set_visible(False)
    ax.spines["left"].set_visible(True)
    ax.spines["left"].set_color(RULE)
    bars = ax.barh([r[0] for r in rows], [r[1] for r in rows], height=0.72, color=NAVY)
    ax.bar_label(bars, labels=[f"${v:,.0f}" for _, v in rows], padding=3, fontsize=11, fontweight="bold", color=INK)
    ax.invert_yaxis()
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"${v:,.0f}"))
    ax.margins(y=0.02)
    save(fig, out, "organized-crime-drugs-by-location")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: matplotlib_charts.py OUTPUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    plt.rcParams["font.family"] = "Inter"
    for data, q_id, q_title, q_sub, metric, y_id, y_title, y_sub in UNITS:
        table = read_table(data)
        quarterly(out, q_id, q_title, q_sub, table, metric)
        three_years(out, y_id, y_title, y_sub, table)
    drugs_by_location(out)


if __name__ == "__main__":
    main()
