"""Scheduled ingestion: inbox -> immutable archive -> process -> catalogue -> portfolio.

Every file in the inbox is accounted for: new content is archived under its SHA-256,
processed (the same tasks as `pim-docs process`) and registered as the next version of its
submission; content already in the catalogue is counted as unchanged and not processed
again; unreadable files get their report (status "failed") and a copy in `quarantine/`.
A run killed half-way is simply run again: what was registered is skipped, the rest is done.
"""
from __future__ import annotations

import contextlib
import re
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ProcessPoolTaskRunner
from prefect.utilities.annotations import quote

from flows.process import _retry_on_io, analyse_task, convert_task, write_task
from pim_docs.catalogue import Catalogue
from pim_docs.ingest import sha256_of
from pim_docs.ingest.entries import Walk, copy_private, display_name, walk
from pim_docs.model import Report
from pim_docs.reports import writer
from pim_docs.reports.labels import VERDICTS, network, theme


def task_runner(workers: int = 1, dask: str | None = None):
    """How documents run at once: threads (1 worker), local processes (N), or a Dask cluster
    (``dask="local"`` starts one with N worker processes; otherwise a scheduler address)."""
    if dask:
        from prefect_dask import DaskTaskRunner

        if dask == "local":
            return DaskTaskRunner(cluster_kwargs={"n_workers": max(workers, 1), "threads_per_worker": 1,
                                                  "processes": True, "dashboard_address": None})
        return DaskTaskRunner(address=dask)
    if workers > 1:
        return WarmProcessPoolTaskRunner(max_workers=workers)
    return None


class WarmProcessPoolTaskRunner(ProcessPoolTaskRunner):
    """Prefect's process pool, with workers forked from a fork server that has imported the
    libraries and loaded the models once (``pim_docs.warm``). Prefect's own runner spawns
    fresh interpreters, each spending ~5 s on imports before its first document; the fork
    server lives as long as this process, so `pim-docs serve` pays that once, not every run."""

    def __enter__(self):
        super().__enter__()
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from prefect import task_runners

        # the spawn pool made above has started no process yet: swap it for a forking one
        self._executor.shutdown(wait=False)
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["pim_docs.warm", "flows.ingest"])
        self._executor = ProcessPoolExecutor(
            max_workers=self._max_workers, mp_context=ctx,
            initializer=task_runners._initialize_process_pool_worker,
            initargs=(self._subprocess_message_queue, self._initializer, self._initargs))
        return self


def run_ingest(workers: int = 1, dask: str | None = None, **params) -> dict:
    """`ingest_inbox` with the chosen task runner."""
    runner = task_runner(workers, dask)
    with session(parallel=runner is not None):
        if runner is None:
            return ingest_inbox(**params)
        return ingest_inbox.with_options(task_runner=runner)(parallel=True, **params)


@contextlib.contextmanager
def session(parallel: bool = False):
    """Prefect settings for our own flow runs.

    - Flow heartbeats off: the heartbeat thread sleeps in 1-s steps and every flow run waits
      for it to end, up to 1 s per run; a crashed run is reported by the runner anyway.
    - No server configured (``PREFECT_API_URL`` unset): one temporary server for the whole
      session, started here rather than lazily by the first flow call, so that worker
      processes share it (otherwise every worker starts a server of its own) and so that
      its start is serialised with other pim-docs processes (``temporary_server``).
      (``parallel`` is kept for callers: the server is shared either way.)
    """
    from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    updates = {PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}
    if not PREFECT_API_URL.value():
        updates[PREFECT_API_URL] = temporary_server().api_url
    with temporary_settings(updates=updates):
        yield


def temporary_server():
    """Start (once per process) the temporary Prefect server, the instance Prefect's own
    client would start, while holding a lock file in PREFECT_HOME.

    Two runs starting at once (two `serve --once` on one inbox) both start a server on the
    same database, ``PREFECT_HOME/prefect.db``; each server migrates it on start, and the
    second one's migration then fails ("Online migration expected to match one row when
    updating … in 'alembic_version'; 0 found") and the server exits. They may also pick the
    same free port, and the loser then talks to the other run's server. Under the lock the
    second server starts after the first is up: the database is migrated and the first port
    taken. Once started, the servers share the database safely (SQLite WAL, busy timeout)."""
    from prefect.server.api.server import SubprocessASGIServer
    from prefect.settings import PREFECT_HOME, PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS

    server = SubprocessASGIServer()  # the instance this process's own client uses
    if server.running:
        return server
    home = Path(PREFECT_HOME.value()).expanduser()
    home.mkdir(parents=True, exist_ok=True)
    # a fresh PREFECT_HOME is migrated on first start: tens of seconds on a loaded machine
    timeout = max(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value(), 120)
    with open(home / ".pim-docs-server-start.lock", "a+") as lock:
        try:
            import fcntl

            fcntl.flock(lock, fcntl.LOCK_EX)
        except ImportError:  # not POSIX: no lock (one run at a time)
            pass
        server.start(timeout=timeout)
    return server


def scan(inbox: Path, settle_seconds: float = 2.0) -> Walk:
    """Files ready to read, files still being written, and every other entry with its reason
    (links leaving the inbox, pipes, lock files): nothing in the inbox goes unmentioned."""
    return walk(inbox, settle_seconds=settle_seconds)


@task(name="archive", retries=2, retry_delay_seconds=1, retry_condition_fn=_retry_on_io, cache_policy=NO_CACHE,
      task_run_name="archive-{sha}")
def archive_task(path: Path, sha: str, archive: Path) -> Path:
    """Copy into the archive under the content hash (write to a temp file, then rename); the
    copy is readable by its owner only, and no link is followed."""
    target = archive / sha[:2] / f"{sha}{display_name(path.suffix).lower()}"
    if not target.exists():
        writer.atomic_file(target, lambda tmp: copy_private(path, tmp))
    return target


@task(name="process-document", cache_policy=NO_CACHE, task_run_name="process-{name}")
def document_task(archived: Path, name: str, folder: Path, quarantine: Path) -> Report:
    """convert -> analyse -> write reports for one archived file (the stages of `pim-docs process`)."""
    res = convert_task.fn(archived)
    res.source_file = name
    report = analyse_task.fn(res)
    write_task.fn(folder, report, res.document)
    if report.processing.status == "failed":
        quarantine.mkdir(parents=True, exist_ok=True)
        stem = folder.name.rsplit("_", 1)[-1]
        copy_private(archived, quarantine / f"{stem}{archived.suffix}")
        writer.atomic_write(quarantine / f"{stem}.txt", f"{name}\n" + "\n".join(report.processing.errors) + "\n")
    return report


@task(name="register", retries=2, retry_delay_seconds=1, retry_condition_fn=_retry_on_io, cache_policy=NO_CACHE)
def register_task(db_url: str, report: Report, archived: Path, folder: Path, refresh: bool = False) -> int:
    return Catalogue(db_url).register(report, str(archived), str(folder), refresh=refresh)


def read_again(cat: Catalogue, sha: str) -> bool:
    """A file already registered is read again only when what stopped its reading is gone:
    a scan read while no OCR engine was installed, now that one is."""
    from pim_docs.config import limits
    from pim_docs.ingest import ocr

    row = cat.version_of(sha) or {}
    report = Path(row.get("report_dir") or "") / "report.json"
    if not row.get("report_dir") or not report.is_file():
        return False
    try:
        codes = Report.model_validate_json(report.read_text(encoding="utf-8")).processing.codes
    except ValueError:
        return False
    return "ocr_unavailable" in codes and ocr.available(limits().ocr_lang)


@task(name="ingest-document", retries=2, retry_delay_seconds=1, retry_condition_fn=_retry_on_io,
      cache_policy=NO_CACHE, task_run_name="ingest-{name}")
def ingest_one_task(path: Path, name: str, sha: str, archive: Path, folder: Path, quarantine: Path,
                    db_url: str, refresh: bool = False) -> Report:
    """archive -> process -> register -> publish for one document, as one unit for a worker
    process or Dask: the orchestrating process only waits."""
    archived = archive_task.fn(path, sha, archive)
    report = document_task.fn(archived, name, folder, quarantine)
    register_task.fn(db_url, report, archived, folder, refresh)
    publish_task.fn(report)
    return report


@task(name="publish", cache_policy=NO_CACHE)
def publish_task(report: Report) -> None:
    """Markdown (completeness, in Polish) and table (actions) artifacts under a stable key per submission."""
    key = re.sub(r"[^a-z0-9-]+", "-", writer.safe_name(f"{report.city or ''}-{report.document_type}-"
                                                        f"{report.network or ''}-{report.source_file}")).strip("-")[:90]
    lines = [f"# {report.city or report.source_file}: {report.document_type}",
             f"Sieć: {network(report.network)} · plik: {report.source_file} · ocena: **{VERDICTS[report.completeness.verdict]}**",
             "", report.completeness.summary or "", "", "| część | stan |", "|---|---|"]
    lines += [f"| {s.name or s.id} | {s.status} |" for s in report.sections]
    create_markdown_artifact(key=f"kompletnosc-{key}", markdown="\n".join(lines),
                             description=f"Kompletność: {report.source_file}")
    create_table_artifact(key=f"dzialania-{key}", table=[{
        "działanie": a.title, "temat": theme(a.theme), "odpowiedzialny": a.responsible or "—",
        "termin": a.timeline or "—", "koszt": a.cost or "—"} for a in report.actions] or [{"działanie": "—"}],
        description=f"Działania: {report.source_file}")


class LeaseKeeper:
    """Keeps a run's leases alive: renews them every third of their TTL from a background
    thread, so a slow document is never taken over by another run while this one works on it,
    while a run that dies stops renewing and its files are free again after at most the TTL."""

    def __init__(self, cat: Catalogue, owner: str, ttl: float):
        import threading

        self.cat, self.owner, self.ttl = cat, owner, ttl
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"pim-docs-leases-{owner}", daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(max(self.ttl / 3, 0.5)):
            with contextlib.suppress(Exception):  # a missed renewal is retried; the TTL leaves room for two
                self.cat.renew(self.owner, self.ttl)

    def __enter__(self) -> "LeaseKeeper":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.cat.release_all(self.owner)  # whatever is left (a document that raised): free for the next run


LEASE_TTL = 300.0


@flow(name="pim-docs-ingest")
def ingest_inbox(inbox: str, out: str, db_url: str | None = None, settle_seconds: float = 2.0,
                 parallel: bool = False, lease_ttl: float = LEASE_TTL) -> dict:
    """One pass over the inbox. Returns the counts of the run.

    Runs may overlap (two `serve` on one inbox, a manual run during a scheduled one): each
    file is claimed in the catalogue before it is processed (a lease per content hash, owned
    by this run, renewed while the run lives, released once the file is registered); a file
    another live run holds is counted as ``elsewhere`` and left to it. A crashed run's
    leases expire after ``lease_ttl`` seconds and a later run takes the files."""
    log = get_run_logger()
    inbox_p, out_p = Path(inbox), Path(out)
    archive, quarantine = out_p / "archive", out_p / "quarantine"
    db_url = db_url or f"sqlite:///{out_p / 'catalogue.sqlite'}"
    out_p.mkdir(parents=True, exist_ok=True)
    cat = Catalogue(db_url)
    run_id = cat.start_run()
    owner = f"run-{run_id}"
    found = scan(inbox_p, settle_seconds)
    counts = {"seen": len(found.files), "processed": 0, "unchanged": 0, "failed": 0, "elsewhere": 0}
    skipped = [{"path": s.path, "reason": s.reason} for s in found.listed]
    pending, mine = [], set()
    with LeaseKeeper(cat, owner, lease_ttl):
        for entry in found.files:
            path, name = entry.path, entry.name
            try:
                sha = sha256_of(path)
            except OSError as exc:  # replaced or removed since the scan: listed, taken next time
                skipped.append({"path": name, "reason": f"nie można odczytać ({exc.strerror or exc})"})
                continue
            if sha in mine or (cat.known(sha) and not read_again(cat, sha)):
                counts["unchanged"] += 1
                continue
            if not cat.claim(sha, owner, lease_ttl):
                counts["elsewhere"] += 1  # another run is processing this content now
                continue
            refresh = cat.known(sha)
            if refresh and not read_again(cat, sha):  # registered by another run between our look and our claim
                cat.release(sha, owner)
                counts["unchanged"] += 1
                continue
            mine.add(sha)
            folder = out_p / "reports" / f"{writer.safe_name(name)}_{sha[:8]}"
            if parallel:  # one unit per document: a single hop to a worker process
                pending.append((sha, ingest_one_task.submit(path, name, sha, archive, folder, quarantine, db_url,
                                                            refresh)))
            else:
                archived = archive_task(path, sha, archive)
                report = document_task(archived, name, folder, quarantine)
                register_task(db_url, quote(report), archived, folder, refresh)
                cat.release(sha, owner)
                pending.append((sha, report))
        for sha, item in pending:
            if parallel:
                report = item.result()
                cat.release(sha, owner)
            else:
                report = item
                publish_task(quote(report))
            counts["processed"] += 1
            counts["failed"] += report.processing.status == "failed"
    skipped += [{"path": b.name, "reason": "plik jest jeszcze zapisywany — zostanie odczytany w następnym "
                                          "przebiegu"} for b in found.busy]
    if counts["processed"] or writer.portfolio_stale(out_p, cat, skipped):
        writer.write_portfolio(out_p, cat, skipped)
    cat.finish_run(run_id, **{k: v for k, v in counts.items() if k != "elsewhere"})
    log.info("inbox %s: %s (w trakcie zapisu: %d, pominięte: %d)", inbox, counts, len(found.busy), len(found.listed))
    return counts | {"busy": len(found.busy), "listed": len(found.listed)}
