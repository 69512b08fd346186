"""MID Mielec – sieć Jakość powietrza, PROJEKT (wersja do konsultacji), formularz DOCX.

Word features: heading styles with multi-level numbering from numbering.xml (numbers not in
text), TOC field with cached entries (one entry – "Harmonogram realizacji" – has no body),
action cards built from content controls (w:sdt plain/rich text, placeholders with
w:showingPlcHdr), tracked changes (a whole card deleted, a card inserted, a cost changed),
comments, a DrawingML text box, footnotes, header strip and "Strona N z M" footer.
"""
import os
import re
import shutil

from ooxml import Doc, PLACEHOLDER
import common

FILE = "MID_Mielec_powietrze_formularz.docx"
CITY = "Mielec"

A_WOS = "Anna Kozioł (WOŚ)"
A_MZK = "Marek Dudek"
A_SEK = "Katarzyna Pietras – Sekretariat PIM"

# value None -> control left with the placeholder (= not stated)
# ("chg", old, new) -> tracked change inside the field: old deleted, new inserted
# ("cmt", value, comment) -> value with a comment
CARDS = [
    dict(n=1, title="Program dopłat do wymiany kotłów pozaklasowych „Mielec bez kopciucha”",
         theme="low_emission", secondary=[],
         cs="Cel szczegółowy 1", responsible="Wydział Ochrony Środowiska Urzędu Miejskiego w Mielcu",
         partners="WFOŚiGW w Rzeszowie, MPEC Mielec",
         desc=["Dotacje celowe dla właścicieli budynków jednorodzinnych i lokali na wymianę kotłów "
               "na paliwo stałe niespełniających wymagań klasy 5 na: przyłącze do sieci ciepłowniczej, "
               "pompę ciepła lub kocioł gazowy kondensacyjny. Dopłata do 70% kosztów kwalifikowanych, "
               "nie więcej niż 12 000 zł na budynek; dodatkowe 3 000 zł dla gospodarstw uprawnionych do "
               "podwyższonego poziomu dofinansowania w programie „Czyste Powietrze”."],
         timeline="2025–2028",
         cost=("chg", "1 200 000 zł", "1,6 mln zł"),
         funding="budżet Gminy Miejskiej Mielec, WFOŚiGW w Rzeszowie (pożyczka)",
         indicator="320 zlikwidowanych kotłów pozaklasowych"),
    dict(n=2, title="Rozbudowa sieci ciepłowniczej na osiedlu Smoczka wraz z przyłączami do budynków jednorodzinnych",
         theme="low_emission", secondary=[],
         cs="Cel szczegółowy 1", responsible="Miejskie Przedsiębiorstwo Energetyki Cieplnej w Mielcu Sp. z o.o.",
         partners="Wydział Planowania Przestrzennego UM, Miejski Zarząd Dróg i Zieleni",
         desc=["Budowa ok. 2,8 km sieci preizolowanej w ulicach osiedla Smoczka oraz przyłączy do "
               "budynków, których właściciele złożyli deklaracje przyłączenia (stan na styczeń 2025 r.: "
               "41 deklaracji). Koordynacja z programem dopłat (karta nr 1) – przyłącze jest kosztem "
               "kwalifikowanym dotacji."],
         timeline="II kw. 2025 – IV kw. 2027",
         cost="7,4 mln zł",
         funding="FEnIKS 2021–2027 (efektywne systemy ciepłownicze), środki własne MPEC",
         indicator="2,8 km sieci i 64 budynki przyłączone"),
    dict(n=3, title="Termomodernizacja budynków komunalnych przy ul. Kościuszki i ul. Sienkiewicza z likwidacją pieców węglowych",
         theme="low_emission", secondary=[],
         cs="Cel szczegółowy 1", responsible="Miejski Zarząd Budynków w Mielcu",
         partners=None,
         desc=["Docieplenie ścian i stropodachów, wymiana stolarki, podłączenie sześciu budynków "
               "do sieci ciepłowniczej i budowa instalacji c.o. oraz c.w.u. w lokalach ogrzewanych "
               "dotąd piecami kaflowymi."],
         timeline="III kw. 2025 – IV kw. 2026",
         cost="3 450 tys. zł",
         funding="FE Podkarpackie 2021–2027 (Działanie 2.1), budżet Gminy Miejskiej Mielec",
         indicator="142 lokale odłączone od pieców węglowych"),
    dict(n=4, title="Ekodoradca i punkt obsługi programu „Czyste Powietrze”",
         theme="eco_awareness", secondary=["low_emission"],
         cs="Cel szczegółowy 2", responsible="Wydział Ochrony Środowiska Urzędu Miejskiego w Mielcu",
         partners="WFOŚiGW w Rzeszowie",
         desc=["Zatrudnienie ekodoradcy, który w sezonie grzewczym prowadzi dyżury w Urzędzie i na "
               "osiedlach, pomaga wypełniać wnioski do programów dotacyjnych, przeprowadza wizyty "
               "w domach i prowadzi bazę budynków wymagających wymiany źródła ciepła."],
         timeline="sezony grzewcze 2025/2026–2027/2028",
         cost=("cmt", "90 000 zł na sezon grzewczy",
               "Czy kwota obejmuje tylko wynagrodzenie, czy też materiały i dojazdy? Proszę o doprecyzowanie przed konsultacjami. – Skarbnik"),
         funding=None,
         indicator="600 porad udzielonych w sezonie grzewczym"),
    dict(n=5, deleted=True, title="Bezpłatna komunikacja miejska w dniach z przekroczeniem poziomu informowania",
         theme="public_transport", secondary=[],
         cs="Cel szczegółowy 3", responsible="Miejski Zakład Komunikacji Sp. z o.o. w Mielcu",
         partners="Wydział Ochrony Środowiska UM",
         desc=["Zawieszenie opłat za przejazdy liniami MZK w dniach, w których stężenie PM10 "
               "przekracza 100 µg/m³ (poziom informowania), ogłaszane komunikatem do godz. 6:00."],
         timeline="od sezonu grzewczego 2025/2026",
         cost="ok. 35 000 zł za dzień",
         funding="budżet Gminy Miejskiej Mielec",
         indicator="wzrost liczby pasażerów w dniach smogowych o 15%"),
    dict(n=6, title="Zakup autobusów elektrycznych i budowa stacji ładowania w zajezdni MZK",
         theme="public_transport", secondary=[],
         cs="Cel szczegółowy 3", responsible="Miejski Zakład Komunikacji Sp. z o.o. w Mielcu",
         partners="Gmina Miejska Mielec",
         desc=["Zakup 8 autobusów elektrycznych klasy MAXI i budowa 4 ładowarek plug-in w zajezdni "
               "przy ul. Wolności oraz pantografu na pętli przy dworcu autobusowym. Zastąpienie "
               "najstarszych pojazdów z silnikami Euro III."],
         timeline="2026–2027",
         cost="18,9 mln zł",
         funding="FEnIKS 2021–2027 (transport miejski), NFOŚiGW – program „Zielony transport publiczny”",
         indicator=None),
    dict(n=7, title="Trasa rowerowa Borek – Centrum – Strefa Ekonomiczna EURO-PARK",
         theme="cycling", secondary=[],
         cs="Cel szczegółowy 3", responsible="Miejski Zarząd Dróg i Zieleni w Mielcu",
         partners="Agencja Rozwoju Przemysłu S.A. – Oddział w Mielcu",
         desc=["Budowa brakujących odcinków drogi dla rowerów wzdłuż ul. Wojska Polskiego "
               "i ul. Wolności, tak aby pracownicy strefy ekonomicznej mogli dojechać rowerem "
               "z osiedli Borek i Kilińskiego bez korzystania z jezdni; parkingi rowerowe "
               "przy bramach zakładów."],
         timeline="do końca 2027 r.",
         cost=None,
         funding=None,
         indicator="4,6 km drogi dla rowerów"),
    dict(n=8, title="Kontrole palenisk z wykorzystaniem drona pomiarowego",
         theme="low_emission", secondary=["eco_awareness"],
         cs="Cel szczegółowy 2", responsible="Straż Miejska w Mielcu",
         partners="Wydział Ochrony Środowiska UM",
         desc=["Planowe i interwencyjne kontrole przestrzegania uchwały antysmogowej, w tym pobór "
               "próbek popiołu i pomiary dronem w rejonach zabudowy jednorodzinnej. Wyniki kontroli "
               "przekazywane ekodoradcy w celu zaoferowania właścicielom wsparcia."],
         timeline="każdy sezon grzewczy od 2025/2026",
         cost="45 000 zł",
         funding="budżet Gminy Miejskiej Mielec",
         indicator="400 kontroli rocznie"),
    dict(n=9, title="Kampania edukacyjna „Mielec oddycha” w szkołach i przedszkolach",
         theme="eco_awareness", secondary=[],
         cs="Cel szczegółowy 2", responsible="Wydział Oświaty i Spraw Społecznych Urzędu Miejskiego w Mielcu",
         partners="Sanepid w Mielcu, szkoły podstawowe",
         desc=["Cykl lekcji o wpływie zanieczyszczeń powietrza na zdrowie, konkurs plastyczny, "
               "„smogowe flagi” w przedszkolach (codzienna informacja o jakości powietrza) oraz "
               "spotkania z rodzicami w okresie przed sezonem grzewczym."],
         timeline="IX 2025 – VI 2027",
         cost="b.d.",
         funding="budżet Gminy Miejskiej Mielec",
         indicator="24 placówki objęte kampanią"),
    dict(n=10, inserted=True, title="Sieć czujników jakości powietrza przy szkołach i powiadomienia SMS dla mieszkańców",
         theme="eco_awareness", secondary=[],
         cs="Cel szczegółowy 2", responsible="Biuro Zarządzania Kryzysowego Urzędu Miejskiego w Mielcu",
         partners="Wydział Oświaty i Spraw Społecznych UM",
         desc=["Montaż 20 niskokosztowych czujników PM2,5/PM10 na budynkach szkół i przedszkoli, "
               "publikacja odczytów na stronie miasta oraz automatyczne powiadomienia SMS "
               "o przekroczeniach dla zapisanych mieszkańców."],
         timeline="I kw. 2026",
         cost="68 000 zł",
         funding="budżet Gminy Miejskiej Mielec",
         indicator="20 czujników PM2,5/PM10"),
    dict(n=11, empty=True),
    dict(n=12, empty=True, name_hint=True),
]

TOC_ENTRIES = [
    (1, "1.", "Streszczenie"), (1, "2.", "Diagnoza stanu jakości powietrza w Mielcu"),
    (2, "2.1.", "Stężenia zanieczyszczeń w latach 2019–2023"),
    (2, "2.2.", "Wpływ zanieczyszczeń na zdrowie mieszkańców"), (2, "2.3.", "Źródła emisji"),
    (2, "2.4.", "Zaopatrzenie w ciepło"), (2, "2.5.", "Transport i mobilność"),
    (2, "2.6.", "Dotychczasowe działania miasta"), (2, "2.7.", "Analiza SWOT"),
    (1, "3.", "Cele Miejskiej Inicjatywy Działania"), (1, "4.", "Karty działań"),
    (1, "5.", "Harmonogram realizacji"), (1, "6.", "Budżet i źródła finansowania"),
    (1, "7.", "Lokalne Partnerstwo i interesariusze"), (2, "7.1.", "Plan konsultacji społecznych"),
    (1, "8.", "Monitoring i wskaźniki"), (1, "9.", "Ryzyka i sposoby przeciwdziałania"),
    (1, "", "Załącznik nr 1 – Formularz sprawozdania z realizacji MID"),
]
REMOVED = "Harmonogram realizacji"  # in the (stale) TOC, not in the body

ACTIONS = [c for c in CARDS if not c.get("empty") and not c.get("deleted")]


def final_value(v):
    if v is None:
        return None
    if isinstance(v, tuple):
        if v[0] == "chg":
            return v[2]
        if v[0] == "cmt":
            return v[1]
    return v


class Builder:
    def __init__(self, toc_pages=None):
        self.toc_pages = toc_pages or {}
        d = Doc(font="Arial", size=21, title="MID Mielec – projekt", author="Anna Kozioł",
                created="2025-03-03T08:30:00Z")
        d.heading_num = True
        d.track_revisions = True
        self.d = d
        self.tab_no = 0
        # header strip: 2-cell table
        hdr_tbl = d.table([1500, 8128], [[
            d.cell([d.p(d.r("PIM", b=True, sz=22, color="FFFFFF"), align="center", after=0)], 1500, shade="2E5C8A", valign="center"),
            d.cell([d.p(d.r("Miejska Inicjatywa Działania – Gmina Miejska Mielec  |  sieć: Jakość powietrza", sz=16, color="2E5C8A")
                        + d.r("    PROJEKT", b=True, sz=16, color="C00000"), align="left", after=0)], 8128,
                   shade="DCE6F1", valign="center")]], borders=False, cant_split=False)
        d.add_header("hdr1", hdr_tbl + d.p("", after=0))
        d.add_header("hdr0", d.p(""))
        d.add_footer("ftr1", d.p(d.r("Strona ") + d.field("PAGE", "1") + d.r(" z ") + d.field("NUMPAGES", "1"),
                                 align="center", after=0))
        d.add_footer("ftr0", d.p(""))

    # helpers ------------------------------------------------------------------------------
    def rich(self, text, **kw):
        d = self.d
        out = []
        pos = 0
        for m in re.finditer(r"\[\[fn:(.*?)\]\]|\*\*(.*?)\*\*", text):
            if m.start() > pos:
                out.append(d.r(text[pos:m.start()], **kw))
            if m.group(1) is not None:
                out.append(d.fn(m.group(1)))
            else:
                out.append(d.r(m.group(2), b=True, **kw))
            pos = m.end()
        if pos < len(text):
            out.append(d.r(text[pos:], **kw))
        return "".join(out)

    def P(self, text, **kw):
        self.d.add(self.d.p(self.rich(text), **kw))

    def H(self, level, text, **kw):
        self.d.add(self.d.p(self.d.r(text), style=f"Heading{level}", **kw))

    def bullets(self, items):
        for it in items:
            self.d.add(self.d.p(self.rich(it), style="ListParagraph", num=(2, 0), after=40))

    def caption(self, text):
        self.tab_no += 1
        d = self.d
        d.add(d.p(d.r(f"Tab. {self.tab_no}. {text}"), style="Caption"))

    def note(self, text):
        d = self.d
        d.add(d.p(d.r(text, i=True, sz=17), after=200, align="left"))

    def table(self, header, rows, widths, fill="DCE6F1", sz=18, first_bold=False):
        d = self.d

        def c(t, w, f=None, b=False, al="left"):
            return d.cell([d.p(d.r(t, b=b, sz=sz), after=10, before=10, align=al)], w, shade=f)
        trs = [[c(h, w, fill, True, "center") for h, w in zip(header, widths)]]
        for row in rows:
            trs.append([c(t, w, b=first_bold and k == 0) for k, (t, w) in enumerate(zip(row, widths))])
        d.add(d.table(widths, trs, header_rows=1))

    # ---------------------------------------------------------------------------------------
    def build(self):
        self.cover()
        self.toc()
        self.ch_summary()
        self.ch_diagnosis()
        self.ch_objectives()
        self.ch_actions()
        # chapter "Harmonogram realizacji" listed in the TOC was removed from the body
        self.ch_budget()
        self.ch_partnership()
        self.ch_monitoring()
        self.ch_risks()
        self.annex_report_form()
        return self.d

    def cover(self):
        d = self.d
        d.add(d.p(d.r("PROJEKT – wersja do konsultacji", b=True, sz=24, color="C00000"), align="right", after=1600))
        d.add(d.p(d.r("GMINA MIEJSKA MIELEC", b=True, sz=30, color="2E5C8A"), align="left", after=100))
        d.add(d.p(d.r("Urząd Miejski w Mielcu", sz=22), align="left", after=1400))
        d.add(d.p(d.r("Miejska Inicjatywa Działania", b=True, sz=48, color="1F3864"), align="left", after=100))
        d.add(d.p(d.r("na rzecz poprawy jakości powietrza", b=True, sz=32, color="1F3864"), align="left", after=300))
        d.add(d.p(d.r("„Czyste powietrze nad Wisłoką”", i=True, sz=30, color="2E5C8A"), align="left", after=1600))
        d.add(d.p(d.r("Partnerska Inicjatywa Miast | sieć tematyczna: Jakość powietrza", sz=20), align="left", after=60))
        d.add(d.p(d.r("Dokument przygotowany na formularzu programu (wzór DOCX, wersja 2.1)", sz=20), align="left", after=60))
        d.add(d.p(d.r("Wersja robocza z dnia 3 marca 2025 r. – do uzgodnień z Lokalnym Partnerstwem", sz=20),
                  align="left", after=0))
        d.add(d.section_break(header="hdr1", footer="ftr1", first_header="hdr0", first_footer="ftr0", title_pg=True))

    def toc(self):
        d = self.d
        d.add(d.p(d.r("Spis treści"), style="TOCHeading"))
        entries = [(lvl, num, txt, self.toc_pages.get(txt, 1)) for lvl, num, txt in TOC_ENTRIES]
        for k, (lvl, num, txt, pg) in enumerate(entries):
            runs = ""
            if k == 0:
                runs += ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                         '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                         '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
            label = f"{num} {txt}" if num else txt
            runs += d.r(label) + d.tab() + d.r(str(pg))
            if k == len(entries) - 1:
                runs += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            d.add(d.p(runs, style=f"TOC{lvl}"))
        d.add(d.p("", after=200))
        d.add(d.p(d.r("Wykaz skrótów", b=True, sz=22), after=100, keep_next=True))
        ab = [("B(a)P", "benzo(a)piren"), ("CEEB", "Centralna Ewidencja Emisyjności Budynków"),
              ("FEnIKS", "Fundusze Europejskie na Infrastrukturę, Klimat, Środowisko 2021–2027"),
              ("FEP", "Fundusze Europejskie dla Podkarpacia 2021–2027"),
              ("GIOŚ", "Główny Inspektorat Ochrony Środowiska"), ("LP", "Lokalne Partnerstwo"),
              ("MPEC", "Miejskie Przedsiębiorstwo Energetyki Cieplnej w Mielcu Sp. z o.o."),
              ("MZK", "Miejski Zakład Komunikacji Sp. z o.o. w Mielcu"),
              ("MZDiZ", "Miejski Zarząd Dróg i Zieleni w Mielcu"),
              ("NFOŚiGW", "Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej"),
              ("POP", "Program ochrony powietrza dla strefy podkarpackiej"),
              ("SSE", "Specjalna Strefa Ekonomiczna EURO-PARK MIELEC"),
              ("UM", "Urząd Miejski w Mielcu"), ("WOŚ", "Wydział Ochrony Środowiska UM"),
              ("WFOŚiGW", "Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Rzeszowie")]
        for a, b in ab:
            d.add(d.p(d.r(a, b=True, sz=18) + d.tab() + d.r("– " + b, sz=18), after=0, align="left",
                      tabs=[("left", "none", 1300)]))

    def ch_summary(self):
        self.H(1, "Streszczenie", page_break_before=True)
        self.P("Mielec należy do miast, w których mimo wyraźnej poprawy w ostatnich pięciu latach nadal "
               "notowane są przekroczenia dopuszczalnej liczby dni ze stężeniem dobowym pyłu PM10 powyżej "
               "50 µg/m³ oraz wielokrotne przekroczenia poziomu docelowego benzo(a)pirenu. Głównym źródłem "
               "problemu jest ogrzewanie budynków jednorodzinnych paliwami stałymi w starszych dzielnicach "
               "(Smoczka, Wojsław, Rzochów, część Borku), a w mniejszym stopniu – transport drogowy.")
        self.P("Niniejszy projekt MID zawiera:")
        self.bullets([
            "diagnozę opartą na danych stacji pomiarowej GIOŚ, CEEB i inwentaryzacji MPEC,",
            "cel główny i trzy cele szczegółowe,",
            "karty działań wypełnione na formularzu programu PIM (rozdział 4),",
            "budżet, opis Lokalnego Partnerstwa, system monitoringu i analizę ryzyk.",
        ])
        self.P("W obecnej wersji ujęto dziewięć działań o łącznej szacunkowej wartości ok. 31,7 mln zł "
               "(bez działań, których koszt nie został jeszcze ustalony). Największe pozycje to zakup "
               "autobusów elektrycznych oraz rozbudowa sieci ciepłowniczej na osiedlu Smoczka. Dokument "
               "będzie przedmiotem konsultacji społecznych w kwietniu 2025 r.; po ich zakończeniu zostanie "
               "uzupełniony i przedłożony Prezydentowi Miasta.")

    def ch_diagnosis(self):
        d = self.d
        self.H(1, "Diagnoza stanu jakości powietrza w Mielcu", page_break_before=True)
        self.P("Mielec (58,4 tys. mieszkańców, 46,9 km²) jest ośrodkiem przemysłowym północnej części "
               "województwa podkarpackiego. W granicach miasta i w jego sąsiedztwie działa Specjalna Strefa "
               "Ekonomiczna EURO-PARK MIELEC, w której zatrudnienie znajduje ponad 25 tys. osób. Miasto leży "
               "w dolinie Wisłoki, na wysokości ok. 180–200 m n.p.m.; w okresie zimowym częste są tu "
               "inwersje temperatury i dni bezwietrzne, sprzyjające kumulacji zanieczyszczeń przy powierzchni ziemi.")
        self.H(2, "Stężenia zanieczyszczeń w latach 2019–2023")
        self.P("Pomiary prowadzone są na stacji automatycznej GIOŚ zlokalizowanej w centralnej części "
               "miasta.[[fn:Dane z bazy „Bank danych pomiarowych” GIOŚ; wartości średnioroczne dla stacji w Mielcu, zestawienie robocze WOŚ z lutego 2025 r.]] "
               "Poniższe zestawienie pokazuje systematyczny spadek stężeń pyłów, przy jednoczesnym utrzymywaniu "
               "się wysokich stężeń benzo(a)pirenu, którego średnioroczny poziom docelowy (1 ng/m³) "
               "przekraczany jest blisko trzykrotnie.")
        self.caption("Stężenia zanieczyszczeń na stacji pomiarowej w Mielcu")
        self.table(["Parametr", "2019", "2020", "2021", "2022", "2023", "Norma"], [
            ["PM10 – średnia roczna [µg/m³]", "31", "27", "28", "25", "23", "40"],
            ["PM10 – dni > 50 µg/m³", "38", "24", "29", "21", "18", "35"],
            ["PM2,5 – średnia roczna [µg/m³]", "24", "20", "21", "19", "18", "20"],
            ["B(a)P – średnia roczna [ng/m³]", "4,1", "3,4", "3,6", "3,0", "2,8", "1"],
            ["NO₂ – średnia roczna [µg/m³]", "19", "16", "17", "17", "16", "40"],
        ], [3000, 900, 900, 900, 900, 900, 1100], first_bold=True)
        self.note("Źródło: GIOŚ, opracowanie WOŚ UM w Mielcu. Norma dla PM2,5 – poziom dopuszczalny obowiązujący od 2020 r.")
        self.P("Rozkład sezonowy stężeń jest charakterystyczny dla miast, w których dominuje niska emisja "
               "z sektora bytowego: w miesiącach od listopada do lutego stężenia PM10 są 2,5–3 razy wyższe niż "
               "latem, a najwyższe wartości godzinowe notowane są wieczorem, między 18:00 a 22:00. W styczniu "
               "2024 r. w ciągu jednej doby średnie stężenie PM10 osiągnęło 142 µg/m³, co skutkowało "
               "ogłoszeniem poziomu informowania.")
        self.P("Wyniki modelowania zawarte w Programie ochrony powietrza dla strefy podkarpackiej wskazują, "
               "że obszar przekroczeń B(a)P obejmuje niemal całe miasto, a przekroczenia dobowe PM10 – "
               "przede wszystkim dzielnice z przewagą zabudowy jednorodzinnej.[[fn:Program ochrony powietrza dla strefy podkarpackiej – uchwała Sejmiku Województwa Podkarpackiego; w dokumencie odwołano się do wersji aktualizowanej w 2020 r.]] "
               "Szacuje się, że w strefie przekroczeń mieszka ok. 21 tys. osób.")

        self.H(2, "Wpływ zanieczyszczeń na zdrowie mieszkańców")
        self.P("Pył zawieszony i wielopierścieniowe węglowodory aromatyczne, do których należy "
               "benzo(a)piren, należą do najlepiej udokumentowanych środowiskowych czynników ryzyka "
               "chorób układu oddechowego i krążenia. Dane Powiatowej Stacji Sanitarno-Epidemiologicznej "
               "oraz NFZ dla powiatu mieleckiego pokazują wyraźną sezonowość zgłoszeń: w miesiącach "
               "zimowych liczba porad w poradniach pulmonologicznych i alergologicznych jest o ok. 35% "
               "wyższa niż w miesiącach letnich.[[fn:Zestawienie przekazane przez PSSE w Mielcu na potrzeby MID (pismo z 14 stycznia 2025 r.); dane obejmują cały powiat mielecki i nie pozwalają na wyodrębnienie mieszkańców miasta.]]")
        self.caption("Wybrane wskaźniki zdrowotne – powiat mielecki")
        self.table(["Wskaźnik", "2019", "2021", "2023", "Województwo 2023"], [
            ["Hospitalizacje z powodu POChP na 10 tys. mieszk.", "27,4", "22,1", "25,8", "21,6"],
            ["Hospitalizacje z powodu astmy u dzieci na 10 tys. dzieci", "14,9", "10,2", "13,7", "11,4"],
            ["Zgony z powodu chorób układu krążenia na 100 tys. mieszk.", "412", "468", "421", "405"],
            ["Porady alergologiczne (XI–II) na 1 000 mieszk.", "96", "81", "104", "88"],
        ], [4600, 1150, 1150, 1150, 1578], first_bold=True)
        self.note("Źródło: PSSE w Mielcu, NFZ – Podkarpacki OW, GUS. Dane z 2021 r. zaburzone przez pandemię COVID-19.")
        self.P("Choć na podstawie danych powiatowych nie można przypisać nadwyżki zachorowań wyłącznie "
               "jakości powietrza, wskaźniki hospitalizacji z powodu POChP i astmy dziecięcej utrzymują się "
               "powyżej średniej wojewódzkiej. Według szacunków Europejskiej Agencji Środowiska narażenie "
               "na PM2,5 na poziomie notowanym w Mielcu skraca przeciętne dalsze trwanie życia o kilka "
               "miesięcy, a najbardziej narażone są dzieci, osoby starsze i chorujące przewlekle.")
        self.P("W badaniu ankietowym przeprowadzonym przez WOŚ w grudniu 2024 r. (n = 612) 58% respondentów "
               "uznało smog za poważny problem Mielca, a 31% przyznało, że w dni o złej jakości powietrza "
               "ogranicza wychodzenie z domu z dziećmi. Jednocześnie tylko 22% wiedziało, gdzie sprawdzić "
               "bieżące odczyty stacji pomiarowej, co uzasadnia działania informacyjne ujęte w celu "
               "szczegółowym 2.")

        d.add(d.textbox_para([
            d.p(d.r("Ramka 1. Czym jest niska emisja?", b=True, color="1F3864"), after=80, align="left"),
            d.p(d.r("Niską emisją nazywamy zanieczyszczenia wprowadzane do powietrza przez źródła położone "
                    "nisko – na wysokości do ok. 40 m: kominy domów jednorodzinnych, małych kotłowni i "
                    "warsztatów, a także rury wydechowe samochodów. Dym z takich źródeł nie rozprasza się, "
                    "lecz zalega w miejscu, w którym oddychamy.", sz=19), after=80),
            d.p(d.r("W Mielcu za ok. 70% stężeń pyłu w sezonie grzewczym odpowiadają domowe paleniska, "
                    "w których spala się węgiel niskiej jakości, a czasem także odpady. Jeden stary kocioł "
                    "„kopciuch” emituje w ciągu sezonu tyle pyłu, co kilkaset nowoczesnych samochodów.", sz=19),
                after=0),
        ], width_cm=16.0, height_cm=5.6, name="Ramka 1"))

        self.H(2, "Źródła emisji")
        self.P("Inwentaryzacja emisji wykonana na potrzeby MID opiera się na danych CEEB, ewidencji MPEC, "
               "ankietyzacji budynków z 2021 r. oraz pomiarach natężenia ruchu MZDiZ. Udział poszczególnych "
               "sektorów w emisji pyłu PM10 przedstawia tabela 2.")
        self.caption("Struktura emisji PM10 i B(a)P w Mielcu według sektorów (2023)")
        self.table(["Sektor", "PM10 [Mg/rok]", "Udział PM10", "B(a)P [kg/rok]", "Udział B(a)P"], [
            ["Ogrzewanie indywidualne (paliwa stałe)", "118,4", "61%", "61,2", "88%"],
            ["Transport drogowy (spaliny i ścieranie)", "34,7", "18%", "2,4", "3%"],
            ["Przemysł i energetyka", "27,3", "14%", "4,9", "7%"],
            ["Pozostałe (rolnictwo, pylenie wtórne)", "13,6", "7%", "1,4", "2%"],
            ["Razem", "194,0", "100%", "69,9", "100%"],
        ], [3600, 1500, 1400, 1600, 1500], first_bold=True)
        self.note("Źródło: inwentaryzacja emisji WOŚ na podstawie CEEB (stan na 31.12.2023 r.) i danych MZDiZ.")
        self.P("Przewaga sektora bytowego w emisji B(a)P jest wyraźniejsza niż w przypadku pyłu, ponieważ "
               "benzo(a)piren powstaje głównie przy niepełnym spalaniu węgla i drewna w niskiej temperaturze – "
               "typowym dla kotłów zasypowych starej generacji. Emisja z przemysłu, choć istotna w liczbach "
               "bezwzględnych, pochodzi z wysokich emitorów i w mniejszym stopniu wpływa na stężenia "
               "notowane w dzielnicach mieszkaniowych.")
        self.H(2, "Zaopatrzenie w ciepło")
        self.P("Mielec ma dobrze rozwiniętą sieć ciepłowniczą, która zaopatruje ok. 71% lokali mieszkalnych – "
               "niemal całą zabudowę wielorodzinną osiedli Kilińskiego, Dziubków, Lotników, Szafera i Cyranka. "
               "Problem koncentruje się w zabudowie jednorodzinnej i w starych kamienicach śródmieścia. "
               "Według CEEB w mieście zgłoszono 3 142 źródła ciepła na paliwo stałe, z czego 1 266 "
               "to kotły bez klasy lub klasy 3 i niższej, które zgodnie z uchwałą antysmogową powinny "
               "zostać wymienione.[[fn:Uchwała Sejmiku Województwa Podkarpackiego w sprawie wprowadzenia na obszarze województwa podkarpackiego ograniczeń i zakazów w zakresie eksploatacji instalacji, w których następuje spalanie paliw (tzw. uchwała antysmogowa), z późniejszymi zmianami.]]")
        self.caption("Źródła ciepła na paliwo stałe według dzielnic (CEEB)")
        self.table(["Dzielnica / osiedle", "Budynki jednorodzinne", "Kotły na paliwo stałe", "w tym pozaklasowe", "Dostęp do sieci c.o."], [
            ["Smoczka", "1 184", "742", "318", "częściowy"],
            ["Wojsław", "1 032", "681", "287", "brak"],
            ["Rzochów", "871", "544", "236", "brak"],
            ["Borek", "764", "412", "151", "częściowy"],
            ["Śródmieście i Kościuszki", "388", "329", "142", "pełny"],
            ["Pozostałe", "1 102", "434", "132", "zróżnicowany"],
            ["Razem", "5 341", "3 142", "1 266", "—"],
        ], [2600, 1700, 1700, 1700, 1900], first_bold=True)
        self.note("Źródło: CEEB (wyciąg z lutego 2025 r.), MPEC Mielec.")
        self.P("W latach 2019–2024 mieszkańcy Mielca złożyli 1 038 wniosków w programie „Czyste Powietrze”, "
               "z czego 812 zakończyło się podpisaniem umowy. Tempo wymiany jest jednak niewystarczające: "
               "przy obecnej dynamice (ok. 150 kotłów rocznie) wymiana wszystkich kotłów pozaklasowych "
               "zajęłaby ponad osiem lat. Bariery zgłaszane przez mieszkańców to przede wszystkim koszty "
               "eksploatacji nowych źródeł, skomplikowane procedury i brak wkładu własnego u osób starszych.")
        self.H(2, "Transport i mobilność")
        self.P("Przez Mielec przebiegają droga krajowa nr 9 (obwodnica) oraz drogi wojewódzkie nr 875, 983 "
               "i 984. Najwyższe natężenia ruchu notowane są na ul. Wojska Polskiego, ul. Wolności i "
               "ul. Kazimierza Jagiellończyka – w szczycie popołudniowym do 1 900 pojazdów na godzinę. "
               "Znaczna część ruchu to dojazdy do pracy w SSE, przy czym 64% pracowników strefy dojeżdża "
               "samochodem, a tylko 6% rowerem.")
        self.caption("Podstawowe dane o komunikacji miejskiej MZK")
        self.table(["Wskaźnik", "2019", "2021", "2023"], [
            ["Liczba linii", "14", "14", "15"],
            ["Tabor ogółem", "41", "40", "40"],
            ["w tym autobusy spełniające normę Euro III lub starszą", "17", "14", "12"],
            ["w tym autobusy elektryczne", "0", "0", "0"],
            ["Przewiezieni pasażerowie [mln/rok]", "4,9", "3,6", "4,3"],
        ], [4800, 1600, 1600, 1600], first_bold=True)
        self.note("Źródło: MZK w Mielcu.")
        self.P("Długość dróg dla rowerów wynosi 34 km, ale sieć jest nieciągła – brakuje połączeń osiedli "
               "Borek i Kilińskiego ze strefą ekonomiczną oraz przejazdów przez ul. Wolności. W badaniu "
               "ankietowym 2024 r. brak bezpiecznej trasy był najczęściej wskazywaną przyczyną niedojeżdżania "
               "rowerem do pracy (47% odpowiedzi).")
        self.H(2, "Dotychczasowe działania miasta")
        self.P("Miasto od kilku lat prowadzi działania na rzecz ograniczenia niskiej emisji. Ich zestawienie "
               "służy ocenie doświadczeń, a nie planowaniu nowych zadań:")
        self.bullets([
            "**Program ograniczania niskiej emisji 2016–2020** – dotacje do wymiany 412 kotłów, łącznie 2,3 mln zł;",
            "**termomodernizacja 11 szkół i przedszkoli** (RPO WP 2014–2020) – zakończona w 2021 r.;",
            "**wymiana 12 autobusów na pojazdy z silnikami Euro VI** – MZK, 2018–2020;",
            "**budowa drogi dla rowerów wzdłuż Wisłoki** (bulwar, 3,2 km) – 2019 r.;",
            "**punkt konsultacyjny programu „Czyste Powietrze”** w UM – działający od 2020 r. w ograniczonym wymiarze (jeden dzień w tygodniu).",
        ])
        self.P("Doświadczenia z programu 2016–2020 pokazały, że sama dotacja nie wystarcza: blisko 30% "
               "zakwalifikowanych wnioskodawców zrezygnowało z wymiany z powodu kosztów przyłącza lub "
               "instalacji wewnętrznej. Dlatego w niniejszej MID działania finansowe połączono "
               "z doradztwem i kontrolą.")
        self.H(2, "Analiza SWOT")
        self.caption("Analiza SWOT w obszarze jakości powietrza")
        W = [4814, 4814]

        def sc(title, items, fill):
            ps = [d.p(d.r(title, b=True, sz=18), after=40, align="left")]
            ps += [d.p(d.r("• " + it, sz=18), after=10, align="left") for it in items]
            return d.cell(ps, 4814, shade=fill)
        d.add(d.table(W, [
            [sc("Mocne strony", ["rozbudowana sieć ciepłownicza i stabilny operator", "doświadczenie z programu dotacji 2016–2020",
                                 "silna baza gospodarcza (SSE)", "płaski teren sprzyjający ruchowi rowerowemu"], "E2EFD9"),
             sc("Słabe strony", ["1 266 kotłów pozaklasowych", "stary tabor MZK", "nieciągła sieć dróg dla rowerów",
                                 "niewielka skala kontroli palenisk"], "FBE4D5")],
            [sc("Szanse", ["środki FEnIKS i FEP 2021–2027", "program „Czyste Powietrze” z prefinansowaniem",
                           "rosnąca świadomość zdrowotna mieszkańców"], "DEEAF6"),
             sc("Zagrożenia", ["wzrost cen energii i gazu", "ubóstwo energetyczne osób starszych",
                               "warunki meteorologiczne doliny Wisłoki"], "FFF2CC")],
        ]))
        self.note("Źródło: warsztat LP, 22 stycznia 2025 r.")

    def ch_objectives(self):
        self.H(1, "Cele Miejskiej Inicjatywy Działania", page_break_before=True)
        self.P("**Cel główny:** Do 2030 r. mieszkańcy Mielca oddychają powietrzem spełniającym normy dla "
               "pyłu PM10 i PM2,5, a stężenie benzo(a)pirenu spada o połowę w stosunku do 2023 r.")
        self.P("Cel główny osiągany będzie przez trzy cele szczegółowe:")
        self.P("**Cel szczegółowy 1 – Ograniczenie emisji z ogrzewania budynków.** Likwidacja kotłów "
               "pozaklasowych, rozbudowa sieci ciepłowniczej i termomodernizacja zasobu komunalnego.",
               ind_left=360)
        self.P("**Cel szczegółowy 2 – Świadomi i wspierani mieszkańcy.** Doradztwo, edukacja, "
               "informacja o jakości powietrza oraz skuteczna kontrola przestrzegania przepisów.",
               ind_left=360)
        self.P("**Cel szczegółowy 3 – Niskoemisyjny transport.** Bezemisyjny tabor komunikacji miejskiej "
               "i ciągła sieć tras rowerowych prowadzących do miejsc pracy.", ind_left=360)
        self.P("Cele są spójne z Programem ochrony powietrza dla strefy podkarpackiej, Strategią Rozwoju "
               "Miasta Mielca do 2030 r. oraz Planem gospodarki niskoemisyjnej, którego aktualizacja "
               "jest w przygotowaniu.")

    # ---- action cards --------------------------------------------------------------------
    def card(self, c):
        d = self.d
        mode = "del" if c.get("deleted") else "ins" if c.get("inserted") else None
        author = A_MZK if mode == "del" else A_WOS
        date = "2025-02-18T14:05:00Z" if mode == "del" else "2025-02-27T09:40:00Z"

        def mark():
            if mode == "del":
                return f'<w:del w:id="{d.nid()}" w:author="{author}" w:date="{date}"/>'
            if mode == "ins":
                return f'<w:ins w:id="{d.nid()}" w:author="{author}" w:date="{date}"/>'
            return ""

        def runs(text, **kw):
            if mode == "del":
                return d.dele(text, author, date, **kw)
            if mode == "ins":
                return d.ins(d.r(text, **kw), author, date)
            return d.r(text, **kw)

        def para(content, **kw):
            return d.p(content, rpr_mark=mark(), **kw)

        def value(alias, tag, v, rich=False):
            """inline content control with value v (may be None / change / comment)."""
            if mode or (isinstance(v, tuple) and v[0] == "chg"):
                rich = True  # revision marks are kept in rich-text controls
            if v is None:
                return d.sdt_run(alias, tag, None, rich=rich)
            if isinstance(v, tuple) and v[0] == "chg":
                inner = (d.dele(v[1], "Tomasz Wróbel (Skarbnik)", "2025-02-25T11:20:00Z")
                         + d.ins(d.r(v[2]), "Tomasz Wróbel (Skarbnik)", "2025-02-25T11:20:00Z"))
                return d.sdt_run(alias, tag, inner, rich=rich)
            if isinstance(v, tuple) and v[0] == "cmt":
                # the comment is anchored around the whole control (as Word does when a filled
                # control is selected and commented)
                return d.comment(d.sdt_run(alias, tag, d.r(v[1]), rich=rich), v[2], "Tomasz Wróbel", "TW",
                                 "2025-02-26T08:15:00Z")
            return d.sdt_run(alias, tag, runs(v), rich=rich)

        LW, VW = 2900, 6728
        lab_fill = "DCE6F1"

        def row(label, alias, tag, v, rich=False):
            return [d.cell([para(runs(label, b=True, sz=19), after=30, before=30, align="left")], LW, shade=lab_fill),
                    d.cell([para(value(alias, tag, v, rich), after=30, before=30, align="left")], VW)]

        empty = c.get("empty")
        if empty and c.get("name_hint"):
            name_ctl = ('<w:sdt><w:sdtPr><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
                        '<w:alias w:val="Nazwa działania"/><w:tag w:val="nazwa_dzialania"/>'
                        f'<w:id w:val="{d.nid()}"/><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>'
                        '<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>[wpisz nazwę działania]</w:t></w:r>'
                        '</w:sdtContent></w:sdt>')
            name_row = [d.cell([d.p(d.r("Nazwa działania", b=True, sz=19), after=30, before=30, align="left")], LW, shade=lab_fill),
                        d.cell([d.p(name_ctl, after=30, before=30, align="left")], VW)]
        else:
            name_row = row("Nazwa działania", "Nazwa działania", "nazwa_dzialania", None if empty else c["title"])

        g = (lambda k: None) if empty else (lambda k: c.get(k))
        # description: block-level rich text control
        if empty or not c.get("desc"):
            desc_ctl = d.sdt_block("Opis działania", "opis", [
                d.p(f'<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>{PLACEHOLDER}</w:t></w:r>',
                    after=30, before=30, align="left")], placeholder=True)
        else:
            desc_ctl = d.sdt_block("Opis działania", "opis", [
                para(runs(t, sz=19), after=30, before=30) for t in c["desc"]])
        rows = [
            [d.cell([para(runs(f"KARTA DZIAŁANIA NR {c['n']}", b=True, sz=20, color="FFFFFF"), align="left", after=20, before=20)],
                    LW + VW, span=2, shade="2E5C8A")],
            name_row,
            row("Cel szczegółowy", "Cel szczegółowy", "cel", g("cs")),
            row("Podmiot odpowiedzialny", "Podmiot odpowiedzialny", "podmiot_odpowiedzialny", g("responsible")),
            row("Partnerzy", "Partnerzy", "partnerzy", g("partners")),
            [d.cell([para(runs("Opis działania", b=True, sz=19), after=30, before=30, align="left")], LW, shade=lab_fill),
             d.cell([desc_ctl], VW)],
            row("Okres realizacji", "Okres realizacji", "okres_realizacji", g("timeline")),
            row("Szacunkowy koszt", "Szacunkowy koszt", "koszt", g("cost")),
            row("Źródło finansowania", "Źródło finansowania", "zrodlo_finansowania", g("funding"), rich=True),
            row("Wskaźnik", "Wskaźnik", "wskaznik", g("indicator")),
        ]
        tbl = d.table([LW, VW], rows)
        if mode:
            tag = "del" if mode == "del" else "ins"
            tbl = tbl.replace("<w:trPr><w:cantSplit/></w:trPr>",
                              f'<w:trPr><w:cantSplit/><w:{tag} w:id="0" w:author="{author}" w:date="{date}"/></w:trPr>')
            # give every row-level revision its own id
            parts = tbl.split(f'<w:{tag} w:id="0"')
            tbl = parts[0] + "".join(f'<w:{tag} w:id="{d.nid()}"' + p for p in parts[1:])
        cap = para(runs(f"Karta działania nr {c['n']}", sz=19), style="Caption", page_break_before=True)
        d.add(cap, tbl)
        if mode == "del":
            d.add(d.p(d.comment(d.r("(karta usunięta po spotkaniu z MZK)", i=True, sz=16, color="7F7F7F"),
                                "Zarząd MZK nie zgadza się na bezpłatne przejazdy – brak rekompensaty w umowie o świadczenie usług. Usuwam kartę, do ewentualnego powrotu po konsultacjach.",
                                A_MZK, "MD", "2025-02-18T14:07:00Z"), after=0))
        elif empty:
            d.add(d.p(d.r("Karta do wypełnienia przez partnera – zgodnie z instrukcją formularza należy "
                          "wypełnić wszystkie pola oznaczone szarym tekstem.", i=True, sz=16, color="7F7F7F"), after=0))

    def ch_actions(self):
        d = self.d
        self.H(1, "Karty działań", page_break_before=True)
        self.P("Działania opisano na kartach formularza udostępnionego przez program PIM. Każda karta "
               "zawiera pola formularza (kontrolki zawartości), które wypełniają wydziały i partnerzy "
               "odpowiedzialni za realizację. Pola, których nie udało się jeszcze wypełnić, pozostawiono "
               "z tekstem zastępczym formularza – informacje te zostaną uzupełnione po konsultacjach.")
        self.P("Instrukcja wypełniania (z formularza programu): „W polu »Okres realizacji« należy podać "
               "kwartały lub lata rozpoczęcia i zakończenia działania. W polu »Szacunkowy koszt« należy "
               "podać wartość brutto w złotych; jeżeli koszt ponoszony jest cyklicznie, należy wskazać okres, "
               "którego dotyczy. W polu »Wskaźnik« należy podać jeden mierzalny wskaźnik produktu wraz "
               "z wartością docelową.”", ind_left=360, before=60)
        self.P("Karty 11 i 12 zarezerwowano dla działań zgłaszanych przez członków Lokalnego Partnerstwa "
               "(w tym przedsiębiorców z SSE); na dzień przygotowania projektu nie zostały wypełnione.")
        for c in CARDS:
            self.card(c)

    def ch_budget(self):
        self.H(1, "Budżet i źródła finansowania", page_break_before=True)
        self.P("Szacunkowe koszty działań podano w kartach działań (pole „Szacunkowy koszt”). Łączna wartość "
               "działań z określonym kosztem wynosi ok. 31,7 mln zł, przy czym koszt ekodoradcy przyjęto dla "
               "trzech sezonów grzewczych. Dla trasy rowerowej Borek – Centrum – SSE koszt zostanie określony "
               "po opracowaniu koncepcji programowo-przestrzennej (zlecenie MZDiZ w II kw. 2025 r.), "
               "a koszt kampanii edukacyjnej – po ustaleniu zakresu z dyrektorami placówek.")
        self.caption("Planowana struktura finansowania MID (szacunek, mln zł)")
        self.table(["Źródło", "Kwota [mln zł]", "Udział"], [
            ["FEnIKS 2021–2027", "16,8", "53%"],
            ["NFOŚiGW (Zielony transport publiczny)", "5,2", "16%"],
            ["FE Podkarpackie 2021–2027", "2,4", "8%"],
            ["WFOŚiGW w Rzeszowie", "0,6", "2%"],
            ["środki własne MPEC i MZK", "3,6", "11%"],
            ["budżet Gminy Miejskiej Mielec", "3,1", "10%"],
            ["Razem", "31,7", "100%"],
        ], [5000, 2300, 2328], first_bold=True)
        self.note("Kwoty zaokrąglone do 0,1 mln zł. Struktura zostanie zaktualizowana po ogłoszeniu harmonogramu naborów FEnIKS na 2025 r.")
        self.P("Wkład Gminy zostanie ujęty w Wieloletniej Prognozie Finansowej przy najbliższej aktualizacji. "
               "Działania nieinwestycyjne (ekodoradca, kontrole, kampania) finansowane będą z bieżących "
               "wydatków budżetu; w przypadku ogłoszenia naboru na doradztwo energetyczne w ramach FEnIKS "
               "Gmina rozważy złożenie wniosku.")

    def ch_partnership(self):
        d = self.d
        self.H(1, "Lokalne Partnerstwo i interesariusze", page_break_before=True)
        self.P("Lokalne Partnerstwo na rzecz czystego powietrza zawiązano w listopadzie 2024 r. Jest to "
               "forum konsultacyjne, które opiniuje projekt MID, zgłasza propozycje działań i będzie "
               "uczestniczyć w monitoringu. Członkowie LP (stan na 28 lutego 2025 r.):")
        members = [
            "Urząd Miejski w Mielcu – Wydział Ochrony Środowiska (koordynator LP)",
            "Urząd Miejski w Mielcu – Wydział Oświaty i Spraw Społecznych",
            "Miejskie Przedsiębiorstwo Energetyki Cieplnej w Mielcu Sp. z o.o.",
            "Miejski Zakład Komunikacji Sp. z o.o. w Mielcu",
            "Miejski Zarząd Dróg i Zieleni w Mielcu",
            "Straż Miejska w Mielcu",
            "Agencja Rozwoju Przemysłu S.A. – Oddział w Mielcu (zarządzający SSE)",
            "Powiatowa Stacja Sanitarno-Epidemiologiczna w Mielcu",
            "Stowarzyszenie „Mielecki Alarm Smogowy”",
            "Rada Osiedla Smoczka",
            "Rada Osiedla Borek",
            "Spółdzielnia Mieszkaniowa w Mielcu",
            "Uniwersytet Trzeciego Wieku w Mielcu",
            "przedstawiciele mieszkańców wybrani na spotkaniu otwartym (3 osoby)",
        ]
        self.bullets(members)
        self.P("Dotychczas odbyły się trzy posiedzenia LP: spotkanie inauguracyjne (listopad 2024 r.), "
               "warsztat diagnostyczny ze SWOT (styczeń 2025 r.) oraz warsztat „burza mózgów” na temat "
               "działań (luty 2025 r.). Uczestnicy zgłosili 26 pomysłów; po ocenie wykonalności do kart "
               "przeniesiono dziewięć, a pozostałe zostaną ponownie omówione w trakcie konsultacji.", before=120)
        self.H(2, "Plan konsultacji społecznych")
        self.P("Konsultacje projektu MID zaplanowano na okres 1–30 kwietnia 2025 r. Przewidziano: publikację "
               "projektu na stronie internetowej miasta i w BIP, formularz uwag online, dwa spotkania "
               "otwarte (w Smoczce i w Domu Kultury „Smoczka” oraz w Samorządowym Centrum Kultury), dyżury "
               "ekodoradcy w siedzibach rad osiedli oraz ankietę dla pracowników SSE dotyczącą dojazdów "
               "do pracy. Raport z konsultacji stanie się załącznikiem do wersji ostatecznej.")
        self.P("Szczególną grupą interesariuszy są właściciele domów ogrzewanych kotłami pozaklasowymi, "
               "w większości osoby w wieku 65+. Aby do nich dotrzeć, zaplanowano współpracę z parafiami, "
               "listonoszami (ulotki w przesyłkach z decyzjami podatkowymi) oraz lokalnym radiem.")

    def ch_monitoring(self):
        self.H(1, "Monitoring i wskaźniki", page_break_before=True)
        self.P("Monitoring MID prowadzi WOŚ, który raz w roku – do 31 marca – przygotowuje raport "
               "z realizacji działań na podstawie sprawozdań jednostek odpowiedzialnych (wzór formularza – "
               "Załącznik nr 1) i danych z monitoringu powietrza. Raport jest omawiany na posiedzeniu LP "
               "i publikowany na stronie miasta.")
        self.caption("Wskaźniki oddziaływania MID")
        self.table(["Wskaźnik", "Wartość bazowa (2023)", "Wartość docelowa (2030)", "Źródło danych"], [
            ["Liczba dni z przekroczeniem PM10 (50 µg/m³)", "18", "≤ 10", "GIOŚ"],
            ["Średnioroczne stężenie B(a)P [ng/m³]", "2,8", "1,4", "GIOŚ"],
            ["Średnioroczne stężenie PM2,5 [µg/m³]", "18", "≤ 15", "GIOŚ"],
            ["Liczba kotłów pozaklasowych (CEEB)", "1 266", "≤ 300", "CEEB"],
            ["Udział autobusów zeroemisyjnych w taborze MZK", "0%", "20%", "MZK"],
            ["Udział dojazdów rowerem do SSE", "6%", "12%", "ankieta"],
        ], [3700, 1900, 1900, 2128], first_bold=True)
        self.note("Wskaźniki produktu dla poszczególnych działań podano w kartach działań (pole „Wskaźnik”).")

    def ch_risks(self):
        self.H(1, "Ryzyka i sposoby przeciwdziałania", page_break_before=True)
        self.P("Zidentyfikowano następujące główne ryzyka realizacji MID:")
        self.caption("Rejestr ryzyk")
        self.table(["Ryzyko", "Prawdopodobieństwo", "Wpływ", "Sposób przeciwdziałania"], [
            ["Brak dofinansowania z FEnIKS dla autobusów elektrycznych", "średnie", "wysoki",
             "równoległy wniosek do NFOŚiGW; etapowanie zakupu"],
            ["Niska liczba wniosków o dopłatę do wymiany kotłów", "średnie", "wysoki",
             "ekodoradca, wizyty domowe, uproszczony wniosek"],
            ["Wzrost cen robót budowlanych ponad kosztorys", "wysokie", "średni",
             "rezerwa 10% w WPF, przetargi z podziałem na części"],
            ["Opór mieszkańców wobec kontroli palenisk", "średnie", "średni",
             "komunikacja „najpierw pomoc, potem kara”, współpraca z radami osiedli"],
            ["Ubóstwo energetyczne po wymianie źródła ciepła", "średnie", "wysoki",
             "współpraca z MOPS, dodatek osłonowy, preferencja dla przyłączy do sieci"],
        ], [3300, 1700, 1200, 3428])
        self.P("Rejestr ryzyk będzie aktualizowany raz w roku przy okazji raportu z monitoringu.", before=120)

    def annex_report_form(self):
        d = self.d
        self.H(1, "Załącznik nr 1 – Formularz sprawozdania z realizacji MID", page_break_before=True, num=(0, 0))
        d.add(d.p(d.r("(wzór – wypełnia jednostka odpowiedzialna za działanie, półrocznie)", i=True, sz=18), after=160))
        W = [3000, 6628]

        def lr(label, val=""):
            return [d.cell([d.p(d.r(label, b=True, sz=19), after=30, before=30, align="left")], W[0], shade="F2F2F2"),
                    d.cell([d.p(d.r(val, sz=19), after=30, before=30, align="left")], W[1])]
        d.add(d.table(W, [lr("Jednostka sprawozdająca"), lr("Okres sprawozdawczy"),
                          lr("Osoba sporządzająca"), lr("Data sporządzenia")]))
        d.add(d.p("", after=120))
        W2 = [900, 3000, 1900, 1900, 1928]
        hdr = ["Nr karty", "Nazwa działania", "Stan realizacji", "Wydatki w okresie [zł]", "Wartość wskaźnika"]
        rows = [[d.cell([d.p(d.r(h, b=True, sz=18), align="center", after=20)], w, shade="DCE6F1") for h, w in zip(hdr, W2)]]
        for _ in range(6):
            rows.append([d.cell([d.p("", after=120)], w) for w in W2])
        d.add(d.table(W2, rows, header_rows=1))
        d.add(d.p(d.r("Stan realizacji: N – nierozpoczęte, W – w trakcie, Z – zakończone, O – opóźnione.", i=True, sz=17),
                  before=80, after=60, align="left"))
        d.add(d.p(d.r("Opis problemów i proponowanych zmian:", b=True, sz=19), before=120, after=60))
        for _ in range(4):
            d.add(d.p(d.r("…………………………………………………………………………………………………………………", sz=19), after=60))


SECTIONS = {"summary": "present", "context": "present", "objectives": "present", "actions": "present",
            "schedule": "missing", "budget": "present", "stakeholders": "present",
            "indicators": "present", "risks": "present"}

TRAPS = [
    "content_control_action_cards",
    "placeholder_fields_not_stated",
    "all_placeholder_card_not_action",
    "wpisz_nazwe_dzialania_card_not_action",
    "tracked_deletion_whole_action",
    "tracked_insertion_new_action",
    "tracked_change_inside_cost_field",
    "comment_on_value",
    "heading_numbering_from_numbering_xml",
    "toc_field_entry_without_body_missing",
    "toc_numbering_differs_from_body",
    "text_box_frame_decoy",
    "reporting_form_table_decoy",
    "lp_member_list_decoy",
    "past_projects_bullets_decoy",
    "objectives_as_cel_szczegolowy_paragraphs",
    "cost_per_heating_season",
    "footnotes",
    "draft_marked_projekt",
]


def action_dict(c):
    a = dict(title=c["title"], theme=c["theme"], secondary=c.get("secondary", []))
    for k in ("responsible", "timeline", "cost", "funding", "indicator"):
        a[k] = final_value(c.get(k))
    return a


def stale_toc_pages(pdf):
    """Page of each heading in the exported PDF; the TOC was last updated before the
    schedule chapter was cut, so that entry keeps the page of the chapter that now follows it
    and all later entries are one page too far."""
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf)
    page_lines = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        page_lines.append([common.norm(x) for x in tp.get_text_range().splitlines()])
        tp.close()
    doc.close()
    found = {}
    start = 2  # skip cover and TOC page
    for lvl, num, txt in TOC_ENTRIES:
        if txt == REMOVED:
            continue
        want = txt.upper() if lvl == 1 else txt
        key = want[:18]
        for i in range(start, len(page_lines)):
            # body numbers come from the numbering definition and differ from the stale TOC
            if any(re.sub(r"^[0-9.]+\s+", "", line).startswith(key) and re.match(r"^[0-9.]+\s", line or "x") is not None
                   or (not num and line.startswith(key)) for line in page_lines[i]):
                found[txt] = i + 1
                start = i
                break
        else:
            raise AssertionError(f"heading not found in PDF: {txt}")
    out = {}
    shift = 0
    for lvl, num, txt in TOC_ENTRIES:
        if txt == REMOVED:
            nxt = TOC_ENTRIES[TOC_ENTRIES.index((lvl, num, txt)) + 1][2]
            out[txt] = found[nxt]
            shift = 1
        else:
            out[txt] = found[txt] + shift
    return out


def build(outdir=common.OUTDIR):
    work = common.tmpdir()
    try:
        docx = os.path.join(work, FILE)
        toc_pages = None
        for _pass in range(2):
            d = Builder(toc_pages).build()
            d.save(docx, d.sectpr(header="hdr1", footer="ftr1"))
            pdf = common.convert(docx, "pdf", work)
            pages = common.count_pages(pdf)
            if toc_pages is None:
                toc_pages = stale_toc_pages(pdf)
        txt_dir = os.path.join(work, "txt")
        os.makedirs(txt_dir)
        txt = common.convert(docx, "txt:Text (encoded):UTF8", txt_dir)
        text = open(txt, encoding="utf-8", errors="replace").read() + "\n" + common.pdf_text(pdf)
        gold = {
            "file": FILE, "document_type": "mid", "city": CITY, "network": "air_quality",
            "status": "draft", "text_layer": True, "pages": pages, "sections": SECTIONS,
            "actions": [common.action_entry(action_dict(c)) for c in ACTIONS],
            "traps": TRAPS,
            "notes": ("Draft on the programme's DOCX form. Actions are cards of content controls (tags "
                      "nazwa_dzialania, podmiot_odpowiedzialny, okres_realizacji, koszt, zrodlo_finansowania, "
                      "wskaznik); controls still showing the placeholder (w:showingPlcHdr) are not stated. "
                      "Card 5 is a tracked deletion (not an action); card 10 is a tracked insertion (an action); "
                      "card 1 cost changed by tracked change 1 200 000 zł -> 1,6 mln zł; card 4 cost carries a comment. "
                      "Cards 11 (all placeholders) and 12 (name '[wpisz nazwę działania]', rest placeholders) are "
                      "not actions. Card 9 cost 'b.d.' = not stated. The TOC lists '5. Harmonogram realizacji' "
                      "but the chapter is absent from the body (schedule = missing; per-action periods exist only "
                      "in the cards). Decoys: Ramka 1 text box, past programme bullets in 2.5, LP member list, "
                      "reporting form in Załącznik nr 1, 'Cel szczegółowy N – …' paragraphs."),
        }
        common.check_text(text, gold, extra_strings=["Harmonogram realizacji", "Ramka 1. Czym jest niska emisja?",
                                                     "Jednostka sprawozdająca", "90 000 zł na sezon grzewczy"])
        # the removed chapter must be in the TOC only: exactly one occurrence in the text export
        if open(txt, encoding="utf-8").read().count("Harmonogram realizacji") != 1:
            raise AssertionError("'Harmonogram realizacji' should occur only in the TOC")
        if not 20 <= pages <= 60:
            raise AssertionError(f"{FILE}: {pages} pages, expected 20–60")
        os.makedirs(outdir, exist_ok=True)
        shutil.copy(docx, os.path.join(outdir, FILE))
        common.write_gold(os.path.join(outdir, FILE.rsplit(".", 1)[0] + ".gold.json"), gold)
        return FILE, pages
    finally:
        common.rm(work)


if __name__ == "__main__":
    print(build())
