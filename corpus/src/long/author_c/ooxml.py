"""Minimal hand-written WordprocessingML writer (author_c).

Produces a complete .docx package from XML strings: styles with optional
auto-numbered headings, footnotes, comments, tracked changes, fields,
tables with merged cells, sections (portrait / landscape), header/footer.
Everything is deterministic (fixed zip timestamps, fixed ids).
"""
import re
import zipfile
from xml.sax.saxutils import escape

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
      'mc:Ignorable="w14"')

PAGE_W, PAGE_H = 11906, 16838          # A4 twips
MARG = dict(top=1418, right=1304, bottom=1304, left=1418, header=567, footer=567)
TEXT_W = PAGE_W - MARG['left'] - MARG['right']        # 9184
TOC_TABS = (567, 1077, 1587)
TEXT_W_LAND = PAGE_H - MARG['top'] - MARG['bottom']   # landscape: swap; left/right=top/bottom


def esc(t):
    return escape(t, {'"': '&quot;'})


def rpr(b=False, i=False, sz=None, caps=False, color=None, style=None, u=False,
        font=None, mark=None):
    x = ''
    if mark:
        x += mark
    if style:
        x += '<w:rStyle w:val="%s"/>' % style
    if font:
        x += '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s"/>' % (font, font, font)
    if b:
        x += '<w:b/><w:bCs/>'
    if i:
        x += '<w:i/><w:iCs/>'
    if caps:
        x += '<w:caps/>'
    if color:
        x += '<w:color w:val="%s"/>' % color
    if sz:
        x += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (sz * 2, sz * 2)
    if u:
        x += '<w:u w:val="single"/>'
    return '<w:rPr>%s</w:rPr>' % x if x else ''


def run(text, deleted=False, **kw):
    tag = 'w:delText' if deleted else 'w:t'
    parts = text.split('\t')
    inner = []
    for k, p in enumerate(parts):
        if k:
            inner.append('<w:tab/>')
        if p:
            inner.append('<%s xml:space="preserve">%s</%s>' % (tag, esc(p), tag))
    return '<w:r>%s%s</w:r>' % (rpr(**kw), ''.join(inner))


def br_run(kind=None):
    if kind == 'page':
        return '<w:r><w:br w:type="page"/></w:r>'
    return '<w:r><w:br/></w:r>'


def field(instr, cached, **kw):
    """Complex field with a cached result."""
    rp = rpr(**kw)
    return ('<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r>%s<w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r>%s<w:t>%s</w:t></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>') % (
        rp, rp, esc(instr), rp, rp, esc(cached), rp)


def ppr(style=None, jc=None, keep_next=False, page_break=False, num=None,
        before=None, after=None, line=None, ind_left=None, ind_hanging=None,
        ind_first=None, border=False, shd=None, tabs=None, sect=None, mark_rpr='',
        keep_lines=False, outline=None):
    x = ''
    if style:
        x += '<w:pStyle w:val="%s"/>' % style
    if keep_next:
        x += '<w:keepNext/>'
    if keep_lines:
        x += '<w:keepLines/>'
    if page_break:
        x += '<w:pageBreakBefore/>'
    if num is not None:
        x += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (num[1], num[0])
    if border:
        x += ('<w:pBdr><w:top w:val="single" w:sz="8" w:space="4" w:color="%s"/>'
              '<w:left w:val="single" w:sz="8" w:space="4" w:color="%s"/>'
              '<w:bottom w:val="single" w:sz="8" w:space="4" w:color="%s"/>'
              '<w:right w:val="single" w:sz="8" w:space="4" w:color="%s"/></w:pBdr>') % ((border,) * 4)
    if shd:
        x += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shd
    if tabs:
        x += '<w:tabs>%s</w:tabs>' % ''.join(
            '<w:tab w:val="%s" w:leader="%s" w:pos="%d"/>' % t for t in tabs)
    if before is not None or after is not None or line is not None:
        a = ''
        if before is not None:
            a += ' w:before="%d"' % before
        if after is not None:
            a += ' w:after="%d"' % after
        if line is not None:
            a += ' w:line="%d" w:lineRule="auto"' % line
        x += '<w:spacing%s/>' % a
    if ind_left is not None or ind_hanging is not None or ind_first is not None:
        a = ''
        if ind_left is not None:
            a += ' w:left="%d"' % ind_left
        if ind_hanging is not None:
            a += ' w:hanging="%d"' % ind_hanging
        if ind_first is not None:
            a += ' w:firstLine="%d"' % ind_first
        x += '<w:ind%s/>' % a
    if jc:
        x += '<w:jc w:val="%s"/>' % jc
    if outline is not None:
        x += '<w:outlineLvl w:val="%d"/>' % outline
    if mark_rpr:
        x += '<w:rPr>%s</w:rPr>' % mark_rpr
    if sect:
        x += sect
    return '<w:pPr>%s</w:pPr>' % x if x else ''


def para(content, **kw):
    return '<w:p>%s%s</w:p>' % (ppr(**kw), content)


def sect_pr(header=None, footer=None, first_header=None, first_footer=None,
            landscape=False, title_pg=False, page_start=None, next_page=True):
    x = ''
    if header:
        x += '<w:headerReference w:type="default" r:id="%s"/>' % header
    if first_header:
        x += '<w:headerReference w:type="first" r:id="%s"/>' % first_header
    if footer:
        x += '<w:footerReference w:type="default" r:id="%s"/>' % footer
    if first_footer:
        x += '<w:footerReference w:type="first" r:id="%s"/>' % first_footer
    x += '<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
    x += '<w:type w:val="%s"/>' % ('nextPage' if next_page else 'continuous')
    if landscape:
        x += '<w:pgSz w:w="%d" w:h="%d" w:orient="landscape"/>' % (PAGE_H, PAGE_W)
        x += ('<w:pgMar w:top="%(left)d" w:right="%(top)d" w:bottom="%(right)d" '
              'w:left="%(bottom)d" w:header="%(header)d" w:footer="%(footer)d" w:gutter="0"/>') % MARG
    else:
        x += '<w:pgSz w:w="%d" w:h="%d"/>' % (PAGE_W, PAGE_H)
        x += ('<w:pgMar w:top="%(top)d" w:right="%(right)d" w:bottom="%(bottom)d" '
              'w:left="%(left)d" w:header="%(header)d" w:footer="%(footer)d" w:gutter="0"/>') % MARG
    if page_start:
        x += '<w:pgNumType w:start="%d"/>' % page_start
    x += '<w:cols w:space="708"/>'
    if title_pg:
        x += '<w:titlePg/>'
    x += '<w:docGrid w:linePitch="360"/>'
    return '<w:sectPr>%s</w:sectPr>' % x


# ---------------------------------------------------------------- tables
def cell(content, w, span=1, vm=None, shd=None, valign=None, paras=None, b=False,
         sz=None, jc=None, i=False):
    x = '<w:tcW w:w="%d" w:type="dxa"/>' % w
    if span > 1:
        x += '<w:gridSpan w:val="%d"/>' % span
    if vm == 'restart':
        x += '<w:vMerge w:val="restart"/>'
    elif vm == 'cont':
        x += '<w:vMerge/>'
    if shd:
        x += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shd
    if valign:
        x += '<w:vAlign w:val="%s"/>' % valign
    if paras is None:
        lines = content.split('\n') if content else ['']
        paras = ''.join(para(run(l, b=b, sz=sz, i=i) if l else '', style='TableText', jc=jc)
                        for l in lines)
    return '<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (x, paras)


def table(rows, widths, header_rows=1, header_fill='D9E2F3', sz=None, jc_cols=None,
          style='TableGrid'):
    """rows: list of lists; a cell is a str or a dict(t=, span=, vm=, shd=, b=, paras=)."""
    total = sum(widths)
    x = ('<w:tbl><w:tblPr><w:tblStyle w:val="%s"/><w:tblW w:w="%d" w:type="dxa"/>'
         '<w:tblLayout w:type="fixed"/>'
         '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
         'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>') % (style, total)
    x += ''.join('<w:gridCol w:w="%d"/>' % w for w in widths) + '</w:tblGrid>'
    for ri, row in enumerate(rows):
        hdr = ri < header_rows
        x += '<w:tr><w:trPr><w:cantSplit/>%s</w:trPr>' % ('<w:tblHeader/>' if hdr else '')
        ci = 0
        for c in row:
            if not isinstance(c, dict):
                c = dict(t=c)
            span = c.get('span', 1)
            w = sum(widths[ci:ci + span])
            jc = c.get('jc') or (jc_cols[ci] if jc_cols and not hdr else None)
            x += cell(c.get('t', ''), w, span=span, vm=c.get('vm'),
                      shd=c.get('shd', header_fill if hdr else None),
                      b=c.get('b', hdr), sz=c.get('sz', sz), paras=c.get('paras'),
                      jc=jc, valign=c.get('valign'), i=c.get('i', False))
            ci += span
        x += '</w:tr>'
    return x + '</w:tbl>'


# ---------------------------------------------------------------- document
class Doc:
    def __init__(self, lang='pl-PL'):
        self.body = []
        self.footnotes = []
        self.comments = []          # (id, author, initials, date, text)
        self.bm = 0
        self.rev = 900
        self.headers = {}           # name -> xml
        self.footers = {}

    # inline markup: **bold**, [[fn:footnote text]], [[c:Author|date|comment>>span]]
    INLINE = re.compile(r'(\*\*.+?\*\*|\[\[fn:.+?\]\]|\[\[c:.+?\]\]|__.+?__)')

    def inline(self, text, **kw):
        out = []
        for part in self.INLINE.split(text):
            if not part:
                continue
            if part.startswith('**'):
                k = dict(kw)
                k['b'] = True
                out.append(run(part[2:-2], **k))
            elif part.startswith('__'):
                k = dict(kw)
                k['i'] = True
                out.append(run(part[2:-2], **k))
            elif part.startswith('[[fn:'):
                out.append(self.footnote(part[5:-2]))
            elif part.startswith('[[c:'):
                meta, span = part[4:-2].split('>>', 1)
                author, date, ctext = meta.split('|', 2)
                out.append(self.comment(author, date, ctext, self.inline(span, **kw)))
            else:
                out.append(run(part, **kw))
        return ''.join(out)

    def footnote(self, text):
        fid = len(self.footnotes) + 1
        self.footnotes.append(text)
        return ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                '<w:footnoteReference w:id="%d"/></w:r>' % fid)

    def comment(self, author, date, text, span_xml):
        cid = len(self.comments)
        initials = ''.join(p[0] for p in author.split())
        self.comments.append((cid, author, initials, date, text))
        return ('<w:commentRangeStart w:id="%d"/>%s<w:commentRangeEnd w:id="%d"/>'
                '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                '<w:commentReference w:id="%d"/></w:r>') % (cid, span_xml, cid, cid)

    def next_rev(self):
        self.rev += 1
        return self.rev

    def ins(self, runs, author, date):
        return '<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>' % (
            self.next_rev(), esc(author), date, runs)

    def dele(self, runs, author, date):
        return '<w:del w:id="%d" w:author="%s" w:date="%s">%s</w:del>' % (
            self.next_rev(), esc(author), date, runs)

    def mark(self, kind, author, date):
        return '<w:%s w:id="%d" w:author="%s" w:date="%s"/>' % (
            kind, self.next_rev(), esc(author), date)

    def bookmark(self, content):
        self.bm += 1
        name = '_Toc19%06d' % (self.bm * 7 + 4211)
        return name, ('<w:bookmarkStart w:id="%d" w:name="%s"/>%s<w:bookmarkEnd w:id="%d"/>'
                      % (self.bm, name, content, self.bm))

    def add(self, xml):
        self.body.append(xml)

    def p(self, text, **kw):
        rk = {k: kw.pop(k) for k in list(kw) if k in ('b', 'i', 'sz', 'caps', 'color', 'font')}
        self.add(para(self.inline(text, **rk), **kw))

    # -------------------------------------------------------------- package
    def _comments_xml(self):
        x = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments %s>' % NS
        for cid, author, ini, date, text in self.comments:
            x += ('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s">'
                  '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
                  '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
                  '%s</w:p></w:comment>') % (cid, esc(author), date, esc(ini), run(text))
        return x + '</w:comments>'

    def _notes_xml(self, kind, notes):
        tag = 'footnote' if kind == 'footnotes' else 'endnote'
        x = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:%ss %s>' % (tag, NS)
        x += ('<w:%s w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
              'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:%s>') % (tag, tag)
        x += ('<w:%s w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
              'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
              '</w:%s>') % (tag, tag)
        for k, text in enumerate(notes, 1):
            x += ('<w:%s w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                  '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                  '%s%s</w:p></w:%s>') % (tag, k, run(' '), self.inline(text) if kind == 'footnotes'
                                          else run(text), tag)
        return x + '</w:%ss>' % tag

    def save(self, path, styles_xml, numbering_xml, settings_xml, final_sect,
             title='', author='', created='2025-01-01T08:00:00Z', modified='2025-01-01T08:00:00Z'):
        # footnotes may be created while building comments; build document first
        doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s%s'
               '</w:body></w:document>') % (NS, ''.join(self.body), final_sect)
        rels = [('rIdStyles', 'styles', 'styles.xml'),
                ('rIdSettings', 'settings', 'settings.xml'),
                ('rIdFont', 'fontTable', 'fontTable.xml'),
                ('rIdFoot', 'footnotes', 'footnotes.xml'),
                ('rIdEnd', 'endnotes', 'endnotes.xml')]
        if numbering_xml:
            rels.append(('rIdNum', 'numbering', 'numbering.xml'))
        if self.comments:
            rels.append(('rIdComments', 'comments', 'comments.xml'))
        for name in self.headers:
            rels.append((name, 'header', name + '.xml'))
        for name in self.footers:
            rels.append((name, 'footer', name + '.xml'))
        rel_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">')
        for rid, typ, target in rels:
            rel_xml += ('<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/'
                        '2006/relationships/%s" Target="%s"/>') % (rid, typ, target)
        rel_xml += '</Relationships>'
        ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>')
        wp = 'application/vnd.openxmlformats-officedocument.wordprocessingml.'
        parts = [('/word/document.xml', wp + 'document.main+xml'),
                 ('/word/styles.xml', wp + 'styles+xml'),
                 ('/word/settings.xml', wp + 'settings+xml'),
                 ('/word/fontTable.xml', wp + 'fontTable+xml'),
                 ('/word/footnotes.xml', wp + 'footnotes+xml'),
                 ('/word/endnotes.xml', wp + 'endnotes+xml'),
                 ('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'),
                 ('/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml')]
        if numbering_xml:
            parts.append(('/word/numbering.xml', wp + 'numbering+xml'))
        if self.comments:
            parts.append(('/word/comments.xml', wp + 'comments+xml'))
        for name in self.headers:
            parts.append(('/word/%s.xml' % name, wp + 'header+xml'))
        for name in self.footers:
            parts.append(('/word/%s.xml' % name, wp + 'footer+xml'))
        ct += ''.join('<Override PartName="%s" ContentType="%s"/>' % p for p in parts) + '</Types>'
        root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                     '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                     'relationships/officeDocument" Target="word/document.xml"/>'
                     '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
                     'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                     '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                     'relationships/extended-properties" Target="docProps/app.xml"/></Relationships>')
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
                '<cp:revision>14</cp:revision>'
                '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
                '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
                '</cp:coreProperties>') % (esc(title), esc(author), esc(author), created, modified)
        app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
               'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
               '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
               '<AppVersion>16.0000</AppVersion></Properties>')
        fonts = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts %s>'
                 '<w:font w:name="Calibri"><w:panose1 w:val="020F0502020204030204"/><w:charset w:val="EE"/>'
                 '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
                 '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/>'
                 '<w:charset w:val="EE"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
                 '<w:font w:name="Arial"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="EE"/>'
                 '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
                 '</w:fonts>') % NS
        files = [('[Content_Types].xml', ct), ('_rels/.rels', root_rels),
                 ('docProps/core.xml', core), ('docProps/app.xml', app),
                 ('word/document.xml', doc), ('word/_rels/document.xml.rels', rel_xml),
                 ('word/styles.xml', styles_xml), ('word/settings.xml', settings_xml),
                 ('word/fontTable.xml', fonts),
                 ('word/footnotes.xml', self._notes_xml('footnotes', self.footnotes)),
                 ('word/endnotes.xml', self._notes_xml('endnotes', []))]
        if numbering_xml:
            files.append(('word/numbering.xml', numbering_xml))
        if self.comments:
            files.append(('word/comments.xml', self._comments_xml()))
        for name, xml in self.headers.items():
            files.append(('word/%s.xml' % name, xml))
        for name, xml in self.footers.items():
            files.append(('word/%s.xml' % name, xml))
        # sanity: every part must be well-formed
        from lxml import etree
        for name, xml in files:
            etree.fromstring(xml.encode('utf-8'))
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
            for name, xml in files:
                zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, xml.encode('utf-8'))


def hdr_ftr(kind, paras_xml):
    tag = 'hdr' if kind == 'header' else 'ftr'
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:%s %s>%s</w:%s>'
            % (tag, NS, paras_xml, tag))


def settings(track=False, footnote_sep=True, even_odd=False):
    x = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings %s>'
         '<w:zoom w:percent="100"/>') % NS
    if track:
        x += '<w:trackRevisions/>'
    x += ('<w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/>'
          '<w:characterSpacingControl w:val="doNotCompress"/>'
          '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
          '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
          '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
          '</w:compat><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>')
    return x


def styles(font='Calibri', size=11, heading_num=None, head_color='1F3864', line=276, after=120,
           justify=True):
    """heading_num: numId linked to Heading1..3 (auto numbering) or None."""
    def hstyle(n, sz, before, aft, caps=False, color=head_color):
        num = ''
        if heading_num:
            num = '<w:numPr>%s<w:numId w:val="%d"/></w:numPr>' % (
                '' if n == 1 else '<w:ilvl w:val="%d"/>' % (n - 1), heading_num)
        return ('<w:style w:type="paragraph" w:styleId="Heading%d"><w:name w:val="heading %d"/>'
                '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
                '<w:pPr><w:keepNext/><w:keepLines/>%s<w:spacing w:before="%d" w:after="%d"/>'
                '<w:jc w:val="left"/><w:outlineLvl w:val="%d"/></w:pPr>'
                '<w:rPr><w:b/><w:bCs/>%s<w:color w:val="%s"/><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>'
                '</w:style>') % (n, n, num, before, aft, n - 1, '<w:caps/>' if caps else '',
                                 color, sz * 2, sz * 2)

    def toc(n):
        return ('<w:style w:type="paragraph" w:styleId="TOC%d"><w:name w:val="toc %d"/>'
                '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/>'
                '<w:pPr><w:tabs><w:tab w:val="left" w:pos="%d"/>'
                '<w:tab w:val="right" w:leader="dot" w:pos="%d"/></w:tabs>'
                '<w:spacing w:after="60"/><w:ind w:left="%d" w:hanging="%d"/>'
                '<w:jc w:val="left"/></w:pPr></w:style>') % (
            n, n, TOC_TABS[n - 1], TEXT_W - 10, TOC_TABS[n - 1], TOC_TABS[n - 1] - (n - 1) * 220)
    jc = '<w:jc w:val="both"/>' if justify else ''
    x = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles %s>'
         '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:cs="%s"/>'
         '<w:sz w:val="%d"/><w:szCs w:val="%d"/><w:lang w:val="pl-PL" w:eastAsia="en-US" w:bidi="ar-SA"/>'
         '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="%d" w:line="%d" w:lineRule="auto"/>'
         '</w:pPr></w:pPrDefault></w:docDefaults>'
         '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
         '<w:pPr>%s</w:pPr></w:style>'
         '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
         '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
         '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
         '<w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
         '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
         '</w:tblCellMar></w:tblPr></w:style>'
         '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
         '<w:semiHidden/></w:style>'
         ) % (NS, font, font, font, font, size * 2, size * 2, after, line, jc)
    x += hstyle(1, size + 5, 360, 160, caps=False)
    x += hstyle(2, size + 2, 240, 120)
    x += hstyle(3, size + 1, 200, 100, color='2F5496')
    x += ''.join(toc(n) for n in (1, 2, 3))
    x += ('<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/>'
          '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/>'
          '<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="240"/><w:jc w:val="left"/></w:pPr>'
          '<w:rPr><w:b/><w:color w:val="%s"/><w:sz w:val="32"/></w:rPr></w:style>') % head_color
    x += ('<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
          '<w:qFormat/><w:pPr><w:spacing w:after="240"/><w:jc w:val="center"/></w:pPr>'
          '<w:rPr><w:b/><w:color w:val="%s"/><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>') % head_color
    x += ('<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/>'
          '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="80"/>'
          '<w:jc w:val="left"/></w:pPr><w:rPr><w:b/><w:i/><w:iCs/><w:color w:val="44546A"/><w:sz w:val="19"/>'
          '<w:szCs w:val="19"/></w:rPr></w:style>')
    x += ('<w:style w:type="paragraph" w:styleId="Source"><w:name w:val="Zrodlo"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:spacing w:before="40" w:after="200"/><w:jc w:val="left"/></w:pPr>'
          '<w:rPr><w:i/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>')
    x += ('<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Tekst tabeli"/>'
          '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="20" w:after="20" w:line="240" '
          'w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>')
    x += ('<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
          '<w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:spacing w:after="60"/>'
          '<w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>')
    x += ('<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
          '<w:basedOn w:val="Normal"/><w:link w:val="FootnoteTextChar"/><w:pPr><w:spacing w:after="0" '
          'w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
          '<w:style w:type="character" w:styleId="FootnoteTextChar"><w:name w:val="Tekst przypisu Znak"/>'
          '<w:link w:val="FootnoteText"/><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
          '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
          '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>')
    x += ('<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
          '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr>'
          '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
          '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
          '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>')
    x += ('<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs>'
          '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr>'
          '<w:rPr><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs>'
          '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr>'
          '<w:rPr><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>')
    x += ('<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
          '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>')
    x += ('<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
          '<w:basedOn w:val="TableNormal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
          '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
          '<w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
          '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
          '<w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
          '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
          '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders>'
          '</w:tblPr></w:style>')
    x += '</w:styles>'
    return x


def numbering(abstracts, nums):
    """abstracts: list of xml for w:abstractNum (with ids); nums: list of (numId, abstractId)."""
    x = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering %s>' % NS
    x += ''.join(abstracts)
    x += ''.join('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % n for n in nums)
    return x + '</w:numbering>'


def lvl(ilvl, fmt, text, left, hanging, pstyle=None, bold=False, suff=None, font=None, start=1,
        color=None):
    r = ''
    if font:
        r += '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:hint="default"/>' % (font, font)
    if bold:
        r += '<w:b/><w:bCs/>'
    if color:
        r += '<w:color w:val="%s"/>' % color
    return ('<w:lvl w:ilvl="%d"><w:start w:val="%d"/><w:numFmt w:val="%s"/>%s%s<w:lvlText w:val="%s"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>%s</w:lvl>') % (
        ilvl, start, fmt, '<w:pStyle w:val="%s"/>' % pstyle if pstyle else '',
        '<w:suff w:val="%s"/>' % suff if suff else '', esc(text), left, hanging,
        '<w:rPr>%s</w:rPr>' % r if r else '')


def abstract(aid, levels, multi=True):
    return ('<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="%s"/>%s</w:abstractNum>'
            % (aid, 'multilevel' if multi else 'hybridMultilevel', ''.join(levels)))


def bullet_abstract(aid):
    return abstract(aid, [lvl(0, 'bullet', '\u2022', 720, 360, font='Symbol' if False else None),
                          lvl(1, 'bullet', 'o', 1440, 360, font='Courier New')], multi=False)
