"""Coverage-guided fuzzing of the readers and the text repair (atheris, libFuzzer).

    .venv/bin/pip install atheris
    .venv/bin/python scripts/fuzz_readers.py -atheris_runs=20000 [CORPUS_DIR]

Each input is written as a PDF, a DOCX and an ODT and read by ``pim_docs.ingest.convert``,
and its text goes through ``repair``. Anything but a result with a status (ok / needs_ocr /
failed with a reason) is a bug: libFuzzer stops and saves the input as ``crash-*``. Seed it
with real files (e.g. corpus/documents and the generated bad inputs) for deeper coverage.
The quick property-based version of the same checks runs in the tests (tests/test_hostile.py).
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from pim_docs.ingest import convert
    from pim_docs.text.repair import repair

TMP = Path(tempfile.mkdtemp(prefix="pim-fuzz-"))


def one_input(data: bytes) -> None:
    text = data.decode("utf-8", "replace")
    assert isinstance(repair(text), str)
    for ext in (".pdf", ".docx", ".odt"):
        path = TMP / f"fuzz{ext}"
        path.write_bytes(data)
        res = convert(path)
        assert res.status in ("ok", "needs_ocr", "failed"), res.status
        assert res.status != "failed" or res.errors, "a failed file must say why"


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
