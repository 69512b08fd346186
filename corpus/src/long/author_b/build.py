"""Rebuild author_b's two long documents and their gold files into corpus/long/.

    .venv/bin/python corpus/src/long/author_b/build.py

Needs LibreOffice (soffice) for the ODT save, the PDF page count and the text check.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import common  # noqa: E402
import doc_mielec  # noqa: E402
import doc_sosnowiec  # noqa: E402


def main():
    out = common.OUTDIR
    for name in (doc_sosnowiec.FILE, doc_mielec.FILE):
        for f in (name, name.rsplit(".", 1)[0] + ".gold.json"):
            p = os.path.join(out, f)
            if os.path.exists(p):
                os.remove(p)
    for mod in (doc_sosnowiec, doc_mielec):
        f, pages = mod.build(out)
        print(f"{f}: {pages} pages, {len(mod.ACTIONS)} actions")


if __name__ == "__main__":
    main()
