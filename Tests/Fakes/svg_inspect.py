"""Parses an SVG written by tier (argument: its path) with xml.etree and prints what the tests check, as JSON:
the viewBox, per panel its title, notes, point marks and bars counted by data-series, and every legend
label whose estimated extent (x + data-width, y) falls outside the viewBox, and every pair of text elements
whose estimated boxes (0.62 em a character, as tier lays them out) overlap. A parse error exits 1."""
import json, sys
import xml.etree.ElementTree as ET

NS = "{http://www.w3.org/2000/svg}"
try:
    root = ET.parse(sys.argv[1]).getroot()
except ET.ParseError as e:
    print(json.dumps({"error": str(e)}))
    sys.exit(1)
vx, vy, vw, vh = (float(v) for v in root.get("viewBox").split())
out = {"width": vw, "height": vh, "panels": [], "outside": [], "texts": []}
for text in root.iter(NS + "text"):
    out["texts"].append(text.text or "")
for g in root.iter(NS + "g"):
    if g.get("class") != "panel":
        continue
    panel = {"title": "", "notes": [], "points": {}, "bars": {}, "legend": []}
    for el in g.iter():
        cls = el.get("class")
        series = el.get("data-series")
        if el.tag == NS + "text" and cls == "title":
            panel["title"] = el.text
        elif el.tag == NS + "text" and cls == "note":
            panel["notes"].append(el.text)
        elif cls == "point":
            panel["points"][series] = panel["points"].get(series, 0) + 1
        elif el.tag == NS + "rect" and cls == "bar":
            panel["bars"][series] = panel["bars"].get(series, 0) + 1
        elif el.tag == NS + "text" and cls == "legend":
            panel["legend"].append(el.text)
            x, y, w = float(el.get("x")), float(el.get("y")), float(el.get("data-width"))
            if x < vx or x + w > vx + vw or y - 12 < vy or y + 4 > vy + vh:
                out["outside"].append(el.text)
    out["panels"].append(panel)

def box(el):
    size = float(el.get("font-size", "12"))
    x, y, text = float(el.get("x")), float(el.get("y")), el.text or ""
    w = len(text) * size * 0.62
    anchor = el.get("text-anchor", "start")
    left = x - w / 2 if anchor == "middle" else x - w if anchor == "end" else x
    if (el.get("transform") or "").startswith("rotate(-90"):
        # Rotated about (x, y): the text runs upwards, centred on y when anchored in the middle.
        return (x - size, y - w / 2, x + 2, y + w / 2)
    return (left, y - size * 0.8, left + w, y + size * 0.25)

boxes = [(el.text, box(el)) for el in root.iter(NS + "text")]
out["overlaps"] = []
for i in range(len(boxes)):
    for j in range(i + 1, len(boxes)):
        (a, p), (b, q) = boxes[i], boxes[j]
        if p[0] < q[2] and q[0] < p[2] and p[1] < q[3] and q[1] < p[3]:
            out["overlaps"].append([a, b])
print(json.dumps(out))
