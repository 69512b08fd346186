"""Minimal raw-OOXML writer used by author_g's generators (no python-docx)."""
import zipfile
from xml.sax.saxutils import escape

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word"')


def esc(t):
    return escape(t, {'"': '&quot;'})


class Doc:
    def __init__(self, font="Arial", size=22, heading_numbering=False, accent="1F4E79",
                 header_text="", track=False, line=276):
        self.font, self.size, self.accent = font, size, accent
        self.heading_numbering = heading_numbering
        self.header_text = header_text
        self.track = track
        self.line = line
        self.body = []
        self.footnotes = []
        self.comments = []
        self.rev_id = 100
        self.bm_id = 0
        self.plain = []          # visible text fragments, for self-checks

    # ---------------- runs -----------------
    def nid(self):
        self.rev_id += 1
        return self.rev_id

    def r(self, text, b=False, i=False, sz=None, color=None, caps=False, style=None,
          deleted=False, u=False):
        pr = ""
        if style:
            pr += f'<w:rStyle w:val="{style}"/>'
        if b:
            pr += "<w:b/><w:bCs/>"
        if i:
            pr += "<w:i/><w:iCs/>"
        if caps:
            pr += "<w:caps/>"
        if color:
            pr += f'<w:color w:val="{color}"/>'
        if sz:
            pr += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
        if u:
            pr += '<w:u w:val="single"/>'
        tag = "w:delText" if deleted else "w:t"
        parts = text.split("\n")
        inner = '<w:br/>'.join(f'<{tag} xml:space="preserve">{esc(p)}</{tag}>' for p in parts)
        return f"<w:r>{'<w:rPr>'+pr+'</w:rPr>' if pr else ''}{inner}</w:r>"

    def ins(self, xml, author, date):
        return f'<w:ins w:id="{self.nid()}" w:author="{esc(author)}" w:date="{date}">{xml}</w:ins>'

    def dele(self, text, author, date, **kw):
        return (f'<w:del w:id="{self.nid()}" w:author="{esc(author)}" w:date="{date}">'
                + self.r(text, deleted=True, **kw) + '</w:del>')

    def fn(self, text):
        fid = len(self.footnotes) + 2
        self.footnotes.append((fid, text))
        return (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                f'<w:footnoteReference w:id="{fid}"/></w:r>')

    def comment(self, inner_xml, text, author, date, initials):
        cid = len(self.comments)
        self.comments.append((cid, text, author, date, initials))
        return (f'<w:commentRangeStart w:id="{cid}"/>{inner_xml}<w:commentRangeEnd w:id="{cid}"/>'
                f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                f'<w:commentReference w:id="{cid}"/></w:r>')

    def sdt(self, value, placeholder, alias, tag=None, inner=None):
        """Inline plain-text content control. value None -> placeholder shown."""
        sid = self.nid()
        tag = tag or alias
        pr = (f'<w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(tag)}"/>'
              f'<w:id w:val="{sid}"/>')
        if value is None and inner is None:
            pr += '<w:showingPlcHdr/>'
            content = self.r(placeholder, style="PlaceholderText")
        else:
            content = inner if inner is not None else self.r(value)
        pr += '<w:text/></w:sdtPr>'
        return f'<w:sdt>{pr}<w:sdtContent>{content}</w:sdtContent></w:sdt>'

    def field(self, instr, cached, **kw):
        return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                + self.r(cached, **kw) +
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>')

    # --------------- paragraphs ---------------
    def ppr(self, style=None, align=None, keep=False, pbb=False, num=None, ind=None,
            spacing=None, shade=None, border=False, mark_ins=None, mark_del=None, extra=""):
        pr = ""
        if style:
            pr += f'<w:pStyle w:val="{style}"/>'
        if keep:
            pr += "<w:keepNext/>"
        if pbb:
            pr += "<w:pageBreakBefore/>"
        if num is not None:
            pr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        if border:
            pr += ('<w:pBdr>' + ''.join(f'<w:{s} w:val="single" w:sz="8" w:space="4" w:color="{self.accent}"/>'
                                         for s in ("top", "left", "bottom", "right")) + '</w:pBdr>')
        if shade:
            pr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
        pr += extra  # e.g. <w:tabs>, must precede spacing/ind/jc
        if spacing:
            pr += spacing
        if ind:
            pr += ind
        if align:
            pr += f'<w:jc w:val="{align}"/>'
        if mark_ins:
            pr += f'<w:rPr><w:ins w:id="{self.nid()}" w:author="{esc(mark_ins[0])}" w:date="{mark_ins[1]}"/></w:rPr>'
        if mark_del:
            pr += f'<w:rPr><w:del w:id="{self.nid()}" w:author="{esc(mark_del[0])}" w:date="{mark_del[1]}"/></w:rPr>'
        return f"<w:pPr>{pr}</w:pPr>" if pr else ""

    def pxml(self, content, **kw):
        if isinstance(content, str) and not content.startswith("<"):
            content = self.r(content)
        return f"<w:p>{self.ppr(**kw)}{content}</w:p>"

    def p(self, content="", **kw):
        self.body.append(self.pxml(content, **kw))

    def text(self, t, **kw):
        """Justified body paragraph; supports **bold** lead-ins via tuples list."""
        self.p(self.r(t), align=kw.pop("align", "both"), **kw)

    def rich(self, parts, **kw):
        xml = ""
        for part in parts:
            if isinstance(part, tuple):
                xml += self.r(part[0], **part[1])
            elif part.startswith("<"):
                xml += part
            else:
                xml += self.r(part)
        self.p(xml, align=kw.pop("align", "both"), **kw)

    def bullets(self, items, numid=2):
        for it in items:
            if isinstance(it, (list, tuple)) and not isinstance(it, str):
                xml = self.r(it[0], b=True) + self.r(it[1])
            else:
                xml = self.r(it)
            self.p(xml, style="ListParagraph", num=(numid, 0), align="both")

    def page_break(self):
        self.body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')

    def caption(self, t, **kw):
        self.p(self.r(t), style="Caption", keep=True, **kw)

    # --------------- tables ---------------
    def cell(self, c, width):
        if not isinstance(c, dict):
            c = {"t": c}
        tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
        if c.get("span"):
            tcpr += f'<w:gridSpan w:val="{c["span"]}"/>'
        if c.get("vm") == "restart":
            tcpr += '<w:vMerge w:val="restart"/>'
        elif c.get("vm") == "cont":
            tcpr += '<w:vMerge/>'
        if c.get("shade"):
            tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{c["shade"]}"/>'
        if c.get("valign"):
            tcpr += f'<w:vAlign w:val="{c["valign"]}"/>'
        if "xml" in c:
            paras = c["xml"]
            if isinstance(paras, str):
                paras = [paras]
            body = "".join(x if x.startswith("<w:p>") or x.startswith("<w:p ") else
                           f'<w:p>{self.ppr(style="TableText", mark_ins=c.get("mark_ins"), mark_del=c.get("mark_del"), align=c.get("align"))}{x}</w:p>'
                           for x in paras)
        else:
            t = c.get("t", "")
            lines = t if isinstance(t, list) else [t]
            body = ""
            for ln in lines:
                run = self.r(ln, b=c.get("b", False), i=c.get("i", False), sz=c.get("sz"),
                             color=c.get("color")) if ln else ""
                body += f'<w:p>{self.ppr(style="TableText", align=c.get("align"), mark_ins=c.get("mark_ins"), mark_del=c.get("mark_del"))}{run}</w:p>'
        return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{body}</w:tc>"

    def table(self, rows, widths, header_rows=1, cant_split=True, row_props=None, font_sz=None,
              borders=True, layout_fixed=True):
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        bd = ""
        if borders:
            bd = ('<w:tblBorders>' + ''.join(
                f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>')
        fixed = '<w:tblLayout w:type="fixed"/>' if layout_fixed else ''
        tblpr = (f'<w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
                 f'{bd}{fixed}'
                 '<w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>'
                 '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>')
        out = f"<w:tbl>{tblpr}<w:tblGrid>{grid}</w:tblGrid>"
        for ri, row in enumerate(rows):
            trpr = ""
            if cant_split:
                trpr += "<w:cantSplit/>"
            if ri < header_rows:
                trpr += "<w:tblHeader/>"
            if row_props and ri in row_props:
                trpr += row_props[ri]
            out += f"<w:tr>{'<w:trPr>'+trpr+'</w:trPr>' if trpr else ''}"
            col = 0
            for c in row:
                span = c.get("span", 1) if isinstance(c, dict) else 1
                w = sum(widths[col:col + span])
                out += self.cell(c, w)
                col += span
            out += "</w:tr>"
        out += "</w:tbl>"
        self.body.append(out)
        self.p("", spacing='<w:spacing w:before="0" w:after="60"/>')

    # --------------- sections ---------------
    def sectpr(self, landscape=False, title_pg=False, cont_numbering=True):
        if landscape:
            size = '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
        else:
            size = '<w:pgSz w:w="11906" w:h="16838"/>'
        return ('<w:sectPr><w:headerReference w:type="default" r:id="rIdHdr1"/>'
                '<w:footerReference w:type="default" r:id="rIdFtr1"/>'
                + size +
                '<w:pgMar w:top="1304" w:right="1134" w:bottom="1247" w:left="1304" w:header="567" w:footer="567" w:gutter="0"/>'
                + ('<w:titlePg/>' if title_pg else '') +
                '<w:docGrid w:linePitch="360"/></w:sectPr>')

    def section_break(self, landscape=False, title_pg=False):
        self.body.append(f'<w:p><w:pPr>{self.sectpr(landscape, title_pg)}</w:pPr></w:p>')

    # --------------- package ---------------
    def styles_xml(self):
        f, s, a = self.font, self.size, self.accent
        numlink = lambda lvl: (f'<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="1"/></w:numPr>'
                               if self.heading_numbering else "")
        def hstyle(i, sz, before, after, color, caps=False):
            return (f'<w:style w:type="paragraph" w:styleId="Heading{i}"><w:name w:val="heading {i}"/>'
                    f'<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
                    f'<w:pPr><w:keepNext/><w:keepLines/>{numlink(i-1)}<w:spacing w:before="{before}" w:after="{after}"/>'
                    f'<w:outlineLvl w:val="{i-1}"/></w:pPr>'
                    f'<w:rPr><w:b/><w:bCs/>{"<w:caps/>" if caps else ""}<w:color w:val="{color}"/><w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr></w:style>')
        return f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W_NS}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}" w:cs="{f}"/><w:sz w:val="{s}"/><w:szCs w:val="{s}"/><w:lang w:val="pl-PL" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="{self.line}" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
{hstyle(1, 30, 360, 200, a, caps=True)}
{hstyle(2, 26, 240, 120, a)}
{hstyle(3, 23, 200, 100, "404040")}
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:color w:val="{a}"/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="120" w:after="60"/></w:pPr><w:rPr><w:b/><w:color w:val="{a}"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Tabela tekst"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Source"><w:name w:val="Zrodlo"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="200"/></w:pPr><w:rPr><w:i/><w:sz w:val="16"/><w:szCs w:val="16"/><w:color w:val="595959"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:before="240" w:after="240"/></w:pPr><w:rPr><w:b/><w:caps/><w:color w:val="{a}"/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9458"/></w:tabs><w:spacing w:before="60" w:after="40"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9458"/></w:tabs><w:spacing w:after="30"/><w:ind w:left="440"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/><w:jc w:val="right"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Annex"><w:name w:val="Zalacznik"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:pageBreakBefore/><w:spacing w:before="120" w:after="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="{a}"/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="BoxText"><w:name w:val="Ramka tekst"/><w:basedOn w:val="Normal"/><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="EAF1F8"/><w:spacing w:after="60"/><w:ind w:left="284" w:right="284"/></w:pPr><w:rPr><w:sz w:val="19"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>'''

    def numbering_xml(self):
        lv = ""
        if self.heading_numbering:
            fmts = ["%1.", "%1.%2.", "%1.%2.%3."]
            for i, fm in enumerate(fmts):
                lv += (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                       f'<w:pStyle w:val="Heading{i+1}"/><w:lvlText w:val="{fm}"/><w:lvlJc w:val="left"/>'
                       f'<w:pPr><w:ind w:left="{567+i*142}" w:hanging="{567+i*142}"/></w:pPr></w:lvl>')
            heading_abs = f'<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>{lv}</w:abstractNum>'
        else:
            heading_abs = ('<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>'
                           '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/>'
                           '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')
        bul = ('<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
               '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>'
               '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
               '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:lvl></w:abstractNum>')
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W_NS}>'
                f'{heading_abs}{bul}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                f'<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
                f'<w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num></w:numbering>')

    def header_xml(self):
        a = self.accent
        strip = (f'<w:p><w:pPr><w:pStyle w:val="Header"/><w:shd w:val="clear" w:color="auto" w:fill="{a}"/>'
                 f'<w:tabs><w:tab w:val="right" w:pos="9400"/></w:tabs></w:pPr>'
                 + self.r(self.header_text[0], b=True, color="FFFFFF") + '<w:r><w:tab/></w:r>'
                 + self.r(self.header_text[1], color="FFFFFF") + '</w:p>')
        return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W_NS}>{strip}</w:hdr>'

    def footer_xml(self):
        p = ('<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>' + self.r("Strona ")
             + self.field("PAGE", "1") + self.r(" z ") + self.field("NUMPAGES", "1") + '</w:p>')
        return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W_NS}>{p}</w:ftr>'

    def footnotes_xml(self):
        out = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W_NS}>'
               '<w:footnote w:type="separator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for fid, t in self.footnotes:
            out += (f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                    '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                    + self.r(" " + t) + '</w:p></w:footnote>')
        return out + '</w:footnotes>'

    def comments_xml(self):
        out = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {W_NS}>'
        for cid, t, au, dt, ini in self.comments:
            out += (f'<w:comment w:id="{cid}" w:author="{esc(au)}" w:date="{dt}" w:initials="{ini}">'
                    '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
                    + self.r(t) + '</w:p></w:comment>')
        return out + '</w:comments>'

    def settings_xml(self):
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings {W_NS}>'
                '<w:zoom w:percent="100"/>' + ('<w:trackRevisions/>' if self.track else '') +
                '<w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/>'
                '<w:footnotePr><w:footnote w:id="0"/><w:footnote w:id="1"/></w:footnotePr>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                '<w:themeFontLang w:val="pl-PL"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>')

    def save(self, path, title, author, created, modified, last_author=None, final_sect=None):
        body = "".join(self.body)
        sect = final_sect or self.sectpr()
        doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_NS}>'
               f'<w:body>{body}{sect}</w:body></w:document>')
        ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
              '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
              '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
              '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
              '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
              '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
              '</Types>')
        rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                '</Relationships>')
        R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 f'<Relationship Id="rIdSt" Type="{R}styles" Target="styles.xml"/>'
                 f'<Relationship Id="rIdSe" Type="{R}settings" Target="settings.xml"/>'
                 f'<Relationship Id="rIdNu" Type="{R}numbering" Target="numbering.xml"/>'
                 f'<Relationship Id="rIdFn" Type="{R}footnotes" Target="footnotes.xml"/>'
                 f'<Relationship Id="rIdCm" Type="{R}comments" Target="comments.xml"/>'
                 f'<Relationship Id="rIdHdr1" Type="{R}header" Target="header1.xml"/>'
                 f'<Relationship Id="rIdFtr1" Type="{R}footer" Target="footer1.xml"/>'
                 '</Relationships>')
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f'<dc:title>{esc(title)}</dc:title><dc:creator>{esc(author)}</dc:creator>'
                f'<cp:lastModifiedBy>{esc(last_author or author)}</cp:lastModifiedBy><cp:revision>37</cp:revision>'
                f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
                f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified></cp:coreProperties>')
        app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
               '<Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>')
        parts = {"[Content_Types].xml": ct, "_rels/.rels": rels, "word/document.xml": doc,
                 "word/_rels/document.xml.rels": drels, "word/styles.xml": self.styles_xml(),
                 "word/settings.xml": self.settings_xml(), "word/numbering.xml": self.numbering_xml(),
                 "word/footnotes.xml": self.footnotes_xml(), "word/comments.xml": self.comments_xml(),
                 "word/header1.xml": self.header_xml(), "word/footer1.xml": self.footer_xml(),
                 "docProps/core.xml": core, "docProps/app.xml": app}
        from lxml import etree
        for name, xml in parts.items():
            etree.fromstring(xml.encode("utf-8"))  # well-formedness check
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, xml in parts.items():
                z.writestr(name, xml.encode("utf-8"))
