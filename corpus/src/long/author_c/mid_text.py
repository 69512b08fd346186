# -*- coding: utf-8 -*-
"""Data of the Inowrocław MID (author_c). Written by hand; people and figures invented."""

# quarters of the Gantt chart: index 0 = II kw. 2025 ... 10 = IV kw. 2027
QUARTERS = [('2025', 'II'), ('2025', 'III'), ('2025', 'IV'),
            ('2026', 'I'), ('2026', 'II'), ('2026', 'III'), ('2026', 'IV'),
            ('2027', 'I'), ('2027', 'II'), ('2027', 'III'), ('2027', 'IV')]

GROUPS = [
    ('4.1.', 'Transport zbiorowy'),
    ('4.2.', 'Bezpieczeństwo pieszych i uspokojenie ruchu'),
    ('4.3.', 'Ruch rowerowy'),
    ('4.4.', 'Informacja, edukacja i zarządzanie realizacją MID'),
]

ACTIONS = [
    dict(group=0, goal=1, theme='public_transport', sec=[],
         title='Zintegrowany węzeł przesiadkowy przy dworcu kolejowym Inowrocław',
         text='przebudowa placu przed dworcem i pętli autobusowej przy ul. Dworcowej tak, aby '
              'przesiadka między pociągiem, autobusem miejskim i regionalnym oraz rowerem odbywała się '
              'w jednym miejscu, bez przechodzenia przez jezdnię. Zakres obejmuje cztery stanowiska dla '
              'autobusów miejskich i dwa dla przewoźników regionalnych, wiatę z poczekalnią, parking '
              'P&R oraz zadaszony parking rowerowy. Projekt budowlany uzyskał pozwolenie w 2024 r.',
         fields=[('Realizator', 'Wydział Inwestycji i Remontów UM Inowrocławia'),
                 ('Termin', 'II kw. 2025 – IV kw. 2026'),
                 ('Koszt', '6,8 mln zł'),
                 ('Finansowanie', 'FEdKP 2021–2027 (85%), budżet miasta (15%)'),
                 ('Wskaźnik', '1 węzeł przesiadkowy; 60 miejsc P&R i 80 miejsc B&R')],
         gantt=(0, 6)),
    dict(group=0, goal=1, theme='public_transport', sec=['low_emission'],
         title='Zakup 8 autobusów elektrycznych wraz z ładowarkami dla MPK',
         text='wymiana najstarszych autobusów z silnikami Euro III i Euro IV (średni wiek 17 lat) na '
              'pojazdy elektryczne o długości 12 m. Ładowarki plug-in zostaną zainstalowane w zajezdni '
              'przy ul. Marcinkowskiego, a jedna ładowarka pantografowa – na pętli Rąbin. MPK przygotuje '
              'wniosek do naboru NFOŚiGW w 2025 r.',
         fields=[('Realizator', 'MPK Sp. z o.o. w Inowrocławiu'),
                 ('Termin', '2026–2027'),
                 ('Koszt', '28,4 mln zł'),
                 ('Finansowanie', 'program „Zielony Transport Publiczny” (NFOŚiGW), środki własne MPK'),
                 ('Wskaźnik', '8 autobusów zeroemisyjnych; redukcja emisji CO2 o ok. 520 t/rok')],
         gantt=(3, 10)),
    dict(group=0, goal=1, theme='public_transport', sec=[],
         title='Nowa siatka połączeń komunikacji miejskiej z taktem 15-minutowym na liniach głównych',
         text='reorganizacja układu linii na podstawie wyników badania napełnień z 2024 r. Linie 1, 3 i 7, '
              'łączące Rąbin, Śródmieście i Mątwy, będą kursować w dni robocze co 15 minut w godzinach '
              '6:00–18:00, a linie o małym napełnieniu zostaną połączone. Zmiana wymaga aneksu do umowy '
              'z operatorem i uchwały w sprawie przystanków.',
         fields=[('Realizator', 'MPK Sp. z o.o. w Inowrocławiu we współpracy z Wydziałem Gospodarki Komunalnej UM'),
                 ('Termin', 'od 1 września 2025 r.'),
                 ('Koszt', 'ok. 1,1 mln zł rocznie'),
                 ('Finansowanie', 'budżet miasta (rekompensata dla operatora)'),
                 ('Wskaźnik', 'wzrost liczby pasażerów o 8% do 2027 r.')],
         gantt=(2, 10)),
    dict(group=1, goal=2, theme='walking_traffic_calming', sec=[],
         title='Strefa Tempo 30 na Rąbinie',
         text='wprowadzenie strefy ograniczonej prędkości na wszystkich ulicach osiedlowych Rąbinia, z '
              'wyjątkiem ul. Wojska Polskiego i ul. Dworcowej. Poza oznakowaniem przewidziano 14 progów '
              'wyspowych, trzy wyniesione skrzyżowania oraz zawężenia jezdni przy Szkole Podstawowej '
              'nr 11 i przedszkolach. Strefa była najczęściej wskazywaną potrzebą w ankiecie mieszkańców.',
         fields=[('Realizator', 'Wydział Drogownictwa i Transportu UM Inowrocławia'),
                 ('Termin', 'III kw. 2025 – II kw. 2026'),
                 ('Koszt', '1,35 mln zł'),
                 ('Finansowanie', 'budżet miasta; wniosek do Rządowego Funduszu Rozwoju Dróg'),
                 ('Wskaźnik', 'spadek liczby zdarzeń drogowych na Rąbinie o 30% w ciągu 2 lat')],
         gantt=(1, 4)),
    dict(group=1, goal=2, theme='walking_traffic_calming', sec=[],
         title='Bezpieczne dojścia do szkół – przebudowa 12 przejść dla pieszych',
         text='doświetlenie, wyniesienie lub wyposażenie w azyle dwunastu przejść położonych w promieniu '
              '300 m od szkół podstawowych, wskazanych w audycie bezpieczeństwa z 2024 r. Lista przejść '
              'znajduje się w audycie; kolejność realizacji zostanie ustalona z dyrektorami szkół.',
         fields=[('Realizator', 'Wydział Drogownictwa i Transportu UM Inowrocławia'),
                 ('Termin', '2025–2027'),
                 ('Koszt', 'do oszacowania'),
                 ('Finansowanie', 'Rządowy Program Budowy lub Modernizacji Przejść dla Pieszych (wniosek), budżet miasta'),
                 ('Wskaźnik', '12 przebudowanych przejść dla pieszych')],
         gantt=(0, 10)),
    dict(group=1, goal=2, theme='walking_traffic_calming', sec=['public_space'],
         title='Uspokojenie ruchu i nowa organizacja parkowania w Śródmieściu',
         text='opracowanie i wdrożenie nowej organizacji ruchu w obrębie ulic Królówka, Solankowa, '
              'Kilińskiego i Rynek, z ograniczeniem parkowania przy krawężniku na rzecz poszerzonych '
              'chodników, zieleni i ogródków gastronomicznych. Zakres i etapowanie będą przedmiotem '
              'osobnych konsultacji z przedsiębiorcami Śródmieścia.',
         fields=[('Realizator', 'Wydział Drogownictwa i Transportu UM Inowrocławia'),
                 ('Termin', 'b.d.'),
                 ('Koszt', 'do oszacowania'),
                 ('Finansowanie', 'b.d.'),
                 ('Wskaźnik', 'odzyskanie min. 2 000 m² przestrzeni dla pieszych')],
         gantt=None),
    dict(group=2, goal=3, theme='cycling', sec=[],
         title='Trasa rowerowa Śródmieście – Solanki – Szymborze',
         text='budowa drogi dla rowerów wzdłuż ul. Solankowej i ul. Szymborskiej, łączącej centrum z '
              'parkiem uzdrowiskowym i osiedlem Szymborze, wraz z przejazdami przez ul. Staszica i '
              'ul. Wojska Polskiego. Trasa domknie lukę między istniejącymi odcinkami przy ul. Poznańskiej '
              'i w Parku Solankowym.',
         fields=[('Realizator', 'Wydział Inwestycji i Remontów UM Inowrocławia'),
                 ('Termin', 'I kw. 2026 – III kw. 2027'),
                 ('Koszt', '4,2 mln zł'),
                 ('Finansowanie', 'FEdKP 2021–2027, budżet miasta'),
                 ('Wskaźnik', '5,6 km nowych dróg dla rowerów')],
         gantt=(3, 9)),
    dict(group=2, goal=3, theme='cycling', sec=[],
         title='Parkingi rowerowe przy szkołach, urzędach i dworcu',
         text='montaż stojaków typu „U” i dwóch zadaszonych wiat rowerowych przy szkołach '
              'ponadpodstawowych, Urzędzie Miasta, Starostwie Powiatowym, Miejskiej Bibliotece Publicznej '
              'i przy dworcu (do czasu budowy węzła).',
         fields=[('Realizator', 'Wydział Gospodarki Komunalnej UM Inowrocławia'),
                 ('Termin', 'do końca 2025 r.'),
                 ('Koszt', '180 tys. zł'),
                 ('Finansowanie', 'budżet miasta'),
                 ('Wskaźnik', '350 nowych miejsc postojowych dla rowerów')],
         gantt=(0, 2)),
    dict(group=3, goal=1, theme='public_transport', sec=[],
         title='Dynamiczna informacja pasażerska na 40 przystankach',
         text='instalacja tablic wyświetlających rzeczywiste czasy odjazdów na najbardziej obciążonych '
              'przystankach oraz udostępnienie danych w formacie GTFS-Realtime dla aplikacji '
              'rozkładowych. System wykorzysta lokalizatory GPS zamontowane w autobusach w 2023 r.',
         fields=[('Realizator', 'MPK Sp. z o.o. w Inowrocławiu'),
                 ('Termin', '2026 r.'),
                 ('Koszt', '2,1 mln zł'),
                 ('Finansowanie', 'b.d.'),
                 ('Wskaźnik', '40 tablic dynamicznej informacji pasażerskiej')],
         gantt=(3, 6)),
    dict(group=3, goal=3, theme='eco_awareness', sec=[],
         title='Kampania „Inowrocław na co dzień bez auta”',
         text='coroczna kampania informacyjna połączona z Europejskim Tygodniem Zrównoważonego '
              'Transportu: dzień bezpłatnej komunikacji, rowerowy przejazd do szkół, konkurs dla zakładów '
              'pracy na największy udział pracowników dojeżdżających bez samochodu.',
         fields=[('Realizator', 'Wydział Promocji i Komunikacji Społecznej UM Inowrocławia'),
                 ('Termin', 'corocznie we wrześniu, 2025–2027'),
                 ('Koszt', '45 tys. zł rocznie'),
                 ('Finansowanie', 'budżet miasta'),
                 ('Wskaźnik', 'b.d.')],
         gantt=[1, 5, 9]),
    dict(group=3, goal=None, theme='other', sec=[],
         title='Koordynator ds. mobilności i monitoring MID',
         text='wyznaczenie w strukturze Urzędu osoby odpowiedzialnej za koordynację działań MID, '
              'współpracę z Lokalnym Partnerstwem i przygotowanie corocznego raportu z monitoringu. '
              'Koordynator będzie prowadził bazę wskaźników opisaną w rozdziale 7.',
         fields=[('Realizator', 'Biuro Prezydenta Miasta – pełnomocnik ds. mobilności'),
                 ('Termin', 'od II kw. 2025 r. do końca 2027 r.'),
                 ('Koszt', 'b.d.'),
                 ('Finansowanie', 'budżet miasta'),
                 ('Wskaźnik', 'coroczny raport z monitoringu MID')],
         gantt=(0, 10)),
]

GOALS = [
    ('Cel szczegółowy 1 – Atrakcyjny, punktualny i niskoemisyjny transport zbiorowy',
     'Komunikacja miejska ma stać się realną alternatywą dla samochodu w codziennych dojazdach do pracy '
     'i szkoły. Oznacza to wyższą częstotliwość na liniach głównych, wygodne przesiadki na kolej oraz '
     'wymianę najstarszego taboru. Cel odpowiada na spadek liczby pasażerów MPK o 23% w latach 2015–2023.'),
    ('Cel szczegółowy 2 – Bezpieczne ulice i przestrzeń przyjazna pieszym',
     'Celem jest ograniczenie liczby wypadków z udziałem pieszych i rowerzystów, zwłaszcza w otoczeniu '
     'szkół i na osiedlach mieszkaniowych, oraz odzyskanie części przestrzeni ulic Śródmieścia dla '
     'mieszkańców i kuracjuszy.'),
    ('Cel szczegółowy 3 – Spójna sieć rowerowa i zmiana nawyków komunikacyjnych',
     'Inowrocław jest miastem płaskim i zwartym – większość podróży nie przekracza 4 km. Cel zakłada '
     'domknięcie najważniejszych luk w sieci dróg dla rowerów, poprawę warunków parkowania rowerów i '
     'działania zachęcające mieszkańców do zmiany przyzwyczajeń.'),
]

POPULATION = [('2010', '76 497'), ('2015', '74 542'), ('2019', '72 561'), ('2021', '71 208'),
              ('2023', '69 873')]

MPK = [
    # rok, linie, autobusy, średni wiek, wozokm (tys.), pasażerowie (mln)
    ('2015', '15', '52', '11,4', '2 480', '6,91'),
    ('2019', '15', '50', '12,8', '2 455', '6,32'),
    ('2020', '14', '50', '13,6', '2 210', '4,27'),
    ('2021', '14', '49', '14,1', '2 305', '4,68'),
    ('2022', '14', '48', '14,9', '2 330', '5,12'),
    ('2023', '14', '48', '15,6', '2 341', '5,33'),
]

ACCIDENTS = [
    # rok, wypadki, zabici, ranni, kolizje, w tym z udziałem pieszych (wypadki)
    ('2019', '41', '3', '48', '612', '17'),
    ('2020', '33', '2', '37', '498', '12'),
    ('2021', '38', '4', '44', '541', '15'),
    ('2022', '36', '1', '42', '587', '14'),
    ('2023', '39', '2', '46', '603', '16'),
]

MODAL = [('samochód (kierowca i pasażer)', '51,3'), ('pieszo', '24,6'), ('komunikacja miejska', '13,2'),
         ('rower', '7,4'), ('kolej i autobus regionalny', '2,1'), ('inne (hulajnoga, taxi)', '1,4')]

PAST = [
    ('Przebudowa ul. Poznańskiej wraz z drogą dla rowerów (1,9 km)', '2018–2019', '11,2 mln zł',
     'RPO WK-P 2014–2020'),
    ('Zakup 10 autobusów hybrydowych dla MPK', '2019–2020', '13,6 mln zł', 'RPO WK-P 2014–2020, środki MPK'),
    ('Inowrocławski Rower Miejski (12 stacji, 120 rowerów)', '2019–2022', '1,1 mln zł/rok', 'budżet miasta'),
    ('System monitoringu położenia autobusów (GPS)', '2023', '0,4 mln zł', 'środki MPK'),
    ('Modernizacja oświetlenia przejść dla pieszych (22 przejścia)', '2022–2023', '1,6 mln zł',
     'Rządowy Program Budowy lub Modernizacji Przejść dla Pieszych'),
]

COMPLEMENTARY = [
    ('Przebudowa drogi krajowej nr 15 w ciągu ul. Toruńskiej', 'GDDKiA Oddział w Bydgoszczy', '2025–2026'),
    ('Modernizacja linii kolejowej nr 353 Inowrocław – Toruń', 'PKP Polskie Linie Kolejowe S.A.', '2026–2029'),
    ('Termomodernizacja budynków szkół podstawowych nr 4 i 9', 'Gmina Miasto Inowrocław (program FEnIKS)',
     '2025–2026'),
]

MEETINGS = [
    'Spotkanie inaugurujące Lokalnego Partnerstwa – 14 marca 2024 r.',
    'Warsztat diagnostyczny „Jak się poruszamy po Inowrocławiu” – 18 kwietnia 2024 r.',
    'Spacer badawczy po Rąbinie z Radą Osiedla – 23 maja 2024 r.',
    'Warsztat z przewoźnikiem i dyrektorami szkół – 12 czerwca 2024 r.',
    'Warsztat „Cele i kierunki działań” – 26 września 2024 r.',
    'Spotkanie robocze w sprawie harmonogramu – 21 listopada 2024 r.',
    'Posiedzenie przyjmujące projekt MID do konsultacji – 6 lutego 2025 r.',
]

PARTNERS = [
    'Urząd Miasta Inowrocławia (Wydział Drogownictwa i Transportu, Wydział Inwestycji i Remontów, '
    'Wydział Gospodarki Komunalnej, Wydział Promocji i Komunikacji Społecznej)',
    'MPK Sp. z o.o. w Inowrocławiu',
    'Komenda Powiatowa Policji w Inowrocławiu – Wydział Ruchu Drogowego',
    'Starostwo Powiatowe w Inowrocławiu',
    'Uzdrowisko Inowrocław S.A.',
    'Stowarzyszenie Rowerowe „Kujawy na Dwóch Kółkach”',
    'Rada Osiedla Rąbin i Rada Osiedla Mątwy',
    'Inowrocławska Rada Seniorów oraz Młodzieżowa Rada Miasta',
    'Kujawska Izba Gospodarcza (przedstawiciele przedsiębiorców Śródmieścia)',
]

PROPOSALS = [
    ('Strefa ograniczonej prędkości na Rąbinie', '214', 'uwzględniona – działanie 4'),
    ('Częstsze kursy autobusów w godzinach szczytu', '187', 'uwzględniona – działanie 3'),
    ('Ścieżka rowerowa do Solanek', '142', 'uwzględniona – działanie 7'),
    ('Bezpłatna komunikacja miejska dla wszystkich mieszkańców', '131',
     'nieuwzględniona – koszt ok. 9 mln zł rocznie przekracza możliwości budżetu'),
    ('Budowa parkingu wielopoziomowego w centrum', '76',
     'nieuwzględniona – sprzeczna z celem ograniczania ruchu samochodowego w Śródmieściu'),
    ('Przywrócenie połączenia autobusowego do Łojewa i Olszewic', '58',
     'nieuwzględniona – teren gminy wiejskiej; przekazano do Gminy Inowrocław'),
    ('Całodobowe oświetlenie Parku Solankowego', '44', 'przekazana do Wydziału Gospodarki Komunalnej'),
    ('Wypożyczalnia hulajnóg elektrycznych', '39', 'nieuwzględniona – do ponownej analizy w 2027 r.'),
]

INDICATORS = [
    ('Cel szczegółowy 1', 'Liczba pasażerów MPK [mln/rok]', '5,33 (2023)', '5,75 (2027)', 'MPK – sprawozdanie roczne'),
    ('Cel szczegółowy 1', 'Udział autobusów zeroemisyjnych we flocie MPK [%]', '0', '17', 'MPK'),
    ('Cel szczegółowy 1', 'Średnia częstotliwość na liniach głównych w szczycie [min]', '20', '15', 'rozkład jazdy'),
    ('Cel szczegółowy 2', 'Liczba wypadków z udziałem pieszych [rocznie]', '16 (2023)', '11 (2027)', 'KPP Inowrocław'),
    ('Cel szczegółowy 2', 'Długość ulic w strefach Tempo 30 [km]', '6,4', '21,0', 'Wydział Drogownictwa i Transportu'),
    ('Cel szczegółowy 3', 'Długość dróg dla rowerów [km]', '31,8', '37,4', 'Wydział Inwestycji i Remontów'),
    ('Cel szczegółowy 3', 'Udział podróży rowerem [%]', '7,4', '9,0', 'badanie ankietowe (2027)'),
]

RISKS = [
    ('Brak dofinansowania zewnętrznego dla działań inwestycyjnych (1, 2, 7)', 'średnie', 'wysoki',
     'przygotowanie dokumentacji z wyprzedzeniem; etapowanie; rezerwa w WPF'),
    ('Wzrost cen robót budowlanych powyżej kosztorysów', 'wysokie', 'średni',
     'aktualizacja kosztorysów przed przetargiem; klauzule waloryzacyjne'),
    ('Sprzeciw części mieszkańców i przedsiębiorców wobec ograniczenia parkowania', 'wysokie', 'średni',
     'konsultacje z przedsiębiorcami; etapowe wprowadzanie zmian; pilotaż'),
    ('Opóźnienie dostaw autobusów elektrycznych', 'średnie', 'średni',
     'kary umowne; utrzymanie rezerwy taborowej do czasu dostawy'),
    ('Niewystarczające zasoby kadrowe Urzędu', 'średnie', 'wysoki',
     'wyznaczenie koordynatora (działanie 11); wsparcie eksperckie programu PIM'),
]

ABBREV = [
    ('B&R / P&R', 'parking „parkuj i jedź” dla rowerów / samochodów'),
    ('FEdKP', 'program Fundusze Europejskie dla Kujaw i Pomorza 2021–2027'),
    ('FEnIKS', 'program Fundusze Europejskie na Infrastrukturę, Klimat, Środowisko 2021–2027'),
    ('GDDKiA', 'Generalna Dyrekcja Dróg Krajowych i Autostrad'),
    ('KPP', 'Komenda Powiatowa Policji'),
    ('MID', 'Miejska Inicjatywa Działania'),
    ('MPK', 'Miejskie Przedsiębiorstwo Komunikacyjne Sp. z o.o. w Inowrocławiu'),
    ('NFOŚiGW', 'Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej'),
    ('PIM', 'Partnerska Inicjatywa Miast'),
    ('RPO WK-P', 'Regionalny Program Operacyjny Województwa Kujawsko-Pomorskiego 2014–2020'),
    ('UM', 'Urząd Miasta Inowrocławia'),
    ('WFOŚiGW', 'Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Toruniu'),
    ('WPF', 'Wieloletnia Prognoza Finansowa'),
]

TRAFFIC = [
    # przekrój, SDR 2024 [poj./dobę], udział ciężarowych [%], szczyt poranny [poj./h]
    ('ul. Toruńska (DK15), rejon ul. Wojska Polskiego', '21 350', '14,2', '1 780'),
    ('ul. Dworcowa, rejon dworca PKP', '16 120', '6,8', '1 410'),
    ('ul. Poznańska (DK25), przy ul. Kasprowicza', '13 870', '11,5', '1 150'),
    ('ul. Wojska Polskiego, przy Rąbinie', '11 240', '4,1', '980'),
    ('ul. Szymborska', '7 960', '3,2', '690'),
    ('ul. Solankowa, przy Parku Solankowym', '5 410', '1,6', '470'),
    ('ul. Królówka (Śródmieście)', '4 880', '1,1', '420'),
    ('ul. Marcinkowskiego (Mątwy)', '6 730', '9,4', '560'),
]

LINES = [
    # linia, trasa, częstotliwość w szczycie [min], pasażerowie w dzień roboczy
    ('1', 'Rąbin – Dworzec PKP – Śródmieście – Mątwy', '20', '3 940'),
    ('2', 'Szymborze – Śródmieście – Osiedle Piastowskie', '30', '1 720'),
    ('3', 'Rąbin – Rynek – Solanki', '20', '2 860'),
    ('4', 'Dworzec PKP – Nowe Miasto – Batkowo', '40', '860'),
    ('5', 'Mątwy – Osiedle Piastowskie', '40', '1 030'),
    ('6', 'Rąbin – Strefa Przemysłowa', '60', '610'),
    ('7', 'Osiedle Piastowskie – Śródmieście – Mątwy', '30', '2 140'),
    ('8', 'Solanki – Dworzec PKP – Szymborze', '40', '940'),
    ('9', 'Cmentarz Komunalny – Rynek', '60', '380'),
    ('10', 'Rąbin – Galeria Solna – Nowe Miasto', '30', '1 290'),
    ('11', 'Dworzec PKP – Łojewo (porozumienie międzygminne)', '60', '420'),
    ('12', 'Rynek – Balczewo (porozumienie międzygminne)', '90', '190'),
    ('14', 'Mątwy – Tupadły (porozumienie międzygminne)', '60', '310'),
    ('N', 'linia nocna: Rąbin – Dworzec PKP – Mątwy (pt.–sob.)', '90', '120'),
]

CROSSINGS = [
    ('ul. Wierzbińskiego', 'przy Szkole Podstawowej nr 11', 'brak doświetlenia, prędkość pojazdów'),
    ('ul. Wojska Polskiego', 'przy ul. Wierzbińskiego', 'przejście przez 4 pasy ruchu bez azylu'),
    ('ul. Szymborska', 'przy Szkole Podstawowej nr 2', 'łuk drogi, ograniczona widoczność'),
    ('ul. Poznańska', 'przy ul. Kilińskiego', 'długość przejścia 14 m, brak azylu'),
    ('ul. Kościuszki', 'przy Szkole Podstawowej nr 4', 'parkowanie przed przejściem'),
    ('ul. Marcinkowskiego', 'przy Szkole Podstawowej nr 9', 'ruch ciężki, brak doświetlenia'),
    ('ul. Staszica', 'przy ul. Solankowej', 'brak obniżenia krawężnika'),
    ('ul. Narutowicza', 'przy Szkole Podstawowej nr 6', 'prędkość pojazdów, słaba widoczność'),
    ('ul. Toruńska', 'przy ul. Armii Krajowej', 'przejście przez drogę krajową bez sygnalizacji'),
    ('ul. Jacewska', 'przy przystanku „Jacewska”', 'brak chodnika po jednej stronie'),
    ('ul. Dworcowa', 'przy ul. Świętokrzyskiej', 'wysokie natężenie ruchu, brak azylu'),
    ('ul. Orłowska', 'przy Szkole Podstawowej nr 10', 'parkowanie na chodniku, brak doświetlenia'),
]
