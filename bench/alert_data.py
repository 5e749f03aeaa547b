"""The ALERT figures for the reference tools: the same CSVs Folio reads, parsed the same way
(`–` is no value, `$2,741025` is 2,741,025), and the 13 release charts of release-charts-2023-24.yaml."""
import csv
import os

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "ReportSpecs", "data")
SOURCE = "Source: ALERT 2023-24 annual report figures."
YEARS = ["2021-22", "2022-23", "2023-24"]
QUARTERS = ["Q1", "Q2", "Q3", "Q4"]


def number(text):
    text = text.strip()
    if text in ("", "–", "—", "-"):
        return None
    return float(text.replace("$", "").replace(",", ""))


def table(name):
    with open(os.path.join(DATA, name + ".csv"), encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    return header, [(r[0], {h: number(v) for h, v in zip(header[1:], r[1:])}) for r in rows[1:]]


def label(metric):
    text = metric.capitalize()
    for word in ("IBIS", "Est."):
        text = text.replace(word.lower(), word)
    return text


UNITS = [
    ("human-trafficking", "VICTIM INTERVENTIONS", "Human trafficking victim interventions by quarter, 2023-24", "Human trafficking, three years"),
    ("ice", "CHILDREN RESCUED", "Children rescued by quarter, 2023-24", "Internet Child Exploitation, three years"),
    ("cisa", "INTELLIGENCE REPORTS", "Intelligence reports by quarter, 2023-24", "Criminal Intelligence Service Alberta, three years"),
    ("organized-crime", "CHARGES LAID", "Organized crime and drugs charges laid by quarter, 2023-24", "Organized crime and drugs, three years"),
    ("stolen-vehicles", "STOLEN VEHICLES", "Stolen vehicles recovered by quarter, 2023-24", "Stolen vehicles and recovered assets, three years"),
    ("firearms", "FIREARMS EXAMINATIONS", "Firearms examinations by quarter, 2023-24", "Firearms, three years"),
]
QUARTER_IDS = {"human-trafficking": "human-trafficking-victim-interventions-by-quarter", "ice": "ice-children-rescued-by-quarter",
               "cisa": "cisa-intelligence-reports-by-quarter", "organized-crime": "organized-crime-charges-by-quarter",
               "stolen-vehicles": "stolen-vehicles-by-quarter", "firearms": "firearms-examinations-by-quarter"}


def charts():
    """[(id, kind, title, payload)]: kind 'bars' (labels, values), 'multiples' ([(name, values)]), 'hbars'."""
    out = []
    for unit, metric, quarter_title, years_title in UNITS:
        _, rows = table(unit)
        values = dict(rows)[metric]
        out.append((QUARTER_IDS[unit], "bars", quarter_title, (QUARTERS, [values[q] for q in QUARTERS])))
    for unit, metric, quarter_title, years_title in UNITS:
        _, rows = table(unit)
        out.append((f"{unit}-three-years", "multiples", years_title, [(label(m), [v[y] for y in YEARS]) for m, v in rows]))
    _, rows = table("regional-2023-24")
    places = [(name.title(), v["drugs"]) for name, v in rows if name != "TOTALS"]
    out.append(("organized-crime-drugs-by-location", "hbars", "Estimated value of drugs seized by location, 2023-24", places))
    return out


def fmt(value, money=False):
    if value is None:
        return "–"
    text = f"{value:,.0f}"
    return "$" + text if money else text
