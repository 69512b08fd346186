"""MID Suwałki – mobilność 2026 (written as DOCX, published as a tagged PDF with bookmarks).

Manual heading numbers (typed in the text), landscape action table with objective rows spanning all
columns and a repeated header row, running header strip and "Strona N z M" footer, figure and table
captions, consultation annex with residents' proposals, risks as a table.
"""
import re

import pypdfium2 as pdfium

import figures
from ooxml import Doc, P, R, B, I, field, cell, row, table, sect_pr, styles_xml, numbering_xml

DOCX = 'Suwalki_MID_mobilnosc_2026.docx'
FILE = 'Suwalki_MID_mobilnosc_2026.pdf'
BUL, DEC = 2, 3
TW = 9638          # portrait text width
LW = 14570         # landscape text width
NAVY, LIGHT = '1F3A5F', 'DCE6F1'

OBJECTIVES = [
    ('Cel szczegółowy 1: Atrakcyjna i dostępna komunikacja miejska', [
        dict(lp='1.1', title='Reorganizacja sieci linii autobusowych z taktem 15-minutowym na osi ul. Kościuszki – ul. Sejneńska',
             theme='public_transport', secondary=[],
             opis='Nowy układ linii opracowany na podstawie badania potoków z 2024 r.: dwie linie „szkieletowe” '
                  'kursujące co 15 minut w dni robocze w godz. 6–19, zsynchronizowane odjazdy na przystankach '
                  'węzłowych przy pl. Marii Konopnickiej i Suwałki Plaza, likwidacja dublujących się kursów. Nowy rozkład zostanie poprzedzony trzymiesięczną kampanią informacyjną i konsultacjami z radami osiedli; po pół roku funkcjonowania przewidziano korektę na podstawie danych z liczników pasażerów.',
             realizator='Wydział Gospodarki Komunalnej i Mieszkaniowej UM w Suwałkach',
             termin='I kw. 2026 – IV kw. 2026', koszt='1,2 mln zł rocznie', zrodlo='budżet Miasta Suwałki',
             wskaznik='wzrost liczby pasażerów o 12% w 2027 r. w stosunku do 2024 r.'),
        dict(lp='1.2', title='Zakup autobusów elektrycznych wraz z infrastrukturą ładowania w zajezdni przy ul. Bakałarzewskiej',
             theme='public_transport', secondary=['low_emission'],
             opis='Zakup 12-metrowych autobusów elektrycznych zastępujących pojazdy Euro 3 i Euro 4 '
                  '(średni wiek 17 lat), budowa stacji ładowania typu plug-in w zajezdni, szkolenia kierowców '
                  'w zakresie ekonomicznej jazdy i obsługi pojazdów. Autobusy trafią w pierwszej kolejności na linie obsługujące Śródmieście i szpital. Zakup w dwóch partiach (4 + 4), z opcją rozszerzenia zamówienia, jeśli ceny okażą się niższe od szacunków.',
             realizator='PGK Sp. z o.o. w Suwałkach', termin='2026–2028', koszt='32 400 000 zł',
             zrodlo='FEnIKS 2021–2027, środki własne PGK',
             wskaznik='8 autobusów elektrycznych i 4 stanowiska ładowania'),
        dict(lp='1.3', title='Zintegrowany węzeł przesiadkowy przy dworcu PKP Suwałki',
             theme='public_transport', secondary=['cycling'],
             opis='Przebudowa placu przed dworcem: zatoki dla autobusów miejskich i regionalnych, parking '
                  '„Parkuj i jedź” oraz „Parkuj rower i jedź”, wiata z informacją pasażerską, dojście bez barier '
                  'do peronów. Powiązanie z elektryfikacją linii kolejowej Białystok – Suwałki. Rozkłady autobusów miejskich zostaną skoordynowane z rozkładem pociągów, a na węźle powstanie punkt obsługi pasażera wspólny dla PGK i przewoźnika kolejowego.',
             realizator='Wydział Inwestycji UM w Suwałkach', termin='III kw. 2026 – II kw. 2028', koszt='9,8 mln zł',
             zrodlo='FEdP 2021–2027 (ZIT MOF Suwałki)',
             wskaznik='1 węzeł przesiadkowy z 60 miejscami P&R i 40 miejscami B&R'),
        dict(lp='1.4', title='System dynamicznej informacji pasażerskiej i bilet w aplikacji mobilnej',
             theme='public_transport', secondary=[],
             opis='Tablice z rzeczywistymi czasami odjazdów na najważniejszych przystankach, publikacja danych '
                  'rozkładowych w formacie GTFS, sprzedaż biletów okresowych i jednorazowych w aplikacji. '
                  'Zakres i koszt zostaną doprecyzowane po analizie ofert rynkowych. Rozważane jest wspólne zamówienie z innymi miastami sieci PIM, co może obniżyć koszt systemu.',
             realizator='PGK Sp. z o.o. w Suwałkach', termin='2026', koszt='do oszacowania', zrodlo='b.d.',
             wskaznik='25 tablic dynamicznej informacji pasażerskiej'),
    ]),
    ('Cel szczegółowy 2: Bezpieczne i wygodne przemieszczanie się pieszo i rowerem', [
        dict(lp='2.1', title='Łącznik rowerowy Bulwary nad Czarną Hańczą – osiedle Północ',
             theme='cycling', secondary=[],
             opis='Budowa dwukierunkowej drogi dla rowerów łączącej bulwary z osiedlem Północ oraz ze szkołami '
                  'przy ul. Szpitalnej; przejazdy rowerowe z azylami, oświetlenie LED, połączenie z istniejącą '
                  'trasą wzdłuż ul. Wojska Polskiego. Przebieg skonsultowany podczas rajdu studyjnego LP. Na odcinku wzdłuż ul. Północnej droga zostanie oddzielona od jezdni pasem zieleni z nasadzeniami drzew; przy szkołach przewidziano wiaty rowerowe.',
             realizator='Wydział Inwestycji UM w Suwałkach', termin='2026–2027', koszt='6 750 000 zł',
             zrodlo='FEdP 2021–2027 (ZIT MOF Suwałki), budżet Miasta Suwałki',
             wskaznik='5,6 km nowych dróg dla rowerów'),
        dict(lp='2.2', title='Strefa Tempo 30 w Śródmieściu i przebudowa przejść dla pieszych',
             theme='walking_traffic_calming', secondary=[],
             opis='Wprowadzenie ograniczenia prędkości do 30 km/h w obszarze ograniczonym ulicami Pułaskiego, '
                  'Sejneńską, Utrata i Noniewicza; wyniesione przejścia, zawężenia jezdni, skrócenie przejść '
                  'przez wysunięcie krawężników, doświetlenie przejść. Wdrożenie etapami: najpierw oznakowanie strefy i rozwiązania tymczasowe, następnie przebudowa przejść wskazanych w audycie bezpieczeństwa z 2025 r. Efekty będą oceniane na podstawie pomiarów prędkości przed i po.',
             realizator='Zarząd Dróg i Zieleni w Suwałkach', termin='II kw. 2026 – IV kw. 2027', koszt='2 350 000 zł',
             zrodlo='Rządowy Fundusz Rozwoju Dróg, budżet Miasta Suwałki',
             wskaznik='14 przebudowanych przejść dla pieszych, strefa Tempo 30 o pow. 1,1 km²'),
        dict(lp='2.3', title='„Szkolne ulice” przy Szkole Podstawowej nr 4 i Szkole Podstawowej nr 10',
             theme='walking_traffic_calming', secondary=[],
             opis='Czasowe wyłączenie z ruchu samochodowego odcinków ulic przed wejściami do szkół w godzinach '
                  'rozpoczynania i kończenia lekcji, z dopuszczeniem ruchu mieszkańców; pilotaż z tymczasową '
                  'organizacją ruchu, a po ocenie – rozwiązanie stałe. Pilotaż przygotują wspólnie dyrekcje szkół, rady rodziców i straż miejska.',
             realizator='Zarząd Dróg i Zieleni w Suwałkach', termin='wrzesień 2026', koszt='180 tys. zł',
             zrodlo='budżet Miasta Suwałki', wskaznik='—'),
        dict(lp='2.4', title='Parkingi rowerowe i samoobsługowe stacje naprawy rowerów przy obiektach publicznych',
             theme='cycling', secondary=[],
             opis='Stojaki typu „U” przy szkołach, urzędach, ośrodku sportu i rekreacji, bibliotece oraz przy '
                  'przystankach węzłowych; zadaszone wiaty przy szkołach średnich; sześć stacji naprawy z pompką '
                  'i podstawowymi narzędziami. Projekt zgłoszony do budżetu obywatelskiego przez mieszkańców. Lokalizacje wybrano na podstawie mapy uwag z konsultacji; realizator zostanie wskazany po rozstrzygnięciu głosowania w budżecie obywatelskim.',
             realizator='—', termin='2026–2027', koszt='240 000 zł', zrodlo='Suwalski Budżet Obywatelski 2026',
             wskaznik='300 nowych stojaków rowerowych i 6 stacji naprawy'),
    ]),
    ('Cel szczegółowy 3: Ulice przyjazne mieszkańcom i świadome wybory transportowe', [
        dict(lp='3.1', title='Przebudowa ul. Kościuszki na odcinku Noniewicza – Pułaskiego w standardzie ulicy przyjaznej pieszym',
             theme='public_space', secondary=['walking_traffic_calming'],
             opis='Poszerzenie chodników kosztem pasów postojowych, nasadzenia drzew w rabatach z retencją wód '
                  'opadowych, ławki i ogródki gastronomiczne, uporządkowanie szyldów; dostawy w wyznaczonych '
                  'godzinach. Zadanie ujęte w Gminnym Programie Rewitalizacji. Projekt koncepcyjny zostanie wyłoniony w konkursie architektoniczno-urbanistycznym z udziałem mieszkańców; w trakcie robót zapewnione zostaną dojścia do lokali usługowych.',
             realizator='Wydział Inwestycji UM w Suwałkach', termin='2027–2028', koszt='14,2 mln zł',
             zrodlo='FEdP 2021–2027 (rewitalizacja), budżet Miasta Suwałki',
             wskaznik='0,9 km przebudowanej ulicy, 48 nowych drzew'),
        dict(lp='3.2', title='Kampania „Suwałki na krótkich dystansach”',
             theme='eco_awareness', secondary=['walking_traffic_calming'],
             opis='Coroczna kampania w Europejskim Tygodniu Zrównoważonego Transportu: wyzwanie „rowerem do '
                  'pracy” dla pracodawców, mapa czasów przejścia pieszo między punktami miasta, zajęcia w '
                  'szkołach, dzień bez samochodu z bezpłatną komunikacją. Kampania będzie prowadzona z partnerami społecznymi, w tym ze stowarzyszeniem „Suwalskie Szprychy” i Młodzieżową Radą Miasta.',
             realizator='Biuro Promocji i Komunikacji Społecznej UM w Suwałkach',
             termin='2026–2029, co roku we wrześniu', koszt='60 000 zł rocznie', zrodlo='budżet Miasta Suwałki',
             wskaznik='4 edycje kampanii, min. 2 000 uczestników'),
    ]),
    ('Cel szczegółowy 4: Sprawne zarządzanie wdrażaniem MID', [
        dict(lp='4.1', title='Zespół ds. mobilności i koordynacja wdrażania MID',
             theme='other', secondary=[],
             opis='Powołanie międzywydziałowego zespołu ds. mobilności, prowadzenie rejestru postępu działań, '
                  'obsługa spotkań Lokalnego Partnerstwa, kontakt z operatorem programu PIM i miastami sieci. Koszt zostanie ustalony po decyzji o formie zatrudnienia koordynatora.',
             realizator='Pełnomocnik Prezydenta Miasta ds. Mobilności', termin='2026–2029', koszt='b.d.',
             zrodlo='pomoc techniczna programu PIM', wskaznik='roczny raport z realizacji MID'),
    ]),
]

NULLS = ('—', 'b.d.', 'do oszacowania')


def _tt(text, b=False, sz=None, color=None, jc=None, i=False):
    return P(R(text, b=b, sz=sz, color=color, i=i), style='TableText', jc=jc)


def simple_table(rows_data, widths, head_shd=LIGHT, centre_cols=(), cant_split=True):
    out = []
    for k, r_ in enumerate(rows_data):
        out.append(row([cell([_tt(v, b=k == 0, jc='center' if j in centre_cols else None)], widths[j],
                             shd=head_shd if k == 0 else None) for j, v in enumerate(r_)],
                       header=k == 0, cant_split=cant_split))
    return table(out, widths)


def search_strings(heads):
    return [text for (_lvl, _num, text, _bm) in heads]


class H:
    def __init__(self, d):
        self.d = d
        self.heads = []

    def __call__(self, level, text, **kw):
        bm = f'_Toc20{len(self.heads) + 7730:06d}'
        self.heads.append((level, '', text, bm))
        self.d.add(P(self.d.bookmark(bm, R(text)), style=f'Heading{level}', **kw))


def build(toc_pages=None):
    d = Doc(author='Paweł Sienkiewicz', date='2025-11-28T14:30:00Z',
            title='Miejska Inicjatywa Działania Suwałki – Mobilność 2026',
            subject='Partnerska Inicjatywa Miast – sieć Mobilność')
    d.styles_xml = styles_xml(font='Times New Roman', size=11, heading_numbering=None, heading_color=NAVY,
                              h_sizes=(15, 12.5, 11.5), line=276)
    d.numbering_xml = numbering_xml(1, BUL, DEC).replace(
        '</w:numbering>',
        ''.join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0">'
                f'<w:startOverride w:val="1"/></w:lvlOverride></w:num>' for n in range(10, 20)) + '</w:numbering>')
    h = H(d)

    def bullets(items):
        for t in items:
            d.add(P(R(t) if not t.startswith('<w:') else t, style='ListParagraph', num=(BUL, 0)))

    # ------------------------------------------------ header/footer parts
    def strip(width):
        left = int(width * 0.62)
        return table([row([
            cell([P(R('PARTNERSKA INICJATYWA MIAST', b=True, color='FFFFFF', sz=8, font='Arial') +
                    R('   |   sieć tematyczna MOBILNOŚĆ', color='FFFFFF', sz=8, font='Arial'), style='Header')],
                 left, shd=NAVY, valign='center'),
            cell([P(R('SUWAŁKI', b=True, color=NAVY, sz=8, font='Arial') +
                    R('  ·  MID 2026', color=NAVY, sz=8, font='Arial'), style='Header', jc='right')],
                 width - left, shd='F4B183', valign='center'),
        ], height=320)], [left, width - left], borders=False) + P('', style='Header')
    d.add_header('rIdHdrP', strip(TW), 'header')
    d.add_header('rIdHdrL', strip(LW), 'header')
    d.add_header('rIdHdrFirst', P('', style='Header'), 'header')
    foot = P(R('Miejska Inicjatywa Działania Suwałki 2026', sz=8, color='7F7F7F') + R('\t\t', sz=8) +
             R('Strona ', sz=8) + field('PAGE', '1', sz=8) + R(' z ', sz=8) + field('NUMPAGES', '1', sz=8),
             style='Footer', jc='left', tabs=[('center', 4819, None), ('right', 9638, None)])
    foot_l = P(R('Miejska Inicjatywa Działania Suwałki 2026', sz=8, color='7F7F7F') + R('\t\t', sz=8) +
               R('Strona ', sz=8) + field('PAGE', '1', sz=8) + R(' z ', sz=8) + field('NUMPAGES', '1', sz=8),
               style='Footer', jc='left', tabs=[('center', 7285, None), ('right', 14570, None)])
    d.add_header('rIdFtrP', foot, 'footer')
    d.add_header('rIdFtrL', foot_l, 'footer')
    d.add_header('rIdFtrFirst', P('', style='Footer'), 'footer')

    # ------------------------------------------------ cover
    cover_band = table([row([cell([
        P(R('MIASTO SUWAŁKI', b=True, color='FFFFFF', sz=14, font='Arial'), jc='left', spacing={'before': '200'}),
        P(R('Partnerska Inicjatywa Miast  ·  sieć tematyczna „Mobilność”', color='FFFFFF', sz=10, font='Arial'),
          jc='left', spacing={'after': '200'}),
    ], TW, shd=NAVY)])], [TW], borders=False)
    d.add(cover_band)
    d.add(P('', spacing={'before': '1800'}))
    d.add(P(R('Miejska Inicjatywa Działania', b=True, sz=26, color=NAVY, font='Arial'), jc='left'))
    d.add(P(R('Suwałki – miasto krótkich dystansów', sz=18, color='C55A11', font='Arial'), jc='left'))
    d.add(P(R('Plan poprawy mobilności na lata 2026–2029', sz=13, color='404040', font='Arial'), jc='left',
            spacing={'after': '2600'}))
    d.add(P(R('Dokument przyjęty przez Lokalne Partnerstwo ds. Mobilności w dniu 24 listopada 2025 r.', sz=10),
            jc='left', spacing={'after': '40'}))
    d.add(P(R('Wersja ostateczna · listopad 2025', sz=10, b=True), jc='left', spacing={'after': '40'}))
    d.add(P(R('Opracowanie: Urząd Miejski w Suwałkach – Wydział Strategii i Rozwoju, przy udziale Lokalnego '
              'Partnerstwa ds. Mobilności', sz=10), jc='left'))

    toc_pos = len(d.body)

    # ================================================ 1. Wprowadzenie (not a summary)
    h(1, '1. Wprowadzenie')
    d.add(P('Partnerska Inicjatywa Miast (PIM) to program współpracy miast średnich, w którym każde z '
            'uczestniczących miast przygotowuje własną Miejską Inicjatywę Działania w ramach jednej z sieci '
            'tematycznych. Suwałki przystąpiły do sieci „Mobilność” w styczniu 2025 r., razem z sześcioma innymi '
            'miastami. Praca w sieci polega na wymianie doświadczeń, wizytach studyjnych i wspólnym poszukiwaniu '
            'rozwiązań dla problemów, z którymi mierzą się miasta tej wielkości.'))
    d.add(P('Niniejszy dokument powstał w procesie trwającym od lutego do listopada 2025 r. Zgodnie z '
            'wytycznymi programu przygotowało go Lokalne Partnerstwo ds. Mobilności, a prace koordynował '
            'Wydział Strategii i Rozwoju Urzędu Miejskiego. Dokument składa się z części diagnostycznej, '
            'określenia celów, planu działań ujętego w formie tabelarycznej, a także rozdziałów poświęconych '
            'wdrażaniu, finansowaniu, partnerstwu, monitoringowi i ryzykom. W załączniku zamieszczono raport '
            'z konsultacji społecznych.'))
    d.add(P('Przy opracowaniu korzystano z następujących źródeł:'))
    bullets(['Studium uwarunkowań i kierunków zagospodarowania przestrzennego miasta Suwałki;',
             'Strategia Rozwoju Miasta Suwałki do 2030 roku;',
             'Plan zrównoważonego rozwoju publicznego transportu zbiorowego dla Miasta Suwałki;',
             'wyniki badania preferencji komunikacyjnych mieszkańców (wrzesień 2024 r., n = 1 012);',
             'dane Komendy Miejskiej Policji w Suwałkach o zdarzeniach drogowych z lat 2019–2024;',
             'pomiary ruchu wykonane przez Zarząd Dróg i Zieleni w Suwałkach w 2024 r.'])
    d.add(P('Ramy prawne dla działań opisanych w dokumencie wyznaczają przede wszystkim: ustawa z dnia '
            '16 grudnia 2010 r. o publicznym transporcie zbiorowym, ustawa z dnia 21 marca 1985 r. o drogach '
            'publicznych, ustawa z dnia 20 czerwca 1997 r. – Prawo o ruchu drogowym, ustawa z dnia 11 stycznia '
            '2018 r. o elektromobilności i paliwach alternatywnych oraz ustawa z dnia 9 października 2015 r. o '
            'rewitalizacji. Zgodnie z nimi za organizację transportu zbiorowego, zarządzanie drogami gminnymi i '
            'organizację ruchu na nich odpowiada Prezydent Miasta Suwałk, który wykonuje te zadania przy pomocy '
            'Urzędu Miejskiego i jednostek miejskich.'))
    d.add(P('Przygotowanie MID zbiegło się w czasie z kilkoma ważnymi procesami w mieście: aktualizacją planu '
            'transportowego, przygotowaniem strategii ZIT dla Miejskiego Obszaru Funkcjonalnego oraz '
            'modernizacją linii kolejowej. Dokument uwzględnia te procesy, ale nie zastępuje żadnego z nich – '
            'jest planem operacyjnym, który ma pomóc w skoordynowaniu działań różnych jednostek w obszarze '
            'mobilności i w pozyskaniu środków zewnętrznych.'))
    d.add(P('Treść dokumentu była kilkakrotnie zmieniana w toku prac – po warsztatach, po wizycie studyjnej i po '
            'konsultacjach. Niniejsza wersja jest wersją ostateczną, przyjętą przez Lokalne Partnerstwo i '
            'przekazaną operatorowi programu.'))
    d.add(P('Dokument jest kierowany do władz miasta, jednostek miejskich odpowiedzialnych za transport i '
            'przestrzeń publiczną, a także do mieszkańców, którzy współtworzyli go na spotkaniach Lokalnego '
            'Partnerstwa i w konsultacjach.'))

    # ================================================ 2. Diagnoza
    h(1, '2. Diagnoza mobilności w Suwałkach')
    h(2, '2.1. Położenie i układ komunikacyjny')
    d.add(P('Suwałki (69,1 tys. mieszkańców w 2024 r.) są największym miastem północno-wschodniej części '
            'województwa podlaskiego i ośrodkiem subregionalnym dla ok. 150 tys. osób. Miasto leży na trasie '
            'międzynarodowego korytarza Via Baltica; od otwarcia obwodnicy w ciągu drogi ekspresowej S61 ruch '
            'ciężki w centrum spadł o ok. 60%, ale ruch lokalny samochodów osobowych systematycznie rośnie.'))
    d.add(P('Zwarty układ miasta sprzyja krótkim podróżom: odległość od Rynku do najdalszych osiedli nie '
            'przekracza 4 km, a dwie trzecie mieszkańców mieszka w promieniu 2,5 km od ul. Kościuszki. Mimo '
            'to większość podróży odbywa się samochodem. Główne osie komunikacyjne to ul. Kościuszki, Sejneńska, '
            'Wojska Polskiego, Utrata, Noniewicza i Pułaskiego; przecina je dolina Czarnej Hańczy, wzdłuż której '
            'urządzono bulwary – dziś najpopularniejszą trasę spacerową i rowerową w mieście.'))
    h(2, '2.2. Jak przemieszczają się mieszkańcy')
    d.add(P('Badanie preferencji komunikacyjnych z września 2024 r. pokazało strukturę podróży typową dla '
            'miast średniej wielkości w Polsce wschodniej: dominację samochodu przy stosunkowo wysokim udziale '
            'podróży pieszych i niskim – rowerowych (rysunek 1).'))
    png = figures.hbar(['Samochód osobowy', 'Pieszo', 'Komunikacja miejska', 'Rower', 'Inne'],
                       [57.8, 23.6, 10.4, 6.1, 2.1], color=(31, 58, 95))
    d.add(P(R('Rysunek 1. Podział zadań przewozowych w Suwałkach (udział podróży, %)'), style='Caption'))
    d.add(P(d.image('rIdImg1', 'rys1_podzial_zadan.png', png, 15.5, 6.8,
                    'Wykres słupkowy: samochód 57,8%, pieszo 23,6%, komunikacja miejska 10,4%, rower 6,1%, inne 2,1%'),
            jc='center'))
    d.add(P('Źródło: badanie preferencji komunikacyjnych mieszkańców, wrzesień 2024 r.', style='Source'))
    d.add(P('Najważniejsze obserwacje z badania:'))
    bullets(['41% podróży samochodem ma długość poniżej 3 km;',
             'w godzinach szczytu porannego co czwarty samochód w rejonie szkół podstawowych to podwożenie dzieci;',
             'komunikację miejską wybierają przede wszystkim osoby bez dostępu do samochodu – uczniowie i seniorzy;',
             'jako główne bariery korzystania z roweru wskazywano brak ciągłych tras (52%) i brak bezpiecznych '
             'miejsc do pozostawienia roweru (38%).'])
    h(2, '2.3. Komunikacja miejska')
    d.add(P('Przewozy w komunikacji miejskiej wykonuje spółka miejska PGK Sp. z o.o., na podstawie umowy o '
            'świadczenie usług w zakresie publicznego transportu zbiorowego. Sieć obejmuje 13 linii dziennych, '
            'tabor liczy 39 autobusów, z czego 10 to pojazdy hybrydowe kupione w latach 2018–2019. Średni '
            'wiek pozostałych autobusów wynosi 14,6 roku.'))
    d.add(P(R('Tabela 1. Podstawowe dane o komunikacji miejskiej w Suwałkach'), style='Caption'))
    d.add(simple_table([('Wskaźnik', '2019', '2022', '2024'),
                        ('Liczba linii (dzienne)', '14', '13', '13'),
                        ('Wozokilometry [tys. km/rok]', '2 310', '2 105', '2 140'),
                        ('Liczba pasażerów [mln/rok]', '5,9', '4,6', '4,8'),
                        ('Średnia częstotliwość na liniach głównych [min]', '20', '30', '30'),
                        ('Dopłata z budżetu miasta [mln zł]', '8,4', '10,9', '12,7')],
                       [4600, 1679, 1679, 1680], centre_cols=(1, 2, 3)))
    d.add(P('Źródło: PGK Sp. z o.o. w Suwałkach, Wydział Gospodarki Komunalnej i Mieszkaniowej UM.', style='Source'))
    png3 = figures.hbar(['do 5 lat', '6–10 lat', '11–15 lat', '16–20 lat', 'powyżej 20 lat'],
                        [4, 10, 9, 11, 5], unit=' szt.', color=(197, 90, 17))
    d.add(P(R('Rysunek 3. Struktura wieku taboru autobusowego PGK (stan na 31.12.2024 r., liczba pojazdów)'), style='Caption'))
    d.add(P(d.image('rIdImg3', 'rys3_tabor.png', png3, 14.0, 6.1,
                    'Wykres: wiek autobusów – do 5 lat 4, 6–10 lat 10, 11–15 lat 9, 16–20 lat 11, powyżej 20 lat 5'),
            jc='center'))
    d.add(P('Źródło: PGK Sp. z o.o. w Suwałkach.', style='Source'))
    d.add(P('Spadek liczby pasażerów po pandemii nie został odrobiony, a wydłużenie taktu na głównych liniach do '
            '30 minut sprawiło, że autobus przestał być konkurencyjny dla samochodu na krótkich dystansach. Jednocześnie '
            'rośnie dopłata z budżetu miasta – każdy pasażer kosztuje dziś miasto średnio 2,65 zł wobec 1,42 zł w '
            '2019 r. Brakuje informacji pasażerskiej w czasie rzeczywistym, a jedynym kanałem sprzedaży biletów '
            'okresowych jest punkt obsługi przy ul. Wojska Polskiego.'))
    h(2, '2.4. Ruch rowerowy i pieszy')
    d.add(P('W Suwałkach jest 38 km dróg dla rowerów, ale tylko 11 km tworzy ciągły system. Brakuje połączeń '
            'bulwarów nad Czarną Hańczą z osiedlami północnymi oraz dojazdu do dworca kolejowego. Liczba '
            'stojaków rowerowych w przestrzeni publicznej (ok. 420) jest niewielka, a przy części szkół stoją '
            'stojaki typu „wyrwikółko”.'))
    d.add(P('Piesi korzystają z dobrze utrzymanych chodników w centrum, lecz skarżą się na szerokie '
            'przejścia bez azyli, długie czasy oczekiwania na sygnalizacji i parkowanie na chodnikach. '
            'Spacer badawczy Lokalnego Partnerstwa (kwiecień 2025 r.) wykazał 23 miejsca wymagające '
            'interwencji, w tym 9 przejść dla pieszych o niedostatecznej widoczności.'))
    h(2, '2.5. Bezpieczeństwo ruchu drogowego')
    d.add(P('Liczba wypadków drogowych w mieście spada, ale wolniej niż w innych miastach regionu. W latach '
            '2019–2024 w wypadkach zginęło 11 osób, w tym 7 pieszych. Ponad połowa wypadków z udziałem pieszych '
            'miała miejsce na przejściach dla pieszych w Śródmieściu (rysunek 2).'))
    png2 = figures.vbar(['2019', '2020', '2021', '2022', '2023', '2024'],
                        [[61, 44, 52, 49, 47, 43], [74, 55, 63, 58, 60, 51]], ['Wypadki', 'Ranni'],
                        [(31, 58, 95), (197, 90, 17)])
    d.add(P(R('Rysunek 2. Wypadki drogowe i ranni w Suwałkach w latach 2019–2024'), style='Caption'))
    d.add(P(d.image('rIdImg2', 'rys2_wypadki.png', png2, 15.5, 7.4,
                    'Wykres: liczba wypadków i rannych w latach 2019–2024'), jc='center'))
    d.add(P('Źródło: Komenda Miejska Policji w Suwałkach.', style='Source'))
    h(2, '2.6. Dostępność dla osób o ograniczonej mobilności')
    d.add(P('W Suwałkach mieszka ok. 4,1 tys. osób z orzeczeniem o niepełnosprawności, a udział osób w wieku 65+ '
            'wzrósł od 2014 r. z 13,2% do 19,8%. Audyt dostępności przeprowadzony w 2024 r. przez Stowarzyszenie '
            'Osób Niepełnosprawnych wykazał, że tylko 38% przystanków autobusowych ma peron na wysokości '
            'umożliwiającej wjazd wózkiem bez rampy, a na 27 przejściach dla pieszych brakuje obniżonych '
            'krawężników lub oznaczeń dotykowych. Osoby starsze wskazywały też na brak ławek na trasach do '
            'przychodni i targowiska oraz na zbyt krótkie zielone światło dla pieszych na skrzyżowaniach ul. '
            'Kościuszki z ul. Noniewicza i Pułaskiego.'))
    d.add(P('Dostępność nie jest w MID odrębnym celem, lecz wymaganiem horyzontalnym: każde działanie '
            'infrastrukturalne ma uwzględniać standardy projektowania uniwersalnego, a zespół ds. mobilności będzie '
            'konsultował projekty z przedstawicielami organizacji osób z niepełnosprawnościami.'))

    h(2, '2.7. Parkowanie i przestrzeń ulic w Śródmieściu')
    d.add(P('Strefa Płatnego Parkowania obejmuje 1 240 miejsc w Śródmieściu. Pomiary z października 2024 r. '
            'wykazały, że w godzinach 10–14 zajętość miejsc przy ul. Kościuszki i Noniewicza przekracza 95%, '
            'podczas gdy parkingi przy Suwałki Plaza i przy ul. Sejneńskiej, oddalone o 5–7 minut pieszo, są '
            'zajęte w 55–60%. Kierowcy krążą w poszukiwaniu wolnego miejsca, co generuje według szacunków ok. '
            '18% ruchu w ścisłym centrum.'))
    d.add(P(R('Tabela 2. Zajętość miejsc postojowych w Śródmieściu (dzień roboczy, godz. 12:00)'), style='Caption'))
    d.add(simple_table([('Lokalizacja', 'Liczba miejsc', 'Zajętość [%]', 'Średni czas postoju'),
                        ('ul. Kościuszki (Noniewicza – Pułaskiego)', '164', '97', '48 min'),
                        ('ul. Noniewicza', '212', '95', '1 h 05 min'),
                        ('pl. Marii Konopnickiej', '96', '88', '52 min'),
                        ('ul. Sejneńska (parking przy hali)', '180', '61', '1 h 40 min'),
                        ('parking Suwałki Plaza (ogólnodostępny)', '420', '57', '1 h 25 min')],
                       [4300, 1600, 1600, 2138], centre_cols=(1, 2, 3)))
    d.add(P('Źródło: pomiary Zarządu Dróg i Zieleni w Suwałkach, październik 2024 r.', style='Source'))
    d.add(P('Ulice Śródmieścia są zdominowane przez miejsca postojowe: na ul. Kościuszki samochody zajmują ok. '
            '45% szerokości przekroju ulicy, a chodniki w kilku miejscach mają mniej niż 2 m. Lokalni '
            'przedsiębiorcy obawiają się, że ograniczenie parkowania zmniejszy liczbę klientów; badania z innych '
            'miast pokazują jednak, że piesi i rowerzyści odwiedzają sklepy częściej i w sumie wydają więcej.'))

    h(2, '2.8. Dojazdy z obszaru funkcjonalnego')
    d.add(P('Suwałki są celem codziennych dojazdów do pracy i szkół dla mieszkańców sąsiednich gmin. Według '
            'danych o przepływach ludności związanych z zatrudnieniem do miasta dojeżdża ok. 6,8 tys. osób, w '
            'tym najwięcej z gmin Suwałki, Raczki, Szypliszki i Filipów. Zdecydowana większość z nich przyjeżdża '
            'samochodem – oferta transportu zbiorowego ogranicza się do kilku kursów przewoźników prywatnych '
            'dziennie, a połączenia kolejowe są na razie rzadkie.'))
    d.add(P(R('Tabela 3. Dojazdy do pracy do Suwałk z gmin MOF (szacunek na 2024 r.)'), style='Caption'))
    d.add(simple_table([('Gmina', 'Liczba osób dojeżdżających', 'Kursy transportu zbiorowego w dzień roboczy', 'Odległość do centrum [km]'),
                        ('Suwałki (gmina wiejska)', '2 450', '14', '5–15'),
                        ('Raczki', '910', '9', '20'),
                        ('Szypliszki', '780', '8', '17'),
                        ('Filipów', '640', '6', '27'),
                        ('Jeleniewo', '590', '4', '13'),
                        ('Bakałarzewo', '470', '5', '22'),
                        ('pozostałe gminy', '960', '—', '—')],
                       [3000, 2200, 2600, 1838], centre_cols=(1, 2, 3)))
    d.add(P('Źródło: szacunki własne na podstawie danych GUS i rozkładów jazdy przewoźników.', style='Source'))
    d.add(P('Dla tej grupy kluczowe znaczenie ma możliwość pozostawienia samochodu lub roweru na obrzeżach '
            'miasta i przesiadki na autobus miejski – stąd propozycja węzła przesiadkowego przy dworcu i '
            'parkingów „Parkuj i jedź”. Rozwój połączeń w obszarze funkcjonalnym jest jednak zadaniem '
            'wykraczającym poza MID i będzie realizowany w ramach strategii ZIT.'))

    h(2, '2.9. Dotychczasowe inwestycje i projekty komplementarne')
    d.add(P('W ostatnich latach miasto zrealizowało szereg inwestycji transportowych, które stanowią punkt wyjścia '
            'dla MID. Zestawiono je w tabeli 4; nie są one częścią planu działań.'))
    d.add(P(R('Tabela 4. Inwestycje transportowe zrealizowane w latach 2016–2024'), style='Caption'))
    d.add(simple_table([('Przedsięwzięcie', 'Lata', 'Wartość', 'Finansowanie'),
                        ('Zakup 10 autobusów hybrydowych dla PGK', '2018–2019', '14,9 mln zł', 'RPO WP 2014–2020'),
                        ('Budowa drogi dla rowerów wzdłuż ul. Wojska Polskiego', '2019', '2,3 mln zł', 'budżet Miasta'),
                        ('Przebudowa ul. Utrata z rondem przy ul. Sejneńskiej', '2020–2021', '11,6 mln zł', 'Fundusz Dróg Samorządowych'),
                        ('Bulwary nad Czarną Hańczą – etap II', '2021–2022', '8,7 mln zł', 'RPO WP 2014–2020, budżet Miasta'),
                        ('Modernizacja sygnalizacji świetlnej na 9 skrzyżowaniach', '2023–2024', '3,1 mln zł', 'budżet Miasta')],
                       [4400, 1300, 1400, 2538]))
    d.add(P('Źródło: Wydział Inwestycji UM w Suwałkach.', style='Source'))
    d.add(P('Na mobilność w mieście wpłyną również projekty realizowane przez inne podmioty, niefinansowane w '
            'ramach MID:'))
    bullets(['elektryfikacja i modernizacja linii kolejowej Białystok – Suwałki – granica państwa (Rail Baltica), '
             'realizowana przez PKP Polskie Linie Kolejowe S.A.;',
             'rozbudowa drogi wojewódzkiej nr 653 na odcinku Suwałki – Bakałarzewo, realizowana przez Podlaski '
             'Zarząd Dróg Wojewódzkich;',
             'program „Rowerowe Podlasie” – budowa tras rowerowych w gminach MOF Suwałki (ZIT);',
             'wymiana oświetlenia ulicznego na LED w ramach umowy ESCO zawartej przez miasto w 2024 r.'])
    h(2, '2.10. Mocne i słabe strony')
    d.add(P(R('Tabela 5. Analiza SWOT – mobilność w Suwałkach'), style='Caption'))
    sw = [('Mocne strony', ['zwarta struktura miasta, krótkie odległości', 'obwodnica S61 wyprowadziła ruch tranzytowy',
                            'bulwary nad Czarną Hańczą jako oś ruchu pieszego i rowerowego',
                            'spółka miejska z doświadczeniem w projektach unijnych']),
          ('Słabe strony', ['rosnący udział podróży samochodem', 'nieciągła sieć tras rowerowych',
                            'niska częstotliwość kursów autobusów, stary tabor', 'brak informacji pasażerskiej w czasie rzeczywistym']),
          ('Szanse', ['środki FEdP 2021–2027 i ZIT MOF Suwałki', 'elektryfikacja linii kolejowej do Białegostoku',
                      'rozwój turystyki rowerowej w regionie', 'wymiana doświadczeń w sieci PIM']),
          ('Zagrożenia', ['rosnące koszty utrzymania komunikacji miejskiej', 'wzrost cen energii i materiałów budowlanych',
                          'odpływ młodych mieszkańców', 'opór części kierowców wobec zmian w organizacji ruchu'])]
    cells_ = [cell([_tt(t, b=True, color=NAVY)] + [_tt('– ' + x) for x in items], TW // 2,
                   shd=['E2EFDA', 'FCE4D6', 'DDEBF7', 'FFF2CC'][k]) for k, (t, items) in enumerate(sw)]
    d.add(table([row(cells_[:2]), row(cells_[2:])], [TW // 2, TW - TW // 2]))
    d.add(P('Źródło: warsztat Lokalnego Partnerstwa, 12 czerwca 2025 r.', style='Source'))

    h(2, '2.11. Wnioski z diagnozy')
    d.add(P('Najważniejsze wnioski, które Lokalne Partnerstwo przyjęło jako podstawę do sformułowania celów:'))
    for t in ['Suwałki mają „fizyczne” warunki do tego, by większość codziennych podróży odbywała się pieszo, '
              'rowerem lub autobusem – przeszkodą jest jakość oferty i infrastruktury, a nie odległości.',
              'Komunikacja miejska traci pasażerów z powodu niskiej częstotliwości i braku informacji; bez zmiany '
              'oferty sam zakup nowych autobusów nie zatrzyma tego trendu.',
              'Sieć rowerowa wymaga przede wszystkim domknięcia brakujących ogniw, a nie budowy nowych tras '
              'rekreacyjnych.',
              'Bezpieczeństwo pieszych w Śródmieściu i przy szkołach jest najpilniejszym problemem zgłaszanym przez '
              'mieszkańców.',
              'Przestrzeń ulic centrum jest zdominowana przez parkowanie, podczas gdy parkingi położone kilka minut '
              'pieszo od centrum pozostają niewykorzystane.']:
        d.add(P(R(t), style='ListParagraph', num=(11, 0)))

    # ================================================ 3. Cele
    h(1, '3. Cel główny i cele szczegółowe')
    d.add(P(R('Cel główny MID: ', b=True) +
            R('Suwałki miastem krótkich dystansów – do 2029 r. co druga podróż mieszkańców odbywa się pieszo, '
              'rowerem lub komunikacją miejską.')))
    d.add(P('Wartość bazowa (2024 r.) wynosi 40,1%. Osiągnięcie celu wymaga zwiększenia udziału podróży '
            'zrównoważonych o ok. 10 punktów procentowych, co jest ambitne, ale realne przy zwartej strukturze '
            'miasta i dużej liczbie krótkich podróży samochodem.'))
    d.add(P('Cel główny realizowany będzie przez cztery cele szczegółowe:'))
    for k, (ot, _acts) in enumerate(OBJECTIVES):
        d.add(P(R(ot), style='ListParagraph', num=(10, 0)))
    for lead, t in [('Cel szczegółowy 1. ', 'Komunikacja miejska ma stać się realną alternatywą dla samochodu na głównych '
                     'osiach miasta. Miarą będzie liczba pasażerów (wzrost z 4,8 mln w 2024 r. do 5,6 mln w 2029 r.) '
                     'i udział taboru zeroemisyjnego.'),
                    ('Cel szczegółowy 2. ', 'Chodzenie pieszo i jazda rowerem mają być bezpieczne i wygodne dla dzieci, '
                     'seniorów i osób z niepełnosprawnościami. Miarą będzie długość ciągłej sieci rowerowej (z 11 km do '
                     '20 km) i liczba wypadków z udziałem pieszych.'),
                    ('Cel szczegółowy 3. ', 'Ulice Śródmieścia mają być miejscem spotkań i handlu, a nie tylko '
                     'parkowania; mieszkańcy mają znać korzyści z wyboru zrównoważonych środków transportu.'),
                    ('Cel szczegółowy 4. ', 'Wdrażanie MID ma być skoordynowane, przejrzyste i regularnie oceniane '
                     'z udziałem Lokalnego Partnerstwa.')]:
        d.add(P(B(lead) + R(t)))
    d.add(P('Cele szczegółowe 1–3 odpowiadają na problemy opisane w diagnozie (niska atrakcyjność komunikacji '
            'miejskiej, nieciągła sieć rowerowa, niebezpieczne przejścia, przestrzeń ulic zdominowana przez '
            'samochody), natomiast cel 4 dotyczy organizacji wdrażania. Działania przypisane do celów '
            'przedstawiono w rozdziale 4.'))
    h(2, '3.1. Zgodność z dokumentami strategicznymi')
    d.add(P('Cele MID wpisują się w kierunki rozwoju określone w dokumentach strategicznych miasta i regionu. '
            'Najważniejsze powiązania przedstawia tabela 6.'))
    d.add(P(R('Tabela 6. Powiązanie celów MID z dokumentami strategicznymi'), style='Caption'))
    d.add(simple_table([('Dokument', 'Kierunek / cel', 'Cele MID'),
                        ('Strategia Rozwoju Miasta Suwałki do 2030 roku', 'Cel 3.2 „Sprawny i przyjazny środowisku transport”', '1, 2, 3'),
                        ('Plan zrównoważonego rozwoju publicznego transportu zbiorowego', 'standardy częstotliwości i dostępności', '1'),
                        ('Gminny Program Rewitalizacji Miasta Suwałki', 'przedsięwzięcia w obszarze Śródmieścia', '3'),
                        ('Strategia Rozwoju Województwa Podlaskiego 2030', 'cel „Dostępność transportowa i mobilność”', '1, 2'),
                        ('Krajowa Polityka Miejska 2030', 'miasto zwarte, mobilność zrównoważona', '1, 2, 3, 4'),
                        ('Strategia ZIT MOF Suwałki', 'zrównoważona mobilność miejska, węzły przesiadkowe', '1, 2')],
                       [3900, 4100, 1638], centre_cols=(2,)))
    d.add(P('Źródło: opracowanie własne.', style='Source'))
    d.add(P('MID nie zastępuje tych dokumentów, lecz wskazuje konkretne przedsięwzięcia, którym miasto nadaje '
            'priorytet w latach 2026–2029, oraz sposób ich wspólnego wdrażania z partnerami.'))
    d.add(P(R('Ramka 1. Miasto 15-minutowe – inspiracja z sieci PIM', b=True, color=NAVY), spacing={'before': '200', 'after': '40'},
            border='<w:pBdr><w:top w:val="single" w:sz="6" w:space="4" w:color="1F3A5F"/><w:left w:val="single" w:sz="6" w:space="4" w:color="1F3A5F"/><w:right w:val="single" w:sz="6" w:space="4" w:color="1F3A5F"/></w:pBdr>',
            shd='F2F2F2', keep_next=True))
    d.add(P(R('Podczas wizyty studyjnej w Koszalinie (maj 2025 r.) członkowie LP poznali koncepcję „miasta '
              '15-minutowego”, w której codzienne cele – szkoła, sklep, przychodnia, przystanek – są osiągalne '
              'pieszo lub rowerem w ciągu kwadransa. Analiza dostępności wykonana dla Suwałk pokazała, że '
              'warunek ten spełnia już 71% adresów; brakujące elementy dotyczą głównie bezpiecznych dojść.', sz=10),
            border='<w:pBdr><w:left w:val="single" w:sz="6" w:space="4" w:color="1F3A5F"/><w:bottom w:val="single" w:sz="6" w:space="4" w:color="1F3A5F"/><w:right w:val="single" w:sz="6" w:space="4" w:color="1F3A5F"/></w:pBdr>',
            shd='F2F2F2', spacing={'after': '200'}))
    # end of portrait section 1
    d.add(P('', sect=sect_pr(header_rid='rIdHdrP', footer_rid='rIdFtrP', first_header_rid='rIdHdrFirst',
                             first_footer_rid='rIdFtrFirst', title_pg=True)))

    # ================================================ 4. Plan działań (landscape)
    h(1, '4. Plan działań')
    d.add(P('Tabela 7 przedstawia wszystkie działania MID pogrupowane według celów szczegółowych. Dla każdego '
            'działania wskazano realizatora, termin, szacunkowy koszt, źródło finansowania i wskaźnik. Kwoty '
            'są szacunkami na etapie planowania i będą aktualizowane. Oznaczenia: „b.d.” – brak danych, '
            '„—” – nie określono.'))
    d.add(P(R('Tabela 7. Zestawienie działań MID Suwałki 2026–2029'), style='Caption'))
    cols = ['Lp.', 'Działanie', 'Opis', 'Realizator', 'Termin', 'Koszt', 'Źródło finansowania', 'Wskaźnik']
    wl = [560, 2150, 3920, 1700, 1230, 1150, 1840, 2020]
    assert sum(wl) == LW
    trs = [row([cell([_tt(c, b=True, color='FFFFFF', sz=8.5)], wl[j], shd=NAVY, valign='center')
                for j, c in enumerate(cols)], header=True, cant_split=True)]
    for ot, acts in OBJECTIVES:
        trs.append(row([cell([_tt(ot, b=True, color=NAVY)], LW, span=8, shd=LIGHT)], cant_split=True))
        for a in acts:
            vals = [a['lp'], a['title'], a['opis'], a['realizator'], a['termin'], a['koszt'], a['zrodlo'], a['wskaznik']]
            trs.append(row([cell([_tt(v, b=(j == 1), sz=8.5)], wl[j]) for j, v in enumerate(vals)], cant_split=True))
    d.add(table(trs, wl))
    d.add(P('Źródło: opracowanie Lokalnego Partnerstwa ds. Mobilności; koszty – szacunki jednostek realizujących '
            '(ceny brutto, poziom 2025 r.).', style='Source'))
    d.add(P('', sect=sect_pr(landscape=True, header_rid='rIdHdrL', footer_rid='rIdFtrL')))

    # ================================================ 5. Plan wdrożenia w czasie (schedule; ToC says "Harmonogram realizacji")
    h(1, '5. Plan wdrożenia w czasie')
    d.add(P('Działania rozłożono na cztery lata. W pierwszym roku uruchamiane są działania organizacyjne i '
            'o niewielkiej skali („szybkie zwycięstwa”), które pozwolą mieszkańcom szybko zobaczyć efekty, oraz '
            'przygotowywana jest dokumentacja dużych inwestycji. Terminy poszczególnych działań podano w '
            'tabeli 7; poniżej przedstawiono kolejność prac i kamienie milowe w kolejnych latach.'))
    d.add(P(R('Tabela 8. Etapy wdrażania MID i kamienie milowe'), style='Caption'))
    d.add(simple_table([('Rok', 'Działania w toku (Lp.)', 'Kamienie milowe'),
                        ('2026', '1.1, 1.2, 1.3, 1.4, 2.1, 2.2, 2.3, 2.4, 3.2, 4.1',
                         'nowa siatka połączeń od 1 września; pilotaż „szkolnych ulic”; umowa o dofinansowanie autobusów'),
                        ('2027', '1.2, 1.3, 2.1, 2.2, 2.4, 3.1, 3.2, 4.1',
                         'oddanie łącznika rowerowego; pełna strefa Tempo 30; rozpoczęcie przebudowy ul. Kościuszki'),
                        ('2028', '1.2, 1.3, 3.1, 3.2, 4.1',
                         'dostawa ostatnich autobusów elektrycznych; otwarcie węzła przesiadkowego przy dworcu'),
                        ('2029', '3.2, 4.1', 'ewaluacja MID i badanie preferencji komunikacyjnych')],
                       [900, 3500, 5238], centre_cols=(0,)))
    d.add(P('Źródło: opracowanie własne.', style='Source'))
    h(2, '5.1. Organizacja wdrażania')
    d.add(P('Za wdrażanie MID odpowiada Prezydent Miasta Suwałk. Bieżącą koordynację prowadzi Pełnomocnik '
            'Prezydenta ds. Mobilności, wspierany przez międzywydziałowy zespół ds. mobilności, w skład którego '
            'wchodzą przedstawiciele Wydziału Strategii i Rozwoju, Wydziału Inwestycji, Wydziału Gospodarki '
            'Komunalnej i Mieszkaniowej, Zarządu Dróg i Zieleni oraz PGK Sp. z o.o.'))
    d.add(P('Zespół spotyka się raz w miesiącu w pierwszym roku wdrażania, a następnie raz na kwartał. Do jego '
            'zadań należy:'))
    bullets(['uzgadnianie kolejności prac i zakresów projektów realizowanych przez różne jednostki;',
             'przygotowywanie wniosków o dofinansowanie i pilnowanie terminów naborów;',
             'zbieranie informacji o postępie działań i przedstawianie ich Lokalnemu Partnerstwu;',
             'prowadzenie komunikacji z mieszkańcami – strona internetowa MID, informacje o utrudnieniach, '
             'zaproszenia na spotkania;',
             'współpraca z miastami sieci „Mobilność” w programie PIM, w tym udział w wizytach studyjnych.'])
    d.add(P('Jednostki realizujące poszczególne działania odpowiadają za przygotowanie dokumentacji, '
            'przeprowadzenie zamówień publicznych, nadzór nad wykonawcami oraz rozliczenie środków. Każda z '
            'nich wyznaczy osobę kontaktową dla zespołu ds. mobilności.'))
    d.add(P('Harmonogram ma charakter kroczący: po każdym rocznym przeglądzie zespół ds. mobilności może zaproponować '
            'przesunięcia, jeżeli wymagają tego terminy naborów lub wyniki przetargów. Zmiany terminów o więcej niż '
            'dwa kwartały wymagają opinii Lokalnego Partnerstwa.'))

    # ================================================ 6. Finansowanie
    h(1, '6. Finansowanie')
    d.add(P('Łączny szacowany koszt działań MID w latach 2026–2029 wynosi ok. 70,9 mln zł. Kwota ta obejmuje '
            'koszty roczne działań 1.1 i 3.2 za cały okres realizacji i nie obejmuje działań, których koszt nie '
            'został jeszcze oszacowany (1.4, 4.1). Strukturę źródeł finansowania przedstawia tabela 9.'))
    d.add(P(R('Tabela 9. Planowane źródła finansowania MID (szacunek)'), style='Caption'))
    d.add(simple_table([('Źródło', 'Kwota [mln zł]', 'Udział [%]', 'Działania'),
                        ('FEnIKS 2021–2027', '27,5', '38,8', '1.2'),
                        ('FEdP 2021–2027 (w tym ZIT MOF Suwałki)', '26,1', '36,8', '1.3, 2.1, 3.1'),
                        ('Rządowy Fundusz Rozwoju Dróg', '1,4', '2,0', '2.2'),
                        ('Środki własne PGK Sp. z o.o.', '4,9', '6,9', '1.2'),
                        ('Suwalski Budżet Obywatelski', '0,2', '0,3', '2.4'),
                        ('Budżet Miasta Suwałki', '10,8', '15,2', '1.1, 1.3, 2.1, 2.2, 2.3, 3.1, 3.2'),
                        ('Razem', '70,9', '100,0', '')],
                       [4300, 1500, 1300, 2538], centre_cols=(1, 2)))
    d.add(P('Źródło: opracowanie własne na podstawie szacunków jednostek realizujących.', style='Source'))
    d.add(P(R('Tabela 10. Rozkład nakładów w latach (szacunek, mln zł)'), style='Caption'))
    d.add(simple_table([('Cel szczegółowy', '2026', '2027', '2028', '2029', 'Razem'),
                        ('Cel 1 – komunikacja miejska', '8,6', '17,4', '17,5', '1,2', '44,7'),
                        ('Cel 2 – ruch pieszy i rowerowy', '2,6', '6,9', '—', '—', '9,5'),
                        ('Cel 3 – ulice i kampania', '0,1', '5,3', '9,0', '0,1', '14,5'),
                        ('Cel 4 – zarządzanie', 'b.d.', 'b.d.', 'b.d.', 'b.d.', 'b.d.'),
                        ('Razem', '11,3', '29,6', '26,5', '1,3', '68,7')],
                       [3838, 1160, 1160, 1160, 1160, 1160], centre_cols=(1, 2, 3, 4, 5)))
    d.add(P('Źródło: opracowanie własne. Różnica w stosunku do tabeli 9 wynika z pominięcia w rozkładzie '
            'rocznym kosztów działania 1.1 za lata 2027–2029, które zostaną ujęte w umowie z operatorem.', style='Source'))
    d.add(P('Szacunki kosztów opracowano z różną dokładnością. Dla węzła przesiadkowego i łącznika rowerowego '
            'istnieją koncepcje programowo-przestrzenne z kosztorysami inwestorskimi; koszt autobusów '
            'elektrycznych przyjęto na podstawie przetargów rozstrzygniętych w 2024 i 2025 r. w miastach o '
            'podobnej wielkości; koszt przebudowy ul. Kościuszki oszacowano wskaźnikowo (ok. 15,8 tys. zł za '
            'metr bieżący ulicy) i zostanie on zweryfikowany po konkursie architektoniczno-urbanistycznym.'))
    d.add(P('Wkład własny miasta zostanie zaplanowany w Wieloletniej Prognozie Finansowej Miasta Suwałki przy '
            'najbliższej aktualizacji. Dla inwestycji finansowanych z FEdP przyjęto poziom dofinansowania 85% '
            'kosztów kwalifikowalnych, dla zakupu autobusów z FEnIKS – 85%, a dla Rządowego Funduszu Rozwoju '
            'Dróg – 60%. W przypadku nieuzyskania dofinansowania przebudowa ul. Kościuszki zostanie podzielona '
            'na etapy, a zakup autobusów – ograniczony do czterech pojazdów.'))

    h(2, '6.1. Koszty utrzymania i trwałość efektów')
    d.add(P('Część działań generuje koszty także po zakończeniu inwestycji. Najważniejsze z nich to dopłata do '
            'zwiększonej liczby wozokilometrów po reorganizacji sieci linii (działanie 1.1), koszty energii i '
            'serwisu autobusów elektrycznych oraz utrzymanie zieleni i małej architektury na przebudowanej ul. '
            'Kościuszki. Według wstępnych analiz PGK koszt eksploatacji autobusu elektrycznego w przeliczeniu na '
            'kilometr będzie o ok. 15% niższy niż autobusu z silnikiem Diesla, pod warunkiem ładowania w nocy w '
            'taryfie pozaszczytowej.'))
    d.add(P('Okres trwałości projektów współfinansowanych ze środków UE wynosi pięć lat od płatności końcowej. '
            'Miasto zapewni środki na utrzymanie infrastruktury w budżetach Zarządu Dróg i Zieleni oraz w umowie '
            'z operatorem komunikacji miejskiej. Zespół ds. mobilności przygotuje do końca 2026 r. analizę '
            'wpływu MID na wydatki bieżące miasta w latach 2027–2033, która zostanie uwzględniona w Wieloletniej '
            'Prognozie Finansowej.'))
    d.add(P('Lokalne Partnerstwo zwróciło uwagę, że część działań – kampania, „szkolne ulice”, parkingi '
            'rowerowe – ma niski koszt, a może przynieść szybkie i widoczne efekty. Dlatego zostały one ujęte '
            'w budżecie miasta na 2026 r. niezależnie od wyników naborów w programach unijnych.'))

    # ================================================ 7. Lokalne Partnerstwo
    h(1, '7. Lokalne Partnerstwo i udział mieszkańców')
    d.add(P('Lokalne Partnerstwo ds. Mobilności liczy 18 członków. Zasiadają w nim przedstawiciele Urzędu '
            'Miejskiego (wydziały: Strategii i Rozwoju, Inwestycji, Gospodarki Komunalnej i Mieszkaniowej, '
            'Oświaty), PGK Sp. z o.o., Zarządu Dróg i Zieleni, Komendy Miejskiej Policji, Suwalskiej Izby '
            'Rolniczo-Turystycznej, stowarzyszenia rowerowego „Suwalskie Szprychy”, Uniwersytetu Trzeciego Wieku, '
            'Młodzieżowej Rady Miasta oraz dwóch dużych pracodawców ze Specjalnej Strefy Ekonomicznej.'))
    d.add(P(R('Tabela 11. Skład Lokalnego Partnerstwa ds. Mobilności'), style='Caption'))
    d.add(simple_table([('Sektor', 'Instytucja / grupa', 'Liczba osób'),
                        ('samorząd', 'Urząd Miejski w Suwałkach (4 wydziały), Pełnomocnik ds. Mobilności', '5'),
                        ('jednostki i spółki miejskie', 'PGK Sp. z o.o., Zarząd Dróg i Zieleni, Ośrodek Sportu i Rekreacji', '3'),
                        ('służby', 'Komenda Miejska Policji, Straż Miejska', '2'),
                        ('organizacje pozarządowe', '„Suwalskie Szprychy”, Uniwersytet Trzeciego Wieku, Stowarzyszenie Osób Niepełnosprawnych', '3'),
                        ('młodzież', 'Młodzieżowa Rada Miasta', '2'),
                        ('biznes', 'Suwalska Izba Rolniczo-Turystyczna, dwóch pracodawców z SSE', '3')],
                       [2600, 5838, 1200], centre_cols=(2,)))
    d.add(P('Źródło: zarządzenie Prezydenta Miasta Suwałk w sprawie powołania Lokalnego Partnerstwa.', style='Source'))
    d.add(P('W 2025 r. odbyły się następujące spotkania i wydarzenia Lokalnego Partnerstwa:'))
    for line in ['19 lutego 2025 r. – spotkanie otwierające i przyjęcie regulaminu LP',
                 '26 marca 2025 r. – warsztat „Mapa problemów komunikacyjnych”',
                 '16 kwietnia 2025 r. – spacer badawczy Śródmieście – dworzec PKP',
                 '21 maja 2025 r. – wizyta studyjna w Koszalinie (sieć PIM)',
                 '12 czerwca 2025 r. – warsztat SWOT i formułowanie celów',
                 '6 września 2025 r. – rajd rowerowy „Brakujące ogniwa”',
                 '24 września 2025 r. – warsztat wyboru działań',
                 '22 października 2025 r. – spotkanie podsumowujące konsultacje',
                 '24 listopada 2025 r. – przyjęcie MID']:
        d.add(P(R(line), style='ListParagraph', spacing={'after': '20'}))
    d.add(P('Mieszkańcy mogli włączyć się w prace poprzez ankietę internetową (wrzesień 2024 r.), mapę '
            'uwag na platformie konsultacyjnej oraz konsultacje projektu MID (15 września – 15 października '
            '2025 r.). Zebrane propozycje i sposób ich rozpatrzenia przedstawiono w Załączniku nr 1.'))
    d.add(P('Sposób pracy Partnerstwa ewoluował. Pierwsze spotkania miały charakter informacyjny i były '
            'zdominowane przez urzędników; od warsztatu „Mapa problemów komunikacyjnych” prace prowadził '
            'zewnętrzny moderator, a dyskusje toczyły się w małych grupach mieszanych. Szczególnie cenne okazały '
            'się formy terenowe – spacer badawczy i rajd rowerowy – podczas których członkowie LP mogli '
            'sprawdzić w praktyce, jak wygląda dojście do dworca z wózkiem dziecięcym albo przejazd rowerem z '
            'osiedla Północ do centrum.'))
    d.add(P('Do wyboru działań zastosowano prostą macierz oceny: każdy członek LP oceniał propozycje w skali '
            '1–5 według czterech kryteriów (wpływ na cel główny, liczba osób, które skorzystają, wykonalność w '
            'latach 2026–2029, koszt). Spośród 27 propozycji do planu działań trafiło 11; kilka zostało '
            'połączonych, a pozostałe opisano w raporcie z konsultacji jako przeznaczone do dalszej analizy lub '
            'nieuwzględnione.'))
    d.add(P('Równolegle do prac LP prowadzono działania skierowane do szerszej grupy mieszkańców. Mapa uwag na '
            'platformie konsultacyjnej zebrała 214 punktowych zgłoszeń – najwięcej dotyczyło niebezpiecznych '
            'przejść (63) i brakujących odcinków tras rowerowych (48). Młodzieżowa Rada Miasta przeprowadziła '
            'własną ankietę w szkołach średnich (412 odpowiedzi), z której wynikało, że co trzeci uczeń dojeżdżałby '
            'do szkoły rowerem, gdyby miał gdzie bezpiecznie go zostawić. Wyniki te zostały bezpośrednio '
            'wykorzystane przy projektowaniu działań 2.1 i 2.4.'))
    d.add(P('Po przyjęciu dokumentu Lokalne Partnerstwo będzie spotykać się co najmniej dwa razy w roku, '
            'aby oceniać postęp wdrażania i opiniować ewentualne zmiany.'))

    # ================================================ 8. Monitoring (deferral only -> incomplete)
    h(1, '8. Monitoring i ewaluacja')
    d.add(P('System monitorowania realizacji MID, w tym karta wskaźników rezultatu z wartościami bazowymi i '
            'docelowymi oraz zasady raportowania, zostanie opracowany do 31 marca 2026 r., po uzgodnieniu z '
            'Lokalnym Partnerstwem i operatorem programu.'))
    d.add(P(I('[Do uzupełnienia przez Wydział Strategii i Rozwoju po konsultacjach z LP.]', color='7F7F7F')))

    # ================================================ 9. Ryzyka
    h(1, '9. Analiza ryzyka')
    d.add(P('Ryzyka zidentyfikowano na warsztacie wyboru działań i oceniono w skali: niskie – średnie – wysokie.'))
    d.add(P(R('Tabela 12. Rejestr ryzyk'), style='Caption'))
    d.add(simple_table([
        ('Lp.', 'Ryzyko', 'Prawdop.', 'Wpływ', 'Sposób ograniczenia', 'Odpowiada'),
        ('1', 'Nieuzyskanie dofinansowania z FEnIKS lub FEdP', 'średnie', 'wysoki',
         'wczesne przygotowanie dokumentacji, wariant etapowania inwestycji', 'Wydział Strategii i Rozwoju'),
        ('2', 'Wzrost kosztów robót i pojazdów powyżej szacunków', 'wysokie', 'średni',
         'aktualizacja kosztorysów, rezerwa w WPF, dialog techniczny przed przetargiem', 'Wydział Inwestycji'),
        ('3', 'Sprzeciw kierowców i przedsiębiorców wobec strefy Tempo 30 i zmian parkowania', 'średnie', 'średni',
         'pilotaże, spotkania z kupcami, komunikacja korzyści (bezpieczeństwo, ruch pieszy)', 'Zarząd Dróg i Zieleni'),
        ('4', 'Opóźnienia dostaw autobusów elektrycznych', 'średnie', 'średni',
         'kary umowne, utrzymanie rezerwy taborowej do czasu dostaw', 'PGK Sp. z o.o.'),
        ('5', 'Niska frekwencja po zmianie siatki połączeń', 'niskie', 'wysoki',
         'kampania informacyjna, okres przejściowy, korekty po 3 miesiącach', 'PGK Sp. z o.o.'),
        ('6', 'Brak zasobów kadrowych do koordynacji', 'średnie', 'średni',
         'powołanie zespołu ds. mobilności, szkolenia, wsparcie sieci PIM', 'Pełnomocnik ds. Mobilności'),
        ('7', 'Kolizja harmonogramów z modernizacją linii kolejowej', 'niskie', 'średni',
         'bieżąca koordynacja z PKP PLK S.A., elastyczny harmonogram węzła przesiadkowego', 'Wydział Inwestycji'),
    ], [450, 2650, 900, 800, 3038, 1800], centre_cols=(0, 2, 3)))
    d.add(P('Źródło: warsztat Lokalnego Partnerstwa, 24 września 2025 r.', style='Source'))
    d.add(P('Za najpoważniejsze uznano ryzyko finansowe. Dwie największe inwestycje – zakup autobusów i przebudowa '
            'ul. Kościuszki – odpowiadają łącznie za ponad 65% kosztów MID i obie zależą od wyników naborów. '
            'Dlatego dla każdej z nich przygotowano wariant minimalny: cztery autobusy zamiast ośmiu oraz '
            'przebudowę ul. Kościuszki w dwóch etapach, z odcinkiem między ul. Noniewicza a pl. Marii '
            'Konopnickiej jako pierwszym.'))
    d.add(P('Ryzyka społeczne dotyczą przede wszystkim zmian w organizacji ruchu. Doświadczenia miast sieci PIM '
            'pokazują, że sprzeciw wobec uspokojenia ruchu jest najsilniejszy przed wprowadzeniem zmian i słabnie '
            'po kilku miesiącach ich funkcjonowania. Stąd nacisk na pilotaże z rozwiązaniami tymczasowymi, '
            'które można łatwo skorygować, oraz na rzetelne pomiary przed i po wdrożeniu.'))
    d.add(P('Rejestr ryzyk będzie aktualizowany raz w roku, przy okazji przeglądu realizacji MID.'))

    # ================================================ Załącznik nr 1 – konsultacje
    h(1, 'Załącznik nr 1 – Raport z konsultacji społecznych')
    d.add(P('Konsultacje projektu MID prowadzono od 15 września do 15 października 2025 r. Uwagi można było '
            'zgłaszać przez formularz na platformie konsultacyjnej, pocztą elektroniczną oraz podczas dwóch '
            'punktów konsultacyjnych (Rynek – 20 września, Suwałki Plaza – 4 października). Łącznie wpłynęło '
            '126 propozycji od 83 osób i 5 organizacji. Poniżej przedstawiono wybrane propozycje i stanowisko '
            'zespołu redakcyjnego.'))
    d.add(P(R('Tabela 13. Propozycje mieszkańców zgłoszone w konsultacjach'), style='Caption'))
    props = [('Nr', 'Propozycja', 'Zgłaszający', 'Stanowisko'),
             ('1', 'Wydłużenie kursów linii nr 3 do osiedla Hańcza w soboty', 'mieszkanka os. Hańcza', 'uwzględniono w działaniu 1.1'),
             ('2', 'Budowa kładki pieszo-rowerowej nad Czarną Hańczą przy ul. Młynarskiej', 'stowarzyszenie „Suwalskie Szprychy”', 'do dalszej analizy – poza okresem MID'),
             ('3', 'Darmowa komunikacja miejska dla wszystkich mieszkańców', 'mieszkaniec', 'nie uwzględniono – brak środków w budżecie'),
             ('4', 'Wiata i stojaki rowerowe przy I LO', 'Młodzieżowa Rada Miasta', 'uwzględniono w działaniu 2.4'),
             ('5', 'Budowa wielopoziomowego parkingu przy ul. Kościuszki', 'przedsiębiorca', 'nie uwzględniono – sprzeczne z celem głównym'),
             ('6', 'Sygnalizacja na przejściu przy ul. Utrata / ul. Reja', 'Rada Osiedla', 'uwzględniono w działaniu 2.2'),
             ('7', 'Miejski system rowerów publicznych', 'mieszkaniec', 'do dalszej analizy – studium wykonalności w 2027 r.'),
             ('8', 'Likwidacja progów zwalniających na ul. Pułaskiego', 'kierowca', 'nie uwzględniono'),
             ('9', 'Ławki i zacienienie na przystankach przy przychodniach', 'Uniwersytet Trzeciego Wieku', 'uwzględniono częściowo – w działaniu 3.1'),
             ('10', 'Bus na żądanie dla osiedli domów jednorodzinnych', 'mieszkanka', 'do dalszej analizy przez PGK'),
             ('11', 'Zakaz parkowania na chodnikach w Śródmieściu', 'mieszkaniec', 'uwzględniono w działaniu 2.2'),
             ('12', 'Tor rowerowy typu pumptrack na Bulwarach', 'rodzice, os. Północ', 'nie uwzględniono – poza zakresem MID, przekazano do SBO'),
             ('13', 'Dłuższe zielone światło dla pieszych na skrzyżowaniu Kościuszki / Noniewicza', 'Uniwersytet Trzeciego Wieku', 'uwzględniono – zmiana programu sygnalizacji w 2026 r.'),
             ('14', 'Nocna linia autobusowa w weekendy', 'Młodzieżowa Rada Miasta', 'do dalszej analizy przez PGK'),
             ('15', 'Strefa płatnego parkowania także na osiedlu Centrum II', 'mieszkaniec', 'nie uwzględniono – brak uzasadnienia w pomiarach zajętości'),
             ('16', 'Bezpłatne przejazdy dla uczniów szkół podstawowych', 'rada rodziców SP nr 7', 'do dalszej analizy – decyzja Rady Miejskiej'),
             ('17', 'Stojaki rowerowe przy cmentarzu parafialnym i targowisku', 'mieszkanka', 'uwzględniono w działaniu 2.4'),
             ('18', 'Przeniesienie dworca autobusowego na plac przed dworcem PKP', 'przewoźnik prywatny', 'uwzględniono częściowo – zatoki regionalne w działaniu 1.3')]
    d.add(simple_table(props, [500, 4600, 2200, 2338], centre_cols=(0,)))
    d.add(P('Źródło: raport z konsultacji, Wydział Strategii i Rozwoju UM w Suwałkach.', style='Source'))
    d.add(P('Poza propozycjami zestawionymi w tabeli 13 wpłynęły także uwagi ogólne, dotyczące samego dokumentu. '
            'Kilka osób zwróciło uwagę, że projekt MID nie zawiera działań dla mieszkańców osiedli domów '
            'jednorodzinnych na obrzeżach miasta, gdzie autobusy kursują rzadko. Zespół redakcyjny uznał tę uwagę '
            'za zasadną, ale ze względu na koszty zaproponował rozpoczęcie od analizy komunikacji na żądanie '
            '(propozycja nr 10), a nie od uruchamiania nowych linii.'))
    d.add(P('Przedsiębiorcy ze Śródmieścia, reprezentowani przez Suwalską Izbę Rolniczo-Turystyczną, zgłosili obawy '
            'dotyczące ograniczenia liczby miejsc parkingowych przy ul. Kościuszki. W odpowiedzi w opisie działania '
            '3.1 zapisano obowiązek zapewnienia miejsc dostaw oraz dojść do lokali usługowych w trakcie robót, a '
            'przed rozpoczęciem przebudowy zostanie przeprowadzone badanie zachowań klientów.'))
    d.add(P('Propozycje nieuwzględnione i skierowane do dalszej analizy zostaną przekazane właściwym jednostkom. '
            'Najczęściej powtarzające się tematy to: częstotliwość kursów autobusów (31 uwag), brakujące '
            'połączenia rowerowe (24), bezpieczeństwo przejść (19) oraz parkowanie w Śródmieściu (17). Dwa '
            'postulaty – kładka przy ul. Młynarskiej i rower miejski – będą przedmiotem prac w kolejnej '
            'edycji MID.'))

    h(1, 'Załącznik nr 2 – Wybrane wyniki badania preferencji komunikacyjnych')
    d.add(P('Badanie zrealizowano we wrześniu 2024 r. metodą wywiadów bezpośrednich (CAPI) w gospodarstwach '
            'domowych oraz ankiety internetowej. Próba liczyła 1 012 osób w wieku 15 lat i więcej, dobranych '
            'kwotowo według płci, wieku i osiedla zamieszkania. Poniżej zamieszczono wyniki wykorzystane w '
            'diagnozie.'))
    d.add(P(R('Tabela 14. Główny cel podróży i środek transportu (udział podróży, %)'), style='Caption'))
    d.add(simple_table([('Cel podróży', 'Samochód', 'Pieszo', 'Komunikacja', 'Rower', 'Inne'),
                        ('Praca', '68,2', '14,1', '9,8', '6,9', '1,0'),
                        ('Szkoła / uczelnia', '39,5', '31,2', '21,4', '7,1', '0,8'),
                        ('Zakupy', '61,7', '27,9', '5,2', '4,3', '0,9'),
                        ('Sprawy urzędowe, zdrowie', '54,0', '22,6', '18,3', '3,0', '2,1'),
                        ('Rekreacja, odwiedziny', '52,3', '26,8', '6,1', '10,2', '4,6')],
                       [3238, 1280, 1280, 1280, 1280, 1280], centre_cols=(1, 2, 3, 4, 5)))
    d.add(P('Źródło: badanie preferencji komunikacyjnych, n = 1 012.', style='Source'))
    d.add(P(R('Tabela 15. Co skłoniłoby Pana/Panią do częstszego korzystania z autobusów? (do 3 odpowiedzi)'), style='Caption'))
    d.add(simple_table([('Odpowiedź', 'Udział wskazań [%]'),
                        ('częstsze kursy', '58,3'), ('punktualność, informacja o opóźnieniach', '37,9'),
                        ('krótszy czas podróży, bezpośrednie połączenia', '33,1'), ('niższe ceny biletów', '29,4'),
                        ('nowoczesne, czyste autobusy', '21,7'), ('zakup biletu w telefonie', '18,8'),
                        ('nic – i tak nie będę korzystać', '16,5')],
                       [7000, 2638], centre_cols=(1,)))
    d.add(P('Źródło: badanie preferencji komunikacyjnych, n = 1 012.', style='Source'))
    d.add(P('W pytaniach o rower 44% badanych zadeklarowało, że jeździłoby częściej, gdyby mogło bezpiecznie '
            'dojechać do celu wydzieloną drogą dla rowerów. Wśród rodziców dzieci w wieku 7–12 lat 62% '
            'uznało drogę do szkoły za niebezpieczną dla dziecka poruszającego się samodzielnie, wskazując przede '
            'wszystkim przejścia przez ul. Utrata, Sejneńską i Pułaskiego.'))
    d.add(P(R('Tabela 16. Ocena warunków poruszania się po mieście (średnia w skali 1–5)'), style='Caption'))
    d.add(simple_table([('Aspekt', 'Ocena 2024', 'Ocena 2019'),
                        ('Stan chodników', '3,6', '3,4'), ('Bezpieczeństwo przejść dla pieszych', '2,9', '2,8'),
                        ('Ciągłość tras rowerowych', '2,4', '2,3'), ('Miejsca do parkowania rowerów', '2,6', '2,5'),
                        ('Częstotliwość kursów autobusów', '2,5', '3,2'), ('Dostępność miejsc parkingowych w centrum', '2,2', '2,4')],
                       [5600, 2000, 2038], centre_cols=(1, 2)))
    d.add(P('Źródło: badania preferencji komunikacyjnych 2019 i 2024.', style='Source'))

    # ------------------------------------------------ cached TOC (stale: Streszczenie, Harmonogram)
    toc = [P(R('Spis treści'), style='TOCHeading', page_before=True)]
    entries = []
    for k, (lvl, _n, text, bm) in enumerate(h.heads):
        pg = str(toc_pages[k]) if toc_pages else '0'
        if k == 0:
            entries.append((1, 'Streszczenie', bm, pg))     # chapter removed from the body; ToC not refreshed
        shown = '5. Harmonogram realizacji' if text == '5. Plan wdrożenia w czasie' else text
        if lvl <= 2:
            entries.append((lvl, shown, bm, pg))
    for k, (lvl, text, bm, pg) in enumerate(entries):
        link = f'<w:hyperlink w:anchor="{bm}" w:history="1">' + R(text) + R('\t') + R(pg) + '</w:hyperlink>'
        if k == 0:
            link = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> '
                    'TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>') + link
        toc.append(P(link, style=f'TOC{lvl}'))
    toc.append(P('<w:r><w:fldChar w:fldCharType="end"/></w:r>', style='TOC1'))
    abbr = [('B&R', 'Bike & Ride – parking rowerowy przy przystanku'), ('FEdP', 'Fundusze Europejskie dla Podlaskiego 2021–2027'),
            ('FEnIKS', 'Fundusze Europejskie na Infrastrukturę, Klimat, Środowisko 2021–2027'),
            ('LP', 'Lokalne Partnerstwo ds. Mobilności'), ('MID', 'Miejska Inicjatywa Działania'),
            ('MOF', 'Miejski Obszar Funkcjonalny'), ('P&R', 'Park & Ride – parking przesiadkowy'),
            ('PGK', 'Przedsiębiorstwo Gospodarki Komunalnej Sp. z o.o. w Suwałkach'),
            ('PIM', 'Partnerska Inicjatywa Miast'), ('SBO', 'Suwalski Budżet Obywatelski'),
            ('UM', 'Urząd Miejski w Suwałkach'), ('WPF', 'Wieloletnia Prognoza Finansowa'),
            ('ZIT', 'Zintegrowane Inwestycje Terytorialne')]
    toc.append(P(R('Wykaz skrótów', b=True, color=NAVY, sz=12), spacing={'before': '200', 'after': '60'}, keep_next=True))
    half = (len(abbr) + 1) // 2
    wab = [1000, 3819, 1000, 3819]
    ab_rows = []
    for k in range(half):
        l_ = abbr[k]
        r_ = abbr[k + half] if k + half < len(abbr) else ('', '')
        ab_rows.append(row([cell([_tt(l_[0], b=True, sz=8.5)], wab[0]), cell([_tt(l_[1], sz=8.5)], wab[1]),
                            cell([_tt(r_[0], b=True, sz=8.5)], wab[2]), cell([_tt(r_[1], sz=8.5)], wab[3])]))
    toc.append(table(ab_rows, wab, borders=False))
    d.body[toc_pos:toc_pos] = toc
    final = sect_pr(header_rid='rIdHdrP', footer_rid='rIdFtrP')
    return d, final, h.heads


def gold_actions():
    out = []
    for ot, acts in OBJECTIVES:
        for a in acts:
            def v(x):
                return None if x in NULLS else x
            vals = {'responsible': v(a['realizator']), 'timeline': v(a['termin']), 'cost': v(a['koszt']),
                    'funding': v(a['zrodlo']), 'indicator': v(a['wskaznik'])}
            out.append({'title': a['title'], 'theme': a['theme'], 'secondary_themes': a['secondary'],
                        'responsible': vals['responsible'] is not None, 'timeline': vals['timeline'] is not None,
                        'cost': vals['cost'] is not None, 'indicator': vals['indicator'] is not None,
                        'type': None, 'values': vals})
    return out


def gold(pages):
    return {
        'file': FILE, 'document_type': 'mid', 'city': 'Suwałki', 'network': 'mobility', 'status': 'final',
        'text_layer': True, 'pages': pages,
        'sections': {'summary': 'missing', 'context': 'present', 'objectives': 'present', 'actions': 'present',
                     'schedule': 'present', 'budget': 'present', 'stakeholders': 'present',
                     'indicators': 'incomplete', 'risks': 'present'},
        'actions': gold_actions(),
        'traps': ['toc_entry_without_body_summary', 'wprowadzenie_not_summary',
                  'toc_title_differs_from_body_heading_schedule', 'monitoring_chapter_deferral_only',
                  'landscape_multipage_action_table', 'objective_rows_spanning_all_columns',
                  'repeated_table_header_row', 'table_caption_zestawienie_dzialan',
                  'running_header_strip_and_page_n_of_m_footer', 'manual_heading_numbers',
                  'figure_captions_with_images', 'null_markers_bd_dash_do_oszacowania',
                  'cost_per_year_values', 'past_investments_table_decoy', 'complementary_projects_list_decoy',
                  'lp_meeting_list_lines_decoy', 'residents_proposals_annex_decoy',
                  'objectives_list_decoy', 'boxed_frame_decoy', 'risks_as_table', 'swot_table',
                  'tagged_pdf_with_bookmarks'],
        'notes': ('Published PDF exported by LibreOffice from a DOCX (tagged, bookmarks from headings). The cached '
                  'ToC lists "Streszczenie" and "5. Harmonogram realizacji"; the summary chapter was removed from '
                  'the body (summary = missing; "1. Wprowadzenie" describes the programme and document structure, '
                  'not a summary) and the schedule chapter is headed "5. Plan wdrożenia w czasie" (present). '
                  'Chapter "8. Monitoring i ewaluacja" only defers the monitoring system to 31 March 2026 '
                  '(indicators = incomplete; per-action indicators exist only in the Wskaźnik column of Tabela 7). '
                  'All actions are rows of the landscape Tabela 7 (columns Lp., Działanie, Opis, Realizator, Termin, '
                  'Koszt, Źródło finansowania, Wskaźnik) with "Cel szczegółowy N: …" rows spanning all columns. '
                  '"b.d.", "—" and "do oszacowania" are null. Decoys: Tabela 4 (past investments), the list of '
                  'complementary projects in 2.9, the LP meeting list in chapter 7, Tabela 13 of residents\' '
                  'proposals in Załącznik nr 1, Ramka 1, and the objectives list in chapter 3.'),
    }


def check_pdf(pdf_path, pages):
    doc = pdfium.PdfDocument(pdf_path)
    toc = [item.get_title() for item in doc.get_toc()]
    sizes = [doc[i].get_size() for i in range(len(doc))]
    doc.close()
    assert any('4. Plan działań' in t for t in toc), toc
    assert not any('Streszczenie' in t for t in toc), toc
    land = [i + 1 for i, (w, hh) in enumerate(sizes) if w > hh]
    assert len(land) >= 2, land
    n = len(pages)
    for i, t in enumerate(pages[1:], start=2):
        assert re.search(rf'Strona\s+{i}\s+z\s+{n}', t), (i, t[-200:])
    # the header row repeats on every landscape page
    for p in land:
        assert 'Źródło finansowania' in pages[p - 1], p
    # "Streszczenie" only on the ToC page
    assert [i for i, t in enumerate(pages) if 'Streszczenie' in t] == [1], 'Streszczenie outside ToC'
    return toc, land
