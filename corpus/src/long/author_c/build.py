# -*- coding: utf-8 -*-
"""author_c: rebuild both long documents and their gold files into corpus/long/.

    .venv/bin/python corpus/src/long/author_c/build.py

Needs LibreOffice (soffice) for the PDF exports (page counts, ToC page numbers, the MID PDF).
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
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..', '..'))
OUTDIR = os.path.join(ROOT, 'corpus', 'long')
PROFILE = 'file:///tmp/lo_author_c'

import pypdfium2 as pdfium  # noqa: E402

import plan  # noqa: E402
import mid   # noqa: E402


def soffice(src, outdir, fmt):
    subprocess.run(['soffice', '-env:UserInstallation=' + PROFILE, '--headless',
                    '--convert-to', fmt, '--outdir', outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(':')[0]
    out = os.path.join(outdir, base + '.' + ext)
    assert os.path.exists(out), out
    return out


def pdf_texts(path):
    pdf = pdfium.PdfDocument(path)
    texts = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        texts.append(tp.get_text_range())
        tp.close()
    pdf.close()
    return texts


def squash(s):
    s = s.replace('\u00ad', '').replace('\ufffe', '').replace('\u2010', '-')
    return re.sub(r'\s+', '', s)


def heading_pages(texts, heads):
    """Physical page (1-based) of each heading in the body (after the ToC)."""
    sq = [squash(t) for t in texts]
    last = squash(heads[-1][2])
    toc_end = next(i for i, t in enumerate(sq) if last in t)
    pages, cur = {}, toc_end + 1
    for level, number, text, bm, _ in heads:
        key = squash(text)
        for i in range(cur, len(sq)):
            if key in sq[i]:
                pages[bm] = i + 1
                cur = i
                break
        else:
            raise AssertionError('heading not found in PDF: ' + text)
    return pages


def check_gold(gold, full_text, extra_absent=()):
    sq = squash(full_text)
    missing = []
    for a in gold['actions']:
        if squash(a['title']) not in sq:
            missing.append(('title', a['title']))
        for k, v in a['values'].items():
            if v is not None and squash(v) not in sq:
                missing.append((k, v))
    assert not missing, missing
    for s in extra_absent:
        assert squash(s) not in sq, s


def write_gold(gold, name):
    path = os.path.join(OUTDIR, os.path.splitext(name)[0] + '.gold.json')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write('\n')


def normalise_pdf(data):
    """Make the LibreOffice export byte-reproducible: fixed creation date and document ID
    (same-length substitutions, so the xref offsets stay valid)."""
    data = re.sub(rb'(/CreationDate\s*\()(D:[^)]*)', lambda m: m.group(1) + date2(m.group(2)), data)
    import hashlib
    trailer = data.rfind(b'trailer')
    h = hashlib.md5(data[:trailer]).hexdigest().upper().encode()
    data = re.sub(rb'/DocChecksum\s*/[0-9A-Fa-f]+', b'/DocChecksum /' + h, data)
    data = re.sub(rb'/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]',
                  lambda m: re.sub(rb'<[0-9A-Fa-f]+>', b'<' + h + b'>', m.group(0)), data)
    return data


def date2(orig):
    fixed = b'D:20250210152000'
    return fixed + orig[len(fixed):] if len(orig) >= len(fixed) else orig


def build_plan(tmp):
    path = os.path.join(OUTDIR, plan.FILE)
    b0 = plan.build_docx(path)                          # pass 0: collect headings
    heads = b0.heads
    plan.build_docx(path, toc_pages={}, toc_heads=heads)   # pass 1: ToC without page numbers
    pdf = soffice(path, tmp, 'pdf')
    pages = heading_pages(pdf_texts(pdf), heads)
    b2 = plan.build_docx(path, toc_pages=pages, toc_heads=heads)  # pass 2: real page numbers
    assert [h[3] for h in b2.heads] == [h[3] for h in heads]
    os.remove(pdf)
    pdf = soffice(path, tmp, 'pdf')
    texts = pdf_texts(pdf)
    pages2 = heading_pages(texts, heads)
    assert pages2 == pages, 'ToC page numbers moved between passes'
    n = len(texts)
    assert 20 <= n <= 60, n
    gold = plan.gold(n)
    txt = soffice(path, tmp, 'txt:Text (encoded):UTF8')
    with open(txt, encoding='utf-8') as f:
        full = f.read()
    check_gold(gold, full)
    check_gold(gold, '\n'.join(texts))
    write_gold(gold, plan.FILE)
    return n, gold


def build_mid(tmp):
    docx = os.path.join(tmp, os.path.splitext(mid.FILE)[0] + '.docx')
    mid.build_docx(docx, toc_pages=None)
    opts = 'pdf:writer_pdf_Export:{"ExportBookmarks":{"type":"boolean","value":"false"}}'
    pdf = soffice(docx, tmp, opts)
    texts = pdf_texts(pdf)
    toc_pages = mid.find_pages(texts, squash)
    mid.build_docx(docx, toc_pages=toc_pages)
    os.remove(pdf)
    pdf = soffice(docx, tmp, opts)
    texts = pdf_texts(pdf)
    assert mid.find_pages(texts, squash) == toc_pages, 'manual ToC page numbers moved'
    n = len(texts)
    assert 20 <= n <= 60, n
    doc = pdfium.PdfDocument(pdf)
    assert len(list(doc.get_toc())) == 0, 'PDF must have no bookmarks'
    doc.close()
    gold = mid.gold(n)
    check_gold(gold, '\n'.join(texts))
    with open(pdf, 'rb') as f:
        data = f.read()
    with open(os.path.join(OUTDIR, mid.FILE), 'wb') as f:
        f.write(normalise_pdf(data))
    write_gold(gold, mid.FILE)
    return n, gold


def main():
    os.makedirs(OUTDIR, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix='author_c_')
    try:
        n1, g1 = build_plan(tmp)
        print('%s: %d pages, %d recommendations' % (plan.FILE, n1, len(g1['actions'])))
        if '--plan-only' not in sys.argv:
            n2, g2 = build_mid(tmp)
            print('%s: %d pages, %d actions' % (mid.FILE, n2, len(g2['actions'])))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    main()
