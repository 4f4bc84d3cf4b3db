import Foundation
import Vapor

/// Our stylesheet and script, served from memory with a year-long cache: their URLs carry a hash of
/// the content, so a new release is a new URL and no commune PC keeps an old copy.
enum StaticAssets {
    static let version: String = {
        let digest = SHA256.hash(data: Data((AppCSS.text + AppJS.text).utf8))
        return digest.prefix(6).map { String(format: "%02x", $0) }.joined()
    }()

    static func css(_ req: Request) -> Response { serve(AppCSS.text, type: HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])) }
    static func js(_ req: Request) -> Response { serve(AppJS.text, type: HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"])) }

    private static func serve(_ text: String, type: HTTPMediaType) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = type
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=31536000, immutable")
        headers.replaceOrAdd(name: .eTag, value: "\"\(version)\"")
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }
}
