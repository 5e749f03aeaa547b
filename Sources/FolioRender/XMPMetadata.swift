import FolioModel

/// The document's metadata as an XMP packet (ISO 16684-1), the form archival and accessibility checkers
/// read: title, language, creator, subject, keywords, dates and tools, agreeing with the Info dictionary
/// Cairo writes (same strings, same dates), so that the two never contradict each other.
struct XMPMetadata {
    var info: DocumentInfo
    /// The Info dictionary's Creator (`Folio 0.3.0`).
    var creatorTool: String
    /// The Info dictionary's Producer, as Cairo writes it.
    var producer: String

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
        return """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
            \(fields.joined(separator: "\n"))
            </rdf:Description>
            </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="r"?>
            """
    }

}
