"""Where outputs go: one folder per document, written atomically, names never taken raw."""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from ..errors import message
from ..model import Document, Report
from . import portfolio as portfolio_mod
from .docx import write_report_docx
from .html import index_html, report_html

log = logging.getLogger(__name__)


def safe_name(filename: str, max_len: int = 80) -> str:
    """A folder name from a file name: ASCII, no separators, no dots at the start."""
    stem = Path(filename.replace("\\", "/")).name
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", stem)
    ascii_ = unicodedata.normalize("NFKD", stem.replace("ł", "l").replace("Ł", "L"))
    ascii_ = ascii_.encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "_", ascii_).strip("_").lower()
    return slug[:max_len] or "dokument"


def temp_path(path: Path) -> Path:
    """The one temporary name for a file being written: a run killed mid-write leaves it, and the
    run that resumes the work overwrites it (only one run writes a folder at a time)."""
    return path.with_name(f".{path.name}.tmp")


def atomic_file(path: Path, write: Callable[[Path], object]) -> None:
    """``write(tmp)`` fills a temporary file, which then replaces ``path`` in one step: a reader
    never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(path)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def atomic_write(path: Path, data: str | bytes) -> None:
    atomic_file(path, lambda tmp: tmp.write_bytes(data.encode("utf-8") if isinstance(data, str) else data))


def assign_folders(paths: list[Path], out_dir: Path) -> dict[Path, Path]:
    """One output folder per input; equal names get a short hash of the full path."""
    out: dict[Path, Path] = {}
    taken: set[str] = set()
    for p in paths:
        name = safe_name(Path(p).name)
        if name in taken:
            name = f"{name}_{hashlib.sha1(os.fsencode(Path(p).resolve())).hexdigest()[:8]}"
        taken.add(name)
        out[p] = out_dir / name
    return out


def _dump(document: Document, report: Report) -> str:
    """document.json, at most ``max_dump_mb``: a larger dump keeps its first blocks (warned)."""
    from ..config import limits

    limit = limits().max_dump_mb * 2**20
    data = document.model_dump_json(indent=1, exclude_none=True)
    if len(data) <= limit:
        return data
    sizes = [len(b.model_dump_json(indent=1, exclude_none=True)) + 4 for b in document.blocks]
    kept, total = 0, len(data) - sum(sizes)
    while kept < len(sizes) and total + sizes[kept] <= limit:
        total += sizes[kept]
        kept += 1
    msg = message("dump_limit", limit=limits().max_dump_mb, kept=kept, count=len(sizes))
    report.processing.warnings.append(str(msg))
    report.processing.codes.append(msg.code)
    return document.model_copy(update={"blocks": document.blocks[:kept]}).model_dump_json(indent=1, exclude_none=True)


def write_document(folder: Path, report: Report, document: Document | None) -> None:
    """report.html, report.docx, document.json, then report.json (last: its presence means done).
    A view that cannot be rendered is named in report.json's warnings; the others are written."""
    folder.mkdir(parents=True, exist_ok=True)

    views = [("report.html", lambda p: atomic_write(p, report_html(report))),
             ("report.docx", lambda p: atomic_file(p, lambda tmp: write_report_docx(report, tmp)))]
    if document is not None:
        views.append(("document.json", lambda p: atomic_write(p, _dump(document, report))))
    for name, write in views:
        try:
            write(folder / name)
        except OSError:
            raise  # the disk, not the document: the task retries
        except Exception as exc:  # noqa: BLE001 - one view must not cost the reviewer the others
            log.exception("%s for %s failed", name, report.source_file)
            msg = message("view_failed", view=name, detail=f"{type(exc).__name__}: {str(exc)[:120]}")
            report.processing.warnings.append(str(msg))
            report.processing.codes.append(msg.code)
    atomic_write(folder / "report.json", report.model_dump_json(indent=2))


PORTFOLIO_VIEWS = ("index.html", "portfolio.xlsx", "portfolio.docx", "portfolio.json")


def write_portfolio(out_dir: Path, catalogue, skipped: list[dict],
                    listed: list[tuple[Report, Path]] | None = None) -> dict:
    """index.html, portfolio.xlsx, portfolio.docx, then portfolio.json (see ``portfolio.build``):
    written last, it records the catalogue state the views were built from."""
    from .portfolio_files import write_docx, write_xlsx

    data = portfolio_mod.build(catalogue, out_dir, skipped, listed)
    atomic_write(out_dir / "index.html", index_html(data))
    atomic_file(out_dir / "portfolio.xlsx", lambda tmp: write_xlsx(data, tmp))
    atomic_file(out_dir / "portfolio.docx", lambda tmp: write_docx(data, tmp))
    atomic_write(out_dir / "portfolio.json", json.dumps(data, ensure_ascii=False, indent=2))
    return data


def portfolio_stale(out_dir: Path, catalogue, skipped: list[dict]) -> bool:
    """True when the portfolio views do not show the catalogue as it is now: one is missing, or
    they were built from another catalogue state or another list of skipped entries."""
    if not all((out_dir / name).is_file() for name in PORTFOLIO_VIEWS):
        return True
    try:
        old = json.loads((out_dir / "portfolio.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True
    return old.get("catalogue_state") != catalogue.state() or old.get("skipped") != skipped
