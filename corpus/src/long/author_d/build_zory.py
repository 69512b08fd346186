# -*- coding: utf-8 -*-
"""MID Żory – ODT (odfpy) z numeracją konspektu -> PDF (LibreOffice)."""
import os
import re
import shutil
import tempfile

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableProperties,
                       TableColumnProperties, TableCellProperties, TableRowProperties,
                       PageLayout, PageLayoutProperties, MasterPage, Header, Footer,
                       HeaderStyle, FooterStyle, HeaderFooterProperties, ListLevelProperties,
                       TabStops, TabStop, GraphicProperties, FontFace, DefaultStyle)
from odf.text import (H, P, Span, List, ListItem, Note, NoteCitation, NoteBody, PageNumber,
                      PageCount, OutlineStyle, OutlineLevelStyle, ListStyle, ListLevelStyleNumber,
                      ListLevelStyleBullet, TableOfContent, TableOfContentSource, IndexBody,
                      IndexTitle, IndexTitleTemplate, TableOfContentEntryTemplate,
                      IndexEntryText, IndexEntryChapter, IndexEntryTabStop,
                      IndexEntryPageNumber, Tab, LineBreak, SoftPageBreak, NotesConfiguration)
from odf.table import (Table, TableColumn, TableRow, TableCell, TableHeaderRows,
                       CoveredTableCell)

import zory_content as Z
import common

NAME = "Zory_MID_jakosc_powietrza"
BLUE = "#1F4E79"
PALE = "#DCE6F1"
FONT = "Liberation Serif"

ACTIVE = {
    "1.1": [(y, q) for y in range(2025, 2029) for q in range(1, 5)],
    "1.2": [(2025, 1), (2026, 1), (2027, 1)],
    "1.3": [(2025, 4), (2026, 1), (2026, 2), (2026, 4), (2027, 1), (2027, 2), (2027, 4),
            (2028, 1), (2028, 2)],
    "1.4": [(y, q) for y in range(2026, 2029) for q in range(1, 5)],
    "2.1": [(2025, 2), (2025, 3), (2025, 4)] + [(y, q) for y in (2026, 2027) for q in range(1, 5)],
    "2.2": [(y, q) for y in (2026, 2027) for q in range(1, 5)],
    "2.3": [(2025, 3), (2025, 4)] + [(y, q) for y in (2026, 2027) for q in range(1, 5)] +
           [(2028, 1), (2028, 2)],
    "3.1": [(2025, 3), (2025, 4)] + [(y, q) for y in (2026, 2027, 2028) for q in range(1, 5)],
    "3.2": [(y, q) for y in range(2025, 2029) for q in range(1, 5)],
    "4.1": [(y, q) for y in range(2025, 2029) for q in range(1, 5)],
}


class Builder:
    def __init__(self):
        self.doc = OpenDocumentText()
        self.tcount = 0
        self.fn = 0
        self.cellstyles = {}
        self.colstyles = {}
        self._styles()

    # ------------------------------------------------------------ styles
    def _styles(self):
        d = self.doc
        d.fontfacedecls.addElement(FontFace(name=FONT, fontfamily=FONT, fontfamilygeneric="roman",
                                            fontpitch="variable"))
        d.fontfacedecls.addElement(FontFace(name="Liberation Sans", fontfamily="Liberation Sans",
                                            fontfamilygeneric="swiss", fontpitch="variable"))
        ds = DefaultStyle(family="paragraph")
        ds.addElement(TextProperties(fontname=FONT, fontsize="12pt", language="pl", country="PL"))
        d.styles.addElement(ds)
        st = Style(name="Standard", family="paragraph", attributes={"class": "text"})
        st.addElement(TextProperties(fontname=FONT, fontsize="12pt", language="pl", country="PL"))
        d.styles.addElement(st)
        body = Style(name="Text_20_body", displayname="Text body", family="paragraph",
                     parentstylename="Standard", attributes={"class": "text"})
        body.addElement(ParagraphProperties(margintop="0cm", marginbottom="0.21cm",
                                            textalign="justify", lineheight="140%"))
        d.styles.addElement(body)
        self.body = body
        hd = Style(name="Heading", family="paragraph", parentstylename="Standard",
                   nextstylename="Text_20_body", attributes={"class": "text"})
        hd.addElement(ParagraphProperties(margintop="0.42cm", marginbottom="0.21cm",
                                          keepwithnext="always"))
        hd.addElement(TextProperties(fontname="Liberation Sans", fontweight="bold", color=BLUE))
        d.styles.addElement(hd)
        self.h = {}
        for lvl, size, top in ((1, "16pt", "0.6cm"), (2, "13pt", "0.45cm"), (3, "12pt", "0.4cm")):
            s = Style(name="Heading_20_%d" % lvl, displayname="Heading %d" % lvl, family="paragraph",
                      parentstylename="Heading", nextstylename="Text_20_body",
                      defaultoutlinelevel=str(lvl), attributes={"class": "text"})
            s.addElement(ParagraphProperties(margintop=top, marginbottom="0.2cm"))
            s.addElement(TextProperties(fontsize=size, fontweight="bold",
                                        fontstyle="italic" if lvl == 3 else "normal"))
            d.styles.addElement(s)
            self.h[lvl] = s
        # rozdział zaczynający się od nowej strony
        self.h1_break = Style(name="H1_break", family="paragraph", parentstylename="Heading_20_1")
        self.h1_break.addElement(ParagraphProperties(breakbefore="page"))
        d.automaticstyles.addElement(self.h1_break)
        self.h1_land = Style(name="H1_landscape", family="paragraph", parentstylename="Heading_20_1",
                             masterpagename="Landscape")
        self.h1_land.addElement(ParagraphProperties(margintop="0cm"))
        d.automaticstyles.addElement(self.h1_land)
        self.h1_port = Style(name="H1_portrait", family="paragraph", parentstylename="Heading_20_1",
                             masterpagename="Standard")
        self.h1_port.addElement(ParagraphProperties(margintop="0cm"))
        d.automaticstyles.addElement(self.h1_port)

        # konspekt: poziomy 1–2 numerowane, 3 bez numeru
        os_ = OutlineStyle(name="Outline")
        for lvl in range(1, 11):
            if lvl == 1:
                ls = OutlineLevelStyle(level=1, numformat="1", numsuffix=".", stylename="")
            elif lvl == 2:
                ls = OutlineLevelStyle(level=2, numformat="1", numsuffix=".", displaylevels="2")
            else:
                ls = OutlineLevelStyle(level=lvl, numformat="")
            ls.addElement(ListLevelProperties(minlabelwidth="0.9cm" if lvl <= 2 else "0cm",
                                              minlabeldistance="0.15cm"))
            os_.addElement(ls)
        d.styles.addElement(os_)

        cap = Style(name="Caption", family="paragraph", parentstylename="Standard",
                    attributes={"class": "extra"})
        cap.addElement(ParagraphProperties(margintop="0.25cm", marginbottom="0.12cm",
                                           keepwithnext="always"))
        cap.addElement(TextProperties(fontsize="10.5pt", fontstyle="italic", fontweight="bold"))
        d.styles.addElement(cap)
        self.cap = cap
        tc = Style(name="Table_20_Contents", displayname="Table Contents", family="paragraph",
                   parentstylename="Standard", attributes={"class": "extra"})
        tc.addElement(ParagraphProperties(textalign="start"))
        tc.addElement(TextProperties(fontsize="10pt"))
        d.styles.addElement(tc)
        self.tcont = tc
        th = Style(name="Table_20_Heading", displayname="Table Heading", family="paragraph",
                   parentstylename="Table_20_Contents", attributes={"class": "extra"})
        th.addElement(ParagraphProperties(textalign="center"))
        th.addElement(TextProperties(fontweight="bold", fontsize="10pt"))
        d.styles.addElement(th)
        self.thead = th
        tsmall = Style(name="Gantt_20_Contents", family="paragraph", parentstylename="Table_20_Contents")
        tsmall.addElement(TextProperties(fontsize="8.5pt"))
        tsmall.addElement(ParagraphProperties(textalign="center"))
        d.automaticstyles.addElement(tsmall)
        self.tsmall = tsmall
        fn = Style(name="Footnote", family="paragraph", parentstylename="Standard",
                   attributes={"class": "extra"})
        fn.addElement(ParagraphProperties(marginleft="0.4cm", textindent="-0.4cm"))
        fn.addElement(TextProperties(fontsize="9.5pt"))
        d.styles.addElement(fn)
        d.styles.addElement(NotesConfiguration(noteclass="footnote", citationstylename="",
                                               numformat="1", startvalue="0",
                                               footnotesposition="page", startnumberingat="document",
                                               defaultstylename="Footnote"))
        self.tmpl = Style(name="Template_20_text", family="paragraph", parentstylename="Text_20_body")
        self.tmpl.addElement(TextProperties(fontstyle="italic", color="#7F7F7F"))
        d.automaticstyles.addElement(self.tmpl)
        self.bold = Style(name="T_bold", family="text")
        self.bold.addElement(TextProperties(fontweight="bold"))
        d.automaticstyles.addElement(self.bold)
        self.lines = Style(name="P_lines", family="paragraph", parentstylename="Text_20_body")
        self.lines.addElement(ParagraphProperties(marginleft="0.8cm", marginbottom="0.08cm",
                                                  textalign="start"))
        d.automaticstyles.addElement(self.lines)

        # spis treści
        for lvl, ind in ((1, "0cm"), (2, "0.6cm")):
            s = Style(name="Contents_20_%d" % lvl, displayname="Contents %d" % lvl,
                      family="paragraph", parentstylename="Standard", attributes={"class": "index"})
            pp = ParagraphProperties(marginleft=ind, marginbottom="0.1cm")
            ts = TabStops()
            ts.addElement(TabStop(position="16cm", type="right", leaderstyle="dotted", leadertext="."))
            pp.addElement(ts)
            s.addElement(pp)
            s.addElement(TextProperties(fontweight="bold" if lvl == 1 else "normal", fontsize="11pt"))
            d.styles.addElement(s)
        cth = Style(name="Contents_20_Heading", displayname="Contents Heading", family="paragraph",
                    parentstylename="Heading", attributes={"class": "index"})
        cth.addElement(TextProperties(fontsize="16pt"))
        d.styles.addElement(cth)

        # listy
        self.ol = ListStyle(name="L_num")
        ll = ListLevelStyleNumber(level=1, numformat="1", numsuffix=")")
        ll.addElement(ListLevelProperties(spacebefore="0.4cm", minlabelwidth="0.6cm"))
        self.ol.addElement(ll)
        d.automaticstyles.addElement(self.ol)
        self.ul = ListStyle(name="L_bul")
        lb = ListLevelStyleBullet(level=1, bulletchar="–")
        lb.addElement(ListLevelProperties(spacebefore="0.4cm", minlabelwidth="0.6cm"))
        self.ul.addElement(lb)
        d.automaticstyles.addElement(self.ul)

        # strony
        def layout(name, w, h, orient):
            pl = PageLayout(name=name)
            pl.addElement(PageLayoutProperties(pagewidth=w, pageheight=h, printorientation=orient,
                                               margintop="1.2cm", marginbottom="1.2cm",
                                               marginleft="2.5cm" if orient == "portrait" else "2cm",
                                               marginright="2.5cm" if orient == "portrait" else "2cm"))
            hs = HeaderStyle()
            hs.addElement(HeaderFooterProperties(minheight="0.9cm", marginbottom="0.4cm"))
            pl.addElement(hs)
            fs = FooterStyle()
            fs.addElement(HeaderFooterProperties(minheight="0.7cm", margintop="0.4cm"))
            pl.addElement(fs)
            d.automaticstyles.addElement(pl)
            return pl
        pl_p = layout("pm_portrait", "21cm", "29.7cm", "portrait")
        pl_l = layout("pm_landscape", "29.7cm", "21cm", "landscape")
        pl_c = PageLayout(name="pm_cover")
        pl_c.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm",
                                             printorientation="portrait", margintop="2cm",
                                             marginbottom="2cm", marginleft="2.5cm",
                                             marginright="2.5cm"))
        d.automaticstyles.addElement(pl_c)

        hstrip = Style(name="Header_strip", family="paragraph", parentstylename="Standard")
        hstrip.addElement(ParagraphProperties(backgroundcolor=BLUE, padding="0.08cm",
                                              textalign="start"))
        hstrip.addElement(TextProperties(color="#FFFFFF", fontsize="8.5pt", fontname="Liberation Sans",
                                         fontweight="bold"))
        d.automaticstyles.addElement(hstrip)
        fstyle = Style(name="Footer_p", family="paragraph", parentstylename="Standard")
        fstyle.addElement(ParagraphProperties(textalign="end"))
        fstyle.addElement(TextProperties(fontsize="9pt", fontname="Liberation Sans"))
        d.automaticstyles.addElement(fstyle)

        def master(name, pl):
            mp = MasterPage(name=name, pagelayoutname=pl)
            hd = Header()
            p = P(stylename=hstrip, text="PIM  |  Partnerska Inicjatywa Miast  |  Miasto Żory  |  "
                                         "MID – Jakość powietrza 2025–2028")
            hd.addElement(p)
            mp.addElement(hd)
            ft = Footer()
            p = P(stylename=fstyle, text="Strona ")
            p.addElement(PageNumber(selectpage="current", text="1"))
            p.addText(" z ")
            p.addElement(PageCount(text="1"))
            ft.addElement(p)
            mp.addElement(ft)
            d.masterstyles.addElement(mp)
        master("Standard", pl_p)
        master("Landscape", pl_l)
        cover = MasterPage(name="Cover", pagelayoutname=pl_c, nextstylename="Standard")
        d.masterstyles.addElement(cover)
        self.coverstyle = Style(name="P_cover_first", family="paragraph", parentstylename="Standard",
                                masterpagename="Cover")
        self.coverstyle.addElement(ParagraphProperties(textalign="center", margintop="1cm"))
        d.automaticstyles.addElement(self.coverstyle)
        self.cover_styles = {}

    def cstyle(self, size, bold=False, color="#000000", top="0cm", bottom="0.2cm", bg=None):
        key = (size, bold, color, top, bottom, bg)
        if key not in self.cover_styles:
            s = Style(name="P_cov%d" % len(self.cover_styles), family="paragraph",
                      parentstylename="Standard")
            kw = dict(textalign="center", margintop=top, marginbottom=bottom)
            if bg:
                kw["backgroundcolor"] = bg
                kw["padding"] = "0.15cm"
            s.addElement(ParagraphProperties(**kw))
            s.addElement(TextProperties(fontsize=size, fontweight="bold" if bold else "normal",
                                        color=color, fontname="Liberation Sans"))
            self.doc.automaticstyles.addElement(s)
            self.cover_styles[key] = s
        return self.cover_styles[key]

    def col_style(self, width):
        if width not in self.colstyles:
            s = Style(name="Col%d" % len(self.colstyles), family="table-column")
            s.addElement(TableColumnProperties(columnwidth="%.2fcm" % width))
            self.doc.automaticstyles.addElement(s)
            self.colstyles[width] = s
        return self.colstyles[width]

    def cell_style(self, bg=None, pad="0.08cm"):
        key = (bg, pad)
        if key not in self.cellstyles:
            s = Style(name="Cell%d" % len(self.cellstyles), family="table-cell")
            kw = dict(border="0.5pt solid #808080", padding=pad, verticalalign="top")
            if bg:
                kw["backgroundcolor"] = bg
            s.addElement(TableCellProperties(**kw))
            self.doc.automaticstyles.addElement(s)
            self.cellstyles[key] = s
        return self.cellstyles[key]

    # ------------------------------------------------------------ content
    def para(self, text, style=None):
        p = P(stylename=style or self.body)
        pos = 0
        for m in re.finditer(r"\[\[fn:(.*?)\]\]", text):
            p.addText(text[pos:m.start()])
            self.fn += 1
            n = Note(id="ftn%d" % self.fn, noteclass="footnote")
            n.addElement(NoteCitation(text=str(self.fn)))
            nb = NoteBody()
            nb.addElement(P(stylename="Footnote", text=m.group(1)))
            n.addElement(nb)
            p.addElement(n)
            pos = m.end()
        p.addText(text[pos:])
        self.doc.text.addElement(p)
        return p

    def heading(self, lvl, text, style=None):
        h = H(outlinelevel=lvl, stylename=style or self.h[lvl], text=text)
        self.doc.text.addElement(h)
        return h

    def table(self, caption, rows, widths, header=True, bgfirstcol=False, small=False,
              header_rows=1, spans=None, shade=None):
        if caption:
            self.doc.text.addElement(P(stylename=self.cap, text=caption))
        self.tcount += 1
        tstyle = Style(name="Tab%d" % self.tcount, family="table")
        tstyle.addElement(TableProperties(width="%.2fcm" % sum(widths), align="center",
                                          marginbottom="0.3cm"))
        self.doc.automaticstyles.addElement(tstyle)
        t = Table(name="Tabela%d" % self.tcount, stylename=tstyle)
        for w in widths:
            t.addElement(TableColumn(stylename=self.col_style(w)))
        hr = TableHeaderRows() if header else None
        if hr is not None:
            t.addElement(hr)
        spans = spans or {}
        for i, row in enumerate(rows):
            tr = TableRow()
            is_head = header and i < header_rows
            j = 0
            while j < len(row):
                val = row[j]
                if val is None:
                    tr.addElement(CoveredTableCell())
                    j += 1
                    continue
                bg = None
                if is_head:
                    bg = PALE
                elif bgfirstcol and j == 0:
                    bg = PALE
                if shade and shade(i, j):
                    bg = "#5B8DB8"
                attrs = {}
                if (i, j) in spans:
                    attrs["numbercolumnsspanned"] = spans[(i, j)]
                c = TableCell(stylename=self.cell_style(bg), valuetype="string", **attrs)
                pst = self.thead if is_head else (self.tsmall if small and j >= 3 else self.tcont)
                for k, line in enumerate(val.split("\n")):
                    p = P(stylename=pst)
                    if (bgfirstcol and j == 0) and not is_head:
                        p.addElement(Span(stylename=self.bold, text=line))
                    else:
                        p.addText(line)
                    c.addElement(p)
                tr.addElement(c)
                j += 1
            (hr if is_head else t).addElement(tr)
        self.doc.text.addElement(t)
        return t

    def blocks(self, bl, first_break=True):
        for b in bl:
            k = b[0]
            if k == "h1":
                self.heading(1, b[1], self.h1_break if first_break else None)
            elif k == "h2":
                self.heading(2, b[1])
            elif k == "h3":
                self.heading(3, b[1])
            elif k == "p":
                self.para(b[1])
            elif k == "tmpl":
                self.para(b[1], self.tmpl)
            elif k in ("ol", "ul"):
                lst = List(stylename=self.ol if k == "ol" else self.ul)
                for x in b[1]:
                    li = ListItem()
                    li.addElement(P(stylename=self.body, text=x))
                    lst.addElement(li)
                self.doc.text.addElement(lst)
            elif k == "lines":
                for x in b[1]:
                    self.doc.text.addElement(P(stylename=self.lines, text=x))
            elif k in ("tab", "emptytab"):
                self.table(b[1], b[2], b[3])
            else:
                raise ValueError(k)

    # ------------------------------------------------------------ document
    def cover(self):
        t = self.doc.text
        t.addElement(P(stylename=self.coverstyle, text=""))
        t.addElement(P(stylename=self.cstyle("11pt", True, "#FFFFFF", "0cm", "0cm", BLUE),
                       text="PARTNERSKA INICJATYWA MIAST"))
        t.addElement(P(stylename=self.cstyle("10pt", False, BLUE, "0cm", "2.5cm", PALE),
                       text="sieć tematyczna „Jakość powietrza”"))
        t.addElement(P(stylename=self.cstyle("14pt", False, "#333333", "0cm", "1.5cm"),
                       text="MIASTO ŻORY"))
        t.addElement(P(stylename=self.cstyle("22pt", True, BLUE, "0cm", "0.3cm"),
                       text="Miejska Inicjatywa Działania"))
        t.addElement(P(stylename=self.cstyle("16pt", False, BLUE, "0cm", "0.6cm"),
                       text="na rzecz poprawy jakości powietrza"))
        t.addElement(P(stylename=self.cstyle("18pt", True, "#7F6000", "0.4cm", "3cm"),
                       text="„Żory oddychają” 2025–2028"))
        t.addElement(P(stylename=self.cstyle("12pt", True, "#333333", "2cm", "0.15cm"),
                       text="Dokument przyjęty przez Lokalne Partnerstwo 28 listopada 2024 r."))
        t.addElement(P(stylename=self.cstyle("11pt", False, "#333333", "0cm", "0.15cm"),
                       text="wersja ostateczna po konsultacjach – styczeń 2025 r."))
        t.addElement(P(stylename=self.cstyle("11pt", False, "#333333", "2.5cm", "0cm"),
                       text="Opracowanie: Wydział Ochrony Środowiska i Gospodarki Komunalnej "
                            "Urzędu Miasta Żory"))

    def toc(self, pages):
        toc = TableOfContent(name="Spis treści1", protected="true")
        src = TableOfContentSource(outlinelevel="2")
        itt = IndexTitleTemplate(stylename="Contents_20_Heading", text="Spis treści")
        src.addElement(itt)
        for lvl in (1, 2):
            tpl = TableOfContentEntryTemplate(outlinelevel=str(lvl), stylename="Contents_20_%d" % lvl)
            tpl.addElement(IndexEntryChapter())
            tpl.addElement(IndexEntryText())
            tpl.addElement(IndexEntryTabStop(type="right", leaderchar="."))
            tpl.addElement(IndexEntryPageNumber())
            src.addElement(tpl)
        toc.addElement(src)
        body = IndexBody()
        title = IndexTitle(name="Spis treści1_Head")
        ptitle = P(stylename="Contents_20_Heading", text="Spis treści")
        title.addElement(ptitle)
        body.addElement(title)
        for lvl, numtext, text in self.toc_entries():
            p = P(stylename="Contents_20_%d" % lvl, text="%s %s" % (numtext, text))
            p.addElement(Tab())
            p.addText(pages.get(text, "0"))
            body.addElement(p)
        toc.addElement(body)
        # spis treści na osobnej stronie
        brk = Style(name="P_toc_break", family="paragraph", parentstylename="Standard")
        brk.addElement(ParagraphProperties(breakbefore="page"))
        self.doc.automaticstyles.addElement(brk)
        self.doc.text.addElement(P(stylename=brk, text="Wykaz skrótów użytych w dokumencie"))
        for x in Z.WYKAZ_SKROTOW:
            self.doc.text.addElement(P(stylename=self.lines, text=x[0]))
        tb = Style(name="P_toc_break2", family="paragraph", parentstylename="Standard")
        tb.addElement(ParagraphProperties(breakbefore="page"))
        self.doc.automaticstyles.addElement(tb)
        self.doc.text.addElement(P(stylename=tb, text=""))
        self.doc.text.addElement(toc)

    def toc_entries(self):
        out = []
        c1 = 0
        c2 = 0
        for bl in self.all_chapters():
            for b in bl:
                if b[0] == "h1":
                    c1 += 1; c2 = 0
                    out.append((1, "%d." % c1, b[1]))
                elif b[0] == "h2":
                    c2 += 1
                    out.append((2, "%d.%d." % (c1, c2), b[1]))
        return out

    def all_chapters(self):
        obj_h2 = [("h2", o[1]) for o in Z.OBJECTIVES]
        return [Z.STRESZCZENIE, Z.DIAGNOZA, Z.CELE_INTRO + obj_h2, Z.HARMONOGRAM_INTRO,
                Z.BUDZET, Z.INTERESARIUSZE, Z.WSKAZNIKI, Z.RYZYKA, Z.ZALACZNIK]

    def actions(self):
        self.blocks(Z.CELE_INTRO)
        for onum, otitle, odesc in Z.OBJECTIVES:
            self.heading(2, otitle)
            if odesc:
                self.para(odesc)
            for a in [x for x in Z.ACTIONS if x["obj"] == onum]:
                self.heading(3, "Działanie %s. %s" % (a["num"], a["title"]))
                for pr in a["prose"]:
                    self.para(pr)
                if a["fields"]:
                    self.table(None, [[l, v] for l, v in a["fields"]], [4.4, 11.4],
                               header=False, bgfirstcol=True)

    def gantt(self):
        self.heading(1, Z.HARMONOGRAM_INTRO[0][1], self.h1_land)
        for b in Z.HARMONOGRAM_INTRO[1:]:
            self.para(b[1])
        years = [2025, 2026, 2027, 2028]
        head1 = ["Nr", "Działanie", "Okres realizacji"]
        head2 = ["", "", ""]
        spans = {}
        for y in years:
            spans[(0, len(head1))] = 4
            head1 += [str(y), None, None, None]
            head2 += ["I", "II", "III", "IV"]
        rows = [head1, head2]
        for a in Z.ACTIONS:
            rows.append([a["num"], a["title"], a["gantt"]] + [""] * 16)
        qcols = {}
        for yi, y in enumerate(years):
            for q in range(1, 5):
                qcols[3 + yi * 4 + q - 1] = (y, q)

        def shade(i, j):
            if i < 2 or j < 3:
                return False
            return qcols[j] in ACTIVE[Z.ACTIONS[i - 2]["num"]]
        widths = [1.0, 7.6, 4.1] + [0.81] * 16
        self.table("Tabela 8. Harmonogram realizacji działań MID (kwartały 2025–2028)", rows, widths,
                   header=True, header_rows=2, spans=spans, shade=shade, small=True)
        self.para("Pola zacieniowane – okres realizacji działania. Terminy naborów w programie "
                  "FEnIKS przyjęto zgodnie z harmonogramem naborów na 2025 r.")

    def build(self, pages):
        self.cover()
        self.toc(pages)
        self.blocks(Z.STRESZCZENIE)
        self.blocks(Z.DIAGNOZA)
        self.actions()
        self.gantt()
        # po stronie poziomej powrót do pionowej
        self.heading(1, Z.BUDZET[0][1], self.h1_port)
        self.blocks(Z.BUDZET[1:])
        rows = [["Lp.", "Działanie", "Koszt ogółem", "w tym:", None, None],
                ["", "", "", "budżet miasta", "WFOŚiGW", "FEnIKS"]]
        for a in Z.ACTIONS:
            rows.append([a["num"], a["title"], a["cost"]] + list(a["split"]))
        self.table("Tabela 9. Koszty działań MID i źródła ich finansowania", rows,
                   [1.1, 5.9, 2.6, 2.2, 2.0, 2.0], header=True, header_rows=2,
                   spans={(0, 3): 3})
        self.blocks(Z.BUDZET_OUTRO)
        self.blocks(Z.INTERESARIUSZE)
        self.blocks(Z.WSKAZNIKI)
        self.blocks(Z.RYZYKA)
        self.blocks(Z.ZALACZNIK)
        return self.doc


def heading_pages(pages_text, entries):
    res = {}
    for lvl, num, text in entries:
        target = common.norm("%s %s" % (num, text))
        for i, t in enumerate(pages_text):
            if i < 3:
                continue
            if target in common.norm(t):
                res[text] = str(i + 1)
                break
    return res


def build():
    tmp = tempfile.mkdtemp(prefix="zory_")
    odt = os.path.join(tmp, NAME + ".odt")
    pages = {}
    entries = None
    for it in range(3):
        b = Builder()
        doc = b.build(pages)
        entries = b.toc_entries()
        doc.save(odt)
        pdf = common.soffice_convert(odt, "pdf", tmp)
        n, ptext = common.pdf_pages_text(pdf)
        new = heading_pages(ptext, entries)
        if new == pages:
            break
        pages = new
    assert len(pages) == len(entries), (len(pages), len(entries), pages)
    out_pdf = os.path.join(common.OUTDIR, NAME + ".pdf")
    shutil.copyfile(pdf, out_pdf)
    gold = {
        "file": NAME + ".pdf", "document_type": "mid", "city": Z.CITY,
        "network": "air_quality", "status": "final", "text_layer": True, "pages": n,
        "sections": {"summary": "present", "context": "present", "objectives": "present",
                     "actions": "present", "schedule": "present", "budget": "present",
                     "stakeholders": "present", "indicators": "incomplete", "risks": "present"},
        "actions": Z.gold_actions(),
        "traps": ["odt_outline_numbering_not_in_text", "actions_as_level3_headings_dzialanie_x_y",
                  "objective_headings_level2_decoy", "fields_in_small_2col_tables",
                  "fields_only_in_prose", "cost_only_in_separate_budget_table_keyed_by_number",
                  "cost_per_year_and_per_heating_season", "budget_split_columns_w_tym",
                  "timeline_only_in_gantt_table", "gantt_quarters_landscape_page",
                  "indicators_chapter_template_instructions_only", "empty_template_table",
                  "past_program_pone_2015_2020_numbered_list", "lp_meeting_list_lines",
                  "rejected_proposals_list", "complementary_projects_in_prose",
                  "null_values_dash_do_oszacowania", "footnotes", "toc_index_cached",
                  "header_strip_footer_page_x_of_y", "abbreviations_list"],
        "notes": ("ODT written with odfpy; chapter/section numbers come from the outline "
                  "numbering (levels 1–2), level-3 action headings 'Działanie N.M. …' carry a "
                  "typed label and no automatic number. Exported by LibreOffice to PDF; only the "
                  "PDF is kept. Costs exist only in budget Tabela 9 keyed by Lp. (per year / per "
                  "heating season for 1.1, 1.2, 1.3, 3.2; 'do oszacowania' for 1.4, '—' for 4.1). "
                  "Timeline of 2.1 appears only in the Gantt (Tabela 8, landscape page); 4.1's "
                  "timeline also from the Gantt row. Actions 1.3, 2.3 and 4.1 have their fields "
                  "only in prose. Chapter 'Wskaźniki i monitoring' contains only bracketed template "
                  "instructions and an empty template table -> indicators incomplete (per-action "
                  "indicators exist in the action tables). Decoys: PONE 2015–2020 numbered list "
                  "in the diagnosis, objective headings, LP meeting lines, rejected proposals "
                  "and complementary projects in the stakeholders chapter."),
    }
    full = common.strip_running(ptext, ("PIM | Partnerska",))
    heads = [e[2] for e in entries]
    miss = common.check_gold_in_text(gold, full, heads)
    txt = common.soffice_convert(odt, "txt:Text (encoded):UTF8", tmp)
    miss2 = common.check_gold_in_text(gold, open(txt, encoding="utf-8").read(), heads)
    assert not miss, ("PDF", miss)
    assert not miss2, ("TXT", miss2)
    assert 20 <= n <= 60, n
    common.write_gold(gold, NAME + ".gold.json")
    shutil.rmtree(tmp, ignore_errors=True)
    return out_pdf, n, len(gold["actions"])


if __name__ == "__main__":
    print(build())
