"""Safety checks for ZIP-based office packages (DOCX, ODT) before any parser opens them.

Bounds what will be decompressed (zip bombs), refuses DTDs in the XML parts
(external entities, billion laughs) and checks the parts a format needs.

XML policy: every part that an XML parser could read is scanned *completely*
(streamed in chunks, never only its head) for ``<!DOCTYPE`` / ``<!ENTITY``,
in the encoding libxml2 would read it in; a part in an encoding no office suite
writes (UTF-32/UCS-4, EBCDIC, UTF-7, ...) is refused rather than guessed at.
Python-docx therefore never sees a DTD, and every part we parse ourselves goes
through ``parse_part`` (hardened lxml parser: no DTD loading, no entities, no
network, libxml2's default size/depth limits, and a DTD check on the result).

Exempt from the scan are only parts no parser ever opens: images (DOCX content
type ``image/*`` as python-docx resolves it, ODT ``Pictures/``; e.g. an SVG logo
exported by Illustrator with a DOCTYPE) and an ODT's macro libraries (``Basic/``,
``Dialogs/``: LibreOffice writes them with a DOCTYPE; they are reported as
macros that were ignored). The ODT reader opens parts by name only (content.xml,
styles.xml, meta.xml, META-INF/manifest.xml), so a name is enough there.
"""
from __future__ import annotations

import codecs
import posixpath
import re
import zipfile
from pathlib import Path

from lxml import etree

from ..config import Limits
from ..errors import message
from ..model import Message

CHUNK = 1 << 20
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.I)
_DTD_TEXT = re.compile(r"<!(?:DOCTYPE|ENTITY)", re.I)
_OVERLAP = 16
# encodings in which "<!DOCTYPE" is the same bytes as in ASCII (what Word and LibreOffice write)
_ASCII_SAFE = re.compile(r"(utf-?8|us-ascii|ascii|iso[-_ ]?8859[-_ ]?\d+|latin-?[1-9]|windows-125\d|cp-?125\d)",
                         re.I)
_UTF16_NAMES = re.compile(r"(utf-?16(?:[-_ ]?(?:le|be))?|ucs-?2)", re.I)
_DECLARED = re.compile(rb"\s*<\?xml[^>]*?encoding\s*=\s*[\"']([^\"']{0,40})[\"']")
_UCS4_OR_EBCDIC = (b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xff\xfe", b"\xfe\xff\x00\x00",
                   b"\x00\x00\x00<", b"<\x00\x00\x00", b"\x00\x00<\x00", b"\x00<\x00\x00", b"\x4c\x6f\xa7\x94")
ODT_MACRO_DIRS = ("Basic/", "Dialogs/")
ODT_UNPARSED = ODT_MACRO_DIRS + ("Pictures/",)


class ForbiddenXML(ValueError):
    """A package part declares a DTD or entities, or is XML in an encoding we will not vet."""

    def __init__(self, part: str, why: str = "dtd") -> None:
        super().__init__(f"{part}: {why}")
        self.part = part
        self.why = why  # "dtd" | "encoding"


def hardened_parser(**options) -> etree.XMLParser:
    """The one parser for package XML: no DTD loading or validation, entities left unexpanded,
    no network, libxml2's default limits on text size and depth (huge_tree off)."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, **options)


SAFE_PARSER = hardened_parser(remove_blank_text=False)


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
            limit = limits.max_unzipped_mb * 1024 * 1024
            first = sorted(infos, key=lambda i: i.filename != "[Content_Types].xml")  # it names the images
            exempt: set[str] = set()
            for info in first:
                if info.is_dir() or info.filename in exempt:
                    continue
                if fmt == "odt" and info.filename.startswith(ODT_UNPARSED):
                    continue
                scan_part(zf, info, limit)
                if info.filename == "[Content_Types].xml":
                    exempt = image_parts(zf)
    except ForbiddenXML as exc:
        if exc.why == "encoding":
            return message("xml_encoding", fmt=label, part=exc.part)
        return message("xml_forbidden", fmt=label)
    except zipfile.BadZipFile as exc:
        return message("zip_corrupt", fmt=label, detail=str(exc)[:120])
    except zipfile.LargeZipFile:
        return message("zip_too_large", fmt=label, size="?", limit=limits.max_unzipped_mb)
    except (OSError, EOFError, ValueError, NotImplementedError, etree.XMLSyntaxError) as exc:
        return message("zip_corrupt", fmt=label, detail=str(exc)[:120] or type(exc).__name__)
    return None


def scan_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> None:
    """Raise ``ForbiddenXML`` when the part is XML with a DTD anywhere in it (or in an encoding we
    cannot vet). Streams the whole part; declared sizes can lie, so at most ``limit`` bytes."""
    with zf.open(info) as fh:
        head = fh.read(CHUNK)
        encoding = _xml_encoding(head, info.filename)
        if encoding is None:
            return  # not XML (an image, vbaProject.bin, ...): no XML parser can read it
        if encoding == "bytes":
            search, tail, decode = _DTD.search, b"", None
        else:
            search, tail = _DTD_TEXT.search, ""
            decode = codecs.getincrementaldecoder(encoding)(errors="replace").decode
        chunk, read = head, len(head)
        while True:
            text = decode(chunk) if decode else chunk
            if search(tail + text):
                raise ForbiddenXML(info.filename)
            tail = (tail + text)[-_OVERLAP:]
            if read >= limit:
                raise ValueError("część archiwum większa niż zadeklarowano")
            chunk = fh.read(CHUNK)
            if not chunk:
                return
            read += len(chunk)


def _xml_encoding(head: bytes, part: str) -> str | None:
    """How libxml2 would decode a part starting with ``head``: "bytes" (ASCII-compatible),
    a UTF-16 codec name, or None when the part is not XML at all."""
    if head[:4] in _UCS4_OR_EBCDIC:
        raise ForbiddenXML(part, "encoding")
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            _declared_ok(head[2:202].decode(codec, "replace").encode("ascii", "replace"), part, utf16=True)
            return codec
    if head[:2] == b"<\x00":
        return "utf-16-le"
    if head[:2] == b"\x00<":
        return "utf-16-be"
    body = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    stripped = body.lstrip(b" \t\r\n")
    if stripped and not stripped.startswith(b"<"):
        return None
    _declared_ok(stripped[:200], part, utf16=False)
    return "bytes"


def _declared_ok(head: bytes, part: str, *, utf16: bool) -> None:
    m = _DECLARED.match(head)
    if not m:
        return
    name = m.group(1).decode("ascii", "replace").strip()
    allowed = _UTF16_NAMES if utf16 else _ASCII_SAFE
    if not allowed.fullmatch(name):
        raise ForbiddenXML(part, "encoding")


def image_parts(zf: zipfile.ZipFile) -> set[str]:
    """DOCX parts whose content type is an image: python-docx keeps them as bytes, never parses them.
    Content types are resolved as python-docx resolves them (override by part name, else default
    by extension, both case-insensitive)."""
    try:
        root = parse_part(zf, "[Content_Types].xml")
    except KeyError:
        return set()
    defaults, overrides = {}, {}
    for el in root:
        if not isinstance(el.tag, str):
            continue
        local = etree.QName(el).localname
        if local == "Default":
            defaults[(el.get("Extension") or "").lower()] = el.get("ContentType") or ""
        elif local == "Override":
            overrides[(el.get("PartName") or "").lower()] = el.get("ContentType") or ""
    images = set()
    for name in zf.namelist():
        partname = "/" + name.lower()
        ext = posixpath.splitext(partname)[1].lstrip(".")
        ctype = overrides[partname] if partname in overrides else defaults.get(ext, "")
        if ctype.lower().startswith("image/"):
            images.add(name)
    return images


def parse_part(zf: zipfile.ZipFile, name: str):
    """A package part as an lxml tree, parsed by the hardened parser; ``ForbiddenXML`` when it
    declares a DTD (checked before parsing and again on the parsed document)."""
    return parse_bytes(zf.read(name), name)


def parse_bytes(data: bytes, name: str = "?"):
    encoding = _xml_encoding(data[:CHUNK], name)
    if encoding == "bytes" and _DTD.search(data) or encoding not in (None, "bytes") and _DTD_TEXT.search(
            data.decode(encoding, "replace")):
        raise ForbiddenXML(name)
    root = etree.fromstring(data, hardened_parser())
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None:
        raise ForbiddenXML(name)
    return root


def has_macros(zf: zipfile.ZipFile) -> bool:
    """VBA (DOCX: vbaProject.bin) or a Basic module (ODT: Basic/<library>/<module>.xml besides the
    library indexes): present, never run nor read."""
    for name in zf.namelist():
        low = name.lower()
        if low.endswith("vbaproject.bin"):
            return True
        if (name.startswith("Basic/") and name.count("/") >= 2 and low.endswith(".xml")
                and posixpath.basename(low) not in ("script-lb.xml", "script-lc.xml")):
            return True
    return False
