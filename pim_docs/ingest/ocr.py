"""OCR of image-only pages with Tesseract (Debian ``tesseract-ocr-pol``), when installed."""
from __future__ import annotations

import functools
import shutil

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


def page_words(pdf, index: int, lang: str = "pol", dpi: int = OCR_DPI) -> list[Word]:
    """Words of one page of an open ``pypdfium2.PdfDocument``, in PDF points."""
    import pytesseract

    page = pdf[index]
    scale = dpi / 72.0
    image = page.render(scale=scale, grayscale=True).to_pil()
    data = pytesseract.image_to_data(image, lang=lang, config="--psm 3",
                                     output_type=pytesseract.Output.DICT)
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
    return words
