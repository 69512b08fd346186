"""Plan Ulepszeń sieci tematycznej „Mobilność miejska” – ODT kept as ODT."""
from odt import Doc, rich, e

BASE = "K2_Plan_Ulepszen_mobilnosc"
CITIES = ["Ciechanów", "Kutno", "Łowicz", "Nowy Targ", "Sieradz", "Starachowice", "Świdnik", "Zgierz"]

KASIA = ("Katarzyna Dąbek (Sekretariat Sieci)", "2025-05-14T09:12:00")
MARTA = ("Marta Wójcik (ekspertka PIM)", "2025-05-20T16:45:00")
TOMASZ = ("Tomasz Zieliński (UM Kutno)", "2025-05-21T08:03:00")

TYPES_PL = {"legal": "prawna", "financial": "finansowa", "organisational": "organizacyjna",
            "knowledge": "wiedza i kompetencje"}

# area, title, theme, sec, type, addressee, deadline, indicator, cost, funding, problem, solution
EFFECTS = ['Oczekiwany efekt to możliwość wprowadzenia stref czystego transportu w co najmniej trzech miastach sieci do 2028 r. oraz wyraźny sygnał dla mieszkańców, że ograniczenie ruchu najbardziej emisyjnych pojazdów w centrum jest narzędziem dostępnym także dla mniejszych miast. Rekomendacja odpowiada na bariery zgłoszone przez Nowy Targ i Sieradz.', 'Zmiana pozwoli miastom sieci zaprojektować spójne sieci rowerowe w śródmieściach bez kosztownych przebudów jezdni. Łowicz szacuje, że same kontrapasy na czterech ulicach skróciłyby typową podróż rowerem do szkoły o 1,5 km. Rozwiązania te są od lat stosowane w miastach Europy Zachodniej i w kilku dużych miastach polskich na podstawie odstępstw.', 'Skrócenie procedur do kilku miesięcy umożliwi miastom wprowadzanie stref tempo 30 wokół szkół i w śródmieściach w rytmie realizacji MID. Ułatwi też testowanie rozwiązań tymczasowych (malowanie, donice), które w wielu miastach europejskich poprzedzają stałe przebudowy.', 'Wydzielona pula zapewni dostęp miast średnich do środków na węzły przesiadkowe, które łączą kolej, autobusy miejskie i podmiejskie oraz rowery. Cztery miasta sieci mają gotowe lub przygotowywane dokumentacje, więc nabór mógłby szybko przełożyć się na umowy.', 'Wieloletnie finansowanie pozwoli miastom i gminom MOF zawierać umowy z operatorami na kilka lat, planować rozkłady i inwestować w tabor. Bez tej zmiany część linii podmiejskich uruchomionych po 2019 r. może zostać zawieszona po wyczerpaniu bieżącej edycji Funduszu.', 'Wspólne postępowanie obniży ceny jednostkowe i koszty transakcyjne, a wspólna specyfikacja i serwis ułatwią eksploatację. Kutno, które ma największe doświadczenie z taborem elektrycznym, zadeklarowało pełnienie roli lidera grupy zakupowej.', 'Koordynator zapewni, że potrzeby pieszych i rowerzystów będą brane pod uwagę na etapie koncepcji, a nie dopiero przy odbiorze inwestycji. Doświadczenie Świdnika pokazuje, że nawet pół etatu z jasnym mandatem zmienia sposób przygotowania projektów drogowych.', 'Publikacja danych GTFS to niewielki koszt, a duża korzyść: rozkłady pojawią się w popularnych planerach podróży, a miasta zyskają narzędzie do analiz dostępności. Dane będą też podstawą wspólnych analiz porównawczych sieci.', 'Przeszkolone kadry będą mogły samodzielnie oceniać bezpieczeństwo istniejących ulic i wskazywać tanie, szybkie poprawki – doświetlenie przejść, zawężenia, azyle. Program szkoleń może zostać powielony w innych sieciach programu.', 'Katalog ułatwi miastom sieci uruchomienie pilotaży ulic szkolnych już w roku szkolnym 2025/2026 i ograniczy koszty przygotowania dokumentów. Zostanie udostępniony także miastom spoza sieci.']

R = [
    dict(area=0, title="Umożliwienie gminom poniżej 100 tys. mieszkańców tworzenia stref czystego transportu",
         theme="low_emission", sec=[], type="legal",
         resp="Ministerstwo Klimatu i Środowiska we współpracy z Ministerstwem Infrastruktury", time="do końca 2026 r.",
         ind="Wejście w życie nowelizacji ustawy o elektromobilności i paliwach alternatywnych",
         problem="Ustawa o elektromobilności i paliwach alternatywnych pozwala fakultatywnie tworzyć strefy czystego transportu "
                 "wyłącznie gminom powyżej 100 tys. mieszkańców. Miasta sieci, choć mniejsze, mają śródmieścia o wysokiej "
                 "koncentracji ruchu i zanieczyszczeń – Nowy Targ i Sieradz notują kilkadziesiąt dni z przekroczeniami "
                 "norm pyłowych rocznie.",
         solution="Proponujemy zniesienie progu ludnościowego w art. 39 ustawy albo zastąpienie go kryterium jakości "
                  "powietrza (przekroczenia w strefie oceny jakości powietrza), tak aby każda gmina mogła wprowadzić "
                  "strefę uchwałą rady, z zachowaniem obowiązku konsultacji społecznych."),
    dict(area=0, title="Nowelizacja warunków technicznych dróg publicznych w zakresie kontrapasów i ulic rowerowych",
         theme="cycling", sec=[], type="legal",
         resp="Ministerstwo Infrastruktury", time="II kw. 2026 r.",
         ind="Opublikowanie zmiany rozporządzenia w Dzienniku Ustaw",
         problem="Rozporządzenie w sprawie przepisów techniczno-budowlanych dotyczących dróg publicznych nie zawiera "
                 "rozwiązań typowych dla ulic śródmiejskich małych miast: kontrapasów na ulicach o szerokości jezdni "
                 "poniżej 5 m, ulic rowerowych ani śluz rowerowych. Zarządcy dróg w Łowiczu i Starachowicach "
                 "odmawiali zatwierdzenia projektów organizacji ruchu z powołaniem się na brak podstawy prawnej.",
         solution="Rekomendujemy uzupełnienie rozporządzenia o parametry kontrapasów, ulic rowerowych i śluz, "
                  "opracowane z udziałem miast, oraz wydanie wytycznych interpretacyjnych dla zarządców dróg."),
    dict(area=0, title="Uproszczenie procedury wyznaczania stref zamieszkania i stref tempo 30 na drogach powiatowych",
         theme="walking_traffic_calming", sec=[], type="legal",
         resp="Ministerstwo Infrastruktury; Krajowa Rada Bezpieczeństwa Ruchu Drogowego", time="do końca 2026 r.",
         ind=None, ind_txt="—",
         problem="W pięciu z ośmiu miast sieci główne ulice śródmieść są drogami powiatowymi. Wprowadzenie strefy "
                 "tempo 30 wymaga zgody starosty jako zarządcy drogi i organu zarządzającego ruchem; w praktyce "
                 "procedury trwają od 9 do 20 miesięcy, a część wniosków kończy się odmową.",
         solution="Rekomendujemy, aby w granicach administracyjnych miast na prawach gminy organem zarządzającym ruchem "
                  "na drogach powiatowych w obszarach zabudowy śródmiejskiej mógł być burmistrz, na podstawie porozumienia "
                  "z zarządem powiatu, oraz wprowadzenie ustawowego terminu na zatwierdzenie organizacji ruchu."),
    dict(area=1, title="Pula dla miast średnich na węzły przesiadkowe w programie FEnIKS poniżej progu 20 mln zł",
         theme="public_transport", sec=[], type="financial",
         resp="Ministerstwo Funduszy i Polityki Regionalnej", time="nabór w I kw. 2026 r.",
         time_xml=lambda d: "nabór w " + d.del_inline("2025 r.", *MARTA) + d.ins_inline("I kw. 2026 r.", *MARTA),
         ind="Liczba miast sieci z podpisaną umową o dofinansowanie węzła – min. 4",
         problem="Minimalna wartość projektu w działaniu FEnIKS dotyczącym transportu miejskiego wynosi 20 mln zł, "
                 "podczas gdy węzły przesiadkowe planowane w miastach sieci kosztują od 6 do 15 mln zł. Programy "
                 "regionalne mają z kolei ograniczone alokacje i preferują projekty w miastach wojewódzkich.",
         solution="Postulujemy wydzielenie w FEnIKS puli dla miast od 20 do 100 tys. mieszkańców z progiem "
                  "minimalnym 5 mln zł i możliwością składania projektów partnerskich przez kilka miast jednocześnie."),
    dict(area=1, title="Stabilne finansowanie przewozów autobusowych w MOF z Funduszu rozwoju przewozów autobusowych po 2027 r.",
         theme="public_transport", sec=[], type="financial",
         resp="Ministerstwo Infrastruktury", time="do 30 czerwca 2027 r.",
         time_comment=("MI sugerowało w rozmowie termin 2028 r. – do potwierdzenia na posiedzeniu KS.", TOMASZ),
         ind="Przyjęcie wieloletniego planu finansowania Funduszu do 2032 r.",
         problem="Linie podmiejskie łączące miasta sieci z gminami MOF działają dzięki dopłatom z Funduszu rozwoju "
                 "przewozów autobusowych o charakterze użyteczności publicznej. Umowy zawierane są na rok, a stawka "
                 "dopłaty do wozokilometra zmienia się co roku, co uniemożliwia zawarcie wieloletnich umów z operatorami.",
         solution="Rekomendujemy zapewnienie finansowania Funduszu w ujęciu wieloletnim i umożliwienie zawierania umów "
                  "o dopłatę na okres co najmniej pięciu lat, z waloryzacją stawki."),
    dict(area=1, title="Wspólny zakup autobusów zeroemisyjnych przez grupę zakupową miast sieci",
         theme="public_transport", sec=["low_emission"], type="organisational",
         resp="Prezydenci i burmistrzowie miast sieci (lider: Gmina Miasta Kutno); NFOŚiGW", time="2026–2027",
         ind="Liczba autobusów zakupionych w ramach grupy zakupowej – 24",
         cost="ok. 62 mln zł (24 autobusy elektryczne)",
         fund="program „Zielony transport publiczny” (NFOŚiGW)",
         problem="Każde z miast kupuje kilka autobusów na raz, płacąc wyższe ceny jednostkowe i ponosząc koszty "
                 "odrębnych postępowań. Operatorzy z Ciechanowa i Zgierza sygnalizowali też brak kompetencji w "
                 "przygotowaniu specyfikacji dla taboru elektrycznego i infrastruktury ładowania.",
         solution="Rekomendujemy utworzenie grupy zakupowej na podstawie art. 38 ustawy – Prawo zamówień publicznych, "
                  "ze wspólną specyfikacją techniczną, jednym postępowaniem i wspólnym kontraktem serwisowym."),
    dict(area=2, title="Stanowisko koordynatora mobilności aktywnej w każdym urzędzie miasta sieci",
         theme="cycling", sec=["walking_traffic_calming"], type="organisational",
         resp="Prezydenci i burmistrzowie miast sieci", time="I półrocze 2026 r.",
         ind="Liczba miast z powołanym koordynatorem – 8 z 8",
         problem="Sprawy ruchu pieszego i rowerowego są rozproszone między wydziały inwestycji, dróg, ochrony "
                 "środowiska i promocji. W sześciu miastach nikt nie odpowiada za nie w całości, a uwagi mieszkańców "
                 "do projektów drogowych trafiają zbyt późno.",
         solution="Rekomendujemy powołanie koordynatora (co najmniej 0,5 etatu) z uprawnieniem do opiniowania "
                  "wszystkich projektów drogowych i organizacji ruchu w mieście."),
    dict(area=2, title="Otwarte dane rozkładowe w formacie GTFS dla wszystkich przewoźników miejskich sieci",
         theme="public_transport", sec=[], type="organisational",
         resp="Operatorzy komunikacji miejskiej w miastach sieci (MZK, MPK, ZKM)", time="do 30 czerwca 2026 r.",
         ind="Liczba miast publikujących aktualny GTFS – 8",
         problem="Tylko trzy miasta sieci publikują rozkłady jazdy w formacie GTFS; w pozostałych rozkłady są dostępne "
                 "jako pliki PDF. Mieszkańcy nie widzą połączeń w popularnych planerach podróży, a miasta nie mogą "
                 "porównać dostępności komunikacyjnej dzielnic.",
         solution="Rekomendujemy publikację danych GTFS (a docelowo GTFS-Realtime) na licencji otwartej, na wzór "
                  "rozwiązań Świdnika, oraz wpisanie tego obowiązku do umów z operatorami."),
    dict(area=2, title="Szkolenia z audytu bezpieczeństwa ruchu pieszego dla kadr zarządców dróg",
         theme="walking_traffic_calming", sec=[], type="knowledge",
         resp="Krajowa Rada Bezpieczeństwa Ruchu Drogowego we współpracy z Sekretariatem PIM", time="2026–2027",
         ind="Liczba przeszkolonych pracowników zarządców dróg – 60",
         cost="ok. 180 tys. zł",
         problem="Audyty BRD są w miastach sieci przeprowadzane wyłącznie dla dużych inwestycji drogowych, a kadry "
                 "zarządców dróg nie znają metod oceny bezpieczeństwa pieszych na istniejących ulicach.",
         solution="Proponujemy cykl szkoleń warsztatowych z wizjami lokalnymi w miastach sieci, zakończony przygotowaniem "
                  "przez uczestników audytu jednej ulicy w swoim mieście."),
    dict(area=2, title="Katalog dobrych praktyk „ulic szkolnych” dla miast średnich",
         theme="walking_traffic_calming", sec=[], type="knowledge", inserted=KASIA,
         resp="Sekretariat Sieci PIM „Mobilność miejska”", time="IV kw. 2025 r.",
         ind="Publikacja katalogu i prezentacja na forum sieci",
         problem="Na warsztacie w Zgierzu miasta zgłosiły zainteresowanie ulicami szkolnymi, ale brakuje przykładów "
                 "z miast poniżej 100 tys. mieszkańców i wzorów dokumentów (organizacja ruchu, porozumienia ze szkołami).",
         solution="Sekretariat zbierze przykłady z Polski i zagranicy oraz wzory dokumentów i udostępni je miastom "
                  "sieci i innym miastom programu."),
]

DELETED = dict(title="Obniżenie stawki VAT na bilety okresowe komunikacji miejskiej do 0%",
               text="Bilet okresowy jest podstawowym narzędziem utrzymania pasażerów. Rekomendujemy objęcie biletów "
                    "okresowych zerową stawką VAT. Adresat: Ministerstwo Finansów. Termin: 2026 r.")

CITY_BARRIERS = [
    ("Ciechanów", "Miasto przygotowuje węzeł przesiadkowy przy dworcu kolejowym, z którego codziennie wyjeżdża do Warszawy "
     "ok. 3 tys. osób. Koszt węzła jest za niski dla FEnIKS i za wysoki dla budżetu miasta bez wsparcia zewnętrznego.",
     [("Próg 20 mln zł w FEnIKS", "Opóźnienie budowy węzła co najmniej o dwa lata"),
      ("Brak aktualnego badania ruchu", "Trudność w uzasadnieniu popytu we wniosku")]),
    ("Kutno", "Kutno ma najnowocześniejszy tabor w sieci, ale zajezdnia MZK nie ma mocy przyłączeniowej dla kolejnych "
     "ładowarek. Miasto chce dalej elektryfikować flotę i widzi korzyści ze wspólnych zamówień z innymi miastami.",
     [("Brak naboru na infrastrukturę ładowania w 2025 r.", "Wstrzymanie zakupu 6 autobusów elektrycznych"),
      ("Wysokie ceny jednostkowe przy małych zamówieniach", "Mniej autobusów za te same środki")]),
    ("Łowicz", "Zwarte śródmieście z siecią wąskich jednokierunkowych ulic jest naturalnym obszarem dla ruchu rowerowego, "
     "lecz przepisy techniczne blokują kontrapasy. Udział roweru w podróżach jest najwyższy w sieci.",
     [("Wymagana szerokość jezdni dla kontrapasu", "Brak spójnej sieci rowerowej w centrum"),
      ("Brak koordynatora mobilności w urzędzie", "Rozproszenie odpowiedzialności między wydziałami")]),
    ("Nowy Targ", "Miasto zmaga się ze smogiem i dużym ruchem turystycznym w sezonie. Starania o strefę czystego transportu "
     "zatrzymał próg ludnościowy w ustawie o elektromobilności.",
     [("Próg 100 tys. mieszkańców dla stref czystego transportu", "Brak narzędzia ograniczenia ruchu w centrum"),
      ("Sezonowe przeciążenie dróg dojazdowych", "Niska punktualność autobusów latem")]),
    ("Sieradz", "Sieradz planuje buspas na głównej osi miasta. Projekt przegrywa w ocenie wniosków z projektami większych "
     "miast ze względu na kryterium liczby pasażerów.",
     [("Kryterium liczby pasażerów w ocenie projektów", "Niska punktacja wniosku"),
      ("Jednoroczne umowy o dopłatę do przewozów podmiejskich", "Niepewność utrzymania linii do gmin MOF")]),
    ("Starachowice", "Główne ulice śródmieścia są drogami powiatowymi. Uspokojenie ruchu wokół szkół wymagało długotrwałych "
     "uzgodnień z zarządcami dróg.",
     [("Podział kompetencji w zarządzaniu ruchem", "20 miesięcy na wprowadzenie strefy tempo 30"),
      ("Brak szkoleń z audytu BRD dla kadr", "Niska jakość projektów organizacji ruchu")]),
    ("Świdnik", "Świdnik jest liderem sieci w zakresie danych i organizacji – publikuje GTFS i ma zespół ds. mobilności. "
     "Zgłaszane bariery dotyczą rynku taboru i powiązań z Lublinem.",
     [("Długie terminy dostaw taboru", "Ryzyko niedotrzymania terminów projektu"),
      ("Brak wspólnego biletu z Lublinem", "Niższa atrakcyjność dojazdów komunikacją")]),
    ("Zgierz", "Zgierz ma najwyższy w sieci udział podróży samochodem. Miasto chce zacząć od ulic szkolnych i uspokojenia "
     "ruchu w osiedlach, ale brakuje mu wzorców i przykładów z miast tej wielkości.",
     [("Brak wzorów dokumentów dla ulic szkolnych", "Odkładanie pilotażu do 2026 r."),
      ("Brak danych o ruchu pieszym", "Trudność w wyborze lokalizacji")]),
]

RELATED = ["Nowy Targ, Sieradz", "Łowicz, Starachowice", "Starachowice, Zgierz", "Ciechanów, Nowy Targ, Sieradz",
           "Sieradz, Ciechanów", "Kutno, Świdnik", "Łowicz, Starachowice, Zgierz", "Świdnik, Ciechanów",
           "Starachowice, Zgierz", "Zgierz"]

AREAS = ["Obszar A – regulacje prawne", "Obszar B – finansowanie", "Obszar C – organizacja i kompetencje"]


def build(pages=None):
    pages = pages or {}
    d = Doc(font="Liberation Sans", hfont="Liberation Sans", size="11pt", accent="#2f6b3a", numbered_headings=True, h1_break=True,
            header_cells=("PIM", "Sieć tematyczna „Mobilność miejska”", "Plan Ulepszeń 2025"),
            footer_left="Plan Ulepszeń – Mobilność miejska", margins=(1.8, 1.8, 2.7, 2.3),
            title="Plan Ulepszeń – Sieć „Mobilność miejska”", creator="Sekretariat Sieci PIM",
            date="2025-05-27T14:00:00")
    P = d.p
    # cover
    P("", "Standard", master="Cover")
    P("Partnerska Inicjatywa Miast", "CoverSmall")
    for _ in range(5):
        P("", "Standard")
    P("PLAN ULEPSZEŃ", "Title")
    P("Sieć tematyczna „Mobilność miejska”", "Subtitle")
    P("Rekomendacje zmian w prawie, finansowaniu i organizacji transportu w miastach średnich", "Subtitle")
    for _ in range(7):
        P("", "Standard")
    P("Miasta sieci: " + ", ".join(CITIES), "CoverSmall")
    P("Dokument przyjęty przez Komitet Sterujący Sieci w dniu 27 maja 2025 r. – wersja końcowa", "CoverSmall")
    # ToC (stale: entry 4 wording differs from body, entry 6 has no body)
    P("", "Standard", master="Standard")
    toc = [(1, "1. Wprowadzenie", "Wprowadzenie"),
           (2, "1.1. Cel dokumentu", "Cel dokumentu"),
           (2, "1.2. Metoda pracy sieci", "Metoda pracy sieci"),
           (1, "2. Diagnoza – bariery zgłoszone przez miasta", "Diagnoza – bariery zgłoszone przez miasta"),
           (2, "2.1. Profil miast sieci", "Profil miast sieci"),
           (2, "2.2. Bariery prawne", "Bariery prawne"),
           (2, "2.3. Bariery finansowe", "Bariery finansowe"),
           (2, "2.4. Bariery organizacyjne i kompetencyjne", "Bariery organizacyjne i kompetencyjne"),
           (2, "2.6. Rekomendacje poprzedniej edycji – stan wdrożenia", "Rekomendacje poprzedniej edycji – stan wdrożenia"),
           (1, "3. Rekomendacje", "Rekomendacje sieci"),
           (2, "3.1. " + AREAS[0], AREAS[0]), (2, "3.2. " + AREAS[1], AREAS[1]), (2, "3.3. " + AREAS[2], AREAS[2]),
           (1, "4. Adresaci rekomendacji", "Podmioty właściwe dla wdrożenia rekomendacji"),
           (1, "5. Wdrożenie i monitorowanie", "Wdrożenie i monitorowanie"),
           (1, "6. Słownik pojęć i skrótów", None),
           (1, "Załącznik 1. Postulaty zgłoszone przez miasta", "Załącznik 1. Postulaty zgłoszone przez miasta"),
           (1, "Załącznik 2. Spotkania sieci", "Załącznik 2. Spotkania sieci")]
    toc.insert(3, (2, "1.3. Kontekst programowy i prawny", "Kontekst programowy i prawny"))
    toc.insert(9, (2, "2.5. Bariery w ujęciu poszczególnych miast", "Bariery w ujęciu poszczególnych miast"))
    toc.insert(11, (2, "2.7. Wnioski z diagnozy", "Wnioski z diagnozy"))
    toc.insert(len(toc), (1, "Załącznik 3. Wyniki ankiety wśród urzędów miast sieci", "Załącznik 3. Wyniki ankiety wśród urzędów miast sieci"))
    toc.insert(len(toc), (1, "Załącznik 4. Karty rekomendacji", "Załącznik 4. Karty rekomendacji"))
    d.toc([(l, t, pages.get(s, "")) if s else (l, t, str(int(pages.get("Wdrożenie i monitorowanie", "20") or 20) + 1))
           for l, t, s in toc])
    # 1
    d.h(1, "Wprowadzenie")
    d.h(2, "Cel dokumentu")
    P("Plan Ulepszeń jest głównym produktem sieci tematycznej „Mobilność miejska” Partnerskiej Inicjatywy Miast. "
      "Zbiera bariery, na które miasta sieci natrafiły, przygotowując swoje Miejskie Inicjatywy Działania, i przekłada "
      "je na rekomendacje skierowane do instytucji, które mogą te bariery usunąć: ministerstw, funduszy, "
      "zarządców dróg, operatorów transportu i samych samorządów.")
    P("Dokument nie jest strategią transportową ani katalogiem inwestycji. Rekomendacje dotyczą warunków, w jakich "
      "miasta średnie planują i prowadzą politykę mobilności – przepisów, instrumentów finansowych, organizacji pracy "
      "urzędów i kompetencji kadr. Każda rekomendacja ma wskazanego adresata, rodzaj i termin, do którego jej wdrożenie "
      "jest potrzebne, aby miasta mogły zrealizować swoje MID.")
    P("Adresatami dokumentu są także same miasta sieci: część rekomendacji (obszar C) zależy wyłącznie od decyzji "
      "prezydentów i burmistrzów. Miasta zobowiązały się do ich wdrożenia, przyjmując Plan na posiedzeniu Komitetu "
      "Sterującego.")
    d.h(2, "Metoda pracy sieci")
    P("Sieć pracowała od września 2024 r. do maja 2025 r. w formule sześciu spotkań roboczych (po dwa dni, rotacyjnie "
      "w miastach sieci), czterech webinariów eksperckich oraz konsultacji bilateralnych z ministerstwami. "
      "Bariery zgłaszane przez miasta były zbierane na formularzu, a następnie grupowane i priorytetyzowane metodą "
      "głosowania punktowego.",
      notes=["Formularz zgłoszenia bariery zawierał: opis, przykład z miasta, podstawę prawną lub źródło problemu, "
             "skutki dla realizacji MID oraz propozycję rozwiązania."])
    P("Projekty rekomendacji zostały skonsultowane z ekspertami Związku Miast Polskich, Centrum Unijnych Projektów "
      "Transportowych oraz przedstawicielami Ministerstwa Infrastruktury i Ministerstwa Funduszy i Polityki Regionalnej. "
      "Wersja końcowa uwzględnia uwagi zgłoszone podczas spotkania w Świdniku (23–24 kwietnia 2025 r.).")
    d.h(2, "Kontekst programowy i prawny")
    P("Partnerska Inicjatywa Miast jest programem wsparcia miast średnich, w którym miasta pracują w sieciach "
      "tematycznych, przygotowując własne Miejskie Inicjatywy Działania, a jednocześnie identyfikują bariery "
      "systemowe wymagające zmian na poziomie krajowym. Plan Ulepszeń jest narzędziem przekazania tych barier "
      "instytucjom centralnym.")
    P("Polityka mobilności miast średnich jest kształtowana przez kilka aktów prawnych: ustawę z dnia 21 marca 1985 r. "
      "o drogach publicznych, ustawę z dnia 20 czerwca 1997 r. – Prawo o ruchu drogowym, ustawę z dnia 16 grudnia 2010 r. "
      "o publicznym transporcie zbiorowym, ustawę z dnia 11 stycznia 2018 r. o elektromobilności i paliwach "
      "alternatywnych oraz ustawę z dnia 16 maja 2019 r. o Funduszu rozwiązywania problemów komunikacyjnych. "
      "Istotne są także rozporządzenia wykonawcze, w szczególności dotyczące warunków technicznych dróg "
      "i szczegółowych warunków zarządzania ruchem.",
      notes=["Teksty jednolite według stanu na dzień 30 kwietnia 2025 r."])
    P("Po stronie finansowania kluczowe są: program Fundusze Europejskie na Infrastrukturę, Klimat, Środowisko "
      "2021–2027 (FEnIKS), regionalne programy Funduszy Europejskich, Krajowy Plan Odbudowy, programy NFOŚiGW "
      "i WFOŚiGW oraz Rządowy Fundusz Rozwoju Dróg. Dokumentem strategicznym wyznaczającym kierunki jest Strategia "
      "Zrównoważonego Rozwoju Transportu do 2030 r., która wskazuje na potrzebę wzmocnienia transportu zbiorowego "
      "w miastach średnich i ich obszarach funkcjonalnych.")
    P("W pracach sieci uwzględniono również unijne ramy polityki miejskiej: nowe ramy mobilności miejskiej UE z 2021 r. "
      "zalecające opracowanie planów zrównoważonej mobilności miejskiej (SUMP) oraz rozporządzenie w sprawie "
      "transeuropejskiej sieci transportowej (TEN-T), które nakłada obowiązek posiadania SUMP na węzły miejskie.")
    d.frame("Ramka 1. Jak czytać ten dokument",
            ["Rozdział 2 opisuje bariery tak, jak zgłosiły je miasta – są to postulaty, nie rekomendacje sieci. "
             "Rekomendacje sieci znajdują się wyłącznie w rozdziale 3; ich adresatów i terminy zestawiono w rozdziale 4. "
             "Rekomendacje z poprzedniej edycji (2022 r.) przytoczono w punkcie 2.5 jedynie w celu oceny ich wdrożenia."])
    # 2
    d.h(1, "Diagnoza – bariery zgłoszone przez miasta")
    d.h(2, "Profil miast sieci")
    P("Sieć tworzy osiem miast liczących od 28 do 55 tys. mieszkańców, położonych w pięciu województwach. Wszystkie "
      "pełnią funkcję ośrodków subregionalnych lub ponadlokalnych, a połowa z nich leży w zasięgu oddziaływania "
      "dużego miasta (Łodzi, Lublina, Krakowa). Wspólne jest dla nich wysokie uzależnienie od samochodu: udział "
      "podróży samochodem w podróżach mieszkańców wynosi od 52 do 68%.")
    d.caption("Tabela 1. Wybrane dane o mobilności w miastach sieci")
    d.table([["Miasto", "Ludność (2023)", "Udział podróży samochodem", "Udział komunikacji publicznej",
              "Udział roweru", "Drogi dla rowerów (km)", "Autobusy zeroemisyjne / tabor"],
             ["Ciechanów", "41 900", "61%", "9%", "6%", "21", "6 / 38"],
             ["Kutno", "41 200", "58%", "11%", "9%", "29", "12 / 41"],
             ["Łowicz", "27 600", "63%", "5%", "11%", "14", "0 / 12"],
             ["Nowy Targ", "32 700", "59%", "8%", "4%", "17", "4 / 22"],
             ["Sieradz", "40 300", "60%", "10%", "7%", "24", "10 / 35"],
             ["Starachowice", "46 100", "66%", "12%", "3%", "12", "5 / 44"],
             ["Świdnik", "38 600", "52%", "17%", "8%", "31", "17 / 39"],
             ["Zgierz", "54 300", "68%", "13%", "4%", "19", "8 / 51"]],
            [2.5, 1.8, 2, 2, 1.5, 1.8, 2.2])
    d.p("Źródło: ankiety miast sieci, badania ruchu i zachowań komunikacyjnych (2019–2024), GUS.", "Source")
    P("Badania zachowań komunikacyjnych są w miastach sieci nieporównywalne – wykonywano je w różnych latach i różnymi "
      "metodami, a w dwóch miastach ostatnie badanie pochodzi sprzed pandemii. Już sama ta obserwacja stała się "
      "jednym z wniosków pracy sieci.")
    P("Miasta różnią się organizacją transportu zbiorowego: w pięciu działają spółki komunalne (MZK, MPK), w dwóch "
      "przewozy świadczy operator wyłoniony w przetargu, a w jednym – zakład budżetowy. We wszystkich miastach komunikacja "
      "miejska wykracza poza granice administracyjne na podstawie porozumień z gminami sąsiednimi.")
    d.h(2, "Bariery prawne")
    P("Najczęściej zgłaszane bariery prawne dotyczyły przepisów, które w praktyce są projektowane dla dużych miast: "
      "progów ludnościowych (strefy czystego transportu), parametrów technicznych ulic oraz podziału kompetencji "
      "między gminą a powiatem w zarządzaniu ruchem. Miasta podkreślały, że same nie mogą tych barier usunąć.")
    P("Przykładowo w Łowiczu projekt kontrapasów na czterech jednokierunkowych ulicach śródmieścia był trzykrotnie "
      "odrzucany przez organ zarządzający ruchem, z uwagi na szerokość jezdni poniżej wymaganej dla pasa ruchu "
      "i pasa rowerowego. W Starachowicach wprowadzenie strefy tempo 30 wokół szkół wymagało uzgodnień z trzema "
      "zarządcami dróg i trwało 20 miesięcy.",
      notes=["Rozporządzenie Ministra Infrastruktury z dnia 24 czerwca 2022 r. w sprawie przepisów techniczno-budowlanych "
             "dotyczących dróg publicznych (Dz.U. poz. 1518)."])
    P("Zgłoszono także problem braku podstawy prawnej do pobierania opłat za wjazd do śródmieścia w miastach "
      "poniżej 100 tys. mieszkańców oraz niespójność przepisów o strefach płatnego parkowania, które uzależniają ich "
      "ustanowienie od „niedoboru miejsc postojowych”, co bywa kwestionowane przez wojewodów w postępowaniach "
      "nadzorczych.")
    d.h(2, "Bariery finansowe")
    P("Bariery finansowe mają dwojaki charakter. Po pierwsze, progi i kryteria programów krajowych i unijnych faworyzują "
      "duże projekty i duże miasta: minimalna wartość projektu, wymóg posiadania planu zrównoważonej mobilności, "
      "punktacja za liczbę pasażerów. Po drugie, brak stabilnego finansowania kosztów bieżących – zwłaszcza przewozów "
      "podmiejskich – sprawia, że miasta nie chcą inwestować w nowe linie, których utrzymania nie są pewne.")
    d.caption("Tabela 2. Planowane inwestycje transportowe miast sieci a progi programów")
    d.table([["Miasto", "Planowana inwestycja", "Szacunkowa wartość", "Możliwe źródło", "Bariera"],
             ["Ciechanów", "Węzeł przesiadkowy przy dworcu PKP", "11,5 mln zł", "FEnIKS / FE Mazowsze", "próg 20 mln zł w FEnIKS"],
             ["Kutno", "Zajezdnia z ładowarkami dla 12 autobusów", "14 mln zł", "NFOŚiGW", "brak naboru w 2025 r."],
             ["Łowicz", "Sieć kontrapasów i parkingów rowerowych", "3,2 mln zł", "FE Łódzkie", "przepisy techniczne"],
             ["Nowy Targ", "Węzeł przesiadkowy przy dworcu autobusowym", "8 mln zł", "FEnIKS / FE Małopolska", "próg 20 mln zł"],
             ["Sieradz", "Buspas i priorytet na ul. Sienkiewicza", "6,4 mln zł", "FE Łódzkie", "kryterium liczby pasażerów"],
             ["Świdnik", "Linia do portu lotniczego – zakup taboru", "9,6 mln zł", "FEnIKS", "brak taboru na rynku w terminie"]],
            [2, 5, 2.2, 2.8, 3.4])
    d.p("Źródło: zgłoszenia miast sieci, styczeń 2025 r.", "Source")
    P("Inwestycje wymienione w tabeli 2 to zamierzenia miast, a nie rekomendacje sieci. Zestawiono je, aby pokazać "
      "skalę potrzeb i ich niedopasowanie do progów programów.")
    d.h(2, "Bariery organizacyjne i kompetencyjne")
    P("Trzecia grupa barier dotyczy samych urzędów. W sześciu z ośmiu miast nie ma osoby odpowiedzialnej za mobilność "
      "aktywną; projekty drogowe przygotowują wydziały inwestycji bez udziału specjalistów ruchu pieszego i rowerowego. "
      "Urzędy nie dysponują danymi – nie prowadzą stałych pomiarów ruchu rowerowego, a rozkłady jazdy są publikowane "
      "jako pliki PDF.")
    P("Miasta wskazywały także trudności w rekrutacji inżynierów ruchu, niską rozpoznawalność zagadnień bezpieczeństwa "
      "pieszych wśród projektantów oraz brak wymiany doświadczeń między zarządcami dróg różnych szczebli. "
      "Pozytywnym wyjątkiem jest Świdnik, gdzie od 2021 r. działa zespół ds. mobilności złożony z przedstawicieli "
      "czterech wydziałów i spółki komunikacyjnej.")
    P("Brak danych dotyczy także bezpieczeństwa ruchu. Miasta korzystają z policyjnej bazy SEWIK, ale nie analizują "
      "zdarzeń z udziałem pieszych w podziale na ulice i pory dnia. Tabela 3 pokazuje, że w miastach sieci piesi i "
      "rowerzyści stanowią większość ofiar śmiertelnych wypadków drogowych.")
    d.caption("Tabela 3. Ofiary wypadków drogowych w miastach sieci w latach 2020–2024")
    d.table([["Miasto", "Wypadki", "Zabici", "w tym piesi i rowerzyści", "Ciężko ranni"],
             ["Ciechanów", "96", "7", "5", "41"], ["Kutno", "118", "6", "4", "52"], ["Łowicz", "54", "3", "2", "19"],
             ["Nowy Targ", "71", "4", "3", "33"], ["Sieradz", "88", "5", "4", "37"], ["Starachowice", "83", "6", "3", "40"],
             ["Świdnik", "47", "2", "2", "21"], ["Zgierz", "131", "9", "6", "58"],
             [{"t": "**Razem**"}, "688", "42", "29", "301"]], [3, 2, 2, 3, 2], font_small=False)
    d.p("Źródło: System Ewidencji Wypadków i Kolizji (SEWIK), dane Komendy Głównej Policji.", "Source")
    d.frame("Ramka 2. Dobre praktyki z Leuven – plan cyrkulacji",
            ["Belgijskie Leuven (ok. 100 tys. mieszkańców) w 2016 r. podzieliło śródmieście na sektory, między którymi "
             "samochody nie mogą przejeżdżać bezpośrednio – muszą wrócić na obwodnicę. Ruch tranzytowy przez centrum "
             "spadł o ponad połowę, a liczba podróży rowerem wzrosła o jedną trzecią w ciągu dwóch lat.",
             "Uczestnicy wizyty studyjnej zwrócili uwagę, że plan wprowadzono w ciągu jednej nocy, ale poprzedziło go "
             "półtora roku konsultacji i testów tymczasowych rozwiązań."])
    d.h(2, "Bariery w ujęciu poszczególnych miast")
    P("Poniżej streszczono bariery zgłoszone przez każde z miast wraz z ich skutkami dla MID. Opisy pochodzą "
      "z formularzy miast i notatek z wizyt roboczych; nie są rekomendacjami sieci.")
    for city, txt, bars in CITY_BARRIERS:
        P("**%s.** %s" % (city, txt))
        d.table([["Bariera zgłoszona przez miasto", "Skutek dla MID"]] + [list(b) for b in bars], [1, 1])
    d.h(2, "Rekomendacje poprzedniej edycji – stan wdrożenia")
    P("W 2022 r. poprzednia edycja sieci sformułowała sześć rekomendacji. Poniżej przedstawiono ocenę ich wdrożenia "
      "dokonaną przez Sekretariat Sieci. Rekomendacje te nie są powtórzeniem rekomendacji bieżącej edycji.")
    d.caption("Tabela 4. Rekomendacje edycji 2022 i stan ich wdrożenia")
    d.table([["Nr", "Rekomendacja z 2022 r.", "Adresat", "Stan wdrożenia (maj 2025 r.)"],
             ["2022/1", "Wprowadzenie definicji ulicy rowerowej do Prawa o ruchu drogowym", "Ministerstwo Infrastruktury", "wdrożona częściowo"],
             ["2022/2", "Zwiększenie dopłat do wozokilometra w przewozach autobusowych", "Ministerstwo Infrastruktury", "wdrożona (od 2023 r.)"],
             ["2022/3", "Obowiązek opracowania planu zrównoważonej mobilności przez MOF", "MFiPR", "niewdrożona"],
             ["2022/4", "Wspólne szkolenia dla zarządców dróg gminnych i powiatowych", "Związek Powiatów Polskich", "niewdrożona"],
             ["2022/5", "Platforma wymiany danych o ruchu rowerowym", "miasta sieci", "wdrożona w 2 miastach"],
             ["2022/6", "Preferencje dla małych miast w programie „Zielony transport publiczny”", "NFOŚiGW", "wdrożona częściowo"]],
            [1.3, 7, 3.8, 3.8])
    d.h(2, "Wnioski z diagnozy")
    P("Z zebranych barier wyłania się kilka wniosków, które ukształtowały rekomendacje sieci:")
    d.bullets(["miasta średnie napotykają przepisy i programy projektowane z myślą o dużych miastach – progi ludnościowe "
               "i progi wartości projektów wykluczają je z części instrumentów;",
               "największą słabością jest brak stabilności finansowania kosztów bieżących transportu zbiorowego, "
               "a nie brak środków na inwestycje;",
               "część barier można usunąć bez zmian prawa – decyzjami organizacyjnymi samych miast i współpracą "
               "w ramach sieci (wspólne zamówienia, dane, kompetencje);",
               "miasta nie mają porównywalnych danych o mobilności, co utrudnia im wykazanie efektów i rywalizację "
               "o środki z większymi ośrodkami;",
               "kadry urzędów są nieliczne i obciążone; bez wsparcia szkoleniowego nowe rozwiązania (strefy, "
               "kontrapasy, ulice szkolne) będą wprowadzane wolno i ostrożnie;",
               "doświadczenia poprzedniej edycji pokazują, że rekomendacje adresowane do kilku instytucji naraz "
               "są wdrażane najrzadziej – dlatego w tej edycji każda rekomendacja ma jednego głównego adresata "
               "lub wyraźnie wskazanego lidera."])
    P("Sieć świadomie ograniczyła liczbę rekomendacji, wybierając te, które uzyskały najwyższą liczbę głosów "
      "w priorytetyzacji i dla których udało się wskazać realnego adresata. Pozostałe postulaty miast "
      "zestawiono w załączniku 1 wraz z rozstrzygnięciem.")
    # 3
    d.h(1, "Rekomendacje sieci")
    P("Sieć przyjęła rekomendacje w trzech obszarach. Każda rekomendacja zawiera opis problemu, proponowane "
      "rozwiązanie, rodzaj (prawna, finansowa, organizacyjna, wiedza i kompetencje) oraz miernik wdrożenia. "
      "Adresatów i terminy zestawiono w rozdziale 4.")
    for ai, area in enumerate(AREAS):
        if ai:
            d.page_break()
        d.h(2, area)
        for r in [x for x in R if x["area"] == ai]:
            if r.get("inserted"):
                cid = d.change_ins(*r["inserted"])
                d.h(3, r["title"], inner='<text:change-start text:change-id="%s"/>%s' % (cid, e(r["title"])))
            else:
                d.h(3, r["title"])
            P("**Problem.** " + r["problem"])
            P("**Proponowane rozwiązanie.** " + r["solution"])
            P("**Oczekiwany efekt.** " + EFFECTS[R.index(r)])
            lines = ["**Rodzaj rekomendacji:** " + TYPES_PL[r["type"]],
                     "**Miernik wdrożenia:** " + (r["ind"] or r["ind_txt"])]
            if r.get("cost"):
                lines.append("**Szacowany koszt:** " + r["cost"])
            if r.get("fund"):
                lines.append("**Możliwe źródło finansowania:** " + r["fund"])
            if r.get("inserted"):
                x = d.list_xml(lines)
                # close the insertion at the end of the last list item
                x = x[:x.rfind("</text:p>")] + '<text:change-end text:change-id="%s"/>' % cid + x[x.rfind("</text:p>"):]
                d.raw(x)
            else:
                d.bullets(lines)
            if ai == 1 and r["title"].startswith("Stabilne"):
                # a whole recommendation deleted with tracked changes (after rec B2)
                dx = ('<text:h text:style-name="Heading_20_3" text:outline-level="3">%s</text:h>'
                      '<text:p text:style-name="Text_20_body">%s</text:p>' % (e(DELETED["title"]), rich(DELETED["text"])))
                cid2 = d.change_del(*MARTA, dx)
                d.pxml('<text:change text:change-id="%s"/>' % cid2, "Text_20_body")
    # 4 landscape table
    d.h(1, "Podmioty właściwe dla wdrożenia rekomendacji", master="Landscape")
    P("Tabela 5 wskazuje dla każdej rekomendacji instytucję, do której jest skierowana, oraz termin, do którego "
      "wdrożenie jest potrzebne z punktu widzenia harmonogramów MID. Rekomendacje obszaru C adresowane są do miast "
      "sieci i ich spółek.")
    d.caption("Tabela 5. Adresaci i terminy rekomendacji")
    rows = [["Nr", "Rekomendacja", "Adresat", "Rodzaj", "Termin"]]
    n = {0: 0, 1: 0, 2: 0}
    for r in R:
        n[r["area"]] += 1
        code = "%s%d" % ("ABC"[r["area"]], n[r["area"]])
        if r.get("time_xml"):
            tcell = {"xml": '<text:p text:style-name="Table_20_Contents_20_Small">%s</text:p>' % r["time_xml"](d)}
        elif r.get("time_comment"):
            c, who = r["time_comment"]
            tcell = {"xml": '<text:p text:style-name="Table_20_Contents_20_Small">%s%s</text:p>'
                            % (d.comment(c, *who), e(r["time"]))}
        else:
            tcell = r["time"]
        if r.get("inserted"):
            cells = [{"xml": '<text:p text:style-name="Table_20_Contents_20_Small">%s</text:p>' % d.ins_inline(v, *r["inserted"])}
                     for v in (code, r["title"], r["resp"], TYPES_PL[r["type"]], r["time"])]
            rows.append(cells)
        else:
            rows.append([code, r["title"], r["resp"], TYPES_PL[r["type"]], tcell])
    d.table(rows, [0.9, 9, 8, 2.6, 3.6], width_cm=25.7)
    d.p("Źródło: Sekretariat Sieci na podstawie ustaleń Komitetu Sterującego z 27 maja 2025 r.", "Source")
    P("Rekomendacje prawne (A1–A3) i finansowe (B1–B2) zostaną przekazane adresatom pismem Koordynatora Programu PIM "
      "wraz z niniejszym Planem. Rekomendacje organizacyjne i kompetencyjne wdrażają miasta sieci we własnym zakresie "
      "lub we współpracy ze wskazanymi instytucjami.")
    # 5 implementation – deferral only
    d.h(1, "Wdrożenie i monitorowanie", master="Standard")
    P("Plan wdrożenia rekomendacji, wraz z podziałem zadań między miasta sieci i harmonogramem monitorowania, "
      "zostanie opracowany przez Sekretariat Sieci po przyjęciu Planu Ulepszeń przez Komitet Sterujący Programu.")
    # annexes
    d.h(1, "Załącznik 1. Postulaty zgłoszone przez miasta", unnumbered=True)
    P("Poniżej przytoczono postulaty w brzmieniu zgłoszonym przez miasta na formularzach barier. Część z nich została "
      "uwzględniona w rekomendacjach sieci w zmienionej formie, część – odrzucona lub przekazana do innych sieci programu.")
    post = [
        ("Ciechanów", "Obniżenie progu wartości projektu w FEnIKS dla węzłów przesiadkowych", "uwzględniony (B1)"),
        ("Kutno", "Dopłata państwa do zakupu autobusów wodorowych na poziomie 90%", "odrzucony – brak uzasadnienia ekonomicznego"),
        ("Łowicz", "Dopuszczenie kontrapasów na jezdniach o szerokości 4,5 m", "uwzględniony (A2)"),
        ("Nowy Targ", "Zwolnienie z opłat za korzystanie z dróg wojewódzkich przez autobusy miejskie", "odrzucony – nie dotyczy opłat"),
        ("Sieradz", "Ustawowy obowiązek tworzenia buspasów na drogach krajowych w miastach", "odrzucony – zbyt daleko idący"),
        ("Starachowice", "Przekazanie miastu kompetencji organu zarządzającego ruchem na drogach powiatowych", "uwzględniony (A3)"),
        ("Świdnik", "Krajowy standard publikacji danych rozkładowych", "uwzględniony częściowo (C2)"),
        ("Zgierz", "Program rządowy „Bezpieczna droga do szkoły” z finansowaniem wyniesionych przejść", "przekazany do sieci „Bezpieczeństwo”"),
        ("Kutno", "Wspólne zamówienia taboru dla miast sieci", "uwzględniony (B3)"),
        ("Ciechanów", "Bezpłatna komunikacja miejska finansowana z budżetu państwa", "odrzucony"),
    ]
    d.caption("Tabela 6. Postulaty miast i sposób ich rozpatrzenia")
    d.table([["Lp.", "Miasto", "Postulat", "Rozstrzygnięcie"]] +
            [[str(i), c, p, s] for i, (c, p, s) in enumerate(post, 1)], [0.8, 2.5, 8.5, 5])
    d.h(1, "Załącznik 2. Spotkania sieci", unnumbered=True)
    P("Wykaz obejmuje spotkania robocze, webinaria i wizyty studyjne sieci w okresie prac nad Planem Ulepszeń.")
    d.caption("Tabela 7. Spotkania robocze i webinaria sieci „Mobilność miejska”")
    d.table([["Lp.", "Spotkanie", "Miejsce", "Data"],
             ["1", "Spotkanie otwierające – mapowanie barier", "Kutno", "25–26 września 2024 r."],
             ["2", "Webinarium „Strefy czystego transportu w praktyce”", "online", "15 października 2024 r."],
             ["3", "Warsztat „Finansowanie transportu zbiorowego”", "Sieradz", "20–21 listopada 2024 r."],
             ["4", "Webinarium „Dane GTFS dla małych operatorów”", "online", "10 grudnia 2024 r."],
             ["5", "Warsztat „Ulice szkolne i strefy tempo 30”", "Zgierz", "22–23 stycznia 2025 r."],
             ["6", "Wizyta studyjna – Leuven", "Leuven (BE)", "11–13 lutego 2025 r."],
             ["7", "Warsztat „Organizacja urzędu dla mobilności”", "Nowy Targ", "12–13 marca 2025 r."],
             ["8", "Webinarium z udziałem MI i MFiPR", "online", "2 kwietnia 2025 r."],
             ["9", "Spotkanie konsultacyjne projektu Planu", "Świdnik", "23–24 kwietnia 2025 r."],
             ["10", "Komitet Sterujący – przyjęcie Planu", "Warszawa", "27 maja 2025 r."]], [0.8, 8, 3, 4])
    d.h(1, "Załącznik 3. Wyniki ankiety wśród urzędów miast sieci", unnumbered=True)
    P("Ankietę przeprowadzono w październiku 2024 r. wśród pracowników urzędów i spółek komunalnych zajmujących się "
      "transportem (n = 57, wszystkie miasta sieci). Pytano o ocenę barier w skali od 1 (nieistotna) do 5 (bardzo istotna).")
    d.caption("Tabela 8. Średnia ocena istotności barier")
    d.table([["Bariera", "Średnia ocena", "Odsetek ocen 4–5"],
             ["Progi wartości projektów w programach krajowych", "4,4", "86%"],
             ["Niestabilne finansowanie przewozów podmiejskich", "4,2", "79%"],
             ["Przepisy techniczne dla infrastruktury rowerowej", "3,9", "68%"],
             ["Podział kompetencji gmina–powiat w zarządzaniu ruchem", "3,8", "65%"],
             ["Brak kadr (inżynierowie ruchu, specjaliści mobilności)", "3,7", "61%"],
             ["Brak danych o ruchu i podróżach", "3,5", "54%"],
             ["Opór społeczny wobec ograniczeń dla samochodów", "3,4", "49%"],
             ["Brak narzędzi ograniczania ruchu (strefy)", "3,3", "47%"]], [8, 3, 3], font_small=False)
    d.caption("Tabela 9. Czy w urzędzie jest osoba odpowiedzialna za…")
    d.table([["Zakres", "Tak", "Częściowo", "Nie"],
             ["ruch rowerowy", "2", "3", "3"],
             ["ruch pieszy i dostępność", "1", "2", "5"],
             ["dane o transporcie i rozkłady jazdy", "3", "2", "3"],
             ["pozyskiwanie środków na transport", "6", "2", "0"],
             ["komunikację z mieszkańcami w sprawach transportu", "2", "4", "2"]], [8, 2, 2, 2], font_small=False)
    P("Odpowiedzi w pytaniach otwartych najczęściej wskazywały na potrzebę wymiany wzorów dokumentów między miastami, "
      "wspólnych szkoleń oraz „jednego miejsca w ministerstwie”, do którego miasta średnie mogłyby kierować pytania "
      "interpretacyjne dotyczące przepisów ruchu drogowego.")
    d.h(1, "Załącznik 4. Karty rekomendacji", unnumbered=True)
    P("Karty zestawiają w jednym miejscu podstawowe informacje o każdej rekomendacji na potrzeby korespondencji "
      "z adresatami. Opis problemu i uzasadnienie znajdują się w rozdziale 3.")
    n = {0: 0, 1: 0, 2: 0}
    for i, r in enumerate(R):
        n[r["area"]] += 1
        code = "%s%d" % ("ABC"[r["area"]], n[r["area"]])
        vals = [("Tytuł rekomendacji", r["title"]), ("Obszar", AREAS[r["area"]]), ("Rodzaj", TYPES_PL[r["type"]]),
                ("Adresat", r["resp"]), ("Termin", r["time"]), ("Miernik wdrożenia", r["ind"] or r["ind_txt"]),
                ("Szacowany koszt", r.get("cost") or "nie dotyczy"), ("Miasta zgłaszające barierę", RELATED[i])]
        cap = "Karta rekomendacji %s" % code
        if r.get("inserted"):
            rows = [[{"xml": '<text:p text:style-name="Table_20_Heading">%s</text:p>' % d.ins_inline(cap, *r["inserted"]),
                      "span": 2, "bg": "#dfeadf"}]]
            rows += [[{"t": k, "bold": True}, {"xml": '<text:p text:style-name="Table_20_Contents">%s</text:p>'
                                                      % d.ins_inline(v, *r["inserted"])}] for k, v in vals]
        else:
            rows = [[{"t": "**" + cap + "**", "span": 2, "bg": "#dfeadf"}]]
            rows += [[{"t": k, "bold": True}, v] for k, v in vals]
        d.table(rows, [4, 12], header_rows=0, font_small=False)
    return d


def gold(pages):
    recs = []
    for r in R:
        recs.append({"title": r["title"], "theme": r["theme"], "secondary_themes": r["sec"],
                     "responsible": True, "timeline": True, "cost": bool(r.get("cost")),
                     "indicator": r["ind"] is not None, "type": r["type"],
                     "values": {"responsible": r["resp"], "timeline": r["time"], "cost": r.get("cost"),
                                "funding": r.get("fund"), "indicator": r["ind"]}})
    return {"file": BASE + ".odt", "document_type": "improvement_plan", "city": None, "network": "mobility",
            "status": "final", "text_layer": True, "pages": pages,
            "sections": {"introduction": "present", "diagnosis": "present", "recommendations": "present",
                         "addressees": "present", "implementation": "incomplete"},
            "actions": recs,
            "traps": ["auto_outline_numbering_headings", "cached_toc_stale_wording", "toc_entry_without_body",
                      "tracked_deletion_whole_recommendation", "tracked_insertion_new_recommendation",
                      "tracked_change_inside_deadline_value", "comment_on_deadline_value",
                      "fields_split_prose_and_addressee_table", "landscape_addressee_table",
                      "city_postulates_decoy", "previous_edition_recommendations_decoy",
                      "planned_city_investments_table_decoy", "good_practice_frame_decoy", "reading_guide_frame",
                      "network_meetings_decoy", "implementation_deferral_incomplete", "footnotes",
                      "header_strip_table", "recommendation_codes_only_in_table", "recommendation_cards_annex_duplicate"],
            "notes": "Recommendations are level-3 headings with automatic outline numbering (3.x.y not in text) and "
                     "prose fields (type, indicator, optional cost/funding); addressee and deadline only in the "
                     "landscape table of chapter 'Podmioty właściwe dla wdrożenia rekomendacji' (ToC still says "
                     "'Adresaci rekomendacji'). Recommendation on 0% VAT is a tracked deletion (not counted); the "
                     "'ulice szkolne' catalogue is a tracked insertion (counted). B1 deadline: '2025 r.' deleted, "
                     "'I kw. 2026 r.' inserted → 'nabór w I kw. 2026 r.'. ToC entry '6. Słownik pojęć i skrótów' has "
                     "no body. Implementation chapter holds a single deferral sentence. Annex 4 repeats every recommendation as a "
                     "2-column card (same values; the inserted one marked as a tracked insertion) – count once."}
