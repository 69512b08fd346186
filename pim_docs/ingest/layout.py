"""Page layout from positioned words: lines, columns, furniture, paragraphs.

Pure functions over ``Word``s so the PDF text layer and OCR share them.
"""
from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from . import signals as sig

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demibold|,b$|-b$|\.b$", re.I)
_PAGE_NUMBER = re.compile(
    r"^(?:(?:strona|str\.|s\.|page)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:z|/|of|ze)\s*\d{1,4})?$", re.I)


def is_bold_font(fontname: str | None) -> bool:
    return bool(fontname and _BOLD_FONT.search(fontname.split("+")[-1]))


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool = False


@dataclass
class Line:
    words: list[Word]
    page: int
    column: int = 0  # 0 full width / single column, 1 left, 2 right
    furniture: str | None = None  # "header" | "footer" | "page_number"

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def size(self) -> float:
        return statistics.median(w.size for w in self.words)

    @property
    def bold(self) -> bool:
        chars = sum(len(w.text) for w in self.words)
        return chars > 0 and sum(len(w.text) for w in self.words if w.bold) >= 0.8 * chars


@dataclass
class TableItem:
    """A table found on a page, placed in reading order like a line."""

    rows: list  # list[list[Cell]]
    bbox: tuple[float, float, float, float]
    page: int
    ruled: bool = True
    column: int = 0

    @property
    def top(self) -> float:
        return self.bbox[1]


@dataclass
class PageLayout:
    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    tables: list[TableItem] = field(default_factory=list)
    columns: int = 1


def group_lines(words: list[Word], page: int) -> list[Line]:
    """Words -> lines by vertical overlap, each line left to right."""
    lines: list[Line] = []
    for w in sorted(words, key=lambda w: (round(w.top, 1), w.x0)):
        mid = (w.top + w.bottom) / 2
        for line in reversed(lines[-4:]):
            first = line.words[0]
            if first.top - 0.5 <= mid <= first.bottom + 0.5 and abs(first.size - w.size) < max(first.size, w.size):
                line.words.append(w)
                break
        else:
            lines.append(Line([w], page))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines


def _segments(line: Line) -> list[tuple[float, float]]:
    """Runs of words separated by less than a column gap."""
    segs: list[list[float]] = []
    for w in line.words:
        gap = max(10.0, 1.2 * w.size)  # wider than a justified line's spaces
        if segs and w.x0 - segs[-1][1] < gap:
            segs[-1][1] = max(segs[-1][1], w.x1)
        else:
            segs.append([w.x0, w.x1])
    return [(a, b) for a, b in segs]


def _gutter_counts(segs: list[list[tuple[float, float]]], x: float) -> tuple[int, int, int]:
    crossing = sum(any(a < x < b for a, b in s) for s in segs)
    left = sum(any(b <= x for a, b in s) for s in segs)
    right = sum(any(a >= x for a, b in s) for s in segs)
    return crossing, left, right


def find_gutter(lines: list[Line], width: float) -> float | None:
    """The x of a two-column gutter, or None for a single-column page."""
    if len(lines) < 8:
        return None
    segs = [_segments(ln) for ln in lines]
    best: tuple[int, float, float] | None = None
    x = 0.3 * width
    while x <= 0.7 * width:
        crossing, left, right = _gutter_counts(segs, x)
        if left >= 4 and right >= 4 and crossing <= 0.15 * len(lines):
            key = (crossing, abs(x - width / 2), x)
            if best is None or key < best:
                best = key
        x += 2.0
    if best is None:
        return None
    # both columns must hold real text, not a form's label/value pairs
    gx = best[2]
    left_chars = sum(len(w.text) for ln in lines for w in ln.words if w.x1 <= gx)
    right_chars = sum(len(w.text) for ln in lines for w in ln.words if w.x0 >= gx)
    total = left_chars + right_chars or 1
    return gx if min(left_chars, right_chars) / total >= 0.25 else None


def gutter_fits(lines: list[Line], x: float) -> bool:
    """A gutter found on other pages also splits this (short) page."""
    segs = [_segments(ln) for ln in lines]
    crossing, left, right = _gutter_counts(segs, x)
    return left >= 2 and right >= 1 and crossing <= 0.15 * max(len(lines), 1)


def reading_order(layout: PageLayout, hint: float | None = None) -> list[Line | TableItem]:
    """Lines and tables in reading order; two-column pages column by column.

    ``hint``: the gutter the document's other pages use, tried when this page has
    too little text to show its own.
    """
    body = [ln for ln in layout.lines if not ln.furniture]
    gx = find_gutter(body, layout.width)
    if gx is None and hint is not None and gutter_fits(body, hint):
        gx = hint
    items: list[Line | TableItem] = list(layout.tables)
    if gx is None:
        items += body
        return sorted(items, key=lambda it: it.top)
    layout.columns = 2
    for ln in body:
        if any(a < gx < b for a, b in _segments(ln)):
            items.append(ln)  # full width
            continue
        left = [w for w in ln.words if w.x1 <= gx]
        right = [w for w in ln.words if w.x0 >= gx]
        if left:
            items.append(Line(left, ln.page, column=1))
        if right:
            items.append(Line(right, ln.page, column=2))
    for t in layout.tables:
        t.column = 0 if t.bbox[0] < gx < t.bbox[2] else (1 if t.bbox[2] <= gx else 2)
    ordered: list[Line | TableItem] = []
    pending: dict[int, list] = {1: [], 2: []}
    for it in sorted(items, key=lambda it: it.top):
        if it.column == 0:
            ordered += pending[1] + pending[2]
            pending = {1: [], 2: []}
            ordered.append(it)
        else:
            pending[it.column].append(it)
    return ordered + pending[1] + pending[2]


def document_gutter(pages: list[PageLayout]) -> float | None:
    """The gutter most two-column pages of a document share."""
    found = [g for p in pages if (g := find_gutter([ln for ln in p.lines if not ln.furniture], p.width))]
    return statistics.median(found) if found else None


def _columns(rows: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """Column x-ranges: the union of the rows' segments projected on the x axis."""
    spans = sorted(seg for row in rows for seg in row)
    cols: list[list[float]] = []
    for a, b in spans:
        if cols and a <= cols[-1][1] + 2:
            cols[-1][1] = max(cols[-1][1], b)
        else:
            cols.append([a, b])
    return [(a, b) for a, b in cols]


def find_unruled_tables(lines: list[Line], page: int, min_rows: int = 3,
                        min_cols: int = 3) -> tuple[list[Line], list[TableItem]]:
    """Tables drawn without lines: runs of lines whose word groups align in 3+ columns.

    Returns the lines that stay text and the tables found. A one-group line right under a
    row continues that row's cell (a wrapped cell).
    """
    from ..model import Cell

    segs = [_segments(ln) for ln in lines]
    keep: list[Line] = []
    tables: list[TableItem] = []
    i = 0
    while i < len(lines):
        j = i
        while (j < len(lines) and len(segs[j]) >= 2
               and (j == i or lines[j].top - lines[j - 1].bottom < 2.0 * lines[j].size)):
            j += 1
        run = list(range(i, j))
        if len(run) >= min_rows and sum(len(segs[k]) >= min_cols for k in run) >= min_rows:
            cols = _columns([segs[k] for k in run])
            if len(cols) >= min_cols:
                rows: list[list[Cell]] = []
                for r, k in enumerate(run):
                    cells = []
                    for c, (a, b) in enumerate(cols):
                        words = [w for w in lines[k].words if a - 1 <= (w.x0 + w.x1) / 2 <= b + 1]
                        if words:
                            cells.append(Cell(row=r, col=c, text=" ".join(w.text for w in words),
                                              bold=all(w.bold for w in words)))
                    rows.append(cells)
                # wrapped cells: single-group lines right below the run's rows
                while (j < len(lines) and len(segs[j]) == 1 and lines[j].top - lines[j - 1].bottom < 0.8 * lines[j].size):
                    a, b = segs[j][0]
                    col = next((c for c, (ca, cb) in enumerate(cols) if ca - 1 <= a and b <= cb + 1), None)
                    if col is None:
                        break
                    target = next((cell for cell in rows[-1] if cell.col == col), None)
                    if target is None:
                        rows[-1].append(Cell(row=len(rows) - 1, col=col, text=lines[j].text))
                    else:
                        target.text += " " + lines[j].text
                    j += 1
                x0 = min(ln.x0 for ln in lines[i:j])
                x1 = max(ln.x1 for ln in lines[i:j])
                tables.append(TableItem(rows, (x0, lines[i].top, x1, lines[j - 1].bottom), page, ruled=False))
                i = j
                continue
        keep.extend(lines[i:max(j, i + 1)])
        i = max(j, i + 1)
    return keep, tables


def mark_furniture(pages: list[PageLayout], margin: float = 0.09) -> None:
    """Running headers/footers repeated across pages, and page numbers, set aside."""
    n = len(pages)
    keys: Counter[str] = Counter()
    cand: list[tuple[Line, str, str]] = []
    for p in pages:
        seen = set()
        for ln in p.lines:
            where = "header" if ln.bottom <= p.height * margin else (
                "footer" if ln.top >= p.height * (1 - margin) else None)
            if where is None:
                continue
            key = re.sub(r"\d+", "#", ln.text.lower()).strip()
            cand.append((ln, key, where))
            if key not in seen:
                keys[key] += 1
                seen.add(key)
    for ln, key, where in cand:
        if _PAGE_NUMBER.match(ln.text.strip()):
            ln.furniture = "page_number"
        elif n >= 2 and keys[key] >= max(2, 0.4 * n):
            ln.furniture = where


def body_font_size(pages: list[PageLayout]) -> float:
    sizes: Counter[float] = Counter()
    for p in pages:
        for ln in p.lines:
            for w in ln.words:
                sizes[round(w.size * 2) / 2] += len(w.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def normal_gap(pages: list[PageLayout], body: float) -> float:
    """The usual white space between two lines of one body paragraph."""
    gaps = []
    for p in pages:
        prev = None
        for ln in p.lines:
            if prev is not None and abs(ln.size - body) < 0.6 and abs(prev.size - body) < 0.6:
                g = ln.top - prev.bottom
                if -2 < g < 2 * body:
                    gaps.append(g)
            prev = ln
    return statistics.median(gaps) if gaps else 0.25 * body


_END = (".", ":", "?", "!", ";")


def is_continuation(prev_text: str, next_text: str) -> bool:
    """The next line carries on the previous one's sentence (across a column or page break)."""
    prev_text, next_text = prev_text.rstrip(), next_text.lstrip()
    return bool(prev_text) and not prev_text.endswith(_END) and next_text[:1].islower()


def paragraphs(items: list[Line | TableItem], body: float, gap: float) -> list[list[Line] | TableItem]:
    """Split ordered lines into paragraphs by spacing, style, list markers and short last lines."""
    out: list[list[Line] | TableItem] = []
    cur: list[Line] = []
    col_right: dict[int, float] = {}
    for it in items:
        if isinstance(it, Line):
            col_right[it.column] = max(col_right.get(it.column, 0.0), it.x1)
    for it in items:
        if isinstance(it, TableItem):
            if cur:
                out.append(cur)
                cur = []
            out.append(it)
            continue
        if cur:
            prev = cur[-1]
            text = it.text
            marker = sig.list_marker(text)[0]
            if it.column != prev.column or it.top < prev.top - 1:  # next column or region
                new = not is_continuation(prev.text, text) or abs(it.size - prev.size) > 0.6
            else:
                new = (
                    it.top - prev.bottom > gap + 0.45 * max(body, prev.size)
                    or abs(it.size - prev.size) > 0.6
                    or it.bold != prev.bold
                    or (marker is not None and not (marker in "-–—" and is_continuation(prev.text, "x")))
                    or (sig.numbering(text)[0] is not None and (it.bold or it.size > body * 1.05))
                    or (prev.text.rstrip().endswith(_END)
                        and prev.x1 < col_right.get(prev.column, prev.x1) - 3 * body)
                )
            if new:
                out.append(cur)
                cur = []
        cur.append(it)
    if cur:
        out.append(cur)
    return out
