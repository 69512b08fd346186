"""Shared model for the second held-out set (holdout2).

Every document module builds its file and returns an :class:`H2Gold`; a
section is recorded only when the renderer writes it and an action only
when it is rendered, so the gold JSON follows what is in the document.

Helpers from ``corpus/src/pdf`` and ``corpus/src/office`` are importable
after this module has been imported (their directories are put on sys.path).
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
SRC = HERE.parent                                   # corpus/src
ROOT = SRC.parent.parent                            # /work/main
OUT_DIR = ROOT / "corpus" / "holdout2"
LO_PROFILE = "file:///tmp/lo_holdout2_profile"

for sub in ("pdf", "office"):
    p = str(SRC / sub)
    if p not in sys.path:
        sys.path.insert(0, p)

MID_SECTIONS = ("summary", "context", "objectives", "actions", "schedule", "budget",
                "stakeholders", "indicators", "risks")
PLAN_SECTIONS = ("introduction", "diagnosis", "recommendations", "addressees", "implementation")
THEMES = ("low_emission", "cycling", "walking_traffic_calming", "public_transport",
          "eco_awareness", "social_activation", "public_space", "economic_activation", "other")
REC_TYPES = ("legal", "financial", "organisational", "knowledge")
REC_TYPE_PL = {"legal": "prawna", "financial": "finansowa", "organisational": "organizacyjna",
               "knowledge": "wiedza i kompetencje"}
NETWORKS = ("air_quality", "mobility", "revitalisation")


@dataclass
class Action:
    """An action of a MID or a recommendation of a Plan Ulepszeń.

    Facts the document does not state are ``None``; the gold booleans are
    ``value is not None``.
    """
    title: str
    theme: str
    description: str = ""
    responsible: str | None = None
    timeline: str | None = None
    cost: str | None = None
    indicator: str | None = None
    secondary_themes: tuple[str, ...] = ()
    type: str | None = None
    extra: dict = field(default_factory=dict)        # document-specific, not gold

    def __post_init__(self):
        assert self.theme in THEMES, self.theme
        assert all(t in THEMES and t != self.theme for t in self.secondary_themes)
        assert self.type is None or self.type in REC_TYPES, self.type

    def gold(self) -> dict:
        return {
            "title": self.title,
            "theme": self.theme,
            "secondary_themes": list(self.secondary_themes),
            "responsible": self.responsible is not None,
            "timeline": self.timeline is not None,
            "cost": self.cost is not None,
            "indicator": self.indicator is not None,
            "type": self.type,
        }


class H2Gold:
    def __init__(self, file: str, *, document_type: str, city: str | None, network: str,
                 status: str, notes: str, text_layer: bool = True):
        assert document_type in ("mid", "improvement_plan")
        assert network in NETWORKS and status in ("final", "draft")
        assert (city is None) == (document_type == "improvement_plan")
        self.file = file
        self.document_type = document_type
        self.city = city
        self.network = network
        self.status = status
        self.notes = notes
        self.text_layer = text_layer
        ids = MID_SECTIONS if document_type == "mid" else PLAN_SECTIONS
        self.sections = {sid: "missing" for sid in ids}
        self._recorded: set[str] = set()
        self.actions: list[Action] = []

    def section(self, sid: str, status: str = "present") -> None:
        assert sid in self.sections, sid
        assert sid not in self._recorded, f"section {sid} recorded twice"
        assert status in ("present", "incomplete"), status
        self._recorded.add(sid)
        self.sections[sid] = status

    def action(self, a: Action) -> Action:
        assert all(a.title != b.title for b in self.actions), a.title
        if self.document_type == "improvement_plan":
            assert a.type is not None, a.title
        else:
            assert a.type is None, a.title
        self.actions.append(a)
        return a

    def as_dict(self) -> dict:
        return {
            "file": self.file,
            "document_type": self.document_type,
            "city": self.city,
            "network": self.network,
            "status": self.status,
            "text_layer": self.text_layer,
            "sections": dict(self.sections),
            "actions": [a.gold() for a in self.actions],
            "notes": self.notes,
        }

    def write(self, out_dir: Path = OUT_DIR) -> Path:
        path = out_dir / (Path(self.file).stem + ".gold.json")
        path.write_text(json.dumps(self.as_dict(), ensure_ascii=False, indent=2) + "\n",
                        encoding="utf-8")
        return path


def rl(text: str) -> str:
    """Escape plain text for a reportlab Paragraph; **bold** becomes <b>."""
    out = escape(text)
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", out)


def fact_or(value: str | None, dash: str = "—") -> str:
    return dash if value is None else value


def fix_lo_pdf(path: Path) -> None:
    """Make a LibreOffice PDF byte-stable: blank out dates and the file ID.

    Replacements keep the byte length, so the xref table stays valid.
    """
    data = path.read_bytes()

    fixed_date = b"D:20250301120000Z"

    def date_sub(m):
        # the shorter fixed date is padded with whitespace after ")" (legal between tokens)
        body = m.group(2)
        assert len(body) >= len(fixed_date), body
        return m.group(1) + fixed_date + m.group(3) + b" " * (len(body) - len(fixed_date))

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)(\))", date_sub, data)

    def id_sub(m):
        return m.group(1) + re.sub(rb"[0-9A-Fa-f]", b"A", m.group(2)) + m.group(3)

    data = re.sub(rb"(/ID\s*\[)([^\]]*)(\])", id_sub, data)
    # LibreOffice also writes a checksum over the (dated) content
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)",
                  lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    assert b"xmpmeta" not in data, "XMP metadata would need blanking too"
    path.write_bytes(data)
