"""MID Elbląg – urban mobility, a DRAFT converted from DOCX with LibreOffice.

The DOCX is built with python-docx (Heading 1/2 styles, running header
"Wersja robocza", a landscape section carrying the actions table whose header
has a merged cell "Okres realizacji" over "od" | "do"), written to a temporary
directory and converted with ``soffice --headless --convert-to pdf``.  The
LibreOffice output carries a creation date and a random document ID; both are
overwritten in place (same byte length) so the build stays deterministic.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from pdfcommon import DOC_DIR, Action, Bullets, H2, Section, Special, write_gold

FILE = "mid_elblag_mobilnosc_projekt.pdf"
CITY = "Elbląg"
FONT = "Liberation Sans"
FIXED_TS = dt.datetime(2024, 11, 4, 9, 0, 0)

# period of every action as (od, do); None = not given ("b.d.")
PERIODS = {}


def _act(title, theme, od, do, **kw) -> Action:
    a = Action(title, theme, timeline=f"{od} – {do}" if od and do else None, **kw)
    PERIODS[title] = (od, do)
    return a


ACTIONS = [
    _act("Modernizacja torowiska tramwajowego na ul. Grunwaldzkiej", "public_transport",
         "III kw. 2025", "IV kw. 2026", responsible="Zarząd Komunikacji Miejskiej w Elblągu",
         cost="24 800", source="FEnIKS 2021–2027, budżet miasta",
         indicator="Długość zmodernizowanego torowiska: 2,3 km toru pojedynczego"),
    _act("Zakup sześciu niskopodłogowych tramwajów", "public_transport",
         "2026", "2027", responsible="Tramwaje Elbląskie Sp. z o.o.",
         cost=None, source="FEnIKS 2021–2027",
         indicator="Liczba zakupionych tramwajów: 6"),
    _act("Budowa drogi rowerowej łączącej osiedle Zawada z centrum miasta", "cycling",
         "II kw. 2025", "III kw. 2026", responsible="Departament Zarządu Dróg UM",
         cost="7 350", source="FEWiM 2021–2027 (ZIT Elbląg)",
         indicator="Długość drogi rowerowej: 4,1 km"),
    _act("Strefa uspokojonego ruchu na Starym Mieście", "walking_traffic_calming",
         "2025", "2025", responsible="Departament Zarządu Dróg UM",
         cost="860", source="budżet miasta",
         indicator="Powierzchnia strefy: 0,35 km²", secondary_themes=["public_space"]),
    _act("Węzeł przesiadkowy przy dworcu PKP Elbląg", "public_transport",
         None, None, responsible="Departament Inwestycji UM",
         cost="12 400", source="FEnIKS 2021–2027, PKP S.A.",
         indicator="Liczba miejsc B+R: 120", secondary_themes=["cycling"]),
    _act("Elbląski Tydzień Mobilności i kampania „Do szkoły pieszo”", "eco_awareness",
         "IX 2025", "IX 2027", responsible="Biuro Promocji i Informacji UM",
         cost="180", source="budżet miasta",
         indicator="Liczba szkół biorących udział: 20",
         secondary_themes=["walking_traffic_calming"]),
    _act("Dynamiczna informacja pasażerska na 40 przystankach", "public_transport",
         "I kw. 2026", "IV kw. 2026", responsible="Zarząd Komunikacji Miejskiej w Elblągu",
         cost="1 600", source="budżet miasta, KPO", indicator=None),
]

SECTIONS = [
    Section("summary", "1. Streszczenie", blocks=[
        "Projekt Miejskiej Inicjatywy Działania Elbląga powstał w ramach sieci tematycznej "
        "„Mobilność miejska” Partnerskiej Inicjatywy Miast. Jego celem jest zwiększenie roli "
        "komunikacji tramwajowej i autobusowej oraz poprawa warunków dla pieszych i rowerzystów w "
        "mieście, w którym samochód wciąż jest podstawowym środkiem transportu.",
        "Dokument proponuje siedem działań o szacowanym koszcie co najmniej 47 mln zł, realizowanych "
        "w latach 2025–2027. Niniejsza wersja jest projektem przeznaczonym do konsultacji społecznych; "
        "po ich zakończeniu dokument zostanie uzupełniony i przedstawiony Lokalnemu Partnerstwu do "
        "przyjęcia.",
    ]),
    Section("context", "2. Diagnoza", blocks=[
        H2("2.1. Sytuacja transportowa miasta"),
        "Elbląg liczy około 115 tys. mieszkańców. Miasto jest jednym z niewielu ośrodków tej "
        "wielkości w Polsce, które utrzymują komunikację tramwajową – sieć obejmuje pięć linii o "
        "łącznej długości około 20 km. Z komunikacji zbiorowej korzysta jednak coraz mniej osób: "
        "w latach 2015–2023 liczba przewiezionych pasażerów spadła o 18%, a udział podróży "
        "samochodem wzrósł do 55%.",
        "Głównymi problemami wskazanymi w badaniu ankietowym są: zły stan części torowisk powodujący "
        "ograniczenia prędkości, przestarzały tabor, brak bezpiecznych dróg rowerowych łączących "
        "osiedla z centrum oraz niewygodne przesiadki przy dworcu kolejowym. Na Starym Mieście "
        "piesi skarżą się na ruch tranzytowy i parkowanie na chodnikach.",
        H2("2.2. Dotychczasowe doświadczenia"),
        "W latach 2016–2019 miasto zmodernizowało torowisko na ul. 12 Lutego i ul. Ogólnej oraz "
        "zakupiło pięć tramwajów, a w 2021 r. uruchomiło system biletu elektronicznego. Projekty te "
        "zostały zakończone i nie wchodzą w zakres niniejszej inicjatywy, ale pokazały, że inwestycje "
        "w infrastrukturę tramwajową przynoszą wzrost liczby pasażerów na modernizowanych liniach.",
    ]),
    Section("objectives", "3. Cele", blocks=[
        "Cel główny: zwiększenie udziału transportu zbiorowego, ruchu pieszego i rowerowego w "
        "podróżach mieszkańców Elbląga do 55% do roku 2030.",
        Bullets([
            "Cel 1. Skrócenie czasu podróży tramwajem i poprawa komfortu pasażerów.",
            "Cel 2. Stworzenie spójnej sieci dróg rowerowych łączących osiedla z centrum.",
            "Cel 3. Poprawa bezpieczeństwa i jakości przestrzeni dla pieszych.",
        ]),
    ]),
    Section("actions", "4. Działania", blocks=[
        "Propozycje działań zebrano podczas dwóch warsztatów Lokalnego Partnerstwa. Zestawienie "
        "działań wraz z okresem realizacji, kosztami i wskaźnikami przedstawiono w tabeli na "
        "następnej stronie. Wartości oznaczone jako „b.d.” zostaną uzupełnione po konsultacjach.",
        Special("actions_table"),
    ]),
    Section("schedule", "5. Harmonogram", blocks=[
        "Realizacja działań rozpocznie się w 2025 r. od prac projektowych i działań miękkich. "
        "Najważniejsze inwestycje tramwajowe zaplanowano na lata 2025–2027, zgodnie z okresami "
        "podanymi w tabeli w rozdziale 4. Termin budowy węzła przesiadkowego przy dworcu zależy od "
        "uzgodnień z PKP S.A. i zostanie określony w ostatecznej wersji dokumentu.",
    ]),
    Section("budget", "6. Budżet i źródła finansowania", blocks=[
        "Szacowany koszt działań, dla których przygotowano wyceny, wynosi 47 190 tys. zł. Podstawowym "
        "źródłem finansowania będą środki programu Fundusze Europejskie na Infrastrukturę, Klimat, "
        "Środowisko 2021–2027 oraz instrument Zintegrowanych Inwestycji Terytorialnych w ramach "
        "programu Fundusze Europejskie dla Warmii i Mazur 2021–2027. Wkład własny miasta wyniesie "
        "około 20%. Koszt zakupu tramwajów zostanie określony po analizie rynku.",
    ]),
    Section("stakeholders", "7. Interesariusze i konsultacje społeczne", blocks=[
        "W pracach Lokalnego Partnerstwa uczestniczą przedstawiciele Urzędu Miejskiego, Zarządu "
        "Komunikacji Miejskiej, spółki Tramwaje Elbląskie, Akademii Nauk Stosowanych w Elblągu, "
        "Elbląskiej Rady Seniorów, stowarzyszenia Elbląg Rowerowy oraz rad osiedli.",
        "Konsultacje społeczne projektu zaplanowano w terminie od 12 listopada do 10 grudnia 2024 r. "
        "Przewiduje się spotkania otwarte w Centrum Spotkań Europejskich „Światowid”, dyżury "
        "ekspertów w tramwaju konsultacyjnym oraz ankietę internetową.",
    ]),
    Section("indicators", "8. Wskaźniki i monitoring", blocks=[
        "Wskaźniki rezultatu inicjatywy: liczba pasażerów komunikacji miejskiej (wartość bazowa "
        "21,4 mln w 2023 r., docelowa 24 mln w 2027 r.), udział podróży rowerowych (2% / 5%) oraz "
        "liczba wypadków z udziałem pieszych na Starym Mieście (14 / 7 rocznie). Wskaźniki "
        "produktu dla działań podano w tabeli w rozdziale 4.",
        "Monitoring będzie prowadzony co pół roku przez Departament Strategii i Rozwoju UM na "
        "podstawie danych ZKM, pomiarów ruchu i statystyk policyjnych.",
    ]),
    Section("risks", "9. Analiza ryzyka", status="incomplete", blocks=[
        "Analiza ryzyka – do uzupełnienia.",
    ]),
]


# --------------------------------------------------------------------- docx ---
def _fix_style_fonts(style, size=None, bold=None):
    style.font.name = FONT
    if size:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rfonts is not None and rfonts.get(qn(attr)) is not None:
            del rfonts.attrib[qn(attr)]
    rfonts.set(qn("w:eastAsia"), FONT)
    rfonts.set(qn("w:cs"), FONT)


def _page_field(paragraph):
    run = paragraph.add_run()
    for tag, attrs, text in (("w:fldChar", {"w:fldCharType": "begin"}, None),
                             ("w:instrText", {"xml:space": "preserve"}, " PAGE "),
                             ("w:fldChar", {"w:fldCharType": "end"}, None)):
        el = OxmlElement(tag)
        for k, v in attrs.items():
            el.set(qn(k), v)
        if text:
            el.text = text
        run._r.append(el)


def _repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _shade(cell_, fill="D9D9D9"):
    tcpr = cell_._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _set_cell(cell_, text, bold=False, size=9, align=None):
    cell_.text = ""
    p = cell_.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if align is not None:
        p.alignment = align


def _actions_table(doc):
    head = ["Lp.", "Działanie", "Jednostka odpowiedzialna", "Okres realizacji", None,
            "Koszt (tys. zł)", "Źródło finansowania", "Wskaźnik produktu"]
    widths = [Cm(1.1), Cm(6.0), Cm(4.2), Cm(2.3), Cm(2.3), Cm(2.0), Cm(3.8), Cm(4.0)]
    t = doc.add_table(rows=2 + len(ACTIONS), cols=len(head))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, h in enumerate(head):
        if h is not None:
            _set_cell(t.cell(0, i), h, bold=True)
    _set_cell(t.cell(1, 3), "od", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _set_cell(t.cell(1, 4), "do", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    # merged header: "Okres realizacji" spans two columns; the others span two rows
    t.cell(0, 3).merge(t.cell(0, 4))
    t.cell(0, 3).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i in (0, 1, 2, 5, 6, 7):
        t.cell(0, i).merge(t.cell(1, i))
    for r in (0, 1):
        _repeat_header(t.rows[r])
        for c in t.rows[r].cells:
            _shade(c)
    for n, a in enumerate(ACTIONS, 1):
        od, do = PERIODS[a.title]
        vals = [f"{n}.", a.title, a.responsible or "b.d.", od or "b.d.", do or "b.d.",
                a.cost or "b.d.", a.source or "b.d.", a.indicator or "—"]
        for i, v in enumerate(vals):
            _set_cell(t.cell(n + 1, i), v)
    for i, w in enumerate(widths):
        t.columns[i].width = w          # w:gridCol – what LibreOffice uses
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    return t


def _add_blocks(doc, blocks):
    for b in blocks:
        if isinstance(b, str):
            doc.add_paragraph(b)
        elif isinstance(b, H2):
            doc.add_heading(b.text, level=2)
        elif isinstance(b, Bullets):
            for item in b.items:
                doc.add_paragraph(item, style="List Bullet")
        elif isinstance(b, Special) and b.kind == "actions_table":
            land = doc.add_section(WD_SECTION.NEW_PAGE)
            land.orientation = WD_ORIENT.LANDSCAPE
            land.page_width, land.page_height = land.page_height, land.page_width
            cap = doc.add_paragraph()
            cap.add_run("Tabela 1. Zestawienie działań Miejskiej Inicjatywy Działania").bold = True
            _actions_table(doc)
            doc.add_paragraph("Źródło: opracowanie własne na podstawie warsztatów Lokalnego "
                              "Partnerstwa (październik 2024 r.).").runs[0].italic = True
            port = doc.add_section(WD_SECTION.NEW_PAGE)
            port.orientation = WD_ORIENT.PORTRAIT
            port.page_width, port.page_height = port.page_height, port.page_width
        else:
            raise TypeError(b)


def _docx(path: Path):
    doc = Document()
    cp = doc.core_properties
    cp.title = "Miejska Inicjatywa Działania – Elbląg (projekt)"
    cp.author = cp.last_modified_by = "Urząd Miejski w Elblągu"
    cp.subject = "Partnerska Inicjatywa Miast – Mobilność miejska"
    cp.created = cp.modified = FIXED_TS
    cp.revision = 1
    _fix_style_fonts(doc.styles["Normal"], size=10.5)
    doc.styles["Normal"].paragraph_format.space_after = Pt(6)
    for name, size in (("Title", 24), ("Heading 1", 15), ("Heading 2", 12.5)):
        _fix_style_fonts(doc.styles[name], size=size, bold=True)
    _fix_style_fonts(doc.styles["List Bullet"])

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for s in ("left_margin", "right_margin"):
        setattr(sec, s, Cm(2.2))
    sec.top_margin, sec.bottom_margin = Cm(2.3), Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Wersja robocza"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].italic = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Strona ")
    _page_field(fp)

    # title page
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph("Miejska Inicjatywa Działania – Elbląg", style="Title")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for text, size, bold in (("Partnerska Inicjatywa Miast", 14, False),
                             ("Sieć tematyczna: Mobilność miejska", 14, False),
                             ("", 12, False),
                             ("PROJEKT – wersja do konsultacji społecznych", 16, True),
                             ("", 12, False),
                             ("Urząd Miejski w Elblągu", 12, False),
                             ("Elbląg, listopad 2024 r.", 12, False)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.font.size, r.bold = Pt(size), bold
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for s in SECTIONS:
        doc.add_heading(s.heading, level=1)
        _add_blocks(doc, s.blocks)
    doc.save(str(path))


# ---------------------------------------------------------------- convert ---
def _normalise_pdf(data: bytes) -> bytes:
    """Replace LibreOffice's timestamps and random /ID with fixed values (same length)."""
    def fix_date(m):
        old = m.group(1)
        new = b"D:20241104090000"
        return m.group(0).replace(old, new + old[len(new):])
    data = re.sub(rb"/(?:CreationDate|ModDate)\s*\((D:\d{14})", fix_date, data)
    digest = hashlib.md5(FILE.encode()).hexdigest().upper().encode()

    def fix_id(m):
        return b"<" + (digest * 2)[:len(m.group(1))] + b">"
    data = re.sub(rb"<([0-9A-Fa-f]{32})>", fix_id, data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + digest, data)
    return data


def build() -> list[str]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (soffice) is required for the Elbląg document"
    with tempfile.TemporaryDirectory(prefix="pim_elblag_") as tmp:
        tmp = Path(tmp)
        src = tmp / (Path(FILE).stem + ".docx")
        _docx(src)
        out = tmp / "out"
        out.mkdir()
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{tmp / 'lo_profile'}", "--headless",
             "--norestore", "--convert-to", "pdf", "--outdir", str(out), str(src)],
            check=True, capture_output=True, timeout=240)
        pdf = (out / (src.stem + ".pdf")).read_bytes()
    (DOC_DIR / FILE).write_bytes(_normalise_pdf(pdf))

    write_gold(
        FILE, document_type="mid", city=CITY, network="mobility", status="draft",
        text_layer=True, sections=SECTIONS, actions=ACTIONS,
        features=["draft", "docx_converted", "libreoffice_export", "heading_styles",
                  "landscape_page", "merged_header_cell", "multi_row_table_header",
                  "ruled_table", "running_header", "page_footer", "past_projects_in_diagnosis"],
        notes=("Draft: the title page says 'PROJEKT – wersja do konsultacji społecznych' and the "
               "running header says 'Wersja robocza'. Generated as DOCX (python-docx) and converted "
               "with LibreOffice. The actions table is on a separate landscape page; its header has "
               "'Okres realizacji' merged over the two columns 'od' | 'do'. 'b.d.' / '—' cells are "
               "not stated: action 2 has no cost, action 5 no period, action 7 no indicator. Risks "
               "section only says 'do uzupełnienia' (incomplete). Projects of 2016–2021 in 2.2 are "
               "past projects, not actions."),
    )
    return [FILE]
