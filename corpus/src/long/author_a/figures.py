"""Simple deterministic bar charts (PNG) drawn with Pillow."""
import io

from PIL import Image, ImageDraw, ImageFont

FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
FONT_B = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'


def _font(size, bold=False):
    try:
        return ImageFont.truetype(FONT_B if bold else FONT, size)
    except OSError:
        return ImageFont.load_default()


def hbar(labels, values, unit='%', color=(31, 78, 121), w=1600, h=700, vmax=None):
    img = Image.new('RGB', (w, h), 'white')
    dr = ImageDraw.Draw(img)
    f = _font(30)
    fb = _font(30, True)
    left, right, top = 420, 140, 40
    n = len(values)
    bh = (h - top - 40) / n
    vmax = vmax or max(values) * 1.1
    for k, (lab, v) in enumerate(zip(labels, values)):
        y = top + k * bh
        dr.text((20, y + bh * 0.25), lab, fill=(40, 40, 40), font=f)
        x1 = left + (w - left - right) * v / vmax
        dr.rectangle([left, y + bh * 0.18, x1, y + bh * 0.82], fill=color)
        dr.text((x1 + 12, y + bh * 0.25), f'{v:g}'.replace('.', ',') + unit, fill=(20, 20, 20), font=fb)
    dr.line([left, top - 10, left, h - 30], fill=(120, 120, 120), width=2)
    buf = io.BytesIO()
    img.save(buf, 'PNG', optimize=False)
    return buf.getvalue()


def vbar(labels, series, names, colors, w=1600, h=760):
    img = Image.new('RGB', (w, h), 'white')
    dr = ImageDraw.Draw(img)
    f = _font(28)
    left, bottom, top = 110, 110, 60
    vmax = max(max(s) for s in series) * 1.15
    n = len(labels)
    gw = (w - left - 40) / n
    bw = gw * 0.7 / len(series)
    for tick in range(0, int(vmax) + 1, max(1, int(vmax / 5) // 10 * 10 or 10)):
        y = h - bottom - (h - bottom - top) * tick / vmax
        dr.line([left, y, w - 30, y], fill=(225, 225, 225), width=1)
        dr.text((20, y - 16), str(tick), fill=(90, 90, 90), font=f)
    for i, lab in enumerate(labels):
        gx = left + i * gw + gw * 0.15
        for j, s in enumerate(series):
            v = s[i]
            x0 = gx + j * bw
            y = h - bottom - (h - bottom - top) * v / vmax
            dr.rectangle([x0, y, x0 + bw - 6, h - bottom], fill=colors[j])
            dr.text((x0 + 4, y - 34), str(v), fill=(30, 30, 30), font=f)
        dr.text((gx + gw * 0.15, h - bottom + 14), lab, fill=(40, 40, 40), font=f)
    lx = left
    for j, nm in enumerate(names):
        dr.rectangle([lx, h - 45, lx + 30, h - 18], fill=colors[j])
        dr.text((lx + 40, h - 48), nm, fill=(40, 40, 40), font=f)
        lx += 60 + len(nm) * 16
    buf = io.BytesIO()
    img.save(buf, 'PNG', optimize=False)
    return buf.getvalue()
