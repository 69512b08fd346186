"""Ingestion: cold run vs re-run of an unchanged inbox, and documents/minute with 1 vs 2 workers.

    .venv/bin/python benchmarks/bench_ingest.py [--copies 1]

The inbox holds every distinct text-layer document of the corpus (corpus/documents,
corpus/holdout, corpus/holdout2: PDF, DOCX and ODT; scans are left out because OCR would
dominate). ``--copies N`` adds N-1 copies of each PDF made distinct by a trailing comment.
All runs happen in one process; each configuration is warmed up first on a one-file inbox
(Prefect's temporary server started, models loaded, the worker fork server running), as it
is in a long-running `pim-docs serve`. Configurations:

- sequential: the default (`--workers 1`), one Prefect task per stage in this process;
- pool ×1 / pool ×2: one task per document in a pool of 1 or 2 worker processes
  (`--workers 2`); the 2-worker throughput is compared with the 1-worker pool, the same code.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def text_layer(p: Path) -> bool:
    if p.suffix != ".pdf":
        return True
    import pdfplumber

    with pdfplumber.open(p) as pdf:
        return all(page.chars for page in pdf.pages)


def make_inbox(folder: Path, copies: int) -> int:
    docs = [p for d in ("documents", "holdout", "holdout2") for p in sorted((ROOT / "corpus" / d).iterdir())
            if p.suffix in (".pdf", ".docx", ".odt") and text_layer(p)]
    for p in docs:
        for k in range(copies if p.suffix == ".pdf" else 1):
            data = p.read_bytes() + (f"\n%kopia {k}\n".encode() if k else b"")
            (folder / f"{p.stem}_{k}{p.suffix}").write_bytes(data)
    past = time.time() - 60
    for f in folder.iterdir():
        os.utime(f, (past, past))
    return len(list(folder.iterdir()))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=1)
    args = ap.parse_args()
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from flows.ingest import WarmProcessPoolTaskRunner, ingest_inbox, session

    def run(workers: int, inbox: Path, out: Path) -> dict:
        if not workers:
            return ingest_inbox(inbox=str(inbox), out=str(out))
        flow = ingest_inbox.with_options(task_runner=WarmProcessPoolTaskRunner(max_workers=workers))
        return flow(inbox=str(inbox), out=str(out), parallel=True)

    with tempfile.TemporaryDirectory() as tmp, session(parallel=True):
        tmp = Path(tmp)
        inbox, warm = tmp / "inbox", tmp / "warm"
        inbox.mkdir()
        warm.mkdir()
        n = make_inbox(inbox, args.copies)
        sample = min(inbox.glob("*.pdf"))
        (warm / "warm.pdf").write_bytes(sample.read_bytes() + b"\n%rozgrzewka\n")
        os.utime(warm / "warm.pdf", (0, 0))
        rows = []
        for label, workers in (("sequential", 0), ("pool ×1", 1), ("pool ×2", 2)):
            run(workers, warm, tmp / f"warm{workers}")
            t0 = time.perf_counter()
            counts = run(workers, inbox, tmp / f"out{workers}")
            rows.append((f"cold, {label}", time.perf_counter() - t0, counts))
            reruns = []
            for _ in range(3):  # median of three: one re-run is a fraction of a second, easily disturbed
                t0 = time.perf_counter()
                counts = run(workers, inbox, tmp / f"out{workers}")
                reruns.append(time.perf_counter() - t0)
            rows.append((f"re-run unchanged, {label}", statistics.median(reruns), counts))
    t = {label: secs for label, secs, _ in rows}
    print(f"{n} documents\n")
    print("| run | seconds | documents/min | processed | unchanged |")
    print("|---|---:|---:|---:|---:|")
    for label, secs, c in rows:
        print(f"| {label} | {secs:.2f} | {c['processed'] / secs * 60:.0f} | {c['processed']} | {c['unchanged']} |")
    print(f"\nre-run / cold (sequential): {t['re-run unchanged, sequential'] / t['cold, sequential']:.1%}")
    print(f"throughput pool ×2 / pool ×1: {t['cold, pool ×1'] / t['cold, pool ×2']:.2f}×")
    print(f"throughput pool ×2 / sequential: {t['cold, sequential'] / t['cold, pool ×2']:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
