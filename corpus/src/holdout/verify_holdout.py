"""Check the held-out documents: each opens with its native reader, has text,
every gold action title occurs in the text, and has 3–7 pages (DOCX/ODT are
paginated by a LibreOffice conversion into a temporary directory).

Usage: .venv/bin/python corpus/src/holdout/verify_holdout.py [--no-pages] [--png]
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "holdout"
LO_PROFILE = Path("/tmp/lo_holdout_profile")


def text_of(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if path.suffix == ".odt":
        from odf import teletype, text
        from odf.opendocument import load
        d = load(str(path))
        parts = [teletype.extractText(e) for e in d.getElementsByType(text.H)]
        parts += [teletype.extractText(e) for e in d.getElementsByType(text.P)]
        return "\n".join(parts)
    raise ValueError(path)


def pages(path: Path, png: bool) -> int:
    import pdfplumber
    if path.suffix == ".pdf":
        pdf_path = path
        tmp = None
    else:
        tmp = tempfile.TemporaryDirectory(prefix="holdout_chk_")
        subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE.as_uri()}", "--headless",
                        "--norestore", "--convert-to", "pdf", "--outdir", tmp.name, str(path)],
                       capture_output=True, timeout=300, check=True)
        pdf_path = Path(tmp.name) / (path.stem + ".pdf")
    with pdfplumber.open(pdf_path) as pdf:
        n = len(pdf.pages)
    if png:
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(str(pdf_path))
        for i in range(len(doc)):
            doc[i].render(scale=0.8).to_pil().save(f"/tmp/holdout_png_{path.stem}_{i + 1}.png")
        doc.close()
    if tmp:
        tmp.cleanup()
    return n


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def main(argv) -> int:
    ok = True
    for gpath in sorted(OUT.glob("*.gold.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        doc = OUT / g["file"]
        txt = norm(text_of(doc))
        missing = [a["title"] for a in g["actions"] if norm(a["title"]) not in txt]
        n = None if "--no-pages" in argv else pages(doc, "--png" in argv)
        status = "OK"
        if missing or len(txt) < 3000 or (n is not None and not 3 <= n <= 7):
            status = "PROBLEM"
            ok = False
        print(f"{status:7s} {g['file']:42s} chars={len(txt):6d} pages={n} "
              f"actions={len(g['actions'])} titles_not_found={missing}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
