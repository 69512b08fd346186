"""Minimal hand-written ODF (ODT) writer used by author_f's generators.

Writes content.xml / styles.xml / meta.xml / manifest.xml directly so that features
python-docx/odfpy make awkward (outline numbering, cached ToC, tracked changes,
annotations, placeholders, frames, landscape master pages) can be expressed exactly.
"""
import re
import zipfile
from xml.sax.saxutils import escape

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
    'office:version="1.3"'
)

ZIP_DATE = (2024, 11, 4, 9, 30, 0)


def esc(s):
    return escape(s)


# ---------------------------------------------------------------- inline markup
# **bold**, //italic//, [[fn:footnote text]]  (footnote text may contain **bold** only)
_INLINE = re.compile(r"(\*\*.+?\*\*|//.+?//|\[\[fn:.+?\]\])")


class Doc:
    def __init__(self, *, font="Liberation Sans", size="10.5pt", accent="#1F4E79",
                 header_text="", header_strip="#1F4E79", outline_numbered=True,
                 title="", creator="", created="", modified="", cycles=1):
        self.body = []
        self.auto_styles = []
        self.fn = 0
        self.font = font
        self.size = size
        self.accent = accent
        self.header_text = header_text
        self.header_strip = header_strip
        self.outline_numbered = outline_numbered
        self.images = {}
        self.tracked = []  # changed-region xml strings
        self.meta = dict(title=title, creator=creator, created=created,
                         modified=modified, cycles=cycles)
        self._tcount = 0
        self._fcount = 0
        self._ccount = 0
        self.headings = []  # (level, text) in order

    # ------------------------------------------------------------ inline
    def inline(self, s):
        out = []
        for part in _INLINE.split(s):
            if not part:
                continue
            if part.startswith("**") and part.endswith("**"):
                out.append('<text:span text:style-name="T_b">%s</text:span>' % esc(part[2:-2]))
            elif part.startswith("//") and part.endswith("//"):
                out.append('<text:span text:style-name="T_i">%s</text:span>' % esc(part[2:-2]))
            elif part.startswith("[[fn:"):
                out.append(self.footnote(part[5:-2]))
            else:
                out.append(esc(part))
        return "".join(out)

    def footnote(self, text):
        self.fn += 1
        n = self.fn
        return ('<text:note text:id="ftn%d" text:note-class="footnote">'
                '<text:note-citation>%d</text:note-citation><text:note-body>'
                '<text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
                % (n, n, self.inline(text)))

    # ------------------------------------------------------------ blocks
    def raw(self, xml):
        self.body.append(xml)

    def p(self, text="", style="Text_20_body", raw=False):
        content = text if raw else self.inline(text)
        self.body.append('<text:p text:style-name="%s">%s</text:p>' % (style, content))

    def h(self, text, level=1, style=None, raw_suffix="", unnumbered=False):
        style = style or "Heading_20_%d" % level
        self.headings.append((level, text, unnumbered))
        extra = ' text:is-list-header="true"' if unnumbered else ""
        self.body.append('<text:h text:style-name="%s" text:outline-level="%d"%s>%s%s</text:h>'
                         % (style, level, extra, esc(text), raw_suffix))

    def bullets(self, items, style="Text_20_body", liststyle="L_bullet"):
        xs = ['<text:list text:style-name="%s">' % liststyle]
        for it in items:
            xs.append('<text:list-item><text:p text:style-name="List_20_Paragraph">%s</text:p></text:list-item>'
                      % self.inline(it))
        xs.append('</text:list>')
        self.body.append("".join(xs))

    def numbered(self, items):
        self.bullets(items, liststyle="L_num")

    def page_break(self):
        self.body.append('<text:p text:style-name="P_break"/>')

    def caption(self, text):
        self.p(text, "Caption")

    # ------------------------------------------------------------ tables
    def table(self, rows, widths, *, header_rows=1, name=None, spans=None, shade=None,
              cell_style="Table_20_Contents", head_style="Table_20_Heading", raw_cells=False,
              fill_rows=None, small=False, keep_together=False):
        """rows: list of lists of str (or None for a covered cell).
        spans: dict {(r, c): ncols}. shade: set of row indexes to shade (besides header).
        fill_rows: dict {r: colour} explicit background."""
        self._tcount += 1
        tn = name or "Tabela%d" % self._tcount
        total = sum(widths)
        ts = "tbl%d" % self._tcount
        self.auto_styles.append(
            '<style:style style:name="%s" style:family="table"><style:table-properties '
            'style:width="%.2fcm" table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"%s/></style:style>'
            % (ts, total, ' style:may-break-between-rows="false"' if keep_together else ""))
        for i, w in enumerate(widths):
            self.auto_styles.append(
                '<style:style style:name="%s.c%d" style:family="table-column">'
                '<style:table-column-properties style:column-width="%.2fcm"/></style:style>' % (ts, i, w))
        spans = spans or {}
        shade = shade or set()
        fill_rows = fill_rows or {}
        xs = ['<table:table table:name="%s" table:style-name="%s">' % (tn, ts)]
        for i in range(len(widths)):
            xs.append('<table:table-column table:style-name="%s.c%d"/>' % (ts, i))
        for r, row in enumerate(rows):
            if r == 0 and header_rows:
                xs.append('<table:table-header-rows>')
            xs.append('<table:table-row table:style-name="row_keep">')
            for c, val in enumerate(row):
                if val is None:
                    xs.append('<table:covered-table-cell/>')
                    continue
                head = r < header_rows
                if r in fill_rows:
                    cs = self._cellstyle(fill_rows[r])
                elif head:
                    cs = self._cellstyle(self.accent_light())
                elif r in shade:
                    cs = self._cellstyle("#EDEDED")
                else:
                    cs = "cell_plain"
                span = spans.get((r, c))
                attr = ' table:number-columns-spanned="%d"' % span if span else ""
                ps = head_style if head else cell_style
                if small and not head:
                    ps = "Table_20_Small"
                if isinstance(val, (list, tuple)):
                    paras = val
                else:
                    paras = [val]
                inner = "".join(
                    '<text:p text:style-name="%s">%s</text:p>' % (ps, p if raw_cells else self.inline(p))
                    for p in paras)
                xs.append('<table:table-cell table:style-name="%s" office:value-type="string"%s>%s</table:table-cell>'
                          % (cs, attr, inner))
            xs.append('</table:table-row>')
            if header_rows and r == header_rows - 1:
                xs.append('</table:table-header-rows>')
        xs.append('</table:table>')
        self.body.append("".join(xs))

    def accent_light(self):
        return "#D9E2F3"

    _cellcache = None

    def _cellstyle(self, colour):
        if self._cellcache is None:
            self._cellcache = {}
        if colour not in self._cellcache:
            name = "cell_bg%d" % (len(self._cellcache) + 1)
            self._cellcache[colour] = name
            self.auto_styles.append(
                '<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties '
                'fo:background-color="%s" fo:padding="0.08cm" fo:border="0.5pt solid #7F7F7F"/></style:style>'
                % (name, colour))
        return self._cellcache[colour]

    # ------------------------------------------------------------ frames & images
    def frame(self, title, paras, width=16.0, bg="#F2F2F2", border="#7F7F7F"):
        self._fcount += 1
        fs = "frbox%d" % self._fcount
        self.auto_styles.append(
            '<style:style style:name="%s" style:family="graphic"><style:graphic-properties '
            'fo:margin-top="0.25cm" fo:margin-bottom="0.35cm" style:wrap="none" style:vertical-pos="top" '
            'style:vertical-rel="paragraph" style:horizontal-pos="center" style:horizontal-rel="paragraph" '
            'fo:background-color="%s" fo:padding="0.25cm" fo:border="1pt solid %s" draw:fill="solid" '
            'draw:fill-color="%s"/></style:style>' % (fs, bg, border, bg))
        inner = ['<text:p text:style-name="Frame_20_Title">%s</text:p>' % self.inline(title)]
        for p in paras:
            inner.append('<text:p text:style-name="Frame_20_contents">%s</text:p>' % self.inline(p))
        self.body.append(
            '<text:p text:style-name="Text_20_body"><draw:frame draw:style-name="%s" draw:name="Ramka%d" '
            'text:anchor-type="paragraph" svg:width="%.2fcm" draw:z-index="%d"><draw:text-box fo:min-height="1cm">'
            '%s</draw:text-box></draw:frame></text:p>' % (fs, self._fcount, width, self._fcount, "".join(inner)))

    def image(self, name, data, width_cm, height_cm):
        self.images[name] = data
        self._fcount += 1
        self.body.append(
            '<text:p text:style-name="P_center"><draw:frame draw:style-name="fr_img" draw:name="Obraz%d" '
            'text:anchor-type="as-char" svg:width="%.2fcm" svg:height="%.2fcm" draw:z-index="%d">'
            '<draw:image xlink:href="Pictures/%s" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/>'
            '</draw:frame></text:p>' % (self._fcount, width_cm, height_cm, self._fcount, name))

    # ------------------------------------------------------------ tracked changes / comments
    def ins_region(self, author, date):
        self._ccount += 1
        cid = "ct%d" % self._ccount
        self.tracked.append(
            '<text:changed-region xml:id="%s" text:id="%s"><text:insertion><office:change-info>'
            '<dc:creator>%s</dc:creator><dc:date>%s</dc:date></office:change-info></text:insertion>'
            '</text:changed-region>' % (cid, cid, esc(author), date))
        return cid

    def ins(self, author, date, inner_xml):
        cid = self.ins_region(author, date)
        return ('<text:change-start text:change-id="%s"/>%s<text:change-end text:change-id="%s"/>'
                % (cid, inner_xml, cid))

    def dele(self, author, date, deleted_paras_xml):
        """deleted_paras_xml: xml of <text:p> elements holding the deleted text."""
        self._ccount += 1
        cid = "ct%d" % self._ccount
        self.tracked.append(
            '<text:changed-region xml:id="%s" text:id="%s"><text:deletion><office:change-info>'
            '<dc:creator>%s</dc:creator><dc:date>%s</dc:date></office:change-info>%s</text:deletion>'
            '</text:changed-region>' % (cid, cid, esc(author), date, deleted_paras_xml))
        return '<text:change text:change-id="%s"/>' % cid

    @staticmethod
    def comment(author, date, text):
        return ('<office:annotation><dc:creator>%s</dc:creator><dc:date>%s</dc:date>'
                '<text:p text:style-name="P_comment">%s</text:p></office:annotation>'
                % (esc(author), date, esc(text)))

    @staticmethod
    def placeholder(text, descr="Wpisz tekst"):
        return ('<text:placeholder text:placeholder-type="text" text:description="%s">%s</text:placeholder>'
                % (esc(descr), esc(text)))

    # ------------------------------------------------------------ ToC (cached)
    def toc(self, entries, title="Spis treści"):
        """entries: list of (level, text, page) – cached index body as last refreshed."""
        tmpl = []
        for lvl in (1, 2):
            tmpl.append(
                '<text:table-of-content-entry-template text:outline-level="%d" text:style-name="Contents_20_%d">'
                '<text:index-entry-link-start text:style-name="Index_20_Link"/><text:index-entry-chapter/>'
                '<text:index-entry-text/><text:index-entry-tab-stop style:type="right" style:leader-char="."/>'
                '<text:index-entry-page-number/><text:index-entry-link-end text:style-name="Index_20_Link"/>'
                '</text:table-of-content-entry-template>' % (lvl, lvl))
        body = ['<text:index-title text:style-name="Sect_toc" text:name="Spis treści1_Head">'
                '<text:p text:style-name="Contents_20_Heading">%s</text:p></text:index-title>' % esc(title)]
        for lvl, text, page in entries:
            body.append('<text:p text:style-name="Contents_20_%d">%s<text:tab/>%s</text:p>'
                        % (lvl, esc(text), page))
        self.auto_styles.append(
            '<style:style style:name="Sect_toc" style:family="section"><style:section-properties '
            'style:editable="false"><style:columns fo:column-count="1" fo:column-gap="0cm"/>'
            '</style:section-properties></style:style>')
        self.body.append(
            '<text:table-of-content text:style-name="Sect_toc" text:protected="true" text:name="Spis treści1">'
            '<text:table-of-content-source text:outline-level="2"><text:index-title-template '
            'text:style-name="Contents_20_Heading">%s</text:index-title-template>%s</text:table-of-content-source>'
            '<text:index-body>%s</text:index-body></text:table-of-content>'
            % (esc(title), "".join(tmpl), "".join(body)))

    # ------------------------------------------------------------ output
    def _styles_xml(self, landscape=True):
        acc = self.accent
        if self.outline_numbered:
            lv = []
            for i in range(1, 11):
                fmt = 'style:num-format="1" style:num-suffix="." text:display-levels="%d"' % min(i, 3) if i <= 3 \
                    else 'style:num-format=""'
                lv.append(
                    '<text:outline-level-style text:level="%d" %s><style:list-level-properties '
                    'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment '
                    'text:label-followed-by="listtab" text:list-tab-stop-position="%.2fcm" fo:text-indent="-%.2fcm" '
                    'fo:margin-left="%.2fcm"/></style:list-level-properties></text:outline-level-style>'
                    % (i, fmt, 0.9 + 0.3 * min(i, 3), 0.9 + 0.3 * min(i, 3), 0.9 + 0.3 * min(i, 3)))
        else:
            lv = ['<text:outline-level-style text:level="%d" style:num-format=""><style:list-level-properties '
                  'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment '
                  'text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="0cm"/>'
                  '</style:list-level-properties></text:outline-level-style>' % i for i in range(1, 11)]
        outline = '<text:outline-style style:name="Outline">%s</text:outline-style>' % "".join(lv)

        hdr = ('<style:header><text:p text:style-name="Header_20_strip">%s</text:p></style:header>'
               % esc(self.header_text))
        ftr = ('<style:footer><text:p text:style-name="Footer">Strona <text:page-number text:select-page="current">1'
               '</text:page-number> z <text:page-count>1</text:page-count></text:p></style:footer>')
        return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}>
<office:font-face-decls>
<style:font-face style:name="{self.font}" svg:font-family="'{self.font}'" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="page"/>
<style:text-properties style:font-name="{self.font}" fo:font-size="{self.size}" fo:language="pl" fo:country="PL" fo:hyphenate="false"/></style:default-style>
<style:default-style style:family="table"><style:table-properties table:border-model="collapsing"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.22cm" fo:line-height="118%" fo:text-align="justify" fo:orphans="2" fo:widows="2"/></style:style>
<style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list">
<style:paragraph-properties fo:margin-bottom="0.1cm" fo:text-align="justify"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
<style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/>
<style:text-properties fo:color="{acc}" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text">
<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.35cm" fo:break-before="page" fo:padding-bottom="0.1cm" fo:border-bottom="1.5pt solid {acc}"/>
<style:text-properties fo:font-size="16pt" fo:text-transform="uppercase"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">
<style:text-properties fo:font-size="13pt"/></style:style>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="3" style:class="text">
<style:text-properties fo:font-size="11.5pt" fo:color="#404040"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
<style:paragraph-properties fo:text-align="center" fo:margin-top="0.4cm" fo:margin-bottom="0.4cm"/>
<style:text-properties fo:font-size="24pt" fo:font-weight="bold" fo:color="{acc}"/></style:style>
<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
<style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/>
<style:text-properties fo:font-size="14pt" fo:color="#404040"/></style:style>
<style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
<style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.12cm" fo:keep-with-next="always"/>
<style:text-properties fo:font-size="9pt" fo:font-style="italic" fo:font-weight="bold"/></style:style>
<style:style style:name="Source" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.3cm"/>
<style:text-properties fo:font-size="8.5pt" fo:font-style="italic"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
<style:paragraph-properties fo:margin-bottom="0.05cm"/><style:text-properties fo:font-size="9.5pt"/></style:style>
<style:style style:name="Table_20_Small" style:display-name="Table Small" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
<style:paragraph-properties fo:margin-bottom="0.03cm"/><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
<style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
<style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm"/><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="Header_20_strip" style:display-name="Header strip" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
<style:paragraph-properties fo:background-color="{self.header_strip}" fo:padding="0.1cm" fo:text-align="end"/>
<style:text-properties fo:font-size="8.5pt" fo:font-weight="bold" fo:color="#FFFFFF"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
<style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8.5pt" fo:color="#595959"/></style:style>
<style:style style:name="Frame_20_contents" style:display-name="Frame contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
<style:paragraph-properties fo:margin-bottom="0.12cm" fo:text-align="justify"/><style:text-properties fo:font-size="9.5pt"/></style:style>
<style:style style:name="Frame_20_Title" style:display-name="Frame Title" style:family="paragraph" style:parent-style-name="Frame_20_contents" style:class="extra">
<style:text-properties fo:font-weight="bold" fo:color="{acc}"/></style:style>
<style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
<style:paragraph-properties fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold" fo:color="{acc}"/></style:style>
<style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
<style:paragraph-properties fo:margin-top="0.15cm" fo:margin-bottom="0.05cm"><style:tab-stops><style:tab-stop style:position="17cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties>
<style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
<style:paragraph-properties fo:margin-left="0.6cm" fo:margin-bottom="0.05cm"><style:tab-stops><style:tab-stop style:position="16.4cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Index_20_Link" style:display-name="Index Link" style:family="text"/>
<style:style style:name="T_b" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="T_i" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="P_comment" style:family="paragraph" style:parent-style-name="Standard"/>
{outline}
<text:list-style style:name="L_bullet">
<text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.5cm" fo:margin-left="0.9cm"/></style:list-level-properties></text:list-level-style-bullet>
</text:list-style>
<text:list-style style:name="L_num">
<text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.5cm" fo:margin-left="0.9cm"/></style:list-level-properties></text:list-level-style-number>
</text:list-style>
<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm_portrait"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"><style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm" style:line-style="solid" style:adjustment="left" style:rel-width="25%" style:color="#000000"/></style:page-layout-properties>
<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
<style:page-layout style:name="pm_landscape"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
<style:page-layout style:name="pm_first"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pm_portrait">{hdr}{ftr}</style:master-page>
<style:master-page style:name="Landscape" style:page-layout-name="pm_landscape">{hdr}{ftr}</style:master-page>
<style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="pm_first" style:next-style-name="Standard"/>
</office:master-styles>
</office:document-styles>'''

    def _content_xml(self):
        auto = [
            '<style:style style:name="P_first" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="First_20_Page"/>',
            '<style:style style:name="P_break" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>',
            '<style:style style:name="P_land" style:family="paragraph" style:parent-style-name="Caption" style:master-page-name="Landscape"/>',
            '<style:style style:name="P_land_h" style:family="paragraph" style:parent-style-name="Heading_20_2" style:master-page-name="Landscape"/>',
            '<style:style style:name="P_port" style:family="paragraph" style:parent-style-name="Heading_20_2" style:master-page-name="Standard"/>',
            '<style:style style:name="P_port_body" style:family="paragraph" style:parent-style-name="Text_20_body" style:master-page-name="Standard"/>',
            '<style:style style:name="P_center" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.1cm"/></style:style>',
            '<style:style style:name="P_cover_small" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="11pt" fo:color="#404040"/></style:style>',
            '<style:style style:name="P_cover_strip" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:background-color="%s" fo:padding="0.35cm" fo:margin-bottom="2.5cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#FFFFFF"/></style:style>' % self.header_strip,
            '<style:style style:name="P_spacer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="3.5cm"/></style:style>',
            '<style:style style:name="P_boldlead" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-top="0.3cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:color="%s"/></style:style>' % self.accent,
            '<style:style style:name="P_caps" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-top="0.35cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:text-transform="uppercase"/></style:style>',
            '<style:style style:name="row_keep" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>',
            '<style:style style:name="cell_plain" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #7F7F7F"/></style:style>',
            '<style:style style:name="fr_img" style:family="graphic"><style:graphic-properties style:vertical-pos="top" style:vertical-rel="baseline" style:horizontal-pos="center" style:horizontal-rel="paragraph"/></style:style>',
        ]
        tc = ""
        if self.tracked:
            tc = '<text:tracked-changes text:track-changes="false">%s</text:tracked-changes>' % "".join(self.tracked)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
                '<office:font-face-decls><style:font-face style:name="%s" svg:font-family="\'%s\'" '
                'style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>'
                '<office:automatic-styles>%s</office:automatic-styles><office:body><office:text>%s%s'
                '</office:text></office:body></office:document-content>'
                % (NS, self.font, self.font, "".join(auto + self.auto_styles), tc, "".join(self.body)))

    def _meta_xml(self):
        m = self.meta
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s><office:meta>'
                '<meta:generator>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2</meta:generator>'
                '<dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator><dc:creator>%s</dc:creator>'
                '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date><dc:language>pl-PL</dc:language>'
                '<meta:editing-cycles>%d</meta:editing-cycles></office:meta></office:document-meta>'
                % (NS, esc(m["title"]), esc(m["creator"]), esc(m["creator"]), m["created"], m["modified"],
                   m["cycles"]))

    def save(self, path):
        manifest = ['<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">',
                    '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
                    'manifest:media-type="application/vnd.oasis.opendocument.text"/>']
        for f in ("content.xml", "styles.xml", "meta.xml"):
            manifest.append('<manifest:file-entry manifest:full-path="%s" manifest:media-type="text/xml"/>' % f)
        for n in sorted(self.images):
            manifest.append('<manifest:file-entry manifest:full-path="Pictures/%s" manifest:media-type="image/png"/>' % n)
        manifest.append('</manifest:manifest>')
        files = [("mimetype", b"application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
                 ("content.xml", self._content_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
                 ("styles.xml", self._styles_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
                 ("meta.xml", self._meta_xml().encode("utf-8"), zipfile.ZIP_DEFLATED)]
        for n in sorted(self.images):
            files.append(("Pictures/" + n, self.images[n], zipfile.ZIP_STORED))
        files.append(("META-INF/manifest.xml", "".join(manifest).encode("utf-8"), zipfile.ZIP_DEFLATED))
        with zipfile.ZipFile(path, "w") as z:
            for name, data, comp in files:
                zi = zipfile.ZipInfo(name, ZIP_DATE)
                zi.compress_type = comp
                zi.external_attr = 0o644 << 16
                z.writestr(zi, data)
