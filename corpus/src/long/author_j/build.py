"""Rebuild author_j's long hold-out documents and gold files into corpus/long_holdout3/."""
import json, os, re, shutil, subprocess, sys, tempfile, zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
OUT = HERE.parents[2] / 'long_holdout3'
PROFILE = 'file:///tmp/lo_author_j'

import pypdfium2 as pdfium
from lxml import etree
import kutno, chrzanow

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def to_pdf(docx, outdir):
    subprocess.run(['soffice', f'-env:UserInstallation={PROFILE}', '--headless', '--convert-to', 'pdf', '--outdir', str(outdir), str(docx)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    return Path(outdir) / (Path(docx).stem + '.pdf')


def pdf_pages_text(pdf):
    doc = pdfium.PdfDocument(str(pdf))
    texts = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        texts.append(tp.get_text_range())
        tp.close()
    doc.close()
    return texts


def norm(s):
    s = s.replace('\u00a0', ' ').replace('\ufffe', '').replace('\u00ad', '').replace('\r', ' ').replace('\u2010', '-')
    s = re.sub(r'([–-])[ \t]*\r?\n', r'\1', s)
    return re.sub(r'\s+', ' ', s).strip()


def docx_text(path):
    """Visible text: w:t outside w:del (delText is excluded by tag), paragraphs joined by newlines."""
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist() if re.match(r'word/(document|footnotes|header\d|footer\d)\.xml', n)]
        out = []
        for n in parts:
            root = etree.fromstring(z.read(n))
            for p in root.iter(W + 'p'):
                out.append(''.join((t.text or '') if t.tag == W + 't' else ' ' for t in p.iter(W + 't', W + 'tab')))
    return '\n'.join(out)


def toc_pages(pages, keys, first=2):
    res, start = {}, first
    for key, needle in keys.items():
        for i in range(start, len(pages)):
            t = norm(pages[i])
            if needle in t or needle.upper() in t:
                res[key] = i + 1
                start = i
                break
    return res


def check(gold, text):
    t = norm(text)
    missing = []
    for a in gold['actions']:
        if norm(a['title']) not in t:
            missing.append(('title', a['title']))
        for k, val in a['values'].items():
            if val is not None and norm(val) not in t:
                missing.append((k, val))
    return missing


def write_gold(path, meta, actions, fname, pages):
    g = {'file': fname, 'document_type': meta['document_type'], 'city': meta['city'], 'network': meta['network'],
         'status': meta['status'], 'text_layer': meta['text_layer'], 'pages': pages, 'sections': meta['sections'],
         'actions': actions, 'traps': meta['traps'], 'notes': meta['notes']}
    path.write_text(json.dumps(g, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')
    return g


def build_kutno(tmp):
    name = 'mid_kutno_mobilnosc_2025'
    docx = tmp / f'{name}.docx'
    kutno.build().save(docx, title='MID Kutno 2025–2028', author='Katarzyna Woźniak-Lis')
    pages = pdf_pages_text(to_pdf(docx, tmp))
    tp = toc_pages(pages, kutno.TOC_HEADINGS, first=3)
    kutno.build(tp).save(docx, title='MID Kutno 2025–2028', author='Katarzyna Woźniak-Lis', created='2024-02-05T08:12:00Z', modified='2025-06-02T14:40:00Z')
    pdf = to_pdf(docx, tmp)
    pages = pdf_pages_text(pdf)
    shutil.copy(pdf, OUT / f'{name}.pdf')
    g = write_gold(OUT / f'{name}.gold.json', kutno.GOLD_META, kutno.gold_actions(), f'{name}.pdf', len(pages))
    miss = check(g, '\n'.join(pages))
    return name + '.pdf', len(pages), len(g['actions']), miss


def build_chrzanow(tmp):
    name = 'mid_chrzanow_powietrze_projekt'
    docx = OUT / f'{name}.docx'
    kw = dict(title='MID Chrzanów – projekt', author='Anna Nowak', track_revisions=True,
              created='2024-11-04T10:00:00Z', modified='2025-05-28T16:21:00Z')
    chrzanow.build().save(docx, **kw)
    tp = toc_pages(pdf_pages_text(to_pdf(docx, tmp)), chrzanow.TOC_HEADINGS, first=2)
    chrzanow.build(tp).save(docx, **kw)
    pages = pdf_pages_text(to_pdf(docx, tmp))
    g = write_gold(OUT / f'{name}.gold.json', chrzanow.GOLD_META, chrzanow.gold_actions(), f'{name}.docx', len(pages))
    miss = check(g, docx_text(docx))
    # deleted action must not be in the visible text, but is in the file
    vis = norm(docx_text(docx))
    assert norm(chrzanow.DELETED_TITLE) not in vis, 'deleted action visible'
    return name + '.docx', len(pages), len(g['actions']), miss


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for f in OUT.glob('mid_kutno_mobilnosc_2025*'):
        f.unlink()
    for f in OUT.glob('mid_chrzanow_powietrze_projekt*'):
        f.unlink()
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        ok = True
        for fn in (build_kutno, build_chrzanow):
            name, n, na, miss = fn(tmp)
            print(f'{name}: {n} pages, {na} actions')
            if not 22 <= n <= 60:
                print('  PAGE COUNT OUT OF RANGE'); ok = False
            for m in miss:
                print('  NOT FOUND in text:', m); ok = False
        sys.exit(0 if ok else 1)


if __name__ == '__main__':
    main()
