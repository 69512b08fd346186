"""MID Legnica – jakość powietrza (DOCX, numbered heading styles, tracked changes, comments)."""
from ooxml import (Doc, P, R, B, I, field, cell, row, table, sect_pr, styles_xml, numbering_xml, esc)

FILE = 'MID_Legnica_jakosc_powietrza.docx'
HNUM, BUL, DEC = 1, 2, 3
TW = 9638  # text width (twips)

ED_A = ('Katarzyna Wróbel', 'KW')          # Wydział Środowiska i Rolnictwa – główna redaktorka
ED_B = ('Tomasz Gajda', 'TG')              # Biuro Strategii
ED_C = ('Marta Pieczonka-Ruś', 'MPR')      # Pełnomocniczka ds. jakości powietrza
D1, D2, D3 = '2025-02-11T10:14:00Z', '2025-03-04T13:40:00Z', '2025-03-19T08:05:00Z'

QUARTERS = [f'{q} {y}' for y in (2025, 2026, 2027, 2028) for q in ('I', 'II', 'III', 'IV')]

# ------------------------------------------------------------------ actions
# Each action: objective index, title, theme, secondary, description paragraphs,
# prose sentences with the values embedded, budget row, Gantt span (quarter indexes).
ACTIONS = [
    dict(obj=1, title='Wymiana kotłów na paliwo stałe w zasobie komunalnym Starego Miasta i Tarninowa',
         short='Wymiana kotłów – zasób komunalny', theme='low_emission', secondary=[],
         desc=['W zasobie komunalnym miasta pozostaje 412 lokali ogrzewanych piecami kaflowymi lub kotłami '
               'węglowymi, z czego 318 znajduje się w kamienicach Starego Miasta i Tarninowa. Są to budynki '
               'sprzed 1939 r., często bez instalacji centralnego ogrzewania, w których lokatorzy – w dużej części '
               'osoby starsze i gospodarstwa korzystające z dodatków mieszkaniowych – nie są w stanie samodzielnie '
               'sfinansować zmiany systemu grzewczego.',
               'Działanie obejmuje podłączenie kamienic położonych w zasięgu sieci do miejskiego systemu '
               'ciepłowniczego (budowa węzłów i instalacji wewnętrznych) oraz montaż pomp ciepła powietrze–woda '
               'albo ogrzewania elektrycznego w budynkach, do których doprowadzenie sieci jest nieopłacalne. '
               'Wymianie źródeł ciepła towarzyszy docieplenie stropodachów i wymiana stolarki okiennej tam, gdzie '
               'pozwala na to konserwator zabytków.',
               'Lokatorzy zostaną objęci osłoną: przez pierwsze dwa sezony grzewcze po zmianie ogrzewania '
               'mogą skorzystać z dodatku osłonowego wypłacanego przez MOPS, a ZBK przeprowadzi w każdym budynku '
               'spotkanie informacyjne o obsłudze nowej instalacji i sposobach ograniczenia kosztów ciepła.'],
         resp=('Za przygotowanie dokumentacji i prowadzenie robót odpowiada ', 'Zarząd Budynków Komunalnych Sp. z o.o. w Legnicy',
               ', który realizuje zadanie w imieniu Gminy na podstawie umowy wykonawczej.'),
         time=('Prace zaplanowano w trzech etapach, w okresie ', 'II kw. 2025 – IV kw. 2027',
               ', tak aby roboty w lokalach zamieszkanych prowadzić poza sezonem grzewczym.'),
         ind=('Rezultatem działania będzie ', '180 lokali komunalnych przyłączonych do sieci ciepłowniczej lub wyposażonych w pompy ciepła',
              '; pozostałe lokale zostaną objęte kolejną edycją programu po 2027 r.'),
         cost='7 450 000 zł', funding='FEnIKS 2021–2027, pożyczka WFOŚiGW we Wrocławiu, budżet Gminy Legnica',
         gantt=(1, 11)),
    dict(obj=1, title='Punkt doradztwa energetycznego „Ciepło bez dymu”',
         short='Punkt doradztwa energetycznego', theme='low_emission', secondary=['eco_awareness'],
         desc=['Mieszkańcy domów jednorodzinnych w Przybkowie, Bielanach i na Czarnym Dworze najczęściej '
               'rezygnują z wymiany kotła nie z powodu braku środków, lecz z powodu skomplikowanych procedur: '
               'w ankiecie przeprowadzonej w 2024 r. 46% respondentów wskazało „papierologię” jako główną barierę. '
               'Punkt doradztwa ma prowadzić mieszkańca za rękę – od audytu i wyboru źródła ciepła, przez wniosek '
               'do programu „Czyste Powietrze”, po rozliczenie dotacji.',
               'Punkt będzie czynny w siedzibie Urzędu przy pl. Słowiańskim oraz w formie dyżurów wyjazdowych '
               'w radach osiedli (dwa razy w miesiącu). Doradcy przejdą szkolenie WFOŚiGW i będą współpracować '
               'ze strażą miejską, która przekazuje informacje o nieruchomościach skontrolowanych w sezonie grzewczym.',
               'Punkt przejmie również obsługę gminnego programu dotacji do wymiany kotłów, co pozwoli mieszkańcowi '
               'załatwić wszystkie formalności w jednym miejscu. Rozważane jest uruchomienie infolinii w godzinach '
               'popołudniowych, o co prosili uczestnicy spotkań na Przybkowie.'],
         resp=('Punkt prowadzi ', 'Wydział Środowiska i Rolnictwa Urzędu Miasta Legnicy',
               ', zatrudniając dwóch doradców energetycznych.'),
         time=('Punkt będzie działał ', 'od III kw. 2025 do końca 2027 r.',
               ' – w sezonach grzewczych w wydłużonych godzinach.'),
         ind=('Zakładamy ', '1 200 porad udzielonych mieszkańcom rocznie',
              ', z czego co najmniej 250 zakończonych złożeniem wniosku o dotację.'),
         cost='90 000 zł na sezon grzewczy (3 sezony)',
         funding='budżet Gminy Legnica, program „Czyste Powietrze” (porozumienie z WFOŚiGW we Wrocławiu)',
         gantt=(2, 11), comment_time='Czy punkt ruszy już w lipcu? Kadry potwierdzają zatrudnienie od 1.09. – KW'),
    dict(obj=1, title='Rozbudowa sieci ciepłowniczej w kwartale ulic Chojnowskiej, Jaworzyńskiej i Wrocławskiej',
         short='Sieć ciepłownicza – Chojnowska/Jaworzyńska', theme='low_emission', secondary=[],
         desc=['Kwartał między ulicami Chojnowską, Jaworzyńską i Wrocławską to obszar zwartej zabudowy '
               'wielorodzinnej, w którym według inwentaryzacji z 2023 r. działa jeszcze 264 indywidualnych '
               'palenisk. Brak sieci ciepłowniczej w tym rejonie uniemożliwia zarządcom wspólnot przejście na '
               'ciepło systemowe, mimo deklarowanej gotowości 19 wspólnot mieszkaniowych.',
               'Inwestycja obejmuje budowę magistrali preizolowanej wraz z przyłączami do budynków, których '
               'wspólnoty podpisały listy intencyjne. Kolejność przyłączeń zostanie ustalona z zarządcami tak, '
               'aby zsynchronizować ją z wymianą kotłów opisaną w działaniu dotyczącym zasobu komunalnego.'],
         resp=('Inwestorem będzie ', 'Legnickie Przedsiębiorstwo Energetyki Cieplnej Sp. z o.o.',
               ', a Urząd Miasta zapewni koordynację zajęć pasa drogowego.'),
         time=('Realizacja obejmie lata ', '2026–2028', '.'),
         ind=('Miernikiem postępu będzie ', '2,4 km nowej sieci ciepłowniczej z przyłączami',
              '; szacowany efekt ekologiczny to redukcja emisji pyłu PM10 o ok. 6,1 Mg/rok.'),
         cost='12,6 mln zł', funding='FEnIKS 2021–2027 (efektywne systemy ciepłownicze), środki własne LPEC',
         gantt=(4, 15)),
    dict(obj=1, deleted=True,
         title='Dopłaty do zakupu ekogroszku dla gospodarstw dotkniętych ubóstwem energetycznym',
         short='Dopłaty do ekogroszku', theme='low_emission', secondary=[],
         desc=['Działanie przewidywało jednorazowe dopłaty do zakupu paliwa klasy A dla gospodarstw, które nie '
               'są w stanie wymienić kotła przed terminem wynikającym z uchwały antysmogowej.'],
         resp=('Realizatorem miał być ', 'Miejski Ośrodek Pomocy Społecznej w Legnicy', '.'),
         time=('Okres realizacji: ', 'sezony grzewcze 2025/2026 i 2026/2027', '.'),
         ind=('Wskaźnik: ', '300 gospodarstw objętych dopłatą', '.'),
         cost='450 000 zł', funding='budżet Gminy Legnica', gantt=(3, 9)),
    dict(obj=2, title='Zakup autobusów elektrycznych dla Miejskiego Przedsiębiorstwa Komunikacyjnego',
         short='Autobusy elektryczne MPK', theme='public_transport', secondary=['low_emission'],
         desc=['Tabor MPK liczy 68 autobusów, z których 21 spełnia jedynie normę Euro 3 lub Euro 4. Pojazdy te '
               'obsługują głównie linie przebiegające przez Śródmieście, gdzie natężenie ruchu i stężenia dwutlenku '
               'azotu są najwyższe. Zakup autobusów elektrycznych pozwoli wycofać najstarsze pojazdy i spełnić wymogi '
               'ustawy o elektromobilności.',
               'W ramach działania przewiduje się zakup autobusów 12-metrowych wraz z ładowarkami plug-in w zajezdni '
               'przy ul. Rzeczypospolitej oraz dwoma ładowarkami pantografowymi na pętlach Piekary i Kopernik.',
               'Równolegle MPK przygotuje zmiany w rozkładach jazdy linii obsługiwanych autobusami elektrycznymi '
               'oraz przeszkoli kierowców i pracowników zaplecza technicznego. Wycofane autobusy Euro 3 nie zostaną '
               'sprzedane do dalszej eksploatacji w regionie, lecz przekazane do recyklingu.'],
         resp=('Zamawiającym jest ', 'Miejskie Przedsiębiorstwo Komunikacyjne Sp. z o.o. w Legnicy', '.'),
         time_change=('Dostawy autobusów zaplanowano na okres ', '2025–2026', 'I kw. 2026 – IV kw. 2027',
                      '; pierwsze pojazdy trafią na linię nr 4.'),
         ind=('Efektem będzie ', '12 autobusów zeroemisyjnych w taborze MPK', ' oraz 4 stanowiska ładowania.'),
         cost='38,4 mln zł', funding='FEnIKS 2021–2027 (priorytet II), wkład własny MPK',
         gantt=(4, 11), comment_cost='Wg wstępnego rozeznania rynku – kwota brutto? Proszę MPK o potwierdzenie. – TG'),
    dict(obj=2, title='„Ulice szkolne” – uspokojenie ruchu przy szkołach podstawowych',
         short='Ulice szkolne', theme='walking_traffic_calming', secondary=[],
         desc=['Pomiary prowadzone przez uczniów w ramach projektu „Smogowy detektyw” wykazały, że przed '
               'wejściami do szkół stężenie NO₂ w godzinach porannego dowozu dzieci jest nawet dwukrotnie wyższe '
               'niż w ciągu dnia. Ulica szkolna to czasowe (np. 7:30–8:15 i 13:00–13:30) zamknięcie dla ruchu '
               'samochodowego odcinka ulicy przy wejściu do szkoły, z wyjątkiem mieszkańców i służb.',
               'Wybór lokalizacji nastąpi we współpracy z dyrektorami i radami rodziców; na początek wytypowano '
               'okolice SP nr 7, SP nr 9 i SP nr 16. Każde wdrożenie poprzedzi trzymiesięczny pilotaż z organizacją '
               'ruchu tymczasową i pomiarami przed i po.'],
         resp=('Projekty organizacji ruchu opracuje i wdroży ', 'Zarząd Dróg Miejskich w Legnicy', '.'),
         time=('Działanie prowadzone będzie w okresie ', 'wrzesień 2025 – czerwiec 2027', '.'),
         ind=('Do końca okresu realizacji powstanie ', '5 ulic szkolnych z ograniczeniem ruchu w godzinach przywozu i odbioru dzieci', '.'),
         cost='640 tys. zł', funding='budżet Gminy Legnica', gantt=(2, 9)),
    dict(obj=2, title='Domknięcie sieci dróg rowerowych Śródmieście – Kopernik – Piekary',
         short='Drogi rowerowe Śródmieście–Kopernik–Piekary', theme='cycling', secondary=[],
         desc=['Legnicka sieć dróg rowerowych liczy 54 km, ale jest nieciągła: brakuje połączenia osiedli Kopernik '
               'i Piekary, zamieszkanych łącznie przez ponad 30 tys. osób, z centrum i dworcem kolejowym. '
               'W badaniu ruchu z 2023 r. rower stanowił zaledwie 4,2% podróży, podczas gdy w miastach o podobnej '
               'wielkości i ukształtowaniu terenu udział ten przekracza 8%.',
               'Zakres obejmuje budowę brakujących odcinków wzdłuż al. Piłsudskiego, ul. Jaworzyńskiej i ul. '
               'Chojnowskiej, przejazdy rowerowe z sygnalizacją oraz 150 stojaków przy przystankach i szkołach.',
               'Przebieg tras uzgodniono ze Stowarzyszeniem „Rowerowa Legnica” podczas dwóch przejazdów '
               'studyjnych. Projekt przewiduje standard drogi dwukierunkowej o szerokości 2,5 m, oddzielonej '
               'od chodnika pasem zieleni, a na skrzyżowaniach – wyniesione przejazdy poprawiające widoczność.'],
         resp=('Inwestycję poprowadzi ', 'Zarząd Dróg Miejskich w Legnicy', ' w ramach ZIT LOF.'),
         time=('Budowę przewidziano na lata ', '2026–2027', '.'),
         ind=('Wskaźnikiem produktu jest ', '7,8 km nowych dróg dla rowerów', '.'),
         cost='9 300 000 zł', funding='FEDS 2021–2027 (ZIT LOF), budżet Gminy Legnica', gantt=(4, 11)),
    dict(obj=2, inserted=True,
         title='Analiza wykonalności strefy czystego transportu w Śródmieściu',
         short='Analiza strefy czystego transportu', theme='low_emission', secondary=['public_transport'],
         desc=['Na wniosek Lokalnego Partnerstwa (warsztat z 12 lutego 2025 r.) do planu dodano analizę, czy i w '
               'jakich granicach zasadne jest wyznaczenie w Śródmieściu strefy czystego transportu w rozumieniu '
               'ustawy o elektromobilności i paliwach alternatywnych. Analiza obejmie inwentaryzację floty '
               'pojazdów wjeżdżających do centrum, modelowanie skutków dla jakości powietrza oraz ocenę wpływu na '
               'handel i mieszkańców.'],
         resp_none='Jednostka odpowiedzialna zostanie wskazana zarządzeniem Prezydenta Miasta.',
         time=('Analiza zostanie przygotowana ', 'do końca 2026 r.', ''),
         ind=('Produktem będzie ', '1 analiza wykonalności z rekomendacją granic strefy', ', przedstawiona Radzie Miejskiej.'),
         cost='do oszacowania', funding='budżet Gminy Legnica', gantt=(4, 7)),
    dict(obj=3, title='Miejska sieć czujników jakości powietrza z publiczną mapą danych',
         short='Sieć czujników i mapa danych', theme='eco_awareness', secondary=[],
         desc=['Jedyna stacja pomiarowa Państwowego Monitoringu Środowiska w Legnicy nie pozwala ocenić '
               'zróżnicowania stężeń między osiedlami. Sieć tanich czujników optycznych, kalibrowanych '
               'względem stacji referencyjnej, pokaże mieszkańcom w czasie zbliżonym do rzeczywistego, gdzie i kiedy '
               'powietrze jest najgorsze, a straży miejskiej ułatwi planowanie kontroli palenisk.',
               'Dane będą publikowane na miejskiej mapie oraz udostępniane w formacie otwartym. Czujniki zostaną '
               'zamontowane głównie na budynkach szkół i przedszkoli.',
               'Mapa będzie zawierała także prognozę jakości powietrza na kolejną dobę i ostrzeżenia wysyłane '
               'przez aplikację miejską. Dane posłużą zespołowi koordynacyjnemu do oceny efektów działań '
               'realizowanych na poszczególnych osiedlach.'],
         resp=('Wdrożenie zapewni ', 'Biuro Informatyki i Cyfryzacji Urzędu Miasta Legnicy',
               ' we współpracy z Wydziałem Środowiska i Rolnictwa.'),
         time=('Montaż i uruchomienie mapy nastąpi w okresie ', 'III kw. 2025 – II kw. 2026', '.'),
         ind=('Mierzymy: ', '40 czujników PM2,5/PM10 przekazujących dane co 10 minut', '.'),
         cost='310 000 zł', funding='dotacja WFOŚiGW we Wrocławiu, budżet Gminy Legnica', gantt=(2, 5)),
    dict(obj=3, title='Kampania „Legnica oddycha” i program edukacyjny dla szkół',
         short='Kampania „Legnica oddycha”', theme='eco_awareness', secondary=['social_activation'],
         desc=['Kampania będzie skierowana do trzech grup: właścicieli domów z kotłami pozaklasowymi, zarządców '
               'wspólnot oraz rodziców dzieci w wieku szkolnym. Obok klasycznych nośników (billboardy, spoty w '
               'lokalnym radiu) przewidziano akcje bezpośrednie: „kominiarskie dyżury” na targowisku przy ul. '
               'Jaworzyńskiej i pokazy prawidłowego rozpalania dla osób, które jeszcze nie wymieniły kotła.',
               'Program dla szkół obejmie zajęcia z pomiarami czujnikami przenośnymi, konkurs „Smogowy detektyw” '
               'i materiały dla nauczycieli przyrody. Termin startu zależy od rozstrzygnięcia przetargu na operatora '
               'kampanii i zostanie podany w harmonogramie po jego zakończeniu.'],
         resp=('Koordynatorem jest ', 'Wydział Edukacji Urzędu Miasta Legnicy', ', wspierany przez Legnickie Centrum Kultury.'),
         time=None,
         ind=('Wskaźnik: ', '24 szkoły i przedszkola objęte programem „Czyste powietrze w klasie”', '.'),
         cost='180 000 zł', funding='budżet Gminy Legnica', gantt=None,
         gantt_note='termin zostanie ustalony po rozstrzygnięciu przetargu'),
    dict(obj=3, title='Zielone bufory wzdłuż al. Piłsudskiego i ul. Jaworzyńskiej',
         short='Zielone bufory', theme='public_space', secondary=['low_emission'],
         desc=['Szpalery drzew i wielopiętrowe nasadzenia krzewów wzdłuż najbardziej obciążonych ruchem ulic '
               'ograniczają przenikanie pyłu z jezdni do chodników i ogródków. Działanie przewiduje uzupełnienie '
               'luk w szpalerach, wymianę nawierzchni części pasów zieleni na przepuszczalną oraz nasadzenia '
               'gatunków o dużej zdolności wyłapywania pyłu (m.in. lipa drobnolistna, grab, cis).',
               'Do nasadzeń zostaną zaproszeni mieszkańcy i uczniowie pobliskich szkół. Szczegółowy zakres oraz '
               'wskaźnik zostaną określone po inwentaryzacji dendrologicznej, zleconej na jesień 2025 r.'],
         resp=('Zadanie zrealizuje ', 'Zarząd Zieleni Miejskiej w Legnicy', '.'),
         time=('Nasadzenia zaplanowano na ', 'wiosnę 2026 – jesień 2027', '.'),
         ind=None, ind_note=True,
         cost='1 150 000 zł', funding='FEnIKS 2021–2027 (adaptacja do zmian klimatu)', gantt=(5, 11)),
    dict(obj=4, title='Koordynacja MID i obsługa Lokalnego Partnerstwa',
         short='Koordynacja MID', theme='other', secondary=[],
         desc=['Realizacja jedenastu działań przez osiem różnych jednostek wymaga stałej koordynacji. '
               'Pełnomocnik zwołuje raz na kwartał zespół koordynacyjny, prowadzi rejestr postępu, przygotowuje '
               'raporty dla operatora programu PIM i organizuje spotkania Lokalnego Partnerstwa, które po przyjęciu '
               'MID staje się ciałem monitorującym.'],
         resp=('Funkcję koordynatora pełni ', 'Pełnomocnik Prezydenta Miasta ds. Jakości Powietrza', '.'),
         time=('Koordynacja trwa przez cały okres wdrażania, tj. w latach ', '2025–2027', '.'),
         ind=('Wskaźnik: ', '6 raportów półrocznych z monitoringu MID', '.'),
         cost='210 000 zł', funding='pomoc techniczna programu PIM, budżet Gminy Legnica', gantt=(1, 11)),
]

OBJECTIVES = {
    1: 'Cel szczegółowy 1 – Ograniczenie niskiej emisji z ogrzewania budynków',
    2: 'Cel szczegółowy 2 – Mniej spalin w ruchu miejskim',
    3: 'Cel szczegółowy 3 – Mieszkańcy, którzy wiedzą i działają',
    4: 'Cel szczegółowy 4 – Sprawne zarządzanie inicjatywą',
}


class Builder:
    """Collects numbered headings so the cached TOC and the budget keys can be computed."""

    def __init__(self, doc):
        self.d = doc
        self.counters = [0, 0, 0]
        self.headings = []   # (level, number, text, bookmark)

    def h(self, level, text, runs_wrap=None, mark=None, count=True, toc=True, numbered=True):
        if not numbered:
            bm = f'_Toc19{len(self.headings) + 4211:06d}'
            self.headings.append((level, '', text, bm))
            self.d.add(P(self.d.bookmark(bm, R(text)), style=f'Heading{level}', num=(0, 0)))
            return ''
        if count:
            self.counters[level - 1] += 1
            for k in range(level, 3):
                self.counters[k] = 0
        number = '.'.join(str(c) for c in self.counters[:level]) + '.'
        bm = f'_Toc19{len(self.headings) + 4211:06d}'
        runs = R(text) if runs_wrap is None else runs_wrap
        if toc:
            self.headings.append((level, number, text, bm))
            runs = self.d.bookmark(bm, runs)
        self.d.add(P(runs, style=f'Heading{level}', mark=mark))
        return number


def bullets(items, num=BUL):
    return [P(R(t) if not t.startswith('<w:') else t, style='ListParagraph', num=(num, 0)) for t in items]


def build(toc_pages=None):
    d = Doc(author='Katarzyna Wróbel', date='2025-03-21T12:00:00Z',
            title='Miejska Inicjatywa Działania – Legnica – Jakość powietrza',
            subject='Partnerska Inicjatywa Miast')
    d.track = True
    d.styles_xml = styles_xml(font='Arial', size=10.5, heading_numbering=HNUM, heading_color='0B5345')
    d.numbering_xml = numbering_xml(HNUM, BUL, DEC).replace(
        '</w:numbering>',
        ''.join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0">'
                f'<w:startOverride w:val="1"/></w:lvlOverride></w:num>' for n in range(10, 20)) + '</w:numbering>')
    b = Builder(d)

    # ---------------- header / footer
    hdr = table([row([
        cell([P(R('PARTNERSKA INICJATYWA MIAST', b=True, color='FFFFFF', sz=8) + R('  ·  sieć tematyczna „Jakość powietrza”', color='FFFFFF', sz=8), style='Header')], 6100, shd='0B5345', valign='center'),
        cell([P(R('Legnica', b=True, sz=8, color='0B5345') + R(' | Miejska Inicjatywa Działania', sz=8, color='0B5345'), style='Header', jc='right')], 3538, shd='D5F5E3', valign='center'),
    ], height=340)], [6100, 3538], borders=False)
    d.add_header('rIdHdr1', hdr + P('', style='Header'), 'header')
    d.add_header('rIdHdrFirst', P('', style='Header'), 'header')
    d.add_header('rIdFtr1', P(R('Strona ') + field('PAGE', '1') + R(' z ') + field('NUMPAGES', '1'), style='Footer'), 'footer')
    d.add_header('rIdFtrFirst', P('', style='Footer'), 'footer')

    # ---------------- cover
    d.add(P('', spacing={'before': '1200'}))
    d.add(P(R('GMINA LEGNICA', b=True, sz=13, color='0B5345'), jc='center'))
    d.add(P(R('Urząd Miasta Legnicy · Wydział Środowiska i Rolnictwa', sz=10, color='595959'), jc='center',
            spacing={'after': '1400'}))
    d.add(P(R('MIEJSKA INICJATYWA DZIAŁANIA'), style='Title'))
    d.add(P(R('„Czyste powietrze dla Legnicy” – plan działań na lata 2025–2028'), style='Subtitle'))
    d.add(P(R('Partnerska Inicjatywa Miast · sieć tematyczna „Jakość powietrza”'), style='Subtitle'))
    d.add(P('', spacing={'after': '2400'}))
    cov = table([
        row([cell('Wersja dokumentu', 3000, shd='E8F6EF'), cell('wersja ostateczna (2.0) – przyjęta przez Lokalne Partnerstwo 18 marca 2025 r.', 6638)]),
        row([cell('Opracowanie', 3000, shd='E8F6EF'), cell('Zespół roboczy ds. MID: Wydział Środowiska i Rolnictwa UM, Biuro Strategii i Rozwoju UM, Pełnomocnik Prezydenta Miasta ds. Jakości Powietrza', 6638)]),
        row([cell('Zatwierdził', 3000, shd='E8F6EF'), cell('Zarządzenie Prezydenta Miasta Legnicy nr 214/PM/2025 z dnia 21 marca 2025 r.', 6638)]),
    ], [3000, 6638])
    d.add(cov)
    d.add(P(R('Legnica, marzec 2025 r.', sz=10), jc='center', spacing={'before': '600'}))

    # ---------------- TOC (cached)
    toc_pos = len(d.body)

    # ---------------- abbreviations (on TOC page, after TOC)
    abbr_pos = len(d.body)

    # ================= 1. Streszczenie
    b.h(1, 'Streszczenie')
    d.add(P('Legnica od lat należy do dolnośląskich miast, w których normy jakości powietrza są przekraczane '
            'najczęściej. W sezonie grzewczym 2022/2023 dobowy poziom dopuszczalny pyłu PM10 został przekroczony '
            'na stacji przy al. Rzeczypospolitej 31 razy, a średnioroczne stężenie benzo(a)pirenu wyniosło '
            '3,4 ng/m³, czyli ponad trzykrotność poziomu docelowego. Głównym źródłem problemu jest spalanie paliw '
            'stałych w przestarzałych kotłach i piecach – szacujemy, że w mieście nadal działa ok. 3 900 takich '
            'urządzeń – a w drugiej kolejności ruch samochodowy w Śródmieściu.'))
    d.add(P('Miejska Inicjatywa Działania (MID) jest efektem blisko rocznej pracy Lokalnego Partnerstwa, w którym '
            'obok urzędników zasiadali przedstawiciele spółek miejskich, szkół, rad osiedli, organizacji '
            'pozarządowych i lokalnego biznesu. Dokument porządkuje to, co miasto już robi, i wskazuje, co trzeba '
            'zrobić inaczej lub dodatkowo, aby do 2028 r. zmniejszyć liczbę dni z przekroczeniami PM10 o połowę.'))
    d.add(P('Plan obejmuje jedenaście działań w czterech celach szczegółowych: wymianę źródeł ciepła w zasobie '
            'komunalnym i rozbudowę sieci ciepłowniczej, doradztwo energetyczne dla właścicieli domów, '
            'elektryfikację komunikacji miejskiej, rozwój infrastruktury rowerowej, uspokojenie ruchu przy szkołach, '
            'miejską sieć czujników i kampanię edukacyjną oraz koordynację całości. Łączny koszt działań, dla '
            'których znane są szacunki, wynosi ok. 70,5 mln zł; większość środków ma pochodzić z programu '
            'FEnIKS 2021–2027 i z programu regionalnego FEDS 2021–2027.'))
    d.add(P('Najważniejsze rozstrzygnięcia przyjęte w toku prac:'))
    d.add(*bullets([
        'priorytet dla działań, które usuwają źródło emisji, a nie tylko łagodzą jej skutki;',
        'rezygnacja z dopłat do paliwa stałego – nawet najlepszej jakości – jako sprzecznych z celem MID;',
        'wprowadzenie do planu analizy strefy czystego transportu, o co wnioskowało Lokalne Partnerstwo;',
        'przekształcenie Lokalnego Partnerstwa w ciało monitorujące wdrażanie MID.',
    ]))

    # ================= 2. Diagnoza
    b.h(1, 'Diagnoza stanu jakości powietrza w Legnicy')
    d.add(P('Diagnoza została przygotowana na podstawie danych Państwowego Monitoringu Środowiska, inwentaryzacji '
            'źródeł ciepła prowadzonej przez Urząd Miasta w latach 2022–2023, badania ruchu wykonanego na potrzeby '
            'aktualizacji planu transportowego oraz ankiety internetowej i papierowej, na którą odpowiedziało '
            '1 184 mieszkańców. Uwzględniono także wnioski ze spacerów badawczych Lokalnego Partnerstwa.'))
    b.h(2, 'Legnica na tle regionu – podstawowe dane')
    d.add(P(R('Legnica jest trzecim co do wielkości miastem Dolnego Śląska i ośrodkiem subregionalnym dla ok. '
              '450 tys. mieszkańców Legnickiego Obszaru Funkcjonalnego (LOF). Na powierzchni 56,3 km² mieszka '
              '92 873 osoby') + d.footnote('GUS, Bank Danych Lokalnych, stan na 31 grudnia 2023 r.') +
            R(', a liczba ludności od 2010 r. spada średnio o 0,7% rocznie. Szybko rośnie udział osób w wieku '
              'poprodukcyjnym – w 2023 r. wynosił on 26,4% i był wyższy od średniej wojewódzkiej o 1,9 p.p. '
              'Ma to bezpośrednie znaczenie dla ochrony powietrza: osoby starsze częściej mieszkają w lokalach '
              'ogrzewanych piecami i rzadziej samodzielnie ubiegają się o dotacje.')))
    d.add(P('Miasto położone jest w dolinie Kaczawy, na wysokości ok. 110–140 m n.p.m. Przy słabym wietrze i '
            'inwersji temperatury, częstej w miesiącach zimowych, zanieczyszczenia gromadzą się w obniżeniu '
            'doliny, szczególnie nad Starym Miastem i Tarninowem. Zabudowa śródmiejska to w znacznej części '
            'kamienice z przełomu XIX i XX w.; na obrzeżach dominują osiedla wielorodzinne z lat 70. i 80. '
            '(Piekary, Kopernik, Asnyka) oraz zabudowa jednorodzinna (Przybków, Bielany, Czarny Dwór, Zosinek).'))
    d.add(P('Rynek pracy zdominowany jest przez przemysł (Huta Miedzi Legnica, Legnicka Specjalna Strefa '
            'Ekonomiczna) oraz usługi publiczne. W mieście zarejestrowanych jest 58,7 tys. samochodów osobowych, '
            'czyli 632 na 1 000 mieszkańców; średni wiek pojazdu przekracza 15 lat.'))

    b.h(2, 'Stan jakości powietrza w latach 2019–2023')
    d.add(P(R('Ocena jakości powietrza opiera się na pomiarach automatycznej stacji przy al. Rzeczypospolitej, '
              'należącej do sieci Państwowego Monitoringu Środowiska, uzupełnionych pomiarami manualnymi '
              'benzo(a)pirenu') + d.footnote('Główny Inspektorat Ochrony Środowiska, Regionalny Wydział Monitoringu '
                                             'Środowiska we Wrocławiu, roczne oceny jakości powietrza w województwie '
                                             'dolnośląskim za lata 2019–2023.') +
            R('. Wyniki zestawiono w tabeli 1.')))
    d.add(P(R('Tabela 1. Wybrane wskaźniki jakości powietrza w Legnicy (stacja al. Rzeczypospolitej)'), style='Caption'))
    aq = [('Rok', 'Średnie roczne PM10 [µg/m³]', 'Liczba dni > 50 µg/m³ (PM10)', 'Średnie roczne PM2,5 [µg/m³]', 'B(a)P [ng/m³]', 'NO₂ [µg/m³]'),
          ('2019', '29,8', '41', '22,1', '4,2', '24,6'),
          ('2020', '25,3', '29', '19,4', '3,6', '21,0'),
          ('2021', '27,9', '37', '20,8', '4,0', '22,9'),
          ('2022', '26,1', '31', '19,7', '3,4', '23,3'),
          ('2023', '24,2', '26', '17,9', '3,1', '22,1'),
          ('Norma / poziom docelowy', '40', '35', '20', '1', '40')]
    wq = [1500, 1700, 1700, 1700, 1400, 1638]
    rows = []
    for k, r_ in enumerate(aq):
        hdrow = k == 0
        rows.append(row([cell([P(R(v, b=hdrow or k == len(aq) - 1), style='TableText', jc='center' if j else 'left')], wq[j],
                              shd='D5F5E3' if hdrow else ('F2F2F2' if k == len(aq) - 1 else None)) for j, v in enumerate(r_)],
                        header=hdrow))
    d.add(table(rows, wq))
    d.add(P('Źródło: opracowanie własne na podstawie danych GIOŚ.', style='Source'))
    d.add(P('Choć trend jest spadkowy, żaden z pięciu analizowanych sezonów nie spełnił poziomu docelowego dla '
            'benzo(a)pirenu, a w latach 2019 i 2021 przekroczona została także dopuszczalna liczba dni z '
            'przekroczeniem dobowej normy PM10. Zimą stężenia w godzinach wieczornych (18:00–23:00) są średnio '
            'o 60% wyższe niż w południe, co jednoznacznie wskazuje na ogrzewanie budynków jako dominujące źródło. '
            'Od 2024 r. obowiązują zaostrzone normy Światowej Organizacji Zdrowia; przy ich zastosowaniu '
            'przekroczenia średniodobowe PM2,5 występowałyby w Legnicy przez ponad 100 dni w roku.'))
    d.add(P(R('Dane z 23 czujników społecznościowych, zamontowanych w latach 2021–2023 przez mieszkańców i szkoły, '
              'pokazują wyraźne zróżnicowanie przestrzenne. Najwyższe stężenia notowano na Tarninowie i w '
              'rejonie ul. Jaworzyńskiej, najniższe – na Piekarach, gdzie większość budynków jest przyłączona do '
              'sieci ciepłowniczej. Pomiary czujnikami niskokosztowymi mają ograniczoną dokładność') +
            d.footnote('Czujniki optyczne zawyżają stężenia przy wysokiej wilgotności względnej; dane wykorzystano '
                       'wyłącznie do porównań między lokalizacjami, a nie do oceny zgodności z normami.') +
            R(', jednak obraz jest spójny z wynikami inwentaryzacji źródeł ciepła.')))
    d.add(P('Skutki zdrowotne są mierzalne. Według danych Narodowego Funduszu Zdrowia liczba hospitalizacji z '
            'powodu zaostrzenia przewlekłej obturacyjnej choroby płuc wśród mieszkańców Legnicy wzrasta w '
            'miesiącach zimowych o ok. 35% w porównaniu z okresem letnim. Lekarze rodzinni uczestniczący w '
            'warsztatach Lokalnego Partnerstwa zwracali uwagę na nasilenie infekcji dróg oddechowych u dzieci w '
            'okresach smogowych.'))

    b.h(2, 'Warunki meteorologiczne i rozprzestrzenianie się zanieczyszczeń')
    d.add(P('Położenie miasta w dolinie Kaczawy sprzyja występowaniu inwersji temperatury i zastoisk '
            'chłodnego powietrza. Analiza danych meteorologicznych z lat 2019–2023 pokazuje, że epizody '
            'smogowe (co najmniej trzy kolejne doby ze stężeniem PM10 powyżej 50 µg/m³) występowały niemal '
            'wyłącznie przy prędkości wiatru poniżej 2 m/s i temperaturze poniżej 0°C. W takich warunkach '
            'stężenia pyłu w Śródmieściu rosną w ciągu kilku godzin wieczornych nawet czterokrotnie.'))
    d.add(P(R('Tabela 2. Warunki meteorologiczne w sezonach grzewczych (październik–marzec)'), style='Caption'))
    met = [('Sezon grzewczy', 'Średnia temperatura [°C]', 'Dni z wiatrem < 2 m/s', 'Dni z inwersją', 'Epizody smogowe'),
           ('2019/2020', '4,1', '61', '38', '4'), ('2020/2021', '2,6', '72', '47', '6'),
           ('2021/2022', '3,7', '64', '41', '5'), ('2022/2023', '3,9', '58', '36', '3'),
           ('2023/2024', '4,4', '55', '33', '3')]
    wmt = [1900, 2000, 2000, 1800, 1938]
    d.add(table([row([cell([P(R(v, b=k == 0), style='TableText', jc='center' if j else 'left')], wmt[j],
                           shd='D5F5E3' if k == 0 else None) for j, v in enumerate(r_)], header=k == 0)
                 for k, r_ in enumerate(met)], wmt))
    d.add(P('Źródło: opracowanie własne na podstawie danych IMGW-PIB i GIOŚ.', style='Source'))
    d.add(P('Wpływ warunków pogodowych na stężenia jest tak silny, że część spadku zanieczyszczeń w ostatnich '
            'latach wynika z cieplejszych zim, a nie z działań naprawczych. Ocena skuteczności MID musi więc '
            'uwzględniać korektę pogodową – zespół koordynacyjny będzie porównywał wyniki dla sezonów o '
            'zbliżonej liczbie dni z niekorzystnymi warunkami.'))

    b.h(2, 'Źródła zanieczyszczeń')
    d.add(P('Inwentaryzacja przeprowadzona przez Urząd Miasta objęła 9 418 budynków i lokali. Wyniki przedstawia '
            'tabela 3. Najpoważniejszym problemem są paleniska w kamienicach (piece kaflowe, tzw. „kozy”) oraz '
            'kotły pozaklasowe w domach jednorodzinnych, które zgodnie z uchwałą antysmogową powinny zostać '
            'wyłączone z użytkowania.'))
    d.add(P(R('Tabela 3. Źródła ciepła w budynkach mieszkalnych Legnicy (inwentaryzacja 2022–2023)'), style='Caption'))
    src = [('Rodzaj źródła ciepła', 'Liczba budynków/lokali', 'Udział [%]'),
           ('Sieć ciepłownicza', '4 812', '51,1'),
           ('Kocioł gazowy', '2 103', '22,3'),
           ('Kocioł na paliwo stałe klasy 5 / ekoprojekt', '604', '6,4'),
           ('Kocioł pozaklasowy lub klasy 3–4', '1 177', '12,5'),
           ('Piec kaflowy, piecyk wolnostojący', '386', '4,1'),
           ('Pompa ciepła, ogrzewanie elektryczne', '336', '3,6'),
           ('Razem', '9 418', '100,0')]
    ws = [5200, 2400, 2038]
    d.add(table([row([cell([P(R(v, b=(k in (0, len(src) - 1))), style='TableText', jc='center' if j else 'left')], ws[j],
                              shd='D5F5E3' if k == 0 else None) for j, v in enumerate(r_)], header=k == 0)
                 for k, r_ in enumerate(src)], ws))
    d.add(P('Źródło: inwentaryzacja źródeł ciepła, Wydział Środowiska i Rolnictwa UM Legnica.', style='Source'))
    d.add(P(R('Uchwała antysmogowa dla województwa dolnośląskiego') +
            d.footnote('Uchwała Sejmiku Województwa Dolnośląskiego w sprawie wprowadzenia na obszarze województwa '
                       'ograniczeń i zakazów w zakresie eksploatacji instalacji, w których następuje spalanie paliw, '
                       'przyjęta na podstawie art. 96 ustawy z dnia 27 kwietnia 2001 r. – Prawo ochrony środowiska '
                       '(t.j. Dz.U. z 2024 r. poz. 54 z późn. zm.).') +
            R(' przewiduje stopniowe wycofywanie urządzeń niespełniających wymagań. W praktyce egzekucja jest '
              'trudna: w 2023 r. straż miejska przeprowadziła 1 146 kontroli palenisk, nałożyła 87 mandatów i '
              'skierowała 12 wniosków do sądu, ale większość kontrolowanych gospodarstw nie miała środków ani '
              'wiedzy, jak zmienić sposób ogrzewania.')))
    d.add(P('Drugim źródłem zanieczyszczeń jest transport. Przez miasto przebiegają drogi krajowe nr 3 i 94 oraz '
            'droga ekspresowa S3 (w obszarze podmiejskim); w Śródmieściu średni dobowy ruch na al. Piłsudskiego '
            'przekracza 24 tys. pojazdów. Emisja z transportu ma mniejszy udział w stężeniach pyłu, ale odpowiada '
            'za większość emisji tlenków azotu oraz za pył wtórnie unoszony z jezdni. Emisje z Huty Miedzi '
            'Legnica, objęte pozwoleniem zintegrowanym, są monitorowane odrębnie i według modelowania WIOŚ '
            'odpowiadają za niewielką część stężeń pyłu w centrum miasta.'))
    d.add(P(R('Bilans emisji pyłu PM10 opracowany na potrzeby MID wskazuje, że ') +
            B('ok. 71% ') +
            R('emisji pochodzi z ogrzewania indywidualnego, 14% z transportu drogowego, 9% z przemysłu i '
              'energetyki, a 6% z innych źródeł (m.in. spalanie odpadów zielonych, pylenie wtórne z terenów budowy).')))

    b.h(2, 'Transport i mobilność mieszkańców')
    d.add(P(R('Badanie ruchu przeprowadzone jesienią 2023 r. na próbie 1 650 gospodarstw domowych') +
            d.footnote('Kompleksowe badanie ruchu wykonane na potrzeby aktualizacji Planu zrównoważonego rozwoju '
                       'publicznego transportu zbiorowego; wywiady domowe CAPI, badanie potoków pasażerskich i '
                       'pomiary natężenia ruchu w 46 przekrojach.') +
            R(' pokazało, że samochód pozostaje dominującym środkiem transportu, także na krótkich dystansach. '
              'Aż 38% podróży samochodem kończy się w odległości do 3 km od miejsca rozpoczęcia, czyli na '
              'dystansie, który można pokonać rowerem w kilkanaście minut.')))
    d.add(P(R('Tabela 4. Podział zadań przewozowych w Legnicy w 2013 i 2023 r.'), style='Caption'))
    ms = [('Środek transportu', '2013 [%]', '2023 [%]', 'Zmiana [p.p.]'),
          ('Samochód osobowy (kierowca i pasażer)', '54,6', '62,0', '+7,4'),
          ('Komunikacja miejska', '18,9', '13,1', '−5,8'),
          ('Pieszo', '22,4', '19,8', '−2,6'),
          ('Rower (w tym hulajnoga)', '3,1', '4,2', '+1,1'),
          ('Inne', '1,0', '0,9', '−0,1')]
    wms = [4600, 1650, 1650, 1738]
    d.add(table([row([cell([P(R(v, b=k == 0), style='TableText', jc='center' if j else 'left')], wms[j],
                           shd='D5F5E3' if k == 0 else None) for j, v in enumerate(r_)], header=k == 0)
                 for k, r_ in enumerate(ms)], wms))
    d.add(P('Źródło: badania ruchu 2013 i 2023, Urząd Miasta Legnicy.', style='Source'))
    d.add(P('Spadek udziału komunikacji miejskiej wynika przede wszystkim z ograniczenia częstotliwości kursów w '
            'latach 2020–2021, niskiej prędkości handlowej autobusów w godzinach szczytu (średnio 16,8 km/h) '
            'oraz braku priorytetu dla autobusów na głównych skrzyżowaniach. MPK obsługuje 16 linii dziennych; '
            'w 2023 r. przewiozło 9,7 mln pasażerów wobec 13,4 mln w 2013 r. Średni wiek taboru wynosi 11,3 roku.'))
    d.add(P('Ruch pieszy koncentruje się w Śródmieściu i na osiedlach wielorodzinnych, ale piesi skarżą się na '
            'szerokie jezdnie i długie cykle sygnalizacji na al. Piłsudskiego i ul. Chojnowskiej. Rodzice '
            'uczniów szkół podstawowych w ankiecie wskazywali jako główny powód dowożenia dzieci samochodem '
            'brak bezpiecznej drogi do szkoły (41%) i wygodę w połączeniu z dojazdem do pracy (37%).'))

    b.h(2, 'Ubóstwo energetyczne i uwarunkowania społeczne')
    d.add(P('Problem smogu w Legnicy ma wyraźny wymiar społeczny. Najstarsze i najbardziej emisyjne źródła ciepła '
            'występują w lokalach zamieszkanych przez gospodarstwa o najniższych dochodach: w zasobie komunalnym '
            'Starego Miasta co trzeci najemca korzysta z dodatku mieszkaniowego, a co piąty ma zaległości '
            'czynszowe. Wymiana pieca kaflowego na ogrzewanie elektryczne lub przyłączenie do sieci oznacza dla '
            'takiego gospodarstwa ryzyko wzrostu rachunków, dlatego działania inwestycyjne muszą iść w parze z '
            'instrumentami osłonowymi.'))
    d.add(P('Miejski Ośrodek Pomocy Społecznej szacuje, że ubóstwem energetycznym zagrożonych jest ok. 2 300 '
            'gospodarstw domowych, tj. 5,8% wszystkich gospodarstw w mieście. Wśród nich przeważają '
            'jednoosobowe gospodarstwa seniorów oraz rodziny wielodzietne w kamienicach bez centralnego '
            'ogrzewania. Pracownicy socjalni zwracają uwagę, że w tej grupie nadal zdarza się spalanie odpadów, '
            'w tym tworzyw sztucznych, zwłaszcza pod koniec sezonu grzewczego, gdy kończą się zapasy opału.'))
    d.add(P('Jednocześnie w Legnicy działa silna sieć organizacji pozarządowych i rad osiedli. Legnicki Alarm '
            'Smogowy od 2019 r. prowadzi kampanie informacyjne i społeczne pomiary, a rady osiedli Tarninów i '
            'Przybków zorganizowały w 2023 r. pierwsze sąsiedzkie spotkania informacyjne o programie „Czyste '
            'Powietrze”. Ten kapitał społeczny stał się punktem wyjścia do prac Lokalnego Partnerstwa.'))

    b.h(2, 'Dotychczasowe działania na rzecz ochrony powietrza')
    d.add(P('Legnica nie zaczyna od zera. W ostatniej dekadzie miasto zrealizowało kilka programów, które '
            'pozwoliły zlikwidować ponad 2 600 źródeł niskiej emisji. Część doświadczeń była dobra, część – jak '
            'zbyt skomplikowany regulamin dotacji z lat 2016–2018 – posłużyła za przestrogę przy projektowaniu '
            'działań MID. Wybrane przedsięwzięcia zestawiono w tabeli 5; nie są one przedmiotem niniejszej '
            'inicjatywy.'))
    d.add(P(R('Tabela 5. Wybrane przedsięwzięcia zrealizowane w latach 2014–2023 (zakończone)'), style='Caption'))
    past = [('Przedsięwzięcie', 'Okres', 'Wartość', 'Źródło finansowania', 'Efekt'),
            ('Program ograniczania niskiej emisji (PONE) – dotacje do wymiany kotłów', '2016–2019', '6,2 mln zł', 'WFOŚiGW we Wrocławiu, budżet Gminy', '1 146 zlikwidowanych palenisk'),
            ('Program KAWKA – podłączenie kamienic do sieci ciepłowniczej', '2014–2017', '11,8 mln zł', 'NFOŚiGW, budżet Gminy', '38 budynków, 702 lokale'),
            ('Zakup autobusów hybrydowych dla MPK', '2018–2020', '19,1 mln zł', 'RPO WD 2014–2020', '17 autobusów'),
            ('Termomodernizacja 14 szkół i przedszkoli', '2017–2021', '22,4 mln zł', 'RPO WD 2014–2020, ZIT AJ', 'spadek zużycia ciepła o 38%'),
            ('Gminny program dotacji do OZE i wymiany kotłów', '2020–2023', '3,5 mln zł', 'budżet Gminy', '812 wniosków')]
    wp = [3300, 1200, 1300, 2000, 1838]
    d.add(table([row([cell([P(R(v, b=k == 0), style='TableText')], wp[j], shd='D5F5E3' if k == 0 else None)
                      for j, v in enumerate(r_)], header=k == 0) for k, r_ in enumerate(past)], wp))
    d.add(P('Źródło: sprawozdania z realizacji Programu ochrony środowiska dla Miasta Legnicy.', style='Source'))
    d.add(P('Z ewaluacji programu PONE wynika, że o sukcesie przesądzała obsługa wnioskodawcy: najwyższy odsetek '
            'zrealizowanych wymian odnotowano w okresie, gdy w urzędzie działał dyżur pomocy w wypełnianiu '
            'wniosków. Po jego likwidacji w 2018 r. liczba wniosków spadła o połowę. Wniosek ten bezpośrednio '
            'wpłynął na kształt działania dotyczącego doradztwa energetycznego.'))
    # Ramka – dobra praktyka (decoy frame)
    frame = table([row([cell([
        P(R('Ramka 1. Dobre praktyki z Rybnika – ekodoradca w każdej dzielnicy', b=True, color='0B5345'), style='TableText'),
        P(R('Rybnik, miasto z podobnym problemem niskiej emisji, zatrudnił w 2019 r. zespół ekodoradców, którzy '
            'odwiedzają mieszkańców w domach, pomagają wypełnić wniosek do programu „Czyste Powietrze” i '
            'prowadzą go aż do rozliczenia. Liczba złożonych wniosków wzrosła w ciągu dwóch lat ponad trzykrotnie. '
            'Przedstawiciele Legnicy poznali to rozwiązanie podczas wizyty studyjnej sieci PIM w październiku 2024 r.'), style='TableText'),
    ], TW, shd='EAF2F8')])], [TW])
    d.add(frame)
    d.add(P(''))

    b.h(2, 'Projekty komplementarne realizowane poza MID')
    d.add(P('Na jakość powietrza w Legnicy wpłyną także przedsięwzięcia prowadzone przez inne podmioty i '
            'finansowane z innych źródeł. Nie wchodzą one do planu działań MID, ale zespół koordynacyjny będzie '
            'śledził ich postęp, ponieważ warunkują efekt części naszych działań.'))
    d.add(P(R('Tabela 6. Projekty komplementarne'), style='Caption'))
    comp = [('Projekt', 'Realizator', 'Finansowanie', 'Planowany okres'),
            ('Program priorytetowy „Czyste Powietrze” – dotacje dla właścicieli domów jednorodzinnych', 'WFOŚiGW we Wrocławiu', 'NFOŚiGW, KPO', '2018–2029'),
            ('Przebudowa węzła przesiadkowego przy dworcu kolejowym', 'PKP S.A., Gmina Legnica', 'FEDS 2021–2027 (ZIT LOF)', '2024–2026'),
            ('Modernizacja ciepłowni przy ul. Poznańskiej (kogeneracja gazowa)', 'LPEC Sp. z o.o.', 'środki własne, kredyt', '2025–2027'),
            ('Termomodernizacja budynków wspólnot mieszkaniowych', 'wspólnoty mieszkaniowe', 'BGK – Fundusz Termomodernizacji i Remontów', 'na bieżąco'),
            ('Program „Stop Smog” – wymiana kotłów u osób ubogich energetycznie', 'Gmina Legnica, NFOŚiGW', 'Fundusz Termomodernizacji i Remontów', 'zakończenie 2025')]
    wc = [3900, 2000, 2200, 1538]
    d.add(table([row([cell([P(R(v, b=k == 0), style='TableText')], wc[j], shd='D5F5E3' if k == 0 else None)
                      for j, v in enumerate(r_)], header=k == 0) for k, r_ in enumerate(comp)], wc))
    d.add(P('Źródło: opracowanie własne.', style='Source'))

    b.h(2, 'Polityka miasta i ramy prawne')
    d.add(P(R('Obowiązki gminy w zakresie ochrony powietrza wynikają przede wszystkim z ustawy – Prawo ochrony '
              'środowiska oraz z programu ochrony powietrza przyjętego przez Sejmik Województwa Dolnośląskiego dla '
              'strefy, do której należy Legnica') +
            d.footnote('Strefa dolnośląska (kod PL0204); program ochrony powietrza wraz z planem działań '
                       'krótkoterminowych przyjmowany jest uchwałą sejmiku województwa na podstawie art. 91 '
                       'ustawy – Prawo ochrony środowiska.') +
            R('. Program nakłada na miasto m.in. obowiązek prowadzenia kontroli palenisk, realizacji programów '
              'wymiany źródeł ciepła oraz corocznego raportowania efektów do marszałka województwa.')))
    d.add(P('Na poziomie lokalnym ochronę powietrza regulują: Strategia Rozwoju Miasta Legnicy 2030 (cel '
            'operacyjny „Zdrowe środowisko życia”), Program ochrony środowiska dla Miasta Legnicy na lata '
            '2021–2024 z perspektywą do 2028 r., Plan gospodarki niskoemisyjnej oraz Plan zrównoważonego '
            'rozwoju publicznego transportu zbiorowego. Dokumenty te zawierają wiele słusznych celów, ale – jak '
            'wskazywali członkowie Lokalnego Partnerstwa – brakowało w nich konkretnego, skoordynowanego planu '
            'z przypisaną odpowiedzialnością. MID ma tę lukę wypełnić.'))
    d.add(P(R('Istotne znaczenie ma także ustawa o wspieraniu termomodernizacji i remontów oraz o centralnej '
              'ewidencji emisyjności budynków') +
            d.footnote('Ustawa z dnia 21 listopada 2008 r. o wspieraniu termomodernizacji i remontów oraz o '
                       'centralnej ewidencji emisyjności budynków (t.j. Dz.U. z 2022 r. poz. 438 z późn. zm.).') +
            R(', na podstawie której właściciele budynków zgłaszają źródła ciepła do CEEB. Według stanu na '
              'koniec 2024 r. zgłoszenia złożono dla ok. 81% budynków w Legnicy; dane z ewidencji będą jednym '
              'ze źródeł w monitoringu MID.')))

    b.h(2, 'Analiza SWOT')
    d.add(P('Analizę SWOT opracowano na warsztacie Lokalnego Partnerstwa 20 czerwca 2024 r., a następnie '
            'uzupełniono o uwagi zgłoszone w konsultacjach.'))
    d.add(P(R('Tabela 7. Analiza SWOT w obszarze jakości powietrza'), style='Caption'))
    sw = {'S': ['rozwinięta sieć ciepłownicza obejmująca ponad połowę budynków',
                'doświadczenie w prowadzeniu programów wymiany kotłów (PONE, KAWKA)',
                'aktywne rady osiedli i organizacje ekologiczne',
                'spółka komunikacyjna z doświadczeniem w pozyskiwaniu funduszy UE'],
          'W': ['ok. 3 900 przestarzałych źródeł ciepła, w tym w zabytkowych kamienicach',
                'jedna stacja pomiarowa – brak wiedzy o różnicach między osiedlami',
                'wysoki udział podróży samochodem (62%) i nieciągła sieć rowerowa',
                'starzejąca się populacja, ubóstwo energetyczne'],
          'O': ['środki FEnIKS i FEDS 2021–2027 na ciepłownictwo i transport niskoemisyjny',
                'program „Czyste Powietrze” z podwyższonym poziomem dofinansowania',
                'wymiana doświadczeń w sieci PIM',
                'rosnąca świadomość mieszkańców, zwłaszcza rodziców małych dzieci'],
          'T': ['wzrost cen energii elektrycznej i gazu zniechęcający do zmiany ogrzewania',
                'opóźnienia naborów i zmiany zasad programów krajowych',
                'ograniczenia konserwatorskie w kamienicach',
                'wzrost liczby samochodów i ruchu tranzytowego']}

    def swcell(title, items, shd):
        return cell([P(R(title, b=True), style='TableText')] +
                    [P(R('• ' + t), style='TableText') for t in items], TW // 2, shd=shd)
    swot_s_items = sw['S']
    s_cell = cell([P(R('Mocne strony', b=True), style='TableText')] +
                  [P(R('• ' + t), style='TableText') for t in swot_s_items[:-1]] +
                  [P(R('• ') + d.comment(R(swot_s_items[-1]),
                                         'Dopisane po warsztacie – MPK prosiło o ujęcie. – TG', ED_B[0], ED_B[1], D1),
                     style='TableText')], TW // 2, shd='E8F6EF')
    d.add(table([row([s_cell, swcell('Słabe strony', sw['W'], 'FDEDEC')]),
                 row([swcell('Szanse', sw['O'], 'EAF2F8'), swcell('Zagrożenia', sw['T'], 'FEF5E7')])], [TW // 2, TW - TW // 2]))
    d.add(P('Źródło: warsztat Lokalnego Partnerstwa, czerwiec 2024 r.', style='Source'))

    b.h(2, 'Wnioski z diagnozy')
    d.add(P('Z przeprowadzonej analizy wynikają następujące wnioski, które zadecydowały o kształcie planu działań:'))
    for k, t in enumerate([
        'Kluczem do poprawy jakości powietrza jest likwidacja przestarzałych źródeł ciepła – przede wszystkim '
        'w zasobie komunalnym i w zabudowie jednorodzinnej na obrzeżach miasta. Bez tego żadne inne działania '
        'nie przyniosą odczuwalnej zmiany zimą.',
        'Sama dostępność dotacji nie wystarcza. Mieszkańcy potrzebują pomocy w przejściu przez procedury, a '
        'najubożsi – gwarancji, że po zmianie ogrzewania rachunki nie przekroczą ich możliwości.',
        'Sieć ciepłownicza jest największym atutem miasta, ale w kilku kwartałach zwartej zabudowy nadal jej '
        'brakuje; jej rozbudowa daje największy efekt w przeliczeniu na złotówkę.',
        'Transport odpowiada za mniejszą część emisji pyłu, ale za większość emisji dwutlenku azotu, a jego '
        'znaczenie będzie rosło wraz z ograniczaniem niskiej emisji. Odwrócenie spadku liczby pasażerów MPK '
        'wymaga zarówno nowego taboru, jak i lepszej oferty.',
        'Mieszkańcy chcą wiedzieć, czym oddychają. Jedna stacja pomiarowa nie wystarcza, by pokazać różnice '
        'między osiedlami i ocenić efekty działań.',
    ]):
        d.add(P(R(t), style='ListParagraph', num=(12, 0)))

    # ================= 3. Cele
    b.h(1, 'Cele Miejskiej Inicjatywy Działania')
    d.add(P('Wizja, którą Lokalne Partnerstwo sformułowało na pierwszym warsztacie, brzmi: „Legnica – miasto, w '
            'którym zimą można otworzyć okno”. Z wizji wyprowadzono cel główny oraz cztery cele szczegółowe.'))
    d.add(P(R('Cel główny: ', b=True) + R('Poprawa jakości powietrza w Legnicy poprzez ograniczenie emisji z '
                                            'ogrzewania budynków i transportu oraz zaangażowanie mieszkańców, tak aby '
                                            'w 2028 r. liczba dni z przekroczeniem dobowej normy PM10 nie przekraczała 15.')))
    d.add(P('Cele szczegółowe:'))
    for k in range(1, 5):
        d.add(P(R(OBJECTIVES[k]), style='ListParagraph', num=(10, 0)))
    obj_just = [
        ('Ad 1. ', 'Cel pierwszy skupia się na źródle odpowiedzialnym za ok. 71% emisji pyłu. Zakładamy, że do '
         '2028 r. liczba przestarzałych urządzeń grzewczych na paliwo stałe spadnie z ok. 3 900 do nie więcej '
         'niż 2 300, przy czym priorytetem są kamienice Starego Miasta i Tarninowa oraz kwartał ulic '
         'Chojnowskiej i Jaworzyńskiej, gdzie czujniki notują najwyższe stężenia.'),
        ('Ad 2. ', 'Cel drugi odpowiada na rosnący udział samochodu w podróżach i na emisję tlenków azotu w '
         'Śródmieściu. Miarą sukcesu będzie zatrzymanie spadku liczby pasażerów MPK, wzrost udziału podróży '
         'rowerem do 7% oraz ograniczenie ruchu samochodowego przy szkołach w godzinach przywozu dzieci.'),
        ('Ad 3. ', 'Cel trzeci zakłada, że mieszkańcy będą mieli łatwy dostęp do rzetelnej informacji o '
         'jakości powietrza i o możliwościach wsparcia. W ankiecie z 2024 r. tylko 38% badanych potrafiło '
         'wskazać, gdzie złożyć wniosek o dotację do wymiany kotła; chcemy, aby w 2028 r. odsetek ten '
         'przekroczył 60%.'),
        ('Ad 4. ', 'Cel czwarty ma charakter wspierający – dotyczy organizacji pracy zespołu koordynacyjnego, '
         'monitoringu i współpracy z Lokalnym Partnerstwem oraz z innymi miastami sieci PIM.'),
    ]
    for lead, txt_ in obj_just:
        d.add(P(B(lead) + R(txt_)))
    d.add(P('Cele odpowiadają na główne problemy zidentyfikowane w diagnozie: cel 1 – na dominującą rolę '
            'ogrzewania indywidualnego, cel 2 – na emisję z transportu i wysoki udział podróży samochodem, cel 3 – '
            'na niską wiedzę o skali problemu i sposobach jego rozwiązania, cel 4 – na potrzebę sprawnej '
            'koordynacji działań wielu jednostek. Cele są spójne ze Strategią Rozwoju Miasta Legnicy 2030, '
            'Programem ochrony powietrza dla strefy legnicko-głogowskiej oraz Programem ochrony środowiska.'))
    d.add(P(R('Zgodność z dokumentami wyższego rzędu') + d.footnote(
        'Analizę zgodności przeprowadzono w odniesieniu do Krajowej Polityki Miejskiej 2030, Strategii Rozwoju '
        'Województwa Dolnośląskiego 2030 oraz Programu ochrony powietrza dla województwa dolnośląskiego.') +
            R(' przedstawiono szczegółowo w opisach poszczególnych celów w rozdziale 4.')))

    # ================= 4. Działania
    b.h(1, 'Działania')
    d.add(P('W rozdziale opisano działania przypisane do celów szczegółowych. Dla każdego działania wskazano '
            'jednostkę odpowiedzialną, okres realizacji i wskaźnik. Koszty i źródła finansowania zestawiono '
            'łącznie w rozdziale 6, a rozkład działań w czasie – w harmonogramie w rozdziale 5. Numeracja działań '
            'odpowiada numeracji podrozdziałów.'))
    d.add(P('Każdy cel szczegółowy poprzedzono krótkim uzasadnieniem odwołującym się do diagnozy. Działania '
            'zostały wybrane przez Lokalne Partnerstwo na warsztacie priorytetyzacji z 28 listopada 2024 r. '
            'spośród 14 propozycji skierowanych do dalszych prac; ocena uwzględniała efekt ekologiczny, '
            'koszt jednostkowy redukcji emisji, gotowość dokumentacji oraz możliwość pozyskania '
            'dofinansowania.'))

    obj_intro = {
        1: 'Skoro ponad dwie trzecie emisji pyłu pochodzi z ogrzewania indywidualnego, cel ten ma kluczowe '
           'znaczenie dla powodzenia całej inicjatywy. Działania łączą inwestycje w zasobie komunalnym, rozwój '
           'sieci ciepłowniczej i wsparcie dla właścicieli domów, którzy muszą sami zdecydować o wymianie kotła.',
        2: 'Cel dotyczy emisji z transportu, szczególnie dwutlenku azotu w Śródmieściu i w rejonie szkół. '
           'Działania wspierają przesiadkę z samochodu na komunikację miejską, rower i chodzenie pieszo.',
        3: 'Nawet najlepsze programy dotacyjne nie przyniosą efektu bez świadomości mieszkańców. Cel obejmuje '
           'działania informacyjne, edukacyjne i pomiarowe oraz nasadzenia, które mieszkańcy będą współtworzyć.',
        4: 'Cel ma charakter horyzontalny i obejmuje zarządzanie realizacją MID.',
    }
    action_numbers = {}
    cur_obj = None
    for a in ACTIONS:
        if a['obj'] != cur_obj:
            cur_obj = a['obj']
            b.h(2, OBJECTIVES[cur_obj])
            d.add(P(obj_intro[cur_obj]))
        if a.get('deleted'):
            au, dt = ED_C[0], D3
            num = b.h(3, a['title'], runs_wrap=d.dele(a['title'], au, dt), mark=d.mark_del(au, dt), toc=False)
            for para in a['desc']:
                d.add(P(d.dele(para, au, dt), mark=d.mark_del(au, dt)))
            txt = ' '.join(x + y + z for x, y, z in (a['resp'], a['time'], a['ind']))
            # the last deleted paragraph keeps its mark (an empty paragraph stays behind, as in Word
            # when the selection stops before the next heading)
            d.add(P(d.dele(txt, au, dt)))
            action_numbers[a['title']] = num
            continue
        if a.get('inserted'):
            au, dt = ED_B[0], D2
            num = b.h(3, a['title'], runs_wrap=d.ins(R(a['title']), au, dt), mark=d.mark_ins(au, dt))
            for para in a['desc']:
                d.add(P(d.ins(R(para), au, dt), mark=d.mark_ins(au, dt)))
            t = a['time']
            i_ = a['ind']
            # the last inserted paragraph carries the original mark of the preceding paragraph,
            # whose own mark is the inserted one (this is how Word records Enter + typing)
            d.add(P(d.ins(R(a['resp_none'] + ' ' + t[0]) + R(t[1]) + R(t[2] + ' ' + i_[0]) + R(i_[1]) + R(i_[2]), au, dt)))
            action_numbers[a['title']] = num
            continue
        num = b.h(3, a['title'])
        action_numbers[a['title']] = num
        for para in a['desc']:
            d.add(P(para))
        runs = R(a['resp'][0]) + R(a['resp'][1]) + R(a['resp'][2]) + R(' ')
        if a.get('time_change'):
            tc = a['time_change']
            runs += (R(tc[0]) +
                     d.comment(d.dele(tc[1], ED_A[0], D2) + d.ins(R(tc[2]), ED_A[0], D2),
                               'Termin przesunięty – nabór FEnIKS dla transportu miejskiego ogłoszony dopiero w II kw. 2025. – KW',
                               ED_A[0], ED_A[1], D2) + R(tc[3]) + R(' '))
        elif a.get('time'):
            t = a['time']
            if a.get('comment_time'):
                runs += R(t[0]) + d.comment(R(t[1]), a['comment_time'], ED_A[0], ED_A[1], D1) + R(t[2] + ' ')
            else:
                runs += R(t[0]) + R(t[1]) + R(t[2] + ' ')
        if a.get('ind'):
            i_ = a['ind']
            runs += R(i_[0]) + R(i_[1]) + R(i_[2])
        elif a.get('ind_note'):
            runs += d.comment(R('Wskaźnik zostanie określony po inwentaryzacji.'),
                              'ZZM obiecał podać liczbę drzew do końca kwietnia. – MPR', ED_C[0], ED_C[1], D3)
        idx = ACTIONS.index(a)
        nxt = ACTIONS[idx + 1] if idx + 1 < len(ACTIONS) else {}
        d.add(P(runs, mark=d.mark_ins(ED_B[0], D2) if nxt.get('inserted') else None))

    # ================= 5. Harmonogram
    b.h(1, 'Harmonogram realizacji')
    d.add(P('Harmonogram przedstawia planowany rozkład działań w kwartałach lat 2025–2028. Działania '
            'inwestycyjne, zależne od naborów w programach FEnIKS i FEDS, mogą zostać przesunięte – '
            'aktualizacja harmonogramu jest zadaniem zespołu koordynacyjnego i będzie przedstawiana Lokalnemu '
            'Partnerstwu co pół roku.'))
    d.add(P(R('Tabela 8. Harmonogram realizacji działań MID (wykres Gantta)'), style='Caption'))
    wg = [760, 2718] + [385] * 16
    head1 = [cell([P(R('Nr', b=True, sz=8), style='TableText')], wg[0], vmerge='restart', shd='D5F5E3'),
             cell([P(R('Działanie', b=True, sz=8), style='TableText')], wg[1], vmerge='restart', shd='D5F5E3')]
    for y in (2025, 2026, 2027, 2028):
        head1.append(cell([P(R(str(y), b=True, sz=8), style='TableText', jc='center')], 385 * 4, span=4, shd='D5F5E3'))
    head2 = [cell([P('', style='TableText')], wg[0], vmerge='cont', shd='D5F5E3'),
             cell([P('', style='TableText')], wg[1], vmerge='cont', shd='D5F5E3')]
    for y in range(4):
        for q in ('I', 'II', 'III', 'IV'):
            head2.append(cell([P(R(q, sz=7), style='TableText', jc='center')], 385, shd='D5F5E3'))
    grows = [row(head1, header=True), row(head2, header=True)]
    for a in ACTIONS:
        num = action_numbers[a['title']].rstrip('.')
        kw = {}
        change = None
        if a.get('deleted'):
            change = f'<w:del {d.ins_attrs(ED_C[0], D3)}/>'

            def txt(s, **k):
                return d.dele(s, ED_C[0], D3, **k)
        elif a.get('inserted'):
            change = f'<w:ins {d.ins_attrs(ED_B[0], D2)}/>'

            def txt(s, **k):
                return d.ins(R(s, **k), ED_B[0], D2)
        else:
            def txt(s, **k):
                return R(s, **k)
        cells = [cell([P(txt(num, sz=8), style='TableText')], wg[0]),
                 cell([P(txt(a['short'], sz=8), style='TableText')], wg[1])]
        if a['gantt'] is None:
            cells.append(cell([P(txt(a['gantt_note'], i=True, sz=8), style='TableText', jc='center')], 385 * 16, span=16))
        else:
            s, e = a['gantt']
            for q in range(16):
                cells.append(cell([P('', style='TableText')], 385, shd='1E8449' if s <= q <= e else None))
        grows.append(row(cells, change=change, cant_split=True))
    d.add(table(grows, wg))
    d.add(P('Legenda: zaciemnione pola oznaczają kwartały realizacji działania.', style='Source'))
    d.add(P('Kamienie milowe, których osiągnięcie zespół koordynacyjny będzie raportował w pierwszej kolejności:'))
    d.add(*bullets([
        'IV kw. 2025 – uruchomienie punktu doradztwa i pierwszych 20 czujników;',
        'II kw. 2026 – podpisanie umowy o dofinansowanie zakupu autobusów elektrycznych;',
        'IV kw. 2026 – przyłączenie pierwszych 60 lokali komunalnych i przedstawienie analizy strefy czystego transportu;',
        'IV kw. 2027 – zakończenie wymiany kotłów w zasobie komunalnym objętym MID.',
    ]))

    # ================= 6. Budżet
    b.h(1, 'Budżet i źródła finansowania')
    d.add(P('Koszty działań oszacowano na podstawie dokumentacji projektowej (tam, gdzie była dostępna), cen z '
            'zamówień zrealizowanych w latach 2023–2024 oraz rozeznania rynku. Kwoty podano w cenach brutto. '
            'Tabela 9 zawiera koszty i źródła finansowania w podziale na działania; numery działań odpowiadają '
            'numeracji podrozdziałów rozdziału 4.'))
    d.add(P(R('Tabela 9. Budżet MID w podziale na działania'), style='Caption'))
    wb = [900, 2700, 1900, 4138]
    brows = [row([cell([P(R(h, b=True), style='TableText')], wb[j], shd='D5F5E3')
                  for j, h in enumerate(('Nr działania', 'Działanie (skrót)', 'Koszt całkowity', 'Źródła finansowania'))], header=True)]
    for a in ACTIONS:
        num = action_numbers[a['title']].rstrip('.')
        if a.get('deleted'):
            ch = f'<w:del {d.ins_attrs(ED_C[0], D3)}/>'
            vals = [d.dele(v, ED_C[0], D3) for v in (num, a['short'], a['cost'], a['funding'])]
        elif a.get('inserted'):
            ch = f'<w:ins {d.ins_attrs(ED_B[0], D2)}/>'
            vals = [d.ins(R(v), ED_B[0], D2) for v in (num, a['short'], a['cost'], a['funding'])]
        else:
            ch = None
            vals = [R(num), R(a['short']),
                    d.comment(R(a['cost']), a['comment_cost'], ED_B[0], ED_B[1], D2) if a.get('comment_cost') else R(a['cost']),
                    R(a['funding'])]
        brows.append(row([cell([P(v, style='TableText')], wb[j]) for j, v in enumerate(vals)], change=ch, cant_split=True))
    brows.append(row([cell([P(R('Razem', b=True), style='TableText')], wb[0] + wb[1], span=2, shd='F2F2F2'),
                      cell([P(R('ok. 70,5 mln zł', b=True), style='TableText')], wb[2], shd='F2F2F2'),
                      cell([P(R('bez działań o koszcie nieoszacowanym'), style='TableText')], wb[3], shd='F2F2F2')]))
    d.add(table(brows, wb))
    d.add(P('Źródło: opracowanie własne na podstawie danych jednostek realizujących.', style='Source'))
    d.add(P(R('Struktura finansowania jest zdominowana przez dwa duże projekty inwestycyjne – zakup autobusów i '
              'rozbudowę sieci ciepłowniczej – które łącznie stanowią ok. 72% budżetu. Oba wymagają pozyskania '
              'dofinansowania z programu FEnIKS 2021–2027') +
            d.footnote('Program Fundusze Europejskie na Infrastrukturę, Klimat, Środowisko 2021–2027; nabory '
                       'prowadzi m.in. NFOŚiGW i Centrum Unijnych Projektów Transportowych.') +
            R('. W przypadku niepowodzenia wniosków zespół koordynacyjny przedstawi Lokalnemu Partnerstwu wariant '
              'etapowania inwestycji. Wkład własny Gminy zostanie zabezpieczony w Wieloletniej Prognozie '
              'Finansowej na lata 2025–2035.')))
    d.add(P('Struktura źródeł finansowania (szacunek, bez działań o koszcie nieoszacowanym):'))
    d.add(*bullets([
        'fundusze UE (FEnIKS 2021–2027, FEDS 2021–2027) – ok. 68%;',
        'środki spółek miejskich (MPK, LPEC, ZBK) – ok. 14%;',
        'budżet Gminy Legnica – ok. 12%;',
        'środki WFOŚiGW we Wrocławiu (dotacje i pożyczki) – ok. 6%.',
    ]))

    # ================= 7. Lokalne Partnerstwo
    b.h(1, 'Lokalne Partnerstwo i proces konsultacji')
    b.h(2, 'Skład Lokalnego Partnerstwa')
    d.add(P('Lokalne Partnerstwo (LP) powołano zarządzeniem Prezydenta Miasta w lutym 2024 r. W jego skład weszło '
            '21 osób reprezentujących:'))
    d.add(*bullets([
        'Urząd Miasta Legnicy – Wydział Środowiska i Rolnictwa, Biuro Strategii i Rozwoju, Wydział Edukacji, Straż Miejską;',
        'spółki i jednostki miejskie – MPK, LPEC, Zarząd Budynków Komunalnych, Zarząd Dróg Miejskich, Zarząd Zieleni Miejskiej;',
        'rady osiedli Tarninów, Stare Miasto, Przybków i Kopernik;',
        'organizacje pozarządowe – Legnicki Alarm Smogowy, Stowarzyszenie „Rowerowa Legnica”, Uniwersytet Trzeciego Wieku;',
        'szkoły – dyrektorów SP nr 7 i I LO oraz przedstawicielkę rad rodziców;',
        'przedsiębiorców – Legnicką Izbę Gospodarczą i zarządcę największej wspólnoty mieszkaniowej.',
    ]))
    d.add(P('Koordynatorką LP jest Pełnomocniczka Prezydenta Miasta ds. Jakości Powietrza. Spotkania prowadził '
            'moderator zewnętrzny, co – jak podkreślali uczestnicy w ankiecie ewaluacyjnej – pomogło zrównoważyć '
            'głos urzędników i mieszkańców.'))
    b.h(2, 'Przebieg prac i spotkania')
    d.add(P('W okresie od marca 2024 r. do marca 2025 r. odbyło się dziewięć spotkań i warsztatów Lokalnego '
            'Partnerstwa. Ich wykaz przedstawia tabela 10.'))
    d.add(P(R('Tabela 10. Spotkania Lokalnego Partnerstwa'), style='Caption'))
    meet = [('Lp.', 'Data', 'Spotkanie', 'Temat', 'Uczestnicy'),
            ('1', '14.03.2024', 'Spotkanie inaugurujące', 'Zasady pracy LP, harmonogram, role', '19'),
            ('2', '25.04.2024', 'Warsztat diagnostyczny', 'Mapowanie źródeł niskiej emisji na osiedlach', '23'),
            ('3', '18.05.2024', 'Spacer badawczy Tarninów – Stare Miasto', 'Pomiary pyłomierzem, rozmowy z mieszkańcami', '31'),
            ('4', '20.06.2024', 'Warsztat strategiczny', 'Analiza SWOT, wizja i cele', '21'),
            ('5', '26.09.2024', 'Warsztat kreatywny „Pomysły na czyste powietrze”', 'Zbieranie pomysłów na działania', '27'),
            ('6', '24.10.2024', 'Spotkanie z zarządcami wspólnot', 'Przyłączenia do sieci ciepłowniczej', '16'),
            ('7', '28.11.2024', 'Warsztat priorytetyzacji', 'Ocena i wybór działań, wstępne koszty', '20'),
            ('8', '12.02.2025', 'Warsztat konsultacyjny', 'Omówienie uwag z konsultacji, zmiany w planie działań', '22'),
            ('9', '18.03.2025', 'Spotkanie zamykające', 'Przyjęcie MID, zasady monitoringu', '18')]
    wm = [500, 1150, 3100, 3688, 1200]
    d.add(table([row([cell([P(R(v, b=k == 0), style='TableText', jc='center' if j in (0, 1, 4) else 'left')], wm[j],
                           shd='D5F5E3' if k == 0 else None) for j, v in enumerate(r_)], header=k == 0, cant_split=True)
                 for k, r_ in enumerate(meet)], wm))
    d.add(P('Źródło: listy obecności i notatki ze spotkań LP.', style='Source'))
    d.add(P('Na warsztacie kreatywnym zebrano 64 pomysły. Po ocenie według kryteriów efektu ekologicznego, '
            'wykonalności i kosztu do dalszych prac skierowano 14 z nich; część połączono, a część – jak '
            'miejskie dopłaty do oczyszczaczy powietrza czy zakaz wjazdu ciężarówek do centrum w sezonie '
            'grzewczym – odrzucono jako nieskuteczne lub niemożliwe do wprowadzenia na poziomie gminy.'))
    b.h(2, 'Konsultacje społeczne projektu MID')
    d.add(P('Projekt MID był konsultowany od 7 do 31 stycznia 2025 r. w trybie uchwały Rady Miejskiej w sprawie '
            'zasad konsultacji społecznych. Mieszkańcy mogli zgłaszać uwagi przez formularz internetowy, pocztą '
            'elektroniczną oraz podczas dwóch dyżurów konsultacyjnych w Legnickiej Bibliotece Publicznej. '
            'Wpłynęło 87 uwag od 41 osób i 6 organizacji.'))
    d.add(P(R('Tabela 11. Wybrane uwagi zgłoszone w konsultacjach i sposób ich rozpatrzenia'), style='Caption'))
    cons = [('Lp.', 'Treść uwagi (skrót)', 'Zgłaszający', 'Rozstrzygnięcie'),
            ('1', 'Wyznaczyć strefę czystego transportu w obrębie obwodnicy śródmiejskiej', 'mieszkaniec, os. Stare Miasto', 'uwzględniona częściowo – dodano analizę wykonalności'),
            ('2', 'Zrezygnować z dopłat do ekogroszku, które utrwalają ogrzewanie węglem', 'Legnicki Alarm Smogowy', 'uwzględniona – działanie usunięte'),
            ('3', 'Miejskie dopłaty do oczyszczaczy powietrza dla przedszkoli', 'rada rodziców SP nr 16', 'nieuwzględniona – nie ogranicza emisji'),
            ('4', 'Bezpłatna komunikacja miejska w dni smogowe', 'mieszkanka, os. Piekary', 'nieuwzględniona – skierowana do analizy MPK poza MID'),
            ('5', 'Więcej stojaków rowerowych przy szkołach i przystankach', 'Stowarzyszenie „Rowerowa Legnica”', 'uwzględniona – w zakresie działania dot. dróg rowerowych'),
            ('6', 'Dyżury doradców energetycznych w radach osiedli', 'Rada Osiedla Przybków', 'uwzględniona'),
            ('7', 'Zakaz palenia w kominkach w budynkach wielorodzinnych', 'mieszkaniec, os. Kopernik', 'nieuwzględniona – poza kompetencjami gminy')]
    wcn = [500, 4300, 2200, 2638]
    d.add(table([row([cell([P(R(v, b=k == 0), style='TableText')], wcn[j], shd='D5F5E3' if k == 0 else None)
                      for j, v in enumerate(r_)], header=k == 0, cant_split=True) for k, r_ in enumerate(cons)], wcn))
    d.add(P('Źródło: raport z konsultacji społecznych projektu MID, luty 2025 r.', style='Source'))
    d.add(P('Najwięcej uwag dotyczyło transportu (31), w tym postulatów wyznaczenia strefy czystego transportu i '
            'zwiększenia częstotliwości kursów autobusowych w weekendy. Uwzględniono 29 uwag w całości i 18 '
            'częściowo. W efekcie konsultacji do planu dodano analizę wykonalności strefy czystego transportu oraz '
            'usunięto dopłaty do paliwa stałego. Pełny raport z konsultacji opublikowano w Biuletynie Informacji '
            'Publicznej Urzędu Miasta.'))

    b.h(2, 'Rola Lokalnego Partnerstwa we wdrażaniu MID')
    d.add(P('Po przyjęciu MID Lokalne Partnerstwo nie kończy działalności. Zgodnie z regulaminem przyjętym na '
            'spotkaniu zamykającym LP będzie zbierać się co najmniej dwa razy w roku, aby omawiać raporty z '
            'monitoringu, opiniować propozycje zmian w planie działań i rekomendować Prezydentowi Miasta '
            'ewentualne korekty. Członkowie LP będą także ambasadorami działań w swoich środowiskach – rady '
            'osiedli pomogą w rekrutacji uczestników do punktu doradztwa, a szkoły w realizacji kampanii.'))
    d.add(P('Partnerstwo zaproponowało, aby raz w roku organizować otwarte „Forum czystego powietrza”, na którym '
            'jednostki realizujące zaprezentują mieszkańcom postęp prac, a mieszkańcy będą mogli zgłaszać nowe '
            'pomysły. Pierwsze forum zaplanowano na listopad 2025 r., na początku sezonu grzewczego.'))

    # ================= 8. Monitoring
    b.h(1, 'Monitoring i wskaźniki')
    d.add(P('Monitoring MID prowadzony będzie na dwóch poziomach. Na poziomie działań jednostki realizujące '
            'przekazują Pełnomocnikowi co pół roku informację o postępie rzeczowym i finansowym oraz o wartości '
            'wskaźnika wskazanego w opisie działania. Na poziomie celów zespół koordynacyjny raz w roku analizuje '
            'wskaźniki kontekstowe przedstawione w tabeli 12.'))
    d.add(P(R('Tabela 12. Wskaźniki na poziomie celów'), style='Caption'))
    ind = [('Wskaźnik', 'Wartość bazowa (2023)', 'Wartość docelowa (2028)', 'Źródło danych'),
           ('Liczba dni z przekroczeniem dobowej normy PM10', '26', '≤ 15', 'GIOŚ, stacja al. Rzeczypospolitej'),
           ('Średnioroczne stężenie benzo(a)pirenu', '3,1 ng/m³', '≤ 2,0 ng/m³', 'GIOŚ'),
           ('Liczba przestarzałych źródeł ciepła na paliwo stałe', 'ok. 3 900', '≤ 2 300', 'Centralna Ewidencja Emisyjności Budynków'),
           ('Udział podróży rowerem', '4,2%', '7%', 'badanie ruchu'),
           ('Udział autobusów zeroemisyjnych w taborze MPK', '0%', '18%', 'MPK'),
           ('Odsetek mieszkańców deklarujących wiedzę o programach dotacyjnych', '38%', '60%', 'ankieta miejska')]
    wi = [3900, 1600, 1600, 2538]
    d.add(table([row([cell([P(R(v, b=k == 0), style='TableText')], wi[j], shd='D5F5E3' if k == 0 else None)
                      for j, v in enumerate(r_)], header=k == 0) for k, r_ in enumerate(ind)], wi))
    d.add(P('Źródło: opracowanie własne.', style='Source'))
    d.add(P('Za zbieranie danych odpowiadają jednostki realizujące działania, a za ich agregację i analizę – '
            'Pełnomocnik Prezydenta Miasta ds. Jakości Powietrza. Do oceny efektów wykorzystane zostaną dane '
            'z Centralnej Ewidencji Emisyjności Budynków, sprawozdania z programu „Czyste Powietrze”, dane '
            'sprzedażowe MPK oraz pomiary z miejskiej sieci czujników. Raz w roku przeprowadzona zostanie '
            'krótka ankieta wśród mieszkańców, pozwalająca ocenić zmianę wiedzy i postaw.'))
    d.add(P(R('Tabela 13. Kalendarz raportowania'), style='Caption'))
    cal = [('Produkt monitoringu', 'Częstotliwość', 'Termin', 'Odbiorca'),
           ('Informacja jednostek o postępie działań', 'co pół roku', '15 stycznia i 15 lipca', 'Pełnomocnik'),
           ('Raport półroczny z monitoringu MID', 'co pół roku', '31 stycznia i 31 lipca', 'Lokalne Partnerstwo, operator PIM'),
           ('Raport roczny ze wskaźnikami kontekstowymi', 'raz w roku', '31 marca', 'Prezydent Miasta, Rada Miejska'),
           ('Ewaluacja ex post', 'jednorazowo', 'IV kw. 2028', 'Rada Miejska, mieszkańcy')]
    wcal = [3700, 1500, 2000, 2438]
    d.add(table([row([cell([P(R(v, b=k == 0), style='TableText')], wcal[j], shd='D5F5E3' if k == 0 else None)
                      for j, v in enumerate(r_)], header=k == 0) for k, r_ in enumerate(cal)], wcal))
    d.add(P('Źródło: opracowanie własne.', style='Source'))
    d.add(P('Raport z monitoringu będzie przedstawiany Lokalnemu Partnerstwu, a jego skrót publikowany na stronie '
            'internetowej miasta. Jeżeli dwa kolejne raporty wykażą brak postępu w danym działaniu, zespół '
            'koordynacyjny przygotuje propozycję jego modyfikacji lub zastąpienia innym działaniem. Po '
            'zakończeniu okresu realizacji, w 2028 r., przeprowadzona zostanie ewaluacja ex post przez podmiot '
            'zewnętrzny.'))

    # ================= 9. Ryzyka
    b.h(1, 'Zarządzanie ryzykiem')
    d.add(P('Zespół roboczy zidentyfikował ryzyka, które mogą opóźnić lub uniemożliwić osiągnięcie celów MID. Dla '
            'każdego z nich wskazano sposób ograniczenia.'))
    risks = [
        ('Brak dofinansowania zewnętrznego. ', 'Największe inwestycje (autobusy, sieć ciepłownicza) są uzależnione od '
         'wyniku naborów. Ograniczenie: przygotowanie dokumentacji z wyprzedzeniem, wariant etapowania, rezerwa w WPF.'),
        ('Wzrost kosztów robót budowlanych. ', 'Ceny w przetargach z lat 2023–2024 bywały wyższe od kosztorysów o '
         '20–30%. Ograniczenie: aktualizacja kosztorysów przed ogłoszeniem przetargów, rezerwa 10% w budżetach działań.'),
        ('Niska gotowość mieszkańców do wymiany źródeł ciepła. ', 'Obawy przed kosztami eksploatacji nowego ogrzewania. '
         'Ograniczenie: doradztwo, informacja o dodatkach i programach osłonowych, przykłady sąsiadów, którzy już wymienili kocioł.'),
        ('Sprzeciw części kierowców wobec ograniczeń ruchu. ', 'Dotyczy ulic szkolnych i ewentualnej strefy czystego '
         'transportu. Ograniczenie: pilotaże, pomiary przed i po, rozmowy z rodzicami i przedsiębiorcami.'),
        ('Ograniczenia konserwatorskie. ', 'Mogą wydłużyć prace w kamienicach. Ograniczenie: wczesne uzgodnienia z '
         'Wojewódzkim Konserwatorem Zabytków, typowe rozwiązania dla budynków zabytkowych.'),
        ('Rotacja kadr w jednostkach realizujących. ', 'Ograniczenie: dokumentowanie ustaleń, zastępstwa w zespole '
         'koordynacyjnym, szkolenia dla nowych pracowników.'),
    ]
    for k, (t, desc) in enumerate(risks):
        d.add(P(B(t) + R(desc), style='ListParagraph', num=(11, 0)))
    d.add(P('Rejestr ryzyk będzie przeglądany podczas każdego posiedzenia zespołu koordynacyjnego, a istotne zmiany '
            'oceny ryzyka – raportowane Lokalnemu Partnerstwu.'))
    d.add(P(I('Dokument przyjęty przez Lokalne Partnerstwo 18 marca 2025 r. i zatwierdzony zarządzeniem Prezydenta '
              'Miasta Legnicy nr 214/PM/2025.'), spacing={'before': '480'}, jc='right'))

    # ================= Załącznik (unnumbered heading 1)
    b.h(1, 'Załącznik nr 1 – Wybrane wyniki ankiety mieszkańców', numbered=False)
    d.add(P('Ankieta „Powietrze w Legnicy” była prowadzona od 15 kwietnia do 31 maja 2024 r. w formie '
            'internetowej oraz papierowej (formularze dostępne w radach osiedli, bibliotekach i w Biurze Obsługi '
            'Interesantów UM). Wypełniło ją 1 184 mieszkańców, w tym 212 osób w wersji papierowej. Próba nie '
            'jest reprezentatywna – nadreprezentowane są osoby w wieku 30–49 lat i mieszkańcy Śródmieścia – '
            'dlatego wyniki należy traktować jako jakościowy obraz opinii.'))
    d.add(P(R('Tabela 14. Jak ocenia Pan/Pani jakość powietrza w swojej okolicy w sezonie grzewczym?'), style='Caption'))
    q1 = [('Odpowiedź', 'Liczba wskazań', 'Udział [%]'),
          ('bardzo źle', '402', '34,0'), ('raczej źle', '447', '37,8'), ('ani dobrze, ani źle', '196', '16,6'),
          ('raczej dobrze', '101', '8,5'), ('bardzo dobrze', '21', '1,8'), ('trudno powiedzieć', '17', '1,4')]
    wq1 = [5200, 2200, 2238]
    d.add(table([row([cell([P(R(v, b=k == 0), style='TableText', jc='center' if j else 'left')], wq1[j],
                           shd='D5F5E3' if k == 0 else None) for j, v in enumerate(r_)], header=k == 0)
                 for k, r_ in enumerate(q1)], wq1))
    d.add(P('Źródło: ankieta „Powietrze w Legnicy”, n = 1 184.', style='Source'))
    d.add(P(R('Tabela 15. Co powstrzymuje Pana/Panią przed wymianą źródła ciepła? (odpowiadali właściciele '
              'domów i lokali z ogrzewaniem na paliwo stałe, n = 286, można było wskazać do trzech odpowiedzi)'), style='Caption'))
    q2 = [('Bariera', 'Udział wskazań [%]'),
          ('skomplikowane procedury i formalności („papierologia”)', '46,2'),
          ('obawa przed wyższymi kosztami ogrzewania', '44,8'),
          ('brak środków na wkład własny', '39,5'),
          ('brak wiedzy, jakie źródło ciepła wybrać', '27,3'),
          ('ograniczenia techniczne budynku lub zgoda wspólnoty', '18,9'),
          ('nie planuję wymiany – obecne ogrzewanie mi wystarcza', '11,2')]
    wq2 = [7000, 2638]
    d.add(table([row([cell([P(R(v, b=k == 0), style='TableText', jc='center' if j else 'left')], wq2[j],
                           shd='D5F5E3' if k == 0 else None) for j, v in enumerate(r_)], header=k == 0)
                 for k, r_ in enumerate(q2)], wq2))
    d.add(P('Źródło: ankieta „Powietrze w Legnicy”.', style='Source'))
    d.add(P('W pytaniu otwartym o pomysły na poprawę jakości powietrza najczęściej pojawiały się: częstsze '
            'kontrole palenisk (212 wskazań), rozbudowa sieci ciepłowniczej (158), więcej zieleni przy ulicach '
            '(131), darmowa komunikacja miejska w dni smogowe (97) oraz ścieżki rowerowe łączące osiedla z '
            'centrum (88). Pomysły te zostały przekazane Lokalnemu Partnerstwu jako materiał wejściowy do '
            'warsztatu kreatywnego; nie wszystkie znalazły się w planie działań.'))
    d.add(P(R('Tabela 16. Z jakich źródeł czerpie Pan/Pani informacje o jakości powietrza? (można było '
              'wskazać kilka odpowiedzi)'), style='Caption'))
    q3 = [('Źródło informacji', 'Udział wskazań [%]'),
          ('aplikacje mobilne i serwisy pogodowe', '58,4'), ('media społecznościowe', '41,0'),
          ('strona internetowa GIOŚ', '17,6'), ('lokalne media (radio, portale)', '22,9'),
          ('strona internetowa Urzędu Miasta', '9,8'), ('nie sprawdzam', '14,1')]
    d.add(table([row([cell([P(R(v, b=k == 0), style='TableText', jc='center' if j else 'left')], wq2[j],
                           shd='D5F5E3' if k == 0 else None) for j, v in enumerate(r_)], header=k == 0)
                 for k, r_ in enumerate(q3)], wq2))
    d.add(P('Źródło: ankieta „Powietrze w Legnicy”.', style='Source'))

    # ---------------- insert TOC + abbreviations now that headings are known
    toc = [P(R('Spis treści'), style='TOCHeading', page_before=True)]
    entries = b.headings
    for k, (lvl, num, text, bm) in enumerate(entries):
        pg = str(toc_pages[k]) if toc_pages else '0'
        label = f'{num}\t{text}' if num else text
        link = (f'<w:hyperlink w:anchor="{bm}" w:history="1">' + R(label) + R('\t') + R(pg) + '</w:hyperlink>')
        if k == 0:
            link = (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
                    f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>') + link
        ind_left = {1: 0, 2: 284, 3: 567}[lvl]
        hang = {1: 425, 2: 567, 3: 709}[lvl]
        if num:
            toc.append(P(link, style=f'TOC{lvl}', tabs=[('left', ind_left + hang, None), ('right', 9628, 'dot')],
                         ind={'left': str(ind_left + hang), 'hanging': str(hang)}))
        else:
            toc.append(P(link, style=f'TOC{lvl}'))
    toc.append(P('<w:r><w:fldChar w:fldCharType="end"/></w:r>', style='TOC1'))
    abbr = [('CEEB', 'Centralna Ewidencja Emisyjności Budynków'), ('FEDS', 'Fundusze Europejskie dla Dolnego Śląska 2021–2027'),
            ('FEnIKS', 'Fundusze Europejskie na Infrastrukturę, Klimat, Środowisko 2021–2027'),
            ('GIOŚ', 'Główny Inspektorat Ochrony Środowiska'), ('LOF', 'Legnicki Obszar Funkcjonalny'),
            ('LP', 'Lokalne Partnerstwo'), ('LPEC', 'Legnickie Przedsiębiorstwo Energetyki Cieplnej Sp. z o.o.'),
            ('MID', 'Miejska Inicjatywa Działania'), ('MPK', 'Miejskie Przedsiębiorstwo Komunikacyjne Sp. z o.o. w Legnicy'),
            ('PIM', 'Partnerska Inicjatywa Miast'), ('UM', 'Urząd Miasta Legnicy'), ('WPF', 'Wieloletnia Prognoza Finansowa'),
            ('WFOŚiGW', 'Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej we Wrocławiu'),
            ('ZBK', 'Zarząd Budynków Komunalnych Sp. z o.o.'), ('ZIT', 'Zintegrowane Inwestycje Terytorialne')]
    ab = [P(R('Wykaz skrótów', b=True, sz=12, color='0B5345'), spacing={'before': '360'}, keep_next=True)]
    wa = [1600, 8038]
    ab.append(table([row([cell([P(R(x, b=True), style='TableText')], wa[0]), cell([P(R(y), style='TableText')], wa[1])])
                     for x, y in abbr], wa, borders=False))
    # cover is its own section (title page); TOC starts new page via page_before
    d.body[toc_pos:toc_pos] = toc + ab
    final = sect_pr(header_rid='rIdHdr1', footer_rid='rIdFtr1', first_header_rid='rIdHdrFirst',
                    first_footer_rid='rIdFtrFirst', title_pg=True)
    return d, final, b.headings, action_numbers


def gold_actions(action_numbers):
    out = []
    for a in ACTIONS:
        if a.get('deleted'):
            continue
        vals = {
            'responsible': a['resp'][1] if a.get('resp') else None,
            'timeline': (a['time_change'][2] if a.get('time_change') else (a['time'][1] if a.get('time') else None)),
            'cost': None if a['cost'] in ('do oszacowania', 'b.d.', '—') else a['cost'],
            'funding': a['funding'],
            'indicator': a['ind'][1] if a.get('ind') else None,
        }
        out.append({'title': a['title'], 'theme': a['theme'], 'secondary_themes': a['secondary'],
                    'responsible': vals['responsible'] is not None, 'timeline': vals['timeline'] is not None,
                    'cost': vals['cost'] is not None, 'indicator': vals['indicator'] is not None,
                    'type': None, 'values': vals})
    return out


def gold(pages, action_numbers):
    return {
        'file': FILE, 'document_type': 'mid', 'city': 'Legnica', 'network': 'air_quality', 'status': 'final',
        'text_layer': True, 'pages': pages,
        'sections': {'summary': 'present', 'context': 'present', 'objectives': 'present', 'actions': 'present',
                     'schedule': 'present', 'budget': 'present', 'stakeholders': 'present',
                     'indicators': 'present', 'risks': 'present'},
        'actions': gold_actions(action_numbers),
        'traps': ['auto_numbered_headings_number_not_in_text', 'cached_toc_field',
                  'tracked_deletion_whole_action', 'tracked_insertion_whole_action',
                  'tracked_change_timeline_value', 'comments_on_values',
                  'cost_funding_only_in_budget_table_keyed_by_number', 'gantt_table_no_dates',
                  'timeline_only_deferred_in_gantt', 'indicator_deferred_in_prose',
                  'responsible_deferred_in_prose', 'cost_do_oszacowania',
                  'past_projects_table_decoy', 'complementary_projects_table_decoy',
                  'lp_meeting_table_decoy', 'objectives_list_decoy', 'boxed_frame_good_practice_decoy',
                  'rejected_ideas_in_prose', 'swot_table', 'footnotes'],
        'notes': ('Actions are level-3 headings (auto-numbered 4.x.y via numbering.xml; the numbers are not in the text) '
                  'under "Cel szczegółowy" level-2 headings. Responsible/timeline/indicator are in prose; cost and '
                  'funding only in Tabela 9 keyed by the (rendered) heading number. Action 4.1.4 "Dopłaty do zakupu '
                  'ekogroszku…" is a tracked deletion (also its Gantt and budget rows) and is not an action; 4.2.4 '
                  '"Analiza wykonalności strefy czystego transportu…" is a tracked insertion and counts (responsible '
                  'deferred to a future order -> null; cost "do oszacowania" -> null). In 4.2.1 the timeline "2025–2026" '
                  'is deleted and "I kw. 2026 – IV kw. 2027" inserted. Kampania "Legnica oddycha" has no timeline in '
                  'prose and its Gantt row says the date will be set after the tender -> null. Zielone bufory: indicator '
                  'deferred ("zostanie określony") -> null. Tabela 5 (past projects), Tabela 6 (complementary projects), '
                  'Ramka 1, Tabela 10 (LP meetings) and Tabela 11 (consultation comments) are decoys. Costs like "90 000 zł na sezon grzewczy (3 sezony)" '
                  'are copied as printed.'),
    }
