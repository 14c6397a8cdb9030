/// Street addresses as a small grammar over lines, for the layouts with no postcode on the street's
/// own line: a street line alone ("384 Jane Oval", "12 Baker Street", "Hauptstraße 5",
/// "12, rue de la Paix"), a unit after it ("Apt 4B", "Suite 211", "#12"), and the town and
/// postcode on the next one or two lines (US, UK, German and French postcodes).
/// Called only where the one-line address (parts ending in a postcode) was not found.
extension PIIScanner {
    /// Street types as they end a street's name (USPS Publication 28 and the UK's common ones).
    static let streetLineTypes = WordTable([
        "Street", "St", "Road", "Rd", "Avenue", "Ave", "Av", "Lane", "Ln", "Drive", "Dr", "Boulevard", "Blvd", "Court", "Ct",
        "Way", "Place", "Pl", "Square", "Sq", "Terrace", "Ter", "Close", "Crescent", "Cres", "Highway", "Hwy", "Parkway",
        "Pkwy", "Circle", "Cir", "Trail", "Trl", "Oval", "Mews", "Grove", "Gardens", "Gdns", "Row", "Alley", "Plaza", "Walk",
        "Hill", "Heights", "Loop", "Path", "Pike", "Crossing", "Ridge", "Parade", "Rise", "Wharf", "Quay", "Embankment",
        "Broadway", "Causeway", "Expressway", "Freeway", "Turnpike", "Bypass", "Meadows", "Estates", "Gate", "Wynd",
        "Hollow", "Landing", "Harbor", "Harbour", "Manor", "Creek", "Spur", "Bend", "Cove", "Springs", "Summit", "Green",
        "Commons", "Point", "Pointe", "Glen", "Knoll", "Vale", "View", "Villas", "Fields", "Park",
        // The rest of USPS Publication 28's primary street suffixes (Appendix C1), written out: "384 Jane Oval",
        // "62024 Hodge Radial", "946 Smith Brooks".
        "Anex", "Arcade", "Bayou", "Beach", "Bluff", "Bluffs", "Bottom", "Branch", "Bridge", "Brook", "Brooks", "Burg",
        "Burgs", "Camp", "Canyon", "Cape", "Center", "Centers", "Circles", "Cliff", "Cliffs", "Club", "Common", "Corner",
        "Corners", "Course", "Courts", "Coves", "Crest", "Crossroad", "Crossroads", "Curve", "Dale", "Dam", "Divide",
        "Drives", "Estate", "Extension", "Extensions", "Fall", "Falls", "Ferry", "Field", "Flat", "Flats", "Ford", "Fords",
        "Forest", "Forge", "Forges", "Fork", "Forks", "Fort", "Garden", "Gateway", "Glens", "Greens", "Groves", "Harbors",
        "Haven", "Hills", "Inlet", "Island", "Islands", "Isle", "Junction", "Junctions", "Key", "Keys", "Knolls", "Lake",
        "Lakes", "Land", "Light", "Lights", "Loaf", "Lock", "Locks", "Lodge", "Mall", "Manors", "Meadow", "Mill", "Mills",
        "Mission", "Motorway", "Mount", "Mountain", "Mountains", "Neck", "Orchard", "Overpass", "Parks", "Parkways", "Pass",
        "Passage", "Pine", "Pines", "Plain", "Plains", "Points", "Port", "Ports", "Prairie", "Radial", "Ramp", "Ranch",
        "Rapid", "Rapids", "Rest", "Ridges", "River", "Roads", "Route", "Rue", "Run", "Shoal", "Shoals", "Shore", "Shores",
        "Skyway", "Spring", "Spurs", "Squares", "Station", "Stravenue", "Stream", "Streets", "Throughway", "Trace", "Track",
        "Trafficway", "Trailer", "Tunnel", "Underpass", "Union", "Unions", "Valley", "Valleys", "Viaduct", "Views",
        "Village", "Villages", "Ville", "Vista", "Walks", "Wall", "Ways", "Well", "Wells",
        // Australian and New Zealand abbreviations: "188 Gum Tree Cl", "14 Marine Pde", "3 Banksia Cct".
        "Cl", "Pde", "Tce", "Cct", "Circuit", "Esplanade", "Esp",
        // And Australia's other street types (Australia Post's list), those no heading or title ends in:
        // "44 Dominguez Follow", "336 Gardner Fairway", "2 Myers Dell".
        "Chase", "Concourse", "Dell", "Deviation", "Fairway", "Follow", "Intersection", "Nook", "Tor", "Brae", "Retreat",
        "Outlook", "Glade", "Grange", "Boulevarde", "Approach", "Crossway", "Driveway", "Firetrail", "Laneway", "Lookout",
        "Meander", "Pathway", "Promenade", "Quadrant", "Ramble", "Ridgeway", "Serviceway", "Thoroughfare", "Tollway", "Mew",
        "Piazza", "Quays", "Rotary", "Rosebowl", "Riviera", "Centreway", "Circlet", "Circus", "Colonnade", "Copse", "Courtyard",
        "Cruiseway", "Footway", "Foreshore", "Frontage", "Gully", "Highroad", "Interchange", "Parklands", "Plateau", "Quadrangle",
        "Riverway", "Roadway", "Strand", "Walkway", "Anchorage", "Alleyway", "Byway", "Brow", "Lees", "Entrance",
        // The rest of Australia Post's list, but for the words that end titles and headings too (Cross, Edge, End,
        // Front, Top, Turn, Ring, Sound, Little, Block): "9 Nichols Brace", "86/626 Bruce Line", "271 Green Gates".
        "Brace", "Strip", "Stairs", "Ronde", "Formation", "Gates", "Amble", "Artery", "Basin", "Boardwalk", "Cutting",
        "Distributor", "Elbow", "Pocket", "Quad", "Roadside", "Siding", "Subway", "Tarn", "Trunkway", "Wade", "Yard",
    ].map { ($0, streetAbbreviations.contains($0) ? 3 : 1) }
    // India's (flag 8): "Sen Chowk", "Boase Marg", "Pillai Nagar", "Bhavsar Ganj", "Rai Path".
    + ["Marg", "Chowk", "Nagar", "Ganj", "Zila", "Path"].map { ($0, 9) }
    // Australia's types that are ordinary words too ("Take the 5 Green Line", "2 Gold Bank shares", "2 Big Steps"): a
    // street type only with a town or postcode after it (flag 4).
    + ["Part", "Upper", "Lower", "Line", "Centre", "Bank", "Bowl", "Break", "Dip", "Gap", "Ground", "Reach", "Reserve", "Ride",
       "Round", "Slope", "Steps", "Towers", "Triangle", "Link", "Range"].map { ($0, 5) })

    /// Street types abbreviated: a full stop after one is part of the address, after a word it ends the sentence.
    static let streetAbbreviations: Set<String> = ["St", "Rd", "Ave", "Av", "Ln", "Dr", "Blvd", "Ct", "Pl", "Sq", "Ter", "Cres", "Hwy",
                                                    "Pkwy", "Cir", "Trl", "Gdns", "Cl", "Pde", "Tce", "Cct", "Esp"]

    /// Words that name a unit after the street: "Apt 4B", "Suite 211", "Flat 3".
    static let streetUnitWords = WordTable(["Apt", "Apartment", "Suite", "Ste", "Unit", "Flat", "Fl", "Floor", "Room", "Rm", "Bldg", "Building"].map { ($0, 1) })

    /// A street line from the house number at `start` (its digits end at `numberEnd`), then a unit
    /// and up to two lines of town and postcode; nil when the words do not end in a street type.
    static func streetLine(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, numberEnd: Int) -> Int? {
        let n = s.count
        var j = numberEnd
        // "12a Baker Street", "8A RECTORY MEWS": one letter after the number.
        if j < n, ASCII.isAlpha(s[j]), j + 1 < n, s[j + 1] == 0x20 { j += 1 }
        // "8/82 Hale Deviation", "919/4 Jordan Gates": a unit and the house number (Australia), or the other way round.
        else if j + 2 < n, s[j] == UInt8(ascii: "/"), isDigit(s[j + 1]) {
            var m = j + 1
            while m < n, m - j <= 4, isDigit(s[m]) { m += 1 }
            if m < n, s[m] == 0x20 { j = m }
        }
        guard j + 1 < n, s[j] == 0x20 else { return nil }
        j += 1
        // One to four words, the last a street type: capitalized words, ordinals ("42nd"), initials ("W.").
        var words = 0
        var end = -1
        var capsType = false
        var weakType = false
        while words < 5, j < n {
            let a = j
            let c = s[a]
            guard c &- 0x41 < 26 || c >= 0xC3 || isDigit(c) else { break }
            var k = a + 1
            // A word in capitals ("CHURCH GARDENS", a compass point "NE", "SW"): read to its end,
            // its type looked up as it is written in small letters.
            let caps = c &- 0x41 < 26 && k < n && s[k] &- 0x41 < 26
            if caps {
                while k < n, s[k] &- 0x41 < 26 || s[k] >= 0x80 || isDigit(s[k]) || s[k] == UInt8(ascii: "-") || s[k] == UInt8(ascii: "'") { k += 1 }
                // "127 AVENUE JEAN JAURÈS": a French type in capitals after the number.
                if words == 0, k - a >= 3, k - a <= 9, (0x3_8107 as UInt32) >> UInt32(c &- 0x41) & 1 != 0, isCapsFrenchType(s, a, k), let e = frenchStreetLine(s, typeStart: a), crossesLine(s, k, e) { return e }
            } else {
                while k < n, ByteClass.name.contains(s[k]) || isDigit(s[k]) { k += 1 }
            }
            if isDigit(c) {
                // An ordinal: digits and st, nd, rd or th.
                var d = a
                while d < k, isDigit(s[d]) { d += 1 }
                guard k - d == 2 else { break }
            }
            words += 1
            let type = words >= 2 ? (caps ? capsLookup(streetLineTypes, s, a, k) : streetLineTypes.lookup(s, a, k)) : 0
            if type & 2 != 0, k < n, s[k] == UInt8(ascii: ".") { k += 1 }
            if type != 0 { end = k; capsType = caps; weakType = type & 4 != 0; break }
            // An initial or a short abbreviation: "W. 42nd Street", "12 St. James Street"; not "17 Mar. Route".
            if k < n, s[k] == UInt8(ascii: "."), k - a <= 2 { k += 1 }
            guard k + 1 < n, s[k] == 0x20 else { break }
            j = k + 1
        }
        guard end > 0, endsToken(s, end) || s[end - 1] == UInt8(ascii: ".") else { return nil }
        let e = streetLineTail(s, end)
        // A street type in capitals counts with the town or postcode after it only: capitals are
        // also headlines ("12 ANGRY MEN ROAD SHOW"); so does a type that is an ordinary word ("5 Green Line").
        // A type that is an ordinary word too ("Take the 5 Green Line", "2 Gold Bank shares"): with the town or postcode
        // after it, or after a word that puts an address there ("moved to 9 Michael Centre", "Address: 5 Kay Range").
        if weakType, !crossesLine(s, end, e), !addressWordBefore(s, start) { return nil }
        return !capsType || crossesLine(s, end, e) ? e : nil
    }

    /// Before `start` (past one space or a colon and spaces): "to", "at", "is", "address", "ship", "deliver", or a label's colon.
    static func addressWordBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var e = start
        while e > 0, start - e < 4, s[e - 1] == 0x20 { e -= 1 }
        guard e > 0, e < start else { return false }
        if s[e - 1] == UInt8(ascii: ":") { return true }
        var a = e
        while a > 0, e - a < 8, ASCII.isAlpha(s[a - 1]) { a -= 1 }
        guard a == 0 || !ASCII.isAlpha(s[a - 1]) else { return false }
        return addressWordsBefore.lookupLowered(s, a, e) != 0
    }
    static let addressWordsBefore = WordTable(["to", "at", "is", "address", "ship", "deliver", "lives", "live"].map { ($0, 1) })

    /// The address s[..<e] goes on past `from` to a town or postcode: a line break or a comma lies between.
    @inline(__always) static func crossesLine(_ s: UnsafeBufferPointer<UInt8>, _ from: Int, _ e: Int) -> Bool {
        var k = from
        while k < e { if s[k] == 0x0A || s[k] == UInt8(ascii: ",") { return e > k + 1 }; k += 1 }
        return false
    }

    /// The word s[a..<b] in capitals, looked up in `table` as it is written with a capital and small letters.
    static func capsLookup(_ table: WordTable, _ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> UInt8 {
        guard b - a >= 2, b - a <= 16 else { return 0 }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { buf in
            buf[0] = s[a]
            for k in (a + 1)..<b { buf[k - a] = ASCII.lower(s[k]) }
            return table.lookup(UnsafeBufferPointer(rebasing: buf[0..<(b - a)]), 0, b - a)
        }
    }


    /// s[a..<b] is a French street type in capitals ("RUE", "QUAI", "BOULEVARD"): `frenchStreetTypes`
    /// packed lower-cased as literals (a test checks they are the list's), as this runs at every word
    /// in capitals after a house number.
    /// (The callers test the first letter first: R A B C P I Q, bits 0x3_8107 over A..Z.)
    static func isCapsFrenchType(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        if b - a == 9 { return lowerPacked8(s, a, a + 8) == 0x726176656c756f62 && ASCII.lower(s[a + 8]) == UInt8(ascii: "d") }
        switch lowerPacked8(s, a, b) {
        case 0x657572, 0x65756e657661, 0x6e696d656863, 0x65a9c36c6c61, 0x6563616c70, 0x65737361706d69, 0x69617571, 0x6574756f72,
             0x7372756f63: return true
        default: return false
        }
    }

    /// After a street's name ending at `end`: a compass point, a unit, then the town and postcode
    /// on the same line after a comma or on the next one or two lines. Returns where the address ends.
    static func streetLineTail(_ s: UnsafeBufferPointer<UInt8>, _ from: Int) -> Int {
        let n = s.count
        var end = from
        // "Main Street NW"
        if end + 2 < n, s[end] == 0x20 {
            var k = end + 1
            while k < n, k - end <= 3, s[k] == UInt8(ascii: "N") || s[k] == UInt8(ascii: "S") || s[k] == UInt8(ascii: "E") || s[k] == UInt8(ascii: "W") { k += 1 }
            if k > end + 1, endsToken(s, k) { end = k }
        }
        // ", Apt 4B", " Suite 211", " #12"
        var k = end
        if k < n, s[k] == UInt8(ascii: ",") { k += 1 }
        if k + 2 < n, s[k] == 0x20 {
            k += 1
            var w = k
            if s[w] == UInt8(ascii: "#") { w += 1 } else {
                while w < n, ASCII.isAlpha(s[w]) { w += 1 }
                guard streetUnitWords.lookup(s, k, w) != 0 else { return postcodeAfter(s, end) }
                if w < n, s[w] == UInt8(ascii: ".") { w += 1 }
                guard w + 1 < n, s[w] == 0x20 else { return postcodeAfter(s, end) }
                w += 1
            }
            var e = w
            while e < n, isAlnum(s[e]) || s[e] == UInt8(ascii: "-") { e += 1 }
            if e > w, e - w <= 6, (w..<e).contains(where: { isDigit(s[$0]) }) { end = e }
        }
        return postcodeAfter(s, end)
    }

    /// The town and postcode after a street line ending at `end`: after a comma on the same line
    /// ("…, Springfield, IL 62704", "…, London NW1 6XE") or on one of the next two lines. `end` when none.
    static func postcodeAfter(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int {
        let n = s.count
        var k = end
        // A Brazilian district after a dash: "Rua Augusta, 72 - Consolação", then the town and CEP on this line or the next.
        if k + 4 < n, s[k] == 0x20, s[k + 1] == UInt8(ascii: "-"), s[k + 2] == 0x20, s[k + 3] &- 0x41 < 26 || s[k + 3] >= 0xC3 {
            var d = k + 3
            while d < n, d - k < 40, s[d] != UInt8(ascii: ","), s[d] != 0x0A, ByteClass.addressPart.contains(s[d]) { d += 1 }
            if d < n, s[d] == UInt8(ascii: ",") || s[d] == 0x0A {
                let e = postcodeAfter(s, d)
                if e > d { return e }
            }
        }
        if k < n, s[k] == UInt8(ascii: ",") {
            k += 1
            while k < n, s[k] == 0x20 { k += 1 }
            if k < n, s[k] != 0x0A, let e = postcodeLine(s, k) { return e }
        }
        // A dash before the postcode's part: "Rotonda Claudia 109 – 20142 Milano MI".
        if k + 5 < n, s[k] == 0x20, s[k + 1] == 0xE2, s[k + 2] == 0x80, s[k + 3] == 0x93 || s[k + 3] == 0x94, s[k + 4] == 0x20, isDigit(s[k + 5]),
           let e = postcodeLine(s, k + 5) { return e }
        // The next two lines, when the street line ends here.
        while k < n, s[k] == 0x20 || s[k] == UInt8(ascii: ",") || s[k] == 0x0D { k += 1 }
        guard k < n, s[k] == 0x0A else { return end }
        var line = k + 1
        for _ in 0..<2 {
            while line < n, s[line] == 0x20 { line += 1 }
            guard line < n, s[line] != 0x0A else { return end }
            if let e = postcodeLine(s, line) { return e }
            // A town line without a postcode may come before the postcode's own line (UK).
            var l = line
            while l < n, l - line < 60, ByteClass.addressPart.contains(s[l]) || s[l] == UInt8(ascii: ",") { l += 1 }
            guard l < n, s[l] == 0x0A || s[l] == 0x0D else { return end }
            line = s[l] == 0x0D ? l + 2 : l + 1
        }
        return end
    }

    /// A line (from `start`, at most 60 bytes) of comma-separated parts of which one ends in a
    /// postcode: "Springfield, IL 62704", "London NW1 6XE", "10115 Berlin", "NW1 6XE".
    static func postcodeLine(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        let n = s.count
        var a = start
        var k = start
        while k <= n, k - start <= 60 {
            // " - " inside a part joins a town and its state: "Recife - PE, 51011-000".
            if k > start, k + 1 < n, s[k] == UInt8(ascii: "-"), s[k - 1] == 0x20, s[k + 1] == 0x20 { k += 1; continue }
            if k == n || s[k] == UInt8(ascii: ",") || s[k] == 0x0A || s[k] == 0x0D || !(ByteClass.addressPart.contains(s[k])) {
                if k > a, let e = postalTail(s, a, k) { return e }
                // (A sentence's full stop after the part is no part of it: "..., NSW, 2657.")
                var t = k
                while t > a + 1, s[t - 1] == UInt8(ascii: ".") { t -= 1 }
                // A town and then its postcode, or the postcode and then its town, as parts of their own: "Jaén, 05009",
                // "13884, Torrazzo (BI)".
                if t - a == 5, allDigits(s, a, 5), t == n || !isAlnum(s[t]) {
                    if a >= 4, s[a - 1] == 0x20, s[a - 2] == UInt8(ascii: ","), a - 2 > start, t == n || s[t] != UInt8(ascii: ",") { return t }
                    if t + 3 < n, s[t] == UInt8(ascii: ","), s[t + 1] == 0x20, s[t + 2] &- 0x41 < 26 || s[t + 2] >= 0xC3 {
                        var z = t + 2
                        while z < n, z - t < 40, s[z] != 0x0A, s[z] != 0x0D, s[z] != UInt8(ascii: ","), s[z] != UInt8(ascii: "(") { z += 1 }
                        while z > t + 2, s[z - 1] == 0x20 { z -= 1 }
                        // "(BI)": the province after the town.
                        if z + 4 <= n, s[z] == 0x20 || s[z] == UInt8(ascii: "("), let close = (z..<min(n, z + 6)).first(where: { s[$0] == UInt8(ascii: ")") }) { z = close + 1 }
                        return z
                    }
                }
                // An Australian state and its postcode as parts of their own: "St. Melanie, VIC, 2999".
                if t - a == 4, allDigits(s, a, 4), t == n || !isAlnum(s[t]), a >= 5, s[a - 1] == 0x20, s[a - 2] == UInt8(ascii: ",") {
                    var z = a - 2
                    while z > start, s[z - 1] != 0x20, s[z - 1] != UInt8(ascii: ",") { z -= 1 }
                    if australianState(s, z, a - 2) { return t }
                }
                guard k < n, s[k] == UInt8(ascii: ",") else { return nil }
                k += 1
                while k < n, s[k] == 0x20 { k += 1 }
                // An Australian state's postcode that a sentence goes on after: "NT, 2900. Send it to ...".
                if k + 4 <= n, allDigits(s, k, 4), k + 4 == n || !isAlnum(s[k + 4]) && s[k + 4] != UInt8(ascii: "-"), k - 2 > a, australianState(s, a, k - 2) {
                    return k + 4
                }
                a = k
                continue
            }
            k += 1
        }
        return nil
    }

    /// "Hauptstraße 5", "Baldur-Klemt-Ring 12a": a German street word (ending at `wordEnd`) and a
    /// house number, then the postcode line.
    static func germanStreetLine(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, wordEnd: Int) -> Int? {
        let n = s.count
        guard wordEnd + 1 < n, s[wordEnd] == 0x20, isDigit(s[wordEnd + 1]), germanStreetWordEnd(s, start, wordEnd: wordEnd) != nil else { return nil }
        var k = wordEnd + 1
        while k < n, isDigit(s[k]), k - wordEnd <= 4 { k += 1 }
        if k < n, s[k] &- 0x61 < 26, k + 1 >= n || !ASCII.isAlnum(s[k + 1]) { k += 1 }
        // A range or a flat after the number: "Faustgasse 38-43", "Seifertstr. 8/3".
        if k + 1 < n, s[k] == UInt8(ascii: "-") || s[k] == UInt8(ascii: "/"), isDigit(s[k + 1]) {
            var m = k + 1
            while m < n, isDigit(s[m]), m - k <= 4 { m += 1 }
            if m < n, s[m] &- 0x61 < 26, m + 1 >= n || !ASCII.isAlnum(s[m + 1]) { m += 1 }
            if endsToken(s, m) { k = m }
        }
        guard endsToken(s, k) else { return nil }
        return postcodeAfter(s, k)
    }

    /// Words of a French street's name after its type: particles and capitalized words.
    static let frenchParticles = WordTable(["de", "du", "des", "la", "le", "les", "et", "aux", "au", "sur"].map { ($0, 1) })

    /// "12, rue de la Paix" then the postcode line: the type at `typeStart`, then particles and
    /// capitalized words ("l'", "d'" elided before them).
    static func frenchStreetLine(_ s: UnsafeBufferPointer<UInt8>, typeStart: Int) -> Int? {
        let n = s.count
        var j = typeStart
        while j < n, ASCII.isAlpha(s[j]) || s[j] >= 0x80 { j += 1 }
        var end = -1
        while j + 1 < n, s[j] == 0x20 {
            var a = j + 1
            if a + 2 < n, s[a] == UInt8(ascii: "l") || s[a] == UInt8(ascii: "d"), s[a + 1] == UInt8(ascii: "'") { a += 2 }
            var k = a
            while k < n, ByteClass.streetWord.contains(s[k]) { k += 1 }
            guard k > a else { break }
            let capital = s[a] &- 0x41 < 26 || s[a] >= 0xC3
            guard capital || frenchParticles.lookup(s, a, k) != 0 else { break }
            if capital { end = k }
            j = k
        }
        guard end > 0 else { return nil }
        while end > typeStart, s[end - 1] == UInt8(ascii: ".") { end -= 1 }
        return postcodeAfter(s, end)
    }

    /// A French street with no house number, its postcode and town on the next line: "rue Vincent\n95845 Saint
    /// Simone-sur-Mer", "chemin Anouk Mathieu\n03676 Bodin". The postcode line is required (a street's name alone
    /// is no address).
    static func numberlessFrenchStreet(_ s: UnsafeBufferPointer<UInt8>, _ typeStart: Int) -> Int? {
        guard let e = frenchStreetLine(s, typeStart: typeStart) else { return nil }
        var k = typeStart
        while k < e, s[k] != 0x0A { k += 1 }
        // The postcode on the next line, five digits first.
        guard k + 6 < e, allDigits(s, k + 1, 5), !isDigit(s[k + 6]) else { return nil }
        return e
    }

    /// Street types Italian, Spanish, Portuguese, Galician and Catalan addresses open with.
    /// Flag 2: a type that names nothing but a street (no lake, field, park or beach), `streetOnlyRomanceTypeWords`.
    static let romanceStreetTypes = WordTable(romanceStreetTypeWords.map { ($0, streetOnlyRomanceTypeWords.contains($0) ? 3 : 1) })
    static let romanceStreetTypeWords = ["Via", "Viale", "Corso", "Piazza", "Piazzale", "Largo", "Vicolo", "Calle", "Avenida", "Avda.",
                                               "Avda", "Av.", "Paseo", "Pº", "Plaza", "Pza.", "Carrer", "Rúa", "Rua", "Camino", "Carretera",
                                               "Ronda", "Travesía", "Rambla", "Passeig", "Praça", "Travessa", "Lungomare", "Contrada",
                                               // Italy's and Spain's other types of street: "Strada Elisa, 23", "Cuesta de Oriana 93".
                                               "Strada", "Borgo", "Incrocio", "Canale", "Rotonda", "Traversa", "Salita", "Stretto", "Piazzetta", "Località",
                                               "Cañada", "Cuesta", "Pasadizo", "Pasaje", "Vial", "Glorieta", "Callejón", "Alameda", "Bulevar",
                                               "Urbanización", "Costanilla", "Acceso", "Ctra.", "Avinguda", "Vía", "Estrada", "Beco", "C.",
                                               // Brazil's other types of street (logradouro): "Ladeira de da Luz, 13", "Quadra Maria Vitória, 178".
                                               "Passarela", "Residencial", "Pátio", "Esplanada", "Estação", "Vereda", "Vale", "Ladeira", "Lago", "Lagoa",
                                               "Feira", "Morro", "Chácara", "Viela", "Viaduto", "Quadra", "Conjunto", "Condomínio", "Setor", "Sítio",
                                               "Trecho", "Trevo", "Rodovia", "Parque", "Jardim", "Loteamento", "Núcleo", "Recanto", "Aeroporto", "Campo",
                                               "Colônia", "Distrito", "Fazenda", "Praia", "Favela",
                                               // Polish, as written before the name: "ul. Piotrkowska 87", "al. Jerozolimskie 65".
                                               "ul.", "al.", "pl.", "os.", "Ul.", "Al."]
    static let romanceParticles = WordTable(["de", "del", "la", "las", "los", "el", "dei", "della", "delle", "degli", "dello", "di", "da",
                                             "do", "dos", "das", "d", "l", "y", "e", "i", "en", "san", "santa", "sant"].map { ($0, 1) })

    /// "Via dei Mille 134, scala C, 20121 Milano MI", "C/ de Alcalá, 163, 41066 Sevilla", "Rúa do Franco, 180":
    /// a street type (ending at `wordEnd`), particles and capitalized words, a house number (after
    /// a comma or not), and a postcode after it, or else the Italian and Spanish comma before the number, a floor or
    /// door after it, or a number that ends the clause ("Via email" and "Plaza Hotel" start sentences).
    @inline(never) static func romanceStreet(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ wordEnd: Int) -> Int? {
        let n = s.count
        var j: Int
        var type: UInt8 = 0
        if s[wordEnd] == UInt8(ascii: "/") {
            guard wordEnd == start + 1, s[start] == UInt8(ascii: "C"), wordEnd + 2 < n, s[wordEnd + 1] == 0x20 else { return nil }
            j = wordEnd + 2
        } else {
            type = romanceStreetTypes.lookup(s, start, wordEnd)
            guard type != 0 else { return nil }
            j = wordEnd + 1
        }
        // The name: particles ("de", "dei", "d'") and capitalized words, at most six.
        var named = false
        var particle = false
        var words = 0
        while words < 6, j < n {
            var k = j
            while k < n, ByteClass.streetWord.contains(s[k]) { k += 1 }
            if k < n, s[k] == UInt8(ascii: "'"), k - j <= 2 { k += 1; j = k; continue }   // d', l'
            guard k > j else { break }
            let capital = s[j] &- 0x41 < 26 || s[j] >= 0xC3
            guard capital || romanceParticles.lookup(s, j, k) != 0 else { break }
            if capital && !isDigit(s[j]) { named = true } else if !capital { particle = true }
            words += 1
            guard k + 1 < n else { return nil }
            if s[k] == 0x20 && isDigit(s[k + 1]) || s[k] == UInt8(ascii: ",") && k + 2 < n && s[k + 1] == 0x20 && isDigit(s[k + 2]) {
                j = k
                break
            }
            guard s[k] == 0x20 else { return nil }
            j = k + 1
        }
        guard named, j < n, s[j] == 0x20 || s[j] == UInt8(ascii: ",") else { return nil }
        // The house number
        var k = j + (s[j] == UInt8(ascii: ",") ? 2 : 1)
        let numberStart = k
        while k < n, isDigit(s[k]), k - numberStart < 5 { k += 1 }
        guard k > numberStart else { return nil }
        if k < n, ASCII.isAlpha(s[k]), k + 1 >= n || !ASCII.isAlnum(s[k + 1]) { k += 1 }   // 49A
        // "108/A", "12/3": a letter or a number after a slash; a Polish flat, "133 m. 39".
        if k + 1 < n, s[k] == UInt8(ascii: "/"), ASCII.isAlnum(s[k + 1]) {
            var m = k + 1
            while m < n, m - k <= 3, ASCII.isAlnum(s[m]) { m += 1 }
            if m - k <= 3 { k = m }
        } else if k + 4 < n, s[k] == 0x20, s[k + 1] == UInt8(ascii: "m"), s[k + 2] == UInt8(ascii: "."), s[k + 3] == 0x20, isDigit(s[k + 4]) {
            var m = k + 4
            while m < n, m - k <= 8, isDigit(s[m]) { m += 1 }
            k = m
        }
        guard endsToken(s, k) else { return nil }
        // A floor, flat or door after the number: "Viale Gangemi, 57 Piano 7", "Avenida Emilio Pujol 23 Puerta 5".
        var unit = false
        if k + 3 < n, s[k] == 0x20 || s[k] == UInt8(ascii: ",") {
            var a = k + 1
            if s[k] == UInt8(ascii: ","), s[a] == 0x20 { a += 1 }
            var b = a
            while b < n, ASCII.isAlpha(s[b]) || s[b] >= 0x80 { b += 1 }
            if b > a, romanceUnitWords.lookupLowered(s, a, b) != 0 {
                if b < n, s[b] == UInt8(ascii: ".") { b += 1 }
                if b + 1 < n, s[b] == 0x20, ASCII.isAlnum(s[b + 1]) {
                    var m = b + 1
                    while m < n, m - b <= 4, ASCII.isAlnum(s[m]) || s[m] == 0xC2 || s[m] == 0xBA { m += 1 }   // "1º"
                    if endsToken(s, m) { k = m; unit = true }
                }
            }
        }
        let e = postcodeAfter(s, k)
        if crossesLine(s, k, e) { return e }
        // No postcode: the Italian and Spanish comma before the number ("Via Basadonna, 1"), a unit after it, or a
        // number that ends the line or the clause ("Calle de Fidel Isern 400.") says the street is an address; a
        // type and a name alone start sentences too ("Plaza Hotel").
        let clauseEnd = k == n || s[k] == 0x0A || s[k] == 0x0D || s[k] == UInt8(ascii: ",") || s[k] == UInt8(ascii: ";") || s[k] == UInt8(ascii: ")")
            || s[k] == UInt8(ascii: ".") && (k + 1 == n || s[k + 1] == 0x20 || s[k + 1] == 0x0A)
        // Or a particle inside the name, after a type word of four letters or more, and the sentence going on in small
        // letters after the number: "I moved to Avenida de Vasco Palau 32 last year" ("Plaza Hotel 5 stars" has none).
        // (Only after the types that name streets alone, not a lake's, a field's or a park's, and not before a count:
        // "Lago di Como 3 days ago", "Parque de la Costa 2 tickets".)
        // (Or, with no particle, after a preposition of place: "ci siamo trasferiti in Canale Bellini 141 il mese scorso".)
        var goesOn = (particle && type & 2 != 0 || streetPrepositionBefore(s, start)) && wordEnd - start >= 4 && k + 2 < n && s[k] == 0x20
            && s[k + 1] &- 0x61 < 26
        if goesOn {
            var w = k + 1
            while w < n, s[w] &- 0x61 < 26 { w += 1 }
            if countNouns.lookup(s, k + 1, w) != 0 { goesOn = false }
        }
        // (A postcode read after it says so too: "Rotonda Claudia 109 – 20142 Milano MI".)
        return unit || clauseEnd || goesOn || s[j] == UInt8(ascii: ",") || e > k ? e : nil
    }

    /// Romance street types that name nothing but a street (no lake, field, park or beach).
    static let streetOnlyRomanceTypeWords: Set<String> = ["Avenida", "Calle", "Callejón", "Camino", "Paseo", "Urbanización", "Acceso", "Vial",
                                                   "Travessa", "Carrer", "Viale", "Corso", "Vicolo", "Travesía", "Avinguda", "Rua",
                                                   "Rúa", "Alameda", "Ladeira", "Viela", "Rodovia", "Estrada", "Carretera", "Passeig",
                                                   "Glorieta", "Pasaje", "Cuesta", "Ronda", "Rambla", "Bulevar", "Costanilla"]
    /// Words after a number that count, so the number is no house number: "3 days ago", "2 tickets", "3 giorni".
    static let countNouns = WordTable(["days", "day", "nights", "night", "times", "tickets", "ticket", "years", "year", "weeks", "week",
                                       "months", "month", "hours", "hour", "minutes", "people", "persons", "stars", "euros", "reais",
                                       "pesos", "km", "miles", "metres", "meters", "of", "more", "in", "a", "or", "and", "to",
                                       "giorni", "giorno", "notti", "anni", "mesi", "settimane", "ore", "persone", "euro", "volte",
                                       "días", "dias", "noches", "noites", "años", "anos", "meses", "semanas", "horas", "personas",
                                       "pessoas", "veces", "vezes", "minutos", "minuti", "e", "y", "o", "ou"].map { ($0, 1) })

    /// Before `start`: a preposition of place, a word of its own ("in", "a", "en", "em", "na", "no", "nella", "alla").
    static let streetPrepositions = WordTable(["in", "a", "en", "em", "na", "no", "nella", "alla", "sulla", "nel", "al"].map { ($0, 1) })
    static func streetPrepositionBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start >= 3, s[start - 1] == 0x20 else { return false }
        var a = start - 1
        while a > 0, start - 1 - a < 6, s[a - 1] &- 0x61 < 26 { a -= 1 }
        return a < start - 1 && (a == 0 || !ASCII.isAlnum(s[a - 1])) && streetPrepositions.lookup(s, a, start - 1) != 0
    }

    /// The first letters of `romanceStreetTypes` in capitals (and "C/"), as bits over A..Z.
    static let romanceTypeFirstLetters: UInt32 = 0x3F_BB7F

    /// Floors, flats and doors after an Italian or Spanish house number, lower-cased.
    static let romanceUnitWords = WordTable(["piano", "appartamento", "app", "int", "interno", "scala", "sc", "piso", "puerta", "pta",
                                             "apt", "apto", "bajo", "planta", "esc", "escalera", "portal", "andar", "apartamento"].map { ($0, 1) })

    /// Prepositions German street names of several words start with: "Am Mühlbach", "Hinter der Kirche", "Zur Linde".
    static let germanStreetPrepositions = WordTable(["Am", "An", "Auf", "Im", "In", "Zum", "Zur", "Hinter", "Unter", "Vor", "Bei", "Beim",
                                                     "Über", "Alte", "Alter", "Altes"].map { ($0, 1) })
    static let germanArticles = WordTable(["der", "dem", "den", "die", "das"].map { ($0, 1) })

    /// "Am Rosengarten 82, 01343 Dresden", "Hinter der Kirche 67" and its postcode line: a preposition
    /// (ending at `wordEnd`), an article or not, one or two capitalized words, a house number, and
    /// the postcode after a comma or on the next lines (required: these words also start sentences).
    @inline(never) static func germanPrefixStreet(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ wordEnd: Int) -> Int? {
        let n = s.count
        guard germanStreetPrepositions.lookup(s, start, wordEnd) != 0 else { return nil }
        var j = wordEnd + 1
        var k = j
        while k < n, s[k] &- 0x61 < 26 { k += 1 }
        if k > j {
            guard k + 1 < n, s[k] == 0x20, germanArticles.lookup(s, j, k) != 0 else { return nil }
            j = k + 1
        }
        var words = 0
        while words < 2, j < n, s[j] &- 0x41 < 26 || s[j] >= 0xC3 {
            k = j + 1
            while k < n, ByteClass.name.contains(s[k]) { k += 1 }
            guard k > j + 1, k + 1 < n, s[k] == 0x20 else { return nil }
            words += 1
            j = k + 1
        }
        guard words > 0, j < n, isDigit(s[j]) else { return nil }
        k = j
        while k < n, isDigit(s[k]), k - j <= 4 { k += 1 }
        if k < n, s[k] &- 0x61 < 26, k + 1 >= n || !ASCII.isAlnum(s[k + 1]) { k += 1 }
        guard endsToken(s, k) else { return nil }
        let e = postcodeAfter(s, k)
        return crossesLine(s, k, e) ? e : nil
    }
}

extension PIIScanner {
    /// The labels an address is written under, lower-case ("location" and "premises" only with a
    /// comma in the value: "Location: Room 4.12" is none).
    static let addressLabels = WordTable([("address", 1), ("adresse", 1), ("indirizzo", 1), ("endereço", 1), ("dirección", 1),
                                          ("direccion", 1), ("shipto", 1), ("morada", 1), ("location", 2), ("premises", 2),
                                          // Finnish, Dutch/Polish/Turkish, Swedish, Czech/Romanian, Indonesian, German.
                                          ("osoite", 1), ("adres", 1), ("adress", 1), ("adresa", 1), ("alamat", 1), ("anschrift", 1),
                                          // Where one lives: Czech, Hungarian, Romanian.
                                          ("bydliště", 1), ("lakcím", 1), ("domiciliu", 1),
                                          // Slovene, Latvian, Lithuanian, Estonian, Swahili.
                                          ("naslov", 1), ("adrese", 1), ("adresas", 1), ("aadress", 1), ("anwani", 1)])

    /// After the label s[i..<e] ("Address", "HOME ADDRESS", "<shipTo>", "| Address |"): its value, when it
    /// reads as a postal address in any country's layout: two or more words and a house number or
    /// postcode (or three parts between commas), no '@', '=', '_' or "://", not a memory or network
    /// address. A value on the lines below the label (a block) runs to a blank line or the next label.
    /// Words before "address" that make it no postal one.
    static let otherAddresses = WordTable(["ip", "mac", "email", "e-mail", "memory", "bind", "web", "wallet", "server", "listen",
                                           "remote", "base", "network", "bitcoin", "ethereum", "contract", "hardware", "virtual",
                                           "broadcast", "gateway", "url", "proxy", "peer", "node", "ipv4", "ipv6", "lightning", "deposit",
                                           "ethernet", "crypto", "btc", "eth"].map { ($0, 1) })

    static func labelledAddress(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> (Int, Int)? {
        let n = s.count
        // The word goes on past letters outside ASCII: "Endereço", "Dirección".
        var e = e
        while e < n, e - i <= 10, s[e] >= 0x80 || ASCII.isAlpha(s[e]) { e += 1 }
        guard i == 0 || !ASCII.isAlpha(s[i - 1]), e - i <= 10 else { return nil }
        let kind = addressLabels.lookupLowered(s, i, e)
        guard kind != 0 else { return nil }
        // The label's end: '"', spaces, then ':', '=', '>' or '|' (or " is "); "Endereço de entrega:",
        // "Address for delivery:", "Indirizzo di consegna:" name one too.
        var k = e
        if k + 4 < n, s[k] == 0x20 {
            var a = k + 1
            while a < n, a - k <= 4, s[a] &- 0x61 < 26 { a += 1 }
            let w = a - k - 1
            if a < n, s[a] == 0x20, w == 2 && s[k + 1] == UInt8(ascii: "d") && (s[k + 2] == UInt8(ascii: "e") || s[k + 2] == UInt8(ascii: "i")
                    || s[k + 2] == UInt8(ascii: "u") || s[k + 2] == UInt8(ascii: "a")) || w == 3 && lowerEquals(s, k + 1, a, "for") || w == 2 && lowerEquals(s, k + 1, a, "of") {
                var b = a + 1
                while b < n, b - a <= 16, ASCII.isAlpha(s[b]) || s[b] >= 0x80 { b += 1 }
                if b > a + 1, b < n, s[b] == UInt8(ascii: ":") { k = b }
            }
        }
        if k < n, s[k] == UInt8(ascii: "\"") { k += 1 }
        while k < n, s[k] == 0x20 { k += 1 }
        guard k < n else { return nil }
        var quote: UInt8 = 0
        if s[k] == UInt8(ascii: ":") || s[k] == UInt8(ascii: "=") || s[k] == UInt8(ascii: ">") || s[k] == UInt8(ascii: "|") {
            if s[k] == UInt8(ascii: ">") { quote = UInt8(ascii: "<") } else if s[k] == UInt8(ascii: "|") { quote = UInt8(ascii: "|") }
            k += 1
        } else if k + 4 < n, s[k] == UInt8(ascii: "i"), s[k + 1] == UInt8(ascii: "s"), s[k + 2] == 0x20, isDigit(s[k + 3]) || s[k + 3] &- 0x41 < 26 {
            k += 3
        } else { return nil }
        // Addresses of other things: "IP address", "MAC address", "e-mail address", "memory address".
        var w = i
        while w > 0, s[w - 1] == 0x20 { w -= 1 }
        if w < i, w >= 2 {
            var a = w
            while a > 0, w - a < 12, ASCII.isAlnum(s[a - 1]) || s[a - 1] == UInt8(ascii: "-") { a -= 1 }
            if a < w, w - a <= 11 {
                if otherAddresses.lookupLowered(s, a, w) != 0 { return nil }
            }
        }
        while k < n, s[k] == 0x20 || s[k] == 0x09 { k += 1 }
        if k < n, quote == 0, s[k] == UInt8(ascii: "\"") || s[k] == UInt8(ascii: "'") { quote = s[k]; k += 1 }
        // A block: the value starts on the next line.
        var block = false
        if let next = nextLineStart(s, k) { k = next; block = true }
        let start = k
        var end = k
        var lines = 0
        var digits = 0, commas = 0, words = 0
        while k < n, lines < (block ? 5 : 1) {
            // One line of the value.
            let lineStart = k
            var letters = 0
            while k < n, s[k] != 0x0A, s[k] != 0x0D, k - lineStart < 100 {
                let c = s[k]
                if quote != 0 && c == quote { break }
                if c == UInt8(ascii: "@") || c == UInt8(ascii: "=") || c == UInt8(ascii: "_") || c == UInt8(ascii: "\\") { return nil }
                if c == UInt8(ascii: ":") {
                    if k + 2 < n, s[k + 1] == UInt8(ascii: "/") { return nil }
                    // The next label ("Tel: ...") ends a block; a colon inside one line ends the value.
                    break
                }
                // A sentence's end: "?", "!", or a full stop after a word of four small letters or more
                // ("...Lagos. My neighbour"; not "NO. A10", "2. tv.", "St. Mary").
                if c == UInt8(ascii: "?") || c == UInt8(ascii: "!") { break }
                // Also after a postcode or a longer word, when a capital follows ("...400087. Tel +91...").
                if !block, c == UInt8(ascii: "."), k + 1 >= n || s[k + 1] == 0x20 || s[k + 1] == 0x0A, k >= lineStart + 4 {
                    var w = k
                    while w > lineStart, s[w - 1] &- 0x61 < 26 || s[w - 1] >= 0x80 { w -= 1 }
                    if k - w >= 4 { break }
                    var v = k, digit = false
                    while v > lineStart, ASCII.isAlnum(s[v - 1]) || s[v - 1] >= 0x80 { v -= 1; if isDigit(s[v]) { digit = true } }
                    if k + 2 < n, s[k + 2] &- 0x41 < 26, digit || k - v >= 4 { break }
                }
                if c == 0x20 && k + 1 < n && s[k + 1] == 0x20 && k + 2 < n && s[k + 2] == 0x20 { break }   // "Lagos   Ph:" columns
                if isDigit(c) { digits += 1 }
                else if c == UInt8(ascii: ",") { commas += 1 }
                else if ASCII.isAlpha(c) || c >= 0xC3 {
                    if k == lineStart || !(ASCII.isAlpha(s[k - 1]) || s[k - 1] >= 0x80) { words += 1 }
                    letters += 1
                }
                k += 1
            }
            var z = k
            while z > lineStart, s[z - 1] == 0x20 || s[z - 1] == UInt8(ascii: ",") || s[z - 1] == UInt8(ascii: ".") && !ASCII.isAlpha(s[z - 2]) { z -= 1 }
            if z == lineStart { break }
            // A closing under the block is the message's: "...\nLU7B 5ZA\nThanks", "...\n35315 Weißenfels\nDanke".
            if lines > 0, z - lineStart <= 12, blockClosings.lookupLowered(s, lineStart, z - (s[z - 1] == UInt8(ascii: "!") ? 1 : 0)) != 0 { break }
            // A line that is a label of its own ("Tel: ...", "Start date: ...") ends the block before it.
            if block, k < n, s[k] == UInt8(ascii: ":") { break }
            end = z
            lines += 1
            guard block, k < n, s[k] == 0x0A || s[k] == 0x0D, let next = nextLineStart(s, k) ?? (s[k] == 0x0D ? nil : k + 1) else { break }
            if next >= n || s[next] == 0x0A || s[next] == 0x0D { break }
            k = next
        }
        // A value on the label's line, its postcode and town on the next: "Adresse: Solbergjordet 71\n7348 Trondheim".
        if !block, lines == 1, k + 8 < n, s[k] == 0x0A || s[k] == 0x0D && s[k + 1] == 0x0A,
           let p = Optional(s[k] == 0x0D ? k + 2 : k + 1), isDigit(s[p]) {
            let q = ByteRuns.digitEnd(s, p)
            if q - p >= 4, q - p <= 5, q + 1 < n, s[q] == 0x20, s[q + 1] &- 0x41 < 26 || s[q + 1] >= 0xC3 {
                var z = q + 1
                while z < n, z - q <= 40, ASCII.isAlpha(s[z]) || s[z] >= 0x80 || s[z] == 0x20 || s[z] == UInt8(ascii: "-") { z += 1 }
                while z > q + 1, s[z - 1] == 0x20 { z -= 1 }
                if z == n || s[z] == 0x0A || s[z] == 0x0D { end = z; words += 1; digits += q - p }
            }
        }
        guard end > start, end - start >= 8, end - start <= 200, words >= 2 else { return nil }
        guard digits >= 1 || commas >= 2 else { return nil }
        // "Location: Boardroom, Level 3" is no postal address: two commas or a postcode's digits.
        if kind == 2 {
            var run = 0, longest = 0
            for j in start..<end { if isDigit(s[j]) { run += 1; longest = max(longest, run) } else { run = 0 } }
            if commas < 2 && (commas == 0 || longest < 3) { return nil }
        }
        // Not a memory or network address: "0x7ffd...", "10.0.0.1", "fe80::1" (a digit, then '.' or ':' and a digit).
        var t = start
        while t < end, isDigit(s[t]) || s[t] &- 0x61 < 6 { t += 1 }
        if t > start, t + 1 < end, s[t] == UInt8(ascii: ".") || s[t] == UInt8(ascii: ":") || s[t] == UInt8(ascii: "x"), ASCII.isHex(s[t + 1]) { return nil }
        // The line grammar may read on to a town or postcode on the next line ("69 avenue Jean Jaurès\n59067 Lille"), or
        // end before the sentence goes on after the postcode ("..., UT 46962 please.", "..., MT 84572) thanks").
        if isDigit(s[start]), let e = streetAddress(s, start) {
            if e > end { return (start, e) }
            var t = e
            while t < end, s[t] == 0x20 { t += 1 }
            if t < end, s[t] &- 0x61 < 26 || s[t] == UInt8(ascii: ")"), !(t..<end).contains(where: { isDigit(s[$0]) }) { return (start, e) }
        }
        return (start, end)
    }

    /// A message's closing word alone on the line under an address block.
    static let blockClosings = WordTable(["thanks", "thank you", "thx", "cheers", "regards", "best", "danke", "merci", "gracias", "grazie",
                                          "obrigado", "obrigada", "bedankt", "dank", "tack", "takk", "dziękuję", "dzięki", "teşekkürler",
                                          "kiitos", "ta"].map { ($0, 1) })
}

extension PIIScanner {
    /// An Indian address from its unit or house part ("Flat 298", "H.No. 11-9-105", "#234", "No. 43/14", "26/12"): two
    /// to six parts between ", " or line breaks, the last a town and a six-digit PIN code ("Pune 411038", "Hyderabad - 500034",
    /// "Chennai – 600020", "Malda-585460"). Or, with no PIN, a house number and one part of capitalized words ending in a
    /// street type that ends the clause ("286, Pillai Nagar.", "H.No. 77\nRai Path"). Where it ends.
    static func indianAddress(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        let n = s.count
        let limit = min(n, start + 200)
        var k = start
        var parts = 0
        var streetEnd: Int? = nil
        while k < limit {
            // One part: letters, digits, spaces, '-', '/', '.', '#', bytes past ASCII.
            let a = k
            while k < limit {
                let c = s[k]
                guard ASCII.isAlnum(c) || c == 0x20 || c == UInt8(ascii: "-") || c == UInt8(ascii: "/") || c == UInt8(ascii: ".")
                        || c == UInt8(ascii: "#") || c >= 0x80 else { break }
                k += 1
            }
            guard k > a, k - a <= 48 else { return streetEnd }
            parts += 1
            // The last part: a town, then " - ", " – ", '-' or a space, then six digits.
            if parts >= 3 {
                // The first run of six digits after a space or a town's hyphen in the part: "Chennai 600020 instead of...".
                var d = a
                while d < k, !(isDigit(s[d]) && d > a + 1 && (s[d - 1] == 0x20 || s[d - 1] == UInt8(ascii: "-") && ASCII.isAlpha(s[d - 2]))) { d += 1 }
                var e = d
                while e < k, isDigit(s[e]) { e += 1 }
                // The town: capitalized words (and " - " or " – " before the PIN).
                var t = d - 1
                while t > a, s[t - 1] == 0x20 || s[t - 1] == UInt8(ascii: "-") || s[t - 1] == 0x93 || s[t - 1] == 0x80 || s[t - 1] == 0xE2 { t -= 1 }
                let townCapital = s[a] &- 0x41 < 26 && (a..<t).allSatisfy { ASCII.isAlpha(s[$0]) || s[$0] == 0x20 || s[$0] >= 0x80 }
                if e - d == 6, d > a + 3, townCapital, t > a + 2, e == n || !ASCII.isAlnum(s[e]) { return e }
            } else if parts == 2 {
                // From a bare house number, the next part is a street or a locality (capitalized, or an ordinal: "8th Cross")
                // or a unit ("4, #12-1278, Singapore 395918").
                guard !isDigit(s[start]) || s[a] &- 0x41 < 26 || s[a] >= 0xC3 || isDigit(s[a]) || s[a] == UInt8(ascii: "#") else { return nil }
                if let (e, indianType) = capitalizedStreetPart(s, a, k), clauseEnds(s, e), houseNumberPart(s, start, streetPartStart: a, plain: indianType) {
                    streetEnd = e
                }
            }
            guard parts < 7, k + 1 < limit else { return streetEnd }
            if s[k] == UInt8(ascii: ","), s[k + 1] == 0x20 { k += 2 }
            else if s[k] == 0x0A { k += 1 }
            else if s[k] == 0x0D, s[k + 1] == 0x0A { k += 2 }
            else { return streetEnd }
        }
        return streetEnd
    }

    /// The first part of an Indian address, from `start` to the separator before `streetPartStart`, is a house
    /// number: digits, with a slash and digits or not ("286", "95/556"), after "H.No." or "#" or not. A plain number
    /// ("286") not after "Shop" unless `plain` (before an Indian street type): "Shop 3, Main St" heads a receipt, a business's.
    static func houseNumberPart(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, streetPartStart: Int, plain: Bool) -> Bool {
        var k = start
        var marked = false
        if k + 5 < s.count, s[k] == UInt8(ascii: "H"), s[k + 1] == UInt8(ascii: "."), s[k + 2] == UInt8(ascii: "N"), s[k + 3] == UInt8(ascii: "o"),
           s[k + 4] == UInt8(ascii: ".") { k += 5; marked = true; while k < s.count, s[k] == 0x20 { k += 1 } }
        else if k < s.count, s[k] == UInt8(ascii: "#") { k += 1; marked = true }
        let d = k
        while k < s.count, isDigit(s[k]), k - d < 5 { k += 1 }
        guard k > d else { return false }
        if k + 1 < s.count, s[k] == UInt8(ascii: "/"), isDigit(s[k + 1]) {
            marked = true
            k += 1
            let m = k
            while k < s.count, isDigit(s[k]), k - m < 4 { k += 1 }
        }
        // A year is no house number: "In 2019, Baker Street...".
        if k - d == 4, s[d] == UInt8(ascii: "1") || s[d] == UInt8(ascii: "2") { return false }
        var sep = streetPartStart
        while sep > k, s[sep - 1] == 0x20 || s[sep - 1] == UInt8(ascii: ",") || s[sep - 1] == 0x0A || s[sep - 1] == 0x0D { sep -= 1 }
        return sep == k && (marked || plain || !(start >= 5 && lowerEquals(s, start - 5, start - 1, "shop") && s[start - 1] == 0x20))
    }

    /// The part s[a..<b] is capitalized words only, the last a street type ("Pillai Nagar", "Shetty Road"): where its
    /// last word ends (before a full stop), and whether the type is India's own (Marg, Chowk, Nagar, Ganj, Zila, Path), or nil.
    static func capitalizedStreetPart(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> (Int, Bool)? {
        // The part's words up to its end or a full stop that ends the sentence ("Shetty Road. Send it to 286").
        var e = b
        var w = a
        var words = 0
        var lastStart = a
        while w < e {
            guard s[w] &- 0x41 < 26 || s[w] >= 0xC3 else { return nil }
            lastStart = w
            while w < e, s[w] != 0x20 { w += 1 }
            words += 1
            if s[w - 1] == UInt8(ascii: "."), w - lastStart > 1 { e = w - 1; break }
            while w < e, s[w] == 0x20 { w += 1 }
        }
        while e > a, s[e - 1] == UInt8(ascii: ".") || s[e - 1] == 0x20 { e -= 1 }
        // (Not a type that is an ordinary word too: "Platform 3, Central Line.", "Score 3, Home Ground.")
        let type = streetLineTypes.lookup(s, lastStart, e)
        guard words >= 2, words <= 4, type != 0, type & 4 == 0 else { return nil }
        return (e, type & 8 != 0)
    }

    /// The address ending at `e` ends its clause: the text's end, a line break, ". ", ";", ")" or ", " before a small letter.
    @inline(__always) static func clauseEnds(_ s: UnsafeBufferPointer<UInt8>, _ e: Int) -> Bool {
        let n = s.count
        guard e < n else { return true }
        switch s[e] {
        case 0x0A, 0x0D, UInt8(ascii: ";"), UInt8(ascii: ")"), UInt8(ascii: "!"), UInt8(ascii: "?"): return true
        case UInt8(ascii: "."): return e + 1 == n || s[e + 1] == 0x20 || s[e + 1] == 0x0A
        case UInt8(ascii: ","): return e + 2 < n && s[e + 1] == 0x20 && s[e + 2] &- 0x61 < 26
        default: return false
        }
    }

    /// "Mah." or "Mahallesi" or "Mh." at `a`, ending a word: a Turkish neighbourhood's word. Where it ends.
    @inline(__always) static func turkishNeighbourhoodWord(_ s: UnsafeBufferPointer<UInt8>, _ a: Int) -> Int? {
        let n = s.count
        guard a + 3 < n, s[a] == UInt8(ascii: "M") else { return nil }
        if s[a + 1] == UInt8(ascii: "h"), s[a + 2] == UInt8(ascii: ".") { return a + 3 }
        guard s[a + 1] == UInt8(ascii: "a"), s[a + 2] == UInt8(ascii: "h") else { return nil }
        if s[a + 3] == UInt8(ascii: ".") { return a + 4 }
        if a + 9 <= n, lowerEquals(s, a, a + 9, "mahallesi"), a + 9 == n || !ASCII.isAlpha(s[a + 9]) { return a + 9 }
        return nil
    }

    /// An Indonesian street at `start`: "Jl." / "Jl" / "Jalan" / "Gang" / "Gg." and the street's name (capitalized words,
    /// abbreviations with a full stop: "Jalan PHH. Mustofa"), then "No." or "No" and the house number ("No. 157", "No.12A");
    /// then, comma-separated, the neighbourhood's "RT 003/RW 004", the district and the town, to a five-digit postcode
    /// ("Jl. Cempaka Putih No. 126, RT 01/RW 09, Gondokusuman, Yogyakarta 55173"). Where it ends: after the postcode, or
    /// after the house number when none follows (not after "Gang").
    static func indonesianStreet(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        let n = s.count
        var k = start
        while k < n, ASCII.isAlpha(s[k]) { k += 1 }
        let w = k - start
        guard w == 2 && lowerEquals(s, start, k, "jl") || w == 5 && lowerEquals(s, start, k, "jalan") || w == 4 && lowerEquals(s, start, k, "gang")
                || w == 2 && lowerEquals(s, start, k, "gg") else { return nil }
        if k < n, s[k] == UInt8(ascii: ".") { k += 1 } else if w == 2 && s[start + 1] == UInt8(ascii: "g") { return nil }
        guard k + 1 < n, s[k] == 0x20 else { return nil }
        k += 1
        // The street's name: one to five words, each capitalized or a number ("Jl. Raya Km 5"), before "No".
        var words = 0
        while words < 6, k + 2 < n {
            if s[k] == UInt8(ascii: "N"), s[k + 1] == UInt8(ascii: "o"), s[k + 2] == UInt8(ascii: ".") || s[k + 2] == 0x20, words > 0 { break }
            guard s[k] &- 0x41 < 26 || s[k] >= 0xC3 || isDigit(s[k]) else { return nil }
            var e = k + 1
            while e < n, ASCII.isAlnum(s[e]) || s[e] >= 0x80 || s[e] == UInt8(ascii: "-") || s[e] == UInt8(ascii: ".") || s[e] == UInt8(ascii: "'") { e += 1 }
            guard e < n, s[e] == 0x20 else { return nil }
            words += 1
            k = e + 1
        }
        guard words >= 1, words <= 5, k + 3 < n, s[k] == UInt8(ascii: "N"), s[k + 1] == UInt8(ascii: "o") else { return nil }
        k += 2
        if s[k] == UInt8(ascii: ".") { k += 1 }
        while k < n, s[k] == 0x20 { k += 1 }
        guard k < n, isDigit(s[k]) else { return nil }
        var end = k
        while end < n, isDigit(s[end]) || s[end] == UInt8(ascii: "-") && end + 1 < n && isDigit(s[end + 1]) { end += 1 }
        if end < n, s[end] &- 0x41 < 26, end + 1 == n || !ASCII.isAlpha(s[end + 1]) { end += 1 }
        guard end - k <= 8, end == n || !ASCII.isAlnum(s[end]) else { return nil }
        // The parts after it, to the postcode.
        var j = end
        var parts = 0
        while parts < 6, j + 2 < n, s[j] == UInt8(ascii: ","), s[j + 1] == 0x20 {
            let a = j + 2
            var b = a
            while b < n, b - a <= 40, ASCII.isAlnum(s[b]) || s[b] >= 0x80 || s[b] == 0x20 || s[b] == UInt8(ascii: "/") || s[b] == UInt8(ascii: ".")
                || s[b] == UInt8(ascii: "-") { b += 1 }
            var z = b
            while z > a, s[z - 1] == 0x20 || s[z - 1] == UInt8(ascii: ".") { z -= 1 }
            guard z > a, b - a <= 40 else { break }
            // The part ends in the postcode: "Bogor 45796", "Jakarta Selatan 12190".
            if z - a >= 7, (z - 5..<z).allSatisfy({ isDigit(s[$0]) }), s[z - 6] == 0x20, s[a] &- 0x41 < 26 || s[a] >= 0xC3 { return z }
            guard s[a] &- 0x41 < 26 || s[a] >= 0xC3 else { break }
            parts += 1
            j = b
        }
        // "Gang" is an English word too ("Gang Starr No. 1 hit"): without the postcode only "Jl.", "Jalan" and "Gg." make a street.
        return w == 4 ? nil : end
    }

    /// A Turkish address from its neighbourhood: "Levent Mah. Atatürk Cad. No: 73 D: 19, 34337 Beşiktaş/İstanbul",
    /// "Bahçelievler Mah. Şehit Ali Sok. No:18/9, 06499 Çankaya/Ankara". The neighbourhood's name (one or two
    /// capitalized words from `start`, the first ending at `wordEnd`) and "Mah."; a street of up to four
    /// words and then its street word, Cad., Sok., Sk., Bulvarı...; then "No" and the house number, a flat ("D: 19", "Daire 4", "K: 3"),
    /// and the postcode and district/city. The neighbourhood and the house number or postcode must be there.
    static func turkishAddress(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ wordEnd: Int) -> Int? {
        let n = s.count
        var j = wordEnd + 1
        var hood = turkishNeighbourhoodWord(s, j)
        if hood == nil {
            // A neighbourhood of two words, the first a word such names start with: "Şehit Kubilay Mah.",
            // "Yeni Mahalle Mah."; not "Kargo Levent Mah." (the word before is the sentence's).
            guard j < n, s[j] &- 0x41 < 26 || s[j] >= 0xC3 else { return nil }
            var k = j + 1
            while k < n, ASCII.isAlpha(s[k]) || s[k] >= 0x80 { k += 1 }
            guard k + 4 < n, s[k] == 0x20, s[k + 1] == UInt8(ascii: "M") else { return nil }
            j = k + 1
            hood = turkishNeighbourhoodWord(s, j)
            guard hood != nil, turkishNeighbourhoodFirstWords.lookup(s, start, wordEnd) != 0 else { return nil }
        }
        guard var end = hood else { return nil }
        var j2 = end
        func skipSpaces() { while j2 < n, s[j2] == 0x20 || s[j2] == UInt8(ascii: ",") { j2 += 1 } }
        skipSpaces()
        // The street: capitalized words or ordinals ("1453.", "2."), the last a street word.
        var w = 0
        var k = j2
        while w < 5, k < n, s[k] &- 0x41 < 26 || s[k] >= 0xC3 || isDigit(s[k]) {
            var b = k + 1
            while b < n, ASCII.isAlnum(s[b]) || s[b] >= 0x80 { b += 1 }
            let word = (k, b)
            if b < n, s[b] == UInt8(ascii: ".") { b += 1 }
            w += 1
            if turkishStreetWords.lookup(s, word.0, word.1) != 0 { end = b; j2 = b; break }
            guard b < n, s[b] == 0x20 else { break }
            k = b + 1
        }
        skipSpaces()
        var number = false
        // "No: 73", "No:18/9", "No. 5", "No 12A".
        if j2 + 3 < n, s[j2] == UInt8(ascii: "N"), s[j2 + 1] == UInt8(ascii: "o") {
            var q = j2 + 2
            if q < n, s[q] == UInt8(ascii: ":") || s[q] == UInt8(ascii: ".") { q += 1 }
            while q < n, s[q] == 0x20 { q += 1 }
            if q < n, isDigit(s[q]) {
                while q < n, isDigit(s[q]) || s[q] == UInt8(ascii: "/") && q + 1 < n && isDigit(s[q + 1]) { q += 1 }
                if q < n, s[q] &- 0x41 < 26, q + 1 == n || !ASCII.isAlpha(s[q + 1]) { q += 1 }
                end = q; j2 = q; number = true
                // The flat and floor: "D: 19", "D:4", "Daire 4", "Kat: 3", "K: 3".
                for _ in 0..<2 {
                    var r = j2
                    while r < n, s[r] == 0x20 || s[r] == UInt8(ascii: ",") { r += 1 }
                    var b = r
                    while b < n, ASCII.isAlpha(s[b]) { b += 1 }
                    guard b > r, b - r <= 5, lowerEquals(s, r, b, "d") || lowerEquals(s, r, b, "daire") || lowerEquals(s, r, b, "k")
                            || lowerEquals(s, r, b, "kat") else { break }
                    if b < n, s[b] == UInt8(ascii: ":") || s[b] == UInt8(ascii: ".") { b += 1 }
                    while b < n, s[b] == 0x20 { b += 1 }
                    guard b < n, isDigit(s[b]) else { break }
                    while b < n, isDigit(s[b]) { b += 1 }
                    end = b; j2 = b
                }
            }
        }
        // The postcode and the district/city: ", 34337 Beşiktaş/İstanbul".
        var r = j2
        while r < n, s[r] == 0x20 || s[r] == UInt8(ascii: ",") { r += 1 }
        if r + 6 < n, (r..<r + 5).allSatisfy({ isDigit(s[$0]) }), s[r + 5] == 0x20, s[r + 6] &- 0x41 < 26 || s[r + 6] >= 0xC3 {
            var b = r + 7
            while b < n, ASCII.isAlpha(s[b]) || s[b] >= 0x80 || s[b] == UInt8(ascii: "/") && b + 1 < n && (s[b + 1] &- 0x41 < 26 || s[b + 1] >= 0xC3) { b += 1 }
            return b
        }
        return number ? end : nil
    }

    static let turkishNeighbourhoodFirstWords = WordTable(["Şehit", "Yeni", "Eski", "Yukarı", "Aşağı", "Orta", "Cumhuriyet", "Atatürk",
                                                           "Gazi", "Fatih", "Hacı", "Mimar", "Sultan", "Kemal", "Mustafa", "İnönü",
                                                           "Fevzi", "Mehmet", "Ahmet", "Hürriyet", "Barış", "Bahçe", "Çamlı"].map { ($0, 1) })

    /// The words that end a Turkish street's name, abbreviated and written out.
    static let turkishStreetWords = WordTable(["Cad", "Caddesi", "Cd", "Sok", "Sokak", "Sokağı", "Sk", "Bulvarı", "Blv", "Bul",
                                               "Meydanı", "Yolu"].map { ($0, 1) })
}

extension PIIScanner {
    /// A US military address (USPS Publication 28, section 239) from its ZIP code at `zip` (five digits):
    /// "PSC 7602, Box 7584\nAPO AP 49708", "Unit 2146 Box 5908\nDPO AE 88749", "USS Hughes\nFPO AA 08163",
    /// "CMR 415, Box 12, APO AE 09114". "APO", "FPO" or "DPO" and "AA", "AE" or "AP" stand before the ZIP;
    /// the unit or ship is on the line before or before a comma on the same line. Returns where it starts.
    /// The unit (1) and ship (2) words that open a military address's first line.
    static let militaryUnitWords = WordTable(["PSC", "Unit", "UNIT", "CMR"].map { ($0, 1) } + ["USS", "USNS", "USNV", "USCGC"].map { ($0, 2) })

    static func militaryAddressStart(_ s: UnsafeBufferPointer<UInt8>, _ zip: Int) -> Int? {
        guard zip >= 7, s[zip - 1] == 0x20, s[zip - 3] == UInt8(ascii: "A"), s[zip - 2] == UInt8(ascii: "A") || s[zip - 2] == UInt8(ascii: "E")
                || s[zip - 2] == UInt8(ascii: "P"), s[zip - 4] == 0x20, s[zip - 5] == UInt8(ascii: "O"), s[zip - 6] == UInt8(ascii: "P"),
              s[zip - 7] == UInt8(ascii: "A") || s[zip - 7] == UInt8(ascii: "F") || s[zip - 7] == UInt8(ascii: "D"),
              zip == 7 || !ASCII.isAlnum(s[zip - 8]) else { return nil }
        let apo = zip - 7
        // Before "APO": a line break, or ", " on the same line; the unit or ship's line before it.
        var e = apo
        if e >= 2, s[e - 1] == 0x20, s[e - 2] == UInt8(ascii: ",") { e -= 2 }
        else if e >= 1, s[e - 1] == 0x0A { e -= 1; if e >= 1, s[e - 1] == 0x0D { e -= 1 } }
        else { return apo }
        var a = e
        while a > 0, s[a - 1] != 0x0A, e - a < 48 { a -= 1 }
        guard a == 0 || s[a - 1] == 0x0A else { return apo }
        // "PSC 7602, Box 7584", "Unit 2146 Box 5908", "CMR 415 Box 12": a unit word and a number, or a ship's
        // prefix and its name, and nothing else up to the line's end ("Ship to PSC 7602, Box 7584").
        var k = a
        while k < e {
            while k < e, s[k] == 0x20 { k += 1 }
            var w = k
            while w < e, ASCII.isAlpha(s[w]) { w += 1 }
            let word = w > k ? militaryUnitWords.lookup(s, k, w) : 0
            if w + 1 < e, s[w] == 0x20, word == 1, isDigit(s[w + 1]),
               (w..<e).allSatisfy({ isDigit(s[$0]) || s[$0] == 0x20 || s[$0] == UInt8(ascii: ",") || s[$0] == UInt8(ascii: "B")
                   || s[$0] == UInt8(ascii: "o") || s[$0] == UInt8(ascii: "x") || s[$0] == UInt8(ascii: "O") || s[$0] == UInt8(ascii: "X") }) { return k }
            if w + 1 < e, s[w] == 0x20, word == 2, s[w + 1] &- 0x41 < 26,
               (w..<e).allSatisfy({ ASCII.isAlpha(s[$0]) || s[$0] == 0x20 || s[$0] == UInt8(ascii: "-") }) { return k }
            k = w
            while k < e, s[k] != 0x20 { k += 1 }
        }
        return apo
    }
}

extension PIIScanner {
    /// A flat or studio on a line of its own, then its street without a house number: "Flat 48\nHolt Cliff\n
    /// Port Daleville\nW8H 9GT", "Studio 3, Rose Court". The unit word at `start`, its number, then a line
    /// break or ", " and one to four capitalized words ending in a street type, then the town and postcode.
    static func unitThenStreetLine(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        let n = s.count
        var k = start
        while k < n, ASCII.isAlpha(s[k]) { k += 1 }
        if k < n, s[k] == UInt8(ascii: ".") { k += 1 }   // "Apt. 851"
        guard k + 2 < n, s[k] == 0x20, isDigit(s[k + 1]) else { return nil }
        k += 1
        let numberStart = k
        while k < n, isDigit(s[k]) { k += 1 }
        if k < n, ASCII.isAlpha(s[k]), k + 1 >= n || !ASCII.isAlnum(s[k + 1]) { k += 1 }
        // The unit, then the house number and its street on the same line (Australia): "Unit 40 271 Green Gates",
        // "Suite 142 9 Michael Centre", "Level 2 689 Graham Centreway".
        if k + 2 < n, s[k] == 0x20, isDigit(s[k + 1]) {
            var m = k + 1
            while m < n, isDigit(s[m]) { m += 1 }
            return m - k - 1 <= 6 ? streetLine(s, k + 1, numberEnd: m) : nil
        }
        var sameLine = false
        if k + 1 < n, s[k] == UInt8(ascii: ","), s[k + 1] == 0x20 { k += 2; sameLine = true }
        else if k < n, s[k] == 0x0A { k += 1 }
        else if k + 1 < n, s[k] == 0x0D, s[k + 1] == 0x0A { k += 2 }
        else { return nil }
        var words = 0
        var j = k
        while words < 5, j < n, s[j] &- 0x41 < 26 || s[j] >= 0xC3 && s[j] != 0xE2 {
            var e = j + 1
            while e < n, ByteClass.name.contains(s[e]) { e += 1 }
            words += 1
            if words >= 2, case let type = streetLineTypes.lookup(s, j, e), type != 0 {
                guard endsToken(s, e) else { return nil }
                // On one line ("Unit 3, Data Center") only with the town and postcode after it; a block of lines is
                // an address by its layout. A type word may also stand inside the name ("Green Valley Heights").
                let tail = streetLineTail(s, e)
                let blockGoesOn = tail == n || s[tail] == 0x0A || s[tail] == 0x0D || s[tail] == UInt8(ascii: ",")
                // Or on to the lines of a country that writes no postcode: "Apt 17, Mill Court\nDingle\nCo. Kerry".
                if sameLine, blockGoesOn, let placed = placeEndedAddress(s, numberStart), placed > tail { return placed }
                if type & 4 != 0 { return crossesLine(s, e, tail) ? tail : nil }
                if !sameLine || blockGoesOn || crossesLine(s, e, tail) { return tail }
                guard e + 1 < n, s[e] == 0x20, s[e + 1] &- 0x41 < 26 else { return nil }
            }
            guard e + 1 < n, s[e] == 0x20 else { return nil }
            j = e + 1
        }
        return nil
    }
}

/// Street addresses written in small letters, as chats and voice transcripts have them: "8634 n halsted st, suite 410,
/// portland, or 97290", "8395 larkspur ln chicago il 60632", "12/162 jacaranda ave fitzroy vic 3065", "145 robie st,
/// toronto, on m5h 2n2". The house number, one to four words ending in a common street type, maybe a unit, one to
/// three words of the town, a US state's, a Canadian province's or an Australian state's code and the postcode of
/// that country. Without the code and the postcode such a line is prose ("3 days st ...").
extension PIIScanner {
    static let smallLetterStreetTypes = WordTable([
        "street", "st", "road", "rd", "avenue", "ave", "av", "lane", "ln", "drive", "dr", "boulevard", "blvd", "court", "ct", "way",
        "place", "pl", "square", "sq", "terrace", "ter", "tce", "close", "crescent", "cres", "highway", "hwy", "parkway", "pkwy",
        "circle", "cir", "trail", "trl", "parade", "pde", "grove", "mews", "row", "alley", "plaza", "walk", "loop", "path", "pike",
        "ridge", "cct", "cl", "esp", "esplanade",
    ].map { ($0, 1) })
    /// Region codes before a postcode: US (flag 1, 5-digit ZIP), Canada (2, "m5h 2n2"), Australia (4, 4 digits).
    static let smallLetterRegions = WordTable([
        "al", "ak", "az", "ar", "ca", "co", "ct", "de", "dc", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky", "la", "me", "md",
        "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd",
        "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy",
    ].map { ($0, 1) } + ["ab", "bc", "mb", "nb", "nl", "ns", "nt", "nu", "on", "pe", "qc", "sk", "yt"].map { ($0, 2) }
      + ["nsw", "vic", "qld", "tas", "act"].map { ($0, 4) })

    static func smallLetterStreetAddress(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ numberEnd: Int) -> Int? {
        let n = s.count
        var p = numberEnd
        // "12/162": a unit's number before the house's.
        if p + 1 < n, s[p] == UInt8(ascii: "/"), isDigit(s[p + 1]) { p = ByteRuns.digitEnd(s, p + 1) }
        guard p + 4 < n, s[p] == 0x20, s[p + 1] &- 0x61 < 26 else { return nil }
        func word(_ a: Int) -> Int {
            var b = a
            while b < n, b - a <= 20, s[b] &- 0x61 < 26 || s[b] >= 0x80 && s[b] != 0xE2 && s[b] != 0xF0 || s[b] == UInt8(ascii: "'") { b += 1 }
            return b
        }
        // The street: words up to its type, the type not the first.
        var a = p + 1
        var typeEnd = -1
        for k in 0..<5 {
            guard a < n, s[a] &- 0x61 < 26 else { return nil }
            let b = word(a)
            guard b - a >= 1 else { return nil }
            if k > 0, smallLetterStreetTypes.lookup(s, a, b) != 0 { typeEnd = b; break }
            guard b < n, s[b] == 0x20 else { return nil }
            a = b + 1
        }
        guard typeEnd > 0 else { return nil }
        p = typeEnd
        if p < n, s[p] == UInt8(ascii: ".") { p += 1 }
        func separator(_ q: Int) -> Int? {
            if q + 1 < n, s[q] == UInt8(ascii: ","), s[q + 1] == 0x20 { return q + 2 }
            if q < n, s[q] == 0x20 { return q + 1 }
            return nil
        }
        guard var q = separator(p) else { return nil }
        // A unit: "suite 410", "apt 5", "unit 3b", "#12".
        let u = word(q)
        if lowerEquals(s, q, u, "suite") || lowerEquals(s, q, u, "ste") || lowerEquals(s, q, u, "apt") || lowerEquals(s, q, u, "unit")
            || lowerEquals(s, q, u, "flat") || lowerEquals(s, q, u, "fl"), u + 1 < n, s[u] == 0x20 || s[u] == UInt8(ascii: "."), isDigit(s[u + 1]) || u + 2 < n && s[u] == UInt8(ascii: ".") && isDigit(s[u + 2]) {
            var v = u + 1
            while v < n, ASCII.isAlnum(s[v]) || s[v] == 0x20 && v == u + 1 { v += 1 }
            guard let r = separator(v) else { return nil }
            q = r
        } else if q + 1 < n, s[q] == UInt8(ascii: "#"), isDigit(s[q + 1]) {
            var v = q + 1
            while v < n, ASCII.isAlnum(s[v]) { v += 1 }
            guard let r = separator(v) else { return nil }
            q = r
        }
        // The town, then the region's code and its postcode.
        for k in 0..<4 {
            guard q < n, s[q] &- 0x61 < 26 else { return nil }
            let b = word(q)
            let region = k > 0 ? smallLetterRegions.lookup(s, q, b) : 0
            if region != 0, b + 4 < n, s[b] == 0x20 {
                let z = b + 1
                if region & 1 != 0, z + 5 <= n, allDigits(s, z, 5), z + 5 == n || !ASCII.isAlnum(s[z + 5]) {
                    if z + 10 <= n, s[z + 5] == UInt8(ascii: "-"), allDigits(s, z + 6, 4), z + 10 == n || !ASCII.isAlnum(s[z + 10]) { return z + 10 }
                    return z + 5
                }
                if region & 4 != 0, z + 4 <= n, allDigits(s, z, 4), z + 4 == n || !ASCII.isAlnum(s[z + 4]) { return z + 4 }
                if region & 2 != 0, z + 7 <= n, s[z] &- 0x61 < 26, isDigit(s[z + 1]), s[z + 2] &- 0x61 < 26, s[z + 3] == 0x20,
                   isDigit(s[z + 4]), s[z + 5] &- 0x61 < 26, isDigit(s[z + 6]), z + 7 == n || !ASCII.isAlnum(s[z + 7]) { return z + 7 }
            }
            guard b - q >= 2, let r = separator(b) else { return nil }
            q = r
        }
        return nil
    }
}
