"""Per-file time and memory limits: a submission is read in a forked child process.

A hostile or broken file can make a PDF parser loop or allocate without end; no in-process
check can stop that. The child gets a memory ceiling (address space above what it inherits)
and the parent a deadline; a file over either limit gets a failed result saying which limit,
and the batch goes on. The forked child inherits the loaded libraries, so isolation costs a
fork and the pickled result, not a fresh interpreter.
"""
from __future__ import annotations

import os
import pickle
import resource
import select
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from ..config import Limits
from ..config import limits as default_limits
from ..errors import message
from ..model import ConversionResult
from .entries import display_name

T = TypeVar("T")


def _vm_size() -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def _failed(path: Path, code: str, **detail) -> ConversionResult:
    return ConversionResult(source_file=display_name(path.name), sha256="", status="failed").fail(message(code, **detail))


def _out_of_memory(exc: BaseException) -> bool:
    # under the ceiling, a lazy import or a library's buffer fails with its own error type
    return isinstance(exc, MemoryError) or any(s in str(exc) for s in ("failed to map", "Cannot allocate"))


def _child(work: Callable[[], T], failed: Callable[..., T], limits: Limits, fd: int) -> None:
    # made before the ceiling: sendable even when no memory is left
    fallback = pickle.dumps(failed("memory_limit", limit=limits.max_memory_mb))
    try:
        cap = _vm_size() + limits.max_memory_mb * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        try:
            payload = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # noqa: BLE001 - reported as a failed file
            payload = fallback if _out_of_memory(exc) else pickle.dumps(
                failed("internal_error", detail=f"{type(exc).__name__}: {str(exc)[:200]}"))
        _write_all(fd, payload)
    except MemoryError:
        _write_all(fd, fallback)
    finally:
        os._exit(0)  # no atexit handlers, no flushing of the parent's buffers


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _read_until(fd: int, deadline: float) -> bytes | None:
    """Everything the child writes, or None when the deadline passes first."""
    chunks = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            return None
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def run_limited(work: Callable[[], T], failed: Callable[..., T], limits: Limits | None = None) -> T:
    """``work()`` in a forked child under the per-file time and memory limits of
    ``config/limits.yaml``; over a limit (or crashing), ``failed(code, **detail)`` says which.
    A plain ``os.fork`` (not ``multiprocessing``): it also works inside daemonic workers such
    as Dask's."""
    limits = limits or default_limits()
    if not limits.isolate:
        return work()
    start = time.monotonic()
    rfd, wfd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(rfd)
        _child(work, failed, limits, wfd)
    os.close(wfd)
    try:
        data = _read_until(rfd, start + limits.max_seconds_per_file)
    finally:
        os.close(rfd)
        if data is None:
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    if data:
        return pickle.loads(data)
    if data is None:
        return failed("time_limit", limit=limits.max_seconds_per_file)
    # a library gave up (aborted, or exited on a failed allocation) before answering
    return failed("reader_crashed", exit=os.waitstatus_to_exitcode(status), limit=limits.max_memory_mb)


def convert_guarded(path: Path, limits: Limits | None = None) -> ConversionResult:
    """``convert`` under the per-file limits."""
    from . import convert, sha256_of

    path = Path(path)
    limits = limits or default_limits()
    res = run_limited(lambda: convert(path, limits), lambda code, **d: _failed(path, code, **d), limits)
    if not res.sha256:
        try:
            res.sha256 = sha256_of(path)
        except OSError:
            pass
    return res
