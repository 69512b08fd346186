"""Sanity checks for the office corpus: every document opens with its library,
gold titles are printed verbatim, and each document really contains the layout
features it is meant to exercise.  Optionally renders every file to PDF.

Usage (from /work/main):
    .venv/bin/python corpus/src/office/verify_office.py [--pdf OUTDIR]
"""
from __future__ import annotations

import json
import re
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docx                                   # noqa: E402
from lxml import etree                        # noqa: E402
from odf import teletype                      # noqa: E402
from odf import text as odftext               # noqa: E402
from odf.opendocument import load as odf_load  # noqa: E402

from build_office import MODULES              # noqa: E402
from common import DOCUMENTS_DIR, GOLD_DIR    # noqa: E402
from odt_kit import soffice_convert           # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NS = {"w": W[1:-1],
      "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
      "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
      "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"}

failures: list[str] = []


def check(cond: bool, msg: str) -> None:
    print(("  ok   " if cond else "  FAIL ") + msg)
    if not cond:
        failures.append(msg)


def xml(path: Path, member: str):
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(member)) if member in z.namelist() else None


def docx_paragraph_texts(path: Path) -> list[str]:
    root = xml(path, "word/document.xml")
    return ["".join(p.itertext()) for p in root.iter(W + "p")]


def odt_paragraph_texts(path: Path) -> list[str]:
    """Text of every text:p / text:h in document order (tabs kept as \t)."""
    wanted = {(NS["text"], "p"), (NS["text"], "h")}
    out = []

    def walk(node):
        for child in node.childNodes:
            if getattr(child, "qname", None) in wanted:
                out.append(teletype.extractText(child))
            elif child.nodeType == child.ELEMENT_NODE:
                walk(child)

    walk(odf_load(str(path)).text)
    return out


def common_checks(path: Path, gold: dict, paras: list[str]) -> None:
    full = "\n".join(paras)
    for a in gold["actions"]:
        check(any(a["title"] in p for p in paras), f"title printed: {a['title'][:60]}")
    if gold["city"]:
        check(gold["city"].split()[0][:4] in full, f"city name in text ({gold['city']})")
    check(len(full.split()) > 900, f"substantial text ({len(full.split())} words)")


# ------------------------------------------------------------------ per file
def v_opole(path, gold, paras):
    d = docx.Document(str(path))
    heads = [p for p in d.paragraphs if p.style.name in ("Heading 1", "Heading 2")]
    check(len(heads) >= 12, f"{len(heads)} Heading 1/2 paragraphs")
    check(not any(re.match(r"^\d", p.text) for p in heads), "no typed numbers in headings")
    num = xml(path, "word/numbering.xml")
    lvls = {(l.find(W + "pStyle").get(W + "val"), l.find(W + "lvlText").get(W + "val"))
            for l in num.iter(W + "lvl") if l.find(W + "pStyle") is not None}
    check(("Heading1", "%1.") in lvls and ("Heading2", "%1.%2.") in lvls,
          f"numbering.xml links Heading1/2 to %1. / %1.%2. ({sorted(lvls)})")
    styles = xml(path, "word/styles.xml")
    h1 = styles.xpath("//w:style[@w:styleId='Heading1']/w:pPr/w:numPr", namespaces=NS)
    check(bool(h1), "Heading1 style carries numPr")
    check(any(p.style.name == "List Number" and p._p.pPr.numPr is not None for p in d.paragraphs),
          "List Number paragraphs with numbering")
    check(any(p.style.name == "List Bullet 2" for p in d.paragraphs), "second-level bullets")
    body = xml(path, "word/document.xml")
    check(bool(body.xpath("//w:gridSpan", namespaces=NS)), "gridSpan cell")
    check(len(body.xpath("//w:vMerge", namespaces=NS)) >= 2, "vMerge cells")
    t = d.tables[0]
    check([c.text for c in t.rows[1].cells] ==
          ["Termin", "Działanie", "Koszt", "Realizator", "Wskaźnik", "Źródło finansowania"],
          "actions table column order")
    footer = "".join(d.sections[0].footer._element.itertext())
    instr = [e.text for e in d.sections[0].footer._element.iter(W + "instrText")]
    check("Strona" in footer and any("PAGE" in i for i in instr), "footer with PAGE field")
    check("Opole" in d.sections[0].header.paragraphs[0].text, "header with city name")
    check(d.core_properties.title.startswith("Miejska Inicjatywa"), "core title set")


def v_lodz(path, gold, paras):
    d = docx.Document(str(path))
    check(not any(p.style.name.startswith("Heading") for p in d.paragraphs), "no heading styles")
    fake = [p for p in d.paragraphs if p.runs and p.runs[0].bold and p.runs[0].font.size
            and p.runs[0].font.size.pt >= 13]
    check(len(fake) >= 10, f"{len(fake)} bold 13-14 pt fake headings")
    one_cell = [t for t in d.tables if len(t.rows) == 1 and len(t.columns) == 1]
    check(bool(one_cell) and bool(one_cell[0]._tbl.xpath(".//w:shd")),
          "one-cell shaded table with a heading")
    for h in ("Skąd startujemy?", "Co chcemy osiągnąć", "Kto z nami współpracuje",
              "Co może pójść nie tak?", "STRESZCZENIE"):
        check(h in paras, f"heading '{h}'")
    check("do uzupełnienia" in paras, "risks placeholder")
    check(not any("wskaźniki" in p.lower() and len(p) < 40 for p in paras), "no indicators heading")
    check(sum(p.startswith("Podmiot odpowiedzialny:") for p in paras) >= 5, "key-value lines")


def v_chorzow(path, gold, paras):
    d = docx.Document(str(path))
    fn = xml(path, "word/footnotes.xml")
    notes = [n for n in (fn.iter(W + "footnote") if fn is not None else [])
             if n.get(W + "type") is None and "".join(n.itertext()).strip()]
    check(len(notes) >= 3, f"{len(notes)} real footnotes in word/footnotes.xml")
    body = xml(path, "word/document.xml")
    check(len(body.xpath("//w:footnoteReference", namespaces=NS)) == len(notes),
          "footnote references in body")
    boxes = body.xpath("//w:txbxContent", namespaces=NS)
    check(any("Najważniejsze liczby" in "".join(b.itertext()) for b in boxes),
          "w:txbxContent with 'Najważniejsze liczby'")
    check(bool(body.xpath("//w:vMerge", namespaces=NS)), "row-spanning cell (vMerge)")
    heads = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    check(len(heads) == 9 and all(h.startswith("Rozdział ") for h in heads),
          "9 Heading 1 'Rozdział N.' headings")
    check("Wstępny projekt" in paras, "draft marker on title page")


def v_plan_powietrze(path, gold, paras):
    d = docx.Document(str(path))
    heads = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    check([h.split()[0] for h in heads] == ["1.", "2.", "3.", "4.", "5."], f"headings {heads}")
    t = d.tables[0]
    check([c.text for c in t.rows[0].cells] == ["Nr", "Rekomendacja", "Typ", "Adresat", "Termin"],
          "recommendations table header")
    check(len(t.rows) == 8, "7 recommendation rows")
    check({r.cells[2].text for r in t.rows[1:]} <= {"prawna", "finansowa", "organizacyjna", "wiedza"},
          "type labels")


def v_ostrow(path, gold, paras):
    content = xml(path, "content.xml")
    styles = xml(path, "styles.xml")
    levels = {h.get(f"{{{NS['text']}}}outline-level") for h in content.iter(f"{{{NS['text']}}}h")}
    check(levels == {"1", "2"}, f"text:h outline levels {sorted(levels)}")
    h1 = [teletype.extractText(h) for h in odf_load(str(path)).getElementsByType(odftext.H)
          if h.getAttribute("outlinelevel") == 1]
    check(all(h.startswith("§ ") for h in h1), "'§ N.' headings")
    check(bool(content.xpath("//table:table-cell[@table:number-columns-spanned]", namespaces=NS)),
          "number-columns-spanned")
    check(bool(content.xpath("//table:table-cell[@table:number-rows-spanned]", namespaces=NS)),
          "number-rows-spanned")
    check(bool(content.xpath("//table:covered-table-cell", namespaces=NS)), "covered cells")
    check(bool(content.xpath("//text:list-item/text:list", namespaces=NS)), "nested lists")
    check(bool(styles.xpath("//style:footer//text:page-number", namespaces=NS)), "footer page-number")
    check(bool(styles.xpath("//style:header", namespaces=NS)), "master-page header")
    check("W przygotowaniu." in paras, "budget placeholder")


def v_jelenia(path, gold, paras):
    content = xml(path, "content.xml")
    check(not content.xpath("//text:h", namespaces=NS), "no text:h")
    fake = content.xpath("//text:p[@text:style-name='P_fakeh']", namespaces=NS)
    check(len(fake) >= 9, f"{len(fake)} fake-heading paragraphs")
    st = content.xpath("//style:style[@style:name='P_fakeh']", namespaces=NS)
    props = etree.tostring(st[0]).decode() if st else ""
    check('font-size="14pt"' in props and 'font-weight="bold"' in props,
          "fake-heading automatic style is bold 14 pt")
    check(bool(content.xpath("//style:tab-stop[@style:leader-text='.']", namespaces=NS)),
          "dotted-leader tab stop")
    harmonogram = [p for p in paras if "Harmonogram" in p]
    check(len(harmonogram) == 1 and "\t" in harmonogram[0], "'Harmonogram' only in the TOC")
    check(bool(content.xpath("//text:list-item/text:list", namespaces=NS)), "actions with sub-items")


def v_plan_mobilnosc(path, gold, paras):
    recs = [p for p in paras if p.startswith("Rekomendacja ") and ":" in p]
    check(len(recs) == 6, f"{len(recs)} 'Rekomendacja N:' headings")
    check(sum(p.startswith("Adresat:") for p in paras) == 6, "6 'Adresat:' lines")
    i = paras.index("Wdrożenie")
    check(len(paras) == i + 2, "implementation is a single sentence")


CHECKS = {"mid_opole_powietrze.docx": v_opole, "mid_lodz_rewitalizacja.docx": v_lodz,
          "mid_chorzow_mobilnosc.docx": v_chorzow, "plan_ulepszen_powietrze.docx": v_plan_powietrze,
          "mid_ostrow_wlkp_mobilnosc.odt": v_ostrow, "mid_jelenia_gora_powietrze.odt": v_jelenia,
          "plan_ulepszen_mobilnosc_siec.odt": v_plan_mobilnosc}


def main(argv):
    pdf_dir = Path(argv[argv.index("--pdf") + 1]) if "--pdf" in argv else None
    for mod in MODULES:
        path = DOCUMENTS_DIR / mod.FILE
        gold = json.loads((GOLD_DIR / f"{path.stem}.gold.json").read_text(encoding="utf-8"))
        print(f"\n== {mod.FILE}")
        check(gold["file"] == mod.FILE, "gold file name")
        paras = docx_paragraph_texts(path) if path.suffix == ".docx" else odt_paragraph_texts(path)
        if path.suffix == ".docx":
            docx.Document(str(path))        # opens with python-docx
        common_checks(path, gold, paras)
        CHECKS[mod.FILE](path, gold, paras)
        if pdf_dir:
            pdf_dir.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory() as prof:
                pdf = soffice_convert(path, "pdf", pdf_dir, prof)
            pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))
            check(3 <= pages <= 8, f"renders to PDF: {pages} pages")
    print(f"\n{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
