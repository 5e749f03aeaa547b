"""The ALERT report with WeasyPrint: HTML + CSS paged media (running header/footer with page counters,
tables, key figures, quotes) built from the spec and CSVs. Charts are left out. Usage: weasyprint_report.py OUT.pdf"""
import html
import os
import sys

import weasyprint

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import report_content  # noqa: E402

spec, blocks = report_content.load()
doc = spec["document"]
e = html.escape
css = """
@page { size: letter; margin: 0.95in 0.8in 0.85in;
  @top-left { content: "ALERT"; font: 7.5pt Inter; color: #5B6573 }
  @top-right { content: "%s"; font: 7.5pt Inter; color: #5B6573 }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt Inter; color: #5B6573 } }
@page :first { @top-left { content: none } @top-right { content: none } @bottom-right { content: none } }
body { font: 10pt/14.5pt Inter; color: #1C2430 }
.cover { background: #14284B; color: white; height: 5in; padding: 40pt; page-break-after: always }
.cover h1 { font-size: 36pt; line-height: 40pt; margin-top: 2.5in }
h1 { font-size: 22pt; color: #14284B; page-break-before: always } h2 { font-size: 14pt; color: #14284B }
.lead { font-size: 12.5pt; line-height: 18pt }
blockquote { border-left: 2.5pt solid #0B6FA4; margin: 10pt 0; padding-left: 14pt; font-style: italic; font-size: 12pt }
blockquote cite { display: block; font: normal 600 9pt Inter; color: #5B6573 }
.figures { display: flex; gap: 18pt } .figures div { flex: 1; border-top: 1pt solid #C9CED6 }
.figures b { display: block; font-size: 28pt; line-height: 32pt; color: #0B6FA4 }
table { width: 100%%; border-collapse: collapse; font-size: 8.5pt } caption { text-align: left; font-weight: 600 }
th { font-size: 7.5pt; color: #5B6573; text-align: right; border-bottom: 0.9pt solid #14284B } th:first-child, td:first-child { text-align: left }
td { text-align: right; border-bottom: 0.4pt solid #C9CED6; padding: 4pt 5pt; font-variant-numeric: tabular-nums }
.source { font-size: 7.5pt; color: #5B6573 }
""" % e(doc["title"])
parts = []
for kind, block in blocks:
    if kind == "cover":
        c = block["cover"]
        parts.append(f'<div class="cover"><h1>{e(c["title"])}</h1><p>{e(c.get("subtitle", ""))}</p></div>')
    elif kind == "heading":
        level = block.get("level", 1)
        parts.append(f"<h{level}>{e(block['heading'])}</h{level}>")
    elif kind == "paragraph":
        text = e(block["paragraph"]).replace("**", "").replace("[[", "").replace("]]", "")
        parts.append(f'<p class="{block.get("style", "body")}">{text}</p>')
    elif kind == "quote":
        parts.append(f'<blockquote>{e(block["quote"])}<cite>– {e(block.get("by", ""))}</cite></blockquote>')
    elif kind == "figures":
        parts.append('<div class="figures">' + "".join(f"<div><b>{e(v)}</b>{e(l)}</div>" for v, l in block) + "</div>")
    elif kind == "table":
        head = "".join(f"<th>{e(h)}</th>" for h in block["header"])
        body = "".join("<tr>" + "".join(f"<td>{e(v)}</td>" for v in row) + "</tr>" for row in block["rows"])
        parts.append(f'<table><caption>{e(block["caption"] or "")}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')
        if block["source"]:
            parts.append(f'<p class="source">{e(block["source"])}</p>')
    elif kind == "contents":
        parts.append(f"<h2>{e(block['contents'])}</h2>")
page = f"<html><head><meta charset='utf-8'><title>{e(doc['title'])}</title><style>{css}</style></head><body>{''.join(parts)}</body></html>"
weasyprint.HTML(string=page).write_pdf(sys.argv[1])
