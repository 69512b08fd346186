"""MID – Ostrów Wielkopolski – mobility (ODT: text:h with outline levels 1–2,
'§ N.' heading numbers, master-page header/footer with page-number field,
two-level lists, actions table with column and row spans; budget section only
'W przygotowaniu.')."""
from __future__ import annotations

from common import Action, Gold, shown, utc
from odt_kit import COVERED, Cell, OdtDoc

FILE = "mid_ostrow_wlkp_mobilnosc.odt"
CITY = "Ostrów Wielkopolski"

MZK = "Miejski Zakład Komunikacji w Ostrowie Wielkopolskim"
WIR = "Wydział Inwestycji i Remontów Urzędu Miasta"

ACTIONS = [
    Action("Zintegrowany bilet MZK – Koleje Wielkopolskie", "public_transport",
           responsible=MZK, timeline="III kw. 2025 – II kw. 2026",
           indicator="3 000 biletów zintegrowanych sprzedawanych miesięcznie",
           description=(
               "Wspólny bilet miesięczny uprawniający do przejazdów autobusami MZK oraz pociągami "
               "Kolei Wielkopolskich na odcinkach do Kalisza, Pleszewa i Odolanowa, sprzedawany "
               "w aplikacji i w kasach dworcowych.")),
    Action("Zakup 10 autobusów elektrycznych", "public_transport",
           secondary_themes=("low_emission",), responsible=MZK,
           timeline="I kw. 2026 – IV kw. 2027",
           indicator="10 autobusów zeroemisyjnych w taborze MZK",
           description=(
               "Wymiana najstarszych autobusów z silnikami Euro 3 i Euro 4 na pojazdy elektryczne "
               "wraz z rozbudową stacji ładowania w zajezdni przy ul. Grabowskiej.")),
    Action("Droga rowerowa wzdłuż ul. Wrocławskiej", "cycling",
           responsible=WIR, timeline="II kw. 2025 – III kw. 2026",
           indicator="3,1 km drogi rowerowej",
           description=(
               "Dwukierunkowa droga rowerowa od ronda przy ul. Limanowskiego do granicy miasta, "
               "łącząca osiedla południowe z centrum i strefą przemysłową.")),
    Action("Parkingi rowerowe Bike & Ride przy dworcu PKP i szkołach", "cycling",
           responsible=WIR, timeline="II kw. 2025 – IV kw. 2025",
           indicator="300 miejsc postojowych dla rowerów",
           description=(
               "Zadaszone stojaki i zamykane boksy rowerowe przy dworcu PKP, Centrum Przesiadkowym "
               "oraz przy sześciu szkołach ponadpodstawowych.")),
    Action("Strefa ruchu pieszego na Rynku i ul. Raszkowskiej", "walking_traffic_calming",
           responsible="Wydział Komunikacji i Transportu Urzędu Miasta",
           timeline="I kw. 2026 – IV kw. 2027",
           indicator="1,2 ha przestrzeni oddanej pieszym",
           description=(
               "Wyłączenie z ruchu samochodowego płyty Rynku i pierwszego odcinka ul. Raszkowskiej, "
               "z dopuszczeniem dostaw w godzinach porannych, nowymi nasadzeniami i ogródkami "
               "gastronomicznymi.")),
    Action("System informacji pasażerskiej i aplikacja „Ostrów w ruchu”", "public_transport",
           responsible="Wydział Informatyki Urzędu Miasta we współpracy z MZK", timeline=None,
           indicator="40 tablic dynamicznej informacji pasażerskiej",
           description=(
               "Tablice z rzeczywistymi czasami odjazdów na najważniejszych przystankach oraz "
               "aplikacja łącząca rozkłady MZK i kolei z mapą dróg rowerowych. Termin zostanie "
               "określony po rozstrzygnięciu naboru w programie regionalnym.")),
    Action("Program „Bezpieczna droga do szkoły”", "walking_traffic_calming",
           responsible="Wydział Edukacji Urzędu Miasta i Straż Miejska",
           timeline="IX 2025 – VI 2027", indicator=None,
           description=(
               "Audyty dróg do szkół z udziałem uczniów, doświetlenie przejść, progi zwalniające "
               "i dyżury strażników miejskich przy szkołach w pierwszych tygodniach roku szkolnego.")),
]

SUMMARY = [
    "Ostrów Wielkopolski, liczący ok. 70 tys. mieszkańców, jest drugim co do wielkości ośrodkiem "
    "Aglomeracji Kalisko-Ostrowskiej i ważnym węzłem kolejowym. Miasto jest zwarte – większość "
    "osiedli leży w promieniu 4 km od Rynku – ale mieszkańcy w codziennych podróżach wciąż "
    "wybierają samochód, a centrum miasta jest przeciążone ruchem tranzytowym i parkującymi pojazdami.",
    "Miejska Inicjatywa Działania przewiduje siedem działań, które mają zachęcić mieszkańców do "
    "korzystania z komunikacji miejskiej, roweru i chodzenia pieszo: od wspólnego biletu z koleją, "
    "przez nowe autobusy elektryczne i drogi rowerowe, po strefę pieszą na Rynku i program "
    "bezpiecznych dróg do szkół. Działania będą realizowane w latach 2025–2027.",
]
CONTEXT = {
    "Sposób podróżowania mieszkańców": [
        "Badanie ankietowe przeprowadzone jesienią 2024 r. na próbie 1 200 gospodarstw domowych "
        "wykazało, że 52% podróży odbywa się samochodem, 26% pieszo, 12% rowerem, a 10% autobusami "
        "MZK. W porównaniu z badaniem z 2015 r. udział komunikacji miejskiej spadł o 4 punkty "
        "procentowe, a udział samochodu wzrósł o 6 punktów.",
        "Ostrów ma dobre warunki do jazdy rowerem – teren jest płaski, a odległości niewielkie. "
        "Sieć dróg rowerowych liczy jednak tylko 38 km i jest nieciągła: brakuje połączeń osiedli "
        "południowych z centrum oraz bezpiecznych parkingów rowerowych przy dworcu i szkołach.",
    ],
    "Dotychczasowe inwestycje": [
        "W latach 2017–2021 w ramach Zintegrowanych Inwestycji Terytorialnych Aglomeracji "
        "Kalisko-Ostrowskiej miasto wybudowało 12 km dróg rowerowych oraz Centrum Przesiadkowe "
        "przy dworcu PKP, a MZK kupił 15 autobusów hybrydowych. Inwestycje te zostały zakończone "
        "i rozliczone; niniejsza Inicjatywa je uzupełnia, ale ich nie obejmuje.",
    ],
}
OBJECTIVES_INTRO = "Inicjatywa realizuje trzy cele, z których każdy obejmuje cele szczegółowe:"
OBJECTIVES = [
    ("**Atrakcyjna komunikacja publiczna**", [
        "zwiększenie liczby pasażerów MZK o 15% do 2027 r.,",
        "integracja taryfowa z koleją regionalną,",
        "obniżenie emisji z taboru autobusowego.",
    ]),
    ("**Rower jako codzienny środek transportu**", [
        "spójna sieć dróg rowerowych łącząca osiedla z centrum,",
        "bezpieczne parkowanie rowerów przy dworcu i szkołach.",
    ]),
    ("**Bezpieczne i przyjazne centrum dla pieszych**", [
        "uspokojenie ruchu w śródmieściu i wokół szkół,",
        "przywrócenie Rynku mieszkańcom jako miejsca spotkań.",
    ]),
]
ACTIONS_INTRO = (
    "Działania zestawiono w tabeli poniżej. Okres realizacji podano w kwartałach; kreska oznacza, "
    "że termin lub wskaźnik nie został jeszcze ustalony.")
SCHEDULE = [
    "W 2025 r. zostaną zrealizowane parkingi rowerowe, rozpocznie się budowa drogi rowerowej wzdłuż "
    "ul. Wrocławskiej, a od września ruszy program „Bezpieczna droga do szkoły”. W połowie 2025 r. "
    "MZK i Koleje Wielkopolskie rozpoczną sprzedaż wspólnego biletu w fazie pilotażowej.",
    "W latach 2026–2027 przewidziano zadania inwestycyjne wymagające dłuższego przygotowania: "
    "zakup autobusów elektrycznych wraz z infrastrukturą ładowania oraz przebudowę Rynku i "
    "ul. Raszkowskiej na strefę ruchu pieszego. Szczegółowy harmonogram robót na Rynku zostanie "
    "uzgodniony z przedsiębiorcami, aby ograniczyć utrudnienia w okresie przedświątecznym.",
]
STAKEHOLDERS_INTRO = "W skład Lokalnego Partnerstwa wchodzą:"
STAKEHOLDERS = [
    ("instytucje publiczne:", [
        "Urząd Miasta Ostrowa Wielkopolskiego (wydziały komunikacji, inwestycji i edukacji),",
        "Starostwo Powiatowe, Komenda Powiatowa Policji,",
    ]),
    ("przewoźnicy:", [
        "Miejski Zakład Komunikacji, Koleje Wielkopolskie,",
    ]),
    ("mieszkańcy i organizacje:", [
        "Ostrowska Masa Krytyczna, rady osiedli, Młodzieżowa Rada Miasta,",
        "Kupcy Rynku – stowarzyszenie przedsiębiorców ze śródmieścia.",
    ]),
]
STAKEHOLDERS_AFTER = (
    "Projekt Inicjatywy był konsultowany w lutym 2025 r. w formie dwóch spotkań otwartych i ankiety "
    "internetowej, w której wzięło udział 640 osób. Najwięcej uwag dotyczyło strefy pieszej na Rynku "
    "– na ich podstawie zdecydowano o dopuszczeniu dostaw w godzinach porannych.")
INDICATORS = [
    "Wskaźniki produktu dla poszczególnych działań podano w tabeli w § 4. Wskaźnikami rezultatu "
    "Inicjatywy są: udział podróży komunikacją miejską, rowerem i pieszo (cel: 55% w 2027 r. "
    "wobec 48% w 2024 r.), liczba pasażerów MZK (cel: 5,2 mln rocznie) oraz liczba wypadków "
    "z udziałem pieszych i rowerzystów (cel: spadek o 25%).",
    "Badanie ankietowe zostanie powtórzone jesienią 2027 r. w tej samej metodologii. Sprawozdanie "
    "z realizacji Inicjatywy Wydział Komunikacji i Transportu przedstawia raz w roku Radzie Miasta "
    "i Lokalnemu Partnerstwu.",
]
RISKS = [
    "Główne ryzyko dotyczy finansowania zakupu autobusów elektrycznych – w przypadku braku "
    "dofinansowania zakup zostanie rozłożony na dwa etapy. Strefa piesza na Rynku może spotkać się "
    "z oporem części przedsiębiorców; dlatego przed przebudową zostanie przeprowadzony trzymiesięczny "
    "pilotaż z tymczasową organizacją ruchu. Ryzykiem dla wspólnego biletu jest podział przychodów "
    "między przewoźników, który wymaga zawarcia porozumienia z Województwem Wielkopolskim.",
    "Ryzyka będą monitorowane przez Lokalne Partnerstwo na każdym posiedzeniu. W przypadku opóźnień "
    "przekraczających dwa kwartały Wydział Komunikacji i Transportu przedstawi propozycję zmiany "
    "harmonogramu lub zakresu działania, a zmiany zostaną opisane w corocznym sprawozdaniu.",
]


def _actions_rows():
    head = [
        [Cell("Lp.", rows=2), Cell("Działanie", rows=2), Cell("Realizator", rows=2),
         Cell("Okres realizacji", cols=2), COVERED, Cell("Wskaźnik produktu", rows=2)],
        [COVERED, COVERED, COVERED, "od", "do", COVERED],
    ]
    body = []
    n = len(ACTIONS)
    i = 0
    while i < n:                       # group consecutive actions with the same Realizator
        j = i
        while j + 1 < n and ACTIONS[j + 1].responsible == ACTIONS[i].responsible:
            j += 1
        for k in range(i, j + 1):
            a = ACTIONS[k]
            start, end = (a.timeline.split(" – ") if a.timeline else ("—", "—"))
            resp = Cell(shown(a.responsible), rows=j - i + 1) if k == i else COVERED
            body.append([f"{k + 1}.", Cell(a.title, bold=True), resp, start, end, shown(a.indicator)])
        i = j + 1
    return head + body


def build(out_dir) -> Gold:
    gold = Gold(FILE, "mid", CITY, "mobility", "final",
                features=["heading_styles", "typed_numbering", "header_footer", "page_number_field",
                          "auto_numbering", "bullet_lists", "nested_lists", "tables", "merged_cells",
                          "multi_row_header", "placeholders", "core_properties",
                          "past_projects_in_diagnosis"],
                notes=("ODT; headings are text:h (outline levels 1-2) with '§ N.' typed numbers; level-2 "
                       "headings are unnumbered. Header and footer ('Strona <page-number> z <page-count>') "
                       "on the master page. Objectives and stakeholders are two-level lists. Actions "
                       "table: two header rows ('Okres realizacji' spans od/do columns, other header "
                       "cells span two rows) and Realizator cells spanning consecutive actions with the "
                       "same unit (covered cells). Budget section is only 'W przygotowaniu.', no action "
                       "costs anywhere. '—' = not stated. Past ZIT AKO projects 2017-2021 are context."))
    d = OdtDoc(title="Miejska Inicjatywa Działania Miasta Ostrowa Wielkopolskiego",
               author="Wydział Komunikacji i Transportu, Urząd Miasta Ostrowa Wielkopolskiego",
               created=utc(2025, 3, 3, 8, 0), modified=utc(2025, 4, 11, 12, 30),
               subject="Partnerska Inicjatywa Miast – Mobilność miejska")
    d.page_setup(header="Ostrów Wielkopolski – Miejska Inicjatywa Działania (PIM)", footer_pages=True)
    bullets = d.list_style("L_bullets", [("bullet", "•"), ("bullet", "◦")])
    numbered = d.list_style("L_numbered", [("number", "."), ("bullet", "–")])

    d.p("Miejska Inicjatywa Działania Miasta Ostrowa Wielkopolskiego", "Title")
    d.p("Sieć tematyczna: Mobilność miejska", "Subtitle")
    d.p("Partnerska Inicjatywa Miast • Ostrów Wielkopolski, kwiecień 2025 r.", "P_center")

    gold.section("summary")
    d.h(1, "§ 1. Streszczenie")
    for t in SUMMARY:
        d.p(t)

    gold.section("context")
    d.h(1, "§ 2. Diagnoza stanu mobilności")
    for head, texts in CONTEXT.items():
        d.h(2, head)
        for t in texts:
            d.p(t)

    gold.section("objectives")
    d.h(1, "§ 3. Cele")
    d.p(OBJECTIVES_INTRO)
    d.lst(OBJECTIVES, numbered)

    gold.section("actions")
    d.h(1, "§ 4. Działania")
    d.p(ACTIONS_INTRO)
    for a in ACTIONS:
        gold.action(a)
    d.table(_actions_rows(), [1.0, 4.6, 3.6, 2.1, 2.1, 3.4], header_rows=2, name="Dzialania")
    d.h(2, "Opis działań")
    d.lst([f"**{a.title}** – {a.description}" for a in ACTIONS], bullets)

    gold.section("schedule")
    d.h(1, "§ 5. Harmonogram")
    for t in SCHEDULE:
        d.p(t)

    gold.section("budget", "incomplete")
    d.h(1, "§ 6. Budżet i źródła finansowania")
    d.p("W przygotowaniu.")

    gold.section("stakeholders")
    d.h(1, "§ 7. Interesariusze i Lokalne Partnerstwo")
    d.p(STAKEHOLDERS_INTRO)
    d.lst(STAKEHOLDERS, bullets)
    d.p(STAKEHOLDERS_AFTER)

    gold.section("indicators")
    d.h(1, "§ 8. Wskaźniki i monitoring")
    for t in INDICATORS:
        d.p(t)

    gold.section("risks")
    d.h(1, "§ 9. Ryzyka")
    for t in RISKS:
        d.p(t)

    d.save(out_dir / FILE)
    return gold
