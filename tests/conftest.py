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
