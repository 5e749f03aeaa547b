import Foundation

/// The PDF/UA-1 and PDF/A-2 rules no available checker covers, checked on a built PDF read back through
/// qpdf's JSON (`qpdf --json=2`, streams decoded): every painting operator of every page inside marked
/// content or an artifact; every MCID in the content reachable from the structure tree and every one the
/// tree names present in the content; no artifact marker left in the tree; header cells with `/Scope`,
/// figures with `/Alt`; link annotations with `/Contents`, in the structure tree (`/StructParent`), printable,
/// on pages with `/Tabs /S`; every Link element holding text; the outline and the headings agree
/// (`PDFOutlineCheck`); the catalog's `/Lang`, `/MarkInfo`, `DisplayDocTitle`, XMP claims and sRGB
/// output intent; a trailer `/ID`.
struct PDFReadBack {
    /// Objects by reference (`"12 0 R"`): a dictionary's or array's value, or a stream's `dict` and `data`.
    private(set) var objects: [String: Any] = [:]
    private(set) var pages: [String] = []
    private(set) var trailer: [String: Any] = [:]

    init(json: Data) throws {
        guard let top = try JSONSerialization.jsonObject(with: json) as? [String: Any],
              let qpdf = top["qpdf"] as? [Any], qpdf.count >= 2, let body = qpdf[1] as? [String: Any] else {
            throw ReadBackError(description: "qpdf's JSON is not version 2")
        }
        for (key, value) in body {
            guard let entry = value as? [String: Any] else { continue }
            if key == "trailer" { trailer = entry["value"] as? [String: Any] ?? [:]; continue }
            guard key.hasPrefix("obj:") else { continue }
            objects[String(key.dropFirst(4))] = entry["value"] ?? entry["stream"]
        }
        pages = (top["pages"] as? [[String: Any]] ?? []).compactMap { $0["object"] as? String }
    }

    struct ReadBackError: Error, CustomStringConvertible { var description: String }

    func resolve(_ value: Any?) -> Any? {
        if let ref = value as? String, ref.hasSuffix(" R"), let target = objects[ref] { return target }
        return value
    }
    func dictionary(_ value: Any?) -> [String: Any]? { resolve(value) as? [String: Any] }
    func stream(_ ref: String) -> (dict: [String: Any], data: [UInt8])? {
        guard let s = objects[ref] as? [String: Any], let dict = s["dict"] as? [String: Any],
              let base64 = s["data"] as? String, let data = Data(base64Encoded: base64) else { return nil }
        return (dict, [UInt8](data))
    }

    /// Every problem found, as sentences; empty when the file passes.
    func problems() -> [String] {
        var problems: [String] = []
        guard let rootRef = trailer["/Root"], let catalog = dictionary(rootRef) else { return ["no catalog"] }
        if (trailer["/ID"] as? [Any])?.count != 2 { problems.append("the trailer has no /ID") }
        if catalog["/Lang"] == nil { problems.append("the catalog has no /Lang") }
        if (dictionary(catalog["/MarkInfo"])?["/Marked"] as? Bool) != true { problems.append("/MarkInfo /Marked is not true") }
        if (dictionary(catalog["/ViewerPreferences"])?["/DisplayDocTitle"] as? Bool) != true { problems.append("DisplayDocTitle is not true") }
        problems += metadataProblems(catalog)
        guard let tree = dictionary(catalog["/StructTreeRoot"]) else { return problems + ["no structure tree"] }

        // The tree: MCIDs it names per page, annotations it holds, per-element rules.
        var named = Set<String>(), annotations = Set<String>()
        var visited = Set<String>()
        func walk(_ kid: Any?, page: String?) {
            if let mcid = kid as? Int { if let page { named.insert("\(page)#\(mcid)") } else { problems.append("MCID \(mcid) without a page") }; return }
            if let ref = kid as? String { guard !visited.contains(ref) else { return }; visited.insert(ref) }
            guard let element = dictionary(kid) else { return }
            if (element["/Type"] as? String) == "/MCR", let mcid = element["/MCID"] as? Int {
                named.insert("\(element["/Pg"] as? String ?? page ?? "?")#\(mcid)"); return
            }
            if (element["/Type"] as? String) == "/OBJR", let obj = element["/Obj"] as? String { annotations.insert(obj); return }
            let type = element["/S"] as? String ?? "?"
            if ["/NonStruct", "/Private", "/Artifact"].contains(type) { problems.append("an artifact marker (\(type)) is left in the structure tree") }
            if type == "/TH", dictionary(element["/A"])?["/Scope"] == nil { problems.append("a TH has no /Scope") }
            if type == "/Figure", element["/Alt"] == nil { problems.append("a Figure has no /Alt") }
            let pg = element["/Pg"] as? String ?? page
            if let kids = element["/K"] as? [Any] { for k in kids { walk(k, page: pg) } } else if let k = element["/K"] { walk(k, page: pg) }
        }
        if let kids = tree["/K"] as? [Any] { for k in kids { walk(k, page: nil) } } else { walk(tree["/K"], page: nil) }

        // Named destinations (`/Names /Dests`, a name tree: `/Names` pairs, `/Kids` below).
        var destinations = Set<String>()
        func collect(_ node: Any?) {
            guard let d = dictionary(node) else { return }
            if let names = d["/Names"] as? [Any] { for case let name as String in stride(from: 0, to: names.count, by: 2).map({ names[$0] }) { destinations.insert(name) } }
            for kid in (d["/Kids"] as? [Any]) ?? [] { collect(kid) }
        }
        collect(dictionary(catalog["/Names"])?["/Dests"])

        // The pages: marked content and annotations.
        var used = Set<String>()
        for (index, page) in pages.enumerated() {
            guard let dict = dictionary(page) else { continue }
            let number = index + 1
            let contents = (dict["/Contents"] as? [Any]) ?? [dict["/Contents"] as Any]
            var unmarked = 0
            var depth: [Bool] = []  // per open sequence: inside an artifact
            for case let ref as String in contents {
                guard let data = stream(ref)?.data else { problems.append("page \(number): content stream \(ref) unreadable"); continue }
                for op in ContentStreamScanner.operations(data) {
                    switch op.name {
                    case "BDC", "BMC":
                        let tag = op.operands.first ?? ""
                        if tag != "/Artifact", op.name == "BDC", let props = op.operands.last,
                           let r = props.range(of: "/MCID "), let mcid = Int(props[r.upperBound...].prefix { $0.isNumber }) {
                            if !used.insert("\(page)#\(mcid)").inserted { problems.append("page \(number): MCID \(mcid) used twice") }
                        }
                        depth.append(tag == "/Artifact" || depth.last == true)
                    case "EMC":
                        if depth.popLast() == nil { problems.append("page \(number): EMC without BDC") }
                    default:
                        if ContentStreamScanner.painting.contains(op.name) && depth.isEmpty { unmarked += 1 }
                    }
                }
            }
            if !depth.isEmpty { problems.append("page \(number): a marked-content sequence is not closed") }
            if unmarked > 0 { problems.append("page \(number): \(unmarked) painting operators outside marked content and artifacts") }
            let annots = (resolve(dict["/Annots"]) as? [Any]) ?? []
            if !annots.isEmpty, (dict["/Tabs"] as? String) != "/S" { problems.append("page \(number) has annotations but no /Tabs /S") }
            for case let ref as String in annots {
                guard let annot = dictionary(ref), (annot["/Subtype"] as? String) == "/Link" else { continue }
                if annot["/Contents"] == nil { problems.append("page \(number): a link has no /Contents") }
                if annot["/StructParent"] == nil || !annotations.contains(ref) { problems.append("page \(number): a link is not in the structure tree") }
                if ((annot["/F"] as? Int) ?? 0) & 4 == 0 { problems.append("page \(number): a link is not printable (/F 4)") }
                if let name = annot["/Dest"] as? String, name.hasPrefix("u:") || name.hasPrefix("b:") {
                    if !destinations.contains(name) { problems.append("page \(number): a link goes to \(name.dropFirst(2)), a destination the file lacks") }
                } else if annot["/Dest"] == nil && annot["/A"] == nil {
                    problems.append("page \(number): a link goes nowhere (no /Dest, no /A)")
                }
            }
        }
        // What needs the elements' words: the outline against the headings, and every link's text.
        let elements = elementTexts()
        if let outline = outlineProblem(elements) { problems.append(outline) }
        for link in elements where link.type == "/Link" && Self.normalized(link.text).isEmpty {
            problems.append("page \(link.page.map { String($0 + 1) } ?? "?"): a Link element holds no text (PDF/UA-1 7.18.1: the link's text goes with its annotation)")
        }
        for missing in used.subtracting(named).sorted() { problems.append("MCID \(missing) in the content is not in the structure tree") }
        for missing in named.subtracting(used).sorted() { problems.append("the structure tree names MCID \(missing), which no content has") }
        return problems
    }

    private func metadataProblems(_ catalog: [String: Any]) -> [String] {
        var problems: [String] = []
        guard let ref = catalog["/Metadata"] as? String, let xmp = stream(ref)?.data else { return ["no XMP metadata"] }
        let text = String(decoding: xmp, as: UTF8.self)
        for field in ["<pdfuaid:part>1</pdfuaid:part>", "<dc:title>", "<dc:language>"] where !text.contains(field) {
            problems.append("the XMP lacks \(field)")
        }
        if text.contains("<pdfaid:part>") {
            let intents = (resolve(catalog["/OutputIntents"]) as? [Any]) ?? []
            let srgb = intents.contains { intent in
                guard let d = dictionary(intent), (d["/S"] as? String) == "/GTS_PDFA1", let profile = d["/DestOutputProfile"] as? String,
                      let icc = stream(profile)?.data, icc.count > 20 else { return false }
                return String(decoding: icc[16..<20], as: UTF8.self) == "RGB "
            }
            if !srgb { problems.append("the XMP claims PDF/A but there is no RGB output intent") }
        }
        return problems
    }
}
