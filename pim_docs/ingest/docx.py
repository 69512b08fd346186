"""DOCX backend (python-docx + its lxml tree).

Paragraph styles and outline levels, automatic numbering rendered as printed,
bold/large "fake headings", tables with merged cells, headings in one-cell
shaded tables (and tables nested in them), headers/footers, footnotes, text
boxes, the text of equations (OMML).

Packages python-docx refuses are handed to it rewritten in memory: a
macro-enabled document (.docm) or a template gets the plain document content
type (the macros are never run nor read; a warning says they were there), and a
Strict Open XML document gets the transitional namespaces it is otherwise
identical to.
"""
from __future__ import annotations

import io
import re
import statistics
import zipfile
from collections import Counter
from copy import deepcopy
from pathlib import Path

import docx
from docx.oxml.ns import qn
from lxml import etree

from ..config import Limits
from ..errors import message
from ..model import Cell, ConversionResult, Document, Furniture, HeadingSignals, PageInfo
from . import package
from .builder import CHARS_PER_PAGE, BlockBuilder
from .numbering import Numbering

W_P, W_TBL, W_SDT, W_R = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:r")
M_R, M_T = qn("m:r"), qn("m:t")
M_MATH = (qn("m:oMathPara"), qn("m:oMath"))  # equations may also stand outside any paragraph
_SKIP = {qn("w:txbxContent"), qn("w:del"), qn("w:instrText"), qn("w:footnoteReference"),
         qn("w:endnoteReference"), "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}
_RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_MAIN_LIKE = {  # what python-docx refuses although the part is the same WordprocessingML
    "application/vnd.ms-word.document.macroenabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroenabledtemplate.main+xml",
}
# Strict Open XML (ISO/IEC 29500 Strict, Word's "Strict Open XML Document"): the same markup under
# other namespace names; two relationship/property names are also spelt differently
_STRICT = re.compile(rb"http://purl\.oclc\.org/ooxml/(officeDocument|drawingml|wordprocessingml|spreadsheetml|"
                     rb"presentationml|schemaLibrary)/([A-Za-z]+)")
_STRICT_NAMES = {b"extendedProperties": b"extended-properties", b"customProperties": b"custom-properties"}


def read(path: Path, res: ConversionResult, limits: Limits) -> None:
    problem = package.check(path, "docx", limits, ("word/document.xml",))
    if problem:
        res.fail(problem)
        return
    try:
        source, macros = _prepared(path)
        d = docx.Document(source)
    except package.ForbiddenXML:
        res.fail(message("xml_forbidden", fmt="DOCX"))
        return
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds on broken packages
        res.fail(message("docx_corrupt", detail=str(exc)[:160] or type(exc).__name__))
        return
    if macros:
        res.warnings.append(message("macros_ignored"))
    reader = _DocxReader(d)
    reader.run()
    pages = _page_count(path) or reader.page
    doc = Document(source_file=res.source_file, sha256=res.sha256, format="docx",
                   pages=[PageInfo(number=i + 1) for i in range(max(pages, reader.page))],
                   blocks=reader.b.blocks, furniture=reader.b.furniture,
                   metadata={k: v for k, v in {"title": d.core_properties.title,
                                                "author": d.core_properties.author}.items() if v})
    res.document = doc
    if not doc.blocks:
        res.warnings.append(message("no_text"))


def _prepared(path: Path) -> tuple[str | io.BytesIO, bool]:
    """What to give python-docx (the file, or a rewritten copy in memory) and whether macros are in it."""
    with zipfile.ZipFile(path) as zf:
        macros = package.has_macros(zf)
        types = package.parse_part(zf, "[Content_Types].xml")
        main_like = [el for el in types if isinstance(el.tag, str) and etree.QName(el).localname == "Override"
                     and (el.get("ContentType") or "").lower() in _MAIN_LIKE]
        rels = zf.read("_rels/.rels") if "_rels/.rels" in zf.namelist() else b""
        strict = b"purl.oclc.org/ooxml/" in rels
        if not main_like and not strict:
            return str(path), macros
        for el in main_like:
            el.set("ContentType", _MAIN)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as dst:
            for info in zf.infolist():
                if info.is_dir():
                    continue
                data = zf.read(info)
                if info.filename == "[Content_Types].xml" and main_like:
                    data = etree.tostring(types, xml_declaration=True, encoding="UTF-8", standalone=True)
                if strict:
                    data = _transitional(data)
                dst.writestr(info.filename, data)
        out.seek(0)
        return out, macros


def _transitional(data: bytes) -> bytes:
    """A part of a Strict Open XML package with the transitional namespace and relationship names."""
    if b"purl.oclc.org/ooxml/" not in data:
        return data

    def name(m: re.Match) -> bytes:
        return b"http://schemas.openxmlformats.org/%s/2006/%s" % (m.group(1), _STRICT_NAMES.get(m.group(2), m.group(2)))

    data = _STRICT.sub(name, data)
    for strict, transitional in _STRICT_NAMES.items():
        data = data.replace(b"/2006/relationships/" + strict, b"/2006/relationships/" + transitional)
    return data


def _page_count(path: Path) -> int:
    try:
        with zipfile.ZipFile(path) as zf:
            app = package.parse_part(zf, "docProps/app.xml")
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, SyntaxError):
        return 0
    for el in app.iter():
        if isinstance(el.tag, str) and el.tag.endswith("}Pages") and (el.text or "").strip().isdigit():
            return int(el.text)
    return 0


class _DocxReader:
    def __init__(self, d) -> None:
        self.d = d
        self.b = BlockBuilder()
        self.page = 1
        self.chars_on_page = 0
        body = d.element.body
        self.rendered_breaks = body.find(".//" + qn("w:lastRenderedPageBreak")) is not None
        try:
            self.numbering = Numbering(d.part.numbering_part.element)
        except (NotImplementedError, KeyError, AttributeError):
            self.numbering = Numbering(None)
        self.styles = {s.style_id: s for s in d.styles}
        self.default_size = self._default_size()
        self.body_size = self._body_size()

    # ---------------------------------------------------------------- styles
    def _default_size(self) -> float:
        sz = self.d.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:sz')}")
        if sz is not None and sz.get(qn("w:val"), "").isdigit():
            return int(sz.get(qn("w:val"))) / 2
        return 11.0

    def _style_chain(self, style_id: str | None):
        seen = 0
        s = self.styles.get(style_id) if style_id else None
        while s is not None and seen < 20:
            yield s
            s = s.base_style
            seen += 1

    def _style_attr(self, style_id, getter):
        for s in self._style_chain(style_id):
            try:
                v = getter(s)
            except AttributeError:
                v = None
            if v is not None:
                return v
        return None

    def _run_props(self, r, p_style: str | None) -> tuple[float, bool, bool]:
        rpr = r.find(qn("w:rPr"))
        size = bold = caps = None
        if rpr is not None:
            sz = rpr.find(qn("w:sz"))
            if sz is not None and sz.get(qn("w:val"), "").isdigit():
                size = int(sz.get(qn("w:val"))) / 2
            bold = _toggle(rpr.find(qn("w:b")))
            caps = _toggle(rpr.find(qn("w:caps")))
            rstyle = rpr.find(qn("w:rStyle"))
            if rstyle is not None:
                rs = rstyle.get(qn("w:val"))
                size = size or self._style_attr(rs, lambda s: s.font.size.pt if s.font.size else None)
                bold = bold if bold is not None else self._style_attr(rs, lambda s: s.font.bold)
        if size is None:
            size = self._style_attr(p_style, lambda s: s.font.size.pt if s.font.size else None) or self.default_size
        if bold is None:
            bold = self._style_attr(p_style, lambda s: s.font.bold) or False
        if caps is None:
            caps = self._style_attr(p_style, lambda s: s.font.all_caps) or False
        return float(size), bool(bold), bool(caps)

    def _body_size(self) -> float:
        sizes: Counter[float] = Counter()
        for p in self.d.element.body.iter(W_P):
            style = _p_style(p)
            for r in p.iter(W_R):
                n = sum(len(t.text or "") for t in r.iter(qn("w:t")))
                if n:
                    sizes[self._run_props(r, style)[0]] += n
        return sizes.most_common(1)[0][0] if sizes else self.default_size

    def _outline_level(self, p, style_id) -> int | None:
        ppr = p.find(qn("w:pPr"))
        el = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
        if el is None:
            for s in self._style_chain(style_id):
                sppr = s.element.find(qn("w:pPr"))
                el = sppr.find(qn("w:outlineLvl")) if sppr is not None else None
                if el is not None:
                    break
        if el is not None and el.get(qn("w:val"), "").isdigit():
            lvl = int(el.get(qn("w:val")))
            return lvl + 1 if lvl < 9 else None
        name = (self.styles[style_id].name or "") if style_id in self.styles else ""
        m = re.match(r"(?:heading|nagłówek)\s*(\d)", name, re.I)
        return int(m.group(1)) if m else None

    def _num_pr(self, p, style_id) -> tuple[str | None, int]:
        ppr = p.find(qn("w:pPr"))
        num = ppr.find(qn("w:numPr")) if ppr is not None else None
        if num is None:
            for s in self._style_chain(style_id):
                sppr = s.element.find(qn("w:pPr"))
                num = sppr.find(qn("w:numPr")) if sppr is not None else None
                if num is not None:
                    break
        if num is None:
            return None, 0
        nid = num.find(qn("w:numId"))
        ilvl = num.find(qn("w:ilvl"))
        num_id = nid.get(qn("w:val")) if nid is not None else None
        level = int(ilvl.get(qn("w:val"))) if ilvl is not None and ilvl.get(qn("w:val"), "").isdigit() else 0
        if num_id in (None, "0"):
            return None, 0
        return num_id, level

    # ---------------------------------------------------------------- walk
    def run(self) -> None:
        self._furniture()
        self._walk(self.d.element.body)
        self._footnotes()

    def _walk(self, parent) -> None:
        for el in parent.iterchildren():
            if el.tag == W_P:
                self._paragraph(el)
            elif el.tag == W_TBL:
                self._table(el)
            elif el.tag in M_MATH:
                self._paragraph(el)
            elif el.tag == W_SDT and not _placeholder(el):
                content = el.find(qn("w:sdtContent"))
                if content is not None:
                    self._walk(content)

    def _count_breaks(self, p, chars: int = 0) -> None:
        """Page breaks Word rendered, or explicit ones plus an estimate from the text's length."""
        if not self.rendered_breaks:
            self.chars_on_page += chars
            if self.chars_on_page > CHARS_PER_PAGE:
                self.page += 1
                self.chars_on_page = 0
        ppr = p.find(qn("w:pPr"))
        if not self.rendered_breaks and ppr is not None and ppr.find(qn("w:pageBreakBefore")) is not None:
            self.page, self.chars_on_page = self.page + 1, 0
        for el in p.iter(qn("w:br"), qn("w:lastRenderedPageBreak")):
            if el.tag == qn("w:lastRenderedPageBreak"):
                self.page += 1
            elif not self.rendered_breaks and el.get(qn("w:type")) == "page":
                self.page, self.chars_on_page = self.page + 1, 0

    def _paragraph(self, p, *, in_table: bool = False, shaded: bool = False, source: str = "body") -> None:
        style_id = _p_style(p)
        text, runs = _text_and_runs(p)
        self._count_breaks(p, len(text))
        style_name = self.styles[style_id].name if style_id in self.styles else None
        num_id, ilvl = self._num_pr(p, style_id)
        label = self.numbering.label(num_id, ilvl) if num_id else None
        if text.strip():
            sizes, bold_chars, caps, chars = [], 0, True, 0
            for r, n in runs:
                size, bold, rcaps = self._run_props(r, style_id)
                sizes.append((size, n))
                chars += n
                bold_chars += n if bold else 0
                caps = caps and rcaps
            size = _weighted_median(sizes) or self.body_size
            outline = self._outline_level(p, style_id)
            signals = HeadingSignals(style=style_name, outline_level=outline,
                                     font_size_ratio=round(size / self.body_size, 2),
                                     bold=chars > 0 and bold_chars >= 0.8 * chars,
                                     all_caps=bool(caps and chars), in_table=in_table, shaded=shaded)
            is_list = label is not None and (outline is None and not _is_heading_style(style_name))
            if label and not is_list:
                signals.numbering = label.strip() or None
                text = f"{label.strip()} {text}" if label.strip() and not label.startswith("\u2022") else text
            if is_list or (style_name or "").lower().startswith(("list", "lista")):
                self.b.text(text, page=self.page, signals=signals, list_level=ilvl + 1,
                            list_marker=(label or "•").strip() or "•", source=source)
            else:
                self.b.text(text, page=self.page, signals=signals, source=source)
        for box in _text_boxes(p):
            for bp in box.iter(W_P):
                self._paragraph(bp, source="textbox")

    def _table(self, tbl) -> None:
        rows = [tr for tr in _unwrapped(tbl, "w:tr") if not _deleted_row(tr)]
        grid: list[list[Cell]] = []
        open_cells: dict[int, Cell] = {}
        for ri, tr in enumerate(rows):
            col = 0
            row_cells: list[Cell] = []
            for tc in _unwrapped(tr, "w:tc"):
                tcpr = tc.find(qn("w:tcPr"))
                span = 1
                vmerge = None
                if tcpr is not None:
                    gs = tcpr.find(qn("w:gridSpan"))
                    if gs is not None and gs.get(qn("w:val"), "").isdigit():
                        span = int(gs.get(qn("w:val")))
                    vm = tcpr.find(qn("w:vMerge"))
                    if vm is not None:
                        vmerge = vm.get(qn("w:val"), "continue")
                if vmerge == "continue" and col in open_cells:
                    open_cells[col].row_span += 1
                else:
                    paras = [_text_and_runs(p)[0] for p in _paragraphs(tc)]
                    bold = self._all_bold(tc)
                    cell = Cell(row=ri, col=col, text="\n".join(t for t in paras if t.strip()),
                                col_span=span, bold=bold)
                    row_cells.append(cell)
                    open_cells[col] = cell
                col += span
            grid.append(row_cells)
        cells = [c for row in grid for c in row]
        if len(cells) == 1 and len(rows) == 1:  # a heading or a note in a one-cell box
            tc = next(_unwrapped(rows[0], "w:tc"))
            self._box(tc, _shaded(tc))
            return
        for p in _paragraphs(tbl):
            self._count_breaks(p, len(_text_and_runs(p)[0]))
        self.b.table(grid, page=self.page)

    def _box(self, parent, shaded: bool) -> None:
        """A one-cell table's content in order: its paragraphs, and the tables inside it as tables."""
        for el in parent.iterchildren():
            if el.tag == W_P or el.tag in M_MATH:
                self._paragraph(el, in_table=True, shaded=shaded)
            elif el.tag == W_TBL:
                self._table(el)
            elif el.tag == W_SDT:
                if not _placeholder(el) and el.find(qn("w:sdtContent")) is not None:
                    self._box(el.find(qn("w:sdtContent")), shaded)
            elif isinstance(el.tag, str) and el.tag not in _SKIP and el.tag != qn("w:tcPr"):
                self._box(el, shaded)  # w:customXml and the like around block content

    def _all_bold(self, tc) -> bool:
        total = bold = 0
        for p in _paragraphs(tc):
            style = _p_style(p)
            for r, n in _text_and_runs(p)[1]:
                total += n
                bold += n if self._run_props(r, style)[1] else 0
        return total > 0 and bold >= 0.8 * total

    def _furniture(self) -> None:
        seen = set()
        for section in self.d.sections:
            for kind, parts in ((Furniture.HEADER, (section.header, section.first_page_header)),
                                (Furniture.FOOTER, (section.footer, section.first_page_footer))):
                for part in parts:
                    try:
                        if part.is_linked_to_previous and part is not section.header and part is not section.footer:
                            continue
                        elements = list(part._element.iter(W_P))
                    except (AttributeError, KeyError, ValueError):
                        continue
                    for p in elements:
                        text = _text_and_runs(p)[0].strip()
                        if text and (kind, text) not in seen:
                            seen.add((kind, text))
                            self.b.furniture_block(text, kind, page=None, source=kind.value)

    def _footnotes(self) -> None:
        for rel in self.d.part.rels.values():
            if rel.reltype != _RT_FOOTNOTES or rel.is_external:
                continue
            try:
                root = package.parse_bytes(rel.target_part.blob, "footnotes")
            except Exception:  # noqa: BLE001 - a broken footnotes part loses only the footnotes
                continue
            for fn in root.iter(qn("w:footnote")):
                if fn.get(qn("w:type")) in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                text = " ".join(_text_and_runs(p)[0] for p in fn.iter(W_P)).strip()
                if text:
                    self.b.furniture_block(text, Furniture.FOOTNOTE, page=None, source="footnote")


def _toggle(el) -> bool | None:
    if el is None:
        return None
    return el.get(qn("w:val"), "true").lower() not in ("0", "false", "off", "none")


def _p_style(p) -> str | None:
    ppr = p.find(qn("w:pPr"))
    ps = ppr.find(qn("w:pStyle")) if ppr is not None else None
    return ps.get(qn("w:val")) if ps is not None else None


def _is_heading_style(name: str | None) -> bool:
    return bool(name and re.match(r"(heading|nagłówek|title|tytuł)", name, re.I))


def _placeholder(sdt) -> bool:
    """A content control still showing its placeholder ("Kliknij lub naciśnij tutaj…"): nothing was entered."""
    pr = sdt.find(qn("w:sdtPr"))
    flag = pr.find(qn("w:showingPlcHdr")) if pr is not None else None
    return flag is not None and flag.get(qn("w:val"), "true") not in ("0", "false")


def _unwrapped(parent, tag: str):
    """Children with this tag, including those wrapped in content controls (rows and cells of a form)."""
    for child in parent.iterchildren():
        if child.tag == qn(tag):
            yield child
        elif child.tag == W_SDT:
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                if _placeholder(child) and tag == "w:tc":
                    for tc in content.iterchildren(qn("w:tc")):  # keep the cell, drop the placeholder text
                        yield _emptied(tc)
                else:
                    yield from _unwrapped(content, tag)


def _emptied(tc):
    tc = deepcopy(tc)
    for p in tc.iter(W_P):
        for child in list(p):
            if child.tag != qn("w:pPr"):
                p.remove(child)
    return tc


def _deleted_row(tr) -> bool:
    """A table row removed with tracked changes on (w:trPr/w:del)."""
    pr = tr.find(qn("w:trPr"))
    return pr is not None and pr.find(qn("w:del")) is not None


def _paragraphs(el):
    """Paragraphs inside a cell or table, except those of placeholder content controls and deleted rows."""
    for child in el.iterchildren():
        if child.tag == W_P or child.tag in M_MATH:
            yield child
        elif child.tag == W_SDT and _placeholder(child):
            continue
        elif child.tag == qn("w:tr") and _deleted_row(child):
            continue
        elif isinstance(child.tag, str) and child.tag not in _SKIP:
            yield from _paragraphs(child)


def _text_and_runs(p) -> tuple[str, list]:
    """The paragraph's visible text and its runs with their character counts.

    Text boxes, deleted text, field instructions and the VML fallback copy are skipped; the
    text of equations (m:t in m:oMath / m:oMathPara) is kept where it stands.
    """
    parts: list[str] = []
    runs: list = []

    def walk(el) -> None:
        for child in el.iterchildren():
            tag = child.tag
            if tag in _SKIP or not isinstance(tag, str) or (tag == W_SDT and _placeholder(child)):
                continue
            if tag == W_R or tag == M_R:  # a text run, or a run of an equation (OMML)
                before = sum(len(x) for x in parts)
                walk_run(child)
                runs.append((child, sum(len(x) for x in parts) - before))
            elif tag == qn("w:pPr"):
                continue
            else:
                walk(child)

    def walk_run(r) -> None:
        for child in r.iterchildren():
            tag = child.tag
            if tag == qn("w:t") or tag == M_T:
                parts.append(child.text or "")
            elif tag == qn("w:tab"):
                parts.append("\t")
            elif tag in (qn("w:br"), qn("w:cr")):
                if child.get(qn("w:type")) != "page":
                    parts.append("\n")
            elif tag == qn("w:noBreakHyphen"):
                parts.append("-")
            elif tag == qn("w:sym"):
                parts.append(" ")

    walk(p)
    return "".join(parts), [(r, n) for r, n in runs if n]


def _text_boxes(p):
    """Text-box contents anchored in this paragraph (the DrawingML copy only)."""
    return [box for box in p.iter(qn("w:txbxContent"))
            if not any(a.tag.endswith("}Fallback") for a in box.iterancestors())]


def _shaded(tc) -> bool:
    shd = tc.find(f"{qn('w:tcPr')}/{qn('w:shd')}") if tc is not None else None
    if shd is None:
        return False
    fill = (shd.get(qn("w:fill")) or "auto").upper()
    return fill not in ("AUTO", "FFFFFF")


def _weighted_median(pairs: list[tuple[float, int]]) -> float | None:
    if not pairs:
        return None
    expanded = sorted(pairs)
    total = sum(n for _, n in expanded)
    acc = 0
    for value, n in expanded:
        acc += n
        if acc >= total / 2:
            return value
    return statistics.median(v for v, _ in expanded)
