#include "demoerrorissueapi.h"

#include "demobackend.h"
#include "demodatabase.h"
#include "demoerrortrackingquery.h"
#include "demojson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

DemoReply issueNotFound()
{
    return DemoReply::error(404, u"invalid_request"_s, u"not_found"_s, u"Issue not found"_s);
}

bool isUuid(const QString &id)
{
    return !QUuid::fromString(id).isNull() || id == "00000000-0000-0000-0000-000000000000"_L1;
}

// How Python's str() shows a JSON value, for DRF's '"{input}" is not a valid choice.'
QString pythonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"True"_s : u"False"_s;
    if (v.isDouble())
        return v.toDouble() == qint64(v.toDouble()) ? QString::number(qint64(v.toDouble())) : QString::number(v.toDouble());
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

// ErrorTrackingIssueUpdateSerializer's checks, in DRF's words.
std::optional<DemoReply> invalidUpdate(const QJsonObject &body)
{
    static const QStringList statuses = {u"archived"_s, u"active"_s, u"resolved"_s, u"pending_release"_s, u"suppressed"_s};
    if (body.contains("status"_L1)) {
        const QJsonValue status = body.value("status"_L1);
        if (status.isNull())
            return DemoReply::error(400, u"validation_error"_s, u"null"_s, u"This field may not be null."_s, u"status"_s);
        if (!status.isString() || !statuses.contains(status.toString()))
            return DemoReply::error(400, u"validation_error"_s, u"invalid_choice"_s, u"\"%1\" is not a valid choice."_s.arg(pythonText(status)),
                                    u"status"_s);
    }
    for (const char *field : {"name", "description"}) {
        const QJsonValue v = body.value(QLatin1String(field));
        if (v.isBool() || v.isArray() || v.isObject())
            return DemoReply::error(400, u"validation_error"_s, u"invalid"_s, u"Not a valid string."_s, QString::fromLatin1(field));
    }
    return std::nullopt;
}

// DRF reads an empty body as {}.
std::optional<QJsonObject> requestFields(const DemoCall &call)
{
    return call.request().body.trimmed().isEmpty() ? std::optional<QJsonObject>(QJsonObject()) : call.jsonBody();
}

// Python's truth of a JSON value, for `if assignee:`.
bool truthy(const QJsonValue &v)
{
    return !(v.isUndefined() || v.isNull() || (v.isBool() && !v.toBool()) || (v.isDouble() && v.toDouble() == 0)
             || (v.isString() && v.toString().isEmpty()) || (v.isArray() && v.toArray().isEmpty()) || (v.isObject() && v.toObject().isEmpty()));
}

QString organizationOf(qint64 team)
{
    return DemoBackend::secondOrganizationProjectIds().contains(team) ? DemoBackend::secondOrganizationId() : DemoBackend::organizationId();
}

} // namespace

DemoErrorIssueApi::DemoErrorIssueApi(const DemoDatabase &db)
    : m_db(db)
{ }

// ErrorTrackingIssueReadSerializer's fields; the list shows the preview ones.
QList<QJsonObject> DemoErrorIssueApi::issues(qint64 team, const QString &issueId) const
{
    QSqlQuery q = m_db.query();
    q.prepare(u"SELECT e.id, coalesce(s.name, e.name), coalesce(s.description, e.description), e.first_seen, coalesce(s.status, 'active'),"
              " a.issue_id, a.user_id, a.role_id FROM ("
              " SELECT json_extract(properties, '$.\"$exception_issue_id\"') AS id, min(json_extract(properties, '$.\"$exception_type\"')) AS name,"
              " min(json_extract(properties, '$.\"$exception_message\"')) AS description, min(timestamp) AS first_seen"
              " FROM events WHERE team_id = ? AND event = '$exception' GROUP BY id) AS e"
              " LEFT JOIN error_issue_status AS s ON s.id = e.id LEFT JOIN error_issue_assignment AS a ON a.issue_id = e.id"
              " WHERE e.id IS NOT NULL AND (? = '' OR e.id = ?) ORDER BY e.first_seen, e.id"_s);
    QList<QJsonObject> found;
    if (!m_db.exec(q, {team, issueId, issueId}))
        return found;
    while (q.next()) {
        found.append({{u"id"_s, q.value(0).toString()},
                      {u"status"_s, q.value(4).toString()},
                      {u"name"_s, q.value(1).toString()},
                      {u"description"_s, q.value(2).toString()},
                      {u"first_seen"_s, DemoJson::iso(q.value(3).toString())},
                      {u"assignee"_s, DemoErrorTrackingQuery::assigneeJson(q, 5)}});
    }
    return found;
}

DemoReply DemoErrorIssueApi::list(const DemoCall &call) const
{
    const QList<QJsonObject> all = issues(call.team(), QString());
    const DemoCall::Paging paging = call.paging();
    QJsonArray page;
    for (qsizetype i = paging.offset; i < all.size() && page.size() < paging.limit; ++i)
        page.append(all.at(i));
    return {200, call.listEnvelope(page, all.size(), paging.limit, paging.offset)};
}

DemoReply DemoErrorIssueApi::retrieve(const DemoCall &call) const
{
    if (!isUuid(call.id()))
        return DemoReply::serverError();
    const QList<QJsonObject> found = issues(call.team(), call.id());
    if (found.isEmpty())
        return issueNotFound();
    QJsonObject issue = found.first();
    issue.insert(u"external_issues"_s, QJsonArray());
    issue.insert(u"cohort"_s, QJsonValue::Null);
    return {200, issue};
}

DemoReply DemoErrorIssueApi::update(const DemoCall &call) const
{
    const std::optional<QJsonObject> fields = requestFields(call);
    if (!fields)
        return DemoReply::badBody();
    if (std::optional<DemoReply> refused = invalidUpdate(*fields))
        return *refused;
    if (!isUuid(call.id()))
        return DemoReply::serverError();
    if (issues(call.team(), call.id()).isEmpty())
        return issueNotFound();
    QSqlQuery q = m_db.query();
    q.prepare(u"INSERT OR IGNORE INTO error_issue_status (id) VALUES (?)"_s);
    m_db.exec(q, {call.id()});
    for (const char *field : {"status", "name", "description"}) {
        if (!fields->contains(QLatin1String(field)))
            continue;
        const QJsonValue v = fields->value(QLatin1String(field));
        q.prepare(u"UPDATE error_issue_status SET %1 = ? WHERE id = ?"_s.arg(QLatin1String(field)));
        m_db.exec(q, {v.isNull() ? QVariant() : QVariant(pythonText(v)), call.id()});
    }
    return retrieve(call);
}

// IssueAssignmentService._validate_assignee: a user must be a member of the project's
// organization (Django's cast of a non-numeric id fails first), a role one of its roles (the
// demo has none); a type that is neither is stored as an assignment of no one, as PostHog does.
std::optional<DemoReply> DemoErrorIssueApi::refusedAssignee(const DemoCall &call, const QJsonObject &assignee) const
{
    if (!assignee.contains("type"_L1) || !assignee.contains("id"_L1))
        return DemoReply::serverError(); // assignee["type"] / ["id"]: a KeyError
    const QString type = assignee.value("type"_L1).toString();
    if (type == "role"_L1)
        return DemoReply::error(400, u"validation_error"_s, u"invalid_input"_s, u"Assignee role does not belong to this organization."_s);
    if (type != "user"_L1)
        return std::nullopt;
    const QString id = pythonText(assignee.value("id"_L1));
    bool numeric = false;
    id.toLongLong(&numeric);
    if (!numeric)
        return DemoReply::error(400, u"validation_error"_s, u"invalid_input"_s, u"Field 'id' expected a number but got '%1'."_s.arg(id));
    QSqlQuery q = m_db.query();
    q.prepare(u"SELECT 1 FROM organization_members WHERE organization_id = ? AND user_id = ?"_s);
    if (m_db.exec(q, {organizationOf(call.team()), id.toLongLong()}) && q.next())
        return std::nullopt;
    return DemoReply::error(400, u"validation_error"_s, u"invalid_input"_s, u"Assignee user does not belong to this organization."_s);
}

DemoReply DemoErrorIssueApi::assign(const DemoCall &call) const
{
    const std::optional<QJsonObject> fields = requestFields(call);
    if (!fields)
        return DemoReply::badBody();
    if (!isUuid(call.id()))
        return DemoReply::serverError();
    if (issues(call.team(), call.id()).isEmpty())
        return issueNotFound();
    const QJsonValue given = fields->value("assignee"_L1);
    if (truthy(given) && !given.isObject())
        return DemoReply::serverError(); // assignee["type"] on a string or a list: a TypeError
    const QJsonObject assignee = given.toObject();
    QSqlQuery q = m_db.query();
    if (!truthy(given)) { // `if assignee:` in PostHog: null, {} and a missing key unassign
        q.prepare(u"DELETE FROM error_issue_assignment WHERE issue_id = ?"_s);
        m_db.exec(q, {call.id()});
        return {200, QJsonObject{{u"success"_s, true}}};
    }
    if (std::optional<DemoReply> refused = refusedAssignee(call, assignee))
        return *refused;
    const QString type = assignee.value("type"_L1).toString();
    q.prepare(u"INSERT OR REPLACE INTO error_issue_assignment (issue_id, user_id, role_id) VALUES (?, ?, ?)"_s);
    m_db.exec(q, {call.id(), type == "user"_L1 ? QVariant(pythonText(assignee.value("id"_L1)).toLongLong()) : QVariant(), QVariant()});
    return {200, QJsonObject{{u"success"_s, true}}};
}
