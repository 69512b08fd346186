"""MID Tarnów – air quality.

Layout features: one column, decimal-numbered bold headings, a "Spis treści"
page with dotted leaders and page numbers that lists "8. Analiza ryzyka",
which is absent from the body; running header and "Strona N z M" footer on
every page; the actions are a ruled table that continues on the next page with
the header row repeated.
"""
from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

from pdfcommon import (DOC_DIR, Action, Bullets, H2, Section, Special, blocks_to_flowables,
                       cell, make_styles, numbered_canvas, write_gold)

FILE = "mid_tarnow_powietrze.pdf"
CITY = "Tarnów"
HEADER = "MID Tarnów – Partnerska Inicjatywa Miast"
BODY_FONT = "DejaVuSerif"

ACTIONS = [
    Action("Wymiana pozaklasowych kotłów na paliwo stałe w budynkach jednorodzinnych",
           "low_emission",
           responsible="Wydział Ochrony Środowiska i Rolnictwa UMT",
           timeline="2025–2027", cost="6 800",
           source="Program „Czyste Powietrze”, budżet miasta",
           indicator="Liczba zlikwidowanych kotłów: 600 szt."),
    Action("Rozbudowa sieci ciepłowniczej na osiedlu Krzyż i w rejonie ul. Krakowskiej",
           "low_emission",
           responsible="Miejskie Przedsiębiorstwo Energetyki Cieplnej w Tarnowie",
           timeline="2025–2026", cost="9 450",
           source="FEnIKS 2021–2027, środki własne MPEC",
           indicator="Liczba budynków przyłączonych do sieci: 48"),
    Action("Miejski punkt ekodoradztwa z pomocą w wypełnianiu wniosków",
           "eco_awareness", secondary_themes=["low_emission"],
           responsible="Wydział Ochrony Środowiska i Rolnictwa UMT",
           timeline="od II kw. 2025 (działanie ciągłe)", cost=None,
           source="budżet miasta",
           indicator="Liczba udzielonych porad: 1 500 rocznie"),
    Action("Termomodernizacja budynków Szkoły Podstawowej nr 7 i Szkoły Podstawowej nr 12",
           "low_emission",
           responsible="Tarnowski Zespół Obsługi Oświaty",
           timeline="2026", cost="4 120",
           source="FEM 2021–2027 (Małopolska), budżet miasta",
           indicator="Zmniejszenie zużycia energii cieplnej o 40%"),
    Action("Sieć czujników jakości powietrza i system powiadomień SMS o epizodach smogowych",
           "other", secondary_themes=["eco_awareness"],
           responsible="Biuro Informatyki UMT we współpracy z WIOŚ",
           timeline="2025", cost="380",
           source="budżet miasta",
           indicator="Liczba czujników: 25; liczba subskrybentów: 8 000"),
    Action("Kampania edukacyjna „Tarnów oddycha” w szkołach i przedszkolach",
           "eco_awareness",
           responsible="Wydział Edukacji UMT",
           timeline="2025–2027", cost="150",
           source="WFOŚiGW w Krakowie",
           indicator=None),
    Action("Zakup 10 autobusów elektrycznych wraz z infrastrukturą ładowania",
           "public_transport", secondary_themes=["low_emission"],
           responsible="Miejskie Przedsiębiorstwo Komunikacyjne w Tarnowie",
           timeline="2026–2027", cost="31 500",
           source="FEnIKS 2021–2027, KPO",
           indicator="Liczba autobusów zeroemisyjnych: 10"),
    Action("Budowa drogi rowerowej wzdłuż ul. Lwowskiej do Zakładów Azotowych w Mościcach",
           "cycling",
           responsible="Zarząd Dróg i Komunikacji w Tarnowie",
           timeline=None, cost="5 200",
           source="FEM 2021–2027 (Małopolska)",
           indicator="Długość wybudowanej drogi rowerowej: 3,4 km"),
    Action("Nasadzenia zieleni izolacyjnej wzdłuż ul. Krakowskiej i al. Jana Pawła II",
           "public_space",
           responsible="Zarząd Zieleni Miejskiej w Tarnowie",
           timeline="2025–2026", cost="640",
           source="budżet miasta, NFOŚiGW",
           indicator="Liczba posadzonych drzew: 1 200"),
    Action("Kontrole palenisk prowadzone przez Straż Miejską z wykorzystaniem drona pomiarowego",
           "other", secondary_themes=["low_emission"],
           responsible="Straż Miejska w Tarnowie",
           timeline="2025–2027", cost="210",
           source="budżet miasta",
           indicator="Liczba kontroli: 900 rocznie"),
]

SECTIONS = [
    Section("summary", "1. Streszczenie", blocks=[
        "Miejska Inicjatywa Działania (MID) Tarnowa została przygotowana w ramach sieci "
        "tematycznej „Jakość powietrza” Partnerskiej Inicjatywy Miast. Dokument opisuje, w jaki "
        "sposób miasto zamierza w latach 2025–2027 ograniczyć emisję pyłów zawieszonych i "
        "benzo(a)pirenu, które w sezonie grzewczym wciąż przekraczają poziomy dopuszczalne na "
        "stacji pomiarowej przy ul. Bitwy pod Studziankami.",
        "Inicjatywa obejmuje dziesięć działań, z których najważniejsze dotyczą likwidacji "
        "pozaklasowych kotłów na paliwo stałe, rozbudowy sieci ciepłowniczej, wymiany taboru "
        "komunikacji miejskiej na zeroemisyjny oraz edukacji mieszkańców. Łączny szacowany koszt "
        "działań wynosi około 58,5 mln zł, z czego większość ma pochodzić z funduszy europejskich "
        "i krajowych programów ochrony środowiska. Dokument został przyjęty przez Lokalne "
        "Partnerstwo na posiedzeniu w dniu 17 października 2024 r.",
    ]),
    Section("context", "2. Diagnoza", blocks=[
        H2("2.1. Stan jakości powietrza w Tarnowie"),
        "Tarnów położony jest w Kotlinie Sandomierskiej, w dolinie Dunajca i Białej, co w okresie "
        "zimowym sprzyja występowaniu inwersji temperatury i słabemu przewietrzaniu miasta. W 2023 r. "
        "średnioroczne stężenie pyłu PM10 wyniosło 31 µg/m³, a liczba dni z przekroczeniem poziomu "
        "dobowego 50 µg/m³ sięgnęła 41, przy dopuszczalnych 35. Szczególnie niekorzystna jest sytuacja "
        "w zakresie benzo(a)pirenu, którego średnie roczne stężenie (3,8 ng/m³) niemal czterokrotnie "
        "przekracza poziom docelowy.",
        "Według inwentaryzacji źródeł ciepła przeprowadzonej przez Urząd Miasta w latach 2022–2023 na "
        "terenie Tarnowa pozostaje około 2 300 czynnych kotłów i pieców na paliwo stałe niespełniających "
        "wymagań uchwały antysmogowej dla województwa małopolskiego. Koncentrują się one w zabudowie "
        "jednorodzinnej dzielnic Krzyż, Klikowa, Zabłocie i Gumniska oraz w starych kamienicach "
        "Śródmieścia i Grabówki. Udział niskiej emisji z sektora komunalno-bytowego w stężeniach pyłu "
        "szacuje się na 58%, transportu drogowego na 19%, a przemysłu na 11%.",
        "Problem ma wyraźny wymiar społeczny. Ankieta przeprowadzona wśród 640 gospodarstw domowych "
        "wykazała, że blisko co trzecie gospodarstwo ogrzewające dom węglem nie wymieniło kotła z powodu "
        "braku środków na wkład własny, a 22% respondentów nie wiedziało, że może skorzystać z podwyższonego "
        "poziomu dofinansowania. Jednocześnie rośnie świadomość zagrożeń: 71% mieszkańców uznaje smog za "
        "jeden z trzech najważniejszych problemów miasta.",
        H2("2.2. Dotychczasowe działania miasta"),
        "Tarnów od ponad dekady prowadzi działania na rzecz poprawy jakości powietrza. W latach 2015–2020 "
        "w ramach miejskiego Programu Ograniczania Niskiej Emisji zlikwidowano 1 430 kotłów węglowych, "
        "przyznając dotacje o łącznej wartości 9,6 mln zł. Miasto uczestniczyło również w projekcie "
        "zintegrowanym LIFE „Małopolska w zdrowej atmosferze”, dzięki któremu od 2017 r. w urzędzie "
        "działał ekodoradca. W 2019 r. Miejskie Przedsiębiorstwo Komunikacyjne zakupiło 16 autobusów "
        "hybrydowych, a w latach 2018–2021 przeprowadzono termomodernizację 14 budynków użyteczności "
        "publicznej.",
        "Przedsięwzięcia te zostały zakończone i rozliczone; ich doświadczenia stanowią punkt wyjścia dla "
        "niniejszej inicjatywy, ale same nie są jej częścią. Wnioski z ewaluacji wskazują, że największą "
        "barierą była niska dostępność wsparcia dla gospodarstw o najniższych dochodach oraz brak "
        "koordynacji między programami miejskimi a krajowym programem „Czyste Powietrze”.",
    ]),
    Section("objectives", "3. Cele", blocks=[
        H2("3.1. Cel główny"),
        "Celem głównym Miejskiej Inicjatywy Działania jest trwała poprawa jakości powietrza w Tarnowie "
        "poprzez ograniczenie emisji z ogrzewania indywidualnego i transportu, tak aby do końca 2027 r. "
        "liczba dni z przekroczeniem dobowego poziomu dopuszczalnego PM10 nie przekraczała 35 w roku.",
        H2("3.2. Cele szczegółowe"),
        Bullets([
            "Cel szczegółowy 1 – likwidacja co najmniej 600 pozaklasowych źródeł ciepła i przyłączenie "
            "kolejnych budynków do miejskiej sieci ciepłowniczej.",
            "Cel szczegółowy 2 – ograniczenie emisji z transportu publicznego i zwiększenie udziału "
            "podróży rowerowych w dojazdach do pracy.",
            "Cel szczegółowy 3 – podniesienie wiedzy mieszkańców o wpływie smogu na zdrowie i o "
            "dostępnych formach wsparcia.",
            "Cel szczegółowy 4 – skuteczniejsza kontrola przestrzegania uchwały antysmogowej oraz "
            "bieżące informowanie o stanie powietrza.",
        ]),
    ]),
    Section("actions", "4. Działania", blocks=[
        "Działania zaplanowane w ramach inicjatywy zostały wyłonione w trakcie trzech warsztatów "
        "Lokalnego Partnerstwa i uzgodnione z jednostkami miejskimi, które będą odpowiedzialne za ich "
        "realizację. Poniższa tabela przedstawia podmiot odpowiedzialny, planowany termin realizacji, "
        "szacowany koszt, przewidywane źródło finansowania oraz główny wskaźnik produktu dla każdego z "
        "działań. Oznaczenie „b.d.” oznacza, że dana informacja nie jest jeszcze dostępna.",
        "Kolejność działań w tabeli nie oznacza ich hierarchii. Działania 1, 2 i 7 mają charakter "
        "inwestycyjny i odpowiadają za ponad 80% kosztów inicjatywy, natomiast działania 3, 5, 6 i 10 "
        "mają charakter miękki i wspierający. Szczegółowe karty działań zostaną opracowane przez "
        "jednostki odpowiedzialne do końca I kwartału 2025 r.",
        Special("actions_table"),
        "Koszty podano w cenach z 2024 r. Zakres działań inwestycyjnych może ulec zmianie w zależności "
        "od wyników naborów w programach regionalnych i krajowych.",
    ]),
    Section("schedule", "5. Harmonogram i budżet", blocks=[
        H2("5.1. Harmonogram realizacji"),
        "Realizacja inicjatywy została podzielona na trzy etapy. W etapie przygotowawczym (I–II kwartał "
        "2025 r.) uruchomiony zostanie punkt ekodoradztwa, sieć czujników oraz procedury przetargowe dla "
        "działań inwestycyjnych. W etapie zasadniczym (III kwartał 2025 r. – IV kwartał 2026 r.) "
        "realizowane będą prace budowlane w sieci ciepłowniczej, termomodernizacja szkół oraz pierwsze "
        "nabory wniosków na wymianę kotłów. W etapie końcowym (2027 r.) nastąpi dostawa autobusów "
        "elektrycznych, zakończenie naborów i ewaluacja efektów.",
        "Termin rozpoczęcia budowy drogi rowerowej wzdłuż ul. Lwowskiej zależy od rozstrzygnięcia "
        "konkursu w programie regionalnym i nie został jeszcze ustalony.",
    ]),
    Section("budget", "5.2. Budżet i źródła finansowania", blocks=[
        "Łączny szacowany koszt działań wynosi 58 450 tys. zł. Struktura finansowania opiera się na "
        "środkach zewnętrznych, uzupełnianych wkładem własnym miasta i spółek miejskich. Zestawienie "
        "według źródeł przedstawia poniższa tabela.",
        Special("budget_table"),
        "Wkład własny miasta zostanie zabezpieczony w Wieloletniej Prognozie Finansowej Tarnowa na lata "
        "2025–2035. Koszt prowadzenia punktu ekodoradztwa zostanie określony po przeniesieniu etatu "
        "ekodoradcy do struktury Wydziału Ochrony Środowiska i Rolnictwa.",
    ]),
    Section("stakeholders", "6. Lokalne Partnerstwo i konsultacje społeczne", blocks=[
        "W skład Lokalnego Partnerstwa weszło 18 osób reprezentujących Urząd Miasta, spółki miejskie "
        "(MPEC, MPK), Tarnowską Radę Seniorów, Młodzieżową Radę Miasta, stowarzyszenie Tarnowski Alarm "
        "Smogowy, Zakłady Azotowe w Tarnowie-Mościcach, Akademię Tarnowską oraz dwie spółdzielnie "
        "mieszkaniowe. Partnerstwo spotkało się pięciokrotnie w okresie od marca do października 2024 r.",
        "Projekt dokumentu był przedmiotem konsultacji społecznych w dniach 2–23 września 2024 r. "
        "Mieszkańcy mogli zgłaszać uwagi za pośrednictwem formularza internetowego, podczas dwóch "
        "spotkań otwartych w Centrum Sztuki Mościce i w Tarnowskim Centrum Kultury oraz w punkcie "
        "konsultacyjnym w Urzędzie Miasta. Wpłynęły 64 uwagi, z których 27 zostało uwzględnionych w "
        "całości lub w części, m.in. dotyczących rozszerzenia kampanii edukacyjnej na przedszkola.",
    ]),
    Section("indicators", "7. Wskaźniki i monitoring", blocks=[
        "Postęp realizacji inicjatywy będzie monitorowany przez zespół koordynujący w Wydziale Ochrony "
        "Środowiska i Rolnictwa. Raz w roku przygotowywane będzie sprawozdanie przedstawiane Lokalnemu "
        "Partnerstwu i Radzie Miejskiej. Poniżej zestawiono wskaźniki rezultatu na poziomie całej "
        "inicjatywy; wskaźniki produktu dla poszczególnych działań podano w tabeli w rozdziale 4.",
        Special("indicator_table"),
        "Źródłem danych o jakości powietrza będą pomiary Głównego Inspektoratu Ochrony Środowiska oraz "
        "miejskiej sieci czujników. Dane o liczbie zlikwidowanych kotłów pochodzić będą z Centralnej "
        "Ewidencji Emisyjności Budynków.",
    ]),
]

# Listed in the table of contents only – the body of the document has no such section.
TOC_ONLY = "8. Analiza ryzyka"

BUDGET_ROWS = [
    ("Fundusze Europejskie na Infrastrukturę, Klimat, Środowisko (FEnIKS)", "27 300"),
    ("Fundusze Europejskie dla Małopolski 2021–2027", "8 960"),
    ("Krajowy Plan Odbudowy", "8 400"),
    ("Program „Czyste Powietrze” (NFOŚiGW / WFOŚiGW)", "4 900"),
    ("Budżet miasta Tarnowa", "6 640"),
    ("Środki własne spółek miejskich (MPEC, MPK)", "2 250"),
    ("Razem", "58 450"),
]
INDICATORS = [
    ("Liczba dni z przekroczeniem dobowego poziomu PM10", "41 (2023)", "≤ 35 (2027)"),
    ("Średnioroczne stężenie benzo(a)pirenu", "3,8 ng/m³", "2,5 ng/m³"),
    ("Liczba pozaklasowych kotłów na paliwo stałe", "ok. 2 300", "ok. 1 700"),
    ("Udział autobusów zeroemisyjnych w taborze MPK", "0%", "12%"),
]


class TocLine(Flowable):
    """One table-of-contents entry: title, dotted leader, page number."""

    def __init__(self, text: str, page: int, level: int, font: str, size: float = 10.5):
        super().__init__()
        self.text, self.page, self.level, self.font, self.size = text, page, level, font, size

    def wrap(self, aw, ah):
        self.width = aw
        return aw, self.size * 1.9

    def draw(self):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        c = self.canv
        font = self.font + ("-Bold" if self.level == 0 else "")
        x0 = 18 * self.level
        y = self.size * 0.5
        c.setFont(font, self.size)
        c.drawString(x0, y, self.text)
        num = str(self.page)
        c.drawRightString(self.width, y, num)
        start = x0 + stringWidth(self.text, font, self.size) + 4
        end = self.width - stringWidth(num, font, self.size) - 4
        dot_w = stringWidth(" .", self.font, self.size)
        n = max(0, int((end - start) / dot_w))
        c.setFont(self.font, self.size)
        c.drawRightString(end, y, " ." * n)


class Anchor(Flowable):
    """Zero-size marker recording on which page a heading landed."""

    def __init__(self, key: str):
        super().__init__()
        self.key = key

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        pass


def _decorate(c, page, total):
    w, h = A4
    c.saveState()
    c.setFont(BODY_FONT, 8.5)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(20 * mm, h - 13 * mm, HEADER)
    c.setStrokeColor(colors.HexColor("#888888"))
    c.setLineWidth(0.4)
    c.line(20 * mm, h - 15 * mm, w - 20 * mm, h - 15 * mm)
    c.line(20 * mm, 16 * mm, w - 20 * mm, 16 * mm)
    c.drawCentredString(w / 2, 11 * mm, f"Strona {page} z {total}")
    c.restoreState()


def _tables(st):
    def special(block):
        if block.kind == "actions_table":
            head = ["Lp.", "Nazwa działania", "Podmiot odpowiedzialny", "Termin",
                    "Koszt (tys. zł)", "Źródło finansowania", "Wskaźnik"]
            rows = [[Paragraph(x, st["cellhead"]) for x in head]]
            for i, a in enumerate(ACTIONS, 1):
                rows.append([Paragraph(x, st["cell"]) for x in (
                    f"{i}.", a.title, cell(a.responsible, "b.d."), cell(a.timeline, "b.d."),
                    cell(a.cost, "b.d."), cell(a.source, "b.d."), cell(a.indicator, "—"))])
            t = Table(rows, colWidths=[24, 102, 80, 52, 42, 80, 102], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]))
            return [Spacer(1, 4), t, Spacer(1, 8)]
        if block.kind == "budget_table":
            rows = [[Paragraph("Źródło finansowania", st["cellhead"]),
                     Paragraph("Kwota (tys. zł)", st["cellhead"])]]
            for src, amt in BUDGET_ROWS:
                sty = st["cellhead"] if src == "Razem" else st["cell"]
                rows.append([Paragraph(src, sty), Paragraph(amt, sty)])
            t = Table(rows, colWidths=[330, 100])
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ]))
            return [t, Spacer(1, 8)]
        if block.kind == "indicator_table":
            rows = [[Paragraph(x, st["cellhead"]) for x in
                     ("Wskaźnik rezultatu", "Wartość bazowa", "Wartość docelowa (2027)")]]
            rows += [[Paragraph(x, st["cell"]) for x in r] for r in INDICATORS]
            t = Table(rows, colWidths=[250, 90, 110])
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
            ]))
            return [t, Spacer(1, 8)]
        raise KeyError(block.kind)
    return special


def _story(st, toc_pages: dict[str, int]):
    story = [
        Spacer(1, 60 * mm),
        Paragraph("Miejska Inicjatywa Działania – Tarnów", st["title"]),
        Paragraph("Partnerska Inicjatywa Miast", st["subtitle"]),
        Paragraph("Sieć tematyczna: Jakość powietrza", st["subtitle"]),
        Spacer(1, 50 * mm),
        Paragraph("Urząd Miasta Tarnowa<br/>Wydział Ochrony Środowiska i Rolnictwa", st["subtitle"]),
        Paragraph("Tarnów, październik 2024 r.", st["subtitle"]),
        Paragraph("Wersja 1.0 – przyjęta przez Lokalne Partnerstwo 17 października 2024 r.",
                  st["small"]),
        PageBreak(),
        Paragraph("Spis treści", st["h1"]),
        Spacer(1, 6),
    ]
    # ToC entries: every heading of the body (sections and H2s) + the phantom risk section
    entries = []
    for s in SECTIONS:
        level = 1 if s.heading.count(".") > 1 else 0
        entries.append((s.heading, level))
        entries += [(b.text, 1) for b in s.blocks if isinstance(b, H2)]
    entries.append((TOC_ONLY, 0))
    for text, level in entries:
        story.append(TocLine(text, toc_pages.get(text, 0), level, BODY_FONT))
    story.append(PageBreak())

    special = _tables(st)
    for s in SECTIONS:
        assert s.status != "missing"
        level_style = st["h2"] if s.heading.count(".") > 1 else st["h1"]
        story += [Anchor(s.heading), Paragraph(s.heading, level_style)]
        for b in s.blocks:
            if isinstance(b, H2):
                story.append(Anchor(b.text))
            story += blocks_to_flowables([b], st, special)
    return story


def _build(st, toc_pages) -> tuple[bytes, dict[str, int]]:
    buf = io.BytesIO()
    found: dict[str, int] = {}

    class Doc(SimpleDocTemplate):
        def afterFlowable(self, f):
            if isinstance(f, Anchor):
                found[f.key] = self.page

    doc = Doc(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
              bottomMargin=22 * mm, title="Miejska Inicjatywa Działania – Tarnów",
              author="Urząd Miasta Tarnowa", subject="Partnerska Inicjatywa Miast – Jakość powietrza",
              creator="pim_docs sample corpus")
    doc.build(_story(st, toc_pages), canvasmaker=numbered_canvas(_decorate))
    return buf.getvalue(), found


def _check_totals():
    """Printed totals must agree with the action table and the source breakdown."""
    num = lambda v: int(v.replace(" ", ""))  # noqa: E731
    total = sum(num(a.cost) for a in ACTIONS if a.cost)
    assert total == num(BUDGET_ROWS[-1][1]) == sum(num(v) for _, v in BUDGET_ROWS[:-1]), total


def build() -> list[str]:
    _check_totals()
    st = make_styles(BODY_FONT, size=10.5, heading_size=14, heading_bold=True)
    _, pages = _build(st, {})
    # the phantom "8. Analiza ryzyka" points to the page after section 7
    pages[TOC_ONLY] = pages["7. Wskaźniki i monitoring"] + 1
    pdf, pages2 = _build(st, pages)
    assert {k: v for k, v in pages2.items()} == {k: v for k, v in pages.items() if k != TOC_ONLY}
    (DOC_DIR / FILE).write_bytes(pdf)

    sections = SECTIONS + [Section("risks", TOC_ONLY, status="missing")]
    write_gold(
        FILE, document_type="mid", city=CITY, network="air_quality", status="final",
        text_layer=True, sections=sections, actions=ACTIONS,
        features=["toc", "toc_lists_missing_section", "decimal_numbering",
                  "bold_headings", "running_header", "page_footer", "ruled_table",
                  "table_spans_pages", "repeated_table_header", "past_projects_in_diagnosis"],
        notes=("Table of contents lists '8. Analiza ryzyka' (page "
               f"{pages[TOC_ONLY]}) but the body has no risk section, so risks = missing. "
               "Actions are the 10 rows of the ruled table in section 4, which continues on the next "
               "page with the header row repeated. Cells 'b.d.' (Termin of action 8, Koszt of action 3) "
               "and '—' (Wskaźnik of action 6) mean the fact is not stated. Projects in 2.2 "
               "(PONE 2015–2020, LIFE 'Małopolska w zdrowej atmosferze', hybrid buses 2019, "
               "thermal modernisation 2018–2021) are past projects, not actions. Schedule and budget "
               "share section 5 (5.1 / 5.2)."),
    )
    return [FILE]
