# -*- coding: utf-8 -*-
"""Treść MID Chełm (sieć Rewitalizacja). Dane wspólne dla dokumentu i pliku gold.

Bloki:
  ("h1"|"h2"|"h3", tekst)      nagłówek (styl Heading N, numer ręcznie w tekście)
  ("p", tekst)                 akapit; "[[fn:...]]" = przypis dolny
  ("bul", [..])                lista punktowana
  ("num", [..])                lista numerowana ręcznie "1)"
  ("tab", podpis, wiersze, szerokości_cm)   tabela z podpisem nad nią
  ("fig", podpis, nazwa_rysunku)
  ("box", tytuł, [akapity])    ramka (pole tekstowe)
  ("cards",)                   miejsce na karty działań
  ("pb",)                      podział strony
"""

CITY = "Chełm"
TITLE = "Śródmieście i Dyrekcja – bliżej siebie"

# ---------------------------------------------------------------- działania
# Każda karta: pola dokładnie tak, jak są wydrukowane. None w gold = "nie podano".
ACTIONS = [
    dict(
        n=1,
        name="Przebudowa placu Łuczkowskiego na miejsce spotkań z zielenią i wodą",
        opis=("Wymiana nawierzchni na przepuszczalną, posadzenie 38 drzew i nasadzenia "
              "byliny na powierzchni ok. 1 400 m², kurtyna wodna i poidełka, ławki z oparciem, "
              "zadaszona scena plenerowa dla imprez organizowanych przez domy kultury oraz "
              "likwidacja 46 miejsc parkingowych na rzecz przestrzeni pieszej."),
        cel="Cel szczegółowy 1",
        realizator="Wydział Inwestycji i Remontów UM Chełm",
        partnerzy="Miejski Konserwator Zabytków, Rada Osiedla Śródmieście",
        okres="II kw. 2025 – IV kw. 2026",
        koszt="4,8 mln zł",
        zrodla="FEL 2021–2027 (Priorytet X, działanie 10.2 – ZIT MOF Chełm), budżet miasta",
        wskaznik="Powierzchnia przebudowanej przestrzeni publicznej – 6 200 m²",
        theme="public_space", secondary=[],
    ),
    dict(
        n=2,
        name="Ulica Lubelska jako ulica z pierwszeństwem pieszych",
        opis=("Zmiana organizacji ruchu na odcinku od placu Łuczkowskiego do ul. Pocztowej: "
              "strefa zamieszkania z ograniczeniem prędkości do 20 km/h, wyniesione "
              "skrzyżowania, poszerzone chodniki, stojaki rowerowe oraz wydzielone miejsca "
              "dostaw w godzinach 6.00–10.00."),
        cel="Cel szczegółowy 1",
        realizator="Miejski Zarząd Dróg i Mostów w Chełmie",
        partnerzy="Komenda Miejska Policji w Chełmie, Stowarzyszenie Kupców Śródmieścia",
        okres="2026–2027",
        koszt="2 350 tys. zł",
        zrodla="FEL 2021–2027, budżet miasta",
        wskaznik="Długość przebudowanych odcinków ulic z pierwszeństwem pieszych – 0,62 km",
        theme="walking_traffic_calming", secondary=["public_space"],
    ),
    dict(
        n=3,
        name="Program „Zielone podwórka Śródmieścia”",
        opis=("Konkurs dla wspólnot mieszkaniowych i najemców lokali komunalnych na "
              "zagospodarowanie podwórek w kwartałach między ul. Lwowską, Kopernika i Szkolną. "
              "Miasto zapewnia projekt wykonany z mieszkańcami, materiały i nasadzenia, "
              "wspólnota – prace porządkowe i utrzymanie przez 5 lat."),
        cel="Cel szczegółowy 1",
        realizator="Zakład Gospodarki Lokalowej w Chełmie",
        partnerzy="wspólnoty mieszkaniowe, Chełmskie Towarzystwo Przyjaciół Przyrody",
        okres="zostanie określony po pierwszym naborze",
        koszt="850 tys. zł",
        zrodla="budżet miasta, WFOŚiGW w Lublinie (program „Zielona przestrzeń”)",
        wskaznik="Liczba zagospodarowanych podwórek – 12",
        theme="public_space", secondary=["social_activation"],
    ),
    dict(
        n=4,
        name="Centrum Aktywności Sąsiedzkiej „Dyrekcja” w budynku przy ul. Kolejowej 95",
        opis=("Adaptacja parteru nieużytkowanego budynku po dawnej przychodni kolejowej "
              "(ok. 410 m²) na miejsce spotkań mieszkańców: sala warsztatowa, kawiarenka "
              "sąsiedzka prowadzona przez spółdzielnię socjalną, punkt poradnictwa "
              "obywatelskiego i prawnego, świetlica dla dzieci z klas I–IV czynna do godz. 19.00. "
              "Program zajęć układa rada programowa, w której zasiadają przedstawiciele "
              "mieszkańców osiedla, seniorów i młodzieży; działalność w pierwszych trzech latach "
              "współfinansuje EFS+, a po tym okresie koszty bieżące przejmie MOPR. W projekcie "
              "przewidziano także dostosowanie wejścia i toalet dla osób z niepełnosprawnościami "
              "oraz urządzenie ogródka społecznego na działce od strony torów."),
        cel="Cel szczegółowy 2",
        realizator="Miejski Ośrodek Pomocy Rodzinie w Chełmie (MOPR)",
        partnerzy="Spółdzielnia Socjalna „Przystań”, Parafia pw. Rozesłania Apostołów, "
                  "Szkoła Podstawowa nr 7",
        okres="I kw. 2026 – II kw. 2028",
        koszt="1,6 mln zł (w tym prace budowlane 1,15 mln zł)",
        zrodla="FEL 2021–2027 (EFRR i EFS+), budżet miasta",
        wskaznik="Liczba osób korzystających z oferty Centrum w ciągu roku – 650",
        theme="social_activation", secondary=[],
    ),
    dict(
        n=5,
        name="Sąsiedzki fundusz mikrograntów",
        opis=("Coroczny nabór na inicjatywy mieszkańców do 5 tys. zł każda (pikniki podwórkowe, "
              "warsztaty, drobne naprawy małej architektury) z uproszczonym wnioskiem "
              "i rozliczeniem; operatorem jest organizacja pozarządowa wyłoniona w konkursie."),
        cel="Cel szczegółowy 2",
        realizator="Biuro Organizacji Pozarządowych i Partycypacji UM Chełm",
        partnerzy="Chełmskie Centrum Organizacji Pozarządowych",
        okres="2025–2028 (nabory w marcu każdego roku)",
        koszt="60 tys. zł rocznie",
        zrodla="budżet miasta",
        wskaznik="Liczba zrealizowanych inicjatyw mieszkańców – 40 (łącznie do 2028 r.)",
        theme="social_activation", secondary=[],
    ),
    dict(
        n=6,
        name="Streetworking i klub młodzieżowy na Dyrekcji",
        opis=("Dwóch streetworkerów pracujących popołudniami i wieczorami w rejonie "
              "ul. Kolejowej i dworca, klub dla młodzieży w wieku 13–18 lat w Centrum "
              "Aktywności Sąsiedzkiej, wyjazdy i treningi sportowe we współpracy z klubami."),
        cel="Cel szczegółowy 2",
        realizator="Miejski Ośrodek Pomocy Rodzinie w Chełmie (MOPR)",
        partnerzy="Stowarzyszenie „Otwarte Drzwi”, MOSiR Chełm",
        okres="IV kw. 2025 – IV kw. 2028",
        koszt="do oszacowania",
        zrodla="EFS+ (FEL 2021–2027), Rządowy program „Aktywne podwórko” – wniosek w przygotowaniu",
        wskaznik="Liczba młodzieży objętej stałym wsparciem – 60 osób",
        theme="social_activation", secondary=[],
    ),
    dict(
        n=7,
        name="Inkubator rzemiosła i usług „Warsztaty przy Lwowskiej”",
        opis=("Przebudowa dwóch komunalnych budynków oficynowych przy ul. Lwowskiej 12 na "
              "8 pracowni dla rzemieślników, projektantów i drobnych usług z czynszem "
              "preferencyjnym przez pierwsze 24 miesiące oraz wspólnym punktem sprzedaży "
              "od frontu."),
        cel="Cel szczegółowy 3",
        realizator="Wydział Rozwoju Gospodarczego i Funduszy Zewnętrznych UM Chełm",
        partnerzy="Cech Rzemiosł Różnych w Chełmie, Lubelska Fundacja Rozwoju",
        okres="2026–2028",
        koszt="3,2 mln zł",
        zrodla="FEL 2021–2027, budżet miasta, środki własne najemców (wyposażenie)",
        wskaznik="Liczba nowych lub przeniesionych do obszaru przedsiębiorstw – 8",
        theme="economic_activation", secondary=[],
    ),
    dict(
        n=8,
        name="„Lokal na start” – obniżony czynsz w pustostanach na parterach Śródmieścia",
        opis=("Przetargi na najem 15 pustych lokali użytkowych z czynszem obniżonym o 50% "
              "w pierwszym roku i o 25% w drugim, pod warunkiem prowadzenia działalności "
              "otwartej dla klientów co najmniej 5 dni w tygodniu."),
        cel="Cel szczegółowy 3",
        realizator="Zakład Gospodarki Lokalowej w Chełmie",
        partnerzy="Stowarzyszenie Kupców Śródmieścia",
        okres="od II kw. 2025 do końca 2027 r.",
        koszt="ok. 420 tys. zł (szacowane obniżenie wpływów z czynszów)",
        zrodla="budżet miasta",
        wskaznik="—",
        theme="economic_activation", secondary=[],
    ),
    dict(
        n=9,
        name="Szlak dziedzictwa od Kredowych Podziemi do Góry Chełmskiej",
        opis=("Jednolite oznakowanie trasy pieszej o długości ok. 2,8 km, 14 tablic "
              "z kodami QR, przewodnik w aplikacji mobilnej w trzech językach, "
              "oświetlenie schodów przy ul. Lubelskiej i odnowienie dwóch punktów widokowych."),
        cel="Cel szczegółowy 3",
        realizator="Chełmskie Centrum Kultury i Turystyki",
        partnerzy="—",
        okres="III kw. 2025 – II kw. 2027",
        koszt="690 tys. zł",
        zrodla="FEL 2021–2027, Lubelska Regionalna Organizacja Turystyczna (promocja)",
        wskaznik="Liczba odwiedzających Kredowe Podziemia – wzrost z 41 tys. do 50 tys. rocznie",
        theme="economic_activation", secondary=["public_space"],
    ),
    dict(
        n=10,
        name="Zespół ds. rewitalizacji – koordynacja i monitorowanie MID",
        opis=("Dwa etaty w Wydziale Rozwoju Gospodarczego i Funduszy Zewnętrznych, prowadzenie "
              "posiedzeń Lokalnego Partnerstwa, raporty roczne, badanie ankietowe mieszkańców "
              "w 2025 i 2028 r. oraz aktualizacja strony internetowej programu."),
        cel="wszystkie cele szczegółowe",
        realizator="Zespół ds. Rewitalizacji UM Chełm",
        partnerzy="Lokalne Partnerstwo PIM",
        okres="2025–2028",
        koszt="b.d.",
        zrodla="budżet miasta, pomoc techniczna PIM",
        wskaznik="Liczba raportów monitoringowych przyjętych przez LP – 4",
        theme="other", secondary=[],
    ),
]

SPLIT_CARD = 4  # karta, która ma przełamać się między stronami

NULL_VALUES = {"—", "b.d.", "do oszacowania", "zostanie określony po pierwszym naborze"}


def gold_actions():
    out = []
    for a in ACTIONS:
        def v(x):
            return None if x in NULL_VALUES else x
        vals = dict(responsible=v(a["realizator"]), timeline=v(a["okres"]),
                    cost=v(a["koszt"]), funding=v(a["zrodla"]), indicator=v(a["wskaznik"]))
        out.append(dict(
            title=a["name"], theme=a["theme"], secondary_themes=a["secondary"],
            responsible=vals["responsible"] is not None,
            timeline=vals["timeline"] is not None,
            cost=vals["cost"] is not None,
            indicator=vals["indicator"] is not None,
            type=None, values=vals))
    return out


# ---------------------------------------------------------------- spis treści (cache)
# (poziom, tekst_w_spisie, tekst_nagłówka_w_treści)  – treść różni się dla rozdz. 7
TOC = [
    (1, "1. Streszczenie", None),
    (1, "2. Diagnoza obszaru rewitalizacji", None),
    (2, "2.1. Położenie i funkcje obszaru w strukturze miasta", None),
    (2, "2.2. Sytuacja demograficzna i społeczna", None),
    (2, "2.3. Potencjały obszaru", None),
    (2, "2.4. Przestrzeń publiczna, zieleń i zabudowa", None),
    (2, "2.5. Gospodarka lokalna i rynek pracy", None),
    (2, "2.6. Dotychczasowe działania rewitalizacyjne", None),
    (2, "2.7. Analiza SWOT", None),
    (1, "3. Cel główny i cele szczegółowe", None),
    (1, "4. Działania", None),
    (1, "5. Harmonogram realizacji", None),
    (1, "6. Budżet i źródła finansowania", None),
    (1, "7. Lokalne Partnerstwo i konsultacje społeczne",
     "7. Ludzie, którzy współtworzą zmianę"),
    (1, "8. Monitorowanie i wskaźniki", None),
    (1, "9. Zarządzanie ryzykiem", None),
    (1, "Załącznik nr 1. Raport z konsultacji społecznych", None),
    (1, "Załącznik nr 2. Projekty komplementarne", None),
]


def body_heading(toc_text):
    for lvl, t, body in TOC:
        if t == toc_text:
            return body or t
    return toc_text


# ---------------------------------------------------------------- treść
STRESZCZENIE = [
    ("h1", "1. Streszczenie"),
    ("p", "Miejska Inicjatywa Działania (MID) dla Chełma została przygotowana w ramach "
          "sieci tematycznej „Rewitalizacja” Partnerskiej Inicjatywy Miast. Obejmuje dwa "
          "sąsiadujące ze sobą fragmenty miasta: historyczne Śródmieście z ulicą Lubelską "
          "i placem Łuczkowskiego oraz położone przy stacji kolejowej osiedle Dyrekcja. "
          "Oba obszary zostały wskazane w Gminnym Programie Rewitalizacji Miasta Chełm na lata "
          "2017–2030 jako podobszary o największej koncentracji problemów społecznych, a ich "
          "łączna powierzchnia wynosi 212 ha, co stanowi 6,0% powierzchni miasta."),
    ("p", "Diagnoza pokazała, że w ciągu ostatniej dekady liczba mieszkańców obszaru spadła "
          "o blisko 14%, udział osób w wieku 65+ przekroczył 27%, a co piąty lokal użytkowy "
          "na parterach przy ul. Lubelskiej i Lwowskiej stoi pusty. Jednocześnie Śródmieście "
          "ma atuty, których nie ma żadna inna część miasta: Kredowe Podziemia odwiedzane "
          "rocznie przez ok. 41 tys. osób, zwartą zabudowę z XIX i początku XX w., bliskość "
          "Góry Chełmskiej oraz dobrze zorganizowane środowisko organizacji pozarządowych."),
    ("p", "Celem głównym MID jest przywrócenie Śródmieściu i Dyrekcji roli miejsc, w których "
          "chce się mieszkać, spędzać czas i prowadzić działalność gospodarczą. Cel ten "
          "realizowany będzie przez trzy cele szczegółowe – dotyczące przestrzeni publicznej, "
          "aktywności społecznej oraz lokalnej przedsiębiorczości – i dziesięć działań "
          "opisanych w rozdziale 4 w formie kart. Łączny szacunkowy koszt działań, dla których "
          "koszt udało się już określić, wynosi ok. 14,2 mln zł, z czego 9,6 mln zł "
          "planuje się pozyskać z programu Fundusze Europejskie dla Lubelskiego 2021–2027 "
          "(FEL) w formule ZIT Miejskiego Obszaru Funkcjonalnego Chełma."),
    ("p", "Dokument był przygotowywany od czerwca 2024 r. do marca 2025 r. przez Zespół ds. "
          "Rewitalizacji Urzędu Miasta wspólnie z Lokalnym Partnerstwem, w którym zasiadają "
          "przedstawiciele rad osiedli, organizacji pozarządowych, przedsiębiorców, "
          "jednostek miejskich i Państwowej Akademii Nauk Stosowanych w Chełmie. Projekt "
          "poddano konsultacjom społecznym w dniach 2–23 grudnia 2024 r.; zgłoszono "
          "87 uwag i propozycji, których rozpatrzenie przedstawiono w załączniku nr 1."),
    ("p", "Realizacja MID zaplanowana jest na lata 2025–2028. Za koordynację odpowiada "
          "Zespół ds. Rewitalizacji, który raz w roku przedstawia Lokalnemu Partnerstwu "
          "i Radzie Miasta raport z postępu prac."),
]

DIAGNOZA = [
    ("h1", "2. Diagnoza obszaru rewitalizacji"),
    ("p", "Diagnoza została opracowana na podstawie danych Głównego Urzędu Statystycznego "
          "(Bank Danych Lokalnych), rejestrów prowadzonych przez jednostki miejskie (MOPR, "
          "Powiatowy Urząd Pracy, Zakład Gospodarki Lokalowej, Komenda Miejska Policji), "
          "inwentaryzacji urbanistycznej wykonanej w lipcu i sierpniu 2024 r. oraz badania "
          "ankietowego mieszkańców (n = 412), przeprowadzonego przez studentów PANS w Chełmie"
          "[[fn:Badanie ankietowe „Jak się żyje w Śródmieściu i na Dyrekcji”, wrzesień 2024 r., "
          "dobór kwotowy według płci i wieku, wywiady w gospodarstwach domowych i ankieta "
          "internetowa.]]. Tam, gdzie było to możliwe, dane dla obszaru rewitalizacji "
          "porównano z wartościami dla całego miasta i województwa lubelskiego."),
    ("h2", "2.1. Położenie i funkcje obszaru w strukturze miasta"),
    ("p", "Chełm jest miastem na prawach powiatu położonym we wschodniej części województwa "
          "lubelskiego, ok. 25 km od granicy z Ukrainą i 70 km od Lublina. Miasto pełni funkcję "
          "ośrodka subregionalnego dla ok. 200 tys. mieszkańców powiatu chełmskiego "
          "i gmin ościennych, a od 2022 r. także ważnego punktu tranzytowego i logistycznego "
          "w ruchu do i z Ukrainy (przejście kolejowe Dorohusk–Jagodzin, stacja Chełm jako "
          "miejsce przesiadek w pociągach międzynarodowych)."),
    ("p", "Śródmieście rozciąga się u podnóża Góry Chełmskiej i obejmuje historyczny układ "
          "ulic Lubelskiej, Lwowskiej, Kopernika, Szkolnej i Pocztowej z placem Łuczkowskiego "
          "jako dawnym rynkiem. To tutaj znajdują się Urząd Miasta, Sąd Okręgowy, Muzeum "
          "Ziemi Chełmskiej, większość banków i urzędów, a także zespół bazyliki Narodzenia "
          "Najświętszej Maryi Panny. Osiedle Dyrekcja powstało w okresie międzywojennym jako "
          "zaplecze mieszkaniowe dla pracowników Dyrekcji Okręgowej Kolei Państwowych; "
          "zachowało czytelny układ urbanistyczny, wille i budynki wielorodzinne z lat 20. "
          "i 30. XX w., ale od lat 90. przeżywa wyraźny regres."),
    ("p", "Oba podobszary łączy ciąg ulic Lubelskiej i Kolejowej oraz linia autobusowa nr 2. "
          "Odległość piesza z placu Łuczkowskiego do dworca Chełm wynosi ok. 2,1 km, co "
          "w ankiecie wskazywano jako barierę dla osób starszych i rodzin z małymi dziećmi."),
    ("fig", "Rysunek 1. Granice obszaru rewitalizacji objętego MID (schemat)", "mapa"),
    ("tab", "Tabela 1. Podstawowe informacje o obszarze objętym MID (stan na 31.12.2023 r.)",
     [["Wyszczególnienie", "Śródmieście", "Dyrekcja", "Razem obszar MID", "Chełm ogółem"],
      ["Powierzchnia [ha]", "131", "81", "212", "3 528"],
      ["Liczba mieszkańców", "6 214", "3 626", "9 840", "58 912"],
      ["Udział w ludności miasta [%]", "10,5", "6,2", "16,7", "100,0"],
      ["Gęstość zaludnienia [os./km²]", "4 744", "4 477", "4 642", "1 670"],
      ["Liczba budynków mieszkalnych", "512", "367", "879", "7 904"]],
     [4.6, 2.6, 2.4, 3.0, 2.6]),
    ("h2", "2.2. Sytuacja demograficzna i społeczna"),
    ("p", "Chełm należy do miast, w których ubytek ludności jest najbardziej widoczny "
          "w regionie. W latach 2014–2024 liczba mieszkańców zmniejszyła się z 64 855 "
          "do 58 912, tj. o 9,2%. W obszarze rewitalizacji spadek był jeszcze szybszy – "
          "z 11 420 do 9 840 osób (–13,8%). Przyczyną jest zarówno ujemny przyrost naturalny, "
          "jak i wyprowadzki młodych rodzin na nowe osiedla na obrzeżach miasta (Zachód, "
          "Bieławin) i do gmin podmiejskich."),
    ("fig", "Rysunek 2. Liczba mieszkańców Chełma i obszaru MID w latach 2014–2024 (GUS, ewidencja ludności UM)", "ludnosc"),
    ("p", "Struktura wieku mieszkańców obszaru jest wyraźnie starsza niż w mieście. Osoby "
          "w wieku poprodukcyjnym stanowią 27,4% mieszkańców Śródmieścia i 29,1% mieszkańców "
          "Dyrekcji (Chełm: 25,2%), a wskaźnik obciążenia demograficznego wynosi odpowiednio "
          "71 i 76 osób w wieku nieprodukcyjnym na 100 osób w wieku produkcyjnym. Wiele "
          "starszych osób mieszka samotnie w lokalach bez wind i z ogrzewaniem piecowym."),
    ("tab", "Tabela 2. Wybrane wskaźniki społeczne w obszarze MID na tle miasta (2023 r.)",
     [["Wskaźnik", "Obszar MID", "Chełm", "Źródło"],
      ["Osoby korzystające z pomocy społecznej na 1000 mieszk.", "98,3", "51,7", "MOPR"],
      ["Bezrobotni na 100 os. w wieku produkcyjnym", "8,9", "5,6", "PUP Chełm"],
      ["Udział długotrwale bezrobotnych wśród bezrobotnych [%]", "61,2", "52,4", "PUP Chełm"],
      ["Niebieskie Karty na 1000 mieszk.", "4,1", "2,2", "MOPR"],
      ["Przestępstwa i wykroczenia na 1000 mieszk.", "46,5", "27,8", "KMP Chełm"],
      ["Udział osób 65+ [%]", "27,9", "25,2", "GUS, UM"],
      ["Uczniowie SP z ocenami niedostatecznymi na koniec roku [%]", "6,3", "3,9", "Wydział Oświaty"]],
     [7.6, 2.3, 2.0, 3.0]),
    ("p", "Skala korzystania z pomocy społecznej w obszarze jest niemal dwukrotnie wyższa niż "
          "przeciętnie w mieście. Najczęstsze powody przyznania świadczeń to ubóstwo, długotrwała "
          "choroba, niepełnosprawność i bezradność w sprawach opiekuńczo-wychowawczych. "
          "Na Dyrekcji skupia się ok. 40% rodzin objętych asystą rodzinną w całym mieście."
          "[[fn:Dane MOPR w Chełmie według stanu na 30 czerwca 2024 r., przekazane na potrzeby "
          "opracowania MID pismem z 12 lipca 2024 r.]]"),
    ("p", "Badanie ankietowe potwierdziło, że problemem jest nie tylko sytuacja materialna, "
          "ale także osamotnienie i brak miejsc spotkań. Na pytanie o to, gdzie spędzają wolny "
          "czas poza domem, 38% mieszkańców Dyrekcji odpowiedziało „nigdzie”, a 44% nie "
          "potrafiło wskazać żadnej organizacji ani instytucji działającej na osiedlu. "
          "W Śródmieściu częściej wskazywano na hałas i zachowania osób nietrzeźwych w rejonie "
          "ul. Lwowskiej i Hrubieszowskiej w godzinach wieczornych."),
    ("tab", "Tabela 3. Ocena warunków życia w obszarze – wyniki ankiety (odsetek odpowiedzi „źle” i „bardzo źle”)",
     [["Aspekt", "Śródmieście", "Dyrekcja"],
      ["Stan chodników i ulic", "52%", "67%"],
      ["Ilość i jakość zieleni", "48%", "35%"],
      ["Miejsca spotkań i wypoczynku", "61%", "74%"],
      ["Oferta dla dzieci i młodzieży", "57%", "79%"],
      ["Poczucie bezpieczeństwa wieczorem", "44%", "58%"],
      ["Dostęp do sklepów i usług", "18%", "46%"]],
     [8.0, 3.4, 3.4]),
    ("h2", "2.3. Potencjały obszaru"),
    ("p", "Obszar rewitalizacji nie jest wyłącznie miejscem kumulacji problemów. Podczas "
          "spacerów badawczych i warsztatów uczestnicy wielokrotnie wskazywali zasoby, na "
          "których można budować zmianę. Zebrano je w pięciu grupach:"),
    ("bul", ["dziedzictwo i turystyka – Kredowe Podziemia (41,2 tys. zwiedzających w 2023 r.), "
             "zespół katedralny na Górze Chełmskiej, kamienice przy ul. Lubelskiej, "
             "międzywojenna architektura Dyrekcji wpisana do gminnej ewidencji zabytków;",
             "kapitał społeczny – 64 organizacje pozarządowe zarejestrowane w obszarze, "
             "aktywne rady osiedli, parafie prowadzące świetlice i jadłodajnie;",
             "zasób komunalny – 37 pustych lokali użytkowych i 6 budynków, którymi "
             "dysponuje miasto i które mogą zostać przeznaczone na nowe funkcje;",
             "dostępność – dworzec kolejowy z połączeniami do Lublina i Warszawy, "
             "dworzec autobusowy, drogi krajowe nr 12 i 17 w bezpośrednim sąsiedztwie;",
             "edukacja – Państwowa Akademia Nauk Stosowanych, dwa licea i szkoła muzyczna, "
             "skupiające codziennie w centrum ok. 4 tys. uczniów i studentów."]),
    ("p", "Szczególnie cennym potencjałem jest pozycja Chełma jako „bramy” do Ukrainy. "
          "Ruch podróżnych korzystających z kolei szerokotorowej i przesiadek do pociągów "
          "dalekobieżnych jest wciąż mało wykorzystywany przez lokalne usługi – podróżni "
          "spędzają w mieście średnio 2–3 godziny, ale dworzec nie ma wygodnego połączenia "
          "pieszego ze Śródmieściem ani oferty dla krótkich pobytów."),
    ("box", "Ramka 1. Chełm w liczbach", [
        "58 912 mieszkańców (2024 r.), w tym 9 840 w obszarze MID",
        "41,2 tys. turystów w Kredowych Podziemiach rocznie",
        "37 pustych komunalnych lokali użytkowych w Śródmieściu",
        "64 organizacje pozarządowe w obszarze rewitalizacji",
        "212 ha – powierzchnia obszaru objętego MID",
    ]),
    ("h2", "2.4. Przestrzeń publiczna, zieleń i zabudowa"),
    ("p", "Inwentaryzacja objęła 879 budynków mieszkalnych oraz 46 przestrzeni publicznych "
          "(place, skwery, podwórka ogólnodostępne, ciągi piesze). Ponad połowa budynków "
          "(53%) powstała przed 1945 r., a 31% wymaga remontu elewacji lub dachu. W zasobie "
          "komunalnym w obszarze znajduje się 1 146 lokali mieszkalnych, z czego 27% nie ma "
          "łazienki lub ma wspólne WC na klatce schodowej, a 58% ogrzewanych jest piecami "
          "kaflowymi."),
    ("p", "Plac Łuczkowskiego, mimo centralnego położenia, pełni dziś przede wszystkim funkcję "
          "parkingu: na 6,2 tys. m² powierzchni wyznaczono 46 miejsc postojowych, a zieleń "
          "ogranicza się do kilku donic. W okresie letnim temperatura nawierzchni mierzona "
          "kamerą termowizyjną przekraczała 52°C. Ulica Lubelska, choć formalnie stanowi główny "
          "deptak handlowy, przenosi ruch samochodowy o natężeniu ok. 3 100 pojazdów na dobę "
          "w dni robocze, a chodniki na odcinku przy ul. Pocztowej mają miejscami 1,4 m "
          "szerokości."),
    ("fig", "Rysunek 3. Struktura użytkowania placu Łuczkowskiego – stan istniejący (inwentaryzacja 2024 r.)", "plac"),
    ("p", "Na Dyrekcji problemem są przede wszystkim zaniedbane podwórka i brak "
          "ogólnodostępnych terenów rekreacyjnych – jedyny plac zabaw przy ul. Kolejowej "
          "został zamknięty w 2021 r. ze względu na zły stan urządzeń. Z kolei wiele "
          "przestrzeni między budynkami jest podzielona płotami i garażami blaszanymi, "
          "których status prawny jest nieuregulowany."),
    ("tab", "Tabela 4. Stan przestrzeni publicznych w obszarze MID (inwentaryzacja 2024 r.)",
     [["Kategoria", "Liczba", "w tym w złym stanie", "Uwagi"],
      ["Place i skwery", "9", "5", "brak cienia, nawierzchnie nieprzepuszczalne"],
      ["Podwórka ogólnodostępne", "21", "16", "garaże blaszane, brak oświetlenia"],
      ["Ciągi piesze i schody", "11", "6", "schody przy ul. Lubelskiej bez oświetlenia"],
      ["Place zabaw", "5", "3", "1 zamknięty (Dyrekcja)"]],
     [4.2, 1.8, 3.0, 6.0]),
    ("h2", "2.5. Gospodarka lokalna i rynek pracy"),
    ("p", "W obszarze MID zarejestrowanych jest 1 870 podmiotów gospodarki narodowej, "
          "w większości mikroprzedsiębiorstw handlowych i usługowych. W latach 2019–2023 "
          "liczba podmiotów zmniejszyła się o 6%, podczas gdy w całym mieście wzrosła o 4%. "
          "Spośród 312 lokali użytkowych na parterach wzdłuż ulic Lubelskiej, Lwowskiej "
          "i Kopernika 63 (20%) było w sierpniu 2024 r. nieużytkowanych, w tym 37 w zasobie "
          "komunalnym. Przedsiębiorcy jako główne bariery wskazują konkurencję centrów "
          "handlowych przy ul. Lwowskiej i Rejowieckiej, wysokie koszty adaptacji lokali "
          "zabytkowych i zbyt małą liczbę klientów poza godzinami pracy urzędów."),
    ("tab", "Tabela 5. Lokale użytkowe na parterach w głównych ulicach Śródmieścia (sierpień 2024 r.)",
     [["Ulica", "Liczba lokali", "Nieużytkowane", "w tym komunalne"],
      ["Lubelska", "128", "24", "15"],
      ["Lwowska", "96", "21", "13"],
      ["Kopernika", "51", "11", "6"],
      ["Pocztowa i Szkolna", "37", "7", "3"],
      ["Razem", "312", "63", "37"]],
     [5.0, 3.2, 3.2, 3.2]),
    ("p", "Stopa bezrobocia rejestrowanego w Chełmie wynosiła w grudniu 2023 r. 8,1% i była "
          "wyższa niż średnio w województwie (7,4%). W obszarze rewitalizacji mieszka 22% "
          "wszystkich bezrobotnych z miasta, przy czym niemal dwie trzecie z nich pozostaje bez "
          "pracy dłużej niż 12 miesięcy. Powiatowy Urząd Pracy wskazuje na niedopasowanie "
          "kwalifikacji do potrzeb pracodawców – brakuje m.in. pracowników usług opiekuńczych, "
          "gastronomii i rzemiosła budowlanego."),
    ("h2", "2.6. Dotychczasowe działania rewitalizacyjne"),
    ("p", "Miasto prowadzi działania rewitalizacyjne od 2010 r., najpierw na podstawie "
          "Lokalnego Programu Rewitalizacji, a od 2017 r. – Gminnego Programu Rewitalizacji "
          "przyjętego uchwałą Rady Miasta Chełm"
          "[[fn:Uchwała Rady Miasta Chełm w sprawie przyjęcia Gminnego Programu Rewitalizacji "
          "Miasta Chełm na lata 2017–2030, z późn. zm.; podstawa prawna: ustawa z dnia "
          "9 października 2015 r. o rewitalizacji (Dz. U. z 2024 r. poz. 278).]]. "
          "W perspektywie 2014–2020 zrealizowano w obszarze następujące przedsięwzięcia:"),
    ("tab", "Tabela 6. Przedsięwzięcia rewitalizacyjne zrealizowane w latach 2016–2023",
     [["Przedsięwzięcie", "Realizator", "Lata", "Wartość", "Źródło"],
      ["Przebudowa Parku Miejskiego przy ul. Kolejowej", "UM Chełm", "2017–2019", "3,9 mln zł", "RPO WL 2014–2020"],
      ["Termomodernizacja budynków komunalnych przy ul. Lwowskiej 3 i 5", "ZGL", "2018–2019", "2 140 tys. zł", "RPO WL 2014–2020"],
      ["Adaptacja dawnego kina „Zorza” na Centrum Kultury Młodzieżowej", "Chełmskie Centrum Kultury i Turystyki", "2019–2021", "6,7 mln zł", "RPO WL, budżet miasta"],
      ["Program „Aktywni 60+” – kluby seniora", "MOPR", "2018–2022", "840 tys. zł", "EFS (RPO WL)"],
      ["Oświetlenie LED ulic Śródmieścia", "MZDiM", "2020–2021", "1,2 mln zł", "budżet miasta"]],
     [5.4, 3.3, 2.0, 2.0, 2.6]),
    ("box", "Ramka 2. Czego nauczył nas Lokalny Program Rewitalizacji", [
        "Inwestycja bez gospodarza szybko traci mieszkańców – park przy ul. Kolejowej "
        "jest zadbany, ale pusty po godzinie 17.00.",
        "Ogłoszenia na stronie internetowej nie docierają do seniorów; skuteczniejsze okazały "
        "się plakaty na klatkach schodowych i informacja w parafiach.",
        "Remont elewacji bez remontu podwórka nie zmienia oceny miejsca zamieszkania.",
    ]),
    ("p", "Ocena tych przedsięwzięć, przeprowadzona w 2023 r. na potrzeby aktualizacji GPR, "
          "wskazała, że inwestycje poprawiły stan infrastruktury, ale w niewielkim stopniu "
          "przełożyły się na wzrost aktywności mieszkańców. Park Miejski jest dziś dobrze "
          "utrzymany, jednak brakuje w nim stałej oferty animacyjnej, a Centrum Kultury "
          "Młodzieżowej przyciąga głównie młodzież spoza obszaru. Wnioski te zostały "
          "uwzględnione przy projektowaniu działań MID – każda inwestycja ma mieć "
          "gospodarza i program użytkowania uzgodniony z mieszkańcami."),
    ("h2", "2.7. Analiza SWOT"),
    ("p", "Analizę SWOT opracowano podczas drugiego warsztatu Lokalnego Partnerstwa "
          "(14 października 2024 r.), a następnie uzupełniono o wyniki ankiety."),
    ("tab", "Tabela 7. Analiza SWOT obszaru rewitalizacji",
     [["Mocne strony", "Słabe strony"],
      ["• unikatowe dziedzictwo (Kredowe Podziemia, Góra Chełmska)\n• zwarta, historyczna zabudowa\n"
       "• aktywne organizacje pozarządowe i rady osiedli\n• duży zasób komunalnych lokali",
       "• szybki odpływ ludności i starzenie się mieszkańców\n• wysoki poziom ubóstwa i bezrobocia\n"
       "• zły stan techniczny budynków i podwórek\n• dominacja samochodów w przestrzeni publicznej"],
      ["Szanse", "Zagrożenia"],
      ["• środki FEL 2021–2027 w formule ZIT MOF Chełma\n• rosnący ruch przesiadkowy na kolei\n"
       "• wsparcie merytoryczne sieci PIM\n• współpraca z PANS w Chełmie",
       "• wzrost kosztów robót budowlanych\n• konkurencja centrów handlowych\n"
       "• niska frekwencja w procesach partycypacyjnych\n• niepewna sytuacja geopolityczna w regionie przygranicznym"]],
     [7.5, 7.5]),
]

CELE = [
    ("h1", "3. Cel główny i cele szczegółowe"),
    ("p", "Cel główny MID sformułowano podczas trzeciego warsztatu Lokalnego Partnerstwa "
          "na podstawie wniosków z diagnozy i propozycji mieszkańców:"),
    ("quote", "Cel główny: Śródmieście i Dyrekcja jako bliskie sobie, zadbane i żywe części "
              "Chełma, w których mieszkańcy chętnie spędzają czas, pomagają sobie nawzajem "
              "i znajdują pracę."),
    ("p", "Cel główny zostanie osiągnięty przez realizację trzech celów szczegółowych:"),
    ("p", "Cel szczegółowy 1 – Przyjazne i zielone przestrzenie publiczne. Przekształcenie "
          "najważniejszych placów i ulic Śródmieścia w miejsca dla pieszych, z zielenią "
          "i małą retencją, oraz poprawa stanu podwórek w kwartałach zabudowy."),
    ("p", "Cel szczegółowy 2 – Aktywni i wspierający się mieszkańcy. Stworzenie miejsc "
          "i form wsparcia, które pozwolą mieszkańcom – zwłaszcza seniorom, młodzieży "
          "i rodzinom w trudnej sytuacji – spotykać się, działać wspólnie i korzystać "
          "z pomocy blisko domu."),
    ("p", "Cel szczegółowy 3 – Ożywienie gospodarcze centrum. Zagospodarowanie pustych lokali, "
          "wsparcie rzemiosła i drobnych usług oraz lepsze wykorzystanie potencjału "
          "turystycznego Kredowych Podziemi i Góry Chełmskiej."),
    ("tab", "Tabela 8. Powiązanie celów szczegółowych MID z problemami zdiagnozowanymi w rozdziale 2",
     [["Cel szczegółowy", "Problemy, na które odpowiada", "Główne wskaźniki rezultatu"],
      ["CS 1", "dominacja parkingów, brak zieleni i cienia, złe podwórka", "odsetek ocen „źle” dot. miejsc spotkań ≤ 40%"],
      ["CS 2", "osamotnienie, brak oferty dla młodzieży, ubóstwo", "liczba uczestników działań społecznych"],
      ["CS 3", "pustostany, spadek liczby firm, niskie wykorzystanie turystyki", "liczba zajętych lokali użytkowych"]],
     [2.6, 6.4, 6.0]),
]

DZIALANIA_INTRO = [
    ("h1", "4. Działania"),
    ("p", "Działania MID wybrano spośród 31 propozycji zgłoszonych przez członków Lokalnego "
          "Partnerstwa, jednostki miejskie i mieszkańców. Kryteriami wyboru były: "
          "bezpośredni związek z problemami opisanymi w diagnozie, gotowość realizatora, "
          "możliwość sfinansowania w latach 2025–2028 oraz poparcie uczestników warsztatów. "
          "Propozycje, które nie zostały przyjęte, wraz z uzasadnieniem przedstawiono "
          "w załączniku nr 1."),
    ("tab", "Tabela 9. Wykaz działań MID według celów szczegółowych",
     "WYKAZ", [1.6, 10.4, 3.0]),
    ("p", "Poniżej każde działanie opisano w formie karty. Karty przygotowali realizatorzy "
          "w porozumieniu z Zespołem ds. Rewitalizacji; wartości kosztów są szacunkowe "
          "i zostaną zaktualizowane po wykonaniu dokumentacji projektowej."),
    ("box", "Ramka 3. Dobre praktyki z Lublina", [
        "Lublin od 2019 r. prowadzi program „Zielone podwórka”, w ramach którego wspólnoty "
        "mieszkaniowe i najemcy z dzielnicy Śródmieście mogą otrzymać od miasta projekt "
        "i materiały na urządzenie podwórka w zamian za wykonanie części prac i utrzymanie "
        "terenu. Operatorem programu jest Lubelskie Centrum Zielonej Infrastruktury; "
        "w latach 2019–2023 zagospodarowano 27 podwórek za łącznie ok. 2,1 mln zł.",
        "Drugim przykładem, który zainspirował nasz zespół, jest Centrum Aktywności "
        "Lokalnej przy ul. Wieniawskiej prowadzone przez lokalne stowarzyszenie w budynku "
        "komunalnym. Podczas wizyty studyjnej 7 listopada 2024 r. członkowie Lokalnego "
        "Partnerstwa rozmawiali z animatorami o tym, jak utrzymać ofertę po zakończeniu "
        "finansowania unijnego.",
    ]),
]

HARMONOGRAM_INTRO = [
    ("h1", "5. Harmonogram realizacji"),
    ("p", "Harmonogram uwzględnia terminy naborów w programie FEL 2021–2027 ogłoszone "
          "w harmonogramie Instytucji Zarządzającej na lata 2025–2026 oraz czas potrzebny "
          "na przygotowanie dokumentacji technicznej. Inwestycje infrastrukturalne (karty "
          "nr 1, 2, 4 i 7) poprzedzi etap projektowania z udziałem mieszkańców."),
]

BUDZET_INTRO = [
    ("h1", "6. Budżet i źródła finansowania"),
    ("p", "Zestawienie kosztów obejmuje wartości podane w kartach działań. Dla dwóch "
          "działań koszt nie jest jeszcze znany – zostanie określony po rozstrzygnięciu "
          "naboru w programie EFS+ (karta nr 6) oraz po ustaleniu zakresu obowiązków zespołu "
          "(karta nr 10). Wkład własny miasta zostanie zabezpieczony w Wieloletniej Prognozie "
          "Finansowej Miasta Chełm na lata 2025–2035."),
]

BUDZET_OUTRO = [
    ("p", "Udział środków zewnętrznych w finansowaniu MID wynosi ok. 72%. Największym "
          "ryzykiem budżetowym jest wzrost cen robót budowlanych – w kosztorysach przyjęto "
          "rezerwę na poziomie 10%. W przypadku nieuzyskania dofinansowania z FEL miasto "
          "rozważy etapowanie przebudowy placu Łuczkowskiego."),
]

INTERESARIUSZE = [
    ("h1", body_heading("7. Lokalne Partnerstwo i konsultacje społeczne")),
    ("p", "Ten rozdział opisuje ludzi i instytucje, bez których MID by nie powstała. "
          "Lokalne Partnerstwo (LP) zostało powołane zarządzeniem Prezydenta Miasta Chełm "
          "w maju 2024 r. i liczy 17 osób. Zasiadają w nim przedstawiciele: Rad Osiedli "
          "Śródmieście i Dyrekcja (3 osoby), organizacji pozarządowych (4), przedsiębiorców "
          "i Cechu Rzemiosł Różnych (2), jednostek miejskich – MOPR, ZGL, MZDiM, Chełmskiego "
          "Centrum Kultury i Turystyki (4), PANS w Chełmie (1), Komendy Miejskiej Policji (1) "
          "oraz dwóch radnych miejskich. Koordynatorką LP jest kierowniczka Zespołu ds. "
          "Rewitalizacji."),
    ("p", "Partnerstwo spotykało się regularnie, a część prac toczyła się w małych grupach "
          "roboczych (przestrzeń, społeczność, gospodarka). Poniżej zestawiono spotkania "
          "i warsztaty, które odbyły się w trakcie przygotowania MID."),
    ("tab", "Tabela 13. Spotkania Lokalnego Partnerstwa i wydarzenia konsultacyjne",
     [["Lp.", "Spotkanie / warsztat", "Data", "Liczba uczestników"],
      ["1.", "Spotkanie inaugurujące LP", "5 czerwca 2024 r.", "15"],
      ["2.", "Spacer badawczy po Dyrekcji", "27 czerwca 2024 r.", "22"],
      ["3.", "Warsztat diagnostyczny – problemy i potencjały", "12 września 2024 r.", "18"],
      ["4.", "Warsztat „SWOT i wizja”", "14 października 2024 r.", "16"],
      ["5.", "Wizyta studyjna w Lublinie", "7 listopada 2024 r.", "11"],
      ["6.", "Warsztat wyboru działań", "21 listopada 2024 r.", "19"],
      ["7.", "Otwarte spotkanie konsultacyjne w Muzeum Ziemi Chełmskiej", "10 grudnia 2024 r.", "64"],
      ["8.", "Punkt konsultacyjny na Dyrekcji (SP nr 7)", "14 grudnia 2024 r.", "37"],
      ["9.", "Spotkanie podsumowujące i przyjęcie MID", "14 marca 2025 r.", "17"]],
     [1.2, 8.2, 3.4, 2.4]),
    ("p", "Konsultacje społeczne projektu MID przeprowadzono w dniach 2–23 grudnia 2024 r. "
          "na podstawie uchwały Rady Miasta w sprawie zasad i trybu przeprowadzania konsultacji "
          "społecznych. Formy konsultacji obejmowały formularz elektroniczny na platformie "
          "konsultacyjnej miasta, formularz papierowy dostępny w Biurze Obsługi Mieszkańców "
          "i w Centrum Aktywności Lokalnej, otwarte spotkanie oraz punkt konsultacyjny na "
          "Dyrekcji. Szczególną uwagę zwrócono na dotarcie do osób starszych: ulotki "
          "rozniosły do skrzynek pocztowych wolontariuszki z klubów seniora, a w punkcie "
          "konsultacyjnym dyżurował pracownik MOPR."),
    ("p", "Łącznie zgłoszono 87 uwag i propozycji od 59 osób i 6 organizacji. Najwięcej "
          "dotyczyło placu Łuczkowskiego (22) oraz oferty dla młodzieży (14). W wyniku "
          "konsultacji zmieniono m.in. zakres karty nr 1 (dodano zadaszoną scenę i poidełka) "
          "oraz kartę nr 2 (dodano miejsca dostaw dla sklepów). Pełny raport zawiera "
          "załącznik nr 1."),
    ("box", "Ramka 4. Co mówili mieszkańcy", [
        "„Na placu nie ma gdzie usiąść, a latem nie da się przejść przez ten rozgrzany beton.” "
        "– mieszkanka ul. Lubelskiej, 67 lat",
        "„Na Dyrekcji dzieciaki nie mają dokąd pójść po szkole, siedzą na przystanku.” "
        "– uczestnik spaceru badawczego",
    ]),
    ("p", "Po przyjęciu MID Lokalne Partnerstwo pozostanie ciałem opiniodawczym: będzie "
          "spotykać się co najmniej dwa razy w roku, opiniować projekty techniczne inwestycji "
          "i przyjmować roczne raporty z realizacji."),
]

WSKAZNIKI = [
    ("h1", "8. Monitorowanie i wskaźniki"),
    ("p", "Monitorowanie realizacji MID prowadzi Zespół ds. Rewitalizacji. Dane o postępie "
          "rzeczowym i finansowym realizatorzy przekazują do 31 stycznia każdego roku za rok "
          "poprzedni. Na ich podstawie Zespół przygotowuje raport roczny, który po "
          "zaopiniowaniu przez Lokalne Partnerstwo jest przedstawiany Radzie Miasta "
          "i publikowany w Biuletynie Informacji Publicznej. W 2028 r. zostanie powtórzone "
          "badanie ankietowe mieszkańców, co pozwoli ocenić zmianę wskaźników rezultatu "
          "opartych na opiniach mieszkańców."),
    ("tab", "Tabela 14. Wskaźniki rezultatu MID",
     [["Wskaźnik", "Wartość bazowa (2024)", "Wartość docelowa (2028)", "Źródło danych"],
      ["Odsetek mieszkańców oceniających źle miejsca spotkań i wypoczynku", "61% / 74%", "40% / 50%", "badanie ankietowe"],
      ["Liczba nieużytkowanych lokali na parterach głównych ulic", "63", "40", "inwentaryzacja ZGL"],
      ["Liczba osób korzystających z pomocy społecznej na 1000 mieszk.", "98,3", "85,0", "MOPR"],
      ["Liczba zwiedzających Kredowe Podziemia rocznie", "41,2 tys.", "50 tys.", "CCKiT"],
      ["Liczba organizacji i grup nieformalnych realizujących inicjatywy w obszarze", "11", "25", "Biuro Organizacji Pozarządowych"]],
     [6.4, 2.8, 2.8, 3.0]),
    ("p", "Wskaźniki produktu przypisane do poszczególnych działań podano w kartach działań "
          "(rozdział 4). W przypadku znacznych odchyleń od planu (opóźnienie powyżej 6 miesięcy "
          "lub wzrost kosztów o więcej niż 20%) Zespół przedstawia Lokalnemu Partnerstwu "
          "propozycję działań naprawczych."),
]

RYZYKA = [
    ("h1", "9. Zarządzanie ryzykiem"),
    ("p", "Ryzyka zidentyfikowano podczas warsztatu wyboru działań i oceniono w skali "
          "trzystopniowej (niskie, średnie, wysokie). Za ich monitorowanie odpowiada Zespół "
          "ds. Rewitalizacji, a ocena ryzyk jest aktualizowana w raporcie rocznym."),
    ("tab", "Tabela 15. Rejestr ryzyk MID",
     [["Ryzyko", "Prawdopodobieństwo", "Wpływ", "Sposób ograniczenia"],
      ["Nieuzyskanie dofinansowania z FEL 2021–2027 dla inwestycji", "średnie", "wysoki",
       "wczesne przygotowanie dokumentacji, etapowanie inwestycji, poszukiwanie środków krajowych"],
      ["Wzrost kosztów robót budowlanych powyżej rezerwy", "wysokie", "średni",
       "rezerwa 10% w kosztorysach, podział zamówień na części"],
      ["Sprzeciw części mieszkańców i kierowców wobec likwidacji miejsc parkingowych", "wysokie", "średni",
       "konsultacje projektu, parking zastępczy przy ul. Pocztowej, okres pilotażowy"],
      ["Brak operatora Centrum Aktywności Sąsiedzkiej po okresie finansowania", "średnie", "wysoki",
       "przejęcie kosztów bieżących przez MOPR, współpraca ze spółdzielnią socjalną"],
      ["Niewielkie zainteresowanie przedsiębiorców lokalami", "średnie", "średni",
       "promocja, elastyczne warunki najmu, doradztwo Lubelskiej Fundacji Rozwoju"],
      ["Zmiany kadrowe w Zespole ds. Rewitalizacji", "niskie", "średni",
       "dokumentowanie procedur, zastępstwa w Wydziale Rozwoju"]],
     [5.0, 2.6, 1.6, 5.8]),
    ("p", "Poza ryzykami wymienionymi w tabeli Lokalne Partnerstwo zwróciło uwagę na "
          "możliwe skutki gentryfikacji – wzrost czynszów w lokalach prywatnych po "
          "przebudowie placu. Z uwagi na niski poziom cen nieruchomości w Chełmie ryzyko "
          "to oceniono jako niskie, ale będzie ono obserwowane w badaniu ankietowym."),
]

ZALACZNIK1 = [
    ("h1", "Załącznik nr 1. Raport z konsultacji społecznych"),
    ("p", "Niniejszy załącznik przedstawia zestawienie propozycji zgłoszonych przez "
          "mieszkańców w trakcie konsultacji społecznych projektu MID (2–23 grudnia 2024 r.) "
          "oraz sposób ich rozpatrzenia. Uwagi o charakterze redakcyjnym pominięto."),
    ("h2", "Propozycje mieszkańców uwzględnione w całości lub w części"),
    ("num", ["Zadaszona scena na placu Łuczkowskiego do koncertów i imprez osiedlowych – "
             "uwzględniono w karcie nr 1.",
             "Poidełka i kurtyna wodna na placu – uwzględniono w karcie nr 1.",
             "Miejsca dostaw dla sklepów przy ul. Lubelskiej w godzinach porannych – "
             "uwzględniono w karcie nr 2.",
             "Świetlica dla dzieci czynna do wieczora na Dyrekcji – uwzględniono w karcie nr 4.",
             "Uproszczony wniosek o mikrogrant, także w wersji papierowej – uwzględniono "
             "w karcie nr 5.",
             "Oświetlenie schodów prowadzących na Górę Chełmską – uwzględniono w karcie nr 9."]),
    ("h2", "Propozycje mieszkańców przekazane do innych programów"),
    ("num", ["Remont nawierzchni ul. Hrubieszowskiej – przekazano do Wieloletniego Planu "
             "Inwestycyjnego MZDiM.",
             "Budowa toalety publicznej przy dworcu PKP – przekazano do PKP S.A. i Wydziału "
             "Gospodarki Komunalnej.",
             "Dodatkowe kursy linii nr 2 w soboty – przekazano do MPK w Chełmie."]),
    ("h2", "Propozycje nieuwzględnione"),
    ("tab", "Tabela Z1. Propozycje odrzucone wraz z uzasadnieniem",
     [["Lp.", "Propozycja", "Zgłaszający", "Uzasadnienie"],
      ["1.", "Budowa parkingu wielopoziomowego pod placem Łuczkowskiego", "mieszkaniec Śródmieścia",
       "koszt (szacunkowo ponad 25 mln zł) przekracza możliwości MID; warunki gruntowe (skała kredowa, podziemia)"],
      ["2.", "Całkowite zamknięcie ul. Lubelskiej dla ruchu samochodowego", "Stowarzyszenie „Chełm dla rowerów”",
       "konieczność zapewnienia dojazdu mieszkańców i dostaw; rozwiązanie do ponownej oceny po 2 latach funkcjonowania strefy zamieszkania"],
      ["3.", "Monitoring wizyjny na wszystkich podwórkach Dyrekcji", "Rada Osiedla Dyrekcja",
       "koszt utrzymania i wątpliwości prawne (tereny prywatne); zwiększenie liczby patroli zostanie uzgodnione z KMP"],
      ["4.", "Aquapark w dawnej hali targowej", "mieszkanka Dyrekcji",
       "poza obszarem MID i celami programu; miasto posiada pływalnię MOSiR"],
      ["5.", "Dopłaty do czynszów w mieszkaniach prywatnych", "anonimowo",
       "brak podstawy prawnej; wsparcie możliwe w formie dodatku mieszkaniowego (MOPR)"]],
     [1.0, 5.0, 3.4, 5.6]),
    ("p", "Wszystkie uwagi wraz z odpowiedziami zostały opublikowane na platformie "
          "konsultacyjnej miasta 20 stycznia 2025 r."),
]

ZALACZNIK2 = [
    ("h1", "Załącznik nr 2. Projekty komplementarne"),
    ("p", "Poniższe projekty nie są działaniami MID i nie są finansowane w jej ramach. "
          "Są realizowane lub planowane przez inne podmioty w obszarze rewitalizacji lub "
          "w jego bezpośrednim sąsiedztwie i wzmacniają efekty MID. Zespół ds. Rewitalizacji "
          "koordynuje harmonogramy tak, aby uniknąć kolizji robót."),
    ("tab", "Tabela Z2. Projekty komplementarne do MID",
     [["Projekt", "Podmiot realizujący", "Okres", "Wartość", "Źródło finansowania"],
      ["Przebudowa dworca kolejowego Chełm wraz z przejściem podziemnym", "PKP S.A.", "2024–2026", "ok. 48 mln zł", "KPO, środki własne PKP"],
      ["Termomodernizacja Szkoły Podstawowej nr 7 przy ul. Kolejowej", "UM Chełm – Wydział Oświaty", "2025–2026", "3,4 mln zł", "FEnIKS"],
      ["Zakup 10 autobusów elektrycznych", "MPK Sp. z o.o. w Chełmie", "2025–2027", "32 mln zł", "FEnIKS, NFOŚiGW"],
      ["Remont elewacji kamienic przy ul. Lubelskiej 32–40", "wspólnoty mieszkaniowe", "2025–2027", "b.d.", "program „Ciepłe Mieszkanie”, środki wspólnot"],
      ["Program „Senior+” – dzienny dom seniora przy ul. Szkolnej", "MOPR", "2025", "600 tys. zł", "program rządowy Senior+"]],
     [5.2, 3.4, 2.0, 2.2, 3.0]),
]
