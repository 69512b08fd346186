"""`pim-docs process` end to end through the real Prefect flow (test harness server)."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from prefect.testing.utilities import prefect_test_harness

from pim_docs.cli import main

from .conftest import corpus_file


@pytest.fixture(scope="module", autouse=True)
def prefect_server():
    with prefect_test_harness(server_startup_timeout=180):  # a loaded CI machine starts it slowly
        yield


def test_process_writes_reports_index_and_exit_code(tmp_path, bad_inputs):
    bad_dir, _ = bad_inputs
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("mid_opole_powietrze.docx", "mid_tarnow_powietrze.pdf", "plan_ulepszen_mobilnosc_siec.odt"):
        shutil.copy(corpus_file(name), inbox / name)
    shutil.copy(bad_dir / "truncated.pdf", inbox / "truncated.pdf")
    (inbox / "notatki.json").write_text("{}", encoding="utf-8")
    out = tmp_path / "out"
    code = main(["process", str(inbox), "--out", str(out)])
    assert code == 1  # one file could not be read; every file still got a report
    reports = {json.loads(p.read_text(encoding="utf-8"))["source_file"]: p for p in out.rglob("report.json")}
    assert set(reports) == {"mid_opole_powietrze.docx", "mid_tarnow_powietrze.pdf",
                            "plan_ulepszen_mobilnosc_siec.odt", "truncated.pdf"}
    for path in reports.values():
        assert (path.parent / "report.html").stat().st_size > 500
        assert (path.parent / "report.docx").stat().st_size > 1000
    failed = json.loads(reports["truncated.pdf"].read_text(encoding="utf-8"))
    assert failed["processing"]["status"] == "failed" and failed["processing"]["errors"]
    portfolio = json.loads((out / "portfolio.json").read_text(encoding="utf-8"))
    assert portfolio["networks"]["air_quality"]["submitted"] == 2
    assert portfolio["networks"]["mobility"]["improvement_plans"] == 1
    assert [s["path"].endswith("notatki.json") for s in portfolio["skipped"]] == [True]
    assert all((out / d["report"]).is_file() for d in portfolio["documents"])
    assert "Zgłoszenia Partnerskiej Inicjatywy Miast" in (out / "index.html").read_text(encoding="utf-8")
    # every read file is in the output folder's catalogue, and analysts cluster from it
    from pim_docs.catalogue import Catalogue

    assert [v["source_file"] for v in Catalogue.at(out).versions_of_city("Opole")] == ["mid_opole_powietrze.docx"]
    assert main(["clusters", "--db", f"sqlite:///{out / 'catalogue.sqlite'}", "--out", str(tmp_path / "cl")]) == 0
    clustered = (tmp_path / "cl" / "clusters.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(clustered) == sum(len(json.loads(p.read_text(encoding="utf-8"))["actions"]) for p in reports.values())


def test_process_exit_zero_when_every_file_is_read(tmp_path):
    code = main(["process", str(corpus_file("mid_lodz_rewitalizacja.docx")), "--out", str(tmp_path)])
    assert code == 0


def test_usage_errors_exit_two(tmp_path):
    assert main(["process", str(tmp_path / "nie_ma.pdf"), "--out", str(tmp_path)]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["process"])
    assert exc.value.code == 2


def test_console_script_help_is_polish():
    exe = Path(sys.executable).parent / "pim-docs"
    out = subprocess.run([str(exe), "process", "--help"], capture_output=True, text=True, check=True).stdout
    assert "folder na raporty" in out and "pokaż tę pomoc" in out
