"""The stages as plain functions over typed data (no Prefect here).

convert (ingest) -> facts -> [sections -> completeness] -> [actions -> themes] -> Report
"""
from __future__ import annotations

import logging
import traceback
from pathlib import Path

from . import actions, completeness, sections
from . import facts as facts_mod
from .errors import message
from .ingest import convert
from .model import ConversionResult, Processing, Report
from .text.lang import NAMES as LANGUAGE_NAMES

log = logging.getLogger(__name__)


def failed_result(path: Path, exc: BaseException) -> ConversionResult:
    """A result for a file whose processing crashed: the batch goes on, the file is reported."""
    log.error("processing %s failed:\n%s", path, traceback.format_exc())
    res = ConversionResult(source_file=Path(path).name, sha256="", status="failed")
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
    report.processing = Processing(
        status=res.status,
        errors=[str(m) for m in res.errors],
        warnings=[str(m) for m in warnings],
        codes=[m.code for m in res.errors + warnings],
    )
    return report


def process_file(path: Path) -> tuple[ConversionResult, Report]:
    """convert + analyse, never raising for a bad file."""
    try:
        res = convert(path)
        return res, analyse(res)
    except Exception as exc:  # noqa: BLE001 - one file's crash must not stop a batch
        res = failed_result(path, exc)
        return res, analyse(res)
