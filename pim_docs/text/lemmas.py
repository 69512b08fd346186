"""Polish lemmas: spaCy's Polish tokenizer + the lemma tables of ``spacy-lookups-data``.

The tables hold ~3.7 M word forms (loading them as Python dicts costs ~7 s and ~1 GB),
so on first use they are written once into a small SQLite file in the user's cache
(``$PIM_DOCS_CACHE`` or ``~/.cache/pim-docs``) and looked up from there, with an
in-process cache. Forms missing from the tables fall back to a light suffix stemmer,
so unknown words still match their inflected variants.
"""
from __future__ import annotations

import functools
import gzip
import json
import os
import re
import sqlite3
import tempfile
from pathlib import Path

# forms: nouns first, then adjectives, verbs …; then lemmas missing as forms
_TABLES = ("noun", "adj", "verb", "adv", "num", "pron", "adp", "part", "aux")
_VERSION = 4
# a word that heads a paradigm of this many forms is its own lemma, even where the tables
# also list it as a form of a rarer word ("cel" is "cel", not a form of "cela")
_PARADIGM = 6
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SUFFIXES = sorted("""ami ach ów om owi em ie iu ą ę y i a u e o ej ego emu ym ymi ych ich imi
                      iem ach ość ości ościach ościami ów owie ek ka ki ce cy""".split(), key=len, reverse=True)


def cache_dir() -> Path:
    """``$PIM_DOCS_CACHE``, else ~/.cache/pim-docs, else the temp folder (read-only home)."""
    for candidate in (os.environ.get("PIM_DOCS_CACHE"), Path.home() / ".cache" / "pim-docs",
                      Path(tempfile.gettempdir()) / "pim-docs"):
        if not candidate:
            continue
        try:
            Path(candidate).mkdir(parents=True, exist_ok=True)
            if os.access(candidate, os.W_OK):
                return Path(candidate)
        except OSError:
            continue
    raise OSError("brak zapisywalnego folderu na pamięć podręczną lematów (ustaw PIM_DOCS_CACHE)")


def _db_path() -> Path:
    import spacy_lookups_data

    version = getattr(spacy_lookups_data, "__version__", "0")
    return cache_dir() / f"pl_lemmas_v{_VERSION}_{version}.sqlite"


def _build(path: Path) -> None:
    import spacy_lookups_data

    data = Path(spacy_lookups_data.__file__).parent / "data"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    con = sqlite3.connect(tmp)
    try:
        con.execute("CREATE TABLE lemma (form TEXT PRIMARY KEY, lemma TEXT NOT NULL) WITHOUT ROWID")
        con.execute("CREATE TABLE paradigm (lemma TEXT PRIMARY KEY, forms INTEGER NOT NULL) WITHOUT ROWID")
        sizes: dict[str, int] = {}
        for pos in _TABLES:
            f = data / f"pl_lemma_lookup_{pos}.json.gz"
            if not f.exists():
                continue
            with gzip.open(f, "rt", encoding="utf-8") as fh:
                table = json.load(fh)
            con.executemany("INSERT OR IGNORE INTO lemma VALUES (?, ?)",
                            ((k.lower(), v.lower()) for k, v in table.items()))
            for v in table.values():
                v = v.lower()
                sizes[v] = sizes.get(v, 0) + 1
            del table
        # a lemma that no table lists as a form is its own lemma ("analiza")
        con.executemany("INSERT OR IGNORE INTO lemma VALUES (?, ?)", ((v, v) for v in sizes))
        con.executemany("INSERT INTO paradigm VALUES (?, ?)", ((v, n) for v, n in sizes.items() if n >= _PARADIGM))
        con.commit()
    finally:
        con.close()
    os.replace(tmp, path)


def stem(word: str) -> str:
    """A crude stem for words the tables do not know."""
    w = word.lower()
    for suf in _SUFFIXES:
        if len(w) - len(suf) >= 4 and w.endswith(suf):
            return w[: -len(suf)]
    return w


class Lemmatizer:
    """``lemmas(text)`` -> lower-case lemmas of the words (numbers and punctuation dropped)."""

    def __init__(self, db: Path | None = None) -> None:
        self.db = db or _db_path()
        if not self.db.exists():
            _build(self.db)
        self._connect()
        import spacy

        self._tokenizer = spacy.blank("pl").tokenizer

    def _connect(self) -> None:
        # a connection must not cross fork(): a forked worker opens its own
        self._con = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, check_same_thread=False)
        self._pid = os.getpid()

    @functools.lru_cache(maxsize=200_000)  # noqa: B019 - one long-lived instance per process
    def lemma(self, word: str) -> str:
        w = word.lower()
        if self._pid != os.getpid():
            self._connect()
        if self._con.execute("SELECT 1 FROM paradigm WHERE lemma = ?", (w,)).fetchone():
            return w
        row = self._con.execute("SELECT lemma FROM lemma WHERE form = ?", (w,)).fetchone()
        return row[0] if row else stem(w)

    def tokens(self, text: str) -> list[str]:
        return [t.text for t in self._tokenizer(text) if _WORD.fullmatch(t.text)]

    def lemmas(self, text: str) -> list[str]:
        return [self.lemma(t) for t in self.tokens(text)]


@functools.cache
def default() -> Lemmatizer:
    return Lemmatizer()
