"""PDF backend (pdfplumber): words with font size/weight, ruled tables, columns,
furniture, paragraphs, tables joined across pages, OCR of image-only pages."""
from __future__ import annotations

import logging
import re
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from ..config import Limits
from ..errors import message
from ..model import Block, BlockKind, Cell, ConversionResult, Document, Furniture, HeadingSignals, PageInfo
from ..text import match_key
from ..text.repair import join_lines, vocabulary
from . import layout as lay
from . import ocr
from .builder import BlockBuilder

log = logging.getLogger(__name__)
_CID = re.compile(r"\(cid:\d+\)")
_CONTINUED = re.compile(r"^(tabela|tab\.)?[^a-ząćęłńóśźż]*\(?(cd\.?|c\.d\.?|ciąg dalszy)\)?\.?$", re.I)


def read(path: Path, res: ConversionResult, limits: Limits) -> None:
    try:
        pdf = pdfplumber.open(path)
    except PdfminerException as exc:
        inner = exc.args[0] if exc.args else exc
        if isinstance(inner, PDFPasswordIncorrect) or "password" in repr(inner).lower():
            res.fail(message("pdf_encrypted"))
        elif not _read_with_pdfium(path, res, limits):
            res.fail(message("pdf_corrupt", detail=_short(inner)))
        return
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds on broken files
        if not _read_with_pdfium(path, res, limits):
            res.fail(message("pdf_corrupt", detail=_short(exc)))
        return
    with pdf:
        try:
            n_pages = len(pdf.pages)
        except Exception as exc:  # noqa: BLE001
            n_pages, failure = 0, _short(exc)
        else:
            failure = "brak stron"
        if n_pages == 0:
            # pdfminer found no page (a page tree it cannot walk); PDFium may
            if not _read_with_pdfium(path, res, limits):
                res.fail(message("pdf_corrupt", detail=failure))
            return
        if n_pages > limits.max_pages:
            res.warnings.append(message("page_limit", pages=n_pages, limit=limits.max_pages))
        layouts, infos = [], []
        for i in range(min(n_pages, limits.max_pages)):
            try:
                page = pdf.pages[i]
                pl, info = _read_page(page, i + 1)
                page.close()
            except Exception as exc:  # noqa: BLE001 - one broken page must not lose the rest
                res.warnings.append(message("pdf_page_error", page=i + 1, detail=_short(exc)))
                pl, info = lay.PageLayout(i + 1, 595, 842), PageInfo(number=i + 1, has_text=False)
            layouts.append(pl)
            infos.append(info)
        meta = {k.lower(): str(v) for k, v in (pdf.metadata or {}).items()
                if isinstance(v, (str, int, float)) and k in ("Title", "Author", "Subject", "Creator", "Producer")}
    _finish(path, res, limits, layouts, infos, meta, n_pages)


def _finish(path: Path, res: ConversionResult, limits: Limits, layouts: list[lay.PageLayout],
            infos: list[PageInfo], meta: dict[str, str], n_pages: int) -> None:
    """Pages read: unreadable text reported, image-only pages OCR'd, blocks built."""
    _warn_unmapped(layouts, res)
    image_pages = [i for i, info in enumerate(infos) if not info.has_text]
    if image_pages:
        _ocr_pages(path, image_pages, layouts, infos, res, limits)
    doc = Document(source_file=res.source_file, sha256=res.sha256, format="pdf",
                   pages=infos, metadata=meta, total_pages=n_pages)
    _build_blocks(layouts, doc)
    _apply_outline(path, doc)
    res.document = doc
    if not any(p.has_text for p in infos):
        res.status = "needs_ocr"
    if not doc.blocks and res.status != "needs_ocr":
        res.warnings.append(message("no_text"))


def _read_with_pdfium(path: Path, res: ConversionResult, limits: Limits) -> bool:
    """A PDF whose pages pdfminer cannot find (a broken page tree, page objects without
    /Type) read with PDFium: page count, the text layer PDFium finds, else the rendered
    pages for OCR. False when PDFium cannot open it or finds no page either."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except Exception:  # noqa: BLE001 - PDFium's own failure: the file is corrupt
        return False
    try:
        n_pages = len(pdf)
        if n_pages == 0:
            return False
        if n_pages > limits.max_pages:
            res.warnings.append(message("page_limit", pages=n_pages, limit=limits.max_pages))
        layouts, infos = [], []
        for i in range(min(n_pages, limits.max_pages)):
            pl, info = lay.PageLayout(i + 1, 595, 842), PageInfo(number=i + 1, has_text=False)
            try:
                page = pdf[i]
                width, height = page.get_size()
                pl = lay.PageLayout(i + 1, width, height)
                info = PageInfo(number=i + 1, width=width, height=height, landscape=width > height,
                                has_text=False)
                words = _pdfium_words(page, height)
                page.close()
            except Exception as exc:  # noqa: BLE001 - one broken page must not lose the rest
                res.warnings.append(message("pdf_page_error", page=i + 1, detail=_short(exc)))
                words = []
            if words:
                info.has_text = True
                pl.lines, unruled = lay.find_unruled_tables(lay.group_lines(words, i + 1), i + 1)
                pl.tables += unruled
            layouts.append(pl)
            infos.append(info)
        try:
            raw = pdf.get_metadata_dict(skip_empty=True)
        except Exception:  # noqa: BLE001
            raw = {}
        meta = {k.lower(): str(v) for k, v in raw.items()
                if k in ("Title", "Author", "Subject", "Creator", "Producer")}
    finally:
        pdf.close()
    res.warnings.append(message("pdf_pages_fallback", pages=n_pages))
    _finish(path, res, limits, layouts, infos, meta, n_pages)
    return True


def _pdfium_words(page, height: float) -> list[lay.Word]:
    """Words of PDFium's text layer: its text runs, split at spaces in proportion."""
    tp = page.get_textpage()
    words = []
    try:
        for k in range(tp.count_rects()):
            left, bottom, right, top = tp.get_rect(k)
            text = tp.get_text_bounded(left - 0.5, bottom - 0.5, right + 0.5, top + 0.5)
            text = " ".join(text.replace("\ufffe", "").split())
            if not text or _CID.search(text):
                continue
            per_char = (right - left) / max(len(text), 1)
            size = round(max(top - bottom, 1.0) / 1.15 * 2) / 2 or 1.0
            pos = 0
            for token in text.split(" "):
                x0 = left + pos * per_char
                words.append(lay.Word(token, x0, x0 + len(token) * per_char, height - top, height - bottom, size))
                pos += len(token) + 1
    finally:
        tp.close()
    return words


def _apply_outline(path: Path, doc: Document, limit: int = 2000) -> None:
    """The PDF's outline (bookmarks a word processor exports from its heading styles) is the
    strongest evidence of a heading: the block it names on its page becomes a heading of the
    bookmark's level."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except Exception:  # noqa: BLE001 - no outline is fine
        return
    try:
        marks = []
        for k, item in enumerate(pdf.get_toc(max_depth=6)):
            if k >= limit:
                break
            dest = item.get_dest()
            title = match_key(item.get_title() or "")
            if dest is not None and title:
                marks.append((item.level + 1, title, dest.get_index() + 1))
    except Exception:  # noqa: BLE001
        return
    finally:
        pdf.close()
    by_page: dict[int, list[Block]] = {}
    for b in doc.blocks:
        if b.kind != BlockKind.TABLE and b.page is not None and len(b.text) <= 300:
            by_page.setdefault(b.page, []).append(b)
    for level, title, page in marks:
        for b in by_page.get(page, []) + by_page.get(page + 1, []):
            text = match_key(b.text)
            if text == title or (len(title) >= 12 and text.startswith(title) and len(text) <= len(title) + 40):
                b.kind = BlockKind.HEADING
                b.heading = b.heading or HeadingSignals()
                b.heading.outline_level = level
                b.heading.style = b.heading.style or "PDF bookmark"
                b.heading_score = max(b.heading_score, 0.95)
                break


def _short(exc: object) -> str:
    text = str(exc) or type(exc).__name__
    return text[:160]


def _read_page(page, number: int) -> tuple[lay.PageLayout, PageInfo]:
    width, height = float(page.width), float(page.height)
    raw_words = page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False)
    words = [lay.Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"], float(w["size"]),
                      lay.is_bold_font(w.get("fontname"))) for w in raw_words if w.get("upright", True)]
    # vertical words (rotated stamps, margin notes) are kept after the page's text
    words += [lay.Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"], float(w["size"]))
              for w in raw_words if not w.get("upright", True)]
    cid = sum(1 for w in words if _CID.search(w.text))
    has_text = bool(words) and cid < 0.3 * len(words)
    info = PageInfo(number=number, width=width, height=height, landscape=width > height,
                    has_text=has_text)
    pl = lay.PageLayout(number, width, height)
    if not has_text:
        pl.unmapped_page = cid > 0  # mostly "(cid:NN)": read by OCR if it can be
        return pl, info
    if cid:
        words, pl.unreadable = _drop_unmapped(words, number)
    if page.lines or page.rects:
        words = _extract_tables(page, words, pl)
    pl.lines, unruled = lay.find_unruled_tables(lay.group_lines(words, number), number)
    pl.tables += unruled
    return pl, info


def _drop_unmapped(words: list[lay.Word], page: int) -> tuple[list[lay.Word], int]:
    """Glyphs a font maps to no character come out as "(cid:NN)": a line mostly made of them
    is dropped (counted), a few of them in a readable line are taken out of its words."""
    kept, dropped = [], 0
    for line in lay.group_lines(words, page):
        glyphs = sum(len(_CID.sub("x", w.text)) for w in line.words)
        unmapped = sum(len(_CID.findall(w.text)) for w in line.words)
        if unmapped and unmapped >= 0.5 * glyphs:
            dropped += 1
            continue
        for w in line.words:
            if _CID.search(w.text):
                w.text = _CID.sub("", w.text)
            if w.text:
                kept.append(w)
    return kept, dropped


def _warn_unmapped(layouts: list[lay.PageLayout], res: ConversionResult) -> None:
    lines = {p.number: p.unreadable for p in layouts if p.unreadable}
    if lines:
        n = sum(lines.values())
        res.warnings.append(message("pdf_unmapped_lines", lines=f"{n} {_plural(n, 'wiersza', 'wierszy', 'wierszy')}",
                                    pages=_pages("strona", "strony", lines)))
    pages = [p.number for p in layouts if p.unmapped_page]
    if pages:
        res.warnings.append(message("pdf_unmapped_pages", pages=_pages("strony", "stron", pages),
                                    target="stronę przekazano" if len(pages) == 1 else "strony przekazano"))


def _plural(n: int, one: str, few: str, many: str) -> str:
    if n == 1:
        return one
    return few if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else many


def _pages(one: str, more: str, pages) -> str:
    numbers = sorted(pages)
    return f"{one if len(numbers) == 1 else more} {', '.join(map(str, numbers))}"


def _extract_tables(page, words: list[lay.Word], pl: lay.PageLayout) -> list[lay.Word]:
    """Ruled tables: cells from pdfplumber's lattice, words assigned by position."""
    return _fill_tables([(t.bbox, [c for c in t.cells if c]) for t in page.find_tables()], words, pl)


def _fill_tables(grids, words: list[lay.Word], pl: lay.PageLayout) -> list[lay.Word]:
    """Tables from their cells' boxes (pdfplumber's lattice, or rules found on a scanned page):
    each word goes to the smallest cell holding it, once; a cell around other cells (a
    frame pdfplumber also reports as a cell spanning the whole grid) is no cell of the table,
    and words no cell holds stay text. The words left over are returned."""
    remaining = words
    for bbox, cells in grids:
        cells = _distinct_cells(cells)
        frames = [c for c in cells if any(o is not c and _contains(c, o) for o in cells)]
        cells = [c for c in cells if not any(c is f for f in frames)]
        xs = sorted({round(v, 0) for c in cells for v in (c[0], c[2])})
        ys = sorted({round(v, 0) for c in cells for v in (c[1], c[3])})
        if len(xs) < 3 or len(ys) < 3:  # a box around text, not a table
            continue
        x0, top, x1, bottom = bbox
        inside = [w for w in remaining if x0 - 1 <= (w.x0 + w.x1) / 2 <= x1 + 1
                  and top - 1 <= (w.top + w.bottom) / 2 <= bottom + 1]
        if not inside:
            continue
        owner: dict[int, list[lay.Word]] = {}
        placed = set()
        for w in inside:
            mx, my = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
            holding = [k for k, c in enumerate(cells) if c[0] - 1 <= mx <= c[2] + 1 and c[1] - 1 <= my <= c[3] + 1]
            if holding:
                k = min(holding, key=lambda k: (cells[k][2] - cells[k][0]) * (cells[k][3] - cells[k][1]))
                owner.setdefault(k, []).append(w)
                placed.add(id(w))
        remaining = [w for w in remaining if id(w) not in placed]
        rows: dict[int, list[Cell]] = {}
        for k, c in enumerate(cells):
            col, row = _index(xs, c[0]), _index(ys, c[1])
            col_span = max(1, _index(xs, c[2]) - col)
            row_span = max(1, _index(ys, c[3]) - row)
            cw = owner.get(k, [])
            lines = lay.group_lines(cw, pl.number)
            text, raw = join_lines([ln.text for ln in lines], vocabulary(ln.text for ln in lines),
                                   clean=lambda s: s)
            bold = bool(cw) and all(w.bold for w in cw)
            rows.setdefault(row, []).append(Cell(row=row, col=col, text=text, raw_text=raw,
                                                 row_span=row_span, col_span=col_span, bold=bold))
        pl.tables.append(lay.TableItem([sorted(rows[r], key=lambda c: c.col) for r in sorted(rows)],
                                       tuple(bbox), pl.number))
    return remaining


def _distinct_cells(cells) -> list[tuple[float, float, float, float]]:
    """Cells with the same box (within half a point) once."""
    seen, out = set(), []
    for c in cells:
        key = tuple(round(v * 2) for v in c[:4])
        if key not in seen:
            seen.add(key)
            out.append(tuple(c[:4]))
    return out


def _contains(outer, inner, tol: float = 1.0) -> bool:
    """``outer`` holds all of ``inner`` and is larger."""
    return (outer[0] - tol <= inner[0] and inner[2] <= outer[2] + tol and outer[1] - tol <= inner[1]
            and inner[3] <= outer[3] + tol
            and (outer[2] - outer[0]) * (outer[3] - outer[1]) > (inner[2] - inner[0]) * (inner[3] - inner[1]) + 4)


def _index(values: list[float], v: float) -> int:
    return min(range(len(values)), key=lambda i: abs(values[i] - v))


def _ocr_pages(path: Path, indexes: list[int], layouts, infos, res: ConversionResult, limits: Limits) -> None:
    all_image = len(indexes) == len(infos)
    if all_image:
        res.warnings.append(message("no_text_layer"))
    if not ocr.available(limits.ocr_lang):
        res.warnings.append(message("ocr_unavailable"))
        return
    import pypdfium2 as pdfium

    done, turned = [], []
    pdf = pdfium.PdfDocument(str(path))
    try:
        for i, read in ocr.read_pages(pdf, indexes[: limits.ocr_max_pages], limits.ocr_lang, limits.ocr_workers):
            if isinstance(read, Exception):  # OCR failure of one page is reported, not fatal
                res.warnings.append(message("ocr_failed", page=i + 1, detail=_short(read)))
                continue
            if read.rotation:  # a scan fed sideways or upside down, read turned upright
                turned.append(f"stronę {i + 1} o {read.rotation}°")
                layouts[i].width, layouts[i].height = read.size
                infos[i].width, infos[i].height = read.size
                infos[i].landscape = read.size[0] > read.size[1]
            words = _fill_tables(read.grids, read.words, layouts[i])  # tables drawn with rules, rebuilt cell by cell
            layouts[i].lines = lay.group_lines(words, i + 1)
            infos[i].ocr = True
            done.append(i + 1)
    finally:
        pdf.close()
    if done:
        pages = "wszystkich stron" if all_image and len(done) == len(infos) else \
            "stron " + ", ".join(map(str, done))
        res.warnings.append(message("ocr_used", pages=pages))
    if turned:
        res.warnings.append(message("ocr_rotated", pages=", ".join(turned)))


def _build_blocks(layouts: list[lay.PageLayout], doc: Document) -> None:
    lay.mark_furniture(layouts)
    body = lay.body_font_size(layouts)
    gap = lay.normal_gap(layouts, body)
    vocab = vocabulary(ln.text for p in layouts for ln in p.lines)
    gutter = lay.document_gutter(layouts)
    b = BlockBuilder()
    for p, info in zip(layouts, doc.pages):
        for ln in p.lines:
            if ln.furniture:
                kind = Furniture(ln.furniture)
                b.furniture_block(ln.text, kind, page=p.number, source=ln.furniture)
        ordered = lay.reading_order(p, gutter)
        info.columns = p.columns
        for para in lay.paragraphs(ordered, body, gap):
            if isinstance(para, lay.TableItem):
                b.table(para.rows, page=para.page, ruled=para.ruled, bbox=para.bbox,
                        source="ocr" if info.ocr else "body")
                continue
            text, raw = join_lines([ln.text for ln in para], vocab)
            sizes = sorted(ln.size for ln in para)
            signals = HeadingSignals(font_size_ratio=round(sizes[len(sizes) // 2] / body, 2),
                                     bold=all(ln.bold for ln in para), isolated=len(para) == 1)
            bbox = (min(ln.x0 for ln in para), para[0].top, max(ln.x1 for ln in para), para[-1].bottom)
            b.text(raw, clean=text, page=p.number, signals=signals,
                   source="ocr" if info.ocr else "body", bbox=bbox)
    doc.blocks = join_continued_tables(_join_page_breaks(b.blocks, vocab), {p.number: p.height for p in layouts})
    doc.furniture = b.furniture


def _join_page_breaks(blocks: list[Block], vocab: set[str]) -> list[Block]:
    """A paragraph cut by a page break is one paragraph again."""
    out: list[Block] = []
    for blk in blocks:
        prev = out[-1] if out else None
        if (prev is not None and blk.kind == BlockKind.PARAGRAPH and prev.kind in (BlockKind.PARAGRAPH,
                BlockKind.LIST_ITEM) and prev.page is not None and blk.page == prev.page + 1
                and lay.is_continuation(prev.text, blk.text)):
            prev.text, _ = join_lines([prev.text, blk.text], vocab)
            prev.raw_text = f"{prev.raw_text}\n{blk.raw_text}"
            continue
        out.append(blk)
    return out


def join_continued_tables(blocks: list[Block], page_heights: dict[int, float] | None = None) -> list[Block]:
    """A table that goes on over the next page becomes one table.

    Joined when the next page's first body block is a table with the same number of
    columns, the first part runs to the bottom of its page, and the second does not open
    like a new table of the same kind ("Działanie 5" card after "Działanie 4" card).
    A "(cd.)" caption in between is dropped; a repeated header row is removed.
    """
    out: list[Block] = []
    bottoms: dict[str, float] = {}  # ref -> bottom of the table's last part
    for blk in blocks:
        prev = out[-1] if out else None
        caption = None
        if (prev is not None and prev.kind == BlockKind.PARAGRAPH and _CONTINUED.match(prev.text)
                and len(out) >= 2):
            caption, prev = prev, out[-2]
        if (blk.kind == BlockKind.TABLE and prev is not None and prev.kind == BlockKind.TABLE
                and prev.table and blk.table and blk.page and prev.table.pages
                and blk.page == prev.table.pages[-1] + 1 and blk.table.n_cols == prev.table.n_cols
                and _runs_to_page_end(prev, bottoms, page_heights)
                and not _opens_alike(prev.table.grid()[0], blk.table.grid()[0])):
            if caption is not None:
                out.pop()
            _append_table(prev, blk)
            if blk.bbox:
                bottoms[prev.ref] = blk.bbox[3]
            continue
        out.append(blk)
    return out


def _runs_to_page_end(table: Block, bottoms: dict[str, float], heights: dict[int, float] | None) -> bool:
    if not heights or table.bbox is None:
        return True
    height = heights.get(table.table.pages[-1])
    bottom = bottoms.get(table.ref, table.bbox[3])
    return height is None or bottom >= 0.7 * height


def _opens_alike(row1: list[str], row2: list[str]) -> bool:
    """Two different first rows opening the same way: two tables of one kind (cards),
    e.g. "Działanie 4 | …" then "Działanie 5 | …", or "Adresat | X" then "Adresat | Y"."""
    norm = [re.sub(r"\s+", " ", c).strip().lower() for c in row1]
    other = [re.sub(r"\s+", " ", c).strip().lower() for c in row2]
    if not norm or not other or norm == other:
        return False  # the same row again is a repeated header: a continuation
    a, b = norm[0], other[0]
    if not a or not b:
        return False
    return a == b or (a.split()[0] == b.split()[0] and len(a.split()) > 1)


def _append_table(first: Block, nxt: Block) -> None:
    t1, t2 = first.table, nxt.table
    grid1, grid2 = t1.grid(), t2.grid()
    skip = 0
    norm = lambda row: [re.sub(r"\s+", " ", c).strip().lower() for c in row]  # noqa: E731
    if t1.header_rows and grid2 and norm(grid2[0]) == norm(grid1[0]):
        skip = t1.header_rows
    for c in t2.cells:
        if c.row < skip:
            continue
        t1.cells.append(c.model_copy(update={"row": c.row - skip + t1.n_rows}))
    t1.n_rows += t2.n_rows - skip
    t1.row_pages += t2.row_pages[skip:]
    t1.pages = sorted(set(t1.pages) | set(t2.pages))
    first.text = "\n".join(" | ".join(r) for r in t1.grid())
    first.raw_text = first.text
