"""python-docx helpers for the holdout2 documents (on top of office/docx_kit)."""
from __future__ import annotations

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import h2_common  # noqa: F401  (sys.path for office helpers)
import docx_kit as K
from common import normalize_zip


def style_headings(doc, font: str, sizes: dict[int, float], color: str | None = None,
                   caps: bool = False) -> None:
    """Give Heading N styles a concrete font (drop the template's theme fonts)."""
    for lvl, size in sizes.items():
        stl = doc.styles[f"Heading {lvl}"]
        stl.font.name = font
        stl.font.size = Pt(size)
        stl.font.bold = True
        stl.font.italic = False
        stl.font.all_caps = caps if lvl == 1 else False
        stl.font.color.rgb = RGBColor.from_string(color) if color else RGBColor(0, 0, 0)
        rfonts = stl.element.rPr.rFonts
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rfonts.get(qn(attr)) is not None:
                del rfonts.attrib[qn(attr)]
        rfonts.set(qn("w:cs"), font)
        pf = stl.paragraph_format
        pf.space_before = Pt(14 if lvl == 1 else 9)
        pf.space_after = Pt(5)
        pf.keep_with_next = True


def heading(doc, text: str, level: int = 1):
    return doc.add_heading(text, level=level)


def p(doc, text: str, *, align=None, size: float | None = None, italic: bool = False,
      space_after: float | None = None):
    para = doc.add_paragraph()
    K.add_rich(para, text, size=size)
    if italic:
        for r in para.runs:
            r.italic = True
    if align == "center":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "justify":
        para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        para.paragraph_format.space_after = Pt(space_after)
    return para


def bullets(doc, items, style: str = "List Bullet"):
    for it in items:
        para = doc.add_paragraph(style=style)
        K.add_rich(para, it)
        para.paragraph_format.space_after = Pt(2)


def typed_list(doc, items, labels):
    """A list whose markers are typed text (e.g. 'a)'), with a hanging indent."""
    for lab, it in zip(labels, items):
        para = doc.add_paragraph()
        para.paragraph_format.left_indent = Cm(0.9)
        para.paragraph_format.first_line_indent = Cm(-0.6)
        para.paragraph_format.space_after = Pt(2)
        K.add_rich(para, f"{lab}\t{it}")


def kv(doc, label: str, value: str, indent_cm: float = 0.6):
    para = doc.add_paragraph()
    para.paragraph_format.left_indent = Cm(indent_cm)
    para.paragraph_format.space_after = Pt(1)
    K.add_rich(para, f"**{label}:** {value}")
    return para


def grid_table(doc, head, rows, widths_cm, *, font_size: float = 9, head_fill: str = "D9E2F3",
               bold_first_col: bool = False):
    t = doc.add_table(rows=1 + len(rows), cols=len(head))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    K.set_col_widths(t, [Cm(w) for w in widths_cm])
    for i, h in enumerate(head):
        K.cell_text(t.cell(0, i), h, bold=True, size=font_size)
        if head_fill:
            K.shade(t.cell(0, i), head_fill)
    K.repeat_as_header(t.rows[0])
    for r, row in enumerate(rows, start=1):
        for c, val in enumerate(row):
            K.cell_text(t.cell(r, c), val, bold=bold_first_col and c == 0, size=font_size)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def footer_page(doc, prefix: str = "", suffix: str = "", size: float = 8.5):
    for sec in doc.sections:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if prefix:
            r = fp.add_run(prefix)
            r.font.size = Pt(size)
        K.add_field(fp, "PAGE")
        for r in fp.runs:
            r.font.size = Pt(size)
        if suffix:
            r = fp.add_run(suffix)
            r.font.size = Pt(size)


def header_text(doc, text: str, size: float = 8.5):
    for sec in doc.sections:
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = hp.add_run(text)
        r.font.size = Pt(size)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


def save(doc, path) -> None:
    doc.save(str(path))
    normalize_zip(path)
