"""Small python-docx helpers: numbering definitions, fields, merges, shading."""
from __future__ import annotations

import re
from datetime import datetime

from docx import Document
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

BOLD_RE = re.compile(r"(\*\*.+?\*\*)")


# ---------------------------------------------------------------- document
def new_document(font: str = "Calibri", size: float = 11) -> Document:
    """Blank document from the python-docx template, cleaned up a little."""
    doc = Document()
    pkg = doc.part.package
    for rid, rel in list(pkg.rels.items()):
        if rel.reltype == RT.THUMBNAIL:          # template thumbnail of an empty page
            del pkg.rels[rid]
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    rpr = normal.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "pl-PL")
    rpr.append(lang)
    normal.paragraph_format.space_after = Pt(6)
    for sec in doc.sections:                     # A4 instead of the template's Letter
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.0)
        sec.top_margin = sec.bottom_margin = Cm(2.0)
    return doc


def set_core(doc, *, title: str, author: str, created: datetime, modified: datetime,
             subject: str = "", keywords: str = "", revision: int = 1) -> None:
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.subject = subject
    cp.keywords = keywords
    cp.comments = ""
    cp.category = ""
    cp.created = created
    cp.modified = modified
    cp.last_printed = created
    cp.revision = revision
    cp.language = "pl-PL"


# ---------------------------------------------------------------- text
def add_rich(paragraph, text: str, *, size: float | None = None):
    """Add text to a paragraph; ``**bold**`` spans become bold runs."""
    for part in BOLD_RE.split(text):
        if not part:
            continue
        bold = part.startswith("**") and part.endswith("**")
        run = paragraph.add_run(part[2:-2] if bold else part)
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
    return paragraph


def para(container, text: str = "", style: str | None = None, **kw):
    p = container.add_paragraph(style=style)
    if text:
        add_rich(p, text, **kw)
    return p


def fake_heading(container, text: str, *, size: float = 14, caps: bool = False,
                 space_before: float = 14, color: RGBColor | None = None):
    """A 'heading' that is only a Normal paragraph with a bold, larger run."""
    p = container.add_paragraph()
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(6)
    p.paragraph_format.keep_with_next = True
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    if caps:
        run.font.all_caps = True
    if color is not None:
        run.font.color.rgb = color
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def add_field(paragraph, instr: str, placeholder: str = "1"):
    """Insert a complex field (fldChar begin/instr/separate/result/end)."""
    def fld(kind):
        run = paragraph.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run._r.append(el)
        return run

    fld("begin")
    run = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    run._r.append(it)
    fld("separate")
    paragraph.add_run(placeholder)
    fld("end")


# ---------------------------------------------------------------- numbering
def _lvl(ilvl: int, fmt: str, text: str, left: int, hanging: int,
         pstyle: str | None = None, font: str | None = None):
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), str(ilvl))

    def child(tag, val):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
        return el

    child("w:start", "1")
    child("w:numFmt", fmt)
    if pstyle:
        child("w:pStyle", pstyle)
    child("w:lvlText", text)
    child("w:lvlJc", "left")
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(left))
    ind.set(qn("w:hanging"), str(hanging))
    ppr.append(ind)
    lvl.append(ppr)
    if font:
        rpr = OxmlElement("w:rPr")
        rf = OxmlElement("w:rFonts")
        for a in ("w:ascii", "w:hAnsi", "w:hint"):
            rf.set(qn(a), font if a != "w:hint" else "default")
        rpr.append(rf)
        lvl.append(rpr)
    return lvl


def add_numbering(doc, levels: list[dict], nsid: str) -> int:
    """Create an abstractNum + num; return the new numId.

    ``levels``: dicts with keys fmt, text, left, hanging and optional
    pstyle (style id linked to that level) and font.
    """
    numbering = doc.part.numbering_part.element
    abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid, nid = max(abstract_ids + [-1]) + 1, max(num_ids + [0]) + 1

    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(aid))
    for tag, val in (("w:nsid", nsid), ("w:multiLevelType",
                     "multilevel" if len(levels) > 1 else "singleLevel")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        absn.append(el)
    for i, spec in enumerate(levels):
        absn.append(_lvl(i, **spec))
    # schema order: all abstractNum elements precede all num elements
    existing = numbering.findall(qn("w:abstractNum"))
    if existing:
        existing[-1].addnext(absn)
    else:
        numbering.insert(0, absn)

    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(aid))
    num.append(ref)
    numbering.append(num)
    return nid


def link_style_numbering(style, num_id: int, ilvl: int) -> None:
    """Attach numbering to a paragraph style (w:style/w:pPr/w:numPr)."""
    numpr = style.element.get_or_add_pPr().get_or_add_numPr()
    if ilvl:
        numpr.get_or_add_ilvl().val = ilvl
    numpr.get_or_add_numId().val = num_id


def set_num(paragraph, num_id: int, ilvl: int = 0) -> None:
    numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = ilvl
    numpr.get_or_add_numId().val = num_id


# ---------------------------------------------------------------- tables
def shade(cell, fill: str = "D9D9D9") -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def repeat_as_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    trpr.append(el)


def cell_text(cell, text: str, *, bold: bool = False, size: float | None = None) -> None:
    """Replace a cell's content with one (or more, split on \\n) paragraphs."""
    lines = text.split("\n")
    first = cell.paragraphs[0]
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    for r in list(first.runs):
        r._r.getparent().remove(r._r)
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        add_rich(p, f"**{line}**" if bold and line else line, size=size)


def set_col_widths(table, widths) -> None:
    """Set widths in w:tblGrid and on every cell (call before merging)."""
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.gridCol_lst, widths):
        gc.w = w
    for row in table.rows:
        for idx, w in enumerate(widths):
            if idx < len(row.cells):
                row.cells[idx].width = w
