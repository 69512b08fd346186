"""Document facts: type (MID / Plan Ulepszeń), city, network, draft status, language.

Every decision weighs where a clue sits: the title area, running headers and the
file's metadata count more than the body. Patterns and the gazetteer are config
(``config/facts.yaml``, ``config/cities.yaml``).
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from . import config
from .model import Block, BlockKind, Document
from .text import lang

TITLE_WEIGHT, FURNITURE_WEIGHT, BODY_WEIGHT = 5.0, 4.0, 1.0
_TOC = re.compile(r"^\s*(spis treści|spis tresci|table of contents)\b", re.I)


@dataclass
class Facts:
    document_type: str = "unknown"
    city: str | None = None
    network: str | None = None
    status: str = "final"
    language: str | None = None
    evidence: dict[str, str] = field(default_factory=dict)


def title_area(doc: Document, limit: int = 15) -> list[Block]:
    """The blocks before the table of contents or the first numbered/styled section heading."""
    out: list[Block] = []
    for b in doc.blocks:
        if len(out) >= limit or _TOC.match(b.text):
            break
        if out and b.kind == BlockKind.HEADING and b.heading and (
                b.heading.numbering or b.heading.outline_level and b.heading.outline_level > 1):
            break
        if b.kind == BlockKind.PARAGRAPH and len(b.text) > 400 and out:
            break
        out.append(b)
    return out


def _current(b: Block) -> str:
    """A title-page table is a version history ("Wersja | Data | Opis zmian"): its last row is the
    document as it stands, the rows above describe earlier drafts."""
    if b.kind != BlockKind.TABLE or b.table is None or b.table.n_rows < 3:
        return b.text
    grid = b.table.grid()
    return " | ".join(grid[0] + grid[-1])


def _zones(doc: Document) -> list[tuple[str, float, str]]:
    """(zone, weight, text) for every place a fact can be read from."""
    zones = [("title", TITLE_WEIGHT, _current(b)) for b in title_area(doc)]
    if doc.metadata.get("title"):
        zones.append(("metadata", TITLE_WEIGHT, doc.metadata["title"]))
    zones += [("furniture", FURNITURE_WEIGHT, b.text) for b in doc.furniture
              if b.furniture is None or b.furniture.value != "footnote"]
    return zones


def extract(doc: Document) -> Facts:
    facts = Facts(language=lang.guess(doc.text()))
    zones = _zones(doc)
    body = doc.text()
    facts.document_type, facts.evidence["document_type"] = _document_type(zones, body)
    facts.network, facts.evidence["network"] = _network(zones, body)
    if facts.document_type != "improvement_plan":
        facts.city, facts.evidence["city"] = _city(zones, body)
    facts.status, facts.evidence["status"] = _status(zones)
    if facts.language not in (None, "pl") and facts.document_type == "unknown":
        facts.network = None
    return facts


def _compile(patterns: list[str]) -> list[re.Pattern]:
    return [re.compile(p, re.I | re.M) for p in patterns]


@functools.cache
def _rules() -> dict:
    data = config.load("facts.yaml")
    return {
        "types": {k: _compile(v) for k, v in data["document_types"].items()},
        "draft_strong": _compile(data["draft"]["strong"]),
        "draft_weak": _compile(data["draft"]["weak"]),
        "net_names": {k: _compile(v["names"]) for k, v in data["networks"].items()},
        "net_terms": {k: _compile(v["terms"]) for k, v in data["networks"].items()},
    }


def _document_type(zones, body: str) -> tuple[str, str]:
    rules = _rules()["types"]
    head = Counter()
    for _, weight, text in zones:
        for kind, pats in rules.items():
            if any(p.search(text) for p in pats):
                head[kind] += weight
    if head:
        kind, score = head.most_common(1)[0]
        # a plan's title names the plan; the MID acronym appears in plans too
        if head["improvement_plan"] >= TITLE_WEIGHT:
            kind = "improvement_plan"
        return kind, f"nagłówek/strona tytułowa (wynik {score:g})"
    counts = Counter({kind: sum(len(p.findall(body)) for p in pats) for kind, pats in rules.items()})
    if counts and counts.most_common(1)[0][1] >= 2:
        kind, n = counts.most_common(1)[0]
        return kind, f"treść ({n} wzmianek)"
    return "unknown", "brak oznaczeń MID ani Planu Ulepszeń"


def _network(zones, body: str) -> tuple[str | None, str]:
    r = _rules()
    scores: Counter[str] = Counter()
    for _, weight, text in zones:
        for net, pats in r["net_names"].items():
            if any(p.search(text) for p in pats):
                scores[net] += 2 * weight
    low = body.lower()
    words = max(len(low.split()), 1)
    for net, pats in r["net_terms"].items():
        hits = sum(len(p.findall(low)) for p in pats)
        scores[net] += min(hits * 1000 / words, 30.0)  # per 1000 words, capped
    if not scores or scores.most_common(1)[0][1] < 1.0:
        return None, "brak słów kluczowych sieci"
    (net, s), *rest = scores.most_common()
    return net, f"wynik {s:.1f}" + (f" wobec {rest[0][0]} {rest[0][1]:.1f}" if rest else "")


@functools.cache
def _gazetteer() -> list[tuple[str, re.Pattern, re.Pattern, bool]]:
    """(city, pattern for normal text, pattern for ALL-CAPS text, ambiguous)."""
    out = []
    for entry in config.load("cities.yaml")["cities"]:
        forms = sorted({entry["name"], *entry.get("forms", [])}, key=len, reverse=True)
        alt = "|".join(re.escape(f).replace(r"\ ", r"\s+").replace(r"\-", r"\s*[-–]\s*") for f in forms)
        rx = re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])")
        caps = re.compile(rf"(?<![\w-])(?:{alt.upper()})(?![\w-])")
        out.append((entry["name"], rx, caps, bool(entry.get("ambiguous"))))
    return out


def _city(zones, body: str) -> tuple[str | None, str]:
    scores: Counter[str] = Counter()
    where: dict[str, str] = {}
    for name, rx, caps, ambiguous in _gazetteer():
        for zone, weight, text in zones:
            n = len(rx.findall(text)) + len(caps.findall(text))
            if n:
                scores[name] += weight * min(n, 2) * (0.5 if ambiguous else 1.0)
                where.setdefault(name, zone)
        n = len(rx.findall(body))
        if n:
            scores[name] += BODY_WEIGHT * min(n, 10) * (0.3 if ambiguous else 1.0)
            where.setdefault(name, "treść")
    if not scores:
        return None, "nie znaleziono nazwy miasta"
    (city, s), *rest = scores.most_common()
    if s < 2.0:
        return None, f"zbyt słabe wskazanie ({city}: {s:g})"
    return city, f"{where[city]} (wynik {s:g}" + (f", następne: {rest[0][0]} {rest[0][1]:g})" if rest else ")")


def _status(zones) -> tuple[str, str]:
    r = _rules()
    for zone, _, text in zones:
        for p in r["draft_strong"]:
            m = p.search(text)
            if m:
                return "draft", f"„{m.group(0)}” ({zone})"
        for line in text.splitlines():
            for p in r["draft_weak"]:
                m = p.search(line.strip())
                if m:
                    return "draft", f"„{line.strip()[:60]}” ({zone})"
    return "final", "brak oznaczeń wersji roboczej"
