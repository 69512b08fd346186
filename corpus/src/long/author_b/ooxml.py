"""Minimal hand-written WordprocessingML writer (author_b).

Builds a complete .docx package from XML strings: styles, multi-level numbering
linked to heading styles, header/footer with PAGE/NUMPAGES, footnotes, comments,
tracked changes, content controls, text boxes, merged table cells, sections.
Deterministic: fixed dates, no random ids.
"""
import zipfile
from xml.sax.saxutils import escape as _esc

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'mc:Ignorable="w14"')

PLACEHOLDER = "Kliknij lub naciśnij tutaj, aby wprowadzić tekst."


def esc(t):
    return _esc(t, {'"': "&quot;"})


class Doc:
    def __init__(self, font="Arial", size=22, title="", author="", created="2025-01-01T09:00:00Z"):
        self.font = font
        self.size = size  # half-points
        self.body = []
        self.footnotes = []
        self.comments = []
        self.headers = {}  # rid -> xml
        self.footers = {}
        self.numbering_xml = None
        self.heading_num = False
        self.extra_styles = ""
        self.title = title
        self.author = author
        self.created = created
        self._id = 100
        self.track_revisions = False

    # ------------------------------------------------------------- ids
    def nid(self):
        self._id += 1
        return self._id

    # ------------------------------------------------------------- runs
    @staticmethod
    def rpr(b=False, i=False, sz=None, caps=False, color=None, style=None, u=False, shd=None,
            font=None, vert=None, highlight=None):
        x = ""
        if style:
            x += f'<w:rStyle w:val="{style}"/>'
        if font:
            x += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
        if b:
            x += "<w:b/><w:bCs/>"
        if i:
            x += "<w:i/><w:iCs/>"
        if caps:
            x += "<w:caps/>"
        if color:
            x += f'<w:color w:val="{color}"/>'
        if sz:
            x += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
        if highlight:
            x += f'<w:highlight w:val="{highlight}"/>'
        if u:
            x += '<w:u w:val="single"/>'
        if shd:
            x += f'<w:shd w:val="clear" w:color="auto" w:fill="{shd}"/>'
        if vert:
            x += f'<w:vertAlign w:val="{vert}"/>'
        return f"<w:rPr>{x}</w:rPr>" if x else ""

    def r(self, text, **kw):
        return f'<w:r>{self.rpr(**kw)}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'

    def deltext(self, text, **kw):
        return f'<w:r>{self.rpr(**kw)}<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r>'

    def br_page(self):
        return '<w:r><w:br w:type="page"/></w:r>'

    def tab(self):
        return "<w:r><w:tab/></w:r>"

    # tracked changes ---------------------------------------------------
    def ins(self, runs_xml, author, date):
        return f'<w:ins w:id="{self.nid()}" w:author="{esc(author)}" w:date="{date}">{runs_xml}</w:ins>'

    def dele(self, text, author, date, **kw):
        return (f'<w:del w:id="{self.nid()}" w:author="{esc(author)}" w:date="{date}">'
                f'{self.deltext(text, **kw)}</w:del>')

    # footnotes -------------------------------------------------------
    def fn(self, text):
        fid = len(self.footnotes) + 1
        self.footnotes.append((fid, text))
        return (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                f'<w:footnoteReference w:id="{fid}"/></w:r>')

    # comments --------------------------------------------------------
    def comment(self, inner_runs, text, author, initials, date):
        cid = len(self.comments)
        self.comments.append((cid, text, author, initials, date))
        return (f'<w:commentRangeStart w:id="{cid}"/>{inner_runs}<w:commentRangeEnd w:id="{cid}"/>'
                f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                f'<w:commentReference w:id="{cid}"/></w:r>')

    # fields ----------------------------------------------------------
    def field(self, instr, cached, **kw):
        rp = self.rpr(**kw)
        return (f'<w:r>{rp}<w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r>{rp}<w:instrText xml:space="preserve"> {esc(instr)} </w:instrText></w:r>'
                f'<w:r>{rp}<w:fldChar w:fldCharType="separate"/></w:r>'
                f'<w:r>{rp}<w:t>{esc(cached)}</w:t></w:r>'
                f'<w:r>{rp}<w:fldChar w:fldCharType="end"/></w:r>')

    # paragraphs --------------------------------------------------------
    @staticmethod
    def ppr(style=None, align=None, before=None, after=None, line=None, keep_next=False,
            page_break_before=False, ind_left=None, hanging=None, first_line=None, num=None,
            sect=None, shd=None, border=False, tabs=None, keep_lines=False, outline=None,
            rpr_mark=""):
        x = ""
        if style:
            x += f'<w:pStyle w:val="{style}"/>'
        if keep_next:
            x += "<w:keepNext/>"
        if keep_lines:
            x += "<w:keepLines/>"
        if page_break_before:
            x += "<w:pageBreakBefore/>"
        if num:
            x += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        if border:
            x += ('<w:pBdr><w:top w:val="single" w:sz="6" w:space="4" w:color="7F7F7F"/>'
                  '<w:left w:val="single" w:sz="6" w:space="4" w:color="7F7F7F"/>'
                  '<w:bottom w:val="single" w:sz="6" w:space="4" w:color="7F7F7F"/>'
                  '<w:right w:val="single" w:sz="6" w:space="4" w:color="7F7F7F"/></w:pBdr>')
        if shd:
            x += f'<w:shd w:val="clear" w:color="auto" w:fill="{shd}"/>'
        if tabs:
            x += "<w:tabs>" + "".join(
                f'<w:tab w:val="{v}" w:leader="{l}" w:pos="{p}"/>' for v, l, p in tabs) + "</w:tabs>"
        if before is not None or after is not None or line is not None:
            a = ""
            if before is not None:
                a += f' w:before="{before}"'
            if after is not None:
                a += f' w:after="{after}"'
            if line is not None:
                a += f' w:line="{line}" w:lineRule="auto"'
            x += f"<w:spacing{a}/>"
        if ind_left is not None or hanging is not None or first_line is not None:
            a = ""
            if ind_left is not None:
                a += f' w:left="{ind_left}"'
            if hanging is not None:
                a += f' w:hanging="{hanging}"'
            if first_line is not None:
                a += f' w:firstLine="{first_line}"'
            x += f"<w:ind{a}/>"
        if align:
            x += f'<w:jc w:val="{align}"/>'
        if outline is not None:
            x += f'<w:outlineLvl w:val="{outline}"/>'
        if rpr_mark:
            x += f"<w:rPr>{rpr_mark}</w:rPr>"
        if sect:
            x += sect
        return f"<w:pPr>{x}</w:pPr>" if x else ""

    def p(self, content="", **kw):
        """content: plain string (one run) or raw run xml (starts with '<')."""
        if content and not content.startswith("<"):
            content = self.r(content)
        return f"<w:p>{self.ppr(**kw)}{content}</w:p>"

    def add(self, *xml):
        self.body.extend(xml)

    # tables ------------------------------------------------------------
    def cell(self, content, width, span=1, vmerge=None, shade=None, valign=None):
        """content: list of paragraph xml, or a string."""
        if isinstance(content, str):
            content = [self.p(content, after=40, before=40)]
        if not content:
            content = [self.p("")]
        tc = f'<w:tcW w:w="{width}" w:type="dxa"/>'
        if span > 1:
            tc += f'<w:gridSpan w:val="{span}"/>'
        if vmerge == "restart":
            tc += '<w:vMerge w:val="restart"/>'
        elif vmerge == "cont":
            tc += "<w:vMerge/>"
        if shade:
            tc += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
        if valign:
            tc += f'<w:vAlign w:val="{valign}"/>'
        return f"<w:tc><w:tcPr>{tc}</w:tcPr>{''.join(content)}</w:tc>"

    def table(self, grid, rows, header_rows=0, borders=True, cant_split=True, jc=None):
        """rows: list of lists of cell xml."""
        total = sum(grid)
        b = ""
        if borders:
            b = ("<w:tblBorders>" + "".join(
                f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="595959"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>")
        jcx = f'<w:jc w:val="{jc}"/>' if jc else ""
        tp = (f'<w:tblPr><w:tblW w:w="{total}" w:type="dxa"/>{jcx}{b}<w:tblLayout w:type="fixed"/>'
              f'<w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>'
              f'<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>')
        g = "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in grid) + "</w:tblGrid>"
        out = []
        for k, row in enumerate(rows):
            trp = ""
            if k < header_rows:
                trp += "<w:tblHeader/>"
            if cant_split:
                trp += "<w:cantSplit/>"
            trp = f"<w:trPr>{trp}</w:trPr>" if trp else ""
            out.append(f"<w:tr>{trp}{''.join(row)}</w:tr>")
        return f"<w:tbl>{tp}{g}{''.join(out)}</w:tbl>"

    # sections ------------------------------------------------------------
    def sectpr(self, landscape=False, header=None, footer=None, first_header=None, first_footer=None,
               title_pg=False, margins=(1134, 1134, 1134, 1134), pgnum_start=None):
        w, h = (16838, 11906) if landscape else (11906, 16838)
        orient = ' w:orient="landscape"' if landscape else ""
        refs = ""
        if header:
            refs += f'<w:headerReference w:type="default" r:id="{header}"/>'
        if first_header:
            refs += f'<w:headerReference w:type="first" r:id="{first_header}"/>'
        if footer:
            refs += f'<w:footerReference w:type="default" r:id="{footer}"/>'
        if first_footer:
            refs += f'<w:footerReference w:type="first" r:id="{first_footer}"/>'
        t, r_, b, l = margins
        pn = f'<w:pgNumType w:start="{pgnum_start}"/>' if pgnum_start else ""
        tp = "<w:titlePg/>" if title_pg else ""
        return (f'<w:sectPr>{refs}<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
                f'<w:type w:val="nextPage"/>'
                f'<w:pgSz w:w="{w}" w:h="{h}"{orient}/>'
                f'<w:pgMar w:top="{t}" w:right="{r_}" w:bottom="{b}" w:left="{l}" w:header="567" w:footer="567" w:gutter="0"/>'
                f'{pn}<w:cols w:space="708"/>{tp}<w:docGrid w:linePitch="360"/></w:sectPr>')

    def section_break(self, **kw):
        """A paragraph that ends the current section with the given properties."""
        return f"<w:p><w:pPr>{self.sectpr(**kw)}</w:pPr></w:p>"

    # content controls ------------------------------------------------------
    def sdt_run(self, alias, tag, value=None, rich=False, sid=None, style_val=None):
        """Inline (run-level) content control. value None -> placeholder shown."""
        sid = sid or self.nid()
        kind = "" if rich else "<w:text/>"
        if value is None:
            pr = (f'<w:sdtPr><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
                  f'<w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(tag)}"/>'
                  f'<w:id w:val="{sid}"/><w:showingPlcHdr/>{kind}</w:sdtPr>')
            content = f'<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t xml:space="preserve">{esc(PLACEHOLDER)}</w:t></w:r>'
        else:
            pr = (f'<w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(tag)}"/>'
                  f'<w:id w:val="{sid}"/>{kind}</w:sdtPr>')
            content = value if value.startswith("<") else self.r(value)
        return f"<w:sdt>{pr}<w:sdtContent>{content}</w:sdtContent></w:sdt>"

    def sdt_block(self, alias, tag, paras_xml, placeholder=False):
        """Block-level rich-text control wrapping whole paragraphs."""
        sid = self.nid()
        ph = "<w:showingPlcHdr/>" if placeholder else ""
        return (f'<w:sdt><w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(tag)}"/>'
                f'<w:id w:val="{sid}"/>{ph}</w:sdtPr><w:sdtContent>{"".join(paras_xml)}</w:sdtContent></w:sdt>')

    # text box ---------------------------------------------------------------
    def textbox_para(self, paras_xml, width_cm=15.5, height_cm=6.0, name="Ramka"):
        """An anchored DrawingML text box (with VML fallback) in its own paragraph."""
        cx = int(width_cm * 360000)
        cy = int(height_cm * 360000)
        did = self.nid()
        inner = "".join(paras_xml)
        wpt = width_cm / 2.54 * 72
        hpt = height_cm / 2.54 * 72
        return (
            '<w:p><w:pPr><w:spacing w:before="120" w:after="120"/></w:pPr><w:r><mc:AlternateContent><mc:Choice Requires="wps">'
            f'<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{did}" '
            'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">'
            '<wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            '<wp:wrapTopAndBottom/>'
            f'<wp:docPr id="{did}" name="{esc(name)}"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/>'
            f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="EEF3F8"/></a:solidFill>'
            '<a:ln w="12700"><a:solidFill><a:srgbClr val="2E5C8A"/></a:solidFill></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000" anchor="t"><a:noAutofit/></wps:bodyPr>'
            '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict>'
            f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            f'<v:shape id="Ramka{did}" o:spid="_x0000_s{did}" type="#_x0000_t202" '
            f'style="position:absolute;margin-left:0;margin-top:0;width:{wpt:.1f}pt;height:{hpt:.1f}pt;z-index:1" '
            'fillcolor="#eef3f8" strokecolor="#2e5c8a" strokeweight="1pt">'
            f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape>'
            '</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')

    # package ----------------------------------------------------------------
    def styles_xml(self):
        f = self.font
        s = self.size
        num = self.heading_num

        def hstyle(level, size, before, after, caps=False, color="1F3864"):
            npr = (f'<w:numPr><w:ilvl w:val="{level - 1}"/><w:numId w:val="1"/></w:numPr>' if num else "")
            cp = "<w:caps/>" if caps else ""
            return (f'<w:style w:type="paragraph" w:styleId="Heading{level}"><w:name w:val="heading {level}"/>'
                    f'<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
                    f'<w:pPr><w:keepNext/><w:keepLines/>{npr}<w:spacing w:before="{before}" w:after="{after}"/>'
                    f'<w:jc w:val="left"/><w:outlineLvl w:val="{level - 1}"/></w:pPr>'
                    f'<w:rPr><w:b/><w:bCs/>{cp}<w:color w:val="{color}"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr></w:style>')

        toc = "".join(
            f'<w:style w:type="paragraph" w:styleId="TOC{k}"><w:name w:val="toc {k}"/><w:basedOn w:val="Normal"/>'
            f'<w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9628"/></w:tabs>'
            f'<w:spacing w:before="0" w:after="60"/><w:ind w:left="{(k - 1) * 240}"/><w:jc w:val="left"/></w:pPr></w:style>'
            for k in (1, 2, 3))
        return (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W_NS}>'
            f'<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}" w:cs="{f}"/>'
            f'<w:sz w:val="{s}"/><w:szCs w:val="{s}"/><w:lang w:val="pl-PL" w:eastAsia="pl-PL" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
            f'<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
            '<w:pPr><w:jc w:val="both"/></w:pPr></w:style>'
            + hstyle(1, 30 if not num else 28, 360, 160, caps=True)
            + hstyle(2, 25, 240, 120)
            + hstyle(3, 23, 200, 80, color="2E5C8A")
            + '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/>'
              '<w:pPr><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>'
            + '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
              '<w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:jc w:val="left"/></w:pPr><w:rPr><w:b/><w:i/><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr></w:style>'
            + '<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
              '<w:pPr><w:spacing w:before="240" w:after="240"/></w:pPr><w:rPr><w:b/><w:caps/><w:sz w:val="28"/></w:rPr></w:style>'
            + toc
            + '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>'
              '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>'
            + '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
            + '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
            + '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
            + '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>'
            + '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="17"/></w:rPr></w:style>'
            + '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="17"/></w:rPr></w:style>'
            + '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr></w:style>'
            + '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
            + self.extra_styles
            + "</w:styles>")

    def default_numbering(self):
        """numId 1: headings 1 / 1.1 / 1.1.1 ; numId 2: bullets ; numId 3: a) b) c)."""
        lv = ""
        fmts = ["%1.", "%1.%2.", "%1.%2.%3."]
        for k in range(3):
            lv += (f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                   f'<w:pStyle w:val="Heading{k + 1}"/><w:lvlText w:val="{fmts[k]}"/><w:lvlJc w:val="left"/>'
                   f'<w:pPr><w:ind w:left="{567 + 142 * k}" w:hanging="{567 + 142 * k}"/></w:pPr></w:lvl>')
        bul = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>'
               '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:lvl>'
               '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/><w:lvlJc w:val="left"/>'
               '<w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>')
        alpha = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/><w:lvlJc w:val="left"/>'
                 '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>')
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W_NS}>'
                f'<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>{lv}</w:abstractNum>'
                f'<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>{bul}</w:abstractNum>'
                f'<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="hybridMultilevel"/>{alpha}</w:abstractNum>'
                '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
                '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>'
                '</w:numbering>')

    def add_header(self, rid, paras_xml):
        self.headers[rid] = paras_xml

    def add_footer(self, rid, paras_xml):
        self.footers[rid] = paras_xml

    def save(self, path, final_sect):
        body = "".join(self.body) + final_sect
        doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_NS}><w:body>{body}</w:body></w:document>'
        rels = [
            ("rIdStyles", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml"),
            ("rIdSettings", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings", "settings.xml"),
            ("rIdNum", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering", "numbering.xml"),
            ("rIdFn", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes", "footnotes.xml"),
            ("rIdEn", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes", "endnotes.xml"),
        ]
        if self.comments:
            rels.append(("rIdComments", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments", "comments.xml"))
        for rid in self.headers:
            rels.append((rid, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header", f"{rid}.xml"))
        for rid in self.footers:
            rels.append((rid, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer", f"{rid}.xml"))
        rels_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    + "".join(f'<Relationship Id="{i}" Type="{t}" Target="{tg}"/>' for i, t, tg in rels)
                    + "</Relationships>")
        ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
              '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
              '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
              '<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>'
              + ('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>' if self.comments else "")
              + "".join(f'<Override PartName="/word/{rid}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' for rid in self.headers)
              + "".join(f'<Override PartName="/word/{rid}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' for rid in self.footers)
              + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
              "</Types>")
        root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                     '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                     '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                     '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                     "</Relationships>")
        tr = "<w:trackRevisions/>" if self.track_revisions else ""
        settings = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings {W_NS}>'
                    f'<w:zoom w:percent="100"/>{tr}<w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/>'
                    '<w:characterSpacingControl w:val="doNotCompress"/>'
                    '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
                    '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
                    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                    '<w:themeFontLang w:val="pl-PL"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>')
        sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        fns = "".join(
            f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {esc(t)}</w:t></w:r></w:p></w:footnote>' for i, t in self.footnotes)
        footnotes = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W_NS}>{sep}{fns}</w:footnotes>'
        endnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:endnotes {W_NS}>'
                    + sep.replace("footnote", "endnote") + "</w:endnotes>")
        comments = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {W_NS}>'
                    + "".join(
                        f'<w:comment w:id="{cid}" w:author="{esc(a)}" w:date="{d}" w:initials="{esc(ini)}">'
                        f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
                        f'<w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p></w:comment>'
                        for cid, t, a, ini, d in self.comments) + "</w:comments>")
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f'<dc:title>{esc(self.title)}</dc:title><dc:creator>{esc(self.author)}</dc:creator>'
                f'<cp:lastModifiedBy>{esc(self.author)}</cp:lastModifiedBy><cp:revision>7</cp:revision>'
                f'<dcterms:created xsi:type="dcterms:W3CDTF">{self.created}</dcterms:created>'
                f'<dcterms:modified xsi:type="dcterms:W3CDTF">{self.created}</dcterms:modified></cp:coreProperties>')
        app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
               '<Application>Microsoft Office Word</Application></Properties>')
        parts = {
            "[Content_Types].xml": ct,
            "_rels/.rels": root_rels,
            "word/document.xml": doc,
            "word/_rels/document.xml.rels": rels_xml,
            "word/styles.xml": self.styles_xml(),
            "word/settings.xml": settings,
            "word/numbering.xml": self.numbering_xml or self.default_numbering(),
            "word/footnotes.xml": footnotes,
            "word/endnotes.xml": endnotes,
            "docProps/core.xml": core,
            "docProps/app.xml": app,
        }
        if self.comments:
            parts["word/comments.xml"] = comments
        for rid, x in self.headers.items():
            parts[f"word/{rid}.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W_NS}>{x}</w:hdr>'
        for rid, x in self.footers.items():
            parts[f"word/{rid}.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W_NS}>{x}</w:ftr>'
        # validate well-formedness
        from lxml import etree
        for name, x in parts.items():
            etree.fromstring(x.encode("utf-8"))
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name in ["[Content_Types].xml"] + [n for n in parts if n != "[Content_Types].xml"]:
                info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, parts[name])
