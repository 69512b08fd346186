"""Generate hostile / broken input files for robustness tests of the ingest stage.

``make_bad_inputs(dest)`` writes the files below into ``dest`` and returns a manifest
``{file_name: {"expect": "failed" | "ok" | "warning", "reason": ..., "desc": ...}}``.
Run as a script (``python tests/bad_inputs/make_bad_inputs.py OUTDIR``) it prints the
manifest as JSON. Output is deterministic (fixed seeds, invariant PDFs, fixed zip dates).

- ``empty.pdf``                  0 bytes.                                   -> failed, empty
- ``truncated.pdf``              valid Polish PDF cut to its first 40 %.    -> failed, corrupt
- ``garbage.pdf``                20 kB of pseudo-random bytes after a PDF header. -> failed, corrupt
- ``encrypted.pdf``              RC4-128, user password "tajne".            -> failed, encrypted
- ``encrypted_empty_password.pdf`` encrypted, empty user password (opens without one),
                                 normal Polish MID text.                    -> ok
- ``not_a_zip.docx``             plain text bytes.                          -> failed, not a zip / corrupt
- ``pdf_named.docx``             a real PDF with a .docx extension.         -> ok, warning "extension mismatch"
- ``docx_named.pdf``             a real DOCX with a .pdf extension.         -> ok, warning "extension mismatch"
- ``zip_bomb.docx``              word/document.xml inflates to ~1 GiB (compressed ~1 MB).
                                                                            -> failed, decompressed size limit
- ``many_pages.pdf``             500 pages of Polish text.                  -> ok or warning "page limit"
- ``english.docx``               a well-formed English climate plan.        -> warning, not Polish
- ``notes.rtf``                  a tiny RTF file.                           -> failed, unsupported format
- ``image.png``                  a small valid PNG.                         -> failed, unsupported format
- ``Plan działań – Łódź (wersja 2).docx`` valid Polish DOCX, diacritics and spaces in the name. -> ok
"""
from __future__ import annotations

import copy
import datetime as _dt
import io
import os
import json
import pathlib
import random
import struct
import sys
import zipfile
import zlib

import docx
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

_FIXED_DATE = (2024, 1, 1, 0, 0, 0)
_FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
]

MID_TEXT = [
    ("1. Diagnoza stanu jakości powietrza",
     "W sezonie grzewczym stężenia pyłu PM10 i benzo(a)pirenu w mieście przekraczają "
     "normy. Głównym źródłem niskiej emisji są przestarzałe kotły węglowe w zabudowie "
     "jednorodzinnej oraz ruch samochodowy w śródmieściu."),
    ("2. Cele Miejskiego Planu Działań",
     "Celem jest ograniczenie niskiej emisji o 30% do 2027 roku, rozwój dróg rowerowych "
     "oraz zwiększenie świadomości ekologicznej mieszkańców."),
    ("3. Działania",
     "Program wymiany kotłów węglowych – odpowiedzialny: Wydział Ochrony Środowiska, "
     "termin: 2024–2026, koszt: 4,5 mln zł, źródło finansowania: WFOŚiGW, "
     "wskaźnik: liczba wymienionych kotłów: 400."),
    ("4. Harmonogram i budżet",
     "Działania zostaną zrealizowane w latach 2024–2027; łączny budżet wynosi 12 mln zł, "
     "z czego 60% pochodzi ze środków zewnętrznych."),
]


def _font() -> str:
    for path in _FONT_CANDIDATES:
        if pathlib.Path(path).exists():
            if "PolishSans" not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont("PolishSans", path))
            return "PolishSans"
    return "Helvetica"  # no TTF available: diacritics will not render, text is still there


def _wrap(text: str, width: int = 85) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line] if line else lines


def _pdf_bytes(pages: list[list[tuple[str, str]]], encrypt=None) -> bytes:
    """Render pages (each a list of (heading, paragraph)) with the plain canvas API."""
    buf = io.BytesIO()
    font = _font()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, encrypt=encrypt)
    c.setTitle("Miejski Plan Działań")
    for blocks in pages:
        y = A4[1] - 60
        for heading, para in blocks:
            c.setFont(font, 14)
            c.drawString(50, y, heading)
            y -= 22
            c.setFont(font, 10)
            for line in _wrap(para):
                c.drawString(50, y, line)
                y -= 14
            y -= 10
        c.showPage()
    c.save()
    return buf.getvalue()


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed entry dates so the output is byte-for-byte reproducible."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, _FIXED_DATE), src.read(info),
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _docx_bytes(title: str, blocks: list[tuple[str, str]], link: str | None = None) -> bytes:
    d = docx.Document()
    stamp = _dt.datetime(2024, 1, 1)
    d.core_properties.created = d.core_properties.modified = stamp
    d.core_properties.title = title
    d.add_heading(title, level=0)
    for heading, para in blocks:
        d.add_heading(heading, level=2 if heading.startswith("Działanie ") else 1)
        d.add_paragraph(para)
    if link:  # a hyperlink run pointing at ``link`` (an external relationship)
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        p = d.add_paragraph("Więcej informacji: ")
        h = OxmlElement("w:hyperlink")
        h.set(qn("r:id"), d.part.relate_to(link, RT.HYPERLINK, is_external=True))
        r, t = OxmlElement("w:r"), OxmlElement("w:t")
        t.text = "strona projektu"
        r.append(t)
        h.append(r)
        p._p.append(h)
    buf = io.BytesIO()
    d.save(buf)
    return _normalise_zip(buf.getvalue())


def _zip_bomb(path: pathlib.Path, size: int = 1 << 30, chunk: int = 1 << 20) -> None:
    """A structurally valid DOCX whose document.xml is ~1 GiB of whitespace."""
    ns = "http://schemas.openxmlformats.org/"
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<Types xmlns="{ns}package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<Relationships xmlns="{ns}package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{ns}officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>')
    head = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{ns}wordprocessingml/2006/main"><w:body>'
            '<w:p><w:r><w:t>Miejski Plan Działań – Gorzów Wielkopolski</w:t></w:r></w:p>'
            ).encode()
    tail = b"</w:body></w:document>"
    blank = b" " * chunk
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("[Content_Types].xml", _FIXED_DATE), content_types,
                   compress_type=zipfile.ZIP_DEFLATED)
        z.writestr(zipfile.ZipInfo("_rels/.rels", _FIXED_DATE), rels,
                   compress_type=zipfile.ZIP_DEFLATED)
        info = zipfile.ZipInfo("word/document.xml", _FIXED_DATE)
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w") as f:
            f.write(head)
            for _ in range(size // chunk):
                f.write(blank)
            f.write(tail)


def _png_bytes(w: int = 16, h: int = 16) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    # filter byte 0 per row, then RGB pixels forming a simple gradient
    raw = b"".join(b"\x00" + bytes(v for x in range(w) for v in (x * 16 % 256, y * 16 % 256, 128))
                   for y in range(h))
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


ENGLISH = [
    ("1. Introduction", "This Climate Action Plan sets out how the City of Springfield will "
     "reduce greenhouse gas emissions by 55% by 2030 compared with 2010 levels."),
    ("2. Baseline emissions", "Buildings account for 48% of the city's emissions, transport "
     "for 31% and waste for the remainder. Most homes are heated by gas boilers."),
    ("3. Actions", "Retrofit municipal buildings, expand the protected cycle network by 40 km, "
     "electrify the bus fleet and plant 10,000 street trees."),
    ("4. Monitoring", "Progress will be reported every year to the City Council using a set "
     "of key performance indicators published on the open data portal."),
]


_XXE = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
        '<w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>')
_XSS_BLOCKS = [("1. Diagnoza <script>alert(1)</script>",
                "Opis sytuacji <img src=x onerror=alert(2)> w mieście oraz dane o jakości powietrza " * 4),
               ("2. Działania", "Działanie 1: Strefa Tempo 30 <script>alert(4)</script> – koszt: 1 mln zł")]
_FORMULA_BLOCKS = [("1. Diagnoza", MID_TEXT[0][1]), ("2. Cele", MID_TEXT[1][1]),
                   ("3. Działania", "W ramach inicjatywy miasto zrealizuje następujące działania."),
                   ("Działanie 1 – =HYPERLINK(\"http://zlo.example\";\"kliknij\")",
                    "Odpowiedzialny: Wydział Ochrony Środowiska. Termin: 2025. Koszt: 1 mln zł."),
                   ("Działanie 2 – +48 kampania antysmogowa", "Odpowiedzialny: Biuro Prasowe. Termin: 2025."),
                   ("Działanie 3 – @SUMA(A1:A9) ścieżka rowerowa", "Odpowiedzialny: Zarząd Dróg. Termin: 2026."),
                   ("Działanie 4 – -5% emisji z kotłów węglowych", "Odpowiedzialny: Wydział Ochrony Środowiska.")]


def _broken_xref(pdf: bytes) -> bytes:
    head, _, tail = pdf.rpartition(b"startxref")
    return head + b"startxref\n999999\n%%EOF\n"


def _pdf_with_javascript(pdf: bytes) -> bytes:
    """Add /OpenAction with JavaScript to the catalog (the xref is rebuilt by readers)."""
    return pdf.replace(b"/Type /Catalog", b"/Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>", 1)


def _docx_with_xml(data: bytes, part: str, xml: str) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info, xml.encode() if info.filename == part else src.read(info.filename))
    return _normalise_zip(out.getvalue())


def _docx_with_remote_image(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    rels = src.read("word/_rels/document.xml.rels").decode()
    rels = rels.replace("</Relationships>", '<Relationship Id="rIdRemote" Type="http://schemas.openxmlformats.org/'
                        'officeDocument/2006/relationships/image" Target="http://zlo.example/pixel.png" '
                        'TargetMode="External"/></Relationships>')
    return _docx_with_xml(data, "word/_rels/document.xml.rels", rels)


def _encrypted_odt() -> bytes:
    out = io.BytesIO()
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="5000">'
                '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA">'
                '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="AAAA"/>'
                '<manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:iteration-count="1024" '
                'manifest:salt="AAAA"/></manifest:encryption-data></manifest:file-entry></manifest:manifest>')
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", _FIXED_DATE), "application/vnd.oasis.opendocument.text")
        z.writestr(zipfile.ZipInfo("META-INF/manifest.xml", _FIXED_DATE), manifest)
        z.writestr(zipfile.ZipInfo("content.xml", _FIXED_DATE), random.Random(7).randbytes(5000))
    return out.getvalue()


def _many_paragraphs(n: int) -> bytes:
    d = docx.Document()
    d.add_heading("Miejska Inicjatywa Działania – Kutno", 0)
    for heading, text in MID_TEXT:
        d.add_heading(heading, 1)
        d.add_paragraph(text)
    filler = d.add_paragraph("Uzupełnienie opisu działania.")._p
    body = d.element.body
    for _ in range(n):
        body.append(copy.deepcopy(filler))
    buf = io.BytesIO()
    d.save(buf)
    return _normalise_zip(buf.getvalue())


SECRET = "TAJNE-SPOZA-SKRZYNKI-7f3a"


def make_hostile_entries(dest: pathlib.Path, outside: pathlib.Path) -> dict[str, str]:
    """Entries of a folder that are not plain files of a submission, next to the files of
    ``make_bad_inputs``: links leaving the folder (to a secret written in ``outside``), a pipe,
    a second link to one file, editor lock files, a name that is not UTF-8, a real submission
    whose name starts with dots. Returns {display name: "processed" | "listed"}."""
    dest, outside = pathlib.Path(dest), pathlib.Path(outside)
    outside.mkdir(parents=True, exist_ok=True)
    secret = outside / "secret.docx"
    secret.write_bytes(_docx_bytes("Miejska Inicjatywa Działania – Sekret", [("1. Diagnoza", SECRET * 20)]))
    (outside / "secret.txt").write_text(SECRET + "\n", encoding="utf-8")
    (outside / "folder").mkdir(exist_ok=True)
    (outside / "folder" / "inny.docx").write_bytes(secret.read_bytes())
    out = {}
    links = {"link_absolute.docx": secret, "link_relative.pdf": pathlib.Path("..") / outside.name / "secret.txt",
             "link_folder": outside / "folder", "link_dangling.docx": outside / "nie_ma.docx",
             "link_inside.docx": pathlib.Path("Plan działań – Łódź (wersja 2).docx")}
    for name, target in links.items():
        os.symlink(target, dest / name)
        out[name] = "listed"
    if dest.parent != outside.parent:
        raise ValueError("outside must be a sibling of dest (the relative link climbs one level)")
    os.mkfifo(dest / "potok.pdf")
    out["potok.pdf"] = "listed"
    (dest / "~$an działań.docx").write_bytes(b"\x00" * 162)
    out["~$an działań.docx"] = "listed"
    (dest / ".~lock.plan.odt#").write_text("Jan Kowalski,jan,komputer,04.12.2026 10:00,file:///home/jan;")
    out[".~lock.plan.odt#"] = "listed"
    (dest / "..Plan Kutno.docx").write_bytes(_docx_bytes("Miejska Inicjatywa Działania – Kutno", MID_TEXT))
    out["..Plan Kutno.docx"] = "processed"
    (dest / os.fsdecode(b"Plan_dzia\xb3a\xf1_Wroc\xb3aw.docx")).write_bytes(
        _docx_bytes("Miejska Inicjatywa Działania – Wrocław", MID_TEXT))
    out["Plan_działań_Wrocław.docx"] = "processed"
    return out


def make_bad_inputs(dest: pathlib.Path) -> dict[str, dict]:
    dest = pathlib.Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict] = {}

    def put(name: str, data: bytes | None, expect: str, reason: str, desc: str) -> None:
        if data is not None:
            (dest / name).write_bytes(data)
        manifest[name] = {"expect": expect, "reason": reason, "desc": desc}

    small_pdf = _pdf_bytes([MID_TEXT])
    polish_docx = _docx_bytes("Miejski Plan Działań – Łódź", MID_TEXT)

    put("empty.pdf", b"", "failed", "empty", "zero-byte file with a .pdf extension")
    put("truncated.pdf", small_pdf[: int(len(small_pdf) * 0.4)], "failed", "corrupt",
        "valid Polish PDF cut to its first 40% of bytes (no xref, no trailer)")
    rnd = random.Random(20240101)
    put("garbage.pdf", b"%PDF-1.4\n" + rnd.randbytes(20_000 - 9), "failed", "corrupt",
        "PDF header followed by 20 kB of pseudo-random bytes")
    put("encrypted.pdf", _pdf_bytes([MID_TEXT], StandardEncryption(
        "tajne", ownerPassword="wlasciciel", strength=128)), "failed", "encrypted",
        "RC4-128 encrypted PDF, user password 'tajne' required to open")
    put("encrypted_empty_password.pdf", _pdf_bytes([MID_TEXT], StandardEncryption(
        "", ownerPassword="wlasciciel", canModify=0, strength=128)), "ok", "",
        "encrypted with an empty user password and an owner password; opens without one")
    put("not_a_zip.docx", "To nie jest plik Word.\n".encode(), "failed", "not a zip / corrupt",
        "plain text bytes with a .docx extension")
    put("pdf_named.docx", small_pdf, "ok", "extension mismatch",
        "a real Polish PDF saved with a .docx extension; detect the format by content")
    put("docx_named.pdf", polish_docx, "ok", "extension mismatch",
        "a real Polish DOCX saved with a .pdf extension; detect the format by content")
    _zip_bomb(dest / "zip_bomb.docx")
    put("zip_bomb.docx", None, "failed", "decompressed size limit",
        "valid DOCX skeleton whose word/document.xml inflates to ~1 GiB of whitespace")
    pages = [[(f"Rozdział {i}. Działania na rzecz jakości powietrza", MID_TEXT[i % 4][1]),
              ("Opis szczegółowy", MID_TEXT[(i + 1) % 4][1])] for i in range(1, 1001)]
    put("many_pages.pdf", _pdf_bytes(pages), "ok", "page limit",
        "1,000-page Polish PDF; the first pages are analysed, a page-limit warning says so")
    put("broken_xref.pdf", _broken_xref(small_pdf), "ok", "repaired",
        "valid PDF whose startxref offset points into nowhere (the parser rebuilds the xref)")
    put("javascript.pdf", _pdf_with_javascript(small_pdf), "ok", "",
        "PDF whose catalog runs JavaScript on open (/OpenAction /JS); the text is read, nothing runs")
    put("xxe.docx", _docx_with_xml(polish_docx, "word/document.xml", _XXE), "failed", "xml forbidden",
        "DOCX whose document.xml declares an external entity pointing at /etc/passwd")
    put("remote_image.docx", _docx_with_remote_image(polish_docx), "ok", "",
        "DOCX with an external relationship to an image on http://; nothing is fetched")
    put("encrypted.odt", _encrypted_odt(), "failed", "encrypted", "ODT saved with a password")
    put("xss.docx", _docx_bytes("Miejska Inicjatywa Działania – Konin", _XSS_BLOCKS, link="javascript:alert(3)"),
        "ok", "", "text with <script>, <img onerror> and a javascript: hyperlink; shown as text only")
    put("formula.docx", _docx_bytes("Miejska Inicjatywa Działania – Konin", _FORMULA_BLOCKS), "ok", "",
        "action titles starting with =, +, -, @ (spreadsheet formula injection)")
    put("cp1250.docx", _docx_bytes("Miejska Inicjatywa Działania – Łódź",
                                   [(h, t.encode("cp1250").decode("cp1252")) for h, t in MID_TEXT]), "ok", "",
        "text pasted from a cp1250 source read as cp1252 (mojibake: ³ for ł, ¹ for ą)")
    long_name = "Miejska_Inicjatywa_Dzialania_" + "bardzo_dluga_nazwa_" * 11 + ".docx"
    put(long_name[-250:], polish_docx, "ok", "", "a 250-character file name")
    put("..raport.pdf", small_pdf, "ok", "", "a name starting with dots (never a path outside the output)")
    put("long_lines.docx", _docx_bytes("Miejska Inicjatywa Działania – Kutno",
                                        [(h, (t + " ") * 120) for h, t in MID_TEXT]), "ok", "",
        "paragraphs of ~40,000 characters on one line (once made a ToC pattern run for hours)")
    put("many_paragraphs.docx", _many_paragraphs(200_000), "ok", "block limit",
        "200,000 short paragraphs in a 1 MB DOCX: the first blocks are analysed, a warning says so")
    put("english.docx", _docx_bytes("Springfield Climate Action Plan", ENGLISH), "warning",
        "not Polish", "well-formed DOCX written in English")
    put("notes.rtf", rb"{\rtf1\ansi\deff0 {\fonttbl {\f0 Arial;}}\f0\fs24 Notatki z "
        rb"posiedzenia zespo\'b3u.\par}" + b"\n", "failed", "unsupported format",
        "tiny RTF document")
    put("image.png", _png_bytes(), "failed", "unsupported format", "16x16 RGB PNG image")
    put("Plan działań – Łódź (wersja 2).docx", polish_docx, "ok", "",
        "valid Polish DOCX; diacritics, an en dash, spaces and brackets in the file name")
    return manifest


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_bad_inputs.py OUTDIR")
    print(json.dumps(make_bad_inputs(pathlib.Path(sys.argv[1])), ensure_ascii=False, indent=2))
