# -*- coding: utf-8 -*-
"""Treść MID Żory (sieć Jakość powietrza). Dane wspólne dla ODT i gold.

Nagłówki rozdziałów i podrozdziałów bez numerów – numeruje je konspekt (outline) ODT.
Bloki: ("h1"|"h2", tekst), ("h3", tekst) – bez numeracji automatycznej,
("p", tekst z [[fn:...]]), ("ol", [...]) lista numerowana automatycznie, ("ul", [...]),
("tab", podpis, wiersze, szerokości), ("tmpl", tekst) – tekst szablonu (kursywa, szary).
"""

CITY = "Żory"

# --------------------------------------------------------------- działania
# fields: lista (etykieta, wartość) w małej tabeli; prose: akapity opisu
# gold: wartości wydrukowane dla działania (None = nie podano)
OBJECTIVES = [
    (1, "Cel szczegółowy 1. Ograniczenie emisji z indywidualnych źródeł ciepła",
     "Do końca sezonu grzewczego 2027/2028 liczba eksploatowanych w Żorach kotłów "
     "pozaklasowych na paliwo stałe ma spaść z ok. 2 950 do poniżej 1 000, a średnioroczne "
     "stężenie benzo(a)pirenu – poniżej 3 ng/m³."),
    (2, "Cel szczegółowy 2. Ograniczenie emisji z transportu",
     "Zwiększenie udziału podróży rowerem i bezpłatną komunikacją miejską oraz wymiana "
     "taboru autobusowego na zeroemisyjny."),
    (3, "Cel szczegółowy 3. Informacja i edukacja mieszkańców",
     "Zapewnienie mieszkańcom bieżącej informacji o stanie powietrza i zmiana nawyków "
     "związanych z ogrzewaniem domów."),
    (4, "Cel szczegółowy 4. Sprawne zarządzanie realizacją MID", ""),
]

ACTIONS = [
    dict(num="1.1", obj=1,
         title="Miejski Punkt Konsultacyjny programu „Czyste Powietrze” z ekodoradcą terenowym",
         prose=["Punkt działa w budynku Urzędu Miasta przy al. Wojska Polskiego od 2019 r., "
                "jednak obsługuje go jedna osoba w niepełnym wymiarze czasu. W ramach MID zostanie "
                "zatrudniony drugi pracownik, a ekodoradca będzie odwiedzał mieszkańców w domach "
                "– zwłaszcza osoby starsze, które nie korzystają z Internetu. Ekodoradca pomaga "
                "w wypełnieniu wniosku, doborze źródła ciepła i rozliczeniu dotacji, a także "
                "informuje o programie „Ciepłe Mieszkanie” i o ulgach termomodernizacyjnych.",
                "W sezonie grzewczym punkt będzie czynny także w soboty oraz dwa razy w miesiącu w filiach Miejskiej Biblioteki Publicznej w Rogoźnej i Roju. Ekodoradca prowadzi rejestr wizyt, który pozwoli ocenić, ilu mieszkańców po konsultacji złożyło wniosek o dotację."],
         fields=[("Podmiot odpowiedzialny", "Wydział Ochrony Środowiska i Gospodarki Komunalnej UM Żory"),
                 ("Okres realizacji", "2025–2028"),
                 ("Źródła finansowania", "WFOŚiGW w Katowicach (porozumienie z gminą), budżet miasta"),
                 ("Wskaźnik", "liczba udzielonych porad – 1 800 rocznie")],
         cost="180 tys. zł rocznie", split=("60 tys. zł rocznie", "120 tys. zł rocznie", "—"),
         gantt="2025–2028",
         theme="low_emission", secondary=["eco_awareness"],
         gold=dict(responsible="Wydział Ochrony Środowiska i Gospodarki Komunalnej UM Żory",
                   timeline="2025–2028", cost="180 tys. zł rocznie",
                   funding="WFOŚiGW w Katowicach (porozumienie z gminą), budżet miasta",
                   indicator="liczba udzielonych porad – 1 800 rocznie")),
    dict(num="1.2", obj=1,
         title="Miejska dotacja do wymiany kotłów pozaklasowych",
         prose=["Dotacja celowa z budżetu miasta uzupełnia program „Czyste Powietrze” – pokrywa "
                "część kosztów nieobjętych dofinansowaniem krajowym (m.in. demontaż starego kotła, "
                "dostosowanie komina, przyłącze gazowe). Wysokość dotacji wynosi do 6 000 zł, a dla "
                "gospodarstw uprawnionych do podwyższonego poziomu dofinansowania – do 9 000 zł. "
                "Zasady udzielania dotacji określi nowa uchwała Rady Miasta, zastępująca uchwałę "
                "obowiązującą od 2021 r.",
                "Dotacja będzie udzielana wyłącznie na pompy ciepła, kotły gazowe kondensacyjne i podłączenie do sieci ciepłowniczej; nie przewiduje się dofinansowania kotłów na biomasę ani węgiel. Pierwszeństwo w naborze mają wnioski osób w wieku 70+ oraz gospodarstw korzystających ze świadczeń MOPS. Wnioskodawca może skorzystać z pomocy ekodoradcy (działanie 1.1) przy kompletowaniu dokumentów i rozliczeniu."],
         fields=[("Podmiot odpowiedzialny", "Wydział Ochrony Środowiska i Gospodarki Komunalnej UM Żory"),
                 ("Okres realizacji", "nabory wniosków w I kw. 2025, 2026 i 2027 r."),
                 ("Źródła finansowania", "budżet miasta, WFOŚiGW w Katowicach"),
                 ("Wskaźnik", "liczba zlikwidowanych kotłów pozaklasowych – 450 szt.")],
         cost="1,2 mln zł rocznie", split=("0,8 mln zł rocznie", "0,4 mln zł rocznie", "—"),
         gantt="nabory wniosków w I kw. 2025, 2026 i 2027 r.",
         theme="low_emission", secondary=[],
         gold=dict(responsible="Wydział Ochrony Środowiska i Gospodarki Komunalnej UM Żory",
                   timeline="nabory wniosków w I kw. 2025, 2026 i 2027 r.",
                   cost="1,2 mln zł rocznie",
                   funding="budżet miasta, WFOŚiGW w Katowicach",
                   indicator="liczba zlikwidowanych kotłów pozaklasowych – 450 szt.")),
    dict(num="1.3", obj=1,
         title="Ekopatrol – kontrole palenisk z wykorzystaniem drona pomiarowego",
         prose=["Kontrole prowadzi Straż Miejska w Żorach na podstawie upoważnień Prezydenta "
                "Miasta. Do dotychczasowych kontroli interwencyjnych (średnio 380 w sezonie) "
                "dochodzą kontrole planowe w rejonach o najwyższej emisji, typowanych na podstawie "
                "bazy CEEB i odczytów czujników. Dron wyposażony w głowicę pomiarową pozwala "
                "wskazać posesje, z których emitowany dym zawiera wysokie stężenia pyłu i gazów "
                "charakterystycznych dla spalania odpadów. Działanie prowadzone będzie "
                "w sezonach grzewczych 2025/2026–2027/2028, w okresie od października do kwietnia.",
                "Zakłada się przeprowadzenie co najmniej 600 kontroli w każdym sezonie, w tym "
                "nie mniej niż 150 z użyciem drona. Koszty (wynajem drona z operatorem, analizy "
                "laboratoryjne próbek popiołu) pokrywane będą z budżetu miasta."],
         fields=[],
         cost="120 tys. zł rocznie", split=("120 tys. zł rocznie", "—", "—"),
         gantt="w sezonach grzewczych 2025/2026–2027/2028",
         theme="low_emission", secondary=[],
         gold=dict(responsible="Straż Miejska w Żorach",
                   timeline="w sezonach grzewczych 2025/2026–2027/2028",
                   cost="120 tys. zł rocznie",
                   funding="z budżetu miasta",
                   indicator="co najmniej 600 kontroli w każdym sezonie")),
    dict(num="1.4", obj=1,
         title="Przyłączenie budynków wielorodzinnych w śródmieściu do sieci ciepłowniczej",
         prose=["W rejonie Starego Miasta i ulic Rybnickiej oraz Moniuszki pozostaje ok. 40 "
                "budynków wielorodzinnych (własność prywatna, wspólnoty i zasób komunalny) "
                "ogrzewanych piecami kaflowymi i kotłami węglowymi. Spółka ciepłownicza "
                "przygotowuje koncepcję rozbudowy sieci wraz z węzłami; miasto zapewni "
                "przyłączenie budynków komunalnych i pomoc wspólnotom w uzyskaniu dotacji.",
                "Wstępna analiza wskazuje, że rozbudowa sieci jest możliwa z istniejącej magistrali wzdłuż ul. Rybnickiej; ostateczny zakres i koszt zależą od liczby wspólnot, które zadeklarują przyłączenie. Deklaracje będą zbierane do końca 2025 r."],
         fields=[("Podmiot odpowiedzialny", "Żorskie Przedsiębiorstwo Energetyki Cieplnej Sp. z o.o."),
                 ("Okres realizacji", "2026–2028"),
                 ("Źródła finansowania", "FEnIKS, środki własne spółki, budżet miasta (budynki komunalne)"),
                 ("Wskaźnik", "liczba przyłączonych budynków – 24")],
         cost="do oszacowania", split=("—", "—", "—"),
         gantt="2026–2028",
         theme="low_emission", secondary=[],
         gold=dict(responsible="Żorskie Przedsiębiorstwo Energetyki Cieplnej Sp. z o.o.",
                   timeline="2026–2028", cost=None,
                   funding="FEnIKS, środki własne spółki, budżet miasta (budynki komunalne)",
                   indicator="liczba przyłączonych budynków – 24")),
    dict(num="2.1", obj=2,
         title="Domknięcie sieci dróg rowerowych między osiedlami a centrum",
         prose=["Działanie obejmuje budowę brakujących odcinków tras rowerowych na osi "
                "os. Pawlikowskiego – Stare Miasto – os. Księcia Władysława oraz połączenie "
                "z dzielnicami Rogoźna i Kleszczów, wraz z parkingami rowerowymi przy węzłach "
                "przesiadkowych komunikacji miejskiej. Trasy wskazano w Koncepcji systemu "
                "rowerowego Żor przyjętej w 2023 r.",
                "Inwestycja zostanie podzielona na trzy etapy, tak aby każdy z nich tworzył funkcjonalną całość: etap I – połączenie os. Pawlikowskiego ze Starym Miastem, etap II – os. Księcia Władysława i dworzec autobusowy, etap III – Rogoźna i Kleszczów. Na trasach przewiduje się oświetlenie i 120 stojaków rowerowych."],
         fields=[("Podmiot odpowiedzialny", "Wydział Inwestycji i Dróg UM Żory"),
                 ("Źródła finansowania", "FEnIKS (priorytet II – transport miejski), budżet miasta"),
                 ("Wskaźnik", "długość nowych dróg rowerowych – 11,4 km")],
         cost="8,6 mln zł", split=("1,9 mln zł", "—", "6,7 mln zł"),
         gantt="II kw. 2025 – IV kw. 2027",
         theme="cycling", secondary=[],
         gold=dict(responsible="Wydział Inwestycji i Dróg UM Żory",
                   timeline="II kw. 2025 – IV kw. 2027", cost="8,6 mln zł",
                   funding="FEnIKS (priorytet II – transport miejski), budżet miasta",
                   indicator="długość nowych dróg rowerowych – 11,4 km")),
    dict(num="2.2", obj=2,
         title="Autobusy elektryczne w bezpłatnej komunikacji miejskiej",
         prose=["Żory jako jedno z pierwszych miast w Polsce wprowadziły w 2014 r. bezpłatną "
                "komunikację miejską. Tabor liczy 31 autobusów, z czego 19 spełnia jedynie normę "
                "Euro 5 lub niższą. Działanie przewiduje zakup 6 autobusów elektrycznych "
                "o długości 12 m wraz z ładowarkami w zajezdni przy ul. Pszczyńskiej.",
                "Nowe autobusy zastąpią najstarsze pojazdy kursujące na liniach łączących dzielnice jednorodzinne z centrum. Wycofane autobusy zostaną sprzedane; uzyskane środki pokryją część wkładu własnego miasta."],
         fields=[("Podmiot odpowiedzialny", "Miejski Zarząd Komunikacji w Żorach"),
                 ("Okres realizacji", "2026–2027"),
                 ("Źródła finansowania", "FEnIKS, budżet miasta"),
                 ("Wskaźnik", "liczba zakupionych autobusów zeroemisyjnych – 6 szt.")],
         cost="15,6 mln zł", split=("2,4 mln zł", "—", "13,2 mln zł"),
         gantt="2026–2027",
         theme="public_transport", secondary=["low_emission"],
         gold=dict(responsible="Miejski Zarząd Komunikacji w Żorach",
                   timeline="2026–2027", cost="15,6 mln zł",
                   funding="FEnIKS, budżet miasta",
                   indicator="liczba zakupionych autobusów zeroemisyjnych – 6 szt.")),
    dict(num="2.3", obj=2,
         title="„Szkolne ulice” przy szkołach podstawowych",
         prose=["W godzinach porannego przywozu dzieci (7.30–8.15) odcinki ulic przed wejściami "
                "do szkół będą zamykane dla ruchu samochodowego, z wyjątkiem mieszkańców "
                "i służb. Za przygotowanie organizacji ruchu i współpracę z dyrekcjami szkół "
                "odpowiada Wydział Edukacji i Sportu UM Żory. Działanie realizowane będzie od września "
                "2025 r. do czerwca 2028 r.: pilotaż obejmie dwie szkoły, a od września 2026 r. "
                "dołączą kolejne cztery. Działanie finansowane będzie "
                "w całości z budżetu miasta (oznakowanie, zapory, akcje informacyjne)."],
         fields=[],
         cost="85 tys. zł", split=("85 tys. zł", "—", "—"),
         gantt="od września 2025 r. do czerwca 2028 r.",
         theme="walking_traffic_calming", secondary=["low_emission"],
         gold=dict(responsible="Wydział Edukacji i Sportu UM Żory",
                   timeline="od września 2025 r. do czerwca 2028 r.", cost="85 tys. zł",
                   funding="w całości z budżetu miasta", indicator=None)),
    dict(num="3.1", obj=3,
         title="Sieć czujników jakości powietrza i powiadomienia SMS",
         prose=["Obecnie w mieście działa jedna automatyczna stacja pomiarowa Państwowego "
                "Monitoringu Środowiska oraz kilkanaście czujników prywatnych o nieznanej "
                "kalibracji. Miasto zainstaluje 20 czujników pyłu PM10 i PM2,5 na budynkach "
                "szkół i przedszkoli, z publiczną mapą wyników i darmowymi powiadomieniami SMS "
                "o przekroczeniach.",
                "Lokalizacje czujników uzgodniono z Żorskim Alarmem Smogowym: po jednym w każdej dzielnicy jednorodzinnej i przy wszystkich szkołach objętych działaniem 2.3. Dane będą udostępniane na otwartej licencji, a raz w roku porównywane z wynikami stacji GIOŚ."],
         fields=[("Podmiot odpowiedzialny", "Wydział Ochrony Środowiska i Gospodarki Komunalnej UM Żory"),
                 ("Okres realizacji", "montaż III–IV kw. 2025, utrzymanie do 2028 r."),
                 ("Źródła finansowania", "WFOŚiGW w Katowicach, budżet miasta"),
                 ("Wskaźnik", "liczba czujników – 20; liczba subskrybentów powiadomień – 3 000")],
         cost="240 tys. zł", split=("90 tys. zł", "150 tys. zł", "—"),
         gantt="montaż III–IV kw. 2025, utrzymanie do 2028 r.",
         theme="eco_awareness", secondary=[],
         gold=dict(responsible="Wydział Ochrony Środowiska i Gospodarki Komunalnej UM Żory",
                   timeline="montaż III–IV kw. 2025, utrzymanie do 2028 r.",
                   cost="240 tys. zł", funding="WFOŚiGW w Katowicach, budżet miasta",
                   indicator="liczba czujników – 20; liczba subskrybentów powiadomień – 3 000")),
    dict(num="3.2", obj=3,
         title="Kampania „Żory oddychają” w szkołach, parafiach i na osiedlach",
         prose=["Kampania obejmuje lekcje w szkołach (program „Smogowy detektyw” dla klas IV–VI), "
                "spotkania w parafiach i na zebraniach dzielnic, ulotki dołączane do decyzji "
                "podatkowych oraz akcję „Rozpalaj od góry” z pokazami prawidłowego palenia.",
                "Materiały przygotuje Biuro Promocji we współpracy z nauczycielami przyrody i Żorskim Alarmem Smogowym. W każdym sezonie grzewczym kampania będzie miała inny temat przewodni: spalanie odpadów, dotacje na wymianę kotła, oszczędzanie ciepła."],
         fields=[("Podmiot odpowiedzialny", "Biuro Promocji i Komunikacji Społecznej UM Żory"),
                 ("Okres realizacji", "2025–2028"),
                 ("Źródła finansowania", "budżet miasta"),
                 ("Wskaźnik", "—")],
         cost="45 tys. zł na sezon grzewczy", split=("45 tys. zł na sezon grzewczy", "—", "—"),
         gantt="2025–2028",
         theme="eco_awareness", secondary=[],
         gold=dict(responsible="Biuro Promocji i Komunikacji Społecznej UM Żory",
                   timeline="2025–2028", cost="45 tys. zł na sezon grzewczy",
                   funding="budżet miasta", indicator=None)),
    dict(num="4.1", obj=4,
         title="Koordynacja MID i coroczny raport z realizacji",
         prose=["Koordynatorem realizacji MID jest Pełnomocnik Prezydenta Miasta "
                "ds. Jakości Powietrza, który współpracuje z realizatorami poszczególnych działań "
                "i Lokalnym Partnerstwem, zbiera dane i reprezentuje miasto na spotkaniach sieci PIM. "
                "Produktem działania jest coroczny raport z realizacji MID, przygotowywany do "
                "31 marca każdego roku w latach 2026–2029 i przedstawiany Radzie Miasta."],
         fields=[],
         cost="—", split=("—", "—", "—"),
         gantt="2025–2028",
         theme="other", secondary=[],
         gold=dict(responsible="Pełnomocnik Prezydenta Miasta ds. Jakości Powietrza",
                   timeline="2025–2028", cost=None, funding=None,
                   indicator="coroczny raport z realizacji MID")),
]


def gold_actions():
    out = []
    for a in ACTIONS:
        g = a["gold"]
        out.append(dict(title=a["title"], theme=a["theme"], secondary_themes=a["secondary"],
                        responsible=g["responsible"] is not None,
                        timeline=g["timeline"] is not None,
                        cost=g["cost"] is not None,
                        indicator=g["indicator"] is not None,
                        type=None, values=dict(g)))
    return out


# --------------------------------------------------------------- rozdziały
WYKAZ_SKROTOW = [
    ("BaP – benzo(a)piren", ),
    ("CEEB – Centralna Ewidencja Emisyjności Budynków",),
    ("FEnIKS – program Fundusze Europejskie na Infrastrukturę, Klimat, Środowisko 2021–2027",),
    ("GIOŚ – Główny Inspektorat Ochrony Środowiska",),
    ("LP – Lokalne Partnerstwo",),
    ("MID – Miejska Inicjatywa Działania",),
    ("MZK – Miejski Zarząd Komunikacji w Żorach",),
    ("PONE – Program Ograniczania Niskiej Emisji",),
    ("POP – Program ochrony powietrza dla województwa śląskiego",),
    ("UM – Urząd Miasta Żory",),
    ("WFOŚiGW – Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Katowicach",),
]

STRESZCZENIE = [
    ("h1", "Streszczenie"),
    ("p", "Żory należą do grupy miast aglomeracji rybnickiej, w których normy jakości powietrza "
          "są przekraczane od początku prowadzenia pomiarów. W 2023 r. dopuszczalne dobowe "
          "stężenie pyłu PM10 zostało przekroczone w 38 dniach, a średnioroczne stężenie "
          "benzo(a)pirenu wyniosło 5,1 ng/m³, czyli pięciokrotność poziomu docelowego. "
          "Głównym źródłem zanieczyszczeń jest spalanie węgla i odpadów w ok. 2 950 kotłach "
          "pozaklasowych w zabudowie jednorodzinnej, w mniejszym stopniu ruch drogowy na DK81 "
          "i drogach wojewódzkich."),
    ("p", "Niniejsza Miejska Inicjatywa Działania (MID) określa, co miasto zrobi w latach "
          "2025–2028, aby przyspieszyć poprawę jakości powietrza. Przyjęto cel główny: "
          "spełnienie w 2028 r. normy dobowej dla pyłu PM10 i obniżenie stężenia BaP o 40% "
          "w stosunku do 2023 r. Zaplanowano dziesięć działań w czterech celach szczegółowych – "
          "od wymiany kotłów i kontroli palenisk, przez drogi rowerowe i autobusy elektryczne, "
          "po edukację i sieć czujników. Koszt działań inwestycyjnych wynosi ok. 24,5 mln zł, "
          "a koszt działań ciągłych – ok. 1,55 mln zł rocznie."),
    ("p", "Dokument opracował zespół Wydziału Ochrony Środowiska i Gospodarki Komunalnej we "
          "współpracy z Lokalnym Partnerstwem, w skład którego weszło 14 osób. Treść MID "
          "była omawiana na pięciu spotkaniach LP i w otwartej ankiecie internetowej "
          "(521 odpowiedzi)."),
]

DIAGNOZA = [
    ("h1", "Diagnoza stanu jakości powietrza"),
    ("h2", "Charakterystyka miasta"),
    ("p", "Żory są miastem na prawach powiatu w południowo-zachodniej części województwa "
          "śląskiego, w subregionie zachodnim (Rybnickim Okręgu Węglowym). Powierzchnia miasta "
          "wynosi 64,6 km², a liczba mieszkańców według stanu na 31 grudnia 2023 r. – 61 480 "
          "osób. Miasto ma charakter dwubiegunowy: zwarte osiedla wielorodzinne z lat 70.–90. "
          "XX w. (os. Pawlikowskiego, Korfantego, Księcia Władysława, Sikorskiego), w dużej "
          "części podłączone do sieci ciepłowniczej, oraz rozległe dzielnice zabudowy "
          "jednorodzinnej włączone do miasta w 1975 r. (Rogoźna, Rój, Kleszczów, Osiny, "
          "Baranowice, Brodek), w których dominuje ogrzewanie indywidualne."),
    ("p", "Przez miasto przebiega droga krajowa nr 81 (Katowice – Skoczów) oraz drogi "
          "wojewódzkie nr 932 i 935, a w granicach miasta znajduje się węzeł autostrady A1. "
          "Położenie w niecce między Wyżyną Śląską a Płaskowyżem Rybnickim sprzyja w okresie "
          "zimowym inwersji temperatury i utrzymywaniu się zanieczyszczeń przy gruncie."
          "[[fn:Charakterystyka warunków meteorologicznych na podstawie danych IMGW-PIB ze "
          "stacji Katowice-Muchowiec i Racibórz za lata 2014–2023.]]"),
    ("tab", "Tabela 1. Podstawowe dane o mieście",
     [["Wskaźnik", "Wartość", "Rok"],
      ["Liczba mieszkańców", "61 480", "2023"],
      ["Powierzchnia", "64,6 km²", "2023"],
      ["Liczba budynków mieszkalnych jednorodzinnych", "8 912", "2023"],
      ["Liczba budynków wielorodzinnych", "612", "2023"],
      ["Udział lokali przyłączonych do sieci ciepłowniczej", "46%", "2023"],
      ["Liczba samochodów osobowych na 1000 mieszk.", "612", "2022"]],
     [9.0, 3.5, 2.5]),
    ("h2", "Stan jakości powietrza – wyniki pomiarów"),
    ("p", "Pomiary jakości powietrza w Żorach prowadzi GIOŚ w ramach Państwowego Monitoringu "
          "Środowiska na automatycznej stacji tła miejskiego zlokalizowanej na os. Sikorskiego. "
          "Stacja mierzy stężenia pyłu PM10 i PM2,5, tlenków azotu, ozonu, a w próbkach pyłu – "
          "benzo(a)pirenu. Wyniki z lat 2019–2023 przedstawia tabela 2."),
    ("tab", "Tabela 2. Stężenia zanieczyszczeń na stacji pomiarowej w Żorach w latach 2019–2023",
     [["Parametr", "Norma", "2019", "2020", "2021", "2022", "2023"],
      ["PM10 – średnia roczna [µg/m³]", "40", "36", "32", "34", "31", "29"],
      ["PM10 – liczba dni > 50 µg/m³", "35", "68", "49", "55", "41", "38"],
      ["PM2,5 – średnia roczna [µg/m³]", "20", "27", "24", "25", "22", "21"],
      ["BaP – średnia roczna [ng/m³]", "1", "7,4", "6,2", "6,6", "5,5", "5,1"],
      ["NO₂ – średnia roczna [µg/m³]", "40", "19", "16", "18", "17", "16"]],
     [5.4, 1.6, 1.6, 1.6, 1.6, 1.6, 1.6]),
    ("p", "Dane wskazują na powolną, ale systematyczną poprawę. Liczba dni z przekroczeniem "
          "normy dobowej PM10 zmniejszyła się w ciągu pięciu lat prawie o połowę, jednak "
          "wciąż przekracza dopuszczalne 35 dni w roku. Najpoważniejszym problemem pozostaje "
          "benzo(a)piren – substancja o udowodnionym działaniu rakotwórczym, emitowana niemal "
          "wyłącznie przy spalaniu paliw stałych w niskiej temperaturze. Ponad 90% dni "
          "z przekroczeniami przypada na miesiące od listopada do marca, a najwyższe stężenia "
          "notowane są między godz. 18.00 a 23.00, co jest typowym „podpisem” emisji "
          "z ogrzewania domów."),
    ("p", "Ze względu na przekroczenia Żory wchodzą w skład strefy śląskiej, dla której Sejmik "
          "Województwa Śląskiego przyjął Program ochrony powietrza. POP nakłada na gminy "
          "obowiązek prowadzenia kontroli przestrzegania uchwały antysmogowej, realizacji "
          "wymiany źródeł ciepła oraz corocznego raportowania postępów do Marszałka "
          "Województwa."),
    ("h2", "Źródła emisji"),
    ("p", "Inwentaryzację źródeł ciepła przeprowadzono na podstawie danych Centralnej "
          "Ewidencji Emisyjności Budynków (CEEB), ewidencji dotacji miejskich oraz spisu "
          "przeprowadzonego przez ankieterów w dzielnicach Rogoźna, Rój i Kleszczów jesienią "
          "2023 r. Według stanu na 30 czerwca 2024 r. w budynkach jednorodzinnych w Żorach "
          "eksploatowanych jest ok. 5 400 kotłów i pieców na paliwo stałe, w tym ok. 2 950 "
          "niespełniających wymagań uchwały antysmogowej (tzw. kopciuchów)."
          "[[fn:Dane CEEB obejmują wyłącznie deklaracje złożone przez właścicieli budynków; "
          "szacuje się, że ok. 8–10% budynków nie zostało zgłoszonych.]]"),
    ("tab", "Tabela 3. Struktura źródeł ciepła w budynkach mieszkalnych (CEEB, VI 2024 r.)",
     [["Rodzaj źródła ciepła", "Liczba", "Udział [%]"],
      ["Kotły na paliwo stałe pozaklasowe i klasy 3", "2 950", "27,5"],
      ["Kotły na paliwo stałe klasy 5 / ekoprojekt", "2 450", "22,9"],
      ["Kotły gazowe", "2 710", "25,3"],
      ["Pompy ciepła", "1 180", "11,0"],
      ["Sieć ciepłownicza (budynki)", "612", "5,7"],
      ["Ogrzewanie elektryczne i inne", "808", "7,6"],
      ["Razem", "10 710", "100,0"]],
     [9.0, 3.0, 3.0]),
    ("p", "Udział poszczególnych sektorów w emisji pyłu PM10 oszacowano na podstawie "
          "inwentaryzacji emisji wykonanej na potrzeby POP. Emisja z indywidualnego ogrzewania "
          "odpowiada za ok. 71% emisji pyłu PM10 i ponad 90% emisji BaP. Transport drogowy "
          "odpowiada za ok. 14% emisji PM10 (w tym spaliny, ścieranie opon i hamulców oraz "
          "unos pyłu z nawierzchni), przemysł i energetyka zawodowa – za ok. 9%, a pozostałe "
          "źródła, w tym napływ zanieczyszczeń spoza miasta – za ok. 6%."),
    ("tab", "Tabela 4. Szacunkowa struktura emisji pyłu PM10 w Żorach według sektorów",
     [["Sektor", "Emisja [Mg/rok]", "Udział [%]"],
      ["Ogrzewanie indywidualne (emisja powierzchniowa)", "212,4", "71"],
      ["Transport drogowy (emisja liniowa)", "41,9", "14"],
      ["Przemysł i ciepłownictwo (emisja punktowa)", "26,9", "9"],
      ["Pozostałe źródła", "17,9", "6"],
      ["Razem", "299,1", "100"]],
     [9.0, 3.0, 3.0]),
    ("h2", "Zabudowa jednorodzinna i ubóstwo energetyczne w dzielnicach"),
    ("p", "Rozkład kotłów pozaklasowych w mieście jest bardzo nierównomierny. Ponad 70% z nich "
          "znajduje się w pięciu dzielnicach południowych i wschodnich, gdzie przeważa zabudowa "
          "jednorodzinna z lat 60.–80. XX w., często nieocieplona, z oknami wymienionymi tylko "
          "częściowo. Zapotrzebowanie na energię użytkową w takich budynkach wynosi według "
          "audytów wykonanych w ramach programu „Czyste Powietrze” średnio 180–240 kWh/m² "
          "rocznie, podczas gdy w budynkach po kompleksowej termomodernizacji – poniżej 90 kWh/m²."),
    ("tab", "Tabela 5. Kotły pozaklasowe w dzielnicach o dominującej zabudowie jednorodzinnej",
     [["Dzielnica", "Budynki jednorodzinne", "Kotły pozaklasowe", "Udział budynków z kotłem pozaklasowym"],
      ["Rogoźna", "1 640", "690", "42%"],
      ["Rój", "1 310", "520", "40%"],
      ["Kleszczów", "1 020", "380", "37%"],
      ["Osiny", "890", "310", "35%"],
      ["Baranowice", "760", "240", "32%"],
      ["Pozostałe dzielnice", "3 292", "810", "25%"],
      ["Razem", "8 912", "2 950", "33%"]],
     [4.6, 3.6, 3.4, 4.0]),
    ("p", "Spis przeprowadzony jesienią 2023 r. w Rogoźnej, Roju i Kleszczowie pokazał, że "
          "w 38% domów z kotłem pozaklasowym mieszkają wyłącznie osoby w wieku powyżej 65 lat. "
          "Właściciele najczęściej wskazywali jako powód niewymieniania kotła brak środków "
          "na wkład własny (54%), obawę przed wyższymi kosztami ogrzewania (47%) oraz "
          "skomplikowane procedury (31%). Zaledwie 12% ankietowanych wiedziało o możliwości "
          "uzyskania prefinansowania w programie „Czyste Powietrze”."),
    ("p", "Problem ubóstwa energetycznego dotyczy również części budynków wielorodzinnych "
          "w śródmieściu, gdzie ok. 40 kamienic i domów wielorodzinnych nadal ogrzewanych jest "
          "piecami kaflowymi. Lokatorzy mieszkań komunalnych w tych budynkach to w dużej mierze "
          "osoby korzystające z pomocy społecznej. Przyłączenie tych budynków do sieci "
          "ciepłowniczej wymaga jednoczesnej modernizacji instalacji wewnętrznych."),
    ("h2", "Transport i mobilność"),
    ("p", "W komunikacji miejskiej szczególne znaczenie ma decyzja z 2014 r. o wprowadzeniu "
          "bezpłatnych przejazdów. Liczba pasażerów wzrosła z ok. 1,8 mln w 2013 r. do "
          "ok. 4,2 mln w 2023 r., jednak część taboru jest przestarzała. Badanie ruchu "
          "z 2023 r. pokazało, że w godzinach szczytu na skrzyżowaniu al. Jana Pawła II "
          "z DK81 przejeżdża ok. 2 600 pojazdów na godzinę, a udział rowerów w podróżach "
          "wewnątrzmiejskich nie przekracza 4%."),
    ("tab", "Tabela 6. Podział zadań przewozowych w podróżach wewnątrzmiejskich (badanie 2023 r.)",
     [["Środek transportu", "Udział w podróżach [%]", "Zmiana od 2015 r. [pkt proc.]"],
      ["Samochód osobowy (kierowca i pasażer)", "54", "+3"],
      ["Komunikacja miejska", "21", "+7"],
      ["Pieszo", "20", "–8"],
      ["Rower", "4", "–1"],
      ["Inne (hulajnoga, taxi)", "1", "–1"]],
     [7.0, 4.0, 4.4]),
    ("p", "Tabor Miejskiego Zarządu Komunikacji liczy 31 autobusów o średnim wieku 11,2 roku. "
          "Tylko 5 pojazdów (zakupionych w 2018 r. autobusów hybrydowych) ma napęd "
          "niskoemisyjny; 19 autobusów spełnia normę Euro 5 lub niższą. Sieć dróg rowerowych "
          "ma łącznie 38,6 km, ale tworzy ją kilkanaście niepołączonych odcinków – z osiedli "
          "Pawlikowskiego i Księcia Władysława nie da się dojechać do centrum bez korzystania "
          "z jezdni DK81 lub chodników. Brakuje także bezpiecznych parkingów rowerowych przy "
          "szkołach i przystankach węzłowych."),
    ("p", "Istotnym źródłem emisji związanej z transportem jest poranny dowóz dzieci do szkół. "
          "Pomiary przeprowadzone przez Żorski Alarm Smogowy przenośnym miernikiem przy trzech "
          "szkołach podstawowych w styczniu 2024 r. wykazały w godzinach 7.30–8.00 stężenia "
          "PM2,5 wyższe o 20–35% niż w godzinach przedpołudniowych."),
    ("h2", "Skutki zdrowotne i społeczne"),
    ("p", "Według danych Narodowego Funduszu Zdrowia w Żorach w sezonie grzewczym liczba "
          "porad lekarskich z powodu chorób układu oddechowego u dzieci do 14 lat jest "
          "o 35–45% wyższa niż w okresie letnim. Analizy Śląskiego Centrum Zdrowia "
          "Publicznego szacują, że zanieczyszczenie powietrza pyłem PM2,5 odpowiada w regionie "
          "za ok. 6–8% zgonów z przyczyn sercowo-naczyniowych. W badaniu ankietowym "
          "przeprowadzonym na potrzeby MID 74% mieszkańców oceniło jakość powietrza zimą "
          "jako złą lub bardzo złą, a 41% przyznało, że w dni smogowe ogranicza wychodzenie "
          "z domu z dziećmi."),
    ("p", "Wymiana kotła jest dla wielu gospodarstw barierą finansową. Z danych Miejskiego "
          "Ośrodka Pomocy Społecznej wynika, że ok. 620 gospodarstw domowych ogrzewanych "
          "paliwem stałym korzysta z zasiłków lub dodatku mieszkaniowego. Dla tej grupy "
          "nawet podwyższony poziom dofinansowania w programie „Czyste Powietrze” nie "
          "pokrywa kosztów inwestycji, a dodatkowym problemem jest wzrost rachunków po "
          "przejściu z węgla na gaz lub prąd."),
    ("h2", "Dotychczasowe działania – Program Ograniczania Niskiej Emisji 2015–2020"),
    ("p", "W latach 2015–2020 miasto realizowało Program Ograniczania Niskiej Emisji dla "
          "Miasta Żory (PONE), przyjęty uchwałą Rady Miasta w 2015 r. i finansowany ze środków "
          "budżetu miasta, WFOŚiGW w Katowicach oraz RPO Województwa Śląskiego 2014–2020. "
          "Program obejmował następujące działania:"),
    ("ol", ["Dofinansowanie wymiany kotłów węglowych na kotły gazowe, olejowe i retortowe "
            "w budynkach jednorodzinnych – Wydział Ochrony Środowiska, 2015–2020, 1 240 "
            "wymienionych kotłów, 9,8 mln zł.",
            "Montaż instalacji fotowoltaicznych i kolektorów słonecznych na budynkach "
            "prywatnych – projekt parasolowy w ramach RPO WSL, 2017–2019, 410 instalacji, 7,3 mln zł.",
            "Termomodernizacja 14 budynków użyteczności publicznej (szkoły, przedszkola, "
            "hala MOSiR) – Wydział Inwestycji, 2015–2019, 18,6 mln zł.",
            "Rozbudowa sieci ciepłowniczej na os. Gwarków – ŻPEC, 2016–2017, 2,1 mln zł.",
            "Zakup 5 autobusów hybrydowych – MZK, 2018, 6,2 mln zł.",
            "Kampania informacyjna „Stop smogowi w Żorach” – Biuro Promocji, 2016–2020, 180 tys. zł."]),
    ("p", "Efekt ekologiczny PONE oszacowano na ok. 48 Mg/rok mniejszej emisji pyłu PM10. "
          "Ewaluacja przeprowadzona w 2021 r. wykazała jednak, że z dotacji korzystały "
          "głównie gospodarstwa o dochodach średnich i wyższych, a wymienione kotły retortowe "
          "na węgiel (ok. 30% wszystkich wymian) nie spełniają obecnie standardów "
          "preferowanych w programach krajowych. Wnioski te uwzględniono w MID – dotacja "
          "miejska ma być skierowana przede wszystkim do gospodarstw o niższych dochodach "
          "i wyłącznie na źródła niskoemisyjne."),
    ("h2", "Uwarunkowania prawne i strategiczne"),
    ("p", "MID jest zgodna z następującymi dokumentami:"),
    ("ul", ["uchwała nr V/36/1/2017 Sejmiku Województwa Śląskiego z dnia 7 kwietnia 2017 r. "
            "w sprawie wprowadzenia na obszarze województwa śląskiego ograniczeń w zakresie "
            "eksploatacji instalacji, w których następuje spalanie paliw (uchwała antysmogowa);",
            "Program ochrony powietrza dla terenu województwa śląskiego (aktualizacja z 2020 r.) "
            "wraz z planem działań krótkoterminowych;",
            "Strategia Rozwoju Miasta Żory 2030;",
            "Plan Gospodarki Niskoemisyjnej dla Miasta Żory;",
            "Plan zrównoważonego rozwoju publicznego transportu zbiorowego dla Miasta Żory;",
            "ustawa z dnia 27 kwietnia 2001 r. – Prawo ochrony środowiska (Dz. U. z 2024 r. "
            "poz. 54, z późn. zm.)."]),
    ("h2", "Analiza SWOT"),
    ("tab", "Tabela 7. Analiza SWOT w obszarze jakości powietrza",
     [["Mocne strony", "Słabe strony"],
      ["bezpłatna komunikacja miejska od 2014 r.; doświadczenie z PONE; rozwinięta sieć "
       "ciepłownicza na osiedlach; działający punkt „Czystego Powietrza”",
       "duża liczba kotłów pozaklasowych w dzielnicach jednorodzinnych; przestarzały tabor; "
       "nieciągła sieć dróg rowerowych; mała liczba kontroli palenisk"],
      ["Szanse", "Zagrożenia"],
      ["środki FEnIKS i programów WFOŚiGW; rosnąca świadomość mieszkańców; współpraca "
       "w sieci PIM i w subregionie",
       "ubóstwo energetyczne; wzrost cen gazu i energii; zmiany zasad programów krajowych; "
       "napływ zanieczyszczeń z sąsiednich gmin"]],
     [7.5, 7.5]),
]

CELE_INTRO = [
    ("h1", "Cel główny, cele szczegółowe i działania"),
    ("p", "Cel główny MID: „Do 2028 r. Żory spełniają normę dobową dla pyłu PM10, a stężenie "
          "benzo(a)pirenu jest o 40% niższe niż w 2023 r.”"),
    ("p", "Cel główny rozpisano na cztery cele szczegółowe. Dla każdego celu opisano działania; "
          "numer działania składa się z numeru celu i kolejnego numeru działania. Koszty działań "
          "zestawiono w rozdziale „Budżet i źródła finansowania”, a terminy – w harmonogramie."),
]

HARMONOGRAM_INTRO = [
    ("h1", "Harmonogram realizacji"),
    ("p", "Harmonogram przedstawiono w podziale na kwartały. Zacieniowane pola oznaczają okres "
          "realizacji działania, w tym przygotowanie dokumentacji i procedury zamówień."),
]

BUDZET = [
    ("h1", "Budżet i źródła finansowania"),
    ("p", "Tabela 9 przedstawia koszty działań MID w układzie przyjętym przez Skarbnika Miasta "
          "do Wieloletniej Prognozy Finansowej. Dla działań o charakterze ciągłym podano koszt "
          "roczny lub koszt na sezon grzewczy. Kwoty dla działań inwestycyjnych są kwotami "
          "brutto, oszacowanymi na podstawie wartości podobnych zamówień z lat 2023–2024."),
]

BUDZET_OUTRO = [
    ("p", "Łączny koszt działań inwestycyjnych (2.1, 2.2, 2.3, 3.1) wynosi 24,525 mln zł, "
          "z czego 19,9 mln zł planuje się pozyskać z programu FEnIKS. Koszty działań ciągłych "
          "(1.1, 1.2, 1.3, 3.2) wynoszą łącznie ok. 1,55 mln zł rocznie. Koszt działania 1.4 "
          "zostanie ustalony po opracowaniu koncepcji przez spółkę ciepłowniczą. Działanie 4.1 "
          "realizowane jest w ramach wynagrodzeń pracowników UM i nie wymaga odrębnych środków."),
]

INTERESARIUSZE = [
    ("h1", "Lokalne Partnerstwo i udział mieszkańców"),
    ("p", "Lokalne Partnerstwo ds. jakości powietrza powołano w styczniu 2024 r. W jego skład "
          "weszło 14 osób: przedstawiciele Wydziału Ochrony Środowiska i Gospodarki Komunalnej, "
          "Straży Miejskiej, MZK, ŻPEC, MOPS, dwóch rad dzielnic (Rogoźna i Rój), Żorskiego "
          "Alarmu Smogowego, Cechu Rzemiosł (instalatorzy), dwóch dyrektorów szkół, lekarz "
          "pediatra oraz radna przewodnicząca Komisji Ochrony Środowiska Rady Miasta."),
    ("tab", "Skład Lokalnego Partnerstwa ds. jakości powietrza",
     [["Instytucja / grupa", "Liczba osób", "Rola w pracach nad MID"],
      ["Wydział Ochrony Środowiska i Gospodarki Komunalnej UM", "2", "koordynacja, redakcja dokumentu"],
      ["Straż Miejska w Żorach", "1", "kontrole palenisk, dane o interwencjach"],
      ["Miejski Zarząd Komunikacji", "1", "dane o taborze i pasażerach"],
      ["Żorskie Przedsiębiorstwo Energetyki Cieplnej", "1", "możliwości rozbudowy sieci"],
      ["MOPS w Żorach", "1", "ubóstwo energetyczne"],
      ["Rady dzielnic Rogoźna i Rój", "2", "kontakt z mieszkańcami"],
      ["Żorski Alarm Smogowy", "1", "pomiary, edukacja"],
      ["Cech Rzemiosł – instalatorzy", "1", "koszty i rynek urządzeń grzewczych"],
      ["Dyrektorzy szkół podstawowych", "2", "edukacja, „Szkolne ulice”"],
      ["Lekarz pediatra", "1", "skutki zdrowotne"],
      ["Rada Miasta – Komisja Ochrony Środowiska", "1", "powiązanie z uchwałami i budżetem"]],
     [7.4, 2.2, 6.2]),
    ("p", "Spotkania Lokalnego Partnerstwa:"),
    ("lines", ["Spotkanie inauguracyjne, podział na grupy robocze – 23.01.2024 r.",
               "Warsztat diagnostyczny „Skąd się bierze smog w Żorach” – 12.03.2024 r.",
               "Warsztat z instalatorami i doradcami energetycznymi – 16.05.2024 r.",
               "Warsztat „Transport a powietrze” z udziałem MZK – 19.09.2024 r.",
               "Spotkanie przyjmujące projekt MID – 28.11.2024 r."]),
    ("p", "Projekt MID był dostępny do zaopiniowania od 2 do 20 grudnia 2024 r. Ankieta "
          "internetowa zebrała 521 odpowiedzi; 63% respondentów za najważniejsze uznało "
          "działania dotyczące wymiany kotłów, 22% – transport, a 15% – edukację i informację. "
          "Mieszkańcy najczęściej postulowali zwiększenie liczby kontroli palenisk i większe "
          "dotacje dla osób starszych. W odpowiedzi w działaniu 1.2 wprowadzono podwyższony "
          "próg dotacji (do 9 000 zł), a w działaniu 1.3 – kontrole planowe."),
    ("p", "Nie wszystkie propozycje mogły zostać przyjęte. Poza MID pozostały m.in.:"),
    ("ul", ["całkowity zakaz używania kominków w dni smogowe – wykracza poza kompetencje gminy;",
            "budowa tężni solankowej w parku Cegielnia – nie wpływa na jakość powietrza w mieście;",
            "obniżenie podatku od nieruchomości dla właścicieli domów z pompą ciepła – "
            "skutki budżetowe wymagają osobnej analizy."]),
    ("p", "Równolegle do MID w mieście realizowane są projekty innych podmiotów, które nie są "
          "działaniami MID, ale wpływają na jakość powietrza: termomodernizacja budynków "
          "spółdzielni mieszkaniowej „Nowa” (FEnIKS, 2025–2026), wymiana oświetlenia ulicznego "
          "na LED przez Tauron (2024–2025) oraz program „Ciepłe Mieszkanie” dla budynków "
          "wielorodzinnych, prowadzony przez Wydział Gospodarki Lokalowej."),
]

WSKAZNIKI = [
    ("h1", "Wskaźniki i monitoring"),
    ("tmpl", "[Należy wskazać wskaźniki produktu i rezultatu dla każdego działania wraz "
             "z wartością bazową, wartością docelową, źródłem danych i częstotliwością pomiaru. "
             "Wskaźniki powinny być spójne z celami szczegółowymi MID – zob. wytyczne PIM "
             "dla sieci „Jakość powietrza”, rozdz. 5.]"),
    ("tmpl", "[Opisać system monitorowania: kto zbiera dane, w jakich terminach, komu "
             "przedstawiany jest raport.]"),
    ("emptytab", "Tabela 10. Wskaźniki MID",
     [["Wskaźnik", "Jednostka", "Wartość bazowa", "Wartość docelowa", "Źródło danych"],
      ["[…]", "[…]", "[…]", "[…]", "[…]"],
      ["[…]", "[…]", "[…]", "[…]", "[…]"]],
     [5.0, 2.0, 2.6, 2.6, 2.8]),
]

RYZYKA = [
    ("h1", "Ryzyka"),
    ("p", "Ryzyka realizacji MID oceniono na ostatnim spotkaniu Lokalnego Partnerstwa. "
          "Najistotniejsze z nich i planowane reakcje przedstawia tabela 11."),
    ("tab", "Tabela 11. Ryzyka realizacji MID",
     [["Ryzyko", "Ocena", "Reakcja"],
      ["Niewystarczające zainteresowanie dotacjami wśród gospodarstw o niskich dochodach",
       "wysokie", "ekodoradca terenowy, pomoc MOPS w kompletowaniu dokumentów, prefinansowanie"],
      ["Wzrost cen gazu i energii zniechęcający do rezygnacji z węgla",
       "średnie", "promowanie pomp ciepła i termomodernizacji; informacja o dodatkach osłonowych"],
      ["Opóźnienie naborów w programie FEnIKS", "średnie",
       "przygotowanie dokumentacji z wyprzedzeniem; etapowanie budowy dróg rowerowych"],
      ["Niska skuteczność kontroli (brak dostępu do posesji)", "średnie",
       "kontrole z dronem, współpraca z Policją, edukacja zamiast wyłącznie mandatów"],
      ["Rezygnacja spółki ciepłowniczej z rozbudowy sieci z powodów ekonomicznych", "niskie",
       "alternatywnie: pompy ciepła w budynkach komunalnych"]],
     [6.6, 2.0, 6.4]),
]

ZALACZNIK = [
    ("h1", "Załącznik – wyniki ankiety internetowej"),
    ("p", "Ankieta była dostępna na stronie internetowej miasta i w mediach społecznościowych "
          "od 2 do 20 grudnia 2024 r.; wersję papierową można było wypełnić w Biurze Obsługi "
          "Interesantów. Wypełniło ją 521 osób, w tym 58% kobiet. 46% respondentów mieszka "
          "w zabudowie jednorodzinnej, 54% – w budynkach wielorodzinnych."),
    ("tab", "Tabela Z1. Jak ocenia Pan/Pani jakość powietrza w Żorach w okresie zimowym?",
     [["Odpowiedź", "Liczba", "Udział"],
      ["bardzo dobrze", "9", "2%"],
      ["dobrze", "36", "7%"],
      ["ani dobrze, ani źle", "91", "17%"],
      ["źle", "232", "45%"],
      ["bardzo źle", "153", "29%"]],
     [8.0, 3.0, 3.0]),
    ("tab", "Tabela Z2. Które działania są według Pana/Pani najważniejsze? (można było wskazać trzy)",
     [["Działanie", "Liczba wskazań"],
      ["Więcej kontroli palenisk i kar za spalanie odpadów", "344"],
      ["Wyższe dotacje do wymiany kotłów dla osób starszych i uboższych", "301"],
      ["Bezpłatna pomoc w wypełnieniu wniosków", "188"],
      ["Nowe drogi rowerowe", "164"],
      ["Ekologiczne autobusy", "142"],
      ["Informacja SMS o smogu", "97"],
      ["Edukacja w szkołach", "88"]],
     [11.0, 3.0]),
    ("p", "W pytaniu otwartym mieszkańcy najczęściej zwracali uwagę na palenie odpadów "
          "w godzinach wieczornych (ok. 120 wypowiedzi), brak reakcji na zgłoszenia do Straży "
          "Miejskiej w weekendy (37) oraz wysokie koszty ogrzewania gazem (29). Kilkanaście "
          "osób chwaliło bezpłatną komunikację miejską i postulowało zwiększenie częstotliwości "
          "kursów do dzielnic jednorodzinnych."),
    ("tab", "Tabela Z3. Czy w Pana/Pani gospodarstwie domowym planowana jest wymiana źródła ciepła? (tylko zabudowa jednorodzinna, n = 240)",
     [["Odpowiedź", "Udział"],
      ["tak, w ciągu najbliższego roku", "18%"],
      ["tak, w ciągu 2–3 lat", "21%"],
      ["nie, ogrzewanie jest już niskoemisyjne", "37%"],
      ["nie, nie stać mnie na to", "16%"],
      ["nie wiem", "8%"]],
     [10.0, 3.0]),
]
