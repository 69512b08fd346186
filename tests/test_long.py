"""Long submissions as city offices make them (corpus/long, written by independent authors):
Word/LibreOffice features, annex cards, decoy lists, exported PDFs. Every action and every
section status as the gold says, and the field texts a reviewer copies, kind by kind."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pim_docs.evaluation import match_actions, value_ok
from pim_docs.pipeline import process_file

LONG = Path(__file__).resolve().parent.parent / "corpus" / "long"
GOLDS = sorted(LONG.glob("*.gold.json"))
_reports: dict[str, object] = {}


def report(name: str):
    if name not in _reports:
        _reports[name] = process_file(LONG / name)[1]
    return _reports[name]


def gold(name: str) -> dict:
    return json.loads((LONG / (Path(name).stem + ".gold.json")).read_text(encoding="utf-8"))


def action(name: str, title_start: str):
    found = [a for a in report(name).actions if a.title.startswith(title_start)]
    assert len(found) == 1, [a.title for a in report(name).actions]
    return found[0]


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_every_action_once_and_nothing_else(path):
    g = json.loads(path.read_text(encoding="utf-8"))
    got = report(g["file"]).actions
    matched = match_actions(g["actions"], got)
    assert len(matched) == len(g["actions"]) == len(got), [a.title for a in got]


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_section_statuses(path):
    g = json.loads(path.read_text(encoding="utf-8"))
    got = {s.id: s.status for s in report(g["file"]).sections}
    assert got == g["sections"]


def test_field_texts_overall():
    """The exact printed text of responsible/timeline/cost/funding/indicator, over all documents."""
    ok = n = 0
    for path in GOLDS:
        g = json.loads(path.read_text(encoding="utf-8"))
        for ga, pa in match_actions(g["actions"], report(g["file"]).actions):
            for k, v in ga.get("values", {}).items():
                n += 1
                ok += value_ok(v, getattr(pa, k))
    assert n >= 300 and ok / n >= 0.85, ok / n


# ---- kind by kind, exact texts -------------------------------------------------------------

def test_content_controls_placeholders_are_not_stated_and_placeholder_cards_are_no_actions():
    name = "MID_Mielec_powietrze_formularz.docx"
    titles = [a.title for a in report(name).actions]
    assert not any("wpisz" in t.lower() or "kliknij" in t.lower() for t in titles)
    for a in report(name).actions:
        for k in ("responsible", "timeline", "cost", "funding", "indicator"):
            assert "Kliknij lub naciśnij" not in (getattr(a, k) or "")


def test_tracked_changes_deleted_action_gone_inserted_counts_changed_value_new():
    name = "MID_Mielec_powietrze_formularz.docx"
    titles = " ".join(a.title for a in report(name).actions)
    assert "Bezpłatna komunikacja miejska" not in titles  # a tracked deletion of a whole card
    g = {a["title"]: a for a in gold(name)["actions"]}
    first = gold(name)["actions"][0]
    assert report(name).actions[0].cost == first["values"]["cost"] == "1,6 mln zł"  # w:ins wins over w:del
    assert any(t in titles for t in g)


def test_four_column_cards_with_merged_cells_and_group_labels():
    a = action("MID_Sosnowiec_rewitalizacja.odt", "Centrum Aktywności Lokalnej „Pogoń 21”")
    assert a.cost == "3 150 000 zł"  # "Finansowanie | Szacunkowy koszt | 3 150 000 zł"
    assert a.funding.startswith("FE SL 2021–2027 (EFS+ i EFRR, instrument ZIT)")
    assert a.responsible == "Miejski Ośrodek Pomocy Społecznej w Sosnowcu"  # not the partners' cell
    assert a.timeline == "II kw. 2025 – IV kw. 2028"  # from the summary table: one action, both places


def test_objective_rows_inside_an_action_table_are_no_actions():
    titles = [a.title for a in report("MID_Sosnowiec_rewitalizacja.odt").actions]
    assert not any(t.startswith(("Cel szczegółowy", "Zarządzanie MID")) for t in titles)


def test_lead_in_paragraphs_with_labelled_lines():
    a = action("Inowroclaw_MID_mobilnosc_PROJEKT.pdf", "Strefa Tempo 30 na Rąbinie")
    assert a.title == "Strefa Tempo 30 na Rąbinie"
    assert a.timeline == "III kw. 2025 – II kw. 2026"
    assert a.cost == "1,35 mln zł"
    assert a.funding == "budżet miasta; wniosek do Rządowego Funduszu Rozwoju Dróg"


def test_joined_chapter_half_deferred_is_flagged():
    secs = {s.id: s for s in report("Inowroclaw_MID_mobilnosc_PROJEKT.pdf").sections}
    assert secs["schedule"].status == "present" and secs["budget"].status == "incomplete"
    assert secs["summary"].status == "missing"  # "Wprowadzenie" is no summary


def test_template_instructions_in_brackets_are_no_content():
    secs = {s.id: s for s in report("Zory_MID_jakosc_powietrza.pdf").sections}
    assert secs["indicators"].status == "incomplete"


def test_actions_as_headings_under_a_joined_objectives_chapter_with_fields_in_small_tables():
    name = "Zory_MID_jakosc_powietrza.pdf"
    a = action(name, "Miejski Punkt Konsultacyjny")
    values = gold(name)["actions"][0]["values"]
    assert (a.responsible, a.timeline, a.funding, a.indicator) == (
        values["responsible"], values["timeline"], values["funding"], values["indicator"])


def test_prose_fields_and_abbreviations_are_not_cut():
    a = action("MID_Legnica_jakosc_powietrza.docx", "Wymiana kotłów na paliwo stałe")
    assert a.responsible == "Zarząd Budynków Komunalnych Sp. z o.o. w Legnicy"
    c = action("MID_Legnica_jakosc_powietrza.docx", "Punkt doradztwa energetycznego")
    assert c.responsible == "Wydział Środowiska i Rolnictwa Urzędu Miasta Legnicy"  # not ", zatrudniający …"
    b = action("MID_Legnica_jakosc_powietrza.docx", "Rozbudowa sieci ciepłowniczej")
    assert b.responsible == "Legnickie Przedsiębiorstwo Energetyki Cieplnej Sp. z o.o."
    assert b.indicator.startswith("2,4 km nowej sieci ciepłowniczej z przyłączami")


def test_card_caption_is_not_the_title_and_annex_of_complementary_projects_is_no_action():
    titles = [a.title for a in report("Chelm_MID_rewitalizacja_2025.pdf").actions]
    assert not any(t.lower().startswith("karta działania") for t in titles)
    assert not any("dworca kolejowego" in t for t in titles)  # "Załącznik nr 2. Projekty komplementarne"


def test_improvement_plan_recommendations_from_subsections_cards_and_a_summary_table():
    name = "Plan_Ulepszen_siec_mobilnosc_miejska.docx"
    r = action(name, "Wieloletni program dofinansowania transportu zbiorowego")
    assert (r.responsible, r.timeline, r.cost) == ("Ministerstwo Infrastruktury", "od 2027 r.", "ok. 650 mln zł rocznie")
    r8 = action(name, "Krajowy standard badań ruchu")
    assert r8.responsible == "Główny Urząd Statystyczny" and r8.timeline == "do końca 2027 r."
    titles = [a.title for a in report(name).actions]
    assert not any(t.startswith(("R1/2021", "Wersja", "Zasady")) for t in titles)


def test_landscape_action_table_over_pages_in_an_exported_pdf():
    name = "Suwalki_MID_mobilnosc_2026.pdf"
    assert len(report(name).actions) == len(gold(name)["actions"])
    assert {s.id: s.status for s in report(name).sections}["indicators"] == "incomplete"


def test_odt_tracked_changes_and_form_placeholders():
    name = "ostrow_mazowiecka_mid_mobilnosc_2025.odt"
    titles = " ".join(a.title for a in report(name).actions)
    assert "parkingu buforowego" not in titles  # a tracked deletion in the ODT's change region
    assert "Rower miejski sezonowy" in titles  # a tracked insertion counts
    for a in report(name).actions:
        for k in ("responsible", "cost", "indicator"):
            value = getattr(a, k) or ""
            assert "Kliknij" not in value and "wpisz" not in value.lower()
