"""Typed data passed one way through the stages.

file -> ingest -> ``Document`` -> facts / sections / actions -> ``Report``.

The document model is the same for every format: a flat, reading-ordered list of
body ``Block``s (headings candidates with their signals, paragraphs, list items,
tables) plus the page furniture (running headers/footers, page numbers,
footnotes) set aside. Every block has a stable ``ref`` so later stages can point
back to where they found something.
"""
from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, Field

SCHEMA_VERSION = 1


class BlockKind(str, Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE = "table"


class Furniture(str, Enum):
    """Why a block is not part of the body text."""

    HEADER = "header"
    FOOTER = "footer"
    PAGE_NUMBER = "page_number"
    FOOTNOTE = "footnote"


class HeadingSignals(BaseModel):
    """Typographic and textual evidence that a block may be a heading.

    Readers fill what their format knows; ``structure.heading_score`` weighs it.
    """

    style: str | None = None  # e.g. "Heading 2", "Nagłówek 1", "Title"
    outline_level: int | None = None  # 1-based, from the style / outline / text:h
    font_size_ratio: float | None = None  # line font size / body font size
    bold: bool = False
    italic: bool = False
    all_caps: bool = False
    numbering: str | None = None  # "2.3.", "III.", "Rozdział 4", "§ 3", "A."
    numbering_level: int | None = None  # depth implied by the numbering ("2.3." -> 2)
    in_table: bool = False  # heading placed in a one-cell (often shaded) table
    shaded: bool = False
    short: bool = False  # few words, no final full stop
    isolated: bool = False  # PDF: a one-line paragraph standing on its own


class Cell(BaseModel):
    row: int
    col: int
    text: str
    raw_text: str = ""
    row_span: int = 1
    col_span: int = 1
    bold: bool = False


class Table(BaseModel):
    n_rows: int
    n_cols: int
    cells: list[Cell]
    header_rows: int = 0  # leading rows that look like column headers
    pages: list[int] = Field(default_factory=list)  # >1 when joined across pages
    row_pages: list[int] = Field(default_factory=list)  # page of each row (tables joined across pages)
    ruled: bool = True  # drawn with grid lines (PDF); False for whitespace-aligned

    def grid(self) -> list[list[str]]:
        """Rows of cell texts; a spanned cell repeats its text in every slot it covers."""
        out = [["" for _ in range(self.n_cols)] for _ in range(self.n_rows)]
        for c in self.cells:
            for r in range(c.row, min(c.row + c.row_span, self.n_rows)):
                for k in range(c.col, min(c.col + c.col_span, self.n_cols)):
                    out[r][k] = c.text
        return out


class Block(BaseModel):
    ref: str  # stable reference, e.g. "b0042"
    kind: BlockKind
    text: str  # cleaned (Polish text repair applied)
    raw_text: str  # as the file stores it
    page: int | None = None  # 1-based; estimated for DOCX/ODT
    heading: HeadingSignals | None = None
    heading_score: float = 0.0  # 0..1, how much this looks like a heading
    list_level: int | None = None
    list_marker: str | None = None  # "•", "a)", "1." ...
    table: Table | None = None
    furniture: Furniture | None = None
    source: str = "body"  # body | textbox | header | footer | footnote | ocr
    bbox: tuple[float, float, float, float] | None = None  # PDF points (x0, top, x1, bottom)


class PageInfo(BaseModel):
    number: int
    width: float | None = None
    height: float | None = None
    landscape: bool = False
    has_text: bool = True
    columns: int = 1
    ocr: bool = False


class Message(BaseModel):
    """A problem found while processing; ``text`` is for people (Polish)."""

    code: str
    text: str

    def __str__(self) -> str:
        return f"{self.text} [{self.code}]"


class Document(BaseModel):
    source_file: str
    sha256: str
    format: str  # "pdf" | "docx" | "odt"
    pages: list[PageInfo] = Field(default_factory=list)
    blocks: list[Block] = Field(default_factory=list)  # body, in reading order
    furniture: list[Block] = Field(default_factory=list)
    metadata: dict[str, str] = Field(default_factory=dict)  # title, author, ...
    total_pages: int = 0  # pages in the file, when more than were analysed (page limit)

    @property
    def page_count(self) -> int:
        return max(len(self.pages), self.total_pages)

    @property
    def text_layer(self) -> bool:
        """False when no page carried a text layer of its own (all text came from OCR)."""
        return any(p.has_text for p in self.pages) if self.pages else True

    def text(self) -> str:
        parts = []
        for b in self.blocks:
            if b.kind == BlockKind.TABLE and b.table:
                parts.extend(" | ".join(r) for r in b.table.grid())
            else:
                parts.append(b.text)
        return "\n".join(parts)


ConversionStatus = Literal["ok", "needs_ocr", "failed"]


class ConversionResult(BaseModel):
    """What a reader returns: errors are data, never exceptions."""

    source_file: str
    sha256: str
    status: ConversionStatus = "ok"
    document: Document | None = None
    errors: list[Message] = Field(default_factory=list)
    warnings: list[Message] = Field(default_factory=list)

    def fail(self, reason: Message) -> "ConversionResult":
        """The file cannot be read: say why."""
        self.errors.append(reason)
        self.status = "failed"
        return self


# --------------------------------------------------------------------- report

class SectionResult(BaseModel):
    id: str
    status: Literal["present", "incomplete", "missing"]
    heading: str | None = None
    page: int | None = None
    confidence: float = 0.0
    name: str = ""  # Polish name from the template
    required: bool = True
    ref: str | None = None  # block the decision points to
    found_by: str | None = None  # "heading" | "table" | None
    words: int = 0  # words of real content in the section
    excerpt: str | None = None  # short evidence from the section's text
    reason: str = ""  # in Polish: why this status, and where pim-docs looked


class Completeness(BaseModel):
    verdict: Literal["complete", "incomplete", "unknown"] = "unknown"
    missing: list[str] = Field(default_factory=list)
    incomplete: list[str] = Field(default_factory=list)
    toc_only: list[str] = Field(default_factory=list)  # listed in the table of contents, absent from the body
    summary: str = ""  # one sentence in Polish


class ActionResult(BaseModel):
    title: str
    description: str | None = None
    theme: str | None = None
    secondary_themes: list[str] = Field(default_factory=list)
    scores: dict[str, float] = Field(default_factory=dict)
    responsible: str | None = None
    timeline: str | None = None
    cost: str | None = None
    funding: str | None = None
    indicator: str | None = None
    page: int | None = None
    type: str | None = None
    ref: str | None = None
    sub_theme: str | None = None  # finer theme from config/taxonomy.yaml
    strand: str | None = None  # the strand the document's network reports this theme under
    explanation: dict = Field(default_factory=dict)  # {"terms": [...], "examples": [{text, theme, similarity}]}
    missing: list[str] = Field(default_factory=list)  # facts the document does not state for this action


class Processing(BaseModel):
    status: ConversionStatus = "ok"
    errors: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    codes: list[str] = Field(default_factory=list)  # machine-readable codes of the messages


class Report(BaseModel):
    """report.json, per ../shared/CONTRACT.md (fields may be added, never renamed)."""

    schema_version: int = SCHEMA_VERSION
    source_file: str
    sha256: str
    document_type: Literal["mid", "improvement_plan", "unknown"] = "unknown"
    city: str | None = None
    network: Literal["air_quality", "mobility", "revitalisation"] | None = None
    status: Literal["final", "draft"] = "final"
    text_layer: bool = True
    pages: int = 0
    language: str | None = None
    processing: Processing = Field(default_factory=Processing)
    sections: list[SectionResult] = Field(default_factory=list)
    completeness: Completeness = Field(default_factory=Completeness)
    actions: list[ActionResult] = Field(default_factory=list)
    evidence: dict[str, str] = Field(default_factory=dict)  # why a fact was decided
    action_gaps: dict[str, int] = Field(default_factory=dict)  # how many actions lack each fact
    funding_summary: list[dict] = Field(default_factory=list)  # per source: actions, stated cost total
