"""Sanity checks for the PDF part of the corpus.

Run from the project root:  .venv/bin/python corpus/src/pdf/check_pdfs.py
Checks page counts, text layers, rendering, the layout features each document
claims (spanning table, two columns, mixed page, …) and that every gold action
title can be found in the extracted text.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdfcommon import DOC_DIR, GOLD_DIR  # noqa: E402

FILES = ["mid_tarnow_powietrze.pdf", "mid_bielsko_biala_mobilnosc.pdf",
         "mid_zielona_gora_rewitalizacja.pdf", "mid_kielce_powietrze_skan.pdf",
         "mid_elblag_mobilnosc_projekt.pdf", "plan_ulepszen_rewitalizacja.pdf",
         "mid_slupsk_rewitalizacja.pdf"]
failures: list[str] = []


def check(cond: bool, msg: str):
    print(("  ok   " if cond else "  FAIL ") + msg)
    if not cond:
        failures.append(msg)


def norm(s: str) -> str:
    s = s.replace("Ŝ", "ż").replace("\ufb01", "fi").replace("\ufb02", "fl").replace("\u00a0", " ")
    s = re.sub(r"-\n", "", s)                 # undo line-end hyphenation
    return re.sub(r"\s+", " ", s).lower()


def norm_title(t: str) -> str:
    return re.sub(r"\s+", " ", t.replace("Ż", "ż")).lower()


def searchable_text(pages) -> str:
    """Page text plus text read column by column and cell by cell.

    Titles inside table cells or in a two-column layout are interleaved with their
    neighbours in plain page text, so cells and half-page crops are added as well.
    """
    parts = []
    for p in pages:
        parts.append(p.extract_text() or "")
        mid = p.width / 2
        parts.append(p.crop((0, 0, mid, p.height)).extract_text() or "")
        parts.append(p.crop((mid, 0, p.width, p.height)).extract_text() or "")
        for t in p.find_tables():
            parts += [c for row in t.extract() for c in row if c]
    return "\n".join(parts)


def main() -> int:
    for name in FILES:
        path = DOC_DIR / name
        gold = json.loads((GOLD_DIR / (path.stem + ".gold.json")).read_text(encoding="utf-8"))
        print(f"\n{name}")
        check(gold["file"] == name, "gold 'file' matches")
        pdf_r = pdfium.PdfDocument(str(path))
        n_r = len(pdf_r)
        rendered = all(pdf_r[i].render(scale=0.3).to_pil().size[0] > 0 for i in range(n_r))
        pdf_r.close()
        check(rendered, f"pypdfium2 renders all {n_r} pages")
        with pdfplumber.open(path) as pdf:
            pages = pdf.pages
            n = len(pages)
            texts = [p.extract_text() or "" for p in pages]
            print(f"  pages: {n}")
            check(n == n_r, "pdfplumber and pdfium agree on page count")
            check(3 <= n <= 8, "3–8 pages")
            if gold["text_layer"]:
                with_text = [len(t.strip()) > 20 for t in texts]
                feats = gold["features"]
                if "mixed_page" in feats:
                    check(with_text.count(False) == 1, "exactly one page without text (mixed doc)")
                    empty = with_text.index(False)
                    check(0 < empty < n - 1, f"image-only page {empty + 1} is in the middle")
                    check(len(pages[empty].images) == 1 and not pages[empty].chars,
                          "that page holds one image and no characters")
                else:
                    check(all(with_text), "text extractable on every page")
                full = norm(searchable_text(pages))
                for a in gold["actions"]:
                    check(norm_title(a["title"]) in full, f"action title found: {a['title'][:50]}")
            else:
                check(all(not p.chars for p in pages), "no characters on any page")
                check(all(len(p.images) == 1 for p in pages), "one image per page")

            if "table_spans_pages" in gold["features"]:
                hits = [i for i, p in enumerate(pages)
                        for t in p.find_tables() if "Nazwa działania" in (t.extract()[0][1] or "")]
                check(len(hits) >= 2 and hits[1] == hits[0] + 1,
                      f"actions table on consecutive pages {[h + 1 for h in hits]} "
                      "with repeated header row")
            if "toc_lists_missing_section" in gold["features"]:
                check("8. Analiza ryzyka" in texts[1], "ToC lists '8. Analiza ryzyka'")
                check(all("Analiza ryzyka" not in t for t in texts[2:]),
                      "body has no 'Analiza ryzyka'")
                check(all(f"Strona {i + 1} z {n}" in t for i, t in enumerate(texts)),
                      "footer 'Strona N z M' on every page")
                check(all("MID Tarnów – Partnerska Inicjatywa Miast" in t for t in texts),
                      "running header on every page")
            if "two_column" in gold["features"]:
                mid = pages[0].width / 2
                for i, p in enumerate(pages[:2]):
                    ws = p.extract_words()
                    body = [w for w in ws if w["top"] > (260 if i == 0 else 60) and w["bottom"] < 800]
                    left = sum(w["x1"] < mid for w in body)
                    right = sum(w["x0"] > mid for w in body)
                    cross = sum(w["x0"] < mid < w["x1"] for w in body)
                    check(left > 100 and right > 100 and cross == 0,
                          f"page {i + 1}: two columns (left {left}, right {right}, "
                          f"crossing gutter {cross})")
                title = [w for w in pages[0].extract_words() if w["top"] < 150]
                check(any(w["x0"] < mid < w["x1"] for w in title) or
                      (min(w["x0"] for w in title) < mid - 100 and max(w["x1"] for w in title) > mid + 100),
                      "page 1 title block is full width")
            if "mojibake" in gold["features"]:
                raw = "".join(c["text"] for p in pages for c in p.chars)
                check("ż" not in raw and "Ż" not in raw and raw.count("Ŝ") > 30,
                      f"no ż/Ż, {raw.count('Ŝ')} × Ŝ in the text layer")
                check("\ufb01" in raw and "\ufb02" in raw, "ligatures ﬁ/ﬂ present")
                check("\u00a0" in raw, f"{raw.count(chr(0xa0))} non-breaking spaces present")
                lines = "\n".join(texts).split("\n")
                hy = [ln for ln in lines if re.search(r"\w-$", ln)]
                check(len(hy) >= 4, f"{len(hy)} lines end with a hyphenated word split")
            if "landscape_page" in gold["features"]:
                land = [i + 1 for i, p in enumerate(pages) if p.width > p.height]
                check(len(land) == 1, f"landscape page(s): {land}")
                lp = pages[land[0] - 1]
                check("Okres realizacji" in texts[land[0] - 1] and
                      re.search(r"\bod\b.*\bdo\b", texts[land[0] - 1]) is not None,
                      "landscape page has merged header 'Okres realizacji' over od | do")
                check(bool(lp.find_tables()), "landscape page has a ruled table")
                check("PROJEKT – wersja do konsultacji społecznych" in texts[0], "draft title page")
                check(all("Wersja robocza" in t for t in texts), "'Wersja robocza' header")
            if "unruled_table" in gold["features"]:
                pg = next(i for i, t in enumerate(texts) if "FEP 2021–2027 Budżet miasta" in t)
                p = pages[pg]
                kw = p.search("Przebudowa podwórek 3,4")
                top = kw[0]["top"] if kw else None
                lines_near = [ln for ln in p.lines + p.rects
                              if top is not None and abs(ln["top"] - top) < 60]
                check(kw and not lines_near, "budget table has no ruling lines")
                span_pg = next(i for i, t in enumerate(texts)
                               if "nabory najemców i wynajem lokali" in t)
                cells = pages[span_pg].search("nabory najemców i wynajem lokali")
                hdr26 = pages[span_pg].search("2026")[0]
                hdr27 = pages[span_pg].search("2027")[0]
                check(cells and cells[0]["x0"] < hdr27["x0"] and cells[0]["x1"] > hdr26["x1"],
                      "spanning cell covers the 2026 and 2027 columns")
                check("I. Analiza ryzyka" in "\n".join(texts), "risk section heading present")
        secs = gold["sections"]
        print("  sections:", ", ".join(f"{k}={v[0]}" for k, v in secs.items()),
              f"| actions: {len(gold['actions'])}")
    print("\nALL CHECKS PASSED" if not failures else f"\n{len(failures)} FAILURES")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
