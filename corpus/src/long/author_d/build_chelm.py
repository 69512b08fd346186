# -*- coding: utf-8 -*-
"""MID Chełm – DOCX (python-docx + lxml) -> tagowany PDF z zakładkami (LibreOffice)."""
import copy
import io
import math
import os
import re
import shutil
import tempfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor

import chelm_content as C
import common
from figures import FIGS

NAME = "Chelm_MID_rewitalizacja_2025"
GREEN = "2E5E3A"
LIGHT = "E4EFE0"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# ------------------------------------------------------------------ helpers
def set_cell_shading(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


PPR_AFTER_SHD = ["w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
                 "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
                 "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
                 "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                 "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
                 "w:sectPr", "w:pPrChange"]


def set_par_shading(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    succ = {qn(x) for x in PPR_AFTER_SHD}
    for ch in pPr:
        if ch.tag in succ:
            ch.addprevious(shd)
            return
    pPr.append(shd)


def add_field(p, instr, cached):
    def r_with(el):
        r = OxmlElement("w:r")
        r.append(el)
        p._p.append(r)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r_with(b)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr
    r_with(it)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r_with(s)
    p.add_run(cached)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r_with(e)


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.items = []

    def ref(self, p, text):
        self.items.append(text)
        fid = len(self.items)
        r = p.add_run()
        r.style = self.doc.styles["Footnote Reference"]
        fr = OxmlElement("w:footnoteReference")
        fr.set(qn("w:id"), str(fid))
        r._r.append(fr)

    def install(self):
        parts = ['<w:footnotes %s>' % nsdecls("w"),
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
                 'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
                 'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
                 '</w:r></w:p></w:footnote>']
        from xml.sax.saxutils import escape
        for i, t in enumerate(self.items, 1):
            parts.append(
                '<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (i, escape(t)))
        parts.append("</w:footnotes>")
        blob = "".join(parts).encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(
            part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes")


def add_text_with_fn(p, text, fns):
    pos = 0
    for m in re.finditer(r"\[\[fn:(.*?)\]\]", text):
        if m.start() > pos:
            p.add_run(text[pos:m.start()])
        fns.ref(p, m.group(1))
        pos = m.end()
    if pos < len(text):
        p.add_run(text[pos:])


def setup_styles(doc):
    st = doc.styles
    normal = st["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    rpr = normal.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), "Arial")
    pf = normal.paragraph_format
    pf.space_after = Pt(6)
    pf.line_spacing = 1.15
    pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for lvl, size, before in ((1, 15, 18), (2, 12.5, 12), (3, 11.5, 10)):
        h = st["Heading %d" % lvl]
        h.font.name = "Arial"
        h.font.size = Pt(size)
        h.font.bold = True
        h.font.italic = False
        h.font.color.rgb = RGBColor.from_string(GREEN)
        hr = h.element.get_or_add_rPr().find(qn("w:rFonts"))
        if hr is None:
            hr = OxmlElement("w:rFonts"); h.element.get_or_add_rPr().append(hr)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            hr.set(qn(a), "Arial")
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if hr.get(qn(a)) is not None:
                del hr.attrib[qn(a)]
        h.paragraph_format.space_before = Pt(before)
        h.paragraph_format.space_after = Pt(6)
        h.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
        h.paragraph_format.keep_with_next = True
    cap = st["Caption"]
    cap.font.size = Pt(9.5)
    cap.font.bold = True
    cap.font.italic = False
    cap.font.color.rgb = RGBColor(0x33, 0x33, 0x33)
    cap.paragraph_format.space_before = Pt(6)
    cap.paragraph_format.space_after = Pt(4)
    cap.paragraph_format.keep_with_next = True
    cap.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for lvl, ind in ((1, 0), (2, 0.6)):
        s = st.add_style("TOC %d" % lvl, WD_STYLE_TYPE.PARAGRAPH)
        s.base_style = normal
        s.paragraph_format.left_indent = Cm(ind)
        s.paragraph_format.space_after = Pt(3)
        s.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
        s.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), alignment=2, leader=1)
        if lvl == 1:
            s.font.bold = True
    ft = st.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
    ft.base_style = normal
    ft.font.size = Pt(8.5)
    ft.paragraph_format.space_after = Pt(0)
    ft.paragraph_format.line_spacing = 1.0
    fr = st.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    fr.font.superscript = True
    tt = st.add_style("Tabela tekst", WD_STYLE_TYPE.PARAGRAPH)
    tt.base_style = normal
    tt.font.size = Pt(9.5)
    tt.paragraph_format.space_after = Pt(1)
    tt.paragraph_format.line_spacing = 1.0
    tt.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    lang = OxmlElement("w:lang"); lang.set(qn("w:val"), "pl-PL"); lang.set(qn("w:eastAsia"), "pl-PL")
    normal.element.get_or_add_rPr().append(lang)
    # identyfikatory stylów przypisów muszą odpowiadać XML przypisów
    assert ft.style_id == "FootnoteText", ft.style_id
    assert fr.style_id == "FootnoteReference", fr.style_id


def cell_text(cell, text, bold=False, color=None):
    cell.paragraphs[0].style = "Tabela tekst"
    lines = text.split("\n")
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph(style="Tabela tekst")
        r = p.add_run(line)
        r.bold = bold
        if color:
            r.font.color.rgb = RGBColor.from_string(color)


def add_table(doc, rows, widths, header=True, label_col=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = Cm(widths[j])
            is_head = header and i == 0
            cell_text(c, val, bold=is_head or (label_col and j == 0),
                      color="FFFFFF" if is_head else None)
            if is_head:
                set_cell_shading(c, GREEN)
            elif label_col and j == 0:
                set_cell_shading(c, LIGHT)
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 567)))
    tblPr = t._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    tw.set(qn("w:w"), str(int(sum(widths) * 567))); tw.set(qn("w:type"), "dxa")
    t.autofit = False
    if header:
        trPr = t.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader"); trPr.append(th)
    return t


def add_box(doc, title, paras, idx):
    """Pole tekstowe VML (ramka) osadzone w akapicie."""
    from xml.sax.saxutils import escape
    nlines = 1 + sum(max(1, math.ceil(len(x) / 95)) for x in paras)
    height = 20 + nlines * 13
    inner = ['<w:p><w:pPr><w:spacing w:after="80"/></w:pPr><w:r><w:rPr><w:b/><w:color w:val="%s"/>'
             '</w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (GREEN, escape(title))]
    for x in paras:
        inner.append('<w:p><w:pPr><w:spacing w:after="60"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr>'
                     '<w:sz w:val="19"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                     % escape(x))
    shapetype = ""
    if idx == 1:
        shapetype = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                     'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
                     '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')
    xml = ('<w:p %s><w:pPr><w:spacing w:before="120" w:after="160"/><w:jc w:val="center"/></w:pPr><w:r><w:pict>%s'
           '<v:shape id="Ramka%d" o:spid="_x0000_s10%02d" type="#_x0000_t202" '
           'style="width:440pt;height:%dpt;mso-wrap-style:square" fillcolor="#F1F6EE" '
           'strokecolor="#%s" strokeweight="1.25pt">'
           '<v:textbox style="mso-fit-shape-to-text:t" inset="9pt,7pt,9pt,7pt">'
           '<w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>'
           % ('xmlns:w="%s" xmlns:v="urn:schemas-microsoft-com:vml" '
              'xmlns:o="urn:schemas-microsoft-com:office:office"' % W_NS, shapetype, idx, 20 + idx, height, GREEN, "".join(inner)))
    el = parse_xml(xml)
    anchor = doc.add_paragraph()._p
    anchor.addnext(el)
    anchor.getparent().remove(anchor)


def add_card(doc, a, fns):
    cap = doc.add_paragraph("Karta działania nr %d" % a["n"], style="Caption")
    cap.paragraph_format.space_before = Pt(14)
    rows = [["Nazwa działania", a["name"]],
            ["Zakres działania", a["opis"]],
            ["Cel szczegółowy", a["cel"]],
            ["Realizator", a["realizator"]],
            ["Partnerzy", a["partnerzy"]],
            ["Okres realizacji", a["okres"]],
            ["Szacunkowy koszt", a["koszt"]],
            ["Źródła finansowania", a["zrodla"]],
            ["Wskaźnik produktu/rezultatu", a["wskaznik"]]]
    t = add_table(doc, rows, [4.4, 11.6], header=False, label_col=True)
    # nazwa pogrubiona
    for r in t.cell(0, 1).paragraphs[0].runs:
        r.bold = True
    split = a["n"] == C.SPLIT_CARD
    for i, row in enumerate(t.rows):
        trPr = row._tr.get_or_add_trPr()
        if not split:
            cs = OxmlElement("w:cantSplit"); trPr.append(cs)
            if i < len(t.rows) - 1:
                for c in row.cells:
                    for p in c.paragraphs:
                        p.paragraph_format.keep_with_next = True
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def wykaz_rows():
    rows = [["Nr karty", "Nazwa działania", "Cel szczegółowy"]]
    for a in C.ACTIONS:
        cel = a["cel"].replace("Cel szczegółowy ", "CS ").replace("wszystkie cele szczegółowe", "CS 1–3")
        rows.append([str(a["n"]), a["name"], cel])
    return rows


def harmonogram_rows():
    years = [2025, 2026, 2027, 2028]
    spans = {1: (2025, 2026), 2: (2026, 2027), 3: (0, -1), 4: (2026, 2028), 5: (2025, 2028),
             6: (2025, 2028), 7: (2026, 2028), 8: (2025, 2027), 9: (2025, 2027), 10: (2025, 2028)}
    rows = [["Nr", "Działanie", "Okres realizacji", "2025", "2026", "2027", "2028"]]
    for a in C.ACTIONS:
        s, e = spans[a["n"]]
        rows.append([str(a["n"]), a["name"], a["okres"]] +
                    ["■" if s <= y <= e else "" for y in years])
    return rows


BUDGET_SPLIT = {  # tys. zł: FEL, miasto, inne
    1: ("3 600", "1 200", "—"), 2: ("1 760", "590", "—"), 3: ("—", "510", "340"),
    4: ("1 280", "320", "—"), 5: ("—", "240", "—"), 6: ("—", "—", "—"),
    7: ("2 400", "650", "150"), 8: ("—", "420", "—"), 9: ("560", "100", "30"),
    10: ("—", "—", "—"),
}


def budzet_rows():
    rows = [["Nr karty", "Działanie", "Koszt wg karty", "FEL 2021–2027 [tys. zł]",
             "Budżet miasta [tys. zł]", "Inne [tys. zł]"]]
    for a in C.ACTIONS:
        fel, m, inne = BUDGET_SPLIT[a["n"]]
        k = a["koszt"]
        if a["n"] == 5:
            k = "60 tys. zł rocznie (240 tys. zł w latach 2025–2028)"
        rows.append([str(a["n"]), a["name"], k, fel, m, inne])
    rows.append(["", "Razem", "14 150 tys. zł", "9 600", "4 030", "520"])
    return rows


def render_blocks(doc, blocks, fns, state):
    for b in blocks:
        kind = b[0]
        if kind in ("h1", "h2", "h3"):
            h = doc.add_paragraph(b[1], style="Heading %s" % kind[1])
            state["headings"].append(b[1])
            if kind == "h1" and state.get("h1_pagebreak"):
                h.paragraph_format.page_break_before = True
        elif kind == "p":
            p = doc.add_paragraph()
            add_text_with_fn(p, b[1], fns)
        elif kind == "quote":
            p = doc.add_paragraph(style="Intense Quote")
            r = p.add_run(b[1])
        elif kind == "bul":
            for x in b[1]:
                doc.add_paragraph(x, style="List Bullet")
        elif kind == "num":
            for i, x in enumerate(b[1], 1):
                p = doc.add_paragraph("%d) %s" % (i, x))
                p.paragraph_format.left_indent = Cm(0.8)
                p.paragraph_format.first_line_indent = Cm(-0.6)
        elif kind == "tab":
            doc.add_paragraph(b[1], style="Caption")
            rows = b[2]
            if rows == "WYKAZ":
                rows = wykaz_rows()
            add_table(doc, rows, b[3])
            src = doc.add_paragraph()
            r = src.add_run("Źródło: opracowanie własne UM Chełm.")
            r.font.size = Pt(8.5); r.italic = True
        elif kind == "fig":
            png = FIGS[b[2]]()
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.keep_with_next = True
            p.add_run().add_picture(io.BytesIO(png), width=Cm(15.0))
            doc.add_paragraph(b[1], style="Caption")
        elif kind == "box":
            state["box"] += 1
            add_box(doc, b[1], b[2], state["box"])
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)


def header_footer(section):
    section.different_first_page_header_footer = True
    hdr = section.header
    ht = hdr.add_table(rows=1, cols=2, width=Cm(16))
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = ht.cell(0, 0), ht.cell(0, 1)
    c0.width = Cm(3.0); c1.width = Cm(13.0)
    set_cell_shading(c0, GREEN); set_cell_shading(c1, LIGHT)
    r = c0.paragraphs[0].add_run("PIM")
    r.bold = True; r.font.size = Pt(12); r.font.color.rgb = RGBColor(255, 255, 255)
    c0.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = c1.paragraphs[0].add_run("Partnerska Inicjatywa Miast  |  Miasto Chełm  |  "
                                 "Miejska Inicjatywa Działania – Rewitalizacja")
    r.font.size = Pt(8.5); r.font.color.rgb = RGBColor.from_string(GREEN)
    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # tabela-pasek na początku nagłówka, pusty akapit po niej (wymagany przez Worda)
    hdr.paragraphs[0]._p.addprevious(ht._tbl)
    hdr.paragraphs[0].paragraph_format.space_after = Pt(0)
    ftr = section.footer
    p = ftr.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Strona ")
    add_field(p, "PAGE", "1")
    p.add_run(" z ")
    add_field(p, "NUMPAGES", "1")
    for r in p.runs:
        r.font.size = Pt(9)


def cover(doc):
    def para(text, size, bold=False, color=None, before=0, after=6, align=WD_ALIGN_PARAGRAPH.CENTER):
        p = doc.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_before = Pt(before)
        p.paragraph_format.space_after = Pt(after)
        r = p.add_run(text)
        r.font.size = Pt(size); r.bold = bold
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        return p
    p = para("PARTNERSKA INICJATYWA MIAST", 11, True, "FFFFFF", 0, 0)
    set_par_shading(p, GREEN)
    p = para("sieć tematyczna: Rewitalizacja", 10, False, GREEN, 0, 40)
    set_par_shading(p, LIGHT)
    para("Prezydent Miasta Chełm", 13, False, "333333", 40, 50)
    para("MIEJSKA INICJATYWA DZIAŁANIA", 24, True, GREEN, 30, 10)
    para("dla obszaru rewitalizacji Śródmieście – Dyrekcja", 15, False, "333333", 0, 16)
    para("„%s”" % C.TITLE, 18, True, "8A5A1E", 6, 60)
    para("na lata 2025–2028", 13, False, "333333", 0, 80)
    para("Wersja ostateczna", 12, True, "333333", 40, 4)
    para("przyjęta przez Lokalne Partnerstwo 14 marca 2025 r.", 11, False, "333333", 0, 4)
    para("Chełm, marzec 2025 r.", 11, False, "333333", 60, 0)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def toc(doc, pages):
    p = doc.add_paragraph()
    r = p.add_run("Spis treści")
    r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor.from_string(GREEN)
    entries = C.TOC
    first = None
    for i, (lvl, text, body) in enumerate(entries):
        p = doc.add_paragraph(style="TOC %d" % lvl)
        if i == 0:
            def r_with(el):
                rr = OxmlElement("w:r"); rr.append(el); p._p.append(rr)
            b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r_with(b)
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve")
            it.text = ' TOC \\o "1-2" \\h \\z \\u '; r_with(it)
            s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r_with(s)
        p.add_run(text)
        p.add_run("\t%s" % pages.get(text, "0"))
        if i == len(entries) - 1:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
            rr = OxmlElement("w:r"); rr.append(e); p._p.append(rr)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def make_docx(path, toc_pages):
    doc = Document()
    setup_styles(doc)
    sec = doc.sections[0]
    sec.page_width = Cm(21.0); sec.page_height = Cm(29.7)
    sec.left_margin = Cm(2.5); sec.right_margin = Cm(2.5)
    sec.top_margin = Cm(2.3); sec.bottom_margin = Cm(2.2)
    sec.header_distance = Cm(1.0); sec.footer_distance = Cm(1.0)
    header_footer(sec)
    fns = Footnotes(doc)
    state = {"headings": [], "box": 0, "h1_pagebreak": False}
    cover(doc)
    toc(doc, toc_pages)
    state["h1_pagebreak"] = False
    render_blocks(doc, C.STRESZCZENIE, fns, state)
    state["h1_pagebreak"] = True
    render_blocks(doc, C.DIAGNOZA, fns, state)
    render_blocks(doc, C.CELE, fns, state)
    render_blocks(doc, C.DZIALANIA_INTRO, fns, state)
    for a in C.ACTIONS:
        add_card(doc, a, fns)
    render_blocks(doc, C.HARMONOGRAM_INTRO, fns, state)
    doc.add_paragraph("Tabela 10. Harmonogram realizacji działań MID w latach 2025–2028", style="Caption")
    add_table(doc, harmonogram_rows(), [0.9, 6.4, 3.6, 1.35, 1.35, 1.35, 1.35])
    doc.add_paragraph("■ – okres realizacji działania (w tym przygotowanie dokumentacji)").runs[0].font.size = Pt(8.5)
    render_blocks(doc, C.BUDZET_INTRO, fns, state)
    doc.add_paragraph("Tabela 11. Zestawienie kosztów i źródeł finansowania działań MID", style="Caption")
    add_table(doc, budzet_rows(), [1.2, 5.6, 3.4, 2.0, 2.0, 1.8])
    doc.add_paragraph("Tabela 12. Struktura finansowania MID według źródeł", style="Caption")
    add_table(doc, [["Źródło", "Kwota [tys. zł]", "Udział [%]"],
                    ["FEL 2021–2027 (EFRR, EFS+) – ZIT MOF Chełma", "9 600", "67,8"],
                    ["Budżet miasta (wkład własny i środki własne)", "4 030", "28,5"],
                    ["Inne (WFOŚiGW w Lublinie, LROT, najemcy)", "520", "3,7"],
                    ["Razem", "14 150", "100,0"]], [9.0, 3.0, 3.0])
    render_blocks(doc, C.BUDZET_OUTRO, fns, state)
    render_blocks(doc, C.INTERESARIUSZE, fns, state)
    render_blocks(doc, C.WSKAZNIKI, fns, state)
    render_blocks(doc, C.RYZYKA, fns, state)
    render_blocks(doc, C.ZALACZNIK1, fns, state)
    render_blocks(doc, C.ZALACZNIK2, fns, state)
    fns.install()
    # język dokumentu
    for s in doc.styles:
        pass
    doc.core_properties.author = "Zespół ds. Rewitalizacji UM Chełm"
    doc.core_properties.title = "MID Chełm – rewitalizacja Śródmieścia i Dyrekcji"
    doc.core_properties.language = "pl-PL"
    doc.save(path)
    return state


def find_heading_pages(pages_text):
    res = {}
    for lvl, toc_text, body in C.TOC:
        target = common.norm(body or toc_text)
        for i, t in enumerate(pages_text):
            if i < 2:
                continue
            lines = [common.norm(x) for x in t.splitlines()]
            if target in lines:
                res[toc_text] = str(i + 1)
                break
    return res


def card_pages(pages_text, n):
    cap = "Karta działania nr %d" % n
    start = None
    for i, t in enumerate(pages_text):
        if cap in t:
            start = i
            break
    a = [x for x in C.ACTIONS if x["n"] == n][0]
    # ostatnie pole karty
    end = None
    for i in range(start, len(pages_text)):
        if common.norm(a["wskaznik"]) in common.norm(pages_text[i]):
            end = i
            break
    return start, end


def build():
    tmp = tempfile.mkdtemp(prefix="chelm_")
    docx_path = os.path.join(tmp, NAME + ".docx")
    toc_pages = {}
    for it in range(3):
        make_docx(docx_path, toc_pages)
        pdf = common.soffice_convert(docx_path, common.TAGGED_PDF, tmp)
        n, pages = common.pdf_pages_text(pdf)
        new = find_heading_pages(pages)
        if new == toc_pages:
            break
        toc_pages = new
    assert len(toc_pages) == len(C.TOC), (toc_pages, len(C.TOC))
    s, e = card_pages(pages, C.SPLIT_CARD)
    assert s is not None and e is not None and e > s, ("karta nie jest przełamana", s, e)
    for a in C.ACTIONS:
        if a["n"] != C.SPLIT_CARD:
            s2, e2 = card_pages(pages, a["n"])
            if e2 != s2:
                print("  uwaga: karta %d też przełamana (%s-%s)" % (a["n"], s2, e2))
    out_pdf = os.path.join(common.OUTDIR, NAME + ".pdf")
    shutil.copyfile(pdf, out_pdf)
    gold = {
        "file": NAME + ".pdf", "document_type": "mid", "city": C.CITY,
        "network": "revitalisation", "status": "final", "text_layer": True, "pages": n,
        "sections": {"summary": "present", "context": "present", "objectives": "present",
                     "actions": "present", "schedule": "present", "budget": "present",
                     "stakeholders": "present", "indicators": "present", "risks": "present"},
        "actions": C.gold_actions(),
        "traps": ["manual_heading_numbers", "stakeholders_heading_differs_from_toc",
                  "action_cards_2col_tables", "card_caption_karta_dzialania_nr",
                  "card_split_across_page_break", "same_action_in_list_card_schedule_budget",
                  "costs_in_tys_and_mln_zl", "cost_per_year_in_card", "null_values_dash_bd_do_oszacowania",
                  "timeline_deferred_zostanie_okreslony", "text_box_frames_ramka",
                  "good_practice_box_lublin", "past_projects_table_in_diagnosis",
                  "complementary_projects_annex", "lp_meeting_list_table",
                  "residents_proposals_numbered_list", "rejected_proposals_table",
                  "objectives_as_paragraphs_cel_szczegolowy", "wykaz_dzialan_caption_decoy",
                  "risk_table", "footnotes", "figure_captions", "toc_field_cached",
                  "header_strip_footer_page_x_of_y"],
        "notes": ("DOCX (Heading 1/2 styles, numbers typed into the heading text) exported by "
                  "LibreOffice to tagged PDF with bookmarks; only the PDF is kept. ToC lists "
                  "'7. Lokalne Partnerstwo i konsultacje społeczne' but the body heading reads "
                  "'7. Ludzie, którzy współtworzą zmianę' (stakeholders present). 10 actions as "
                  "2-column cards 'Karta działania nr N' in chapter 4; card %d breaks across a "
                  "page. The same actions are repeated by number in Tabela 9 (Wykaz działań), "
                  "the schedule (Tabela 10) and the budget (Tabela 11); card 5 cost is per year "
                  "('60 tys. zł rocznie'), the budget table adds the 4-year total. Nulls: card 3 "
                  "timeline 'zostanie określony po pierwszym naborze', card 6 cost 'do oszacowania', "
                  "card 8 indicator '—', card 10 cost 'b.d.'. Decoys: past LPR projects (Tabela 6), "
                  "text boxes Ramka 1–4 (Ramka 3 = good practice from Lublin), LP meeting table, "
                  "consultation annex with residents' numbered proposals and rejected-proposal "
                  "table, complementary projects annex (Tabela Z2)." % C.SPLIT_CARD),
    }
    # kontrola: wartości gold w tekście PDF
    full = common.strip_running(pages, ("PIM", "Partnerska Inicjatywa Miast", "Inicjatywa Działania – Rewitalizacja"))
    heads = [b or t for _, t, b in C.TOC]
    miss = common.check_gold_in_text(gold, full, heads)
    # i w eksporcie txt z DOCX
    txt = common.soffice_convert(docx_path, "txt:Text (encoded):UTF8", tmp)
    miss2 = common.check_gold_in_text(gold, open(txt, encoding="utf-8").read(), heads)
    assert not miss, ("PDF", miss)
    assert not miss2, ("TXT", miss2)
    # spis treści: wpis rozdz. 7 ma inne brzmienie niż nagłówek
    assert "7. Lokalne Partnerstwo i konsultacje społeczne" in common.norm(pages[1])
    assert 20 <= n <= 60, n
    common.write_gold(gold, NAME + ".gold.json")
    shutil.rmtree(tmp, ignore_errors=True)
    return out_pdf, n, len(gold["actions"])


if __name__ == "__main__":
    print(build())
