"""Plan Ulepszeń of the air-quality network – ODT, final.

Headings are bold paragraphs (no text:h).  Addressees = 'TBD' placeholder
(incomplete); there is no implementation section at all (missing).
Recommendations give type and horizon but no addressee (responsible false).
"""
from hkit import Act, Actions, Doc, L, P, Section

TYPES = {"legal": "zmiana przepisów", "financial": "instrument finansowy",
         "organisational": "rozwiązanie organizacyjne", "knowledge": "wiedza i kompetencje"}

RECS = [
    Act("Uprawnienie straży gminnych do kontroli palenisk w godzinach wieczornych bez "
        "uprzedzenia", "low_emission", type="legal",
        description="Obecne przepisy pozwalają kontrolować paleniska w domach jednorodzinnych "
        "tylko w godzinach 6–22 i w praktyce zwykle po wcześniejszym uprzedzeniu. Miasta "
        "proponują doprecyzowanie ustawy – Prawo ochrony środowiska tak, aby kontrola mogła "
        "odbyć się bez uprzedzenia w dni ogłoszonego alertu smogowego.",
        timeline="2026"),
    Act("Stałe finansowanie etatów ekodoradców gminnych po 2026 r.", "eco_awareness",
        type="financial",
        description="Ekodoradcy finansowani dotąd z projektu LIFE i środków programu "
        "„Czyste Powietrze” okazali się najskuteczniejszym narzędziem dotarcia do "
        "mieszkańców. Po zakończeniu projektów gminy nie będą w stanie utrzymać tych etatów "
        "samodzielnie.",
        timeline="od 2027 r.", cost="ok. 60 mln zł rocznie w skali kraju",
        indicator="liczba gmin zatrudniających ekodoradcę"),
    Act("Udostępnienie gminom danych z CEEB w otwartym formacie", "other",
        type="organisational",
        description="Dane z Centralnej Ewidencji Emisyjności Budynków są dla gmin trudno "
        "dostępne i niekompletne. Potrzebny jest regularny eksport danych dla każdej gminy w "
        "formacie umożliwiającym analizy przestrzenne.",
        timeline="2025–2026"),
    Act("Standard jakości czujników niskokosztowych i ich integracja z Państwowym "
        "Monitoringiem Środowiska", "other", type="knowledge",
        description="Miasta sieci utrzymują łącznie ponad 300 czujników, ale ich wyniki nie są "
        "porównywalne. Sieć proponuje opracowanie wytycznych kalibracji i prezentacji danych "
        "oraz ich publikację obok danych ze stacji referencyjnych.",
        indicator="liczba miejskich sieci czujników zintegrowanych z portalem jakości "
        "powietrza"),
    Act("Preferencyjne opłaty przyłączeniowe do sieci ciepłowniczej w obszarach przekroczeń",
        "low_emission", type="financial",
        description="Wysokie opłaty przyłączeniowe zniechęcają właścicieli kamienic do "
        "przyłączenia do sieci. Proponowany jest mechanizm dopłat do przyłączy w obszarach, "
        "w których stwierdzono przekroczenia norm jakości powietrza.",
        timeline="2027", indicator="liczba przyłączy zrealizowanych z dopłatą"),
    Act("Ogólnopolska baza dobrych praktyk gminnych programów antysmogowych", "eco_awareness",
        type="knowledge",
        description="Zebranie w jednym miejscu wzorów uchwał, regulaminów dotacji, procedur "
        "kontroli i materiałów edukacyjnych opracowanych przez miasta sieci i udostępnienie "
        "ich innym gminom.",
        timeline="2025"),
]


def build() -> Doc:
    body = [
        Section("introduction", "1. Po co ten plan", [
            P("Plan Ulepszeń jest wspólnym dokumentem miast tworzących sieć tematyczną "
              "„Jakość powietrza” w Partnerskiej Inicjatywie Miast: Konina, Legnicy, "
              "Ostrowca Świętokrzyskiego, Przemyśla, Skierniewic, Świdnicy i Zawiercia. Zbiera on problemy, których miasta nie są w stanie rozwiązać "
              "samodzielnie, ponieważ wynikają z przepisów, zasad finansowania lub braku "
              "danych na poziomie krajowym."),
            P("Dokument powstał w trakcie czterech spotkań sieci w 2024 r. oraz warsztatu "
              "podsumowującego w styczniu 2025 r. Każda rekomendacja została przedyskutowana "
              "przez wszystkie miasta i uzyskała poparcie co najmniej pięciu z nich. Plan "
              "uzupełnia Miejskie Inicjatywy Działania, w których miasta opisały działania "
              "możliwe do wykonania w ramach ich własnych kompetencji."),
        ]),
        Section("diagnosis", "2. Bariery zgłoszone przez miasta", [
            P("**2.1. Bariery prawne**", align="left"),
            P("Miasta zgodnie wskazują, że uprawnienia kontrolne straży gminnych są "
              "niewystarczające: kontrola w godzinach wieczornych, gdy spala się najwięcej "
              "odpadów, napotyka przeszkody formalne, a postępowania kończą się zwykle "
              "mandatem w niskiej wysokości. Uchwały antysmogowe sejmików są egzekwowane w "
              "różnym stopniu, a gminy nie mają narzędzi, by wymusić wymianę kotła u "
              "właściciela, który nie wystąpi o dotację."),
            P("**2.2. Bariery finansowe**", align="left"),
            P("Budżety gmin nie udźwigną trwałego finansowania doradztwa i wsparcia dla "
              "najuboższych mieszkańców. Programy krajowe są zmieniane kilka razy w roku, co "
              "podważa zaufanie mieszkańców i wykonawców. Koszty przyłączenia do sieci "
              "ciepłowniczej w starej zabudowie są wysokie, a przedsiębiorstwa ciepłownicze "
              "przerzucają je na odbiorców."),
            P("**2.3. Bariery organizacyjne i informacyjne**", align="left"),
            P("Gminy mają ograniczony dostęp do danych z Centralnej Ewidencji Emisyjności "
              "Budynków, a dane z czujników niskokosztowych nie są porównywalne z danymi "
              "Państwowego Monitoringu Środowiska. Wiedza o skutecznych rozwiązaniach "
              "pozostaje rozproszona – każde miasto od nowa opracowuje regulaminy, procedury "
              "i materiały edukacyjne."),
            L(["bariery prawne zgłosiło 7 z 7 miast,",
               "bariery finansowe – 6 z 7 miast,",
               "bariery informacyjne – 5 z 7 miast."]),
        ]),
        Section("recommendations", "3. Propozycje zmian", [
            P("Poniżej przedstawiono sześć rekomendacji sieci. Przy każdej wskazano jej rodzaj "
              "oraz – jeśli to było możliwe – horyzont czasowy, szacowany koszt i miernik "
              "powodzenia."),
            Actions(RECS, mode="kv", prefix="Propozycja {i}: ", heading="bold",
                    type_labels=TYPES, type_label="Rodzaj",
                    labels={"timeline": "Horyzont", "cost": "Szacowany koszt",
                            "indicator": "Miernik"},
                    order=("timeline", "cost", "indicator")),
        ]),
        Section("addressees", "4. Adresaci", [
            P("TBD – zostanie opracowane w kolejnym etapie."),
        ], status="incomplete"),
        Section((), "Kontakt", [
            P("Koordynator sieci „Jakość powietrza”: Związek Miast Polskich, Biuro PIM, "
              "e-mail: siec.powietrze@pim.example.pl", align="left"),
        ]),
    ]
    return Doc(
        stem="plan_ulepszen_powietrze_siec", fmt="odt", document_type="improvement_plan",
        city=None, network="air_quality", status="final",
        notes="ODT Plan Ulepszeń without text:h headings: headings are bold paragraphs with an "
              "automatic style ('1. Po co ten plan', '2. Bariery zgłoszone przez miasta', "
              "'3. Propozycje zmian', '4. Adresaci', 'Kontakt'). Addressees section contains "
              "only 'TBD – zostanie opracowane w kolejnym etapie.' -> incomplete. There is NO "
              "implementation section -> missing. Recommendations ('Propozycja n: …') state "
              "type ('Rodzaj') and sometimes horizon / cost / measure, but never an addressee, "
              "so responsible is false for all. Rec. 4 has no horizon.",
        title="Plan Ulepszeń – sieć Jakość powietrza", author="Sieć tematyczna Jakość powietrza",
        title_page=[("org", "Partnerska Inicjatywa Miast"),
                    ("space", "2"),
                    ("title", "Plan Ulepszeń"),
                    ("sub", "Sieć tematyczna „Jakość powietrza”"),
                    ("meta", "Konin · Legnica · Ostrowiec Świętokrzyski · Przemyśl · "
                             "Skierniewice · Świdnica · Zawiercie"),
                    ("space", "6"),
                    ("meta", "luty 2025")],
        body=body, header="PIM · Plan Ulepszeń · Jakość powietrza",
        style=dict(font="Liberation Sans", heading_font="Liberation Sans", size=10.5,
                   heading_mode="bold", accent="#375623", fake_size="13.5pt"),
    )
