"""The inbox against an unlucky operator and a hostile folder: every entry accounted for, nothing
read through a link leaving the inbox, copies kept private, the portfolio consistent with the
catalogue after a kill, and a scan read again once OCR is installed."""
import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from prefect.testing.utilities import prefect_test_harness

from flows.ingest import ingest_inbox
from pim_docs.catalogue import Catalogue
from tests.bad_inputs.make_bad_inputs import SECRET, make_hostile_entries

from .conftest import corpus_file
from .test_hostile import output_bytes

PIM_DOCS = str(Path(sys.executable).parent / "pim-docs")


@pytest.fixture(scope="module", autouse=True)
def prefect_server():
    with prefect_test_harness(server_startup_timeout=180):  # a loaded CI machine starts it slowly
        yield


def _env(tmp_path: Path, **extra) -> dict:
    return dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect"), PREFECT_API_URL="",
                PREFECT_SERVER_ANALYTICS_ENABLED="false",
                PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="180", **extra)


def test_inbox_lists_every_entry_and_reads_nothing_outside(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    shutil.copy(corpus_file("mid_opole_powietrze.docx"), inbox / "Plan działań – Łódź (wersja 2).docx")
    entries = make_hostile_entries(inbox, tmp_path / "outside")
    counts = ingest_inbox(str(inbox), str(out), settle_seconds=0)

    processed = [n for n, what in entries.items() if what == "processed"]
    assert counts["processed"] == len(processed) + 1 and counts["failed"] == 0
    portfolio = json.loads((out / "portfolio.json").read_text(encoding="utf-8"))
    listed = {Path(s["path"]).name: s["reason"] for s in portfolio["skipped"]}
    assert set(listed) == {n for n, what in entries.items() if what == "listed"}
    assert all(listed.values())
    shown = {d["source_file"] for d in portfolio["documents"]}
    assert set(processed) <= shown  # "..Plan Kutno.docx" and the Windows-1250 name, shown readable

    assert not [p for p, data in output_bytes(out).items() if SECRET.encode() in data]
    copies = [p for p in (out / "archive").rglob("*") if p.is_file()]
    assert len(copies) == counts["processed"]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in copies)  # never wider than the owner's
    rows = sqlite3.connect(out / "catalogue.sqlite").execute("select source_file from versions").fetchall()
    assert "Plan_działań_Wrocław.docx" in {r[0] for r in rows}


def test_portfolio_is_rewritten_when_missing_or_behind_the_catalogue(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    shutil.copy(corpus_file("mid_opole_powietrze.docx"), inbox)
    assert ingest_inbox(str(inbox), str(out), settle_seconds=0)["processed"] == 1
    for name in ("portfolio.json", "index.html", "portfolio.xlsx"):
        (out / name).unlink()
    assert ingest_inbox(str(inbox), str(out), settle_seconds=0)["processed"] == 0
    assert all((out / n).is_file() for n in ("portfolio.json", "index.html", "portfolio.xlsx", "portfolio.docx"))
    data = json.loads((out / "portfolio.json").read_text(encoding="utf-8"))
    assert [d["source_file"] for d in data["documents"]] == ["mid_opole_powietrze.docx"]
    before = (out / "index.html").stat().st_mtime_ns
    ingest_inbox(str(inbox), str(out), settle_seconds=0)  # nothing new, nothing stale: views untouched
    assert (out / "index.html").stat().st_mtime_ns == before


def _consistent(out: Path) -> None:
    cat = Catalogue(f"sqlite:///{out / 'catalogue.sqlite'}")
    data = json.loads((out / "portfolio.json").read_text(encoding="utf-8"))
    assert data["catalogue_state"] == cat.state()
    assert sorted(d["source_file"] for d in data["documents"]) == sorted(r["source_file"] for r in cat.latest())
    assert all((out / n).is_file() for n in ("index.html", "portfolio.xlsx", "portfolio.docx"))


@pytest.mark.parametrize("kill_after", [1, 3])  # 3 = after the last registration
def test_killed_run_leaves_catalogue_and_portfolio_consistent_after_the_next(tmp_path, kill_after):
    """SIGKILL to a real `pim-docs serve --once` once k documents are registered; the next run,
    with nothing new when k is all of them, leaves the portfolio matching the catalogue."""
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    for n in ("mid_opole_powietrze.docx", "mid_lodz_rewitalizacja.docx", "mid_chorzow_mobilnosc.docx"):
        shutil.copy(corpus_file(n), inbox)
    past = time.time() - 60
    for p in inbox.iterdir():
        os.utime(p, (past, past))
    cmd = [PIM_DOCS, "serve", "--inbox", str(inbox), "--out", str(out), "--once"]
    proc = subprocess.Popen(cmd, env=_env(tmp_path), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    db, deadline, registered = out / "catalogue.sqlite", time.time() + 240, 0
    while time.time() < deadline and proc.poll() is None:
        try:
            registered = sqlite3.connect(db, timeout=0.05).execute("select count(*) from versions").fetchone()[0]
        except sqlite3.Error:
            registered = 0
        if registered >= kill_after:
            break
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert registered >= kill_after, "the run ended before it could be killed"
    subprocess.run(cmd, env=_env(tmp_path), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=400)
    _consistent(out)
    rows = sqlite3.connect(db).execute("select count(*), count(distinct sha256) from versions").fetchone()
    assert rows == (3, 3)


@pytest.mark.skipif(not shutil.which("tesseract"), reason="Tesseract is part of the set-up (scripts/setup.sh)")
def test_scan_read_without_ocr_is_read_again_once_ocr_is_installed(tmp_path):
    """The same scan in `process` (Prefect's result cache) and in the inbox (the catalogue): first
    with no Tesseract on PATH, then with it. The cached 'OCR unavailable' is never served again."""
    inbox, out, proc_out = tmp_path / "inbox", tmp_path / "out", tmp_path / "process"
    inbox.mkdir()
    scan = inbox / "skan.pdf"
    shutil.copy(corpus_file("mid_kielce_powietrze_skan.pdf"), scan)
    os.utime(scan, (time.time() - 60,) * 2)
    bare = tmp_path / "bin"  # a PATH with no Tesseract: the machine before the package was installed
    bare.mkdir()
    without = _env(tmp_path, PATH=str(bare))
    with_ocr = _env(tmp_path)

    def codes(folder: Path) -> list[str]:
        [report] = folder.rglob("report.json")
        return json.loads(report.read_text(encoding="utf-8"))["processing"]["codes"]

    for env, expect in ((without, True), (with_ocr, False)):
        subprocess.run([PIM_DOCS, "process", str(scan), "--out", str(proc_out)], env=env, timeout=400,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        assert ("ocr_unavailable" in codes(proc_out)) is expect
        subprocess.run([PIM_DOCS, "serve", "--inbox", str(inbox), "--out", str(out), "--once"], env=env,
                       timeout=400, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        assert ("ocr_unavailable" in codes(out / "reports")) is expect
    cat = Catalogue(f"sqlite:///{out / 'catalogue.sqlite'}")
    [row] = cat.latest()  # read again, still one version of one file
    assert row["version"] == 1 and row["city"] == "Kielce"
