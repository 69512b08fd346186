"""Shared helpers for the PDF sample-document builders.

Everything that more than one document needs lives here: font registration,
paragraph styles, the content model (sections, blocks, actions), gold-file
writing and rasterisation helpers used for the scanned / mixed documents.

All builders must be deterministic: reportlab runs with ``invariant = 1``
(fixed creation date and document ID), no wall-clock time is used and every
random process is seeded.
"""
from __future__ import annotations

import io
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1  # fixed /CreationDate and /ID -> byte-identical output

from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]          # /work/main
DOC_DIR = ROOT / "corpus" / "documents"
GOLD_DIR = ROOT / "corpus" / "gold"

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
LIBERATION = Path("/usr/share/fonts/truetype/liberation")

# ---------------------------------------------------------------------------
# Fonts
# ---------------------------------------------------------------------------
_FAMILIES = {
    # family: (directory, regular, bold, italic, bold-italic)
    "DejaVuSans": (DEJAVU, "DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
                   "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
    "DejaVuSerif": (DEJAVU, "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf",
                    "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
    "LiberationSans": (LIBERATION, "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                       "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"),
    "LiberationSerif": (LIBERATION, "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                        "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"),
}
_registered = False


def register_fonts() -> None:
    """Register the TTF families (regular/-Bold/-Italic/-BoldItalic) once."""
    global _registered
    if _registered:
        return
    for fam, (d, r, b, i, bi) in _FAMILIES.items():
        names = (fam, fam + "-Bold", fam + "-Italic", fam + "-BoldItalic")
        for name, fn in zip(names, (r, b, i, bi)):
            pdfmetrics.registerFont(TTFont(name, str(d / fn)))
        pdfmetrics.registerFontFamily(fam, normal=names[0], bold=names[1],
                                      italic=names[2], boldItalic=names[3])
    _registered = True


def register_nbsp_font(name: str, path: Path) -> str:
    """Register a TTF font that keeps U+00A0 in the text layer.

    reportlab's ``TTFont.splitString`` silently maps NBSP to an ordinary space, so
    the extracted text would never contain U+00A0.  This variant is the same
    method with that single mapping removed (checked against the installed
    reportlab source, so an upgrade that changes it fails loudly).
    """
    import inspect
    import textwrap

    from reportlab.pdfbase import ttfonts

    if name in pdfmetrics.getRegisteredFontNames():
        return name
    src = textwrap.dedent(inspect.getsource(ttfonts.TTFont.splitString))
    needle = "if code==0xa0: code = 32"
    assert needle in src, "reportlab changed TTFont.splitString"
    ns: dict = {}
    exec(src.replace(needle, "pass"), vars(ttfonts), ns)
    cls = type("NbspTTFont", (TTFont,), {"splitString": ns["splitString"]})
    font = cls(name, str(path))
    # registerFont() aliases fonts that share a face name to the first one registered,
    # which would silently replace this variant by the plain font – give it its own face name
    font.face.name = name.encode("ascii")
    pdfmetrics.registerFont(font)
    assert pdfmetrics.getFont(name) is font
    return name


def make_styles(font: str = "DejaVuSerif", size: float = 10.5, leading: float | None = None,
                heading_font: str | None = None, heading_size: float = 14,
                heading_bold: bool = True, justify: bool = True) -> dict[str, ParagraphStyle]:
    """A small consistent style sheet for one document."""
    register_fonts()
    leading = leading or round(size * 1.35, 1)
    hfont = heading_font or font
    hname = hfont + ("-Bold" if heading_bold else "")
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=leading,
                          alignment=TA_JUSTIFY if justify else TA_LEFT, spaceAfter=size * 0.6,
                          bulletFontName=font)
    return {
        "body": body,
        "h1": ParagraphStyle("h1", parent=body, fontName=hname, fontSize=heading_size,
                             leading=heading_size * 1.25, alignment=TA_LEFT,
                             spaceBefore=heading_size * 0.9, spaceAfter=heading_size * 0.45,
                             keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=body, fontName=hfont + ("-Bold" if heading_bold else ""),
                             fontSize=size + 1.5, leading=(size + 1.5) * 1.3, alignment=TA_LEFT,
                             spaceBefore=size * 0.8, spaceAfter=size * 0.35, keepWithNext=1),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=18, bulletIndent=6,
                                 spaceAfter=size * 0.25),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=8, leading=9.6, alignment=TA_LEFT),
        "cellhead": ParagraphStyle("cellhead", fontName=font + "-Bold", fontSize=8, leading=9.6,
                                   alignment=TA_LEFT),
        "small": ParagraphStyle("small", parent=body, fontSize=size - 1.5,
                                leading=(size - 1.5) * 1.3),
        "title": ParagraphStyle("title", fontName=font + "-Bold", fontSize=22, leading=28,
                                alignment=1, spaceAfter=14),
        "subtitle": ParagraphStyle("subtitle", fontName=font, fontSize=13, leading=18,
                                   alignment=1, spaceAfter=8),
    }


# ---------------------------------------------------------------------------
# Content model
# ---------------------------------------------------------------------------
THEMES = {"low_emission", "cycling", "walking_traffic_calming", "public_transport",
          "eco_awareness", "social_activation", "public_space", "economic_activation", "other"}
REC_TYPES = {None, "legal", "financial", "organisational", "knowledge"}
STATUSES = {"present", "incomplete", "missing"}
MID_SECTIONS = ("summary", "context", "objectives", "actions", "schedule", "budget",
                "stakeholders", "indicators", "risks")
PLAN_SECTIONS = ("introduction", "diagnosis", "recommendations", "addressees", "implementation")
NETWORK_LABEL = {"air_quality": "Jakość powietrza", "mobility": "Mobilność miejska",
                 "revitalisation": "Rewitalizacja"}


@dataclass
class H2:
    """Sub-heading inside a section."""
    text: str


@dataclass
class Bullets:
    items: list[str]
    style: str = "bullet"        # "bullet" (•), "dash" (–), "alpha" (a), b), …), "num" (1), 2), …)


@dataclass
class Special:
    """A document-specific block (tables, action lists…), rendered by the builder."""
    kind: str
    data: object = None


@dataclass
class Section:
    key: str                    # gold id (summary, context, … / introduction, …)
    heading: str                # printed heading, including its number
    status: str = "present"     # present | incomplete | missing
    blocks: list = field(default_factory=list)   # str | H2 | Bullets | Special

    def __post_init__(self):
        assert self.status in STATUSES, self.status


@dataclass
class Action:
    title: str
    theme: str
    description: str = ""
    responsible: str | None = None
    timeline: str | None = None
    cost: str | None = None            # printed value (e.g. "1 250" tys. zł or "3,2 mln zł")
    source: str | None = None          # financing source (not a gold field)
    indicator: str | None = None
    secondary_themes: list[str] = field(default_factory=list)
    type: str | None = None            # recommendation type for improvement plans

    def __post_init__(self):
        assert self.theme in THEMES, self.theme
        assert all(t in THEMES for t in self.secondary_themes), self.secondary_themes
        assert self.type in REC_TYPES, self.type

    def gold(self) -> dict:
        return {
            "title": self.title,
            "theme": self.theme,
            "secondary_themes": list(self.secondary_themes),
            "responsible": self.responsible is not None,
            "timeline": self.timeline is not None,
            "cost": self.cost is not None,
            "indicator": self.indicator is not None,
            "type": self.type,
        }


def cell(value: str | None, missing: str = "—") -> str:
    """Printed table value: missing facts are shown as a dash (or 'b.d.')."""
    return missing if value is None else value


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------
def write_gold(file: str, *, document_type: str, city: str | None, network: str, status: str,
               text_layer: bool, sections: list[Section], actions: list[Action],
               features: list[str], notes: str) -> Path:
    assert document_type in ("mid", "improvement_plan")
    assert network in NETWORK_LABEL and status in ("final", "draft")
    ids = MID_SECTIONS if document_type == "mid" else PLAN_SECTIONS
    by_key = {s.key: s.status for s in sections}
    assert set(by_key) <= set(ids), set(by_key) - set(ids)
    gold = {
        "file": file,
        "document_type": document_type,
        "city": city,
        "network": network,
        "status": status,
        "text_layer": text_layer,
        # a section the document does not contain at all is "missing"
        "sections": {k: by_key.get(k, "missing") for k in ids},
        "actions": [a.gold() for a in actions],
        "features": list(features),
        "notes": notes,
    }
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    path = GOLD_DIR / (Path(file).stem + ".gold.json")
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------------------
# Platypus helpers
# ---------------------------------------------------------------------------
_BULLET_CHARS = {"bullet": "•", "dash": "–"}


def bullet_label(style: str, i: int) -> str:
    if style in _BULLET_CHARS:
        return _BULLET_CHARS[style]
    if style == "alpha":
        return "abcdefghijklmnop"[i] + ")"
    if style == "num":
        return f"{i + 1})"
    raise ValueError(style)


def blocks_to_flowables(blocks, st: dict, special=None) -> list:
    """Generic rendering of str / H2 / Bullets; Special blocks go to ``special(block)``."""
    from reportlab.platypus import Paragraph
    out = []
    for b in blocks:
        if isinstance(b, str):
            assert "&" not in b and "<" not in b, b[:40]
            out.append(Paragraph(b, st["body"]))
        elif isinstance(b, H2):
            out.append(Paragraph(b.text, st["h2"]))
        elif isinstance(b, Bullets):
            for i, item in enumerate(b.items):
                out.append(Paragraph(item, st["bullet"], bulletText=bullet_label(b.style, i)))
        elif isinstance(b, Special):
            assert special is not None, b.kind
            out.extend(special(b))
        else:
            raise TypeError(b)
    return out


def numbered_canvas(draw_decorations):
    """Canvas class that knows the total page count when decorating pages.

    ``draw_decorations(canvas, page_no, page_count)`` is called for every page
    just before the document is written.
    """
    from reportlab.pdfgen import canvas as rl_canvas

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved_page_states = []

        def showPage(self):
            self._saved_page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved_page_states)
            for state in self._saved_page_states:
                self.__dict__.update(state)
                draw_decorations(self, self._pageNumber, n)
                super().showPage()
            super().save()

    return NumberedCanvas


# ---------------------------------------------------------------------------
# Raster helpers (scans, image-only pages)
# ---------------------------------------------------------------------------
def render_pdf_pages(pdf_bytes: bytes, dpi: int, grayscale: bool = True):
    """Render every page of an in-memory PDF to a PIL image."""
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdf_bytes)
    images = []
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            bmp = page.render(scale=dpi / 72.0, grayscale=grayscale)
            images.append(bmp.to_pil().copy())
            page.close()
    finally:
        pdf.close()
    return images


def scanify(img, seed: int, angle: float = 0.3, noise: int = 18):
    """Make a rendered page look scanned: small rotation, grey noise, slight blur."""
    from PIL import Image, ImageFilter
    g = img.convert("L")
    g = g.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    rnd = random.Random(seed)
    noise_img = Image.frombytes("L", g.size, rnd.randbytes(g.size[0] * g.size[1]))
    # map uniform noise 0..255 to a darkening of 0..noise grey levels
    noise_img = noise_img.point(lambda v: 255 - (v * noise) // 255)
    g = Image.composite(g, noise_img, g.point(lambda v: 255 if v < 250 else 0))
    g = g.filter(ImageFilter.GaussianBlur(0.35))
    # paper is never pure white
    g = g.point(lambda v: min(v, 246))
    return g


def jpeg_bytes(img, quality: int = 78) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality, optimize=False, progressive=False)
    return buf.getvalue()
