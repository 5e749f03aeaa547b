"""The ALERT report with Typst (through its Python package, which bundles the compiler): the spec and
CSVs are read, Typst markup is generated, then compiled. Cover, outline, narrative, quotes, key figures,
tables, running header and footer with "Page N of M". Charts are left out (Typst has no chart library
in its standard distribution). Usage: typst_report.py OUT.pdf"""
import os
import sys
import time

import typst

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import report_content  # noqa: E402


def esc(text):
    return "".join("\\" + c if c in "#[]*_`$<>@\\" else c for c in str(text))


spec, blocks = report_content.load()
doc = spec["document"]
out = [
    '#set document(title: "%s", author: "%s")' % (esc(doc["title"]), esc(doc.get("author", ""))),
    '#set text(font: "Inter", size: 10pt, fill: rgb("#1C2430"))',
    '#set par(leading: 0.65em)',
    '#set page(paper: "us-letter", margin: (x: 0.8in, top: 0.95in, bottom: 0.85in),'
    '  header: context { if counter(page).get().first() > 1 [#text(size: 7.5pt, fill: gray)[ALERT #h(1fr) %s]] },'
    '  footer: context { if counter(page).get().first() > 1 [#text(size: 7.5pt, fill: gray)[#h(1fr) Page #counter(page).display() of #counter(page).final().first()]] })'
    % esc(doc["title"]),
    '#show heading.where(level: 1): it => { pagebreak(weak: true); text(size: 22pt, fill: rgb("#14284B"), it) }',
]
for kind, block in blocks:
    if kind == "cover":
        c = block["cover"]
        out.append('#block(fill: rgb("#14284B"), width: 100%%, inset: 40pt, height: 55%%)[#text(fill: white, size: 36pt, weight: "bold")[%s] \\ #text(fill: white, size: 16pt)[%s]]'
                   % (esc(c["title"]), esc(c.get("subtitle", ""))))
        out.append("#pagebreak()")
    elif kind == "contents":
        out.append('#outline(title: [%s], depth: 2)' % esc(block["contents"]))
    elif kind == "heading":
        level = block.get("level", 1)
        out.append("=" * level + " " + esc(block["heading"]))
    elif kind == "paragraph":
        size = "12.5pt" if block.get("style") == "lead" else "10pt"
        out.append("#text(size: %s)[%s]\n" % (size, esc(block["paragraph"]).replace("\\*\\*", "").replace("\\[\\[", "").replace("\\]\\]", "")))
    elif kind == "quote":
        out.append('#block(stroke: (left: 2.5pt + rgb("#0B6FA4")), inset: (left: 14pt))[#emph[%s] \\ #text(size: 9pt, weight: "semibold")[– %s]]'
                   % (esc(block["quote"]), esc(block.get("by", ""))))
    elif kind == "figures":
        cells = ", ".join('[#text(size: 28pt, weight: "bold", fill: rgb("#0B6FA4"))[%s] \\ #text(size: 8.5pt)[%s]]' % (esc(v), esc(l)) for v, l in block)
        out.append("#grid(columns: %d, gutter: 18pt, %s)" % (len(block), cells))
    elif kind == "table":
        cols = len(block["header"])
        cells = ", ".join("[*%s*]" % esc(h) for h in block["header"])
        for row in block["rows"]:
            cells += ", " + ", ".join("[%s]" % esc(v) for v in row)
        out.append("#text(weight: \"semibold\", size: 9pt)[%s]" % esc(block["caption"] or ""))
        out.append('#text(size: 8.5pt)[#table(columns: (auto,) + (1fr,) * %d, align: (left,) + (right,) * %d, stroke: (x: none, y: 0.4pt + luma(200)), %s)]'
                   % (cols - 1, cols - 1, cells))
        if block["source"]:
            out.append("#text(size: 7.5pt, fill: gray)[%s]" % esc(block["source"]))
    elif kind == "page-break":
        out.append("#pagebreak()")
source = "\n".join(out)
start = time.perf_counter()
pdf = typst.compile(source.encode("utf-8"))
compile_seconds = time.perf_counter() - start
with open(sys.argv[1], "wb") as f:
    f.write(pdf)
if os.environ.get("BENCH_VERBOSE"):
    print(f"typst compile alone: {compile_seconds:.3f} s", file=sys.stderr)
