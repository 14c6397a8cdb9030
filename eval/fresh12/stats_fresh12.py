"""--stats for gen_fresh12.py: prints the tables used in README.md."""
import collections
import re

CUE = re.compile(r"(\b(from|by|called|named|this is|it's|its|ask for|with|to|for|and|of)\s*$)", re.I)
HON = re.compile(r"(\b(Dr|Mr|Mrs|Ms|Miss|Prof|Mx|Herr|Frau|M|Mme|Madame|Monsieur|Sr|Sra|Sig|Sig\.ra|Dott|Dott\.ssa|Pan|Pani|Panie|Bay|Bayan|dhr|mevr|heer|mevrouw|Bapak|Ibu|Pak|Bu)\.?\s*$)")
GREET = re.compile(r"(\b(Hi|Hey|Hello|Dear|Morning|Hallo|Servus|Moin|Liebe|Lieber|Salut|Bonjour|Coucou|Cher|Chère|Hola|Buenas|Querido|Querida|Estimado|Estimada|Ciao|Buongiorno|Ehi|Gentile|Caro|Cara|Oi|Olá|Prezado|Prezada|Hoi|Beste|Geachte|Cześć|Hej|Witaj|Szanowny|Szanowna|Merhaba|Selam|Günaydın|Sayın|Değerli|Hallå|Tjena|Bästa|Halo|Hai|Pagi|Yth|Thx|thx|ty)\b[,!]?\s*$)")


def context(text, s, e, spans):
    ls = text.rfind("\n", 0, s) + 1
    before = text[ls:s]
    for o in spans:  # mask other names
        if o["type"] == "PERSON" and ls <= o["char_start"] < s:
            before = before[:o["char_start"] - ls] + "X" * (o["char_end"] - o["char_start"]) + before[o["char_end"] - ls:]
    b = before.rstrip()
    if HON.search(before):
        return "honorific"
    if GREET.search(before):
        return "greeting"
    if re.search(r"[|,;\t]\s*\"?$", before) and ("|" in text[ls:] or "\t" in text[ls:] or text[ls:].count(",") >= 2 or text[ls:].count(";") >= 2) and "\n" in text:
        return "table cell"
    if re.search(r"(:|@|<|\]|—|-)\s*$", b) and len(b) < 40 and "\n" in text:
        return "label/speaker"
    if b == "" and "\n" in text and (text.find("\n", e) == -1 and False or text[e:text.find("\n", e) if text.find("\n", e) != -1 else len(text)].strip() in ("", ":")):
        return "alone on line"
    if re.search(r"\b(from|by|called|named|this is|it's)\s*$", before, re.I):
        return "cue word"
    return "running text, no cue"


def report(frames, recs, docs):
    P = print
    sens = collections.Counter()
    for r in recs:
        sens[(r["sensitivity"], "long" if "\n" in r["text"] else "short")] += 1
    fr_used = collections.Counter(r["frame"] for r in recs)
    fcat = collections.Counter(f.split("-")[0] for f in fr_used)
    P("| sensitivity | documents | long | short | frames |")
    for c, k in (("public", "pub"), ("personal", "per"), ("secret", "sec")):
        P("| %s | %d | %d | %d | %d |" % (c, sens[(c, "long")] + sens[(c, "short")], sens[(c, "long")], sens[(c, "short")], fcat[k]))
    P("frames used: %d of %d defined; uses: %s" % (len(fr_used), len(frames), sorted(collections.Counter(fr_used.values()).items())))
    nl = [r["text"].count("\n") + 1 for r in recs if "\n" in r["text"]]
    P("long docs: %d, mean lines %.1f, max %d" % (len(nl), sum(nl) / len(nl), max(nl)))
    ts, td = collections.Counter(), collections.Counter()
    for r in recs:
        for t in set(s["type"] for s in r["spans"]):
            td[t] += 1
        for s in r["spans"]:
            ts[s["type"]] += 1
    P("\n| span type | spans | documents |")
    for t, n in ts.most_common():
        P("| %s | %d | %d |" % (t, n, td[t]))
    P("| all | %d |" % sum(ts.values()))
    lg = collections.defaultdict(collections.Counter)
    for r in recs:
        lg[r["lang"]][r["sensitivity"]] += 1
        lg[r["lang"]]["long"] += "\n" in r["text"]
    P("\n| lang | docs | public | personal | secret | long |")
    for l in sorted(lg, key=lambda x: (-sum(lg[x][k] for k in ("public", "personal", "secret")), x)):
        c = lg[l]
        P("| %s | %d | %d | %d | %d | %d |" % (l, c["public"] + c["personal"] + c["secret"], c["public"], c["personal"], c["secret"], c["long"]))
    kd = collections.defaultdict(collections.Counter)
    for r in recs:
        kd[r["kind"]][r["sensitivity"]] += 1
    P("\n| kind | docs | public | personal | secret |")
    for k in sorted(kd, key=lambda x: (-sum(kd[x].values()), x)):
        c = kd[k]
        P("| %s | %d | %d | %d | %d |" % (k, sum(c.values()), c["public"], c["personal"], c["secret"]))
    P("\nlocales: %s" % collections.Counter(r["locale"] for r in recs).most_common())
    ctx = collections.Counter()
    ctxl = collections.Counter()
    shapes = collections.Counter()
    for r in recs:
        t = r["text"]
        for s in r["spans"]:
            if s["type"] != "PERSON":
                continue
            c = context(t, s["char_start"], s["char_end"], r["spans"])
            ctx[c] += 1
            ctxl[(c, "long" if "\n" in t else "short")] += 1
            v = s["value"]
            shapes["one token"] += " " not in v
            shapes["all lower"] += v == v.lower()
            shapes["all upper"] += v == v.upper()
            shapes["Surname, Given"] += "," in v
            shapes["non-ASCII"] += any(ord(ch) > 127 for ch in v)
            shapes["hyphen"] += "-" in v
            shapes["particle"] += bool(re.search(r"\b(van|der|de|la|del|da|dos|di|von|bin|binti|al-|el-|af|zu|ter|du)\b", v, re.I))
            shapes["possessive after"] += t[s["char_end"]:s["char_end"] + 2] == "'s"
    tot = sum(ctx.values())
    P("\n| context | spans | share | short | long |")
    for c, n in ctx.most_common():
        P("| %s | %d | %.1f%% | %d | %d |" % (c, n, 100 * n / tot, ctxl[(c, "short")], ctxl[(c, "long")]))
    P("PERSON shapes: %s" % dict(shapes))
    dk = collections.Counter(x["kind"] for r in recs for x in r["decoys"])
    P("\ndecoys: %d; %s" % (sum(dk.values()), dk.most_common()))
    P("public docs without decoy: %d" % sum(1 for r in recs if r["sensitivity"] == "public" and not r["decoys"]))
    addr = [s for r in recs for s in r["spans"] if s["type"] == "STREET_ADDRESS"]
    P("addresses: %d, multi-line %d, PO box %d" % (len(addr), sum("\n" in s["value"] for s in addr), sum("PO Box" in s["value"] or "Postfach" in s["value"] for s in addr)))
    ph = [s["value"] for r in recs for s in r["spans"] if s["type"] == "PHONE_NUMBER"]
    P("phones: %d, international %d, bracketed %d; ext decoys %d" % (len(ph), sum(p.startswith(("+", "00")) for p in ph), sum("(" in p for p in ph), dk["ext"]))
    ib = collections.Counter(s["value"][:2] for r in recs for s in r["spans"] if s["type"] == "IBAN_CODE")
    P("IBAN countries: %d: %s" % (len(ib), " ".join(sorted(ib))))
    nsp = collections.Counter(min(len(r["spans"]), 6) for r in recs if r["sensitivity"] == "personal")
    P("personal docs by spans: %s" % sorted(nsp.items()))
    P("secret docs with PII: %d" % sum(1 for r in recs if r["has_secret"] and r["has_pii"]))
    orig = collections.Counter(p.origin for fr, d, t in docs for p in d.persons.values())
    src = collections.Counter(p.source for fr, d, t in docs for p in d.persons.values())
    P("people: %d; origins %s; sources %s" % (sum(orig.values()), orig.most_common(), dict(src)))
