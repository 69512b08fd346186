"""MID Leszno – sieć Mobilność miejska.  Final version; the office accepted all
tracked changes before exporting to PDF (only the PDF is kept)."""
from docxlib import Doc

FILE_BASE = "MID_Leszno_mobilnosc_2025-2027_wersja_ostateczna"

A1 = ("Piotr Wawrzyniak", "2025-03-11T10:42:00Z")
A2 = ("Karolina Szulc-Jankowiak", "2025-04-02T14:05:00Z")
A3 = ("Biuro Zrównoważonej Mobilności", "2025-04-24T09:18:00Z")

ZDM = "Zarząd Dróg Miejskich w Lesznie"

# ----------------------------------------------------------------------------
# Actions: every field is printed exactly once (table, card, Gantt or budget)
# where = table|card for the indicator; cost/funding from the budget table;
# period from the Gantt table.
OBJECTIVES = [
    ("1", "Spójna i bezpieczna sieć rowerowa łącząca osiedla z centrum i węzłem kolejowym"),
    ("2", "Komunikacja miejska konkurencyjna wobec samochodu pod względem czasu i komfortu podróży"),
    ("3", "Śródmieście i otoczenie szkół przyjazne pieszym"),
    ("4", "Sprawne zarządzanie mobilnością i zmiana nawyków transportowych mieszkańców"),
]

ACTIONS = [
    dict(nr="1.1", obj="1", theme="cycling", sec=[],
         title="Domknięcie Obwodnicy Rowerowej Leszna na odcinku ul. Święciechowska – ul. Okrężna",
         scope="Budowa dwukierunkowej drogi dla rowerów o szer. 2,5 m wzdłuż ul. Okrężnej i ul. Święciechowskiej, "
               "z przejazdami dla rowerów na 5 skrzyżowaniach, oświetleniem i stacją naprawy rowerów; "
               "likwidacja luki pomiędzy Zatorzem a Gronowem.",
         resp=ZDM, partners="Wydział Inwestycji UM Leszna, Gmina Święciechowa",
         ind_table="2,7 km wybudowanych dróg dla rowerów", ind_card=None,
         gantt=(3, 10), period="III kw. 2025 – II kw. 2027",
         cost_old="6,4 mln zł", cost="7,1 mln zł",
         funding="FEW 2021+ (Priorytet 3 – mobilność miejska) – 85%, budżet Miasta – 15%", share="85%"),
    dict(nr="1.2", obj="1", theme="cycling", sec=["public_transport"],
         title="Parkingi Bike&Ride przy dworcu PKP Leszno i pętli autobusowej Zatorze",
         scope="Dwie wiaty rowerowe zamykane na kartę miejską, stojaki typu „U” i szafki na bagaż; "
               "oznakowanie dojazdu od strony ul. Dworcowej i ul. Kąkolewskiej.",
         resp="Wydział Inwestycji UM Leszna", partners="PKP S.A. Oddział Gospodarowania Nieruchomościami, MZK Leszno",
         ind_table="140 miejsc postojowych dla rowerów, w tym 40 w wiatach zamykanych", ind_card=None,
         gantt=(5, 8), period="2026 r.",
         cost="1,35 mln zł", funding="FEW 2021+ (IIT MOF Leszna), budżet Miasta", share="80%"),
    dict(nr="1.3", obj="1", theme="eco_awareness", sec=["cycling"],
         title="Program „Rowerem do szkoły”",
         scope="Coroczna rywalizacja klas w dojazdach rowerem i pieszo, lekcje wychowania komunikacyjnego "
               "prowadzone z policją, serwis rowerów przy szkołach, nagrody dla szkół.",
         resp="Wydział Edukacji UM Leszna", partners="szkoły podstawowe, Leszczyńskie Stowarzyszenie Rowerowe, KMP w Lesznie",
         ind_table="12 szkół objętych programem w każdym roku szkolnym", ind_card=None,
         gantt=(3, 10), period="IX 2025 – VI 2027",
         cost="90 000 zł na rok szkolny (2 lata)", funding="budżet Miasta", share="0%"),
    dict(nr="2.1", obj="2", theme="public_transport", sec=["low_emission"],
         title="Zakup 8 autobusów elektrycznych wraz z infrastrukturą ładowania w zajezdni MZK",
         scope="Zakup 8 autobusów elektrycznych klasy MAXI (12 m), budowa stacji ładowania w zajezdni "
               "przy ul. Lipowej, szkolenia kierowców i służb technicznych.",
         resp="MZK Leszno sp. z o.o.", partners="Wydział Gospodarki Komunalnej UM Leszna",
         ind_table=None, ind_card="8 autobusów zeroemisyjnych; 4 stanowiska ładowania typu plug-in",
         gantt=(5, 12), period="2026–2027 r.",
         cost="24,8 mln zł", funding="FEnIKS 2021–2027 (Działanie FENX.02.08) – 70%, wkład własny MZK i Miasta", share="70%"),
    dict(nr="2.2", obj="2", theme="public_transport", sec=[],
         title="Priorytet dla autobusów na sześciu skrzyżowaniach i dynamiczna informacja pasażerska",
         scope="Rozbudowa sygnalizacji o detekcję autobusów (ul. Grunwaldzka, al. Konstytucji 3 Maja, ul. Kąkolewska), "
               "25 tablic dynamicznej informacji pasażerskiej (DIP) na przystankach o największej wymianie pasażerów.",
         resp="Zarząd Dróg Miejskich w Lesznie we współpracy z MZK Leszno", partners="Komenda Miejska Policji w Lesznie",
         ind_table="6 skrzyżowań z priorytetem, 25 tablic DIP", ind_card=None,
         gantt=(6, 12), period="II kw. 2026 – IV kw. 2027",
         cost="3,2 mln zł", funding="FEW 2021+ (IIT MOF Leszna)", share="85%"),
    dict(nr="2.3", obj="2", theme="public_transport", sec=[],
         title="Reorganizacja sieci linii MZK i nowa linia do Strefy Aktywności Gospodarczej przy ul. Gronowskiej",
         scope="Nowy układ linii oparty na analizie danych z biletu elektronicznego; linia dowozowa do strefy "
               "dostosowana do zmian w zakładach pracy; takt 20 min w szczycie na liniach 1, 4 i 10.",
         resp="Wydział Gospodarki Komunalnej UM Leszna (organizator transportu)", partners="MZK Leszno, pracodawcy strefy",
         ind_table="1 nowa linia, 14 kursów dziennie w dni robocze", ind_card=None,
         gantt=(5, 8), period="I kw. 2026 – IV kw. 2026",
         cost="do oszacowania", funding="budżet Miasta (dopłata do usług przewozowych)", share="0%"),
    dict(nr="3.1", obj="3", theme="walking_traffic_calming", sec=[],
         title="Strefa Tempo 30 w Śródmieściu i na Zatorzu",
         scope="Wprowadzenie strefy ograniczonej prędkości z progami wyspowymi, wyniesionymi skrzyżowaniami "
               "i zawężeniami jezdni; reorganizacja parkowania przy Rynku i ul. Słowiańskiej.",
         resp=ZDM, partners="Straż Miejska w Lesznie, Rady Osiedli Śródmieście i Zatorze",
         ind_table=None, ind_card="42 km ulic objętych strefą Tempo 30",
         gantt=(4, 8), period="IV kw. 2025 – IV kw. 2026",
         cost="1,9 mln zł", funding="budżet Miasta", share="0%"),
    dict(nr="3.2", obj="3", theme="walking_traffic_calming", sec=[],
         title="Bezpieczne przejścia dla pieszych – doświetlenie i azyle na 24 przejściach",
         scope="Doświetlenie przejść oprawami o barwie neutralnej, budowa azyli i wysp dzielących na jezdniach "
               "dwupasowych, oznakowanie aktywne przy szkołach.",
         resp=ZDM, partners="Komenda Miejska Policji w Lesznie",
         ind_table="24 przebudowane przejścia dla pieszych", ind_card=None,
         gantt=(1, 12), period="2025–2027 r.",
         cost="2,6 mln zł", funding="Rządowy Fundusz Rozwoju Dróg (program przejść dla pieszych) – 80%, budżet Miasta", share="80%"),
    dict(nr="3.3", obj="3", theme="walking_traffic_calming", sec=["eco_awareness"], inserted=True,
         title="Ulice szkolne przy Szkole Podstawowej nr 3 i Szkole Podstawowej nr 12 (pilotaż)",
         scope="Czasowe wyłączenie ruchu samochodów przed szkołą w godz. 7:30–8:15 i 13:00–13:30, "
               "strefa „kiss&ride” w odległości 150 m, pomiary ruchu przed i po wdrożeniu.",
         resp="Wydział Edukacji UM Leszna, Straż Miejska w Lesznie", partners="dyrekcje szkół, rady rodziców",
         ind_table="2 ulice szkolne; spadek ruchu samochodów o 30% w godz. 7:30–8:15", ind_card=None,
         gantt=(3, 6), period="IX 2025 – VI 2026",
         cost="60 tys. zł", funding="budżet Miasta", share="0%"),
    dict(nr="4.1", obj="4", theme="eco_awareness", sec=[],
         title="Kampania informacyjno-edukacyjna „Leszno w ruchu”",
         scope="Kampania w mediach lokalnych i społecznościowych, Europejski Tydzień Zrównoważonego Transportu, "
               "mapa tras rowerowych i pieszych, akcje „Dzień bez samochodu” z darmową komunikacją.",
         resp="Biuro Promocji i Komunikacji Społecznej UM Leszna", partners="MZK Leszno, organizacje pozarządowe",
         ind_table="—", ind_card=None,
         gantt=(1, 12), period="2025–2027 r.",
         cost="180 tys. zł", funding="budżet Miasta, WFOŚiGW w Poznaniu", share="40%"),
    dict(nr="4.2", obj="4", theme="other", sec=[],
         title="Koordynacja wdrażania MID i monitoring mobilności",
         scope="Prowadzenie sekretariatu Lokalnego Partnerstwa, sprawozdawczość w PIM, coroczne liczenie ruchu "
               "rowerowego i pieszego, badanie zachowań komunikacyjnych w 2027 r.",
         resp="Biuro Zrównoważonej Mobilności UM Leszna", partners="Akademia Nauk Stosowanych im. J.A. Komeńskiego w Lesznie",
         ind_table="2 raporty z monitoringu; badanie zachowań komunikacyjnych w 2027 r.", ind_card=None,
         gantt=(1, 12), period="2025–2027 r.",
         cost="b.d.", funding="budżet Miasta (koszty osobowe)", share="0%"),
]

# action deleted by tracked change (accepted before export -> absent from the PDF)
DELETED_ACTION = dict(nr="2.4", title="Miejska wypożyczalnia hulajnóg elektrycznych",
                      scope="System 150 hulajnóg w modelu koncesji, strefy parkowania przy przystankach.",
                      resp="Wydział Gospodarki Komunalnej UM Leszna", partners="operator komercyjny",
                      ind="150 hulajnóg, 30 stref parkowania")

CARDS = {
    "1.1": dict(loc="ul. Okrężna (od ronda Solidarności do ul. Święciechowskiej), ul. Święciechowska do granicy miasta",
                why="Brakujący odcinek o długości 2,7 km przerywa pierścień tras rowerowych; w badaniu ankietowym 2024 r. "
                    "wskazany przez 61% rowerzystów jako najbardziej niebezpieczny fragment dojazdu do pracy.",
                prep="Koncepcja programowo-przestrzenna (2024); decyzja ZRID – wniosek planowany na IV kw. 2025",
                risks="Kolizje z siecią ciepłowniczą; wzrost cen robót budowlanych; wykup 14 działek."),
    "2.1": dict(loc="zajezdnia MZK przy ul. Lipowej; linie 1, 4, 10 i 12",
                why="Średni wiek taboru MZK wynosi 11,2 roku; 15 pojazdów spełnia jedynie normę Euro 3–4. Zakup pozwala "
                    "wypełnić obowiązek udziału autobusów zeroemisyjnych wynikający z ustawy o elektromobilności.",
                prep="Analiza kosztów i korzyści (2024); studium wykonalności – w opracowaniu",
                risks="Zdolność przyłączeniowa sieci energetycznej; długie terminy dostaw pojazdów."),
    "3.1": dict(loc="obszar w granicach ul. Niepodległości, al. Krasińskiego, ul. Kasprowicza i torów kolejowych; osiedle Zatorze",
                why="W latach 2019–2023 na ulicach objętych strefą doszło do 61 wypadków z udziałem pieszych i rowerzystów; "
                    "pomiary prędkości pokazały, że 48% kierowców przekracza 50 km/h.",
                prep="Projekt organizacji ruchu – etap I zatwierdzony",
                risks="Sprzeciw części przedsiębiorców z Rynku; konieczność przeprojektowania tras autobusów."),
    "4.2": dict(loc="cały obszar miasta i MOF Leszna",
                why="Realizacja MID wymaga stałej koordynacji kilku jednostek (ZDM, MZK, wydziały UM) i rzetelnych danych "
                    "do oceny efektów; dotychczas badania ruchu prowadzono co 8–10 lat.",
                prep="Zarządzenie Prezydenta w sprawie powołania Biura (projekt)",
                risks="Rotacja pracowników; ograniczony budżet na badania."),
}

QUARTERS = ["I", "II", "III", "IV"] * 3

KIERUNKI = {
    "1": ["uzupełnianie brakujących odcinków tras na kierunkach dojazdów do pracy i szkół;",
          "parkowanie rowerów przy węzłach przesiadkowych i obiektach publicznych;",
          "edukacja rowerowa dzieci i młodzieży."],
    "2": ["odnowa taboru z przejściem na napęd zeroemisyjny;",
          "skracanie czasu przejazdu autobusów przez centrum i lepsza informacja dla pasażerów;",
          "dopasowanie oferty przewozowej do miejsc pracy i zmianowego czasu pracy."],
    "3": ["uspokojenie ruchu w obszarach o funkcji mieszkaniowej i usługowej;",
          "likwidacja miejsc niebezpiecznych dla pieszych;",
          "ograniczanie ruchu samochodowego w otoczeniu szkół."],
    "4": ["instytucjonalne wzmocnienie koordynacji polityki mobilności;",
          "regularne pozyskiwanie danych o ruchu i ocenie działań;",
          "komunikacja z mieszkańcami i promocja zmiany nawyków."],
}


def gold_actions():
    out = []
    for a in ACTIONS:
        ind = a["ind_card"] if a["ind_card"] else a["ind_table"]
        ind = None if ind in ("—", None) else ind
        cost = None if a["cost"] in ("do oszacowania", "b.d.") else a["cost"]
        out.append({
            "title": a["title"], "theme": a["theme"], "secondary_themes": a["sec"],
            "responsible": True, "timeline": True, "cost": cost is not None, "indicator": ind is not None,
            "type": None,
            "values": {"responsible": a["resp"], "timeline": a["period"], "cost": cost,
                       "funding": a["funding"], "indicator": ind},
        })
    return out


def header_footer(d):
    d.header_xml = (
        '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/>'
        '<w:bottom w:val="single" w:sz="12" w:space="0" w:color="1F3864"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
        '</w:tblBorders><w:tblLayout w:type="autofit"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="6200"/></w:tblGrid><w:tr>'
        '<w:tc><w:tcPr><w:tcW w:w="1600" w:type="pct"/><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:tcPr>'
        + d.p_xml(d.R("PIM", b=True, color="FFFFFF", sz=20) + d.R("  Partnerska Inicjatywa Miast", color="FFFFFF", sz=14), style="Header")
        + '</w:tc><w:tc><w:tcPr><w:tcW w:w="3400" w:type="pct"/><w:vAlign w:val="center"/></w:tcPr>'
        + d.p_xml(d.R("Miasto Leszno", b=True, sz=16, color="1F3864") + d.R("  |  Miejska Inicjatywa Działania – Mobilność miejska", sz=16),
                  style="Header", jc="right")
        + "</w:tc></w:tr></w:tbl>" + d.p_xml("", style="Header"))
    d.footer_xml = d.p_xml(
        d.R("MID Leszno 2025–2027\t", sz=16, color="595959") + d.R("Strona ", sz=16) + d.FIELD("PAGE", "1", sz=16)
        + d.R(" z ", sz=16) + d.FIELD("NUMPAGES", "1", sz=16),
        style="Footer", jc="left", tabs=[("right", "none", 9240)])


def build(resolve=True, toc_pages=None):
    d = Doc(resolve=resolve, font="Arial", size=21, line=288, after=120, heading_numbering=True,
            title="Miejska Inicjatywa Działania – Leszno", creator="Piotr Wawrzyniak",
            last_by="Biuro Zrównoważonej Mobilności", created="2024-10-03T07:55:00Z", modified="2025-05-13T12:20:00Z")
    header_footer(d)
    P, H, R = d.P, d.H, d.R

    # ------------------------------------------------------------ cover
    d.T([[{"text": "", "shade": "1F3864"}]], [9240], header=0, borders=None)
    P("", spacing={"before": "1600"})
    P(R("PARTNERSKA INICJATYWA MIAST", b=True, color="1F3864", sz=24), jc="center")
    P(R("Sieć tematyczna „Mobilność miejska”", color="404040", sz=22), jc="center")
    P("", spacing={"before": "900"})
    P(R("MIEJSKA INICJATYWA DZIAŁANIA", b=True, color="1F3864", sz=44), style="Title")
    P(R("Leszno w ruchu – zrównoważona mobilność na lata 2025–2027", color="404040", sz=30), style="Subtitle")
    P("", spacing={"before": "1800"})
    P(R("Wersja 2.0 – ostateczna", b=True, sz=22), jc="center")
    P(R("przyjęta przez Lokalne Partnerstwo na posiedzeniu w dniu 28 kwietnia 2025 r.", sz=20), jc="center")
    P(R("zatwierdzona Zarządzeniem nr 142/2025 Prezydenta Miasta Leszna z dnia 12 maja 2025 r.", sz=20), jc="center")
    P("", spacing={"before": "2200"})
    P(R("Urząd Miasta Leszna", b=True, sz=20), jc="center")
    P(R("Biuro Zrównoważonej Mobilności", sz=20), jc="center")
    P(R("Leszno, maj 2025 r.", sz=20), jc="center")
    d.end_section(title_pg=True)

    # ------------------------------------------------------------ TOC placeholder (filled in build())
    toc_index = len(d.body)

    # ------------------------------------------------------------ 1 Wprowadzenie
    H(1, "Wprowadzenie", page_break=True)
    H(2, "Partnerska Inicjatywa Miast i sieć „Mobilność miejska”")
    P("Partnerska Inicjatywa Miast (PIM) jest programem współpracy miast średnich, w którym samorządy – wspierane "
      "przez ekspertów tematycznych – przygotowują i wdrażają własne plany działań w wybranym obszarze polityki "
      "miejskiej. Leszno przystąpiło do sieci „Mobilność miejska” w październiku 2023 r., po przyjęciu przez Radę "
      "Miejską Leszna stanowiska w sprawie udziału w programie.{{fn:Uchwała nr LXI/812/2023 Rady Miejskiej Leszna "
      "z dnia 28 września 2023 r. w sprawie wyrażenia woli udziału Miasta Leszna w Partnerskiej Inicjatywie Miast.}} "
      "W sieci uczestniczy dziewięć miast o liczbie ludności od 40 do 120 tys., co pozwala porównywać rozwiązania "
      "w podobnej skali i wymieniać się doświadczeniami przy wizytach studyjnych.")
    P("Miejska Inicjatywa Działania (MID) jest dokumentem operacyjnym. Nie zastępuje ona Strategii Rozwoju Miasta "
      "Leszna ani przygotowywanego planu zrównoważonej mobilności, lecz porządkuje przedsięwzięcia, które miasto "
      "jest w stanie przygotować i rozpocząć w horyzoncie trzech lat, oraz wskazuje, kto za nie odpowiada. "
      "Zgodnie z zasadami programu MID powstaje z udziałem Lokalnego Partnerstwa, a jej projekt podlega "
      "konsultacjom z mieszkańcami.")
    H(2, "Sposób przygotowania dokumentu")
    P("Prace nad dokumentem trwały od listopada 2023 r. do kwietnia 2025 r. Zespół redakcyjny tworzyli pracownicy "
      "Biura Zrównoważonej Mobilności, Wydziału Inwestycji, Wydziału Gospodarki Komunalnej oraz Zarządu Dróg "
      "Miejskich w Lesznie (ZDM). Dane o przewozach udostępniło MZK Leszno sp. z o.o., dane o zdarzeniach "
      "drogowych – Komenda Miejska Policji w Lesznie. W pracach uczestniczył ekspert sieci, który prowadził "
      "warsztaty metodyczne i opiniował kolejne wersje dokumentu.")
    P("Przygotowanie MID przebiegało w czterech etapach:")
    d.bullets(["**etap diagnostyczny** (XI 2023 – IV 2024) – zebranie danych, badanie ankietowe mieszkańców, spacer badawczy;",
               "**etap strategiczny** (V – VIII 2024) – sformułowanie celów i kierunków działań z Lokalnym Partnerstwem;",
               "**etap programowania** (IX – XII 2024) – wybór i opis przedsięwzięć, szacowanie kosztów, harmonogram;",
               "**etap konsultacji i przyjęcia** (I – V 2025) – konsultacje społeczne, poprawki, zatwierdzenie."])
    P("Dokument składa się z dziewięciu rozdziałów i dwóch załączników. Rozdział 2 zawiera diagnozę, rozdział 3 – "
      "cele, rozdział 4 – zestawienie działań, a rozdziały 5–9 opisują harmonogram, finansowanie, partnerstwo, "
      "monitoring i ryzyka. Szczegółowe karty wybranych przedsięwzięć zebrano w Załączniku nr 1, a raport "
      "z konsultacji – w Załączniku nr 2.")
    H(2, "Powiązania z dokumentami strategicznymi")
    P("MID wpisuje się w ustalenia następujących dokumentów: Strategii Rozwoju Miasta Leszna do 2030 roku "
      "(cel strategiczny 3 „Miasto dostępne i zielone”), Planu transportowego dla Miasta Leszna (aktualizacja "
      "z 2021 r.), Strategii Rozwoju Województwa Wielkopolskiego do 2030 r. oraz Strategii Terytorialnej MOF "
      "Leszna, będącej podstawą Instrumentu Terytorialnego w programie Fundusze Europejskie dla Wielkopolski "
      "2021–2027 (FEW 2021+). Ramy prawne wyznaczają przede wszystkim ustawa o publicznym transporcie "
      "zbiorowym{{fn:Ustawa z dnia 16 grudnia 2010 r. o publicznym transporcie zbiorowym (t.j. z późn. zm.).}}, "
      "ustawa o drogach publicznych oraz ustawa o elektromobilności i paliwach alternatywnych{{fn:Ustawa z dnia "
      "11 stycznia 2018 r. o elektromobilności i paliwach alternatywnych; art. 36 określa minimalny udział "
      "autobusów zeroemisyjnych we flocie użytkowanej przez gminy liczące powyżej 50 000 mieszkańców.}}.")

    # ------------------------------------------------------------ 2 Diagnoza
    H(1, "Diagnoza stanu mobilności w Lesznie", page_break=True)
    H(2, "Położenie, ludność i struktura przestrzenna")
    P("Leszno jest miastem na prawach powiatu położonym w południowo-zachodniej części województwa "
      "wielkopolskiego, na skrzyżowaniu drogi ekspresowej S5 (Poznań – Wrocław) z drogą krajową nr 12 oraz "
      "ważnym węźle kolejowym na linii E59. Miasto zajmuje 31,9 km² i pełni funkcję ośrodka subregionalnego "
      "dla ok. 190 tys. mieszkańców dawnego województwa leszczyńskiego. Miejski Obszar Funkcjonalny (MOF) "
      "tworzą Leszno oraz gminy Lipno, Rydzyna, Święciechowa, Krzemieniewo i Włoszakowice.")
    P("Liczba mieszkańców systematycznie spada – od 2015 r. ubyło ich ponad 3,8 tys. Jednocześnie rośnie liczba "
      "ludności gmin podmiejskich, zwłaszcza Święciechowy i Lipna, co przekłada się na wzrost liczby dojazdów "
      "do pracy, szkół i usług w Lesznie. Zmiany te zestawiono w tabeli 1.")
    d.caption("Tabela 1. Ludność Leszna i gmin MOF w latach 2015–2023")
    d.T([["Jednostka", "2015", "2019", "2021", "2023", "Zmiana 2015–2023"],
         ["Leszno", "64 589", "63 167", "62 011", "60 742", "−6,0%"],
         ["Gm. Święciechowa", "7 401", "7 802", "8 104", "8 391", "+13,4%"],
         ["Gm. Lipno", "6 203", "6 517", "6 688", "6 872", "+10,8%"],
         ["Gm. Rydzyna", "8 630", "8 702", "8 749", "8 781", "+1,7%"],
         ["Gm. Krzemieniewo", "6 121", "6 140", "6 156", "6 149", "+0,5%"],
         ["Gm. Włoszakowice", "7 838", "7 932", "7 988", "8 015", "+2,3%"],
         [{"text": "MOF razem", "b": True}, {"text": "100 782", "b": True}, {"text": "100 262", "b": True},
          {"text": "99 696", "b": True}, {"text": "98 950", "b": True}, {"text": "−1,8%", "b": True}]],
        [2400, 1240, 1240, 1240, 1240, 1880], sz=18)
    P(R("Źródło: GUS, Bank Danych Lokalnych, stan na 31 XII danego roku."), style="Source")
    P("Struktura przestrzenna miasta jest zwarta: odległość z Rynku do najdalszych osiedli (Gronowo, Zaborowo, "
      "Przybyszewo) nie przekracza 4 km, a więc mieści się w zasięgu wygodnej podróży rowerem. Barierę stanowią "
      "tory kolejowe, które oddzielają Zatorze od Śródmieścia; ruch pomiędzy tymi częściami miasta skupia się na "
      "trzech przejazdach – wiadukcie w ciągu ul. Poznańskiej, przejściu podziemnym przy dworcu oraz tunelu "
      "w ul. Kąkolewskiej. W godzinach szczytu przed wiaduktem tworzą się kolejki sięgające 600 m.")

    H(2, "Układ drogowy i natężenie ruchu")
    P("Sieć drogowa miasta liczy 214 km, z czego 172 km stanowią drogi gminne zarządzane przez ZDM. Po oddaniu do "
      "użytku obwodnicy w ciągu drogi S5 ruch tranzytowy ciężarowy w centrum zmniejszył się o ok. 40%, jednak ruch "
      "osobowy rośnie – przede wszystkim na wlotach od strony gmin podmiejskich. Wskaźnik motoryzacji w Lesznie "
      "wynosi 712 samochodów osobowych na 1000 mieszkańców i jest wyższy od średniej dla województwa "
      "(668).{{fn:Centralna Ewidencja Pojazdów, stan na 31 grudnia 2023 r.; przeliczenie własne Biura Zrównoważonej "
      "Mobilności.}} Wyniki pomiarów ruchu z 2022 r. przedstawia tabela 2.")
    d.caption("Tabela 2. Średni dobowy ruch pojazdów na wybranych przekrojach (dzień roboczy, 2022 r.)")
    d.T([["Przekrój", "Poj./dobę", "Udział ciężarowych", "Zmiana wobec 2016 r."],
         ["ul. Grunwaldzka (przy ul. Leszczyńskich)", "18 420", "4,1%", "+9%"],
         ["ul. Poznańska (wiadukt)", "21 760", "5,3%", "+12%"],
         ["al. Konstytucji 3 Maja", "14 930", "3,2%", "+6%"],
         ["ul. Kąkolewska (tunel)", "11 280", "2,7%", "+15%"],
         ["ul. Święciechowska (granica miasta)", "9 840", "6,8%", "+21%"],
         ["ul. Okrężna", "12 110", "7,4%", "+18%"],
         ["ul. Słowiańska (Stare Miasto)", "3 460", "0,9%", "−4%"]],
        [3900, 1600, 1800, 1940], sz=18)
    P(R("Źródło: Kompleksowe badanie ruchu w Lesznie 2022, opracowanie na zlecenie ZDM."), style="Source")
    P("Największy wzrost ruchu odnotowano na wlotach od strony Święciechowy i na ul. Okrężnej, która pełni rolę "
      "obwodnicy wewnętrznej. Parkowanie w Śródmieściu jest uporządkowane jedynie częściowo: Strefa Płatnego "
      "Parkowania obejmuje 1 140 miejsc, a jej obłożenie w godzinach 10–14 przekracza 90%. Poza strefą samochody "
      "parkują masowo na chodnikach, co zawęża przestrzeń dla pieszych do 0,8–1,2 m na ulicach Narutowicza, "
      "Leszczyńskich i Niepodległości.")

    H(2, "Transport zbiorowy")
    P("Komunikację miejską organizuje Prezydent Miasta Leszna, a operatorem jest spółka komunalna MZK Leszno "
      "sp. z o.o. W 2024 r. eksploatowano 14 linii dziennych o łącznej długości 186 km; trzy z nich wybiegają do "
      "gmin Święciechowa i Lipno na podstawie porozumień międzygminnych. Tabor liczy 38 autobusów, z których "
      "10 to pojazdy hybrydowe, a 15 spełnia jedynie normy Euro 3–4. Przewozy po spadku w czasie pandemii "
      "odbudowały się tylko częściowo (tabela 3).")
    d.caption("Tabela 3. Podstawowe dane o komunikacji miejskiej w Lesznie")
    d.T([["Wskaźnik", "2019", "2021", "2023", "2024"],
         ["Liczba pasażerów (mln)", "4,12", "2,61", "3,29", "3,41"],
         ["Wozokilometry (mln)", "2,05", "1,88", "1,97", "1,99"],
         ["Liczba linii", "15", "13", "14", "14"],
         ["Średni wiek taboru (lata)", "9,8", "10,6", "11,0", "11,2"],
         ["Dopłata z budżetu Miasta (mln zł)", "11,4", "14,9", "17,2", "18,1"],
         ["Średnia prędkość komunikacyjna (km/h)", "19,6", "20,4", "18,9", "18,7"]],
        [4200, 1260, 1260, 1260, 1260], sz=18)
    P(R("Źródło: dane MZK Leszno sp. z o.o. i Wydziału Gospodarki Komunalnej UM Leszna."), style="Source")
    P("W poprzedniej perspektywie finansowej miasto zrealizowało dwa projekty, które stanowią punkt wyjścia dla "
      "obecnych planów. W latach 2017–2019 MZK kupiło 10 autobusów hybrydowych i wdrożyło system biletu "
      "elektronicznego w ramach projektu „Niskoemisyjny transport publiczny w Lesznie” (WRPO 2014+, wartość "
      "23,6 mln zł). W latach 2018–2020 przebudowano węzeł przesiadkowy przy dworcu PKP wraz z parkingiem "
      "„Parkuj i Jedź” na 96 samochodów. Oba projekty są zakończone i rozliczone; ich trwałość MZK i Miasto "
      "utrzymują do 2025 r.")
    P("Spadek średniej prędkości komunikacyjnej wynika głównie z zatorów przy wiadukcie na ul. Poznańskiej oraz na "
      "skrzyżowaniach al. Konstytucji 3 Maja. Autobusy nie mają wydzielonych pasów ani priorytetu w sygnalizacji. "
      "Badanie satysfakcji pasażerów z 2024 r. wskazuje, że najniżej oceniana jest punktualność (2,9 w skali 1–5) "
      "oraz częstotliwość kursów w weekendy (2,6).")

    H(2, "Dojazdy do pracy i powiązania w MOF")
    P("Leszno jest głównym rynkiem pracy subregionu. Według danych o przepływach ludności związanych z zatrudnieniem "
      "do miasta codziennie dojeżdża ok. 11,6 tys. pracowników, a wyjeżdża z niego ok. 4,2 tys. Największe strumienie "
      "dojazdów pochodzą z gmin Święciechowa, Lipno i Rydzyna, a także z Gostynia i Kościana. Ponad 80% dojeżdżających "
      "korzysta z samochodu; kolej ma znaczenie tylko na kierunkach Poznań i Wrocław.{{fn:GUS, Przepływy ludności "
      "związane z zatrudnieniem w 2021 r.; szacunki Biura Zrównoważonej Mobilności na podstawie danych ZUS.}}")
    d.caption("Tabela 4. Największe strumienie dojazdów do pracy do Leszna")
    d.T([["Gmina zamieszkania", "Liczba dojeżdżających", "Odległość do centrum Leszna", "Dostępna komunikacja zbiorowa"],
         ["Święciechowa", "2 140", "6–9 km", "linie MZK nr 12 i 14 (8 par kursów)"],
         ["Lipno", "1 620", "8–11 km", "linia MZK nr 16, kolej (Lipno – Leszno)"],
         ["Rydzyna", "1 310", "9–12 km", "autobusy przewoźnika prywatnego, kolej"],
         ["Włoszakowice", "890", "14–20 km", "kolej (linia 359), autobusy regionalne"],
         ["Krzemieniewo", "760", "16–22 km", "autobusy regionalne"],
         ["Gostyń", "640", "38 km", "kolej (linia 14)"],
         ["Kościan", "590", "33 km", "kolej (linia 271)"]],
        [2300, 1800, 2000, 3140], sz=18)
    P(R("Źródło: opracowanie własne na podstawie danych GUS i rozkładów jazdy (2024)."), style="Source")
    P("Ważnym celem dojazdów jest Strefa Aktywności Gospodarczej przy ul. Gronowskiej, gdzie w ostatnich pięciu latach "
      "powstało ok. 1 800 miejsc pracy w przemyśle i logistyce. Praca zmianowa (6:00, 14:00, 22:00) nie jest "
      "dopasowana do rozkładu jazdy komunikacji miejskiej – pierwszy kurs dociera do strefy o 6:12, a po zmianie "
      "nocnej nie ma połączenia powrotnego. W efekcie nawet pracownicy mieszkający w Lesznie dojeżdżają samochodem "
      "lub korzystają z busów organizowanych przez pracodawców.")

    H(2, "Ruch rowerowy i pieszy")
    P("Leszno ma długą tradycję rowerową – w ankiecie z 2024 r. 68% dorosłych zadeklarowało, że co najmniej raz "
      "w tygodniu jeździ rowerem. Sieć tras rowerowych liczy 58 km, jednak tylko 31 km to wydzielone drogi dla "
      "rowerów; pozostała część to ciągi pieszo-rowerowe o szerokości 2,0–2,5 m i kontraruchy na ulicach "
      "jednokierunkowych. Najpoważniejszą wadą sieci są luki: na ul. Okrężnej, ul. Święciechowskiej, w rejonie "
      "dworca oraz przy przejeździe przez tory na ul. Kąkolewskiej.")
    d.caption("Tabela 5. Podział zadań przewozowych w podróżach mieszkańców Leszna (dzień roboczy)")
    d.T([["Środek transportu", "2014", "2022", "Zmiana (p.p.)"],
         ["Samochód osobowy (kierowca i pasażer)", "49%", "54%", "+5"],
         ["Pieszo", "25%", "22%", "−3"],
         ["Rower", "13%", "11%", "−2"],
         ["Komunikacja miejska", "10%", "9%", "−1"],
         ["Inne (kolej, hulajnoga, motocykl)", "3%", "4%", "+1"]],
        [4600, 1500, 1500, 1640], sz=18)
    P(R("Źródło: Kompleksowe badanie ruchu w Lesznie 2014 i 2022 (badanie ankietowe gospodarstw domowych, n = 1 512)."),
      style="Source")
    P("Udział podróży samochodem rośnie kosztem wszystkich pozostałych sposobów przemieszczania się. Niepokojący "
      "jest spadek udziału podróży pieszych, szczególnie w dojazdach do szkół podstawowych: w 2022 r. 47% dzieci "
      "było dowożonych samochodem, choć 72% z nich mieszka w odległości do 1,5 km od szkoły. Spacer badawczy "
      "zorganizowany na Zatorzu w kwietniu 2024 r. wskazał jako główne bariery brak obniżonych krawężników, "
      "zastawianie chodników przez parkujące auta oraz zbyt krótkie zielone światło dla pieszych na ul. "
      "Kąkolewskiej.")

    H(2, "Opinie mieszkańców – badanie ankietowe 2024")
    P("W marcu i kwietniu 2024 r. przeprowadzono ankietę internetową i papierową dotyczącą codziennych podróży. "
      "Wypełniło ją 1 046 osób, w tym 212 mieszkańców gmin MOF. Próba nie jest reprezentatywna (nadreprezentowane są "
      "osoby w wieku 25–44 lat i aktywni rowerzyści), dlatego wyniki traktowano jako uzupełnienie badania ruchu, "
      "a nie jego zamiennik. Respondenci wskazywali czynniki, które najbardziej zniechęcają ich do rezygnacji "
      "z samochodu (rysunek 1).")
    P(R("Rysunek 1. Bariery w korzystaniu z roweru i komunikacji miejskiej wskazywane przez respondentów (% wskazań, "
        "możliwe 3 odpowiedzi)"), style="Caption", keep_next=True)
    bars = [("brak ciągłych i bezpiecznych tras rowerowych", 61), ("zbyt rzadkie kursy autobusów", 48),
            ("autobusy stoją w korkach, są niepunktualne", 41), ("brak bezpiecznego parkingu dla roweru", 33),
            ("niebezpieczne przejścia dla pieszych", 29), ("brak połączenia do miejsca pracy", 24),
            ("wysoka cena biletu", 12)]
    fig = []
    for lab, v in bars:
        k = round(v / 5)
        fig.append([{"text": lab, "sz": 17}, {"text": "", "span": k, "shade": "2E75B6"}]
                   + ([{"text": "", "span": 14 - k}] if k < 14 else []) + [{"text": "%d%%" % v, "sz": 17}])
    d.T(fig, [3600] + [340] * 14 + [880], header=0, borders="FFFFFF")
    P(R("Źródło: badanie ankietowe Biura Zrównoważonej Mobilności, III–IV 2024, n = 1 046."), style="Source")
    P("Aż 57% osób dojeżdżających samochodem zadeklarowało, że przynajmniej część podróży mogłoby odbywać rowerem "
      "lub autobusem, gdyby poprawiły się warunki. Najczęściej oczekiwaną zmianą było połączenie istniejących tras "
      "rowerowych w spójną sieć, a w przypadku komunikacji miejskiej – skrócenie czasu przejazdu przez centrum. "
      "Wyraźnie słabiej oceniano pomysły związane z nowymi usługami współdzielonymi (hulajnogi, rower miejski) – "
      "poparło je mniej niż 30% respondentów.")

    H(2, "Bezpieczeństwo ruchu drogowego")
    P("W latach 2019–2023 na terenie Leszna doszło do 209 wypadków drogowych, w których zginęło 12 osób, a 247 "
      "zostało rannych. Ponad połowa ofiar to niechronieni uczestnicy ruchu – piesi i rowerzyści. Najwięcej "
      "zdarzeń z udziałem pieszych odnotowano na przejściach bez sygnalizacji na ulicach dwupasowych, głównie po "
      "zmroku.{{fn:System Ewidencji Wypadków i Kolizji (SEWiK), dane Komendy Wojewódzkiej Policji w Poznaniu "
      "udostępnione Miastu w lutym 2024 r.}}")
    d.caption("Tabela 6. Wypadki drogowe i ich ofiary w Lesznie w latach 2019–2023")
    d.T([["Rok", "Wypadki", "Zabici", "Ranni", "w tym piesi i rowerzyści (zabici + ranni)", "Kolizje"],
         ["2019", "48", "3", "56", "31", "1 102"],
         ["2020", "41", "2", "49", "24", "884"],
         ["2021", "37", "4", "44", "27", "951"],
         ["2022", "44", "1", "52", "30", "1 036"],
         ["2023", "39", "2", "46", "26", "1 018"],
         [{"text": "Razem", "b": True}, {"text": "209", "b": True}, {"text": "12", "b": True},
          {"text": "247", "b": True}, {"text": "138", "b": True}, {"text": "4 991", "b": True}]],
        [1100, 1300, 1100, 1100, 3100, 1540], sz=18)
    P(R("Źródło: KMP w Lesznie, SEWiK."), style="Source")
    P("Analiza lokalizacji zdarzeń wskazuje cztery miejsca o szczególnym zagrożeniu: skrzyżowanie ul. Grunwaldzkiej "
      "z ul. Zamenhofa, rondo przy ul. Okrężnej i ul. Jana Pawła II, przejście na ul. Kąkolewskiej przy tunelu "
      "oraz otoczenie Szkoły Podstawowej nr 12. W tych miejscach koncentruje się 22% wszystkich zdarzeń "
      "z udziałem pieszych.")

    H(2, "Emisje z transportu i jakość powietrza")
    P("Transport drogowy odpowiada w Lesznie za ok. 27% emisji CO₂ i ok. 18% emisji tlenków azotu. "
      "Stacja pomiarowa Głównego Inspektoratu Ochrony Środowiska przy ul. Kiepury nie wykazuje przekroczeń norm "
      "NO₂, ale w sezonie grzewczym notowane są przekroczenia dobowe pyłu PM10 (23 dni w 2023 r.), do których "
      "ruch samochodowy dokłada się obok niskiej emisji z ogrzewania. Wymiana taboru MZK na pojazdy elektryczne "
      "pozwoliłaby ograniczyć emisję CO₂ z komunikacji miejskiej o ok. 1 100 t rocznie.")

    H(2, "Analiza SWOT")
    P("Analizę SWOT opracowano na warsztacie Lokalnego Partnerstwa w maju 2024 r., a następnie uzupełniono "
      "o wyniki ankiety mieszkańców.")
    d.caption("Tabela 7. Analiza SWOT mobilności w Lesznie")
    sw = lambda items: "\n".join("• " + i for i in items)
    d.T([[{"text": "Mocne strony", "shade": "E2EFDA"}, {"text": "Słabe strony", "shade": "FCE4D6"}],
         [sw(["zwarta struktura miasta i krótkie odległości",
              "tradycja rowerowa i wysoki odsetek osób jeżdżących rowerem",
              "węzeł kolejowy z bezpośrednimi połączeniami do Poznania i Wrocławia",
              "spółka komunalna MZK z doświadczeniem we wdrażaniu projektów UE",
              "działający system biletu elektronicznego i dane o przejazdach"]),
          sw(["luki w sieci rowerowej i niska jakość części ciągów pieszo-rowerowych",
              "bariera torów kolejowych i zatory przy wiadukcie",
              "starzejący się tabor MZK, brak priorytetu dla autobusów",
              "parkowanie na chodnikach w Śródmieściu",
              "brak regularnego monitoringu ruchu pieszego i rowerowego"])],
         [{"text": "Szanse", "shade": "DDEBF7"}, {"text": "Zagrożenia", "shade": "EDEDED"}],
         [sw(["środki FEW 2021+ i FEnIKS na transport niskoemisyjny",
              "współpraca w ramach Instrumentu Terytorialnego MOF Leszna",
              "rosnąca popularność rowerów elektrycznych",
              "wymiana doświadczeń w sieci PIM"]),
          sw(["dalsza suburbanizacja i wzrost liczby dojazdów samochodem",
              "rosnące koszty utrzymania komunikacji miejskiej",
              "wzrost cen robót budowlanych i energii",
              "opór części mieszkańców wobec ograniczeń dla samochodów"])]],
        [4620, 4620], header=1, sz=18)

    H(2, "Wnioski z diagnozy")
    P("Z diagnozy wynikają cztery zasadnicze wnioski, które ukierunkowały wybór celów MID:")
    d.bullets(["krótkie odległości w mieście nie są wykorzystywane – coraz więcej podróży poniżej 3 km odbywa się samochodem;",
               "sieć rowerowa jest rozbudowana, ale nieciągła, a jej luki leżą na głównych kierunkach dojazdów do pracy;",
               "komunikacja miejska traci konkurencyjność z powodu niskiej prędkości i starzejącego się taboru;",
               "piesi, zwłaszcza dzieci i seniorzy, ponoszą najwyższe ryzyko w ruchu drogowym."])
    P("Przy formułowaniu działań korzystano także z doświadczeń innych miast europejskich i miast sieci PIM, "
      "których przykłady przedstawia ramka 1.")
    d.textbox("Ramka 1. Dobre praktyki – ulice szkolne i „zielona fala” dla rowerów",
              ["**Ulice szkolne (School Streets), Londyn.** Od 2020 r. w kilkuset lokalizacjach wprowadzono czasowe "
               "zamknięcie ulic przed szkołami w godzinach rozpoczęcia i zakończenia lekcji. Pomiary pokazały spadek "
               "stężenia NO₂ przed szkołami nawet o 23% i wzrost odsetka dzieci dochodzących pieszo.",
               "**„Zielona fala” dla rowerów, Kopenhaga.** Koordynacja sygnalizacji na głównych trasach rowerowych "
               "pod prędkość 20 km/h pozwala przejechać kilka skrzyżowań bez zatrzymania; rozwiązanie zwiększyło "
               "ruch rowerowy na objętych ulicach o kilkanaście procent.",
               "**Wymiana w sieci PIM.** Podczas wizyty studyjnej w październiku 2024 r. zespół z Leszna poznał "
               "doświadczenia miasta partnerskiego z wyznaczaniem stref Tempo 30 bez kosztownej przebudowy – "
               "wyłącznie za pomocą oznakowania i elementów tymczasowych."],
              width_cm=16.2, height_cm=6.4)

    # ------------------------------------------------------------ 3 Cele
    H(1, "Cele Miejskiej Inicjatywy Działania", page_break=True)
    H(2, "Cel główny")
    P(R("Do końca 2027 r. mieszkańcy Leszna częściej wybierają rower, komunikację miejską i chodzenie pieszo "
        "w codziennych podróżach, a ruch w Śródmieściu i wokół szkół jest bezpieczniejszy.", b=True, i=True),
      ind={"left": "567", "right": "567"}, shd="F2F2F2")
    P("Cel główny odpowiada na kluczowy problem zdiagnozowany w rozdziale 2 – rosnące uzależnienie podróży "
      "w mieście od samochodu – i wiąże się z celem strategicznym 3 Strategii Rozwoju Miasta Leszna do 2030 roku. "
      "Osiągnięcie celu głównego będzie mierzone udziałem podróży pieszych, rowerowych i komunikacją miejską "
      "w ogólnej liczbie podróży mieszkańców (rozdział 8).")
    H(2, "Cele szczegółowe")
    P("Cel główny uszczegółowiono w czterech celach szczegółowych. Każdemu z nich przypisano działania opisane "
      "w rozdziale 4.")
    texts = {
        "1": "Cel dotyczy likwidacji luk w sieci tras rowerowych na głównych kierunkach dojazdów, zapewnienia "
             "bezpiecznego parkowania rowerów przy węzłach przesiadkowych i wychowania komunikacyjnego dzieci. "
             "Jego realizacja ma zatrzymać spadek udziału podróży rowerowych.",
        "2": "Cel obejmuje odnowę taboru, poprawę prędkości i punktualności autobusów oraz lepsze dopasowanie sieci "
             "linii do miejsc pracy. Ma doprowadzić do odbudowy liczby pasażerów do poziomu sprzed pandemii.",
        "3": "Cel zakłada uspokojenie ruchu w Śródmieściu, poprawę bezpieczeństwa na przejściach oraz ograniczenie "
             "ruchu samochodów w bezpośrednim sąsiedztwie szkół podstawowych.",
        "4": "Cel dotyczy stałej koordynacji polityki mobilności w urzędzie i jednostkach miejskich, regularnego "
             "zbierania danych o ruchu oraz działań informacyjnych, które wspierają zmianę nawyków mieszkańców.",
    }
    for n, name in OBJECTIVES:
        P(R("Cel szczegółowy %s – %s" % (n, name), b=True, color="1F3864"), keep_next=True, spacing={"before": "160", "after": "60"})
        P(texts[n])
        P("Kierunki interwencji:", keep_next=True, spacing={"after": "40"})
        d.bullets(KIERUNKI[n])
    P("Powiązania celów szczegółowych z problemami zdiagnozowanymi w rozdziale 2 przedstawia tabela 8.")
    d.caption("Tabela 8. Matryca powiązań celów szczegółowych z wnioskami z diagnozy")
    d.T([["Wniosek z diagnozy", "CS 1", "CS 2", "CS 3", "CS 4"],
         ["Niewykorzystany potencjał krótkich podróży", "●", "○", "●", "●"],
         ["Nieciągła sieć rowerowa", "●", "", "○", "○"],
         ["Niska konkurencyjność komunikacji miejskiej", "○", "●", "", "○"],
         ["Wysokie ryzyko dla pieszych", "", "", "●", "○"]],
        [4840, 1100, 1100, 1100, 1100], sz=18)
    P(R("● – powiązanie bezpośrednie, ○ – powiązanie pośrednie."), style="Source")

    # ------------------------------------------------------------ 4 Działania
    H(1, "Działania", page_break=True)
    P("Działania MID wybrano w trakcie warsztatu priorytetyzacji Lokalnego Partnerstwa we wrześniu 2024 r. "
      "spośród 27 propozycji zebranych na etapie diagnozy. Oceniano je według pięciu kryteriów: wpływu na cel "
      "główny, gotowości do realizacji, dostępności finansowania, zasięgu społecznego i spójności z innymi "
      "inwestycjami miasta. Propozycje, które nie weszły do MID, wraz z uzasadnieniem zestawiono w Załączniku nr 2.")
    P("Zestawienie działań przedstawia tabela 9 (w układzie poziomym). Dla przejrzystości w tabeli podano podmiot "
      "odpowiedzialny, partnerów i wskaźnik produktu; terminy realizacji zawiera harmonogram (rozdział 5), a koszty "
      "i źródła finansowania – rozdział 6. Dla czterech przedsięwzięć o największym znaczeniu przygotowano "
      "rozszerzone karty (Załącznik nr 1).")
    H(2, "Wykaz działań")
    P("Wykaz działań obejmuje jedenaście przedsięwzięć pogrupowanych według celów szczegółowych. Numer działania "
      "składa się z numeru celu szczegółowego i kolejnego numeru przedsięwzięcia w ramach celu.")
    d.end_section()   # close portrait section before landscape

    # ------------------------------------------------------------ landscape: action table
    d.caption("Tabela 9. Zestawienie działań Miejskiej Inicjatywy Działania Leszna")
    widths = [700, 2700, 4600, 2200, 2100, 2270]
    rows = [["Nr", "Nazwa działania", "Zakres rzeczowy", "Podmiot odpowiedzialny", "Partnerzy",
             "Wskaźnik produktu (wartość docelowa)"]]
    opts = {}
    for n, name in OBJECTIVES:
        rows.append([{"text": "Cel szczegółowy %s: %s" % (n, name), "span": 6, "shade": "DEEAF6", "b": True}])
        for a in [x for x in ACTIONS if x["obj"] == n]:
            ind = a["ind_table"] if a["ind_table"] else "zob. karta w Załączniku nr 1"
            name_cell = a["title"]
            if a.get("inserted"):
                opts[len(rows)] = {"ins": A2}
            row = [a["nr"], {"text": name_cell, "b": True}, a["scope"], a["resp"], a["partners"], ind]
            rows.append(row)
            if a["nr"] == "2.3":
                # deleted action row (tracked deletion – disappears after accepting)
                opts[len(rows)] = {"del": A3}
                da = DELETED_ACTION
                rows.append([{"runs": d.DEL(da["nr"], *A3)}, {"runs": d.DEL(da["title"], *A3, b=True)},
                             {"runs": d.DEL(da["scope"], *A3)}, {"runs": d.DEL(da["resp"], *A3)},
                             {"runs": d.DEL(da["partners"], *A3)}, {"runs": d.DEL(da["ind"], *A3)}])
    # inserted row content must itself be an insertion in the tracked version
    if not resolve:
        for ri, o in opts.items():
            if "ins" in o:
                rows[ri] = [{"runs": d.INS(d.R(c["text"] if isinstance(c, dict) else c,
                                               b=isinstance(c, dict) and c.get("b", False), sz=18), *A2)}
                            for c in rows[ri]]
    d.T(rows, widths, header=1, row_opts=opts, sz=17)
    P(R("Źródło: opracowanie własne Biura Zrównoważonej Mobilności na podstawie ustaleń Lokalnego Partnerstwa."),
      style="Source")

    # ------------------------------------------------------------ back to portrait: komplementarne
    d.end_section(landscape=True)
    H(2, "Projekty komplementarne")
    P("Skuteczność MID zależy również od inwestycji realizowanych przez inne podmioty lub finansowanych poza "
      "programem. Nie są one działaniami MID i nie są objęte jej budżetem, ale zostały uwzględnione przy "
      "planowaniu harmonogramu (tabela 10).")
    d.caption("Tabela 10. Projekty komplementarne realizowane poza MID")
    d.T([["Projekt", "Realizator", "Okres", "Związek z MID"],
         ["Przebudowa drogi wojewódzkiej nr 432 w granicach Leszna z budową chodników i drogi dla rowerów",
          "Wielkopolski Zarząd Dróg Wojewódzkich w Poznaniu", "2025–2026", "uzupełnia sieć rowerową (CS 1)"],
         ["Rewitalizacja linii kolejowej nr 359 Leszno – Zbąszynek", "PKP Polskie Linie Kolejowe S.A.", "2024–2027",
          "lepsze dojazdy do węzła kolejowego (CS 2)"],
         ["Termomodernizacja Szkoły Podstawowej nr 3 z przebudową dojść", "Wydział Inwestycji UM Leszna (WFOŚiGW w Poznaniu)",
          "2025", "ułatwia wdrożenie ulicy szkolnej (CS 3)"],
         ["Budowa parkingu przy Hali Sportowej „Trapez”", "Miejski Ośrodek Sportu i Rekreacji", "2026",
          "przejęcie części parkowania ze Śródmieścia (CS 3)"]],
        [3600, 2600, 1100, 1940], sz=18)

    # ------------------------------------------------------------ 5 Harmonogram (portrait)
    H(1, "Harmonogram realizacji", page_break=True)
    P("Harmonogram uwzględnia czas potrzebny na przygotowanie dokumentacji, uzyskanie decyzji administracyjnych "
      "i rozstrzygnięcie przetargów. Inwestycje infrastrukturalne rozpoczynają się po ogłoszeniu naborów w FEW 2021+ "
      "(planowanych na II połowę 2025 r.). Działania miękkie startują od roku szkolnego 2025/2026.")
    d.caption("Tabela 11. Harmonogram realizacji działań MID w latach 2025–2027 (wykres Gantta)")
    gw = [520, 2620] + [380] * 12 + [1542]
    g_rows = [[{"text": "Nr", "vmerge": "restart"}, {"text": "Działanie", "vmerge": "restart"},
               {"text": "2025", "span": 4, "jc": "center"}, {"text": "2026", "span": 4, "jc": "center"},
               {"text": "2027", "span": 4, "jc": "center"}, {"text": "Okres realizacji", "vmerge": "restart"}],
              [{"text": "", "vmerge": "continue"}, {"text": "", "vmerge": "continue"}]
              + [{"text": q, "jc": "center"} for q in QUARTERS] + [{"text": "", "vmerge": "continue"}]]
    short = {"1.1": "Obwodnica Rowerowa – odc. Święciechowska–Okrężna", "1.2": "Parkingi Bike&Ride",
             "1.3": "„Rowerem do szkoły”", "2.1": "Autobusy elektryczne i ładowarki", "2.2": "Priorytet dla autobusów, DIP",
             "2.3": "Reorganizacja sieci linii", "3.1": "Strefa Tempo 30", "3.2": "Bezpieczne przejścia (24 szt.)",
             "3.3": "Ulice szkolne – pilotaż", "4.1": "Kampania „Leszno w ruchu”", "4.2": "Koordynacja i monitoring MID"}
    g_opts = {}
    for a in ACTIONS:
        s, e = a["gantt"]
        cells = [{"text": "", "shade": "2E75B6" if s <= q <= e else None} for q in range(1, 13)]
        cells = [{k: v for k, v in c.items() if v is not None} for c in cells]
        if a.get("inserted"):
            g_opts[len(g_rows)] = {"ins": A2}
        g_rows.append([a["nr"], short[a["nr"]]] + cells + [a["period"]])
    d.T(g_rows, gw, header=2, sz=17, row_opts=g_opts)
    P(R("Kolorem oznaczono kwartały, w których prowadzone będą prace (łącznie z przygotowaniem dokumentacji)."),
      style="Source")

    # ------------------------------------------------------------ 6 Budżet
    H(1, "Budżet i źródła finansowania", page_break=True)
    P("Łączny szacunkowy koszt działań MID, dla których sporządzono kosztorysy lub analizy rynkowe, wynosi ok. "
      "41,4 mln zł. Kwota nie obejmuje działań 2.3 i 4.2 – koszt reorganizacji sieci linii zostanie ustalony po "
      "zakończeniu analizy danych z biletu elektronicznego, a koordynacja MID jest finansowana w ramach bieżącej "
      "działalności urzędu. Zestawienie kosztów przedstawia tabela 12.")
    d.caption("Tabela 12. Szacunkowe koszty i źródła finansowania działań")
    b_rows = [["Nr", "Działanie", "Szacunkowy koszt", "Źródło finansowania", "Udział środków zewn."]]
    b_opts = {}
    for a in ACTIONS:
        cost_cell = a["cost"]
        if a.get("cost_old") and not resolve:
            cost_cell = {"runs": d.DEL(a["cost_old"], *A1, sz=18) + d.INS(d.R(a["cost"], sz=18), *A1)}
        if a.get("inserted"):
            b_opts[len(b_rows)] = {"ins": A2}
        b_rows.append([a["nr"], short[a["nr"]], cost_cell, a["funding"], a["share"]])
    b_rows.append([{"text": "", "b": True}, {"text": "Razem (bez działań 2.3 i 4.2)", "b": True},
                   {"text": "41,37 mln zł", "b": True}, {"text": "", "b": True}, {"text": "", "b": True}])
    d.T(b_rows, [600, 2900, 1500, 3142, 1100], sz=17, row_opts=b_opts)
    P(R("Źródło: szacunki Wydziału Inwestycji, ZDM i MZK Leszno, ceny z IV kw. 2024 r."), style="Source")
    P("Najważniejszym źródłem finansowania będą fundusze europejskie: program FEW 2021+ (w tym środki Instrumentu "
      "Terytorialnego MOF Leszna) oraz krajowy program FEnIKS 2021–2027, z którego MZK zamierza sfinansować zakup "
      "autobusów elektrycznych. Wkład własny Miasta zostanie zabezpieczony w Wieloletniej Prognozie Finansowej "
      "na lata 2025–2035; jego łączną wysokość szacuje się na 10,9 mln zł. Działania miękkie (1.3, 3.3, 4.1) "
      "finansowane są z budżetu Miasta, a kampania 4.1 częściowo z dotacji WFOŚiGW w Poznaniu.")
    d.caption("Tabela 13. Struktura finansowania MID według źródeł")
    d.T([["Źródło", "Kwota (mln zł)", "Udział"],
         ["FEnIKS 2021–2027", "17,36", "42,0%"],
         ["FEW 2021+ (w tym IIT MOF Leszna)", "9,84", "23,8%"],
         ["Rządowy Fundusz Rozwoju Dróg", "2,08", "5,0%"],
         ["WFOŚiGW w Poznaniu", "0,07", "0,2%"],
         ["Budżet Miasta Leszna i wkład MZK", "12,02", "29,0%"],
         [{"text": "Razem", "b": True}, {"text": "41,37", "b": True}, {"text": "100%", "b": True}]],
        [5200, 2000, 2040], sz=18)
    P("W przypadku nieuzyskania dofinansowania zewnętrznego Miasto przewiduje etapowanie inwestycji – w pierwszej "
      "kolejności realizowane będą odcinki i skrzyżowania o najwyższym wskaźniku zagrożenia (rozdział 9).")

    # ------------------------------------------------------------ 7 Partnerstwo
    H(1, "Lokalne Partnerstwo i konsultacje społeczne", page_break=True)
    H(2, "Skład i sposób pracy Lokalnego Partnerstwa")
    P("Lokalne Partnerstwo zostało powołane w styczniu 2024 r. zarządzeniem Prezydenta Miasta Leszna i liczy "
      "19 członków reprezentujących trzy grupy interesariuszy. Partnerstwu przewodniczy Zastępca Prezydenta Miasta "
      "Leszna, a sekretariat prowadzi Biuro Zrównoważonej Mobilności.")
    P("**Sektor publiczny:** Urząd Miasta Leszna (Biuro Zrównoważonej Mobilności, Wydział Inwestycji, Wydział Edukacji, "
      "Wydział Gospodarki Komunalnej), Zarząd Dróg Miejskich w Lesznie, MZK Leszno sp. z o.o., Straż Miejska "
      "w Lesznie, Komenda Miejska Policji w Lesznie, Akademia Nauk Stosowanych im. Jana Amosa Komeńskiego "
      "w Lesznie, przedstawiciel Gminy Święciechowa (w imieniu gmin MOF).")
    P("**Organizacje społeczne i mieszkańcy:** Rada Osiedla Zatorze, Rada Osiedla Śródmieście, Leszczyńskie "
      "Stowarzyszenie Rowerowe, Polski Związek Niewidomych – Koło w Lesznie, Leszczyńska Rada Seniorów, "
      "Młodzieżowa Rada Miasta Leszna.")
    P("**Biznes i edukacja:** Cech Rzemiosł Różnych w Lesznie, przedstawiciel pracodawców Strefy Aktywności "
      "Gospodarczej, dyrektorzy Szkoły Podstawowej nr 3 i Szkoły Podstawowej nr 12.")
    P("Partnerstwo spotykało się średnio co dwa miesiące. Spotkania miały formę warsztatów prowadzonych przez "
      "moderatora; ustalenia zapisywano w notatkach publikowanych na stronie internetowej Miasta. Przebieg prac "
      "przedstawia tabela 14.")
    d.caption("Tabela 14. Spotkania Lokalnego Partnerstwa w latach 2024–2025")
    d.T([["Spotkanie", "Data", "Liczba uczestników", "Główne ustalenia"],
         ["Spotkanie inauguracyjne Lokalnego Partnerstwa", "25.01.2024", "17", "przyjęcie regulaminu i planu pracy"],
         ["Warsztat diagnostyczny „Jak poruszamy się po Lesznie?”", "14.03.2024", "21", "mapa problemów, zakres ankiety"],
         ["Spacer badawczy po Zatorzu", "20.04.2024", "26", "lista barier dla pieszych"],
         ["Warsztat SWOT i wizja mobilności 2030", "22.05.2024", "18", "analiza SWOT, cel główny"],
         ["Warsztat celów szczegółowych", "26.06.2024", "16", "cztery cele szczegółowe"],
         ["Warsztat priorytetyzacji działań", "19.09.2024", "20", "wybór 11 działań z 27 propozycji"],
         ["Spotkanie z MZK i przewoźnikami podmiejskimi", "08.10.2024", "12", "zakres działań 2.1–2.3"],
         ["Posiedzenie podsumowujące konsultacje", "13.02.2025", "18", "rozpatrzenie uwag"],
         ["Posiedzenie przyjmujące MID", "28.04.2025", "19", "przyjęcie wersji 2.0"]],
        [3700, 1300, 1300, 2940], sz=18)
    H(2, "Konsultacje społeczne")
    P("Projekt MID był przedmiotem konsultacji społecznych w dniach 7–31 stycznia 2025 r., przeprowadzonych na "
      "podstawie uchwały Rady Miejskiej w sprawie zasad i trybu konsultacji z mieszkańcami.{{fn:Uchwała nr "
      "XIV/188/2019 Rady Miejskiej Leszna w sprawie określenia zasad i trybu przeprowadzania konsultacji "
      "społecznych z mieszkańcami Miasta Leszna.}} Mieszkańcy mogli zgłaszać uwagi przez formularz internetowy, "
      "pocztą elektroniczną oraz podczas dwóch dyżurów konsultacyjnych w Ratuszu i w Miejskiej Bibliotece Publicznej.")
    P("Wpłynęło 214 ankiet i 37 pisemnych uwag. Uwzględniono w całości lub części 15 uwag – m.in. dodano pilotaż "
      "ulic szkolnych (działanie 3.3) i rozszerzono zakres parkingów rowerowych. Po konsultacjach zrezygnowano "
      "z projektu wypożyczalni hulajnóg elektrycznych, który w ankiecie spotkał się z przewagą opinii negatywnych "
      "(58%). Pełne zestawienie uwag wraz ze sposobem ich rozpatrzenia zawiera Załącznik nr 2.")
    H(2, "Zaangażowanie interesariuszy w fazie wdrażania")
    P("Lokalne Partnerstwo będzie kontynuować pracę w okresie realizacji MID, spotykając się co najmniej dwa razy "
      "w roku. Do jego zadań należeć będzie opiniowanie raportów z monitoringu, rekomendowanie zmian "
      "w harmonogramie oraz współorganizacja wydarzeń edukacyjnych. Przy projektowaniu strefy Tempo 30 i ulic "
      "szkolnych przewidziano dodatkowe spotkania z mieszkańcami i przedsiębiorcami danego obszaru.")

    # ------------------------------------------------------------ 8 Wskaźniki
    H(1, "Wskaźniki i system monitorowania", page_break=True)
    P("System monitorowania obejmuje wskaźniki produktu przypisane poszczególnym działaniom (tabela 9 i karty "
      "w Załączniku nr 1) oraz wskaźniki rezultatu mierzące osiągnięcie celów. Wskaźniki rezultatu przedstawia "
      "tabela 15.")
    d.caption("Tabela 15. Wskaźniki rezultatu MID")
    d.T([["Wskaźnik", "Cel", "Wartość bazowa (rok)", "Wartość docelowa 2027", "Źródło danych"],
         ["Udział podróży rowerowych w podróżach mieszkańców", "CS 1", "11% (2022)", "14%", "badanie zachowań komunikacyjnych"],
         ["Długość spójnej sieci dróg dla rowerów", "CS 1", "31 km (2024)", "33,7 km", "ewidencja ZDM"],
         ["Roczna liczba pasażerów MZK", "CS 2", "3,41 mln (2024)", "3,9 mln", "system biletu elektronicznego"],
         ["Średnia prędkość komunikacyjna autobusów", "CS 2", "18,7 km/h (2024)", "20,5 km/h", "dane MZK"],
         ["Liczba zabitych i rannych pieszych i rowerzystów (średnia 3-letnia)", "CS 3", "27,7 (2021–2023)", "≤ 20", "SEWiK"],
         ["Udział dzieci dochodzących do szkoły pieszo lub rowerem", "CS 3", "46% (2022)", "55%", "ankieta w szkołach"],
         ["Udział podróży samochodem", "CG", "54% (2022)", "49%", "badanie zachowań komunikacyjnych"]],
        [3200, 700, 1600, 1500, 2240], sz=17)
    P("Za monitoring odpowiada Biuro Zrównoważonej Mobilności. Raz w roku, do 31 marca, Biuro przygotowuje raport "
      "z realizacji MID i przedstawia go Lokalnemu Partnerstwu oraz Prezydentowi Miasta. Dane o ruchu rowerowym "
      "zbierane będą w sposób ciągły przez 6 automatycznych liczników, a dane o pasażerach – z systemu biletu "
      "elektronicznego. Badanie zachowań komunikacyjnych mieszkańców zostanie powtórzone w 2027 r. w metodologii "
      "zgodnej z badaniem z 2022 r., co zapewni porównywalność wyników.")
    P("Jeżeli wartości wskaźników w raporcie rocznym odbiegać będą od ścieżki dojścia o więcej niż 20%, "
      "Lokalne Partnerstwo rekomenduje działania naprawcze, a w razie potrzeby – aktualizację MID.")

    # ------------------------------------------------------------ 9 Ryzyka
    H(1, "Zarządzanie ryzykiem", page_break=True)
    P("Ryzyka zidentyfikowano podczas warsztatu priorytetyzacji i uzupełniono po konsultacjach. Ocenę "
      "prawdopodobieństwa i wpływu wykonano w skali trzystopniowej (niskie – średnie – wysokie).")
    d.caption("Tabela 16. Rejestr ryzyk MID")
    d.T([["Ryzyko", "Prawdopodob.", "Wpływ", "Działania zapobiegawcze / reakcja", "Właściciel ryzyka"],
         ["Brak lub opóźnienie dofinansowania z FEW 2021+ i FEnIKS", "średnie", "wysoki",
          "przygotowanie dokumentacji przed naborami; etapowanie inwestycji; rezerwa w WPF", "Skarbnik Miasta"],
         ["Wzrost cen robót budowlanych powyżej kosztorysów", "wysokie", "średni",
          "aktualizacja kosztorysów przed przetargiem, klauzule waloryzacyjne", "Wydział Inwestycji"],
         ["Niewystarczająca moc przyłączeniowa dla ładowarek autobusowych", "średnie", "wysoki",
          "wczesne warunki przyłączenia od operatora sieci; ładowanie nocne", "MZK Leszno"],
         ["Sprzeciw mieszkańców i przedsiębiorców wobec strefy Tempo 30", "średnie", "średni",
          "konsultacje lokalne, wdrożenie etapami, elementy tymczasowe", "ZDM"],
         ["Opóźnienia w uzyskaniu decyzji ZRID i wykupie gruntów", "średnie", "średni",
          "rozpoczęcie procedur w 2025 r., negocjacje z właścicielami", "Wydział Geodezji i Gospodarki Nieruchomościami"],
         ["Niska frekwencja w programie „Rowerem do szkoły”", "niskie", "niski",
          "nagrody dla szkół, zaangażowanie rad rodziców", "Wydział Edukacji"],
         ["Rotacja kadr w zespole koordynującym", "średnie", "średni",
          "dokumentowanie procedur, zastępstwa, szkolenia", "Biuro Zrównoważonej Mobilności"]],
        [2700, 1000, 800, 2940, 1800], sz=17)
    P("Rejestr ryzyk będzie przeglądany raz w roku razem z raportem z monitoringu. Nowe ryzyka zgłaszają "
      "realizatorzy działań do Biura Zrównoważonej Mobilności.")

    # ------------------------------------------------------------ Załącznik 1 – karty
    H(1, "Załącznik nr 1 – Karty przedsięwzięć", style="AnnexHeading", page_break=True)
    P("Karty zawierają informacje uzupełniające dla działań o największym znaczeniu dla osiągnięcia celu głównego. "
      "Dane o terminach i kosztach – zob. tabele 11 i 12.")
    by_nr = {a["nr"]: a for a in ACTIONS}
    cw = [2100, 2520, 1900, 2720]
    for k, nr in enumerate(["1.1", "2.1", "3.1", "4.2"]):
        a = by_nr[nr]
        c = CARDS[nr]
        lab = lambda t: {"text": t, "b": True, "shade": "F2F2F2"}
        obj = dict(OBJECTIVES)[a["obj"]]
        rows = [[{"text": "KARTA PRZEDSIĘWZIĘCIA", "span": 4, "shade": "1F3864", "color": "FFFFFF", "b": True, "jc": "center"}],
                [lab("Nazwa działania"), {"text": a["title"], "span": 3, "b": True}],
                [lab("Numer działania"), nr, lab("Cel szczegółowy"), "CS %s – %s" % (a["obj"], obj)],
                [lab("Opis przedsięwzięcia"), {"text": a["scope"], "span": 3}],
                [lab("Lokalizacja"), {"text": c["loc"], "span": 3}],
                [lab("Uzasadnienie"), {"text": c["why"], "span": 3}]]
        if a["ind_card"]:
            rows.append([lab("Wskaźnik produktu"), {"text": a["ind_card"], "span": 3}])
        rows += [[{"text": "Stan przygotowania", "b": True, "shade": "F2F2F2", "vmerge": "restart"},
                  {"text": "dokumentacja", "i": True}, {"text": c["prep"], "span": 2}],
                 [{"text": "", "vmerge": "continue", "shade": "F2F2F2"}, "powiązania", {"text": "zob. tabela 9 i rozdział 4", "span": 2}],
                 [lab("Główne ryzyka"), {"text": c["risks"], "span": 3}]]
        d.caption("Karta przedsięwzięcia nr %s" % nr)
        d.T(rows, cw, header=0, sz=18)
        if k < 3:
            d.page_break()

    # ------------------------------------------------------------ Załącznik 2 – konsultacje
    H(1, "Załącznik nr 2 – Raport z konsultacji społecznych", style="AnnexHeading", page_break=True)
    P("W trakcie konsultacji mieszkańcy zgłaszali zarówno uwagi do treści dokumentu, jak i własne propozycje "
      "przedsięwzięć. Poniżej zestawiono propozycje mieszkańców wraz ze sposobem ich rozpatrzenia. Propozycje "
      "nieuwzględnione mogą zostać rozważone przy aktualizacji MID lub w planie zrównoważonej mobilności.")
    d.caption("Tabela 17. Propozycje mieszkańców zgłoszone w konsultacjach")
    d.T([["Lp.", "Propozycja mieszkańca", "Liczba zgłoszeń", "Sposób rozpatrzenia"],
         ["1", "Więcej stojaków rowerowych przy Rynku i urzędach", "9", "uwzględniona częściowo – rozszerzenie działania 1.2"],
         ["2", "Zamknięcie dla samochodów ulic przed szkołami rano", "6", "uwzględniona – nowe działanie 3.3"],
         ["3", "Wydłużenie linii nr 4 do Gronówka", "5", "do rozpatrzenia w ramach działania 2.3"],
         ["4", "Budowa kładki pieszo-rowerowej nad torami przy ul. Kąkolewskiej", "11", "nieuwzględniona – zob. tabela 18"],
         ["5", "Bezpłatna komunikacja miejska dla wszystkich mieszkańców", "8", "nieuwzględniona – zob. tabela 18"],
         ["6", "Miejska wypożyczalnia hulajnóg elektrycznych", "4", "nieuwzględniona – przewaga opinii negatywnych"],
         ["7", "Ławki i zacienienie na przystankach przy ul. Grunwaldzkiej", "3", "przekazana do ZDM – bieżące utrzymanie"],
         ["8", "Sygnalizacja dźwiękowa dla niewidomych na wszystkich przejściach", "2", "uwzględniona częściowo – działanie 3.2"],
         ["9", "Rower miejski z rowerami elektrycznymi", "7", "nieuwzględniona – zob. tabela 18"]],
        [600, 4300, 1200, 3140], sz=18)
    d.caption("Tabela 18. Propozycje odrzucone – uzasadnienie")
    d.T([["Propozycja", "Uzasadnienie odrzucenia"],
         ["Budowa kładki pieszo-rowerowej nad torami przy ul. Kąkolewskiej",
          "Szacunkowy koszt 18–22 mln zł przekracza możliwości MID; inwestycja wymaga uzgodnień z PKP PLK i zostanie "
          "przeanalizowana w planie zrównoważonej mobilności."],
         ["Bezpłatna komunikacja miejska dla wszystkich mieszkańców",
          "Utrata przychodów z biletów (ok. 6,8 mln zł rocznie) zagroziłaby finansowaniu zakupu taboru; Miasto "
          "utrzymuje ulgi dla dzieci, uczniów i seniorów 70+."],
         ["Rower miejski z rowerami elektrycznymi",
          "Wysoki poziom indywidualnego posiadania rowerów; system wymagałby dopłaty ok. 1,1 mln zł rocznie. Propozycja "
          "może wrócić po ocenie efektów parkingów Bike&Ride."],
         ["Zwiększenie liczby miejsc parkingowych w Śródmieściu",
          "Sprzeczna z celem szczegółowym 3; zamiast tego planowana jest lepsza rotacja w Strefie Płatnego Parkowania."]],
        [3600, 5640], sz=18)
    P("Raport z konsultacji przyjęło Lokalne Partnerstwo na posiedzeniu w dniu 13 lutego 2025 r.")

    return d, toc_index


def final_sect(d):
    return d.sect_xml()


TOC_LEVELS = "1-2"
BODY_START_PAGE = 2   # 0-based: cover, ToC, then body


def toc_entries(d, pages):
    out = []
    for k, (lvl, label, text) in enumerate(d.headings):
        if lvl <= 2:
            out.append((lvl, label, pages[k] if pages else 0))
    return out


def gold(pages):
    return {
        "file": FILE_BASE + ".pdf", "document_type": "mid", "city": "Leszno", "network": "mobility",
        "status": "final", "text_layer": True, "pages": pages,
        "sections": {"summary": "missing", "context": "present", "objectives": "present", "actions": "present",
                     "schedule": "present", "budget": "present", "stakeholders": "present",
                     "indicators": "present", "risks": "present"},
        "actions": gold_actions(),
        "traps": ["introduction_not_summary", "landscape_action_table_multipage", "objective_rows_in_action_table",
                  "annex_cards_split_fields", "indicator_only_in_annex_card", "period_only_in_gantt",
                  "cost_funding_only_in_budget_table", "tracked_changes_accepted_before_export",
                  "deleted_action_absent", "inserted_action_present", "cost_changed_by_revision",
                  "past_projects_in_diagnosis", "complementary_projects_table", "partnership_meeting_list",
                  "residents_proposals_annex", "rejected_proposals_table", "text_box_good_practices",
                  "objectives_as_bold_paragraphs", "caption_wykaz_zestawienie_dzialan", "null_cost_do_oszacowania",
                  "null_cost_bd", "null_indicator_dash", "auto_numbered_headings", "toc_field_cached"],
        "notes": ("MID Leszno, sieć mobilności; DOCX z numeracją nagłówków (numbering.xml) wyeksportowany do PDF przez "
                  "LibreOffice po zaakceptowaniu zmian śledzonych (usunięte działanie 2.4 o hulajnogach nie występuje w PDF, "
                  "dodane działanie 3.3 występuje, koszt 1.1 zmieniony z 6,4 na 7,1 mln zł). Brak streszczenia: rozdział 1 "
                  "„Wprowadzenie” opisuje program i sposób przygotowania, nie streszcza MID. Działania w poziomej tabeli 9 "
                  "(wiersze „Cel szczegółowy N:” to cele, nie działania); okres tylko w wykresie Gantta (kolumna „Okres "
                  "realizacji”, tabela 11), koszt i finansowanie tylko w tabeli 12 (klucz: numer działania); wskaźnik dla "
                  "2.1 i 3.1 tylko w kartach Załącznika nr 1. Wabiki: projekty WRPO 2014+ w diagnozie, tabela 10 projektów "
                  "komplementarnych, tabela spotkań LP, propozycje mieszkańców i odrzucone propozycje w Załączniku nr 2, "
                  "ramka z dobrymi praktykami (ulice szkolne, zielona fala)."),
    }
