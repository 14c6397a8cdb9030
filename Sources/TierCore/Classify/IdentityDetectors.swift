#if canImport(Glibc)
import Glibc
#endif

/// Identity: person names at runs of capitalized words (their evidence is in NameEvidence.swift),
/// postal addresses on one line (the line grammar is in StreetLines.swift), dates of birth.
extension PIIScanner {
    // MARK: names and addresses

    static let nameTriggers = [
        "dear", "hi", "hello", "hey", "name:", "name\":", "name =", "name=", "cardholder=", "holder=", "mr.", "mrs.", "ms.", "miss", "dr.", "prof.",
        "herr", "frau", "herr/frau", "m.", "mme", "m./mme", "monsieur", "madame", "customer", "ship to", "contact",
        "kontaktieren sie", "contacter", "thanks,", "thank you,", "patient", "employee", "from:", "to:", "attn:",
        "regards,", "grüße", "gruß", "cordialement,", "sincerely,", "cheers,", "best,", "merci,", "bonjour", "cher",
        "chère", "liebe", "lieber", "client", "kunde", "kundin", "applicant", "holder:", "signed,", "geehrte", "geehrter",
        "patientin", "mieterin", "mieter", "kollegin", "kollege", "mitarbeiterin", "mitarbeiter",
        "applicant:", "holder", "kontoinhaber:", "inhaber:", "titulaire", "titulaire:", "customer is", "patient is", "name is",
        "i'm", "i am", "faithfully,", "truly,", "regards,", "grüßen", "grüßen,", "nom de", "belongs to", "ping", "hallo",
        "patient:", "customer:", "employee:", "contact:", "client:", "morning", "good morning", "good afternoon", "good evening",
        // Labels of forms, tickets and minutes.
        "cc:", "bcc:", "assigned to:", "owner:", "author:", "reviewer:", "assignee:", "landlord:", "tenant:",
        "guardian:", "emergency contact:", "next of kin:", "beneficiary:", "recipient:", "sender:", "witness:",
        "attendees:", "requester:", "reporter:", "your name?", "name?", "by:", "spouse:", "doctor:", "physician:",
        "present:", "apologies:", "regrets:", "action:", "participants:", "\nfn:", "cn=", "organizer;cn=",
        // Who was at a meeting in other languages' minutes (Indonesian, Turkish, Dutch, German, French, Spanish, Portuguese,
        // Italian, Swedish, Polish).
        "hadir:", "peserta:", "katılanlar:", "katılımcılar:", "aanwezig:", "aanwezigen:", "deelnemers:", "anwesend:",
        "teilnehmer:", "présents:", "presentes:", "asistentes:", "participantes:", "presenti:", "partecipanti:",
        "närvarande:", "deltagare:", "obecni:", "uczestnicy:",
        // Forms' and minutes' people in other languages: a patient, an emergency contact, a manager (Indonesian, Turkish,
        // Polish); and a meeting's sides ("Our side: Marion Williams, Guy").
        "pasien:", "kontak darurat:", "yönetici:", "zarządca:", "kierownik:", "manager:", "our side:", "their side:",
        // A clinic's next of kin; a booking's further passengers and guests ("Passenger 2: Jamie Scott").
        "nok:", "minutes:", "reported by:", "candidates:", "candidate:", "passenger 1:", "passenger 2:", "passenger 3:", "passenger 4:", "guest 1:", "guest 2:", "guest 3:",
        "driver:", "passenger:", "caller:", "member:", "student:", "pupil:", "parent:", "teacher:", "nurse:", "technician:",
        "engineer:", "guest:", "organiser:", "organizer:", "speaker:", "coach:", "traveller:", "traveler:", "resident:",
        "visitor:", "occupant:", "insured:", "policyholder:", "payee:", "inspector:", "officer:", "instructor:", "volunteer:",
        // An employee of HR's forms in other languages (Swedish, Norwegian, Danish, Finnish, Dutch, Polish, Czech, Romanian,
        // Turkish, Indonesian, Spanish, Portuguese, Italian, French, Vietnamese); a child's carer; a police notice's person.
        "anställd:", "ansatt:", "medarbejder:", "työntekijä:", "werknemer:", "medewerker:", "pracownik:", "zaměstnanec:",
        "angajat:", "çalışan:", "karyawan:", "pegawai:", "empleado:", "empleada:", "funcionário:", "funcionária:", "dipendente:",
        "salarié:", "salariée:", "employé:", "employée:", "họ tên:", "họ và tên:", "carer:", "missing person:",
        // Turkish greetings before a full name: "Sayın Telim Akça,", "Merhaba Ayşe Demir".
        "sayın", "merhaba", "selamlar",
        // The parties of incident reports and hearings: "the complainant MERCY WEKESA", "Witness Anahera Ngata of".
        "complainant", "witness", "victim", "suspect", "accused", "defendant", "claimant", "deceased", "accompanied by:",
        "accompanied by",
        // A person named after who they are to the writer, and a signature under its delimiter line.
        "neighbour,", "neighbor,", "colleague,", "lead,", "manager,", "assistant,", "supervisor,", "coordinator,", "friend,",
        // ("The agent, Mwangi Korir, promised"; not job titles a CV writes before the employer: "Site Engineer, Jack Daniel's".)
        "agent,", "driver,", "caseworker,", "landlord,", "tenant,", "plumber,", "electrician,", "courier,",
        "wife,", "husband,", "son,", "daughter,", "brother,", "sister,", "mother,", "father,", "solicitor,", "lawyer,", "\n--",
        // ("Our new designer, Ilias Thanel, starts Monday", "my cousin, Aleš Novák, is visiting".)
        "designer,", "intern,", "developer,", "accountant,", "analyst,", "recruiter,", "boss,", "roommate,", "flatmate,", "housemate,",
        "cousin,", "uncle,", "aunt,", "nephew,", "niece,", "fiancé,", "fiancée,", "girlfriend,", "boyfriend,", "tutor,", "therapist,",
        "dentist,", "nanny,", "babysitter,", "mentor,", "hire,",
        // Closings of the other languages, before the writer's name: "Salam, Ayu Purnomo", "Pozdrawiam, Jan Nowak".
        "salam,", "salaam,", "saludos,", "atentamente,", "cumprimentos,", "atenciosamente,", "abraços,", "pozdrawiam,",
        "pozdrawiam", "groeten,", "groet,", "mvh,", "mvh", "hälsningar,", "hilsen,", "saygılarımla,", "hormat saya,",
        "terima kasih,", "saluti,", "cordiali saluti,", "distinti saluti,", "un saluto,", "un saludo,", "bisous,",
        "amicalement,", "viele grüße,", "liebe grüße,", "lg,", "vg,", "mfg,", "groetjes,",
        "makasih,", "thanks again,", "many thanks,", "tack,", "danke,", "grazie,", "obrigado,", "obrigada,", "gracias,",
        // Forms' name labels and patients in Croatian, Czech, Tagalog, Romanian, Polish, Hungarian, Italian (a booking's
        // guests), Norwegian (next of kin), a referral's doctor; an insurance form's labels in capitals with two spaces.
        "ime i prezime:", "jméno a příjmení:", "jméno:", "pangalan:", "pacient:", "pacjent:", "név:", "ospiti:", "ospite:",
        "pårørende:", "lekarz kierujący:", "medic trimițător:", "patient name", "insured", "gentile",
        // A role before the name in apposition: "Ketua RT setempat, Fitriani Purnawati," (not a CV's "Site Engineer, Jack Daniel's").
        "setempat,",
        // A criminal case's defendant in an English court list: "R v Mitchell Morgan", "R v HARRY MARSH (bail)".
        "r v",
    ]

    /// Greetings, after which one capitalized word and a comma is a name: "Hi Barbara,".
    static let greetings = ["hi", "hello", "hey", "dear", "bonjour", "hallo", "liebe", "lieber", "cher", "chère", "salut", "morning",
                            "afternoon", "evening", "oi", "olá", "hei", "hej", "ciao", "hola", "kia ora", "cześć", "moin", "hoi",
                            "bom dia", "buongiorno", "buenos días", "god morgen", "dzień dobry", "querida", "querido", "caro", "cara",
                            "merhaba", "sayın", "selam", "halo", "namaste", "hallå", "beste", "witam"]
    /// Words greeted that are not names.
    static let notNames: [[UInt8]] = [
                                        // Computers' systems, named beside each other as people are ("on Mac and Windows").
                                        "Mac", "Linux", "Unix", "Windows", "Android", "Ubuntu", "Debian",
                                        "Team", "All", "Everyone", "Sir", "Madam", "Customer", "Support", "There", "Folks", "World",
                                        "Guys", "Monsieur", "Madame", "Kunde", "Client", "Colleagues", "Friends", "Partner",
                                        // Groups greeted, and closings that are also given names ("Salam,\nNur").
                                        "Parents", "Families", "Members", "Residents", "Neighbours", "Neighbors", "Students", "Customers",
                                        "Guardians", "Volunteers", "Staff", "Shareholders", "Players", "Runners", "Teachers", "Salam",
                                        "Salaam", "Shalom", "Namaste",
                                        // The parties of forms and transcripts, labels before a colon ("Respondent (landlord): ...").
                                        "Applicant", "Respondent", "Claimant", "Defendant", "Plaintiff", "Appellant", "Petitioner",
                                        "Tenant", "Landlord", "Interviewer", "Interviewee", "Moderator", "Operator", "Caller",
                                        // German roles before a name: "Patientin Lotti Vollbrecht", "Kundin Anna Schmidt".
                                        "Patientin", "Kundin", "Mieterin", "Mieter", "Kollegin", "Kollege", "Mitarbeiterin", "Mitarbeiter",
                                        // The placeholder names of Spanish and Portuguese, as "John Doe" is of English.
                                        "Fulano", "Fulana", "Mengano", "Zutano", "Perengano", "Beltrano", "Sicrano",
                                        // Nationalities and languages that the lists also hold as given names ("served
                                        // as German chancellor": Germán).
                                        "German", "French", "English", "British", "Irish", "Scottish", "Welsh", "American",
                                        "Italian", "Spanish", "Dutch", "Swedish", "Norwegian", "Danish", "Finnish", "Polish",
                                        "Russian", "Chinese", "Japanese", "Korean", "Indian", "African", "Asian", "European",
                                        "Australian", "Canadian", "Mexican", "Brazilian", "Turkish", "Greek", "Arabic", "Persian",
                                        "Swiss", "Austrian", "Belgian", "Portuguese", "Hungarian", "Czech", "Thai", "Filipino",
                                        "Kenyan", "Nigerian", "Egyptian", "Israeli", "Iranian", "Pakistani", "Vietnamese",
                                        "Indonesian", "Ukrainian", "Romanian", "Latin", "Scandinavian", "Celtic",
                                        // Faiths, which the lists hold as given names too ("Muslim families"; not Christian,
                                        // which is more often a name).
                                        "Muslim", "Jewish", "Catholic", "Protestant", "Hindu", "Buddhist", "Sikh",
                                        "Orthodox", "Anglican", "Baptist", "Methodist", "Lutheran"].map { Array($0.utf8) }

    /// Roles that open a run before the name they introduce, in the languages that capitalize them.
    static let runStartRoles = WordTable(["Patientin", "Kundin", "Mieterin", "Mieter", "Kollegin", "Kollege", "Mitarbeiterin", "Mitarbeiter",
                                          "Applicant", "Respondent", "Claimant", "Defendant", "Plaintiff", "Tenant", "Landlord",
                                          // A rota's days: "Senin Budi, Selasa Rina", "Montag Jonas".
                                          "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Montag", "Dienstag", "Mittwoch",
                                          "Donnerstag", "Freitag", "Samstag", "Sonntag", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi",
                                          "Samedi", "Dimanche", "Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag", "Zaterdag",
                                          "Zondag", "Lunes", "Martes", "Jueves", "Viernes", "Domingo", "Pazartesi", "Cumartesi"].map { ($0, 1) })

    /// s[start..<end] is one of `notNames`, compared byte for byte.
    static func isNotName(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        notNameTable.lookup(s, start, end) != 0
    }
    static let notNameTable = WordTable(notNames.map { (String(decoding: $0, as: UTF8.self), 1) })

    /// The two-byte UTF-8 letter `lead`, `next` (lead 0xC3 to 0xC5: U+00C0 to U+017F) is a small letter.
    @inline(__always) static func isSmallLatinLetter(_ lead: UInt8, _ next: UInt8) -> Bool {
        let cp = Int(lead & 0x1F) << 6 | Int(next & 0x3F)
        switch cp {
        case 0xDF...0xFF: return true
        case 0x100...0x137, 0x14A...0x177: return cp & 1 == 1
        case 0x138, 0x149, 0x17F: return true
        case 0x139...0x148, 0x179...0x17E: return cp & 1 == 0
        default: return false
        }
    }

    /// At `k`, a day of the week in English, capitalized and a word of its own: "Monday". (Not the German days: "Freitag",
    /// "Montag", "Sonntag" are surnames too.)
    @inline(__always) static func weekdayAt(_ s: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        switch s[k] {
        case UInt8(ascii: "M"), UInt8(ascii: "T"), UInt8(ascii: "W"), UInt8(ascii: "F"), UInt8(ascii: "S"):
            var e = k + 1
            while e < s.count, e - k < 11, s[e] &- 0x61 < 26 { e += 1 }
            guard e - k >= 6, e == s.count || !ASCII.isAlpha(s[e]) && s[e] < 0x80 else { return false }
            return calendarWords.lookup(s, k, e) == 2
        default: return false
        }
    }

    /// The run of up to four capitalized words at `start`: middle initials ("B."), a one-letter
    /// capital outside ASCII ("Ó Súilleabháin"), double names ("Klaus-Dieter") and lower-case
    /// particles between them ("van der", "de la"). Returns the words counted and where the run ends.
    static func nameRun(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> (Int, Int) {
        var j = start
        var words = 0
        var end = start
        while j < s.count, words < 4 {
            // a capitalized word: an upper-case ASCII letter or a UTF-8 lead byte, then letters
            let first = s[j]
            // (not 0xE2, punctuation and symbols: "—", "→"; not 0xE3 on, CJK, written without capitals)
            guard first &- 0x41 < 26 || first >= 0xC3 && first <= 0xE1 else { break }
            // A small letter of Latin-1 or Latin Extended-A ("über", "élève", "şehir", "łódź") starts no capitalized word.
            if first <= 0xC5, first >= 0xC3, j + 1 < s.count, isSmallLatinLetter(first, s[j + 1]) { break }
            var k = j + 1
            if first >= 0xC3 { while k < s.count, s[k] & 0xC0 == 0x80 { k += 1 } }
            let from = k
            k = nameBytesEnd(s, k)
            // A double first name or surname goes on after its hyphen: Klaus-Dieter, Smith-Jones; a
            // capital after small letters goes on too: MacAulay, DeShawn.
            // "O'Shaughnessy", "D'Souza": a capital after the apostrophe of a one-letter prefix goes on too.
            while k > from, s[k - 1] == UInt8(ascii: "-") || s[k - 1] &- 0x61 < 26 || s[k - 1] == UInt8(ascii: "'") && k - j == 2,
                  k < s.count, s[k] &- 0x41 < 26 || s[k] >= 0xC3 && s[k - 1] == UInt8(ascii: "-") {
                k += 1
                if s[k - 1] >= 0xC3 { while k < s.count, s[k] & 0xC0 == 0x80 { k += 1 } }
                k = nameBytesEnd(s, k)
            }
            let letters = k - from
            // "It's Tom from Acme", "Here's Ana": a pronoun's or adverb's contraction starts no name.
            if words == 0, k - j >= 4, s[k - 1] == UInt8(ascii: "s"), s[k - 2] == UInt8(ascii: "'"), contractionStems.lookup(s, j, k - 2) != 0 { break }
            // (Not a degree after the name: "Bekir Neuschäfer B.Sc.", "Agnes Wende B.Eng.")
            let initial = letters == 0 && k < s.count && s[k] == UInt8(ascii: ".") && words > 0 && !(k + 1 < s.count && ASCII.isAlpha(s[k + 1]))
            // "Ó", "Ní": a capital outside ASCII may be a word of its own before the surname.
            let particleCapital = letters == 0 && first >= 0xC3 && k + 1 < s.count && s[k] == 0x20 && (s[k + 1] &- 0x41 < 26 || s[k + 1] >= 0xC3)
            if initial { k += 1 } else if letters < 1 && !particleCapital { break }
            words += 1
            end = k
            guard k + 1 < s.count, s[k] == 0x20 else { break }
            // A title after the name is none of it: "Şadıman Hanım", "Ahmet Bey".
            if (s[k + 1] == UInt8(ascii: "H") || s[k + 1] == UInt8(ascii: "B") || s[k + 1] == UInt8(ascii: "J") || s[k + 1] == UInt8(ascii: "S")),
               titleAfterName(s, k + 1) { break }
            // A day after the name is none of it: "Gerard Stephens Monday, Alexander Suarez Tuesday".
            if s[k + 1] &- 0x41 < 26, weekdayAt(s, k + 1) { break }
            if s[k + 1] &- 0x41 < 26 || s[k + 1] >= 0xC3 { j = k + 1; continue }
            // Lower-case particles and then a capitalized word: "van der Berg", "de la Cruz".
            guard words > 0, let next = particlesEnd(s, k + 1) else { break }
            j = next
        }
        return (words, end)
    }

    /// After `end`: " on " or " at " and a phone number's start ('+', '(' or a digit) with seven digits or more in the
    /// next 20 bytes: "ring Oluwasegun on +91 67439 14499".
    static func phoneOnAfter(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        let n = s.count
        guard end + 5 < n, s[end] == 0x20, s[end + 3] == 0x20, s[end + 1] == UInt8(ascii: "o") && s[end + 2] == UInt8(ascii: "n")
                || s[end + 1] == UInt8(ascii: "a") && s[end + 2] == UInt8(ascii: "t") else { return false }
        let a = end + 4
        guard s[a] == UInt8(ascii: "+") || s[a] == UInt8(ascii: "(") || isDigit(s[a]) else { return false }
        // Not a date or a time: "on 12.05.2024", "at 10.30 - 11.45", "on 3/4".
        if isDigit(s[a]) {
            var d = a
            while d < n, isDigit(s[d]) { d += 1 }
            if d - a <= 2, d < n, s[d] == UInt8(ascii: ".") || s[d] == UInt8(ascii: ":") || s[d] == UInt8(ascii: "/") { return false }
        }
        var digits = 0
        var k = a
        while k < n, k - a < 20, isDigit(s[k]) || s[k] == 0x20 || s[k] == UInt8(ascii: "-") || s[k] == UInt8(ascii: "+") || s[k] == UInt8(ascii: "(")
                || s[k] == UInt8(ascii: ")") || s[k] == UInt8(ascii: ".") {
            if isDigit(s[k]) { digits += 1 }
            k += 1
        }
        return digits >= 7
    }

    /// Words before "'s" that make a contraction, no possessive: "It's", "That's", "Here's".
    static let contractionStems = WordTable(["It", "That", "Here", "There", "What", "Who", "Let", "He", "She", "This", "Where", "How"].map { ($0, 1) })

    /// Bit 7 of each of eight bytes set when it is in `ByteClass.name` (small letters, '-', the
    /// apostrophe, bytes from 0x80): the run of a name's letters read eight bytes a step.
    @inline(__always) static func nameBytes(_ w: UInt64) -> UInt64 {
        ByteRuns.inRange(w, 0x61, 0x7A) | ByteRuns.equal(w, 0x2D) | ByteRuns.equal(w, 0x27) | (w & ByteRuns.highs)
    }
    @inline(__always) static func nameBytesEnd(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        ByteRuns.end(s, i, nameBytes) { ByteClass.name.contains($0) }
    }
    /// The same for `ByteClass.streetWord` (letters, digits, '-', '.', bytes from 0x80).
    @inline(__always) static func streetWordBytes(_ w: UInt64) -> UInt64 {
        ByteRuns.alnums(w) | ByteRuns.equal(w, 0x2D) | ByteRuns.equal(w, 0x2E) | (w & ByteRuns.highs)
    }

    /// Name particles written in lower case inside a name.
    static let nameParticles = WordTable(["van", "von", "der", "den", "de", "da", "del", "della", "di", "du", "la", "le", "bin", "ben",
                                          "al", "el", "ter", "ten", "dos", "das", "do", "y", "zu", "af", "ibn", "abu", "binti", "bint",
                                          "bte"].map { ($0, 1) })

    /// One or two lower-case particles from `i`, each followed by a space, then a capital: where
    /// the capitalized word starts; nil otherwise.
    @inline(__always) static func particlesEnd(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        // The shape first (one or two short lower-case words, then a capital), the words after; every
        // particle starts with a b d e i l t v y z (bits over a..z).
        guard i < s.count, s[i] &- 0x61 < 26, (0x328_091B as UInt32) >> UInt32(s[i] &- 0x61) & 1 != 0 else { return nil }
        var k = i
        while k < s.count, k - i <= 5, s[k] &- 0x61 < 26 { k += 1 }
        // "al-Masri", "el-Sayed": the particle joined by a hyphen.
        if k - i == 2, k + 2 < s.count, s[k] == UInt8(ascii: "-"), s[k + 1] &- 0x41 < 26, s[i] == UInt8(ascii: "a") || s[i] == UInt8(ascii: "e"),
           s[i + 1] == UInt8(ascii: "l") { return k + 1 }
        guard k > i, k - i <= 5, k + 2 < s.count, s[k] == 0x20 else { return nil }
        let c = s[k + 1]
        if c &- 0x41 < 26 || c >= 0xC3 { return nameParticles.lookup(s, i, k) != 0 ? k + 1 : nil }
        var m = k + 1
        while m < s.count, m - k <= 6, s[m] &- 0x61 < 26 { m += 1 }
        guard m > k + 1, m - k <= 6, m + 1 < s.count, s[m] == 0x20, s[m + 1] &- 0x41 < 26 || s[m + 1] >= 0xC3 else { return nil }
        return nameParticles.lookup(s, i, k) != 0 && nameParticles.lookup(s, k + 1, m) != 0 ? m + 1 : nil
    }

    /// 2 to 4 capitalized words (a middle initial allowed) right after a naming cue, or in a CSV name column.
    static func personName(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ csv: CSVHeader?) -> (Int, Double)? {
        let (words, end) = nameRun(s, start)
        // A form's dotted leader after a name's label: "Name ....... JUNG YE-JIN", "Signature .. Inglis".
        if start >= 6, s[start - 1] == 0x20, s[start - 2] == UInt8(ascii: "."), let e = nameAfterLeader(s, start) { return (e, 0.8) }
        // A witness statement's opening: "I, Fredric Bean, of 95 Gerald Shore, Stockport".
        if words >= 2, end + 4 < s.count, s[end] == UInt8(ascii: ","), s[end + 1] == 0x20, lowerEquals(s, end + 2, end + 4, "of"), s[end + 4] == 0x20,
           start >= 3, s[start - 1] == 0x20, s[start - 2] == UInt8(ascii: ","),
           s[start - 3] == UInt8(ascii: "I"), start == 3 || s[start - 4] == 0x0A || s[start - 4] == 0x20 || s[start - 4] == UInt8(ascii: "\""),
           plainNameWords(s, start, end, particles: true), !isFamousName(s, start, end) { return (end, 0.8) }
        // A word in capitals ("JINGYI MÄKELÄ" on a postal label or a form): read as such.
        if words == 0 || end < s.count && s[end] &- 0x41 < 26 { return capsName(s, start, csv) }
        // A role or a greeting's word opens no name ("Patientin Lotti Vollbrecht", "Kundin Anna Schmidt"): the name, if
        // any, starts at the next word, with the role as its cue.
        if words >= 2, runStartRoles.lookup(s, start, wordEnd(s, start, end)) != 0 { return nil }
        // A German noun joined to another by "der", "von" or "des" names no person: "Sperrung der Goethestraße", "ein Werk von
        // Siemens", "Die Aktie von Siemens" (a noun's suffix, or an article before it, and no list holds it as a name). The
        // words after the particle are read on their own: "das Gehalt von Omar Abu Ghazaleh" names him.
        if words >= 2, let w = Optional(wordEnd(s, start, end)), w + 5 < end, germanNounJoin(s, start, w) { return nil }
        // A sentence's function word opens no name, unless the lists hold it as a given name ("Will Smith", "May Lee"):
        // "Then Floris moved in" is read from "Floris".
        if words >= 2, clauseOpeners.lookupLowered(s, start, wordEnd(s, start, end)) != 0,
           NameGazetteer.flags(s, start, wordEnd(s, start, end)) & NameGazetteer.given == 0 { return nil }
        guard words >= 1, endsToken(s, end) || (end < s.count && s[end] == UInt8(ascii: ".")) else {
            // "Suzy Baek's W-4": the run reads on into the next word.
            // (Not a famous name's: "Harry Potter's birthday is 31 July in the books".)
            if words >= 2, let (stem, after) = possessiveInRun(s, start, end), stem - start <= 40, personalNounAfter(s, after),
               plainNameWords(s, start, stem) { return isFamousName(s, start, stem) ? (stem, 0) : (stem, 0.7) }
            return nil
        }
        // One word and a colon is a form's label ("Phone:", "Subject:"), no name: the most common
        // capitalized word of records, turned away before any cue is looked for. A known given name
        // there is a chat's speaker ("Fatima: running late", "[14:58] Layla: ok").
        if words == 1 && end < s.count && s[end] == UInt8(ascii: ":")
            && (start == 0 || s[start - 1] == 0x0A || start >= 2 && s[start - 1] == 0x20
                && (s[start - 2] == UInt8(ascii: "]") || s[start - 2] == UInt8(ascii: "-") || s[start - 2] == UInt8(ascii: ","))) {
            return speakerName(s, start, end).map { (end, $0) }
        }
        // "Surname, Given" in running text, as rolls and guest lists write it: "Guest Dixon, Lee asked for a late
        // checkout", "Present: Barrett, Bryan; Holmes, Wendy.". A known surname and a known given name, neither
        // an ordinary word nor a place, the given name ending the item.
        if words == 1, end + 4 < s.count, s[end] == UInt8(ascii: ","), s[end + 1] == 0x20, s[end + 2] &- 0x41 < 26 || s[end + 2] &- 0xC3 < 3,
           let e = surnameCommaGiven(s, start, end) { return (e, 0.65) }
        // A chat pasted into one line: "...in one line. Divya: can we move the call? Alessia: sure".
        if words == 1, end + 2 < s.count, s[end] == UInt8(ascii: ":"), s[end + 1] == 0x20, s[end + 2] &- 0x61 < 26, start >= 2, s[start - 1] == 0x20,
           s[start - 2] == UInt8(ascii: ".") || s[start - 2] == UInt8(ascii: "?") || s[start - 2] == UInt8(ascii: "!"), end - start >= 3, !isNotName(s, start, end) {
            let f = NameGazetteer.flags(s, start, end)
            if f & NameGazetteer.given != 0, f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0 { return (end, 0.7) }
        }
        // A chat copied with each message's time in brackets after its sender: "Damyanti (11:13): can you send me the
        // prod creds", "Tui Fitzgerald (9:05 AM): ok".
        if words <= 3, start == 0 || s[start - 1] == 0x0A, bracketedTimeColonAfter(s, end) {
            if words > 1 { if plainNameWords(s, start, end, particles: true) { return (end, 0.75) } }
            else if end - start >= 3, !isNotName(s, start, end), !isPlaceName(s, start, end), nameLabelWords.lookupLowered(s, start, end) == 0 {
                let f = NameGazetteer.flags(s, start, end)
                // A given name of the lists; a word no list holds, written as names are, where the line above or below has
                // the same shape ("Standup (09:30): room 4" alone is a timetable's).
                if f & NameGazetteer.given != 0 && f & NameGazetteer.word == 0
                    || f == 0 && lowerAfterCapital(s, start, end) && bracketedTimeLineBeside(s, start, end) { return (end, 0.7) }
            }
        }
        // A chat client's sender line, surname first, with the day and the time: "Mai, Phú Tú 4/21 7:41 AM", "Vance, Evia
        // 11/11 2:55 PM" (the message on the lines below).
        if words == 1, start == 0 || s[start - 1] == 0x0A, end + 4 < s.count, s[end] == UInt8(ascii: ","), s[end + 1] == 0x20,
           let e = surnameCommaGivenHeader(s, start, end) { return (e, 0.7) }
        // A quoted message's header: "On 2025-08-07, Trinh Vo wrote:".
        if words <= 4, end + 7 < s.count, s[end] == 0x20, lowerEquals(s, end + 1, end + 7, "wrote:") || end + 8 < s.count && s[end + 1] == UInt8(ascii: "<") && wroteAfterAddress(s, end + 1),
           !isNotName(s, start, end), !lowerEquals(s, start, min(end, start + 3), "the"), knownNameWord(s, start, end) || plainNameWords(s, start, end) {
            return (end, 0.8)
        }
        // Speakers of two or three words: "Takumi Yoshida: So the customer...", "[00:06:18] Tui Fitzgerald:".
        // After a chat export's time stamp the line's place says it is a speaker: no list need know the name
        // ("[06/10/2026, 17:43:57] Busisiwe Radebe: yes"), only no word of it be an ordinary one.
        if words >= 2, words <= 3, end < s.count, s[end] == UInt8(ascii: ":") {
            if start == 0 || s[start - 1] == 0x0A {
                if knownNameWord(s, start, end), firstWordGiven(s, start, end), notOrdinaryWords(s, start, end) { return (end, 0.8) }
            } else if timeStampBefore(s, start) != 0, plainNameWords(s, start, end) { return (end, 0.8) }
        }
        // A support chat's agent ("Adaeze (agent): Sorry to hear that") and a pasted chat's header line
        // ("Oskar 2026-04-01 05:08:55", "Reto 07/07/2026 19:11").
        // (Also after a chat export's time: "[14:03] Adaeze (agent): ...".)
        if words <= 2, start == 0 || s[start - 1] == 0x0A || roleSpeakerAfter(s, end) && timeStampBefore(s, start) != 0,
           roleSpeakerAfter(s, end) || chatHeaderAfter(s, end) {
            if words == 2 ? knownNameWord(s, start, end) : speakerWord(s, start, end) { return (end, 0.75) }
            // A chat export's sender line, the name alone with the time ("Orlaith Uniaque  1:05 PM"): two words written as
            // names are and no ordinary word, though no list knows them.
            if words == 2, start == 0 || s[start - 1] == 0x0A, chatHeaderAfter(s, end), plainNameWords(s, start, end), !isPlaceName(s, start, end),
               !isFamousName(s, start, end) { return (end, 0.7) }
        }
        // A markdown table's cell, whole, under a column of people ("| Name |", "| Volunteer |"), a word of
        // it a known name: "| Kiprono Haile | 011/9955341 |", "| Kingsley, Wade |".
        if start >= 2, s[start - 1] == 0x20, s[start - 2] == UInt8(ascii: "|"), let e = markdownNameCell(s, start, end, words) { return (e, 0.85) }
        // A JSON string under a name's key: "given": "Layla", "lastName": "Saleh", "full_name": "Layla Saleh".
        if start >= 5, s[start - 1] == UInt8(ascii: "\""), end < s.count, s[end] == UInt8(ascii: "\""), jsonNameKeyBefore(s, start - 1) {
            return (end, 0.85)
        }
        // A JSON string under a person's role: "manager": "Wendy Short", "assignee": "Kiprono Haile". Two or three words
        // written as names are, or a known name among them (a role's value may be a team's: "owner": "Platform Team").
        if words >= 2, words <= 3, start >= 5, s[start - 1] == UInt8(ascii: "\""), end < s.count, s[end] == UInt8(ascii: "\""),
           jsonKeyBefore(s, start - 1, jsonPersonRoleKeys), nameWordsOfRun(s, start, end), !isFamousName(s, start, end) {
            return (end, 0.75)
        }
        // A knight's or a dame's title before a full name is an honour, held by public figures ("Dame Maggie
        // Smith, star of ..."): passed whole, as a famous name is.
        if words > 1, honourBefore(s, start) { return (end, 0) }
        // How Indonesian addresses a person, before a full name: "Yth. Bapak Yoga Hidayat,".
        if words >= 2, words <= 3, indonesianAddressBefore(s, start), !isFamousName(s, start, end) {
            return nameRunEnd(s, start, end, strong: true).map { ($0, 0.75) }
        }
        // A list's item, the name and a dash before what they bring or do: "Ilias van Romunde - first aid", "Tuncel Samancı – raffle".
        if words >= 2, words <= 3, start == 0 || s[start - 1] == 0x0A || listItemBefore(s, start), dashThenSmallWordAfter(s, end),
           plainNameWords(s, start, end, particles: true), noAmbiguousWord(s, start, end, particles: true), !isFamousName(s, start, end),
           !isPlaceName(s, start, end) { return (end, 0.65) }
        // An e-mail header's display name, whatever the header's language: "Dari: \"Okta Kurniawan\" <okta.k@ymail.com>".
        if words >= 2, words <= 4, start >= 1, s[start - 1] == UInt8(ascii: "\""), end + 3 < s.count, s[end] == UInt8(ascii: "\""), s[end + 1] == 0x20,
           s[end + 2] == UInt8(ascii: "<"), addressInAngles(s, end + 2),
           nameWordsOfRun(s, start, end),
           !isFamousName(s, start, end) { return (end, 0.8) }
        // Two or three words and a role in small letters in brackets: "Senan Lynch (treasurer)", "Kagiso Maseko (till)".
        if words >= 2, words <= 3, smallRoleInBrackets(s, end), knownNameWord(s, start, end), plainNameWords(s, start, end, particles: true),
           !isFamousName(s, start, end) { return (end, 0.65) }
        // Who fills a role, two or three words: "Decision maker is Purity Korir", a word of them a known name.
        if words >= 2, words <= 3, roleCopulaBefore(s, start), knownNameWord(s, start, end) || firstWordGiven(s, start, end), plainNameWords(s, start, end, particles: true),
           !isFamousName(s, start, end), !isPlaceName(s, start, end) { return nameRunEnd(s, start, end, strong: false).map { ($0, 0.7) } }
        // A role's title before a known name: "Coach Barraclough wants everyone there", "Nurse Adeyemi".
        if words <= 2, end - start >= 3, roleTitleBefore(s, start), knownNameWord(s, start, end), notOrdinaryWords(s, start, end),
           !isPlaceName(s, start, end), !isFamousName(s, start, end) { return (end, 0.75) }
        // An honorific or a single-name cue before: one word is enough ("Mr. Chapman", "my name is Amy").
        if words > 1, let c = strongNameCue(s, start) { return nameRunEnd(s, start, end, strong: true).map { ($0, c) } }
        if words == 1, let c = singleNameAfterCue(s, start, end) { return (end, c) }
        // Any word after a label of one part of a name: "Last name: Dlamini", "<familyName>Castañeda".
        if words <= 2, end - start >= 2, namePartLabelBefore(s, start), !isNotName(s, start, end), !isNotName(s, start, wordEnd(s, start, end)),
           notOrdinaryWords(s, start, end),
           typeNames.lookup(s, start, end) == 0 { return (end, 0.85) }
        if let h = csv, let c = h.column(s, start), h.isName[c] {
            // A SQL row's quote closes the field: "'Wiremu'," ends the name before it.
            let end = h.quote == UInt8(ascii: "'") && s[end - 1] == h.quote ? end - 1 : end
            if words > 1 || h.isNamePart[c] && !(h.delimiter != UInt8(ascii: ",") && end < s.count && s[end] == UInt8(ascii: ",")) { return (end, 0.9) }
            // One word under a column of whole names: a given name or a surname the lists hold, no ordinary word ("Hannah").
            // (A quoted field closes at its quote: "\"Nettleship, Adewale\"" is read whole below.)
            let quoted = start > 0 && h.quote != 0 && s[start - 1] == h.quote
            if words == 1, end - start >= 3, end == s.count || (quoted ? s[end] == h.quote : s[end] == h.delimiter || s[end] == 0x0A || s[end] == 0x0D) {
                let f = NameGazetteer.flags(s, start, end)
                if f & (NameGazetteer.given | NameGazetteer.surname) != 0, f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0,
                   !otherThanPerson(s, start, end, placeAlso: true) { return (end, 0.8) }
            }
            // "Oliveira, Gustavo" as a field of a semicolon or tab export.
            if h.delimiter != UInt8(ascii: ","), end + 2 < s.count, s[end] == UInt8(ascii: ","), s[end + 1] == 0x20 {
                let (w, e) = nameRun(s, end + 2)
                if w >= 1, w <= 2, e == s.count || s[e] == h.delimiter || s[e] == 0x0A || s[e] == 0x0D { return (e, 0.9) }
            }
        }
        if words == 1, start > 0, s[start - 1] == UInt8(ascii: "\""), end < s.count, s[end] == UInt8(ascii: ","),
           let e = quotedSurnameGiven(s, start, end, csv) { return (e, 0.85) }
        if words == 1 {
            // The given name of a vCard's N: line ("N:Chatterjee;Sunita;;;").
            if start >= 3, s[start - 1] == UInt8(ascii: ";"), end < s.count, s[end] == UInt8(ascii: ";"), vCardNameLine(s, start) { return (end, 0.8) }
            // A known given name alone on its line above a blank line or a quoted reply: a signature
            // ("...after Easter.\n\nLucía\n\nOn Tue, 10 Mar 2026 ...").
            if start > 0, s[start - 1] == 0x0A, end - start >= 3, let after = nextLineStart(s, end), after >= s.count || s[after] == 0x0A || s[after] == 0x0D
                || s[after] == UInt8(ascii: ">") || s[after] == UInt8(ascii: "O") && after + 2 < s.count && s[after + 1] == UInt8(ascii: "n") && s[after + 2] == 0x20 {
                let f = NameGazetteer.flags(s, start, end)
                if f & NameGazetteer.given != 0, f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0 { return (end, 0.7) }
            }
            // A known given name alone on a message's first line before a comma ("Arjun,\n\nSee below"), or
            // a quoted signature under a quoted blank line ("...\n>\n> Venkatesh\n> Case Manager").
            if end - start >= 3, lineStartOrQuoted(s, start),
               end + 1 < s.count && s[end] == UInt8(ascii: ",") && (s[end + 1] == 0x0A || s[end + 1] == 0x0D)
                || end < s.count && (s[end] == 0x0A || s[end] == 0x0D) && quotedAfterQuotedBlank(s, start) {
                let f = NameGazetteer.flags(s, start, end)
                if f & NameGazetteer.given != 0, f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0, !isNotName(s, start, end) { return (end, 0.7) }
                // A name that is also a word, when it opens the text above a blank line: "Grace,\n\nForwarding as discussed."
                if start == 0, f & NameGazetteer.given != 0, !isNotName(s, start, end), !isPlaceName(s, start, end),
                   end + 2 < s.count, s[end + 1] == 0x0A || s[end + 1] == 0x0D, s[end + 2] == 0x0A || s[end + 2] == 0x0D { return (end, 0.6) }
            }
            // A rota's or a list's entry, a role in small letters in brackets after it: "Trent (van)",
            // "Babatunde (barcode scanning)".
            if end - start >= 3, smallRoleInBrackets(s, end) {
                let f = NameGazetteer.flags(s, start, end)
                if f & NameGazetteer.given != 0, f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0, !isNotName(s, start, end),
                   !isPlaceName(s, start, end), !isPlaceAlsoName(s, start, end), !isFamousName(s, start, end) { return (end, 0.65) }
            }
            // A message's sign-off, the last word of its line: "Fancy a chat? — Orla", "Can you recall it? Nigel".
            if end - start >= 3, signOffAtLineEnd(s, start, end) {
                let f = NameGazetteer.flags(s, start, end)
                if f & NameGazetteer.given != 0, f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0, !isNotName(s, start, end),
                   !isPlaceName(s, start, end), !isFamousName(s, start, end) { return (end, 0.65) }
            }
            // A profile's heading, the given name and the age alone on the line: "Ximena, 30\nLives in Vila Madalena".
            if start == 0 || s[start - 1] == 0x0A, end + 4 <= s.count, s[end] == UInt8(ascii: ","), s[end + 1] == 0x20, isDigit(s[end + 2]),
               isDigit(s[end + 3]), end + 4 == s.count || s[end + 4] == 0x0A || s[end + 4] == 0x0D {
                let f = NameGazetteer.flags(s, start, end)
                if f & NameGazetteer.given != 0, !isPlaceName(s, start, end), !isNotName(s, start, end) { return (end, 0.65) }
            }
            // A given name alone on its line above a phone number: "Sent from my iPhone\n\nKarin\n0768995714".
            if end - start >= 3, nameAbovePhone(s, start, end) { return (end, 0.75) }
            // A known given name opening a message or a line and addressed: "Raj, can you check this?",
            // "Femi?? where are you", "Lukas - are you free", "Yuki pls call me".
            if let c = addressedName(s, start, end) { return (end, c) }
            // A word alone on its line under a closing ("Regards,\nLucía", "Thanks!\n\nKavya"): the signature.
            if end - start >= 2, aloneUnderClosing(s, start, end), !isNotName(s, start, end), !isHonorific(s, start, end),
               nameStopWords.lookup(s, start, end) & (NameStop.street | NameStop.organisation) == 0 { return (end, 0.8) }
            // One word: a first name right after a greeting, then a comma or an exclamation mark.
            var e = start
            while e > 0, s[e - 1] == 0x20 { e -= 1 }
            // (Or a colon ending the line, as Spanish and German letters greet: "Hola Coral:\n\nTe confirmo ...".)
            if end < s.count, s[end] == UInt8(ascii: ",") || s[end] == UInt8(ascii: "!")
                || s[end] == UInt8(ascii: ":") && end + 1 < s.count && (s[end + 1] == 0x0A || s[end + 1] == 0x0D), end - start >= 3, !isNotName(s, start, end),
               greetingWords.endsAt(s, 0, e) { return (end, 0.8) }
            // A sign-off on the message's last line, the writer's name after its comma: "Thanks, Jade", "Makasih, Danang".
            if end - start >= 3, signedAfterClosing(s, start, end) || dashSigned(s, start, end) { return (end, 0.7) }
            // The maiden name after "née" in brackets or after a comma: "RÓISÍN MCALLISTER (née Kavanagh)", "Mary Walsh, née Lee".
            // A surname the lists know, no famous name ("Meta (née Facebook)").
            if maidenNameCueBefore(s, start), NameGazetteer.flags(s, start, end) & NameGazetteer.surname != 0, !isFamousName(s, start, end),
               nameStopWords.lookup(s, start, end) == 0 { return (end, 0.8) }
            // A known given name after a cue or verb, or possessive: "thanks Amy.", "Name: Amy", "Irene's".
            return singleGivenName(s, start, end, next: nil).map { (end, $0) }
        }
        // Two or three words, possessive, before a noun of what is a person's own: "Su-bin Baek's W-4",
        // "Phan Nhung's compromised laptop" reads no further than "Phan Nhung's" and a modifier.
        if words <= 4, let (stem, after) = possessiveInRun(s, start, end), stem - start <= 40, personalNounAfter(s, after),
           plainNameWords(s, start, stem) { return isFamousName(s, start, stem) ? (stem, 0) : (stem, 0.7) }
        // The cue ends within 30 bytes before, past spaces, line breaks and quotes.
        let from = max(0, start - 30)
        var e = start
        while e > from, s[e - 1] == 0x20 || s[e - 1] == 0x0A || s[e - 1] == 0x0D || s[e - 1] == UInt8(ascii: "\"") || s[e - 1] == UInt8(ascii: "'") {
            e -= 1
        }
        if (start == 0 || s[start - 1] == 0x0A), let next = nextLineStart(s, end), next < s.count, !lineHasRoleWord(s, start, end), streetAddress(s, next) != nil {
            // A name on a line of its own above a street address: a postal label.
            return (end, 0.75)
        }
        // A name alone on its line under a closing: "Thanks again,\nAriane Fisher", "Saygılarımızla,\nIraz Taşlı".
        if words >= 2, words <= 3, aloneUnderClosing(s, start, end), nameWordsOfRun(s, start, end),
           !isFamousName(s, start, end), !isPlaceName(s, start, end) { return (end, 0.8) }
        // A signature: a name on a line of its own above a job title ("Lee Fuller\nAccount Manager · Johnson Group").
        if words >= 2, words <= 3, start == 0 || s[start - 1] == 0x0A, let next = nextLineStart(s, end), jobTitleLine(s, next),
           !lineHasRoleWord(s, start, end), knownNameWord(s, start, end) || givenThenSurname(s, start, end) { return (end, 0.75) }
        // A public office's holder or a place named after a person: "Chancellor Rachel Reeves", "Prime Minister
        // Keir Starmer", "O Aeroporto Humberto Delgado", "Het Anne Frank Huis" (a famous name and more).
        // Passed whole (confidence 0), so that no later word of it starts a name.
        if words >= 2, publicRun(s, start, end) { return (end, 0) }
        // One look back for both kinds of cue: the triggers come first in the list, so they win a tie.
        let cue = e > from ? nameCueWords.wordEnding(s, from, e) : -1
        if cue >= 0 && cue < nameTriggers.count { return nameRunEnd(s, start, end, strong: false).map { ($0, 0.8) } }
        // Verbs of communication and by-lines: "forward this to Irene Wilson", "according to Amy Davis".
        if cue >= 0 {
            // After a verb, teams and companies are written as names are ("forward this to Product
            // Marketing"): the gazetteer must know a word of the run as a name.
            // After the verb also a given name and a surname that are words too: "I met with Mark Brown", "forward this
            // to April Griffin".
            // Before " on " and a phone number, names no list holds: "Call Akinkunmi Akinrinola on 08052128203".
            // After the verb also a given name that is a place or a word too before a word no list holds: "I met with
            // Victoria Kuswandari", "add Georgia Okonjo as a joint holder".
            let known = gazetteerName(s, start, end).map({ max($0, 0.8) }) ?? (knownNameWord(s, start, end) || givenThenSurname(s, start, end)
                    || phoneOnAfter(s, end) && plainNameWords(s, start, end) ? 0.7 : givenThenUnlisted(s, start, end) ? 0.65 : nil)
            // Two or three words no list holds, none an ordinary word (a team's are: "Product Marketing"), as in running
            // text: "forward this to Olwethu Tessarin", "a message from Olwethu Tessarin".
            let unlisted: Double? = known == nil && words >= 2 && words <= 3 && plainNameWords(s, start, end) && noAmbiguousWord(s, start, end)
                && !isFamousName(s, start, end) && !wordWrittenSmallNearby(s, start, end) ? 0.6 : nil
            guard let c = known ?? unlisted else { return nil }
            return nameRunEnd(s, start, end, strong: false).map { ($0, c) }
        }
        // A label's value, the label in any language no list holds: "Vedoucí: Vilma Říhová", "Svedok: Anna Kovács", "Kontaktperson
        // vid fel: Bent Johannesson, 078-...". A given name and a surname the lists know, neither an ordinary word ("Product: Summer
        // Sale voucher"), or a given name that is none and a word no list holds ("Rx: Tab Metformin", "Items: Kindle Paperwhite");
        // no famous name ("Review: Ed Sheeran at Wembley").
        if words >= 2, words <= 3, e > from, e >= 4, s[e - 1] == UInt8(ascii: ":"), e == start - 1 || e == start - 2,
           ASCII.isAlpha(s[e - 2]) || s[e - 2] >= 0x80, ASCII.isAlpha(s[e - 3]) || s[e - 3] >= 0x80, !isFamousName(s, start, end),
           !isPlaceName(s, start, end) {
            // (A word no list holds is a product's or a drug's as often, after a label of things or before a quantity: "Items:
            // Kindle Paperwhite", "Rx: Tab Metformin 500".)
            var l = e - 1
            while l > 0, e - 1 - l < 16, ASCII.isAlpha(s[l - 1]) { l -= 1 }
            let thingLabel = thingLabels.lookupLowered(s, l, e - 1) != 0
            let quantityAfter = end + 1 < s.count && s[end] == 0x20 && isDigit(s[end + 1])
            let firstPlain = nameFlags(s, start, wordEnd(s, start, end)).flags & NameGazetteer.word != 0
            // (Or surname first, as Hungarian, Vietnamese and Chinese write names: "Kísérők: Nagy Laura és Borbély Kloé".)
            if noAmbiguousWord(s, start, end, flags: NameGazetteer.word | NameGazetteer.ambiguous) && (gazetteerName(s, start, end) != nil || givenThenSurname(s, start, end) || surnameThenGiven(s, start, end))
                || !firstPlain && !thingLabel && !quantityAfter && givenThenUnlisted(s, start, end) {
                return nameRunEnd(s, start, end, strong: false).map { ($0, 0.65) }
            }
        }
        // A title in title case ("Eleanor Oliphant Is Completely Fine", "Lunch For Sneha Naidu"): no name
        // starts here without a cue; one may start at a later word.
        if words >= 2, titleWordInRun(s, start, end) { return nil }
        // A famous name with no cue before it is the public figure, the character or the brand: passed whole
        // (confidence 0), so that no later word of it starts a name ("Johann Wolfgang von Goethe").
        if words >= 2, isFamousName(s, start, end) || isPlaceName(s, start, end) { return (end, 0) }
        // A known given name and a surname that is also a word, before a verb of what people do: "Delroy Rich
        // signed off the budget", "Grace Young called".
        if words == 2, speechVerbAfter(s, end), firstWordGiven(s, start, end), !isFamousName(s, start, end), !isPlaceName(s, start, end) {
            // (The second word a surname the lists know: not "Kestrel Networks said", "Kaizer Chiefs signed".)
            let w = wordEnd(s, start, end)
            let f = NameGazetteer.flags(s, start, w)
            if f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0, NameGazetteer.flags(s, w + 1, end) & NameGazetteer.surname != 0 {
                return nameRunEnd(s, start, end, strong: false).map { ($0, 0.7) }
            }
        }
        // A given name that is also a word or a place and a surname of the lists, before what only people do: "Grace Black
        // asked for the file", "Grant Jackson replied" (not "Royal Mail replied": no given name).
        if words == 2, personActionAfter(s, end), givenAnyThenSurname(s, start, end) { return (end, 0.65) }
        // No cue: a known given name and what follows it ("Amy Davis called about the invoice"); not a
        // famous name ("Who painted Guernica, Pablo Picasso or Salvador Dalí?").
        if let c = gazetteerName(s, start, end) {
            // (Confidence 0: the scanner passes the famous name whole.)
            return nameRunEnd(s, start, end, strong: false).map { isFamousName(s, start, $0) ? ($0, 0) : ($0, c) }
        }
        // Two or three words with a contact of theirs right after: "Odhiambo Wafula (odhiambo.wafula@...)",
        // "Ronaldo Macaraeg (3 April 1949)", "Jannat Talukder, jannat.talukder@gmail.com", "Anela Kealoha – +1 (617)...".
        if words <= 3, let kind = contactAfter(s, end), kind != 2 || knownNameWord(s, start, end) || listItemBefore(s, start),
           plainNameWords(s, start, end) { return (end, 0.75) }
        // A role in brackets after it: "Ishita Szczepaniak (Head of Finance) is out".
        // An action item of minutes: "2. Gudny Wong to share the deck", a word of it a known name.
        if actionAfter(s, end), listItemBefore(s, start), knownNameWord(s, start, end) { return nameRunEnd(s, start, end, strong: false).map { ($0, 0.7) } }
        if end + 1 < s.count, s[end + 1] == UInt8(ascii: "("), roleInBrackets(s, end), noAmbiguousWord(s, start, end) { return nameRunEnd(s, start, end, strong: false).map { ($0, 0.7) } }
        // Two or three words in running text after a word in lower case, no word of them an ordinary word or
        // a name that is also one, and no place's preposition before: "Summarise this complaint from
        // Apostolos Zervas", "bought by Lokelani Akana", "Die Überweisung an Manolis Theodorou". Not
        // "near Lough Derg", "Lives in Vila Madalena", "Summer Sale".
        if words >= 2, words <= 3, runningTextBefore(s, start), !honorificOpens(s, start, end), plainNameWords(s, start, end),
           noAmbiguousWord(s, start, end), !isFamousName(s, start, end), !wordWrittenSmallNearby(s, start, end) { return (end, 0.6) }
        if let c = nameBesideValue(s, start, end, words: words) ?? listedPerson(s, start, end, words: words) { return (end, c) }
        return nil
    }

    /// A word of the run s[start..<end] stands again within 4 KB written in small letters as a word of its own (not in
    /// a mailbox or a handle): a product's or a tool's name, which commands and paths write so ("Dataproc Metastore"
    /// beside "gcloud metastore services list", "Config Sync" beside "the last sync"); a person's surname seldom is.
    static func wordWrittenSmallNearby(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let n = s.count
        let lo = max(0, start - 4096), hi = min(n, end + 4096)
        func joins(_ c: UInt8) -> Bool { ASCII.isAlnum(c) || c == UInt8(ascii: "@") || c == UInt8(ascii: "_") || c == UInt8(ascii: ".") || c >= 0x80 }
        var a = start
        while a < end {
            var b = a
            while b < end, s[b] != 0x20 { b += 1 }
            let first = s[a] | 0x20
            if b - a >= 4, s[a] &- 0x41 < 26 {
                var k = lo
                while k + (b - a) <= hi {
                    if s[k] == first, k == 0 || !joins(s[k - 1]) {
                        var m = 1
                        while m < b - a, s[k + m] == ASCII.lower(s[a + m]) { m += 1 }
                        let z = k + m
                        if m == b - a, z == n || !(ASCII.isAlnum(s[z]) || s[z] == UInt8(ascii: "@") || s[z] == UInt8(ascii: "_")
                                                   || s[z] == UInt8(ascii: ".") && z + 1 < n && ASCII.isAlnum(s[z + 1])) { return true }
                    }
                    k += 1
                }
            }
            a = b + 1
        }
        return false
    }

    /// Titles of public office and words of facilities named after people, written before the name.
    static let publicTitleWords = WordTable([
        "President", "Minister", "Chancellor", "Senator", "Sen", "Governor", "Gov", "Secretary", "King", "Queen", "Prince",
        "Princess", "Pope", "Mayor", "Premier", "Ambassador", "Congressman", "Congresswoman", "Speaker", "Chairman", "Taoiseach",
        "Emperor", "Empress", "Sultan", "Sheikh", "Ayatollah", "Archbishop", "Cardinal", "Saint", "St",
        "Aeroporto", "Aeropuerto", "Aéroport", "Flughafen", "Bandara", "Lotnisko", "Luchthaven", "Airport", "Estação", "Estación",
        "Gare", "Bahnhof", "Stasiun", "Ospedale", "Hôpital", "Krankenhaus", "Escola", "Escuela", "École", "Universidade",
        "Universidad", "Université", "Università", "Universitas", "Liceo", "Lycée", "Colégio", "Colegio", "Instituto", "Museo",
        "Museu", "Musée", "Parque", "Parc", "Estadio", "Estádio", "Stade", "Stadion", "Ponte", "Puente", "Pont", "Teatro",
        "Théâtre", "Jalan", "Jl", "Pulau", "Gunung", "Sekolah", "Masjid", "Rumah", "Ulica", "Aleja", "Plac", "Avenida", "Rua",
        "Calle", "Piazza", "Praça", "Plaza", "Boulevard", "Corso", "Viale", "Via", "Rue", "Avenue", "Fondation", "Fundação",
        "Fundación", "Stiftung", "Prix", "Premio", "Prémio", "Prêmio", "Nobel",
        // In small letters, as the languages write a street's or a facility's word inside a sentence.
        "ulica", "ulicą", "ulicy", "ul", "aleja", "alei", "al", "plac", "placu", "rua", "calle", "via", "viale", "corso", "piazza",
        "rue", "avenida", "aeroporto", "aeropuerto", "aéroport", "bandara", "jalan", "jl", "stasiun", "pulau", "lotnisko",
    ].map { ($0, 1) })

    /// The run at `start` is a public office's holder or a place named after someone: the word before it (one
    /// space) or its first word a `publicTitleWords` word, or its first two words a famous name.
    static func publicRun(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        // A house number after it: a street's name, which the address reading takes ("ul. Jana Pawła II 74").
        var h = end
        if h + 3 < s.count, s[h] == 0x20, s[h + 1] == UInt8(ascii: "I") { h += 1; while h < s.count, s[h] == UInt8(ascii: "I") || s[h] == UInt8(ascii: "V") { h += 1 } }
        if h + 1 < s.count, s[h] == 0x20, isDigit(s[h + 1]) { return false }
        var a = start
        while a < end, s[a] != 0x20 { a += 1 }
        let firstEnd = s[a - 1] == UInt8(ascii: ".") ? a - 1 : a
        if publicTitleWords.lookup(s, start, firstEnd) != 0 { return true }
        // "L'aeroporto Leonardo da Vinci": an elided article first.
        if firstEnd - start > 3, s[start + 1] == UInt8(ascii: "'"), publicTitleWords.lookup(s, start + 2, firstEnd) != 0 { return true }
        if a < end {
            var b = a + 1
            while b < end, s[b] != 0x20 { b += 1 }
            if b < end, isFamousName(s, start, b) { return true }
        }
        guard start >= 3, s[start - 1] == 0x20 else { return false }
        var e = start - 1
        if s[e - 1] == UInt8(ascii: ".") { e -= 1 }
        var w = e
        while w > 0, e - w < 16, ASCII.isAlpha(s[w - 1]) || s[w - 1] >= 0x80 { w -= 1 }
        guard w < e, w == 0 || !ASCII.isAlnum(s[w - 1]) else { return false }
        return publicTitleWords.lookup(s, w, e) != 0
    }

    /// English words a title capitalises that no name holds: after the run's first word, the run is a title.
    /// ("And" joins two names as often: "Congratulations Sneha And Ravi Kumar".)
    static let titleWords = WordTable(["Is", "Of", "The", "For", "At", "In", "To", "On", "With", "From", "By", "Are", "Was",
                                       "Has", "Into", "Upon", "Who", "What", "Why", "How", "Our", "My", "Your"].map { ($0, 1) })

    static func titleWordInRun(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var a = start
        while a < end, s[a] != 0x20 { a += 1 }
        while a < end {
            a += 1
            var b = a
            while b < end, s[b] != 0x20 { b += 1 }
            if b - a <= 4, titleWords.lookup(s, a, b) != 0 { return true }
            a = b
        }
        return false
    }

    /// "Sir " or "Dame " (capitalized, a word of its own) right before `start`.
    static func honourBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start >= 4, s[start - 1] == 0x20 else { return false }
        let a: Int
        if s[start - 4] == UInt8(ascii: "S"), s[start - 3] == UInt8(ascii: "i"), s[start - 2] == UInt8(ascii: "r") { a = start - 4 }
        else if start >= 5, s[start - 5] == UInt8(ascii: "D"), s[start - 4] == UInt8(ascii: "a"), s[start - 3] == UInt8(ascii: "m"),
                s[start - 2] == UInt8(ascii: "e") { a = start - 5 }
        else { return false }
        return a == 0 || !ASCII.isAlpha(s[a - 1])
    }

    /// After `end`: " (" and one to three words in small letters, then ")": a role ("(van)", "(tail walker)").
    static func smallRoleInBrackets(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        guard end + 4 < s.count, s[end] == 0x20, s[end + 1] == UInt8(ascii: "("), s[end + 2] &- 0x61 < 26 else { return false }
        var k = end + 2
        var spaces = 0
        while k < s.count, k - end < 32 {
            let c = s[k]
            if c == UInt8(ascii: ")") { return spaces <= 2 && k - end >= 4 }
            if c == 0x20 { spaces += 1 } else if !(c &- 0x61 < 26 || c == UInt8(ascii: "-")) { return false }
            k += 1
        }
        return false
    }

    /// The word s[start..<end] ends its line (past a full stop or "!") and follows a dash or a sentence's end:
    /// where a message is signed ("... Fancy a chat? — Orla", "... Can you recall it? Nigel").
    static func signOffAtLineEnd(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var k = end
        if k < s.count, s[k] == UInt8(ascii: ".") || s[k] == UInt8(ascii: "!") { k += 1 }
        while k < s.count, s[k] == 0x20 || s[k] == 0x0D { k += 1 }
        guard k == s.count || s[k] == 0x0A, start >= 3, s[start - 1] == 0x20 else { return false }
        let c = s[start - 2]
        if c == UInt8(ascii: "-") { return s[start - 3] == 0x20 || s[start - 3] == UInt8(ascii: "-") }
        if c == 0x94 || c == 0x93 { return start >= 4 && s[start - 3] == 0x80 && s[start - 4] == 0xE2 }
        // After a sentence's end on the same line: the sentence before it has a word in small letters.
        guard c == UInt8(ascii: "?") || c == UInt8(ascii: ".") || c == UInt8(ascii: "!") else { return false }
        // A sentence of three words at least: not "Co. Kerry", "St. Helens".
        var a = start - 2
        var spaces = 0
        while a > 0, s[a - 1] != 0x0A, start - a < 200 { a -= 1; if s[a] == 0x20 { spaces += 1 } }
        return spaces >= 2 && (a ..< start - 2).contains { s[$0] &- 0x61 < 26 }
    }

    /// A known given name opening a message or a line, addressed (`vocativeAfter`); not a place's name.
    static func addressedName(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        guard end - start >= 3, start == 0 || s[start - 1] == 0x0A || s[start - 1] == UInt8(ascii: "("), end + 2 < s.count, vocativeAfter(s, end) else { return nil }
        let f = NameGazetteer.flags(s, start, end)
        // (A greeting that the lists hold as a given name opens the message the same way: "Hoi,\nik bel je morgen", "Hei, ...".)
        guard f & NameGazetteer.given != 0, f & (NameGazetteer.ambiguous | NameGazetteer.word) == 0, !isNotName(s, start, end),
              !isPlaceName(s, start, end), !isFamousName(s, start, end), !greetingWords.endsAt(s, start, end) else { return nil }
        return 0.65
    }

    /// After a name ending at `end`: ", " and a word in small letters, "?" or "!", " - " and a word in small
    /// letters, or " pls"/" please": the one addressed.
    static func vocativeAfter(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        let n = s.count
        switch s[end] {
        case UInt8(ascii: ","): return end + 2 < n && s[end + 1] == 0x20 && s[end + 2] &- 0x61 < 26
        case UInt8(ascii: "?"), UInt8(ascii: "!"): return true
        case 0x20:
            if end + 3 < n, s[end + 1] == UInt8(ascii: "-"), s[end + 2] == 0x20, s[end + 3] &- 0x61 < 26 { return true }
            return end + 4 <= n && (lowerEquals(s, end + 1, end + 4, "pls") || end + 7 <= n && lowerEquals(s, end + 1, end + 7, "please"))
                && (end + 4 == n || !ASCII.isAlpha(s[end + 4]) || lowerEquals(s, end + 1, min(n, end + 7), "please"))
        default: return false
        }
    }

    /// The run's first word is an honorific ("Prof Hallam"): its own rule reads the name after it.
    @inline(__always) static func honorificOpens(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var w = start
        while w < end, s[w] != 0x20 { w += 1 }
        return isHonorific(s, start, w)
    }

    /// Before `start`: a space and a word of small letters that is no place's preposition ("in", "at",
    /// "near", "nach", "à" ...), the word itself after a letter or the line's start: running text.
    static func runningTextBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start >= 3, s[start - 1] == 0x20 else { return false }
        // (Or the verb that opens a question: "Is Hernando Pozuelo coming tonight?", "Did Ilias Thanel call?".)
        if s[start - 2] &- 0x61 < 26, questionOpenerBefore(s, start) { return true }
        let e = start - 1
        var a = e
        while a > 0, e - a < 24, s[a - 1] &- 0x61 < 26 || s[a - 1] >= 0x80 { a -= 1 }
        // (A chat's "@here Huia Rangihuna is our new intern" too.)
        guard a < e, s[a] &- 0x61 < 26 || s[a] >= 0xC3, a == 0 || s[a - 1] == 0x20 || s[a - 1] == 0x0A || s[a - 1] == UInt8(ascii: "@") else { return false }
        return placePrepositions.lookup(s, a, e) == 0
    }

    /// Before `start` (after its space): a capitalized verb of `questionOpeners` opening a line or a sentence.
    static func questionOpenerBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        let e = start - 1
        guard e >= 2, s[e] == 0x20 else { return false }
        var a = e
        while a > 0, e - a < 7, s[a - 1] &- 0x61 < 26 { a -= 1 }
        guard a >= 1, a < e, s[a - 1] &- 0x41 < 26 else { return false }
        a -= 1
        guard a == 0 || s[a - 1] == 0x0A || a >= 2 && s[a - 1] == 0x20 && (s[a - 2] == UInt8(ascii: ".") || s[a - 2] == UInt8(ascii: "?") || s[a - 2] == UInt8(ascii: "!"))
        else { return false }
        return questionOpeners.lookupLowered(s, a, e) != 0
    }

    /// Verbs that open a question before its subject ("Is", "Did", "Has"); not "Will", "May", "Can", which are names too.
    static let questionOpenerWords = ["is", "are", "was", "were", "did", "does", "do", "has", "have", "had", "could", "would",
                                      "should", "shall", "might", "must"]
    static let questionOpeners = WordTable(questionOpenerWords.map { ($0, 1) })
    /// "According to" in German, French, Spanish, Dutch, Polish and Italian: a cue of the name after it, no part of it.
    static let accordingToWords = ["laut", "selon", "según", "volgens", "według", "secondo", "gemäß"]

    /// Words before a place more often than before a person.
    static let placePrepositions = WordTable(["in", "at", "near", "around", "outside", "inside", "via", "across", "through", "towards",
                                              "toward", "into", "between", "visit", "visiting", "visited", "lives", "live", "living", "based",
                                              "en", "à", "au", "aux", "nach", "bei", "aus", "im", "em", "no", "na", "nel", "nella", "a",
                                              "the", "of", "del", "della", "das", "dos", "la", "le", "les", "el", "los"].map { ($0, 1) })

    /// A name filling a markdown cell from `start` (its first run ending at `end`, of `words` words), maybe
    /// "Surname, Given", under a header that names people: where it ends.
    static func markdownNameCell(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ words: Int) -> Int? {
        let n = s.count
        var e = end
        if words == 1, e + 3 < n, s[e] == UInt8(ascii: ","), s[e + 1] == 0x20, s[e + 2] &- 0x41 < 26 || s[e + 2] >= 0xC3 {
            let (w, z) = nameRun(s, e + 2)
            guard w >= 1, w <= 2 else { return nil }
            e = z
        } else if words < 2 {
            // One word: a given name the lists hold, also one that is a word ("| Mon | ... | Grace |"), under a people column.
            guard e + 1 < n, s[e] == 0x20, s[e + 1] == UInt8(ascii: "|"), end - start >= 2 else { return nil }
            // (Or a surname the lists hold that is no ordinary word: "| Mon | Okonkwo |".)
            let f = NameGazetteer.flags(s, start, end)
            guard f & NameGazetteer.given != 0 || f & NameGazetteer.surname != 0 && f & (NameGazetteer.word | NameGazetteer.ambiguous) == 0,
                  !isPlaceName(s, start, end), !isFamousName(s, start, end), !isNotName(s, start, end) else { return nil }
            return markdownColumn(s, start) & MarkdownColumn.name != 0 ? e : nil
        }
        guard e + 1 < n, s[e] == 0x20, s[e + 1] == UInt8(ascii: "|"), knownNameWord(s, start, end) || e != end && knownNameWord(s, end + 2, e) else { return nil }
        return markdownColumn(s, start) & MarkdownColumn.name != 0 ? e : nil
    }

    /// Two words: a surname the lists know and a given name they know, neither a place, the whole no famous name.
    static func surnameThenGiven(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let a = wordEnd(s, start, end)
        guard a < end, a - start >= 2, end - a - 1 >= 3, !(a + 1..<end).contains(where: { s[$0] == 0x20 }),
              NameGazetteer.flags(s, start, a) & NameGazetteer.surname != 0, NameGazetteer.flags(s, a + 1, end) & NameGazetteer.given != 0,
              !isPlaceName(s, start, a), !isPlaceName(s, a + 1, end), !isFamousName(s, start, end) else { return false }
        return true
    }

    /// Labels of things, not people: a product's, a drug's, a work's.
    static let thingLabels = WordTable(["item", "items", "product", "products", "rx", "drug", "medication", "medicine", "model", "device",
                                        "film", "movie", "book", "title", "song", "album", "track", "brand", "make", "game", "app", "show",
                                        "series", "dish", "menu", "wine", "course", "package", "plan", "tariff", "service"].map { ($0, 1) })

    /// Two words: a given name of the lists, whatever else they hold it as (a place, a word: "Victoria", "Georgia",
    /// "Grant"), and a word no list holds written as names are ("Kuswandari"); not a place or a famous name.
    static func givenThenUnlisted(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let a = wordEnd(s, start, end)
        guard a < end, a - start >= 3, end - a - 1 >= 4, !(a + 1..<end).contains(where: { s[$0] == 0x20 }),
              NameGazetteer.flags(s, start, a) & NameGazetteer.given != 0, nameFlags(s, a + 1, end).flags == 0,
              plainNameWords(s, a + 1, end), !isNotName(s, start, a), !isPlaceName(s, start, end), !isFamousName(s, start, end)
        else { return false }
        return true
    }

    /// Two words: a given name of the lists whatever else it is, and a frequent surname or one that is no word ("Black",
    /// "Jackson"; not "Music", "Garden", "Camp"), no street's or organisation's word; not a place or a famous name.
    static func givenAnyThenSurname(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let a = wordEnd(s, start, end)
        guard a < end, a - start >= 3, end - a - 1 >= 2, NameGazetteer.flags(s, start, a) & NameGazetteer.given != 0,
              case let g = nameFlags(s, a + 1, end).flags, g & NameGazetteer.commonSurname != 0 || g & NameGazetteer.surname != 0 && g & NameGazetteer.word == 0,
              nameStopWords.lookup(s, a + 1, end) == 0,
              nameStopWords.lookup(s, start, a) == 0, !isNotName(s, start, a), !isPlaceName(s, start, end), !isFamousName(s, start, end) else { return false }
        return true
    }

    /// At `end`, " " and a verb only people do (`personOnlyVerbs`: "asked", "replied", "emailed"). (Not "will send":
    /// "Apple Music will send you a reminder", "Jade Garden will call you".)
    static func personActionAfter(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        end + 2 < s.count && s[end] == 0x20 && s[end + 1] &- 0x61 < 26 && personOnlyVerbAfter(s, end + 1)
    }

    /// s[start..<end] is two words, a given name and a surname as the lists know them (also ordinary words: "Mark
    /// Brown", "April Lee"), neither a word of places or organisations, the whole no famous name or place.
    static func givenThenSurname(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var a = start
        while a < end, s[a] != 0x20 { a += 1 }
        guard a < end, a - start >= 3 else { return false }
        let b = a + 1
        guard end - b >= 2, !(b..<end).contains(where: { s[$0] == 0x20 }) else { return false }
        let f = NameGazetteer.flags(s, start, a), g = nameFlags(s, b, end).flags
        // The surname a frequent one or no word ("I met with Royal Mail" is none); a month first only before a frequent
        // surname ("April Griffin", not "April Showers").
        let commonSurname = g & NameGazetteer.commonSurname != 0
        return f & NameGazetteer.given != 0 && g & NameGazetteer.surname != 0 && (commonSurname || g & NameGazetteer.word == 0)
            && (commonSurname || f & NameGazetteer.commonGiven != 0)
            && (nameStopWords.lookup(s, start, a) == 0 || commonSurname && isMonthWord(s, start, a))
            && nameStopWords.lookup(s, b, end) == 0 && !isNotName(s, start, a) && !isPlaceName(s, start, end) && !isFamousName(s, start, end)
    }

    /// s[a..<b] is a month's name that is also a given name.
    static func isMonthWord(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        lowerEquals(s, a, b, "april") || lowerEquals(s, a, b, "may") || lowerEquals(s, a, b, "june") || lowerEquals(s, a, b, "july")
            || lowerEquals(s, a, b, "august")
    }

    /// The word s[start..<end] and the word after its comma as "Surname, Given"; where the given name ends.
    /// Endings of German nouns, as bytes (read at every run "Noun der/von ...").
    static let germanNounSuffixes: [[UInt8]] = ["ung", "heit", "keit", "schaft", "tion", "nis", "tum"].map { Array($0.utf8) }
    /// German articles, before a noun.
    static let germanNounArticles = WordTable(["der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines",
                                               "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Einem", "Einen", "Eines"].map { ($0, 1) })
    /// The first word s[start..<w] of a run is a German noun joined to what follows by "der", "von", "des" or "vom": a
    /// noun's suffix ("-ung", "-heit", "-keit", "-schaft", "-tion", "-ität", "-nis", "-tum") and no list holding it as a
    /// name, or an article before it and no list holding it as a given name.
    static func germanNounJoin(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ w: Int) -> Bool {
        guard w + 5 < s.count, s[w] == 0x20, s[w + 1] == UInt8(ascii: "d") || s[w + 1] == UInt8(ascii: "v"), s[w + 4] == 0x20,
              lowerEquals(s, w + 1, w + 5, "der ") || lowerEquals(s, w + 1, w + 5, "von ")
                || lowerEquals(s, w + 1, w + 5, "des ") || lowerEquals(s, w + 1, w + 5, "vom ") else { return false }
        let f = NameGazetteer.flags(s, start, w)
        guard f & NameGazetteer.given == 0 else { return false }
        if w - start >= 6, f & NameGazetteer.surname == 0 {
            for u in germanNounSuffixes where w - start > u.count && (0..<u.count).allSatisfy({ s[w - u.count + $0] == u[$0] }) { return true }
            if w - start >= 5, s[w - 1] == UInt8(ascii: "t"), s[w - 2] == 0xA4, s[w - 3] == 0xC3, s[w - 4] == UInt8(ascii: "i") { return true }   // -ität
        }
        // An article right before: "ein Werk von", "Die Aktie von".
        guard start >= 4, s[start - 1] == 0x20 else { return false }
        var a = start - 1
        while a > 0, start - 1 - a < 6, ASCII.isAlpha(s[a - 1]) { a -= 1 }
        return a < start - 1 && (a == 0 || !ASCII.isAlnum(s[a - 1])) && germanNounArticles.lookup(s, a, start - 1) != 0
    }

    /// Conjunctions and adverbs that open a clause (not the prepositions and greetings that cue a name: "From Isaac:",
    /// "With Karla away", "Hey Jude").
    static let clauseOpeners = WordTable((["then", "when", "and", "but", "so", "if", "as", "also", "yet", "though", "although", "because",
                                          "since", "while", "after", "before", "once", "until", "now", "still", "just", "even", "perhaps",
                                          "however", "whether", "unless", "where", "why", "how", "what", "which",
                                          // "According to" in Portuguese, also a given name ("Segundo Helena Pires" stays whole).
                                          "segundo"]
        // The verbs that open a question ("Is Hernando Pozuelo coming?") and "according to" in other languages ("Laut Centa
        // Etzler"): the name is read from its first word.
        + questionOpenerWords + accordingToWords).map { ($0, 1) })

    /// The '-' at `dash` follows " " and a note's word opening its line: "Internal note - ", "Agent comment - ", "Note - ".
    static func noteLabelBeforeDash(_ s: UnsafeBufferPointer<UInt8>, _ dash: Int) -> Bool {
        guard s[dash] == UInt8(ascii: "-"), dash >= 5, s[dash - 1] == 0x20 else { return false }
        let e = dash - 1
        var a = e
        while a > 0, e - a < 8, ASCII.isAlpha(s[a - 1]) { a -= 1 }
        guard lowerEquals(s, a, e, "note") || lowerEquals(s, a, e, "notes") || lowerEquals(s, a, e, "comment") else { return false }
        // The label is the line's first one or two words.
        var l = a
        var words = 1
        while l > 0, s[l - 1] != 0x0A {
            l -= 1
            if s[l] == 0x20 { words += 1 } else if !ASCII.isAlpha(s[l]) { return false }
        }
        return words <= 2
    }

    /// The run's words read as a name's where the place already says person (a header's display name, a role's JSON value,
    /// a signature): all written as names are (particles allowed), or a known name among words none of which is ordinary.
    static func nameWordsOfRun(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        plainNameWords(s, start, end, particles: true) || knownNameWord(s, start, end) && notOrdinaryWords(s, start, end, particles: true)
    }

    /// After a name ending at `end`: " - ", " – " or " — " and a word in small letters ("- first aid", "– raffle").
    static func dashThenSmallWordAfter(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        let n = s.count
        guard end + 3 < n, s[end] == 0x20 else { return false }
        var k = end + 1
        if s[k] == UInt8(ascii: "-") { k += 1 }
        else if s[k] == 0xE2, k + 2 < n, s[k + 1] == 0x80, s[k + 2] == 0x93 || s[k + 2] == 0x94 { k += 3 }
        else { return false }
        return k + 1 < n && s[k] == 0x20 && s[k + 1] &- 0x61 < 26
    }

    /// At the '<' at `k`: an e-mail address and the closing '>' within 80 bytes on the line.
    static func addressInAngles(_ s: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        var j = k + 1
        var at = false
        while j < s.count, j - k < 80, s[j] != UInt8(ascii: ">"), s[j] != 0x0A, s[j] != 0x20 {
            if s[j] == UInt8(ascii: "@") { at = true }
            j += 1
        }
        return at && j < s.count && s[j] == UInt8(ascii: ">")
    }

    /// After a sender's name ending at `end`: " (", a time ("11:13", "9:05:44", "9:05 AM"), "):" and a space or the line's end.
    static func bracketedTimeColonAfter(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        let n = s.count
        guard end + 8 < n, s[end] == 0x20, s[end + 1] == UInt8(ascii: "("), isDigit(s[end + 2]) else { return false }
        var k = end + 2
        var groups = 0
        while groups < 3 {
            let a = k
            while k < n, k - a < 2, isDigit(s[k]) { k += 1 }
            guard k > a, groups == 0 || k - a == 2 else { return false }
            groups += 1
            guard k < n, s[k] == UInt8(ascii: ":"), k + 1 < n, isDigit(s[k + 1]) else { break }
            k += 1
        }
        guard groups >= 2, k + 1 < n else { return false }
        if s[k] == 0x20, k + 3 < n, s[k + 1] | 0x20 == UInt8(ascii: "a") || s[k + 1] | 0x20 == UInt8(ascii: "p"), s[k + 2] | 0x20 == UInt8(ascii: "m") { k += 3 }
        guard k + 1 < n, s[k] == UInt8(ascii: ")"), s[k + 1] == UInt8(ascii: ":") else { return false }
        return k + 2 == n || s[k + 2] == 0x20 || s[k + 2] == 0x0A || s[k + 2] == 0x0D
    }

    /// The line above or below the one that opens at `start` with the word s[start..<end] opens with a capitalized word and
    /// a bracketed time and colon too: a chat's lines.
    static func bracketedTimeLineBeside(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let n = s.count
        func opensWithSender(_ a: Int) -> Bool {
            guard a < n, s[a] &- 0x41 < 26 || s[a] >= 0xC3 else { return false }
            var b = a + 1
            while b < n, b - a < 40, ASCII.isAlpha(s[b]) || s[b] >= 0x80 || s[b] == 0x20 && b + 1 < n && s[b + 1] != UInt8(ascii: "(") { b += 1 }
            return bracketedTimeColonAfter(s, b)
        }
        var k = end
        while k < n, s[k] != 0x0A { k += 1 }
        if k + 1 < n, opensWithSender(k + 1) { return true }
        guard start >= 2 else { return false }
        var a = start - 1
        while a > 0, s[a - 1] != 0x0A { a -= 1 }
        return a < start - 1 && opensWithSender(a)
    }

    /// At a line's first word s[start..<end], a surname before ", ": one or two given names and a chat client's day and time to
    /// the line's end ("Mai, Phú Tú 4/21 7:41 AM"). Where the given names end. Each part a name of the lists or a word no
    /// list holds written as names are; no ordinary word, place or famous name.
    static func surnameCommaGivenHeader(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        let n = s.count
        guard end - start >= 2, s[end + 2] &- 0x41 < 26 || s[end + 2] >= 0xC3 else { return nil }
        let (words, e) = nameRun(s, end + 2)
        guard words >= 1, words <= 2, chatHeaderAfter(s, e), e < n else { return nil }
        // (The day's date, not a time alone: "Hu, Jing 4/21 7:45 AM"; Slack's "1:05 PM" follows a name with no comma.)
        var k = e
        while k < n, s[k] == 0x20 { k += 1 }
        var d = k
        while d < n, isDigit(s[d]) { d += 1 }
        guard d > k, d < n, s[d] == UInt8(ascii: "/") || s[d] == UInt8(ascii: ".") || s[d] == UInt8(ascii: "-") else { return nil }
        let plain = NameGazetteer.ambiguous | NameGazetteer.word
        func namePart(_ a: Int, _ b: Int) -> Bool {
            let f = NameGazetteer.flags(s, a, b)
            return (f & (NameGazetteer.given | NameGazetteer.surname) != 0 && f & plain == 0 || f == 0 && lowerAfterCapitalOrJoin(s, a, b) || b - a <= 3 && f & plain == 0)
                && !isPlaceName(s, a, b) && !isNotName(s, a, b) && nameStopWords.lookup(s, a, b) == 0
        }
        guard namePart(start, end) else { return nil }
        var a = end + 2
        while a < e {
            var b = a
            while b < e, s[b] != 0x20 { b += 1 }
            guard namePart(a, b) else { return nil }
            a = b + 1
        }
        return isFamousName(s, start, e) ? nil : e
    }

    static func surnameCommaGiven(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        let n = s.count
        let plain = NameGazetteer.ambiguous | NameGazetteer.word
        let f = NameGazetteer.flags(s, start, end)
        // After a roll's label or a role ("Present:", "Patient:", "Guest"), or as the next item of a roll ("...; Ülker,
        // Gülsalın"), the place says person: a surname or given name that is also a word counts, and one of the two may
        // be a name no list holds.
        let roll = rollItemStart(s, start)
        // A chat export's header line, the sender after the time ("[19:15] Dey, Yatan" and the message on the next line):
        // the place says person, as a roll's does, when the given name ends the line.
        let header = !roll && timeStampBefore(s, start) != 0
        guard end - start >= 2, roll || header ? f & (NameGazetteer.surname | NameGazetteer.given) != 0 || f == 0 : f & NameGazetteer.surname != 0 && f & plain == 0,
              !isPlaceName(s, start, end), !isPlaceAlsoName(s, start, end), !isNotName(s, start, end), nameStopWords.lookup(s, start, end) == 0 else { return nil }
        let a = end + 2
        if s[a] >= 0xC3, isSmallLatinLetter(s[a], s[a + 1]) { return nil }
        var e = a + 1
        while e < n, s[e] &- 0x61 < 26 || s[e] >= 0x80 && s[e] != 0xE2 || s[e] == UInt8(ascii: "-") && e + 1 < n && ASCII.isAlpha(s[e + 1]) { e += 1 }
        guard e - a >= 3, e - a <= 16 else { return nil }
        let g = NameGazetteer.flags(s, a, e)
        // The next item of a roll of that shape may hold two names no list holds, written as names are ("Present: Ganesan,
        // Girik; Ülker, Gülsalın").
        let lineEnd = e == n || s[e] == 0x0A || s[e] == 0x0D
        let nextItem = (roll && s[start - 2] == UInt8(ascii: ";") || header && lineEnd) && f == 0 && g == 0
            && lowerAfterCapitalOrJoin(s, start, end) && lowerAfterCapitalOrJoin(s, a, e)
        // A record's line may open with one ("Shah, Faqid has moved to ward 4"): a clean surname there may have a given
        // name no list holds, written as names are.
        let recordLine = (start == 0 || s[start - 1] == 0x0A) && f & NameGazetteer.surname != 0 && f & plain == 0 && g == 0
            && lowerAfterCapitalOrJoin(s, a, e) && functionWords.lookup(s, a, e) == 0 && nameStopWords.lookup(s, a, e) == 0
        let known = roll || header && lineEnd ? (g & NameGazetteer.given != 0 || g == 0 && f != 0 || nextItem) && nameStopWords.lookup(s, a, e) == 0
            : g & NameGazetteer.given != 0 && g & plain == 0 || recordLine
        guard known, !isPlaceName(s, a, e), !isPlaceAlsoName(s, a, e), !isNotName(s, a, e), !isFamousName(s, start, e) else { return nil }
        // The item ends with the given name: punctuation, a line's end, or a word in lower case.
        // (Or a dash or a colon before the note on the person: "Martinez, John - account overdue", "Shah, Faqid: moved".)
        guard e == n || s[e] == UInt8(ascii: ";") || s[e] == UInt8(ascii: ".") || s[e] == UInt8(ascii: ")") || s[e] == 0x0A || s[e] == 0x0D
            || s[e] == 0x20 && e + 1 < n && s[e + 1] &- 0x61 < 26
            || s[e] == UInt8(ascii: ":") && e + 1 < n && s[e + 1] == 0x20
            || e + 2 < n && s[e] == 0x20 && (s[e + 1] == UInt8(ascii: "-") && s[e + 2] == 0x20 || s[e + 1] == 0xE2 && e + 4 < n && s[e + 2] == 0x80
                && (s[e + 3] == 0x93 || s[e + 3] == 0x94) && s[e + 4] == 0x20) else { return nil }
        // "Adams, Castillo and Davis", "Simmons, Calhoun & Lewis": a firm of partners' surnames.
        if e + 6 < n, s[e] == 0x20, lowerEquals(s, e + 1, e + 5, "and "), s[e + 5] &- 0x41 < 26 { return nil }
        return e
    }

    /// `start` begins an item of a roll: after a label or role word a name can follow ("Present: ", "Patient: ", "Guest "),
    /// or after "; " that ends an item of the same shape ("Barrett, Bryan; ").
    static func rollItemStart(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start >= 3, s[start - 1] == 0x20 else { return false }
        if s[start - 2] == UInt8(ascii: ";") {
            // The item before: "Surname, Given" (two capitalized words and a comma).
            var k = start - 2
            while k > 0, start - 2 - k < 24, ASCII.isAlpha(s[k - 1]) || s[k - 1] >= 0x80 || s[k - 1] == UInt8(ascii: "-") { k -= 1 }
            guard k >= 3, k < start - 2, s[k] &- 0x41 < 26 || s[k] >= 0xC3, s[k - 1] == 0x20, s[k - 2] == UInt8(ascii: ",") else { return false }
            var m = k - 2
            while m > 0, k - 2 - m < 24, ASCII.isAlpha(s[m - 1]) || s[m - 1] >= 0x80 || s[m - 1] == UInt8(ascii: "-") { m -= 1 }
            return m < k - 2 && (s[m] &- 0x41 < 26 || s[m] >= 0xC3)
        }
        // A label's colon ("Present: ", "Patient: "); not a greeting's or a verb's cue, after which the given name's place
        // may hold a word ("Hi Sarah, Hope you're well", "Thanks Fedex, Will do").
        if start >= 3, s[start - 2] == UInt8(ascii: ":"), singleNameCueBefore(s, start) { return true }
        // A role word before a space: "Guest Dixon, Lee asked".
        var a = start - 1
        while a > 0, start - 1 - a < 12, ASCII.isAlpha(s[a - 1]) { a -= 1 }
        return a < start - 1 && (a == 0 || !ASCII.isAlnum(s[a - 1])) && personNounsBeforeBracket.lookupLowered(s, a, start - 1) != 0
    }

    /// `start` begins a line, or a quoted line's text ("> Name").
    @inline(__always) static func lineStartOrQuoted(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        start == 0 || s[start - 1] == 0x0A || start >= 2 && s[start - 1] == 0x20 && s[start - 2] == UInt8(ascii: ">") && (start == 2 || s[start - 3] == 0x0A)
    }

    /// `start` begins a quoted line's text ("> Name") and the line above is a quoted blank (">").
    @inline(__always) static func quotedAfterQuotedBlank(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start >= 5, s[start - 1] == 0x20, s[start - 2] == UInt8(ascii: ">"), s[start - 3] == 0x0A else { return false }
        var k = start - 4
        if s[k] == 0x0D { k -= 1 }
        return k >= 0 && s[k] == UInt8(ascii: ">") && (k == 0 || s[k - 1] == 0x0A)
    }

    /// The line holding `i` starts "N:" (a vCard's structured name: family;given;middle;prefix;suffix).
    static func vCardNameLine(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        var a = i
        while a > 0, s[a - 1] != 0x0A, i - a < 80 { a -= 1 }
        return (a == 0 || s[a - 1] == 0x0A) && a + 2 <= i && s[a] == UInt8(ascii: "N") && s[a + 1] == UInt8(ascii: ":")
    }

    /// A chat's speaker before a colon: a given name the lists know that is no ordinary word. After a
    /// message's time stamp ("[09:10] Wade:", "14/6, 13:04 - Hope:") the place says speaker, so a given
    /// name that is also a word counts too, and in an exported chat's "date, time - " any word the
    /// lists hold no ordinary word for ("Adaeze", "Jabari").
    /// After `end`: a space and one of `verbsAfterName` ("signed", "called"), a word of its own.
    @inline(__always) static func speechVerbAfter(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        guard end + 4 < s.count, s[end] == 0x20, s[end + 1] &- 0x61 < 26 else { return false }
        var k = end + 1
        while k < s.count, k - end <= 12, s[k] &- 0x61 < 26 { k += 1 }
        guard k - end - 1 >= 4, k - end - 1 <= 11, k == s.count || !ASCII.isAlpha(s[k]) else { return false }
        return verbsAfterName.lookup(s, end + 1, k) != 0
    }

    /// Where the first word of s[start..<end] ends.
    @inline(__always) static func wordEnd(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var k = start
        while k < end, s[k] != 0x20 { k += 1 }
        return k
    }

    /// The label "name" of forms in the languages forms are filled in: "Nama: Agus" is no speaker "Nama".
    static let nameLabelWords = WordTable(["name", "nama", "nome", "nom", "naam", "navn", "namn", "nimi", "nombre", "imię", "adı"].map { ($0, 1) })

    /// An e-mail header's labels in other languages (Indonesian, Swedish, Turkish, German, Spanish, Italian, Portuguese,
    /// Polish, Dutch, French, Danish, Finnish): "Dari:", "Från:", "Kimden:" open no chat line. (Not "Till:": Till is a name too.)
    static let mailHeaderLabels = WordTable(["dari", "kepada", "perihal", "från", "ämne", "kimden", "kime", "konu", "betreff",
                                             "asunto", "oggetto", "assunto", "temat", "onderwerp", "objet", "emne", "aihe", "lähettäjä",
                                             "vastaanottaja", "para", "von"].map { ($0, 1) })

    static func speakerName(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        guard end - start >= 3, end + 1 < s.count, s[end + 1] == 0x20, !isNotName(s, start, end),
              nameLabelWords.lookupLowered(s, start, end) == 0, mailHeaderLabels.lookupLowered(s, start, end) == 0 else { return nil }
        let f = NameGazetteer.flags(s, start, end)
        let stamp = start >= 2 ? timeStampBefore(s, start) : 0
        // After " - " or ", " only a time stamp makes a speaker ("Latency - Max: 340 ms" is none).
        // (Or a note's label: "Internal note - Hampus: verified customer", "Agent comment - Michael: refund issued".)
        if start >= 2, s[start - 1] == 0x20, s[start - 2] == UInt8(ascii: "-") || s[start - 2] == UInt8(ascii: ","), stamp == 0, !noteLabelBeforeDash(s, start - 2) { return nil }
        // A label before an amount is a form's or a notice's, no one speaking: "Fares: $3238.49 flat", "Fares: 2958.50 EUR".
        if stamp == 0, moneyAt(s, end + 2) { return nil }
        if f & NameGazetteer.given != 0 && f & NameGazetteer.ambiguous == 0 && f & NameGazetteer.word == 0 { return 0.7 }
        guard start >= 2 else { return nil }
        if stamp != 0, f & NameGazetteer.given != 0 { return 0.7 }
        return stamp == 2 && f == 0 && lowerAfterCapital(s, start, end) ? 0.65 : nil
    }

    /// At `k`: an amount of money, a currency's sign before digits ("$3238.49", "C$1195.23", "£12", "¥500", "€5") or digits
    /// with two decimals ("2958.50", "1,299.00").
    static func moneyAt(_ s: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        let n = s.count
        guard k + 1 < n else { return false }
        var d = k
        if s[d] == UInt8(ascii: "$") { d += 1 }
        else if s[d] == 0xC2, s[d + 1] == 0xA3 || s[d + 1] == 0xA5 { d += 2 }
        else if s[d] == 0xE2, d + 2 < n, s[d + 1] == 0x82, s[d + 2] == 0xAC { d += 3 }
        else if d + 3 < n, s[d] &- 0x41 < 26, s[d + 1] == UInt8(ascii: "$") { d += 2 }
        if d > k { return d < n && ASCII.isDigit(s[d]) }
        var e = k
        while e < n, e - k < 12, ASCII.isDigit(s[e]) || s[e] == UInt8(ascii: ",") { e += 1 }
        return e > k && e + 2 < n && s[e] == UInt8(ascii: ".") && ASCII.isDigit(s[e + 1]) && ASCII.isDigit(s[e + 2]) && (e + 3 == n || !ASCII.isDigit(s[e + 3]))
    }

    /// After a run ending at `end`, a contact of the person's: " (" or " <" and an e-mail address, a phone
    /// number (seven digits or more) or a date ("(3 April 1949)"): 1; ", " and an e-mail address: 1;
    /// " – " or " - " and an e-mail address (1) or a phone number (2, which needs a known name). nil otherwise.
    static func contactAfter(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int? {
        let n = s.count
        guard end + 4 < n else { return nil }
        var k = end
        var form = 0   // 0 bracket, 1 comma, 2 dash
        if s[k] == UInt8(ascii: ",") { k += 1; form = 1 }
        guard s[k] == 0x20 else { return nil }
        k += 1
        if form == 0 {
            if k + 2 < n, s[k] == UInt8(ascii: "-") || s[k] == 0xE2 && s[k + 1] == 0x80 && (s[k + 2] == 0x93 || s[k + 2] == 0x94) {
                k += s[k] == UInt8(ascii: "-") ? 1 : 3
                guard k < n, s[k] == 0x20 else { return nil }
                k += 1
                form = 2
            } else if s[k] == UInt8(ascii: "(") || s[k] == UInt8(ascii: "<") {
                k += 1
            } else { return nil }
        }
        var digits = 0
        var j = k
        while j < n, j - k < 60 {
            let c = s[j]
            if c == UInt8(ascii: "@") { return j > k ? 1 : nil }
            if isDigit(c) { digits += 1 }
            // (After a dash a phone's area code may stand in brackets: "– +1 (617) 503-2524".)
            if c == 0x0A || c == UInt8(ascii: ")") && form != 2 || c == UInt8(ascii: ">") || c == UInt8(ascii: ",") { break }
            if c == 0x20 && digits == 0 && j > k && form != 0 { break }   // an e-mail address holds no space
            j += 1
        }
        switch form {
        case 0: return digits >= 5 ? 1 : nil
        case 2: return digits >= 7 ? 2 : nil
        default: return nil
        }
    }

    /// Every word of the run reads as a name's: capitalized and then small letters, no ordinary English
    /// word (unless the gazetteer also knows it as a name), no street or organisation word.
    static func plainNameWords(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, particles: Bool = false) -> Bool {
        var a = start
        while a < end {
            var b = a
            while b < end, s[b] != 0x20 { b += 1 }
            // With `particles`, one between the words ("Lindiwe van Wyk"; places have them too: "São José dos Campos").
            if particles, a > start, s[a] &- 0x61 < 26, NameGazetteer.flags(s, a, b) & NameGazetteer.particle != 0 { a = b + 1; continue }
            // A middle initial between the words: "Hernando Q. Pozuelo".
            if a > start, b < end, b - a == 2, s[a] &- 0x41 < 26, s[a + 1] == UInt8(ascii: ".") { a = b + 1; continue }
            guard b - a >= 3, lowerAfterCapitalOrJoin(s, a, b), hyphenPartsNoWords(s, a, b, first: a == start) else { return false }
            if nameStopWords.lookup(s, a, b) & (NameStop.street | NameStop.organisation) != 0 { return false }
            if b == end, a > start, streetCompoundWord(s, a, b) { return false }
            a = b + 1
        }
        return notOrdinaryWords(s, start, end, particles: particles)
    }

    /// Street words that languages write joined to the street's name: "Prins Hendrikkade", "Keizersgracht",
    /// "Bahnhofstraße", "Drottninggatan", "Vesterbrogade" (Dutch, German, Swedish, Danish, Norwegian, Hungarian).
    static let streetCompoundEndings: [StaticString] = ["kade", "gracht", "straat", "laan", "plein", "singel", "steeg", "straße", "stigen",
                                                        "strasse", "gasse", "allee", "platz", "damm", "gatan", "vägen", "gränd",
                                                        "gade", "vej", "veien", "gata", "utca"]

    /// s[a..<b] ends in one of `streetCompoundEndings`, three bytes at least before it.
    static func streetCompoundWord(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        for w in streetCompoundEndings {
            let n = w.utf8CodeUnitCount
            if b - a >= n + 3, lowerEquals(s, b - n, b, w) { return true }
        }
        return false
    }

    /// A hyphenated word's parts after the first are no ordinary words outside the name lists: "Al-Farsi",
    /// "Hartley-Brown", not "Coca-Cola". The run's first word, hyphenated, is two given names
    /// ("Jean-Baptiste", "Mary-Jane"; not "Ray-Ban Wayfarer").
    static func hyphenPartsNoWords(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, first: Bool) -> Bool {
        var k = a
        while k < b, s[k] != UInt8(ascii: "-") { k += 1 }
        while k < b {
            let p = k + 1
            k = p
            while k < b, s[k] != UInt8(ascii: "-") { k += 1 }
            guard k > p, s[p] &- 0x41 < 26 else { continue }
            let f = NameGazetteer.flags(s, p, k)
            if f & NameGazetteer.word != 0 && f & (NameGazetteer.given | NameGazetteer.surname) == 0 { return false }
            if first && f & NameGazetteer.given == 0 { return false }
        }
        return true
    }

    /// Type names a field's declaration puts after "firstName:" in code.
    static let typeNames = WordTable(["String", "Text", "Int", "Integer", "Optional", "Column", "None", "Null", "Varchar", "Char", "Str",
                                      "Bool", "Boolean", "Type", "Field", "Value", "Required", "Nullable", "CharField", "TextField",
                                      "StringType", "Unicode", "Symbol", "Object", "Any", "Maybe"].map { ($0, 1) })

    /// The run's first word is a known given name.
    static func firstWordGiven(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var b = start
        while b < end, s[b] != 0x20 { b += 1 }
        return NameGazetteer.flags(s, start, b) & NameGazetteer.given != 0
    }

    /// No word of the run is an ordinary English word the gazetteer knows as no name ("String", "Text",
    /// "Optional" after "firstName:" in code).
    static func notOrdinaryWords(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, particles: Bool = false) -> Bool {
        var a = start
        while a < end {
            var b = a
            while b < end, s[b] != 0x20 { b += 1 }
            if particles, a > start, s[a] &- 0x61 < 26, NameGazetteer.flags(s, a, b) & NameGazetteer.particle != 0 { a = b + 1; continue }
            let f = NameGazetteer.flags(s, a, b)
            if f & NameGazetteer.word != 0 || f & NameGazetteer.ambiguous != 0 && f & (NameGazetteer.given | NameGazetteer.surname) == 0 { return false }
            a = b + 1
        }
        return true
    }

    /// From `i`: "<address> wrote:" (an e-mail address in angle brackets, then " wrote:").
    static func wroteAfterAddress(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        var k = i + 1
        while k < s.count, k - i < 100, s[k] != UInt8(ascii: ">"), s[k] != 0x0A { k += 1 }
        return k + 8 <= s.count && s[k] == UInt8(ascii: ">") && s[k + 1] == 0x20 && lowerEquals(s, k + 2, k + 8, "wrote:")
    }

    /// One word a speaker's place holds: a given name, or a word no list holds (not even as an ordinary word).
    static func speakerWord(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 3, !isNotName(s, start, end) else { return false }
        var e = end
        // "Anna-Lena": the first part.
        if let h = (start..<end).first(where: { s[$0] == UInt8(ascii: "-") }), h - start >= 2 { e = h }
        let f = NameGazetteer.flags(s, start, e)
        return f & NameGazetteer.given != 0 || f == 0 && lowerAfterCapital(s, start, e)
    }

    /// After `end`: " (agent):", " (customer):" (a lower-case role in brackets, then a colon).
    static func roleSpeakerAfter(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        guard end + 4 < s.count, s[end] == 0x20, s[end + 1] == UInt8(ascii: "(") else { return false }
        var k = end + 2
        while k < s.count, k - end < 16, s[k] &- 0x61 < 26 { k += 1 }
        return k > end + 3 && k + 1 < s.count && s[k] == UInt8(ascii: ")") && s[k + 1] == UInt8(ascii: ":")
    }

    /// After `end`: a date and a time, and the line's end ("  10:42", " 07/07/2026 19:11", " 2026-04-01 05:08:55").
    static func chatHeaderAfter(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        guard end + 5 < s.count, s[end] == 0x20 else { return false }
        var k = end
        while k < s.count, s[k] == 0x20 { k += 1 }
        guard k < s.count, isDigit(s[k]) else { return false }
        var colon = false, digits = 0, times = 0, lastColon = -9
        while k < s.count, k - end < 26 {
            let c = s[k]
            // (One time, not a timetable's row of them: "Puerta del Sol   07:05  07:35  08:05".)
            if isDigit(c) { digits += 1 } else if c == UInt8(ascii: ":") {
                if k - lastColon > 3 { times += 1 }
                lastColon = k
                colon = true
                if times > 1 { return false }
            }
            else if !(c == 0x20 || c == UInt8(ascii: "/") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") || c == UInt8(ascii: ",")
                      || c == UInt8(ascii: "A") || c == UInt8(ascii: "P") || c == UInt8(ascii: "M")
                      // ISO 8601: "Achieng 2026-09-16T04:14:19Z", "+02:00".
                      || c == UInt8(ascii: "T") || c == UInt8(ascii: "Z") || c == UInt8(ascii: "+")) { break }
            k += 1
        }
        // ("1:05 PM", as Slack prints a sender's line: three digits with the half of the day.)
        let meridiem = k >= 2 && s[k - 1] == UInt8(ascii: "M") && (s[k - 2] == UInt8(ascii: "A") || s[k - 2] == UInt8(ascii: "P"))
        return colon && (digits >= 4 || digits == 3 && meridiem) && (k == s.count || s[k] == 0x0A || s[k] == 0x0D)
    }

    /// Before `start`: "[09:10] " (1), or "14/6, 13:04 - " / "3/20/24, 9:15 PM - " as a phone's chat
    /// export writes (2); 0 otherwise.
    static func timeStampBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        guard start >= 7, s[start - 1] == 0x20 else { return 0 }
        var k = start - 2
        let bracket = s[k] == UInt8(ascii: "]")
        if !bracket {
            // "13:04 - Name", "18:59, Name"
            if s[k] == UInt8(ascii: ",") { k -= 1 } else {
                guard s[k] == UInt8(ascii: "-"), s[k - 1] == 0x20 else { return 0 }
                k -= 2
            }
            // "PM", "AM", "pm"
            if k >= 3, s[k] | 0x20 == UInt8(ascii: "m"), s[k - 1] | 0x20 == UInt8(ascii: "p") || s[k - 1] | 0x20 == UInt8(ascii: "a"), s[k - 2] == 0x20 { k -= 3 }
        } else {
            k -= 1
        }
        // HH:MM (and :SS) ending at k
        var digits = 0, colons = 0
        while k >= 0, start - k < 24, ASCII.isDigit(s[k]) || s[k] == UInt8(ascii: ":") {
            if s[k] == UInt8(ascii: ":") { colons += 1 } else { digits += 1 }
            k -= 1
        }
        guard colons >= 1, digits >= 3 else { return 0 }
        // "[27/10/2026, 20:13:57] Name:": a chat export's date inside the brackets.
        if bracket { return k >= 3 && s[k] == 0x20 && s[k - 1] == UInt8(ascii: ",") && ASCII.isDigit(s[k - 2]) ? 2 : 1 }
        // a date and ", " before the time
        guard k >= 3, s[k] == 0x20, s[k - 1] == UInt8(ascii: ","), ASCII.isDigit(s[k - 2]) else { return 0 }
        return 2
    }

    /// The keys a JSON object names a person by, lower-cased ("name" alone names products and
    /// services as often: two capitalized words under it are found as after any "name:" label).
    static let jsonNameKeys = WordTable([
        "given", "family", "firstname", "first_name", "lastname", "last_name", "surname", "givenname", "given_name",
        "familyname", "family_name", "fullname", "full_name", "displayname", "display_name", "middlename", "middle_name",
        "customer_name", "contact_name", "patient_name", "author_name",
    ].map { ($0, 1) })

    /// JSON keys whose value is a person in a role: "manager", "assignee", "next_of_kin" (16 bytes at most).
    static let jsonPersonRoleKeys = WordTable([
        "manager", "owner", "assignee", "reporter", "author", "approver", "reviewer", "supervisor", "contact", "lead", "requester",
        "assigned_to", "created_by", "updated_by", "approved_by", "next_of_kin", "spouse", "guardian",
        "doctor", "physician", "employee", "customer", "tenant", "landlord", "driver", "agent", "teacher", "student", "patient",
        "client", "member", "organizer", "organiser", "host", "speaker", "recipient", "sender", "buyer", "seller", "witness",
    ].map { ($0, 1) })

    /// Is the key of the JSON string value opening at `quote` one of `jsonNameKeys`?
    static func jsonNameKeyBefore(_ s: UnsafeBufferPointer<UInt8>, _ quote: Int) -> Bool { jsonKeyBefore(s, quote, jsonNameKeys) }

    /// `quote` is the opening quote of a JSON string value; before it, past spaces, a colon and the key's closing quote:
    /// is the key one of `keys`?
    static func jsonKeyBefore(_ s: UnsafeBufferPointer<UInt8>, _ quote: Int, _ keys: WordTable) -> Bool {
        var k = quote
        while k > 0, s[k - 1] == 0x20 { k -= 1 }
        guard k > 0, s[k - 1] == UInt8(ascii: ":") else { return false }
        k -= 1
        while k > 0, s[k - 1] == 0x20 { k -= 1 }
        guard k > 0, s[k - 1] == UInt8(ascii: "\"") else { return false }
        let e = k - 1
        var a = e
        while a > 0, e - a <= 20, ASCII.isAlpha(s[a - 1]) || s[a - 1] == UInt8(ascii: "_") { a -= 1 }
        guard a > 0, s[a - 1] == UInt8(ascii: "\""), e - a >= 4, e - a <= 20 else { return false }
        return keys.lookupLowered(s, a, e) != 0
    }

    /// Closings a signature follows, lower-case: the line before `lineEnd` (past blank lines) ends in one.
    static let signOffs = EndingWords(signOffWords)
    static let signOffWords = [
        "regards", "regards,", "thanks", "thanks,", "thanks!", "thank you", "thank you,", "thank you!", "cheers", "cheers,", "best",
        "best,", "best wishes", "best wishes,", "sincerely", "sincerely,", "warmly", "warmly,", "many thanks", "many thanks,",
        "take care", "take care,", "yours", "yours,", "love,", "speak soon", "speak soon,", "talk soon,", "ta,", "cordialement",
        "cordialement,", "grüße", "grüße,", "saludos", "saludos,", "un saluto", "un saluto,", "groeten", "groeten,", "atentamente",
        "atentamente,", "distinti saluti", "distinti saluti,", "met vriendelijke groet", "met vriendelijke groet,", "mvg",
        "thanks again", "thanks again,", "thanks again!",
        // The other languages' closings: Swedish, Danish and Norwegian, Polish, Turkish, Indonesian, Dutch, French, Portuguese,
        // Spanish, Italian, Czech, Finnish, Romanian, Vietnamese.
        "hälsningar", "hälsningar,", "kram,", "mvh,", "hilsen", "hilsen,", "pozdrawiam", "pozdrawiam,", "z poważaniem",
        "z poważaniem,", "na razie,", "saygılarımla", "saygılarımla,", "saygılarımızla", "saygılarımızla,", "sevgiler,",
        "sampai jumpa,", "terima kasih,", "hormat saya,", "hormat kami,", "salam,", "groetjes,", "bises,", "bisous,",
        "amicalement,", "bien à vous,", "abraços,", "atenciosamente,", "cumprimentos,", "abrazos,", "un abrazo,", "saluti,",
        "cordiali saluti,", "s pozdravem,", "s pozdravem", "terveisin,", "terveisin", "cu stimă,", "trân trọng,",
        // Thanks in other languages, as chats and notes sign off: "Makasih, Danang", "Danke,\nJonas".
        "makasih,", "terima kasih,", "danke,", "gracias,", "grazie,", "obrigado,", "obrigada,", "tack,", "merci,", "kiitos,",
        "takk,", "dzięki,", "dziękuję,", "teşekkürler,",
    ]

    /// s[start..<end] is alone on its line (LF before, LF, CR or the text's end after) under a closing: a signature.
    static func aloneUnderClosing(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        start > 0 && s[start - 1] == 0x0A && (end == s.count || s[end] == 0x0A || s[end] == 0x0D) && signOffBefore(s, start - 1)
    }

    /// The word s[start..<end] ends the text or its line, and before it are a closing of `signOffs` and ", " that open
    /// their sentence: "... ya. Makasih, Danang", "Name on card: JADE FITZPATRICK. Thanks, Jade". A given name of the lists
    /// (also one that is a word), or a short word no list holds written as names are; no greeted group ("Thanks, Team").
    static func signedAfterClosing(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard start >= 6, end == s.count || s[end] == 0x0A || s[end] == 0x0D || s[end] == UInt8(ascii: "!") && (end + 1 == s.count || s[end + 1] == 0x0A),
              s[start - 1] == 0x20, s[start - 2] == UInt8(ascii: ",") else { return false }
        var a = start - 2
        while a > 0, start - a < 24, s[a - 1] != 0x0A, !(s[a - 1] == 0x20 && a >= 2 && (s[a - 2] == UInt8(ascii: ".") || s[a - 2] == UInt8(ascii: "!"))) { a -= 1 }
        guard a == 0 || s[a - 1] == 0x0A || s[a - 1] == 0x20 else { return false }
        let w = signOffs.wordEnding(s, a, start - 1)
        guard w >= 0, signOffWords[w].utf8.count == start - 1 - a else { return false }
        let f = NameGazetteer.flags(s, start, end)
        guard f & NameGazetteer.given != 0 || f == 0 && end - start <= 8 && lowerAfterCapital(s, start, end) else { return false }
        return !isNotName(s, start, end) && !isPlaceName(s, start, end) && !isFamousName(s, start, end) && nameStopWords.lookup(s, start, end) == 0
    }

    /// "(née " or ", née " (or "nee") right before `start`.
    static func maidenNameCueBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start >= 6, s[start - 1] == 0x20 else { return false }
        var a: Int
        if s[start - 2] == UInt8(ascii: "e"), s[start - 3] == UInt8(ascii: "e"), s[start - 4] == UInt8(ascii: "n") { a = start - 4 }
        else if start >= 7, s[start - 2] == UInt8(ascii: "e"), s[start - 3] == 0xA9, s[start - 4] == 0xC3, s[start - 5] == UInt8(ascii: "n") { a = start - 5 }
        else { return false }
        if s[a - 1] == UInt8(ascii: "(") { return true }
        return a >= 2 && s[a - 1] == 0x20 && s[a - 2] == UInt8(ascii: ",")
    }

    /// The writer's name after a dash or a slash at the text's end: "Give Thomas a raise! – Mark J.", "... - Kamande M.",
    /// "/Amanda, tränare", "– Jason (HR)". A given name the lists know; an initial, a role after a comma or in brackets may
    /// follow, then nothing but the text's end.
    static func dashSigned(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let n = s.count
        guard start >= 2 else { return false }
        var dash = false
        // (A dash after words on its line: one opening the line is a list's bullet, "- Kindle".)
        if s[start - 1] == 0x20 {
            if s[start - 2] == UInt8(ascii: "-") { dash = start >= 4 && s[start - 3] == 0x20 && s[start - 4] != 0x0A }
            else if start >= 6, s[start - 4] == 0xE2, s[start - 3] == 0x80, s[start - 2] == 0x93 || s[start - 2] == 0x94 {
                dash = s[start - 5] == 0x20 && s[start - 6] != 0x0A
            }
        } else if s[start - 1] == UInt8(ascii: "/") {
            dash = start == 1 || s[start - 2] == 0x20 || s[start - 2] == 0x0A
        }
        guard dash else { return false }
        var k = end
        // " J." (an initial)
        if k + 2 < n, s[k] == 0x20, s[k + 1] &- 0x41 < 26, s[k + 2] == UInt8(ascii: ".") { k += 3 }
        // ", tränare", " (HR)": a role, to the line's end
        if k + 1 < n, s[k] == UInt8(ascii: ",") || s[k] == 0x20 && s[k + 1] == UInt8(ascii: "(") {
            var r = k + 1
            while r < n, r - k < 40, s[r] != 0x0A { r += 1 }
            guard r - k < 40 else { return false }
            k = r
        }
        while k < n, s[k] == 0x20 || s[k] == 0x0A || s[k] == 0x0D || s[k] == UInt8(ascii: ".") || s[k] == UInt8(ascii: "!") { k += 1 }
        guard k == n else { return false }
        let f = NameGazetteer.flags(s, start, end)
        // (A given name only: a shop signs its notices so too, "Prices valid until Sunday – Tesco".)
        guard f & NameGazetteer.given != 0 else { return false }
        return !isNotName(s, start, end) && !isPlaceName(s, start, end) && !isFamousName(s, start, end) && nameStopWords.lookup(s, start, end) == 0
    }

    static func signOffBefore(_ s: UnsafeBufferPointer<UInt8>, _ lineBreak: Int) -> Bool {
        var e = lineBreak
        // past blank lines and the line's trailing spaces and carriage return
        while e > 0, s[e - 1] == 0x0A || s[e - 1] == 0x0D || s[e - 1] == 0x20, lineBreak - e < 8 { e -= 1 }
        guard e >= 2 else { return false }
        var a = e
        while a > 0, s[a - 1] != 0x0A, e - a < 40 { a -= 1 }
        guard a == 0 || s[a - 1] == 0x0A else { return false }
        // The line ends in a closing ("Kind regards," in "regards,") and is no more than a closing:
        // five short words at most ("Thank you and kind regards,"), so "In the end we all tried our
        // best" over a heading is none.
        guard signOffs.wordEnding(s, a, e) >= 0 else { return false }
        var spaces = 0
        var from = a
        while from < e, s[from] == 0x20 || s[from] == 0x09 { from += 1 }
        for j in from..<e where s[j] == 0x20 { spaces += 1 }
        return spaces <= 4 && e - from <= 32
    }

    /// Words of job titles, as a role in brackets after a name holds them.
    static let roleWords = WordTable([
        "Head", "Lead", "Manager", "Director", "Officer", "Partner", "Coordinator", "Engineer", "Analyst", "Assistant", "Consultant",
        "Specialist", "Supervisor", "Negotiator", "Paralegal", "Advisor", "Adviser", "Executive", "Intern", "Designer", "Developer",
        "Accountant", "Nurse", "Administrator", "Secretary", "Associate", "President", "Chair", "Architect", "Technician",
        "Representative", "Counsel", "Owner", "Founder", "CEO", "CTO", "CFO", "COO", "VP", "tenant", "landlord", "customer",
        "patient", "client", "owner", "guest", "resident", "applicant", "caller", "student", "parent", "volunteer", "driver",
        "witness", "agent", "manager", "nurse", "doctor",
    ].map { ($0, 1) })

    /// The line from `a` is a job title: one of its first five words (before "·", "|", ",", " at " or the line's end) is
    /// a capitalized word of `roleWords` ("Account Manager · Johnson Group", "Senior Data Engineer").
    static func jobTitleLine(_ s: UnsafeBufferPointer<UInt8>, _ a: Int) -> Bool {
        let n = s.count
        var k = a
        var words = 0
        while k < n, words < 5, s[k] &- 0x41 < 26 {
            var b = k
            while b < n, ASCII.isAlpha(s[b]) { b += 1 }
            if roleWords.lookup(s, k, b) != 0 { return true }
            words += 1
            guard b + 1 < n, s[b] == 0x20 else { return false }
            k = b + 1
        }
        return false
    }

    /// A word of s[a..<b] is a capitalized word of `roleWords` (the run is a title, not a name).
    static func lineHasRoleWord(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        var k = a
        while k < b {
            var e = k
            while e < b, s[e] != 0x20 { e += 1 }
            if s[k] &- 0x41 < 26, roleWords.lookup(s, k, e) != 0 { return true }
            k = e + 1
        }
        return false
    }

    /// After a run ending at `end`: " (" and, before ")" within 48 bytes, a word of a job title.
    @inline(never) static func roleInBrackets(_ s: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        let n = s.count
        guard end + 2 < n, s[end] == 0x20, s[end + 1] == UInt8(ascii: "(") else { return false }
        var a = end + 2
        let limit = min(n, a + 48)
        var found = false
        while a < limit, s[a] != UInt8(ascii: ")") {
            var b = a
            while b < limit, ASCII.isAlpha(s[b]) { b += 1 }
            if b > a, roleWords.lookup(s, a, b) != 0 { found = true }
            guard b < limit else { return false }
            a = b == a ? a + 1 : b
        }
        // "Respondent (landlord): Camille Jacobs": a label of its own, its role in brackets, before a colon.
        if a + 1 < n, s[a + 1] == UInt8(ascii: ":") { return false }
        return found && a < limit
    }

    /// No word of the run is an ordinary word the gazetteer marks ("Grant", "Will", "May").
    /// (`flags`: the flags that make a word ambiguous here; the lists' ordinary words too where `word` is among them.)
    static func noAmbiguousWord(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, particles: Bool = false,
                                flags: UInt8 = NameGazetteer.ambiguous) -> Bool {
        var a = start
        while a < end {
            var b = a
            while b < end, s[b] != 0x20 { b += 1 }
            if particles, a > start, s[a] &- 0x61 < 26, NameGazetteer.flags(s, a, b) & NameGazetteer.particle != 0 { a = b + 1; continue }
            if nameFlags(s, a, b).flags & flags != 0 { return false }
            a = b + 1
        }
        return true
    }

    /// A quoted CSV cell "Surname, Given" from its first word at `start` (ending at `end`): where
    /// the name ends (before the closing quote), when the cell is in a name column or the
    /// gazetteer knows one of its words as a name; nil otherwise.
    @inline(never) static func quotedSurnameGiven(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ csv: CSVHeader?) -> Int? {
        let n = s.count
        guard start > 0, s[start - 1] == UInt8(ascii: "\""), end + 3 < n, s[end] == UInt8(ascii: ","), s[end + 1] == 0x20,
              s[end + 2] &- 0x41 < 26 || s[end + 2] >= 0xC3 else { return nil }
        let (words, e) = nameRun(s, end + 2)
        guard words >= 1, words <= 2, e < n, s[e] == UInt8(ascii: "\""), start < 2 || s[start - 2] == UInt8(ascii: ",") || s[start - 2] == 0x0A else { return nil }
        if let h = csv, let c = h.column(s, start), h.isName[c] { return e }
        return knownNameWord(s, start, end) && knownNameWord(s, end + 2, e) ? e : nil
    }

    /// Verbs of communication and by-lines before a name of two or more words.
    static let nameVerbs = [
        "called", "emailed", "e-mailed", "wrote to", "forward this to", "forward it to", "forward to", "forwarded to",
        "send this to", "send it to", "sent to", "met with", "meet with", "meeting with", "according to", "spoke with",
        "spoke to", "speak to", "speak with", "talked to", "talk to", "talked with", "asked", "ask", "contacted",
        "reach out to", "reached out to", "phoned", "texted", "messaged", "told", "thanks", "thank you", "thanks to",
        "care of", "replied to", "reply to", "ask for", "asked for", "cc", "written by", "signed by", "approved by",
        "reported by", "submitted by", "prepared by", "requested by", "created by", "reviewed by", "assigned to",
        "handled by", "referred by", "directed by", "produced by", "interviewed", "invited", "introduced", "parcel for",
        "accountant,", "patient,", "customer,", "spoke w/", "booked for", "reminder from", "account for", "landlord,",
        "message from", "note from", "update from", "email from", "call from", "lunch with", "coffee with", "congratulations to",
        "welcome", "report from", "signed off by", "is with", "ping", "copied", "cc'd", "anyone know", "you know", "anybody know",
        // Whom one calls, checks with or sits beside: "Do not call Robin Ramsbottom", "Check with Pearl Adeyemi".
        "call", "ring", "email", "e-mail", "text", "message", "remind", "tell", "check with", "swap with", "sit with",
        "away from", "next to", "sit next to", "pass it to", "give it to", "hand it to",
        // Who the person is to the writer, officers and witnesses, by-lines of letters and labels.
        "my neighbour", "my neighbor", "my wife", "my husband", "my partner", "my colleague", "my friend", "my manager",
        "my boss", "my sister", "my brother", "my mother", "my father", "my mum", "my mom", "my dad", "my son", "my daughter",
        "re:", "signed", "enquiries:", "for:", "deliver to:", "deliver to", "oi", "olá", "hei", "hej",
        "ciao", "hola", "kia ora", "cześć", "hoi",
        // Whose name a booking or an account is in: "booked in the name of Ilias Thanel".
        "in the name of", "under the name", "under the name of", "it's under", "will show as", "show as",
        // Who collects or is among: "Collected by Aimee Lane", "including Park Min-jun".
        "collected by", "picked up by", "signed for by", "including",
        // Who saw it and who came along: "This was witnessed by Georgia Cragg", "accompanied by Tama Ngata".
        "witnessed by", "accompanied by", "attended by",
        // "according to" in the other languages: "Laut Centa Etzler ist", "Selon André Legendre,", "D'après Inès".
        "d'après",
    ] + accordingToWords

    /// Where the next line starts when a line ends at `i` (LF or CRLF); nil when it does not end there.
    @inline(__always) static func nextLineStart(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        guard i < s.count else { return nil }
        if s[i] == 0x0A { return i + 1 }
        if s[i] == 0x0D, i + 1 < s.count, s[i + 1] == 0x0A { return i + 2 }
        return nil
    }

    /// Grouped by last byte, in the order `streetSuffixRange` names.
    static let streetSuffixes = ["straße", "strasse", "gasse", "allee", "kade", "gade", "str.", "weg", "ring", "steeg", "platz", "damm",
                                 "ufer",
                                 // Dutch: "Zeestraat 239", "Prinsengracht 263", "Vondellaan 12", "Marktplein 3", "Dorpsdijk 8"
                                 "straat", "gracht", "vorstadt", "laan", "plein", "gatan", "vägen", "veien", "vegen", "baan",
                                 // Swedish paths and hills: "Furustigen 15, 394 51 Gävle", "Kvarnbacken 4".
                                 "stigen", "backen",
                                 "singel", "dijk",
                                 // Nordic: "Storgata 36B", "Kungsgatan 73", "Vesterbrogade 31", "Rosenvængets Allé", "Åboulevarden"
                                 "gata", "vej", "plads", "torv",
                                 // More Dutch, ending in other letters: "Jakebaan 45", "Louisehof 286", "Michaeldreef 79" (not "-pad":
                                 // "Notepad 3", "Keypad 1")
                                 "hof", "dreef",
                                 // "Hendrikboulevard 4" (the last seven letters: a suffix holds eight bytes at most).
                                 "ulevard",
                                 // Swedish alleys joined to their name: "Prästgårdsgränd 4".
                                 "gränd"]

    /// The suffixes packed from their last byte down (at most 8 bytes each), with their masks.
    static let streetSuffixTails: [(bytes: UInt64, mask: UInt64, length: Int)] = streetSuffixes.map { w in
        let u = Array(w.utf8)
        precondition(u.count <= 8)
        var t: UInt64 = 0
        for (m, b) in u.reversed().enumerated() { t |= UInt64(b) << UInt64(8 * m) }
        return (t, u.count == 8 ? ~0 : (1 << UInt64(8 * u.count)) - 1, u.count)
    }
    static let nameTriggerWords = EndingWords(nameTriggers)
    /// The triggers, then the verbs: `wordEnding` below `nameTriggers.count` is a trigger.
    static let nameCueWords = EndingWords(nameTriggers + nameVerbs)
    static let greetingWords = EndingWords(greetings)
    static let unitWords = ["Flat", "Studio", "Apartment", "PSC", "Unit", "USNS", "USS", "Suite", "Apt", "Level"]

    /// French street types, lower-case as they are written: "12, rue de la Paix", "avenue Foch".
    static let frenchStreetTypes = ["rue", "avenue", "boulevard", "chemin", "allée", "place", "impasse", "quai", "route", "cours"]
        .map { Array($0.utf8) }

    /// A French street type at `i`, as a word, followed by a space and a name.
    @inline(__always) static func frenchStreet(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i + 1 < s.count else { return false }
        // The first two letters, by a table of the pairs the types start with (a jump per word costs more).
        let a = s[i] &- 0x61, b = s[i + 1] &- 0x61
        guard a < 26, b < 26, frenchStreetPairs[Int(a) &* 26 &+ Int(b)] else { return false }
        return frenchStreetWord(s, i)
    }

    static let frenchStreetPairs: [Bool] = {
        var t = [Bool](repeating: false, count: 26 * 26)
        for w in frenchStreetTypes { t[Int(w[0] - 0x61) * 26 + Int(w[1] - 0x61)] = true }
        return t
    }()

    static func frenchStreetWord(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        // The first two letters name the one type it can be: ru av bo ch al pl im qu ro co.
        guard i + 1 < s.count else { return false }
        let type: Int
        switch UInt16(s[i]) << 8 | UInt16(s[i + 1]) {
        case 0x7275: type = 0
        case 0x6176: type = 1
        case 0x626F: type = 2
        case 0x6368: type = 3
        case 0x616C: type = 4
        case 0x706C: type = 5
        case 0x696D: type = 6
        case 0x7175: type = 7
        case 0x726F: type = 8
        case 0x636F: type = 9
        default: return false
        }
        return frenchStreetTypes[type].withUnsafeBufferPointer { w in
            guard i + w.count + 2 < s.count else { return false }
            var m = 2
            while m < w.count && s[i + m] == w[m] { m += 1 }
            guard m == w.count, s[i + m] == 0x20 else { return false }
            let c = s[i + m + 1]
            return c &- 0x41 < 26 || c >= 0xC3 || c == UInt8(ascii: "d")   // "de", "du", "des"
        }
    }

    @inline(__always) static func isStreetStart(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        isStreetStart(s, i, wordEnd: s[i] &- 0x61 < 26 ? i : streetWordEnd(s, i))
    }

    /// `wordEnd`: the end of the street word at `i` (not read for a lower-case start).
    @inline(__always) static func isStreetStart(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, wordEnd: Int) -> Bool {
        if s[i] &- 0x61 < 26 { return frenchStreet(s, i) }
        switch s[i] {
        case UInt8(ascii: "L") where i + 1 < s.count && s[i + 1] == UInt8(ascii: "e"):
            if isUnitWord(s, i) { return true }
        case UInt8(ascii: "F"), UInt8(ascii: "S"), UInt8(ascii: "A"), UInt8(ascii: "P"), UInt8(ascii: "U"):
            // Fl, St, Ap, PS, Un, US, Su: the first two bytes of every unit word.
            guard i + 1 < s.count else { break }
            switch UInt16(s[i]) << 8 | UInt16(s[i + 1]) {
            case 0x466C, 0x5374, 0x4170, 0x5053, 0x556E, 0x5553, 0x5375: if isUnitWord(s, i) { return true }
            default: break
            }
        default: break
        }
        return germanStreetWordEnd(s, i, wordEnd: wordEnd) != nil
    }

    /// Flat, Studio, ... as a word of its own (and a byte after it), compared as packed integers.
    static let unitWordsPacked: [(UInt64, UInt64, Int)] = unitWords.map { w in
        var lo: UInt64 = 0, hi: UInt64 = 0
        for (k, b) in w.utf8.enumerated() { if k < 8 { lo |= UInt64(b) << UInt64(8 * k) } else { hi |= UInt64(b) << UInt64(8 * (k - 8)) } }
        return (lo, hi, w.utf8.count)
    }

    static func isUnitWord(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        var k = i
        var lo: UInt64 = 0, hi: UInt64 = 0
        while k < s.count, isAlnum(s[k]), k - i < 10 {
            if k - i < 8 { lo |= UInt64(s[k]) << UInt64(8 * (k - i)) } else { hi |= UInt64(s[k]) << UInt64(8 * (k - i - 8)) }
            k += 1
        }
        guard k < s.count, k - i < 10 else { return false }
        for w in unitWordsPacked where w.2 == k - i && w.0 == lo && w.1 == hi { return true }
        return false
    }

    /// End of a German street word (Mühlegasse, Baldur-Klemt-Ring), or nil.
    @inline(__always) static func germanStreetWordEnd(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        germanStreetWordEnd(s, i, wordEnd: streetWordEnd(s, i))
    }

    /// Where the street word (letters, digits, UTF-8, '-' and '.') at `i` ends.
    @inline(__always) static func streetWordEnd(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var k = i
        k = ByteRuns.end(s, k, streetWordBytes) { ByteClass.streetWord.contains($0) }
        return k
    }

    /// `k`: the end of the street word at `i`.
    @inline(__always) static func germanStreetWordEnd(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, wordEnd k: Int) -> Int? {
        guard k > i, let suffixes = streetSuffixRange(ASCII.lower(s[k - 1])) else { return nil }
        // The last (up to) 8 bytes lower-cased, the last byte lowest: each suffix is one masked comparison.
        var tail: UInt64 = 0
        if k >= 8, let base = s.baseAddress {
            // One load; ASCII capitals lower-cased eight at a time.
            let w = UInt64(littleEndian: UnsafeRawPointer(base + k - 8).loadUnaligned(as: UInt64.self)).byteSwapped
            let heptets = w & 0x7F7F_7F7F_7F7F_7F7F
            let upper = ((heptets &+ 0x3F3F_3F3F_3F3F_3F3F) ^ (heptets &+ 0x2525_2525_2525_2525)) & ~w & 0x8080_8080_8080_8080
            tail = w | (upper >> 2)
        } else {
            var m = 0
            while m < 8 && m < k - i { tail |= UInt64(ASCII.lower(s[k - 1 - m])) << UInt64(8 * m); m += 1 }
        }
        return streetSuffixTails.withUnsafeBufferPointer { tails in
            // Two letters at least before the suffix: "Ngata" is a surname, "Storgata" a street.
            for x in suffixes where tails[x].length + 2 < k - i && tail & tails[x].mask == tails[x].bytes { return k }
            return nil
        }
    }

    /// The suffixes (indices into `streetSuffixes`) that end in `last`; nil when none does.
    @inline(__always) static func streetSuffixRange(_ last: UInt8) -> Range<Int>? {
        switch last {
        case UInt8(ascii: "e"): return 0..<6
        case UInt8(ascii: "."): return 6..<7
        case UInt8(ascii: "g"): return 7..<10
        case UInt8(ascii: "z"): return 10..<11
        case UInt8(ascii: "m"): return 11..<12
        case UInt8(ascii: "r"): return 12..<13
        case UInt8(ascii: "t"): return 13..<16
        case UInt8(ascii: "n"): return 16..<25
        case UInt8(ascii: "l"): return 25..<26
        case UInt8(ascii: "k"): return 26..<27
        case UInt8(ascii: "a"): return 27..<28
        case UInt8(ascii: "j"): return 28..<29
        case UInt8(ascii: "s"): return 29..<30
        case UInt8(ascii: "v"): return 30..<31
        case UInt8(ascii: "f"): return 31..<33
        case UInt8(ascii: "d"): return 33..<35
        default: return nil
        }
    }

    /// A postal address on one line: a house number (or Flat/Studio/PSC..., or a German street word)
    /// and comma-separated parts that end in a postcode: US "ST 12345", UK "LS7E 2FT", German
    /// "12345 City", military "APO AE 04121".
    static func streetAddress(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        let first = s[start]
        guard isDigit(first) || isStreetStart(s, start) else { return nil }
        if isDigit(first) {
            var k = start
            while k < s.count, isDigit(s[k]) { k += 1 }
            guard k - start <= 6, k + 1 < s.count else { return nil }
            // "118a Castle Hill, ...", "8A RECTORY MEWS": one letter after the number, then a capitalized word.
            if ASCII.isAlpha(s[k]), k + 2 < s.count, s[k + 1] == 0x20, s[k + 2] &- 0x41 < 26 || s[k + 2] >= 0xC3 {
                return streetParts(s, start, skipFirstComma: nil) ?? streetLine(s, start, numberEnd: k)
            }
            // "8/82 Hale Deviation": a unit, a slash and the house number (Australia).
            if s[k] == UInt8(ascii: "/"), k - start <= 4, isDigit(s[k + 1]) { return streetLine(s, start, numberEnd: k) }
            // "983 Christopher Unions" or the French "12, rue de la Paix"
            let english = s[k] == 0x20 && (s[k + 1] &- 0x41 < 26 || s[k + 1] >= 0xC3)
            let french = k + 2 < s.count && s[k] == UInt8(ascii: ",") && s[k + 1] == 0x20 && frenchStreet(s, k + 2)
            // "9, QUAI DE LA LOIRE" then the postcode line: a French type in capitals.
            if !french, k + 3 < s.count, s[k] == UInt8(ascii: ","), s[k + 1] == 0x20, s[k + 2] &- 0x41 < 26, s[k + 3] &- 0x41 < 26,
               let e = capsFrenchStreetLine(s, k + 2) { return e }
            // "69 avenue Jean Jaurès" (no comma after the number)
            if !english && !french {
                guard s[k] == 0x20, s[k + 1] &- 0x61 < 26, frenchStreet(s, k + 1) else { return nil }
                return streetParts(s, start, skipFirstComma: nil) ?? frenchStreetLine(s, typeStart: k + 1)
            }
            if french {
                // The number's comma does not end a part here.
                return streetParts(s, start, skipFirstComma: k) ?? frenchStreetLine(s, typeStart: k + 2)
            }
            // No postcode on the line: a street line alone, or with its town and postcode on the next lines.
            return streetParts(s, start, skipFirstComma: nil) ?? streetLine(s, start, numberEnd: k)
        }
        return streetParts(s, start, skipFirstComma: nil)
    }

    /// "QUAI DE LA LOIRE" at `a` (after "9, ") and its postcode line: where the address ends, or nil.
    @inline(never) static func capsFrenchStreetLine(_ s: UnsafeBufferPointer<UInt8>, _ a: Int) -> Int? {
        var w = a
        while w < s.count, s[w] &- 0x41 < 26 { w += 1 }
        guard w < s.count, s[w] == 0x20, isCapsFrenchType(s, a, w), let e = frenchStreetLine(s, typeStart: a),
              crossesLine(s, w, e) else { return nil }
        return e
    }

    /// An address of a country that writes no postcode (Nigeria, Kenya, Ghana...) from `start`: a house number
    /// or unit ("39", "No. 175", "Plot 76", "Flat 11, Block B, 168", "House No. E17"), a part that ends in a street
    /// type ("Allen Avenue", "Ngong Road"), and one to three parts after it, by commas or lines, the last a known
    /// place ("Ikeja, Lagos", "Wuse II, Abuja", "Lagos State"). Where it ends, or nil.
    static func placeEndedAddress(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        let n = s.count
        let limit = min(n, start + 180)
        // Most numbers in prose have no comma or line break within a street's reach: no parts to read.
        guard (start ..< min(limit, start + 48)).contains(where: { s[$0] == UInt8(ascii: ",") || s[$0] == 0x0A }) else { return nil }
        // A list of years opens a copyright's line, no address: "(C) 1989, 1991 Free Software Foundation, Inc.".
        if start + 6 < n, isDigit(s[start + 1]), isDigit(s[start + 2]), isDigit(s[start + 3]), s[start + 4] == UInt8(ascii: ","),
           s[start + 5] == 0x20, isDigit(s[start + 6]), s[start] == UInt8(ascii: "1") || s[start] == UInt8(ascii: "2") { return nil }
        if start >= 6, s[start - 1] == 0x20, s[start - 2] == UInt8(ascii: ","), isDigit(s[start - 3]), isDigit(s[start - 4]), isDigit(s[start - 5]),
           isDigit(s[start - 6]), start + 4 < n, isDigit(s[start + 3]), !isDigit(s[start + 4]) { return nil }
        // The parts (at most 8, on the stack): address bytes up to ", " or a line break.
        return withUnsafeTemporaryAllocation(of: (Int, Int).self, capacity: 8) { parts -> Int? in
            var count = 0
            var a = start
            var k = start
            while k < limit, count < 8 {
                let c = s[k]
                if c == UInt8(ascii: ",") || c == 0x0A || c == 0x0D {
                    guard k > a else { break }
                    parts[count] = (a, k); count += 1
                    k += 1
                    while k < limit, s[k] == 0x20 || s[k] == 0x0A || s[k] == 0x0D { k += 1 }
                    a = k
                    continue
                }
                // A sentence's end or a quote closing a field ends the address: "Ibadan. Save.", "Lagos','03/02".
                // (Not an abbreviation's stop: "No. E17", "Ave.".)
                if (c == UInt8(ascii: ".") || c == UInt8(ascii: "'")) && (k + 1 >= n || s[k + 1] == 0x20 || s[k + 1] == UInt8(ascii: ",") || s[k + 1] == UInt8(ascii: ")")),
                   c == UInt8(ascii: "'") || k - a >= 4 && (k - 4 ..< k).allSatisfy({ ASCII.isAlpha(s[$0]) || s[$0] >= 0x80 }) { break }
                guard ByteClass.addressPart.contains(c) || c == UInt8(ascii: ".") else { break }
                k += 1
            }
            if k > a, count < 8 { parts[count] = (a, k); count += 1 }
            // The street's part: its last word a street type, within the first four parts, a digit before it.
            var street = -1
            var digit = false
            for x in 0 ..< min(4, count) {
                let p = parts[x]
                var e = p.1
                while e > p.0, s[e - 1] == 0x20 || s[e - 1] == UInt8(ascii: ".") { e -= 1 }
                var w = e
                while w > p.0, s[w - 1] != 0x20 { w -= 1 }
                if p.1 - p.0 <= 48, digit || (p.0..<w).contains(where: { isDigit(s[$0]) }), w > p.0, s[p.0] &- 0x41 < 26 || isDigit(s[p.0]),
                   nameStopWords.lookup(s, w, e) & NameStop.street != 0 { street = x; break }
                if (p.0..<p.1).contains(where: { isDigit(s[$0]) }) { digit = true }
                guard p.1 - p.0 <= 40 else { return nil }
            }
            guard street >= 0, (parts[0].0..<parts[street].1).contains(where: { isDigit(s[$0]) }) else { return nil }
            // The places after it: capitalized words, the last known as a place (with " State" or not).
            var end: Int? = nil
            for x in street + 1 ..< min(count, street + 4) {
                let p = parts[x]
                var e = p.1
                while e > p.0, s[e - 1] == 0x20 || s[e - 1] == UInt8(ascii: ".") { e -= 1 }
                guard e > p.0, s[p.0] &- 0x41 < 26 || s[p.0] >= 0xC3, e - p.0 <= 32 else { break }
                var name = e
                if e - p.0 > 6, lowerEquals(s, e - 6, e, " state") { name = e - 6 }
                if isPlaceName(s, p.0, name) || isPlaceAlsoName(s, p.0, name) { end = e }
            }
            return end
        }
    }

    /// At a capitalized word: a street address that starts with a street word, or a name (typed a
    /// street when its first word is one).
    static func streetOrName(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ csv: CSVHeader?) -> (Int, PIIType, Double)? {
        // An organisation named after people is no person: passed whole ("Walker, Peterson and Woods" at its first
        // word, whatever that word alone would be; "Duncan PLC", "Múgica Céspedes S.L." where a person was read).
        let k = streetWordEnd(s, i)
        if k < s.count, s[k] == UInt8(ascii: ","), let e = organisationNamedAfter(s, i, k) { return (e, .person, 0) }
        guard let found = streetOrNameRead(s, i, csv, wordEnd: k) else { return nil }
        if found.1 == .person, found.2 > 0, k < s.count, s[k] == 0x20, let e = organisationNamedAfter(s, i, k) { return (max(e, found.0), .person, 0) }
        return found
    }

    static func streetOrNameRead(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ csv: CSVHeader?, wordEnd k: Int) -> (Int, PIIType, Double)? {
        // isStreetStart(s, i, wordEnd: k) for a capitalized word, written out: a unit word ("Flat",
        // "Studio", "PSC", "Suite", "Level"... by their first two bytes) or a German street word.
        var unit = false
        if i + 1 < s.count {
            switch UInt16(s[i]) << 8 | UInt16(s[i + 1]) {
            case 0x466C, 0x5374, 0x4170, 0x5053, 0x556E, 0x5553, 0x5375, 0x4C65: unit = isUnitWord(s, i)
            default: break
            }
        }
        let street = unit || germanStreetWordEnd(s, i, wordEnd: k) != nil
        if street, let end = (unit ? unitThenStreetLine(s, i) : nil) ?? streetParts(s, i, skipFirstComma: nil) ?? germanStreetLine(s, i, wordEnd: k) ?? (unit ? indianAddress(s, i) ?? placeEndedAddress(s, i) : nil) {
            return (end, .streetAddress, 0.7)
        }
        // "Plot 76, Aminu Kano Crescent, Wuse II, Abuja", "House No. E17, Jacaranda Flats, Ngong Road, Nairobi".
        if !street, k - i == 4 || k - i == 5, k + 2 < s.count, s[k] == 0x20,
           s[i] == UInt8(ascii: "P") && lowerEquals(s, i, k, "plot") || s[i] == UInt8(ascii: "H") && lowerEquals(s, i, k, "house") && s[k + 1] == UInt8(ascii: "N"),
           let end = placeEndedAddress(s, i) { return (end, .streetAddress, 0.7) }
        // "H.No. 4-6-245, Adyar, Chennai 600020", "No. 43/14, 2nd Main Road, ..., Mumbai 400069"
        if i + 6 < s.count, s[i] == UInt8(ascii: "H") && s[i + 1] == UInt8(ascii: ".") && s[i + 2] == UInt8(ascii: "N") && s[i + 3] == UInt8(ascii: "o")
            && s[i + 4] == UInt8(ascii: ".") || s[i] == UInt8(ascii: "N") && s[i + 1] == UInt8(ascii: "o") && s[i + 2] == UInt8(ascii: ".") && s[i + 3] == 0x20 && isDigit(s[i + 4]),
           let end = indianAddress(s, i) ?? placeEndedAddress(s, i) { return (end, .streetAddress, 0.7) }
        // An Indian address from a block's letter and house number: "C-200, Banjara Hills, Hyderabad 500034".
        if !street, i + 4 < s.count, s[i + 1] == UInt8(ascii: "-"), isDigit(s[i + 2]), let end = indianAddress(s, i) { return (end, .streetAddress, 0.7) }
        // An Indonesian street: "Jl. Jakarta No. 934, Madiun 89352", "Gang Medokan Ayu No. 95, Semarang 55100".
        if !street, s[i] == UInt8(ascii: "J") || s[i] == UInt8(ascii: "G"), k - i <= 5, let end = indonesianStreet(s, i) { return (end, .streetAddress, 0.7) }
        // A Turkish address: its neighbourhood ("Levent Mah.", "Bahçelievler Mahallesi") one or two words on.
        if !street, k + 4 < s.count, s[k] == 0x20, let end = turkishAddress(s, i, k) { return (end, .streetAddress, 0.7) }
        // Am, An, Auf, Bei, Hinter, Im, In, Unter, Vor, Zum, Zur, Über, Alte: A B H I U V Z (bits over A..Z) or a UTF-8 capital.
        if !street, k - i <= 6, k + 1 < s.count, s[k] == 0x20, s[i] &- 0x41 < 26 ? (0x230_0183 as UInt32) >> UInt32(s[i] &- 0x41) & 1 != 0 : s[i] == 0xC3,
           let end = germanPrefixStreet(s, i, k) { return (end, .streetAddress, 0.7) }
        // Via, Corso, Piazza, Calle, C/, Avenida, Rúa, Carrer, Strada, Borgo, Incrocio, Estrada, Urbanización...:
        // A B C E I L P R S T U V (bits over A..Z; a test checks them against the list) or a UTF-8 capital.
        if !street, k - i <= 13, k + 1 < s.count, s[k] == 0x20 || s[k] == UInt8(ascii: "/"),
           s[i] &- 0x41 < 26 ? (romanceTypeFirstLetters as UInt32) >> UInt32(s[i] &- 0x41) & 1 != 0 : s[i] == 0xC3,
           let end = romanceStreet(s, i, k) { return (end, .streetAddress, 0.7) }
        // A capitalized word, a space and a lower-case word: no name starts here (personName would
        // stop after the first word, which is no greeted first name either), unless an honorific or a
        // name cue is right before it ("Mr. Chapman said", "my name is Amy and").
        if !street, k + 1 < s.count, s[k] == 0x20, s[k + 1] &- 0x61 < 26, !(k - i >= 3 && particlesEnd(s, k + 1) != nil) {
            var e = i + 1
            // (A capital after a hyphen goes on: "Anne-Marie called", "Franz-Josef is out".)
            // (And one after the "Mc" or "Mac" of a Gaelic surname: "Mr McConaghey said".)
            while e < k, ByteClass.name.contains(s[e]) || s[e] &- 0x41 < 26 && (s[e - 1] == UInt8(ascii: "-") || gaelicPrefixCapital(s, i, e, k)) { e += 1 }
            guard e == k else { return nil }
            if let c = singleNameAfterCue(s, i, e) ?? singleGivenName(s, i, e, next: k + 1) ?? addressedName(s, i, e) ?? openingGivenName(s, i, e) { return (e, .person, c) }
            return nil
        }
        // A street with no number, then its town and a postcode: "Cromwell Road, Tottenham, London, N15 8GY"; or a house's
        // name before it: "Holly House, Chapel Street, Cambridge CB4 3FL", "The Old Forge, Cromwell Road, ...". The postcode
        // (streetParts reads on to it) is what makes it an address.
        if !street, let e = numberlessStreetEnd(s, i), let end = streetParts(s, i, skipFirstComma: nil), end > e + 4 {
            return (end, .streetAddress, 0.7)
        }
        if let (end, c) = personName(s, i, csv) { return street ? (end, .streetAddress, 0.7) : (end, .person, c) }
        return nil
    }

    /// Words a house's name ends in, before its street: "Holly House", "Rose Cottage", "The Old Forge".
    static let houseNameWords = WordTable(["House", "Cottage", "Farm", "Lodge", "Forge", "Barn", "Mill", "Hall", "Villa", "Farmhouse",
                                           "Bungalow", "Croft", "Rectory", "Vicarage", "Chambers", "Mansions", "Flats"].map { ($0, 1) })

    /// From the capitalized word at `i`: one to four capitalized words ending in a street type and a comma ("Cromwell
    /// Road,"), maybe after a house's name and a comma ("Holly House, Chapel Street,"). Where the street's type ends.
    static func numberlessStreetEnd(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let n = s.count
        // The comma first: most capitalized words have none within a few words.
        var c = i
        while c < n, c - i < 48, ASCII.isAlpha(s[c]) || s[c] == 0x20 || s[c] >= 0x80 || s[c] == UInt8(ascii: "'") || s[c] == UInt8(ascii: "-") { c += 1 }
        guard c < n, c - i < 48, s[c] == UInt8(ascii: ",") else { return nil }
        func run(_ a: Int) -> (last: Int, end: Int)? {
            var k = a, last = a, words = 0
            while words < 4 {
                guard k < n, s[k] &- 0x41 < 26 || s[k] >= 0xC3 && s[k] < 0xE0 else { return nil }
                last = k
                k += 1
                while k < n, ASCII.isAlpha(s[k]) || s[k] >= 0x80 || s[k] == UInt8(ascii: "'") || s[k] == UInt8(ascii: "-") { k += 1 }
                words += 1
                if k < n, s[k] == UInt8(ascii: ",") { return (last, k) }
                guard k < n, s[k] == 0x20 else { return nil }
                k += 1
            }
            return nil
        }
        guard let (last, end) = run(i) else { return nil }
        if streetLineTypes.lookup(s, last, end) & 1 != 0, streetLineTypes.lookup(s, last, end) & 4 == 0 { return end }
        // A house's name, then the street.
        let house = houseNameWords.lookup(s, last, end) != 0 || lowerEquals(s, i, i + 4, "the ") && end - i > 4
        guard house, end + 2 < n, s[end + 1] == 0x20, let (l2, e2) = run(end + 2) else { return nil }
        return streetLineTypes.lookup(s, l2, e2) & 1 != 0 && streetLineTypes.lookup(s, l2, e2) & 4 == 0 ? e2 : nil
    }

    static func streetParts(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, skipFirstComma: Int?) -> Int? {
        let limit = min(s.count, start + 140)
        var segStart = start
        var j = start
        var segments = 0
        let skip = skipFirstComma ?? -1
        while j < limit {
            // The bytes of a part, passed in a tight loop; what ends or breaks a part is handled below.
            while j < limit && j != skip && ByteClass.addressPart.contains(s[j]) { j += 1 }
            if j == limit {
                // The text (or the reach of an address) ends inside a part: the part ends here.
                segments += 1
                return segments >= 2 ? postalTail(s, segStart, j) : nil
            }
            let b = s[j]
            if j == skipFirstComma { j += 1; continue }
            if b == UInt8(ascii: ",") || b == 0x0A || b == UInt8(ascii: "\"") || b == UInt8(ascii: ";") {
                segments += 1
                if segments >= 2, let end = postalTail(s, segStart, j) { return end }
                if b != UInt8(ascii: ",") { return nil }
                j += 1
                while j < limit, s[j] == 0x20 { j += 1 }
                segStart = j
                continue
            }
            guard isAlnum(b) || b >= 0x80 || b == 0x20 || b == UInt8(ascii: ".") || b == UInt8(ascii: "-") || b == UInt8(ascii: "#")
                    || b == UInt8(ascii: "'") || b == UInt8(ascii: "/") else {
                // Text that no address holds ends the part: the sentence after "..., 22045 Herford." may
                // hold a '+', '@' or ':' before its next comma.
                return segments >= 1 ? postalTail(s, segStart, j) : nil
            }
            j += 1
        }
        return nil
    }

    /// s[a..<b] is an Australian state or territory as addresses abbreviate it: NSW, VIC, QLD, SA, WA, TAS, NT, ACT.
    static func australianState(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        (b - a == 2 || b - a == 3) && australianStates.lookup(s, a, b) != 0
    }
    static let australianStates = WordTable(["NSW", "VIC", "QLD", "SA", "WA", "TAS", "NT", "ACT"].map { ($0, 1) })

    /// After a CEP ending at `e`: " ", the town (capitalized words and particles: "Rodrigues das Flores") and " / " or " - "
    /// and a Brazilian state ("RS", "SP"). Where the state ends, or nil without one.
    static func brazilianTownAfterCEP(_ s: UnsafeBufferPointer<UInt8>, _ e: Int) -> Int? {
        let n = s.count
        guard e + 2 < n, s[e] == 0x20, s[e + 1] &- 0x41 < 26 || s[e + 1] >= 0xC3 else { return nil }
        var k = e + 1
        var words = 0
        while words < 6, k < n {
            let a = k
            while k < n, ASCII.isAlpha(s[k]) || s[k] >= 0x80 { k += 1 }
            guard k > a, s[a] &- 0x41 < 26 || s[a] >= 0xC3 || romanceParticles.lookup(s, a, k) != 0 else { return nil }
            words += 1
            guard k < n, s[k] == 0x20 else { return nil }
            if k + 5 <= n, s[k + 1] == UInt8(ascii: "/") || s[k + 1] == UInt8(ascii: "-"), s[k + 2] == 0x20,
               brazilianStates.lookup(s, k + 3, k + 5) != 0, k + 5 == n || !ASCII.isAlnum(s[k + 5]) { return k + 5 }
            k += 1
        }
        return nil
    }
    static let brazilianStates = WordTable(["AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA", "PB", "PR", "PE",
                                            "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO"].map { ($0, 1) })

    /// The segment s[a..<b] ends an address with a postcode; returns where the address ends.
    static func postalTail(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ bEnd: Int) -> Int? {
        var b = bEnd
        while b > a, s[b - 1] == 0x20 || s[b - 1] == UInt8(ascii: ".") { b -= 1 }
        // The words of the part, as ranges; the postcode may be followed by more ("WY 33729 — order 12").
        var words: [(Int, Int)] = []
        var k = a
        while k < b {
            while k < b, s[k] == 0x20 { k += 1 }
            let w = k
            while k < b, s[k] != 0x20 { k += 1 }
            if k > w { words.append((w, k)) }
        }
        func end(_ r: (Int, Int)) -> Int { var e = r.1; while e > r.0, s[e - 1] == UInt8(ascii: ".") { e -= 1 }; return e }
        // A postcode may end a sentence: "WA 54520." is a ZIP code and its full stop.
        func digits(_ r: (Int, Int), _ n: Int) -> Bool { end(r) - r.0 == n && (r.0..<end(r)).allSatisfy { isDigit(s[$0]) } }
        func upper(_ r: (Int, Int), _ n: Int) -> Bool { r.1 - r.0 == n && (r.0..<r.1).allSatisfy { s[$0] &- 0x41 < 26 } }
        // Dutch: "9711 VL Groningen", "1016 GV  Amsterdam" (the city may be in capitals).
        if words.count >= 3, digits(words[0], 4), upper(words[1], 2), s[words[2].0] &- 0x41 < 26 {
            var e = words[1].1
            for w in words[2...] {
                // (0xE2 leads dashes and quotes, no letter: "51085 Köln – Wohnung" ends at the town.)
                guard s[w.0] &- 0x41 < 26 || s[w.0] >= 0xC3 && s[w.0] != 0xE2 else { break }
                let we = end(w)
                e = we
                if we < w.1 { break }
            }
            return e
        }
        // A Dutch postcode written as one word, its town after it or on the next line: "2289UY", "6487FE Breezand".
        if let w0 = words.first, end(w0) - w0.0 == 6, digits((w0.0, w0.0 + 4), 4), upper((w0.0 + 4, end(w0)), 2) {
            var e = end(w0)
            for w in words.dropFirst() {
                guard s[w.0] &- 0x41 < 26 || s[w.0] >= 0xC3 && s[w.0] != 0xE2 else { break }
                e = end(w)
                if e < w.1 { break }
            }
            return e
        }
        // Portuguese and Polish: "1536-350 Lisboa", "00-950 Warszawa".
        func hyphenated(_ r: (Int, Int)) -> Bool {
            let e = end(r), l = e - r.0
            guard l == 8 || l == 6 else { return false }
            let dash = r.0 + (l == 8 ? 4 : 2)
            return s[dash] == UInt8(ascii: "-") && (r.0..<e).allSatisfy { $0 == dash || isDigit(s[$0]) }
        }
        // A Brazilian CEP, alone as the last part: "Recife - PE, 51011-000".
        // (After "CEP" or not; what follows it is no part of it: "51011-000. Save.")
        if let w0 = words.first {
            let w = words.count >= 2 && lowerEquals(s, w0.0, w0.1, "cep") ? words[1] : w0
            let e = w.0 + 9
            if e <= w.1, e == w.1 || !isAlnum(s[e]) && s[e] != UInt8(ascii: "-"), s[w.0 + 5] == UInt8(ascii: "-"),
               (w.0..<e).allSatisfy({ $0 == w.0 + 5 || isDigit(s[$0]) }) {
                // "13186-091 Pires / RS": the town and state after a CEP that starts its line.
                if e == w.1, let t = brazilianTownAfterCEP(s, e) { return t }
                return e
            }
            // An eight-digit CEP, with its town and state: "05685875 Pacheco / RS".
            if w.0 == w0.0, digits(w0, 8), end(w0) == w0.1, let t = brazilianTownAfterCEP(s, w0.1) { return t }
        }
        // Swedish: "411 19 Göteborg", "211 43 Malmö".
        if words.count >= 3, digits(words[0], 3), digits(words[1], 2), s[words[2].0] &- 0x41 < 26 || s[words[2].0] >= 0xC3 && s[words[2].0] != 0xE2 {
            var e = words[1].1
            for w in words[2...] {
                guard s[w.0] &- 0x41 < 26 || s[w.0] >= 0xC3 && s[w.0] != 0xE2 else { break }
                let we = end(w)
                e = we
                if we < w.1 { break }
            }
            return e
        }
        // German and French: "12345 City" starts the part; Austrian, Swiss, Danish, Norwegian, Belgian "1070 Wien".
        if words.count >= 2, digits(words[0], 5) || digits(words[0], 4) || hyphenated(words[0]), s[words[1].0] &- 0x41 < 26 || s[words[1].0] >= 0xC3 {
            // A full stop after the number ends the sentence: "..., NSW, 2657. Ratio" holds no town after it.
            if end(words[0]) < words[0].1 { return end(words[0]) }
            // The city: capitalized words ("Saint Denise-la-Forêt"), up to a lower-case word or a full stop.
            var e = words[0].1
            for w in words[1...] {
                // (0xE2 leads dashes and quotes, no letter: "51085 Köln – Wohnung" ends at the town.)
                guard s[w.0] &- 0x41 < 26 || s[w.0] >= 0xC3 && s[w.0] != 0xE2 else { break }
                let we = end(w)
                e = we
                if we < w.1 { break }  // "Susanne." ends the sentence
            }
            return e
        }
        // ZIP+4: "62704-1234".
        func zipPlus4(_ r: (Int, Int)) -> Bool {
            let e = end(r)
            return e - r.0 == 10 && s[r.0 + 5] == UInt8(ascii: "-")
                && (r.0..<e).allSatisfy { $0 == r.0 + 5 || isDigit(s[$0]) }
        }
        // A Canadian postal code after the province: "Lake Danielle, NU T3S 8B6", "Toronto, ON M5V2T6".
        func canadian(_ a: Int, _ b: Int) -> Bool {
            guard b - a == 3 || b - a == 6 else { return false }
            for q in a..<b where (q - a) & 1 == 0 ? s[q] &- 0x41 >= 26 : !isDigit(s[q]) { return false }
            return true
        }
        for x in 1..<max(1, words.count) {
            // US: "ST 12345", "ST 12345-6789"
            if digits(words[x], 5) || zipPlus4(words[x]), upper(words[x - 1], 2) { return end(words[x]) }
            if upper(words[x - 1], 2) {
                let w = (words[x].0, end(words[x]))
                if w.1 - w.0 == 6, canadian(w.0, w.1) { return w.1 }
                if w.1 - w.0 == 3, w.1 == words[x].1, canadian(w.0, w.1), x + 1 < words.count, end(words[x + 1]) - words[x + 1].0 == 3 {
                    let i = words[x + 1]
                    if isDigit(s[i.0]), s[i.0 + 1] &- 0x41 < 26, isDigit(s[i.0 + 2]) { return i.0 + 3 }
                }
            }
            // Australian: a state and four digits, "St Kilda VIC 3182", "Braddon ACT 2612".
            if digits(words[x], 4), australianState(s, words[x - 1].0, words[x - 1].1) { return end(words[x]) }
            // UK: outward (A9, A99, AA9, AA99, A9A, AA9A) and inward (9AA); a full stop after it ends the sentence
            let o = words[x - 1], i = (words[x].0, end(words[x]))
            let inwardOK = i.1 - i.0 == 3 && isDigit(s[i.0]) && s[i.0 + 1] &- 0x41 < 26 && s[i.0 + 2] &- 0x41 < 26
            let outwardOK = (2...4).contains(o.1 - o.0) && s[o.0] &- 0x41 < 26
                && (o.0..<o.1).allSatisfy { isDigit(s[$0]) || s[$0] &- 0x41 < 26 } && (o.0..<o.1).contains { isDigit(s[$0]) }
            if inwardOK && outwardOK { return i.1 }
            // Irish Eircode: a routing key ("D06", "F26", "D6W") and a unique identifier of four ("F2X4", "WV12").
            if o.1 - o.0 == 3, i.1 - i.0 == 4, eircodeLetter(s[o.0]),
               isDigit(s[o.0 + 1]) && (isDigit(s[o.0 + 2]) || s[o.0] == UInt8(ascii: "D") && s[o.0 + 1] == UInt8(ascii: "6") && s[o.0 + 2] == UInt8(ascii: "W")),
               (i.0..<i.1).allSatisfy({ isDigit(s[$0]) || eircodeLetter(s[$0]) }) { return i.1 }
        }
        return nil
    }

    /// The letters Eircodes use: A C D E F H K N P R T V W X Y.
    @inline(__always) static func eircodeLetter(_ c: UInt8) -> Bool {
        c &- 0x41 < 26 && (0x1EA_A4BD as UInt32) >> UInt32(c &- 0x41) & 1 != 0
    }

    // MARK: dates of birth

    static let birthWords = ["born", "birth", "dob", "b-day", "birthday", "geboren", "geburtsdatum", "naissance", "né le", "née le",
                             "né(e)", "nacido", "nata il", "nato il", "nato/a il", "nata/o il", "d o b", "d.o.b", "bday", "nacimiento", "nascita", "geboortedatum",
                             "nascimento", "nacida", "nascido", "nascida", "geb."]
    /// Birth words of other first letters (Polish, Swedish, Danish), looked for only where none of
    /// `birthWords` is: a list of more first letters would be read a byte a step for every date.
    static let otherBirthWords = ["urodzenia", "urodzony", "urodzona", "födelsedatum", "fødselsdato",
                                  // Indonesian and Malay "Tanggal lahir:", Turkish "Doğum tarihi:", Finnish, Hungarian, Czech.
                                  "lahir", "tarihi", "syntymäaika", "születési", "narození", "fødselsdag",
                                  // "doğum tarihini 18 Ekim 1950 diye yazmış", "doğum tarihim".
                                  "tarihini", "tarihim",
                                  // Swedish, Norwegian and Danish "Född: 1991-12-18", "er født 25.09.1969", "født den 3. maj 1970".
                                  "född", "født", "fødd",
                                  // Vietnamese "Ngày sinh:", Romanian "Data nașterii:", Finnish "syntynyt", Swahili "tarehe ya
                                  // kuzaliwa", Tagalog "petsa ng kapanganakan" (romanised Hindi "Janm tithi:" below).
                                  "sinh", "nașterii", "naşterii", "syntynyt", "kuzaliwa", "kapanganakan",
                                  // Croatian, Serbian, Bosnian "Datum rođenja:".
                                  "rođenja", "rodjenja",
                                  // Slovak "dátum narodenia", Slovene "datum rojstva", Estonian "sünniaeg", Greek "ημερομηνία
                                  // γέννησης"; Latvian "dzimšanas datums" and Lithuanian "gimimo data" before their word for date.
                                  "narodenia", "rojstva", "sünniaeg", "sünnikuupäev", "γέννησης", "dzimšanas", "gimimo"]
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                         "oct", "nov", "dec", "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
                         "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
                         // Spanish, Italian and Dutch: "25 de abril de 1991", "27 dicembre 1948", "3 maart 1980".
                         "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                         "noviembre", "diciembre", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre",
                         "ottobre", "dicembre", "januari", "februari", "maart", "mei", "augustus", "oktober",
                         // Portuguese, Polish (the genitive dates use), Danish, Norwegian, Swedish, Austrian German.
                         "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
                         "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                         "października", "listopada", "grudnia", "marts", "maj", "desember", "augusti", "jänner",
                         // Turkish ("18 Ekim 1950") and Indonesian ("21 Maret 1988").
                         "ocak", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık",
                         "maret", "agustus",
                         // Romanian ("22 martie 2002").
                         "ianuarie", "februarie", "martie", "aprilie", "iunie", "iulie", "septembrie", "octombrie", "noiembrie",
                         "decembrie"]

    /// Month names packed as (first 8 bytes, next 8 bytes, length), lower-cased: compared without allocating.
    static let packedMonths: [(UInt64, UInt64, Int)] = months.map { m in pack(Array(m.utf8)[...]) }

    static func pack(_ bytes: ArraySlice<UInt8>) -> (UInt64, UInt64, Int) {
        var lo: UInt64 = 0, hi: UInt64 = 0
        for (k, b) in bytes.enumerated() {
            let v = UInt64(ASCII.lower(b))
            if k < 8 { lo |= v << UInt64(8 * k) } else if k < 16 { hi |= v << UInt64(8 * (k - 8)) }
        }
        return (lo, hi, bytes.count)
    }

    /// The packed month names by their length in bytes.
    static let monthsByLength: [[(UInt64, UInt64)]] = {
        var t = [[(UInt64, UInt64)]](repeating: [], count: 17)
        for m in packedMonths { t[m.2].append((m.0, m.1)) }
        return t
    }()

    /// The first three letters of every ASCII month name, as bits over 26³ prefixes: most words
    /// fail here, before they are walked and packed.
    static let monthPrefixes: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: (26 * 26 * 26 + 63) / 64)
        for m in months {
            let u = Array(m.utf8)
            guard u.count >= 3, u[0..<3].allSatisfy({ $0 &- 0x61 < 26 }) else { continue }
            let k = Int(u[0] - 0x61) * 676 + Int(u[1] - 0x61) * 26 + Int(u[2] - 0x61)
            bits[k >> 6] |= 1 << UInt64(k & 63)
        }
        return bits
    }()

    /// Could a month name start at `i`? False only when it certainly cannot.
    @inline(__always) static func mayBeMonth(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i + 2 < s.count else { return false }
        let a = ASCII.lower(s[i]) &- 0x61, b = ASCII.lower(s[i + 1]) &- 0x61, c = ASCII.lower(s[i + 2]) &- 0x61
        // A non-ASCII letter among the first three (février, août, März): take the slow path.
        guard a < 26, b < 26, c < 26 else { return s[i + 1] >= 0x80 || s[i + 2] >= 0x80 }
        let k = Int(a) * 676 + Int(b) * 26 + Int(c)
        return monthPrefixes[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    @inline(__always) static func isMonthLetter(_ b: UInt8) -> Bool {
        // Every month name here starts with one of these letters.
        // a c d e f g h i j k l m n o p s t w, as bits over a..z: a test, not a jump.
        let k = (b | 0x20) &- 0x61
        return k < 26 && (0x4C_FFFD as UInt32) >> UInt32(k) & 1 != 0
    }

    static func isMonth(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        guard b - a <= 16, b - a >= 3, isMonthLetter(s[a]) else { return false }
        let candidates = monthsByLength[b - a]
        if candidates.isEmpty { return false }
        var lo: UInt64 = 0, hi: UInt64 = 0
        for k in a..<b {
            let v = UInt64(ASCII.lower(s[k]))
            if k - a < 8 { lo |= v << UInt64(8 * (k - a)) } else { hi |= v << UInt64(8 * (k - a - 8)) }
        }
        for m in candidates where m.0 == lo && m.1 == hi { return true }
        return false
    }

    /// Where an ordinal's suffix after a day number at `k` ends ("5th", "21st", "2nd", "3rd"), or nil.
    @inline(__always) static func ordinalSuffixEnd(_ s: UnsafeBufferPointer<UInt8>, _ k: Int) -> Int? {
        guard k + 1 < s.count else { return nil }
        switch UInt16(ASCII.lower(s[k])) << 8 | UInt16(ASCII.lower(s[k + 1])) {
        case 0x7374, 0x6E64, 0x7264, 0x7468: return k + 2 > s.count - 1 || !ASCII.isAlpha(s[k + 2]) ? k + 2 : nil
        default: return nil
        }
    }

    /// After a day number ending at `k`: an ordinal's suffix, a space, maybe "of", then a month ("5th of March").
    @inline(__always) static func mayBeOrdinalDate(_ s: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        guard let e = ordinalSuffixEnd(s, k), e + 1 < s.count, s[e] == 0x20 else { return false }
        if e + 4 < s.count, ASCII.lower(s[e + 1]) == UInt8(ascii: "o"), ASCII.lower(s[e + 2]) == UInt8(ascii: "f"), s[e + 3] == 0x20 { return mayBeMonth(s, e + 4) }
        return mayBeMonth(s, e + 1)
    }

    /// A date (numeric d/m/y in any order, ISO, or with a month name) within 40 bytes after a birth word.
    static let birthWordList = ContextWords(birthWords)
    static let otherBirthWordTable = WordTable(otherBirthWords.map { ($0, 1) })
    /// (Every birth word of `birthWords` starts with b, d, g or n, so the window is read eight bytes a step.
    /// The others are looked for only as a label right before the date: "Data urodzenia: 11.04.1957".)
    @inline(__always) static func birthWordBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        anyBefore(s, start, 40, birthWordList) || otherBirthLabelBefore(s, start)
    }
    static func otherBirthLabelBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var k = start
        // A JSON key's quotes: "\"dogum_tarihi\": \"1990-11-24\"".
        let json = k >= 1 && s[k - 1] == UInt8(ascii: "\"")
        if json { k -= 1 }
        while k > 0, start - k < 5, s[k - 1] == 0x20 { k -= 1 }
        if json, k >= 2, s[k - 1] == UInt8(ascii: ":"), s[k - 2] == UInt8(ascii: "\"") {
            var a = k - 2
            while a > 0, k - 2 - a < 16, ASCII.isAlpha(s[a - 1]) || s[a - 1] >= 0x80 { a -= 1 }
            return otherBirthWordTable.lookupLowered(s, a, k - 2) != 0
        }
        // "Tanggal lahir: 21 Maret 1988", or with no colon right before the date: "tanggal lahir 21 Maret 1988".
        guard k >= 6, s[k - 1] == UInt8(ascii: ":") || k == start - 1 && ASCII.isAlpha(s[k - 1]) || k == start - 1 && s[k - 1] >= 0x80 else { return false }
        let e = s[k - 1] == UInt8(ascii: ":") ? k - 1 : k
        var a = e
        while a > 0, e - a < 16, ASCII.isAlpha(s[a - 1]) || s[a - 1] >= 0x80 { a -= 1 }
        if otherBirthWordTable.lookupLowered(s, a, e) != 0 { return true }
        // "Janm tithi:" (the date of birth), not any date's "tithi".
        if a >= 5, lowerEquals(s, a, e, "tithi"), s[a - 1] == 0x20, lowerEquals(s, a - 5, a - 1, "janm") { return true }
        // "Születési dátum:" (Hungarian), not any date's "dátum".
        if a >= 12, e - a == 6, s[a] | 0x20 == UInt8(ascii: "d"), s[a + 1] == 0xC3, s[a + 2] == 0xA1, s[a - 1] == 0x20 {
            var b = a - 1
            while b > 0, a - 1 - b < 16, ASCII.isAlpha(s[b - 1]) || s[b - 1] >= 0x80 { b -= 1 }
            if otherBirthWordTable.lookupLowered(s, b, a - 1) != 0 { return true }
        }
        // "Dzimšanas datums:", "Gimimo data:": a birth word before the word for date.
        if a >= 3, s[a - 1] == 0x20, lowerEquals(s, a, e, "datums") || lowerEquals(s, a, e, "data") {
            var b = a - 1
            while b > 0, a - 1 - b < 16, ASCII.isAlpha(s[b - 1]) || s[b - 1] >= 0x80 { b -= 1 }
            if otherBirthWordTable.lookupLowered(s, b, a - 1) != 0 { return true }
        }
        // A word for "on the date" between: "lahir tanggal 2 Juli 1968", "lahir pada 2 Juli", "født den 3. maj 1970".
        guard e == k, a >= 3, s[a - 1] == 0x20, lowerEquals(s, a, e, "tanggal") || lowerEquals(s, a, e, "pada") || lowerEquals(s, a, e, "den") else { return false }
        let e2 = a - 1
        var a2 = e2
        while a2 > 0, e2 - a2 < 16, ASCII.isAlpha(s[a2 - 1]) || s[a2 - 1] >= 0x80 { a2 -= 1 }
        return otherBirthWordTable.lookupLowered(s, a2, e2) != 0
    }
    static func dateOfBirth(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ csv: CSVHeader?) -> (Int, Int)? {
        guard let end = date(s, start) else { return nil }
        guard birthWordBefore(s, start) || bornAbbreviationBefore(s, start) || csvBirthColumn(csv, s, start)
                || markdownColumn(s, start) & MarkdownColumn.birth != 0 || birthAnswer(s, start, end) else { return nil }
        guard !beforeLivingMemory(s, start, end) else { return nil }
        return (start, end)
    }

    /// The date s[start..<end] answers a question for dates of birth: it ends its line, before it on the line is only a
    /// name (and a chat's speaker and time), and a birth word is in the 400 bytes before the line ("can everyone send
    /// their date of birth for the form" ... "Noor: Noor Rijcken 9/3/1989", "Aisyah Riyanti, 08-12-1989").
    static func birthAnswer(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let n = s.count
        guard end == n || s[end] == 0x0A || s[end] == 0x0D, end - start >= 8, isDigit(s[end - 1]), isDigit(s[end - 4]) else { return false }
        var a = start
        var capital = false, commas = 0, digits = false
        while a > 0, start - a < 80, s[a - 1] != 0x0A {
            let c = s[a - 1]
            guard ASCII.isAlpha(c) || c >= 0x80 || c == 0x20 || c == UInt8(ascii: ",") || c == UInt8(ascii: ":") || c == UInt8(ascii: "-")
                    || c == UInt8(ascii: "'") || c == UInt8(ascii: "[") || c == UInt8(ascii: "]") || c == UInt8(ascii: "/") || isDigit(c) else { return false }
            if c &- 0x41 < 26 { capital = true } else if c == UInt8(ascii: ",") { commas += 1 } else if isDigit(c) { digits = true }
            a -= 1
        }
        // (A record's row is no answer: one comma at most, and digits only in a chat's bracketed time stamp.)
        guard capital, commas <= 1, !digits || s[a] == UInt8(ascii: "["), a >= 10, a == 0 || s[a - 1] == 0x0A else { return false }
        // A form's label right before is some other date's ("Start date:        13/12/2026").
        var k = start
        while k > a, s[k - 1] == 0x20 { k -= 1 }
        guard k > a, s[k - 1] != UInt8(ascii: ":") else { return false }
        return matches(s, max(0, a - 400), a, birthWordList, all: false) != 0
    }

    /// "b. " right before `start`, a word of its own: "Kendra (b. 27th dec 1956)", "Efua, b. 1977-05-24".
    @inline(__always) static func bornAbbreviationBefore(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start >= 3, s[start - 1] == 0x20, s[start - 2] == UInt8(ascii: ".") else { return false }
        func wordStart(_ a: Int) -> Bool { a == 0 || s[a - 1] == 0x20 || s[a - 1] == UInt8(ascii: "(") || s[a - 1] == UInt8(ascii: ",") }
        // German "geb. 25. März 1992".
        if start >= 5, lowerEquals(s, start - 5, start - 2, "geb"), wordStart(start - 5) { return true }
        return s[start - 3] == UInt8(ascii: "b") && wordStart(start - 3)
    }

    /// "DOB: 19830504", "Date of birth:     19680313": eight digits, a year from 1900, a month and a day, after a birth
    /// word or in a birth column. Where it ends.
    static func compactNumericBirth(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ csv: CSVHeader?) -> Int? {
        let end = start + 8
        guard end <= s.count, endsToken(s, end) else { return nil }
        var v = 0
        for k in start..<end { v = v * 10 + Int(s[k] - 48) }
        let y = v / 10_000, m = v / 100 % 100, d = v % 100
        guard y >= 1900, y <= 2030, m >= 1, m <= 12, d >= 1, d <= 31 else { return nil }
        if csvBirthColumn(csv, s, start) || markdownColumn(s, start) & MarkdownColumn.birth != 0 { return end }
        // The birth word on the number's own line, before it: "DOB: 19830504"; not a calendar's "King's
        // Birthday\nDTSTART:20250526".
        var a = start
        while a > 0, start - a < 40, s[a - 1] != 0x0A { a -= 1 }
        return a < start && matches(s, a, start, birthWordList, all: false) != 0 ? end : nil
    }

    /// Dates in brackets right after a person's name: "Ronaldo Macaraeg (3 April 1949) was seen at ...", how
    /// notes and case files write a birth date. Found ones are added to `found` (in order).
    static func withBirthDatesBesideNames(_ s: UnsafeBufferPointer<UInt8>, _ found: [Hit]) -> [Hit] {
        let n = s.count
        var extra: [Hit] = []
        for (x, h) in found.enumerated() where h.kind == .person {
            let k = h.end + 2
            guard k + 6 < n, s[h.end] == 0x20, s[h.end + 1] == UInt8(ascii: "("), isDigit(s[k]) || s[k] &- 0x41 < 26,
                  let end = date(s, k), end < n, s[end] == UInt8(ascii: ")"), x + 1 >= found.count || found[x + 1].start >= end,
                  !beforeLivingMemory(s, k, end), (k..<end).contains(where: { isDigit(s[$0]) }) else { continue }
            extra.append(Hit(.dateOfBirth, k, end, 0.65))
        }
        return extra.isEmpty ? found : merged(found, extra)
    }

    /// A date whose four-digit year is before 1900 is no living person's birth date ("Mozart was born
    /// in Salzburg on 27 January 1756"): history, not personal data.
    @inline(__always) static func beforeLivingMemory(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var k = start
        while k < end {
            guard isDigit(s[k]) else { k += 1; continue }
            var j = k, v = 0
            while j < end, isDigit(s[j]) { v = v * 10 + Int(s[j] - 48); j += 1 }
            if j - k == 4 { return v < 1900 }
            k = j
        }
        return false
    }

    /// Month abbreviations, as "16OCT1982" writes them (lower-cased, packed little-endian).
    static let monthAbbreviations: [UInt32] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map {
        let u = Array($0.utf8); return UInt32(u[0]) | UInt32(u[1]) << 8 | UInt32(u[2]) << 16
    }

    /// A date written "16OCT1982" / "3jun1956" (one or two digits, a month's three letters, a year of
    /// 19xx or 20xx) from `start`, whose digits end at `k`, after a birth word: where it ends.
    static func compactDateOfBirth(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ k: Int) -> Int? {
        let end = k + 7
        guard end <= s.count, end == s.count || !ASCII.isAlnum(s[end]) else { return nil }
        for j in (k + 3)..<end where !isDigit(s[j]) { return nil }
        guard s[k + 3] == UInt8(ascii: "1") && s[k + 4] == UInt8(ascii: "9") || s[k + 3] == UInt8(ascii: "2") && s[k + 4] == UInt8(ascii: "0") else { return nil }
        let m = UInt32(ASCII.lower(s[k])) | UInt32(ASCII.lower(s[k + 1])) << 8 | UInt32(ASCII.lower(s[k + 2])) << 16
        guard monthAbbreviations.contains(m) else { return nil }
        guard birthWordBefore(s, start) || markdownColumn(s, start) & MarkdownColumn.birth != 0 else { return nil }
        return end
    }

    static func date(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        // numeric: 1-4 digits, sep, 1-2 digits, sep, 2-4 digits, one separator kind
        if isDigit(s[start]) {
            var j = start
            var fields = (0, 0, 0)
            var count = 0
            var sep: UInt8 = 0
            while j < s.count, count < 3 {
                var k = 0, v = 0
                while j < s.count, isDigit(s[j]), k < 4 { v = v * 10 + Int(s[j] - 48); j += 1; k += 1 }
                guard k > 0 else { return nil }
                // keep the digit count in the last place
                switch count { case 0: fields.0 = v * 10 + k; case 1: fields.1 = v * 10 + k; default: fields.2 = v * 10 + k }
                count += 1
                if count < 3 {
                    // (A full stop and a space between the fields, as Czech, Croatian and Hungarian write them: "12. 6. 1940",
                    // "1972. 04. 05.".)
                    let spaced = j + 2 < s.count && s[j] == UInt8(ascii: ".") && s[j + 1] == 0x20 && isDigit(s[j + 2]) && (sep == 0 || sep == 0x20)
                    if spaced { sep = 0x20; j += 2; continue }
                    guard j + 1 < s.count, s[j] == UInt8(ascii: "/") || s[j] == UInt8(ascii: "-") || s[j] == UInt8(ascii: "."),
                          sep == 0 || s[j] == sep, isDigit(s[j + 1]) else { break }
                    sep = s[j]
                    j += 1
                }
            }
            if count == 1, fields.0 % 10 <= 2 {
                // D[.] Month YYYY: "25 April 1974", "8. Dezember 1978"; ordinals ("5th of March 1942"),
                // Spanish "25 de abril de 1991".
                var k = j
                if k < s.count, s[k] == UInt8(ascii: ".") { k += 1 } else if let e = ordinalSuffixEnd(s, k) { k = e }
                guard k < s.count, s[k] == 0x20 else { return nil }
                k += 1
                if k + 3 < s.count, s[k + 2] == 0x20, ASCII.lower(s[k]) == UInt8(ascii: "o") && ASCII.lower(s[k + 1]) == UInt8(ascii: "f")
                    || s[k] == UInt8(ascii: "d") && s[k + 1] == UInt8(ascii: "e") { k += 3 }
                let wordStart = k
                while k < s.count, ASCII.isAlpha(s[k]) || s[k] >= 0x80 { k += 1 }
                guard k - wordStart <= 16, isMonth(s, wordStart, k), k < s.count, s[k] == 0x20 || s[k] == UInt8(ascii: ",") else { return nil }
                if s[k] == UInt8(ascii: ",") { k += 1; guard k < s.count, s[k] == 0x20 else { return nil } }
                k += 1
                if k + 3 < s.count, s[k] == UInt8(ascii: "d"), s[k + 1] == UInt8(ascii: "e"), s[k + 2] == 0x20 { k += 3 }
                var y = 0
                while k < s.count, isDigit(s[k]), y < 4 { k += 1; y += 1 }
                return y == 4 && endsToken(s, k) ? k : nil
            }
            guard count == 3, endsToken(s, j) else { return nil }
            if j < s.count, s[j] == UInt8(ascii: "T") || s[j] == UInt8(ascii: ":") { return nil }
            let hasYear = fields.0 % 10 == 4 || fields.1 % 10 == 4 || fields.2 % 10 == 4 || fields.2 % 10 == 2
            return hasYear ? j : nil
        }
        // Month D, YYYY
        guard isMonthLetter(s[start]) else { return nil }
        var j = start
        while j < s.count, ASCII.isAlpha(s[j]) || s[j] >= 0x80 { j += 1 }
        guard j - start >= 3, j - start <= 16, j < s.count, s[j] == 0x20 || s[j] == UInt8(ascii: ".") else { return nil }
        guard isMonth(s, start, j) else { return nil }
        if j < s.count, s[j] == UInt8(ascii: ".") { j += 1 }
        guard j < s.count, s[j] == 0x20 else { return nil }
        j += 1
        var k = 0
        while j < s.count, isDigit(s[j]), k < 2 { j += 1; k += 1 }
        guard k > 0 else { return nil }
        if let e = ordinalSuffixEnd(s, j) { j = e }
        if j < s.count, s[j] == UInt8(ascii: ",") { j += 1 }
        guard j < s.count, s[j] == 0x20 else { return nil }
        j += 1
        var y = 0
        while j < s.count, isDigit(s[j]), y < 4 { j += 1; y += 1 }
        return y == 4 && endsToken(s, j) ? j : nil
    }
}
