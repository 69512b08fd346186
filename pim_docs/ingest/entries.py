"""What is in an input folder: every entry is either a file to read or listed with its reason.

One walk for `pim-docs process` on folders and for the inbox flow. Nothing is opened through
a symbolic link that leaves the folder; links inside it are read once, at their target; pipes,
sockets and devices are never opened (opening a pipe would block the batch). Names that are
not valid UTF-8 keep a readable display name (the file itself is never renamed or lost).
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, model_serializer

# written by editors and browsers while a file is open or downloading: not submissions
LOCK_PREFIXES = ("~$", ".~lock.", "._")
PARTIAL_SUFFIXES = (".tmp", ".part", ".crdownload", ".partial")
SYSTEM_NAMES = {".ds_store", "thumbs.db", "desktop.ini"}


def display_name(name: str) -> str:
    """A name fit for reports: valid UTF-8 always. Bytes that are not UTF-8 (Python keeps them
    as surrogates) are read as Windows-1250, the usual source of such names in Polish offices."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        raw = os.fsencode(name)
    try:
        return raw.decode("cp1250")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "replace")


class Entry(BaseModel):
    """A file to read: where (a link's target inside the folder) and the name the city gave it.
    Shown (JSON, e.g. as a Prefect flow parameter) by names fit for reports: a path that is
    not valid UTF-8 would break every API call that carries it."""

    model_config = ConfigDict(frozen=True)
    path: Path
    name: str
    mtime: float = 0.0

    @classmethod
    def of(cls, path: Path) -> "Entry":
        return cls(path=path, name=display_name(Path(path).name))

    @model_serializer(mode="wrap")
    def _shown(self, handler, info):
        if info.mode_is_json():
            return {"name": self.name, "path": display_name(str(self.path))}
        return handler(self)


@dataclass(frozen=True)
class Listed:
    path: str  # display path, relative to the folder given
    reason: str  # Polish, for the operator


@dataclass
class Walk:
    files: list[Entry] = field(default_factory=list)
    listed: list[Listed] = field(default_factory=list)
    busy: list[Entry] = field(default_factory=list)  # still being written: taken next time


def _shown(root: Path, path: Path) -> str:
    try:
        rel = path.relative_to(root)
    except ValueError:
        rel = Path(path.name)
    return display_name(str(rel))


def _temporary(name: str) -> str | None:
    low = name.lower()
    if low.startswith(LOCK_PREFIXES) or low.endswith("#"):
        return "plik blokady edytora lub pozostałość systemu — to nie jest dokument"
    if low in SYSTEM_NAMES:
        return "plik systemowy — to nie jest dokument"
    return None


def walk(root: Path, *, settle_seconds: float | None = None) -> Walk:
    """Every entry under ``root``, sorted. ``settle_seconds``: files modified more recently
    (or with a download suffix) are ``busy`` — the inbox takes them on its next run."""
    import time

    root = Path(root)
    real_root = root.resolve()
    out = Walk()
    seen: dict[tuple[int, int], str] = {}
    now = time.time()

    def add(path: Path, st: os.stat_result, shown: str) -> None:
        ident = (st.st_dev, st.st_ino)
        if ident in seen:
            out.listed.append(Listed(shown, f"ten sam plik co „{seen[ident]}” (dowiązanie) — odczytany raz"))
            return
        seen[ident] = shown
        entry = Entry(path=path, name=display_name(Path(shown).name), mtime=st.st_mtime)
        if settle_seconds is not None and (path.name.lower().endswith(PARTIAL_SUFFIXES)
                                           or now - st.st_mtime < settle_seconds):
            out.busy.append(entry)
        else:
            out.files.append(entry)

    def visit(folder: Path) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            out.listed.append(Listed(_shown(root, folder), f"folderu nie można odczytać ({exc.strerror})"))
            return
        for e in entries:
            path = Path(e.path)
            shown = _shown(root, path)
            try:
                st = os.lstat(path)
            except OSError as exc:
                out.listed.append(Listed(shown, f"nie można odczytać ({exc.strerror})"))
                continue
            if stat.S_ISLNK(st.st_mode):
                _link(path, shown)
            elif stat.S_ISDIR(st.st_mode):
                visit(path)
            elif stat.S_ISREG(st.st_mode):
                reason = _temporary(e.name)
                if reason:
                    out.listed.append(Listed(shown, reason))
                else:
                    add(path, st, shown)
            else:
                kind = ("potok nazwany (FIFO)" if stat.S_ISFIFO(st.st_mode) else
                        "gniazdo" if stat.S_ISSOCK(st.st_mode) else "plik urządzenia")
                out.listed.append(Listed(shown, f"{kind}, nie zwykły plik — nie otwarto go"))

    def _link(path: Path, shown: str) -> None:
        target = Path(os.path.realpath(path))
        if not target.is_relative_to(real_root):
            out.listed.append(Listed(shown, "dowiązanie symboliczne prowadzi poza folder wejściowy — "
                                            "nie otwarto go (prześlij sam plik)"))
            return
        try:
            st = os.stat(target)
        except OSError:
            out.listed.append(Listed(shown, "dowiązanie symboliczne do pliku, którego nie ma"))
            return
        if stat.S_ISDIR(st.st_mode):
            out.listed.append(Listed(shown, "dowiązanie do folderu wewnątrz skrzynki — jego pliki "
                                            "odczytano z właściwego miejsca"))
        elif stat.S_ISREG(st.st_mode):
            add(target, st, shown)
        else:
            out.listed.append(Listed(shown, "dowiązanie do pliku, który nie jest zwykłym plikiem — nie otwarto go"))

    visit(root)
    return out


def open_regular(path: Path) -> int:
    """A read-only descriptor for a regular file, never through a final symbolic link and never
    a pipe or device (which could block the batch)."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{display_name(Path(path).name)}: to nie jest zwykły plik")
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def copy_private(src: Path, dst: Path) -> None:
    """Copy a regular file (no link followed) to ``dst``, readable by its owner only: a copy of
    a submission never gets wider permissions than the archive itself."""
    fd = open_regular(src)
    with os.fdopen(fd, "rb") as fin:
        out = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
        os.fchmod(out, 0o600)
        with os.fdopen(out, "wb") as fout:
            while chunk := fin.read(1 << 20):
                fout.write(chunk)
