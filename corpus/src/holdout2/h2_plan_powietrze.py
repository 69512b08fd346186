"""Plan Ulepszeń – air quality network – ODT whose headings are styled paragraphs.

Traps: no text:h at all – chapter titles use a user-defined paragraph style
("Nagłówek działu", bold, no outline level) numbered "§ 1."–"§ 4.", one of them shown in capitals
only through fo:text-transform; the introduction is the unheaded text
between the title block and the first heading (present); the implementation
chapter "§ 4. Wdrożenie" holds only a "w przygotowaniu" note (incomplete).
"""
from __future__ import annotations

from odf import style

from common import normalize_zip, utc
from h2_common import OUT_DIR, REC_TYPE_PL, Action, H2Gold
from odt_kit import OdtDoc

FILE = "plan_ulepszen_jakosc_powietrza.odt"

RECS = [
    Action("Pełny dostęp gmin do danych Centralnej Ewidencji Emisyjności Budynków wraz z eksportem",
           "low_emission", type="legal",
           description="Gminy mają dostęp do danych ewidencji, ale nie mogą ich pobierać w formie "
                       "pozwalającej na analizę i łączenie z własnymi rejestrami dotacji i kontroli. "
                       "Proponujemy zmianę przepisów tak, aby gmina mogła eksportować pełne dane "
                       "o źródłach ciepła na swoim terenie w otwartym formacie.",
           responsible="Minister Rozwoju i Technologii", timeline="2026"),
    Action("Stabilne finansowanie programu „Ciepłe Mieszkanie” dla budynków wielorodzinnych w "
           "centrach miast", "low_emission", type="financial",
           description="Kamienice w centrach miast sieci wciąż ogrzewane są piecami kaflowymi. "
                       "Jednorazowe edycje programu nie pozwalają gminom zaplanować wymiany źródeł "
                       "ciepła w całym zasobie. Proponujemy coroczne edycje z alokacją znaną "
                       "z wyprzedzeniem i możliwością łączenia z remontem instalacji.",
           responsible="Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej",
           timeline="kolejne edycje od 2026 r.", cost="ok. 1 mld zł na edycję",
           indicator="liczba mieszkań z wymienionym źródłem ciepła"),
    Action("Skuteczniejsze kontrole spalania odpadów z wykorzystaniem pomiarów zdalnych",
           "low_emission", type="legal",
           description="Straże gminne mogą dziś kontrolować paleniska wyłącznie na miejscu, "
                       "a wyniki pomiarów z dronów nie stanowią podstawy do wszczęcia postępowania. "
                       "Postulujemy uregulowanie statusu takich pomiarów jako przesłanki kontroli.",
           responsible="Minister Klimatu i Środowiska oraz Minister Spraw Wewnętrznych "
                       "i Administracji"),
    Action("Sieć doradców energetycznych w gminach finansowana ze środków krajowych",
           "eco_awareness", secondary_themes=("low_emission",), type="organisational",
           description="Doradcy energetyczni zatrudnieni w ramach projektów unijnych okazali się "
                       "najskuteczniejszym narzędziem docierania do mieszkańców, ale ich finansowanie "
                       "kończy się wraz z projektami. Proponujemy stałą sieć doradców przy gminach, "
                       "koordynowaną przez wojewódzkie fundusze ochrony środowiska.",
           responsible="NFOŚiGW i wojewódzkie fundusze ochrony środowiska", timeline="2026",
           cost="ok. 60 mln zł rocznie", indicator="1 doradca na 30 tys. mieszkańców"),
    Action("Wytyczne dotyczące lokalizacji i kalibracji czujników niskokosztowych", "other",
           type="knowledge",
           description="Miasta instalują czujniki jakości powietrza według różnych zasad, przez co "
                       "ich wyniki są trudne do porównania i bywają podważane przez mieszkańców. "
                       "Krajowe wytyczne ujednoliciłyby sposób lokalizacji, kalibracji i publikacji "
                       "danych.",
           responsible="Główny Inspektorat Ochrony Środowiska", timeline="2025"),
    Action("Kampania o zdrowotnych skutkach smogu dla seniorów i rodziców małych dzieci",
           "eco_awareness", type="knowledge",
           description="Wiedza o wpływie zanieczyszczeń na zdrowie nadal jest niska, szczególnie "
                       "wśród osób najbardziej narażonych. Miasta sieci proponują ogólnopolską "
                       "kampanię prowadzoną przez lekarzy rodzinnych i położne, z materiałami, które "
                       "gminy mogłyby wykorzystać lokalnie.",
           responsible=None),
]

ADDRESSEES = [
    ("Ministerstwo Rozwoju i Technologii", "propozycja 1"),
    ("Ministerstwo Klimatu i Środowiska", "propozycje 2 i 3"),
    ("Ministerstwo Spraw Wewnętrznych i Administracji", "propozycja 3"),
    ("Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej", "propozycje 2 i 4"),
    ("Wojewódzkie fundusze ochrony środowiska i gospodarki wodnej", "propozycja 4"),
    ("Główny Inspektorat Ochrony Środowiska", "propozycja 5"),
]


def _styles(d: OdtDoc) -> None:
    """User-defined paragraph styles used as headings (no outline level)."""
    head = style.Style(name="Naglowek_20_dzialu", displayname="Nagłówek działu",
                       family="paragraph", parentstylename="Text_20_body")
    head.addElement(style.ParagraphProperties(margintop="0.5cm", marginbottom="0.2cm",
                                              keepwithnext="always", textalign="left",
                                              borderbottom="0.5pt solid #5b7f3a",
                                              padding="0.05cm"))
    head.addElement(style.TextProperties(fontname="Liberation Sans", fontsize="13pt",
                                         fontweight="bold", color="#3b5323"))
    d.doc.styles.addElement(head)
    caps = style.Style(name="Naglowek_20_dzialu_20_wersaliki",
                       displayname="Nagłówek działu wersaliki", family="paragraph",
                       parentstylename="Naglowek_20_dzialu")
    caps.addElement(style.TextProperties(texttransform="uppercase"))
    d.doc.styles.addElement(caps)
    sub = style.Style(name="Podtytul_20_propozycji", displayname="Podtytuł propozycji",
                      family="paragraph", parentstylename="Text_20_body")
    sub.addElement(style.ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm",
                                             keepwithnext="always", textalign="left"))
    sub.addElement(style.TextProperties(fontname="Liberation Sans", fontsize="11pt",
                                        fontweight="bold"))
    d.doc.styles.addElement(sub)
    d.auto_para("P_title", "Text_20_body",
                para=dict(textalign="center", margintop="0.2cm"),
                txt=dict(fontname="Liberation Sans", fontsize="20pt", fontweight="bold"))


def build(out_dir=OUT_DIR) -> H2Gold:
    gold = H2Gold(FILE, document_type="improvement_plan", city=None, network="air_quality",
                  status="final",
                  notes="ODT without text:h: chapter titles are paragraphs in a user-defined style "
                        "'Nagłówek działu' (no outline level), numbered '§ 1.'–'§ 4.'; '§ 2. "
                        "Propozycje zmian' is shown in capitals only via text-transform. The introduction is unheaded text "
                        "between the title block and the first heading (present). Chapter "
                        "'§ 4. Wdrożenie' holds only a 'w przygotowaniu' note (implementation=incomplete).")
    d = OdtDoc(title="Plan Ulepszeń – sieć Jakość powietrza", author="Sieć PIM Jakość powietrza",
               created=utc(2025, 4, 22, 8, 30), modified=utc(2025, 5, 15, 12, 0),
               subject="Partnerska Inicjatywa Miast")
    d.page_setup(footer_pages=True, footer_text="Plan Ulepszeń – Jakość powietrza")
    _styles(d)

    def head(text, caps=False):
        d.p(text, "Naglowek_20_dzialu_20_wersaliki" if caps else "Naglowek_20_dzialu")

    d.p("Partnerska Inicjatywa Miast · sieć tematyczna „Jakość powietrza”", "P_center")
    d.p("Plan Ulepszeń", "P_title")
    d.p("wersja przyjęta przez miasta sieci 15 maja 2025 r.", "P_center")

    # introduction – no heading, directly after the title block
    gold.section("introduction")
    d.p("Plan Ulepszeń zamyka dwuletnią współpracę miast w sieci „Jakość powietrza”. W trakcie prac "
        "nad Miejskimi Inicjatywami Działania miasta wielokrotnie natrafiały na przeszkody, których "
        "nie mogą usunąć same – dotyczą one przepisów, zasad finansowania i podziału zadań między "
        "samorząd a administrację rządową. Ten dokument zbiera te przeszkody i przedstawia "
        "propozycje zmian skierowane do instytucji, które mogą je wprowadzić.")
    d.p("Plan przygotowano na podstawie ankiety wypełnionej przez wszystkie miasta sieci, "
        "wywiadów z pracownikami wydziałów ochrony środowiska i straży miejskich oraz dwóch "
        "warsztatów, w trakcie których uczestnicy uzgodnili listę propozycji. Dokument jest "
        "przeznaczony dla przedstawicieli ministerstw i funduszy, ale także dla innych miast, "
        "które zmagają się z podobnymi problemami.")

    # diagnosis
    gold.section("diagnosis")
    head("§ 1. Bariery, na które natrafiają miasta")
    d.p("**Prawo.** Gminy nie mają pełnego, praktycznego dostępu do danych o źródłach ciepła na "
        "swoim terenie, a wyniki pomiarów zdalnych nie mogą być podstawą działań straży gminnych. "
        "Uchwały antysmogowe sejmików są egzekwowane w różny sposób, a kontrola jednego paleniska "
        "zajmuje strażnikom nawet kilka godzin.")
    d.p("**Pieniądze.** Programy wymiany źródeł ciepła w budynkach wielorodzinnych mają charakter "
        "jednorazowy, a ich terminy nie pokrywają się z cyklem budżetowym gmin. Doradcy "
        "energetyczni finansowani z projektów unijnych tracą pracę wraz z końcem projektu, "
        "a wraz z nimi znika zaufanie mieszkańców zbudowane przez kilka lat.")
    d.p("**Organizacja i wiedza.** Każde miasto samodzielnie ustala zasady instalowania czujników "
        "jakości powietrza, co prowadzi do sporów o wiarygodność danych. Mieszkańcy – zwłaszcza "
        "seniorzy i rodzice małych dzieci – wciąż słabo znają zdrowotne skutki smogu, a lokalne "
        "kampanie mają ograniczony zasięg.")

    # recommendations
    gold.section("recommendations")
    head("§ 2. Propozycje zmian", caps=True)
    d.p("Poniższe propozycje uporządkowano według kolejności barier. Przy każdej wskazano rodzaj "
        "zmiany oraz – o ile zostały uzgodnione – adresata, termin, koszt i miernik.")
    for i, a in enumerate(RECS, start=1):
        gold.action(a)
        d.p(f"Propozycja {i} – {a.title}", "Podtytul_20_propozycji")
        d.p(a.description)
        d.kv("Rodzaj zmiany", REC_TYPE_PL[a.type])
        d.kv("Do kogo kierujemy", a.responsible if a.responsible else "do uzgodnienia w sieci")
        for label, value in (("Kiedy", a.timeline), ("Koszt", a.cost), ("Miernik", a.indicator)):
            if value is not None:
                d.kv(label, value)

    # addressees
    gold.section("addressees")
    head("§ 3. Instytucje, do których kierujemy propozycje")
    d.p("Propozycje zostaną przekazane następującym instytucjom:")
    d.table([["Instytucja", "Propozycje"]] + [list(r) for r in ADDRESSEES], [10.5, 5.9])
    d.p("Propozycja 6 nie ma jeszcze uzgodnionego adresata – miasta sieci rozważają skierowanie jej "
        "zarówno do resortu zdrowia, jak i do resortu klimatu.")

    # implementation – placeholder
    gold.section("implementation", "incomplete")
    head("§ 4. Wdrożenie")
    d.p("Część w przygotowaniu – sposób wdrożenia zostanie uzgodniony z adresatami na jesiennym "
        "posiedzeniu sieci.")

    d.save(out_dir / FILE)
    normalize_zip(out_dir / FILE)
    return gold
