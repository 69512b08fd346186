"""Minimal raw-OOXML writer used by author_e's generators.

Everything is emitted as strings; the package is zipped deterministically
(fixed timestamps, fixed member order).  Supports: heading styles linked to
multi-level numbering, TOC field with cached entries, headers/footers with
PAGE/NUMPAGES, footnotes, comments, tracked changes (w:ins/w:del, paragraph
mark and table-row deletions), inline content controls, DrawingML text
boxes, landscape sections, merged cells.

With ``resolve=True`` every tracked change is accepted while writing (the
insertions become plain text, deletions disappear) -- this is what the
office exported to PDF after "Accept all changes".
"""
import re
import zipfile
from xml.sax.saxutils import escape as _esc

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
      'mc:Ignorable="w14 wp14"')

XMLHEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

PLACEHOLDER = "Kliknij lub naciśnij tutaj, aby wprowadzić tekst."


def esc(s):
    return _esc(s, {'"': "&quot;"})


class Doc:
    def __init__(self, resolve=False, font="Arial", size=21, line=276, after=120,
                 heading_numbering=True, heading_font=None, heading_color="1F3864",
                 title="", creator="", last_by="", created="2025-01-01T08:00:00Z",
                 modified="2025-01-02T08:00:00Z", justify=True):
        self.resolve = resolve
        self.font = font
        self.size = size
        self.line = line
        self.after = after
        self.heading_numbering = heading_numbering
        self.heading_font = heading_font or font
        self.heading_color = heading_color
        self.justify = justify
        self.body = []
        self.footnotes = []
        self.comments = []
        self._id = 10
        self.title = title
        self.creator = creator
        self.last_by = last_by
        self.created = created
        self.modified = modified
        self.header_xml = None
        self.footer_xml = None
        self.accepted_text = []   # plain text of the accepted version, for checks
        self.bookmark = 0

    # ------------------------------------------------------------------ ids
    def nid(self):
        self._id += 1
        return self._id

    # ------------------------------------------------------------------ runs
    def rpr(self, b=False, i=False, sz=None, color=None, caps=False, style=None,
            font=None, u=False, highlight=None, vert=None):
        x = ""
        if style:
            x += '<w:rStyle w:val="%s"/>' % style
        if font:
            x += '<w:rFonts w:ascii="{0}" w:hAnsi="{0}" w:cs="{0}"/>'.format(font)
        if b:
            x += "<w:b/><w:bCs/>"
        if i:
            x += "<w:i/><w:iCs/>"
        if caps:
            x += "<w:caps/>"
        if color:
            x += '<w:color w:val="%s"/>' % color
        if sz:
            x += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (sz, sz)
        if highlight:
            x += '<w:highlight w:val="%s"/>' % highlight
        if u:
            x += '<w:u w:val="single"/>'
        if vert:
            x += '<w:vertAlign w:val="%s"/>' % vert
        return "<w:rPr>%s</w:rPr>" % x if x else ""

    def R(self, text, deleted=False, **fmt):
        tag = "w:delText" if deleted else "w:t"
        parts = text.split("\t")
        inner = ""
        for k, p in enumerate(parts):
            if k:
                inner += "<w:tab/>"
            if p:
                inner += '<%s xml:space="preserve">%s</%s>' % (tag, esc(p), tag)
        return "<w:r>%s%s</w:r>" % (self.rpr(**fmt), inner)

    def BR(self, page=False):
        return '<w:r><w:br w:type="page"/></w:r>' if page else "<w:r><w:br/></w:r>"

    def md(self, text, **fmt):
        """Tiny markup: **bold**, {{fn:footnote text}}."""
        out = []
        for tok in re.split(r"(\*\*.+?\*\*|\{\{fn:.+?\}\})", text):
            if not tok:
                continue
            if tok.startswith("**"):
                f = dict(fmt)
                f["b"] = True
                out.append(self.R(tok[2:-2], **f))
            elif tok.startswith("{{fn:"):
                out.append(self.FN(tok[5:-2]))
            else:
                out.append(self.R(tok, **fmt))
        return "".join(out)

    def FN(self, text):
        fid = len(self.footnotes) + 1
        self.footnotes.append(
            '<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:t xml:space="preserve"> </w:t></w:r>%s</w:p></w:footnote>' % (fid, self.md(text)))
        return ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                '<w:footnoteReference w:id="%d"/></w:r>' % fid)

    def INS(self, runs, author, date):
        if self.resolve:
            return runs
        return '<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>' % (
            self.nid(), esc(author), date, runs)

    def DEL(self, text, author, date, **fmt):
        if self.resolve:
            return ""
        return '<w:del w:id="%d" w:author="%s" w:date="%s">%s</w:del>' % (
            self.nid(), esc(author), date, self.R(text, deleted=True, **fmt))

    def COMMENT(self, runs, text, author, date, initials):
        if self.resolve:
            return runs
        cid = len(self.comments)
        paras = "".join(
            '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
            % ('<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>' if k == 0 else "",
               esc(t)) for k, t in enumerate(text.split("\n")))
        self.comments.append('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s">%s</w:comment>'
                             % (cid, esc(author), date, esc(initials), paras))
        return ('<w:commentRangeStart w:id="%d"/>%s<w:commentRangeEnd w:id="%d"/>'
                '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="%d"/></w:r>'
                % (cid, runs, cid, cid))

    def FIELD(self, instr, cached, **fmt):
        rp = self.rpr(**fmt)
        return ('<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r>'
                '<w:r>%s<w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
                '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>'
                '<w:r>%s<w:t>%s</w:t></w:r>'
                '<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>') % (
            rp, rp, esc(instr), rp, rp, esc(cached), rp)

    def SDT(self, value, alias, tag, placeholder=PLACEHOLDER, multiline=False, **fmt):
        """Inline plain-text content control; value None = showing placeholder."""
        sid = self.nid() * 7919
        if value is None:
            pr = ('<w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>'
                  '<w:showingPlcHdr/><w:text%s/></w:sdtPr>' % (
                      esc(alias), esc(tag), sid, ' w:multiLine="1"' if multiline else ""))
            content = ('<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
                       '<w:t xml:space="preserve">%s</w:t></w:r>' % esc(placeholder))
        else:
            pr = ('<w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>'
                  '<w:text%s/></w:sdtPr>' % (esc(alias), esc(tag), sid,
                                             ' w:multiLine="1"' if multiline else ""))
            content = self.R(value, **fmt)
        return "<w:sdt>%s<w:sdtContent>%s</w:sdtContent></w:sdt>" % (pr, content)

    # ------------------------------------------------------------- paragraphs
    def ppr(self, style=None, jc=None, keep_next=False, page_break_before=False, num=None,
            ind=None, spacing=None, shd=None, border=None, tabs=None, mark_del=None,
            mark_ins=None, sect=None, keep_lines=False, outline=None, mark_rpr=""):
        x = ""
        if style:
            x += '<w:pStyle w:val="%s"/>' % style
        if keep_next:
            x += "<w:keepNext/>"
        if keep_lines:
            x += "<w:keepLines/>"
        if page_break_before:
            x += "<w:pageBreakBefore/>"
        if num:
            x += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (num[1], num[0])
        if border:
            x += ('<w:pBdr><w:top w:val="single" w:sz="{0}" w:space="4" w:color="{1}"/>'
                  '<w:left w:val="single" w:sz="{0}" w:space="4" w:color="{1}"/>'
                  '<w:bottom w:val="single" w:sz="{0}" w:space="4" w:color="{1}"/>'
                  '<w:right w:val="single" w:sz="{0}" w:space="4" w:color="{1}"/></w:pBdr>').format(*border)
        if shd:
            x += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shd
        if tabs:
            x += "<w:tabs>%s</w:tabs>" % "".join(
                '<w:tab w:val="%s" w:leader="%s" w:pos="%d"/>' % t for t in tabs)
        if spacing:
            x += "<w:spacing %s/>" % " ".join('w:%s="%s"' % kv for kv in spacing.items())
        if ind:
            x += "<w:ind %s/>" % " ".join('w:%s="%s"' % kv for kv in ind.items())
        if jc:
            x += '<w:jc w:val="%s"/>' % jc
        if outline is not None:
            x += '<w:outlineLvl w:val="%d"/>' % outline
        mr = ""
        if mark_ins and not self.resolve:
            mr += '<w:ins w:id="%d" w:author="%s" w:date="%s"/>' % (self.nid(), esc(mark_ins[0]), mark_ins[1])
        if mark_del and not self.resolve:
            mr += '<w:del w:id="%d" w:author="%s" w:date="%s"/>' % (self.nid(), esc(mark_del[0]), mark_del[1])
        mr += mark_rpr
        if mr:
            x += "<w:rPr>%s</w:rPr>" % mr
        if sect:
            x += sect
        return "<w:pPr>%s</w:pPr>" % x if x else ""

    def p_xml(self, content="", **kw):
        if isinstance(content, str) and not content.startswith("<"):
            content = self.md(content)
        elif isinstance(content, list):
            content = "".join(content)
        return "<w:p>%s%s</w:p>" % (self.ppr(**kw), content)

    def P(self, content="", deleted_para=None, **kw):
        """Append paragraph. deleted_para=(author,date): whole paragraph is a tracked deletion
        (content must then be built with DEL)."""
        if deleted_para:
            if self.resolve:
                return
            kw["mark_del"] = deleted_para
        self.body.append(self.p_xml(content, **kw))

    def H(self, level, text, page_break=False, style=None, runs=None, toc=True, toc_text=None):
        st = style or "Heading%d" % level
        if not hasattr(self, "counters"):
            self.counters = [0, 0, 0]
            self.headings = []
        label = text
        if self.heading_numbering and st.startswith("Heading"):
            self.counters[level - 1] += 1
            for k in range(level, 3):
                self.counters[k] = 0
            label = ".".join(str(c) for c in self.counters[:level]) + ". " + text
        if toc:
            self.headings.append((level, toc_text or label, text))
        self.body.append(self.p_xml(runs if runs else self.R(text), style=st,
                                    page_break_before=page_break))

    def raw(self, xml):
        self.body.append(xml)

    def caption(self, text, keep_next=True):
        self.P(self.R(text), style="Caption", keep_next=keep_next)

    def bullets(self, items, numid=2):
        for it in items:
            self.P(it, style="ListParagraph", num=(numid, 0))

    def page_break(self):
        self.body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')

    # ------------------------------------------------------------------ tables
    def cell_xml(self, c, width):
        """c: str | dict(text|paras, span, vmerge, shade, b, jc, sz, valign)"""
        if not isinstance(c, dict):
            c = {"text": c}
        span = c.get("span", 1)
        w = width
        tc = '<w:tcW w:w="%d" w:type="dxa"/>' % w
        if span > 1:
            tc += '<w:gridSpan w:val="%d"/>' % span
        if c.get("vmerge") == "restart":
            tc += '<w:vMerge w:val="restart"/>'
        elif c.get("vmerge") == "continue":
            tc += "<w:vMerge/>"
        if c.get("shade"):
            tc += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % c["shade"]
        tc += '<w:vAlign w:val="%s"/>' % c.get("valign", "top")
        if "paras" in c:
            paras = "".join(c["paras"])
        else:
            fmt = {}
            if c.get("b"):
                fmt["b"] = True
            if c.get("sz"):
                fmt["sz"] = c["sz"]
            if c.get("color"):
                fmt["color"] = c["color"]
            txt = c.get("text", "")
            content = c.get("runs")
            paras = ""
            if content is not None:
                paras = self.p_xml(content, style="TableText", jc=c.get("jc"))
            else:
                lines = txt.split("\n") if txt else [""]
                for ln in lines:
                    paras += self.p_xml(self.md(ln, **fmt) if ln else "", style="TableText", jc=c.get("jc"))
        return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (tc, paras)

    def T(self, rows, widths, header=1, borders="A6A6A6", head_shade="D9E2F3", jc=None,
          row_opts=None, cant_split=True, sz=None, layout_fixed=True, indent=None):
        """rows: list of lists of cells. row_opts: dict index->{'del':(a,d), 'ins':(a,d), 'height':..}"""
        row_opts = row_opts or {}
        grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
        tblpr = '<w:tblStyle w:val="TableGrid"/><w:tblW w:w="%d" w:type="dxa"/>' % sum(widths)
        if jc:
            tblpr += '<w:jc w:val="%s"/>' % jc
        if indent:
            tblpr += '<w:tblInd w:w="%d" w:type="dxa"/>' % indent
        if borders:
            tblpr += ("<w:tblBorders>" + "".join(
                '<w:%s w:val="single" w:sz="4" w:space="0" w:color="%s"/>' % (s, borders)
                for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>")
        else:
            tblpr += ("<w:tblBorders>" + "".join(
                '<w:%s w:val="nil"/>' % s
                for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>")
        if layout_fixed:
            tblpr += '<w:tblLayout w:type="fixed"/>'
        tblpr += ('<w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
                  '<w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>')
        tblpr += '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
        out = "<w:tbl><w:tblPr>%s</w:tblPr><w:tblGrid>%s</w:tblGrid>" % (tblpr, grid)
        for ri, row in enumerate(rows):
            opt = row_opts.get(ri, {})
            if opt.get("del") and self.resolve:
                continue
            trpr = ""
            if cant_split:
                trpr += "<w:cantSplit/>"
            if opt.get("height"):
                trpr += '<w:trHeight w:val="%d"/>' % opt["height"]
            if ri < header:
                trpr += "<w:tblHeader/>"
            if opt.get("ins") and not self.resolve:
                trpr += '<w:ins w:id="%d" w:author="%s" w:date="%s"/>' % (self.nid(), esc(opt["ins"][0]), opt["ins"][1])
            if opt.get("del") and not self.resolve:
                trpr += '<w:del w:id="%d" w:author="%s" w:date="%s"/>' % (self.nid(), esc(opt["del"][0]), opt["del"][1])
            out += "<w:tr>%s" % ("<w:trPr>%s</w:trPr>" % trpr if trpr else "")
            col = 0
            for c in row:
                if not isinstance(c, dict):
                    c = {"text": c}
                if ri < header:
                    c = dict(c)
                    c.setdefault("shade", head_shade)
                    c.setdefault("b", True)
                if sz and "sz" not in c:
                    c = dict(c)
                    c["sz"] = sz
                span = c.get("span", 1)
                out += self.cell_xml(c, sum(widths[col:col + span]))
                col += span
            out += "</w:tr>"
        out += "</w:tbl>"
        self.body.append(out)
        # spacer paragraph after tables keeps Word from gluing them
        self.body.append('<w:p><w:pPr><w:pStyle w:val="TableSpacer"/></w:pPr></w:p>')

    # -------------------------------------------------------------- text box
    def textbox(self, title, paras, width_cm=16.0, height_cm=6.0, fill="EAF1E4", line="70AD47"):
        """Anchored DrawingML text box (top-and-bottom wrap) in its own paragraph."""
        cx = int(width_cm * 360000)
        cy = int(height_cm * 360000)
        did = self.nid()
        inner = self.p_xml(self.R(title, b=True, color="385623"), style="BoxText")
        for t in paras:
            inner += self.p_xml(self.md(t), style="BoxText")
        drawing = (
            '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="114300" distB="114300" distL="114300" distR="114300" simplePos="0" relativeHeight="%d" '
            'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">'
            '<wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
            '<wp:docPr id="%d" name="Pole tekstowe %d"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="%s"/></a:solidFill>'
            '<a:ln w="12700"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln></wps:spPr>'
            '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000" anchor="t"><a:noAutofit/></wps:bodyPr>'
            '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>'
        ) % (did, cx, cy, did, did, cx, cy, fill, line, inner)
        self.body.append('<w:p><w:pPr><w:keepNext/></w:pPr>%s</w:p>' % drawing)

    # -------------------------------------------------------------- sections
    def sect_xml(self, landscape=False, title_pg=False, hdr=True, ftr=True, pgnum_start=None):
        x = ""
        if hdr:
            x += '<w:headerReference w:type="default" r:id="rIdHdr1"/>'
            if title_pg:
                x += '<w:headerReference w:type="first" r:id="rIdHdr2"/>'
        if ftr:
            x += '<w:footerReference w:type="default" r:id="rIdFtr1"/>'
            if title_pg:
                x += '<w:footerReference w:type="first" r:id="rIdFtr2"/>'
        x += '<w:type w:val="nextPage"/>'
        if landscape:
            x += '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
            x += '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>'
        else:
            x += '<w:pgSz w:w="11906" w:h="16838"/>'
            x += '<w:pgMar w:top="1417" w:right="1247" w:bottom="1247" w:left="1417" w:header="624" w:footer="567" w:gutter="0"/>'
        if pgnum_start:
            x += '<w:pgNumType w:start="%d"/>' % pgnum_start
        x += '<w:cols w:space="708"/>'
        if title_pg:
            x += "<w:titlePg/>"
        x += '<w:docGrid w:linePitch="360"/>'
        return "<w:sectPr>%s</w:sectPr>" % x

    def end_section(self, **kw):
        """Close the current section (its properties given here) with a section-break paragraph."""
        self.body.append("<w:p>%s</w:p>" % self.ppr(sect=self.sect_xml(**kw)))

    # -------------------------------------------------------------- TOC
    def toc(self, entries, heading="Spis treści", levels="1-3"):
        """entries: list of (level, text, page)."""
        self.P(self.R(heading), style="TOCHeading")
        n = len(entries)
        for k, (lvl, text, page) in enumerate(entries):
            runs = ""
            if k == 0:
                runs += ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                         '<w:r><w:instrText xml:space="preserve"> TOC \\o "%s" \\h \\z \\u </w:instrText></w:r>'
                         '<w:r><w:fldChar w:fldCharType="separate"/></w:r>') % levels
            runs += self.R(text) + "<w:r><w:tab/></w:r>" + self.R(str(page))
            if k == n - 1:
                runs += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            self.body.append(self.p_xml(runs, style="TOC%d" % lvl,
                                        tabs=[("right", "dot", 9060 if lvl else 9060)]))

    # -------------------------------------------------------------- package
    def styles_xml(self):
        f = self.font
        hf = self.heading_font
        hc = self.heading_color
        jc = '<w:jc w:val="both"/>' if self.justify else ""

        def hnum(lvl):
            if not self.heading_numbering:
                return ""
            return '<w:numPr>%s<w:numId w:val="1"/></w:numPr>' % (
                '<w:ilvl w:val="%d"/>' % lvl if lvl else "")
        s = XMLHEAD + '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
                      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' \
                      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14">'
        s += ('<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{f}" w:eastAsia="{f}" w:hAnsi="{f}" w:cs="{f}"/>'
              '<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/><w:lang w:val="pl-PL" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
              '<w:pPrDefault><w:pPr><w:spacing w:after="{after}" w:line="{line}" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
              ).format(f=f, sz=self.size, after=self.after, line=self.line)
        s += ('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
              '<w:pPr><w:widowControl/>%s</w:pPr></w:style>' % jc)
        s += '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
        s += ('<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>'
              '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
              '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>')
        s += '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:semiHidden/></w:style>'
        sizes = {1: 30, 2: 26, 3: 23}
        for lvl in (1, 2, 3):
            s += ('<w:style w:type="paragraph" w:styleId="Heading{l}"><w:name w:val="heading {l}"/><w:basedOn w:val="Normal"/>'
                  '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>{num}'
                  '<w:spacing w:before="{bef}" w:after="120" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/><w:outlineLvl w:val="{o}"/></w:pPr>'
                  '<w:rPr><w:rFonts w:ascii="{hf}" w:hAnsi="{hf}" w:cs="{hf}"/><w:b/><w:bCs/>{caps}<w:color w:val="{hc}"/>'
                  '<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr></w:style>').format(
                l=lvl, num=hnum(lvl - 1), bef={1: 360, 2: 240, 3: 200}[lvl], o=lvl - 1, hf=hf,
                caps="<w:caps/>" if (lvl == 1 and not self.heading_numbering) else "", hc=hc, sz=sizes[lvl])
        s += ('<w:style w:type="paragraph" w:styleId="AnnexHeading"><w:name w:val="Załącznik – nagłówek"/><w:basedOn w:val="Normal"/>'
              '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="200"/><w:jc w:val="left"/><w:outlineLvl w:val="0"/></w:pPr>'
              '<w:rPr><w:rFonts w:ascii="{hf}" w:hAnsi="{hf}" w:cs="{hf}"/><w:b/><w:bCs/><w:color w:val="{hc}"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>').format(hf=hf, hc=hc)
        s += ('<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/>'
              '<w:pPr><w:spacing w:before="240" w:after="240" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr>'
              '<w:rPr><w:rFonts w:ascii="{hf}" w:hAnsi="{hf}" w:cs="{hf}"/><w:b/><w:color w:val="{hc}"/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>').format(hf=hf, hc=hc)
        s += ('<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:qFormat/>'
              '<w:pPr><w:spacing w:after="160"/><w:jc w:val="center"/></w:pPr><w:rPr><w:color w:val="404040"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>')
        s += ('<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
              '<w:pPr><w:spacing w:before="240" w:after="240"/><w:jc w:val="left"/></w:pPr><w:rPr><w:b/><w:color w:val="{hc}"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>').format(hc=hc)
        for lvl in (1, 2, 3):
            s += ('<w:style w:type="paragraph" w:styleId="TOC{l}"><w:name w:val="toc {l}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
                  '<w:uiPriority w:val="39"/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9060"/></w:tabs>'
                  '<w:spacing w:after="{a}" w:line="240" w:lineRule="auto"/><w:ind w:left="{ind}"/><w:jc w:val="left"/></w:pPr>{r}</w:style>').format(
                l=lvl, a=80 if lvl == 1 else 40, ind=(lvl - 1) * 240, r="<w:rPr><w:b/></w:rPr>" if lvl == 1 else "")
        s += ('<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
              '<w:pPr><w:keepNext/><w:spacing w:before="120" w:after="80" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr>'
              '<w:rPr><w:b/><w:i/><w:color w:val="1F3864"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>')
        s += ('<w:style w:type="paragraph" w:styleId="Source"><w:name w:val="Źródło"/><w:basedOn w:val="Normal"/>'
              '<w:pPr><w:spacing w:before="0" w:after="200" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr>'
              '<w:rPr><w:i/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>')
        s += ('<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Tekst tabeli"/><w:basedOn w:val="Normal"/>'
              '<w:pPr><w:spacing w:before="0" w:after="20" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr>'
              '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>')
        s += ('<w:style w:type="paragraph" w:styleId="TableSpacer"><w:name w:val="Odstęp po tabeli"/><w:basedOn w:val="Normal"/>'
              '<w:pPr><w:spacing w:before="0" w:after="60" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="12"/></w:rPr></w:style>')
        s += ('<w:style w:type="paragraph" w:styleId="BoxText"><w:name w:val="Tekst ramki"/><w:basedOn w:val="Normal"/>'
              '<w:pPr><w:spacing w:before="0" w:after="60" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>')
        s += ('<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/>'
              '<w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>')
        s += ('<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>'
              '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>')
        s += ('<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
              '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>')
        s += ('<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/>'
              '<w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>')
        s += ('<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
              '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>')
        s += ('<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:uiPriority w:val="99"/><w:semiHidden/>'
              '<w:rPr><w:color w:val="808080"/></w:rPr></w:style>')
        s += ('<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
              '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>')
        s += ('<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
              '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>')
        s += ('<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
              '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>'
              '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '</w:tblBorders></w:tblPr></w:style>')
        s += "</w:styles>"
        return s

    def numbering_xml(self):
        lv = ""
        fm = ["%1.", "%1.%2.", "%1.%2.%3."]
        for k in range(3):
            lv += ('<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading{h}"/>'
                   '<w:lvlText w:val="{t}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{ind}" w:hanging="{ind}"/></w:pPr></w:lvl>').format(
                k=k, h=k + 1, t=fm[k], ind=[432, 576, 720][k])
        for k in range(3, 9):
            lv += ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%s"/>'
                   '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr></w:lvl>') % (
                k, "".join("%%%d." % (j + 1) for j in range(k + 1)), 1000 + 200 * k)
        a0 = '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>%s</w:abstractNum>' % lv
        # bullets
        a1 = ('<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
              '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/>'
              '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:lvl>'
              '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2013"/><w:lvlJc w:val="left"/>'
              '<w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')
        # decimal list
        a2 = ('<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="hybridMultilevel"/>'
              '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
              '<w:pPr><w:ind w:left="567" w:hanging="397"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>'
              '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/><w:lvlJc w:val="left"/>'
              '<w:pPr><w:ind w:left="1134" w:hanging="397"/></w:pPr></w:lvl></w:abstractNum>')
        nums = '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        nums += '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>'
        # extra restarted decimal lists 4..9
        for n in range(4, 10):
            nums += ('<w:num w:numId="%d"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' % n)
        return (XMLHEAD + '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                + a0 + a1 + a2 + nums + "</w:numbering>")

    def save(self, path, sect_final):
        doc = (XMLHEAD + "<w:document %s><w:body>%s%s</w:body></w:document>" % (NS, "".join(self.body), sect_final))
        foot = (XMLHEAD + '<w:footnotes %s><w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                '<w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p>'
                '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>%s</w:footnotes>'
                % (NS, "".join(self.footnotes)))
        comments = XMLHEAD + "<w:comments %s>%s</w:comments>" % (NS, "".join(self.comments))
        settings = (XMLHEAD + '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                    '<w:zoom w:percent="100"/>%s<w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/>'
                    '<w:characterSpacingControl w:val="doNotCompress"/>'
                    '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
                    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                    '<w:themeFontLang w:val="pl-PL"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>'
                    % ("" if self.resolve else ""))
        ct = (XMLHEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
              '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
              '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
              '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
              '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
              '<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
              '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
              '<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
              '</Types>')
        rels = (XMLHEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                '</Relationships>')
        base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        drels = (XMLHEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 + "".join('<Relationship Id="%s" Type="%s%s" Target="%s"/>' % (i, base, t, tg) for i, t, tg in [
                     ("rIdSt", "styles", "styles.xml"), ("rIdSe", "settings", "settings.xml"),
                     ("rIdNu", "numbering", "numbering.xml"), ("rIdFn", "footnotes", "footnotes.xml"),
                     ("rIdCm", "comments", "comments.xml"), ("rIdHdr1", "header", "header1.xml"),
                     ("rIdHdr2", "header", "header2.xml"), ("rIdFtr1", "footer", "footer1.xml"),
                     ("rIdFtr2", "footer", "footer2.xml")])
                 + "</Relationships>")
        empty_hdr = XMLHEAD + '<w:hdr %s><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p></w:hdr>' % NS
        empty_ftr = XMLHEAD + '<w:ftr %s><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr></w:p></w:ftr>' % NS
        hdr = XMLHEAD + "<w:hdr %s>%s</w:hdr>" % (NS, self.header_xml or "<w:p/>")
        ftr = XMLHEAD + "<w:ftr %s>%s</w:ftr>" % (NS, self.footer_xml or "<w:p/>")
        core = (XMLHEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>%d</cp:revision>'
                '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
                '</cp:coreProperties>') % (esc(self.title), esc(self.creator), esc(self.last_by), 37, self.created, self.modified)
        app = (XMLHEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
               'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
               '<Template>Normal.dotm</Template><Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>')
        parts = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core),
                 ("docProps/app.xml", app), ("word/document.xml", doc), ("word/_rels/document.xml.rels", drels),
                 ("word/styles.xml", self.styles_xml()), ("word/settings.xml", settings),
                 ("word/numbering.xml", self.numbering_xml()), ("word/footnotes.xml", foot),
                 ("word/comments.xml", comments), ("word/header1.xml", hdr), ("word/header2.xml", empty_hdr),
                 ("word/footer1.xml", ftr), ("word/footer2.xml", empty_ftr)]
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in parts:
                zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data.encode("utf-8"))


def docx_accepted_text(path):
    """Text of the accepted version: w:t outside w:del (delText is never w:t), paragraphs joined by newline."""
    from lxml import etree
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        # skip nested paragraphs counted twice (text boxes): only direct text of this p
        txt = "".join(t.text or "" for t in p.iter(W + "t")
                      if t.getparent().getparent() is p or t.getparent().getparent().tag in (W + "ins", W + "sdtContent", W + "hyperlink"))
        out.append(txt)
    return "\n".join(out)


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "-").replace("\u2011", "-").replace("\x02", "-")
    return re.sub(r"\s+", "", s)
