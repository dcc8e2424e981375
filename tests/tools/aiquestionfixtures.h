#pragma once

// PostHog answers for tst_toolgroups, kept out of the test's .cpp: moc (Qt 6.4) misreads raw
// strings holding quotes.
namespace Fixtures {
inline const char vizAnswer[] = R"([{"type":"message","data":{"type":"ack"}},
            {"type":"message","data":{"type":"ai/viz","plan":"count signups","query":"signups per day",
             "answer":{"kind":"HogQLQuery","query":"SELECT toDate(timestamp) AS day, count() FROM events WHERE event = 'signed_up' GROUP BY day"}}},
            {"type":"message","data":{"type":"ai","content":"Here are the signups per day."}}])";
inline const char failureAnswer[] = R"([{"type":"message","data":{"type":"ai/failure","content":"I could not find a signup event."}}])";
inline const char user[] = R"({"distinct_id":"d","email":"a@example.com","first_name":"A","organization":{"id":"org-1","name":"Acme","slug":"acme"},
                          "team":{"id":7,"name":"Acme web"},"organizations":[{"id":"org-1","name":"Acme","slug":"acme"}]})";
inline const char project[] = R"({"id":7,"uuid":"u","organization":"org-1","name":"Acme web","timezone":"UTC","created_at":"2026-01-01T00:00:00Z"})";
inline const char vizSignups[]
    = R"([{"type":"message","data":{"type":"ai/viz","answer":{"kind":"HogQLQuery","query":"SELECT count() AS signups FROM events WHERE event = 'signed_up'"}}}])";
inline const char querySignups[]
    = R"({"columns":["signups"],"types":[["signups","UInt64"]],"results":[[412]],"hasMore":false,"limit":100,"offset":0})";
inline const char user2[] = R"({"distinct_id":"d","email":"a@example.com","first_name":"A","organization":{"id":"org-1","name":"Acme","slug":"acme"},
                          "team":{"id":7,"name":"Acme web"},"organizations":[]})";
inline const char project2[] = R"({"id":7,"uuid":"u","organization":"org-1","name":"Acme web","timezone":"UTC","created_at":"2026-01-01T00:00:00Z"})";
inline const char refusal[]
    = R"({"type":"authentication_error","code":"permission_denied","detail":"AI data processing must be approved by your organization"})";
} // namespace Fixtures
