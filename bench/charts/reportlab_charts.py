#!/usr/bin/env python3
"""The 13 release charts (ReportSpecs/release-charts-2023-24.yaml) drawn with ReportLab's graphics library.

    python bench/charts/reportlab_charts.py OUTPUT_DIR

Reads the CSVs in ReportSpecs/data; the chart list (ids, titles, rows) is written out below rather than
read from the YAML spec. Each chart is a Drawing(1200, 675) with a VerticalBarChart, a HorizontalBarChart
or one LinePlot per panel, rendered to PNG by renderPM at 72 dpi (so 1200x675 pixels).

Font: Helvetica. ReportLab embeds only TrueType-outline fonts (TTFont); Inter is installed here only as
CFF-outline .otf files, which TTFont refuses ("postscript outlines are not supported").
renderPM needs a backend: rlPyCairo (pip install rlPyCairo, which brings pycairo), ReportLab's default.
"""
import math
import os
import sys

from reportlab.graphics import renderPM
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.colors import HexColor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from release_data import (FISCAL, LOCATIONS, QUARTERS, SOURCE, UNITS, YEARS,  # noqa: E402
                          metric_label, plain, read_table)


WIDTH, HEIGHT = 1200, 675
MARGIN = 34
FONT, BOLD = "Helvetica", "Helvetica-Bold"
NAVY = HexColor("#15284b")
INK = HexColor("#1f2937")
GREY = HexColor("#6b7280")
RULE = HexColor("#9ca3af")
GRID = HexColor("#e5e7eb")


def compact(v):
    for size, suffix, digits in ((1e9, "B", 1), (1e6, "M", 1), (1e3, "K", 0)):
        if abs(v) >= size:
            return "$" + f"{v / size:.{digits}f}".removesuffix(".0") + suffix
    return f"${v:,.0f}"


def page(title, subtitle):
    d = Drawing(WIDTH, HEIGHT)
    d.add(String(MARGIN, HEIGHT - 62, title, fontName=BOLD, fontSize=30, fillColor=NAVY))
    if subtitle:
        d.add(String(MARGIN, HEIGHT - 94, subtitle, fontName=FONT, fontSize=19, fillColor=INK))
    d.add(String(MARGIN, 28, SOURCE, fontName=FONT, fontSize=15, fillColor=GREY))
    d.add(String(WIDTH - MARGIN, 28, "ALERT", fontName=BOLD, fontSize=15, fillColor=GREY, textAnchor="end"))
    return d


def style_value_axis(axis, fmt):
    axis.labels.fontName = FONT
    axis.labels.fontSize = 14
    axis.labels.fillColor = GREY
    axis.labelTextFormat = fmt
    axis.visibleAxis = 0
    axis.visibleTicks = 0
    axis.visibleGrid = 1
    axis.gridStrokeColor = GRID
    axis.gridStrokeWidth = 1
    axis.rangeRound = "both"


def style_category_axis(axis):
    axis.labels.fontName = FONT
    axis.labels.fontSize = 14
    axis.labels.fillColor = GREY
    axis.strokeColor = RULE
    axis.visibleTicks = 0


def save(d, out, chart_id):
    renderPM.drawToFile(d, os.path.join(out, chart_id + ".png"), fmt="PNG", dpi=72)


def quarterly(out, chart_id, title, subtitle, table, metric):
    values = next(v for name, _, v in table if name == metric)
    d = page(title, subtitle)
    bc = VerticalBarChart()
    bc.x, bc.y, bc.width, bc.height = 90, 90, WIDTH - MARGIN - 90, 450
    bc.data = [[values[q] for q in QUARTERS]]   # None draws no bar
    bc.categoryAxis.categoryNames = QUARTERS
    style_category_axis(bc.categoryAxis)
    bc.categoryAxis.labels.dy = -6
    style_value_axis(bc.valueAxis, plain)
    bc.valueAxis.valueMin = 0
    bc.valueAxis.avoidBoundFrac = (0, 0.1)
    bc.bars.strokeColor = None
    bc.bars[0].fillColor = NAVY
    bc.barWidth = 72
    bc.groupSpacing = 28
    bc.barLabelFormat = plain
    bc.barLabels.fontName = BOLD
    bc.barLabels.fontSize = 15
    bc.barLabels.fillColor = INK
    bc.barLabels.nudge = 12
    d.add(bc)
    save(d, out, chart_id)


def runs(points):
    """Splits [(x, y or None)] into runs without gaps: LinePlot joins every point of a row."""
    result, current = [], []
    for x, y in points:
        if y is None:
            if current:
                result.append(current)
            current = []
        else:
            current.append((x, y))
    if current:
        result.append(current)
    return result


def panel(d, x, y, width, height, metric, currency, values):
    d.add(String(x, y + height - 16, metric_label(metric), fontName=BOLD, fontSize=15, fillColor=INK))
    lp = LinePlot()
    lp.x, lp.y, lp.width, lp.height = x + 60, y + 30, width - 60 - 24, height - 30 - 52
    lp.data = runs([(i, values[year]) for i, year in enumerate(YEARS)])
    lp.joinedLines = 1
    for run in range(len(lp.data)):          # each row has its own style; all runs look the same
        lp.lines[run].strokeColor = NAVY
        lp.lines[run].strokeWidth = 3
        lp.lines[run].symbol = makeMarker("FilledCircle", size=8, fillColor=NAVY, strokeColor=NAVY)
    lp.lineLabelFormat = compact if currency else plain
    lp.lineLabels.fontName = BOLD
    lp.lineLabels.fontSize = 14
    lp.lineLabels.fillColor = INK
    lp.lineLabelNudge = 14
    lp.xValueAxis.valueMin, lp.xValueAxis.valueMax = -0.4, len(YEARS) - 0.6
    lp.xValueAxis.valueSteps = list(range(len(YEARS)))
    lp.xValueAxis.labelTextFormat = lambda i: YEARS[int(round(i))]
    style_category_axis(lp.xValueAxis)
    lp.xValueAxis.labels.dy = -4
    style_value_axis(lp.yValueAxis, compact if currency else plain)
    lp.yValueAxis.maximumTicks = 5
    lp.yValueAxis.avoidBoundFrac = 0.15
    if sum(v is not None for v in values.values()) <= 1:
        lp.yValueAxis.forceZero = 1
    d.add(lp)


def three_years(out, chart_id, title, subtitle, table):
    n = len(table)
    cols = n if n <= 4 else (3 if n <= 6 else 4)
    rows = math.ceil(n / cols)
    d = page(title, subtitle or FISCAL)
    top, bottom = HEIGHT - 120, 52
    cell_w = (WIDTH - 2 * MARGIN) / cols
    cell_h = (top - bottom) / rows
    for i, (metric, currency, values) in enumerate(table):
        row, col = divmod(i, cols)
        panel(d, MARGIN + col * cell_w, top - (row + 1) * cell_h, cell_w, cell_h, metric, currency,
              {year: values[year] for year in YEARS})
    save(d, out, chart_id)


def drugs_by_location(out):
    rows = [(LOCATIONS[name], v["drugs"]) for name, _, v in read_table("regional-2023-24") if name != "TOTALS"]
    d = page("Estimated value of drugs seized by location, 2023-24", "ALERT organized crime and drugs teams")
    bc = HorizontalBarChart()
    bc.x, bc.y, bc.width, bc.height = 150, 90, WIDTH - MARGIN - 150 - 110, 460
    bc.data = [[value for _, value in rows]]
    bc.categoryAxis.categoryNames = [name for name, _ in rows]
    bc.categoryAxis.reverseDirection = 1     # first row at the top
    style_category_axis(bc.categoryAxis)
    bc.categoryAxis.labels.dx = -6
    style_value_axis(bc.valueAxis, lambda v: f"${v:,.0f}")
    bc.valueAxis.valueMin = 0
    bc.bars.strokeColor = None
    bc.bars[0].fillColor = NAVY
    bc.barWidth = 72
    bc.groupSpacing = 28
    bc.barLabelFormat = lambda v: f"${v:,.0f}"
    bc.barLabels.fontName = BOLD
    bc.barLabels.fontSize = 15
    bc.barLabels.fillColor = INK
    bc.barLabels.boxAnchor = "w"
    bc.barLabels.nudge = 6
    d.add(bc)
    save(d, out, "organized-crime-drugs-by-location")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: reportlab_charts.py OUTPUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for data, q_id, q_title, q_sub, metric, y_id, y_title, y_sub in UNITS:
        table = read_table(data)
        quarterly(out, q_id, q_title, q_sub, table, metric)
        three_years(out, y_id, y_title, y_sub, table)
    drugs_by_location(out)


if __name__ == "__main__":
    main()
