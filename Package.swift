// swift-tools-version: 6.0
import PackageDescription

/// Folio's layers, each knowing only the ones below it:
/// spec (YAML → model) → model (typed document) → layout (frames of positioned items)
/// → Cairo (the only C importer: text engine, fontconfig, surfaces, threads) → render (PDF, PNG, SVG) → CLI.
let package = Package(
    name: "Folio",
    products: [
        .executable(name: "folio", targets: ["folio"]),
        .library(name: "FolioKit", targets: ["FolioKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Figures held exactly as written, at any size a CSV can hold (sums of them too).
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        // Placed images: SVG through librsvg and PDF pages through poppler-glib, both drawn as vectors; JPEG
        // pixels through gdk-pixbuf.
        // A small C API over librsvg, poppler-glib and gdk-pixbuf, opened with dlopen when a spec first places
        // such an image (not at start: they pull in twenty-odd libraries); its header names Cairo's types
        // without including them, so Swift sees one set of Cairo declarations, CPangoCairo's.
        .target(name: "CFolioImages", dependencies: ["CPangoCairo"], linkerSettings: [.linkedLibrary("dl")]),
        // libhyphen and its patterns (/usr/share/hyphen) for hyphenation by the document's language; no pkg-config file.
        .systemLibrary(
            name: "CHyphen",
            providers: [.apt(["libhyphen-dev", "hyphen-fr", "hyphen-en-us"])]
        ),
        .target(name: "CFolioPNG", linkerSettings: [.linkedLibrary("png16")]),
        // zlib for the streams PDFs are read through and the content streams the PDF's update rewrites.
        .target(name: "CFolioZlib", linkerSettings: [.linkedLibrary("z")]),
        // glibc's mallopt, which Swift's Glibc module leaves out: the command line's choice of one malloc arena.
        .target(name: "CFolioAllocator"),
        .target(name: "FolioModel", dependencies: [.product(name: "BigInt", package: "BigInt")]),
        .target(name: "FolioSpec", dependencies: ["FolioModel", .product(name: "Yams", package: "Yams")]),
        .target(name: "FolioLayout", dependencies: ["FolioModel"]),
        .target(name: "FolioCairo", dependencies: ["CPangoCairo", "CHyphen", "CFolioImages", "CFolioPNG", "CFolioAllocator", "FolioLayout"]),
        // Reading PDFs by their cross-reference (tables or streams, objects in object streams): the update after
        // Cairo, `folio check --pdf` and the tests share it.
        .target(name: "FolioPDF", dependencies: ["CFolioZlib"]),
        .target(name: "FolioRender", dependencies: ["FolioCairo", "FolioLayout", "FolioPDF"]),
        // The library's front door: a spec in, its files' bytes out (`Folio.render`); a `Project` that builds a folder
        // (plans, checks, one engine pool, sets written atomically, the manifest). The CLI is a thin layer over it.
        .target(name: "FolioKit", dependencies: ["FolioModel", "FolioSpec", "FolioLayout", "FolioCairo", "FolioRender"]),
        .executableTarget(
            name: "folio",
            dependencies: [
                "FolioKit", "FolioModel", "FolioSpec", "FolioLayout", "FolioCairo", "FolioPDF", "FolioRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "folio-fuzz", dependencies: ["FolioModel", "FolioSpec", "FolioLayout", "FolioCairo"]),
        // The report's pages as data for the raw Cairo/Pango floor in bench/report (make bench).
        .executableTarget(name: "folio-floor", dependencies: ["FolioModel", "FolioSpec", "FolioLayout", "FolioCairo"]),
        .target(name: "FolioTestSupport", dependencies: ["FolioSpec", "FolioLayout", "FolioCairo", "FolioPDF", "FolioRender"], path: "Tests/FolioTestSupport"),
        .testTarget(name: "FolioSpecTests", dependencies: ["FolioSpec", "FolioTestSupport"], exclude: ["BadInputs"]),
        .testTarget(name: "FolioLayoutTests", dependencies: ["FolioLayout", "FolioCairo", "FolioSpec", "FolioTestSupport"], exclude: ["Golden", "Specs"]),
        // A host program's view: only `import FolioKit`.
        .testTarget(name: "FolioKitTests", dependencies: ["FolioKit", "FolioTestSupport"]),
        .testTarget(name: "FolioEndToEndTests", dependencies: ["FolioTestSupport", "FolioCairo", "FolioPDF", "FolioRender", "FolioSpec", "FolioLayout"],
                    exclude: ["Golden"]),
    ]
)
