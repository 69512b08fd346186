"""Turns what a reader found into ``Block``s: refs, text repair, heading signals."""
from __future__ import annotations

import re

from ..model import Block, BlockKind, Cell, Furniture, HeadingSignals, Table
from ..text.repair import repair
from . import signals as sig

HEADING_THRESHOLD = 0.5
CHARS_PER_PAGE = 3200  # page estimate for DOCX/ODT files that record no page breaks


class BlockBuilder:
    """Collects blocks in reading order and gives each a stable ref."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.furniture: list[Block] = []
        self._n = 0

    def _ref(self) -> str:
        self._n += 1
        return f"b{self._n:05d}"

    def text(self, raw: str, *, page: int | None, signals: HeadingSignals | None = None,
             list_level: int | None = None, list_marker: str | None = None,
             clean: str | None = None, source: str = "body",
             bbox: tuple[float, float, float, float] | None = None) -> Block | None:
        """A paragraph, heading candidate or list item."""
        text = repair(raw) if clean is None else clean
        if not text:
            return None
        s = sig.complete(signals or HeadingSignals(), text)
        score = sig.heading_score(s, text)
        if list_marker is None and list_level is None:
            marker, rest = sig.list_marker(text)
            # bullets always mark list items; "1)" / "a)" only when the line is no heading
            if marker is not None and (not marker[0].isalnum() and marker[0] != "(" or score < HEADING_THRESHOLD):
                list_marker, text, list_level = marker, rest.strip(), 1
        if list_marker is not None and not s.outline_level:
            kind = BlockKind.LIST_ITEM
            score = min(score, 0.4)
        else:
            kind = BlockKind.HEADING if score >= HEADING_THRESHOLD else BlockKind.PARAGRAPH
        block = Block(ref=self._ref(), kind=kind, text=text, raw_text=raw, page=page,
                      heading=s, heading_score=score, list_level=list_level,
                      list_marker=list_marker, source=source, bbox=bbox)
        self.blocks.append(block)
        return block

    def table(self, rows: list[list[Cell]], *, page: int | None, pages: list[int] | None = None,
              ruled: bool = True, bbox=None, source: str = "body") -> Block | None:
        cells = [c for row in rows for c in row]
        if not cells:
            return None
        for c in cells:
            c.raw_text = c.raw_text or c.text
            c.text = repair(c.text)
        n_rows = max(c.row + c.row_span for c in cells)
        n_cols = max(c.col + c.col_span for c in cells)
        table = Table(n_rows=n_rows, n_cols=n_cols, cells=cells, pages=pages or ([page] if page else []),
                      ruled=ruled, header_rows=_header_rows(cells), row_pages=[page] * n_rows if page else [])
        text = "\n".join(" | ".join(r) for r in table.grid())
        block = Block(ref=self._ref(), kind=BlockKind.TABLE, text=text, raw_text=text, page=page,
                      table=table, bbox=bbox, source=source)
        self.blocks.append(block)
        return block

    def furniture_block(self, raw: str, kind: Furniture, *, page: int | None, source: str) -> None:
        text = repair(raw)
        if text:
            self.furniture.append(Block(ref=self._ref(), kind=BlockKind.PARAGRAPH, text=text,
                                        raw_text=raw, page=page, furniture=kind, source=source))


def _header_rows(cells: list[Cell]) -> int:
    """Leading rows that look like column headers: bold, or labels over numbers/longer data."""
    first = [c for c in cells if c.row == 0 and c.text.strip()]
    if not first:
        return 0
    if all(c.bold for c in first):
        # a merged group header ("Okres realizacji" over "od" | "do") brings its second row
        return 1 + (1 if any(c.col_span > 1 and c.row_span == 1 for c in first) else 0)
    rest = [c for c in cells if c.row > 0 and c.text.strip()]
    if not rest or any(_numeric(c.text) for c in first) or max(len(c.text) for c in first) > 60:
        return 0
    numeric_cols = {c.col for c in rest if _numeric(c.text)}
    first_cols = {c.col for c in first}
    if numeric_cols & first_cols:
        return 1  # words over a column of numbers
    avg_first = sum(len(c.text) for c in first) / len(first)
    avg_rest = sum(len(c.text) for c in rest) / len(rest)
    return 1 if avg_first <= avg_rest else 0


def _numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[\d\s.,%–\-+]+(zł|tys\.?|mln)?", text.strip())) and any(ch.isdigit() for ch in text)
