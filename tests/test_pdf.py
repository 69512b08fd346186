"""PDF reading on our own corpus: heading signals, columns, furniture, tables, scans."""
import re

import pytest

from pim_docs.ingest import ocr
from pim_docs.model import BlockKind, Furniture

from .conftest import body_texts, converted, gold, headings


def test_heading_signals_from_font_size_and_weight():
    hs = headings("mid_tarnow_powietrze.pdf")
    diag = next(h for h in hs if re.match(r"\d\.\s+Diagnoza", h.text))
    assert diag.heading.bold and diag.heading.font_size_ratio > 1.2
    assert re.fullmatch(r"\d\.", diag.heading.numbering) and diag.heading.numbering_level == 1
    sub = next(h for h in hs if re.match(r"\d\.\d\.", h.text))
    assert sub.heading.numbering_level == 2
    body = [b for b in converted("mid_tarnow_powietrze.pdf").document.blocks if b.kind == BlockKind.PARAGRAPH]
    assert all(not b.heading.bold for b in body if len(b.text) > 200)


def test_larger_regular_font_headings_with_letter_numbering():
    """Słupsk: headings not bold, only larger, numbered A., B., …"""
    hs = headings("mid_slupsk_rewitalizacja.pdf")
    lettered = [h for h in hs if re.match(r"[A-H]\.\s", h.text)]
    assert len(lettered) >= 6
    assert all(not h.heading.bold and h.heading.font_size_ratio >= 1.25 for h in lettered)


def test_two_column_page_in_reading_order():
    doc = converted("mid_bielsko_biala_mobilnosc.pdf").document
    assert doc.pages[0].columns == 2 and doc.pages[1].columns == 2
    hs = [h.text for h in headings("mid_bielsko_biala_mobilnosc.pdf") if re.match(r"[IVX]+\.", h.text)]
    numerals = [h.split(".")[0] for h in hs]
    assert numerals == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"][: len(numerals)]
    assert len(numerals) >= 7
    # no paragraph mixes the two columns: every paragraph continues its own sentence
    doc = converted("mid_bielsko_biala_mobilnosc.pdf").document
    starts_lower = [b.text for b in doc.blocks if b.kind == BlockKind.PARAGRAPH and b.text[:1].islower()]
    assert not starts_lower, starts_lower[:3]


def test_running_headers_footers_and_page_numbers_set_aside():
    doc = converted("mid_tarnow_powietrze.pdf").document
    body = " ".join(body_texts("mid_tarnow_powietrze.pdf"))
    assert "Strona 3 z" not in body
    assert "MID Tarnów – Partnerska Inicjatywa Miast" not in body
    kinds = {b.furniture for b in doc.furniture}
    assert Furniture.PAGE_NUMBER in kinds and Furniture.HEADER in kinds
    assert len([b for b in doc.furniture if b.furniture == Furniture.PAGE_NUMBER]) == doc.page_count


def test_table_continuing_on_next_page_is_joined():
    doc = converted("mid_tarnow_powietrze.pdf").document
    tables = [b for b in doc.blocks if b.kind == BlockKind.TABLE]
    actions = next(t for t in tables if "Nazwa działania" in t.text)
    assert len(actions.table.pages) == 2
    n_actions = len(gold("mid_tarnow_powietrze.pdf")["actions"])
    grid = actions.table.grid()
    assert len(grid) == n_actions + 1  # one header row, repeated header dropped
    assert sum(1 for row in grid if row[1] == "Nazwa działania") == 1
    assert [row[0] for row in grid[1:]] == [f"{i}." for i in range(1, n_actions + 1)] or \
        [row[0] for row in grid[1:]] == [str(i) for i in range(1, n_actions + 1)]


def test_merged_header_cells_and_landscape_page():
    doc = converted("mid_elblag_mobilnosc_projekt.pdf").document
    assert any(p.landscape for p in doc.pages) and not doc.pages[0].landscape
    table = next(b.table for b in doc.blocks if b.kind == BlockKind.TABLE and "Okres realizacji" in b.text)
    spanning = [c for c in table.cells if c.text == "Okres realizacji"]
    assert spanning and spanning[0].col_span == 2
    assert table.header_rows == 2


def test_image_only_pdf_is_detected():
    res = converted("mid_kielce_powietrze_skan.pdf")
    assert res.status == "needs_ocr"
    assert not res.document.text_layer
    assert "no_text_layer" in [m.code for m in res.warnings]


@pytest.mark.skipif(not ocr.available(), reason="Tesseract z językiem polskim nie jest zainstalowany")
def test_scan_is_read_by_ocr():
    res = converted("mid_kielce_powietrze_skan.pdf")
    assert "ocr_used" in [m.code for m in res.warnings]
    text = res.document.text()
    assert "Kielce" in text and "powietrza" in text
    assert all(b.source == "ocr" for b in res.document.blocks)


@pytest.mark.skipif(not ocr.available(), reason="Tesseract z językiem polskim nie jest zainstalowany")
def test_single_scanned_page_in_a_text_pdf():
    res = converted("mid_slupsk_rewitalizacja.pdf")
    doc = res.document
    assert doc.text_layer and res.status == "ok"
    ocr_pages = [p.number for p in doc.pages if p.ocr]
    assert len(ocr_pages) == 1
    assert any(b.page == ocr_pages[0] for b in doc.blocks)


def test_unruled_table_found_by_column_alignment():
    doc = converted("mid_slupsk_rewitalizacja.pdf").document
    unruled = [b.table for b in doc.blocks if b.kind == BlockKind.TABLE and not b.table.ruled]
    assert len(unruled) == 1
    grid = unruled[0].grid()
    assert unruled[0].n_cols == 4 and unruled[0].header_rows == 1
    assert grid[0][0] == "Przedsięwzięcie" and grid[-1][0] == "Razem"
    assert all(re.fullmatch(r"\d+,\d", row[1]) for row in grid[1:])
    # its text is not repeated as paragraphs
    assert not any(b.kind == BlockKind.PARAGRAPH and b.text.startswith("Razem") for b in doc.blocks)


def test_cards_on_consecutive_pages_stay_separate():
    """Per-recommendation key–value tables: a card starting a page is not glued to the last one."""
    doc = converted("plan_ulepszen_rewitalizacja.pdf").document
    cards = [b.table for b in doc.blocks if b.kind == BlockKind.TABLE and "Rodzaj rekomendacji" in b.text]
    assert len(cards) == len(gold("plan_ulepszen_rewitalizacja.pdf")["actions"])
    assert all(len(t.pages) == 1 for t in cards)
