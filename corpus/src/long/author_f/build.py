"""author_f: rebuild both long holdout documents and their gold files from scratch.

    .venv/bin/python corpus/src/long/author_f/build.py

Needs LibreOffice (soffice) for the PDF export (page counts, and the shipped PDF of the MID)
and for the text export used to verify every gold value against the printed text.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import pypdfium2 as pdfium  # noqa: E402

import mid_jaworzno  # noqa: E402
import plan_rewitalizacja  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUTDIR = os.path.join(ROOT, "corpus", "long_holdout")
PROFILE = "file:///tmp/lo_author_f"


def soffice(fmt, src, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + PROFILE, "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    return os.path.join(outdir, base + "." + ext)


def pdf_pages_text(pdf):
    doc = pdfium.PdfDocument(pdf)
    texts = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        texts.append(tp.get_text_range())
    n = len(doc)
    doc.close()
    return n, texts


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00a0", " ").replace("\u00ad", "").replace("\ufffe", "").replace("\r", "")
    return re.sub(r"\s+", " ", s).strip()


def heading_pages(texts, headings):
    """First page (1-based) whose text contains each heading, scanning forward in order."""
    res = {}
    start = 0
    for lvl, text, _ in headings:
        if lvl == 3:
            continue
        key = norm(text)
        for i in range(start, len(texts)):
            if key.lower() in norm(texts[i]).lower() and i > 1:  # skip cover + ToC page
                res[text] = i + 1
                start = i
                break
    return res


def check_gold(gold, text, label):
    t = norm(text)
    missing = []
    for a in gold["actions"]:
        if norm(a["title"]) not in t:
            missing.append(("title", a["title"]))
        for k, v in a["values"].items():
            if v is not None and norm(v) not in t:
                missing.append((k, v))
    if missing:
        for m in missing:
            print("  MISSING in %s: %s = %r" % (label, m[0], m[1]))
        raise SystemExit("gold check failed for " + label)
    print("  gold values verified in %s (%d actions)" % (label, len(gold["actions"])))


def write_gold(gold, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")


def build_mid(tmp):
    base = mid_jaworzno.FILE_BASE
    odt = os.path.join(tmp, base + ".odt")
    # pass 1: find the pages of the headings to fill the cached ToC realistically
    mid_jaworzno.build(odt)
    pdf = soffice("pdf", odt, tmp)
    _, texts = pdf_pages_text(pdf)
    pages = heading_pages(texts, mid_jaworzno.LAST_HEADINGS)
    gold = mid_jaworzno.build(odt, toc_pages=pages)
    pdf = soffice("pdf", odt, tmp)
    n, texts = pdf_pages_text(pdf)
    gold["pages"] = n
    txt = soffice("txt:Text (encoded):UTF8", odt, tmp)
    with open(txt, encoding="utf-8-sig") as f:
        check_gold(gold, f.read(), base + ".odt -> txt")
    full = "\n".join(texts)
    assert "1. Streszczenie" in full and "Analiza ryzyka" in full, "stale ToC entries not in PDF"
    if not 20 <= n <= 60:
        raise SystemExit("MID page count out of range: %d" % n)
    shutil.copyfile(pdf, os.path.join(OUTDIR, base + ".pdf"))
    write_gold(gold, os.path.join(OUTDIR, base + ".gold.json"))
    print("%s.pdf: %d pages, %d actions" % (base, n, len(gold["actions"])))


def build_plan(tmp):
    base = plan_rewitalizacja.FILE_BASE
    odt = os.path.join(tmp, base + ".odt")
    gold = plan_rewitalizacja.build(odt)
    pdf = soffice("pdf", odt, tmp)
    n, texts = pdf_pages_text(pdf)
    gold["pages"] = n
    # accepted view: body text of content.xml without the tracked-changes store
    accepted = plan_rewitalizacja.accepted_text(odt)
    check_gold(gold, accepted, base + ".odt (accepted view)")
    assert "Gminny fundusz poręczeniowy" not in accepted, "tracked deletion leaked into accepted text"
    txt = soffice("txt:Text (encoded):UTF8", odt, tmp)
    with open(txt, encoding="utf-8-sig") as f:
        t = norm(f.read())
    # LibreOffice's text export shows tracked deletions inline: drop them (gold ignores deletions)
    for snip in plan_rewitalizacja.deleted_snippets():
        assert norm(snip) in t, "deleted snippet not found in txt export: %r" % snip
        t = t.replace(norm(snip), "")
    check_gold(gold, t, base + ".odt -> txt (deletions removed)")
    if not 20 <= n <= 60:
        raise SystemExit("Plan page count out of range: %d" % n)
    shutil.copyfile(odt, os.path.join(OUTDIR, base + ".odt"))
    write_gold(gold, os.path.join(OUTDIR, base + ".gold.json"))
    print("%s.odt: %d pages, %d recommendations" % (base, n, len(gold["actions"])))


def main():
    os.makedirs(OUTDIR, exist_ok=True)
    for f in os.listdir(OUTDIR):
        if f.startswith(mid_jaworzno.FILE_BASE) or f.startswith(plan_rewitalizacja.FILE_BASE):
            os.remove(os.path.join(OUTDIR, f))
    tmp = tempfile.mkdtemp(prefix="author_f_")
    try:
        build_mid(tmp)
        build_plan(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
