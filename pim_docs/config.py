"""Editable configuration: limits, document-fact markers, networks, cities.

The YAML files live in ``pim_docs/config/``; a folder given in ``PIM_DOCS_CONFIG``
overrides them file by file, so a reviewer can change a marker list or add a
network without touching code.
"""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Limits:
    """Per-file bounds; a file over a bound is reported, never silently dropped."""

    max_pages: int = 300
    max_unzipped_mb: int = 200
    max_zip_entries: int = 5000
    ocr_max_pages: int = 40
    ocr_lang: str = "pol"
    ocr_workers: int = 0  # image-only pages OCR'd at once; 0 = the cores available
    max_seconds_per_file: float = 300
    max_memory_mb: int = 2048
    isolate: bool = True  # read each file in a forked child under the two limits above
    max_blocks: int = 20000
    max_block_chars: int = 20000
    max_dump_mb: int = 20


def models_dir() -> Path:
    """Trained models: ``models/`` at the project root, or the folder in ``PIM_DOCS_MODELS``."""
    return Path(os.environ.get("PIM_DOCS_MODELS") or Path(__file__).resolve().parents[1] / "models")


def config_path(name: str) -> Path:
    override = os.environ.get("PIM_DOCS_CONFIG")
    if override and (Path(override) / name).is_file():
        return Path(override) / name
    return Path(__file__).parent / "config" / name


@functools.cache
def load(name: str) -> dict:
    """A YAML config file by name, e.g. ``load("facts.yaml")``."""
    with open(config_path(name), encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def limits() -> Limits:
    data = load("limits.yaml")
    return Limits(**{k: v for k, v in data.items() if k in Limits.__dataclass_fields__})


@functools.cache
def environment() -> str:
    """What outside the package changes a result: the OCR engine and its languages (a scan read
    before Tesseract was installed must be read again after). Cached per process, like the
    engine itself: restart `pim-docs serve` after installing Tesseract."""
    import shutil
    import subprocess

    exe = shutil.which("tesseract")
    if not exe:
        return "ocr:none"
    try:
        run = lambda *a: subprocess.run([exe, *a], capture_output=True, text=True, timeout=20)  # noqa: E731
        version = (run("--version").stdout or "").split("\n", 1)[0].strip()
        langs = sorted(ln.strip() for ln in run("--list-langs").stdout.splitlines()[1:] if ln.strip())
    except (OSError, subprocess.SubprocessError):
        return "ocr:broken"
    return f"ocr:{version}:{','.join(langs)}"


@functools.cache
def fingerprint() -> str:
    """A short hash of everything that decides a report: the package's code, the configuration
    in effect (bundled files and a ``PIM_DOCS_CONFIG`` override) and the model files. Cached
    results are keyed by it, so a changed marker list, template or model is never served stale."""
    import hashlib

    package = Path(__file__).parent
    roots = [package, models_dir()] + ([Path(os.environ["PIM_DOCS_CONFIG"])] if os.environ.get("PIM_DOCS_CONFIG") else [])
    h = hashlib.sha256()
    for root in roots:
        for p in sorted(root.rglob("*")) if root.is_dir() else []:
            if p.is_file() and p.suffix in (".py", ".yaml", ".yml", ".json", ".joblib", ".j2"):
                h.update(str(p.relative_to(root)).encode())
                h.update(p.read_bytes())
    return h.hexdigest()[:16]
