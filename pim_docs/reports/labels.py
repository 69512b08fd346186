"""Polish labels for report views (one place, shared by HTML and DOCX)."""
from __future__ import annotations

DOCUMENT_TYPES = {"mid": "Miejska Inicjatywa Działania (MID)", "improvement_plan": "Plan Ulepszeń",
                  "unknown": "nierozpoznany"}
NETWORKS = {"air_quality": "Jakość powietrza", "mobility": "Mobilność miejska",
            "revitalisation": "Rewitalizacja", None: "nierozpoznana"}
STATUS = {"final": "wersja ostateczna", "draft": "wersja robocza / projekt"}
PROCESSING = {"ok": "odczytano", "needs_ocr": "skan — tekst z OCR lub brak tekstu",
              "failed": "nie udało się odczytać"}
VERDICTS = {"complete": "kompletny", "incomplete": "niekompletny", "unknown": "do weryfikacji"}
SECTION_STATUS = {"present": "jest", "incomplete": "niekompletna", "missing": "brak"}


def network(value: str | None) -> str:
    return NETWORKS.get(value, value or "nierozpoznana")
SECTION_STATUS_LONG = {"present": "jest", "incomplete": "jest, ale niekompletna (zapowiedź, wypełniacz lub za mało treści)",
                       "missing": "brak w dokumencie"}
EVIDENCE = {"document_type": "rodzaj dokumentu", "city": "miasto", "network": "sieć tematyczna", "status": "wersja"}
