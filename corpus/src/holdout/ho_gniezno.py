"""Gniezno – MID, mobility network, DOCX, final.

No heading styles at all: headings are bold Normal paragraphs, some typed in
capitals, some only shown in capitals via the font 'caps' attribute (the text
itself is lower case).  No numbering.  Stakeholders = one bare sentence
(incomplete); indicators = heading + empty table (incomplete).
"""
from hkit import Act, Actions, Doc, L, P, Section, T

ACTS = [
    Act("Centrum przesiadkowe przy dworcu PKP Gniezno", "public_transport",
        description="Przebudowa placu przed dworcem kolejowym i autobusowym w jeden węzeł "
        "z zadaszonymi peronami autobusowymi, parkingiem rowerowym na 150 miejsc, parkingiem "
        "„Parkuj i Jedź” oraz czytelną informacją pasażerską. Węzeł ma połączyć pociągi do "
        "Poznania z liniami miejskimi i regionalnymi.",
        responsible="Wydział Inwestycji i Remontów Urzędu Miejskiego w Gnieźnie",
        timeline="2025–2027", cost="12 400 tys. zł",
        indicator="liczba pasażerów przesiadających się w węźle (pomiar w dniu roboczym)"),
    Act("Trasa rowerowa wokół jezior Jelonek i Winiary", "cycling",
        secondary_themes=("public_space",),
        description="Domknięcie pętli rowerowo-pieszej wokół obu jezior i połączenie jej z "
        "osiedlami Winiary, Pustachowa i Grunwaldzkie. Trasa będzie służyć zarówno "
        "codziennym dojazdom do szkół i pracy, jak i rekreacji.",
        responsible="Wydział Inwestycji i Remontów Urzędu Miejskiego w Gnieźnie",
        timeline="2026", cost="3 900 tys. zł", indicator="długość trasy: 5,2 km"),
    Act("Strefa zamieszkania wokół Rynku i uspokojenie ruchu na Starym Mieście",
        "walking_traffic_calming", secondary_themes=("public_space",),
        description="Wprowadzenie strefy zamieszkania na ulicach przylegających do Rynku, "
        "przebudowa wlotów (progi, zawężenia) oraz zmiana organizacji parkowania na ul. "
        "Tumskiej i Chrobrego.",
        responsible="Wydział Gospodarki Komunalnej i Mieszkaniowej", timeline="2025",
        cost="750 tys. zł", indicator=None),
    Act("Autobusy elektryczne na liniach nr 3 i 8", "public_transport",
        secondary_themes=("low_emission",),
        description="Zakup ośmiu autobusów elektrycznych i budowa stacji ładowania w zajezdni "
        "przy ul. Pałuckiej. Linie nr 3 i 8 przejeżdżają przez Stare Miasto i obsługują "
        "największą liczbę pasażerów.",
        responsible="Miejskie Przedsiębiorstwo Komunikacyjne w Gnieźnie",
        timeline="2026–2027", cost="14 000 tys. zł",
        indicator="udział autobusów zeroemisyjnych we flocie MPK: 30%"),
    Act("Rowerowy Maj i edukacja komunikacyjna w szkołach", "eco_awareness",
        secondary_themes=("cycling",),
        description="Coroczna kampania zachęcająca uczniów do przyjeżdżania do szkoły rowerem, "
        "hulajnogą lub pieszo, połączona z zajęciami z bezpieczeństwa ruchu drogowego.",
        responsible="Wydział Edukacji Urzędu Miejskiego", timeline=None,
        cost="40 tys. zł rocznie",
        indicator="liczba szkół uczestniczących w kampanii"),
]


def build() -> Doc:
    body = [
        Section("summary", "W SKRÓCIE", [
            P("Gniezno – pierwsza stolica Polski – przyciąga co roku setki tysięcy turystów, a "
              "jednocześnie zmaga się z problemami typowymi dla miasta średniej wielkości: "
              "rosnącą liczbą samochodów, zatłoczonym centrum i słabnącą komunikacją miejską. "
              "W tej MID proponujemy pięć działań, które mają uczynić codzienne podróże "
              "wygodniejszymi bez samochodu: nowy węzeł przesiadkowy przy dworcu, trasę "
              "rowerową wokół jezior, uspokojenie ruchu na Starym Mieście, elektryczne autobusy "
              "i kampanię dla szkół."),
        ]),
        Section("context", "SKĄD WYCHODZIMY", [
            P("Gniezno liczy ok. 66 tys. mieszkańców. Miasto jest ważnym węzłem kolejowym na "
              "linii Poznań – Inowrocław – Toruń, a ok. 4 tys. osób dojeżdża codziennie do pracy "
              "w Poznaniu. Dworzec kolejowy i dworzec autobusowy leżą obok siebie, ale nie "
              "tworzą jednego węzła: brakuje bezpiecznych dojść, parkingów rowerowych i "
              "wspólnej informacji pasażerskiej."),
            P("W ciągu ostatnich dziesięciu lat liczba samochodów osobowych zarejestrowanych w "
              "mieście wzrosła o ok. 35% i wynosi ponad 640 pojazdów na 1 000 mieszkańców. "
              "Miejskie Przedsiębiorstwo Komunikacyjne przewozi rocznie ok. 5,5 mln pasażerów, "
              "o 20% mniej niż przed pandemią. Tabor jest w większości wysokoemisyjny – średni "
              "wiek autobusu przekracza 12 lat."),
            P("Mieszkańcy w ankiecie przeprowadzonej w 2024 r. (612 odpowiedzi) najczęściej "
              "wskazywali na brak ciągłych tras rowerowych, nadmierny ruch tranzytowy przez "
              "Stare Miasto oraz zbyt rzadkie kursy autobusów wieczorem i w weekendy. W 2022 r. "
              "miasto wyremontowało ul. Dąbrówki i wybudowało pierwsze odcinki drogi rowerowej "
              "przy jeziorze Winiary; te inwestycje zostały zakończone i nie wchodzą w zakres "
              "niniejszego dokumentu."),
        ]),
        Section("objectives", "co chcemy osiągnąć", [
            P("Do końca 2027 r. chcemy:"),
            L(["zatrzymać spadek liczby pasażerów komunikacji miejskiej i zwiększyć ją o 10% "
               "względem 2024 r.,",
               "stworzyć spójną sieć tras rowerowych łączącą osiedla z centrum i dworcem,",
               "ograniczyć ruch samochodowy na Starym Mieście, zwłaszcza w rejonie Katedry "
               "i Rynku,",
               "wyposażyć MPK w pierwsze autobusy zeroemisyjne."]),
        ], caps_attr=True),
        Section("actions", "LISTA DZIAŁAŃ", [
            Actions(ACTS, mode="kv", prefix="", heading="bold", kv_bullets=True,
                    labels={"responsible": "Realizator", "timeline": "Termin",
                            "cost": "Koszt", "indicator": "Wskaźnik"},
                    order=("responsible", "timeline", "cost", "indicator"),
                    missing={"timeline": "do ustalenia"}),
        ]),
        Section("schedule", "Kalendarz wdrożenia", [
            P("Działania będą prowadzone równolegle, w następującej kolejności:"),
            L(["I półrocze 2025 – strefa zamieszkania przy Rynku (zmiana organizacji ruchu), "
               "dokumentacja centrum przesiadkowego;",
               "II półrocze 2025 – przebudowa wlotów na Stare Miasto, przetarg na autobusy "
               "elektryczne;",
               "2026 – budowa trasy wokół jezior, rozpoczęcie budowy centrum przesiadkowego, "
               "dostawa pierwszych czterech autobusów;",
               "2027 – zakończenie budowy węzła przy dworcu, dostawa kolejnych autobusów i "
               "uruchomienie stacji ładowania."], "dash"),
        ]),
        Section("budget", "SKĄD WEŹMIEMY PIENIĄDZE", [
            P("Łączny koszt inwestycji wynosi ok. 31 mln zł, do czego dochodzi ok. 40 tys. zł "
              "rocznie na kampanię w szkołach. Miasto zamierza sfinansować działania z kilku "
              "źródeł:"),
            L(["program Fundusze Europejskie dla Wielkopolski 2021–2027 – węzeł przesiadkowy i "
               "trasa rowerowa (dofinansowanie do 85%),",
               "program „Zielony transport publiczny” NFOŚiGW – autobusy elektryczne i "
               "infrastruktura ładowania,",
               "budżet miasta – wkład własny, strefa zamieszkania i kampania szkolna."]),
            P("Wkład własny miasta szacujemy na ok. 6,3 mln zł w latach 2025–2027."),
        ]),
        Section("stakeholders", "PARTNERZY", [
            P("Działania będą realizowane we współpracy z partnerami."),
        ], status="incomplete"),
        Section("indicators", "MIERNIKI SUKCESU", [
            P("Tabela 3. Wskaźniki monitorowania MID", align="left", italic=True),
            T([["Wskaźnik", "Wartość bazowa", "Wartość docelowa", "Źródło danych"],
               ["", "", "", ""], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""]],
              widths=[3, 1.4, 1.4, 2], min_row_height=16),
        ], status="incomplete"),
        Section("risks", "Słabe punkty planu", [
            P("Lokalne Partnerstwo wskazało cztery główne zagrożenia i sposoby ich ograniczenia:"),
            L(["**wysokie koszty budowy węzła** – jeśli oferty przekroczą budżet, inwestycja "
               "zostanie podzielona na dwa etapy (plac dworcowy, a następnie parking P+R);",
               "**opór kupców i mieszkańców Starego Miasta** wobec ograniczeń parkowania – "
               "przed wprowadzeniem strefy odbędą się spotkania z Radą Osiedla i kupcami, a "
               "zmiany zostaną wprowadzone pilotażowo na pół roku;",
               "**opóźnienia dostaw autobusów** – w umowie zostaną przewidziane kary umowne, a "
               "rozkład jazdy będzie uwzględniał etapowe wdrażanie taboru;",
               "**niska frekwencja w kampanii szkolnej** – zaangażowanie rad rodziców i "
               "nagrody dla klas."]),
        ], caps_attr=True),
    ]
    return Doc(
        stem="mid_gniezno_mobilnosc", fmt="docx", document_type="mid", city="Gniezno",
        network="mobility", status="final",
        notes="DOCX without any heading styles: headings are bold Normal paragraphs, no "
              "numbering. 'W SKRÓCIE', 'SKĄD WYCHODZIMY', 'LISTA DZIAŁAŃ', 'SKĄD WEŹMIEMY "
              "PIENIĄDZE', 'PARTNERZY', 'MIERNIKI SUKCESU' are typed in capitals; 'co chcemy "
              "osiągnąć' and 'Słabe punkty planu' are stored in lower/mixed case and only "
              "displayed in capitals via the caps font attribute; 'Kalendarz wdrożenia' is "
              "mixed case. Stakeholders ('PARTNERZY') is one bare sentence -> incomplete. "
              "Indicators ('MIERNIKI SUKCESU') has only a caption and an empty table (header "
              "row + 4 empty rows) -> incomplete. Actions are bold paragraphs with dash-bulleted "
              "facts; 'Strefa zamieszkania…' has no indicator, 'Rowerowy Maj…' has 'Termin: do "
              "ustalenia' (no timeline). Past projects (ul. Dąbrówki, 2022) are not actions.",
        title="MID Gniezno – mobilność", author="Urząd Miejski w Gnieźnie",
        title_page=[("org", "Urząd Miejski w Gnieźnie"),
                    ("space", "1"),
                    ("title", "Gniezno w ruchu"),
                    ("sub", "Miejska Inicjatywa Działania w sieci „Mobilność miejska” "
                            "Partnerskiej Inicjatywy Miast"),
                    ("space", "6"),
                    ("meta", "Gniezno, 2025")],
        body=body, header="Gniezno w ruchu – MID",
        style=dict(font="Arial", size=10.5, heading_mode="fake", accent="385623",
                   h1_size=13, h2_size=11),
    )
