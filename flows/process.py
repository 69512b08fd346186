"""`pim-docs process` as a Prefect flow: one task per stage per document.

Bad input never raises (the library returns failed results); tasks retry only on
I/O errors (a file on a network share that blinked), never on a broken document.

Reading and analysing are cached, keyed by the file's content hash, its name, the
pipeline's fingerprint (code, configuration, models: `pim_docs.config.fingerprint`) and the
environment that changes results (the OCR engine: `pim_docs.config.environment`): running
`pim-docs process` again over unchanged files only rewrites the reports, and any change to a
template, marker list or model makes every file be read again.
"""
from __future__ import annotations

from pathlib import Path

import hashlib
from datetime import timedelta

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from pim_docs import pipeline
from pim_docs.catalogue import Catalogue
from pim_docs.config import environment, fingerprint
from pim_docs.ingest import sha256_of
from pim_docs.ingest.entries import Entry, display_name
from pim_docs.ingest.guard import convert_guarded
from pim_docs.model import ConversionResult, Document, Report
from pim_docs.reports import writer


def _retry_on_io(task, task_run, state) -> bool:
    try:
        state.result()
    except OSError:
        return True
    except Exception:  # noqa: BLE001 - anything else is a bug or bad data: no retry
        return False
    return False


def _key(stage: str, *parts: str) -> str:
    # the key names a file in Prefect's result storage: hashed, whatever the length of the name
    return f"{stage}-" + hashlib.sha256("\0".join(parts).encode()).hexdigest()


def _file_key(context, parameters) -> str:
    path = Path(parameters["path"])
    try:
        return _key("convert", sha256_of(path), fingerprint(), environment(),
                    parameters.get("name") or display_name(path.name))
    except OSError:  # unreadable now: the task itself reports it; nothing to cache
        return f"convert-uncached-{context.task_run.id}"


def _result_key(context, parameters) -> str:
    res = parameters["res"]
    if not res.sha256:  # a file that could not even be hashed: never cached
        return f"analyse-uncached-{context.task_run.id}"
    return _key("analyse", res.sha256, fingerprint(), environment(), res.source_file)


KEEP = timedelta(days=30)


@task(name="convert", retries=2, retry_delay_seconds=1, retry_condition_fn=_retry_on_io,
      cache_key_fn=_file_key, persist_result=True, cache_expiration=KEEP,
      task_run_name="convert-{name}")
def convert_task(path: Path, name: str = "") -> ConversionResult:
    """``name``: the file's name as given (a link's, not its target's); part of the cache key."""
    try:
        res = convert_guarded(path)  # in a child process, under the per-file time and memory limits
        res.source_file = name or res.source_file
        return res
    except OSError:
        raise
    except Exception as exc:  # noqa: BLE001 - reported as a failed file, the batch goes on
        return pipeline.failed_result(path, exc)


@task(name="analyse", cache_key_fn=_result_key, persist_result=True, cache_expiration=KEEP,
      task_run_name="analyse-{res.source_file}")
def analyse_task(res: ConversionResult) -> Report:
    try:
        return pipeline.analyse_guarded(res)  # under the same limits as reading
    except Exception as exc:  # noqa: BLE001
        return pipeline.analyse(pipeline.failed_result(Path(res.source_file), exc))


@task(name="write-reports", retries=2, retry_delay_seconds=1, retry_condition_fn=_retry_on_io,
      cache_policy=NO_CACHE, task_run_name="write-{report.source_file}")
def write_task(folder: Path, report: Report, document: Document | None) -> Path:
    writer.write_document(folder, report, document)
    return folder


@task(name="register", retries=2, retry_delay_seconds=1, retry_condition_fn=_retry_on_io, cache_policy=NO_CACHE)
def register_task(out_dir: Path, entries: list[tuple[Path, Report, Path]]) -> None:
    """Record every report in ``OUT/catalogue.sqlite`` (analysts' clusters and the portfolio read it).
    Each file name is its own submission: processing a changed file again makes version 2."""
    cat = Catalogue.at(out_dir)
    for path, report, folder in entries:
        if report.sha256:
            cat.register(report, display_name(str(Path(path).resolve())), str(Path(folder).resolve()),
                         key=f"file|{report.source_file}")


@task(name="portfolio", cache_policy=NO_CACHE)
def portfolio_task(out_dir: Path, entries: list[tuple[Report, Path]], skipped: list[dict]) -> dict:
    return writer.write_portfolio(out_dir, Catalogue.at(out_dir), skipped, listed=entries)


@flow(name="pim-docs-process", validate_parameters=False)
def process_documents(files: list[Entry], out_dir: Path, skipped: list[dict] | None = None,
                      progress=None) -> list[Report]:
    """Read every file, write its reports, then the portfolio index. ``progress(name)`` is
    called after each document (the CLI's progress bar)."""
    out_dir = Path(out_dir)
    folders = writer.assign_folders([f.path for f in files], out_dir)
    entries: list[tuple[Report, Path]] = []
    for f in files:
        res = convert_task(f.path, f.name)
        # quote(): large document objects are handed over as they are, not traversed by Prefect
        report = analyse_task(quote(res))
        entries.append((report, write_task(folders[f.path], quote(report), quote(res.document))))
        if progress:
            progress(f.name)
    register_task(out_dir, quote([(f.path, r, folder) for f, (r, folder) in zip(files, entries)]))
    portfolio_task(out_dir, quote(entries), skipped or [])
    return [r for r, _ in entries]
