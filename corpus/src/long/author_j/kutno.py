"""MID Kutno – mobility network, final. Landscape action table (2–3 rows per action,
"Kto? / Kiedy? / Za ile?"), funding only in the budget table, indicators only in the
indicator table, annex with cards for only some actions (one per page with a photo)."""
import random
from ox import Doc, r
from photos import street_photo

CITY = 'Kutno'
BLUE = '1F3864'

OBJ = {
    1: 'Bezpieczne i przyjazne pieszym śródmieście',
    2: 'Rower jako codzienny środek transportu',
    3: 'Atrakcyjna i niskoemisyjna komunikacja zbiorowa',
}

# number, objective, title, theme, secondary, Kto?, Kiedy?, Za ile?, funding, indicator, description, related
ACTIONS = [
    dict(no='1.1', obj=1, title='Strefa Tempo 30 w śródmieściu Kutna', theme='walking_traffic_calming', sec=[],
         resp='Zarząd Dróg Miejskich w Kutnie', time='II kw. 2025 – IV kw. 2026', cost='2,4 mln zł',
         fund='budżet Miasta Kutno, Rządowy Fundusz Rozwoju Dróg',
         ind='Długość ulic objętych strefą Tempo 30: 6,8 km',
         desc='Wprowadzenie strefy ograniczonej prędkości w obszarze ograniczonym ulicami Oporowską, Łęczycką, Kościuszki i Toruńską, '
              'wraz z elementami fizycznego uspokojenia ruchu (wyniesione skrzyżowania, progi wyspowe, zawężenia jezdni, szykany). '
              'Zakres obejmuje opracowanie projektu stałej organizacji ruchu, oznakowanie bram wjazdowych strefy oraz przebudowę sześciu skrzyżowań.',
         related='Powiązanie: zrealizowana w 2019 r. przebudowa ul. Królewskiej (etap I) – projekt zakończony, nie wchodzi w zakres MID.'),
    dict(no='1.2', obj=1, title='Bezpieczna droga do szkoły – przebudowa 12 przejść dla pieszych', theme='walking_traffic_calming', sec=[],
         resp='ZDM w Kutnie we współpracy z Wydziałem Edukacji UM Kutno', time='2025–2027 r.', cost='3 600 tys. zł',
         fund='Rządowy Program Rozwoju Bezpieczeństwa Przejść dla Pieszych (80%), budżet Miasta Kutno (20%)',
         ind='Liczba przebudowanych przejść dla pieszych: 12',
         desc='Doświetlenie, wyniesienie lub wyposażenie w azyle dwunastu przejść w rejonie szkół podstawowych nr 1, 4, 5 i 9 oraz I LO. '
              'Lista przejść została ustalona na podstawie audytu bezpieczeństwa z 2024 r. oraz mapy zdarzeń drogowych KPP Kutno.',
         related=None),
    dict(no='1.3', obj=1, title='Woonerf i parklety na ul. Królewskiej', theme='public_space', sec=['walking_traffic_calming'],
         resp='Wydział Architektury i Urbanistyki UM Kutno', time='do końca 2027 r.', cost='do oszacowania',
         fund='Fundusze Europejskie dla Łódzkiego 2021–2027 (wniosek planowany w naborze 2026 r.)',
         ind='Powierzchnia przestrzeni publicznej odzyskanej od ruchu samochodowego: 2 300 m²',
         desc='Przekształcenie odcinka ul. Królewskiej między pl. Piłsudskiego a ul. Zamoyskiego w strefę zamieszkania (woonerf) '
              'z jednym poziomem nawierzchni, zielenią w donicach, ławkami i sezonowymi parkletami prowadzonymi przez lokalnych przedsiębiorców.',
         related='Koszt zostanie ustalony po opracowaniu koncepcji w ramach konkursu SARP.'),
    dict(no='2.1', obj=2, title='Domknięcie Kutnowskiej Pętli Rowerowej', theme='cycling', sec=[],
         resp='Zarząd Dróg Miejskich w Kutnie', time='III kw. 2025 – II kw. 2027', cost='5,1 mln zł',
         fund='Fundusze Europejskie dla Łódzkiego 2021–2027, Priorytet 3 (85%), budżet Miasta Kutno',
         ind='Długość nowych dróg dla rowerów: 7,4 km',
         desc='Budowa brakujących odcinków dróg dla rowerów wzdłuż ul. Grunwaldzkiej, ul. Wiejskiej i ul. Żwirki i Wigury, łączących osiedla '
              'z dworcem PKP, strefą przemysłową i Parkiem Wiosny Ludów; wyznaczenie kontrapasów na ulicach jednokierunkowych w śródmieściu.',
         related='Projekt komplementarny: droga rowerowa wzdłuż DK92 realizowana przez GDDKiA (poza MID).'),
    dict(no='2.2', obj=2, title='Parkingi rowerowe Bike&Ride przy dworcu PKP i szkołach', theme='cycling', sec=['public_transport'],
         resp='Wydział Inwestycji i Remontów UM Kutno', time='2026 r.', cost='480 000 zł',
         fund='budżet Miasta Kutno',
         ind='Liczba nowych miejsc postojowych dla rowerów: 220',
         desc='Zadaszone wiaty rowerowe z monitoringiem przy dworcu Kutno (po obu stronach torów) oraz stojaki typu „U” przy 9 szkołach i 3 przychodniach.',
         related=None),
    dict(no='2.3', obj=2, title='Kampania „Rowerem do pracy i szkoły”', theme='eco_awareness', sec=['cycling'],
         resp='Biuro Promocji i Komunikacji Społecznej UM Kutno', time='kwiecień–wrzesień, corocznie w latach 2025–2027', cost='45 000 zł rocznie',
         fund='budżet Miasta Kutno, sponsorzy lokalni',
         ind='Liczba uczestników kampanii: 1 500 osób rocznie',
         desc='Rywalizacja zakładów pracy i szkół w liczbie przejazdów rejestrowanych w aplikacji, szkolenia „Bezpiecznie na rowerze” dla klas IV–VI, '
              'Rowerowy Piątek z bezpłatnym serwisem na pl. Piłsudskiego.',
         related=None),
    dict(no='3.1', obj=3, title='Nowy układ linii MZK i takt 20-minutowy', theme='public_transport', sec=[],
         resp='MZK Kutno Sp. z o.o.', time='od 1 września 2025 r.', cost='b.d.',
         fund='środki własne MZK Kutno Sp. z o.o., rekompensata z budżetu Miasta Kutno',
         ind='Liczba pasażerów MZK: wzrost o 15% do 2027 r. (rok bazowy 2024)',
         desc='Reorganizacja sieci z 11 do 8 linii o wyższej częstotliwości, ujednolicenie rozkładów w takcie 20 minut w godzinach szczytu '
              'i 40 minut poza szczytem, skomunikowanie z pociągami ŁKA i Polregio na dworcu Kutno.',
         related=None),
    dict(no='3.2', obj=3, title='Zakup 6 autobusów elektrycznych wraz z infrastrukturą ładowania', theme='public_transport', sec=['low_emission'],
         resp='MZK Kutno Sp. z o.o.', time='2026–2028', cost='22,8 mln zł',
         fund='NFOŚiGW – program „Zielony transport publiczny” (do 80%), FEnIKS, wkład własny MZK',
         ind='Liczba autobusów zeroemisyjnych w taborze MZK: 6',
         desc='Zakup sześciu autobusów elektrycznych klasy MAXI wraz z ładowarkami plug-in w zajezdni przy ul. Józefów oraz ładowarką pantografową na pętli przy dworcu.',
         related=None),
    dict(no='3.3', obj=3, title='Węzeł przesiadkowy Dworzec Kutno – zintegrowane przystanki', theme='public_transport', sec=['walking_traffic_calming'],
         resp='Wydział Inwestycji i Remontów UM Kutno w porozumieniu z PKP S.A.', time='IV kw. 2026 – IV kw. 2028', cost='9,7 mln zł',
         fund='FEnIKS, budżet Miasta Kutno',
         ind='—',
         desc='Przebudowa placu przed dworcem: przystanki MZK i komunikacji regionalnej w jednym miejscu, postój taxi, Kiss&Ride, '
              'dynamiczna informacja pasażerska i bezkolizyjne dojście do przejścia podziemnego.',
         related='Projekt komplementarny: modernizacja budynku dworca przez PKP S.A. (zakończona w 2013 r.).'),
    dict(no='3.4', obj=3, title='Koordynacja MID i monitoring mobilności', theme='other', sec=[],
         resp='Biuro Strategii i Rozwoju UM Kutno (Pełnomocnik Prezydenta ds. PIM)', time='2025–2028', cost='60 000 zł rocznie',
         fund='budżet Miasta Kutno, środki PIM na zarządzanie',
         ind='Liczba raportów z monitoringu MID: 4 (raz w roku)',
         desc='Prowadzenie sekretariatu Lokalnego Partnerstwa, coroczne pomiary ruchu pieszego i rowerowego w 14 punktach, '
              'raport z realizacji MID przedstawiany Radzie Miasta Kutno i sieci PIM.',
         related=None),
]

NULLS = {'do oszacowania', 'b.d.', '—'}
CARD_ACTIONS = ['1.1', '1.3', '2.1', '3.2']


def v(x):
    return None if x in NULLS else x


P = [
    # streszczenie
    'Miejska Inicjatywa Działania (MID) Kutna jest odpowiedzią miasta na problemy, które mieszkańcy wskazują od lat: zbyt szybki ruch samochodowy w śródmieściu, '
    'przerwane trasy rowerowe, rzadko kursujące autobusy i plac przed dworcem, który zamiast witać podróżnych – zniechęca. Dokument powstał w ramach sieci tematycznej '
    '„Mobilność miejska” programu Partnerska Inicjatywa Miast i był przygotowywany od stycznia 2024 r. do maja 2025 r. przez Lokalne Partnerstwo złożone z przedstawicieli '
    'Urzędu Miasta, spółek komunalnych, szkół, organizacji pozarządowych i przedsiębiorców.',
    'Diagnoza wykazała, że choć Kutno jest miastem zwartym – ponad 80% mieszkańców mieszka w promieniu 3 km od pl. Piłsudskiego – aż 58% podróży wykonywanych jest samochodem. '
    'Udział roweru wynosi 6%, a komunikacji miejskiej 9%. W latach 2019–2023 na drogach miasta doszło do 212 wypadków, w których zginęło 9 osób, a ponad połowa poszkodowanych '
    'to piesi i rowerzyści. Jednocześnie badanie ankietowe pokazało dużą gotowość do zmiany: 41% respondentów deklaruje, że jeździłoby rowerem częściej, gdyby trasy były spójne i bezpieczne.',
    'Celem głównym MID jest zwiększenie udziału podróży pieszych, rowerowych i komunikacją zbiorową z 44% do 55% do końca 2028 r. Cel ten realizują trzy cele szczegółowe '
    'i dziesięć działań o łącznej wartości ok. 44 mln zł, z czego ok. 80% ma pochodzić ze środków zewnętrznych. Najważniejsze przedsięwzięcia to strefa Tempo 30 w śródmieściu, '
    'domknięcie Kutnowskiej Pętli Rowerowej, nowy układ linii MZK i zakup autobusów elektrycznych oraz przebudowa węzła przesiadkowego przy dworcu.',
]


def diag_paras():
    return {
        'polozenie': [
            'Kutno leży w północnej części województwa łódzkiego, na przecięciu historycznych szlaków z Warszawy do Poznania i z Łodzi do Płocka i Torunia. '
            'Miasto jest siedzibą powiatu kutnowskiego i jednym z najważniejszych węzłów kolejowych w centralnej Polsce: przez stację Kutno przebiega linia E20 '
            '(Berlin – Warszawa – Moskwa) oraz linie nr 16 do Łodzi i nr 33 do Płocka. Bliskość węzła autostrad A1 i A2 sprawiła, że w ostatniej dekadzie wokół miasta '
            'wyrosły duże centra logistyczne, które dają pracę kilku tysiącom osób, ale generują również znaczny ruch ciężarowy i dojazdy pracowników samochodami.',
            'Miasto zajmuje powierzchnię 33,6 km² i liczy według danych GUS 42 180 mieszkańców (stan na 31.12.2023 r.). Podobnie jak w innych średnich miastach regionu, '
            'liczba ludności systematycznie spada – od 2010 r. ubyło ok. 4,7 tys. osób – a odsetek osób w wieku poprodukcyjnym przekroczył 27%. Starzenie się społeczeństwa '
            'ma bezpośrednie konsekwencje dla polityki mobilności: rośnie liczba osób, dla których kluczowe są dostępne przystanki, równe chodniki i bezpieczne przejścia, '
            'a maleje liczba osób, które mogą lub chcą prowadzić samochód.',
        ],
        'drogi': [
            'Układ drogowy Kutna ma charakter promienisty. Ruch tranzytowy z DK92 został w dużej mierze przeniesiony na autostradę A2 i obwodnicę, jednak ulice '
            'Łęczycka, Toruńska i Oporowska nadal przenoszą znaczny ruch dojazdowy do stref przemysłowych. W godzinach szczytu porannego na skrzyżowaniu ulic Kościuszki '
            'i Łęczyckiej rejestrowano w 2024 r. ponad 1 900 pojazdów na godzinę, z czego ok. 8% stanowiły pojazdy ciężkie.',
            'Pomiary ruchu wykonane przez ZDM w Kutnie w październiku 2024 r. w 12 przekrojach pokazują, że średnia prędkość pojazdów na ulicach śródmiejskich '
            'w godzinach poza szczytem przekracza 45 km/h, a na ul. Jagiellońskiej i ul. Sienkiewicza co trzeci kierowca jedzie szybciej niż 50 km/h. '
            'To właśnie te odcinki są najczęściej wskazywane przez mieszkańców jako niebezpieczne dla pieszych, w tym dzieci idących do szkoły.',
            'Miasto dysponuje ok. 2 600 miejscami postojowymi w strefie płatnego parkowania, której stawki nie były zmieniane od 2016 r. Badanie rotacji wykazało, '
            'że w rejonie pl. Piłsudskiego średni czas postoju wynosi ponad 3 godziny, a ok. 40% miejsc zajmują przez cały dzień pracownicy okolicznych instytucji.',
        ],
        'brd': [
            'Stan bezpieczeństwa ruchu drogowego w Kutnie jest gorszy niż średnia dla miast powiatowych województwa łódzkiego. Według danych Komendy Powiatowej Policji '
            'w Kutnie w latach 2019–2023 doszło na terenie miasta do 212 wypadków drogowych, w których zginęło 9 osób, a 241 zostało rannych. Piesi stanowili 38% '
            'poszkodowanych, a rowerzyści – 17%. Najwięcej zdarzeń z udziałem pieszych miało miejsce na przejściach bez sygnalizacji na ulicach o dwóch pasach ruchu w jednym kierunku.',
            'Audyt bezpieczeństwa przejść dla pieszych przeprowadzony w 2024 r. objął 146 przejść. Spośród nich 37 oceniono jako wymagające pilnej interwencji '
            '(brak doświetlenia, zbyt długa droga przez jezdnię, ograniczona widoczność przez parkujące pojazdy), w tym 12 w bezpośrednim sąsiedztwie szkół.',
        ],
        'kz': [
            'Komunikację miejską na terenie Kutna i sąsiednich gmin organizuje i wykonuje spółka MZK Kutno Sp. z o.o., której jedynym udziałowcem jest Miasto. '
            'Spółka obsługuje 11 linii autobusowych o łącznej długości ok. 142 km, dysponując taborem 24 autobusów, z których 10 ma więcej niż 15 lat. '
            'W 2024 r. przewieziono 2,1 mln pasażerów, tj. o 31% mniej niż w 2014 r.',
            'Rozkłady jazdy poszczególnych linii nie są ze sobą skoordynowane, a częstotliwość kursowania w dni robocze wynosi przeciętnie 30–60 minut. '
            'W soboty i niedziele część linii nie kursuje wcale. Mieszkańcy uczestniczący w warsztatach zwracali uwagę, że autobus „nie jest alternatywą, '
            'tylko ostatecznością”, zwłaszcza dla osób dojeżdżających do pracy na zmiany w strefie logistycznej przy ul. Sklęczkowskiej.',
            'Węzłem o największym potencjale jest dworzec PKP Kutno, obsługujący ok. 6 tys. pasażerów na dobę. Przystanki autobusowe znajdują się jednak w odległości '
            '150–300 m od wejść do dworca, nie ma zadaszonego parkingu rowerowego, a postój taxi i miejsca krótkiego postoju są rozproszone.',
        ],
        'rower': [
            'Sieć dróg dla rowerów w Kutnie liczy 18,6 km, z czego ponad połowę stanowią ciągi pieszo-rowerowe wybudowane przy okazji przebudowy dróg w latach 2012–2020. '
            'Trasy nie tworzą spójnej sieci: aż 14 odcinków kończy się „w szczerym polu” lub na skrzyżowaniu bez przejazdu. Jedyną trasą o charakterze rekreacyjnym '
            'jest ścieżka wzdłuż rzeki Ochni, chętnie wykorzystywana w weekendy.',
            'Pomiary ruchu rowerowego prowadzone w 2024 r. w sześciu punktach wykazały od 180 do 620 rowerzystów na dobę w dni robocze w sezonie. Najwyższe natężenia '
            'odnotowano na ul. Grunwaldzkiej i przy dworcu – w miejscach, gdzie brakuje wydzielonej infrastruktury. Liczba stojaków rowerowych przy szkołach jest '
            'niewystarczająca, a przy dworcu rowery przypina się do barierek i latarni.',
        ],
        'ankieta': [
            'W ramach prac diagnostycznych przeprowadzono badanie ankietowe mieszkańców (CAWI i PAPI, 1 214 ważnych ankiet, marzec–kwiecień 2024 r.) oraz badanie '
            'dzienniczków podróży na próbie 300 gospodarstw domowych. Strukturę podróży przedstawia tabela 7. Zwraca uwagę, że aż 36% podróży samochodem ma długość '
            'poniżej 3 km, a więc dystans, który w większości przypadków można pokonać pieszo lub rowerem w czasie krótszym niż 15 minut.',
            'Na pytanie o główne przeszkody w korzystaniu z roweru respondenci najczęściej wskazywali brak ciągłości tras (62%), poczucie zagrożenia ze strony '
            'samochodów (54%) oraz brak bezpiecznych miejsc do pozostawienia roweru (39%). W przypadku komunikacji miejskiej dominowały: zbyt rzadkie kursy (71%), '
            'brak połączeń wieczornych i weekendowych (48%) oraz niewygodne przesiadki przy dworcu (27%).',
        ],
    }


PAST = [
    ('Przebudowa ul. Łęczyckiej z drogą dla rowerów (2017–2018)', 'ZDM w Kutnie; RPO WŁ 2014–2020; wartość 6,2 mln zł; 1,9 km drogi dla rowerów.'),
    ('Rewitalizacja pl. Piłsudskiego i ul. Królewskiej, etap I (2018–2019)', 'UM Kutno; RPO WŁ 2014–2020, Oś VI; 8,4 mln zł; nowa nawierzchnia, zieleń, fontanna.'),
    ('Zakup 5 autobusów niskopodłogowych z napędem hybrydowym (2020)', 'MZK Kutno Sp. z o.o.; POIiŚ 2014–2020; 7,1 mln zł.'),
    ('System Kutnowskiego Roweru Miejskiego (2016–2020)', 'operator zewnętrzny; budżet Miasta; 12 stacji, system wygaszony w 2021 r. z powodu niskiej rotacji i kosztów utrzymania.'),
    ('Program „Bezpieczny Przedszkolak” (2021–2023)', 'Straż Miejska i KPP Kutno; zajęcia z zakresu BRD w 18 przedszkolach.'),
]

COMPLEMENTARY = [
    ('Modernizacja linii kolejowej nr 16 Łódź Widzew – Zgierz – Kutno, etap II', 'PKP Polskie Linie Kolejowe S.A.', 'CEF / KPO', '2024–2027', '1,1 mld zł'),
    ('Budowa drogi dla rowerów wzdłuż DK92 na odcinku Kutno – Krośniewice', 'GDDKiA Oddział w Łodzi', 'Program budowy dróg krajowych', '2025–2026', '18,5 mln zł'),
    ('Termomodernizacja budynków szkół podstawowych nr 2 i 8', 'UM Kutno – Wydział Inwestycji', 'FEnIKS', '2024–2026', '11,2 mln zł'),
    ('Kutnowski Budżet Obywatelski – zadania drogowe', 'UM Kutno', 'budżet Miasta', 'corocznie', 'ok. 1,5 mln zł'),
    ('Centrum Przesiadkowe Żychlin (sąsiednia gmina)', 'Gmina Żychlin', 'FEŁ 2027', '2025–2027', '14 mln zł'),
]

LP = [
    ('Urząd Miasta Kutno – Biuro Strategii i Rozwoju', 'lider Partnerstwa, koordynacja', 'Katarzyna Woźniak-Lis'),
    ('Zarząd Dróg Miejskich w Kutnie', 'zarządca dróg', 'Marek Sobczak'),
    ('MZK Kutno Sp. z o.o.', 'operator komunikacji miejskiej', 'Paweł Grzelak'),
    ('Komenda Powiatowa Policji w Kutnie – Wydział Ruchu Drogowego', 'bezpieczeństwo ruchu drogowego', 'asp. sztab. Tomasz Kowalczyk'),
    ('Stowarzyszenie „Kutno Rowerem”', 'organizacja pozarządowa', 'Agnieszka Milczarek'),
    ('Rada Seniorów Miasta Kutno', 'reprezentacja osób starszych', 'Janina Bartczak'),
    ('Szkoła Podstawowa nr 4 im. M. Kopernika', 'oświata, rada rodziców', 'Ewa Przybylska'),
    ('Kutnowska Izba Gospodarcza', 'przedsiębiorcy, pracodawcy strefy logistycznej', 'Robert Szymański'),
    ('Młodzieżowa Rada Miasta Kutno', 'młodzież', 'Oliwia Kaczmarek'),
    ('Powiat Kutnowski – Zarząd Dróg Powiatowych', 'partner ponadlokalny', 'Krzysztof Olejnik'),
]

MEETINGS = [
    ('Spotkanie inaugurujące Lokalne Partnerstwo', '18.01.2024', 'UM Kutno, sala sesyjna', '24'),
    ('Warsztat 1: Jak się poruszamy? Diagnoza problemów', '14.03.2024', 'Kutnowski Dom Kultury', '41'),
    ('Spacer badawczy: śródmieście i dworzec', '20.04.2024', 'pl. Piłsudskiego – dworzec PKP', '28'),
    ('Warsztat 2: Wizja mobilności 2030', '23.05.2024', 'Kutnowski Dom Kultury', '37'),
    ('Wizyta studyjna w Jaworznie (sieć PIM)', '12–13.06.2024', 'Jaworzno', '9'),
    ('Warsztat 3: Od problemu do działania', '26.09.2024', 'SP nr 4', '33'),
    ('Spotkanie z przedsiębiorcami strefy logistycznej', '17.10.2024', 'Kutnowska Izba Gospodarcza', '19'),
    ('Warsztat 4: Priorytetyzacja działań i budżet', '21.11.2024', 'UM Kutno', '29'),
    ('Konsultacje społeczne projektu MID (otwarte spotkanie)', '13.02.2025', 'Kutnowski Dom Kultury', '64'),
    ('Posiedzenie zamykające – przyjęcie MID przez LP', '15.05.2025', 'UM Kutno, sala sesyjna', '22'),
]

PROPOSALS = [
    ('Bezpłatna komunikacja miejska dla wszystkich mieszkańców', 'mieszkaniec (formularz online)', 'odrzucona', 'koszt ok. 7 mln zł rocznie przekracza możliwości budżetu; MID przewiduje poprawę oferty (dz. 3.1)'),
    ('Przywrócenie roweru miejskiego', 'Młodzieżowa Rada Miasta', 'odrzucona', 'doświadczenia z lat 2016–2021; priorytet dla infrastruktury i parkingów (dz. 2.1, 2.2)'),
    ('Wydłużenie kursów linii 5 do osiedla Łąkoszyn w soboty', 'Rada Osiedla Łąkoszyn', 'uwzględniona', 'włączona do nowego układu linii (dz. 3.1)'),
    ('Przejście dla pieszych przy SP nr 9 z sygnalizacją na żądanie', 'rada rodziców SP nr 9', 'uwzględniona', 'w wykazie przejść (dz. 1.2)'),
    ('Parking wielopoziomowy przy pl. Piłsudskiego', 'Kutnowska Izba Gospodarcza', 'odrzucona', 'sprzeczny z celem głównym MID; zostanie rozważony w polityce parkingowej'),
    ('Likwidacja progów zwalniających na ul. Jagiellońskiej', 'mieszkaniec (e-mail)', 'odrzucona', 'sprzeczne z wynikami audytu BRD'),
    ('Ławki i cień na przystankach przy ul. Toruńskiej', 'Rada Seniorów', 'uwzględniona częściowo', 'w ramach standardu przystanków MZK, poza MID'),
    ('Wyznaczenie kontrapasów na ul. Sienkiewicza i ul. Zamoyskiego', 'Stowarzyszenie „Kutno Rowerem”', 'uwzględniona', 'w zakresie dz. 2.1'),
    ('Całoroczna lodowisko-strefa na pl. Piłsudskiego', 'mieszkanka (spotkanie 13.02.2025)', 'odrzucona', 'nie dotyczy zakresu tematycznego MID'),
    ('Aplikacja z biletem miesięcznym i informacją o opóźnieniach', 'Młodzieżowa Rada Miasta', 'do dalszej analizy', 'zostanie rozważona po wdrożeniu dz. 3.1'),
    ('Strefa płatnego parkowania na ul. Kościuszki', 'ZDM w Kutnie', 'do dalszej analizy', 'polityka parkingowa – odrębny dokument'),
    ('Sezonowa linia autobusowa do zalewu w Ostrowach', 'mieszkaniec (formularz papierowy)', 'odrzucona', 'poza granicami Miasta, brak porozumienia międzygminnego'),
]


def build(toc_pages=None):
    d = Doc(font='Arial', size=10.5, heading_color=BLUE, numbered_headings=True,
            header_text='Miejska Inicjatywa Działania – Kutno', header_right='Partnerska Inicjatywa Miast | sieć Mobilność',
            footer_left='MID Kutno 2025–2028')
    tp = toc_pages or {}

    # ---------- cover
    d.p('', spacing='<w:spacing w:before="1800"/>')
    d.table([[{'t': 'PARTNERSKA INICJATYWA MIAST', 'b': True, 'color': 'FFFFFF', 'fill': BLUE, 'align': 'center', 'sz': 12},
              {'t': 'Sieć tematyczna: Mobilność miejska', 'color': BLUE, 'fill': 'D9E2F3', 'align': 'center', 'sz': 12}]],
            [4600, 4600], header_rows=0, borders=False)
    d.p('', spacing='<w:spacing w:before="900"/>')
    d.p(r('MIEJSKA INICJATYWA DZIAŁANIA', b=True, sz=26, color=BLUE), align='center')
    d.p(r('KUTNO – MIASTO KRÓTKICH ODLEGŁOŚCI', b=True, sz=18, color='2E74B5'), align='center')
    d.p(r('Program poprawy mobilności aktywnej i transportu zbiorowego na lata 2025–2028', sz=13, color='404040'), align='center')
    d.p('', spacing='<w:spacing w:before="2400"/>')
    d.p(r('Dokument przyjęty przez Lokalne Partnerstwo w dniu 15 maja 2025 r.', i=True), align='center')
    d.p(r('Zatwierdzony Zarządzeniem nr 214/2025 Prezydenta Miasta Kutno z dnia 2 czerwca 2025 r.', i=True), align='center')
    d.p('', spacing='<w:spacing w:before="1200"/>')
    d.p(r('Kutno, czerwiec 2025 r.', b=True), align='center')
    d.p(br_page_xml())

    # ---------- TOC (cached). Chapter 7 entry keeps its old name: body heading renamed later.
    toc = [(1, '1. Streszczenie', 'streszczenie'), (1, '2. Lokalne Partnerstwo i przygotowanie MID', 'lp'),
           (2, '2.1. Skład Lokalnego Partnerstwa', 'lp1'), (2, '2.2. Spotkania i warsztaty', 'lp2'), (2, '2.3. Konsultacje społeczne', 'lp3'),
           (1, '3. Diagnoza mobilności w Kutnie', 'diag'), (2, '3.1. Położenie i demografia', 'd1'), (2, '3.2. Układ drogowy i natężenie ruchu', 'd2'),
           (2, '3.3. Bezpieczeństwo ruchu drogowego', 'd3'), (2, '3.4. Komunikacja miejska', 'd4'), (2, '3.5. Ruch rowerowy i pieszy', 'd5'),
           (2, '3.6. Wyniki badania ankietowego', 'd6'), (2, '3.7. Dotychczasowe działania Miasta', 'd7'), (2, '3.8. Analiza SWOT', 'd8'),
           (2, '3.9. Wnioski z diagnozy', 'd9'),
           (1, '4. Cele Miejskiej Inicjatywy Działania', 'cele'), (1, '5. Działania', 'dz'), (2, '5.1. Projekty komplementarne', 'kompl'),
           (1, '6. Wskaźniki i system monitoringu', 'wsk'), (1, '7. Analiza ryzyka', 'ryz'), (1, '8. Harmonogram i budżet', 'hb'),
           (2, '8.1. Harmonogram realizacji', 'h'), (2, '8.2. Budżet i źródła finansowania', 'b'),
           (1, 'Załącznik nr 1 – Karty wybranych działań', 'z1'), (1, 'Załącznik nr 2 – Zestawienie uwag z konsultacji', 'z2')]
    d.toc([(lvl, t, tp.get(k, 3)) for lvl, t, k in toc])
    d.p(br_page_xml())
    d.p(r('Wykaz skrótów', b=True, sz=14, color=BLUE))
    d.table([[{'t': 'Skrót', 'b': True, 'fill': 'D9E2F3'}, {'t': 'Objaśnienie', 'b': True, 'fill': 'D9E2F3'}]] + [list(x) for x in ABBR], [1800, 7400])
    d.p(br_page_xml())

    # ---------- 1 Streszczenie
    d.h(1, 'Streszczenie')
    for x in P:
        d.p(x)
    d.p('Dokument składa się z ośmiu rozdziałów i dwóch załączników. Ze względu na znaczenie partycypacji w programie PIM opis Lokalnego Partnerstwa '
        'i procesu przygotowania MID umieszczono bezpośrednio po streszczeniu, przed diagnozą. Szczegółowe karty najważniejszych przedsięwzięć inwestycyjnych '
        'zawiera Załącznik nr 1, a zestawienie uwag zgłoszonych w konsultacjach – Załącznik nr 2.')
    d.table([[{'t': 'MID Kutno w liczbach', 'b': True, 'fill': 'D9E2F3', 'span': 2}],
             ['Okres realizacji', '2025–2028'], ['Liczba celów szczegółowych / działań', '3 / 10'],
             ['Szacunkowa wartość działań z określonym kosztem', 'ok. 44 mln zł'],
             ['Udział środków zewnętrznych', 'ok. 80%'], ['Liczba członków Lokalnego Partnerstwa', '10 instytucji, 14 osób'],
             ['Liczba uczestników warsztatów i konsultacji', 'ok. 300 osób']], [5400, 3800], header_rows=1)

    # ---------- 2 LP
    d.h(1, 'Lokalne Partnerstwo i przygotowanie MID', page_break=True)
    d.p('Lokalne Partnerstwo (LP) zostało powołane Zarządzeniem nr 12/2024 Prezydenta Miasta Kutno z dnia 11 stycznia 2024 r. Jego zadaniem było '
        'przygotowanie MID, a w okresie realizacji – nadzór nad wdrażaniem działań i ocena postępów. Partnerstwo działa na podstawie regulaminu przyjętego na '
        'pierwszym posiedzeniu; decyzje zapadają w drodze konsensusu, a w sprawach spornych – zwykłą większością głosów.' + '', )
    d.p(['Przy doborze członków kierowano się zasadą, aby przy stole zasiedli zarówno ci, którzy decydują o infrastrukturze i usługach transportowych, '
         'jak i ci, którzy z nich na co dzień korzystają – w tym grupy zwykle niedoreprezentowane: seniorzy, młodzież i rodzice dzieci w wieku szkolnym.',
         d.fn('Zgodnie z wytycznymi programu PIM dotyczącymi tworzenia Lokalnych Partnerstw, wersja z 2023 r.')])
    d.h(2, 'Skład Lokalnego Partnerstwa')
    d.caption('Tabela 1. Skład Lokalnego Partnerstwa MID Kutno')
    d.table([[{'t': 'Instytucja / organizacja', 'b': True, 'fill': 'D9E2F3'}, {'t': 'Rola w Partnerstwie', 'b': True, 'fill': 'D9E2F3'},
              {'t': 'Przedstawiciel', 'b': True, 'fill': 'D9E2F3'}]] + [list(x) for x in LP], [4200, 2800, 2200])
    d.h(2, 'Spotkania i warsztaty')
    d.p('Prace nad MID prowadzono w formule warsztatowej. Każde spotkanie kończyło się notatką publikowaną na stronie internetowej Miasta. '
        'Poniżej zestawiono wszystkie spotkania Lokalnego Partnerstwa wraz z liczbą uczestników.')
    d.caption('Tabela 2. Harmonogram spotkań Lokalnego Partnerstwa (styczeń 2024 – maj 2025)')
    d.table([[{'t': 'Spotkanie / warsztat', 'b': True, 'fill': 'D9E2F3'}, {'t': 'Data', 'b': True, 'fill': 'D9E2F3'},
              {'t': 'Miejsce', 'b': True, 'fill': 'D9E2F3'}, {'t': 'Liczba uczestników', 'b': True, 'fill': 'D9E2F3'}]]
            + [list(m) for m in MEETINGS], [4300, 1300, 2500, 1100])
    d.p('Szczególnie cenne okazały się spacery badawcze. Uczestnicy – w tym osoby poruszające się na wózku i rodzice z wózkami dziecięcymi – przeszli trasę '
        'z pl. Piłsudskiego do dworca, notując bariery: wysokie krawężniki, brak obniżeń, wąskie chodniki zastawione przez parkujące samochody i nieczytelne '
        'oznakowanie. Wyniki spaceru naniesiono na mapę, która stała się podstawą wyboru lokalizacji w działaniach 1.1 i 1.2.')
    d.h(2, 'Konsultacje społeczne')
    d.p(['Projekt MID poddano konsultacjom społecznym w dniach 3 lutego – 3 marca 2025 r. na podstawie uchwały nr XLI/312/2017 Rady Miasta Kutno w sprawie '
         'zasad i trybu przeprowadzania konsultacji społecznych z mieszkańcami',
         d.fn('Uchwała nr XLI/312/2017 Rady Miasta Kutno z dnia 28 listopada 2017 r. (Dz. Urz. Woj. Łódzkiego poz. 5211) – dane przykładowe na potrzeby dokumentu.'),
         '. Uwagi można było zgłaszać przez formularz elektroniczny, w punkcie konsultacyjnym w holu Urzędu Miasta oraz podczas otwartego spotkania 13 lutego 2025 r. '
         'Wpłynęło 87 uwag od 52 podmiotów. 31 uwag uwzględniono w całości lub w części, 19 odrzucono, a pozostałe dotyczyły spraw wykraczających poza zakres MID '
         'i zostały przekazane właściwym wydziałom. Zestawienie najważniejszych uwag wraz ze sposobem ich rozpatrzenia zawiera Załącznik nr 2.'])
    d.p('W wyniku konsultacji do MID dodano działanie 2.3 (kampania „Rowerem do pracy i szkoły”), rozszerzono listę przejść w działaniu 1.2 o przejście '
        'przy SP nr 9 oraz zmieniono kolejność realizacji odcinków Kutnowskiej Pętli Rowerowej, tak aby w pierwszej kolejności połączyć osiedla z dworcem.')

    # ---------- 3 Diagnoza
    dp = diag_paras()
    d.h(1, 'Diagnoza mobilności w Kutnie', page_break=True)
    d.p('Diagnozę opracowano na podstawie danych GUS, KPP w Kutnie, ZDM w Kutnie i MZK Kutno Sp. z o.o., pomiarów ruchu wykonanych w 2024 r., badania '
        'ankietowego mieszkańców oraz wyników warsztatów Lokalnego Partnerstwa. Przy analizie uwzględniono ustalenia Strategii Rozwoju Miasta Kutno 2030 '
        'i Planu Zrównoważonej Mobilności Miejskiej dla Kutna z 2022 r.')
    d.h(2, 'Położenie i demografia')
    for x in dp['polozenie']:
        d.p(x)
    d.caption('Tabela 3. Liczba ludności Kutna w latach 2010–2023')
    pop = [(2010, 46_880, 17.2, 19.1), (2013, 45_720, 16.6, 20.5), (2016, 44_970, 16.1, 22.4), (2018, 44_410, 16.0, 23.7),
           (2020, 43_540, 15.9, 25.2), (2022, 42_650, 15.7, 26.6), (2023, 42_180, 15.6, 27.1)]
    d.table([[{'t': h, 'b': True, 'fill': 'D9E2F3'} for h in ('Rok', 'Liczba ludności', 'Udział wieku przedprodukcyjnego [%]', 'Udział wieku poprodukcyjnego [%]')]]
            + [[str(a), f'{b:,}'.replace(',', ' '), f'{c:.1f}'.replace('.', ','), f'{e:.1f}'.replace('.', ',')] for a, b, c, e in pop], [1400, 2200, 2800, 2800])
    d.p('Źródło: GUS, Bank Danych Lokalnych.', style='Caption')
    d.h(2, 'Układ drogowy i natężenie ruchu')
    for x in dp['drogi'][:2]:
        d.p(x)
    rnd = random.Random(7)
    streets = ['ul. Łęczycka', 'ul. Toruńska', 'ul. Oporowska', 'ul. Kościuszki', 'ul. Narutowicza', 'ul. Jagiellońska', 'ul. Sienkiewicza',
               'ul. Grunwaldzka', 'ul. Żwirki i Wigury', 'ul. Wiejska', 'ul. Barlickiego', 'ul. Zamoyskiego']
    rows = []
    for s in streets:
        q = rnd.randint(480, 1950)
        rows.append([s, f'{q * 11:,}'.replace(',', ' '), str(q), f'{rnd.uniform(3, 11):.1f}'.replace('.', ','), str(rnd.randint(38, 56)), str(rnd.randint(44, 67))])
    d.caption('Tabela 4. Natężenie ruchu i prędkości w wybranych przekrojach (pomiary ZDM, październik 2024 r.)')
    d.table([[{'t': h, 'b': True, 'fill': 'D9E2F3'} for h in ('Przekrój', 'SDR [poj./dobę]', 'Szczyt poranny [poj./h]', 'Udział poj. ciężkich [%]', 'V śr. [km/h]', 'V85 [km/h]')]]
            + rows, [2300, 1500, 1600, 1500, 1100, 1200])
    d.p(dp['drogi'][2])
    d.h(2, 'Bezpieczeństwo ruchu drogowego')
    d.p(dp['brd'][0] + '')
    d.caption('Tabela 5. Zdarzenia drogowe w Kutnie w latach 2019–2023')
    acc = [(2019, 51, 2, 58, 19, 8), (2020, 37, 1, 41, 14, 7), (2021, 42, 3, 47, 17, 9), (2022, 44, 2, 50, 19, 8), (2023, 38, 1, 45, 18, 9)]
    d.table([[{'t': h, 'b': True, 'fill': 'D9E2F3'} for h in ('Rok', 'Wypadki', 'Zabici', 'Ranni', 'w tym piesi', 'w tym rowerzyści')]]
            + [[str(x) for x in a] for a in acc] + [[{'t': 'Razem', 'b': True}, {'t': '212', 'b': True}, {'t': '9', 'b': True}, {'t': '241', 'b': True}, {'t': '87', 'b': True}, {'t': '41', 'b': True}]],
            [1500, 1500, 1500, 1500, 1600, 1600])
    d.p(['Źródło: KPP w Kutnie, System Ewidencji Wypadków i Kolizji (SEWiK)', d.fn('Dane za lata 2019–2023 udostępnione pismem KPP w Kutnie z dnia 7 lutego 2024 r.'), '.'], style='Caption')
    d.p(dp['brd'][1])
    d.h(2, 'Komunikacja miejska')
    d.p(dp['kz'][0])
    d.caption('Tabela 6. Linie MZK Kutno – charakterystyka (stan na grudzień 2024 r.)')
    lines = [('1', 'Dworzec PKP – Łąkoszyn', '9,8', '30', 'tak'), ('2', 'Dybów – Szpital', '11,2', '40', 'tak'), ('3', 'Dworzec PKP – Strefa Przemysłowa', '14,5', '60', 'nie'),
             ('4', 'Tarnowskiego – Cmentarz', '8,1', '45', 'tak'), ('5', 'Łąkoszyn – Kościuszki – Dworzec', '10,6', '30', 'nie'),
             ('6', 'Azaliowa – Dybów', '12,0', '60', 'nie'), ('7', 'Dworzec – Krzesin', '16,4', '90', 'nie'), ('8', 'Szpital – Sklęczkowska', '13,7', '60', 'nie'),
             ('9', 'Olimpijczyków – Dworzec', '7,9', '40', 'tak'), ('10', 'Dworzec – Wierzbie', '18,2', '120', 'nie'), ('11', 'Pl. Piłsudskiego – Gołębiew', '19,1', '120', 'nie')]
    d.table([[{'t': h, 'b': True, 'fill': 'D9E2F3'} for h in ('Linia', 'Relacja', 'Długość [km]', 'Częstotliwość w szczycie [min]', 'Kursy w niedziele')]]
            + [list(x) for x in lines], [900, 3900, 1300, 1800, 1300])
    for x in dp['kz'][1:]:
        d.p(x)
    d.p('Odrębnym problemem są dojazdy do strefy przemysłowo-logistycznej przy ul. Sklęczkowskiej i w Wierzbiu. Pracuje tam ok. 7 tys. osób, z czego ponad połowa '
        'dojeżdża spoza Kutna. Zakłady organizują własny transport pracowniczy, który nie jest skoordynowany z rozkładami MZK ani kolei. Przedsiębiorcy '
        'uczestniczący w spotkaniu 17 października 2024 r. deklarowali gotowość współfinansowania kursów dopasowanych do zmian, pod warunkiem stabilnego rozkładu.')
    d.caption('Tabela 6a. Dojazdy do pracy do największych zakładów strefy przemysłowej (deklaracje pracodawców, 2024 r.)')
    firms = [('Zakład A – centrum dystrybucyjne', '1 850', '3', '71', '6', '18'), ('Zakład B – przetwórstwo spożywcze', '1 120', '3', '64', '11', '21'),
             ('Zakład C – logistyka e-commerce', '2 300', '3', '58', '4', '34'), ('Zakład D – produkcja opakowań', '640', '2', '77', '9', '12'),
             ('Zakład E – magazyn wysokiego składowania', '980', '3', '69', '5', '22')]
    d.table([[{'t': h, 'b': True, 'fill': 'D9E2F3'} for h in ('Pracodawca (anonimizowany)', 'Liczba pracowników', 'Liczba zmian', 'Samochód [%]', 'MZK [%]', 'Transport zakładowy [%]')]]
            + [list(f) for f in firms], [3300, 1300, 1000, 1200, 1000, 1400])
    d.h(2, 'Ruch rowerowy i pieszy')
    for x in dp['rower']:
        d.p(x)
    d.caption('Tabela 7a. Wyniki pomiarów ruchu rowerowego i pieszego (wtorek–czwartek, czerwiec 2024 r.)')
    pts = ['ul. Grunwaldzka / Wiejska', 'dworzec PKP – tunel', 'pl. Piłsudskiego', 'ul. Królewska', 'ul. Łęczycka / Kościuszki', 'Park Wiosny Ludów']
    d.table([[{'t': h, 'b': True, 'fill': 'D9E2F3'} for h in ('Punkt pomiarowy', 'Rowerzyści [/dobę]', 'Piesi [/dobę]', 'Udział jazdy po chodniku [%]')]]
            + [[p, str(rnd.randint(180, 620)), f'{rnd.randint(1200, 9800):,}'.replace(',', ' '), str(rnd.randint(18, 64))] for p in pts], [3600, 1900, 1900, 1800])
    d.h(2, 'Wyniki badania ankietowego')
    d.p(dp['ankieta'][0])
    d.caption('Tabela 7. Podział zadań przewozowych (modal split) – podróże mieszkańców Kutna w dzień roboczy')
    d.table([[{'t': h, 'b': True, 'fill': 'D9E2F3'} for h in ('Środek transportu', 'Udział 2016 [%]', 'Udział 2024 [%]', 'Cel MID 2028 [%]')]] +
            [['samochód (kierowca i pasażer)', '52', '58', '45'], ['pieszo', '31', '29', '32'], ['komunikacja miejska', '12', '9', '13'],
             ['rower', '5', '6', '10'], ['inne (hulajnoga, taxi)', '0', '<1', '<1']], [3800, 1800, 1800, 1800])
    d.p(dp['ankieta'][1])
    d.p('Warto odnotować również zmianę postaw. W porównaniu z badaniem z 2016 r. wyraźnie wzrosło poparcie dla uspokajania ruchu: za obniżeniem prędkości do 30 km/h '
        'w okolicach szkół opowiada się 78% mieszkańców, a w całym śródmieściu – 52%. Przeciwników takiego rozwiązania jest 31%, najczęściej są to kierowcy '
        'zawodowi i osoby dojeżdżające do pracy spoza miasta. Poparcie dla przeznaczenia części miejsc parkingowych na ul. Królewskiej na zieleń i ogródki '
        'kawiarniane wynosi 57%.')
    d.caption('Tabela 7b. Ocena warunków podróżowania w Kutnie (skala 1–5, średnia)')
    d.table([[{'t': h, 'b': True, 'fill': 'D9E2F3'} for h in ('Aspekt', 'Ogółem', 'Kobiety', 'Mężczyźni', 'Osoby 65+')]] +
            [['Bezpieczeństwo pieszych na przejściach', '2,7', '2,5', '2,9', '2,3'], ['Stan chodników', '2,9', '2,8', '3,0', '2,4'],
             ['Bezpieczeństwo jazdy rowerem', '2,3', '2,1', '2,5', '2,2'], ['Dostępność parkingów rowerowych', '2,2', '2,2', '2,3', '2,6'],
             ['Częstotliwość autobusów MZK', '2,0', '1,9', '2,1', '2,4'], ['Punktualność autobusów MZK', '3,4', '3,5', '3,3', '3,6'],
             ['Dostępność parkingów dla samochodów', '3,1', '3,2', '2,9', '3,3'], ['Jakość przestrzeni pl. Piłsudskiego', '3,9', '4,0', '3,8', '3,7']],
            [4000, 1300, 1300, 1300, 1300])
    d.p('Źródło: badanie ankietowe mieszkańców Kutna, marzec–kwiecień 2024 r., n = 1 214.', style='Caption')
    d.h(2, 'Dotychczasowe działania Miasta')
    d.p('W latach 2015–2023 Miasto i jego jednostki zrealizowały szereg przedsięwzięć poprawiających warunki podróżowania. Zestawiono je poniżej, ponieważ ich '
        'doświadczenia – także te negatywne – wpłynęły na kształt MID. Przedsięwzięcia te zostały zakończone i nie są finansowane w ramach niniejszego dokumentu.')
    for k, (t, rest) in enumerate(PAST):
        d.p([r(t, b=True), r(' – ' + rest)], style='ListParagraph', numpr=(4, 0))
    d.p('Z powyższych doświadczeń płyną trzy wnioski. Po pierwsze, pojedyncze odcinki infrastruktury nie zmieniają zachowań, jeśli nie tworzą sieci. Po drugie, '
        'rower miejski w mieście tej wielkości wymaga przede wszystkim bezpiecznych tras i parkingów, a nie systemu wypożyczalni. Po trzecie, inwestycjom powinna '
        'towarzyszyć konsekwentna komunikacja z mieszkańcami.')
    d.textbox('Ramka 1. Dobre praktyki z Jaworzna i Pontevedry', [
        'Jaworzno od 2019 r. nie odnotowało ofiar śmiertelnych wypadków drogowych na drogach miejskich. Złożyło się na to konsekwentne uspokajanie ruchu, '
        'ograniczenie prędkości do 30 km/h w większości ulic lokalnych, automatyczne pomiary prędkości i kampanie edukacyjne.',
        'Hiszpańska Pontevedra (ok. 83 tys. mieszkańców) przekształciła centrum w strefę pierwszeństwa pieszych, ograniczając ruch samochodowy do dostaw i dojazdu '
        'do posesji. Liczba mieszkańców śródmieścia wzrosła, a lokalny handel – wbrew obawom – się ożywił.',
        'Wnioski dla Kutna: wizyta studyjna w Jaworznie (czerwiec 2024 r.) przekonała członków LP, że zmiana jest możliwa w horyzoncie kilku lat, jeżeli działania '
        'infrastrukturalne i organizacyjne są wdrażane jednocześnie.'])
    d.h(2, 'Analiza SWOT')
    d.caption('Tabela 8. Analiza SWOT mobilności w Kutnie')
    sw = [
        ('• zwarta struktura przestrzenna, krótkie odległości\n• węzeł kolejowy o znaczeniu krajowym\n• doświadczenie w realizacji projektów unijnych\n• aktywne organizacje rowerowe i Rada Seniorów',
         '• niespójna sieć dróg dla rowerów\n• niska częstotliwość kursowania MZK\n• wysokie prędkości w śródmieściu\n• stary tabor autobusowy\n• rozproszone przystanki przy dworcu'),
        ('• środki FEnIKS, FEŁ 2027 i programów krajowych\n• wsparcie sieci PIM i wymiana doświadczeń\n• rozwój strefy logistycznej – nowi pasażerowie\n• rosnąca popularność rowerów elektrycznych',
         '• spadek liczby ludności i starzenie się społeczeństwa\n• rosnące koszty energii i wykonawstwa\n• opór części kierowców i przedsiębiorców\n• ograniczone zdolności kadrowe ZDM'),
    ]
    d.table([[{'t': 'Mocne strony', 'b': True, 'fill': 'E2EFD9'}, {'t': 'Słabe strony', 'b': True, 'fill': 'FBE4D5'}],
             [sw[0][0], sw[0][1]],
             [{'t': 'Szanse', 'b': True, 'fill': 'DEEAF6'}, {'t': 'Zagrożenia', 'b': True, 'fill': 'FFF2CC'}],
             [sw[1][0], sw[1][1]]], [4600, 4600])
    d.h(2, 'Wnioski z diagnozy')
    for t in ['Kutno ma warunki, by stać się „miastem krótkich odległości”, ale dziś większość krótkich podróży odbywa się samochodem.',
              'Największym problemem bezpieczeństwa są prędkości w śródmieściu i przejścia bez doświetlenia, zwłaszcza w rejonie szkół.',
              'Sieć rowerowa wymaga domknięcia i uzupełnienia o parkingi; bez tego kampanie promocyjne nie przyniosą efektu.',
              'Komunikacja miejska traci pasażerów z powodu niskiej częstotliwości i braku integracji z koleją; potrzebna jest reforma sieci i odnowa taboru.']:
        d.p(t, style='ListParagraph', numpr=(3, 0))

    # ---------- 4 Cele
    d.h(1, 'Cele Miejskiej Inicjatywy Działania', page_break=True)
    d.h(2, 'Cel główny')
    d.p(r('Zwiększenie udziału podróży pieszych, rowerowych i komunikacją zbiorową w Kutnie z 44% do 55% do końca 2028 r., przy jednoczesnej poprawie '
          'bezpieczeństwa ruchu drogowego.', b=True, i=True), border=True, shade='F2F2F2')
    d.h(2, 'Cele szczegółowe')
    expl = {1: 'Obniżenie prędkości w śródmieściu, poprawa bezpieczeństwa przejść i odzyskanie części przestrzeni ulic dla pieszych.',
            2: 'Stworzenie spójnej sieci tras rowerowych łączących osiedla z dworcem, szkołami i miejscami pracy oraz promocja roweru w codziennych podróżach.',
            3: 'Zwiększenie częstotliwości i niezawodności komunikacji miejskiej, odnowa taboru i integracja z koleją.'}
    for k in (1, 2, 3):
        d.p([r(f'Cel szczegółowy {k} – {OBJ[k]}. ', b=True), r(expl[k])])
    d.p('Powiązanie celów z problemami zidentyfikowanymi w diagnozie oraz z dokumentami strategicznymi przedstawia tabela 9.')
    d.caption('Tabela 9. Spójność celów MID z dokumentami strategicznymi')
    d.table([[{'t': h, 'b': True, 'fill': 'D9E2F3'} for h in ('Cel szczegółowy', 'Strategia Rozwoju Miasta Kutno 2030', 'PZMM Kutno 2022', 'Strategia Rozwoju Województwa Łódzkiego 2030')]] +
            [['CS1', 'Cel 2.3 Bezpieczna przestrzeń', 'Kierunek B – uspokojenie ruchu', 'Cel 3.1'], ['CS2', 'Cel 2.4 Mobilność aktywna', 'Kierunek C – sieć rowerowa', 'Cel 3.2'],
             ['CS3', 'Cel 2.5 Transport zbiorowy', 'Kierunek A – komunikacja zbiorowa', 'Cel 3.3']], [1700, 2800, 2500, 2200])

    # ---------- 5 Działania (landscape)
    d.section_break(landscape_before=False)
    d.h(1, 'Działania')
    d.p('Tabela 10 przedstawia wszystkie działania MID uporządkowane według celów szczegółowych. Dla każdego działania podano, kto odpowiada za realizację, kiedy '
        'będzie realizowane i ile będzie kosztować. Źródła finansowania ujęto w rozdziale 8.2, a wskaźniki – w rozdziale 6. Dla czterech przedsięwzięć '
        'inwestycyjnych sporządzono karty zawierające dodatkowe informacje (Załącznik nr 1).')
    d.caption('Tabela 10. Zestawienie działań MID Kutno')
    W = [800, 5300, 3300, 2500, 2670]
    hdr = [{'t': h, 'b': True, 'fill': BLUE, 'color': 'FFFFFF'} for h in ('Nr', 'Działanie', 'Kto?', 'Kiedy?', 'Za ile?')]
    rows = [hdr]
    cur = None
    for a in ACTIONS:
        if a['obj'] != cur:
            cur = a['obj']
            rows.append({'cells': [{'t': f'Cel szczegółowy {cur}: {OBJ[cur]}', 'b': True, 'fill': 'D9E2F3', 'span': 5}], 'trpr': '<w:cantSplit/>'})
        nrows = 3 if a['related'] else 2
        rows.append({'cells': [{'t': a['no'], 'b': True, 'vm': 'restart', 'fill': 'F2F2F2'}, {'t': a['title'], 'b': True}, a['resp'], a['time'], a['cost']],
                     'trpr': '<w:cantSplit/>'})
        rows.append({'cells': [{'vm': 'cont', 'fill': 'F2F2F2'}, {'t': 'Opis: ' + a['desc'], 'span': 4}], 'trpr': '<w:cantSplit/>'})
        if a['related']:
            rows.append({'cells': [{'vm': 'cont', 'fill': 'F2F2F2'}, {'t': a['related'], 'span': 4, 'color': '595959'}], 'trpr': '<w:cantSplit/>'})
    d.table(rows, W, header_rows=1)
    d.p('Łączny koszt działań, dla których koszt został określony, wynosi ok. 44,2 mln zł (w tym koszty roczne przeliczone na cały okres realizacji). Koszt działania 1.3 '
        'zostanie oszacowany po rozstrzygnięciu konkursu na koncepcję, a działania 3.1 – po zakończeniu negocjacji umowy o świadczenie usług przewozowych.')
    d.h(2, 'Projekty komplementarne')
    d.p('Na obszarze Kutna i w jego otoczeniu realizowane są lub planowane przedsięwzięcia innych podmiotów, które wzmacniają efekty MID. Nie są one działaniami MID '
        'i nie są finansowane w jego ramach, jednak ich harmonogramy uwzględniono przy planowaniu.')
    d.caption('Tabela 11. Projekty komplementarne wobec MID')
    d.table([[{'t': h, 'b': True, 'fill': 'D9E2F3'} for h in ('Nazwa projektu', 'Realizator', 'Źródło finansowania', 'Okres', 'Wartość')]] + [list(c) for c in COMPLEMENTARY],
            [5200, 3200, 2700, 1600, 1870])
    d.section_break(landscape_before=True)

    # ---------- 6 Wskaźniki
    d.h(1, 'Wskaźniki i system monitoringu')
    d.p('Monitoring MID prowadzi Biuro Strategii i Rozwoju UM Kutno. Dane zbierane są raz w roku, do 31 marca, za rok poprzedni. Raport z monitoringu '
        'przedstawiany jest Lokalnemu Partnerstwu, a następnie Radzie Miasta Kutno. Poza wskaźnikami dla poszczególnych działań monitorowane są trzy wskaźniki '
        'kontekstowe: udział podróży niesamochodowych (badanie ankietowe co dwa lata), liczba ofiar wypadków drogowych oraz liczba pasażerów MZK.')
    d.caption('Tabela 12. Wskaźniki realizacji działań')
    rows = [[{'t': h, 'b': True, 'fill': 'D9E2F3'} for h in ('Nr dz.', 'Wskaźnik i wartość docelowa', 'Wartość bazowa (2024)', 'Źródło danych')]]
    base = {'1.1': '0 km', '1.2': '0', '1.3': '0 m²', '2.1': '18,6 km sieci', '2.2': 'ok. 140 miejsc', '2.3': '—', '3.1': '2,1 mln pasażerów', '3.2': '0', '3.3': '—', '3.4': '—'}
    src = {'1.1': 'ZDM – protokoły odbioru', '1.2': 'ZDM', '1.3': 'Wydział Architektury', '2.1': 'ZDM – ewidencja dróg', '2.2': 'Wydział Inwestycji',
           '2.3': 'aplikacja kampanii', '3.1': 'MZK – system biletowy', '3.2': 'MZK – ewidencja taboru', '3.3': 'nie dotyczy', '3.4': 'Biuro Strategii i Rozwoju'}
    for a in ACTIONS:
        rows.append([a['no'], a['ind'], base[a['no']], src[a['no']]])
    d.table(rows, [900, 4700, 1800, 1800])
    d.p('Dla działania 3.3 nie ustalono odrębnego wskaźnika – jego efekty zostaną uchwycone we wskaźniku liczby pasażerów MZK (działanie 3.1). '
        'Wskaźniki kontekstowe zestawiono w tabeli 13.')
    d.caption('Tabela 13. Wskaźniki kontekstowe MID')
    d.table([[{'t': h, 'b': True, 'fill': 'D9E2F3'} for h in ('Wskaźnik', 'Wartość bazowa', 'Wartość docelowa 2028', 'Częstotliwość')]] +
            [['Udział podróży pieszych, rowerowych i komunikacją zbiorową', '44% (2024)', '55%', 'co 2 lata'],
             ['Liczba zabitych i ciężko rannych w wypadkach', '19 (2023)', '≤ 10', 'corocznie'],
             ['Liczba pasażerów MZK', '2,1 mln (2024)', '2,45 mln', 'corocznie']], [4200, 1700, 1800, 1500])

    # ---------- 7 Ryzyka (renamed vs TOC)
    d.h(1, 'Zagrożenia dla realizacji MID i sposoby przeciwdziałania', page_break=True)
    d.p('Zidentyfikowane zagrożenia oceniono w skali 1–3 pod względem prawdopodobieństwa (P) i wpływu (W). Dla zagrożeń o iloczynie P×W równym co najmniej 4 '
        'przygotowano działania zaradcze, za które odpowiadają wskazane komórki organizacyjne.')
    d.caption('Tabela 14. Rejestr zagrożeń')
    risks = [('Wzrost kosztów robót budowlanych powyżej kosztorysów', '3', '2', 'etapowanie inwestycji, rezerwa 10% w WPF', 'Skarbnik Miasta'),
             ('Nieuzyskanie dofinansowania z FEŁ 2027 lub FEnIKS', '2', '3', 'przygotowanie dokumentacji z wyprzedzeniem, wnioski w kilku naborach', 'Biuro Strategii i Rozwoju'),
             ('Sprzeciw części mieszkańców wobec strefy Tempo 30', '2', '2', 'wdrożenie pilotażowe, kampania informacyjna, spotkania z radami osiedli', 'ZDM, Biuro Promocji'),
             ('Opóźnienia dostaw autobusów elektrycznych', '2', '2', 'kary umowne, harmonogram dostaw w SWZ', 'MZK Kutno Sp. z o.o.'),
             ('Brak porozumienia z PKP S.A. w sprawie terenu przed dworcem', '1', '3', 'list intencyjny, wczesne uzgodnienia projektowe', 'Wydział Inwestycji'),
             ('Odejście kluczowych pracowników ZDM', '2', '2', 'wsparcie zewnętrznego inżyniera kontraktu', 'Dyrektor ZDM')]
    d.table([[{'t': h, 'b': True, 'fill': 'D9E2F3'} for h in ('Zagrożenie', 'P', 'W', 'Sposób przeciwdziałania', 'Odpowiedzialny')]] + [list(x) for x in risks],
            [3000, 500, 500, 3300, 1900])
    d.p('Ryzyka przeglądane są na każdym posiedzeniu Lokalnego Partnerstwa. Rejestr aktualizowany jest w raporcie rocznym z monitoringu.')
    d.p('Najpoważniejszym zagrożeniem pozostaje dostępność środków zewnętrznych. Działania 2.1, 3.2 i 3.3 – łącznie ponad 37 mln zł – zależą od rozstrzygnięć naborów '
        'prowadzonych przez instytucje zarządzające. Na wypadek nieuzyskania dofinansowania Lokalne Partnerstwo przyjęło scenariusz minimalny: realizację w pierwszej '
        'kolejności działań o niskim koszcie i wysokiej skuteczności (1.1, 1.2, 2.2, 2.3, 3.1), które w większości można sfinansować z budżetu Miasta i programów krajowych.')
    d.p('Drugą grupę zagrożeń stanowią ryzyka społeczne. Doświadczenia innych miast pokazują, że wprowadzanie stref ograniczonej prędkości i odbieranie przestrzeni '
        'samochodom budzi sprzeciw, zwłaszcza w pierwszych miesiącach. Dlatego każde działanie zmieniające organizację ruchu będzie poprzedzone okresem pilotażu '
        'z tymczasową organizacją (malowanie, donice, elementy prefabrykowane), a decyzja o trwałej przebudowie zapadnie po ocenie efektów.')
    d.p('Trzecią grupą są ryzyka organizacyjne: ograniczona liczba pracowników ZDM i Wydziału Inwestycji, długotrwałe procedury uzgodnień z zarządcami sieci '
        'i PKP S.A. oraz zmiany przepisów. Przeciwdziałać im ma wzmocnienie zespołu koordynującego MID (działanie 3.4) oraz zawarcie porozumień z partnerami już '
        'na etapie przygotowania dokumentacji.')

    # ---------- 8 Harmonogram i budżet
    d.h(1, 'Harmonogram i budżet', page_break=True)
    d.h(2, 'Harmonogram realizacji')
    d.p('Harmonogram przedstawiono w układzie kwartalnym. Zaciemnione pola oznaczają okres realizacji działania, w tym przygotowanie dokumentacji i procedur przetargowych.')
    spans = {'1.1': (2, 8), '1.2': (1, 12), '1.3': (5, 12), '2.1': (3, 10), '2.2': (5, 8), '2.3': None, '3.1': (3, 16), '3.2': (5, 16), '3.3': (8, 16), '3.4': (1, 16)}
    gw = [600, 2700] + [370] * 16
    hdr1 = [{'t': 'Nr', 'b': True, 'fill': 'D9E2F3', 'vm': 'restart'}, {'t': 'Działanie', 'b': True, 'fill': 'D9E2F3', 'vm': 'restart'}] + \
           [{'t': str(y), 'b': True, 'fill': 'D9E2F3', 'span': 4, 'align': 'center'} for y in (2025, 2026, 2027, 2028)]
    hdr2 = [{'vm': 'cont', 'fill': 'D9E2F3'}, {'vm': 'cont', 'fill': 'D9E2F3'}] + [{'t': q, 'sz': 7, 'fill': 'D9E2F3', 'align': 'center'} for q in ['I', 'II', 'III', 'IV'] * 4]
    rows = [hdr1, hdr2]
    for a in ACTIONS:
        sp = spans[a['no']]
        cells = [a['no'], {'t': a['title'], 'sz': 8}]
        for qi in range(1, 17):
            on = (sp and sp[0] <= qi <= sp[1]) or (sp is None and qi in (2, 3, 6, 7, 10, 11))
            cells.append({'t': '', 'fill': '2E74B5' if on else None})
        rows.append(cells)
    d.caption('Tabela 15. Harmonogram realizacji działań MID (wykres Gantta)')
    d.table(rows, gw, header_rows=2)
    d.h(2, 'Budżet i źródła finansowania')
    d.p(['Szacunkowe koszty działań ustalono na podstawie kosztorysów inwestorskich, studiów wykonalności oraz cen z przetargów przeprowadzonych w latach 2023–2024. '
         'Wydatki inwestycyjne zostały ujęte w Wieloletniej Prognozie Finansowej Miasta Kutno na lata 2025–2035', d.fn('Uchwała Rady Miasta Kutno w sprawie WPF na lata 2025–2035 z grudnia 2024 r.'),
         '. W przypadku działań, dla których źródłem jest nabór konkursowy, Miasto zabezpieczyło wkład własny.'])
    d.caption('Tabela 16. Budżet działań MID i źródła finansowania')
    rows = [[{'t': h, 'b': True, 'fill': 'D9E2F3'} for h in ('Nr', 'Działanie', 'Koszt', 'Źródło finansowania')]]
    for a in ACTIONS:
        rows.append([a['no'], a['title'], a['cost'], a['fund']])
    rows.append([{'t': '', 'span': 2}, {'t': 'ok. 44,2 mln zł', 'b': True}, {'t': 'w tym ok. 80% środki zewnętrzne'}])
    d.table(rows, [700, 3500, 1600, 3400])
    d.p('Koszty działań 2.3 i 3.4 podano w ujęciu rocznym; w całym okresie realizacji wyniosą odpowiednio 135 000 zł i 240 000 zł. '
        'Koszty utrzymania nowej infrastruktury (oznakowanie, zieleń, wiaty rowerowe) zostaną pokryte z bieżącego budżetu ZDM.')

    # ---------- Załącznik 1 – karty (only some actions), one per page with a photo
    d.p(r('Załącznik nr 1 – Karty wybranych działań', b=True), style='Heading1', page_break=True, numpr=(0, 0))
    d.p('Karty opracowano dla przedsięwzięć inwestycyjnych wymagających przygotowania dokumentacji technicznej. Pozostałe działania opisano w tabeli 10.')
    photos = {'1.1': 'Fot. 1. Skrzyżowanie ul. Kościuszki i ul. Łęczyckiej – stan istniejący (fot. UM Kutno, 2024)',
              '1.3': 'Fot. 2. Ul. Królewska w kierunku pl. Piłsudskiego – planowany obszar strefy zamieszkania (fot. UM Kutno, 2024)',
              '2.1': 'Fot. 3. Ul. Grunwaldzka – koniec istniejącej drogi dla rowerów (fot. Stowarzyszenie „Kutno Rowerem”, 2024)',
              '3.2': 'Fot. 4. Zajezdnia MZK przy ul. Józefów – miejsce lokalizacji ładowarek (fot. MZK Kutno, 2024)'}
    by = {a['no']: a for a in ACTIONS}
    for i, no in enumerate(CARD_ACTIONS):
        a = by[no]
        if i:
            d.p(br_page_xml())
        d.caption(f'Karta nr {i + 1} (działanie {no})')
        L = lambda t: {'t': t, 'b': True, 'fill': 'EDEDED'}
        d.table([[L('Nazwa działania'), {'t': a['title'], 'b': True}],
                 [L('Cel szczegółowy'), f'Cel szczegółowy {a["obj"]}: {OBJ[a["obj"]]}'],
                 [L('Podmiot odpowiedzialny'), a['resp']],
                 [L('Okres realizacji'), a['time']],
                 [L('Szacunkowy koszt'), a['cost']],
                 [L('Źródło finansowania'), a['fund']],
                 [L('Wskaźnik'), a['ind']],
                 [L('Uzasadnienie'), CARD_WHY[no]]], [2600, 6600], header_rows=0)
        d.p(d.image(street_photo(hash(no) % 1000 + i), 15.5, 8.7, 'Zdjęcie'), align='center')
        d.p(photos[no], style='Caption', align='center')

    # ---------- Załącznik 2 – konsultacje
    d.p(r('Załącznik nr 2 – Zestawienie uwag z konsultacji', b=True), style='Heading1', page_break=True, numpr=(0, 0))
    d.p('W zestawieniu ujęto uwagi o charakterze propozycji nowych przedsięwzięć. Propozycje odrzucone lub skierowane do dalszej analizy nie są działaniami MID.')
    d.caption('Tabela 17. Propozycje zgłoszone w konsultacjach społecznych i sposób ich rozpatrzenia')
    d.table([[{'t': h, 'b': True, 'fill': 'D9E2F3'} for h in ('Lp.', 'Propozycja', 'Zgłaszający', 'Rozstrzygnięcie', 'Uzasadnienie')]] +
            [[str(k + 1)] + list(x) for k, x in enumerate(PROPOSALS)], [500, 3000, 1900, 1400, 2400])
    d.p('Sporządziła: Katarzyna Woźniak-Lis, Biuro Strategii i Rozwoju UM Kutno, marzec 2025 r.', align='right')
    return d


CARD_WHY = {
    '1.1': 'Na ulicach śródmiejskich średnia prędkość przekracza 45 km/h, a w latach 2019–2023 w obszarze planowanej strefy doszło do 61 wypadków. '
           'Uspokojenie ruchu jest warunkiem wprowadzenia kontrapasów rowerowych i poprawy komfortu pieszych.',
    '1.3': 'Ul. Królewska jest główną ulicą handlową miasta, ale chodniki mają miejscami 1,5 m szerokości. Strefa zamieszkania pozwoli na organizację wydarzeń '
           'i ogródków kawiarnianych oraz poprawi dostępność dla osób z niepełnosprawnościami.',
    '2.1': 'Brak ciągłości tras jest najczęściej wskazywaną przeszkodą w korzystaniu z roweru (62% respondentów). Domknięcie pętli połączy osiedla z dworcem i strefą pracy.',
    '3.2': 'Dziesięć autobusów MZK ma ponad 15 lat. Wymiana taboru obniży koszty eksploatacji i emisję zanieczyszczeń w centrum miasta oraz poprawi komfort podróży.',
}


ABBR = [('BRD', 'bezpieczeństwo ruchu drogowego'), ('CEF', 'instrument „Łącząc Europę” (Connecting Europe Facility)'), ('FEnIKS', 'program Fundusze Europejskie na Infrastrukturę, Klimat, Środowisko 2021–2027'),
        ('FEŁ 2027', 'program Fundusze Europejskie dla Łódzkiego 2021–2027'), ('GDDKiA', 'Generalna Dyrekcja Dróg Krajowych i Autostrad'), ('KPO', 'Krajowy Plan Odbudowy i Zwiększania Odporności'),
        ('KPP', 'Komenda Powiatowa Policji'), ('LP', 'Lokalne Partnerstwo'), ('MID', 'Miejska Inicjatywa Działania'), ('MZK', 'MZK Kutno Sp. z o.o. – operator komunikacji miejskiej'),
        ('NFOŚiGW', 'Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej'), ('PIM', 'Partnerska Inicjatywa Miast'), ('PZMM', 'Plan Zrównoważonej Mobilności Miejskiej'),
        ('RPO WŁ', 'Regionalny Program Operacyjny Województwa Łódzkiego 2014–2020'), ('SDR', 'średni dobowy ruch'), ('SEWiK', 'System Ewidencji Wypadków i Kolizji'),
        ('SWZ', 'specyfikacja warunków zamówienia'), ('UM', 'Urząd Miasta'), ('WPF', 'Wieloletnia Prognoza Finansowa'), ('ZDM', 'Zarząd Dróg Miejskich w Kutnie'),
        ('ŁKA', 'Łódzka Kolej Aglomeracyjna')]


def br_page_xml():
    return '<w:r><w:br w:type="page"/></w:r>'


TOC_KEYS = None


def gold_actions():
    out = []
    for a in ACTIONS:
        vals = {'responsible': v(a['resp']), 'timeline': v(a['time']), 'cost': v(a['cost']), 'funding': v(a['fund']), 'indicator': v(a['ind'])}
        out.append({'title': a['title'], 'theme': a['theme'], 'secondary_themes': a['sec'],
                    'responsible': vals['responsible'] is not None, 'timeline': vals['timeline'] is not None,
                    'cost': vals['cost'] is not None, 'indicator': vals['indicator'] is not None, 'type': None, 'values': vals})
    return out


TOC_HEADINGS = {'streszczenie': 'Streszczenie', 'lp': 'Lokalne Partnerstwo i przygotowanie MID', 'lp1': 'Skład Lokalnego Partnerstwa',
                'lp2': 'Spotkania i warsztaty', 'lp3': 'Konsultacje społeczne', 'diag': 'Diagnoza mobilności w Kutnie', 'd1': 'Położenie i demografia',
                'd2': 'Układ drogowy i natężenie ruchu', 'd3': 'Bezpieczeństwo ruchu drogowego', 'd4': 'Komunikacja miejska', 'd5': 'Ruch rowerowy i pieszy',
                'd6': 'Wyniki badania ankietowego', 'd7': 'Dotychczasowe działania Miasta', 'd8': 'Analiza SWOT', 'd9': 'Wnioski z diagnozy',
                'cele': 'Cele Miejskiej Inicjatywy Działania', 'dz': 'Tabela 10. Zestawienie działań', 'kompl': 'Projekty komplementarne',
                'wsk': 'Wskaźniki i system monitoringu', 'ryz': 'Zagrożenia dla realizacji MID', 'hb': 'Harmonogram i budżet',
                'h': 'Harmonogram realizacji', 'b': 'Budżet i źródła finansowania', 'z1': 'Załącznik nr 1 – Karty wybranych działań',
                'z2': 'Załącznik nr 2 – Zestawienie uwag z konsultacji'}

GOLD_META = dict(document_type='mid', city='Kutno', network='mobility', status='final', text_layer=True,
                 sections={'summary': 'present', 'context': 'present', 'objectives': 'present', 'actions': 'present', 'schedule': 'present',
                           'budget': 'present', 'stakeholders': 'present', 'indicators': 'present', 'risks': 'present'},
                 traps=['landscape_action_table_multirow', 'kto_kiedy_za_ile_labels', 'objective_rows_in_action_table', 'funding_only_in_budget_table',
                        'indicator_only_in_indicator_table', 'annex_cards_repeat_subset_of_actions', 'photo_captions_in_annex', 'chapter_order_differs_from_template',
                        'toc_entry_renamed_in_body', 'past_projects_bold_list_decoy', 'complementary_projects_table_decoy', 'meeting_list_decoy',
                        'consultation_proposals_decoy', 'textbox_good_practice_decoy', 'gantt_without_text_periods', 'null_values_bd_do_oszacowania_dash',
                        'related_project_row_inside_action'],
                 notes='Chapter 2 (Lokalne Partnerstwo) placed before the diagnosis. ToC lists "7. Analiza ryzyka", body heading reads '
                       '"Zagrożenia dla realizacji MID i sposoby przeciwdziałania" (present). Actions: landscape table (Tabela 10), 2–3 rows per action '
                       '(name/Kto?/Kiedy?/Za ile?, description, optional related-project row). Funding only in Tabela 16 (budget), indicators only in Tabela 12; '
                       'Annex 1 repeats actions 1.1, 1.3, 2.1, 3.2 as cards with the same values. Cost nulls: 1.3 "do oszacowania", 3.1 "b.d."; '
                       'indicator null: 3.3 "—". Decoys: past projects 2015–2023 (bold numbered list), Ramka 1 text box, complementary projects table, '
                       'LP meetings table, consultation proposals (Annex 2).')
