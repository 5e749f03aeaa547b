"""The ALERT annual report with ReportLab platypus, for timing against Folio as a whole process.

    python reportlab_report.py OUT.pdf      (BENCH_VERBOSE=1 also prints the multiBuild call's own time)

Reads ReportSpecs/alert-annual-report-2023-24.yaml and its CSVs at run time (report_content.py) and
builds: a cover page template (navy band, title, headline figure), a table of contents (TableOfContents,
filled by a second pass of multiBuild), body pages with a running header (organisation, title) and
footer (current section, "Page N of M"), paragraphs, quotes, key figures, tables (Table + TableStyle:
right-aligned figures, the 2023-24 column shaded, a TOTALS row) and the 13 charts as reportlab.graphics
Drawings (VerticalBarChart for the quarterly bars and the small-multiple panels, HorizontalBarChart for
drugs by location), each kept together with its title and source note (KeepTogether). The spec's rows
(two charts side by side) are one-row Tables with each block's flowables in its column.

Font: ReportLab's TTFont cannot read Inter's OpenType/CFF files ("postscript outlines are not
supported"), so Liberation Sans (a TrueType file of fonts-liberation) is embedded instead, or DejaVu
Sans if Liberation is missing.

"Page N of M": multiBuild lays the story out until every indexing flowable is satisfied. The table of
contents needs a second pass anyway; a zero-size PageTotal flowable remembers the page count of the
previous pass and asks for another pass until it stops changing, so the footer knows M.
Deterministic: invariant mode (fixed /ID) and creation/modification dates fixed to the spec's date.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import report_content as rc  # noqa: E402

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart  # noqa: E402
from reportlab.graphics.charts.textlabels import NA_Label  # noqa: E402
from reportlab.graphics.shapes import Drawing, String  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether,  # noqa: E402
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)
from reportlab.platypus.tableofcontents import TableOfContents  # noqa: E402

NAVY = colors.HexColor("#15294B")
ACCENT = colors.HexColor("#0E6BA8")
INK = colors.HexColor("#1B2331")
MUTED = colors.HexColor("#5D6675")
RULE = colors.HexColor("#CDD3DB")
GRID = colors.HexColor("#D9DEE5")
SHADE = colors.HexColor("#EAF1F8")
PAGE_W, PAGE_H = letter

FONT_FILES = [
    ("/usr/share/fonts/truetype/liberation", "LiberationSans-{}.ttf", ("Regular", "Bold", "Italic", "BoldItalic")),
    ("/usr/share/fonts/truetype/dejavu", "DejaVuSans{}.ttf", ("", "-Bold", "-Oblique", "-BoldOblique")),
]


def register_fonts():
    for folder, pattern, faces in FONT_FILES:
        paths = [os.path.join(folder, pattern.format(f)) for f in faces]
        if all(os.path.exists(p) for p in paths):
            for name, path in zip(("Sans", "Sans-Bold", "Sans-Italic", "Sans-BoldItalic"), paths):
                pdfmetrics.registerFont(TTFont(name, path))
            pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Italic",
                                          boldItalic="Sans-BoldItalic")
            return
    raise rc.SpecError("no TrueType sans-serif font found (fonts-liberation or fonts-dejavu-core)")


register_fonts()
REG, BOLD, ITAL = "Sans", "Sans-Bold", "Sans-Italic"

S = {
    "body": ParagraphStyle("body", fontName=REG, fontSize=9.5, leading=14, textColor=INK, spaceAfter=8),
    "lead": ParagraphStyle("lead", fontName=REG, fontSize=12, leading=17, textColor=INK, spaceAfter=10),
    "h1": ParagraphStyle("h1", fontName=BOLD, fontSize=20, leading=24, textColor=NAVY, spaceAfter=8),
    "h2": ParagraphStyle("h2", fontName=BOLD, fontSize=13.5, leading=17, textColor=NAVY, spaceBefore=14,
                         spaceAfter=6, keepWithNext=1),
    "quote": ParagraphStyle("quote", fontName=ITAL, fontSize=11, leading=16, textColor=INK),
    "by": ParagraphStyle("by", fontName=BOLD, fontSize=7.5, leading=10, textColor=MUTED, spaceBefore=4),
    "caption": ParagraphStyle("caption", fontName=BOLD, fontSize=8.5, leading=11, textColor=INK, spaceBefore=12,
                              spaceAfter=6),
    "note": ParagraphStyle("note", fontName=REG, fontSize=7, leading=9, textColor=MUTED, spaceBefore=5,
                           spaceAfter=6),
    "subtitle": ParagraphStyle("subtitle", fontName=REG, fontSize=7, leading=9, textColor=MUTED, spaceAfter=2),
    "figure": ParagraphStyle("figure", fontName=BOLD, fontSize=24, leading=28, textColor=ACCENT),
    "figlabel": ParagraphStyle("figlabel", fontName=REG, fontSize=7.5, leading=9.5, textColor=MUTED),
    "cell": ParagraphStyle("cell", fontName=REG, fontSize=7.5, leading=9.5, textColor=INK),
    "cellbold": ParagraphStyle("cellbold", fontName=BOLD, fontSize=7.5, leading=9.5, textColor=INK),
    "toc0": ParagraphStyle("toc0", fontName=BOLD, fontSize=9.5, leading=13, textColor=INK, spaceBefore=6),
    "toc1": ParagraphStyle("toc1", fontName=REG, fontSize=8, leading=11, textColor=MUTED, leftIndent=12),
}


def esc(text):
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup(runs):
    out = []
    for text, bold, nobreak in runs:
        t = esc(text)
        if nobreak:
            t = t.replace(" ", "\u00a0").replace("-", "\u2011")
        out.append(f"<b>{t}</b>" if bold else t)
    return "".join(out)


# ------------------------------------------------------------------------------------------ flowables

class PageTotal(Flowable):
    """Zero-size indexing flowable: the number of pages of the previous pass, for "Page N of M"."""

    def __init__(self, doc):
        super().__init__()
        self.doc, self.total, self.previous = doc, 0, -1
        self.width = self.height = 0

    def isIndexing(self):
        return 1

    def isSatisfied(self):
        return self.total == self.previous

    def beforeBuild(self):
        self.previous = self.total

    def afterBuild(self):
        self.total = self.doc.page

    def notify(self, kind, stuff):
        pass

    def wrap(self, availWidth, availHeight):
        return 0, 0

    def draw(self):
        pass


class Heading(Flowable):
    """A heading paragraph, with the accent bar above it at level 1; notifies the TOC and the footer."""

    def __init__(self, block):
        super().__init__()
        self.block = block
        self.level = block["level"]
        self.para = Paragraph(esc(block["text"]), S["h1"] if self.level == 1 else S["h2"])
        self.bar = 14 if self.level == 1 else 0
        self.keepWithNext = 1

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        _, h = self.para.wrap(availWidth, availHeight)
        self.height = h + self.bar
        return availWidth, self.height

    def getSpaceBefore(self):
        return self.para.getSpaceBefore()

    def getSpaceAfter(self):
        return self.para.getSpaceAfter()

    def draw(self):
        if self.bar:
            self.canv.setFillColor(ACCENT)
            self.canv.rect(0, self.height - 3.5, 26, 3.5, stroke=0, fill=1)
        self.para.drawOn(self.canv, 0, 0)


class Cover(Flowable):
    """The cover's text, drawn over the navy band that the cover page template paints."""

    def __init__(self, block, doc_meta):
        super().__init__()
        self.block, self.meta = block, doc_meta

    def wrap(self, availWidth, availHeight):
        self.width, self.height = availWidth, availHeight - 1
        return self.width, self.height

    def draw(self):
        c, b = self.canv, self.block
        top = self.height                      # frame coordinates: the frame spans the margins
        white = colors.white
        c.setFillColor(white)
        c.setFont(BOLD, 7)
        c.drawString(0, top - 8, self.meta.get("organisation", "").upper())
        band_bottom = top - 0.62 * PAGE_H + 68
        c.rect(0, band_bottom + 150, 34, 3, stroke=0, fill=1)
        title = Paragraph(esc(b["title"]), ParagraphStyle("ct", fontName=BOLD, fontSize=30, leading=34,
                                                          textColor=white))
        _, th = title.wrap(self.width, 200)
        title.drawOn(c, 0, band_bottom + 136 - th)
        if b.get("subtitle"):
            c.setFont(REG, 13)
            c.drawString(0, band_bottom + 136 - th - 26, b["subtitle"])
        if b.get("figure"):
            value, label = b["figure"]
            c.setFillColor(ACCENT)
            c.setFont(BOLD, 36)
            c.drawString(0, band_bottom - 92, value)
            lab = Paragraph(esc(label), ParagraphStyle("cl", fontName=BOLD, fontSize=8.5, leading=11,
                                                       textColor=MUTED))
            _, lh = lab.wrap(220, 100)
            lab.drawOn(c, 0, band_bottom - 104 - lh)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(0, 40, self.width, 40)
        c.setFillColor(MUTED)
        c.setFont(BOLD, 6.5)
        for i, line in enumerate(b.get("details", [])):
            c.drawString(0, 28 - i * 11, line.upper(), charSpace=1)


# ------------------------------------------------------------------------------------------ blocks

def figures_table(items, width):
    gap = 14
    n = len(items)
    col = (width - gap * (n - 1)) / n
    cells, widths = [], []
    for i, (value, label) in enumerate(items):
        if i:
            cells.append("")
            widths.append(gap)
        # The big number shrinks to fit its column ("$5,334,163" in four columns).
        size = min(S["figure"].fontSize, 0.95 * col / max(pdfmetrics.stringWidth(value, BOLD, 1), 1))
        big = ParagraphStyle("fig", parent=S["figure"], fontSize=size, leading=size * 1.15)
        cells.append([Paragraph(esc(value), big), Spacer(1, 2), Paragraph(esc(label), S["figlabel"])])
        widths.append(col)
    t = Table([cells], colWidths=widths)
    style = [("FONT", (0, 0), (-1, -1), REG), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
             ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 8)]
    style += [("LINEABOVE", (i * 2, 0), (i * 2, 0), 0.6, RULE) for i in range(n)]
    t.setStyle(TableStyle(style))
    return [Spacer(1, 6), t, Spacer(1, 12)]


def data_table(block, width):
    header = block["header"]
    n = len(header)
    # Figure columns as wide as their widest cell, the metric column takes up to 1.9in of the rest (its
    # names wrap), and what is left is spread over the figure columns.
    natural = [max(pdfmetrics.stringWidth(r[i], BOLD, 7.5) for r in block["rows"]) + 10 for i in range(1, n)]
    first = max(1.2 * 72, min(1.9 * 72, width - sum(natural)))
    spare = (width - first - sum(natural)) / (n - 1)
    widths = [first] + [w + spare for w in natural]
    head_style = ParagraphStyle("th", fontName=REG, fontSize=6.5, leading=8, textColor=MUTED)
    head_right = ParagraphStyle("thr", parent=head_style, alignment=TA_RIGHT)
    rows = [[Paragraph(esc(h.upper()), head_right if block["numeric"][i] else head_style)
             for i, h in enumerate(header)]]
    last = len(block["rows"])
    for r, row in enumerate(block["rows"], start=1):
        left = S["cellbold" if block["totals"] and r == last else "cell"]
        right = ParagraphStyle(left.name + "r", parent=left, alignment=TA_RIGHT)
        rows.append([Paragraph(esc(v), right if block["numeric"][i] else left) for i, v in enumerate(row)])
    style = [
        ("FONT", (0, 0), (-1, -1), REG, 7.5), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK), ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
    ]
    for i, emphasised in enumerate(block["emphasis"]):
        if emphasised:
            style.append(("BACKGROUND", (i, 0), (i, -1), SHADE))
    if block["totals"]:
        style += [("LINEABOVE", (0, -1), (-1, -1), 1, INK),
                  ("LINEBELOW", (0, -1), (-1, -1), 1, INK)]
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle(style))
    parts = [Paragraph(esc(block["caption"] or ""), S["caption"]), t]
    if block["source"]:
        parts.append(Paragraph(esc(block["source"]), S["note"]))
    return [KeepTogether(parts)]


def style_bars(chart, values, labels, top, ticks, font_size):
    chart.data = [values]
    chart.bars[0].fillColor = NAVY
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "values"
    chart.barLabelArray = [labels]
    chart.barLabels.fontName = BOLD
    chart.barLabels.fontSize = font_size
    chart.barLabels.fillColor = INK
    chart.naLabel = NA_Label()
    chart.naLabel.text = rc.DASH
    chart.naLabel.fontName = REG
    chart.naLabel.fontSize = font_size
    chart.naLabel.fillColor = MUTED
    va, ca = chart.valueAxis, chart.categoryAxis
    va.valueMin, va.valueMax = 0, top
    va.valueStep = ticks[1][0] - ticks[0][0] if len(ticks) > 1 else top
    names = {v: text for v, text in ticks}
    va.labelTextFormat = lambda v: names.get(v, rc.compact(v))
    va.labels.fontName, va.labels.fontSize, va.labels.fillColor = REG, font_size, MUTED
    va.visibleAxis = 0
    va.visibleTicks = 0
    va.visibleGrid = 1
    va.gridStrokeColor, va.gridStrokeWidth = GRID, 0.5
    ca.labels.fontName, ca.labels.fontSize, ca.labels.fillColor = REG, font_size, MUTED
    ca.strokeColor, ca.strokeWidth = INK, 0.7
    ca.visibleTicks = 0


def vertical(x, y, w, h, values, categories, labels, top, ticks, font_size, gap_ratio):
    bc = VerticalBarChart()
    bc.x, bc.y, bc.width, bc.height = x, y, w, h
    style_bars(bc, values, labels, top, ticks, font_size)
    bc.categoryAxis.categoryNames = categories
    bc.categoryAxis.labels.dy = -4
    bc.groupSpacing = gap_ratio
    bc.barLabels.nudge = 6
    bc.barLabels.boxAnchor = "s"
    bc.naLabel.nudge = 6
    bc.naLabel.boxAnchor = "s"
    bc.valueAxis.labels.dx = -3
    return bc


def chart_block(block, width):
    h = block["height"]
    d = Drawing(width, h)
    d.initialFontName = REG                  # the drawing's initial state, else Helvetica is referenced
    if block["kind"] == "bar":
        d.add(vertical(26, 16, width - 30, h - 24, block["values"], block["categories"], block["labels"],
                       block["top"], block["ticks"], 7, 14))
    elif block["kind"] == "hbar":
        hb = HorizontalBarChart()
        hb.x, hb.y, hb.width, hb.height = 78, 16, width - 140, h - 20
        style_bars(hb, block["values"], block["labels"], block["top"], block["ticks"], 7)
        hb.categoryAxis.categoryNames = block["categories"]
        hb.categoryAxis.reverseDirection = 1          # first location at the top
        hb.categoryAxis.labels.boxAnchor = "e"
        hb.categoryAxis.labels.dx = -5
        hb.barLabels.boxAnchor = "w"
        hb.barLabels.nudge = 4
        hb.groupSpacing = 6
        d.add(hb)
    else:
        panels = block["panels"]
        _, pw, ph, cells = rc.panel_grid(len(panels), width, h)
        for p, (col, row) in zip(panels, cells):
            px = col * (pw + 22)
            py = h - (row + 1) * ph - row * 14
            d.add(String(px, py + ph - 8, p["title"], fontName=BOLD, fontSize=7.5, fillColor=INK))
            d.add(vertical(px + 24, py + 12, pw - 26, ph - 36, p["values"], p["categories"], p["labels"],
                           p["top"], p["ticks"], 6.5, 10))
    parts = [Paragraph(esc(block["title"]), S["caption"])]
    if block.get("subtitle"):
        parts.append(Paragraph(esc(block["subtitle"]), S["subtitle"]))
    parts.append(d)
    if block.get("source"):
        parts.append(Paragraph(esc(block["source"]), S["note"]))
    return [KeepTogether(parts)]


# ------------------------------------------------------------------------------------------ document

class Report(BaseDocTemplate):
    def __init__(self, path, meta, layout):
        m = layout["margins"]
        super().__init__(path, pagesize=letter, leftMargin=m["left"], rightMargin=m["right"], topMargin=m["top"],
                         bottomMargin=m["bottom"], title=meta["title"], author=meta.get("author", ""),
                         subject=meta.get("subject", ""), keywords=", ".join(meta.get("keywords", [])),
                         creator="bench/report/reportlab_report.py", invariant=1, lang=meta.get("language"),
                         initialFontName=REG)                  # else each page begins in Helvetica
        self.meta, self.layout, self.section = meta, layout, ""
        body = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover = Frame(self.leftMargin, self.bottomMargin, self.width, PAGE_H - self.bottomMargin - 50,
                      id="cover", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("cover", [cover], onPage=self.paint_cover),
                               PageTemplate("body", [body], onPage=self.header, onPageEnd=self.footer)])
        self.total = PageTotal(self)

    def paint_cover(self, canv, doc):
        canv.setFillColor(NAVY)
        canv.rect(0, PAGE_H * 0.38, PAGE_W, PAGE_H * 0.62, stroke=0, fill=1)

    def fill(self, template):
        return (template.replace("{section}", self.section).replace("{page}", str(self.page))
                .replace("{pages}", str(self.total.total or "?")))

    def header(self, canv, doc):
        left, right = self.layout["header"]
        y = PAGE_H - self.topMargin + 28
        canv.setFont(REG, 7)
        canv.setFillColor(MUTED)
        canv.drawString(self.leftMargin, y, self.fill(left))
        canv.drawRightString(PAGE_W - self.rightMargin, y, self.fill(right))
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(self.leftMargin, y - 7, PAGE_W - self.rightMargin, y - 7)

    def footer(self, canv, doc):
        left, right = self.layout["footer"]
        y = self.bottomMargin - 30
        canv.setFont(REG, 7)
        canv.setFillColor(MUTED)
        canv.drawString(self.leftMargin, y, self.fill(left))
        canv.drawRightString(PAGE_W - self.rightMargin, y, self.fill(right))

    def afterFlowable(self, flowable):
        if isinstance(flowable, Heading) and flowable.block.get("outline", True):
            b = flowable.block
            if b["level"] == 1:
                self.section = b["text"]
            self.canv.bookmarkPage(b["id"])
            self.canv.addOutlineEntry(b["text"], b["id"], level=b["level"] - 1)
            self.notify("TOCEntry", (b["level"] - 1, b["text"], self.page, b["id"]))

    def beforeDocument(self):
        self.section = ""


def row_table(block, doc):
    """A row: one table row, each block's flowables in its column (a gutter column between them), kept
    whole as a one-row table is. KeepTogether cannot go in a cell (it asks for a split), so its content does."""
    cells, widths, end = [], [], 0
    for child, (x, w) in zip(block["blocks"], block["columns"]):
        if x > end:
            cells.append("")
            widths.append(x - end)
        parts = []
        for f in flowables(child, w, doc):
            parts += f._content if isinstance(f, KeepTogether) else [f]
        cells.append(parts)
        widths.append(w)
        end = x + w
    t = Table([cells], colWidths=widths, hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [t]


def flowables(b, width, doc):
    """One block's flowables in a column `width` wide (the text block, or a column of a row)."""
    kind = b["type"]
    if kind == "cover":
        return [Cover(b, doc.meta), NextPageTemplate("body"), PageBreak()]
    if kind == "contents":
        toc = TableOfContents(levelStyles=[S["toc0"], S["toc1"]], dotsMinLevel=-1, tableStyle=TableStyle([
            ("FONT", (0, 0), (-1, -1), REG), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        # The contents heading is neither a section (footer) nor an entry of its own.
        return [Heading({"text": b["title"], "level": 1, "id": "contents", "outline": False}), Spacer(1, 8), toc]
    if kind == "heading":
        if b["new_page"]:
            return [PageBreak(), Heading(b)]
        if b["level"] > 1:
            return [CondPageBreak(80), Heading(b)]
        # A level-1 heading that does not start a page (the closing section): space above, 1.5in left below.
        return [CondPageBreak(108), Spacer(1, 18), Heading(b)]
    if kind == "paragraph":
        return [Paragraph(markup(b["runs"]), S["lead" if b["style"] == "lead" else "body"])]
    if kind == "quote":
        inner = [Paragraph(esc(b["text"]), S["quote"])]
        if b.get("by"):
            inner.append(Paragraph("– " + esc(b["by"]), S["by"]))
        q = Table([[inner]], colWidths=[width])
        q.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG), ("LINEBEFORE", (0, 0), (0, 0), 2.5, ACCENT), ("LEFTPADDING", (0, 0), (-1, -1), 12),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        return [KeepTogether([q]), Spacer(1, 12)]
    if kind == "figures":
        return figures_table(b["items"], width)
    if kind == "table":
        return data_table(b, width)
    if kind == "chart":
        return chart_block(b, width)
    if kind == "row":
        return row_table(b, doc)
    raise rc.SpecError(f"unknown block {kind!r}")


def story_for(doc, blocks):
    story = [doc.total]
    for b in blocks:
        story += flowables(b, doc.width, doc)
    return story


def main():
    out = rc.output_path()
    meta, layout, blocks = rc.load()
    doc = Report(out, meta, layout)
    stamp = "D:%s000000+00'00'" % meta["date"].strftime("%Y%m%d")

    def canvas_maker(*args, **kwargs):
        canv = Canvas(*args, **kwargs)
        canv.setDateFormatter(lambda *_: stamp)
        return canv

    story = story_for(doc, blocks)
    rc.timed("multiBuild", lambda: doc.multiBuild(story, canvasmaker=canvas_maker))


if __name__ == "__main__":
    rc.run(main)
