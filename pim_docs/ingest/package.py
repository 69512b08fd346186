"""Safety checks for ZIP-based office packages (DOCX, ODT) before any parser opens them.

Bounds what will be decompressed (zip bombs), refuses DTDs in the XML parts
(external entities, billion laughs) and checks the parts a format needs.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

from ..config import Limits
from ..errors import message
from ..model import Message

_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY", re.I)
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                              remove_blank_text=False)


def check(path: Path, fmt: str, limits: Limits, required: tuple[str, ...]) -> Message | None:
    """None when the package may be parsed, else the reason it may not."""
    label = fmt.upper()
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > limits.max_zip_entries:
                return message("zip_too_many_parts", fmt=label, count=len(infos), limit=limits.max_zip_entries)
            total = sum(i.file_size for i in infos)
            if total > limits.max_unzipped_mb * 1024 * 1024:
                return message("zip_too_large", fmt=label, size=total // (1024 * 1024),
                               limit=limits.max_unzipped_mb)
            names = {i.filename for i in infos}
            for part in required:
                if part not in names:
                    return message("zip_missing_part", fmt=label, part=part)
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    # declared sizes can lie: read at most the limit, in chunks
                    if _has_dtd(zf, info, limits.max_unzipped_mb * 1024 * 1024):
                        return message("xml_forbidden", fmt=label)
    except zipfile.BadZipFile as exc:
        return message("zip_corrupt", fmt=label, detail=str(exc)[:120])
    except zipfile.LargeZipFile:
        return message("zip_too_large", fmt=label, size="?", limit=limits.max_unzipped_mb)
    except (OSError, EOFError, ValueError, NotImplementedError) as exc:
        return message("zip_corrupt", fmt=label, detail=str(exc)[:120] or type(exc).__name__)
    return None


def _has_dtd(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bool:
    with zf.open(info) as fh:
        head = fh.read(4096)
        if _DTD.search(head):
            return True
        read = len(head)
        while read < limit:
            chunk = fh.read(1 << 20)
            if not chunk:
                return False
            read += len(chunk)
        raise ValueError("część archiwum większa niż zadeklarowano")


def parse_part(zf: zipfile.ZipFile, name: str):
    """A package part as an lxml tree, parsed without entities or network."""
    return etree.fromstring(zf.read(name), SAFE_PARSER)
