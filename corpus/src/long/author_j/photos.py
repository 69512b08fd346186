"""Tiny synthetic 'photographs' (street sketches) for the annex cards."""
import io, random
from PIL import Image, ImageDraw, ImageFilter


def street_photo(seed, w=960, h=540):
    rnd = random.Random(seed)
    im = Image.new('RGB', (w, h))
    d = ImageDraw.Draw(im)
    sky = (rnd.randint(150, 190), rnd.randint(180, 210), rnd.randint(215, 240))
    for y in range(h // 2):
        k = y / (h / 2)
        d.line([(0, y), (w, y)], fill=tuple(int(c * (1 - 0.25 * k)) for c in sky))
    for x0 in range(-40, w, rnd.randint(110, 170)):
        bh = rnd.randint(120, 230)
        col = tuple(rnd.randint(120, 210) for _ in range(3))
        d.rectangle([x0, h // 2 - bh, x0 + rnd.randint(90, 160), h // 2 + 20], fill=col)
        for wy in range(h // 2 - bh + 15, h // 2, 34):
            for wx in range(x0 + 12, x0 + 80, 30):
                d.rectangle([wx, wy, wx + 14, wy + 18], fill=(70, 80, 95))
    d.polygon([(0, h), (w, h), (w * 0.62, h // 2 + 20), (w * 0.38, h // 2 + 20)], fill=(95, 95, 100))
    d.polygon([(0, h), (w * 0.12, h), (w * 0.4, h // 2 + 20), (w * 0.36, h // 2 + 20)], fill=(170, 165, 155))
    for y in range(h // 2 + 40, h, 60):
        t = (y - h / 2) / (h / 2)
        d.rectangle([w / 2 - 3 - 6 * t, y, w / 2 + 3 + 6 * t, y + 25 * t + 5], fill=(235, 235, 235))
    for _ in range(rnd.randint(2, 5)):
        tx = rnd.randint(0, w)
        d.ellipse([tx - 45, h // 2 - 150, tx + 45, h // 2 - 40], fill=(60, rnd.randint(110, 150), 60))
        d.rectangle([tx - 5, h // 2 - 45, tx + 5, h // 2 + 30], fill=(90, 70, 50))
    im = im.filter(ImageFilter.GaussianBlur(1.2))
    b = io.BytesIO()
    im.save(b, 'PNG', optimize=True)
    return b.getvalue()
