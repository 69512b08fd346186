"""Document 1: MID Świętochłowice (sieć: rewitalizacja). DOCX -> PDF (LibreOffice), only the PDF is kept."""
from docxlib import Doc, Cm, Pt

CITY = 'Świętochłowice'
UM = 'UM Świętochłowice'

OBJ = {
    1: 'Cel szczegółowy 1: Odnowiona, bezpieczna i zielona przestrzeń publiczna Lipin, Chropaczowa i Centrum',
    2: 'Cel szczegółowy 2: Silniejsze więzi sąsiedzkie i aktywni mieszkańcy obszaru rewitalizacji',
    3: 'Cel szczegółowy 3: Nowe życie gospodarcze parterów i lokali użytkowych',
}

# printed markers for 'not stated': (printed text, gold None)
ACTIONS = [
    dict(no='1.1', obj=1, title='Przebudowa skweru przy ul. Pokoju w Lipinach na plac sąsiedzki',
         theme='public_space', sec=[],
         desc='Wymiana nawierzchni, mała architektura, zieleń retencyjna, oświetlenie LED, strefa zabaw i miejsce na targ sąsiedzki.',
         resp='Wydział Inwestycji i Zamówień Publicznych UM Świętochłowice',
         period='II kw. 2025 – IV kw. 2026', q=(2, 8),
         cost='2,4 mln zł', fund='FE SL 2021–2027 (instrument ZIT Metropolii GZM) – 85%, budżet gminy – 15%',
         ind='1 zrewitalizowana przestrzeń publiczna (ok. 4 200 m²)',
         loc='Lipiny, kwartał ul. Pokoju / ul. Ogrodowej', partners='Rada Dzielnicy Lipiny, SP nr 7, parafia św. Augustyna',
         group='mieszkańcy Lipin, w szczególności rodziny z dziećmi i seniorzy'),
    dict(no='1.2', obj=1, title='Podwórka Chropaczowa – program odnowy podwórek kamienic komunalnych',
         theme='public_space', sec=['social_activation'],
         desc='Kompleksowe zagospodarowanie 6 podwórek z udziałem mieszkańców: projekt partycypacyjny, rozbiórka komórek, zieleń, ławki, altany śmietnikowe.',
         resp='Zakład Gospodarki Mieszkaniowej w Świętochłowicach (ZGM)',
         period='2025–2027 r.', q=(1, 12),
         cost='900 tys. zł', fund='budżet gminy, WFOŚiGW w Katowicach (nasadzenia i retencja)',
         ind='6 odnowionych podwórek, 40 nowych drzew',
         loc='Chropaczów, ul. Łagiewnicka, ul. Bytomska, ul. Kościelna', partners='wspólnoty mieszkaniowe, Stowarzyszenie „Nasz Chropaczów”',
         group='lokatorzy kamienic komunalnych i wspólnot'),
    dict(no='1.3', obj=1, title='Bezpieczna droga do szkoły w Piaśnikach',
         theme='walking_traffic_calming', sec=[],
         desc='Uspokojenie ruchu w rejonie szkół: wyniesione przejścia, progi wyspowe, poszerzenie chodników, doświetlenie przejść.',
         resp='Wydział Dróg i Komunikacji UM Świętochłowice',
         period='III kw. 2025 – II kw. 2026', q=(3, 6),
         cost=None, cost_p='do oszacowania', fund='Rządowy Program Ochrony Niechronionych Uczestników Ruchu, budżet gminy',
         ind='4 wyniesione przejścia dla pieszych, 1 km wyremontowanych chodników',
         loc='Piaśniki, rejon ul. Wyzwolenia i ul. Sadowej', partners='Komenda Miejska Policji, rady rodziców SP nr 2 i SP nr 8',
         group='uczniowie i rodzice, piesi'),
    dict(no='2.1', obj=2, title='Klub Sąsiedzki „Zgoda” z animatorem lokalnym',
         theme='social_activation', sec=[],
         desc='Prowadzenie otwartego klubu w lokalu komunalnym: dyżury animatora, kawiarenka sąsiedzka, mikrogranty do 3 000 zł na inicjatywy mieszkańców.',
         resp='Miejski Ośrodek Pomocy Społecznej w Świętochłowicach',
         period='IV kw. 2025 – IV kw. 2027', q=(4, 12),
         cost='180 000 zł rocznie', fund='EFS+ w ramach FE SL 2021–2027, wkład własny MOPS',
         ind='1 klub sąsiedzki, min. 120 uczestników rocznie',
         loc='Zgoda, lokal przy ul. Wiśniowej', partners='Spółdzielnia Socjalna „Razem”, Rada Dzielnicy Zgoda',
         group='mieszkańcy Zgody, osoby zagrożone wykluczeniem społecznym'),
    dict(no='2.2', obj=2, title='Lipińskie Centrum Aktywności Seniora',
         theme='social_activation', sec=[],
         desc='Adaptacja parteru budynku po dawnej przychodni na centrum zajęć dla osób 60+: gimnastyka, kursy cyfrowe, poradnictwo, wolontariat międzypokoleniowy.',
         resp='Biuro ds. Seniorów i Osób z Niepełnosprawnościami UM Świętochłowice',
         period='I kw. 2026 – IV kw. 2027', q=(5, 12),
         cost='320 tys. zł', fund='program rządowy „Aktywni+”, budżet gminy',
         ind='250 seniorów objętych zajęciami',
         loc='Lipiny, ul. Chorzowska', partners='Uniwersytet Trzeciego Wieku, Klub Seniora „Jesień”',
         group='osoby w wieku 60+ zamieszkałe w Lipinach'),
    dict(no='2.3', obj=2, title='Streetworking dla młodzieży z Lipin i Chropaczowa',
         theme='social_activation', sec=[],
         desc='Praca środowiskowa na ulicy i podwórkach, zajęcia sportowe „Nocna liga”, wsparcie w powrocie do nauki.',
         resp='MOPS Świętochłowice we współpracy ze Stowarzyszeniem „Na Podwórku”',
         period='od II kw. 2025, działanie ciągłe do końca 2027 r.', q=(2, 12),
         cost=None, cost_p='b.d.', fund=None, fund_p='do ustalenia',
         ind='80 młodych osób objętych wsparciem streetworkerów',
         loc='Lipiny, Chropaczów', partners='MOSiR, szkoły ponadpodstawowe, Straż Miejska',
         group='młodzież w wieku 13–21 lat'),
    dict(no='2.4', obj=2, title='Zielona Szkoła Liderów – edukacja klimatyczna dla mieszkańców',
         theme='eco_awareness', sec=['social_activation'],
         desc='Cykl 8 warsztatów dla liderów osiedlowych o oszczędzaniu energii, segregacji odpadów i ogrodach deszczowych; każdy uczestnik przygotowuje mikroprojekt w swoim bloku.',
         resp=None, resp_p='—',
         period='2026 r.', q=(5, 8),
         cost='45 000 zł', fund='środki własne gminy',
         ind='20 przeszkolonych liderów lokalnych',
         loc='cały obszar rewitalizacji', partners='Ekologiczne Stowarzyszenie „Rawa”, szkoły podstawowe',
         group='liderzy wspólnot i rad dzielnic'),
    dict(no='3.1', obj=3, title='Inkubator Rzemiosła i Usług w dawnym budynku handlowym przy ul. Katowickiej',
         theme='economic_activation', sec=[],
         desc='Przebudowa pustostanu na 10 boksów dla mikrofirm z preferencyjnym czynszem, wspólną pracownią i doradztwem biznesowym.',
         resp='Biuro Rozwoju Gospodarczego UM Świętochłowice',
         period='I kw. 2026 – II kw. 2027', q=(5, 10),
         cost='1,1 mln zł', fund='FE SL 2021–2027 (ZIT), budżet gminy',
         ind='10 boksów dla mikrofirm, 12 utworzonych miejsc pracy',
         loc='Centrum, ul. Katowicka', partners='Cech Rzemiosł Różnych, Powiatowy Urząd Pracy w Chorzowie',
         group='osoby rozpoczynające działalność, rzemieślnicy'),
    dict(no='3.2', obj=3, title='Program „Żywe partery” – obniżki czynszu dla nowych działalności w lokalach użytkowych',
         theme='economic_activation', sec=[],
         desc='Uchwała Rady Miejskiej wprowadzająca stawki preferencyjne przez pierwsze 24 miesiące dla usług, gastronomii i działalności kreatywnej na parterach kamienic.',
         resp='Wydział Gospodarki Nieruchomościami UM Świętochłowice',
         period=None, period_p='zostanie określony po przyjęciu uchwały', q=None,
         cost='ok. 60 tys. zł rocznie (utracone dochody z czynszów)', fund='budżet gminy',
         ind=None, ind_p='[do uzupełnienia]',
         loc='Centrum, Lipiny – lokale komunalne', partners='Izba Przemysłowo-Handlowa, ZGM',
         group='przedsiębiorcy, organizacje pozarządowe'),
    dict(no='3.3', obj=3, title='Koordynacja i monitoring Miejskiej Inicjatywy Działania',
         theme='other', sec=[],
         desc='Powołanie zespołu koordynującego, roczne raporty z realizacji, spotkania Lokalnego Partnerstwa, aktualizacja MID.',
         resp='Zespół ds. Rewitalizacji w Biurze Strategii i Funduszy Zewnętrznych UM',
         period='2025–2027 r.', q=(1, 12),
         cost=None, cost_p='—', fund='środki własne gminy (koszty osobowe UM)',
         ind='3 raporty monitoringowe, 6 posiedzeń Lokalnego Partnerstwa',
         loc='—', partners='Lokalne Partnerstwo PIM', group='—'),
]


def P(a, k):
    v = a.get(k)
    return v if v is not None else a.get(k + '_p', '—')


DIAG_INTRO = [
    'Świętochłowice są jednym z najmniejszych powierzchniowo miast na prawach powiatu w Polsce (13,3 km²) i zarazem jednym z najgęściej zaludnionych ośrodków Górnośląsko-Zagłębiowskiej Metropolii. Miasto leży pomiędzy Chorzowem, Rudą Śląską i Bytomiem, a jego tkanka urbanistyczna ukształtowała się w ścisłym związku z przemysłem wydobywczym i hutniczym – kopalnią „Polska”, hutą „Florian” oraz zakładami cynkowymi w Lipinach. Zamknięcie większości tych zakładów w latach 90. XX w. pozostawiło po sobie rozległe tereny poprzemysłowe, zdekapitalizowane zasoby mieszkaniowe i trwałe problemy społeczne, które do dziś koncentrują się w kilku dzielnicach.',
    'Obszar rewitalizacji wyznaczony uchwałą Rady Miejskiej obejmuje fragmenty dzielnic Lipiny, Chropaczów i Centrum oraz wybrane kwartały Piaśnik i Zgody. Zamieszkuje go ok. 14,8 tys. osób, tj. niemal jedna trzecia ludności miasta, na powierzchni stanowiącej ok. 19% terytorium gminy. W porównaniu z resztą Świętochłowic obszar ten charakteryzuje się wyższym udziałem osób korzystających z pomocy społecznej, większym odsetkiem mieszkań bez centralnego ogrzewania oraz niższą aktywnością gospodarczą mieszkańców.',
    'Niniejsza diagnoza została przygotowana przez Zespół ds. Rewitalizacji UM na podstawie danych GUS (Bank Danych Lokalnych), sprawozdań Miejskiego Ośrodka Pomocy Społecznej, danych Powiatowego Urzędu Pracy w Chorzowie, ewidencji zasobu komunalnego prowadzonej przez ZGM oraz wyników badania ankietowego przeprowadzonego wśród mieszkańców jesienią 2024 r. (N = 612). Tam, gdzie dane dla obszaru rewitalizacji nie były dostępne, posłużono się danymi dla całego miasta, co zaznaczono w opisie.',
]

DIAG_DEMO = [
    'Liczba ludności Świętochłowic systematycznie spada. W latach 2014–2023 miasto straciło ponad 3,5 tys. mieszkańców, a prognozy GUS wskazują na dalszy ubytek do poziomu ok. 41 tys. osób w 2040 r. Spadek ten wynika zarówno z ujemnego przyrostu naturalnego, jak i z ujemnego salda migracji – młode rodziny wyprowadzają się do gmin ościennych, zwłaszcza do Rudy Śląskiej i gmin powiatu tarnogórskiego, gdzie dostępna jest nowa zabudowa jednorodzinna.',
    'Na obszarze rewitalizacji proces starzenia się ludności jest wyraźnie szybszy niż w pozostałej części miasta. Udział osób w wieku poprodukcyjnym przekracza tu 26%, a w niektórych kwartałach Lipin – 30%. Jednocześnie w Chropaczowie i Lipinach utrzymuje się relatywnie wysoki odsetek dzieci z rodzin korzystających ze świadczeń pomocy społecznej, co wskazuje na współwystępowanie dwóch odrębnych grup wymagających wsparcia: samotnych seniorów i rodzin wielodzietnych o niskich dochodach.',
]

DEMO_TABLE = [
    ['Wskaźnik', '2014', '2017', '2020', '2023'],
    ['Liczba ludności miasta', '51 494', '50 641', '49 458', '47 924'],
    ['w tym obszar rewitalizacji', '16 210', '15 780', '15 302', '14 812'],
    ['Udział osób w wieku poprodukcyjnym (miasto)', '20,1%', '21,8%', '23,4%', '24,6%'],
    ['Udział osób w wieku poprodukcyjnym (obszar)', '22,3%', '23,9%', '25,2%', '26,4%'],
    ['Saldo migracji na pobyt stały (miasto)', '−312', '−287', '−241', '−268'],
    ['Przyrost naturalny na 1 000 mieszkańców', '−1,9', '−2,4', '−4,8', '−4,1'],
]

DIAG_SOC = [
    'Z danych MOPS wynika, że w 2023 r. ze świadczeń pomocy społecznej skorzystało 2 140 osób w 1 318 rodzinach, z czego blisko 46% zamieszkiwało obszar rewitalizacji. Dominującymi powodami przyznania pomocy były ubóstwo, długotrwała choroba, niepełnosprawność oraz bezradność w sprawach opiekuńczo-wychowawczych. W Lipinach wskaźnik liczby osób korzystających z pomocy społecznej na 1 000 mieszkańców wynosi 91, podczas gdy średnia dla miasta to 45.',
    'Bezrobocie rejestrowane w Świętochłowicach spadło w ostatnich latach do ok. 4,2% (XII 2023 r.), jednak na obszarze rewitalizacji udział osób długotrwale bezrobotnych w ogólnej liczbie bezrobotnych przekracza 60%. Są to w dużej mierze osoby powyżej 50. roku życia, z wykształceniem zasadniczym zawodowym lub niższym, często z nieuregulowaną sytuacją zadłużenia czynszowego. Powiatowy Urząd Pracy sygnalizuje, że oferty pracy dostępne na lokalnym rynku (logistyka, handel, usługi opiekuńcze) nie trafiają do tej grupy bez dodatkowego wsparcia.',
    'W badaniu ankietowym mieszkańcy obszaru rewitalizacji najczęściej wskazywali na brak miejsc spotkań (58% wskazań), poczucie zaniedbania przestrzeni wokół domu (54%), brak oferty dla młodzieży (47%) oraz obawy o bezpieczeństwo po zmroku (41%). Jednocześnie aż 37% respondentów zadeklarowało gotowość do zaangażowania się w działania na rzecz najbliższego otoczenia, jeżeli miasto zapewni wsparcie organizacyjne i materiały – to istotny kapitał, na którym opiera się logika niniejszej MID.',
    'Problemem wymagającym osobnej uwagi jest sytuacja młodzieży. Komenda Miejska Policji odnotowuje na obszarze rewitalizacji wyższą niż w reszcie miasta liczbę interwencji związanych z zakłócaniem porządku publicznego i spożywaniem alkoholu w miejscach publicznych przez osoby niepełnoletnie. Szkoły wskazują na rosnącą liczbę uczniów z zaległościami edukacyjnymi po okresie nauki zdalnej i na brak pozaszkolnej oferty zajęć w godzinach popołudniowych i wieczornych.',
]

SOC_TABLE = [
    ['Dzielnica (część w obszarze)', 'Mieszkańcy', 'Osoby w pomocy społecznej na 1 000 mieszk.', 'Bezrobotni na 100 os. w wieku prod.', 'Przestępstwa na 1 000 mieszk.'],
    ['Lipiny', '5 420', '91', '6,8', '21,4'],
    ['Chropaczów', '3 960', '64', '5,1', '17,9'],
    ['Centrum', '3 115', '52', '4,4', '19,2'],
    ['Piaśniki', '1 240', '38', '3,6', '11,0'],
    ['Zgoda', '1 077', '47', '4,0', '12,7'],
    ['Średnia dla miasta', '—', '45', '3,9', '13,5'],
]

DIAG_ECO = [
    'Struktura gospodarcza Świętochłowic uległa w ciągu ostatnich trzech dekad głębokiej przebudowie. Miejsce dużych zakładów przemysłowych zajęły małe firmy usługowe, handlowe i budowlane; w rejestrze REGON na koniec 2023 r. figurowało ok. 4 300 podmiotów gospodarki narodowej, z czego 96% to mikroprzedsiębiorstwa. Wskaźnik przedsiębiorczości (liczba podmiotów na 1 000 mieszkańców) pozostaje jednak niższy niż w sąsiednich miastach metropolii.',
    'Na obszarze rewitalizacji szczególnie widoczne jest zjawisko pustostanów w lokalach użytkowych na parterach kamienic. Według ewidencji ZGM na koniec 2024 r. niewynajętych pozostawało 38 lokali użytkowych o łącznej powierzchni ok. 2 700 m², z czego większość przy ul. Katowickiej, Chorzowskiej i Bytomskiej. Przetargi na najem kończą się często brakiem ofert, a przyczyną – obok stanu technicznego lokali – są stawki czynszu nieodpowiadające sile nabywczej klientów w dzielnicy.',
    'Jednocześnie w dzielnicach tych działa wciąż kilkudziesięciu rzemieślników i drobnych usługodawców (szewcy, krawcowe, zakłady fryzjerskie, warsztaty), którzy tworzą rozpoznawalny charakter ulic i obsługują najstarszych mieszkańców. Cech Rzemiosł Różnych wskazuje, że bez wsparcia w zakresie następstwa i kosztów lokalowych znaczna część tych zakładów zostanie zamknięta w ciągu najbliższych pięciu lat.',
]

DIAG_SPACE = [
    'Przestrzeń obszaru rewitalizacji cechuje zwarta zabudowa kamienicowa z przełomu XIX i XX w., przemieszana z osiedlami familoków i blokami z lat 60. i 70. Znaczna część podwórek pozostaje w stanie zaniedbania: dominują nawierzchnie asfaltowe lub klepiska, zdekapitalizowane komórki lokatorskie i przypadkowo rozmieszczone pojemniki na odpady. Brak jest zieleni urządzonej, a istniejące drzewa często kolidują z sieciami uzbrojenia.',
    'Udział terenów zieleni urządzonej w powierzchni obszaru rewitalizacji wynosi zaledwie 4,1%, wobec 9,7% średnio w mieście. Lipiny, położone w sąsiedztwie terenów pohutniczych i hałd, odczuwają skutki wieloletniego zanieczyszczenia gleb metalami ciężkimi, co ogranicza możliwości tworzenia ogrodów społecznych bez wymiany gruntu. Mieszkańcy zgłaszają również problem zadymienia w sezonie grzewczym – w obszarze wciąż funkcjonuje ok. 1 100 palenisk węglowych, mimo postępów programu wymiany źródeł ciepła.',
    'Układ komunikacyjny obszaru wymaga uspokojenia ruchu, szczególnie w rejonie szkół i przedszkoli. Ulice lokalne w Piaśnikach i Chropaczowie są wykorzystywane jako skróty przez kierowców omijających zatłoczone drogi wojewódzkie, a chodniki są wąskie, nierówne i w wielu miejscach zastawione parkującymi samochodami. W latach 2021–2023 w obszarze odnotowano 27 zdarzeń drogowych z udziałem pieszych, w tym 9 z udziałem dzieci.',
]

PAST = [
    ['Projekt (okres realizacji)', 'Źródło finansowania', 'Wartość'],
    ['Termomodernizacja budynków szkół podstawowych nr 2 i nr 7 (2017–2019)', 'RPO WSL 2014–2020, Działanie 4.3', '6,8 mln zł'],
    ['Rewitalizacja terenu przy Stawie Kalina – etap I (2018–2020)', 'RPO WSL 2014–2020, Działanie 10.3', '3,2 mln zł'],
    ['Modernizacja budynku na potrzeby Centrum Usług Społecznych (2019–2021)', 'RPO WSL 2014–2020, Działanie 10.2', '2,1 mln zł'],
    ['Program „Aktywna integracja w Lipinach” (2017–2020)', 'EFS, RPO WSL 2014–2020', '1,4 mln zł'],
    ['Wymiana źródeł ciepła w budynkach komunalnych (2020–2023)', 'WFOŚiGW w Katowicach, budżet gminy', '4,5 mln zł'],
]

SWOT = [
    ('Mocne strony', ['położenie w centrum metropolii, dobre połączenia tramwajowe i kolejowe', 'zwarta struktura miasta – krótkie odległości do usług', 'rozpoznawalne dziedzictwo przemysłowe i architektura familoków', 'aktywne organizacje pozarządowe i rady dzielnic', 'doświadczenie UM w realizacji projektów rewitalizacyjnych 2014–2020']),
    ('Słabe strony', ['koncentracja ubóstwa i bezrobocia długotrwałego w Lipinach i Chropaczowie', 'zdekapitalizowany zasób komunalny, liczne pustostany', 'niedobór zieleni urządzonej i miejsc spotkań', 'niewielka oferta dla młodzieży i seniorów', 'ograniczone możliwości finansowe budżetu gminy']),
    ('Szanse', ['środki FE SL 2021–2027 i instrument ZIT GZM', 'rosnące zainteresowanie dziedzictwem industrialnym', 'wymiana doświadczeń w sieci PIM', 'programy krajowe dla seniorów i na bezpieczeństwo pieszych', 'współpraca z uczelniami metropolii']),
    ('Zagrożenia', ['dalszy odpływ młodych mieszkańców', 'wzrost kosztów robót budowlanych', 'niska frekwencja w procesach partycypacyjnych', 'gentryfikacja wypierająca dotychczasowych lokatorów', 'zmiany w zasadach finansowania zadań własnych gmin']),
]

COMPL = [
    ['Lp.', 'Projekt komplementarny', 'Realizator', 'Źródło i okres'],
    ['1', 'Przebudowa torowiska tramwajowego w ciągu ul. Katowickiej', 'Tramwaje Śląskie S.A.', 'FEnIKS, 2024–2026'],
    ['2', 'Program „Czyste Powietrze” – obsługa punktu konsultacyjnego', 'UM Świętochłowice / WFOŚiGW', 'środki krajowe, działanie ciągłe'],
    ['3', 'Remont budynku Biblioteki Miejskiej – filia w Lipinach', 'Biblioteka Miejska', 'budżet gminy, 2025'],
    ['4', 'Rewitalizacja terenu przy Stawie Kalina – etap II', 'UM Świętochłowice', 'FE SL 2021–2027, 2026–2028'],
    ['5', 'Centrum Usług Społecznych – usługi opiekuńcze', 'CUS Świętochłowice', 'EFS+, 2024–2027'],
]

LP_MEET = [
    ['Lp.', 'Spotkanie / warsztat Lokalnego Partnerstwa', 'Data', 'Liczba uczestników'],
    ['1', 'Spotkanie inaugurujące Lokalne Partnerstwo PIM', '12.03.2024', '24'],
    ['2', 'Warsztat diagnostyczny „Co nas boli w dzielnicy?”', '16.04.2024', '31'],
    ['3', 'Spacer badawczy po Lipinach i Chropaczowie', '25.05.2024', '19'],
    ['4', 'Warsztat „Podwórko marzeń” z mieszkańcami kamienic', '18.06.2024', '42'],
    ['5', 'Warsztat priorytetyzacji działań', '24.09.2024', '27'],
    ['6', 'Spotkanie konsultacyjne projektu MID', '29.10.2024', '36'],
    ['7', 'Posiedzenie zatwierdzające wersję końcową MID', '28.01.2025', '21'],
]

RES_IND = [
    ['Cel', 'Wskaźnik rezultatu', 'Wartość bazowa (2024)', 'Wartość docelowa (2027)', 'Źródło danych'],
    ['CS 1', 'Odsetek mieszkańców zadowolonych z otoczenia miejsca zamieszkania', '31%', '50%', 'badanie ankietowe UM'],
    ['CS 1', 'Liczba zdarzeń drogowych z udziałem pieszych w obszarze (3 lata)', '27', '15', 'KMP Świętochłowice'],
    ['CS 2', 'Liczba inicjatyw mieszkańców zrealizowanych z mikrograntów', '0', '30', 'sprawozdania MOPS'],
    ['CS 2', 'Odsetek mieszkańców deklarujących udział w życiu dzielnicy', '18%', '30%', 'badanie ankietowe UM'],
    ['CS 3', 'Liczba niewynajętych lokali użytkowych w zasobie gminy', '38', '20', 'ewidencja ZGM'],
    ['CS 3', 'Liczba nowych działalności gospodarczych w obszarze rocznie', '41', '60', 'CEIDG / REGON'],
]

RISKS = [
    ['Zagrożenie', 'Prawdopodobieństwo', 'Wpływ', 'Sposób przeciwdziałania'],
    ['Wzrost cen robót budowlanych powyżej kosztorysów', 'wysokie', 'wysoki', 'rezerwa 10% w budżecie, etapowanie zadań inwestycyjnych, aktualizacja kosztorysów przed przetargiem'],
    ['Brak ofert w przetargach lub odstąpienie wykonawcy', 'średnie', 'wysoki', 'wstępne konsultacje rynkowe, przetargi w okresie zimowym, łączenie zadań w większe pakiety'],
    ['Niska frekwencja mieszkańców w działaniach społecznych', 'średnie', 'średni', 'animatorzy pracujący „od drzwi do drzwi”, współpraca z parafiami i szkołami, godziny popołudniowe'],
    ['Dewastacja nowej infrastruktury', 'średnie', 'średni', 'współprojektowanie z mieszkańcami, monitoring wizyjny w newralgicznych punktach, szybkie naprawy'],
    ['Opóźnienia w naborach FE SL 2021–2027', 'średnie', 'wysoki', 'przygotowanie dokumentacji „na półkę”, alternatywne źródła (WFOŚiGW, programy rządowe)'],
    ['Rotacja kadr w UM i MOPS', 'niskie', 'średni', 'zespół koordynujący z zastępstwami, dokumentowanie procedur, szkolenia'],
]

PROPOSALS = [
    ['Lp.', 'Propozycja mieszkańców', 'Sposób uwzględnienia'],
    ['1', 'Urządzenie ogrodu społecznego na podwórku przy ul. Łagiewnickiej', 'uwzględniona w działaniu 1.2'],
    ['2', 'Wydłużenie godzin otwarcia biblioteki w Lipinach', 'przekazana do Biblioteki Miejskiej (poza MID)'],
    ['3', 'Stała oferta zajęć dla młodzieży w piątki wieczorem', 'uwzględniona w działaniu 2.3 („Nocna liga”)'],
    ['4', 'Punkt napraw drobnego sprzętu (repair café)', 'uwzględniona częściowo – do realizacji w ramach mikrograntów (działanie 2.1)'],
]
REJECTED = [
    ['Lp.', 'Propozycja nieuwzględniona', 'Uzasadnienie'],
    ['1', 'Budowa krytej pływalni w Lipinach', 'koszt przekraczający możliwości budżetu MID; zadanie o charakterze ogólnomiejskim'],
    ['2', 'Wyburzenie familoków przy ul. Hutniczej i budowa parkingu', 'sprzeczne z celami ochrony dziedzictwa i z ustaleniami GPR'],
    ['3', 'Monitoring wizyjny na wszystkich podwórkach', 'koszt utrzymania; rozwiązanie zastosowane punktowo w ramach działania 1.2'],
    ['4', 'Darmowa komunikacja miejska dla mieszkańców obszaru', 'kompetencja Zarządu Transportu Metropolitalnego'],
]


def build(path):
    D = Doc()
    D.heading_numbering()
    D.toc_styles()
    D.header_footer('PARTNERSKA INICJATYWA MIAST  |  ŚWIĘTOCHŁOWICE  |  MID – sieć tematyczna Rewitalizacja')
    d = D.d

    # ---- cover
    for _ in range(4):
        D.p('')
    D.p('Partnerska Inicjatywa Miast', align='center', size=14, bold=True)
    D.p('Sieć tematyczna: REWITALIZACJA', align='center', size=12)
    for _ in range(3):
        D.p('')
    D.p('MIEJSKA INICJATYWA DZIAŁANIA', align='center', size=24, bold=True)
    D.p('Gminy Świętochłowice', align='center', size=18)
    D.p('„Lipiny, Chropaczów, Centrum – dzielnice, w których chce się mieszkać”', align='center', size=13, italic=True)
    for _ in range(6):
        D.p('')
    D.p('Wersja ostateczna przyjęta przez Lokalne Partnerstwo w dniu 28 stycznia 2025 r.', align='center', size=11)
    D.p('Opracowanie: Zespół ds. Rewitalizacji, Biuro Strategii i Funduszy Zewnętrznych Urzędu Miejskiego w Świętochłowicach', align='center', size=10)
    D.p('Świętochłowice, styczeń 2025', align='center', size=11)
    D.page_break()

    # ---- TOC (cached, note stale entry for chapter 9)
    D.p('Spis treści', bold=True, size=14)
    D.toc([
        (1, '1. Streszczenie', 3), (1, '2. Diagnoza obszaru rewitalizacji', 4),
        (2, '2.1. Charakterystyka miasta i obszaru rewitalizacji', 4), (2, '2.2. Sytuacja demograficzna', 5),
        (2, '2.3. Sfera społeczna', 6), (2, '2.4. Sfera gospodarcza', 7), (2, '2.5. Sfera przestrzenno-środowiskowa', 8),
        (2, '2.6. Dotychczasowe działania rewitalizacyjne', 9), (2, '2.7. Analiza SWOT', 10),
        (1, '3. Cele Miejskiej Inicjatywy Działania', 11), (1, '4. Działania', 13),
        (2, '4.1. Zestawienie działań', 13), (2, '4.2. Projekty komplementarne', 16),
        (1, '5. Harmonogram realizacji', 17), (1, '6. Budżet i źródła finansowania', 18),
        (1, '7. Lokalne Partnerstwo i konsultacje społeczne', 20), (1, '8. Wskaźniki i system monitorowania', 22),
        (1, '9. Analiza ryzyka', 24),
        (1, 'Załącznik nr 1 – Karty przedsięwzięć', 25), (1, 'Załącznik nr 2 – Raport z konsultacji społecznych', 31),
    ])
    D.page_break()

    # ---- 1. summary
    D.h('Streszczenie')
    D.body('Miejska Inicjatywa Działania (MID) Gminy Świętochłowice została przygotowana w ramach udziału miasta w sieci tematycznej „Rewitalizacja” programu Partnerska Inicjatywa Miast. Dokument koncentruje się na trzech dzielnicach – Lipinach, Chropaczowie i Centrum – oraz na wybranych kwartałach Piaśnik i Zgody, w których nawarstwiają się problemy społeczne, przestrzenne i gospodarcze opisane w Gminnym Programie Rewitalizacji.')
    D.body('Celem głównym MID jest **poprawa jakości życia mieszkańców obszaru rewitalizacji poprzez odnowę wspólnych przestrzeni, wzmocnienie więzi sąsiedzkich i ożywienie lokalnej gospodarki**. Cel ten realizowany będzie poprzez dziesięć działań pogrupowanych w trzy cele szczegółowe: odnowę przestrzeni publicznej i podwórek, aktywizację społeczną mieszkańców (w tym seniorów i młodzieży) oraz wsparcie dla mikroprzedsiębiorczości i zagospodarowanie pustostanów.')
    D.body('Łączna szacunkowa wartość działań, dla których określono koszt, wynosi ok. 5,4 mln zł w latach 2025–2027. Podstawowym źródłem finansowania inwestycji będą środki programu Fundusze Europejskie dla Śląskiego 2021–2027, w tym instrument Zintegrowanych Inwestycji Terytorialnych Metropolii GZM, uzupełnione środkami budżetu gminy, WFOŚiGW w Katowicach i programów rządowych. Dokument powstał w procesie partycypacyjnym: Lokalne Partnerstwo spotkało się siedmiokrotnie, a w konsultacjach wzięło udział ponad 600 mieszkańców.')
    D.body('Realizację MID koordynuje Zespół ds. Rewitalizacji UM, który raz w roku przedstawia Lokalnemu Partnerstwu i Radzie Miejskiej raport z postępu prac oraz, w razie potrzeby, propozycję aktualizacji dokumentu.')

    # ---- 2. diagnosis
    D.h('Diagnoza obszaru rewitalizacji', page_break=True)
    D.h('Charakterystyka miasta i obszaru rewitalizacji', 2)
    for i, t in enumerate(DIAG_INTRO):
        par = D.body(t)
        if i == 1:
            D.footnote(par, 'Uchwała Rady Miejskiej w Świętochłowicach w sprawie wyznaczenia obszaru zdegradowanego i obszaru rewitalizacji, podjęta na podstawie art. 11 ustawy z dnia 9 października 2015 r. o rewitalizacji.')
        if i == 2:
            D.footnote(par, 'Badanie zrealizowano metodą mieszaną (CAWI i ankieta papierowa dystrybuowana przez rady dzielnic) w dniach 2–30 października 2024 r.')
    D.h('Sytuacja demograficzna', 2)
    for t in DIAG_DEMO:
        D.body(t)
    D.caption('Tabela 1. Podstawowe wskaźniki demograficzne Świętochłowic i obszaru rewitalizacji')
    D.table(DEMO_TABLE, widths=[7, 2.2, 2.2, 2.2, 2.2])
    D.source('Źródło: GUS, Bank Danych Lokalnych; dla obszaru rewitalizacji – dane z ewidencji ludności UM.')
    D.body('Zmiany struktury wieku mają bezpośrednie przełożenie na zapotrzebowanie na usługi: rośnie popyt na usługi opiekuńcze i dostępną przestrzeń (ławki, toalety, brak barier), maleje liczba dzieci w wieku szkolnym, co w perspektywie kilku lat może skutkować koniecznością reorganizacji sieci szkół. W planowaniu działań MID przyjęto zasadę, by nowe i odnawiane przestrzenie służyły jednocześnie kilku grupom wiekowym.')
    D.h('Sfera społeczna', 2)
    for i, t in enumerate(DIAG_SOC):
        par = D.body(t)
        if i == 0:
            D.footnote(par, 'Sprawozdanie MPiPS-03 za 2023 r. oraz Ocena zasobów pomocy społecznej Gminy Świętochłowice za 2023 r.')
    D.caption('Tabela 2. Wybrane wskaźniki społeczne w częściach dzielnic objętych obszarem rewitalizacji (2023 r.)')
    D.table(SOC_TABLE, widths=[4.2, 2.4, 3.4, 3.2, 2.8])
    D.source('Źródło: MOPS, PUP w Chorzowie, KMP w Świętochłowicach; opracowanie własne UM.')
    D.body('Analiza przestrzennego rozkładu problemów wskazuje, że Lipiny są dzielnicą o najwyższej kumulacji negatywnych zjawisk – zarówno w sferze ubóstwa, jak i bezpieczeństwa. Chropaczów i Centrum wykazują natomiast wysoką koncentrację problemów mieszkaniowych i przestrzennych przy relatywnie lepszej sytuacji na rynku pracy. Te różnice zostały uwzględnione przy rozmieszczeniu działań: działania społeczne skierowano przede wszystkim do Lipin i Zgody, a działania przestrzenne – do Chropaczowa i Centrum.')
    D.h('Sfera gospodarcza', 2)
    for t in DIAG_ECO:
        D.body(t)
    D.caption('Tabela 3. Podmioty gospodarki narodowej w Świętochłowicach')
    D.table([['Wskaźnik', '2015', '2019', '2023'],
             ['Podmioty w rejestrze REGON ogółem', '4 012', '4 185', '4 301'],
             ['Podmioty na 1 000 mieszkańców', '78', '83', '90'],
             ['Osoby fizyczne prowadzące działalność', '3 006', '3 120', '3 207'],
             ['Nowo zarejestrowane podmioty w roku', '402', '377', '415'],
             ['Niewynajęte lokale użytkowe w zasobie gminy', 'b.d.', '29', '38']], widths=[8, 2.5, 2.5, 2.5])
    D.source('Źródło: GUS BDL, ewidencja ZGM.')
    D.h('Sfera przestrzenno-środowiskowa', 2)
    for i, t in enumerate(DIAG_SPACE):
        par = D.body(t)
        if i == 1:
            D.footnote(par, 'Dane z Programu Ochrony Środowiska dla Miasta Świętochłowice oraz z inwentaryzacji źródeł ciepła prowadzonej na potrzeby uchwały antysmogowej województwa śląskiego.')
    D.caption('Tabela 4. Stan techniczny zasobu komunalnego na obszarze rewitalizacji (2024 r.)')
    D.table([['Kategoria', 'Liczba budynków', 'Liczba mieszkań', 'Udział mieszkań bez c.o.'],
             ['Kamienice sprzed 1918 r.', '64', '812', '58%'],
             ['Familoki i budynki robotnicze', '41', '390', '71%'],
             ['Budynki z lat 1945–1980', '23', '604', '12%'],
             ['Razem', '128', '1 806', '45%']], widths=[6.5, 3, 3, 3.5])
    D.source('Źródło: Zakład Gospodarki Mieszkaniowej w Świętochłowicach.')
    D.h('Dotychczasowe działania rewitalizacyjne', 2)
    D.body('Świętochłowice realizują politykę rewitalizacji od ponad dekady. W perspektywie finansowej 2014–2020 miasto pozyskało środki na szereg projektów, które stanowią punkt wyjścia dla MID. Projekty te zostały zakończone i rozliczone; ich efekty – zarówno pozytywne, jak i ograniczenia – zostały przeanalizowane w trakcie warsztatów Lokalnego Partnerstwa.')
    D.caption('Tabela 5. Projekty rewitalizacyjne zrealizowane w latach 2014–2023')
    D.table(PAST, widths=[8.5, 5, 2.5])
    D.body('Wnioski z ewaluacji tych przedsięwzięć są jednoznaczne: inwestycje „twarde” realizowane bez towarzyszących im działań społecznych szybko traciły na wartości – odnowione przestrzenie ulegały dewastacji, a mieszkańcy nie utożsamiali się z nimi. Z tego powodu w niniejszej MID każde działanie przestrzenne powiązano z komponentem partycypacyjnym lub animacyjnym.')
    D.textbox('Ramka 1. Dobre praktyki z Bytomia i Gdańska – czego nauczyliśmy się w sieci PIM', [
        'Bytom: program „Podwórka z charakterem” – mieszkańcy kamienic sami projektowali zagospodarowanie podwórek, a miasto finansowało materiały i nadzór. Po trzech latach zanotowano spadek liczby zgłoszeń o dewastacjach o ok. 40%.',
        'Gdańsk: Centra Sąsiedzkie prowadzone przez organizacje pozarządowe na zlecenie miasta, z budżetem na mikrogranty sąsiedzkie. Model ten był inspiracją dla działania dotyczącego klubu sąsiedzkiego.',
        'Wniosek dla Świętochłowic: warunkiem trwałości efektów jest zaangażowanie mieszkańców już na etapie projektowania i jasno określony gospodarz miejsca po zakończeniu inwestycji.',
    ])
    D.h('Analiza SWOT', 2)
    D.body('Analizę SWOT opracowano podczas warsztatu diagnostycznego w kwietniu 2024 r. i zweryfikowano na posiedzeniu Lokalnego Partnerstwa. Przedstawiono ją w podziale na czynniki wewnętrzne (mocne i słabe strony obszaru) oraz zewnętrzne (szanse i zagrożenia).')
    D.caption('Tabela 6. Analiza SWOT obszaru rewitalizacji')
    t = D.table([['Mocne strony', 'Słabe strony'], ['', ''], ['Szanse', 'Zagrożenia'], ['', '']], widths=[8, 8])
    for (r, c), (name, items) in zip([(1, 0), (1, 1), (3, 0), (3, 1)], SWOT):
        cell = t.cell(r, c)
        cell.paragraphs[0].text = ''
        for k, it in enumerate(items):
            par = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            D.runs(par, '• ' + it, size=9.5)
    for c in (0, 1):
        D.shade(t.cell(2, c), 'D9E2F3')
        t.cell(2, c).paragraphs[0].runs[0].bold = True

    # ---- 3. objectives
    D.h('Cele Miejskiej Inicjatywy Działania', page_break=True)
    D.body('Cele MID wynikają bezpośrednio z diagnozy i analizy SWOT oraz są spójne z celami Strategii Rozwoju Miasta Świętochłowice do 2030 r. i Gminnego Programu Rewitalizacji. Przy ich formułowaniu kierowano się zasadą koncentracji: zamiast rozpraszać ograniczone środki na całe miasto, MID skupia się na obszarze, w którym kumulacja problemów jest największa.')
    D.p('Cel główny', bold=True, keep=True)
    D.body('Poprawa jakości życia mieszkańców obszaru rewitalizacji poprzez odnowę wspólnych przestrzeni, wzmocnienie więzi sąsiedzkich i ożywienie lokalnej gospodarki do końca 2027 r.')
    D.p('Cele szczegółowe', bold=True, keep=True)
    obj_desc = {
        1: 'Cel dotyczy przestrzeni, z których mieszkańcy korzystają na co dzień: skwerów, podwórek i dróg do szkoły. Zakłada się, że odnowa będzie prowadzona z udziałem przyszłych użytkowników, a każde miejsce będzie miało swojego „gospodarza”.',
        2: 'Cel odpowiada na problem osłabionych więzi społecznych, samotności seniorów i braku oferty dla młodzieży. Działania mają charakter miękki i są powiązane z inwestycjami w ramach celu 1.',
        3: 'Cel obejmuje wsparcie dla mikroprzedsiębiorców i rzemieślników oraz zagospodarowanie pustostanów w lokalach użytkowych, które dziś obniżają atrakcyjność głównych ulic dzielnic.',
    }
    for k in (1, 2, 3):
        D.p(OBJ[k].replace('Cel szczegółowy %d:' % k, 'Cel szczegółowy %d –' % k), bold=True, keep=True)
        D.body(obj_desc[k])
    D.body('Powiązania pomiędzy celami szczegółowymi a zidentyfikowanymi problemami przedstawia tabela poniżej. Jedno działanie może przyczyniać się do realizacji więcej niż jednego celu, jednak dla przejrzystości przypisano je do celu wiodącego.')
    D.caption('Tabela 7. Powiązanie celów szczegółowych z problemami zdiagnozowanymi w obszarze')
    D.table([['Problem zdiagnozowany', 'CS 1', 'CS 2', 'CS 3'],
             ['Zaniedbane podwórka i brak zieleni', 'X', '', ''],
             ['Niebezpieczne drogi do szkół', 'X', '', ''],
             ['Brak miejsc spotkań, samotność seniorów', 'X', 'X', ''],
             ['Brak oferty dla młodzieży', '', 'X', ''],
             ['Pustostany w lokalach użytkowych', '', '', 'X'],
             ['Niska przedsiębiorczość mieszkańców', '', 'X', 'X']], widths=[9, 2, 2, 2])

    # ---- 4. actions, landscape
    D.landscape(True)
    D.h('Działania')
    D.body('Poniżej przedstawiono działania MID pogrupowane według celów szczegółowych. Dla każdego działania wskazano podmiot odpowiedzialny za realizację oraz zwięzły opis zakresu. Szczegółowe informacje (lokalizacja, partnerzy, grupa docelowa, wskaźniki produktu) zawarto w kartach przedsięwzięć w Załączniku nr 1, harmonogram – w rozdziale 5, a koszty i źródła finansowania – w rozdziale 6.')
    D.h('Zestawienie działań', 2)
    D.caption('Tabela 8. Zestawienie działań MID według celów szczegółowych')
    rows = [['Nr', 'Nazwa działania', 'Zakres / opis', 'Podmiot odpowiedzialny']]
    spans = []
    cur = None
    for a in ACTIONS:
        if a['obj'] != cur:
            cur = a['obj']
            spans.append(len(rows)); rows.append(['', '', '', ''])
        rows.append([a['no'], a['title'], a['desc'], P(a, 'resp')])
    t = D.table(rows, widths=[1.3, 7, 11, 5.4])
    si = 0
    for i in spans:
        cur_obj = ACTIONS[[k for k, a in enumerate(ACTIONS)][0]]
    objs = sorted({a['obj'] for a in ACTIONS})
    for i, o in zip(spans, objs):
        D.span_row(t, i, OBJ[o])
    D.body('')
    D.h('Projekty komplementarne', 2)
    D.body('Działania MID uzupełniają przedsięwzięcia realizowane przez inne podmioty lub finansowane z innych źródeł. Nie są one częścią MID i nie są ujęte w jej budżecie, ale ich realizacja wzmacnia efekty rewitalizacji i była uwzględniana przy planowaniu lokalizacji działań.')
    D.caption('Tabela 9. Projekty komplementarne realizowane poza MID')
    D.table(COMPL, widths=[1.2, 10, 6, 6])

    # ---- 5. schedule (still landscape)
    D.h('Harmonogram realizacji', page_break=True)
    D.body('Harmonogram przygotowano w układzie kwartalnym. Terminy działań inwestycyjnych uwzględniają czas niezbędny na przygotowanie dokumentacji projektowej, uzyskanie pozwoleń i przeprowadzenie postępowań o udzielenie zamówienia publicznego. Działania społeczne rozpoczynają się możliwie wcześnie, tak aby mieszkańcy mogli współprojektować inwestycje.')
    D.caption('Tabela 10. Harmonogram realizacji działań MID w latach 2025–2027')
    hdr = ['Nr', 'Działanie', 'Okres realizacji'] + ['%s %d' % (q, y) for y in (25, 26, 27) for q in ('I', 'II', 'III', 'IV')]
    hdr = ['Nr', 'Działanie', 'Okres realizacji'] + [q for y in (2025, 2026, 2027) for q in ('I', 'II', 'III', 'IV')]
    rows = [['', '', ''] + ['2025', '', '', '', '2026', '', '', '', '2027', '', '', ''], hdr]
    for a in ACTIONS:
        marks = [''] * 12
        if a['q']:
            for k in range(a['q'][0] - 1, a['q'][1]):
                marks[k] = '■'
        rows.append([a['no'], a['title'], P(a, 'period')] + marks)
    t = D.table(rows, widths=[1.1, 8.5, 4.6] + [0.85] * 12, size=9)
    for y in range(3):
        c = t.cell(0, 3 + 4 * y).merge(t.cell(0, 6 + 4 * y))
        for par in c.paragraphs[1:]:
            par._p.getparent().remove(par._p)
    for j in range(3):
        t.cell(0, j).merge(t.cell(1, j))
    for i in range(len(rows)):
        for j in range(3, 15):
            cell = t.cell(i, j)
            cell.paragraphs[0].alignment = 1
            if i >= 2 and rows[i][j]:
                D.shade(cell, '9BBB59')
    D.source('■ – okres realizacji działania. Harmonogram może ulec zmianie w zależności od terminów naborów w FE SL 2021–2027.')

    # ---- back to portrait: budget
    D.landscape(False)
    D.h('Budżet i źródła finansowania')
    D.body('Budżet MID oszacowano na podstawie kosztów zadań o podobnym zakresie zrealizowanych w Świętochłowicach i w innych miastach metropolii w latach 2022–2024, z uwzględnieniem prognozowanego wzrostu cen robót budowlanych. Wartości mają charakter szacunkowy i zostaną zweryfikowane na etapie przygotowania dokumentacji projektowej i wniosków o dofinansowanie.')
    par = D.body('Podstawowym źródłem finansowania działań inwestycyjnych będą środki programu Fundusze Europejskie dla Śląskiego 2021–2027 (FE SL), w szczególności w ramach instrumentu ZIT Metropolii GZM. Działania społeczne będą finansowane z Europejskiego Funduszu Społecznego Plus, programów rządowych oraz budżetu gminy. Wkład własny gminy zostanie zabezpieczony w Wieloletniej Prognozie Finansowej.')
    D.footnote(par, 'Uchwała Rady Miejskiej w Świętochłowicach w sprawie Wieloletniej Prognozy Finansowej Miasta Świętochłowice na lata 2025–2035 (projekt zmiany przygotowywany na sesję w marcu 2025 r.).')
    D.caption('Tabela 11. Szacunkowe koszty działań i źródła finansowania')
    rows = [['Nr', 'Koszt szacunkowy', 'Źródło finansowania']]
    for a in ACTIONS:
        rows.append([a['no'], P(a, 'cost'), P(a, 'fund')])
    D.table(rows, widths=[1.5, 5.5, 9])
    D.source('Koszty podano w cenach brutto z 2024 r. Numeracja działań zgodna z tabelą 8.')
    D.body('Dla działań 1.3 i 2.3 koszty nie zostały jeszcze oszacowane: w pierwszym przypadku zakres robót zależy od wyników audytu bezpieczeństwa ruchu drogowego zleconego na I kw. 2025 r., w drugim – od modelu współpracy z organizacją pozarządową, który zostanie wypracowany w drodze otwartego konkursu ofert. Koszty koordynacji (działanie 3.3) pokrywane są w ramach bieżącej działalności Urzędu.')
    D.body('Struktura finansowania wskazuje na wysoką zależność MID od środków zewnętrznych – ok. 70% wartości działań inwestycyjnych ma pochodzić z funduszy unijnych. W przypadku nieuzyskania dofinansowania Zespół ds. Rewitalizacji przygotuje wariant ograniczony, obejmujący w pierwszej kolejności działania o najwyższym priorytecie wskazanym przez Lokalne Partnerstwo (1.2, 2.1 i 2.3).')
    D.caption('Tabela 12. Podział wartości działań na lata (mln zł, działania z określonym kosztem)')
    D.table([['Rok', 'Działania inwestycyjne', 'Działania społeczne i gospodarcze', 'Razem'],
             ['2025', '0,9', '0,15', '1,05'], ['2026', '2,3', '0,42', '2,72'], ['2027', '1,2', '0,43', '1,63'],
             ['Razem', '4,4', '1,0', '5,4']], widths=[2.5, 4.5, 5.5, 3])

    # ---- 7. stakeholders
    D.h('Lokalne Partnerstwo i konsultacje społeczne', page_break=True)
    D.body('Lokalne Partnerstwo PIM w Świętochłowicach zostało powołane zarządzeniem Prezydenta Miasta w lutym 2024 r. W jego skład weszło 18 osób reprezentujących Urząd Miejski i jednostki organizacyjne gminy (MOPS, ZGM, CUS, Bibliotekę Miejską), rady dzielnic Lipiny, Chropaczów i Zgoda, organizacje pozarządowe działające w obszarze rewitalizacji, Cech Rzemiosł Różnych, szkoły oraz parafie. Pracami Partnerstwa kieruje koordynator z Biura Strategii i Funduszy Zewnętrznych.')
    D.body('Partnerstwo pełniło rolę forum, na którym konfrontowano diagnozę z doświadczeniem mieszkańców, ustalano priorytety i weryfikowano propozycje działań. Wszystkie spotkania miały charakter otwarty – mogli w nich uczestniczyć także mieszkańcy spoza składu Partnerstwa, co szczególnie dotyczyło warsztatów w terenie.')
    D.caption('Tabela 13. Spotkania i warsztaty Lokalnego Partnerstwa')
    D.table(LP_MEET, widths=[1.2, 9.5, 2.8, 2.5])
    D.body('Konsultacje społeczne projektu MID przeprowadzono w dniach 7 października – 8 listopada 2024 r. zgodnie z uchwałą Rady Miejskiej w sprawie zasad i trybu przeprowadzania konsultacji z mieszkańcami. Zastosowano następujące formy: ankietę internetową i papierową, dwa punkty konsultacyjne w Lipinach i Chropaczowie, spotkanie otwarte oraz możliwość składania uwag pocztą elektroniczną. Łącznie zebrano 612 ankiet i 47 uwag pisemnych.')
    D.body('Najwięcej uwag dotyczyło zakresu odnowy podwórek, oferty dla młodzieży oraz bezpieczeństwa pieszych w Piaśnikach. Szczegółowe zestawienie propozycji mieszkańców wraz ze sposobem ich uwzględnienia zawiera Załącznik nr 2.')
    D.body('Po przyjęciu MID Lokalne Partnerstwo będzie kontynuować działalność jako ciało doradcze przy Zespole ds. Rewitalizacji. Planuje się co najmniej dwa posiedzenia w roku, poświęcone przeglądowi postępu realizacji i ewentualnym korektom działań.')

    # ---- 8. indicators
    D.h('Wskaźniki i system monitorowania')
    D.body('System monitorowania MID opiera się na dwóch poziomach wskaźników. Wskaźniki produktu, przypisane do poszczególnych działań, zamieszczono w kartach przedsięwzięć (Załącznik nr 1). Wskaźniki rezultatu, mierzące stopień osiągnięcia celów szczegółowych, przedstawia tabela 14.')
    D.caption('Tabela 14. Wskaźniki rezultatu MID')
    D.table(RES_IND, widths=[1.4, 6, 2.4, 2.4, 3.8])
    D.body('Dane do monitorowania zbierane będą raz w roku, według stanu na 31 grudnia. Badanie ankietowe mieszkańców zostanie powtórzone w 2026 r. (pomiar śródokresowy) i w 2027 r. (pomiar końcowy) z zachowaniem metodologii z 2024 r. Zespół ds. Rewitalizacji przygotowuje roczny raport z realizacji MID, który jest przedstawiany Lokalnemu Partnerstwu, a następnie publikowany w Biuletynie Informacji Publicznej.')
    D.body('W przypadku stwierdzenia odchyleń od założonych wartości docelowych przekraczających 20% Zespół przedstawia Partnerstwu analizę przyczyn i propozycję działań naprawczych, w tym ewentualną modyfikację działań lub ich harmonogramu.')

    # ---- 9. risks (ToC says 'Analiza ryzyka')
    D.h('Zagrożenia dla realizacji MID i sposoby przeciwdziałania', page_break=True)
    D.body('Poniższe zestawienie obejmuje główne czynniki, które mogą utrudnić lub opóźnić realizację działań. Ocenę prawdopodobieństwa i wpływu przeprowadzono podczas warsztatu priorytetyzacji we wrześniu 2024 r.')
    D.caption('Tabela 15. Zagrożenia i działania zapobiegawcze')
    D.table(RISKS, widths=[4.5, 2.6, 1.8, 7.1])
    D.body('Zagrożenia będą przeglądane co najmniej raz w roku w ramach raportu z realizacji MID. Za bieżące zarządzanie nimi odpowiada koordynator Zespołu ds. Rewitalizacji.')

    # ---- Annex 1: cards
    D.h('Załącznik nr 1 – Karty przedsięwzięć', numbered=False, page_break=True)
    D.body('Karty zawierają uzupełniające informacje o działaniach wymienionych w tabeli 8. Koszty i źródła finansowania – zob. rozdział 6, harmonogram – rozdział 5.')
    for a in ACTIONS:
        rows = [['Karta działania nr %s' % a['no'], ''],
                ['Nazwa działania', a['title']],
                ['Cel szczegółowy', OBJ[a['obj']].split(': ', 1)[1]],
                ['Lokalizacja', a['loc']],
                ['Partnerzy', a['partners']],
                ['Grupa docelowa', a['group']],
                ['Wskaźnik produktu', P(a, 'ind')]]
        t = D.table(rows, widths=[4.2, 11.8], bold_first_col=True)
        c = t.cell(0, 0).merge(t.cell(0, 1))
        for par in c.paragraphs[1:]:
            par._p.getparent().remove(par._p)
        D.shade(c, 'D9E2F3')
        for row in t.rows[:-1]:
            for cell in row.cells:
                for par in cell.paragraphs:
                    par.paragraph_format.keep_with_next = True
        D.p('')

    # ---- Annex 2
    D.h('Załącznik nr 2 – Raport z konsultacji społecznych', numbered=False, page_break=True)
    D.body('W trakcie konsultacji mieszkańcy zgłosili łącznie 47 uwag i propozycji. Poniżej przedstawiono wybrane propozycje, które zostały uwzględnione w MID lub przekazane do innych jednostek, oraz propozycje nieuwzględnione wraz z uzasadnieniem.')
    D.caption('Tabela Z2.1. Propozycje mieszkańców uwzględnione lub przekazane')
    D.table(PROPOSALS, widths=[1.2, 8, 6.8])
    D.p('')
    D.caption('Tabela Z2.2. Propozycje nieuwzględnione')
    D.table(REJECTED, widths=[1.2, 7, 7.8])
    D.body('Pełna treść uwag wraz z odpowiedziami została opublikowana w Biuletynie Informacji Publicznej Urzędu Miejskiego w Świętochłowicach w dniu 2 grudnia 2024 r.')
    D.save(path)

    gold_actions = []
    for a in ACTIONS:
        vals = dict(responsible=a['resp'], timeline=a['period'], cost=a['cost'], funding=a['fund'], indicator=a['ind'])
        gold_actions.append(dict(title=a['title'], theme=a['theme'], secondary_themes=a['sec'],
                                 responsible=vals['responsible'] is not None, timeline=vals['timeline'] is not None,
                                 cost=vals['cost'] is not None, indicator=vals['indicator'] is not None, type=None,
                                 values=vals))
    gold = dict(document_type='mid', city=CITY, network='revitalisation', status='final', text_layer=True,
                sections=dict(summary='present', context='present', objectives='present', actions='present',
                              schedule='present', budget='present', stakeholders='present', indicators='present',
                              risks='present'),
                actions=gold_actions,
                traps=['landscape_action_table_with_objective_rows', 'annex_cards_split_fields', 'period_only_in_gantt',
                       'cost_funding_only_in_budget_table_by_number', 'stale_toc_entry_risks_renamed',
                       'past_projects_table', 'complementary_projects_table', 'lp_meeting_list',
                       'consultation_proposals_and_rejected', 'text_box_good_practices', 'objectives_as_decoys',
                       'null_markers_dash_bd_do_oszacowania', 'unnumbered_annex_headings'],
                notes='DOCX generated with python-docx + raw OOXML (auto-numbered headings, cached TOC, PAGE/NUMPAGES footer, '
                      'footnotes, VML text box, landscape section with merged objective rows and Gantt), exported to PDF by LibreOffice; '
                      'the ToC lists "9. Analiza ryzyka" while the body chapter is titled "Zagrożenia dla realizacji MID i sposoby przeciwdziałania". '
                      'Responsible in table 8, period in Gantt (table 10), cost/funding in table 11 by number, indicator in annex cards.')
    texts = [a['title'] for a in ACTIONS]
    return gold, texts
