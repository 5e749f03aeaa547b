"""Makes the test spec's pictures (committed; run again only to change them): a landscape "photo" as
JPEG, the same turned by EXIF orientation, a badge PNG with transparency, and a coarse PNG that should
draw a resolution warning. Needs Pillow (`python3 -m venv v && v/bin/pip install pillow`)."""
import math
from PIL import Image, ImageDraw, ImageFilter

def landscape(w, h):
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    for y in range(h):  # sky: deep blue to pale gold
        t = y / h
        d.line([(0, y), (w, y)], fill=(int(40 + 200 * t), int(80 + 130 * t), int(150 + 40 * t)))
    d.ellipse([w * 0.68, h * 0.18, w * 0.80, h * 0.18 + w * 0.12], fill=(255, 236, 180))
    layers = [((70, 90, 110), 0.55, 0.09, 3.1), ((48, 66, 80), 0.66, 0.07, 5.3), ((28, 40, 46), 0.78, 0.05, 8.7)]
    for colour, base, amp, freq in layers:
        pts = [(0, h)]
        for x in range(0, w + 1, 4):
            u = x / w
            y = h * (base - amp * (math.sin(u * freq) + 0.5 * math.sin(u * freq * 2.3 + 1) + 0.25 * math.sin(u * freq * 5.1)))
            pts.append((x, y))
        pts.append((w, h))
        d.polygon(pts, fill=colour)
    return img.filter(ImageFilter.GaussianBlur(1.2))

photo = landscape(1800, 1200)
photo.save("landscape.jpg", quality=82, dpi=(300, 300), optimize=True)
# The same picture stored on its side, with EXIF orientation 6 (turn 90° clockwise to show it).
side = landscape(900, 1350).transpose(Image.Transpose.ROTATE_90)
exif = Image.Exif()
exif[0x0112] = 6
side.save("portrait-exif.jpg", quality=80, dpi=(300, 300), exif=exif.tobytes())

badge = Image.new("RGBA", (600, 600), (0, 0, 0, 0))
d = ImageDraw.Draw(badge)
d.ellipse([20, 20, 580, 580], fill=(20, 40, 75, 255))
d.ellipse([70, 70, 530, 530], outline=(230, 159, 0, 255), width=18)
d.polygon([(300, 150), (340, 260), (455, 260), (362, 328), (397, 440), (300, 372), (203, 440), (238, 328), (145, 260), (260, 260)],
          fill=(230, 159, 0, 255))
badge.save("badge.png", dpi=(300, 300), optimize=True)

landscape(240, 160).save("coarse.png", optimize=True)
