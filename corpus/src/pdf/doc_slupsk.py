"""MID Słupsk – revitalisation.

Layout features: headings not bold but larger (15 pt regular) with letter
numbering ("A. Streszczenie"…), bulleted and "a)" lists, an UNRULED budget
table (whitespace-aligned columns only), a ruled schedule table with one cell
spanning two columns, an empty risk table, and a MIXED page: the annex map
"Załącznik 1 – mapa obszaru rewitalizacji" is embedded as an image only (no
text on that page) while all other pages have a text layer.
"""
from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

from pdfcommon import (DOC_DIR, Action, Bullets, Section, Special, blocks_to_flowables,
                       jpeg_bytes, make_styles, register_fonts, render_pdf_pages, write_gold)

FILE = "mid_slupsk_rewitalizacja.pdf"
CITY = "Słupsk"
FONT = "LiberationSerif"
W, H = A4
ANNEX_TITLE = "Załącznik 1 – mapa obszaru rewitalizacji"

ACTIONS = [
    Action("Przebudowa podwórek w kwartale ulic Kilińskiego i Jagiellońskiej", "public_space",
           secondary_themes=["social_activation"],
           description="Sześć podwórek zostanie zaprojektowanych wspólnie z mieszkańcami. Przewiduje "
                       "się rozbiórkę zdegradowanych komórek, nowe nawierzchnie przepuszczalne, zieleń, "
                       "miejsca zabaw i wiaty śmietnikowe.",
           responsible="Zarząd Infrastruktury Miejskiej w Słupsku", timeline="2025–2027",
           cost="3,4 mln zł", indicator="liczba przebudowanych podwórek – 6"),
    Action("Klub Sąsiedzki „Nowy Świat”", "social_activation",
           description="W lokalu komunalnym przy ul. Jagiellońskiej powstanie klub prowadzony przez "
                       "organizację pozarządową, oferujący zajęcia dla dzieci i seniorów, kawiarenkę "
                       "sąsiedzką i punkt poradnictwa.",
           responsible="Miejski Ośrodek Pomocy Rodzinie w Słupsku", timeline="2025–2028",
           cost="1,2 mln zł", indicator="liczba stałych uczestników – 150"),
    Action("Program „Lokal na start” dla mikroprzedsiębiorców", "economic_activation",
           description="Miasto udostępni dziesięć pustostanów w parterach kamienic na preferencyjnych "
                       "warunkach, w zamian za prowadzenie działalności odpowiadającej potrzebom "
                       "mieszkańców obszaru.",
           responsible="Przedsiębiorstwo Gospodarki Mieszkaniowej w Słupsku", timeline="2026–2028",
           cost=None, indicator="liczba lokali wynajętych w programie – 10"),
    Action("Zielona oś wzdłuż rzeki Słupi", "public_space",
           secondary_themes=["walking_traffic_calming"],
           description="Bulwar nad Słupią między Młynem Zamkowym a ul. Grottgera zostanie przebudowany "
                       "w ciąg pieszo-rowerowy z zielenią, oświetleniem i zejściami do wody.",
           responsible="Zarząd Infrastruktury Miejskiej w Słupsku", timeline="2026–2027",
           cost="7,9 mln zł", indicator=None),
    Action("Szkoła Liderów Osiedlowych", "social_activation",
           description="Cykl szkoleń i mikrograntów dla mieszkańców, którzy chcą prowadzić działania "
                       "na rzecz sąsiadów. Uczestnicy przygotują własne inicjatywy lokalne.",
           responsible=None, timeline="2025–2026", cost="0,3 mln zł",
           indicator="liczba przeszkolonych liderów – 40"),
    Action("Modernizacja budynków komunalnych z wymianą źródeł ciepła", "low_emission",
           secondary_themes=["other"],
           description="Termomodernizacja ośmiu budynków komunalnych połączona z likwidacją pieców "
                       "węglowych i podłączeniem do sieci ciepłowniczej.",
           responsible="Przedsiębiorstwo Gospodarki Mieszkaniowej w Słupsku", timeline="2026–2028",
           cost="6,1 mln zł", indicator="liczba zlikwidowanych pieców – 210"),
]

SECTIONS = [
    Section("summary", "A. Streszczenie", blocks=[
        "Miejska Inicjatywa Działania Słupska koncentruje się na obszarze rewitalizacji obejmującym "
        "północną część Śródmieścia i osiedle Nowy Świat. To tutaj występuje największe w mieście "
        "nagromadzenie problemów społecznych, a zabudowa z przełomu XIX i XX wieku wymaga pilnych "
        "remontów.",
        "Inicjatywa obejmuje sześć przedsięwzięć – od przebudowy podwórek i bulwaru nad Słupią, "
        "przez klub sąsiedzki i program dla mikroprzedsiębiorców, po termomodernizację budynków "
        "komunalnych. Realizacja zaplanowana jest na lata 2025–2028.",
    ]),
    Section("context", "B. Diagnoza obszaru rewitalizacji", blocks=[
        "Obszar rewitalizacji zajmuje 78 ha, czyli 1,8% powierzchni miasta, i jest zamieszkany przez "
        "około 8 600 osób. Granice obszaru przedstawiono w załączniku 1 na następnej stronie. "
        "Diagnoza wykazała w obszarze następujące problemy:",
        Bullets([
            "koncentrację ubóstwa – z pomocy społecznej korzysta 14% mieszkańców wobec 5% średnio w "
            "mieście;",
            "zły stan techniczny zabudowy – ponad połowa budynków wymaga remontu dachów i elewacji, "
            "a w 1 100 mieszkaniach używa się pieców węglowych;",
            "brak przestrzeni wspólnych – podwórka są zaniedbane i służą głównie jako parkingi;",
            "upadek funkcji handlowych – w parterach kamienic pozostaje 46 pustych lokali.",
        ], style="alpha"),
        "Jednocześnie obszar ma istotne zasoby: bliskość Starego Miasta, rzeki Słupi i Parku "
        "Kultury i Wypoczynku, a także aktywne organizacje pozarządowe, w tym stowarzyszenia "
        "lokatorów i rady osiedli.",
        "W latach 2017–2022 Słupsk zrealizował w sąsiedztwie obszaru projekty, które nie są "
        "częścią niniejszej inicjatywy: przebudowę deptaka przy ul. Wojska Polskiego, rewaloryzację "
        "Baszty Czarownic oraz program remontów elewacji na Starym Rynku.",
        Special("annex"),
    ]),
    Section("objectives", "C. Cele rewitalizacji", blocks=[
        "Wizja obszaru w 2030 roku: Nowy Świat jako bezpieczne, zielone i aktywne sąsiedztwo, w "
        "którym mieszkańcy mają dostęp do wysokiej jakości przestrzeni wspólnych i usług. Cele "
        "inicjatywy to:",
        Bullets([
            "zwiększenie aktywności społecznej i więzi sąsiedzkich;",
            "poprawa jakości przestrzeni publicznych i stanu zabudowy mieszkaniowej;",
            "ożywienie gospodarcze parterów kamienic;",
            "ograniczenie niskiej emisji w zasobie komunalnym.",
        ]),
    ]),
    Section("actions", "D. Przedsięwzięcia", blocks=[Special("actions")]),
    Section("schedule", "E. Harmonogram", blocks=[
        "Harmonogram przedsięwzięć w podziale na lata przedstawia poniższa tabela.",
        Special("schedule_table"),
    ]),
    Section("budget", "F. Budżet i źródła finansowania", blocks=[
        "Szacowany koszt przedsięwzięć, dla których przygotowano wyceny, wynosi 18,9 mln zł. "
        "Koszt programu „Lokal na start” zostanie określony po inwentaryzacji lokali.",
        Special("budget_table"),
    ]),
    Section("stakeholders", "G. Partycypacja i Lokalne Partnerstwo", blocks=[
        "Lokalne Partnerstwo tworzy 15 osób: przedstawiciele Urzędu Miejskiego, Miejskiego Ośrodka "
        "Pomocy Rodzinie, Przedsiębiorstwa Gospodarki Mieszkaniowej, Rady Osiedla Nowy Świat, "
        "Słupskiego Inkubatora Organizacji Pozarządowych, Akademii Pomorskiej oraz lokalnych "
        "przedsiębiorców.",
        "W trakcie przygotowania inicjatywy przeprowadzono dwa spacery badawcze, warsztaty "
        "projektowe na podwórkach oraz ankietę, w której wzięło udział 412 mieszkańców. Konsultacje "
        "będą kontynuowane na etapie projektowania każdego z przedsięwzięć.",
    ]),
    Section("indicators", "H. Wskaźniki i monitoring", blocks=[
        "Efekty inicjatywy będą mierzone wskaźnikami rezultatu: odsetek mieszkańców korzystających z "
        "pomocy społecznej (14% → 11%), liczba pustych lokali w parterach (46 → 30) oraz liczba "
        "mieszkań ogrzewanych węglem (1 100 → 850). Monitoring prowadzi Biuro Rewitalizacji Urzędu "
        "Miejskiego, które co roku przedstawia raport Lokalnemu Partnerstwu.",
    ]),
    Section("risks", "I. Analiza ryzyka", status="incomplete", blocks=[
        "Rejestr ryzyk realizacji inicjatywy:",
        Special("risk_table"),
    ]),
]

SCHEDULE = [
    # (action index, cells for 2025..2028); a ("span", text) tuple spans two columns
    (0, ["projekt", "realizacja", "realizacja", ""]),
    (1, ["przygotowanie", "działalność", "działalność", "działalność"]),
    (2, ["", ("span", "nabory najemców i wynajem lokali"), "ewaluacja"]),
    (3, ["", "projekt", "realizacja", ""]),
    (4, ["edycja I", "edycja II", "", ""]),
    (5, ["", "projekt", "realizacja", "realizacja"]),
]
BUDGET = [
    ("Przedsięwzięcie", "Koszt (mln zł)", "FEP 2021–2027", "Budżet miasta"),
    ("Przebudowa podwórek", "3,4", "2,7", "0,7"),
    ("Klub Sąsiedzki „Nowy Świat”", "1,2", "1,0", "0,2"),
    ("Zielona oś wzdłuż rzeki Słupi", "7,9", "6,3", "1,6"),
    ("Szkoła Liderów Osiedlowych", "0,3", "0,3", "0,0"),
    ("Modernizacja budynków komunalnych", "6,1", "4,0", "2,1"),
    ("Razem", "18,9", "14,3", "4,6"),
]


# ------------------------------------------------------------------ annex ---
def _annex_pdf() -> bytes:
    """A one-page map sheet drawn with vector graphics; it is later rasterised."""
    register_fonts()
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("LiberationSans-Bold", 14)
    c.drawString(20 * mm, H - 25 * mm, ANNEX_TITLE)
    c.setFont("LiberationSans", 9)
    c.drawString(20 * mm, H - 31 * mm, "Miejska Inicjatywa Działania – Słupsk")
    # map frame
    x0, y0, mw, mh = 20 * mm, 70 * mm, W - 40 * mm, 190 * mm
    c.setFillColor(colors.HexColor("#f4f1e8"))
    c.rect(x0, y0, mw, mh, stroke=1, fill=1)
    # blocks of buildings
    c.setFillColor(colors.HexColor("#d8d2c2"))
    for i in range(7):
        for j in range(9):
            c.rect(x0 + 12 + i * 23 * mm, y0 + 10 + j * 20.5 * mm, 17 * mm, 14 * mm,
                   stroke=0, fill=1)
    # river Słupia
    c.setStrokeColor(colors.HexColor("#5b8fc7"))
    c.setLineWidth(9)
    p = c.beginPath()
    p.moveTo(x0 + 40 * mm, y0)
    p.curveTo(x0 + 70 * mm, y0 + 60 * mm, x0 + 30 * mm, y0 + 120 * mm, x0 + 65 * mm, y0 + mh)
    c.drawPath(p, stroke=1, fill=0)
    # streets
    c.setStrokeColor(colors.white)
    c.setLineWidth(5)
    for k in range(1, 7):
        c.line(x0 + k * 23 * mm - 3 * mm, y0, x0 + k * 23 * mm - 3 * mm, y0 + mh)
    for k in range(1, 9):
        c.line(x0, y0 + k * 20.5 * mm - 3 * mm, x0 + mw, y0 + k * 20.5 * mm - 3 * mm)
    # revitalisation area
    c.setStrokeColor(colors.HexColor("#c0392b"))
    c.setFillColor(colors.Color(0.85, 0.2, 0.15, alpha=0.18))
    c.setLineWidth(2.2)
    c.setDash(8, 4)
    area = c.beginPath()
    pts = [(75, 150), (150, 160), (160, 95), (125, 60), (80, 70), (70, 110)]
    area.moveTo(x0 + pts[0][0] * mm * 0.9, y0 + pts[0][1] * mm)
    for px, py in pts[1:]:
        area.lineTo(x0 + px * mm * 0.9, y0 + py * mm)
    area.close()
    c.drawPath(area, stroke=1, fill=1)
    c.setDash()
    # labels
    c.setFillColor(colors.black)
    c.setFont("LiberationSans", 8)
    for txt, lx, ly in (("ul. Kilińskiego", 95, 133), ("ul. Jagiellońska", 118, 113),
                        ("ul. Wojska Polskiego", 60, 40), ("Stary Rynek", 52, 60),
                        ("rzeka Słupia", 8, 100), ("Park Kultury i Wypoczynku", 120, 175),
                        ("osiedle Nowy Świat", 100, 92)):
        c.drawString(x0 + lx * mm, y0 + ly * mm, txt)
    # north arrow and scale bar
    c.setLineWidth(1.2)
    c.setStrokeColor(colors.black)
    c.line(x0 + mw - 12 * mm, y0 + mh - 25 * mm, x0 + mw - 12 * mm, y0 + mh - 10 * mm)
    c.drawCentredString(x0 + mw - 12 * mm, y0 + mh - 8 * mm, "N")
    c.rect(x0 + 5 * mm, y0 + 5 * mm, 40 * mm, 2 * mm, stroke=1, fill=1)
    c.drawString(x0 + 5 * mm, y0 + 9 * mm, "0        200        400 m")
    # legend
    c.setFont("LiberationSans-Bold", 10)
    c.drawString(20 * mm, 58 * mm, "Legenda")
    c.setFont("LiberationSans", 9)
    legend = [("#c0392b", "granica obszaru rewitalizacji"), ("#5b8fc7", "rzeka Słupia"),
              ("#d8d2c2", "zabudowa"), ("#ffffff", "ulice")]
    for i, (col, txt) in enumerate(legend):
        y = 50 * mm - i * 7 * mm
        c.setFillColor(colors.HexColor(col))
        c.rect(20 * mm, y, 8 * mm, 4 * mm, stroke=1, fill=1)
        c.setFillColor(colors.black)
        c.drawString(31 * mm, y + 1, txt)
    c.setFont("LiberationSans", 8)
    c.drawString(20 * mm, 15 * mm, "Źródło: opracowanie własne Urzędu Miejskiego w Słupsku "
                                   "na podstawie BDOT10k; uchwała w sprawie wyznaczenia obszaru "
                                   "rewitalizacji.")
    c.showPage()
    c.save()
    return buf.getvalue()


def _annex_jpeg() -> bytes:
    (img,) = render_pdf_pages(_annex_pdf(), dpi=150, grayscale=False)
    return jpeg_bytes(img.convert("RGB"), quality=82)


# ------------------------------------------------------------------ build ---
def build() -> list[str]:
    st = make_styles(FONT, size=10.5, heading_font=FONT, heading_size=15, heading_bold=False)
    st["h2"] = ParagraphStyle("h2s", parent=st["h2"], fontName=FONT, fontSize=12, leading=15)
    st["alpha"] = ParagraphStyle("alpha", parent=st["bullet"], leftIndent=22, bulletIndent=6)
    st["cell"] = ParagraphStyle("cells", parent=st["cell"], fontSize=9, leading=11)
    st["cellhead"] = ParagraphStyle("cellh", parent=st["cellhead"], fontSize=9, leading=11)
    annex = ImageReader(io.BytesIO(_annex_jpeg()))

    def decorate(c, doc):
        c.saveState()
        c.setFont(FONT, 9)
        c.setFillColor(colors.HexColor("#333333"))
        if doc.page > 1:
            c.drawString(22 * mm, H - 14 * mm, "Miejska Inicjatywa Działania – Słupsk")
            c.drawRightString(W - 22 * mm, H - 14 * mm, "Sieć tematyczna: Rewitalizacja")
        c.drawCentredString(W / 2, 12 * mm, str(doc.page))
        c.restoreState()

    def draw_annex(c, doc):
        c.drawImage(annex, 0, 0, W, H)       # image only – no text on this page

    normal = PageTemplate("normal", [Frame(22 * mm, 20 * mm, W - 44 * mm, H - 42 * mm)],
                          onPage=decorate)
    image_page = PageTemplate("annex", [Frame(0, 0, W, H)], onPage=draw_annex)

    def special(block):
        if block.kind == "annex":
            return [NextPageTemplate("annex"), PageBreak(), Spacer(1, 1),
                    NextPageTemplate("normal"), PageBreak()]
        if block.kind == "actions":
            out = []
            for n, a in enumerate(ACTIONS, 1):
                facts = []
                if a.responsible:
                    facts.append(f"podmiot odpowiedzialny: {a.responsible};")
                facts.append(f"okres realizacji: {a.timeline};" if a.timeline else
                             "okres realizacji: do ustalenia;")
                facts.append(f"szacowany koszt: {a.cost};" if a.cost else
                             "szacowany koszt: zostanie określony po inwentaryzacji lokali;")
                if a.indicator:
                    facts.append(f"wskaźnik produktu: {a.indicator}.")
                facts[-1] = facts[-1].rstrip(";") + ("" if facts[-1].endswith(".") else ".")
                items = [Paragraph(f, st["alpha"], bulletText="abcdefg"[i] + ")")
                         for i, f in enumerate(facts)]
                out.append(KeepTogether([Paragraph(f"D.{n}. {a.title}", st["h2"]),
                                         Paragraph(a.description, st["body"])] + items))
                out.append(Spacer(1, 4))
            return out
        if block.kind == "schedule_table":
            head = ["Przedsięwzięcie", "2025", "2026", "2027", "2028"]
            rows = [[Paragraph(h, st["cellhead"]) for h in head]]
            spans = []
            for r, (idx, cells) in enumerate(SCHEDULE, 1):
                row = [Paragraph(f"D.{idx + 1}. {ACTIONS[idx].title}", st["cell"])]
                col = 1
                for cval in cells:
                    if isinstance(cval, tuple):
                        row += [Paragraph(cval[1], st["cell"]), ""]
                        spans.append(("SPAN", (col, r), (col + 1, r)))
                        col += 2
                    else:
                        row.append(Paragraph(cval, st["cell"]))
                        col += 1
                rows.append(row)
            t = Table(rows, colWidths=[190, 70, 70, 70, 70])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")] + spans))
            return [t, Spacer(1, 10)]
        if block.kind == "budget_table":
            # unruled: no GRID/BOX/LINE commands at all, alignment by whitespace only
            t = Table([list(r) for r in BUDGET], colWidths=[200, 85, 85, 85])
            t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 10),
                                   ("FONT", (0, 0), (-1, 0), FONT + "-Italic", 10),
                                   ("FONT", (0, -1), (-1, -1), FONT + "-Bold", 10),
                                   ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                                   ("BOTTOMPADDING", (0, 0), (-1, 0), 7),
                                   ("TOPPADDING", (0, -1), (-1, -1), 7)]))
            return [Spacer(1, 4), t, Spacer(1, 8),
                    Paragraph("FEP 2021–2027 – program Fundusze Europejskie dla Pomorza 2021–2027.",
                              st["small"])]
        if block.kind == "risk_table":
            head = ["Ryzyko", "Prawdopodobieństwo", "Wpływ", "Sposób ograniczenia"]
            rows = [[Paragraph(h, st["cellhead"]) for h in head]] + [["", "", "", ""]] * 3
            t = Table(rows, colWidths=[140, 105, 60, 150], rowHeights=[None, 22, 22, 22])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]))
            return [t]
        raise KeyError(block.kind)

    story = [Spacer(1, 50 * mm),
             Paragraph("MIEJSKA INICJATYWA DZIAŁANIA MIASTA SŁUPSKA",
                       ParagraphStyle("t", parent=st["title"], fontName=FONT, fontSize=22)),
             Paragraph("Partnerska Inicjatywa Miast", st["subtitle"]),
             Paragraph("Sieć tematyczna: Rewitalizacja", st["subtitle"]),
             Spacer(1, 70 * mm),
             Paragraph("Urząd Miejski w Słupsku · Biuro Rewitalizacji", st["subtitle"]),
             Paragraph("Słupsk, październik 2024 r.", st["subtitle"]),
             PageBreak()]
    for s in SECTIONS:
        story.append(Paragraph(s.heading, st["h1"]))
        for b in s.blocks:
            if isinstance(b, Bullets) and b.style == "alpha":
                story += [Paragraph(item, st["alpha"], bulletText="abcdefg"[i] + ")")
                          for i, item in enumerate(b.items)]
            else:
                story += blocks_to_flowables([b], st, special)

    annex_pages = []

    class Doc(BaseDocTemplate):
        def handle_pageBegin(self):
            super().handle_pageBegin()
            if self.pageTemplate.id == "annex":
                annex_pages.append(self.page)

    doc = Doc(str(DOC_DIR / FILE), pagesize=A4, pageTemplates=[normal, image_page],
              title="Miejska Inicjatywa Działania Miasta Słupska",
              author="Urząd Miejski w Słupsku",
              subject="Partnerska Inicjatywa Miast – Rewitalizacja",
              creator="pim_docs sample corpus")
    doc.build(story)
    assert len(annex_pages) == 1, annex_pages

    write_gold(
        FILE, document_type="mid", city=CITY, network="revitalisation", status="final",
        text_layer=True, sections=SECTIONS, actions=ACTIONS,
        features=["letter_numbering", "non_bold_headings", "bullet_lists", "lettered_lists",
                  "unruled_table", "column_span", "ruled_table", "empty_table", "mixed_page",
                  "image_only_page", "annex_in_middle", "past_projects_in_diagnosis"],
        notes=(f"Mixed document: page {annex_pages[0]} ('{ANNEX_TITLE}') is a single JPEG image with "
               "no text; all other pages have a text layer. Headings are 15 pt regular (not bold). "
               "The budget table in F is unruled (no lines at all). The schedule table in E has "
               "one cell spanning the 2026 and 2027 columns (row D.3). 'I. Analiza ryzyka' has only "
               "an empty risk table (header row + empty rows) = incomplete. Action D.3 has no cost, "
               "D.4 no indicator, D.5 no responsible unit. Projects 2017–2022 in B are past "
               "projects, not actions."),
    )
    return [FILE]
