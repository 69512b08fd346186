"""ODT backend: content.xml / styles.xml read with lxml through a hardened parser.

ODF is plain, well-specified XML in a ZIP; reading it directly gives headings
with outline levels, paragraph/span styles (bold, size), lists with levels,
tables with row/column spans and covered cells, sections, text boxes, notes,
master-page headers/footers and soft page breaks. (odfpy builds a slower object
tree around the same XML and offers no structured text extraction on top.)
"""
from __future__ import annotations

import re
import zipfile
from collections import Counter
from pathlib import Path

from ..config import Limits
from ..errors import message
from ..model import Cell, ConversionResult, Document, Furniture, HeadingSignals, PageInfo
from . import package
from .builder import CHARS_PER_PAGE, BlockBuilder
from .numbering import fmt as format_number

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}



def q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


_NUM_FORMATS = {"1": "decimal", "I": "upperRoman", "i": "lowerRoman", "A": "upperLetter", "a": "lowerLetter"}


def read(path: Path, res: ConversionResult, limits: Limits) -> None:
    problem = package.check(path, "odt", limits, ("content.xml",))
    if problem:
        res.fail(problem)
        return
    try:
        with zipfile.ZipFile(path) as zf:
            macros = package.has_macros(zf)
            names = set(zf.namelist())
            if "META-INF/manifest.xml" in names:
                manifest = package.parse_part(zf, "META-INF/manifest.xml")
                if manifest.find(f".//{q('manifest:encryption-data')}") is not None:
                    res.fail(message("odt_encrypted"))
                    return
            content = package.parse_part(zf, "content.xml")
            styles = package.parse_part(zf, "styles.xml") if "styles.xml" in names else None
            meta = package.parse_part(zf, "meta.xml") if "meta.xml" in names else None
    except package.ForbiddenXML:
        res.fail(message("xml_forbidden", fmt="ODT"))
        return
    except Exception as exc:  # noqa: BLE001 - lxml/zipfile raise many kinds on broken packages
        res.fail(message("odt_corrupt", detail=str(exc)[:160] or type(exc).__name__))
        return
    if macros:
        res.warnings.append(message("macros_ignored"))
    reader = _OdtReader(content, styles)
    reader.run()
    pages, metadata = _meta(meta)
    n = max(pages, reader.page)
    res.document = Document(source_file=res.source_file, sha256=res.sha256, format="odt",
                            pages=[PageInfo(number=i + 1) for i in range(n)],
                            blocks=reader.b.blocks, furniture=reader.b.furniture, metadata=metadata)
    if not reader.b.blocks:
        res.warnings.append(message("no_text"))


def _meta(meta) -> tuple[int, dict[str, str]]:
    if meta is None:
        return 0, {}
    pages = 0
    stat = meta.find(f".//{q('meta:document-statistic')}")
    if stat is not None and (stat.get(q("meta:page-count")) or "").isdigit():
        pages = int(stat.get(q("meta:page-count")))
    md = {}
    for key, tag in (("title", "dc:title"), ("author", "dc:creator")):
        el = meta.find(f".//{q(tag)}")
        if el is not None and (el.text or "").strip():
            md[key] = el.text.strip()
    return pages, md


def _size(value: str | None, parent: float | None) -> float | None:
    if not value:
        return None
    m = re.match(r"([\d.]+)\s*(pt|%|cm|mm|in)?", value)
    if not m:
        return None
    v = float(m.group(1))
    unit = m.group(2) or "pt"
    if unit == "%":
        return (parent or 11.0) * v / 100
    return {"pt": v, "cm": v * 28.35, "mm": v * 2.835, "in": v * 72}[unit]


class _OdtReader:
    def __init__(self, content, styles) -> None:
        self.content = content
        self.styles_root = styles
        self.b = BlockBuilder()
        self.page = 1
        self.chars_on_page = 0
        self.has_breaks = content.find(f".//{q('text:soft-page-break')}") is not None
        self.style: dict[str, dict] = {}
        self.list_styles: dict[str, dict[int, tuple[str, str, str]]] = {}
        self.default_size = 12.0
        for root in (styles, content):
            if root is not None:
                self._load_styles(root)
        self.body_size = self._body_size()

    # ---------------------------------------------------------------- styles
    def _load_styles(self, root) -> None:
        for ds in root.iter(q("style:default-style")):
            if ds.get(q("style:family")) == "paragraph":
                tp = ds.find(q("style:text-properties"))
                if tp is not None:
                    self.default_size = _size(tp.get(q("fo:font-size")), 12.0) or self.default_size
        for st in root.iter(q("style:style")):
            tp = st.find(q("style:text-properties"))
            self.style[st.get(q("style:name"))] = {
                "parent": st.get(q("style:parent-style-name")),
                "display": st.get(q("style:display-name")) or st.get(q("style:name")),
                "bold": (tp.get(q("fo:font-weight")) in ("bold", "600", "700", "800", "900")) if tp is not None
                and tp.get(q("fo:font-weight")) else None,
                "size_raw": tp.get(q("fo:font-size")) if tp is not None else None,
                "caps": (tp.get(q("fo:text-transform")) == "uppercase") if tp is not None
                and tp.get(q("fo:text-transform")) else None,
                "outline": st.get(q("style:default-outline-level")),
                "list_style": st.get(q("style:list-style-name")),
            }
        for ls in root.iter(q("text:list-style")):
            levels = {}
            for el in ls:
                lvl = int(el.get(q("text:level"), "1"))
                if el.tag == q("text:list-level-style-number"):
                    levels[lvl] = ("number", _NUM_FORMATS.get(el.get(q("style:num-format"), "1"), "decimal"),
                                   el.get(q("style:num-suffix"), "."))
                else:
                    levels[lvl] = ("bullet", "", el.get(q("text:bullet-char"), "•"))
            self.list_styles[ls.get(q("style:name"))] = levels

    def _prop(self, name: str | None, key: str):
        seen = 0
        while name and seen < 20:
            st = self.style.get(name)
            if st is None:
                return None
            if key == "size":
                raw = st.get("size_raw")
                if raw:
                    parent = self._prop(st.get("parent"), "size") or self.default_size
                    return _size(raw, parent)
            elif st.get(key) is not None:
                return st[key]
            name = st.get("parent")
            seen += 1
        return None

    def _runs(self, el, p_style: str | None) -> tuple[str, list[tuple[float, bool, bool, int]]]:
        """Visible text of a paragraph and (size, bold, caps, chars) per styled piece."""
        parts: list[str] = []
        pieces: list[tuple[float, bool, bool, int]] = []

        def props(style):
            size = self._prop(style, "size") or self._prop(p_style, "size") or self.default_size
            bold = self._prop(style, "bold")
            bold = self._prop(p_style, "bold") if bold is None else bold
            caps = self._prop(style, "caps")
            caps = self._prop(p_style, "caps") if caps is None else caps
            return float(size), bool(bold), bool(caps)

        def add(text: str, style):
            if text:
                parts.append(text)
                s, b, c = props(style)
                pieces.append((s, b, c, len(text.strip())))

        def walk(node, style):
            add(node.text or "", style)
            for child in node:
                tag = child.tag
                if tag == q("text:span") or tag == q("text:a") or tag == q("text:number"):
                    walk(child, child.get(q("text:style-name")) or style)
                elif tag == q("text:s"):
                    parts.append(" " * int(child.get(q("text:c"), "1")))
                elif tag == q("text:tab"):
                    parts.append("\t")
                elif tag == q("text:line-break"):
                    parts.append("\n")
                elif tag in (q("text:note"), q("draw:frame"), q("text:soft-page-break"),
                             q("office:annotation"), q("text:bookmark-ref")):
                    pass
                elif isinstance(tag, str):
                    walk(child, style)
                add(child.tail or "", style)

        walk(el, None)
        return "".join(parts), pieces

    def _body_size(self) -> float:
        sizes: Counter[float] = Counter()
        body = self.content.find(f".//{q('office:text')}")
        if body is None:
            return self.default_size
        for p in body.iter(q("text:p")):
            for size, _, _, n in self._runs(p, p.get(q("text:style-name")))[1]:
                sizes[round(size * 2) / 2] += n
        return sizes.most_common(1)[0][0] if sizes else self.default_size

    # ---------------------------------------------------------------- walk
    def run(self) -> None:
        self._furniture()
        body = self.content.find(f".//{q('office:text')}")
        if body is not None:
            self._walk(body, list_level=0, list_style=None)

    def _advance(self, text: str) -> None:
        if not self.has_breaks:
            self.chars_on_page += len(text)
            if self.chars_on_page > CHARS_PER_PAGE:
                self.page += 1
                self.chars_on_page = 0

    def _walk(self, parent, list_level: int, list_style: str | None, counters: list[int] | None = None) -> None:
        for el in parent:
            tag = el.tag
            if tag == q("text:soft-page-break"):
                self.page += 1
            elif tag in (q("text:p"), q("text:h")):
                self._paragraph(el, list_level=list_level, list_style=list_style, counters=counters)
            elif tag == q("text:list"):
                style = el.get(q("text:style-name")) or list_style
                self._walk(el, list_level + 1, style, [0] * 10)
            elif tag in (q("text:list-item"), q("text:list-header")):
                if counters is not None and tag == q("text:list-item"):
                    counters[list_level - 1] += 1
                    counters[list_level:] = [0] * (10 - list_level)
                self._walk(el, list_level, list_style, counters)
            elif tag == q("table:table"):
                self._table(el)
            elif tag in (q("text:section"), q("text:index-body"), q("text:table-of-content"),
                         q("text:alphabetical-index"), q("text:illustration-index"), q("text:user-index")):
                self._walk(el, list_level, list_style, counters)

    def _list_marker(self, list_style: str | None, level: int, counters: list[int] | None) -> str:
        spec = self.list_styles.get(list_style or "", {}).get(level)
        if not spec or spec[0] == "bullet" or counters is None:
            return (spec[2] if spec else "•") or "•"
        return f"{format_number(max(counters[level - 1], 1), spec[1])}{spec[2]}"

    def _paragraph(self, el, *, list_level: int = 0, list_style=None, counters=None,
                   in_table: bool = False, source: str = "body") -> None:
        for _ in el.iter(q("text:soft-page-break")):
            self.page += 1
        style = el.get(q("text:style-name"))
        text, pieces = self._runs(el, style)
        self._advance(text)
        if text.strip():
            chars = sum(n for *_, n in pieces) or 1
            bold = sum(n for _, b, _, n in pieces if b) >= 0.8 * chars
            caps = all(c for _, _, c, n in pieces if n)
            size = sorted(pieces, key=lambda x: -x[3])[0][0] if pieces else self.body_size
            outline = None
            if el.tag == q("text:h"):
                outline = int(el.get(q("text:outline-level"), "1") or 1)
            elif self._prop(style, "outline"):
                outline = int(self._prop(style, "outline"))
            display = self._display(style)
            signals = HeadingSignals(style=display, outline_level=outline,
                                     font_size_ratio=round(size / self.body_size, 2),
                                     bold=bold, all_caps=caps, in_table=in_table)
            if list_level and outline is None:
                self.b.text(text, page=self.page, signals=signals, list_level=list_level,
                            list_marker=self._list_marker(list_style, list_level, counters), source=source)
            else:
                self.b.text(text, page=self.page, signals=signals, source=source)
        for note in el.iter(q("text:note")):
            body = note.find(q("text:note-body"))
            if body is not None:
                note_text = " ".join(self._runs(p, p.get(q("text:style-name")))[0] for p in body.iter(q("text:p")))
                self.b.furniture_block(note_text, Furniture.FOOTNOTE, page=self.page, source="footnote")
        for box in el.iter(q("draw:text-box")):
            for p in box:
                if p.tag in (q("text:p"), q("text:h")):
                    self._paragraph(p, source="textbox")

    def _display(self, style: str | None) -> str | None:
        seen = 0
        while style and seen < 20:
            st = self.style.get(style)
            if st is None:
                return style
            name = st.get("display") or style
            if not re.match(r"^P\d+$", name):  # skip automatic styles ("P12") to their parent
                return name.replace("_20_", " ")
            style = st.get("parent")
            seen += 1
        return None

    def _table(self, tbl) -> None:
        rows = [r for r in tbl.iter(q("table:table-row"))
                if next((a for a in r.iterancestors(q("table:table"))), None) is tbl]
        grid: list[list[Cell]] = []
        occupied: set[tuple[int, int]] = set()
        for ri, tr in enumerate(rows):
            col = 0
            row_cells = []
            for tc in tr:
                if tc.tag == q("table:covered-table-cell"):
                    continue  # its place is already taken by the spanning cell (see `occupied`)
                if tc.tag != q("table:table-cell"):
                    continue
                while (ri, col) in occupied:
                    col += 1
                repeat = min(int(tc.get(q("table:number-columns-repeated"), "1")), 50)
                cspan = int(tc.get(q("table:number-columns-spanned"), "1"))
                rspan = int(tc.get(q("table:number-rows-spanned"), "1"))
                paras = [p for p in tc.iter(q("text:p"), q("text:h"))]
                texts = [self._runs(p, p.get(q("text:style-name")))[0] for p in paras]
                text = "\n".join(t for t in texts if t.strip())
                bold = bool(paras) and all(
                    all(b for _, b, _, n in self._runs(p, p.get(q("text:style-name")))[1] if n) for p in paras)
                for _ in range(repeat if text else 1):
                    row_cells.append(Cell(row=ri, col=col, text=text, row_span=rspan, col_span=cspan,
                                          bold=bold and bool(text)))
                    for r in range(ri, ri + rspan):
                        for c in range(col, col + cspan):
                            occupied.add((r, c))
                    col += cspan
                if not text and repeat > 1:
                    col += repeat - 1
            grid.append(row_cells)
        cells = [c for row in grid for c in row if c.text or c.row == 0]
        if len(rows) == 1 and len([c for c in cells if c.text]) == 1:
            cell = next(c for c in tbl.iter(q("table:table-cell")))
            for el in cell:  # its paragraphs, and a table nested in it as a table
                if el.tag == q("table:table"):
                    self._table(el)
                elif el.tag in (q("text:p"), q("text:h")):
                    self._paragraph(el, in_table=True)
                elif isinstance(el.tag, str):
                    for p in el.iter(q("text:p"), q("text:h")):
                        self._paragraph(p, in_table=True)
            return
        self._advance(" ".join(c.text for c in cells))
        self.b.table([[c for c in row] for row in grid], page=self.page)

    def _furniture(self) -> None:
        if self.styles_root is None:
            return
        seen = set()
        for mp in self.styles_root.iter(q("style:master-page")):
            for tag, kind in (("style:header", Furniture.HEADER), ("style:header-first", Furniture.HEADER),
                              ("style:footer", Furniture.FOOTER), ("style:footer-first", Furniture.FOOTER)):
                for part in mp.findall(q(tag)):
                    for p in part.iter(q("text:p"), q("text:h")):
                        text = self._runs(p, p.get(q("text:style-name")))[0].strip()
                        if text and (kind, text) not in seen:
                            seen.add((kind, text))
                            self.b.furniture_block(text, kind, page=None, source=kind.value)
