#include "demoqueryapi.h"

#include "demodatabase.h"
#include "demoqueryengine.h"

using namespace Qt::StringLiterals;

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
