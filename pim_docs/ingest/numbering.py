"""Word automatic numbering (numbering.xml) rendered as it prints: "1.", "2.3.", "III.", "a)"."""
from __future__ import annotations

from docx.oxml.ns import qn


def roman(n: int) -> str:
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def letter(n: int) -> str:
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(ord("a") + r) + s
    return s


def fmt(value: int, num_fmt: str) -> str:
    if num_fmt in ("upperRoman",):
        return roman(value)
    if num_fmt == "lowerRoman":
        return roman(value).lower()
    if num_fmt == "upperLetter":
        return letter(value).upper()
    if num_fmt == "lowerLetter":
        return letter(value)
    if num_fmt == "decimalZero":
        return f"{value:02d}"
    if num_fmt in ("none", "bullet"):
        return ""
    return str(value)


class Numbering:
    """Counters per list, as Word keeps them while a document is read top to bottom."""

    def __init__(self, root) -> None:
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}  # abstractId -> ilvl -> (start, fmt, text)
        self.num_to_abstract: dict[str, str] = {}
        self.overrides: dict[str, dict[int, int]] = {}
        self.counters: dict[str, list[int]] = {}
        if root is None:
            return
        for an in root.iter(qn("w:abstractNum")):
            aid = an.get(qn("w:abstractNumId"))
            lv = {}
            for lvl in an.findall(qn("w:lvl")):
                ilvl = int(lvl.get(qn("w:ilvl"), "0"))
                start = lvl.find(qn("w:start"))
                nf = lvl.find(qn("w:numFmt"))
                text = lvl.find(qn("w:lvlText"))
                lv[ilvl] = (int(start.get(qn("w:val"), "1")) if start is not None else 1,
                            nf.get(qn("w:val"), "decimal") if nf is not None else "decimal",
                            text.get(qn("w:val"), "") if text is not None else "")
            self.levels[aid] = lv
        for num in root.iter(qn("w:num")):
            nid = num.get(qn("w:numId"))
            ref = num.find(qn("w:abstractNumId"))
            if ref is not None:
                self.num_to_abstract[nid] = ref.get(qn("w:val"))
            for ov in num.findall(qn("w:lvlOverride")):
                so = ov.find(qn("w:startOverride"))
                if so is not None:
                    self.overrides.setdefault(nid, {})[int(ov.get(qn("w:ilvl"), "0"))] = int(so.get(qn("w:val")))

    def label(self, num_id: str, ilvl: int) -> str | None:
        """The printed label of the next item at this level, counters advanced."""
        aid = self.num_to_abstract.get(num_id)
        levels = self.levels.get(aid) if aid is not None else None
        if not levels or ilvl not in levels:
            return None
        # lists sharing an abstract definition continue one another, as in Word
        counters = self.counters.setdefault(aid, [0] * 9)
        start = self.overrides.get(num_id, {}).get(ilvl, levels[ilvl][0])
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else start
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        _, num_fmt, text = levels[ilvl]
        if num_fmt == "bullet":
            return "\u2022"
        out = text
        for k in range(ilvl + 1):
            lf = levels.get(k, (1, "decimal", ""))[1]
            value = counters[k] or levels.get(k, (1, "decimal", ""))[0]
            out = out.replace(f"%{k + 1}", fmt(value, lf))
        return out
