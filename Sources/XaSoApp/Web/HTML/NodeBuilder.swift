import Foundation

/// Lets pages be written as nested Swift blocks with `if`, `for` and plain strings (which become
/// escaped text).
@resultBuilder
enum NodeBuilder {
    static func buildExpression(_ node: Node) -> [Node] { [node] }
    static func buildExpression(_ text: String) -> [Node] { [.text(text)] }
    static func buildExpression(_ nodes: [Node]) -> [Node] { nodes }
    static func buildExpression(_ node: Node?) -> [Node] { node.map { [$0] } ?? [] }
    static func buildBlock(_ parts: [Node]...) -> [Node] { parts.flatMap { $0 } }
    static func buildOptional(_ part: [Node]?) -> [Node] { part ?? [] }
    static func buildEither(first part: [Node]) -> [Node] { part }
    static func buildEither(second part: [Node]) -> [Node] { part }
    static func buildArray(_ parts: [[Node]]) -> [Node] { parts.flatMap { $0 } }
    static func buildLimitedAvailability(_ part: [Node]) -> [Node] { part }
}
