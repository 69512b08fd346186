"""Generate hostile and unusual office packages (DOCX, DOCM, ODT) for ``tests/test_office_hostile.py``.

``make_office_cases(dest, secret)`` writes the files below into ``dest`` and returns a manifest
``{file_name: {"expect": "failed" | "ok", "code": <message code or None>, "desc": ...}}``.
``secret`` is a file whose content must never appear in any output: the external entities
below point at it. Packages are built the way Word / LibreOffice write them (python-docx's
template for Word, odfpy for LibreOffice), then the part under test is changed; zip dates are
fixed so the output is reproducible.

Late DTDs (refused, ``xml_forbidden``): a DTD after a 6 KB or 2 MB comment in document.xml,
in styles.xml, in word/_rels/document.xml.rels, in [Content_Types].xml, in a UTF-16 document.xml,
in a header part whose name has no .xml suffix; an ODT content.xml with a billion-laughs DTD
after a 6 KB comment, an ODT mimetype and manifest with a DTD. A UTF-32 document.xml is refused
(``xml_encoding``). Read (``ok``): a .docm with vbaProject.bin (text read, ``macros_ignored``),
the same package named .docx, an ODT with a LibreOffice Basic library, a Strict Open XML DOCX,
a table nested in a one-cell table (DOCX and ODT), equations (OMML), an SVG logo with a DOCTYPE
(DOCX and ODT), "<!DOCTYPE" typed as text.
A .docm whose main part has a content type nothing knows fails as ``docx_corrupt`` with no path.
"""
from __future__ import annotations

import io
import json
import pathlib
import re
import sys
import zipfile

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

_FIXED_DATE = (2024, 1, 1, 0, 0, 0)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"

TEXT = [
    ("1. Diagnoza stanu jakości powietrza",
     "W sezonie grzewczym stężenia pyłu PM10 i benzo(a)pirenu przekraczają normy; głównym źródłem "
     "niskiej emisji są przestarzałe kotły węglowe w zabudowie jednorodzinnej."),
    ("2. Cele Miejskiego Planu Działań",
     "Celem jest ograniczenie niskiej emisji o 30% do 2027 roku oraz rozwój dróg rowerowych."),
]
INNER_TABLE = [["Działanie", "Realizator", "Termin"],
               ["Wymiana kotłów węglowych", "Wydział Ochrony Środowiska", "2025–2027"],
               ["Strefa Tempo 30", "Zarząd Dróg Miejskich", "2026"]]


# ------------------------------------------------------------------ helpers

def _zip(parts: dict[str, bytes], stored: tuple[str, ...] = ("mimetype",)) -> bytes:
    """A package with fixed dates; ``mimetype`` first and stored, as ODF requires."""
    out = io.BytesIO()
    names = sorted(parts, key=lambda n: n != "mimetype")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in names:
            method = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            z.writestr(zipfile.ZipInfo(name, _FIXED_DATE), parts[name], compress_type=method)
    return out.getvalue()


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def _word(build=None) -> bytes:
    """A Polish DOCX written by python-docx (Word's own template), ``build(d)`` adding content."""
    d = docx.Document()
    d.core_properties.title = "Miejski Plan Działań – Opole"
    d.add_heading("Miejski Plan Działań – Opole", level=0)
    for heading, para in TEXT:
        d.add_heading(heading, level=1)
        d.add_paragraph(para)
    if build:
        build(d)
    buf = io.BytesIO()
    d.save(buf)
    return _zip(_parts(buf.getvalue()))


def _late_dtd(xml: bytes, secret: pathlib.Path, pad: int, entity_in: bytes | None = None) -> bytes:
    """The part with a comment of ``pad`` bytes after its XML declaration, then a DTD declaring an
    external entity (the secret file); ``entity_in`` is replaced by a reference to it."""
    decl, sep, rest = xml.partition(b"?>")
    assert sep, "an XML declaration is expected"
    root = re.match(rb"\s*<([\w:]+)", rest).group(1)
    dtd = b'<!DOCTYPE %s [<!ENTITY xxe SYSTEM "%s">]>' % (root, secret.as_uri().encode())
    comment = b"<!-- " + b"wersja robocza; " * (pad // 16) + b"-->"
    if entity_in:
        rest = rest.replace(entity_in, b"&xxe;", 1)
    return decl + sep + b"\n" + comment + b"\n" + dtd + rest


def _billion_laughs(xml: bytes, pad: int, entity_in: bytes) -> bytes:
    decl, sep, rest = xml.partition(b"?>")
    root = re.match(rb"\s*<([\w:]+)", rest).group(1)
    ents = b'<!ENTITY lol0 "hahaha">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10) for i in range(1, 10))
    comment = b"<!-- " + b"wersja robocza; " * (pad // 16) + b"-->"
    return (decl + sep + b"\n" + comment + b"\n<!DOCTYPE %s [%s]>" % (root, ents)
            + rest.replace(entity_in, b"&lol9;", 1))


# ------------------------------------------------------------------ DOCX cases

def _docm(data: bytes, main_type: str = "application/vnd.ms-word.document.macroEnabled.main+xml") -> bytes:
    """What Word saves as "Word Macro-Enabled Document": the main part's content type, the VBA
    project (an OLE compound file) with its relationship, vbaData.xml."""
    parts = _parts(data)
    ct = parts["[Content_Types].xml"].decode()
    ct = ct.replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", main_type)
    ct = ct.replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
                    '<Override PartName="/word/vbaData.xml" ContentType="application/vnd.ms-word.vbaData+xml"/>'
                    "</Types>")
    parts["[Content_Types].xml"] = ct.encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    parts["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>", '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/'
        'relationships/vbaProject" Target="vbaProject.bin"/></Relationships>').encode()
    # an OLE2 header and a VBA module's source (macros are never run nor read)
    parts["word/vbaProject.bin"] = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
                                    + b'Attribute VB_Name = "NewMacros"\r\nSub AutoOpen()\r\n'
                                      b'Shell "cmd /c calc.exe"\r\nEnd Sub\r\n' + b"\x00" * 512)
    parts["word/_rels/vbaProject.bin.rels"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.'
        b'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.'
        b'com/office/2006/relationships/wordVbaData" Target="vbaData.xml"/></Relationships>')
    parts["word/vbaData.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<wne:vbaSuppData xmlns:wne="http://schemas.'
        b'microsoft.com/office/word/2006/wordml"><wne:mcds><wne:mcd wne:macroName="PROJECT.NEWMACROS.AUTOOPEN" '
        b'wne:name="Project.NewMacros.AutoOpen" wne:bEncrypt="00" wne:cmg="56"/></wne:mcds></wne:vbaSuppData>')
    return _zip(parts)


_TO_STRICT = re.compile(rb"http://schemas\.openxmlformats\.org/(officeDocument|drawingml|wordprocessingml)/2006/"
                        rb"([A-Za-z-]+)")
_STRICT_NAMES = {b"extended-properties": b"extendedProperties", b"custom-properties": b"customProperties"}


def _strict(data: bytes) -> bytes:
    """Word's "Strict Open XML Document": the purl.oclc.org namespaces and relationship types,
    w:conformance="strict" on the document; OPC parts (content types, core properties) unchanged."""
    parts = _parts(data)
    for name, xml in parts.items():
        if name.endswith((".xml", ".rels")) and name != "[Content_Types].xml":
            xml = _TO_STRICT.sub(lambda m: b"http://purl.oclc.org/ooxml/%s/%s"
                                 % (m.group(1), _STRICT_NAMES.get(m.group(2), m.group(2))), xml)
            parts[name] = xml.replace(b"/relationships/extended-properties", b"/relationships/extendedProperties")
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        b"<w:document ", b'<w:document w:conformance="strict" ', 1)
    return _zip(parts)


def _nested(d) -> None:
    d.add_heading("3. Działania", level=1)
    outer = d.add_table(rows=1, cols=1)
    outer.style = "Table Grid"
    cell = outer.cell(0, 0)
    cell.paragraphs[0].text = "Tabela 3. Harmonogram działań"
    inner = cell.add_table(rows=len(INNER_TABLE), cols=len(INNER_TABLE[0]))
    inner.style = "Table Grid"
    for r, row in enumerate(INNER_TABLE):
        for c, text in enumerate(row):
            inner.cell(r, c).text = text
    cell.add_paragraph("Źródło: opracowanie własne Urzędu Miasta.")
    d.add_paragraph("Harmonogram może zostać zaktualizowany po konsultacjach.")


def _equations(d) -> None:
    d.add_heading("4. Wskaźniki", level=1)
    p = d.add_paragraph("Redukcję emisji liczymy ze wzoru ")
    p._p.append(parse_xml(
        f'<m:oMath {nsdecls("m", "w")}><m:r><w:rPr><w:rFonts w:ascii="Cambria Math" w:hAnsi="Cambria Math"/>'
        "</w:rPr><m:t>R=</m:t></m:r><m:f><m:num><m:r><m:t>E0−E1</m:t></m:r></m:num><m:den><m:r><m:t>E0</m:t>"
        "</m:r></m:den></m:f></m:oMath>"))
    p.add_run(", gdzie E0 to emisja bazowa.")
    display = d.add_paragraph()
    display._p.append(parse_xml(
        f'<m:oMathPara {nsdecls("m", "w")}><m:oMathParaPr><m:jc m:val="center"/></m:oMathParaPr><m:oMath>'
        "<m:r><m:t>K=</m:t></m:r><m:nary><m:naryPr><m:chr m:val=\"∑\"/></m:naryPr><m:sub><m:r><m:t>i=1</m:t>"
        "</m:r></m:sub><m:sup><m:r><m:t>n</m:t></m:r></m:sup><m:e><m:r><m:t>ki</m:t></m:r></m:e></m:nary>"
        "</m:oMath></m:oMathPara>"))
    d.add_paragraph("Wartość K podajemy w złotych.")


_SVG = (b'<?xml version="1.0" encoding="utf-8"?>\n<!-- Generator: Adobe Illustrator 24.0.0, SVG Export Plug-In -->\n'
        b'<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [\n'
        b'\t<!ENTITY ns_svg "http://www.w3.org/2000/svg">\n]>\n<svg version="1.1" xmlns="&ns_svg;" width="10" '
        b'height="10"><rect width="10" height="10" fill="#c00"/></svg>')


def _svg_logo(data: bytes) -> bytes:
    """An SVG logo as Illustrator exports it (DOCTYPE, entity), kept as an image part as Word does."""
    parts = _parts(data)
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Default Extension="svg" ContentType="image/svg+xml"/></Types>')
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdLogo" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/image" Target="media/logo.svg"/></Relationships>')
    parts["word/media/logo.svg"] = _SVG
    return _zip(parts)


def _header_without_suffix(data: bytes, secret: pathlib.Path) -> bytes:
    """A header part named ``word/naglowek`` (no .xml suffix; its type comes from an Override),
    related from the document and holding a late DTD."""
    parts = _parts(data)
    header = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:hdr ' + nsdecls("w").encode()
              + b"><w:p><w:r><w:t>Urz\xc4\x85d Miasta</w:t></w:r></w:p></w:hdr>")
    parts["word/naglowek"] = _late_dtd(header, secret, 6000, b"Urz\xc4\x85d Miasta")
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/word/naglowek" ContentType="application/vnd.openxmlformats-'
        b'officedocument.wordprocessingml.header+xml"/></Types>')
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdHdr" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/header" Target="naglowek"/></Relationships>')
    doc = parts["word/document.xml"]
    sect = doc.rindex(b"<w:sectPr")
    end = doc.index(b">", sect) + 1
    parts["word/document.xml"] = doc[:end] + b'<w:headerReference w:type="default" r:id="rIdHdr"/>' + doc[end:]
    return _zip(parts)


def _declare(xml: bytes, encoding: bytes) -> bytes:
    """The part's XML declaration naming another encoding (the caller re-encodes the text)."""
    return re.sub(rb"""encoding=["'][^"']*["']""", b'encoding="%s"' % encoding, xml, count=1)


def _with(data: bytes, part: str, new: bytes) -> bytes:
    parts = _parts(data)
    parts[part] = new
    return _zip(parts)


# ------------------------------------------------------------------ ODT cases

def _odt(build=None, extra: dict[str, bytes] | None = None) -> bytes:
    """A Polish ODT written by odfpy (the ODF LibreOffice writes), ``build(doc)`` adding content."""
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    doc = OpenDocumentText()
    doc.text.addElement(H(outlinelevel=1, text="Miejski Plan Działań – Opole"))
    for heading, para in TEXT:
        doc.text.addElement(H(outlinelevel=2, text=heading))
        doc.text.addElement(P(text=para))
    if build:
        build(doc)
    buf = io.BytesIO()
    doc.write(buf)
    parts = _parts(buf.getvalue())
    parts.update(extra or {})
    return _zip(parts)


def _odt_nested(doc) -> None:
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P

    outer = Table(name="Ramka")
    outer.addElement(TableColumn())
    row = TableRow()
    cell = TableCell()
    cell.addElement(P(text="Tabela 3. Harmonogram działań"))
    inner = Table(name="Harmonogram")
    inner.addElement(TableColumn(numbercolumnsrepeated=len(INNER_TABLE[0])))
    for values in INNER_TABLE:
        tr = TableRow()
        for v in values:
            tc = TableCell(valuetype="string")
            tc.addElement(P(text=v))
            tr.addElement(tc)
        inner.addElement(tr)
    cell.addElement(inner)
    row.addElement(cell)
    outer.addElement(row)
    doc.text.addElement(outer)


_BASIC_DTD = b'<!DOCTYPE %s PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "%s">'


def _basic_library() -> dict[str, bytes]:
    """A LibreOffice Basic library as LibreOffice stores it in a document (each part with a DOCTYPE)."""
    head = b'<?xml version="1.0" encoding="UTF-8"?>\n'
    return {
        "Basic/script-lc.xml": head + _BASIC_DTD % (b"library:libraries", b"libraries.dtd")
        + b'\n<library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/'
          b'1999/xlink"><library:library library:name="Standard" library:link="false"/></library:libraries>',
        "Basic/Standard/script-lb.xml": head + _BASIC_DTD % (b"library:library", b"library.dtd")
        + b'\n<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" '
          b'library:readonly="false" library:passwordprotected="false"><library:element library:name="Module1"/>'
          b"</library:library>",
        "Basic/Standard/Module1.xml": head + _BASIC_DTD % (b"script:module", b"module.dtd")
        + b'\n<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" '
          b'script:language="StarBasic">Sub Main\n  Shell(&quot;calc&quot;)\nEnd Sub</script:module>',
    }


# ------------------------------------------------------------------ all cases

def make_office_cases(dest: pathlib.Path, secret: pathlib.Path) -> dict[str, dict]:
    dest = pathlib.Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict] = {}

    def put(name: str, data: bytes, expect: str, code: str | None, desc: str) -> None:
        (dest / name).write_bytes(data)
        manifest[name] = {"expect": expect, "code": code, "desc": desc}

    plain = _word()
    parts = _parts(plain)
    document, styles = parts["word/document.xml"], parts["word/styles.xml"]
    first_text = TEXT[0][1][:20].encode()

    put("late_dtd_6kb.docx", _with(plain, "word/document.xml", _late_dtd(document, secret, 6_000, first_text)),
        "failed", "xml_forbidden", "document.xml: external entity (the secret file) declared after a 6 KB comment")
    put("late_dtd_2mb.docx", _with(plain, "word/document.xml",
                                   _late_dtd(document, secret, 2 * 1024 * 1024, first_text)),
        "failed", "xml_forbidden", "document.xml: external entity declared after a 2 MB comment")
    put("late_dtd_styles.docx", _with(plain, "word/styles.xml", _late_dtd(styles, secret, 6_000)),
        "failed", "xml_forbidden", "styles.xml: external entity declared after a 6 KB comment")
    put("late_dtd_rels.docx", _with(plain, "word/_rels/document.xml.rels",
                                    _late_dtd(parts["word/_rels/document.xml.rels"], secret, 6_000)),
        "failed", "xml_forbidden", "word/_rels/document.xml.rels: DTD after a 6 KB comment")
    put("late_dtd_content_types.docx", _with(plain, "[Content_Types].xml",
                                             _late_dtd(parts["[Content_Types].xml"], secret, 6_000)),
        "failed", "xml_forbidden", "[Content_Types].xml: DTD after a 6 KB comment")
    utf16 = _late_dtd(_declare(document, b"UTF-16"), secret, 6_000, first_text)
    put("late_dtd_utf16.docx", _with(plain, "word/document.xml", b"\xff\xfe" + utf16.decode().encode("utf-16-le")),
        "failed", "xml_forbidden", "document.xml in UTF-16 (no ASCII bytes to match) with a late DTD")
    utf32 = _declare(document, b"UTF-32")
    put("utf32.docx", _with(plain, "word/document.xml", utf32.decode().encode("utf-32")),
        "failed", "xml_encoding", "document.xml in UTF-32, which libxml2 reads and no office suite writes")
    put("late_dtd_header_no_suffix.docx", _header_without_suffix(plain, secret), "failed", "xml_forbidden",
        "a header part named word/naglowek (no .xml suffix) with a late external entity")

    put("makra.docm", _docm(plain), "ok", "macros_ignored",
        "Word macro-enabled document: vbaProject.bin with an AutoOpen macro, vbaData.xml")
    put("makra_jako.docx", _docm(plain), "ok", "macros_ignored", "the same macro-enabled package named .docx")
    put("nieznany_typ.docm", _docm(plain, "application/vnd.example.unknown.main+xml"), "failed", "docx_corrupt",
        "a macro package whose main part has an unknown content type (python-docx names the file's path)")
    put("strict.docx", _strict(_word(_nested)), "ok", None, "Strict Open XML (purl.oclc.org namespaces)")
    put("tabela_zagniezdzona.docx", _word(_nested), "ok", None,
        "a 3x3 table nested in a one-cell table with a caption above and a source line below")
    put("rownania.docx", _word(_equations), "ok", None, "an inline equation (fraction) and a display equation")
    put("logo_svg.docx", _svg_logo(plain), "ok", None, "an SVG logo exported by Illustrator (DOCTYPE, entity)")
    put("tekst_o_dtd.docx", _word(lambda d: d.add_paragraph('Strona programu zaczyna się od "<!DOCTYPE html>" '
                                                            'i <!ENTITY> nie jest w niej używane.')),
        "ok", None, "the words <!DOCTYPE and <!ENTITY typed in the text (escaped by Word: no DTD)")

    odt = _odt()
    oparts = _parts(odt)
    put("late_billion_laughs.odt", _with(odt, "content.xml", _billion_laughs(
        oparts["content.xml"], 6_000, TEXT[0][1][:20].encode())), "failed", "xml_forbidden",
        "content.xml: billion laughs declared after a 6 KB comment")
    put("dtd_manifest.odt", _with(odt, "META-INF/manifest.xml", _late_dtd(oparts["META-INF/manifest.xml"], secret,
                                                                        6_000)),
        "failed", "xml_forbidden", "META-INF/manifest.xml: DTD after a 6 KB comment")
    put("dtd_mimetype.odt", _with(odt, "mimetype", b'<!DOCTYPE x [<!ENTITY t "application/vnd.oasis.opendocument'
                                  b'.text">]><x>&t;</x>'), "failed", "xml_forbidden",
        "mimetype written as XML with a DTD (still names the ODT media type)")
    put("makra.odt", _odt(extra=_basic_library()), "ok", "macros_ignored",
        "ODT with a LibreOffice Basic library (DOCTYPEs in Basic/, never parsed)")
    put("tabela_zagniezdzona.odt", _odt(_odt_nested), "ok", None, "a 3x3 table nested in a one-cell table")
    put("logo_svg.odt", _odt(extra={"Pictures/logo.svg": _SVG}), "ok", None,
        "an SVG logo exported by Illustrator (DOCTYPE, entity) among the pictures")
    return manifest


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: make_office_cases.py OUTDIR SECRET_FILE")
    print(json.dumps(make_office_cases(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])),
                     ensure_ascii=False, indent=2))
