"""Section detection and completeness on our own corpus (plus small purpose-built files)."""
from pathlib import Path

import docx
import pytest

from pim_docs.ingest import convert
from pim_docs.pipeline import analyse
from pim_docs.sections import match_scores, template
from pim_docs.text.lemmas import default as lemmatizer

from .conftest import converted, gold, gold_documents


def _sections(name):
    return {s.id: s for s in analyse(converted(name)).sections}


@pytest.mark.parametrize("name", gold_documents())
def test_section_statuses_match_gold(name):
    report = analyse(converted(name))
    assert [s.id for s in report.sections] == list(gold(name)["sections"])  # every id, template order
    got = {s.id: s.status for s in report.sections}
    assert got == gold(name)["sections"]
    expected = "complete" if all(v == "present" for k, v in gold(name)["sections"].items()
                                 if k != "summary") else "incomplete"
    assert report.completeness.verdict == expected


def test_toc_entry_alone_is_missing_and_says_so():
    risks = _sections("mid_tarnow_powietrze.pdf")["risks"]
    assert risks.status == "missing" and "spisie treści" in risks.reason
    schedule = _sections("mid_jelenia_gora_powietrze.odt")["schedule"]
    assert schedule.status == "missing" and "spisie treści" in schedule.reason
    report = analyse(converted("mid_tarnow_powietrze.pdf"))
    assert report.completeness.toc_only == ["risks"]


def test_bold_paragraph_and_question_headings():
    """Łódź: no heading styles; 'Skąd startujemy?' is the diagnosis, 'Co może pójść nie tak?' the risks."""
    s = _sections("mid_lodz_rewitalizacja.docx")
    assert s["context"].status == "present" and s["context"].heading == "Skąd startujemy?"
    assert s["risks"].heading == "Co może pójść nie tak?" and s["risks"].status == "incomplete"
    assert s["stakeholders"].heading == "Kto z nami współpracuje"


def test_placeholder_sections_are_incomplete():
    s = _sections("mid_bielsko_biala_mobilnosc.pdf")["schedule"]
    assert s.status == "incomplete" and "zapowiedź" in s.reason
    s = _sections("mid_ostrow_wlkp_mobilnosc.odt")["budget"]
    assert s.status == "incomplete"


def test_empty_table_section_is_incomplete():
    s = _sections("mid_slupsk_rewitalizacja.pdf")["risks"]
    assert s.status == "incomplete"


def test_inflected_headings_match_through_lemmas():
    tpl, lem = template("mid"), lemmatizer()
    for heading, sid in [("Analizy ryzyk", "risks"), ("Wskaźników realizacji", "indicators"),
                         ("Harmonogramu prac", "schedule"), ("Źródeł finansowania", "budget"),
                         ("Interesariuszy i partnerów", "stakeholders"), ("Celów szczegółowych", "objectives")]:
        scores = match_scores(heading, tpl, lem)
        assert max(scores, key=scores.get) == sid and scores[sid] >= 0.55, (heading, scores)
    assert lem.lemmas("Analizy ryzyk") == lem.lemmas("Analiza ryzyka")


def _write_docx(path: Path, parts: list[tuple[str, str]]) -> Path:
    d = docx.Document()
    d.add_paragraph("Miejska Inicjatywa Działania – Konin").runs[0].bold = True
    for heading, body in parts:
        d.add_heading(heading, level=1)
        if body:
            d.add_paragraph(body)
    d.save(str(path))
    return path


LONG = ("Miasto przygotowało szczegółowy opis tej części dokumentu, uzgodniony z Lokalnym Partnerstwem "
        "i mieszkańcami, z podaniem danych, terminów, kwot oraz odpowiedzialnych jednostek. ") * 3


def test_merged_heading_counts_for_both_sections(tmp_path):
    path = _write_docx(tmp_path / "mid_konin.docx", [
        ("1. Diagnoza", LONG), ("2. Cele", LONG), ("3. Działania", LONG),
        ("4. Harmonogram i budżet", LONG), ("5. Interesariusze", LONG), ("6. Wskaźniki", LONG),
        ("7. Ryzyka", LONG)])
    s = {x.id: x for x in analyse(convert(path)).sections}
    assert s["schedule"].status == s["budget"].status == "present"
    assert s["schedule"].heading == s["budget"].heading == "4. Harmonogram i budżet"
    assert s["summary"].status == "missing"


def test_action_sub_headings_do_not_stand_for_sections(tmp_path):
    """'4.2. Monitoring jakości powietrza' is an action, not the monitoring section."""
    d = docx.Document()
    d.add_paragraph("Miejska Inicjatywa Działania – Konin").runs[0].bold = True
    for h, body, level in [("1. Diagnoza", LONG, 1), ("2. Cele", LONG, 1), ("3. Działania", LONG, 1),
                           ("3.1. Monitoring jakości powietrza w szkołach", LONG, 2),
                           ("3.2. Edukacja ekologiczna", LONG, 2), ("4. Harmonogram", LONG, 1),
                           ("5. Budżet", LONG, 1), ("6. Partnerzy", LONG, 1), ("7. Analiza ryzyka", LONG, 1)]:
        d.add_heading(h, level=level)
        d.add_paragraph(body)
    d.save(str(tmp_path / "mid.docx"))
    s = {x.id: x for x in analyse(convert(tmp_path / "mid.docx")).sections}
    assert s["indicators"].status == "missing"
    assert s["actions"].status == "present"


def test_optional_semantic_matching_uses_the_configured_model(tmp_path, monkeypatch):
    """With ``semantic_model`` set, an unmatched heading is compared by sentence embeddings
    (here the bundled English model on an English heading)."""
    from pim_docs import config, sections

    cfg = tmp_path / "cfg"
    cfg.mkdir()
    text = (Path(config.__file__).parent / "config" / "sections.yaml").read_text(encoding="utf-8")
    (cfg / "sections.yaml").write_text(text.replace("semantic_model: null", 'semantic_model: "bundled:all-MiniLM-L6-v2"')
                                       .replace("semantic_threshold: 0.6", "semantic_threshold: 0.3"), encoding="utf-8")
    monkeypatch.setenv("PIM_DOCS_CONFIG", str(cfg))
    config.load.cache_clear()
    sections._settings.cache_clear()
    try:
        path = _write_docx(tmp_path / "mid.docx", [
            ("1. Diagnoza", LONG), ("2. Cele", LONG), ("3. Działania", LONG), ("4. Harmonogram", LONG),
            ("5. Budżet", LONG), ("6. Interesariusze", LONG), ("7. Analiza ryzyka", LONG),
            ("8. Indicators and evaluation", LONG)])
        s = {x.id: x for x in analyse(convert(path)).sections}
        assert s["indicators"].status == "present"
        assert "znaczeniowego" in s["indicators"].reason
    finally:
        config.load.cache_clear()
        sections._settings.cache_clear()
