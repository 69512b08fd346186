"""Przemyśl – MID, air-quality network, reportlab PDF, final.

Roman-numbered headings in capitals, complete table of contents.  Actions
'A.'–'E.' include 'Edukacja ekologiczna …', 'Sieć czujników i monitoring …'
and 'Harmonogram kontroli palenisk …' (all actions).  The real schedule
section 'IV. HARMONOGRAM' holds only 'Sekcja w opracowaniu.' -> incomplete;
the real indicators section ('VI. OCENA EFEKTÓW') is present.
"""
from hkit import Act, Actions, Doc, L, P, Section, T

ACTS = [
    Act("Gminny program wymiany kotłów „Przemyśl bez kopciuchów”", "low_emission",
        description="Dotacje do 80% kosztów wymiany pozaklasowego kotła na pompę ciepła, "
        "ogrzewanie gazowe lub przyłącze do sieci ciepłowniczej, uzupełniające program "
        "„Czyste Powietrze”. Pierwszeństwo mają gospodarstwa domowe z Zasania, Lipowicy i "
        "Kruhela Wielkiego, gdzie stężenia pyłów są najwyższe.",
        responsible="Wydział Ochrony Środowiska Urzędu Miejskiego w Przemyślu",
        timeline="2025–2027", cost="4 500 tys. zł",
        source="budżet miasta, WFOŚiGW w Rzeszowie",
        indicator="450 zlikwidowanych kotłów pozaklasowych"),
    Act("Rozbudowa sieci ciepłowniczej na Zasaniu", "low_emission",
        description="Budowa ok. 3,2 km sieci ciepłowniczej z przyłączami do budynków "
        "wielorodzinnych i użyteczności publicznej na Zasaniu, obecnie ogrzewanych "
        "indywidualnie.",
        responsible="Miejskie Przedsiębiorstwo Energetyki Cieplnej w Przemyślu",
        timeline="2026–2028", cost="7 800 tys. zł",
        source="FEnIKS 2021–2027, środki własne MPEC",
        indicator="4 MW nowej mocy przyłączeniowej"),
    Act("Edukacja ekologiczna w przedszkolach i szkołach – program „Czyste powietrze nad "
        "Sanem”", "eco_awareness",
        description="Zajęcia dla dzieci i warsztaty dla rodziców o skutkach spalania odpadów "
        "i złej jakości paliw, przygotowane z udziałem pracowników Straży Miejskiej i "
        "Państwowej Akademii Nauk Stosowanych w Przemyślu.",
        responsible="Wydział Edukacji Urzędu Miejskiego", timeline="2025–2027",
        cost="180 tys. zł", source="budżet miasta", indicator=None),
    Act("Sieć czujników i monitoring jakości powietrza na osiedlach", "eco_awareness",
        secondary_themes=("low_emission",),
        description="Instalacja 20 czujników pyłu PM2,5 i PM10 na budynkach szkół i "
        "przychodni, z publicznie dostępną mapą wyników i powiadomieniami SMS dla "
        "mieszkańców w dni z wysokim zanieczyszczeniem.",
        responsible=None, timeline="2025", cost="140 tys. zł", source="budżet miasta",
        indicator="20 działających czujników"),
    Act("Harmonogram kontroli palenisk i ekopatrol Straży Miejskiej", "low_emission",
        description="Stały, ogłaszany z wyprzedzeniem plan kontroli w sezonie grzewczym "
        "oraz patrol wyposażony w sprzęt do pobierania próbek popiołu. Kontrole będą "
        "koncentrować się na rejonach zgłoszeń mieszkańców.",
        responsible="Straż Miejska w Przemyślu", timeline="2025–2027", cost=None,
        source="budżet miasta", indicator="co najmniej 800 kontroli rocznie"),
]

TOC = [("Streszczenie", 2), ("I. Diagnoza sytuacji", 2), ("II. Cele MID", 3),
       ("III. Działania", 3), ("IV. Harmonogram", 4), ("V. Źródła finansowania", 4),
       ("VI. Ocena efektów", 4), ("VII. Interesariusze", 5),
       ("VIII. Wyniki analizy ryzyk", 5)]


def build() -> Doc:
    body = [
        Section("summary", "Streszczenie", [
            P("Przemyśl leży w dolinie Sanu, otoczony wzgórzami Pogórza Przemyskiego. W "
              "bezwietrzne zimowe dni tworzą się tu inwersje temperatury, które zatrzymują "
              "zanieczyszczenia nad miastem. Dlatego nawet umiarkowana emisja z domowych pieców "
              "powoduje wysokie stężenia pyłów i benzo(a)pirenu. MID zakłada pięć działań: "
              "dotacje do wymiany kotłów, rozbudowę sieci ciepłowniczej, edukację, sieć "
              "czujników oraz systematyczne kontrole palenisk. Łączny koszt oszacowano na "
              "ok. 12,6 mln zł."),
        ]),
        Section("context", "I. Diagnoza sytuacji", [
            P("Przemyśl liczy ok. 56 tys. mieszkańców. Zabudowa jednorodzinna na Zasaniu, "
              "Lipowicy, Kruhelu i w rejonie ul. Słowackiego jest w dużej części ogrzewana "
              "węglem i drewnem. Według danych z inwentaryzacji źródeł ciepła przeprowadzonej w "
              "2023 r. w mieście pracuje ok. 3 400 urządzeń na paliwa stałe, z czego ok. 1 300 "
              "to kotły i piece niespełniające żadnej normy emisyjnej."),
            P("Wojewódzki Inspektorat Ochrony Środowiska w Rzeszowie odnotował w 2023 r. na "
              "stacji przy ul. Mickiewicza 38 dni z przekroczeniem dobowego poziomu "
              "dopuszczalnego PM10. Najwyższe stężenia występują w styczniu i lutym, w "
              "godzinach wieczornych. Średnioroczne stężenie benzo(a)pirenu wyniosło 4,1 ng/m³, "
              "czyli ponad czterokrotność poziomu docelowego."),
            T([["Rok", "Dni z przekroczeniem PM10", "Średnie roczne PM2,5 [µg/m³]",
                "B(a)P [ng/m³]"],
               ["2019", "47", "27", "5,3"], ["2021", "41", "25", "4,6"],
               ["2023", "38", "23", "4,1"]], widths=[1, 2, 2, 1.5]),
            P("W latach 2018–2023 z programów „Czyste Powietrze” i „Stop Smog” wymieniono ok. "
              "900 kotłów, a MPEC zmodernizował ciepłownię przy ul. Płowieckiej. Były to ważne, "
              "lecz zakończone przedsięwzięcia. Ich doświadczenia pokazują, że bez aktywnego "
              "docierania do mieszkańców i kontroli tempo wymiany pozostanie zbyt wolne."),
        ]),
        Section("objectives", "II. Cele MID", [
            P("Cel strategiczny: powietrze w Przemyślu spełniające normy jakości przez cały "
              "rok do 2030 r. Cele operacyjne na okres realizacji MID:"),
            L(["zmniejszenie liczby dni z przekroczeniem poziomu dobowego PM10 do 30 w 2027 r.,",
               "likwidacja co najmniej 450 kotłów pozaklasowych w latach 2025–2027,",
               "przyłączenie do sieci ciepłowniczej budynków o łącznej mocy 4 MW,",
               "zwiększenie wiedzy mieszkańców o wpływie jakości powietrza na zdrowie."],
              "alpha"),
        ]),
        Section("actions", "III. Działania", [
            P("Działania wybrano na podstawie diagnozy, rozmów z mieszkańcami oraz doświadczeń "
              "innych miast sieci „Jakość powietrza”."),
            Actions(ACTS, mode="kv", prefix="{L}. ",
                    labels={"responsible": "Jednostka odpowiedzialna", "timeline": "Okres",
                            "cost": "Koszt", "source": "Finansowanie",
                            "indicator": "Produkt / rezultat"},
                    missing={"responsible": "nie wskazano", "cost": "w ramach bieżącego "
                             "budżetu jednostki – nie wyodrębniono"}),
        ]),
        Section("schedule", "IV. Harmonogram", [P("Sekcja w opracowaniu.")],
                status="incomplete"),
        Section("budget", "V. Źródła finansowania", [
            T([["Działanie", "Koszt (tys. zł)", "Budżet miasta", "Środki zewnętrzne"],
               ["A. Wymiana kotłów", "4 500", "1 500", "3 000 (WFOŚiGW)"],
               ["B. Sieć ciepłownicza", "7 800", "—", "6 630 (FEnIKS), 1 170 (MPEC)"],
               ["C. Edukacja", "180", "180", "—"],
               ["D. Czujniki", "140", "140", "—"],
               ["E. Kontrole", "—", "w budżecie SM", "—"],
               ["Razem", "12 620", "1 820", "10 800"]], widths=[2.4, 1.2, 1.4, 2.6]),
            P("Udział środków zewnętrznych wynosi ok. 86%. Wkład własny miasta zostanie "
              "zabezpieczony w Wieloletniej Prognozie Finansowej na lata 2025–2027."),
        ]),
        Section("indicators", "VI. Ocena efektów", [
            P("Efekty MID będą oceniane corocznie po zakończeniu sezonu grzewczego, na podstawie "
              "następujących mierników:"),
            T([["Miernik", "Bazowo (2023)", "2025", "2027", "Źródło"],
               ["Dni z przekroczeniem PM10", "38", "35", "30", "GIOŚ/WIOŚ"],
               ["Zlikwidowane kotły pozaklasowe (narastająco)", "0", "150", "450",
                "Wydział OŚ"],
               ["Moc przyłączona do sieci", "0 MW", "—", "4 MW", "MPEC"],
               ["Kontrole palenisk w roku", "520", "800", "800", "Straż Miejska"]],
              widths=[3, 1.2, 0.8, 0.8, 1.5]),
            P("Raz w roku Lokalne Partnerstwo przyjmuje krótkie sprawozdanie, a w 2027 r. "
              "zostanie przeprowadzona ewaluacja końcowa z udziałem zewnętrznego eksperta."),
        ]),
        Section("stakeholders", "VII. Interesariusze", [
            P("Za koordynację odpowiada Pełnomocnik Prezydenta ds. Jakości Powietrza. W pracach "
              "Lokalnego Partnerstwa uczestniczą: Wydział Ochrony Środowiska, Wydział Edukacji, "
              "Straż Miejska, MPEC, Państwowa Akademia Nauk Stosowanych, Przemyski "
              "Alarm Smogowy, spółdzielnie mieszkaniowe „Zasanie” i „Przemyślanka” oraz "
              "przedstawiciele rad osiedli."),
            P("Założenia MID przedstawiono mieszkańcom na dwóch otwartych spotkaniach (Zasanie, "
              "Lipowica) oraz w konsultacjach internetowych trwających 21 dni. Wpłynęło 64 "
              "uwagi; najwięcej dotyczyło wysokości dotacji i kryteriów pierwszeństwa."),
        ]),
        Section("risks", "VIII. Wyniki analizy ryzyk", [
            L(["**Niskie zainteresowanie dotacjami wśród najuboższych mieszkańców** – "
               "współpraca z MOPS, pomoc w wypełnianiu wniosków, wyższa stawka dotacji dla "
               "osób o niskich dochodach.",
               "**Wzrost kosztów ogrzewania po wymianie** – informowanie o taryfach i dopłatach, "
               "preferowanie przyłączy do sieci tam, gdzie jest to możliwe.",
               "**Brak zgody właścicieli budynków na przyłącze** – wcześniejsze rozmowy z "
               "zarządcami wspólnot, promocja korzyści.",
               "**Awaryjność czujników** – umowa serwisowa z dostawcą i rezerwa 10% urządzeń."]),
        ]),
    ]
    return Doc(
        stem="mid_przemysl_powietrze", fmt="pdf", document_type="mid", city="Przemyśl",
        network="air_quality", status="final",
        notes="reportlab PDF, serif font, headings in CAPITALS with Roman numerals (I.–VIII.) "
              "plus unnumbered 'STRESZCZENIE'; complete table of contents (all listed sections "
              "exist). Action sub-headings 'A.'–'E.' include 'Edukacja ekologiczna…', 'Sieć "
              "czujników i monitoring jakości powietrza…' and 'Harmonogram kontroli palenisk…' "
              "– these are ACTIONS, not the schedule/indicators sections. The real 'IV. "
              "HARMONOGRAM' contains only 'Sekcja w opracowaniu.' -> schedule incomplete. "
              "Indicators present as 'VI. OCENA EFEKTÓW'; risks as 'VIII. WYNIKI ANALIZY RYZYK' "
              "(genitive). Action C has no indicator, D 'nie wskazano' responsible, E cost "
              "'nie wyodrębniono'. Past projects (2018–2023) in the diagnosis are not actions.",
        title="MID Przemyśl – jakość powietrza", author="Urząd Miejski w Przemyślu",
        title_page=[("org", "GMINA MIEJSKA PRZEMYŚL"),
                    ("space", "1.5"),
                    ("title", "Miejska Inicjatywa Działania"),
                    ("sub", "Czyste powietrze nad Sanem"),
                    ("meta", "Partnerska Inicjatywa Miast · sieć tematyczna „Jakość powietrza”"),
                    ("space", "8"),
                    ("meta", "Przemyśl, styczeń 2025 r.")],
        toc=TOC, body=body, header="Gmina Miejska Przemyśl – Miejska Inicjatywa Działania",
        footer="PIM – Jakość powietrza",
        style=dict(font="DejaVuSerif", heading_font="DejaVuSans", size=10, accent="#7f0000",
                   h1_caps=True, h1_size=13, table_size=8.5, toc_break=False),
    )
