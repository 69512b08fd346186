"""Minimal hand-written ODF (ODT) writer used by author_k's generators.

Builds content.xml / styles.xml as strings so that features python libraries
lack (outline numbering, cached ToC, tracked changes, annotations, frames,
column sections, landscape master pages, header strip table) can be used.
"""
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


def e(s):
    return escape(s, {'"': "&quot;"})


def rich(s):
    """Inline markup: **bold**, //italic//. Text is escaped."""
    out, i, bold, ital = [], 0, False, False
    buf = ""
    while i < len(s):
        if s.startswith("**", i):
            out.append(e(buf)); buf = ""
            out.append('</text:span>' if bold else '<text:span text:style-name="Tb">')
            bold = not bold; i += 2; continue
        if s.startswith("//", i) and not s[max(0, i - 5):i].endswith(("http:", "https:")):
            out.append(e(buf)); buf = ""
            out.append('</text:span>' if ital else '<text:span text:style-name="Ti">')
            ital = not ital; i += 2; continue
        buf += s[i]; i += 1
    out.append(e(buf))
    return "".join(out)


FONT_DECLS = """<office:font-face-decls>
<style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
<style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
<style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>"""


def _outline(numbered):
    lv = []
    for n in range(1, 11):
        if numbered and n <= 3:
            fmt = 'style:num-format="1" style:num-suffix="." text:display-levels="%d"' % n
            ind = [0.76, 1.02, 1.27][n - 1]
        else:
            fmt = 'style:num-format=""'
            ind = 0
        lv.append(
            '<text:outline-level-style text:level="%d" %s><style:list-level-properties '
            'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment '
            'text:label-followed-by="%s" text:list-tab-stop-position="%.2fcm" fo:text-indent="-%.2fcm" '
            'fo:margin-left="%.2fcm"/></style:list-level-properties></text:outline-level-style>'
            % (n, fmt, "listtab" if ind else "nothing", ind, ind, ind))
    return '<text:outline-style style:name="Outline">%s</text:outline-style>' % "".join(lv)


def _list_styles(accent):
    num = ('<text:list-style style:name="LNum">' + "".join(
        '<text:list-level-style-number text:level="%d" style:num-suffix="." style:num-format="1">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="%.2fcm" '
        'fo:text-indent="-0.6cm" fo:margin-left="%.2fcm"/></style:list-level-properties></text:list-level-style-number>'
        % (l, 0.6 * l, 0.6 * l) for l in (1, 2)) + '</text:list-style>')
    let = ('<text:list-style style:name="LLet"><text:list-level-style-number text:level="1" style:num-suffix=")" '
           'style:num-format="a"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
           '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" '
           'fo:text-indent="-0.6cm" fo:margin-left="0.6cm"/></style:list-level-properties></text:list-level-style-number>'
           '</text:list-style>')
    bul = ('<text:list-style style:name="LBul">' + "".join(
        '<text:list-level-style-bullet text:level="%d" text:bullet-char="%s">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="%.2fcm" '
        'fo:text-indent="-0.5cm" fo:margin-left="%.2fcm"/></style:list-level-properties>'
        '<style:text-properties fo:font-family="DejaVu Sans"/></text:list-level-style-bullet>'
        % (l, c, 0.5 * l + 0.1, 0.5 * l + 0.1) for l, c in ((1, "•"), (2, "–"))) + '</text:list-style>')
    return num + let + bul


class Doc:
    def __init__(self, *, font="Liberation Serif", hfont="Liberation Sans", size="11pt", accent="#1f4e79",
                 numbered_headings=False, header_cells=("", "", ""), footer_left="", margins=(2.0, 2.0, 2.3, 2.0),
                 title="", creator="", date="2025-03-01T10:00:00", h1_break=False):
        self.font, self.hfont, self.size, self.accent = font, hfont, size, accent
        self.numbered = numbered_headings
        self.h1_break = h1_break
        self.header_cells, self.footer_left, self.margins = header_cells, footer_left, margins
        self.title, self.creator, self.date = title, creator, date
        self.body = []
        self.auto = {}
        self.changes = []
        self.nnote = 0
        self.ntab = 0
        self.nframe = 0
        self.headings = []  # (level, text) for ToC

    # ---------------- automatic styles ----------------
    def astyle(self, name, xml):
        self.auto[name] = xml
        return name

    def pstyle_master(self, parent, master):
        name = "%s_M_%s" % (parent, master)
        return self.astyle(name, '<style:style style:name="%s" style:family="paragraph" style:parent-style-name="%s" '
                                 'style:master-page-name="%s"/>' % (name, parent, master))

    # ---------------- block elements ----------------
    def raw(self, xml):
        self.body.append(xml)

    def p(self, text, style="Text_20_body", master=None, notes=None):
        if master:
            style = self.pstyle_master(style, master)
        x = rich(text)
        if notes:
            for n in notes:
                x += self.note_xml(n)
        self.body.append('<text:p text:style-name="%s">%s</text:p>' % (style, x))

    def pxml(self, inner, style="Text_20_body", master=None):
        if master:
            style = self.pstyle_master(style, master)
        self.body.append('<text:p text:style-name="%s">%s</text:p>' % (style, inner))

    def note_xml(self, text):
        self.nnote += 1
        return ('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation>'
                '<text:note-body><text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
                % (self.nnote, self.nnote, rich(text)))

    def h(self, level, text, master=None, toc=True, unnumbered=False, inner=None):
        style = "Heading_20_%d" % level
        if master:
            style = self.pstyle_master(style, master)
        attr = ' text:is-list-header="true"' if unnumbered else ''
        self.body.append('<text:h text:style-name="%s" text:outline-level="%d"%s>%s</text:h>'
                         % (style, level, attr, inner if inner is not None else e(text)))
        if toc:
            self.headings.append((level, text, unnumbered))

    def page_break(self):
        self.body.append('<text:p text:style-name="PageBreak"/>')

    def bullets(self, items, style="LBul", pstyle="List_20_Contents"):
        self.body.append(self.list_xml(items, style, pstyle))

    def list_xml(self, items, style="LBul", pstyle="List_20_Contents", start=None):
        out = ['<text:list text:style-name="%s">' % style]
        for i, it in enumerate(items):
            sv = ' text:start-value="%d"' % start if (start is not None and i == 0) else ''
            if isinstance(it, tuple):
                txt, sub = it
                out.append('<text:list-item%s><text:p text:style-name="%s">%s</text:p>%s</text:list-item>'
                           % (sv, pstyle, rich(txt), self.list_xml(sub, style, pstyle)))
            else:
                out.append('<text:list-item%s><text:p text:style-name="%s">%s</text:p></text:list-item>'
                           % (sv, pstyle, rich(it)))
        out.append('</text:list>')
        return "".join(out)

    def caption(self, text):
        self.p(text, "Caption")

    def table(self, rows, widths, header_rows=1, width_cm=16.7, font_small=True, shade=None, repeat_header=True,
              keep=False):
        """rows: list of rows; a cell is a str, or dict(t=str|None, span=n, xml=raw, bg=colour, bold=bool)."""
        self.ntab += 1
        tn = "Tab%d" % self.ntab
        self.astyle(tn, '<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.2fcm" '
                        'table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"%s/></style:style>'
                    % (tn, width_cm, ' fo:keep-with-next="always"' if keep else ''))
        tot = float(sum(widths))
        cols = []
        for i, w in enumerate(widths):
            cn = "%s.C%d" % (tn, i)
            self.astyle(cn, '<style:style style:name="%s" style:family="table-column"><style:table-column-properties '
                            'style:column-width="%.3fcm" style:rel-column-width="%d*"/></style:style>'
                        % (cn, width_cm * w / tot, int(w * 1000)))
            cols.append('<table:table-column table:style-name="%s"/>' % cn)
        ps = "Table_20_Contents_20_Small" if font_small else "Table_20_Contents"
        out = ['<table:table table:name="Tabela%d" table:style-name="%s">' % (self.ntab, tn), "".join(cols)]
        for ri, row in enumerate(rows):
            is_head = ri < header_rows
            if ri == 0 and header_rows and repeat_header:
                out.append('<table:table-header-rows>')
            out.append('<table:table-row>')
            ncols = 0
            for c in row:
                if not isinstance(c, dict):
                    c = {"t": c}
                span = c.get("span", 1)
                bg = c.get("bg") or (shade if is_head else None)
                cs = "CellH" if (is_head or bg) else "Cell"
                if bg:
                    cs = self.astyle("CellBg" + bg.strip("#"),
                                     '<style:style style:name="CellBg%s" style:family="table-cell"><style:table-cell-properties '
                                     'fo:padding="0.08cm" fo:border="0.5pt solid #7f7f7f" fo:background-color="%s"/></style:style>'
                                     % (bg.strip("#"), bg))
                sp = ' table:number-columns-spanned="%d"' % span if span > 1 else ''
                if c.get("xml") is not None:
                    inner = c["xml"]
                else:
                    t = c.get("t") or ""
                    pst = ("Table_20_Heading" if (is_head or c.get("bold")) else ps)
                    inner = "".join('<text:p text:style-name="%s">%s</text:p>' % (pst, rich(line))
                                    for line in t.split("\n"))
                out.append('<table:table-cell table:style-name="%s" office:value-type="string"%s>%s</table:table-cell>'
                           % (cs, sp, inner))
                out.extend(['<table:covered-table-cell/>'] * (span - 1))
                ncols += span
            assert ncols == len(widths), (row, ncols, len(widths))
            out.append('</table:table-row>')
            if ri == header_rows - 1 and header_rows and repeat_header:
                out.append('</table:table-header-rows>')
        out.append('</table:table>')
        self.body.append("".join(out))

    def frame(self, title, paras, width_cm=16.2, bg="#eef3f8"):
        self.nframe += 1
        fs = self.astyle("fr_%s" % bg.strip("#"),
                         '<style:style style:name="fr_%s" style:family="graphic" style:parent-style-name="Frame">'
                         '<style:graphic-properties style:wrap="none" style:vertical-pos="top" style:vertical-rel="paragraph" '
                         'style:horizontal-pos="center" style:horizontal-rel="paragraph" fo:background-color="%s" '
                         'fo:border="0.06pt solid %s" fo:padding="0.25cm" style:run-through="foreground" '
                         'fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/></style:style>' % (bg.strip("#"), bg, self.accent))
        inner = '<text:p text:style-name="FrameTitle">%s</text:p>' % rich(title)
        inner += "".join('<text:p text:style-name="FrameText">%s</text:p>' % rich(x) for x in paras)
        self.body.append('<text:p text:style-name="Standard"><draw:frame draw:style-name="%s" draw:name="Ramka%d" '
                         'text:anchor-type="paragraph" svg:width="%.2fcm" draw:z-index="%d"><draw:text-box fo:min-height="1cm">'
                         '%s</draw:text-box></draw:frame></text:p>' % (fs, self.nframe, width_cm, self.nframe, inner))

    def section_start(self, name, columns=2):
        sn = self.astyle("Sect%dcol" % columns,
                         '<style:style style:name="Sect%dcol" style:family="section"><style:section-properties '
                         'text:dont-balance-text-columns="false" style:editable="false"><style:columns fo:column-count="%d" '
                         'fo:column-gap="0.7cm"><style:column-sep style:width="0.02cm" style:color="#9f9f9f" style:height="100%%" '
                         'style:vertical-align="top"/></style:columns></style:section-properties></style:style>'
                         % (columns, columns))
        self.body.append('<text:section text:style-name="%s" text:name="%s">' % (sn, e(name)))

    def section_end(self):
        self.body.append('</text:section>')

    # ---------------- tracked changes / comments ----------------
    def change_ins(self, author, date):
        cid = "ct%d" % (len(self.changes) + 1)
        self.changes.append('<text:changed-region xml:id="%s" text:id="%s"><text:insertion><office:change-info>'
                            '<dc:creator>%s</dc:creator><dc:date>%s</dc:date></office:change-info></text:insertion>'
                            '</text:changed-region>' % (cid, cid, e(author), date))
        return cid

    def change_del(self, author, date, deleted_xml):
        cid = "ct%d" % (len(self.changes) + 1)
        self.changes.append('<text:changed-region xml:id="%s" text:id="%s"><text:deletion><office:change-info>'
                            '<dc:creator>%s</dc:creator><dc:date>%s</dc:date></office:change-info>%s</text:deletion>'
                            '</text:changed-region>' % (cid, cid, e(author), date, deleted_xml))
        return cid

    def ins_inline(self, text, author, date):
        cid = self.change_ins(author, date)
        return '<text:change-start text:change-id="%s"/>%s<text:change-end text:change-id="%s"/>' % (cid, rich(text), cid)

    def del_inline(self, text, author, date):
        cid = self.change_del(author, date, '<text:p>%s</text:p>' % rich(text))
        return '<text:change text:change-id="%s"/>' % cid

    @staticmethod
    def comment(text, author, date):
        return ('<office:annotation><dc:creator>%s</dc:creator><dc:date>%s</dc:date>'
                '<text:p text:style-name="Standard">%s</text:p></office:annotation>' % (e(author), date, rich(text)))

    # ---------------- ToC ----------------
    def toc(self, entries, title="Spis treści"):
        """entries: list of (level, text, page)."""
        tmpl = "".join(
            '<text:table-of-content-entry-template text:outline-level="%d" text:style-name="Contents_20_%d">'
            '<text:index-entry-link-start text:style-name="Index_20_Link"/><text:index-entry-chapter/>'
            '<text:index-entry-text/><text:index-entry-tab-stop style:type="right" style:leader-char="."/>'
            '<text:index-entry-page-number/><text:index-entry-link-end text:style-name="Index_20_Link"/>'
            '</text:table-of-content-entry-template>' % (l, l) for l in (1, 2, 3))
        body = "".join('<text:p text:style-name="Contents_20_%d">%s<text:tab/>%s</text:p>' % (l, e(t), pg)
                       for l, t, pg in entries)
        self.astyle("SectToc", '<style:style style:name="SectToc" style:family="section"><style:section-properties '
                               'style:editable="false"><style:columns fo:column-count="1" fo:column-gap="0cm"/>'
                               '</style:section-properties></style:style>')
        self.body.append(
            '<text:table-of-content text:style-name="SectToc" text:protected="true" text:name="Spis treści1">'
            '<text:table-of-content-source text:outline-level="3"><text:index-title-template '
            'text:style-name="Contents_20_Heading">%s</text:index-title-template>%s</text:table-of-content-source>'
            '<text:index-body><text:index-title text:style-name="SectToc" text:name="Spis treści1_Head">'
            '<text:p text:style-name="Contents_20_Heading">%s</text:p></text:index-title>%s</text:index-body>'
            '</text:table-of-content>' % (e(title), tmpl, e(title), body))

    # ---------------- output ----------------
    def styles_xml(self):
        f, hf, sz, ac = self.font, self.hfont, self.size, self.accent
        mt, mb, ml, mr = self.margins
        brk = ' fo:break-before="page"' if self.h1_break else ''
        common = f"""
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="page"/>
<style:text-properties style:font-name="{f}" fo:font-size="{sz}" fo:language="pl" fo:country="PL" fo:hyphenate="false" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/></style:default-style>
<style:default-style style:family="table"><style:table-properties table:border-model="collapsing"/></style:default-style>
<style:default-style style:family="graphic"><style:graphic-properties draw:shadow="hidden"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.21cm" fo:line-height="118%" fo:text-align="justify" fo:orphans="2" fo:widows="2"/></style:style>
<style:style style:name="Lead" style:family="paragraph" style:parent-style-name="Text_20_body"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
<style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/>
<style:text-properties style:font-name="{hf}" fo:font-weight="bold" fo:color="{ac}"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:list-style-name="" style:class="text">
<style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.3cm" fo:border-bottom="1.2pt solid {ac}" fo:padding-bottom="0.08cm"{brk}/>
<style:text-properties fo:font-size="16pt" fo:text-transform="uppercase"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:list-style-name="" style:class="text">
<style:text-properties fo:font-size="13pt"/></style:style>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="3" style:list-style-name="" style:class="text">
<style:text-properties fo:font-size="11.5pt" fo:font-style="italic"/></style:style>
<style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
<style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="9.5pt" fo:font-weight="bold" style:font-name="{hf}"/></style:style>
<style:style style:name="Source" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="8.5pt" fo:font-style="italic"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
<style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="Table_20_Contents_20_Small" style:display-name="Table Contents Small" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
<style:text-properties style:font-name="{hf}" fo:font-size="8.5pt"/></style:style>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents_20_Small" style:class="extra">
<style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="List_20_Contents" style:display-name="List Contents" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"><style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm"/><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties style:font-name="{hf}" fo:font-size="8pt"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="end"><style:tab-stops><style:tab-stop style:position="8cm" style:type="center"/></style:tab-stops></style:paragraph-properties><style:text-properties style:font-name="{hf}" fo:font-size="8.5pt" fo:color="#404040"/></style:style>
<style:style style:name="FrameTitle" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.15cm"/><style:text-properties style:font-name="{hf}" fo:font-weight="bold" fo:font-size="10pt" fo:color="{ac}"/></style:style>
<style:style style:name="FrameText" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.1cm" fo:text-align="justify"/><style:text-properties fo:font-size="9.5pt"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.5cm" fo:margin-bottom="0.4cm"/><style:text-properties style:font-name="{hf}" fo:font-size="24pt" fo:font-weight="bold" fo:color="{ac}"/></style:style>
<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/><style:text-properties style:font-name="{hf}" fo:font-size="14pt"/></style:style>
<style:style style:name="CoverSmall" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="{hf}" fo:font-size="11pt" fo:color="#404040"/></style:style>
<style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Heading" style:class="index"><style:text-properties fo:font-size="16pt"/></style:style>
<style:style style:name="PageBreak" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="Frame" style:family="graphic"><style:graphic-properties text:anchor-type="paragraph" svg:x="0cm" svg:y="0cm" style:wrap="none"/></style:style>
<style:style style:name="Index_20_Link" style:display-name="Index Link" style:family="text"/>
"""
        for l, ind in ((1, 0), (2, 0.5), (3, 1.0)):
            common += ('<style:style style:name="Contents_20_%d" style:display-name="Contents %d" style:family="paragraph" '
                       'style:parent-style-name="Standard" style:class="index"><style:paragraph-properties fo:margin-left="%.1fcm" '
                       'fo:margin-bottom="0.08cm"><style:tab-stops><style:tab-stop style:position="%.2fcm" style:type="right" '
                       'style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties>%s'
                       '</style:style>' % (l, l, ind, 16.7 - ind,
                                           '<style:text-properties fo:font-weight="bold"/>' if l == 1 else ''))
        common += _outline(self.numbered) + _list_styles(ac)
        common += ('<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" '
                   'text:footnotes-position="page" text:start-numbering-at="document"/>')
        pw, ph = 21.0, 29.7

        def layout(name, w, h, orient, ml_, mr_):
            return (f'<style:page-layout style:name="{name}"><style:page-layout-properties fo:page-width="{w}cm" '
                    f'fo:page-height="{h}cm" style:print-orientation="{orient}" fo:margin-top="{mt}cm" '
                    f'fo:margin-bottom="{mb}cm" fo:margin-left="{ml_}cm" fo:margin-right="{mr_}cm">'
                    '<style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" '
                    'style:distance-after-sep="0.1cm" style:line-style="solid" style:adjustment="left" '
                    'style:rel-width="25%" style:color="#000000"/></style:page-layout-properties>'
                    '<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/>'
                    '</style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0cm" '
                    'fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>')
        auto = (layout("pmPort", pw, ph, "portrait", ml, mr) + layout("pmLand", ph, pw, "landscape", 2.0, 2.0) +
                layout("pmCover", pw, ph, "portrait", ml, mr) +
                f'<style:style style:name="HdrT" style:family="table"><style:table-properties style:width="16.7cm" table:align="margins"/></style:style>'
                f'<style:style style:name="HdrC1" style:family="table-cell"><style:table-cell-properties fo:background-color="{ac}" fo:padding="0.08cm" fo:border="none"/></style:style>'
                f'<style:style style:name="HdrC2" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e2ec" fo:padding="0.08cm" fo:border="none"/></style:style>'
                f'<style:style style:name="HdrP1" style:family="paragraph" style:parent-style-name="Header"><style:text-properties fo:color="#ffffff" fo:font-weight="bold"/></style:style>'
                f'<style:style style:name="HdrP2" style:family="paragraph" style:parent-style-name="Header"><style:paragraph-properties fo:text-align="end"/></style:style>')
        a, b, c = self.header_cells
        hdr = ('<style:header><table:table table:name="Naglowek" table:style-name="HdrT">'
               '<table:table-column/><table:table-column/><table:table-column/><table:table-row>'
               f'<table:table-cell table:style-name="HdrC1"><text:p text:style-name="HdrP1">{e(a)}</text:p></table:table-cell>'
               f'<table:table-cell table:style-name="HdrC2"><text:p text:style-name="Header">{e(b)}</text:p></table:table-cell>'
               f'<table:table-cell table:style-name="HdrC2"><text:p text:style-name="HdrP2">{e(c)}</text:p></table:table-cell>'
               '</table:table-row></table:table></style:header>')
        ftr = ('<style:footer><text:p text:style-name="Footer">%s<text:tab/>Strona <text:page-number text:select-page="current">1'
               '</text:page-number> z <text:page-count>1</text:page-count></text:p></style:footer>' % e(self.footer_left))
        masters = ('<style:master-page style:name="Standard" style:page-layout-name="pmPort">%s%s</style:master-page>'
                   '<style:master-page style:name="Landscape" style:page-layout-name="pmLand">%s%s</style:master-page>'
                   '<style:master-page style:name="Cover" style:page-layout-name="pmCover" style:next-style-name="Standard"/>'
                   % (hdr, ftr, hdr.replace("16.7cm", "25.7cm"), ftr))
        return ('<?xml version="1.0" encoding="UTF-8"?><office:document-styles %s>%s<office:styles>%s</office:styles>'
                '<office:automatic-styles>%s</office:automatic-styles><office:master-styles>%s</office:master-styles>'
                '</office:document-styles>' % (NS, FONT_DECLS, common, auto, masters))

    def content_xml(self):
        auto = (
            '<style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Ti" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>'
            '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" '
            'fo:border="0.5pt solid #7f7f7f"/></style:style>'
            '<style:style style:name="CellH" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" '
            'fo:border="0.5pt solid #7f7f7f" fo:background-color="#dde6f0"/></style:style>'
            + "".join(self.auto.values()))
        tc = ('<text:tracked-changes text:track-changes="false">%s</text:tracked-changes>' % "".join(self.changes)
              if self.changes else '')
        return ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s>%s<office:automatic-styles>%s'
                '</office:automatic-styles><office:body><office:text>%s%s</office:text></office:body>'
                '</office:document-content>' % (NS, FONT_DECLS, auto, tc, "".join(self.body)))

    def meta_xml(self):
        return ('<?xml version="1.0" encoding="UTF-8"?><office:document-meta %s><office:meta>'
                '<meta:generator>LibreOffice/7.4</meta:generator><dc:title>%s</dc:title>'
                '<meta:initial-creator>%s</meta:initial-creator><dc:creator>%s</dc:creator>'
                '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date><dc:language>pl-PL</dc:language>'
                '<meta:editing-cycles>57</meta:editing-cycles></office:meta></office:document-meta>'
                % (NS, e(self.title), e(self.creator), e(self.creator), self.date, self.date))

    def save(self, path):
        manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                    '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
                    'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                    '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                    '</manifest:manifest>')
        with zipfile.ZipFile(path, "w") as z:
            z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                       compress_type=zipfile.ZIP_STORED)
            for n, d in (("content.xml", self.content_xml()), ("styles.xml", self.styles_xml()),
                         ("meta.xml", self.meta_xml()), ("META-INF/manifest.xml", manifest)):
                z.writestr(n, d.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)
