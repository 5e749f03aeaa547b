#!/usr/bin/env python3
"""The 13 release charts (ReportSpecs/release-charts-2023-24.yaml) as Vega-Lite specs, rendered by vl-convert.

    python bench/charts/vegalite_charts.py OUTPUT_DIR

Reads the CSVs in ReportSpecs/data and builds one Vega-Lite spec per chart in Python (the chart list is
written out below rather than read from the YAML spec). Value labels are a text layer; small multiples
are a `concat` of layered line + point + text views, each with its own y scale; the source line and
"ALERT" are a text-only view in a `vconcat` under the chart.

Size: Vega-Lite can only fit a single view to a given width and height ("autosize": "fit"); for concat
views it sizes the canvas from the content. To get exactly 1200x675 for every chart, each spec is
compiled to Vega with vl_convert.vegalite_to_vega, given `"autosize": "none"` and the page size, and
rendered with vl_convert.vega_to_png. (vegalite_to_png does the same compile step internally.) Panel,
axis and padding sizes below are chosen so the content fills that page.
"""
import math
import os
import sys

import vl_convert as vlc

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from release_data import (FISCAL, LOCATIONS, QUARTERS, SOURCE, UNITS, YEARS,  # noqa: E402
                          metric_label, plain, read_table)


WIDTH, HEIGHT = 1200, 675
MARGIN = 34                      # page margin left and right
NAVY = "#15284b"
INK = "#1f2937"
GREY = "#6b7280"
RULE = "#9ca3af"
GRID = "#e5e7eb"


CONFIG = {
    "font": "Inter",
    "background": "white",
    "view": {"stroke": None},
    "axis": {"labelFontSize": 14, "labelColor": GREY, "domainColor": RULE, "ticks": False, "labelPadding": 8,
             "gridColor": GRID, "title": None, "labelAngle": 0},
    "axisY": {"domain": False},
    "title": {"anchor": "start", "fontSize": 30, "fontWeight": 700, "color": NAVY, "subtitleFontSize": 19,
              "subtitleColor": INK, "subtitlePadding": 8, "offset": 24},
    "header": {"labelFontSize": 15},
    "concat": {"spacing": 40},
}


def compact(v):
    for size, suffix, digits in ((1e9, "B", 1), (1e6, "M", 1), (1e3, "K", 0)):
        if abs(v) >= size:
            return "$" + f"{v / size:.{digits}f}".removesuffix(".0") + suffix
    return f"${v:,.0f}"


def footer(width, left):
    """A text-only view under the chart: the source line at the page margin, ALERT at the right edge."""
    text = {"type": "text", "fontSize": 15, "color": GREY, "baseline": "bottom"}
    return {
        "width": width, "height": 20, "data": {"values": [{}]},
        "layer": [
            {"mark": {**text, "align": "left"}, "encoding": {"x": {"value": -left}, "y": {"value": 20},
                                                             "text": {"value": SOURCE}}},
            {"mark": {**text, "align": "right", "fontWeight": 700},
             "encoding": {"x": {"value": width}, "y": {"value": 20}, "text": {"value": "ALERT"}}},
        ],
    }


def page(title, subtitle, body, left, top, body_width):
    """The whole chart: title, body, footer. Returns the Vega-Lite spec and the padding for the page."""
    spec = {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "title": {"text": title, **({"subtitle": subtitle} if subtitle else {})},
        "vconcat": [body, footer(body_width, left - MARGIN)],
        "spacing": 24,
        "config": CONFIG,
    }
    return spec, {"left": left, "top": top, "right": WIDTH - left - body_width, "bottom": 0}


def render(spec, padding, out, chart_id):
    vega = vlc.vegalite_to_vega(spec)
    vega["autosize"] = "none"
    vega["padding"] = padding
    vega["width"] = WIDTH - padding["left"] - padding["right"]
    vega["height"] = HEIGHT - padding["top"] - padding["bottom"]
    with open(os.path.join(out, chart_id + ".png"), "wb") as f:
        f.write(vlc.vega_to_png(vega))


def quarterly(out, chart_id, title, subtitle, table, metric):
    values = next(v for name, _, v in table if name == metric)
    rows = [{"quarter": q, "value": values[q], "label": plain(values[q])} for q in QUARTERS if values[q] is not None]
    width = WIDTH - 2 * MARGIN - 40
    body = {
        "data": {"values": rows}, "width": width, "height": 430,
        "encoding": {
            "x": {"field": "quarter", "type": "ordinal", "sort": QUARTERS, "scale": {"domain": QUARTERS,
                                                                                    "paddingInner": 0.28}},
            "y": {"field": "value", "type": "quantitative", "axis": {"format": ",~f", "minExtent": 40,
                                                                     "maxExtent": 40}},
        },
        "layer": [
            {"mark": {"type": "bar", "color": NAVY}},
            {"mark": {"type": "text", "dy": -10, "fontSize": 15, "fontWeight": 700, "color": INK},
             "encoding": {"text": {"field": "label"}}},
        ],
    }
    spec, padding = page(title, subtitle, body, MARGIN + 40, 140, width)
    render(spec, padding, out, chart_id)


def panel(metric, currency, values, width, height, axis):
    rows = [{"year": y, "value": values[y], "label": None if values[y] is None else
             (compact(values[y]) if currency else plain(values[y]))} for y in YEARS]
    single = sum(values[y] is not None for y in YEARS) == 1
    path = {"invalid": "break-paths-show-domains"}  # a missing value breaks the line, the year stays on the axis
    return {
        "data": {"values": rows}, "width": width, "height": height,
        "encoding": {
            "x": {"field": "year", "type": "ordinal", "sort": YEARS, "scale": {"domain": YEARS}},
            "y": {"field": "value", "type": "quantitative",
                  "scale": {"zero": single, "nice": True},
                  "axis": {"format": "$~s" if currency else ",~f", "tickCount": 4, "minExtent": 50,
                           "maxExtent": 50}},
        },
        "layer": [
            {"mark": {"type": "line", "color": NAVY, "strokeWidth": 3, **path}},
            {"mark": {"type": "point", "filled": True, "size": 70, "color": NAVY, "opacity": 1, **path}},
            {"mark": {"type": "text", "dy": -14, "fontSize": 14, "fontWeight": 700, "color": INK, **path},
             "encoding": {"text": {"field": "label"}}},
            # The panel title is a text mark at a fixed offset, so titles line up across a row whatever the
            # panels' contents (a view title is placed above the panel's bounds, which vary).
            {"data": {"values": [{}]},
             "mark": {"type": "text", "align": "left", "baseline": "alphabetic", "fontSize": 15,
                      "fontWeight": 600, "color": INK},
             "encoding": {"x": {"value": -axis}, "y": {"value": -36}, "text": {"value": metric_label(metric)}}},
        ],
    }


def three_years(out, chart_id, title, subtitle, table):
    n = len(table)
    cols = n if n <= 4 else (3 if n <= 6 else 4)
    rows = math.ceil(n / cols)
    axis, spacing = 50, 40
    body_width = WIDTH - 2 * MARGIN - axis
    width = (body_width - (cols - 1) * (spacing + axis)) / cols
    height = 400 if rows == 1 else 150
    body = {"concat": [panel(m, c, v, width, height, axis) for m, c, v in table], "columns": cols,
            "spacing": {"row": 40, "column": spacing}}
    spec, padding = page(title, subtitle or FISCAL, body, MARGIN + axis, 165, body_width)
    render(spec, padding, out, chart_id)


def drugs_by_location(out):
    rows = [{"location": LOCATIONS[name], "value": v["drugs"], "label": f"${v['drugs']:,.0f}"}
            for name, _, v in read_table("regional-2023-24") if name != "TOTALS"]
    axis = 120
    width = WIDTH - 2 * MARGIN - axis
    body = {
        "data": {"values": rows}, "width": width, "height": 460,
        "encoding": {
            "y": {"field": "location", "type": "nominal", "sort": None,
                  "axis": {"minExtent": axis, "maxExtent": axis, "domain": True, "labelFontSize": 15},
                  "scale": {"paddingInner": 0.28}},
            "x": {"field": "value", "type": "quantitative", "axis": {"format": "$,.0f", "tickCount": 6, "grid": True, "domain": False},
                  "scale": {"domain": [0, 1.1 * max(r["value"] for r in rows)]}},  # room for the labels
        },
        "layer": [
            {"mark": {"type": "bar", "color": NAVY}},
            {"mark": {"type": "text", "align": "left", "dx": 4, "fontSize": 15, "fontWeight": 700, "color": INK},
             "encoding": {"text": {"field": "label"}}},
        ],
    }
    spec, padding = page("Estimated value of drugs seized by location, 2023-24", "ALERT organized crime and drugs teams",
                         body, MARGIN + axis, 130, width)
    render(spec, padding, out, "organized-crime-drugs-by-location")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: vegalite_charts.py OUTPUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for data, q_id, q_title, q_sub, metric, y_id, y_title, y_sub in UNITS:
        table = read_table(data)
        quarterly(out, q_id, q_title, q_sub, table, metric)
        three_years(out, y_id, y_title, y_sub, table)
    drugs_by_location(out)


if __name__ == "__main__":
    main()
