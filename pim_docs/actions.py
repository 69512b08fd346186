"""Actions of a MID (and recommendations of a Plan Ulepszeń) with their facts.

Where actions live: the actions/recommendations section found by ``sections`` (and
annexes such as "Załącznik 1 – karta działań"). What they look like:
  * tables in any column order (roles from header text, ``config/actions.yaml``),
  * key–value cards (one small two-column table per action),
  * sub-headings and bold lead-in lines ("Działanie 2.3 – …", "Przedsięwzięcie A: …"),
  * numbered/bulleted lists with sub-items.
Facts come from the action's own row/card/text ("Realizator: …") and from tables
elsewhere that name the action by number or title (Gantt charts, budget and indicator
tables). Past projects in the diagnosis, objectives and complementary projects are
outside the scanned scope or excluded by wording.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from . import config
from .model import ActionResult, Block, BlockKind, Document, Table
from .sections import GANTT_MARK, Detection, Heading, heading_words, match_scores, template
from .text.lemmas import default as default_lemmatizer

FIELDS = ("responsible", "timeline", "cost", "funding", "indicator")
_YEAR = re.compile(r"\b20\d\d\b")
_MONEY = re.compile(r"(\d[\d\s.,]*\d|\d)\s*(mln|mld|tys\.?)?\s*(zł|złotych|PLN|euro|EUR)", re.I)
_ANNEX = re.compile(r"^\s*(załącznik|zał\.)\b", re.I)
_RANGE = re.compile(r"(?:(?:[IV]{1,3}\s*kw\.?|Q[1-4]|\w+)\s+)?20\d\d\s*(?:r\.\s*)?[–-]\s*(?:(?:[IV]{1,3}\s*kw\.?|Q[1-4]|\w+)\s+)?20\d\d")
_FUTURE = re.compile(r"\b(zostan\w+|będzie|będą|planowan\w*|zaplanowan\w*|planuje się|ruszy|rozpocznie|potrwa|zakończy|"
                     r"przewidzian\w*|nastąpi|realizowan\w+ będzie)\b", re.I)
_CODE = re.compile(r"[A-Z]{1,2}\.?\d{0,2}(?:\.\d{1,2})*\.?|\d{1,2}(?:\.\d{1,2})*\.?|(?:\d{1,2}\s*[,;i]\s*)+\d{1,2}")
_CAPTION = re.compile(r"^\s*((tabela|tab\.|rysunek|rys\.|wykres|mapa|źródło|ramka)\s*\d*\b|"
                      r"(wykaz|zestawienie|lista|spis)\s+(działań|przedsięwzięć|rekomendacji|zadań|projektów|kart)\b)", re.I)


# "Proponowany termin:", "Planowany koszt:" — a qualifying word before a field label
_QUALIFIER = r"(?:proponowan|planowan|przewidywan|oczekiwan|orientacyjn|główn|szacunkow|szacowan|docelow)\w*"


@functools.cache
def _cfg() -> dict:
    c = config.load("actions.yaml")
    flags = re.I | re.M
    return {
        "columns": [(role, re.compile(p, flags)) for role, p in c["columns"].items()],
        # a label starts a line or a sentence: "…programem. Wskaźnik: 40" (not "liderów: 40")
        # a label starts a line, a sentence, a "|"-separated part, or is capitalised after a space
        "fields": {role: re.compile(rf"(?:^|\n|(?<=[.;!?)|])\s*|\(\s*|\s+(?=(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])))"
                                    rf"((?:{_QUALIFIER}\s+)?{p}(?:\s*/\s*[\wąćęłńóśźż]+){{0,2}})\s*[:–—]\s*", re.I)
                   for role, p in c["fields"].items()},
        "label_line": re.compile(r"^\s*(?P<label>" + "|".join(c["fields"].values()) + r")\s*:\s*(?P<value>.*)$",
                                 re.I | re.S),
        "field_of": [(role, re.compile(rf"^\s*(?:{_QUALIFIER}\s+)?{p}\b", re.I)) for role, p in c["fields"].items()],
        "empty": re.compile(c["empty"], re.I),
        "prose_responsible": [re.compile(p) for p in c["prose_responsible"]],
        "prose_responsible_end": re.compile(c["prose_responsible_end"], re.I),
        "prose_timeline": [re.compile(p, re.I) for p in c["prose_timeline"]],
        "prose_indicator": re.compile(c["prose_indicator"], re.I),
        "prose_indicator_value": [re.compile(p) for p in c["prose_indicator_value"]],
        "prose_funding": [re.compile(p) for p in c["prose_funding"]],
        "not_stated": re.compile(c["not_stated"], re.I),
        "item_label": re.compile(config.load("sections.yaml")["item_label"], re.I),
        "code_label": re.compile(c["code_label"]),
        "not_actions": re.compile(c["not_actions"], re.I),
        "total_row": re.compile(c["total_row"], re.I),
        "decoy_columns": re.compile(c["decoy_columns"], re.I),
        "group_label": re.compile(c["group_label"], re.I),
        "types": [(t, re.compile(p, re.I)) for t, p in c["types"].items()],
    }


@dataclass
class Draft:
    title: str
    number: str | None = None  # "1", "A", "M1", "3.2": how other tables may refer to it
    description: str | None = None
    fields: dict[str, str | None] = field(default_factory=dict)
    type: str | None = None
    page: int | None = None
    ref: str | None = None
    index: int = 0  # position in doc.blocks, for document order
    lead_in: bool = False  # title cut from a running paragraph (a table cell or heading names it more reliably)
    guessed: set[str] = field(default_factory=set)  # facts read from prose: a labelled field or a table row wins


# ------------------------------------------------------------------ helpers

_WHEN = re.compile(r"\d|corocznie|co roku|stale|na bieżąco|cał\w+ okres|kwarta|miesi|sezon|rok\w* szkoln|"
                   r"wiosn|lat\w+|jesie|zim\w|półrocz|styczeń|luty|marzec|kwiecień|maj|czerw|lip|sierp|wrzes|paździer|"
                   r"listopad|grud", re.I)


def _clean_value(value: str | None, role: str | None = None) -> str | None:
    """A stated value, or None for "—", "b.d.", "zostanie ustalony" and values that say no date/amount."""
    if value is None:
        return None
    v = re.sub(r"\s+", " ", value).strip(" ;,")
    if v.endswith(".") and not re.search(r"\b(r|o\.o|S\.A|n\.p\.m|itd|itp|ds|ul|al|pl)\.$", v):
        v = v[:-1].rstrip()
    c = _cfg()
    if not v or c["empty"].match(v) or c["not_stated"].search(v) and len(v) < 120:
        return None
    if role == "cost" and not re.search(r"\d", v):
        return None
    if role == "timeline" and not _WHEN.search(v):
        return None
    return v[:300]


_OUTLINE_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+")


def _labelled(text: str) -> re.Match | None:
    """The action label of a heading, also behind its outline number ("3.2.1. Rekomendacja 1. …")."""
    rx = _cfg()["item_label"]
    return rx.match(text) or rx.match(_OUTLINE_NUMBER.sub("", text, count=1))


def split_label(text: str) -> tuple[str | None, str]:
    """("3.2", "Title") from "Działanie 3.2 – Title" / "M3. Title" / "B) Title"."""
    c = _cfg()
    m = _labelled(text)
    if m:
        return m.group(3), m.string[m.end():].strip(" .:–—-") or text.strip()
    m = c["code_label"].match(text)
    if m and len(text) - m.end() > 3 and (m.group(2) or text[m.end():m.end() + 1].isupper()
                                          or text[m.end():m.end() + 1] in "„\""):
        return m.group(1).rstrip("."), text[m.end():].strip()
    return None, text.strip()


def _norm_number(n: str | None) -> str | None:
    if not n:
        return None
    n = re.sub(r"^(działanie|przedsięwzięcie|rekomendacja|nr)\s*", "", n.strip(), flags=re.I)
    return n.strip(" .:)").upper() or None


def _similar(a: str, b: str) -> float:
    a, b = a.lower().strip(), b.lower().strip()
    if not a or not b:
        return 0.0
    if len(a) >= 12 and len(b) >= 12 and (a in b or b in a):
        return 0.95
    return SequenceMatcher(None, a, b).ratio()


# Abbreviations after which a full stop never ends a sentence ("Biuro ds. Partycypacji", "ul. Długa").
_ABBREV = re.compile(r"(?:^|[\s(„\"])(?:ds|ul|al|pl|os|im|św|nr|prof|dr|inż|mgr|gen|ks|tzw|np|m\.in|ok|tj|wg|kw|sp|art|ust|pkt|poz|"
                     r"woj|pow|ww|przy|ew|tel|jw|gm|m\.st|min|maks|max|ca|godz|[A-ZĄĆĘŁŃÓŚŹŻ])$", re.I)


def first_sentence(text: str) -> str:
    """Text up to the end of its first sentence, not cut at "ds.", "ul.", "Sp. z o.o.", "2027 r." inside it."""
    for m in re.finditer(r"[.!?](?=\s+[„\"(]?[A-ZĄĆĘŁŃÓŚŹŻ0-9]|\s*$)", text):
        if text[m.start()] == "." and _ABBREV.search(text[:m.start()]):
            continue
        return text[:m.start() + (1 if text[m.start()] == "." and re.search(r"\b(r|o\.o|S\.A|itd|itp)$", text[:m.start()]) else 0)]
    return text


def title_and_rest(text: str) -> tuple[str, str]:
    """An action named at the start of running text: "Strefa Tempo 30 – wprowadzenie …",
    "Bulwary – etap II – Przedłużenie bulwarów …", "Przebudowa placu gen. Bema. Plac …"."""
    dashes = list(re.finditer(r"\s[–—-]\s+", text))
    cut = next((m for m in dashes if text[m.end():m.end() + 1].islower()), None) or \
        next((m for m in dashes if len(text) - m.end() >= 40), None)
    sentence = len(first_sentence(text).rstrip("."))
    if cut and cut.start() < sentence:
        return text[:cut.start()], text[cut.end():]
    if sentence < len(text):
        return text[:sentence], text[sentence:].lstrip(". ")
    return text, ""


def _fields_from_text(text: str) -> dict[str, str]:
    """"Label: value" pairs inside a paragraph ("Realizator: ZDM. Termin: 2025–2026.")."""
    c = _cfg()
    hits = []
    for role, rx in c["fields"].items():
        for m in rx.finditer(text):
            hits.append((m.start(1), m.end(), role))
    hits.sort()
    out: dict[str, str] = {}
    for k, (start, value_start, role) in enumerate(hits):
        end = hits[k + 1][0] if k + 1 < len(hits) else len(text)
        value = text[value_start:end].split("|")[0]
        value = first_sentence(value)
        if role not in out:
            out[role] = value.strip(" ;,")
    return out


def _role_of_label(label: str) -> str | None:
    for role, rx in _cfg()["field_of"]:
        if rx.match(label.strip(" :")):
            return role
    return None


# ------------------------------------------------------------------ tables

def column_roles(header: list[str]) -> list[str | None]:
    """The role of each column from its header text; the first title-like column is the title."""
    roles: list[str | None] = []
    for h in header:
        text = h.strip()
        role = next((r for r, rx in _cfg()["columns"] if rx.search(text)), None) if text else None
        roles.append(role)
    if "title" in roles:
        first = roles.index("title")
        roles = [r if r != "title" or i == first else "description" for i, r in enumerate(roles)]
    elif "description" in roles:  # "Przedsięwzięcie i opis": the title is the cell's first line
        roles[roles.index("description")] = "title"
    return roles


def _decoy_table(table: Table) -> bool:
    """A table of remarks, proposals or meetings (consultation reports, the partnership's calendar)."""
    rx = _cfg()["decoy_columns"]
    return any(rx.search(h) for h in _header(table) if h)


def _header(table: Table) -> list[str]:
    grid = table.grid()
    rows = max(table.header_rows, 1)
    out = []
    for col in range(table.n_cols):
        parts = []
        for r in range(min(rows, len(grid))):
            if grid[r][col] and grid[r][col] not in parts:
                parts.append(grid[r][col])
        out.append(" ".join(parts))
    return out


def _is_label(text: str) -> bool:
    """A card's field label ("Realizator", "Nazwa działania", "Karta działania nr 3")."""
    text = text.strip()
    return bool(text) and len(text) < 45 and bool(_role_of_label(text) or _cfg()["item_label"].match(text)
                                                  or re.match(r"^(nazwa|tytuł)", text, re.I))


_SUB_LABEL = re.compile(r"^\s*(produktu|rezultatu|bazow\w*|docelow\w*|oddziaływania)\s*:?\s*$", re.I)


_MEASURE = re.compile(r"wskaźnik|miernik", re.I)  # a measure proper, not the "expected effect" prose


def _field_text(value: str) -> str:
    """A field's cell: its first paragraph ("do 30 czerwca 2026 r." without the editor's note below)."""
    lines = [ln for ln in value.split("\n") if ln.strip()]
    return lines[0] if len(lines) > 1 and lines[1][:1].isupper() else value


def card_pairs(table: Table) -> list[tuple[str, str]]:
    """(label, value) pairs of a card laid out in 2, 4 or more columns, merged cells read once.

    "Nazwa działania | X | X | X" (a value merged over three columns) gives one pair;
    "Realizator | ZGM | Partnerzy | wspólnoty" gives two; "Wskaźniki | produktu | liczba…" takes
    the value after the sub-label. A row whose cells all say the same ("Karta działania nr 1"
    merged across the card) is a caption: (text, "").
    """
    out = []
    for row in table.grid():
        cells = [c for k, c in enumerate(row) if k == 0 or c != row[k - 1]]
        if len(cells) == 1:
            out.append((cells[0], ""))
            continue
        i = 0
        while i < len(cells) - 1:
            if _is_label(cells[i]):
                j = i + 1
                if j + 1 < len(cells) and (_SUB_LABEL.match(cells[j]) or _is_label(cells[j])):
                    if _is_label(cells[j]):  # "Finansowanie | Szacunkowy koszt | 3 150 000 zł": a group label
                        i = j
                        continue
                    j += 1
                out.append((cells[i], cells[j]))
                i = j + 1
            else:
                i += 1
    return out


def _is_card(table: Table) -> bool:
    """A key–value card: labels naming action fields down its first column."""
    if table.n_rows < 2 or table.n_cols > 6:
        return False
    grid = table.grid()
    firsts = [row[0] for row in grid if row[0].strip()]
    labels = [lab for lab in firsts if _is_label(lab)]
    known = sum(1 for lab in labels if _role_of_label(lab) in FIELDS or re.match(r"^(nazwa|tytuł)", lab.strip(), re.I))
    # the rest of the first column: other short labels ("Lokalizacja", "Uwagi"), not titles or numbers
    short = sum(1 for lab in firsts if len(lab.split()) <= 6 and not re.match(r"^\s*[\d.]+\s*$", lab))
    named = any(re.match(r"^(nazwa|tytuł)", lab.strip(), re.I) for lab in firsts)
    return (known >= 2 or named) and (len(labels) >= 0.6 * len(firsts) or (short >= 0.9 * len(firsts) and len(firsts) >= 4))


def _card(table: Table, block: Block, index: int, caption: str = "") -> Draft | None:
    """One action from a card; a caption line above it ("Karta działania nr 3") may give its number."""
    title = None
    number = None
    fields: dict[str, str | None] = {}
    description = None
    kind = None
    weak_label: dict[str, str] = {}
    m = _cfg()["item_label"].match(caption or "")
    if m:
        number = m.group(3)
    for label, value in card_pairs(table):
        m = _cfg()["item_label"].match(label)
        if m and (not value or value == label):  # a caption row inside the card
            number = number or m.group(3)
            continue
        if m and title is None:
            number, title = m.group(3), value
            continue
        if re.match(r"^(nazwa|tytuł)", label, re.I) and title is None:
            title = value
            continue
        role = _role_of_label(label)
        if role == "description":
            description = value
        elif role == "type":
            kind = value
        elif role in FIELDS and (role not in fields or (role == "indicator" and _MEASURE.search(label)
                                                         and not _MEASURE.search(weak_label.get(role, "")))):
            fields[role] = _field_text(value)
            weak_label[role] = label
    if not title or _cfg()["empty"].match(title):
        return None  # a form whose name was never filled in is no action
    d = Draft(title=title, number=_norm_number(number), description=description, fields=fields,
              page=block.page, ref=block.ref, index=index)
    d.type = kind
    return d


def _cost_unit(header: list[str], roles: list[str | None]) -> str:
    """"tys. zł" from a header such as "Koszt (tys. zł)": the unit of the column's bare numbers."""
    for h, r in zip(header, roles):
        if r == "cost":
            m = re.search(r"(mln|tys\.?)\s*zł|zł", h, re.I)
            if m:
                return m.group(0)
    return ""


def _with_unit(value: str | None, unit: str) -> str | None:
    if _clean_value(value, "cost") and unit and not re.search(r"zł|PLN|euro", value, re.I):
        return f"{value} {unit}"
    return value


def _table_rows(table: Table, block: Block, index: int, roles: list[str | None]) -> list[Draft]:
    grid = table.grid()
    out = []
    unit = _cost_unit(_header(table), roles)
    first = max(table.header_rows, 1)
    for r_index, row in enumerate(grid[first:], first):
        if len({v for v in row if v.strip()}) == 1 and table.n_cols > 2:
            continue  # one text across the row: an objective or group heading inside the table
        cells = dict()
        for value, role in zip(row, roles):
            if role and value and role not in cells:
                cells[role] = value
        title = cells.get("title", "")
        if not title or _cfg()["total_row"].match(title) or _cfg()["total_row"].match(cells.get("number", "")):
            continue
        number, title = split_label(title) if not cells.get("number") else (cells["number"], split_label(title)[1])
        lines = [ln for ln in title.split("\n") if ln.strip()]
        description = cells.get("description")
        if len(lines) > 1 and not description:
            title, description = lines[0], " ".join(lines[1:])
        fields = {r: cells.get(r) for r in FIELDS if cells.get(r)}
        page = table.row_pages[r_index] if r_index < len(table.row_pages) else block.page
        for text in (description or "", cells.get("title", "")):
            for role, value in _fields_from_text(text).items():  # "Miernik: …" inside a description cell
                if role in FIELDS and role not in fields:
                    fields[role] = value
        fields["cost"] = _with_unit(fields.get("cost"), unit)
        d = Draft(title=title, number=_norm_number(number), description=description, fields=fields,
                  page=page, ref=block.ref, index=index)
        d.type = cells.get("type")
        out.append(d)
    return out


# ------------------------------------------------------------------ scope

def _scope(doc: Document, det: Detection, section: str) -> list[tuple[int, int, Heading | None]]:
    """(start, end, heading) block ranges that hold the actions: the section and annexes."""
    ranges: list[tuple[int, int, Heading | None]] = []
    by_index = {h.index: h for h in det.heads}
    shared = {s for sid, spans in det.spans.items() if sid != section for s, _ in spans}
    own = [(s, e) for s, e in det.spans.get(section, []) if s not in shared]
    # a chapter of its own beats a heading that names it beside another ("Do kogo kierujemy rekomendacje")
    for start, end in own or det.spans.get(section, []):
        ranges.append((start + 1, end, by_index.get(start)))
    claimed = {s for sid, spans in det.spans.items() if sid != section for s, _ in spans}
    for h in det.heads:
        # an annex another section claims (remarks from the consultations) holds no actions
        if _ANNEX.match(h.block.text) and h.index not in claimed and not _cfg()["not_actions"].search(h.block.text) \
                and not any(s <= h.index < e for s, e, _ in ranges):
            end = h.end if h.end > h.index + 1 else len(doc.blocks)
            if _annex_of_actions(doc, det, h, end, section):
                ranges.append((h.index + 1, end, h))
    if not ranges:  # no actions chapter of its own: the chapter whose sub-headings are labelled actions
        label = _cfg()["item_label"]
        for sid, spans in det.spans.items():
            for s, e in spans:
                if sum(1 for h in det.heads if s < h.index < e and label.match(h.block.text)) >= 2:
                    ranges.append((s + 1, e, by_index.get(s)))
    if not ranges:
        other = [rng for sid, spans in det.spans.items() if sid != section for rng in spans]
        # no recognisable actions section: everything not claimed by another section
        covered = sorted(other)
        pos = 0
        for s, e in covered:
            if s > pos:
                ranges.append((pos, s, None))
            pos = max(pos, e)
        if pos < len(doc.blocks):
            ranges.append((pos, len(doc.blocks), None))
    return sorted(ranges, key=lambda r: r[0])


def _annex_of_actions(doc: Document, det: Detection, head: Heading, end: int, section: str) -> bool:
    """An annex holds actions when its title names them ("Karty przedsięwzięć") or it holds action
    cards or labelled action headings (not a document history or a list of abbreviations)."""
    tpl = template("mid" if section == "actions" else "improvement_plan")
    if tpl and match_scores(head.block.text, tpl, default_lemmatizer()).get(section, 0.0) >= 0.55:
        return True
    label = _cfg()["item_label"]
    for b in doc.blocks[head.index + 1:end]:
        if (b.kind == BlockKind.TABLE and b.table is not None and _is_card(b.table)) or \
                (b.kind != BlockKind.TABLE and label.match(b.text)):
            return True
    return False


# ------------------------------------------------------------------ extraction

def extract(doc: Document, det: Detection, document_type: str) -> list[ActionResult]:
    if document_type not in ("mid", "improvement_plan"):
        return []
    section = "actions" if document_type == "mid" else "recommendations"
    drafts: list[Draft] = []
    used_tables: set[str] = set()
    for start, end, head in _scope(doc, det, section):
        drafts += _from_range(doc, det, start, end, head, document_type, used_tables)
    # a title must say something: "2, 3, 4, 5" in a column of action numbers names no action
    drafts = [d for d in drafts if len(re.findall(r"[^\W\d_]", d.title)) >= 4 and not _CAPTION.match(d.title)]
    drafts = _dedupe(drafts)
    _facts_from_other_tables(doc, drafts, used_tables, _fact_ranges(doc, det, section))
    return [_finish(d, document_type) for d in sorted(drafts, key=lambda d: d.index)]


def _structural(text: str, document_type: str) -> bool:
    """A sub-heading that organises the section ("4.1. Opis działań") rather than naming an action."""
    if _CAPTION.match(text):
        return True
    tpl = template(document_type)
    _, words = split_label(text)
    scores = match_scores(words, tpl, default_lemmatizer()) if tpl else {}
    return (bool(scores) and max(scores.values()) >= 0.85 and len(words.split()) <= 5
            and not _cfg()["item_label"].match(text))


def _from_range(doc: Document, det: Detection, start: int, end: int, head: Heading | None,
                document_type: str, used_tables: set[str]) -> list[Draft]:
    c = _cfg()
    blocks = doc.blocks
    heads = [h for h in det.heads if start <= h.index < end]
    section_rank = head.rank if head else 0
    out: list[Draft] = []
    skip_until = -1
    # sub-sections about something else (complementary projects, what was done before)
    excluded = [(h.index, h.end) for h in heads if c["not_actions"].search(h.block.text)]
    for i in range(start, end):  # "Działania uzupełniają projekty komplementarne, …:" and the list after it
        if blocks[i].kind == BlockKind.PARAGRAPH and blocks[i].text.rstrip().endswith(":") \
                and c["not_actions"].search(blocks[i].text):
            stop = i + 1
            while stop < end and blocks[stop].kind == BlockKind.LIST_ITEM:
                stop += 1
            excluded.append((i, stop))
    # 1) tables and cards
    for i in range(start, end):
        b = blocks[i]
        if b.kind != BlockKind.TABLE or b.table is None:
            continue
        if any(s <= i < e for s, e in excluded):
            used_tables.add(b.ref)
            continue
        if _is_card(b.table):
            d = _card(b.table, b, i, caption=blocks[i - 1].text if i > start else "")
            if d:
                out.append(d)
            used_tables.add(b.ref)
            continue
        roles = column_roles(_header(b.table))
        if _decoy_table(b.table):
            used_tables.add(b.ref)
            continue
        if "title" in roles and any(r in roles for r in FIELDS + ("number", "description", "type")):
            rows = _table_rows(b.table, b, i, roles)
            if rows:
                out += rows
                used_tables.add(b.ref)
    # 2) sub-headings and bold lead-ins naming actions; paragraphs opening with a label
    #    ("Działanie 4. Strefa Tempo 30 – wprowadzenie …") are lead-ins whatever their typography
    at = {h.index for h in heads}
    deepest = max((h.rank for h in heads), default=section_rank) + 1
    lead_ins: set[int] = set()
    for i in range(start, end):
        b = blocks[i]
        if i in at or b.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or any(s <= i < e for s, e in excluded):
            continue
        m = c["item_label"].match(b.text)
        if m and re.match(r"[„\"'(A-ZĄĆĘŁŃÓŚŹŻ0-9]", b.text[m.end():m.end() + 1]):
            stop = min((h.index for h in heads if h.index > i and h.index not in lead_ins), default=end)
            heads.append(Heading(i, b, deepest, True, stop))
            lead_ins.add(i)
    heads.sort(key=lambda h: h.index)
    item_heads = []
    for h in heads:
        text = h.block.text
        if h.index <= skip_until:
            continue
        if c["not_actions"].search(text):
            skip_until = h.end - 1
            continue
        labelled = _labelled(text) is not None
        deeper = h.rank > section_rank
        if h.weak and not labelled and not (h.block.heading and h.block.heading.bold):
            continue
        if not labelled and (not deeper or _structural(text, document_type)):
            continue
        if not labelled and h.weak and len(text.split()) < 3:
            continue
        label = _labelled(text)
        if label and not label.string[label.end():].strip(" .:–—-"):
            continue  # a bare label ("Karta działania nr 3") captions the card under it, which names the action
        item_heads.append(h)
    labelled_ranks = [h.rank for h in item_heads if _labelled(h.block.text) and h.index not in lead_ins]
    if labelled_ranks:  # "Działanie 1.1" items: unlabelled headings above them group them, bold lines below are inside
        item_heads = [h for h in item_heads if _labelled(h.block.text)
                      or min(labelled_ranks) <= h.rank <= max(labelled_ranks)]
    item_heads = [h for h in item_heads if not c["group_label"].match(heading_words(h.block.text))]
    # a heading with deeper item headings under it groups them (an objective, "Działania horyzontalne")
    item_heads = [h for h in item_heads if not any(h.index < o.index < h.end and o.rank > h.rank for o in item_heads)]
    for k, h in enumerate(item_heads):
        stop = item_heads[k + 1].index if k + 1 < len(item_heads) else min(h.end if not h.weak else end, end)
        stop = min(stop, end, h.end if h.index in lead_ins else end)
        number, title = split_label(h.block.text)
        lead = ""
        if h.index in lead_ins:  # a lead-in: the title ends where the description starts
            title, lead = title_and_rest(title)
        body = [b for b in blocks[h.index + 1:stop] if b.kind != BlockKind.HEADING]
        d = Draft(title=title, number=_norm_number(number), page=h.block.page, ref=h.block.ref, index=h.index,
                  lead_in=h.index in lead_ins)
        _read_body(d, ([h.block.model_copy(update={"text": lead})] if lead else []) + body, used_tables)
        out.append(d)
    # 3) lists, when the section has no other layout
    if not out:
        out += [d for d in _from_lists(blocks, start, end, skip_until)
                if not any(s <= d.index < e for s, e in excluded)]
    return out


def _read_body(d: Draft, body: list[Block], used_tables: set[str]) -> None:
    """An action's own text: description, "Label: value" lines and cards."""
    c = _cfg()
    desc = []
    for b in body:
        if b.kind == BlockKind.TABLE and b.table is not None:
            if _is_card(b.table):
                card = _card(b.table, b, 0)
                used_tables.add(b.ref)
                for label, value in card_pairs(b.table):
                    role = _role_of_label(label)
                    if role in FIELDS and (role not in d.fields or role in d.guessed):
                        d.fields[role] = _field_text(value)
                        d.guessed.discard(role)
                    elif role == "type":
                        d.type = value
                if card and card.description and not d.description:
                    d.description = card.description
            continue
        found = _fields_from_text(b.text)
        for role, value in found.items():
            if role in FIELDS and (role not in d.fields or role in d.guessed):
                d.fields[role] = value
                d.guessed.discard(role)
            elif role == "type" and not d.type:
                d.type = value
            elif role == "description":
                desc.append(value)
        first = min((m.start(1) for rx in c["fields"].values() for m in [rx.search(b.text)] if m), default=None)
        lead = b.text[:first].strip() if first is not None else b.text
        if lead and len(lead) > 3:
            desc.append(lead)
        if "responsible" not in d.fields:
            m = next((m for rx in c["prose_responsible"] if (m := rx.search(b.text))), None)
            if m:
                who = c["prose_responsible_end"].split(first_sentence(m.group("who")))[0]
                d.fields["responsible"] = who
                d.guessed.add("responsible")
        if "funding" not in d.fields:
            m = next((m for rx in c["prose_funding"] if (m := rx.search(b.text))), None)
            if m:
                d.fields["funding"] = first_sentence(m.group("what"))
                d.guessed.add("funding")
    text = " ".join(desc).strip()
    if text:
        d.description = text[:600]
    whole = " ".join(b.text for b in body if b.kind != BlockKind.TABLE)
    if "cost" not in d.fields:
        m = _MONEY.search(whole)
        if m and not c["not_stated"].search(whole[max(0, m.start() - 80):m.end() + 20]):
            d.fields["cost"] = m.group(0)
            d.guessed.add("cost")
    if "timeline" not in d.fields:
        stated = next((m for rx in c["prose_timeline"] if (m := rx.search(whole))), None)
        m = stated or _RANGE.search(whole) or _future_year(whole)
        if m:
            d.fields["timeline"] = m.group(0)
            if not stated:  # "od … do …", "w latach …" in the action's own text is its period; a bare year range is a guess
                d.guessed.add("timeline")
    if "indicator" not in d.fields:
        m = next((m for rx in c["prose_indicator_value"] if (m := rx.search(whole))), None)
        if m:
            d.fields["indicator"] = first_sentence(m.group("what"))
            d.guessed.add("indicator")
    if "indicator" not in d.fields:
        for sentence in re.split(r"(?<=[.!?])\s+", whole):
            if c["prose_indicator"].search(sentence) and re.search(r"\d", sentence):
                d.fields["indicator"] = sentence.strip()
                d.guessed.add("indicator")
                break


def _future_year(text: str) -> re.Match | None:
    """"w 2026 r." in a sentence about the future (a past year in a description is no timeline)."""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        m = re.search(r"(?:(?:w|do|od|na|do końca|w roku|w latach|[IV]{1,3}\s*kw\.?)\s+)20\d\d(?:\s*r\.)?", sentence)
        if m and _FUTURE.search(sentence):
            return m
    return None


def _from_lists(blocks: list[Block], start: int, end: int, skip_until: int) -> list[Draft]:
    out: list[Draft] = []
    current: Draft | None = None
    for i in range(start, end):
        b = blocks[i]
        if i <= skip_until:
            continue
        if b.kind == BlockKind.LIST_ITEM and (b.list_level or 1) == 1:
            number = b.list_marker if b.list_marker and b.list_marker[0].isalnum() else None
            fields = _fields_from_text(b.text)
            title, rest = title_and_rest(b.text)
            current = Draft(title=title.strip(), number=_norm_number(number), fields={k: v for k, v in fields.items()
                                                                                     if k in FIELDS},
                            description=rest or None, page=b.page, ref=b.ref, index=i, lead_in=bool(rest))
            out.append(current)
        elif b.kind == BlockKind.LIST_ITEM and current is not None:
            m = _cfg()["label_line"].match(b.text)
            role = _role_of_label(m.group("label")) if m else None
            if role in FIELDS and role not in current.fields:
                current.fields[role] = m.group("value")
            else:
                current.description = f"{current.description or ''} {b.text}".strip()
        elif b.kind == BlockKind.HEADING:
            current = None
    return out if len(out) >= 2 else []


def _dedupe(drafts: list[Draft]) -> list[Draft]:
    """The same action read twice (a table row and its own sub-section) becomes one."""
    out: list[Draft] = []
    for d in sorted(drafts, key=lambda d: d.index):
        twin = next((o for o in out if _similar(o.title, d.title) >= 0.85
                     or (o.number and o.number == d.number and _similar(o.title, d.title) >= 0.5)), None)
        if twin is None:
            out.append(d)
            continue
        if twin.lead_in and not d.lead_in:
            twin.title, twin.lead_in = d.title, False
        for role, value in d.fields.items():
            if value and not _clean_value(twin.fields.get(role)):
                twin.fields[role] = value
        twin.description = twin.description or d.description
        twin.type = twin.type or d.type
    return out


# ------------------------------------------------------------------ facts elsewhere

_FACT_SECTIONS = ("schedule", "budget", "indicators", "implementation", "addressees")


def _fact_ranges(doc: Document, det: Detection, section: str) -> list[tuple[int, int]]:
    """Where tables that give actions' facts may stand: the schedule, budget and indicator
    chapters, the actions themselves and their annexes (not the partnership's meeting
    list, whose rows are numbered too). The whole document when none of them was found."""
    ranges = [rng for sid in _FACT_SECTIONS for rng in det.spans.get(sid, [])]
    if not ranges:
        return [(0, len(doc.blocks))]
    return ranges + [(s, e) for s, e, _ in _scope(doc, det, section)]


def _facts_from_other_tables(doc: Document, drafts: list[Draft], used: set[str],
                             ranges: list[tuple[int, int]]) -> None:
    """Gantt, budget and indicator tables that name actions by number, letter or title."""
    if not drafts:
        return
    for i, b in enumerate(doc.blocks):
        if b.kind != BlockKind.TABLE or b.table is None or b.ref in used or _decoy_table(b.table):
            continue
        if not any(s <= i < e for s, e in ranges):
            continue
        header = _header(b.table)
        roles = column_roles(header)
        years = [i for i, h in enumerate(header) if h and len(h) <= 16 and _YEAR.search(h)
                 and roles[i] not in ("cost", "funding", "indicator")]
        if not any(r in roles for r in ("number", "title")) or not (set(roles) & set(FIELDS) or years):
            continue
        grid = b.table.grid()
        unit = _cost_unit(header, roles)
        for row in grid[max(b.table.header_rows, 1):]:
            key_num = next((v for v, r in zip(row, roles) if r == "number" and v), None)
            key_title = next((v for v, r in zip(row, roles) if r == "title" and v), "")
            if not key_num and _CODE.fullmatch(key_title.strip()):
                key_num, key_title = key_title, ""
            num_in_title, title_only = split_label(key_title) if key_title else (None, "")
            numbers = [_norm_number(n) for n in re.split(r"\s*[,;]\s*|\s+i\s+", key_num or num_in_title or "") if n]
            targets = [d for d in drafts if d.number and d.number in numbers]
            if not targets and title_only:
                best = max(drafts, key=lambda d: _similar(d.title, title_only))
                if _similar(best.title, title_only) >= 0.8:
                    targets = [best]
            for target in targets:
                for value, role in zip(row, roles):
                    if role not in FIELDS or not value or not _clean_value(value, role) or (
                            _clean_value(target.fields.get(role), role) and role not in target.guessed):
                        continue
                    if role == "cost" and len(targets) > 1:
                        continue  # a sum for several actions is not one action's cost
                    target.fields[role] = _with_unit(value, unit) if role == "cost" else value
                if years and not _clean_value(target.fields.get("timeline"), "timeline"):
                    marked = [header[i].strip() for i in years if i < len(row) and row[i].strip()
                              and (GANTT_MARK.match(row[i]) or (len(row[i]) <= 12 and not _cfg()["empty"].match(row[i])))]
                    if marked:
                        target.fields["timeline"] = marked[0] if len(marked) == 1 else f"{marked[0]}–{marked[-1]}"


# ------------------------------------------------------------------ output

def _type_of(d: Draft) -> str | None:
    text = d.type or ""
    for t, rx in _cfg()["types"]:
        if text and rx.search(text):
            return t
    body = f"{d.title} {d.description or ''}"
    scores = {t: len(rx.findall(body)) for t, rx in _cfg()["types"]}
    best = max(scores, key=scores.get)
    return best if scores[best] else "organisational"


def _finish(d: Draft, document_type: str) -> ActionResult:
    title = re.sub(r"\s+", " ", d.title).strip(" .:;–—-")
    fields = {k: _clean_value(d.fields.get(k), k) for k in FIELDS}
    return ActionResult(title=title, description=(d.description or None), page=d.page, ref=d.ref,
                        type=_type_of(d) if document_type == "improvement_plan" else None, **fields)
