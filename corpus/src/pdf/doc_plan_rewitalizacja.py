"""Plan Ulepszeń of the revitalisation network (no single city).

Parts "Część 1 – Wprowadzenie" … "Część 5 – Wdrożenie i monitorowanie"; eight
recommendations "Rekomendacja N. …", each followed by a small key/value table
with the addressee, recommendation type, time horizon, financial effect and
success measure.  The "Adresaci rekomendacji" part is derived from the same data.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

from pdfcommon import (DOC_DIR, Action, Bullets, Section, Special, blocks_to_flowables,
                       make_styles, write_gold)

FILE = "plan_ulepszen_rewitalizacja.pdf"
FONT = "LiberationSans"
MRIT = "Ministerstwo Rozwoju i Technologii"
MFIPR = "Ministerstwo Funduszy i Polityki Regionalnej"
TYPE_LABEL = {"legal": "prawna (zmiana przepisów)", "financial": "finansowa",
              "organisational": "organizacyjna", "knowledge": "wiedza i kompetencje"}
CITIES = ["Chełm", "Grudziądz", "Łomża", "Piotrków Trybunalski", "Radom", "Słupsk", "Wałbrzych",
          "Zielona Góra"]

# (recommendation, problem, proposal)
RECS = [
    (Action("Wydłużenie i uelastycznienie okresu obowiązywania gminnych programów rewitalizacji",
            "other", type="legal", responsible=MRIT,
            timeline="nowelizacja ustawy o rewitalizacji do końca 2026 r.", cost=None,
            indicator="wejście w życie nowelizacji ustawy"),
     "Miasta sieci wskazują, że procesy rewitalizacji trwają zwykle dłużej niż horyzont gminnego "
     "programu rewitalizacji, a każda istotna zmiana programu wymaga powtórzenia pełnej procedury "
     "konsultacji i opiniowania. W efekcie programy są aktualizowane z opóźnieniem, a część "
     "przedsięwzięć traci podstawę do finansowania.",
     "Proponuje się wprowadzenie uproszczonego trybu zmiany programu w zakresie nieobejmującym "
     "granic obszaru rewitalizacji oraz możliwości przedłużenia jego obowiązywania uchwałą rady "
     "gminy na podstawie raportu z monitoringu."),
    (Action("Stały instrument finansowania działań społecznych w procesie rewitalizacji",
            "social_activation", type="financial", responsible=MFIPR,
            timeline="od perspektywy finansowej po 2027 r.",
            cost="ok. 300 mln zł rocznie w skali kraju",
            indicator="udział projektów społecznych w alokacji na rewitalizację – co najmniej 25%"),
     "Środki na rewitalizację w programach regionalnych są przeznaczane przede wszystkim na "
     "inwestycje infrastrukturalne. Działania społeczne, takie jak animacja lokalna czy "
     "streetworking, są finansowane krótkookresowo z Europejskiego Funduszu Społecznego Plus, "
     "a po zakończeniu projektu zwykle wygasają.",
     "Rekomenduje się utworzenie w programach regionalnych kolejnej perspektywy stałej puli środków "
     "na działania społeczne powiązane z inwestycjami rewitalizacyjnymi, z możliwością "
     "finansowania ich przez co najmniej pięć lat."),
    (Action("Uproszczenie procedury ustanawiania Specjalnej Strefy Rewitalizacji",
            "other", secondary_themes=["economic_activation"], type="legal", responsible=MRIT,
            timeline="2026", cost=None, indicator=None),
     "Z instrumentu Specjalnej Strefy Rewitalizacji skorzystało dotąd bardzo niewiele gmin. Miasta "
     "sieci wskazują na niejasne przepisy dotyczące prawa pierwokupu i wywłaszczeń oraz na obawy "
     "przed sporami z właścicielami nieruchomości.",
     "Należy doprecyzować przepisy dotyczące skutków ustanowienia strefy oraz przygotować wzorcowe "
     "uchwały i wytyczne interpretacyjne."),
    (Action("Preferencyjne pożyczki na remonty kamienic wspólnot mieszkaniowych w obszarach "
            "rewitalizacji", "other", secondary_themes=["public_space"], type="financial",
            responsible="Bank Gospodarstwa Krajowego oraz " + MRIT,
            timeline="2026–2028", cost="500 mln zł (kapitał funduszu pożyczkowego)",
            indicator="liczba wyremontowanych budynków wspólnot – 1 200"),
     "Znaczna część zabudowy w obszarach rewitalizacji należy do wspólnot mieszkaniowych z "
     "udziałem gminy. Wspólnoty, w których mieszkają osoby o niskich dochodach, nie mają zdolności "
     "kredytowej, przez co remonty elewacji, dachów i instalacji są odkładane latami.",
     "Proponuje się utworzenie w Banku Gospodarstwa Krajowego funduszu pożyczek preferencyjnych z "
     "częściowym umorzeniem dla wspólnot z obszarów rewitalizacji, zabezpieczonych na przyszłych "
     "wpływach z funduszu remontowego."),
    (Action("Krajowa platforma wiedzy o rewitalizacji i dobrych praktykach", "other",
            type="knowledge",
            responsible=MFIPR + " we współpracy z Krajowym Instytutem Polityki Przestrzennej i "
                                "Mieszkalnictwa",
            timeline="2025–2026", cost="2,5 mln zł",
            indicator="liczba opublikowanych studiów przypadku – 50"),
     "Wiedza o skutecznych rozwiązaniach jest rozproszona, a miasta średnie rzadko mają zasoby, "
     "aby ją systematycznie gromadzić. Po zakończeniu projektów pilotażowych ich dorobek często "
     "nie jest dostępny dla innych samorządów.",
     "Rekomenduje się uruchomienie ogólnodostępnej platformy z bazą studiów przypadku, wzorami "
     "dokumentów oraz cyklem szkoleń dla pracowników samorządowych."),
    (Action("Ułatwienia w najmie lokali użytkowych dla lokalnych przedsiębiorców",
            "economic_activation", type="legal", responsible=MRIT,
            timeline=None, cost=None,
            indicator="liczba lokali wynajętych w trybie preferencyjnym"),
     "Gminy mają ograniczone możliwości obniżania czynszów i wynajmowania lokali użytkowych bez "
     "przetargu podmiotom, które odpowiadają na potrzeby obszaru rewitalizacji, np. rzemieślnikom "
     "czy przedsiębiorstwom społecznym.",
     "Proponuje się wprowadzenie do ustawy o rewitalizacji przepisu umożliwiającego najem "
     "preferencyjny lokali w obszarze rewitalizacji na podstawie kryteriów określonych w gminnym "
     "programie rewitalizacji."),
    (Action("Koordynatorzy rewitalizacji w urzędach miast średnich", "other",
            secondary_themes=["social_activation"], type="organisational", responsible=MFIPR,
            timeline="2026–2029", cost="45 mln zł w okresie czterech lat",
            indicator="liczba miast z zatrudnionym koordynatorem – 100"),
     "W wielu miastach średnich za rewitalizację odpowiada jedna osoba, łącząca te zadania z innymi "
     "obowiązkami. Utrudnia to koordynację działań różnych wydziałów, jednostek i partnerów "
     "społecznych.",
     "Rekomenduje się program wsparcia zatrudnienia koordynatorów rewitalizacji w miastach "
     "średnich tracących funkcje społeczno-gospodarcze, połączony z siecią wymiany doświadczeń."),
    (Action("Standard współpracy z operatorami partycypacji społecznej", "social_activation",
            type="organisational", responsible="Ministerstwo Rodziny, Pracy i Polityki Społecznej",
            timeline="2026", cost=None, indicator=None),
     "Partycypacja mieszkańców w rewitalizacji często ogranicza się do obowiązkowych konsultacji. "
     "Miasta, które powierzyły prowadzenie działań organizacjom pozarządowym, osiągnęły lepsze "
     "efekty, ale brakuje jednolitych zasad zlecania takich zadań.",
     "Proponuje się opracowanie standardu współpracy gmin z operatorami partycypacji, w tym "
     "wzorów umów wieloletnich i zasad finansowania animatorów lokalnych."),
]
ACTIONS = [r[0] for r in RECS]

SECTIONS = [
    Section("introduction", "Część 1 – Wprowadzenie", blocks=[
        "Plan Ulepszeń został przygotowany przez miasta sieci tematycznej „Rewitalizacja” "
        "Partnerskiej Inicjatywy Miast: " + ", ".join(CITIES) + ". Dokument zbiera rekomendacje "
        "zmian w przepisach, instrumentach finansowych i organizacji wsparcia, które – zdaniem "
        "miast – pozwolą skuteczniej prowadzić procesy rewitalizacji.",
        "Rekomendacje powstały na podstawie doświadczeń z przygotowania Miejskich Inicjatyw "
        "Działania, trzech spotkań sieci oraz konsultacji z ekspertami. Adresatami są przede "
        "wszystkim ministerstwa odpowiedzialne za politykę miejską i fundusze europejskie.",
    ]),
    Section("diagnosis", "Część 2 – Diagnoza barier", blocks=[
        "Podczas prac sieci zidentyfikowano cztery grupy barier utrudniających rewitalizację w "
        "miastach średnich:",
        Bullets([
            "bariery prawne – sztywne procedury zmiany gminnych programów rewitalizacji i mało "
            "użyteczne instrumenty, takie jak Specjalna Strefa Rewitalizacji;",
            "bariery finansowe – krótkookresowe finansowanie działań społecznych i brak dostępu "
            "wspólnot mieszkaniowych do kredytu;",
            "bariery organizacyjne – niewystarczające zasoby kadrowe urzędów i słaba koordynacja "
            "między wydziałami;",
            "bariery wiedzy – rozproszenie informacji o dobrych praktykach i ograniczony dostęp do "
            "szkoleń.",
        ]),
        "Bariery te wzajemnie się wzmacniają. Miasta, które nie mają stabilnego finansowania "
        "działań społecznych, nie są w stanie utrzymać zespołów animatorów, co z kolei obniża "
        "jakość partycypacji i zaufanie mieszkańców do procesu rewitalizacji.",
        "Szczególnie dotkliwe są bariery w miastach tracących mieszkańców, w których dochody "
        "własne gminy nie pozwalają na finansowanie wkładu własnego w wielu równoległych projektach.",
    ]),
    Section("recommendations", "Część 3 – Rekomendacje", blocks=[Special("recs")]),
    Section("addressees", "Część 4 – Adresaci rekomendacji", blocks=[
        "Poniższe zestawienie przedstawia adresatów rekomendacji i numery rekomendacji, za których "
        "wdrożenie są odpowiedzialni.",
        Special("addressees"),
    ]),
    Section("implementation", "Część 5 – Wdrożenie i monitorowanie", blocks=[
        "Miasta sieci proponują, aby rekomendacje zostały omówione na posiedzeniu Krajowego Forum "
        "Rewitalizacji, a ich adresaci przedstawili w ciągu sześciu miesięcy stanowisko wobec "
        "każdej z nich. Rekomendacje o charakterze prawnym (nr 1, 3 i 6) mogłyby zostać ujęte w "
        "jednej nowelizacji ustawy o rewitalizacji.",
        "Monitorowanie wdrażania będzie prowadzone przez sekretariat sieci, który raz w roku "
        "przygotuje krótki raport o stanie realizacji rekomendacji, wykorzystując mierniki wskazane "
        "przy poszczególnych rekomendacjach. Raport zostanie przekazany adresatom oraz opublikowany "
        "na stronie Partnerskiej Inicjatywy Miast.",
    ]),
]


def _rec_flowables(st) -> list:
    out = [Paragraph("Poniżej przedstawiono osiem rekomendacji sieci. Dla każdej z nich wskazano "
                     "opis problemu, proponowane rozwiązanie, adresata, rodzaj rekomendacji oraz "
                     "horyzont czasowy.", st["body"])]
    for n, (a, problem, proposal) in enumerate(RECS, 1):
        rows = [("Adresat", a.responsible or "nie wskazano"),
                ("Rodzaj rekomendacji", TYPE_LABEL[a.type]),
                ("Horyzont czasowy", a.timeline or "nie określono"),
                ("Szacowany skutek finansowy", a.cost or "nie oszacowano"),
                ("Miernik realizacji", a.indicator or "nie określono")]
        t = Table([[Paragraph(k, st["cellhead"]), Paragraph(v, st["cell"])] for k, v in rows],
                  colWidths=[130, 340])
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.grey),
                               ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        out += [KeepTogether([Paragraph(f"Rekomendacja {n}. {a.title}", st["h2"]),
                              Paragraph(f"<b>Problem.</b> {problem}", st["body"]),
                              Paragraph(f"<b>Proponowane rozwiązanie.</b> {proposal}", st["body"]),
                              t]),
                Spacer(1, 6)]
    return out


def _addressee_table(st):
    by: dict[str, list[int]] = {}
    for n, a in enumerate(ACTIONS, 1):
        by.setdefault(a.responsible, []).append(n)
    rows = [[Paragraph("Adresat", st["cellhead"]), Paragraph("Rekomendacje", st["cellhead"])]]
    rows += [[Paragraph(k, st["cell"]), Paragraph(", ".join(map(str, v)), st["cell"])]
             for k, v in by.items()]
    t = Table(rows, colWidths=[360, 110])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd"))]))
    return [t, Spacer(1, 8)]


def build() -> list[str]:
    st = make_styles(FONT, size=10.5, heading_size=15, heading_bold=True)

    def decorate(c, doc):
        w, h = A4
        c.saveState()
        c.setFont(FONT, 8)
        if doc.page > 1:
            c.drawString(22 * mm, h - 14 * mm, "Plan Ulepszeń · Sieć tematyczna „Rewitalizacja”")
        c.drawCentredString(w / 2, 12 * mm, f"– {doc.page} –")
        c.restoreState()

    def special(block):
        return _rec_flowables(st) if block.kind == "recs" else _addressee_table(st)

    story = [Spacer(1, 55 * mm),
             Paragraph("Plan Ulepszeń", st["title"]),
             Paragraph("Sieć tematyczna „Rewitalizacja”", st["subtitle"]),
             Paragraph("Partnerska Inicjatywa Miast", st["subtitle"]),
             Spacer(1, 20 * mm),
             Paragraph("Rekomendacje miast sieci dla administracji rządowej", st["subtitle"]),
             Spacer(1, 50 * mm),
             Paragraph("Miasta sieci: " + ", ".join(CITIES), st["subtitle"]),
             Paragraph("Warszawa, grudzień 2024 r.", st["subtitle"]),
             PageBreak()]
    for s in SECTIONS:
        story.append(Paragraph(s.heading, st["h1"]))
        story += blocks_to_flowables(s.blocks, st, special)

    doc = SimpleDocTemplate(str(DOC_DIR / FILE), pagesize=A4, leftMargin=22 * mm,
                            rightMargin=22 * mm, topMargin=22 * mm, bottomMargin=22 * mm,
                            title="Plan Ulepszeń – Sieć tematyczna Rewitalizacja",
                            author="Sieć tematyczna Rewitalizacja – Partnerska Inicjatywa Miast",
                            subject="Rekomendacje dla administracji rządowej",
                            creator="pim_docs sample corpus")
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)

    write_gold(
        FILE, document_type="improvement_plan", city=None, network="revitalisation",
        status="final", text_layer=True, sections=SECTIONS, actions=ACTIONS,
        features=["improvement_plan", "recommendations", "part_headings", "key_value_tables",
                  "bullet_lists", "running_header", "page_footer"],
        notes=("Improvement plan of the revitalisation network (cities: " + ", ".join(CITIES) +
               "). The 8 recommendations are listed as actions; 'responsible' = addressee stated, "
               "'timeline' = time horizon stated, 'cost' = estimated financial effect stated, "
               "'indicator' = success measure stated. Values 'nie określono' / 'nie oszacowano' mean "
               "not stated (rec. 3: no cost, no measure; rec. 6: no horizon, no cost; rec. 1: no "
               "cost; rec. 8: no cost, no measure)."),
    )
    return [FILE]
