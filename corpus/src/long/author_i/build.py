"""Rebuild author_i documents and gold files into corpus/long_holdout2/."""
import json, os, re, shutil, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.abspath(os.path.join(HERE, '..', '..', '..', 'long_holdout2'))
LO_PROFILE = 'file:///tmp/lo_author_i'

import pypdfium2 as pdfium


def to_pdf(src, outdir):
    subprocess.run(['soffice', '-env:UserInstallation=' + LO_PROFILE, '--headless', '--convert-to', 'pdf',
                    '--outdir', outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.pdf')


def pdf_info(path):
    pdf = pdfium.PdfDocument(path)
    n = len(pdf)
    text = '\n'.join(pdf[i].get_textpage().get_text_range() for i in range(n))
    return n, text


def odt_body_text(path):
    """Body text of an ODT without the tracked-changes store and comments (what an accepted-changes reader sees)."""
    import zipfile
    from lxml import etree
    T = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0'
    O = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0'
    root = etree.fromstring(zipfile.ZipFile(path).read('content.xml'))
    for tag in ('{%s}tracked-changes' % T, '{%s}annotation' % O):
        for e in root.iter(tag):
            e.getparent().remove(e)
    out = []
    for e in root.iter('{%s}p' % T, '{%s}h' % T):
        out.append(''.join(e.itertext()))
    return '\n'.join(out)


def norm(s):
    return re.sub(r'\s+', ' ', s.replace('\u00ad', '')).strip()


def check(gold, text, extra=()):
    T = norm(text)
    T2 = re.sub(r'\s+', '', T)
    missing = []
    for a in gold['actions']:
        for v in [a['title']] + [x for x in a['values'].values() if x]:
            if norm(v) not in T:
                if re.sub(r'\s+', '', v) in T2:
                    continue  # only line-wrapping differences
                missing.append(v)
    for v in extra:
        if norm(v) not in T and re.sub(r'\s+', '', v) not in T2:
            missing.append(v)
    assert not missing, 'not found in text: %r' % missing


def write_gold(name, gold, pages):
    g = {'file': name}
    g.update(gold)
    g['pages'] = pages
    order = ['file', 'document_type', 'city', 'network', 'status', 'text_layer', 'pages', 'sections', 'actions', 'traps', 'notes']
    g = {k: g[k] for k in order}
    base = os.path.splitext(name)[0]
    with open(os.path.join(OUT, base + '.gold.json'), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=2)


def main():
    os.makedirs(OUT, exist_ok=True)
    import swiet, ostrow
    tmp = tempfile.mkdtemp(prefix='author_i_')
    # 1. Świętochłowice: DOCX -> PDF, keep only PDF
    name1 = 'swietochlowice_mid_rewitalizacja_2025'
    docx_path = os.path.join(tmp, name1 + '.docx')
    gold1, _ = swiet.build(docx_path)
    pdf = to_pdf(docx_path, tmp)
    n1, text1 = pdf_info(pdf)
    check(gold1, text1)
    assert 20 <= n1 <= 60, n1
    shutil.copy(pdf, os.path.join(OUT, name1 + '.pdf'))
    write_gold(name1 + '.pdf', gold1, n1)
    print(name1, 'pages', n1, 'actions', len(gold1['actions']))
    # 2. Ostrów Mazowiecka: ODT kept
    name2 = 'ostrow_mazowiecka_mid_mobilnosc_2025'
    odt_path = os.path.join(OUT, name2 + '.odt')
    gold2, _ = ostrow.build(odt_path)
    odt_text = odt_body_text(odt_path)
    check(gold2, odt_text)
    assert ostrow.DELETED['title'] not in odt_text  # only inside the tracked deletion
    pdf2 = to_pdf(odt_path, tmp)
    n2, text2 = pdf_info(pdf2)
    check(gold2, text2)
    assert 20 <= n2 <= 60, n2
    write_gold(name2 + '.odt', gold2, n2)
    print(name2, 'pages', n2, 'actions', len(gold2['actions']))
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    main()
