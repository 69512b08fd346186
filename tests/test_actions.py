"""Action extraction on our own documents: every layout, the facts, the not-an-action traps."""
from pathlib import Path

import docx
import pytest

from pim_docs.evaluation import BOOL_FIELDS, match_actions
from pim_docs.ingest import convert, ocr
from pim_docs.pipeline import analyse

from .conftest import converted, gold, gold_documents

SCANS = {"mid_kielce_powietrze_skan.pdf"}  # its action table is rebuilt from the OCR'd page (Tesseract needed)


def _actions(name):
    return analyse(converted(name)).actions


@pytest.mark.parametrize("name", gold_documents())
def test_every_action_found_in_document_order(name):
    if name in SCANS and not ocr.available():
        pytest.skip("Tesseract z językiem polskim nie jest zainstalowany")
    g = gold(name)["actions"]
    got = _actions(name)
    matched = match_actions(g, got)
    assert len(matched) == len(g) == len(got), [a.title for a in got]
    order = [got.index(p) for _, p in sorted(matched, key=lambda m: g.index(m[0]))]
    assert order == sorted(order)


def test_facts_of_actions_match_gold_overall():
    ok = n = 0
    for name in gold_documents():
        for ga, pa in match_actions(gold(name)["actions"], _actions(name)):
            for k in BOOL_FIELDS:
                n += 1
                ok += bool(getattr(pa, k)) == bool(ga[k])
    assert n > 300 and ok / n >= 0.95


def test_table_in_unusual_column_order_with_merged_cells():
    a = _actions("mid_opole_powietrze.docx")
    assert len(a) == 8
    first = a[0]
    assert first.responsible and first.timeline and first.indicator
    assert first.responsible == a[1].responsible  # the vertically merged "Realizator" cell
    assert any(x.cost is None for x in a)  # "b.d." means not stated


def test_table_spanning_pages_and_cost_units():
    a = _actions("mid_tarnow_powietrze.pdf")
    assert len(a) == 10 and {x.page for x in a} == {4, 5}
    assert all(x.cost is None or "tys. zł" in x.cost for x in a)


def test_landscape_table_with_split_period_columns():
    a = _actions("mid_elblag_mobilnosc_projekt.pdf")
    assert len(a) == 7 and all(x.page == 3 for x in a)
    assert sum(1 for x in a if x.timeline) >= 6


def test_sub_sections_with_fields_in_prose():
    a = _actions("mid_bielsko_biala_mobilnosc.pdf")
    assert a[0].responsible.startswith("Miejski Zarząd Dróg") and a[0].timeline == "2025–2026"
    assert a[0].cost == "4,6 mln zł" and a[0].indicator.startswith("długość wyznaczonych buspasów")


def test_key_value_lines_under_informal_headings():
    a = _actions("mid_lodz_rewitalizacja.docx")
    assert len(a) == 7 and all(x.responsible for x in a)


def test_cards_and_recommendation_types():
    a = _actions("plan_ulepszen_rewitalizacja.pdf")
    assert len(a) == 8
    assert all(x.responsible and x.responsible.startswith(("Ministerstwo", "Bank")) for x in a)
    assert [x.type for x in a] == [g["type"] for g in gold("plan_ulepszen_rewitalizacja.pdf")["actions"]]


def test_numbered_list_with_sub_items():
    a = _actions("mid_jelenia_gora_powietrze.odt")
    assert len(a) == 7
    assert sum(1 for x in a if x.responsible) == 6  # one action states no responsible unit


def _doc(path: Path, parts) -> Path:
    d = docx.Document()
    d.add_paragraph("Miejska Inicjatywa Działania – Konin").runs[0].bold = True
    for kind, *rest in parts:
        if kind == "h":
            d.add_heading(rest[0], level=rest[1] if len(rest) > 1 else 1)
        elif kind == "p":
            d.add_paragraph(rest[0])
        elif kind == "t":
            rows = rest[0]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    d.save(str(path))
    return path


TEXT = ("Miasto opisało tę część szczegółowo, z danymi, terminami i odpowiedzialnymi jednostkami, "
        "po uzgodnieniu z Lokalnym Partnerstwem i mieszkańcami na warsztatach. ") * 3


def test_facts_from_gantt_and_budget_tables_keyed_by_number(tmp_path):
    path = _doc(tmp_path / "mid.docx", [
        ("h", "1. Diagnoza"), ("p", TEXT), ("h", "2. Cele"), ("p", TEXT),
        ("h", "3. Działania"), ("p", TEXT),
        ("h", "Działanie 1. Wymiana kotłów w budynkach komunalnych", 2), ("p", "Zakres: 120 kotłów w zasobie ZGM."),
        ("h", "Działanie 2. Kampania edukacyjna w szkołach", 2), ("p", "Lekcje i konkursy dla uczniów."),
        ("h", "Działanie 3. Budowa drogi rowerowej wzdłuż ul. Polnej", 2), ("p", "Trasa o długości 2 km."),
        ("h", "4. Harmonogram"), ("t", [["Nr", "Działanie", "2025", "2026", "2027"], ["1", "Wymiana kotłów", "X", "X", ""],
                                       ["2", "Kampania", "", "X", "X"], ["3", "Droga rowerowa", "", "", "X"]]),
        ("h", "5. Budżet"), ("t", [["Nr", "Koszt (tys. zł)", "Źródło finansowania"], ["1", "2 400", "WFOŚiGW"],
                                   ["2", "—", "budżet miasta"], ["3", "3 100", "FEnIKS"]]),
        ("h", "6. Interesariusze"), ("p", TEXT), ("h", "7. Wskaźniki"), ("p", TEXT), ("h", "8. Ryzyka"), ("p", TEXT)])
    a = analyse(convert(path)).actions
    assert [x.title for x in a] == ["Wymiana kotłów w budynkach komunalnych", "Kampania edukacyjna w szkołach",
                                    "Budowa drogi rowerowej wzdłuż ul. Polnej"]
    assert [x.timeline for x in a] == ["2025–2026", "2026–2027", "2027"]
    assert a[0].cost == "2 400 tys. zł" and a[1].cost is None and a[2].funding == "FEnIKS"


def test_annex_card_table_and_traps(tmp_path):
    """Actions in an annex table; objectives, past and complementary projects are not actions."""
    path = _doc(tmp_path / "mid.docx", [
        ("h", "1. Diagnoza"), ("p", TEXT + " W latach 2016–2020 zrealizowano program wymiany 500 pieców."),
        ("h", "2. Cele"), ("p", "Cel 1. Ograniczenie niskiej emisji. Cel 2. Więcej podróży rowerem."),
        ("h", "3. Działania"), ("p", "Działania opisano w Załączniku 1."),
        ("h", "Projekty komplementarne", 2), ("p", "Budowa obwodnicy finansowana przez GDDKiA (poza MID)."),
        ("h", "4. Harmonogram"), ("p", TEXT), ("h", "5. Budżet"), ("p", TEXT), ("h", "6. Interesariusze"), ("p", TEXT),
        ("h", "7. Wskaźniki"), ("p", TEXT), ("h", "8. Ryzyka"), ("p", TEXT),
        ("h", "Załącznik 1 – karta działań"),
        ("t", [["Lp.", "Nazwa działania", "Realizator", "Termin", "Szacunkowa wartość", "Wskaźnik produktu"],
               ["1", "Punkt ekodoradztwa", "Wydział Środowiska", "2025–2027", "450 tys. zł", "1 000 porad"],
               ["2", "Parking Bike&Ride przy dworcu", "ZDM", "2026", "b.d.", "80 miejsc"],
               ["Razem", "", "", "", "450 tys. zł", ""]])])
    a = analyse(convert(path)).actions
    assert [x.title for x in a] == ["Punkt ekodoradztwa", "Parking Bike&Ride przy dworcu"]
    assert a[1].cost is None and a[1].responsible == "ZDM"


def test_actions_grouped_under_objectives(tmp_path):
    """Objective sub-headings group the actions; they are not actions themselves."""
    path = _doc(tmp_path / "mid.docx", [
        ("h", "1. Diagnoza"), ("p", TEXT), ("h", "2. Cele"), ("p", TEXT),
        ("h", "3. Plan działań"), ("p", "Działania pogrupowano według celów szczegółowych."),
        ("h", "Cel szczegółowy 1: Mniej emisji z ogrzewania", 2),
        ("h", "Działanie 1.1 Dotacje do wymiany kotłów", 3), ("p", "Realizator: Wydział Środowiska. Termin: 2025–2027."),
        ("h", "Działanie 1.2 Kontrole palenisk", 3), ("p", "Realizator: Straż Miejska. Termin: 2025."),
        ("h", "Cel szczegółowy 2: Więcej podróży rowerem", 2),
        ("h", "Działanie 2.1 Kontraruch rowerowy w centrum", 3), ("p", "Realizator: ZDM. Koszt: 300 tys. zł."),
        ("h", "4. Harmonogram"), ("p", TEXT), ("h", "5. Budżet"), ("p", TEXT), ("h", "6. Interesariusze"), ("p", TEXT),
        ("h", "7. Wskaźniki"), ("p", TEXT), ("h", "8. Ryzyka"), ("p", TEXT)])
    a = analyse(convert(path)).actions
    assert [x.title for x in a] == ["Dotacje do wymiany kotłów", "Kontrole palenisk", "Kontraruch rowerowy w centrum"]
    assert a[0].responsible == "Wydział Środowiska" and a[2].cost == "300 tys. zł"
