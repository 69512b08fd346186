"""portfolio.json: per-network counts and one row per document (a view of the reports)."""
from __future__ import annotations

from ..model import SCHEMA_VERSION, Report

NETWORKS = ("air_quality", "mobility", "revitalisation")


def build(entries: list[tuple[Report, str]], skipped: list[dict] | None = None) -> dict:
    """``entries``: each report with its report.html path relative to the output folder."""
    networks = {n: {"submitted": 0, "complete": 0, "draft": 0, "improvement_plans": 0} for n in NETWORKS}
    documents = []
    for report, rel in entries:
        net = networks.get(report.network or "")
        if net is not None:
            if report.document_type == "mid":
                net["submitted"] += 1
                net["complete"] += report.completeness.verdict == "complete"
                net["draft"] += report.status == "draft"
            elif report.document_type == "improvement_plan":
                net["improvement_plans"] += 1
        documents.append({
            "source_file": report.source_file, "city": report.city, "network": report.network,
            "document_type": report.document_type, "status": report.status,
            "verdict": report.completeness.verdict, "processing": report.processing.status,
            "report": rel,
        })
    documents.sort(key=lambda d: (d["network"] or "~", d["city"] or "~", d["source_file"]))
    return {"schema_version": SCHEMA_VERSION, "networks": networks, "documents": documents,
            "skipped": skipped or []}
