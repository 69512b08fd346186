"""MID Olsztyn – mobility network – reportlab, single column.

Traps: table of contents (page 1) lists chapter 7 on risks that is absent
from the body; informal chapter headings ("Skąd wychodzimy", "Pieniądze",
…) numbered 1./1.1.; an action sub-heading "Harmonogram zimowego utrzymania
tras rowerowych" while the document has no schedule chapter at all; no
summary.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from h2_common import OUT_DIR, Action, H2Gold, rl
from pdfcommon import make_styles, register_fonts  # noqa: F401  (fonts + styles)

FILE = "mid_olsztyn_mobilnosc.pdf"
CITY = "Olsztyn"

ACTIONS = [
    Action("Priorytet dla tramwajów na al. Piłsudskiego i ul. Kościuszki", "public_transport",
           description="Sterowniki sygnalizacji świetlnej na 14 skrzyżowaniach zostaną "
                       "przeprogramowane i wyposażone w detekcję pojazdów szynowych, tak aby tramwaj "
                       "zbliżający się do skrzyżowania otrzymywał zielone światło bez zatrzymania. "
                       "Na ul. Kościuszki powstaną dwa przystanki wiedeńskie, które skrócą czas "
                       "wymiany pasażerów i uporządkują ruch samochodów przy torowisku.",
           responsible="Zarząd Dróg, Zieleni i Transportu w Olsztynie",
           timeline="2025–2026", cost="3,4 mln zł",
           indicator="skrócenie czasu przejazdu tramwaju z Jarot do Śródmieścia o 4 minuty"),
    Action("Harmonogram zimowego utrzymania tras rowerowych", "cycling",
           description="Obecnie drogi dla rowerów są odśnieżane w ostatniej kolejności, często "
                       "dopiero kilka dni po opadach. Miasto wyznaczy podstawową sieć tras o długości "
                       "48 km, łączącą Jaroty, Pieczewo, Kortowo, Śródmieście i Zatorze, która będzie "
                       "utrzymywana w tym samym standardzie co główne ulice: odśnieżanie do godz. 6.00 "
                       "i nie później niż 4 godziny po ustaniu opadów. Umowy z wykonawcami zimowego "
                       "utrzymania zostaną uzupełnione o odrębny zakres dla tras rowerowych, a mieszkańcy "
                       "będą mogli zgłaszać zaniedbania przez aplikację miejską.",
           responsible="Zarząd Dróg, Zieleni i Transportu w Olsztynie",
           timeline="od sezonu zimowego 2025/2026", cost="0,6 mln zł rocznie",
           indicator="48 km tras rowerowych utrzymywanych zimą w standardzie ulic głównych"),
    Action("Trasa rowerowa Kortowo – Śródmieście wzdłuż ul. Warszawskiej", "cycling",
           description="Brakujący odcinek o długości 3,2 km połączy kampus Uniwersytetu "
                       "Warmińsko-Mazurskiego z okolicą Wysokiej Bramy. Trasa zostanie poprowadzona "
                       "jako dwukierunkowa droga dla rowerów po zachodniej stronie ul. Warszawskiej, "
                       "z bezkolizyjnym przejazdem pod torami kolejowymi. Z kampusu codziennie korzysta "
                       "ponad 20 tys. studentów i pracowników, z których wielu mieszka w Śródmieściu "
                       "i na Zatorzu.",
           responsible="Zarząd Dróg, Zieleni i Transportu w Olsztynie",
           timeline="2026–2027", cost="9,8 mln zł", indicator=None),
    Action("Strefa uspokojonego ruchu na Zatorzu", "walking_traffic_calming",
           description="Na Zatorzu zostanie wprowadzone ograniczenie prędkości do 30 km/h na "
                       "wszystkich ulicach osiedlowych. Przewidziano 11 wyniesionych przejść dla "
                       "pieszych, doświetlenie wszystkich przejść w strefie, zawężenia jezdni przy "
                       "dwóch szkołach podstawowych oraz nowe chodniki tam, gdzie piesi chodzą dziś "
                       "poboczem. Projekt organizacji ruchu zostanie omówiony na spacerze badawczym "
                       "z mieszkańcami.",
           responsible="Zarząd Dróg, Zieleni i Transportu we współpracy z Radą Osiedla Zatorze",
           timeline="2025", cost="1,2 mln zł",
           indicator="o połowę mniej wypadków z udziałem pieszych na Zatorzu"),
    Action("Węzeł przesiadkowy Olsztyn Zachodni", "public_transport",
           description="Otoczenie stacji Olsztyn Zachodni zostanie przebudowane w zintegrowany węzeł: "
                       "powstaną nowe perony autobusowe, zadaszone dojście do przystanku tramwajowego, "
                       "parking rowerowy na 150 miejsc i tablice dynamicznej informacji pasażerskiej. "
                       "Przedsięwzięcie wymaga porozumienia z zarządcą infrastruktury kolejowej w sprawie "
                       "terenu położonego przy torach.",
           responsible="Urząd Miasta Olsztyna – Wydział Inwestycji Miejskich",
           timeline="2026–2028", cost="22,0 mln zł",
           indicator="6 tys. przesiadek dziennie w węźle"),
    Action("Kampania „Do pracy bez korków” dla pracodawców", "eco_awareness",
           description="Miasto zaprosi największych pracodawców do przygotowania planów mobilności "
                       "pracowniczej obejmujących wspólne dojazdy, bilety okresowe częściowo "
                       "finansowane przez pracodawcę, parkingi rowerowe i szatnie. Firmy, które wdrożą "
                       "plan, otrzymają certyfikat i pomoc w promocji. Kampanię uzupełnią dyżury "
                       "doradców komunikacji miejskiej w zakładach pracy.",
           responsible="Biuro Komunikacji Społecznej Urzędu Miasta Olsztyna",
           timeline=None, cost="150 tys. zł",
           indicator="20 firm z wdrożonym planem mobilności pracowniczej",
           extra={"gap": {"timeline": "Terminy poszczególnych etapów zostaną ustalone z pracodawcami."}}),
    Action("Stacje roweru miejskiego na Jarotach i Pieczewie", "cycling",
           description="System roweru miejskiego, dziś skupiony w Śródmieściu, zostanie rozszerzony "
                       "o 12 stacji na największych osiedlach południowej części miasta, w pobliżu "
                       "przystanków tramwajowych. Dzięki temu rower stanie się dopełnieniem podróży "
                       "tramwajem, a nie jej alternatywą.",
           responsible=None, timeline="2027", cost=None,
           indicator="12 nowych stacji roweru miejskiego",
           extra={"gap": {"responsible": "Operator systemu zostanie wyłoniony w postępowaniu "
                                         "przetargowym."}}),
]

BUDGET_ROWS = [
    ("Priorytet dla tramwajów na al. Piłsudskiego i ul. Kościuszki", "3,4", "FEnIKS 2021–2027, budżet miasta"),
    ("Harmonogram zimowego utrzymania tras rowerowych", "0,6 / rok", "budżet miasta"),
    ("Trasa rowerowa Kortowo – Śródmieście wzdłuż ul. Warszawskiej", "9,8", "FEWiM 2021–2027 (ZIT)"),
    ("Strefa uspokojonego ruchu na Zatorzu", "1,2", "budżet miasta, Rządowy Fundusz Rozwoju Dróg"),
    ("Węzeł przesiadkowy Olsztyn Zachodni", "22,0", "FEnIKS 2021–2027, budżet miasta"),
    ("Kampania „Do pracy bez korków” dla pracodawców", "0,15", "budżet miasta, pracodawcy"),
    ("Stacje roweru miejskiego na Jarotach i Pieczewie", "—", "do ustalenia"),
]

INDICATOR_ROWS = [
    ("Udział samochodu w podróżach mieszkańców", "49%", "40%", "badanie ruchu"),
    ("Udział roweru w podróżach mieszkańców", "5%", "9%", "badanie ruchu"),
    ("Przejazdy rowerowe w styczniu (liczniki, % wartości z czerwca)", "15%", "35%", "liczniki automatyczne"),
    ("Czas przejazdu tramwaju Jaroty – Śródmieście", "24 min", "20 min", "dane MPK"),
    ("Wypadki z udziałem pieszych na Zatorzu (3 lata)", "31", "15", "dane Policji"),
    ("Liczba pasażerów komunikacji miejskiej rocznie", "38,5 mln", "44 mln", "dane MPK"),
]

TOC = [  # (number, title, present in the body?)
    ("1.", "Skąd wychodzimy – Olsztyn w liczbach", True),
    ("2.", "Dokąd zmierzamy", True),
    ("3.", "Co zrobimy – katalog działań", True),
    ("4.", "Pieniądze", True),
    ("5.", "Kto z nami współpracuje", True),
    ("6.", "Jak sprawdzimy, czy się udało", True),
    ("7.", "Co może pójść nie tak – ryzyka i sposoby reagowania", False),
]


class _Doc(SimpleDocTemplate):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.heading_pages: dict[str, int] = {}

    def afterFlowable(self, flowable):
        if isinstance(flowable, Paragraph) and flowable.style.name == "h1":
            self.heading_pages[flowable.getPlainText().split()[0]] = self.page


def _styles():
    st = make_styles(font="DejaVuSerif", size=10, heading_font="LiberationSans", heading_size=14)
    st["h1"].textColor = colors.HexColor("#0b4f6c")
    st["h2"].fontName = "LiberationSans-Bold"
    st["h2"].fontSize = 11
    st["h2"].leading = 14
    st["facts"] = ParagraphStyle("facts", parent=st["body"], fontName="DejaVuSerif-Italic",
                                 fontSize=9.2, leading=12.4, leftIndent=10, alignment=0)
    st["toc"] = ParagraphStyle("toc", parent=st["body"], fontName="LiberationSans", fontSize=11,
                               leading=17, alignment=0)
    return st


def _decorate(canvas, doc):
    canvas.saveState()
    if doc.page > 1:
        canvas.setFont("LiberationSans", 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(20 * mm, A4[1] - 12 * mm,
                          "Miejska Inicjatywa Działania – Olsztyn   |   sieć Mobilność miejska")
        canvas.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"– {doc.page} –")
    canvas.restoreState()


def _story(st, gold: H2Gold | None, toc_pages: dict[str, int], last_page: int):
    rec_section = gold.section if gold else (lambda *a, **k: None)
    rec_action = gold.action if gold else (lambda a: a)
    s = []
    s.append(Spacer(1, 18 * mm))
    s.append(Paragraph("URZĄD MIASTA OLSZTYNA", ParagraphStyle(
        "org", fontName="LiberationSans-Bold", fontSize=12, leading=15, alignment=1,
        textColor=colors.HexColor("#0b4f6c"))))
    s.append(Spacer(1, 14 * mm))
    s.append(Paragraph("Miejska Inicjatywa Działania", st["title"]))
    s.append(Paragraph("„Olsztyn w ruchu – przez cały rok”", st["subtitle"]))
    s.append(Paragraph("Partnerska Inicjatywa Miast – sieć tematyczna „Mobilność miejska”",
                       st["subtitle"]))
    s.append(Spacer(1, 6 * mm))
    s.append(Paragraph("Olsztyn, marzec 2025 r.", ParagraphStyle(
        "date", parent=st["body"], alignment=1)))
    s.append(Spacer(1, 20 * mm))
    s.append(Paragraph("Spis treści", ParagraphStyle(
        "tochead", fontName="LiberationSans-Bold", fontSize=13, leading=18, spaceAfter=6)))
    rows = []
    for num, title, _present in TOC:
        page = toc_pages.get(num, last_page)
        rows.append([Paragraph(f"{num} {rl(title)}", st["toc"]), Paragraph(str(page), st["toc"])])
    t = Table(rows, colWidths=[150 * mm, 15 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
                           ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    s.append(t)
    s.append(PageBreak())

    def h1(num, title):
        s.append(Paragraph(f"{num} {rl(title)}", st["h1"]))

    def h2(text):
        s.append(Paragraph(rl(text), st["h2"]))

    def p(text):
        s.append(Paragraph(rl(text), st["body"]))

    def bullets(items, style="dash"):
        for i, it in enumerate(items):
            label = "–" if style == "dash" else f"{i + 1})"
            s.append(Paragraph(rl(it), st["bullet"], bulletText=label))

    # ---- 1. context
    rec_section("context")
    h1("1.", TOC[0][1])
    h2("1.1. Miasto i jego układ komunikacyjny")
    p("Olsztyn liczy około 168 tys. mieszkańców i jest stolicą województwa warmińsko-mazurskiego. "
      "W granicach miasta leży piętnaście jezior, a lasy zajmują ponad jedną piątą jego powierzchni. "
      "To ogromny atut, ale jednocześnie utrudnienie w prowadzeniu tras komunikacyjnych: ruch z dużych "
      "osiedli południowych – Jarot, Pieczewa i Nagórek – koncentruje się na kilku arteriach "
      "prowadzących do Śródmieścia, przede wszystkim na al. Piłsudskiego, al. Sikorskiego "
      "i ul. Synów Pułku.")
    p("W 2015 r. do Olsztyna wróciły tramwaje. Sieć liczy obecnie około 18 km i obsługuje pięć linii; "
      "tramwaje przewożą blisko 40% pasażerów komunikacji miejskiej. Poza zasięgiem sieci tramwajowej "
      "pozostają jednak m.in. Zatorze, Dajtki i Gutkowo, gdzie podstawą obsługi są autobusy, "
      "a częstotliwość kursów poza szczytem spada do jednego na 30 minut.")
    h2("1.2. Jak podróżują olsztynianie")
    p("Kompleksowe badanie ruchu z 2023 r. wskazuje, że 49% podróży mieszkańców odbywa się samochodem, "
      "29% komunikacją miejską, 17% pieszo, a 5% rowerem. W porównaniu z badaniem z 2016 r. udział "
      "samochodu wzrósł o 4 punkty procentowe, mimo uruchomienia tramwaju. Średni czas dojazdu "
      "z Jarot do Śródmieścia w porannym szczycie wynosi 27 minut samochodem i 24 minuty tramwajem, "
      "przy czym tramwaj traci średnio 5 minut na postojach przed sygnalizacją.")
    p("Sieć dróg dla rowerów ma długość około 95 km, ale jest nieciągła. Ankietowani rowerzyści "
      "najczęściej wskazywali brak połączenia między osiedlami a kampusem Uniwersytetu "
      "Warmińsko-Mazurskiego w Kortowie oraz zły stan tras zimą, kiedy drogi rowerowe są "
      "odśnieżane dopiero po jezdniach i chodnikach. Liczba przejazdów rejestrowanych przez "
      "automatyczne liczniki spada w styczniu do 15% wartości czerwcowych – w miastach o podobnym "
      "klimacie, które utrzymują trasy zimą, wskaźnik ten przekracza 40%.")
    h2("1.3. Najważniejsze problemy")
    bullets([
        "zatłoczenie al. Piłsudskiego i rejonu stacji Olsztyn Zachodni w godzinach szczytu;",
        "niska prędkość tramwajów na skrzyżowaniach, na których sygnalizacja nie daje im pierwszeństwa;",
        "sezonowość ruchu rowerowego i brak standardu zimowego utrzymania tras;",
        "duża liczba wypadków z udziałem pieszych na Zatorzu – 31 zdarzeń w latach 2021–2023;",
        "słaba znajomość oferty komunikacyjnej wśród pracowników dużych zakładów pracy.",
    ])

    # ---- 2. objectives
    rec_section("objectives")
    h1("2.", TOC[1][1])
    p("**Cel główny:** do 2030 r. udział samochodu w podróżach mieszkańców Olsztyna spadnie z 49% "
      "do 40%, a komunikacja zbiorowa, ruch pieszy i rower staną się wygodnym wyborem przez cały rok, "
      "a nie tylko w sezonie letnim.")
    p("Cel główny osiągniemy przez realizację pięciu celów szczegółowych:")
    bullets([
        "skrócenie czasu przejazdu tramwajem z Jarot do Śródmieścia o 4 minuty;",
        "całoroczna dostępność podstawowej sieci tras rowerowych;",
        "poprawa bezpieczeństwa pieszych na Zatorzu i w otoczeniu szkół;",
        "lepsze powiązanie kolei, tramwaju i autobusów w rejonie stacji Olsztyn Zachodni;",
        "zmiana przyzwyczajeń transportowych pracowników największych firm w mieście.",
    ], style="num")
    p("Cele są spójne ze Strategią Rozwoju Olsztyna oraz z planem zrównoważonej mobilności miejskiej "
      "dla miejskiego obszaru funkcjonalnego, przyjętym przez Radę Miasta w 2023 r. Inicjatywa nie "
      "powiela zadań tego planu, lecz wybiera z niego te, które da się przygotować i rozpocząć "
      "w ciągu najbliższych trzech lat przy udziale partnerów społecznych.")

    # ---- 3. actions
    rec_section("actions")
    h1("3.", TOC[2][1])
    p("Poniższe działania wybrano podczas trzech warsztatów Lokalnego Partnerstwa spośród "
      "19 zgłoszonych pomysłów. Przy każdym podano realizatora, termin, szacunkowy koszt oraz "
      "miernik, o ile zostały już ustalone.")
    labels = (("responsible", "Realizuje"), ("timeline", "Termin"), ("cost", "Szacunkowy koszt"),
              ("indicator", "Miernik"))
    for i, a in enumerate(ACTIONS, start=1):
        rec_action(a)
        h2(f"3.{i}. {a.title}")
        p(a.description)
        facts = []
        for field, label in labels:
            value = getattr(a, field)
            if value is not None:
                facts.append(f"{label}: {value}.")
            elif field in a.extra.get("gap", {}):
                facts.append(a.extra["gap"][field])
        s.append(Paragraph(rl(" ".join(facts)), st["facts"]))

    # ---- 4. budget
    rec_section("budget")
    h1("4.", TOC[3][1])
    p("Łączny koszt działań, dla których przygotowano wyceny, wynosi około 39 mln zł, w tym "
      "2,4 mln zł na zimowe utrzymanie tras rowerowych w czterech kolejnych sezonach. Największe "
      "przedsięwzięcia inwestycyjne – węzeł Olsztyn Zachodni i trasa rowerowa do Kortowa – będą "
      "finansowane ze środków unijnych, pozostałe głównie z budżetu miasta.")
    head = ["Działanie", "Koszt (mln zł)", "Źródło finansowania"]
    rows = [[Paragraph(f"<b>{h}</b>", st["cellhead"]) for h in head]]
    for r in BUDGET_ROWS:
        rows.append([Paragraph(rl(c), st["cell"]) for c in r])
    t = Table(rows, colWidths=[80 * mm, 25 * mm, 65 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#666666")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d8e8ef")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    s.append(t)
    s.append(Spacer(1, 4 * mm))
    p("Wkład własny miasta w projektach współfinansowanych z funduszy europejskich wyniesie od 15% do "
      "20% kosztów kwalifikowalnych i został ujęty w Wieloletniej Prognozie Finansowej na lata "
      "2025–2030. Koszt rozbudowy roweru miejskiego zostanie określony po rozeznaniu rynku.")

    # ---- 5. stakeholders
    rec_section("stakeholders")
    h1("5.", TOC[4][1])
    p("Lokalne Partnerstwo zostało powołane zarządzeniem Prezydenta Olsztyna w październiku 2024 r. "
      "Tworzą je przedstawiciele Zarządu Dróg, Zieleni i Transportu, Miejskiego Przedsiębiorstwa "
      "Komunikacyjnego, Uniwersytetu Warmińsko-Mazurskiego, Olsztyńskiego Stowarzyszenia Rowerowego, "
      "Rady Seniorów, Młodzieżowej Rady Miasta, rad osiedli Zatorze i Jaroty oraz dwóch dużych "
      "pracodawców. Partnerstwo spotyka się raz w miesiącu, a jego posiedzenia są otwarte dla "
      "mieszkańców.")
    p("Do tej pory odbyły się trzy warsztaty, spacer badawczy po Zatorzu z udziałem 40 osób oraz "
      "internetowa ankieta, którą wypełniło 1 260 mieszkańców. Na kolejnym etapie miasto "
      "przeprowadzi konsultacje projektów organizacji ruchu oraz dyżury projektantów w filiach "
      "Miejskiej Biblioteki Publicznej. Wyniki każdego etapu będą publikowane na stronie "
      "internetowej miasta wraz z informacją, które uwagi uwzględniono.")

    # ---- 6. indicators
    rec_section("indicators")
    h1("6.", TOC[5][1])
    p("Postęp inicjatywy będzie oceniany raz w roku na podstawie danych z liczników rowerowych, "
      "systemu biletowego MPK, statystyk Policji oraz badań ankietowych. Raport z monitoringu "
      "przygotuje Zarząd Dróg, Zieleni i Transportu i przedstawi go Lokalnemu Partnerstwu do końca "
      "marca każdego roku. Ewaluacja pośrednia zostanie przeprowadzona w 2027 r., a końcowa – "
      "po zakończeniu inicjatywy, z wykorzystaniem nowego badania ruchu.")
    head = ["Wskaźnik", "Wartość bazowa", "Cel 2030", "Źródło danych"]
    rows = [[Paragraph(f"<b>{h}</b>", st["cellhead"]) for h in head]]
    for r in INDICATOR_ROWS:
        rows.append([Paragraph(rl(c), st["cell"]) for c in r])
    t = Table(rows, colWidths=[78 * mm, 25 * mm, 22 * mm, 45 * mm])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#666666")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d8e8ef")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    s.append(t)
    s.append(Spacer(1, 4 * mm))
    p("Jeżeli w raporcie rocznym któryś ze wskaźników będzie odbiegał od ścieżki dojścia do wartości "
      "docelowej o więcej niż 20%, Lokalne Partnerstwo omówi przyczyny i zaproponuje korektę działań.")
    return s


def build(out_dir=OUT_DIR) -> H2Gold:
    register_fonts()
    st = _styles()
    path = out_dir / FILE

    def make():
        return _Doc(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                    topMargin=20 * mm, bottomMargin=18 * mm,
                    title="Miejska Inicjatywa Działania – Olsztyn", author="Urząd Miasta Olsztyna",
                    subject="Partnerska Inicjatywa Miast – Mobilność miejska")

    # pass 1: learn on which pages the chapters start
    d1 = make()
    d1.build(_story(st, None, {}, 9), onFirstPage=_decorate, onLaterPages=_decorate)
    pages, last = dict(d1.heading_pages), d1.page
    # pass 2: final document with a correct table of contents (chapter 7 is stale)
    gold = H2Gold(FILE, document_type="mid", city=CITY, network="mobility", status="final",
                  notes="Table of contents on page 1 lists '7. Co może pójść nie tak – ryzyka i "
                        "sposoby reagowania' but the body has no risk chapter (risks=missing). "
                        "Informal numbered headings (1./1.1.). Action sub-heading 'Harmonogram "
                        "zimowego utrzymania tras rowerowych' while there is no schedule chapter "
                        "(schedule=missing; per-action dates only). No summary. Budget and "
                        "indicators given as ruled tables under their headings.")
    d2 = make()
    d2.build(_story(st, gold, pages, last), onFirstPage=_decorate, onLaterPages=_decorate)
    assert d2.heading_pages == pages, (d2.heading_pages, pages)
    return gold
