/// A HAR as a browser's dev tools export it, written by hand: pages, `_initiator` and other
/// custom fields, `cache` objects, timings of -1 and fractions, a form post as `params` only,
/// a base64 image, a cached entry with no content text, HTTP/2 pseudo headers, and optional
/// fields left out (no `comment`, no `cookies` on one request).
enum BrowserHAR {
    static let text = #"""
    {
      "log": {
        "version": "1.2",
        "creator": { "name": "WebInspector", "version": "537.36" },
        "pages": [
          { "startedDateTime": "2026-03-02T09:00:00.000Z", "id": "page_1", "title": "https://portal.example/",
            "pageTimings": { "onContentLoad": 412.5, "onLoad": -1 } }
        ],
        "entries": [
          {
            "_initiator": { "type": "script", "stack": { "callFrames": [] } },
            "_priority": "High",
            "_resourceType": "fetch",
            "cache": {},
            "connection": "443",
            "pageref": "page_1",
            "request": {
              "method": "GET",
              "url": "https://portal.example/api/people?page=2&size=10",
              "httpVersion": "http/2.0",
              "headers": [
                { "name": ":authority", "value": "portal.example" },
                { "name": "accept", "value": "application/json" }
              ],
              "queryString": [ { "name": "page", "value": "2" }, { "name": "size", "value": "10" } ],
              "cookies": [],
              "headersSize": -1,
              "bodySize": 0
            },
            "response": {
              "status": 200,
              "statusText": "",
              "httpVersion": "http/2.0",
              "headers": [
                { "name": "content-type", "value": "application/json; charset=utf-8" },
                { "name": "content-encoding", "value": "gzip" },
                { "name": ":status", "value": "200" }
              ],
              "cookies": [],
              "content": { "size": 27, "mimeType": "application/json", "compression": 10,
                           "text": "{\"people\":[{\"id\":7}],\"n\":1}" },
              "redirectURL": "",
              "headersSize": -1,
              "bodySize": 17,
              "_transferSize": 321,
              "_error": null
            },
            "serverIPAddress": "203.0.113.10",
            "startedDateTime": "2026-03-02T09:00:01.250Z",
            "time": 35.712,
            "timings": { "blocked": 1.2, "dns": -1, "ssl": -1, "connect": -1, "send": 0.1, "wait": 33.9, "receive": 0.512,
                         "_blocked_queueing": 0.8 }
          },
          {
            "cache": {},
            "pageref": "page_1",
            "request": {
              "method": "POST",
              "url": "https://portal.example/login",
              "httpVersion": "HTTP/1.1",
              "headers": [ { "name": "Content-Type", "value": "application/x-www-form-urlencoded" } ],
              "queryString": [],
              "postData": { "mimeType": "application/x-www-form-urlencoded",
                            "params": [ { "name": "user", "value": "ada" }, { "name": "next", "value": "/home" } ] },
              "headersSize": -1,
              "bodySize": 20
            },
            "response": {
              "status": 302,
              "statusText": "Found",
              "httpVersion": "HTTP/1.1",
              "headers": [ { "name": "Location", "value": "/home" } ],
              "cookies": [],
              "content": { "size": 0, "mimeType": "x-unknown" },
              "redirectURL": "/home",
              "headersSize": -1,
              "bodySize": 0
            },
            "startedDateTime": "2026-03-02T09:00:02.000Z",
            "time": 12,
            "timings": { "blocked": -1, "dns": -1, "connect": -1, "send": 1, "wait": 10, "receive": 1, "ssl": -1 }
          },
          {
            "cache": { "beforeRequest": null },
            "request": {
              "method": "GET",
              "url": "https://portal.example/logo.png",
              "httpVersion": "HTTP/1.1",
              "headers": [],
              "queryString": [],
              "cookies": [],
              "headersSize": -1,
              "bodySize": 0
            },
            "response": {
              "status": 200,
              "statusText": "OK",
              "httpVersion": "HTTP/1.1",
              "headers": [ { "name": "Content-Type", "value": "image/png" } ],
              "cookies": [],
              "content": { "size": 8, "mimeType": "image/png", "text": "iVBORw0KGgo=", "encoding": "base64" },
              "redirectURL": "",
              "headersSize": -1,
              "bodySize": 8
            },
            "startedDateTime": "2026-03-02T09:00:03.000Z",
            "time": 5,
            "timings": { "send": 0, "wait": 5, "receive": 0 }
          },
          {
            "request": { "method": "GET", "url": "https://portal.example/cached.js", "headers": [] },
            "response": { "status": 304, "headers": [], "content": { "mimeType": "text/javascript" } },
            "startedDateTime": "2026-03-02T09:00:04.000Z",
            "time": -1,
            "timings": { "send": -1, "wait": -1, "receive": -1 }
          },
          {
            "request": { "method": "GET", "url": "https://portal.example/aborted", "headers": [] },
            "response": { "status": 0, "headers": [], "content": { "size": 0, "mimeType": "" }, "_error": "net::ERR_ABORTED" },
            "startedDateTime": "2026-03-02T09:00:05.000Z",
            "time": 1,
            "timings": { "send": 0, "wait": 1, "receive": 0 }
          }
        ]
      }
    }
    """#
}
