"""The reviewer's Word version of a report (python-docx): the same content as report.html."""
from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from ..model import Report
from . import labels

_STATUS_COLOUR = {"present": "145214", "incomplete": "7A4B00", "missing": "8B0000"}
_VERDICT_COLOUR = {"complete": "145214", "incomplete": "8B0000", "unknown": "7A4B00"}


def _xml_safe(text: str | None) -> str:
    """Word's XML cannot hold control characters; drop them rather than fail."""
    return "".join(c for c in (text or "") if c in "\t\n" or ord(c) >= 32)


def _excerpt(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def _shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _table(d, header: list[str], rows: list[list[str]], widths: list[float] | None = None):
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, header):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        _shade(cell, "EEF1F5")
    # repeat the header row on every page
    trpr = t.rows[0]._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)
    for row in rows:
        cells = t.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = _xml_safe(text)
    if widths:
        t.autofit = False
        for col, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            col.set(qn("w:w"), str(int(Cm(w).twips)))
        for row in t.rows:
            for cell, w in zip(row.cells, widths):
                cell.width = Cm(w)
    return t


def write_report_docx(report: Report, path: Path) -> None:
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    d.styles["Normal"].font.size = Pt(10)
    d.core_properties.title = _xml_safe(f"Raport pim-docs: {report.source_file}")[:250]  # Word's limit: 255
    title = f"{report.city + ': ' if report.city else ''}{labels.DOCUMENT_TYPES[report.document_type]}"
    d.add_heading(_xml_safe(title), level=1)
    d.add_paragraph(_xml_safe(f"Plik: {report.source_file} · sieć: {labels.network(report.network)} · "
                              f"{labels.STATUS[report.status]}"))

    v = report.completeness.verdict
    p = d.add_paragraph()
    run = p.add_run(f"Ocena: {labels.VERDICTS[v].upper()}")
    run.bold = True
    run.font.size = Pt(13)
    run.font.color.rgb = RGBColor.from_string(_VERDICT_COLOUR[v])
    d.add_paragraph(_xml_safe(report.completeness.summary or "Ocena kompletności nie była możliwa."))
    if report.processing.status != "ok":
        d.add_paragraph(f"Odczyt pliku: {labels.PROCESSING[report.processing.status]}.")

    problems = [s for s in report.sections if s.status != "present"]
    if problems:
        d.add_heading("Co trzeba uzupełnić", level=2)
        for s in problems:
            opt = "" if s.required else " (część nieobowiązkowa)"
            d.add_paragraph(_xml_safe(f"{s.name or s.id} — {labels.SECTION_STATUS_LONG[s.status]}{opt} ({s.reason})."),
                            style="List Bullet")

    if report.sections:
        d.add_heading("Części dokumentu", level=2)
        rows = [[f"{s.name or s.id}{' *' if s.required else ''}", labels.SECTION_STATUS[s.status],
                 s.heading or ("(tabela bez nagłówka)" if s.found_by == "table" else "—"), str(s.page or "—"),
                 _excerpt(s.excerpt or s.reason), f"{s.confidence * 100:.0f}%"] for s in report.sections]
        t = _table(d, ["Część", "Stan", "Znaleziony nagłówek", "Str.", "Fragment treści", "Pewność"], rows,
                   [2.7, 1.8, 3.1, 1.3, 5.6, 2.1])
        for row, s in zip(t.rows[1:], report.sections):
            _shade(row.cells[1], {"present": "E7F5E7", "incomplete": "FFF4DC", "missing": "FDE8E8"}[s.status])
            for r in row.cells[1].paragraphs[0].runs:
                r.bold = True
                r.font.color.rgb = RGBColor.from_string(_STATUS_COLOUR[s.status])
        d.add_paragraph("* część obowiązkowa. Pewność to ocena narzędzia, nie recenzenta.").runs[0].italic = True

    if report.actions:
        plan = report.document_type == "improvement_plan"
        d.add_heading(f"{'Rekomendacje' if plan else 'Działania'} ({len(report.actions)})", level=2)
        gaps = [f"{labels.FIELDS[k]}: brak w {n} z {len(report.actions)}" for k, n in report.action_gaps.items() if n]
        if gaps:
            d.add_paragraph("Brakujące informacje — " + "; ".join(gaps) + ".")
        rows = []
        for i, a in enumerate(report.actions, 1):
            theme = labels.theme(a.theme) if a.theme else "—"
            if a.explanation.get("terms"):
                theme += f" (↳ {', '.join(a.explanation['terms'][:3])})"
            rows.append([str(i), a.title + (f" [{labels.REC_TYPES.get(a.type, a.type)}]" if a.type else ""), theme,
                         a.responsible or "BRAK", a.timeline or "BRAK", a.cost or "BRAK", a.indicator or "BRAK"])
        _table(d, ["#", "Rekomendacja" if plan else "Działanie", "Temat", "Adresat" if plan else "Odpowiedzialny",
                   "Termin", "Koszt", "Wskaźnik"], rows, [0.7, 4.4, 2.6, 2.8, 2.0, 1.9, 2.6])
        if report.funding_summary and not plan:
            d.add_heading("Koszty według źródeł finansowania", level=3)
            _table(d, ["Źródło finansowania", "Działania", "Koszt (tylko to źródło)", "Koszt (współfinansowane)",
                       "Bez łącznego kosztu"],
                   [[f["funding"], str(f["actions"]), labels.pln(f["total_pln"]), labels.pln(f.get("shared_pln", 0.0)),
                     str(f["without_cost"])] for f in report.funding_summary], [5.0, 1.8, 3.4, 3.4, 2.4])

    d.add_heading("Dane dokumentu", level=2)
    facts = [("Rodzaj dokumentu", labels.DOCUMENT_TYPES[report.document_type]),
             ("Miasto", report.city or "nie rozpoznano"), ("Sieć tematyczna", labels.network(report.network)),
             ("Wersja", labels.STATUS[report.status]), ("Liczba stron", str(report.pages)),
             ("Warstwa tekstowa", "tak" if report.text_layer else "nie (skan)"),
             ("Odczyt pliku", labels.PROCESSING[report.processing.status])]
    _table(d, ["Cecha", "Wartość"], [list(f) for f in facts], [5.0, 12.0])
    for heading, items in (("Błędy odczytu", report.processing.errors), ("Ostrzeżenia", report.processing.warnings)):
        if items:
            d.add_heading(heading, level=3)
            for item in items:
                d.add_paragraph(_xml_safe(item), style="List Bullet")
    d.add_paragraph("Raport wspiera recenzenta; ostateczną ocenę podejmuje ekspert.").runs[0].italic = True
    d.save(str(path))
