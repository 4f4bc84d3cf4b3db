import Vapor

/// One address of the web application. Routes are registered from it and links are built from it, so
/// a link's path text cannot drift from the route it points at; `WebLinkTests` asks the router for
/// every link builder's output.
struct WebRoute: Sendable {
    /// "units", ":code", … as written in the pattern.
    let parts: [String]

    init(_ pattern: String) {
        parts = pattern.split(separator: "/").map(String.init)
    }

    var components: [PathComponent] { parts.map { PathComponent(stringLiteral: $0) } }

    var parameterCount: Int { parts.filter { $0.hasPrefix(":") }.count }

    /// The address with the parameters filled in the order they appear, each percent-encoded. A wrong
    /// number of values is a programming error, so it stops here rather than linking nowhere.
    func path(_ values: String...) -> String {
        precondition(values.count == parameterCount, "\(parts.joined(separator: "/")) takes \(parameterCount) values")
        var next = values.makeIterator()
        return "/" + parts.map { $0.hasPrefix(":") ? WebPath.seg(next.next()!) : $0 }.joined(separator: "/")
    }
}
