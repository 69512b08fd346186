"""Shared fixtures: our own corpus (corpus/documents + corpus/gold) and generated bad inputs."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pim_docs.ingest import convert
from pim_docs.model import BlockKind, ConversionResult
from pim_docs.pipeline import process_file

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "documents"
GOLD = ROOT / "corpus" / "gold"

_converted: dict[str, ConversionResult] = {}


def corpus_file(name: str) -> Path:
    path = CORPUS / name
    assert path.is_file(), f"corpus document missing: {path}"
    return path


def converted(name: str) -> ConversionResult:
    """Each corpus document is read once per test session."""
    if name not in _converted:
        _converted[name] = convert(corpus_file(name))
    return _converted[name]


def gold(name: str) -> dict:
    return json.loads((GOLD / (Path(name).stem + ".gold.json")).read_text(encoding="utf-8"))


def gold_documents() -> list[str]:
    return sorted(json.loads(p.read_text(encoding="utf-8"))["file"] for p in GOLD.glob("*.gold.json"))


def body_texts(name: str) -> list[str]:
    return [b.text for b in converted(name).document.blocks]


def headings(name: str) -> list:
    return [b for b in converted(name).document.blocks if b.kind == BlockKind.HEADING]


@pytest.fixture(scope="session")
def bad_inputs(tmp_path_factory) -> tuple[Path, dict]:
    from tests.bad_inputs.make_bad_inputs import make_bad_inputs

    dest = tmp_path_factory.mktemp("bad_inputs")
    return dest, make_bad_inputs(dest)


@pytest.fixture(scope="session")
def hostile_folder(bad_inputs, tmp_path_factory) -> tuple[Path, dict, dict]:
    """The bad inputs plus entries that are not plain files: links out of the folder, a pipe,
    lock files, a name that is not UTF-8 (``make_hostile_entries``)."""
    from tests.bad_inputs.make_bad_inputs import make_hostile_entries

    dest, manifest = bad_inputs
    return dest, manifest, make_hostile_entries(dest, tmp_path_factory.mktemp("outside"))


@pytest.fixture(scope="session")
def bad_reports(bad_inputs) -> dict:
    dest, manifest = bad_inputs
    return {name: process_file(dest / name) for name in manifest}


# --------------------------------------------------------------------------- PostgreSQL
PG_PASSWORD = "pim-sekret-testowy"


def postgres_bin() -> Path | None:
    """The folder with initdb and pg_ctl: $PIM_DOCS_PG_BIN, Debian's /usr/lib/postgresql/<ver>/bin
    (newest), or the PATH."""
    import os
    import shutil

    if os.environ.get("PIM_DOCS_PG_BIN"):
        return Path(os.environ["PIM_DOCS_PG_BIN"])
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]) if
                   p.parts[-3].isdigit() else 0)
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL server for the session: initdb + pg_ctl in a temporary folder, on a
    free local port, password authentication over TCP. PostgreSQL refuses to run as root, so
    as root it runs as the `postgres` system user (Debian's package creates it) and the folder
    is given to that user. Missing binaries FAIL the tests that need the server (CI installs
    the `postgresql` package in scripts/setup.sh): they are never skipped silently."""
    import os
    import pwd
    import shutil
    import socket
    import subprocess
    import tempfile

    bindir = postgres_bin()
    if bindir is None or not (bindir / "initdb").is_file() or not (bindir / "pg_ctl").is_file():
        pytest.fail("PostgreSQL server binaries (initdb, pg_ctl) not found in /usr/lib/postgresql/<ver>/bin, "
                    "$PIM_DOCS_PG_BIN or PATH: install the Debian package `postgresql` (`make test` does it "
                    "as root through scripts/setup.sh).", pytrace=False)
    prefix: list[str] = []
    root = Path(tempfile.mkdtemp(prefix="pim-docs-pg-"))
    if os.geteuid() == 0:
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            pytest.fail("running as root, PostgreSQL needs an unprivileged user: no `postgres` system user "
                        "(created by the Debian package `postgresql`).", pytrace=False)
        prefix = ["runuser", "-u", "postgres", "--"]
        os.chown(root, user.pw_uid, user.pw_gid)
    data, sock, log, pwfile = root / "data", root / "sock", root / "server.log", root / "pw"

    def run(*cmd: str) -> subprocess.CompletedProcess:
        return subprocess.run([*prefix, *cmd], capture_output=True, text=True, timeout=180)

    run("mkdir", "-m", "700", str(sock))
    run("sh", "-c", f"umask 077 && printf %s '{PG_PASSWORD}' > {pwfile}")
    r = run(str(bindir / "initdb"), "-D", str(data), "-U", "pim", f"--pwfile={pwfile}", "--auth-local=trust",
            "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
    assert r.returncode == 0, f"initdb failed: {r.stderr[-2000:]}"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    opts = (f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=100")
    r = run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", opts, "-w", "-t", "120", "start")
    if r.returncode != 0:
        text = run("cat", str(log)).stdout
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"PostgreSQL did not start: {r.stderr[-1000:]}\n{text[-2000:]}", pytrace=False)
    try:
        yield {"host": "127.0.0.1", "port": port, "user": "pim", "password": PG_PASSWORD,
               "url": f"postgresql://pim:{PG_PASSWORD}@127.0.0.1:{port}"}
    finally:
        run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def postgres_db(postgres_server, request) -> str:
    """A new, empty database on the session's server for one test: its URL (plain postgresql://)."""
    import re

    from sqlalchemy import create_engine, text

    name = "t_" + re.sub(r"[^a-z0-9]+", "_", request.node.name.lower())[:40] + f"_{id(request) % 100000}"
    engine = create_engine(f"postgresql+psycopg://pim:{PG_PASSWORD}@127.0.0.1:{postgres_server['port']}/postgres",
                           isolation_level="AUTOCOMMIT")
    with engine.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        c.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return f"{postgres_server['url']}/{name}"
