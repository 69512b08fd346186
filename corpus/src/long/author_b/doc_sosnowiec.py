"""MID Sosnowiec – sieć Rewitalizacja, wersja ostateczna (zapis do ODT przez LibreOffice).

Headings are bold, upper-case, manually numbered paragraphs (no heading styles), as in a
document typed by hand in Writer. Actions: summary table (landscape) in chapter 5 and cards
(4-column label/value tables with merged cells) in Załącznik nr 1.
"""
import os
import re
import shutil

from ooxml import Doc
import common

FILE = "MID_Sosnowiec_rewitalizacja.odt"

# ---------------------------------------------------------------------------------------------
# ACTIONS – single source for the summary table, the cards, the schedule and the gold file.
# period: only printed in the summary table; cost/funding/indicator: only in the cards.
# ---------------------------------------------------------------------------------------------
ACTIONS = [
    dict(title="Centrum Aktywności Lokalnej „Pogoń 21” w dawnym budynku przy ul. Ostrogórskiej 21",
         theme="social_activation", secondary=[],
         responsible="Miejski Ośrodek Pomocy Społecznej w Sosnowcu",
         partners="Sosnowieckie Centrum Organizacji Pozarządowych, Rada Dzielnicy Pogoń",
         timeline="II kw. 2025 – IV kw. 2028",
         cost="3 150 000 zł", funding="FE SL 2021–2027 (EFS+ i EFRR, instrument ZIT), budżet Gminy Sosnowiec",
         indicator="350 osób korzystających z oferty CAL w skali roku",
         cs="CS 1", location="ul. Ostrogórska 21 (budynek gminny, dawna przychodnia)",
         desc="Adaptacja parteru i I piętra budynku na centrum aktywności lokalnej z salą spotkań, "
              "kawiarenką sąsiedzką, punktem poradnictwa rodzinnego i pracownią dla młodzieży. "
              "Program CAL prowadzony metodą organizowania społeczności lokalnej; zatrudnienie "
              "dwóch animatorów i koordynatora.",
         years=(2025, 2026, 2027, 2028)),
    dict(title="Zielone podwórka Pogoni – partycypacyjna przebudowa podwórek w kwartale ulic Kilińskiego, Mireckiego i Ostrogórskiej",
         theme="public_space", secondary=["social_activation"],
         responsible="Miejski Zarząd Budynków Mieszkalnych w Sosnowcu",
         partners="wspólnoty mieszkaniowe, Biuro ds. Rewitalizacji UM",
         timeline="2025–2027",
         cost="2 480 000 zł", funding="FE SL 2021–2027 (Działanie 6.5, ZIT), środki wspólnot mieszkaniowych",
         indicator="4 przebudowane podwórka o łącznej powierzchni ok. 6 200 m²",
         cs="CS 2", location="podwórka przy ul. Kilińskiego 8–12, Mireckiego 5, Ostrogórskiej 14 i 30",
         desc="Projektowanie podwórek z mieszkańcami (spacery badawcze, makiety), rozbiórka "
              "komórek i zdegradowanych garaży, nowa zieleń, ławki, stojaki rowerowe, altany "
              "śmietnikowe i miejsca zabaw. Każde podwórko otrzymuje opiekuna spośród mieszkańców.",
         years=(2025, 2026, 2027)),
    dict(title="Strefa zamieszkania i uspokojenie ruchu na ul. Ostrogórskiej i ul. Mireckiego",
         theme="walking_traffic_calming", secondary=[],
         responsible="Miejski Zarząd Dróg i Transportu w Sosnowcu",
         partners="Komenda Miejska Policji w Sosnowcu",
         timeline="III kw. 2026 – II kw. 2027",
         cost="1 760 000 zł", funding="budżet Gminy Sosnowiec",
         indicator="850 m ulic przekształconych w strefę zamieszkania",
         cs="CS 2", location="ul. Ostrogórska (odc. ul. Kilińskiego – ul. Grabowa), ul. Mireckiego",
         desc="Wyniesione skrzyżowania, zwężenia jezdni, szykany z zielenią, uporządkowanie "
              "parkowania, nowe przejścia dla pieszych przy szkole i przychodni; oznakowanie D-40.",
         years=(2026, 2027)),
    dict(title="Bulwar nad Czarną Przemszą – zagospodarowanie terenów nadrzecznych przy ul. Kościelnej",
         theme="public_space", secondary=["eco_awareness"],
         responsible="Wydział Inwestycji Urzędu Miejskiego w Sosnowcu",
         partners="Państwowe Gospodarstwo Wodne Wody Polskie, MOSiR Sosnowiec",
         timeline="2026–2028",
         cost="4,8 mln zł", funding="FEnIKS 2021–2027 (adaptacja do zmian klimatu), budżet Gminy Sosnowiec",
         indicator="1,9 ha zagospodarowanej przestrzeni publicznej",
         cs="CS 2", location="lewy brzeg Czarnej Przemszy, od ul. Kościelnej do kładki przy ul. Chemicznej",
         desc="Ciąg pieszo-rowerowy wzdłuż rzeki, łąki kwietne, niecki retencyjne, pomost "
              "widokowy, oświetlenie i mała architektura; rekultywacja dzikiego parkingu.",
         years=(2026, 2027, 2028)),
    dict(title="„Pogoń łapie deszcz” – ogrody deszczowe i warsztaty klimatyczne dla mieszkańców",
         theme="eco_awareness", secondary=["public_space"],
         responsible="Wydział Ochrony Środowiska Urzędu Miejskiego w Sosnowcu",
         partners="szkoły podstawowe nr 21 i 27, wspólnoty mieszkaniowe",
         timeline="II kw. 2026 – III kw. 2027",
         cost="185 000 zł", funding="WFOŚiGW w Katowicach (dotacja), budżet Gminy Sosnowiec",
         indicator="15 ogrodów deszczowych i 20 warsztatów dla mieszkańców",
         cs="CS 2", location="podwórka objęte przedsięwzięciem nr 2, tereny szkół",
         desc="Budowa ogrodów deszczowych przy budynkach gminnych i szkołach, cykl warsztatów "
              "o retencji i zieleni, konkurs „Najlepiej zatrzymana kropla” dla wspólnot.",
         years=(2026, 2027)),
    dict(title="Inkubator rzemiosła w parterach kamienic przy ul. Mireckiego",
         theme="economic_activation", secondary=[],
         responsible="Wydział Rozwoju i Obsługi Inwestorów Urzędu Miejskiego w Sosnowcu",
         partners="Cech Rzemiosł Różnych w Sosnowcu, MZBM",
         timeline="III kw. 2025 – II kw. 2027",
         cost="do oszacowania", funding="budżet Gminy Sosnowiec (preferencyjne stawki czynszu)",
         indicator="12 lokali użytkowych oddanych w najem na preferencyjnych warunkach",
         cs="CS 3", location="lokale użytkowe w parterach ul. Mireckiego 2–18",
         desc="Przegląd pustostanów użytkowych, remont 12 lokali, konkurs ofert na najem "
              "dla rzemieślników i usług lokalnych z obniżoną stawką czynszu przez 3 lata.",
         years=(2025, 2026, 2027)),
    dict(title="Pogoński Bon Startowy – wsparcie dla osób zakładających działalność gospodarczą",
         theme="economic_activation", secondary=["social_activation"],
         responsible="Powiatowy Urząd Pracy w Sosnowcu",
         partners="Sosnowiecki Inkubator Przedsiębiorczości, Cech Rzemiosł Różnych",
         timeline="2025–2027",
         cost="900 tys. zł", funding="Fundusz Pracy, FE SL 2021–2027 (EFS+)",
         indicator="30 nowych działalności gospodarczych zarejestrowanych na obszarze",
         cs="CS 3", location="obszar MID (adres zamieszkania lub siedziby)",
         desc="Dotacje na podjęcie działalności dla mieszkańców obszaru, połączone z "
              "doradztwem biznesowym i mentoringiem przez pierwsze 12 miesięcy działalności.",
         years=(2025, 2026, 2027)),
    dict(title="Mikrogranty sąsiedzkie „Pogoń działa”",
         theme="social_activation", secondary=[],
         responsible="Sosnowieckie Centrum Organizacji Pozarządowych",
         partners="Rada Dzielnicy Pogoń, CAL „Pogoń 21”",
         timeline="2025–2027 (3 edycje)",
         cost="60 000 zł rocznie", funding="budżet Gminy Sosnowiec",
         indicator="36 zrealizowanych inicjatyw sąsiedzkich",
         cs="CS 1", location="obszar MID",
         desc="Uproszczony konkurs mikrograntów (do 2 500 zł) dla grup nieformalnych i "
              "młodzieży; wsparcie animatora przy pisaniu wniosku i rozliczeniu.",
         years=(2025, 2026, 2027)),
    dict(title="Streetworking i wsparcie młodzieży zagrożonej wykluczeniem",
         theme="social_activation", secondary=[],
         responsible="Miejski Ośrodek Pomocy Społecznej w Sosnowcu",
         partners="Fundacja „Przystań Zagłębie”, Komenda Miejska Policji",
         timeline="od IV kw. 2025 do końca 2028 r.",
         cost="420 000 zł", funding="FE SL 2021–2027 (EFS+)",
         indicator="—",
         cs="CS 1", location="obszar MID, ze szczególnym uwzględnieniem okolic dworca Sosnowiec Pogoń",
         desc="Dwóch streetworkerów pracujących w godzinach popołudniowych i wieczornych, "
              "indywidualne plany wsparcia, współpraca z pedagogami szkolnymi i kuratorami.",
         years=(2025, 2026, 2027, 2028)),
    dict(title="Koordynacja, monitoring i ewaluacja Miejskiej Inicjatywy Działania",
         theme="other", secondary=[],
         responsible="Biuro ds. Rewitalizacji Urzędu Miejskiego w Sosnowcu",
         partners="Lokalne Partnerstwo, Komitet Rewitalizacji",
         timeline="do końca 2029 r.",
         cost="b.d.", funding="—",
         indicator="2 raporty z monitoringu (2027 i 2029 r.)",
         cs="CS 1–3", location="—",
         desc="Prowadzenie sekretariatu Lokalnego Partnerstwa, zbieranie danych do wskaźników, "
              "przygotowanie raportów z monitoringu i aktualizacji MID.",
         years=(2025, 2026, 2027, 2028, 2029)),
]

CITY = "Sosnowiec"


class Builder:
    def __init__(self):
        d = Doc(font="Times New Roman", size=24, title="Miejska Inicjatywa Działania – Sosnowiec",
                author="Biuro ds. Rewitalizacji UM Sosnowiec", created="2024-11-18T10:00:00Z")
        self.d = d
        self.tab_no = 0
        self.fig_no = 0
        d.add_header("hdr1", d.p(
            d.r("PARTNERSKA INICJATYWA MIAST  |  SIEĆ: REWITALIZACJA  |  ", b=True, color="FFFFFF", sz=16)
            + d.r("GMINA SOSNOWIEC", b=True, color="FFE699", sz=16),
            shd="385623", align="left", after=0))
        d.add_header("hdr0", d.p(""))
        d.add_footer("ftr1", d.p(
            d.r("Miejska Inicjatywa Działania „Pogoń – dzielnica na nowo”        Strona ", sz=18)
            + d.field("PAGE", "1", sz=18) + d.r(" z ", sz=18) + d.field("NUMPAGES", "1", sz=18),
            align="right", after=0))
        d.add_footer("ftr0", d.p(""))

    # text helpers --------------------------------------------------------------------------
    def rich(self, text, **kw):
        """'**bold**' and '[[fn:footnote text]]' markup -> runs."""
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
        kw.setdefault("first_line", 567)
        self.d.add(self.d.p(self.rich(text), **kw))

    def H1(self, text, new_page=True):
        d = self.d
        d.add(d.p(d.r(text.upper(), b=True, sz=28, color="385623"), page_break_before=new_page,
                  before=240, after=200, keep_next=True, align="left"))

    def H2(self, text):
        d = self.d
        d.add(d.p(d.r(text, b=True, sz=25), before=240, after=120, keep_next=True, align="left"))

    def bullets(self, items):
        d = self.d
        for it in items:
            d.add(d.p(self.rich(it), num=(2, 0), after=60, ind_left=720, hanging=360))

    def caption(self, text, kind="Tabela"):
        d = self.d
        if kind == "Tabela":
            self.tab_no += 1
            n = self.tab_no
        else:
            self.fig_no += 1
            n = self.fig_no
        d.add(d.p(d.r(f"{kind} {n}. ", b=True, sz=20) + d.r(text, i=True, sz=20),
                  style="Caption", keep_next=True))

    def source(self, text):
        d = self.d
        d.add(d.p(d.r("Źródło: " + text, i=True, sz=18), after=200, align="left"))

    def simple_table(self, header, rows, widths, head_fill="C5E0B3", bold_first_col=False, sz=20):
        d = self.d

        def c(t, w, fill=None, b=False):
            return d.cell([d.p(d.r(t, b=b, sz=sz), after=20, before=20, align="left")], w, shade=fill)

        trs = [[c(h, w, head_fill, True) for h, w in zip(header, widths)]]
        for row in rows:
            trs.append([c(t, w, b=(bold_first_col and k == 0)) for k, (t, w) in enumerate(zip(row, widths))])
        d.add(d.table(widths, trs, header_rows=1))

    # ---------------------------------------------------------------------------------------
    def build(self):
        d = self.d
        self.cover()
        self.toc_and_abbrev()
        self.ch1_summary()
        self.ch2_intro()
        self.ch3_diagnosis()
        self.ch4_objectives()
        self.ch5_actions()
        self.ch6_schedule()
        self.ch7_budget()
        self.ch8_partnership()
        self.ch9_monitoring()
        self.ch10_risks()
        self.annex1_cards()
        self.annex2_consultations()
        return d

    def cover(self):
        d = self.d
        d.add(d.p("", after=1800))
        d.add(d.p(d.r("GMINA SOSNOWIEC", b=True, sz=32, color="385623"), align="center", after=120))
        d.add(d.p(d.r("Urząd Miejski w Sosnowcu – Biuro ds. Rewitalizacji", sz=22), align="center", after=1200))
        d.add(d.p(d.r("MIEJSKA INICJATYWA DZIAŁANIA", b=True, sz=44), align="center", after=200))
        d.add(d.p(d.r("„Pogoń – dzielnica na nowo”", b=True, i=True, sz=36, color="385623"), align="center", after=600))
        d.add(d.p(d.r("opracowana w ramach programu Partnerska Inicjatywa Miast", sz=24), align="center", after=60))
        d.add(d.p(d.r("sieć tematyczna: Rewitalizacja", sz=24), align="center", after=1400))
        d.add(d.p(d.r("Wersja ostateczna, przyjęta przez Lokalne Partnerstwo w dniu 14 listopada 2024 r.", b=True, sz=22),
                  align="center", after=60))
        d.add(d.p(d.r("Sosnowiec, listopad 2024 r.", sz=22), align="center", after=0))
        # end of cover section (first page without header/footer)
        d.add(d.section_break(header="hdr1", footer="ftr1", first_header="hdr0", first_footer="ftr0", title_pg=True))

    def toc_and_abbrev(self):
        d = self.d
        d.add(d.p(d.r("SPIS TREŚCI", b=True, sz=28, color="385623"), after=240, align="left"))
        entries = ["1. STRESZCZENIE", "2. WPROWADZENIE I PODSTAWY FORMALNE", "3. DIAGNOZA OBSZARU",
                   "4. CELE MIEJSKIEJ INICJATYWY DZIAŁANIA", "5. PRZEDSIĘWZIĘCIA",
                   "6. HARMONOGRAM REALIZACJI", "7. BUDŻET I ŹRÓDŁA FINANSOWANIA",
                   "8. LOKALNE PARTNERSTWO I PARTYCYPACJA SPOŁECZNA", "9. MONITORING I WSKAŹNIKI",
                   "10. ZARZĄDZANIE RYZYKIEM", "Załącznik nr 1 – Karty przedsięwzięć",
                   "Załącznik nr 2 – Raport z konsultacji społecznych"]
        for e in entries:
            d.add(d.p(d.r(e, sz=22), after=60, align="left", ind_left=0 if e[0].isdigit() else 0))
        d.add(d.p("", after=240))
        d.add(d.p(d.r("WYKAZ SKRÓTÓW", b=True, sz=28, color="385623"), after=200, align="left", keep_next=True))
        abbr = [
            ("CAL", "Centrum Aktywności Lokalnej"),
            ("CS", "cel szczegółowy"),
            ("EFS+", "Europejski Fundusz Społeczny Plus"),
            ("EFRR", "Europejski Fundusz Rozwoju Regionalnego"),
            ("FE SL", "program Fundusze Europejskie dla Śląskiego 2021–2027"),
            ("FEnIKS", "program Fundusze Europejskie na Infrastrukturę, Klimat, Środowisko 2021–2027"),
            ("GPR", "Gminny Program Rewitalizacji Miasta Sosnowca na lata 2023–2030"),
            ("GZM", "Górnośląsko-Zagłębiowska Metropolia"),
            ("LP", "Lokalne Partnerstwo"),
            ("MID", "Miejska Inicjatywa Działania"),
            ("MOPS", "Miejski Ośrodek Pomocy Społecznej w Sosnowcu"),
            ("MZBM", "Miejski Zarząd Budynków Mieszkalnych w Sosnowcu"),
            ("MZDiT", "Miejski Zarząd Dróg i Transportu w Sosnowcu"),
            ("PIM", "Partnerska Inicjatywa Miast"),
            ("PUP", "Powiatowy Urząd Pracy w Sosnowcu"),
            ("RPO WSL", "Regionalny Program Operacyjny Województwa Śląskiego na lata 2014–2020"),
            ("UM", "Urząd Miejski w Sosnowcu"),
            ("WFOŚiGW", "Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Katowicach"),
            ("ZIT", "Zintegrowane Inwestycje Terytorialne"),
        ]
        rows = [[d.cell([d.p(d.r(a, b=True, sz=20), after=10, align="left")], 1800),
                 d.cell([d.p(d.r(b, sz=20), after=10, align="left")], 7800)] for a, b in abbr]
        d.add(d.table([1800, 7800], rows, borders=False))

    def ch1_summary(self):
        self.H1("1. STRESZCZENIE")
        self.P("Miejska Inicjatywa Działania „Pogoń – dzielnica na nowo” jest dokumentem operacyjnym, "
               "w którym Gmina Sosnowiec wraz z Lokalnym Partnerstwem określiła, co w ciągu najbliższych "
               "pięciu lat zostanie zrobione w północnej części dzielnicy Pogoń, aby zatrzymać spadek liczby "
               "mieszkańców, ograniczyć skalę ubóstwa i przywrócić funkcje śródmiejskie ulicom, które jeszcze "
               "dwie dekady temu były zapleczem handlowym całego miasta. MID powstała w latach 2023–2024 "
               "w ramach sieci tematycznej Rewitalizacja programu Partnerska Inicjatywa Miast i stanowi "
               "uszczegółowienie zapisów Gminnego Programu Rewitalizacji Miasta Sosnowca na lata 2023–2030 "
               "dla podobszaru rewitalizacji nr 2.")
        self.P("Obszar objęty inicjatywą zajmuje 74 ha i jest zamieszkany przez 9 812 osób (stan na 31.12.2023 r.). "
               "Wskaźnik osób korzystających z pomocy społecznej wynosi tu 118 na 1 000 mieszkańców i jest blisko "
               "dwukrotnie wyższy od średniej miejskiej. Co czwarty budynek mieszkalny powstał przed 1918 r., "
               "a w 41% lokali gminnych nie ma centralnego ogrzewania. Jednocześnie dzielnica ma atuty, których "
               "brakuje wielu osiedlom: zwartą, ceglaną zabudowę o wartości historycznej, bliskość dwóch stacji "
               "kolejowych, dolinę Czarnej Przemszy oraz silną tożsamość mieszkańców, którzy w badaniu ankietowym "
               "w 68% zadeklarowali przywiązanie do „swojej Pogoni”.")
        self.P("Celem głównym MID jest **odbudowa Pogoni jako dzielnicy, w której opłaca się mieszkać, pracować "
               "i działać razem z sąsiadami**. Cel ten realizowany będzie przez trzy cele szczegółowe – dotyczące "
               "aktywności i integracji mieszkańców, jakości przestrzeni publicznej oraz lokalnej przedsiębiorczości – "
               "i dziesięć przedsięwzięć opisanych w rozdziale 5 oraz w kartach stanowiących Załącznik nr 1. "
               "Łączna szacunkowa wartość przedsięwzięć, dla których koszt został już określony, przekracza "
               "13,8 mln zł; najważniejszym źródłem finansowania będą środki programu Fundusze Europejskie "
               "dla Śląskiego 2021–2027 dostępne w formule ZIT oraz budżet Gminy Sosnowiec.")
        self.P("Dokument został poddany konsultacjom społecznym w dniach 9 września – 11 października 2024 r. "
               "Zgłoszono 47 uwag i propozycji, z których 19 uwzględniono w całości lub w części. Wersja ostateczna "
               "została przyjęta przez Lokalne Partnerstwo 14 listopada 2024 r. i przekazana Prezydentowi Miasta "
               "z rekomendacją przyjęcia zarządzeniem.")

    def ch2_intro(self):
        self.H1("2. WPROWADZENIE I PODSTAWY FORMALNE")
        self.P("Partnerska Inicjatywa Miast to program wsparcia miast średnich i dużych, w którym samorządy "
               "pracują w sieciach tematycznych pod opieką ekspertów i wspólnie wypracowują rozwiązania dla "
               "podobnych problemów. Sosnowiec przystąpił do sieci Rewitalizacja w marcu 2023 r., zgłaszając "
               "jako obszar pilotażowy północną Pogoń – część miasta, w której koncentracja problemów "
               "społecznych i technicznych jest najwyższa, a zarazem dotychczasowe interwencje miały charakter "
               "punktowy.[[fn:Uchwała nr LXII/1184/2023 Rady Miejskiej w Sosnowcu w sprawie przystąpienia do programu oraz upoważnienia Prezydenta Miasta do podpisania porozumienia (treść przykładowa, numer nadany roboczo w wersji konsultacyjnej).]]")
        self.P("Podstawę prawną działań rewitalizacyjnych stanowi ustawa z dnia 9 października 2015 r. "
               "o rewitalizacji (Dz.U. z 2024 r. poz. 278), zgodnie z którą rewitalizacja jest procesem "
               "wyprowadzania ze stanu kryzysowego obszarów zdegradowanych, prowadzonym w sposób kompleksowy, "
               "poprzez zintegrowane działania na rzecz lokalnej społeczności, przestrzeni i lokalnej gospodarki. "
               "Miejska Inicjatywa Działania nie zastępuje Gminnego Programu Rewitalizacji – jest jego "
               "operacyjnym rozwinięciem dla jednego podobszaru i wskazuje przedsięwzięcia, które mają szansę "
               "na realizację w obecnej perspektywie finansowej.")
        self.P("Przy opracowaniu dokumentu uwzględniono ustalenia następujących dokumentów strategicznych:")
        self.bullets([
            "Strategia Rozwoju Miasta Sosnowca do 2030 roku (cel operacyjny 2.3 „Odnowa tkanki miejskiej”);",
            "Gminny Program Rewitalizacji Miasta Sosnowca na lata 2023–2030 (podobszar nr 2 „Pogoń Północ”);",
            "Strategia Rozwiązywania Problemów Społecznych Gminy Sosnowiec na lata 2021–2030;",
            "Strategia Rozwoju Województwa Śląskiego „Śląskie 2030” oraz Strategia ZIT Subregionu Centralnego;",
            "Studium uwarunkowań i kierunków zagospodarowania przestrzennego Miasta Sosnowca;",
            "Plan adaptacji miasta Sosnowca do zmian klimatu do roku 2030.",
        ])
        self.P("Dokument przygotował zespół zadaniowy powołany zarządzeniem Prezydenta Miasta, w skład którego "
               "weszli przedstawiciele Biura ds. Rewitalizacji, Wydziału Architektury, Wydziału Inwestycji, "
               "MOPS, MZBM i MZDiT. Prace merytorycznie wspierał ekspert sieci tematycznej, a w warsztatach "
               "uczestniczyli członkowie Lokalnego Partnerstwa (rozdział 8).")

    def ch3_diagnosis(self):
        d = self.d
        self.H1("3. DIAGNOZA OBSZARU")
        self.H2("3.1. Położenie i struktura przestrzenna")
        self.P("Obszar MID obejmuje północną część dzielnicy Pogoń, ograniczoną linią kolejową E-65 "
               "od zachodu, doliną Czarnej Przemszy od wschodu oraz ulicami Mikołajczyka i Grabową od południa. "
               "Dominuje tu zabudowa kamienicowa z przełomu XIX i XX wieku, uzupełniona w latach 60. i 70. "
               "blokami z wielkiej płyty. Osią obszaru jest ul. Ostrogórska, przy której skupiają się usługi "
               "podstawowe, szkoła podstawowa, przychodnia i kościół parafialny.")
        self.P("Układ urbanistyczny jest czytelny, ale wnętrza kwartałów zostały w ostatnich dekadach "
               "zdominowane przez prowizoryczne garaże, komórki i parkowanie na nieutwardzonym gruncie. "
               "Inwentaryzacja przeprowadzona w 2023 r. objęła 46 podwórek; jedynie 7 z nich oceniono jako "
               "uporządkowane, a 19 jako zdegradowane, z nieczynnymi studzienkami, zapadniętymi nawierzchniami "
               "i zalegającymi odpadami wielkogabarytowymi.[[fn:Inwentaryzacja podwórek obszaru rewitalizacji, Biuro ds. Rewitalizacji UM, październik 2023 r., materiał wewnętrzny.]]")
        self.H2("3.2. Sytuacja demograficzna")
        self.P("Liczba mieszkańców obszaru spada szybciej niż w całym mieście. W latach 2013–2023 ubyło 17,4% "
               "mieszkańców, podczas gdy w Sosnowcu jako całości – 9,8%. Odpływ dotyczy przede wszystkim osób "
               "w wieku 25–39 lat, które wyprowadzają się do Zagórza, Klimontowa i gmin ościennych. Efektem jest "
               "postępujące starzenie się populacji: udział osób w wieku poprodukcyjnym wynosi 29,6% "
               "wobec 26,1% w mieście.")
        self.caption("Wybrane dane demograficzne obszaru MID na tle miasta")
        self.simple_table(["Wskaźnik", "Obszar MID 2013", "Obszar MID 2023", "Sosnowiec 2023"], [
            ["Liczba mieszkańców", "11 883", "9 812", "190 956"],
            ["Zmiana liczby ludności 2013–2023", "—", "-17,4%", "-9,8%"],
            ["Udział osób w wieku przedprodukcyjnym", "15,9%", "14,2%", "15,7%"],
            ["Udział osób w wieku poprodukcyjnym", "24,3%", "29,6%", "26,1%"],
            ["Saldo migracji na 1 000 mieszkańców", "-9,1", "-11,6", "-4,2"],
            ["Gęstość zaludnienia (os./km²)", "16 058", "13 259", "2 093"],
        ], [4000, 1900, 1900, 1800], bold_first_col=True)
        self.source("opracowanie własne UM na podstawie danych ewidencji ludności i BDL GUS.")
        self.H2("3.3. Problemy społeczne")
        self.P("Koncentracja problemów społecznych jest podstawową przesłanką wyznaczenia obszaru. W 2023 r. "
               "ze świadczeń MOPS korzystało 1 158 mieszkańców obszaru. Najczęstszymi powodami przyznania pomocy "
               "były ubóstwo (61% rodzin), długotrwała lub ciężka choroba (38%), bezrobocie (27%) oraz "
               "bezradność w sprawach opiekuńczo-wychowawczych (19%). Na terenie obszaru działa 14 rodzin "
               "objętych nadzorem kuratora, a liczba interwencji domowych policji w sprawach przemocy "
               "(procedura „Niebieskiej Karty”) wyniosła 63.")
        self.caption("Wskaźniki problemów społecznych w 2023 r.")
        self.simple_table(["Wskaźnik", "Obszar MID", "Sosnowiec", "Relacja"], [
            ["Osoby korzystające z pomocy społecznej na 1 000 mieszk.", "118,0", "61,4", "1,92"],
            ["Rodziny z dodatkiem mieszkaniowym na 1 000 mieszk.", "21,3", "8,7", "2,45"],
            ["Niebieskie Karty na 1 000 mieszk.", "6,4", "2,9", "2,21"],
            ["Przestępstwa stwierdzone na 1 000 mieszk.", "31,2", "19,8", "1,58"],
            ["Wyniki egzaminu ósmoklasisty – matematyka (%)", "41", "52", "0,79"],
        ], [4600, 1700, 1700, 1600], bold_first_col=True)
        self.source("MOPS w Sosnowcu, Komenda Miejska Policji w Sosnowcu, OKE w Jaworznie.")
        self.P("Rozmowy z pracownikami socjalnymi i pedagogami wskazują, że problemem nie jest wyłącznie "
               "niski dochód, ale także osłabienie więzi sąsiedzkich. Na obszarze nie funkcjonuje żadne miejsce, "
               "w którym mieszkańcy mogliby się spotykać bez konieczności konsumpcji – ostatni dom kultury przy "
               "ul. Ostrogórskiej zamknięto w 2009 r. Młodzież spędza czas wolny na klatkach schodowych, "
               "w okolicach dworca Sosnowiec Pogoń i na parkingu przy markecie. W 2023 r. odnotowano tam "
               "42 interwencje straży miejskiej związane z zakłócaniem porządku przez osoby niepełnoletnie.")
        self.P("Jednocześnie obszar ma potencjał społeczny, który może być punktem wyjścia do zmian: działa tu "
               "parafialny zespół Caritas, dwa kluby sportowe, Uniwersytet Trzeciego Wieku przy szkole oraz "
               "nieformalna grupa „Sąsiedzi z Ostrogórskiej”, która w 2022 r. samodzielnie odnowiła skwer przy "
               "kościele. W ankiecie 23% respondentów zadeklarowało gotowość do zaangażowania się w działania "
               "na rzecz swojego podwórka lub ulicy.")
        self.H2("3.4. Gospodarka i rynek pracy")
        self.P("Funkcja handlowa ul. Ostrogórskiej i ul. Mireckiego uległa w ostatnich latach wyraźnemu "
               "osłabieniu. Spośród 146 lokali użytkowych w parterach kamienic 38 pozostaje pustych, a kolejne "
               "21 zajmują lombardy, punkty gier i sklepy z alkoholem. Liczba podmiotów gospodarczych "
               "zarejestrowanych na obszarze spadła w latach 2015–2023 o 11%, podczas gdy w mieście wzrosła o 6%.")
        self.caption("Podmioty gospodarki narodowej i bezrobocie")
        self.simple_table(["Wskaźnik", "2015", "2019", "2023"], [
            ["Podmioty REGON na 1 000 mieszk. – obszar MID", "98", "93", "89"],
            ["Podmioty REGON na 1 000 mieszk. – Sosnowiec", "108", "112", "121"],
            ["Bezrobotni zarejestrowani – obszar MID", "612", "401", "356"],
            ["Udział długotrwale bezrobotnych – obszar MID", "58%", "61%", "64%"],
            ["Pustostany użytkowe w parterach", "b.d.", "29", "38"],
        ], [4600, 1650, 1650, 1700], bold_first_col=True)
        self.source("PUP w Sosnowcu, REGON, inwentaryzacja lokali użytkowych UM (2019, 2023).")
        self.P("Liczba bezrobotnych spada, ale rośnie udział osób pozostających bez pracy dłużej niż 12 miesięcy – "
               "często z niskimi kwalifikacjami i problemami zdrowotnymi. Przedsiębiorcy z ul. Mireckiego wskazują "
               "jako główne bariery wysokie koszty dostosowania lokali, brak ruchu pieszego oraz złą opinię "
               "o bezpieczeństwie okolicy po zmroku.")
        self.H2("3.5. Stan zabudowy i przestrzeni publicznej")
        self.P("Gmina jest właścicielem lub współwłaścicielem 112 budynków na obszarze, w których znajduje się "
               "1 487 lokali mieszkalnych. Zasób jest w znacznej części wyeksploatowany: 41% lokali ogrzewanych "
               "jest piecami węglowymi lub elektrycznie, 9% nie ma łazienki, a 137 lokali pozostaje pustostanami "
               "wymagającymi remontu kapitalnego. Średni wiek budynku komunalnego na obszarze to 96 lat.")
        self.P("Przestrzeń publiczna jest fragmentaryczna. Obszar nie ma ani jednego placu miejskiego, a jedyny "
               "skwer o powierzchni powyżej 0,5 ha leży przy kościele. Nadrzeczne tereny Czarnej Przemszy, "
               "choć położone zaledwie 300 m od ul. Ostrogórskiej, są niedostępne – porastają je samosiejki, "
               "a część zajmuje nielegalny parking. Udział powierzchni biologicznie czynnej w kwartałach "
               "zabudowy śródmiejskiej wynosi 14%, co przy coraz częstszych nawalnych deszczach skutkuje "
               "lokalnymi podtopieniami piwnic (19 zgłoszeń w latach 2021–2023).")
        self.P("Ruch samochodowy koncentruje się na ul. Ostrogórskiej, która pełni funkcję skrótu między "
               "ul. 3 Maja a drogą krajową nr 94. W godzinach szczytu przejeżdża nią ok. 640 pojazdów na godzinę, "
               "z czego w pomiarach z 2023 r. 38% przekraczało dozwoloną prędkość. W latach 2019–2023 "
               "odnotowano na niej 27 zdarzeń drogowych z udziałem pieszych.[[fn:Dane Komendy Miejskiej Policji w Sosnowcu przekazane pismem z 12 lutego 2024 r.; pomiar prędkości – MZDiT, kwiecień 2023 r.]]")
        self.H2("3.6. Dotychczasowe działania rewitalizacyjne")
        self.P("Pogoń była już przedmiotem interwencji publicznych, jednak miały one charakter rozproszony "
               "i dotyczyły głównie infrastruktury. Poniższe zestawienie obejmuje przedsięwzięcia zrealizowane "
               "w latach 2010–2023 i służy ocenie ich efektów, a nie planowaniu nowych zadań.")
        self.caption("Przedsięwzięcia zrealizowane na obszarze w latach 2010–2023")
        self.simple_table(["Nazwa przedsięwzięcia", "Realizator", "Lata", "Wartość"], [
            ["Przebudowa placu przed dworcem Sosnowiec Pogoń", "UM Sosnowiec", "2011–2012", "2,1 mln zł"],
            ["Termomodernizacja budynków komunalnych przy ul. Wiejskiej", "MZBM", "2015–2017", "4,6 mln zł"],
            ["Program Aktywności Lokalnej „Razem na Pogoni”", "MOPS", "2017–2019", "780 tys. zł"],
            ["Modernizacja boiska przy Szkole Podstawowej nr 21", "MOSiR", "2018", "650 tys. zł"],
            ["Remont elewacji kamienic przy ul. Ostrogórskiej 3–11", "MZBM", "2019–2021", "3,3 mln zł"],
            ["Budżet obywatelski: skwer „Pod Kasztanami”", "UM Sosnowiec", "2022", "190 tys. zł"],
        ], [4100, 1900, 1500, 2100], head_fill="E2EFD9")
        self.source("Biuro ds. Rewitalizacji UM, sprawozdania z realizacji GPR.")
        self.P("Ocena tych projektów jest niejednoznaczna. Remonty elewacji poprawiły wizerunek "
               "ul. Ostrogórskiej, ale nie towarzyszyły im działania w podwórkach ani wsparcie najemców "
               "lokali użytkowych. Program Aktywności Lokalnej przyniósł dobre efekty w pracy z rodzinami, "
               "jednak po zakończeniu finansowania zespół animatorów został rozwiązany. Wnioski te przesądziły "
               "o tym, że niniejsza MID łączy przedsięwzięcia infrastrukturalne ze społecznymi i zakłada ich "
               "równoległą realizację na tych samych ulicach.")
        self.H2("3.7. Analiza SWOT")
        self.caption("Analiza SWOT obszaru MID")
        sw = [
            ("MOCNE STRONY", ["zwarta zabudowa o wartości historycznej", "bliskość dwóch stacji kolejowych i linii tramwajowych",
                              "silna tożsamość lokalna i aktywne grupy sąsiedzkie", "duży zasób gminnych lokali użytkowych"]),
            ("SŁABE STRONY", ["koncentracja ubóstwa i bezrobocia długotrwałego", "zdegradowane podwórka i brak placów",
                              "odpływ młodych mieszkańców", "zły stan techniczny zasobu komunalnego"]),
            ("SZANSE", ["środki FE SL 2021–2027 w formule ZIT", "rozwój transportu metropolitalnego GZM",
                        "rosnące zainteresowanie zabudową historyczną wśród młodych rodzin", "wsparcie eksperckie programu PIM"]),
            ("ZAGROŻENIA", ["wzrost kosztów robót budowlanych", "gentryfikacja i wypieranie dotychczasowych mieszkańców",
                            "niewystarczająca kadra pomocy społecznej", "susze i nawalne deszcze"]),
        ]

        def swcell(title, items, fill):
            ps = [d.p(d.r(title, b=True, sz=20), after=60, align="center")]
            ps += [d.p(d.r("– " + it, sz=20), after=20, align="left") for it in items]
            return d.cell(ps, 4800, shade=fill)
        d.add(d.table([4800, 4800], [
            [swcell(*sw[0], "E2EFD9"), swcell(*sw[1], "FBE4D5")],
            [swcell(*sw[2], "DEEAF6"), swcell(*sw[3], "FFF2CC")],
        ]))
        self.source("warsztat SWOT Lokalnego Partnerstwa, 16 kwietnia 2024 r.")

    def ch4_objectives(self):
        self.H1("4. CELE MIEJSKIEJ INICJATYWY DZIAŁANIA")
        self.P("Cele MID wyprowadzono z diagnozy i z wyników warsztatów Lokalnego Partnerstwa. Uczestnicy "
               "warsztatu z 21 maja 2024 r. sformułowali wizję obszaru w 2030 r.: „Pogoń to dzielnica, w której "
               "sąsiedzi się znają, dzieci bawią się na zielonych podwórkach, a na ul. Ostrogórskiej znów "
               "otwierają się sklepy i warsztaty”. Wizja ta została przełożona na hierarchię celów.")
        self.H2("Cel główny")
        self.P("**Odbudowa Pogoni jako dzielnicy, w której opłaca się mieszkać, pracować i działać razem "
               "z sąsiadami.**", first_line=0)
        self.H2("Cele szczegółowe")
        self.P("**CS 1. Aktywni i wspierający się mieszkańcy.** Wzmocnienie więzi sąsiedzkich, integracja "
               "osób zagrożonych wykluczeniem i stworzenie stałego miejsca aktywności lokalnej.", first_line=0)
        self.P("**CS 2. Bezpieczna, zielona i dostępna przestrzeń.** Odnowa podwórek, uspokojenie ruchu "
               "i otwarcie doliny Czarnej Przemszy dla mieszkańców, z uwzględnieniem adaptacji do zmian klimatu.",
               first_line=0)
        self.P("**CS 3. Żywe parterowe ulice.** Zagospodarowanie pustostanów użytkowych i wsparcie lokalnej "
               "przedsiębiorczości, zwłaszcza rzemiosła i usług dla mieszkańców.", first_line=0)
        self.P("Powiązanie celów szczegółowych z celami GPR przedstawia poniższa tabela.")
        self.caption("Powiązanie celów MID z celami Gminnego Programu Rewitalizacji")
        self.simple_table(["Cel MID", "Cel GPR", "Problem kluczowy z diagnozy"], [
            ["CS 1", "Cel 1. Włączenie społeczne mieszkańców", "ubóstwo, osłabienie więzi, brak miejsc spotkań"],
            ["CS 2", "Cel 2. Odnowiona przestrzeń i środowisko", "zdegradowane podwórka, ruch tranzytowy, brak zieleni"],
            ["CS 3", "Cel 3. Lokalna gospodarka", "pustostany użytkowe, spadek liczby firm"],
        ], [1400, 3800, 4400])

    def ch5_actions(self):
        d = self.d
        self.H1("5. PRZEDSIĘWZIĘCIA")
        self.P("W rozdziale przedstawiono przedsięwzięcia, które Lokalne Partnerstwo uznało za niezbędne do "
               "osiągnięcia celów MID. Przedsięwzięcia wybrano spośród 31 pomysłów zgłoszonych podczas warsztatów "
               "i konsultacji, stosując kryteria: wpływ na problemy kluczowe, gotowość do realizacji, "
               "dostępność źródeł finansowania oraz możliwość zaangażowania mieszkańców. Szczegółowe informacje "
               "o każdym przedsięwzięciu, w tym koszty, źródła finansowania i wskaźniki, zawierają karty "
               "przedsięwzięć w Załączniku nr 1; poniższe zestawienie podaje okres realizacji.")
        self.P("Przedsięwzięcia zaplanowano tak, by wzajemnie się wzmacniały: Centrum Aktywności Lokalnej będzie "
               "zapleczem dla mikrograntów i streetworkingu, przebudowa podwórek zostanie połączona z budową "
               "ogrodów deszczowych, a inkubator rzemiosła skorzysta z uspokojenia ruchu i poprawy wizerunku "
               "ul. Mireckiego.")
        # landscape section with the summary table
        d.add(d.section_break(header="hdr1", footer="ftr1"))
        self.caption("Zestawienie przedsięwzięć Miejskiej Inicjatywy Działania")
        widths = [800, 7400, 4300, 2800]

        def hc(t, w):
            return d.cell([d.p(d.r(t, b=True, sz=20), after=20, align="center")], w, shade="C5E0B3", valign="center")

        def c(t, w, align="left"):
            return d.cell([d.p(d.r(t, sz=20), after=30, before=30, align=align)], w)
        rows = [[hc("Lp.", widths[0]), hc("Nazwa przedsięwzięcia", widths[1]), hc("Realizator", widths[2]),
                 hc("Okres realizacji", widths[3])]]
        groups = [("CS 1", "Cel szczegółowy 1 – Aktywni i wspierający się mieszkańcy"),
                  ("CS 2", "Cel szczegółowy 2 – Bezpieczna, zielona i dostępna przestrzeń"),
                  ("CS 3", "Cel szczegółowy 3 – Żywe parterowe ulice"),
                  ("CS 1–3", "Zarządzanie MID")]
        for cs, label in groups:
            rows.append([d.cell([d.p(d.r(label, b=True, i=True, sz=20), after=20, align="left")],
                                sum(widths), span=4, shade="F2F2F2")])
            for n, a in enumerate(ACTIONS, 1):
                if a["cs"] != cs:
                    continue
                rows.append([c(f"{n}.", widths[0], "center"), c(a["title"], widths[1]),
                             c(a["responsible"], widths[2]), c(a["timeline"], widths[3])])
        d.add(d.table(widths, rows, header_rows=1))
        self.source("opracowanie zespołu zadaniowego na podstawie ustaleń LP z 24 października 2024 r.")
        d.add(d.p(d.r("Numeracja przedsięwzięć odpowiada numeracji kart w Załączniku nr 1. Grupowanie według "
                      "celów szczegółowych ma charakter porządkowy.", i=True, sz=20), after=0))
        d.add(d.section_break(landscape=True, header="hdr1", footer="ftr1"))
        # back to portrait
        self.H2("5.1. Projekty komplementarne")
        self.P("Na obszarze MID i w jego bezpośrednim sąsiedztwie realizowane są lub będą projekty innych "
               "podmiotów, finansowane poza MID, które wzmacniają jej efekty. Nie są one przedsięwzięciami "
               "MID – Lokalne Partnerstwo będzie jedynie monitorować ich postęp i dbać o koordynację terminów.", first_line=567)
        self.caption("Projekty komplementarne")
        self.simple_table(["Projekt", "Podmiot", "Źródło finansowania", "Termin"], [
            ["Przebudowa węzła przesiadkowego przy stacji Sosnowiec Pogoń", "GZM / PKP PLK S.A.", "FEnIKS, środki GZM", "2025–2027"],
            ["Modernizacja torowiska tramwajowego w ul. 3 Maja", "Tramwaje Śląskie S.A.", "FEnIKS", "2024–2026"],
            ["Termomodernizacja Szkoły Podstawowej nr 27", "UM Sosnowiec", "FE SL 2021–2027", "2025"],
            ["Wymiana źródeł ciepła w budynkach wspólnot", "wspólnoty mieszkaniowe", "program „Czyste Powietrze”", "ciągle"],
            ["Podłączenie kamienic przy ul. Grabowej do sieci ciepłowniczej", "operator sieci ciepłowniczej", "środki własne operatora", "2026"],
        ], [3900, 2100, 2200, 1400], head_fill="E2EFD9")
        self.P("Wymienione projekty nie są finansowane z budżetu MID i nie zostały ujęte w harmonogramie ani "
               "w budżecie w rozdziałach 6 i 7.")

    def ch6_schedule(self):
        d = self.d
        self.H1("6. HARMONOGRAM REALIZACJI")
        self.P("Realizacja MID obejmuje lata 2025–2029. W pierwszym roku przewidziano uruchomienie działań "
               "społecznych, które nie wymagają długiego przygotowania inwestycyjnego (CAL w formule "
               "tymczasowej, mikrogranty, streetworking), oraz prace projektowe dla inwestycji. Zadania "
               "budowlane skumulowane są w latach 2026–2027, a rok 2029 przeznaczono na ewaluację "
               "i przygotowanie kolejnej edycji dokumentu. Dokładne okresy realizacji podano w tabeli "
               "w rozdziale 5.")
        self.caption("Harmonogram przedsięwzięć w układzie rocznym")
        years = [2025, 2026, 2027, 2028, 2029]
        widths = [700, 4400] + [900] * 5
        rows = [[d.cell([d.p(d.r(t, b=True, sz=20), align="center", after=20)], w, shade="C5E0B3")
                 for t, w in zip(["Nr", "Przedsięwzięcie (skrót)"] + [str(y) for y in years], widths)]]
        short = ["CAL „Pogoń 21”", "Zielone podwórka", "Strefa zamieszkania Ostrogórska/Mireckiego",
                 "Bulwar nad Czarną Przemszą", "Ogrody deszczowe", "Inkubator rzemiosła",
                 "Bon Startowy", "Mikrogranty", "Streetworking", "Koordynacja i monitoring"]
        for n, a in enumerate(ACTIONS, 1):
            row = [d.cell([d.p(d.r(str(n), sz=20), align="center", after=20)], 700),
                   d.cell([d.p(d.r(short[n - 1], sz=20), align="left", after=20)], 4400)]
            for y in years:
                on = y in a["years"]
                row.append(d.cell([d.p(d.r("■" if on else "", sz=20, color="385623"), align="center", after=20)],
                                  900, shade="A8D08D" if on else None))
            rows.append(row)
        d.add(d.table(widths, rows, header_rows=1))
        self.source("opracowanie własne.")
        self.P("Kamienie milowe MID: otwarcie CAL w docelowej siedzibie (IV kw. 2026), zakończenie przebudowy "
               "pierwszych dwóch podwórek (III kw. 2026), oddanie bulwaru nad Czarną Przemszą (2028), "
               "raport z monitoringu śródokresowego (2027) i raport końcowy (2029).")

    def ch7_budget(self):
        d = self.d
        self.H1("7. BUDŻET I ŹRÓDŁA FINANSOWANIA")
        self.P("Budżet MID ma charakter szacunkowy. Koszty inwestycji oszacowano na podstawie wskaźników "
               "cenowych z przetargów rozstrzygniętych przez Gminę w latach 2023–2024, powiększonych o 8% "
               "rezerwy na wzrost cen. Dla przedsięwzięć społecznych przyjęto koszty osobowe według stawek "
               "MOPS i PUP. Koszty i źródła finansowania poszczególnych przedsięwzięć podano w kartach "
               "w Załączniku nr 1.")
        self.P("Dla jednego przedsięwzięcia (inkubator rzemiosła) koszt zostanie ustalony po zakończeniu "
               "przeglądu technicznego lokali użytkowych, a koszty koordynacji MID pokrywane są w ramach "
               "bieżącego funkcjonowania Urzędu i nie zostały wyodrębnione.")
        self.caption("Struktura finansowania MID według źródeł (szacunek)")
        self.simple_table(["Źródło finansowania", "Kwota szacunkowa", "Udział"], [
            ["FE SL 2021–2027 (EFRR i EFS+, w tym ZIT)", "5 860 000 zł", "42%"],
            ["FEnIKS 2021–2027", "3 100 000 zł", "22%"],
            ["budżet Gminy Sosnowiec", "3 830 000 zł", "28%"],
            ["Fundusz Pracy (PUP)", "450 000 zł", "3%"],
            ["WFOŚiGW w Katowicach", "120 000 zł", "1%"],
            ["środki wspólnot mieszkaniowych", "515 000 zł", "4%"],
            ["Razem", "13 875 000 zł", "100%"],
        ], [5000, 2600, 2000], bold_first_col=True)
        self.source("opracowanie własne; kwoty zaokrąglone.")
        self.P("Wkład własny Gminy zostanie zabezpieczony w Wieloletniej Prognozie Finansowej na lata "
               "2025–2030. W przypadku nieuzyskania dofinansowania z FEnIKS dla bulwaru nad Czarną Przemszą "
               "przedsięwzięcie zostanie podzielone na etapy, a pierwszy etap (ciąg pieszo-rowerowy) będzie "
               "realizowany ze środków własnych.")

    def ch8_partnership(self):
        self.H1("8. LOKALNE PARTNERSTWO I PARTYCYPACJA SPOŁECZNA")
        self.P("Lokalne Partnerstwo zostało zawiązane w marcu 2024 r. na podstawie deklaracji współpracy "
               "podpisanych przez 23 podmioty. W jego skład wchodzą przedstawiciele Urzędu Miejskiego i "
               "jednostek organizacyjnych Gminy, Rady Dzielnicy Pogoń, organizacji pozarządowych, parafii, "
               "szkół, wspólnot mieszkaniowych, przedsiębiorców oraz mieszkańców niezrzeszonych wybranych "
               "podczas otwartego spotkania. Partnerstwu przewodniczy Pełnomocnik Prezydenta ds. Rewitalizacji, "
               "a funkcję sekretariatu pełni Biuro ds. Rewitalizacji.")
        self.P("Partnerstwo pracowało w formule warsztatowej. Spotkania odbywały się w Szkole Podstawowej "
               "nr 21 i w sali parafialnej, zwykle w godzinach popołudniowych, aby umożliwić udział osobom "
               "pracującym. Poniżej zestawiono spotkania warsztatowe:")
        d = self.d
        meetings = [
            "Warsztat otwierający „Pogoń – co nas łączy?” – 12 marca 2024 r.",
            "Spacer badawczy po podwórkach kwartału Kilińskiego–Mireckiego – 6 kwietnia 2024 r.",
            "Warsztat diagnostyczny i analiza SWOT – 16 kwietnia 2024 r.",
            "Warsztat „Wizja Pogoni 2030” – 21 maja 2024 r.",
            "Warsztat przedsięwzięć: przestrzeń i zieleń – 11 czerwca 2024 r.",
            "Warsztat przedsięwzięć: aktywność społeczna i przedsiębiorczość – 25 czerwca 2024 r.",
            "Spotkanie z przedsiębiorcami z ul. Mireckiego – 3 lipca 2024 r.",
            "Warsztat priorytetyzacji przedsięwzięć – 27 sierpnia 2024 r.",
            "Spotkanie podsumowujące konsultacje – 24 października 2024 r.",
            "Posiedzenie przyjmujące wersję ostateczną MID – 14 listopada 2024 r.",
        ]
        for m in meetings:
            d.add(d.p(d.r(m, sz=22), after=40, ind_left=567, align="left"))
        d.add(d.p("", after=60))
        self.P("Łącznie w warsztatach wzięło udział 187 osób (liczone z powtórzeniami), w tym 64 mieszkańców "
               "niezrzeszonych. Frekwencja była najwyższa podczas spaceru badawczego i spotkania o podwórkach, "
               "najniższa – podczas warsztatu dotyczącego przedsiębiorczości, co skłoniło zespół do "
               "zorganizowania osobnego spotkania z przedsiębiorcami w ich lokalach.")
        self.H2("8.1. Konsultacje społeczne projektu MID")
        self.P("Projekt MID był konsultowany w dniach 9 września – 11 października 2024 r. w formach: "
               "formularza papierowego i elektronicznego, dwóch dyżurów konsultacyjnych w CAL (tymczasowa "
               "siedziba), otwartego spotkania oraz punktu konsultacyjnego na festynie parafialnym. Zebrano "
               "47 uwag, w tym 31 od osób fizycznych, 9 od organizacji i 7 od wspólnot mieszkaniowych. "
               "Szczegółowe zestawienie uwag wraz ze sposobem ich rozpatrzenia zawiera Załącznik nr 2.")
        self.P("Najwięcej uwag dotyczyło parkowania (12), bezpieczeństwa (9) i zieleni na podwórkach (8). "
               "Kilka propozycji wykraczało poza kompetencje Gminy albo nie dotyczyło obszaru MID – te "
               "przekazano właściwym jednostkom.")
        self.H2("8.2. Rola Partnerstwa we wdrażaniu")
        self.P("Po przyjęciu MID Lokalne Partnerstwo przekształci się w zespół wdrożeniowy, który będzie się "
               "spotykał raz na kwartał. Do jego zadań należy opiniowanie projektów technicznych podwórek "
               "i bulwaru, udział w komisji mikrograntów, przegląd wskaźników oraz inicjowanie aktualizacji "
               "dokumentu. Przedstawiciele Partnerstwa wejdą także w skład Komitetu Rewitalizacji.")

    def ch9_monitoring(self):
        self.H1("9. MONITORING I WSKAŹNIKI")
        self.P("System monitoringu MID opiera się na trzech poziomach: monitoringu rzeczowym przedsięwzięć "
               "(karty przedsięwzięć, raporty realizatorów co pół roku), monitoringu wskaźników celów "
               "(dane MOPS, PUP, ewidencji ludności, Policji – raz w roku) oraz badaniu opinii mieszkańców "
               "(ankieta powtarzana w latach 2027 i 2029 na próbie co najmniej 400 osób). Za zbieranie danych "
               "odpowiada Biuro ds. Rewitalizacji, a wyniki omawiane są na posiedzeniach Lokalnego Partnerstwa.")
        self.caption("Wskaźniki realizacji celów MID")
        self.simple_table(["Cel", "Wskaźnik", "Wartość bazowa (2023)", "Wartość docelowa (2029)"], [
            ["CG", "Liczba mieszkańców obszaru", "9 812", "min. 9 400"],
            ["CS 1", "Osoby korzystające z pomocy społecznej na 1 000 mieszk.", "118,0", "100,0"],
            ["CS 1", "Odsetek mieszkańców deklarujących udział w działaniach sąsiedzkich", "11%", "20%"],
            ["CS 2", "Udział powierzchni biologicznie czynnej w kwartałach śródmiejskich", "14%", "18%"],
            ["CS 2", "Zdarzenia drogowe z udziałem pieszych (średnio rocznie)", "5,4", "2,0"],
            ["CS 3", "Pustostany użytkowe w parterach", "38", "20"],
            ["CS 3", "Podmioty REGON na 1 000 mieszk.", "89", "95"],
        ], [900, 4700, 2000, 2000])
        self.source("opracowanie własne.")
        self.P("Wskaźniki produktu i rezultatu dla poszczególnych przedsięwzięć wskazano w kartach "
               "przedsięwzięć. Raport z monitoringu śródokresowego zostanie przedstawiony Radzie Miejskiej "
               "w 2027 r. Jeżeli wartości wskaźników będą odbiegać od zakładanych o więcej niż 30%, "
               "Partnerstwo przygotuje propozycję aktualizacji MID.")

    def ch10_risks(self):
        self.H1("10. ZARZĄDZANIE RYZYKIEM")
        self.P("Analiza ryzyka wraz z planem działań zaradczych zostanie opracowana przez zespół zadaniowy "
               "po rozstrzygnięciu naborów w ramach FE SL 2021–2027 i stanowić będzie aktualizację "
               "niniejszego rozdziału.")

    def card(self, n, a):
        d = self.d
        W = [2300, 2500, 2300, 2500]
        full = sum(W)
        lab = "E2EFD9"

        def L(t, w, **kw):
            return d.cell([d.p(d.r(t, b=True, sz=20), after=20, before=20, align="left")], w, shade=lab, **kw)

        def V(t, w, **kw):
            return d.cell([d.p(d.r(t, sz=20), after=20, before=20, align="left")], w, **kw)
        rows = [
            [d.cell([d.p(d.r(f"PRZEDSIĘWZIĘCIE NR {n}", b=True, sz=20, color="FFFFFF"), align="center", after=20)],
                    full, span=4, shade="385623")],
            [L("Nazwa przedsięwzięcia", W[0]), V(a["title"], W[1] + W[2] + W[3], span=3)],
            [L("Cel szczegółowy", W[0]), V(a["cs"], W[1]), L("Lokalizacja", W[2]), V(a["location"], W[3])],
            [L("Opis", W[0]), V(a["desc"], W[1] + W[2] + W[3], span=3)],
            [L("Realizator", W[0]), V(a["responsible"], W[1]), L("Partnerzy", W[2]), V(a["partners"], W[3])],
            [L("Finansowanie", W[0], vmerge="restart"), L("Szacunkowy koszt", W[1]), V(a["cost"], W[2] + W[3], span=2)],
            [L("", W[0], vmerge="cont"), L("Źródło finansowania", W[1]), V(a["funding"], W[2] + W[3], span=2)],
            [L("Wskaźnik (wartość docelowa)", W[0]), V(a["indicator"], W[1] + W[2] + W[3], span=3)],
        ]
        d.add(d.p(d.r(f"Karta przedsięwzięcia nr {n}", b=True, sz=21), style="Caption", keep_next=True,
                  before=0 if n == 1 else 300, page_break_before=(n > 1)))
        d.add(d.table(W, rows))

    def annex1_cards(self):
        d = self.d
        self.H1("Załącznik nr 1 – Karty przedsięwzięć")
        self.P("Karty zawierają informacje uzupełniające zestawienie z rozdziału 5. Wartości kosztów są "
               "szacunkowe i zostaną urealnione na etapie dokumentacji projektowej.")
        for n, a in enumerate(ACTIONS, 1):
            self.card(n, a)
            d.add(d.p("", after=120))

    def annex2_consultations(self):
        self.H1("Załącznik nr 2 – Raport z konsultacji społecznych")
        self.P("Poniżej przedstawiono wybrane propozycje zgłoszone przez mieszkańców i organizacje w trakcie "
               "konsultacji, które dotyczyły nowych zadań (pozostałe uwagi miały charakter redakcyjny lub "
               "odnosiły się do diagnozy). Propozycje nie stanowią przedsięwzięć MID, chyba że wskazano "
               "inaczej w kolumnie „Sposób rozpatrzenia”.")
        self.caption("Propozycje mieszkańców zgłoszone w konsultacjach i sposób ich rozpatrzenia")
        self.simple_table(["Nr", "Propozycja", "Zgłaszający", "Sposób rozpatrzenia"], [
            ["1", "Budowa parkingu wielopoziomowego przy ul. Kilińskiego", "mieszkaniec", "nieuwzględniona – brak terenu gminnego, sprzeczność z celem CS 2"],
            ["2", "Wybieg dla psów na terenach nad Czarną Przemszą", "grupa mieszkańców (14 podpisów)", "uwzględniona częściowo – do rozważenia w projekcie bulwaru (przedsięwzięcie nr 4)"],
            ["3", "Monitoring wizyjny na wszystkich podwórkach", "wspólnota mieszkaniowa", "nieuwzględniona – zadanie poza zakresem MID, przekazano Straży Miejskiej"],
            ["4", "Bezpłatne zajęcia komputerowe dla seniorów", "Uniwersytet Trzeciego Wieku", "uwzględniona – w programie CAL „Pogoń 21”"],
            ["5", "Przywrócenie targowiska przy ul. Mireckiego", "przedsiębiorca", "nieuwzględniona na obecnym etapie – wymaga analizy własności terenu"],
            ["6", "Festyn „Dzień Sąsiada” co roku w czerwcu", "Rada Dzielnicy Pogoń", "uwzględniona – możliwa do realizacji w ramach mikrograntów"],
            ["7", "Nowa linia autobusowa do Zagórza przez ul. Ostrogórską", "mieszkanka", "nieuwzględniona – przekazano do ZTM GZM"],
            ["8", "Nasadzenia drzew w pasie drogowym ul. Grabowej", "organizacja ekologiczna", "uwzględniona częściowo – zależna od uzgodnień z gestorami sieci"],
        ], [500, 3600, 2200, 3300], head_fill="E2EFD9")
        self.source("protokół z konsultacji społecznych, Biuro ds. Rewitalizacji UM, październik 2024 r.")
        self.P("Pełna treść uwag, wraz z danymi zgłaszających zanonimizowanymi zgodnie z RODO, dostępna jest "
               "w Biurze ds. Rewitalizacji Urzędu Miejskiego w Sosnowcu oraz w Biuletynie Informacji Publicznej.")


SECTIONS = {"summary": "present", "context": "present", "objectives": "present", "actions": "present",
            "schedule": "present", "budget": "present", "stakeholders": "present",
            "indicators": "present", "risks": "incomplete"}

TRAPS = [
    "odt_saved_by_libreoffice",
    "bold_caps_manual_headings",
    "actions_in_table_and_annex_cards",
    "fields_split_table_vs_card",
    "four_column_cards_with_merged_cells",
    "objective_group_rows_in_action_table",
    "landscape_section_for_action_table",
    "past_projects_in_diagnosis_decoy",
    "complementary_projects_decoy",
    "meeting_list_name_dash_date_decoy",
    "residents_proposals_annex_decoy",
    "gantt_table_by_number",
    "risks_deferred_incomplete",
    "null_values_do_oszacowania_bd_dash",
    "cost_per_year",
]


def build(outdir=common.OUTDIR):
    work = common.tmpdir()
    try:
        b = Builder()
        d = b.build()
        docx = os.path.join(work, "MID_Sosnowiec_rewitalizacja.docx")
        d.save(docx, d.sectpr(header="hdr1", footer="ftr1"))
        odt = common.convert(docx, "odt", work)
        common.normalize_zip(odt)
        pdf = common.convert(odt, "pdf", work)
        pages = common.count_pages(pdf)
        txt_dir = os.path.join(work, "txt")
        os.makedirs(txt_dir)
        txt = common.convert(odt, "txt:Text (encoded):UTF8", txt_dir)
        text = open(txt, encoding="utf-8", errors="replace").read() + "\n" + common.pdf_text(pdf)
        gold = {
            "file": FILE, "document_type": "mid", "city": CITY, "network": "revitalisation",
            "status": "final", "text_layer": True, "pages": pages, "sections": SECTIONS,
            "actions": [common.action_entry(a) for a in ACTIONS],
            "traps": TRAPS,
            "notes": ("Written as DOCX and saved to ODT by LibreOffice. Actions appear twice: summary table "
                      "(chapter 5, landscape, with 'Cel szczegółowy N – …' group rows) gives Realizator and "
                      "Okres realizacji; cards in Załącznik nr 1 give cost, funding and indicator (and repeat "
                      "Realizator). Action 6 cost 'do oszacowania' and action 10 cost 'b.d.'/funding '—', "
                      "action 9 indicator '—' are not stated. Chapter 10 (risks) is only a deferral. Decoys: "
                      "past projects table (3.6), projekty komplementarne (5.1), LP meeting list (8), "
                      "residents' proposals (Załącznik nr 2), MID-level indicator table (9)."),
        }
        common.check_text(text, gold, extra_strings=["10. ZARZĄDZANIE RYZYKIEM", "Karta przedsięwzięcia nr 10"])
        if not 20 <= pages <= 60:
            raise AssertionError(f"{FILE}: {pages} pages, expected 20–60")
        os.makedirs(outdir, exist_ok=True)
        shutil.copy(odt, os.path.join(outdir, FILE))
        common.write_gold(os.path.join(outdir, FILE.rsplit(".", 1)[0] + ".gold.json"), gold)
        return FILE, pages
    finally:
        common.rm(work)


if __name__ == "__main__":
    print(build())
