"""The reviewer's Word version of a report (python-docx)."""
from __future__ import annotations

from pathlib import Path

import docx

from ..model import Report
from . import labels


def _xml_safe(text: str) -> str:
    """Word's XML cannot hold control characters; drop them rather than fail."""
    return "".join(c for c in text if c in "\t\n" or ord(c) >= 32)


def write_report_docx(report: Report, path: Path) -> None:
    d = docx.Document()
    d.core_properties.title = _xml_safe(f"Raport pim-docs: {report.source_file}")
    d.add_heading(_xml_safe(f"{report.city or '—'}: {labels.DOCUMENT_TYPES[report.document_type]}"), level=1)
    d.add_paragraph(_xml_safe(f"Plik: {report.source_file}"))
    d.add_heading("Dane dokumentu", level=2)
    rows = [
        ("Odczyt pliku", labels.PROCESSING[report.processing.status]),
        ("Rodzaj dokumentu", labels.DOCUMENT_TYPES[report.document_type]),
        ("Miasto", report.city or "nie rozpoznano"),
        ("Sieć tematyczna", labels.network(report.network)),
        ("Wersja", labels.STATUS[report.status]),
        ("Liczba stron", str(report.pages)),
        ("Warstwa tekstowa", "tak" if report.text_layer else "nie (skan)"),
    ]
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for key, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = key, _xml_safe(value)
    for title, items in (("Błędy", report.processing.errors), ("Ostrzeżenia", report.processing.warnings)):
        if items:
            d.add_heading(title, level=2)
            for item in items:
                d.add_paragraph(_xml_safe(item), style="List Bullet")
    d.add_heading("Kompletność", level=2)
    if report.sections:
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for cell, text in zip(t.rows[0].cells, ("Część", "Stan", "Nagłówek", "Strona")):
            cell.text = text
        for s in report.sections:
            cells = t.add_row().cells
            for cell, text in zip(cells, (s.id, labels.SECTION_STATUS[s.status], s.heading or "—",
                                          str(s.page or "—"))):
                cell.text = _xml_safe(text)
    else:
        d.add_paragraph("Ocena kompletności części dokumentu nie została jeszcze wykonana.")
    d.save(str(path))
