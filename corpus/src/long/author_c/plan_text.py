# -*- coding: utf-8 -*-
"""Text and data of the network's Plan Ulepszeń (author_c). Written by hand."""

CITIES = [
    # name, population 2023, area km2, operator, lines, buses, share of PT trips %, cycling %, SUMP
    ('Leszno', '61 870', '31,9', 'MZK Leszno sp. z o.o.', '14', '46', '11', '9', 'przyjęty (2019)'),
    ('Piła', '71 480', '102,7', 'MZK Piła sp. z o.o.', '18', '58', '13', '7', 'w opracowaniu'),
    ('Stargard', '66 950', '48,1', 'MZK Stargard sp. z o.o.', '17', '52', '14', '6', 'przyjęty (2021)'),
    ('Ełk', '61 240', '21,1', 'MZK Ełk sp. z o.o.', '13', '41', '10', '5', 'brak'),
    ('Zamość', '60 130', '30,3', 'MZK Zamość sp. z o.o.', '15', '44', '12', '8', 'przyjęty (2022)'),
    ('Kutno', '40 910', '33,6', 'MZK Kutno sp. z o.o.', '9', '27', '8', '10', 'brak'),
    ('Nowy Sącz', '82 640', '57,6', 'MPK Nowy Sącz sp. z o.o.', '27', '86', '16', '3', 'w opracowaniu'),
    ('Ostrowiec Świętokrzyski', '63 790', '46,4', 'MPK Ostrowiec Świętokrzyski', '16', '49', '12', '4', 'brak'),
    ('Bełchatów', '54 930', '34,6', 'MZK Bełchatów', '11', '35', '9', '6', 'przyjęty (2020)'),
]

CITY_NOTES = [
    ('Leszno', 'Miasto wiodące sieci. Od 2019 r. realizuje plan zrównoważonej mobilności, w którym '
     'priorytetem jest spójna sieć dróg rowerowych (ok. 58 km) i uspokojenie ruchu w śródmieściu. '
     'Największym problemem zgłaszanym przez Wydział Komunikacji jest brak narzędzi do kontroli '
     'parkowania na chodnikach poza strefą płatnego parkowania oraz niska częstotliwość kursów '
     'w godzinach popołudniowych.'),
    ('Piła', 'Miasto o rozległym terytorium (ponad 100 km²) i dużym udziale terenów leśnych, co '
     'podnosi koszt obsługi komunikacją miejską peryferyjnych osiedli. MZK Piła utrzymuje 18 linii, '
     'z czego sześć obsługuje gminy sąsiednie na podstawie porozumień międzygminnych, rozliczanych '
     'co roku w trudnych negocjacjach budżetowych.'),
    ('Stargard', 'Silnie powiązany ze Szczecinem (ok. 9 tys. osób dojeżdża codziennie do pracy i szkół). '
     'Miasto inwestowało w węzeł przesiadkowy przy dworcu i Szczecińską Kolej Metropolitalną, '
     'natomiast zgłasza bariery w koordynacji rozkładów kolei i autobusów wynikające z rozproszenia '
     'organizatorów przewozów.'),
    ('Ełk', 'Największy ośrodek Mazur wschodnich, z wyraźną sezonowością ruchu turystycznego nad '
     'jeziorem Ełckim. Miasto nie ma jeszcze planu mobilności; w 2023 r. przeprowadziło pierwsze od '
     'dekady kompleksowe badanie ruchu, którego koszt (ok. 310 tys. zł) okazał się barierą dla '
     'powtarzania pomiarów.'),
    ('Zamość', 'Miasto o zabytkowym układzie urbanistycznym, wpisanym na Listę Światowego Dziedzictwa '
     'UNESCO. Ograniczenia konserwatorskie i wąskie przekroje ulic powodują konflikty między ruchem '
     'samochodowym, pieszym i rowerowym; w 2022 r. przyjęto plan zrównoważonej mobilności z programem '
     'wyłączania ruchu tranzytowego ze Starego Miasta.'),
    ('Kutno', 'Najmniejsze miasto sieci, położone na przecięciu ważnych linii kolejowych i autostrad '
     'A1 i A2. Wysoki udział podróży rowerem (ok. 10%) nie przekłada się na wysoki poziom '
     'bezpieczeństwa – w latach 2019–2023 zginęło na ulicach miasta pięciu rowerzystów.'),
    ('Nowy Sącz', 'Największe miasto sieci i jedyne o wyraźnie górskim położeniu, co ogranicza rozwój '
     'ruchu rowerowego. Duże natężenie ruchu tranzytowego na drogach krajowych nr 28 i 75 w obrębie '
     'miasta jest głównym źródłem hałasu i zanieczyszczeń; MPK obsługuje również kilka gmin powiatu '
     'nowosądeckiego.'),
    ('Ostrowiec Świętokrzyski', 'Miasto poprzemysłowe, w którym od 2010 r. liczba mieszkańców spadła '
     'o ok. 12%. Malejące przychody z biletów i rosnące koszty pracy kierowców sprawiają, że dopłata '
     'miasta do komunikacji miejskiej rośnie szybciej niż dochody własne.'),
    ('Bełchatów', 'Miasto silnie zależne od kompleksu energetycznego, który wchodzi w okres '
     'transformacji. Zmiana struktury zatrudnienia będzie oznaczać nowe kierunki dojazdów do pracy; '
     'MZK Bełchatów jako jedyny przewoźnik w sieci eksploatuje już 12 autobusów elektrycznych.'),
]

WORKSHOPS = [
    'Warsztat otwierający sieci – Leszno, 7–8 listopada 2023 r.',
    'Warsztat tematyczny „Prawo o ruchu drogowym a uspokojenie ruchu” – Zamość, 16–17 stycznia 2024 r.',
    'Wizyta studyjna „Elektromobilność w transporcie zbiorowym” – Bełchatów, 12 marca 2024 r.',
    'Warsztat tematyczny „Finansowanie transportu publicznego w miastach średnich” – Stargard, 23–24 kwietnia 2024 r.',
    'Spotkanie online z przedstawicielami Ministerstwa Infrastruktury – 5 czerwca 2024 r.',
    'Warsztat tematyczny „Dane o mobilności i badania ruchu” – Ełk, 10–11 września 2024 r.',
    'Warsztat redakcyjny Planu Ulepszeń – Nowy Sącz, 26–27 listopada 2024 r.',
    'Konsultacje projektu Planu Ulepszeń z miastami sieci – online, 20 stycznia – 14 lutego 2025 r.',
]

BARRIER_MATRIX = [
    # city, legal, financial, organisational, knowledge
    ('Leszno', 8, 6, 5, 4), ('Piła', 6, 9, 4, 5), ('Stargard', 5, 7, 8, 3),
    ('Ełk', 4, 8, 5, 9), ('Zamość', 9, 5, 4, 4), ('Kutno', 5, 7, 3, 6),
    ('Nowy Sącz', 7, 8, 6, 5), ('Ostrowiec Świętokrzyski', 3, 10, 5, 6), ('Bełchatów', 4, 6, 5, 4),
]

SPENDING = [
    # city, 2019, 2021, 2023 dopłata per capita (zł), revenue coverage %
    ('Leszno', '182', '214', '268', '34'), ('Piła', '176', '205', '259', '31'),
    ('Stargard', '158', '190', '241', '36'), ('Ełk', '149', '181', '233', '29'),
    ('Zamość', '161', '188', '247', '33'), ('Kutno', '118', '142', '196', '27'),
    ('Nowy Sącz', '171', '203', '262', '38'), ('Ostrowiec Świętokrzyski', '163', '197', '254', '26'),
    ('Bełchatów', '189', '226', '291', '24'),
]

POSTULATY = [
    ('Leszno', 'Uprawnienie straży miejskiej do nakładania kar za parkowanie na drogach rowerowych '
     'i chodnikach poza strefą płatnego parkowania', 'prawna'),
    ('Piła', 'Stała dotacja celowa na linie podmiejskie obsługiwane na podstawie porozumień '
     'międzygminnych', 'finansowa'),
    ('Stargard', 'Wspólny bilet kolejowo-autobusowy w relacjach aglomeracyjnych bez konieczności '
     'tworzenia związku metropolitalnego', 'organizacyjna'),
    ('Ełk', 'Bezpłatny dostęp do danych z krajowego systemu pomiarów ruchu na drogach krajowych '
     'przebiegających przez miasto', 'wiedza i dane'),
    ('Zamość', 'Możliwość stosowania kostki o obniżonej nawierzchni w strefie ochrony konserwatorskiej '
     'bez odrębnej zgody dla każdej ulicy', 'prawna'),
    ('Kutno', 'Program wymiany oznakowania przejazdów rowerowych na drogach powiatowych w granicach '
     'miasta', 'finansowa'),
    ('Nowy Sącz', 'Przekazanie miastu zarządzania odcinkiem drogi krajowej nr 75 po wybudowaniu '
     'obwodnicy', 'organizacyjna'),
    ('Ostrowiec Świętokrzyski', 'Rekompensata za utracone wpływy z ulg ustawowych w komunikacji '
     'miejskiej', 'finansowa'),
    ('Bełchatów', 'Preferencyjna taryfa dystrybucyjna energii dla zajezdni ładujących autobusy '
     'elektryczne', 'finansowa'),
    ('Leszno', 'Wzór umowy o świadczenie usług w transporcie zbiorowym dostosowany do spółek gminnych',
     'wiedza i dane'),
    ('Ełk', 'Uproszczenie zasad lokalizacji stojaków rowerowych w pasie drogowym dróg wojewódzkich',
     'prawna'),
    ('Zamość', 'Krajowa kampania o bezpieczeństwie pieszych na przejściach w okresie jesienno-zimowym',
     'wiedza i dane'),
]

PREVIOUS = [
    ('R1/2021', 'Wprowadzenie możliwości automatycznego egzekwowania zakazu wjazdu do stref '
     'ograniczonego ruchu (kamery ANPR)', 'Ministerstwo Infrastruktury', 'nie wdrożono'),
    ('R2/2021', 'Zwiększenie stawki dopłaty do 1 wozokilometra w Funduszu rozwoju przewozów '
     'autobusowych', 'Ministerstwo Infrastruktury', 'wdrożono częściowo (2022)'),
    ('R3/2021', 'Wytyczne do projektowania infrastruktury rowerowej o statusie przepisów '
     'technicznych', 'Ministerstwo Infrastruktury', 'w trakcie (projekt WR-D)'),
    ('R4/2021', 'Sieć doradców ds. mobilności przy urzędach marszałkowskich',
     'Ministerstwo Funduszy i Polityki Regionalnej', 'nie wdrożono'),
    ('R5/2021', 'Obowiązek publikowania rozkładów jazdy w formacie GTFS', 'Ministerstwo Infrastruktury',
     'wdrożono (2023)'),
]

# --------------------------------------------------------------------------------------------
# Recommendations of this Plan. 'mode': 'prose' (labelled lines), 'card' (2-column table),
# 'table' (only in the summary table), 'deleted' (tracked deletion – not part of the plan).
RECS = [
    dict(no=1, title='Uproszczenie procedury wyznaczania stref czystego transportu w miastach '
                     'poniżej 100 tys. mieszkańców',
         type='legal', type_pl='prawna', theme='low_emission', mode='prose',
         addressee='Ministerstwo Klimatu i Środowiska',
         deadline='do końca 2026 r.', cost=None, cost_text=None, funding=None,
         effect='co najmniej 3 miasta sieci wyznaczą strefę czystego transportu do 2028 r.',
         why=[
             'Obowiązujące przepisy ustawy o elektromobilności i paliwach alternatywnych[[fn:Ustawa z dnia '
             '11 stycznia 2018 r. o elektromobilności i paliwach alternatywnych (Dz.U. z 2024 r. poz. 1289 '
             'z późn. zm.), art. 39 i nast.]] zostały napisane z myślą o dużych aglomeracjach. Miasto, które '
             'chce wyznaczyć niewielką strefę obejmującą np. kilka ulic śródmieścia, musi przeprowadzić '
             'tę samą procedurę co miasto wojewódzkie: analizę wpływu na jakość powietrza, konsultacje, '
             'odrębne oznakowanie i system kontroli. Dla Zamościa koszt przygotowania dokumentacji '
             'oszacowano na ok. 420 tys. zł, czyli więcej niż roczny budżet miasta na drobne inwestycje '
             'rowerowe.',
             'Proponujemy wprowadzenie uproszczonego trybu dla stref o powierzchni do 2 km², w którym '
             'podstawą byłaby uchwała rady gminy poprzedzona konsultacjami, bez obowiązku sporządzania '
             'pełnej analizy oddziaływania. Kontrolę mogłaby prowadzić straż miejska na podstawie '
             'ogólnych przepisów o kontroli ruchu.'],
         comment=('Joanna Kaczmarek', '2025-02-11T10:42:00Z',
                  'Czy nie dopisać współadresata – Ministerstwa Infrastruktury (oznakowanie)? Na razie zostawiamy MKiŚ.')),
    dict(no=2, title='Dopuszczenie ogólnomiejskiego limitu prędkości 30 km/h na drogach gminnych '
                     'na podstawie uchwały rady gminy',
         type='legal', type_pl='prawna', theme='walking_traffic_calming', mode='prose',
         addressee='Ministerstwo Infrastruktury',
         deadline='I połowa 2026 r.', cost=None, cost_text=None, funding=None,
         effect='spadek liczby ofiar śmiertelnych i ciężko rannych na drogach gminnych w miastach sieci o 25% w ciągu 3 lat od wejścia zmian w życie',
         why=[
             'Każde miasto sieci wprowadzało w ostatnich latach strefy Tempo 30, ale robi to ulica po '
             'ulicy, w drodze projektów stałej organizacji ruchu zatwierdzanych osobno dla każdego '
             'obszaru. W Lesznie przygotowanie dokumentacji dla strefy obejmującej osiedle Zatorze trwało '
             '14 miesięcy. Przepisy o znakach i sygnałach drogowych[[fn:Rozporządzenie Ministrów '
             'Infrastruktury oraz Spraw Wewnętrznych i Administracji z dnia 31 lipca 2002 r. w sprawie '
             'znaków i sygnałów drogowych (Dz.U. z 2019 r. poz. 2310 z późn. zm.).]] nie przewidują '
             'rozwiązania, w którym niższy limit obowiązuje z mocy prawa na wszystkich drogach '
             'gminnych w obszarze zabudowanym, a wyższy wymaga oznakowania.',
             'Rekomendujemy odwrócenie tej logiki: gmina mogłaby uchwałą ustalić 30 km/h jako prędkość '
             'domyślną na drogach gminnych, a 50 km/h zachować na wskazanych ulicach zbiorczych. '
             'Rozwiązanie to stosują m.in. miasta hiszpańskie i francuskie; zmniejsza ono koszt '
             'oznakowania i ułatwia kierowcom zrozumienie zasad.']),
    dict(no=3, title='Obowiązek wykonania infrastruktury dla rowerów przy przebudowie dróg publicznych '
                     'w obszarze zabudowanym',
         type='legal', type_pl='prawna', theme='cycling', mode='prose',
         addressee='Ministerstwo Infrastruktury',
         deadline='wraz z najbliższą nowelizacją warunków technicznych dla dróg publicznych, nie później niż w 2027 r.',
         cost=None, cost_text=None, funding=None,
         effect='udział przebudowywanych ulic z infrastrukturą rowerową w miastach sieci powyżej 80%',
         why=[
             'W ostatnich pięciu latach w miastach sieci przebudowano łącznie ok. 64 km ulic, z czego tylko '
             'na 23 km powstały drogi rowerowe lub pasy dla rowerów. Zgłaszane powody to brak miejsca, '
             'koszt i – co szczególnie niepokojące – brak wymogu, który mógłby zostać użyty jako '
             'argument wobec zarządców dróg wojewódzkich i powiatowych przebiegających przez miasto.',
             'Proponowana zmiana w rozporządzeniu w sprawie warunków technicznych[[fn:Rozporządzenie '
             'Ministra Infrastruktury z dnia 24 czerwca 2022 r. w sprawie przepisów techniczno-budowlanych '
             'dotyczących dróg publicznych (Dz.U. z 2022 r. poz. 1518).]] wprowadzałaby zasadę, że '
             'przebudowa drogi klasy Z, L lub D w obszarze zabudowanym obejmuje rozwiązania dla ruchu '
             'rowerowego, chyba że projektant wykaże, że ruch uspokojony pozwala na wspólną jezdnię.']),
    dict(no=4, title='Wieloletni program dofinansowania transportu zbiorowego w miastach średnich',
         type='financial', type_pl='finansowa', theme='public_transport', mode='card',
         addressee='Ministerstwo Infrastruktury', deadline='od 2027 r.', deadline_old='od 2026 r.',
         cost='ok. 650 mln zł rocznie', funding='budżet państwa (Fundusz rozwoju przewozów autobusowych)',
         effect='wzrost liczby wozokilometrów w komunikacji miejskiej miast sieci o 15% w stosunku do 2023 r.',
         why=[
             'Dopłata miast sieci do komunikacji miejskiej wzrosła w latach 2019–2023 średnio o ok. 54% '
             '(tabela 3), podczas gdy dochody własne gmin rosły wolniej. Istniejący Fundusz rozwoju '
             'przewozów autobusowych[[fn:Ustawa z dnia 16 maja 2019 r. o Funduszu rozwoju przewozów '
             'autobusowych o charakterze użyteczności publicznej (Dz.U. z 2024 r. poz. 1141 z późn. zm.).]] '
             'nie obejmuje komunikacji miejskiej w granicach gminy, a więc właśnie tej części przewozów, '
             'z której korzysta większość pasażerów.',
             'Rekomendujemy utworzenie stałego, wieloletniego instrumentu, w którym dopłata byłaby '
             'naliczana od wozokilometra pracy przewozowej ponad poziom bazowy z 2023 r. Dzięki temu '
             'środki trafiałyby do miast, które realnie rozwijają ofertę, a nie tylko utrzymują istniejące '
             'linie.'],
         comment=('Tomasz Wierzbicki', '2025-02-18T14:05:00Z',
                  'Kwota szacowana na podstawie danych GUS za 2023 r. dla 112 miast 20–100 tys. – do weryfikacji z MI.'),
         comment_on='cost'),
    dict(no=5, title='Odrębna pula na uspokojenie ruchu i bezpieczne dojścia do szkół w Rządowym '
                     'Funduszu Rozwoju Dróg',
         type='financial', type_pl='finansowa', theme='walking_traffic_calming', mode='card',
         addressee='Ministerstwo Infrastruktury we współpracy z wojewodami',
         deadline='nabór w 2026 r.', cost='150 mln zł w latach 2026–2028',
         funding='Rządowy Fundusz Rozwoju Dróg',
         effect='przebudowa co najmniej 400 przejść dla pieszych i otoczenia szkół w miastach średnich',
         why=[
             'Rządowy Fundusz Rozwoju Dróg finansuje przede wszystkim budowę i przebudowę dróg, a kryteria '
             'oceny premiują parametry techniczne i długość odcinka. Projekty polegające na zwężeniu '
             'jezdni, budowie wyniesionych skrzyżowań czy azyli dla pieszych przegrywają w rankingu, mimo '
             'że ich efekt dla bezpieczeństwa jest często większy. Kutno i Ełk dwukrotnie nie uzyskały '
             'dofinansowania na projekty uspokojenia ruchu przy szkołach podstawowych.',
             'Wydzielona pula z prostymi kryteriami (liczba zdarzeń, bliskość szkół, udział ruchu pieszego) '
             'pozwoliłaby miastom średnim przygotować pakiety drobnych inwestycji o dużym znaczeniu '
             'dla bezpieczeństwa dzieci.']),
    dict(no=6, title='Łączne finansowanie zakupu autobusów zeroemisyjnych i infrastruktury ładowania '
                     'w jednym naborze',
         type='financial', type_pl='finansowa', theme='low_emission', mode='card',
         addressee='Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej',
         deadline='II kw. 2026 r.', cost='b.d.', funding='program „Zielony Transport Publiczny”, FEnIKS',
         effect='udział autobusów zeroemisyjnych we flocie przewoźników miast sieci na poziomie 30% w 2030 r.',
         why=[
             'Miasta, które ubiegały się o wsparcie na autobusy elektryczne, musiały składać odrębne wnioski '
             'na tabor i na stacje ładowania, często w różnych programach i z różnymi terminami. W Stargardzie '
             'autobusy dostarczono pięć miesięcy przed uruchomieniem ładowarek, co wymusiło wynajem '
             'tymczasowego zasilania. Bełchatów wskazał, że największym ryzykiem jest przyłączenie zajezdni '
             'do sieci, którego koszt nie był kwalifikowalny.',
             'Proponujemy, aby nabory obejmowały pakiet: tabor, ładowarki, przyłącze energetyczne oraz '
             'szkolenia dla kierowców i służb technicznych, z jednym harmonogramem i jedną umową.']),
    dict(no=7, title='Ulga w podatku dochodowym dla pracodawców finansujących pracownikom bilety '
                     'okresowe komunikacji miejskiej',
         type='financial', type_pl='finansowa', theme='public_transport', mode='deleted',
         addressee='Ministerstwo Finansów', deadline='2026 r.', cost=None, cost_text=None, funding=None,
         effect='wzrost liczby sprzedanych biletów okresowych o 10%',
         why=['Rozwiązanie to funkcjonuje w kilku krajach Unii Europejskiej i zachęca pracodawców do '
              'wspierania dojazdów transportem zbiorowym.']),
    dict(no=7, title='Krajowe centrum kompetencji ds. planowania mobilności dla miast średnich',
         type='organisational', type_pl='organizacyjna', theme='other', mode='inserted',
         addressee='Ministerstwo Funduszy i Polityki Regionalnej', deadline='2026–2027',
         cost='ok. 8 mln zł w okresie dwóch lat', funding='Fundusze Europejskie na Pomoc Techniczną 2021–2027',
         effect='min. 40 miast objętych wsparciem doradczym; 15 nowych planów zrównoważonej mobilności',
         why=[
             'Pięć z dziewięciu miast sieci nie ma przyjętego planu zrównoważonej mobilności, a w '
             'dwóch z nich prace trwają dłużej niż dwa lata. Miasta średnie zatrudniają zwykle od jednej do '
             'trzech osób zajmujących się planowaniem transportu i nie są w stanie samodzielnie '
             'prowadzić modelowania ruchu, badań ankietowych i analiz kosztów.',
             'Centrum kompetencji, działające przy istniejącej instytucji eksperckiej, zapewniałoby '
             'wzory dokumentów, wspólne zamówienia na badania ruchu, dyżury ekspertów oraz szkolenia. '
             'Rekomendacja została dodana po konsultacjach w lutym 2025 r., na wniosek Piły i Ełku.'],
         comment=('Marta Wiśniewska', '2025-02-24T09:15:00Z',
                  'Dodane zamiast dotychczasowej rekomendacji nr 7 (ulga PIT) – uzgodnione na spotkaniu 21.02.')),
    dict(no=8, title='Krajowy standard badań ruchu i otwarte repozytorium danych o mobilności',
         type='knowledge', type_pl='wiedza', theme='other', mode='table',
         addressee='Główny Urząd Statystyczny', deadline='do końca 2027 r.', cost='do oszacowania',
         funding=None, effect='publikacja standardu; dane z co najmniej 30 miast w repozytorium',
         short='Miasta prowadzą badania ruchu rzadko i według różnych metodyk, przez co wyników nie da się '
               'porównywać ani wykorzystać w programach krajowych.'),
    dict(no=9, title='Program szkoleń dla zarządców dróg z projektowania uspokojenia ruchu i '
                     'infrastruktury pieszej',
         type='knowledge', type_pl='wiedza', theme='walking_traffic_calming', mode='table',
         addressee='Centrum Unijnych Projektów Transportowych', deadline='2026–2028', cost='2,4 mln zł',
         funding=None, effect='300 przeszkolonych pracowników jednostek samorządu terytorialnego',
         short='Projektanci i urzędnicy w miastach średnich rzadko mają kontakt z aktualnymi '
               'standardami projektowania dla pieszych.'),
    dict(no=10, title='Ogólnopolska kampania promująca codzienne podróże pieszo, rowerem i transportem '
                      'zbiorowym',
         type='knowledge', type_pl='wiedza', theme='eco_awareness', mode='table',
         addressee='Ministerstwo Klimatu i Środowiska', deadline='corocznie od 2026 r.', cost='—',
         funding=None, effect='—',
         short='Lokalne kampanie miast mają niewielki zasięg; przekaz krajowy wzmacniałby działania '
               'podejmowane w trakcie Europejskiego Tygodnia Zrównoważonego Transportu.'),
    dict(no=11, title='Międzyresortowy zespół ds. mobilności miejskiej z udziałem przedstawicieli miast',
         type='organisational', type_pl='organizacyjna', theme='other', mode='table',
         addressee='Kancelaria Prezesa Rady Ministrów', deadline='III kw. 2025 r.', cost='—',
         funding=None, effect='powołanie zespołu; co najmniej 2 posiedzenia rocznie',
         short='Sprawy mobilności miejskiej są rozproszone między co najmniej czterema resortami; '
               'miasta nie mają jednego miejsca dialogu.'),
]

ABBREV = [
    ('CUPT', 'Centrum Unijnych Projektów Transportowych'),
    ('FEnIKS', 'program Fundusze Europejskie na Infrastrukturę, Klimat, Środowisko 2021–2027'),
    ('GTFS', 'General Transit Feed Specification – format publikacji rozkładów jazdy'),
    ('GUS', 'Główny Urząd Statystyczny'),
    ('KPRM', 'Kancelaria Prezesa Rady Ministrów'),
    ('MFiPR', 'Ministerstwo Funduszy i Polityki Regionalnej'),
    ('MI', 'Ministerstwo Infrastruktury'),
    ('MKiŚ', 'Ministerstwo Klimatu i Środowiska'),
    ('MOF', 'miejski obszar funkcjonalny'),
    ('MPK / MZK', 'Miejskie Przedsiębiorstwo Komunikacyjne / Miejski Zakład Komunikacji'),
    ('NFOŚiGW', 'Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej'),
    ('PIM', 'Partnerska Inicjatywa Miast'),
    ('RFRD', 'Rządowy Fundusz Rozwoju Dróg'),
    ('SCT', 'strefa czystego transportu'),
    ('SUMP', 'plan zrównoważonej mobilności miejskiej (ang. Sustainable Urban Mobility Plan)'),
    ('WFOŚiGW', 'wojewódzki fundusz ochrony środowiska i gospodarki wodnej'),
]
