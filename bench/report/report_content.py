"""What the three report references share: reading the ALERT report spec (PyYAML: anchors and `<<` merge
keys) and its CSVs at run time, checking the figures the way the spec asks (quarterly sums, the regional
TOTALS row, the cross-table check), and resolving the content into plain blocks: cover, contents,
headings, paragraphs (bold and no-break runs), key figures, quotes, tables (formatted cells) and charts
(values, value labels, a "nice" axis). Each tool then lays these blocks out and draws them itself.

Nothing here is specific to a tool; the numbers are formatted once so that all three print the same
figures: `1,149`, `$906,814`, `–` for no value, and `$2,741025` in the source repaired to `$2,741,025`.
"""
import csv
import datetime
import math
import os
import re
import sys
import time

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SPEC = os.path.join(ROOT, "ReportSpecs", "alert-annual-report-2023-24.yaml")
DASH = "–"                      # U+2013, what the source and Folio print for "no value"


class SpecError(Exception):
    pass


# ------------------------------------------------------------------------------------------ numbers

def parse(cell):
    """'1,149' -> (1149.0, False); '$2,741025' -> (2741025.0, True); '–' -> (None, money?)."""
    text = cell.strip()
    money = text.startswith("$")
    digits = text.replace("$", "").replace(",", "").strip()
    if digits in ("", "–", "—", "-"):
        return None, money
    try:
        return float(digits), money
    except ValueError:
        raise SpecError(f"not a number: {cell!r}")


def full(value, money=False):
    """Grouped in thousands, whole units: 2741025 -> '2,741,025' (or '$2,741,025')."""
    if value is None:
        return DASH
    text = f"{round(value):,d}"
    return "$" + text if money else text


def compact(value, money=False):
    """Short form for axes and crowded labels: 1500 -> '1.5K', 632294 -> '632K', 334093020 -> '334.1M'."""
    if value is None:
        return DASH
    magnitude = abs(value)
    if magnitude >= 1e6:
        text = f"{value / 1e6:.1f}".removesuffix(".0") + "M"
    elif magnitude >= 1e4:
        text = f"{value / 1e3:.0f}K"
    elif magnitude >= 1e3:
        text = f"{value / 1e3:.1f}".removesuffix(".0") + "K"
    else:
        text = f"{value:,.0f}"
    return "$" + text if money else text


def nice_axis(largest, intervals):
    """Top of the value axis and its step: about `intervals` steps of 1, 2 or 5 × 10^k."""
    if not largest or largest <= 0:
        return 1.0, 1.0
    rough = largest / intervals
    power = 10 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= rough * (1 - 1e-9))
    return math.ceil(largest / step - 1e-9) * step, step


def axis(values, money, intervals):
    top, step = nice_axis(max((v for v in values if v is not None), default=0), intervals)
    count = int(round(top / step))
    return top, [(i * step, compact(i * step, money)) for i in range(count + 1)]


# ------------------------------------------------------------------------------------------ data

class Dataset:
    """One CSV: the key column's name, the other columns, and rows of {column: (value, money)}."""

    def __init__(self, name, path):
        self.name = name
        with open(path, newline="", encoding="utf-8") as f:
            header, *rows = list(csv.reader(f))
        if not rows:
            raise SpecError(f"{path}: no rows")
        self.key, self.columns = header[0], header[1:]
        self.order = []
        self.rows = {}
        for row in rows:
            if len(row) != len(header):
                raise SpecError(f"{path}: row {row[0]!r} has {len(row)} cells, the header {len(header)}")
            self.order.append(row[0])
            self.rows[row[0]] = {c: parse(cell) for c, cell in zip(self.columns, row[1:])}

    def cell(self, row, column):
        try:
            return self.rows[row][str(column)]
        except KeyError:
            raise SpecError(f"{self.name}: no cell {row!r} × {column!r}")

    def text(self, row, column):
        value, money = self.cell(row, column)
        return full(value, money)


def load_data(spec):
    data = {}
    for name, entry in spec["data"].items():
        path = entry if isinstance(entry, str) else entry["file"]
        data[name] = Dataset(name, os.path.join(os.path.dirname(SPEC), path))
    return data


def check(spec, data):
    """The spec's checks: each quarterly sum, the TOTALS rows, and the cross-table equalities."""
    problems = []
    for name, entry in spec["data"].items():
        if isinstance(entry, str):
            continue
        d = data[name]
        for rule in entry.get("sums", []):
            for row in d.order:
                parts = [d.cell(row, c)[0] for c in rule["parts"]]
                total = d.cell(row, rule["total"])[0]
                if all(p is None for p in parts) and total is None:
                    continue
                if abs(sum(p or 0 for p in parts) - (total or 0)) > 0.5:
                    problems.append(f"{name}: {row} {'+'.join(rule['parts'])} ≠ {rule['total']}")
        if "totals-row" in entry:
            totals = entry["totals-row"]
            for c in d.columns:
                added = sum(d.cell(r, c)[0] or 0 for r in d.order if r != totals)
                if abs(added - (d.cell(totals, c)[0] or 0)) > 0.5:
                    problems.append(f"{name}: {totals} {c} is not the sum of the rows")
    for rule in spec.get("checks", []):
        cells, equal = rule["cells"], rule["equal"]
        left = [data[cells["data"]].cell(cells["row"], c)[0] for c in cells["columns"]]
        right = [data[equal["data"]].cell(r, equal["column"])[0] for r in equal["rows"]]
        if left != right:
            problems.append(f"check failed: {rule['name']}")
    if problems:
        raise SpecError("; ".join(problems))


# ------------------------------------------------------------------------------------------ content

def runs(text):
    """Inline markup of the spec's paragraphs: **bold**, [[no break]]. -> [(text, bold, nobreak)]."""
    out = []
    for piece in re.split(r"(\*\*.+?\*\*)", text):
        if not piece:
            continue
        bold = piece.startswith("**") and piece.endswith("**") and len(piece) > 4
        inner = piece[2:-2] if bold else piece
        for part in re.split(r"(\[\[.+?\]\])", inner):
            if part.startswith("[[") and part.endswith("]]"):
                out.append((part[2:-2], bold, True))
            elif part:
                out.append((part, bold, False))
    return out


def points(length):
    """'150pt', '2in', '10mm' or a bare number (points) -> points."""
    if isinstance(length, (int, float)):
        return float(length)
    m = re.fullmatch(r"\s*([\d.]+)\s*(pt|in|mm|cm)?\s*", str(length))
    if not m:
        raise SpecError(f"not a length: {length!r}")
    return float(m.group(1)) * {"pt": 1, None: 1, "in": 72, "mm": 72 / 25.4, "cm": 72 / 2.54}[m.group(2)]


def label_for(labels, key):
    return (labels or {}).get(key, key[:1] + key[1:].lower())


def chart(spec_chart, data):
    """A chart definition -> a block with every value, label and axis resolved."""
    c = spec_chart
    d = data[c["data"]]
    labels = c.get("labels")
    block = {"type": "chart", "id": c["id"], "title": c.get("title", ""), "subtitle": c.get("subtitle"),
             "source": c.get("source"), "height": points(c.get("height", "200pt"))}
    if c.get("orientation") == "horizontal":
        column = c["columns"][0]
        rows = [r for r in d.order if r not in c.get("exclude-rows", [])]
        cells = [d.cell(r, column) for r in rows]
        money = c.get("format") == "currency" or any(m for _, m in cells)
        values = [v for v, _ in cells]
        top, ticks = axis(values, money, 5)
        block.update(kind="hbar", categories=[label_for(labels, r) for r in rows], values=values,
                     labels=[full(v, money) for v in values], top=top, ticks=ticks)
    elif c.get("small-multiples"):
        panels = []
        for row in c.get("rows", d.order):
            cells = [d.cell(row, col) for col in c["columns"]]
            money = any(m for _, m in cells)
            values = [v for v, _ in cells]
            top, ticks = axis(values, money, 3)
            crowded = max((v for v in values if v is not None), default=0) >= 1e7
            panels.append({"title": label_for(labels, row), "categories": list(c["columns"]), "values": values,
                           "labels": [(compact if crowded else full)(v, money) for v in values],
                           "top": top, "ticks": ticks})
        block.update(kind="multiples", panels=panels, columns=3)
    else:
        row = c["rows"][0]
        cells = [d.cell(row, col) for col in c["columns"]]
        money = c.get("format") == "currency" or any(m for _, m in cells)
        values = [v for v, _ in cells]
        top, ticks = axis(values, money, 5)
        block.update(kind="bar", categories=list(c["columns"]), values=values,
                     labels=[full(v, money) for v in values], top=top, ticks=ticks)
    return block


def panel_columns(count):
    """Small multiples' columns in all three references: two for four panels, else up to three."""
    return 2 if count == 4 else min(3, count)


def panel_grid(count, width, height, gap_x=22, gap_y=14):
    """-> (columns, panel width, panel height, [(column, row) of each panel])"""
    cols = panel_columns(count)
    rows = -(-count // cols)
    return (cols, (width - gap_x * (cols - 1)) / cols, (height - gap_y * (rows - 1)) / rows,
            [(i % cols, i // cols) for i in range(count)])


def table(t, data):
    d = data[t["data"]]
    specs = t.get("columns") or [d.key] + d.columns
    columns, header, emphasis = [], [], []
    for s in specs:
        column = s if isinstance(s, str) else str(s["column"])
        columns.append(column)
        header.append(column if isinstance(s, str) else str(s.get("header", column)))
        emphasis.append(False if isinstance(s, str) else bool(s.get("emphasis")))
    totals = (t.get("totals") or {}).get("row")
    order = [r for r in d.order if r != totals] + ([totals] if totals else [])
    rows = []
    for r in order:
        rows.append([r if c == d.key else d.text(r, c) for c in columns])
    return {"type": "table", "caption": t.get("caption"), "source": t.get("source"), "header": header,
            "numeric": [c != d.key for c in columns], "emphasis": emphasis, "rows": rows,
            "totals": totals is not None}


def figures(items, data):
    out = []
    for f in items:
        value = str(f["value"]) if "value" in f else data[f["data"]].text(f["row"], f["column"])
        out.append((value, f["label"]))
    return out


def load():
    """-> (document metadata, page layout (margins, header and footer templates), blocks). Raises SpecError when the figures do not check."""
    with open(SPEC, encoding="utf-8") as f:
        # libyaml's loader when PyYAML has it (it does from the wheels); the same result, faster.
        spec = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    data = load_data(spec)
    check(spec, data)
    charts = {c["id"]: c for c in spec.get("charts", [])}
    blocks, count = [], 0
    for item in spec["content"]:
        kind = next(iter(item))
        if kind == "cover":
            c = item["cover"]
            f = c.get("figure")
            blocks.append({"type": "cover", "title": c["title"], "subtitle": c.get("subtitle"),
                           "figure": figures([f], data)[0] if f else None, "details": c.get("details", [])})
        elif kind == "contents":
            blocks.append({"type": "contents", "title": item["contents"], "depth": item.get("depth", 2)})
        elif kind == "heading":
            count += 1
            blocks.append({"type": "heading", "text": item["heading"], "level": item.get("level", 1),
                           "new_page": bool(item.get("new-page")), "id": f"h{count}"})
        elif kind == "paragraph":
            blocks.append({"type": "paragraph", "runs": runs(item["paragraph"]), "style": item.get("style", "body")})
        elif kind == "figures":
            blocks.append({"type": "figures", "items": figures(item["figures"], data)})
        elif kind == "quote":
            blocks.append({"type": "quote", "text": item["quote"], "by": item.get("by")})
        elif kind == "table":
            blocks.append(table(item["table"], data))
        elif kind == "chart":
            if item["chart"] not in charts:
                raise SpecError(f"no chart {item['chart']!r}")
            blocks.append(chart(charts[item["chart"]], data))
        else:
            raise SpecError(f"unknown block {kind!r}")
    doc = dict(spec["document"])
    date = doc.get("date")
    if isinstance(date, str):
        date = datetime.date.fromisoformat(date)
    doc["date"] = date
    page = spec.get("page", {})
    fields = {k: str(v) for k, v in doc.items() if isinstance(v, str)}

    def fill(template):
        # {page}, {pages} and {section} are left for the tool, which alone knows them.
        return re.sub(r"\{(\w+)\}", lambda m: fields.get(m.group(1), m.group(0)), template or "")

    layout = {"margins": {k: points(v) for k, v in page.get("margins", {}).items()},
              "header": [fill(page.get("header", {}).get(s)) for s in ("left", "right")],
              "footer": [fill(page.get("footer", {}).get(s)) for s in ("left", "right")]}
    return doc, layout, blocks


def fail(error):
    """Every reference ends this way on an error: a message on stderr, a non-zero exit."""
    print(f"{os.path.basename(sys.argv[0])}: {error}", file=sys.stderr)
    sys.exit(1)


def output_path():
    """The script's only argument: where to write the PDF."""
    if len(sys.argv) != 2:
        fail(f"usage: {os.path.basename(sys.argv[0])} OUT.pdf")
    return sys.argv[1]


def timed(label, call):
    """Runs the tool's own call; with BENCH_VERBOSE=1 prints how long it alone took (run.py times the whole
    process, not this)."""
    start = time.perf_counter()
    result = call()
    if os.environ.get("BENCH_VERBOSE"):
        print(f"{label} alone: {time.perf_counter() - start:.3f} s", file=sys.stderr)
    return result


def run(main, errors=()):
    """A reference's entry point: `main()`, with the spec's, the file system's and the tool's own `errors`
    reported by `fail` (a tool error's `diagnostic`, when it has one)."""
    try:
        main()
    except (SpecError, OSError, *errors) as error:
        fail(getattr(error, "diagnostic", None) or error)
