"""Every bad input gets a report with a specific reason; nothing raises."""
import pytest

EXPECTED = {
    "empty.pdf": ("failed", "empty_file"),
    "truncated.pdf": ("failed", "pdf_corrupt"),
    "garbage.pdf": ("failed", "pdf_corrupt"),
    "encrypted.pdf": ("failed", "pdf_encrypted"),
    "encrypted_empty_password.pdf": ("ok", None),
    "not_a_zip.docx": ("failed", "zip_corrupt"),
    "pdf_named.docx": ("ok", "extension_mismatch"),
    "docx_named.pdf": ("ok", "extension_mismatch"),
    "zip_bomb.docx": ("failed", "zip_too_large"),
    "many_pages.pdf": ("ok", "page_limit"),
    "english.docx": ("ok", "not_polish"),
    "notes.rtf": ("failed", "unsupported_format"),
    "image.png": ("failed", "unsupported_format"),
    "Plan działań – Łódź (wersja 2).docx": ("ok", None),
    "broken_xref.pdf": ("ok", None),
    "javascript.pdf": ("ok", None),
    "xxe.docx": ("failed", "xml_forbidden"),
    "remote_image.docx": ("ok", None),
    "encrypted.odt": ("failed", "odt_encrypted"),
    "xss.docx": ("ok", None),
    "formula.docx": ("ok", None),
    "cp1250.docx": ("ok", None),
    ("Miejska_Inicjatywa_Dzialania_" + "bardzo_dluga_nazwa_" * 11 + ".docx")[-250:]: ("ok", None),
    "..raport.pdf": ("ok", None),
    "long_lines.docx": ("ok", None),
    "many_paragraphs.docx": ("ok", "block_limit"),
}


def test_generator_covers_every_case(bad_inputs):
    assert set(bad_inputs[1]) == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_input_reported_with_reason(bad_reports, name):
    res, report = bad_reports[name]
    status, code = EXPECTED[name]
    assert report.processing.status == status
    assert report.source_file == name
    if code:
        assert code in report.processing.codes
    if status == "failed":
        assert report.processing.errors and all(len(e) > 20 for e in report.processing.errors)
    else:
        assert res.document is not None and res.document.blocks


def test_page_limit_keeps_the_true_page_count(bad_reports):
    _, report = bad_reports["many_pages.pdf"]
    assert report.pages == 1000


def test_encrypted_with_empty_password_is_read(bad_reports):
    res, _ = bad_reports["encrypted_empty_password.pdf"]
    assert "ł" in res.document.text() or "ą" in res.document.text()
