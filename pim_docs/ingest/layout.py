"""Page layout from positioned words: lines, columns, furniture, paragraphs.

Pure functions over ``Word``s so the PDF text layer and OCR share them.
"""
from __future__ import annotations

import bisect
import itertools
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
    column: int = 0  # 0 full width / single column; else 100 * region + column (1 left, 2 next, ...)
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
    unreadable: int = 0  # lines dropped as unmapped glyphs ("(cid:NN)")
    unmapped_page: bool = False  # most of the page's text is unmapped glyphs


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


def gutter_fits(lines: list[Line], x: float | list[float]) -> bool:
    """A gutter (or the gutters) found on other pages also split this (short) page."""
    segs = [_segments(ln) for ln in lines]
    for gx in (x if isinstance(x, list) else [x]):
        crossing, left, right = _gutter_counts(segs, gx)
        if not (left >= 2 and right >= 1 and crossing <= 0.15 * max(len(lines), 1)):
            return False
    return True


def _column_text(lines: list[Line], lo: float, hi: float) -> list[str]:
    """Each line's words between two gutters (empty pieces left out)."""
    pieces = (" ".join(w.text for w in ln.words if w.x0 >= lo - 0.5 and w.x1 <= hi + 0.5) for ln in lines)
    return [p for p in pieces if p]


def _wraps(lines: list[Line], lo: float, hi: float, share: float = 0.3) -> bool:
    """The text between two gutters runs on from line to line: a column of prose, not a
    list of labels, numbers or short items."""
    pieces = _column_text(lines, lo, hi)
    pairs = list(zip(pieces, pieces[1:]))
    return len(pairs) >= 3 and sum(is_continuation(a, b) for a, b in pairs) >= share * len(pairs)


def _multi_gutters(lines: list[Line], width: float, min_side: int = 4) -> list[float]:
    """Two or more gutters of a page (region) set in three or more columns of prose, or []."""
    if len(lines) < 8:
        return []
    segs = [_segments(ln) for ln in lines]
    runs: list[list[tuple[int, float]]] = []
    x, was_ok = 0.15 * width, False
    while x <= 0.85 * width:
        crossing, left, right = _gutter_counts(segs, x)
        ok = left >= min_side and right >= min_side and crossing <= 0.15 * len(lines)
        if ok:
            if was_ok:
                runs[-1].append((crossing, x))
            else:
                runs.append([(crossing, x)])
        was_ok = ok
        x += 2.0
    if len(runs) < 2:
        return []
    found = []
    for run in runs:  # the least crossed x of each white stripe, nearest its middle
        least = min(c for c, _ in run)
        middle = (run[0][1] + run[-1][1]) / 2
        found.append(min((gx for c, gx in run if c == least), key=lambda gx: abs(gx - middle)))
    for n in range(len(found), 1, -1):
        for gutters in itertools.combinations(found, n):
            if _real_columns(lines, list(gutters)):
                return list(gutters)
    return []


def _real_columns(lines: list[Line], gutters: list[float]) -> bool:
    """Every column between the gutters holds its share of prose."""
    bounds = [float("-inf"), *gutters, float("inf")]
    chars = [sum(len(w.text) for ln in lines for w in ln.words if w.x0 >= lo - 0.5 and w.x1 <= hi + 0.5)
             for lo, hi in zip(bounds, bounds[1:])]
    total = sum(chars) or 1
    if min(chars) / total < 0.5 / len(chars):
        return False
    return all(_wraps(lines, lo, hi) for lo, hi in zip(bounds, bounds[1:]))


def find_gutters(lines: list[Line], width: float) -> list[float]:
    """The gutters of a page's columns: [] for one column, [x] for two (as ``find_gutter``),
    [x1, x2, ...] for three or more columns of prose."""
    multi = _multi_gutters(lines, width)
    if multi:
        return multi
    gx = find_gutter(lines, width)
    return [gx] if gx is not None else []


def _bands(lines: list[Line]) -> list[list[Line]]:
    """Runs of lines between full-width lines (one run of words across most of the text
    width): the regions a page may set in columns under a full-width title or lead."""
    if not lines:
        return []
    extent = max(ln.x1 for ln in lines) - min(ln.x0 for ln in lines)
    bands: list[list[Line]] = [[]]
    for ln in sorted(lines, key=lambda ln: ln.top):
        segs = _segments(ln)
        if len(segs) == 1 and segs[0][1] - segs[0][0] >= 0.6 * extent:
            if bands[-1]:
                bands.append([])
        else:
            bands[-1].append(ln)
    return [b for b in bands if b]


@dataclass
class Region:
    """Lines of a page set in columns split by ``gutters`` (top to bottom of the region)."""

    lines: list[Line]
    gutters: list[float]

    @property
    def top(self) -> float:
        return min(ln.top for ln in self.lines)

    @property
    def bottom(self) -> float:
        return max(ln.bottom for ln in self.lines)


def _band_regions(lines: list[Line], width: float) -> list[Region]:
    regions = []
    for band in _bands(lines):
        if len(band) < 8:
            continue
        gutters = _multi_gutters(band, width)
        if not gutters:
            gx = find_gutter(band, width)
            if gx is not None and _wraps(band, float("-inf"), gx) and _wraps(band, gx, float("inf")):
                gutters = [gx]
        if gutters:
            regions.append(Region(band, gutters))
    return regions


def column_regions(lines: list[Line], width: float, hint: list[float] | float | None = None) -> list[Region]:
    """The page's regions in columns, each with its own gutters.

    Three or more columns of prose over the whole page, else in a band between full-width
    lines (a full-width title and lead above, a closing block below); else one gutter over
    the whole page (as always); else ``hint``, the gutters the document's other pages use,
    for a page with too little text to show its own; else two columns in a band between
    full-width lines, where both columns must read as prose.
    """
    multi = _multi_gutters(lines, width)
    if multi:
        return [Region(lines, multi)]
    bands = _band_regions(lines, width)
    if any(len(r.gutters) >= 2 for r in bands):
        return bands
    gx = find_gutter(lines, width)
    if gx is not None:
        return [Region(lines, [gx])]
    if hint is not None and lines and gutter_fits(lines, hint):
        return [Region(lines, hint if isinstance(hint, list) else [hint])]
    return bands


def reading_order(layout: PageLayout, hint: list[float] | float | None = None) -> list[Line | TableItem]:
    """Lines and tables in reading order; pages (and regions of a page) set in columns
    read column by column, a full-width line or table closing the columns above it.

    ``hint``: the gutters the document's other pages use, tried when this page has
    too little text to show its own.
    """
    body = [ln for ln in layout.lines if not ln.furniture]
    regions = column_regions(body, layout.width, hint)
    items: list[Line | TableItem] = list(layout.tables)
    if not regions:
        items += body
        return sorted(items, key=lambda it: it.top)
    layout.columns = max(len(r.gutters) for r in regions) + 1
    region_of = {id(ln): k for k, r in enumerate(regions) for ln in r.lines}
    for ln in body:
        k = region_of.get(id(ln))
        if k is None:
            items.append(ln)
            continue
        gutters = regions[k].gutters
        if any(a < gx < b for a, b in _segments(ln) for gx in gutters):
            items.append(ln)  # full width
            continue
        pieces: dict[int, list[Word]] = {}
        for w in ln.words:
            pieces.setdefault(bisect.bisect_right(gutters, w.x0), []).append(w)
        for col in sorted(pieces):
            items.append(Line(pieces[col], ln.page, column=100 * k + col + 1))
    for t in layout.tables:
        k = next((k for k, r in enumerate(regions) if r.top - 1 <= t.top <= r.bottom + 1), None)
        if k is None and len(regions) == 1 and len(regions[0].lines) == len(body):
            k = 0  # the whole page is in columns
        if k is None:
            t.column = 0
            continue
        gutters = regions[k].gutters
        t.column = 0 if any(t.bbox[0] < gx < t.bbox[2] for gx in gutters) else \
            100 * k + bisect.bisect_right(gutters, t.bbox[0]) + 1
    ordered: list[Line | TableItem] = []
    pending: dict[int, list] = {}
    for it in sorted(items, key=lambda it: it.top):
        if it.column == 0:
            for col in sorted(pending):
                ordered += pending[col]
            pending = {}
            ordered.append(it)
        else:
            pending.setdefault(it.column, []).append(it)
    for col in sorted(pending):
        ordered += pending[col]
    return ordered


def document_gutter(pages: list[PageLayout]) -> list[float] | None:
    """The gutters most pages in columns of a document share (the usual column count,
    each gutter's median)."""
    found = [g for p in pages if (g := find_gutters([ln for ln in p.lines if not ln.furniture], p.width))]
    if not found:
        return None
    count = Counter(len(g) for g in found).most_common(1)[0][0]
    same = [g for g in found if len(g) == count]
    return [statistics.median(g[k] for g in same) for k in range(count)]


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


def _prose_columns(lines: list[Line], cols: list[tuple[float, float]]) -> bool:
    """Aligned word groups that are columns of running text (a page in three columns),
    not a table: every column's lines carry on one another's sentences."""
    return len(lines) >= 4 and all(_wraps(lines, a - 1, b + 1, share=0.5) for a, b in cols)


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
            if len(cols) >= min_cols and not _prose_columns([lines[k] for k in run], cols):
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
