# -*- coding: utf-8 -*-
"""Proste rysunki (PNG) rysowane PIL-em – deterministyczne."""
import io

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _f(size, bold=False):
    return ImageFont.truetype(FONTB if bold else FONT, size)


def _png(img):
    b = io.BytesIO()
    img.save(b, "PNG", optimize=False)
    return b.getvalue()


def mapa():
    img = Image.new("RGB", (1400, 820), "white")
    d = ImageDraw.Draw(img)
    # ulice
    for pts in [((60, 420), (1340, 380)), ((300, 60), (420, 780)), ((700, 80), (760, 780)),
                ((980, 120), (1100, 760)), ((60, 640), (1340, 600))]:
        d.line(pts, fill=(190, 190, 190), width=14)
    # Śródmieście
    d.polygon([(150, 150), (640, 110), (690, 520), (200, 560)], outline=(46, 110, 60),
              fill=(214, 236, 210))
    d.polygon([(820, 330), (1250, 300), (1280, 700), (860, 730)], outline=(46, 110, 60),
              fill=(236, 226, 200))
    d.line([(690, 450), (840, 470)], fill=(200, 60, 40), width=8)
    d.text((260, 300), "ŚRÓDMIEŚCIE", font=_f(40, True), fill=(30, 70, 40))
    d.text((930, 480), "DYREKCJA", font=_f(40, True), fill=(90, 70, 30))
    d.ellipse([(380, 210), (440, 270)], fill=(60, 120, 200))
    d.text((450, 220), "pl. Łuczkowskiego", font=_f(24), fill="black")
    d.rectangle([(1150, 640), (1230, 690)], fill=(80, 80, 80))
    d.text((1060, 700), "dworzec PKP", font=_f(24), fill="black")
    d.text((60, 60), "Granice podobszarów rewitalizacji – schemat", font=_f(28, True), fill="black")
    d.text((60, 760), "Opracowanie: Zespół ds. Rewitalizacji UM Chełm", font=_f(20), fill=(90, 90, 90))
    return _png(img)


def ludnosc():
    years = list(range(2014, 2025))
    city = [64855, 64310, 63734, 63159, 62574, 61932, 61350, 60790, 60245, 59548, 58912]
    mid = [11420, 11290, 11150, 10990, 10840, 10680, 10510, 10360, 10190, 10020, 9840]
    img = Image.new("RGB", (1400, 760), "white")
    d = ImageDraw.Draw(img)
    x0, y0, w, h = 140, 80, 1180, 560
    d.line([(x0, y0 + h), (x0 + w, y0 + h)], fill="black", width=2)
    d.line([(x0, y0), (x0, y0 + h)], fill="black", width=2)
    bw = w / len(years)
    for i, y in enumerate(years):
        cx = x0 + bw * i + bw / 2
        hc = (city[i] - 40000) / 30000 * h
        d.rectangle([(cx - 34, y0 + h - hc), (cx - 2, y0 + h)], fill=(70, 120, 80))
        hm = mid[i] / 15000 * h
        d.rectangle([(cx + 2, y0 + h - hm), (cx + 34, y0 + h)], fill=(200, 150, 60))
        d.text((cx - 30, y0 + h + 12), str(y), font=_f(22), fill="black")
    d.rectangle([(x0 + 20, 20), (x0 + 50, 45)], fill=(70, 120, 80))
    d.text((x0 + 60, 18), "Chełm (oś: 40–70 tys.)", font=_f(22), fill="black")
    d.rectangle([(x0 + 420, 20), (x0 + 450, 45)], fill=(200, 150, 60))
    d.text((x0 + 460, 18), "obszar MID (oś: 0–15 tys.)", font=_f(22), fill="black")
    return _png(img)


def plac():
    parts = [("parking", 46, (150, 150, 150)), ("jezdnie i dojazdy", 21, (110, 110, 110)),
             ("chodniki", 24, (210, 200, 170)), ("zieleń", 4, (90, 160, 90)),
             ("inne", 5, (180, 120, 120))]
    img = Image.new("RGB", (1400, 520), "white")
    d = ImageDraw.Draw(img)
    x = 80
    for name, pct, col in parts:
        w = pct * 12.4
        d.rectangle([(x, 120), (x + w, 300)], fill=col, outline="white", width=3)
        d.text((x + 8, 320), "%s" % name, font=_f(22), fill="black")
        d.text((x + 8, 350), "%d%%" % pct, font=_f(26, True), fill="black")
        x += w
    d.text((80, 40), "Plac Łuczkowskiego – udział form użytkowania powierzchni (6,2 tys. m²)",
           font=_f(28, True), fill="black")
    return _png(img)


FIGS = {"mapa": mapa, "ludnosc": ludnosc, "plac": plac}
