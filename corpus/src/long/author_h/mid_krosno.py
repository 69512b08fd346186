# -*- coding: utf-8 -*-
"""MID Krosno – sieć mobilności; projekt (ODT -> PDF)."""
import random

from odf.draw import Frame, TextBox
from odf.office import Annotation
from odf.dc import Creator, Date
from odf.opendocument import OpenDocumentText
from odf.style import (FooterStyle, GraphicProperties, HeaderFooterProperties, HeaderStyle, ListLevelLabelAlignment,
                       ListLevelProperties, MasterPage, Footer, Header, PageLayout, PageLayoutProperties,
                       ParagraphProperties, Style, TabStop, TabStops, TableCellProperties, TableColumnProperties,
                       TableProperties, TextProperties)
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableHeaderRows, TableRow
from odf.text import (H, IndexBody, IndexTitle, IndexTitleTemplate, Note, NoteBody, NoteCitation, OutlineLevelStyle,
                      OutlineStyle, P, PageCount, PageNumber, Span, Tab, TableOfContent, TableOfContentSource)

rnd = random.Random(3131)

GREEN = "#1B5E7A"

# ------------------------------------------------------------------ data shared by document and gold
OBJ = [
    ("Cel szczegółowy 1", "Atrakcyjny i zintegrowany transport publiczny w Krośnie i MOF"),
    ("Cel szczegółowy 2", "Spójna i bezpieczna sieć rowerowa"),
    ("Cel szczegółowy 3", "Bezpieczne ulice przyjazne pieszym"),
    ("Cel szczegółowy 4", "Sprawne zarządzanie wdrażaniem MID"),
]
UM = "UM Krosna"
ACTS = [
    dict(no="1.1", obj=0, title="Przebudowa węzła przesiadkowego przy dworcu PKP Krosno", theme="public_transport",
         sec=["cycling"], resp="Wydział Inwestycji i Rozwoju UM Krosna", time="II kw. 2025 – IV kw. 2026",
         ind="1 węzeł przesiadkowy, 12 stanowisk autobusowych, 60 miejsc B+R", cost="4,8 mln zł",
         fund="FEPK 2021–2027 (ZIT MOF Krosna), budżet Miasta",
         desc=["Węzeł przy dworcu kolejowym jest dziś zespołem rozproszonych przystanków, na których zatrzymują się linie "
               "MKS, autobusy przewoźników prywatnych z gmin powiatu krośnieńskiego oraz pociągi Kolei Podkarpackich. "
               "Pasażerowie przesiadający się między pociągiem a autobusem pokonują ok. 350 m, w tym przejście przez "
               "ul. Bieszczadzką bez sygnalizacji.",
               "Działanie obejmuje przebudowę placu dworcowego, wyznaczenie 12 stanowisk autobusowych pod wspólnym "
               "zadaszeniem, budowę wiaty rowerowej B+R na 60 rowerów, parkingu K+R oraz bezkolizyjnego dojścia do "
               "peronów. Dokumentacja projektowa jest w trakcie uzgodnień z PKP S.A."]),
    dict(no="1.2", obj=0, title="System dynamicznej informacji pasażerskiej na 40 przystankach MKS", theme="public_transport",
         sec=[], resp="MKS Sp. z o.o. w Krośnie", time="2025–2026 r.", ind="40 tablic informacji pasażerskiej",
         cost="1,2 mln zł", fund="FEPK 2021–2027, środki własne MKS",
         desc=["Na przystankach MKS informacja o odjazdach ma wyłącznie formę papierowych rozkładów, często "
               "nieaktualnych po zmianach organizacji ruchu. W badaniu ankietowym 41% pasażerów wskazało brak "
               "informacji o opóźnieniach jako główną uciążliwość.",
               "Zakres obejmuje montaż 40 tablic zasilanych z sieci lub paneli fotowoltaicznych, integrację z systemem "
               "lokalizacji pojazdów oraz publikację danych w formacie GTFS-Realtime, z którego będą mogły korzystać "
               "aplikacje mobilne."]),
    dict(no="1.3", obj=0, title="Wspólny bilet okresowy MKS i Kolei Podkarpackich", theme="public_transport", sec=[],
         resp="Wydział Transportu i Komunikacji UM Krosna", time=None, ind="liczba sprzedanych biletów wspólnych (cel: 1 500 rocznie)",
         cost=None, fund=None,
         desc=["Mieszkańcy gmin Miejsce Piastowe, Jedlicze i Korczyna dojeżdżający pociągiem do Krosna muszą kupić "
               "osobny bilet na dojazd autobusem MKS do szkoły lub pracy. Wspólny bilet miesięczny, honorowany w "
               "pociągach na odcinkach do 25 km i we wszystkich liniach MKS, ma zachęcić do rezygnacji z samochodu.",
               "Warunki wymagają porozumienia z Samorządem Województwa Podkarpackiego jako organizatorem przewozów "
               "kolejowych. Termin wdrożenia i wysokość dopłaty Miasta zostaną ustalone po negocjacjach."]),
    dict(no="2.1", obj=1, title="Droga rowerowa wzdłuż ul. Podkarpackiej i Bieszczadzkiej", theme="cycling", sec=[],
         resp="Miejski Zarząd Dróg w Krośnie", time="2026–2027 r.", ind="2,4 km drogi dla rowerów",
         cost="3 600 tys. zł", fund="FEPK 2021–2027 (ZIT), budżet Miasta",
         desc=["Odcinek łączy osiedle Traugutta i strefę przemysłową przy lotnisku z centrum i dworcem PKP. Obecnie "
               "rowerzyści korzystają z jezdni o natężeniu ok. 14 tys. pojazdów na dobę lub z wąskiego chodnika.",
               "Planowana jest dwukierunkowa droga dla rowerów o szerokości 2,5 m z przejazdami przez skrzyżowania "
               "z sygnalizacją oraz oświetleniem. Przebieg uzgodniono wstępnie z Zarządem Dróg Wojewódzkich w zakresie "
               "odcinka w pasie drogi wojewódzkiej nr 991."]),
    dict(no="2.2", obj=1, title="Krośnieński Rower Miejski – 12 stacji", theme="cycling", sec=["public_transport"],
         resp="Wydział Gospodarki Komunalnej UM Krosna", time="od sezonu 2026", ind="12 stacji, 120 rowerów (w tym 30 elektrycznych)",
         cost="90 000 zł na sezon (3 sezony)", fund="budżet Miasta",
         desc=["System roweru publicznego ma uzupełniać komunikację miejską na krótkich odcinkach, zwłaszcza między "
               "dworcem, Rynkiem, Politechniką i szpitalem wojewódzkim. Operator zostanie wyłoniony w przetargu na "
               "trzy sezony (kwiecień–listopad).",
               "Rozważany jest model, w którym operator zapewnia rowery i stacje, a Miasto płaci za utrzymanie systemu "
               "w sezonie. Pierwsze 20 minut wypożyczenia ma być bezpłatne."]),
    dict(no="2.3", obj=1, title="Parkingi rowerowe przy szkołach, urzędach i przystankach", theme="cycling", sec=[],
         resp="Miejski Zarząd Dróg w Krośnie", time="2025–2027 r.", ind="300 miejsc postojowych dla rowerów",
         cost=None, fund="budżet Miasta, Budżet Obywatelski",
         desc=["Działanie odpowiada na wnioski zgłaszane przez rady rodziców i samorządy uczniowskie. Zakłada montaż "
               "stojaków typu U-odwrócone, a przy szkołach średnich – zadaszonych wiat z monitoringiem.",
               "Lokalizacje zostaną wskazane na podstawie inwentaryzacji przeprowadzonej wiosną 2025 r. przez "
               "Młodzieżową Radę Miasta."]),
    dict(no="3.1", obj=2, title="Strefa Tempo 30 na Starym Mieście i w rejonie Rynku", theme="walking_traffic_calming",
         sec=["public_space"], resp="Miejski Zarząd Dróg w Krośnie, Wydział Transportu i Komunikacji UM Krosna",
         time="III kw. 2025 – II kw. 2026", ind="1 strefa Tempo 30 o powierzchni 0,6 km²", cost="380 tys. zł",
         fund="budżet Miasta",
         desc=["Na ulicach Starego Miasta piesi stanowią większość użytkowników, a jednocześnie ulice te wykorzystywane "
               "są jako skrót przez kierowców omijających zatłoczone skrzyżowanie ul. Piłsudskiego z ul. Lwowską.",
               "Strefa obejmie wyniesione tarcze skrzyżowań, wyspy spowalniające na wjazdach, nowe oznakowanie oraz "
               "korektę organizacji ruchu ograniczającą ruch tranzytowy."]),
    dict(no="3.2", obj=2, title="Bezpieczna droga do szkoły – przebudowa 8 przejść dla pieszych", theme="walking_traffic_calming",
         sec=[], resp="Miejski Zarząd Dróg w Krośnie", time="2025–2027 r.", ind="8 przebudowanych przejść dla pieszych",
         cost="2,1 mln zł", fund="Rządowy Fundusz Rozwoju Dróg, budżet Miasta",
         desc=["Wybrano osiem przejść w rejonie szkół podstawowych, na których w latach 2019–2024 doszło do "
               "potrąceń lub zgłaszano sytuacje niebezpieczne. Przejścia otrzymają doświetlenie, azyle, "
               "progi wyspowe oraz oznakowanie aktywne.",
               "Wykaz przejść zawiera Tabela 12. Kolejność przebudowy uzależniona będzie od naborów w Rządowym Programie "
               "Bezpieczeństwa Ruchu Drogowego."]),
    dict(no="3.3", obj=2, title="Kampania „Krosno rusza się z głową”", theme="eco_awareness", sec=["walking_traffic_calming"],
         resp="Biuro Promocji i Komunikacji Społecznej UM Krosna", time="co roku we wrześniu, 2025–2027",
         ind="3 edycje kampanii, 20 szkół uczestniczących", cost="45 tys. zł rocznie", fund="budżet Miasta, WFOŚiGW w Rzeszowie",
         desc=["Kampania łączy obchody Europejskiego Tygodnia Zrównoważonego Transportu z konkursem dla szkół na "
               "największy udział dojazdów pieszych i rowerowych. W programie przewidziano Dzień bez Samochodu "
               "z bezpłatną komunikacją miejską, rajd rowerowy i warsztaty z bezpieczeństwa.",
               "Materiały kampanii zostaną przygotowane w porozumieniu z Komendą Miejską Policji i Młodzieżową Radą Miasta."]),
    dict(no="4.1", obj=3, title="Koordynacja wdrażania i monitoring MID", theme="other", sec=[],
         resp="Pełnomocnik Prezydenta Miasta ds. Mobilności", time="2025–2027 r.", ind="3 roczne raporty z monitoringu",
         cost=None, fund=None,
         desc=["Pełnomocnik wraz z zespołem zadaniowym złożonym z przedstawicieli wydziałów, MZD i MKS odpowiada za "
               "koordynację działań, sprawozdawczość do programu PIM i organizację spotkań Lokalnego Partnerstwa.",
               "Raz w roku przygotowywany będzie raport z wdrażania, prezentowany Radzie Miasta i publikowany w BIP."]),
]


PARTNERS = {
    "1.1": "PKP S.A., PKP PLK S.A., MKS Sp. z o.o., Koleje Podkarpackie; działanie wspiera działania 1.2 i 1.3 oraz wykorzystuje efekty rewitalizacji linii kolejowej nr 108.",
    "1.2": "Wydział Transportu i Komunikacji UM Krosna, Miejski Zarząd Dróg w Krośnie (system ITS); dane rozkładowe udostępniane będą również gminom MOF.",
    "1.3": "Urząd Marszałkowski Województwa Podkarpackiego, Koleje Podkarpackie, gminy MOF Krosna; działanie powiązane z przebudową węzła przy dworcu.",
    "2.1": "Zarząd Dróg Wojewódzkich w Rzeszowie, Stowarzyszenie Rowerowe Krosno; odcinek domyka połączenie bulwaru nad Wisłokiem z dworcem.",
    "2.2": "operator systemu wyłoniony w przetargu, Państwowa Akademia Nauk Stosowanych w Krośnie; stacje zlokalizowane m.in. przy węźle przesiadkowym.",
    "2.3": "dyrektorzy szkół, Młodzieżowa Rada Miasta, rady osiedli; działanie uzupełnia działanie 3.3.",
    "3.1": "Komenda Miejska Policji w Krośnie, Miejski Konserwator Zabytków, przedsiębiorcy z rejonu Rynku.",
    "3.2": "Komenda Miejska Policji w Krośnie, dyrektorzy szkół podstawowych, rady rodziców.",
    "3.3": "szkoły podstawowe i średnie, MKS Sp. z o.o., Stowarzyszenie Rowerowe Krosno, Komenda Miejska Policji.",
    "4.1": "wszyscy realizatorzy działań, członkowie Lokalnego Partnerstwa na rzecz Mobilności.",
}


def dash(v):
    return v if v else "—"


class Doc:
    def __init__(self):
        self.d = OpenDocumentText()
        self.log = []
        self.fn = 0
        self._styles()

    def _styles(self):
        d = self.d
        s = d.styles
        a = d.automaticstyles
        std = Style(name="Standard", family="paragraph")
        from odf.style import FontFace
        d.fontfacedecls.addElement(FontFace(name="Liberation Sans", fontfamily="'Liberation Sans'", fontfamilygeneric="swiss", fontpitch="variable"))
        std.addElement(TextProperties(fontname="Liberation Sans", fontfamily="'Liberation Sans'", fontsize="11pt",
                                      language="pl", country="PL"))
        std.addElement(ParagraphProperties(margintop="0cm", marginbottom="0.2cm", lineheight="130%"))
        s.addElement(std)
        self.body = Style(name="Text_20_body", displayname="Text body", family="paragraph", parentstylename="Standard")
        self.body.addElement(ParagraphProperties(textalign="justify", marginbottom="0.22cm"))
        s.addElement(self.body)
        self.hs = {}
        sizes = {1: "15pt", 2: "12.5pt", 3: "11pt"}
        for lvl in (1, 2, 3):
            st = Style(name="Heading_20_%d" % lvl, displayname="Heading %d" % lvl, family="paragraph",
                       parentstylename="Standard", nextstylename="Text_20_body", defaultoutlinelevel=str(lvl))
            st.addElement(TextProperties(fontsize=sizes[lvl], fontweight="bold", color=GREEN if lvl < 3 else "#222222"))
            st.addElement(ParagraphProperties(margintop="0.45cm" if lvl > 1 else "0.2cm", marginbottom="0.2cm",
                                              keepwithnext="always"))
            s.addElement(st)
            self.hs[lvl] = st
        self.h1break = Style(name="H1Break", family="paragraph", parentstylename=self.hs[1])
        self.h1break.addElement(ParagraphProperties(breakbefore="page"))
        a.addElement(self.h1break)
        # outline numbering: 1., 1.1.; level 3 without number
        ol = OutlineStyle(name="Outline")
        for lvl in range(1, 11):
            if lvl <= 2:
                ols = OutlineLevelStyle(level=lvl, numformat="1", numsuffix=".", displaylevels=str(lvl))
            else:
                ols = OutlineLevelStyle(level=lvl, numformat="")
            llp = ListLevelProperties(listlevelpositionandspacemode="label-alignment")
            llp.addElement(ListLevelLabelAlignment(labelfollowedby="listtab", listtabstopposition="%.1fcm" % (0.9 + 0.3 * lvl),
                                                   textindent="-%.1fcm" % (0.9 + 0.3 * lvl),
                                                   marginleft="%.1fcm" % (0.9 + 0.3 * lvl)))
            ols.addElement(llp)
            ol.addElement(ols)
        s.addElement(ol)
        self.cap = Style(name="Caption", family="paragraph", parentstylename="Standard")
        self.cap.addElement(TextProperties(fontsize="9.5pt", fontstyle="italic"))
        self.cap.addElement(ParagraphProperties(margintop="0.25cm", marginbottom="0.12cm", keepwithnext="always"))
        s.addElement(self.cap)
        self.tp = Style(name="Table_20_Contents", displayname="Table Contents", family="paragraph", parentstylename="Standard")
        self.tp.addElement(TextProperties(fontsize="9pt"))
        self.tp.addElement(ParagraphProperties(marginbottom="0cm", lineheight="110%"))
        s.addElement(self.tp)
        self.th = Style(name="Table_20_Heading", displayname="Table Heading", family="paragraph", parentstylename="Table_20_Contents")
        self.th.addElement(TextProperties(fontweight="bold", fontsize="9pt"))
        s.addElement(self.th)
        self.fnst = Style(name="Footnote", family="paragraph", parentstylename="Standard")
        self.fnst.addElement(TextProperties(fontsize="8.5pt"))
        s.addElement(self.fnst)
        self.toc = {}
        for lvl in (1, 2):
            st = Style(name="Contents_20_%d" % lvl, displayname="Contents %d" % lvl, family="paragraph", parentstylename="Standard")
            pp = ParagraphProperties(marginleft="%.1fcm" % (0.6 * (lvl - 1)), marginbottom="0.08cm")
            ts = TabStops()
            ts.addElement(TabStop(position="16.4cm", type="right", leaderstyle="dotted", leadertext="."))
            pp.addElement(ts)
            st.addElement(pp)
            s.addElement(st)
            self.toc[lvl] = st
        self.bold = Style(name="Bold", family="text")
        self.bold.addElement(TextProperties(fontweight="bold"))
        a.addElement(self.bold)
        # header / footer
        self.hdr = Style(name="HeaderStrip", family="paragraph", parentstylename="Standard")
        self.hdr.addElement(TextProperties(fontsize="8.5pt", color="#FFFFFF", fontweight="bold"))
        self.hdr.addElement(ParagraphProperties(backgroundcolor=GREEN, padding="0.08cm"))
        s.addElement(self.hdr)
        self.ftr = Style(name="FooterC", family="paragraph", parentstylename="Standard")
        self.ftr.addElement(TextProperties(fontsize="8.5pt"))
        self.ftr.addElement(ParagraphProperties(textalign="center"))
        s.addElement(self.ftr)
        # page layouts
        def layout(name, w, h, hf=True):
            pl = PageLayout(name=name)
            pl.addElement(PageLayoutProperties(pagewidth=w, pageheight=h, printorientation="portrait" if w == "21cm" else "landscape",
                                               margintop="1.5cm", marginbottom="1.5cm", marginleft="2.2cm", marginright="2.2cm"))
            if hf:
                hs = HeaderStyle()
                hs.addElement(HeaderFooterProperties(minheight="0.6cm", marginbottom="0.4cm"))
                pl.addElement(hs)
                fs = FooterStyle()
                fs.addElement(HeaderFooterProperties(minheight="0.5cm", margintop="0.3cm"))
                pl.addElement(fs)
            d.automaticstyles.addElement(pl)
            return pl
        plp = layout("pmPort", "21cm", "29.7cm")
        pll = layout("pmLand", "29.7cm", "21cm")
        plc = layout("pmCover", "21cm", "29.7cm", hf=False)

        def master(name, pl):
            mp = MasterPage(name=name, pagelayoutname=pl)
            hh = Header()
            hh.addElement(P(stylename=self.hdr, text="PIM · Miejska Inicjatywa Działania – KROSNO · Sieć: mobilność miejska · PROJEKT"))
            mp.addElement(hh)
            ff = Footer()
            fp = P(stylename=self.ftr, text="Strona ")
            fp.addElement(PageNumber(selectpage="current", text="1"))
            fp.addText(" z ")
            fp.addElement(PageCount(text="1"))
            ff.addElement(fp)
            mp.addElement(ff)
            d.masterstyles.addElement(mp)
        master("Standard", plp)
        master("Landscape", pll)
        d.masterstyles.addElement(MasterPage(name="Cover", pagelayoutname=plc))
        self.toLand = Style(name="H2Land", family="paragraph", parentstylename=self.hs[2], masterpagename="Landscape")
        a.addElement(self.toLand)
        self.toPort2 = Style(name="H2Port", family="paragraph", parentstylename=self.hs[2], masterpagename="Standard")
        a.addElement(self.toPort2)
        self.coverp = Style(name="CoverFirst", family="paragraph", parentstylename="Standard", masterpagename="Cover")
        a.addElement(self.coverp)
        self.afterCover = Style(name="AfterCover", family="paragraph", parentstylename="Standard", masterpagename="Standard")
        a.addElement(self.afterCover)
        self.big = Style(name="CoverTitle", family="paragraph", parentstylename="Standard")
        self.big.addElement(TextProperties(fontsize="26pt", fontweight="bold", color=GREEN))
        self.big.addElement(ParagraphProperties(textalign="center", margintop="0.4cm"))
        a.addElement(self.big)
        self.center = Style(name="Center", family="paragraph", parentstylename="Standard")
        self.center.addElement(TextProperties(fontsize="12pt"))
        self.center.addElement(ParagraphProperties(textalign="center"))
        a.addElement(self.center)
        self.stamp = Style(name="Stamp", family="paragraph", parentstylename="Standard")
        self.stamp.addElement(TextProperties(fontsize="14pt", fontweight="bold", color="#B22222"))
        self.stamp.addElement(ParagraphProperties(textalign="center", border="0.06cm solid #B22222", padding="0.2cm",
                                                  marginleft="4cm", marginright="4cm"))
        a.addElement(self.stamp)
        self.frtext = Style(name="FrameText", family="paragraph")
        self.frtext.addElement(TextProperties(fontname="Liberation Sans", fontfamily="'Liberation Sans'", fontsize="10pt"))
        self.frtext.addElement(ParagraphProperties(marginbottom="0.15cm", textalign="left"))
        s.addElement(self.frtext)
        self.frst = Style(name="fr1", family="graphic")
        self.frst.addElement(GraphicProperties(wrap="none", anchortype="paragraph", verticalpos="top", verticalrel="paragraph",
                                               horizontalpos="center", horizontalrel="paragraph",
                                               border="0.05cm solid %s" % GREEN, backgroundcolor="#E8F1F5",
                                               padding="0.25cm", runthrough="foreground"))
        a.addElement(self.frst)
        self.tabst = Style(name="TblMain", family="table")
        self.tabst.addElement(TableProperties(width="16.6cm", align="margins"))
        a.addElement(self.tabst)
        self.cell = Style(name="Cell", family="table-cell")
        self.cell.addElement(TableCellProperties(border="0.5pt solid #777777", padding="0.08cm"))
        a.addElement(self.cell)
        self.hcell = Style(name="HCell", family="table-cell")
        self.hcell.addElement(TableCellProperties(border="0.5pt solid #777777", padding="0.08cm", backgroundcolor="#D5E6EE"))
        a.addElement(self.hcell)
        self.ocell = Style(name="OCell", family="table-cell")
        self.ocell.addElement(TableCellProperties(border="0.5pt solid #777777", padding="0.08cm", backgroundcolor="#F1E7C9"))
        a.addElement(self.ocell)
        self.colstyles = {}

    # -------------------------------------------------------------- blocks
    def t(self, x):
        self.log.append(x)
        return x

    def p(self, text, style=None, lead=None):
        par = P(stylename=style or self.body)
        if lead:
            par.addElement(Span(stylename=self.bold, text=self.t(lead)))
        par.addText(self.t(text))
        self.d.text.addElement(par)
        return par

    def h(self, text, lvl, style=None, nonum=False):
        el = H(outlinelevel=lvl, stylename=style or self.hs[lvl], text=self.t(text))
        if nonum:
            el.setAttribute("islistheader", "true")
        self.d.text.addElement(el)
        return el

    def footnote(self, par, text):
        self.fn += 1
        n = Note(id="ftn%d" % self.fn, noteclass="footnote")
        n.addElement(NoteCitation(text=str(self.fn)))
        nb = NoteBody()
        nb.addElement(P(stylename=self.fnst, text=self.t(text)))
        n.addElement(nb)
        par.addElement(n)

    def caption(self, text):
        self.p(text, style=self.cap)

    def colstyle(self, w):
        if w not in self.colstyles:
            cs = Style(name="col%d" % len(self.colstyles), family="table-column")
            cs.addElement(TableColumnProperties(columnwidth="%.2fcm" % w))
            self.d.automaticstyles.addElement(cs)
            self.colstyles[w] = cs
        return self.colstyles[w]

    def table(self, header, rows, widths=None, span_rows=None, total=16.6, name=None):
        """rows: list of lists; a row given as ('SPAN', text) spans all columns."""
        n = len(header)
        if not widths:
            widths = [total / n] * n
        tst = Style(name="T%d" % rnd.randint(1, 10 ** 9), family="table")
        tst.addElement(TableProperties(width="%.2fcm" % sum(widths), align="left"))
        self.d.automaticstyles.addElement(tst)
        tb = Table(name=name or "Tabela%d" % rnd.randint(1, 10 ** 9), stylename=tst)
        for w in widths:
            tb.addElement(TableColumn(stylename=self.colstyle(w)))
        hr = TableHeaderRows()
        tr = TableRow()
        for hd in header:
            c = TableCell(stylename=self.hcell, valuetype="string")
            c.addElement(P(stylename=self.th, text=self.t(hd)))
            tr.addElement(c)
        hr.addElement(tr)
        tb.addElement(hr)
        for row in rows:
            tr = TableRow()
            if isinstance(row, tuple) and row[0] == "SPAN":
                c = TableCell(stylename=self.ocell, numbercolumnsspanned=str(n), valuetype="string")
                c.addElement(P(stylename=self.th, text=self.t(row[1])))
                tr.addElement(c)
                for _ in range(n - 1):
                    tr.addElement(CoveredTableCell())
            else:
                for v in row:
                    c = TableCell(stylename=self.cell, valuetype="string")
                    c.addElement(P(stylename=self.tp, text=self.t(str(v))))
                    tr.addElement(c)
            tb.addElement(tr)
        self.d.text.addElement(tb)
        self.d.text.addElement(P(stylename=self.tp, text=""))
        return tb

    def frame(self, title, paras, height="6cm"):
        anchor = P(stylename=self.body)
        fr = Frame(stylename=self.frst, width="16cm", anchortype="paragraph", name="Ramka%d" % rnd.randint(1, 10 ** 6))
        tb = TextBox(minheight=height)
        pt = P(stylename=self.frtext)
        pt.addElement(Span(stylename=self.bold, text=self.t(title)))
        tb.addElement(pt)
        for x in paras:
            tb.addElement(P(stylename=self.frtext, text=self.t(x)))
        fr.addElement(tb)
        anchor.addElement(fr)
        self.d.text.addElement(anchor)

    def bullets_bold(self, items):
        for lead, rest in items:
            self.p(rest, lead=lead)


def build(outdir, name="MID_Krosno_mobilnosc_projekt"):
    D = Doc()
    d = D.d
    d.meta.addElement(Creator(text="Anna Wojtowicz"))
    # ------------------------------------------------------------ cover
    d.text.addElement(P(stylename=D.coverp, text=""))
    for _ in range(5):
        d.text.addElement(P(stylename=D.center, text=""))
    d.text.addElement(P(stylename=D.hdr, text="PARTNERSKA INICJATYWA MIAST · SIEĆ TEMATYCZNA „MOBILNOŚĆ MIEJSKA”"))
    for _ in range(3):
        d.text.addElement(P(stylename=D.center, text=""))
    d.text.addElement(P(stylename=D.big, text=D.t("Miejska Inicjatywa Działania")))
    d.text.addElement(P(stylename=D.center, text=D.t("Krosno – miasto krótkich dystansów. Zrównoważona mobilność w Krośnie i MOF Krosna na lata 2025–2027")))
    for _ in range(4):
        d.text.addElement(P(stylename=D.center, text=""))
    d.text.addElement(P(stylename=D.stamp, text=D.t("PROJEKT – wersja 0.7 do konsultacji społecznych")))
    for _ in range(7):
        d.text.addElement(P(stylename=D.center, text=""))
    for line in ["Opracowanie: Zespół zadaniowy ds. MID przy Prezydencie Miasta Krosna",
                 "we współpracy z Lokalnym Partnerstwem na rzecz Mobilności",
                 "Krosno, czerwiec 2025 r."]:
        d.text.addElement(P(stylename=D.center, text=D.t(line)))
    d.text.addElement(P(stylename=D.afterCover, text=""))
    # ------------------------------------------------------------ ToC (cached)
    toc = TableOfContent(name="Spis treści1", protected="true")
    src = TableOfContentSource(outlinelevel="2")
    src.addElement(IndexTitleTemplate(text="Spis treści"))
    toc.addElement(src)
    ib = IndexBody()
    it = IndexTitle(name="Spis treści1_Head")
    tt = Style(name="TocTitle", family="paragraph", parentstylename="Standard")
    tt.addElement(TextProperties(fontsize="15pt", fontweight="bold", color=GREEN))
    tt.addElement(ParagraphProperties(marginbottom="0.4cm"))
    d.automaticstyles.addElement(tt)
    it.addElement(P(stylename=tt, text="Spis treści"))
    ib.addElement(it)
    entries = [(1, "1. Streszczenie", 3), (1, "2. Diagnoza stanu mobilności w Krośnie", 4),
               (2, "2.1. Krosno i Miejski Obszar Funkcjonalny", 4), (2, "2.2. Układ drogowy i ruch samochodowy", 5),
               (2, "2.3. Dojazdy do pracy i szkół, parkowanie", 6),
               (2, "2.4. Transport publiczny", 7), (2, "2.5. Ruch rowerowy i pieszy", 9),
               (2, "2.6. Bezpieczeństwo ruchu drogowego", 10), (2, "2.7. Dotychczasowe inwestycje", 11),
               (2, "2.8. Analiza SWOT", 12), (1, "3. Cele MID", 13), (1, "4. Działania", 14),
               (2, "4.1. Zestawienie działań", 14), (2, "4.2. Opis działań", 16), (2, "4.3. Projekty komplementarne", 20),
               (2, "4.4. Zgodność z dokumentami strategicznymi", 21),
               (1, "5. Harmonogram i budżet", 21), (1, "6. Lokalne Partnerstwo i konsultacje", 22),
               (1, "7. Wskaźniki i monitoring", 24), (1, "8. Ryzyka", 25),
               (1, "Załącznik nr 1 – Wnioski zgłoszone w konsultacjach", 26),
               (1, "Załącznik nr 2 – Wyniki badania ankietowego mieszkańców", 27)]
    for lvl, txt, pg in entries:
        pp = P(stylename=D.toc[lvl], text=txt)
        pp.addElement(Tab())
        pp.addText(str(pg))
        ib.addElement(pp)
    toc.addElement(ib)
    d.text.addElement(toc)

    # ------------------------------------------------------------ 1 Streszczenie
    D.h("Streszczenie", 1, D.h1break)
    for x in [
        "Miejska Inicjatywa Działania (MID) Krosna odpowiada na problem, który mieszkańcy wskazują od lat jako "
        "najbardziej uciążliwy w codziennym życiu miasta: rosnący ruch samochodowy w centrum, słabą konkurencyjność "
        "komunikacji miejskiej i brak ciągłej sieci dróg rowerowych. Krosno jest miastem o zwartej zabudowie – "
        "większość codziennych podróży nie przekracza 4 km – a mimo to ponad 60% z nich odbywa się samochodem.",
        "Celem głównym MID jest zwiększenie udziału podróży pieszych, rowerowych i komunikacją zbiorową do 50% "
        "w 2030 r. Cel ten zostanie osiągnięty przez dziesięć działań zgrupowanych w czterech celach szczegółowych: "
        "integrację transportu publicznego z koleją, rozwój sieci rowerowej, uspokojenie ruchu w centrum i przy "
        "szkołach oraz sprawne zarządzanie wdrażaniem.",
        "Dokument jest projektem przedstawianym do konsultacji społecznych. Część informacji – w szczególności "
        "szczegółowy harmonogram rzeczowo-finansowy oraz koszty kilku działań – zostanie uzupełniona po zakończeniu "
        "konsultacji i rozstrzygnięciu naborów w programie FEPK 2021–2027. Szacunkowa wartość działań, dla których "
        "określono koszt, wynosi ok. 12,5 mln zł.",
    ]:
        D.p(x)
    D.frame("Ramka 1. MID Krosna w liczbach", [
        "4 cele szczegółowe · 10 działań · 3 lata wdrażania · 14 instytucji w Lokalnym Partnerstwie · "
        "6 spotkań warsztatowych · 412 ankiet mieszkańców · 57 wniosków zgłoszonych w konsultacjach."], height="2.2cm")

    # ------------------------------------------------------------ 2 Diagnoza
    D.h("Diagnoza stanu mobilności w Krośnie", 1, D.h1break)
    D.h("Krosno i Miejski Obszar Funkcjonalny", 2)
    par = D.p("Krosno liczy ok. 44,6 tys. mieszkańców i jest ośrodkiem subregionalnym dla ponad 110 tys. osób "
              "zamieszkujących Miejski Obszar Funkcjonalny. Do MOF Krosna, objętego Zintegrowanymi Inwestycjami "
              "Terytorialnymi, należą poza miastem gminy Chorkówka, Jedlicze, Korczyna, Krościenko Wyżne, Miejsce "
              "Piastowe i Wojaszówka.")
    D.footnote(par, "Dane o liczbie ludności wg GUS, Bank Danych Lokalnych, stan na 31 grudnia 2024 r.; obszar MOF "
                    "zgodnie ze Strategią Rozwoju Ponadlokalnego MOF Krosna do 2030 r.")
    for x in [
        "Od 2010 r. liczba mieszkańców miasta spada średnio o 0,5% rocznie, przy jednoczesnym wzroście liczby "
        "mieszkańców gmin ościennych. Suburbanizacja przekłada się bezpośrednio na wzrost dojazdów do pracy i szkół: "
        "codziennie do Krosna dojeżdża ok. 19 tys. osób, z czego zdecydowana większość samochodem osobowym.",
        "Miasto jest ważnym ośrodkiem przemysłowym (przemysł lotniczy, szklarski, gumowy), edukacyjnym – z Państwową "
        "Akademią Nauk Stosowanych i dziesięcioma szkołami średnimi – oraz medycznym, z Wojewódzkim Szpitalem "
        "Podkarpackim. Te trzy grupy celów podróży generują największe potoki ruchu w godzinach szczytu.",
    ]:
        D.p(x)
    D.caption("Tabela 1. Ludność Krosna i gmin MOF w latach 2015–2024")
    rows = []
    for g, base in [("Krosno", 47100), ("Chorkówka", 14900), ("Jedlicze", 15600), ("Korczyna", 11300),
                    ("Krościenko Wyżne", 5700), ("Miejsce Piastowe", 14100), ("Wojaszówka", 8800)]:
        r = [g]
        v = base
        for y in range(4):
            r.append(f"{v:,}".replace(",", " "))
            v = int(v * (0.986 if g == "Krosno" else rnd.uniform(1.0, 1.018)))
        rows.append(r)
    D.table(["Gmina", "2015", "2018", "2021", "2024"], rows, widths=[5.0, 2.9, 2.9, 2.9, 2.9])
    D.h("Układ drogowy i ruch samochodowy", 2)
    for x in [
        "Przez Krosno przebiegają drogi krajowe nr 28 i 9 oraz drogi wojewódzkie nr 990 i 991. Do czasu oddania do "
        "użytku obwodnicy ruch tranzytowy w relacji Sanok – Jasło prowadzony jest ulicami Bieszczadzką, "
        "Podkarpacką i Lwowską, co powoduje przeciążenie skrzyżowań w centrum w godzinach szczytu.",
        "Pomiary ruchu wykonane jesienią 2024 r. na zlecenie Miejskiego Zarządu Dróg wykazały, że na głównych "
        "wlotach do miasta natężenie ruchu wzrosło w porównaniu z 2018 r. o 9–17%. Udział pojazdów ciężkich na "
        "ul. Bieszczadzkiej przekracza 11%.",
    ]:
        D.p(x)
    D.caption("Tabela 2. Średni dobowy ruch w dni robocze w wybranych przekrojach [poj./dobę]")
    rows = []
    for pt in ["ul. Bieszczadzka (wlot od Sanoka)", "ul. Podkarpacka", "ul. Lwowska", "ul. Korczyńska",
               "ul. Piłsudskiego", "ul. Grodzka", "ul. Tysiąclecia", "ul. Krakowska (wlot od Jasła)",
               "ul. Czajkowskiego", "ul. Witosa"]:
        a = rnd.randint(6000, 19000)
        b = int(a * rnd.uniform(1.08, 1.17))
        rows.append([pt, f"{a:,}".replace(",", " "), f"{b:,}".replace(",", " "),
                     ("+%.1f%%" % (100 * (b - a) / a)).replace(".", ","), "%d%%" % rnd.randint(4, 12)])
    D.table(["Przekrój pomiarowy", "2018", "2024", "Zmiana", "Udział poj. ciężkich"], rows,
            widths=[6.2, 2.5, 2.5, 2.5, 2.9])
    D.p("Struktura podróży mieszkańców, ustalona w badaniu ankietowym przeprowadzonym w marcu 2025 r. na próbie "
        "412 gospodarstw domowych, pokazuje dominację samochodu przy bardzo krótkich odległościach podróży. "
        "Co trzecia podróż samochodem ma długość poniżej 2 km.")
    D.caption("Tabela 3. Podział zadań przewozowych w Krośnie (badanie ankietowe, 2025)")
    D.table(["Środek transportu", "Udział w podróżach", "Średnia długość podróży"],
            [["samochód osobowy (kierowca i pasażer)", "61%", "4,1 km"], ["pieszo", "22%", "1,1 km"],
             ["komunikacja miejska MKS", "9%", "3,6 km"], ["rower, hulajnoga", "4%", "2,3 km"],
             ["kolej, autobusy regionalne", "3%", "14,8 km"], ["inne", "1%", "—"]], widths=[7.6, 4.5, 4.5])
    D.h("Dojazdy do pracy i szkół, parkowanie", 2)
    for x in [
        "Krosno jest celem codziennych dojazdów z całego powiatu krośnieńskiego, a także z powiatów jasielskiego "
        "i brzozowskiego. Według danych GUS o przepływach ludności związanych z zatrudnieniem do pracy w Krośnie "
        "dojeżdża ok. 12,4 tys. osób, a z Krosna wyjeżdża ok. 3,1 tys. Dodatkowo codziennie przyjeżdża do szkół "
        "średnich ok. 6,5 tys. uczniów spoza miasta.",
        "Zaledwie co piąty dojeżdżający korzysta z transportu zbiorowego. Wynika to przede wszystkim z braku "
        "bezpośrednich połączeń z miejscami pracy w strefie przemysłowej oraz z niedopasowania rozkładów do godzin "
        "rozpoczynania zmian w zakładach pracy.",
    ]:
        D.p(x)
    D.caption("Tabela 3a. Dojazdy do pracy do Krosna z gmin MOF (szacunek na 2024 r.)")
    rows = []
    for g in ["Chorkówka", "Jedlicze", "Korczyna", "Krościenko Wyżne", "Miejsce Piastowe", "Wojaszówka", "pozostałe gminy"]:
        n = rnd.randint(600, 2600)
        rows.append([g, f"{n:,}".replace(",", " "), "%d%%" % rnd.randint(68, 86), "%d%%" % rnd.randint(8, 22),
                     "%d min" % rnd.randint(14, 38)])
    D.table(["Gmina zamieszkania", "Liczba dojeżdżających", "Samochodem", "Transportem zbiorowym", "Średni czas dojazdu"],
            rows, widths=[4.6, 3.0, 2.8, 3.2, 3.0])
    for x in [
        "W centrum miasta funkcjonuje strefa płatnego parkowania obejmująca ok. 1 450 miejsc. Badanie rotacji "
        "przeprowadzone w listopadzie 2024 r. wykazało, że w godzinach 9–15 zajętość miejsc w rejonie Rynku "
        "przekracza 95%, a co czwarty pojazd parkuje dłużej niż pięć godzin, co wskazuje na parkowanie "
        "pracowników instytucji w centrum.",
        "Jednocześnie parkingi przy ul. Kolejowej i przy hali sportowej pozostają wykorzystane w mniej niż połowie. "
        "Wyniki te wskazują na potrzebę lepszej informacji o wolnych miejscach i zróżnicowania opłat, co nie jest "
        "jednak przedmiotem niniejszej MID i zostanie podjęte w aktualizacji uchwały w sprawie strefy płatnego "
        "parkowania.",
        "Transport drogowy odpowiada w Krośnie za ok. 14% emisji pyłu PM10 i ponad połowę emisji tlenków azotu. "
        "Na stacji pomiarowej przy ul. Konopnickiej średnioroczne stężenie NO₂ w 2024 r. wyniosło 21 µg/m³, "
        "co mieści się w obecnym standardzie, ale przekroczy wartość dopuszczalną obowiązującą od 2030 r.",
    ]:
        D.p(x)
    D.h("Transport publiczny", 2)
    for x in [
        "Komunikację miejską w Krośnie i w części gmin ościennych obsługuje spółka MKS Sp. z o.o. w Krośnie, "
        "będąca w całości własnością Miasta. Sieć liczy 21 linii o łącznej długości ok. 290 km, z czego 9 linii "
        "wykracza poza granice miasta na podstawie porozumień międzygminnych.",
        "W latach 2021–2023 MKS wymieniła znaczną część taboru na autobusy elektryczne i hybrydowe, co poprawiło "
        "komfort podróży, ale nie przełożyło się na wzrost liczby pasażerów. Główne bariery wskazywane przez "
        "mieszkańców to niska częstotliwość kursów poza szczytem, brak informacji o opóźnieniach oraz słabe "
        "powiązanie rozkładów z pociągami.",
    ]:
        D.p(x)
    D.caption("Tabela 4. Wybrane linie MKS – częstotliwość i liczba pasażerów")
    rows = []
    for ln, rel in [("1", "Turaszówka – Dworzec PKP – Szpital"), ("3", "Suchodół – Rynek – Białobrzegi"),
                    ("5", "Polanka – Centrum – Krościenko Wyżne"), ("8", "Zawodzie – Dworzec – Jedlicze"),
                    ("11", "Guzikówka – PANS – Odrzykoń"), ("14", "Krościenko – Rynek – Miejsce Piastowe"),
                    ("17", "Dworzec PKP – Lotnisko – Strefa Przemysłowa"), ("21", "Centrum – Korczyna – Czarnorzeki"),
                    ("25", "Szpital – Turaszówka – Wojaszówka"), ("N", "linia nocna weekendowa")]:
        rows.append([ln, rel, "%d min" % rnd.choice([15, 20, 30, 40, 60]), "%d min" % rnd.choice([30, 40, 60, 90, 120]),
                     f"{rnd.randint(350, 3200):,}".replace(",", " ")])
    D.table(["Linia", "Relacja", "Takt w szczycie", "Takt poza szczytem", "Pasażerowie / dzień roboczy"], rows,
            widths=[1.4, 6.8, 2.6, 2.8, 3.0])
    par = D.p("Liczba pasażerów MKS w 2024 r. wyniosła 3,1 mln i była o 14% niższa niż w 2019 r. Spadek jest "
              "wyraźniejszy w grupie osób dorosłych niż wśród uczniów, dla których przejazdy są w większości "
              "bezpłatne lub ulgowe.")
    D.footnote(par, "Dane przekazane przez MKS Sp. z o.o. w Krośnie pismem z 14 kwietnia 2025 r.")
    D.frame("Ramka 2. Dobre praktyki z Nowego Sącza – wspólny bilet z koleją", [
        "W 2023 r. Miasto Nowy Sącz wprowadziło wspólny bilet miesięczny z Polregio na odcinkach podmiejskich. "
        "Bilet finansowany jest w połowie przez miasto, a w połowie przez samorząd województwa. Po roku liczba "
        "pasażerów dojeżdżających koleją wzrosła o ok. 30%.",
        "Przykład pokazuje, że wspólna taryfa może być wprowadzona bez budowy nowej infrastruktury. Ramka ma "
        "charakter poglądowy i nie opisuje działania MID."], height="4cm")
    D.h("Ruch rowerowy i pieszy", 2)
    for x in [
        "Sieć dróg dla rowerów w Krośnie liczy 18,6 km, ale jest silnie rozproszona: najdłuższy ciągły odcinek "
        "prowadzi wzdłuż Wisłoka i ma charakter rekreacyjny. Brakuje połączeń z dworcem PKP, strefą przemysłową "
        "przy lotnisku i osiedlami w zachodniej części miasta.",
        "Piesi korzystają z dobrze rozwiniętej sieci chodników w centrum, jednak ich komfort ograniczają parkujące "
        "samochody, wąskie przejścia w rejonie Rynku i brak przejść w ciągach ulic o dużym natężeniu. Liczne "
        "uwagi dotyczyły także braku ławek i cienia na trasach do szkół i przychodni.",
        "Pomiary ruchu rowerowego wykonane automatycznymi licznikami w sezonie 2024 pokazały, że w dni robocze "
        "z bulwaru nad Wisłokiem korzysta średnio 640 rowerzystów, a w weekendy – ponad 1 100. Na ulicach bez "
        "infrastruktury rowerowej liczba rowerzystów jest kilkukrotnie niższa, co potwierdza, że brak bezpiecznej "
        "infrastruktury jest główną barierą.",
    ]:
        D.p(x)
    D.caption("Tabela 5. Infrastruktura rowerowa w Krośnie (stan na 31.12.2024)")
    D.table(["Rodzaj infrastruktury", "Długość / liczba", "Uwagi"],
            [["drogi dla rowerów", "11,2 km", "w tym 6,4 km wzdłuż Wisłoka"], ["ciągi pieszo-rowerowe", "5,9 km", "głównie na osiedlach"],
             ["pasy i kontrapasy rowerowe", "1,5 km", "ul. Portiusa, ul. Słowackiego"],
             ["stojaki rowerowe (miejsca)", "410", "ok. 60% w centrum"], ["wiaty rowerowe", "6", "przy szkołach średnich"]],
            widths=[6.0, 3.6, 7.0])
    D.h("Bezpieczeństwo ruchu drogowego", 2)
    D.p("Według danych Komendy Miejskiej Policji w Krośnie w latach 2019–2024 na terenie miasta doszło do 214 "
        "wypadków drogowych, w których zginęło 9 osób, a 251 zostało rannych. Piesi stanowili 38% ofiar "
        "śmiertelnych. Najwięcej zdarzeń odnotowano na ulicach Bieszczadzkiej, Lwowskiej i Podkarpackiej.")
    D.caption("Tabela 6. Wypadki drogowe w Krośnie w latach 2019–2024")
    rows = []
    for y in range(2019, 2025):
        rows.append([str(y), str(rnd.randint(28, 43)), str(rnd.randint(0, 3)), str(rnd.randint(33, 51)),
                     str(rnd.randint(9, 17)), str(rnd.randint(310, 420))])
    D.table(["Rok", "Wypadki", "Zabici", "Ranni", "w tym piesi (ranni)", "Kolizje"], rows)
    D.p("Analiza lokalizacji wypadków z udziałem pieszych wskazuje, że ponad połowa z nich wydarzyła się na "
        "przejściach dla pieszych lub w ich pobliżu, najczęściej po zmroku. Osiem przejść w rejonie szkół "
        "podstawowych zostało uznanych przez zespół roboczy za wymagające pilnej przebudowy.")
    D.h("Dotychczasowe inwestycje", 2)
    D.p("W latach 2016–2024 Miasto zrealizowało szereg inwestycji w obszarze transportu, które stanowią punkt "
        "wyjścia dla MID. Poniższe przedsięwzięcia zostały zakończone i rozliczone; nie są częścią planu działań.")
    D.bullets_bold([
        ("Zakup 18 autobusów elektrycznych i budowa stacji ładowania – ", "MKS Sp. z o.o., 2021–2023, 46,2 mln zł, RPO WP 2014–2020 i NFOŚiGW."),
        ("Budowa bulwaru pieszo-rowerowego nad Wisłokiem – ", "Miejski Zarząd Dróg w Krośnie, 2018–2019, 7,9 mln zł."),
        ("Przebudowa ul. Lwowskiej z sygnalizacją akomodacyjną – ", "Wydział Inwestycji i Rozwoju UM Krosna, 2020–2021."),
        ("System Inteligentnego Transportu (ITS) na 12 skrzyżowaniach – ", "MZD, 2022–2023, 9,4 mln zł, RPO WP."),
        ("Centrum przesiadkowe „Krosno Turaszówka” – ", "2019–2020, 5,1 mln zł, ZIT MOF Krosna 2014–2020."),
    ])
    D.h("Analiza SWOT", 2)
    D.caption("Tabela 7. Analiza SWOT mobilności w Krośnie")
    sw = [("Mocne strony", "Słabe strony"),
          ("zwarta zabudowa i krótkie odległości; nowoczesny tabor MKS; bulwar nad Wisłokiem; doświadczenie w ZIT",
           "dominacja samochodu; przerwana sieć rowerowa; słaba integracja z koleją; spadek liczby pasażerów MKS"),
          ("Szanse", "Zagrożenia"),
          ("środki FEPK 2021–2027 i ZIT; rewitalizacja linii kolejowej nr 108; obwodnica odciążająca centrum; rosnąca popularność rowerów elektrycznych",
           "dalsza suburbanizacja; wzrost kosztów inwestycji; opór części mieszkańców wobec ograniczeń ruchu; niedobór kierowców autobusów")]
    tb = D.table(["Czynniki wewnętrzne", "Czynniki zewnętrzne"], [[sw[0][0], sw[0][1]], [sw[1][0], sw[1][1]],
                                                                 [sw[2][0], sw[2][1]], [sw[3][0], sw[3][1]]], widths=[8.3, 8.3])
    D.p("Z analizy SWOT wynika, że kluczowa dla powodzenia MID będzie integracja istniejących zasobów – taboru, "
        "bulwaru, systemu ITS – w spójną ofertę, konkurencyjną wobec samochodu przy podróżach do 5 km.")

    # ------------------------------------------------------------ 3 Cele
    D.h("Cele MID", 1, D.h1break)
    D.p("Zwiększenie udziału podróży pieszych, rowerowych i komunikacją zbiorową w Krośnie z 35% do 50% do 2030 r., "
        "przy jednoczesnej poprawie bezpieczeństwa niechronionych uczestników ruchu.", lead="Cel główny: ")
    for (lab, txt), expl in zip(OBJ, [
        "Cel odpowiada na spadek liczby pasażerów MKS i słabą integrację z koleją regionalną.",
        "Cel zakłada domknięcie brakujących połączeń sieci rowerowej i wprowadzenie roweru miejskiego.",
        "Cel obejmuje uspokojenie ruchu w centrum oraz poprawę bezpieczeństwa dzieci w drodze do szkoły.",
        "Cel obejmuje zarządzanie, monitoring i komunikację z mieszkańcami w trakcie wdrażania MID."]):
        D.p(" " + txt + ". " + expl, lead=lab + " –")
    D.p("Cele szczegółowe są spójne ze Strategią Rozwoju Miasta Krosna do 2030 r., Planem Zrównoważonej Mobilności "
        "MOF Krosna oraz Strategią Rozwoju Ponadlokalnego MOF Krosna.")

    # ------------------------------------------------------------ 4 Działania
    D.h("Działania", 1, D.h1break)
    D.p("Plan działań obejmuje dziesięć przedsięwzięć. Zestawienie w podrozdziale 4.1 podaje realizatora, okres "
        "realizacji i wskaźnik produktu; opis zakresu zawiera podrozdział 4.2, a koszty i źródła finansowania – "
        "rozdział 5.")
    D.h("Zestawienie działań", 2, D.toLand)
    D.caption("Tabela 8. Zestawienie działań MID Krosna")
    rows = []
    for k, (lab, txt) in enumerate(OBJ):
        rows.append(("SPAN", "%s: %s" % (lab, txt)))
        for a in ACTS:
            if a["obj"] == k:
                rows.append([a["no"], a["title"], a["resp"], dash(a["time"]), a["ind"]])
    D.table(["Nr", "Nazwa działania", "Realizator", "Okres realizacji", "Wskaźnik produktu"], rows,
            widths=[1.3, 8.0, 6.2, 4.4, 5.3])
    D.h("Opis działań", 2, D.toPort2)
    for a in ACTS:
        D.h("Działanie %s. %s" % (a["no"], a["title"]), 3)
        D.log.append(a["title"])
        for x in a["desc"]:
            D.p(x)
        D.p(PARTNERS[a["no"]], lead="Partnerzy i powiązania: ")
    D.h("Projekty komplementarne", 2)
    D.p("Poniższe przedsięwzięcia realizowane są przez inne podmioty i finansowane poza MID, ale mają istotny "
        "wpływ na osiągnięcie jego celów. Nie są ujęte w budżecie MID.")
    D.caption("Tabela 9. Projekty komplementarne")
    D.table(["Projekt", "Realizator", "Okres", "Źródło finansowania"],
            [["Budowa obwodnicy Krosna w ciągu DK 28", "GDDKiA Oddział w Rzeszowie", "2024–2027", "Rządowy Program Budowy Dróg Krajowych"],
             ["Rewitalizacja linii kolejowej nr 108 Krosno – Jasło", "PKP Polskie Linie Kolejowe S.A.", "2025–2028", "FEnIKS 2021–2027"],
             ["Przebudowa drogi powiatowej ul. Korczyńska – Korczyna", "Powiatowy Zarząd Dróg w Krośnie", "2025–2026", "RFRD"],
             ["Zakup pociągów hybrydowych dla Kolei Podkarpackich", "Samorząd Województwa Podkarpackiego", "2025–2027", "FEPK 2021–2027"]],
            widths=[5.6, 4.4, 2.2, 4.4])

    D.h("Zgodność z dokumentami strategicznymi", 2)
    D.p("MID została przygotowana z uwzględnieniem dokumentów strategicznych i planistycznych szczebla krajowego, "
        "regionalnego i lokalnego. Działania wpisują się w kierunki interwencji wskazane w poniższych dokumentach, "
        "co ma znaczenie dla możliwości pozyskania dofinansowania w ramach instrumentu ZIT.")
    D.caption("Tabela 9a. Dokumenty strategiczne powiązane z MID")
    D.table(["Dokument", "Podstawa / przyjęcie", "Powiązane cele MID"],
            [["Strategia Zrównoważonego Rozwoju Transportu do 2030 roku", "uchwała nr 105 Rady Ministrów z 24.09.2019 r.", "CS1, CS2, CS3"],
             ["Krajowa Polityka Miejska 2030", "uchwała Rady Ministrów z 2022 r.", "CS1–CS4"],
             ["Strategia Rozwoju Województwa – Podkarpackie 2030", "uchwała Sejmiku Województwa Podkarpackiego z 2020 r.", "CS1, CS2"],
             ["Strategia Rozwoju Ponadlokalnego MOF Krosna do 2030 r.", "porozumienie gmin MOF, 2022 r.", "CS1, CS2"],
             ["Strategia Rozwoju Miasta Krosna do 2030 r.", "uchwała Rady Miasta Krosna z 2021 r.", "CS1–CS4"],
             ["Plan Zrównoważonej Mobilności MOF Krosna", "projekt, 2024 r.", "CS1–CS3"],
             ["Program ochrony powietrza dla województwa podkarpackiego", "uchwała Sejmiku z 2020 r. (z późn. zm.)", "CS1, CS2"]],
            widths=[6.6, 6.0, 4.0])
    par = D.p("Podstawę prawną działań w zakresie organizacji ruchu stanowią przepisy ustawy z dnia 21 marca 1985 r. "
              "o drogach publicznych oraz ustawy z dnia 20 czerwca 1997 r. – Prawo o ruchu drogowym. Działania "
              "dotyczące transportu zbiorowego realizowane będą zgodnie z ustawą z dnia 16 grudnia 2010 r. "
              "o publicznym transporcie zbiorowym.")
    D.footnote(par, "Dz.U. z 2024 r. poz. 320 z późn. zm.; Dz.U. z 2024 r. poz. 1251 z późn. zm.; Dz.U. z 2023 r. poz. 2778 z późn. zm.")

    # ------------------------------------------------------------ 5 Harmonogram i budżet (schedule = deferral)
    D.h("Harmonogram i budżet", 1, D.h1break)
    D.h("Harmonogram realizacji", 2)
    D.p("Szczegółowy harmonogram rzeczowo-finansowy zostanie opracowany po zakończeniu konsultacji społecznych "
        "i rozstrzygnięciu naborów w programie FEPK 2021–2027 (do uzupełnienia w wersji 1.0).")
    D.h("Budżet i źródła finansowania", 2)
    D.p("Tabela 10 przedstawia szacunkowe koszty działań według stanu na czerwiec 2025 r. Kwoty są kwotami brutto. "
        "Dla działań, których koszt zależy od wyniku negocjacji lub inwentaryzacji, koszt zostanie podany w wersji "
        "ostatecznej dokumentu.")
    D.caption("Tabela 10. Budżet MID według działań")
    rows = []
    for a in ACTS:
        rows.append([a["no"], a["title"], a["cost"] or ("do oszacowania" if a["no"] != "4.1" else "—"),
                     a["fund"] or "—"])
    rows.append(["", "Razem (działania z określonym kosztem)", "ok. 12,5 mln zł", ""])
    D.table(["Nr", "Działanie", "Szacunkowy koszt", "Źródło finansowania"], rows, widths=[1.2, 7.0, 3.6, 4.8])
    par = D.p("Wkład własny Miasta zostanie zabezpieczony w Wieloletniej Prognozie Finansowej na lata 2025–2030. "
              "Koszty koordynacji (działanie 4.1) pokrywane są w ramach wynagrodzeń pracowników UM Krosna.")
    D.footnote(par, "Uchwała Rady Miasta Krosna w sprawie zmiany WPF zostanie przygotowana po przyjęciu MID.")
    ann = Annotation()
    ann.addElement(Creator(text="Tomasz Kmieć"))
    ann.addElement(Date(text="2025-06-03T11:20:00"))
    ann.addElement(P(text="Kwota 4,8 mln zł wg studium wykonalności z 2023 r. – sprawdzić po aktualizacji kosztorysu."))
    par.addElement(ann)
    D.p("Źródła finansowania obejmują przede wszystkim program regionalny Fundusze Europejskie dla Podkarpacia "
        "2021–2027, w tym instrument ZIT dla MOF Krosna, Rządowy Fundusz Rozwoju Dróg oraz środki WFOŚiGW "
        "w Rzeszowie na działania edukacyjne. Możliwe jest również ubieganie się o środki z programu FEnIKS na "
        "zakup taboru, jeżeli działanie 1.2 zostanie rozszerzone.")

    # ------------------------------------------------------------ 6 Partnerstwo
    D.h("Lokalne Partnerstwo i konsultacje", 1, D.h1break)
    for x in [
        "Lokalne Partnerstwo na rzecz Mobilności zostało powołane zarządzeniem Prezydenta Miasta Krosna w listopadzie "
        "2024 r. W jego skład wchodzą przedstawiciele wydziałów UM, MZD, MKS, Komendy Miejskiej Policji, Starostwa "
        "Powiatowego, gmin MOF, Państwowej Akademii Nauk Stosowanych, Młodzieżowej Rady Miasta, rad osiedli, "
        "Stowarzyszenia Rowerowe Krosno, przedsiębiorców ze strefy przemysłowej oraz Kolei Podkarpackich.",
        "Partnerstwo spotykało się na warsztatach tematycznych, na których wypracowano diagnozę, cele i listę "
        "działań. Wnioski z poszczególnych spotkań były publikowane na stronie internetowej Miasta.",
    ]:
        D.p(x)
    D.caption("Tabela 11. Spotkania Lokalnego Partnerstwa")
    D.table(["Lp.", "Spotkanie", "Data", "Liczba uczestników"],
            [["1", "Spotkanie inaugurujące Lokalne Partnerstwo", "28.11.2024", "24"],
             ["2", "Warsztat diagnostyczny – mapowanie problemów", "16.12.2024", "31"],
             ["3", "Warsztat „Transport publiczny i kolej”", "23.01.2025", "19"],
             ["4", "Spacer badawczy – Stare Miasto i dworzec", "13.03.2025", "27"],
             ["5", "Warsztat „Rowerem i pieszo do szkoły”", "10.04.2025", "22"],
             ["6", "Warsztat priorytetyzacji działań", "22.05.2025", "26"]], widths=[1.2, 9.2, 3.0, 3.2])
    D.p("Konsultacje społeczne projektu MID prowadzone są w dniach 16 czerwca – 15 lipca 2025 r. w formie "
        "ankiety internetowej, punktu konsultacyjnego w Ratuszu, dwóch spotkań otwartych oraz dyżurów w szkołach "
        "średnich. Wnioski zgłoszone we wstępnym etapie (platforma „Krosno Pyta”, kwiecień 2025) zestawiono "
        "w Załączniku nr 1 wraz ze sposobem ich rozpatrzenia.")
    D.caption("Tabela 12. Przejścia dla pieszych wskazane do przebudowy (działanie 3.2)")
    D.table(["Lp.", "Lokalizacja", "Szkoła w pobliżu"],
            [["1", "ul. Grodzka / ul. Kisielewskiego", "SP nr 3"], ["2", "ul. Zręcińska", "SP nr 11"],
             ["3", "ul. Bieszczadzka / ul. Floriańska", "SP nr 4"], ["4", "ul. Tysiąclecia", "SP nr 15"],
             ["5", "ul. Okrzei", "SP nr 12"], ["6", "ul. Jasielska", "SP nr 14"],
             ["7", "ul. Czajkowskiego / ul. Wyspiańskiego", "SP nr 5"], ["8", "ul. Krakowska", "SP nr 7"]],
            widths=[1.2, 9.4, 6.0])

    # ------------------------------------------------------------ 7 Wskaźniki
    D.h("Wskaźniki i monitoring", 1, D.h1break)
    D.p("Postęp wdrażania MID mierzony będzie wskaźnikami produktu przypisanymi do działań (Tabela 8) oraz "
        "wskaźnikami rezultatu, odnoszącymi się do celów szczegółowych. Wartości bazowe pochodzą z badań "
        "przeprowadzonych w latach 2024–2025.")
    D.caption("Tabela 13. Wskaźniki rezultatu MID")
    D.table(["Wskaźnik rezultatu", "Wartość bazowa", "Wartość docelowa 2027", "Źródło danych"],
            [["Udział podróży pieszych, rowerowych i transportem zbiorowym", "35% (2025)", "42%", "badanie ankietowe"],
             ["Liczba pasażerów MKS rocznie", "3,1 mln (2024)", "3,5 mln", "MKS Sp. z o.o."],
             ["Średnia dobowa liczba rowerzystów na licznikach", "640 (2024)", "900", "liczniki automatyczne MZD"],
             ["Liczba rannych pieszych rocznie", "13 (2024)", "≤ 8", "KMP w Krośnie"],
             ["Liczba przesiadek kolej–MKS na dworcu", "b.d.", "400 / dzień", "badanie potoków"]],
            widths=[6.4, 3.0, 3.2, 4.0])
    D.p("Wskaźniki produktu będą raportowane przez realizatorów działań w terminie do 31 stycznia każdego roku "
        "za rok poprzedni. Zespół zadaniowy zweryfikuje dane, porówna je z wartościami docelowymi i – w razie "
        "odchyleń większych niż 20% – zaproponuje działania naprawcze, w tym zmianę zakresu lub harmonogramu "
        "działania. Zmiany MID wymagające zmiany celów przedstawiane będą Lokalnemu Partnerstwu.")
    D.p("Monitoring prowadzi Pełnomocnik Prezydenta Miasta ds. Mobilności. Dane zbierane są raz w roku, "
        "a raport przedstawiany jest Lokalnemu Partnerstwu i publikowany w BIP. W 2027 r. przewidziano ewaluację "
        "końcową z powtórzeniem badania ankietowego.")

    # ------------------------------------------------------------ 8 Ryzyka
    D.h("Ryzyka", 1, D.h1break)
    D.p("Zidentyfikowano główne ryzyka, które mogą utrudnić realizację MID, wraz ze sposobami ich ograniczania.")
    D.p("Największe ryzyko dotyczy działań inwestycyjnych, których koszt oszacowano na podstawie dokumentacji "
        "sprzed kilku lat. Wzrost cen robót budowlanych w latach 2022–2024 przekroczył w regionie 30%, dlatego "
        "w budżecie przyjęto rezerwę, a działania 1.1 i 2.1 mogą zostać podzielone na etapy. Ryzyka społeczne "
        "związane ze strefą Tempo 30 ograniczane będą przez okres próbny i bieżącą komunikację z mieszkańcami.")
    D.caption("Tabela 14. Rejestr ryzyk")
    D.table(["Ryzyko", "Prawdopodobieństwo", "Wpływ", "Sposób ograniczenia"],
            [["Wzrost kosztów robót budowlanych ponad kosztorys", "wysokie", "wysoki", "etapowanie, rezerwa w WPF"],
             ["Nieuzyskanie dofinansowania z FEPK", "średnie", "wysoki", "przygotowanie dokumentacji z wyprzedzeniem, RFRD"],
             ["Brak porozumienia z samorządem województwa w sprawie biletu", "średnie", "średni", "pilotaż na jednej linii"],
             ["Sprzeciw mieszkańców wobec strefy Tempo 30", "średnie", "średni", "konsultacje, okres próbny"],
             ["Opóźnienia uzgodnień z PKP S.A.", "wysokie", "średni", "wczesne uzgodnienia, harmonogram z rezerwą"]],
            widths=[6.0, 2.8, 2.0, 5.8])

    # ------------------------------------------------------------ Annex – consultations (decoys)
    D.h("Załącznik nr 1 – Wnioski zgłoszone w konsultacjach", 1, D.h1break, nonum=True)
    D.p("Zestawienie obejmuje wnioski zgłoszone przez mieszkańców w ramach platformy „Krosno Pyta” w kwietniu "
        "2025 r. Wnioski nie są działaniami MID; kolumna „Rozstrzygnięcie” wskazuje, czy i w jakim zakresie "
        "zostały uwzględnione.")
    wn = [
        ("Darmowa komunikacja miejska dla wszystkich mieszkańców", "odrzucono – brak środków, skutki dla MKS"),
        ("Ścieżka rowerowa do strefy przemysłowej przy lotnisku", "uwzględniono w działaniu 2.1"),
        ("Więcej stojaków rowerowych przy szkołach", "uwzględniono w działaniu 2.3"),
        ("Budowa parkingu wielopoziomowego przy Rynku", "odrzucono – sprzeczne z celami MID"),
        ("Kursy MKS zsynchronizowane z pociągami do Rzeszowa", "uwzględniono częściowo (działanie 1.3)"),
        ("Zamknięcie Rynku dla ruchu samochodowego", "odrzucono na tym etapie – do analizy po wprowadzeniu strefy Tempo 30"),
        ("Oświetlenie przejścia na ul. Zręcińskiej", "uwzględniono w działaniu 3.2"),
        ("Kładka pieszo-rowerowa przez Wisłok na wysokości ul. Magazynowej", "odrzucono – koszt, przekazano do WPF 2028+"),
        ("Hulajnogi elektryczne na minuty", "odrzucono – rynek komercyjny"),
        ("Wiaty przystankowe z zielonymi dachami", "przekazano do MKS"),
        ("Bezpłatny parking P+R przy dworcu", "uwzględniono w działaniu 1.1"),
        ("Aplikacja z rozkładami jazdy i biletami", "uwzględniono częściowo (działanie 1.2)"),
        ("Rowerowe szkolne autobusy (rowerowe pociągi)", "uwzględniono w działaniu 3.3"),
        ("Obniżenie opłat w strefie płatnego parkowania", "odrzucono"),
        ("Ławki i cień na trasie do przychodni przy ul. Korczyńskiej", "przekazano do Wydziału Gospodarki Komunalnej"),
    ]
    D.table(["Lp.", "Wniosek mieszkańca", "Rozstrzygnięcie"], [[str(i + 1), w, r] for i, (w, r) in enumerate(wn)],
            widths=[1.2, 8.6, 6.8])
    D.p("Wnioski zgłoszone w drugim etapie konsultacji zostaną rozpatrzone i dołączone do wersji ostatecznej MID.")

    D.h("Załącznik nr 2 – Wyniki badania ankietowego mieszkańców", 1, D.h1break, nonum=True)
    D.p("Badanie przeprowadzono w dniach 3–28 marca 2025 r. metodą wywiadu bezpośredniego i ankiety internetowej. "
        "Zebrano 412 poprawnie wypełnionych kwestionariuszy reprezentujących gospodarstwa domowe ze wszystkich "
        "osiedli Krosna. Wyniki zważono według wieku i płci respondentów zgodnie ze strukturą ludności miasta.")
    D.caption("Tabela Z2.1. Struktura próby")
    D.table(["Cecha", "Kategoria", "Udział w próbie"],
            [["płeć", "kobiety", "53%"], ["", "mężczyźni", "47%"], ["wiek", "15–24 lata", "14%"], ["", "25–44 lata", "33%"],
             ["", "45–64 lata", "31%"], ["", "65 lat i więcej", "22%"], ["posiadanie samochodu", "tak", "78%"],
             ["", "nie", "22%"], ["posiadanie roweru", "tak", "57%"], ["", "nie", "43%"]], widths=[5.0, 6.0, 5.6])
    D.caption("Tabela Z2.2. Ocena warunków podróżowania (skala 1–5)")
    rows = []
    for asp in ["dostępność przystanków MKS", "częstotliwość kursów", "punktualność autobusów", "informacja pasażerska",
                "bezpieczeństwo na drogach rowerowych", "ciągłość tras rowerowych", "komfort chodników",
                "bezpieczeństwo przejść dla pieszych", "dostępność miejsc parkingowych w centrum", "hałas i jakość powietrza"]:
        m = rnd.uniform(2.1, 4.2)
        rows.append([asp, ("%.1f" % m).replace(".", ","), "%d%%" % rnd.randint(12, 48), "%d%%" % rnd.randint(18, 55)])
    D.table(["Aspekt", "Średnia ocena", "Oceny 1–2", "Oceny 4–5"], rows, widths=[7.6, 3.0, 3.0, 3.0])
    for x in [
        "Najniżej oceniono ciągłość tras rowerowych i informację pasażerską, najwyżej – dostępność przystanków. "
        "Osoby w wieku 65+ częściej niż pozostali wskazywały na brak ławek i zbyt krótkie światło zielone dla "
        "pieszych. Młodzież szkolna najczęściej postulowała rozwój roweru miejskiego i bezpieczne parkingi rowerowe.",
        "Na pytanie o gotowość do zmiany sposobu podróżowania 38% osób dojeżdżających samochodem zadeklarowało, że "
        "korzystałoby z komunikacji miejskiej, gdyby autobusy kursowały co najmniej co 15 minut, a 26% – że "
        "jeździłoby rowerem, gdyby istniała bezpieczna trasa do miejsca pracy lub nauki.",
    ]:
        D.p(x)
    D.caption("Tabela Z2.3. Najczęściej wskazywane priorytety (możliwość wskazania 3 odpowiedzi)")
    D.table(["Priorytet", "Odsetek wskazań"],
            [["częstsze kursy komunikacji miejskiej", "47%"], ["nowe drogi dla rowerów", "41%"],
             ["bezpieczniejsze przejścia dla pieszych", "36%"], ["więcej miejsc parkingowych", "33%"],
             ["rower miejski", "24%"], ["uspokojenie ruchu na osiedlach", "21%"], ["wspólny bilet z koleją", "17%"],
             ["zieleń i cień na ulicach", "15%"]], widths=[11.6, 5.0])
    D.p("Pełny raport z badania dostępny jest w Wydziale Transportu i Komunikacji UM Krosna.")

    odt = "%s/%s.odt" % (outdir, name)
    d.save(odt)

    actions = []
    for a in ACTS:
        actions.append({"title": a["title"], "theme": a["theme"], "secondary_themes": a["sec"],
                        "responsible": a["resp"] is not None, "timeline": a["time"] is not None,
                        "cost": a["cost"] is not None, "indicator": a["ind"] is not None, "type": None,
                        "values": {"responsible": a["resp"], "timeline": a["time"], "cost": a["cost"],
                                   "funding": a["fund"], "indicator": a["ind"]}})
    gold = {"file": name + ".pdf", "document_type": "mid", "city": "Krosno", "network": "mobility", "status": "draft",
            "text_layer": True, "pages": None,
            "sections": {"summary": "present", "context": "present", "objectives": "present", "actions": "present",
                         "schedule": "incomplete", "budget": "present", "stakeholders": "present",
                         "indicators": "present", "risks": "present"},
            "actions": actions,
            "traps": ["merged_schedule_budget_chapter_schedule_deferred", "landscape_action_table_with_objective_rows",
                      "fields_split_table_descriptions_budget", "past_projects_bold_leadins",
                      "complementary_projects_table", "partnership_meeting_list", "residents_proposals_annex_rejected",
                      "good_practice_frame", "summary_numbers_frame", "objectives_as_decoys", "cost_do_oszacowania",
                      "timeline_dash", "draft_stamp_on_cover", "level3_headings_with_action_numbers"],
            "notes": "ODT exported to PDF. Actions listed in landscape Tabela 8 (Realizator, Okres realizacji, "
                     "Wskaźnik produktu) with 'Cel szczegółowy N:' spanning rows; described again as level-3 headings "
                     "'Działanie N.M. …' in 4.2; cost and funding only in budget Tabela 10 keyed by number. "
                     "Chapter 5 'Harmonogram i budżet': schedule is only a deferral (incomplete), budget present. "
                     "Action 1.3 has timeline '—' and cost 'do oszacowania'; 2.3 cost 'do oszacowania'; 4.1 cost '—'."}
    return odt, gold, D.log
