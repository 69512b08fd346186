"""MID – Opole – air quality (DOCX, real heading styles with automatic
multilevel numbering, List Number / two-level bullets, header + PAGE footer,
actions table with a two-row header, gridSpan and vMerge)."""
from __future__ import annotations

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

import docx_kit as K
from common import Action, Gold, shown, utc

FILE = "mid_opole_powietrze.docx"
CITY = "Opole"
TITLE = "Miejska Inicjatywa Działania – Opole"


def zl(n: int) -> str:
    return f"{n:,}".replace(",", "\u00a0") + "\u00a0zł"


# Costs as numbers, so that the budget section and totals agree with the table.
COSTS = {
    "kotly": 4_800_000, "doradztwo": 360_000, "cieplo": 6_200_000, "czujniki": 410_000,
    "kampania": 180_000, "drzewa": 950_000, "kontrole": 150_000,
}

ACTIONS = [
    Action("Program wymiany źródeł ciepła „Czyste Opole”", "low_emission",
           responsible="Wydział Ochrony Środowiska i Rolnictwa UM Opole",
           timeline="I kw. 2025 – IV kw. 2027", cost=zl(COSTS["kotly"]),
           indicator="Liczba zlikwidowanych kotłów na paliwa stałe: 600 szt.",
           funding="WFOŚiGW w Opolu (pożyczka), budżet miasta",
           description=(
               "Miejskie dotacje do wymiany kotłów i pieców na paliwa stałe na pompy ciepła, "
               "kotły gazowe lub podłączenie do sieci ciepłowniczej. Dotacja wynosi do 70% kosztów "
               "kwalifikowanych (do 90% dla gospodarstw o niskich dochodach) i może być łączona z "
               "programem „Czyste Powietrze”. Nabór wniosków prowadzony jest w trybie ciągłym, "
               "a priorytet mają budynki położone w Śródmieściu, na Zaodrzu i w Nowej Wsi Królewskiej.")),
    Action("Punkt doradztwa energetycznego dla mieszkańców", "eco_awareness",
           secondary_themes=("low_emission",),
           responsible="Wydział Ochrony Środowiska i Rolnictwa UM Opole",
           timeline="I kw. 2025 – IV kw. 2027", cost=zl(COSTS["doradztwo"]),
           indicator="Liczba udzielonych porad: 2 500",
           funding="Budżet miasta, NFOŚiGW (doradztwo energetyczne)",
           description=(
               "Stały punkt w Biurze Obsługi Mieszkańców przy ul. Damrota oraz dyżury mobilne w "
               "dzielnicach przyłączonych w 2017 r. Doradcy pomagają w wyborze źródła ciepła, "
               "wypełnianiu wniosków o dofinansowanie i rozliczaniu dotacji, a także wykonują "
               "uproszczone audyty energetyczne budynków jednorodzinnych.")),
    Action("Podłączenie budynków komunalnych na Zaodrzu do miejskiej sieci ciepłowniczej",
           "low_emission",
           responsible="Miejski Zarząd Budynków Komunalnych w Opolu",
           timeline="II kw. 2025 – IV kw. 2026", cost=zl(COSTS["cieplo"]),
           indicator="Liczba budynków podłączonych do sieci: 38",
           funding="FEO 2021–2027, działanie 2.1; wkład własny miasta",
           description=(
               "Budowa przyłączy i węzłów cieplnych w 38 kamienicach komunalnych przy ulicach "
               "Armii Krajowej, Wrocławskiej i Książąt Opolskich wraz z demontażem około 410 pieców "
               "kaflowych. Zadanie realizowane jest we współpracy z operatorem sieci ciepłowniczej, "
               "który finansuje rozbudowę sieci rozdzielczej.")),
    Action("Sieć czujników jakości powietrza i publiczny portal danych", "other",
           secondary_themes=("eco_awareness",),
           responsible="Biuro Informatyki i Cyfryzacji UM Opole",
           timeline="III kw. 2025", cost=zl(COSTS["czujniki"]),
           indicator="Liczba czujników w sieci: 40",
           funding="Budżet miasta",
           description=(
               "Uzupełnienie stacji Głównego Inspektoratu Ochrony Środowiska przy ul. Koszyka o 40 "
               "niskokosztowych czujników pyłu PM10 i PM2,5, kalibrowanych raz w roku względem "
               "stacji referencyjnej. Dane będą publikowane na otwartym portalu i w aplikacji "
               "„Opole w kieszeni”, a przy przekroczeniach progu informowania mieszkańcy otrzymają "
               "powiadomienia SMS.")),
    Action("Kampania edukacyjna „Nie truj sąsiada”", "eco_awareness",
           responsible="Wydział Oświaty UM Opole we współpracy z Miejskim Ośrodkiem Sportu i Rekreacji",
           timeline="IX 2025 – VI 2026", cost=zl(COSTS["kampania"]),
           indicator=None,
           funding="WFOŚiGW w Opolu (edukacja ekologiczna)",
           description=(
               "Zajęcia w szkołach podstawowych, pikniki sąsiedzkie i spoty w komunikacji miejskiej "
               "dotyczące szkodliwości spalania odpadów oraz prawidłowego rozpalania w piecu „od góry”. "
               "Kampania obejmie również spotkania z zarządcami wspólnot mieszkaniowych.")),
    Action("Zakup autobusów elektrycznych dla MZK Opole", "public_transport",
           secondary_themes=("low_emission",),
           responsible="Miejski Zakład Komunikacji w Opolu Sp. z o.o.",
           timeline="2026 – 2027", cost=None,
           indicator="Udział pojazdów bezemisyjnych we flocie MZK: 30%",
           funding="FEnIKS 2021–2027 (wniosek w przygotowaniu)",
           description=(
               "Zakup 12 autobusów elektrycznych wraz z ładowarkami zajezdniowymi przy ul. Luboszyckiej. "
               "Koszt zadania zostanie określony po rozeznaniu rynku i ogłoszeniu naboru w programie "
               "FEnIKS; do czasu jego rozstrzygnięcia działanie ma charakter warunkowy.")),
    Action("Zielony ekran – nasadzenia izolacyjne wzdłuż ul. Niemodlińskiej", "public_space",
           responsible="Miejski Zarząd Dróg w Opolu",
           timeline="III–IV kw. 2026", cost=zl(COSTS["drzewa"]),
           indicator="Liczba posadzonych drzew: 420",
           funding="Budżet miasta, Opolski Budżet Obywatelski",
           description=(
               "Wielorzędowe nasadzenia drzew i krzewów oddzielające chodniki i zabudowę "
               "mieszkaniową od ruchliwej drogi wylotowej, wraz z rozszczelnieniem nawierzchni "
               "na przystankach autobusowych.")),
    Action("Kontrole palenisk z wykorzystaniem drona pomiarowego", "low_emission",
           responsible="Straż Miejska w Opolu",
           timeline="I kw. 2025 – IV kw. 2027", cost=zl(COSTS["kontrole"]),
           indicator="Liczba kontroli palenisk rocznie: 1 200",
           funding="Budżet miasta",
           description=(
               "Zakup drona z głowicą pomiarową oraz przeszkolenie czterech strażników. Kontrole "
               "prowadzone będą przede wszystkim w sezonie grzewczym, na podstawie zgłoszeń "
               "mieszkańców i wskazań sieci czujników.")),
]

SUMMARY = [
    "Opole przystępuje do Partnerskiej Inicjatywy Miast w sieci tematycznej „Jakość powietrza”, "
    "ponieważ mimo wyraźnej poprawy w ostatniej dekadzie miasto nadal notuje w sezonie grzewczym "
    "przekroczenia dobowych norm pyłu PM10, a średnioroczne stężenie benzo(a)pirenu trzykrotnie "
    "przekracza poziom docelowy. Głównym źródłem problemu pozostaje indywidualne ogrzewanie budynków "
    "paliwami stałymi, skupione w starej zabudowie śródmiejskiej i w dzielnicach przyłączonych do miasta.",
    "Niniejsza Miejska Inicjatywa Działania (MID) obejmuje osiem działań realizowanych w latach "
    "2025–2027: od dotacji do wymiany kotłów i podłączania kamienic komunalnych do sieci ciepłowniczej, "
    "przez doradztwo energetyczne i edukację, po sieć czujników, kontrole palenisk i nasadzenia "
    "izolacyjne. Szacowany koszt działań, dla których ustalono budżet, wynosi {total}. "
    "Dokument został wypracowany przez Lokalne Partnerstwo i przyjęty na jego posiedzeniu 12 marca 2025 r.",
]

CONTEXT_AIR = [
    "Według ocen rocznych Głównego Inspektoratu Ochrony Środowiska (stacja przy ul. Koszyka) średnie "
    "roczne stężenie pyłu PM10 w Opolu spadło z 36 µg/m³ w 2015 r. do 27 µg/m³ w 2023 r. Liczba dni "
    "z przekroczeniem dobowego poziomu dopuszczalnego (50 µg/m³) zmniejszyła się w tym okresie z 74 "
    "do 31, a więc mieści się już w dopuszczalnej liczbie 35 dni w roku. Poprawa ta jest jednak "
    "nietrwała: w chłodnym i bezwietrznym styczniu 2024 r. odnotowano 14 dni z przekroczeniem w ciągu "
    "jednego miesiąca.",
    "Znacznie poważniejszy jest problem benzo(a)pirenu. Średnie roczne stężenie B(a)P wyniosło "
    "w 2023 r. 2,9 ng/m³ przy poziomie docelowym 1 ng/m³. Od stycznia 2030 r. zaczną obowiązywać "
    "zaostrzone normy wynikające z nowej dyrektywy w sprawie jakości powietrza, co oznacza, że bez "
    "dalszych działań miasto nie spełni wymagań prawa unijnego.",
]

CONTEXT_SOURCES = [
    "Inwentaryzacja przeprowadzona w latach 2022–2023 na potrzeby Centralnej Ewidencji Emisyjności "
    "Budynków wykazała w granicach miasta około 3 900 czynnych źródeł ciepła na paliwa stałe, z czego "
    "1 650 to kotły pozaklasowe lub piece kaflowe. Najwięcej takich źródeł znajduje się w:",
]
CONTEXT_SOURCES_LIST = [
    ("zabudowie śródmiejskiej i przedwojennych kamienicach", [
        "Śródmieście i Zaodrze – ok. 1 100 pieców kaflowych w lokalach komunalnych i prywatnych,",
        "osiedle Armii Krajowej – ok. 240 lokali bez dostępu do sieci gazowej,",
    ]),
    ("dzielnicach przyłączonych do Opola w 2017 r.", [
        "Czarnowąsy, Dobrzeń Mały, Chmielowice – przewaga domów jednorodzinnych z kotłami węglowymi,",
        "Krzanowice i Wróblin – zabudowa rozproszona, brak sieci ciepłowniczej,",
    ]),
    "starszej zabudowie jednorodzinnej Nowej Wsi Królewskiej i Gosławic.",
]
CONTEXT_SOURCES_AFTER = [
    "Udział transportu w emisji pyłów jest mniejszy, ale w rejonie głównych ciągów komunikacyjnych "
    "(ul. Niemodlińska, Ozimska, obwodnica północna) stanowi istotne źródło tlenków azotu i pyłu "
    "z unosu wtórnego. Emisja przemysłowa, w tym z Elektrowni Opole, ma niewielki wpływ na stężenia "
    "obserwowane w przyziemnej warstwie powietrza.",
]

CONTEXT_PAST = [
    "Opole od kilku lat prowadzi działania na rzecz poprawy jakości powietrza. W latach 2016–2020 "
    "miasto realizowało Program ograniczania niskiej emisji, w ramach którego zlikwidowano 1 140 "
    "pieców i kotłów węglowych, a w latach 2019–2022 projekt „Ciepło dla Opola” współfinansowany "
    "z RPO WO 2014–2020, dzięki któremu do sieci ciepłowniczej podłączono 52 budynki wielorodzinne. "
    "W 2021 r. uruchomiono także pierwszych dziesięć czujników jakości powietrza przy szkołach.",
    "Doświadczenia tych projektów pokazały, że największą barierą nie jest brak środków na inwestycje, "
    "lecz niska świadomość części mieszkańców, skomplikowane procedury rozliczania dotacji oraz "
    "obawa przed wyższymi kosztami ogrzewania po wymianie źródła ciepła. Wnioski te zostały "
    "uwzględnione przy projektowaniu działań niniejszej MID. Zakończone projekty nie są częścią "
    "planu działań i przywołano je wyłącznie jako punkt odniesienia.",
]

OBJECTIVES_INTRO = [
    "Celem głównym Inicjatywy jest trwałe obniżenie stężeń pyłu PM10 i benzo(a)pirenu w powietrzu "
    "w Opolu do poziomów zgodnych z normami obowiązującymi od 2030 r., przy jednoczesnym ograniczeniu "
    "skutków społecznych transformacji ciepłowniczej dla najuboższych gospodarstw domowych. "
    "Cel główny realizowany będzie poprzez następujące cele szczegółowe:",
]
OBJECTIVES = [
    "Likwidacja co najmniej 1 000 źródeł ciepła na paliwa stałe do końca 2027 r. (łącznie z podłączeniami do sieci).",
    "Zwiększenie liczby gospodarstw domowych korzystających z dotacji o 40% w porównaniu z latami 2021–2023.",
    "Zapewnienie mieszkańcom rzetelnej, aktualnej informacji o jakości powietrza w każdej dzielnicy.",
    "Ograniczenie spalania odpadów w paleniskach domowych poprzez edukację i skuteczne kontrole.",
    "Zmniejszenie narażenia pieszych na zanieczyszczenia komunikacyjne w rejonie głównych ulic wylotowych.",
]
OBJECTIVES_AFTER = [
    "Cele szczegółowe są spójne z Programem ochrony powietrza dla województwa opolskiego oraz "
    "z uchwałą antysmogową Sejmiku Województwa Opolskiego, która od 1 stycznia 2028 r. wprowadza "
    "zakaz eksploatacji kotłów pozaklasowych na terenie Opola.",
]

ACTIONS_INTRO = [
    "Tabela 1 zestawia działania zaplanowane w ramach Inicjatywy. Kolejność kolumn odpowiada układowi "
    "stosowanemu w Wieloletniej Prognozie Finansowej miasta. Dla zadań, których koszt nie został "
    "jeszcze oszacowany, wpisano „b.d.”, a brak przypisanego wskaźnika oznaczono kreską.",
]

SCHEDULE_INTRO = [
    "Realizacja Inicjatywy została podzielona na trzy etapy odpowiadające kolejnym sezonom grzewczym. "
    "Harmonogram uwzględnia terminy naborów w programach regionalnych i krajowych oraz okres "
    "rozstrzygania przetargów na roboty budowlane.",
]
SCHEDULE = [
    ("Etap I – 2025 r.", [
        "uruchomienie punktu doradztwa energetycznego i pierwszego naboru dotacji (I kw.),",
        "montaż 40 czujników i publikacja portalu danych (III kw.),",
        "rozpoczęcie prac przyłączeniowych na Zaodrzu – pierwsze 12 budynków (III–IV kw.),",
        "start kampanii „Nie truj sąsiada” w szkołach (wrzesień).",
    ]),
    ("Etap II – 2026 r.", [
        "podłączenie pozostałych 26 budynków komunalnych do sieci ciepłowniczej,",
        "nasadzenia izolacyjne wzdłuż ul. Niemodlińskiej (jesień),",
        "złożenie wniosku o dofinansowanie zakupu autobusów elektrycznych.",
    ]),
    ("Etap III – 2027 r.", [
        "kontynuacja dotacji i kontroli palenisk,",
        "dostawa autobusów elektrycznych (warunkowo),",
        "ewaluacja końcowa Inicjatywy i aktualizacja planu na kolejny okres.",
    ]),
]

BUDGET_INTRO = [
    "Łączny szacowany koszt działań, dla których określono budżet, wynosi {total}. Koszt zakupu "
    "autobusów elektrycznych zostanie ustalony po rozeznaniu rynku i nie jest uwzględniony w tej kwocie. "
    "Planowane źródła finansowania to:",
]
BUDGET_SOURCES = [
    ("środki zewnętrzne:", [
        "Fundusze Europejskie dla Opolskiego 2021–2027 – ok. 5,3 mln zł (podłączenia do sieci ciepłowniczej),",
        "Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Opolu – pożyczka 3,0 mln zł oraz dotacja na edukację,",
        "NFOŚiGW – finansowanie doradztwa energetycznego w ramach programu krajowego,",
    ]),
    ("środki własne miasta:", [
        "budżet Wydziału Ochrony Środowiska i Rolnictwa – ok. 2,4 mln zł w latach 2025–2027,",
        "Opolski Budżet Obywatelski – projekt nasadzeń przy ul. Niemodlińskiej (edycja 2025),",
    ]),
]
BUDGET_AFTER = [
    "Wydatki zostały ujęte w projekcie Wieloletniej Prognozy Finansowej Miasta Opola na lata 2025–2030. "
    "W przypadku nieotrzymania dofinansowania zewnętrznego miasto sfinansuje w pierwszej kolejności "
    "dotacje do wymiany kotłów i doradztwo, a inwestycje infrastrukturalne zostaną przesunięte.",
]

STAKEHOLDERS_INTRO = [
    "Lokalne Partnerstwo PIM w Opolu powołano zarządzeniem Prezydenta Miasta w październiku 2024 r. "
    "Spotyka się ono raz na kwartał i liczy 19 członków reprezentujących następujące grupy:",
]
STAKEHOLDERS = [
    ("administracja publiczna:", [
        "Urząd Miasta Opola (Wydział Ochrony Środowiska i Rolnictwa, Biuro Rozwoju Miasta, Straż Miejska),",
        "Urząd Marszałkowski Województwa Opolskiego, WFOŚiGW w Opolu,",
    ]),
    ("przedsiębiorstwa i instytucje:", [
        "operator miejskiej sieci ciepłowniczej, MZK Opole, Politechnika Opolska,",
    ]),
    ("organizacje społeczne:", [
        "Opolski Alarm Smogowy, rady dzielnic Czarnowąsy i Zaodrze, Spółdzielnia Mieszkaniowa „Metalowiec”.",
    ]),
]
CONSULTATIONS = [
    "Projekt Inicjatywy poddano konsultacjom społecznym w dniach 13 stycznia – 7 lutego 2025 r. "
    "Odbyły się trzy spotkania dzielnicowe (Zaodrze, Czarnowąsy, Śródmieście) z udziałem łącznie "
    "ok. 140 osób, a za pośrednictwem formularza internetowego wpłynęło 86 uwag. Najczęściej "
    "postulowano uproszczenie rozliczania dotacji, zwiększenie liczby kontroli w dzielnicach "
    "przyłączonych oraz publikację danych z czujników w czasie rzeczywistym. Wszystkie trzy postulaty "
    "zostały uwzględnione.",
]

INDICATORS_INTRO = [
    "Postęp realizacji Inicjatywy będzie mierzony za pomocą wskaźników rezultatu oraz wskaźników "
    "produktu przypisanych do poszczególnych działań (Tabela 1). Wskaźniki rezultatu:",
]
INDICATORS = [
    "średnie roczne stężenie PM10 – z 27 µg/m³ (2023) do 22 µg/m³ (2027),",
    "średnie roczne stężenie benzo(a)pirenu – z 2,9 ng/m³ (2023) do 1,8 ng/m³ (2027),",
    "liczba dni z przekroczeniem dobowego poziomu PM10 – z 31 do najwyżej 20,",
    "liczba czynnych źródeł ciepła na paliwa stałe – z 3 900 do 2 900.",
]
INDICATORS_AFTER = [
    "Za monitoring odpowiada Biuro Rozwoju Miasta, które co pół roku przygotowuje dla Lokalnego "
    "Partnerstwa raport z realizacji działań. Dane o stężeniach pochodzą ze stacji GIOŚ oraz z miejskiej "
    "sieci czujników, a dane o źródłach ciepła – z Centralnej Ewidencji Emisyjności Budynków. "
    "Raport końcowy zostanie opublikowany w I kwartale 2028 r.",
]

RISKS = [
    ("Brak dofinansowania zewnętrznego dla inwestycji ciepłowniczych.",
     "Prawdopodobieństwo: średnie; wpływ: wysoki. Działania zaradcze: przygotowanie dokumentacji "
     "z wyprzedzeniem, etapowanie robót, rezerwa w WPF."),
    ("Niewielkie zainteresowanie mieszkańców dotacjami.",
     "Prawdopodobieństwo: średnie; wpływ: średni. Działania zaradcze: doradztwo „od drzwi do drzwi”, "
     "prefinansowanie dla gospodarstw o niskich dochodach."),
    ("Wzrost cen energii elektrycznej i ciepła systemowego.",
     "Prawdopodobieństwo: wysokie; wpływ: średni. Działania zaradcze: łączenie pomp ciepła "
     "z fotowoltaiką, dodatki osłonowe z MOPR."),
    ("Opóźnienia w przetargach na roboty budowlane.",
     "Prawdopodobieństwo: średnie; wpływ: średni. Działania zaradcze: zamówienia w formule "
     "„zaprojektuj i wybuduj”, umowy ramowe."),
]


def _heading_numbering(doc) -> int:
    levels = [
        dict(fmt="decimal", text="%1.", left=432, hanging=432, pstyle="Heading1"),
        dict(fmt="decimal", text="%1.%2.", left=720, hanging=720, pstyle="Heading2"),
    ]
    num_id = K.add_numbering(doc, levels, nsid="5A1F3C01")
    K.link_style_numbering(doc.styles["Heading 1"], num_id, 0)
    K.link_style_numbering(doc.styles["Heading 2"], num_id, 1)
    return num_id


def _bullets(doc, items, num_id):
    for item in items:
        head, subs = item if isinstance(item, tuple) else (item, [])
        p = K.para(doc, head, style="List Bullet")
        K.set_num(p, num_id, 0)
        for sub in subs:
            q = K.para(doc, sub, style="List Bullet 2")
            K.set_num(q, num_id, 1)


def _paras(doc, texts, **fmt):
    for t in texts:
        K.para(doc, t.format(**fmt))


def _actions_table(doc, actions):
    cols = ["Termin", "Działanie", "Koszt", "Realizator", "Wskaźnik", "Źródło finansowania"]
    widths = [Cm(2.3), Cm(4.4), Cm(2.3), Cm(3.0), Cm(2.9), Cm(2.1)]
    table = doc.add_table(rows=2 + len(actions), cols=len(cols))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    K.set_col_widths(table, widths)
    # two-row header: "Realizacja i monitoring" spans Realizator + Wskaźnik (gridSpan),
    # the other header cells span both header rows (vMerge)
    for r in (0, 1):
        K.repeat_as_header(table.rows[r])
        for c in range(len(cols)):
            K.shade(table.cell(r, c), "D9E2F3")
    for c, name in enumerate(cols):
        if c in (3, 4):
            K.cell_text(table.cell(1, c), name, bold=True, size=9.5)
        else:
            merged = table.cell(0, c).merge(table.cell(1, c))
            K.cell_text(merged, name, bold=True, size=9.5)
    group = table.cell(0, 3).merge(table.cell(0, 4))
    K.cell_text(group, "Realizacja i monitoring", bold=True, size=9.5)

    for i, a in enumerate(actions):
        r = 2 + i
        values = [a.timeline, a.title, a.cost, a.responsible, a.indicator, a.funding]
        for c, v in enumerate(values):
            placeholder = "b.d." if c == 2 else "—"
            K.cell_text(table.cell(r, c), shown(v, placeholder), bold=(c == 1), size=9.5)
    # vertical merge of identical consecutive "Realizator" values
    r = 0
    while r < len(actions):
        end = r
        while end + 1 < len(actions) and actions[end + 1].responsible == actions[r].responsible:
            end += 1
        if end > r:
            merged = table.cell(2 + r, 3).merge(table.cell(2 + end, 3))
            K.cell_text(merged, shown(actions[r].responsible), size=9.5)
        r = end + 1
    cap = K.para(doc, "Tabela 1. Działania Miejskiej Inicjatywy Działania Opola na lata 2025–2027")
    cap.runs[0].italic = True
    cap.runs[0].font.size = Pt(9)


def build(out_dir) -> Gold:
    gold = Gold(FILE, "mid", CITY, "air_quality", "final",
                features=["heading_styles", "auto_numbering", "bullet_lists", "nested_lists", "tables",
                          "merged_cells", "multi_row_header", "header_footer", "page_number_field",
                          "core_properties", "past_projects_in_diagnosis"],
                notes=("Headings use Word styles Heading 1/2 with multilevel numbering attached to the "
                       "styles (numbering.xml); the numbers '1.', '2.1.' are not in the text. Objectives "
                       "are an automatically numbered 'List Number' list; bullets have two levels. "
                       "Actions table column order: Termin | Działanie | Koszt | Realizator | Wskaźnik | "
                       "Źródło finansowania; two-row header with a gridSpan cell over Realizator+Wskaźnik; "
                       "Realizator cell vertically merged for actions 1-2. 'b.d.' cost and '—' indicator "
                       "mean not stated. Past projects (Program ograniczania niskiej emisji 2016-2020, "
                       "'Ciepło dla Opola' 2019-2022) appear in the diagnosis and are not actions. "
                       "Action descriptions are repeated after the table as bold-lead paragraphs."))
    total = zl(sum(COSTS.values()))

    doc = K.new_document()
    K.set_core(doc, title=TITLE, author="Biuro Rozwoju Miasta, Urząd Miasta Opola",
               created=utc(2025, 2, 3, 8, 30), modified=utc(2025, 3, 14, 14, 5),
               subject="Partnerska Inicjatywa Miast – sieć tematyczna Jakość powietrza",
               keywords="PIM; MID; jakość powietrza; Opole", revision=7)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Miasto Opole  |  Miejska Inicjatywa Działania 2025–2027"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Strona ")
    K.add_field(fp, "PAGE", "1")
    fp.add_run(" z ")
    K.add_field(fp, "NUMPAGES", "6")

    _heading_numbering(doc)
    bullets = K.add_numbering(doc, [
        dict(fmt="bullet", text="•", left=720, hanging=360, font="Calibri"),
        dict(fmt="bullet", text="–", left=1440, hanging=360, font="Calibri"),
    ], nsid="5A1F3C02")
    numbered = K.add_numbering(doc, [dict(fmt="decimal", text="%1.", left=720, hanging=360)],
                               nsid="5A1F3C03")

    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph("Sieć tematyczna: Jakość powietrza", style="Subtitle")
    K.para(doc, "Partnerska Inicjatywa Miast  •  okres realizacji 2025–2027  •  wersja 1.0 z 14 marca 2025 r.")
    K.para(doc, "Dokument przyjęty przez Lokalne Partnerstwo PIM w Opolu w dniu 12 marca 2025 r.")

    gold.section("summary")
    doc.add_heading("Streszczenie", level=1)
    _paras(doc, SUMMARY, total=total)

    gold.section("context")
    doc.add_heading("Diagnoza sytuacji wyjściowej", level=1)
    doc.add_heading("Stan jakości powietrza", level=2)
    _paras(doc, CONTEXT_AIR)
    doc.add_heading("Źródła zanieczyszczeń", level=2)
    _paras(doc, CONTEXT_SOURCES)
    _bullets(doc, CONTEXT_SOURCES_LIST, bullets)
    _paras(doc, CONTEXT_SOURCES_AFTER)
    doc.add_heading("Dotychczasowe działania miasta", level=2)
    _paras(doc, CONTEXT_PAST)

    gold.section("objectives")
    doc.add_heading("Cele Inicjatywy", level=1)
    _paras(doc, OBJECTIVES_INTRO)
    for o in OBJECTIVES:
        p = K.para(doc, o, style="List Number")
        K.set_num(p, numbered, 0)
    _paras(doc, OBJECTIVES_AFTER)

    gold.section("actions")
    doc.add_heading("Plan działań", level=1)
    _paras(doc, ACTIONS_INTRO)
    for a in ACTIONS:
        gold.action(a)
    _actions_table(doc, ACTIONS)
    doc.add_heading("Opis działań", level=2)
    for a in ACTIONS:
        K.para(doc, f"**{a.title}.** {a.description}")

    gold.section("schedule")
    doc.add_heading("Harmonogram realizacji", level=1)
    _paras(doc, SCHEDULE_INTRO)
    _bullets(doc, SCHEDULE, bullets)

    gold.section("budget")
    doc.add_heading("Budżet i źródła finansowania", level=1)
    _paras(doc, BUDGET_INTRO, total=total)
    _bullets(doc, BUDGET_SOURCES, bullets)
    _paras(doc, BUDGET_AFTER)

    gold.section("stakeholders")
    doc.add_heading("Interesariusze i Lokalne Partnerstwo", level=1)
    _paras(doc, STAKEHOLDERS_INTRO)
    _bullets(doc, STAKEHOLDERS, bullets)
    doc.add_heading("Konsultacje społeczne", level=2)
    _paras(doc, CONSULTATIONS)

    gold.section("indicators")
    doc.add_heading("Wskaźniki i monitoring", level=1)
    _paras(doc, INDICATORS_INTRO)
    _bullets(doc, INDICATORS, bullets)
    _paras(doc, INDICATORS_AFTER)

    gold.section("risks")
    doc.add_heading("Analiza ryzyka", level=1)
    K.para(doc, "Zidentyfikowano następujące główne ryzyka realizacji Inicjatywy:")
    for risk, detail in RISKS:
        p = K.para(doc, f"**{risk}** {detail}", style="List Bullet")
        K.set_num(p, bullets, 0)
    K.para(doc, "Rejestr ryzyk jest przeglądany przez Lokalne Partnerstwo na każdym posiedzeniu.")

    doc.save(out_dir / FILE)
    return gold
