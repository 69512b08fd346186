"""MID Chrzanów – air-quality network, DRAFT kept as DOCX. Action cards built from content
controls (w:sdt) in 4-column tables; some controls left as placeholders; one card only
placeholders; one card deleted and one inserted as tracked changes; a value changed inside a
field; comments on values. Chapter headings are bold caps paragraphs with manual Roman numbers."""
import random
from ox import Doc, r

GREEN = '385623'
A1 = ('Anna Nowak', '2025-04-14T09:32:00Z')          # koordynatorka MID
A2 = ('Piotr Zając', '2025-05-06T13:05:00Z')         # Skarbnik / Wydział Finansowy
A3 = ('Magdalena Kwiecień', '2025-05-20T11:47:00Z')  # Wydział Ochrony Środowiska
PH = 'Kliknij lub naciśnij tutaj, aby wprowadzić tekst.'

OBJ = {1: 'Ograniczenie emisji z indywidualnych źródeł ciepła',
       2: 'Wzrost świadomości i aktywności mieszkańców w zakresie ochrony powietrza',
       3: 'Sprawne zarządzanie i ochrona osób najbardziej narażonych'}

# card entries: kind 'action' | 'deleted' | 'inserted' | 'empty'
CARDS = [
    dict(kind='action', no=1, obj=1, title='Punkt Ekodoradztwa „Czyste Powietrze” w Urzędzie Miejskim', theme='eco_awareness', sec=['low_emission'],
         resp='Wydział Ochrony Środowiska UM w Chrzanowie', partners='WFOŚiGW w Krakowie, Małopolska Agencja Energii i Środowiska',
         time='2025–2028', cost='420 tys. zł', fund='WFOŚiGW w Krakowie (porozumienie w ramach programu Czyste Powietrze), budżet Gminy Chrzanów',
         ind='Liczba udzielonych porad: 2 400', desc='Stały punkt obsługi mieszkańców z dwoma ekodoradcami: pomoc w przygotowaniu wniosków do programów Czyste Powietrze i Ciepłe Mieszkanie, '
         'wizyty domowe, dyżury w sołectwach (Balin, Luszowice, Płaza, Pogorzyce, Źródła) i na osiedlach.', note='Punkt działa od 2023 r. w trybie pilotażowym; MID zapewnia jego kontynuację i rozszerzenie.'),
    dict(kind='action', no=2, obj=1, title='Wymiana pozaklasowych źródeł ciepła w lokalach komunalnych', theme='low_emission', sec=[],
         resp='Miejski Zarząd Nieruchomości w Chrzanowie', partners='Wydział Inwestycji UM, dostawca ciepła sieciowego',
         time='II kw. 2025 – IV kw. 2027', cost=('5,8 mln zł', '6,3 mln zł'), fund='Fundusze Europejskie dla Małopolski 2021–2027, budżet Gminy Chrzanów',
         ind='Liczba zlikwidowanych kotłów i pieców kaflowych: 180', desc='Podłączenie budynków komunalnych do sieci ciepłowniczej lub montaż pomp ciepła, z likwidacją pieców kaflowych i kotłów '
         'na paliwa stałe w 180 lokalach przy ul. Krakowskiej, ul. Mickiewicza, ul. Kopernika i na os. Tysiąclecia.', note='Kosztorys zaktualizowany w maju 2025 r.'),
    dict(kind='action', no=3, obj=1, title='Program „Ciepłe Mieszkanie” – nabór dla mieszkańców Chrzanowa', theme='low_emission', sec=['social_activation'],
         resp='Wydział Ochrony Środowiska UM w Chrzanowie', partners=None,
         time=None, cost='4 950 000 zł', fund='NFOŚiGW – program Ciepłe Mieszkanie, wkład własny Gminy 10%',
         ind='Liczba lokali w budynkach wielorodzinnych z wymienionym źródłem ciepła: 220',
         desc='Dotacje dla właścicieli lokali w budynkach wielorodzinnych na wymianę źródeł ciepła na paliwa stałe i termomodernizację lokali, zgodnie z regulaminem naboru.',
         note='Termin zależny od ogłoszenia kolejnej edycji programu przez NFOŚiGW.'),
    dict(kind='action', no=4, obj=2, title='Sieć czujników jakości powietrza i tablica informacyjna na Rynku', theme='eco_awareness', sec=[],
         resp='Wydział Ochrony Środowiska UM w Chrzanowie', partners='szkoły podstawowe, Chrzanowskie Stowarzyszenie „Czyste Niebo”',
         time='2025 r.', cost='95 000 zł', fund='budżet Gminy Chrzanów', ind='Liczba czujników PM10/PM2,5 w sieci: 24',
         desc='Montaż czujników na budynkach szkół i przedszkoli, publikacja danych w aplikacji i na tablicy LED na Rynku, alerty SMS przy przekroczeniach poziomu informowania.', note=None),
    dict(kind='deleted', no=5, obj=1, title='Dofinansowanie wymiany okien w budynkach jednorodzinnych', resp='Wydział Ochrony Środowiska UM w Chrzanowie',
         time='2026–2027', cost='600 000 zł', fund='budżet Gminy Chrzanów', ind='Liczba budynków: 150'),
    dict(kind='action', no=6, obj=1, title='Kontrole palenisk z udziałem Straży Miejskiej i drona pomiarowego', theme='low_emission', sec=[],
         resp='Straż Miejska w Chrzanowie', partners='Wydział Ochrony Środowiska UM, Komenda Powiatowa Policji',
         time='sezony grzewcze 2025/2026 – 2027/2028', cost='90 000 zł na sezon grzewczy (3 sezony)', fund='budżet Gminy Chrzanów',
         ind='Liczba przeprowadzonych kontroli: 600 w sezonie grzewczym',
         desc='Kontrole przestrzegania uchwały antysmogowej dla Małopolski, pobór próbek popiołu, loty drona z czujnikami nad obszarami o największej liczbie zgłoszeń.', note=None),
    dict(kind='action', no=7, obj=2, title='Smogowa Szkoła – zajęcia edukacyjne w szkołach podstawowych', theme='eco_awareness', sec=[],
         resp='Wydział Edukacji UM w Chrzanowie', partners='Chrzanowskie Stowarzyszenie „Czyste Niebo”',
         time='rok szkolny 2025/2026 i 2026/2027', cost=None, fund='WFOŚiGW w Krakowie – edukacja ekologiczna', ind=None,
         desc='Cykl warsztatów dla klas IV–VIII: pomiary w szkole, „smogowy detektyw”, konkurs na kampanię plakatową; materiały dla rodziców.', note=None),
    dict(kind='action', no=8, obj=2, title='Pasy zieleni izolacyjnej i nasadzenia drzew wzdłuż ul. Krakowskiej', theme='public_space', sec=['low_emission'],
         resp='Wydział Gospodarki Komunalnej UM w Chrzanowie', partners='Nadleśnictwo Chrzanów',
         time=('2026 r.', '2026–2027'), cost='780 tys. zł', fund='Fundusze Europejskie dla Małopolski 2021–2027',
         ind='Liczba posadzonych drzew: 350', desc='Nasadzenia szpalerów drzew i krzewów o dużej zdolności wychwytu pyłów wzdłuż ul. Krakowskiej i al. Henryka oraz przy szkołach.', note=None),
    dict(kind='action', no=9, obj=2, title='Ambasadorzy czystego powietrza – wolontariat sąsiedzki na osiedlach', theme='social_activation', sec=['eco_awareness'],
         resp='Centrum Aktywności Lokalnej przy MOPS w Chrzanowie', partners='Rady osiedli, parafie, kluby seniora',
         time='2025–2027', cost='120 000 zł', fund='środki PIM na projekty miękkie, budżet Gminy Chrzanów',
         ind='Liczba przeszkolonych ambasadorów: 40', desc='Szkolenie wolontariuszy, którzy w swoich sąsiedztwach informują o programach dopłat, pomagają seniorom w kontaktach z ekodoradcą '
         'i zgłaszają przypadki spalania odpadów.', note=None),
    dict(kind='inserted', no=10, obj=3, title='Osłona energetyczna – dopłaty do kosztów ogrzewania dla gospodarstw zagrożonych ubóstwem energetycznym', theme='social_activation', sec=['low_emission'],
         resp='Miejski Ośrodek Pomocy Społecznej w Chrzanowie', partners='Wydział Ochrony Środowiska UM',
         time='od sezonu grzewczego 2026/2027', cost='1,2 mln zł', fund='budżet Gminy Chrzanów',
         ind='Liczba gospodarstw domowych objętych dopłatą: 150', desc='Dopłaty do różnicy w kosztach ogrzewania po wymianie źródła ciepła dla gospodarstw o niskich dochodach, '
         'tak aby wymiana kotła nie prowadziła do zadłużenia.', note=None),
    dict(kind='empty', no=11),
    dict(kind='action', no=12, obj=3, title='Zarządzanie MID i współpraca w sieci PIM', theme='other', sec=[],
         resp='Wydział Rozwoju i Funduszy Zewnętrznych UM w Chrzanowie (koordynator MID)', partners='Lokalne Partnerstwo',
         time='2025–2028', cost='—', fund=None, ind='Raport roczny z realizacji MID: 4 raporty',
         desc='Obsługa Lokalnego Partnerstwa, monitoring wskaźników, udział w spotkaniach sieci PIM, aktualizacja MID.', note=None),
]
DELETED_TITLE = CARDS[4]['title']
NULLS = {'—', 'b.d.', 'do oszacowania'}


def cur(x):
    """Visible (current) value: for tracked changes (old, new) the new one."""
    if isinstance(x, tuple):
        return x[1]
    return x


def v(x):
    x = cur(x)
    return None if x is None or x in NULLS else x


def field(d, alias, val, placeholder=PH, comment=None):
    if isinstance(val, tuple):
        old, new = val
        inner = d.dele(old, *A2) + d.ins(r(new), *A2)
        x = d.sdt(alias, inner)
    elif val is None:
        x = d.sdt(alias, None, placeholder)
    else:
        x = d.sdt(alias, val)
    if comment:
        x = d.comment(x, comment[0], comment[1], comment[2])
    return x


COMMENTS = {
    (2, 'cost'): ('Kwota po aktualizacji kosztorysu inwestorskiego (maj 2025). Proszę o potwierdzenie przed posiedzeniem LP.', *A2),
    (3, 'fund'): ('Czy wkład własny 10% jest zabezpieczony w WPF? Do sprawdzenia z Wydziałem Finansowym.', *A1),
    (12, 'cost'): ('Czy ujmujemy koszty koordynacji? Na razie wpisałam kreskę.', *A1),
    (7, 'cost'): ('Czekamy na wycenę od Stowarzyszenia.', *A3),
    (8, 'time'): ('Przesunięcie – nasadzenia jesienne w 2027 r.', *A3),
}


def card(d, c):
    no = c['no']
    L = lambda t: {'t': t, 'b': True, 'fill': 'E2EFD9'}
    W = [2150, 2450, 1900, 2600]
    if c['kind'] == 'empty':
        d.p(d.comment(r(f'Karta działania nr {no}', b=True, color=GREEN),
                      'Miejsce na działanie zgłoszone przez Radę Seniorów – czekamy na opis.', *A1), keep_next=True, page_break=True)
        f = lambda a, ph=PH: {'t': d.sdt(a, None, ph)}
        rows = [[L('Nazwa działania'), dict(f('Nazwa działania', '[wpisz nazwę działania]'), span=3)],
                [L('Cel szczegółowy'), dict(f('Cel szczegółowy', '[wybierz cel szczegółowy]'), span=3)],
                [L('Podmiot odpowiedzialny'), f('Podmiot odpowiedzialny'), L('Partnerzy'), f('Partnerzy')],
                [L('Termin realizacji'), f('Termin realizacji'), L('Szacunkowy koszt'), f('Szacunkowy koszt')],
                [L('Źródło finansowania'), dict(f('Źródło finansowania'), span=3)],
                [L('Wskaźnik produktu'), dict(f('Wskaźnik'), span=3)],
                [L('Opis działania'), dict(f('Opis'), span=3)]]
        d.table([{'cells': x, 'trpr': '<w:cantSplit/>'} for x in rows], W, header_rows=0)
        return
    if c['kind'] == 'deleted':
        au, dt = A1
        delmark = f'<w:del w:id="{d.nid()}" w:author="{au}" w:date="{dt}"/>'
        D = lambda t, b=False: {'t': d.dele(t, au, dt, b=b), 'mark_rpr': f'<w:del w:id="{d.nid()}" w:author="{au}" w:date="{dt}"/>'}
        d.p(d.comment(d.dele(f'Karta działania nr {no}', au, dt, b=True, color=GREEN),
                      'Usuwam – działanie dubluje się z programem Czyste Powietrze (ustalenie z warsztatu 9.04.2025).', au, dt),
            keep_next=True, page_break=True, mark_rpr=f'<w:del w:id="{d.nid()}" w:author="{au}" w:date="{dt}"/>')
        rows = [[dict(D('Nazwa działania', True), fill='E2EFD9'), dict(D(c['title'], True), span=3)],
                [dict(D('Cel szczegółowy', True), fill='E2EFD9'), dict(D(f'Cel szczegółowy {c["obj"]}. {OBJ[c["obj"]]}'), span=3)],
                [dict(D('Podmiot odpowiedzialny', True), fill='E2EFD9'), D(c['resp']), dict(D('Partnerzy', True), fill='E2EFD9'), D('—')],
                [dict(D('Termin realizacji', True), fill='E2EFD9'), D(c['time']), dict(D('Szacunkowy koszt', True), fill='E2EFD9'), D(c['cost'])],
                [dict(D('Źródło finansowania', True), fill='E2EFD9'), dict(D(c['fund']), span=3)],
                [dict(D('Wskaźnik produktu', True), fill='E2EFD9'), dict(D(c['ind']), span=3)]]
        d.table([{'cells': x, 'trpr': f'<w:cantSplit/><w:del w:id="{d.nid()}" w:author="{au}" w:date="{dt}"/>'} for x in rows], W, header_rows=0)
        return
    ins = c['kind'] == 'inserted'
    au, dt = A3
    def T(t, b=False):
        x = r(t, b=b)
        return d.ins(x, au, dt) if ins else x
    def F(alias, val, key=None, ph=PH):
        if ins and val is not None:
            val = d.ins(r(val), au, dt)
        return field(d, alias, val, ph, COMMENTS.get((no, key)))
    mk = f'<w:ins w:id="{d.nid()}" w:author="{au}" w:date="{dt}"/>' if ins else ''
    head = T(f'Karta działania nr {no}', b=True)
    if ins:
        head = d.comment(head, 'Nowe działanie zaproponowane przez MOPS po warsztacie 15.05.2025 – do akceptacji LP.', au, dt)
    d.p([head], keep_next=True, page_break=(no != 1), mark_rpr=mk)
    Lb = lambda t: {'t': T(t, True), 'fill': 'E2EFD9', 'mark_rpr': mk}
    V = lambda x, span=1: {'t': x, 'span': span, 'mark_rpr': mk}
    rows = [[Lb('Nazwa działania'), V(F('Nazwa działania', c['title']), 3)],
            [Lb('Cel szczegółowy'), V(T(f'Cel szczegółowy {c["obj"]}. {OBJ[c["obj"]]}'), 3)],
            [Lb('Podmiot odpowiedzialny'), V(F('Podmiot odpowiedzialny', c['resp'], 'resp')), Lb('Partnerzy'), V(F('Partnerzy', c['partners']))],
            [Lb('Termin realizacji'), V(F('Termin realizacji', c['time'], 'time')), Lb('Szacunkowy koszt'), V(F('Szacunkowy koszt', c['cost'], 'cost'))],
            [Lb('Źródło finansowania'), V(F('Źródło finansowania', c['fund'], 'fund'), 3)],
            [Lb('Wskaźnik produktu'), V(F('Wskaźnik produktu', c['ind'], 'ind'), 3)],
            [Lb('Opis działania'), V(F('Opis działania', c['desc']), 3)]]
    if c.get('note'):
        rows.append([Lb('Uwagi'), V(T(c['note']), 3)])
    trpr = '<w:cantSplit/>' + (f'<w:ins w:id="{d.nid()}" w:author="{au}" w:date="{dt}"/>' if ins else '')
    d.table([{'cells': x, 'trpr': trpr} for x in rows], W, header_rows=0)


def H1(d, text, page_break=True):
    d.p(r(text, b=True, caps=True, sz=14, color=GREEN), page_break=page_break, keep_next=True, spacing='<w:spacing w:before="240" w:after="200"/>',
        ppr_extra='<w:outlineLvl w:val="0"/>')


def H2(d, text):
    d.p(r(text, b=True, sz=12), keep_next=True, spacing='<w:spacing w:before="200" w:after="100"/>', ppr_extra='<w:outlineLvl w:val="1"/>')


TOC = [(1, 'I. WPROWADZENIE', 'wpr'), (1, 'II. DIAGNOZA STANU JAKOŚCI POWIETRZA', 'diag'), (2, '2.1. Obszar i ludność', 'd1'),
       (2, '2.2. Stan jakości powietrza', 'd2'), (2, '2.3. Źródła emisji – inwentaryzacja', 'd3'), (2, '2.4. Dotychczasowe działania Gminy', 'd4'),
       (2, '2.5. Analiza SWOT', 'd5'), (1, 'III. CELE MID', 'cele'), (1, 'IV. KARTY DZIAŁAŃ', 'karty'), (1, 'V. HARMONOGRAM I BUDŻET', 'hb'),
       (1, 'VI. PARTNERSTWO I KONSULTACJE', 'lp'), (1, 'VII. WSKAŹNIKI I MONITORING', 'wsk'), (1, 'VIII. ANALIZA RYZYKA', 'ryz'),
       (1, 'Załącznik nr 1. Projekty komplementarne', 'z1')]
TOC_HEADINGS = {'wpr': 'I. WPROWADZENIE', 'diag': 'II. DIAGNOZA', 'd1': '2.1. Obszar i ludność', 'd2': '2.2. Stan jakości powietrza',
                'd3': '2.3. Źródła emisji', 'd4': '2.4. Dotychczasowe działania', 'd5': '2.5. Analiza SWOT', 'cele': 'III. CELE',
                'karty': 'IV. KARTY DZIAŁAŃ', 'hb': 'V. HARMONOGRAM I BUDŻET', 'lp': 'VI. PARTNERSTWO', 'wsk': 'VII. WSKAŹNIKI',
                'z1': 'Załącznik nr 1. Projekty komplementarne'}


def build(toc_pages=None):
    tp = dict(toc_pages or {})
    tp.setdefault('ryz', tp.get('z1', 30))  # no body for VIII – the stale ToC points where it used to be
    d = Doc(font='Times New Roman', size=12, heading_color=GREEN, numbered_headings=False,
            header_text='Gmina Chrzanów – MID „Chrzanów oddycha”', header_right='PIM | sieć Jakość powietrza | PROJEKT',
            header_fill=GREEN, footer_left='Projekt do konsultacji – wersja robocza 0.7')
    # cover
    d.p('', spacing='<w:spacing w:before="1400"/>')
    d.p(r('PROJEKT – WERSJA ROBOCZA 0.7 (do dyskusji w Lokalnym Partnerstwie)', b=True, color='C00000'), align='center')
    d.p('', spacing='<w:spacing w:before="1200"/>')
    d.p(r('Partnerska Inicjatywa Miast', sz=14, color='595959'), align='center')
    d.p(r('Sieć tematyczna „Jakość powietrza”', sz=14, color='595959'), align='center')
    d.p('', spacing='<w:spacing w:before="600"/>')
    d.p(r('MIEJSKA INICJATYWA DZIAŁANIA', b=True, sz=26, color=GREEN), align='center')
    d.p(r('„CHRZANÓW ODDYCHA”', b=True, sz=22, color=GREEN), align='center')
    d.p(r('na lata 2025–2028', sz=16), align='center')
    d.p('', spacing='<w:spacing w:before="2600"/>')
    d.p(r('Opracowanie: zespół roboczy Lokalnego Partnerstwa przy Wydziale Rozwoju i Funduszy Zewnętrznych Urzędu Miejskiego w Chrzanowie', i=True), align='center')
    d.p(r('Chrzanów, maj 2025 r.', b=True), align='center')
    d.p('<w:r><w:br w:type="page"/></w:r>')
    d.toc([(l, t, tp.get(k, 3)) for l, t, k in TOC], title='SPIS TREŚCI')

    # I. Wprowadzenie (not a summary)
    H1(d, 'I. WPROWADZENIE')
    d.p('Niniejszy dokument jest roboczą wersją Miejskiej Inicjatywy Działania (MID) Gminy Chrzanów, przygotowywanej w ramach udziału w sieci tematycznej „Jakość powietrza” '
        'programu Partnerska Inicjatywa Miast (PIM). Wersja 0.7 została przygotowana na posiedzenie Lokalnego Partnerstwa zaplanowane na czerwiec 2025 r. '
        'i zawiera zmiany naniesione przez członków zespołu roboczego w trybie śledzenia zmian.')
    d.p('Zespół roboczy prosi o zgłaszanie uwag bezpośrednio w dokumencie (komentarze) lub drogą elektroniczną do koordynatorki MID. Zmiany oznaczone jako wstawione '
        'lub usunięte nie zostały jeszcze zaakceptowane przez Lokalne Partnerstwo. Rozdziały dotyczące budżetu oraz analizy ryzyka zostaną uzupełnione po zakończeniu '
        'konsultacji społecznych i przyjęciu zmian w Wieloletniej Prognozie Finansowej.')
    d.p('Dokument składa się z ośmiu rozdziałów. Rozdział II zawiera diagnozę stanu jakości powietrza, rozdział III – cele, a rozdział IV – karty działań. '
        'Harmonogram, opis Partnerstwa i konsultacji oraz wskaźniki zawierają rozdziały V–VII. W załączniku zestawiono projekty komplementarne realizowane przez inne podmioty.')
    d.p(['Podstawą prawną działań Gminy w zakresie ochrony powietrza są w szczególności ustawa z dnia 27 kwietnia 2001 r. – Prawo ochrony środowiska',
         d.fn('Tekst jedn. Dz. U. z 2024 r. poz. 54 z późn. zm.'), ', uchwała nr XXXII/452/17 Sejmiku Województwa Małopolskiego z dnia 23 stycznia 2017 r. '
         '(tzw. uchwała antysmogowa dla Małopolski)', d.fn('Uchwała w sprawie wprowadzenia na obszarze województwa małopolskiego ograniczeń w zakresie eksploatacji instalacji, w których następuje spalanie paliw.'),
         ' oraz Program ochrony powietrza dla województwa małopolskiego przyjęty w 2023 r.', d.fn('Uchwała nr LXXII/1011/23 Sejmiku Województwa Małopolskiego z dnia 4 września 2023 r. – numer przykładowy na potrzeby dokumentu.'), '.'])
    d.p(r('Zespół roboczy: ', b=True))
    d.bullets(['Anna Nowak – koordynatorka MID, Wydział Rozwoju i Funduszy Zewnętrznych', 'Magdalena Kwiecień – Wydział Ochrony Środowiska',
               'Piotr Zając – Wydział Finansowy', 'Łukasz Mrozek – Straż Miejska w Chrzanowie', 'Barbara Sikora – MOPS w Chrzanowie'])

    # II. Diagnoza
    H1(d, 'II. DIAGNOZA STANU JAKOŚCI POWIETRZA')
    H2(d, '2.1. Obszar i ludność')
    d.p('Gmina Chrzanów położona jest w zachodniej części województwa małopolskiego, na granicy z województwem śląskim, w odległości ok. 45 km od Krakowa i 35 km od Katowic. '
        'W skład gminy wchodzi miasto Chrzanów oraz pięć sołectw: Balin, Luszowice, Płaza, Pogorzyce i Źródła. Łączna powierzchnia gminy wynosi 79,4 km², a liczba '
        'mieszkańców – ok. 45,8 tys., z czego ok. 35,6 tys. mieszka w mieście.')
    d.p('Chrzanów ma długą tradycję przemysłową – od XIX wieku rozwijało się tu górnictwo rud cynku i ołowiu, a w XX wieku ośrodek zdominowała Fabryka Lokomotyw „Fablok”. '
        'Przemysł pozostawił po sobie zwartą zabudowę robotniczą z piecowym ogrzewaniem, a także rozległe obszary zabudowy jednorodzinnej, w których do dziś wiele '
        'budynków ogrzewanych jest węglem. Ukształtowanie terenu – miasto leży w obniżeniu Rowu Krzeszowickiego i dolinie Chechła – sprzyja stagnacji powietrza '
        'w okresach bezwietrznych i inwersji temperatury.')
    d.p('Struktura wiekowa mieszkańców jest niekorzystna: osoby w wieku 65+ stanowią ponad 22% populacji. To właśnie seniorzy najczęściej mieszkają w starych budynkach '
        'z piecami i najczęściej mają trudności z samodzielnym przejściem przez procedury dotacyjne. Jednocześnie są grupą szczególnie wrażliwą na skutki zdrowotne zanieczyszczeń.')
    d.p('Tabela 1. Wybrane dane o ludności i zasobach mieszkaniowych Gminy Chrzanów', style='Caption')
    d.table([[{'t': h, 'b': True, 'fill': 'E2EFD9'} for h in ('Wskaźnik', '2015', '2019', '2023')]] +
            [['Liczba mieszkańców gminy', '48 120', '47 010', '45 790'], ['w tym miasto Chrzanów', '37 680', '36 720', '35 590'],
             ['Udział osób 65+ [%]', '17,4', '19,8', '22,3'], ['Liczba budynków mieszkalnych', '8 960', '9 180', '9 420'],
             ['w tym jednorodzinnych', '7 310', '7 560', '7 820'], ['Lokale komunalne', '1 240', '1 185', '1 130'],
             ['Lokale komunalne z ogrzewaniem piecowym', '512', '408', '236']], [4200, 1600, 1600, 1600])
    d.p('Źródło: GUS BDL, dane MZN w Chrzanowie.', style='Caption')
    H2(d, '2.2. Stan jakości powietrza')
    d.p(['Ocena jakości powietrza prowadzona jest przez Główny Inspektorat Ochrony Środowiska w ramach Państwowego Monitoringu Środowiska. W ocenie rocznej za 2023 r. '
         'strefa małopolska, do której należy Chrzanów, została zaliczona do klasy C ze względu na przekroczenia poziomu docelowego benzo(a)pirenu oraz dobowego poziomu '
         'dopuszczalnego pyłu PM10', d.fn('GIOŚ, Roczna ocena jakości powietrza w województwie małopolskim. Raport wojewódzki za rok 2023, Kraków 2024.'),
         '. Na terenie miasta od 2020 r. działa także sieć czujników niskokosztowych, z której dane – choć nie mają statusu pomiarów referencyjnych – dobrze pokazują '
         'zróżnicowanie przestrzenne i dobowe zanieczyszczeń.'])
    d.p(['W sezonie grzewczym 2023/2024 liczba dni z przekroczeniem dobowego poziomu dopuszczalnego PM10 (50 µg/m³) wyniosła w Chrzanowie 41, przy dopuszczalnych 35 w roku ',
         d.dele('kalendarzowym', *A3), d.ins(r('kalendarzowym – wartość ta spadła o połowę w stosunku do 2017 r.'), *A3),
         '. Średnioroczne stężenie benzo(a)pirenu (4,1 ng/m³) przekracza poziom docelowy ponad czterokrotnie. Najwyższe stężenia notowane są w godzinach wieczornych '
         '(18:00–23:00) w dni bezwietrzne, co wskazuje jednoznacznie na emisję z indywidualnych palenisk.'])
    d.p('Tabela 2. Stężenia zanieczyszczeń w Chrzanowie w latach 2017–2024', style='Caption')
    d.table([[{'t': h, 'b': True, 'fill': 'E2EFD9'} for h in ('Rok', 'PM10 średnia roczna [µg/m³]', 'Dni > 50 µg/m³ (PM10)', 'PM2,5 średnia roczna [µg/m³]', 'B(a)P [ng/m³]')]] +
            [['2017', '44', '87', '33', '7,9'], ['2018', '41', '79', '31', '7,1'], ['2019', '36', '61', '27', '6,2'], ['2020', '33', '52', '24', '5,4'],
             ['2021', '34', '55', '25', '5,3'], ['2022', '31', '46', '22', '4,6'], ['2023', '29', '41', '21', '4,1'], ['2024*', '28', '38', '20', '—']],
            [1000, 2100, 2000, 2100, 1900])
    d.p('* dane wstępne za okres styczeń–listopad. Źródło: GIOŚ, obliczenia własne UM.', style='Caption')
    rnd = random.Random(11)
    months = ['styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień']
    base = [62, 55, 38, 24, 17, 14, 13, 14, 19, 31, 47, 58]
    d.p('Tabela 3. Średnie miesięczne stężenia PM10 w wybranych lokalizacjach czujników (2024 r.) [µg/m³]', style='Caption')
    locs = ['Rynek', 'Kościelec', 'Stella', 'Borowiec', 'Balin', 'Rospontowa']
    d.table([[{'t': 'Miesiąc', 'b': True, 'fill': 'E2EFD9'}] + [{'t': l, 'b': True, 'fill': 'E2EFD9'} for l in locs]] +
            [[m] + [str(int(b * rnd.uniform(0.8, 1.35))) for _ in locs] for m, b in zip(months, base)], [1900] + [1200] * 6)
    d.p('Rozkład przestrzenny stężeń pokazuje wyraźnie, że najgorsza sytuacja występuje na osiedlach domów jednorodzinnych w dzielnicach Kościelec, Borowiec i Rospontowa '
        'oraz w sołectwie Balin. Centrum miasta, ogrzewane w większości z sieci ciepłowniczej, notuje stężenia niższe o 20–30%, choć i tu w styczniu i grudniu '
        'poziom dopuszczalny przekraczany jest regularnie.')
    d.p('Skutki zdrowotne zanieczyszczenia powietrza są dobrze udokumentowane. Szacuje się, że narażenie na pył PM2,5 skraca średnią długość życia mieszkańców Małopolski '
        'o kilka do kilkunastu miesięcy. Lekarze podstawowej opieki zdrowotnej z Chrzanowa, uczestniczący w spotkaniu Lokalnego Partnerstwa, zwracali uwagę na wyraźny '
        'wzrost liczby porad z powodu infekcji dróg oddechowych i zaostrzeń astmy w okresach smogowych.')
    H2(d, '2.3. Źródła emisji – inwentaryzacja')
    d.p('W latach 2022–2023 Gmina przeprowadziła inwentaryzację źródeł ciepła w budynkach mieszkalnych, korzystając z danych Centralnej Ewidencji Emisyjności Budynków (CEEB), '
        'ankiet oraz wizji lokalnych. Wyniki przedstawia tabela 4. Mimo wyraźnego postępu w ostatnich latach, na terenie gminy nadal funkcjonuje ok. 1 900 kotłów '
        'pozaklasowych oraz ok. 240 pieców kaflowych, głównie w lokalach komunalnych i prywatnych kamienicach w centrum.')
    d.p('Tabela 4. Źródła ciepła w budynkach mieszkalnych Gminy Chrzanów (stan na 30.06.2024 r.)', style='Caption')
    d.table([[{'t': h, 'b': True, 'fill': 'E2EFD9'} for h in ('Rodzaj źródła ciepła', 'Liczba', 'Udział [%]', 'Zmiana od 2019 r.')]] +
            [['Kocioł na paliwo stałe – pozaklasowy', '1 912', '16,8', '−2 640'], ['Kocioł na paliwo stałe – klasa 5 / ekoprojekt', '2 734', '24,0', '+1 105'],
             ['Piec kaflowy', '241', '2,1', '−318'], ['Kocioł gazowy', '3 688', '32,4', '+912'], ['Pompa ciepła', '1 126', '9,9', '+1 004'],
             ['Sieć ciepłownicza', '1 420', '12,5', '+86'], ['Ogrzewanie elektryczne i inne', '264', '2,3', '+41'],
             [{'t': 'Razem', 'b': True}, {'t': '11 385', 'b': True}, {'t': '100,0', 'b': True}, '']], [4300, 1500, 1500, 1800])
    d.p('Poza emisją z ogrzewania indywidualnego istotne znaczenie mają: transport drogowy (drogi krajowe nr 79 i wojewódzka nr 933 przechodzą przez centrum miasta), '
        'emisja z zakładów przemysłowych w strefie przy ul. Śląskiej oraz napływ zanieczyszczeń z aglomeracji śląskiej przy wiatrach zachodnich. Według modelowania '
        'wykonanego na potrzeby Programu ochrony powietrza udział emisji komunalno-bytowej w stężeniach B(a)P w Chrzanowie przekracza 85%.')
    d.p('Istotnym problemem pozostaje spalanie odpadów w piecach domowych. W sezonie grzewczym 2023/2024 Straż Miejska przeprowadziła 412 kontroli, w wyniku których '
        'nałożono 57 mandatów i skierowano 6 wniosków o ukaranie do sądu. Mieszkańcy zgłosili 318 interwencji – najwięcej z rejonu Kościelca i Borowca.')
    d.p('Tabela 5. Kontrole palenisk prowadzone przez Straż Miejską w Chrzanowie', style='Caption')
    d.table([[{'t': h, 'b': True, 'fill': 'E2EFD9'} for h in ('Sezon grzewczy', 'Kontrole', 'Zgłoszenia mieszkańców', 'Mandaty', 'Wnioski do sądu', 'Próbki popiołu')]] +
            [['2020/2021', '264', '201', '31', '2', '4'], ['2021/2022', '318', '247', '44', '3', '9'], ['2022/2023', '371', '296', '49', '5', '11'],
             ['2023/2024', '412', '318', '57', '6', '14']], [1700, 1300, 1800, 1200, 1500, 1500])
    d.p(r('Ubóstwo energetyczne', b=True, i=True))
    d.p('Z danych MOPS wynika, że w 2024 r. dodatki mieszkaniowe i energetyczne pobierało ok. 1 150 gospodarstw domowych, a dodatek osłonowy i dodatek węglowy w latach '
        '2022–2023 – ponad 6 tys. gospodarstw. Pracownicy socjalni wskazują, że część klientów ośrodka odkłada wymianę kotła nie z powodu braku dotacji, lecz z obawy '
        'przed wyższymi rachunkami za gaz lub energię elektryczną po wymianie. W gospodarstwach tych nierzadko pali się najtańszym opałem i odpadami.')
    d.p('Tabela 5a. Gospodarstwa domowe korzystające ze wsparcia w kosztach ogrzewania', style='Caption')
    d.table([[{'t': h, 'b': True, 'fill': 'E2EFD9'} for h in ('Rodzaj wsparcia', '2021', '2022', '2023', '2024')]] +
            [['Dodatek mieszkaniowy', '684', '651', '622', '598'], ['Dodatek energetyczny', '212', '236', '251', '247'],
             ['Dodatek osłonowy', '—', '5 918', '4 102', '—'], ['Dodatek węglowy', '—', '6 244', '—', '—'],
             ['Zasiłek celowy na opał', '318', '402', '377', '341']], [3700, 1300, 1300, 1300, 1300])
    d.p(r('Transport i emisja liniowa', b=True, i=True))
    d.p('Przez centrum Chrzanowa przebiegają drogi o dużym natężeniu ruchu, w tym al. Henryka i ul. Krakowska. Pomiary z 2023 r. wykazały na al. Henryka średni dobowy ruch '
        'na poziomie ok. 18 tys. pojazdów. Emisja z transportu ma znaczenie przede wszystkim dla stężeń dwutlenku azotu i pyłu z unosu wtórnego, natomiast jej udział w '
        'stężeniach B(a)P jest niewielki. Dlatego MID nie obejmuje działań transportowych – są one przedmiotem odrębnego Planu Zrównoważonej Mobilności.')
    d.p('Tabela 5b. Natężenie ruchu na głównych ulicach (SDR, 2023 r.)', style='Caption')
    d.table([[{'t': h, 'b': True, 'fill': 'E2EFD9'} for h in ('Ulica', 'SDR [poj./dobę]', 'Udział pojazdów ciężkich [%]')]] +
            [['al. Henryka', '18 240', '9'], ['ul. Krakowska', '14 610', '7'], ['ul. Oświęcimska', '11 980', '11'], ['ul. Śląska', '9 870', '14'],
             ['ul. Grunwaldzka', '7 320', '5'], ['ul. Kadłubek', '6 150', '4']], [3500, 2800, 2800])
    H2(d, '2.4. Dotychczasowe działania Gminy')
    d.p('Gmina Chrzanów od ponad dziesięciu lat realizuje działania na rzecz poprawy jakości powietrza. Najważniejsze z nich zestawiono poniżej. Są to przedsięwzięcia '
        'zakończone – ich kontynuacja, o ile jest przewidziana, została ujęta w kartach działań w rozdziale IV.')
    past = [('Program Ograniczania Niskiej Emisji (PONE) 2015–2020', 'Wydział Ochrony Środowiska UM; RPO WM 2014–2020 i budżet Gminy; wymieniono 1 460 kotłów, wartość dotacji 11,8 mln zł.'),
            ('Termomodernizacja 9 budynków użyteczności publicznej (2017–2021)', 'Wydział Inwestycji UM; RPO WM 2014–2020, Działanie 4.3; 14,2 mln zł.'),
            ('Rozbudowa sieci ciepłowniczej na os. Tysiąclecia (2019–2020)', 'dostawca ciepła sieciowego; środki własne spółki; przyłączono 38 budynków.'),
            ('Kampania „Nie truj sąsiada” (2018–2019)', 'Wydział Ochrony Środowiska UM i szkoły; budżet Gminy; 24 spotkania z mieszkańcami.')]
    for t, rest in past:
        d.p([r(t, b=True), r('. ' + rest)], style='ListParagraph', numpr=(5, 0))
    frame = ('<w:framePr w:w="8900" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:xAlign="center" w:y="1"/>')
    bd = '<w:pBdr><w:top w:val="double" w:sz="6" w:space="4" w:color="385623"/><w:left w:val="double" w:sz="6" w:space="4" w:color="385623"/><w:bottom w:val="double" w:sz="6" w:space="4" w:color="385623"/><w:right w:val="double" w:sz="6" w:space="4" w:color="385623"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="F2F8EE"/>'
    for k, t in enumerate(['Ramka 2. Dobre praktyki z Krakowa i Skawiny',
                           'Kraków jako pierwsze miasto w Polsce wprowadził całkowity zakaz spalania paliw stałych (od 1 września 2019 r.). Decyzję poprzedził wieloletni program '
                           'dopłat do wymiany pieców, a także program osłonowy pokrywający różnicę w kosztach ogrzewania dla najuboższych gospodarstw.',
                           'Skawina zorganizowała sieć ekodoradców i „ambasadorów” na osiedlach, którzy odwiedzali mieszkańców z informacją o dotacjach. Dzięki temu liczba wniosków '
                           'do programu Czyste Powietrze wzrosła w ciągu dwóch lat niemal trzykrotnie.']):
        d.p(r(t, b=(k == 0), sz=11), frame=frame, pbdr=bd, spacing='<w:spacing w:after="60"/>')
    d.p('')
    H2(d, '2.5. Analiza SWOT')
    d.p('Tabela 6. Analiza SWOT w obszarze jakości powietrza', style='Caption')
    d.table([[{'t': 'MOCNE STRONY', 'b': True, 'fill': 'E2EFD9'}, {'t': 'SŁABE STRONY', 'b': True, 'fill': 'FBE4D5'}],
             ['– doświadczenie z realizacji PONE\n– działający punkt ekodoradztwa\n– rozbudowana sieć ciepłownicza w centrum\n– aktywne stowarzyszenia i rady osiedli',
              '– duża liczba kotłów pozaklasowych w zabudowie jednorodzinnej\n– piece kaflowe w lokalach komunalnych\n– ubóstwo energetyczne części mieszkańców\n– niekorzystne warunki przewietrzania'],
             [{'t': 'SZANSE', 'b': True, 'fill': 'DEEAF6'}, {'t': 'ZAGROŻENIA', 'b': True, 'fill': 'FFF2CC'}],
             ['– programy Czyste Powietrze, Ciepłe Mieszkanie, Stop Smog\n– Fundusze Europejskie dla Małopolski 2021–2027\n– wsparcie sieci PIM\n– spadek cen pomp ciepła',
              '– wzrost cen energii i gazu\n– niestabilność zasad programów krajowych\n– napływ zanieczyszczeń ze Śląska\n– niska skuteczność egzekwowania uchwały antysmogowej']],
            [4550, 4550])
    d.p('Z diagnozy wynika, że kluczem do dalszej poprawy jakości powietrza jest dotarcie do tej grupy mieszkańców, która dotąd nie skorzystała z dotacji: osób starszych, '
        'o niskich dochodach, mieszkających w lokalach komunalnych lub w starych domach jednorodzinnych. Same dotacje nie wystarczą – potrzebne jest doradztwo, '
        'pomoc w formalnościach, osłona przed wzrostem kosztów ogrzewania oraz konsekwentna kontrola.')

    # III. Cele
    H1(d, 'III. CELE MID')
    d.p(r('Cel główny: ', b=True) + r('Zmniejszenie liczby dni z przekroczeniem dobowego poziomu dopuszczalnego PM10 w Chrzanowie do najwyżej 35 w roku do 2028 r. '
                                       'oraz obniżenie średniorocznego stężenia benzo(a)pirenu o co najmniej 30% w stosunku do 2023 r.'))
    for k in (1, 2, 3):
        d.p([r(f'Cel szczegółowy {k}. {OBJ[k]}', b=True)])
        d.p({1: 'Likwidacja pozostałych kotłów pozaklasowych i pieców kaflowych, w pierwszej kolejności w zasobie komunalnym, oraz skuteczna kontrola przestrzegania uchwały antysmogowej.',
             2: 'Stała, rzetelna informacja o jakości powietrza, edukacja dzieci i dorosłych oraz zaangażowanie mieszkańców w docieranie do sąsiadów, którzy potrzebują pomocy.',
             3: 'Ochrona gospodarstw zagrożonych ubóstwem energetycznym przed skutkami wymiany źródła ciepła oraz sprawna koordynacja MID.'}[k], ind='<w:ind w:left="567"/>')

    # IV. Karty działań
    H1(d, 'IV. KARTY DZIAŁAŃ')
    d.p('Poniżej przedstawiono karty działań przygotowane przez członków zespołu roboczego. Karty wypełniono na formularzu z polami do uzupełnienia; pola, których '
        'nie udało się jeszcze uzupełnić, pozostawiono z tekstem podpowiedzi. Numeracja kart nie została zmieniona po usunięciu i dodaniu działań – zostanie uporządkowana w wersji ostatecznej.')
    for c in CARDS:
        card(d, c)

    # V. Harmonogram i budżet
    H1(d, 'V. HARMONOGRAM I BUDŻET')
    H2(d, '5.1. Harmonogram')
    d.p('Tabela 7. Harmonogram realizacji działań MID (■ – okres realizacji)', style='Caption')
    yrs = {1: (2025, 2028), 2: (2025, 2027), 3: None, 4: (2025, 2025), 6: (2025, 2028), 7: (2025, 2027), 8: (2026, 2027), 9: (2025, 2027), 10: (2026, 2028), 12: (2025, 2028)}
    rows = [[{'t': h, 'b': True, 'fill': 'E2EFD9'} for h in ('Nr', 'Działanie', '2025', '2026', '2027', '2028', 'Uwagi')]]
    for c in CARDS:
        if c['kind'] not in ('action', 'inserted'):
            continue
        y = yrs[c['no']]
        marks = [('■' if y and y[0] <= yr <= y[1] else '') for yr in (2025, 2026, 2027, 2028)]
        note = 'termin zależny od naboru NFOŚiGW – do ustalenia' if y is None else ('działanie dodane – do akceptacji LP' if c['kind'] == 'inserted' else '')
        rows.append([str(c['no']), c['title']] + [{'t': m, 'align': 'center'} for m in marks] + [note])
    d.table(rows, [500, 3700, 700, 700, 700, 700, 2100])
    H2(d, '5.2. Budżet')
    d.p(r('Zestawienie kosztów i źródeł finansowania zostanie opracowane po zakończeniu konsultacji społecznych i przyjęciu zmian w WPF (do uzupełnienia przez Wydział Finansowy).',
          i=True, color='7F7F7F'))

    # VI. Partnerstwo
    H1(d, 'VI. PARTNERSTWO I KONSULTACJE')
    H2(d, '6.1. Skład Lokalnego Partnerstwa')
    d.p('Lokalne Partnerstwo na rzecz czystego powietrza w Chrzanowie zostało powołane Zarządzeniem Burmistrza Miasta Chrzanowa w listopadzie 2024 r. W jego skład weszło '
        '16 osób reprezentujących instytucje publiczne, organizacje pozarządowe, szkoły, przedsiębiorców i mieszkańców.')
    d.table([[{'t': h, 'b': True, 'fill': 'E2EFD9'} for h in ('Podmiot', 'Przedstawiciel')]] + [list(x) for x in [
        ('Urząd Miejski w Chrzanowie – Wydział Rozwoju i Funduszy Zewnętrznych', 'Anna Nowak'), ('Urząd Miejski – Wydział Ochrony Środowiska', 'Magdalena Kwiecień'),
        ('Straż Miejska w Chrzanowie', 'Łukasz Mrozek'), ('Miejski Ośrodek Pomocy Społecznej', 'Barbara Sikora'), ('Miejski Zarząd Nieruchomości', 'Grzegorz Pawlik'),
        ('Chrzanowskie Stowarzyszenie „Czyste Niebo”', 'Tomasz Wróbel'), ('Rada Seniorów Gminy Chrzanów', 'Zofia Dudek'), ('Szkoła Podstawowa nr 3', 'Iwona Lasek'),
        ('Powiatowa Stacja Sanitarno-Epidemiologiczna', 'dr Marta Kłos'), ('Cech Rzemiosł Różnych – przedstawiciel instalatorów', 'Jerzy Baran'),
        ('Rada Osiedla Kościelec', 'Henryk Gil'), ('Sołtys Balina', 'Krystyna Mazur')]], [5600, 3500])
    H2(d, '6.2. Spotkania Lokalnego Partnerstwa')
    d.p('W okresie przygotowania MID odbyły się następujące spotkania:')
    for t in ['Posiedzenie inauguracyjne Lokalnego Partnerstwa – 28.11.2024', 'Warsztat diagnostyczny „Skąd się bierze smog w Chrzanowie?” – 12.12.2024',
              'Spacer badawczy po Kościelcu i Borowcu z udziałem Straży Miejskiej – 18.01.2025', 'Warsztat „Kogo nie widzimy? Ubóstwo energetyczne” – 13.02.2025',
              'Spotkanie z instalatorami i dostawcą ciepła – 6.03.2025', 'Warsztat priorytetyzacji działań – 9.04.2025', 'Warsztat z MOPS i Radą Seniorów – 15.05.2025']:
        d.p(t, style='ListParagraph', numpr=(3, 0))
    H2(d, '6.3. Propozycje mieszkańców')
    d.p('W ankiecie internetowej i na spotkaniach mieszkańcy zgłosili 46 propozycji. Część z nich została uwzględniona w kartach działań, inne wymagają dalszej analizy lub '
        'zostały odrzucone. Najczęściej powtarzające się propozycje zestawiono poniżej.')
    d.table([[{'t': h, 'b': True, 'fill': 'E2EFD9'} for h in ('Propozycja mieszkańców', 'Liczba zgłoszeń', 'Stanowisko zespołu roboczego')]] + [list(x) for x in [
        ('Całkowity zakaz palenia węglem w Chrzanowie od 2027 r. (jak w Krakowie)', '7', 'odrzucona – wymaga uchwały Sejmiku; poza kompetencjami Gminy'),
        ('Darmowa komunikacja w dni smogowe', '5', 'odrzucona – brak środków, niski efekt dla emisji z palenisk'),
        ('Więcej czujników przy szkołach i przedszkolach', '9', 'uwzględniona (karta nr 4)'),
        ('Pomoc w wypełnianiu wniosków dla seniorów', '11', 'uwzględniona (karty nr 1 i 9)'),
        ('Zraszanie ulic w dni smogowe', '3', 'odrzucona – nieskuteczne wobec pyłu z ogrzewania'),
        ('Budowa farmy fotowoltaicznej na terenie po Fabloku', '2', 'do dalszej analizy – poza zakresem MID'),
        ('Dopłaty do rachunków za ogrzewanie po wymianie pieca', '4', 'uwzględniona (karta nr 10)'),
        ('Częstsze kontrole palenisk wieczorem i w weekendy', '8', 'uwzględniona (karta nr 6)')]], [4600, 1300, 3200])

    H2(d, '6.4. Konsultacje społeczne')
    d.p('Konsultacje społeczne projektu MID zaplanowano na czerwiec i lipiec 2025 r. Odbędą się w formie ankiety internetowej, dwóch otwartych spotkań (w Chrzanowie '
        'i w Balinie) oraz dyżurów ekodoradców na targowisku miejskim. Do tej pory, na etapie diagnozy, przeprowadzono ankietę wśród mieszkańców (612 odpowiedzi), '
        'w której pytano o ocenę jakości powietrza, sposób ogrzewania domów i gotowość do skorzystania z dotacji.')
    d.p('Wyniki ankiety pokazały, że 68% respondentów ocenia jakość powietrza zimą jako złą lub bardzo złą, a 23% nie wie, z jakich programów dotacyjnych mogłoby '
        'skorzystać. Wśród osób ogrzewających dom kotłem na węgiel 44% deklaruje chęć wymiany źródła ciepła w ciągu trzech lat, ale jedynie 15% złożyło już wniosek. '
        'Najczęściej wskazywane bariery to: koszt inwestycji mimo dotacji (57%), skomplikowane procedury (41%) i obawa przed wyższymi rachunkami (38%).')
    d.p('Tabela 7a. Wybrane wyniki ankiety mieszkańców (n = 612)', style='Caption')
    d.table([[{'t': h, 'b': True, 'fill': 'E2EFD9'} for h in ('Pytanie / odpowiedź', 'Odsetek [%]')]] +
            [['Jakość powietrza zimą – zła lub bardzo zła', '68'], ['Nie wiem, z jakich dotacji mogę skorzystać', '23'],
             ['Planuję wymianę kotła w ciągu 3 lat (ogrzewający węglem)', '44'], ['Złożyłem/am wniosek do programu Czyste Powietrze', '15'],
             ['Bariera: koszt inwestycji mimo dotacji', '57'], ['Bariera: skomplikowane procedury', '41'], ['Bariera: obawa przed wyższymi rachunkami', '38'],
             ['Poparcie dla częstszych kontroli palenisk', '74']], [6800, 2300])

    # VII. Wskaźniki
    H1(d, 'VII. WSKAŹNIKI I MONITORING')
    d.p('Monitoring realizacji MID prowadzi koordynator MID we współpracy z Wydziałem Ochrony Środowiska. Raport roczny przedstawiany jest Lokalnemu Partnerstwu do końca '
        'marca każdego roku. Poza wskaźnikami produktu dla działań monitorowane są wskaźniki rezultatu: liczba dni z przekroczeniem PM10 oraz średnioroczne stężenie B(a)P.')
    d.p('Tabela 8. Wskaźniki produktu', style='Caption')
    indrows = {1: ('Liczba udzielonych porad', '2 400', 'rejestr punktu'), 2: ('Liczba zlikwidowanych kotłów i pieców kaflowych', '180', 'MZN'),
               3: ('Liczba lokali z wymienionym źródłem ciepła', '220', 'Wydział Ochrony Środowiska'), 4: ('Liczba czujników PM10/PM2,5', '24', 'operator sieci'),
               6: ('Liczba kontroli w sezonie grzewczym', '600', 'Straż Miejska'), 7: ('do uzupełnienia po konsultacjach ze szkołami', '—', '—'),
               8: ('Liczba posadzonych drzew', '350', 'Wydział Gospodarki Komunalnej'), 9: ('Liczba przeszkolonych ambasadorów', '40', 'CAL przy MOPS'),
               12: ('Liczba raportów rocznych', '4', 'koordynator MID')}
    d.table([[{'t': h, 'b': True, 'fill': 'E2EFD9'} for h in ('Nr dz.', 'Wskaźnik', 'Wartość docelowa (2028)', 'Źródło danych')]] +
            [[str(k), a, b, c] for k, (a, b, c) in indrows.items()], [800, 4400, 1700, 2200])
    d.p('Tabela 9. Wskaźniki rezultatu', style='Caption')
    d.table([[{'t': h, 'b': True, 'fill': 'E2EFD9'} for h in ('Wskaźnik', 'Wartość bazowa (2023)', 'Wartość docelowa (2028)')]] +
            [['Liczba dni z przekroczeniem dobowego poziomu PM10', '41', '≤ 35'], ['Średnioroczne stężenie B(a)P [ng/m³]', '4,1', '≤ 2,9'],
             ['Liczba kotłów pozaklasowych', '1 912', '≤ 600']], [4800, 2100, 2200])
    # VIII – Analiza ryzyka: in ToC only, no body (stale ToC of the draft)

    # Załącznik
    H1(d, 'Załącznik nr 1. Projekty komplementarne')
    d.p('Projekty realizowane lub planowane przez inne podmioty, wspierające cele MID. Nie są finansowane w ramach MID.')
    d.table([[{'t': h, 'b': True, 'fill': 'E2EFD9'} for h in ('Projekt', 'Realizator', 'Źródło finansowania', 'Okres')]] + [list(x) for x in [
        ('Rozbudowa sieci ciepłowniczej w rejonie ul. Kadłubek i ul. Oświęcimskiej', 'dostawca ciepła sieciowego', 'FEnIKS', '2025–2027'),
        ('Termomodernizacja budynków Starostwa Powiatowego w Chrzanowie', 'Powiat Chrzanowski', 'FEM 2021–2027', '2025–2026'),
        ('Program Czyste Powietrze – obsługa wniosków mieszkańców', 'WFOŚiGW w Krakowie', 'NFOŚiGW / KPO', 'do 2029 r.'),
        ('Małopolski program „Ekointerwencja”', 'Urząd Marszałkowski Województwa Małopolskiego', 'LIFE', '2024–2027')]], [3900, 2400, 1600, 1200])
    return d


def gold_actions():
    out = []
    for c in CARDS:
        if c['kind'] not in ('action', 'inserted'):
            continue
        vals = {'responsible': v(c['resp']), 'timeline': v(c['time']), 'cost': v(c['cost']), 'funding': v(c['fund']), 'indicator': v(c['ind'])}
        out.append({'title': c['title'], 'theme': c['theme'], 'secondary_themes': c['sec'], 'responsible': vals['responsible'] is not None,
                    'timeline': vals['timeline'] is not None, 'cost': vals['cost'] is not None, 'indicator': vals['indicator'] is not None,
                    'type': None, 'values': vals})
    return out


GOLD_META = dict(document_type='mid', city='Chrzanów', network='air_quality', status='draft', text_layer=True,
                 sections={'summary': 'missing', 'context': 'present', 'objectives': 'present', 'actions': 'present', 'schedule': 'present',
                           'budget': 'incomplete', 'stakeholders': 'present', 'indicators': 'present', 'risks': 'missing'},
                 traps=['content_control_cards', 'placeholder_fields_not_stated', 'placeholder_only_card_not_action', 'tracked_deleted_action',
                        'tracked_inserted_action', 'tracked_value_change_in_field', 'comments_on_values', 'wprowadzenie_not_summary',
                        'toc_entry_without_body', 'merged_schedule_budget_budget_deferral', 'manual_roman_caps_headings', 'card_numbering_gaps',
                        'past_projects_bold_list_decoy', 'frame_good_practice_decoy', 'meeting_list_lines_decoy', 'residents_proposals_decoy',
                        'complementary_projects_annex_decoy', 'schedule_row_without_period', 'indicator_table_deferral_row'],
                 notes='Draft with tracked changes and comments. Card nr 5 ("Dofinansowanie wymiany okien...") is a tracked deletion – not an action. '
                       'Card nr 10 (osłona energetyczna) is a tracked insertion – counts. Card nr 11 holds only placeholders – not an action. '
                       'Card 2 cost: "5,8 mln zł" deleted, "6,3 mln zł" inserted (gold = 6,3 mln zł). Card 8 timeline: "2026 r." deleted, "2026–2027" inserted. '
                       'Card 3 timeline placeholder and schedule says "do ustalenia" -> null. Card 7 cost and indicator placeholders (indicator table: "do uzupełnienia") -> null. '
                       'Card 12 cost "—", funding placeholder -> null. "I. WPROWADZENIE" describes the draft, there is no summary. '
                       '"V. HARMONOGRAM I BUDŻET": schedule table present, budget only a deferral sentence -> budget incomplete. '
                       'ToC lists "VIII. ANALIZA RYZYKA" but no such chapter exists -> risks missing.')
