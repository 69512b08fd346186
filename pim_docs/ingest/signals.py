"""Format-independent heading and list signals read from a block's text.

Readers fill the typographic signals their format knows (style, size, bold);
these functions add what the text itself says (numbering, caps, list markers)
and weigh everything into one heading score.
"""
from __future__ import annotations

import re

from ..model import HeadingSignals

_ROMAN = re.compile(r"^(?=[IVXLC])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")
_NUMBERING = [
    # "Rozdział 4.", "Część II –", "Załącznik nr 1"
    (re.compile(r"^((?:Rozdział|Rozdz\.|Część|Cz\.|Załącznik(?:\s+nr)?|Zał\.(?:\s+nr)?)\s+"
                r"(?:\d+|[IVXLC]+|[A-Z])\b\.?)", re.I), 1),
    (re.compile(r"^(§\s*\d+\.?)"), 1),
    # decimal "1.", "2.3.", "2.3", "10.1.2."
    (re.compile(r"^((?:\d{1,2}\.){1,4}\d{0,2}\.?)(?=\s)"), None),
    (re.compile(r"^([IVXLC]{1,6}\.)(?=\s)"), 1),  # Roman "III."
    (re.compile(r"^([A-Z][.)])(?=\s)"), 1),  # letter "A." / "B)"
    (re.compile(r"^([A-Z]\.\d{1,2}(?:\.\d{1,2})*\.?)(?=\s)"), None),  # "D.3", "III.1"-like letter+number
    (re.compile(r"^(\d{1,2}\))(?=\s)"), 2),  # "1)"
    (re.compile(r"^([A-Z]{1,2}\d{1,2}(?:\.\d{1,2})*\.?)(?=[\s:])"), 2),  # "M1", "D2.3"
]
_BULLETS = "•●▪■◦○▸►✓✔-–—*·"
_LIST_MARKER = re.compile(
    r"^([" + re.escape(_BULLETS) + r"]|[a-z]\)|\(?[a-z]\)|\d{1,2}\)|\(\d{1,2}\)|[ivx]{1,4}\))\s+")


def numbering(text: str) -> tuple[str | None, int | None]:
    """The heading numbering a text starts with and the depth it implies."""
    t = text.lstrip()
    for pattern, level in _NUMBERING:
        m = pattern.match(t)
        if not m:
            continue
        label = m.group(1)
        if level is None:  # decimal / "D.3": depth = count of parts
            nums = [n for n in label.split(".") if n]
            if not nums:
                continue
            level = len(nums)
        if label.endswith(".") and re.fullmatch(r"[IVXLC]+\.", label) and not _ROMAN.match(label[:-1]):
            continue
        return label.strip(), level
    return None, None


def list_marker(text: str) -> tuple[str | None, str]:
    """A bullet or "a)"/"1)" marker at the start of a text, and the text without it."""
    m = _LIST_MARKER.match(text.lstrip())
    if not m:
        return None, text
    return m.group(1), text.lstrip()[m.end():]


def is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


_ABBREVIATION_END = re.compile(r"(?:\b(?:r|ul|nr|al|pl|im|św|tys|mln|mld|zł|ok|m\.in|itd|itp|wlkp|os)|\b\w)\.$", re.I)


def is_short(text: str) -> bool:
    """Few words and no full sentence (a final "r." or "ul." is an abbreviation, not a full stop)."""
    t = text.strip()
    words = t.split()
    sentence = t.endswith(".") and not _ABBREVIATION_END.search(t)
    return 0 < len(words) <= 16 and len(t) <= 160 and not (sentence and len(words) > 6)


def complete(signals: HeadingSignals, text: str) -> HeadingSignals:
    """Add the text-derived signals to what the reader found."""
    num, level = numbering(text)
    if signals.numbering is None and num:
        signals.numbering, signals.numbering_level = num, level
    signals.all_caps = signals.all_caps or is_all_caps(text)
    signals.short = is_short(text)
    return signals


def heading_score(s: HeadingSignals, text: str) -> float:
    """0..1: how strongly the signals say 'heading'."""
    t = text.strip()
    if not t or len(t) > 300:
        return 0.0
    style = (s.style or "").lower()
    if s.outline_level is not None or re.match(r"(heading|nagłówek|naglowek|title|tytuł)\b", style):
        return 0.95 if s.short or len(t) < 200 else 0.6
    score = 0.0
    ratio = s.font_size_ratio or 1.0
    if ratio >= 1.25:
        score += 0.5
    elif ratio >= 1.1:
        score += 0.3
    if s.bold:
        score += 0.35
    if s.all_caps:
        score += 0.2
    if s.numbering:
        score += 0.2
    if s.in_table:
        score += 0.25 + (0.1 if s.shaded else 0.0)
    if t.endswith("?") and (s.bold or ratio >= 1.1):
        score += 0.1
    if not s.short:
        score *= 0.3
    if t.endswith(":") or t.endswith(","):
        score *= 0.6
    if not any(c.isalpha() for c in t):
        score = 0.0
    return round(min(score, 1.0), 3)
