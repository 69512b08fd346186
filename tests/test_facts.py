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
