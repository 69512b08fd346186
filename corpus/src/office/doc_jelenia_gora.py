"""MID – Jelenia Góra – air quality (ODT: no text:h – headings are paragraphs
with a bold 14 pt automatic style, numbered '1)', '2)'; a typed 'Spis treści'
with dotted-leader tab stops that lists 'Harmonogram', which is absent from the
body; actions as an automatically numbered list with sub-items)."""
from __future__ import annotations

from common import Action, Gold, utc
from odt_kit import OdtDoc

FILE = "mid_jelenia_gora_powietrze.odt"
CITY = "Jelenia Góra"


def zl(n: int) -> str:
    return f"{n:,}".replace(",", "\u00a0") + "\u00a0zł"


WGK = "Wydział Gospodarki Komunalnej i Ochrony Środowiska Urzędu Miasta"
# Amounts used for the budget total (free transit: three heating seasons).
COSTS = {1: 5_600_000, 3: 2_400_000, 4: 280_000, 6: 3 * 90_000, 7: 640_000}

ACTIONS = [
    Action("Likwidacja pieców kaflowych w zasobie komunalnym Śródmieścia", "low_emission",
           responsible="Miejski Zarząd Budynków w Jeleniej Górze",
           timeline="2025–2027 (poza sezonem grzewczym)", cost=zl(COSTS[1]),
           indicator="320 zlikwidowanych pieców, 140 lokali z nowym źródłem ciepła",
           description=(
               "Wymiana ogrzewania piecowego w kamienicach komunalnych przy ulicach Klonowica, "
               "Pocztowej i Bankowej na ogrzewanie z sieci ciepłowniczej lub pompy ciepła, "
               "połączona z remontem instalacji elektrycznych.")),
    Action("Rozbudowa sieci ciepłowniczej w Cieplicach", "low_emission",
           responsible=WGK + " we współpracy z operatorem sieci ciepłowniczej",
           timeline="II kw. 2026 – IV kw. 2027", cost=None,
           indicator="2,4 km nowej sieci, 45 przyłączonych budynków",
           description=(
               "Doprowadzenie sieci ciepłowniczej do zwartej zabudowy Cieplic Śląskich-Zdroju, "
               "w tym do budynków uzdrowiskowych i kamienic przy pl. Piastowskim. Inwestycję "
               "sfinansuje operator sieci; miasto zapewni koordynację robót i przyłączenie "
               "budynków gminnych.")),
    Action("Miejski program dotacji do pomp ciepła i instalacji fotowoltaicznych", "low_emission",
           responsible=WGK, timeline="nabory coroczne 2025–2027", cost=zl(COSTS[3]),
           indicator=None,
           description=(
               "Dotacje do 15 000 zł na pompę ciepła i do 6 000 zł na instalację fotowoltaiczną "
               "dla właścicieli domów jednorodzinnych, którzy zlikwidowali kocioł na paliwo stałe, "
               "z możliwością łączenia z programem „Czyste Powietrze”.")),
    Action("Sieć czujników pyłu w kotlinie i system ostrzegania", "other",
           secondary_themes=("eco_awareness",),
           responsible="Wydział Zarządzania Kryzysowego Urzędu Miasta",
           timeline="III kw. 2025", cost=zl(COSTS[4]),
           indicator="35 czujników PM10 i PM2,5",
           description=(
               "Czujniki rozmieszczone w dzielnicach położonych w dnie kotliny, gdzie inwersja "
               "temperatury najczęściej zatrzymuje zanieczyszczenia, oraz komunikaty ostrzegawcze "
               "w aplikacji miejskiej i na tablicach przy szkołach.")),
    Action("Edukacja ekologiczna „Karkonoskie powietrze”", "eco_awareness",
           responsible=("Wydział Edukacji i Spraw Społecznych Urzędu Miasta we współpracy "
                        "z Karkonoskim Parkiem Narodowym"),
           timeline="lata szkolne 2025/2026 i 2026/2027", cost=None,
           indicator="28 szkół i przedszkoli, ok. 4 000 uczniów",
           description=(
               "Cykl lekcji terenowych o inwersji i smogu w kotlinie, konkurs „Mój dom bez dymu” "
               "oraz pikniki z pokazami prawidłowego palenia w kotłach.")),
    Action("Bezpłatna komunikacja miejska w dni smogowe", "public_transport",
           secondary_themes=("low_emission",),
           responsible="Miejski Zakład Komunikacji w Jeleniej Górze",
           timeline="od sezonu grzewczego 2025/2026", cost="ok. 90\u00a0000 zł na sezon grzewczy",
           indicator=None,
           description=(
               "Bezpłatne przejazdy autobusami MZK w dniach, w których ogłoszono drugi lub trzeci "
               "stopień zagrożenia zanieczyszczeniem powietrza, dla wszystkich pasażerów.")),
    Action("Zielony pierścień – nasadzenia drzew wzdłuż ul. Wolności i al. Jana Pawła II",
           "public_space", responsible=None, timeline="jesień 2026", cost=zl(COSTS[7]),
           indicator="250 posadzonych drzew",
           description=(
               "Nasadzenia wielorzędowe oddzielające chodniki od jezdni na dwóch głównych ciągach "
               "komunikacyjnych miasta, z zastosowaniem gatunków odpornych na zasolenie.")),
]

# Unknown costs: printed as "Koszt: b.d." for these actions, line omitted otherwise.
COST_PRINTED_AS_BD = {"Rozbudowa sieci ciepłowniczej w Cieplicach"}

# (number, title, page) – the table of contents as typed by the authors.  Entry 5
# ('Harmonogram') is stale: the section was removed from the body.
TOC = [(1, "Streszczenie", 2), (2, "Diagnoza sytuacji w Jeleniej Górze", 2), (3, "Cele", 3),
       (4, "Działania", 3), (5, "Harmonogram", 5), (6, "Budżet i źródła finansowania", 5),
       (7, "Interesariusze i Lokalne Partnerstwo", 5), (8, "Wskaźniki i monitoring", 6),
       (9, "Analiza ryzyka", 6)]
ABSENT_FROM_BODY = {5}

SUMMARY = [
    "Jelenia Góra leży w Kotlinie Jeleniogórskiej, otoczonej Karkonoszami, Górami Kaczawskimi "
    "i Rudawami Janowickimi. Ukształtowanie terenu sprzyja inwersjom temperatury, podczas których "
    "dym z kominów zalega nad miastem nawet przez kilka dni. Dlatego mimo stosunkowo niewielkiej "
    "liczby mieszkańców (ok. 77 tys.) miasto należy do obszarów o najgorszej jakości powietrza "
    "na Dolnym Śląsku.",
    "Miejska Inicjatywa Działania obejmuje siedem działań na lata 2025–2027, skupionych na likwidacji "
    "pieców i kotłów na paliwa stałe, rozbudowie sieci ciepłowniczej, informowaniu mieszkańców "
    "o zagrożeniu oraz edukacji. Szacowany koszt działań finansowanych przez miasto wynosi {total}.",
]
CONTEXT = [
    "Stacja pomiarowa Głównego Inspektoratu Ochrony Środowiska przy ul. Cieplickiej zarejestrowała "
    "w 2023 r. 29 dni z przekroczeniem dobowego poziomu dopuszczalnego PM10, a średnie roczne stężenie "
    "benzo(a)pirenu wyniosło 4,1 ng/m³, czyli ponad czterokrotnie więcej niż poziom docelowy. "
    "Najwyższe stężenia występują w styczniu i lutym, w dni bezwietrzne, przy temperaturach poniżej "
    "−5°C.",
    "W mieście funkcjonuje ok. 5 200 źródeł ciepła na paliwa stałe, z czego ok. 2 300 w zabudowie "
    "wielorodzinnej Śródmieścia i Cieplic. Blisko 1 100 lokali komunalnych jest nadal ogrzewanych "
    "piecami kaflowymi. Udział ruchu samochodowego w emisji pyłu jest niewielki, ale istotny wzdłuż "
    "drogi krajowej nr 3 i ul. Wolności.",
    "W latach 2015–2020 miasto realizowało Program ograniczania niskiej emisji, a w latach 2019–2022 "
    "projekt „Kotlina bez smogu”, współfinansowany z Regionalnego Programu Operacyjnego Województwa "
    "Dolnośląskiego. Łącznie zlikwidowano 1 480 źródeł ciepła na paliwa stałe. Projekty te zostały "
    "zakończone; ich doświadczenia – zwłaszcza trudności z dotarciem do najemców lokali komunalnych "
    "– wykorzystano przy planowaniu obecnych działań.",
]
OBJECTIVES = [
    "Celem Inicjatywy jest ograniczenie emisji z ogrzewania budynków tak, aby do końca 2027 r. "
    "liczba dni z przekroczeniem dobowej normy PM10 spadła poniżej 20, a stężenie benzo(a)pirenu "
    "obniżyło się o co najmniej 30%.",
    "Cele szczegółowe obejmują likwidację ogrzewania piecowego w zasobie komunalnym, zwiększenie "
    "liczby budynków przyłączonych do sieci ciepłowniczej, zapewnienie mieszkańcom bieżącej "
    "informacji o jakości powietrza w poszczególnych dzielnicach oraz zmianę nawyków grzewczych "
    "poprzez edukację dzieci i dorosłych.",
]
ACTIONS_INTRO = "W ramach Inicjatywy zaplanowano następujące działania:"
BUDGET = [
    "Łączny koszt działań finansowanych przez miasto szacuje się na {total}, w tym {transit} na "
    "bezpłatną komunikację w trzech sezonach grzewczych. Koszt rozbudowy sieci ciepłowniczej w "
    "Cieplicach ponosi operator sieci i nie został jeszcze oszacowany, a edukacja ekologiczna "
    "będzie realizowana w ramach bieżącej działalności szkół i Karkonoskiego Parku Narodowego.",
    "Miasto ubiega się o dofinansowanie likwidacji pieców w zasobie komunalnym z programu Fundusze "
    "Europejskie dla Dolnego Śląska 2021–2027 (do 85% kosztów kwalifikowanych). Dotacje do pomp ciepła "
    "i fotowoltaiki będą finansowane z budżetu miasta oraz pożyczki Wojewódzkiego Funduszu Ochrony "
    "Środowiska i Gospodarki Wodnej we Wrocławiu.",
]
STAKEHOLDERS = [
    "Lokalne Partnerstwo tworzą przedstawiciele Urzędu Miasta, Miejskiego Zarządu Budynków, MZK, "
    "operatora sieci ciepłowniczej, Karkonoskiego Parku Narodowego, uzdrowiska w Cieplicach, "
    "Jeleniogórskiego Alarmu Smogowego, Rady Seniorów oraz dwóch spółdzielni mieszkaniowych.",
    "Projekt Inicjatywy omówiono na dwóch spotkaniach z mieszkańcami (w Śródmieściu i w Cieplicach) "
    "oraz podczas dyżurów w Biurze Obsługi Interesantów. Mieszkańcy szczególnie popierali bezpłatną "
    "komunikację w dni smogowe i zwracali uwagę na koszty ogrzewania po wymianie pieca.",
]
INDICATORS = [
    "Do oceny efektów Inicjatywy wykorzystane zostaną następujące wskaźniki rezultatu: liczba dni "
    "z przekroczeniem dobowego poziomu PM10 na stacji przy ul. Cieplickiej, średnie roczne stężenie "
    "benzo(a)pirenu oraz liczba czynnych źródeł ciepła na paliwa stałe według Centralnej Ewidencji "
    "Emisyjności Budynków. Wartości bazowe pochodzą z 2023 r.",
    "Sprawozdanie z realizacji Inicjatywy będzie przygotowywane raz w roku, po zakończeniu sezonu "
    "grzewczego, i przedstawiane Lokalnemu Partnerstwu oraz Komisji Gospodarki Komunalnej "
    "Rady Miejskiej.",
]
RISKS = [
    "Największym ryzykiem jest brak zgody najemców lokali komunalnych na prace w mieszkaniach oraz "
    "obawa przed wzrostem opłat za ogrzewanie. Miasto przewiduje indywidualne rozmowy z najemcami "
    "i czasowe dopłaty do rachunków dla najuboższych. Ryzykiem jest także opóźnienie decyzji operatora "
    "sieci ciepłowniczej o rozbudowie sieci w Cieplicach, od której zależy przyłączenie budynków "
    "uzdrowiskowych.",
    "Warunki meteorologiczne w kotlinie mogą sprawić, że mimo postępów w likwidacji pieców w niektórych "
    "latach liczba dni z przekroczeniami wzrośnie. Dlatego ocena efektów Inicjatywy będzie opierać się "
    "także na liczbie zlikwidowanych źródeł ciepła, a nie wyłącznie na wynikach pomiarów.",
]


def build(out_dir) -> Gold:
    gold = Gold(FILE, "mid", CITY, "air_quality", "final",
                features=["fake_headings", "typed_numbering", "toc", "auto_numbering", "nested_lists",
                          "bullet_lists", "key_value_lines", "title_page", "header_footer",
                          "page_number_field", "core_properties", "past_projects_in_diagnosis",
                          "toc_lists_missing_section"],
                notes=("ODT without text:h: headings are text:p with automatic style 'P_fakeh' (bold 14 pt), "
                       "typed '1) …'. A typed table of contents ('Spis treści', right tab with dotted "
                       "leader and page numbers) lists '5) Harmonogram', but the body has no schedule "
                       "section (numbering jumps from 4) to 6)). Actions are an automatically numbered "
                       "text:list; each item has a bold title, a description paragraph and a nested "
                       "bullet list of 'Label: value' facts; omitted lines and 'Koszt: b.d.' mean not "
                       "stated. Indicators section gives only city-wide result indicators. Past projects "
                       "(2015-2020 programme, 'Kotlina bez smogu' 2019-2022) are context, not actions."))
    total = zl(sum(COSTS.values()))
    d = OdtDoc(title="MID Jelenia Góra – jakość powietrza",
               author="Wydział Gospodarki Komunalnej i Ochrony Środowiska UM Jelenia Góra",
               created=utc(2025, 2, 10, 9, 0), modified=utc(2025, 3, 28, 10, 10),
               font="Liberation Sans")
    d.page_setup(footer_pages=True, footer_text="Jelenia Góra – MID")
    fake = d.auto_para("P_fakeh", "Text_20_body",
                       para=dict(margintop="0.5cm", marginbottom="0.2cm", keepwithnext="always",
                                 textalign="left"),
                       txt=dict(fontsize="14pt", fontweight="bold"))
    toc_line = d.auto_para("P_toc", "Text_20_body", para=dict(textalign="left", marginbottom="0.1cm"),
                           tabs=[("16.8cm", True)])
    d.auto_para("P_big", "Text_20_body", para=dict(textalign="center", margintop="3cm"),
                txt=dict(fontsize="22pt", fontweight="bold"))
    actions_list = d.list_style("L_actions", [("number", "."), ("bullet", "–")])

    # --- title page and table of contents
    d.p("Miasto Jelenia Góra", "P_center")
    d.p("MIEJSKA INICJATYWA DZIAŁANIA", "P_big")
    d.p("Sieć tematyczna: Jakość powietrza", "P_center")
    d.p("Czyste powietrze w Kotlinie Jeleniogórskiej 2025–2027", "P_center")
    d.p("Jelenia Góra, marzec 2025 r.", "P_center")
    d.p("Spis treści", fake)
    for num, title, page in TOC:
        d.p(f"{num}) {title}\t{page}", toc_line)
    d.page_break()

    body_titles = {num: title for num, title, _ in TOC if num not in ABSENT_FROM_BODY}

    def heading(num):
        d.p(f"{num}) {body_titles[num]}", fake)

    gold.section("summary")
    heading(1)
    for t in SUMMARY:
        d.p(t.format(total=total))

    gold.section("context")
    heading(2)
    for t in CONTEXT:
        d.p(t)

    gold.section("objectives")
    heading(3)
    for t in OBJECTIVES:
        d.p(t)

    gold.section("actions")
    heading(4)
    d.p(ACTIONS_INTRO)
    items = []
    for a in ACTIONS:
        gold.action(a)
        facts = [("Jednostka odpowiedzialna", a.responsible), ("Termin", a.timeline),
                 ("Koszt", a.cost or ("b.d." if a.title in COST_PRINTED_AS_BD else None)),
                 ("Wskaźnik", a.indicator)]
        subs = [f"{label}: {value}" for label, value in facts if value is not None]
        items.append(([f"**{a.title}**", a.description], subs))
    d.lst(items, actions_list)

    # 5) Harmonogram – listed in the table of contents, deliberately not in the body

    gold.section("budget")
    heading(6)
    for t in BUDGET:
        d.p(t.format(total=total, transit=zl(COSTS[6])))

    gold.section("stakeholders")
    heading(7)
    for t in STAKEHOLDERS:
        d.p(t)

    gold.section("indicators")
    heading(8)
    for t in INDICATORS:
        d.p(t)

    gold.section("risks")
    heading(9)
    for t in RISKS:
        d.p(t)

    d.save(out_dir / FILE)
    return gold
