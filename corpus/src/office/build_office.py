"""Build the DOCX/ODT part of the test corpus and its gold files.

Usage (from /work/main):  .venv/bin/python corpus/src/office/build_office.py [stem ...]

Deterministic: fixed metadata, fixed ZIP timestamps, no randomness.  The
Chorzów document is produced as ODT and converted to DOCX by LibreOffice
(``soffice`` must be on PATH); intermediates live in a temporary directory.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import doc_chorzow          # noqa: E402
import doc_jelenia_gora     # noqa: E402
import doc_lodz             # noqa: E402
import doc_opole            # noqa: E402
import doc_ostrow           # noqa: E402
import doc_plan_mobilnosc   # noqa: E402
import doc_plan_powietrze   # noqa: E402
from common import DOCUMENTS_DIR, GOLD_DIR, normalize_zip  # noqa: E402

MODULES = [doc_opole, doc_lodz, doc_chorzow, doc_plan_powietrze,
           doc_ostrow, doc_jelenia_gora, doc_plan_mobilnosc]


def main(only: list[str]) -> int:
    DOCUMENTS_DIR.mkdir(parents=True, exist_ok=True)
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    for mod in MODULES:
        stem = Path(mod.FILE).stem
        if only and stem not in only:
            continue
        gold = mod.build(DOCUMENTS_DIR)
        assert gold.file == mod.FILE
        normalize_zip(DOCUMENTS_DIR / mod.FILE)
        path = gold.write(GOLD_DIR)
        print(f"{mod.FILE:40s} {len(gold.actions):2d} actions -> {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
