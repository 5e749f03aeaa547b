"""The ALERT annual report with Typst, through the `typst` Python package (which bundles the Typst
compiler), for timing against Folio as a whole process.

    python typst_report.py OUT.pdf          (BENCH_VERBOSE=1 also prints the compile call's own time;
                                             BENCH_TYPST_SOURCE=FILE also saves the generated source)

Reads ReportSpecs/alert-annual-report-2023-24.yaml and its CSVs at run time (report_content.py), writes
Typst source and compiles it in memory to OUT.pdf. The source has: a full-bleed cover page, outline()
for the contents, a running header (organisation, title, rule) and footer (the current section, found
with a query for the last level-1 heading before the footer, and "Page N of M" from counter(page) and
its final value), headings that start new pages, paragraphs, quotes, key figures (grid), tables
(table() with the 2023-24 column shaded, figures right-aligned, a TOTALS row) and the 13 charts.

Charts are drawn with Typst primitives: a few functions defined in the generated source (place, rect,
line, text inside layout()) draw the quarterly bars, the three-year small multiples (a grid of panels,
one scale each) and the horizontal bars of drugs by location, with gridlines, tick and value labels. The
values, labels and axis ticks come from Python; the geometry is computed by Typst. The spec's rows (two
charts side by side) are one-row grids with each column's width.

Font: Inter (OpenType/CFF, which Typst reads), found among the system fonts. The PDF is tagged (Typst's
default). Deterministic: the document date and the compile timestamp are the spec's date.
"""
import datetime
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import report_content as rc  # noqa: E402

import typst  # noqa: E402


def s(text):
    """A Typst string literal (its escapes are JSON's for these texts: \\" \\\\ \\n)."""
    return json.dumps(str(text), ensure_ascii=False)


def num(v):
    return "none" if v is None else repr(float(v))


def arr(items):
    """A Typst array; one element needs the trailing comma."""
    items = list(items)
    return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"


PREAMBLE = r"""
#let navy = rgb("#15294B")
#let accent = rgb("#0E6BA8")
#let ink = rgb("#1B2331")
#let muted = rgb("#5D6675")
#let rule = rgb("#CDD3DB")
#let gridline = rgb("#D9DEE5")
#let shade = rgb("#EAF1F8")

// Vertical bars: values (none = no value, drawn as its label only), category names, value labels,
// the axis top and its ticks ((value, label), ...), in a box of the given height and the full width.
#let columns-chart(values, cats, labels, top, ticks, height, size: 7pt, axis-w: 28pt, ratio: 0.72) = layout(area => {
  let w = area.width
  let top-gap = size + 7pt
  let pw = w - axis-w - 2pt
  let ph = height - top-gap - size - 8pt
  let band = pw / values.len()
  box(width: w, height: height, {
    for (v, lab) in ticks {
      let y = top-gap + ph - ph * v / top
      place(dx: axis-w, dy: y, line(length: pw, stroke: 0.5pt + gridline))
      place(dx: 0pt, dy: y - size * 0.6, box(width: axis-w - 4pt, align(right, text(size, fill: muted, lab))))
    }
    for (i, v) in values.enumerate() {
      let cx = axis-w + band * (i + 0.5)
      let bh = if v == none { 0pt } else { ph * v / top }
      if bh > 0pt {
        place(dx: cx - band * ratio / 2, dy: top-gap + ph - bh, rect(width: band * ratio, height: bh, fill: navy))
      }
      let style = if v == none { (fill: muted) } else { (fill: ink, weight: "bold") }
      place(dx: cx - band / 2, dy: top-gap + ph - bh - size - 4pt,
            box(width: band, align(center, text(size, ..style, labels.at(i)))))
      place(dx: cx - band / 2, dy: top-gap + ph + 4pt, box(width: band, align(center, text(size, fill: muted, cats.at(i)))))
    }
    place(dx: axis-w, dy: top-gap + ph, line(length: pw, stroke: 0.7pt + ink))
  })
})

// Horizontal bars, first category at the top, value labels after the bars.
#let rows-chart(values, cats, labels, top, ticks, height, size: 7pt, axis-w: 80pt, label-w: 60pt) = layout(area => {
  let pw = area.width - axis-w - label-w
  let ph = height - size - 10pt
  let band = ph / values.len()
  box(width: area.width, height: height, {
    for (v, lab) in ticks {
      let x = axis-w + pw * v / top
      place(dx: x, dy: 0pt, line(angle: 90deg, length: ph, stroke: 0.5pt + gridline))
      place(dx: x - 30pt, dy: ph + 5pt, box(width: 60pt, align(center, text(size, fill: muted, lab))))
    }
    for (i, v) in values.enumerate() {
      let cy = band * (i + 0.5)
      let bw = if v == none { 0pt } else { pw * v / top }
      place(dx: axis-w, dy: cy - band * 0.35, rect(width: bw, height: band * 0.7, fill: navy))
      place(dx: 0pt, dy: cy - size * 0.6, box(width: axis-w - 5pt, align(right, text(size, fill: muted, cats.at(i)))))
      place(dx: axis-w + bw + 3pt, dy: cy - size * 0.6, text(size, weight: "bold", fill: ink, labels.at(i)))
    }
    place(dx: axis-w, dy: 0pt, line(angle: 90deg, length: ph, stroke: 0.7pt + ink))
  })
})

// Small multiples: a grid of titled panels, one scale each.
#let multiples(panels, cols, height) = {
  let rows = calc.ceil(panels.len() / cols)
  let ph = (height - 14pt * (rows - 1)) / rows
  grid(columns: (1fr,) * cols, column-gutter: 22pt, row-gutter: 14pt,
    ..panels.map(p => block(height: ph, {
      text(7.5pt, weight: "semibold", fill: ink, p.title)
      v(2pt, weak: true)
      columns-chart(p.values, p.cats, p.labels, p.top, p.ticks, ph - 14pt, size: 6.5pt, axis-w: 26pt)
    })))
}

#let chart-block(title, subtitle, source, body) = block(breakable: false, above: 14pt, below: 8pt, {
  text(8.5pt, weight: "semibold", title)
  if subtitle != none { linebreak(); text(7pt, fill: muted, subtitle) }
  v(6pt, weak: true)
  body
  if source != none { v(5pt, weak: true); text(7pt, fill: muted, source) }
})
"""


def setup(meta, layout):
    m = layout["margins"]
    (hl, hr), (fl, fr) = layout["header"], layout["footer"]

    def content(template):
        """A header/footer template as Typst code, in a context where `section` is known."""
        pieces = []
        rest = template
        tokens = {"{page}": "counter(page).display()", "{pages}": "str(counter(page).final().first())",
                  "{section}": "section"}
        while rest:
            found = [(rest.find(t), t) for t in tokens if t in rest]
            if not found:
                pieces.append(s(rest))
                break
            i, token = min(found)
            if i:
                pieces.append(s(rest[:i]))
            pieces.append(tokens[token])
            rest = rest[i + len(token):]
        return "[" + "".join("#" + p if p[0] == '"' else "#(" + p + ")" for p in pieces) + "]"

    def find(templates):
        """The section query, only where a template asks for it."""
        return "let section = section-name()" if "{section}" in templates else ""

    d = meta["date"]
    keywords = arr(s(k) for k in meta.get("keywords", []))
    lang, _, region = (meta.get("language") or "en").partition("-")
    return f"""
#set document(title: {s(meta['title'])}, author: {s(meta.get('author', ''))}, description: {s(meta.get('subject', ''))},
  keywords: {keywords}, date: datetime(year: {d.year}, month: {d.month}, day: {d.day}, hour: 0, minute: 0, second: 0))
#set text(font: "Inter", size: 9.5pt, fill: ink, lang: {s(lang.lower())}{', region: ' + s(region.upper()) if region else ''})
#set par(leading: 0.78em, spacing: 1.25em)
#let section-name() = {{
  let found = query(heading.where(level: 1, outlined: true).before(here()))
  if found.len() > 0 {{ found.last().body }} else {{ [] }}
}}
#set page(paper: "us-letter", margin: (top: {m['top']}pt, right: {m['right']}pt, bottom: {m['bottom']}pt, left: {m['left']}pt),
  header-ascent: 24pt, footer-descent: 24pt,
  header: context {{
    {find(hl + hr)}
    set text(7pt, fill: muted)
    grid(columns: (1fr, 1fr), {content(hl)}, align(right, {content(hr)}))
    v(-2pt)
    line(length: 100%, stroke: 0.5pt + rule)
  }},
  footer: context {{
    {find(fl + fr)}
    set text(7pt, fill: muted)
    grid(columns: (1fr, auto), {content(fl)}, {content(fr)})
  }})
#show heading.where(level: 1): it => block(above: 0pt, below: 14pt, {{
  rect(width: 26pt, height: 3.5pt, fill: accent, stroke: none)
  v(8pt)
  text(20pt, weight: "bold", fill: navy, it.body)
}})
#show heading.where(level: 2): it => block(above: 16pt, below: 8pt, sticky: true, text(13.5pt, weight: "bold", fill: navy, it.body))
#show outline.entry.where(level: 1): it => block(above: 9pt, below: 0pt, inset: (bottom: 4pt), width: 100%,
  stroke: (bottom: 0.6pt + rule), link(it.element.location(), text(weight: "semibold")[#it.body() #h(1fr) #it.page()]))
#show outline.entry.where(level: 2): it => block(above: 5pt, below: 0pt, width: 100%,
  link(it.element.location(), text(8pt, fill: muted)[#h(12pt)#it.body() #h(1fr) #it.page()]))
"""


def inline(runs):
    out = []
    for text, bold, nobreak in runs:
        piece = f"box({s(text)})" if nobreak else s(text)
        out.append(f"#strong({piece})" if bold else "#" + piece)
    return "".join(out)


def chart(b):
    h = f"{b['height']}pt"
    if b["kind"] == "multiples":
        cols = rc.panel_columns(len(b["panels"]), b["width"])
        panels = arr(f"(title: {s(p['title'])}, values: {arr(num(v) for v in p['values'])}, "
                     f"cats: {arr(s(c) for c in p['categories'])}, labels: {arr(s(x) for x in p['labels'])}, "
                     f"top: {num(p['top'])}, ticks: {arr(arr([num(v), s(t)]) for v, t in p['ticks'])})"
                     for p in b["panels"])
        body = f"multiples({panels}, {cols}, {h})"
    else:
        fn = "rows-chart" if b["kind"] == "hbar" else "columns-chart"
        body = (f"{fn}({arr(num(v) for v in b['values'])}, {arr(s(c) for c in b['categories'])}, "
                f"{arr(s(x) for x in b['labels'])}, {num(b['top'])}, "
                f"{arr(arr([num(v), s(t)]) for v, t in b['ticks'])}, {h})")
    sub = s(b["subtitle"]) if b.get("subtitle") else "none"
    source = s(b["source"]) if b.get("source") else "none"
    return f"#chart-block({s(b['title'])}, {sub}, {source}, {body})"


def table(b):
    n = len(b["header"])
    last = len(b["rows"]) - 1
    shade = [i for i, x in enumerate(b["emphasis"]) if x]
    align = arr("right" if x else "left" for x in b["numeric"])
    cells = ["table.hline(stroke: 0.8pt + ink)",
             "table.header(" + ", ".join(f"text(6.5pt, fill: muted, tracking: 0.4pt, {s(h.upper())})"
                                         for h in b["header"]) + ")",
             "table.hline(stroke: 0.8pt + ink)"]
    for r, row in enumerate(b["rows"]):
        totals = b["totals"] and r == last
        if totals:
            cells.append("table.hline(stroke: 1pt + ink)")
        cells += [f"strong({s(v)})" if totals else s(v) for v in row]
        cells.append("table.hline(stroke: " + ("1pt + ink" if totals else "0.4pt + rule") + ")")
    fill = f"(x, y) => if x in {arr(str(i) for i in shade)} {{ shade }}" if shade else "none"
    source = f"\n  v(5pt, weak: true); text(7pt, fill: muted, {s(b['source'])})" if b["source"] else ""
    return (f"#block(breakable: false, above: 14pt, below: 8pt, {{\n"
            f"  text(8.5pt, weight: \"semibold\", {s(b['caption'] or '')}); v(6pt, weak: true)\n"
            f"  set text(7.5pt, number-type: \"lining\", number-width: \"tabular\")\n"
            f"  table(columns: (1fr,) + (auto,) * {n - 1}, align: {align} , stroke: none, inset: (x: 5pt, y: 6pt),\n"
            f"    fill: {fill},\n    " + ",\n    ".join(cells) + f"){source}\n}})")


def cover(meta, b):
    fig = ""
    if b.get("figure"):
        value, label = b["figure"]
        fig = (f"place(top + left, dx: 0.8in, dy: 62% + 0.45in, box(width: 3.1in, {{\n"
               f"    text(36pt, weight: \"bold\", fill: accent, {s(value)}); linebreak()\n"
               f"    text(8.5pt, weight: \"semibold\", fill: muted, {s(label)}) }}))")
    details = "; linebreak(); ".join(s(d.upper()) for d in b.get("details", []))
    return f"""
#page(margin: 0pt, header: none, footer: none, background: place(top, rect(width: 100%, height: 62%, fill: navy)), {{
  place(top + left, dx: 0.8in, dy: 0.7in, text(7pt, weight: "bold", fill: white, tracking: 0.8pt, {s(meta.get('organisation', '').upper())}))
  place(bottom + left, dx: 0.8in, dy: -(38% + 0.85in), block(width: 100% - 1.6in, {{
    set text(fill: white)
    rect(width: 34pt, height: 3pt, fill: white, stroke: none); v(14pt)
    text(30pt, weight: "bold", {s(b['title'])}); v(10pt, weak: true)
    text(13pt, {s(b.get('subtitle') or '')}) }}))
  {fig}
  place(bottom + left, dx: 0.8in, dy: -0.95in, block(width: 100% - 1.6in, stroke: (top: 0.6pt + rule), inset: (top: 8pt), {{
    set text(6.5pt, weight: "semibold", fill: muted, tracking: 1pt)
    {details} }}))
}})
"""


def block_source(meta, b):
    """One block as Typst markup (a line starting with `#`)."""
    kind = b["type"]
    if kind == "cover":
        return cover(meta, b)
    if kind == "contents":
        return f"#outline(title: {s(b['title'])}, depth: {b['depth']}, indent: 0pt)"
    if kind == "heading":
        # A level-1 heading that does not start a page (the closing section) gets the space above it here.
        before = "#pagebreak(weak: true)\n" if b["new_page"] else "#v(18pt, weak: true)\n" if b["level"] == 1 else ""
        return f"{before}#heading(level: {b['level']}, {s(b['text'])})"
    if kind == "paragraph":
        size = "12pt" if b["style"] == "lead" else "9.5pt"
        return f"#par(text({size}, [{inline(b['runs'])}]))"
    if kind == "quote":
        by = f"; v(4pt, weak: true); text(7.5pt, weight: \"semibold\", fill: muted, {s('– ' + b['by'])})" if b.get("by") else ""
        return (f"#block(breakable: false, stroke: (left: 2.5pt + accent), inset: (left: 12pt, y: 2pt), below: 14pt, "
                f"{{ text(11pt, style: \"italic\", {s(b['text'])}){by} }})")
    if kind == "figures":
        big = "21pt" if len(b["items"]) > 3 else "24pt"
        cells = ", ".join(f"block(width: 100%, stroke: (top: 0.6pt + rule), inset: (top: 8pt), {{ "
                          f"text({big}, weight: \"bold\", fill: accent, {s(v)}); v(9pt, weak: true); "
                          f"text(7.5pt, fill: muted, {s(l)}) }})" for v, l in b["items"])
        return (f"#block(breakable: false, above: 12pt, below: 14pt, grid(columns: (1fr,) * {len(b['items'])}, "
                f"column-gutter: 14pt, {cells}))")
    if kind == "table":
        return table(b)
    if kind == "chart":
        return chart(b)
    if kind == "row":
        # Side by side: a one-row grid with each column's width, the blocks' markup in its cells.
        widths, end, cells = [], 0, []
        for child, (x, w) in zip(b["blocks"], b["columns"]):
            if x > end:
                widths.append(f"{x - end:.2f}pt")
                cells.append("[]")
            widths.append(f"{w:.2f}pt")
            cells.append("[\n" + block_source(meta, child) + "\n]")
            end = x + w
        return f"#block(breakable: false, above: 14pt, below: 8pt, grid(columns: {arr(widths)}, " + ", ".join(cells) + "))"
    raise rc.SpecError(f"unknown block {kind!r}")


def source_for(meta, layout, blocks):
    return "\n".join([PREAMBLE, setup(meta, layout)] + [block_source(meta, b) for b in blocks]) + "\n"


def main():
    out = rc.output_path()
    meta, layout, blocks = rc.load()
    source = source_for(meta, layout, blocks)
    if os.environ.get("BENCH_TYPST_SOURCE"):
        with open(os.environ["BENCH_TYPST_SOURCE"], "w", encoding="utf-8") as f:
            f.write(source)
    stamp = datetime.datetime.combine(meta["date"], datetime.time(0), tzinfo=datetime.timezone.utc)
    rc.timed("typst.compile", lambda: typst.compile(source.encode("utf-8"), output=out, timestamp=stamp))


if __name__ == "__main__":
    rc.run(main, errors=(typst.TypstError,))
