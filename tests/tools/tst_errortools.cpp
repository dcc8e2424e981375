#include "common/asyncresult.h"
#include "common/demotoolstest.h"
#include "common/isolatedhome.h"
#include "common/mcptestclient.h"
#include "demo/demobackend.h"
#include "mcp/mcpserver.h"
#include "mcp/toolregistry.h"
#include "posthog/posthogclient.h"
#include "settings/settings.h"
#include "tools/approvalpolicy.h"
#include "tools/posthogtoolset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// update_error_issue, get_error_events and list_errors' release/library/URL filters, against the
// demo backend over HTTP, checked against the demo's SQLite read directly. PostHog's behaviour
// they follow: products/error_tracking/backend/api/issues.py (partial_update, assign),
// logic.py (IssueAssignmentService), error_tracking_query_runner.py (filterGroup),
// services/mcp queryIssuesList.ts (the filters PostHog's own tool sends) and
// posthog/hogql_queries/events_query_runner.py (EventsQuery's `after`).
class TestErrorTools : public DemoToolsTest
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    QString m_from; // an ISO date 20 days back: a window boundary both sides agree on exactly

    // Events of team 1 that PostHog's default test account filters keep.
    static QString realUsers()
    {
        return u" AND coalesce(json_extract(properties, '$.\"$host\"'), '') NOT LIKE 'localhost%'"
               " AND person_id NOT IN (SELECT id FROM persons WHERE lower(json_extract(properties, '$.email')) LIKE '%@posthog.com%')"_s;
    }

    QJsonObject call(const QString &name, const QJsonObject &arguments) { return m_mcp.callTool(name, arguments); }
    static QString text(const QJsonObject &result) { return McpTestClient::text(result); }
    static bool isError(const QJsonObject &result) { return McpTestClient::isError(result); }

    QVariant value(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_direct);
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        return q.exec() && q.next() ? q.value(0) : QVariant();
    }
    QStringList column(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_direct);
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        QStringList out;
        if (q.exec()) {
            while (q.next())
                out.append(q.value(0).toString());
        }
        return out;
    }
    // The issue's $exception events in team 1 since m_from, by real users, with `extra` SQL.
    qint64 occurrences(const QString &issueId, const QString &extra = {}, const QVariantList &binds = {})
    {
        return value(u"SELECT count(*) FROM events WHERE team_id = 1 AND event = '$exception' AND timestamp >= ?"
                     " AND json_extract(properties, '$.\"$exception_issue_id\"') = ?"_s
                         + realUsers() + extra,
                     QVariantList{m_from + u" 00:00:00.000"_s, issueId} + binds)
            .toLongLong();
    }
    QString issueOf(const QString &type)
    {
        return value(u"SELECT json_extract(properties, '$.\"$exception_issue_id\"') FROM events WHERE team_id = 1 AND event = '$exception'"
                     " AND json_extract(properties, '$.\"$exception_type\"') = ? LIMIT 1"_s,
                     {type})
            .toString();
    }
    QString statusOf(const QString &issueId)
    {
        const QVariant v = value(u"SELECT status FROM error_issue_status WHERE id = ?"_s, {issueId});
        return v.isNull() ? u"active"_s : v.toString();
    }

    // list_errors' rows by issue id: {occurrences, status}.
    QHash<QString, QPair<qint64, QString>> listed(QJsonObject arguments)
    {
        arguments.insert(u"date_from"_s, m_from);
        arguments.insert(u"status"_s, arguments.value("status"_L1).toString(u"all"_s));
        arguments.insert(u"limit"_s, 100);
        const QJsonObject result = call(u"list_errors"_s, arguments);
        QHash<QString, QPair<qint64, QString>> rows;
        if (isError(result)) {
            QTest::qFail(qPrintable(text(result)), __FILE__, __LINE__);
            return rows;
        }
        static const QRegularExpression id(u"`([0-9a-f-]{36})` \\|$"_s);
        for (const QString &line : text(result).split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch m = id.match(line);
            if (!m.hasMatch())
                continue;
            const QStringList cells = line.split(u" | "_s);
            rows.insert(m.captured(1), {cells.at(2).toLongLong(), cells.at(6)});
        }
        return rows;
    }

    // get_error_events' table rows over every page.
    QList<QStringList> eventRows(const QString &issueId, const QJsonObject &extra = {})
    {
        QList<QStringList> rows;
        for (int offset = 0; offset < 5000; offset += 100) {
            QJsonObject arguments{{u"issue_id"_s, issueId}, {u"date_from"_s, m_from}, {u"limit"_s, 100}, {u"offset"_s, offset}};
            for (auto it = extra.begin(); it != extra.end(); ++it)
                arguments.insert(it.key(), it.value());
            const QJsonObject result = call(u"get_error_events"_s, arguments);
            if (isError(result)) {
                QTest::qFail(qPrintable(text(result)), __FILE__, __LINE__);
                return rows;
            }
            for (const QString &line : text(result).split(QLatin1Char('\n'))) {
                if (line.startsWith("| "_L1) && !line.startsWith("| time |"_L1))
                    rows.append(line.mid(2, line.size() - 4).split(u" | "_s));
            }
            if (!text(result).contains("More available"_L1))
                break;
        }
        return rows;
    }

    struct Http
    {
        int status = 0;
        QJsonObject body;
    };
    Http http(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(m_backend.baseUrl().resolved(QUrl(path)));
        request.setRawHeader("Authorization", "Bearer " + DemoBackend::apiKey().toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, QJsonDocument(body).toJson(QJsonDocument::Compact));
        Http h;
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000)) {
            QTest::qFail("no answer from the demo within 10 s", __FILE__, __LINE__);
            reply->abort();
        }
        h.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        h.body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return h;
    }

    // The person at the desktop lets the agent change issues without asking (Settings > Approvals).
    void approveUpdates(bool allow)
    {
        if (allow)
            m_approvals.setStakeOverride(u"update_error_issue"_s, Stake::NeverAsk);
        else
            m_approvals.clearStakeOverride(u"update_error_issue"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startDemo(20000));
        m_server.setCallGate(
            [this](const ToolDefinition &tool, const ToolCall &call, McpServer::Decide decide) { m_approvals.decide(tool, call, decide); });
        m_from = QDateTime::currentDateTimeUtc().addDays(-20).date().toString(Qt::ISODate);
    }

    // Each new tool costs at most ~800 bytes of tools/list, the list_errors filters ~250.
    void toolsStayWithinTheirBudget()
    {
        const McpTestClient::Answer answer = m_mcp.send(McpTestClient::request(1, u"tools/list"_s));
        QHash<QString, QJsonObject> tools;
        for (const QJsonValue &t : answer.result().value("tools"_L1).toArray())
            tools.insert(t.toObject().value("name"_L1).toString(), t.toObject());
        for (const char *name : {"get_error_events", "update_error_issue"}) {
            const QJsonObject tool = tools.value(QLatin1String(name));
            QVERIFY2(!tool.isEmpty(), name);
            const qsizetype bytes = QJsonDocument(tool).toJson(QJsonDocument::Compact).size();
            qInfo("%s: %lld bytes of tools/list: %s", name, qlonglong(bytes), QJsonDocument(tool).toJson(QJsonDocument::Compact).constData());
            QVERIFY2(bytes <= 800, qPrintable(u"%1: %2 bytes"_s.arg(QLatin1String(name)).arg(bytes)));
        }
        QJsonObject filters;
        const QJsonObject properties = tools.value(u"list_errors"_s).value("inputSchema"_L1).toObject().value("properties"_L1).toObject();
        for (const char *name : {"release", "library", "url"})
            filters.insert(QLatin1String(name), properties.value(QLatin1String(name)));
        const qsizetype filterBytes = QJsonDocument(filters).toJson(QJsonDocument::Compact).size() - 2;
        qInfo("list_errors filters: %lld bytes", qlonglong(filterBytes));
        QVERIFY2(filterBytes <= 250, qPrintable(QString::number(filterBytes)));
        const QJsonObject update = tools.value(u"update_error_issue"_s).value("annotations"_L1).toObject();
        QVERIFY(!update.value("readOnlyHint"_L1).toBool());
        QVERIFY(!update.value("destructiveHint"_L1).toBool());
        QVERIFY(update.value("idempotentHint"_L1).toBool());
        QVERIFY(tools.value(u"get_error_events"_s).value("annotations"_L1).toObject().value("readOnlyHint"_L1).toBool());
        QCOMPARE(PostHogToolset::requiredScopes(u"update_error_issue"_s), QStringList{u"error_tracking:write"_s});
        QCOMPARE(PostHogToolset::requiredScopes(u"get_error_events"_s), (QStringList{u"error_tracking:read"_s, u"query:read"_s}));
    }

    // A low stake asks first; headless, that is a denial, and nothing changes.
    void updateWaitsForApproval()
    {
        const QString issue = issueOf(u"TypeError"_s);
        const QJsonObject denied = call(u"update_error_issue"_s, {{u"issue_id"_s, issue}, {u"status"_s, u"resolved"_s}});
        QVERIFY(isError(denied));
        QVERIFY2(text(denied).contains("Denied"_L1), qPrintable(text(denied)));
        QCOMPARE(statusOf(issue), u"active"_s);
        m_approvals.setInteractive(true);
        auto connection = connect(&m_approvals, &ApprovalPolicy::approvalRequested, this,
                                  [](ApprovalRequest *request) { request->answer(ApprovalRequest::Answer::AllowOnce); });
        const QJsonObject allowed = call(u"update_error_issue"_s, {{u"issue_id"_s, issue}, {u"status"_s, u"active"_s}});
        disconnect(connection);
        m_approvals.setInteractive(false);
        QVERIFY2(!isError(allowed), qPrintable(text(allowed)));
        QVERIFY(text(allowed).contains("Status: active (unchanged)"_L1));
    }

    void statusRoundTripShowsInTheLists()
    {
        approveUpdates(true);
        const QString issue = issueOf(u"TypeError"_s);
        QCOMPARE(listed({}).value(issue).second, u"active"_s);
        const QJsonObject resolved = call(u"update_error_issue"_s, {{u"issue_id"_s, issue}, {u"status"_s, u"resolved"_s}});
        QVERIFY2(!isError(resolved), qPrintable(text(resolved)));
        QVERIFY2(text(resolved).contains(u"Status: active → resolved"_s), qPrintable(text(resolved)));
        QVERIFY(text(resolved).contains(u"/project/1/error_tracking/%1"_s.arg(issue)));
        QCOMPARE(statusOf(issue), u"resolved"_s);
        QVERIFY(listed({{u"status"_s, u"resolved"_s}}).contains(issue));
        QVERIFY(!listed({{u"status"_s, u"active"_s}}).contains(issue));
        const QJsonObject details = call(u"get_error_details"_s, {{u"issue_id"_s, issue}});
        QVERIFY2(text(details).contains("Status: resolved."_L1), qPrintable(text(details)));
        // Idempotent: the same status again changes nothing and says so.
        const QJsonObject again = call(u"update_error_issue"_s, {{u"issue_id"_s, issue}, {u"status"_s, u"resolved"_s}});
        QVERIFY2(text(again).contains("Status: resolved (unchanged)"_L1), qPrintable(text(again)));
        const QJsonObject suppressed = call(u"update_error_issue"_s, {{u"issue_id"_s, issue}, {u"status"_s, u"suppressed"_s}});
        QVERIFY2(text(suppressed).contains(u"Status: resolved → suppressed"_s), qPrintable(text(suppressed)));
        QVERIFY(listed({{u"status"_s, u"suppressed"_s}}).contains(issue));
        const QJsonObject reactivated = call(u"update_error_issue"_s, {{u"issue_id"_s, issue}, {u"status"_s, u"active"_s}});
        QVERIFY2(text(reactivated).contains(u"Status: suppressed → active"_s), qPrintable(text(reactivated)));
        QVERIFY(listed({{u"status"_s, u"active"_s}}).contains(issue));
        // The same error in the other project is another issue, untouched.
        const QString mobile = value(u"SELECT json_extract(properties, '$.\"$exception_issue_id\"') FROM events WHERE team_id = 2"
                                     " AND event = '$exception' AND json_extract(properties, '$.\"$exception_type\"') = 'TypeError' LIMIT 1"_s)
                                   .toString();
        QVERIFY(!mobile.isEmpty() && mobile != issue);
        approveUpdates(false);
    }

    // ErrorTrackingIssueUpdateSerializer's ChoiceField, in DRF's words; the body is validated
    // before the issue is looked up (@validated_request), so a bad status on an unknown id is a 400.
    void invalidStatusIsRefusedAsPostHogWordsIt()
    {
        const QString issue = issueOf(u"TypeError"_s);
        const QString path = u"/api/environments/1/error_tracking/issues/%1/"_s;
        const Http bogus = http("PATCH", path.arg(issue), {{u"status"_s, u"bogus"_s}});
        QCOMPARE(bogus.status, 400);
        QCOMPARE(bogus.body.value("type"_L1).toString(), u"validation_error"_s);
        QCOMPARE(bogus.body.value("code"_L1).toString(), u"invalid_choice"_s);
        QCOMPARE(bogus.body.value("detail"_L1).toString(), u"\"bogus\" is not a valid choice."_s);
        QCOMPARE(bogus.body.value("attr"_L1).toString(), u"status"_s);
        const Http null = http("PATCH", path.arg(issue), {{u"status"_s, QJsonValue::Null}});
        QCOMPARE(null.status, 400);
        QCOMPARE(null.body.value("detail"_L1).toString(), u"This field may not be null."_s);
        const QString unknown = u"00000000-0000-0000-0000-000000000000"_s;
        QCOMPARE(http("PATCH", path.arg(unknown), {{u"status"_s, u"bogus"_s}}).status, 400);
        const Http missing = http("PATCH", path.arg(unknown), {{u"status"_s, u"resolved"_s}});
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.body.value("detail"_L1).toString(), u"Issue not found"_s);
        QCOMPARE(statusOf(issue), u"active"_s);
        // The tool's own schema refuses it before any request, naming the argument.
        const QJsonObject tool = call(u"update_error_issue"_s, {{u"issue_id"_s, issue}, {u"status"_s, u"bogus"_s}});
        QVERIFY(isError(tool));
        QVERIFY2(text(tool).contains("'status'"_L1), qPrintable(text(tool)));
        approveUpdates(true);
        const QJsonObject nothing = call(u"update_error_issue"_s, {{u"issue_id"_s, issue}});
        approveUpdates(false);
        QVERIFY(isError(nothing));
        QVERIFY2(text(nothing).contains("nothing to change"_L1), qPrintable(text(nothing)));
    }

    void assignmentRoundTrip()
    {
        approveUpdates(true);
        const QString issue = issueOf(u"NetworkError"_s);
        auto assigned = [this, &issue] { return value(u"SELECT user_id FROM error_issue_assignment WHERE issue_id = ?"_s, {issue}); };
        const QJsonObject byEmail = call(u"update_error_issue"_s, {{u"issue_id"_s, issue}, {u"assignee"_s, u"Alex.Chen@hedgebox.example"_s}});
        QVERIFY2(!isError(byEmail), qPrintable(text(byEmail)));
        QVERIFY2(text(byEmail).contains(u"Assignee: nobody → alex.chen@hedgebox.example (user 2)"_s), qPrintable(text(byEmail)));
        QCOMPARE(assigned().toInt(), 2);
        QVERIFY2(text(call(u"get_error_details"_s, {{u"issue_id"_s, issue}})).contains("Assignee: user 2."_L1), "details show the assignee");
        const QJsonObject byId = call(u"update_error_issue"_s, {{u"issue_id"_s, issue}, {u"assignee"_s, u"3"_s}, {u"status"_s, u"resolved"_s}});
        QVERIFY2(text(byId).contains(u"alex.chen@hedgebox.example (user 2) → sam.okafor@hedgebox.example (user 3)"_s), qPrintable(text(byId)));
        QVERIFY(text(byId).contains(u"Status: active → resolved"_s));
        QCOMPARE(assigned().toInt(), 3);
        const QJsonObject me = call(u"update_error_issue"_s, {{u"issue_id"_s, issue}, {u"assignee"_s, u"me"_s}});
        QVERIFY2(text(me).contains(u"→ demo@hedgebox.example (user 1)"_s), qPrintable(text(me)));
        // Not a member: refused before any change, with the members to choose from.
        const QJsonObject stranger = call(u"update_error_issue"_s, {{u"issue_id"_s, issue}, {u"assignee"_s, u"nobody@example.com"_s}});
        QVERIFY(isError(stranger));
        QVERIFY2(text(stranger).contains("priya.nair@hedgebox.example"_L1), qPrintable(text(stranger)));
        QCOMPARE(assigned().toInt(), 1);
        // A member of the other organization only: the tool refuses it as PostHog would
        // (logic.py _validate_assignee, checked below on the endpoint), naming who may be chosen.
        const QJsonObject otherOrg = call(u"update_error_issue"_s, {{u"issue_id"_s, issue}, {u"assignee"_s, u"5"_s}});
        QVERIFY(isError(otherOrg));
        QVERIFY2(text(otherOrg).contains("'5' is not a member of the organization Hedgebox Demo"_L1), qPrintable(text(otherOrg)));
        QCOMPARE(assigned().toInt(), 1);
        const Http refused = http("PATCH", u"/api/environments/1/error_tracking/issues/%1/assign/"_s.arg(issue),
                                  {{u"assignee"_s, QJsonObject{{u"id"_s, 5}, {u"type"_s, u"user"_s}}}});
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.body.value("detail"_L1).toString(), u"Assignee user does not belong to this organization."_s);
        QCOMPARE(assigned().toInt(), 1);
        const QJsonObject none = call(u"update_error_issue"_s, {{u"issue_id"_s, issue}, {u"assignee"_s, u"none"_s}, {u"status"_s, u"active"_s}});
        QVERIFY2(text(none).contains(u"Assignee: demo@hedgebox.example (user 1) → nobody"_s), qPrintable(text(none)));
        QVERIFY(assigned().isNull());
        // The assign action as PostHog answers it.
        const QString assignPath = u"/api/environments/1/error_tracking/issues/%1/assign/"_s;
        const Http ok = http("PATCH", assignPath.arg(issue), {{u"assignee"_s, QJsonObject{{u"id"_s, 4}, {u"type"_s, u"user"_s}}}});
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body, (QJsonObject{{u"success"_s, true}}));
        const Http read = http("GET", u"/api/environments/1/error_tracking/issues/%1/"_s.arg(issue));
        QCOMPARE(read.body.value("assignee"_L1).toObject(), (QJsonObject{{u"id"_s, 4}, {u"type"_s, u"user"_s}}));
        QVERIFY(read.body.contains("external_issues"_L1));
        QCOMPARE(http("PATCH", assignPath.arg(u"00000000-0000-0000-0000-000000000000"_s), {{u"assignee"_s, QJsonValue::Null}}).status, 404);
        QCOMPARE(http("PATCH", assignPath.arg(issue), {{u"assignee"_s, QJsonValue::Null}}).status, 200);
        QVERIFY(assigned().isNull());
        approveUpdates(false);
    }

    // Every occurrence in the window, page by page, and nothing else: the count agrees with
    // the issue's events read directly, newest first.
    void eventsAgreeWithTheDatabase()
    {
        const QString issue = issueOf(u"TypeError"_s);
        const QList<QStringList> rows = eventRows(issue);
        const qint64 expected = value(u"SELECT count(*) FROM events WHERE team_id = 1 AND event = '$exception' AND timestamp > ?"
                                      " AND json_extract(properties, '$.\"$exception_issue_id\"') = ?"_s
                                          + realUsers(),
                                      {m_from + u" 00:00:00.000"_s, issue})
                                    .toLongLong();
        QVERIFY(expected > 100); // more than one page
        QCOMPARE(qint64(rows.size()), expected);
        const QString newestSession = value(u"SELECT session_id FROM events WHERE team_id = 1 AND event = '$exception'"
                                            " AND json_extract(properties, '$.\"$exception_issue_id\"') = ?"_s
                                                + realUsers() + u" ORDER BY timestamp DESC LIMIT 1"_s,
                                            {issue})
                                          .toString();
        QCOMPARE(rows.first().at(5), u"`%1`"_s.arg(newestSession));
        const QStringList releases = column(u"SELECT DISTINCT json_extract(r.value, '$.version') FROM events, json_each(events.properties,"
                                            " '$.\"$exception_releases\"') AS r WHERE team_id = 1 AND event = '$exception'"_s);
        for (const QStringList &row : rows) {
            QVERIFY2(releases.contains(row.at(1)), qPrintable(row.join(u" | "_s)));
            QVERIFY2(row.at(2).startsWith("https://hedgebox.example/"_L1), qPrintable(row.at(2))); // test accounts' localhost excluded
            QVERIFY2(row.at(4).endsWith("@example.com"_L1), qPrintable(row.at(4))); // the person's email
            QVERIFY(row.at(6).startsWith("TypeError: Cannot read properties"_L1));
        }
        // The client's window (after, before) and test accounts, which the tool leaves at their defaults.
        ErrorEventOptions window;
        window.issueId = issue;
        window.dateFrom = m_from;
        window.dateTo = QDateTime::currentDateTimeUtc().addDays(-5).date().toString(Qt::ISODate);
        window.includeTestAccounts = true;
        window.limit = 1000;
        AsyncResult<Page<ErrorEvent>> page;
        m_client.errorIssueEvents(1, window, this, page.callback());
        QVERIFY(page.wait(10000));
        QVERIFY(page.result->ok());
        QCOMPARE(qint64(page.result->value().results.size()),
                 value(u"SELECT count(*) FROM events WHERE team_id = 1 AND event = '$exception' AND timestamp > ? AND timestamp < ?"
                       " AND json_extract(properties, '$.\"$exception_issue_id\"') = ?"_s,
                       {m_from + u" 00:00:00.000"_s, window.dateTo + u" 23:59:59.999"_s, issue})
                     .toLongLong());
        QVERIFY(page.result->value().results.size() < rows.size());
        // Server errors (posthog-node) have no page URL.
        const QList<QStringList> server = eventRows(issueOf(u"Error"_s));
        QVERIFY(!server.isEmpty());
        QVERIFY(server.first().at(2).isEmpty());
    }

    void unknownOrQuietIssuesAreExplained()
    {
        const QString unknown = u"00000000-0000-0000-0000-000000000000"_s;
        const QJsonObject events = call(u"get_error_events"_s, {{u"issue_id"_s, unknown}});
        QVERIFY(isError(events));
        QVERIFY2(text(events).contains("not found"_L1) && text(events).contains("list_errors"_L1), qPrintable(text(events)));
        approveUpdates(true);
        const QJsonObject update = call(u"update_error_issue"_s, {{u"issue_id"_s, unknown}, {u"status"_s, u"resolved"_s}});
        QVERIFY(isError(update));
        QVERIFY2(text(update).contains("not found"_L1) && text(update).contains("list_errors"_L1), qPrintable(text(update)));
        const QJsonObject malformed = call(u"update_error_issue"_s, {{u"issue_id"_s, u"x' OR 1=1"_s}, {u"status"_s, u"resolved"_s}});
        QVERIFY(isError(malformed));
        QVERIFY2(text(malformed).contains("not an error issue id"_L1), qPrintable(text(malformed)));
        approveUpdates(false);
        // Fixed days ago: no occurrence in the last day, which is said, not an error.
        const QJsonObject quiet = call(u"get_error_events"_s, {{u"issue_id"_s, issueOf(u"InvalidStateError"_s)}, {u"date_from"_s, u"-1d"_s}});
        QVERIFY2(!isError(quiet), qPrintable(text(quiet)));
        QVERIFY2(text(quiet).contains("No occurrence of error issue **InvalidStateError**"_L1), qPrintable(text(quiet)));
    }

    // Metamorphic: the per-release (per-library) counts of an issue add up to its unfiltered
    // count, and each equals the events read directly.
    void filtersNarrowConsistently()
    {
        const QHash<QString, QPair<qint64, QString>> all = listed({});
        QVERIFY(all.size() >= 8);
        const QString issue = issueOf(u"TypeError"_s);
        QCOMPARE(all.value(issue).first, occurrences(issue));
        const QStringList releases
            = column(u"SELECT DISTINCT json_extract(r.value, '$.version') FROM events, json_each(events.properties, '$.\"$exception_releases\"') AS r"
                     " WHERE team_id = 1 AND event = '$exception' ORDER BY 1"_s);
        QVERIFY(releases.size() >= 2);
        const QString other = issueOf(u"ChunkLoadError"_s);
        for (const QString &id : {issue, other}) {
            qint64 sum = 0;
            for (const QString &release : releases) {
                const qint64 n = listed({{u"release"_s, release}}).value(id).first;
                QCOMPARE(n, occurrences(id, u" AND properties LIKE ?"_s, {u"%\"version\":\"%1\"%"_s.arg(release)}));
                sum += n;
            }
            QCOMPARE(sum, all.value(id).first);
        }
        // A release key (its hash) matches as its version does; a quote is data, not HogQL.
        const QString hash = value(u"SELECT r.key FROM events, json_each(events.properties, '$.\"$exception_releases\"') AS r"
                                   " WHERE team_id = 1 AND json_extract(r.value, '$.version') = ?"_s,
                                   {releases.first()})
                                 .toString();
        QCOMPARE(listed({{u"release"_s, hash}}).value(issue).first, listed({{u"release"_s, releases.first()}}).value(issue).first);
        QVERIFY(listed({{u"release"_s, releases.first() + u"' OR '1'='1"_s}}).isEmpty());
        // Libraries: posthog-node only for the server error, and the two add up.
        const QString server = issueOf(u"Error"_s);
        const auto node = listed({{u"library"_s, u"posthog-node"_s}});
        const auto web = listed({{u"library"_s, u"web"_s}});
        QCOMPARE(node.keys(), QStringList{server});
        QVERIFY(!web.contains(server));
        for (const QString &id : all.keys())
            QCOMPARE(node.value(id).first + web.value(id).first, all.value(id).first);
        // URL: a substring of $current_url, case-insensitive; no URL, no match.
        const auto billing = listed({{u"url"_s, u"/BILLING"_s}});
        QVERIFY(!billing.isEmpty());
        QVERIFY(!billing.contains(server));
        for (const QString &id : billing.keys()) {
            QVERIFY(billing.value(id).first <= all.value(id).first);
            QCOMPARE(billing.value(id).first, occurrences(id, u" AND lower(json_extract(properties, '$.\"$current_url\"')) LIKE '%/billing%'"_s));
        }
        // Filters combine (AND).
        const auto both = listed({{u"url"_s, u"/billing"_s}, {u"release"_s, releases.first()}});
        for (const QString &id : both.keys())
            QVERIFY(both.value(id).first <= qMin(billing.value(id).first, listed({{u"release"_s, releases.first()}}).value(id).first));
        QVERIFY(text(call(u"list_errors"_s, {{u"url"_s, u"/billing"_s}})).contains("only occurrences with URL containing /billing"_L1));
    }

    // The demo refuses what it cannot run instead of ignoring it.
    void demoRefusesFiltersItCannotRun()
    {
        auto query = [this](const QJsonValue &filterGroup) {
            const QJsonObject node{{u"kind"_s, u"ErrorTrackingQuery"_s},
                                   {u"dateRange"_s, QJsonObject{{u"date_from"_s, u"-7d"_s}}},
                                   {u"filterGroup"_s, filterGroup},
                                   {u"volumeResolution"_s, 1}};
            return http("POST", u"/api/environments/1/query/"_s, {{u"query"_s, node}});
        };
        auto group = [](const QJsonObject &filter) {
            return QJsonObject{{u"type"_s, u"AND"_s},
                               {u"values"_s, QJsonArray{QJsonObject{{u"type"_s, u"AND"_s}, {u"values"_s, QJsonArray{filter}}}}}};
        };
        const Http hogql = query(group({{u"type"_s, u"hogql"_s}, {u"key"_s, u"1 = 1"_s}}));
        QCOMPARE(hogql.status, 400);
        QVERIFY2(hogql.body.value("detail"_L1).toString().contains("release filter"_L1), qPrintable(hogql.body.value("detail"_L1).toString()));
        const Http regex = query(group({{u"type"_s, u"event"_s}, {u"key"_s, u"$lib"_s}, {u"operator"_s, u"regex"_s}, {u"value"_s, u"w.*"_s}}));
        QCOMPARE(regex.status, 400);
        QCOMPARE(query(QJsonArray{}).status, 400); // a flat list is not a PropertyGroupFilter
        const Http person = query(group({{u"type"_s, u"person"_s}, {u"key"_s, u"email"_s}, {u"operator"_s, u"icontains"_s}, {u"value"_s, u"@"_s}}));
        QCOMPARE(person.status, 200);
    }

    // posthog/api/organization_member.py: the members an assignee may name.
    void membersAreListedAsPostHogDoes()
    {
        const Http members = http("GET", u"/api/organizations/@current/members/"_s);
        QCOMPARE(members.status, 200);
        const QJsonArray results = members.body.value("results"_L1).toArray();
        QCOMPARE(qint64(results.size()), qint64(members.body.value("count"_L1).toInt()));
        QVERIFY(results.size() >= 4);
        for (const QJsonValue &m : results) {
            const QJsonObject user = m.toObject().value("user"_L1).toObject();
            QVERIFY(user.value("id"_L1).isDouble());
            QVERIFY(user.value("email"_L1).toString().contains(QLatin1Char('@')));
        }
    }
};

QTEST_GUILESS_MAIN(TestErrorTools)
#include "tst_errortools.moc"
