"""DOCX and ODT reading on our own corpus."""
import re

from pim_docs.model import BlockKind, Furniture

from .conftest import converted, headings


def _blocks(name, kind=None):
    return [b for b in converted(name).document.blocks if kind is None or b.kind == kind]


# ------------------------------------------------------------------ DOCX

def test_docx_heading_styles_and_automatic_numbering():
    """Opole: Heading 1/2 with numbering from numbering.xml, not typed in the text."""
    hs = headings("mid_opole_powietrze.docx")
    styled = [h for h in hs if h.heading.style and h.heading.style.startswith("Heading")]
    assert len(styled) >= 9
    level1 = [h for h in styled if h.heading.outline_level == 1]
    level2 = [h for h in styled if h.heading.outline_level == 2]
    assert [h.heading.numbering for h in level1[:3]] == ["1.", "2.", "3."]
    assert level2 and re.fullmatch(r"\d\.\d\.", level2[0].heading.numbering)
    assert level1[1].text.startswith("2. ")  # the label is shown as printed


def test_docx_numbered_and_nested_lists():
    items = _blocks("mid_opole_powietrze.docx", BlockKind.LIST_ITEM)
    assert any(b.list_marker == "1." for b in items)
    assert {1, 2} <= {b.list_level for b in items}


def test_docx_merged_cells():
    table = next(b.table for b in _blocks("mid_opole_powietrze.docx", BlockKind.TABLE)
                 if "Działanie" in b.text)
    assert any(c.col_span > 1 for c in table.cells if c.row == 0)  # gridSpan header
    assert any(c.row_span > 1 for c in table.cells if c.row > 0)  # vMerge in "Realizator"
    assert table.header_rows == 2


def test_docx_fake_headings_bold_large_and_in_shaded_table():
    """Łódź: no heading styles; bold 13–14 pt paragraphs, question headings, one-cell table."""
    hs = headings("mid_lodz_rewitalizacja.docx")
    assert all(not (h.heading.style or "").startswith("Heading") for h in hs)
    texts = [h.text for h in hs]
    assert "Co może pójść nie tak?" in texts and "Skąd startujemy?" in texts
    boxed = [h for h in hs if h.heading.in_table]
    assert boxed and boxed[0].heading.shaded
    assert all(h.heading.bold and h.heading.font_size_ratio > 1.1 for h in hs)
    # "… 1905 r." ends with an abbreviation, not a sentence
    assert any(t.startswith("Działanie 4") for t in texts)


def test_docx_headers_footers_footnotes_and_text_box():
    doc = converted("mid_chorzow_mobilnosc.docx").document
    notes = [b for b in doc.furniture if b.furniture == Furniture.FOOTNOTE]
    assert len(notes) >= 3
    assert any(b.furniture == Furniture.FOOTER for b in doc.furniture)
    body = " ".join(b.text for b in doc.blocks)
    assert not any(n.text in body for n in notes)  # footnotes kept out of the body text
    boxes = [b for b in doc.blocks if b.source == "textbox"]
    assert boxes and any("Najważniejsze liczby" in b.text for b in boxes)
    assert sum("Najważniejsze liczby" in b.text for b in doc.blocks) == 1  # no VML duplicate


def test_docx_pages_are_estimated():
    doc = converted("mid_opole_powietrze.docx").document
    assert doc.page_count >= 3
    pages = [b.page for b in doc.blocks]
    assert pages == sorted(pages)


# ------------------------------------------------------------------ ODT

def test_odt_outline_headings_lists_and_master_page_furniture():
    name = "mid_ostrow_wlkp_mobilnosc.odt"
    hs = headings(name)
    paragraphs_numbered = [h for h in hs if h.heading.numbering and h.heading.numbering.startswith("§")]
    assert len(paragraphs_numbered) >= 8
    assert {h.heading.outline_level for h in hs if h.heading.outline_level} >= {1, 2}
    items = _blocks(name, BlockKind.LIST_ITEM)
    assert {1, 2} <= {b.list_level for b in items}
    doc = converted(name).document
    assert {Furniture.HEADER, Furniture.FOOTER} <= {b.furniture for b in doc.furniture}


def test_odt_row_and_column_spans():
    table = next(b.table for b in _blocks("mid_ostrow_wlkp_mobilnosc.odt", BlockKind.TABLE))
    assert any(c.col_span > 1 for c in table.cells)
    assert any(c.row_span > 1 for c in table.cells)
    # covered cells are not read as data
    assert len({(c.row, c.col) for c in table.cells}) == len(table.cells)


def test_odt_fake_headings_from_automatic_styles():
    hs = headings("mid_jelenia_gora_powietrze.odt")
    numbered = [h for h in hs if h.heading.numbering and h.heading.numbering.endswith(")")]
    assert len(numbered) >= 6
    assert all(h.heading.bold and h.heading.outline_level is None for h in numbered)
