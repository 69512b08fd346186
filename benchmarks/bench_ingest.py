"""Ingestion: cold run vs re-run of an unchanged inbox, and documents/minute with 1 vs 2 workers.

    .venv/bin/python benchmarks/bench_ingest.py [--copies 4]

All runs in one process (Prefect's ephemeral server starts once, before timing). The inbox
holds every text-layer PDF of corpus/documents, each in N copies made distinct by a trailing
PDF comment (the catalogue deduplicates identical content).
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_inbox(folder: Path, copies: int) -> int:
    import pdfplumber

    n = 0
    for p in sorted((ROOT / "corpus" / "documents").glob("*.pdf")):
        with pdfplumber.open(p) as pdf:
            if not all(page.chars for page in pdf.pages):
                continue  # scans: OCR would dominate the timing
        for k in range(copies):
            data = p.read_bytes() + f"\n%kopia {k}\n".encode()
            (folder / f"{p.stem}_{k}.pdf").write_bytes(data)
            n += 1
    past = time.time() - 60
    for f in folder.iterdir():
        os.utime(f, (past, past))
    return n


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=4)
    args = ap.parse_args()
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from flows.ingest import run_ingest

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        inbox = tmp / "inbox"
        inbox.mkdir()
        (tmp / "empty").mkdir()
        n = make_inbox(inbox, args.copies)
        run_ingest(1, None, inbox=str(tmp / "empty"), out=str(tmp / "warm"))  # start the server, load models
        rows = []
        for label, workers, out in (("cold, 1 worker", 1, "out1"), ("re-run unchanged, 1 worker", 1, "out1"),
                                    ("cold, 2 workers", 2, "out2")):
            t0 = time.perf_counter()
            counts = run_ingest(workers, None, inbox=str(inbox), out=str(tmp / out))
            rows.append((label, time.perf_counter() - t0, counts))
        shutil.rmtree(tmp / "warm", ignore_errors=True)
    cold1, rerun, cold2 = (r[1] for r in rows)
    print(f"{n} documents\n")
    print("| run | seconds | documents/min | processed | unchanged |")
    print("|---|---:|---:|---:|---:|")
    for label, secs, c in rows:
        print(f"| {label} | {secs:.1f} | {c['processed'] / secs * 60:.0f} | {c['processed']} | {c['unchanged']} |")
    print(f"\nre-run / cold: {rerun / cold1:.1%}; throughput 2 workers / 1 worker: {cold1 / cold2:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
