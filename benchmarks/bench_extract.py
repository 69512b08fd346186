"""PDF extraction speed and peak memory: pim-docs reader vs raw pdfplumber and pypdfium2.

    .venv/bin/python benchmarks/bench_extract.py [--rounds N] [PDF ...]

Each method runs in its own fresh subprocess over the same files (every text-layer PDF
of corpus/documents by default, plus a generated 60-page report), so peak RSS is the
method's own. Times exclude imports. The ratio column compares with raw pdfplumber
``extract_text`` measured in the same run, since absolute figures depend on the machine.
OCR is switched off for the pim-docs reader: this measures text-layer extraction.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

METHODS = {
    "pypdfium2 get_text_range": """
import pypdfium2 as pdfium
def run(path):
    pdf = pdfium.PdfDocument(path)
    n = len(pdf)
    for i in range(n):
        page = pdf[i]
        page.get_textpage().get_text_range()
    pdf.close()
    return n
""",
    "pdfplumber extract_text": """
import pdfplumber
def run(path):
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
        return len(pdf.pages)
""",
    "pim-docs PDF reader": """
from pathlib import Path
from pim_docs.config import Limits
from pim_docs.ingest.pdf import read
from pim_docs.model import ConversionResult
LIMITS = Limits(ocr_max_pages=0)
def run(path):
    res = ConversionResult(source_file=Path(path).name, sha256="")
    read(Path(path), res, LIMITS)
    return res.document.page_count
""",
}

# Peak memory from /proc/self/status VmHWM: unlike ru_maxrss it starts afresh at exec,
# so the parent's memory does not leak into the child's figure.
RUNNER = """
import json, sys, time
def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
{code}
files, rounds = json.loads(sys.argv[1]), int(sys.argv[2])
base = hwm()
pages, t0 = 0, time.perf_counter()
for _ in range(rounds):
    for f in files:
        pages += run(f)
elapsed = time.perf_counter() - t0
peak = hwm()
print(json.dumps({{"pages": pages, "seconds": elapsed, "peak_mb": peak, "delta_mb": peak - base}}))
"""


def default_files(tmp: Path) -> list[str]:
    import pdfplumber

    files = []
    for p in sorted((ROOT / "corpus" / "documents").glob("*.pdf")):
        with pdfplumber.open(p) as pdf:
            if all(page.chars for page in pdf.pages):  # text layer on every page
                files.append(str(p))
    files.append(str(_long_report(tmp / "raport_60_stron.pdf")))
    return files


def _long_report(path: Path) -> Path:
    """A 60-page report: headings, justified paragraphs, a ruled table every few pages."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    pdfmetrics.registerFont(TTFont("DV", font))
    pdfmetrics.registerFont(TTFont("DVB", font.replace(".ttf", "-Bold.ttf")))
    ss = getSampleStyleSheet()
    body = ss["BodyText"].clone("b", fontName="DV", fontSize=10, leading=13, alignment=4)
    head = ss["Heading2"].clone("h", fontName="DVB")
    text = ("Miasto realizuje program wymiany źródeł ciepła, termomodernizacji budynków i rozwoju "
            "komunikacji zbiorowej; działania są uzgadniane z Lokalnym Partnerstwem i mieszkańcami. ") * 5
    story = []
    for i in range(1, 61):
        story.append(Paragraph(f"{i}. Rozdział {i}: diagnoza i działania", head))
        story += [Paragraph(text, body) for _ in range(4)]
        if i % 3 == 0:
            rows = [["Lp.", "Działanie", "Termin", "Koszt"]] + [[str(k), f"Działanie {k} w rozdziale {i}",
                                                                   "2025–2027", f"{k * 100} tys. zł"] for k in range(1, 8)]
            t = Table(rows)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 0), (-1, -1), "DV")]))
            story.append(t)
        story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path


def measure(code: str, files: list[str], rounds: int) -> dict:
    out = subprocess.run([sys.executable, "-c", RUNNER.format(code=code), json.dumps(files), str(rounds)],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = args.files or default_files(Path(tmp))
        results = {name: measure(code, files, args.rounds) for name, code in METHODS.items()}
    base = results["pdfplumber extract_text"]["seconds"]
    pages = results["pdfplumber extract_text"]["pages"]
    print(f"{len(files)} PDFs, {pages // args.rounds} pages, {args.rounds} rounds\n")
    print("| method | pages/s | time vs pdfplumber extract_text | peak RSS (MB) | growth while extracting (MB) |")
    print("|---|---:|---:|---:|---:|")
    for name, r in results.items():
        print(f"| {name} | {r['pages'] / r['seconds']:.1f} | {r['seconds'] / base:.2f}× | "
              f"{r['peak_mb']:.0f} | {r['delta_mb']:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
