"""MID Zielona Góra – revitalisation, simulating an old-font text layer.

The text is drawn line by line on a reportlab canvas with DejaVuSans:
* every "ż" and "Ż" is written as "Ŝ" (U+015C) – the classic broken-font mojibake;
* a few words use the ligatures "ﬁ" (U+FB01) / "ﬂ" (U+FB02);
* amounts use non-breaking spaces (U+00A0) as thousands separators;
* a home-made line breaker hyphenates long words at line ends ("termo-" / "modernizacja").
Headings are "Rozdział N. …". The gold notes list every mangled word and every
hyphenated split that actually ended up in the PDF.
"""
from __future__ import annotations

import re

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas

from pdfcommon import (DEJAVU, DOC_DIR, Action, Bullets, H2, Section, Special, register_fonts,
                       register_nbsp_font, write_gold)

FILE = "mid_zielona_gora_rewitalizacja.pdf"
CITY = "Zielona Góra"
NB = "\u00a0"

# DejaVuSans variants whose text layer keeps U+00A0 (see pdfcommon.register_nbsp_font)
FONT = register_nbsp_font("DejaVuSans-NB", DEJAVU / "DejaVuSans.ttf")
BOLD = register_nbsp_font("DejaVuSans-Bold-NB", DEJAVU / "DejaVuSans-Bold.ttf")
SIZE, LEAD = 10, 14.2
PAGE_W, PAGE_H = A4
LM, RM, TM, BM = 25 * mm, 25 * mm, 25 * mm, 25 * mm
TEXT_W = PAGE_W - LM - RM


def zl(amount: int) -> str:
    """4500000 -> '4 500 000 zł' with non-breaking spaces."""
    return f"{amount:,}".replace(",", NB) + NB + "zł"


# --- simulated broken font -------------------------------------------------
LIGATURES = [("finans", "ﬁnans"), ("profil", "proﬁl"), ("konflikt", "konﬂikt"),
             ("inflac", "inﬂac"), ("reflek", "reﬂek")]


def mangle(text: str) -> str:
    text = text.replace("ż", "Ŝ").replace("Ż", "Ŝ")
    for a, b in LIGATURES:
        text = text.replace(a, b)
    return text


# allowed hyphenation points (clean spelling, lower case) – "|" marks a break
HYPHENATION = {w.replace("|", ""): w for w in [
    "termo|moder|nizacja", "termo|moder|nizacji", "termo|moder|nizację", "rewi|tali|zacji",
    "rewitali|zacja", "rewitali|zacyjnego", "rewitali|zacyjnych", "rewitali|zacyjne",
    "rewitali|zacyjnym", "miesz|kań|ców", "przedsię|wzięcia", "przedsię|wzięć",
    "przedsię|biorców", "infra|struktury", "zagospo|darowania", "dofinan|sowania",
    "partycy|pacji", "konsul|tacji", "konsul|tacjach", "społecz|nej", "społecz|nego",
    "społecz|nych", "miesz|kaniowej", "miesz|kaniowych", "kultu|ralnej", "zabyt|kowych",
    "zabyt|kowej", "bezro|bocia", "ubó|stwa", "opie|kuńczej", "komu|nalnych",
    "komu|nalne", "środo|wiskowa", "środo|wiskowej", "stowa|rzyszenia", "organi|zacji",
    "organi|zacjami", "zielono|górskiego", "zielono|górskie", "budyn|ków", "wskaź|niki",
    "uczest|ników", "aktyw|ności", "aktyw|nością", "program|mowania", "inwesty|cyjnych",
    "inwesty|cyjne", "miejs|kiego", "samo|rządu", "przestrze|ni", "przestrze|nią",
    "najstar|szej", "wojewódz|twa", "inwen|taryzacji", "mieszka|niach", "opraco|wany",
    "opraco|wane", "zmoder|nizowanych", "senio|rów", "koordy|nacji", "pozys|kania",
    "ewalu|acji", "sąsiedz|kiej", "sąsiedz|kich", "gastro|nomii", "wykwali|fikowanej",
    "niezbęd|nych", "przewidy|wane", "finanso|wania", "realiza|cji", "realiza|cję",
    "harmo|nogram", "miesz|kańcy", "najważ|niejsze", "opera|cyjnego", "progno|zie",
    "progra|mem", "przedsię|wzięcie", "sobie|skiego", "street|workerzy", "stresz|czenie",
    "zabyt|kowa", "aktyw|ność", "budow|lanych", "inku|batora", "inwesty|cji", "kompo|stowniki",
    "korzy|stających", "likwi|dację", "miesz|kańcami", "nato|miast", "oczeki|wania",
    "ogrze|wania", "ogło|szeniem", "okre|ślony", "poten|cjał", "poza|rządowych",
    "projek|tantów", "projek|towe", "przewi|dziano", "przy|wrócić", "publicz|ną",
    "reali|zowane", "rozpo|częcie", "tury|stów", "umożli|wią", "wskazu|jące", "wspoma|gane",
    "wspoma|ganych", "wyło|niony", "zagospo|darowanie", "zie|lenią", "znale|zieniu",
    "świe|tlica",
]}
_WORD = re.compile(r"^([„(]*)(.*?)([”).,;:]*)$")


def _split_options(token: str):
    """Possible (prefix-with-hyphen, rest) splits of a token, longest first."""
    lead, core, trail = _WORD.match(token).groups()
    pattern = HYPHENATION.get(core.replace("Ŝ", "ż").lower())   # Ŝ stands for ż/Ż, 1:1
    if not pattern or "ﬁ" in token or "ﬂ" in token:
        return []
    cuts, pos = [], 0
    for part in pattern.split("|")[:-1]:
        pos += len(part)
        cuts.append(pos)
    return [(lead + core[:c] + "-", core[c:] + trail) for c in reversed(cuts)]


# --- layout engine ----------------------------------------------------------
class Writer:
    def __init__(self, path: str):
        register_fonts()
        self.c = rl_canvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setTitle("Miejska Inicjatywa Działania – Zielona Góra")
        self.c.setAuthor("Urząd Miasta Zielona Góra")
        self.c.setSubject("Partnerska Inicjatywa Miast – Rewitalizacja")
        self.c.setCreator("pim_docs sample corpus")
        self.page = 1
        self.y = PAGE_H - TM
        self.splits: list[tuple[str, str]] = []
        self.rendered: list[str] = []

    # page handling
    def _footer(self):
        self.c.setFont(FONT, 8)
        self.c.drawCentredString(PAGE_W / 2, 14 * mm, f"– {self.page} –")

    def new_page(self):
        self._footer()
        self.c.showPage()
        self.page += 1
        self.y = PAGE_H - TM

    def ensure(self, height: float):
        if self.y - height < BM:
            self.new_page()

    def finish(self):
        self._footer()
        self.c.save()

    # primitives
    def line(self, text: str, x: float, font=FONT, size=SIZE, lead=LEAD, centre=False):
        self.ensure(lead)
        self.y -= lead
        self.c.setFont(font, size)
        if centre:
            self.c.drawCentredString(PAGE_W / 2, self.y, text)
        else:
            self.c.drawString(x, self.y, text)
        self.rendered.append(text)

    def wrap(self, text: str, width: float, font=FONT, size=SIZE,
             hyphenate: bool = True) -> list[str]:
        tokens = mangle(text).split(" ")          # NBSP is not a break opportunity
        lines, cur = [], ""
        queue = list(tokens)
        while queue:
            tok = queue.pop(0)
            cand = tok if not cur else cur + " " + tok
            if stringWidth(cand, font, size) <= width:
                cur = cand
                continue
            for head, rest in (_split_options(tok) if hyphenate else []):
                cand = head if not cur else cur + " " + head
                if stringWidth(cand, font, size) <= width:
                    lines.append(cand)
                    self.splits.append((head, rest))
                    cur = ""
                    queue.insert(0, rest)
                    break
            else:
                if cur:
                    lines.append(cur)
                cur = tok
        if cur:
            lines.append(cur)
        return lines

    def paragraph(self, text: str, indent: float = 0, first: str | None = None,
                  font=FONT, size=SIZE, lead=LEAD, after: float = 5):
        x = LM + indent
        lines = self.wrap(text, TEXT_W - indent, font, size)
        for i, ln in enumerate(lines):
            if i == 0 and first:
                self.line(first, LM + indent - 12, font, size, lead)
                self.y += lead       # same baseline as the bullet
            self.line(ln, x, font, size, lead)
        self.y -= after

    def heading(self, text: str, size=13, before=12, after=4, font=BOLD):
        self.ensure(before + size * 1.3 + 3 * LEAD)   # keep with the following lines
        self.y -= before
        for ln in self.wrap(text, TEXT_W, font, size, hyphenate=False):
            self.line(ln, LM, font, size, size * 1.35)
        self.y -= after


# --- content ------------------------------------------------------------------
ACTIONS = [
    Action("Termomodernizacja kamienic komunalnych przy ul. Mickiewicza i ul. Sobieskiego",
           "low_emission", secondary_themes=["other"],
           description="Przedsięwzięcie obejmuje docieplenie ścian i stropów, wymianę stolarki okiennej "
                       "oraz likwidację indywidualnych pieców kaflowych w dwunastu budynkach "
                       "komunalnych. Lokale zostaną przyłączone do miejskiej sieci ciepłowniczej, co "
                       "pozwoli obniżyć koszty ogrzewania ponoszone przez najuboższych mieszkańców.",
           responsible="Zakład Gospodarki Mieszkaniowej w Zielonej Górze",
           timeline="lata 2025–2027", cost=zl(4_500_000),
           indicator="liczba zmodernizowanych budynków – 12"),
    Action("Przebudowa Placu Pocztowego w przestrzeń spotkań",
           "public_space",
           description="Plac Pocztowy, obecnie pełniący funkcję parkingu, zostanie przekształcony w "
                       "przestrzeń publiczną z zielenią, fontanną posadzkową i miejscami do siedzenia. "
                       "Projekt zostanie wyłoniony w konkursie architektonicznym, a mieszkańcy będą "
                       "mogli zgłaszać swoje oczekiwania w trakcie warsztatów.",
           responsible="Wydział Inwestycji Miejskich Urzędu Miasta",
           timeline="lata 2026–2027", cost=zl(6_200_000),
           indicator="powierzchnia przebudowanej przestrzeni publicznej – 0,8 ha"),
    Action("Centrum Aktywności Sąsiedzkiej przy ul. Fabrycznej",
           "social_activation",
           description="W wyremontowanym parterze budynku komunalnego powstanie miejsce spotkań "
                       "mieszkańców, prowadzone przez organizację pozarządową wyłonioną w konkursie. "
                       "Centrum zaoferuje zajęcia dla dzieci, klub seniora, poradnictwo oraz "
                       "przestrzeń dla inicjatyw oddolnych.",
           responsible="Miejski Ośrodek Pomocy Społecznej w Zielonej Górze",
           timeline="lata 2025–2028", cost=zl(1_850_000),
           indicator="liczba uczestników zajęć – 400 osób rocznie"),
    Action("Inkubator rzemiosła i winiarstwa w kamienicy przy ul. Kupieckiej",
           "economic_activation",
           description="Zabytkowa kamienica zostanie zaadaptowana na inkubator dla rzemieślników, "
                       "projektantów i małych winiarni z regionu. Najemcy otrzymają preferencyjny "
                       "czynsz przez pierwsze trzy lata działalności oraz wsparcie doradcze. Koszt "
                       "przedsięwzięcia zostanie określony po inwentaryzacji budynku.",
           responsible="Wydział Rozwoju Gospodarczego Urzędu Miasta",
           timeline="lata 2026–2027", cost=None,
           indicator="liczba wspartych przedsiębiorców – 15"),
    Action("Program „Zielone podwórka” – odnowa podwórek z udziałem mieszkańców",
           "public_space", secondary_themes=["social_activation"],
           description="Mieszkańcy wspólnot i budynków komunalnych będą wspólnie z projektantami "
                       "planować zagospodarowanie podwórek: nasadzenia, ogrody deszczowe, place zabaw "
                       "i miejsca na kompostowniki. Miasto sfinansuje prace, a mieszkańcy zobowiążą się "
                       "do opieki nad zielenią.",
           responsible="Zakład Gospodarki Mieszkaniowej w Zielonej Górze",
           timeline="lata 2025–2028", cost=zl(2_400_000),
           indicator=None),
    Action("Młodzieżowa świetlica środowiskowa i streetworking",
           "social_activation",
           description="Świetlica dla młodzieży w wieku 13–18 lat będzie czynna także wieczorami i "
                       "w weekendy. Streetworkerzy będą docierać do młodych osób przebywających na "
                       "ulicach Starego Miasta, oferując wsparcie w powrocie do nauki i w poszukiwaniu "
                       "pracy.",
           responsible="Miejski Ośrodek Pomocy Społecznej we współpracy z organizacjami pozarządowymi",
           timeline=None, cost=zl(960_000),
           indicator="liczba młodych osób objętych wsparciem – 80 rocznie"),
    Action("Mieszkania wspomagane dla seniorów przy ul. Żeromskiego",
           "other", secondary_themes=["social_activation"],
           description="W przebudowanym budynku powstanie czternaście mieszkań dostosowanych do "
                       "potrzeb osób starszych, z dostępem do opieki wytchnieniowej i wspólną "
                       "świetlicą. Mieszkania umożliwią seniorom pozostanie w dotychczasowym "
                       "otoczeniu.",
           responsible="Zielonogórskie Towarzystwo Budownictwa Społecznego",
           timeline="lata 2027–2028", cost=zl(3_100_000),
           indicator="liczba mieszkań wspomaganych – 14"),
]

SECTIONS = [
    Section("summary", "Streszczenie", blocks=[
        "Miejska Inicjatywa Działania Zielonej Góry dotyczy obszaru rewitalizacji obejmującego "
        "Stare Miasto oraz rejon ulic Fabrycznej i Dworcowej. Obszar ten zamieszkuje około 9 400 osób, "
        "czyli niespełna 7% mieszkańców miasta, a koncentruje się w nim ponad 20% rodzin korzystających "
        "z pomocy społecznej. Inicjatywa ma poprawić warunki życia mieszkańców, przywrócić funkcje "
        "społeczne i gospodarcze zaniedbanym przestrzeniom oraz zwiększyć aktywność lokalnej "
        "społeczności.",
        "Dokument obejmuje siedem przedsięwzięć rewitalizacyjnych o łącznej szacowanej wartości "
        f"około {zl(19_010_000)}, realizowanych w latach 2025–2028. Każde z nich może być "
        "realizowane niezależnie, ale największy efekt przyniesie ich wspólne wdrożenie.",
    ]),
    Section("context", "Rozdział 1. Diagnoza obszaru", blocks=[
        "Stare Miasto jest najstarszą częścią Zielonej Góry i ważnym miejscem dla tożsamości "
        "mieszkańców. Zabudowa pochodzi w większości z przełomu XIX i XX wieku; ponad 60% budynków "
        "jest wpisanych do gminnej ewidencji zabytków. Znaczna część kamienic należy do zasobu "
        "komunalnego i wymaga pilnej termomodernizacji, a w wielu mieszkaniach wciąż używa się pieców "
        "kaflowych.",
        "Diagnoza przeprowadzona na potrzeby Gminnego Programu Rewitalizacji wykazała w obszarze "
        "koncentrację problemów społecznych: stopa bezrobocia jest tu dwukrotnie wyższa niż średnia "
        "dla miasta, a udział osób w wieku powyżej 65 lat sięga 27%. Mieszkańcy wskazują również na "
        "niskie poczucie bezpieczeństwa, brak miejsc spotkań oraz niewystarczającą ofertę dla "
        "młodzieży. Życie kulturalne koncentruje się na deptaku, natomiast podwórka i boczne ulice "
        "pozostają zaniedbane.",
        "Sfera gospodarcza obszaru jest zdominowana przez handel i gastronomię. W ostatnich latach "
        "zamknięto kilkadziesiąt lokali użytkowych, a wysokie czynsze utrudniają rozpoczęcie "
        "działalności młodym przedsiębiorcom. Jednocześnie obszar ma duży potencjał – bliskość "
        "Palmiarni, tradycje winiarskie i coroczne Winobranie przyciągają turystów.",
        "W latach 2016–2023 miasto zrealizowało w obszarze szereg projektów, które nie są częścią "
        "niniejszej inicjatywy: przebudowę deptaka i ul. Kupieckiej, remont Parku Winnego wraz z "
        "Palmiarnią, termomodernizację sześciu budynków komunalnych przy ul. Jedności oraz projekt "
        "społeczny „Aktywne Stare Miasto” finansowany z Regionalnego Programu Operacyjnego Lubuskie "
        "2020. Doświadczenia z tych projektów pokazały, że działania inwestycyjne muszą być "
        "powiązane z ofertą społeczną, a ich profil powinien odpowiadać na potrzeby mieszkańców.",
    ]),
    Section("objectives", "Rozdział 2. Cele rewitalizacji", blocks=[
        "Celem głównym jest odbudowa Starego Miasta jako atrakcyjnego miejsca do życia, pracy i "
        "spędzania wolnego czasu, przy zachowaniu jego historycznego charakteru. Cel główny zostanie "
        "osiągnięty poprzez realizację trzech celów szczegółowych:",
        Bullets([
            "ograniczenie wykluczenia społecznego i wzmocnienie więzi sąsiedzkich;",
            "poprawa jakości przestrzeni publicznych i stanu technicznego zasobu mieszkaniowego;",
            "ożywienie gospodarcze obszaru poprzez wsparcie lokalnych przedsiębiorców.",
        ], style="dash"),
        "Cele są zgodne ze Strategią Rozwoju Zielonej Góry do 2030 roku oraz z Gminnym Programem "
        "Rewitalizacji, którego aktualizacja zostanie przyjęta w 2025 roku.",
    ]),
    Section("actions", "Rozdział 3. Przedsięwzięcia rewitalizacyjne", blocks=[
        "Poniżej opisano siedem przedsięwzięć wybranych przez Lokalne Partnerstwo. Dla każdego z nich "
        "wskazano podmiot odpowiedzialny, okres realizacji, szacowany koszt i wskaźnik produktu, "
        "o ile zostały już określone.",
        Special("actions"),
    ]),
    Section("schedule", "Rozdział 4. Harmonogram", blocks=[
        "W 2025 roku rozpoczną się przedsięwzięcia o charakterze społecznym oraz prace projektowe dla "
        "inwestycji. Najważniejsze prace budowlane – termomodernizacja kamienic i przebudowa Placu "
        "Pocztowego – zaplanowano na lata 2026–2027. Mieszkania wspomagane zostaną oddane do użytku "
        "w 2028 roku, a zakończenie całej inicjatywy przewidziano na grudzień 2028 roku.",
        "Harmonogram może ulec zmianie w zależności od terminów naborów w programie Fundusze "
        "Europejskie dla Lubuskiego 2021–2027 oraz od wyników postępowań przetargowych.",
    ]),
    Section("budget", "Rozdział 5. Finansowanie", blocks=[
        f"Łączny koszt przedsięwzięć, dla których wykonano wyceny, wynosi {zl(19_010_000)}. "
        "Przewidywane źródła finansowania przedstawiają się następująco:",
        Bullets([
            f"Fundusze Europejskie dla Lubuskiego 2021–2027 – {zl(11_400_000)};",
            f"budżet miasta Zielona Góra – {zl(4_510_000)};",
            f"Rządowy Fundusz Mieszkaniowy i środki ZTBS – {zl(3_100_000)}.",
        ], style="dash"),
        "Na finansowanie wkładu własnego miasto przeznaczy środki zaplanowane w Wieloletniej "
        "Prognozie Finansowej. Rosnąca inflacja może wymagać aktualizacji kosztorysów przed "
        "ogłoszeniem przetargów.",
    ]),
    Section("stakeholders", "Rozdział 6. Partycypacja społeczna", blocks=[
        "Lokalne Partnerstwo tworzą przedstawiciele Urzędu Miasta, Miejskiego Ośrodka Pomocy "
        "Społecznej, Zakładu Gospodarki Mieszkaniowej, Rady Osiedla Śródmieście, stowarzyszenia "
        "kupców Starego Miasta, Uniwersytetu Zielonogórskiego oraz organizacji pozarządowych "
        "działających na rzecz seniorów i młodzieży.",
        "W trakcie przygotowania dokumentu zorganizowano spacer studyjny, dwa warsztaty z "
        "mieszkańcami oraz punkt konsultacyjny podczas Winobrania. Zebrane uwagi dotyczyły głównie "
        "zieleni, miejsc do siedzenia i oferty dla młodzieży. Pojawiły się także głosy wskazujące na "
        "możliwy konflikt między funkcją mieszkaniową a rozwojem gastronomii, co zostało uwzględnione "
        "w opisie przedsięwzięć.",
    ]),
    Section("indicators", "Rozdział 7. Monitoring i wskaźniki", status="incomplete", blocks=[
        "System monitorowania oraz wskaźniki rezultatu zostaną opracowane w kolejnym etapie prac, "
        "po przyjęciu aktualizacji Gminnego Programu Rewitalizacji.",
    ]),
    Section("risks", "Rozdział 8. Analiza ryzyka", blocks=[
        "Najważniejsze ryzyka związane z realizacją inicjatywy to: wzrost kosztów robót budowlanych, "
        "brak zainteresowania przedsiębiorców ofertą inkubatora, trudności w znalezieniu "
        "wykwalifikowanej kadry do pracy z młodzieżą oraz możliwy opór części mieszkańców wobec "
        "przebudowy Placu Pocztowego, który obecnie służy jako parking.",
        "Aby ograniczyć ryzyka, miasto przygotuje rezerwę finansową w wysokości 10% wartości "
        "inwestycji, przeprowadzi rozeznanie rynku wśród przedsiębiorców przed uruchomieniem "
        "inkubatora oraz zapewni zastępcze miejsca parkingowe przy ul. Dworcowej.",
    ]),
]


def _facts(a: Action) -> str:
    parts = [f"Podmiot odpowiedzialny: {a.responsible}." if a.responsible else
             "Podmiot odpowiedzialny: do ustalenia."]
    parts.append(f"Okres realizacji: {a.timeline}." if a.timeline else
                 "Okres realizacji: zależny od pozyskania partnera.")
    if a.cost:
        parts.append(f"Szacowany koszt: {a.cost}.")
    if a.indicator:
        parts.append(f"Wskaźnik: {a.indicator}.")
    return " ".join(parts)


def build() -> list[str]:
    w = Writer(str(DOC_DIR / FILE))
    # title block
    w.y -= 30 * mm
    w.line("Partnerska Inicjatywa Miast", LM, FONT, 12, 18, centre=True)
    w.y -= 6
    w.line(mangle("Miejska Inicjatywa Działania"), LM, BOLD, 22, 30, centre=True)
    w.line(mangle("Zielona Góra"), LM, BOLD, 22, 30, centre=True)
    w.y -= 6
    w.line("Sieć tematyczna: Rewitalizacja", LM, FONT, 12, 18, centre=True)
    w.line("Zielona Góra, listopad 2024 r.", LM, FONT, 10, 16, centre=True)
    w.y -= 14 * mm

    for s in SECTIONS:
        w.heading(s.heading)
        for b in s.blocks:
            if isinstance(b, str):
                w.paragraph(b)
            elif isinstance(b, Bullets):
                for item in b.items:
                    w.paragraph(item, indent=14, first="–", after=2)
                w.y -= 3
            elif isinstance(b, Special) and b.kind == "actions":
                for n, a in enumerate(ACTIONS, 1):
                    w.heading(f"3.{n}. {a.title}", size=10.5, before=6, after=2)
                    w.paragraph(a.description)
                    w.paragraph(_facts(a))
            elif isinstance(b, H2):
                w.heading(b.text, size=11)
            else:
                raise TypeError(b)
    w.finish()

    # what actually ended up in the text layer
    words = sorted({t.strip("„”().,;:–") for ln in w.rendered for t in re.split(r"[ \u00a0]", ln)
                    if re.search("[Ŝﬁﬂ]", t)})
    splits = [f"{a}/{b.rstrip('.,;:”)')}" for a, b in w.splits]
    assert len(splits) >= 4, splits
    notes = (
        "Simulated old-font text layer: every 'ż' and 'Ż' is encoded as 'Ŝ' (U+015C); ligatures "
        "U+FB01 'ﬁ' / U+FB02 'ﬂ' are used in words with the stems finans-, profil, konflikt, inflac-; "
        "amounts use U+00A0 as thousands separator (e.g. '4 500 000 zł'). Gold action titles are in "
        "correct Polish spelling (the PDF prints e.g. 'Młodzieżowa' as 'MłodzieŜowa', "
        "'Żeromskiego' as 'Ŝeromskiego'). "
        f"Line-end hyphenations in the PDF ({len(splits)}): " + "; ".join(splits) + ". "
        f"Mangled words in the PDF ({len(words)}): " + ", ".join(words) + ". "
        "Indicators chapter is only a placeholder ('zostaną opracowane w kolejnym etapie prac') = "
        "incomplete. Action 4 has no cost, action 5 no indicator, action 6 no period. Projects "
        "2016–2023 in Rozdział 1 are past projects, not actions."
    )
    write_gold(
        FILE, document_type="mid", city=CITY, network="revitalisation", status="final",
        text_layer=True, sections=SECTIONS, actions=ACTIONS,
        features=["mojibake", "hyphenation", "ligatures", "nbsp", "chapter_headings",
                  "canvas_line_by_line", "actions_in_prose", "placeholder_section",
                  "past_projects_in_diagnosis"],
        notes=notes,
    )
    return [FILE]
