"""OCR of image-only pages with Tesseract (Debian ``tesseract-ocr-pol``), when installed."""
from __future__ import annotations

import functools
import os
import re
import shutil
import statistics
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from .layout import Word

OCR_DPI = 300


@functools.cache
def available(lang: str = "pol") -> bool:
    """Tesseract is on PATH and has the language's data."""
    if not shutil.which("tesseract"):
        return False
    try:
        import pytesseract

        return lang in pytesseract.get_languages(config="")
    except Exception:  # noqa: BLE001 - a broken install simply means "no OCR"
        return False


Grid = tuple[tuple[float, float, float, float], list[tuple[float, float, float, float]]]  # bbox, cells

# Orientation of a scan fed sideways or upside down. A page read the right way up has a high mean
# word confidence (upright scans of the corpus: 85-95); read sideways or upside down Tesseract
# returns garbage at < 50, or (psm 3 reading a sideways block as vertical text) tall narrow word
# boxes. Only such a page pays for orientation detection, an upright one costs nothing extra.
GOOD_CONF = 70.0        # mean word confidence (per character) of a page read the right way up
MIN_CHARS = 20          # fewer characters found: nothing worth turning the page for
OSD_MIN_CONF = 2.0      # Tesseract OSD's orientation confidence it is trusted from (as OCRmyPDF's low setting)
OSD_DPI = 150           # OSD and the 0/90/180/270 trials run on a smaller image ...
TRIAL_TIMEOUT = 30      # ... each trial at most this many seconds
TRIAL_MARGIN = 10.0     # a turned reading must beat the unturned one by this much
_TURN = {90: "ROTATE_270", 180: "ROTATE_180", 270: "ROTATE_90"}  # clockwise degrees -> PIL transpose (counter-clockwise)


@dataclass
class PageOCR:
    """One OCR'd page: words and ruled tables in PDF points of the upright page."""

    words: list[Word]
    grids: list[Grid]
    rotation: int = 0  # degrees the scan was turned clockwise to be read upright (besides its /Rotate)
    size: tuple[float, float] = (0.0, 0.0)  # width, height of the upright page in points
    orientation: str = ""  # how the rotation was decided: "" (first reading was good), "osd", "trials"


def page_words(pdf, index: int, lang: str = "pol", dpi: int = OCR_DPI) -> tuple[list[Word], list[Grid]]:
    """Words of one page of an open ``pypdfium2.PdfDocument`` and the ruled tables drawn on it,
    in PDF points (of the page turned upright, see ``read_page``)."""
    page = read_page(pdf, index, lang, dpi)
    return page.words, page.grids


def read_page(pdf, index: int, lang: str = "pol", dpi: int = OCR_DPI) -> PageOCR:
    """OCR of one page of an open ``pypdfium2.PdfDocument``. The page's own /Rotate is applied
    by PDFium when rendering; a scan that is still sideways or upside down is turned upright
    first (see ``orient``)."""
    image, (width, height) = render(pdf, index, dpi)
    scale = dpi / 72.0
    rotation, image, data, how = orient(image, lang, scale)
    if rotation in (90, 270):
        width, height = height, width
    grids = [((bx0 / scale, bt / scale, bx1 / scale, bb / scale),
              [(x0 / scale, t / scale, x1 / scale, b / scale) for x0, t, x1, b in cells])
             for (bx0, bt, bx1, bb), cells in ruled_tables(image)]
    return PageOCR(_words(data, image, grids, lang, scale), grids, rotation, (width, height), how)


def workers(limit: int = 0) -> int:
    """Pages OCR'd at once: ``limit`` or, when 0, the cores this process may use."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(1, min(limit or cores, cores))


def read_pages(pdf, indexes: list[int], lang: str = "pol", limit: int = 0,
               dpi: int = OCR_DPI) -> Iterator[tuple[int, PageOCR | Exception]]:
    """``read_page`` of several pages, in the order given; a page that fails yields its exception.
    Tesseract runs as a subprocess, so a few threads (bounded by the cores) read pages side by
    side. Each Tesseract is held to one thread (``OMP_THREAD_LIMIT=1``, unless set already): its
    own OpenMP threads cost more than twice the CPU for the same page and are slower on a busy
    machine, even reading one page at a time."""
    n = min(workers(limit), len(indexes))

    def one(i: int) -> PageOCR | Exception:
        try:
            return read_page(pdf, i, lang, dpi)
        except Exception as exc:  # noqa: BLE001 - one page's failure is the caller's to report
            return exc

    own_limit = "OMP_THREAD_LIMIT" not in os.environ
    if own_limit:
        os.environ["OMP_THREAD_LIMIT"] = "1"
    pool = ThreadPoolExecutor(max_workers=n, thread_name_prefix="ocr") if n > 1 else None
    try:
        if pool is None:
            for i in indexes:
                yield i, one(i)
        else:
            yield from zip(indexes, pool.map(one, indexes))
    finally:  # also when the caller stops early: pages not started are dropped
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        if own_limit:
            os.environ.pop("OMP_THREAD_LIMIT", None)


_PDFIUM = threading.Lock()  # PDFium is not thread-safe: one rendering at a time


def render(pdf, index: int, dpi: int = OCR_DPI):
    """The page as a greyscale PIL image (its /Rotate applied) and its size in points."""
    with _PDFIUM:
        page = pdf[index]
        try:
            bitmap = page.render(scale=dpi / 72.0, grayscale=True)
            image = bitmap.to_pil().copy()  # PDFium's buffer freed here, under the lock
            bitmap.close()
            size = page.get_size()
        finally:
            page.close()
    return image, size


def turn(image, rotation: int):
    """The image turned ``rotation`` degrees clockwise."""
    from PIL import Image

    return image.transpose(getattr(Image.Transpose, _TURN[rotation])) if rotation else image


def _read(image, lang: str, timeout: float = 0) -> dict:
    import pytesseract

    return pytesseract.image_to_data(image, lang=lang, config="--psm 3", timeout=timeout,
                                     output_type=pytesseract.Output.DICT)


def quality(data: dict) -> tuple[float, int]:
    """Mean word confidence per character of a reading, and its number of characters. A word
    box much taller than wide (a sideways line read as vertical text) counts as confidence 0."""
    total = chars = 0.0
    for text, conf, w, h in zip(data["text"], data["conf"], data["width"], data["height"]):
        text = (text or "").strip()
        if not text or float(conf) < 0:
            continue
        upright = len(text) < 3 or w >= h
        total += len(text) * (float(conf) if upright else 0.0)
        chars += len(text)
    return (total / chars if chars else 0.0), int(chars)


def osd(image) -> tuple[int, float] | None:
    """Tesseract's orientation detection (psm 0, needs ``osd.traineddata``): degrees to turn the
    image clockwise and the confidence; None when it cannot tell (too little text)."""
    import pytesseract

    try:
        out = pytesseract.image_to_osd(image, output_type=pytesseract.Output.DICT, timeout=TRIAL_TIMEOUT)
    except Exception:  # noqa: BLE001 - "Too few characters", a timeout: no answer
        return None
    return int(out["rotate"]) % 360, float(out["orientation_conf"])


def orient(image, lang: str, scale: float) -> tuple[int, object, dict, str]:
    """(clockwise rotation, upright image, its Tesseract reading, how decided). The page is read
    as it is; only a poor reading (low confidence, vertical word boxes) asks Tesseract's OSD,
    and where OSD is unsure 0/90/180/270 are each read on a smaller image and the best mean
    confidence wins. A turned reading replaces the first one only if it is better."""
    data = _read(image, lang)
    conf, chars = quality(data)
    if conf >= GOOD_CONF or chars < MIN_CHARS:
        return 0, image, data, ""
    small = image.reduce(max(1, round(scale * 72 / OSD_DPI)))
    found, how = osd(small), "osd"
    if found and found[1] >= OSD_MIN_CONF:
        rotation = found[0]
    else:
        how = "trials"
        scores = {}
        for angle in (0, 90, 180, 270):
            try:
                scores[angle] = quality(_read(turn(small, angle), lang, TRIAL_TIMEOUT))[0]
            except Exception:  # noqa: BLE001 - a trial over time simply loses
                scores[angle] = 0.0
        rotation = max(scores, key=lambda a: (scores[a], a == 0))
        if scores[rotation] < scores[0] + TRIAL_MARGIN:
            rotation = 0
    if not rotation:
        return 0, image, data, how
    turned = turn(image, rotation)
    turned_data = _read(turned, lang)
    if quality(turned_data)[0] <= conf:
        return 0, image, data, how
    return rotation, turned, turned_data, how


def _words(data: dict, image, grids: list[Grid], lang: str, scale: float) -> list[Word]:
    """Tesseract's reading as words in points, one size per line; table cells the page-wide
    reading left empty are read alone."""
    import pytesseract

    lines: dict[tuple, list[int]] = {}
    for i, text in enumerate(data["text"]):
        if (text or "").strip() and float(data["conf"][i]) >= 0:
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            lines.setdefault(key, []).append(i)
    words = []
    for idx in lines.values():
        # one size per line: the tallest glyph box (ascender to descender) ~ 1.15 x font size
        line_h = max(data["height"][i] for i in idx) / scale
        size = round(line_h / 1.15 * 2) / 2
        for i in idx:
            x0, top = data["left"][i] / scale, data["top"][i] / scale
            w, h = data["width"][i] / scale, data["height"][i] / scale
            words.append(Word(text=data["text"][i].strip(), x0=x0, x1=x0 + w, top=top, bottom=top + h, size=size))
    # the rules themselves are sometimes read as "|" or "_"
    words = [w for w in words if not re.fullmatch(r"[|_—¦!]+", w.text)]
    for _, cells in grids:  # a cell the page-wide reading left empty (small bold headers): read it alone
        for x0, top, x1, bottom in cells:
            if any(x0 <= (w.x0 + w.x1) / 2 <= x1 and top <= (w.top + w.bottom) / 2 <= bottom for w in words):
                continue
            crop = image.crop((int(x0 * scale) + 6, int(top * scale) + 6, int(x1 * scale) - 6, int(bottom * scale) - 6))
            if crop.width < 8 or crop.height < 8:
                continue
            text = " ".join(pytesseract.image_to_string(crop, lang=lang, config="--psm 6").split())
            text = re.sub(r"^[|_—¦!\s]+|[|_—¦!\s]+$", "", text)
            if text:
                size = statistics.median(w.size for w in words) if words else 10.0
                words.append(Word(text=text, x0=x0 + 2, x1=x1 - 2, top=top + 2, bottom=top + 2 + size, size=size))
    return words


def _runs(line) -> list[tuple[int, int]]:
    """(start, end) of the dark runs in a row or column of a boolean image."""
    import numpy as np

    d = np.diff(np.concatenate(([0], line.view(np.int8), [0])))
    return list(zip(np.flatnonzero(d == 1).tolist(), np.flatnonzero(d == -1).tolist()))


def _merge(values: list[int], gap: int = 4) -> list[int]:
    out: list[list[int]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= gap:
            out[-1].append(v)
        else:
            out.append([v])
    return [round(sum(g) / len(g)) for g in out]


def ruled_tables(image) -> list[tuple[tuple[int, int, int, int], list[tuple[int, int, int, int]]]]:
    """Tables drawn with rules on a scanned page: long horizontal rules stacked with the same
    extent, vertical rules between them; cells (merged where a vertical rule is missing), in pixels."""
    import numpy as np

    dark = np.asarray(image.convert("L")) < 170
    height, width = dark.shape
    # a scan is a little skewed and its rules a little broken: thicken them before following them
    wide = dark.copy()
    for k in range(1, 5):
        wide[:-k] |= dark[k:]
        wide[k:] |= dark[:-k]
    rules: list[list[int]] = []  # [y, x0, x1, best run]: consecutive rows of one (skewed) rule merged
    for y in range(height):
        runs = [(a, b) for a, b in _runs(wide[y]) if b - a >= 0.25 * width]
        if not runs:
            continue
        a, b = min(r[0] for r in runs), max(r[1] for r in runs)
        best = max(r[1] - r[0] for r in runs)
        if rules and y - rules[-1][4] <= 2:
            rule = rules[-1]
            rule[1], rule[2], rule[4] = min(rule[1], a), max(rule[2], b), y
            if best > rule[3]:
                rule[0], rule[3] = y, best
        else:
            rules.append([y, a, b, best, y])
    lines = [[y, a, b] for y, a, b, _, _ in rules]
    thick = dark.copy()  # vertical rules, thickened sideways for the skew
    for k in range(1, 5):
        thick[:, :-k] |= dark[:, k:]
        thick[:, k:] |= dark[:, :-k]
    tables = []
    group: list[list[int]] = []
    for ln in lines + [[10 ** 9, 0, 0]]:
        if group and (abs(ln[1] - group[-1][1]) > 12 or abs(ln[2] - group[-1][2]) > 12 or ln[0] - group[-1][0] > height / 4):
            if len(group) >= 3:
                tables.append(group)
            group = []
        group.append(ln)
    out = []
    for group in tables:
        ys = [g[0] for g in group]
        x0, x1 = min(g[1] for g in group), max(g[2] for g in group)
        top, bottom = ys[0], ys[-1]
        band = thick[top:bottom + 1, max(x0 - 3, 0):x1 + 4]
        share = band.mean(axis=0)
        xs = _merge([x0 - 3 + i for i in np.flatnonzero(share >= 0.5).tolist()])
        if len(xs) < 3:
            continue
        cells = []
        for r in range(len(ys) - 1):
            row = thick[ys[r] + 6:ys[r + 1] - 5, :]
            if row.shape[0] < 4:
                continue
            start = xs[0]
            for x in xs[1:]:
                strip = row[:, max(x - 2, 0):x + 3].any(axis=1)
                if strip.mean() >= 0.8 or x == xs[-1]:  # a rule divides the row here
                    cells.append((start, ys[r], x, ys[r + 1]))
                    start = x
        out.append(((x0, top, x1, bottom), cells))
    return out
