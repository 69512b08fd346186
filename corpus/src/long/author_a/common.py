"""Shared helpers for author_a: LibreOffice calls, PDF text, gold checks."""
import json
import os
import re
import shutil
import subprocess
import tempfile

import pypdfium2 as pdfium

PROFILE = 'file:///tmp/lo_author_a'


def soffice(args, outdir):
    cmd = ['soffice', f'-env:UserInstallation={PROFILE}', '--headless'] + args + ['--outdir', outdir]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if r.returncode != 0:
        raise RuntimeError(f'soffice failed: {r.stderr}\n{r.stdout}')
    return r


def to_pdf(src, outdir, tagged=False):
    if tagged:
        flt = ('pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},'
               '"ExportBookmarks":{"type":"boolean","value":"true"}}')
    else:
        flt = 'pdf'
    soffice(['--convert-to', flt, src], outdir)
    pdf = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.pdf')
    assert os.path.exists(pdf), pdf
    return pdf


def to_txt(src, outdir):
    soffice(['--convert-to', 'txt:Text (encoded):UTF8', src], outdir)
    return open(os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.txt'),
                encoding='utf-8-sig').read()


def pdf_pages_text(pdf):
    doc = pdfium.PdfDocument(pdf)
    out = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        out.append(tp.get_text_range())
    doc.close()
    return out


def norm(s):
    s = s.replace('\u00ad', '').replace('\ufffe', '').replace('\u2011', '-')
    s = s.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ').replace('\u00a0', ' ')
    s = re.sub(r'-\s+(?=\w)', '-', s)
    return re.sub(r'\s+', ' ', s).strip()


def heading_pages(pages_text, headings, start_page=1):
    """headings: list of search strings in order. Returns page numbers (1-based)."""
    res = []
    cur = start_page
    normed = [norm(t) for t in pages_text]
    for h in headings:
        hn = norm(h)
        found = None
        for p in range(cur, len(normed)):
            if hn in normed[p]:
                found = p
                break
        if found is None:
            raise AssertionError(f'heading not found in PDF: {h}')
        res.append(found + 1)
        cur = found
    return res


def check_gold(gold, text, extra=()):
    """Every title and non-null value must occur in the extracted text."""
    t = norm(text)
    missing = []
    for a in gold['actions']:
        if norm(a['title']) not in t:
            missing.append(('title', a['title']))
        for k, v in a['values'].items():
            if v is not None and norm(v) not in t:
                missing.append((k, v))
    for e in extra:
        if norm(e) not in t:
            missing.append(('extra', e))
    if missing:
        raise AssertionError('gold values not found in text: ' + json.dumps(missing, ensure_ascii=False, indent=1))


def write_gold(path, gold):
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write('\n')


def tmpdir(name):
    d = os.path.join(tempfile.gettempdir(), 'author_a_build', name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    return d
