// swift-tools-version: 6.0
import Foundation
import PackageDescription

/// A program outside Folio's package that depends on the `FolioKit` product, as a host application does
/// (`make embed-check`, part of `make test`). It sees only what the product makes public.
/// A path dependency is named after its folder, which differs between clones: read it off the path.
let folio = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../..").standardizedFileURL
let identity = folio.lastPathComponent.lowercased()

let package = Package(
    name: "EmbedFolioKit",
    dependencies: [.package(path: folio.path)],
    targets: [
        .executableTarget(name: "embed-folio", dependencies: [.product(name: "FolioKit", package: identity)]),
    ]
)
