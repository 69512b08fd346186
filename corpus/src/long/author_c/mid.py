# -*- coding: utf-8 -*-
"""MID Inowrocław (mobility), draft for public consultation.

Written as DOCX *without heading styles*: chapter and section headings are bold, larger,
capitalised Normal paragraphs with manual numbers; a typed ToC with dot leaders; actions as an
auto-numbered list ("Działanie %1.") with bold lead-ins and labelled field lines. Exported to PDF
by LibreOffice without bookmarks; only the PDF is kept."""
import ooxml as X
from ooxml import run, para, field, table
from mid_text import (QUARTERS, GROUPS, ACTIONS, GOALS, POPULATION, MPK, ACCIDENTS, MODAL, PAST,
                      COMPLEMENTARY, MEETINGS, PARTNERS, PROPOSALS, INDICATORS, RISKS, ABBREV,
                      TRAFFIC, LINES, CROSSINGS)

FILE = 'Inowroclaw_MID_mobilnosc_PROJEKT.pdf'
NUM_ACT, NUM_BUL, NUM_DEC = 1, 2, 3
FONT = 'Times New Roman'
RED = '8B1A1A'


def numbering_xml():
    act = X.abstract(0, [X.lvl(0, 'decimal', 'Działanie %1.', 0, 0, bold=True, suff='space')],
                     multi=False)
    bul = X.abstract(1, [X.lvl(0, 'bullet', '\u2022', 567, 283)], multi=False)
    dec = X.abstract(2, [X.lvl(0, 'lowerLetter', '%1)', 567, 283)], multi=False)
    return X.numbering([act, bul, dec], [(NUM_ACT, 0), (NUM_BUL, 1), (NUM_DEC, 2)])


class MidBuilder:
    def __init__(self, toc_pages):
        self.d = X.Doc()
        self.toc_pages = toc_pages or {}
        self.heads = []
        self.tab_no = 0
        self.fig_no = 0

    # ------------------------------------------------------------ helpers
    def chap(self, no, title):
        text = 'Rozdział %d. %s' % (no, title)
        self.heads.append((1, text))
        self.d.add(para(run(text, b=True, sz=15, color=RED), page_break=True, keep_next=True,
                        before=0, after=240, jc='left'))

    def sub(self, no, title):
        text = '%s %s' % (no, title)
        self.heads.append((2, text))
        self.d.add(para(run(text, b=True, sz=12.5), keep_next=True, before=240, after=120, jc='left'))

    def minor(self, text):
        self.d.add(para(run(text, b=True, i=True), keep_next=True, before=160, after=80, jc='left'))

    def p(self, text, **kw):
        self.d.p(text, **kw)

    def bullets(self, items):
        for it in items:
            self.d.add(para(self.d.inline(it), num=(NUM_BUL, 0), after=60, jc='left'))

    def tcap(self, text):
        self.tab_no += 1
        self.d.add(para(run('Tabela %d. ' % self.tab_no, b=True, sz=10) + run(text, sz=10),
                        keep_next=True, before=160, after=80, jc='left'))

    def src(self, text):
        self.d.add(para(run(text, i=True, sz=9), after=200, jc='left'))

    # ------------------------------------------------------------ parts
    def cover(self):
        d = self.d
        d.add(para(run('PROJEKT do konsultacji społecznych', b=True, sz=14, color='FFFFFF'),
                   shd=RED, jc='center', after=1000))
        d.add(para(run('GMINA MIASTO INOWROCŁAW', b=True, sz=14), jc='center', after=120))
        d.add(para(run('Partnerska Inicjatywa Miast – sieć „Mobilność miejska”', sz=12), jc='center',
                   after=1600))
        d.add(para(run('MIEJSKA INICJATYWA DZIAŁANIA', b=True, sz=24, color=RED), jc='center', after=120))
        d.add(para(run('INOWROCŁAW W RUCHU', b=True, sz=18), jc='center', after=120))
        d.add(para(run('zrównoważona mobilność miejska na lata 2025–2027', i=True, sz=14), jc='center',
                   after=2200))
        d.add(para(run('Dokument przygotowany przez Wydział Drogownictwa i Transportu Urzędu Miasta '
                       'Inowrocławia we współpracy z Lokalnym Partnerstwem', sz=11), jc='center', after=120))
        d.add(para(run('Wersja 0.8 z dnia 10 lutego 2025 r. – dokument roboczy, może ulec zmianie po '
                       'konsultacjach', sz=11), jc='center', after=120))
        d.add(para(run('Inowrocław 2025', b=True, sz=12), jc='center'))

    def toc(self):
        d = self.d
        d.add(para(run('SPIS TREŚCI', b=True, sz=14, color=RED), page_break=True, after=240, jc='left'))
        entries = getattr(self, 'toc_entries', None) or []
        for level, text in entries:
            page = str(self.toc_pages.get(text, ''))
            d.add(para(run(text, b=(level == 1)) + run('\t' + page),
                       tabs=[('right', 'dot', X.TEXT_W - 5)], ind_left=0 if level == 1 else 425,
                       after=60 if level == 2 else 100, before=80 if level == 1 else 0, jc='left'))

    def build(self, toc_entries):
        self.toc_entries = toc_entries
        d = self.d
        self.cover()
        self.toc()
        self.ch1()
        self.ch2()
        self.ch3()
        self.ch4()
        self.ch5()
        self.ch6()
        self.ch7()
        self.ch8()
        self.annex()
        return d

    # ============================================================ 1
    def ch1(self):
        self.chap(1, 'WPROWADZENIE')
        self.p('Niniejszy dokument jest projektem Miejskiej Inicjatywy Działania (MID) Inowrocławia, '
               'opracowanym w ramach udziału miasta w Partnerskiej Inicjatywie Miast, w sieci tematycznej '
               '„Mobilność miejska”. Projekt przekazuje się mieszkańcom do konsultacji społecznych, które '
               'zgodnie z zarządzeniem Prezydenta Miasta[[fn:Zarządzenie nr 41/2025 Prezydenta Miasta '
               'Inowrocławia z dnia 10 lutego 2025 r. w sprawie przeprowadzenia konsultacji społecznych '
               'projektu Miejskiej Inicjatywy Działania „Inowrocław w ruchu”.]] potrwają od 17 lutego do '
               '31 marca 2025 r.')
        self.p('Miejska Inicjatywa Działania jest dokumentem operacyjnym. Nie zastępuje ona Strategii '
               'Rozwoju Miasta Inowrocławia do 2030 r. ani studium uwarunkowań i kierunków zagospodarowania '
               'przestrzennego, lecz wskazuje konkretne przedsięwzięcia, które miasto zamierza zrealizować w '
               'latach 2025–2027, aby ułatwić mieszkańcom codzienne przemieszczanie się bez konieczności '
               'korzystania z samochodu. Dokument powstawał od marca 2024 r. Prace prowadził zespół '
               'Wydziału Drogownictwa i Transportu Urzędu Miasta, a wszystkie kluczowe ustalenia '
               'dyskutowane były na spotkaniach Lokalnego Partnerstwa.')
        self.p('Na etapie projektu nie wszystkie elementy MID są kompletne. W szczególności budżet '
               'dokumentu i ostateczny podział źródeł finansowania zostaną opracowane po zakończeniu '
               'konsultacji, gdy znane będą rozstrzygnięcia naborów w programach zewnętrznych. Część '
               'parametrów działań oznaczono skrótem „b.d.” (brak danych) lub określeniem „do oszacowania”.')
        self.p('Struktura dokumentu jest następująca: rozdział 2 zawiera diagnozę stanu mobilności w '
               'mieście, rozdział 3 – cele MID, rozdział 4 – opis działań, rozdział 5 – harmonogram '
               'oraz informację o budżecie, rozdział 6 – opis Lokalnego Partnerstwa i procesu '
               'konsultacji, rozdział 7 – system monitoringu i wskaźniki, a rozdział 8 – analizę ryzyka.')
        self.p('Uwagi do projektu można zgłaszać za pomocą formularza dostępnego na stronie internetowej '
               'Urzędu, pocztą elektroniczną lub osobiście w Biurze Obsługi Mieszkańców przy '
               'ul. Prezydenta Franklina Roosevelta 36. Raport z konsultacji zostanie opublikowany '
               'wraz z wersją ostateczną dokumentu.')
        self.minor('Wykaz skrótów')
        self.d.add(table([['Skrót', 'Znaczenie']] + [list(a) for a in ABBREV], [1900, 7280], sz=9.5,
                         header_fill='F2DCDB'))

    # ============================================================ 2
    def ch2(self):
        d = self.d
        self.chap(2, 'DIAGNOZA STANU MOBILNOŚCI W INOWROCŁAWIU')
        self.p('Diagnozę przygotowano na podstawie danych Głównego Urzędu Statystycznego, danych MPK '
               'Sp. z o.o. w Inowrocławiu, statystyk Komendy Powiatowej Policji, wyników badania '
               'ankietowego mieszkańców z kwietnia–maja 2024 r. (1 146 ankiet) oraz pomiarów ruchu '
               'wykonanych na zlecenie miasta we wrześniu 2024 r. Wykorzystano także materiały z '
               'warsztatów Lokalnego Partnerstwa.')
        self.sub('2.1.', 'Położenie i sytuacja demograficzna')
        self.p('Inowrocław jest drugim co do wielkości miastem powiatowym województwa '
               'kujawsko-pomorskiego i siedzibą powiatu inowrocławskiego. Miasto zajmuje powierzchnię '
               '30,4 km² i ma zwartą zabudowę: odległość od Rynku do granic większości osiedli nie '
               'przekracza 3 km. Przez miasto przebiegają drogi krajowe nr 15 i 25 oraz drogi wojewódzkie '
               'nr 251 i 412, a stacja Inowrocław jest węzłem linii kolejowych nr 131 (Chorzów Batory – '
               'Tczew) i nr 353 (Poznań – Toruń – Skandawa).')
        self.p('Liczba ludności systematycznie spada. Od 2010 r. miasto straciło ponad 6,6 tys. '
               'mieszkańców, czyli 8,7% populacji. Jednocześnie rośnie udział osób w wieku '
               'poprodukcyjnym, który w 2023 r. osiągnął 26,1%. Ma to znaczenie dla polityki mobilności: '
               'coraz więcej mieszkańców nie prowadzi samochodu lub robi to rzadziej, a dostępność '
               'przystanków i bezpieczeństwo przejść dla pieszych zyskują na wadze.')
        self.tcap('Liczba mieszkańców Inowrocławia w latach 2010–2023')
        d.add(table([['Rok'] + [a for a, _ in POPULATION], ['Liczba mieszkańców'] + [b for _, b in POPULATION]],
                    [2680] + [1300] * 5, sz=10, header_fill='F2DCDB',
                    jc_cols=['left'] + ['right'] * 5))
        self.src('Źródło: GUS, Bank Danych Lokalnych, stan na 31 grudnia danego roku.')
        self.p('Najludniejszym osiedlem jest Rąbin (ok. 19 tys. mieszkańców), zabudowany w latach '
               '1975–1990 blokami z wielkiej płyty. Drugim dużym obszarem mieszkaniowym są Osiedle '
               'Piastowskie i Nowe Miasto. Mątwy, oddzielone od centrum terenami przemysłowymi zakładów '
               'sodowych, mają słabsze powiązania komunikacyjne i najwyższy wskaźnik motoryzacji w mieście. '
               'Szczególną funkcję pełni dzielnica uzdrowiskowa Solanki z Parkiem Solankowym i tężniami, '
               'które w sezonie odwiedza kilkaset tysięcy osób[[fn:Według danych Uzdrowiska Inowrocław S.A. '
               'w 2023 r. z usług uzdrowiskowych skorzystało ok. 38 tys. kuracjuszy; liczbę osób '
               'odwiedzających tężnie szacuje się na 400–500 tys. rocznie.]].')

        self.sub('2.2.', 'Ruch samochodowy i parkowanie')
        self.p('Wskaźnik motoryzacji w Inowrocławiu wyniósł w 2023 r. 642 samochody osobowe na 1000 '
               'mieszkańców i w ciągu dziesięciu lat wzrósł o 29%. Pomiar ruchu z września 2024 r. wykazał, '
               'że największe natężenie występuje na ul. Toruńskiej (ok. 21 tys. pojazdów na dobę) i na '
               'ul. Dworcowej (ok. 16 tys. pojazdów na dobę). Udział ruchu tranzytowego na drodze krajowej '
               'nr 15 w granicach miasta szacuje się na 35–40%, w tym znaczny udział pojazdów ciężarowych.')
        self.tcap('Natężenie ruchu w wybranych przekrojach (pomiar wrzesień 2024 r.)')
        rows = [['Przekrój pomiarowy', 'SDR [poj./dobę]', 'Udział pojazdów ciężarowych [%]',
                 'Szczyt poranny [poj./h]']] + [list(t) for t in TRAFFIC]
        d.add(table(rows, [4280, 1500, 1900, 1500], sz=9.5, header_fill='F2DCDB',
                    jc_cols=['left', 'right', 'right', 'right']))
        self.src('Źródło: pomiary ruchu wykonane na zlecenie UM Inowrocławia, 17–19 września 2024 r.; '
                 'SDR – średni dobowy ruch.')
        self.p('W Śródmieściu funkcjonuje strefa płatnego parkowania obejmująca 1 140 miejsc. Badanie '
               'rotacji przeprowadzone w 2024 r. wykazało, że w godzinach 10:00–14:00 zajętość miejsc '
               'przy ul. Królówka i ul. Solankowej przekracza 95%, a na parkingach kubaturowych przy '
               'ul. Magazynowej – nie przekracza 60%. Oznacza to, że problemem jest nie tyle liczba miejsc, '
               'co ich rozmieszczenie i ceny, które nie zachęcają do pozostawiania samochodu poza '
               'ścisłym centrum. Samochody parkujące na chodnikach zawężają przestrzeń dla pieszych, '
               'co utrudnia poruszanie się osobom starszym i rodzicom z wózkami.')

        self.sub('2.3.', 'Publiczny transport zbiorowy')
        self.p('Organizatorem komunikacji miejskiej jest Gmina Miasto Inowrocław, a operatorem – '
               'Miejskie Przedsiębiorstwo Komunikacyjne Sp. z o.o., spółka w 100% należąca do miasta. '
               'MPK obsługuje 14 linii, w tym trzy wykraczające poza granice miasta na podstawie '
               'porozumienia z Gminą Inowrocław. Tabor liczy 48 autobusów, z czego 10 hybrydowych; '
               'średni wiek pojazdów wynosi 15,6 roku.')
        self.tcap('Podstawowe dane o komunikacji miejskiej w Inowrocławiu')
        rows = [['Rok', 'Liczba linii', 'Liczba autobusów', 'Średni wiek taboru [lata]',
                 'Praca przewozowa [tys. wzkm]', 'Pasażerowie [mln]']] + [list(r) for r in MPK]
        d.add(table(rows, [1200, 1300, 1500, 1700, 1900, 1580], sz=10, header_fill='F2DCDB',
                    jc_cols=['left'] + ['right'] * 5))
        self.src('Źródło: MPK Sp. z o.o. w Inowrocławiu, sprawozdania roczne 2015–2023.')
        self.p('Liczba pasażerów w 2023 r. była o 23% niższa niż w 2015 r. i o 16% niższa niż przed '
               'pandemią. Odbudowa popytu następuje powoli, przede wszystkim dzięki uczniom i seniorom. '
               'W ankiecie mieszkańców jako główne powody niekorzystania z autobusów wskazywano zbyt '
               'rzadkie kursy (58% odpowiedzi), długi czas podróży (37%) oraz brak informacji o '
               'opóźnieniach (29%). Na większości linii autobusy kursują co 30–40 minut, a w weekendy '
               'co 60 minut.')
        self.tcap('Linie komunikacji miejskiej – częstotliwość i liczba pasażerów (dzień roboczy, X 2024 r.)')
        rows = [['Linia', 'Przebieg', 'Częstotliwość w szczycie [min]', 'Pasażerowie / dzień']]
        rows += [list(l) for l in LINES]
        d.add(table(rows, [800, 5080, 1800, 1500], sz=9.5, header_fill='F2DCDB',
                    jc_cols=['center', 'left', 'right', 'right']))
        self.src('Źródło: MPK Sp. z o.o. w Inowrocławiu, badanie napełnień, październik 2024 r.')
        self.p('Trzy linie (1, 3 i 7) przewożą ponad połowę wszystkich pasażerów. Na pozostałych liniach '
               'średnie napełnienie kursu poza szczytem nie przekracza 8 osób, a linie 9 i 12 mają '
               'charakter socjalny. Linie podmiejskie obsługiwane na podstawie porozumienia z Gminą '
               'Inowrocław generują ok. 9% pracy przewozowej przy ok. 5% pasażerów; ich utrzymanie jest '
               'przedmiotem corocznych negocjacji dotyczących wysokości dotacji gminy wiejskiej.')
        self.p('Słabym punktem systemu są przesiadki na kolej. Dworzec kolejowy i pętla autobusowa przy '
               'ul. Dworcowej są od siebie oddalone o ok. 250 m, a dojście wymaga przekroczenia ruchliwej '
               'jezdni. Rozkłady jazdy MPK nie są skoordynowane z odjazdami pociągów do Bydgoszczy, '
               'Torunia i Poznania, choć codziennie z kolei korzysta ok. 3 tys. mieszkańców.')

        self.sub('2.4.', 'Ruch pieszy i rowerowy')
        self.p('W mieście jest 31,8 km dróg dla rowerów i ciągów pieszo-rowerowych, jednak sieć jest '
               'nieciągła. Najważniejsze luki to brak połączenia Śródmieścia z Solankami wzdłuż '
               'ul. Solankowej, brak przejazdu przez tory w rejonie Mątew oraz odcinki, na których droga '
               'rowerowa kończy się przed skrzyżowaniem. W latach 2019–2022 działał system roweru '
               'miejskiego, zawieszony z powodu kosztów utrzymania.')
        self.p('Udział podróży pieszych (24,6%) jest wysoki, co wynika z niewielkich odległości. Audyt '
               'bezpieczeństwa dojść do szkół z 2024 r. wskazał jednak 37 miejsc wymagających poprawy, '
               'w tym 12 przejść dla pieszych o podwyższonym ryzyku: zbyt długich, słabo oświetlonych '
               'lub położonych na łuku drogi[[fn:Audyt bezpieczeństwa ruchu drogowego w otoczeniu szkół '
               'podstawowych w Inowrocławiu, opracowanie na zlecenie UM Inowrocławia, październik 2024 r.]].')
        self.tcap('Podział zadań przewozowych w Inowrocławiu (udział podróży, %)')
        d.add(table([['Środek transportu', 'Udział [%]']] + [list(m) for m in MODAL], [6000, 3180], sz=10,
                    header_fill='F2DCDB', jc_cols=['left', 'right']))
        self.src('Źródło: badanie ankietowe mieszkańców, kwiecień–maj 2024 r., n = 1 146, dane ważone.')

        self.sub('2.5.', 'Bezpieczeństwo ruchu drogowego')
        self.p('W latach 2019–2023 na ulicach Inowrocławia doszło do 187 wypadków drogowych, w których '
               'zginęło 12 osób, a 217 zostało rannych. Liczba wypadków nie maleje, mimo spadku liczby '
               'mieszkańców. Około 40% wypadków to potrącenia pieszych, najczęściej na przejściach bez '
               'sygnalizacji. Najwięcej zdarzeń odnotowano na ul. Toruńskiej, ul. Dworcowej oraz na '
               'ulicach osiedlowych Rąbinia, gdzie kierowcy przekraczają dopuszczalną prędkość.')
        self.tcap('Zdarzenia drogowe w Inowrocławiu w latach 2019–2023')
        rows = [['Rok', 'Wypadki', 'Zabici', 'Ranni', 'Kolizje', 'Wypadki z udziałem pieszych']]
        rows += [list(a) for a in ACCIDENTS]
        d.add(table(rows, [1300, 1400, 1300, 1300, 1500, 2380], sz=10, header_fill='F2DCDB',
                    jc_cols=['left'] + ['right'] * 5))
        self.src('Źródło: Komenda Powiatowa Policji w Inowrocławiu, System Ewidencji Wypadków i Kolizji.')
        self.p('Pomiar prędkości wykonany we wrześniu 2024 r. na sześciu ulicach Rąbinia wykazał, że '
               '85. percentyl prędkości wynosi od 47 do 58 km/h przy ograniczeniu do 50 km/h, a na '
               'ul. Wierzbińskiego aż 64% kierowców przekraczało prędkość w godzinach wieczornych. To '
               'główny argument za wprowadzeniem na osiedlu strefy ograniczonej prędkości.')

        self.sub('2.6.', 'Jakość powietrza i hałas')
        self.p('Inowrocław leży w strefie kujawsko-pomorskiej, w której w 2023 r. stwierdzono '
               'przekroczenia poziomu docelowego benzo(a)pirenu. Głównym źródłem zanieczyszczeń jest '
               'ogrzewanie indywidualne, ale transport drogowy odpowiada za znaczną część emisji tlenków '
               'azotu i pyłu w pobliżu głównych ulic. Mapa akustyczna wykazała przekroczenia '
               'dopuszczalnego poziomu hałasu wzdłuż ul. Toruńskiej i ul. Dworcowej, na których mieszka '
               'ok. 4,2 tys. osób[[fn:Mapa akustyczna dróg krajowych województwa kujawsko-pomorskiego, '
               'edycja 2022; dane dla odcinków w granicach miasta.]].')
        self.p('Dla uzdrowiska, którego funkcjonowanie zależy od jakości powietrza i spokoju, ograniczenie '
               'ruchu samochodowego w rejonie Solanek ma znaczenie także gospodarcze.')

        self.sub('2.7.', 'Dotychczasowe działania miasta i projekty komplementarne')
        self.p('W latach 2018–2023 miasto zrealizowało kilka przedsięwzięć, które stanowią punkt wyjścia '
               'dla MID. Są to projekty zakończone; nie są one ujęte w planie działań niniejszego '
               'dokumentu.')
        self.tcap('Projekty zrealizowane w latach 2018–2023')
        rows = [['Projekt', 'Okres realizacji', 'Wartość', 'Źródło finansowania']] + [list(p) for p in PAST]
        d.add(table(rows, [3900, 1500, 1500, 2280], sz=9.5, header_fill='F2DCDB'))
        self.p('Równolegle z MID będą prowadzone inwestycje innych podmiotów, które wpływają na system '
               'transportowy miasta, ale nie są finansowane ani realizowane w ramach MID (projekty '
               'komplementarne):')
        for t, who, when in COMPLEMENTARY:
            self.d.add(para(run(t, b=True) + run(' – realizator: %s, okres: %s.' % (who, when)),
                            num=(NUM_BUL, 0), after=60, jc='left'))

        self.sub('2.8.', 'Analiza SWOT')
        self.p('Wnioski z diagnozy zestawiono w analizie SWOT, przygotowanej na warsztacie Lokalnego '
               'Partnerstwa w dniu 18 kwietnia 2024 r.')
        self.tcap('Analiza SWOT mobilności w Inowrocławiu')
        S = ('zwarta struktura miasta i krótkie odległości\nwłasny operator komunikacji (MPK)\n'
             'węzeł kolejowy o znaczeniu regionalnym\npłaski teren sprzyjający jeździe rowerem\n'
             'gotowy projekt węzła przesiadkowego')
        W = ('spadek liczby pasażerów MPK\nstarzejący się tabor\nnieciągła sieć dróg rowerowych\n'
             'wysoka liczba wypadków z udziałem pieszych\nbrak koordynacji rozkładów z koleją')
        O = ('fundusze FEdKP 2021–2027 i programy krajowe\nrosnąca świadomość ekologiczna mieszkańców\n'
             'rozwój funkcji uzdrowiskowej i turystyki\nudział w sieci PIM i wymiana doświadczeń')
        T = ('dalszy spadek liczby mieszkańców\nrosnące koszty energii i wynagrodzeń\n'
             'ruch tranzytowy na DK15 i DK25\nograniczone możliwości budżetu miasta')
        rows = [[dict(t='Mocne strony', shd='E2EFDA', b=True), dict(t='Słabe strony', shd='FCE4D6', b=True)],
                [S, W],
                [dict(t='Szanse', shd='DDEBF7', b=True), dict(t='Zagrożenia', shd='FFF2CC', b=True)],
                [O, T]]
        d.add(table(rows, [4590, 4590], header_rows=1, sz=10))
        self.sub('2.9.', 'Wnioski z diagnozy')
        self.p('Z diagnozy wynikają cztery główne problemy, na które powinna odpowiedzieć Miejska '
               'Inicjatywa Działania. Pierwszym jest malejąca atrakcyjność komunikacji miejskiej: rzadkie '
               'kursy, stary tabor i słabe powiązanie z koleją sprawiają, że autobus jest wybierany '
               'głównie przez osoby, które nie mają innej możliwości. Drugim – niski poziom '
               'bezpieczeństwa pieszych, widoczny zwłaszcza na osiedlach mieszkaniowych i w otoczeniu szkół.')
        self.p('Trzecim problemem jest nieciągłość sieci rowerowej, która – przy płaskim terenie i krótkich '
               'odległościach – ogranicza wykorzystanie potencjału roweru. Czwartym jest nadmierna '
               'obecność samochodów w Śródmieściu i w rejonie uzdrowiska, odbierająca przestrzeń '
               'pieszym i obniżająca atrakcyjność centrum dla mieszkańców i kuracjuszy.')
        self.p('Jednocześnie miasto ma atuty, które ułatwią zmianę: własnego operatora, przygotowaną '
               'dokumentację węzła przesiadkowego, doświadczenie z projektów z lat 2018–2023 oraz '
               'zaangażowanych partnerów społecznych. Ograniczeniem pozostają możliwości finansowe '
               'budżetu miasta, dlatego realizacja większości inwestycji zależy od pozyskania środków '
               'zewnętrznych.')

    # ============================================================ 3
    def ch3(self):
        d = self.d
        self.chap(3, 'CELE MIEJSKIEJ INICJATYWY DZIAŁANIA')
        self.p('Cele MID sformułowano na podstawie diagnozy oraz dyskusji na warsztacie Lokalnego '
               'Partnerstwa w dniu 26 września 2024 r. Są one spójne z celem strategicznym nr 3 Strategii '
               'Rozwoju Miasta Inowrocławia do 2030 r. („Miasto dostępne i przyjazne do życia”).')
        self.sub('3.1.', 'Cel główny')
        d.add(para(run('Do 2027 r. mieszkańcy Inowrocławia będą mogli bezpiecznie i wygodnie poruszać się '
                       'po mieście pieszo, rowerem i komunikacją miejską, a udział tych sposobów podróżowania '
                       'wzrośnie kosztem samochodu.', i=True), border='8B1A1A', shd='FBF3F3',
                   before=120, after=240))
        self.sub('3.2.', 'Cele szczegółowe')
        self.p('Cel główny będzie realizowany poprzez trzy cele szczegółowe. Przypisanie działań do celów '
               'przedstawiono w tabeli zestawienia działań w rozdziale 4.')
        for title, text in GOALS:
            self.d.add(para(run(title, b=True), keep_next=True, before=160, after=60, jc='left'))
            self.p(text)
        self.p('Cele szczegółowe nie są działaniami – opisują zmianę, do której przyczynią się '
               'przedsięwzięcia opisane w rozdziale 4. Wskaźniki służące do oceny stopnia osiągnięcia '
               'celów zawiera rozdział 7.')
        self.sub('3.3.', 'Zgodność z dokumentami strategicznymi')
        self.p('MID wpisuje się w ustalenia dokumentów strategicznych na poziomie krajowym, regionalnym '
               'i lokalnym. Najważniejsze powiązania przedstawiono w tabeli.')
        self.tcap('Powiązanie celów MID z dokumentami strategicznymi')
        rows = [['Dokument', 'Zapis, z którym MID jest zgodna', 'Cele MID'],
                ['Strategia Zrównoważonego Rozwoju Transportu do 2030 roku',
                 'rozwój zrównoważonego transportu miejskiego, poprawa bezpieczeństwa ruchu', '1, 2, 3'],
                ['Strategia rozwoju województwa kujawsko-pomorskiego do 2030 roku – Strategia '
                 'Przyspieszenia 2030+', 'wzmacnianie ośrodków subregionalnych, niskoemisyjny transport', '1, 3'],
                ['Program ochrony powietrza dla strefy kujawsko-pomorskiej',
                 'ograniczanie emisji z transportu drogowego w miastach', '1'],
                ['Strategia Rozwoju Miasta Inowrocławia do 2030 r.',
                 'cel strategiczny 3 „Miasto dostępne i przyjazne do życia”', '1, 2, 3'],
                ['Gminny Program Rewitalizacji Miasta Inowrocławia',
                 'poprawa jakości przestrzeni publicznej Śródmieścia i Solanek', '2'],
                ['Plan transportowy (plan zrównoważonego rozwoju publicznego transportu zbiorowego) '
                 'dla Miasta Inowrocławia', 'standardy dostępności i częstotliwości komunikacji miejskiej', '1']]
        d.add(table(rows, [3700, 4180, 1300], sz=9.5, header_fill='F2DCDB',
                    jc_cols=['left', 'left', 'center']))
        self.p('Działania MID nie wymagają zmian w dokumentach planistycznych miasta. Przebieg trasy '
               'rowerowej na Solanki jest zgodny z ustaleniami obowiązujących miejscowych planów '
               'zagospodarowania przestrzennego.', before=120)

    # ============================================================ 4
    def ch4(self):
        d = self.d
        self.chap(4, 'DZIAŁANIA')
        self.p('W MID zaplanowano jedenaście działań, pogrupowanych w cztery obszary. Przy każdym '
               'działaniu podano realizatora, termin, szacunkowy koszt, przewidywane źródło finansowania '
               'oraz wskaźnik produktu lub rezultatu. W przypadkach, w których parametry nie są jeszcze '
               'znane, użyto oznaczenia „b.d.” lub „do oszacowania”; zostaną one uzupełnione w wersji '
               'ostatecznej dokumentu[[fn:Koszty podano w cenach z 2024 r., w kwotach brutto.]].')
        for gi, (no, gtitle) in enumerate(GROUPS):
            self.sub(no, gtitle)
            if gi == 1:
                self.p('Działania z tego obszaru wynikają bezpośrednio z audytu bezpieczeństwa oraz z '
                       'propozycji mieszkańców zgłoszonych w ankiecie.')
            for a in ACTIONS:
                if a['group'] != gi:
                    continue
                d.add(para(run(a['title'], b=True) + run(' – ' + a['text']), num=(NUM_ACT, 0),
                           keep_next=True, before=200, after=80))
                for k, (lab, val) in enumerate(a['fields']):
                    d.add(para(run(lab + ': ', b=True) + run(val), ind_left=567, jc='left',
                               after=160 if k == len(a['fields']) - 1 else 20, keep_lines=True,
                               keep_next=k < len(a['fields']) - 1))
            if gi == 2:
                d.add(para(run('Ramka 1. Dobre praktyki z Leszna', b=True), border='7F7F7F',
                           shd='F2F2F2', keep_next=True, after=0, jc='left'))
                d.add(para(run('Leszno, miasto wiodące sieci, w latach 2019–2023 zbudowało ok. 20 km '
                               'dróg dla rowerów, stosując zasadę „najpierw luki, potem nowe trasy”. '
                               'Doświadczenia Leszna wykorzystano przy wyborze przebiegu trasy na Solanki.',
                               sz=10.5), border='7F7F7F', shd='F2F2F2', after=240))
        self.tcap('Zestawienie działań')
        rows = [['Nr', 'Działanie', 'Realizator', 'Cel szczegółowy']]
        for k, a in enumerate(ACTIONS, 1):
            rows.append(['%d.' % k, a['title'], a['fields'][0][1],
                         str(a['goal']) if a['goal'] else 'wszystkie'])
        d.add(table(rows, [600, 4200, 3180, 1200], sz=9.5, header_fill='F2DCDB',
                    jc_cols=['left', 'left', 'left', 'center']))
        self.src('Źródło: opracowanie własne UM Inowrocławia.')

    # ============================================================ 5
    def ch5(self):
        d = self.d
        self.chap(5, 'HARMONOGRAM I BUDŻET')
        self.sub('5.1.', 'Harmonogram realizacji')
        self.p('Realizacja MID obejmuje okres od II kwartału 2025 r. do IV kwartału 2027 r. Harmonogram '
               'uwzględnia terminy naborów w programach zewnętrznych oraz konieczność przygotowania '
               'dokumentacji projektowej. Działania inwestycyjne (1, 2 i 7) rozłożono tak, aby nie '
               'kumulować wydatków w jednym roku budżetowym. Szczegółowy harmonogram w podziale na kwartały '
               'przedstawiono na wykresie Gantta na następnej stronie.')
        self.p('Działania nieinwestycyjne – nowa siatka połączeń, kampania i koordynacja – rozpoczną się '
               'jeszcze w 2025 r. Termin działania 6 zostanie ustalony po konsultacjach z '
               'przedsiębiorcami Śródmieścia.')
        d.add(para('', after=0, sect=X.sect_pr(header='h1', footer='f1')))
        # landscape Gantt chart
        self.tcap('Harmonogram realizacji działań MID w podziale na kwartały (wykres Gantta)')
        years = ['2025', '2026', '2027']
        hdr1 = [dict(t='Nr', vm='restart'), dict(t='Działanie', vm='restart')]
        for y in years:
            hdr1.append(dict(t=y, span=sum(1 for q in QUARTERS if q[0] == y), jc='center'))
        hdr2 = [dict(t='', vm='cont'), dict(t='', vm='cont')] + [dict(t=q, jc='center') for _, q in QUARTERS]
        rows = [hdr1, hdr2]
        for k, a in enumerate(ACTIONS, 1):
            g = a['gantt']
            row = ['%d.' % k, a['title']]
            if g is None:
                row.append(dict(t='termin zostanie ustalony po konsultacjach', span=len(QUARTERS),
                                i=True, jc='center'))
            else:
                active = set(g) if isinstance(g, list) else set(range(g[0], g[1] + 1))
                for qi in range(len(QUARTERS)):
                    row.append(dict(t='', shd='8B1A1A' if qi in active else None))
            rows.append(row)
        d.add(table(rows, [600, 5000] + [770] * len(QUARTERS), header_rows=2, sz=9,
                    header_fill='F2DCDB'))
        self.src('Legenda: pole zacienione – okres realizacji działania. Źródło: opracowanie własne.')
        d.add(para('', after=0, sect=X.sect_pr(header='h1', footer='f1', landscape=True)))
        self.sub('5.2.', 'Budżet i źródła finansowania')
        self.p('Budżet Miejskiej Inicjatywy Działania zostanie opracowany po zakończeniu konsultacji '
               'społecznych, po rozstrzygnięciu naborów w programie FEdKP 2021–2027 oraz po uchwaleniu '
               'zmian w Wieloletniej Prognozie Finansowej Miasta.')
        self.tcap('Budżet MID w podziale na źródła finansowania [tys. zł]')
        rows = [['Źródło finansowania', '2025', '2026', '2027', 'Razem'],
                ['Budżet miasta', '', '', '', ''],
                ['Fundusze europejskie', '', '', '', ''],
                ['Programy krajowe', '', '', '', ''],
                ['Inne', '', '', '', ''],
                [dict(t='Razem', b=True), '', '', '', '']]
        d.add(table(rows, [3580, 1400, 1400, 1400, 1400], sz=10, header_fill='F2DCDB'))
        self.src('Tabela do uzupełnienia po konsultacjach.')

    # ============================================================ 6
    def ch6(self):
        d = self.d
        self.chap(6, 'LOKALNE PARTNERSTWO I UDZIAŁ MIESZKAŃCÓW')
        self.sub('6.1.', 'Skład i sposób pracy Lokalnego Partnerstwa')
        self.p('Lokalne Partnerstwo zostało powołane zarządzeniem Prezydenta Miasta w lutym 2024 r. '
               'Jego zadaniem jest współtworzenie MID, opiniowanie kolejnych wersji dokumentu, a po jego '
               'przyjęciu – udział w monitorowaniu realizacji. Koordynatorem Partnerstwa jest '
               'Naczelnik Wydziału Drogownictwa i Transportu, Pan Krzysztof Lewandowicz. W skład '
               'Partnerstwa weszli przedstawiciele:')
        self.bullets(PARTNERS)
        self.p('Partnerstwo pracowało w formie warsztatów, spacerów badawczych i spotkań roboczych. '
               'Łącznie odbyło się siedem spotkań:')
        for m in MEETINGS:
            d.add(para(run(m), num=(NUM_DEC, 0), after=40, jc='left'))
        self.p('Frekwencja wynosiła od 11 do 24 osób. Notatki ze spotkań są dostępne w Wydziale '
               'Drogownictwa i Transportu.', before=120)
        self.sub('6.2.', 'Ankieta mieszkańców i propozycje zgłoszone w trakcie prac')
        self.p('W ankiecie z kwietnia–maja 2024 r. mieszkańcy mogli zgłaszać własne propozycje zmian. '
               'Zebrano 612 propozycji, które pogrupowano tematycznie. Najczęściej zgłaszane propozycje '
               'oraz sposób ich rozpatrzenia przedstawia tabela poniżej. Propozycje nieuwzględnione nie są '
               'elementem MID.')
        self.tcap('Najczęściej zgłaszane propozycje mieszkańców i sposób ich rozpatrzenia')
        rows = [['Propozycja mieszkańców', 'Liczba wskazań', 'Sposób rozpatrzenia']]
        rows += [list(p) for p in PROPOSALS]
        d.add(table(rows, [3900, 1300, 3980], sz=9.5, header_fill='F2DCDB',
                    jc_cols=['left', 'right', 'left']))
        self.sub('6.3.', 'Konsultacje społeczne projektu MID')
        self.p('Konsultacje projektu prowadzone są na podstawie uchwały Rady Miejskiej Inowrocławia w '
               'sprawie zasad i trybu przeprowadzania konsultacji społecznych z mieszkańcami[[fn:Uchwała '
               'nr XLII/612/2022 Rady Miejskiej Inowrocławia (tekst ujednolicony); numer i data podane na '
               'podstawie informacji Biura Rady – do weryfikacji przed publikacją.]]. Przewidziano '
               'następujące formy:')
        self.bullets(['formularz uwag w wersji elektronicznej i papierowej,',
                      'dwa otwarte spotkania konsultacyjne (Rąbin i Śródmieście),',
                      'punkt konsultacyjny w Galerii Solnej w sobotę 8 marca 2025 r.,',
                      'spotkanie z przedsiębiorcami Śródmieścia w sprawie działania 6.'])
        self.p('Po zakończeniu konsultacji zostanie opracowany raport zawierający wszystkie uwagi wraz z '
               'uzasadnieniem sposobu ich rozpatrzenia.')

    # ============================================================ 7
    def ch7(self):
        d = self.d
        self.chap(7, 'MONITORING I WSKAŹNIKI')
        self.p('Monitoring MID będzie prowadzony corocznie przez koordynatora ds. mobilności we '
               'współpracy z realizatorami działań. Do 31 marca każdego roku koordynator przygotuje raport '
               'z realizacji za poprzedni rok, zawierający stan zaawansowania działań, poniesione wydatki '
               'i wartości wskaźników. Raport zostanie przedstawiony Lokalnemu Partnerstwu i opublikowany '
               'na stronie internetowej Urzędu.')
        self.p('Wskaźniki produktu przypisano do poszczególnych działań w rozdziale 4. Poniższa tabela '
               'zawiera wskaźniki rezultatu, które służą ocenie realizacji celów szczegółowych.')
        self.tcap('Wskaźniki rezultatu MID')
        rows = [['Cel', 'Wskaźnik', 'Wartość bazowa', 'Wartość docelowa', 'Źródło danych']]
        rows += [list(i) for i in INDICATORS]
        d.add(table(rows, [1500, 3100, 1400, 1400, 1780], sz=9.5, header_fill='F2DCDB'))
        self.p('W 2027 r. zostanie powtórzone badanie ankietowe mieszkańców w takim samym zakresie jak w '
               '2024 r., co pozwoli ocenić zmianę podziału zadań przewozowych. Pomiar prędkości na '
               'Rąbinie zostanie powtórzony sześć i osiemnaście miesięcy po wprowadzeniu strefy.',
               before=160)
        self.p('Sprawozdawczość w okresie realizacji MID będzie przebiegać według następującego '
               'kalendarza:')
        self.tcap('Kalendarz monitoringu MID')
        rows = [['Produkt monitoringu', 'Termin', 'Odbiorca'],
                ['Informacja kwartalna o postępie działań', 'do 20. dnia miesiąca po kwartale',
                 'Prezydent Miasta'],
                ['Raport roczny z realizacji MID', 'do 31 marca roku następnego',
                 'Lokalne Partnerstwo, Rada Miejska, mieszkańcy'],
                ['Badanie ankietowe mieszkańców', 'II kw. 2027 r.', 'Lokalne Partnerstwo'],
                ['Raport końcowy z oceną wskaźników rezultatu', 'I kw. 2028 r.',
                 'Rada Miejska, sieć „Mobilność miejska”']]
        d.add(table(rows, [3700, 2800, 2680], sz=9.5, header_fill='F2DCDB'))
        self.p('Jeżeli w raporcie rocznym wskaźnik rezultatu odbiega od ścieżki dojścia do wartości '
               'docelowej o więcej niż 25%, koordynator przedstawi Lokalnemu Partnerstwu propozycję '
               'działań korygujących, a w razie potrzeby – aktualizacji MID.', before=120)

    # ============================================================ 8
    def ch8(self):
        d = self.d
        self.chap(8, 'ANALIZA RYZYKA')
        self.p('Zidentyfikowano pięć głównych ryzyk, które mogą wpłynąć na realizację MID. Ocenę '
               'prawdopodobieństwa i wpływu przeprowadzono na warsztacie w dniu 21 listopada 2024 r.')
        self.tcap('Rejestr ryzyk MID')
        rows = [['Ryzyko', 'Prawdopodobieństwo', 'Wpływ', 'Sposób ograniczenia']] + [list(r) for r in RISKS]
        d.add(table(rows, [3100, 1600, 1100, 3380], sz=9.5, header_fill='F2DCDB'))
        self.p('Rejestr ryzyk będzie aktualizowany przy okazji corocznego raportu z monitoringu. '
               'Za bieżące śledzenie ryzyk odpowiada koordynator ds. mobilności.', before=160)


    def annex(self):
        d = self.d
        text = 'Załącznik nr 1. Przejścia dla pieszych wskazane w audycie bezpieczeństwa'
        self.heads.append((1, text))
        d.add(para(run(text, b=True, sz=13, color=RED), page_break=True, keep_next=True, after=200,
                   jc='left'))
        self.p('Poniższe zestawienie pochodzi z audytu bezpieczeństwa ruchu drogowego w otoczeniu szkół '
               'podstawowych (październik 2024 r.) i stanowi materiał pomocniczy dla działania 5. '
               'Ostateczny zakres przebudowy poszczególnych przejść zostanie określony w dokumentacji '
               'projektowej.')
        self.tcap('Przejścia dla pieszych o podwyższonym ryzyku w otoczeniu szkół')
        rows = [['Lp.', 'Ulica', 'Lokalizacja', 'Zidentyfikowany problem']]
        rows += [['%d.' % k] + list(c) for k, c in enumerate(CROSSINGS, 1)]
        d.add(table(rows, [600, 2300, 2900, 3380], sz=9.5, header_fill='F2DCDB'))
        self.src('Źródło: Audyt bezpieczeństwa ruchu drogowego w otoczeniu szkół podstawowych w '
                 'Inowrocławiu, 2024 r.')


def header_footer(d):
    border = '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="8B1A1A"/></w:pBdr>'
    hdr = ('<w:p><w:pPr><w:pStyle w:val="Header"/>%s</w:pPr>%s%s</w:p>' % (
        border, run('Miejska Inicjatywa Działania – Inowrocław', b=True, color=RED),
        run('\t\tPROJEKT do konsultacji społecznych', i=True)))
    d.headers['h1'] = X.hdr_ftr('header', hdr)
    d.headers['h0'] = X.hdr_ftr('header', para('', style='Header'))
    ftr = para(run('Strona ') + field('PAGE', '1') + run(' z ') + field('NUMPAGES', '1'),
               style='Footer', jc='right')
    d.footers['f1'] = X.hdr_ftr('footer', ftr)
    d.footers['f0'] = X.hdr_ftr('footer', para('', style='Footer'))


def collect_heads():
    b = MidBuilder(None)
    b.build([])
    return b.heads


def build_docx(path, toc_pages=None):
    heads = collect_heads()
    b = MidBuilder(toc_pages)
    doc = b.build(heads)
    header_footer(doc)
    body = ''.join(doc.body)
    first = X.sect_pr(header='h1', footer='f1')
    first_tp = X.sect_pr(header='h1', footer='f1', first_header='h0', first_footer='f0', title_pg=True)
    assert first in body
    doc.body = [body.replace(first, first_tp, 1)]
    st = X.styles(font=FONT, size=12, heading_num=None, head_color=RED, line=264, after=120)
    # no heading styles in use: drop them from the style sheet entirely
    import re
    st = re.sub(r'<w:style w:type="paragraph" w:styleId="Heading\d">.*?</w:style>', '', st)
    doc.save(path, st, numbering_xml(), X.settings(), X.sect_pr(header='h1', footer='f1'),
             title='MID Inowrocław – projekt', author='Anna Zielińska-Kopeć',
             created='2024-03-20T09:00:00Z', modified='2025-02-10T15:20:00Z')
    b.heads_final = heads
    return b


def find_pages(texts, squash):
    heads = collect_heads()
    sq = [squash(t) for t in texts]
    last = squash(heads[-1][1])
    toc_end = next(i for i, t in enumerate(sq) if last in t)
    pages, cur = {}, toc_end + 1
    for level, text in heads:
        key = squash(text)
        for i in range(cur, len(sq)):
            if key in sq[i]:
                pages[text] = i + 1
                cur = i
                break
        else:
            raise AssertionError('heading not found: ' + text)
    return pages


def gold(pages):
    acts = []
    for a in ACTIONS:
        f = dict(a['fields'])

        def val(v):
            return None if v in ('b.d.', 'do oszacowania', '—') else v
        values = dict(responsible=val(f['Realizator']), timeline=val(f['Termin']),
                      cost=val(f['Koszt']), funding=val(f['Finansowanie']), indicator=val(f['Wskaźnik']))
        acts.append(dict(title=a['title'], theme=a['theme'], secondary_themes=a['sec'],
                         responsible=values['responsible'] is not None,
                         timeline=values['timeline'] is not None,
                         cost=values['cost'] is not None,
                         indicator=values['indicator'] is not None,
                         type=None, values=values))
    return {
        'file': FILE, 'document_type': 'mid', 'city': 'Inowrocław', 'network': 'mobility',
        'status': 'draft', 'text_layer': True, 'pages': pages,
        'sections': {'summary': 'missing', 'context': 'present', 'objectives': 'present',
                     'actions': 'present', 'schedule': 'present', 'budget': 'incomplete',
                     'stakeholders': 'present', 'indicators': 'present', 'risks': 'present'},
        'actions': acts,
        'features': ['draft', 'docx_converted', 'libreoffice_export', 'no_heading_styles',
                     'manual_heading_numbers', 'no_pdf_bookmarks', 'typed_toc', 'cover_page',
                     'running_header', 'page_footer_strona_n_z_m', 'footnotes', 'numbered_list_lead_ins',
                     'key_value_lines', 'landscape_page', 'gantt_table', 'merged_header_cell', 'swot_table',
                     'framed_box'],
        'traps': ['draft_marker_cover_and_header', 'wprowadzenie_not_summary', 'summary_missing',
                  'merged_chapter_harmonogram_i_budzet', 'budget_deferred_empty_table',
                  'schedule_only_gantt_shading', 'objectives_cel_szczegolowy_decoys', 'cel_glowny_box',
                  'past_projects_table', 'complementary_projects_list', 'partnership_meeting_list',
                  'residents_proposals_with_rejections', 'zestawienie_dzialan_table_repeats_actions',
                  'bd_and_do_oszacowania_values', 'action_without_timeline_gantt_row_text',
                  'framed_good_practice_box', 'auto_numbered_dzialanie_label'],
        'notes': ('Draft MID of Inowrocław ("PROJEKT do konsultacji społecznych" on the cover and in the '
                  'running header). DOCX written without heading styles (bold/coloured Normal paragraphs '
                  '"Rozdział N. TITLE", "N.M. Title"), typed ToC with dot leaders, exported to PDF by '
                  'LibreOffice without bookmarks. Actions are a Word numbered list whose label "Działanie N." '
                  'comes from numbering.xml, followed by the bold title, " – " and prose; the fields are on '
                  'separate lines (Realizator/Termin/Koszt/Finansowanie/Wskaźnik). "b.d." and "do oszacowania" '
                  'are not stated. Chapter 1 "WPROWADZENIE" describes the document and consultation, not the '
                  'content (no summary anywhere). Chapter 5 "HARMONOGRAM I BUDŻET": 5.1 has a landscape Gantt '
                  'table (shaded quarters; action 6 row says the date will be set after consultations), '
                  '5.2 only says the budget will be prepared after consultations plus an empty table '
                  '(budget incomplete). "Zestawienie działań" table repeats number/title/realizator. '
                  'Decoys: "Cel szczegółowy 1–3", past projects 2018–2023, complementary projects (GDDKiA, '
                  'PKP PLK, FEnIKS), Lokalne Partnerstwo meeting list, residents\' proposals incl. rejected '
                  'ones, Ramka 1.'),
    }
