"""author_a: rebuild both long documents and their gold files into corpus/long/.

Usage: .venv/bin/python corpus/src/long/author_a/build.py
Needs LibreOffice (soffice) for the PDF export, page counts and text checks.
"""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'long'))

import common  # noqa: E402


def toc_search_strings(headings):
    return [f'{num} {text}' if num else text for (_lvl, num, text, _bm) in headings]


def build_legnica():
    import legnica
    tmp = common.tmpdir('legnica')
    path = os.path.join(tmp, legnica.FILE)
    # pass 1: placeholder page numbers in the cached TOC
    d, final, heads, nums = legnica.build(None)
    d.save(path, final)
    pages = common.pdf_pages_text(common.to_pdf(path, tmp))
    toc_pages = common.heading_pages(pages, toc_search_strings(heads), start_page=2)
    # pass 2: real page numbers (twice in case the numbers shift the layout)
    for _ in range(2):
        d, final, heads, nums = legnica.build(toc_pages)
        d.save(path, final)
        pages = common.pdf_pages_text(common.to_pdf(path, tmp))
        new = common.heading_pages(pages, toc_search_strings(heads), start_page=2)
        if new == toc_pages:
            break
        toc_pages = new
    n = len(pages)
    assert 20 <= n <= 60, n
    # expected rendered heading numbers for the actions
    joined = common.norm(' '.join(pages))
    for title, num in nums.items():
        if title == legnica.ACTIONS[3]['title']:
            continue
        assert common.norm(f'{num} {title}') in joined or common.norm(f'{num}{title}') in joined, (num, title)
    gold = legnica.gold(n, nums)
    txt = common.to_txt(path, tmp)
    common.check_gold(gold, txt + ' ' + ' '.join(pages))
    common.check_gold(gold, ' '.join(pages))
    shutil.copy(path, os.path.join(OUT, legnica.FILE))
    common.write_gold(os.path.join(OUT, legnica.FILE.rsplit('.', 1)[0] + '.gold.json'), gold)
    print(f'{legnica.FILE}: {n} pages, {len(gold["actions"])} actions')


def build_suwalki():
    import suwalki
    tmp = common.tmpdir('suwalki')
    docx = os.path.join(tmp, suwalki.DOCX)
    d, final, heads = suwalki.build(None)
    d.save(docx, final)
    pages = common.pdf_pages_text(common.to_pdf(docx, tmp, tagged=True))
    toc_pages = common.heading_pages(pages, suwalki.search_strings(heads), start_page=2)
    for _ in range(2):
        d, final, heads = suwalki.build(toc_pages)
        d.save(docx, final)
        pdf = common.to_pdf(docx, tmp, tagged=True)
        pages = common.pdf_pages_text(pdf)
        new = common.heading_pages(pages, suwalki.search_strings(heads), start_page=2)
        if new == toc_pages:
            break
        toc_pages = new
    n = len(pages)
    assert 20 <= n <= 60, n
    gold = suwalki.gold(n)
    common.check_gold(gold, ' '.join(pages))
    suwalki.check_pdf(pdf, pages)
    shutil.copy(pdf, os.path.join(OUT, suwalki.FILE))
    common.write_gold(os.path.join(OUT, suwalki.FILE.rsplit('.', 1)[0] + '.gold.json'), gold)
    print(f'{suwalki.FILE}: {n} pages, {len(gold["actions"])} actions')


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    which = sys.argv[1:] or ['legnica', 'suwalki']
    if 'legnica' in which:
        build_legnica()
    if 'suwalki' in which:
        build_suwalki()
