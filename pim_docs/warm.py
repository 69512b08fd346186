"""Warm a process up: import the libraries, load the models and run the pipeline once on a
small generated submission, so lazily built state (gazetteer, compiled patterns, lemma
cache, classifier) exists before the first real document.

Parallel ingestion imports this in the fork server its workers are forked from: a worker
then starts ready instead of spending seconds on its first document. Nothing here keeps a
file open (the lemma database reconnects after a fork).
"""
from __future__ import annotations

import gc
import logging
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)


def _sample(path: Path) -> None:
    import docx

    from pim_docs.sections import template

    d = docx.Document()
    d.add_heading("Miejska Inicjatywa Działania – Kraków", 0)
    d.add_paragraph("Partnerska Inicjatywa Miast, sieć tematyczna: jakość powietrza.")
    for spec in template("mid").sections:
        d.add_heading(spec.name, 1)
        d.add_paragraph(f"{spec.description.capitalize()}. " * 3)
    table = d.add_table(rows=2, cols=4)
    for cell, text in zip(table.rows[0].cells, ("Działanie", "Odpowiedzialny", "Termin", "Koszt")):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("Program wymiany kotłów węglowych", "Wydział Środowiska",
                                                  "2025–2027", "1,2 mln zł")):
        cell.text = text
    d.save(path)


def warm() -> None:
    # pdfminer loads its font metrics and encodings on first use
    import pdfminer.encodingdb  # noqa: F401
    import pdfminer.fontmetrics  # noqa: F401
    import pdfminer.glyphlist  # noqa: F401
    import pdfminer.latin_enc  # noqa: F401

    from pim_docs import pipeline
    from pim_docs.ingest import convert

    try:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "rozgrzewka.docx"
            _sample(path)
            pipeline.analyse(convert(path))
    except Exception:  # noqa: BLE001 - warming is an optimisation; the real run reports problems
        log.warning("warm-up failed", exc_info=True)


warm()
# what exists now is shared with forked workers: keep the garbage collector from touching it
# (each touch would copy a page into the worker)
gc.freeze()
