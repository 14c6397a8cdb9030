#!/usr/bin/env python3
"""probe.py -- how much of each kind of Faker value the scanner finds, one value per short sentence.

The acceptance sets of issue 14 fill public sentence templates with realistic fake values, which is what
Faker writes. This probe puts Faker's own values (Faker 40.63.0, seeded) into a few neutral frames written
here and asks what share of each kind `tier classify` finds (a value counts as found when the findings
cover at least half of its bytes, a stricter test than score_pii.py's overlap). It also counts how many
company names (which are not personal data) come back with any finding. It measures; nothing was tuned on
the frames, and the detectors use no Faker list (the gazetteer's sources are in scripts/names).

    pip install faker==40.63.0
    python3 eval/faker/probe.py --tier .build/release/tier              # every locale, a table
    python3 eval/faker/probe.py --tier .build/release/tier --misses 5 en_GB
"""
import argparse, collections, json, os, random, subprocess, sys, tempfile

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "en_AU", "en_CA", "en_IN", "pt_BR"]
FRAMES = {
    "name": ["Please forward this to {}.", "{} called about the invoice.", "I met with {} yesterday.",
             "The report was written by {}.", "Can you ask {} to call me back?"],
    "first_name": ["Thanks {}!", "Ask {} about it.", "{} will join us later."],
    "street_address": ["Send it to {}.", "My address is {}.", "I moved to {} last year."],
    "address": ["Ship to {}.", "Address: {}", "We live at {}, come by."],
    "phone_number": ["Call me at {}.", "My number is {}.", "You can reach me on {} after six."],
    "date_of_birth": ["I was born on {}.", "DOB: {}"],
    "email": ["Write to {} please.", "My e-mail is {}."],
    "company": ["I work at {}.", "{} announced record profits.", "The contract with {} was signed yesterday."],
}
PER_KIND = 200


def build(loc, seed):
    from faker import Faker
    f = Faker(loc)
    f.seed_instance(seed)
    r = random.Random(seed)
    docs = []
    for kind, frames in FRAMES.items():
        for k in range(PER_KIND):
            if kind == "date_of_birth":
                v = f.date_of_birth().strftime(r.choice(["%B %d, %Y", "%d/%m/%Y", "%Y-%m-%d", "%d %b %Y"]))
            else:
                v = str(getattr(f, kind)())
            t = r.choice(frames)
            a = len(t.split("{}")[0].encode())
            docs.append({"id": f"{loc}-{kind}-{k}", "kind": kind, "text": t.format(v), "start": a, "end": a + len(v.encode()), "value": v})
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tier", default=".build/release/tier")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--misses", type=int, default=0)
    ap.add_argument("locales", nargs="*")
    args = ap.parse_args()
    import faker
    if faker.VERSION != "40.63.0":
        sys.exit(f"probe.py: needs Faker 40.63.0 (pip install faker==40.63.0), found {faker.VERSION}")
    locales = args.locales or LOCALES
    print("locale  " + "  ".join(f"{k[:14]:>14}" for k in FRAMES))
    for loc in locales:
        docs = build(loc, args.seed)
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as tmp:
            for d in docs:
                tmp.write(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n")
        out = subprocess.run([args.tier, "classify", "--input-format", "jsonl"], stdin=open(tmp.name), capture_output=True, check=True).stdout
        os.unlink(tmp.name)
        pred = {p["id"]: p["spans"] for p in map(json.loads, out.decode().splitlines())}
        found, total, misses = collections.Counter(), collections.Counter(), collections.defaultdict(list)
        for d in docs:
            spans = pred.get(d["id"], [])
            total[d["kind"]] += 1
            if d["kind"] == "company":
                if spans: found[d["kind"]] += 1; misses[d["kind"]].append(d["text"])
                continue
            covered = set()
            for p in spans:
                covered.update(range(max(p["start"], d["start"]), min(p["end"], d["end"])))
            if len(covered) * 2 >= d["end"] - d["start"]: found[d["kind"]] += 1
            else: misses[d["kind"]].append(d["value"])
        print(f"{loc:6s}  " + "  ".join(f"{found[k] / total[k]:>14.3f}" for k in FRAMES))
        for k in FRAMES:
            for m in misses[k][:args.misses]:
                print(f"    {k}: {m!r}")
    print("(company: the share flagged at all, which should be 0; every other column: the share found)")


if __name__ == "__main__":
    main()
