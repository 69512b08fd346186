"""Reproductions of PDFs seen in the wild (public test files of pdfplumber, docling, pdfminer),
built in code: overlapping table cells, three-column pages, a two-column page under a long
full-width introduction, image-only pages pdfminer cannot page, unmapped ``(cid:NN)`` glyphs.

Each ``make_*`` writes one file and returns what a test needs to know about it.
"""
from __future__ import annotations

import io
import zlib
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

_FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
]
_BOLD_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
]


def _fonts() -> tuple[str, str]:
    """A regular and a bold font with Polish glyphs."""
    names = []
    for name, candidates in (("PlSans", _FONT_CANDIDATES), ("PlSansBold", _BOLD_CANDIDATES)):
        if name not in pdfmetrics.getRegisteredFontNames():
            path = next((p for p in candidates if Path(p).is_file()), None)
            if path is None:
                raise RuntimeError("no TTF font with Polish glyphs (DejaVuSans) installed")
            pdfmetrics.registerFont(TTFont(name, path))
        names.append(name)
    return names[0], names[1]


def _canvas(path: Path) -> canvas.Canvas:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("test")
    return c


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines, cur = [], ""
    for word in text.split():
        trial = f"{cur} {word}".strip()
        if cur and pdfmetrics.stringWidth(trial, font, size) > width:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- 11. overlapping cells

TABLE_ROWS = [
    ["Działanie", "Odpowiedzialny", "Koszt"],
    ["Wymiana kotłów", "Wydział Środowiska", "4,5 mln zł"],
    ["Ścieżki rowerowe", "Zarząd Dróg", "2,1 mln zł"],
    ["Kampania edukacyjna", "Biuro Promocji", "0,3 mln zł"],
]


def make_overlapping_cells(path: Path) -> dict:
    """A table inside a ruled frame whose inner rules stop short of it: pdfplumber's lattice
    gives one cell spanning the whole grid (the frame) besides the real cells."""
    font, bold = _fonts()
    c = _canvas(path)
    width, height = A4
    c.setFont(bold, 14)
    c.drawString(60, height - 80, "Tabela 1. Zestawienie działań")
    c.setFont(font, 10)
    c.drawString(60, height - 105, "Poniższa tabela zestawia działania planu.")
    x0, col_w, row_h, top = 60, 160, 24, height - 140
    n_rows, n_cols = len(TABLE_ROWS), len(TABLE_ROWS[0])
    x1, bottom = x0 + n_cols * col_w, top - n_rows * row_h
    c.setLineWidth(0.8)
    c.rect(x0 - 6, bottom - 6, x1 - x0 + 12, top - bottom + 12)  # the frame around the table
    for r in range(n_rows + 1):  # the table's own rules
        c.line(x0, top - r * row_h, x1, top - r * row_h)
    for k in range(n_cols + 1):
        c.line(x0 + k * col_w, top, x0 + k * col_w, bottom)
    for r, row in enumerate(TABLE_ROWS):
        for k, text in enumerate(row):
            c.setFont(bold if r == 0 else font, 10)
            c.drawString(x0 + k * col_w + 4, top - r * row_h - 16, text)
    c.setFont(font, 10)
    c.drawString(60, bottom - 40, "Koniec zestawienia działań.")
    c.showPage()
    c.save()
    return {"rows": TABLE_ROWS}


# ---------------------------------------------------------------- 12. columns

def _sentences(tag: str, n: int) -> list[str]:
    """Sentences that say which column they belong to and their order there."""
    return [f"Zdanie {tag}{i} opisuje działanie miasta w kolumnie {tag} i kończy się tutaj."
            for i in range(1, n + 1)]


def _columns_page(c: canvas.Canvas, tops: float, columns: list[list[str]], x0: float, width: float,
                  gap: float, font: str, size: float = 9.5, leading: float = 12.5) -> float:
    col_w = (width - gap * (len(columns) - 1)) / len(columns)
    lowest = tops
    for k, sentences in enumerate(columns):
        y = tops
        for para in (" ".join(sentences[:len(sentences) // 2]), " ".join(sentences[len(sentences) // 2:])):
            for line in _wrap(para, font, size, col_w):
                c.setFont(font, size)
                c.drawString(x0 + k * (col_w + gap), y, line)
                y -= leading
            y -= leading * 0.6
        lowest = min(lowest, y)
    return lowest


def make_three_columns(path: Path) -> dict:
    """A full-width title and lead, three columns of text, a full-width closing block."""
    font, bold = _fonts()
    c = _canvas(path)
    width, height = A4
    c.setFont(bold, 16)
    c.drawString(50, height - 70, "Miejski Plan Działań – streszczenie dla mieszkańców")
    lead = ("Wstęp na całą szerokość strony przedstawia cel dokumentu i sposób jego przygotowania "
            "przez zespół miejski wraz z partnerami z organizacji pozarządowych.")
    y = height - 95
    for line in _wrap(lead, font, 10, width - 100):
        c.setFont(font, 10)
        c.drawString(50, y, line)
        y -= 13
    cols = [_sentences(tag, 8) for tag in ("A", "B", "C")]
    y = _columns_page(c, y - 15, cols, 50, width - 100, 14, font)
    closing = ("Zakończenie na całą szerokość strony podsumowuje trzy kolumny powyżej i zaprasza "
               "mieszkańców do udziału w konsultacjach społecznych planu.")
    y -= 10
    for line in _wrap(closing, font, 10, width - 100):
        c.setFont(font, 10)
        c.drawString(50, y, line)
        y -= 13
    c.showPage()
    c.save()
    return {"columns": cols, "lead": lead, "closing": closing}


def make_two_columns_long_intro(path: Path) -> dict:
    """A two-column page under a long full-width introduction (more than a sixth of the
    page's lines cross the gutter, so one gutter for the whole page is not found)."""
    font, bold = _fonts()
    c = _canvas(path)
    width, height = A4
    c.setFont(bold, 15)
    c.drawString(50, height - 70, "Diagnoza stanu jakości powietrza")
    intro = " ".join(f"Wstęp{i} opisuje sytuację w mieście na całą szerokość strony tekstu."
                     for i in range(1, 13))
    y = height - 95
    for line in _wrap(intro, font, 10, width - 100):
        c.setFont(font, 10)
        c.drawString(50, y, line)
        y -= 13
    cols = [_sentences(tag, 10) for tag in ("L", "P")]
    _columns_page(c, y - 15, cols, 50, width - 100, 20, font)
    c.showPage()
    c.save()
    return {"columns": cols}


# ---------------------------------------------------------------- hand-written PDFs

def _pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF file from its numbered objects (1..n), with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref))
    return out.getvalue()


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    packed = zlib.compress(data)
    return b"<< /Length %d /Filter /FlateDecode %s >>\nstream\n" % (len(packed), extra) + packed + b"\nendstream"


def _scan_image(lines: list[str], width: int = 1240, height: int = 1754) -> bytes:
    """A 150 dpi grey 'scan' of a page of Polish text (raw 8-bit grey samples)."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(img)
    path = next(p for p in _FONT_CANDIDATES if Path(p).is_file())
    fnt = ImageFont.truetype(path, 30)
    y = 150
    for line in lines:
        draw.text((120, y), line, font=fnt, fill=0)
        y += 52
    return img.tobytes()


SCAN_LINES = [
    "Miejski Plan Działań – Kielce",
    "Diagnoza stanu jakości powietrza w mieście",
    "Głównym źródłem zanieczyszczeń są kotły węglowe.",
]


def make_unpaged_scan(path: Path, pages: int = 2, broken: str = "no_type") -> dict:
    """An image-only PDF whose pages pdfminer cannot find but PDFium can.

    ``broken="no_type"``: page objects without ``/Type /Page`` (pdfminer's page-tree walk and
    its fallback both look for that name). Each page shows an image XObject; with
    ``contents=False`` the page has no ``/Contents`` at all.
    """
    w, h = 1240, 1754
    image = _stream(_scan_image(SCAN_LINES), b"/Type /XObject /Subtype /Image /Width %d /Height %d "
                    b"/ColorSpace /DeviceGray /BitsPerComponent 8" % (w, h))
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    img_obj = len(objects) + 1
    objects.append(image)
    for _ in range(pages):
        content_obj = len(objects) + 1
        objects.append(_stream(b"q 595 0 0 842 0 0 cm /Im1 Do Q"))
        page_obj = len(objects) + 1
        kind = b"" if broken == "no_type" else b"/Type /Page "
        objects.append(b"<< %s/Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 %d 0 R >> >> "
                       b"/Contents %d 0 R >>" % (kind, img_obj, content_obj))
        kids.append(b"%d 0 R" % page_obj)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), pages)
    path.write_bytes(_pdf(objects))
    return {"pages": pages, "lines": SCAN_LINES}


# ---------------------------------------------------------------- 15. (cid:NN) glyphs

CID_READABLE = [
    "1. Diagnoza stanu powietrza",
    "W sezonie grzewczym stezenia pylu PM10 przekraczaja normy w centrum miasta.",
    "Glownym zrodlem niskiej emisji sa kotly weglowe w zabudowie jednorodzinnej.",
    "Miasto planuje wymiane kotlow oraz rozwoj sieci cieplowniczej do 2027 roku.",
    "2. Cele planu",
    "Celem jest ograniczenie niskiej emisji o 30 procent do 2027 roku.",
    "Plan przewiduje rowniez rozwoj drog rowerowych i edukacje ekologiczna.",
    "3. Dzialania",
    "Program wymiany kotlow weglowych prowadzi Wydzial Ochrony Srodowiska.",
    "Kampanie edukacyjne w szkolach prowadzi Biuro Promocji Miasta.",
    "Budowa sciezek rowerowych zostanie sfinansowana ze srodkow miasta.",
    "4. Harmonogram",
    "Dzialania beda realizowane w latach 2024-2027 zgodnie z harmonogramem.",
]


def _cid_text(n: int, seed: int) -> bytes:
    """A hex string of ``n`` two-byte glyph ids (no ToUnicode: pdfminer reads '(cid:NN)')."""
    return b"<" + b"".join(b"%04X" % (3 + (seed * 7 + i * 13) % 60) for i in range(n)) + b">"


def make_cid_text(path: Path, cid_lines_page1: int = 2, cid_page: bool = True) -> dict:
    """Page 1: readable Helvetica text with ``cid_lines_page1`` lines (a heading and a
    paragraph line) in a Type0 font with Identity-H and no ToUnicode. Page 2 (``cid_page``):
    almost all text in that font (only a page number readable)."""
    font_dict = (b"<< /Type /Font /Subtype /Type0 /BaseFont /Unmapped /Encoding /Identity-H "
                 b"/DescendantFonts [4 0 R] >>")
    cid_font = (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Unmapped "
                b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                b"/FontDescriptor 5 0 R /DW 500 /CIDToGIDMap /Identity >>")
    descriptor = (b"<< /Type /FontDescriptor /FontName /Unmapped /Flags 32 /FontBBox [0 -200 1000 900] "
                  b"/ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>")
    helv = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    helv_bold = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    resources = b"<< /Font << /F1 6 0 R /F2 3 0 R /F3 7 0 R >> >>"

    def page1() -> bytes:
        ops, y = [], 780
        readable = iter(CID_READABLE)
        plan = ["r"] * len(CID_READABLE)
        # a heading and a paragraph line in the unmapped font, among the readable lines
        inserts = [("h", 4), ("p", 8), ("p", 12), ("p", 2)][:cid_lines_page1]
        for kind, at in sorted(inserts, key=lambda t: -t[1]):
            plan.insert(at, kind)
        for k, kind in enumerate(plan):
            if kind == "r":
                text = next(readable)
                font = b"/F3 13" if text[:1].isdigit() else b"/F1 10"
                ops.append(b"BT %s Tf 60 %d Td (%s) Tj ET" % (font, y, text.encode("cp1252")))
            elif kind == "h":
                ops.append(b"BT /F2 13 Tf 60 %d Td %s Tj ET" % (y, _cid_text(18, k)))
            else:
                ops.append(b"BT /F2 10 Tf 60 %d Td %s Tj ET" % (y, _cid_text(60, k)))
            y -= 24
        ops.append(b"BT /F1 9 Tf 290 40 Td (1) Tj ET")
        return b"\n".join(ops)

    def page2() -> bytes:
        ops, y = [], 780
        for k in range(20):
            ops.append(b"BT /F2 10 Tf 60 %d Td %s Tj ET" % (y, _cid_text(55, 100 + k)))
            y -= 18
        ops.append(b"BT /F1 9 Tf 290 40 Td (2) Tj ET")
        return b"\n".join(ops)

    contents = [page1()] + ([page2()] if cid_page else [])
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", font_dict, cid_font, descriptor,
                            helv, helv_bold]
    kids = []
    for data in contents:
        objects.append(_stream(data))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources %s /Contents %d 0 R >>"
                       % (resources, len(objects)))
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    path.write_bytes(_pdf(objects))
    return {"cid_lines": cid_lines_page1, "cid_pages": [2] if cid_page else [], "readable": CID_READABLE}


LABELS = [("Nazwa działania", "Wymiana kotłów węglowych w budynkach komunalnych"),
          ("Odpowiedzialny", "Wydział Ochrony Środowiska i Rolnictwa Urzędu Miasta"),
          ("Termin realizacji", "lata 2024–2027, w trzech etapach rocznych"),
          ("Koszt", "4,5 mln zł brutto według kosztorysu inwestorskiego"),
          ("Źródło finansowania", "WFOŚiGW w Katowicach oraz budżet miasta"),
          ("Wskaźnik", "liczba wymienionych kotłów: 400 sztuk"),
          ("Partnerzy", "spółdzielnie mieszkaniowe i wspólnoty mieszkaniowe"),
          ("Ryzyka", "wzrost cen urządzeń grzewczych i opóźnienia dostaw"),
          ("Uwagi", "działanie kontynuuje program z lat poprzednich")]


def make_label_values(path: Path) -> dict:
    """A one-column page: a paragraph, then label/value lines set with wide tab stops (a card
    without rules). Not two columns: each value stays after its label."""
    font, bold = _fonts()
    c = _canvas(path)
    width, height = A4
    c.setFont(bold, 14)
    c.drawString(60, height - 70, "Karta działania nr 1")
    y = height - 95
    text = ("Karta opisuje działanie planu w układzie etykieta i wartość, tak jak przygotowuje ją "
            "wydział merytoryczny urzędu miasta w edytorze tekstu z tabulatorami.")
    for line in _wrap(text, font, 10, width - 120):
        c.setFont(font, 10)
        c.drawString(60, y, line)
        y -= 13
    y -= 12
    for label, value in LABELS:
        c.setFont(bold, 10)
        c.drawString(60, y, label + ":")
        c.setFont(font, 10)
        c.drawString(230, y, value)
        y -= 16
    c.showPage()
    c.save()
    return {"pairs": LABELS}


UNPAGED_TEXT = ["1. Diagnoza stanu powietrza",
                "W sezonie grzewczym normy pylu PM10 sa przekraczane w centrum miasta.",
                "2. Cele planu",
                "Celem jest ograniczenie niskiej emisji o 30 procent do 2027 roku."]


def make_unpaged_text(path: Path, pages: int = 3) -> dict:
    """A text PDF whose page objects lack /Type /Page: pdfminer finds no page, PDFium
    reads them and their text layer."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
                            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for n in range(pages):
        ops, y = [], 700
        for line in UNPAGED_TEXT:
            ops.append(b"BT /F1 %d Tf 60 %d Td (%s) Tj ET" % (13 if line[:1].isdigit() else 10, y,
                                                          f"{line} [{n + 1}]".encode("cp1252")))
            y -= 24
        objects.append(_stream(b"\n".join(ops)))
        objects.append(b"<< /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                       b"/Contents %d 0 R >>" % len(objects))
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), pages)
    path.write_bytes(_pdf(objects))
    return {"pages": pages, "lines": UNPAGED_TEXT}
