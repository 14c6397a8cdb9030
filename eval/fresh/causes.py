#!/usr/bin/env python3
"""Group a build's misses and false positives on fresh.jsonl.gz by cause (the rules MISSES.md uses).

    zcat eval/fresh/fresh.jsonl.gz > /tmp/fresh.jsonl
    tier classify --input-format jsonl < /tmp/fresh.jsonl > /tmp/fresh-pred.jsonl
    python3 eval/fresh/causes.py --gold /tmp/fresh.jsonl --pred /tmp/fresh-pred.jsonl [--examples 3]

Matching is by overlap and by type, as in ../shared/eval/score_pii.py. The rules below are
heuristics over the gold text around each span; the first rule that fits names the cause.
"""
import argparse
import collections
import gzip
import json
import re

TRANSCRIPT = {"voice_transcript", "call_transcript", "public_transcript"}
WORD_NAMES = {"Hope", "Joy", "Summer", "Rich", "Grace", "Hunter", "Dawn"}
MONTHS_OTHER = re.compile(r"\b(de|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|"
                          r"dicembre|januari|februari|maart|mei|juni|juli|augustus|oktober|Januar|Februar|März|Mai|Juni|"
                          r"Juli|Oktober|Dezember)\b")


def load(path):
    op = gzip.open if path.endswith(".gz") else open
    with op(path, "rt", encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def ov(a, b):
    return a[0] < b[1] and b[0] < a[1]


def person_fn(doc, s, before, after, line):
    v = s["value"]
    if doc["kind"] in TRANSCRIPT and re.fullmatch(r"(\w )+\w", v):
        return "spelled-out surname in a transcript (\"m a n s o u r\")"
    if doc["kind"] in TRANSCRIPT:
        return "lower-case name in a voice/call transcript"
    if v.split()[0] in WORD_NAMES and len(v.split()) > 1:
        return "given name that is also a word (Hope/Joy/Summer/Rich/Grace/Dawn + surname)"
    if v.isupper():
        return "upper-case name (cardholder name=\"…\", addressee block)"
    if doc["kind"] == "vcard":
        return "vCard N:/FN: field"
    if doc["kind"] == "api_payload":
        return "JSON name field split in given/family or firstName/lastName"
    if doc["kind"] == "markdown_table":
        return "markdown table cell (\"Surname, Given\" or a given-name column)"
    if re.match(r"\s*:", after) and (line.strip().startswith(v) or re.search(r"\] ?$", before)):
        return "chat/SMS speaker label (\"Name: …\")"
    if line.strip() == v or line.strip() in ("> " + v, ">" + v):
        return "name alone on a line (sign-off, addressee)"
    if " " not in v:
        return "given name alone in running text (\"Ask for Imran at reception\", \"Did Tadhg ever…\")"
    return "full name in running text after a cue or at sentence start"


def dob_fn(doc, s, before, after, line):
    v = s["value"]
    if doc["kind"] == "vcard":
        return "vCard BDAY: field"
    if doc["kind"] == "markdown_table":
        return "DOB table column (label only in the header row)"
    if doc["kind"] in TRANSCRIPT:
        return "date of birth in a lower-case transcript (\"d o b\", \"i was born\")"
    if MONTHS_OTHER.search(v):
        return "month name in Spanish/Italian/Dutch/German"
    if re.search(r"\d(st|nd|rd|th)\b", v):
        return "ordinal day (\"5th of March 1942\", \"27th dec 1956\")"
    if re.search(r"\(b\. ?$", before):
        return "\"(b. …)\" abbreviation"
    if re.search(r"d\.o\.b\.", before[-40:], re.I):
        return "after \"d.o.b.\" (two-digit year or D-M-Y without zero padding)"
    return "other date of birth"


def addr_fn(doc, s, before, after, line):
    v = s["value"]
    if doc["kind"] in TRANSCRIPT:
        return "address in a lower-case transcript"
    loc = doc.get("locale", "")
    if doc["kind"] == "vcard":
        return "vCard ADR: with ';' separators"
    name = {"en_IN": "Indian (Flat/H.No./No. x Cross, PIN)", "nl_NL": "Dutch (street before number, 1234 AB postcode)",
            "es_ES": "Spanish (Calle/C//Avda., number after comma, piso)", "it_IT": "Italian (Via/Corso/Piazza, CAP (PR))",
            "en_IE": "Irish (Eircode, Irish-language street names, Apt/Court lines)",
            "en_CA": "Canadian (unit-number, French street names, A1A 1A1)", "en_AU": "Australian (unit/number, STATE 4-digit)"}
    if loc in name:
        return "%s address" % name[loc]
    return "%s address (%s)" % (loc, "block" if "\n" in v else "one line")


def phone_fn(doc, s, before, after, line):
    v = s["value"]
    if re.search(r"[a-z]{3}", v) and not re.search(r"\d", v):
        return "phone number read out in words (transcript)"
    if re.search(r"ext|extension|Extn|int\.|toestel|\(ext", v):
        return "number with an extension in a non-US/UK format"
    digits = re.sub(r"\D", "", v)
    if re.fullmatch(r"\d{10,11}", v):
        return "bare 10-11 digit national number (mobile) without separators"
    if "/" in v:
        return "Italian mobile with slash (338/5551246)"
    loc = doc.get("locale", "")
    return "%s national format without country code (%s)" % (loc, re.sub(r"\d", "9", v))


def secret_fn(doc, s, before, after, line):
    if "session_id=" in before[-12:]:
        return "session cookie value (Cookie: session_id=…)"
    if "Basic " in before[-7:]:
        return "HTTP Basic credentials (base64 user:password)"
    if re.search(r"-u \w+:$", before) or re.search(r"-p'$", before):
        return "password on a command line (curl -u user:pw, mysql -p'…')"
    return "other secret"


def fp_cause(doc, p, val, gold):
    t = p["type"]
    in_addr = any(g["type"] == "STREET_ADDRESS" and ov((g["start"], g["end"]), (p["start"], p["end"])) for g in doc["spans"])
    kinds = [d["kind"] for d in doc.get("decoys", []) if ov((d["start"], d["end"]), (p["start"], p["end"]))]
    if t == "PERSON":
        if in_addr:
            return "PERSON inside a street address (street, building or locality named like a person)"
        if "company_person_name" in kinds or "company_name" in kinds:
            return "PERSON on a company or brand named after a person (Tim Hortons, Louis Vuitton, Dr. Oetker)"
        if "public_figure" in kinds:
            return "PERSON on a public figure in news/event text (labelled public here)"
        if "place_name" in kinds:
            return "PERSON on a place name (Alice Springs, St. John's, Santa Cruz de Tenerife)"
        if "product_name" in kinds:
            return "PERSON on a product name (Alfa Romeo Giulia)"
        return "PERSON on another capitalised phrase"
    if t == "EMAIL_ADDRESS":
        return "EMAIL_ADDRESS on an iCalendar UID (hex@host)" if "uid" in kinds else "EMAIL_ADDRESS other"
    if t == "DATE_OF_BIRTH":
        return "DATE_OF_BIRTH on a log timestamp on the line after a dob= field"
    if t == "PASSWORD":
        if "placeholder_key" in kinds:
            return "PASSWORD on a placeholder value (sk_live_REPLACE_ME, sk-...REPLACE_ME)"
        if re.search(r"Author|author", doc["text"].encode()[max(0, p["start"] - 20):p["start"]].decode("utf-8", "replace")):
            return "PASSWORD on the given name after \"Author:\" / \"Co-authored-by:\" in git logs"
        return "PASSWORD other"
    if t == "GENERIC_API_KEY":
        return "GENERIC_API_KEY on an environment-variable reference (process.env.STRIPE_SECRET_KEY)" if "env" in val else "GENERIC_API_KEY other"
    if t == "STREET_ADDRESS":
        return "STREET_ADDRESS on a street name in public text (Hope Street)" if kinds else "STREET_ADDRESS other"
    return "%s other" % t


RULES = {"PERSON": person_fn, "DATE_OF_BIRTH": dob_fn, "STREET_ADDRESS": addr_fn, "PHONE_NUMBER": phone_fn}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--examples", type=int, default=3)
    a = ap.parse_args()
    gold = load(a.gold)
    preds = {p["id"]: p.get("spans", []) for p in load(a.pred)}
    fn, fp = collections.defaultdict(list), collections.defaultdict(list)
    for d in gold:
        tb = d["text"].encode("utf-8")
        ps = preds.get(d["id"], [])
        for s in d["spans"]:
            if any(p["type"] == s["type"] and ov((p["start"], p["end"]), (s["start"], s["end"])) for p in ps):
                continue
            before = tb[max(0, s["start"] - 60):s["start"]].decode("utf-8", "replace")
            after = tb[s["end"]:s["end"] + 30].decode("utf-8", "replace")
            ls = tb.rfind(b"\n", 0, s["start"]) + 1
            le = tb.find(b"\n", s["end"])
            line = tb[ls:le if le >= 0 else len(tb)].decode("utf-8", "replace")
            rule = RULES.get(s["type"], secret_fn if s["category"] == "secret" else (lambda *x: "other"))
            fn[(s["type"], rule(d, s, before, after, line))].append((d["id"], s["value"]))
        for p in ps:
            if any(g["type"] == p["type"] and ov((p["start"], p["end"]), (g["start"], g["end"])) for g in d["spans"]):
                continue
            val = tb[p["start"]:p["end"]].decode("utf-8", "replace")
            fp[(p["type"], fp_cause(d, p, val, d["spans"]))].append((d["id"], val))
    for title, groups in (("MISSES (gold spans not found with their type)", fn), ("FALSE POSITIVES (predicted spans overlapping no gold span of their type)", fp)):
        print("## %s: %d\n" % (title, sum(len(v) for v in groups.values())))
        for (t, cause), items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            ex = "; ".join("`%s` (%s)" % (v.replace("\n", "⏎")[:60], i) for i, v in items[:a.examples])
            print("- %d × %s — %s. e.g. %s" % (len(items), t, cause, ex))
        print()


if __name__ == "__main__":
    main()
