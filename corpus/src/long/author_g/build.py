"""author_g: rebuild both long holdout documents and their gold files from scratch.

Run: /work/main/.venv/bin/python corpus/src/long/author_g/build.py
Outputs (in corpus/long_holdout2/):
  g_belchatow_mid_jakosc_powietrza.pdf (+ .gold.json)   – DOCX built here, exported to PDF by LibreOffice
  g_nowa_sol_mid_rewitalizacja.docx (+ .gold.json)        – DOCX with tracked changes and comments
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import doc_belchatow  # noqa: E402
import doc_nowasol  # noqa: E402
import pypdfium2  # noqa: E402
from lxml import etree  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "long_holdout2")
NAME1 = "g_belchatow_mid_jakosc_powietrza"
NAME2 = "g_nowa_sol_mid_rewitalizacja"
LO_PROFILE = "file:///tmp/lo_author_g"


def to_pdf(docx, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, docx], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.join(outdir, os.path.splitext(os.path.basename(docx))[0] + ".pdf")
    assert os.path.exists(pdf), pdf
    return pdf


def pdf_pages_text(pdf):
    doc = pypdfium2.PdfDocument(pdf)
    texts = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    doc.close()
    return texts


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def squash(s):
    return re.sub(r"\s+", "", s)


def docx_visible_text(path):
    """Text of document.xml as a reader would accept it: insertions kept, deletions dropped."""
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        paras.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(paras)


def check(gold, text, label):
    flat, sq = norm(text), squash(text)
    missing = []
    for a in gold["actions"]:
        for item in [a["title"]] + [v for v in a["values"].values() if v]:
            if norm(item) not in flat and squash(item) not in sq:
                missing.append(item)
    assert not missing, f"{label}: gold strings not found in text: {missing}"


def toc_pages(pdf, headings):
    pages = [p.upper() for p in pdf_pages_text(pdf)]
    res = {}
    for lvl, num, toc_t, body_t in headings:
        key = norm((num + " " + body_t).strip()).upper()
        for i in range(2, len(pages)):          # skip cover and ToC
            lines = [norm(x) for x in pages[i].splitlines()]
            if any(ln.startswith(key[:40]) for ln in lines):
                res[body_t] = i + 1
                break
    return res


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in (NAME1 + ".pdf", NAME1 + ".gold.json", NAME2 + ".docx", NAME2 + ".gold.json"):
        if os.path.exists(os.path.join(OUT, f)):
            os.remove(os.path.join(OUT, f))
    tmp = tempfile.mkdtemp(prefix="author_g_")
    try:
        # ---------- document 1: Bełchatów, PDF only ----------
        d1 = os.path.join(tmp, NAME1 + ".docx")
        heads = doc_belchatow.build(d1)
        pdf1 = to_pdf(d1, tmp)
        tp = toc_pages(pdf1, heads)
        doc_belchatow.build(d1, toc_pages=tp)       # second pass: real page numbers in the cached ToC
        pdf1 = to_pdf(d1, tmp)
        texts = pdf_pages_text(pdf1)
        g1 = doc_belchatow.gold(NAME1 + ".pdf", len(texts))
        assert 20 <= g1["pages"] <= 60, g1["pages"]
        check(g1, "\n".join(texts), NAME1)
        shutil.copy(pdf1, os.path.join(OUT, NAME1 + ".pdf"))
        with open(os.path.join(OUT, NAME1 + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(g1, f, ensure_ascii=False, indent=2)

        # ---------- document 2: Nowa Sól, DOCX kept ----------
        d2 = os.path.join(OUT, NAME2 + ".docx")
        doc_nowasol.build(d2)
        pdf2 = to_pdf(d2, tmp)
        texts2 = pdf_pages_text(pdf2)
        g2 = doc_nowasol.gold(NAME2 + ".docx", len(texts2))
        assert 20 <= g2["pages"] <= 60, g2["pages"]
        vis = docx_visible_text(d2)
        check(g2, vis, NAME2 + " (docx, deletions dropped)")
        check(g2, "\n".join(texts2), NAME2 + " (pdf)")
        # deleted card and placeholder-only card must not look like live content
        assert "Budowa parkingu wielopoziomowego przy ul. Zjednoczenia" not in vis
        assert "1,8 mln zł" not in vis and "2025–20262025" not in vis
        with open(os.path.join(OUT, NAME2 + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(g2, f, ensure_ascii=False, indent=2)
        for g in (g1, g2):
            print(f'{g["file"]}: {g["pages"]} pages, {len(g["actions"])} actions, '
                  f'non-present sections: { {k: v for k, v in g["sections"].items() if v != "present"} }')
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
