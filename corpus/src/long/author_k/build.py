"""author_k: rebuild both documents and their gold files into corpus/long_holdout3/.

Run: /work/main/.venv/bin/python corpus/src/long/author_k/build.py   (needs soffice)
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
OUT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "long_holdout3"))
PROFILE = "file:///tmp/lo_author_k"

import pypdfium2 as pdfium  # noqa: E402

import sanok  # noqa: E402
import plan_mob  # noqa: E402


def to_pdf(src, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + PROFILE, "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")


def pdf_pages_text(path):
    pdf = pdfium.PdfDocument(path)
    texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    pdf.close()
    return texts


def norm(s):
    s = s.replace("\r", " ").replace("\n", " ").replace("\u00ad", "").replace("\ufffe", "").replace("\x02", "")
    return re.sub(r"\s+", " ", s).strip()


def heading_pages(texts, headings, skip=2):
    """Page (1-based) where each heading first occurs as its own line after the ToC pages (case-insensitive:
    level-1 headings are rendered in capitals)."""
    res = {}
    for t in headings:
        nt = norm(t).lower()
        pat = re.compile(r"^(\d+(\.\d+)*\.?\s*)?" + re.escape(nt) + "$")
        hit = None
        for i in range(skip, len(texts)):
            if any(pat.match(norm(line).lower()) for line in texts[i].splitlines()):
                hit = i
                break
        if hit is None:  # wrapped heading: fall back to plain substring
            for i in range(skip, len(texts)):
                if nt in norm(texts[i]).lower():
                    hit = i
                    break
        if hit is not None:
            res[t] = str(hit + 1)
    return res


def toc_titles(mod):
    return [t for l, t in mod.TOC_HEADS] if hasattr(mod, "TOC_HEADS") else None


def odt_text(path):
    """Accepted text of an ODT: tracked deletions and comments dropped, one paragraph per line."""
    import zipfile
    from lxml import etree
    ns = {"text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
          "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0"}
    root = etree.fromstring(zipfile.ZipFile(path).read("content.xml"))
    for el in root.xpath("//text:tracked-changes | //office:annotation | //text:note", namespaces=ns):
        parent, tail = el.getparent(), el.tail or ""
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
        parent.remove(el)
    out = []
    for p in root.xpath("//text:p | //text:h", namespaces=ns):
        out.append("".join(p.itertext()))
    return out


def check(texts, g, pages=None):
    full = norm(" ".join(texts))
    missing = []
    for a in g["actions"]:
        if norm(a["title"]) not in full:
            missing.append(("title", a["title"]))
        for k, v in a["values"].items():
            if v is not None and norm(v) not in full:
                missing.append((k, v))
    assert not missing, missing
    n = pages if pages is not None else len(texts)
    assert 22 <= n <= 60, n


def build_one(mod, kind, tmp):
    # pass 1: no page numbers in ToC; pass 2: cached page numbers taken from pass-1 PDF
    odt = os.path.join(tmp, mod.BASE + ".odt")
    d = mod.build(None)
    d.save(odt)
    texts = pdf_pages_text(to_pdf(odt, tmp))
    pages = heading_pages(texts, [t for l, t, u in d.headings])
    d = mod.build(pages)
    d.save(odt)
    pdf = to_pdf(odt, tmp)
    texts = pdf_pages_text(pdf)
    g = mod.gold(len(texts))
    if kind == "pdf":
        check(texts, g)  # printed text of the kept PDF
    else:
        check(odt_text(odt), g, len(texts))  # accepted text of the ODT (changes shown in the PDF render)
    if kind == "pdf":
        shutil.copy(pdf, os.path.join(OUT, mod.BASE + ".pdf"))
    else:
        shutil.copy(odt, os.path.join(OUT, mod.BASE + ".odt"))
    with open(os.path.join(OUT, mod.BASE + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("%s: %d pages, %d actions" % (g["file"], g["pages"], len(g["actions"])))


def main():
    os.makedirs(OUT, exist_ok=True)
    for mod in (sanok, plan_mob):
        for ext in (".pdf", ".odt", ".gold.json"):
            p = os.path.join(OUT, mod.BASE + ext)
            if os.path.exists(p):
                os.remove(p)
    with tempfile.TemporaryDirectory(prefix="author_k_") as tmp:
        build_one(sanok, "pdf", tmp)
        build_one(plan_mob, "odt", tmp)


if __name__ == "__main__":
    main()
