"""Converter: sniff a file's real format, pick its backend, return a ``ConversionResult``.

Backends declare nothing more than ``read(path, result, limits)``; they fill
``result.document`` and the messages. Bad input is data: every path that can be
read at all comes back as a result, never as an exception.
"""
from __future__ import annotations

import hashlib
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

from ..config import Limits
from ..config import limits as default_limits
from ..errors import hidden_paths, message
from ..model import ConversionResult
from .entries import display_name

SUPPORTED_SUFFIXES = {".pdf", ".docx", ".odt"}
# also looked at inside folders, so that they are reported rather than ignored
DOCUMENT_SUFFIXES = SUPPORTED_SUFFIXES | {".doc", ".rtf", ".txt", ".odf", ".pages", ".ott", ".dotx", ".docm"}
# a Word document with macros is a DOCX package: its text is read (the docx reader warns about the macros)
SAME_CONTENT = {".docm": "docx"}


def sha256_of(path: Path) -> str:
    from .entries import open_regular

    h = hashlib.sha256()
    with os.fdopen(open_regular(path), "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def sniff(path: Path) -> str:
    """The format a file's bytes say it is: pdf | docx | odt | doc | rtf | zip | unknown."""
    with open(path, "rb") as fh:
        head = fh.read(2048)
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "doc"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
                if "word/document.xml" in names:
                    return "docx"
                if "mimetype" in names:
                    mime = zf.read("mimetype")[:100]
                    if b"opendocument.text" in mime:
                        return "odt"
                    return "zip"
                if "content.xml" in names:
                    return "odt"
        except (zipfile.BadZipFile, OSError, ValueError):
            return "zip"
        return "zip"
    return "unknown"


def _backend(fmt: str) -> Callable | None:
    if fmt == "pdf":
        from .pdf import read
    elif fmt == "docx":
        from .docx import read
    elif fmt == "odt":
        from .odt import read
    else:
        return None
    return read


def convert(path: Path, limits: Limits | None = None) -> ConversionResult:
    """Read one submission into the document model. No message names where the file lies."""
    path = Path(path)
    with hidden_paths(path):
        return _convert(path, limits or default_limits())


def _convert(path: Path, limits: Limits) -> ConversionResult:
    try:
        size = path.stat().st_size
        digest = sha256_of(path)
    except OSError as exc:
        res = ConversionResult(source_file=display_name(path.name), sha256="", status="failed")
        res.errors.append(message("file_unreadable", detail=exc.strerror or str(exc)))
        return res
    res = ConversionResult(source_file=display_name(path.name), sha256=digest)
    if size == 0:
        res.fail(message("empty_file"))
        return res
    fmt = sniff(path)
    ext = path.suffix.lower()
    if fmt == "zip" and ext in {".docx", ".odt", ".docm"}:
        fmt = SAME_CONTENT.get(ext, ext[1:])  # a broken package: let its backend say what is wrong
    if fmt == "unknown" and ext in {".docx", ".odt"}:
        res.fail(message("zip_corrupt", fmt=ext[1:].upper(), detail="brak nagłówka ZIP"))
        return res
    if fmt == "unknown" and ext == ".pdf":
        res.fail(message("pdf_corrupt", detail="brak nagłówka %PDF"))
        return res
    if fmt == "doc":
        res.fail(message("legacy_doc"))
        return res
    read = _backend(fmt)
    if read is None:
        res.fail(message("unsupported_format", detail=ext or fmt))
        return res
    if ext and ext != f".{fmt}" and SAME_CONTENT.get(ext) != fmt:
        res.warnings.append(message("extension_mismatch", ext=ext, fmt=fmt.upper()))
    try:
        read(path, res, limits)
    except MemoryError:
        raise  # the per-file memory limit (ingest.guard) reports it
    except Exception as exc:  # noqa: BLE001 - a parser tripping over a broken file: reported, never raised
        res.document = None
        code = {"pdf": "pdf_corrupt", "docx": "docx_corrupt", "odt": "odt_corrupt"}.get(fmt, "internal_error")
        res.fail(message(code, detail=f"{type(exc).__name__}: {str(exc)[:120]}"))
    if res.document is not None:
        res.warnings += bound(res.document, limits)
    if res.errors and res.document is None:
        res.status = "failed"
    return res


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    space = text.rfind(" ", limit - 200, limit)
    return text[:space if space > 0 else limit] + " …"


def bound(doc, limits: Limits) -> list:
    """Keep what later stages see within the limits (blocks, characters per paragraph or cell),
    so that no pattern ever runs over unbounded text; say what was cut."""
    out = []
    if len(doc.blocks) > limits.max_blocks:
        out.append(message("block_limit", count=len(doc.blocks), limit=limits.max_blocks))
        doc.blocks = doc.blocks[:limits.max_blocks]
    if len(doc.furniture) > limits.max_blocks:
        doc.furniture = doc.furniture[:limits.max_blocks]
    cut = 0
    for b in doc.blocks + doc.furniture:
        for item in [b] + (b.table.cells if b.table else []):
            if len(item.text) > limits.max_block_chars or len(item.raw_text) > limits.max_block_chars:
                item.text, item.raw_text = _cut(item.text, limits.max_block_chars), _cut(item.raw_text,
                                                                                         limits.max_block_chars)
                cut += 1
    if cut:
        out.append(message("long_blocks", count=cut, limit=limits.max_block_chars))
    return out
