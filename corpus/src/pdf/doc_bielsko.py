"""MID Bielsko-Biała – urban mobility.

Layout features: two-column body (BaseDocTemplate with two Frames), full-width
title block on page 1, ALL-CAPS bold headings with Roman numbering, actions as
numbered sub-sections "Działanie N. …" described in prose, no summary section,
and a schedule section that is only a placeholder sentence.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate,
                                PageTemplate, Paragraph, Spacer)
from reportlab.lib.styles import ParagraphStyle

from pdfcommon import (DOC_DIR, Action, Bullets, Section, Special, blocks_to_flowables,
                       make_styles, write_gold)

FILE = "mid_bielsko_biala_mobilnosc.pdf"
CITY = "Bielsko-Biała"
FONT = "LiberationSans"

ACTIONS = [
    Action("Wydzielone pasy autobusowe na ul. Warszawskiej i ul. Partyzantów",
           "public_transport",
           description="Na odcinkach o największym natężeniu ruchu autobusy MZK tracą w godzinach "
                       "szczytu nawet 9 minut na kursie. Wyznaczenie pasów autobusowych na łącznej "
                       "długości 3,1 km, połączone z reorganizacją zatok przystankowych i miejsc "
                       "postojowych, pozwoli skrócić czas przejazdu i poprawić punktualność linii "
                       "1, 2, 7 i 9.",
           responsible="Miejski Zarząd Dróg w Bielsku-Białej",
           timeline="2025–2026", cost="4,6 mln zł",
           indicator="długość wyznaczonych buspasów – 3,1 km"),
    Action("Priorytet dla autobusów komunikacji miejskiej w sygnalizacji świetlnej",
           "public_transport", secondary_themes=["other"],
           description="System priorytetu zostanie wdrożony na 24 skrzyżowaniach wyposażonych w "
                       "sygnalizację akomodacyjną. Autobus zbliżający się do skrzyżowania będzie "
                       "zgłaszał się do sterownika, który wydłuży fazę zieloną lub skróci fazę "
                       "kolizyjną, jeżeli pozwoli na to sytuacja ruchowa.",
           responsible="Miejski Zarząd Dróg we współpracy z MZK",
           timeline="2025–2027", cost="2,9 mln zł",
           indicator="liczba skrzyżowań z priorytetem – 24"),
    Action("Budowa trasy rowerowej wzdłuż rzeki Białej",
           "cycling", secondary_themes=["public_space"],
           description="Trasa o długości 6,8 km połączy Mikuszowice Śląskie ze Śródmieściem i "
                       "Komorowicami, wykorzystując bulwary nad Białą. Projekt obejmuje również "
                       "oświetlenie, miejsca odpoczynku i zieleń, dzięki czemu trasa będzie pełniła "
                       "funkcję rekreacyjną.",
           responsible="Miejski Zarząd Dróg w Bielsku-Białej",
           timeline="2026–2028", cost="18,2 mln zł",
           indicator="długość trasy rowerowej – 6,8 km"),
    Action("Strefa Tempo 30 na Starym Mieście i w Śródmieściu",
           "walking_traffic_calming",
           description="Obszar ograniczonej prędkości obejmie ulice między placem Chrobrego, "
                       "ul. 3 Maja i ul. Piastowską. Poza oznakowaniem przewidziano progi zwalniające, "
                       "wyniesione przejścia dla pieszych i zawężenia jezdni przy szkołach.",
           responsible="Wydział Strategii i Rozwoju Miasta UM",
           timeline="2025", cost="1,1 mln zł",
           indicator="powierzchnia strefy Tempo 30 – 1,4 km²"),
    Action("Program „Szkolna ulica” – bezpieczne dojścia do szkół",
           "walking_traffic_calming", secondary_themes=["eco_awareness"],
           description="W pierwszym etapie przed pięcioma szkołami podstawowymi zostaną wprowadzone "
                       "czasowe zamknięcia ulic dla ruchu samochodowego w godzinach rozpoczynania "
                       "zajęć. Rodzice i uczniowie wezmą udział w warsztatach planowania bezpiecznych "
                       "tras, a szkoły otrzymają wiaty na hulajnogi i rowery.",
           responsible="Wydział Edukacji UM",
           timeline="2025–2027", cost=None,
           indicator="liczba szkół objętych programem – 5"),
    Action("Parkingi „Parkuj i Jedź” przy pętlach autobusowych w Wapienicy i Mikuszowicach",
           "public_transport", secondary_themes=["other"],
           description="Dwa parkingi na łącznie 260 samochodów z wiatą rowerową i biletomatem "
                       "pozwolą mieszkańcom gmin ościennych pozostawić samochód na granicy miasta "
                       "i kontynuować podróż autobusem.",
           responsible="Miejski Zarząd Dróg w Bielsku-Białej",
           timeline="2026–2027", cost="7,4 mln zł",
           indicator=None),
    Action("Kampania „Przesiądź się” promująca mobilność aktywną",
           "eco_awareness",
           description="Kampania obejmie wyzwanie rowerowe dla pracodawców, akcje w czasie "
                       "Europejskiego Tygodnia Zrównoważonego Transportu oraz informację o zmianach "
                       "w komunikacji miejskiej.",
           responsible="Biuro Promocji Miasta",
           timeline="2025–2027", cost="0,45 mln zł",
           indicator="liczba uczestników wyzwania rowerowego – 2 000 rocznie"),
    Action("Rozbudowa Bielskiego Roweru Miejskiego o rowery ze wspomaganiem elektrycznym",
           "cycling",
           description="Ze względu na górzyste ukształtowanie terenu system roweru miejskiego "
                       "zostanie uzupełniony o 150 rowerów elektrycznych i 15 nowych stacji, w tym "
                       "w dzielnicach położonych wyżej, takich jak Olszówka i Kamienica.",
           responsible=None,
           timeline="od 2026", cost="3,8 mln zł",
           indicator="liczba rowerów elektrycznych – 150"),
]


# what the document says instead of a missing fact (default: the fact is simply not mentioned)
GAP_SENTENCES = {
    ("responsible", "Rozbudowa Bielskiego Roweru Miejskiego o rowery ze wspomaganiem elektrycznym"):
        "Jednostka odpowiedzialna zostanie wskazana po rozstrzygnięciu formuły operatora systemu.",
    ("cost", "Program „Szkolna ulica” – bezpieczne dojścia do szkół"):
        "Koszt zostanie oszacowany po przeprowadzeniu warsztatów ze szkołami.",
}


def action_blocks(a: Action, n: int, st) -> list:
    facts = []
    for field, label in (("responsible", "Jednostka odpowiedzialna"),
                         ("timeline", "Okres realizacji"), ("cost", "Szacowany koszt"),
                         ("indicator", "Wskaźnik")):
        value = getattr(a, field)
        if value:
            facts.append(f"{label}: {value}.")
        elif (field, a.title) in GAP_SENTENCES:
            facts.append(GAP_SENTENCES[(field, a.title)])
    return [Paragraph(f"Działanie {n}. {a.title}", st["h2"]),
            Paragraph(a.description, st["body"]),
            Paragraph(" ".join(facts), st["facts"])]


SECTIONS = [
    Section("context", "I. DIAGNOZA", blocks=[
        "Bielsko-Biała liczy około 165 tys. mieszkańców i jest ośrodkiem regionalnym dla "
        "subregionu południowego województwa śląskiego. Miasto położone jest u podnóża Beskidu "
        "Śląskiego i Małego, a różnica wysokości między najniżej i najwyżej położonymi dzielnicami "
        "przekracza 400 m. Ukształtowanie terenu, rozproszona zabudowa i silne powiązania z gminami "
        "powiatu bielskiego sprawiają, że dominującym środkiem transportu pozostaje samochód.",
        "Badanie ruchu przeprowadzone w 2023 r. wykazało, że 58% podróży mieszkańców odbywa się "
        "samochodem, 24% komunikacją miejską, 15% pieszo, a jedynie 3% rowerem. Wskaźnik motoryzacji "
        "wynosi 712 samochodów osobowych na 1000 mieszkańców i jest jednym z najwyższych wśród miast "
        "wojewódzkich i subregionalnych w Polsce. Codziennie do miasta wjeżdża około 38 tys. "
        "samochodów z gmin ościennych.",
        "Komunikacja miejska, obsługiwana przez Miejski Zakład Komunikacyjny, obejmuje 40 linii "
        "autobusowych. Średnia prędkość komunikacyjna spadła w ciągu pięciu lat z 21 do 18 km/h, "
        "głównie z powodu zatorów na ciągu ul. Warszawskiej, ul. Partyzantów i ul. Piastowskiej. "
        "Pasażerowie najczęściej wskazują na niepunktualność i zbyt długi czas podróży.",
        "W ostatnich latach miasto zrealizowało szereg projektów, które stanowią tło dla niniejszej "
        "inicjatywy. W latach 2017–2020 przebudowano węzeł komunikacyjny przy dworcu PKP Bielsko-Biała "
        "Główna, w 2019 r. uruchomiono system Bielskiego Roweru Miejskiego z 30 stacjami, a w latach "
        "2020–2022 MZK zakupił 29 autobusów elektrycznych i hybrydowych. Projekty te zostały "
        "zakończone; wnioski z nich wykorzystano przy planowaniu działań.",
        "Do kluczowych problemów zdiagnozowanych przez Lokalne Partnerstwo należą: zatłoczenie "
        "głównych ciągów drogowych, niska konkurencyjność autobusów względem samochodu, brak spójnej "
        "sieci tras rowerowych oraz niebezpieczne otoczenie szkół, do których ponad 40% dzieci jest "
        "dowożonych samochodem.",
    ]),
    Section("objectives", "II. CELE", blocks=[
        "Celem strategicznym inicjatywy jest zmiana proporcji podziału zadań przewozowych na korzyść "
        "transportu zbiorowego i mobilności aktywnej. Do 2030 r. udział podróży samochodem ma spaść "
        "poniżej 50%, a udział podróży rowerowych wzrosnąć do 7%.",
        "Cele operacyjne:",
        Bullets([
            "skrócenie czasu przejazdu autobusów na głównych korytarzach o 15%;",
            "utworzenie ciągłej trasy rowerowej w osi północ–południe;",
            "poprawa bezpieczeństwa pieszych, zwłaszcza dzieci w drodze do szkoły;",
            "zmiana nawyków komunikacyjnych mieszkańców i osób dojeżdżających.",
        ], style="dash"),
    ]),
    Section("actions", "III. DZIAŁANIA", blocks=[
        "Działania zostały wybrane spośród 23 propozycji zgłoszonych przez członków Lokalnego "
        "Partnerstwa. Poniżej opisano każde z nich wraz z jednostką odpowiedzialną, okresem "
        "realizacji, szacowanym kosztem i głównym wskaźnikiem.",
        Special("actions"),
    ]),
    Section("schedule", "IV. HARMONOGRAM", status="incomplete", blocks=[
        "Harmonogram zostanie opracowany po konsultacjach społecznych.",
    ]),
    Section("budget", "V. BUDŻET I ŹRÓDŁA FINANSOWANIA", blocks=[
        "Łączny szacowany koszt działań, dla których wykonano wyceny, wynosi 38,45 mln zł. Największą "
        "pozycję stanowi budowa trasy rowerowej wzdłuż Białej (18,2 mln zł), która ma być "
        "finansowana z programu Fundusze Europejskie dla Śląskiego 2021–2027 w ramach "
        "Zintegrowanych Inwestycji Terytorialnych Subregionu Południowego.",
        "Działania organizacyjne i promocyjne zostaną sfinansowane z budżetu miasta, a parkingi "
        "„Parkuj i Jedź” – ze środków Rządowego Funduszu Rozwoju Dróg oraz wkładu własnego. Miasto "
        "zamierza także ubiegać się o środki z programu FEnIKS na rozwój systemu priorytetu dla "
        "komunikacji miejskiej. Wkład własny miasta szacuje się na około 30% kosztów.",
    ]),
    Section("stakeholders", "VI. INTERESARIUSZE I KONSULTACJE", blocks=[
        "Lokalne Partnerstwo tworzą przedstawiciele Urzędu Miejskiego, Miejskiego Zarządu Dróg, MZK, "
        "Rady Seniorów, Młodzieżowej Rady Miasta, stowarzyszenia Rowerowe Bielsko, Akademii "
        "Techniczno-Humanistycznej oraz Regionalnej Izby Gospodarczej. W pracach uczestniczyli także "
        "przedstawiciele gmin Jasienica, Jaworze i Czechowice-Dziedzice.",
        "Do konsultacji społecznych zaplanowano spacery badawcze w Śródmieściu i na Starym Mieście, "
        "ankietę internetową oraz dwa spotkania otwarte. Szczególnie ważny będzie udział rodziców "
        "uczniów szkół objętych programem „Szkolna ulica”.",
        "Odrębny proces uzgodnień obejmie przedsiębiorców prowadzących działalność przy "
        "ul. Warszawskiej i ul. Partyzantów, dla których zmiana organizacji ruchu może oznaczać "
        "utratę części miejsc postojowych. Z przedstawicielami gmin ościennych miasto chce zawrzeć "
        "porozumienie dotyczące dowozu pasażerów do parkingów „Parkuj i Jedź”.",
    ]),
    Section("indicators", "VII. WSKAŹNIKI I MONITORING", blocks=[
        "Monitoring będzie prowadzony przez Wydział Strategii i Rozwoju Miasta na podstawie danych "
        "MZK (liczba pasażerów, prędkość komunikacyjna), liczników rowerowych oraz corocznego badania "
        "ankietowego na próbie 1000 mieszkańców. Wskaźniki rezultatu to: udział podróży samochodem "
        "(wartość bazowa 58%, docelowa poniżej 50%), udział podróży rowerowych (3% / 7%) oraz "
        "średnia prędkość komunikacyjna autobusów (18 km/h / 21 km/h).",
        "Raport z monitoringu będzie publikowany co roku w Biuletynie Informacji Publicznej i "
        "omawiany na posiedzeniu Lokalnego Partnerstwa.",
    ]),
    Section("risks", "VIII. ANALIZA RYZYKA", blocks=[
        "Najważniejszym ryzykiem jest sprzeciw części kierowców i przedsiębiorców wobec ograniczenia "
        "przestrzeni dla samochodów na ul. Warszawskiej. Ryzyko to będzie ograniczane przez "
        "wcześniejszą pilotażową organizację ruchu i rzetelną informację o efektach.",
        "Drugim istotnym ryzykiem jest wzrost kosztów robót budowlanych, który może opóźnić budowę "
        "trasy rowerowej. Miasto przewiduje podział inwestycji na etapy, tak aby możliwe było "
        "oddawanie do użytku kolejnych odcinków.",
        "Trzecie ryzyko dotyczy ograniczonych zasobów kadrowych Miejskiego Zarządu Dróg, który "
        "odpowiada za większość działań inwestycyjnych. Rozważane jest powołanie zespołu "
        "projektowego złożonego z pracowników kilku wydziałów oraz zlecenie części prac "
        "przygotowawczych zewnętrznym wykonawcom.",
    ]),
]


def build() -> list[str]:
    st = make_styles(FONT, size=9.5, heading_size=12, heading_bold=True)
    st["h2"] = ParagraphStyle("h2b", parent=st["h2"], fontSize=10, leading=12.5)
    st["facts"] = ParagraphStyle("facts", parent=st["body"], fontName=FONT + "-Italic",
                                 leftIndent=8, textColor=colors.HexColor("#222222"))
    st["title"] = ParagraphStyle("t", parent=st["title"], fontSize=20, leading=25)

    w, h = A4
    lm = rm = 18 * mm
    gutter = 8 * mm
    colw = (w - lm - rm - gutter) / 2
    top, bottom = h - 20 * mm, 20 * mm
    title_h = 62 * mm

    def cols(y_top, idp):
        return [Frame(lm, bottom, colw, y_top - bottom, id=f"{idp}L", leftPadding=0, rightPadding=0),
                Frame(lm + colw + gutter, bottom, colw, y_top - bottom, id=f"{idp}R",
                      leftPadding=0, rightPadding=0)]

    def decorate(c, doc):
        c.saveState()
        c.setFont(FONT, 8)
        c.setFillColor(colors.HexColor("#555555"))
        if doc.page > 1:
            c.drawString(lm, h - 13 * mm, "Bielsko-Biała · Miejska Inicjatywa Działania · "
                                         "Mobilność miejska")
            c.setLineWidth(0.4)
            c.line(lm, h - 15 * mm, w - rm, h - 15 * mm)
        c.drawRightString(w - rm, 11 * mm, str(doc.page))
        c.restoreState()

    first = PageTemplate("first", [Frame(lm, top - title_h, w - lm - rm, title_h, id="title")]
                         + cols(top - title_h - 4 * mm, "f"), onPage=decorate)
    later = PageTemplate("later", cols(h - 20 * mm, "l"), onPage=decorate)
    doc = BaseDocTemplate(str(DOC_DIR / FILE), pagesize=A4, pageTemplates=[first, later],
                          title="Miejska Inicjatywa Działania Miasta Bielska-Białej",
                          author="Urząd Miejski w Bielsku-Białej",
                          subject="Partnerska Inicjatywa Miast – Mobilność miejska",
                          creator="pim_docs sample corpus")

    story = [
        Spacer(1, 6 * mm),
        Paragraph("MIEJSKA INICJATYWA DZIAŁANIA MIASTA BIELSKA-BIAŁEJ", st["title"]),
        Paragraph("Partnerska Inicjatywa Miast · Sieć tematyczna: Mobilność miejska", st["subtitle"]),
        Paragraph("Urząd Miejski w Bielsku-Białej · Bielsko-Biała, wrzesień 2024 r.", st["subtitle"]),
        FrameBreak(),
        NextPageTemplate("later"),
    ]

    def special(block):
        assert block.kind == "actions"
        out = []
        for n, a in enumerate(ACTIONS, 1):
            out += action_blocks(a, n, st)
        return out

    for s in SECTIONS:
        story.append(Paragraph(s.heading, st["h1"]))
        story += blocks_to_flowables(s.blocks, st, special)
    doc.build(story)

    write_gold(
        FILE, document_type="mid", city=CITY, network="mobility", status="final",
        text_layer=True, sections=SECTIONS, actions=ACTIONS,
        features=["two_column", "full_width_title", "roman_numbering", "all_caps_headings",
                  "bold_headings", "actions_as_subsections", "actions_in_prose",
                  "placeholder_section", "past_projects_in_diagnosis"],
        notes=("Two-column body on every page; page 1 has a full-width title block above the columns. "
               "No summary section (summary = missing). 'IV. HARMONOGRAM' contains only the "
               "placeholder 'Harmonogram zostanie opracowany po konsultacjach społecznych.' "
               "(schedule = incomplete), although individual actions state their periods. "
               "Action 5 has no cost (to be estimated), action 6 no indicator, action 8 no "
               "responsible unit. Past projects in I. DIAGNOZA (dworzec PKP node 2017–2020, "
               "bike share 2019, e-buses 2020–2022) are not actions."),
    )
    return [FILE]
