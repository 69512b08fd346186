"""MID Tarnobrzeg – air quality network – DOCX.

Traps: every heading is a bold Normal paragraph (no Word heading styles),
Roman numbering typed, some headings typed in capitals and one shown in
capitals only through the caps attribute; an introduction paragraph before
the first heading; actions listed in a ruled table; the risk chapter holds
only the sentence that the analysis "zostanie opracowana" later
(incomplete); an action "Kampania edukacyjna i monitoring jakości powietrza
w szkołach" while the document has no indicators/monitoring chapter
(indicators=missing).
"""
from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

import docx_kit as K
import h2_docx as D
from common import utc
from h2_common import OUT_DIR, Action, H2Gold, fact_or

FILE = "mid_tarnobrzeg_powietrze.docx"
CITY = "Tarnobrzeg"

ACTIONS = [
    Action("Rozbudowa sieci ciepłowniczej na Serbinowie i w Mokrzyszowie", "low_emission",
           description="Budowa 4,2 km sieci i przyłączy do budynków wielorodzinnych i domów "
                       "jednorodzinnych położonych w zasięgu magistrali.",
           responsible="Miejskie Przedsiębiorstwo Energetyki Cieplnej Sp. z o.o.",
           timeline="2025–2027", cost="9 600", indicator="160 budynków przyłączonych do sieci"),
    Action("Miejski program dopłat „Czyste ciepło Tarnobrzeg”", "low_emission",
           description="Dopłaty do wymiany kotłów pozaklasowych, uzupełniające program „Czyste "
                       "Powietrze”; wyższa stawka dla gospodarstw o najniższych dochodach.",
           responsible="Wydział Ochrony Środowiska Urzędu Miasta Tarnobrzega",
           timeline="2025–2028", cost="4 000", indicator="500 wymienionych kotłów"),
    Action("Instalacje fotowoltaiczne na budynkach szkół i przedszkoli", "low_emission",
           description="Montaż instalacji o łącznej mocy ok. 600 kWp na dachach 9 placówek "
                       "oświatowych, połączony z wymianą oświetlenia na LED.",
           responsible="Wydział Inwestycji Miejskich Urzędu Miasta Tarnobrzega",
           timeline="2026", cost="3 200", indicator=None),
    Action("Kampania edukacyjna i monitoring jakości powietrza w szkołach", "eco_awareness",
           description="Lekcje o przyczynach smogu, konkurs dla klas, czujniki jakości powietrza "
                       "z tablicami wyników w holach szkół i komunikaty dla rodziców.",
           responsible=None, timeline="2025–2027", cost="250",
           indicator="18 czujników działających w szkołach i przedszkolach"),
    Action("Elektryczne autobusy dla linii do Sobowa i Wielowsi", "public_transport",
           secondary_themes=("low_emission",),
           description="Zakup 5 autobusów elektrycznych i budowa stacji ładowania w zajezdni; "
                       "wycofanie najstarszych pojazdów z silnikami Euro III.",
           responsible="Miejska Komunikacja Samochodowa Sp. z o.o. w Tarnobrzegu",
           timeline="2027–2028", cost="10 350", indicator="5 autobusów elektrycznych"),
]

# tys. zł per year – harmonogram rzeczowo-finansowy (sums equal the action costs)
YEARLY = {
    "Rozbudowa sieci ciepłowniczej na Serbinowie i w Mokrzyszowie": (2400, 4200, 3000, 0),
    "Miejski program dopłat „Czyste ciepło Tarnobrzeg”": (1000, 1000, 1000, 1000),
    "Instalacje fotowoltaiczne na budynkach szkół i przedszkoli": (0, 3200, 0, 0),
    "Kampania edukacyjna i monitoring jakości powietrza w szkołach": (100, 80, 70, 0),
    "Elektryczne autobusy dla linii do Sobowa i Wielowsi": (0, 0, 5175, 5175),
}
SOURCES = [
    ("Fundusze Europejskie dla Podkarpacia 2021–2027", 13900),
    ("Program FEnIKS 2021–2027 (autobusy)", 7000),
    ("Budżet miasta", 4600),
    ("Środki własne spółki ciepłowniczej", 1900),
]


def tys(n: int) -> str:
    return "—" if n == 0 else f"{n:,}".replace(",", " ")


def _heading(doc, text, caps=False):
    return K.fake_heading(doc, text, size=12.5, caps=caps, space_before=16,
                          color=RGBColor(0x1F, 0x4E, 0x79))


def build(out_dir=OUT_DIR) -> H2Gold:
    for a in ACTIONS:
        assert a.cost is None or int(a.cost.replace(" ", "")) == sum(YEARLY[a.title]), a.title
    assert sum(v for _, v in SOURCES) == sum(sum(v) for v in YEARLY.values()) == 27400

    gold = H2Gold(FILE, document_type="mid", city=CITY, network="air_quality", status="final",
                  notes="No Word heading styles: all headings are bold paragraphs with typed Roman "
                        "numbers; 'I. STRESZCZENIE' and 'VIII. RYZYKA' typed in capitals, chapter III "
                        "in capitals through the caps attribute only. Introduction paragraph before "
                        "the first heading. Actions in a ruled table. Chapter VIII holds only "
                        "'Analiza ryzyka zostanie opracowana …' (risks=incomplete). Action "
                        "'Kampania edukacyjna i monitoring jakości powietrza w szkołach' while there "
                        "is no indicators/monitoring chapter (indicators=missing).")
    doc = K.new_document(font="Liberation Serif", size=11)
    K.set_core(doc, title="Miejska Inicjatywa Działania – Tarnobrzeg",
               author="Urząd Miasta Tarnobrzega", created=utc(2025, 3, 10, 7, 45),
               modified=utc(2025, 4, 7, 11, 5), subject="PIM – Jakość powietrza", revision=3)
    D.footer_page(doc, prefix="– ", suffix=" –")

    D.p(doc, "URZĄD MIASTA TARNOBRZEGA", align="center", size=10)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("MIEJSKA INICJATYWA DZIAŁANIA")
    r.bold = True
    r.font.size = Pt(18)
    D.p(doc, "Czyste powietrze nad Tarnobrzegiem", align="center", size=15)
    D.p(doc, "Partnerska Inicjatywa Miast – sieć tematyczna „Jakość powietrza”", align="center",
        size=11)
    D.p(doc, "Tarnobrzeg, kwiecień 2025 r.", align="center", size=10, space_after=18)

    # introduction paragraph before the first heading (cover note, not a chapter)
    D.p(doc, "Niniejszy dokument przygotował zespół zadaniowy powołany zarządzeniem Prezydenta "
             "Miasta Tarnobrzega we współpracy z Lokalnym Partnerstwem. Przedstawia działania, które "
             "miasto zamierza podjąć w latach 2025–2028, aby ograniczyć zanieczyszczenie powietrza "
             "odczuwalne przede wszystkim w sezonie grzewczym. Dokument będzie aktualizowany po "
             "rozstrzygnięciu naborów w programach krajowych i regionalnych.", align="justify",
        italic=True)

    # I – summary
    gold.section("summary")
    _heading(doc, "I. STRESZCZENIE")
    D.p(doc, "Tarnobrzeg należy do miast Podkarpacia, w których w sezonie grzewczym regularnie "
             "przekraczane są normy stężenia pyłu zawieszonego PM10 i benzo(a)pirenu. Główną "
             "przyczyną jest spalanie węgla w przestarzałych kotłach w domach jednorodzinnych. "
             "Inicjatywa obejmuje pięć działań o łącznej wartości 27,4 mln zł: rozbudowę sieci "
             "ciepłowniczej, miejski program dopłat do wymiany kotłów, fotowoltaikę na budynkach "
             "oświatowych, edukację w szkołach oraz zakup autobusów elektrycznych.",
        align="justify")

    # II – context
    gold.section("context")
    _heading(doc, "II. Tarnobrzeg i jego powietrze")
    D.p(doc, "Tarnobrzeg liczy około 44 tys. mieszkańców. Przez dziesięciolecia rozwój miasta "
             "wyznaczało górnictwo siarki; dziś w miejscu dawnej kopalni odkrywkowej znajduje się "
             "Jezioro Tarnobrzeskie, a miasto stawia na usługi, rekreację i strefę ekonomiczną. "
             "Zabudowa jest rozproszona – obok osiedli bloków na Serbinowie i w centrum duży udział "
             "mają dzielnice domów jednorodzinnych: Sobów, Mokrzyszów, Miechocin, Wielowieś "
             "i Zakrzów.", align="justify")
    D.p(doc, "Według inwentaryzacji z 2024 r. w mieście pracuje około 3 100 kotłów na paliwo stałe, "
             "z czego 1 300 to kotły pozaklasowe, które zgodnie z uchwałą antysmogową sejmiku "
             "województwa powinny zostać wymienione. Sieć ciepłownicza obsługuje głównie budynki "
             "wielorodzinne; jej zasięg kończy się na granicy dzielnic domów jednorodzinnych.",
        align="justify")
    D.p(doc, "Stacja Państwowego Monitoringu Środowiska w Tarnobrzegu zarejestrowała w 2023 r. 41 dni "
             "z przekroczeniem dobowego poziomu dopuszczalnego PM10 (dopuszczalne są 35 dni w roku), "
             "a średnioroczne stężenie benzo(a)pirenu wyniosło 4,2 ng/m³, ponad czterokrotnie więcej "
             "niż poziom docelowy. Dodatkowym źródłem zanieczyszczeń jest ruch na drodze krajowej "
             "nr 9, którą przez miasto przejeżdża dziennie około 14 tys. pojazdów, w tym 2 tys. "
             "ciężarowych.", align="justify")

    # III – objectives (capitals only through the caps attribute)
    gold.section("objectives")
    _heading(doc, "III. Cel główny i cele szczegółowe", caps=True)
    D.p(doc, "Cel główny: poprawa jakości powietrza w Tarnobrzegu do poziomu, przy którym do 2030 r. "
             "liczba dni z przekroczeniem normy dobowej PM10 nie przekroczy 35 w roku.",
        align="justify")
    D.typed_list(doc, [
        "ograniczenie emisji z indywidualnego ogrzewania budynków,",
        "zwiększenie udziału odnawialnych źródeł energii w budynkach publicznych,",
        "ograniczenie emisji z komunikacji miejskiej,",
        "wzrost świadomości dzieci i rodziców na temat zanieczyszczenia powietrza.",
    ], ["1)", "2)", "3)", "4)"])

    # IV – actions (table)
    gold.section("actions")
    _heading(doc, "IV. Co planujemy zrobić")
    D.p(doc, "Zestawienie działań przyjętych przez Lokalne Partnerstwo na posiedzeniu "
             "w dniu 26 marca 2025 r.", align="justify")
    rows = []
    for i, a in enumerate(ACTIONS, start=1):
        gold.action(a)
        cell = f"**{a.title}**\n{a.description}"
        if a.indicator:
            cell += f"\nEfekt: {a.indicator}."
        rows.append((f"{i}.", cell, fact_or(a.responsible), fact_or(a.timeline),
                     fact_or(a.cost)))
    D.grid_table(doc, ["Lp.", "Działanie", "Realizator", "Okres", "Koszt (tys. zł)"], rows,
                 [1.0, 8.2, 3.8, 2.0, 2.0], font_size=9)

    # V – budget
    gold.section("budget")
    _heading(doc, "V. Finansowanie działań")
    D.p(doc, "Łączny koszt działań wynosi 27,4 mln zł. Miasto zamierza pozyskać ponad 75% tej kwoty "
             "ze środków zewnętrznych. Udział budżetu miasta obejmuje wkład własny do projektów "
             "unijnych oraz w całości miejski program dopłat do wymiany kotłów.", align="justify")
    total = sum(v for _, v in SOURCES)
    D.grid_table(doc, ["Źródło finansowania", "Kwota (tys. zł)", "Udział"],
                 [(n, tys(v), f"{round(100 * v / total)}%") for n, v in SOURCES]
                 + [("Razem", tys(total), "100%")], [9.0, 3.5, 2.5])

    # VI – schedule
    gold.section("schedule")
    _heading(doc, "VI. Harmonogram rzeczowo-finansowy")
    D.p(doc, "Nakłady w poszczególnych latach (tys. zł):")
    yrs = (2025, 2026, 2027, 2028)
    rows = [[a.title] + [tys(v) for v in YEARLY[a.title]] for a in ACTIONS]
    rows.append(["Razem"] + [tys(sum(YEARLY[a.title][i] for a in ACTIONS)) for i in range(4)])
    D.grid_table(doc, ["Działanie"] + [str(y) for y in yrs], rows, [8.0, 2.2, 2.2, 2.2, 2.2])
    D.p(doc, "Wymiana kotłów będzie prowadzona w cyklu rocznym, z naborem wniosków w I kwartale "
             "i realizacją do końca października. Roboty przy sieci ciepłowniczej zaplanowano poza "
             "sezonem grzewczym.", align="justify")

    # VII – stakeholders
    gold.section("stakeholders")
    _heading(doc, "VII. Partnerzy inicjatywy i udział mieszkańców")
    D.p(doc, "W skład Lokalnego Partnerstwa weszli: przedstawiciele Urzędu Miasta, spółki "
             "ciepłowniczej, Miejskiej Komunikacji Samochodowej, Tarnobrzeskiej Specjalnej Strefy "
             "Ekonomicznej, dyrektorzy trzech szkół, Rada Seniorów, Młodzieżowa Rada Miasta, "
             "przedstawiciele rad osiedli Sobów i Mokrzyszów oraz lokalnego stowarzyszenia "
             "ekologicznego.", align="justify")
    D.p(doc, "Mieszkańcy mogli zgłaszać uwagi podczas dwóch spotkań otwartych, w ankiecie "
             "internetowej (486 odpowiedzi) i w punkcie informacyjnym w ratuszu. Przed uruchomieniem "
             "programu dopłat odbędą się spotkania w każdej z dzielnic domów jednorodzinnych, "
             "a doradca energetyczny będzie przyjmował mieszkańców dwa razy w tygodniu.",
        align="justify")

    # VIII – risks: placeholder sentence only
    gold.section("risks", "incomplete")
    _heading(doc, "VIII. RYZYKA")
    D.p(doc, "Analiza ryzyka zostanie opracowana na etapie przygotowania wniosku o dofinansowanie.")

    D.save(doc, out_dir / FILE)
    return gold
