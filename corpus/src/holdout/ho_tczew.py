"""Tczew – MID, revitalisation network, reportlab PDF, DRAFT.

'§ n.' numbering.  Objectives = one bare sentence (incomplete); budget =
'Treść zostanie uzupełniona.' (incomplete) although costs appear in the
action table.  Actions as one wide table.
"""
from hkit import Act, Actions, Doc, L, P, Section, T

ACTS = [
    Act("Zagospodarowanie skarpy wiślanej i ul. Podmurnej", "public_space",
        secondary_themes=("walking_traffic_calming",),
        description="Schody terenowe, punkty widokowe, oświetlenie i zieleń na skarpie "
        "między Starym Miastem a bulwarem nad Wisłą; przebudowa ul. Podmurnej na ciąg "
        "pieszo-rowerowy.",
        responsible="Wydział Inwestycji i Remontów UM Tczewa", timeline="2025–2027",
        cost="6 500 tys. zł", indicator="1,8 ha zagospodarowanej skarpy"),
    Act("Klub Sąsiedzki „Stare Miasto”", "social_activation",
        description="Miejsce spotkań, zajęć dla dzieci i seniorów oraz poradnictwa w "
        "wyremontowanym lokalu komunalnym przy ul. Krótkiej; prowadzenie we współpracy "
        "z organizacją pozarządową.",
        responsible="Miejski Ośrodek Pomocy Społecznej w Tczewie", timeline="2025–2027",
        cost="1 200 tys. zł", indicator="150 stałych uczestników"),
    Act("Inkubator rzemiosła w dawnych spichrzach", "economic_activation",
        description="Pracownie do wynajęcia na preferencyjnych warunkach dla rzemieślników, "
        "projektantów i małych firm, z programem szkoleń i wspólną witryną sprzedażową.",
        responsible=None, timeline="2026–2027", cost="3 000 tys. zł",
        indicator="10 nowych działalności gospodarczych"),
    Act("Modernizacja podwórek przy ul. Wąskiej", "public_space",
        secondary_themes=("social_activation",),
        description="Uporządkowanie podwórek z udziałem mieszkańców: zieleń, miejsca do "
        "siedzenia, wiaty śmietnikowe, stojaki na rowery.",
        responsible="Zakład Gospodarki Mieszkaniowej w Tczewie", timeline="2026",
        cost=None, indicator=None),
    Act("Festiwal „Wisła Wraca do Miasta”", "social_activation",
        description="Coroczne wydarzenie na bulwarze i Starym Mieście promujące związki miasta "
        "z rzeką; jarmark lokalnych wytwórców, rejsy, warsztaty.",
        responsible="Centrum Kultury i Sztuki w Tczewie", timeline="2025–2027 (co roku w "
        "czerwcu)", cost="240 tys. zł", indicator="8 000 uczestników rocznie"),
]


def build() -> Doc:
    body = [
        Section("summary", "§ 1. Streszczenie", [
            P("Stare Miasto w Tczewie, położone na wysokim brzegu Wisły, jest najstarszą i "
              "najcenniejszą częścią miasta, ale od lat traci mieszkańców i funkcje. Projekt MID "
              "proponuje pięć przedsięwzięć, które mają przywrócić mu rolę centrum życia "
              "społecznego: otwarcie Starego Miasta na rzekę, klub sąsiedzki, inkubator "
              "rzemiosła, odnowę podwórek i festiwal nadwiślański. Dokument jest przedmiotem "
              "konsultacji społecznych do 31 marca 2025 r."),
        ]),
        Section("context", "§ 2. Opis wyzwania", [
            P("Tczew liczy ok. 58 tys. mieszkańców, z czego na Starym Mieście mieszka ok. 3,1 "
              "tys. W latach 2013–2023 liczba mieszkańców tej części miasta zmniejszyła się o "
              "17%, a udział osób w wieku 65+ wzrósł do 27%. Około 40% budynków to kamienice "
              "sprzed 1918 r., w większości w złym stanie technicznym. Gminny Program "
              "Rewitalizacji wskazuje Stare Miasto jako obszar o najwyższym natężeniu "
              "problemów społecznych: bezrobocia długotrwałego, ubóstwa i niskiej aktywności "
              "obywatelskiej."),
            P("Stare Miasto jest odcięte od Wisły stromą skarpą i terenami kolejowymi. "
              "Bulwar nad Wisłą, zmodernizowany w poprzedniej perspektywie finansowej, jest "
              "chętnie odwiedzany w sezonie, ale piesi schodzą do niego głównie przez jedną "
              "ulicę. Wiele lokali użytkowych przy ul. Kościuszki i Wąskiej stoi pustych, a "
              "Fabryka Sztuk i Centrum Konserwacji Wraków Statków przyciągają gości, którzy nie "
              "zatrzymują się na dłużej w kwartałach staromiejskich."),
            T([["Wskaźnik (2023)", "Stare Miasto", "Tczew ogółem"],
               ["Zmiana liczby mieszkańców 2013–2023", "−17%", "−6%"],
               ["Udział osób w wieku 65+", "27%", "21%"],
               ["Osoby korzystające z pomocy społecznej (na 1000 mieszk.)", "96", "41"],
               ["Puste lokale użytkowe w parterach", "38", "b.d."],
               ["Organizacje pozarządowe z siedzibą na obszarze", "4", "112"]],
              widths=[4, 1.3, 1.3]),
            P("W trakcie spacerów badawczych jesienią 2024 r. mieszkańcy wskazywali przede "
              "wszystkim na brak miejsc spotkań, zaniedbane podwórka i poczucie, że „nic się tu "
              "nie dzieje poza sezonem”. Przedsiębiorcy zwracali uwagę na wysokie czynsze i mały "
              "ruch pieszy. Młodzież zwracała uwagę na brak miejsc, w których można spędzać czas "
              "bez konieczności wydawania pieniędzy, a seniorzy – na nierówne chodniki i brak "
              "ławek na trasie między Starym Miastem a przychodnią przy ul. Obrońców Westerplatte."),
        ]),
        Section("objectives", "§ 3. Cel", [
            P("Celem MID jest ożywienie Starego Miasta w Tczewie."),
        ], status="incomplete"),
        Section("actions", "§ 4. Przedsięwzięcia", [
            P("Tabela 1 zawiera zestawienie przedsięwzięć zaproponowanych przez Lokalne "
              "Partnerstwo. Przedsięwzięcia 1 i 3 wymagają przygotowania dokumentacji "
              "projektowej w 2025 r."),
            Actions(ACTS, mode="table", prefix="{i}", table_size=7.6,
                    columns=[("Lp.", "no", 0.4), ("Przedsięwzięcie i opis", "title_desc", 4.6),
                             ("Realizator", "responsible", 1.7), ("Termin", "timeline", 1.1),
                             ("Koszt", "cost", 1.0), ("Miernik", "indicator", 1.4)],
                    missing={"responsible": "do wskazania", "cost": "—",
                             "indicator": "—"}),
            P("Realizator inkubatora rzemiosła zostanie wskazany po rozstrzygnięciu, czy "
              "spichrze przejmie gmina, czy spółka miejska."),
        ]),
        Section("schedule", "§ 5. Założenia harmonogramu prac", [
            L(["**Etap I (2025)** – dokumentacja projektowa skarpy i inkubatora, uruchomienie "
               "Klubu Sąsiedzkiego w lokalu tymczasowym, pierwsza edycja festiwalu.",
               "**Etap II (2026)** – roboty budowlane na skarpie (część północna), modernizacja "
               "podwórek, przeniesienie klubu do docelowego lokalu.",
               "**Etap III (2027)** – zakończenie prac na skarpie i ul. Podmurnej, otwarcie "
               "inkubatora rzemiosła, podsumowanie i ocena efektów."]),
            P("Szczegółowy harmonogram rzeczowo-finansowy zostanie dołączony po konsultacjach."),
        ]),
        Section("budget", "§ 6. Finansowanie przedsięwzięć", [
            P("Treść zostanie uzupełniona."),
        ], status="incomplete"),
        Section("stakeholders", "§ 7. Współpraca i partycypacja", [
            P("Projekt MID powstał w Lokalnym Partnerstwie, w którym obok pracowników Urzędu "
              "Miejskiego uczestniczą: MOPS, Centrum Kultury i Sztuki, Zakład Gospodarki "
              "Mieszkaniowej, Stowarzyszenie Kociewskie Forum Rozwoju, Cech Rzemiosł Różnych, "
              "parafia św. Krzyża oraz dwie wspólnoty mieszkaniowe ze Starego Miasta."),
            P("W ramach konsultacji przewidziano:"),
            L(["punkt konsultacyjny w bibliotece przy ul. Kościuszki (wtorki i czwartki),",
               "spotkanie otwarte w Fabryce Sztuk,",
               "formularz uwag na stronie tczew.pl i w wersji papierowej,",
               "warsztat dla młodzieży z Zespołu Szkół Ekonomicznych."], "dash"),
        ]),
        Section("indicators", "§ 8. Jak sprawdzimy, czy się udało", [
            P("Do oceny efektów przyjęto wskaźniki produktu i rezultatu, mierzone co roku przez "
              "Biuro Rewitalizacji:"),
            T([["Wskaźnik", "Wartość bazowa", "Wartość docelowa (2027)"],
               ["Powierzchnia zagospodarowanych terenów na skarpie", "0 ha", "1,8 ha"],
               ["Liczba stałych uczestników Klubu Sąsiedzkiego", "0", "150"],
               ["Liczba nowych działalności w inkubatorze", "0", "10"],
               ["Liczba zmodernizowanych podwórek", "0", "6"],
               ["Liczba uczestników festiwalu", "—", "8 000 rocznie"]], widths=[4, 1.5, 2]),
        ]),
        Section("risks", "§ 9. Zagrożenia dla realizacji", [
            P("Najpoważniejszym zagrożeniem jest stan prawny spichrzy – do czasu uregulowania "
              "własności nie można rozpocząć projektowania inkubatora. Drugim ryzykiem są "
              "warunki gruntowe na skarpie, które mogą wymagać droższych zabezpieczeń; dlatego "
              "badania geotechniczne zostaną wykonane na początku 2025 r. Trzecim – mała "
              "liczba chętnych do aktywnego udziału w klubie sąsiedzkim; temu ma przeciwdziałać "
              "zatrudnienie animatora znającego środowisko Starego Miasta."),
            P("Ryzyka finansowe – wzrost cen robót i możliwe opóźnienia naborów w programie "
              "Fundusze Europejskie dla Pomorza 2021–2027 – zostaną ocenione po konsultacjach, "
              "gdy Lokalne Partnerstwo uzgodni ostateczny zakres przedsięwzięć. W razie potrzeby "
              "zakres prac na skarpie zostanie podzielony na dwa etapy, a festiwal będzie "
              "finansowany także ze środków sponsorów."),
        ]),
    ]
    return Doc(
        stem="mid_tczew_rewitalizacja_projekt", fmt="pdf", document_type="mid", city="Tczew",
        network="revitalisation", status="draft",
        notes="reportlab PDF draft: title page shows a red 'PROJEKT' box and 'wersja do "
              "konsultacji społecznych'. Headings numbered with '§ 1.'–'§ 9.'. Objectives "
              "('§ 3. Cel') is one bare sentence -> incomplete. Budget ('§ 6. Finansowanie "
              "przedsięwzięć') contains only 'Treść zostanie uzupełniona.' -> incomplete, "
              "although costs appear in the action table. Actions are rows of a table (title in "
              "bold + description in one cell); action 3 responsible 'do wskazania' (not "
              "stated), action 4 has no cost and no indicator. Indicators heading 'Jak "
              "sprawdzimy, czy się udało'; schedule 'Założenia harmonogramu prac' (genitive).",
        title="Projekt MID Tczew – rewitalizacja Starego Miasta", author="Urząd Miejski w Tczewie",
        title_page=[("stamp", "PROJEKT"),
                    ("meta", "wersja do konsultacji społecznych"),
                    ("space", "1.5"),
                    ("title", "Miejska Inicjatywa Działania Gminy Miejskiej Tczew"),
                    ("sub", "Stare Miasto bliżej Wisły"),
                    ("space", "7"),
                    ("org", "Partnerska Inicjatywa Miast – sieć „Rewitalizacja”"),
                    ("meta", "Tczew, luty 2025")],
        body=body, header="PROJEKT – MID Tczew (do konsultacji)",
        style=dict(font="LiberationSerif", heading_font="LiberationSans", size=10.5,
                   accent="#203864", h1_size=13, table_size=8.5, margin_cm=2.0),
    )
