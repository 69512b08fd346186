"""Lublin – MID, mobility network, reportlab PDF, final.

Traps: merged heading '4. Harmonogram i budżet' (schedule + budget),
risk matrix without any heading right after the indicators section,
the word 'Projekt' on the title page in the sense of the funded project
(document is final), no summary.
"""
from hkit import Act, Actions, Doc, L, P, Section, T

ACTS = [
    Act("Buspas i priorytet w sygnalizacji na al. Kraśnickiej", "public_transport",
        description="Wydzielenie pasa autobusowego w kierunku centrum na odcinku od ul. Jana "
        "Pawła II do ul. Filaretów oraz wprowadzenie priorytetu dla autobusów i trolejbusów "
        "na sześciu skrzyżowaniach z sygnalizacją świetlną. Al. Kraśnicka obsługuje ponad 60 "
        "kursów na godzinę w szczycie porannym, a pojazdy komunikacji miejskiej stoją w tych "
        "samych korkach co samochody.",
        responsible="Zarząd Dróg i Mostów w Lublinie we współpracy z Zarządem Transportu "
        "Miejskiego", timeline="II kw. 2025 – IV kw. 2026", cost="4 800 tys. zł",
        source="Fundusze Europejskie dla Lubelskiego 2021–2027, budżet miasta",
        indicator="skrócenie czasu przejazdu linii 18, 25 i 31 w szczycie porannym o 15%"),
    Act("Domknięcie korytarza rowerowego wzdłuż Bystrzycy (Zemborzyce – Centrum)", "cycling",
        secondary_themes=("public_space",),
        description="Budowa brakujących odcinków drogi dla rowerów wzdłuż rzeki, tak aby "
        "mieszkańcy Zemborzyc, Wrotkowa i Dziesiątej mogli bezkolizyjnie dojechać do "
        "Śródmieścia. Przy trasie powstaną miejsca odpoczynku i oświetlenie.",
        responsible="Zarząd Dróg i Mostów w Lublinie", timeline="2025–2027",
        cost="6 200 tys. zł", source="Fundusze Europejskie dla Lubelskiego 2021–2027",
        indicator="długość nowych dróg dla rowerów: 7,4 km"),
    Act("Strefa Tempo 30 na Starym Mieście i w Śródmieściu", "walking_traffic_calming",
        description="Ograniczenie prędkości do 30 km/h na obszarze ok. 2,1 km² wraz z "
        "wyniesionymi przejściami dla pieszych, zawężeniami jezdni i szykanami na ulicach "
        "zbiorczych. Strefa obejmie m.in. ul. Lubartowską, Świętoduską i Lipową.",
        responsible="Zarząd Dróg i Mostów w Lublinie", timeline="2026",
        cost="900 tys. zł", source="budżet miasta",
        indicator="liczba wypadków z udziałem pieszych w strefie (spadek o 30% w ciągu 2 lat)"),
    Act("Stacje Lubelskiego Roweru Miejskiego przy węzłach przesiadkowych", "cycling",
        secondary_themes=("public_transport",),
        description="Uzupełnienie systemu o 14 stacji przy Dworcu Metropolitalnym, pętlach "
        "autobusowych i przystankach kolejowych Lublin Zachodni i Lublin Zadębie.",
        responsible="Zarząd Transportu Miejskiego w Lublinie", timeline="2025",
        cost=None, source="budżet miasta",
        indicator="liczba wypożyczeń rocznie ze stacji przy węzłach: 60 tys."),
    Act("Bezpieczna droga do szkoły – przejścia wyniesione i szkolne ulice przy 8 szkołach "
        "podstawowych", "walking_traffic_calming",
        description="Przebudowa przejść dla pieszych w rejonie ośmiu szkół oraz pilotaż "
        "czasowego zamykania ulic przed szkołami w godzinach 7:30–8:15.",
        responsible="Zarząd Dróg i Mostów w Lublinie oraz Wydział Oświaty i Wychowania",
        timeline="2025–2027", cost="1 600 tys. zł", source="budżet miasta, Rządowy Program "
        "Bezpieczeństwa Pieszych", indicator=None),
    Act("Kampania „Lublin bez korków” i doradztwo mobilnościowe dla pracodawców",
        "eco_awareness",
        description="Kampania informacyjna o zmianach w komunikacji oraz bezpłatne doradztwo "
        "dla zakładów pracy zatrudniających powyżej 250 osób w przygotowaniu planów mobilności "
        "pracowniczej.",
        responsible=None, timeline="2025–2027", cost="350 tys. zł", source="budżet miasta",
        indicator="liczba pracodawców z przyjętym planem mobilności: 15"),
]


def build() -> Doc:
    body = [
        Section("context", "1. Skąd startujemy", [
            P("Lublin jest największym miastem Polski wschodniej – liczy ok. 330 tys. mieszkańców, "
              "a wraz ze strefą podmiejską blisko pół miliona. Miasto rozwija się głównie na "
              "obrzeżach: nowe osiedla na Czubach, Felinie, Węglinie i w Zemborzycach powstały "
              "w ostatnich piętnastu latach w miejscach słabo obsłużonych komunikacją miejską. "
              "Skutkiem jest rosnące uzależnienie od samochodu i coraz dłuższe czasy dojazdów do "
              "centrum."),
            P("Badanie ruchu przeprowadzone jesienią 2023 r. pokazało, że samochód odpowiada za "
              "41% wszystkich podróży, a w godzinach szczytu na głównych wlotach (al. Kraśnicka, "
              "al. Witosa, ul. Mełgiewska) prędkość komunikacyjna autobusów spada poniżej 14 km/h. "
              "Jednocześnie miasto dysponuje jedną z największych w kraju sieci trolejbusowych "
              "i dobrze ocenianym systemem roweru miejskiego, co daje dobrą bazę do zmiany "
              "zachowań komunikacyjnych."),
            T([["Sposób podróżowania", "2013", "2023", "Zmiana (p.p.)"],
               ["Pieszo", "24%", "22%", "−2"],
               ["Rower (w tym rower miejski)", "2%", "4%", "+2"],
               ["Komunikacja miejska", "38%", "33%", "−5"],
               ["Samochód osobowy", "36%", "41%", "+5"]],
              widths=[3, 1, 1, 1.2]),
            P("W poprzednich latach zrealizowano m.in. Dworzec Metropolitalny (2022), wymianę "
              "części taboru na pojazdy elektryczne oraz ok. 200 km dróg dla rowerów. Inwestycje "
              "te nie są przedmiotem niniejszej MID – stanowią punkt odniesienia dla nowych "
              "przedsięwzięć. Najważniejsze problemy zgłoszone podczas warsztatów z mieszkańcami "
              "to: brak ciągłości tras rowerowych wzdłuż doliny Bystrzycy, niebezpieczne dojścia "
              "do szkół oraz niska punktualność autobusów na wlotach do centrum."),
        ]),
        Section("objectives", "2. Czego chcemy", [
            P("Naszym celem nadrzędnym jest odwrócenie trendu wzrostu udziału samochodu w "
              "podróżach mieszkańców. Do 2027 r. chcemy osiągnąć następujące rezultaty:"),
            L(["zwiększenie udziału komunikacji miejskiej w podróżach do 36%,",
               "podwojenie liczby podróży rowerowych na osi północ–południe wzdłuż Bystrzycy,",
               "zmniejszenie liczby wypadków z udziałem pieszych w Śródmieściu o 30%,",
               "poprawa punktualności linii autobusowych na al. Kraśnickiej do co najmniej 90% "
               "kursów realizowanych zgodnie z rozkładem."], "num"),
            P("Cele są spójne ze Strategią Lublin 2030 oraz Planem Zrównoważonej Mobilności "
              "Miejskiej dla Lubelskiego Obszaru Funkcjonalnego."),
        ]),
        Section("actions", "3. Katalog przedsięwzięć", [
            P("Poniżej opisano sześć przedsięwzięć, które Lokalne Partnerstwo uznało za "
              "priorytetowe. Kolejność nie oznacza hierarchii ważności."),
            Actions(ACTS, mode="kv", prefix="3.{i}. ",
                    labels={"responsible": "Kto realizuje", "timeline": "Kiedy",
                            "cost": "Szacunkowy koszt", "source": "Źródło finansowania",
                            "indicator": "Miara sukcesu"},
                    missing={"cost": "do oszacowania po rozstrzygnięciu przetargu na "
                             "operatora systemu"}),
        ]),
        Section(("schedule", "budget"), "4. Harmonogram i budżet", [
            P("Tabela zestawia okres realizacji poszczególnych przedsięwzięć oraz ich koszt. "
              "Znak „●” oznacza rok, w którym prowadzone będą prace."),
            T([["Przedsięwzięcie", "2025", "2026", "2027", "Koszt (tys. zł)"],
               ["3.1. Buspas na al. Kraśnickiej", "●", "●", "", "4 800"],
               ["3.2. Korytarz rowerowy wzdłuż Bystrzycy", "●", "●", "●", "6 200"],
               ["3.3. Strefa Tempo 30", "", "●", "", "900"],
               ["3.4. Stacje roweru miejskiego", "●", "", "", "b.d."],
               ["3.5. Bezpieczna droga do szkoły", "●", "●", "●", "1 600"],
               ["3.6. Kampania i doradztwo", "●", "●", "●", "350"],
               ["Razem (bez 3.4)", "", "", "", "13 850"]],
              widths=[4, 0.8, 0.8, 0.8, 1.4]),
            P("Źródłem finansowania będą przede wszystkim środki programu Fundusze Europejskie "
              "dla Lubelskiego 2021–2027 (ok. 8,4 mln zł, w ramach Zintegrowanych Inwestycji "
              "Terytorialnych LOF) oraz budżet miasta (ok. 5,1 mln zł). Na przedsięwzięcie 3.5 "
              "miasto złoży wniosek do Rządowego Programu Bezpieczeństwa Pieszych. Wydatki "
              "zostaną ujęte w Wieloletniej Prognozie Finansowej Miasta Lublin na lata "
              "2025–2030 przy najbliższej aktualizacji."),
            P("Prace przygotowawcze (dokumentacja projektowa buspasa i korytarza rowerowego) "
              "rozpoczną się w II kwartale 2025 r. Kampania informacyjna ruszy równolegle z "
              "pierwszymi zmianami w organizacji ruchu, tak aby mieszkańcy wiedzieli o nich "
              "z wyprzedzeniem."),
        ]),
        Section("stakeholders", "5. Kto jest zaangażowany", [
            P("MID przygotowało Lokalne Partnerstwo powołane zarządzeniem Prezydenta Miasta "
              "Lublin w kwietniu 2024 r. W jego skład wchodzą:"),
            L(["Wydział Strategii i Przedsiębiorczości (koordynacja),",
               "Zarząd Transportu Miejskiego oraz Zarząd Dróg i Mostów,",
               "Wydział Oświaty i Wychowania,",
               "Stowarzyszenie Rowerowy Lublin i Lubelska Rada Seniorów,",
               "przedstawiciele Politechniki Lubelskiej (Katedra Dróg i Mostów),",
               "dwie rady dzielnic: Czuby Południowe i Zemborzyce."]),
            P("Projekt MID był konsultowany z mieszkańcami w formie trzech spacerów badawczych, "
              "dyżurów konsultacyjnych w punktach informacyjnych oraz ankiety internetowej "
              "(1 148 odpowiedzi). Uwagi dotyczyły głównie lokalizacji stacji roweru miejskiego "
              "i zasięgu strefy Tempo 30; większość z nich uwzględniono."),
        ]),
        Section("indicators", "6. Jak będziemy mierzyć postępy", [
            P("Postęp realizacji MID będzie oceniany raz w roku na posiedzeniu Lokalnego "
              "Partnerstwa na podstawie poniższych wskaźników."),
            T([["Wskaźnik", "Wartość bazowa (2024)", "Cel (2027)", "Źródło danych"],
               ["Udział komunikacji miejskiej w podróżach", "33%", "36%",
                "badanie ruchu (co 3 lata)"],
               ["Punktualność linii na al. Kraśnickiej", "78%", "90%", "system ZTM"],
               ["Długość dróg dla rowerów wzdłuż Bystrzycy", "11,2 km", "18,6 km", "ZDiM"],
               ["Wypadki z udziałem pieszych w Śródmieściu", "46", "32", "Komenda Miejska "
                "Policji"],
               ["Wypożyczenia roweru miejskiego przy węzłach", "0", "60 tys./rok", "operator "
                "systemu"]], widths=[3.2, 1.5, 1.2, 2]),
            P("Raport z monitoringu zostanie opublikowany na stronie lublin.eu do końca marca "
              "każdego roku."),
        ]),
        # no heading: the risk matrix simply follows the indicators section
        Section("risks", None, [
            T([["Ryzyko", "Prawdopodobieństwo", "Wpływ", "Działania zaradcze"],
               ["Wzrost cen robót budowlanych powyżej kosztorysu", "wysokie", "wysoki",
                "etapowanie inwestycji, rezerwa 10% w WPF"],
               ["Sprzeciw części mieszkańców wobec strefy Tempo 30", "średnie", "średni",
                "spotkania w radach dzielnic, pilotaż na dwóch ulicach"],
               ["Opóźnienia w uzgodnieniach z zarządcą infrastruktury kolejowej", "średnie",
                "wysoki", "wczesne wystąpienie o warunki, harmonogram z rezerwą"],
               ["Niewystarczająca liczba pracowników do przygotowania dokumentacji",
                "niskie", "średni", "zlecenie części prac na zewnątrz"]],
              widths=[2.6, 2.3, 0.9, 2.7]),
        ]),
        Section((), "Metryka dokumentu", [
            P("**Opracowanie:** Wydział Strategii i Przedsiębiorczości Urzędu Miasta Lublin "
              "we współpracy z Lokalnym Partnerstwem PIM", align="left"),
            P("**Przyjęto:** uchwałą Lokalnego Partnerstwa nr 3/2025 z dnia 12 marca 2025 r.",
              align="left"),
        ]),
    ]
    return Doc(
        stem="mid_lublin_mobilnosc", fmt="pdf", document_type="mid", city="Lublin",
        network="mobility", status="final",
        notes="reportlab PDF, numbered headings '1.'–'6.' with non-textbook wording "
              "('Skąd startujemy', 'Czego chcemy', 'Katalog przedsięwzięć', 'Kto jest "
              "zaangażowany', 'Jak będziemy mierzyć postępy'). Merged heading '4. Harmonogram i "
              "budżet' has real content for both schedule and budget. The risk matrix "
              "(Ryzyko | Prawdopodobieństwo | Wpływ | Działania zaradcze) has NO heading and sits "
              "right after the indicators section -> risks present. No summary. Title page "
              "mentions 'Projekt współfinansowany…' (the funded project), but the document is "
              "final (adopted). Action 3.4 has no cost ('do oszacowania'), 3.5 no indicator, "
              "3.6 no responsible unit. Past projects in section 1 are not actions.",
        title="Miejska Inicjatywa Działania – Lublin – Mobilność miejska",
        author="Urząd Miasta Lublin",
        title_page=[("org", "Partnerska Inicjatywa Miast · Sieć tematyczna „Mobilność miejska”"),
                    ("space", "1.5"),
                    ("title", "Miejska Inicjatywa Działania"),
                    ("sub", "Lublin – miasto krótkich dojazdów"),
                    ("meta", "Wersja przyjęta przez Lokalne Partnerstwo, marzec 2025 r."),
                    ("space", "9"),
                    ("note", "Projekt „Partnerska Inicjatywa Miast” współfinansowany ze środków "
                             "Unii Europejskiej. Dokument przygotowany przez Miasto Lublin.")],
        body=body, header="MID Lublin · Mobilność miejska",
        style=dict(font="DejaVuSans", size=9.8, accent="#0b5394", h1_size=14, h1_rule=True,
                   table_size=8.3, page_fmt="str. {n}/{N}"),
    )
