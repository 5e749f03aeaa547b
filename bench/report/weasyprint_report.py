"""The ALERT annual report with WeasyPrint (HTML + CSS paged media), for timing against Folio as a whole
process.

    python weasyprint_report.py OUT.pdf     (BENCH_VERBOSE=1 also prints the write_pdf call's own time)

Reads ReportSpecs/alert-annual-report-2023-24.yaml and its CSVs at run time (report_content.py), writes
one HTML string and hands it to weasyprint.HTML(string=...).write_pdf(OUT). The CSS does the paged
layout: @page size and margins, a full-bleed cover (a named page without margin boxes), running header
(organisation, title) and footer (the current section through string-set, "Page N of M" through
counter(page) and counter(pages)), headings that start new pages, a table of contents whose page
numbers come from target-counter(), key figures, quotes, tables (figures right-aligned, the 2023-24
column shaded, a TOTALS row), and figures kept whole (break-inside: avoid). The 13 charts are inline
SVG written here in Python: the quarterly bar charts, the three-year small multiples (one panel and one
scale per metric) and the horizontal bars of drugs by location, with gridlines, axis and value labels.
The spec's rows (two charts side by side) are flex boxes with each block in its column's width.
Font: Inter, found through fontconfig. Deterministic: the PDF's dates come from dcterms.created and
dcterms.modified (the spec's date).
"""
import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import report_content as rc  # noqa: E402

import weasyprint  # noqa: E402

NAVY, ACCENT, INK, MUTED = "#15294B", "#0E6BA8", "#1B2331", "#5D6675"
RULE, GRID, SHADE = "#CDD3DB", "#D9DEE5", "#EAF1F8"
e = html.escape


def css_content(template):
    """'Page {page} of {pages}' -> 'Page ' counter(page) ' of ' counter(pages) for a margin box."""
    parts, rest = [], template
    tokens = {"{page}": "counter(page)", "{pages}": "counter(pages)", "{section}": "string(section)"}
    while rest:
        i, token = min(((rest.find(t), t) for t in tokens if t in rest), default=(-1, None))
        if token is None:
            parts.append('"%s"' % rest.replace('"', '\\"'))
            break
        if i:
            parts.append('"%s"' % rest[:i].replace('"', '\\"'))
        parts.append(tokens[token])
        rest = rest[i + len(token):]
    return " ".join(parts) or "none"


def stylesheet(layout):
    m = layout["margins"]
    (hl, hr), (fl, fr) = layout["header"], layout["footer"]
    return f"""
@page {{
  size: letter; margin: {m['top']}pt {m['right']}pt {m['bottom']}pt {m['left']}pt;
  @top-left {{ content: {css_content(hl)}; width: 50%; vertical-align: bottom; padding-bottom: 6pt;
              border-bottom: 0.5pt solid {RULE}; margin-bottom: 24pt; font: 7pt Inter; color: {MUTED} }}
  @top-right {{ content: {css_content(hr)}; width: 50%; text-align: right; vertical-align: bottom; padding-bottom: 6pt;
               border-bottom: 0.5pt solid {RULE}; margin-bottom: 24pt; font: 7pt Inter; color: {MUTED} }}
  @bottom-left {{ content: {css_content(fl)}; vertical-align: top; margin-top: 24pt; font: 7pt Inter; color: {MUTED} }}
  @bottom-right {{ content: {css_content(fr)}; vertical-align: top; margin-top: 24pt; font: 7pt Inter; color: {MUTED} }}
}}
@page cover {{ margin: 0; @top-left {{ content: none; border: none }} @top-right {{ content: none; border: none }}
              @bottom-left {{ content: none }} @bottom-right {{ content: none }} }}
html {{ font-family: Inter; font-size: 9.5pt; line-height: 1.45; color: {INK} }}
body {{ margin: 0 }}
p {{ margin: 0 0 8pt }}
.cover {{ page: cover; height: 11in; break-after: page; position: relative }}
.cover .band {{ background: {NAVY}; color: white; height: 62%; padding: 0.7in 0.8in 0; box-sizing: border-box;
               position: relative }}
.cover .org {{ font-size: 7pt; font-weight: 700; letter-spacing: 0.8pt; text-transform: uppercase }}
.cover .titles {{ position: absolute; left: 0.8in; right: 0.8in; bottom: 0.85in }}
.cover .titles::before {{ content: ""; display: block; width: 34pt; height: 3pt; background: white; margin-bottom: 22pt }}
.cover .title {{ font-size: 30pt; font-weight: 700; line-height: 1.1; margin: 0 0 12pt }}
.cover .subtitle {{ font-size: 13pt }}
.cover .figure {{ margin: 0.45in 0.8in 0; width: 3.1in }}
.cover .figure b {{ display: block; font-size: 36pt; line-height: 1.1; color: {ACCENT} }}
.cover .figure span {{ font-size: 8.5pt; font-weight: 600; color: {MUTED} }}
.cover .details {{ position: absolute; left: 0.8in; right: 0.8in; bottom: 0.95in; border-top: 0.6pt solid {RULE};
                   padding-top: 8pt; font-size: 6.5pt; font-weight: 600; letter-spacing: 1pt; text-transform: uppercase;
                   color: {MUTED} }}
h1 {{ font-size: 20pt; line-height: 1.2; color: {NAVY}; margin: 24pt 0 8pt; break-after: avoid;
      string-set: section content() }}
h1.new-page {{ break-before: page; margin-top: 0 }}
h1::before {{ content: ""; display: block; width: 26pt; height: 3.5pt; background: {ACCENT}; margin-bottom: 12pt }}
h1.contents {{ string-set: none }}
h2 {{ font-size: 13.5pt; color: {NAVY}; margin: 14pt 0 6pt; break-after: avoid }}
.lead {{ font-size: 12pt; line-height: 1.42 }}
.nobreak {{ white-space: nowrap }}
nav.toc ul {{ list-style: none; margin: 12pt 0 0; padding: 0 }}
nav.toc li a {{ color: inherit; text-decoration: none; display: block }}
nav.toc li a::after {{ content: target-counter(attr(href), page); float: right }}
nav.toc li.l1 {{ font-weight: 600; padding: 6pt 0 3pt; border-bottom: 0.6pt solid {RULE} }}
nav.toc li.l2 {{ font-size: 8pt; color: {MUTED}; padding: 2pt 0 0 12pt }}
blockquote {{ margin: 0 0 12pt; padding: 2pt 0 2pt 12pt; border-left: 2.5pt solid {ACCENT}; break-inside: avoid }}
blockquote p {{ font-style: italic; font-size: 11pt; line-height: 1.45; margin: 0 }}
blockquote footer {{ font-size: 7.5pt; font-weight: 600; color: {MUTED}; margin-top: 4pt }}
.figures {{ display: flex; gap: 14pt; margin: 6pt 0 12pt; break-inside: avoid }}
.figures div {{ flex: 1 1 0; border-top: 0.6pt solid {RULE}; padding-top: 8pt; min-width: 0 }}
.figures b {{ display: block; font-size: 24pt; line-height: 1.15; color: {ACCENT}; white-space: nowrap }}
.figures.four b {{ font-size: 21pt }}
.figures span {{ font-size: 7.5pt; color: {MUTED}; line-height: 1.3; display: block; margin-top: 2pt }}
figure {{ margin: 12pt 0 6pt; break-inside: avoid }}
figcaption {{ font-weight: 600; font-size: 8.5pt; margin-bottom: 6pt }}
figure .subtitle {{ font-size: 7pt; color: {MUTED}; margin: -4pt 0 4pt }}
figure .source {{ font-size: 7pt; color: {MUTED}; margin: 5pt 0 0 }}
figure svg {{ display: block }}
.row {{ display: flex; align-items: flex-start; break-inside: avoid }}
.row > div {{ flex: none; min-width: 0 }}
table {{ width: 100%; border-collapse: collapse; font-size: 7.5pt; font-variant-numeric: tabular-nums }}
th {{ font-weight: 400; font-size: 6.5pt; color: {MUTED}; letter-spacing: 0.4pt; text-align: left;
      border-top: 0.8pt solid {INK}; border-bottom: 0.8pt solid {INK}; padding: 4.5pt 4pt }}
td {{ padding: 4.5pt 4pt; border-bottom: 0.4pt solid {RULE} }}
th.num, td.num {{ text-align: right; white-space: nowrap }}
.emph {{ background: {SHADE} }}
tr.totals td {{ font-weight: 700; border-top: 1pt solid {INK}; border-bottom: 1pt solid {INK} }}
"""


def inline(runs):
    out = []
    for text, bold, nobreak in runs:
        t = e(text)
        if nobreak:
            t = f'<span class="nobreak">{t}</span>'
        out.append(f"<strong>{t}</strong>" if bold else t)
    return "".join(out)


# ------------------------------------------------------------------------------------------ SVG charts

def svg_text(x, y, text, size=7, anchor="start", weight=400, fill=MUTED):
    return (f'<text x="{x:.2f}" y="{y:.2f}" font-size="{size}" text-anchor="{anchor}" font-weight="{weight}" '
            f'fill="{fill}">{e(text)}</text>')


def svg_columns(x, y, w, h, values, categories, labels, top, ticks, size, fill_ratio):
    """Vertical bars in the box (x, y, w, h), y down: gridlines and tick labels, bars, value labels."""
    out = []
    for v, label in ticks:
        gy = y + h - h * v / top
        out.append(f'<line x1="{x:.2f}" y1="{gy:.2f}" x2="{x + w:.2f}" y2="{gy:.2f}" stroke="{GRID}" stroke-width="0.5"/>')
        out.append(svg_text(x - 4, gy + size * 0.35, label, size, "end"))
    band = w / len(values)
    bar = band * fill_ratio
    for i, (v, cat, label) in enumerate(zip(values, categories, labels)):
        cx = x + band * (i + 0.5)
        bh = 0 if v is None else h * v / top
        if bh > 0:
            out.append(f'<rect x="{cx - bar / 2:.2f}" y="{y + h - bh:.2f}" width="{bar:.2f}" height="{bh:.2f}" fill="{NAVY}"/>')
        out.append(svg_text(cx, y + h - bh - 4, label, size, "middle", 700 if v is not None else 400,
                            INK if v is not None else MUTED))
        out.append(svg_text(cx, y + h + size + 4, cat, size, "middle"))
    out.append(f'<line x1="{x:.2f}" y1="{y + h:.2f}" x2="{x + w:.2f}" y2="{y + h:.2f}" stroke="{INK}" stroke-width="0.7"/>')
    return out


def svg_rows(x, y, w, h, values, categories, labels, top, ticks, size):
    """Horizontal bars, first category at the top."""
    out = []
    for v, label in ticks:
        gx = x + w * v / top
        out.append(f'<line x1="{gx:.2f}" y1="{y:.2f}" x2="{gx:.2f}" y2="{y + h:.2f}" stroke="{GRID}" stroke-width="0.5"/>')
        out.append(svg_text(gx, y + h + size + 4, label, size, "middle"))
    band = h / len(values)
    bar = band * 0.7
    for i, (v, cat, label) in enumerate(zip(values, categories, labels)):
        cy = y + band * (i + 0.5)
        bw = 0 if v is None else w * v / top
        out.append(f'<rect x="{x:.2f}" y="{cy - bar / 2:.2f}" width="{bw:.2f}" height="{bar:.2f}" fill="{NAVY}"/>')
        out.append(svg_text(x - 5, cy + size * 0.35, cat, size, "end"))
        out.append(svg_text(x + bw + 3, cy + size * 0.35, label, size, "start", 700, INK))
    out.append(f'<line x1="{x:.2f}" y1="{y:.2f}" x2="{x:.2f}" y2="{y + h:.2f}" stroke="{INK}" stroke-width="0.7"/>')
    return out


def svg_chart(block):
    w, h = block["width"], block["height"]
    if block["kind"] == "bar":
        body = svg_columns(28, 12, w - 30, h - 30, block["values"], block["categories"], block["labels"],
                           block["top"], block["ticks"], 7, 0.72)
    elif block["kind"] == "hbar":
        body = svg_rows(80, 4, w - 140, h - 22, block["values"], block["categories"], block["labels"],
                        block["top"], block["ticks"], 7)
    else:
        panels = block["panels"]
        _, pw, ph, cells = rc.panel_grid(len(panels), w, h)
        body = []
        for p, (col, row) in zip(panels, cells):
            px, py = col * (pw + 22), row * (ph + 14)
            body.append(svg_text(px, py + 8, p["title"], 7.5, "start", 600, INK))
            body += svg_columns(px + 26, py + 24, pw - 28, ph - 40, p["values"], p["categories"], p["labels"],
                                p["top"], p["ticks"], 6.5, 0.72)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w:.2f}pt" height="{h:.2f}pt" '
            f'viewBox="0 0 {w:.2f} {h:.2f}" font-family="Inter">' + "".join(body) + "</svg>")


# ------------------------------------------------------------------------------------------ HTML

def block_html(b, meta, headings):
    kind = b["type"]
    if kind == "cover":
        figure = ""
        if b.get("figure"):
            value, label = b["figure"]
            figure = f'<div class="figure"><b>{e(value)}</b><span>{e(label)}</span></div>'
        details = "".join(f"<div>{e(d)}</div>" for d in b.get("details", []))
        return (f'<section class="cover"><div class="band"><div class="org">{e(meta.get("organisation", ""))}</div>'
                f'<div class="titles"><div class="title">{e(b["title"])}</div>'
                f'<div class="subtitle">{e(b.get("subtitle") or "")}</div></div></div>'
                f'{figure}<div class="details">{details}</div></section>')
    if kind == "contents":
        items = "".join(f'<li class="l{h["level"]}"><a href="#{h["id"]}">{e(h["text"])}</a></li>'
                        for h in headings if h["level"] <= b["depth"])
        return f'<nav class="toc"><h1 class="contents">{e(b["title"])}</h1><ul>{items}</ul></nav>'
    if kind == "heading":
        level = b["level"]
        cls = ' class="new-page"' if b["new_page"] else ""
        return f'<h{level} id="{b["id"]}"{cls}>{e(b["text"])}</h{level}>'
    if kind == "paragraph":
        return f'<p class="{e(b["style"])}">{inline(b["runs"])}</p>'
    if kind == "quote":
        by = f'<footer>– {e(b["by"])}</footer>' if b.get("by") else ""
        return f'<blockquote><p>{e(b["text"])}</p>{by}</blockquote>'
    if kind == "figures":
        cls = "figures four" if len(b["items"]) > 3 else "figures"
        return (f'<div class="{cls}">' + "".join(f"<div><b>{e(v)}</b><span>{e(l)}</span></div>"
                                                for v, l in b["items"]) + "</div>")
    if kind == "table":
        def cls(i, extra=""):
            names = (["num"] if b["numeric"][i] else []) + (["emph"] if b["emphasis"][i] else []) + [extra]
            return " ".join(n for n in names if n)
        head = "".join(f'<th class="{cls(i)}">{e(h.upper())}</th>' for i, h in enumerate(b["header"]))
        rows = []
        for r, row in enumerate(b["rows"]):
            tr = ' class="totals"' if b["totals"] and r == len(b["rows"]) - 1 else ""
            rows.append(f"<tr{tr}>" + "".join(f'<td class="{cls(i)}">{e(v)}</td>' for i, v in enumerate(row)) + "</tr>")
        source = f'<p class="source">{e(b["source"])}</p>' if b["source"] else ""
        return (f'<figure class="table"><figcaption>{e(b["caption"] or "")}</figcaption>'
                f'<table><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>{source}</figure>')
    if kind == "chart":
        sub = f'<p class="subtitle">{e(b["subtitle"])}</p>' if b.get("subtitle") else ""
        source = f'<p class="source">{e(b["source"])}</p>' if b.get("source") else ""
        return f'<figure class="chart"><figcaption>{e(b["title"])}</figcaption>{sub}{svg_chart(b)}{source}</figure>'
    if kind == "row":
        # Side by side: each block in a box of its column's width, moved right to its column's start.
        cells, end = [], 0
        for child, (x, w) in zip(b["blocks"], b["columns"]):
            cells.append(f'<div style="width: {w:.2f}pt; margin-left: {x - end:.2f}pt">{block_html(child, meta, headings)}</div>')
            end = x + w
        return f'<div class="row">{"".join(cells)}</div>'
    raise rc.SpecError(f"unknown block {kind!r}")


def page_html(meta, layout, blocks):
    headings = [b for b in blocks if b["type"] == "heading"]
    parts = [block_html(b, meta, headings) for b in blocks]
    date = meta["date"].isoformat()
    head = (f'<meta charset="utf-8"><title>{e(meta["title"])}</title>'
            f'<meta name="author" content="{e(meta.get("author", ""))}">'
            f'<meta name="description" content="{e(meta.get("subject", ""))}">'
            f'<meta name="keywords" content="{e(", ".join(meta.get("keywords", [])))}">'
            f'<meta name="generator" content="bench/report/weasyprint_report.py">'
            f'<meta name="dcterms.created" content="{date}"><meta name="dcterms.modified" content="{date}">'
            f"<style>{stylesheet(layout)}</style>")
    return f'<!DOCTYPE html><html lang="{e(meta.get("language", "en"))}"><head>{head}</head><body>{"".join(parts)}</body></html>'


def main():
    out = rc.output_path()
    meta, layout, blocks = rc.load()
    page = page_html(meta, layout, blocks)
    rc.timed("HTML(...).write_pdf", lambda: weasyprint.HTML(string=page, base_url=rc.HERE).write_pdf(out))


if __name__ == "__main__":
    rc.run(main)
