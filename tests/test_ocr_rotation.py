"""Scans fed sideways or upside down (item 13): the page is turned upright before OCR, its words
are in the coordinates of the upright page, and the reader says which pages it turned.

The scans are built here: a MID-like page typeset with DejaVu Sans, rasterised, turned 90/180/270°
and wrapped in an image-only PDF."""
from __future__ import annotations

import difflib
import io
import re
from pathlib import Path

import pytest

from pim_docs.ingest import convert, ocr
from pim_docs.model import BlockKind

pytestmark = pytest.mark.skipif(not ocr.available(), reason="Tesseract z językiem polskim nie jest zainstalowany")

FONTS = Path("/usr/share/fonts/truetype/dejavu")
HEADING = "1. Diagnoza"
SENTENCES = [
    "Kielce leżą w otoczeniu pasm Gór Świętokrzyskich, co w okresie zimowym utrudnia przewietrzanie miasta.",
    "Głównym źródłem zanieczyszczeń jest spalanie węgla i drewna w około 3 900 budynkach, "
    "przede wszystkim na osiedlach Baranówek, Dyminy, Niewachlów i Białogon.",
    "Według ankiety z 2024 r. aż 41% właścicieli domów ogrzewanych węglem rozważa wymianę źródła ciepła.",
]
DPI = 200


def _page_image():
    """The text page rendered like a flatbed scan (greyscale, 200 dpi)."""
    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    head = ParagraphStyle("h", fontName="DejaVuSans-Bold", fontSize=14, leading=18, spaceAfter=10)
    body = ParagraphStyle("b", fontName="DejaVuSans", fontSize=10.5, leading=14, spaceAfter=8)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build([Paragraph(HEADING, head)] + [Paragraph(s, body) for s in SENTENCES])
    pdf = pdfium.PdfDocument(buf.getvalue())
    try:
        return pdf[0].render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
    finally:
        pdf.close()


def _image_pdf(path: Path, images, page_rotate: int = 0) -> Path:
    """An image-only PDF, one image per page filling it; ``page_rotate`` sets each page's /Rotate."""
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), invariant=1)
    for img in images:
        w, h = img.width * 72 / DPI, img.height * 72 / DPI
        c.setPageSize((w, h))
        png = io.BytesIO()
        img.save(png, format="PNG")
        c.drawImage(ImageReader(io.BytesIO(png.getvalue())), 0, 0, w, h)
        c.showPage()
    c.save()
    if page_rotate:
        pdf = pdfium.PdfDocument(str(path))
        for i in range(len(pdf)):
            pdf[i].set_rotation(page_rotate)
        out = path.with_name(path.stem + "_rot.pdf")
        pdf.save(str(out))
        pdf.close()
        return out
    return path


def _norm(text: str) -> str:
    return " ".join(text.split())


def _found(sentence: str, text: str) -> float:
    """How well the sentence occurs in the text: the best similarity of a run of words as long."""
    words, target = _norm(text).split(), _norm(sentence)
    n = len(target.split())
    best = 0.0
    for k in range(max(1, len(words) - n + 1)):
        for m in (n - 1, n, n + 1):
            window = " ".join(words[k:k + m])
            best = max(best, difflib.SequenceMatcher(None, window, target, autojunk=False).ratio())
    return best


def _page_text(doc, page: int) -> str:
    return "\n".join(b.text for b in doc.blocks if b.page == page)


@pytest.fixture(scope="module")
def page():
    return _page_image()


@pytest.fixture(scope="module")
def turned_scan(page, tmp_path_factory):
    """Four pages: upright, then the same page turned 90°, 180° and 270° counter-clockwise (as fed
    to the scanner), so reading it needs 0°, 90°, 180° and 270° clockwise."""
    path = tmp_path_factory.mktemp("scans") / "mid_skan_obrocony.pdf"
    _image_pdf(path, [page.rotate(angle, expand=True, fillcolor=255) for angle in (0, 90, 180, 270)])
    return convert(path)


@pytest.mark.parametrize("number,angle", [(2, 90), (3, 180), (4, 270)])
def test_turned_page_is_read_upright(turned_scan, number, angle):
    doc = turned_scan.document
    text = _page_text(doc, number)
    assert "Diagnoza" in text, text[:300]
    for sentence in SENTENCES:
        assert _found(sentence, text) >= 0.9, (sentence, text[:600])
    info = doc.pages[number - 1]
    assert info.ocr and (info.width, info.height) == pytest.approx((595.3, 841.9), abs=2)  # upright A4
    assert not info.landscape
    for b in doc.blocks:  # every block inside the upright page
        if b.page == number and b.bbox:
            x0, top, x1, bottom = b.bbox
            assert 0 <= x0 < x1 <= info.width and 0 <= top < bottom <= info.height


def test_reader_says_which_pages_it_turned(turned_scan):
    notes = [m for m in turned_scan.warnings if m.code == "ocr_rotated"]
    assert len(notes) == 1
    text = notes[0].text
    assert text.startswith("Skan był obrócony")
    assert "stronę 2 o 90°" in text and "stronę 3 o 180°" in text and "stronę 4 o 270°" in text
    assert "stronę 1 " not in text  # the upright page was not turned
    assert "ocr_used" in [m.code for m in turned_scan.warnings]


def test_upright_page_is_read_as_it_is(turned_scan):
    text = _page_text(turned_scan.document, 1)
    assert all(_found(s, text) >= 0.9 for s in SENTENCES)
    headings = [b.text for b in turned_scan.document.blocks if b.page == 1 and b.kind == BlockKind.HEADING]
    assert any(re.fullmatch(r"1\.\s*Diagnoza", h) for h in headings), headings


def test_page_rotate_entry_is_honoured(page, tmp_path):
    """A scanner that stores a portrait page as a landscape image with /Rotate 90: the page is
    upright as displayed, so nothing is turned and nothing is reported."""
    path = _image_pdf(tmp_path / "skan_rotate.pdf", [page.rotate(90, expand=True, fillcolor=255)], page_rotate=90)
    res = convert(path)
    assert "ocr_rotated" not in [m.code for m in res.warnings]
    text = _page_text(res.document, 1)
    assert "Diagnoza" in text
    assert all(_found(s, text) >= 0.9 for s in SENTENCES)
    info = res.document.pages[0]
    assert (info.width, info.height) == pytest.approx((595.3, 841.9), abs=2)


def test_orientation_tried_when_osd_cannot_tell(page, tmp_path, monkeypatch):
    """Without an OSD answer the four orientations are read on a smaller image and the best
    mean word confidence wins."""
    import pypdfium2 as pdfium

    monkeypatch.setattr(ocr, "osd", lambda image: None)
    path = _image_pdf(tmp_path / "skan_180.pdf", [page.rotate(180, expand=True, fillcolor=255)])
    pdf = pdfium.PdfDocument(str(path))
    try:
        read = ocr.read_page(pdf, 0)
    finally:
        pdf.close()
    assert (read.rotation, read.orientation) == (180, "trials")
    text = " ".join(w.text for w in read.words)
    assert all(_found(s, text) >= 0.9 for s in SENTENCES)
    assert all(w.x1 <= read.size[0] + 1 and w.bottom <= read.size[1] + 1 for w in read.words)
