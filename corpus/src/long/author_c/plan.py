# -*- coding: utf-8 -*-
"""Plan Ulepszeń sieci „Mobilność miejska” – DOCX with auto-numbered heading styles,
ToC field, comments, tracked changes, footnotes, landscape section."""
import ooxml as X
from ooxml import run, para, field, table, esc
from plan_text import (CITIES, CITY_NOTES, WORKSHOPS, BARRIER_MATRIX, SPENDING, POSTULATY,
                       PREVIOUS, RECS, ABBREV)

FILE = 'Plan_Ulepszen_siec_mobilnosc_miejska.docx'
AUTH_A = 'Marta Wiśniewska'
AUTH_B = 'Tomasz Wierzbicki'
DATE_INS = '2025-02-24T09:12:00Z'
DATE_DEL = '2025-02-24T09:10:00Z'

NUM_HEAD, NUM_BUL, NUM_DEC = 1, 2, 3


def numbering_xml():
    heads = X.abstract(0, [
        X.lvl(0, 'decimal', '%1.', 432, 432, pstyle='Heading1'),
        X.lvl(1, 'decimal', '%1.%2.', 737, 737, pstyle='Heading2'),
        X.lvl(2, 'decimal', '%1.%2.%3.', 964, 964, pstyle='Heading3'),
    ])
    bul = X.abstract(1, [X.lvl(0, 'bullet', '\u2013', 720, 360), X.lvl(1, 'bullet', 'o', 1440, 360)],
                     multi=False)
    dec = X.abstract(2, [X.lvl(0, 'decimal', '%1)', 720, 360)], multi=False)
    return X.numbering([heads, bul, dec], [(NUM_HEAD, 0), (NUM_BUL, 1), (NUM_DEC, 2)])


class PlanBuilder:
    def __init__(self, toc_pages):
        self.d = X.Doc()
        self.toc_pages = toc_pages or {}
        self.heads = []            # (level, number, text, bookmark, toc_text)
        self.cnt = [0, 0, 0]
        self.tab_no = 0

    # ------------------------------------------------------------ helpers
    def h(self, level, text, numbered=True, toc_text=None, page_break=False, mark=None):
        d = self.d
        if numbered:
            self.cnt[level - 1] += 1
            for k in range(level, 3):
                self.cnt[k] = 0
            number = '.'.join(str(c) for c in self.cnt[:level]) + '.'
        else:
            number = ''
        if mark == 'del':
            runs = d.dele(run(text, deleted=True), AUTH_A, DATE_DEL)
            d.add(para(runs, style='Heading%d' % level,
                       mark_rpr=d.mark('del', AUTH_A, DATE_DEL)))
            if numbered:   # deleted heading does not consume the number in the final text
                self.cnt[level - 1] -= 1
            return
        runs = run(text)
        mrpr = ''
        if mark == 'ins':
            runs = d.ins(runs, AUTH_A, DATE_INS)
            mrpr = d.mark('ins', AUTH_A, DATE_INS)
        bm, xml = d.bookmark(runs)
        self.heads.append((level, number, text, bm, toc_text or text))
        d.add(para(xml, style='Heading%d' % level, num=None if numbered else (0, 0),
                   page_break=page_break, mark_rpr=mrpr))

    def p(self, text, **kw):
        self.d.p(text, **kw)

    def bullets(self, items, num=NUM_BUL):
        for it in items:
            self.d.add(para(self.d.inline(it), style='ListParagraph', num=(num, 0), jc='left'))

    def caption(self, text):
        self.d.add(para(run(text), style='Caption'))

    def table_caption(self, text):
        self.tab_no += 1
        self.caption('Tabela %d. %s' % (self.tab_no, text))
        return self.tab_no

    def source(self, text):
        self.d.add(para(run(text), style='Source'))

    def labelled(self, label, value_xml, mark=None, last=False):
        d = self.d
        content = run(label + ': ', b=True) + value_xml
        mrpr = ''
        if mark == 'ins':
            content = d.ins(content, AUTH_A, DATE_INS)
            mrpr = d.mark('ins', AUTH_A, DATE_INS)
        elif mark == 'del':
            content = d.dele(run(label + ': ', b=True, deleted=True) + value_xml, AUTH_A, DATE_DEL)
            mrpr = d.mark('del', AUTH_A, DATE_DEL)
        d.add(para(content, ind_left=284, after=200 if last else 40, jc='left', mark_rpr=mrpr))

    # ------------------------------------------------------------ parts
    def cover(self):
        d = self.d
        d.add(para(run('PARTNERSKA INICJATYWA MIAST', b=True, sz=13, color='FFFFFF'),
                   shd='1F3864', jc='center', before=0, after=0))
        d.add(para(run('Sieć tematyczna „Mobilność miejska”', sz=12, color='FFFFFF'),
                   shd='2F5496', jc='center', after=1400))
        d.add(para(run('PLAN ULEPSZEŃ', b=True, sz=30, color='1F3864'), jc='center', after=200))
        d.add(para(run('Rekomendacje miast sieci dla administracji rządowej', sz=16, color='1F3864'),
                   jc='center', after=600))
        d.add(para(run('Leszno · Piła · Stargard · Ełk · Zamość · Kutno · Nowy Sącz · '
                       'Ostrowiec Świętokrzyski · Bełchatów', i=True, sz=11), jc='center', after=1800))
        d.add(para(run('Wersja ostateczna', b=True, sz=13), jc='center', after=60))
        d.add(para(run('przyjęta przez Komitet Sterujący sieci w dniu 12 marca 2025 r.', sz=11),
                   jc='center', after=1400))
        d.add(para(run('Opracowanie: zespół roboczy sieci pod kierunkiem miasta wiodącego – Leszna, '
                       'przy wsparciu eksperta wiodącego sieci', sz=10), jc='center', after=60))
        d.add(para(run('Leszno, marzec 2025 r.', sz=10), jc='center', after=0))

    def toc(self, heads):
        """Cached ToC field (entries from the previous pass)."""
        d = self.d
        if not heads:
            return
        d.add(para(run('Spis treści'), style='TOCHeading', page_break=True))
        begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                 '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
                 '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        for k, (level, number, text, bm, toc_text) in enumerate(heads):
            page = str(self.toc_pages.get(bm, 0) or '')
            inner = (run(number + '\t') if number else '') + run(toc_text) + run('\t') + \
                field('PAGEREF %s \\h' % bm, page)
            hl = '<w:hyperlink w:anchor="%s" w:history="1">%s</w:hyperlink>' % (bm, inner)
            d.add(para((begin if k == 0 else '') + hl, style='TOC%d' % level))
        d.add(para('<w:r><w:fldChar w:fldCharType="end"/></w:r>', after=0))

    # ------------------------------------------------------------ build
    def build(self, toc_heads):
        d = self.d
        self.cover()
        self.toc(toc_heads)

        self.h(1, 'Wykaz skrótów', numbered=False, page_break=True)
        d.add(table([['Skrót', 'Rozwinięcie']] + [[a, b] for a, b in ABBREV], [1800, 7300], sz=9))
        d.add(para('', after=0))

        self.chapter_intro()
        self.chapter_diagnosis()
        self.chapter_recs()
        self.chapter_addressees()
        self.chapter_implementation()
        self.annex()
        return self.d

    # ============================================================ chapter 1
    def chapter_intro(self):
        d = self.d
        self.h(1, 'Wprowadzenie', page_break=True)
        self.h(2, 'Partnerska Inicjatywa Miast i sieć „Mobilność miejska”')
        self.p('Partnerska Inicjatywa Miast (PIM) jest programem współpracy miast średnich, w którym '
               'samorządy wspólnie z ekspertami przygotowują dokumenty strategiczne i operacyjne, a '
               'równocześnie zbierają doświadczenia z barier, na jakie napotykają w codziennej pracy. '
               'Efektem pracy każdej sieci tematycznej są dwa rodzaje dokumentów: miejskie inicjatywy '
               'działania przygotowywane przez poszczególne miasta oraz wspólny Plan Ulepszeń, który '
               'zbiera wnioski kierowane do administracji rządowej i instytucji centralnych.')
        self.p('Sieć „Mobilność miejska” rozpoczęła pracę w listopadzie 2023 r. i skupia dziewięć miast '
               'liczących od ok. 41 do ok. 83 tys. mieszkańców, położonych w siedmiu województwach. Miastem '
               'wiodącym jest Leszno, które koordynowało harmonogram spotkań, obieg dokumentów i redakcję '
               'niniejszego Planu. Pracom towarzyszył ekspert wiodący sieci oraz eksperci tematyczni '
               'zapraszani na poszczególne warsztaty[[fn:Lista ekspertów i przedstawicieli miast '
               'uczestniczących w warsztatach znajduje się w dokumentacji sieci prowadzonej przez miasto '
               'wiodące; nie jest ona częścią Planu.]].')
        self.p('Plan Ulepszeń nie powtarza treści miejskich inicjatyw działania. Jego przedmiotem są te '
               'problemy, których miasta nie mogą rozwiązać samodzielnie – ponieważ wynikają z przepisów '
               'rangi ustawowej lub rozporządzeń, z konstrukcji krajowych programów finansowych, z podziału '
               'kompetencji między zarządców dróg albo z braku dostępnych danych i wiedzy. Każda rekomendacja '
               'wskazuje więc adresata po stronie rządowej, proponowany termin i oczekiwany efekt.')

        self.h(2, 'Miasta sieci')
        self.p('Miasta sieci różnią się położeniem, strukturą gospodarczą i dojrzałością polityki '
               'mobilności, ale łączy je kilka cech: rosnący wskaźnik motoryzacji (od 610 do 705 '
               'samochodów osobowych na 1000 mieszkańców), spadek liczby pasażerów komunikacji miejskiej '
               'w porównaniu z okresem sprzed pandemii oraz ograniczone zasoby kadrowe urzędów w zakresie '
               'planowania transportu. Podstawowe dane zestawiono w tabeli 1.')
        n = self.table_caption('Miasta sieci „Mobilność miejska” – podstawowe dane (stan na 2023 r.)')
        rows = [['Miasto', 'Ludność', 'Pow. [km²]', 'Operator komunikacji miejskiej', 'Linie',
                 'Autobusy', 'Udział podróży transportem zbiorowym [%]', 'Udział podróży rowerem [%]',
                 'Plan zrównoważonej mobilności']]
        rows += [list(c) for c in CITIES]
        d.add(table(rows, [1500, 850, 750, 1900, 600, 800, 1000, 900, 1300], sz=8,
                    jc_cols=['left', 'right', 'right', 'left', 'right', 'right', 'right', 'right', 'left']))
        self.source('Źródło: opracowanie własne na podstawie danych GUS (BDL), ankiety sieci z marca 2024 r. '
                    'oraz informacji operatorów. Udziały podróży według ostatnich badań ruchu w danym mieście.')
        self.p('Poniżej krótko scharakteryzowano każde z miast z perspektywy problemów, które zgłaszało w '
               'trakcie prac sieci. Charakterystyki nie zastępują diagnoz zawartych w miejskich inicjatywach '
               'działania.')
        for name, note in CITY_NOTES:
            self.p('**%s.** %s' % (name, note))

        self.h(2, 'Przebieg prac nad Planem Ulepszeń')
        self.p('Prace nad Planem trwały szesnaście miesięcy. Bariery zbierano trzema drogami: poprzez '
               'ankietę skierowaną do urzędów i operatorów transportu (marzec 2024 r.), w trakcie warsztatów '
               'tematycznych oraz w rozmowach indywidualnych prowadzonych przez eksperta wiodącego. Spotkania '
               'sieci odbyły się w następującym porządku:')
        self.bullets(WORKSHOPS)
        self.p('Po każdym warsztacie miasto wiodące przygotowywało notatkę z listą zgłoszonych problemów, '
               'którą uczestnicy mogli uzupełnić w ciągu dwóch tygodni. Na tej podstawie powstała baza 208 '
               'barier, pogrupowana w rozdziale 2 według czterech kategorii: prawnej, finansowej, '
               'organizacyjnej oraz wiedzy i danych. Projekt Planu był konsultowany z miastami w okresie '
               'od 20 stycznia do 14 lutego 2025 r.; zgłoszono 47 uwag, z których 31 uwzględniono w całości '
               'lub częściowo.')
        self.h(2, 'Zakres i struktura dokumentu')
        self.p('Rozdział 2 przedstawia diagnozę barier zgłoszonych przez miasta, uzupełnioną o dane '
               'statystyczne oraz postulaty zebrane na warsztatach. Rozdział 3 zawiera rekomendacje sieci, '
               'przy czym rekomendacje nr 1–7 opisano szczegółowo w podrozdziałach, a rekomendacje nr 8–11 '
               'przedstawiono w formie zestawienia tabelarycznego. Rozdział 4 porządkuje rekomendacje według '
               'instytucji, do których są kierowane, a rozdział 5 opisuje sposób przekazania Planu, '
               'monitorowania odpowiedzi resortów i aktualizacji dokumentu.')

    # ============================================================ chapter 2
    def chapter_diagnosis(self):
        d = self.d
        self.h(1, 'Diagnoza barier zgłoszonych przez miasta', page_break=True)
        self.h(2, 'Źródła informacji i sposób klasyfikacji barier')
        self.p('Za barierę uznawano każdy czynnik zewnętrzny wobec miasta, który w ocenie jego '
               'przedstawicieli utrudnia lub uniemożliwia realizację działań na rzecz zrównoważonej '
               'mobilności. Nie ujmowano w bazie problemów wynikających wyłącznie z decyzji lokalnych – '
               'np. braku zgody rady miasta na zwiększenie dopłaty do komunikacji – chyba że ich źródłem '
               'była konstrukcja przepisów lub programów krajowych.')
        self.p('Każdą barierę przypisano do jednej kategorii głównej. Najwięcej zgłoszeń dotyczyło '
               'finansowania (66), następnie przepisów prawa (51), organizacji i podziału kompetencji (45) '
               'oraz dostępu do wiedzy i danych (46). Rozkład zgłoszeń według miast przedstawia tabela 2.')
        self.table_caption('Liczba barier zgłoszonych przez miasta według kategorii')
        rows = [['Miasto', 'Prawne', 'Finansowe', 'Organizacyjne', 'Wiedza i dane', 'Razem']]
        tot = [0, 0, 0, 0]
        for c, *v in BARRIER_MATRIX:
            rows.append([c] + [str(x) for x in v] + [str(sum(v))])
            tot = [a + b for a, b in zip(tot, v)]
        rows.append([dict(t='Razem', b=True)] + [dict(t=str(x), b=True) for x in tot] +
                    [dict(t=str(sum(tot)), b=True)])
        d.add(table(rows, [2900, 1200, 1200, 1400, 1300, 1100], sz=9,
                    jc_cols=['left'] + ['right'] * 5))
        self.source('Źródło: baza barier sieci, stan na 30 listopada 2024 r.')
        self.p('Rozkład nie jest równomierny. Zamość i Leszno, które mają przyjęte plany mobilności i '
               'realizują projekty uspokojenia ruchu, częściej napotykają ograniczenia prawne. Ostrowiec '
               'Świętokrzyski i Piła, borykające się z rosnącą dopłatą do komunikacji miejskiej, zgłaszały '
               'głównie bariery finansowe. Ełk, który dopiero przygotowuje się do opracowania planu '
               'mobilności, wskazał najwięcej problemów z dostępem do danych.')

        self.h(2, 'Bariery prawne')
        self.p('Bariery prawne koncentrują się wokół trzech aktów: ustawy – Prawo o ruchu '
               'drogowym[[fn:Ustawa z dnia 20 czerwca 1997 r. – Prawo o ruchu drogowym (Dz.U. z 2024 r. '
               'poz. 1251 z późn. zm.).]], ustawy o drogach publicznych[[fn:Ustawa z dnia 21 marca 1985 r. '
               'o drogach publicznych (Dz.U. z 2024 r. poz. 320 z późn. zm.).]] oraz przepisów wykonawczych '
               'dotyczących znaków i sygnałów drogowych i warunków technicznych dla dróg. Miasta zwracały '
               'uwagę, że przepisy te są w wielu miejscach dostosowane do realiów dróg zamiejskich i '
               'dużych arterii, a nie do gęstej sieci ulic lokalnych w miastach średnich.')
        self.p('Najczęściej zgłaszane problemy to:')
        self.bullets([
            'czasochłonna procedura wprowadzania stref ograniczonej prędkości – każda zmiana organizacji '
            'ruchu wymaga osobnego projektu, opinii policji i zatwierdzenia;',
            'brak możliwości ustalenia 30 km/h jako prędkości domyślnej na drogach gminnych;',
            'niedostosowanie przepisów o strefach czystego transportu do skali miast średnich;',
            'ograniczone uprawnienia straży miejskiej w zakresie kontroli parkowania na chodnikach i '
            'drogach rowerowych;',
            'brak wymogu projektowania infrastruktury rowerowej przy przebudowie dróg innych zarządców '
            'przebiegających przez miasto.'])
        self.p('W Zamościu przygotowanie projektu organizacji ruchu dla strefy Tempo 30 obejmującej '
               'Nowe Miasto trwało łącznie 11 miesięcy, z czego ponad pięć zajęło uzgadnianie oznakowania '
               'na skrzyżowaniach z drogą wojewódzką. Kutno wskazało, że po przebudowie ulicy '
               'Narutowicza przez zarząd województwa nie powstała na niej droga rowerowa, choć ulica ta '
               'łączy dwa istniejące ciągi rowerowe – zarządca uznał, że przepisy tego nie wymagają.')

        self.h(2, 'Bariery finansowe')
        self.p('W latach 2019–2023 dopłata miast sieci do komunikacji miejskiej w przeliczeniu na '
               'mieszkańca wzrosła średnio o ok. 54%. Wzrost kosztów wynikał przede wszystkim z cen paliwa i '
               'energii oraz z podwyżek wynagrodzeń kierowców, których brakuje na lokalnych rynkach pracy. '
               'Jednocześnie wskaźnik pokrycia kosztów przychodami z biletów spadł w większości miast '
               'poniżej 35%.')
        self.table_caption('Dopłata gminy do komunikacji miejskiej w przeliczeniu na mieszkańca [zł] '
                           'i pokrycie kosztów przychodami z biletów')
        rows = [['Miasto', '2019', '2021', '2023', 'Zmiana 2019–2023', 'Pokrycie kosztów biletami 2023 [%]']]
        for c, a, b, e, cov in SPENDING:
            ch = round((int(e) - int(a)) * 100 / int(a))
            rows.append([c, a, b, e, '+%d%%' % ch, cov])
        d.add(table(rows, [2900, 1000, 1000, 1000, 1500, 1700], sz=9,
                    jc_cols=['left'] + ['right'] * 5))
        self.source('Źródło: sprawozdania budżetowe miast (Rb-28S), dane operatorów; obliczenia własne.')
        self.p('Miasta wskazywały także na strukturalną słabość krajowych programów wsparcia. Fundusz '
               'rozwoju przewozów autobusowych dotyczy wyłącznie linii wykraczających poza granice gminy. '
               'Programy na zakup taboru zeroemisyjnego rozdzielają finansowanie autobusów, stacji '
               'ładowania i przyłączy, a nabory na drogi lokalne premiują długość przebudowywanego odcinka, '
               'a nie efekt dla bezpieczeństwa. Drobne inwestycje – wyniesione przejścia, azyle, stojaki '
               'rowerowe – trudno sfinansować inaczej niż z własnego budżetu.')
        self.p('Dodatkowym obciążeniem jest wkład własny i koszt przygotowania dokumentacji. Ostrowiec '
               'Świętokrzyski zrezygnował w 2023 r. z ubiegania się o dofinansowanie dwóch węzłów '
               'przesiadkowych, ponieważ nie był w stanie zapewnić 20% wkładu własnego przy jednoczesnym '
               'wzroście dopłaty do komunikacji[[fn:Informacja Wydziału Rozwoju i Funduszy Zewnętrznych UM '
               'w Ostrowcu Świętokrzyskim przekazana na warsztacie w Stargardzie, kwiecień 2024 r.]].')

        self.h(2, 'Bariery organizacyjne')
        self.p('Drogi przebiegające przez miasta sieci mają różnych zarządców: w Nowym Sączu przez '
               'centrum biegną dwie drogi krajowe, w Pile i Kutnie – drogi wojewódzkie, a w każdym mieście '
               'także drogi powiatowe, którymi w miastach na prawach powiatu zarządza prezydent, ale w '
               'pozostałych – starosta. Konsekwencją jest długie uzgadnianie nawet drobnych zmian, np. '
               'przesunięcia przystanku czy wydłużenia fazy zielonej dla pieszych.')
        self.p('Drugą grupą barier organizacyjnych jest współpraca z gminami sąsiednimi. Sześć miast '
               'sieci obsługuje komunikacją miejską co najmniej jedną gminę ościenną na podstawie '
               'porozumienia międzygminnego. Porozumienia zawierane są na rok, a ich warunki finansowe '
               'bywają przedmiotem sporów, co zniechęca operatorów do planowania taboru w dłuższym '
               'horyzoncie. Stargard wskazał także na brak wspólnej taryfy z koleją aglomeracyjną.')
        self.p('Trzecią grupą jest brak jednego partnera po stronie rządowej. Sprawy mobilności '
               'miejskiej rozkładają się na co najmniej cztery resorty (infrastruktury, klimatu i '
               'środowiska, funduszy i polityki regionalnej oraz spraw wewnętrznych w części dotyczącej '
               'bezpieczeństwa ruchu), a miasta średnie nie mają reprezentacji w gremiach, w których '
               'przygotowuje się zmiany przepisów.')
        d.add(para(run('Ramka 1. Dobra praktyka z Bełchatowa – wspólne zamówienie na ładowarki', b=True,
                       color='1F3864'), border='2F5496', shd='EEF3FA', keep_next=True, after=0, jc='left'))
        d.add(para(d.inline('MZK Bełchatów przygotował w 2022 r. zamówienie na autobusy elektryczne '
                            'razem z dostawą ładowarek i serwisem na osiem lat. Pozwoliło to uniknąć '
                            'przestojów taboru, które wystąpiły w innych miastach. Ramka ilustruje '
                            'doświadczenie miasta – nie jest rekomendacją Planu.'),
                   border='2F5496', shd='EEF3FA', after=240))

        self.h(2, 'Bariery w obszarze wiedzy i danych')
        self.p('Miasta sieci prowadzą kompleksowe badania ruchu średnio raz na osiem lat. Koszt takiego '
               'badania (od ok. 250 do ok. 400 tys. zł) jest dla nich znaczący, a wyniki – zebrane według '
               'różnych metodyk – są trudno porównywalne. Tylko trzy miasta dysponują stałymi punktami '
               'pomiaru ruchu rowerowego, a żadne nie ma systematycznych danych o ruchu pieszym.')
        self.p('Uczestnicy warsztatu w Ełku zwracali uwagę, że dane zbierane przez instytucje '
               'centralne – np. wyniki Generalnego Pomiaru Ruchu czy dane o zdarzeniach drogowych z systemu '
               'policyjnego – są dostępne z opóźnieniem lub w formie niewygodnej do analiz. Brakuje też '
               'źródła wiedzy o rozwiązaniach sprawdzonych w miastach podobnej wielkości; urzędnicy '
               'korzystają głównie z przykładów z dużych miast, których nie da się wprost przenieść.')
        self.p('Ostatnią barierą jest niewielka liczba specjalistów. W sześciu miastach sprawami '
               'planowania transportu zajmują się mniej niż trzy osoby, często łącząc je z zarządzaniem '
               'drogami lub inwestycjami. Rotacja kadr powoduje, że wiedza zdobyta przy jednym projekcie '
               'nie jest wykorzystywana w następnym.')

        self.h(2, 'Postulaty miast zebrane podczas warsztatów')
        self.p('Oprócz barier miasta zgłaszały konkretne postulaty zmian. Postulaty te stanowiły materiał '
               'wyjściowy do prac nad rekomendacjami; część z nich została połączona lub uogólniona w '
               'rozdziale 3, a część – jako dotycząca pojedynczych przypadków lub kompetencji samorządu '
               'województwa – nie została przeniesiona do Planu. Pełną listę postulatów przedstawia '
               'poniższa tabela.')
        self.caption('Postulaty miast')
        rows = [['Lp.', 'Miasto', 'Postulat', 'Kategoria']]
        for k, (c, t, cat) in enumerate(POSTULATY, 1):
            rows.append(['%d.' % k, c, t, cat])
        d.add(table(rows, [600, 1900, 5200, 1400], sz=9))
        self.source('Źródło: notatki z warsztatów sieci, listopad 2023 – listopad 2024 r.')

        self.h(2, 'Rekomendacje poprzedniej edycji i stan ich realizacji')
        self.p('W latach 2021–2022 część miast obecnej sieci (Leszno, Zamość i Kutno) uczestniczyła w '
               'pilotażowej edycji programu. Przygotowany wówczas Plan Ulepszeń zawierał pięć rekomendacji. '
               'Zestawiono je poniżej wyłącznie w celach informacyjnych – nie są one częścią niniejszego '
               'Planu, a ich aktualność oceniono przy formułowaniu nowych rekomendacji.')
        self.table_caption('Rekomendacje Planu Ulepszeń z edycji pilotażowej (2021–2022) – do wglądu')
        rows = [['Nr', 'Rekomendacja z 2021 r.', 'Adresat', 'Stan realizacji (XII 2024)']]
        rows += [list(r) for r in PREVIOUS]
        d.add(table(rows, [1000, 4700, 2000, 1400], sz=9))
        self.p('Dwie z pięciu rekomendacji zostały wdrożone w całości lub w części. Niewdrożone '
               'rekomendacje R1/2021 i R4/2021 nie zostały powtórzone w obecnym brzmieniu; problem, '
               'którego dotyczyła rekomendacja R4/2021, podejmuje w zmienionej formie rekomendacja nr 7.')

    # ============================================================ chapter 3
    def rec_prose(self, r):
        d = self.d
        self.h(3, 'Rekomendacja %d. %s' % (r['no'], r['title']))
        self.p('**Uzasadnienie.** ' + r['why'][0])
        for w in r['why'][1:]:
            self.p(w)
        addr = run(r['addressee'])
        if r.get('comment'):
            a, dt, txt = r['comment']
            addr = d.comment(a, dt, txt, addr)
        self.labelled('Adresat', addr)
        self.labelled('Typ rekomendacji', run(r['type_pl']))
        self.labelled('Proponowany termin', run(r['deadline']))
        self.labelled('Oczekiwany efekt / wskaźnik', run(r['effect']), last=True)

    def rec_card(self, r):
        d = self.d
        self.h(3, 'Rekomendacja %d. %s' % (r['no'], r['title']))
        self.p('**Uzasadnienie.** ' + r['why'][0])
        for w in r['why'][1:]:
            self.p(w)
        self.caption('Parametry rekomendacji nr %d' % r['no'])

        def cellp(xml):
            return para(xml, style='TableText')
        if r.get('deadline_old'):
            dl = d.dele(run(r['deadline_old'], deleted=True), AUTH_B, '2025-02-18T13:58:00Z') + \
                d.ins(run(r['deadline']), AUTH_B, '2025-02-18T13:58:00Z')
        else:
            dl = run(r['deadline'])
        cost = run(r['cost'])
        if r.get('comment') and r.get('comment_on') == 'cost':
            a, dt, txt = r['comment']
            cost = d.comment(a, dt, txt, cost)
        rows = [['Adresat', dict(paras=cellp(run(r['addressee'])))],
                ['Typ rekomendacji', r['type_pl']],
                ['Proponowany termin', dict(paras=cellp(dl))],
                ['Szacowany koszt', dict(paras=cellp(cost))],
                ['Źródło finansowania', r['funding']],
                ['Oczekiwany efekt / wskaźnik', r['effect']]]
        rows = [[dict(t=a, b=True, shd='EAF0F8'), b] for a, b in rows]
        d.add(table(rows, [2600, 6500], header_rows=0, sz=9))
        d.add(para('', after=120))

    def rec_deleted(self, r):
        d = self.d
        self.h(3, 'Rekomendacja %d. %s' % (r['no'], r['title']), mark='del')
        txt = 'Uzasadnienie. ' + ' '.join(r['why'])
        d.add(para(d.dele(run(txt, deleted=True), AUTH_A, DATE_DEL),
                   mark_rpr=d.mark('del', AUTH_A, DATE_DEL)))
        for lab, val in (('Adresat', r['addressee']), ('Typ rekomendacji', r['type_pl']),
                         ('Proponowany termin', r['deadline']),
                         ('Oczekiwany efekt / wskaźnik', r['effect'])):
            self.labelled(lab, run(val, deleted=True), mark='del')

    def rec_inserted(self, r):
        d = self.d
        self.h(3, 'Rekomendacja %d. %s' % (r['no'], r['title']), mark='ins')
        a, dt, txt = r['comment']
        first = d.comment(a, dt, txt, d.ins(run('Uzasadnienie. ', b=True), AUTH_A, DATE_INS))
        d.add(para(first + d.ins(run(r['why'][0]), AUTH_A, DATE_INS),
                   mark_rpr=d.mark('ins', AUTH_A, DATE_INS)))
        for w in r['why'][1:]:
            d.add(para(d.ins(run(w), AUTH_A, DATE_INS), mark_rpr=d.mark('ins', AUTH_A, DATE_INS)))
        for lab, key in (('Adresat', 'addressee'), ('Typ rekomendacji', 'type_pl'),
                         ('Proponowany termin', 'deadline'), ('Szacowany koszt', 'cost'),
                         ('Źródło finansowania', 'funding'),
                         ('Oczekiwany efekt / wskaźnik', 'effect')):
            self.labelled(lab, run(r[key]), mark='ins', last=(key == 'effect'))

    def chapter_recs(self):
        d = self.d
        self.h(1, 'Rekomendacje dla administracji rządowej', page_break=True)
        self.h(2, 'Zasady formułowania rekomendacji')
        self.p('Rekomendacje sformułowano tak, aby każda z nich odpowiadała na co najmniej jedną grupę '
               'barier opisanych w rozdziale 2, miała jednego wiodącego adresata i dawała się ocenić po '
               'kilku latach. Przyjęto cztery typy rekomendacji: prawne (zmiana przepisów), finansowe '
               '(zmiana programów i źródeł finansowania), organizacyjne (zmiana struktur i sposobu '
               'współpracy) oraz dotyczące wiedzy i danych.')
        self.p('Terminy wskazane przy rekomendacjach są propozycjami sieci. Uwzględniają one czas '
               'potrzebny na przygotowanie projektów aktów prawnych oraz planowane nabory w programach '
               'krajowych i europejskich, ale nie były uzgadniane z adresatami. Koszty podano tylko tam, '
               'gdzie dało się je wiarygodnie oszacować.')
        self.caption('Wykaz rekomendacji')
        for r in RECS:
            line = 'Rekomendacja %d – %s' % (r['no'], r['title'])
            if r['mode'] == 'deleted':
                d.add(para(d.dele(run(line, deleted=True), AUTH_A, DATE_DEL), style='ListParagraph',
                           num=(NUM_BUL, 0), jc='left', mark_rpr=d.mark('del', AUTH_A, DATE_DEL)))
            elif r['mode'] == 'inserted':
                d.add(para(d.ins(run(line), AUTH_A, DATE_INS), style='ListParagraph',
                           num=(NUM_BUL, 0), jc='left', mark_rpr=d.mark('ins', AUTH_A, DATE_INS)))
            else:
                d.add(para(run(line), style='ListParagraph', num=(NUM_BUL, 0), jc='left'))
        d.add(para('', after=60))

        groups = [('Rekomendacje o charakterze prawnym', 'legal'),
                  ('Rekomendacje dotyczące finansowania', 'financial'),
                  ('Rekomendacje organizacyjne', 'organisational')]
        for gtitle, gtype in groups:
            self.h(2, gtitle)
            if gtype == 'legal':
                self.p('Trzy rekomendacje prawne dotyczą narzędzi, które miasta mogłyby stosować '
                       'bez dodatkowych nakładów z budżetu państwa – wystarczy zmiana przepisów.')
            elif gtype == 'financial':
                self.p('Rekomendacje finansowe odpowiadają na najczęściej zgłaszaną grupę barier. '
                       'Dotyczą zarówno bieżącego utrzymania transportu zbiorowego, jak i inwestycji.')
            else:
                self.p('W tej grupie znalazła się rekomendacja dodana po konsultacjach projektu Planu. '
                       'Rekomendację nr 11, również o charakterze organizacyjnym, ujęto w zestawieniu '
                       'w podrozdziale 3.5.')
            for r in RECS:
                if r['mode'] in ('table',):
                    continue
                if r['type'] != gtype:
                    continue
                {'prose': self.rec_prose, 'card': self.rec_card, 'deleted': self.rec_deleted,
                 'inserted': self.rec_inserted}[r['mode']](r)
            if gtype == 'financial':
                self.p('Rekomendacje nr 4–6 wymagają zaangażowania środków publicznych. Sieć '
                       'zdaje sobie sprawę z ograniczeń budżetu państwa, dlatego w rekomendacji nr 4 '
                       'proponuje mechanizm premiujący przyrost oferty, a w rekomendacjach nr 5 i 6 – '
                       'zmianę przeznaczenia lub konstrukcji istniejących instrumentów.')

        # landscape section with the summary table of recommendations 8–11
        d.add(para('', after=0, sect=X.sect_pr(header='header1', footer='footer1')))
        self.h(2, 'Rekomendacje uzupełniające – zestawienie')
        self.p('Rekomendacje nr 8–11 mają charakter uzupełniający wobec rekomendacji szczegółowo '
               'opisanych powyżej. Zestawiono je w jednej tabeli, wraz z krótkim uzasadnieniem.')
        self.table_caption('Rekomendacje uzupełniające nr 8–11')
        rows = [['Nr', 'Rekomendacja', 'Uzasadnienie (w skrócie)', 'Typ', 'Adresat',
                 'Proponowany termin', 'Szacowany koszt', 'Oczekiwany efekt / wskaźnik']]
        for r in RECS:
            if r['mode'] != 'table':
                continue
            rows.append(['%d.' % r['no'], dict(t=r['title'], b=True), r['short'], r['type_pl'],
                         r['addressee'], r['deadline'], r['cost'], r['effect']])
        d.add(table(rows, [600, 2700, 3200, 1000, 1900, 1400, 1200, 2100], sz=9))
        self.source('Oznaczenia: „—” – nie określono na etapie przygotowania Planu.')
        self.p('Przy rekomendacji nr 8 sieć nie podjęła się oszacowania kosztu, ponieważ zależy on od '
               'zakresu standardu i od tego, czy repozytorium zostanie zbudowane w ramach istniejących '
               'systemów statystyki publicznej. Rekomendacja nr 10 może zostać zrealizowana w ramach '
               'bieżących działań informacyjnych resortu, dlatego nie przypisano jej odrębnego budżetu.')
        d.add(para('', after=0, sect=X.sect_pr(header='header1', footer='footer1', landscape=True)))

    # ============================================================ chapter 4
    def chapter_addressees(self):
        d = self.d
        # ToC cached text still shows the older chapter title (ToC not refreshed after editing)
        self.h(1, 'Instytucje odpowiedzialne za wdrożenie rekomendacji',
               toc_text='Adresaci rekomendacji', page_break=False)
        self.p('Rekomendacje Planu kierowane są do siedmiu instytucji administracji rządowej i '
               'instytucji centralnych. Najwięcej z nich dotyczy Ministerstwa Infrastruktury, które '
               'odpowiada zarówno za przepisy o ruchu drogowym i drogach publicznych, jak i za krajowe '
               'programy wsparcia transportu zbiorowego. Poniższa tabela pokazuje przyporządkowanie '
               'rekomendacji do adresatów oraz planowany tryb ich przekazania.')
        self.table_caption('Rekomendacje według adresatów')
        addr_rows = [
            ('Ministerstwo Infrastruktury', '2, 3, 4, 5', 'pismo Prezydenta Miasta Leszna w imieniu sieci; '
             'prezentacja na posiedzeniu Zespołu ds. transportu publicznego'),
            ('Ministerstwo Klimatu i Środowiska', '1, 10', 'pismo; spotkanie robocze z departamentem '
             'właściwym ds. elektromobilności'),
            ('Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej', '6', 'pismo; udział w konsultacjach '
             'regulaminu kolejnego naboru'),
            ('Ministerstwo Funduszy i Polityki Regionalnej', '7', 'pismo; prezentacja na forum miast '
             'średnich'),
            ('Główny Urząd Statystyczny', '8', 'pismo; propozycja grupy roboczej z udziałem miast'),
            ('Centrum Unijnych Projektów Transportowych', '9', 'pismo'),
            ('Kancelaria Prezesa Rady Ministrów', '11', 'pismo z kopią do Komisji Wspólnej Rządu i '
             'Samorządu Terytorialnego'),
        ]
        rows = [['Adresat', 'Rekomendacje nr', 'Tryb przekazania']] + [list(r) for r in addr_rows]
        d.add(table(rows, [3400, 1500, 4200], sz=9))
        self.p('**Ministerstwo Infrastruktury** jest adresatem czterech rekomendacji. Rekomendacje '
               'nr 2 i 3 wymagają zmian w rozporządzeniach wykonawczych i mogą zostać ujęte w '
               'zapowiadanych nowelizacjach; rekomendacje nr 4 i 5 dotyczą programów finansowanych z '
               'budżetu państwa. Rekomendacja nr 5 wymaga współpracy z wojewodami, którzy prowadzą nabory '
               'w Rządowym Funduszu Rozwoju Dróg.')
        self.p('**Ministerstwo Klimatu i Środowiska** odpowiada za przepisy ustawy o elektromobilności, '
               'w tym za regulacje dotyczące stref czystego transportu, a także za krajową politykę '
               'edukacji ekologicznej. Z tego powodu do resortu kierowane są rekomendacje nr 1 i 10.')
        self.p('**Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej** jest operatorem programów '
               'wsparcia zakupu taboru zeroemisyjnego. Rekomendacja nr 6 dotyczy konstrukcji naborów i '
               'może zostać wdrożona bez zmian ustawowych.')
        self.p('**Ministerstwo Funduszy i Polityki Regionalnej**, jako instytucja odpowiedzialna za '
               'pomoc techniczną funduszy europejskich i politykę miejską, jest naturalnym adresatem '
               'rekomendacji nr 7. **Główny Urząd Statystyczny** został wskazany przy rekomendacji nr 8, '
               'ponieważ standard badań ruchu powinien być spójny ze statystyką publiczną. '
               '**Centrum Unijnych Projektów Transportowych** prowadzi już szkolenia dla beneficjentów '
               'i dysponuje zapleczem eksperckim (rekomendacja nr 9), a **Kancelaria Prezesa Rady '
               'Ministrów** może zainicjować powołanie zespołu międzyresortowego (rekomendacja nr 11).')
        self.p('Poza instytucjami rządowymi ważnymi partnerami przy wdrażaniu Planu są związki '
               'samorządowe – Związek Miast Polskich i Unia Miasteczek Polskich – które mogą wspierać '
               'rekomendacje w pracach Komisji Wspólnej Rządu i Samorządu Terytorialnego. Nie są one '
               'jednak adresatami rekomendacji.')

    # ============================================================ chapter 5
    def chapter_implementation(self):
        d = self.d
        self.h(1, 'Wdrażanie i monitorowanie Planu Ulepszeń', page_break=True)
        self.h(2, 'Przekazanie rekomendacji adresatom')
        self.p('Po przyjęciu Planu przez Komitet Sterujący sieci miasto wiodące przekaże go adresatom '
               'w formie pisma podpisanego przez prezydentów wszystkich dziewięciu miast. Do pisma '
               'zostanie dołączone jednostronicowe streszczenie każdej rekomendacji skierowanej do danej '
               'instytucji. Miasta zaproponują spotkania robocze z departamentami właściwymi dla '
               'poszczególnych rekomendacji.')
        self.p('Równolegle Plan zostanie przedstawiony na forum Związku Miast Polskich oraz na '
               'konferencji podsumowującej program. Wersja elektroniczna zostanie opublikowana na '
               'stronach internetowych miast sieci.')
        self.h(2, 'Harmonogram prac po przyjęciu Planu')
        self.table_caption('Harmonogram działań sieci związanych z wdrażaniem Planu')
        rows = [['Krok', 'Termin', 'Odpowiedzialny'],
                ['Wysłanie Planu do adresatów wraz z pismem przewodnim', 'kwiecień 2025 r.',
                 'miasto wiodące (Leszno)'],
                ['Spotkania robocze z resortami', 'maj – wrzesień 2025 r.',
                 'miasta sieci według podziału tematycznego'],
                ['Zebranie odpowiedzi adresatów i ocena stanowisk', 'do 31 października 2025 r.',
                 'ekspert wiodący sieci'],
                ['Raport z monitorowania Planu', 'grudzień 2025 r.', 'miasto wiodące'],
                ['Aktualizacja Planu (w razie potrzeby)', 'I półrocze 2026 r.', 'Komitet Sterujący sieci']]
        d.add(table(rows, [4700, 2200, 2200], sz=9))
        self.p('Powyższe kroki dotyczą pracy sieci nad upowszechnieniem Planu; nie są one '
               'rekomendacjami dla administracji rządowej.')
        self.h(2, 'Monitorowanie odpowiedzi i postępów')
        self.p('Dla każdej rekomendacji prowadzona będzie karta monitorująca z informacją o dacie '
               'przekazania, odpowiedzi adresata, podjętych pracach legislacyjnych lub programowych oraz '
               'o ocenie sieci. Stan realizacji będzie oceniany w czterostopniowej skali: „wdrożono”, '
               '„wdrożono częściowo”, „w trakcie”, „nie wdrożono”.')
        self.p('Do oceny efektów wykorzystane zostaną wskaźniki wskazane przy rekomendacjach. Ponieważ '
               'wiele z nich będzie mierzalnych dopiero po kilku latach, raport z 2025 r. skupi się na '
               'ocenie procesu – czy rekomendacja została rozpatrzona i czy podjęto prace nad jej '
               'wdrożeniem. Dane do oceny wskaźników wynikowych miasta sieci będą zbierać corocznie w '
               'ramach monitorowania swoich miejskich inicjatyw działania.')
        self.h(2, 'Rola miast sieci i ryzyka')
        self.p('Miasta zobowiązały się do utrzymania kontaktów roboczych po zakończeniu formalnej '
               'współpracy w ramach programu. Każde z nich przyjęło rolę „opiekuna” co najmniej jednej '
               'rekomendacji: opiekun przygotowuje materiały na spotkania z adresatem i informuje '
               'pozostałe miasta o postępach.')
        self.p('Głównym ryzykiem jest brak odpowiedzi lub odpowiedź ogólnikowa ze strony adresatów, '
               'a także zmiany kadrowe w resortach. Sieć ograniczy to ryzyko, angażując związki '
               'samorządowe i przedstawiając rekomendacje w gremiach, w których uczestniczą '
               'przedstawiciele rządu. Drugim ryzykiem jest spadek zaangażowania miast po zakończeniu '
               'programu; dlatego raport monitorujący przygotuje miasto wiodące w ramach własnych zadań.')

    def annex(self):
        d = self.d
        self.h(1, 'Załącznik. Metryka dokumentu', numbered=False, page_break=True)
        rows = [['Wersja', 'Data', 'Opis zmian'],
                ['0.1', '29.11.2024', 'pierwszy projekt po warsztacie redakcyjnym w Nowym Sączu'],
                ['0.5', '17.01.2025', 'projekt do konsultacji z miastami sieci'],
                ['0.9', '24.02.2025', 'uwzględnienie uwag z konsultacji; zastąpienie rekomendacji '
                 'nr 7; przesunięcie terminu rekomendacji nr 4'],
                ['1.0', '12.03.2025', 'wersja ostateczna przyjęta przez Komitet Sterujący']]
        d.add(table(rows, [1000, 1500, 6600], sz=9))
        self.p('Dokument przygotowano w ramach Partnerskiej Inicjatywy Miast. Treść rekomendacji '
               'wyraża stanowisko miast sieci i nie jest stanowiskiem instytucji finansujących program.',
               before=240)


def header_footer(d):
    hdr = para(run('PARTNERSKA INICJATYWA MIAST', b=True, color='FFFFFF') +
               run('\tSieć „Mobilność miejska”\tPlan Ulepszeń', color='FFFFFF'),
               style='Header', shd='1F3864')
    d.headers['header1'] = X.hdr_ftr('header', hdr)
    d.headers['header0'] = X.hdr_ftr('header', para('', style='Header'))
    ftr = para(run('Plan Ulepszeń sieci „Mobilność miejska” – wersja ostateczna\t') +
               field('PAGE', '1'), style='Footer')
    d.footers['footer1'] = X.hdr_ftr('footer', ftr)
    d.footers['footer0'] = X.hdr_ftr('footer', para('', style='Footer'))


def build_docx(path, toc_pages=None, toc_heads=None):
    b = PlanBuilder(toc_pages)
    doc = b.build(toc_heads or [])
    header_footer(doc)
    final = X.sect_pr(header='header1', footer='footer1')
    # the first section (cover ... ) is closed by the landscape break; cover needs title page:
    # set titlePg on the first section by rewriting the first sectPr in the body
    body = ''.join(doc.body)
    first = X.sect_pr(header='header1', footer='footer1')
    first_tp = X.sect_pr(header='header1', footer='footer1', first_header='header0',
                         first_footer='footer0', title_pg=True)
    assert first in body
    doc.body = [body.replace(first, first_tp, 1)]
    doc.save(path, X.styles(heading_num=NUM_HEAD), numbering_xml(), X.settings(track=True), final,
             title='Plan Ulepszeń – sieć Mobilność miejska', author='Marta Wiśniewska',
             created='2024-11-29T08:30:00Z', modified='2025-03-12T12:40:00Z')
    return b


def gold(pages):
    acts = []
    for r in RECS:
        if r['mode'] == 'deleted':
            continue

        def val(v):
            return None if v in (None, '—', 'b.d.', 'do oszacowania') else v
        values = dict(responsible=val(r['addressee']), timeline=val(r['deadline']),
                      cost=val(r.get('cost')), funding=val(r.get('funding')),
                      indicator=val(r['effect']))
        acts.append(dict(title=r['title'], theme=r['theme'], secondary_themes=[],
                         responsible=values['responsible'] is not None,
                         timeline=values['timeline'] is not None,
                         cost=values['cost'] is not None,
                         indicator=values['indicator'] is not None,
                         type=r['type'], values=values))
    return {
        'file': FILE, 'document_type': 'improvement_plan', 'city': None, 'network': 'mobility',
        'status': 'final', 'text_layer': True, 'pages': pages,
        'sections': {'introduction': 'present', 'diagnosis': 'present', 'recommendations': 'present',
                     'addressees': 'present', 'implementation': 'present'},
        'actions': acts,
        'features': ['docx_raw_ooxml', 'heading_styles', 'auto_numbered_headings', 'toc_field',
                     'cover_page', 'running_header', 'page_footer', 'footnotes', 'comments',
                     'tracked_changes', 'landscape_page', 'key_value_lines', 'label_value_tables',
                     'bullet_lists', 'framed_box'],
        'traps': ['toc_entry_stale_wording_addressees', 'tracked_insertion_whole_recommendation',
                  'tracked_deletion_whole_recommendation', 'tracked_value_change_deadline',
                  'comments_on_values', 'recommendations_split_subsections_and_summary_table',
                  'list_caption_wykaz_rekomendacji', 'city_postulates_table',
                  'previous_edition_recommendations', 'workshop_meeting_list', 'framed_good_practice_box',
                  'implementation_steps_table_not_recommendations', 'dash_and_do_oszacowania_values',
                  'heading_number_not_in_text'],
        'notes': ('Plan Ulepszeń of a 9-city mobility network, final version. Headings use Heading1-3 '
                  'linked to numbering.xml (numbers not in the text). The cached ToC still lists chapter 4 '
                  'as "Adresaci rekomendacji" while the body heading reads "Instytucje odpowiedzialne za '
                  'wdrożenie rekomendacji" (addressees present). Recommendations 1-3 are subsections with '
                  'labelled lines, 4-6 subsections with a 2-column parameter table, 7 is a tracked '
                  'insertion (by Marta Wiśniewska) replacing a tracked-deleted former recommendation 7 '
                  '(PIT relief; not in the plan), 8-11 only in a landscape summary table. Recommendation 4 '
                  'deadline changed by tracked change from "od 2026 r." to "od 2027 r.". Cost "b.d.", '
                  '"do oszacowania" and "—" are not stated; rec. 10 indicator "—". The bullet list under '
                  'the caption "Wykaz rekomendacji" repeats the titles (same recommendations). Decoys: '
                  'table "Postulaty miast", table of the pilot edition\'s recommendations R1/2021-R5/2021, '
                  'workshop list, Ramka 1, the implementation steps table in 5.2.'),
    }
