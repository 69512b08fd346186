"""Table of contents: found so that it is never counted as content, and its entries kept
so a section listed there but absent from the body can be reported as such."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import Block, BlockKind
from .text import match_key

_TOC_TITLE = re.compile(r"^\s*(spis\s+treści|spis\s+zawartości|zawartość\s+dokumentu|table\s+of\s+contents)\s*:?\s*$",
                        re.I)
# "2.1. Cele ........ 4", "Harmonogram … 12", "Budżet\t7"
_ENTRY = re.compile(r"^(?P<title>.*?\w.*?)(?:\s*(?:\.\s?){3,}|\s*…+|\t+|\s{3,}|\s+)\s*(?P<page>\d{1,3})\s*$")
ENTRY_MAX = 250  # characters: a longer line is no ToC entry (and the pattern above never sees it)
_LEADER = re.compile(r"(\.\s?){3,}|…|\t")
_TOC_STYLE = re.compile(r"^(toc|contents|spis\s+treści|table\s+of\s+contents)\s*\d*$", re.I)


@dataclass
class Toc:
    refs: set[str] = field(default_factory=set)  # blocks that belong to the ToC
    entries: list[str] = field(default_factory=list)  # entry titles, page numbers stripped
    title_ref: str | None = None


def _entries(block: Block) -> list[str]:
    """ToC entries in a block (a PDF paragraph may hold several lines of the ToC)."""
    lines = [ln.strip() for ln in (block.raw_text or block.text).splitlines() if ln.strip()]
    out = []
    for ln in lines:
        m = _ENTRY.match(ln) if len(ln) <= ENTRY_MAX else None
        if not m:
            return []
        out.append(_LEADER.sub(" ", m.group("title")).strip(" .…\t"))
    return out


def _is_entry(block: Block) -> bool:
    if block.kind == BlockKind.TABLE:
        return False
    style = (block.heading.style if block.heading else None) or ""
    if _TOC_STYLE.match(style):
        return True
    entries = _entries(block)
    return bool(entries) and (bool(_LEADER.search(block.raw_text or block.text)) or len(block.text) < 120)


_ENTRY_PAGE = re.compile(r"\d\s*$")


def _typed_run(blocks: list[Block], start: int) -> list[Block]:
    """A contents list typed by hand under its title, without page numbers: short lines that
    come back later in the document as its chapter headings (at least three in a row)."""
    last: dict[str, int] = {}
    for i, b in enumerate(blocks[start:], start):
        if b.kind != BlockKind.TABLE and len(b.text) <= 150:
            last[match_key(b.text)] = i
    run = []
    for i, b in enumerate(blocks[start:start + 60], start):
        key = match_key(b.text)
        if b.kind == BlockKind.TABLE or len(b.text) > 150 or len(b.text.split()) > 14 or not key \
                or last.get(key, -1) <= i:
            break
        run.append(b)
    return run if len(run) >= 3 else []


def find_toc(blocks: list[Block]) -> Toc:
    toc = Toc()
    i = 0
    while i < len(blocks):
        b = blocks[i]
        titled = bool(_TOC_TITLE.match(b.text))
        if titled or (_is_entry(b) and _LEADER.search(b.raw_text or b.text)):
            j = i + 1 if titled else i
            run = []
            while j < len(blocks) and _is_entry(blocks[j]):
                run.append(blocks[j])
                j += 1
            if titled and not run:
                run = _typed_run(blocks, j)
                j += len(run)
            # a ToC: under its title, or three dotted-leader lines in a row
            leaders = sum(1 for r in run if _LEADER.search(r.raw_text or r.text))
            if (titled and run) or leaders >= 3:
                if titled:
                    toc.refs.add(b.ref)
                    toc.title_ref = toc.title_ref or b.ref
                for r in run:
                    toc.refs.add(r.ref)
                    style = (r.heading.style if r.heading else None) or ""
                    toc.entries.extend(_entries(r) or ([r.text] if _TOC_STYLE.match(style) or not _ENTRY_PAGE.search(r.text)
                                                       else []))
                i = j
                continue
        i += 1
    return toc
