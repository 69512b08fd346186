"""Amounts stated in documents ("4,5 mln zł", "9 000" in a "tys. zł" column) as złoty, and
costs by funding source — only where the document states them.

A cost is what the action costs in all: "90 000 zł na sezon grzewczy (3 sezony)" is 270 000 zł,
"600 tys. zł rocznie (łącznie 2,4 mln zł)" is 2,4 mln zł, and "60 tys. zł rocznie" with no
period stated has no total (it is reported as a yearly amount, never summed as if it were one).
Funding is grouped by source ("budżet Miasta, WFOŚiGW w Katowicach" is two sources; "budżet
miasta" and "środki własne Gminy" are one), from ``config/actions.yaml`` (``funding_sources``).
"""
from __future__ import annotations

import functools
import re
from collections import OrderedDict

from . import config
from .model import ActionResult

_AMOUNT = re.compile(r"(\d{1,3}(?:[ \u00a0.]\d{3})+|\d+)(?:,(\d+))?\s*(mld|mln|tys\.?)?\s*(zł|pln)?", re.I)
_SCALE = {"mld": 1e9, "mln": 1e6, "tys": 1e3, "tys.": 1e3}
_TOTAL = re.compile(r"\b(łącznie|razem|w sumie|ogółem|w całym okresie)\b\s*:?\s*(?:ok\.\s*)?", re.I)
_PERIODIC = re.compile(r"\b(rocznie|na rok|/\s*rok|na sezon\w*|za sezon|w każdym (?:roku|sezonie)|corocznie|"
                       r"miesięcznie|na miesiąc|/\s*mies\w*|na edycję|za edycję)", re.I)
_COUNT = re.compile(r"(?:\(|przez\s+|×\s*|x\s*)(\d{1,2})\s*(?:sezon\w*|lat\w*|rok\w*|edycj\w*|miesi\w*)", re.I)


def _amount(m: re.Match, text: str) -> float:
    whole = re.sub(r"[ \u00a0.]", "", m.group(1))
    value = float(f"{whole}.{m.group(2)}" if m.group(2) else whole)
    scale = (m.group(3) or "").lower()
    if not scale:
        unit = re.search(r"\b(mld|mln|tys\.?)\s*zł", text, re.I)  # "9 000 tys. zł" written after the number
        scale = unit.group(1).lower() if unit else ""
    return value * _SCALE.get(scale, 1.0)


def to_pln(text: str | None) -> float | None:
    """The first amount in a cost text, in złoty; None when it holds no amount."""
    if not text:
        return None
    m = _AMOUNT.search(text)
    return _amount(m, text) if m else None


def total_pln(text: str | None, timeline: str | None = None) -> float | None:
    """What the action costs in all, in złoty: a stated total, or an amount per period times the
    number of periods (stated with the cost, or the action's own period: "60 000 zł rocznie" in
    "2025–2027" is three years); None when the text states no amount, or only an amount per period
    and no period to multiply it by."""
    if not text:
        return None
    t = _TOTAL.search(text)
    if t:
        m = _AMOUNT.search(text, t.end())
        if m:
            return _amount(m, text[m.start():])
    first = to_pln(text)
    if first is None or not _PERIODIC.search(text):
        return first
    count = _COUNT.search(text) or (_COUNT.search(timeline) if timeline else None)
    if count:
        return first * int(count.group(1))
    years = re.fullmatch(r"\D{0,20}(20\d\d)\s*[–-]\s*(20\d\d)\D{0,6}", timeline or "")
    if years and re.search(r"rok|rocznie|corocznie|sezon|edycj", text, re.I) and not re.search(r"miesi", text, re.I):
        span = int(years.group(2)) - int(years.group(1)) + (0 if re.search(r"sezon", text, re.I) else 1)
        return first * span if span > 0 else None
    return None


@functools.cache
def _aliases() -> list[tuple[str, re.Pattern]]:
    return [(name, re.compile(p, re.I)) for name, p in config.load("actions.yaml")["funding_sources"].items()]


def sources(funding: str | None) -> list[str]:
    """The sources named in a funding text, each once, under its common name."""
    if not funding:
        return []
    out: list[str] = []
    funding = re.sub(r"\([^()]*\)", " ", funding)  # "(działanie 1.5)", "(EFS+ i EFRR, ZIT)": details of one source
    for part in re.split(r"\s*[,;/+]\s*|\s+(?:i|oraz|lub)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ]|budżet|środk|program|fundusz)", funding):
        part = re.sub(r"\s*[–—-]\s*\d+\s*%.*$|\s+", " ", part).strip(" .")
        part = re.sub(r"^(w całości\s+|w części\s+)?(ze?|w ramach)\s+", "", part, flags=re.I)
        if len(part) < 2:
            continue
        name = next((n for n, rx in _aliases() if rx.search(part)), part)
        if name not in out:
            out.append(name)
    return out


def total(found: list[ActionResult]) -> float:
    """The sum of the actions' stated costs (each action once)."""
    return sum(v for a in found if (v := total_pln(a.cost, a.timeline)) is not None)


def by_funding(found: list[ActionResult]) -> list[dict]:
    """Per funding source: the actions it funds, the stated costs of those it funds alone
    (``total_pln``), of those it funds with other sources (``shared_pln``), and how many have
    no total cost stated."""
    groups: "OrderedDict[str, dict]" = OrderedDict()
    for a in found:
        names = sources(a.funding) or ["nie podano źródła"]
        amount = total_pln(a.cost, a.timeline)
        for key in names:
            g = groups.setdefault(key, {"funding": key, "actions": 0, "total_pln": 0.0, "shared_pln": 0.0,
                                        "without_cost": 0})
            g["actions"] += 1
            if amount is None:
                g["without_cost"] += 1
            elif len(names) == 1:
                g["total_pln"] += amount
            else:
                g["shared_pln"] += amount
    return sorted(groups.values(), key=lambda g: (g["funding"] == "nie podano źródła", -g["actions"]))
