# -*- coding: utf-8 -*-
"""Wspólne narzędzia: eksport LibreOffice, liczenie stron, tekst PDF, sprawdzanie gold."""
import json
import os
import re
import shutil
import subprocess
import tempfile

import pypdfium2 as pdfium

HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.abspath(os.path.join(HERE, "..", "..", "..", "long"))
PROFILE = "file:///tmp/lo_author_d"

TAGGED_PDF = ('pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},'
              '"ExportBookmarks":{"type":"boolean","value":"true"}}')


def soffice_convert(src, fmt, outdir):
    os.makedirs(outdir, exist_ok=True)
    cmd = ["soffice", "-env:UserInstallation=" + PROFILE, "--headless",
           "--convert-to", fmt, "--outdir", outdir, src]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if r.returncode != 0:
        raise RuntimeError("soffice failed: %s %s" % (r.stdout, r.stderr))
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    out = os.path.join(outdir, base + "." + ext)
    if not os.path.exists(out):
        raise RuntimeError("soffice produced nothing: %s %s" % (r.stdout, r.stderr))
    return out


def pdf_pages_text(path):
    pdf = pdfium.PdfDocument(path)
    pages = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        pages.append(tp.get_text_range())
    n = len(pdf)
    pdf.close()
    return n, pages


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\x02", "")
    return re.sub(r"\s+", " ", s).strip()


def strip_running(pages, header_prefixes=()):
    """Usuń nagłówki/stopki stron, by tekst przełamany między stronami dał się odnaleźć."""
    out = []
    for t in pages:
        lines = [l for l in t.splitlines()
                 if not re.fullmatch(r"\s*Strona \d+ z \d+\s*", l)
                 and not any(l.strip().startswith(h) for h in header_prefixes)]
        out.append("\n".join(lines))
    return "\n".join(out)


def check_gold_in_text(gold, text, extra_titles=()):
    t = norm(text)
    missing = []
    for a in gold["actions"]:
        if norm(a["title"]) not in t:
            missing.append(("title", a["title"]))
        for k, v in a["values"].items():
            if v is not None and norm(v) not in t:
                missing.append((k, v))
    for et in extra_titles:
        if norm(et) not in t:
            missing.append(("heading", et))
    return missing


def write_gold(gold, name):
    path = os.path.join(OUTDIR, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return path
