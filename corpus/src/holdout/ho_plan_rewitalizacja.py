"""Plan Ulepszeń of the revitalisation network – DOCX, final.

Heading 1 styles with typed letters 'A.'–'E.'.  Introduction is a single bare
sentence (incomplete).  Recommendations are rows of a table.
"""
from hkit import Act, Actions, Doc, L, P, Section, T

TYPES = {"legal": "prawna", "financial": "finansowa", "organisational": "organizacyjna",
         "knowledge": "wiedza / kompetencje"}

RECS = [
    Act("Uproszczenie procedury zmiany gminnego programu rewitalizacji", "other",
        type="legal",
        description="Dopuszczenie zmian nieistotnych (np. aktualizacji listy przedsięwzięć "
        "uzupełniających) bez pełnej procedury konsultacji i opiniowania.",
        responsible="Ministerstwo Funduszy i Polityki Regionalnej", timeline="2026",
        indicator="czas wprowadzenia zmiany w GPR skrócony do 3 miesięcy"),
    Act("Fundusz wkładu własnego dla miast średnich w projektach rewitalizacyjnych", "other",
        type="financial",
        description="Preferencyjne pożyczki lub dotacje na wkład własny dla miast, których "
        "dochody na mieszkańca są niższe od średniej krajowej.",
        responsible="Ministerstwo Funduszy i Polityki Regionalnej, Bank Gospodarstwa "
        "Krajowego", timeline="2027–2030", cost="ok. 500 mln zł"),
    Act("Standard partycypacji mieszkańców w rewitalizacji – podręcznik i szkolenia",
        "social_activation", type="knowledge",
        description="Praktyczny podręcznik z przykładami z miast sieci i cykl szkoleń dla "
        "pracowników urzędów i animatorów lokalnych.",
        responsible="Instytut Rozwoju Miast i Regionów", timeline="2025–2026",
        cost="1,5 mln zł", indicator="500 przeszkolonych pracowników samorządowych"),
    Act("Ulgi podatkowe dla najemców lokali użytkowych na obszarach rewitalizacji",
        "economic_activation", type="legal",
        description="Możliwość czasowego obniżenia podatku od nieruchomości dla nowych "
        "działalności otwieranych w pustych lokalach w specjalnej strefie rewitalizacji.",
        responsible="Ministerstwo Finansów"),
    Act("Wspólny zespół doradczy sieci ds. zarządzania zasobem komunalnym", "other",
        type="organisational",
        description="Zespół ekspertów (prawnik, zarządca nieruchomości, konserwator) "
        "dostępny dla wszystkich miast sieci, wspierający przygotowanie remontów i zmian "
        "w polityce czynszowej.",
        responsible="Związek Miast Polskich", timeline="2025",
        indicator="liczba miast korzystających z doradztwa"),
    Act("Ułatwienia w użyczaniu lokali komunalnych organizacjom pozarządowym",
        "social_activation", type="legal",
        description="Jednoznaczne przepisy pozwalające gminom użyczać lokale organizacjom "
        "prowadzącym działalność społeczną na obszarze rewitalizacji bez przetargu i na "
        "okres dłuższy niż 3 lata.",
        responsible="Ministerstwo Rozwoju i Technologii", timeline="2026"),
]


def build() -> Doc:
    body = [
        Section("introduction", "A. Wprowadzenie", [
            P("Niniejszy dokument przedstawia rekomendacje sieci „Rewitalizacja”."),
        ], status="incomplete"),
        Section("diagnosis", "B. Co nas blokuje – bariery zgłoszone przez miasta", [
            P("W sieci „Rewitalizacja” współpracują: Inowrocław, Piotrków Trybunalski, Siedlce, "
              "Stalowa Wola, Tczew, Zamość i Żyrardów. Podczas prac nad Miejskimi "
              "Inicjatywami Działania miasta zidentyfikowały bariery, które powtarzają się "
              "niezależnie od wielkości miasta i regionu."),
            P("**Bariery prawne.** Procedura zmiany gminnego programu rewitalizacji jest taka "
              "sama dla zmian kluczowych i drobnych, co sprawia, że aktualizacja programu trwa "
              "nawet 8–10 miesięcy. Przepisy o gospodarce nieruchomościami utrudniają długoterminowe "
              "użyczanie lokali organizacjom społecznym. Gminy nie mają też możliwości "
              "stosowania ulg podatkowych ukierunkowanych na ożywienie gospodarcze obszaru "
              "rewitalizacji."),
            P("**Bariery finansowe.** Miasta średnie mają trudność z zapewnieniem wkładu "
              "własnego do projektów inwestycyjnych, zwłaszcza przy rosnących kosztach "
              "robót. Działania społeczne (animacja, prowadzenie centrów sąsiedzkich) są "
              "finansowane projektowo, przez co po zakończeniu projektu często zanikają."),
            P("**Bariery kompetencyjne i organizacyjne.** W urzędach brakuje osób z "
              "doświadczeniem w prowadzeniu partycypacji i zarządzaniu zasobem komunalnym. "
              "Wiedza zdobyta w jednym mieście rzadko trafia do innych."),
            T([["Bariera", "Liczba miast zgłaszających (na 7)"],
               ["Długotrwała procedura zmiany GPR", "6"],
               ["Brak środków na wkład własny", "5"],
               ["Utrudnione użyczanie lokali NGO", "5"],
               ["Brak kompetencji w zakresie partycypacji", "4"],
               ["Brak narzędzi wsparcia lokalnej przedsiębiorczości", "4"]], widths=[4, 2]),
        ]),
        Section("recommendations", "C. Rekomendacje sieci", [
            P("Tabela przedstawia sześć rekomendacji uzgodnionych przez miasta sieci na "
              "spotkaniu w Piotrkowie Trybunalskim w styczniu 2025 r."),
            Actions(RECS, mode="table", prefix="{i}", table_size=8,
                    type_labels=TYPES,
                    columns=[("Nr", "no", 0.6), ("Rekomendacja", "title_desc", 3.6),
                             ("Rodzaj", "type", 1.3), ("Kto powinien działać", "responsible", 2.0),
                             ("Termin", "timeline", 1.3), ("Koszt", "cost", 1.2),
                             ("Miara powodzenia", "indicator", 1.8)],
                    missing={"timeline": "nie określono", "cost": "nie oszacowano",
                             "indicator": "—"}),
        ]),
        Section("addressees", "D. Do kogo się zwracamy", [
            P("Rekomendacje kierujemy do instytucji, które mają kompetencje do ich wdrożenia:"),
            L(["**Ministerstwo Funduszy i Polityki Regionalnej** – jako resort odpowiedzialny "
               "za ustawę o rewitalizacji i programy wsparcia (rekomendacje 1 i 2);",
               "**Ministerstwo Rozwoju i Technologii** – w zakresie gospodarki nieruchomościami "
               "(rekomendacja 6);",
               "**Ministerstwo Finansów** – w zakresie podatków lokalnych (rekomendacja 4);",
               "**Bank Gospodarstwa Krajowego** – jako operator instrumentów finansowych "
               "(rekomendacja 2);",
               "**Instytut Rozwoju Miast i Regionów** – jako ośrodek wiedzy i szkoleń "
               "(rekomendacja 3);",
               "**Związek Miast Polskich** – jako organizacja reprezentująca miasta "
               "(rekomendacja 5)."]),
            P("Plan zostanie przekazany adresatom wraz z pismem koordynatora sieci oraz "
              "przedstawiony na posiedzeniu Komisji Wspólnej Rządu i Samorządu Terytorialnego."),
        ]),
        Section("implementation", "E. Droga do wdrożenia", [
            P("Wdrażanie planu będzie prowadzone w trzech krokach:"),
            L(["**marzec–kwiecień 2025** – przekazanie planu adresatom i prezentacja na "
               "forum Związku Miast Polskich;",
               "**do końca 2025 r.** – spotkania robocze z resortami w sprawie rekomendacji "
               "prawnych (1, 4, 6), uruchomienie zespołu doradczego (rekomendacja 5);",
               "**2026** – ocena postępów; miasta sieci raz na pół roku przekazują "
               "koordynatorowi informację o reakcjach adresatów i skutkach wprowadzonych "
               "zmian."], "num"),
            P("Za monitorowanie wdrożenia odpowiada koordynator sieci wspólnie z "
              "przedstawicielami dwóch miast wybieranymi rotacyjnie na rok."),
        ]),
    ]
    return Doc(
        stem="plan_ulepszen_rewitalizacja_siec", fmt="docx", document_type="improvement_plan",
        city=None, network="revitalisation", status="final",
        notes="DOCX Plan Ulepszeń, Heading 1 styles with typed letters 'A.'–'E.'. Introduction "
              "('A. Wprowadzenie') is one bare sentence -> incomplete. Diagnosis heading 'Co nas "
              "blokuje – bariery zgłoszone przez miasta'. Recommendations are rows of a table "
              "(Nr | Rekomendacja | Rodzaj | Kto powinien działać | Termin | Koszt | Miara "
              "powodzenia); 'nie określono' / 'nie oszacowano' / '—' mean not stated. Addressees "
              "as 'D. Do kogo się zwracamy' (present), implementation as 'E. Droga do wdrożenia' "
              "(present).",
        title="Plan Ulepszeń sieci Rewitalizacja", author="Sieć tematyczna Rewitalizacja",
        title_page=[("org", "PARTNERSKA INICJATYWA MIAST"),
                    ("space", "2"),
                    ("title", "Plan Ulepszeń"),
                    ("sub", "Sieć tematyczna „Rewitalizacja”"),
                    ("meta", "Inowrocław · Piotrków Trybunalski · Siedlce · Stalowa Wola · "
                             "Tczew · Zamość · Żyrardów"),
                    ("space", "6"),
                    ("meta", "Warszawa, marzec 2025 r.")],
        body=body, header="Plan Ulepszeń – sieć Rewitalizacja",
        style=dict(font="Cambria", size=11, heading_mode="styles", accent="7030A0",
                   heading_font="Calibri", h1_size=15, table_size=8.5),
    )
