"""author_e: rebuild both long holdout documents and their gold files.

Usage: .venv/bin/python corpus/src/long/author_e/build.py
Needs LibreOffice (soffice) for the PDF export / page count.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "long_holdout")

import docxlib  # noqa: E402
import leszno  # noqa: E402
import ostroleka  # noqa: E402

PROFILE = "file:///tmp/lo_author_e"


def soffice_convert(src, outdir, fmt="pdf"):
    subprocess.run(["soffice", "-env:UserInstallation=" + PROFILE, "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)
    base = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(outdir, base + "." + fmt.split(":")[0])


def pdf_pages_text(pdf):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf)
    texts = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        texts.append(tp.get_text_range())
    n = len(doc)
    doc.close()
    return n, texts


def find_heading_pages(headings, texts, start_page):
    """headings: list of (level, label, text). Returns printed page numbers (1-based), monotone."""
    pages = []
    p = start_page
    for lvl, label, text in headings:
        q = None
        for key in (docxlib.norm(label), docxlib.norm(text)):
            q = p
            while q < len(texts) and key not in docxlib.norm(texts[q]):
                q += 1
            if q < len(texts):
                break
        if q >= len(texts):
            raise RuntimeError("heading not found in PDF: %r" % text)
        pages.append(q + 1)
        p = q
    return pages


def assemble(mod, resolve, toc_pages, tmp, name):
    d, toc_index = mod.build(resolve=resolve)
    entries = mod.toc_entries(d, toc_pages)
    before = len(d.body)
    d.toc(entries, levels=mod.TOC_LEVELS)
    toc_xml = d.body[before:]
    del d.body[before:]
    d.body[toc_index:toc_index] = toc_xml + ['<w:p><w:r><w:br w:type="page"/></w:r></w:p>'] * 0
    path = os.path.join(tmp, name)
    d.save(path, mod.final_sect(d))
    return d, path


def two_pass(mod, resolve, tmp, name):
    d, path = assemble(mod, resolve, None, tmp, name)
    pdf = soffice_convert(path, tmp)
    n, texts = pdf_pages_text(pdf)
    pages = find_heading_pages(d.headings, texts, mod.BODY_START_PAGE)
    d, path = assemble(mod, resolve, pages, tmp, name)
    pdf = soffice_convert(path, tmp)
    n, texts = pdf_pages_text(pdf)
    pages2 = find_heading_pages(d.headings, texts, mod.BODY_START_PAGE)
    assert pages2 == pages, (pages, pages2)
    return d, path, pdf, n, texts


def check_values(gold, text, label, absent=()):
    nt = docxlib.norm(text)
    missing = []
    for a in gold["actions"]:
        if docxlib.norm(a["title"]) not in nt:
            missing.append(("title", a["title"]))
        for k, v in a["values"].items():
            if v is not None and docxlib.norm(v) not in nt:
                missing.append((k, v))
    for t in absent:
        if docxlib.norm(t) in nt:
            missing.append(("should be absent", t))
    if missing:
        raise AssertionError("%s: %s" % (label, missing))


def write_gold(gold):
    path = os.path.join(OUT, os.path.splitext(gold["file"])[0] + ".gold.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="author_e_")
    try:
        # ---------------- Leszno: tracked source, accepted before export, PDF kept
        d_tr, _ = assemble(leszno, False, None, tmp, "tracked_" + leszno.FILE_BASE + ".docx")
        d, path, pdf, n, texts = two_pass(leszno, True, tmp, leszno.FILE_BASE + ".docx")
        out_pdf = os.path.join(OUT, leszno.FILE_BASE + ".pdf")
        shutil.copyfile(pdf, out_pdf)
        gold = leszno.gold(n)
        check_values(gold, "\n".join(texts), "Leszno PDF", absent=[leszno.DELETED_ACTION["scope"], "6,4 mln zł"])
        check_values(gold, docxlib.docx_accepted_text(path), "Leszno DOCX")
        write_gold(gold)
        print("Leszno:", os.path.basename(out_pdf), n, "pages,", len(gold["actions"]), "actions")

        # ---------------- Ostrołęka: DOCX with tracked changes/comments kept
        d, path, pdf, n, texts = two_pass(ostroleka, False, tmp, ostroleka.FILE_BASE + ".docx")
        out_docx = os.path.join(OUT, ostroleka.FILE_BASE + ".docx")
        shutil.copyfile(path, out_docx)
        gold = ostroleka.gold(n)
        acc = docxlib.docx_accepted_text(path)
        check_values(gold, acc, "Ostroleka DOCX (accepted text)", absent=ostroleka.ABSENT_IN_ACCEPTED)
        # LibreOffice's own reading of the file
        txt = soffice_convert(path, tmp, "txt:Text (encoded):UTF8")
        with open(txt, encoding="utf-8", errors="replace") as f:
            check_values(gold, f.read(), "Ostroleka soffice txt")
        write_gold(gold)
        print("Ostrołęka:", os.path.basename(out_docx), n, "pages,", len(gold["actions"]), "actions")
    finally:
        if os.environ.get("AUTHOR_E_KEEP"):
            print("kept", tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
