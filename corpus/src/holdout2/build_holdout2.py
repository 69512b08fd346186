"""Build the second held-out set: 8 documents + gold files in corpus/holdout2/.

Usage (from /work/main):  .venv/bin/python corpus/src/holdout2/build_holdout2.py [stem ...]

Deterministic: reportlab runs in invariant mode, DOCX/ODT get fixed metadata
and fixed ZIP timestamps, the LibreOffice PDF has its dates and file ID
blanked.  Running the script twice gives byte-identical files.
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from h2_common import OUT_DIR  # noqa: E402  (also puts ../pdf and ../office on sys.path)

MODULES = [
    "h2_olsztyn",        # PDF (reportlab, single column)
    "h2_radom",          # PDF (reportlab, two columns)
    "h2_kalisz",         # PDF converted by LibreOffice from DOCX
    "h2_zamosc",         # DOCX
    "h2_tarnobrzeg",     # DOCX
    "h2_plan_mobilnosc",  # DOCX
    "h2_elk",            # ODT (text:h headings)
    "h2_plan_powietrze",  # ODT (styled paragraphs as headings)
]


def main(argv: list[str]) -> int:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    selected = [m for m in MODULES if not argv or any(a in m for a in argv)]
    for name in selected:
        mod = importlib.import_module(name)
        gold = mod.build(OUT_DIR)
        assert gold.file == mod.FILE
        assert (OUT_DIR / gold.file).exists(), gold.file
        path = gold.write(OUT_DIR)
        print(f"{gold.file:42s} {len(gold.actions):2d} actions -> {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
