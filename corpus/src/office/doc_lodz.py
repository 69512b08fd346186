"""MID – Łódź – revitalisation (DOCX without heading styles: bold 13–14 pt
'fake headings', some in capitals, one inside a grey one-cell table; actions
as 'Działanie N – …' sub-sections with key–value lines; indicators section
missing, risks only 'do uzupełnienia')."""
from __future__ import annotations

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

import docx_kit as K
from common import Action, Gold, utc

FILE = "mid_lodz_rewitalizacja.docx"
CITY = "Łódź"
HEAD_COLOR = RGBColor(0x7B, 0x1E, 0x1E)


def zl(n: int) -> str:
    return f"{n:,}".replace(",", "\u00a0") + "\u00a0zł"


COSTS = {1: 3_400_000, 2: 1_650_000, 3: 420_000, 4: 5_900_000, 6: 14_800_000, 7: 300_000}

ACTIONS = [
    Action("Zielone podwórka kwartału Włókienniczej", "public_space",
           responsible="Zarząd Zieleni Miejskiej we współpracy z Zarządem Lokali Miejskich",
           timeline="IV kw. 2025 – III kw. 2026", cost=zl(COSTS[1]),
           indicator="9 odnowionych podwórek o łącznej powierzchni ok. 6 800 m²",
           description=(
               "Zamiana zabetonowanych i zastawionych samochodami podwórek w zielone wnętrza kwartałów: "
               "rozbiórka komórek i murków, rozszczelnienie nawierzchni, ogrody deszczowe, nasadzenia, "
               "ławki i stojaki rowerowe. Projekty każdego podwórka powstaną w trakcie warsztatów "
               "z mieszkańcami danej kamienicy, a opiekę nad zielenią przez pierwsze trzy lata zapewni "
               "wykonawca robót.")),
    Action("Centrum Sąsiedzkie „Kamienica pod Siódemką”", "social_activation",
           responsible="Miejski Ośrodek Pomocy Społecznej w Łodzi oraz operator wyłoniony w konkursie ofert",
           timeline="I kw. 2026 – IV kw. 2027", cost=zl(COSTS[2]),
           indicator="900 uczestników zajęć rocznie, w tym 200 seniorów",
           description=(
               "Adaptacja parteru i podwórza kamienicy komunalnej przy ul. Włókienniczej 7 na centrum "
               "sąsiedzkie z kawiarenką społeczną, świetlicą dla dzieci, pracownią naprawczą i punktem "
               "poradnictwa. Centrum będzie prowadzone przez organizację pozarządową, a MOPS zapewni "
               "dyżury pracownika socjalnego i asystenta rodziny.")),
    Action("Parter dla rzemiosła – preferencyjny najem lokali użytkowych", "economic_activation",
           responsible="Zarząd Lokali Miejskich",
           timeline="II kw. 2025 – IV kw. 2027", cost=zl(COSTS[3]),
           indicator="25 lokali użytkowych wynajętych rzemieślnikom i młodym firmom",
           description=(
               "Konkurs na najem pustostanów użytkowych w parterach kamienic z czynszem obniżonym "
               "o 50% przez pierwsze trzy lata. Pierwszeństwo mają usługi rzemieślnicze, pracownie "
               "artystyczne i działalność odpowiadająca na potrzeby mieszkańców kwartału. Kwota "
               "obejmuje drobne prace adaptacyjne oraz szacunek utraconych wpływów czynszowych.")),
    Action("Strefa zamieszkania na ul. Rewolucji 1905 r.", "walking_traffic_calming",
           responsible="Zarząd Inwestycji Miejskich",
           timeline="2026 – 2027", cost=zl(COSTS[4]),
           indicator="640 m ulicy przebudowanej w standardzie strefy zamieszkania",
           description=(
               "Przebudowa ulicy na odcinku od ul. Kilińskiego do ul. Wschodniej na wzór woonerfów "
               "zrealizowanych wcześniej w centrum Łodzi: jedna wspólna nawierzchnia, drzewa w "
               "donicach i w gruncie, miejsca do siedzenia, ograniczenie prędkości do 20 km/h oraz "
               "wydzielone miejsca dostaw dla lokali usługowych.")),
    Action("Animatorzy podwórkowi i klub seniora", "social_activation",
           responsible="Organizacja pozarządowa wyłoniona w otwartym konkursie ofert",
           timeline="V 2025 – X 2027 (sezony wiosenno-letnie)", cost=None, indicator=None,
           description=(
               "Dwoje animatorów będzie prowadzić zajęcia dla dzieci i młodzieży na odnowionych "
               "podwórkach, a w okresie zimowym – spotkania klubu seniora w centrum sąsiedzkim. "
               "Wysokość dotacji zostanie ustalona w ogłoszeniu konkursowym na 2025 r.")),
    Action("Termomodernizacja 12 kamienic komunalnych z wymianą ogrzewania", "other",
           secondary_themes=("low_emission",),
           responsible="Zarząd Lokali Miejskich; inwestor zastępczy – Zarząd Inwestycji Miejskich",
           timeline=None, cost=zl(COSTS[6]),
           indicator="12 budynków i 180 lokali komunalnych przyłączonych do sieci ciepłowniczej",
           description=(
               "Kompleksowy remont dwunastu kamienic komunalnych w kwartale: docieplenie stropów "
               "i ścian od strony podwórza, wymiana stolarki, likwidacja pieców kaflowych i podłączenie "
               "do miejskiej sieci ciepłowniczej. Termin zależy od rozstrzygnięcia naboru w programie "
               "regionalnym i zostanie podany w aktualizacji dokumentu.")),
    Action("Mikrogranty „Działaj na Włókienniczej”", "social_activation",
           responsible="Biuro ds. Partycypacji Społecznej UMŁ",
           timeline="coroczne nabory w latach 2025–2027", cost=zl(COSTS[7]),
           indicator="30 zrealizowanych inicjatyw mieszkańców",
           description=(
               "Granty do 5 000 zł dla grup nieformalnych i wspólnot mieszkaniowych na sąsiedzkie "
               "inicjatywy: festyny, ogródki społeczne, wspólne porządkowanie podwórek czy warsztaty. "
               "Wnioski można składać w uproszczonej formie, także ustnie w centrum sąsiedzkim.")),
]

SUMMARY = [
    "Łódź wchodzi do Partnerskiej Inicjatywy Miast z doświadczeniem jednego z największych programów "
    "rewitalizacji w Polsce. Nasza Miejska Inicjatywa Działania dotyczy jednak miejsca, do którego "
    "dotychczasowe projekty dotarły tylko częściowo: kwartałów pomiędzy ulicami Północną, Kilińskiego, "
    "Jaracza i Wschodnią. Mieszka tu ok. 4 300 osób, a blisko co trzecia korzysta ze wsparcia "
    "pomocy społecznej.",
    "Chcemy połączyć remonty kamienic i przestrzeni publicznych z działaniami, które pomogą mieszkańcom "
    "zostać w odnowionym kwartale i współdecydować o jego przyszłości. Proponujemy siedem działań "
    "o łącznej szacowanej wartości {total} (bez kosztu animacji, który zostanie ustalony w konkursie).",
]

CONTEXT = [
    "Kwartał Włókienniczej to typowa XIX-wieczna zabudowa śródmiejska Łodzi: ciasno zabudowane "
    "działki z oficynami, studnie podwórzowe i parterowe lokale, które dawniej tętniły handlem. "
    "Według danych Zarządu Lokali Miejskich 62% lokali mieszkalnych w kwartale należy do miasta, "
    "a 14% z nich stoi pustych. W 2024 r. ogrzewanie piecowe wciąż miało 41% mieszkań.",
    "Z diagnozy do Gminnego Programu Rewitalizacji wynika, że obszar ma jeden z najwyższych w mieście "
    "wskaźników bezrobocia długotrwałego (7,8% wobec 3,1% średnio w Łodzi) i zaległości czynszowych. "
    "Jednocześnie mieszkańcy w ankiecie z listopada 2024 r. najczęściej wskazywali na brak zieleni "
    "(68% odpowiedzi), nieoświetlone podwórka (54%) i brak miejsc spotkań dla dzieci i seniorów (49%).",
]
CONTEXT_PAST_HEAD = "Czego nauczyły nas dotychczasowe projekty"
CONTEXT_PAST = [
    "W latach 2017–2023 miasto zrealizowało program rewitalizacji obszarowej centrum Łodzi, "
    "obejmujący osiem projektów i remont ponad 150 budynków, a wcześniej program „Mia100 Kamienic”. "
    "Ulica Włókiennicza została przebudowana jako woonerf w ramach projektu nr 3 rewitalizacji "
    "obszarowej. Projekty te nie są częścią niniejszej Inicjatywy, ale ich ewaluacja dała nam kilka "
    "ważnych lekcji.",
    "Po pierwsze, remont budynku bez pracy z mieszkańcami prowadził często do ich wyprowadzki "
    "i utraty więzi sąsiedzkich. Po drugie, odnowione lokale użytkowe latami stały puste, bo czynsze "
    "rynkowe były za wysokie dla lokalnych przedsiębiorców. Po trzecie, podwórka wyremontowane "
    "„dla” mieszkańców, a nie „z” mieszkańcami, szybko ulegały dewastacji.",
]

OBJECTIVES_INTRO = "Do końca 2027 r. chcemy, aby kwartał Włókienniczej był miejscem, w którym:"
OBJECTIVES = [
    "a) mieszkańcy mają blisko domu zieleń i bezpieczne miejsca spotkań,",
    "b) osoby zagrożone wykluczeniem znajdują wsparcie na miejscu, bez wizyt w odległych urzędach,",
    "c) parterowe lokale znów służą lokalnej gospodarce i usługom,",
    "d) ulice są przyjazne dla pieszych, dzieci i osób starszych,",
    "e) mieszkańcy realnie współdecydują o zmianach w swoim otoczeniu.",
]
OBJECTIVES_AFTER = (
    "Cele te są zgodne z Gminnym Programem Rewitalizacji Miasta Łodzi 2026+ oraz ze Strategią "
    "Zintegrowanego Rozwoju Łodzi 2030+, w szczególności z celem „Miasto bliskich relacji”.")

SCHEDULE = [
    "Prace ruszą w 2025 r. od działań „miękkich”, które nie wymagają dokumentacji budowlanej: "
    "animacji podwórkowej, mikrograntów i konkursu na najem lokali w parterach. Jesienią 2025 r. "
    "rozpoczniemy przebudowę pierwszych czterech podwórek, a pozostałe pięć zostanie ukończonych "
    "do końca III kwartału 2026 r.",
    "Centrum sąsiedzkie zostanie otwarte na początku 2026 r., po adaptacji parteru kamienicy przy "
    "ul. Włókienniczej 7. Przebudowa ul. Rewolucji 1905 r. jest zaplanowana na lata 2026–2027, "
    "tak aby nie kolidowała z robotami na podwórkach. Termin termomodernizacji kamienic zostanie "
    "ustalony po rozstrzygnięciu naboru w programie Fundusze Europejskie dla Łódzkiego 2021–2027.",
]

BUDGET = [
    "Szacowana wartość działań, dla których znamy już koszt, wynosi {total}. Najwięcej pochłonie "
    "termomodernizacja kamienic komunalnych ({cost6}), na którą miasto złoży wniosek o dofinansowanie "
    "ze środków programu regionalnego. Przebudowa ul. Rewolucji 1905 r. i zielone podwórka zostaną "
    "sfinansowane z budżetu miasta z udziałem środków Rządowego Funduszu Rozwoju Dróg "
    "(w części dotyczącej ulicy).",
    "Działania społeczne – centrum sąsiedzkie, mikrogranty i animacja – finansowane będą z budżetu "
    "miasta oraz Europejskiego Funduszu Społecznego Plus. Koszt animacji podwórkowej zostanie "
    "określony w ogłoszeniu otwartego konkursu ofert na 2025 r.",
]

STAKEHOLDERS = [
    "Inicjatywę przygotował zespół złożony z pracowników Urzędu Miasta Łodzi, Zarządu Lokali "
    "Miejskich, Zarządu Inwestycji Miejskich i Miejskiego Ośrodka Pomocy Społecznej. Od początku "
    "pracowaliśmy z Lokalnym Partnerstwem, w którym zasiadają przedstawiciele rady osiedla Katedralna, "
    "trzech wspólnot mieszkaniowych, parafii, szkoły podstawowej nr 6, lokalnych przedsiębiorców "
    "oraz czterech organizacji pozarządowych działających w kwartale.",
    "W grudniu 2024 r. i styczniu 2025 r. przeprowadziliśmy spacery badawcze po podwórkach, dwa "
    "spotkania otwarte w szkole przy ul. Jaracza oraz dyżury konsultacyjne w punkcie na ul. "
    "Włókienniczej. Łącznie wzięło w nich udział ok. 260 osób. Uwagi mieszkańców zdecydowały m.in. "
    "o tym, że pierwszym działaniem będą podwórka, a nie przebudowa ulicy.",
]


def _kv(doc, label, value):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Pt(18)
    p.paragraph_format.space_after = Pt(2)
    K.add_rich(p, f"**{label}:** {value}")
    return p


def _action_block(doc, n, a: Action):
    K.fake_heading(doc, f"Działanie {n} – {a.title}", size=13, space_before=10)
    K.para(doc, a.description)
    # None -> line left out; cost None is printed as "b.d." (= not stated)
    lines = [("Podmiot odpowiedzialny", a.responsible), ("Okres realizacji", a.timeline),
             ("Szacowany koszt", a.cost or "b.d."), ("Wskaźnik", a.indicator)]
    for label, value in lines:
        if value is not None:
            _kv(doc, label, value)


def _shaded_heading(doc, text):
    """Heading typed into a one-cell table with grey shading."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell = t.cell(0, 0)
    K.shade(cell, "D9D9D9")
    p = cell.paragraphs[0]
    p.paragraph_format.space_before = Pt(4)
    p.paragraph_format.space_after = Pt(4)
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(14)
    run.font.all_caps = True
    doc.add_paragraph()


def build(out_dir) -> Gold:
    gold = Gold(FILE, "mid", CITY, "revitalisation", "final",
                features=["fake_headings", "all_caps_headings", "shaded_table_heading", "tables",
                          "key_value_lines", "placeholders", "typed_numbering", "header_footer",
                          "core_properties", "past_projects_in_diagnosis"],
                notes=("No heading styles: headings are Normal paragraphs with bold 13-14 pt runs; "
                       "'STRESZCZENIE' and 'PIENIĄDZE – ILE I SKĄD' are typed in capitals, the actions "
                       "heading 'Działania, które zrealizujemy' is mixed case with w:caps and sits in a "
                       "grey one-cell table. Informal headings (Skąd startujemy?, Co chcemy osiągnąć, "
                       "Kto z nami współpracuje, Co może pójść nie tak?). Actions are 'Działanie N – …' "
                       "fake sub-headings followed by key-value lines; a missing fact is either an omitted "
                       "line or 'Szacowany koszt: b.d.'. No indicators section (action-level 'Wskaźnik:' "
                       "lines only); risks section contains only 'do uzupełnienia'. Past programmes "
                       "(rewitalizacja obszarowa 2017-2023, Mia100 Kamienic) are context, not actions."))
    total = zl(sum(COSTS.values()))

    doc = K.new_document(font="Arial", size=10.5)
    K.set_core(doc, title="MID Łódź – kwartał Włókienniczej",
               author="Biuro Rewitalizacji i Mieszkalnictwa UMŁ",
               created=utc(2025, 1, 20, 10, 0), modified=utc(2025, 3, 21, 16, 45),
               subject="Partnerska Inicjatywa Miast – Rewitalizacja", revision=12)
    fp = doc.sections[0].footer.paragraphs[0]
    fp.text = "Miejska Inicjatywa Działania Miasta Łodzi – Partnerska Inicjatywa Miast"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for text, size in (("MIEJSKA INICJATYWA DZIAŁANIA MIASTA ŁODZI", 20),
                       ("Sieć tematyczna: Rewitalizacja", 14),
                       ("Obszar: kwartał ulic Północnej, Kilińskiego, Jaracza i Wschodniej", 12),
                       ("Łódź, marzec 2025 r.", 11)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = size >= 14
        r.font.size = Pt(size)
    doc.add_paragraph()

    gold.section("summary")
    K.fake_heading(doc, "STRESZCZENIE", size=14, color=HEAD_COLOR)
    for t in SUMMARY:
        K.para(doc, t.format(total=total))

    gold.section("context")
    K.fake_heading(doc, "Skąd startujemy?", size=14, color=HEAD_COLOR)
    for t in CONTEXT:
        K.para(doc, t)
    K.fake_heading(doc, CONTEXT_PAST_HEAD, size=13, space_before=8)
    for t in CONTEXT_PAST:
        K.para(doc, t)

    gold.section("objectives")
    K.fake_heading(doc, "Co chcemy osiągnąć", size=14, color=HEAD_COLOR)
    K.para(doc, OBJECTIVES_INTRO)
    for t in OBJECTIVES:
        p = K.para(doc, t)
        p.paragraph_format.left_indent = Pt(18)
        p.paragraph_format.space_after = Pt(2)
    K.para(doc, OBJECTIVES_AFTER)

    gold.section("actions")
    _shaded_heading(doc, "Działania, które zrealizujemy")
    K.para(doc, "Poniżej opisujemy siedem działań. Przy każdym podajemy, kto za nie odpowiada, "
                "kiedy zostanie zrealizowane, ile będzie kosztować i po czym poznamy, że się udało.")
    for n, a in enumerate(ACTIONS, start=1):
        gold.action(a)
        _action_block(doc, n, a)

    gold.section("schedule")
    K.fake_heading(doc, "Kiedy to zrobimy?", size=14, color=HEAD_COLOR)
    for t in SCHEDULE:
        K.para(doc, t)

    gold.section("budget")
    K.fake_heading(doc, "PIENIĄDZE – ILE I SKĄD", size=14, color=HEAD_COLOR)
    for t in BUDGET:
        K.para(doc, t.format(total=total, cost6=zl(COSTS[6])))

    gold.section("stakeholders")
    K.fake_heading(doc, "Kto z nami współpracuje", size=14, color=HEAD_COLOR)
    for t in STAKEHOLDERS:
        K.para(doc, t)

    gold.section("risks", "incomplete")
    K.fake_heading(doc, "Co może pójść nie tak?", size=14, color=HEAD_COLOR)
    p = K.para(doc, "do uzupełnienia")
    p.runs[0].italic = True

    doc.save(out_dir / FILE)
    return gold
