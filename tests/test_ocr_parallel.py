"""Image-only pages OCR'd side by side: results in page order, failures in place, at most as many
at once as allowed. Tesseract is replaced by a stand-in that takes a while (the real reading of
several pages in parallel is exercised by tests/test_ocr_rotation.py)."""
from __future__ import annotations

import os
import threading
import time

import pytest

from pim_docs.ingest import ocr


@pytest.fixture
def slow_reader(monkeypatch):
    state = {"now": 0, "most": 0, "calls": 0, "omp": set()}
    lock = threading.Lock()

    def read_page(pdf, index, lang="pol", dpi=ocr.OCR_DPI):
        with lock:
            state["now"] += 1
            state["calls"] += 1
            state["most"] = max(state["most"], state["now"])
            state["omp"].add(os.environ.get("OMP_THREAD_LIMIT"))
        time.sleep(0.05 * (5 - index % 5))  # early pages finish last
        with lock:
            state["now"] -= 1
        if index == 3:
            raise RuntimeError("Tesseract padł")
        return ocr.PageOCR(words=[], grids=[], rotation=index, size=(595.0, 842.0))

    monkeypatch.setattr(ocr, "read_page", read_page)
    monkeypatch.setattr(ocr, "workers", lambda limit=0: limit or 2)
    return state


def test_pages_come_back_in_order_with_failures_in_place(slow_reader):
    got = list(ocr.read_pages(None, [0, 2, 3, 5, 7, 8], limit=3))
    assert [i for i, _ in got] == [0, 2, 3, 5, 7, 8]
    assert isinstance(got[2][1], RuntimeError)
    assert [r.rotation for i, r in got if i != 3] == [0, 2, 5, 7, 8]
    assert 1 < slow_reader["most"] <= 3
    assert slow_reader["omp"] == {"1"} or "OMP_THREAD_LIMIT" in os.environ  # one Tesseract thread each


def test_one_worker_reads_one_page_at_a_time(slow_reader):
    got = list(ocr.read_pages(None, [4, 1, 0], limit=1))
    assert [i for i, _ in got] == [4, 1, 0] and slow_reader["most"] == 1
    assert slow_reader["omp"] == {"1"} or "OMP_THREAD_LIMIT" in os.environ


def test_stopping_early_drops_pages_not_started(slow_reader):
    before = os.environ.get("OMP_THREAD_LIMIT")
    pages = ocr.read_pages(None, list(range(20)), limit=2)
    assert next(pages)[0] == 0
    pages.close()
    assert slow_reader["now"] == 0 and os.environ.get("OMP_THREAD_LIMIT") == before
    assert slow_reader["calls"] < 20


def test_workers_bounded_by_cores():
    cores = ocr.workers(0)
    assert cores >= 1 and ocr.workers(1000) == cores and ocr.workers(1) == 1
