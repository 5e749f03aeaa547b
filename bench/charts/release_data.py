"""What the chart references share: where the data is, the 13 release charts' units and titles (as in
ReportSpecs/release-charts-2023-24.yaml), and reading the CSVs the way the source writes them."""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "ReportSpecs", "data")
SOURCE = "Source: ALERT 2023-24 annual report figures."
FISCAL = "Fiscal years 2021-22 to 2023-24; each panel has its own scale"
QUARTERS = ["Q1", "Q2", "Q3", "Q4"]
YEARS = ["2021-22", "2022-23", "2023-24"]

# data file, quarterly id, title, subtitle, metric, three-year id, title, subtitle (None: FISCAL)
UNITS = [
    ("human-trafficking", "human-trafficking-victim-interventions-by-quarter",
     "Human trafficking victim interventions by quarter, 2023-24", "ALERT Human Trafficking units, Edmonton and Calgary",
     "VICTIM INTERVENTIONS", "human-trafficking-three-years", "Human trafficking, three years", None),
    ("ice", "ice-children-rescued-by-quarter", "Children rescued by quarter, 2023-24",
     "ALERT Internet Child Exploitation (ICE) teams", "CHILDREN RESCUED",
     "ice-three-years", "Internet Child Exploitation, three years", None),
    ("cisa", "cisa-intelligence-reports-by-quarter", "Intelligence reports by quarter, 2023-24",
     "Criminal Intelligence Service Alberta (CISA)", "INTELLIGENCE REPORTS",
     "cisa-three-years", "Criminal Intelligence Service Alberta, three years", None),
    ("organized-crime", "organized-crime-charges-by-quarter",
     "Organized crime and drugs charges laid by quarter, 2023-24", None, "CHARGES LAID",
     "organized-crime-three-years", "Organized crime and drugs, three years", None),
    ("stolen-vehicles", "stolen-vehicles-by-quarter", "Stolen vehicles recovered by quarter, 2023-24", None,
     "STOLEN VEHICLES", "stolen-vehicles-three-years", "Stolen vehicles and recovered assets, three years", None),
    ("firearms", "firearms-examinations-by-quarter", "Firearms examinations by quarter, 2023-24",
     "The firearms unit is new in 2023-24", "FIREARMS EXAMINATIONS",
     "firearms-three-years", "Firearms, three years", "The unit is new in 2023-24, so earlier years have no values"),
]
LOCATIONS = {"CALGARY": "Calgary", "EDMONTON": "Edmonton", "FORT MCMURRAY": "Fort McMurray",
             "GRANDE PRAIRIE": "Grande Prairie", "LETHBRIDGE": "Lethbridge", "LLOYDMINSTER": "Lloydminster",
             "MEDICINE HAT": "Medicine Hat", "RED DEER": "Red Deer"}


def number(cell):
    """'1,149' -> 1149, '$906,814' -> 906814, '$2,741025' -> 2741025, '–' -> None (a gap)."""
    cell = cell.strip()
    if cell in ("", "–", "-"):
        return None
    return float(cell.replace("$", "").replace(",", ""))


def read_table(name):
    """Rows of (first cell, is currency, {column: value or None}), in file order."""
    with open(os.path.join(DATA, name + ".csv"), newline="", encoding="utf-8") as f:
        header, *rows = list(csv.reader(f))
    return [(row[0], any(c.strip().startswith("$") for c in row[1:]),
             {h: number(c) for h, c in zip(header[1:], row[1:])}) for row in rows]


def metric_label(metric):
    label = metric[0] + metric[1:].lower()
    return label.replace("Ibis", "IBIS")


def plain(v):
    return f"{v:,.0f}"
