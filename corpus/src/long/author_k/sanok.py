"""MID Sanok – sieć Rewitalizacja. ODT built here, exported to PDF by LibreOffice (only the PDF is kept)."""
from odt import Doc

CITY = "Sanok"
BASE = "K1_Sanok_MID_rewitalizacja"

OBJ = [
    ("Cel szczegółowy 1", "Wzmocnienie więzi sąsiedzkich i aktywności obywatelskiej mieszkańców obszaru rewitalizacji",
     "wzrost odsetka mieszkańców uczestniczących w życiu społeczności lokalnej"),
    ("Cel szczegółowy 2", "Poprawa jakości przestrzeni publicznych i dostępności pieszej centrum miasta",
     "odzyskane dla mieszkańców podwórka, ulice i nabrzeże Sanu"),
    ("Cel szczegółowy 3", "Ożywienie gospodarcze Śródmieścia i poprawa warunków mieszkaniowych w zasobie komunalnym",
     "mniej pustostanów w parterach, mniej kopciuchów w kamienicach"),
]

# no, objective idx, title, theme, secondary, responsible, timeline, indicator, years(2025..2028), total, funding,
# gantt quarters (start, end) as index 0 = I kw. 2025, description paragraphs
A = [
    dict(obj=0, title="Centrum Aktywności Sąsiedzkiej „Posada” przy ul. Lipińskiego",
         theme="social_activation", sec=["public_space"],
         resp="Miejski Ośrodek Pomocy Społecznej w Sanoku (MOPS)", time="2025–2027",
         ind="Liczba osób korzystających z oferty CAS rocznie – min. 350",
         years=["380 000", "1 290 000", "680 000", "—"], total="2 350 000 zł",
         fund="FEP 2021–2027 – EFRR (adaptacja budynku) i EFS+ (program działań); wkład własny Gminy 15%",
         gantt=(1, 11),
         desc=["Parter i pierwsze piętro dawnego budynku administracyjnego przy ul. Lipińskiego, od 2019 r. niewykorzystywanego, "
               "zostanie zaadaptowany na centrum aktywności sąsiedzkiej. W budynku znajdą się: sala spotkań na 60 osób, "
               "pracownia rękodzieła, kuchnia społeczna, pokój cichej nauki dla dzieci z rodzin korzystających z pomocy "
               "MOPS oraz punkt poradnictwa prawnego i obywatelskiego.",
               "Program CAS będzie układany wspólnie z Radą Osiedla Posada i organizacjami działającymi w dzielnicy. "
               "Zakładamy zatrudnienie animatora społecznego na pełen etat oraz dwóch asystentów w niepełnym wymiarze; "
               "w pierwszym roku działalności centrum będzie otwarte sześć dni w tygodniu, również w godzinach popołudniowych "
               "i wieczornych, kiedy z oferty mogą skorzystać osoby pracujące w zakładach przemysłowych Posady."]),
    dict(obj=0, title="Sanocki Budżet Sąsiedzki – mikrogranty na inicjatywy mieszkańców obszaru rewitalizacji",
         theme="social_activation", sec=["public_space"],
         resp="Biuro Promocji i Współpracy z Organizacjami Pozarządowymi UM Sanoka", time="2025–2027, trzy edycje",
         ind="Liczba zrealizowanych inicjatyw sąsiedzkich – 30",
         years=["60 000", "60 000", "60 000", "—"], total="180 000 zł (3 × 60 000 zł)",
         fund="budżet Gminy Miasta Sanoka",
         gantt=(1, 11),
         desc=["Mieszkańcy, grupy nieformalne (co najmniej trzy osoby pełnoletnie) oraz organizacje pozarządowe będą mogli "
               "składać wnioski o mikrogranty w wysokości od 1 000 do 5 000 zł na działania sąsiedzkie: sprzątanie "
               "i obsadzanie podwórek, pikniki, warsztaty, kino plenerowe, wspólne naprawy. Wniosek ma mieć jedną stronę, "
               "a rozliczenie – fotograficzne i uproszczone.",
               "Operatorem naboru będzie wyłoniona w konkursie organizacja pozarządowa, która zapewni wsparcie przy pisaniu "
               "wniosków i rozliczeń. Nabory będą ogłaszane wiosną każdego roku."]),
    dict(obj=0, title="Transgraniczna Akademia Liderów Lokalnych Sanok – Humenné",
         theme="social_activation", sec=[],
         resp="Urząd Miasta Sanoka wraz z Mestský úrad Humenné (partner wiodący)", time="IV kw. 2025 – IV kw. 2026",
         ind="Liczba przeszkolonych liderów lokalnych – 40 (w tym 20 z Sanoka)",
         years=["—", "—", "—", "—"], total="118 400 EUR",
         fund="Interreg Polska–Słowacja 2021–2027 (Fundusz Małych Projektów) – 80%; wkład partnerów – 20%",
         gantt=(3, 7),
         desc=["Akademia to cykl sześciu dwudniowych zjazdów, na przemian w Sanoku i w Humenném, dla członków rad osiedli, "
               "nauczycieli, liderów parafialnych i młodzieżowych oraz pracowników socjalnych. Tematy: animacja sąsiedzka, "
               "prowadzenie konsultacji, fundraising, współpraca z samorządem, zarządzanie wolontariatem.",
               "Słowacki partner ma doświadczenie w prowadzeniu centrów komunitarnych w dzielnicach o wysokim udziale "
               "mieszkańców zagrożonych wykluczeniem; strona polska wnosi doświadczenie z budżetów obywatelskich. "
               "Budżet działania jest planowany w euro zgodnie z zasadami programu."]),
    dict(obj=1, title="Przywrócenie funkcji podwórek w kwartale ulic Kościuszki, Jagiellońskiej i Grzegorza",
         theme="public_space", sec=["social_activation"],
         resp="Wydział Gospodarki Komunalnej i Mieszkaniowej UM Sanoka we współpracy ze wspólnotami mieszkaniowymi",
         time="II kw. 2025 – III kw. 2026",
         ind="Liczba zagospodarowanych podwórek – 6 szt.",
         years=["420 000", "1 440 000", "—", "—"], total="1 860 000 zł",
         fund="FEP 2021–2027, Priorytet 5 (ZIT MOF Sanok–Lesko) – 85%; budżet Gminy Miasta Sanoka – 15%",
         gantt=(1, 6),
         desc=["Sześć podwórek wewnątrz kwartału to dziś w większości parkingi „na dziko”, komórki i śmietniki. "
               "Projekty powstaną w formule warsztatów z mieszkańcami każdej posesji (po trzy spotkania na podwórko). "
               "Przewidziano rozbiórkę samowoli budowlanych, nowe nawierzchnie przepuszczalne, zieleń, ławki, wiaty śmietnikowe, "
               "oświetlenie i stojaki rowerowe, a tam, gdzie pozwala przestrzeń – małe place zabaw.",
               "Warunkiem realizacji na gruntach wspólnot jest zawarcie porozumień o użyczeniu na co najmniej 10 lat."]),
    dict(obj=1, title="Strefa zamieszkania w obrębie ulic Grzegorza, Zamkowej i Rynku",
         theme="walking_traffic_calming", sec=["public_space"],
         resp="Zarząd Dróg Miejskich w Sanoku (ZDM)", time="III kw. 2025 – II kw. 2027",
         ind="Długość odcinków objętych strefą zamieszkania – 1,4 km",
         years=["250 000", "1 650 000", "1 200 000", "—"], total="3 100 000 zł",
         fund="Rządowy Fundusz Rozwoju Dróg – 50%; budżet Gminy Miasta Sanoka – 50%",
         gantt=(2, 9),
         desc=["Na ulicach wokół Rynku zostanie wprowadzona strefa zamieszkania (znak D-40) z jednopoziomową nawierzchnią, "
               "esami spowalniającymi i zielenią w donicach i w gruncie. Liczba miejsc postojowych zmniejszy się o ok. 40, "
               "co zostanie zrównoważone udostępnieniem w godzinach popołudniowych parkingu przy ul. Mickiewicza.",
               "Przebudowa będzie prowadzona etapami, tak aby zawsze zapewnić dojazd do posesji i dostawy do lokali usługowych."]),
    dict(obj=1, title="Kładka pieszo-rowerowa nad Sanem z bulwarem łączącym Śródmieście z Olchowcami",
         theme="cycling", sec=["walking_traffic_calming", "public_space"],
         resp="Wydział Inwestycji i Zamówień Publicznych UM Sanoka", time="2026–2028",
         ind="Długość wybudowanej trasy pieszo-rowerowej – 2,3 km, w tym kładka 120 m",
         years=["do oszacowania", "do oszacowania", "do oszacowania", "do oszacowania"], total="do oszacowania",
         fund="FEnIKS 2021–2027 (planowany wniosek) oraz budżet Gminy",
         gantt=(4, 15),
         desc=["Lewy brzeg Sanu pomiędzy mostem na ul. Mostowej a Olchowcami nie ma dziś ciągu pieszego, a mieszkańcy "
               "Olchowców dojeżdżają do centrum wyłącznie przez most drogowy. Planujemy kładkę o długości ok. 120 m oraz "
               "bulwar z drogą dla rowerów, oświetleniem i miejscami odpoczynku.",
               "W 2026 r. zostanie opracowana koncepcja z analizą wariantów przeprawy; koszt inwestycji zostanie określony "
               "po jej przyjęciu. Inwestycja wymaga uzgodnień z Wodami Polskimi (RZGW w Krakowie) i oceny oddziaływania na obszar Natura 2000."]),
    dict(obj=1, title="Ogród społeczny i zielona klasa na skarpie przy ul. Sienkiewicza",
         theme="public_space", sec=["eco_awareness"],
         resp=None, resp_txt="zostanie wskazany po naborze partnerów", time="2026 r.",
         ind="Powierzchnia urządzonej zieleni – 0,35 ha",
         years=["—", "240 000", "—", "—"], total="240 000 zł",
         fund="budżet Gminy Miasta Sanoka; środki sponsorów",
         gantt=(4, 7),
         desc=["Nieużytkowana skarpa przy ul. Sienkiewicza ma zostać zamieniona w ogród społeczny z grządkami podwyższonymi, "
               "kompostownikiem, zbiornikiem na deszczówkę i wiatą pełniącą rolę zielonej klasy dla pobliskich szkół.",
               "Ogród ma prowadzić organizacja lub grupa mieszkańców; do czasu rozstrzygnięcia naboru partnerów realizator nie "
               "został przesądzony."]),
    dict(obj=2, title="„Parter dla przedsiębiorczych” – preferencyjny najem lokali użytkowych w Śródmieściu",
         theme="economic_activation", sec=[],
         resp="Wydział Rozwoju i Funduszy Zewnętrznych UM Sanoka", time="od I kw. 2026 r. (program ciągły)",
         ind=None, ind_txt="—",
         years=["—", "180 000", "180 000", "180 000"], total="540 000 zł",
         fund="budżet Gminy Miasta Sanoka (ulga czynszowa)",
         gantt=(4, 15),
         desc=["W zasobie komunalnym w Śródmieściu pozostaje 23 pustych lokali użytkowych, z czego 14 w parterach "
               "przy ulicach Kościuszki, Jagiellońskiej i Rynku. Program przewiduje najem na trzy lata ze stawką obniżoną "
               "o 70% w pierwszym roku, 50% w drugim i 30% w trzecim dla nowych działalności: rzemiosła, gastronomii "
               "z lokalnymi produktami, usług kreatywnych i handlu specjalistycznego.",
               "Kosztem działania są utracone dochody z czynszów w latach 2026–2028. Zasady programu określi uchwała Rady Miasta."]),
    dict(obj=2, title="Termomodernizacja komunalnych kamienic przy ul. Zamkowej i Podgórze z likwidacją pieców kaflowych",
         theme="low_emission", sec=[],
         resp="Zarząd Budynków Komunalnych w Sanoku (ZBK)", time="do końca 2027 r.",
         ind="Liczba zlikwidowanych źródeł ciepła na paliwo stałe – 48",
         years=["600 000", "1 900 000", "1 700 000", "—"], total="4,2 mln zł",
         fund="WFOŚiGW w Rzeszowie (pożyczka) oraz program „Ciepłe Mieszkanie”; budżet Gminy",
         gantt=(2, 11),
         desc=["Dziewięć kamienic komunalnych z lat 1890–1935 ogrzewanych jest głównie piecami kaflowymi. Zakres prac obejmuje "
               "ocieplenie stropów i ścian od strony podwórek (elewacje frontowe objęte ochroną konserwatorską), wymianę "
               "stolarki, przyłączenie do miejskiej sieci ciepłowniczej oraz likwidację 48 pieców.",
               "Prace będą prowadzone w budynkach zamieszkałych, z zapewnieniem lokali zamiennych na czas najbardziej uciążliwych robót."]),
    dict(obj=None, title="Koordynacja, monitoring i ewaluacja MID",
         theme="other", sec=[],
         resp="Zespół ds. Rewitalizacji w Wydziale Rozwoju i Funduszy Zewnętrznych UM Sanoka", time="2025–2028",
         ind="Liczba raportów monitoringowych – 6 (półroczne)",
         years=["50 000", "55 000", "55 000", "50 000"], total="210 000 zł",
         fund="budżet Gminy Miasta Sanoka",
         gantt=(0, 15),
         desc=["Zespół ds. Rewitalizacji odpowiada za bieżącą koordynację realizatorów, obsługę Lokalnego Partnerstwa, "
               "przygotowanie raportów półrocznych i ewaluację śródokresową. Koszt obejmuje część wynagrodzeń, badania "
               "ankietowe mieszkańców (2026 i 2028) oraz zewnętrzną ewaluację."]),
]

QUARTERS = ["I", "II", "III", "IV"] * 4


def prose_diag(d):
    P = d.p
    d.section_start("DiagnozaKolumny", 2)
    d.h(2, "2.1. Położenie i granice obszaru rewitalizacji")
    P("Sanok, miasto powiatowe w południowo-wschodniej części województwa podkarpackiego, liczy według danych GUS "
      "na koniec 2023 r. 36 214 mieszkańców i od dwóch dekad traci ludność w tempie ok. 0,7% rocznie. Miasto leży nad Sanem, "
      "na styku Pogórza Bukowskiego i Gór Sanocko-Turczańskich, przy drodze krajowej nr 28 i drodze ekspresowej S19 w budowie.",
      notes=["Bank Danych Lokalnych GUS, stan na 31.12.2023 r.; dane o ludności według faktycznego miejsca zamieszkania."])
    P("Obszar rewitalizacji wyznaczony uchwałą Rady Miasta Sanoka w sprawie wyznaczenia obszaru zdegradowanego i obszaru "
      "rewitalizacji obejmuje 148 ha (3,9% powierzchni miasta) i jest zamieszkany przez 7 930 osób (21,9% mieszkańców). "
      "Składa się z dwóch podobszarów: historycznego Śródmieścia z Rynkiem, Wzgórzem Zamkowym i ulicami Kościuszki, "
      "Jagiellońską i Grzegorza oraz robotniczej Posady, rozwijającej się od końca XIX w. wokół warsztatów kolejowych "
      "i fabryki wagonów, z której wyrosła późniejsza fabryka autobusów.",
      notes=["Uchwała Rady Miasta Sanoka z 2023 r. podjęta na podstawie art. 8 ustawy z dnia 9 października 2015 r. "
             "o rewitalizacji (Dz.U. z 2024 r. poz. 278)."])
    P("Oba podobszary łączy to samo: starzejąca się zabudowa z dużym udziałem zasobu komunalnego, niska aktywność "
      "gospodarcza w parterach, koncentracja świadczeniobiorców pomocy społecznej i zaniedbane przestrzenie półprywatne – "
      "podwórka, przejścia bramowe, skarpy. Różni je natomiast charakter problemów: w Śródmieściu dominuje odpływ "
      "funkcji handlowych i turystyczny charakter ruchu, na Posadzie – bezrobocie długotrwałe i ubóstwo energetyczne.")
    d.h(2, "2.2. Ludność i procesy demograficzne")
    P("W latach 2015–2023 liczba mieszkańców obszaru rewitalizacji zmniejszyła się o 9,8%, podczas gdy w całym mieście "
      "o 5,6%. Szybciej rośnie też udział osób w wieku poprodukcyjnym: w Śródmieściu wynosi on już 31,4%, "
      "na Posadzie 27,9%, przy średniej miejskiej 25,1%. Co trzecie gospodarstwo domowe w Śródmieściu to osoba samotna "
      "powyżej 65. roku życia.")
    d.caption("Tabela 1. Ludność obszaru rewitalizacji w latach 2015–2023")
    d.table([["Wyszczególnienie", "2015", "2019", "2023", "Zmiana"],
             ["Śródmieście", "4 310", "4 055", "3 842", "−10,9%"],
             ["Posada", "4 480", "4 301", "4 088", "−8,8%"],
             ["Obszar rewitalizacji", "8 790", "8 356", "7 930", "−9,8%"],
             ["Sanok ogółem", "38 356", "37 418", "36 214", "−5,6%"]], [3, 1.4, 1.4, 1.4, 1.4], width_cm=8.0)
    d.p("Źródło: opracowanie własne UM Sanoka na podstawie ewidencji ludności.", "Source")
    P("Saldo migracji jest ujemne we wszystkich grupach wieku, najsilniej wśród osób 20–34-letnich. Młodzi wyjeżdżają "
      "głównie do Krakowa, Rzeszowa i za granicę; badanie ankietowe z 2024 r. wskazało jako przyczyny brak ofert pracy "
      "dla absolwentów studiów (58% odpowiedzi), brak mieszkań na wynajem w przystępnej cenie (41%) oraz „brak miejsc, "
      "gdzie można spędzić czas” (33%).")
    P("Niepokojący jest spadek liczby urodzeń: w 2023 r. na obszarze rewitalizacji urodziło się 52 dzieci wobec 78 w 2015 r. "
      "Szkoła Podstawowa nr 1 w Śródmieściu ma dziś o 22% mniej uczniów niż dziesięć lat temu, co przekłada się na "
      "dyskusję o przyszłości placówki.")
    d.h(2, "2.3. Sytuacja społeczna")
    P("Wskaźniki społeczne potwierdzają koncentrację problemów. Na 1 000 mieszkańców obszaru przypada 71 osób "
      "korzystających ze świadczeń pomocy społecznej (średnia miejska: 38), a udział bezrobotnych długotrwale w ogólnej "
      "liczbie bezrobotnych sięga 57%. Najczęstsze powody przyznania pomocy to ubóstwo, długotrwała choroba, "
      "niepełnosprawność i bezradność w sprawach opiekuńczo-wychowawczych.")
    d.caption("Tabela 2. Wybrane wskaźniki społeczne (2023 r.)")
    d.table([["Wskaźnik", "Obszar rew.", "Sanok"],
             ["Osoby w rodzinach objętych pomocą MOPS na 1 000 mieszk.", "71", "38"],
             ["Bezrobotni na 100 osób w wieku produkcyjnym", "7,9", "4,6"],
             ["Udział bezrobotnych długotrwale", "57%", "44%"],
             ["Niebieskie Karty na 1 000 mieszk.", "3,1", "1,4"],
             ["Dodatki mieszkaniowe na 1 000 mieszk.", "29", "12"],
             ["Frekwencja w wyborach samorządowych 2024", "38,2%", "47,5%"]], [4, 1.5, 1.5], width_cm=8.0)
    d.p("Źródło: MOPS w Sanoku, PUP w Sanoku, Komenda Powiatowa Policji, PKW.", "Source")
    P("Rozmowy z pracownikami socjalnymi pokazują, że przyczyną wielu problemów jest samotność i brak sieci wsparcia "
      "sąsiedzkiego, a nie wyłącznie niedostatek materialny. Na Posadzie nie działa żaden dom kultury ani klub osiedlowy; "
      "po zamknięciu świetlicy przy ul. Robotniczej w 2018 r. jedynym miejscem spotkań dzieci po lekcjach pozostaje "
      "parafia i boisko szkolne.")
    P("Jednocześnie na obu podobszarach działa kilkanaście aktywnych organizacji: stowarzyszenia seniorów, "
      "klub sportowy, grupa rekonstrukcyjna, koło gospodyń miejskich i dwie grupy nieformalne, które od 2022 r. "
      "organizują sąsiedzkie wymiany rzeczy. To na nich opiera się część działań zaproponowanych w MID.")
    d.h(2, "2.4. Gospodarka i rynek pracy")
    P("Sanok pozostaje ośrodkiem przemysłowym – największym pracodawcą jest producent wyrobów gumowych zatrudniający "
      "ok. 2 800 osób w zakładach w mieście – ale śródmiejska gospodarka usługowa słabnie. Od 2015 r. liczba podmiotów "
      "gospodarczych zarejestrowanych w Śródmieściu spadła o 11%, a przy ulicy Kościuszki, dawnej głównej ulicy handlowej, "
      "co piąty lokal w parterze stoi pusty.")
    P("Handel przeniósł się do dwóch parków handlowych przy ul. Krakowskiej i Lipińskiego. W Śródmieściu utrzymują się "
      "głównie usługi finansowe, apteki, gastronomia nastawiona na ruch turystyczny oraz lombardy. Inwentaryzacja "
      "z listopada 2024 r. wykazała 23 puste lokale użytkowe w zasobie gminnym i co najmniej 31 w zasobie prywatnym.",
      notes=["Inwentaryzacja lokali użytkowych przeprowadzona przez Wydział Rozwoju i Funduszy Zewnętrznych UM Sanoka, "
             "listopad 2024 r.; obejmowała parter i pierwsze piętro budynków przy 14 ulicach."])
    P("Potencjałem pozostaje turystyka: Muzeum Historyczne w Zamku Królewskim z galerią Zdzisława Beksińskiego "
      "oraz Muzeum Budownictwa Ludowego przyciągają łącznie ponad 250 tys. odwiedzających rocznie. Tylko niewielka część "
      "z nich zostaje w mieście dłużej niż kilka godzin – brakuje oferty wieczornej i noclegowej w centrum.")
    d.h(2, "2.5. Przestrzeń, zabudowa i środowisko")
    P("Zabudowa Śródmieścia pochodzi w większości z przełomu XIX i XX w.; 61% budynków mieszkalnych na obszarze "
      "rewitalizacji wzniesiono przed 1945 r. Stan techniczny 27 z 64 budynków komunalnych oceniono jako zły lub "
      "średni z koniecznością remontu kapitalnego. Kamienice ogrzewane są w dużej mierze piecami kaflowymi, "
      "co przy położeniu miasta w dolinie rzeki sprzyja epizodom smogowym w okresie grzewczym.")
    P("Stacja pomiarowa WIOŚ przy ul. Stróżowskiej odnotowała w 2023 r. 24 dni z przekroczeniem dobowej normy PM10, "
      "a w sezonie grzewczym 2022/2023 – 31 dni. Program ograniczania niskiej emisji objął dotąd ok. 40% palenisk na paliwo "
      "stałe w domach jednorodzinnych, ale zasób komunalny w kamienicach pozostał w większości poza programem.",
      notes=["Państwowy Monitoring Środowiska, Roczna ocena jakości powietrza w województwie podkarpackim za 2023 r."])
    P("Przestrzenie publiczne są nierówne jakościowo. Rynek po przebudowie z lat 2011–2013 jest reprezentacyjny, ale pusty "
      "poza sezonem; tuż obok, w głębi kwartałów, podwórka służą jako nieformalne parkingi i składowiska. Nabrzeże Sanu "
      "w granicach obszaru jest niedostępne – od rzeki oddzielają je ogrodzone tereny i strome skarpy. Na Posadzie "
      "brakuje zieleni urządzonej: wskaźnik wynosi 2,1 m² na mieszkańca wobec 9,8 m² w mieście.")
    P("Ruch samochodowy w Śródmieściu jest niewielki, ale chaotyczny: ulice wokół Rynku służą jako skrót i parking "
      "dla osób pracujących w centrum. W pomiarach z maja 2024 r. 35% pojazdów na ul. Grzegorza przekraczało "
      "dopuszczalną prędkość, a chodniki mają miejscami 1,1–1,3 m szerokości.")
    d.h(2, "2.6. Mieszkalnictwo i zasób komunalny")
    P("Gmina Miasta Sanoka jest właścicielem 64 budynków mieszkalnych na obszarze rewitalizacji (w całości lub w części), "
      "w których znajduje się 812 lokali komunalnych i 46 lokali socjalnych. Zasobem zarządza Zarząd Budynków Komunalnych. "
      "Przeciętna powierzchnia lokalu wynosi 41 m², a 18% lokali nie ma łazienki w mieszkaniu – korzystanie ze wspólnych "
      "toalet na półpiętrze wciąż zdarza się w kamienicach przy ul. Zamkowej i Podgórze.")
    d.caption("Tabela 3. Zasób komunalny na obszarze rewitalizacji (2024 r.)")
    d.table([["Wyszczególnienie", "Śródm.", "Posada"],
             ["Budynki gminne (w całości)", "21", "17"],
             ["Budynki we wspólnotach z udziałem Gminy", "19", "7"],
             ["Lokale komunalne", "486", "326"],
             ["Lokale socjalne", "12", "34"],
             ["Lokale ogrzewane piecami na paliwo stałe", "211", "139"],
             ["Zaległości czynszowe (tys. zł)", "1 148", "1 906"]], [4, 1.5, 1.5], width_cm=8.0)
    d.p("Źródło: ZBK w Sanoku, stan na 30.06.2024 r.", "Source")
    P("Na liście oczekujących na przydział lokalu z zasobu gminy jest 137 gospodarstw domowych, w tym 52 oczekujące "
      "na lokal socjalny. Jednocześnie 39 lokali komunalnych pozostaje pustych z powodu złego stanu technicznego – "
      "ich remont przekracza możliwości bieżącego budżetu ZBK, który w 2024 r. wynosił 3,2 mln zł na remonty całego zasobu.")
    P("Ubóstwo energetyczne jest tu zjawiskiem powszechnym. Z badania ankietowego wynika, że 44% gospodarstw domowych "
      "w kamienicach komunalnych ogrzewa tylko część mieszkania, a 29% deklaruje zaległości w opłatach za energię. "
      "Wymiana pieców kaflowych bez jednoczesnego ocieplenia budynków podniosłaby koszty ogrzewania, dlatego "
      "termomodernizacja musi poprzedzać lub towarzyszyć zmianie źródła ciepła.",
      notes=["Definicja ubóstwa energetycznego według art. 5ca ustawy z dnia 10 kwietnia 1997 r. – Prawo energetyczne."])
    d.h(2, "2.7. Kultura, czas wolny i dostępność komunikacyjna")
    P("Oferta kulturalna koncentruje się w Sanockim Domu Kultury i w muzeach; na Posadzie działa jedynie filia "
      "biblioteki miejskiej otwarta trzy dni w tygodniu. Dzieci i młodzież z Posady korzystają z zajęć w centrum, "
      "ale – jak wynika z rozmów z pedagogami – bariera jest nie tylko odległość, lecz także koszt zajęć płatnych "
      "i brak opieki w drodze.")
    P("Posada jest dobrze skomunikowana ze Śródmieściem autobusami Sanockiej Komunikacji Miejskiej (linie nr 2, 5 i 7), "
      "jednak w weekendy częstotliwość spada do jednego kursu na godzinę. Ciąg pieszy wzdłuż ul. Lipińskiego "
      "ma długie odcinki bez przejść dla pieszych, a droga dla rowerów kończy się przed wiaduktem kolejowym. "
      "Z centrum do Olchowców, położonych po drugiej stronie Sanu, prowadzi tylko most drogowy bez wydzielonej "
      "infrastruktury rowerowej.")
    d.caption("Tabela 4. Wybrane dane o ofercie i dostępności (2024 r.)")
    d.table([["Wskaźnik", "Obszar rew.", "Sanok"],
             ["Placówki kultury na 10 tys. mieszk.", "2,5", "3,3"],
             ["Place zabaw ogólnodostępne", "3", "24"],
             ["Kursy autobusowe w sobotę (Posada–centrum)", "17", "—"],
             ["Długość dróg dla rowerów (km)", "1,2", "18,6"]], [4, 1.5, 1.5], width_cm=8.0)
    d.p("Źródło: SDK, SKM, ZDM, opracowanie własne.", "Source")
    d.h(2, "2.8. Dotychczasowe działania rewitalizacyjne")
    P("Sanok prowadzi rewitalizację od 2008 r. Pierwszy Lokalny Program Rewitalizacji koncentrował się na inwestycjach "
      "w przestrzeń reprezentacyjną, drugi – Gminny Program Rewitalizacji na lata 2017–2023 – po raz pierwszy "
      "zawierał projekty społeczne. Najważniejsze zrealizowane przedsięwzięcia zestawiono w tabeli 5; nie są one "
      "przedmiotem niniejszej MID, ale stanowią punkt wyjścia.")
    d.section_end()
    d.caption("Tabela 5. Przedsięwzięcia zrealizowane w ramach wcześniejszych programów rewitalizacji")
    d.table([["Lp.", "Przedsięwzięcie", "Lata", "Wartość", "Źródło"],
             ["1", "Przebudowa płyty Rynku wraz z odtworzeniem studni miejskiej", "2011–2013", "8,4 mln zł", "RPO WP 2007–2013"],
             ["2", "Rewaloryzacja Wzgórza Zamkowego i schodów zamkowych", "2014–2016", "5,1 mln zł", "RPO WP 2007–2013, budżet Gminy"],
             ["3", "Klub Młodzieżowy „Przystań” przy ul. Robotniczej (zamknięty w 2018 r.)", "2015–2018", "0,6 mln zł", "POKL, budżet Gminy"],
             ["4", "Modernizacja Parku Miejskiego im. A. Mickiewicza", "2018–2019", "3,7 mln zł", "RPO WP 2014–2020"],
             ["5", "Program „Aktywny Senior na Posadzie”", "2019–2022", "0,4 mln zł", "RPO WP 2014–2020 (EFS)"],
             ["6", "Remont elewacji kamienic przy ul. Jagiellońskiej 1–13", "2020–2022", "2,9 mln zł", "RPO WP 2014–2020, wspólnoty"]],
            [0.6, 6, 1.5, 1.5, 3])
    d.p("Źródło: sprawozdania z realizacji LPR i GPR, Wydział Rozwoju i Funduszy Zewnętrznych UM Sanoka.", "Source")
    d.section_start("DiagnozaKolumny2", 2)
    P("Ewaluacja GPR z 2024 r. pokazała, że inwestycje w płytę Rynku i wzgórze zamkowe poprawiły wizerunek miasta, "
      "ale nie zatrzymały odpływu mieszkańców ani nie ożywiły parterów. Projekty społeczne były krótkie i kończyły się "
      "wraz z finansowaniem; przykładem jest klub „Przystań”, zamknięty po trzech latach. Wniosek z ewaluacji: "
      "potrzebne są działania trwałe, prowadzone przez lokalnych partnerów i powiązane z inwestycjami.")
    P("Drugim wnioskiem jest potrzeba lepszej koordynacji. Projekty realizowały różne wydziały, a zespół ds. rewitalizacji "
      "powstał dopiero w 2022 r. Stąd w MID osobne działanie poświęcone koordynacji i monitoringowi.")
    d.h(2, "2.9. Wnioski z diagnozy")
    d.bullets(["Obszar rewitalizacji traci mieszkańców szybciej niż miasto, a jego ludność szybko się starzeje.",
               "Problemy społeczne koncentrują się na Posadzie; brakuje tam miejsc spotkań i oferty dla dzieci.",
               "Pustostany w parterach i odpływ handlu osłabiają funkcję centrum.",
               "Zasób komunalny jest w złym stanie i ogrzewany paliwami stałymi.",
               "Podwórka, skarpy i nabrzeże Sanu to niewykorzystany potencjał przestrzeni wspólnych.",
               "Dotychczasowe projekty społeczne nie były trwałe – kończyły się wraz z dotacją."])
    d.section_end()
    d.frame("Ramka 1. Dobre praktyki z Krosna – podwórka projektowane z mieszkańcami",
            ["W ramach wizyty studyjnej w Krośnie (wrzesień 2024 r.) członkowie Lokalnego Partnerstwa poznali program "
             "zagospodarowania podwórek w kwartałach staromiejskich. Każde podwórko projektowano na trzech warsztatach, "
             "a wspólnoty podpisywały porozumienie o utrzymaniu zieleni przez pięć lat.",
             "Krośnieńskie doświadczenie pokazuje, że najwięcej czasu zajmuje uregulowanie stanu prawnego gruntów – "
             "warto zacząć od tego kroku jeszcze przed naborem wniosków o dofinansowanie."])
    d.caption("Tabela 6. Analiza SWOT obszaru rewitalizacji")
    d.table([[{"t": "Mocne strony", "bg": "#d8ead2"}, {"t": "Słabe strony", "bg": "#f4d6d2"}],
             ["• zabytkowy układ urbanistyczny i Wzgórze Zamkowe\n• rozpoznawalne muzea (Beksiński, skansen)\n"
              "• aktywne organizacje seniorów i grupy sąsiedzkie\n• doświadczenie UM w projektach rewitalizacyjnych\n"
              "• stabilni pracodawcy przemysłowi",
              "• odpływ ludności i starzenie się mieszkańców\n• pustostany w parterach Śródmieścia\n"
              "• zły stan techniczny zasobu komunalnego\n• brak miejsc spotkań na Posadzie\n"
              "• niedostępne nabrzeże Sanu\n• krótkotrwałość projektów społecznych"],
             [{"t": "Szanse", "bg": "#d8ead2"}, {"t": "Zagrożenia", "bg": "#f4d6d2"}],
             ["• środki FEP 2021–2027 w formule ZIT MOF Sanok–Lesko\n• budowa drogi S19 i lepsza dostępność\n"
              "• współpraca transgraniczna ze Słowacją\n• rosnące zainteresowanie turystyką w Bieszczadach\n"
              "• program PIM i wymiana doświadczeń w sieci",
              "• wzrost kosztów robót budowlanych\n• konflikty o miejsca parkingowe\n"
              "• gentryfikacja i wzrost czynszów po inwestycjach\n• niska frekwencja w konsultacjach\n"
              "• ograniczone możliwości zadłużania się Gminy"]],
            [1, 1], header_rows=0)
    d.p("Źródło: warsztat SWOT Lokalnego Partnerstwa, 14 listopada 2024 r.", "Source")


def build(toc_pages=None):
    d = Doc(header_cells=("PIM · Sieć Rewitalizacja", "Miejska Inicjatywa Działania", "Gmina Miasta Sanoka"),
            footer_left="MID Sanok – wersja ostateczna", title="Miejska Inicjatywa Działania Sanoka – Rewitalizacja",
            creator="Zespół ds. Rewitalizacji UM Sanoka", date="2025-03-18T12:40:00", accent="#7a2e1f", h1_break=True, margins=(2.0, 2.0, 2.8, 2.5))
    P = d.p
    # ---------------- cover ----------------
    P("", "Standard", master="Cover")
    P("Partnerska Inicjatywa Miast · Sieć tematyczna „Rewitalizacja”", "CoverSmall")
    for _ in range(6):
        P("", "Standard")
    P("MIEJSKA INICJATYWA DZIAŁANIA", "Title")
    P("Sanok – Śródmieście i Posada: sąsiedztwo, które wraca do centrum", "Subtitle")
    for _ in range(8):
        P("", "Standard")
    P("Gmina Miasta Sanoka", "CoverSmall")
    P("Wersja ostateczna, przyjęta Zarządzeniem nr 61/2025 Burmistrza Miasta Sanoka z dnia 14 marca 2025 r.", "CoverSmall")
    P("Sanok, marzec 2025 r.", "CoverSmall")
    # ---------------- ToC ----------------
    P("", "Standard", master="Standard")
    tp = toc_pages or {}
    entries = []
    toc_heads = [
        (1, "1. Wprowadzenie"), (1, "2. Diagnoza obszaru rewitalizacji"), (1, "3. Cele Miejskiej Inicjatywy Działania"),
        (1, "4. Macierz celów i działań"), (1, "5. Opis działań"), (1, "6. Harmonogram realizacji"),
        (1, "7. Budżet i źródła finansowania"), (1, "8. Lokalne Partnerstwo i konsultacje społeczne"),
        (1, "9. Wskaźniki i system monitorowania"), (1, "10. Zarządzanie ryzykiem"), (1, "11. Podsumowanie"),
        (1, "Załącznik nr 1 – Raport z konsultacji społecznych"),
        (1, "Załącznik nr 2 – Wybrane wyniki badania ankietowego mieszkańców")]
    for l, t in toc_heads:
        entries.append((l, t, tp.get(t, "")))
    d.toc(entries)
    # ---------------- 1 ----------------
    d.h(1, "1. Wprowadzenie", master=None)
    P("Niniejszy dokument jest Miejską Inicjatywą Działania (MID) Gminy Miasta Sanoka przygotowaną w ramach Partnerskiej "
      "Inicjatywy Miast (PIM), w sieci tematycznej „Rewitalizacja”. Sieć zrzesza miasta średnie i małe, które pracują "
      "nad odnową zdegradowanych dzielnic; Sanok dołączył do niej w 2023 r., a prace nad MID trwały od czerwca 2024 r. "
      "do lutego 2025 r.")
    P("Rozdział ten nie streszcza dokumentu – jego skrót zamieszczono na końcu, w rozdziale 11. Tutaj wyjaśniamy, jak MID "
      "powstawała i jak się ma do innych dokumentów miasta. MID nie zastępuje Gminnego Programu Rewitalizacji: jest "
      "jego operacyjnym uzupełnieniem na lata 2025–2028, skupionym na kilku przedsięwzięciach, które Lokalne Partnerstwo "
      "uznało za priorytetowe i wykonalne.")
    P("Dokument przygotował Zespół ds. Rewitalizacji w Wydziale Rozwoju i Funduszy Zewnętrznych UM Sanoka, "
      "przy udziale ekspertki sieci PIM oraz członków Lokalnego Partnerstwa. Wykorzystano: wyniki ewaluacji GPR, "
      "badanie ankietowe mieszkańców z 2024 r. (n = 612), dane MOPS, PUP, Policji i GUS, inwentaryzację lokali "
      "użytkowych oraz ustalenia z pięciu warsztatów i dwóch spacerów badawczych.",
      notes=["Badanie CAWI/PAPI przeprowadzone w dniach 2–30 września 2024 r.; 612 kompletnych ankiet, w tym 288 "
             "od mieszkańców obszaru rewitalizacji."])
    P("Zapisy MID są spójne ze Strategią Rozwoju Miasta Sanoka do 2030 r., Strategią ZIT MOF Sanok–Lesko, "
      "Planem Gospodarki Niskoemisyjnej oraz Gminnym Programem Rewitalizacji. Przyjęte rozwiązania uwzględniają "
      "ustawę z dnia 9 października 2015 r. o rewitalizacji oraz wytyczne dotyczące realizacji projektów z udziałem "
      "środków EFRR w zakresie rewitalizacji.")
    P("Wykaz skrótów używanych w dokumencie: **UM** – Urząd Miasta Sanoka; **MOPS** – Miejski Ośrodek Pomocy Społecznej; "
      "**ZDM** – Zarząd Dróg Miejskich; **ZBK** – Zarząd Budynków Komunalnych; **GPR** – Gminny Program Rewitalizacji; "
      "**FEP** – program Fundusze Europejskie dla Podkarpacia 2021–2027; **ZIT** – Zintegrowane Inwestycje Terytorialne; "
      "**MOF** – Miejski Obszar Funkcjonalny; **FEnIKS** – program Fundusze Europejskie na Infrastrukturę, Klimat, "
      "Środowisko; **WFOŚiGW** – Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej; **LP** – Lokalne Partnerstwo.")
    # ---------------- 2 ----------------
    d.h(1, "2. Diagnoza obszaru rewitalizacji")
    P("Diagnoza opiera się na danych za lata 2015–2023 i aktualizuje diagnozę z GPR. Przedstawiono ją w układzie "
      "dwuszpaltowym; tabele zbiorcze i analiza SWOT zamykają rozdział.", "Lead")
    prose_diag(d)
    # ---------------- 3 ----------------
    d.h(1, "3. Cele Miejskiej Inicjatywy Działania")
    P("Cele MID wynikają bezpośrednio z wniosków diagnozy i zostały przyjęte przez Lokalne Partnerstwo na warsztacie "
      "3 grudnia 2024 r. Cel główny ma charakter długookresowy; cele szczegółowe są osiągalne w horyzoncie MID.")
    d.h(2, "3.1. Cel główny")
    P("**Śródmieście i Posada jako dzielnice, w których chce się mieszkać: odwrócenie procesu degradacji społecznej "
      "i przestrzennej obszaru rewitalizacji do 2030 r.**")
    d.h(2, "3.2. Cele szczegółowe")
    for n, (lab, t, eff) in enumerate(OBJ, 1):
        P("**%s – %s.** Oczekiwany efekt: %s." % (lab, t, eff))
    P("Cele szczegółowe odpowiadają trzem wymiarom rewitalizacji – społecznemu, przestrzennemu i gospodarczemu. "
      "Wymiar środowiskowy został ujęty w celu 3 (ubóstwo energetyczne i niska emisja w zasobie komunalnym), "
      "a techniczny – w celach 2 i 3.")
    d.h(2, "3.3. Zgodność z dokumentami strategicznymi")
    P("Cele MID wpisują się w dokumenty strategiczne różnych szczebli. Zestawienie najważniejszych powiązań "
      "przedstawia tabela poniżej; szczegółową analizę zgodności przeprowadzono w GPR i nie jest tu powtarzana.")
    d.caption("Tabela 7. Powiązania celów MID z dokumentami strategicznymi")
    d.table([["Dokument", "Zapis", "CS1", "CS2", "CS3"],
             ["Strategia Rozwoju Miasta Sanoka do 2030 r.", "Cel operacyjny 2.1 „Aktywne i zintegrowane społeczności lokalne”", "X", "", ""],
             ["Strategia Rozwoju Miasta Sanoka do 2030 r.", "Cel operacyjny 3.2 „Atrakcyjne przestrzenie publiczne”", "", "X", ""],
             ["Strategia ZIT MOF Sanok–Lesko", "Kierunek „Rewitalizacja centrów miast”", "X", "X", "X"],
             ["Gminny Program Rewitalizacji", "Cele 1–3", "X", "X", "X"],
             ["Plan Gospodarki Niskoemisyjnej", "Ograniczenie niskiej emisji w zabudowie wielorodzinnej", "", "", "X"],
             ["Strategia Rozwoju Województwa – Podkarpackie 2030", "Obszar 3 „Społeczeństwo i gospodarka oparta na wiedzy”", "X", "", "X"]],
            [4.5, 6.5, 1, 1, 1])
    P("Działania MID nie dublują się z zadaniami finansowanymi w ramach budżetu obywatelskiego. Zespół ds. Rewitalizacji "
      "weryfikuje co roku, czy projekty zgłaszane do budżetu obywatelskiego nie pokrywają się z zakresem działań 2, 4 i 7.")
    # ---------------- 4: matrix ----------------
    d.h(1, "4. Macierz celów i działań")
    P("Poniższa macierz przyporządkowuje działania celom szczegółowym. Numeracja działań jest ciągła i obowiązuje "
      "w pozostałych rozdziałach, w tym w harmonogramie i tabeli budżetowej.")
    d.caption("Tabela 8. Macierz celów szczegółowych i działań MID")
    rows = [["Cel szczegółowy", "Działania", "Zmiana, do której dążymy"]]
    start = 1
    for oi, (lab, t, eff) in enumerate(OBJ):
        acts = [a["title"] for a in A if a["obj"] == oi]
        rows.append([{"t": "**%s.** %s" % (lab, t)},
                     {"xml": d.list_xml(acts, "LNum", "Table_20_Contents_20_Small", start=start)},
                     {"t": eff[0].upper() + eff[1:]}])
        start += len(acts)
    hz = [a["title"] for a in A if a["obj"] is None]
    rows.append([{"t": "**Działanie horyzontalne** (wszystkie cele)"},
                 {"xml": d.list_xml(hz, "LNum", "Table_20_Contents_20_Small", start=start)},
                 {"t": "Sprawna realizacja i rzetelna ocena MID"}])
    d.table(rows, [4, 6, 3.5])
    P("W macierzy nie ujęto projektów komplementarnych finansowanych z innych źródeł ani propozycji mieszkańców "
      "nieprzyjętych do MID – opisano je odpowiednio w rozdziale 7.3 i w załączniku nr 1.")
    # ---------------- 5: descriptions ----------------
    d.h(1, "5. Opis działań")
    P("Dla każdego działania podano zakres, realizatora, okres realizacji i wskaźnik produktu. Koszty i źródła "
      "finansowania zestawiono w rozdziale 7, w tabeli budżetowej według lat.")
    for i, a in enumerate(A, 1):
        P("**Działanie %d. %s**" % (i, a["title"]), "Heading_20_3" if False else "Text_20_body")
        for para in a["desc"]:
            P(para)
        d.bullets(["**Realizator:** %s" % (a["resp"] or a["resp_txt"]),
                   "**Okres realizacji:** %s" % a["time"],
                   "**Wskaźnik produktu:** %s" % (a["ind"] or a["ind_txt"])])
    # ---------------- 6: schedule (landscape) ----------------
    d.h(1, "6. Harmonogram realizacji", master="Landscape")
    P("Harmonogram przedstawia planowane okresy realizacji działań w podziale na kwartały. Dla działania 6 okres "
      "po 2026 r. jest orientacyjny i zależy od wyniku analizy wariantów.")
    d.caption("Tabela 9. Harmonogram realizacji działań MID (wykres Gantta)")
    head1 = [{"t": "Nr"}, {"t": "Działanie"}, {"t": "Okres realizacji"}] + [{"t": str(y), "span": 4} for y in (2025, 2026, 2027, 2028)]
    head2 = [{"t": ""}, {"t": ""}, {"t": ""}] + [{"t": q} for q in QUARTERS]
    grows = [head1, head2]
    for i, a in enumerate(A, 1):
        s, en = a["gantt"]
        grows.append([str(i), a["title"], a["time"]] + [{"t": "", "bg": "#7a2e1f"} if s <= k <= en else "" for k in range(16)])
    d.table(grows, [0.6, 7.5, 3.2] + [0.55] * 16, header_rows=2, width_cm=25.6)
    d.p("Źródło: opracowanie Zespołu ds. Rewitalizacji UM Sanoka.", "Source")
    # ---------------- 7: budget (landscape) ----------------
    d.h(1, "7. Budżet i źródła finansowania")
    d.h(2, "7.1. Budżet według lat")
    P("Łączna wartość działań MID, dla których oszacowano koszty, wynosi 12 680 000 zł oraz 118 400 EUR (działanie 3, "
      "budżetowane w euro zgodnie z zasadami programu Interreg). Kwoty w latach podano w złotych brutto.",
      notes=["Dla celów porównawczych przyjęto kurs 4,30 zł/EUR; wartość działania 3 w złotych wyniesie ok. 509 tys. zł "
             "i zostanie ostatecznie ustalona według kursu z dnia rozliczenia."])
    d.caption("Tabela 10. Budżet MID w podziale na lata (zł)")
    brows = [["Nr", "Działanie", "2025", "2026", "2027", "2028", "Razem", "Źródła finansowania"]]
    for i, a in enumerate(A, 1):
        brows.append([str(i), a["title"]] + a["years"] + [a["total"], a["fund"]])
    brows.append([{"t": "**Ogółem**", "span": 2}, "1 760 000", "6 815 000", "3 875 000", "230 000",
                  "**12 680 000 zł + 118 400 EUR**", ""])
    d.table(brows, [0.6, 6.2, 1.7, 1.7, 1.7, 1.7, 2.6, 6.5], width_cm=25.6)
    d.p("Źródło: opracowanie własne; kwoty orientacyjne według cen z IV kw. 2024 r.", "Source")
    d.h(2, "7.2. Źródła finansowania", master="Standard")
    P("Podstawowym źródłem finansowania inwestycji będą środki programu Fundusze Europejskie dla Podkarpacia 2021–2027 "
      "dostępne w formule ZIT MOF Sanok–Lesko. Gmina zabezpieczyła w Wieloletniej Prognozie Finansowej wkład własny "
      "na lata 2025–2027. Działanie 3 będzie finansowane z Funduszu Małych Projektów programu Interreg Polska–Słowacja, "
      "a działanie 9 – z pożyczki WFOŚiGW w Rzeszowie uzupełnionej dotacjami programu „Ciepłe Mieszkanie” dla najemców.")
    P("Dla działania 6 (kładka i bulwar) koszt nie został jeszcze oszacowany; wniosek do programu FEnIKS zostanie "
      "przygotowany po opracowaniu koncepcji. Ryzyko braku finansowania opisano w rozdziale 10.")
    d.h(2, "7.3. Projekty komplementarne")
    P("Obok działań MID w obszarze rewitalizacji będą realizowane projekty finansowane z innych źródeł, które wzmacniają "
      "efekty MID. Nie są one działaniami MID i nie są objęte jej budżetem.")
    d.caption("Tabela 11. Projekty komplementarne (poza budżetem MID)")
    d.table([["Projekt", "Podmiot", "Źródło", "Okres"],
             ["Przebudowa ul. Mickiewicza z budową ronda przy ul. Lipińskiego", "Powiatowy Zarząd Dróg w Sanoku", "RFRD", "2025–2026"],
             ["Termomodernizacja Szkoły Podstawowej nr 1", "Gmina Miasta Sanoka", "FEnIKS", "2025"],
             ["Rozbudowa Muzeum Historycznego – pawilon edukacyjny", "Muzeum Historyczne w Sanoku", "KPO", "2025–2027"],
             ["Klub Senior+ przy ul. Jagiellońskiej", "Gmina Miasta Sanoka", "program „Senior+”", "2025"]],
            [6, 4, 2.5, 2])
    # ---------------- 8: partnership ----------------
    d.h(1, "8. Lokalne Partnerstwo i konsultacje społeczne")
    d.h(2, "8.1. Skład Lokalnego Partnerstwa")
    P("Lokalne Partnerstwo (LP) powołano zarządzeniem Burmistrza w lipcu 2024 r. Liczy 19 członków: przedstawicieli "
      "wydziałów UM i jednostek miejskich (MOPS, ZDM, ZBK, Sanockiego Domu Kultury), rad osiedli Śródmieście i Posada, "
      "sześciu organizacji pozarządowych, dwóch szkół, parafii, Cechu Rzemiosł Różnych oraz dwóch przedsiębiorców. "
      "Pracami LP kieruje koordynatorka MID, a moderacją warsztatów zajmowała się ekspertka sieci PIM.")
    d.h(2, "8.2. Spotkania Lokalnego Partnerstwa")
    d.caption("Tabela 12. Wykaz spotkań i warsztatów Lokalnego Partnerstwa")
    d.table([["Lp.", "Spotkanie", "Data", "Uczestnicy"],
             ["1", "Spotkanie inauguracyjne LP", "11 lipca 2024 r.", "17"],
             ["2", "Spacer badawczy po Posadzie", "5 września 2024 r.", "23"],
             ["3", "Spacer badawczy po Śródmieściu", "12 września 2024 r.", "19"],
             ["4", "Warsztat diagnostyczny i analiza SWOT", "14 listopada 2024 r.", "21"],
             ["5", "Warsztat „Cele i priorytety”", "3 grudnia 2024 r.", "18"],
             ["6", "Warsztat „Działania – co, kto, za ile”", "16 stycznia 2025 r.", "20"],
             ["7", "Warsztat podsumowujący konsultacje", "20 lutego 2025 r.", "16"]], [0.8, 7, 3, 2])
    d.h(2, "8.3. Konsultacje społeczne")
    P("Projekt MID był konsultowany w dniach 20 stycznia – 14 lutego 2025 r. zgodnie z uchwałą Rady Miasta Sanoka "
      "w sprawie zasad i trybu przeprowadzania konsultacji społecznych. Zastosowano: formularz uwag (papierowy "
      "i elektroniczny), dwa spotkania otwarte (Posada – 28 stycznia, Śródmieście – 30 stycznia), punkt konsultacyjny "
      "w Sanockim Domu Kultury oraz dyżury w szkołach w godzinach wywiadówek.")
    P("Zebrano 74 uwagi i propozycje od 41 osób i 5 organizacji. Najwięcej dotyczyło parkowania w strefie zamieszkania, "
      "godzin otwarcia CAS „Posada” i przejrzystości naboru mikrograntów. Sposób rozpatrzenia uwag przedstawiono "
      "w załączniku nr 1.")
    d.frame("Ramka 2. Głos mieszkańców",
            ["„Na Posadzie nie ma gdzie pójść z dzieckiem po południu. Jak będzie to centrum, to niech będzie otwarte "
             "wtedy, kiedy ludzie wracają z pracy, a nie do piętnastej.” – uczestniczka spotkania 28 stycznia 2025 r.",
             "„Podwórko to nie parking. Ale jak zabierzecie miejsca, to dajcie gdzie indziej.” – mieszkaniec ul. Grzegorza"])
    # ---------------- 9: indicators ----------------
    d.h(1, "9. Wskaźniki i system monitorowania")
    P("Wskaźniki produktu przypisano poszczególnym działaniom w rozdziale 5. Poniżej przedstawiono wskaźniki rezultatu "
      "na poziomie celów szczegółowych, wraz z wartościami bazowymi i docelowymi.")
    d.caption("Tabela 13. Wskaźniki rezultatu MID")
    d.table([["Cel", "Wskaźnik rezultatu", "Wartość bazowa (2024)", "Wartość docelowa (2028)", "Źródło danych"],
             ["CS1", "Odsetek mieszkańców obszaru uczestniczących w działaniach sąsiedzkich", "12%", "25%", "badanie ankietowe"],
             ["CS1", "Liczba aktywnych organizacji i grup nieformalnych na obszarze", "14", "22", "rejestr UM"],
             ["CS2", "Odsetek mieszkańców zadowolonych z przestrzeni publicznych", "34%", "55%", "badanie ankietowe"],
             ["CS2", "Udział pojazdów przekraczających prędkość na ul. Grzegorza", "35%", "10%", "pomiary ZDM"],
             ["CS3", "Liczba pustych lokali użytkowych w zasobie gminnym", "23", "10", "ewidencja ZBK"],
             ["CS3", "Liczba dni z przekroczeniem normy PM10", "24", "15", "PMŚ"]], [1, 6, 2.2, 2.2, 2.5])
    P("Monitoring prowadzi Zespół ds. Rewitalizacji. Realizatorzy przekazują dane o postępie rzeczowym i finansowym "
      "co pół roku (do 15 stycznia i 15 lipca). Raport półroczny jest przedstawiany Lokalnemu Partnerstwu i publikowany "
      "w Biuletynie Informacji Publicznej. W 2026 r. przeprowadzona zostanie ewaluacja śródokresowa, a w 2028 r. – "
      "ewaluacja końcowa z powtórzeniem badania ankietowego mieszkańców.")
    P("Jeżeli wskaźnik produktu jest zagrożony (odchylenie powyżej 20% od planu), koordynatorka MID przedstawia LP "
      "propozycję działań naprawczych, a w razie potrzeby – zmianę MID w trybie zarządzenia Burmistrza.")
    # ---------------- 10: risks (deferral) ----------------
    d.h(1, "10. Zarządzanie ryzykiem")
    P("[Analiza ryzyk zostanie uzupełniona po zakończeniu konsultacji z realizatorami działań – do uzupełnienia "
      "przez Wydział Inwestycji i ZBK.]")
    # ---------------- 11: summary ----------------
    d.h(1, "11. Podsumowanie")
    P("Miejska Inicjatywa Działania Sanoka odpowiada na główne problemy Śródmieścia i Posady: odpływ i starzenie się "
      "mieszkańców, koncentrację ubóstwa, pustostany w parterach, zły stan zasobu komunalnego i brak przestrzeni "
      "wspólnych. Cel główny – odwrócenie procesu degradacji do 2030 r. – realizują trzy cele szczegółowe: "
      "wzmocnienie więzi sąsiedzkich, poprawa jakości przestrzeni publicznych oraz ożywienie gospodarcze i poprawa "
      "warunków mieszkaniowych.")
    P("MID obejmuje dziesięć działań na lata 2025–2028 o łącznej szacowanej wartości 12,68 mln zł oraz 118,4 tys. EUR, "
      "z czego największe to termomodernizacja kamienic komunalnych, strefa zamieszkania wokół Rynku i Centrum "
      "Aktywności Sąsiedzkiej „Posada”. Koszt kładki nad Sanem zostanie oszacowany po opracowaniu koncepcji. "
      "Podstawą finansowania są środki FEP 2021–2027 w formule ZIT, Interreg Polska–Słowacja, WFOŚiGW i budżet Gminy.")
    P("Dokument powstał w procesie partycypacyjnym: siedem spotkań Lokalnego Partnerstwa, dwa spacery badawcze "
      "i konsultacje społeczne, w których zgłoszono 74 uwagi. Realizację będzie koordynował Zespół ds. Rewitalizacji, "
      "a postęp będzie raportowany co pół roku.")
    # ---------------- Annex 1 ----------------
    d.h(1, "Załącznik nr 1 – Raport z konsultacji społecznych")
    P("W tabeli zestawiono propozycje mieszkańców zgłoszone w konsultacjach wraz ze stanowiskiem Zespołu ds. Rewitalizacji. "
      "Propozycje uwzględnione zostały wprowadzone do opisu istniejących działań; nie stanowią odrębnych działań MID.")
    d.caption("Tabela 14. Propozycje zgłoszone w konsultacjach i sposób ich rozpatrzenia")
    d.table([["Nr", "Propozycja", "Zgłaszający", "Stanowisko"],
             ["1", "Wydłużenie godzin otwarcia CAS „Posada” do godz. 20:00", "mieszkanka Posady", "uwzględniono (działanie 1)"],
             ["2", "Uproszczony wniosek o mikrogrant – jedna strona", "Stowarzyszenie „Sąsiedzi z Posady”", "uwzględniono (działanie 2)"],
             ["3", "Budowa parkingu wielopoziomowego przy ul. Kościuszki", "mieszkaniec Śródmieścia", "nie uwzględniono – sprzeczne z celem 2, brak terenu"],
             ["4", "Zadaszone stojaki rowerowe na podwórkach", "Rada Osiedla Śródmieście", "uwzględniono (działanie 4)"],
             ["5", "Monitoring wizyjny na wszystkich podwórkach", "wspólnota mieszkaniowa ul. Grzegorza", "nie uwzględniono – poza zakresem MID, przekazano do Straży Miejskiej"],
             ["6", "Lodowisko sezonowe na Rynku", "radny Rady Miasta", "nie uwzględniono – propozycja do budżetu obywatelskiego"],
             ["7", "Preferencje w programie „Parter dla przedsiębiorczych” dla rzemiosła", "Cech Rzemiosł Różnych", "uwzględniono (działanie 8)"],
             ["8", "Przywrócenie autobusu linii nr 5 na Posadę w weekendy", "mieszkańcy ul. Robotniczej", "przekazano do Sanockiej Komunikacji Miejskiej"],
             ["9", "Mural o historii fabryki autobusów na ścianie przy ul. Lipińskiego", "grupa nieformalna „Autosanki”", "nie uwzględniono jako działanie – możliwy mikrogrant w działaniu 2"]],
            [0.6, 6.5, 3.7, 5])
    P("Uwagi nieuwzględnione przekazano właściwym jednostkom. Pełna lista uwag wraz z uzasadnieniami jest dostępna "
      "w Biuletynie Informacji Publicznej UM Sanoka.")
    d.h(1, "Załącznik nr 2 – Wybrane wyniki badania ankietowego mieszkańców")
    P("Badanie przeprowadzono we wrześniu 2024 r. metodą mieszaną (ankieta internetowa i wywiady ankieterskie "
      "w punktach na Posadzie i w Śródmieściu). Poniżej przedstawiono odpowiedzi mieszkańców obszaru rewitalizacji "
      "(n = 288) na tle pozostałych mieszkańców miasta (n = 324).")
    d.caption("Tabela 15. Ocena warunków życia w miejscu zamieszkania (odsetek ocen „dobrze” i „bardzo dobrze”)")
    d.table([["Aspekt", "Obszar rewitalizacji", "Pozostała część miasta"],
             ["Bezpieczeństwo w miejscu zamieszkania", "48%", "71%"],
             ["Czystość i estetyka otoczenia", "31%", "64%"],
             ["Dostęp do terenów zielonych", "37%", "69%"],
             ["Oferta spędzania czasu wolnego dla dzieci", "22%", "46%"],
             ["Oferta dla seniorów", "41%", "44%"],
             ["Stan techniczny budynku, w którym mieszkam", "29%", "62%"],
             ["Dostępność sklepów i usług", "66%", "58%"],
             ["Relacje z sąsiadami", "52%", "57%"]], [7, 3.5, 3.5], font_small=False)
    d.caption("Tabela 16. Co najbardziej poprawiłoby jakość życia w Pani/Pana okolicy? (do 3 odpowiedzi)")
    d.table([["Odpowiedź", "Obszar rewitalizacji", "Pozostała część miasta"],
             ["Uporządkowanie podwórek i zieleni", "54%", "28%"],
             ["Miejsce spotkań i zajęć dla dzieci i młodzieży", "47%", "31%"],
             ["Remonty budynków komunalnych", "45%", "12%"],
             ["Więcej miejsc parkingowych", "39%", "42%"],
             ["Bezpieczniejsze ulice i chodniki", "33%", "36%"],
             ["Dostęp do rzeki – bulwar, ścieżki", "29%", "34%"],
             ["Nowe sklepy i lokale gastronomiczne w centrum", "26%", "38%"],
             ["Lepsza komunikacja miejska", "18%", "21%"]], [7, 3.5, 3.5], font_small=False)
    P("Wyniki potwierdzają wnioski diagnozy: mieszkańcy obszaru rewitalizacji znacznie gorzej niż pozostali oceniają "
      "estetykę otoczenia, stan budynków i ofertę dla dzieci, lepiej natomiast – dostępność usług, co wynika "
      "z centralnego położenia. Uwagę zwraca wysoki odsetek wskazań na miejsca parkingowe, który w konsultacjach "
      "przełożył się na liczne uwagi do działania 5.")
    P("W pytaniu otwartym o „jedną rzecz, którą należy zmienić” najczęściej pojawiały się: podwórka i śmietniki, "
      "świetlica lub klub na Posadzie, piece i smog zimą oraz „puste sklepy na Kościuszki”. Kilkanaście osób "
      "wskazało potrzebę przywrócenia przeprawy przez San w rejonie dawnego brodu przy Olchowcach.")
    return d


def gold(pages):
    acts = []
    for a in A:
        cost = a["total"] if a["total"] != "do oszacowania" else None
        acts.append({"title": a["title"], "theme": a["theme"], "secondary_themes": a["sec"],
                     "responsible": a["resp"] is not None, "timeline": True, "cost": cost is not None,
                     "indicator": a["ind"] is not None, "type": None,
                     "values": {"responsible": a["resp"], "timeline": a["time"], "cost": cost,
                                "funding": a["fund"], "indicator": a["ind"]}})
    return {"file": BASE + ".pdf", "document_type": "mid", "city": CITY, "network": "revitalisation",
            "status": "final", "text_layer": True, "pages": pages,
            "sections": {"summary": "present", "context": "present", "objectives": "present", "actions": "present",
                         "schedule": "present", "budget": "present", "stakeholders": "present",
                         "indicators": "present", "risks": "incomplete"},
            "actions": acts,
            "traps": ["summary_at_end_podsumowanie", "wprowadzenie_not_summary", "two_column_diagnosis_section",
                      "actions_numbered_list_in_matrix_cell", "objectives_actions_matrix",
                      "fields_split_prose_and_budget_table", "budget_table_per_year", "cost_in_euro_only",
                      "cost_per_edition_expression", "cost_to_be_estimated", "responsible_not_assigned",
                      "indicator_dash", "gantt_landscape_section", "past_projects_table_decoy",
                      "complementary_projects_decoy", "partnership_meetings_decoy", "residents_proposals_decoy",
                      "rejected_proposals_decoy", "good_practice_frame_decoy", "quote_frame_decoy",
                      "objectives_decoy", "risks_deferral_incomplete", "footnotes", "header_strip_table",
                      "cached_toc"],
            "notes": "ODT written by hand-built ODF XML and exported to PDF by LibreOffice; only the PDF is kept. "
                     "Actions first appear as an auto-numbered list inside the objectives/actions matrix cell (numbers "
                     "not in text), then as bold lead-in paragraphs 'Działanie N. …' with responsible/timeline/indicator "
                     "bullets; cost and funding only in the landscape budget table per year keyed by number. "
                     "Action 3 is budgeted in EUR only. Action 6 cost 'do oszacowania' → null. Action 7 responsible "
                     "'zostanie wskazany po naborze partnerów' → null. Action 8 indicator '—' → null. Risks chapter "
                     "holds only a bracketed deferral. Summary is the closing chapter 'Podsumowanie'."}
