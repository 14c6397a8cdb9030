/// Several request logs (one per gateway replica or host) as one input for `calibrate`: records are
/// concatenated with their groups renamed into one list, counts added, and the time span is the earliest
/// and latest record of any file. The fit does not depend on the order of records, so merging by time
/// needs nothing more than that span.
extension CalibrationData {
    public static func merge(_ parts: [CalibrationData]) -> CalibrationData {
        guard parts.count > 1 else { return parts.first ?? CalibrationData() }
        var out = CalibrationData()
        var index: [String: Int32] = [:]
        for part in parts {
            var map: [Int32] = []
            for name in part.groups {
                if let i = index[name] { map.append(i) } else {
                    let i = Int32(out.groups.count)
                    index[name] = i
                    out.groups.append(name)
                    map.append(i)
                }
            }
            out.records.reserveCapacity(out.records.count + part.records.count)
            for var r in part.records {
                if Int(r.group) < map.count { r.group = map[Int(r.group)] }
                out.records.append(r)
            }
            out.lines += part.lines
            out.unlabelled += part.unlabelled
            out.filteredOut += part.filteredOut
            out.malformedCount += part.malformedCount
            out.malformed += part.malformed.prefix(max(0, CalibrationInput.keptDiagnostics - out.malformed.count))
            out.saw(time: part.earliest)
            out.saw(time: part.latest)
        }
        return out
    }
}
