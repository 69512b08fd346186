"""Document facts on every document of our own corpus, against its gold file."""
import pytest

from pim_docs.pipeline import analyse

from .conftest import converted, gold, gold_documents


@pytest.mark.parametrize("name", gold_documents())
def test_document_facts_match_gold(name):
    g = gold(name)
    report = analyse(converted(name))
    assert report.document_type == g["document_type"]
    assert report.network == g["network"]
    assert report.status == g["status"]
    assert report.text_layer == g["text_layer"]
    assert report.city == g["city"], report.evidence
    assert report.pages >= 1 and len(report.sha256) == 64


def test_corpus_is_varied():
    names = gold_documents()
    golds = [gold(n) for n in names]
    assert len(names) >= 12
    assert {g["network"] for g in golds} == {"air_quality", "mobility", "revitalisation"}
    assert {g["document_type"] for g in golds} == {"mid", "improvement_plan"}
    assert {n.rsplit(".", 1)[1] for n in names} >= {"pdf", "docx", "odt"}
    assert any(g["status"] == "draft" for g in golds) and any(not g["text_layer"] for g in golds)


@pytest.mark.parametrize("rows, status", [
    ([("0.1", "projekt do konsultacji społecznych"), ("1.0", "wersja przyjęta przez Lokalne Partnerstwo")], "final"),
    ([("0.1", "pierwsza wersja robocza zespołu"), ("0.5", "projekt do konsultacji społecznych")], "draft"),
])
def test_version_history_on_the_title_page_reads_its_last_row(tmp_path, rows, status):
    """A title-page history of versions names earlier drafts; the document is what its last row says."""
    import docx

    from pim_docs.ingest import convert

    d = docx.Document()
    d.add_heading("Miejska Inicjatywa Działania Miasta Konina", level=0)
    d.add_paragraph("Sieć tematyczna: Jakość powietrza")
    t = d.add_table(rows=1, cols=3)
    t.rows[0].cells[0].text, t.rows[0].cells[1].text, t.rows[0].cells[2].text = "Wersja", "Data", "Opis zmian"
    for version, what in rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = version, "12.03.2025 r.", what
    d.add_paragraph("Spis treści")
    d.add_heading("1. Diagnoza", level=1)
    d.add_paragraph("Konin zmaga się z niską emisją z indywidualnych źródeł ciepła. " * 5)
    path = tmp_path / "mid_konin.docx"
    d.save(path)
    assert analyse(convert(path)).status == status
