"""Minimal raw-OOXML writer (author_j). Builds document.xml & friends as strings."""
import zipfile, io
from xml.sax.saxutils import escape as _esc

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
      'mc:Ignorable="w14"')


def esc(t):
    return _esc(t, {'"': '&quot;'})


def rpr(b=False, i=False, sz=None, color=None, caps=False, style=None, u=False, highlight=None, font=None):
    x = ''
    if style:
        x += f'<w:rStyle w:val="{style}"/>'
    if font:
        x += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
    if b:
        x += '<w:b/><w:bCs/>'
    if i:
        x += '<w:i/><w:iCs/>'
    if caps:
        x += '<w:caps/>'
    if color:
        x += f'<w:color w:val="{color}"/>'
    if sz:
        x += f'<w:sz w:val="{int(sz*2)}"/><w:szCs w:val="{int(sz*2)}"/>'
    if highlight:
        x += f'<w:highlight w:val="{highlight}"/>'
    if u:
        x += '<w:u w:val="single"/>'
    return f'<w:rPr>{x}</w:rPr>' if x else ''


def r(text, **kw):
    parts = text.split('\t')
    body = '<w:tab/>'.join(f'<w:t xml:space="preserve">{esc(p)}</w:t>' for p in parts)
    return f'<w:r>{rpr(**kw)}{body}</w:r>'


def br_page():
    return '<w:r><w:br w:type="page"/></w:r>'


class Doc:
    def __init__(self, font='Arial', size=11, heading_color='1F3864', numbered_headings=True,
                 header_text=None, header_right=None, header_fill='1F3864', footer_fmt=('Strona ', ' z '),
                 footer_left=''):
        self.body = []
        self.footnotes = []
        self.comments = []
        self.images = []
        self.font = font
        self.size = size
        self.hcolor = heading_color
        self.numbered = numbered_headings
        self.header_text = header_text
        self.header_right = header_right
        self.header_fill = header_fill
        self.footer_fmt = footer_fmt
        self.footer_left = footer_left
        self._id = 1000
        self.bookmark = 0
        self.first_section = True

    def nid(self):
        self._id += 1
        return self._id

    # ---------- inline helpers
    def fn(self, text):
        fid = len(self.footnotes) + 1
        self.footnotes.append((fid, text))
        return (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                f'<w:footnoteReference w:id="{fid}"/></w:r>')

    def comment(self, inner, text, author, date, initials=None):
        cid = len(self.comments)
        self.comments.append((cid, text, author, date, initials or ''.join(x[0] for x in author.split()[:2])))
        return (f'<w:commentRangeStart w:id="{cid}"/>{inner}<w:commentRangeEnd w:id="{cid}"/>'
                f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>')

    def ins(self, inner, author, date):
        return f'<w:ins w:id="{self.nid()}" w:author="{esc(author)}" w:date="{date}">{inner}</w:ins>'

    def dele(self, text, author, date, **kw):
        parts = text.split('\t')
        body = '<w:tab/>'.join(f'<w:delText xml:space="preserve">{esc(p)}</w:delText>' for p in parts)
        return f'<w:del w:id="{self.nid()}" w:author="{esc(author)}" w:date="{date}"><w:r>{rpr(**kw)}{body}</w:r></w:del>'

    def sdt(self, alias, value=None, placeholder='Kliknij lub naciśnij tutaj, aby wprowadzić tekst.', **kw):
        i = self.nid()
        if value is None:
            return (f'<w:sdt><w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(alias)}"/><w:id w:val="{i}"/>'
                    f'<w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>'
                    f'<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t xml:space="preserve">{esc(placeholder)}</w:t></w:r>'
                    f'</w:sdtContent></w:sdt>')
        inner = value if value.startswith('<w:') else r(value, **kw)
        return (f'<w:sdt><w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(alias)}"/><w:id w:val="{i}"/>'
                f'<w:text/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>')

    def image(self, png_bytes, width_cm, height_cm, name='Obraz'):
        idx = len(self.images) + 1
        rid = f'rIdImg{idx}'
        self.images.append((rid, f'media/image{idx}.png', png_bytes))
        cx, cy = int(width_cm * 360000), int(height_cm * 360000)
        pid = self.nid()
        return (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
                f'<wp:docPr id="{pid}" name="{esc(name)} {idx}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
                f'<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
                f'<pic:nvPicPr><pic:cNvPr id="{pid}" name="image{idx}.png"/><pic:cNvPicPr/></pic:nvPicPr>'
                f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
                f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
                f'</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')

    # ---------- block helpers
    def para_xml(self, content, style=None, align=None, keep_next=False, page_break=False, ind=None,
                 spacing=None, numpr=None, shade=None, frame=None, border=False, ppr_extra='', mark_rpr='', pbdr=''):
        if isinstance(content, str) and not content.startswith('<w:'):
            content = r(content)
        elif isinstance(content, (list, tuple)):
            content = ''.join(c if c.startswith('<w:') else r(c) for c in content)
        ppr = ''
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if keep_next:
            ppr += '<w:keepNext/>'
        if page_break:
            ppr += '<w:pageBreakBefore/>'
        if frame:
            ppr += frame
        if numpr:
            ppr += f'<w:numPr><w:ilvl w:val="{numpr[1]}"/><w:numId w:val="{numpr[0]}"/></w:numPr>'
        if border:
            ppr += ('<w:pBdr><w:top w:val="single" w:sz="8" w:space="4" w:color="7F7F7F"/><w:left w:val="single" w:sz="8" w:space="4" w:color="7F7F7F"/>'
                    '<w:bottom w:val="single" w:sz="8" w:space="4" w:color="7F7F7F"/><w:right w:val="single" w:sz="8" w:space="4" w:color="7F7F7F"/></w:pBdr>')
        ppr += pbdr
        if shade:
            ppr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
        if spacing:
            ppr += spacing
        if ind:
            ppr += ind
        if align:
            ppr += f'<w:jc w:val="{align}"/>'
        ppr += ppr_extra
        if mark_rpr:
            ppr += f'<w:rPr>{mark_rpr}</w:rPr>'
        return f'<w:p><w:pPr>{ppr}</w:pPr>{content}</w:p>'

    def p(self, content, **kw):
        self.body.append(self.para_xml(content, **kw))

    def h(self, level, text, page_break=False, manual=None):
        t = r(text)
        self.body.append(self.para_xml(t, style=f'Heading{level}', page_break=page_break))

    def bullets(self, items, numid=3):
        for it in items:
            self.p(it, style='ListParagraph', numpr=(numid, 0))

    def caption(self, text, align='left'):
        self.p(r(text), style='Caption', align=align, keep_next=True)

    def cell_xml(self, c, width):
        if isinstance(c, str):
            c = {'t': c}
        paras = c.get('paras')
        if paras is None:
            t = c.get('t', '')
            kw = {}
            if c.get('b'):
                kw['b'] = True
            if c.get('sz'):
                kw['sz'] = c['sz']
            if c.get('color'):
                kw['color'] = c['color']
            lines = t.split('\n') if isinstance(t, str) and not t.startswith('<w:') else [t]
            paras = []
            for ln in lines:
                content = ln if ln.startswith('<w:') else r(ln, **kw)
                paras.append(self.para_xml(content, style='TableText', align=c.get('align'), mark_rpr=c.get('mark_rpr', '')))
        tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
        if c.get('span', 1) > 1:
            tcpr += f'<w:gridSpan w:val="{c["span"]}"/>'
        if c.get('vm') == 'restart':
            tcpr += '<w:vMerge w:val="restart"/>'
        elif c.get('vm') == 'cont':
            tcpr += '<w:vMerge/>'
        if c.get('fill'):
            tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{c["fill"]}"/>'
        if c.get('valign'):
            tcpr += f'<w:vAlign w:val="{c["valign"]}"/>'
        if c.get('vm') == 'cont':
            paras = [self.para_xml('', style='TableText')]
        return f'<w:tc><w:tcPr>{tcpr}</w:tcPr>{"".join(paras)}</w:tc>'

    def table(self, rows, widths, header_rows=1, borders=True, row_props=None, jc=None, layout_fixed=True, cant_split=False):
        """rows: list of rows; row: list of cells or dict(cells=..., trpr='...', h=twips)"""
        total = sum(widths)
        grid = ''.join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        bd = ''
        if borders:
            bd = ('<w:tblBorders>' + ''.join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
                                              for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')) + '</w:tblBorders>')
        jcx = '<w:jc w:val="%s"/>' % jc if jc else ''
        fx = '<w:tblLayout w:type="fixed"/>' if layout_fixed else ''
        tblpr = (f'<w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{total}" w:type="dxa"/>'
                 f'{jcx}{bd}{fx}'
                 '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="90" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="90" w:type="dxa"/></w:tblCellMar>'
                 '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>')
        out = [f'<w:tbl>{tblpr}<w:tblGrid>{grid}</w:tblGrid>']
        for ri, row in enumerate(rows):
            trpr = ''
            if isinstance(row, dict):
                trpr = row.get('trpr', '')
                if row.get('h'):
                    trpr += f'<w:trHeight w:val="{row["h"]}" w:hRule="atLeast"/>'
                cells = row['cells']
            else:
                cells = row
            if ri < header_rows:
                trpr = '<w:tblHeader/>' + trpr
            if cant_split:
                trpr = '<w:cantSplit/>' + trpr
            xs = []
            col = 0
            for c in cells:
                span = c.get('span', 1) if isinstance(c, dict) else 1
                w = sum(widths[col:col + span])
                col += span
                xs.append(self.cell_xml(c, w))
            out.append(f'<w:tr>{"<w:trPr>%s</w:trPr>" % trpr if trpr else ""}{"".join(xs)}</w:tr>')
        out.append('</w:tbl>')
        self.body.append(''.join(out))
        self.p('', style='AfterTable')

    def sect_xml(self, landscape=False, first=False):
        if landscape:
            pg = '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>'
        else:
            pg = '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1247" w:bottom="1304" w:left="1418" w:header="624" w:footer="567" w:gutter="0"/>'
        refs = ('<w:headerReference w:type="default" r:id="rIdHdr1"/>'
                '<w:footerReference w:type="default" r:id="rIdFtr1"/>')
        if first:
            refs += '<w:headerReference w:type="first" r:id="rIdHdr2"/><w:footerReference w:type="first" r:id="rIdFtr2"/>'
        return f'<w:sectPr>{refs}{pg}<w:cols w:space="708"/>{"<w:titlePg/>" if first else ""}<w:docGrid w:linePitch="360"/></w:sectPr>'

    def section_break(self, landscape_before=False):
        """End the current section (whose orientation is landscape_before)."""
        s = self.sect_xml(landscape_before, first=self.first_section)
        self.first_section = False
        self.body.append(f'<w:p><w:pPr>{s}</w:pPr></w:p>')

    def toc(self, entries, title='Spis treści'):
        """entries: list of (level, text, page)"""
        self.p(r(title, b=True, sz=14, color=self.hcolor), style='TOCHeading')
        first = True
        for k, (lvl, text, page) in enumerate(entries):
            content = ''
            if first:
                content += ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                            '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
                            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
                first = False
            content += r(text) + '<w:r><w:tab/></w:r>' + r(str(page))
            if k == len(entries) - 1:
                content += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            ppr_tabs = '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9200"/></w:tabs>'
            self.body.append(self.para_xml(content, style=f'TOC{lvl}', ppr_extra='') .replace('<w:pPr>', '<w:pPr>', 1)
                             .replace(f'<w:pStyle w:val="TOC{lvl}"/>', f'<w:pStyle w:val="TOC{lvl}"/>{ppr_tabs}', 1))

    def textbox(self, title, paras, width_pt=440):
        inner = self.para_xml(r(title, b=True, color=self.hcolor), style='TableText')
        inner += ''.join(self.para_xml(x if x.startswith('<w:') else r(x), style='TableText', align='both') for x in paras)
        sid = self.nid()
        x = (f'<w:r><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
             f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
             f'<v:shape id="Ramka{sid}" o:spid="_x0000_s{sid}" type="#_x0000_t202" '
             f'style="width:{width_pt}pt;height:170pt;mso-wrap-style:square;mso-fit-shape-to-text:t" fillcolor="#EAF1DD" strokecolor="#4F6228" strokeweight="1pt">'
             f'<v:textbox style="mso-fit-shape-to-text:t" inset="8pt,6pt,8pt,6pt"><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
        self.p(x)

    # ---------- package
    def styles_xml(self):
        f, s, hc = self.font, int(self.size * 2), self.hcolor
        numlink = lambda lvl: f'<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="1"/></w:numPr>' if self.numbered else ''
        def hstyle(n, sz, before, after, caps=False, color=hc):
            return (f'<w:style w:type="paragraph" w:styleId="Heading{n}"><w:name w:val="heading {n}"/><w:basedOn w:val="Normal"/>'
                    f'<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>{numlink(n-1)}'
                    f'<w:spacing w:before="{before}" w:after="{after}"/><w:jc w:val="left"/><w:outlineLvl w:val="{n-1}"/></w:pPr>'
                    f'<w:rPr><w:b/><w:bCs/>{"<w:caps/>" if caps else ""}<w:color w:val="{color}"/><w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr></w:style>')
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {NS}>'
                f'<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{f}" w:eastAsia="{f}" w:hAnsi="{f}" w:cs="{f}"/>'
                f'<w:sz w:val="{s}"/><w:szCs w:val="{s}"/><w:lang w:val="pl-PL" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
                f'<w:pPrDefault><w:pPr><w:spacing w:after="140" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
                '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>'
                + hstyle(1, 30, 360, 200, caps=True) + hstyle(2, 26, 280, 140) + hstyle(3, 23, 220, 100, color='2E74B5') +
                '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr>'
                f'<w:rPr><w:b/><w:color w:val="{hc}"/><w:sz w:val="52"/></w:rPr></w:style>'
                '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr>'
                '<w:rPr><w:color w:val="404040"/><w:sz w:val="30"/></w:rPr></w:style>'
                '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
                '<w:pPr><w:spacing w:before="120" w:after="80"/><w:jc w:val="left"/></w:pPr><w:rPr><w:b/><w:i/><w:color w:val="44546A"/><w:sz w:val="18"/></w:rPr></w:style>'
                '<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Tekst tabeli"/><w:basedOn w:val="Normal"/><w:qFormat/>'
                '<w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr></w:style>'
                '<w:style w:type="paragraph" w:styleId="AfterTable"><w:name w:val="Odstęp po tabeli"/><w:basedOn w:val="Normal"/>'
                '<w:pPr><w:spacing w:after="60" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="12"/></w:rPr></w:style>'
                '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/>'
                '<w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr></w:style>'
                '<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:before="240" w:after="240"/></w:pPr></w:style>'
                '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:before="80" w:after="40"/><w:jc w:val="left"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
                '<w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:after="30"/><w:ind w:left="280"/><w:jc w:val="left"/></w:pPr></w:style>'
                '<w:style w:type="paragraph" w:styleId="TOC3"><w:name w:val="toc 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:after="20"/><w:ind w:left="560"/><w:jc w:val="left"/></w:pPr></w:style>'
                '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>'
                '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
                '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
                '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/><w:jc w:val="right"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
                '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>'
                '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
                '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
                '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
                '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
                '</w:styles>')

    def numbering_xml(self):
        def lvl(i, fmt, text, ind, hang, pstyle=None, font=None):
            ps = f'<w:pStyle w:val="{pstyle}"/>' if pstyle else ''
            rp = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>' if font else ''
            return (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{ps}<w:lvlText w:val="{text}"/>'
                    f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{ind}" w:hanging="{hang}"/></w:pPr>{rp}</w:lvl>')
        a0 = ('<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
              + lvl(0, 'decimal', '%1.', 432, 432, 'Heading1') + lvl(1, 'decimal', '%1.%2.', 576, 576, 'Heading2')
              + lvl(2, 'decimal', '%1.%2.%3.', 720, 720, 'Heading3') + '</w:abstractNum>')
        a1 = ('<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
              + lvl(0, 'decimal', '%1)', 720, 360) + '</w:abstractNum>')
        a2 = ('<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="hybridMultilevel"/>'
              + lvl(0, 'bullet', '\u2022', 720, 360, font='Symbol').replace('<w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"', '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"') + '</w:abstractNum>')
        nums = ''.join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{a}"/></w:num>' for n, a in ((1, 0), (2, 1), (3, 2)))
        # extra restartable decimal lists 4..20
        for n in range(4, 21):
            nums += f'<w:num w:numId="{n}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {NS}>{a0}{a1}{a2}{nums}</w:numbering>'

    def header_xml(self, blank=False):
        if blank:
            return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {NS}><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p></w:hdr>'
        left, right = self.header_text, self.header_right
        tbl = ('<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/>'
               '<w:tblCellMar><w:left w:w="100" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr>'
               '<w:tblGrid><w:gridCol w:w="1200"/><w:gridCol w:w="4600"/><w:gridCol w:w="3400"/></w:tblGrid><w:tr>'
               f'<w:tc><w:tcPr><w:tcW w:w="650" w:type="pct"/><w:shd w:val="clear" w:color="auto" w:fill="{self.header_fill}"/></w:tcPr>'
               f'<w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="center"/></w:pPr>{r("PIM", b=True, color="FFFFFF", sz=11)}</w:p></w:tc>'
               f'<w:tc><w:tcPr><w:tcW w:w="2600" w:type="pct"/><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr>'
               f'<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>{r(left, b=True, color=self.header_fill)}</w:p></w:tc>'
               f'<w:tc><w:tcPr><w:tcW w:w="1750" w:type="pct"/><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr>'
               f'<w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="right"/></w:pPr>{r(right, color="404040")}</w:p></w:tc>'
               '</w:tr></w:tbl>')
        return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {NS}>{tbl}<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p></w:hdr>'

    def footer_xml(self, blank=False):
        if blank:
            return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {NS}><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr></w:p></w:ftr>'
        def fld(code, cached):
            return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
                    f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{cached}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
        a, b = self.footer_fmt
        left = r(self.footer_left, color='7F7F7F') + '<w:r><w:tab/></w:r>' if self.footer_left else ''
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {NS}><w:p><w:pPr><w:pStyle w:val="Footer"/>'
                '<w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="A6A6A6"/></w:pBdr>'
                '<w:tabs><w:tab w:val="right" w:pos="9200"/></w:tabs><w:jc w:val="left"/></w:pPr>'
                f'{left}{r(a)}{fld("PAGE", "1")}{r(b)}{fld("NUMPAGES", "1")}</w:p></w:ftr>')

    def footnotes_xml(self):
        out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {NS}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        for fid, text in self.footnotes:
            out.append(f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                       f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>{r(" " + text)}</w:p></w:footnote>')
        out.append('</w:footnotes>')
        return ''.join(out)

    def comments_xml(self):
        out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {NS}>']
        for cid, text, author, date, ini in self.comments:
            out.append(f'<w:comment w:id="{cid}" w:author="{esc(author)}" w:date="{date}" w:initials="{esc(ini)}">'
                       f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>{r(text)}</w:p></w:comment>')
        out.append('</w:comments>')
        return ''.join(out)

    def save(self, path, title='', author='', last_landscape=False, track_revisions=False, created='2025-01-10T09:00:00Z', modified='2025-06-01T12:00:00Z'):
        body = ''.join(self.body) + self.sect_xml(last_landscape, first=self.first_section)
        doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}</w:body></w:document>'
        has_c = bool(self.comments)
        ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
              '<Default Extension="png" ContentType="image/png"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
              '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
              '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
              '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
              '<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
              '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
              '<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
              + ('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>' if has_c else '') +
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
        rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>')
        R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        drels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
                 f'<Relationship Id="rIdSt" Type="{R}styles" Target="styles.xml"/>',
                 f'<Relationship Id="rIdNum" Type="{R}numbering" Target="numbering.xml"/>',
                 f'<Relationship Id="rIdSet" Type="{R}settings" Target="settings.xml"/>',
                 f'<Relationship Id="rIdFn" Type="{R}footnotes" Target="footnotes.xml"/>',
                 f'<Relationship Id="rIdHdr1" Type="{R}header" Target="header1.xml"/>',
                 f'<Relationship Id="rIdHdr2" Type="{R}header" Target="header2.xml"/>',
                 f'<Relationship Id="rIdFtr1" Type="{R}footer" Target="footer1.xml"/>',
                 f'<Relationship Id="rIdFtr2" Type="{R}footer" Target="footer2.xml"/>']
        if has_c:
            drels.append(f'<Relationship Id="rIdCm" Type="{R}comments" Target="comments.xml"/>')
        for rid, target, _ in self.images:
            drels.append(f'<Relationship Id="{rid}" Type="{R}image" Target="{target}"/>')
        drels.append('</Relationships>')
        settings = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings {NS}>'
                    + ('<w:trackRevisions/>' if track_revisions else '') +
                    '<w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/>'
                    '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
                    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                    '<w:themeFontLang w:val="pl-PL"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>')
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f'<dc:title>{esc(title)}</dc:title><dc:creator>{esc(author)}</dc:creator><cp:lastModifiedBy>{esc(author)}</cp:lastModifiedBy>'
                f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified></cp:coreProperties>')
        app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
               '<Application>Microsoft Office Word</Application></Properties>')
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
            z.writestr('[Content_Types].xml', ct)
            z.writestr('_rels/.rels', rels)
            z.writestr('docProps/core.xml', core)
            z.writestr('docProps/app.xml', app)
            z.writestr('word/document.xml', doc)
            z.writestr('word/_rels/document.xml.rels', ''.join(drels))
            z.writestr('word/styles.xml', self.styles_xml())
            z.writestr('word/numbering.xml', self.numbering_xml())
            z.writestr('word/settings.xml', settings)
            z.writestr('word/footnotes.xml', self.footnotes_xml())
            z.writestr('word/header1.xml', self.header_xml())
            z.writestr('word/header2.xml', self.header_xml(blank=True))
            z.writestr('word/footer1.xml', self.footer_xml())
            z.writestr('word/footer2.xml', self.footer_xml(blank=True))
            if has_c:
                z.writestr('word/comments.xml', self.comments_xml())
            for _, target, data in self.images:
                z.writestr('word/' + target, data)
