#!/usr/bin/env python3
"""Build Sources/TierCore/Classify/NameGazetteer.swift from the name lists in scripts/names/data/.

    python3 scripts/names/build.py            # writes the Swift table and scripts/names/samples.tsv

Standard library only, offline, deterministic (same inputs, same bytes out). SOURCES.md says where
each list comes from and under which licence; extract.py refreshes the lists from their packages.

The table is a hash table read in place from StaticString literals (no parsing at start-up):

  KEYS     entries grouped by bucket; an entry is  fp len key... flags  where fp, len and flags are
           one character each (value + 0x30, so the literal stays printable ASCII around the keys) and
           key is the normalised UTF-8 of the name.
  BUCKETS  for each of 2^k buckets, the offset of its first entry in KEYS, as 4 characters of 6 bits
           (value + 0x30), plus one final offset (the end of KEYS).

A lookup folds the word into a stack buffer (FOLD, a third literal), hashes it (FNV-1a 32 and a murmur3
finaliser), reads two offsets, and scans the bucket's entries (about two), comparing fp and len before
any key byte.

Normalisation (identical in NameGazetteer.swift): ASCII A-Z to a-z; every letter of Latin-1
Supplement and Latin Extended-A (U+00C0..U+017F, UTF-8 lead bytes C3..C5) to its base letter or
letters in lower-case ASCII ("Ü" -> "u", "ß" -> "ss", "Ł" -> "l", "Æ" -> "ae"; FOLD below), and
the Romanian comma letters U+0218..U+021B (C8 98..9B) to s and t. So "Müller", "MÜLLER", "Muller"
and "Jastrzębski" (the Census has JASTRZEBSKI) share a key. Other scripts are stored as written in
title, lower and upper case ("Nguyễn", "NGUYỄN", "nguyễn").
"""
import collections
import gzip
import os
import random
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(HERE, "data")
OUT = os.path.join(ROOT, "Sources", "TierCore", "Classify", "NameGazetteer.swift")
SAMPLES = os.path.join(HERE, "samples.tsv")

GIVEN, SURNAME, AMBIGUOUS, COMMON_GIVEN, COMMON_SURNAME, PARTICLE, WORD = 1, 2, 4, 8, 16, 32, 64
MAX_KEY = 63  # the length character holds 0..63

# Thresholds for the "common" bits: roughly the names a reader would recognise as names.
SSA_MIN_COMMON = 10_000     # births 1880-2015 (2,428 names)
SPAIN_MIN_COMMON = 5_000    # people living in Spain
CENSUS_RANK_COMMON = 5_000  # rank in the 1990 surname list

# Lower-case name particles: "van", "de la", "bin", "O'" are not names alone but join one.
PARTICLES = ("van von der den de da das do dos del della delle degli di du la le les des ten ter "
             "bin ben ibn bint al el abu mac mc st ó ní ua nic").split()


def read_rows(name):
    with gzip.open(os.path.join(DATA, name), "rt", encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if not line.startswith("#") and line.strip()]


def read_words(name):
    """Whitespace-separated words of a hand list, skipping # comments."""
    out = []
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0]
            out.extend(line.split())
    return out


def read_sections(name):
    sec, cur = collections.defaultdict(list), None
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line.startswith("[") and line.endswith("]"):
                cur = line[1:-1]
            elif line:
                sec[cur].extend(line.split())
    return sec


def _fold_letter(cp):
    """Lower-case ASCII base letters of a Latin-1 / Latin Extended-A code point, or None (not a letter)."""
    ch = chr(cp)
    special = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
               "ĳ": "ij", "ŀ": "l", "ŉ": "n", "ĸ": "k", "ſ": "s", "ħ": "h", "ŧ": "t", "ŋ": "n"}
    low = ch.lower() if len(ch.lower()) == 1 else ch
    if low in special:
        return special[low]
    if not ch.isalpha():
        return None
    base = "".join(c for c in unicodedata.normalize("NFKD", low).lower() if "a" <= c <= "z")  # İ -> i
    return base if 1 <= len(base) <= 2 else None


# U+00C0..U+017F, two characters each: the folded letters, "." padding a one-letter fold, "!!" = not folded.
FOLD = "".join((f + "." if len(f) == 1 else f) if f else "!!" for f in (_fold_letter(cp) for cp in range(0xC0, 0x180)))


def norm(b):
    """The byte normalisation the Swift lookup applies (see the module doc)."""
    out = bytearray()
    i, n = 0, len(b)
    while i < n:
        c = b[i]
        if c < 0x80:
            out.append(c | 0x20 if 0x41 <= c <= 0x5A else c)
            i += 1
            continue
        if 0xC3 <= c <= 0xC5 and i + 1 < n and 0x80 <= b[i + 1] <= 0xBF:
            k = ((c - 0xC3) << 6 | (b[i + 1] - 0x80)) * 2
            if FOLD[k] != "!":
                out.append(ord(FOLD[k]))
                if FOLD[k + 1] != ".":
                    out.append(ord(FOLD[k + 1]))
                i += 2
                continue
        elif c == 0xC8 and i + 1 < n and 0x98 <= b[i + 1] <= 0x9B:
            out.append(0x73 if b[i + 1] < 0x9A else 0x74)
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def fold_accents(s):
    """An accent-free twin: 'Müller' -> 'Muller', 'Łukasz' -> 'Lukasz', 'Strauß' -> 'Strauss'."""
    special = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
               "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i"}
    s = "".join(special.get(ch, ch) for ch in s)
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def hash32(b):
    h = 0x811C9DC5
    for c in b:
        h = ((h ^ c) * 0x01000193) & 0xFFFFFFFF
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & 0xFFFFFFFF
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & 0xFFFFFFFF
    h ^= h >> 16
    return h


def variants(word):
    """Normalised byte keys under which `word` must be found: as written, title, lower and upper
    case (these differ only outside Latin-1), and the same for its accent-free twin."""
    keys = set()
    for w in {word, fold_accents(word)}:
        w = unicodedata.normalize("NFC", w)
        for form in (w, w[:1].upper() + w[1:].lower(), w.lower(), w.upper()):
            b = norm(form.encode("utf-8"))
            if 0 < len(b) <= MAX_KEY:
                keys.add(b)
    return keys


def titled(lower):
    # Source lists come lower-cased; O'brien -> O'Brien and Jean-pierre -> Jean-Pierre for the variants.
    return "-".join("'".join(p[:1].upper() + p[1:] for p in part.split("'")) for part in lower.split("-"))


def collect():
    entries = collections.defaultdict(int)   # display word (lower-case str) -> flags
    counts = collections.Counter()
    amb = read_sections("ambiguous.txt")
    drop = {w.lower() for w in amb["drop"]}
    name_first = {w.lower() for w in amb["name-first"]}
    hand_ambiguous = {w.lower() for w in amb["ambiguous"]}
    words = {r[0] for r in read_rows("scowl35_words.tsv.gz")}

    def add(word, bits, source):
        w = word.strip()
        if not w or w.lower() in drop:
            return
        entries[w] |= bits
        counts[source] += 1

    for name, births in read_rows("ssa_given.tsv.gz"):
        add(titled(name), GIVEN | (COMMON_GIVEN if int(births) >= SSA_MIN_COMMON else 0), "ssa_given")
    for (name,) in read_rows("tzioumis_given.tsv.gz"):
        add(titled(name), GIVEN, "tzioumis_given")
    for name, people in read_rows("spain_given.tsv.gz"):
        add(titled(name), GIVEN | (COMMON_GIVEN if int(people) >= SPAIN_MIN_COMMON else 0), "spain_given")
    for (name,) in read_rows("japan_given.tsv.gz"):
        add(titled(name), GIVEN, "japan_given")
    for (name,) in read_rows("japan_surnames.tsv.gz"):
        add(titled(name), SURNAME, "japan_surnames")
    for name, rank, _in2010 in read_rows("census_surnames.tsv.gz"):
        r = int(rank)
        add(titled(name), SURNAME | (COMMON_SURNAME if 0 < r <= CENSUS_RANK_COMMON else 0), "census_surnames")
        # The Census drops apostrophes (OBRIEN, DANGELO); add O'Brien / D'Angelo when the rest is a name.
    for w in read_words("hand_given.txt"):
        add(w, GIVEN | COMMON_GIVEN, "hand_given")
    for w in read_words("hand_surnames.txt"):
        if w.lower() in PARTICLES:
            add(w.lower(), PARTICLE, "hand_surnames")
        else:
            add(w, SURNAME | COMMON_SURNAME, "hand_surnames")

    # Apostrophe forms of Census surnames: O + name, D + name, where the rest is itself a name.
    by_lower = {w.lower(): f for w, f in entries.items()}
    for w, f in list(entries.items()):
        lw = w.lower()
        if f & SURNAME and len(lw) >= 5 and lw[0] in "od" and lw[1:] in by_lower and "'" not in lw:
            add(lw[0].upper() + "'" + titled(lw[1:]), SURNAME | (f & COMMON_SURNAME), "apostrophe_forms")

    for p in PARTICLES:
        add(p, PARTICLE, "particles")
    # Ambiguity: hand list (entered even when no list has the word, so the scanner can tell a known
    # non-name capitalised word), SCOWL lower-case words that are names, and one- or two-letter names.
    for w in hand_ambiguous:
        add(titled(w) if len(w) > 2 else w.upper(), AMBIGUOUS, "hand_ambiguous")
    for w in list(entries):
        lw = w.lower()
        f = entries[w]
        if f & (GIVEN | SURNAME) and ((lw in words and lw not in name_first) or len(lw) <= 2):
            entries[w] |= AMBIGUOUS
    # Every other SCOWL word, so the scanner can tell a capitalised English word ("Mount", "Visit")
    # from a word no list knows, which may be a given name the lists lack. Only those two kinds of
    # entry get the bit, so a flags value stays below 79 (one printable character).
    known = {w.lower() for w in entries}
    for lw in sorted(words):
        if lw.isalpha() and lw not in known:
            add(titled(lw), WORD, "scowl_words")
    for w in list(entries):
        if w.lower() in words and entries[w] & ~AMBIGUOUS == 0:
            entries[w] |= WORD
    return entries, counts


def build_keys(entries):
    keys = collections.defaultdict(int)
    for w, f in entries.items():
        for k in variants(w):
            keys[k] |= f
    return keys


def enc(v):
    assert 0 <= v < 79
    return bytes([0x30 + v])


def build_table(keys):
    n = len(keys)
    bits = max(4, (n // 2 - 1).bit_length())  # about two entries per bucket
    nb = 1 << bits
    buckets = [[] for _ in range(nb)]
    for k, f in keys.items():
        h = hash32(k)
        buckets[h & (nb - 1)].append((h >> 26, k, f))
    blob = bytearray()
    offsets = []
    for b in buckets:
        offsets.append(len(blob))
        for fp, k, f in sorted(b, key=lambda e: e[1]):
            blob += enc(fp) + enc(len(k)) + k + enc(f)
    offsets.append(len(blob))
    assert len(blob) < 1 << 24
    directory = bytearray()
    for o in offsets:
        directory += b"".join(enc((o >> s) & 63) for s in (18, 12, 6, 0))
    longest = max(len(b) for b in buckets)
    return bits, bytes(blob), bytes(directory), longest, buckets


def swift_literal(data, width=120):
    """A multi-line string literal whose value is exactly `data` (UTF-8): lines end in a backslash
    (no newline in the value); backslashes are escaped; a line never splits a UTF-8 sequence."""
    text = data.decode("utf-8")
    assert '"' not in text and "\n" not in text and "\r" not in text
    lines, cur, curlen = [], [], 0
    for ch in text:
        piece = "\\\\" if ch == "\\" else ch
        cur.append(piece)
        curlen += len(piece)
        if curlen >= width:
            lines.append("".join(cur))
            cur, curlen = [], 0
    if cur:
        lines.append("".join(cur))
    return '"""\n' + "\\\n".join(lines) + '\n"""'


SWIFT = '''// GENERATED by scripts/names/build.py from scripts/names/data/ (sources and licences in
// scripts/names/SOURCES.md). Do not edit: change the lists or the script and run it again.

/// Given names and surnames from public-domain and permissively licensed lists, as a hash table
/// read in place from string literals: nothing is parsed or allocated at start-up.
/// `flags(s, start, end)` looks up the bytes `s[start..<end]`, ignoring ASCII case and the case and
/// accents of Latin letters up to U+017F ("MÜLLER" = "Muller"; see `scripts/names/READY`); 0 means
/// the word is in no list.
enum NameGazetteer {
    /// A given name (US SSA 1880-2015, Tzioumis 2018, Spain, Japan, hand-compiled international list).
    static let given: UInt8 = 1
    /// A surname (US Census 1990 and 2010, Japan, hand-compiled international list).
    static let surname: UInt8 = 2
    /// Also an ordinary English word or a capitalised non-name ("May", "Will", "Street", "Invoice"):
    /// not evidence of a name on its own.
    static let ambiguous: UInt8 = 4
    /// A frequent given name (SSA >= %(ssa)d births, Spain >= %(spain)d people, or the hand list).
    static let commonGiven: UInt8 = 8
    /// A frequent surname (rank <= %(rank)d in the 1990 Census list, or the hand list).
    static let commonSurname: UInt8 = 16
    /// A lower-case name particle ("van", "de", "bin", "al"): part of a name, never one alone.
    static let particle: UInt8 = 32
    /// An English word (SCOWL size 35) that is in no name list: only ever alone or with `ambiguous`.
    static let word: UInt8 = 64

    /// Longest key in bytes; longer words are in no list.
    static let maxKeyLength = %(maxkey)d
    /// Number of keys (spelling variants included) and buckets, for tests and reports.
    static let keyCount = %(nkeys)d
    static let bucketCount = %(nb)d

    /// The flags of the word `s[start..<end]`, or 0 when it is in no list (or the range is not valid).
    static func flags(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt8 {
        guard let p = s.baseAddress, start >= 0, end <= s.count, end > start, end - start <= maxKeyLength else { return 0 }
        // Folding never lengthens the word (a two-byte letter becomes at most two ASCII letters).
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxKeyLength) { buffer -> UInt8 in
            let q = buffer.baseAddress!
            let fold = foldTable.utf8Start
            var n = 0
            var i = start
            while i < end {
                let c = p[i]
                if c < 0x80 {
                    q[n] = c &- 0x41 < 26 ? c | 0x20 : c
                    n += 1; i += 1
                    continue
                }
                if i + 1 < end {
                    let d = p[i + 1]
                    if c &- 0xC3 < 3 && d &- 0x80 < 0x40 {
                        let k = (Int(c &- 0xC3) << 6 | Int(d &- 0x80)) << 1
                        if fold[k] != 0x21 {
                            q[n] = fold[k]; n += 1
                            if fold[k + 1] != 0x2E { q[n] = fold[k + 1]; n += 1 }
                            i += 2
                            continue
                        }
                    } else if c == 0xC8 && d &- 0x98 < 4 {
                        q[n] = d < 0x9A ? 0x73 : 0x74 // Ș ș -> s, Ț ț -> t
                        n += 1; i += 2
                        continue
                    }
                }
                q[n] = c
                n += 1; i += 1
            }
            if let f = lookupFolded(q, n) { return f }
            // A double given name the lists do not hold whole: "Hans-Walter", "Franz-Josef", "Anne-Kathrin".
            // (After the Korean syllables, which the parts of "Ji-ho" would read as two rare given names.)
            let korean = n >= 4 && n <= 13 ? koreanGivenName(q, n) : 0
            if korean != 0 { return korean }
            var dash = 0
            while dash < n, q[dash] != 0x2D { dash += 1 }
            // (Each part of three letters or more, and two different parts: "Ha-ha", "so-so" are none.)
            if dash >= 3, n - dash - 1 >= 3, !(n == 2 * dash + 1 && (0..<dash).allSatisfy({ q[$0] == q[dash + 1 + $0] })),
               let f1 = lookupFolded(q, dash), let f2 = lookupFolded(q + dash + 1, n - dash - 1),
               f1 & given != 0, f2 & given != 0 { return given | f1 & f2 & commonGiven }
            return 0
        }
    }

    /// The flags of the folded key q[0..<n], or nil when no list holds it.
    static func lookupFolded(_ q: UnsafeMutablePointer<UInt8>, _ n: Int) -> UInt8? {
        do {
            var h: UInt32 = 0x811C_9DC5
            for j in 0..<n { h = (h ^ UInt32(q[j])) &* 0x0100_0193 }
            h ^= h >> 16; h = h &* 0x85EB_CA6B; h ^= h >> 13; h = h &* 0xC2B2_AE35; h ^= h >> 16
            let bucket = Int(h & UInt32(bucketCount - 1))
            let fp = UInt8(truncatingIfNeeded: h >> 26) &+ 0x30
            let len = UInt8(n) &+ 0x30
            let dir = buckets.utf8Start
            @inline(__always) func offset(_ b: Int) -> Int {
                let r = dir + b &* 4
                return Int(r[0] &- 0x30) << 18 | Int(r[1] &- 0x30) << 12 | Int(r[2] &- 0x30) << 6 | Int(r[3] &- 0x30)
            }
            let k = keys.utf8Start
            var e = offset(bucket)
            let stop = offset(bucket + 1)
            while e < stop {
                let entryLength = Int(k[e + 1] &- 0x30)
                if k[e] == fp && k[e + 1] == len {
                    var j = 0
                    while j < n && q[j] == k[e + 2 + j] { j += 1 }
                    if j == n { return k[e + 2 + n] &- 0x30 }
                }
                e += entryLength + 3
            }
            return nil
        }
    }

    /// Romanised syllables of Korean given names ("Su-bin", "Chae-won", "Ji-ho"): two of them joined by a
    /// hyphen make a given name when no list holds the word. The lists hold the frequent pairs; the pairs
    /// are too many to list (about a hundred syllables make thousands of names).
    static let koreanSyllables: Set<String> = [
        "a", "ae", "ah", "bin", "bo", "bok", "chae", "chan", "chang", "cheol", "chul", "da", "dae", "do", "dong", "eon", "eun",
        "geun", "gi", "gyeong", "gyu", "ha", "hae", "han", "hee", "ho", "hong", "hoon", "hun", "hwa", "hwan", "hye", "hyeok",
        "hyeon", "hyeong", "hyo", "hyuk", "hyun", "il", "in", "jae", "jeong", "ji", "jin", "joo", "ju", "jun", "jung", "kang",
        "ki", "kwang", "kyu", "kyung", "mi", "min", "mun", "myung", "na", "nam", "ok", "ra", "rin", "ryeong", "sang", "seo",
        "seok", "seon", "seong", "seul", "seung", "shin", "si", "so", "soo", "su", "sun", "sung", "tae", "u", "wan", "won",
        "woo", "woong", "ye", "yeol", "yeon", "yeong", "yi", "yong", "yoon", "young", "yu", "yun",
    ]

    /// The folded word q[0..<n]: two different Korean given-name syllables around one hyphen ("su-bin"),
    /// a given name (`given | commonGiven`); 0 otherwise.
    static func koreanGivenName(_ q: UnsafeMutablePointer<UInt8>, _ n: Int) -> UInt8 {
        var h = -1
        for j in 1..<(n - 1) where q[j] == 0x2D { guard h < 0 else { return 0 }; h = j }
        guard h > 0, h <= 6, n - h - 1 <= 6 else { return 0 }
        for j in 0..<n where j != h { guard q[j] &- 0x61 < 26 else { return 0 } }
        let first = String(decoding: UnsafeBufferPointer(start: q, count: h), as: UTF8.self)
        let second = String(decoding: UnsafeBufferPointer(start: q + h + 1, count: n - h - 1), as: UTF8.self)
        return first != second && koreanSyllables.contains(first) && koreanSyllables.contains(second) ? given | commonGiven : 0
    }

    /// Names that are ordinary words in lower case but names when capitalised (ambiguous.txt's [name-first]:
    /// "frank", "dock", "heather"), lower-case: text written in small letters must not read them as names.
    static let nameFirstWords: [String] = [
%(namefirst)s
    ]

    /// Frequent given names (commonGiven) of four to twelve bytes that no list calls an ordinary word or
    /// ambiguous, lower-case: in a chat's small letters such a word is a person ("omg anjali got the job").
    static let commonGivenLowerCase: [String] = [
%(commongiven)s
    ]

    /// U+00C0..U+017F: two characters per code point, its folded letters ("." pads one letter, "!!" = not a letter).
    private static var foldTable: StaticString { "%(fold)s" }

    // %(nkeys)d entries in %(nb)d buckets (longest bucket: %(longest)d entries).
    private static var keys: StaticString {
%(keys)s
    }

    private static var buckets: StaticString {
%(buckets)s
    }
}
'''


def common_given_literal(entries):
    name_first = {w.lower() for w in read_sections("ambiguous.txt")["name-first"]}
    words = {r[0] for r in read_rows("scowl35_words.tsv.gz")}
    out = sorted({w.lower() for w, f in entries.items()
                  if f & COMMON_GIVEN and not f & (AMBIGUOUS | WORD) and w[:1].isupper() and w.lower() not in name_first
                  and w.lower() not in words and 4 <= len(w.lower().encode("utf-8")) <= 12})
    return literal_lines(out)


def literal_lines(words):
    lines, line = [], "       "
    for w in words:
        item = ' "%s",' % w
        if len(line) + len(item) > 120:
            lines.append(line)
            line = "       "
        line += item
    lines.append(line)
    return "\n".join(lines)


def name_first_literal():
    return literal_lines(sorted({w.lower() for w in read_sections("ambiguous.txt")["name-first"]}))


def main():
    entries, counts = collect()
    keys = build_keys(entries)
    bits, blob, directory, longest, buckets = build_table(keys)
    src = SWIFT % {"ssa": SSA_MIN_COMMON, "spain": SPAIN_MIN_COMMON, "rank": CENSUS_RANK_COMMON,
                   "maxkey": MAX_KEY, "nkeys": len(keys), "nb": 1 << bits, "longest": longest,
                   "keys": swift_literal(blob), "buckets": swift_literal(directory), "fold": FOLD,
                   "namefirst": name_first_literal(), "commongiven": common_given_literal(entries)}
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(src)

    # Samples for the tests: words from each list with the flags the table must return, and
    # strings that must be absent. Drawn with a fixed seed from the built key set.
    rng = random.Random(14)
    by_bit = collections.defaultdict(list)
    for k, f in keys.items():
        for bit in (GIVEN, SURNAME, AMBIGUOUS, COMMON_GIVEN, COMMON_SURNAME, PARTICLE, WORD):
            if f & bit:
                by_bit[bit].append(k)
    rows = []
    for bit, ks in sorted(by_bit.items()):
        ks.sort()
        for k in rng.sample(ks, min(300, len(ks))):
            rows.append((k.decode("utf-8"), keys[k]))
    for k in sorted(k for k in keys if any(c >= 0x80 for c in k))[:: max(1, sum(1 for k in keys if any(c >= 0x80 for c in k)) // 200)]:
        rows.append((k.decode("utf-8"), keys[k]))
    absent = set()
    letters = "abcdefghijklmnopqrstuvwxyz"
    while len(absent) < 500:
        w = "".join(rng.choice(letters) for _ in range(rng.randint(3, 10)))
        if norm(w.encode()) not in keys:
            absent.add(w)
    rows += [(w, 0) for w in sorted(absent)]
    with open(SAMPLES, "w", encoding="utf-8") as f:
        f.write("# word<TAB>flags the table must return (written by build.py; 0 = absent)\n")
        for w, fl in rows:
            f.write("%s\t%d\n" % (w, fl))

    per_bit = {name: sum(1 for f in keys.values() if f & bit) for name, bit in
               (("given", GIVEN), ("surname", SURNAME), ("ambiguous", AMBIGUOUS), ("commonGiven", COMMON_GIVEN),
                ("commonSurname", COMMON_SURNAME), ("particle", PARTICLE), ("word", WORD))}
    print("entries (distinct words): %d; keys with spelling variants: %d; buckets: %d; longest bucket: %d"
          % (len(entries), len(keys), 1 << bits, longest))
    print("rows read per source: " + ", ".join("%s %d" % kv for kv in sorted(counts.items())))
    print("keys per flag: " + ", ".join("%s %d" % kv for kv in per_bit.items()))
    print("literal bytes: keys %d, buckets %d; source file %d bytes" % (len(blob), len(directory), len(src.encode())))


if __name__ == "__main__":
    main()
