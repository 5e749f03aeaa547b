"""Reads the ALERT report spec and its data for the reference tools: blocks in order, with tables and
key figures resolved from the CSVs (each tool then builds its own document from these)."""
import csv
import os

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SPEC = os.path.join(ROOT, "ReportSpecs", "alert-annual-report-2023-24.yaml")


def number(text):
    text = text.strip()
    if text in ("", "–", "—", "-"):
        return None
    return float(text.replace("$", "").replace(",", ""))


def fmt(raw):
    """As the source prints it, with the malformed grouping repaired."""
    value = number(raw)
    if value is None:
        return "–"
    text = f"{value:,.0f}"
    return "$" + text if raw.strip().startswith("$") else text


def load():
    with open(SPEC, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    data = {}
    for name, entry in spec["data"].items():
        path = entry if isinstance(entry, str) else entry["file"]
        with open(os.path.join(ROOT, "ReportSpecs", path), encoding="utf-8") as f:
            rows = list(csv.reader(f))
        data[name] = (rows[0], rows[1:])
    blocks = []
    for block in spec["content"]:
        if isinstance(block, str):
            blocks.append(("page-break", None))
            continue
        kind = next(iter(block))
        if kind == "table":
            t = block["table"]
            header, rows = data[t["data"]]
            columns = [c if isinstance(c, str) else c["column"] for c in t.get("columns", header)]
            heads = [c if isinstance(c, str) else c.get("header", c["column"]) for c in t.get("columns", header)]
            index = [header.index(c) for c in columns]
            body = [[r[i] if i == 0 else fmt(r[i]) for i in index] for r in rows]
            blocks.append(("table", {"caption": t.get("caption"), "source": t.get("source"), "header": heads, "rows": body}))
        elif kind == "figures":
            items = []
            for fig in block["figures"]:
                if "value" in fig:
                    items.append((str(fig["value"]), fig["label"]))
                else:
                    header, rows = data[fig["data"]]
                    row = next(r for r in rows if r[0] == fig["row"])
                    items.append((fmt(row[header.index(str(fig["column"]))]), fig["label"]))
            blocks.append(("figures", items))
        elif kind == "chart":
            continue
        else:
            blocks.append((kind, block))
    return spec, blocks
