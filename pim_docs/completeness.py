"""The verdict: complete when every required section is present."""
from __future__ import annotations

from .model import Completeness, SectionResult


def assess(sections: list[SectionResult], toc_only: list[str] | None = None) -> Completeness:
    if not sections:
        return Completeness(verdict="unknown", summary="Nie oceniono kompletności (nierozpoznany rodzaj dokumentu).")
    missing = [s.id for s in sections if s.required and s.status == "missing"]
    incomplete = [s.id for s in sections if s.required and s.status == "incomplete"]
    verdict = "complete" if not missing and not incomplete else "incomplete"
    names = {s.id: s.name for s in sections}
    if verdict == "complete":
        summary = "Dokument zawiera wszystkie wymagane części."
    else:
        parts = []
        if missing:
            parts.append("brakuje: " + ", ".join(names[i] for i in missing))
        if incomplete:
            parts.append("niekompletne: " + ", ".join(names[i] for i in incomplete))
        summary = "Dokument jest niekompletny — " + "; ".join(parts) + "."
    return Completeness(verdict=verdict, missing=missing, incomplete=incomplete,
                        toc_only=toc_only or [], summary=summary)
