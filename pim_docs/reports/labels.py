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


def plural(n: int, one: str, few: str, many: str) -> str:
    """"1 działanie", "2 działania", "5 działań", "22 działania", "12 działań": Polish counts."""
    n = abs(int(n))
    if n == 1:
        return f"{n} {one}"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return f"{n} {few}"
    return f"{n} {many}"


def network(value: str | None) -> str:
    return NETWORKS.get(value, value or "nierozpoznana")
SECTION_STATUS_LONG = {"present": "jest", "incomplete": "jest, ale niekompletna (zapowiedź, wypełniacz lub za mało treści)",
                       "missing": "brak w dokumencie"}
EVIDENCE = {"document_type": "rodzaj dokumentu", "city": "miasto", "network": "sieć tematyczna", "status": "wersja"}
FIELDS = {"responsible": "odpowiedzialny", "timeline": "termin", "cost": "koszt", "indicator": "wskaźnik",
          "funding": "finansowanie"}
REC_TYPES = {"legal": "prawna", "financial": "finansowa", "organisational": "organizacyjna", "knowledge": "wiedza"}


def theme(theme_id: str | None) -> str:
    from ..classify.rules import taxonomy

    return taxonomy()["themes"].get(theme_id or "", {}).get("name", theme_id or "—")


def sub_theme(theme_id: str, sub_id: str) -> str:
    from ..classify.rules import taxonomy

    subs = taxonomy()["themes"].get(theme_id, {}).get("sub_themes", {}) or {}
    return subs.get(sub_id, {}).get("name", sub_id)


def pln(value: float) -> str:
    if not value:
        return "—"
    if value >= 1e6:
        return f"{value / 1e6:,.2f} mln zł".replace(",", " ").replace(".", ",")
    return f"{value:,.0f} zł".replace(",", " ")


def section_names() -> dict[str, str]:
    """Section id -> Polish name, from the templates in config/templates/."""
    from .. import config

    names = {}
    for kind in ("mid", "improvement_plan"):
        for s in config.load(f"templates/{kind}.yaml").get("sections", []):
            names.setdefault(s["id"], s["name"])
    return names


def strand_names() -> dict[str, str]:
    """Strand id (and theme id) -> Polish name, from the taxonomy."""
    from ..classify.rules import taxonomy

    tax = taxonomy()
    names = {t: v.get("name", t) for t, v in tax["themes"].items()}
    for net in tax.get("networks", {}).values():
        names.update({k: v["name"] for k, v in net.get("strands", {}).items()})
    return names
