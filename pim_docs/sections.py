"""Find each standard section of a document's template, whatever its heading's wording.

Headings (reader signals) -> outline with ranks -> lexical match of each heading's
lemmas against the template's wordings and key terms (merged headings match two
sections) -> the section's body judged for real content vs placeholders -> a status,
a confidence and the evidence. Sections with no heading may still be found from a
clearly delimited table (risk matrix, indicator table, Gantt chart). The table of
contents is set aside first and only used to explain what is missing.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import config
from .model import Block, BlockKind, Document, SectionResult
from .text.lemmas import Lemmatizer
from .text.lemmas import default as default_lemmatizer
from .toc import Toc, find_toc

_STOP = {"i", "oraz", "a", "w", "we", "na", "do", "dla", "się", "jest", "the", "of", "nasz", "mid", "pim"}
_EMPTY_CELL = re.compile(r"^\s*(—|–|-|b\.\s?d\.|brak|n/d|nd\.?|x|\.{2,}|…|\[[^\]]*\])?\s*$", re.I)
# "[Należy wskazać wskaźniki …]": the template's instructions, left in square brackets, are not content
_INSTRUCTION = re.compile(r"\[[^\]]{0,400}\]")
# a Gantt chart cell: a mark or nothing
GANTT_MARK = re.compile(r"^\s*(x|✓|✔|■|●|█|▓|\+|tak|•)?\s*$", re.I)
_YEARS = re.compile(r"^(20\d\d|[IV]{1,3}\s*kw\.?.*|kw\.?\s*[IV1-4].*|Q[1-4].*|[IV]{1,4}\s*(półrocze|kwartał).*)$", re.I)
# captions of tables, figures and boxed frames ("Tabela 6. …", "Ramka 2. …"): labels, not headings
_CAPTION = re.compile(r"^\s*(tabela|tab\.|rysunek|rys\.|wykres|mapa|schemat|fotografia|fot\.|źródło|ramka|box)\s*"
                      r"([A-Z]?\d+[a-z]?(\.\d+)*|[A-Z])\b", re.I)
_LABEL_VALUE = re.compile(r"^[^:]{2,40}:\s*\S")  # "Okres realizacji: 2025–2027" is a field, not a heading
_LABEL = re.compile(r"^\s*((rozdział|rozdz\.|część|cz\.)\s+([\dIVXLC]+|[A-Z])\b\.?|§\s*\d+\.?|"
                    r"(\d{1,2}\.)+\d{0,2}|[IVXLC]{1,6}\.|[A-Z][.)]|\d{1,2}\))\s*[-–—:.]?\s*", re.I)


@dataclass
class SectionSpec:
    id: str
    name: str
    required: bool
    description: str
    headings: list[str]
    terms: dict[str, float]
    table_terms: list[str]
    min_words: int
    not_headings: list[str] = field(default_factory=list)  # regexes: wordings that look like the section but are not it
    heading_lemmas: list[set[str]] = field(default_factory=list)
    not_rx: re.Pattern | None = None

    def barred(self, heading: str) -> bool:
        """The heading's wording is one this section never has ("Działania zrealizowane", "Wprowadzenie")."""
        return bool(self.not_rx and self.not_rx.search(heading_words(heading)))
    term_lemmas: dict[str, float] = field(default_factory=dict)
    table_lemmas: list[set[str]] = field(default_factory=list)
    content_lemmas: dict[str, float] = field(default_factory=dict)


@dataclass
class Template:
    document_type: str
    name: str
    sections: list[SectionSpec]


def _content(lemmas: list[str]) -> set[str]:
    return {w for w in lemmas if w not in _STOP}


@functools.cache
def template(document_type: str) -> Template | None:
    """The template for a document type, from ``config/templates/<type>.yaml``."""
    path = config.config_path(f"templates/{document_type}.yaml")
    if not path.is_file():
        return None
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    lem = default_lemmatizer()
    specs = []
    for s in data["sections"]:
        spec = SectionSpec(id=s["id"], name=s["name"], required=bool(s.get("required", True)),
                           description=s.get("description", ""), headings=list(s.get("headings", [])),
                           terms=dict(s.get("terms", {})), table_terms=list(s.get("table_terms", [])),
                           min_words=int(s.get("min_words", 15)), not_headings=list(s.get("not_headings", [])))
        spec.not_rx = re.compile("|".join(spec.not_headings), re.I) if spec.not_headings else None
        spec.heading_lemmas = [w for w in (_content(lem.lemmas(h)) for h in spec.headings + [spec.name]) if w]
        for term, weight in spec.terms.items():
            for lemma in _content(lem.lemmas(term)):
                spec.term_lemmas[lemma] = max(spec.term_lemmas.get(lemma, 0.0), float(weight))
        spec.table_lemmas = [w for w in (_content(lem.lemmas(t)) for t in spec.table_terms) if w]
        for term, weight in dict(s.get("content_terms", {})).items():
            for lemma in _content(lem.lemmas(str(term))):
                spec.content_lemmas[lemma] = max(spec.content_lemmas.get(lemma, 0.0), float(weight))
        specs.append(spec)
    return Template(document_type=data["document_type"], name=data["name"], sections=specs)


@functools.cache
def _settings() -> dict:
    s = config.load("sections.yaml")
    s["_placeholders"] = [re.compile(p, re.I | re.M) for p in s.get("placeholders", [])]
    s["_item_label"] = re.compile(s["item_label"], re.I)
    s["_ignored"] = re.compile("|".join(s.get("ignored_phrases", [])) or r"(?!)", re.I)
    s["_never"] = re.compile(s.get("never_sections") or r"(?!)", re.I)
    return s


# ----------------------------------------------------------------- matching

def heading_words(text: str) -> str:
    """A heading without its numbering/label ("Rozdział 3. Cele" -> "Cele")."""
    return _LABEL.sub("", text, count=1).strip() or text.strip()


def match_scores(text: str, tpl: Template, lem: Lemmatizer) -> dict[str, float]:
    """Lexical score 0..1 of a heading against every section of the template."""
    text = heading_words(text)
    if _settings()["_never"].search(re.sub(r"^\s*(załącznik|zał\.)\s*(nr\s*)?\w*\s*[.:–—-]*\s*", "", text, flags=re.I)):
        return {}
    rest = _settings()["_ignored"].sub(" ", text)  # "Cele Miejskiej Inicjatywy Działania": the document's name says nothing
    words = _content(lem.lemmas(rest if rest.strip(" .,:–-") else text))
    if not words:
        return {}
    scores = {}
    for spec in tpl.sections:
        if spec.barred(text):
            continue
        best = 0.0
        for wl in spec.heading_lemmas:
            hit = len(wl & words)
            if hit:
                cover, precision = hit / len(wl), hit / len(words)
                best = max(best, cover * (0.6 + 0.4 * precision))
        hits = [w for lemma, w in spec.term_lemmas.items() if lemma in words]
        if hits:
            precision = len(hits) / len(words)  # the heading is about this, not only mentions it
            best = max(best, min(sum(hits), 1.0) * 0.9 * (0.7 + 0.3 * precision))
        if best > 0:
            scores[spec.id] = round(best, 3)
    return scores


_JOINS = re.compile(r"\s+(?:i|oraz|a także)\s+|,\s+|\s+[–—]\s+|\s*/\s*", re.I)


def heading_scores(text: str, tpl: Template, lem: Lemmatizer, joined: bool = True) -> dict[str, float]:
    """The sections a heading names, with their scores: those close to the best match of the
    whole heading, and of each part of a heading that joins several ("Cel główny, cele
    szczegółowe i działania", "HARMONOGRAM I BUDŻET", "Adresaci rekomendacji i tryb wdrożenia")."""
    whole = match_scores(text, tpl, lem)
    named = {sid: sc for sid, sc in whole.items() if sc >= max(whole.values()) - 0.15}
    parts = [p for p in _JOINS.split(heading_words(text)) if len(p.strip()) > 2] if joined else []
    if len(parts) > 1:
        barred = {spec.id for spec in tpl.sections if spec.barred(text)}
        for part in parts:
            scores = {sid: sc for sid, sc in match_scores(part, tpl, lem).items() if sid not in barred}
            for sid, sc in scores.items():
                if sc >= max(scores.values()) - 0.15:
                    named[sid] = max(named.get(sid, 0.0), sc)
    return named


# ----------------------------------------------------------------- outline

@dataclass
class Heading:
    index: int  # position in doc.blocks
    block: Block
    rank: float
    weak: bool  # a bold/short line, not a confident heading
    end: int = 0  # body = blocks[index + 1 : end]
    by_content: str = ""  # matched not by its wording but by its text ("treści") or position


def _rank(b: Block, ratio_levels: list[float]) -> float:
    """1 = top. Word/ODT outline levels are trusted; otherwise the font size decides first
    (a larger heading is higher, whatever its numbering) and the numbering depth second."""
    s = b.heading
    if s.outline_level:
        return float(s.outline_level)
    ratio = s.font_size_ratio or 1.0
    bucket = next((i for i, level_ratio in enumerate(ratio_levels) if ratio >= level_ratio - 0.04),
                  len(ratio_levels))
    return bucket * 10 + float(s.numbering_level or 1)


def outline(doc: Document, skip: set[str]) -> list[Heading]:
    """Heading candidates in order, each with a rank (1 = top) and its body's extent."""
    cands = []
    for i, b in enumerate(doc.blocks):
        if b.ref in skip or b.heading is None or b.kind == BlockKind.TABLE or _CAPTION.match(b.text):
            continue
        if b.kind == BlockKind.HEADING:
            cands.append((i, b, False))
        elif b.heading.short and len(b.text) <= 120 and (not _LABEL_VALUE.match(b.text)
                                                          or _settings()["_item_label"].match(b.text)) and (
                b.heading_score >= 0.3
                or ((b.heading.numbering or b.heading.isolated or b.heading.all_caps) and len(b.text.split()) <= 8
                    and not b.text.rstrip().endswith((".", ";", ",", ":")))):
            # a bold short line, or a short numbered / stand-alone line (OCR'd headings have no font signals)
            cands.append((i, b, True))
    strong_ratios = sorted({round(b.heading.font_size_ratio or 1.0, 1) for _, b, weak in cands
                            if not weak and (b.heading.font_size_ratio or 1.0) > 1.0}, reverse=True)
    item_label = _settings()["_item_label"]
    # "Działanie A1. …" names one action: it sits below any section heading, whatever its typography
    heads = [Heading(i, b, _rank(b, strong_ratios) + (0.5 if weak else 0.0) + (3.0 if item_label.match(b.text) else 0.0),
                     weak) for i, b, weak in cands]
    for k, h in enumerate(heads):
        h.end = len(doc.blocks)
        for nxt in heads[k + 1:]:
            if nxt.rank <= h.rank and (not nxt.weak or (h.weak and _same_kind(h.block, nxt.block))):
                h.end = nxt.index
                break
    return heads


def _same_kind(a: Block, b: Block) -> bool:
    """Two bold/short lines set alike: the second ends the first's body ("5. DZIAŁANIA" … "6. HARMONOGRAM")."""
    sa, sb = a.heading, b.heading
    if sa.numbering and sb.numbering:
        return (sb.numbering_level or 1) <= (sa.numbering_level or 1)
    if sa.numbering:
        return (sa.all_caps and sb.all_caps) or (sa.bold and sb.bold)
    return (sa.bold or sa.all_caps) and sa.bold == sb.bold and sa.all_caps == sb.all_caps


# ----------------------------------------------------------------- content

def _table_words(b: Block) -> int:
    t = b.table
    if t is None:
        return 0
    return sum(len(_INSTRUCTION.sub(" ", c.text).split()) for c in t.cells
               if c.row >= t.header_rows and not _EMPTY_CELL.match(c.text))


def body_stats(blocks: list[Block]) -> tuple[int, str]:
    """Words of real content (headings and empty table cells not counted) and the text."""
    words, parts = 0, []
    for b in blocks:
        if b.kind == BlockKind.HEADING:
            continue
        if b.kind == BlockKind.TABLE:
            words += _table_words(b)
            parts.append(b.text)
        else:
            if not _CAPTION.match(b.text):  # "Tabela 10. Wskaźniki MID", "Źródło: …" label, not content
                words += len(_INSTRUCTION.sub(" ", b.text).split())
            parts.append(b.text)
    return words, " ".join(parts)


def judge(blocks: list[Block], spec: SectionSpec) -> tuple[str, int, str, str]:
    """(status, words, excerpt, reason) for a section's body."""
    s = _settings()
    words, text = body_stats(blocks)
    excerpt = re.sub(r"\s+", " ", text).strip()[:220]
    placeholder = next((m.group(0) for p in s["_placeholders"] if (m := p.search(text))), None)
    has_table = any(b.kind == BlockKind.TABLE for b in blocks)
    if placeholder and words <= s["placeholder_max_words"]:
        return "incomplete", words, excerpt, f"zamiast treści jest zapowiedź/wypełniacz („{placeholder.strip()}”)"
    if words < spec.min_words:
        if has_table and words == 0:
            return "incomplete", words, excerpt, "tabela bez wypełnionych wierszy"
        return "incomplete", words, excerpt, f"zbyt mało treści ({words} słów, oczekiwano co najmniej {spec.min_words})"
    return "present", words, excerpt, f"{words} słów treści"


# ----------------------------------------------------------------- tables

def _table_subject(b: Block, spec: SectionSpec, lem: Lemmatizer) -> bool:
    """The table's header names this section's subject (first real column), or it is a Gantt chart."""
    t = b.table
    if t is None or t.n_rows < 2:
        return False
    header = [c.text for c in sorted((c for c in t.cells if c.row == 0), key=lambda c: c.col)]
    periods = [c.col for c in t.cells if c.row == 0 and _YEARS.match(c.text.strip())]
    if spec.id == "schedule" and len(periods) >= 3:
        # a Gantt chart marks periods ("■", "x", shading); a data table fills them with figures
        cells = [c.text for c in t.cells if c.row >= max(t.header_rows, 1) and c.col in periods]
        return sum(bool(GANTT_MARK.match(v)) for v in cells) >= 0.7 * max(len(cells), 1)
    subject = next((h for h in header if h.strip() and not re.match(r"^(lp\.?|l\.\s?p\.?|nr|no\.?)$", h.strip(), re.I)), "")
    words = _content(lem.lemmas(subject))
    return any(tl <= words for tl in spec.table_lemmas)


# ----------------------------------------------------------------- detection

def _title_patterns() -> list[re.Pattern]:
    types = config.load("facts.yaml")["document_types"]
    return [re.compile(p, re.I) for pats in types.values() for p in pats]


@dataclass
class Detection:
    sections: list[SectionResult]
    toc: Toc
    heads: list[Heading]  # the outline the decisions were made on
    spans: dict[str, list[tuple[int, int]]]  # section id -> [(heading index, end index)] in doc.blocks


def detect(doc: Document, document_type: str, lem: Lemmatizer | None = None) -> Detection:
    """Every section of the document type's template, in template order."""
    tpl = template(document_type)
    if tpl is None:
        return Detection([], Toc(), [], {})
    lem = lem or default_lemmatizer()
    s = _settings()
    toc = find_toc(doc.blocks)
    titles = _title_patterns()
    skip = set(toc.refs) | {b.ref for b in doc.blocks[:12]
                            if b.kind == BlockKind.HEADING and any(p.search(b.text) for p in titles)}
    heads = outline(doc, skip)
    heads = _drop_title_block(heads, tpl, lem)
    # the body starts after the table of contents: title-page lines before it are no sections
    start = max((i for i, b in enumerate(doc.blocks) if b.ref in toc.refs), default=-1) + 1
    found: dict[str, list[tuple[float, Heading]]] = {}
    open_sections: list[tuple[str, Heading]] = []  # matched headings whose body we are in
    merged: dict[int, list[str]] = {}  # heading -> the sections a joined heading names ("Harmonogram i budżet")
    narrowed: dict[str, list[tuple[float, Heading]]] = {}  # "5.2. Budżet" inside "5. HARMONOGRAM I BUDŻET"
    for h in heads:
        open_sections = [(sid, o) for sid, o in open_sections if h.index < o.end]
        if s["_item_label"].match(h.block.text):
            continue
        # a bold line of prose is read whole; a real or numbered heading may join two sections
        scores = heading_scores(h.block.text, tpl, lem, joined=not h.weak or bool(h.block.heading.numbering))
        if not scores:
            continue
        need = s["weak_heading_threshold"] if h.weak else s["match_threshold"]
        inside_other = any(True for sid, _ in open_sections)
        if inside_other:
            need = max(need, s["sub_heading_threshold"])
        named = [sid for sid, sc in scores.items() if sc >= need]
        for sid in named:
            sc = scores[sid]
            if inside_other and any(o_sid == sid for o_sid, _ in open_sections):
                if len(named) == 1 and any(o_sid == sid and len(merged.get(id(o), [])) > 1 for o_sid, o in open_sections):
                    narrowed.setdefault(sid, []).append((sc, h))  # one half of a joined chapter, under its own heading
                continue  # a sub-heading of the same section
            found.setdefault(sid, []).append((sc, h))
            open_sections.append((sid, h))
            merged.setdefault(id(h), []).append(sid)
    if s.get("semantic_model"):
        _semantic_fallback(heads, found, tpl, start, s["semantic_model"], float(s.get("semantic_threshold", 0.6)))
    _content_fallback(doc, heads, found, tpl, lem, start)
    toc_lemmas = [(e, _content(lem.lemmas(heading_words(e)))) for e in toc.entries]
    for sid, hs in found.items():  # a title-page line before the contents names no section found in the body
        if any(h.index >= start for _, h in hs):
            found[sid] = [(sc, h) for sc, h in hs if h.index >= start]
    for sid, subs in narrowed.items():
        found[sid] = [(sc, h) for sc, h in found.get(sid, []) if len(merged.get(id(h), [])) < 2] + subs
    results = [_result(doc, spec, found.get(spec.id, []), toc_lemmas, tpl, lem,
                       {id(h): merged.get(id(h), []) for _, h in found.get(spec.id, [])}) for spec in tpl.sections]
    spans = {sid: sorted((h.index, h.end) for _, h in hs) for sid, hs in found.items()}
    return Detection(results, toc, heads, spans)


def _drop_title_block(heads: list[Heading], tpl: Template, lem: Lemmatizer) -> list[Heading]:
    """Title-page lines ("PROJEKT", the plan's motto) set larger than the first real section
    heading are not sections and must not swallow the document as their body."""
    threshold = _settings()["match_threshold"]
    first = next((h for h in heads if not h.weak
                  and max(match_scores(h.block.text, tpl, lem).values(), default=0.0) >= threshold
                  and (h.block.heading.font_size_ratio or 1.0) < 1.6), None)
    if first is None:
        return heads
    size = first.block.heading.font_size_ratio or 1.0
    return [h for h in heads if h.index >= first.index
            or (h.block.heading.font_size_ratio or 1.0) <= size + 0.05]


def _semantic_fallback(heads: list[Heading], found: dict, tpl: Template, start: int, model: str,
                       threshold: float) -> None:
    """Unmatched headings compared with each missing section's name, description and wordings
    by sentence embeddings (``semantic_model`` in config/sections.yaml; off by default)."""
    from . import embeddings

    missing = [spec for spec in tpl.sections if spec.id not in found]
    taken = {id(h) for hs in found.values() for _, h in hs}
    cands = [h for h in heads if not h.weak and id(h) not in taken and h.index >= start
             and not _settings()["_item_label"].match(h.block.text)]
    if not missing or not cands:
        return
    sec = embeddings.encode([f"{spec.name}: {spec.description}. " + "; ".join(spec.headings) for spec in missing],
                            model)
    head = embeddings.encode([heading_words(h.block.text) for h in cands], model)
    sims = head @ sec.T
    for k in sorted(range(len(cands)), key=lambda k: -float(sims[k].max())):
        j = int(sims[k].argmax())
        sid = missing[j].id
        if float(sims[k, j]) >= threshold and sid not in found:
            found[sid] = [(float(sims[k, j]), cands[k])]
            cands[k].by_content = "podobieństwa znaczeniowego nagłówka"


def _content_fallback(doc: Document, heads: list[Heading], found: dict, tpl: Template, lem: Lemmatizer,
                      start: int = 0) -> None:
    """Section-level headings no wording matched ("Dokąd zmierzamy", "Po co ten plan") are
    given to still-missing sections by what their text says: each section's typical
    content words (``content_terms``) are counted; a heading goes to the section its text
    points to most clearly, one heading per section."""
    matched = {id(h) for hs in found.values() for _, h in hs}
    ranks = sorted(h.rank for hs in found.values() for _, h in hs if not h.weak)
    if not ranks:
        return
    level = max(set(ranks), key=ranks.count)  # the rank most sections' headings have
    item_label = _settings()["_item_label"]
    pairs = []
    for h in heads:
        if h.weak or id(h) in matched or h.rank > level or item_label.match(h.block.text) or h.index < start:
            continue
        words = lem.lemmas(heading_words(h.block.text)) * 2
        for b in doc.blocks[h.index + 1:h.end]:
            if b.kind != BlockKind.HEADING:
                words.extend(lem.lemmas(b.text))
            if len(words) > 600:
                break
        if len(words) < 8:
            continue
        scores = {spec.id: sum(spec.content_lemmas.get(w, 0.0) for w in words) for spec in tpl.sections}
        total = sum(scores.values()) or 1.0
        (sid, best), (_, second) = sorted(scores.items(), key=lambda kv: -kv[1])[:2]
        if sid not in found and best >= 2.0 and best / total >= 0.25 and best >= 1.2 * second \
                and not _barred(h, tpl, sid):
            pairs.append((best / total, best, sid, h))
    for share, _, sid, h in sorted(pairs, key=lambda p: (-p[0], -p[1])):
        if sid in found or h.by_content:
            continue
        found[sid] = [(0.5 + 0.3 * share, h)]
        h.by_content = "treści"
    _order_fallback(heads, found, tpl, level, start)


def _barred(h: Heading, tpl: Template, sid: str) -> bool:
    """The heading's wording is one the template says is not this section ("Wprowadzenie" is no summary)."""
    return next(sp for sp in tpl.sections if sp.id == sid).barred(h.block.text)


def _order_fallback(heads: list[Heading], found: dict, tpl: Template, level: float, start: int) -> None:
    """A section-level heading left between two recognised sections takes the one missing
    section that the template puts between them ("2. Gdzie jesteśmy dziś" between the
    summary and the objectives is the diagnosis)."""
    order = [spec.id for spec in tpl.sections]
    item_label = _settings()["_item_label"]
    placed = sorted(((h.index, order.index(sid)) for sid, hs in found.items() for _, h in hs if not h.weak),
                    key=lambda x: x[0])
    taken = {id(h) for hs in found.values() for _, h in hs}
    for h in heads:
        if h.weak or id(h) in taken or h.rank > level or item_label.match(h.block.text) or h.end - h.index < 2:
            continue
        before = [pos for idx, pos in placed if idx < h.index]
        after = [pos for idx, pos in placed if idx > h.index]
        if not after or h.index < start:  # a trailing heading ("Kontakt"), or title-page material
            continue
        lo = max(before) if before else -1
        hi = min(after)
        gap = [sid for sid in order[lo + 1:hi] if sid not in found and not _barred(h, tpl, sid)]
        if len(gap) == 1 and lo < hi:
            found[gap[0]] = [(0.5, h)]
            h.by_content = "położenia w dokumencie"
            taken.add(id(h))
            placed = sorted(placed + [(h.index, order.index(gap[0]))], key=lambda x: x[0])


def _own_blocks(blocks: list[Block], spec: SectionSpec, others: list[SectionSpec], lem: Lemmatizer) -> list[Block]:
    """The part of a joined chapter's body ("HARMONOGRAM I BUDŻET") that speaks of this section:
    blocks whose typical words point to another of the joined sections are left out."""
    def score(b: Block, sp: SectionSpec) -> float:
        text = b.text if b.kind != BlockKind.TABLE else " ".join(c.text for c in b.table.cells if c.row == 0)
        return sum(sp.content_lemmas.get(w, 0.0) for w in lem.lemmas(text[:600]))
    out = []
    for b in blocks:
        mine = score(b, spec)
        theirs = max((score(b, o) for o in others), default=0.0)
        if mine > 0 or theirs < 1.0:
            out.append(b)
    return out


def _result(doc: Document, spec: SectionSpec, matches: list[tuple[float, Heading]],
            toc_lemmas: list[tuple[str, set[str]]], tpl: Template, lem: Lemmatizer,
            joined: dict[int, list[str]] | None = None) -> SectionResult:
    base = dict(id=spec.id, name=spec.name, required=spec.required)
    order = {"present": 2, "incomplete": 1}
    best: SectionResult | None = None
    best_key: tuple = ()
    for score, h in matches:
        body = doc.blocks[h.index + 1:h.end]
        others = [o for o in tpl.sections if o.id in (joined or {}).get(id(h), []) and o.id != spec.id]
        if others:
            body = _own_blocks(body, spec, others, lem)
        status, words, excerpt, reason = judge(body, spec)
        conf = min(1.0, 0.45 + 0.55 * score) * (0.85 if h.weak else 1.0)
        if status == "incomplete":
            conf *= 0.9
        r = SectionResult(**base, status=status, heading=h.block.text, page=h.block.page,
                          confidence=round(conf, 2), ref=h.block.ref, found_by="heading", words=words,
                          excerpt=excerpt or None,
                          reason=(f"nagłówek „{h.block.text[:80]}”" + (f" (rozpoznany na podstawie {h.by_content})" if h.by_content else "")
                                  + f": {reason}"))
        key = (-h.rank, order[r.status], r.confidence)  # the top-level heading first, then the fuller one
        if best is None or key > best_key:
            best, best_key = r, key
    if best is not None:
        return best
    for b in doc.blocks:
        if b.kind == BlockKind.TABLE and _table_subject(b, spec, lem):
            status, words, excerpt, reason = judge([b], spec)
            if words == 0:
                status, reason = "incomplete", "tabela bez wypełnionych wierszy"
            elif status == "incomplete" and words >= 5:
                status = "present"
            return SectionResult(**base, status=status, heading=None, page=b.page, confidence=0.6,
                                 ref=b.ref, found_by="table", words=words, excerpt=excerpt or None,
                                 reason=f"bez nagłówka, rozpoznana po tabeli ({reason})")
    listed = next((e for e, words in toc_lemmas
                   if words and match_scores(e, tpl, lem).get(spec.id, 0) >= _settings()["match_threshold"]), None)
    if listed:
        return SectionResult(**base, status="missing", confidence=0.9,
                             reason=f"wymieniona w spisie treści („{listed[:80]}”), ale nie ma jej w treści dokumentu")
    return SectionResult(**base, status="missing", confidence=0.8,
                         reason="nie znaleziono nagłówka, tabeli ani treści tej części w całym dokumencie")
