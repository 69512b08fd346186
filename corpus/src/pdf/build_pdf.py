"""Build the PDF part of the sample corpus (documents + gold files).

Run from the project root:  .venv/bin/python corpus/src/pdf/build_pdf.py [name ...]
Output is deterministic: running it twice produces byte-identical files.
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pdfcommon import DOC_DIR, GOLD_DIR  # noqa: E402

MODULES = [
    "doc_tarnow",
    "doc_bielsko",
    "doc_zielona_gora",
    "doc_kielce_scan",
    "doc_elblag",
    "doc_plan_rewitalizacja",
    "doc_slupsk",
]


def main(argv: list[str]) -> int:
    DOC_DIR.mkdir(parents=True, exist_ok=True)
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    selected = [m for m in MODULES if not argv or any(a in m for a in argv)]
    for name in selected:
        mod = importlib.import_module(name)
        for f in mod.build():
            print(f"built {DOC_DIR / f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
