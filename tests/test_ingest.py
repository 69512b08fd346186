"""Scheduled ingestion pieces: inbox -> archive -> catalogue, versions, nothing processed twice."""
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import docx
import pytest
from prefect.testing.utilities import prefect_test_harness

from flows.ingest import ingest_inbox
from pim_docs.catalogue import Catalogue

from .conftest import corpus_file

TEXT = ("Miasto opisało tę część szczegółowo, z danymi, terminami i odpowiedzialnymi jednostkami, "
        "po uzgodnieniu z Lokalnym Partnerstwem. ") * 3


@pytest.fixture(scope="module", autouse=True)
def prefect_server():
    with prefect_test_harness(server_startup_timeout=180):  # a loaded CI machine starts it slowly
        yield


def _konin(path: Path, with_risks: bool) -> Path:
    d = docx.Document()
    d.add_paragraph("Miejska Inicjatywa Działania – Konin").runs[0].bold = True
    d.add_paragraph("Sieć tematyczna: Jakość powietrza")
    heads = ["1. Diagnoza", "2. Cele", "3. Działania", "4. Harmonogram", "5. Budżet", "6. Interesariusze",
             "7. Wskaźniki"] + (["8. Analiza ryzyka"] if with_risks else [])
    for h in heads:
        d.add_heading(h, level=1)
        if h == "3. Działania":
            t = d.add_table(rows=2, cols=3)
            for j, v in enumerate(["Nazwa działania", "Realizator", "Termin"]):
                t.cell(0, j).text = v
            for j, v in enumerate(["Wymiana kotłów węglowych w budynkach komunalnych", "ZGM", "2025–2027"]):
                t.cell(1, j).text = v
        d.add_paragraph(TEXT)
    d.save(str(path))
    return path


def _settle(folder: Path) -> None:
    past = time.time() - 60
    for p in folder.rglob("*"):
        os.utime(p, (past, past))


def test_inbox_runs_archive_register_and_skip_what_is_known(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    shutil.copy(corpus_file("mid_opole_powietrze.docx"), inbox)
    (inbox / "zepsuty.pdf").write_bytes(b"%PDF-1.4 truncated")
    _konin(inbox / "konin_v1.docx", with_risks=False)
    _settle(inbox)
    first = ingest_inbox(str(inbox), str(out))
    assert first["processed"] == 3 and first["failed"] == 1
    again = ingest_inbox(str(inbox), str(out))
    assert again["processed"] == 0 and again["unchanged"] == 3
    assert len(list((out / "archive").rglob("*.*"))) == 3
    assert len(list((out / "quarantine").glob("*.txt"))) == 1
    assert (out / "index.html").is_file() and (out / "portfolio.json").is_file()

    # the city resubmits: version 2, and what changed
    _konin(inbox / "konin_v2.docx", with_risks=True)
    _settle(inbox)
    assert ingest_inbox(str(inbox), str(out))["processed"] == 1
    cat = Catalogue(f"sqlite:///{out / 'catalogue.sqlite'}")
    history = cat.versions_of_city("Konin")
    assert [v["version"] for v in history] == [1, 2]
    assert history[0]["verdict"] == "incomplete" and history[1]["verdict"] == "complete"
    assert cat.section_changes(history[1]["id"]) == [{"section": "risks", "before": "missing", "after": "present"}]
    low = cat.actions_of_theme("low_emission")
    assert any(a["city"] == "Konin" and a["version"] == 2 for a in low)
    assert any(a["city"] == "Opole" for a in low)
    assert not any(a["city"] == "Konin" and a["version"] == 1 for a in low)  # latest versions only


def test_file_still_being_written_waits_for_the_next_run(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    shutil.copy(corpus_file("mid_lodz_rewitalizacja.docx"), inbox)  # just written: mtime is now
    counts = ingest_inbox(str(inbox), str(out), settle_seconds=30)
    assert counts["busy"] == 1 and counts["processed"] == 0


def test_killed_run_resumes_without_duplicates(tmp_path):
    """SIGKILL in the middle of a batch (a real subprocess), then the same command again."""
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    names = ["mid_opole_powietrze.docx", "mid_lodz_rewitalizacja.docx", "mid_chorzow_mobilnosc.docx",
             "mid_ostrow_wlkp_mobilnosc.odt", "plan_ulepszen_powietrze.docx", "mid_jelenia_gora_powietrze.odt"]
    for n in names:
        shutil.copy(corpus_file(n), inbox)
    _settle(inbox)
    env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect"), PREFECT_API_URL="",
               PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="180")  # a loaded machine starts it slowly
    cmd = [str(Path(sys.executable).parent / "pim-docs"), "serve", "--inbox", str(inbox), "--out", str(out), "--once"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    db = out / "catalogue.sqlite"
    deadline = time.time() + 180
    registered = 0
    while time.time() < deadline and proc.poll() is None:
        if list((out / "reports").glob("*/report.json")):  # the first document is written: kill now
            break
        time.sleep(0.1)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    try:
        registered = sqlite3.connect(db).execute("select count(*) from versions").fetchone()[0]
    except sqlite3.Error:
        registered = 0
    assert registered < len(names), "the batch should have been killed half-way"
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    con = sqlite3.connect(db)
    rows = con.execute("select source_file, count(*) from versions group by sha256").fetchall()
    assert sorted(r[0] for r in rows) == sorted(names) and all(r[1] == 1 for r in rows)
    reports = list((out / "reports").glob("*/report.json"))
    assert len(reports) == len(names)
    assert not list(out.rglob("*.tmp"))  # no half-written file left behind


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_scheduled_deployment_picks_up_a_dropped_file(tmp_path):
    """`prefect server start` + `pim-docs serve --interval 3`: a file dropped into the inbox is processed."""
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    port = _free_port()
    env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect"), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PREFECT_API_URL=f"http://127.0.0.1:{port}/api")
    bin_dir = Path(sys.executable).parent
    server = subprocess.Popen([str(bin_dir / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    serve = None
    try:
        import urllib.request

        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2)
                break
            except OSError:
                time.sleep(1)
        serve = subprocess.Popen([str(bin_dir / "pim-docs"), "serve", "--inbox", str(inbox), "--out", str(out),
                                  "--interval", "3"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                 start_new_session=True)
        time.sleep(5)
        shutil.copy(corpus_file("mid_opole_powietrze.docx"), inbox)
        _settle(inbox)
        db, deadline, seen = out / "catalogue.sqlite", time.time() + 120, 0
        while time.time() < deadline and not seen:
            time.sleep(2)
            if db.exists():
                try:
                    seen = sqlite3.connect(db).execute("select count(*) from versions").fetchone()[0]
                except sqlite3.Error:
                    pass
        assert seen == 1
        assert list((out / "reports").glob("mid_opole_powietrze_*/report.html"))
    finally:
        for proc in (serve, server):
            if proc is not None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


@pytest.mark.parametrize("workers,dask", [(2, None), (2, "local")])
def test_parallel_runners_process_every_file_once(tmp_path, workers, dask):
    """Local worker processes, and a local Dask cluster through prefect-dask's DaskTaskRunner."""
    from flows.ingest import run_ingest

    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    for n in ("mid_opole_powietrze.docx", "mid_lodz_rewitalizacja.docx", "plan_ulepszen_mobilnosc_siec.odt"):
        shutil.copy(corpus_file(n), inbox)
    _settle(inbox)
    counts = run_ingest(workers, dask, inbox=str(inbox), out=str(out))
    assert counts["processed"] == 3 and counts["failed"] == 0
    con = sqlite3.connect(out / "catalogue.sqlite")
    assert con.execute("select count(distinct sha256), count(*) from versions").fetchone() == (3, 3)
    assert len(list((out / "reports").glob("*/report.html"))) == 3
