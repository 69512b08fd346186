"""MID Radom – air quality network – reportlab, two columns.

Traps: two-column body under a full-width title block; ALL-CAPS unnumbered
headings; one merged heading "HARMONOGRAM I BUDŻET" that covers both the
schedule and the budget; action facts split between the action description
(responsible, indicator) and the merged table (period, cost); an annex
"ZAŁĄCZNIK 1" with measurement data after the main body.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

from h2_common import OUT_DIR, Action, H2Gold, rl
from pdfcommon import make_styles, register_fonts

FILE = "mid_radom_powietrze.pdf"
CITY = "Radom"

ACTIONS = [
    Action("Likwidacja pieców węglowych w kamienicach komunalnych Śródmieścia", "low_emission",
           description="W 42 kamienicach komunalnych zostanie zlikwidowanych około 640 pieców "
                       "kaflowych i kuchni węglowych. Lokale zostaną podłączone do sieci ciepłowniczej "
                       "albo wyposażone w pompy ciepła, w zależności od warunków technicznych budynku. "
                       "Przed rozpoczęciem prac każdy najemca otrzyma informację o przewidywanej "
                       "zmianie kosztów ogrzewania. Przedsięwzięcie realizuje cel C1.",
           responsible="Miejski Zarząd Lokalami w Radomiu", timeline="2025–2027", cost="14 200",
           indicator="640 zlikwidowanych pieców i kuchni węglowych"),
    Action("Przyłączenie budynków w rejonie ul. Żeromskiego do sieci ciepłowniczej", "low_emission",
           description="Budowa 2,3 km sieci ciepłowniczej wraz z przyłączami umożliwi ogrzewanie "
                       "z sieci 38 budynków mieszkalnych i usługowych w rejonie ul. Żeromskiego, "
                       "ul. Moniuszki i placu Corazziego. Prace będą prowadzone poza sezonem "
                       "grzewczym i skoordynowane z remontami nawierzchni. Cel C2.",
           responsible="RADPEC S.A.", timeline="2025–2026", cost="6 800",
           indicator="38 budynków przyłączonych do sieci ciepłowniczej"),
    Action("Punkt doradztwa energetycznego dla mieszkańców", "eco_awareness",
           secondary_themes=("low_emission",),
           description="W budynku Urzędu Miejskiego zostanie uruchomiony punkt, w którym mieszkańcy "
                       "bezpłatnie uzyskają pomoc w wyborze źródła ciepła, złożeniu wniosku "
                       "w programie „Czyste Powietrze” i w miejskim programie dotacji oraz "
                       "w rozliczeniu inwestycji. Doradcy będą również odwiedzać osiedla domów "
                       "jednorodzinnych na Wośnikach, Borkach i Józefowie. Cel C4.",
           responsible="Wydział Ochrony Środowiska i Rolnictwa Urzędu Miejskiego w Radomiu",
           timeline="od 2025", cost=None, indicator="1 500 porad udzielonych rocznie"),
    Action("Autobusy elektryczne na liniach przez Śródmieście", "public_transport",
           secondary_themes=("low_emission",),
           description="Zakup 20 autobusów elektrycznych wraz z ładowarkami w zajezdni pozwoli "
                       "obsługiwać pojazdami zeroemisyjnymi wszystkie linie przebiegające przez "
                       "ul. Struga i ul. Słowackiego. Wycofane autobusy z silnikami Euro V nie będą "
                       "odsprzedawane do dalszej eksploatacji w mieście. Cel C3.",
           responsible="Miejski Zarząd Dróg i Komunikacji w Radomiu", timeline="2026–2027",
           cost="31 500", indicator="20 autobusów elektrycznych w eksploatacji"),
    Action("Kontrole palenisk z użyciem drona pomiarowego", "low_emission",
           description="Straż Miejska otrzyma drona z czujnikami do pobierania próbek dymu "
                       "z kominów oraz dodatkowy dwuosobowy zespół kontrolny. Kontrole będą planowane "
                       "na podstawie zgłoszeń mieszkańców i mapy stężeń z czujników niskokosztowych, "
                       "a ich wyniki – publikowane co miesiąc. Cel C5.",
           responsible="Straż Miejska w Radomiu", timeline="2025–2028", cost="380", indicator=None),
    Action("Program „Czyste powietrze w szkole” – lekcje i ostrzeżenia smogowe", "eco_awareness",
           description="W szkołach podstawowych odbędą się cykle lekcji o jakości powietrza "
                       "prowadzone przez przeszkolonych nauczycieli, a rodzice będą otrzymywać "
                       "ostrzeżenia SMS w dni z wysokimi stężeniami pyłu. Szkoły otrzymają tablice "
                       "pokazujące bieżącą jakość powietrza. Cel C4.",
           responsible=None, timeline="rok szk. 2025/26 – 2027/28", cost="120",
           indicator="30 szkół uczestniczących w programie"),
]

ANNEX_ROWS = [
    ("2019", "31,4", "38", "24,0", "3,9"),
    ("2020", "27,2", "21", "20,8", "3,4"),
    ("2021", "29,8", "33", "22,1", "3,7"),
    ("2022", "26,5", "24", "19,6", "3,2"),
    ("2023", "25,1", "17", "18,2", "3,0"),
    ("2024", "25,9", "19", "18,7", "3,1"),
]

W, H = A4
MARGIN = 16 * mm
GUTTER = 8 * mm
COL_W = (W - 2 * MARGIN - GUTTER) / 2
TITLE_H = 62 * mm


def _styles():
    st = make_styles(font="LiberationSerif", size=9.6, heading_font="LiberationSans",
                     heading_size=11)
    st["h1"].textColor = colors.HexColor("#7a1f1f")
    st["h2"].fontName = "LiberationSans-Bold"
    st["h2"].fontSize = 9.8
    st["h2"].leading = 12.5
    st["kv"] = ParagraphStyle("kv", parent=st["body"], fontSize=8.8, leading=11.2, alignment=0,
                              spaceAfter=2, leftIndent=6)
    st["cell"].fontName = "LiberationSans"
    st["cellhead"].fontName = "LiberationSans-Bold"
    return st


def _decorate(canvas, doc):
    canvas.saveState()
    canvas.setFont("LiberationSans", 7.5)
    canvas.setFillColor(colors.HexColor("#666666"))
    if doc.page > 1:
        canvas.drawString(MARGIN, H - 10 * mm,
                          "Gmina Miasta Radomia · Miejska Inicjatywa Działania „Radom oddycha”")
        canvas.drawRightString(W - MARGIN, H - 10 * mm, "PIM · Jakość powietrza")
    canvas.drawCentredString(W / 2, 8 * mm, f"Strona {doc.page}")
    canvas.restoreState()


def _doc(path):
    d = BaseDocTemplate(str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                        topMargin=16 * mm, bottomMargin=15 * mm,
                        title="Miejska Inicjatywa Działania – Radom oddycha",
                        author="Urząd Miejski w Radomiu",
                        subject="Partnerska Inicjatywa Miast – Jakość powietrza")
    body_h = H - 16 * mm - 15 * mm
    first = [
        Frame(MARGIN, H - 16 * mm - TITLE_H, W - 2 * MARGIN, TITLE_H, id="title",
              leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
        Frame(MARGIN, 15 * mm, COL_W, body_h - TITLE_H - 4 * mm, id="l1",
              leftPadding=0, rightPadding=0),
        Frame(MARGIN + COL_W + GUTTER, 15 * mm, COL_W, body_h - TITLE_H - 4 * mm, id="r1",
              leftPadding=0, rightPadding=0),
    ]
    later = [
        Frame(MARGIN, 15 * mm, COL_W, body_h, id="l", leftPadding=0, rightPadding=0),
        Frame(MARGIN + COL_W + GUTTER, 15 * mm, COL_W, body_h, id="r",
              leftPadding=0, rightPadding=0),
    ]
    annex = [Frame(MARGIN, 15 * mm, W - 2 * MARGIN, body_h, id="a")]
    d.addPageTemplates([PageTemplate("first", first, onPage=_decorate),
                        PageTemplate("two", later, onPage=_decorate),
                        PageTemplate("annex", annex, onPage=_decorate)])
    return d


def _story(st, gold: H2Gold):
    from reportlab.platypus import FrameBreak
    s = [NextPageTemplate("two")]
    s.append(Paragraph("GMINA MIASTA RADOMIA", ParagraphStyle(
        "org", fontName="LiberationSans-Bold", fontSize=10, leading=13, alignment=0,
        textColor=colors.HexColor("#7a1f1f"))))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Radom oddycha", ParagraphStyle(
        "t", fontName="LiberationSans-Bold", fontSize=26, leading=31)))
    s.append(Paragraph("Miejska Inicjatywa Działania w sieci „Jakość powietrza”",
                       ParagraphStyle("t2", fontName="LiberationSans", fontSize=14, leading=19)))
    s.append(Paragraph("Partnerska Inicjatywa Miast · dokument przyjęty przez Lokalne Partnerstwo "
                       "12 lutego 2025 r.", ParagraphStyle(
                           "t3", fontName="LiberationSans", fontSize=9.5, leading=13,
                           textColor=colors.HexColor("#444444"))))
    s.append(FrameBreak())

    def h1(text):
        s.append(Paragraph(rl(text), st["h1"]))

    def h2(text):
        s.append(Paragraph(rl(text), st["h2"]))

    def p(text, style="body"):
        s.append(Paragraph(rl(text), st[style]))

    def bullets(items):
        for it in items:
            s.append(Paragraph(rl(it), st["bullet"], bulletText="•"))

    def table(head, rows, widths):
        data = [[Paragraph(rl(h), st["cellhead"]) for h in head]]
        data += [[Paragraph(rl(c), st["cell"]) for c in r] for r in rows]
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7a7a7a")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f1dede")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        s.append(t)
        s.append(Spacer(1, 3 * mm))

    # ---- summary
    gold.section("summary")
    h1("W SKRÓCIE")
    p("Inicjatywa „Radom oddycha” odpowiada na najpoważniejszy problem środowiskowy miasta – wysokie "
      "stężenia pyłu zawieszonego i benzo(a)pirenu w sezonie grzewczym. Proponujemy sześć "
      "przedsięwzięć o łącznej wartości około 53 mln zł: likwidację pieców węglowych w zasobie "
      "komunalnym, rozbudowę sieci ciepłowniczej w Śródmieściu, bezpłatne doradztwo energetyczne, "
      "wymianę autobusów na elektryczne, skuteczniejsze kontrole palenisk oraz program edukacyjny "
      "w szkołach. Działania uzgodniono z Lokalnym Partnerstwem; będą realizowane w latach 2025–2028.")

    # ---- context
    gold.section("context")
    h1("DIAGNOZA STANU JAKOŚCI POWIETRZA")
    p("Radom liczy około 200 tys. mieszkańców i jest drugim co do wielkości miastem województwa "
      "mazowieckiego. W corocznej ocenie jakości powietrza strefa miasto Radom od lat zaliczana jest "
      "do klasy C ze względu na przekroczenia poziomu docelowego benzo(a)pirenu oraz – w niektórych "
      "latach – dobowego poziomu dopuszczalnego pyłu PM10. W 2024 r. stężenie średnioroczne "
      "benzo(a)pirenu na stacji przy ul. Tochtermana wyniosło 3,1 ng/m³ przy poziomie docelowym "
      "1 ng/m³ (szczegółowe dane – Załącznik 1).")
    p("Główną przyczyną złej jakości powietrza jest niska emisja z indywidualnych źródeł ciepła. "
      "Według inwentaryzacji z 2023 r. w mieście pozostaje około 7 900 pozaklasowych kotłów i pieców "
      "na paliwo stałe, z czego blisko 1 900 w budynkach komunalnych i wspólnotach mieszkaniowych "
      "Śródmieścia. Gęsta zabudowa z wąskimi podwórkami sprzyja kumulacji zanieczyszczeń "
      "w bezwietrzne dni.")
    p("Drugim źródłem jest transport. Przez centrum przebiegają ciągi ul. Słowackiego, ul. Struga "
      "i ul. Limanowskiego, na których natężenie ruchu przekracza 25 tys. pojazdów na dobę. "
      "Komunikacja miejska dysponuje 190 autobusami, z których 28 to pojazdy elektryczne; pozostałe "
      "spełniają normy Euro V i Euro VI.")
    p("Sieć ciepłownicza zasila około 60% mieszkań, ale w Śródmieściu kończy się kilkaset metrów od "
      "wielu kamienic. Miejski program dotacji do wymiany źródeł ciepła objął dotąd ponad 2 300 "
      "gospodarstw domowych, jednak zainteresowanie nim maleje – mieszkańcy wskazują na wysokie koszty "
      "eksploatacji ogrzewania gazowego i elektrycznego.")
    p("Z ankiety przeprowadzonej na potrzeby inicjatywy (1 040 respondentów) wynika, że 71% "
      "mieszkańców ocenia jakość powietrza zimą jako złą lub bardzo złą, a 38% nie wie, gdzie szukać "
      "informacji o dotacjach do wymiany pieca.")

    # ---- objectives
    gold.section("objectives")
    h1("CELE STRATEGICZNE I OPERACYJNE")
    p("**Cel strategiczny:** trwałe obniżenie stężeń pyłu zawieszonego i benzo(a)pirenu tak, aby do "
      "2030 r. w Radomiu nie występowały przekroczenia dobowego poziomu dopuszczalnego PM10, "
      "a stężenie benzo(a)pirenu zmniejszyło się co najmniej o połowę.")
    p("**Cele operacyjne:**")
    bullets([
        "C1. Likwidacja pozaklasowych źródeł ciepła w zasobie komunalnym Śródmieścia.",
        "C2. Zwiększenie liczby budynków przyłączonych do sieci ciepłowniczej.",
        "C3. Ograniczenie emisji z transportu zbiorowego.",
        "C4. Podniesienie wiedzy mieszkańców o przyczynach i skutkach smogu oraz o formach wsparcia.",
        "C5. Skuteczniejsze egzekwowanie uchwały antysmogowej.",
    ])

    # ---- actions
    gold.section("actions")
    h1("OPIS PLANOWANYCH PRZEDSIĘWZIĘĆ")
    p("Każde przedsięwzięcie przypisano do jednego z celów operacyjnych. Okresy realizacji i koszty "
      "zestawiono w części „Harmonogram i budżet”.")
    for i, a in enumerate(ACTIONS, start=1):
        gold.action(a)
        h2(f"Przedsięwzięcie {i}: {a.title}")
        p(a.description)
        if a.responsible:
            p(f"**Realizator:** {a.responsible}", "kv")
        if a.indicator:
            p(f"**Wskaźnik produktu:** {a.indicator}", "kv")

    # ---- schedule + budget under one heading
    gold.section("schedule")
    gold.section("budget")
    h1("HARMONOGRAM I BUDŻET")
    p("Przedsięwzięcia będą realizowane w latach 2025–2028. Jako pierwsze, w I kwartale 2025 r., "
      "ruszą działania nieinwestycyjne: punkt doradztwa i kontrole palenisk. Roboty przy sieci "
      "ciepłowniczej wymagają pozwoleń i będą prowadzone poza sezonem grzewczym – w latach 2025 "
      "i 2026 od kwietnia do października. Zakup autobusów zaplanowano w dwóch partiach: 10 sztuk "
      "w 2026 r. i 10 sztuk w 2027 r.")
    rows = [(a.title, a.timeline or "—", a.cost or "—") for a in ACTIONS]
    rows.append(("Razem", "2025–2028", "53 000"))
    table(["Przedsięwzięcie", "Okres", "Koszt (tys. zł)"], rows,
          [COL_W * 0.55, COL_W * 0.25, COL_W * 0.20])
    p("Likwidacja pieców w kamienicach będzie współfinansowana z programu Fundusze Europejskie dla "
      "Mazowsza 2021–2027 (ok. 70% kosztów), rozbudowa sieci – ze środków własnych spółki RADPEC "
      "i pożyczki z Wojewódzkiego Funduszu Ochrony Środowiska i Gospodarki Wodnej w Warszawie, "
      "a zakup autobusów – z programu FEnIKS. Kontrole palenisk i program szkolny sfinansuje budżet "
      "miasta. Punkt doradztwa działa w ramach wydatków bieżących urzędu.")

    # ---- stakeholders
    gold.section("stakeholders")
    h1("MECHANIZMY PARTYCYPACJI")
    p("W skład Lokalnego Partnerstwa weszli przedstawiciele Urzędu Miejskiego, spółki RADPEC, "
      "Miejskiego Zarządu Lokalami, Straży Miejskiej, Uniwersytetu Radomskiego, lokalnej grupy "
      "Alarmu Smogowego, wspólnot mieszkaniowych Śródmieścia oraz Rady Seniorów. Partnerstwo "
      "zatwierdza kolejne etapy inicjatywy i opiniuje raporty z monitoringu.")
    p("Mieszkańcy będą uczestniczyć w inicjatywie przez:")
    bullets([
        "spotkania informacyjne w każdej kamienicy przed rozpoczęciem wymiany pieców;",
        "konsultacje przebiegu sieci ciepłowniczej z przedsiębiorcami z ul. Żeromskiego;",
        "dyżury doradców energetycznych na targowiskach i w radach osiedli;",
        "coroczną ankietę o odczuwalnej jakości powietrza i znajomości form wsparcia.",
    ])

    # ---- indicators
    gold.section("indicators")
    h1("SYSTEM MONITOROWANIA I EWALUACJI")
    p("Monitoring prowadzi Wydział Ochrony Środowiska i Rolnictwa, który dwa razy w roku – po "
      "zakończeniu sezonu grzewczego i przed jego rozpoczęciem – zbiera dane od realizatorów "
      "i przedstawia je Lokalnemu Partnerstwu. Wskaźniki rezultatu:")
    bullets([
        "dni z przekroczeniem dobowego poziomu PM10 na stacji przy ul. Tochtermana: z 19 (2024) do 0;",
        "średnioroczne stężenie benzo(a)pirenu: z 3,1 do 1,5 ng/m³;",
        "liczba pozaklasowych kotłów w mieście: z 7 900 do 4 000;",
        "udział kursów obsługiwanych autobusami elektrycznymi: z 15% do 40%.",
    ])
    p("Ewaluację końcową zleci się niezależnemu wykonawcy w 2028 r.; obejmie ona także ocenę "
      "skutków społecznych wymiany ogrzewania dla najemców lokali komunalnych.")

    # ---- risks
    gold.section("risks")
    h1("ZARZĄDZANIE RYZYKIEM")
    bullets([
        "Wzrost kosztów ogrzewania dla najemców po likwidacji pieców – priorytet dla przyłączy do "
        "sieci, tańszej w eksploatacji, oraz dodatek osłonowy dla najuboższych.",
        "Opóźnienia w uzyskaniu pozwoleń na budowę sieci – wcześniejsze rozpoczęcie projektowania "
        "i uzgodnień z konserwatorem zabytków.",
        "Brak zgody części wspólnot mieszkaniowych – spotkania informacyjne i pomoc doradców "
        "w przygotowaniu uchwał.",
        "Wzrost cen autobusów elektrycznych – możliwość rozłożenia zakupu na trzy partie.",
    ])
    p("Rejestr ryzyk będzie aktualizowany co pół roku przez koordynatora inicjatywy.")

    # ---- annex (after the main body, one column)
    s.append(NextPageTemplate("annex"))
    s.append(PageBreak())
    s.append(Paragraph("ZAŁĄCZNIK 1. WYNIKI POMIARÓW NA STACJI PRZY UL. TOCHTERMANA", st["h1"]))
    s.append(Paragraph(rl("Średnie roczne stężenia zanieczyszczeń i liczba dni z przekroczeniem "
                          "dobowego poziomu dopuszczalnego PM10 (50 µg/m³) w latach 2019–2024. "
                          "Dane ze stacji Państwowego Monitoringu Środowiska."), st["body"]))
    data = [[Paragraph(h, st["cellhead"]) for h in
             ("Rok", "PM10 – średnia roczna [µg/m³]", "Dni > 50 µg/m³",
              "PM2,5 – średnia roczna [µg/m³]", "B(a)P – średnia roczna [ng/m³]")]]
    data += [[Paragraph(c, st["cell"]) for c in r] for r in ANNEX_ROWS]
    t = Table(data, colWidths=[20 * mm, 40 * mm, 30 * mm, 40 * mm, 40 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7a7a7a")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f1dede"))]))
    s.append(t)
    return s


def build(out_dir=OUT_DIR) -> H2Gold:
    register_fonts()
    st = _styles()
    gold = H2Gold(FILE, document_type="mid", city=CITY, network="air_quality", status="final",
                  notes="Two-column layout with a full-width title block. ALL-CAPS unnumbered "
                        "headings. One merged heading 'HARMONOGRAM I BUDŻET' covers schedule and "
                        "budget (both present). Per-action period and cost are given only in the "
                        "table of the merged section, responsible unit and indicator in the action "
                        "text. Annex 'ZAŁĄCZNIK 1' (measurement data) after the main body on a "
                        "one-column page.")
    _doc(out_dir / FILE).build(_story(st, gold))
    return gold
