# -*- coding: utf-8 -*-
"""Plan Ulepszeń sieci tematycznej „Jakość powietrza” (DOCX, wersja ostateczna)."""
import copy
import json
import random

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = "2025-09-18T10:12:00Z"
AUTH_A = "Magdalena Kurek (UM Nowy Targ)"
AUTH_B = "dr inż. Paweł Wrona – ekspert sieci"

rnd = random.Random(4711)


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run_xml(text, bold=False, italic=False, deleted=False, color=None, sz=None):
    rpr = ""
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if color:
        rpr += '<w:color w:val="%s"/>' % color
    if sz:
        rpr += '<w:sz w:val="%d"/>' % sz
    tag = "w:delText" if deleted else "w:t"
    return '<w:r><w:rPr>%s</w:rPr><%s xml:space="preserve">%s</%s></w:r>' % (rpr, tag, esc(text), tag)


_rev = [100]


def rid():
    _rev[0] += 1
    return _rev[0]


def ins(inner, author=AUTH_B, date=DATE):
    return '<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>' % (rid(), esc(author), date, inner)


def dele(inner, author=AUTH_A, date=DATE):
    return '<w:del w:id="%d" w:author="%s" w:date="%s">%s</w:del>' % (rid(), esc(author), date, inner)


class PU:
    def __init__(self):
        self.doc = Document()
        self.body = self.doc.element.body
        self.fn_id = 0
        self.footnotes = []
        self.text_log = []  # printed text (not deleted) for self-check
        self._setup_styles()

    # ------------------------------------------------------------ setup
    def _setup_styles(self):
        d = self.doc
        st = d.styles
        st["Normal"].font.name = "Calibri"
        st["Normal"].font.size = Pt(11)
        pf = st["Normal"].paragraph_format
        pf.space_after = Pt(6)
        pf.line_spacing = 1.15
        for name, size in (("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11.5)):
            s = st[name]
            s.font.size = Pt(size)
            s.font.color.rgb = RGBColor(0x1F, 0x4E, 0x3D)
        # multi-level numbering linked to heading styles
        numbering = d.part.numbering_part.element
        absxml = (
            '<w:abstractNum %s w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
            '<w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>'
            '<w:lvlText w:val="%%1.%%2."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr></w:lvl>'
            '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading3"/>'
            '<w:lvlText w:val="%%1.%%2.%%3."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:lvl>'
            '</w:abstractNum>' % WNS)
        absel = parse_xml(absxml)
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absel)
        else:
            numbering.append(absel)
        numbering.append(parse_xml('<w:num %s w:numId="90"><w:abstractNumId w:val="90"/></w:num>' % WNS))
        for lvl, name in enumerate(("Heading 1", "Heading 2", "Heading 3")):
            ppr = st[name].element.get_or_add_pPr()
            numpr = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="90"/></w:numPr>' % (WNS, lvl))
            before = [c for c in ppr if c.tag in (qn("w:pStyle"), qn("w:keepNext"), qn("w:keepLines"),
                                                  qn("w:pageBreakBefore"), qn("w:framePr"), qn("w:widowControl"))]
            if before:
                before[-1].addnext(numpr)
            else:
                ppr.insert(0, numpr)
        sec = d.sections[0]
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(2.3)
        sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)

    # ------------------------------------------------------------ basic blocks
    def log(self, t):
        self.text_log.append(t)

    def p(self, text, style=None, bold_lead=None, align=None):
        par = self.doc.add_paragraph(style=style)
        if bold_lead:
            par.add_run(bold_lead).bold = True
            self.log(bold_lead)
        r = par.add_run(text)
        self.log(text)
        if align == "j":
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        return par

    def h(self, text, level):
        self.log(text)
        return self.doc.add_heading(text, level=level)

    def raw_p(self, inner, ppr=""):
        el = parse_xml('<w:p %s><w:pPr>%s</w:pPr>%s</w:p>' % (WNS, ppr, inner))
        self.body.insert(len(self.body) - 1, el)
        return el

    def bullets(self, items):
        for it in items:
            self.p(it, style="List Bullet")

    def caption(self, text):
        par = self.doc.add_paragraph(style="Caption")
        par.add_run(text)
        self.log(text)
        return par

    def footnote(self, par, text):
        self.fn_id += 1
        fid = self.fn_id
        self.footnotes.append((fid, text))
        par._p.append(parse_xml(
            '<w:r %s><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>' % (WNS, fid)))
        self.log(text)

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(self, header, rows, widths=None, style="Table Grid", font=9.5, shade="D9E8E2"):
        t = self.doc.add_table(rows=1, cols=len(header))
        t.style = self.doc.styles[style]
        for i, hd in enumerate(header):
            c = t.rows[0].cells[i]
            c.text = ""
            r = c.paragraphs[0].add_run(hd)
            r.bold = True
            r.font.size = Pt(font)
            c._tc.get_or_add_tcPr().append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (WNS, shade)))
            self.log(hd)
        trpr = t.rows[0]._tr.get_or_add_trPr()
        trpr.append(parse_xml('<w:tblHeader %s/>' % WNS))
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = ""
                r = cells[i].paragraphs[0].add_run(str(v))
                r.font.size = Pt(font)
                self.log(str(v))
        if not widths:
            widths = [16.4 / len(header)] * len(header)
        if widths:
            for row in t.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = Cm(w)
        self.doc.add_paragraph()
        return t

    def frame(self, title, paras):
        """Boxed frame (single-cell shaded table) – 'Ramka'."""
        t = self.doc.add_table(rows=1, cols=1)
        t.style = self.doc.styles["Table Grid"]
        c = t.rows[0].cells[0]
        c._tc.get_or_add_tcPr().append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="EEF5F1"/>' % WNS))
        c.paragraphs[0].add_run(title).bold = True
        self.log(title)
        for tx in paras:
            pp = c.add_paragraph()
            r = pp.add_run(tx)
            r.font.size = Pt(10)
            self.log(tx)
        self.doc.add_paragraph()

    # ------------------------------------------------------------ fields
    def header_footer(self, sec):
        sec.different_first_page_header_footer = True
        hp = sec.header.paragraphs[0]
        hp._p.get_or_add_pPr().append(parse_xml(
            '<w:pBdr %s><w:bottom w:val="single" w:sz="12" w:space="2" w:color="1F4E3D"/></w:pBdr>' % WNS))
        hp._p.get_or_add_pPr().append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="DCEBE4"/>' % WNS))
        r = hp.add_run("PIM  ▮▮▮  Partnerska Inicjatywa Miast")
        r.bold = True
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x3D)
        hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), 2)
        hp.add_run("\tSieć „Jakość powietrza” – Plan Ulepszeń").font.size = Pt(8.5)
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for el in self._field_runs("Strona ", "PAGE", "1") + self._field_runs(" z ", "NUMPAGES", "24"):
            fp._p.append(el)

    def _field_runs(self, lead, instr, cached):
        return [parse_xml('<w:r %s><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (WNS, lead)),
                parse_xml('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>' % WNS),
                parse_xml('<w:r %s><w:instrText xml:space="preserve"> %s </w:instrText></w:r>' % (WNS, instr)),
                parse_xml('<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % WNS),
                parse_xml('<w:r %s><w:rPr><w:sz w:val="18"/></w:rPr><w:t>%s</w:t></w:r>' % (WNS, cached)),
                parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % WNS)]

    def toc(self, entries):
        par = self.doc.add_paragraph()
        r = par.add_run("Spis treści")
        r.bold = True
        r.font.size = Pt(15)
        tab = '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9060"/></w:tabs>'
        n = len(entries)
        for i, (lvl, label, page) in enumerate(entries):
            inner = ""
            if i == 0:
                inner += ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                          '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                          '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
            inner += run_xml(label) + '<w:r><w:tab/></w:r>' + run_xml(str(page))
            if i == n - 1:
                inner += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            ind = '<w:ind w:left="%d"/>' % (0 if lvl == 1 else 440)
            self.raw_p(inner, tab + '<w:spacing w:after="60"/>' + ind)

    def write_footnotes_part(self):
        xml = ['<w:footnotes %s>' % WNS,
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        for fid, text in self.footnotes:
            xml.append('<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                       '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
                       '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
                       % (fid, esc(text)))
        xml.append('</w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    "".join(xml).encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


# =====================================================================================
CITIES = ["Nowy Targ", "Rybnik", "Żywiec", "Sucha Beskidzka", "Oświęcim", "Wadowice", "Nowy Sącz", "Pszczyna",
          "Skawina", "Jasło"]
LEAD = "Nowy Targ"

# Recommendations: data shared by the document and the gold file.
# fields: title, theme, sec, addressee, type_pl, type, deadline, cost, funding, indicator, why(list)
RECS = [
    dict(title="Obowiązek aktualizacji wpisu w Centralnej Ewidencji Emisyjności Budynków w ciągu 14 dni od zmiany źródła ciepła",
         theme="low_emission", sec=[], addressee="Ministerstwo Rozwoju i Technologii, Główny Urząd Nadzoru Budowlanego",
         type_pl="prawna", type="legal", deadline="do 30 czerwca 2026 r.", cost="nie dotyczy", funding=None,
         indicator="odsetek budynków z aktualnym wpisem w CEEB ≥ 95% w miastach sieci",
         why=["Miasta sieci zgodnie wskazują, że dane w CEEB starzeją się szybciej, niż gminy są w stanie je weryfikować. Obowiązujące przepisy nakładają na właściciela obowiązek złożenia deklaracji, ale nie przewidują realnej sankcji za niezgłoszenie wymiany kotła, a w praktyce wpisy uzupełniane są dopiero przy okazji wniosku o dotację.",
              "Proponujemy skrócenie terminu do 14 dni, powiązanie obowiązku z odbiorem instalacji przez kominiarza oraz automatyczne przekazywanie protokołu do bazy przez mistrza kominiarskiego. Zmiana nie generuje kosztów po stronie budżetu państwa, a znacząco podnosi wartość analityczną ewidencji."]),
    dict(title="Dopuszczenie łączenia dotacji z programu „Czyste Powietrze” z gminnymi programami wymiany źródeł ciepła do 100% kosztów kwalifikowanych",
         theme="low_emission", sec=["social_activation"], addressee="Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej",
         type_pl="finansowa", type="financial", deadline="I półrocze 2026 r.", cost="ok. 14 mln zł rocznie (szacunek dla 10 miast)",
         funding="środki NFOŚiGW, budżety gmin",
         indicator="liczba gospodarstw domowych korzystających z dofinansowania łączonego",
         why=["Obecne zasady wykluczają podwójne finansowanie tego samego kosztu, co w praktyce zniechęca gminy do uruchamiania własnych dopłat. W Rybniku i Suchej Beskidzkiej mieszkańcy o najniższych dochodach rezygnowali z wymiany kotła, ponieważ nie byli w stanie pokryć brakujących 10–30% kosztów.",
              "Rekomendujemy wprowadzenie jednolitego wzoru porozumienia gmina–WFOŚiGW, w którym dotacja gminna pokrywa różnicę do pełnej wartości kosztów kwalifikowanych, a weryfikacja odbywa się w jednym systemie."]),
    dict(title="Ujednolicenie wzoru upoważnienia i protokołu kontroli palenisk prowadzonej przez straż gminną",
         theme="low_emission", sec=[], addressee="Ministerstwo Klimatu i Środowiska",
         type_pl="prawna", type="legal", deadline="do końca 2026 r.", cost="b.d.", funding=None,
         indicator="wydanie rozporządzenia lub wytycznych z wzorami dokumentów",
         why=["Każde z miast sieci stosuje własny wzór protokołu kontroli, a część z nich była kwestionowana w postępowaniach przed sądami administracyjnymi. Strażnicy gminni zgłaszają niepewność co do zakresu uprawnień przy poborze próbek popiołu.",
              "Jednolity wzór, opracowany przez ministerstwo wspólnie z Głównym Inspektoratem Ochrony Środowiska, ograniczy ryzyko prawne i skróci czas przygotowania kontroli."]),
    dict(title="Sieć powiatowych punktów doradztwa energetycznego prowadzonych wspólnie przez WFOŚiGW i gminy",
         theme="eco_awareness", sec=["low_emission"], addressee="Wojewódzkie Fundusze Ochrony Środowiska i Gospodarki Wodnej w Krakowie i Katowicach",
         type_pl="organizacyjna", type="organisational", deadline="2026–2027", cost="ok. 1,8 mln zł rocznie",
         funding="środki WFOŚiGW, FEnIKS 2021–2027",
         indicator="liczba porad udzielonych mieszkańcom miast sieci (cel: 6 000 rocznie)",
         why=["Operatorzy programu „Czyste Powietrze” w gminach są przeciążeni, a mieszkańcy najczęściej potrzebują porady jeszcze przed złożeniem wniosku – w zakresie audytu, doboru pompy ciepła czy termomodernizacji.",
              "Punkty w siedzibach starostw lub urzędów miast obsługiwałyby także mieszkańców gmin ościennych, co jest szczególnie istotne dla mniejszych ośrodków, takich jak Sucha Beskidzka czy Wadowice."]),
    dict(title="Otwarty standard danych z sieci czujników niskokosztowych i ich publikacja w API GIOŚ",
         theme="eco_awareness", sec=[], addressee="Główny Inspektorat Ochrony Środowiska",
         type_pl="wiedza i dane", type="knowledge", deadline="IV kw. 2026", cost="ok. 650 tys. zł", funding="budżet GIOŚ",
         indicator=None,
         why=["Siedem z dziesięciu miast sieci utrzymuje własne sieci czujników pyłu zawieszonego, kupowane od różnych dostawców. Dane są niespójne, publikowane w różnych formatach i nie są wykorzystywane w ocenie rocznej.",
              "Wspólny standard (metadane, kalibracja, częstotliwość) pozwoli na porównywanie danych między miastami i na ich wykorzystanie w komunikatach ostrzegawczych."]),
    dict(title="Stały mechanizm osłonowy dla gospodarstw domowych zagrożonych ubóstwem energetycznym po wymianie źródła ciepła",
         theme="social_activation", sec=["low_emission"], addressee="Ministerstwo Klimatu i Środowiska, Ministerstwo Rodziny, Pracy i Polityki Społecznej",
         type_pl="finansowa", type="financial", deadline="od 2027 r.", cost="do oszacowania", funding=None,
         indicator="liczba gospodarstw objętych dopłatą do kosztów ogrzewania",
         why=["Wymiana kotła na pompę ciepła lub ogrzewanie gazowe często podnosi bieżące koszty ogrzewania. Ośrodki pomocy społecznej w Oświęcimiu i Nowym Sączu odnotowują przypadki powrotu do spalania odpadów w pozostawionych piecach kaflowych.",
              "Dopłata powinna być powiązana z efektem ekologicznym i wypłacana przez trzy sezony grzewcze po wymianie źródła."]),
    dict(title="Edukacja o jakości powietrza w podstawie programowej klas IV–VIII",
         theme="eco_awareness", sec=[], addressee="Ministerstwo Edukacji Narodowej",
         type_pl="wiedza i dane", type="knowledge", deadline="rok szkolny 2027/2028", cost="nie dotyczy", funding=None,
         indicator="wprowadzenie treści do podstawy programowej przyrody i geografii",
         why=["Programy edukacyjne realizowane przez miasta sieci mają charakter akcyjny i zależą od dostępności grantów. Dzieci są jednocześnie najskuteczniejszymi ambasadorami zmiany w gospodarstwach domowych.",
              "Rekomendujemy wprowadzenie modułu o źródłach zanieczyszczeń, wpływie na zdrowie i korzystaniu z danych pomiarowych, z wykorzystaniem materiałów wypracowanych w sieci."]),
    dict(title="Etat koordynatora ds. realizacji uchwały antysmogowej w każdym mieście sieci",
         theme="other", sec=["low_emission"], addressee="Prezydenci i burmistrzowie miast sieci",
         type_pl="organizacyjna", type="organisational", deadline="do końca 2025 r.", cost="ok. 95 tys. zł rocznie na jedno miasto",
         funding="budżety gmin",
         indicator="liczba miast sieci z wyznaczonym koordynatorem (cel: 10)",
         why=["Zadania związane z realizacją uchwał antysmogowych są rozproszone między wydziałami ochrony środowiska, straż miejską i ośrodki pomocy społecznej. Brak jednej osoby odpowiedzialnej utrudnia współpracę z WFOŚiGW i z siecią.",
              "Rekomendacja jest adresowana bezpośrednio do miast sieci i może być wdrożona bez zmian przepisów."]),
    dict(title="Wspólne zamówienie usług kontroli dronem pomiarowym i termowizji dla miast sieci",
         theme="low_emission", sec=[], addressee="Miasta sieci, Związek Miast Polskich",
         type_pl="organizacyjna", type="organisational", deadline="sezon grzewczy 2026/2027", cost="480 tys. zł na sezon grzewczy (2 sezony)",
         funding="budżety gmin, WFOŚiGW",
         indicator="liczba przeprowadzonych kontroli z użyciem drona",
         why=["Pojedyncze miasta nie są w stanie samodzielnie utrzymać drona z głowicą pomiarową i przeszkolonych operatorów. Zamówienie wspólne, np. w formule centralnego zamawiającego, obniży koszt jednostkowy kontroli o ok. 40%.",
              "Doświadczenia Rybnika pokazują, że sama informacja o kontrolach dronem zmniejsza liczbę interwencji w kolejnym sezonie."]),
]
# tracked insertion (added after the workshop in Żywiec) – inserted as 10th recommendation
INSERTED = dict(title="Uproszczona procedura wyznaczania stref czystego transportu w miastach poniżej 100 tys. mieszkańców",
                theme="low_emission", sec=["public_transport"], addressee="Ministerstwo Infrastruktury",
                type_pl="prawna", type="legal", deadline="2027 r.", cost="nie dotyczy", funding=None,
                indicator="nowelizacja ustawy o elektromobilności i paliwach alternatywnych",
                why=["Ruch samochodowy odpowiada w miastach sieci za 10–25% stężeń dwutlenku azotu przy głównych ulicach. Miasta chcą móc wprowadzać strefy obejmujące wyłącznie ścisłe centrum, z prostą procedurą i oznakowaniem."])
# tracked deletion – whole recommendation removed (already regulated)
DELETED = dict(title="Zakaz sprzedaży paliw stałych niskiej jakości w gospodarstwach domowych",
               addressee="Ministerstwo Klimatu i Środowiska", type_pl="prawna", deadline="2025 r.", cost="nie dotyczy",
               indicator="wydanie rozporządzenia")

CHANGED_DEADLINE = (4, "III kw. 2026")  # index in RECS (0-based): old deadline deleted, new inserted


def rec_order():
    out = RECS[:8] + [INSERTED] + RECS[8:]
    return out


def build(outdir, name="PU_jakosc_powietrza_2025_final"):
    pu = PU()
    d = pu.doc
    # --------------------------------------------------------------- cover
    sec0 = d.sections[0]
    pu.header_footer(sec0)
    for _ in range(3):
        d.add_paragraph()
    strip = d.add_paragraph()
    strip._p.get_or_add_pPr().append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="1F4E3D"/>' % WNS))
    r = strip.add_run("  PARTNERSKA INICJATYWA MIAST  ·  SIEĆ TEMATYCZNA JAKOŚĆ POWIETRZA")
    r.bold = True
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for _ in range(4):
        d.add_paragraph()
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("PLAN ULEPSZEŃ")
    r.bold = True
    r.font.size = Pt(30)
    pu.log("PLAN ULEPSZEŃ")
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("rekomendacje zmian w prawie, finansowaniu i organizacji działań na rzecz poprawy jakości powietrza "
                  "w małych i średnich miastach")
    r.font.size = Pt(14)
    for _ in range(6):
        d.add_paragraph()
    for line in ["Sieć tematyczna „Jakość powietrza” – II edycja",
                 "Miasto wiodące: Nowy Targ",
                 "Wersja ostateczna 2.0 – przyjęta przez Komitet Sterujący sieci 30 września 2025 r.",
                 "Nowy Targ, wrzesień 2025"]:
        q = d.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.add_run(line)
        pu.log(line)
    pu.page_break()

    # --------------------------------------------------------------- ToC (cached; note body wording differs for ch. 5)
    pu.toc([(1, "1. Wprowadzenie", 3), (2, "1.1. Cel i zakres dokumentu", 3), (2, "1.2. Miasta sieci", 3),
            (2, "1.3. Metodyka prac", 5), (1, "2. Diagnoza – bariery zgłoszone przez miasta", 6),
            (2, "2.1. Stan jakości powietrza w miastach sieci", 6), (2, "2.2. Bariery prawne", 9),
            (2, "2.3. Bariery finansowe", 10), (2, "2.4. Bariery organizacyjne i kadrowe", 11),
            (2, "2.5. Bariery w dostępie do wiedzy i danych", 12), (2, "2.6. Postulaty miast", 13),
            (2, "2.7. Realizacja rekomendacji z I edycji Planu", 15),
            (1, "3. Rekomendacje", 16), (1, "4. Adresaci rekomendacji", 26),
            (1, "5. Wdrażanie i monitorowanie Planu", 28), (1, "Załącznik 1. Wykaz spotkań sieci", 30),
            (1, "Załącznik 2. Macierz rekomendacji i adresatów", 31)])
    pu.page_break()

    # --------------------------------------------------------------- 1 Wprowadzenie
    pu.h("Wprowadzenie", 1)
    pu.h("Cel i zakres dokumentu", 2)
    par = pu.p("Niniejszy Plan Ulepszeń jest końcowym produktem drugiej edycji sieci tematycznej „Jakość powietrza”, "
               "działającej w ramach Partnerskiej Inicjatywy Miast. Dokument zbiera bariery, z którymi dziesięć miast "
               "sieci mierzy się przy realizacji polityki antysmogowej, i przekłada je na konkretne rekomendacje "
               "kierowane do administracji rządowej, funduszy ochrony środowiska, samorządów województw oraz samych "
               "miast.", align="j")
    pu.footnote(par, "Partnerska Inicjatywa Miast jest realizowana przez Ministerstwo Funduszy i Polityki Regionalnej "
                     "we współpracy ze Związkiem Miast Polskich; sieci tematyczne działają na podstawie regulaminu z 2023 r.")
    pu.p("Plan nie jest dokumentem strategicznym żadnego z miast i nie zastępuje programów ochrony powietrza przyjmowanych "
         "przez sejmiki województw. Jego zadaniem jest pokazanie, które zmiany w otoczeniu prawnym i finansowym "
         "najbardziej ułatwiłyby miastom osiągnięcie standardów jakości powietrza w perspektywie 2030 r., kiedy zaczną "
         "obowiązywać zaostrzone normy wynikające z nowelizacji dyrektywy w sprawie jakości powietrza.", align="j")
    pu.p("Dokument ma układ typowy dla planów ulepszeń PIM: po wprowadzeniu następuje diagnoza barier, następnie "
         "rekomendacje z określeniem adresata, rodzaju i terminu, zestawienie adresatów oraz opis sposobu wdrażania "
         "i monitorowania. Zawarte w rozdziale 2 postulaty miast mają charakter materiału źródłowego – nie wszystkie "
         "zostały przekształcone w rekomendacje.", align="j")
    pu.h("Miasta sieci", 2)
    pu.p("W skład sieci weszło dziesięć miast z województw małopolskiego, śląskiego i podkarpackiego. Wszystkie leżą "
         "w strefach, w których w ostatnich latach notowano przekroczenia dopuszczalnego poziomu pyłu zawieszonego PM10 "
         "lub docelowego poziomu benzo(a)pirenu. Łączy je przewaga zabudowy jednorodzinnej ogrzewanej indywidualnie, "
         "położenie w dolinach o utrudnionym przewietrzaniu oraz ograniczona dostępność sieci ciepłowniczej.", align="j")
    pu.caption("Tabela 1. Miasta sieci – podstawowe dane")
    pop = {"Nowy Targ": "33 100", "Rybnik": "133 400", "Żywiec": "30 200", "Sucha Beskidzka": "9 100", "Oświęcim": "35 700",
           "Wadowice": "18 700", "Nowy Sącz": "82 400", "Pszczyna": "25 600", "Skawina": "24 300", "Jasło": "34 100"}
    woj = {"Nowy Targ": "małopolskie", "Rybnik": "śląskie", "Żywiec": "śląskie", "Sucha Beskidzka": "małopolskie",
           "Oświęcim": "małopolskie", "Wadowice": "małopolskie", "Nowy Sącz": "małopolskie", "Pszczyna": "śląskie",
           "Skawina": "małopolskie", "Jasło": "podkarpackie"}
    heat = {}
    rows = []
    for c in CITIES:
        heat[c] = rnd.randint(18, 63)
        rows.append([c, woj[c], pop[c], "%d%%" % heat[c], "%d" % rnd.randint(900, 7400),
                     "tak" if c in ("Rybnik", "Nowy Sącz", "Oświęcim", "Jasło", "Skawina") else "nie"])
    pu.table(["Miasto", "Województwo", "Liczba mieszkańców (2024)", "Udział budynków w sieci ciepłowniczej",
              "Pozaklasowe kotły na paliwo stałe (CEEB, 2025)", "Monitoring PIOŚ/GIOŚ w mieście"], rows)
    pu.p("Źródło: opracowanie własne na podstawie danych GUS (BDL), Centralnej Ewidencji Emisyjności Budynków oraz "
         "ankiety przeprowadzonej w miastach sieci w lutym 2025 r.")
    pu.caption("Tabela 2a. Wykaz skrótów używanych w dokumencie")
    pu.table(["Skrót", "Rozwinięcie"], [
        ["CEEB", "Centralna Ewidencja Emisyjności Budynków"], ["GIOŚ", "Główny Inspektorat Ochrony Środowiska"],
        ["GUNB", "Główny Urząd Nadzoru Budowlanego"], ["MKiŚ", "Ministerstwo Klimatu i Środowiska"],
        ["NFOŚiGW", "Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej"],
        ["WFOŚiGW", "Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej"],
        ["FEnIKS", "program Fundusze Europejskie na Infrastrukturę, Klimat, Środowisko 2021–2027"],
        ["PMŚ", "Państwowy Monitoring Środowiska"], ["SCT", "strefa czystego transportu"],
        ["UM", "urząd miasta"], ["ZMP", "Związek Miast Polskich"], ["POP", "program ochrony powietrza"]])
    pu.h("Metodyka prac", 2)
    pu.p("Prace nad Planem trwały od października 2024 r. do września 2025 r. Składały się na nie: ankieta barier "
         "wypełniona przez wszystkie miasta, sześć warsztatów tematycznych (wykaz w Załączniku 1), wizyty studyjne "
         "w Rybniku i Nowym Targu, konsultacje z przedstawicielami NFOŚiGW i wojewódzkich funduszy oraz dwie rundy "
         "uwag do projektu dokumentu. Ekspert wiodący sieci prowadził równolegle przegląd literatury i orzecznictwa "
         "sądów administracyjnych dotyczącego uchwał antysmogowych.", align="j")
    pu.p("Każda bariera była oceniana w trzech wymiarach: częstości występowania (ile miast ją zgłosiło), wpływu na "
         "jakość powietrza oraz możliwości usunięcia na poziomie krajowym lub regionalnym. Do rekomendacji "
         "przekształcano przede wszystkim bariery o wysokim wpływie, których źródło leży poza kompetencjami gminy. "
         "Bariery, które miasta mogą usunąć samodzielnie, opisano w indywidualnych planach działań miast.", align="j")
    pu.caption("Tabela 2. Skala oceny barier")
    pu.table(["Ocena", "Częstość", "Wpływ na jakość powietrza", "Poziom, na którym można usunąć barierę"],
             [["3", "zgłoszona przez 7–10 miast", "bezpośredni, mierzalny", "krajowy"],
              ["2", "zgłoszona przez 4–6 miast", "pośredni, istotny", "regionalny"],
              ["1", "zgłoszona przez 1–3 miasta", "ograniczony", "lokalny"]])
    pu.p("Projekt dokumentu był omawiany na posiedzeniu Komitetu Sterującego 12 czerwca 2025 r., a następnie "
         "uzupełniany o uwagi zgłoszone pisemnie przez miasta i ekspertów. Niniejsza wersja uwzględnia wszystkie "
         "uwagi przyjęte na posiedzeniu 30 września 2025 r.; zmiany wprowadzone w ostatniej rundzie pozostawiono "
         "w trybie śledzenia zmian dla przejrzystości.", align="j")

    # --------------------------------------------------------------- 2 Diagnoza
    pu.h("Diagnoza – bariery zgłoszone przez miasta", 1)
    pu.h("Stan jakości powietrza w miastach sieci", 2)
    pu.p("Mimo wyraźnej poprawy w latach 2018–2024 jakość powietrza w miastach sieci pozostaje jednym z głównych "
         "problemów środowiskowych i zdrowotnych. Liczba dni z przekroczeniem dobowej wartości dopuszczalnej PM10 "
         "(50 µg/m³) spadła średnio o ponad połowę, ale w sezonie grzewczym nadal zdarzają się epizody smogowe "
         "trwające kilka dni. Problemem pozostaje benzo(a)piren, którego średnioroczne stężenia w większości miast "
         "wielokrotnie przekraczają poziom docelowy 1 ng/m³.", align="j")
    pu.caption("Tabela 3. Liczba dni z przekroczeniem dobowej wartości dopuszczalnej PM10 w latach 2018–2024")
    rows = []
    for c in CITIES:
        base = rnd.randint(45, 110)
        vals = []
        for y in range(7):
            base = max(3, int(base * rnd.uniform(0.72, 0.98)))
            vals.append(str(base))
        rows.append([c] + vals)
    pu.table(["Miasto", "2018", "2019", "2020", "2021", "2022", "2023", "2024"], rows)
    par = pu.p("Źródło: roczne oceny jakości powietrza GIOŚ; dla miast bez stacji – wyniki modelowania.")
    pu.footnote(par, "Dla Suchej Beskidzkiej, Wadowic i Pszczyny wartości oparto na modelowaniu matematycznym "
                     "wykonanym na potrzeby rocznej oceny jakości powietrza, ponieważ w miastach tych nie ma "
                     "stacji pomiarowej PMŚ.")
    pu.caption("Tabela 4. Średnioroczne stężenie benzo(a)pirenu w PM10 [ng/m³]")
    rows = []
    for c in CITIES:
        v = rnd.uniform(3.5, 12.0)
        r = [c]
        for y in range(4):
            r.append(("%.1f" % v).replace(".", ","))
            v *= rnd.uniform(0.75, 1.02)
        rows.append(r)
    pu.table(["Miasto", "2021", "2022", "2023", "2024"], rows)
    for txt in [
        "Dominującym źródłem emisji pyłu i benzo(a)pirenu pozostaje sektor komunalno-bytowy. Według inwentaryzacji "
        "przeprowadzonych w miastach sieci w latach 2022–2024 ogrzewanie indywidualne odpowiada za 60–85% emisji PM10 "
        "w sezonie grzewczym. Udział transportu jest znacząco niższy, lecz rośnie jego znaczenie w przypadku dwutlenku "
        "azotu przy głównych ciągach komunikacyjnych, szczególnie w Nowym Sączu, Żywcu i Oświęcimiu.",
        "Tempo wymiany pozaklasowych kotłów jest zróżnicowane. Najszybciej postępuje w miastach, które uruchomiły "
        "własne programy dopłat i zatrudniły dedykowanych pracowników do obsługi mieszkańców (Rybnik, Skawina, Nowy "
        "Targ). Najwolniej – tam, gdzie znaczna część zabudowy to stare kamienice z ogrzewaniem piecowym, w których "
        "wymiana wymaga decyzji wspólnot mieszkaniowych i często przebudowy instalacji (Jasło, Oświęcim, Żywiec).",
        "Miasta sieci zwracają uwagę, że pozostała do wymiany grupa kotłów jest najtrudniejsza: należą one w dużej "
        "mierze do osób starszych, o niskich dochodach, mieszkających w budynkach o złym stanie technicznym. Dla tej "
        "grupy program „Czyste Powietrze” w obecnym kształcie jest często niedostępny, nawet w wariancie "
        "z najwyższym poziomem dofinansowania.",
    ]:
        pu.p(txt, align="j")
    pu.caption("Tabela 5. Postęp wymiany źródeł ciepła w miastach sieci (stan na 31 grudnia 2024 r.)")
    rows = []
    for c in CITIES:
        total = rnd.randint(1800, 9500)
        done = int(total * rnd.uniform(0.35, 0.8))
        rows.append([c, "{:,}".format(total).replace(",", " "), "{:,}".format(done).replace(",", " "),
                     "%d%%" % round(100 * done / total), "%d" % rnd.randint(40, 900)])
    pu.table(["Miasto", "Kotły do wymiany (2019)", "Wymienione do 2024", "Postęp", "Wnioski w toku"], rows)
    pu.frame("Ramka 1. Dobre praktyki z Rybnika – zespół „Ekodoradców” i kontrole z dronem", [
        "Rybnik jako pierwsze miasto sieci utworzył w 2019 r. zespół ośmiu ekodoradców, którzy odwiedzają "
        "mieszkańców w domach, pomagają wypełnić wniosek do programu „Czyste Powietrze” i towarzyszą im aż do "
        "rozliczenia dotacji. W latach 2019–2024 zespół obsłużył ponad 11 tys. gospodarstw domowych.",
        "Miasto od 2020 r. wykorzystuje także drona z głowicą pomiarową, który pozwala wytypować nieruchomości do "
        "kontroli przez straż miejską. Liczba interwencji dotyczących spalania odpadów spadła w ciągu trzech sezonów "
        "grzewczych o 37%. Ramka ma charakter informacyjny; opisane rozwiązania były realizowane ze środków własnych "
        "miasta i nie stanowią rekomendacji niniejszego Planu."])
    pu.h("Bariery prawne", 2)
    for txt in [
        "Najczęściej zgłaszane bariery prawne dotyczą egzekwowania uchwał antysmogowych. Miasta wskazują na długi "
        "czas postępowań w sprawach o wykroczenia, niską wysokość grzywien w stosunku do oszczędności uzyskiwanych "
        "przez spalanie odpadów oraz wątpliwości co do możliwości wejścia na teren posesji bez zgody właściciela "
        "poza godzinami 6–22.",
        "Druga grupa barier dotyczy Centralnej Ewidencji Emisyjności Budynków. Baza jest prowadzona przez Główny "
        "Urząd Nadzoru Budowlanego, jednak gminy nie mają narzędzi, by wymusić aktualizację wpisów. Z ankiety wynika, "
        "że w połowie miast sieci co najmniej co piąty wpis jest nieaktualny.",
        "Trzecia grupa to ograniczenia w kształtowaniu ruchu samochodowego: procedura wyznaczania strefy czystego "
        "transportu jest w ocenie mniejszych miast zbyt skomplikowana w stosunku do skali problemu.",
    ]:
        pu.p(txt, align="j")
    pu.h("Bariery finansowe", 2)
    par = pu.p("Bariery finansowe koncentrują się wokół programu „Czyste Powietrze” i relacji między tym programem "
               "a gminnymi programami dopłat. Zasady wykluczające podwójne finansowanie powodują, że gmina może "
               "wspierać mieszkańca tylko w zakresie kosztów niekwalifikowanych w programie krajowym, co w praktyce "
               "oznacza skomplikowane rozliczenia i ryzyko zwrotu dotacji.", align="j")
    pu.footnote(par, "Por. regulamin naboru wniosków w programie priorytetowym „Czyste Powietrze” (wersja obowiązująca "
                     "od 31 marca 2025 r.), część dotycząca łączenia dofinansowania z innymi środkami publicznymi.")
    pu.p("Miasta wskazują ponadto, że nie ma stałego źródła finansowania kosztów eksploatacji nowych źródeł ciepła "
         "dla najuboższych gospodarstw domowych, a dodatki osłonowe mają charakter jednorazowy. Osobnym problemem "
         "jest finansowanie etatów w urzędach – programy krajowe pokrywają koszty punktów konsultacyjnych tylko "
         "częściowo i na krótkie okresy.", align="j")
    pu.h("Bariery organizacyjne i kadrowe", 2)
    pu.p("W mniejszych miastach sieci zadania związane z ochroną powietrza realizuje zwykle jedna lub dwie osoby, "
         "które jednocześnie zajmują się gospodarką odpadami, ochroną przyrody czy wydawaniem decyzji "
         "środowiskowych. Wysoka rotacja kadr powoduje utratę wiedzy i kontaktów. Straże miejskie mają ograniczone "
         "możliwości kontroli w godzinach wieczornych, kiedy emisja jest największa.", align="j")
    pu.p("Brakuje też współpracy międzygminnej: mieszkańcy gmin ościennych korzystają z usług punktów "
         "konsultacyjnych w miastach, ale koszty ponosi wyłącznie miasto. Kilka miast zgłosiło potrzebę wspólnego "
         "zamawiania specjalistycznych usług, np. badań próbek popiołu czy pomiarów z użyciem drona.", align="j")
    pu.h("Bariery w dostępie do wiedzy i danych", 2)
    pu.p("Miasta dysponują rosnącą ilością danych – z czujników niskokosztowych, z CEEB, z inwentaryzacji źródeł "
         "ciepła – ale nie mają narzędzi do ich łączenia i interpretacji. Dane z czujników różnych producentów nie "
         "są porównywalne, a ich publikacja na stronach miast budzi niekiedy więcej wątpliwości niż pożytku. "
         "Nauczyciele zgłaszają brak sprawdzonych materiałów dydaktycznych dostosowanych do podstawy programowej.",
         align="j")
    pu.caption("Tabela 6. Liczba miast sieci zgłaszających barierę w ankiecie (n = 10)")
    pu.table(["Bariera", "Liczba miast", "Ocena wpływu", "Poziom usunięcia"],
             [["Nieaktualne dane w CEEB", "9", "3", "krajowy"],
              ["Brak możliwości łączenia dotacji gminnych z „Czystym Powietrzem”", "8", "3", "krajowy"],
              ["Niejednolite wzory dokumentów kontroli palenisk", "7", "2", "krajowy"],
              ["Brak doradztwa energetycznego na etapie przed wnioskiem", "8", "2", "regionalny"],
              ["Nieporównywalne dane z czujników niskokosztowych", "7", "2", "krajowy"],
              ["Wzrost kosztów ogrzewania po wymianie źródła", "6", "3", "krajowy"],
              ["Brak treści o jakości powietrza w podstawie programowej", "5", "1", "krajowy"],
              ["Rozproszenie zadań w urzędzie", "6", "2", "lokalny"],
              ["Wysoki koszt specjalistycznych kontroli", "5", "2", "lokalny/ponadlokalny"],
              ["Skomplikowana procedura SCT", "4", "1", "krajowy"]])

    # ---- decoy: postulates of cities
    pu.h("Postulaty miast", 2)
    pu.p("Poniżej przedstawiono postulaty zgłoszone przez miasta w ankiecie i na warsztatach, w brzmieniu możliwie "
         "bliskim oryginalnemu. Postulaty nie są rekomendacjami Planu; część z nich została połączona, część "
         "odrzucona jako wykraczająca poza zakres sieci lub już realizowana.", align="j")
    pu.caption("Tabela 7. Postulaty zgłoszone przez miasta sieci")
    postulaty = [
        ["Rybnik", "Podniesienie maksymalnej grzywny za spalanie odpadów do 5 000 zł", "Ministerstwo Sprawiedliwości", "uwzględniony częściowo (rek. 3)"],
        ["Nowy Targ", "Automatyczna aktualizacja CEEB na podstawie protokołów kominiarskich", "GUNB", "uwzględniony (rek. 1)"],
        ["Żywiec", "Dofinansowanie przyłączy do sieci gazowej w zabudowie szeregowej", "NFOŚiGW", "odrzucony – finansowanie paliw kopalnych"],
        ["Sucha Beskidzka", "Dopłaty gminne do 100% kosztów wymiany kotła", "NFOŚiGW", "uwzględniony (rek. 2)"],
        ["Oświęcim", "Program wymiany pieców kaflowych w kamienicach komunalnych", "WFOŚiGW", "przekazany do planu działań miasta"],
        ["Wadowice", "Wspólny punkt doradztwa dla powiatu wadowickiego", "WFOŚiGW w Krakowie", "uwzględniony (rek. 4)"],
        ["Nowy Sącz", "Dodatek osłonowy dla gospodarstw po wymianie kotła", "MRPiPS", "uwzględniony (rek. 6)"],
        ["Pszczyna", "Obowiązkowy udział gmin w systemie ostrzeżeń smogowych RCB", "RCB", "odrzucony – już realizowane"],
        ["Skawina", "Otwarte API dla danych z czujników", "GIOŚ", "uwzględniony (rek. 5)"],
        ["Jasło", "Zakaz sprzedaży mułów i flotokoncentratów również w składach opałowych poza miastem", "MKiŚ", "odrzucony – uregulowane"],
        ["Rybnik", "Finansowanie etatów ekodoradców ze środków FEnIKS", "MFiPR", "przekazany do dalszych prac"],
        ["Nowy Targ", "Dopłaty do pomp ciepła w budynkach wielorodzinnych", "NFOŚiGW", "przekazany do dalszych prac"],
    ]
    pu.table(["Miasto", "Postulat", "Wskazany adresat", "Sposób rozpatrzenia"], postulaty)

    # ---- decoy: previous edition
    pu.h("Realizacja rekomendacji z I edycji Planu", 2)
    pu.p("Pierwsza edycja Planu Ulepszeń (2023 r.) zawierała osiem rekomendacji. Ich stan realizacji oceniono na "
         "podstawie odpowiedzi adresatów i informacji publicznie dostępnych. Rekomendacje te nie są powtarzane "
         "w niniejszej edycji, chyba że zostały wprost wskazane w rozdziale 3.", align="j")
    pu.caption("Tabela 8. Rekomendacje I edycji Planu Ulepszeń i stan ich realizacji")
    pu.table(["Nr", "Rekomendacja I edycji (2023)", "Adresat", "Termin", "Stan realizacji (IX 2025)"],
             [["R1", "Wprowadzenie prefinansowania w programie „Czyste Powietrze”", "NFOŚiGW", "2023 r.", "zrealizowana"],
              ["R2", "Włączenie gmin do systemu weryfikacji dochodów wnioskodawców", "MKiŚ", "2024 r.", "zrealizowana częściowo"],
              ["R3", "Ujednolicenie terminów wejścia w życie uchwał antysmogowych w regionie", "Sejmik Województwa Małopolskiego", "2024 r.", "niezrealizowana"],
              ["R4", "Szkolenia dla strażników gminnych w zakresie poboru próbek", "GIOŚ", "2023–2024", "zrealizowana"],
              ["R5", "Publikacja danych CEEB dla gmin w formacie otwartym", "GUNB", "2024 r.", "zrealizowana częściowo"],
              ["R6", "Program „Ciepłe Mieszkanie” dla budynków wielorodzinnych", "NFOŚiGW", "2023 r.", "zrealizowana"],
              ["R7", "Ulgi podatkowe dla termomodernizacji budynków wynajmowanych", "Ministerstwo Finansów", "2024 r.", "niezrealizowana"],
              ["R8", "Krajowa kampania informacyjna o skutkach zdrowotnych smogu", "Ministerstwo Zdrowia", "2023 r.", "zrealizowana"]])

    # --------------------------------------------------------------- 3 Rekomendacje
    pu.h("Rekomendacje", 1)
    pu.p("Rozdział zawiera rekomendacje przyjęte przez Komitet Sterujący sieci. Każda rekomendacja ma wskazanego "
         "adresata, rodzaj (prawna, finansowa, organizacyjna, dotycząca wiedzy i danych), termin wdrożenia oraz – "
         "tam, gdzie było to możliwe – szacunkowy koszt i miernik realizacji. Kolejność odpowiada priorytetom "
         "ustalonym na warsztacie w Żywcu 14 maja 2025 r.", align="j")
    order = rec_order()
    for i, rec in enumerate(order):
        inserted = rec is INSERTED
        if i == 8:
            # the deleted recommendation sits before the inserted one
            write_deleted(pu)
        write_rec(pu, rec, i, inserted)

    # --------------------------------------------------------------- 4 Adresaci
    pu.h("Adresaci rekomendacji", 1)
    pu.p("Rekomendacje Planu kierowane są do sześciu grup adresatów. Największa część dotyczy administracji "
         "rządowej, co odzwierciedla fakt, że kluczowe bariery leżą w przepisach krajowych i w konstrukcji programów "
         "finansowanych przez NFOŚiGW. Dwie rekomendacje miasta mogą wdrożyć samodzielnie.", align="j")
    groups = {}
    for k, rec in enumerate(order):
        for a in rec["addressee"].split(", "):
            groups.setdefault(a, []).append(str(k + 1))
    pu.caption("Tabela 9. Adresaci i przypisane im rekomendacje")
    pu.table(["Adresat", "Numery rekomendacji", "Forma przekazania"],
             [[a, ", ".join(v), "pismo Komitetu Sterującego i spotkanie robocze" if len(v) > 1 else "pismo Komitetu Sterującego"]
              for a, v in groups.items()])
    pu.p("Plan zostanie przekazany adresatom wraz z pismem przewodnim podpisanym przez burmistrza miasta wiodącego. "
         "Dla rekomendacji prawnych sieć zaproponuje adresatom gotowe brzmienie przepisów, opracowane przez eksperta "
         "sieci wspólnie z radcami prawnymi urzędów miast. Dla rekomendacji finansowych przygotowano wstępne "
         "szacunki kosztów, które wymagają weryfikacji przez adresatów.", align="j")
    pu.p("Adresaci regionalni – wojewódzkie fundusze ochrony środowiska i zarządy województw – zostaną zaproszeni do "
         "udziału w spotkaniu podsumowującym sieć. Miasta sieci zobowiązały się do wdrożenia rekomendacji 8 i 10 "
         "niezależnie od decyzji pozostałych adresatów.", align="j")

    # --------------------------------------------------------------- 5 Wdrażanie (heading wording differs from ToC)
    pu.h("Sposób wdrożenia Planu i dalsze kroki sieci", 1)
    for txt in [
        "Za koordynację wdrażania Planu odpowiada miasto wiodące (Nowy Targ) we współpracy z ekspertem sieci. "
        "Po przekazaniu Planu adresatom miasto wiodące prowadzi rejestr odpowiedzi i raz na kwartał informuje "
        "pozostałe miasta o postępach.",
        "Monitorowanie obejmuje dwa poziomy. Na poziomie rekomendacji sprawdzane jest, czy adresat podjął prace "
        "(np. skierował projekt przepisów do konsultacji, zmienił regulamin programu). Na poziomie efektów – czy "
        "w miastach sieci zmieniły się wartości mierników wskazanych przy poszczególnych rekomendacjach.",
        "Pierwszy raport z wdrażania zostanie przygotowany do 31 marca 2026 r., a raport końcowy – do 30 września "
        "2027 r. Raporty będą publikowane na stronie programu PIM i przedstawiane na spotkaniach sieci.",
    ]:
        pu.p(txt, align="j")
    pu.caption("Tabela 10. Harmonogram wdrażania Planu")
    pu.table(["Etap", "Zakres", "Termin", "Odpowiada"],
             [["1", "Przekazanie Planu adresatom", "październik 2025 r.", "Miasto Nowy Targ"],
              ["2", "Spotkania robocze z adresatami rekomendacji prawnych", "XI 2025 – II 2026", "ekspert sieci"],
              ["3", "Pierwszy raport z wdrażania", "do 31 marca 2026 r.", "Miasto Nowy Targ"],
              ["4", "Przegląd mierników w miastach sieci", "IV kw. 2026", "koordynatorzy w miastach"],
              ["5", "Raport końcowy", "do 30 września 2027 r.", "Miasto Nowy Targ, ekspert sieci"]])
    pu.p("Ryzykiem dla wdrożenia jest zmiana priorytetów adresatów w związku z nową perspektywą finansową i "
         "nowelizacją dyrektywy w sprawie jakości powietrza. Sieć będzie dążyć do tego, aby rekomendacje zostały "
         "uwzględnione w pracach nad krajowym programem ochrony powietrza.", align="j")

    # --------------------------------------------------------------- annexes (landscape section for annex 2)
    pu.page_break()
    par = pu.p("Załącznik 1. Wykaz spotkań sieci")
    par.runs[0].bold = True
    par.runs[0].font.size = Pt(13)
    pu.table(["Lp.", "Spotkanie", "Miejsce", "Data", "Liczba uczestników"],
             [["1", "Spotkanie otwierające sieć", "Nowy Targ", "15.10.2024", "31"],
              ["2", "Warsztat „Egzekwowanie uchwał antysmogowych”", "Rybnik", "21.11.2024", "26"],
              ["3", "Warsztat „Finansowanie wymiany źródeł ciepła”", "online", "16.01.2025", "38"],
              ["4", "Wizyta studyjna – ekodoradcy i dron pomiarowy", "Rybnik", "20.02.2025", "22"],
              ["5", "Warsztat „Dane i monitoring”", "Skawina", "27.03.2025", "19"],
              ["6", "Warsztat priorytetyzacji rekomendacji", "Żywiec", "14.05.2025", "29"],
              ["7", "Komitet Sterujący – projekt Planu", "online", "12.06.2025", "17"],
              ["8", "Komitet Sterujący – przyjęcie Planu", "Nowy Targ", "30.09.2025", "18"]])
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.different_first_page_header_footer = False
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    par = pu.p("Załącznik 2. Macierz rekomendacji i adresatów")
    par.runs[0].bold = True
    par.runs[0].font.size = Pt(13)
    rows = []
    for k, rec in enumerate(order):
        dl = CHANGED_DEADLINE[1] if k == CHANGED_DEADLINE[0] else rec["deadline"]
        rows.append([str(k + 1), rec["title"], rec["type_pl"], rec["addressee"], dl])
    pu.table(["Nr", "Rekomendacja", "Rodzaj", "Adresat", "Termin"], rows, widths=[1.2, 10.5, 3, 7.5, 3.5], font=9)
    sec2 = d.add_section(WD_SECTION.NEW_PAGE)
    sec2.different_first_page_header_footer = False
    sec2.orientation = WD_ORIENT.PORTRAIT
    sec2.page_width, sec2.page_height = Cm(21.0), Cm(29.7)
    pu.p("Dokument przyjęty uchwałą Komitetu Sterującego sieci nr 4/2025 z dnia 30 września 2025 r.")

    pu.write_footnotes_part()
    path = "%s/%s.docx" % (outdir, name)
    d.save(path)

    # --------------------------------------------------------------- gold
    actions = []
    for k, rec in enumerate(order):
        deadline = rec["deadline"]
        if k == CHANGED_DEADLINE[0]:
            deadline = CHANGED_DEADLINE[1]
        cost = rec["cost"] if rec["cost"] not in ("nie dotyczy", "b.d.", "do oszacowania") else None
        actions.append({
            "title": rec["title"], "theme": rec["theme"], "secondary_themes": rec["sec"],
            "responsible": True, "timeline": True, "cost": cost is not None,
            "indicator": rec["indicator"] is not None, "type": rec["type"],
            "values": {"responsible": rec["addressee"], "timeline": deadline, "cost": cost,
                       "funding": rec["funding"], "indicator": rec["indicator"]}})
    gold = {"file": name + ".docx", "document_type": "improvement_plan", "city": None, "network": "air_quality",
            "status": "final", "text_layer": True, "pages": None,
            "sections": {"introduction": "present", "diagnosis": "present", "recommendations": "present",
                         "addressees": "present", "implementation": "present"},
            "actions": actions,
            "traps": ["tracked_deletion_whole_recommendation", "tracked_insertion_new_recommendation",
                      "tracked_change_deadline_value", "comments_on_values", "content_control_placeholder_indicator",
                      "cities_postulates_table", "previous_edition_recommendations", "good_practice_frame",
                      "meeting_list_annex", "toc_heading_wording_differs", "recommendations_repeated_in_annex_matrix",
                      "cost_not_applicable_values", "auto_numbered_headings", "landscape_annex"],
            "notes": "Recommendations are Heading 2 with auto numbering (3.N) and a 2-column label/value table. "
                     "Rec. 'Zakaz sprzedaży paliw stałych…' is a whole tracked deletion (not an action); rec. 9 "
                     "(strefy czystego transportu) is a tracked insertion. Rec. 5 deadline changed IV kw. 2026 -> "
                     "III kw. 2026 via w:del/w:ins. Rec. 5 indicator is an unfilled content control (null). "
                     "'nie dotyczy'/'b.d.'/'do oszacowania' costs -> null. Chapter 5 is 'Wdrażanie i monitorowanie "
                     "Planu' in the cached ToC but 'Sposób wdrożenia Planu i dalsze kroki sieci' in the body."}
    return path, gold, pu.text_log


def write_deleted(pu):
    rec = DELETED
    pu.raw_p(dele(run_xml(rec["title"], deleted=True)),
             '<w:pStyle w:val="Heading2"/><w:rPr><w:del w:id="%d" w:author="%s" w:date="%s"/></w:rPr>' % (rid(), esc(AUTH_A), DATE))
    txt = ("Rekomendacja dotyczyła wprowadzenia zakazu sprzedaży mułów, flotokoncentratów i węgla o wysokiej "
           "zawartości popiołu gospodarstwom domowym. Adresat: %s. Rodzaj: %s. Termin: %s. Miernik: %s."
           % (rec["addressee"], rec["type_pl"], rec["deadline"], rec["indicator"]))
    pu.raw_p(dele(run_xml(txt, deleted=True)),
             '<w:jc w:val="both"/><w:rPr><w:del w:id="%d" w:author="%s" w:date="%s"/></w:rPr>' % (rid(), esc(AUTH_A), DATE))


def write_rec(pu, rec, idx, inserted):
    d = pu.doc
    ia = AUTH_B
    if inserted:
        pu.raw_p(ins(run_xml(rec["title"])),
                 '<w:pStyle w:val="Heading2"/><w:rPr><w:ins w:id="%d" w:author="%s" w:date="%s"/></w:rPr>' % (rid(), esc(ia), DATE))
        pu.log(rec["title"])
    else:
        pu.h(rec["title"], 2)
    rows = [("Adresat", rec["addressee"]), ("Rodzaj rekomendacji", rec["type_pl"]),
            ("Termin wdrożenia", rec["deadline"]), ("Szacowany koszt", rec["cost"]),
            ("Źródło finansowania", rec["funding"] or "—"), ("Miernik realizacji", rec["indicator"])]
    t = d.add_table(rows=0, cols=2)
    t.style = d.styles["Table Grid"]
    for label, val in rows:
        r = t.add_row()
        if inserted:
            r._tr.get_or_add_trPr().append(parse_xml('<w:ins %s w:id="%d" w:author="%s" w:date="%s"/>' % (WNS, rid(), esc(ia), DATE)))
        c0, c1 = r.cells
        c0.width, c1.width = Cm(4.5), Cm(11.9)
        c0._tc.get_or_add_tcPr().append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="EAF2EE"/>' % WNS))
        p0 = c0.paragraphs[0]._p
        p1 = c1.paragraphs[0]._p
        if inserted:
            p0.append(parse_xml('<w:ins %s w:id="%d" w:author="%s" w:date="%s">%s</w:ins>' % (WNS, rid(), esc(ia), DATE, run_xml(label, bold=True, sz=20))))
        else:
            p0.append(parse_xml(run_xml(label, bold=True, sz=20).replace("<w:r>", "<w:r %s>" % WNS, 1)))
        pu.log(label)
        if label == "Termin wdrożenia" and idx == CHANGED_DEADLINE[0]:
            p1.append(parse_xml('<w:del %s w:id="%d" w:author="%s" w:date="%s">%s</w:del>' % (WNS, rid(), esc(AUTH_A), DATE, run_xml(val, deleted=True, sz=20))))
            p1.append(parse_xml('<w:ins %s w:id="%d" w:author="%s" w:date="%s">%s</w:ins>' % (WNS, rid(), esc(AUTH_A), DATE, run_xml(CHANGED_DEADLINE[1], sz=20))))
            pu.log(CHANGED_DEADLINE[1])
            continue
        if val is None:
            # unfilled content control
            p1.append(parse_xml(
                '<w:sdt %s><w:sdtPr><w:alias w:val="Miernik realizacji"/><w:tag w:val="miernik"/><w:id w:val="%d"/>'
                '<w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:color w:val="808080"/><w:sz w:val="20"/></w:rPr>'
                '<w:t>Kliknij lub naciśnij tutaj, aby wprowadzić tekst.</w:t></w:r></w:sdtContent></w:sdt>' % (WNS, 7000 + idx)))
            continue
        if inserted:
            p1.append(parse_xml('<w:ins %s w:id="%d" w:author="%s" w:date="%s">%s</w:ins>' % (WNS, rid(), esc(ia), DATE, run_xml(val, sz=20))))
        elif label == "Adresat":
            # filled content control
            p1.append(parse_xml(
                '<w:sdt %s><w:sdtPr><w:alias w:val="Adresat"/><w:tag w:val="adresat"/><w:id w:val="%d"/><w:text/></w:sdtPr>'
                '<w:sdtContent>%s</w:sdtContent></w:sdt>' % (WNS, 8000 + idx, run_xml(val, sz=20))))
        else:
            p1.append(parse_xml(run_xml(val, sz=20).replace("<w:r>", "<w:r %s>" % WNS, 1)))
        pu.log(val)
    # comments on some values
    if idx in (1, 5, 9):
        cell = t.rows[3].cells[1]
        runs = cell.paragraphs[0].runs
        if runs:
            msg = {1: "Szacunek NFOŚiGW może być niższy – do weryfikacji po naborze 2026.",
                   5: "Koszt zależy od progu dochodowego; MRPiPS prosi o warianty.",
                   9: "Kwota uzgodniona z ZMP na spotkaniu 14.05."}[idx]
            d.add_comment(runs, text=msg, author="Jan Mikołajczyk (UM Rybnik)", initials="JM")
    d.add_paragraph()
    pu.p("Uzasadnienie", bold_lead=None).runs[0].bold = True
    for w in rec["why"]:
        if inserted:
            pu.raw_p(ins(run_xml(w)), '<w:jc w:val="both"/>')
            pu.log(w)
        else:
            pu.p(w, align="j")
    if not inserted:
        pu.p("Powiązane bariery: " + {
            "legal": "bariery prawne opisane w podrozdziale 2.2.",
            "financial": "bariery finansowe opisane w podrozdziale 2.3.",
            "organisational": "bariery organizacyjne i kadrowe opisane w podrozdziale 2.4.",
            "knowledge": "bariery w dostępie do wiedzy i danych opisane w podrozdziale 2.5."}[rec["type"]], align="j")
