"""Repair what Polish documents' text layers break.

- UTF-8 read as cp1252/latin-1 ("Å¼ycie" -> "życie"), ligatures, decomposed
  diacritics: ftfy (a well-kept library for exactly this).
- Old-font PDFs that map "ż" to "Ŝ" ("moŜliwość", "Ŝe").
- Single-byte cp1250 text read as cp1252 ("zosta³y", "¿ycie", "Œl¹sk").
- Non-breaking / zero-width spaces, soft hyphens.
- Line-end hyphenation when lines are joined ("termo-" + "modernizacja").
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import ftfy

_FTFY = ftfy.TextFixerConfig(
    uncurl_quotes=False,  # Polish „quotes” are meant
    fix_line_breaks=False,
    explain=False,
    normalization="NFC",
)

_POLISH = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
# cp1250 bytes decoded as cp1252: the characters that only appear that way in Polish text
_CP1250_AS_1252 = set("¹³¿œŸ¥£¯Œêæñ")
_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u3000]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_OLD_FONT_Z = re.compile(r"[Ŝŝ]")
# Symbol/Wingdings bullets that Word's PDFs leave in the private use area (shown as boxes)
_PUA_BULLETS = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪", "\uf0a8": "•", "\uf0d8": "➢", "\uf0fc": "✓",
                              "\uf076": "❖", "\uf0e0": "→"})
_WORD = re.compile(r"\w+", re.UNICODE)


def _fix_old_font_z(text: str) -> str:
    """'Ŝ'/'ŝ' standing for 'ż' (or 'Ż' in capitals / at a sentence start)."""

    def repl(m: re.Match) -> str:
        i = m.start()
        word_start = i
        while word_start > 0 and text[word_start - 1].isalpha():
            word_start -= 1
        word_end = m.end()
        while word_end < len(text) and text[word_end].isalpha():
            word_end += 1
        letters = [c for c in text[word_start:word_end] if c not in "Ŝŝ"]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            return "Ż"
        if i == word_start:
            before = text[:i].rstrip()
            if not before or before[-1] in ".!?:\n•–-\u201e\"(":
                return "Ż" if not letters or letters[0].islower() else "ż"
        return "ż"

    return _OLD_FONT_Z.sub(repl, text)


def _fix_cp1250(text: str) -> str:
    hits = sum(1 for c in text if c in _CP1250_AS_1252)
    if hits < 2 or any(c in _POLISH and c not in "óÓ" for c in text):
        return text
    try:
        return text.encode("cp1252").decode("cp1250")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def _polish(text: str) -> int:
    return sum(1 for c in text if c in _POLISH)


def _ftfy(text: str) -> str:
    fixed = ftfy.fix_text(text, config=_FTFY)
    if _polish(fixed) < _polish(text):
        # A real fix of Polish mojibake never loses Polish letters ("Ä…" -> "ą", "Ăł" -> "ó").
        # Losing them is a false positive: "ćĄŚ" is cp1250 for the UTF-8 bytes of "楌", "Ń„" of
        # "ф", "Ź”" of "ʔ". Keep the letters, fix only the rest.
        fixed = ftfy.fix_text(text, config=_FTFY._replace(fix_encoding=False))
    return fixed


def repair(text: str) -> str:
    """Clean one block of text; idempotent on real text (tested with hypothesis)."""
    if not text:
        return ""
    if not text.isascii():
        text = _ftfy(text)
        if "Ŝ" in text or "ŝ" in text:
            text = _fix_old_font_z(text)
        text = _fix_cp1250(text)
        text = text.translate(_PUA_BULLETS)
        text = _SPACES.sub(" ", text)
        text = _INVISIBLE.sub("", text)
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return text.strip()


# ----------------------------------------------------------- hyphenation

_HYPHENS = ("-", "\u2010", "\u00ad")
# compound adjectives keep their hyphen: "społeczno-gospodarczy", "pieszo-rowerowy"
_COMPOUND_FIRST = re.compile(r"\w{3,}(no|wo|ko|czo|sko|cko|zo|lo|ro|so|to)$", re.I)
_ADJ_END = re.compile(r"(y|a|e|i|ego|ej|ych|ym|ymi|ą|ie|ich|im|imi)$", re.I)


def vocabulary(lines: Iterable[str]) -> set[str]:
    """Lower-cased words and hyphenated compounds seen in a document."""
    vocab: set[str] = set()
    for line in lines:
        vocab.update(w.lower() for w in re.findall(r"\w+(?:-\w+)*", line))
    return vocab


def _join_hyphenated(first: str, second: str, vocab: set[str]) -> bool:
    """True when 'first-' + 'second' is one word split at a line end."""
    joined = (first + second).lower()
    if joined in vocab:
        return True
    if f"{first}-{second}".lower() in vocab:
        return False
    if first[:1].isupper() and second[:1].isupper():
        return False  # Bielsko-Biała
    if _COMPOUND_FIRST.search(first) and _ADJ_END.search(second) and len(second) > 4:
        return False
    return True


def join_lines(lines: list[str], vocab: set[str] | None = None,
               clean: Callable[[str], str] = repair) -> tuple[str, str]:
    """Join the lines of one paragraph; returns (cleaned text, raw text)."""
    raw = "\n".join(lines)
    vocab = vocab or set()
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        m_cap = re.search(r"(?<!\w)([A-ZĄĆĘŁŃÓŚŹŻ]\w*)-$", out) if out else None
        if m_cap and line[:1].isupper():  # "Bielsku-" + "Białej": a hyphenated proper name
            out += line
            continue
        if out and out.endswith(_HYPHENS) and line[:1].isalpha() and line[:1].islower():
            m1 = re.search(r"(\w+)[-\u2010\u00ad]$", out)
            m2 = _WORD.match(line)
            soft = out.endswith("\u00ad")  # a discretionary hyphen always joins
            if soft or (m1 and m2 and _join_hyphenated(m1.group(1), m2.group(0), vocab)):
                out = out[:-1] + line
            else:
                out = out[:-1] + "-" + line
            continue
        out = f"{out} {line}" if out else line
    return clean(out), raw
