"""The portfolio for paperwork: portfolio.xlsx (the programme's tables) and portfolio.docx
(a summary for the ministry). Same content as index.html."""
from __future__ import annotations

from pathlib import Path

import docx
import pandas as pd
from docx.shared import Cm, Pt

from . import labels
from .docx import _table, _xml_safe
from .exports import _safe_column


def tables(data: dict) -> dict[str, pd.DataFrame]:
    names, strands = labels.section_names(), labels.strand_names()
    nets = pd.DataFrame([{"sieć": labels.network(k), "złożone MID": n["submitted"], "kompletne": n["complete"],
                          "robocze": n["draft"], "plany ulepszeń": n["improvement_plans"],
                          "najczęściej brakuje": ", ".join(f"{names.get(m['section'], m['section'])} ({m['count']})"
                                                           for m in n["missing_most"])}
                         for k, n in data["networks"].items()])
    docs = pd.DataFrame([{"miasto": d["city"] or "—", "sieć": labels.network(d["network"]),
                          "rodzaj": labels.DOCUMENT_TYPES[d["document_type"]], "wersja": d["version"],
                          "data": (d["received_at"] or "")[:10], "ocena": labels.VERDICTS[d["verdict"]],
                          "działań": d["actions"], "brakuje": ", ".join(names.get(s, s) for s in d["missing"]),
                          "plik": d["source_file"], "raport": d["report"]} for d in data["documents"]])
    cards = pd.DataFrame([{"miasto": c["city"], "sieć": labels.network(c["network"]), "wersja": c["version"],
                           "ocena": labels.VERDICTS[c["verdict"]], "działań": c["actions"],
                           "koszt (zł)": c["total_cost_pln"], "finansowanie": ", ".join(c["funding"]),
                           "główne kierunki": "; ".join(f"{strands.get(s['strand'], s['strand'])} "
                                                        f"{round(s['share'] * 100)}%" for s in c["strands"][:3]),
                           "brakuje": ", ".join(names.get(s, s) for s in c["missing"])} for c in data["cities"]])
    return {"Sieci": nets, "Zgłoszenia": docs, "Miasta": cards}


def write_xlsx(data: dict, path: Path) -> None:
    with pd.ExcelWriter(path, engine="openpyxl") as xw:
        for sheet, df in tables(data).items():
            (df.apply(_safe_column) if len(df) else df).to_excel(xw, sheet_name=sheet, index=False)


def write_docx(data: dict, path: Path) -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "DejaVu Sans"
    d.styles["Normal"].font.size = Pt(9.5)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(1.8)
    d.add_heading("Partnerska Inicjatywa Miast — zestawienie zgłoszeń", 0)
    d.add_paragraph(f"Zgłoszeń w katalogu: {len(data['documents'])}. Ocena kompletności według wymaganych "
                    "części szablonu MID i Planu Ulepszeń (pim-docs).")
    t = tables(data)
    d.add_heading("Zestawienie według sieci", 1)
    _table(d, list(t["Sieci"].columns), [[_xml_safe(str(v)) for v in row] for row in t["Sieci"].values.tolist()])
    d.add_heading("Miasta", 1)
    for c in data["cities"]:
        d.add_heading(f"{c['city']} — {labels.network(c['network'])}", 2)
        p = d.add_paragraph()
        p.add_run(f"Ocena: {labels.VERDICTS[c['verdict']]}").bold = True
        p.add_run(f" · wersja {c['version']} · {labels.STATUS[c['status']]} · działań: {c['actions']} · "
                  f"koszt podany: {labels.pln(c['total_cost_pln'])}")
        if c["missing"] or c["incomplete"]:
            names = labels.section_names()
            d.add_paragraph(_xml_safe("Brakuje: " + (", ".join(names.get(s, s) for s in c["missing"]) or "—") +
                                      ("; niepełne: " + ", ".join(names.get(s, s) for s in c["incomplete"])
                                       if c["incomplete"] else "")))
    d.add_heading("Wszystkie zgłoszenia", 1)
    cols = ["miasto", "sieć", "rodzaj", "wersja", "ocena", "plik"]
    _table(d, cols, [[_xml_safe(str(v)) for v in row] for row in t["Zgłoszenia"][cols].values.tolist()]
           if len(t["Zgłoszenia"]) else [])
    d.save(str(path))
