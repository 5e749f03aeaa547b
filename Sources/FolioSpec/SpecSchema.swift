import Foundation
import FolioModel

/// The JSON Schema of the spec format, built from the very key lists the readers accept, so editors
/// (through the YAML language server) complete and check exactly what Folio reads.
package enum SpecSchema {
    typealias JSON = [String: Any]

    /// The schema as pretty-printed JSON with sorted keys (stable, so it can be committed and diffed).
    package static func json() -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: schema(), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Every key list a reader accepts, with the schema of each key. A key without a schema is a bug
    /// (a test checks that none is missing).
    static func object(_ keys: [String], _ types: JSON, required: [String] = [], description: String? = nil) -> JSON {
        var properties: JSON = [:]
        for key in keys { properties[key] = types[key] ?? ["description": "MISSING SCHEMA"] as JSON }
        var o: JSON = ["type": "object", "properties": properties, "additionalProperties": false]
        if !required.isEmpty { o["required"] = required }
        if let description { o["description"] = description }
        return o
    }

    static var string: JSON { ["type": "string"] }
    static var bool: JSON { ["type": "boolean"] }
    static var number: JSON { ["type": "number"] }
    static var strings: JSON { ["oneOf": [string, ["type": "array", "items": string]]] }
    static var length: JSON { ["description": "points, or a number with a unit: pt, in, mm, cm",
                               "oneOf": [number, ["type": "string", "pattern": "^[0-9.]+ *(pt|in|mm|cm)?$"]]] }
    static var color: JSON { ["type": "string", "pattern": "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$"] }
    static func choice(_ options: [String]) -> JSON { ["type": "string", "enum": options] }
    static func integer(_ range: ClosedRange<Int>) -> JSON { ["type": "integer", "minimum": range.lowerBound, "maximum": range.upperBound] }
    static var format: JSON { choice(NumberFormat.Style.allCases.map(\.rawValue)) }

    static func schema() -> JSON {
        var root = object(ReportReader.keys, [
            "params": params, "matrix": object(MatrixReader.keys, ["data": string, "param": string, "rows": strings, "exclude-rows": strings], required: ["data", "param"]),
            "editions": ["type": "array", "items": ["oneOf": [string, object(["language", "translations"], ["language": string, "translations": string], required: ["language"])]]],
            "document": document, "page": page, "theme": theme, "data": data,
            "checks": ["type": "array", "items": check],
            "charts": ["type": "array", "items": chart],
            "exports": ["type": "array", "items": object(ExportKeys.keys, ["name": string, "size": ["type": "string", "pattern": "^[0-9]+x[0-9]+$"], "scale": number], required: ["name", "size"])],
            "content": ["type": "array", "items": block],
        ], required: ["document"], description: "A Folio report spec")
        root["$schema"] = "http://json-schema.org/draft-07/schema#"
        root["title"] = "Folio report spec"
        return root
    }

    /// `params:`: a default alone, or `{type, default, description}`; written `${name}` anywhere in the spec.
    static var params: JSON {
        let declared = object(Parameters.keys, ["type": choice(Parameters.Kind.allCases.map(\.rawValue)), "default": string, "description": string],
                              required: ["default"])
        return ["type": "object", "description": "parameters, written ${name} (or ${name - 1}) anywhere in the spec; set with --set name=value",
                "additionalProperties": ["oneOf": [string, number, declared]]]
    }

    static var document: JSON {
        object(DocumentReader.keys, [
            "title": string, "subtitle": string, "author": string, "organisation": string, "organization": string,
            "subject": string, "keywords": strings, "language": ["type": "string", "pattern": "^[A-Za-z0-9]{2,8}(-[A-Za-z0-9]{2,8})*$"],
            "date": ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "publication date, also the PDF's creation date"],
        ], required: ["title"])
    }

    static var page: JSON {
        let logo = object(PageReader.logoKeys, ["image": string, "height": length, "at": choice(RunningLogo.End.allCases.map(\.rawValue))],
                          required: ["image"])
        let line = object(PageReader.lineKeys, ["left": string, "center": string, "right": string, "logo": logo])
        return object(PageReader.keys, [
            "size": ["oneOf": [choice(["letter", "a4", "Letter", "A4"]), object(["width", "height"], ["width": length, "height": length], required: ["width", "height"])]],
            "margins": ["oneOf": [length, object(["top", "right", "bottom", "left"], ["top": length, "right": length, "bottom": length, "left": length])]],
            "header": line, "footer": line,
        ])
    }

    static var style: JSON {
        object(ThemeReader.styleKeys, [
            "font": string, "size": number, "line-height": number,
            "weight": ["oneOf": [["type": "integer", "minimum": 100, "maximum": 1000], choice(ThemeReader.weights.keys.sorted())]],
            "italic": bool, "color": color, "tracking": number, "uppercase": bool, "tabular-figures": bool,
            "space-before": length, "space-after": length,
            "hyphenate": ["type": "boolean", "description": "prose hyphenated when `theme.hyphenation` is on (body, lead, quote, callout, source-note by default)"],
        ])
    }

    static var theme: JSON {
        var colorTypes: JSON = [:]
        for k in ThemeReader.colorKeys { colorTypes[k] = color }
        let colors = object(ThemeReader.colorKeys, colorTypes)
        return object(ThemeReader.keys, [
            "colors": colors, "colours": colors, "font": string,
            "hyphenation": ["type": "boolean", "description": "hyphenate prose in the document's language (off by default)"],
            "styles": ["type": "object", "additionalProperties": style, "propertyNames": ["description": "a built-in style (\(StyleName.all.joined(separator: ", "))) or a new one"]],
            "table": object(ThemeReader.tableKeys, [
                "rule-width": number, "header-rule-width": number, "total-rule-width": number, "padding-x": length,
                "padding-y": length, "min-column-gap": length, "zebra": ["oneOf": [color, ["type": "null"]]], "emphasis-fill": ["oneOf": [color, ["type": "null"]]],
                "min-rows-at-break": integer(1...20), "minimum-font-size": number,
                "landscape": choice(Table.Landscape.allCases.map(\.rawValue))]),
            "grid": object(["columns", "gutter"], ["columns": integer(1...24), "gutter": length]),
            "images": object(["minimum-dpi"], ["minimum-dpi": number]),
            "sections": object(["new-page"], ["new-page": bool]),
            "chart-palette": ["type": "array", "items": color, "minItems": 1],
        ])
    }

    static var data: JSON {
        let tolerance: JSON = ["oneOf": [["type": "number", "minimum": 0], string], "description": "how far a published, rounded total may be from the sum"]
        let sum = object(["parts", "total", "tolerance"], ["parts": ["type": "array", "items": string], "total": string, "tolerance": tolerance],
                         required: ["parts", "total"])
        let totalsRow: JSON = ["oneOf": [string, object(["row", "tolerance"], ["row": string, "tolerance": tolerance], required: ["row"])]]
        let locale: JSON = ["type": "string", "description": "a BCP 47 locale such as fr-CA: how the source writes its numbers"]
        let column = object(DataReader.columnKeys, ["number-locale": locale, "check": bool, "text": bool])
        let declared = object(DataReader.keys, ["file": string, "key": string, "sums": ["type": "array", "items": sum], "totals-row": totalsRow,
                                                "number-locale": locale, "missing": strings,
                                                "columns": ["type": "object", "additionalProperties": column]], required: ["file"])
        return ["type": "object", "additionalProperties": ["oneOf": [["type": "string", "description": "a CSV file, relative to the spec"], declared]]]
    }

    static var check: JSON {
        let side = object(ConsistencyChecks.sideKeys, ["data": string, "row": string, "columns": ["type": "array", "items": string],
                                                        "column": string, "rows": ["type": "array", "items": string]], required: ["data"])
        return object(ConsistencyChecks.keys, ["name": string, "cells": side, "equal": side], required: ["cells", "equal"])
    }

    static var chart: JSON {
        let reference = object(ChartReader.referenceKeys, ["value": number, "from": number, "to": number, "label": string])
        return object(ChartReader.keys, [
            "id": ["type": "string", "pattern": "^[A-Za-z0-9_-]+$"], "type": choice(Chart.Kind.allCases.map(\.rawValue)),
            "orientation": choice(Chart.Orientation.allCases.map(\.rawValue)), "stacked": bool,
            "scale": choice(Chart.Scale.allCases.map(\.rawValue)), "title": string, "subtitle": ["oneOf": [string, ["type": "null"]]],
            "source": string, "category-title": string, "value-title": string, "data": string, "series": choice(["rows", "columns"]),
            "rows": ["type": "array", "items": string], "columns": ["type": "array", "items": string],
            "exclude-rows": ["type": "array", "items": string], "labels": ["type": "object", "additionalProperties": string],
            "small-multiples": bool, "format": format, "value-labels": bool, "markers": bool,
            "reference": ["oneOf": [reference, ["type": "array", "items": reference]]],
            "min": number, "max": number, "zero": bool, "axis": choice(["auto", "time", "category"]), "time-format": string,
            "annotations": ["type": "array", "items": object(ChartReader.annotationKeys, ["at": string, "from": string, "to": string, "text": string], required: ["text"])],
            "alt": string, "height": length, "rotate-labels": bool, "value-format": format, "decimals": integer(0...6),
            "label-every": ["oneOf": [["type": "string", "enum": ["auto"]], integer(1...1000)]], "data-table": bool,
            "series-labels": choice(Chart.SeriesLabels.allCases.map(\.rawValue)),
        ], required: ["id", "title", "data"])
    }

    static var table: JSON {
        let column = object(TableBinder.columnKeys, [
            "column": string, "header": string, "align": choice(TableColumn.Alignment.allCases.map(\.rawValue)),
            "format": format, "decimals": integer(0...6), "emphasis": bool], required: ["column"])
        return object(TableBinder.keys, [
            "data": string, "caption": string, "source": string,
            "columns": ["type": "array", "items": ["oneOf": [string, column]]],
            "totals": object(["row", "label"], ["row": string, "label": string]),
            "keep-together": bool, "landscape": choice(Table.Landscape.allCases.map(\.rawValue)),
            "rows": ["type": "array", "items": string],
            "exclude-rows": ["oneOf": [string, ["type": "array", "items": string]]],
        ], required: ["data"])
    }

    /// One schema per block type: the type's key is required and names it.
    static var block: JSON {
        let optionTypes: JSON = [
            "depth": integer(1...3), "level": integer(1...3), "numbered": bool, "in-contents": bool, "new-page": bool, "opener": bool, "intro": string,
            "style": string, "by": string, "keep-with-next": bool,
            "language": ["type": "string", "pattern": "^[A-Za-z0-9]{2,8}(-[A-Za-z0-9]{2,8})*$",
                         "description": "the block's language when not the document's (BCP 47, `fr-CA`)"],
        ]
        var variants: [JSON] = [["const": "page-break"]]
        for (type, keys) in ContentReader.blockTypes.sorted(by: { $0.key < $1.key }) {
            var types = optionTypes
            switch type {
            case "cover":
                let logo = object(["image", "alt", "decorative", "width", "height"], ["image": string, "alt": string, "decorative": bool,
                                                                                        "width": imageWidth, "height": length], required: ["image"])
                types[type] = object(["title", "subtitle", "details", "figure", "logo"], ["title": string, "subtitle": string, "details": strings,
                                                                                         "figure": figure, "logo": logo])
            case "image":
                types[type] = ["type": "string", "description": "the path of a PNG, JPEG, SVG or PDF file, relative to the spec"]
                for (k, v) in ["alt": string, "decorative": bool, "caption": string, "width": imageWidth, "height": length,
                               "fit": choice(ImageBlock.Fit.allCases.map(\.rawValue)), "align": choice(ImageBlock.Alignment.allCases.map(\.rawValue)),
                               "page": integer(1...100_000), "border": bool, "float": bool] { types[k] = v }
            case "contents": types[type] = ["oneOf": [string, ["type": "null"]]]
            case "figures": types[type] = ["type": "array", "items": figure]
            case "table": types[type] = table
            case "chart":
                types[type] = ["oneOf": [["type": "string", "description": "the id of a chart under `charts:`"], chart]]
                types["float"] = bool
            case "page-break": types[type] = ["type": "null"]
            case "spacer": types[type] = length
            case "row":
                types[type] = ["type": "array", "minItems": 2, "maxItems": 4, "items": ["type": "object"], "description": "paragraph, quote, figures, chart or image blocks, side by side"]
                types["spans"] = ["type": "array", "items": integer(1...12)]
            case "columns":
                types[type] = ["type": "array", "minItems": 1, "items": ["type": "object"], "description": "paragraph, quote, figures or image blocks, flowing through the columns"]
                types["count"] = integer(2...3)
            case "box":
                types[type] = ["type": "array", "minItems": 1, "items": ["type": "object"], "description": "paragraph, quote, figures, chart, image, table or row blocks, boxed"]
                types["style"] = ["oneOf": [string, choice(BoxBlock.Kind.allCases.map(\.rawValue))]]
            default: types[type] = string
            }
            variants.append(object(keys, types, required: [type]))
        }
        return ["oneOf": variants]
    }

    /// A length, or a share of the column (`60%`).
    static var imageWidth: JSON { ["oneOf": [length, ["type": "string", "pattern": "^[0-9.]+ *%$"]]] }

    static var figure: JSON {
        object(ContentReader.figureKeys, ["value": string, "data": string, "row": string, "column": string, "format": format, "decimals": integer(0...6),
                                           "label": string, "note": string], required: ["label"])
    }

    /// Every key list the readers accept, for the test that no key lacks a schema.
    package static var allKeyLists: [[String]] {
        [ReportReader.keys, DocumentReader.keys, PageReader.keys, PageReader.lineKeys, PageReader.logoKeys, ThemeReader.keys, ThemeReader.styleKeys, ThemeReader.tableKeys,
         ThemeReader.colorKeys, DataReader.keys, DataReader.columnKeys, ConsistencyChecks.keys, ConsistencyChecks.sideKeys, ChartReader.keys, ChartReader.referenceKeys, ChartReader.annotationKeys,
         TableBinder.keys, TableBinder.columnKeys, ContentReader.figureKeys, ExportKeys.keys, Parameters.keys, MatrixReader.keys] + Array(ContentReader.blockTypes.values)
    }
}

/// Keys of an export preset.
enum ExportKeys {
    static let keys = ["name", "size", "scale"]
}
