import Testing

@testable import ConnectorRuntime

@Suite struct VendorErrorMessageTests {
    @Test func findsTheMessageInCommonErrorShapes() {
        let cases: [(String, String?)] = [
            (#"{"message": "Authorization has been denied for this request."}"#, "Authorization has been denied for this request."),
            (#"{"Message": "User not found."}"#, "User not found."),
            (#"{"error": "invalid_grant"}"#, "invalid_grant"),
            (#"{"error": "invalid_client", "error_description": "Unknown client"}"#, "invalid_client: Unknown client"),
            (#"{"error_description": "Expired"}"#, "Expired"),
            (#"{"resultMsg": "User not found", "message": null}"#, "User not found"),
            (#"{"errors": [{"title": "Invalid name", "detail": "too long"}]}"#, "Invalid name"),
            (#"{"errors": [{"message": "Duplicate"}]}"#, "Duplicate"),
            (#"{"errors": ["first", "second"]}"#, "first"),
            (
                #"{"title": "Validation failed", "errors": {"LastName": ["The LastName field is required."]}}"#,
                "LastName: The LastName field is required."
            ),
            (#"{"error": {"code": 5, "message": "Nested"}}"#, "Nested"),
            (#"{"type": "about:blank", "title": "Not Found", "detail": "No user 5"}"#, "Not Found: No user 5"),
            (#""plain JSON string""#, "plain JSON string"),
            ("Service Unavailable", "Service Unavailable"),
            ("  ", nil),
            (#"{"unrelated": 1}"#, nil),
        ]
        for (body, message) in cases {
            #expect(VendorErrorMessage.extract(from: body) == message, "body: \(body)")
        }
    }

    @Test func shortensLongBodies() {
        let message = VendorErrorMessage.extract(from: String(repeating: "x", count: 2_000))
        #expect(message?.count == 501)
        #expect(message?.hasSuffix("…") == true)
    }
}
