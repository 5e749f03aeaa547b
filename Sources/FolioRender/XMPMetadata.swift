import FolioModel

/// The document's metadata as an XMP packet (ISO 16684-1), the form archival and accessibility checkers
/// read: title, language, creator, subject, keywords, dates and tools, agreeing with the Info dictionary
/// Cairo writes (same strings, same dates), so that the two never contradict each other.
struct XMPMetadata {
    var info: DocumentInfo
    /// The Info dictionary's Creator (`Folio 0.4.0`).
    var creatorTool: String
    /// The Info dictionary's Producer, as Cairo writes it.
    var producer: String
    /// Whether the file claims PDF/A-2u (only with an output intent: PDF/A needs one for DeviceRGB).
    var claimsPDFA = true

    /// The packet, UTF-8, with the standard header and trailer.
    var packet: String {
        let date = info.timestamp ?? "\(info.date)T00:00:00Z"
        var fields: [String] = [
            "<dc:format>application/pdf</dc:format>",
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(info.title.xmlEscaped)</rdf:li></rdf:Alt></dc:title>",
            "<dc:language><rdf:Bag><rdf:li>\(info.language.xmlEscaped)</rdf:li></rdf:Bag></dc:language>",
        ]
        if let author = info.author ?? info.organisation {
            fields.append("<dc:creator><rdf:Seq><rdf:li>\(author.xmlEscaped)</rdf:li></rdf:Seq></dc:creator>")
        }
        if let subject = info.subject {
            fields.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(subject.xmlEscaped)</rdf:li></rdf:Alt></dc:description>")
        }
        if !info.keywords.isEmpty { fields.append("<pdf:Keywords>\(info.keywords.joined(separator: ", ").xmlEscaped)</pdf:Keywords>") }
        fields += [
            "<pdf:Producer>\(producer.xmlEscaped)</pdf:Producer>",
            "<xmp:CreatorTool>\(creatorTool.xmlEscaped)</xmp:CreatorTool>",
            "<xmp:CreateDate>\(date)</xmp:CreateDate>",
            "<xmp:ModifyDate>\(date)</xmp:ModifyDate>",
            "<xmp:MetadataDate>\(date)</xmp:MetadataDate>",
        ]
        // The claims: PDF/UA-1, and PDF/A-2 level U (Unicode text; level A would add rules no checker here covers).
        fields.append("<pdfuaid:part>1</pdfuaid:part>")
        if claimsPDFA { fields += ["<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>U</pdfaid:conformance>"] }
        return """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
            \(fields.joined(separator: "\n"))
            </rdf:Description>
            \(Self.pdfuaExtensionSchema)
            </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="r"?>
            """
    }

    /// PDF/A allows only the XMP schemas it predefines, or ones the file describes: `pdfuaid` is not
    /// predefined, so its one property is described here (the standard description from ISO 14289-1).
    static let pdfuaExtensionSchema = """
        <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
        <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
        <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
        <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
        <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
        <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
        <pdfaProperty:name>part</pdfaProperty:name>
        <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
        <pdfaProperty:category>internal</pdfaProperty:category>
        <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
        </rdf:li></rdf:Seq></pdfaSchema:property>
        </rdf:li></rdf:Bag></pdfaExtension:schemas>
        </rdf:Description>
        """
}
