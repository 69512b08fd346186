# -*- coding: utf-8 -*-
"""Rebuild author_h documents and gold files into corpus/long_holdout2/.

Usage: .venv/bin/python corpus/src/long/author_h/build.py   (LibreOffice `soffice` required)
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "long_holdout2")

import mid_krosno  # noqa: E402
import pu_air  # noqa: E402

PROFILE = "file:///tmp/lo_author_h"


def to_pdf(src, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + PROFILE, "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)
    pdf = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    assert os.path.exists(pdf), pdf
    return pdf


def pdf_text_pages(pdf):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf)
    texts = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    return len(doc), "\n".join(texts)


def norm(s):
    s = s.replace("\u00ad", "").replace("\r", " ").replace("\n", " ")
    s = s.replace("\ufffe", "").replace("\u2002", " ")
    # PDF line wrapping may split at hyphens/dashes: drop all whitespace for the check
    return re.sub(r"\s+", "", s)


def docx_text(path):
    """Visible text of a DOCX: w:t (incl. inserted), excluding w:delText; body, tables and sdt content."""
    import zipfile
    from lxml import etree
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out)


def check(gold, text, extra_titles=()):
    nt = norm(text)
    missing = []
    for a in gold["actions"]:
        if norm(a["title"]) not in nt:
            missing.append(("title", a["title"]))
        for k, v in a["values"].items():
            if v is not None and norm(v) not in nt:
                missing.append((k, v))
    assert not missing, missing


def main():
    os.makedirs(OUT, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="author_h_")
    try:
        # 1. MID Krosno: ODT -> PDF (only the PDF is kept)
        odt, gold, _ = mid_krosno.build(tmp)
        pdf = to_pdf(odt, tmp)
        pages, text = pdf_text_pages(pdf)
        gold["pages"] = pages
        check(gold, text)
        # deleted/decoy sanity: titles must appear once in table and once as heading
        assert 20 <= pages <= 60, pages
        shutil.copy(pdf, os.path.join(OUT, gold["file"]))
        with open(os.path.join(OUT, os.path.splitext(gold["file"])[0] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
        print(gold["file"], pages, "pages,", len(gold["actions"]), "actions")

        # 2. Plan Ulepszeń: DOCX kept as DOCX; pages counted on the LibreOffice PDF export
        docx, gold, _ = pu_air.build(tmp)
        pdf = to_pdf(docx, tmp)
        pages, _ = pdf_text_pages(pdf)
        gold["pages"] = pages
        text = docx_text(docx)
        check(gold, text)
        assert norm(pu_air.DELETED["title"]) not in norm(text)  # only in w:delText
        assert 20 <= pages <= 60, pages
        shutil.copy(docx, os.path.join(OUT, gold["file"]))
        with open(os.path.join(OUT, os.path.splitext(gold["file"])[0] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
        print(gold["file"], pages, "pages,", len(gold["actions"]), "actions")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
