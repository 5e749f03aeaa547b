import FolioPDF

/// The read-back's walk of the structure tree and of the pages: which MCIDs the tree names on which page,
/// which annotations it holds, what each page's content marks, and its link annotations.
extension PDFReadBack {
    /// The MCIDs the tree names (`page#mcid`), the annotations it holds (`/OBJR`), and per-element problems.
    func treeContents() -> (named: Set<String>, annotations: Set<Int>, problems: [String]) {
        var named = Set<String>(), annotations = Set<Int>(), problems: [String] = []
        var visited = Set<Int>()
        func walk(_ kid: PDFValue, page: Int?) {
            if let mcid = kid.integer { if let page { named.insert("\(page)#\(mcid)") } else { problems.append("MCID \(mcid) without a page") }; return }
            if let ref = kid.reference { guard visited.insert(ref).inserted else { return } }
            guard let element = dictionary(kid) else { return }
            if element["/Type"]?.name == "/MCR", let mcid = element["/MCID"]?.integer {
                named.insert("\(element["/Pg"]?.reference.map(String.init) ?? page.map(String.init) ?? "?")#\(mcid)"); return
            }
            if element["/Type"]?.name == "/OBJR", let obj = element["/Obj"]?.reference { annotations.insert(obj); return }
            let type = element["/S"]?.name ?? "?"
            if ["/NonStruct", "/Private", "/Artifact"].contains(type) { problems.append("an artifact marker (\(type)) is left in the structure tree") }
            if type == "/TH", dictionary(element["/A"])?["/Scope"] == nil { problems.append("a TH has no /Scope") }
            if type == "/Figure", element["/Alt"] == nil { problems.append("a Figure has no /Alt") }
            let pg = element["/Pg"]?.reference ?? page
            for k in PDFObjects<[UInt8]>.kids(resolve(element["/K"])) { walk(k, page: pg) }
        }
        let tree = dictionary(pdf.catalog?["/StructTreeRoot"])
        for k in PDFObjects<[UInt8]>.kids(resolve(tree?["/K"])) { walk(k, page: nil) }
        return (named, annotations, problems)
    }

    /// The named destinations (`/Names /Dests`, a name tree: `/Names` pairs, `/Kids` below).
    func destinationNames(_ catalog: [String: PDFValue]) -> Set<[UInt8]> {
        var destinations = Set<[UInt8]>()
        func collect(_ node: PDFValue?, depth: Int) {
            guard depth < 64, let d = dictionary(node) else { return }
            let names = resolve(d["/Names"])?.array ?? []
            for i in stride(from: 0, to: names.count, by: 2) { if let name = names[i].stringBytes { destinations.insert(name) } }
            for kid in resolve(d["/Kids"])?.array ?? [] { collect(kid, depth: depth + 1) }
        }
        collect(dictionary(catalog["/Names"])?["/Dests"], depth: 0)
        return destinations
    }

    /// A page's problems: painting outside marked content, sequences not closed, MCIDs used twice (`used`
    /// collects them), and its link annotations' (`/Contents`, in the tree, printable, going somewhere).
    func pageProblems(_ page: Int, number: Int, used: inout Set<String>, annotations: Set<Int>, destinations: Set<[UInt8]>) -> [String] {
        guard let dict = dictionary(.reference(page)) else { return [] }
        var problems: [String] = []
        var unmarked = 0
        var depth: [Bool] = []  // per open sequence: inside an artifact
        for content in contents(dict) {
            guard let data = stream(content) else { problems.append("page \(number): content stream \(content.reference ?? 0) unreadable"); continue }
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
        let annots = resolve(dict["/Annots"])?.array ?? []
        if !annots.isEmpty, dict["/Tabs"]?.name != "/S" { problems.append("page \(number) has annotations but no /Tabs /S") }
        for ref in annots { problems += linkProblems(ref, page: number, annotations: annotations, destinations: destinations) }
        return problems
    }

    private func linkProblems(_ ref: PDFValue, page number: Int, annotations: Set<Int>, destinations: Set<[UInt8]>) -> [String] {
        guard let annot = dictionary(ref), annot["/Subtype"]?.name == "/Link" else { return [] }
        var problems: [String] = []
        if annot["/Contents"] == nil { problems.append("page \(number): a link has no /Contents") }
        if annot["/StructParent"] == nil || !annotations.contains(ref.reference ?? -1) { problems.append("page \(number): a link is not in the structure tree") }
        if (annot["/F"]?.integer ?? 0) & 4 == 0 { problems.append("page \(number): a link is not printable (/F 4)") }
        if let name = resolve(annot["/Dest"])?.stringBytes {
            if !destinations.contains(name) { problems.append("page \(number): a link goes to \(PDFValue.text(name)), a destination the file lacks") }
        } else if annot["/Dest"] == nil && annot["/A"] == nil {
            problems.append("page \(number): a link goes nowhere (no /Dest, no /A)")
        }
        return problems
    }
}
