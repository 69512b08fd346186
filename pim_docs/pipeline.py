"""The stages as plain functions over typed data (no Prefect here).

convert (ingest) -> facts -> [sections -> completeness] -> [actions -> themes] -> Report
"""
from __future__ import annotations

import logging
import traceback
from pathlib import Path

from . import actions, completeness, money, sections
from . import facts as facts_mod
from .errors import message
from .ingest.entries import display_name
from .model import ConversionResult, Processing, Report
from .text.lang import NAMES as LANGUAGE_NAMES

log = logging.getLogger(__name__)


def failed_result(path: Path, exc: BaseException) -> ConversionResult:
    """A result for a file whose processing crashed: the batch goes on, the file is reported."""
    log.error("processing %s failed:\n%s", path, traceback.format_exc())
    res = ConversionResult(source_file=display_name(Path(path).name), sha256="", status="failed")
    res.errors.append(message("internal_error", detail=f"{type(exc).__name__}: {str(exc)[:200]}"))
    return res


def analyse(res: ConversionResult) -> Report:
    """Everything we can say about one converted submission."""
    report = Report(source_file=res.source_file, sha256=res.sha256)
    warnings = list(res.warnings)
    doc = res.document
    if doc is not None:
        report.pages = doc.page_count
        report.text_layer = doc.text_layer
        f = facts_mod.extract(doc)
        report.document_type = f.document_type
        report.city = f.city
        report.network = f.network
        report.status = f.status
        report.language = f.language
        report.evidence = f.evidence
        if f.language not in (None, "pl"):
            warnings.append(message("not_polish", lang=LANGUAGE_NAMES.get(f.language, f.language)))
        if f.document_type == "unknown" and doc.blocks:
            warnings.append(message("unknown_type"))
        if doc.blocks:
            det = sections.detect(doc, f.document_type)
            report.sections = det.sections
            report.completeness = completeness.assess(
                det.sections, [s.id for s in det.sections if s.status == "missing" and "spisie treści" in s.reason])
            report.actions = actions.extract(doc, det, f.document_type)
            warnings += classify_actions(report.actions, f.network)
            report.action_gaps = {k: sum(k in a.missing for a in report.actions)
                                  for k in ("responsible", "timeline", "cost", "indicator")}
            report.funding_summary = money.by_funding(report.actions)
    report.processing = Processing(
        status=res.status,
        errors=[str(m) for m in res.errors],
        warnings=[str(m) for m in warnings],
        codes=[m.code for m in res.errors + warnings],
    )
    return report


def classify_actions(found: list, network: str | None) -> list:
    """Theme, sub-theme, strand and explanation for each action; the gaps in its facts."""
    from .classify import rules
    from .classify.model import default as classifier

    for a in found:
        a.missing = [k for k in ("responsible", "timeline", "cost", "indicator") if not getattr(a, k)]
    if not found:
        return []
    try:
        clf = classifier()
    except FileNotFoundError:
        return [message("model_missing")]
    texts = [f"{a.title}. {(a.description or '')[:300]}".strip() for a in found]
    for a, p in zip(found, clf.predict(texts)):
        a.theme, a.secondary_themes, a.scores, a.sub_theme = p.theme, p.secondary_themes, p.scores, p.sub_theme
        a.strand = rules.strand(p.theme, network)
        a.explanation = {"terms": p.terms, "examples": p.examples[:2]}
    return []


_ANALYSIS_CODES = {"time_limit": "analysis_time_limit", "memory_limit": "analysis_memory_limit",
                   "reader_crashed": "analysis_crashed", "internal_error": "internal_error"}
_warm = False


def analyse_guarded(res: ConversionResult, limits=None) -> Report:
    """``analyse`` under the same per-file time and memory limits as reading (in a forked child).
    The models and tables are loaded once in this process first, so each child starts warm."""
    from .ingest.guard import run_limited

    global _warm
    if not _warm:
        _warm = True
        import pim_docs.warm  # noqa: F401 - loads models, lemma tables and patterns once

    def failed(code: str, **detail) -> Report:
        bare = res.model_copy(update={"document": None, "status": "failed",
                                      "errors": [*res.errors, message(_ANALYSIS_CODES[code], **detail)]})
        return analyse(bare)

    return run_limited(lambda: analyse(res), failed, limits)


def process_file(path: Path) -> tuple[ConversionResult, Report]:
    """Read and analyse one file under the per-file limits, never raising for a bad file."""
    from .ingest.guard import convert_guarded

    try:
        res = convert_guarded(path)
        return res, analyse_guarded(res)
    except Exception as exc:  # noqa: BLE001 - one file's crash must not stop a batch
        res = failed_result(path, exc)
        return res, analyse(res)
