"""Build the held-out test documents and their gold files.

Usage (from /work/main):
    .venv/bin/python corpus/src/holdout/build_holdout.py [stem ...]

Output: corpus/holdout/<stem>.<ext> and corpus/holdout/<stem>.gold.json.
Deterministic: reportlab invariant mode, fixed document metadata, fixed ZIP
timestamps, and the LibreOffice PDF gets its dates / ID normalised.
"""
from __future__ import annotations

import importlib
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import hkit  # noqa: E402
from hkit import OUT_DIR, render_docx, render_odt, render_pdf  # noqa: E402
from common import normalize_zip  # noqa: E402  (corpus/src/office)

MODULES = ["ho_lublin", "ho_konin", "ho_siedlce", "ho_gniezno", "ho_przemysl",
           "ho_tczew", "ho_swidnica", "ho_plan_powietrze", "ho_plan_rewitalizacja"]

LO_PROFILE = Path("/tmp/lo_holdout_profile")


def lo_convert(src: Path, outdir: Path) -> Path:
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE.as_uri()}", "--headless",
           "--norestore", "--convert-to", "pdf", "--outdir", str(outdir), str(src)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    out = outdir / (src.stem + ".pdf")
    if proc.returncode != 0 or not out.exists():
        raise RuntimeError(f"soffice failed: {proc.stdout}\n{proc.stderr}")
    return out


def normalize_lo_pdf(path: Path) -> None:
    """Replace the volatile bits of a LibreOffice PDF by fixed values of the
    same length (xref offsets stay valid): dates, the trailer /ID and the
    /DocChecksum entry."""
    data = path.read_bytes()

    def fix_date(m):
        return m.group(1) + b"20250303143000" + m.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})([^)]*\))", fix_date, data)

    def zero_groups(m):
        out, pos = b"", m.start(0)
        for g in range(1, (m.lastindex or 0) + 1):
            out += m.string[pos:m.start(g)] + b"0" * (m.end(g) - m.start(g))
            pos = m.end(g)
        return out + m.string[pos:m.end(0)]

    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]", zero_groups, data)
    data = re.sub(rb"/DocChecksum\s*/([0-9A-Fa-f]+)", zero_groups, data)
    path.write_bytes(data)


def build_one(mod_name: str) -> hkit.Doc:
    mod = importlib.import_module(mod_name)
    doc = mod.build()
    out = OUT_DIR / doc.file
    if doc.fmt == "pdf":
        render_pdf(doc, out)
    elif doc.fmt == "docx":
        render_docx(doc, out)
        normalize_zip(out)
    elif doc.fmt == "odt":
        render_odt(doc, out)
        normalize_zip(out)
    elif doc.fmt == "lo_pdf":
        with tempfile.TemporaryDirectory(prefix="holdout_lo_") as tmp:
            src = Path(tmp) / f"{doc.stem}.docx"
            render_docx(doc, src)
            normalize_zip(src)
            pdf = lo_convert(src, Path(tmp))
            normalize_lo_pdf(pdf)
            shutil.copyfile(pdf, out)
    else:
        raise ValueError(doc.fmt)
    doc.write_gold(OUT_DIR)
    return doc


def main(only: list[str]) -> int:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for name in MODULES:
        if only and not any(o in name for o in only):
            continue
        doc = build_one(name)
        g = doc.gold()
        secs = " ".join(f"{k[:4]}={v[0]}" for k, v in g["sections"].items())
        print(f"{doc.file:42s} {len(g['actions']):2d} actions  {secs}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
