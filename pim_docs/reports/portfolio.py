"""The portfolio: every submission at a glance, the programme's per-network table, city cards
and what changed between versions. Built from the catalogue (latest version of each
submission) and the reports it points to; one dict, shown as portfolio.json, index.html,
portfolio.xlsx and portfolio.docx."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from .. import money
from ..catalogue import Catalogue
from ..model import SCHEMA_VERSION, Report
from . import labels

NETWORKS = ("air_quality", "mobility", "revitalisation")


def _load(report_dir: str | None) -> Report | None:
    p = Path(report_dir or "") / "report.json"
    return Report.model_validate_json(p.read_text(encoding="utf-8")) if report_dir and p.is_file() else None


def _rel(path: Path, out_dir: Path) -> str:
    try:
        return path.resolve().relative_to(out_dir.resolve()).as_posix()
    except ValueError:
        return path.resolve().as_uri()


def network_table(reports: list[Report]) -> dict:
    """Per network: MIDs submitted, complete, drafts, improvement plans, the sections most often
    missing or incomplete."""
    table = {n: {"submitted": 0, "complete": 0, "draft": 0, "improvement_plans": 0, "missing_most": []}
             for n in NETWORKS}
    gaps = {n: Counter() for n in NETWORKS}
    for r in reports:
        net = table.get(r.network or "")
        if net is None:
            continue
        if r.document_type == "mid":
            net["submitted"] += 1
            net["complete"] += r.completeness.verdict == "complete"
            net["draft"] += r.status == "draft"
            gaps[r.network].update(s.id for s in r.sections if s.required and s.status != "present")
        elif r.document_type == "improvement_plan":
            net["improvement_plans"] += 1
    for n, c in gaps.items():
        table[n]["missing_most"] = [{"section": s, "count": k} for s, k in
                                    sorted(c.items(), key=lambda x: (-x[1], x[0]))[:3]]
    return table


def _card(r: Report, row: dict, changes: dict | None) -> dict:
    strands = Counter(a.strand or a.theme or "other" for a in r.actions)
    total = money.total(r.actions)
    return {"city": r.city, "network": r.network, "document_type": r.document_type, "status": r.status,
            "verdict": r.completeness.verdict, "version": row["version"], "actions": len(r.actions),
            "strands": [{"strand": s, "share": round(k / max(len(r.actions), 1), 3), "actions": k}
                        for s, k in strands.most_common()],
            "themes": dict(Counter(a.theme for a in r.actions if a.theme).most_common()),
            "total_cost_pln": round(total, 2),
            "funding": [g["funding"] for g in sorted(r.funding_summary, key=lambda g: -g["actions"])
                        if g["funding"] != "nie podano źródła"],
            "missing": r.completeness.missing, "incomplete": r.completeness.incomplete,
            "changes": changes}


def build(catalogue: Catalogue, out_dir: Path, skipped: list[dict] | None = None,
          listed: list[tuple[Report, Path]] | None = None) -> dict:
    """The per-network table, city cards and section grid come from the catalogue's latest
    versions. The list of documents too, unless ``listed`` (a `pim-docs process` run) names
    the reports to show: then every file of the run is listed, each with its version."""
    documents, reports, cards = [], [], []
    for row in catalogue.latest():
        r = _load(row["report_dir"])
        if r is None:
            continue
        reports.append(r)
        changes = None
        if row["version"] > 1:
            changes = {"sections": catalogue.section_changes(row["id"]), **catalogue.action_changes(row["id"])}
        if listed is None:
            documents.append(_document(r, Path(row["report_dir"]) / "report.html", out_dir) |
                             {"version": row["version"], "received_at": row["received_at"], "changes": changes})
        if r.city and r.document_type == "mid":
            cards.append(_card(r, row, changes))
    for r, folder in listed or []:
        known = catalogue.version_of(r.sha256) if r.sha256 else None
        if known is None:  # not in the catalogue (no content hash): counted all the same
            reports.append(r)
        documents.append(_document(r, folder / "report.html", out_dir) |
                         {"version": (known or {}).get("version", 1), "received_at": (known or {}).get("received_at"),
                          "changes": None})
    documents.sort(key=lambda d: (d["network"] or "~", d["city"] or "~", d["source_file"]))
    cards.sort(key=lambda c: (c["network"] or "~", c["city"]))
    return {"schema_version": SCHEMA_VERSION, "catalogue_state": catalogue.state(),
            "networks": network_table(reports), "documents": documents,
            "cities": cards, "sections": _section_grid(reports), "themes": _themes(reports),
            "skipped": skipped or []}


def _document(r: Report, html: Path, out_dir: Path) -> dict:
    return {"source_file": r.source_file, "city": r.city, "network": r.network,
            "document_type": r.document_type, "status": r.status, "verdict": r.completeness.verdict,
            "processing": r.processing.status, "report": _rel(html, out_dir), "actions": len(r.actions),
            "missing": r.completeness.missing, "incomplete": r.completeness.incomplete}


def _section_grid(reports: list[Report]) -> dict:
    """Completeness per section across cities (MIDs): rows = sections, columns = cities."""
    mids = sorted((r for r in reports if r.document_type == "mid" and r.city and r.sections),
                  key=lambda r: (r.network or "~", r.city))
    if not mids:
        return {"sections": [], "cities": [], "status": []}
    ids = [(s.id, s.name or s.id) for s in mids[0].sections]
    status = [[next((s.status for s in r.sections if s.id == sid), "missing") for r in mids] for sid, _ in ids]
    return {"sections": [{"id": i, "name": n} for i, n in ids], "cities": [r.city for r in mids], "status": status}


def _themes(reports: list[Report]) -> dict:
    """Actions per theme in each network."""
    out: dict[str, Counter] = {n: Counter() for n in NETWORKS}
    for r in reports:
        if r.network in out:
            out[r.network].update(a.theme for a in r.actions if a.theme)
    return {n: [{"theme": t, "name": labels.theme(t), "actions": k} for t, k in c.most_common()]
            for n, c in out.items()}
