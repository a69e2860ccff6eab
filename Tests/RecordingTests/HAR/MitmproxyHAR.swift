/// A HAR exported by mitmproxy 11.0.2 (`mitmdump --mode reverse:http://127.0.0.1:8103 --set
/// hardump=...`) in front of the Net2 emulator, trimmed to three entries, its access token
/// replaced by a made-up one. mitmproxy writes `postData` with both `text` and `params`,
/// microsecond timestamps with `+00:00`, and `ssl: -1.0`.
enum MitmproxyHAR {
    static let text = #"""
    {
     "log": {
      "version": "1.2",
      "creator": {
       "name": "mitmproxy",
       "version": "11.0.2",
       "comment": ""
      },
      "pages": [],
      "entries": [
       {
        "startedDateTime": "2026-11-22T19:56:03.125680+00:00",
        "time": 8.139848709106445,
        "request": {
         "method": "POST",
         "url": "http://127.0.0.1:8103/api/v1/authorization/tokens",
         "httpVersion": "HTTP/1.1",
         "cookies": [],
         "headers": [
          {
           "name": "Host",
           "value": "127.0.0.1:8103"
          },
          {
           "name": "User-Agent",
           "value": "curl/7.88.1"
          },
          {
           "name": "Accept",
           "value": "*/*"
          },
          {
           "name": "Content-Length",
           "value": "114"
          },
          {
           "name": "Content-Type",
           "value": "application/x-www-form-urlencoded"
          }
         ],
         "queryString": [],
         "headersSize": 177,
         "bodySize": 114,
         "postData": {
          "mimeType": "application/x-www-form-urlencoded",
          "text": "username=System%20engineer&password=Net2Demo%21&grant_type=password&client_id=7c6d9f3e-2b1a-4c8d-9e0f-1a2b3c4d5e6f",
          "params": [
           {
            "name": "username",
            "value": "System engineer"
           },
           {
            "name": "password",
            "value": "Net2Demo!"
           },
           {
            "name": "grant_type",
            "value": "password"
           },
           {
            "name": "client_id",
            "value": "7c6d9f3e-2b1a-4c8d-9e0f-1a2b3c4d5e6f"
           }
          ]
         }
        },
        "response": {
         "status": 200,
         "statusText": "OK",
         "httpVersion": "HTTP/1.1",
         "cookies": [],
         "headers": [
          {
           "name": "Date",
           "value": "Sun, 22 Nov 2026 19:56:03 GMT"
          },
          {
           "name": "Content-Type",
           "value": "application/json; charset=utf-8"
          },
          {
           "name": "Content-Length",
           "value": "323"
          }
         ],
         "content": {
          "size": 323,
          "compression": 0,
          "mimeType": "application/json; charset=utf-8",
          "text": "{\"access_token\":\"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJTeXN0ZW0gZW5naW5lZXIifQ.bWl0bXByb3h5LWZpeHR1cmU\",\"expires_in\":1800,\"expiry_datetime\":\"2026-11-22T20:26:03.1289527Z\",\"token_type\":\"bearer\"}"
         },
         "redirectURL": "",
         "headersSize": 136,
         "bodySize": 323
        },
        "cache": {},
        "timings": {
         "connect": 1.0581016540527344,
         "ssl": -1.0,
         "send": 0.9915828704833984,
         "receive": 0.9615421295166016,
         "wait": 5.128622055053711
        },
        "serverIPAddress": "127.0.0.1"
       },
       {
        "startedDateTime": "2026-11-22T19:56:03.273264+00:00",
        "time": 3.9968490600585938,
        "request": {
         "method": "GET",
         "url": "http://127.0.0.1:8103/api/v1/customquery/querydb?query=SELECT%20*%20FROM%20sdk.usersex%20WHERE%20field14_50=100234",
         "httpVersion": "HTTP/1.1",
         "cookies": [],
         "headers": [
          {
           "name": "Host",
           "value": "127.0.0.1:8103"
          },
          {
           "name": "User-Agent",
           "value": "curl/7.88.1"
          },
          {
           "name": "Accept",
           "value": "*/*"
          },
          {
           "name": "Accept-Encoding",
           "value": "deflate, gzip, br, zstd"
          },
          {
           "name": "Authorization",
           "value": "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJTeXN0ZW0gZW5naW5lZXIifQ.bWl0bXByb3h5LWZpeHR1cmU"
          }
         ],
         "queryString": [
          {
           "name": "query",
           "value": "SELECT * FROM sdk.usersex WHERE field14_50=100234"
          }
         ],
         "headersSize": 388,
         "bodySize": 0
        },
        "response": {
         "status": 200,
         "statusText": "OK",
         "httpVersion": "HTTP/1.1",
         "cookies": [],
         "headers": [
          {
           "name": "Date",
           "value": "Sun, 22 Nov 2026 19:56:03 GMT"
          },
          {
           "name": "Content-Type",
           "value": "application/json; charset=utf-8"
          },
          {
           "name": "Content-Length",
           "value": "564"
          }
         ],
         "content": {
          "size": 564,
          "compression": 0,
          "mimeType": "application/json; charset=utf-8",
          "text": "[{\"ActivateDate\":\"2026-03-01T00:00:00\",\"Active\":1,\"DepartmentID\":2,\"DepartmentName\":\"Sales\",\"ExpiryDate\":null,\"Extension\":\"\",\"Fax\":\"\",\"Field10_50\":null,\"Field11_50\":null,\"Field12_50\":null,\"Field13_Memo\":null,\"Field14_50\":\"100234\",\"Field1_100\":null,\"Field2_100\":null,\"Field3_50\":null,\"Field4_50\":null,\"Field5_50\":null,\"Field6_60\":null,\"Field7_60\":null,\"Field8_50\":null,\"Field9_50\":\"jan.vandijk@example.com\",\"FirstName\":\"Jan\",\"MiddleName\":\"van\",\"PIN\":\"\",\"Surname\":\"Dijk\",\"Telephone\":\"+31 30 123 4567\",\"UserGUID\":\"00000000-0000-4000-8000-0000000003f4\",\"userID\":1012}]"
         },
         "redirectURL": "",
         "headersSize": 136,
         "bodySize": 564
        },
        "cache": {},
        "timings": {
         "connect": 0.8268356323242188,
         "ssl": -1.0,
         "send": 0.7259845733642578,
         "receive": 0.5717277526855469,
         "wait": 1.8723011016845703
        },
        "serverIPAddress": "127.0.0.1"
       },
       {
        "startedDateTime": "2026-11-22T19:56:03.291366+00:00",
        "time": 3.7817955017089844,
        "request": {
         "method": "PUT",
         "url": "http://127.0.0.1:8103/api/v1/users/1012",
         "httpVersion": "HTTP/1.1",
         "cookies": [],
         "headers": [
          {
           "name": "Host",
           "value": "127.0.0.1:8103"
          },
          {
           "name": "User-Agent",
           "value": "curl/7.88.1"
          },
          {
           "name": "Accept",
           "value": "*/*"
          },
          {
           "name": "Content-Type",
           "value": "application/json"
          },
          {
           "name": "Authorization",
           "value": "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJTeXN0ZW0gZW5naW5lZXIifQ.bWl0bXByb3h5LWZpeHR1cmU"
          },
          {
           "name": "Content-Length",
           "value": "24"
          }
         ],
         "queryString": [],
         "headersSize": 406,
         "bodySize": 24,
         "postData": {
          "mimeType": "application/json",
          "text": "{\"firstName\":\"Johannes\"}",
          "params": []
         }
        },
        "response": {
         "status": 200,
         "statusText": "OK",
         "httpVersion": "HTTP/1.1",
         "cookies": [],
         "headers": [
          {
           "name": "Date",
           "value": "Sun, 22 Nov 2026 19:56:03 GMT"
          },
          {
           "name": "Content-Type",
           "value": "application/json; charset=utf-8"
          },
          {
           "name": "Content-Length",
           "value": "343"
          }
         ],
         "content": {
          "size": 343,
          "compression": 0,
          "mimeType": "application/json; charset=utf-8",
          "text": "{\"activateDate\":\"2026-03-01T00:00:00\",\"customFields\":[{\"id\":9,\"value\":\"jan.vandijk@example.com\"},{\"id\":14,\"value\":\"100234\"}],\"expiryDate\":null,\"extension\":\"\",\"fax\":\"\",\"firstName\":\"Johannes\",\"hasImage\":false,\"id\":1012,\"lastName\":\"Dijk\",\"middleName\":\"van\",\"pin\":\"\",\"telephone\":\"+31 30 123 4567\",\"userGUID\":\"00000000-0000-4000-8000-0000000003f4\"}"
         },
         "redirectURL": "",
         "headersSize": 136,
         "bodySize": 343
        },
        "cache": {},
        "timings": {
         "connect": 0.43654441833496094,
         "ssl": -1.0,
         "send": 0.6389617919921875,
         "receive": 0.6322860717773438,
         "wait": 2.074003219604492
        },
        "serverIPAddress": "127.0.0.1"
       }
      ]
     }
    }
    """#
}
