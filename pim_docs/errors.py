"""Messages for bad input: a stable code for machines, a Polish sentence for people."""
from __future__ import annotations

import contextlib
import contextvars
import re
from collections.abc import Iterator
from pathlib import Path

from .model import Message

MESSAGES: dict[str, str] = {
    "empty_file": "Plik jest pusty (0 bajtów).",
    "unsupported_format": "Nieobsługiwany format pliku ({detail}). Obsługiwane: PDF, DOCX, ODT.",
    "legacy_doc": "Plik w starym formacie Word (.doc) — zapisz go jako DOCX lub PDF.",
    "extension_mismatch": "Rozszerzenie pliku ({ext}) nie zgadza się z zawartością ({fmt}); plik odczytano jako {fmt}.",
    "pdf_corrupt": "Plik PDF jest uszkodzony lub niekompletny i nie da się go odczytać ({detail}).",
    "pdf_encrypted": "Plik PDF jest zabezpieczony hasłem — nie można odczytać treści bez hasła.",
    "pdf_page_error": "Nie udało się odczytać strony {page} ({detail}); pozostałe strony odczytano.",
    "pdf_pages_fallback": "Biblioteka pdfminer nie znalazła stron pliku PDF (uszkodzone drzewo stron); "
                          "dokument ({pages} str.) odczytano zapasowo biblioteką PDFium — układ tekstu może być uproszczony.",
    "pdf_unmapped_lines": "Nie da się odczytać {lines} tekstu ({pages}): font nie ma mapowania znaków "
                          "na Unicode (cid:NN); pominięto je w analizie.",
    "pdf_unmapped_pages": "Tekstu {pages} nie da się odczytać: font nie ma mapowania znaków na Unicode "
                          "(cid:NN); {target} do OCR.",
    "page_limit": "Dokument ma {pages} stron — przeanalizowano pierwsze {limit} (limit stron).",
    "zip_corrupt": "Plik {fmt} jest uszkodzony: to nie jest poprawne archiwum ZIP ({detail}).",
    "zip_missing_part": "Plik {fmt} jest niekompletny: brak części {part}.",
    "zip_too_large": "Plik {fmt} po rozpakowaniu zajmowałby {size} MB — więcej niż limit {limit} MB "
                     "(możliwa „bomba ZIP”); pliku nie przetworzono.",
    "zip_too_many_parts": "Plik {fmt} zawiera {count} części — więcej niż limit {limit}.",
    "xml_forbidden": "Plik {fmt} zawiera niedozwolone konstrukcje XML (DTD/encje zewnętrzne); pliku nie przetworzono.",
    "xml_encoding": "Plik {fmt} zawiera część XML ({part}) w nietypowym kodowaniu, którego nie da się bezpiecznie "
                    "sprawdzić; pliku nie przetworzono.",
    "macros_ignored": "Dokument zawiera makra — makr nie uruchomiono ani nie odczytano; odczytano samą treść "
                      "dokumentu.",
    "docx_corrupt": "Nie udało się odczytać pliku DOCX ({detail}).",
    "odt_corrupt": "Nie udało się odczytać pliku ODT ({detail}).",
    "odt_encrypted": "Plik ODT jest zabezpieczony hasłem — nie można odczytać treści bez hasła.",
    "no_text_layer": "PDF nie ma warstwy tekstowej (skan); treść wymaga OCR.",
    "ocr_used": "Tekst {pages} odczytano przez OCR (Tesseract, język polski) — możliwe błędy rozpoznania.",
    "ocr_unavailable": "Tesseract z językiem polskim nie jest zainstalowany — skanu nie odczytano "
                       "(zainstaluj pakiet tesseract-ocr-pol).",
    "ocr_failed": "OCR strony {page} nie powiódł się ({detail}).",
    "ocr_rotated": "Skan był obrócony — przed odczytem OCR obrócono {pages} zgodnie z ruchem wskazówek zegara.",
    "no_text": "Nie znaleziono w dokumencie żadnego tekstu.",
    "not_polish": "Dokument nie wygląda na polski (rozpoznany język: {lang}); wyniki mogą być niepełne.",
    "unknown_type": "Nie rozpoznano rodzaju dokumentu (ani MID, ani Plan Ulepszeń).",
    "model_missing": "Brak wytrenowanego modelu tematów (models/theme_classifier.joblib) — uruchom `pim-docs train`; "
                     "działania pozostały bez tematu.",
    "file_unreadable": "Nie można odczytać pliku ({detail}).",
    "time_limit": "Odczyt pliku trwał dłużej niż limit {limit} s — przerwano go; pliku nie przetworzono "
                  "(limit w config/limits.yaml).",
    "memory_limit": "Odczyt pliku wymagał więcej pamięci niż limit {limit} MB — przerwano go; pliku nie "
                    "przetworzono (limit w config/limits.yaml).",
    "reader_crashed": "Odczyt pliku przerwał się bez wyniku (kod {exit}) — najczęściej z braku pamięci "
                      "(limit {limit} MB) albo przez uszkodzoną zawartość; pliku nie przetworzono.",
    "analysis_time_limit": "Analiza dokumentu trwała dłużej niż limit {limit} s — przerwano ją; dokument "
                           "odczytano, ale nie oceniono (limit w config/limits.yaml).",
    "analysis_memory_limit": "Analiza dokumentu wymagała więcej pamięci niż limit {limit} MB — przerwano ją; "
                             "dokument odczytano, ale nie oceniono (limit w config/limits.yaml).",
    "analysis_crashed": "Analiza dokumentu przerwała się bez wyniku (kod {exit}) — najczęściej z braku pamięci "
                        "(limit {limit} MB); dokument odczytano, ale nie oceniono.",
    "block_limit": "Dokument ma {count} akapitów i tabel — przeanalizowano pierwsze {limit} (limit w "
                   "config/limits.yaml); dalsza część nie została oceniona.",
    "long_blocks": "Akapity lub komórki dłuższe niż {limit} znaków ({count}) skrócono do tej długości "
                   "(limit w config/limits.yaml).",
    "dump_limit": "Zrzut document.json przekroczyłby {limit} MB — zapisano tylko pierwsze {kept} z {count} "
                  "bloków (raport obejmuje cały dokument).",
    "view_failed": "Nie udało się zapisać widoku {view} ({detail}); pozostałe pliki raportu zapisano.",
    "internal_error": "Błąd wewnętrzny podczas przetwarzania ({detail}) — zgłoś go zespołowi pim-docs.",
}


_HIDDEN: contextvars.ContextVar[tuple[tuple[str, str], ...]] = contextvars.ContextVar("hidden_paths", default=())
# absolute paths in exception texts: quoted (may hold spaces), file: URIs, bare POSIX and Windows paths
_QUOTED = re.compile(r"""(['"])((?:[A-Za-z]:[\\/]|/|\\\\|file:/)[^'"\n]*)\1""")
_FILE_URI = re.compile(r"""file:/+[^\s'"<>]*""")
_POSIX = re.compile(r"""(?<![\w:/.~-])/(?:[^\s'"<>/\\]+/)+[^\s'"<>/\\]*""")
_WINDOWS = re.compile(r"""(?:\b[A-Za-z]:|\\\\[^\s'"<>\\]+)\\(?:[^\s'"<>\\]+\\)*[^\s'"<>\\]*""")


def _basename(path: str) -> str:
    return re.split(r"[\\/]", path.rstrip("\\/"))[-1] or "…"


def scrub(text: str) -> str:
    """The text with server paths cut to file names (messages are shown to reviewers)."""
    for full, shown in _HIDDEN.get():
        text = text.replace(full, shown)
    text = _QUOTED.sub(lambda m: m.group(1) + _basename(m.group(2)) + m.group(1), text)
    text = _FILE_URI.sub(lambda m: _basename(m.group(0)), text)
    text = _POSIX.sub(lambda m: _basename(m.group(0)), text)
    return _WINDOWS.sub(lambda m: _basename(m.group(0)), text)


@contextlib.contextmanager
def hidden_paths(path: Path) -> Iterator[None]:
    """While reading ``path``: messages show its name, never where it lies on the server."""
    path = Path(path)
    pairs = []
    for p in {str(path), str(path.absolute()), str(path.resolve())}:
        pairs.append((p, path.name))
    for d in {str(path.parent.absolute()), str(path.resolve().parent)}:
        if d not in ("/", "."):
            pairs += [(d + "/", ""), (d, "…")]
    token = _HIDDEN.set(tuple(sorted(pairs, key=lambda x: -len(x[0]))))
    try:
        yield
    finally:
        _HIDDEN.reset(token)


def message(code: str, **detail: object) -> Message:
    text = MESSAGES[code]
    detail = {k: scrub(v) if isinstance(v, str) else v for k, v in detail.items()}
    try:
        text = text.format(**detail)
    except (KeyError, IndexError):
        pass
    return Message(code=code, text=text)
