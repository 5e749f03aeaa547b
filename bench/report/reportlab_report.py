"""The ALERT report with ReportLab platypus: page templates with running header/footer ("Page N of M"
through a two-pass canvas), paragraphs, quotes, key figures, tables with TableStyle. ReportLab cannot load
Inter's OpenType/CFF files, so it uses its built-in Helvetica. Charts are left out. Usage: reportlab_report.py OUT.pdf"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen import canvas
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import report_content  # noqa: E402

NAVY, ACCENT, MUTED = colors.HexColor("#14284B"), colors.HexColor("#0B6FA4"), colors.HexColor("#5B6573")
body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14.5, spaceAfter=8)
lead = ParagraphStyle("lead", parent=body, fontSize=12.5, leading=18)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=22, leading=28, textColor=NAVY, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=14, leading=18, textColor=NAVY, spaceBefore=12, spaceAfter=6)
quote = ParagraphStyle("quote", fontName="Helvetica-Oblique", fontSize=12, leading=17.5, leftIndent=18)
by = ParagraphStyle("by", fontName="Helvetica-Bold", fontSize=9, leading=13, textColor=MUTED, leftIndent=18, spaceAfter=14)
small = ParagraphStyle("small", fontName="Helvetica", fontSize=7.5, leading=10, textColor=MUTED)
cap = ParagraphStyle("cap", fontName="Helvetica-Bold", fontSize=9, leading=12, spaceBefore=14, spaceAfter=6)


class NumberedCanvas(canvas.Canvas):
    """Keeps pages until the end so the footer can say "Page N of M"."""
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.pages = []

    def showPage(self):
        self.pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self.pages)
        for state in self.pages:
            self.__dict__.update(state)
            if self._pageNumber > 1:
                self.setFont("Helvetica", 7.5)
                self.setFillColor(MUTED)
                self.drawString(0.8 * inch, letter[1] - 0.6 * inch, "ALERT")
                self.drawRightString(letter[0] - 0.8 * inch, 0.5 * inch, f"Page {self._pageNumber} of {total}")
            super().showPage()
        super().save()


spec, blocks = report_content.load()
story = []
for kind, block in blocks:
    if kind == "cover":
        c = block["cover"]
        story += [Spacer(1, 3 * inch), Paragraph(c["title"], ParagraphStyle("t", parent=h1, fontSize=36, leading=40)),
                  Paragraph(c.get("subtitle", ""), lead), PageBreak()]
    elif kind == "heading":
        if block.get("new-page"):
            story.append(PageBreak())
        story.append(Paragraph(block["heading"], h1 if block.get("level", 1) == 1 else h2))
    elif kind == "paragraph":
        text = block["paragraph"].replace("&", "&amp;").replace("<", "&lt;").replace("**", "").replace("[[", "").replace("]]", "")
        story.append(Paragraph(text, lead if block.get("style") == "lead" else body))
    elif kind == "quote":
        story.append(KeepTogether([Paragraph(block["quote"], quote), Paragraph("– " + block.get("by", ""), by)]))
    elif kind == "figures":
        cells = [[Paragraph(f'<font size="28" color="#0B6FA4"><b>{v}</b></font><br/><br/>{l}', body) for v, l in block]]
        story.append(Table(cells, colWidths=[6.9 * inch / len(block)] * len(block)))
    elif kind == "table":
        data = [block["header"]] + block["rows"]
        t = Table(data, repeatRows=1)
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.5),
                               ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 0.9, NAVY),
                               ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#C9CED6"))]))
        story += [Paragraph(block["caption"] or "", cap), t]
        if block["source"]:
            story.append(Paragraph(block["source"], small))
    elif kind == "contents":
        story.append(Paragraph(block["contents"], h1))
doc = SimpleDocTemplate(sys.argv[1], pagesize=letter, leftMargin=0.8 * inch, rightMargin=0.8 * inch,
                        topMargin=0.95 * inch, bottomMargin=0.85 * inch, title=spec["document"]["title"], invariant=1)
doc.build(story, canvasmaker=NumberedCanvas)
