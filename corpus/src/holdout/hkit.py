"""Content model, gold writer and three renderers (reportlab PDF, DOCX, ODT)
for the held-out test documents.

A document is a :class:`Doc` holding a list of :class:`Section` objects.  The
gold file is derived from exactly the objects that the renderers draw:

* a section's ``keys`` (one or more gold ids) get the section's ``status``;
  ids that no rendered section carries are ``missing``;
* every :class:`Act` inside an :class:`Actions` block that is rendered becomes
  one gold action, in rendering order.

Inline markup in every text: ``**bold**``.
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent
ROOT = SRC.parents[1]                                  # /work/main
OUT_DIR = ROOT / "corpus" / "holdout"
sys.path.append(str(SRC / "office"))
sys.path.append(str(SRC / "pdf"))

MID_SECTIONS = ("summary", "context", "objectives", "actions", "schedule",
                "budget", "stakeholders", "indicators", "risks")
PLAN_SECTIONS = ("introduction", "diagnosis", "recommendations", "addressees",
                 "implementation")
THEMES = {"low_emission", "cycling", "walking_traffic_calming", "public_transport",
          "eco_awareness", "social_activation", "public_space", "economic_activation",
          "other"}
TYPES = {None, "legal", "financial", "organisational", "knowledge"}
NETWORKS = {"air_quality", "mobility", "revitalisation"}
BOLD_RE = re.compile(r"(\*\*.+?\*\*)")
FIELDS = ("responsible", "timeline", "cost", "indicator")


# =====================================================================
# content model
# =====================================================================
@dataclass
class P:
    text: str
    align: str = "justify"          # justify | left | center | right
    italic: bool = False
    size: float | None = None


@dataclass
class H2:
    text: str


@dataclass
class L:
    items: list
    kind: str = "bullet"            # bullet | dash | num | alpha


@dataclass
class T:
    rows: list                      # list of list of str
    widths: list | None = None      # relative widths
    header_rows: int = 1
    min_row_height: float | None = None   # pt, for empty tables
    size: float | None = None


@dataclass
class KV:
    label: str
    value: str


@dataclass
class PB:
    pass


@dataclass
class Gap:
    pt: float = 10


@dataclass
class Act:
    """One MID action or one Plan Ulepszeń recommendation.

    ``None`` = the document does not state the fact; gold booleans are
    ``value is not None``.
    """
    title: str
    theme: str
    description: str = ""
    responsible: str | None = None
    timeline: str | None = None
    cost: str | None = None
    indicator: str | None = None
    source: str | None = None
    secondary_themes: tuple = ()
    type: str | None = None

    def __post_init__(self):
        assert self.theme in THEMES, self.theme
        assert all(t in THEMES for t in self.secondary_themes), self.secondary_themes
        assert self.type in TYPES, self.type

    def gold(self) -> dict:
        return {"title": self.title, "theme": self.theme,
                "secondary_themes": list(self.secondary_themes),
                "responsible": self.responsible is not None,
                "timeline": self.timeline is not None,
                "cost": self.cost is not None,
                "indicator": self.indicator is not None,
                "type": self.type}


@dataclass
class Actions:
    """A list of actions rendered in one of several layouts.

    mode ``kv``: sub-heading + description + 'Label: value' lines (or dash
    bullets with ``kv_bullets``); mode ``prose``: sub-heading + description +
    sentences from ``prose`` templates; mode ``table``: one row per action.
    ``missing``: field -> text printed when the fact is absent (omit line if
    the field is not in the dict).
    """
    acts: list
    mode: str = "kv"
    prefix: str = "{i}. "            # {i} 1-based, {L} letter, {R} roman
    heading: str = "h2"              # h2 | bold | none
    labels: dict = field(default_factory=dict)
    missing: dict = field(default_factory=dict)
    order: tuple = ("responsible", "timeline", "cost", "source", "indicator")
    kv_bullets: bool = False
    prose: dict = field(default_factory=dict)
    type_labels: dict = field(default_factory=dict)
    type_label: str = "Rodzaj"
    # table mode
    columns: list = field(default_factory=list)      # (header, field, rel. width)
    table_size: float | None = None

    def label_for(self, i: int) -> str:
        return self.prefix.format(i=i + 1, L="ABCDEFGHIJ"[i], R=roman(i + 1))

    def value(self, a: Act, f: str):
        if f == "title":
            return a.title
        if f == "title_desc":
            return f"**{a.title}**\n{a.description}" if a.description else f"**{a.title}**"
        if f == "no":
            return self.label_for(self.acts.index(a)).strip()
        if f == "type":
            return self.type_labels[a.type] if a.type else None
        return getattr(a, f)

    def fact_lines(self, a: Act) -> list[str]:
        out = []
        if a.type and self.type_labels:
            out.append(f"**{self.type_label}:** {self.type_labels[a.type]}")
        for f in self.order:
            v = getattr(a, f)
            if v is None:
                if f in self.missing:
                    out.append(f"**{self.labels[f]}:** {self.missing[f]}")
                continue
            out.append(f"**{self.labels[f]}:** {v}")
        return out

    def prose_text(self, a: Act) -> str:
        parts = []
        for f in self.order:
            v = getattr(a, f)
            if v is None:
                if f in self.missing:
                    parts.append(self.missing[f])
                continue
            parts.append(self.prose[f].format(v))
        return re.sub(r"(?<!\.)\.\.(?!\.)", ".", " ".join(parts))   # 'r..' -> 'r.'

    def table_rows(self) -> list:
        rows = [[c[0] for c in self.columns]]
        for a in self.acts:
            row = []
            for _, f, _w in self.columns:
                v = self.value(a, f)
                row.append(self.missing.get(f, "—") if v is None else v)
            rows.append(row)
        return rows


@dataclass
class Section:
    keys: tuple                       # gold ids (may be empty for extra sections)
    heading: str | None               # None = block without a heading
    blocks: list
    status: str = "present"
    level: int = 1
    caps_attr: bool = False           # DOCX: shown in capitals via font attribute only
    break_before: bool = False

    def __post_init__(self):
        if isinstance(self.keys, str):
            self.keys = (self.keys,)
        assert self.status in ("present", "incomplete"), self.status


@dataclass
class Doc:
    stem: str
    fmt: str                          # pdf | docx | odt | lo_pdf
    document_type: str
    city: str | None
    network: str
    status: str
    notes: str
    title: str
    author: str
    title_page: list                  # (kind, text)
    body: list
    toc: list | None = None           # (entry, page)
    toc_title: str = "Spis treści"
    header: str | None = None
    footer: str | None = None
    style: dict = field(default_factory=dict)
    created: datetime = datetime(2025, 2, 10, 9, 0, tzinfo=timezone.utc)
    modified: datetime = datetime(2025, 3, 3, 14, 30, tzinfo=timezone.utc)

    @property
    def ext(self) -> str:
        return "pdf" if self.fmt in ("pdf", "lo_pdf") else self.fmt

    @property
    def file(self) -> str:
        return f"{self.stem}.{self.ext}"

    # ------------------------------------------------------------ gold
    def gold(self) -> dict:
        assert self.document_type in ("mid", "improvement_plan")
        assert self.network in NETWORKS and self.status in ("final", "draft")
        ids = MID_SECTIONS if self.document_type == "mid" else PLAN_SECTIONS
        sections = {k: "missing" for k in ids}
        seen = set()
        seen_acts = set()
        actions = []
        for sec in self.body:
            for k in sec.keys:
                assert k in ids, k
                assert k not in seen, f"{self.stem}: duplicate section {k}"
                seen.add(k)
                sections[k] = sec.status
            for b in sec.blocks:
                if isinstance(b, Actions):       # the same action may be shown twice
                    for a in b.acts:
                        if id(a) not in seen_acts:
                            seen_acts.add(id(a))
                            actions.append(a.gold())
        if self.document_type == "improvement_plan":
            assert all(a["type"] for a in actions)
        else:
            assert all(a["type"] is None for a in actions)
        return {"file": self.file, "document_type": self.document_type, "city": self.city,
                "network": self.network, "status": self.status, "text_layer": True,
                "sections": sections, "actions": actions, "notes": self.notes}

    def write_gold(self, out_dir: Path) -> Path:
        path = out_dir / f"{self.stem}.gold.json"
        path.write_text(json.dumps(self.gold(), ensure_ascii=False, indent=2) + "\n",
                        encoding="utf-8")
        return path


def roman(n: int) -> str:
    vals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def list_label(kind: str, i: int) -> str:
    return {"bullet": "•", "dash": "–"}.get(kind) or (
        f"{'abcdefghijklmnop'[i]})" if kind == "alpha" else f"{i + 1})" if kind == "num"
        else f"{i + 1}.")


def expand_blocks(blocks: list) -> list:
    """Turn Actions blocks into plain blocks (H2/P/L/T) for the renderers."""
    out = []
    for b in blocks:
        if not isinstance(b, Actions):
            out.append(b)
            continue
        if b.mode == "table":
            widths = [c[2] for c in b.columns]
            out.append(T(b.table_rows(), widths=widths, size=b.table_size))
            continue
        for i, a in enumerate(b.acts):
            head = b.label_for(i) + a.title
            if b.heading == "h2":
                out.append(H2(head))
            elif b.heading == "bold":
                out.append(P(f"**{head}**", align="left"))
            if a.description:
                out.append(P(a.description))
            if b.mode == "kv":
                lines = b.fact_lines(a)
                if b.kv_bullets:
                    out.append(L(lines, "dash"))
                else:
                    out.extend(P(x, align="left") for x in lines)
            elif b.mode == "prose":
                out.append(P(b.prose_text(a)))
            else:
                raise ValueError(b.mode)
    return out


def split_bold(text: str):
    """Yield (chunk, bold) pairs from ``**bold**`` markup."""
    for part in BOLD_RE.split(text):
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            yield part[2:-2], True
        else:
            yield part, False


# =====================================================================
# reportlab
# =====================================================================
def render_pdf(doc: Doc, path: Path) -> None:
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)
    from pdfcommon import numbered_canvas, register_fonts

    register_fonts()
    s = doc.style
    font = s.get("font", "DejaVuSans")
    hfont = s.get("heading_font", font)
    size = s.get("size", 10)
    lead = round(size * 1.38, 1)
    accent = colors.HexColor(s.get("accent", "#1f3864"))
    aligns = {"justify": TA_JUSTIFY, "left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=lead,
                          alignment=TA_JUSTIFY, spaceAfter=size * 0.55)
    h1 = ParagraphStyle("h1", fontName=hfont + "-Bold", fontSize=s.get("h1_size", 14),
                        leading=s.get("h1_size", 14) * 1.25, textColor=accent,
                        spaceBefore=14, spaceAfter=7, keepWithNext=1,
                        alignment=TA_CENTER if s.get("h1_center") else TA_LEFT)
    h2 = ParagraphStyle("h2", fontName=hfont + "-Bold", fontSize=size + 1.2,
                        leading=(size + 1.2) * 1.3, textColor=colors.HexColor(
                            s.get("h2_color", "#000000")),
                        spaceBefore=8, spaceAfter=4, keepWithNext=1)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=5,
                            spaceAfter=size * 0.25, alignment=TA_LEFT, bulletFontName=font)
    tsize = s.get("table_size", size - 1.5)
    cellst = ParagraphStyle("cell", fontName=font, fontSize=tsize, leading=tsize * 1.22)
    cellh = ParagraphStyle("cellh", parent=cellst, fontName=font + "-Bold")

    def esc(t: str) -> str:
        t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out = "".join(f"<b>{c}</b>" if b else c for c, b in split_bold(t))
        return out.replace("\n", "<br/>")

    frame_w = A4[0] - 2 * s.get("margin_cm", 2.2) * cm

    def para(b: P):
        st = body if b.align == "justify" and not b.size else ParagraphStyle(
            "x", parent=body, alignment=aligns[b.align], fontSize=b.size or size,
            leading=(b.size or size) * 1.35)
        txt = esc(b.text)
        return Paragraph(f"<i>{txt}</i>" if b.italic else txt, st)

    def table(b: T):
        n = len(b.rows[0])
        rel = b.widths or [1] * n
        widths = [frame_w * w / sum(rel) for w in rel]
        cs = cellst if not b.size else ParagraphStyle("c2", parent=cellst, fontSize=b.size,
                                                      leading=b.size * 1.22)
        ch = ParagraphStyle("ch2", parent=cs, fontName=font + "-Bold")
        data = [[Paragraph(esc(c), ch if r < b.header_rows else cs) for c in row]
                for r, row in enumerate(b.rows)]
        heights = None
        if b.min_row_height:
            heights = [None] * b.header_rows + [b.min_row_height] * (len(b.rows) - b.header_rows)
        t = Table(data, colWidths=widths, rowHeights=heights, repeatRows=b.header_rows)
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, b.header_rows - 1),
             colors.HexColor(s.get("table_head", "#dce6f1"))),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]))
        return [Spacer(1, 3), t, Spacer(1, 8)]

    def blocks(bl):
        out = []
        for b in expand_blocks(bl):
            if isinstance(b, P):
                out.append(para(b))
            elif isinstance(b, H2):
                out.append(Paragraph(esc(b.text), h2))
            elif isinstance(b, L):
                for i, it in enumerate(b.items):
                    out.append(Paragraph(esc(it), bullet, bulletText=list_label(b.kind, i)))
            elif isinstance(b, T):
                out.extend(table(b))
            elif isinstance(b, KV):
                out.append(Paragraph(esc(f"**{b.label}:** {b.value}"),
                                     ParagraphStyle("kv", parent=body, alignment=TA_LEFT,
                                                    spaceAfter=2)))
            elif isinstance(b, PB):
                out.append(PageBreak())
            elif isinstance(b, Gap):
                out.append(Spacer(1, b.pt))
            else:
                raise TypeError(b)
        return out

    story = []
    if doc.title_page:
        story.extend(title_page_pdf(doc, font, accent, esc, frame_w))
    if doc.toc:
        story.append(Paragraph(esc(doc.toc_title), h1))
        rows = [[Paragraph(esc(e), body), Paragraph(str(p), ParagraphStyle(
            "r", parent=body, alignment=TA_RIGHT))] for e, p in doc.toc]
        t = Table(rows, colWidths=[frame_w - 2 * cm, 2 * cm])
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t)
        story.append(PageBreak() if s.get("toc_break", True) else Spacer(1, 12))
    for sec in doc.body:
        if sec.break_before:
            story.append(PageBreak())
        flow = []
        if sec.heading:
            htxt = sec.heading.upper() if s.get("h1_caps") else sec.heading
            flow.append(Paragraph(esc(htxt), h1))
            if s.get("h1_rule"):
                from reportlab.platypus.flowables import HRFlowable
                flow.append(HRFlowable(width="100%", thickness=0.8, color=accent,
                                       spaceBefore=0, spaceAfter=6))
        content = blocks(sec.blocks)
        if flow and content:
            story.append(KeepTogether(flow + content[:1]))
            story.extend(content[1:])
        else:
            story.extend(flow + content)

    header, footer = doc.header, doc.footer
    skip_first = bool(doc.title_page)

    def deco(canv, page_no, page_count):
        if skip_first and page_no == 1:
            return
        canv.saveState()
        canv.setFont(font, 7.5)
        canv.setFillColor(colors.HexColor("#555555"))
        if header:
            canv.drawString(s.get("margin_cm", 2.2) * cm, A4[1] - 1.25 * cm, header)
            canv.setStrokeColor(colors.HexColor("#999999"))
            canv.setLineWidth(0.4)
            canv.line(s.get("margin_cm", 2.2) * cm, A4[1] - 1.4 * cm,
                      A4[0] - s.get("margin_cm", 2.2) * cm, A4[1] - 1.4 * cm)
        foot = s.get("page_fmt", "Strona {n} z {N}").format(n=page_no, N=page_count)
        if footer:
            canv.drawString(s.get("margin_cm", 2.2) * cm, 1.2 * cm, footer)
            canv.drawRightString(A4[0] - s.get("margin_cm", 2.2) * cm, 1.2 * cm, foot)
        else:
            canv.drawCentredString(A4[0] / 2, 1.2 * cm, foot)
        canv.restoreState()

    m = s.get("margin_cm", 2.2) * cm
    tpl = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=m, rightMargin=m,
                            topMargin=2.0 * cm, bottomMargin=2.0 * cm, title=doc.title,
                            author=doc.author, subject="", creator="", producer="")
    tpl.build(story, canvasmaker=numbered_canvas(deco))


def title_page_pdf(doc, font, accent, esc, frame_w):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle
    st = {
        "org": ParagraphStyle("org", fontName=font, fontSize=11, leading=15, alignment=TA_CENTER,
                              textColor=colors.HexColor("#444444")),
        "title": ParagraphStyle("title", fontName=font + "-Bold", fontSize=21, leading=27,
                                alignment=TA_CENTER, textColor=accent, spaceBefore=6,
                                spaceAfter=10),
        "sub": ParagraphStyle("sub", fontName=font, fontSize=13.5, leading=18,
                              alignment=TA_CENTER, spaceAfter=6),
        "meta": ParagraphStyle("meta", fontName=font, fontSize=10.5, leading=14,
                               alignment=TA_CENTER),
        "note": ParagraphStyle("note", fontName=font + "-Italic", fontSize=8.5, leading=11,
                               alignment=TA_CENTER, textColor=colors.HexColor("#555555")),
    }
    out = [Spacer(1, 3.2 * cm)]
    for kind, text in doc.title_page:
        if kind == "space":
            out.append(Spacer(1, float(text) * cm))
        elif kind == "stamp":
            p = Paragraph(esc(text), ParagraphStyle("stamp", fontName=font + "-Bold",
                                                    fontSize=20, leading=24, alignment=TA_CENTER,
                                                    textColor=colors.HexColor("#c00000")))
            t = Table([[p]], colWidths=[7 * cm])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 2, colors.HexColor("#c00000")),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
            out += [t, Spacer(1, 0.6 * cm)]
        else:
            out.append(Paragraph(esc(text), st[kind]))
    out.append(PageBreak())
    return out


# =====================================================================
# DOCX
# =====================================================================
def render_docx(doc: Doc, path: Path) -> None:
    from docx.enum.section import WD_SECTION  # noqa: F401
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor
    import docx_kit as K

    s = doc.style
    d = K.new_document(font=s.get("font", "Calibri"), size=s.get("size", 11))
    K.set_core(d, title=doc.title, author=doc.author, created=doc.created,
               modified=doc.modified, subject=doc.title, revision=s.get("revision", 3))
    accent = RGBColor.from_string(s.get("accent", "1F3864"))
    al = {"justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "left": WD_ALIGN_PARAGRAPH.LEFT,
          "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}
    mode = s.get("heading_mode", "styles")          # styles | autonum | fake

    for lvl, sz in ((1, s.get("h1_size", 15)), (2, s.get("h2_size", 12.5))):
        hs = d.styles[f"Heading {lvl}"]
        hs.font.name = s.get("heading_font", s.get("font", "Calibri"))
        rpr = hs.element.get_or_add_rPr()
        rfonts = rpr.find(K.qn("w:rFonts"))
        if rfonts is not None:                       # drop theme fonts so the name applies
            for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                if rfonts.get(K.qn(a)) is not None:
                    del rfonts.attrib[K.qn(a)]
        hs.font.size = Pt(sz)
        hs.font.bold = True
        hs.font.color.rgb = accent if lvl == 1 else RGBColor.from_string(
            s.get("h2_color", "2E5496"))
        if lvl == 1 and s.get("h1_caps_style"):
            hs.font.all_caps = True
    if mode == "autonum":
        nid = K.add_numbering(d, [
            dict(fmt="decimal", text="%1.", left=432, hanging=432, pstyle="Heading1"),
            dict(fmt="decimal", text="%1.%2.", left=720, hanging=720, pstyle="Heading2"),
        ], nsid="5A1C0B3E")
        K.link_style_numbering(d.styles["Heading 1"], nid, 0)
        K.link_style_numbering(d.styles["Heading 2"], nid, 1)

    sec0 = d.sections[0]
    if doc.title_page:
        sec0.different_first_page_header_footer = True
    if doc.header:
        hp = sec0.header.paragraphs[0]
        hp.text = doc.header
        hp.runs[0].font.size = Pt(8.5)
        hp.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec0.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if doc.footer:
        fp.add_run(doc.footer + "   |   ").font.size = Pt(8.5)
    fp.add_run("Strona ").font.size = Pt(8.5)
    K.add_field(fp, "PAGE", "1")

    # ---------------- title page
    if doc.title_page:
        sizes = {"org": 12, "title": 24, "sub": 15, "meta": 11.5, "note": 9, "stamp": 26}
        d.add_paragraph().paragraph_format.space_before = Pt(90)
        for kind, text in doc.title_page:
            if kind == "space":
                p = d.add_paragraph()
                p.paragraph_format.space_before = Pt(float(text) * 28)
                continue
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(text)
            r.font.size = Pt(sizes[kind])
            if kind in ("title", "stamp"):
                r.bold = True
            if kind == "title":
                r.font.color.rgb = accent
            if kind == "stamp":
                r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
            if kind == "note":
                r.italic = True
        K.page_break(d)

    if doc.toc:
        K.fake_heading(d, doc.toc_title, size=14)
        for entry, page in doc.toc:
            p = d.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), alignment=2, leader=1)
            p.add_run(f"{entry}\t{page}")
            p.paragraph_format.space_after = Pt(2)
        K.page_break(d)

    def add_table(b: T):
        ncol = len(b.rows[0])
        t = d.add_table(rows=len(b.rows), cols=ncol)
        t.style = d.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        rel = b.widths or [1] * ncol
        total = 17.0
        K.set_col_widths(t, [Cm(total * w / sum(rel)) for w in rel])
        sz = b.size or s.get("table_size", 9)
        for r, row in enumerate(b.rows):
            for c, val in enumerate(row):
                cell = t.cell(r, c)
                K.cell_text(cell, val, bold=r < b.header_rows, size=sz)
                if r < b.header_rows:
                    K.shade(cell, s.get("table_head", "D9E2F3"))
            if r < b.header_rows:
                K.repeat_as_header(t.rows[r])
            elif b.min_row_height:
                t.rows[r].height = Pt(b.min_row_height)
        d.add_paragraph().paragraph_format.space_after = Pt(2)

    def heading(text: str, level: int, caps_attr: bool = False):
        if mode in ("styles", "autonum"):
            h = d.add_paragraph(style=f"Heading {level}")
            r = h.add_run(text)
            if caps_attr:
                r.font.all_caps = True
            return h
        # fake headings: bold Normal paragraphs
        return K.fake_heading(d, text, size=s.get("h1_size", 14) if level == 1
                              else s.get("h2_size", 11.5), caps=caps_attr,
                              color=accent if level == 1 else None)

    for sec in doc.body:
        if sec.break_before:
            K.page_break(d)
        if sec.heading:
            heading(sec.heading, sec.level, sec.caps_attr)
        for b in expand_blocks(sec.blocks):
            if isinstance(b, P):
                p = d.add_paragraph()
                p.alignment = al[b.align]
                K.add_rich(p, b.text, size=b.size)
                if b.italic:
                    for r in p.runs:
                        r.italic = True
            elif isinstance(b, H2):
                heading(b.text, sec.level + 1)
            elif isinstance(b, L):
                for i, it in enumerate(b.items):
                    if b.kind == "bullet":
                        p = d.add_paragraph(style="List Bullet")
                        K.add_rich(p, it)
                    elif b.kind == "num" and s.get("word_lists", True):
                        p = d.add_paragraph(style="List Number")
                        K.add_rich(p, it)
                    else:
                        p = d.add_paragraph()
                        p.paragraph_format.left_indent = Cm(0.9)
                        p.paragraph_format.first_line_indent = Cm(-0.5)
                        p.paragraph_format.space_after = Pt(2)
                        K.add_rich(p, f"{list_label(b.kind, i)} {it}")
            elif isinstance(b, T):
                add_table(b)
            elif isinstance(b, KV):
                p = d.add_paragraph()
                p.paragraph_format.space_after = Pt(1)
                K.add_rich(p, f"**{b.label}:** {b.value}")
            elif isinstance(b, PB):
                K.page_break(d)
            elif isinstance(b, Gap):
                d.add_paragraph()
            else:
                raise TypeError(b)
    d.save(str(path))


# =====================================================================
# ODT
# =====================================================================
def render_odt(doc: Doc, path: Path) -> None:
    from odt_kit import OdtDoc
    s = doc.style
    o = OdtDoc(title=doc.title, author=doc.author, created=doc.created.replace(tzinfo=None),
               modified=doc.modified.replace(tzinfo=None), subject=doc.title,
               font=s.get("font", "Liberation Serif"),
               heading_font=s.get("heading_font", "Liberation Sans"),
               size=f"{s.get('size', 11)}pt")
    o.page_setup(header=doc.header, footer_pages=True, footer_text=doc.footer)
    mode = s.get("heading_mode", "h")               # h | bold
    o.auto_para("P_fake1", "Text_20_body",
                para=dict(margintop="0.45cm", marginbottom="0.2cm", keepwithnext="always"),
                txt=dict(fontsize=s.get("fake_size", "13pt"), fontweight="bold",
                         color=s.get("accent", "#1f3864")))
    o.auto_para("P_fake2", "Text_20_body",
                para=dict(margintop="0.3cm", marginbottom="0.12cm", keepwithnext="always"),
                txt=dict(fontsize="11.5pt", fontweight="bold"))
    o.auto_para("P_left", "Text_20_body", para=dict(textalign="left"))
    o.auto_para("P_right", "Text_20_body", para=dict(textalign="end"))
    o.auto_para("P_italic", "Text_20_body", txt=dict(fontstyle="italic"))
    o.auto_para("P_toc", "Text_20_body", para=dict(textalign="left", marginbottom="0.08cm"),
                tabs=[("16.5cm", True)])
    for kind, sz in (("org", "12pt"), ("title", "22pt"), ("sub", "15pt"), ("meta", "11.5pt"),
                     ("note", "9pt"), ("stamp", "24pt")):
        txt = dict(fontsize=sz)
        if kind in ("title", "stamp"):
            txt["fontweight"] = "bold"
        if kind == "stamp":
            txt["color"] = "#c00000"
        if kind == "note":
            txt["fontstyle"] = "italic"
        o.auto_para(f"P_tp_{kind}", "Text_20_body",
                    para=dict(textalign="center", marginbottom="0.3cm"), txt=txt)
    o.auto_para("P_tp_top", "Text_20_body", para=dict(margintop="4cm"))
    bl = o.list_style("L_bullet", [("bullet", "•"), ("bullet", "–")])
    nl = o.list_style("L_num", [("number", ")"), ("number", ")")])

    if doc.title_page:
        o.p("", "P_tp_top")
        for kind, text in doc.title_page:
            if kind == "space":
                for _ in range(int(float(text))):
                    o.p("", "Text_20_body")
                continue
            o.p(text, f"P_tp_{kind}")
        o.page_break()
    if doc.toc:
        o.p(f"**{doc.toc_title}**", "P_fake1")
        for entry, page in doc.toc:
            o.p(f"{entry}\t{page}", "P_toc")
        o.page_break()

    def heading(text, level):
        if mode == "h":
            o.h(level, text)
        else:
            o.p(text, "P_fake1" if level == 1 else "P_fake2")

    total_cm = 16.8
    for sec in doc.body:
        if sec.break_before:
            o.page_break()
        if sec.heading:
            heading(sec.heading, sec.level)
        for b in expand_blocks(sec.blocks):
            if isinstance(b, P):
                sty = {"justify": "Text_20_body", "left": "P_left", "center": "P_center",
                       "right": "P_right"}[b.align]
                o.p(b.text, "P_italic" if b.italic else sty)
            elif isinstance(b, H2):
                heading(b.text, sec.level + 1)
            elif isinstance(b, L):
                if b.kind == "bullet":
                    o.lst(b.items, bl)
                elif b.kind == "num":
                    o.lst(b.items, nl)
                else:
                    for i, it in enumerate(b.items):
                        o.p(f"{list_label(b.kind, i)} {it}", "P_kv")
            elif isinstance(b, T):
                rel = b.widths or [1] * len(b.rows[0])
                rows = b.rows
                if b.min_row_height:             # keep empty rows visibly tall
                    rows = [r if i < b.header_rows else [c or "" for c in r]
                            for i, r in enumerate(rows)]
                o.table(rows, [total_cm * w / sum(rel) for w in rel],
                        header_rows=b.header_rows)
            elif isinstance(b, KV):
                o.kv(b.label, b.value)
            elif isinstance(b, PB):
                o.page_break()
            elif isinstance(b, Gap):
                o.p("", "Text_20_body")
            else:
                raise TypeError(b)
    o.save(path)
