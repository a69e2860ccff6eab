import Foundation

/// Small pact documents used by the model tests.
enum PactFixtures {
    static let v2 = """
        {
          "consumer": {"name": "acme-crm-connector"}, "provider": {"name": "acme-crm-api"},
          "interactions": [{
            "description": "a request for contacts", "providerState": "contacts exist",
            "request": {"method": "get", "path": "/v2/contacts", "query": "page=2&q=a+b",
                        "headers": {"Accept": "application/json"},
                        "matchingRules": {"$.query.page": {"match": "regex", "regex": "\\\\d+"}}},
            "response": {"status": 200, "headers": {"Content-Type": "application/json"},
                         "body": [{"id": 1}],
                         "matchingRules": {"$.body": {"min": 1, "match": "type"}, "$.body[*].id": {"match": "type"}}}
          }],
          "metadata": {"pactSpecification": {"version": "2.0.0"}}
        }
        """

    static let v3 = """
        {
          "consumer": {"name": "acme-crm-connector"}, "provider": {"name": "acme-crm-api"},
          "interactions": [{
            "description": "a request for contact 42",
            "providerStates": [{"name": "a contact exists", "params": {"id": 42}}],
            "request": {"method": "GET", "path": "/v2/contacts/42", "query": {"expand": ["owner"]},
                        "headers": {"Accept": "application/json", "Authorization": "Bearer abc"},
                        "matchingRules": {"path": {"matchers": [{"match": "regex", "regex": "^/v2/contacts/[0-9]+$"}]},
                                          "header": {"Authorization": {"matchers": [{"match": "regex", "regex": "^Bearer .+$"}]}}}},
            "response": {"status": 200, "headers": {"Content-Type": "application/json"},
                         "body": {"id": 42, "name": "Ada Lovelace", "tags": ["vip"]},
                         "matchingRules": {"body": {"$.id": {"matchers": [{"match": "integer"}]},
                                                    "$.tags": {"matchers": [{"match": "type", "min": 1}], "combine": "AND"}}},
                         "generators": {"body": {"$.id": {"type": "RandomInt", "min": 1, "max": 99}}}}
          }],
          "metadata": {"pactSpecification": {"version": "3.0.0"}, "pact-jvm": {"version": "4.1.7"}}
        }
        """

    static let v4 = """
        {
          "consumer": {"name": "acme-crm-connector"}, "provider": {"name": "acme-crm-api"},
          "interactions": [
            {"type": "Synchronous/HTTP", "key": "b7e1c0d2", "description": "a request for contact 42", "pending": true,
             "comments": {"testname": "ContactsTests.testGetContact"}, "pluginConfiguration": {},
             "providerStates": [{"name": "a contact exists", "params": {"id": 42}}],
             "request": {"method": "GET", "path": "/v2/contacts/42", "headers": {"Accept": ["application/json"]}},
             "response": {"status": 200, "headers": {"Content-Type": ["application/json"]},
                          "body": {"contentType": "application/json", "encoded": false, "content": {"id": 42}},
                          "matchingRules": {"body": {"$.id": {"combine": "AND", "matchers": [{"match": "integer"}]}}}}},
            {"type": "Asynchronous/Messages", "description": "contact created", "contents": {"content": {"id": 1}}}
          ],
          "metadata": {"pactSpecification": {"version": "4.0"}}
        }
        """
}
