"""The portfolio: the programme's per-network table from the catalogue, city cards, versions,
and index.html / portfolio.xlsx / portfolio.docx as reviewers and the programme office use them."""
import json
import shutil

import docx
import openpyxl
import pytest
from prefect.testing.utilities import prefect_test_harness

from pim_docs import money
from pim_docs.catalogue import Catalogue
from pim_docs.completeness import assess
from pim_docs.model import ActionResult, Report, SectionResult
from pim_docs.reports.writer import write_document, write_portfolio

from .conftest import corpus_file

MID = ["summary", "context", "objectives", "actions", "schedule", "budget", "stakeholders", "indicators", "risks"]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _report(city, network, missing=(), status="final", actions=("Wymiana kotłów",), kind="mid", n=0) -> Report:
    ids = MID if kind == "mid" else ["introduction", "diagnosis", "recommendations", "addressees", "implementation"]
    sections = [SectionResult(id=s, status="missing" if s in missing else "present", required=s != "summary")
                for s in ids]
    acts = [ActionResult(title=t, theme="low_emission", cost="1 mln zł", funding="WFOŚiGW") for t in actions]
    r = Report(source_file=f"{city or 'plan'}_{network}_{n}.pdf", sha256=f"{city}{network}{n}".ljust(64, "0")[:64],
               document_type=kind, city=city, network=network, status=status, sections=sections, actions=acts)
    r.completeness = assess(sections, [])
    r.funding_summary = money.by_funding(acts)
    return r


@pytest.fixture
def portfolio(tmp_path):
    """Documents of known status: 3 air-quality MIDs (1 complete, 1 draft, 1 missing risks twice
    over two versions, the second adding the budget back), 1 mobility MID, 1 plan."""
    cat = Catalogue.at(tmp_path)
    docs = [_report("Rybnik", "air_quality"),
            _report("Kraków", "air_quality", missing=("risks", "budget"), n=1),
            _report("Kraków", "air_quality", missing=("risks",), n=2, actions=("Wymiana kotłów", "Kontrole palenisk")),
            _report("Nowy Sącz", "air_quality", missing=("risks",), status="draft"),
            _report("Gdynia", "mobility", missing=("schedule",)),
            _report(None, "mobility", kind="improvement_plan")]
    for r in docs:
        folder = tmp_path / "reports" / r.source_file
        write_document(folder, r, None)
        cat.register(r, None, str(folder))
    return write_portfolio(tmp_path, cat, []), tmp_path


def test_network_table_is_computed_from_the_catalogue(portfolio):
    data, out = portfolio
    aq, mob = data["networks"]["air_quality"], data["networks"]["mobility"]
    assert (aq["submitted"], aq["complete"], aq["draft"], aq["improvement_plans"]) == (3, 1, 1, 0)
    assert aq["missing_most"][0] == {"section": "risks", "count": 2}  # Kraków's latest + Nowy Sącz
    assert (mob["submitted"], mob["complete"], mob["improvement_plans"]) == (1, 0, 1)
    assert json.loads((out / "portfolio.json").read_text(encoding="utf-8"))["networks"] == data["networks"]


def test_city_cards_and_what_changed(portfolio):
    data, _ = portfolio
    cards = {c["city"]: c for c in data["cities"]}
    assert set(cards) == {"Rybnik", "Kraków", "Nowy Sącz", "Gdynia"}
    krakow = cards["Kraków"]
    assert krakow["version"] == 2 and krakow["missing"] == ["risks"] and krakow["actions"] == 2
    assert krakow["total_cost_pln"] == 2_000_000 and krakow["funding"] == ["WFOŚiGW"]
    assert krakow["changes"]["sections"] == [{"section": "budget", "before": "missing", "after": "present"}]
    assert krakow["changes"]["added"] == ["Kontrole palenisk"] and krakow["changes"]["removed"] == []
    assert cards["Rybnik"]["changes"] is None


def test_xlsx_and_docx_open(portfolio):
    _, out = portfolio
    wb = openpyxl.load_workbook(out / "portfolio.xlsx")
    assert wb.sheetnames == ["Sieci", "Zgłoszenia", "Miasta"]
    rows = list(wb["Sieci"].values)
    assert rows[0][:3] == ("sieć", "złożone MID", "kompletne") and rows[1][:3] == ("Jakość powietrza", 3, 1)
    text = "\n".join(p.text for p in docx.Document(str(out / "portfolio.docx")).paragraphs)
    assert "Kraków — Jakość powietrza" in text and "Brakuje: Analiza ryzyka" in text


@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium")
def test_index_from_the_main_job_filters_and_links_to_reports(tmp_path):
    from playwright.sync_api import sync_playwright

    from pim_docs.cli import main

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("mid_opole_powietrze.docx", "mid_tarnow_powietrze.pdf", "mid_chorzow_mobilnosc.docx"):
        shutil.copy(corpus_file(name), inbox / name)
    with prefect_test_harness(server_startup_timeout=180):  # a loaded CI machine starts it slowly
        assert main(["process", str(inbox), "--out", str(tmp_path / "out")]) == 0
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM)
        page = browser.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto((tmp_path / "out" / "index.html").as_uri())
        visible = "#docs tbody tr:visible"
        assert page.locator(visible).count() == 3
        page.select_option("#f-network", "mobility")
        assert page.locator(visible).count() == 1
        assert page.locator(".card:visible").count() == 1
        page.locator("#docs th[data-key=city] button").click()  # sorting keeps the filter
        assert page.locator(visible).count() == 1
        page.locator(visible).locator("a").click()
        page.wait_for_load_state()
        assert page.url.endswith("report.html") and "Chorzów" in page.title() + page.inner_text("h1")
        browser.close()
    assert not errors
