"""Document 1: MID Bełchatów (air quality network). DOCX -> PDF (only PDF kept)."""
from ooxml import Doc

CITY = "Bełchatów"
AUTH = "Wydział Strategii i Rozwoju UM Bełchatów"

# (nr, objective, title, theme, secondary, responsible_table, responsible_card, timeline, cost_printed,
#  cost_value, funding, indicator_table, indicator_card, description)
ACTIONS = [
    dict(nr="1.1", cs=1, title="Program wymiany źródeł ciepła „Czyste Ciepło Bełchatów”", theme="low_emission", sec=[],
         resp="Wydział Ochrony Środowiska UM Bełchatów", timeline="II kw. 2025 – IV kw. 2027",
         cost="4,8 mln zł", funding="WFOŚiGW w Łodzi (program „Czyste Powietrze”), budżet miasta",
         ind="Liczba zlikwidowanych kotłów na paliwo stałe – 320 szt.",
         desc="Dotacje celowe do wymiany kotłów bezklasowych na pompy ciepła, kotły gazowe lub przyłącze do sieci; punkt doradczy w Urzędzie Miasta obsługujący wnioski mieszkańców."),
    dict(nr="1.2", cs=1, title="Podłączenie budynków wielorodzinnych na os. Przytorze do sieci ciepłowniczej", theme="low_emission", sec=[],
         resp="PEC Bełchatów Sp. z o.o.", timeline="2026–2027",
         cost="2 350 tys. zł", funding="FEnIKS 2021–2027, środki własne PEC",
         ind="Długość nowej sieci ciepłowniczej – 1,6 km; 14 przyłączonych budynków",
         desc="Budowa odcinka sieci preizolowanej wraz z węzłami cieplnymi w kamienicach i budynkach wspólnot mieszkaniowych, dziś ogrzewanych piecami kaflowymi."),
    dict(nr="1.3", cs=1, title="Dopłaty do kosztów ogrzewania dla gospodarstw zagrożonych ubóstwem energetycznym", theme="low_emission", sec=["social_activation"],
         resp="Miejski Ośrodek Pomocy Społecznej w Bełchatowie", timeline="sezony grzewcze 2025/26–2027/28",
         cost="90 000 zł na sezon grzewczy (3 sezony)", funding="budżet miasta",
         ind="Liczba gospodarstw domowych objętych dopłatą – min. 60 rocznie",
         desc="Osłona kosztów eksploatacji nowego, droższego w użytkowaniu źródła ciepła dla osób, które po wymianie pieca wróciłyby do palenia węglem złej jakości."),
    dict(nr="2.1", cs=2, title="Miejska sieć czujników jakości powietrza z portalem danych", theme="eco_awareness", sec=[],
         resp="Wydział Strategii i Rozwoju UM Bełchatów", timeline="III kw. 2025 – II kw. 2026",
         cost="180 tys. zł", funding="budżet miasta",
         ind_table="zob. Karta nr 2 w Załączniku nr 1",
         ind="Liczba zainstalowanych czujników PM10/PM2,5 – 25 szt.",
         desc="Zakup i montaż czujników optycznych na szkołach i budynkach miejskich, kalibracja względem stacji referencyjnej, publikacja danych godzinowych i komunikatów."),
    dict(nr="2.2", cs=2, title="Kampania edukacyjna „Nie truj sąsiada” w szkołach i na osiedlach", theme="eco_awareness", sec=[],
         resp="Wydział Edukacji UM Bełchatów", timeline="2025–2027 r.",
         cost="45 tys. zł rocznie", funding="WFOŚiGW w Łodzi (edukacja ekologiczna)",
         ind="Liczba uczestników warsztatów i pikników – 2 500 osób",
         desc="Lekcje w szkołach podstawowych, pikniki osiedlowe, ulotki o zasadach palenia od góry i o szkodliwości spalania odpadów, film z udziałem lokalnych sportowców."),
    dict(nr="2.3", cs=2, title="Kontrole palenisk z wykorzystaniem drona i mobilnego laboratorium", theme="low_emission", sec=[],
         resp="Straż Miejska w Bełchatowie", timeline="od IV kw. 2025",
         cost=None, cost_printed="do oszacowania", funding="budżet miasta",
         ind="Liczba przeprowadzonych kontroli – 400 rocznie",
         desc="Wyposażenie Straży Miejskiej w drona z głowicą pomiarową oraz zlecanie analiz próbek popiołu; kontrole priorytetowo w rejonach o najwyższych stężeniach."),
    dict(nr="3.1", cs=3, title="Zakup 6 autobusów elektrycznych wraz z infrastrukturą ładowania", theme="public_transport", sec=["low_emission"],
         resp_table="zob. Karta nr 3", resp="Miejski Zakład Komunikacji w Bełchatowie Sp. z o.o.",
         timeline="I kw. 2026 – IV kw. 2027",
         cost="18,6 mln zł", funding="FEnIKS 2021–2027 (85%), wkład własny MZK",
         ind="Liczba zakupionych autobusów zeroemisyjnych – 6 szt.",
         desc="Wymiana najstarszych autobusów z silnikami Euro III na pojazdy elektryczne 12 m, budowa dwóch ładowarek pantografowych na pętli przy ul. Wojska Polskiego i ładowarek plug-in w zajezdni."),
    dict(nr="3.2", cs=3, title="Bezpłatna komunikacja miejska w dniach przekroczeń poziomu informowania", theme="public_transport", sec=[],
         resp="Wydział Komunikacji i Transportu UM Bełchatów", timeline="od sezonu grzewczego 2025/2026",
         cost="ok. 60 tys. zł rocznie", funding="budżet miasta",
         ind=None, ind_printed="—",
         desc="Uchwała Rady Miasta wprowadzająca bezpłatne przejazdy liniami MZK w dniu ogłoszenia przez GIOŚ przekroczenia poziomu informowania dla PM10 i w dniu następnym."),
    dict(nr="3.3", cs=3, title="Połączenie osiedli Dolnośląskiego i Binkowa z centrum drogą dla rowerów", theme="cycling", sec=[],
         resp="Miejski Zarząd Dróg w Bełchatowie", timeline="2026–2027",
         cost="3,1 mln zł", funding="FEŁ 2021–2027 (ZIT), budżet miasta",
         ind="Długość wybudowanych dróg dla rowerów – 4,2 km",
         desc="Budowa brakujących odcinków wzdłuż ul. Czaplinieckiej i Lipowej z przejazdami rowerowymi i 40 stojakami przy szkołach oraz przystankach."),
    dict(nr="4.1", cs=4, title="Koordynacja wdrażania MID i raportowanie postępów", theme="other", sec=[],
         resp="Pełnomocnik Prezydenta Miasta ds. Jakości Powietrza", timeline="2025–2028",
         cost=None, cost_printed="b.d.", funding=None, funding_printed="—",
         ind="Liczba raportów z monitoringu MID – 4",
         desc="Obsługa Lokalnego Partnerstwa, coroczny raport z realizacji działań, aktualizacja harmonogramu i kontakt z sekretariatem sieci PIM."),
]

CS = {1: "Cel szczegółowy 1: Ograniczenie niskiej emisji z ogrzewania budynków mieszkalnych",
      2: "Cel szczegółowy 2: Wiedza, informacja i skuteczna kontrola",
      3: "Cel szczegółowy 3: Mniej spalin z transportu w centrum miasta",
      4: "Obszar horyzontalny: Zarządzanie realizacją MID"}

CARDS = ["1.1", "2.1", "3.1"]


def build(path, toc_pages=None):
    d = Doc(font="Arial", size=22, heading_numbering=True, accent="2E5E3E",
            header_text=("PARTNERSKA INICJATYWA MIAST  ·  Sieć Jakość Powietrza", "Miasto Bełchatów – MID"))
    H = []  # (level, number, toc_text, body_text)
    import re
    tabno = [0]
    _cap = d.caption
    def caption(t, **kw):
        if t.startswith("Tabela "):
            tabno[0] += 1
            t = re.sub(r"^Tabela [0-9a-z]+\.", f"Tabela {tabno[0]}.", t)
        _cap(t, **kw)
    d.caption = caption
    counters = [0, 0, 0]

    def head(level, title, toc_title=None, numbered=True, pbb=False):
        if numbered:
            counters[level - 1] += 1
            for k in range(level, 3):
                counters[k] = 0
            num = ".".join(str(c) for c in counters[:level]) + "."
        else:
            num = ""
        H.append((level, num, toc_title or title, title))
        d.p(d.r(title), style=f"Heading{level}", pbb=pbb,
            num=None if numbered else (0, 0))

    # ---------------- cover ----------------
    d.p("", spacing='<w:spacing w:before="1800"/>')
    d.p(d.r("PARTNERSKA INICJATYWA MIAST", b=True, sz=24, color="2E5E3E"), align="center")
    d.p(d.r("Sieć tematyczna: Jakość Powietrza", sz=22, color="595959"), align="center",
        spacing='<w:spacing w:after="1200"/>')
    d.p(d.r("Miejska Inicjatywa Działania"), style="Title")
    d.p(d.r("na rzecz poprawy jakości powietrza w Bełchatowie"), style="Subtitle")
    d.p(d.r("na lata 2025–2028"), style="Subtitle", spacing='<w:spacing w:after="2400"/>')
    d.p(d.r("Wersja ostateczna przyjęta przez Lokalne Partnerstwo w dniu 28 listopada 2024 r.", i=True),
        align="center")
    d.p(d.r("Opracowanie: Wydział Strategii i Rozwoju Urzędu Miasta Bełchatowa we współpracy z Lokalnym "
            "Partnerstwem ds. Czystego Powietrza", sz=18), align="center")
    d.p(d.r("Bełchatów, grudzień 2024 r.", b=True), align="center", spacing='<w:spacing w:before="1600"/>')
    d.page_break()

    # ---------------- TOC (cached entries) ----------------
    d.p(d.r("Spis treści"), style="TOCHeading")
    toc_index = len(d.body)
    d.body.append("__TOC__")

    # ---------------- 1. Streszczenie ----------------
    head(1, "Streszczenie", pbb=True)
    d.text("Miejska Inicjatywa Działania (MID) jest planem krótkich, wykonalnych przedsięwzięć, które Bełchatów "
           "zobowiązał się zrealizować w ramach udziału w sieci tematycznej „Jakość Powietrza” Partnerskiej "
           "Inicjatywy Miast. Dokument powstał w ciągu dziewięciu miesięcy pracy Lokalnego Partnerstwa, w którym "
           "obok urzędników zasiadali przedstawiciele spółek miejskich, szkół, wspólnot mieszkaniowych, "
           "organizacji pozarządowych i rad osiedli.")
    d.text("Diagnoza potwierdziła, że głównym problemem miasta pozostają zimowe epizody wysokich stężeń pyłu "
           "PM10 i benzo(a)pirenu, których źródłem są przede wszystkim indywidualne paleniska w zabudowie "
           "jednorodzinnej oraz w starych kamienicach na Przytorzu i w rejonie ul. Kościuszki. Transport odpowiada "
           "za mniejszą część emisji, ale jego udział rośnie w centrum i wzdłuż głównych ciągów komunikacyjnych. "
           "Bliskość Elektrowni Bełchatów – największego źródła emisji w regionie – kształtuje opinię mieszkańców, "
           "jednak pomiary pokazują, że to emisja niska decyduje o jakości powietrza w przestrzeni osiedli.")
    d.text("Celem głównym MID jest obniżenie średniorocznego stężenia benzo(a)pirenu o co najmniej 30% do końca "
           "2028 r. i ograniczenie liczby dni z przekroczeniem dobowej normy PM10 do poziomu poniżej 20 w roku. "
           "Cel ten będzie realizowany poprzez trzy cele szczegółowe: ograniczenie emisji z ogrzewania budynków, "
           "budowę wiedzy i skutecznej kontroli oraz zmniejszenie emisji z transportu. W dokumencie zaplanowano "
           "dziesięć działań o łącznej wartości ok. 29,4 mln zł, z czego największą pozycję stanowi zakup "
           "autobusów elektrycznych dla MZK.")
    d.text("Realizację MID koordynuje Pełnomocnik Prezydenta Miasta ds. Jakości Powietrza, a postęp będzie "
           "corocznie omawiany na forum Lokalnego Partnerstwa. Plan zakłada, że najważniejsze przedsięwzięcia "
           "inwestycyjne zostaną sfinansowane ze środków FEnIKS 2021–2027, programu regionalnego FEŁ 2021–2027 "
           "oraz WFOŚiGW w Łodzi, przy wkładzie własnym miasta i spółek komunalnych.")

    # ---------------- 2. Diagnoza ----------------
    head(1, "Diagnoza sytuacji w zakresie jakości powietrza", pbb=True)
    head(2, "Położenie i podstawowe dane o mieście")
    d.rich(["Bełchatów jest miastem powiatowym w południowej części województwa łódzkiego, położonym ok. 50 km "
            "od Łodzi i 35 km od Piotrkowa Trybunalskiego. Rozwój miasta w drugiej połowie XX wieku był "
            "bezpośrednio związany z budową Kopalni Węgla Brunatnego i Elektrowni Bełchatów; z niewielkiej "
            "miejscowości liczącej ok. 6 tys. mieszkańców w 1970 r. powstał ośrodek, który w szczytowym okresie "
            "zamieszkiwało ponad 60 tys. osób", d.fn("Dane historyczne za: Studium uwarunkowań i kierunków zagospodarowania przestrzennego miasta Bełchatowa, UM Bełchatów 2019."),
            ". Od 2000 r. liczba ludności systematycznie spada, a miasto stoi przed wyzwaniem transformacji "
            "energetycznej, której horyzont wyznacza planowane wygaszenie bloków elektrowni do końca lat 30."])
    d.text("Struktura przestrzenna miasta jest wyraźnie dwudzielna. Większość mieszkańców zamieszkuje osiedla "
           "wielorodzinne z lat 70. i 80. (Dolnośląskie, Okrzei, Binków, Przytorze-Północ), w znacznej części "
           "podłączone do miejskiej sieci ciepłowniczej zasilanej z elektrowni. Pozostała część miasta to zabudowa "
           "jednorodzinna (Grocholice, Ludwików, Załęcze, Olsztyńska) oraz stare śródmieście z kamienicami "
           "z przełomu XIX i XX wieku, gdzie dominują indywidualne źródła ciepła na paliwa stałe.")
    d.caption("Tabela 1. Liczba ludności Bełchatowa w latach 2015–2023")
    rows = [[{"t": "Wyszczególnienie", "b": True, "shade": "D9E7DC"}] +
            [{"t": str(y), "b": True, "shade": "D9E7DC", "align": "center"} for y in (2015, 2017, 2019, 2021, 2023)],
            ["Ludność ogółem"] + [{"t": v, "align": "right"} for v in ("58 879", "57 744", "56 602", "55 034", "53 870")],
            ["w wieku przedprodukcyjnym"] + [{"t": v, "align": "right"} for v in ("9 842", "9 611", "9 377", "8 990", "8 612")],
            ["w wieku produkcyjnym"] + [{"t": v, "align": "right"} for v in ("38 560", "36 905", "35 214", "33 472", "32 150")],
            ["w wieku poprodukcyjnym"] + [{"t": v, "align": "right"} for v in ("10 477", "11 228", "12 011", "12 572", "13 108")],
            ["Saldo migracji"] + [{"t": v, "align": "right"} for v in ("-412", "-387", "-455", "-301", "-356")]]
    d.table(rows, [3300, 1260, 1260, 1260, 1260, 1258])
    d.p(d.r("Źródło: GUS, Bank Danych Lokalnych; dane na dzień 31 grudnia."), style="Source")
    d.text("Starzenie się mieszkańców ma bezpośrednie znaczenie dla polityki antysmogowej. Znaczna część "
           "budynków jednorodzinnych ogrzewanych węglem należy do osób po 65. roku życia, które rzadziej "
           "samodzielnie ubiegają się o dotacje, obawiają się formalności i wyższych kosztów eksploatacji "
           "nowoczesnych źródeł ciepła. Jednocześnie seniorzy i dzieci są grupami najbardziej narażonymi na "
           "skutki zdrowotne zanieczyszczeń, co potwierdzają dane Powiatowej Stacji Sanitarno-Epidemiologicznej "
           "o hospitalizacjach z powodu chorób układu oddechowego w sezonie grzewczym.")

    head(2, "Stan jakości powietrza")
    d.rich(["Jakość powietrza w Bełchatowie monitorowana jest przez stację pomiarową Państwowego Monitoringu "
            "Środowiska przy ul. Czaplinieckiej, prowadzącą pomiary automatyczne PM10 i PM2,5 oraz manualne "
            "oznaczenia benzo(a)pirenu w pyle", d.fn("Stacja należy do sieci GIOŚ; dane pomiarowe pobrano z Banku Danych Pomiarowych GIOŚ w sierpniu 2024 r."),
            ". W rocznej ocenie jakości powietrza za 2023 r. strefa łódzka, do której należy miasto, została "
            "zaliczona do klasy C ze względu na przekroczenie poziomu docelowego benzo(a)pirenu. Wartości "
            "średnioroczne dla pyłu PM10 mieszczą się w normie, jednak liczba dni z przekroczeniem dobowego poziomu "
            "dopuszczalnego 50 µg/m³ w ostatnich latach wahała się od 24 do 41."])
    d.caption("Tabela 2. Wybrane wyniki pomiarów na stacji przy ul. Czaplinieckiej w latach 2019–2023")
    rows = [[{"t": t, "b": True, "shade": "D9E7DC", "align": "center"} for t in
             ("Rok", "PM10 – średnia roczna [µg/m³]", "Liczba dni > 50 µg/m³", "PM2,5 – średnia roczna [µg/m³]", "B(a)P – średnia roczna [ng/m³]")],
            ["2019", "29,4", "41", "21,8", "3,9"], ["2020", "25,1", "27", "18,6", "3,2"],
            ["2021", "27,8", "35", "20,3", "3,6"], ["2022", "24,2", "24", "17,9", "2,9"],
            ["2023", "23,6", "26", "17,1", "2,8"]]
    rows = [rows[0]] + [[{"t": c, "align": "center"} for c in r] for r in rows[1:]]
    d.table(rows, [1400, 2100, 1900, 2100, 2100])
    d.p(d.r("Źródło: opracowanie własne na podstawie danych GIOŚ. Poziom docelowy B(a)P wynosi 1 ng/m³."), style="Source")
    d.text("Przebieg stężeń w ciągu roku ma wyraźnie sezonowy charakter. W miesiącach od listopada do marca średnie "
           "miesięczne stężenia PM10 są dwu-, a niekiedy trzykrotnie wyższe niż latem, a niemal wszystkie dni "
           "z przekroczeniem normy dobowej przypadają na sezon grzewczy. Najwyższe wartości notowane są "
           "w godzinach wieczornych, między 18:00 a 23:00, przy bezwietrznej pogodzie i inwersji temperatury. "
           "Taki profil jest typowy dla emisji z domowych palenisk, a nie z wysokich emitorów przemysłowych, "
           "których zanieczyszczenia są rozpraszane na dużym obszarze.")
    d.caption("Tabela 3. Średnie miesięczne stężenia PM10 w 2023 r. [µg/m³]")
    months = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    vals = ["38,2", "41,5", "29,7", "20,4", "15,8", "14,1", "13,6", "14,9", "17,2", "24,8", "33,9", "36,4"]
    d.table([[{"t": m, "b": True, "shade": "D9E7DC", "align": "center"} for m in months],
             [{"t": v, "align": "center"} for v in vals]], [783] * 12)
    d.p(d.r("Źródło: GIOŚ, stacja Bełchatów-Czapliniecka."), style="Source")
    d.text("W 2022 r. miasto przeprowadziło również kampanię pomiarową z wykorzystaniem 8 czujników niskokosztowych "
           "wypożyczonych od Uniwersytetu Łódzkiego. Mimo ograniczonej dokładności urządzeń pomiary wskazały, że "
           "najwyższe stężenia występują na Grocholicach, w rejonie ul. Kościuszki i Pabianickiej oraz na "
           "Przytorzu, a więc tam, gdzie dominuje ogrzewanie indywidualne. Na osiedlach wielorodzinnych "
           "podłączonych do sieci ciepłowniczej stężenia były przeciętnie o 25–35% niższe. Wyniki kampanii były "
           "jednym z głównych argumentów za budową stałej, miejskiej sieci czujników.")
    d.text("Mieszkańcy coraz częściej zgłaszają do Urzędu Miasta i Straży Miejskiej uciążliwość dymu. W 2023 r. "
           "Straż Miejska przyjęła 312 zgłoszeń dotyczących spalania odpadów lub złej jakości paliwa, o 40% więcej "
           "niż dwa lata wcześniej. Tylko w 27 przypadkach kontrola zakończyła się mandatem, co wynika głównie z "
           "trudności w udowodnieniu spalania odpadów bez pobrania próbek i analizy laboratoryjnej.")

    head(2, "Warunki meteorologiczne sprzyjające kumulacji zanieczyszczeń")
    d.text("Bełchatów leży na Wysoczyźnie Bełchatowskiej, w obszarze o łagodnej rzeźbie terenu, jednak lokalne "
           "obniżenia doliny Rakówki oraz zwarta zabudowa śródmieścia sprzyjają zaleganiu chłodnego powietrza "
           "w nocy. W miesiącach zimowych częste są sytuacje wyżowe z inwersją temperatury i prędkością wiatru "
           "poniżej 1,5 m/s, w których zanieczyszczenia z niskich kominów kumulują się przy powierzchni ziemi.")
    d.caption("Tabela X. Liczba dni z niekorzystnymi warunkami rozprzestrzeniania zanieczyszczeń (XI–III)")
    met = [("2019/2020", "31", "18", "12"), ("2020/2021", "44", "26", "21"), ("2021/2022", "29", "15", "9"),
           ("2022/2023", "37", "22", "14"), ("2023/2024", "33", "19", "13")]
    d.table([[{"t": t, "b": True, "shade": "D9E7DC", "align": "center"} for t in
              ("Sezon", "Dni z wiatrem < 1,5 m/s", "Dni z inwersją przyziemną", "Dni z przekroczeniem PM10")]]
            + [[{"t": c, "align": "center"} for c in r] for r in met], [2000, 2500, 2500, 2438])
    d.p(d.r("Źródło: opracowanie własne na podstawie danych IMGW-PIB i GIOŚ."), style="Source")
    d.text("Porównanie kolejnych sezonów pokazuje, że liczba dni z przekroczeniem normy dobowej w dużej mierze "
           "zależy od pogody: w mroźnym i bezwietrznym sezonie 2020/2021 było ich niemal dwa razy więcej niż "
           "w łagodnym sezonie 2021/2022. Oznacza to, że ocena skuteczności działań MID musi uwzględniać warunki "
           "meteorologiczne, a porównania należy prowadzić na danych znormalizowanych lub w dłuższych okresach.")

    head(2, "Źródła emisji i struktura ogrzewania budynków")
    d.text("Zgodnie z inwentaryzacją źródeł ciepła przeprowadzoną w latach 2022–2023 na potrzeby Centralnej "
           "Ewidencji Emisyjności Budynków, w Bełchatowie funkcjonuje ok. 1 950 kotłów i pieców na paliwa stałe, "
           "z czego ponad 1 100 to urządzenia bezklasowe lub niespełniające wymagań ekoprojektu. Uchwała "
           "antysmogowa dla województwa łódzkiego przewiduje obowiązek wymiany kotłów pozaklasowych, ale "
           "w praktyce tempo wymiany jest niewystarczające.")
    d.caption("Tabela 4. Struktura źródeł ciepła w budynkach mieszkalnych według rejonów miasta (2023 r.)")
    hdr = [{"t": t, "b": True, "shade": "D9E7DC", "align": "center"} for t in
           ("Rejon", "Sieć ciepłownicza", "Gaz", "Paliwa stałe – kotły pozaklasowe", "Paliwa stałe – 5 klasa / ekoprojekt", "Pompy ciepła i inne")]
    data = [("Osiedla Dolnośląskie, Okrzei, Binków", "91%", "4%", "2%", "1%", "2%"),
            ("Przytorze", "38%", "17%", "29%", "11%", "5%"),
            ("Śródmieście (ul. Kościuszki, Pabianicka)", "44%", "21%", "22%", "8%", "5%"),
            ("Grocholice, Ludwików", "6%", "31%", "34%", "18%", "11%"),
            ("Załęcze, Olsztyńska", "3%", "28%", "37%", "20%", "12%"),
            ("Miasto ogółem", "64%", "12%", "12%", "6%", "6%")]
    d.table([hdr] + [[r[0]] + [{"t": v, "align": "center"} for v in r[1:]] for r in data],
            [2900, 1300, 1000, 1600, 1600, 1258])
    d.p(d.r("Źródło: CEEB, dane Wydziału Ochrony Środowiska UM; udział w liczbie budynków."), style="Source")
    d.text("Największym problemem jest Przytorze – dzielnica starej zabudowy, w której część kamienic komunalnych "
           "i wspólnot wciąż ogrzewana jest piecami kaflowymi, a sieć ciepłownicza przebiega w odległości kilkuset "
           "metrów. W zabudowie jednorodzinnej barierą jest koszt inwestycji oraz obawa przed rachunkami za gaz lub "
           "prąd. Ankieta przeprowadzona w ramach prac nad MID wśród 412 właścicieli domów pokazała, że 46% "
           "respondentów rozważa wymianę kotła w ciągu trzech lat, ale jedynie co piąty zna zasady programu "
           "„Czyste Powietrze”.")
    d.text("Udział transportu w emisji pyłów szacowany jest na 12–15%, przy czym w przypadku tlenków azotu jest "
           "on dominujący. Ruch tranzytowy koncentruje się na drodze krajowej nr 74 i drogach wojewódzkich "
           "nr 484 i 485. Istotnym źródłem lokalnym są także autobusy komunikacji miejskiej – średni wiek taboru "
           "MZK wynosi 13 lat, a 9 z 34 pojazdów spełnia jedynie normę Euro III.")

    head(2, "Transport i mobilność mieszkańców")
    d.text("Bełchatów jest miastem zwartym, w którym większość codziennych podróży nie przekracza 4 km. Mimo to "
           "według badania ruchu z 2021 r. aż 58% podróży odbywa się samochodem, 21% pieszo, 14% komunikacją "
           "miejską i zaledwie 5% rowerem. Komunikację miejską obsługuje Miejski Zakład Komunikacji, który "
           "utrzymuje 11 linii. Liczba pasażerów spadła po pandemii o ok. 18% i do tej pory nie wróciła do "
           "poziomu z 2019 r.")
    d.text("Sieć dróg dla rowerów liczy 27 km, ale jest nieciągła: dobrze skomunikowane są osiedla północne, natomiast "
           "brakuje bezpiecznego połączenia Osiedla Dolnośląskiego i Binkowa z centrum oraz z terenami "
           "przemysłowymi przy ul. Przemysłowej. Mieszkańcy w konsultacjach wskazywali również na brak parkingów "
           "rowerowych przy szkołach i przychodniach.")


    head(2, "Uwarunkowania prawne i strategiczne")
    d.rich(["Podstawowe ramy prawne działań na rzecz jakości powietrza wyznacza ustawa z dnia 27 kwietnia 2001 r. "
            "– Prawo ochrony środowiska", d.fn("Dz. U. z 2024 r. poz. 54 z późn. zm."),
            ", która w art. 96 upoważnia sejmik województwa do wprowadzania ograniczeń w eksploatacji instalacji "
            "spalania paliw. Na tej podstawie Sejmik Województwa Łódzkiego przyjął uchwałę antysmogową, "
            "zgodnie z którą kotły niespełniające wymagań klasy 3 i 4 normy PN-EN 303-5:2012 muszą zostać "
            "wymienione w terminach uzależnionych od wieku urządzenia, a od 1 stycznia 2028 r. w całym województwie "
            "będą mogły pracować wyłącznie urządzenia spełniające wymagania ekoprojektu", d.fn("Uchwała nr LIV/682/17 Sejmiku Województwa Łódzkiego z dnia 24 października 2017 r. w sprawie wprowadzenia na obszarze województwa łódzkiego ograniczeń i zakazów w zakresie eksploatacji instalacji, w których następuje spalanie paliw."),
            "."])
    d.text("Dla strefy łódzkiej obowiązuje Program ochrony powietrza wraz z planem działań krótkoterminowych, który "
           "nakłada na gminy obowiązki sprawozdawcze oraz wskazuje działania naprawcze, w tym wymianę źródeł ciepła "
           "i rozwój sieci ciepłowniczych. W perspektywie kolejnych lat znaczenie będzie miała także nowa dyrektywa "
           "Parlamentu Europejskiego i Rady (UE) 2024/2881 w sprawie jakości powietrza, która od 2030 r. zaostrza "
           "normy dla pyłów PM10 i PM2,5, zbliżając je do wytycznych Światowej Organizacji Zdrowia. Przy obecnych "
           "stężeniach Bełchatów nie spełniłby nowych wymagań ani dla średniej rocznej PM2,5, ani dla liczby dni "
           "z przekroczeniem normy dobowej.")
    d.caption("Tabela 7a. Dokumenty strategiczne i planistyczne powiązane z MID")
    docs_ = [("Strategia Rozwoju Miasta Bełchatowa do 2030 r.", "Rada Miasta, 2021", "cel strategiczny 3: zdrowe środowisko życia"),
             ("Program ochrony powietrza dla strefy łódzkiej", "Sejmik WŁ, 2020", "wymiana kotłów, ograniczenie emisji z transportu"),
             ("Plan Gospodarki Niskoemisyjnej dla Miasta Bełchatowa", "Rada Miasta, 2015, aktualizacja 2022", "termomodernizacja, OZE, transport"),
             ("Terytorialny Plan Sprawiedliwej Transformacji Województwa Łódzkiego", "Zarząd WŁ, 2022", "transformacja podregionu bełchatowskiego"),
             ("Plan zrównoważonego rozwoju publicznego transportu zbiorowego", "Rada Miasta, 2019", "wymiana taboru, priorytet dla autobusów")]
    d.table([[{"t": t, "b": True, "shade": "D9E7DC"} for t in ("Dokument", "Przyjęty przez / rok", "Powiązanie z MID")]]
            + [list(x) for x in docs_], [4100, 2300, 3038])
    d.text("Miasto nie spełnia kryterium ludnościowego, od którego ustawa o elektromobilności i paliwach "
           "alternatywnych wymaga wprowadzenia strefy czystego transportu, ani obowiązku osiągnięcia określonego "
           "udziału autobusów zeroemisyjnych we flocie. Decyzja o zakupie autobusów elektrycznych ma więc "
           "charakter dobrowolny i wynika z przyjętej przez MZK strategii odnowy taboru.")

    head(2, "Skutki zdrowotne i społeczne zanieczyszczenia powietrza")
    d.text("Zanieczyszczenie powietrza pyłem zawieszonym i benzo(a)pirenem jest jednym z najważniejszych "
           "środowiskowych czynników ryzyka zdrowotnego. Krótkotrwała ekspozycja na wysokie stężenia pyłu "
           "nasila objawy astmy i przewlekłej obturacyjnej choroby płuc, a długotrwała zwiększa ryzyko chorób "
           "układu krążenia i nowotworów płuc. Benzo(a)piren, dla którego normy w Bełchatowie są przekraczane "
           "niemal trzykrotnie, ma udowodnione działanie rakotwórcze.")
    d.caption("Tabela 7b. Hospitalizacje mieszkańców Bełchatowa z powodu chorób układu oddechowego")
    hosp = [("2019", "1 214", "482", "39,7%"), ("2020", "968", "371", "38,3%"), ("2021", "1 105", "446", "40,4%"),
            ("2022", "1 187", "502", "42,3%"), ("2023", "1 232", "519", "42,1%")]
    d.table([[{"t": t, "b": True, "shade": "D9E7DC", "align": "center"} for t in
              ("Rok", "Hospitalizacje ogółem", "w tym dzieci do 14 lat", "Udział dzieci")]]
            + [[{"t": c, "align": "center"} for c in r] for r in hosp], [1900, 2500, 2500, 2538])
    d.p(d.r("Źródło: dane Powiatowej Stacji Sanitarno-Epidemiologicznej i Szpitala Wojewódzkiego w Bełchatowie, opracowanie własne."), style="Source")
    d.text("W rozmowach z pediatrami i pielęgniarkami szkolnymi, przeprowadzonych w ramach diagnozy, powtarzała się "
           "obserwacja, że w dni smogowe rośnie liczba zgłoszeń dzieci z dusznościami i kaszlem, a część rodziców "
           "rezygnuje z wysyłania dzieci na zajęcia na świeżym powietrzu. Szkoły nie mają jednak jednolitej "
           "procedury postępowania w dni z ostrzeżeniem, a informacje o jakości powietrza docierają do nich "
           "z opóźnieniem.")
    d.text("Problem zanieczyszczenia powietrza nakłada się na zjawisko ubóstwa energetycznego. Według danych MOPS "
           "w sezonie grzewczym 2023/2024 pomocy w formie zasiłku celowego na opał udzielono 287 gospodarstwom "
           "domowym, a dodatek osłonowy i dodatek węglowy pobierało w poprzednich latach ponad 3 tys. "
           "gospodarstw. Zasiłki na zakup węgla utrwalają jednak model ogrzewania, który jest główną przyczyną "
           "smogu – dlatego Lokalne Partnerstwo zaproponowało stopniowe przechodzenie od dopłat do opału do dopłat "
           "do kosztów eksploatacji czystych źródeł ciepła.")

    head(2, "Wyniki badania ankietowego mieszkańców")
    d.text("W maju i czerwcu 2024 r. przeprowadzono badanie ankietowe wśród mieszkańców, dostępne w wersji "
           "internetowej i papierowej (w punktach obsługi mieszkańców, bibliotekach i klubach seniora). "
           "Zebrano 1 086 ankiet, w tym 412 od właścicieli domów jednorodzinnych. Badanie nie ma charakteru "
           "reprezentatywnego, ale dobrze oddaje opinie mieszkańców zaangażowanych w sprawy miasta.")
    d.caption("Tabela 7c. Wybrane wyniki ankiety (odsetek odpowiedzi „zdecydowanie tak” i „raczej tak”)")
    ank = [("Jakość powietrza w Bełchatowie zimą jest zła lub bardzo zła", "71%"),
           ("Głównym źródłem smogu są domowe piece i kotły", "54%"),
           ("Głównym źródłem smogu jest elektrownia", "38%"),
           ("Korzystał(a)bym z aplikacji z aktualnymi danymi o powietrzu", "63%"),
           ("Popieram częstsze kontrole palenisk przez Straż Miejską", "68%"),
           ("Jeździł(a)bym autobusem w dni smogowe, gdyby przejazd był bezpłatny", "47%"),
           ("Dojeżdżał(a)bym rowerem do pracy lub szkoły, gdyby była bezpieczna droga", "39%")]
    d.table([[{"t": "Stwierdzenie", "b": True, "shade": "D9E7DC"}, {"t": "Odsetek", "b": True, "shade": "D9E7DC", "align": "center"}]]
            + [[x[0], {"t": x[1], "align": "center"}] for x in ank], [7600, 1838])
    d.text("Wyniki wskazują na wysoką świadomość problemu, ale także na rozpowszechnione przekonanie, że za smog "
           "odpowiada przede wszystkim elektrownia. Dlatego w MID duży nacisk położono na rzetelną informację "
           "o lokalnych stężeniach i ich źródłach. Ponad dwie trzecie badanych popiera zaostrzenie kontroli, co "
           "daje mandat społeczny do wzmocnienia działań Straży Miejskiej.")

    d.caption("Tabela X. Podział modalny podróży mieszkańców (badanie ruchu 2021 r.)")
    mod = [("Samochód osobowy – kierowca", "44%"), ("Samochód osobowy – pasażer", "14%"), ("Pieszo", "21%"),
           ("Komunikacja miejska (MZK)", "14%"), ("Rower i hulajnoga", "5%"), ("Inne (bus prywatny, taxi)", "2%")]
    d.table([[{"t": "Środek transportu", "b": True, "shade": "D9E7DC"}, {"t": "Udział w podróżach", "b": True, "shade": "D9E7DC", "align": "center"}]]
            + [[x[0], {"t": x[1], "align": "center"}] for x in mod], [6400, 3038])
    d.p(d.r("Źródło: Kompleksowe badanie ruchu w Bełchatowie, 2021 r. (próba 1 200 gospodarstw domowych)."), style="Source")
    d.text("Struktura podróży jest niekorzystna z punktu widzenia emisji i zatłoczenia centrum. Szczególnie wysoki jest "
           "udział samochodu w dojazdach do szkół: co trzecie dziecko w wieku do 12 lat jest dowożone samochodem, "
           "mimo że mediana odległości z domu do szkoły wynosi 1,1 km. W godzinach porannego szczytu w rejonie "
           "szkół przy ul. Kościuszki i Edwardów tworzą się zatory, a pomiary czujnikami w 2022 r. wykazały tam "
           "wyraźny wzrost stężeń dwutlenku azotu.")

    head(2, "Dotychczasowe działania miasta na rzecz czystego powietrza")
    d.text("Bełchatów od ponad dekady podejmuje działania na rzecz ograniczenia niskiej emisji. Część z nich była "
           "finansowana z funduszy zewnętrznych, część ze środków własnych. Poniższe zestawienie przedstawia "
           "najważniejsze przedsięwzięcia zrealizowane przed przystąpieniem do PIM; nie są one częścią MID, ale "
           "ich doświadczenia wykorzystano przy planowaniu nowych działań.")
    d.caption("Tabela 5. Przedsięwzięcia zrealizowane w latach 2015–2023")
    hdr = [{"t": t, "b": True, "shade": "D9E7DC"} for t in ("Przedsięwzięcie", "Okres", "Realizator", "Wartość", "Efekt")]
    past = [("Program KAWKA – likwidacja niskiej emisji w budynkach komunalnych", "2015–2017", "UM Bełchatów", "2,1 mln zł", "112 zlikwidowanych pieców"),
            ("Termomodernizacja 9 budynków oświatowych", "2017–2020", "UM Bełchatów", "14,3 mln zł", "spadek zużycia ciepła o 38%"),
            ("Zakup 10 autobusów hybrydowych", "2018", "MZK w Bełchatowie", "11,9 mln zł", "10 pojazdów Euro VI"),
            ("Budowa drogi dla rowerów wzdłuż ul. Wojska Polskiego", "2019", "Miejski Zarząd Dróg", "1,4 mln zł", "2,3 km"),
            ("Gminny program dotacji do wymiany pieców", "2020–2023", "Wydział Ochrony Środowiska UM", "1,6 mln zł", "241 wymienionych kotłów")]
    d.table([hdr] + [list(r) for r in past], [3200, 1100, 1900, 1300, 1958])
    d.p(d.r("Źródło: sprawozdania z realizacji Planu Gospodarki Niskoemisyjnej."), style="Source")
    d.text("Doświadczenia gminnego programu dotacji pokazały, że sama dotacja nie wystarcza. W latach 2020–2023 "
           "z 390 złożonych wniosków zrealizowano 241, a najczęstszą przyczyną rezygnacji były obawy o koszty "
           "ogrzewania po wymianie oraz skomplikowane rozliczenie. Stąd w MID obok dotacji pojawia się punkt "
           "doradczy i instrument osłonowy dla najuboższych gospodarstw domowych.")
    # boxed frame (bordered, shaded paragraphs)
    d.p(d.r("Ramka 1. Dobre praktyki z Rybnika – operator programu antysmogowego", b=True), style="BoxText",
        border=True, keep=True)
    for t in ["Rybnik od 2019 r. prowadzi miejskie biuro obsługi programu „Czyste Powietrze”, w którym doradcy "
              "energetyczni pomagają mieszkańcom w przygotowaniu wniosku, doborze źródła ciepła i rozliczeniu "
              "dotacji. W pierwszych trzech latach z pomocy skorzystało ponad 4 tys. gospodarstw domowych.",
              "Podczas wizyty studyjnej w ramach PIM członkowie Lokalnego Partnerstwa zapoznali się także "
              "z rybnickim systemem czujników i komunikatów SMS. Wnioski z wizyty zostały wykorzystane przy "
              "projektowaniu działań 1.1 i 2.1."]:
        d.p(d.r(t), style="BoxText", border=True, align="both")
    d.p("")

    head(2, "Analiza SWOT")
    d.text("Analizę SWOT opracowano podczas warsztatu diagnostycznego Lokalnego Partnerstwa, a następnie "
           "uzupełniono o wyniki ankiety i konsultacji z mieszkańcami.")
    d.caption("Tabela 6. Analiza SWOT w obszarze jakości powietrza")
    def swot(items):
        return {"t": ["• " + x for x in items]}
    S = ["rozwinięta sieć ciepłownicza obejmująca 64% budynków", "doświadczenie w programach dotacyjnych",
         "aktywne rady osiedli i organizacje pozarządowe", "zwarta struktura miasta sprzyjająca ruchowi pieszemu i rowerowemu"]
    W = ["duża liczba kotłów pozaklasowych w zabudowie jednorodzinnej", "stary tabor MZK",
         "nieciągła sieć dróg dla rowerów", "słaba egzekucja uchwały antysmogowej"]
    O = ["środki FEnIKS i FEŁ 2021–2027 na transformację energetyczną", "program „Czyste Powietrze” i „Ciepłe Mieszkanie”",
         "Fundusz Sprawiedliwej Transformacji dla regionu bełchatowskiego", "wymiana doświadczeń w sieci PIM"]
    T = ["wzrost cen energii i ubóstwo energetyczne", "odpływ młodych mieszkańców",
         "niepewność co do przyszłości ciepła sieciowego po wygaszeniu elektrowni", "zmienność zasad programów krajowych"]
    d.table([[{"t": "Mocne strony", "b": True, "shade": "D9E7DC"}, {"t": "Słabe strony", "b": True, "shade": "F2DCDB"}],
             [swot(S), swot(W)],
             [{"t": "Szanse", "b": True, "shade": "D9E7DC"}, {"t": "Zagrożenia", "b": True, "shade": "F2DCDB"}],
             [swot(O), swot(T)]], [4719, 4719], header_rows=0)
    d.text("Z analizy wynika, że największy potencjał poprawy tkwi w przyspieszeniu wymiany źródeł ciepła tam, gdzie "
           "nie ma sieci ciepłowniczej, oraz w rozbudowie sieci na Przytorzu. Działania miękkie – edukacja, "
           "informacja o stanie powietrza, skuteczna kontrola – są warunkiem, by inwestycje przyniosły trwały efekt.")

    # ---------------- 3. Cele ----------------
    head(1, "Cele Miejskiej Inicjatywy Działania", pbb=True)
    d.rich([("Cel główny: ", {"b": True}), "Poprawa jakości powietrza w Bełchatowie poprzez obniżenie "
            "średniorocznego stężenia benzo(a)pirenu o co najmniej 30% i ograniczenie liczby dni z przekroczeniem "
            "dobowej normy PM10 poniżej 20 w roku do końca 2028 r."])
    d.text("Cel główny został rozpisany na trzy cele szczegółowe oraz obszar horyzontalny, dotyczący zarządzania "
           "realizacją MID. Każdemu celowi przypisano działania opisane w rozdziale 4.")
    for k in (1, 2, 3):
        d.p(d.r(CS[k].replace(":", " –"), b=True), keep=True)
        d.text({1: "Zmniejszenie liczby kotłów pozaklasowych w zabudowie jednorodzinnej i kamienicach, rozbudowa sieci "
                   "ciepłowniczej oraz ochrona gospodarstw domowych przed skutkami wzrostu kosztów ogrzewania.",
                2: "Zapewnienie mieszkańcom rzetelnej, lokalnej informacji o stanie powietrza, zmiana nawyków "
                   "związanych z paleniem w piecach oraz zwiększenie skuteczności kontroli prowadzonych przez "
                   "Straż Miejską.",
                3: "Ograniczenie emisji z komunikacji miejskiej i ruchu samochodowego w centrum poprzez wymianę taboru, "
                   "zachęty do korzystania z autobusów w dni smogowe i rozwój infrastruktury rowerowej."}[k])
    d.caption("Tabela X. Powiązanie celów szczegółowych z problemami zidentyfikowanymi w diagnozie")
    pg = [("Wysoka liczba kotłów pozaklasowych w zabudowie jednorodzinnej i na Przytorzu", "Cel szczegółowy 1"),
          ("Obawy przed kosztami eksploatacji nowych źródeł ciepła, ubóstwo energetyczne", "Cel szczegółowy 1"),
          ("Brak lokalnej informacji o stanie powietrza, błędne przekonania o źródłach smogu", "Cel szczegółowy 2"),
          ("Niska skuteczność kontroli spalania odpadów", "Cel szczegółowy 2"),
          ("Stary tabor MZK, spadek liczby pasażerów", "Cel szczegółowy 3"),
          ("Nieciągła sieć dróg dla rowerów, dowożenie dzieci do szkół samochodem", "Cel szczegółowy 3")]
    d.table([[{"t": "Problem (diagnoza)", "b": True, "shade": "D9E7DC"}, {"t": "Odpowiedź MID", "b": True, "shade": "D9E7DC"}]]
            + [list(x) for x in pg], [6600, 2838])
    d.text("Cele szczegółowe są spójne ze Strategią Rozwoju Miasta Bełchatowa do 2030 r., Programem ochrony "
           "powietrza dla strefy łódzkiej oraz Planem Gospodarki Niskoemisyjnej. Wpisują się także w cele "
           "Terytorialnego Planu Sprawiedliwej Transformacji Województwa Łódzkiego.")

    # ---------------- 4. Działania (landscape) ----------------
    d.section_break(landscape=False, title_pg=True)
    head(1, "Plan działań")
    d.text("Poniższa tabela przedstawia działania MID pogrupowane według celów szczegółowych. Okresy realizacji "
           "zawiera harmonogram (rozdział 5), a koszty i źródła finansowania – budżet (rozdział 6). Dla działań "
           "o największym znaczeniu przygotowano karty przedsięwzięć (Załącznik nr 1).")
    d.caption("Tabela 7. Zestawienie działań Miejskiej Inicjatywy Działania")
    W_ = [700, 3600, 5300, 2700, 2500]
    rows = [[{"t": t, "b": True, "shade": "2E5E3E", "color": "FFFFFF"} for t in
             ("Nr", "Nazwa działania", "Zakres działania", "Podmiot odpowiedzialny", "Wskaźnik produktu")]]
    cur = None
    for a in ACTIONS:
        if a["cs"] != cur:
            cur = a["cs"]
            rows.append([{"t": CS[cur], "span": 5, "b": True, "shade": "D9E7DC"}])
        rows.append([a["nr"], {"t": a["title"], "b": True}, a["desc"], a.get("resp_table", a["resp"]),
                     a.get("ind_table") or (a["ind"] if a["ind"] else a.get("ind_printed"))])
    d.table(rows, W_)
    d.text("Działania zostały wybrane spośród 27 propozycji zgłoszonych w trakcie warsztatów Lokalnego "
           "Partnerstwa. Kryteriami wyboru były: wpływ na jakość powietrza, wykonalność w okresie 2025–2028, "
           "dostępność finansowania i poparcie mieszkańców. Propozycje, które nie weszły do planu, wraz "
           "z uzasadnieniem zawiera Załącznik nr 2.")
    head(2, "Projekty komplementarne")
    d.text("Równolegle z MID miasto i jego partnerzy realizują lub przygotowują przedsięwzięcia finansowane z innych "
           "źródeł, które wzmacniają efekt działań. Nie są one częścią MID i nie są objęte jej budżetem.")
    d.caption("Tabela 8. Projekty komplementarne realizowane poza MID")
    comp = [("Modernizacja oświetlenia ulicznego na technologię LED", "Miejski Zarząd Dróg", "FEnIKS 2021–2027", "2025–2026"),
            ("Program „Ciepłe Mieszkanie” – nabór gminny", "Wydział Ochrony Środowiska UM", "NFOŚiGW / WFOŚiGW", "2024–2025"),
            ("Budowa węzła przesiadkowego przy ul. Kolejowej", "UM Bełchatów", "FEŁ 2021–2027", "2025–2027"),
            ("Termomodernizacja Szkoły Podstawowej nr 5", "UM Bełchatów", "Fundusz Sprawiedliwej Transformacji", "2026")]
    d.table([[{"t": t, "b": True, "shade": "D9E7DC"} for t in ("Projekt", "Realizator", "Źródło finansowania", "Okres")]]
            + [list(c) for c in comp], [6300, 3300, 3100, 2100])
    d.section_break(landscape=True)

    # ---------------- 5. Harmonogram ----------------
    head(1, "Harmonogram realizacji")
    d.text("Harmonogram przedstawia planowane okresy realizacji działań w podziale na półrocza. Terminy inwestycji "
           "finansowanych ze środków zewnętrznych zależą od rozstrzygnięcia naborów i mogą ulec przesunięciu.")
    d.caption("Tabela 9. Harmonogram realizacji działań MID")
    halves = ["2025 I", "2025 II", "2026 I", "2026 II", "2027 I", "2027 II", "2028 I", "2028 II"]
    gantt = {"1.1": (0, 6), "1.2": (2, 6), "1.3": (1, 7), "2.1": (1, 3), "2.2": (0, 6), "2.3": (1, 8),
             "3.1": (2, 6), "3.2": (1, 8), "3.3": (2, 6), "4.1": (0, 8)}
    rows = [[{"t": "Nr", "b": True, "shade": "D9E7DC"}, {"t": "Działanie", "b": True, "shade": "D9E7DC"},
             {"t": "Okres realizacji", "b": True, "shade": "D9E7DC"}] +
            [{"t": h, "b": True, "shade": "D9E7DC", "align": "center", "sz": 14} for h in halves]]
    for a in ACTIONS:
        s, e = gantt[a["nr"]]
        rows.append([a["nr"], a["title"], a["timeline"]] +
                    [{"t": "", "shade": "5B9B6B" if s <= i < e else None} for i in range(8)])
    d.table(rows, [520, 3300, 1980] + [450] * 8)
    d.text("Kamienie milowe: złożenie wniosku o dofinansowanie zakupu autobusów – II kw. 2025 r.; uruchomienie "
           "portalu jakości powietrza – II kw. 2026 r.; raport śródokresowy z realizacji MID – IV kw. 2026 r.; "
           "raport końcowy – IV kw. 2028 r.")

    # ---------------- 6. Budżet ----------------
    head(1, "Budżet i źródła finansowania", pbb=True)
    d.text("Szacunkowa wartość działań MID wynosi ok. 29,4 mln zł (bez działań, których koszt nie został jeszcze "
           "określony). Kwoty przyjęto na podstawie kosztorysów inwestorskich, rozeznania rynku oraz kosztów "
           "analogicznych przedsięwzięć w innych miastach sieci. Wydatki miasta zostaną ujęte w Wieloletniej "
           "Prognozie Finansowej po przyjęciu MID przez Radę Miasta.")
    d.caption("Tabela 10. Koszty i źródła finansowania działań")
    rows = [[{"t": t, "b": True, "shade": "D9E7DC"} for t in ("Cel", "Nr", "Działanie", "Szacunkowy koszt", "Źródła finansowania")]]
    for k in (1, 2, 3, 4):
        acts = [a for a in ACTIONS if a["cs"] == k]
        for j, a in enumerate(acts):
            rows.append([{"t": f"CS {k}" if k < 4 else "OH", "vm": "restart" if j == 0 else "cont", "valign": "center", "b": True},
                         a["nr"], a["title"], a["cost"] or a.get("cost_printed"),
                         a["funding"] or a.get("funding_printed")])
    d.table(rows, [700, 600, 3700, 1900, 2538])
    d.rich(["Objaśnienia: CS – cel szczegółowy, OH – obszar horyzontalny. Koszty koordynacji MID pokrywane są "
            "w ramach bieżącego funkcjonowania Urzędu Miasta", d.fn("Zadania Pełnomocnika realizowane są w ramach etatu w Wydziale Strategii i Rozwoju; dodatkowe koszty (ekspertyzy, wyjazdy) nie zostały jeszcze oszacowane."),
            "."], style="Source")
    d.text("Największym ryzykiem finansowym jest wysokość wkładu własnego przy zakupie autobusów elektrycznych. "
           "MZK zakłada sfinansowanie 15% kosztów kwalifikowanych z kredytu, a miasto – podwyższenie kapitału "
           "spółki w latach 2026–2027. W przypadku dotacji z WFOŚiGW w Łodzi miasto będzie korzystać z modelu "
           "gminy-operatora, co pozwoli łączyć środki programu „Czyste Powietrze” z dotacją miejską.")

    d.caption("Tabela 10a. Struktura finansowania MID według źródeł (szacunek)")
    struct = [("FEnIKS 2021–2027", "17,8 mln zł", "60,5%"), ("WFOŚiGW w Łodzi, w tym „Czyste Powietrze”", "3,1 mln zł", "10,5%"),
              ("FEŁ 2021–2027 (ZIT)", "2,4 mln zł", "8,2%"), ("Budżet miasta", "3,7 mln zł", "12,6%"),
              ("Środki własne spółek miejskich (MZK, PEC)", "2,4 mln zł", "8,2%"), ("Razem", "29,4 mln zł", "100%")]
    d.table([[{"t": t, "b": True, "shade": "D9E7DC"} for t in ("Źródło", "Kwota", "Udział")]]
            + [[x[0], {"t": x[1], "align": "right"}, {"t": x[2], "align": "right"}] for x in struct], [5600, 2000, 1838])
    d.text("Struktura finansowania ma charakter szacunkowy. Ostateczny podział zależy od wyników naborów, w tym "
           "od tego, czy rozbudowa sieci ciepłowniczej uzyska wsparcie z FEnIKS, czy – w wariancie rezerwowym – "
           "z Funduszu Sprawiedliwej Transformacji. Koszt działań 2.3 i 4.1 zostanie określony w trakcie "
           "przygotowania budżetu miasta na 2025 r.")
    # ---------------- 7. Lokalne Partnerstwo ----------------
    head(1, "Lokalne Partnerstwo i udział mieszkańców", pbb=True)
    d.text("Lokalne Partnerstwo ds. Czystego Powietrza powołano zarządzeniem Prezydenta Miasta w lutym 2024 r. "
           "Liczy 19 członków: przedstawicieli wydziałów UM, Straży Miejskiej, MZK, PEC, Miejskiego Zarządu Dróg, "
           "MOPS, trzech szkół, dwóch spółdzielni mieszkaniowych, Stowarzyszenia „Bełchatów Oddycha”, Uniwersytetu "
           "Trzeciego Wieku oraz rad osiedli Przytorze i Grocholice. Pracami kieruje koordynatorka MID z Wydziału "
           "Strategii i Rozwoju.")
    d.caption("Tabela X. Skład Lokalnego Partnerstwa ds. Czystego Powietrza")
    mem = [("Wydział Strategii i Rozwoju UM (koordynacja)", "administracja"), ("Wydział Ochrony Środowiska UM", "administracja"),
           ("Wydział Komunikacji i Transportu UM", "administracja"), ("Wydział Edukacji UM", "administracja"),
           ("Straż Miejska w Bełchatowie", "jednostka miejska"), ("Miejski Ośrodek Pomocy Społecznej", "jednostka miejska"),
           ("Miejski Zarząd Dróg", "jednostka miejska"), ("MZK w Bełchatowie Sp. z o.o.", "spółka miejska"),
           ("PEC Bełchatów Sp. z o.o.", "spółka miejska"), ("Szkoły Podstawowe nr 1, 5 i 12", "oświata"),
           ("Spółdzielnia Mieszkaniowa „Dolnośląska”, SM „Przytorze”", "mieszkalnictwo"),
           ("Stowarzyszenie „Bełchatów Oddycha”", "organizacja pozarządowa"), ("Uniwersytet Trzeciego Wieku", "organizacja pozarządowa"),
           ("Rady Osiedli Przytorze i Grocholice", "mieszkańcy")]
    d.table([[{"t": "Instytucja / organizacja", "b": True, "shade": "D9E7DC"}, {"t": "Sektor", "b": True, "shade": "D9E7DC"}]]
            + [list(x) for x in mem], [6400, 3038])
    d.text("Partnerstwo spotykało się regularnie w formie warsztatów. Spotkania prowadziła moderatorka zewnętrzna, "
           "a wnioski z każdego z nich publikowano na stronie internetowej miasta.")
    d.caption("Tabela 11. Spotkania Lokalnego Partnerstwa w 2024 r.")
    meet = [("Spotkanie inauguracyjne Lokalnego Partnerstwa", "14 marca 2024 r.", "zasady pracy, harmonogram"),
            ("Warsztat diagnostyczny „Skąd się bierze smog?”", "11 kwietnia 2024 r.", "mapa problemów, SWOT"),
            ("Spacer badawczy po Przytorzu", "23 maja 2024 r.", "inwentaryzacja kominów, rozmowy z mieszkańcami"),
            ("Warsztat „Priorytety działań”", "20 czerwca 2024 r.", "wybór działań, kryteria"),
            ("Wizyta studyjna w Rybniku", "12 września 2024 r.", "biuro programu antysmogowego"),
            ("Warsztat budżetowy", "17 października 2024 r.", "koszty, źródła finansowania"),
            ("Spotkanie zatwierdzające projekt MID", "28 listopada 2024 r.", "przyjęcie dokumentu")]
    d.table([[{"t": t, "b": True, "shade": "D9E7DC"} for t in ("Spotkanie / warsztat", "Data", "Główne tematy")]]
            + [list(m) for m in meet], [4200, 2000, 3238])
    d.text("Konsultacje społeczne projektu MID trwały od 2 do 31 października 2024 r. Mieszkańcy mogli zgłaszać "
           "uwagi przez formularz internetowy, w punkcie informacyjnym w Urzędzie Miasta oraz podczas dwóch "
           "spotkań otwartych w Miejskim Centrum Kultury. Wpłynęło 64 uwag i propozycji od 41 osób i trzech "
           "organizacji. Zestawienie propozycji wraz ze sposobem ich rozpatrzenia zawiera Załącznik nr 2.")

    d.text("Najwięcej uwag dotyczyło działań w obszarze transportu – mieszkańcy domagali się szybszej wymiany "
           "autobusów i lepszego skomunikowania osiedli z terenami przemysłowymi. Druga grupa uwag odnosiła się do "
           "zasad dotacji na wymianę kotłów, w szczególności wysokości wkładu własnego i terminów wypłat. "
           "Przedstawiciele wspólnot mieszkaniowych z Przytorza zwracali uwagę na konieczność uregulowania "
           "kwestii kosztów przyłączy do sieci ciepłowniczej, które dotychczas w całości ponosili właściciele "
           "budynków.")
    d.text("Po zakończeniu konsultacji Lokalne Partnerstwo rozpatrzyło wszystkie uwagi na warsztacie budżetowym. "
           "Uwzględniono 23 propozycje w całości lub w części, 19 przekazano do właściwych jednostek jako "
           "wykraczające poza zakres MID, a 22 nie uwzględniono, najczęściej ze względu na brak kompetencji "
           "gminy lub brak możliwości sfinansowania w okresie objętym planem. Raport z konsultacji został "
           "opublikowany w Biuletynie Informacji Publicznej.")
    d.text("Lokalne Partnerstwo będzie kontynuować pracę w okresie wdrażania MID. Zaplanowano dwa spotkania w roku: "
           "wiosenne, poświęcone podsumowaniu sezonu grzewczego, i jesienne, na którym omawiany będzie raport "
           "z realizacji działań oraz propozycje zmian w harmonogramie.")
    # ---------------- 8. Wskaźniki (incomplete) ----------------
    head(1, "Wskaźniki i monitoring", pbb=True)
    d.p(d.r("[Należy wskazać wskaźniki rezultatu dla celu głównego i każdego celu szczegółowego wraz z wartością "
            "bazową, docelową i źródłem danych oraz opisać sposób monitorowania.]", i=True, color="808080"))
    d.text("Rozdział zostanie uzupełniony po uzgodnieniu wskaźników z Partnerem Wiodącym sieci.")

    # ---------------- 9. Ryzyka ----------------
    head(1, "Ryzyka i działania zapobiegawcze", toc_title="Analiza ryzyka", pbb=False)
    d.text("Zidentyfikowano ryzyka, które mogą opóźnić realizację MID lub ograniczyć jej efekty. Dla każdego "
           "określono prawdopodobieństwo, wpływ i sposób reagowania.")
    d.caption("Tabela 12. Rejestr ryzyk")
    risks = [("Nieuzyskanie dofinansowania z FEnIKS na zakup autobusów", "średnie", "wysoki", "przygotowanie wariantu etapowego; zakup 3 pojazdów w pierwszym etapie"),
             ("Niska liczba wniosków o wymianę kotłów", "średnie", "wysoki", "punkt doradczy, dopłaty osłonowe (działanie 1.3), kampania informacyjna"),
             ("Wzrost cen usług budowlanych", "wysokie", "średni", "rezerwa 10% w kosztorysach, podział zamówień na części"),
             ("Sprzeciw mieszkańców wobec kontroli dronem", "niskie", "średni", "informowanie o podstawie prawnej i zasadach ochrony prywatności"),
             ("Rotacja kadr w Urzędzie Miasta", "średnie", "średni", "zespół zadaniowy z zastępstwami, dokumentowanie procedur")]
    d.table([[{"t": t, "b": True, "shade": "D9E7DC"} for t in ("Ryzyko", "Prawdopodobieństwo", "Wpływ", "Działania zaradcze")]]
            + [list(x) for x in risks], [3200, 1500, 1100, 3638])

    d.text("Rejestr ryzyk będzie przeglądany co najmniej raz w roku podczas jesiennego spotkania Lokalnego "
           "Partnerstwa. Za jego aktualizację odpowiada Pełnomocnik Prezydenta Miasta ds. Jakości Powietrza. "
           "W przypadku zmaterializowania się ryzyka, które uniemożliwia realizację działania w przyjętym zakresie, "
           "Partnerstwo może zarekomendować Prezydentowi Miasta zmianę MID, w tym zastąpienie działania innym "
           "przedsięwzięciem służącym temu samemu celowi szczegółowemu.")
    d.text("Szczególną uwagę należy zwrócić na ryzyko związane z przyszłością ciepła sieciowego. Obecnie miejska sieć "
           "zasilana jest ciepłem odpadowym z elektrowni, której bloki mają być stopniowo wyłączane. PEC przygotowuje "
           "koncepcję nowego źródła opartego na kogeneracji gazowej, pompach ciepła i magazynie ciepła; do czasu jej "
           "przyjęcia rozbudowa sieci na Przytorzu jest zasadna, ale wymaga monitorowania.")
    # ---------------- Załącznik 1 ----------------
    H.append((1, "", "Załącznik nr 1 – Karty przedsięwzięć", "Załącznik nr 1 – Karty przedsięwzięć"))
    d.p(d.r("Załącznik nr 1 – Karty przedsięwzięć"), style="Annex")
    d.text("Karty zawierają informacje uzupełniające do zestawienia działań w rozdziale 4 dla działań, które wymagają szczegółowego opisu "
           "ze względu na skalę lub złożoność.")
    for k, nr in enumerate(CARDS, start=1):
        a = next(x for x in ACTIONS if x["nr"] == nr)
        d.caption(f"Karta nr {k}")
        L = {"b": True, "shade": "EEF3EF"}
        partners = {"1.1": "PEC Bełchatów Sp. z o.o., Stowarzyszenie „Bełchatów Oddycha”, rady osiedli",
                    "2.1": "szkoły podstawowe nr 1, 3, 5 i 12, Uniwersytet Łódzki",
                    "3.1": "UM Bełchatów (Wydział Komunikacji i Transportu)"}[nr]
        rows = [[dict(L, t="Nr działania"), a["nr"], dict(L, t="Cel"), CS[a["cs"]].split(":")[0]],
                [dict(L, t="Nazwa działania"), {"t": a["title"], "span": 3, "b": True}],
                [dict(L, t="Podmiot odpowiedzialny"), {"t": a["resp"], "span": 3}],
                [dict(L, t="Partnerzy"), {"t": partners, "span": 3}],
                [dict(L, t="Opis"), {"t": a["desc"], "span": 3}],
                [dict(L, t="Wskaźnik produktu"), {"t": a["ind"], "span": 3}],
                [dict(L, t="Uwagi"), {"t": "Okres realizacji i koszt – zob. harmonogram i budżet.", "span": 3, "i": True}]]
        d.table(rows, [2200, 2300, 1600, 3338], header_rows=0)

    # ---------------- Załącznik 2 ----------------
    H.append((1, "", "Załącznik nr 2 – Wnioski z konsultacji społecznych", "Załącznik nr 2 – Wnioski z konsultacji społecznych"))
    d.p(d.r("Załącznik nr 2 – Wnioski z konsultacji społecznych"), style="Annex")
    d.text("Poniżej zestawiono propozycje zgłoszone przez mieszkańców i organizacje w trakcie konsultacji "
           "projektu MID oraz warsztatów Lokalnego Partnerstwa, wraz ze sposobem ich rozpatrzenia.")
    d.caption("Tabela 13. Propozycje mieszkańców i sposób ich uwzględnienia")
    props = [("Darmowe autobusy w dni smogowe", "uwzględniono – działanie 3.2"),
             ("Zakaz palenia drewnem w kominkach w sezonie grzewczym", "nie uwzględniono – brak kompetencji gminy; kwestię reguluje uchwała antysmogowa sejmiku"),
             ("Czujniki jakości powietrza przy każdej szkole", "uwzględniono częściowo – działanie 2.1"),
             ("Nasadzenia drzew wzdłuż ul. Kościuszki", "przekazano do Wydziału Gospodarki Komunalnej"),
             ("Budowa obwodnicy północnej dla ruchu ciężarowego", "nie uwzględniono – zadanie zarządcy drogi krajowej, poza zakresem MID"),
             ("Dopłaty do opału dla seniorów", "nie uwzględniono – sprzeczne z celem MID; zastąpione dopłatami do kosztów ogrzewania (działanie 1.3)"),
             ("Wypożyczalnia rowerów miejskich", "odłożono do kolejnej edycji – brak środków na utrzymanie systemu"),
             ("Strefa czystego transportu w centrum", "nie uwzględniono – miasto poniżej progu ustawowego"),
             ("Pikniki ekologiczne na osiedlach", "uwzględniono – działanie 2.2")]
    d.table([[{"t": t, "b": True, "shade": "D9E7DC"} for t in ("Lp.", "Zgłoszona propozycja", "Sposób rozpatrzenia")]]
            + [[str(i + 1), p[0], p[1]] for i, p in enumerate(props)], [600, 4000, 4838])

    # ---------------- Załącznik 3 ----------------
    H.append((1, "", "Załącznik nr 3 – Wykaz skrótów", "Załącznik nr 3 – Wykaz skrótów"))
    d.p(d.r("Załącznik nr 3 – Wykaz skrótów"), style="Annex")
    abbr = [("B(a)P", "benzo(a)piren"), ("CEEB", "Centralna Ewidencja Emisyjności Budynków"),
            ("FEnIKS", "program Fundusze Europejskie na Infrastrukturę, Klimat, Środowisko 2021–2027"),
            ("FEŁ", "program Fundusze Europejskie dla Łódzkiego 2021–2027"), ("GIOŚ", "Główny Inspektorat Ochrony Środowiska"),
            ("IMGW-PIB", "Instytut Meteorologii i Gospodarki Wodnej – Państwowy Instytut Badawczy"),
            ("LP", "Lokalne Partnerstwo"), ("MID", "Miejska Inicjatywa Działania"), ("MOF", "miejski obszar funkcjonalny"),
            ("MOPS", "Miejski Ośrodek Pomocy Społecznej"), ("MZK", "Miejski Zakład Komunikacji w Bełchatowie Sp. z o.o."),
            ("NFOŚiGW", "Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej"),
            ("PEC", "Przedsiębiorstwo Energetyki Cieplnej"), ("PIM", "Partnerska Inicjatywa Miast"),
            ("PM10, PM2,5", "pył zawieszony o średnicy ziaren do 10 i do 2,5 µm"), ("UM", "Urząd Miasta"),
            ("WFOŚiGW", "Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Łodzi"), ("ZIT", "Zintegrowane Inwestycje Terytorialne")]
    d.table([[{"t": "Skrót", "b": True, "shade": "D9E7DC"}, {"t": "Rozwinięcie", "b": True, "shade": "D9E7DC"}]]
            + [list(x) for x in abbr], [2200, 7238])

    # ---------------- build TOC ----------------
    toc = ""
    entries = [h for h in H if h[0] <= 2]
    for i, (lvl, num, toc_t, body_t) in enumerate(entries):
        pg = str(toc_pages.get(body_t, "")) if toc_pages else "0"
        label = (num + " " if num else "") + toc_t
        runs = ""
        if i == 0:
            runs += ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                     '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                     '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        runs += d.r(label) + '<w:r><w:tab/></w:r>' + d.r(pg)
        if i == len(entries) - 1:
            runs += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        toc += f'<w:p>{d.ppr(style="TOC%d" % lvl)}{runs}</w:p>'
    d.body[toc_index] = toc

    d.save(path, "Miejska Inicjatywa Działania – Bełchatów", "Anna Wróblewska", "2024-03-18T09:12:00Z",
           "2024-12-05T14:40:00Z", last_author="Tomasz Pawlak", final_sect=d.sectpr())
    return H


def gold(name, pages):
    acts = []
    for a in ACTIONS:
        v = {"responsible": a["resp"], "timeline": a["timeline"], "cost": a["cost"],
             "funding": a["funding"], "indicator": a["ind"]}
        acts.append({"title": a["title"], "theme": a["theme"], "secondary_themes": a["sec"],
                     "responsible": v["responsible"] is not None, "timeline": v["timeline"] is not None,
                     "cost": v["cost"] is not None, "indicator": v["indicator"] is not None,
                     "type": None, "values": v})
    return {"file": name, "document_type": "mid", "city": CITY, "network": "air_quality", "status": "final",
            "text_layer": True, "pages": pages,
            "sections": {"summary": "present", "context": "present", "objectives": "present", "actions": "present",
                         "schedule": "present", "budget": "present", "stakeholders": "present",
                         "indicators": "incomplete", "risks": "present"},
            "actions": acts,
            "traps": ["landscape_action_table_with_objective_rows", "cost_and_funding_only_in_budget_table",
                      "timeline_only_in_schedule_table", "fields_split_between_table_and_annex_card",
                      "action_repeated_as_annex_card", "past_projects_table", "complementary_projects_table",
                      "partnership_meeting_list", "residents_proposals_and_rejected_proposals_annex",
                      "objectives_as_decoys", "boxed_good_practice_frame", "toc_entry_renamed_in_body",
                      "indicators_chapter_template_only", "null_values_do_oszacowania_bd_dash",
                      "vertically_merged_budget_cells", "auto_numbered_headings"],
            "notes": ("Actions in landscape table 'Zestawienie działań...' grouped by objective rows; timeline from schedule table "
                      "('Okres realizacji' column), cost/funding from budget table keyed by number. Action 2.1 "
                      "indicator only in annex card nr 2 (table says 'zob. Karta nr 2...'); action 3.1 responsible "
                      "only in card nr 3. ToC says 'Analiza ryzyka', body heading 'Ryzyka i działania "
                      "zapobiegawcze'. Indicators chapter is a template instruction plus deferral.")}
