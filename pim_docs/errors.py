"""Messages for bad input: a stable code for machines, a Polish sentence for people."""
from __future__ import annotations

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
    "docx_corrupt": "Nie udało się odczytać pliku DOCX ({detail}).",
    "odt_corrupt": "Nie udało się odczytać pliku ODT ({detail}).",
    "odt_encrypted": "Plik ODT jest zabezpieczony hasłem — nie można odczytać treści bez hasła.",
    "no_text_layer": "PDF nie ma warstwy tekstowej (skan); treść wymaga OCR.",
    "ocr_used": "Tekst {pages} odczytano przez OCR (Tesseract, język polski) — możliwe błędy rozpoznania.",
    "ocr_unavailable": "Tesseract z językiem polskim nie jest zainstalowany — skanu nie odczytano "
                       "(zainstaluj pakiet tesseract-ocr-pol).",
    "ocr_failed": "OCR strony {page} nie powiódł się ({detail}).",
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
    "view_failed": "Nie udało się zapisać widoku {view} ({detail}); pozostałe pliki raportu zapisano.",
    "internal_error": "Błąd wewnętrzny podczas przetwarzania ({detail}) — zgłoś go zespołowi pim-docs.",
}


def message(code: str, **detail: object) -> Message:
    text = MESSAGES[code]
    try:
        text = text.format(**detail)
    except (KeyError, IndexError):
        pass
    return Message(code=code, text=text)
