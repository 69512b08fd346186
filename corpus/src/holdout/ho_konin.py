"""Konin – MID, air-quality network, DOCX, DRAFT ('PROJEKT' on the title page).

Headings use Heading 1/2 styles with automatic numbering (numbers are not in
the text).  Actions are Heading-2 sub-sections, one of them called
'Monitoring jakości powietrza w szkołach' and one 'Edukacja antysmogowa …' –
they are actions, the indicators section itself is missing.  Risks heading
holds only '[do wpisania]'.  Facts about actions are given in prose.
"""
from hkit import Act, Actions, Doc, L, P, Section, T

ACTS = [
    Act("Miejski punkt doradztwa energetycznego „Ciepły Konin”", "low_emission",
        secondary_themes=("eco_awareness",),
        description="W budynku Urzędu Miejskiego przy pl. Wolności uruchomimy punkt, w którym "
        "mieszkańcy otrzymają pomoc w wyborze nowego źródła ciepła, wypełnieniu wniosku do "
        "programu „Czyste Powietrze” i rozliczeniu dotacji. Doradcy będą też odwiedzać "
        "mieszkańców w domu, zwłaszcza osoby starsze z Chorznia, Glinki i Starego Konina.",
        responsible="Wydział Ochrony Środowiska Urzędu Miejskiego w Koninie",
        timeline="od kwietnia 2025 r. do końca 2027 r.", cost="420 tys. zł",
        indicator="liczbą udzielonych porad (co najmniej 1 200 w całym okresie)"),
    Act("Przyłączenie budynków Starówki do sieci ciepłowniczej", "low_emission",
        description="Rozbudowa sieci ciepłowniczej w kwartale ulic Mickiewicza, 3 Maja i "
        "Wiosny Ludów, gdzie dominują kamienice ogrzewane piecami kaflowymi. Po przejściu "
        "miejskiego systemu ciepłowniczego na biomasę i pompy ciepła podłączenie do sieci jest "
        "najtańszym sposobem likwidacji niskiej emisji w zwartej zabudowie.",
        responsible="MPEC Konin Sp. z o.o. we współpracy z Wydziałem Gospodarki Nieruchomościami",
        timeline="2025–2028", cost="9 500 tys. zł",
        indicator="liczbą przyłączonych budynków (docelowo 45)"),
    Act("Wymiana źródeł ciepła w zasobie komunalnym", "low_emission",
        description="Likwidacja ok. 160 pieców węglowych w lokalach komunalnych i zastąpienie "
        "ich ogrzewaniem z sieci, pompami ciepła lub kotłami gazowymi.",
        responsible="Miejski Zakład Gospodarki Mieszkaniowej w Koninie",
        timeline="w latach 2026–2027", cost="3 100 tys. zł", indicator=None),
    Act("Monitoring jakości powietrza w szkołach", "eco_awareness",
        description="W 12 szkołach podstawowych zainstalujemy czujniki pyłu zawieszonego "
        "połączone z tablicami informacyjnymi przy wejściu. Nauczyciele otrzymają procedurę "
        "postępowania w dni z wysokim stężeniem pyłów (ograniczenie zajęć na zewnątrz, "
        "wietrzenie sal).",
        responsible="Wydział Oświaty Urzędu Miejskiego", timeline="w 2025 r.",
        cost="96 tys. zł", indicator="liczbą szkół wyposażonych w czujniki (12)"),
    Act("Edukacja antysmogowa – lekcje i konkurs „Konińskie Powietrze”", "eco_awareness",
        description="Cykl lekcji prowadzonych przez edukatorów ekologicznych dla klas IV–VIII "
        "oraz coroczny konkurs na projekt uczniowski dotyczący czystego powietrza w "
        "najbliższej okolicy szkoły.",
        responsible=None, timeline="w latach szkolnych 2025/2026 i 2026/2027",
        cost="60 tys. zł", indicator="liczbą uczniów objętych zajęciami"),
    Act("Kontrole palenisk z użyciem drona", "low_emission",
        description="Zakup drona z głowicą pomiarową i szkolenie strażników miejskich. "
        "Kontrole będą prowadzone przede wszystkim w dni, w których stacja pomiarowa przy "
        "ul. Wyszyńskiego notuje przekroczenia poziomu dobowego PM10.",
        responsible="Straż Miejska w Koninie", timeline="od jesieni 2025 r. do 2026 r.",
        cost=None, indicator="liczbą kontroli w roku (co najmniej 600)"),
]


def build() -> Doc:
    body = [
        Section("summary", "Streszczenie", [
            P("Konin od lat należy do miast o najwyższych w Wielkopolsce stężeniach pyłu "
              "zawieszonego w sezonie grzewczym. Główną przyczyną jest tzw. niska emisja z "
              "indywidualnych pieców i kotłów na paliwa stałe w starszej zabudowie prawobrzeżnej "
              "części miasta. Niniejsza Miejska Inicjatywa Działania proponuje sześć "
              "przedsięwzięć, które łączą inwestycje w sieć ciepłowniczą z doradztwem dla "
              "mieszkańców, kontrolą palenisk i edukacją."),
            P("Łączny szacowany koszt przedsięwzięć wynosi ok. 13,2 mln zł (bez kosztu kontroli "
              "z użyciem drona, który zostanie określony po rozeznaniu rynku). Dokument jest "
              "projektem przedstawionym do dyskusji na posiedzeniu Lokalnego Partnerstwa."),
        ]),
        Section("context", "Gdzie jesteśmy dziś", [
            P("Konin liczy ok. 69 tys. mieszkańców. Miasto przez dziesięciolecia było związane z "
              "energetyką węglową i górnictwem węgla brunatnego; w ostatnich latach miejski "
              "system ciepłowniczy przechodzi transformację w kierunku biomasy, odpadów i pomp "
              "ciepła. Sieć ciepłownicza obejmuje jednak głównie osiedla z wielkiej płyty na "
              "lewym brzegu Warty. Stary Konin, Chorzeń, Glinka i Pątnów to zabudowa "
              "jednorodzinna i kamieniczna, ogrzewana w dużej części węglem i drewnem."),
            P("Według Centralnej Ewidencji Emisyjności Budynków w mieście nadal działa ok. 2 900 "
              "źródeł ciepła na paliwa stałe, z czego ok. 1 100 to kotły niespełniające "
              "wymagań uchwały antysmogowej dla województwa wielkopolskiego. Stacja pomiarowa "
              "przy ul. Wyszyńskiego odnotowała w 2023 r. 31 dni z przekroczeniem dobowego "
              "poziomu dopuszczalnego PM10, a średnie roczne stężenie benzo(a)pirenu "
              "przekraczało poziom docelowy ponad trzykrotnie."),
            P("W latach 2019–2024 w ramach programu „Czyste Powietrze” i miejskiego programu "
              "dotacji wymieniono ok. 850 źródeł ciepła. Tempo wymiany spadło jednak po 2023 r., "
              "a w rozmowach z mieszkańcami powtarzają się te same bariery: skomplikowane "
              "wnioski, brak wkładu własnego i brak zaufania do wykonawców."),
        ]),
        Section("objectives", "Wizja zmiany", [
            P("Chcemy, aby w 2030 r. mieszkańcy Konina nie musieli sprawdzać jakości powietrza "
              "przed wyjściem z dziećmi na spacer. Na horyzoncie MID (do 2028 r.) stawiamy "
              "sobie trzy mierzalne cele:"),
            L(["ograniczyć liczbę dni z przekroczeniem dobowego poziomu PM10 do najwyżej 20 "
               "rocznie,",
               "zlikwidować co najmniej 600 pozaklasowych źródeł ciepła, w tym wszystkie w "
               "zasobie komunalnym,",
               "zapewnić każdej szkole podstawowej bieżącą informację o jakości powietrza."],
              "num"),
        ]),
        Section("actions", "Co zrobimy", [
            P("Przedsięwzięcia zostały wybrane podczas trzech warsztatów Lokalnego Partnerstwa "
              "spośród 14 propozycji zgłoszonych przez wydziały urzędu, spółki miejskie i "
              "organizacje pozarządowe."),
            Actions(ACTS, mode="prose", prefix="",
                    prose={"responsible": "Za realizację odpowiada {}.",
                           "timeline": "Przedsięwzięcie zaplanowano {}.",
                           "cost": "Szacowany koszt wynosi {}.",
                           "indicator": "Efekt będziemy oceniać {}."},
                    order=("responsible", "timeline", "cost", "indicator"),
                    missing={"cost": "Koszt zostanie określony po rozeznaniu rynku."}),
        ]),
        Section("schedule", "Kiedy i w jakiej kolejności", [
            P("Kolejność działań wynika z gotowości dokumentacji oraz z tego, że przyłączenia do "
              "sieci wymagają najpierw rozbudowy magistrali w ul. Mickiewicza."),
            T([["Przedsięwzięcie", "2025", "2026", "2027", "2028"],
               ["Punkt doradztwa „Ciepły Konin”", "■", "■", "■", ""],
               ["Przyłączenia Starówki do sieci", "■", "■", "■", "■"],
               ["Wymiana źródeł ciepła w zasobie komunalnym", "", "■", "■", ""],
               ["Czujniki w szkołach", "■", "", "", ""],
               ["Lekcje i konkurs", "■", "■", "■", ""],
               ["Kontrole z dronem", "■", "■", "", ""]], widths=[4, 1, 1, 1, 1]),
        ]),
        Section("budget", "Montaż finansowy", [
            P("Poniższe zestawienie ma charakter szacunkowy; kwoty zostaną urealnione po "
              "przygotowaniu dokumentacji technicznej."),
            T([["Przedsięwzięcie", "Koszt (tys. zł)", "Źródło"],
               ["Punkt doradztwa", "420", "budżet miasta, WFOŚiGW w Poznaniu"],
               ["Przyłączenia do sieci", "9 500", "FEW 2021+, środki własne MPEC"],
               ["Wymiana źródeł w zasobie komunalnym", "3 100", "budżet miasta, NFOŚiGW"],
               ["Czujniki w szkołach", "96", "budżet miasta"],
               ["Edukacja antysmogowa", "60", "WFOŚiGW w Poznaniu"],
               ["Kontrole z dronem", "b.d.", "budżet miasta"],
               ["Razem", "13 176", ""]], widths=[3, 1.3, 3]),
        ]),
        Section("stakeholders", "Z kim to robimy", [
            P("Lokalne Partnerstwo liczy 14 osób. Oprócz przedstawicieli urzędu należą do niego: "
              "MPEC Konin, Miejski Zakład Gospodarki Mieszkaniowej, Straż Miejska, dyrektorzy "
              "dwóch szkół, Stowarzyszenie „Konin Oddycha”, Rada Osiedla Stary Konin oraz "
              "Akademia Nauk Stosowanych w Koninie."),
            P("Przed przyjęciem MID projekt zostanie poddany konsultacjom społecznym (formularz "
              "internetowy i dwa spotkania otwarte – na Starówce i w Chorzniu). Raport z "
              "konsultacji będzie załącznikiem do wersji ostatecznej."),
        ]),
        Section("risks", "Ryzyka", [P("[do wpisania]")], status="incomplete"),
    ]
    return Doc(
        stem="mid_konin_powietrze_projekt", fmt="docx", document_type="mid", city="Konin",
        network="air_quality", status="draft",
        notes="DOCX draft: title page shows 'PROJEKT' and 'wersja robocza'. Heading 1/2 styles "
              "with automatic numbering from numbering.xml (numbers are not part of the "
              "paragraph text). Actions are Heading-2 sub-sections; two of them are named "
              "'Monitoring jakości powietrza w szkołach' and 'Edukacja antysmogowa …' – they are "
              "ACTIONS, and there is NO indicators section (indicators missing although actions "
              "state their own measures). Action facts are written in prose. Risks heading "
              "'Ryzyka' contains only '[do wpisania]' (incomplete). Action 'Edukacja antysmogowa' "
              "has no responsible unit, 'Wymiana źródeł…' no indicator, 'Kontrole palenisk…' no "
              "cost. Past boiler replacements in the context are not actions.",
        title="Projekt MID Konin – czyste powietrze", author="Wydział Ochrony Środowiska UM Konin",
        title_page=[("stamp", "PROJEKT"),
                    ("meta", "wersja robocza z dnia 14 lutego 2025 r. – do dyskusji w Lokalnym "
                             "Partnerstwie"),
                    ("space", "2"),
                    ("title", "Miejska Inicjatywa Działania Miasta Konina"),
                    ("sub", "na rzecz czystego powietrza"),
                    ("org", "Partnerska Inicjatywa Miast – sieć „Jakość powietrza”")],
        body=body, header="Konin – MID (projekt)",
        style=dict(font="Calibri", size=11, heading_mode="autonum", accent="1F4E79",
                   h1_size=15, h2_size=12),
    )
