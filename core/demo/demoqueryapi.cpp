#include "demoqueryapi.h"

#include "demodatabase.h"
#include "demoqueryengine.h"

using namespace Qt::StringLiterals;

namespace {

QJsonObject issuesQuery()
{
    return {{u"kind"_s, u"ErrorTrackingQuery"_s}, {u"status"_s, u"all"_s}, {u"dateRange"_s, QJsonObject{{u"date_from"_s, u"-90d"_s}}}};
}

} // namespace

DemoQueryApi::DemoQueryApi(const DemoDatabase &db, const DemoQueryEngine &queries)
    : m_db(db)
    , m_queries(queries)
{ }

// client_query_id names the run so the caller can cancel it; the demo answers before it could.
DemoReply DemoQueryApi::query(const DemoCall &call) const
{
    const std::optional<QJsonObject> body = call.jsonBody();
    if (!body || !body->value("query"_L1).isObject())
        return DemoReply::error(400, u"validation_error"_s, u"required"_s, u"The body must be a JSON object with a 'query' node."_s, u"query"_s);
    const DemoQueryEngine::Answer answer = m_queries.run(call.team(), body->value("query"_L1).toObject());
    QJsonObject result = answer.body;
    if (answer.status == 200 && body->value("client_query_id"_L1).isString())
        result.insert(u"query_id"_s, body->value("client_query_id"_L1));
    return {answer.status, result};
}

// query.py destroy: cancel_query answers 200 {"message": ...} whether or not the query still runs.
DemoReply DemoQueryApi::cancelQuery(const DemoCall &call) const
{
    Q_UNUSED(call)
    return {200, QJsonObject{{u"message"_s, u"Cancelled query on clickhouse"_s}}};
}

DemoReply DemoQueryApi::issues(const DemoCall &call) const
{
    QJsonObject node = issuesQuery();
    node.insert(u"limit"_s, 100);
    const DemoQueryEngine::Answer answer = m_queries.run(call.team(), node);
    const QJsonArray results = answer.body.value("results"_L1).toArray();
    return {answer.status, call.listEnvelope(results, results.size(), 100, 0)};
}

QJsonArray DemoQueryApi::findIssue(const DemoCall &call) const
{
    QJsonObject node = issuesQuery();
    node.insert(u"issueId"_s, call.id());
    return m_queries.run(call.team(), node).body.value("results"_L1).toArray();
}

DemoReply DemoQueryApi::issue(const DemoCall &call) const
{
    const QJsonArray found = findIssue(call);
    if (found.isEmpty())
        return DemoReply::notFound(u"Error tracking issue"_s);
    return {200, found.first()};
}

DemoReply DemoQueryApi::updateIssue(const DemoCall &call) const
{
    const QJsonArray found = findIssue(call);
    if (found.isEmpty())
        return DemoReply::notFound(u"Error tracking issue"_s);
    static const QStringList statuses = {u"active"_s, u"resolved"_s, u"suppressed"_s, u"pending_release"_s, u"archived"_s};
    const std::optional<QJsonObject> body = call.jsonBody();
    const QString newStatus = body ? body->value("status"_L1).toString() : QString();
    if (!statuses.contains(newStatus))
        return DemoReply::error(400, u"validation_error"_s, u"invalid_choice"_s, u"status must be one of %1."_s.arg(statuses.join(u", "_s)),
                                u"status"_s);
    QSqlQuery q = m_db.query();
    q.prepare(u"INSERT OR REPLACE INTO error_issue_status (id, status) VALUES (?, ?)"_s);
    m_db.exec(q, {call.id(), newStatus});
    QJsonObject issue = found.first().toObject();
    issue.insert(u"status"_s, newStatus);
    return {200, issue};
}
