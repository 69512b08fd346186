"""Document 2: MID Ostrów Mazowiecka (sieć: mobilność). ODT written with odfpy, kept as ODT."""
import re
from odf.opendocument import OpenDocumentText
from odf import style, text, table, draw, office, dc
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                       TableProperties, PageLayout, PageLayoutProperties, MasterPage, Header, Footer,
                       HeaderStyle, FooterStyle, HeaderFooterProperties, GraphicProperties, TabStops, TabStop,
                       ListLevelProperties)
from odf.text import (P, H, Span, List, ListItem, ListStyle, ListLevelStyleNumber, ListLevelStyleBullet)

CITY = 'Ostrów Mazowiecka'
PH = 'Kliknij lub naciśnij tutaj, aby wprowadzić tekst.'
MUST_NOT_APPEAR_IN_PDF = []

OBJ = {
    1: 'Cel szczegółowy 1 – Rower jako codzienny środek transportu w mieście',
    2: 'Cel szczegółowy 2 – Bezpieczne i dostępne ulice dla pieszych',
    3: 'Cel szczegółowy 3 – Atrakcyjny transport zbiorowy i świadome wybory komunikacyjne',
}

# value: str = printed & gold; ('PH', text) = placeholder printed, gold None; ('NS', text) = printed marker, gold None
# ('CHG', old, new) = tracked change old->new, gold new
ACTIONS = [
    dict(obj=1, title='Ostrowska Pętla – sieć tras rowerowych, etap I (ul. Lubiejewska – ul. Komorowska)', theme='cycling', sec=[],
         desc='Budowa dróg dla rowerów i ciągów pieszo-rowerowych łączących osiedla północne ze śródmieściem, szkołami i strefą przemysłową; przejazdy rowerowe w poziomie chodnika na skrzyżowaniach z drogami lokalnymi.',
         resp='Referat Inwestycji i Zamówień Publicznych UM Ostrów Mazowiecka', period='2025–2026',
         cost='3,8 mln zł', fund='FEM 2021–2027 (Priorytet II – mobilność miejska), budżet miasta – 15%',
         ind='4,6 km nowych dróg dla rowerów'),
    dict(obj=1, title='Stojaki i wiaty rowerowe przy obiektach publicznych', theme='cycling', sec=[],
         desc='Montaż stojaków typu „U” i zadaszonych wiat przy szkołach, przychodniach, urzędach, targowisku miejskim i hali sportowej.',
         resp='Referat Gospodarki Komunalnej i Ochrony Środowiska UM', period='II–III kw. 2025',
         cost='120 000 zł', fund='budżet miasta', ind='14 lokalizacji, 180 miejsc postojowych dla rowerów'),
    dict(obj=1, title='Rower miejski sezonowy – pilotaż', theme='cycling', sec=[], inserted=True,
         desc='Pilotażowy system 40 rowerów (w tym 10 elektrycznych) na 6 stacjach, uruchamiany od kwietnia do października; operator wyłoniony w przetargu.',
         resp='Referat Gospodarki Komunalnej i Ochrony Środowiska UM', period='sezony 2026 i 2027 (kwiecień–październik)',
         cost='90 000 zł na sezon (2 sezony)', fund='budżet miasta, umowa sponsorska', ind='6 stacji, 40 rowerów'),
    dict(obj=2, title='Strefa Tempo 30 w śródmieściu', theme='walking_traffic_calming', sec=[],
         desc='Wprowadzenie strefy ograniczonej prędkości w obrębie Rynku i ulic przyległych, z oznakowaniem bram wjazdowych, azylami i zawężeniami jezdni.',
         resp='Referat Drogownictwa UM Ostrów Mazowiecka', period='IV kw. 2025',
         cost='250 tys. zł', fund='budżet miasta', ind='1 strefa Tempo 30 o pow. ok. 0,9 km²'),
    dict(obj=2, title='Wyniesione przejścia dla pieszych przy Szkołach Podstawowych nr 1 i nr 3', theme='walking_traffic_calming', sec=[],
         desc='Przebudowa pięciu przejść na przejścia wyniesione z doświetleniem i oznakowaniem aktywnym; na drogach powiatowych w porozumieniu z zarządcą.',
         resp='Referat Drogownictwa UM we współpracy z Zarządem Dróg Powiatowych w Ostrowi Mazowieckiej', period='2026',
         cost=('PH', PH), fund='Rządowy Program Ochrony Niechronionych Uczestników Ruchu Drogowego', ind='5 przebudowanych przejść dla pieszych'),
    dict(obj=2, title='Audyt dostępności chodników i przystanków', theme='walking_traffic_calming', sec=[],
         desc='Inwentaryzacja barier dla osób z niepełnosprawnościami, seniorów i rodziców z wózkami na 40 km chodników i 35 przystankach; lista napraw z priorytetami.',
         resp='Koordynator ds. dostępności UM Ostrów Mazowiecka', period='I–II kw. 2025',
         cost='35 000 zł', fund='budżet miasta', ind='1 raport z audytu wraz z mapą barier'),
    dict(obj=3, title='Uruchomienie gminnej linii autobusowej Ostrów – Komorowo – Lubiejewo', theme='public_transport', sec=[],
         desc='Linia użyteczności publicznej uruchomiona na podstawie porozumienia z Gminą Ostrów Mazowiecka, skomunikowana z rozkładem szkół i zakładów pracy.',
         resp=('PH', '[wpisz realizatora]'), period='od IX 2025',
         cost='90 000 zł rocznie (dopłata do przewozów, 3 lata)', fund='Fundusz rozwoju przewozów autobusowych, budżet miasta',
         ind='1 linia, 12 kursów w dni robocze'),
    dict(obj=3, title='Zakup dwóch autobusów elektrycznych dla komunikacji gminnej', theme='public_transport', sec=['low_emission'],
         desc='Zakup dwóch autobusów klasy midi z infrastrukturą ładowania na terenie bazy przewoźnika.',
         resp='Miejskie Przedsiębiorstwo Gospodarki Komunalnej Sp. z o.o.', period='2026–2027',
         cost=('CHG', '4,2 mln zł', '5,1 mln zł'), fund='NFOŚiGW – program „Zielony transport publiczny”',
         ind='2 autobusy zeroemisyjne', comment_on='cost'),
    dict(obj=3, title='Centrum przesiadkowe przy dworcu autobusowym', theme='public_transport', sec=[],
         desc='Przebudowa placu dworcowego: zadaszone perony, parking B+R, informacja pasażerska w czasie rzeczywistym, toaleta publiczna.',
         resp='Referat Inwestycji i Zamówień Publicznych UM Ostrów Mazowiecka', period=('NS', 'zostanie określony po ogłoszeniu naboru'),
         cost='2,1 mln zł', fund='FEM 2021–2027', ind='1 węzeł przesiadkowy, 30 miejsc B+R'),
    dict(obj=3, title='Kampania „Ostrów na pieszo i rowerem” oraz Rowerowy Maj w szkołach', theme='eco_awareness', sec=['cycling'],
         desc='Coroczna kampania informacyjna, rywalizacja szkół w liczbie dojazdów rowerem, mapa tras i akcje w Europejskim Tygodniu Zrównoważonego Transportu.',
         resp='Referat Promocji i Komunikacji Społecznej UM', period='co roku, maj–wrzesień 2025–2027',
         cost='15 tys. zł rocznie', fund='budżet miasta, WFOŚiGW w Warszawie', ind=('PH', PH)),
    dict(obj=3, title='Koordynacja MID i pomiary ruchu', theme='other', sec=[],
         desc='Obsługa Lokalnego Partnerstwa, coroczne pomiary ruchu pieszego i rowerowego (liczniki ręczne i automatyczne), raport roczny.',
         resp='Pełnomocnik Burmistrza ds. Partnerskiej Inicjatywy Miast', period='2025–2027',
         cost=('NS', '—'), fund='w ramach bieżącej działalności UM', ind='3 raporty roczne, 3 pomiary ruchu'),
]
DELETED = dict(obj=3, title='Budowa parkingu buforowego przy ul. Warszawskiej',
               desc='Parking na 120 samochodów na obrzeżu śródmieścia z dojściem pieszym do Rynku.',
               resp='Referat Inwestycji i Zamówień Publicznych UM Ostrów Mazowiecka', period='2026', cost='1,6 mln zł',
               fund='budżet miasta', ind='120 miejsc postojowych')
DELETED_BEFORE = 'Kampania „Ostrów na pieszo i rowerem” oraz Rowerowy Maj w szkołach'


def gold_val(v):
    if isinstance(v, tuple):
        return v[2] if v[0] == 'CHG' else None
    return v


class Writer:
    def __init__(self):
        self.doc = OpenDocumentText()
        self.S = {}
        self.cid = 0
        self.tc = text.TrackedChanges()
        self.doc.text.addElement(self.tc)
        self._styles()

    # ---------------- styles
    def _ps(self, name, auto=False, parent=None, tp=None, pp=None, family='paragraph', master=None):
        kw = dict(name=name, family=family)
        if parent:
            kw['parentstylename'] = parent
        if master:
            kw['masterpagename'] = master
        s = Style(**kw)
        if pp:
            s.addElement(ParagraphProperties(**pp))
        if tp:
            s.addElement(TextProperties(**tp))
        (self.doc.automaticstyles if auto else self.doc.styles).addElement(s)
        self.S[name] = s
        return s

    def _styles(self):
        d = self.doc
        font = dict(fontname='Liberation Sans', fontfamily='Liberation Sans')
        from odf.style import FontFace
        d.fontfacedecls.addElement(FontFace(name='Liberation Sans', fontfamily='Liberation Sans', fontfamilygeneric='swiss', fontpitch='variable'))
        self._ps('Standard', tp=dict(fontname='Liberation Sans', fontsize='11pt', language='pl', country='PL'),
                 pp=dict(marginbottom='0.18cm', lineheight='125%'))
        self._ps('Text_20_body', parent='Standard', pp=dict(textalign='justify', marginbottom='0.2cm'))
        self.S['Text_20_body'].setAttribute('displayname', 'Text body')
        for lvl, size, col in ((1, '15pt', '#7A1F1F'), (2, '12.5pt', '#7A1F1F'), (3, '11pt', '#333333')):
            s = self._ps('Heading_20_%d' % lvl, parent='Standard',
                         tp=dict(fontsize=size, fontweight='bold', color=col),
                         pp=dict(margintop='0.45cm', marginbottom='0.2cm', keepwithnext='always'))
            s.setAttribute('displayname', 'Heading %d' % lvl)
            s.setAttribute('defaultoutlinelevel', str(lvl))
        self._ps('Chapter', parent='Heading_20_1', pp=dict(breakbefore='page'))
        self._ps('Caption', parent='Standard', tp=dict(fontsize='9pt', fontstyle='italic', fontweight='bold', color='#7A1F1F'),
                 pp=dict(keepwithnext='always', margintop='0.2cm'))
        self._ps('Source', parent='Standard', tp=dict(fontsize='8.5pt', fontstyle='italic'))
        self._ps('Table_20_Contents', parent='Standard', tp=dict(fontsize='9pt'), pp=dict(marginbottom='0.05cm', lineheight='110%'))
        self._ps('Table_20_Heading', parent='Table_20_Contents', tp=dict(fontweight='bold'))
        self._ps('Footnote', parent='Standard', tp=dict(fontsize='8.5pt'), pp=dict(marginbottom='0cm', lineheight='100%'))
        self._ps('Header', parent='Standard', tp=dict(fontsize='8.5pt', color='#ffffff', fontweight='bold'),
                 pp=dict(backgroundcolor='#7A1F1F', padding='0.08cm'))
        self._ps('Footer', parent='Standard', tp=dict(fontsize='9pt'), pp=dict(textalign='end'))
        for lvl in (1, 2):
            s = self._ps('Contents_20_%d' % lvl, parent='Standard', pp=dict(marginleft='%.1fcm' % (0.6 * (lvl - 1)), marginbottom='0.08cm'))
            pp = s.getElementsByType(ParagraphProperties)[0]
            ts = TabStops(); ts.addElement(TabStop(position='%.2fcm' % (16.0 - 0.6 * (lvl - 1)), type='right', leaderstyle='dotted', leadertext='.'))
            pp.addElement(ts)
        self._ps('Contents_20_Heading', parent='Standard', tp=dict(fontsize='14pt', fontweight='bold'))
        self._ps('Field', parent='Standard', pp=dict(marginleft='0.3cm', marginbottom='0.06cm', textalign='justify'))
        self._ps('ActTitle', parent='Standard', tp=dict(fontweight='bold', fontsize='11pt'), pp=dict(margintop='0.3cm', keepwithnext='always'))
        self._ps('ObjHead', parent='Standard', tp=dict(fontweight='bold', color='#7A1F1F', fontsize='11pt'),
                 pp=dict(margintop='0.35cm', marginbottom='0.15cm', keepwithnext='always', borderbottom='0.5pt solid #7A1F1F'))
        self._ps('Box', parent='Standard', tp=dict(fontsize='9.5pt', fontname='Liberation Sans'), pp=dict(textalign='justify', marginbottom='0.1cm'))
        self._ps('CoverBig', parent='Standard', tp=dict(fontsize='24pt', fontweight='bold', color='#7A1F1F'), pp=dict(textalign='center'))
        self._ps('CoverMid', parent='Standard', tp=dict(fontsize='14pt'), pp=dict(textalign='center'))
        self._ps('CoverSmall', parent='Standard', tp=dict(fontsize='10.5pt'), pp=dict(textalign='center'))
        self._ps('CoverFirst', parent='CoverSmall', master='First_20_Page', auto=False)
        self._ps('AfterCover', parent='Standard', master='Standard', pp=dict(breakbefore='page'))
        self._ps('ToLandscape', parent='Heading_20_1', master='Landscape')
        self._ps('ToPortrait', parent='Heading_20_1', master='Standard')
        # text styles
        self._ps('Bold', family='text', tp=dict(fontweight='bold'))
        self._ps('Ital', family='text', tp=dict(fontstyle='italic'))
        self._ps('Placeholder', family='text', tp=dict(color='#808080'))
        # frame
        g = Style(name='BoxFrame', family='graphic')
        g.addElement(GraphicProperties(border='0.06cm solid #7A1F1F', backgroundcolor='#F8F1EC', fill='solid', fillcolor='#F8F1EC', padding='0.25cm',
                                       wrap='none', verticalpos='top', verticalrel='paragraph', horizontalpos='center', horizontalrel='paragraph'))
        d.automaticstyles.addElement(g)
        self.S['BoxFrame'] = g
        # tables
        self.cell = Style(name='Cell', family='table-cell')
        self.cell.addElement(TableCellProperties(border='0.5pt solid #555555', padding='0.08cm'))
        d.automaticstyles.addElement(self.cell)
        self.hcell = Style(name='HCell', family='table-cell')
        self.hcell.addElement(TableCellProperties(border='0.5pt solid #555555', padding='0.08cm', backgroundcolor='#EBD9D0'))
        d.automaticstyles.addElement(self.hcell)
        self.gcell = Style(name='GCell', family='table-cell')
        self.gcell.addElement(TableCellProperties(border='0.5pt solid #555555', padding='0.05cm', backgroundcolor='#C0504D'))
        d.automaticstyles.addElement(self.gcell)
        self.tcount = 0
        # lists
        ls = ListStyle(name='ActionList')
        ln = ListLevelStyleNumber(level=1, numformat='1', numprefix='Działanie ', numsuffix='. ', stylename='Bold')
        ln.addElement(ListLevelProperties(listlevelpositionandspacemode='label-alignment'))
        lp = ln.getElementsByType(ListLevelProperties)[0]
        from odf.style import ListLevelLabelAlignment
        lp.addElement(ListLevelLabelAlignment(labelfollowedby='space', marginleft='0cm', textindent='0cm'))
        ls.addElement(ln)
        d.automaticstyles.addElement(ls)
        bl = ListStyle(name='Bullets')
        b = ListLevelStyleBullet(level=1, bulletchar='–')
        bp = ListLevelProperties(listlevelpositionandspacemode='label-alignment')
        bp.addElement(ListLevelLabelAlignment(labelfollowedby='listtab', listtabstopposition='0.8cm', textindent='-0.5cm', marginleft='0.8cm'))
        b.addElement(bp); bl.addElement(b)
        d.automaticstyles.addElement(bl)
        # page layouts / master pages
        for name, w, h in (('pmPortrait', '21cm', '29.7cm'), ('pmLandscape', '29.7cm', '21cm'), ('pmFirst', '21cm', '29.7cm')):
            pl = PageLayout(name=name)
            pl.addElement(PageLayoutProperties(pagewidth=w, pageheight=h, printorientation='portrait' if w == '21cm' else 'landscape',
                                               margintop='1.5cm', marginbottom='1.5cm', marginleft='2.3cm', marginright='2.1cm'))
            if name != 'pmFirst':
                hs = HeaderStyle(); hs.addElement(HeaderFooterProperties(minheight='0.6cm', marginbottom='0.4cm')); pl.addElement(hs)
                fs = FooterStyle(); fs.addElement(HeaderFooterProperties(minheight='0.6cm', margintop='0.4cm')); pl.addElement(fs)
            d.automaticstyles.addElement(pl)
        for mname, pl in (('Standard', 'pmPortrait'), ('Landscape', 'pmLandscape')):
            mp = MasterPage(name=mname, pagelayoutname=pl)
            hd = Header(); hp = P(stylename=self.S['Header'], text='PIM · Miejska Inicjatywa Działania · OSTRÓW MAZOWIECKA · sieć Mobilność miejska')
            hd.addElement(hp); mp.addElement(hd)
            ft = Footer(); fp = P(stylename=self.S['Footer'], text='Strona ')
            fp.addElement(text.PageNumber(selectpage='current', text='1')); fp.addText(' z ')
            fp.addElement(text.PageCount(text='1')); ft.addElement(fp); mp.addElement(ft)
            d.masterstyles.addElement(mp)
        mp = MasterPage(name='First_20_Page', displayname='First Page', pagelayoutname='pmFirst', nextstylename='Standard')
        d.masterstyles.addElement(mp)

    # ---------------- content helpers
    def fill(self, el, s):
        parts = s.split('**')
        for i, t in enumerate(parts):
            if not t:
                continue
            if i % 2:
                sp = Span(stylename=self.S['Bold']); sp.addText(t); el.addElement(sp)
            else:
                el.addText(t)
        return el

    def p(self, s='', st='Text_20_body', parent=None):
        e = P(stylename=self.S[st])
        self.fill(e, s)
        (parent or self.doc.text).addElement(e)
        return e

    def h(self, s, lvl=1, st=None):
        e = H(outlinelevel=lvl, stylename=self.S[st or ('Heading_20_%d' % lvl)])
        e.addText(s)
        self.doc.text.addElement(e)
        return e

    def caption(self, s):
        return self.p(s, 'Caption')

    def footnote(self, par, s):
        self.cid += 1
        n = text.Note(id='ftn%d' % self.cid, noteclass='footnote')
        n.addElement(text.NoteCitation(text=str(self.cid)))
        nb = text.NoteBody(); nb.addElement(P(stylename=self.S['Footnote'], text=s)); n.addElement(nb)
        par.addElement(n)

    def bullets(self, items, parent=None):
        l = List(stylename='Bullets')
        for it in items:
            li = ListItem(); self.p(it, 'Text_20_body', li); l.addElement(li)
        (parent or self.doc.text).addElement(l)

    def table(self, rows, widths, header=True, bold_first=False, parent=None):
        self.tcount += 1
        tn = 'Tab%d' % self.tcount
        ts = Style(name=tn, family='table')
        ts.addElement(TableProperties(width='%.2fcm' % sum(widths), align='left', margintop='0.1cm', marginbottom='0.2cm'))
        self.doc.automaticstyles.addElement(ts)
        t = table.Table(name=tn, stylename=ts)
        for i, w in enumerate(widths):
            cs = Style(name='%s.C%d' % (tn, i), family='table-column')
            cs.addElement(TableColumnProperties(columnwidth='%.2fcm' % w))
            self.doc.automaticstyles.addElement(cs)
            t.addElement(table.TableColumn(stylename=cs))
        body = t
        for ri, row in enumerate(rows):
            tr = table.TableRow()
            if header and ri == 0:
                hr = table.TableHeaderRows(); hr.addElement(tr); t.addElement(hr)
            else:
                t.addElement(tr)
            for ci, val in enumerate(row):
                if val is None:
                    tr.addElement(table.CoveredTableCell()); continue
                span = 1
                if isinstance(val, dict):
                    span = val.get('span', 1); cstyle = val.get('style'); val = val['v']
                else:
                    cstyle = None
                hdr = header and ri == 0
                c = table.TableCell(stylename=cstyle or (self.hcell if hdr else self.cell), valuetype='string')
                if span > 1:
                    c.setAttribute('numbercolumnsspanned', str(span))
                tr.addElement(c)
                if isinstance(val, list):
                    for piece in val:
                        c.addElement(piece)
                else:
                    pe = P(stylename=self.S['Table_20_Heading' if hdr or (bold_first and ci == 0) else 'Table_20_Contents'])
                    self.fill(pe, str(val)); c.addElement(pe)
        (parent or self.doc.text).addElement(t)
        return t

    def change_info(self, who, when):
        ci = office.ChangeInfo()
        c = dc.Creator(); c.addText(who); ci.addElement(c)
        d = dc.Date(); d.addText(when); ci.addElement(d)
        return ci

    def region(self, kind, who, when, content=()):
        self.cid += 1
        rid = 'ct%d' % self.cid
        from odf.namespaces import TEXTNS, XMLNS
        r = text.ChangedRegion(check_grammar=False)
        r.setAttrNS(TEXTNS, 'id', rid)
        r.setAttrNS(XMLNS, 'id', rid)
        k = text.Deletion() if kind == 'del' else text.Insertion()
        k.addElement(self.change_info(who, when))
        for c in content:
            k.addElement(c)
        r.addElement(k)
        self.tc.addElement(r)
        return rid

    def annotation(self, par, who, when, s):
        a = office.Annotation()
        c = dc.Creator(); c.addText(who); a.addElement(c)
        d = dc.Date(); d.addText(when); a.addElement(d)
        a.addElement(P(text=s))
        par.addElement(a)

    def placeholder(self, par, s):
        ph = text.Placeholder(placeholdertype='text', description='Pole formularza')
        ph.addText(s)
        par.addElement(ph)

    def frame(self, title, lines, height='6cm'):
        anchor = P(stylename=self.S['Standard'])
        fr = draw.Frame(stylename=self.S['BoxFrame'], anchortype='paragraph', width='16cm', zindex='0', name=title.split('.')[0])
        fr.setAttribute('minheight', height) if False else None
        fr.setAttribute('height', height)
        tb = draw.TextBox(minheight=height)
        tp = P(stylename=self.S['ObjHead']); tp.addText(title); tb.addElement(tp)
        for ln in lines:
            e = P(stylename=self.S['Box']); self.fill(e, ln); tb.addElement(e)
        fr.addElement(tb)
        anchor.addElement(fr)
        self.doc.text.addElement(anchor)
        return anchor

    def toc(self, entries):
        toc = text.TableOfContent(name='Spis treści', protected='true')
        src = text.TableOfContentSource(outlinelevel='2')
        itt = text.IndexTitleTemplate(stylename=self.S['Contents_20_Heading']); itt.addText('Spis treści'); src.addElement(itt)
        for lvl in (1, 2):
            et = text.TableOfContentEntryTemplate(outlinelevel=str(lvl), stylename=self.S['Contents_20_%d' % lvl])
            et.addElement(text.IndexEntryText())
            et.addElement(text.IndexEntryTabStop(type='right', leaderchar='.'))
            et.addElement(text.IndexEntryPageNumber())
            src.addElement(et)
        toc.addElement(src)
        body = text.IndexBody()
        tit = text.IndexTitle(name='Spis treści_Head')
        tit.addElement(P(stylename=self.S['Contents_20_Heading'], text='Spis treści'))
        body.addElement(tit)
        for lvl, s, pg in entries:
            e = P(stylename=self.S['Contents_20_%d' % lvl]); e.addText(s); e.addElement(text.Tab()); e.addText(str(pg))
            body.addElement(e)
        toc.addElement(body)
        self.doc.text.addElement(toc)


# ---------------------------------------------------------------- prose
INTRO = [
    'Partnerska Inicjatywa Miast (PIM) jest programem wsparcia dla miast średnich i małych, realizowanym w formule sieci tematycznych, w których miasta wspólnie pracują nad rozwiązaniem podobnych problemów. Ostrów Mazowiecka przystąpiła do sieci „Mobilność miejska” w 2024 r. wraz z kilkunastoma innymi miastami o podobnej skali, dla których wyzwaniem jest ograniczenie zależności mieszkańców od samochodu przy braku rozbudowanego transportu publicznego.',
    'Zgodnie z zasadami programu każde miasto uczestniczące w sieci opracowuje Miejską Inicjatywę Działania (MID) – dokument operacyjny określający, jakie konkretne przedsięwzięcia miasto zamierza zrealizować w najbliższych latach, kto będzie za nie odpowiadał i w jaki sposób zostaną zmierzone ich efekty. MID nie zastępuje dokumentów strategicznych miasta, lecz je uzupełnia i uszczegóławia w wybranym obszarze tematycznym.',
    'Prace nad dokumentem prowadził zespół zadaniowy powołany zarządzeniem Burmistrza Miasta Ostrów Mazowiecka, w skład którego weszli pracownicy referatów Inwestycji i Zamówień Publicznych, Drogownictwa, Gospodarki Komunalnej i Ochrony Środowiska oraz Promocji. Zespół współpracował z Lokalnym Partnerstwem, ekspertem sieci tematycznej oraz z przedstawicielami Starostwa Powiatowego i Gminy Ostrów Mazowiecka. Kolejne wersje robocze dokumentu były udostępniane członkom Partnerstwa do komentowania; niniejsza wersja uwzględnia ustalenia z posiedzenia w dniu 4 marca 2025 r.',
    'Dokument składa się z części diagnostycznej, części określającej cele i działania oraz części wdrożeniowej (harmonogram, finansowanie, partnerstwo, monitoring). W załącznikach zamieszczono zestawienie propozycji zgłoszonych przez mieszkańców oraz wzór karty działania, który będzie wykorzystywany przy aktualizacji MID.',
]

D_GEN = [
    'Ostrów Mazowiecka jest miastem powiatowym w północno-wschodniej części województwa mazowieckiego, liczącym ok. 22 tys. mieszkańców, położonym ok. 95 km od Warszawy. Miasto pełni funkcję ośrodka usługowego dla powiatu ostrowskiego – koncentrują się tu szkoły ponadpodstawowe, szpital, urzędy i placówki handlowe, a w strefie przemysłowej na obrzeżach działają zakłady przetwórstwa spożywczego, meblarskie i logistyczne. Dzienne dojazdy do pracy i szkół generują znaczny ruch z okolicznych wsi.',
    'Zwarta struktura przestrzenna miasta sprzyja krótkim podróżom: odległość z najdalszych osiedli do Rynku nie przekracza 3 km, a większość codziennych celów podróży znajduje się w promieniu 15 minut jazdy rowerem. Mimo to samochód pozostaje dominującym środkiem transportu, również na odcinkach krótszych niż 2 km. Oddanie do użytku obwodnicy w ciągu drogi ekspresowej S8 wyprowadziło z centrum znaczną część ruchu ciężkiego, jednak uwolnioną przestrzeń ulic w dużej mierze zajął ruch lokalny i parkowanie.',
]

D_TRAVEL = [
    'W listopadzie 2024 r. przeprowadzono badanie zachowań komunikacyjnych mieszkańców (ankieta w gospodarstwach domowych, 804 respondentów). Wyniki pokazują, że 58% podróży odbywa się samochodem (jako kierowca lub pasażer), 27% pieszo, 9% rowerem, a jedynie 4% autobusem. Udział roweru jest wyraźnie wyższy wśród osób starszych, które korzystają z niego od lat, oraz wśród dzieci do 12 lat; najniższy jest w grupie 20–45 lat, a więc u osób dojeżdżających do pracy.',
    'Najczęściej wskazywanymi barierami dla jazdy rowerem są brak bezpiecznych dróg dla rowerów wzdłuż głównych ulic (64% wskazań), brak miejsc do bezpiecznego pozostawienia roweru (38%) oraz duże natężenie ruchu samochodowego w centrum (35%). Piesi zwracają uwagę na zły stan chodników na osiedlach domów jednorodzinnych, brak przejść w miejscach naturalnych przekroczeń oraz nadmierną prędkość pojazdów w pobliżu szkół.',
]

TRAVEL_TABLE = [
    ['Środek transportu', 'Udział w podróżach ogółem', 'Podróże do 2 km', 'Podróże do pracy', 'Podróże do szkoły'],
    ['Samochód (kierowca)', '41%', '29%', '63%', '9%'],
    ['Samochód (pasażer)', '17%', '12%', '8%', '31%'],
    ['Pieszo', '27%', '45%', '12%', '38%'],
    ['Rower', '9%', '11%', '11%', '14%'],
    ['Autobus / bus', '4%', '1%', '5%', '7%'],
    ['Inne', '2%', '2%', '1%', '1%'],
]

D_ROADS = [
    'Sieć drogowa miasta obejmuje drogi krajowe, wojewódzkie, powiatowe i gminne. Miasto zarządza bezpośrednio ok. 62 km dróg gminnych, z czego znaczna część to ulice osiedlowe o nawierzchni nieutwardzonej lub z płyt betonowych. Drogi powiatowe, pełniące funkcję głównych ulic miasta, pozostają w zarządzie Zarządu Dróg Powiatowych, co wymaga koordynacji każdej zmiany organizacji ruchu w centrum.',
    'Pomiary ruchu wykonane we wrześniu 2024 r. na pięciu przekrojach wskazują, że w godzinie szczytu porannego najbardziej obciążone są wloty do centrum od strony ul. Warszawskiej i ul. Lubiejewskiej. Jednocześnie na ul. 3 Maja zarejestrowano stosunkowo wysoki ruch rowerowy (ponad 90 rowerzystów na godzinę), mimo braku wydzielonej infrastruktury, co świadczy o istniejącym potencjale.',
]

COUNTS = [
    ['Przekrój pomiarowy', 'Pojazdy/godz. (szczyt poranny)', 'Rowery/godz.', 'Piesi/godz.', 'Udział pojazdów ciężkich'],
    ['ul. Warszawska (wlot)', '1 140', '38', '112', '6,2%'],
    ['ul. Lubiejewska', '860', '41', '95', '4,8%'],
    ['ul. 3 Maja (przy Rynku)', '620', '93', '310', '1,9%'],
    ['ul. Komorowska', '540', '27', '64', '7,5%'],
    ['ul. Kościelna', '390', '52', '228', '1,1%'],
]

D_PT = [
    'Ostrów Mazowiecka nie posiada komunikacji miejskiej w ścisłym znaczeniu. Transport zbiorowy opiera się na liniach regionalnych i prywatnych przewoźnikach busowych, kursujących głównie w kierunku Warszawy, Ostrołęki i Łomży. Połączenia z sąsiednimi wsiami gminy wiejskiej są nieliczne i dostosowane wyłącznie do potrzeb dowozu uczniów, co w praktyce wyklucza ich wykorzystanie w dojazdach do pracy i w godzinach popołudniowych.',
    'Dworzec autobusowy wymaga modernizacji: brakuje zadaszonych peronów, tablic informacji pasażerskiej i bezpiecznego miejsca do pozostawienia roweru. Przystanki na terenie miasta są w większości pozbawione wiat, a część z nich nie posiada nawet utwardzonej powierzchni oczekiwania. Mieszkańcy bez dostępu do samochodu – przede wszystkim seniorzy i młodzież – zgłaszają trudności w dotarciu do szpitala, urzędów i pracy.',
]

D_SAFETY = [
    'W latach 2020–2024 na drogach w granicach administracyjnych miasta doszło do 61 wypadków drogowych, w których zginęło 5 osób, a 72 zostały ranne. Piesi i rowerzyści stanowili 46% ofiar, co jest wartością wyższą niż średnia dla województwa. Najwięcej zdarzeń odnotowano na przejściach dla pieszych w ciągu dróg powiatowych oraz na skrzyżowaniach w rejonie Rynku. Niepokojąca jest liczba potrąceń dzieci w drodze do szkoły – w analizowanym okresie doszło do 7 takich zdarzeń.',
]

ACC = [
    ['Rok', 'Wypadki', 'Zabici', 'Ranni', 'w tym piesi i rowerzyści (ofiary)'],
    ['2020', '11', '1', '13', '6'], ['2021', '13', '2', '15', '7'], ['2022', '12', '0', '14', '7'],
    ['2023', '14', '1', '16', '8'], ['2024', '11', '1', '14', '7'], ['Razem', '61', '5', '72', '35'],
]

PAST = [
    'Przebudowa ul. Kościelnej wraz z chodnikami i oświetleniem (2016–2017) – ok. 3,1 mln zł, RPO WM 2014–2020 i budżet miasta;',
    'budowa ścieżki rowerowej wzdłuż ul. Partyzantów, długość 1,2 km (2019) – 0,9 mln zł, budżet miasta;',
    'modernizacja oświetlenia ulicznego na LED (2020–2021) – 2,4 mln zł, program „Rozświetlamy Polskę” i budżet miasta;',
    'przebudowa Rynku z ograniczeniem miejsc parkingowych (2021–2023) – 7,8 mln zł, Rządowy Fundusz Inwestycji Lokalnych;',
    'doświetlenie 12 przejść dla pieszych (2023) – 0,4 mln zł, Rządowy Program Bezpieczeństwa Ruchu Drogowego.',
]

D_PARK = [
    'Śródmieście Ostrowi Mazowieckiej dysponuje ok. 1 150 ogólnodostępnymi miejscami postojowymi, w tym ok. 310 w strefie płatnego parkowania obejmującej Rynek i ulice przyległe. Inwentaryzacja z października 2024 r. wykazała, że w godzinach przedpołudniowych zajętość miejsc w strefie płatnej sięga 85–90%, natomiast na parkingach oddalonych o 300–400 m od Rynku nie przekracza 50%. Problem parkingowy ma więc charakter lokalny i wynika w dużej mierze z przyzwyczajenia kierowców do parkowania „pod samymi drzwiami”.',
    'Znaczna część miejsc postojowych poza strefą płatną jest zajmowana przez cały dzień przez osoby pracujące w centrum. Jednocześnie na ulicach osiedlowych obserwuje się masowe parkowanie na chodnikach, które w wielu miejscach uniemożliwia przejście z wózkiem dziecięcym lub poruszanie się osobom na wózkach. Wnioski z inwentaryzacji wskazują, że priorytetem nie powinno być zwiększanie podaży miejsc postojowych, lecz lepsze zarządzanie istniejącymi zasobami.',
]

PARK = [
    ['Lokalizacja', 'Liczba miejsc', 'Zajętość 8:00', 'Zajętość 12:00', 'Zajętość 16:00'],
    ['Rynek i ulice przyległe (strefa płatna)', '310', '72%', '89%', '81%'],
    ['Parking przy ul. Warszawskiej', '140', '38%', '49%', '44%'],
    ['Parking przy hali targowej', '210', '55%', '83%', '41%'],
    ['Ulice osiedlowe śródmieścia', '490', '91%', '64%', '88%'],
]

D_AIR = [
    'Jakość powietrza w Ostrowi Mazowieckiej kształtowana jest przede wszystkim przez niską emisję z indywidualnych palenisk domowych w sezonie grzewczym, ale w centrum miasta istotny udział ma również transport drogowy. Stacja pomiarowa najbliższa miastu notuje w okresie zimowym przekroczenia dobowych stężeń pyłu PM10, a modelowanie wskazuje na podwyższone stężenia dwutlenku azotu wzdłuż głównych ulic.',
    'Mapy akustyczne dróg o dużym natężeniu ruchu wykazują przekroczenia dopuszczalnych poziomów hałasu w zabudowie mieszkaniowej położonej wzdłuż wlotu ul. Warszawskiej. Działania ograniczające prędkość i natężenie ruchu w centrum przyniosą zatem korzyści wykraczające poza bezpieczeństwo – również w zakresie zdrowia mieszkańców i komfortu zamieszkania.',
]

COMPL = [
    ['Przedsięwzięcie komplementarne', 'Podmiot realizujący', 'Finansowanie'],
    ['Rozbudowa drogi powiatowej – ul. Komorowska z chodnikiem i drogą dla rowerów', 'Zarząd Dróg Powiatowych', 'Rządowy Fundusz Rozwoju Dróg, 2025–2026'],
    ['Przebudowa węzła drogowego na obwodnicy S8', 'GDDKiA Oddział w Warszawie', 'budżet państwa'],
    ['Termomodernizacja szkół podstawowych nr 1 i nr 3', 'UM Ostrów Mazowiecka', 'FEnIKS, 2025–2027'],
    ['Wymiana taboru na linii regionalnej Ostrów – Ostrołęka', 'przewoźnik prywatny', 'środki własne przewoźnika'],
]

SWOT = [
    ['Mocne strony', 'Słabe strony'],
    ['zwarta zabudowa i krótkie odległości; przebudowany Rynek; tradycja jazdy rowerem wśród starszych mieszkańców; obwodnica S8 odciążająca centrum',
     'brak spójnej sieci dróg dla rowerów; brak komunikacji miejskiej; zły stan chodników na osiedlach; dominacja samochodu w krótkich podróżach'],
    ['Szanse', 'Zagrożenia'],
    ['fundusze FEM 2021–2027 i programy krajowe; Fundusz rozwoju przewozów autobusowych; współpraca w sieci PIM; rosnąca popularność rowerów elektrycznych',
     'wzrost kosztów inwestycji; podział kompetencji między zarządców dróg; opór części kierowców wobec uspokojenia ruchu; starzenie się ludności'],
]

LP = [
    'Posiedzenie inauguracyjne Lokalnego Partnerstwa – 9 kwietnia 2024 r.',
    'Warsztat diagnostyczny „Jak poruszamy się po Ostrowi?” – 14 maja 2024 r.',
    'Spacer badawczy „Droga do szkoły” z rodzicami i uczniami SP nr 1 – 6 czerwca 2024 r.',
    'Rajd rowerowy z audytem tras rowerowych – 21 września 2024 r.',
    'Warsztat wyboru działań – 22 października 2024 r.',
    'Spotkanie z sołtysami wsi Komorowo i Lubiejewo w sprawie linii autobusowej – 19 listopada 2024 r.',
    'Posiedzenie zatwierdzające wersję końcową MID – 4 marca 2025 r.',
]

RES = [
    ['Wskaźnik rezultatu', 'Wartość bazowa (2024)', 'Wartość docelowa (2027)', 'Źródło / częstotliwość'],
    ['Udział roweru w podróżach mieszkańców', '9%', '14%', 'badanie ankietowe, 2026 i 2027'],
    ['Udział transportu zbiorowego w podróżach', '4%', '7%', 'badanie ankietowe, 2026 i 2027'],
    ['Liczba rowerzystów na ul. 3 Maja (godz. szczytu porannego)', '93', '150', 'pomiar ruchu, wrzesień każdego roku'],
    ['Liczba ofiar wśród pieszych i rowerzystów (średnia roczna)', '7', '4', 'KPP Ostrów Mazowiecka, corocznie'],
    ['Liczba pasażerów linii gminnej (średnio na dzień roboczy)', '0', '250', 'dane przewoźnika, kwartalnie'],
]

PROPOSALS = [
    ['Lp.', 'Propozycja zgłoszona przez mieszkańców', 'Stanowisko zespołu'],
    ['1', 'Droga dla rowerów do strefy przemysłowej przy ul. Komorowskiej', 'uwzględniona – realizowana przez ZDP jako przedsięwzięcie komplementarne'],
    ['2', 'Wiata rowerowa przy hali sportowej', 'uwzględniona w działaniu dotyczącym stojaków i wiat'],
    ['3', 'Bezpłatne autobusy dla seniorów w dni targowe', 'do rozważenia po uruchomieniu linii gminnej'],
    ['4', 'Przejście dla pieszych przy cmentarzu parafialnym', 'przekazana do Zarządu Dróg Powiatowych'],
    ['5', 'Budowa wielopoziomowego parkingu w centrum', 'nieuwzględniona – sprzeczna z celami MID'],
    ['6', 'Likwidacja strefy płatnego parkowania', 'nieuwzględniona – strefa jest narzędziem ograniczania ruchu w centrum'],
    ['7', 'Ścieżka rowerowa do Zalewu w Ostrowi', 'nieuwzględniona w obecnej edycji – poza granicami miasta, zgłoszona do Strategii ZIT'],
]


def build(path):
    W = Writer()
    d = W.doc
    # ---- cover
    W.p('Partnerska Inicjatywa Miast · sieć tematyczna „Mobilność miejska”', 'CoverFirst')
    for _ in range(7):
        W.p('', 'CoverSmall')
    W.p('MIEJSKA INICJATYWA DZIAŁANIA', 'CoverBig')
    W.p('Miasta Ostrów Mazowiecka', 'CoverMid')
    W.p('„Ostrów blisko – pieszo, rowerem, autobusem”', 'CoverMid')
    for _ in range(9):
        W.p('', 'CoverSmall')
    W.p('Wersja końcowa przyjęta przez Lokalne Partnerstwo w dniu 4 marca 2025 r.', 'CoverSmall')
    W.p('Urząd Miasta Ostrów Mazowiecka', 'CoverSmall')
    W.p('Ostrów Mazowiecka, marzec 2025 r.', 'CoverSmall')
    W.p('', 'AfterCover')
    W.toc([(1, '1. Wprowadzenie', 3), (1, '2. Diagnoza mobilności w mieście', 4), (2, '2.1. Położenie i uwarunkowania', 4),
           (2, '2.2. Zachowania komunikacyjne mieszkańców', 5), (2, '2.3. Sieć drogowa i natężenie ruchu', 6),
           (2, '2.4. Transport zbiorowy', 7), (2, '2.5. Bezpieczeństwo ruchu drogowego', 8),
           (2, '2.6. Parkowanie w centrum miasta', 8), (2, '2.7. Jakość powietrza i hałas', 9),
           (2, '2.8. Dotychczasowe inwestycje i przedsięwzięcia komplementarne', 9), (2, '2.9. Analiza SWOT', 10),
           (1, '3. Cele MID', 11), (1, '4. Działania', 12), (1, '5. Harmonogram i budżet', 17),
           (1, '6. Lokalne Partnerstwo i udział mieszkańców', 18), (1, '7. Monitorowanie i wskaźniki', 19),
           (1, '8. Analiza ryzyka', 20), (1, 'Załącznik nr 1. Propozycje mieszkańców z konsultacji', 21),
           (1, 'Załącznik nr 2. Wzór karty działania', 22), (1, 'Załącznik nr 3. Wyniki pomiarów ruchu', 23)])

    # ---- 1 Wprowadzenie (not a summary)
    W.h('1. Wprowadzenie', st='Chapter')
    for i, t in enumerate(INTRO):
        par = W.p(t)
        if i == 1:
            W.footnote(par, 'Regulamin uczestnictwa miast w sieciach tematycznych Partnerskiej Inicjatywy Miast, wersja z 2024 r.')
    W.p('Podstawę prawną działań opisanych w MID stanowią w szczególności: ustawa z dnia 8 marca 1990 r. o samorządzie gminnym (zadania własne w zakresie dróg gminnych, ulic i organizacji ruchu oraz lokalnego transportu zbiorowego), ustawa z dnia 21 marca 1985 r. o drogach publicznych, ustawa z dnia 16 grudnia 2010 r. o publicznym transporcie zbiorowym oraz ustawa z dnia 16 maja 2019 r. o Funduszu rozwoju przewozów autobusowych o charakterze użyteczności publicznej.')

    # ---- 2 Diagnoza
    W.h('2. Diagnoza mobilności w mieście', st='Chapter')
    W.h('2.1. Położenie i uwarunkowania', 2)
    for t in D_GEN:
        W.p(t)
    W.caption('Tabela 1. Podstawowe dane o mieście')
    W.table([['Wskaźnik', 'Wartość', 'Rok'], ['Liczba mieszkańców', '21 870', '2023'], ['Powierzchnia miasta', '22,1 km²', '2023'],
             ['Gęstość zaludnienia', '990 os./km²', '2023'], ['Liczba samochodów osobowych na 1 000 mieszkańców', '682', '2023'],
             ['Długość dróg gminnych', '62,4 km', '2024'], ['Długość dróg dla rowerów', '3,9 km', '2024']], [9, 4, 3])
    W.p('Źródło: GUS BDL, Centralna Ewidencja Pojazdów, dane UM.', 'Source')
    W.p('Wskaźnik motoryzacji w mieście szybko rośnie – w ciągu dekady liczba samochodów osobowych na 1 000 mieszkańców zwiększyła się o niemal 30%. Rosnąca liczba pojazdów przekłada się na presję parkingową w centrum i na osiedlach wielorodzinnych, gdzie samochody parkują na chodnikach i trawnikach, ograniczając przestrzeń dla pieszych.')
    W.h('2.2. Zachowania komunikacyjne mieszkańców', 2)
    for i, t in enumerate(D_TRAVEL):
        par = W.p(t)
        if i == 0:
            W.footnote(par, 'Badanie zrealizowane przez zespół UM z udziałem wolontariuszy – uczniów Zespołu Szkół nr 1; dobór kwotowy według osiedli i wieku.')
    W.caption('Tabela 2. Struktura podróży mieszkańców według środka transportu (2024 r.)')
    W.table(TRAVEL_TABLE, [4.6, 3, 2.8, 2.8, 2.8])
    W.p('Źródło: badanie zachowań komunikacyjnych UM Ostrów Mazowiecka, listopad 2024 r.', 'Source')
    W.p('Uderzający jest wysoki udział samochodu w podróżach do szkoły jako pasażer (31%) – oznacza to, że znaczna część dzieci jest dowożona do szkół, które znajdują się w odległości dogodnej do pokonania pieszo lub rowerem. Rodzice jako główną przyczynę wskazują brak bezpiecznych przejść i nadmierną prędkość samochodów w otoczeniu szkół. Jednocześnie 43% badanych deklaruje, że częściej jeździłoby rowerem, gdyby istniała ciągła droga dla rowerów do centrum.')
    W.h('2.3. Sieć drogowa i natężenie ruchu', 2)
    for t in D_ROADS:
        W.p(t)
    W.caption('Tabela 3. Wyniki pomiarów ruchu, wrzesień 2024 r.')
    W.table(COUNTS, [4.6, 3.4, 2.4, 2.4, 3.2])
    W.p('Źródło: pomiary ręczne UM, wtorek–czwartek, godz. 7:00–9:00.', 'Source')
    W.p('Analiza pomiarów wskazuje, że ruch samochodowy w centrum ma w przeważającej mierze charakter lokalny: udział pojazdów ciężkich jest niewielki, a znaczna część kierowców wykonuje podróże wewnątrzmiejskie krótsze niż 3 km. Stwarza to warunki do wprowadzenia rozwiązań uspokajających ruch bez ryzyka przeniesienia ruchu tranzytowego na ulice osiedlowe.')
    W.h('2.4. Transport zbiorowy', 2)
    for t in D_PT:
        W.p(t)
    W.frame('Ramka 2. Dobre praktyki z Płońska i Sokołowa Podlaskiego', [
        '**Płońsk** uruchomił bezpłatną komunikację miejską obsługiwaną przez gminną spółkę, z rozkładem dopasowanym do godzin pracy szpitala i szkół. W ciągu dwóch lat liczba pasażerów przekroczyła prognozy o ok. 40%.',
        '**Sokołów Podlaski** połączył budowę dróg dla rowerów z programem stojaków przy wszystkich szkołach i kampanią „Rowerem do szkoły”; udział dzieci dojeżdżających rowerem wzrósł dwukrotnie.',
        'Oba przykłady zostały omówione na spotkaniu sieci tematycznej w Płocku w październiku 2024 r. i stanowiły inspirację przy wyborze działań dla Ostrowi Mazowieckiej.',
    ], height='6.2cm')
    W.h('2.5. Bezpieczeństwo ruchu drogowego', 2)
    for t in D_SAFETY:
        W.p(t)
    W.caption('Tabela 4. Wypadki drogowe w granicach miasta w latach 2020–2024')
    W.table(ACC, [2.5, 2.5, 2.5, 2.5, 5.5])
    W.p('Źródło: System Ewidencji Wypadków i Kolizji, KPP w Ostrowi Mazowieckiej.', 'Source')
    W.h('2.6. Parkowanie w centrum miasta', 2)
    for t in D_PARK:
        W.p(t)
    W.caption('Tabela 5. Wykorzystanie miejsc postojowych w śródmieściu (czwartek, październik 2024 r.)')
    W.table(PARK, [5.6, 2.6, 2.6, 2.6, 2.8])
    W.p('Źródło: inwentaryzacja UM, obserwacja co 2 godziny.', 'Source')
    W.h('2.7. Jakość powietrza i hałas', 2)
    for i, t in enumerate(D_AIR):
        par = W.p(t)
        if i == 0:
            W.footnote(par, 'Roczna ocena jakości powietrza w województwie mazowieckim za 2023 r., Główny Inspektorat Ochrony Środowiska.')
    W.h('2.8. Dotychczasowe inwestycje i przedsięwzięcia komplementarne', 2)
    W.p('W ostatnich latach miasto zrealizowało szereg inwestycji poprawiających warunki ruchu pieszego i rowerowego. Przedsięwzięcia te zostały zakończone i nie są przedmiotem MID, jednak stanowią punkt wyjścia dla zaplanowanych działań:')
    W.bullets(PAST)
    W.p('Równolegle do MID inne podmioty realizują lub przygotowują przedsięwzięcia, które wpływają na mobilność mieszkańców. Nie są one finansowane w ramach MID, ale ich realizacja jest warunkiem pełnego efektu działań miasta.')
    W.caption('Tabela 6. Przedsięwzięcia komplementarne realizowane poza MID')
    W.table(COMPL, [8, 4.2, 4])
    W.h('2.9. Analiza SWOT', 2)
    W.p('Analizę SWOT opracowano na warsztacie diagnostycznym w maju 2024 r. i uzupełniono po spacerze badawczym oraz rajdzie rowerowym.')
    W.caption('Tabela 7. Analiza SWOT w obszarze mobilności')
    W.table(SWOT, [8.1, 8.1], header=True)
    W.p('Wnioski z diagnozy można sformułować w trzech punktach. Po pierwsze, potencjał roweru i ruchu pieszego jest duży, a barierą jest przede wszystkim brak ciągłej i bezpiecznej infrastruktury. Po drugie, bez uspokojenia ruchu w centrum i w otoczeniu szkół nie uda się ograniczyć dowożenia dzieci samochodami. Po trzecie, brak podstawowej oferty transportu zbiorowego wyklucza część mieszkańców i utrwala zależność od samochodu.')

    # ---- 3 Cele
    W.h('3. Cele MID', st='Chapter')
    W.p('Na podstawie diagnozy oraz ustaleń Lokalnego Partnerstwa sformułowano następujący cel główny MID:')
    W.p('**Cel główny: Do 2027 r. co trzecia podróż mieszkańców Ostrowi Mazowieckiej po mieście odbywa się bez użycia samochodu, w bezpiecznych warunkach dla pieszych i rowerzystów.**')
    W.p('Cel główny zostanie osiągnięty poprzez realizację trzech celów szczegółowych:')
    descs = {1: 'stworzenie spójnej sieci tras rowerowych łączących osiedla z centrum, szkołami i miejscami pracy oraz zapewnienie bezpiecznego parkowania rowerów;',
             2: 'uspokojenie ruchu w centrum i w rejonie szkół, poprawa stanu i dostępności chodników dla wszystkich użytkowników;',
             3: 'uruchomienie podstawowej oferty transportu zbiorowego łączącej miasto z sąsiednimi miejscowościami oraz działania edukacyjne zachęcające do zmiany nawyków.'}
    for k in (1, 2, 3):
        W.p('**%s** – %s' % (OBJ[k].replace(' – ', ': ', 1), descs[k]))
    W.p('Cele są spójne ze Strategią Rozwoju Miasta Ostrów Mazowiecka na lata 2021–2030 oraz z kierunkami wskazanymi w Planie Gospodarki Niskoemisyjnej. Ich realizacja przyczyni się także do poprawy jakości powietrza i ograniczenia hałasu w centrum miasta.')

    # ---- 4 Działania
    W.h('4. Działania', st='Chapter')
    W.p('Działania zostały wybrane na warsztacie Lokalnego Partnerstwa w październiku 2024 r. spośród 23 propozycji zgłoszonych przez członków Partnerstwa i mieszkańców. Przy wyborze brano pod uwagę wpływ na realizację celów, wykonalność w latach 2025–2027, dostępność finansowania oraz poparcie społeczne. Dla każdego działania podano realizatora, okres realizacji, szacunkowy koszt, źródło finansowania i wskaźnik produktu. Pola, których nie udało się jeszcze uzupełnić, pozostawiono w formularzu do uzupełnienia w trakcie wdrażania.')
    W.caption('Wykaz działań MID Ostrowi Mazowieckiej')
    lists = {}
    first = True
    for o in (1, 2, 3):
        W.p(OBJ[o], 'ObjHead')
        lst = List(stylename='ActionList')
        if not first:
            lst.setAttribute('continuenumbering', 'true')
        first = False
        W.doc.text.addElement(lst)
        lists[o] = lst
        for a in [x for x in ACTIONS if x['obj'] == o]:
            if a['title'] == DELETED_BEFORE:
                _deleted_item(W, lst, a)
            else:
                _item(W, lst, a)

    W.p('Kolejność działań nie oznacza ich hierarchii. Zakres poszczególnych działań może zostać doprecyzowany na etapie przygotowania dokumentacji projektowej, z zachowaniem ich celu i wskaźników produktu.')

    # ---- 5 Harmonogram i budżet (landscape Gantt; budget deferred)
    W.h('5. Harmonogram i budżet', st='ToLandscape')
    W.h('5.1. Harmonogram', 2)
    W.p('Harmonogram przedstawia planowane okresy realizacji działań w układzie półrocznym. Dla działań inwestycyjnych uwzględniono czas na przygotowanie dokumentacji i procedury przetargowe.')
    W.caption('Tabela 8. Harmonogram realizacji działań MID (półrocza 2025–2027)')
    halves = ['I 2025', 'II 2025', 'I 2026', 'II 2026', 'I 2027', 'II 2027']
    marks = {1: (0, 3), 2: (0, 1), 3: (2, 5), 4: (1, 1), 5: (2, 3), 6: (0, 0), 7: (1, 5), 8: (2, 5), 9: None, 10: (0, 5), 11: (0, 5)}
    rows = [['Nr', 'Działanie'] + ['%s' % hh for hh in halves]]
    for n, a in enumerate(ACTIONS, 1):
        r = [str(n), a['title']]
        m = marks[n]
        for k in range(6):
            if m and m[0] <= k <= m[1]:
                r.append({'v': '', 'style': W.gcell})
            else:
                r.append('')
        rows.append(r)
    W.table(rows, [1.2, 12] + [2.0] * 6)
    W.p('Zacieniowane pola oznaczają okres realizacji. Działanie 9 nie zostało ujęte w harmonogramie do czasu ogłoszenia naboru w FEM 2021–2027.', 'Source')
    W.h('5.2. Budżet i źródła finansowania', 2)
    W.p('Zbiorcze zestawienie kosztów MID w podziale na lata i źródła finansowania zostanie opracowane po rozstrzygnięciu naborów w programie FEM 2021–2027 i przyjęciu zmian w Wieloletniej Prognozie Finansowej. [do uzupełnienia przez Referat Finansowy]')
    W.h('6. Lokalne Partnerstwo i udział mieszkańców', st='ToPortrait')
    W.p('Lokalne Partnerstwo PIM w Ostrowi Mazowieckiej liczy 16 członków. W jego skład wchodzą przedstawiciele Urzędu Miasta, Starostwa Powiatowego i Zarządu Dróg Powiatowych, Komendy Powiatowej Policji, dyrektorzy dwóch szkół podstawowych, przedstawiciele Rady Seniorów i Młodzieżowej Rady Miasta, stowarzyszenia rowerowego „Ostrowskie Koło”, Ostrowskiej Izby Gospodarczej oraz przewoźnika autobusowego. Partnerstwo spotykało się regularnie w trakcie przygotowania MID:')
    W.bullets(LP)
    par = W.p('Konsultacje projektu MID trwały od 18 listopada do 16 grudnia 2024 r. Mieszkańcy mogli zgłaszać uwagi za pośrednictwem formularza internetowego, w punkcie konsultacyjnym w Urzędzie Miasta oraz podczas dyżurów na targowisku miejskim. Wpłynęło 86 formularzy, zawierających łącznie 131 uwag i propozycji. Zestawienie najważniejszych propozycji wraz ze stanowiskiem zespołu zawiera Załącznik nr 1.')
    W.footnote(par, 'Konsultacje przeprowadzono zgodnie z uchwałą Rady Miasta Ostrów Mazowiecka w sprawie zasad i trybu przeprowadzania konsultacji społecznych z mieszkańcami.')
    W.p('Największe zainteresowanie wzbudziły kwestie linii autobusowej do sąsiednich wsi, dróg dla rowerów w kierunku strefy przemysłowej oraz parkowania w centrum. W wyniku konsultacji zrezygnowano z budowy parkingu buforowego, a do MID wprowadzono pilotaż roweru miejskiego. Po przyjęciu dokumentu Partnerstwo będzie spotykać się dwa razy w roku i opiniować raporty z realizacji.')

    # ---- 7 Monitoring
    W.h('7. Monitorowanie i wskaźniki', 1)
    W.p('Za monitorowanie realizacji MID odpowiada Pełnomocnik Burmistrza ds. Partnerskiej Inicjatywy Miast. Wskaźniki produktu przypisano do poszczególnych działań w rozdziale 4; osiągnięcie celów mierzone będzie wskaźnikami rezultatu zestawionymi w tabeli 9.')
    W.caption('Tabela 9. Wskaźniki rezultatu MID')
    W.table(RES, [6.6, 2.9, 2.9, 4])
    W.p('Raport z realizacji MID przygotowywany jest raz w roku, do 31 marca roku następnego, i przedstawiany Lokalnemu Partnerstwu, Burmistrzowi oraz Radzie Miasta. Raport zawiera stan realizacji każdego działania, wartości wskaźników, opis napotkanych problemów oraz ewentualne propozycje zmian w dokumencie. Pomiary ruchu pieszego i rowerowego wykonywane są co roku we wrześniu w tych samych przekrojach i według tej samej metodyki co pomiar bazowy.')

    # ---- Annex 1
    W.h('Załącznik nr 1. Propozycje mieszkańców z konsultacji', st='Chapter')
    W.p('Poniżej przedstawiono wybór propozycji zgłoszonych przez mieszkańców w trakcie konsultacji wraz ze stanowiskiem zespołu zadaniowego. Propozycje uwzględnione w MID są realizowane w ramach działań opisanych w rozdziale 4; pozostałe przekazano właściwym podmiotom lub odrzucono.')
    W.caption('Tabela Z1. Propozycje mieszkańców i stanowisko zespołu')
    W.table(PROPOSALS, [1.2, 7.8, 7.2])
    # ---- Annex 2: empty template card (placeholders only)
    W.h('Załącznik nr 2. Wzór karty działania', st='Chapter')
    W.p('Wzór karty stosuje się przy zgłaszaniu nowych działań w ramach aktualizacji MID. Kartę wypełnia referat merytoryczny i przekazuje Pełnomocnikowi Burmistrza ds. PIM.')
    W.caption('Karta działania nr …')
    labels = [('Nazwa działania', '[wpisz nazwę działania]'), ('Cel szczegółowy', PH), ('Realizator', PH), ('Okres realizacji', PH),
              ('Szacunkowy koszt', PH), ('Źródło finansowania', PH), ('Wskaźnik produktu', PH)]
    rows = [[{'v': 'KARTA DZIAŁANIA – WZÓR', 'span': 2}, None]]
    for lab, ph in labels:
        pe = P(stylename=W.S['Table_20_Contents']); W.placeholder(pe, ph)
        rows.append([lab, [pe]])
    W.table(rows, [5, 11.2], bold_first=True)
    W.h('Załącznik nr 3. Wyniki pomiarów ruchu', st='Chapter')
    W.p('Zestawienie zawiera wyniki ręcznych pomiarów ruchu wykonanych w dniach 17–19 września 2024 r. w pięciu przekrojach, w interwałach 15-minutowych, w godzinach szczytu porannego (7:00–9:00) i popołudniowego (15:00–17:00). Wartości są średnią z trzech dni pomiarowych. Pomiary stanowią wartość bazową dla wskaźników monitorowania MID i będą powtarzane corocznie według tej samej metodyki.')
    for zi, (pt, base) in enumerate((('ul. Warszawska (wlot)', (270, 9, 26)), ('ul. Lubiejewska', (205, 10, 22)), ('ul. 3 Maja (przy Rynku)', (150, 23, 76)),
                     ('ul. Komorowska', (130, 7, 15)), ('ul. Kościelna', (95, 13, 55))), 1):
        W.caption('Tabela Z3.%d. Przekrój pomiarowy: %s' % (zi, pt))
        rows = [['Przedział czasu', 'Samochody osobowe', 'Pojazdy ciężkie', 'Autobusy', 'Rowery', 'Piesi']]
        k = 0
        for hh in (7, 8, 15, 16):
            for mm in (0, 15, 30, 45):
                f = [1.0, 0.85, 1.1, 0.95, 1.2, 1.05, 0.9, 0.8, 0.95, 1.1, 1.15, 1.0, 0.9, 0.85, 0.8, 0.75][k]
                k += 1
                rows.append(['%d:%02d–%d:%02d' % (hh, mm, hh + (mm + 15) // 60, (mm + 15) % 60),
                             str(int(base[0] * f)), str(int(base[0] * f * 0.05)), str(int(2 * f)), str(int(base[1] * f)), str(int(base[2] * f))])
        W.table(rows, [3.4, 3, 2.6, 2.2, 2.2, 2.2])

    d.save(path)

    # text of the document body as written (placeholders included, tracked deletion excluded)
    gold_actions = []
    for a in ACTIONS:
        vals = dict(responsible=gold_val(a['resp']), timeline=gold_val(a['period']), cost=gold_val(a['cost']),
                    funding=gold_val(a['fund']), indicator=gold_val(a['ind']))
        gold_actions.append(dict(title=a['title'], theme=a['theme'], secondary_themes=a['sec'],
                                 responsible=vals['responsible'] is not None, timeline=vals['timeline'] is not None,
                                 cost=vals['cost'] is not None, indicator=vals['indicator'] is not None, type=None, values=vals))
    gold = dict(document_type='mid', city=CITY, network='mobility', status='final', text_layer=True,
                sections=dict(summary='missing', context='present', objectives='present', actions='present',
                              schedule='present', budget='incomplete', stakeholders='present', indicators='present',
                              risks='missing'),
                actions=gold_actions,
                traps=['wprowadzenie_not_summary', 'toc_entry_without_body_risks', 'merged_schedule_budget_budget_deferred',
                       'tracked_deletion_whole_action', 'tracked_insertion_new_action', 'tracked_change_cost_value',
                       'comment_on_cost', 'placeholder_fields_null', 'placeholder_only_template_card',
                       'past_projects_list', 'complementary_projects_table', 'lp_meeting_list',
                       'residents_and_rejected_proposals', 'frame_good_practices', 'objectives_as_decoys',
                       'list_caption_wykaz_dzialan', 'auto_numbered_action_list', 'period_null_marker'],
                notes='ODT written with odfpy: cached ToC (entry "8. Analiza ryzyka" has no body), header strip, footer "Strona N z M", '
                      'footnotes, draw:frame box, landscape Gantt, auto-numbered action list ("Działanie N.") with labelled fields, '
                      'text:placeholder fields (unfilled = null), tracked changes (deleted action "Budowa parkingu buforowego przy ul. Warszawskiej", '
                      'inserted action "Rower miejski sezonowy – pilotaż", cost 4,2 -> 5,1 mln zł), an office:annotation on the changed cost, '
                      'chapter "5. Harmonogram i budżet" whose budget half is only a deferral; "1. Wprowadzenie" describes the programme, not the MID content.')
    return gold, None


JUST = {
    1: 'na ul. Lubiejewskiej i 3 Maja zarejestrowano najwyższy ruch rowerowy w mieście przy całkowitym braku wydzielonej infrastruktury; trasa łączy trzy szkoły i strefę przemysłową.',
    2: 'brak bezpiecznych miejsc do pozostawienia roweru wskazało 38% respondentów badania; przy większości szkół i urzędów stojaki są przestarzałe („wyrwikółka”) lub ich brak.',
    3: 'propozycja zgłoszona w konsultacjach przez Młodzieżową Radę Miasta; pilotaż pozwoli sprawdzić popyt przed ewentualnym wdrożeniem docelowego systemu.',
    4: 'w rejonie Rynku koncentruje się ruch pieszy (ponad 300 osób na godzinę) i najwięcej zdarzeń z udziałem pieszych; ruch samochodowy ma charakter lokalny.',
    5: 'w latach 2020–2024 doszło do 7 potrąceń dzieci w drodze do szkoły; rodzice wskazują niebezpieczne przejścia jako główną przyczynę dowożenia dzieci samochodem.',
    6: 'chodniki na osiedlach domów jednorodzinnych są w złym stanie, a brak danych o barierach uniemożliwia zaplanowanie napraw w kolejności wynikającej z potrzeb.',
    7: 'mieszkańcy Komorowa i Lubiejewa nie mają połączenia z miastem poza kursami szkolnymi; linia umożliwi dojazd do pracy, szpitala i urzędów.',
    8: 'obsługa linii gminnej taborem zeroemisyjnym ograniczy emisje i hałas w centrum; zakup jest warunkiem stabilnej obsługi linii po okresie pilotażu.',
    9: 'dworzec autobusowy nie spełnia podstawowych standardów obsługi pasażerów; węzeł pozwoli łączyć dojazd rowerem z podróżą autobusem regionalnym.',
    10: 'infrastruktura nie zmieni nawyków bez działań informacyjnych; szkoły zadeklarowały udział w rywalizacji, a stowarzyszenie rowerowe – pomoc w organizacji.',
    11: 'realizacja MID wymaga koordynacji kilku referatów, zarządców dróg i gminy wiejskiej oraz rzetelnego pomiaru efektów.',
}


def _just(W, a):
    n = ACTIONS.index(a) + 1
    d = P(stylename=W.S['Field']); sp = Span(stylename=W.S['Bold']); sp.addText('Uzasadnienie: '); d.addElement(sp)
    d.addText(JUST[n][0].upper() + JUST[n][1:])
    return d


FIELDS = [('resp', 'Realizator'), ('period', 'Okres realizacji'), ('cost', 'Szacunkowy koszt'), ('fund', 'Źródło finansowania'), ('ind', 'Wskaźnik produktu')]


def _field_par(W, label, v, a=None, key=None):
    pe = P(stylename=W.S['Field'])
    sp = Span(stylename=W.S['Bold']); sp.addText(label + ': '); pe.addElement(sp)
    if isinstance(v, tuple) and v[0] == 'PH':
        W.placeholder(pe, v[1])
    elif isinstance(v, tuple) and v[0] == 'NS':
        pe.addText(v[1])
    elif isinstance(v, tuple) and v[0] == 'CHG':
        old = P(); old.addText(v[1])
        rid = W.region('del', 'Joanna Kamińska', '2025-02-11T09:42:00', [old])
        pe.addElement(text.Change(changeid=rid))
        rid2 = W.region('ins', 'Joanna Kamińska', '2025-02-11T09:42:00')
        pe.addElement(text.ChangeStart(changeid=rid2)); pe.addText(v[2]); pe.addElement(text.ChangeEnd(changeid=rid2))
        if a and a.get('comment_on') == key:
            W.annotation(pe, 'Tomasz Rybicki', '2025-02-12T14:05:00',
                         'Kwota zaktualizowana po rozeznaniu cenowym z listopada 2024 r. (2 oferty). Proszę potwierdzić z MPGK przed sesją.')
    else:
        pe.addText(v)
    return pe


def _item(W, lst, a):
    li = ListItem()
    tp = P(stylename=W.S['ActTitle'])
    ins_id = None
    if a.get('inserted'):
        ins_id = W.region('ins', 'Marek Zalewski', '2025-01-20T11:15:00')
        tp.addElement(text.ChangeStart(changeid=ins_id))
    tp.addText(a['title'])
    li.addElement(tp)
    d = P(stylename=W.S['Field']); sp = Span(stylename=W.S['Bold']); sp.addText('Opis: '); d.addElement(sp); d.addText(a['desc'])
    li.addElement(d)
    li.addElement(_just(W, a))
    pars = [_field_par(W, lab, a[k], a, k) for k, lab in FIELDS]
    for pe in pars:
        li.addElement(pe)
    if ins_id:
        pars[-1].addElement(text.ChangeEnd(changeid=ins_id))
    lst.addElement(li)


def _deleted_item(W, lst, a):
    """The deleted action sits in a tracked deletion; the marker is placed at the start of the next action's title."""
    x = DELETED
    content = []
    t = P(); t.addText(x['title']); content.append(t)
    t = P(); t.addText('Opis: ' + x['desc']); content.append(t)
    for k, lab in FIELDS:
        t = P(); t.addText('%s: %s' % (lab, x[k])); content.append(t)
    rid = W.region('del', 'Marek Zalewski', '2025-01-20T11:02:00', content)
    li = ListItem()
    tp = P(stylename=W.S['ActTitle'])
    tp.addElement(text.Change(changeid=rid))
    tp.addText(a['title'])
    li.addElement(tp)
    d = P(stylename=W.S['Field']); sp = Span(stylename=W.S['Bold']); sp.addText('Opis: '); d.addElement(sp); d.addText(a['desc'])
    li.addElement(d)
    li.addElement(_just(W, a))
    for k, lab in FIELDS:
        li.addElement(_field_par(W, lab, a[k], a, k))
    lst.addElement(li)
