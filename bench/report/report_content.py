"""What the three report references share: reading the ALERT report spec (PyYAML: anchors and `<<` merge
keys) and its CSVs at run time, substituting the spec's parameters (`${year}`, `${year - 1}`,
`${year.end}`) as Folio does, checking the figures the way the spec asks (quarterly sums, the regional
TOTALS row, the cross-table check), and resolving the content into plain blocks: cover, contents,
headings, paragraphs (bold and no-break runs, figures read from the data as `{data[ROW][COLUMN]}`), key
figures, quotes, tables (formatted cells), charts (values, value labels, a "nice" axis) and rows (blocks
side by side on a 12-column grid). Each tool then lays these blocks out and draws them itself.

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


# ------------------------------------------------------------------------------------------ parameters
# The spec's `params:` (Sources/FolioSpec/YAML/Parameters.swift): each `${…}` in the spec's strings (keys
# and values, everywhere but under `params:` itself) is replaced before anything is read, so data paths,
# column names, checks and titles all follow the parameter. `${name}`, `${name + n}` / `${name - n}` (a
# number, year or fiscal year shifted), `${name.start}` / `${name.end}` (a fiscal year's calendar years);
# `$${` is a literal `${`. The references take no `--set`: they use the defaults, as `folio build` does.

def fiscal_year(text):
    """'2023-24' or '2023-2024' -> (2023, long form?); anything else -> None."""
    m = re.fullmatch(r"(\d{4})-(\d{2}|\d{4})", text)
    if not m:
        return None
    start, end = int(m.group(1)), m.group(2)
    if int(end) == (start + 1 if len(end) == 4 else (start + 1) % 100):
        return start, len(end) == 4
    return None


def parameter_kind(text):
    """The type of a parameter declared by its value alone."""
    if fiscal_year(text):
        return "fiscal-year"
    if re.fullmatch(r"\d{4}", text):
        return "year"
    try:
        float(text)
        return "number"
    except ValueError:
        return "text"


def parameters(spec):
    """`params:` -> {name: (kind, value)}, defaults only."""
    declared = {}
    for name, entry in (spec.get("params") or {}).items():
        if isinstance(entry, dict):
            if "default" not in entry:
                raise SpecError(f"parameter {name!r} has no default")
            kind, value = entry.get("type", "text"), str(entry["default"])
            if kind == "fiscal-year" and not fiscal_year(value):
                raise SpecError(f"parameter {name!r}: expected a fiscal year such as 2023-24, found {value!r}")
        else:
            value = str(entry)
            kind = parameter_kind(value)
        declared[str(name)] = (kind, value)
    return declared


def evaluate(expression, params):
    """`name`, `name + 2`, `name - 1`, `name.start`, `name.end` -> text."""
    parts = expression.split()
    if not parts:
        raise SpecError("`${}` names no parameter")
    first = parts[0]
    if len(parts) == 1 and "." in first and first.split(".", 1)[0] in params:
        name, part = first.split(".", 1)
        kind, value = params[name]
        if kind != "fiscal-year" or part not in ("start", "end"):
            raise SpecError(f"`${{{first}}}`: only a fiscal year has `.start` and `.end`")
        start, _ = fiscal_year(value)
        return str(start if part == "start" else start + 1)
    if first not in params:
        raise SpecError(f"unknown parameter `{first}` in `${{{expression}}}`")
    kind, value = params[first]
    if len(parts) == 1:
        return value
    if len(parts) != 3 or parts[1] not in ("+", "-") or not re.fullmatch(r"[+-]?\d+", parts[2]):
        raise SpecError(f"expected `${{{first}}}`, `${{{first} + 1}}` or `${{{first} - 1}}`, found `${{{expression}}}`")
    step = int(parts[2]) * (1 if parts[1] == "+" else -1)
    if kind == "fiscal-year":
        start, long_form = fiscal_year(value)
        start += step
        return f"{start}-{start + 1}" if long_form else f"{start}-{(start + 1) % 100:02d}"
    if kind in ("year", "number") and re.fullmatch(r"[+-]?\d+", value):
        return str(int(value) + step)
    raise SpecError(f"`${{{expression}}}`: parameter `{first}` is {kind}; only whole numbers, years and fiscal years are shifted")


def expand(text, params):
    """The text with each `${…}` replaced; `$${` stays a literal `${`."""
    out, rest = [], text
    while (i := rest.find("${")) >= 0:
        if rest[:i].endswith("$"):
            out.append(rest[:i - 1] + "${")
            rest = rest[i + 2:]
            continue
        close = rest.find("}", i + 2)
        if close < 0:
            raise SpecError(f"`${{` without its closing `}}` in {text!r}")
        out.append(rest[:i] + evaluate(rest[i + 2:close].strip(), params))
        rest = rest[close + 1:]
    return "".join(out) + rest


def substitute(node, params):
    """The YAML tree with every `${…}` in its strings replaced; `params:` itself is left as written."""
    if isinstance(node, dict):
        return {(k if not isinstance(k, str) else expand(k, params)):
                (v if k == "params" else substitute(v, params)) for k, v in node.items()}
    if isinstance(node, list):
        return [substitute(v, params) for v in node]
    if isinstance(node, str) and "${" in node:
        return expand(node, params)
    return node


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

REFERENCE = re.compile(r"\\([{}])|(?<!\$)\{([^{}]*)\}")
CELL = re.compile(r"\s*([^\[\]|]+?)\s*\[([^\]]*)\]\s*\[([^\]]*)\]\s*")


def references(text, data):
    """Figures from the data written into a text (Sources/FolioSpec/Readers/FigureReferences.swift):
    `{ice[CHILDREN RESCUED][2023-24]}` prints the cell as a table prints it; `\\{` is a literal brace. Only
    this cell form is read here; Folio's computed figures and filters (`sum`, `| percent:1`) are not."""
    if not isinstance(text, str) or "{" not in text:
        return text

    def one(m):
        if m.group(1):
            return m.group(1)
        cell = CELL.fullmatch(m.group(2))
        if not cell:
            raise SpecError(f"the references read only `{{data[ROW][COLUMN]}}`, found `{m.group(0)}`")
        name, row, column = (g.strip() for g in cell.groups())
        if name not in data:
            raise SpecError(f"`{m.group(0)}`: no data set {name!r}")
        return data[name].text(row, column)

    return REFERENCE.sub(one, text)


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
    block = {"type": "chart", "id": c["id"], "title": references(c.get("title", ""), data),
             "subtitle": references(c.get("subtitle"), data), "source": references(c.get("source"), data),
             "height": points(c.get("height", "200pt"))}
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


def panel_columns(count, width):
    """Small multiples' columns in all three references: two for four panels, else up to three; at most two
    in a column of a row (narrower than NARROW_CHART), as Folio fits them."""
    most = 2 if count == 4 else min(3, count)
    return min(most, 2) if width < NARROW_CHART else most


def panel_grid(count, width, height, gap_x=22, gap_y=14):
    """-> (columns, panel width, panel height, [(column, row) of each panel])"""
    cols = panel_columns(count, width)
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
    return {"type": "table", "caption": references(t.get("caption"), data),
            "source": references(t.get("source"), data), "header": header,
            "numeric": [c != d.key for c in columns], "emphasis": emphasis, "rows": rows,
            "totals": totals is not None}


def figures(items, data):
    out = []
    for f in items:
        value = references(str(f["value"]), data) if "value" in f else data[f["data"]].text(f["row"], f["column"])
        out.append((value, references(f["label"], data)))
    return out


# Rows: blocks side by side on the theme's grid (Sources/FolioLayout/Blocks/RowLayout.swift): 12 columns
# with 12pt gutters; `spans` gives each block's columns (equal shares by default). Where a block's column
# would be narrower than 150pt, Folio stacks the row's blocks instead, and so do the references.
GRID_COLUMNS, GUTTER, NARROWEST_COLUMN = 12, 12.0, 150.0
NARROW_CHART = 360.0                    # small multiples narrower than this get at most two panels a line
ROW_BLOCKS = ("paragraph", "quote", "figures", "chart")
PAGE_SIZES = {"letter": (612.0, 792.0)}


def row_columns(spans, width):
    """-> [(x, width)] of each block of a row in a text block `width` wide."""
    unit = (width - (GRID_COLUMNS - 1) * GUTTER) / GRID_COLUMNS
    out, x = [], 0.0
    for span in spans:
        w = unit * span + (span - 1) * GUTTER
        out.append((x, w))
        x += w + GUTTER
    return out


def row_spans(item):
    blocks = item["row"]
    if not isinstance(blocks, list) or not 2 <= len(blocks) <= 4:
        raise SpecError("a row holds 2 to 4 blocks")
    spans = item.get("spans") or [GRID_COLUMNS // len(blocks)] * len(blocks)
    if (len(spans) != len(blocks) or not all(isinstance(s, int) and s >= 1 for s in spans)
            or sum(spans) > GRID_COLUMNS):
        raise SpecError(f"row spans {spans!r}: expected {len(blocks)} whole numbers adding up to at most {GRID_COLUMNS}")
    return spans


def load():
    """-> (document metadata, page layout (margins, text width, header and footer templates), blocks). Raises
    SpecError when the figures do not check. A chart block has the `width` it is set in (the text block's, or
    its column's in a row); a row block has its `blocks` and their `columns`, [(x, width)]."""
    with open(SPEC, encoding="utf-8") as f:
        # libyaml's loader when PyYAML has it (it does from the wheels); the same result, faster.
        spec = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    spec = substitute(spec, parameters(spec))
    data = load_data(spec)
    check(spec, data)
    charts = {c["id"]: c for c in spec.get("charts", [])}
    page = spec.get("page", {})
    if page.get("size", "letter") not in PAGE_SIZES:
        raise SpecError(f"page size {page.get('size')!r}: the references set letter pages only")
    margins = {k: points(v) for k, v in page.get("margins", {}).items()}
    text_width = PAGE_SIZES[page.get("size", "letter")][0] - margins.get("left", 72) - margins.get("right", 72)
    count = 0

    def read(item, width):
        """One content item -> its blocks (a row whose columns would be too narrow -> its blocks in turn)."""
        nonlocal count
        kind = next(iter(item))
        if kind == "cover":
            c = item["cover"]
            f = c.get("figure")
            return [{"type": "cover", "title": references(c["title"], data), "subtitle": references(c.get("subtitle"), data),
                     "figure": figures([f], data)[0] if f else None, "details": c.get("details", [])}]
        if kind == "contents":
            return [{"type": "contents", "title": item["contents"], "depth": item.get("depth", 2)}]
        if kind == "heading":
            count += 1
            return [{"type": "heading", "text": references(item["heading"], data), "level": item.get("level", 1),
                     "new_page": bool(item.get("new-page")), "id": f"h{count}"}]
        if kind == "paragraph":
            return [{"type": "paragraph", "runs": runs(references(item["paragraph"], data)),
                     "style": item.get("style", "body")}]
        if kind == "figures":
            return [{"type": "figures", "items": figures(item["figures"], data)}]
        if kind == "quote":
            return [{"type": "quote", "text": references(item["quote"], data), "by": references(item.get("by"), data)}]
        if kind == "table":
            return [table(item["table"], data)]
        if kind == "chart":
            if item["chart"] not in charts:
                raise SpecError(f"no chart {item['chart']!r}")
            return [dict(chart(charts[item["chart"]], data), width=width)]
        if kind == "row":
            columns = row_columns(row_spans(item), width)
            children = []
            for child, (_, w) in zip(item["row"], columns):
                if next(iter(child)) not in ROW_BLOCKS:
                    raise SpecError(f"a {next(iter(child))!r} cannot go in a row (the references set {', '.join(ROW_BLOCKS)})")
                children += read(child, w)
            if any(w < NARROWEST_COLUMN for _, w in columns):
                return children
            return [{"type": "row", "blocks": children, "columns": columns}]
        raise SpecError(f"unknown block {kind!r}")

    blocks = [b for item in spec["content"] for b in read(item, text_width)]
    doc = dict(spec["document"])
    date = doc.get("date")
    if isinstance(date, str):
        date = datetime.date.fromisoformat(date)
    doc["date"] = date
    fields = {k: str(v) for k, v in doc.items() if isinstance(v, str)}

    def fill(template):
        # {page}, {pages} and {section} are left for the tool, which alone knows them.
        return re.sub(r"\{(\w+)\}", lambda m: fields.get(m.group(1), m.group(0)), template or "")

    layout = {"margins": margins, "width": text_width,
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
