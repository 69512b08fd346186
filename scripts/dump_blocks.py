"""Print a document's blocks as pim-docs reads them (debugging aid): kind, page, source, heading signals, text."""
import sys
from pathlib import Path

from pim_docs.ingest import convert

for arg in sys.argv[1:]:
    res = convert(Path(arg))
    print("#", arg, res.status, [str(m) for m in res.errors + res.warnings])
    doc = res.document
    if doc is None:
        continue
    for b in doc.blocks:
        h = b.heading
        sig = ""
        if h:
            sig = f"[s={h.style} o={h.outline_level} r={h.font_size_ratio and round(h.font_size_ratio, 2)} b={int(h.bold)} n={h.numbering}] {b.heading_score:.2f}"
        if b.kind.value == "table" and b.table:
            print(f"{b.ref} TABLE p{b.page} {b.source} {b.table.n_rows}x{b.table.n_cols} hdr={b.table.header_rows}")
            for row in b.table.grid()[:40]:
                print("      | " + " | ".join(c.replace("\n", " / ")[:50] for c in row))
        else:
            print(f"{b.ref} {b.kind.value[:4]} p{b.page} {b.source} {sig} {b.list_marker or ''} :: {b.text[:140]!r}")
