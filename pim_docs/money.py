"""Amounts stated in documents ("4,5 mln zł", "9 000" in a "tys. zł" column) as złoty, and
totals of cost by funding source — only where the document states them."""
from __future__ import annotations

import re
from collections import OrderedDict

from .model import ActionResult

_AMOUNT = re.compile(r"(\d{1,3}(?:[ \u00a0.]\d{3})+|\d+)(?:,(\d+))?\s*(mld|mln|tys\.?)?\s*(zł|pln)?", re.I)
_SCALE = {"mld": 1e9, "mln": 1e6, "tys": 1e3, "tys.": 1e3}


def to_pln(text: str | None) -> float | None:
    """The first amount in a cost text, in złoty; None when it holds no amount."""
    if not text:
        return None
    m = _AMOUNT.search(text)
    if not m:
        return None
    whole = re.sub(r"[ \u00a0.]", "", m.group(1))
    value = float(f"{whole}.{m.group(2)}" if m.group(2) else whole)
    scale = (m.group(3) or "").lower()
    if not scale:
        unit = re.search(r"\b(mld|mln|tys\.?)\s*zł", text, re.I)  # "9 000 tys. zł" written after the number
        scale = unit.group(1).lower() if unit else ""
    return value * _SCALE.get(scale, 1.0)


def by_funding(found: list[ActionResult]) -> list[dict]:
    """Per funding source: the actions, and the sum of the costs the document states."""
    groups: "OrderedDict[str, dict]" = OrderedDict()
    for a in found:
        key = a.funding or "nie podano źródła"
        g = groups.setdefault(key, {"funding": key, "actions": 0, "total_pln": 0.0, "without_cost": 0})
        g["actions"] += 1
        amount = to_pln(a.cost)
        if amount is None:
            g["without_cost"] += 1
        else:
            g["total_pln"] += amount
    return list(groups.values())
