"""Minimal raw-OOXML writer used by author_a's generators.

Everything is written as strings and re-parsed with lxml before zipping, so a
malformed part fails loudly.  Deterministic: fixed timestamps, sorted zip order.
"""
import io
import zipfile
from xml.sax.saxutils import escape
from lxml import etree

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"')


def esc(t):
    return escape(t, {'"': '&quot;'})


# ----------------------------------------------------------------- runs
def rpr(b=False, i=False, sz=None, color=None, caps=False, style=None, font=None,
        vert=None, highlight=None):
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
        x += f'<w:sz w:val="{int(sz * 2)}"/><w:szCs w:val="{int(sz * 2)}"/>'
    if highlight:
        x += f'<w:highlight w:val="{highlight}"/>'
    if vert:
        x += f'<w:vertAlign w:val="{vert}"/>'
    return f'<w:rPr>{x}</w:rPr>' if x else ''


def _t(text, tag='w:t'):
    parts = text.split('\t')
    out = []
    for k, p in enumerate(parts):
        if k:
            out.append('<w:tab/>')
        if p:
            out.append(f'<{tag} xml:space="preserve">{esc(p)}</{tag}>')
    return ''.join(out)


def R(text, **kw):
    """A run; '\t' becomes a tab, '\n' a line break."""
    lines = text.split('\n')
    body = '<w:br/>'.join(_t(l) for l in lines)
    return f'<w:r>{rpr(**kw)}{body}</w:r>'


def B(text, **kw):
    return R(text, b=True, **kw)


def I(text, **kw):
    return R(text, i=True, **kw)


def page_break():
    return '<w:r><w:br w:type="page"/></w:r>'


def field(instr, cached, **kw):
    rp = rpr(**kw)
    return (f'<w:r>{rp}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{rp}<w:instrText xml:space="preserve"> {esc(instr)} </w:instrText></w:r>'
            f'<w:r>{rp}<w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r>{rp}<w:t>{esc(cached)}</w:t></w:r>'
            f'<w:r>{rp}<w:fldChar w:fldCharType="end"/></w:r>')


# ----------------------------------------------------------------- paragraphs
def P(content='', style=None, jc=None, keep_next=False, page_before=False, num=None,
      spacing=None, ind=None, tabs=None, shd=None, mark=None, sect=None, outline=None,
      border=None, keep_lines=False):
    """content: string of runs (or plain text -> a single run)."""
    if content and not content.lstrip().startswith('<'):
        content = R(content)
    x = ''
    if style:
        x += f'<w:pStyle w:val="{style}"/>'
    if keep_next:
        x += '<w:keepNext/>'
    if keep_lines:
        x += '<w:keepLines/>'
    if page_before:
        x += '<w:pageBreakBefore/>'
    if num:
        x += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if border:
        x += border
    if shd:
        x += f'<w:shd w:val="clear" w:color="auto" w:fill="{shd}"/>'
    if tabs:
        x += '<w:tabs>' + ''.join(
            f'<w:tab w:val="{v}" w:leader="{ld}" w:pos="{pos}"/>' if ld else
            f'<w:tab w:val="{v}" w:pos="{pos}"/>' for v, pos, ld in tabs) + '</w:tabs>'
    if spacing:
        x += '<w:spacing ' + ' '.join(f'w:{k}="{v}"' for k, v in spacing.items()) + '/>'
    if ind:
        x += '<w:ind ' + ' '.join(f'w:{k}="{v}"' for k, v in ind.items()) + '/>'
    if jc:
        x += f'<w:jc w:val="{jc}"/>'
    if outline is not None:
        x += f'<w:outlineLvl w:val="{outline}"/>'
    if mark:
        x += f'<w:rPr>{mark}</w:rPr>'
    if sect:
        x += sect
    return f'<w:p><w:pPr>{x}</w:pPr>{content}</w:p>'


# ----------------------------------------------------------------- tables
def cell(content, w, span=1, vmerge=None, shd=None, valign=None, borders=None):
    """content: list of paragraph XML strings, or plain text."""
    if isinstance(content, str):
        content = [content if content.startswith('<w:p>') else P(R(content), style='TableText')]
    if not content:
        content = [P('', style='TableText')]
    x = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span > 1:
        x += f'<w:gridSpan w:val="{span}"/>'
    if vmerge:
        x += '<w:vMerge w:val="restart"/>' if vmerge == 'restart' else '<w:vMerge/>'
    if borders:
        x += borders
    if shd:
        x += f'<w:shd w:val="clear" w:color="auto" w:fill="{shd}"/>'
    if valign:
        x += f'<w:vAlign w:val="{valign}"/>'
    return f'<w:tc><w:tcPr>{x}</w:tcPr>{"".join(content)}</w:tc>'


def row(cells, header=False, cant_split=False, change=None, height=None):
    x = ''
    if cant_split:
        x += '<w:cantSplit/>'
    if height:
        x += f'<w:trHeight w:val="{height}"/>'
    if header:
        x += '<w:tblHeader/>'
    if change:
        x += change
    trpr = f'<w:trPr>{x}</w:trPr>' if x else ''
    return f'<w:tr>{trpr}{"".join(cells)}</w:tr>'


def table(rows, widths, style='TableGrid', jc=None, borders=True, layout_fixed=True):
    x = f'<w:tblStyle w:val="{style}"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
    if jc:
        x += f'<w:jc w:val="{jc}"/>'
    if borders:
        x += ('<w:tblBorders>' + ''.join(
            f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
            for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')) + '</w:tblBorders>')
    else:
        x += ('<w:tblBorders>' + ''.join(
            f'<w:{s} w:val="nil"/>'
            for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')) + '</w:tblBorders>')
    if layout_fixed:
        x += '<w:tblLayout w:type="fixed"/>'
    x += '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
    x += '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
    grid = ''.join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return f'<w:tbl><w:tblPr>{x}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>'


# ----------------------------------------------------------------- sections
def sect_pr(landscape=False, header_rid=None, footer_rid=None, first_header_rid=None,
            first_footer_rid=None, title_pg=False, next_page=True, margins=(1134, 1134, 1134, 1134)):
    top, right, bottom, left = margins
    x = ''
    if header_rid:
        x += f'<w:headerReference w:type="default" r:id="{header_rid}"/>'
    if first_header_rid:
        x += f'<w:headerReference w:type="first" r:id="{first_header_rid}"/>'
    if footer_rid:
        x += f'<w:footerReference w:type="default" r:id="{footer_rid}"/>'
    if first_footer_rid:
        x += f'<w:footerReference w:type="first" r:id="{first_footer_rid}"/>'
    if next_page:
        x += '<w:type w:val="nextPage"/>'
    if landscape:
        x += '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
    else:
        x += '<w:pgSz w:w="11906" w:h="16838"/>'
    x += (f'<w:pgMar w:top="{top}" w:right="{right}" w:bottom="{bottom}" w:left="{left}" '
          f'w:header="567" w:footer="567" w:gutter="0"/>')
    x += '<w:cols w:space="708"/>'
    if title_pg:
        x += '<w:titlePg/>'
    x += '<w:docGrid w:linePitch="360"/>'
    return f'<w:sectPr>{x}</w:sectPr>'


# ----------------------------------------------------------------- document
class Doc:
    def __init__(self, author='Autor', date='2025-01-01T09:00:00Z', title='', subject=''):
        self.body = []
        self.comments = []
        self.footnotes = []
        self.headers = {}   # rid -> (kind, xml)
        self.media = {}     # rid -> (name, bytes)
        self.rev_id = 100
        self.bm_id = 0
        self.img_id = 0
        self.author = author
        self.date = date
        self.title = title
        self.subject = subject
        self.styles_xml = None
        self.numbering_xml = None
        self.track = False

    # ---- body
    def add(self, *xml):
        self.body.extend(xml)

    def next_rev(self):
        self.rev_id += 1
        return self.rev_id

    # ---- revisions
    def ins_attrs(self, author, date):
        return f'w:id="{self.next_rev()}" w:author="{esc(author)}" w:date="{date}"'

    def ins(self, runs, author, date):
        return f'<w:ins {self.ins_attrs(author, date)}>{runs}</w:ins>'

    def dele(self, text, author, date, **kw):
        body = _t(text, 'w:delText')
        return f'<w:del {self.ins_attrs(author, date)}><w:r>{rpr(**kw)}{body}</w:r></w:del>'

    def mark_ins(self, author, date):
        return f'<w:ins {self.ins_attrs(author, date)}/>'

    def mark_del(self, author, date):
        return f'<w:del {self.ins_attrs(author, date)}/>'

    # ---- comments
    def comment(self, runs, text, author, initials, date):
        cid = len(self.comments)
        self.comments.append((cid, text, author, initials, date))
        return (f'<w:commentRangeStart w:id="{cid}"/>{runs}<w:commentRangeEnd w:id="{cid}"/>'
                f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                f'<w:commentReference w:id="{cid}"/></w:r>')

    # ---- footnotes
    def footnote(self, text):
        fid = len(self.footnotes) + 1
        self.footnotes.append((fid, text))
        return (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                f'<w:footnoteReference w:id="{fid}"/></w:r>')

    # ---- bookmarks
    def bookmark(self, name, runs):
        self.bm_id += 1
        return (f'<w:bookmarkStart w:id="{self.bm_id}" w:name="{name}"/>{runs}'
                f'<w:bookmarkEnd w:id="{self.bm_id}"/>')

    # ---- header / footer parts
    def add_header(self, rid, xml_body, kind='header'):
        self.headers[rid] = (kind, xml_body)

    # ---- images
    def image(self, rid, name, data, cx_cm, cy_cm, descr):
        self.media[rid] = (name, data)
        self.img_id += 1
        cx, cy = int(cx_cm * 360000), int(cy_cm * 360000)
        return (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
                f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
                f'<wp:docPr id="{self.img_id}" name="Obraz {self.img_id}" descr="{esc(descr)}"/>'
                f'<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
                f'<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
                f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{self.img_id}" name="{esc(name)}" descr="{esc(descr)}"/><pic:cNvPicPr/></pic:nvPicPr>'
                f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
                f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
                f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
                f'</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')

    # ---- serialisation
    def _comments_xml(self):
        out = []
        for cid, text, author, initials, date in self.comments:
            out.append(f'<w:comment w:id="{cid}" w:author="{esc(author)}" w:date="{date}" w:initials="{initials}">'
                       f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
                       f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
                       f'{R(text)}</w:p></w:comment>')
        return f'<w:comments {W_NS}>{"".join(out)}</w:comments>'

    def _footnotes_xml(self):
        out = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        for fid, text in self.footnotes:
            out.append(f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                       f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                       f'{R(" " + text)}</w:p></w:footnote>')
        return f'<w:footnotes {W_NS}>{"".join(out)}</w:footnotes>'

    def _settings_xml(self):
        track = '<w:trackRevisions/>' if self.track else ''
        return (f'<w:settings {W_NS}><w:zoom w:percent="100"/>{track}'
                '<w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/>'
                '<w:characterSpacingControl w:val="doNotCompress"/>'
                '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                '<w:themeFontLang w:val="pl-PL"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>'
                '</w:settings>')

    def save(self, path, final_sect):
        parts = {}
        body = ''.join(self.body) + final_sect
        parts['word/document.xml'] = f'<w:document {W_NS}><w:body>{body}</w:body></w:document>'
        parts['word/styles.xml'] = self.styles_xml
        if self.numbering_xml:
            parts['word/numbering.xml'] = self.numbering_xml
        parts['word/settings.xml'] = self._settings_xml()
        parts['word/footnotes.xml'] = self._footnotes_xml()
        if self.comments:
            parts['word/comments.xml'] = self._comments_xml()
        for rid, (kind, xml) in self.headers.items():
            tag = 'w:hdr' if kind == 'header' else 'w:ftr'
            parts[f'word/{rid}.xml'] = f'<{tag} {W_NS}>{xml}</{tag}>'
        parts['word/fontTable.xml'] = (f'<w:fonts {W_NS}><w:font w:name="Arial"><w:panose1 w:val="020B0604020202020204"/>'
                                       '<w:charset w:val="EE"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
                                       '<w:font w:name="Times New Roman"><w:charset w:val="EE"/><w:family w:val="roman"/>'
                                       '<w:pitch w:val="variable"/></w:font></w:fonts>')
        # relationships
        rels = [('rIdStyles', 'styles', 'styles.xml'), ('rIdSettings', 'settings', 'settings.xml'),
                ('rIdFootnotes', 'footnotes', 'footnotes.xml'), ('rIdFonts', 'fontTable', 'fontTable.xml')]
        if self.numbering_xml:
            rels.append(('rIdNumbering', 'numbering', 'numbering.xml'))
        if self.comments:
            rels.append(('rIdComments', 'comments', 'comments.xml'))
        for rid, (kind, _) in self.headers.items():
            rels.append((rid, kind, f'{rid}.xml'))
        for rid, (name, _) in self.media.items():
            rels.append((rid, 'image', f'media/{name}'))
        base = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        parts['word/_rels/document.xml.rels'] = (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
            ''.join(f'<Relationship Id="{rid}" Type="{base}{t}" Target="{tg}"/>' for rid, t, tg in rels) +
            '</Relationships>')
        parts['_rels/.rels'] = (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{base}officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId3" Type="{base}extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
        parts['docProps/core.xml'] = (
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{esc(self.title)}</dc:title><dc:subject>{esc(self.subject)}</dc:subject>'
            f'<dc:creator>{esc(self.author)}</dc:creator><dc:language>pl-PL</dc:language>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{self.date}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{self.date}</dcterms:modified>'
            '</cp:coreProperties>')
        parts['docProps/app.xml'] = (
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            '<Application>Microsoft Office Word</Application></Properties>')
        ct = ['<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
              '<Default Extension="xml" ContentType="application/xml"/>',
              '<Default Extension="png" ContentType="image/png"/>']
        wml = 'application/vnd.openxmlformats-officedocument.wordprocessingml.'
        over = {'word/document.xml': 'document.main+xml', 'word/styles.xml': 'styles+xml',
                'word/settings.xml': 'settings+xml', 'word/footnotes.xml': 'footnotes+xml',
                'word/numbering.xml': 'numbering+xml', 'word/comments.xml': 'comments+xml',
                'word/fontTable.xml': 'fontTable+xml'}
        for p, t in over.items():
            if p in parts:
                ct.append(f'<Override PartName="/{p}" ContentType="{wml}{t}"/>')
        for rid, (kind, _) in self.headers.items():
            ct.append(f'<Override PartName="/word/{rid}.xml" ContentType="{wml}{kind}+xml"/>')
        ct.append('<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>')
        ct.append('<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>')
        parts['[Content_Types].xml'] = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                        + ''.join(ct) + '</Types>')
        order = ['[Content_Types].xml', '_rels/.rels'] + sorted(k for k in parts if k not in ('[Content_Types].xml', '_rels/.rels'))
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
            for name in order:
                data = parts[name]
                root = etree.fromstring(data.encode('utf-8'))   # well-formedness check
                blob = etree.tostring(root, xml_declaration=True, encoding='UTF-8', standalone=True)
                zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, blob)
            for rid, (name, data) in sorted(self.media.items()):
                zi = zipfile.ZipInfo(f'word/media/{name}', date_time=(2025, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data)


# ----------------------------------------------------------------- styles
def styles_xml(font='Arial', size=10.5, heading_numbering=None, heading_color='1F3864',
               h_sizes=(16, 13, 11.5), line=276):
    """heading_numbering: numId linked to Heading 1-3 (or None)."""
    hs = int(size * 2)

    def hstyle(lvl, sz, before, after, caps=False, color=heading_color, page_before=False):
        num = (f'<w:numPr><w:ilvl w:val="{lvl - 1}"/><w:numId w:val="{heading_numbering}"/></w:numPr>'
               if heading_numbering else '')
        pb = '<w:pageBreakBefore/>' if page_before else ''
        cp = '<w:caps/>' if caps else ''
        return (f'<w:style w:type="paragraph" w:styleId="Heading{lvl}"><w:name w:val="heading {lvl}"/>'
                f'<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
                f'<w:pPr><w:keepNext/><w:keepLines/>{pb}{num}<w:spacing w:before="{before}" w:after="{after}"/>'
                f'<w:jc w:val="left"/><w:outlineLvl w:val="{lvl - 1}"/></w:pPr>'
                f'<w:rPr><w:b/><w:bCs/>{cp}<w:color w:val="{color}"/><w:sz w:val="{int(sz * 2)}"/>'
                f'<w:szCs w:val="{int(sz * 2)}"/></w:rPr></w:style>')

    def pstyle(sid, name, ppr='', rp='', based='Normal', nxt=None, ui=None):
        n = f'<w:next w:val="{nxt}"/>' if nxt else ''
        return (f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
                f'<w:basedOn w:val="{based}"/>{n}<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rp}</w:rPr></w:style>')

    st = [
        f'<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>'
        f'<w:sz w:val="{hs}"/><w:szCs w:val="{hs}"/><w:lang w:val="pl-PL" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        f'<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="{line}" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>',
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:jc w:val="both"/></w:pPr></w:style>',
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>',
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
        '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '</w:tblBorders></w:tblPr></w:style>',
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:semiHidden/></w:style>',
        hstyle(1, h_sizes[0], 360, 200, caps=False, page_before=True),
        hstyle(2, h_sizes[1], 280, 120),
        hstyle(3, h_sizes[2], 220, 100),
        pstyle('Title', 'Title', '<w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/>',
               f'<w:b/><w:bCs/><w:color w:val="{heading_color}"/><w:sz w:val="44"/><w:szCs w:val="44"/>'),
        pstyle('Subtitle', 'Subtitle', '<w:spacing w:after="160"/><w:jc w:val="center"/>',
               '<w:color w:val="404040"/><w:sz w:val="28"/><w:szCs w:val="28"/>'),
        pstyle('TOCHeading', 'TOC Heading', '<w:keepNext/><w:spacing w:before="240" w:after="240"/>',
               f'<w:b/><w:bCs/><w:color w:val="{heading_color}"/><w:sz w:val="32"/><w:szCs w:val="32"/>'),
        pstyle('TOC1', 'toc 1', '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9628"/></w:tabs><w:spacing w:before="120" w:after="40"/><w:jc w:val="left"/>', '<w:b/><w:bCs/>', nxt='Normal'),
        pstyle('TOC2', 'toc 2', '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9628"/></w:tabs><w:spacing w:after="30"/><w:ind w:left="284"/><w:jc w:val="left"/>', '', nxt='Normal'),
        pstyle('TOC3', 'toc 3', '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9628"/></w:tabs><w:spacing w:after="20"/><w:ind w:left="567"/><w:jc w:val="left"/>', '<w:sz w:val="19"/><w:szCs w:val="19"/>', nxt='Normal'),
        pstyle('Caption', 'caption', '<w:keepNext/><w:spacing w:before="120" w:after="80"/><w:jc w:val="left"/>',
               '<w:b/><w:bCs/><w:color w:val="404040"/><w:sz w:val="18"/><w:szCs w:val="18"/>'),
        pstyle('Source', 'Źródło danych', '<w:spacing w:before="40" w:after="200"/><w:jc w:val="left"/>',
               '<w:i/><w:iCs/><w:color w:val="595959"/><w:sz w:val="16"/><w:szCs w:val="16"/>'),
        pstyle('TableText', 'Tekst tabeli', '<w:spacing w:before="30" w:after="30" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/>',
               '<w:sz w:val="18"/><w:szCs w:val="18"/>'),
        pstyle('FootnoteText', 'footnote text', '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
               '<w:sz w:val="16"/><w:szCs w:val="16"/>'),
        pstyle('CommentText', 'annotation text', '<w:spacing w:line="240" w:lineRule="auto"/>',
               '<w:sz w:val="20"/><w:szCs w:val="20"/>'),
        pstyle('ListParagraph', 'List Paragraph', '<w:spacing w:after="60"/><w:ind w:left="720"/><w:contextualSpacing/>'),
        pstyle('Header', 'header', '<w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>', '<w:sz w:val="16"/><w:szCs w:val="16"/>'),
        pstyle('Footer', 'footer', '<w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>', '<w:sz w:val="16"/><w:szCs w:val="16"/>'),
        '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
        '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>',
        '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>',
    ]
    return ('<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            + ''.join(st) + '</w:styles>')


def numbering_xml(heading_num_id=1, bullet_num_id=2, decimal_num_id=3):
    """Heading multilevel list (1. / 1.1. / 1.1.1.) linked to Heading1-3, plus a bullet and a decimal list."""
    lvls = []
    for k in range(9):
        text = '.'.join(f'%{j + 1}' for j in range(k + 1)) + '.'
        pstyle = f'<w:pStyle w:val="Heading{k + 1}"/>' if k < 3 else ''
        ind = [(0, 432), (0, 576), (0, 720)][k] if k < 3 else (0, 720 + 144 * k)
        lvls.append(f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>{pstyle}'
                    f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                    f'<w:pPr><w:ind w:left="{ind[1]}" w:hanging="{ind[1]}"/></w:pPr></w:lvl>')
    heading = (f'<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
               + ''.join(lvls) + '</w:abstractNum>')
    blv = []
    for k, ch in enumerate(['•', '–', '▪']):
        blv.append(f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="{ch}"/>'
                   f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{360 * (k + 1) + 357}" w:hanging="357"/></w:pPr></w:lvl>')
    bullet = ('<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
              + ''.join(blv) + '</w:abstractNum>')
    dec = ('<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="hybridMultilevel"/>'
           '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/>'
           '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="717" w:hanging="357"/></w:pPr></w:lvl></w:abstractNum>')
    nums = (f'<w:num w:numId="{heading_num_id}"><w:abstractNumId w:val="0"/></w:num>'
            f'<w:num w:numId="{bullet_num_id}"><w:abstractNumId w:val="1"/></w:num>'
            f'<w:num w:numId="{decimal_num_id}"><w:abstractNumId w:val="2"/></w:num>')
    return ('<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            + heading + bullet + dec + nums + '</w:numbering>')


def restart_num(num_id, abstract_id):
    """An extra w:num restarting a decimal list (appended into numbering xml by caller)."""
    return (f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
