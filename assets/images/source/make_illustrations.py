#!/usr/bin/env python3
"""Writes the original illustrations of the CÉAP deck as SVG, then PNG (needs rsvg-convert).

The PNGs' text is set in Lato: install ../../fonts/Lato-*.ttf for fontconfig first (for example
copy them to ~/.local/share/fonts and run fc-cache), or rsvg-convert silently falls back to
another sans-serif. With Lato installed, the PNGs this script makes are byte for byte the ones
in the repository.

The talk's photos and screenshots are not available; these flat illustrations stand in for
them under the same file names, so the speaker can drop the real pictures in without editing
the deck. Run from this folder: python3 make_illustrations.py
"""
import subprocess, pathlib

BLUE, DARK, PAPER, SAND = "#0f4c81", "#1b2430", "#f7f4ee", "#e9e3d7"
TERRA, TEAL, GOLD, SKY = "#c8553d", "#2a9d8f", "#f2b134", "#9cc3e6"
FONT = "font-family='Lato, sans-serif'"

def card(w, h, bg, body):
    return f"<svg xmlns='http://www.w3.org/2000/svg' width='{w}' height='{h}' viewBox='0 0 {w} {h}'><rect width='{w}' height='{h}' fill='{bg}'/>{body}</svg>"

def lines(x, y, w, n, gap=34, color=SAND, last=0.6):
    out = ""
    for i in range(n):
        lw = w * (last if i == n - 1 else 1)
        out += f"<rect x='{x}' y='{y + i*gap}' width='{lw}' height='14' rx='7' fill='{color}'/>"
    return out

def document(title, subtitle, color, mark=""):
    body = f"<rect x='330' y='60' width='540' height='680' rx='18' fill='white' stroke='{SAND}' stroke-width='6'/>"
    body += f"<rect x='330' y='60' width='540' height='200' rx='18' fill='{color}'/><rect x='330' y='200' width='540' height='60' fill='{color}'/>"
    body += f"<text x='600' y='150' text-anchor='middle' {FONT} font-weight='900' font-size='44' fill='white'>{title}</text>"
    body += f"<text x='600' y='210' text-anchor='middle' {FONT} font-size='30' fill='white'>{subtitle}</text>"
    body += lines(380, 310, 440, 8, 44) + mark
    return card(1200, 800, PAPER, body)

def globe(cx, cy, r, stroke, width=14):
    g = f"<circle cx='{cx}' cy='{cy}' r='{r}' fill='none' stroke='{stroke}' stroke-width='{width}'/>"
    g += f"<ellipse cx='{cx}' cy='{cy}' rx='{r*0.45}' ry='{r}' fill='none' stroke='{stroke}' stroke-width='{width*0.7}'/>"
    for dy in (-0.5, 0, 0.5):
        hw = r * (1 - dy*dy) ** 0.5
        g += f"<line x1='{cx-hw}' y1='{cy+dy*r}' x2='{cx+hw}' y2='{cy+dy*r}' stroke='{stroke}' stroke-width='{width*0.7}'/>"
    return g

ART = {}
# Causes: three icons on square cards.
ART["cause-globalisation"] = card(600, 600, SAND, globe(300, 300, 190, BLUE) + f"<circle cx='430' cy='160' r='34' fill='{TERRA}'/><circle cx='170' cy='420' r='26' fill='{GOLD}'/>")
net = "".join(f"<line x1='300' y1='300' x2='{x}' y2='{y}' stroke='{BLUE}' stroke-width='12'/>" for x, y in [(130,140),(470,140),(130,460),(470,460),(300,90),(300,510)])
net += "".join(f"<circle cx='{x}' cy='{y}' r='40' fill='{c}'/>" for x, y, c in [(130,140,TEAL),(470,140,GOLD),(130,460,TERRA),(470,460,TEAL),(300,90,TERRA),(300,510,GOLD)])
net += f"<rect x='220' y='240' width='160' height='120' rx='16' fill='{BLUE}'/><rect x='240' y='258' width='120' height='70' rx='6' fill='{SKY}'/>"
ART["cause-revolution-informationnelle"] = card(600, 600, SAND, net)
tree = f"<rect x='230' y='80' width='140' height='100' rx='14' fill='{BLUE}'/>"
tree += "".join(f"<line x1='300' y1='180' x2='{x}' y2='320' stroke='{DARK}' stroke-width='10'/>" for x in (130, 300, 470))
tree += "".join(f"<rect x='{x-60}' y='320' width='120' height='90' rx='14' fill='{c}'/>" for x, c in [(130, TEAL), (300, GOLD), (470, TERRA)])
tree += "".join(f"<line x1='{x}' y1='410' x2='{x+d}' y2='500' stroke='{DARK}' stroke-width='8'/><circle cx='{x+d}' cy='510' r='26' fill='{BLUE}'/>" for x in (130, 300, 470) for d in (-40, 40))
ART["cause-decentralisation"] = card(600, 600, SAND, tree)
# Le Québec: a speaker at a lectern (Paul Gérin-Lajoie, 1965).
lect = f"<rect x='0' y='560' width='1200' height='240' fill='{SAND}'/><circle cx='600' cy='250' r='90' fill='{DARK}'/><rect x='470' y='340' width='260' height='260' rx='60' fill='{DARK}'/>"
lect += f"<polygon points='430,470 770,470 730,760 470,760' fill='{BLUE}'/><rect x='410' y='450' width='380' height='40' rx='10' fill='{BLUE}'/>"
lect += f"<line x1='600' y1='450' x2='640' y2='360' stroke='#888' stroke-width='10'/><circle cx='645' cy='350' r='18' fill='#555'/>"
lect += f"<text x='600' y='640' text-anchor='middle' {FONT} font-weight='900' font-size='64' fill='white'>1965</text>"
lect += f"<rect x='80' y='80' width='220' height='150' fill='{SKY}' opacity='0.8'/><rect x='900' y='80' width='220' height='150' fill='{SKY}' opacity='0.8'/>"
ART["quebec-gerin-lajoie"] = card(1200, 800, "#dfe8f1", lect)
# Montréal.
ART["montreal-cadre-strategique"] = document("Montréal", "Cadre stratégique · 2017", BLUE, globe(600, 640, 70, TEAL, 8))
leaf = f"<path d='M600 680 C 380 600 360 300 600 120 C 840 300 820 600 600 680 Z' fill='{TEAL}'/><line x1='600' y1='200' x2='600' y2='720' stroke='{PAPER}' stroke-width='14'/>"
leaf += "".join(f"<line x1='600' y1='{y}' x2='{600+d}' y2='{y-70}' stroke='{PAPER}' stroke-width='10'/>" for y in (380, 500, 600) for d in (-110, 110))
leaf += f"<text x='160' y='200' {FONT} font-weight='900' font-size='96' fill='{BLUE}'>COP15</text><text x='160' y='260' {FONT} font-size='42' fill='{DARK}'>Montréal 2022</text>"
ART["montreal-cop15"] = card(1200, 800, "#e4efe9", leaf)
# The talk showed the open-data portal's grid view of the list: a table, not a map.
grid = f"<text x='100' y='150' {FONT} font-weight='900' font-size='84' fill='{BLUE}'>64</text><text x='240' y='150' {FONT} font-size='44' fill='{DARK}'>organisations internationales</text>"
grid += f"<rect x='100' y='200' width='1000' height='520' fill='white' stroke='{SAND}' stroke-width='4'/><rect x='100' y='200' width='1000' height='64' fill='{BLUE}'/>"
cols = [(100, 90), (190, 390), (580, 200), (780, 170), (950, 150)]
for x, w in cols[1:]:
    grid += f"<line x1='{x}' y1='200' x2='{x}' y2='720' stroke='{SAND}' stroke-width='3'/>"
for x, w in cols:
    grid += f"<rect x='{x+18}' y='225' width='{w*0.5}' height='14' rx='7' fill='{SKY}'/>"
for r in range(8):
    y = 264 + r * 57
    if r % 2:
        grid += f"<rect x='102' y='{y}' width='996' height='57' fill='{PAPER}'/>"
    grid += f"<text x='118' y='{y+38}' {FONT} font-size='26' fill='{DARK}'>{32 + r}</text>"
    for k, (x, w) in enumerate(cols[1:]):
        share = (0.55, 0.8, 0.45, 0.7, 0.6, 0.85, 0.5, 0.75)[(r + 3 * k) % 8]
        colour = (DARK, TEAL, BLUE, TERRA)[k] if k else DARK
        grid += f"<rect x='{x+18}' y='{y+22}' width='{(w-36)*share:.0f}' height='14' rx='7' fill='{colour}' opacity='{0.85 if k else 0.7}'/>"
ART["montreal-organisations"] = card(1200, 800, "#eef3f8", grid)
sky = "".join(f"<rect x='{x}' y='{y}' width='{w}' height='{720-y}' fill='{c}'/>" for x, y, w, c in [(120,380,110,SKY),(250,260,90,BLUE),(360,330,120,SKY),(500,180,80,BLUE),(600,300,130,SKY),(750,220,100,BLUE),(870,360,140,SKY),(1030,300,60,BLUE)])
sky += f"<rect x='0' y='700' width='1200' height='100' fill='{DARK}'/><circle cx='470' cy='600' r='60' fill='{TERRA}'/><rect x='420' y='660' width='100' height='140' rx='30' fill='{TERRA}'/><circle cx='730' cy='600' r='60' fill='{GOLD}'/><rect x='680' y='660' width='100' height='140' rx='30' fill='{GOLD}'/>"
sky += f"<text x='600' y='120' text-anchor='middle' {FONT} font-weight='900' font-size='60' fill='{DARK}'>New York · 2023</text>"
ART["montreal-rencontres-new-york"] = card(1200, 800, "#eef3f8", sky)
# Québec.
# Québec's Vision: a horizon over the river and the city, not the Cadre's document cover again.
dawn = f"<circle cx='820' cy='420' r='150' fill='{GOLD}'/><rect x='0' y='420' width='1200' height='380' fill='{BLUE}'/>"
dawn += "".join(f"<rect x='{x}' y='{452+i*34}' width='{w}' height='10' rx='5' fill='{SKY}' opacity='0.7'/>" for i, (x, w) in enumerate([(700, 240), (640, 360), (760, 160), (600, 300)]))
city = [(80, 300, 120), (200, 250, 90), (290, 330, 150), (440, 280, 70)]
dawn += "".join(f"<rect x='{x}' y='{y}' width='{w}' height='{420-y}' fill='{DARK}'/>" for x, y, w in city)
dawn += f"<rect x='520' y='230' width='90' height='190' fill='{DARK}'/><polygon points='510,232 565,130 620,232' fill='{DARK}'/><rect x='610' y='290' width='100' height='130' fill='{DARK}'/>"
dawn += f"<rect x='0' y='640' width='1200' height='160' fill='{TERRA}'/><text x='80' y='715' {FONT} font-weight='900' font-size='64' fill='white'>VISION</text>"
dawn += f"<text x='80' y='765' {FONT} font-size='34' fill='white'>Québec · relations internationales · 2023</text>"
ART["quebec-vision"] = card(1200, 800, "#f6e7d8", dawn)
clap = f"<rect x='300' y='300' width='600' height='380' rx='20' fill='{DARK}'/><polygon points='290,210 880,120 900,220 310,300' fill='{DARK}'/>"
clap += "".join(f"<polygon points='{350+i*120},{200-i*18} {410+i*120},{191-i*18} {430+i*120},{280-i*18} {370+i*120},{289-i*18}' fill='white'/>" for i in range(5))
clap += f"<text x='600' y='470' text-anchor='middle' {FONT} font-weight='900' font-size='64' fill='white'>GOBLIN</text><text x='600' y='560' text-anchor='middle' {FONT} font-size='44' fill='{GOLD}'>Québec · 2017</text>"
ART["quebec-goblin"] = card(1200, 800, "#f3e6df", clap)
seal = f"<circle cx='760' cy='640' r='70' fill='{TERRA}'/><circle cx='760' cy='640' r='48' fill='none' stroke='white' stroke-width='6'/>"
ART["quebec-communique"] = document("COMMUNIQUÉ", "27 avril 2023", BLUE, seal)
plane = globe(600, 430, 260, SKY, 12) + f"<path d='M300 260 Q 600 60 900 260' fill='none' stroke='{BLUE}' stroke-width='8' stroke-dasharray='24 18'/>"
plane += f"<g transform='translate(900 260) rotate(35)'><path d='M-70 0 L 60 0 L 80 -10 L 60 -20 L -70 -20 Z' fill='{TERRA}'/><path d='M-10 -10 L -40 -70 L -20 -70 L 30 -10 Z' fill='{TERRA}'/><path d='M-10 -10 L -40 50 L -20 50 L 30 -10 Z' fill='{TERRA}'/></g>"
plane += f"<text x='600' y='760' text-anchor='middle' {FONT} font-weight='900' font-size='56' fill='{DARK}'>Missions 2023</text>"
ART["quebec-missions"] = card(1200, 800, PAPER, plane)
# Portrait stand-in: a monogram, to be replaced by a real photo with the speaker's consent.
ART["portrait-marquis-bissonnette"] = card(600, 600, BLUE, f"<circle cx='300' cy='300' r='210' fill='none' stroke='white' stroke-width='10'/><text x='300' y='340' text-anchor='middle' {FONT} font-weight='900' font-size='120' fill='white'>MMB</text>")

# Pixels wide each PNG is made at: the largest size the talk shows it at, on a 4K screen (the
# deck shows these eight at most 465 layout units wide: 930 px at 4K, 711 px at the PDF's
# 220 dpi). Larger files would only be decoded and shrunk again by every export and screen.
WIDTH = {name: 960 for name in [
    "montreal-cadre-strategique", "montreal-cop15", "montreal-organisations",
    "montreal-rencontres-new-york", "quebec-communique", "quebec-goblin", "quebec-missions",
    "quebec-vision",
]}

here = pathlib.Path(__file__).parent
for name, svg in ART.items():
    (here / f"{name}.svg").write_text(svg, encoding="utf-8")
    size = ["-w", str(WIDTH[name])] if name in WIDTH else []
    subprocess.run(["rsvg-convert", *size, "-o", str(here.parent / f"{name}.png"), str(here / f"{name}.svg")], check=True)
    print(name)
