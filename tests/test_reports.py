"""Reviewer reports: report.json per contract, report.html in a real browser, report.docx."""
import json
import shutil
from pathlib import Path

import docx
import pytest

from pim_docs.ingest import convert
from pim_docs.pipeline import analyse
from pim_docs.reports.writer import write_document

from .conftest import converted

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
XSS = "<script>alert(1)</script>"
IMG = '<img src=x onerror="alert(2)">'


def _hostile_docx(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph(f"Miejska Inicjatywa Działania – Konin {XSS}").runs[0].bold = True
    d.add_heading(f"1. Diagnoza {IMG}", level=1)
    d.add_paragraph(("Opis sytuacji w mieście " + XSS + " oraz dane o jakości powietrza. ") * 6)
    d.add_heading("2. Cele", level=1)
    d.add_paragraph("Do uzupełnienia.")
    d.save(str(path))
    return path


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("reports")
    folders = {}
    src = _hostile_docx(out / "hostile.docx")
    for name, res in (("hostile", convert(src)), ("tarnow", converted("mid_tarnow_powietrze.pdf"))):
        folders[name] = out / name
        write_document(folders[name], analyse(res), res.document)
    return folders


def test_report_json_follows_the_contract(written):
    data = json.loads((written["tarnow"] / "report.json").read_text(encoding="utf-8"))
    for key in ("schema_version", "source_file", "sha256", "document_type", "city", "network", "status",
                "text_layer", "pages", "processing", "sections", "completeness", "actions"):
        assert key in data
    assert [s["id"] for s in data["sections"]] == ["summary", "context", "objectives", "actions", "schedule",
                                                   "budget", "stakeholders", "indicators", "risks"]
    assert set(data["sections"][0]) >= {"id", "status", "heading", "page", "confidence"}
    assert data["completeness"] == {**data["completeness"], "verdict": "incomplete", "missing": ["risks"],
                                    "incomplete": []}


def test_report_docx_has_the_verdict_and_section_table(written):
    d = docx.Document(str(written["tarnow"] / "report.docx"))
    text = "\n".join(p.text for p in d.paragraphs)
    assert "NIEKOMPLETNY" in text and "Analiza ryzyka" in text
    table = next(t for t in d.tables if t.rows[0].cells[0].text == "Część")
    assert len(table.rows) == 1 + 9


@pytest.mark.skipif(not CHROMIUM, reason="Chromium nie jest zainstalowany (scripts/setup.sh instaluje pakiet chromium)")
def test_report_html_in_headless_chromium_shows_scripts_as_text(written):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        try:
            for name in ("hostile", "tarnow"):
                page = browser.new_page()
                errors, dialogs = [], []
                page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
                page.on("pageerror", lambda e: errors.append(str(e)))
                page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
                page.goto((written[name] / "report.html").as_uri())
                page.wait_for_load_state("load")
                assert errors == [] and dialogs == []
                assert page.locator("script").count() == 0
                assert page.locator("img").count() == 0
                body = page.inner_text("body")
                if name == "hostile":
                    assert XSS in body  # shown as text
                    assert "niekompletny" in body
                else:
                    assert "Analiza ryzyka" in body and "spisie treści" in body
                page.close()
        finally:
            browser.close()


@pytest.mark.parametrize("n, expected", [(1, "1 działanie"), (2, "2 działania"), (4, "4 działania"),
                                         (5, "5 działań"), (12, "12 działań"), (14, "14 działań"),
                                         (22, "22 działania"), (94, "94 działania"), (100, "100 działań"),
                                         (0, "0 działań"), (112, "112 działań"), (1002, "1002 działania")])
def test_polish_plural_forms(n, expected):
    from pim_docs.reports.labels import plural

    assert plural(n, "działanie", "działania", "działań") == expected
