"""Hostile and unusual office packages: DTDs anywhere in any part are refused, macro-enabled
documents are read (macros ignored), Strict Open XML is read, nested tables stay tables,
equations keep their text, and no message shows where a file lies on the server."""
import io
import re
import zipfile
from pathlib import Path

import pytest

from pim_docs.errors import hidden_paths, message, scrub
from pim_docs.ingest import convert, package
from pim_docs.ingest.guard import convert_guarded
from pim_docs.model import BlockKind
from pim_docs.pipeline import process_file

from .bad_inputs.make_office_cases import INNER_TABLE, TEXT, _parts, _svg_logo, _word, _zip, make_office_cases

SECRET = "TAJNY-SEKRET-7f3a9c"

EXPECTED = {  # name: (status, code that must be among the messages)
    "late_dtd_6kb.docx": ("failed", "xml_forbidden"),
    "late_dtd_2mb.docx": ("failed", "xml_forbidden"),
    "late_dtd_styles.docx": ("failed", "xml_forbidden"),
    "late_dtd_rels.docx": ("failed", "xml_forbidden"),
    "late_dtd_content_types.docx": ("failed", "xml_forbidden"),
    "late_dtd_utf16.docx": ("failed", "xml_forbidden"),
    "utf32.docx": ("failed", "xml_encoding"),
    "late_dtd_header_no_suffix.docx": ("failed", "xml_forbidden"),
    "makra.docm": ("ok", "macros_ignored"),
    "makra_jako.docx": ("ok", "macros_ignored"),
    "nieznany_typ.docm": ("failed", "docx_corrupt"),
    "strict.docx": ("ok", None),
    "tabela_zagniezdzona.docx": ("ok", None),
    "rownania.docx": ("ok", None),
    "logo_svg.docx": ("ok", None),
    "logo_svg.odt": ("ok", None),
    "tekst_o_dtd.docx": ("ok", None),
    "late_billion_laughs.odt": ("failed", "xml_forbidden"),
    "dtd_manifest.odt": ("failed", "xml_forbidden"),
    "dtd_mimetype.odt": ("failed", "xml_forbidden"),
    "makra.odt": ("ok", "macros_ignored"),
    "tabela_zagniezdzona.odt": ("ok", None),
}
_ABSOLUTE = re.compile(r"(?<![\w:/.])/(?:tmp|home|srv|var|work|root|etc)/|[A-Za-z]:\\")


@pytest.fixture(scope="module")
def cases(tmp_path_factory):
    root = tmp_path_factory.mktemp("office cases")  # a space in the server path, as on a share
    secret = root / "sekret.txt"
    secret.write_text(SECRET + "\n", encoding="utf-8")
    src = root / "zgłoszenia miast"
    manifest = make_office_cases(src, secret)
    return src, manifest, {name: convert(src / name) for name in manifest}


def _messages(res):
    return [m.text for m in res.errors + res.warnings]


def test_generator_covers_every_case(cases):
    _, manifest, _ = cases
    assert set(manifest) == set(EXPECTED)
    assert all(m["expect"] == EXPECTED[n][0] and m["code"] == EXPECTED[n][1] for n, m in manifest.items())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_status_and_reason(cases, name):
    src, _, results = cases
    res = results[name]
    status, code = EXPECTED[name]
    assert res.status == status, _messages(res)
    codes = [m.code for m in res.errors + res.warnings]
    if code:
        assert code in codes
    if status == "failed":
        assert res.document is None and res.errors
        assert not {"docx_corrupt", "odt_corrupt"} & set(codes) or code == "docx_corrupt"
    else:
        assert res.document is not None and res.document.blocks
        assert "extension_mismatch" not in codes  # a .docm is a Word document, not a wrong name
    for text in _messages(res):
        assert str(src) not in text and str(src.parent) not in text and not _ABSOLUTE.search(text), text


def test_late_dtd_2mb_offset_is_really_late(cases):
    src, _, _ = cases
    with zipfile.ZipFile(src / "late_dtd_2mb.docx") as z:
        xml = z.read("word/document.xml")
    assert xml.index(b"<!DOCTYPE") > 2 * 1024 * 1024


def test_billion_laughs_refused_not_corrupt(cases):
    _, _, results = cases
    res = results["late_billion_laughs.odt"]
    assert [m.code for m in res.errors] == ["xml_forbidden"]
    assert "DTD" in res.errors[0].text
    guarded = convert_guarded(cases[0] / "late_billion_laughs.odt")  # the same in the forked reader
    assert [m.code for m in guarded.errors] == ["xml_forbidden"]


def test_docm_text_read_and_macros_ignored(cases):
    src, _, results = cases
    res = results["makra.docm"]
    text = res.document.text()
    assert TEXT[0][1] in text and TEXT[1][0] in text
    assert "AutoOpen" not in text and "calc" not in text  # the VBA source is not read as text
    warning = next(m for m in res.warnings if m.code == "macros_ignored")
    assert "makr" in warning.text
    assert res.document.format == "docx"


def test_unknown_content_type_message_names_the_file_not_the_folder(cases):
    src, _, results = cases
    text = results["nieznany_typ.docm"].errors[0].text
    assert "nieznany_typ.docm" in text and "zgłoszenia miast" not in text and "/" not in text.split("(")[1][:5]


def test_strict_ooxml_read_like_its_transitional_twin(cases):
    _, _, results = cases
    strict, transitional = results["strict.docx"].document, results["tabela_zagniezdzona.docx"].document
    assert [(b.kind, b.text) for b in strict.blocks] == [(b.kind, b.text) for b in transitional.blocks]
    assert any(b.kind == BlockKind.HEADING and b.text == TEXT[0][0] for b in strict.blocks)
    assert strict.metadata.get("title") == "Miejski Plan Działań – Opole"


@pytest.mark.parametrize("name", ["tabela_zagniezdzona.docx", "tabela_zagniezdzona.odt"])
def test_table_nested_in_a_one_cell_table_is_a_table(cases, name):
    _, _, results = cases
    blocks = results[name].document.blocks
    tables = [b for b in blocks if b.kind == BlockKind.TABLE]
    assert len(tables) == 1
    table = tables[0].table
    assert (table.n_rows, table.n_cols) == (3, 3)
    assert table.grid() == INNER_TABLE
    paragraphs = [b.text for b in blocks if b.kind != BlockKind.TABLE]
    assert not any(cell in paragraphs for row in INNER_TABLE for cell in row)  # not flattened
    texts = [b.text for b in blocks]
    caption = texts.index("Tabela 3. Harmonogram działań")
    assert blocks[caption + 1].kind == BlockKind.TABLE  # in reading order
    assert blocks[caption].heading.in_table


def test_equation_text_kept_in_reading_order(cases):
    _, _, results = cases
    texts = [b.text for b in results["rownania.docx"].document.blocks]
    assert "Redukcję emisji liczymy ze wzoru R=E0−E1E0, gdzie E0 to emisja bazowa." in texts
    display = texts.index("K=i=1nki")
    assert texts[display + 1] == "Wartość K podajemy w złotych."


@pytest.mark.parametrize("name", ["logo_svg.docx", "logo_svg.odt"])
def test_svg_logo_with_doctype_does_not_refuse_the_document(cases, name):
    _, _, results = cases
    assert TEXT[0][1] in results[name].document.text()


def test_doctype_typed_as_text_is_text(cases):
    _, _, results = cases
    assert '"<!DOCTYPE html>"' in results["tekst_o_dtd.docx"].document.text()


def test_image_exemption_follows_the_content_type_not_the_name(tmp_path):
    """An SVG-named part that python-docx would parse as a header is scanned like any XML part."""
    parts = _parts(_svg_logo(_word()))
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/word/media/logo.svg" ContentType="application/vnd.openxmlformats-'
        b'officedocument.wordprocessingml.header+xml"/></Types>')
    path = tmp_path / "naglowek_svg.docx"
    path.write_bytes(_zip(parts))
    assert [m.code for m in convert(path).errors] == ["xml_forbidden"]


def test_parse_part_refuses_a_dtd_even_unscanned():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("content.xml", '<?xml version="1.0"?><!--' + "x" * 9000 + '--><!DOCTYPE a [<!ENTITY e "E">]><a>&e;</a>')
    with zipfile.ZipFile(buf) as z, pytest.raises(package.ForbiddenXML):
        package.parse_part(z, "content.xml")


def test_nothing_of_the_secret_or_the_server_path_in_any_output(cases, tmp_path):
    """Every case through the pipeline and the report writer: report.html/json/docx, document.json,
    index.html, portfolio files."""
    from pim_docs.catalogue import Catalogue
    from pim_docs.reports.writer import assign_folders, write_document, write_portfolio

    src, manifest, _ = cases
    out = tmp_path / "raporty"
    paths = [src / name for name in sorted(manifest)]
    folders = assign_folders(paths, out)
    listed = []
    for path in paths:
        res, report = process_file(path)
        write_document(folders[path], report, res.document)
        listed.append((report, folders[path]))
    write_portfolio(out, Catalogue.at(out), [], listed)
    assert (out / "index.html").is_file()
    checked = 0
    for f in out.rglob("*"):
        if not f.is_file() or f.suffix == ".sqlite":
            continue
        blobs = [f.read_bytes()]
        if f.suffix in (".docx", ".xlsx"):
            with zipfile.ZipFile(f) as z:
                blobs += [z.read(n) for n in z.namelist()]
        for blob in blobs:
            assert SECRET.encode() not in blob, f
            assert str(src).encode() not in blob and str(src.parent).encode() not in blob, f
        checked += 1
    assert checked >= 3 * len(manifest)
    html = (folders[src / "nieznany_typ.docm"] / "report.html").read_text(encoding="utf-8")
    assert "nieznany_typ.docm" in html and "docx_corrupt" in html


def test_scrub_cuts_server_paths_to_file_names():
    assert scrub("file '/srv/pim docs/wejście/Plan (2).docm' is not a Word file") == \
        "file 'Plan (2).docm' is not a Word file"
    assert scrub("Package not found at /tmp/x/y.docx") == "Package not found at y.docx"
    assert scrub(r"No such file: C:\Users\jan\Plan.docx") == "No such file: Plan.docx"
    assert scrub("file:///etc/passwd") == "passwd"
    kept = "PM2.5/PM10 i/lub DTD/encje, application/vnd.ms-word, http://zlo.example/pixel.png"
    assert scrub(kept) == kept
    with hidden_paths(Path("/srv/pim docs/wejście/Plan x.docm")):
        text = message("docx_corrupt", detail="at /srv/pim docs/wejście/Plan x.docm").text
    assert "Plan x.docm" in text and "srv" not in text and "wejście" not in text
