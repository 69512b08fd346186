"""MID Kielce – air quality, delivered as a scan (image-only PDF, no text layer).

A normal 3-page text PDF is built in memory, every page is rendered with
pypdfium2 at 200 dpi, made to look scanned (0.3° rotation, grey noise, slight
blur – seeded, so deterministic) and the images are placed on new pages.
"""
from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from pdfcommon import (DOC_DIR, Action, Bullets, Section, Special, blocks_to_flowables, cell,
                       jpeg_bytes, make_styles, render_pdf_pages, scanify, write_gold)

FILE = "mid_kielce_powietrze_skan.pdf"
CITY = "Kielce"
DPI = 200
FONT = "LiberationSerif"

ACTIONS = [
    Action("Program dopłat do wymiany kotłów węglowych „Kielecki Piec”", "low_emission",
           responsible="Wydział Gospodarki Komunalnej i Środowiska", timeline="2025–2027",
           cost="3 600", indicator="400 wymienionych kotłów"),
    Action("Podłączenie budynków komunalnych przy ul. Sienkiewicza do sieci ciepłowniczej",
           "low_emission", responsible="Miejski Zarząd Budynków", timeline="2026",
           cost="2 150", indicator="22 budynki"),
    Action("Zielone przystanki i nasadzenia drzew wzdłuż al. IX Wieków Kielc", "public_space",
           secondary_themes=["eco_awareness"],
           responsible="Miejski Zarząd Dróg", timeline="2025–2026", cost="980",
           indicator="35 zielonych dachów przystanków"),
    Action("Bezpłatna komunikacja miejska w dni alarmów smogowych", "public_transport",
           secondary_themes=["eco_awareness"],
           responsible="Zarząd Transportu Miejskiego", timeline="od 2025",
           cost=None, indicator=None),
    Action("Lekcje o smogu w kieleckich szkołach podstawowych", "eco_awareness",
           responsible="Wydział Edukacji", timeline="2025–2027", cost="120",
           indicator="60 szkół"),
    Action("Monitoring jakości powietrza w 15 punktach miasta", "other",
           responsible=None, timeline="2025", cost="270",
           indicator="15 czujników PM10/PM2,5"),
]

SECTIONS = [
    Section("summary", "Streszczenie", blocks=[
        "Niniejsza Miejska Inicjatywa Działania określa sposób, w jaki Kielce zamierzają w latach "
        "2025–2027 poprawić jakość powietrza, w szczególności w dzielnicach o dominującej zabudowie "
        "jednorodzinnej. Inicjatywa obejmuje sześć działań o łącznym koszcie ok. 7,1 mln zł.",
    ]),
    Section("context", "1. Diagnoza", blocks=[
        "Kielce leżą w otoczeniu pasm Gór Świętokrzyskich, co w okresie zimowym utrudnia "
        "przewietrzanie miasta. W 2023 r. na stacji przy ul. Targowej odnotowano 38 dni z "
        "przekroczeniem dobowego poziomu PM10, a średnie stężenie benzo(a)pirenu wyniosło "
        "3,1 ng/m³. Głównym źródłem zanieczyszczeń jest spalanie węgla i drewna w około 3 900 "
        "budynkach, przede wszystkim na osiedlach Baranówek, Dyminy, Niewachlów i Białogon.",
        "Według ankiety przeprowadzonej w 2024 r. na próbie 820 gospodarstw domowych, 41% "
        "właścicieli domów ogrzewanych węglem rozważa wymianę źródła ciepła w ciągu trzech lat, ale "
        "tylko co piąty zna warunki programu „Czyste Powietrze”. Najczęściej wskazywanymi barierami "
        "są koszt inwestycji, obawa przed wzrostem rachunków oraz skomplikowane procedury. Problem "
        "dotyczy w dużej mierze osób starszych, mieszkających samotnie w budynkach z lat 60. i 70.",
        "Drugim źródłem zanieczyszczeń jest transport. Przez centrum miasta przebiegają drogi "
        "krajowe nr 73 i 74, a natężenie ruchu na al. IX Wieków Kielc przekracza 40 tys. pojazdów "
        "na dobę. Zarząd Transportu Miejskiego dysponuje 210 autobusami, z których 35 spełnia "
        "normę Euro VI lub jest napędzanych energią elektryczną.",
        "W latach 2018–2022 miasto prowadziło program dotacji, w ramach którego wymieniono 860 "
        "kotłów, a w 2021 r. uruchomiono miejski portal informacji o jakości powietrza. Programy te "
        "zostały zakończone.",
    ]),
    Section("objectives", "2. Cele", blocks=[
        "Cel główny: ograniczenie niskiej emisji i poprawa zdrowia mieszkańców Kielc. Cele "
        "szczegółowe do osiągnięcia do końca 2027 r.:",
        Bullets([
            "zmniejszenie liczby dni z przekroczeniem normy PM10 do mniej niż 30 w roku;",
            "likwidacja co najmniej 400 pozaklasowych kotłów;",
            "zwiększenie wiedzy mieszkańców o szkodliwości smogu.",
        ], style="num"),
    ]),
    Section("actions", "3. Działania", blocks=[
        "Zestawienie działań przedstawia poniższa tabela (koszty w tys. zł).",
        Special("table"),
    ]),
    Section("schedule", "4. Harmonogram", blocks=[
        "Działania miękkie rozpoczną się w 2025 r., inwestycje w sieci ciepłowniczej – w 2026 r. "
        "Nabory wniosków w programie „Kielecki Piec” będą ogłaszane co roku w marcu. Monitoring "
        "jakości powietrza zostanie uruchomiony przed sezonem grzewczym 2025/2026, a podsumowanie "
        "efektów inicjatywy nastąpi w I kwartale 2028 r.",
    ]),
    Section("budget", "5. Budżet", blocks=[
        "Koszt działań wynosi ok. 7,1 mln zł, w tym 4,3 mln zł ze środków WFOŚiGW w Kielcach i "
        "programu „Czyste Powietrze”, 2,2 mln zł z budżetu miasta oraz 0,6 mln zł z programu "
        "Fundusze Europejskie dla Świętokrzyskiego 2021–2027.",
    ]),
    Section("stakeholders", "6. Interesariusze i konsultacje", blocks=[
        "W pracach Lokalnego Partnerstwa uczestniczyli przedstawiciele Urzędu Miasta, Zarządu "
        "Transportu Miejskiego, Politechniki Świętokrzyskiej, Kieleckiego Alarmu Smogowego i rad "
        "osiedli. Konsultacje społeczne odbyły się w sierpniu 2024 r.; zgłoszono 31 uwag.",
        "Najwięcej uwag dotyczyło wysokości dopłat w programie „Kielecki Piec” oraz objęcia "
        "bezpłatną komunikacją także linii podmiejskich. Uwagi te zostaną rozpatrzone przy "
        "opracowywaniu regulaminów poszczególnych działań.",
    ]),
    Section("indicators", "7. Wskaźniki", blocks=[
        "Liczba dni z przekroczeniem normy PM10 (bazowo 38, docelowo poniżej 30); liczba "
        "wymienionych kotłów (docelowo 400); liczba uczniów objętych edukacją (docelowo 9 000). "
        "Dane będą zbierane raz w roku przez Wydział Gospodarki Komunalnej i Środowiska.",
    ]),
    Section("risks", "8. Analiza ryzyka", status="incomplete", blocks=["TBD"]),
]


def _text_pdf() -> bytes:
    st = make_styles(FONT, size=10.5, heading_size=12.5, heading_bold=True)
    buf = io.BytesIO()

    def special(block):
        head = ["Lp.", "Działanie", "Odpowiedzialny", "Termin", "Koszt", "Wskaźnik"]
        rows = [[Paragraph(h, st["cellhead"]) for h in head]]
        for i, a in enumerate(ACTIONS, 1):
            rows.append([Paragraph(x, st["cell"]) for x in (
                f"{i}", a.title, cell(a.responsible), cell(a.timeline), cell(a.cost),
                cell(a.indicator))])
        t = Table(rows, colWidths=[24, 158, 110, 55, 40, 100])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return [t, Spacer(1, 6)]

    story = [
        Paragraph("URZĄD MIASTA KIELCE", st["subtitle"]),
        Spacer(1, 45 * mm),
        Paragraph("Miejska Inicjatywa Działania – Kielce", st["title"]),
        Paragraph("Partnerska Inicjatywa Miast<br/>Sieć tematyczna: Jakość powietrza",
                  st["subtitle"]),
        Spacer(1, 90 * mm),
        Paragraph("Dokument przyjęty przez Lokalne Partnerstwo<br/>w dniu 26 września 2024 r.",
                  st["subtitle"]),
        Paragraph("Kielce, wrzesień 2024 r.", st["subtitle"]),
        PageBreak(),
    ]
    for s in SECTIONS:
        story.append(Paragraph(s.heading, st["h1"]))
        story += blocks_to_flowables(s.blocks, st, special)
    story += [Spacer(1, 14 * mm),
              Paragraph("Zatwierdził: Prezydent Miasta Kielce", st["body"])]

    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm)

    def footer(c, d):
        c.setFont(FONT, 9)
        c.drawCentredString(A4[0] / 2, 12 * mm, f"{d.page}")

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def build() -> list[str]:
    pages = render_pdf_pages(_text_pdf(), DPI)
    assert len(pages) == 3, f"Kielce source must have 3 pages, has {len(pages)}"
    c = rl_canvas.Canvas(str(DOC_DIR / FILE), pagesize=A4, invariant=1)
    c.setCreator("Scanner PDF driver")         # no title/subject: a typical scan
    for i, img in enumerate(pages):
        angle = 0.3 if i % 2 == 0 else -0.3
        scan = scanify(img, seed=20240917 + i, angle=angle)
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(scan))), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()

    write_gold(
        FILE, document_type="mid", city=CITY, network="air_quality", status="final",
        text_layer=False, sections=SECTIONS, actions=ACTIONS,
        features=["scanned", "image_only", "no_text_layer", "rotated_scan", "scan_noise",
                  "ruled_table", "past_projects_in_diagnosis"],
        notes=("Image-only PDF (3 pages, JPEG images rendered at 200 dpi, rotated ±0.3°, grey noise); "
               "there is no text layer, so all content must come from OCR. '8. Analiza ryzyka' "
               "contains only 'TBD' (risks = incomplete). Action 4 has no cost and no indicator ('—'), "
               "action 6 no responsible unit ('—'). The 2018–2022 subsidy programme and the 2021 air "
               "quality portal in the diagnosis are past projects, not actions."),
    )
    return [FILE]
