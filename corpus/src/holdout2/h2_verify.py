"""Sanity checks for corpus/holdout2 (run after build_holdout2.py).

Usage (from /work/main):  .venv/bin/python corpus/src/holdout2/h2_verify.py

Opens every document with its reader, checks page counts (DOCX/ODT are
rendered by LibreOffice into a temporary directory), gold structure, that
every gold action title is printed, and the trap each document claims.
"""
from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docx                                     # noqa: E402
import pdfplumber                               # noqa: E402
import pypdfium2 as pdfium                      # noqa: E402
from odf import teletype                        # noqa: E402
from odf import text as odftext                 # noqa: E402
from odf.opendocument import load as odf_load   # noqa: E402

from h2_common import MID_SECTIONS, OUT_DIR, PLAN_SECTIONS, THEMES  # noqa: E402
from odt_kit import soffice_convert             # noqa: E402

EXPECTED = {
    "mid_olsztyn_mobilnosc.pdf", "mid_radom_powietrze.pdf",
    "mid_kalisz_rewitalizacja_projekt.pdf", "mid_zamosc_rewitalizacja.docx",
    "mid_tarnobrzeg_powietrze.docx", "plan_ulepszen_mobilnosc_projekt.docx",
    "mid_elk_mobilnosc.odt", "plan_ulepszen_jakosc_powietrza.odt",
}
failures: list[str] = []


def check(cond, msg):
    print(("  ok   " if cond else "  FAIL ") + msg)
    if not cond:
        failures.append(msg)


def norm(s: str) -> str:
    s = s.replace("\u00a0", " ")
    s = re.sub(r"-\n", "", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def pdf_text(path: Path) -> tuple[list[str], str, int]:
    pdf = pdfium.PdfDocument(str(path))
    n_r = len(pdf)
    for i in range(n_r):
        assert pdf[i].render(scale=0.3).to_pil().size[0] > 0
    pdf.close()
    with pdfplumber.open(path) as p:
        pages = [pg.extract_text() or "" for pg in p.pages]
        parts = list(pages)
        for pg in p.pages:
            mid = pg.width / 2
            parts.append(pg.crop((0, 0, mid, pg.height)).extract_text() or "")
            parts.append(pg.crop((mid, 0, pg.width, pg.height)).extract_text() or "")
            for t in pg.find_tables():
                parts += [c for row in t.extract() for c in row if c]
        assert len(p.pages) == n_r
    return pages, "\n".join(parts), n_r


def docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts += [p.text for p in c.paragraphs]
    return "\n".join(parts)


def odt_text(path: Path) -> str:
    doc = odf_load(str(path))
    return "\n".join(teletype.extractText(e) for e in
                     doc.text.getElementsByType(odftext.P) + doc.text.getElementsByType(odftext.H))


def rendered_pages(path: Path, tmp: str) -> int:
    pdf = soffice_convert(path, "pdf", tmp, "/tmp/lo_holdout2_profile")
    doc = pdfium.PdfDocument(str(pdf))
    n = len(doc)
    doc.close()
    return n


def main() -> int:
    golds = sorted(OUT_DIR.glob("*.gold.json"))
    docs = sorted(p for p in OUT_DIR.iterdir() if not p.name.endswith(".gold.json"))
    check({p.name for p in docs} == EXPECTED, f"{len(docs)} documents as expected")
    check(len(golds) == 8, "8 gold files")
    kinds = {"pdf": 0, "docx": 0, "odt": 0}
    types = {"mid": 0, "improvement_plan": 0}
    networks, cities = set(), []
    with tempfile.TemporaryDirectory(prefix="h2_verify_") as tmp:
        for g in golds:
            gold = json.loads(g.read_text(encoding="utf-8"))
            path = OUT_DIR / gold["file"]
            print(f"\n{gold['file']}")
            check(path.exists() and path.stem + ".gold.json" == g.name, "document next to gold")
            check(set(gold) == {"file", "document_type", "city", "network", "status",
                                "text_layer", "sections", "actions", "notes"}, "gold keys")
            ids = MID_SECTIONS if gold["document_type"] == "mid" else PLAN_SECTIONS
            check(list(gold["sections"]) == list(ids), "all section ids, in order")
            check(all(v in ("present", "incomplete", "missing") for v in gold["sections"].values()),
                  "section statuses valid")
            for a in gold["actions"]:
                ok = (a["theme"] in THEMES and all(t in THEMES for t in a["secondary_themes"])
                      and all(isinstance(a[k], bool) for k in
                              ("responsible", "timeline", "cost", "indicator")))
                if gold["document_type"] == "mid":
                    ok = ok and a["type"] is None
                else:
                    ok = ok and a["type"] in ("legal", "financial", "organisational", "knowledge")
                check(ok, f"action fields valid: {a['title'][:50]}")
            ext = path.suffix[1:]
            kinds[ext] += 1
            types[gold["document_type"]] += 1
            networks.add(gold["network"])
            if gold["city"]:
                cities.append(gold["city"])
            if ext == "pdf":
                pages, full, n = pdf_text(path)
                check(all(len(t.strip()) > 20 for t in pages), "text layer on every page")
            else:
                full = docx_text(path) if ext == "docx" else odt_text(path)
                n = rendered_pages(path, tmp)
            print(f"  pages: {n}, words: {len(full.split())}")
            check(3 <= n <= 6, "3–6 pages")
            nf = norm(full)
            for a in gold["actions"]:
                check(norm(a["title"]) in nf, f"title printed: {a['title'][:55]}")
            if gold["city"]:
                check(gold["city"][:4] in full, "city named in the text")
            secs = gold["sections"]
            print("  sections:", ", ".join(f"{k}={v[0]}" for k, v in secs.items()))

            # document-specific traps
            name = gold["file"]
            if name == "mid_olsztyn_mobilnosc.pdf":
                check("7. Co może pójść nie tak" in pages[0], "ToC lists chapter 7 (risks)")
                check(all("Co może pójść nie tak" not in t and "ryzyk" not in t.lower()
                          for t in pages[1:]), "no risk chapter in the body")
                check("Harmonogram zimowego" in full and secs["schedule"] == "missing",
                      "'Harmonogram …' action while schedule missing")
            if name == "mid_radom_powietrze.pdf":
                with pdfplumber.open(path) as p:
                    pg = p.pages[1]
                    mid = pg.width / 2
                    ws = [w for w in pg.extract_words() if 60 < w["top"] < 800]
                    cross = sum(w["x0"] < mid < w["x1"] for w in ws)
                    check(cross == 0 and sum(w["x1"] < mid for w in ws) > 100
                          and sum(w["x0"] > mid for w in ws) > 100, "page 2 in two columns")
                check("HARMONOGRAM I BUDŻET" in full, "merged heading present")
                check("ZAŁĄCZNIK 1" in pages[-1], "annex on the last page")
            if name == "mid_kalisz_rewitalizacja_projekt.pdf":
                check("PROJEKT – WERSJA ROBOCZA" in pages[0], "draft on the title page")
                order = [full.find(f"Rozdział {i}.") for i in range(1, 9)]
                check(order == sorted(order) and "Kto współtworzy" in pages[1],
                      "chapters in order, stakeholders as chapter 2")
                check("Załącznik 1" in pages[-1], "annex after the body")
            if name == "mid_zamosc_rewitalizacja.docx":
                d = docx.Document(str(path))
                last = d.element.body[-2]
                check(last.tag.endswith("}tbl") or d.element.body[-3].tag.endswith("}tbl"),
                      "document ends with the unheaded risk table")
                check("Budżet obywatelski" in full and secs["budget"] == "missing",
                      "'Budżet …' action while budget missing")
            if name == "mid_tarnobrzeg_powietrze.docx":
                d = docx.Document(str(path))
                check(all(not p.style.name.startswith("Heading") for p in d.paragraphs),
                      "no Word heading styles")
            if name == "mid_elk_mobilnosc.odt":
                doc = odf_load(str(path))
                check(len(doc.text.getElementsByType(odftext.H)) >= 10, "text:h headings")
            if name == "plan_ulepszen_jakosc_powietrza.odt":
                doc = odf_load(str(path))
                check(len(doc.text.getElementsByType(odftext.H)) == 0, "no text:h headings")
    print()
    check(kinds == {"pdf": 3, "docx": 3, "odt": 2}, f"formats {kinds}")
    check(types == {"mid": 6, "improvement_plan": 2}, f"types {types}")
    check(networks == {"air_quality", "mobility", "revitalisation"}, "all three networks")
    check(len(set(cities)) == 6, f"six towns {sorted(cities)}")
    print("\nALL CHECKS PASSED" if not failures else f"\n{len(failures)} FAILURES")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
