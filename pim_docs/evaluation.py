"""Figures against gold files (``corpus/gold`` format): facts, section statuses, flags.

Used by ``pim-docs eval``; the same definitions as the programme's scorer so the
figures on our own corpus and on the development set can be compared.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .model import Report


@dataclass
class DocScore:
    file: str
    facts_ok: dict[str, bool]
    section_errors: list[str] = field(default_factory=list)  # "risks: gold missing, got present"
    sections_ok: int = 0
    sections_n: int = 0


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold_dir: Path, reports: dict[str, Report]) -> tuple[dict[str, float], list[DocScore]]:
    totals = {"docs": 0, "type": 0, "network": 0, "city": 0, "city_n": 0, "status": 0, "text_layer": 0,
              "sec_ok": 0, "sec_n": 0, "tp": 0, "fp": 0, "fn": 0}
    docs = []
    for path in sorted(Path(gold_dir).glob("*.gold.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        r = reports.get(g["file"])
        if r is None:
            continue
        totals["docs"] += 1
        ok = {"document_type": r.document_type == g["document_type"], "network": r.network == g["network"],
              "status": r.status == g.get("status", "final"),
              "text_layer": r.text_layer == g.get("text_layer", True)}
        if g.get("city"):
            ok["city"] = r.city == g["city"]
            totals["city_n"] += 1
            totals["city"] += ok["city"]
        for k in ("document_type", "network", "status", "text_layer"):
            totals[{"document_type": "type"}.get(k, k)] += ok[k]
        d = DocScore(g["file"], ok)
        pred = {s.id: s.status for s in r.sections}
        for sid, st in g["sections"].items():
            got = pred.get(sid, "missing")
            d.sections_n += 1
            d.sections_ok += got == st
            if got != st:
                d.section_errors.append(f"{sid}: oczekiwano {st}, jest {got}")
            gflag, pflag = st != "present", got != "present"
            totals["tp"] += gflag and pflag
            totals["fp"] += pflag and not gflag
            totals["fn"] += gflag and not pflag
        totals["sec_ok"] += d.sections_ok
        totals["sec_n"] += d.sections_n
        docs.append(d)
    n = totals["docs"] or 1
    p, rc, f = _f1(totals["tp"], totals["fp"], totals["fn"])
    figures = {
        "documents": float(totals["docs"]),
        "document_type_acc": totals["type"] / n, "network_acc": totals["network"] / n,
        "city_acc": totals["city"] / (totals["city_n"] or 1), "status_acc": totals["status"] / n,
        "text_layer_acc": totals["text_layer"] / n,
        "section_status_acc": totals["sec_ok"] / (totals["sec_n"] or 1),
        "flag_precision": p, "flag_recall": rc, "flag_f1": f,
    }
    return figures, docs
