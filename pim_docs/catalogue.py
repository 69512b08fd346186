"""The catalogue: every file ever seen, every version of every submission, its sections and
actions, the ingestion runs and the leases of files being processed. SQLite by default, any
SQLAlchemy URL works; ``postgresql://`` uses psycopg 3 (``postgresql+psycopg://``).

A submission is one city's document of one type in one network (or, without a city, the
file's name); a city that resubmits gets version 2, 3, … Registration of a version is one
transaction, keyed by the file's SHA-256, so a file is never recorded twice. Runs working on
one inbox at the same time claim each file first (``claim``: a lease per content hash, held
by one run until it is released or expires), so no file is processed twice.
"""
from __future__ import annotations

import datetime as dt
import os
import socket
import time
from pathlib import Path

from sqlalchemy import (Column, Float, ForeignKey, Integer, MetaData, String, Table, Text, UniqueConstraint,
                        create_engine, delete, func, insert, or_, select, update)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, NoSuchModuleError

from .model import Report

SCHEMA_VERSION = 1
meta = MetaData()

info = Table("info", meta, Column("key", String(40), primary_key=True), Column("value", Text))
submissions = Table(
    "submissions", meta,
    Column("id", Integer, primary_key=True),
    Column("key", String(300), nullable=False, unique=True),
    Column("city", String(120)), Column("network", String(40)), Column("document_type", String(40)),
    Column("first_seen", String(40)),
)
versions = Table(
    "versions", meta,
    Column("id", Integer, primary_key=True),
    Column("submission_id", ForeignKey("submissions.id"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("source_file", Text), Column("archive_path", Text), Column("report_dir", Text),
    Column("received_at", String(40)), Column("processing", String(20)), Column("verdict", String(20)),
    Column("status", String(20)), Column("pages", Integer),
    UniqueConstraint("submission_id", "version"),
)
sections = Table(
    "sections", meta,
    Column("version_id", ForeignKey("versions.id"), primary_key=True),
    Column("section_id", String(40), primary_key=True),
    Column("status", String(20)), Column("heading", Text), Column("page", Integer), Column("confidence", Float),
)
actions = Table(
    "actions", meta,
    Column("version_id", ForeignKey("versions.id"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("title", Text), Column("theme", String(40)), Column("sub_theme", String(60)), Column("strand", String(60)),
    Column("responsible", Text), Column("timeline", Text), Column("cost", Text), Column("funding", Text),
    Column("indicator", Text), Column("page", Integer), Column("type", String(30)),
)
runs = Table(
    "runs", meta,
    Column("id", Integer, primary_key=True),
    Column("started_at", String(40)), Column("finished_at", String(40)),
    Column("seen", Integer, default=0), Column("processed", Integer, default=0),
    Column("unchanged", Integer, default=0), Column("failed", Integer, default=0),
)
leases = Table(  # a file (by content) being processed by one run; added to older catalogues by create_all
    "leases", meta,
    Column("sha256", String(64), primary_key=True),
    Column("owner", String(80), nullable=False),
    Column("expires_at", Float, nullable=False),  # seconds since the epoch (the claiming host's clock)
    Column("claimed_at", String(40)), Column("host", String(200)),
)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def submission_key(report: Report) -> str:
    if report.city and report.document_type != "unknown":
        return f"{report.document_type}|{report.network}|{report.city}"
    return f"{report.document_type}|{report.network}|file:{report.source_file.lower()}"


class CatalogueUnavailable(RuntimeError):
    """The catalogue's database cannot be reached or opened; the message is Polish and never
    holds a password (``where`` is the URL without it)."""

    def __init__(self, where: str, reason: str):
        super().__init__(f"Nie można połączyć się z bazą katalogu ({where}): {reason}.")
        self.where, self.reason = where, reason


def engine_url(url: str | URL) -> URL:
    """The SQLAlchemy URL to connect with: ``postgresql://`` and ``postgres://`` use psycopg 3
    (SQLAlchemy's default for them would be psycopg2)."""
    u = make_url(url)
    if u.drivername in ("postgresql", "postgres"):
        u = u.set(drivername="postgresql+psycopg")
    return u


def safe_url(url: str | URL) -> str:
    """The URL as an operator may read it: driver, user, host:port and database, no password."""
    try:
        u = make_url(url)
    except (ArgumentError, ValueError):
        return "nieprawidłowy adres"
    if u.drivername.startswith("sqlite"):
        return f"sqlite:///{u.database or ''}"
    host = f"{u.host or 'localhost'}:{u.port or 5432}" if u.drivername.startswith("postgres") else (u.host or "")
    if u.port and not u.drivername.startswith("postgres"):
        host += f":{u.port}"
    user = f"{u.username}@" if u.username else ""
    return f"{u.drivername.split('+')[0]}://{user}{host}/{u.database or ''}"


def _reason(exc: BaseException, password: str | None) -> str:
    """What went wrong connecting, in Polish, from the driver's message."""
    text = str(getattr(exc, "orig", None) or exc)
    low = text.lower()
    if any(k in low for k in ("password authentication failed", "authentication failed", "no password supplied",
                              "peer authentication", "role \"")):
        return "odmowa dostępu — sprawdź użytkownika i hasło"
    if "database \"" in low and "does not exist" in low:
        return "nie ma takiej bazy danych na serwerze"
    if any(k in low for k in ("could not translate host name", "name or service not known", "failed to resolve",
                              "nodename nor servname", "temporary failure in name resolution")):
        return "nieznana nazwa serwera"
    if any(k in low for k in ("connection refused", "timeout expired", "timed out", "could not connect",
                              "no such file or directory", "server closed the connection", "connection failed",
                              "is the server running")):
        return "serwer nie odpowiada"
    if "unable to open database file" in low:
        return "nie można otworzyć pliku bazy (brak folderu lub uprawnień)"
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    if password:
        first = first.replace(password, "***")
    return f"błąd połączenia: {first[:200]}"


def _start_ticks(pid: int) -> str | None:
    """When a process started (Linux: clock ticks since boot, /proc/PID/stat field 22), so a
    reused process id is not taken for the process that held a lease."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()[19]


def holder_id() -> str:
    """This process as a lease's holder: host:pid:start."""
    return f"{socket.gethostname()}:{os.getpid()}:{_start_ticks(os.getpid()) or ''}"[:200]


def holder_is_dead(holder: str | None) -> bool:
    """True only when the holder certainly no longer runs: a process on this host whose id is
    gone (or now belongs to a process started later). Another host's holder is never judged:
    its lease simply expires."""
    try:
        host, pid_s, start = (holder or "").rsplit(":", 2)
        pid = int(pid_s)
    except ValueError:
        return False
    if host != socket.gethostname() or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        pass  # alive, another user's
    return bool(start) and _start_ticks(pid) not in (None, start)


class Catalogue:
    def __init__(self, url: str, connect_timeout: int = 10):
        where = safe_url(url)
        try:
            u = engine_url(url)
        except (ArgumentError, ValueError):
            raise CatalogueUnavailable(where, "nieprawidłowy adres bazy (np. postgresql://użytkownik:hasło@host:5432/baza "
                                              "albo sqlite:///ścieżka/catalogue.sqlite)") from None
        self.url = u
        connect_args: dict = {}
        if u.drivername.startswith("postgresql") and "connect_timeout" not in u.query:
            connect_args["connect_timeout"] = connect_timeout  # a host that does not answer: fail, do not hang
        if u.drivername.startswith("sqlite"):
            connect_args["timeout"] = 30  # concurrent runs on one SQLite file wait for each other's writes
        try:
            self.engine = create_engine(u, future=True, connect_args=connect_args)
        except (NoSuchModuleError, ImportError) as exc:
            raise CatalogueUnavailable(where, f"nieobsługiwany rodzaj bazy ({u.drivername}: {exc})") from None
        try:
            with self.engine.connect():
                pass
        except DBAPIError as exc:
            raise CatalogueUnavailable(where, _reason(exc, u.password)) from None
        for attempt in range(3):
            try:
                meta.create_all(self.engine)
                break
            except DBAPIError:  # two runs creating a new catalogue at the same moment: the loser looks again
                if attempt == 2:
                    raise
                time.sleep(0.2)
        try:
            with self.engine.begin() as c:
                if c.execute(select(info.c.value).where(info.c.key == "schema_version")).first() is None:
                    c.execute(insert(info).values(key="schema_version", value=str(SCHEMA_VERSION)))
        except IntegrityError:
            pass  # another run created it at the same moment
        with self.engine.connect() as c:
            row = c.execute(select(info.c.value).where(info.c.key == "schema_version")).first()
            if int(row[0]) > SCHEMA_VERSION:
                raise RuntimeError(f"Katalog ma nowszy schemat ({row[0]}) niż ta wersja pim-docs ({SCHEMA_VERSION}).")

    @classmethod
    def at(cls, folder: Path) -> "Catalogue":
        folder.mkdir(parents=True, exist_ok=True)
        return cls(f"sqlite:///{folder / 'catalogue.sqlite'}")

    # ------------------------------------------------------------- writing
    def version_of(self, sha256: str) -> dict | None:
        """Version number and arrival of the file with this content, if registered."""
        with self.engine.connect() as c:
            row = c.execute(select(versions.c.version, versions.c.received_at, versions.c.report_dir)
                            .where(versions.c.sha256 == sha256)).first()
        return dict(row._mapping) if row else None

    def known(self, sha256: str) -> bool:
        with self.engine.connect() as c:
            return c.execute(select(versions.c.id).where(versions.c.sha256 == sha256)).first() is not None

    def register(self, report: Report, archive_path: str | None, report_dir: str | None,
                 key: str | None = None, refresh: bool = False) -> int:
        """Record one processed file as the next version of its submission (one transaction).

        Two runs racing on one file: the loser's transaction fails on the unique hash and the
        retry finds the winner's row."""
        for attempt in range(3):
            try:
                return self._register(report, archive_path, report_dir, key, refresh)
            except IntegrityError:
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _register(self, report: Report, archive_path: str | None, report_dir: str | None,
                  key: str | None = None, refresh: bool = False) -> int:
        """``key`` names the submission the file is a version of; by default the city's
        document of that type and network (an inbox: a resubmission is the next version).
        ``refresh``: the same content read again (e.g. a scan now that OCR is installed)
        replaces what its version recorded; it stays the same version."""
        key = key or submission_key(report)
        with self.engine.begin() as c:
            existing = c.execute(select(versions.c.id, versions.c.submission_id)
                                 .where(versions.c.sha256 == report.sha256)).first()
            if existing and not refresh:
                return existing[0]
            if existing:
                vid = existing[0]
                self._move(c, vid, existing[1], key, report)
                c.execute(update(versions).where(versions.c.id == vid).values(
                    source_file=report.source_file, archive_path=archive_path, report_dir=report_dir,
                    processing=report.processing.status, verdict=report.completeness.verdict,
                    status=report.status, pages=report.pages))
                c.execute(sections.delete().where(sections.c.version_id == vid))
                c.execute(actions.delete().where(actions.c.version_id == vid))
                self._details(c, vid, report)
                return vid
            sub = c.execute(select(submissions.c.id).where(submissions.c.key == key)).first()
            sub_id = sub[0] if sub else c.execute(insert(submissions).values(
                key=key, city=report.city, network=report.network, document_type=report.document_type,
                first_seen=_now())).inserted_primary_key[0]
            n = c.execute(select(func.coalesce(func.max(versions.c.version), 0))
                          .where(versions.c.submission_id == sub_id)).scalar_one()
            vid = c.execute(insert(versions).values(
                submission_id=sub_id, version=n + 1, sha256=report.sha256, source_file=report.source_file,
                archive_path=archive_path, report_dir=report_dir, received_at=_now(),
                processing=report.processing.status, verdict=report.completeness.verdict, status=report.status,
                pages=report.pages)).inserted_primary_key[0]
            self._details(c, vid, report)
            return vid

    @staticmethod
    def _move(c, vid: int, sub_id: int, key: str, report: Report) -> None:
        """A version read again may now belong to another submission (a scan whose city is
        known only after OCR): it becomes that submission's next version."""
        right = c.execute(select(submissions.c.id).where(submissions.c.key == key)).first()
        if right and right[0] == sub_id:
            return
        alone = c.execute(select(func.count(versions.c.id)).where(versions.c.submission_id == sub_id)).scalar_one() == 1
        if right is None and alone:
            c.execute(update(submissions).where(submissions.c.id == sub_id).values(
                key=key, city=report.city, network=report.network, document_type=report.document_type))
            return
        target = right[0] if right else c.execute(insert(submissions).values(
            key=key, city=report.city, network=report.network, document_type=report.document_type,
            first_seen=_now())).inserted_primary_key[0]
        n = c.execute(select(func.coalesce(func.max(versions.c.version), 0))
                      .where(versions.c.submission_id == target)).scalar_one()
        c.execute(update(versions).where(versions.c.id == vid).values(submission_id=target, version=n + 1))
        if alone:
            c.execute(submissions.delete().where(submissions.c.id == sub_id))

    @staticmethod
    def _details(c, vid: int, report: Report) -> None:
        """The sections and actions of one registered version."""
        if report.sections:
            c.execute(insert(sections), [dict(version_id=vid, section_id=s.id, status=s.status, heading=s.heading,
                                              page=s.page, confidence=s.confidence) for s in report.sections])
        if report.actions:
            c.execute(insert(actions), [dict(version_id=vid, idx=i, title=a.title, theme=a.theme,
                                             sub_theme=a.sub_theme, strand=a.strand, responsible=a.responsible,
                                             timeline=a.timeline, cost=a.cost, funding=a.funding,
                                             indicator=a.indicator, page=a.page, type=a.type)
                                        for i, a in enumerate(report.actions)])

    # ------------------------------------------------------------- leases
    def claim(self, sha256: str, owner: str, ttl: float) -> bool:
        """Take the lease on a file's content for ``ttl`` seconds; False when another run holds
        a lease that has not expired. Each step is one atomic statement in its own transaction:
        an INSERT (the content hash is the primary key, so of two runs inserting at once one
        fails) or, over an existing lease, an UPDATE … WHERE expired-or-mine (PostgreSQL
        re-checks the condition on the row the other transaction committed; SQLite writes one
        at a time), so at most one run holds a file at any moment. A lease whose holder was a
        process on this machine that no longer runs (killed) is taken at once, the same way."""
        values = dict(owner=owner, claimed_at=_now(), host=holder_id())
        for _ in range(3):
            now = time.time()
            try:
                with self.engine.begin() as c:
                    c.execute(insert(leases).values(sha256=sha256, expires_at=now + ttl, **values))
                return True
            except IntegrityError:
                pass
            with self.engine.begin() as c:
                taken = c.execute(update(leases)
                                  .where(leases.c.sha256 == sha256,
                                         or_(leases.c.expires_at < now, leases.c.owner == owner))
                                  .values(expires_at=now + ttl, **values)).rowcount
                if taken == 1:
                    return True
                held = c.execute(select(leases.c.owner, leases.c.host).where(leases.c.sha256 == sha256)).first()
            if held is not None:
                if not holder_is_dead(held.host):
                    return False  # held by a live run
                # a run killed on this machine: take its file now rather than after the TTL (only
                # if the lease is still that dead run's: of two runs doing this, one succeeds)
                with self.engine.begin() as c:
                    return c.execute(update(leases).where(leases.c.sha256 == sha256, leases.c.owner == held.owner,
                                                          leases.c.host == held.host)
                                     .values(expires_at=now + ttl, **values)).rowcount == 1
            # released between our INSERT and UPDATE: try again
        return False

    def renew(self, owner: str, ttl: float) -> int:
        """Extend every lease the run holds (a run alive is a run still working); how many."""
        with self.engine.begin() as c:
            return c.execute(update(leases).where(leases.c.owner == owner)
                             .values(expires_at=time.time() + ttl)).rowcount

    def release(self, sha256: str, owner: str) -> None:
        with self.engine.begin() as c:
            c.execute(delete(leases).where(leases.c.sha256 == sha256, leases.c.owner == owner))

    def release_all(self, owner: str) -> None:
        with self.engine.begin() as c:
            c.execute(delete(leases).where(leases.c.owner == owner))

    def lease_of(self, sha256: str) -> dict | None:
        """Who holds the file and until when (``expires_at``: seconds since the epoch)."""
        with self.engine.connect() as c:
            row = c.execute(select(leases).where(leases.c.sha256 == sha256)).first()
        return dict(row._mapping) if row else None

    def start_run(self) -> int:
        with self.engine.begin() as c:
            return c.execute(insert(runs).values(started_at=_now())).inserted_primary_key[0]

    def finish_run(self, run_id: int, **counts: int) -> None:
        with self.engine.begin() as c:
            c.execute(update(runs).where(runs.c.id == run_id).values(finished_at=_now(), **counts))

    # ------------------------------------------------------------- questions
    def state(self) -> str:
        """Changes whenever a version is registered: views built from the catalogue record it,
        so a run can tell that they are out of date (e.g. a run killed before writing them)."""
        with self.engine.connect() as c:
            n, last = c.execute(select(func.count(versions.c.id), func.max(versions.c.id))).one()
        return f"{n}:{last or 0}"

    def versions_of_city(self, city: str) -> list[dict]:
        """All versions of every submission of a city, oldest first."""
        q = (select(submissions.c.document_type, submissions.c.network, versions.c.version, versions.c.source_file,
                    versions.c.verdict, versions.c.status, versions.c.received_at, versions.c.id)
             .join(versions, versions.c.submission_id == submissions.c.id)
             .where(submissions.c.city == city).order_by(submissions.c.id, versions.c.version))
        with self.engine.connect() as c:
            return [dict(r._mapping) for r in c.execute(q)]

    def actions_of_theme(self, theme: str, latest_only: bool = True) -> list[dict]:
        q = (select(submissions.c.city, submissions.c.network, versions.c.version, actions.c.title, actions.c.theme,
                    actions.c.responsible, actions.c.timeline, actions.c.cost, versions.c.id.label("version_id"),
                    versions.c.submission_id)
             .join(versions, actions.c.version_id == versions.c.id)
             .join(submissions, versions.c.submission_id == submissions.c.id)
             .where(actions.c.theme == theme).order_by(submissions.c.city, actions.c.idx))
        with self.engine.connect() as c:
            rows = [dict(r._mapping) for r in c.execute(q)]
        if latest_only:
            latest = self._latest_ids()
            rows = [r for r in rows if r["version_id"] in latest]
        return rows

    def _latest_ids(self) -> set[int]:
        sub = (select(versions.c.submission_id, func.max(versions.c.version).label("v"))
               .group_by(versions.c.submission_id).subquery())
        q = select(versions.c.id).join(sub, (versions.c.submission_id == sub.c.submission_id)
                                       & (versions.c.version == sub.c.v))
        with self.engine.connect() as c:
            return {r[0] for r in c.execute(q)}

    def latest(self) -> list[dict]:
        """The latest version of every submission (what the portfolio shows)."""
        latest = self._latest_ids()
        q = (select(versions.c.id, versions.c.version, versions.c.source_file, versions.c.received_at,
                    versions.c.verdict, versions.c.status, versions.c.processing, versions.c.report_dir,
                    submissions.c.city, submissions.c.network, submissions.c.document_type)
             .join(submissions, versions.c.submission_id == submissions.c.id).order_by(versions.c.id))
        with self.engine.connect() as c:
            return [dict(r._mapping) for r in c.execute(q) if r.id in latest]

    def action_changes(self, version_id: int) -> dict:
        """Actions added and removed in a resubmission (by title, against the previous version)."""
        with self.engine.connect() as c:
            v = c.execute(select(versions.c.submission_id, versions.c.version).where(versions.c.id == version_id)).first()
            if v is None or v.version == 1:
                return {"added": [], "removed": []}
            prev = c.execute(select(versions.c.id).where((versions.c.submission_id == v.submission_id)
                                                         & (versions.c.version == v.version - 1))).scalar_one()

            def titles(vid: int) -> list[str]:
                return [r[0] for r in c.execute(select(actions.c.title).where(actions.c.version_id == vid)
                                                .order_by(actions.c.idx))]
            old, new = titles(prev), titles(version_id)
        return {"added": [t for t in new if t not in old], "removed": [t for t in old if t not in new]}

    def latest_report_dirs(self) -> list[str]:
        latest = self._latest_ids()
        with self.engine.connect() as c:
            return [r[0] for r in c.execute(select(versions.c.report_dir, versions.c.id))
                    if r[1] in latest and r[0]]

    def section_changes(self, version_id: int) -> list[dict]:
        """What changed in a resubmission: section statuses against the previous version."""
        with self.engine.connect() as c:
            v = c.execute(select(versions.c.submission_id, versions.c.version).where(versions.c.id == version_id)).first()
            if v is None or v.version == 1:
                return []
            prev = c.execute(select(versions.c.id).where((versions.c.submission_id == v.submission_id)
                                                         & (versions.c.version == v.version - 1))).scalar_one()
            old = dict(c.execute(select(sections.c.section_id, sections.c.status).where(sections.c.version_id == prev)).all())
            new = dict(c.execute(select(sections.c.section_id, sections.c.status)
                                 .where(sections.c.version_id == version_id)).all())
        return [{"section": s, "before": old.get(s, "missing"), "after": new.get(s, "missing")}
                for s in new if old.get(s, "missing") != new.get(s)]
