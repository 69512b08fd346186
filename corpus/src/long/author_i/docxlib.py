"""Small helpers on top of python-docx for raw OOXML features (fields, footnotes, text boxes)."""
import copy
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def el(tag, **attrs):
    from docx.oxml import OxmlElement
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), str(v))
    return e


class Doc:
    def __init__(self):
        self.d = Document()
        self._fn_id = 0
        self._fn_part = None
        st = self.d.styles['Normal']
        st.font.name = 'Calibri'
        st.font.size = Pt(11)
        pf = st.paragraph_format
        pf.space_after = Pt(6)
        pf.line_spacing = 1.15
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn('w:rFonts'))
        if rf is None:
            rf = el('w:rFonts'); rpr.insert(0, rf)
        for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
            rf.set(qn(a), 'Calibri')
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.5)
        sec.top_margin = sec.bottom_margin = Cm(2.3)

    # ---------- styles / numbering
    def heading_numbering(self, fmts=('%1.', '%1.%2.', '%1.%2.%3.')):
        numbering = self.d.part.numbering_part.element
        abs_xml = ('<w:abstractNum %s w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>' % nsdecls('w'))
        for i, f in enumerate(fmts):
            abs_xml += ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                        '<w:pStyle w:val="Heading%d"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
                        '<w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl>'
                        % (i, i + 1, f, 567 + 284 * i, 567 + 284 * i))
        abs_xml += '</w:abstractNum>'
        first_num = numbering.find(qn('w:num'))
        a = parse_xml(abs_xml)
        if first_num is not None:
            first_num.addprevious(a)
        else:
            numbering.append(a)
        numbering.append(parse_xml('<w:num %s w:numId="90"><w:abstractNumId w:val="90"/></w:num>' % nsdecls('w')))
        for i in range(len(fmts)):
            s = self.d.styles['Heading %d' % (i + 1)]
            ppr = s.element.get_or_add_pPr()
            ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="90"/></w:numPr>' % (nsdecls('w'), i)))
            s.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
            s.font.name = 'Calibri'
        self.d.styles['Heading 1'].font.size = Pt(15)
        self.d.styles['Heading 2'].font.size = Pt(12.5)
        self.d.styles['Heading 3'].font.size = Pt(11.5)

    def toc_styles(self):
        from docx.enum.style import WD_STYLE_TYPE
        for lvl in (1, 2):
            s = self.d.styles.add_style('TOC %d' % lvl, WD_STYLE_TYPE.PARAGRAPH)
            s.base_style = self.d.styles['Normal']
            s.paragraph_format.left_indent = Cm(0.6 * (lvl - 1))
            s.paragraph_format.space_after = Pt(2)
            ppr = s.element.get_or_add_pPr()
            ppr.append(parse_xml('<w:tabs %s><w:tab w:val="right" w:leader="dot" w:pos="9060"/></w:tabs>' % nsdecls('w')))

    # ---------- paragraphs
    def p(self, text='', style=None, bold=False, italic=False, align=None, size=None, keep=False):
        par = self.d.add_paragraph(style=style)
        if text:
            self.runs(par, text, bold=bold, italic=italic, size=size)
        if align == 'center':
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == 'justify':
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif align == 'right':
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if keep:
            par.paragraph_format.keep_with_next = True
        return par

    def runs(self, par, text, bold=False, italic=False, size=None):
        """'**x**' marks bold spans."""
        parts = text.split('**')
        for i, t in enumerate(parts):
            if not t:
                continue
            r = par.add_run(t)
            r.bold = bold or (i % 2 == 1)
            r.italic = italic
            if size:
                r.font.size = Pt(size)
        return par

    def body(self, text):
        return self.p(text, align='justify')

    def h(self, text, level=1, numbered=True, page_break=False):
        par = self.d.add_paragraph(text, style='Heading %d' % level)
        if page_break:
            par.paragraph_format.page_break_before = True
        if not numbered:
            ppr = par._p.get_or_add_pPr()
            ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>' % nsdecls('w')))
        return par

    def bullets(self, items, style='List Bullet'):
        for it in items:
            par = self.d.add_paragraph(style=style)
            self.runs(par, it)
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    def caption(self, text):
        par = self.d.add_paragraph(style='Caption')
        par.add_run(text)
        par.paragraph_format.keep_with_next = True
        return par

    def source(self, text):
        return self.p(text, italic=True, size=9)

    def page_break(self):
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---------- fields
    def field(self, par, instr, cached):
        r = par.add_run(); r._r.append(el('w:fldChar', **{'w:fldCharType': 'begin'}))
        r = par.add_run(); it = el('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' %s ' % instr; r._r.append(it)
        r = par.add_run(); r._r.append(el('w:fldChar', **{'w:fldCharType': 'separate'}))
        par.add_run(cached)
        r = par.add_run(); r._r.append(el('w:fldChar', **{'w:fldCharType': 'end'}))

    def toc(self, entries):
        """entries: (level, text, page). Cached TOC field spanning several paragraphs."""
        first = True
        for i, (lvl, text, page) in enumerate(entries):
            par = self.d.add_paragraph(style='TOC %d' % lvl)
            if first:
                r = par.add_run(); r._r.append(el('w:fldChar', **{'w:fldCharType': 'begin'}))
                r = par.add_run(); it = el('w:instrText'); it.set(qn('xml:space'), 'preserve')
                it.text = ' TOC \\o "1-2" \\h \\z \\u '; r._r.append(it)
                r = par.add_run(); r._r.append(el('w:fldChar', **{'w:fldCharType': 'separate'}))
                first = False
            par.add_run(text)
            r = par.add_run(); r._r.append(el('w:tab'))
            par.add_run(str(page))
            if i == len(entries) - 1:
                r = par.add_run(); r._r.append(el('w:fldChar', **{'w:fldCharType': 'end'}))

    def header_footer(self, header_text, first_page_different=True):
        sec = self.d.sections[0]
        sec.different_first_page_header_footer = first_page_different
        hp = sec.header.paragraphs[0]
        hp.text = ''
        r = hp.add_run(header_text); r.font.size = Pt(8.5); r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF); r.bold = True
        ppr = hp._p.get_or_add_pPr()
        ppr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="1F3A5F"/>' % nsdecls('w')))
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = fp.add_run('Strona '); r.font.size = Pt(9)
        self.field(fp, 'PAGE', '1')
        r = fp.add_run(' z '); r.font.size = Pt(9)
        self.field(fp, 'NUMPAGES', '1')

    # ---------- footnotes
    def _footnotes(self):
        if self._fn_part is None:
            xml = ('<w:footnotes %s>'
                   '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                   '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                   '</w:footnotes>' % nsdecls('w'))
            self._fn_xml = parse_xml(xml)
            from docx.enum.style import WD_STYLE_TYPE
            s = self.d.styles.add_style('Footnote Text', WD_STYLE_TYPE.PARAGRAPH)
            s.base_style = self.d.styles['Normal']; s.font.size = Pt(8.5)
            s.paragraph_format.space_after = Pt(0); s.paragraph_format.line_spacing = 1.0
            s2 = self.d.styles.add_style('Footnote Reference', WD_STYLE_TYPE.CHARACTER)
            s2.font.superscript = True
            self._fn_part = True
        return self._fn_xml

    def footnote(self, par, text):
        fx = self._footnotes()
        self._fn_id += 1
        fid = self._fn_id
        fn = parse_xml('<w:footnote %s w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                       '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                       '<w:r><w:t xml:space="preserve"> </w:t></w:r></w:p></w:footnote>' % (nsdecls('w'), fid))
        r = el('w:r'); t = el('w:t'); t.text = text; r.append(t); fn.find(qn('w:p')).append(r)
        fx.append(fn)
        r = par.add_run()
        r._r.append(parse_xml('<w:rPr %s><w:rStyle w:val="FootnoteReference"/></w:rPr>' % nsdecls('w')))
        r._r.append(el('w:footnoteReference', **{'w:id': fid}))

    def finalize(self):
        if self._fn_part:
            from lxml import etree
            blob = etree.tostring(self._fn_xml, xml_declaration=True, encoding='UTF-8', standalone=True)
            part = Part(PackURI('/word/footnotes.xml'),
                        'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
                        blob, self.d.part.package)
            self.d.part.relate_to(part, RT.FOOTNOTES)

    # ---------- tables
    def table(self, rows, header=True, widths=None, size=9.5, shade_header='D9E2F3', bold_first_col=False):
        t = self.d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = self.d.styles['Table Grid']
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                c = t.cell(i, j)
                c.text = ''
                par = c.paragraphs[0]
                par.paragraph_format.space_after = Pt(1)
                par.paragraph_format.line_spacing = 1.0
                self.runs(par, str(val), bold=(header and i == 0) or (bold_first_col and j == 0), size=size)
                if header and i == 0 and shade_header:
                    self.shade(c, shade_header)
        if widths:
            for i, row in enumerate(t.rows):
                for j, w in enumerate(widths):
                    row.cells[j].width = Cm(w)
            grid = t._tbl.tblGrid
            for gc, w in zip(grid.findall(qn('w:gridCol')), widths):
                gc.set(qn('w:w'), str(int(w * 567)))
            tblpr = t._tbl.tblPr
            tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls('w')))
        for row in t.rows:
            row._tr.get_or_add_trPr().append(el('w:cantSplit'))
        if header:
            trpr = t.rows[0]._tr.get_or_add_trPr()
            trpr.append(el('w:tblHeader'))
        return t

    def shade(self, cell, fill):
        tcpr = cell._tc.get_or_add_tcPr()
        tcpr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls('w'), fill)))

    def span_row(self, t, i, text, fill='EAF1DD', size=9.5):
        row = t.rows[i]
        c = row.cells[0].merge(row.cells[-1])
        for par in c.paragraphs[1:]:
            par._p.getparent().remove(par._p)
        c.paragraphs[0].text = ''
        self.runs(c.paragraphs[0], text, bold=True, size=size)
        self.shade(c, fill)
        return c

    # ---------- sections
    def landscape(self, on=True):
        sec = self.d.add_section(WD_SECTION.NEW_PAGE)
        if on:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Cm(29.7), Cm(21)
        else:
            sec.orientation = WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        return sec

    # ---------- text box
    def textbox(self, title, lines, width_cm=15.5, height_cm=6.5):
        par = self.d.add_paragraph()
        inner = ''
        from xml.sax.saxutils import escape
        inner += ('<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr><w:b/><w:color w:val="1F3A5F"/></w:rPr>'
                  '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(title))
        for ln in lines:
            inner += ('<w:p><w:pPr><w:spacing w:after="40"/><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:sz w:val="19"/></w:rPr>'
                      '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(ln))
        xml = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
               'xmlns:w10="urn:schemas-microsoft-com:office:word"><w:pict>'
               '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
               '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
               '<v:shape id="Ramka%d" o:spid="_x0000_s10%d" type="#_x0000_t202" '
               'style="position:relative;margin-left:0;margin-top:0;width:%.1fcm;height:%.1fcm;z-index:1;'
               'mso-position-horizontal:center;mso-wrap-style:square" fillcolor="#F2F6FA" strokecolor="#1F3A5F" strokeweight="1pt">'
               '<v:textbox style="mso-fit-shape-to-text:t" inset="3mm,2mm,3mm,2mm"><w:txbxContent>%s</w:txbxContent></v:textbox>'
               '<w10:wrap type="topAndBottom"/></v:shape></w:pict></w:r>'
               % (nsdecls('w'), id(lines) % 1000, id(lines) % 100, width_cm, height_cm, inner))
        par._p.append(parse_xml(xml))
        return par

    def save(self, path):
        self.finalize()
        self.d.save(path)
