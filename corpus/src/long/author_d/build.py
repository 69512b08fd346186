# -*- coding: utf-8 -*-
"""Buduje od zera oba dokumenty autora D (i ich pliki gold) w corpus/long/.

Użycie: .venv/bin/python corpus/src/long/author_d/build.py
Wymaga LibreOffice (soffice) w PATH; profil w /tmp/lo_author_d.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import build_chelm  # noqa: E402
import build_zory  # noqa: E402


def main():
    os.makedirs(common.OUTDIR, exist_ok=True)
    for name in (build_chelm.NAME, build_zory.NAME):
        for ext in (".pdf", ".gold.json"):
            p = os.path.join(common.OUTDIR, name + ext)
            if os.path.exists(p):
                os.remove(p)
    for mod in (build_chelm, build_zory):
        pdf, pages, nact = mod.build()
        print("%s: %d stron, %d działań" % (os.path.basename(pdf), pages, nact))


if __name__ == "__main__":
    main()
