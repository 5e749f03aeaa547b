"""The 13 release charts with ReportLab graphics (VerticalBarChart, HorizontalBarChart, LinePlot per panel),
rendered to PNG by renderPM at 1200×675. ReportLab cannot use Inter's OpenType/CFF files, so charts use its
built-in Helvetica. Usage: reportlab_charts.py OUTDIR"""
import os
import sys

from reportlab.graphics import renderPM
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import alert_data  # noqa: E402

BLUE = colors.HexColor("#14284B")
out = sys.argv[1]
for chart_id, kind, title, payload in alert_data.charts():
    d = Drawing(1200, 675)
    d.add(String(40, 630, title, fontName="Helvetica-Bold", fontSize=24, fillColor=BLUE))
    d.add(String(40, 15, alert_data.SOURCE, fontName="Helvetica", fontSize=11))
    d.add(String(1160, 15, "ALERT", fontName="Helvetica-Bold", fontSize=11, textAnchor="end"))
    if kind in ("bars", "hbars"):
        chart = VerticalBarChart() if kind == "bars" else HorizontalBarChart()
        if kind == "bars":
            labels, values = payload
            chart.x, chart.y, chart.width, chart.height = 80, 70, 1080, 520
        else:
            labels, values = [p[0] for p in payload][::-1], [p[1] for p in payload][::-1]
            chart.x, chart.y, chart.width, chart.height = 200, 70, 880, 520
        chart.data = [[v or 0 for v in values]]
        chart.categoryAxis.categoryNames = labels
        chart.bars[0].fillColor = BLUE
        chart.barLabelFormat = (lambda v: alert_data.fmt(v, money=kind == "hbars"))
        chart.barLabels.nudge = 8
        chart.valueAxis.valueMin = 0
        d.add(chart)
    else:
        cols = 3 if len(payload) in (3, 5, 6) else 4
        rows = (len(payload) + cols - 1) // cols
        pw, ph = 1100 / cols, 520 / rows
        for i, (name, values) in enumerate(payload):
            x = 60 + (i % cols) * pw
            y = 600 - (i // cols + 1) * ph
            d.add(String(x, y + ph - 20, name, fontName="Helvetica-Bold", fontSize=13))
            points = [(j, v) for j, v in enumerate(values) if v is not None]
            if not points:
                continue
            plot = LinePlot()
            plot.x, plot.y, plot.width, plot.height = x + 30, y + 30, pw - 80, ph - 70
            plot.data = [points]
            plot.lines[0].strokeColor = BLUE
            plot.lines[0].strokeWidth = 2
            plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = -0.3, 2.3
            plot.xValueAxis.valueSteps = [0, 1, 2]
            plot.xValueAxis.labelTextFormat = lambda j: alert_data.YEARS[int(j)]
            plot.lineLabelFormat = lambda v: alert_data.fmt(v)
            d.add(plot)
    renderPM.drawToFile(d, os.path.join(out, chart_id + ".png"), fmt="PNG")
