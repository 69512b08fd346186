"""PDF reading on layouts found in public test files of pdfplumber, docling and pdfminer,
rebuilt in code (tests/pdf_cases.py): overlapping table cells, three columns, two columns
under a long full-width lead, image-only pages pdfminer cannot page, unmapped glyphs."""
from __future__ import annotations

import re
from collections import Counter

import pdfplumber.page
import pytest

from pim_docs.ingest import convert, ocr
from pim_docs.ingest import layout as lay
from pim_docs.ingest.pdf import _fill_tables
from pim_docs.model import BlockKind

from . import pdf_cases as cases


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("pdf_realworld")
    made = {}
    for name, make in [("overlap.pdf", cases.make_overlapping_cells), ("three.pdf", cases.make_three_columns),
                       ("two.pdf", cases.make_two_columns_long_intro), ("unpaged.pdf", cases.make_unpaged_scan),
                       ("cid.pdf", cases.make_cid_text), ("labels.pdf", cases.make_label_values)]:
        made[name] = (d / name, make(d / name))
    return made


def _words(text: str) -> Counter:
    return Counter(re.findall(r"\w[\w,]*", text))


# ---------------------------------------------------------------- 11. overlapping cells

@pytest.fixture(params=["first", "last"])
def spanning_cell(monkeypatch, request):
    """pdfplumber as it behaves on some files: besides the real cells, one cell spanning the
    whole grid (listed first or last), and a real cell listed twice."""
    original = pdfplumber.page.Page.find_tables

    def find_tables(self, *args, **kwargs):
        tables = original(self, *args, **kwargs)
        for t in tables:
            cells = list(t.cells) + [t.cells[0]]
            t.cells = [tuple(t.bbox)] + cells if request.param == "first" else cells + [tuple(t.bbox)]
        return tables

    monkeypatch.setattr(pdfplumber.page.Page, "find_tables", find_tables)


def _check_table_read_once(res, rows):
    doc = res.document
    tables = [b for b in doc.blocks if b.kind == BlockKind.TABLE]
    assert len(tables) == 1
    assert tables[0].table.grid() == rows
    # every word once on the page: over the table's cells and the text around it
    page_text = " ".join([c.text for c in tables[0].table.cells]
                         + [b.text for b in doc.blocks if b.kind != BlockKind.TABLE])
    counts = _words(page_text)
    for word, n in _words(" ".join(c for row in rows for c in row)).items():
        assert counts[word] == n, (word, counts[word], page_text)
    counts = _words(doc.text())
    assert counts["Koniec"] == 1 and counts["Poniższa"] == 1


def test_table_with_a_cell_spanning_the_grid_reads_each_word_once(files, spanning_cell):
    path, info = files["overlap.pdf"]
    _check_table_read_once(convert(path), info["rows"])


def test_table_without_overlap_unchanged(files):
    path, info = files["overlap.pdf"]
    _check_table_read_once(convert(path), info["rows"])


def test_words_go_to_the_smallest_cell_and_a_frame_is_no_cell():
    def word(text, x, y):
        return lay.Word(text, x, x + 20, y, y + 8, 8.0)

    cells = [(0, 0, 50, 20), (50, 0, 100, 20), (0, 20, 50, 40), (50, 20, 100, 40)]
    frame = (0, 0, 100, 60)  # the cells fill its top; a note under them belongs to no cell
    words = [word("a", 10, 5), word("b", 60, 5), word("c", 10, 25), word("d", 60, 25),
             word("uwaga", 10, 48), word("poza", 10, 200)]
    pl = lay.PageLayout(1, 595, 842)
    left = _fill_tables([((0, 0, 100, 60), [frame, *cells, cells[0]])], words, pl)
    assert [w.text for w in left] == ["uwaga", "poza"]
    (table,) = pl.tables
    assert [[c.text for c in row] for row in table.rows] == [["a", "b"], ["c", "d"]]


# ---------------------------------------------------------------- 12. columns

def _paragraph_tags(doc) -> list[tuple[str, list[str]]]:
    """(text, the column tags of the sentences it holds) per body paragraph."""
    return [(b.text, re.findall(r"Zdanie ([A-Z])\d+", b.text)) for b in doc.blocks if b.kind == BlockKind.PARAGRAPH]


def _sentence_order(doc) -> list[str]:
    return re.findall(r"Zdanie ([A-Z]\d+)", doc.text())


def test_three_columns_under_a_title_read_column_by_column(files):
    path, info = files["three.pdf"]
    res = convert(path)
    doc = res.document
    assert doc.pages[0].columns == 3
    for text, tags in _paragraph_tags(doc):
        assert len(set(tags)) <= 1, f"columns mixed: {text[:120]}"
    expected = [f"{tag}{i}" for tag in "ABC" for i in range(1, 9)]
    assert _sentence_order(doc) == expected
    # every sentence whole, once
    text = doc.text()
    for col in info["columns"]:
        for sentence in col:
            assert text.count(sentence) == 1, sentence
    # full-width lead before the columns, closing block after them
    assert text.index(info["lead"][:40]) < text.index("Zdanie A1") < text.index("Zdanie C8") < \
        text.index(info["closing"][:40])
    assert not any(b.kind == BlockKind.TABLE for b in doc.blocks)  # aligned prose is no table


def test_two_columns_under_a_long_lead_read_column_by_column(files):
    path, _ = files["two.pdf"]
    doc = convert(path).document
    assert doc.pages[0].columns == 2
    for text, tags in _paragraph_tags(doc):
        assert len(set(tags)) <= 1, f"columns mixed: {text[:120]}"
    assert _sentence_order(doc) == [f"L{i}" for i in range(1, 11)] + [f"P{i}" for i in range(1, 11)]
    text = doc.text()
    assert text.index("Wstęp12") < text.index("Zdanie L1")


def test_label_value_lines_are_not_columns(files):
    path, info = files["labels.pdf"]
    doc = convert(path).document
    assert doc.pages[0].columns == 1
    text = " ".join(doc.text().split())
    positions = []
    for label, value in info["pairs"]:
        assert f"{label}: {value}" in text, label
        positions.append(text.index(label))
    assert positions == sorted(positions)


def test_three_columns_from_words():
    """reading_order on its own: a 3-column region between full-width lines."""
    def line(y, parts):
        words = []
        for x, text in parts:
            for k, t in enumerate(text.split()):
                words.append(lay.Word(t, x + 30 * k, x + 30 * k + 25, y, y + 9, 9.0))
        return lay.Line(words, 1)

    lines = [line(50, [(50, "Tytuł strony na całą szerokość tekstu strony dokumentu miasta "
                             "Tytuł strony szeroki")])]
    cols = {"a": 50, "b": 220, "c": 390}
    for r in range(10):
        lines.append(line(70 + 12 * r, [(x, f"{tag}{r} słowo dalej i") for tag, x in cols.items()]))
    lines.append(line(200, [(50, "Stopka strony na całą szerokość tekstu strony dokumentu miasta "
                                 "Stopka strony szeroka")]))
    page = lay.PageLayout(1, 595, 842, lines=lines)
    order = [ln.text.split()[0] for ln in lay.reading_order(page)]
    assert order == ["Tytuł"] + [f"{t}{r}" for t in "abc" for r in range(10)] + ["Stopka"]
    assert page.columns == 3


# ---------------------------------------------------------------- 14. pages pdfminer cannot find

def test_image_only_pdf_pdfminer_cannot_page_is_not_corrupt(files):
    path, info = files["unpaged.pdf"]
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == 0  # the reproduction holds: pdfminer finds no page
    res = convert(path)
    codes = [m.code for m in res.warnings]
    assert res.status != "failed" and not res.errors
    assert res.document.page_count == info["pages"]
    assert "pdf_pages_fallback" in codes
    assert not res.document.text_layer
    if ocr.available():
        assert "ocr_used" in codes
        assert "Kielce" in res.document.text() and "powietrza" in res.document.text()
    else:
        assert "ocr_unavailable" in codes


def test_text_pdf_pdfminer_cannot_page_is_read_by_pdfium(tmp_path):
    path = tmp_path / "unpaged_text.pdf"
    info = cases.make_unpaged_text(path)
    res = convert(path)
    assert res.status == "ok" and not res.errors
    assert "pdf_pages_fallback" in [m.code for m in res.warnings]
    doc = res.document
    assert doc.page_count == info["pages"] and doc.text_layer
    for n in range(1, info["pages"] + 1):
        on_page = [b.text for b in doc.blocks if b.page == n]
        assert on_page == [f"{line} [{n}]" for line in info["lines"]]
        assert [b.kind for b in doc.blocks if b.page == n][0] == BlockKind.HEADING


def test_garbage_is_still_corrupt(tmp_path):
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40)
    res = convert(path)
    assert res.status == "failed" and [m.code for m in res.errors] == ["pdf_corrupt"]


# ---------------------------------------------------------------- 15. unmapped glyphs

def test_unmapped_glyphs_never_reach_the_body(files):
    path, info = files["cid.pdf"]
    res = convert(path)
    doc = res.document
    everything = [b.text for b in doc.blocks + doc.furniture] + \
        [c.text for b in doc.blocks if b.table for c in b.table.cells]
    assert not any("(cid:" in t for t in everything)
    warnings = {m.code: m.text for m in res.warnings}
    assert "pdf_unmapped_lines" in warnings
    assert f"{info['cid_lines']} wierszy" in warnings["pdf_unmapped_lines"]
    assert "pdf_unmapped_pages" in warnings and "strony 2" in warnings["pdf_unmapped_pages"]
    # the readable text stays, headings included
    headings = [b.text for b in doc.blocks if b.kind == BlockKind.HEADING]
    assert "2. Cele planu" in headings and "4. Harmonogram" in headings
    text = doc.text()
    assert all(line in text for line in info["readable"] if not line[:1].isdigit())
    assert doc.pages[0].has_text and not doc.pages[1].has_text


def test_a_few_unmapped_glyphs_inside_a_line_are_taken_out():
    from pim_docs.ingest.pdf import _drop_unmapped

    def w(text, x):
        return lay.Word(text, x, x + 30, 10, 20, 10.0)

    words = [w("Plan", 10), w("działań(cid:3)", 50), w("miasta", 90),
             w("(cid:1)(cid:2)(cid:3)", 10), w("(cid:4)", 50)]
    words[3].top, words[3].bottom = words[4].top, words[4].bottom = 40, 50
    kept, dropped = _drop_unmapped(words, 1)
    assert dropped == 1 and [x.text for x in kept] == ["Plan", "działań", "miasta"]
