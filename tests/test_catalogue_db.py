"""The catalogue on SQLite and on a real PostgreSQL server (tests/conftest.py: postgres_server):
versions, leases, concurrent ingestion runs, the CLI with `--db postgresql://…`, clear errors."""
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import docx
import pytest

from pim_docs import money
from pim_docs.catalogue import Catalogue, CatalogueUnavailable
from pim_docs.cli import main
from pim_docs.completeness import assess
from pim_docs.model import ActionResult, Report, SectionResult

from .conftest import PG_PASSWORD, corpus_file
from .test_ingest import _settle

ROOT = Path(__file__).resolve().parent.parent
TEXT = ("Miasto opisało tę część szczegółowo, z danymi, terminami i odpowiedzialnymi jednostkami, "
        "po uzgodnieniu z Lokalnym Partnerstwem. ") * 3
CITIES = ["Konin", "Kalisz", "Gniezno", "Leszno", "Piła", "Turek"]


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'catalogue.sqlite'}"
    return request.getfixturevalue("postgres_db")


def _report(city, n, actions=("Wymiana kotłów",), missing=("risks",)) -> Report:
    ids = ["summary", "actions", "budget", "risks"]
    sections = [SectionResult(id=s, status="missing" if s in missing else "present", required=True) for s in ids]
    acts = [ActionResult(title=t, theme="low_emission", cost="1 mln zł") for t in actions]
    r = Report(source_file=f"{city}_{n}.pdf", sha256=f"{city}{n}".encode().hex().ljust(64, "0")[:64],
               document_type="mid", city=city, network="air_quality", sections=sections, actions=acts)
    r.completeness = assess(sections, [])
    r.funding_summary = money.by_funding(acts)
    return r


def _mid(path: Path, city: str, with_risks: bool = False) -> Path:
    d = docx.Document()
    d.add_paragraph(f"Miejska Inicjatywa Działania – {city}").runs[0].bold = True
    d.add_paragraph("Sieć tematyczna: Jakość powietrza")
    heads = ["1. Diagnoza", "2. Cele", "3. Działania", "4. Harmonogram", "5. Budżet", "6. Interesariusze",
             "7. Wskaźniki"] + (["8. Analiza ryzyka"] if with_risks else [])
    for h in heads:
        d.add_heading(h, level=1)
        if h == "3. Działania":
            t = d.add_table(rows=3 if with_risks else 2, cols=3)
            rows = [["Nazwa działania", "Realizator", "Termin"],
                    [f"Wymiana kotłów węglowych w budynkach komunalnych ({city})", "ZGM", "2025–2027"],
                    ["Kontrole palenisk przez straż miejską", "Straż Miejska", "2025"]]
            for i in range(len(t.rows)):
                for j, v in enumerate(rows[i]):
                    t.cell(i, j).text = v
        d.add_paragraph(TEXT)
    d.save(str(path))
    return path


# --------------------------------------------------------------------------- catalogue and leases
def test_plain_postgresql_url_uses_psycopg3(postgres_db):
    cat = Catalogue(postgres_db)
    assert postgres_db.startswith("postgresql://") and cat.engine.dialect.driver == "psycopg"
    assert "psycopg2" not in sys.modules


def test_versions_latest_and_changes(db_url):
    cat = Catalogue(db_url)
    v1 = cat.register(_report("Kraków", 1, missing=("risks", "budget")), None, "/r/k1")
    assert cat.register(_report("Kraków", 1, missing=("risks", "budget")), None, "/r/k1") == v1  # same content
    v2 = cat.register(_report("Kraków", 2, actions=("Wymiana kotłów", "Kontrole palenisk")), None, "/r/k2")
    cat.register(_report("Rybnik", 1), None, "/r/r1")
    assert [v["version"] for v in cat.versions_of_city("Kraków")] == [1, 2]
    assert cat.version_of(_report("Kraków", 2).sha256)["version"] == 2
    assert cat.known(_report("Rybnik", 1).sha256) and not cat.known("f" * 64)
    assert sorted((r["city"], r["version"]) for r in cat.latest()) == [("Kraków", 2), ("Rybnik", 1)]
    assert sorted(cat.latest_report_dirs()) == ["/r/k2", "/r/r1"]
    assert cat.action_changes(v2) == {"added": ["Kontrole palenisk"], "removed": []}
    assert cat.section_changes(v2) == [{"section": "budget", "before": "missing", "after": "present"}]
    assert {(a["city"], a["version"]) for a in cat.actions_of_theme("low_emission")} == {("Kraków", 2), ("Rybnik", 1)}
    run = cat.start_run()
    cat.finish_run(run, seen=3, processed=3)


def test_lease_is_held_released_and_expires(db_url):
    cat, sha = Catalogue(db_url), "a" * 64
    assert cat.claim(sha, "run-1", ttl=60)
    assert not cat.claim(sha, "run-2", ttl=60)  # held by a live run
    assert cat.claim(sha, "run-1", ttl=60)  # the holder may claim again
    assert cat.lease_of(sha)["owner"] == "run-1"
    cat.release(sha, "run-2")  # not the holder: nothing happens
    assert cat.lease_of(sha)["owner"] == "run-1"
    cat.release(sha, "run-1")
    assert cat.lease_of(sha) is None and cat.claim(sha, "run-2", ttl=60)
    # a crashed run: its lease expires and another run takes the file
    assert cat.claim("b" * 64, "run-3", ttl=0.3) and not cat.claim("b" * 64, "run-4", ttl=60)
    time.sleep(0.5)
    assert cat.claim("b" * 64, "run-4", ttl=60)
    assert cat.renew("run-3", 60) == 0 and cat.renew("run-4", 60) == 1  # the old owner cannot renew it back
    cat.release_all("run-4")
    assert cat.lease_of("b" * 64) is None


def test_lease_of_a_killed_process_on_this_machine_is_taken_at_once(db_url):
    """`serve` killed (SIGKILL, power cut of one process): the next run on the machine need
    not wait for the TTL. A holder that still runs keeps its file."""
    import socket

    from sqlalchemy import insert

    from pim_docs.catalogue import _start_ticks, leases

    cat = Catalogue(db_url)
    proc = subprocess.Popen(["sleep", "60"])
    try:
        holder = f"{socket.gethostname()}:{proc.pid}:{_start_ticks(proc.pid)}"
        with cat.engine.begin() as c:
            c.execute(insert(leases).values(sha256="c" * 64, owner="run-killed", expires_at=time.time() + 3600,
                                            host=holder))
        assert not cat.claim("c" * 64, "run-next", ttl=60)  # alive: left to it
    finally:
        proc.kill()
        proc.wait()
    assert cat.claim("c" * 64, "run-next", ttl=60)  # killed: taken without waiting an hour
    assert cat.lease_of("c" * 64)["owner"] == "run-next"


def test_claim_is_atomic_under_contention(db_url):
    """8 runs (threads, each with its own connections) race for 30 files, a third of them held by
    a crashed run whose leases have expired: every file goes to exactly one run."""
    Catalogue(db_url)
    shas = [f"{i:064x}" for i in range(30)]
    crashed = Catalogue(db_url)
    for s in shas[:10]:
        assert crashed.claim(s, "run-crashed", ttl=0.01)
    time.sleep(0.05)
    won: dict[str, list[str]] = {s: [] for s in shas}
    errors: list[BaseException] = []
    barrier = threading.Barrier(8)

    def worker(n: int) -> None:
        try:
            cat = Catalogue(db_url)
            barrier.wait()
            for s in shas:
                if cat.claim(s, f"run-{n}", ttl=60):
                    won[s].append(f"run-{n}")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    assert all(len(w) == 1 for w in won.values()), {s[-4:]: w for s, w in won.items() if len(w) != 1}


# --------------------------------------------------------------------------- clear errors
def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("case", ["down", "password", "database", "url"])
def test_unreachable_catalogue_gives_one_polish_line(case, postgres_server, tmp_path, capsys):
    port = postgres_server["port"]
    url = {"down": f"postgresql://pim:{PG_PASSWORD}@127.0.0.1:{_free_port()}/pim",
           "password": f"postgresql://pim:zle-haslo-123@127.0.0.1:{port}/postgres",
           "database": f"postgresql://pim:{PG_PASSWORD}@127.0.0.1:{port}/nie_ma_takiej",
           "url": "postgresql://pim:zle-haslo-123@127.0.0.1:port/pim"}[case]
    reason = {"down": "serwer nie odpowiada", "password": "odmowa dostępu", "database": "nie ma takiej bazy",
              "url": "nieprawidłowy adres"}[case]
    with pytest.raises(CatalogueUnavailable):
        Catalogue(url)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for argv in (["clusters", "--db", url, "--out", str(tmp_path / "cl")],
                 ["serve", "--inbox", str(inbox), "--out", str(tmp_path / "out"), "--db", url, "--once"]):
        capsys.readouterr()
        assert main(argv) == 2
        err = capsys.readouterr().err
        lines = [x for x in err.splitlines() if x.strip()]
        assert len(lines) == 1 and lines[0].startswith("Nie można połączyć się z bazą katalogu"), err
        assert reason in err and "Traceback" not in err
        assert PG_PASSWORD not in err and "zle-haslo-123" not in err
        if case != "url":
            assert f"127.0.0.1:{url.split(':')[-1].split('/')[0]}" in err
    assert not (tmp_path / "out").exists()


def test_console_script_message_has_no_traceback(tmp_path):
    """The real command, as an operator types it: exit 2, one line, no password."""
    url = f"postgresql://pim:{PG_PASSWORD}@127.0.0.1:{_free_port()}/pim"
    r = subprocess.run([sys.executable, "-m", "pim_docs.cli", "clusters", "--db", url, "--out", str(tmp_path)],
                       capture_output=True, text=True, timeout=120, cwd=ROOT, env=_env(tmp_path))
    assert r.returncode == 2, r.stderr
    assert "Nie można połączyć się z bazą katalogu (postgresql://pim@127.0.0.1:" in r.stderr
    assert "serwer nie odpowiada" in r.stderr and "Traceback" not in r.stderr and PG_PASSWORD not in r.stderr


# --------------------------------------------------------------------------- two runs at once
def _env(tmp_path: Path, prefect_home: Path | None = None) -> dict:
    return dict(os.environ, PREFECT_HOME=str(prefect_home or tmp_path / "prefect"), PREFECT_API_URL="",
                PREFECT_SERVER_ANALYTICS_ENABLED="false", PYTHONPATH=str(ROOT),
                PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="300")  # a loaded machine starts it slowly


@pytest.fixture(scope="module")
def prefect_home(tmp_path_factory) -> Path:
    """One PREFECT_HOME for the concurrent-run tests: new (not yet migrated) for the first of
    them, so its two runs both start a temporary server on an unmigrated database."""
    return tmp_path_factory.mktemp("prefect_home")


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_two_serve_runs_at_once_process_every_file_once(backend, tmp_path, prefect_home, request):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    for city in CITIES:
        _mid(inbox / f"mid_{city.lower()}.docx", city)
    _settle(inbox)
    db = (f"sqlite:///{out / 'catalogue.sqlite'}" if backend == "sqlite" else request.getfixturevalue("postgres_db"))
    cmd = [sys.executable, "-m", "pim_docs.cli", "serve", "--inbox", str(inbox), "--out", str(out), "--once",
           "--db", db]
    env = _env(tmp_path, prefect_home)
    procs = [subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              start_new_session=True) for _ in range(2)]
    results = []
    try:
        for p in procs:
            stdout, stderr = p.communicate(timeout=900)
            results.append((p.returncode, stderr))
    finally:
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, 9)
                p.wait()
    for code, err in results:
        assert code == 0, err[-3000:]
    processed = []
    for _, err in results:
        m = re.search(r"Przebieg zakończony: przetworzone: (\d+) .*przetwarzane przez inny przebieg: (\d+)", err)
        assert m, err[-3000:]
        processed.append(int(m.group(1)))
    assert sum(processed) == len(CITIES), processed
    cat = Catalogue(db)
    from sqlalchemy import func, select

    from pim_docs.catalogue import leases, runs, versions

    with cat.engine.connect() as c:
        assert c.execute(select(func.count(), func.count(versions.c.sha256.distinct()))
                         .select_from(versions)).one() == (len(CITIES), len(CITIES))
        assert sorted(r[0] for r in c.execute(select(runs.c.processed))) == sorted(processed)
        assert c.execute(select(func.count()).select_from(leases)).scalar_one() == 0  # all released
    assert len(list((out / "reports").glob("*/report.json"))) == len(CITIES)
    assert "alembic" not in "".join(err for _, err in results).lower()  # both temporary servers started
    print(f"[{backend}] processed per run: {processed}")


# --------------------------------------------------------------------------- the flow and the CLI on PostgreSQL
@pytest.fixture(scope="module")
def prefect_server():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):  # a loaded CI machine starts it slowly
        yield


def test_a_file_held_by_another_run_is_left_to_it_until_its_lease_expires(prefect_server, db_url, tmp_path):
    from flows.ingest import ingest_inbox
    from pim_docs.ingest import sha256_of

    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    for city in CITIES[:2]:
        _mid(inbox / f"mid_{city.lower()}.docx", city)
    _settle(inbox)
    held = sha256_of(inbox / "mid_konin.docx")
    cat = Catalogue(db_url)
    assert cat.claim(held, "run-elsewhere", ttl=600)
    counts = ingest_inbox(str(inbox), str(out), db_url=db_url, lease_ttl=30)
    assert (counts["processed"], counts["elsewhere"], counts["unchanged"]) == (1, 1, 0)
    assert cat.lease_of(held)["owner"] == "run-elsewhere"
    from sqlalchemy import update

    from pim_docs.catalogue import leases

    with cat.engine.begin() as c:  # the other run died 10 minutes ago: its lease has expired
        c.execute(update(leases).where(leases.c.sha256 == held).values(expires_at=time.time() - 1))
    counts = ingest_inbox(str(inbox), str(out), db_url=db_url, lease_ttl=30)
    assert (counts["processed"], counts["elsewhere"], counts["unchanged"]) == (1, 0, 1)
    assert Catalogue(db_url).lease_of(held) is None


def test_serve_and_clusters_with_postgresql(prefect_server, postgres_db, tmp_path, capsys):
    """An operator's `serve --once --db postgresql://…` (a city resubmits), then the analysts'
    `clusters --db postgresql://…` from the same catalogue."""
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    shutil.copy(corpus_file("mid_opole_powietrze.docx"), inbox)
    _mid(inbox / "konin_v1.docx", "Konin")
    _settle(inbox)
    serve = ["serve", "--inbox", str(inbox), "--out", str(out), "--db", postgres_db, "--once"]
    assert main(serve) == 0
    assert "przetworzone: 2 (nieudane: 0)" in capsys.readouterr().err
    _mid(inbox / "konin_v2.docx", "Konin", with_risks=True)
    _settle(inbox)
    assert main(serve) == 0
    assert "przetworzone: 1 (nieudane: 0), bez zmian: 2" in capsys.readouterr().err
    assert not (out / "catalogue.sqlite").exists()  # everything went to PostgreSQL
    cat = Catalogue(postgres_db)
    history = cat.versions_of_city("Konin")
    assert [v["version"] for v in history] == [1, 2]
    assert [v["verdict"] for v in history] == ["incomplete", "complete"]
    assert cat.section_changes(history[1]["id"]) == [{"section": "risks", "before": "missing", "after": "present"}]
    assert cat.action_changes(history[1]["id"])["added"] == ["Kontrole palenisk przez straż miejską"]
    assert sorted((r["city"], r["version"]) for r in cat.latest()) == [("Konin", 2), ("Opole", 1)]
    assert (out / "portfolio.json").is_file()

    assert main(["clusters", "--db", postgres_db, "--out", str(tmp_path / "cl")]) == 0
    import json

    clustered = (tmp_path / "cl" / "clusters.jsonl").read_text(encoding="utf-8").splitlines()
    expected = sum(len(json.loads((Path(d) / "report.json").read_text(encoding="utf-8"))["actions"])
                   for d in cat.latest_report_dirs())
    assert len(clustered) == expected > 0
    assert PG_PASSWORD not in capsys.readouterr().err
