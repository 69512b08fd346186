"""MID Jaworzno – jakość powietrza. ODT written in 'LibreOffice style', exported to PDF.

Layout: automatic outline numbering on Heading 1–3 (numbers not in the text), cached ToC
(stale: still says 'Streszczenie' and lists a risk chapter that was later dropped), cover
page, running header strip, 'Strona N z M' footer, footnotes, frames, a PNG chart, a
landscape action table with objective rows, prose descriptions keyed by number, budget
table keyed by number inside a merged 'Harmonogram i budżet' chapter whose schedule half is
only a deferral.
"""
import io

from PIL import Image, ImageDraw, ImageFont

from odtlib import Doc

LAST_HEADINGS = []
FILE_BASE = "Jaworzno_MID_Czyste_Powietrze_wersja_ostateczna"

OBJECTIVES = [
    ("1", "Ograniczenie emisji z indywidualnych źródeł ciepła w zabudowie mieszkaniowej"),
    ("2", "Niskoemisyjny transport i zielona infrastruktura wzdłuż głównych ciągów komunikacyjnych"),
    ("3", "Świadomi mieszkańcy, skuteczna kontrola i sprawne zarządzanie MID"),
]

# nr, title, theme, secondary, responsible, partners, timeline, indicator, cost, funding, budget_short
ACTIONS = [
    dict(nr="1.1", obj="1", title="Program dopłat do wymiany kotłów „Jaworzno bez kopciucha”",
         theme="low_emission", sec=[],
         resp="Wydział Ochrony Środowiska UM Jaworzno",
         partners="WFOŚiGW w Katowicach, rady dzielnic",
         time="II kw. 2025 – IV kw. 2028",
         ind="400 zlikwidowanych kotłów pozaklasowych",
         cost="600 tys. zł rocznie (łącznie 2,4 mln zł)",
         fund="budżet miasta, pożyczka WFOŚiGW w Katowicach",
         short="Dopłaty do wymiany kotłów"),
    dict(nr="1.2", obj="1",
         title="Przyłączanie budynków jednorodzinnych do miejskiej sieci ciepłowniczej w Szczakowej i Ciężkowicach",
         theme="low_emission", sec=[],
         resp="PEC Jaworzno sp. z o.o.",
         partners="Wydział Ochrony Środowiska UM, właściciele budynków",
         time="2025–2027",
         ind="120 budynków przyłączonych do sieci ciepłowniczej",
         cost="8,6 mln zł",
         fund="FEnIKS 2021–2027 (priorytet I), środki własne PEC",
         short="Przyłącza ciepłownicze – Szczakowa, Ciężkowice"),
    dict(nr="1.3", obj="1",
         title="Punkt doradztwa energetycznego i obsługi programu „Czyste Powietrze”",
         theme="low_emission", sec=["eco_awareness"],
         resp="Punkt Konsultacyjno-Informacyjny przy Wydziale Ochrony Środowiska UM",
         partners="WFOŚiGW w Katowicach, Miejski Ośrodek Pomocy Społecznej",
         time="od I kw. 2025 r. (działanie ciągłe do 2030 r.)",
         ind="1 200 porad energetycznych rocznie",
         cost="180 000 zł rocznie",
         fund="budżet miasta, porozumienie z WFOŚiGW w Katowicach",
         short="Punkt doradztwa energetycznego"),
    dict(nr="1.4", obj="1",
         title="Zmiana sposobu ogrzewania w budynkach komunalnych z jednoczesną termomodernizacją",
         theme="low_emission", sec=[],
         resp="Zakład Gospodarki Mieszkaniowej w Jaworznie",
         partners="PEC Jaworzno, Wydział Inwestycji UM",
         time="2026–2029",
         ind="14 budynków (236 lokali) ze zmienionym źródłem ciepła",
         cost="do oszacowania",
         fund="FE SL 2021–2027, budżet miasta",
         short="Budynki komunalne – zmiana ogrzewania"),
    dict(nr="2.1", obj="2",
         title="Zakup autobusów elektrycznych i rozbudowa infrastruktury ładowania PKM",
         theme="public_transport", sec=["low_emission"],
         resp="PKM Jaworzno sp. z o.o.",
         partners="Wydział Komunikacji UM, ZTM (GZM)",
         time="2026–2027",
         ind="12 autobusów elektrycznych, 4 ładowarki pantografowe",
         cost="37,2 mln zł",
         fund="FEnIKS 2021–2027 (priorytet II), wkład własny PKM",
         short="Autobusy elektryczne i ładowarki"),
    dict(nr="2.2", obj="2",
         title="Trasa rowerowa łącząca Śródmieście z Jeleniem i Szczakową",
         theme="cycling", sec=[],
         resp="Miejski Zarząd Dróg i Zieleni w Jaworznie",
         partners="Wydział Inwestycji UM, Rowerowe Jaworzno (stowarzyszenie)",
         time="III kw. 2025 – IV kw. 2027",
         ind="9,4 km dróg dla rowerów",
         cost="14,8 mln zł",
         fund="FE SL 2021–2027 – instrument ZIT, budżet miasta",
         short="Trasa rowerowa Śródmieście – Jeleń – Szczakowa"),
    dict(nr="2.3", obj="2",
         title="Pasy zieleni izolacyjnej przy głównych ciągach komunikacyjnych",
         theme="public_space", sec=["low_emission"],
         resp="Miejski Zarząd Dróg i Zieleni w Jaworznie",
         partners="Nadleśnictwo Chrzanów, szkoły (akcje nasadzeń)",
         time="jesień 2025 – wiosna 2026",
         ind="850 drzew i 3 200 m² nasadzeń krzewów",
         cost="1,1 mln zł",
         fund="budżet miasta",
         short="Zieleń izolacyjna"),
    dict(nr="3.1", obj="3",
         title="Program edukacyjny „Czyste powietrze zaczyna się w domu” dla szkół i przedszkoli",
         theme="eco_awareness", sec=[],
         resp="Wydział Edukacji UM Jaworzno",
         partners="Wydział Ochrony Środowiska UM, Sanepid, rady rodziców",
         time="sezony grzewcze 2025/2026–2027/2028",
         ind="35 szkół i przedszkoli objętych programem",
         cost="90 000 zł na sezon grzewczy (3 sezony)",
         fund="budżet miasta",
         short="Program edukacyjny w szkołach"),
    dict(nr="3.2", obj="3",
         title="Wzmocnienie kontroli palenisk przez Straż Miejską z użyciem drona pomiarowego",
         theme="low_emission", sec=[],
         resp="Straż Miejska w Jaworznie",
         partners="Wydział Ochrony Środowiska UM, Komenda Miejska Policji",
         time="od października 2025 r.",
         ind="1 500 kontroli palenisk rocznie",
         cost="140 tys. zł jednorazowo oraz 45 tys. zł rocznie",
         fund="budżet miasta",
         short="Kontrole palenisk, dron"),
    dict(nr="3.3", obj="3",
         title="Miejska sieć czujników jakości powietrza z publiczną mapą odczytów",
         theme="eco_awareness", sec=[],
         resp="Biuro Informatyki i Cyfryzacji UM Jaworzno",
         partners="szkoły, rady dzielnic",
         time="I–II kw. 2025",
         ind="40 czujników PM2,5/PM10 w sieci miejskiej",
         cost="b.d.",
         fund="—",
         short="Sieć czujników"),
    dict(nr="3.4", obj="3",
         title="Koordynacja i monitorowanie wdrażania MID",
         theme="other", sec=[],
         resp="Biuro Strategii i Rozwoju Miasta UM (koordynator MID)",
         partners="Lokalne Partnerstwo, wszyscy realizatorzy",
         time="2025–2030",
         ind="—",
         cost="—",
         fund="budżet miasta (koszty osobowe UM)",
         short="Koordynacja MID"),
]

NULLS = {"—", "b.d.", "do oszacowania"}


def _v(x):
    return None if x in NULLS else x


DESCRIPTIONS = {
    "1.1": [
        "Trzon MID. Miasto uruchamia własny, uproszczony program dotacyjny uzupełniający ogólnopolski program "
        "„Czyste Powietrze”. Dotacja obejmie likwidację kotła na paliwo stałe niespełniającego wymagań uchwały "
        "antysmogowej i zastąpienie go pompą ciepła, kotłem gazowym kondensacyjnym albo przyłączem do sieci "
        "ciepłowniczej. Przewiduje się dwa progi wsparcia: podstawowy (do 8 tys. zł) oraz podwyższony (do 15 tys. zł) "
        "dla gospodarstw domowych, w których przeciętny miesięczny dochód na osobę nie przekracza 1 800 zł.",
        "Nabór będzie prowadzony w trybie ciągłym, a wnioski rozpatrywane w kolejności wpływu. Wnioskodawcy "
        "obsługiwani będą przez punkt opisany w działaniu 1.3, co ma skrócić czas przygotowania wniosku, który "
        "w poprzedniej edycji programu wynosił średnio 47 dni.",
    ],
    "1.2": [
        "Działanie realizowane przez spółkę ciepłowniczą na obszarach, na których sieć przebiega w odległości "
        "do 80 m od zabudowy jednorodzinnej, a gęstość zabudowy uzasadnia budowę przyłączy. PEC przygotuje "
        "ofertę obejmującą przyłącze, węzeł cieplny oraz pierwsze dwa lata serwisu, a miasto – kampanię "
        "informacyjną „od drzwi do drzwi” w ulicach wytypowanych na podstawie danych CEEB.",
        "W pierwszej kolejności objęte zostaną ulice w rejonie ul. Szczakowskiej oraz osiedle domów "
        "jednorodzinnych w Ciężkowicach, gdzie udział kotłów węglowych przekracza 60% budynków.",
    ],
    "1.3": [
        "Punkt zapewni bezpłatne porady dotyczące wyboru źródła ciepła, termomodernizacji i dostępnych dotacji, "
        "pomoc w wypełnianiu wniosków oraz rozliczaniu przedsięwzięć. Doradcy będą dyżurować także w siedzibach "
        "rad dzielnic (dwa razy w miesiącu) i prowadzić wizyty domowe u osób starszych i niepełnosprawnych.",
    ],
    "1.4": [
        "Zasób komunalny obejmuje nadal 14 budynków wielorodzinnych ogrzewanych piecami kaflowymi lub "
        "indywidualnymi kotłami węglowymi. Działanie przewiduje ich podłączenie do sieci ciepłowniczej lub "
        "montaż pomp ciepła, połączone z ociepleniem przegród i wymianą stolarki. Koszt zostanie określony "
        "po wykonaniu audytów energetycznych, zaplanowanych na 2025 r.",
    ],
    "2.1": [
        "Kontynuacja elektryfikacji taboru PKM. Zakup obejmie 12 autobusów elektrycznych klasy MAXI wraz "
        "z czterema ładowarkami pantografowymi na pętlach oraz modernizacją zaplecza technicznego zajezdni. "
        "Po realizacji udział autobusów zeroemisyjnych we flocie przekroczy 60%.",
    ],
    "2.2": [
        "Trasa o długości ok. 9,4 km poprowadzi od centrum przesiadkowego w Śródmieściu przez Jeleń do "
        "Szczakowej, z odgałęzieniem do strefy przemysłowej. Zaprojektowano ją jako drogę dla rowerów "
        "o szerokości 2,5 m, oddzieloną od jezdni pasem zieleni, z dwoma parkingami Bike&Ride.",
    ],
    "2.3": [
        "Nasadzenia drzew i krzewów o wysokiej zdolności wychwytywania pyłu zawieszonego wzdłuż odcinków dróg "
        "o największym natężeniu ruchu (m.in. ul. Grunwaldzka, ul. Krakowska). Dobór gatunków oparto na "
        "rekomendacjach ogrodnika miejskiego; nasadzenia jesienne wykonane zostaną z udziałem uczniów.",
    ],
    "3.1": [
        "Cykl zajęć dla uczniów klas IV–VIII i starszych grup przedszkolnych, przygotowany razem z nauczycielami "
        "przyrody, obejmujący lekcje z wykorzystaniem czujników, konkurs „Smogowy detektyw” oraz spotkania "
        "z rodzicami przed sezonem grzewczym. Materiały zostaną udostępnione na licencji otwartej.",
    ],
    "3.2": [
        "Straż Miejska zwiększy liczbę kontroli palenisk, szczególnie w dniach ostrzeżeń smogowych, "
        "i wykorzysta drona z głowicą pomiarową do wstępnego typowania budynków. Każda kontrola zakończona "
        "stwierdzeniem nieprawidłowości będzie zgłaszana do punktu doradztwa, który zaproponuje właścicielowi "
        "ścieżkę wymiany źródła ciepła.",
    ],
    "3.3": [
        "Sieć 40 niskokosztowych czujników pyłu, rozmieszczonych przy szkołach, przychodniach i w dzielnicach "
        "o przewadze zabudowy jednorodzinnej, z publiczną mapą odczytów i powiadomieniami w aplikacji miejskiej. "
        "Dane będą kalibrowane względem stacji referencyjnej PMŚ.",
    ],
    "3.4": [
        "Koordynator MID prowadzi zespół zadaniowy złożony z przedstawicieli realizatorów, zbiera dane do "
        "monitoringu, przygotowuje coroczną informację dla Prezydenta Miasta i Lokalnego Partnerstwa oraz "
        "aktualizuje dokument w razie zmiany warunków finansowania.",
    ],
}


def chart_png():
    years = list(range(2015, 2024))
    days = [84, 66, 71, 63, 41, 29, 38, 31, 24]
    W, H = 1500, 750
    img = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 26)
    fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 28)
    x0, y0, x1, y1 = 120, 60, W - 40, H - 90
    d.line([(x0, y1), (x1, y1)], fill="black", width=3)
    d.line([(x0, y0), (x0, y1)], fill="black", width=3)
    maxv = 90
    for v in range(0, 91, 15):
        y = y1 - (y1 - y0) * v / maxv
        d.line([(x0 - 8, y), (x1, y)], fill="#DDDDDD", width=1)
        d.text((x0 - 60, y - 14), str(v), fill="black", font=f)
    bw = (x1 - x0) / len(years)
    for i, (yr, v) in enumerate(zip(years, days)):
        bx = x0 + i * bw + bw * 0.2
        by = y1 - (y1 - y0) * v / maxv
        d.rectangle([bx, by, bx + bw * 0.6, y1], fill="#1F4E79")
        d.text((bx + bw * 0.12, by - 34), str(v), fill="black", font=fb)
        d.text((bx + bw * 0.05, y1 + 14), str(yr), fill="black", font=f)
    yl = y1 - (y1 - y0) * 35 / maxv
    d.line([(x0, yl), (x1, yl)], fill="#C00000", width=4)
    d.text((x1 - 430, yl - 36), "dopuszczalne 35 dni w roku", fill="#C00000", font=f)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def build(out_odt, toc_pages=None):
    d = Doc(header_text="Partnerska Inicjatywa Miast  |  Miejska Inicjatywa Działania  |  JAWORZNO – CZYSTE POWIETRZE",
            accent="#1F4E79", header_strip="#2E75B6", outline_numbered=True, size="11pt",
            title="Miejska Inicjatywa Działania – Jaworzno – jakość powietrza",
            creator="Katarzyna Wrona", created="2024-03-11T08:42:10", modified="2024-11-04T09:27:55",
            cycles=57)

    # ---------------------------------------------------------------- cover
    d.p("PARTNERSKA INICJATYWA MIAST – SIEĆ „JAKOŚĆ POWIETRZA”", "P_first")
    d.p("", "P_spacer")
    d.p("Miasto Jaworzno", "P_cover_strip")
    d.p("MIEJSKA INICJATYWA DZIAŁANIA", "Title")
    d.p("„Jaworzno oddycha” – program poprawy jakości powietrza na lata 2025–2030", "Subtitle")
    d.p("", "P_spacer")
    d.p("Dokument opracowany przez Urząd Miejski w Jaworznie we współpracy z Lokalnym Partnerstwem PIM",
        "P_cover_small")
    d.p("Wersja 3.0 – ostateczna, przyjęta przez Lokalne Partnerstwo w dniu 28 października 2024 r.", "P_cover_small")
    d.p("Jaworzno, listopad 2024 r.", "P_cover_small")

    # ---------------------------------------------------------------- ToC (cached, stale)
    d.page_break()
    d.raw("__TOC__")
    d.caption("Metryka dokumentu")
    d.table([
        ["Wersja", "Data", "Opis zmian", "Opracował"],
        ["0.1", "11.03.2024", "Struktura dokumentu, pierwsza wersja diagnozy", "K. Wrona (BSR)"],
        ["1.0", "14.06.2024", "Diagnoza, cele, wstępna lista działań po warsztacie z 23.05.2024", "K. Wrona, T. Sowa"],
        ["2.0", "30.09.2024", "Uzupełnienie budżetu, wyniki konsultacji społecznych", "T. Sowa (WOŚ)"],
        ["3.0", "04.11.2024", "Wersja ostateczna po posiedzeniu LP z 28.10.2024; usunięto rozdział o ryzykach "
                              "(przeniesiony do dokumentu roboczego zespołu zadaniowego)", "K. Wrona"],
    ], [1.4, 2.3, 10.0, 3.3])

    # ---------------------------------------------------------------- 1 summary
    d.h("Najważniejsze informacje o MID", 1)
    d.p("Jaworzno od kilkunastu lat konsekwentnie ogranicza zanieczyszczenie powietrza, a wyniki pomiarów "
        "pokazują wyraźną poprawę: liczba dni z przekroczeniem dobowego poziomu dopuszczalnego pyłu PM10 spadła "
        "z 84 w 2015 r. do 24 w 2023 r. Problem nie został jednak rozwiązany. Średnioroczne stężenie "
        "benzo(a)pirenu nadal czterokrotnie przekracza poziom docelowy, a w dzielnicach o przewadze zabudowy "
        "jednorodzinnej – Szczakowej, Ciężkowicach, Jeleniu i Byczynie – w sezonie grzewczym utrzymuje się "
        "charakterystyczny wieczorny smog. Jego głównym źródłem jest spalanie węgla i odpadów w około 1 240 "
        "kotłach pozaklasowych, które wciąż pracują w budynkach mieszkalnych.")
    d.p("Niniejsza Miejska Inicjatywa Działania (MID) skupia się więc na tym, co w Jaworznie pozostało "
        "najtrudniejsze: dotarciu do ostatnich użytkowników starych kotłów, często osób starszych i o niskich "
        "dochodach, oraz na utrzymaniu pozycji miasta jako lidera elektromobilności w transporcie zbiorowym. "
        "Dokument powstał w ramach Partnerskiej Inicjatywy Miast, w sieci tematycznej „Jakość powietrza”, "
        "i jest efektem dziesięciu miesięcy pracy Lokalnego Partnerstwa.")
    d.p("**Cel główny MID:** osiągnięcie do 2030 r. standardów jakości powietrza dla pyłu PM10 i PM2,5 na "
        "terenie całego miasta oraz obniżenie średniorocznego stężenia benzo(a)pirenu poniżej 2 ng/m³.")
    d.p("Na MID składa się jedenaście działań pogrupowanych w trzy cele szczegółowe:")
    d.bullets([
        "ograniczenie emisji z indywidualnych źródeł ciepła (4 działania, w tym miejski program dopłat do wymiany "
        "kotłów i przyłącza do sieci ciepłowniczej),",
        "niskoemisyjny transport i zielona infrastruktura (3 działania – autobusy elektryczne, trasa rowerowa, "
        "pasy zieleni izolacyjnej),",
        "świadomi mieszkańcy, skuteczna kontrola i sprawne zarządzanie (4 działania).",
    ])
    d.p("Łączny szacunkowy koszt działań, dla których koszt został oszacowany, wynosi ok. 65,9 mln zł. "
        "Ponad trzy czwarte tej kwoty przypada na inwestycje w transporcie publicznym i infrastrukturze "
        "rowerowej, które miasto zamierza sfinansować ze środków europejskich (FEnIKS, FE SL 2021–2027). "
        "Działania „miękkie” – doradztwo, edukacja, kontrole – finansowane będą z budżetu miasta.")
    d.p("Wdrażanie MID koordynuje Biuro Strategii i Rozwoju Miasta Urzędu Miejskiego, a postęp oceniany "
        "będzie raz w roku na podstawie wskaźników opisanych w rozdziale poświęconym monitoringowi.")

    # ---------------------------------------------------------------- 2 intro
    d.h("Wprowadzenie", 1)
    d.h("Partnerska Inicjatywa Miast i sieć „Jakość powietrza”", 2)
    d.p("Partnerska Inicjatywa Miast (PIM) to program wsparcia miast średnich, w którym samorządy pracują "
        "w sieciach tematycznych, wymieniają doświadczenia i wspólnie z ekspertami przygotowują dokumenty "
        "planistyczne. Jaworzno przystąpiło do sieci „Jakość powietrza” na podstawie zarządzenia Prezydenta "
        "Miasta z 15 stycznia 2024 r.[[fn:Zarządzenie nr 14/2024 Prezydenta Miasta Jaworzna w sprawie udziału "
        "Miasta Jaworzna w Partnerskiej Inicjatywie Miast oraz powołania Lokalnego Partnerstwa.]] W sieci "
        "uczestniczy dziewięć miast, a pracę każdego z nich wspiera ekspert tematyczny i ekspert ds. procesu.")
    d.p("Produktem pracy w sieci jest Miejska Inicjatywa Działania – dokument, który łączy diagnozę, cele "
        "i konkretne przedsięwzięcia z realnymi źródłami finansowania. MID nie zastępuje dokumentów "
        "strategicznych miasta, lecz porządkuje i uzupełnia działania służące jednemu celowi – poprawie "
        "jakości powietrza.")
    d.h("Powiązania z dokumentami strategicznymi", 2)
    d.p("MID jest spójna z następującymi dokumentami:")
    d.bullets([
        "Strategią Rozwoju Miasta Jaworzna do 2030 roku (obszar „Zielone i zdrowe miasto”),",
        "Programem ochrony powietrza dla województwa śląskiego, przyjętym uchwałą Sejmiku Województwa Śląskiego, "
        "oraz tzw. uchwałą antysmogową dla województwa śląskiego,[[fn:Uchwała nr V/36/1/2017 Sejmiku Województwa "
        "Śląskiego z dnia 7 kwietnia 2017 r. w sprawie wprowadzenia na obszarze województwa śląskiego ograniczeń "
        "w zakresie eksploatacji instalacji, w których następuje spalanie paliw.]]",
        "Planem gospodarki niskoemisyjnej dla Miasta Jaworzna (aktualizacja 2021),",
        "Planem zrównoważonej mobilności miejskiej Górnośląsko-Zagłębiowskiej Metropolii,",
        "Założeniami do planu zaopatrzenia w ciepło, energię elektryczną i paliwa gazowe.",
    ])
    d.h("Metoda pracy", 2)
    d.p("Prace prowadzono w czterech etapach: (1) zebranie i analiza danych, (2) warsztaty diagnostyczne "
        "z Lokalnym Partnerstwem i spacer badawczy, (3) wypracowanie i priorytetyzacja działań, "
        "(4) konsultacje społeczne projektu dokumentu. Wykorzystano dane Państwowego Monitoringu Środowiska, "
        "Centralnej Ewidencji Emisyjności Budynków (CEEB), ewidencji Wydziału Ochrony Środowiska, "
        "sprawozdania PKM Jaworzno i PEC Jaworzno oraz wyniki ankiety mieszkańców przeprowadzonej w marcu "
        "i kwietniu 2024 r. (1 046 ankiet).")

    # ---------------------------------------------------------------- 3 diagnosis
    d.h("Diagnoza sytuacji wyjściowej", 1)
    d.h("Charakterystyka miasta", 2)
    d.p("Jaworzno jest miastem na prawach powiatu położonym we wschodniej części województwa śląskiego, na "
        "granicy z Małopolską. Zajmuje powierzchnię 152,6 km², z czego blisko połowę stanowią lasy i tereny "
        "zielone. Miasto należy do Górnośląsko-Zagłębiowskiej Metropolii (GZM). Na koniec 2023 r. liczba "
        "mieszkańców wynosiła 88 940 osób i od dekady powoli maleje (w 2013 r. – 92 300 osób).")
    d.p("Struktura przestrzenna miasta jest rozproszona. Zwarta zabudowa wielorodzinna koncentruje się "
        "w Śródmieściu, na Osiedlu Stałym, Podwalu i Osiedlu Gagarina, natomiast dzielnice południowe "
        "i wschodnie – Szczakowa, Ciężkowice, Jeleń, Byczyna, Dąbrowa Narodowa, Długoszyn i Niedzieliska – "
        "mają charakter podmiejski, z dominacją domów jednorodzinnych, w dużej części wybudowanych przed "
        "1980 r. To właśnie te obszary decydują o jakości powietrza w sezonie grzewczym.")
    d.caption("Tabela 1. Podstawowe dane o mieście")
    d.table([
        ["Wskaźnik", "2019", "2021", "2023"],
        ["Liczba mieszkańców", "91 200", "89 960", "88 940"],
        ["Udział osób w wieku 65+ (%)", "19,8", "21,0", "22,3"],
        ["Mieszkania ogółem", "36 870", "37 410", "38 020"],
        ["Samochody osobowe na 1000 mieszkańców", "566", "589", "612"],
        ["Stopa bezrobocia rejestrowanego (%)", "3,1", "3,4", "2,9"],
    ], [8.0, 3.0, 3.0, 3.0])
    d.p("Źródło: opracowanie własne UM na podstawie danych GUS (BDL) i Powiatowego Urzędu Pracy.", "Source")

    d.h("Stan jakości powietrza", 2)
    d.p("Jakość powietrza w Jaworznie oceniana jest na podstawie pomiarów automatycznej stacji Państwowego "
        "Monitoringu Środowiska oraz corocznej oceny strefowej. Miasto wchodzi w skład strefy "
        "„aglomeracja górnośląska” lub – w zależności od roku oceny – strefy śląskiej; w obu przypadkach "
        "strefa była klasyfikowana do klasy C ze względu na benzo(a)piren.[[fn:Roczna ocena jakości powietrza "
        "w województwie śląskim, Główny Inspektorat Ochrony Środowiska, Departament Monitoringu Środowiska, "
        "edycje za lata 2019–2023.]]")
    d.p("Tabela 2 zestawia podstawowe parametry. Najważniejszy jest trwały trend spadkowy stężeń pyłu. "
        "Od 2020 r. średnioroczne stężenie PM10 nie przekracza 30 µg/m³, a liczba dni z przekroczeniem normy "
        "dobowej zbliżyła się do poziomu dopuszczalnego (35 dni w roku). Nie dotyczy to jednak "
        "benzo(a)pirenu, którego średnioroczne stężenie w 2023 r. wyniosło 3,9 ng/m³ przy poziomie "
        "docelowym 1 ng/m³.")
    d.caption("Tabela 2. Wyniki pomiarów na stacji PMŚ w Jaworznie w latach 2018–2023")
    d.table([
        ["Parametr", "2018", "2019", "2020", "2021", "2022", "2023", "Norma"],
        ["PM10 – średnia roczna [µg/m³]", "36", "30", "27", "29", "26", "24", "40"],
        ["PM10 – liczba dni > 50 µg/m³", "63", "41", "29", "38", "31", "24", "35"],
        ["PM2,5 – średnia roczna [µg/m³]", "25", "21", "19", "20", "18", "17", "20"],
        ["B(a)P – średnia roczna [ng/m³]", "6,8", "5,4", "4,6", "5,1", "4,2", "3,9", "1"],
        ["NO₂ – średnia roczna [µg/m³]", "22", "21", "18", "19", "19", "18", "40"],
    ], [5.6, 1.4, 1.4, 1.4, 1.4, 1.4, 1.4, 1.4], small=True)
    d.p("Źródło: baza danych pomiarowych GIOŚ; norma – poziom dopuszczalny lub docelowy.", "Source")
    d.p("Rozkład przekroczeń w ciągu roku jest typowy dla miast, w których dominuje emisja z ogrzewania "
        "indywidualnego: 88% dni z przekroczeniem normy dobowej PM10 przypada na okres od października do "
        "marca, a najwyższe stężenia godzinowe notowane są między 18.00 a 23.00. W 2023 r. w dniach z "
        "inwersją temperatury stężenie godzinowe PM10 sięgało 240 µg/m³.")
    d.image("wykres_pm10.png", chart_png(), 15.0, 7.5)
    d.caption("Rysunek 1. Liczba dni z przekroczeniem dobowego poziomu dopuszczalnego PM10 w latach 2015–2023")
    d.p("Źródło: opracowanie własne na podstawie danych GIOŚ.", "Source")
    d.p("W marcu 2024 r. Wydział Ochrony Środowiska przeprowadził dodatkowo kampanię pomiarową z użyciem "
        "sześciu mobilnych mierników pyłu. Pokazała ona, że w Ciężkowicach i Szczakowej wieczorne stężenia "
        "PM2,5 w dniach bezwietrznych są średnio o 45% wyższe niż w Śródmieściu, w którym znajduje się stacja "
        "PMŚ. Wyniki stacji referencyjnej zaniżają więc narażenie mieszkańców dzielnic podmiejskich.")

    d.h("Źródła emisji i struktura ogrzewania", 2)
    d.p("Według inwentaryzacji emisji wykonanej na potrzeby aktualizacji planu gospodarki niskoemisyjnej "
        "sektor komunalno-bytowy odpowiada za 61% emisji pyłu PM10 i 88% emisji benzo(a)pirenu z obszaru "
        "miasta. Transport drogowy odpowiada za 14% emisji PM10 (głównie pył z powierzchni dróg i ścierania "
        "hamulców), energetyka i przemysł – za 17%, a pozostałe źródła – za 8%. Udział energetyki zawodowej "
        "w stężeniach notowanych przy gruncie jest mniejszy, niż sugeruje bilans emisji, ponieważ emisja "
        "z wysokich kominów ulega rozproszeniu.")
    d.p("Dane z Centralnej Ewidencji Emisyjności Budynków (stan na 31 grudnia 2023 r.) pozwalają po raz "
        "pierwszy ocenić strukturę ogrzewania budynek po budynku. Deklaracje złożono dla 11 350 budynków "
        "mieszkalnych, co – po porównaniu z ewidencją budynków – oznacza kompletność na poziomie ok. 93%.")
    d.caption("Tabela 3. Główne źródła ciepła w budynkach mieszkalnych w Jaworznie (CEEB)")
    d.table([
        ["Główne źródło ciepła", "Liczba budynków", "Udział"],
        ["Kocioł na paliwo stałe (węgiel, ekogroszek, drewno)", "3 870", "34,1%"],
        ["  w tym kotły bez klasy lub poniżej klasy 3", "1 240", "10,9%"],
        ["Sieć ciepłownicza", "3 020", "26,6%"],
        ["Kocioł gazowy", "2 960", "26,1%"],
        ["Pompa ciepła", "690", "6,1%"],
        ["Ogrzewanie elektryczne", "410", "3,6%"],
        ["Inne lub brak danych", "400", "3,5%"],
        ["Razem", "11 350", "100,0%"],
    ], [10.0, 3.5, 3.5], shade={2, 8})
    d.p("Źródło: CEEB, zestawienie Wydziału Ochrony Środowiska UM, stan na 31.12.2023 r.", "Source")
    d.p("Kotły pozaklasowe – których eksploatacja w województwie śląskim jest zakazana od 1 stycznia 2024 r.[[fn:"
        "Zgodnie z uchwałą antysmogową kotły niespełniające wymagań żadnej klasy według normy PN-EN 303-5:2012 "
        "należało wymienić do końca 2021 r., a kotły klasy 3 i 4 – do końca 2023 r.; terminy te nie zostały w pełni "
        "dotrzymane w żadnej gminie regionu.]] – są skupione przestrzennie. Ponad 70% z nich znajduje się "
        "w pięciu dzielnicach: Ciężkowicach, Szczakowej, Jeleniu, Byczynie i Dąbrowie Narodowej. W Ciężkowicach "
        "kocioł na paliwo stałe deklaruje 63% budynków, a w Szczakowej – 58%.")
    d.p("Analiza danych z wywiadów środowiskowych Miejskiego Ośrodka Pomocy Społecznej oraz wniosków o dodatek "
        "węglowy z 2022 r. wskazuje, że znaczna część użytkowników najstarszych kotłów to osoby w wieku 70+, "
        "mieszkające samotnie, o dochodach nieprzekraczających 2 000 zł miesięcznie. Dla tej grupy nawet "
        "dotacja pokrywająca 90% kosztów nie jest wystarczającym bodźcem – barierą jest organizacja "
        "inwestycji, formalności i obawa przed wyższymi rachunkami za ogrzewanie.")

    d.h("Ciepłownictwo systemowe", 2)
    d.p("Miejska sieć ciepłownicza, eksploatowana przez PEC Jaworzno, ma długość ok. 118 km i zasila przede "
        "wszystkim zabudowę wielorodzinną Śródmieścia, Osiedla Stałego, Podwala i Osiedla Gagarina oraz "
        "budynki użyteczności publicznej. W latach 2019–2023 spółka przyłączyła 2,3 tys. nowych lokali, "
        "w większości w nowej zabudowie deweloperskiej. Zabudowa jednorodzinna korzysta z sieci w niewielkim "
        "stopniu – przyłącza budynków jednorodzinnych stanowią mniej niż 6% odbiorców.")
    d.p("Dostępność sieci nie jest jednak główną barierą. Analiza wykonana przez PEC wskazuje, że w odległości "
        "do 80 m od istniejącej sieci znajduje się ok. 640 budynków jednorodzinnych ogrzewanych węglem, "
        "w tym 210 z kotłem pozaklasowym. Właściciele tych budynków najczęściej wskazują na wysoki koszt "
        "wewnętrznej instalacji grzewczej i brak informacji o ofercie spółki.[[fn:Ankieta telefoniczna PEC "
        "Jaworzno przeprowadzona w październiku 2023 r. wśród 180 właścicieli budynków położonych w pobliżu sieci.]]")
    d.caption("Tabela 4. Struktura ogrzewania w dzielnicach o największym udziale paliw stałych")
    d.table([
        ["Dzielnica", "Budynki mieszkalne", "Kocioł na paliwo stałe", "w tym pozaklasowe", "Udział osób 65+"],
        ["Ciężkowice", "1 080", "680 (63%)", "242", "24,8%"],
        ["Szczakowa", "1 420", "824 (58%)", "261", "23,1%"],
        ["Jeleń", "1 150", "598 (52%)", "187", "22,6%"],
        ["Byczyna", "890", "436 (49%)", "118", "21,9%"],
        ["Dąbrowa Narodowa", "760", "342 (45%)", "97", "25,4%"],
        ["Pozostałe dzielnice", "6 050", "990 (16%)", "335", "21,4%"],
        ["Miasto ogółem", "11 350", "3 870 (34%)", "1 240", "22,3%"],
    ], [4.2, 3.2, 3.6, 3.0, 3.0], shade={7}, small=True)
    d.p("Źródło: CEEB (stan na 31.12.2023 r.), dane meldunkowe UM; obliczenia własne.", "Source")

    d.h("Ubóstwo energetyczne i zdrowie mieszkańców", 2)
    d.p("W 2022 r. wnioski o dodatek węglowy złożyło 4 610 gospodarstw domowych, a o dodatek osłonowy – "
        "7 980. Połączenie tych danych z CEEB pozwala oszacować, że ok. 900 gospodarstw domowych ogrzewających "
        "budynek kotłem na paliwo stałe to gospodarstwa zagrożone ubóstwem energetycznym: wydają na "
        "ogrzewanie ponad 10% dochodu lub mieszkają w budynkach o bardzo złym stanie technicznym. To one "
        "najczęściej spalają paliwo najgorszej jakości, a w skrajnych przypadkach – odpady.")
    d.p("Zanieczyszczenie powietrza ma bezpośrednie skutki zdrowotne. Według danych Narodowego Funduszu "
        "Zdrowia liczba hospitalizacji mieszkańców Jaworzna z powodu przewlekłej obturacyjnej choroby płuc "
        "i astmy w sezonie grzewczym jest o ok. 30% wyższa niż w miesiącach letnich. Szacunki oparte na "
        "metodyce Europejskiej Agencji Środowiska wskazują, że narażenie na pył PM2,5 może odpowiadać "
        "w Jaworznie za 80–100 przedwczesnych zgonów rocznie.[[fn:Szacunek własny zespołu MID przy "
        "zastosowaniu funkcji stężenie–odpowiedź przyjętej przez Europejską Agencję Środowiska; wynik ma "
        "charakter orientacyjny.]] Najbardziej narażone są dzieci, osoby starsze i chorujące przewlekle.")

    d.h("Transport i mobilność", 2)
    d.p("Jaworzno ma jeden z najnowocześniejszych systemów transportu zbiorowego wśród miast średnich. "
        "Przedsiębiorstwo Komunikacji Miejskiej eksploatuje 76 autobusów, z czego 34 to pojazdy elektryczne. "
        "Od 2014 r. miasto stosuje zniżki taryfowe dla mieszkańców i bezpłatną komunikację dla dzieci "
        "i młodzieży szkolnej. Mimo to udział podróży odbywanych transportem zbiorowym jest niewielki, "
        "a motoryzacja szybko rośnie (612 samochodów osobowych na 1000 mieszkańców w 2023 r.).")
    d.caption("Tabela 5. Podział zadań przewozowych w Jaworznie – badanie ankietowe 2024 r.")
    d.table([
        ["Środek transportu", "Udział podróży (%)", "Zmiana wobec 2017 r. (p.p.)"],
        ["Samochód osobowy (kierowca i pasażer)", "54", "+6"],
        ["Transport zbiorowy (autobus, kolej)", "17", "−3"],
        ["Pieszo", "23", "−2"],
        ["Rower, hulajnoga", "4", "+1"],
        ["Inne", "2", "−2"],
    ], [8.0, 4.0, 5.0])
    d.p("Źródło: ankieta mieszkańców UM Jaworzno, marzec–kwiecień 2024 r., n = 1 046; porównanie z badaniem "
        "z 2017 r.", "Source")
    d.p("Sieć dróg dla rowerów liczy ok. 42 km, ale jest nieciągła – brakuje przede wszystkim połączeń "
        "dzielnic południowych ze Śródmieściem i z węzłami przesiadkowymi. W ankiecie 38% respondentów "
        "wskazało brak bezpiecznej trasy jako główny powód, dla którego nie dojeżdża rowerem do pracy lub szkoły.")

    d.h("Dotychczasowe działania miasta", 2)
    d.p("Miasto realizuje działania na rzecz poprawy jakości powietrza od ponad dekady. Tabela 6 przedstawia "
        "najważniejsze przedsięwzięcia zakończone w latach 2015–2023. Zostały one w całości rozliczone i nie "
        "są częścią niniejszej MID, stanowią jednak punkt wyjścia do planowania kolejnych kroków.")
    d.caption("Tabela 6. Wybrane przedsięwzięcia zrealizowane w latach 2015–2023")
    d.table([
        ["Przedsięwzięcie", "Lata", "Efekt", "Wartość", "Finansowanie"],
        ["Program ograniczania niskiej emisji – dotacje do wymiany kotłów", "2015–2020", "1 126 wymienionych kotłów",
         "6,3 mln zł", "budżet miasta, WFOŚiGW"],
        ["Zakup autobusów elektrycznych wraz z ładowarkami", "2017–2019", "22 autobusy, 9 ładowarek",
         "71,5 mln zł", "RPO WSL 2014–2020"],
        ["Termomodernizacja szkół i przedszkoli", "2016–2019", "11 budynków", "18,2 mln zł",
         "RPO WSL 2014–2020, budżet miasta"],
        ["Rozbudowa sieci ciepłowniczej na Osiedlu Podłęże", "2019–2021", "3,2 km sieci, 410 lokali",
         "9,8 mln zł", "POIiŚ 2014–2020, PEC"],
        ["Drogi dla rowerów w ramach ZIT Subregionu Centralnego", "2018–2022", "14,6 km", "11,4 mln zł",
         "RPO WSL 2014–2020 (ZIT)"],
        ["Osłona „Czystego Powietrza” – gminny punkt konsultacyjny", "2020–2023", "2 300 porad", "0,4 mln zł",
         "NFOŚiGW, budżet miasta"],
    ], [5.4, 1.9, 3.5, 2.2, 4.0], small=True)
    d.p("Źródło: sprawozdania z realizacji budżetu miasta, dane PKM i PEC.", "Source")
    d.frame("Ramka 1. Dobre praktyki z Rybnika i Żor – ekodoradcy w terenie", [
        "Miasta sąsiedniego subregionu zachodniego od kilku lat zatrudniają ekodoradców, którzy nie czekają na "
        "mieszkańców w urzędzie, lecz odwiedzają ich w domach. Doradca pomaga wybrać urządzenie, znaleźć "
        "wykonawcę, złożyć wniosek i rozliczyć dotację. Według danych przekazanych w sieci PIM w jednym z miast "
        "liczba złożonych wniosków w programie „Czyste Powietrze” wzrosła po wprowadzeniu wizyt domowych "
        "o ok. 40% w ciągu roku.",
        "Wniosek dla Jaworzna: sama dotacja nie wystarczy – potrzebna jest usługa „od A do Z” dla osób, "
        "które nie poradzą sobie z procedurą. Doświadczenie to zostało wykorzystane przy projektowaniu działań "
        "1.1 i 1.3.",
    ], bg="#EAF1FB", border="#2E75B6")

    d.h("Analiza SWOT", 2)
    d.p("Analiza SWOT została przygotowana na warsztacie diagnostycznym Lokalnego Partnerstwa w dniu "
        "7 marca 2024 r. i uzupełniona o wyniki ankiety mieszkańców.")
    d.caption("Tabela 7. Analiza SWOT w obszarze jakości powietrza")
    d.table([
        ["Mocne strony", "Słabe strony"],
        [["rozwinięta sieć ciepłownicza obejmująca ponad 1/4 budynków mieszkalnych,",
          "nowoczesny, w dużej części elektryczny tabor PKM,",
          "doświadczenie UM w prowadzeniu programów dotacyjnych,",
          "duży udział lasów i terenów zielonych."],
         ["ok. 1 240 kotłów pozaklasowych nadal w użyciu,",
          "rozproszona zabudowa utrudniająca rozbudowę sieci ciepłowniczej,",
          "niski udział podróży rowerowych i transportem zbiorowym,",
          "ograniczone zasoby kadrowe Straży Miejskiej do kontroli palenisk."]],
        ["Szanse", "Zagrożenia"],
        [["środki FEnIKS i FE SL 2021–2027 na ciepłownictwo i transport,",
          "rosnąca świadomość mieszkańców i dostępność danych (CEEB, czujniki),",
          "współpraca w ramach GZM i sieci PIM,",
          "spadające ceny pomp ciepła i instalacji fotowoltaicznych."],
         ["wzrost cen energii i gazu skłaniający do powrotu do spalania węgla i odpadów,",
          "ubóstwo energetyczne i starzenie się mieszkańców dzielnic podmiejskich,",
          "opóźnienia w naborach programów unijnych,",
          "napływ zanieczyszczeń z gmin sąsiednich, w tym z Małopolski."]],
    ], [8.5, 8.5], header_rows=1, fill_rows={2: "#D9E2F3"})

    d.h("Wnioski z diagnozy", 2)
    d.numbered([
        "Jakość powietrza w Jaworznie systematycznie się poprawia, ale benzo(a)piren pozostaje problemem "
        "nierozwiązanym, a narażenie mieszkańców dzielnic podmiejskich jest wyższe, niż pokazuje stacja PMŚ.",
        "Głównym źródłem zanieczyszczeń jest ogrzewanie indywidualne; pozostałe kotły pozaklasowe są "
        "skupione w pięciu dzielnicach, co pozwala precyzyjnie zaadresować działania.",
        "Najtrudniejsza grupa docelowa to osoby starsze i ubogie energetycznie – potrzebują one usługi "
        "doradczej i organizacyjnej, a nie tylko dotacji.",
        "Transport publiczny jest nowoczesny, lecz nie wygrywa konkurencji z samochodem; brakuje ciągłych "
        "tras rowerowych łączących dzielnice z centrum.",
        "Egzekwowanie przepisów uchwały antysmogowej jest niewystarczające i powinno zostać powiązane "
        "z ofertą pomocy dla kontrolowanych.",
    ])

    # ---------------------------------------------------------------- 4 objectives
    d.h("Cele Miejskiej Inicjatywy Działania", 1)
    d.p("Cele MID wynikają bezpośrednio z wniosków diagnozy i zostały zatwierdzone przez Lokalne Partnerstwo "
        "na warsztacie 23 maja 2024 r. Hierarchię celów przedstawiono poniżej.")
    d.h("Cel główny", 2)
    d.p("**Osiągnięcie do 2030 r. standardów jakości powietrza dla pyłu PM10 i PM2,5 na terenie całego miasta "
        "oraz obniżenie średniorocznego stężenia benzo(a)pirenu poniżej 2 ng/m³.**")
    d.h("Cele szczegółowe", 2)
    for num, txt in OBJECTIVES:
        d.p("**Cel szczegółowy %s – %s.**" % (num, txt), "Text_20_body")
        expl = {
            "1": "Cel dotyczy przede wszystkim zabudowy jednorodzinnej w dzielnicach podmiejskich i budynków "
                 "komunalnych. Mierzony będzie liczbą zlikwidowanych kotłów pozaklasowych i spadkiem udziału "
                 "kotłów na paliwo stałe w CEEB z 34,1% do 20% w 2030 r.",
            "2": "Cel obejmuje utrzymanie wysokiego standardu transportu zbiorowego, rozwój spójnej sieci "
                 "rowerowej i zieleni ograniczającej wtórne unoszenie pyłu wzdłuż dróg.",
            "3": "Cel łączy edukację, egzekwowanie przepisów i rzetelny monitoring; obejmuje także zarządzanie "
                 "wdrażaniem MID.",
        }[num]
        d.p(expl)

    d.h("Powiązanie celów z wnioskami z diagnozy", 2)
    d.p("Tabela 13 pokazuje, w jaki sposób cele szczegółowe odpowiadają na problemy zidentyfikowane "
        "w diagnozie. Każdy wniosek z diagnozy został przypisany do co najmniej jednego celu.")
    d.caption("Tabela 13. Powiązanie wniosków z diagnozy z celami szczegółowymi MID")
    d.table([
        ["Wniosek z diagnozy", "Cel 1", "Cel 2", "Cel 3"],
        ["Utrzymujące się przekroczenia B(a)P, wyższe narażenie w dzielnicach podmiejskich", "X", "", "X"],
        ["Koncentracja kotłów pozaklasowych w pięciu dzielnicach", "X", "", ""],
        ["Osoby starsze i ubogie energetycznie jako najtrudniejsza grupa docelowa", "X", "", "X"],
        ["Słaba pozycja transportu zbiorowego i roweru wobec samochodu", "", "X", ""],
        ["Niewystarczające egzekwowanie uchwały antysmogowej", "", "", "X"],
    ], [11.0, 2.0, 2.0, 2.0])
    d.p("Przy wyborze działań Lokalne Partnerstwo kierowało się czterema kryteriami: wpływem na emisję "
        "B(a)P i pyłu w sezonie grzewczym, dostępnością finansowania, gotowością realizatora oraz "
        "możliwością zmierzenia efektu. Propozycje, które nie spełniły co najmniej trzech kryteriów, "
        "zostały odrzucone lub przeniesione do listy pomysłów na kolejną edycję MID.")

    # ---------------------------------------------------------------- 5 actions
    d.h("Plan działań", 1)
    d.p("Zestawienie działań MID zawiera tabela 8, w której działania przypisano do celów szczegółowych. "
        "Opisy zakresu działań zamieszczono w podrozdziale 5.2, a szacunkowe koszty i źródła finansowania – "
        "w rozdziale 6. Numeracja działań (np. 1.2) jest wspólna dla wszystkich części dokumentu.")
    d.h("Zestawienie działań", 2, style="P_land_h")
    d.caption("Tabela 8. Zestawienie działań Miejskiej Inicjatywy Działania")
    rows = [["Nr", "Nazwa działania", "Realizator (lider)", "Partnerzy", "Okres realizacji", "Wskaźnik produktu"]]
    spans = {}
    fills = {}
    for num, txt in OBJECTIVES:
        fills[len(rows)] = "#DEEAF6"
        spans[(len(rows), 0)] = 6
        rows.append(["**Cel szczegółowy %s: %s**" % (num, txt), None, None, None, None, None])
        for a in ACTIONS:
            if a["obj"] == num:
                rows.append([a["nr"], a["title"], a["resp"], a["partners"], a["time"], a["ind"]])
    d.table(rows, [1.2, 6.6, 5.0, 4.6, 3.9, 4.8], spans=spans, fill_rows=fills)
    d.p("Źródło: opracowanie zespołu zadaniowego MID na podstawie kart działań uzgodnionych z realizatorami.",
        "Source")
    d.h("Opis działań", 2, style="P_port")
    d.p("Poniżej opisano zakres poszczególnych działań. Dane o realizatorach, okresie realizacji i wskaźnikach "
        "zawiera tabela 8.")
    for num, txt in OBJECTIVES:
        d.h("Działania w ramach celu szczegółowego %s" % num, 3)
        for a in ACTIONS:
            if a["obj"] != num:
                continue
            d.p("Działanie %s. %s" % (a["nr"], a["title"]), "P_boldlead")
            for para in DESCRIPTIONS[a["nr"]]:
                d.p(para)
    d.h("Projekty komplementarne", 2)
    d.p("Na jakość powietrza w Jaworznie wpływać będą również przedsięwzięcia realizowane poza MID, przez "
        "inne podmioty lub z innych źródeł. Nie są one działaniami MID i nie zostały ujęte w jej budżecie, "
        "ale koordynator MID będzie śledził ich postęp.")
    d.caption("Tabela 9. Projekty komplementarne wobec MID")
    d.table([
        ["Projekt", "Realizator", "Źródło finansowania", "Okres", "Wartość"],
        ["Budowa centrum przesiadkowego Jaworzno-Szczakowa", "Gmina Jaworzno / PKP PLK",
         "FE SL 2021–2027 (ZIT)", "2024–2026", "28,5 mln zł"],
        ["Budowa bloku kogeneracyjnego zasilanego gazem w ciepłowni miejskiej", "PEC Jaworzno sp. z o.o.",
         "FEnIKS 2021–2027, kredyt", "2024–2027", "96 mln zł"],
        ["Program „Czyste Powietrze” (obsługa wniosków w gminie)", "NFOŚiGW / WFOŚiGW w Katowicach",
         "NFOŚiGW, KPO", "do 2029", "—"],
        ["Metropolitalny program rowerów miejskich", "Górnośląsko-Zagłębiowska Metropolia", "budżet GZM",
         "2024–2028", "b.d."],
    ], [5.4, 3.6, 3.4, 2.0, 2.6], small=True)

    # ---------------------------------------------------------------- 6 schedule + budget (merged)
    d.h("Harmonogram i budżet", 1)
    d.h("Harmonogram realizacji", 2)
    d.p("Szczegółowy harmonogram rzeczowo-finansowy działań MID zostanie opracowany po rozstrzygnięciu "
        "naborów w programach FEnIKS i FE SL 2021–2027 i przedstawiony Lokalnemu Partnerstwu do końca "
        "I kwartału 2025 r.")
    d.h("Budżet i źródła finansowania", 2)
    d.p("Budżet MID opiera się na założeniu, że inwestycje infrastrukturalne zostaną sfinansowane w dużej "
        "części ze środków Unii Europejskiej. PKM Jaworzno i PEC Jaworzno zamierzają ubiegać się o dofinansowanie "
        "z programu Fundusze Europejskie na Infrastrukturę, Klimat, Środowisko 2021–2027 (FEnIKS), a trasa "
        "rowerowa ma zostać zgłoszona do finansowania w ramach instrumentu ZIT programu Fundusze Europejskie "
        "dla Śląskiego 2021–2027 (FE SL). Działania „miękkie” oraz miejski program dopłat będą finansowane "
        "z budżetu miasta, przy wsparciu Wojewódzkiego Funduszu Ochrony Środowiska i Gospodarki Wodnej "
        "w Katowicach.")
    d.p("Kwoty podane w tabeli 10 są szacunkami na etapie koncepcji i zostaną zaktualizowane po opracowaniu "
        "dokumentacji projektowej. Koszty roczne dotyczą okresu realizacji wskazanego w tabeli 8.")
    d.caption("Tabela 10. Szacunkowe koszty działań i źródła finansowania")
    brow = [["Nr", "Działanie", "Koszt szacunkowy", "Źródła finansowania"]]
    for a in ACTIONS:
        brow.append([a["nr"], a["short"], a["cost"], a["fund"]])
    brow.append(["", "**Razem (działania z oszacowanym kosztem)**", "**ok. 65,9 mln zł**[[fn:Suma obejmuje "
                 "koszty roczne przemnożone przez liczbę lat realizacji; nie obejmuje działań 1.4, 3.3 i 3.4, "
                 "których koszt nie został jeszcze określony lub mieści się w bieżącej działalności urzędu.]]", ""])
    d.table(brow, [1.3, 5.6, 4.6, 5.5], shade={len(brow) - 1})
    d.p("Udział poszczególnych źródeł w finansowaniu działań o oszacowanym koszcie przedstawia się "
        "następująco: środki UE (FEnIKS, FE SL) – ok. 70%, wkład własny spółek miejskich – ok. 12%, budżet "
        "miasta – ok. 15%, WFOŚiGW w Katowicach – ok. 3%. Wkład własny miasta zostanie zabezpieczony "
        "w Wieloletniej Prognozie Finansowej na lata 2025–2030.")

    # ---------------------------------------------------------------- 7 stakeholders
    d.h("Lokalne Partnerstwo i udział mieszkańców", 1)
    d.h("Skład Lokalnego Partnerstwa", 2)
    d.p("Lokalne Partnerstwo PIM zostało powołane zarządzeniem Prezydenta Miasta w styczniu 2024 r. Liczy "
        "19 osób reprezentujących urząd, jednostki i spółki miejskie, organizacje pozarządowe, szkoły, rady "
        "dzielnic i lokalny biznes. Przewodniczy mu zastępca Prezydenta Miasta ds. rozwoju.")
    d.table([
        ["Sektor", "Instytucje", "Liczba osób"],
        ["Administracja samorządowa", "UM Jaworzno (BSR, WOŚ, Wydział Edukacji, Wydział Komunikacji), Straż Miejska", "7"],
        ["Spółki i jednostki miejskie", "PKM Jaworzno, PEC Jaworzno, MZDiZ, ZGM, MOPS", "5"],
        ["Organizacje pozarządowe", "Jaworznicki Alarm Smogowy, Rowerowe Jaworzno, Uniwersytet Trzeciego Wieku", "3"],
        ["Rady dzielnic i oświata", "Rady Dzielnic Szczakowa i Ciężkowice, Zespół Szkół nr 3", "3"],
        ["Biznes", "Cech Rzemiosł Różnych", "1"],
    ], [4.5, 10.5, 2.0])
    d.h("Przebieg prac Partnerstwa", 2)
    d.p("Partnerstwo spotkało się siedmiokrotnie. Zestawienie spotkań zawiera tabela 11; notatki ze spotkań "
        "są dostępne w Biurze Strategii i Rozwoju Miasta.")
    d.caption("Tabela 11. Spotkania Lokalnego Partnerstwa w 2024 r.")
    d.table([
        ["Lp.", "Spotkanie / warsztat", "Data", "Liczba uczestników"],
        ["1", "Spotkanie inauguracyjne Lokalnego Partnerstwa", "12.02.2024", "17"],
        ["2", "Warsztat diagnostyczny „Skąd się bierze smog w Jaworznie?”", "07.03.2024", "21"],
        ["3", "Spacer badawczy po Szczakowej i Ciężkowicach", "18.04.2024", "14"],
        ["4", "Warsztat projektowy – karty działań", "23.05.2024", "19"],
        ["5", "Spotkanie robocze z PEC Jaworzno i PKM Jaworzno", "20.06.2024", "9"],
        ["6", "Warsztat priorytetyzacji działań i budżetu", "12.09.2024", "18"],
        ["7", "Posiedzenie zatwierdzające MID", "28.10.2024", "16"],
    ], [1.2, 9.3, 3.0, 3.5])
    d.h("Współpraca w sieci PIM", 2)
    d.p("Przedstawiciele Jaworzna uczestniczyli w czterech spotkaniach sieci „Jakość powietrza” oraz w dwóch "
        "wizytach studyjnych. Wizyty posłużyły poznaniu rozwiązań, które następnie zaadaptowano w MID, "
        "jednak same wizyty i spotkania sieci nie są działaniami MID.")
    d.bullets([
        "spotkanie sieci w Warszawie – marzec 2024 r. (metodyka diagnozy, praca z danymi CEEB),",
        "wizyta studyjna w Krakowie – kwiecień 2024 r. (egzekwowanie zakazu spalania paliw stałych, "
        "obsługa programów dotacyjnych),",
        "spotkanie sieci online – czerwiec 2024 r. (finansowanie działań z FEnIKS i programów regionalnych),",
        "wizyta studyjna w Żorach – wrzesień 2024 r. (ekodoradcy, wizyty domowe),",
        "spotkanie sieci w Katowicach – październik 2024 r. (wskaźniki i monitoring MID).",
    ])
    d.h("Konsultacje społeczne", 2)
    d.p("Projekt MID był konsultowany z mieszkańcami od 2 do 30 września 2024 r. na podstawie uchwały "
        "w sprawie szczegółowego sposobu konsultowania z mieszkańcami.[[fn:Uchwała Rady Miejskiej w Jaworznie "
        "w sprawie określenia zasad i trybu przeprowadzania konsultacji społecznych z mieszkańcami Miasta Jaworzna.]] "
        "Mieszkańcy mogli zgłaszać uwagi przez formularz elektroniczny, pisemnie oraz podczas dwóch spotkań "
        "otwartych (w Szczakowej i w Śródmieściu). Wpłynęło 64 uwagi od 41 osób i dwóch organizacji.")
    d.p("Najwięcej uwag dotyczyło wysokości dopłat do wymiany kotłów, dostępności doradztwa w dzielnicach "
        "oraz przebiegu trasy rowerowej. Uwzględniono w całości lub w części 23 uwagi. Zestawienie wniosków "
        "i sposobu ich rozpatrzenia zawiera Załącznik nr 1.")
    d.frame("Ramka 2. Głosy mieszkańców z konsultacji", [
        "„Mama ma 82 lata i piec, którego nikt już nie naprawi. Dotacja jest, ale kto jej to wszystko "
        "załatwi?” – mieszkanka Ciężkowic.",
        "„Jeżdżę do pracy rowerem, ale na odcinku przy torach muszę jechać jezdnią między ciężarówkami.” "
        "– mieszkaniec Jelenia.",
        "„Straż miejska powinna przyjeżdżać wieczorem, a nie w południe, kiedy nikt nie pali.” – uczestnik "
        "spotkania w Szczakowej.",
    ], bg="#FFF8E5", border="#BF9000")

    # ---------------------------------------------------------------- 8 indicators
    d.h("Monitoring i wskaźniki", 1)
    d.p("Monitoring MID ma dwa poziomy. Na poziomie działań koordynator zbiera co pół roku od realizatorów "
        "informację o postępie rzeczowym i finansowym oraz o wartości wskaźnika produktu (tabela 8). Na "
        "poziomie celów raz w roku oceniane są wskaźniki rezultatu zestawione w tabeli 14.")
    d.caption("Tabela 14. Wskaźniki rezultatu MID")
    d.table([
        ["Wskaźnik", "Wartość bazowa (rok)", "Wartość docelowa 2030", "Źródło danych"],
        ["Liczba dni z przekroczeniem dobowego poziomu dopuszczalnego PM10", "24 (2023)", "≤ 15", "GIOŚ, stacja PMŚ"],
        ["Średnioroczne stężenie B(a)P [ng/m³]", "3,9 (2023)", "< 2,0", "GIOŚ, stacja PMŚ"],
        ["Udział budynków mieszkalnych z kotłem na paliwo stałe", "34,1% (2023)", "20%", "CEEB"],
        ["Liczba kotłów pozaklasowych w użyciu", "1 240 (2023)", "0", "CEEB, kontrole SM"],
        ["Udział podróży transportem zbiorowym i rowerem", "21% (2024)", "27%", "badanie ankietowe UM"],
        ["Udział autobusów zeroemisyjnych we flocie PKM", "45% (2024)", "> 60%", "PKM Jaworzno"],
    ], [6.8, 3.2, 3.0, 4.0])
    d.p("Coroczna informacja z realizacji MID będzie przedstawiana Lokalnemu Partnerstwu w I kwartale "
        "każdego roku, a następnie publikowana w Biuletynie Informacji Publicznej. Jeżeli dwa kolejne "
        "pomiary wskaźnika rezultatu pokażą brak postępu, zespół zadaniowy przygotuje propozycję korekty "
        "działań.")
    d.caption("Tabela 15. Obowiązki sprawozdawcze w systemie monitoringu MID")
    d.table([
        ["Element monitoringu", "Odpowiada", "Termin", "Odbiorca"],
        ["Informacja o postępie działań (rzeczowa i finansowa)", "realizatorzy działań", "do 15 lipca i 15 stycznia",
         "koordynator MID"],
        ["Zestawienie danych CEEB i liczby zlikwidowanych kotłów", "Wydział Ochrony Środowiska UM", "do 31 stycznia",
         "koordynator MID"],
        ["Analiza wyników pomiarów jakości powietrza", "Biuro Strategii i Rozwoju Miasta", "do 31 marca",
         "Lokalne Partnerstwo"],
        ["Roczna informacja z realizacji MID", "koordynator MID", "do 30 kwietnia",
         "Prezydent Miasta, Rada Miejska, BIP"],
        ["Przegląd śródokresowy i ewentualna aktualizacja MID", "zespół zadaniowy MID", "IV kw. 2027 r.",
         "Lokalne Partnerstwo"],
    ], [6.2, 4.2, 3.4, 3.2], small=True)
    d.p("Wskaźniki jakości powietrza zależą w dużym stopniu od warunków meteorologicznych. Dlatego ocena "
        "będzie prowadzona z uwzględnieniem liczby stopniodni grzewczych w danym sezonie i porównania "
        "z miastami o podobnej charakterystyce w sieci PIM.")

    # ---------------------------------------------------------------- annexes
    d.h("Załącznik nr 1 – Wnioski z konsultacji społecznych", 1, unnumbered=True)
    d.p("Poniżej zestawiono wnioski mieszkańców zgłoszone w konsultacjach oraz sposób ich rozpatrzenia. "
        "Wnioski nieuwzględnione nie są częścią MID.")
    d.table([
        ["Lp.", "Wniosek mieszkańców", "Zgłaszający", "Rozstrzygnięcie"],
        ["1", "Zwiększenie dopłaty dla osób o najniższych dochodach do 100% kosztu wymiany kotła",
         "mieszkaniec Ciężkowic", "uwzględniony częściowo – podwyższony próg wsparcia w dz. 1.1"],
        ["2", "Dyżury doradcy energetycznego w siedzibach rad dzielnic", "Rada Dzielnicy Szczakowa",
         "uwzględniony – dz. 1.3"],
        ["3", "Bezpłatna komunikacja miejska dla wszystkich w dniach ostrzeżeń smogowych",
         "Jaworznicki Alarm Smogowy", "nieuwzględniony – wysoki koszt, niewielki wpływ na emisję"],
        ["4", "Wprowadzenie strefy czystego transportu w Śródmieściu", "mieszkanka Osiedla Stałego",
         "nieuwzględniony – udział transportu w emisji B(a)P jest niewielki"],
        ["5", "Zakaz używania kominków w okresie od listopada do lutego", "mieszkaniec Śródmieścia",
         "nieuwzględniony – kompetencja Sejmiku Województwa"],
        ["6", "Czujniki jakości powietrza przy każdej szkole", "rada rodziców SP nr 15",
         "uwzględniony częściowo – dz. 3.3"],
        ["7", "Przesunięcie przebiegu trasy rowerowej na ul. Wojska Polskiego", "Rowerowe Jaworzno",
         "do analizy na etapie projektu budowlanego"],
        ["8", "Nasadzenia drzew na Osiedlu Podwale", "grupa mieszkańców (14 podpisów)",
         "uwzględniony częściowo – dz. 2.3"],
        ["9", "Kontrola emisji z zakładów przemysłowych i elektrowni", "mieszkaniec Jelenia",
         "nieuwzględniony – poza kompetencjami gminy (WIOŚ)"],
        ["10", "Dopłaty do paneli fotowoltaicznych", "anonimowo",
         "nieuwzględniony – brak bezpośredniego wpływu na jakość powietrza"],
    ], [1.0, 7.0, 3.8, 5.2], small=True)

    d.h("Załącznik nr 2 – Wybrane wyniki ankiety mieszkańców", 1, unnumbered=True)
    d.p("Ankieta została przeprowadzona w dniach 4 marca – 19 kwietnia 2024 r. w formie elektronicznej oraz "
        "papierowej (w siedzibach rad dzielnic i w Klubie Seniora). Wypełniło ją 1 046 osób, w tym 58% "
        "kobiet. Respondenci w wieku 65+ stanowili 19% próby, a mieszkańcy dzielnic podmiejskich – 47%. "
        "Wyniki nie są reprezentatywne w sensie statystycznym, ale dobrze oddają opinie aktywnej części "
        "mieszkańców.")
    d.caption("Tabela A2.1. Jak ocenia Pan/Pani jakość powietrza w swojej okolicy w sezonie grzewczym?")
    d.table([
        ["Odpowiedź", "Dzielnice podmiejskie (%)", "Pozostałe dzielnice (%)", "Ogółem (%)"],
        ["bardzo dobrze lub dobrze", "9", "21", "15"],
        ["przeciętnie", "27", "38", "33"],
        ["źle lub bardzo źle", "61", "36", "48"],
        ["trudno powiedzieć", "3", "5", "4"],
    ], [6.5, 3.6, 3.6, 3.3])
    d.caption("Tabela A2.2. Co powstrzymuje Pana/Panią (lub sąsiadów) przed wymianą starego pieca? (możliwe kilka odpowiedzi)")
    d.table([
        ["Odpowiedź", "Odsetek wskazań (%)"],
        ["wysoki koszt urządzenia i instalacji mimo dotacji", "64"],
        ["obawa przed wyższymi rachunkami za ogrzewanie", "52"],
        ["skomplikowane procedury dotacyjne", "47"],
        ["brak zaufania do wykonawców", "29"],
        ["wiek i stan zdrowia – „nie dam rady przejść przez remont”", "24"],
        ["planowana sprzedaż lub przekazanie domu", "8"],
    ], [12.0, 5.0])
    d.caption("Tabela A2.3. Które działania miasta uważa Pan/Pani za najważniejsze? (maks. 3 odpowiedzi)")
    d.table([
        ["Odpowiedź", "Odsetek wskazań (%)"],
        ["wyższe dotacje do wymiany pieców", "58"],
        ["częstsze kontrole palenisk", "44"],
        ["pomoc w załatwianiu formalności", "41"],
        ["nowe trasy rowerowe", "27"],
        ["więcej zieleni przy drogach", "25"],
        ["edukacja dzieci i dorosłych", "19"],
        ["darmowa komunikacja w dni smogowe", "17"],
    ], [12.0, 5.0])
    d.p("Źródło: opracowanie Biura Strategii i Rozwoju Miasta.", "Source")

    d.h("Załącznik nr 3 – Wykaz skrótów", 1, unnumbered=True)
    d.table([
        ["Skrót", "Rozwinięcie"],
        ["B(a)P", "benzo(a)piren"],
        ["BSR", "Biuro Strategii i Rozwoju Miasta Urzędu Miejskiego w Jaworznie"],
        ["CEEB", "Centralna Ewidencja Emisyjności Budynków"],
        ["FEnIKS", "program Fundusze Europejskie na Infrastrukturę, Klimat, Środowisko 2021–2027"],
        ["FE SL", "program Fundusze Europejskie dla Śląskiego 2021–2027"],
        ["GIOŚ", "Główny Inspektorat Ochrony Środowiska"],
        ["GZM", "Górnośląsko-Zagłębiowska Metropolia"],
        ["LP", "Lokalne Partnerstwo"],
        ["MID", "Miejska Inicjatywa Działania"],
        ["MZDiZ", "Miejski Zarząd Dróg i Zieleni w Jaworznie"],
        ["PEC", "Przedsiębiorstwo Energetyki Cieplnej w Jaworznie sp. z o.o."],
        ["PKM", "Przedsiębiorstwo Komunikacji Miejskiej w Jaworznie sp. z o.o."],
        ["PMŚ", "Państwowy Monitoring Środowiska"],
        ["UM", "Urząd Miejski"],
        ["WFOŚiGW", "Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej"],
        ["WOŚ", "Wydział Ochrony Środowiska UM"],
        ["ZGM", "Zakład Gospodarki Mieszkaniowej w Jaworznie"],
        ["ZIT", "Zintegrowane Inwestycje Terytorialne"],
    ], [3.0, 14.0])

    # ---------------------------------------------------------------- cached (stale) ToC
    entries = []
    n1 = n2 = 0
    for lvl, text, unnum in d.headings:
        if lvl == 3:
            continue
        if unnum:
            label = text
        elif lvl == 1:
            n1 += 1
            n2 = 0
            label = "%d. %s" % (n1, text)
        else:
            n2 += 1
            label = "%d.%d. %s" % (n1, n2, text)
        entries.append([lvl, label, text])
    # stale refresh: chapter 1 still carried its working title; the risk chapter was removed afterwards
    pages = toc_pages or {}
    toc = []
    for lvl, label, text in entries:
        pg = pages.get(text, "")
        if text == "Najważniejsze informacje o MID":
            label = "1. Streszczenie"
        if text.startswith("Załącznik nr 1"):
            toc.append((1, "9. Analiza ryzyka", pg))
            toc.append((2, "9.1. Identyfikacja ryzyk", pg))
            toc.append((2, "9.2. Działania zaradcze", pg))
        toc.append((lvl, label, pg))
    tmp = Doc()
    tmp.toc(toc)
    toc_xml = tmp.body[0]
    d.auto_styles.extend(tmp.auto_styles)
    d.body = [toc_xml if b == "__TOC__" else b for b in d.body]
    d.save(out_odt)
    global LAST_HEADINGS
    LAST_HEADINGS = list(d.headings)

    # ---------------------------------------------------------------- gold
    acts = []
    for a in ACTIONS:
        vals = {"responsible": _v(a["resp"]), "timeline": _v(a["time"]), "cost": _v(a["cost"]),
                "funding": _v(a["fund"]), "indicator": _v(a["ind"])}
        acts.append({
            "title": a["title"], "theme": a["theme"], "secondary_themes": a["sec"],
            "responsible": vals["responsible"] is not None, "timeline": vals["timeline"] is not None,
            "cost": vals["cost"] is not None, "indicator": vals["indicator"] is not None, "type": None,
            "values": vals})
    gold = {
        "file": FILE_BASE + ".pdf", "document_type": "mid", "city": "Jaworzno", "network": "air_quality",
        "status": "final", "text_layer": True, "pages": None,
        "sections": {"summary": "present", "context": "present", "objectives": "present", "actions": "present",
                     "schedule": "incomplete", "budget": "present", "stakeholders": "present",
                     "indicators": "present", "risks": "missing"},
        "actions": acts,
        "traps": ["stale_toc_summary_renamed", "toc_entry_without_body_risks", "merged_schedule_budget_schedule_deferred",
                  "landscape_action_table_with_objective_rows", "cost_funding_only_in_budget_table_by_number",
                  "budget_table_short_names", "past_projects_table", "complementary_projects_table",
                  "partnership_meeting_list", "consultation_proposals_annex", "frames_good_practice_and_quotes",
                  "swot_threats_not_risks", "document_history_mentions_removed_risks", "costs_with_time_units",
                  "null_markers_dash_bd_do_oszacowania", "wprowadzenie_besides_summary", "footnotes"],
        "notes": ("ODT written LibreOffice-style, exported to PDF (only PDF kept). Headings use automatic outline "
                  "numbering (numbers not in text). Cached ToC is stale: entry '1. Streszczenie' while the body "
                  "heading reads 'Najważniejsze informacje o MID' (summary present); ToC lists '9. Analiza ryzyka' "
                  "with subentries, but no such chapter exists in the body (risks missing; SWOT 'Zagrożenia' is "
                  "not a risk chapter; the version table says the risk chapter was removed). Chapter 6 "
                  "'Harmonogram i budżet' merges a one-sentence deferral for the schedule (incomplete) with a "
                  "full budget part. Actions: section 5.1 'Zestawienie działań' = landscape table 8 (multi-page, repeated header row) with objective rows spanning all columns "
                  "(responsible = 'Realizator (lider)', timeline = 'Okres realizacji', indicator = 'Wskaźnik "
                  "produktu'; 'Partnerzy' column is not the responsible), prose descriptions with bold lead-ins "
                  "'Działanie 1.1. …', cost and funding only in budget table 10 keyed by number with shortened "
                  "names. Null markers: 'do oszacowania' (1.4 cost), 'b.d.' (3.3 cost), '—' (3.3 funding, "
                  "3.4 cost and indicator). Decoys: past projects table 6, frame 'Ramka 1' (good practice), "
                  "complementary projects table 9 (5.3), LP meeting table 11, PIM network study visits list, consultation annex (incl. rejected "
                  "proposals), frame 'Ramka 2' (quotes)."),
    }
    return gold
