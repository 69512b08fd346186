"""Small odfpy toolkit: a text document with a sane style set and helpers for
headings, inline markup, nested lists, spanned tables, notes and frames."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from odf import dc, draw, meta, style, table, teletype, text
from odf.opendocument import OpenDocumentText

# Inline markup: **bold**, //italic// and ^[footnote text]
INLINE_RE = re.compile(r"(\*\*.+?\*\*|//.+?//|\^\[.+?\])")


@dataclass
class Cell:
    text: str = ""
    cols: int = 1
    rows: int = 1
    bold: bool = False


COVERED = object()      # marker for a cell hidden under a spanning cell


def _iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S")


class OdtDoc:
    def __init__(self, *, title: str, author: str, created: datetime, modified: datetime,
                 subject: str = "", font: str = "Liberation Serif",
                 heading_font: str = "Liberation Sans", size: str = "11pt"):
        self.doc = OpenDocumentText()
        self.body = self.doc.text
        self._n_notes = 0
        self._n_tables = 0
        self._n_frames = 0
        self._n_lists = 0
        self._auto_names: set[str] = set()
        self._set_meta(title, author, created, modified, subject)
        self._base_styles(font, heading_font, size)

    # ------------------------------------------------------------ setup
    def _set_meta(self, title, author, created, modified, subject):
        m = self.doc.meta
        m.addElement(dc.Title(text=title))
        if subject:
            m.addElement(dc.Subject(text=subject))
        m.addElement(meta.InitialCreator(text=author))
        m.addElement(dc.Creator(text=author))
        m.addElement(meta.CreationDate(text=_iso(created)))
        m.addElement(dc.Date(text=_iso(modified)))
        m.addElement(dc.Language(text="pl-PL"))

    def _base_styles(self, font, heading_font, size):
        d = self.doc
        for name, family in ((font, "roman"), (heading_font, "swiss")):
            d.fontfacedecls.addElement(style.FontFace(
                name=name, fontfamily=f"'{name}'", fontfamilygeneric=family, fontpitch="variable"))
        ds = style.DefaultStyle(family="paragraph")
        ds.addElement(style.TextProperties(fontname=font, fontsize=size, language="pl", country="PL"))
        d.styles.addElement(ds)

        def pstyle(name, display, parent=None, text_props=None, para_props=None, cls="text", **extra):
            kw = dict(name=name, displayname=display, family="paragraph")
            if parent:
                kw["parentstylename"] = parent
            kw.update(extra)
            st = style.Style(attributes={"class": cls}, **kw)
            if para_props:
                st.addElement(style.ParagraphProperties(**para_props))
            if text_props:
                st.addElement(style.TextProperties(**text_props))
            d.styles.addElement(st)
            return st

        pstyle("Standard", "Standard")
        pstyle("Text_20_body", "Text body", "Standard",
               para_props=dict(margintop="0cm", marginbottom="0.21cm", textalign="justify",
                               lineheight="115%"))
        pstyle("Heading", "Heading", "Standard",
               text_props=dict(fontname=heading_font, fontsize="14pt"),
               para_props=dict(margintop="0.42cm", marginbottom="0.21cm", keepwithnext="always"))
        pstyle("Heading_20_1", "Heading 1", "Heading", defaultoutlinelevel="1",
               text_props=dict(fontsize="16pt", fontweight="bold", color="#1f3864"))
        pstyle("Heading_20_2", "Heading 2", "Heading", defaultoutlinelevel="2",
               text_props=dict(fontsize="13pt", fontweight="bold", color="#2e5496"))
        pstyle("Title", "Title", "Heading", cls="chapter",
               text_props=dict(fontsize="24pt", fontweight="bold"),
               para_props=dict(textalign="center", margintop="3cm"))
        pstyle("Subtitle", "Subtitle", "Heading", cls="chapter",
               text_props=dict(fontsize="15pt"),
               para_props=dict(textalign="center", margintop="0.3cm"))
        pstyle("Table_20_Contents", "Table Contents", "Standard", cls="extra",
               text_props=dict(fontsize="10pt"))
        pstyle("Table_20_Heading", "Table Heading", "Table_20_Contents", cls="extra",
               text_props=dict(fontweight="bold"), para_props=dict(textalign="center"))
        pstyle("Footnote", "Footnote", "Standard", cls="extra",
               text_props=dict(fontsize="9pt"),
               para_props=dict(marginleft="0.6cm", textindent="-0.6cm"))
        pstyle("Header", "Header", "Standard", cls="extra",
               text_props=dict(fontsize="9pt", color="#595959"))
        pstyle("Footer", "Footer", "Standard", cls="extra",
               text_props=dict(fontsize="9pt"), para_props=dict(textalign="center"))
        pstyle("Frame_20_contents", "Frame contents", "Standard", cls="extra")
        pstyle("List_20_Contents", "List Contents", "Text_20_body", cls="list",
               para_props=dict(marginbottom="0.1cm"))
        # no automatic chapter numbering: numbers, if any, are typed
        ol = text.OutlineStyle(name="Outline")
        for lvl in range(1, 4):
            ol.addElement(text.OutlineLevelStyle(level=lvl, numformat=""))
        d.styles.addElement(ol)

        # automatic (content.xml) styles shared by all documents
        self.auto_text("T_bold", fontweight="bold")
        self.auto_text("T_italic", fontstyle="italic")
        self.auto_para("P_break", "Text_20_body", para=dict(breakbefore="page"))
        self.auto_para("P_center", "Text_20_body", para=dict(textalign="center"))
        self.auto_para("P_kv", "Text_20_body", para=dict(marginleft="0.5cm", marginbottom="0.05cm",
                                                         textalign="left"))

    # ------------------------------------------------------------ styles
    def auto_text(self, name, **props):
        if name not in self._auto_names:
            st = style.Style(name=name, family="text")
            st.addElement(style.TextProperties(**props))
            self.doc.automaticstyles.addElement(st)
            self._auto_names.add(name)
        return name

    def auto_para(self, name, parent="Text_20_body", *, para=None, txt=None, tabs=None):
        if name not in self._auto_names:
            st = style.Style(name=name, family="paragraph", parentstylename=parent)
            pp = style.ParagraphProperties(**(para or {}))
            if tabs:
                ts = style.TabStops()
                for pos, leader in tabs:
                    kw = dict(position=pos, type="right")
                    if leader:
                        kw.update(leaderstyle="dotted", leadertext=".")
                    ts.addElement(style.TabStop(**kw))
                pp.addElement(ts)
            st.addElement(pp)
            if txt:
                st.addElement(style.TextProperties(**txt))
            self.doc.automaticstyles.addElement(st)
            self._auto_names.add(name)
        return name

    def list_style(self, name, levels):
        """levels: list of ('number', suffix) or ('bullet', char)."""
        if name in self._auto_names:
            return name
        ls = text.ListStyle(name=name)
        for i, (kind, sym) in enumerate(levels, start=1):
            if kind == "number":
                lv = text.ListLevelStyleNumber(level=i, numsuffix=sym, numformat="1")
            else:
                lv = text.ListLevelStyleBullet(level=i, bulletchar=sym)
            props = style.ListLevelProperties(listlevelpositionandspacemode="label-alignment")
            indent = 0.635 * (2 * i)
            props.addElement(style.ListLevelLabelAlignment(
                labelfollowedby="listtab", listtabstopposition=f"{indent:.3f}cm",
                textindent="-0.635cm", marginleft=f"{indent:.3f}cm"))
            lv.addElement(props)
            ls.addElement(lv)
        self.doc.automaticstyles.addElement(ls)
        self._auto_names.add(name)
        return name

    def page_setup(self, *, header: str | None = None, footer_pages: bool = False,
                   footer_text: str | None = None):
        pl = style.PageLayout(name="pm1")
        pl.addElement(style.PageLayoutProperties(
            pagewidth="21cm", pageheight="29.7cm", printorientation="portrait",
            margintop="1.5cm", marginbottom="1.5cm", marginleft="2.2cm", marginright="2cm"))
        if header:
            hs = style.HeaderStyle()
            hs.addElement(style.HeaderFooterProperties(minheight="0.6cm", marginbottom="0.4cm"))
            pl.addElement(hs)
        if footer_pages or footer_text:
            fs = style.FooterStyle()
            fs.addElement(style.HeaderFooterProperties(minheight="0.6cm", margintop="0.4cm"))
            pl.addElement(fs)
        self.doc.automaticstyles.addElement(pl)
        mp = style.MasterPage(name="Standard", pagelayoutname="pm1")
        if header:
            h = style.Header()
            h.addElement(text.P(stylename="Header", text=header))
            mp.addElement(h)
        if footer_pages or footer_text:
            f = style.Footer()
            p = text.P(stylename="Footer")
            if footer_text:
                teletype.addTextToElement(p, footer_text + ("   |   " if footer_pages else ""))
            if footer_pages:
                teletype.addTextToElement(p, "Strona ")
                p.addElement(text.PageNumber(selectpage="current", text="1"))
                teletype.addTextToElement(p, " z ")
                p.addElement(text.PageCount(text="1"))
            f.addElement(p)
            mp.addElement(f)
        self.doc.masterstyles.addElement(mp)

    # ------------------------------------------------------------ inline
    def inline(self, el, content: str):
        for part in INLINE_RE.split(content):
            if not part:
                continue
            if part.startswith("**"):
                span = text.Span(stylename="T_bold")
                teletype.addTextToElement(span, part[2:-2])
                el.addElement(span)
            elif part.startswith("//"):
                span = text.Span(stylename="T_italic")
                teletype.addTextToElement(span, part[2:-2])
                el.addElement(span)
            elif part.startswith("^["):
                el.addElement(self._note(part[2:-1]))
            else:
                teletype.addTextToElement(el, part)
        return el

    def _note(self, body: str):
        self._n_notes += 1
        n = self._n_notes
        note = text.Note(id=f"ftn{n}", noteclass="footnote")
        note.addElement(text.NoteCitation(text=str(n)))
        nb = text.NoteBody()
        nb.addElement(self.inline(text.P(stylename="Footnote"), body))
        note.addElement(nb)
        return note

    # ------------------------------------------------------------ blocks
    def h(self, level: int, content: str, parent=None):
        el = text.H(outlinelevel=level, stylename=f"Heading_20_{level}")
        self.inline(el, content)
        (parent or self.body).addElement(el)
        return el

    def p(self, content: str = "", stylename: str = "Text_20_body", parent=None):
        el = text.P(stylename=stylename)
        if content:
            self.inline(el, content)
        (parent or self.body).addElement(el)
        return el

    def page_break(self):
        return self.p("", "P_break")

    def kv(self, label: str, value: str, parent=None):
        return self.p(f"**{label}:** {value}", "P_kv", parent)

    def lst(self, items, stylename: str, parent=None, item_style="List_20_Contents"):
        """Nested list.  An item is a string, or (string, [sub-items]),
        or a list of strings (several paragraphs in one item, first numbered)."""
        lst = text.List(stylename=stylename)
        for item in items:
            li = text.ListItem()
            if isinstance(item, tuple):
                head, subs = item
            else:
                head, subs = item, None
            for chunk in (head if isinstance(head, list) else [head]):
                li.addElement(self.inline(text.P(stylename=item_style), chunk))
            if subs:
                self.lst(subs, stylename, parent=li, item_style=item_style)
            lst.addElement(li)
        (parent or self.body).addElement(lst)
        return lst

    def table(self, rows, widths_cm, *, header_rows: int = 1, name: str | None = None,
              parent=None, font_size: str | None = None):
        """rows: list of lists of str | Cell | COVERED.  Spans are validated."""
        self._n_tables += 1
        n = self._n_tables
        tname = name or f"Tabela{n}"
        total = sum(widths_cm)
        ts = style.Style(name=f"{tname}_t", family="table")
        ts.addElement(style.TableProperties(width=f"{total:.2f}cm", align="margins",
                                            margintop="0.2cm", marginbottom="0.3cm"))
        self.doc.automaticstyles.addElement(ts)
        cell_st = self._cell_style()
        head_st = self._cell_style(head=True)
        t = table.Table(name=tname, stylename=ts)
        for i, w in enumerate(widths_cm):
            cs = style.Style(name=f"{tname}_c{i}", family="table-column")
            cs.addElement(style.TableColumnProperties(columnwidth=f"{w:.2f}cm"))
            self.doc.automaticstyles.addElement(cs)
            t.addElement(table.TableColumn(stylename=cs))

        ncols = len(widths_cm)
        covered = set()
        header = table.TableHeaderRows() if header_rows else None
        if header is not None:
            t.addElement(header)
        for r, row in enumerate(rows):
            tr = table.TableRow()
            is_head = r < header_rows
            c = 0
            for cell in row:
                if cell is COVERED:
                    assert (r, c) in covered, f"{tname}: unexpected covered cell at {(r, c)}"
                    tr.addElement(table.CoveredTableCell())
                    c += 1
                    continue
                assert (r, c) not in covered, f"{tname}: cell at {(r, c)} should be covered"
                if isinstance(cell, str):
                    cell = Cell(cell)
                kw = dict(stylename=head_st if is_head else cell_st, valuetype="string")
                if cell.cols > 1:
                    kw["numbercolumnsspanned"] = cell.cols
                if cell.rows > 1:
                    kw["numberrowsspanned"] = cell.rows
                tc = table.TableCell(**kw)
                pst = "Table_20_Heading" if is_head else "Table_20_Contents"
                for line in cell.text.split("\n"):
                    content = f"**{line}**" if cell.bold and line else line
                    tc.addElement(self.inline(text.P(stylename=pst), content))
                for dr in range(cell.rows):
                    for dc_ in range(cell.cols):
                        if dr or dc_:
                            covered.add((r + dr, c + dc_))
                tr.addElement(tc)
                c += 1
            assert c == ncols, f"{tname}: row {r} has {c} cells, expected {ncols}"
            (header if is_head else t).addElement(tr)
        (parent or self.body).addElement(t)
        return t

    def _cell_style(self, head=False):
        name = "Cell_head" if head else "Cell_body"
        if name not in self._auto_names:
            st = style.Style(name=name, family="table-cell")
            kw = dict(border="0.5pt solid #000000", padding="0.1cm", verticalalign="top")
            if head:
                kw.update(backgroundcolor="#d9e2f3", verticalalign="middle")
            st.addElement(style.TableCellProperties(**kw))
            self.doc.automaticstyles.addElement(st)
            self._auto_names.add(name)
        return name

    def textbox(self, paragraphs, *, width="15cm", min_height="2.5cm",
                border="0.06cm solid #2e5496", background="#deeaf6"):
        """A paragraph-anchored frame holding a text box, inserted in the body."""
        self._n_frames += 1
        fname = f"fr{self._n_frames}"
        st = style.Style(name=fname, family="graphic")
        st.addElement(style.GraphicProperties(
            wrap="none", verticalpos="top", verticalrel="paragraph",
            horizontalpos="center", horizontalrel="paragraph",
            border=border, backgroundcolor=background, padding="0.25cm",
            margintop="0.2cm", marginbottom="0.3cm"))
        self.doc.automaticstyles.addElement(st)
        anchor = self.p("", "Text_20_body")
        frame = draw.Frame(stylename=st, name=f"Ramka{self._n_frames}",
                           anchortype="paragraph", width=width, zindex=self._n_frames - 1)
        box = draw.TextBox(minheight=min_height)
        for content in paragraphs:
            box.addElement(self.inline(text.P(stylename="Frame_20_contents"), content))
        frame.addElement(box)
        anchor.addElement(frame)
        return frame

    def save(self, path):
        self.doc.save(str(path))


def soffice_convert(src, fmt: str, outdir, profile_dir) -> "Path":
    """Convert one file with LibreOffice (headless, private profile) and
    return the path of the result.  Runs synchronously, one file at a time."""
    import subprocess
    from pathlib import Path

    src, outdir = Path(src), Path(outdir)
    cmd = ["soffice", f"-env:UserInstallation={Path(profile_dir).resolve().as_uri()}",
           "--headless", "--norestore", "--convert-to", fmt, "--outdir", str(outdir), str(src)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=240)
    out = outdir / (src.stem + "." + fmt.split(":")[0])
    if proc.returncode != 0 or not out.exists():
        raise RuntimeError(f"soffice failed for {src}: {proc.stdout}\n{proc.stderr}")
    return out
