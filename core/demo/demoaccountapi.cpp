#include "demoaccountapi.h"

#include "demoauth.h"
#include "demobackend.h"
#include "demodatabase.h"
#include "demojson.h"

using namespace Qt::StringLiterals;

namespace {

QJsonObject organizationJson(const QString &id)
{
    const bool main = id == DemoBackend::organizationId();
    return {{u"id"_s, id},
            {u"name"_s, main ? u"Hedgebox Demo"_s : u"Hedgebox Labs"_s},
            {u"slug"_s, main ? u"hedgebox-demo"_s : u"hedgebox-labs"_s},
            {u"membership_level"_s, main ? 15 : 1},
            {u"created_at"_s, main ? u"2026-01-05T09:00:00Z"_s : u"2026-03-12T14:30:00Z"_s}};
}

bool organizationExists(const QString &id)
{
    return id == DemoBackend::organizationId() || id == DemoBackend::secondOrganizationId();
}

QJsonObject organizationBrief(const QJsonObject &o)
{
    return QJsonObject{{u"id"_s, o.value("id"_L1)}, {u"name"_s, o.value("name"_L1)}, {u"slug"_s, o.value("slug"_L1)}};
}

// PostHog's default test account filters (posthog/models/team/team.py): the company's own
// people and local development traffic.
QJsonArray testAccountFilters()
{
    return {
        QJsonObject{{u"key"_s, u"email"_s}, {u"value"_s, u"@posthog.com"_s}, {u"operator"_s, u"not_icontains"_s}, {u"type"_s, u"person"_s}},
        QJsonObject{
            {u"key"_s, u"$host"_s}, {u"value"_s, u"^(localhost|127\\.0\\.0\\.1)($|:)"_s}, {u"operator"_s, u"not_regex"_s}, {u"type"_s, u"event"_s}}};
}

} // namespace

DemoAccountApi::DemoAccountApi(const DemoDatabase &db)
    : m_db(db)
{ }

DemoReply DemoAccountApi::currentUser(const DemoCall &call) const
{
    Q_UNUSED(call)
    const QJsonObject org = organizationJson(DemoBackend::organizationId());
    return {200,
            QJsonObject{
                {u"id"_s, 1}, // organization_members' user 1
                {u"distinct_id"_s, u"demo-user"_s},
                {u"email"_s, u"demo@hedgebox.example"_s},
                {u"first_name"_s, u"Demo"_s},
                {u"organization"_s, organizationBrief(org)},
                {u"team"_s, QJsonObject{{u"id"_s, 1}, {u"name"_s, u"Hedgebox Web"_s}, {u"organization"_s, DemoBackend::organizationId()}}},
                {u"organizations"_s, QJsonArray{organizationBrief(org), organizationBrief(organizationJson(DemoBackend::secondOrganizationId()))}}}};
}

DemoReply DemoAccountApi::currentKey(const DemoCall &call) const
{
    return {200, DemoAuth::currentKeyJson(call.key())};
}

DemoReply DemoAccountApi::organizations(const DemoCall &call) const
{
    const QJsonArray orgs{organizationJson(DemoBackend::organizationId()), organizationJson(DemoBackend::secondOrganizationId())};
    return {200, call.listEnvelope(orgs, orgs.size(), 100, 0)};
}

DemoReply DemoAccountApi::organization(const DemoCall &call) const
{
    if (!organizationExists(call.organization()))
        return DemoReply::notFound(u"Organization"_s);
    return {200, organizationJson(call.organization())};
}

DemoReply DemoAccountApi::organizationProjects(const DemoCall &call) const
{
    if (!organizationExists(call.organization()))
        return DemoReply::notFound(u"Organization"_s);
    return {200, projectList(call, call.organization())};
}

DemoReply DemoAccountApi::belowOrganization(const DemoCall &call) const
{
    return DemoReply::notFound(organizationExists(call.organization()) ? u"Endpoint"_s : u"Organization"_s);
}

DemoReply DemoAccountApi::members(const DemoCall &call) const
{
    if (!organizationExists(call.organization()))
        return DemoReply::notFound(u"Organization"_s);
    QSqlQuery q = m_db.query();
    q.prepare(u"SELECT membership_id, user_id, user_uuid, email, first_name, last_name, level, joined_at FROM organization_members"
              " WHERE organization_id = ? ORDER BY joined_at DESC"_s);
    QJsonArray all;
    if (m_db.exec(q, {call.organization()})) {
        while (q.next()) {
            const QJsonObject user{
                {u"id"_s, q.value(1).toLongLong()},       {u"uuid"_s, q.value(2).toString()},       {u"distinct_id"_s, q.value(2).toString()},
                {u"first_name"_s, q.value(4).toString()}, {u"last_name"_s, q.value(5).toString()},  {u"email"_s, q.value(3).toString()},
                {u"is_email_verified"_s, true},           {u"hedgehog_config"_s, QJsonValue::Null}, {u"role_at_organization"_s, u"engineering"_s}};
            all.append(QJsonObject{{u"id"_s, q.value(0).toString()},
                                   {u"user"_s, user},
                                   {u"level"_s, q.value(6).toInt()},
                                   {u"joined_at"_s, q.value(7).toString()},
                                   {u"updated_at"_s, q.value(7).toString()},
                                   {u"is_2fa_enabled"_s, false},
                                   {u"has_social_auth"_s, false},
                                   {u"last_login"_s, QJsonValue::Null}});
        }
    }
    const DemoCall::Paging paging = call.paging();
    QJsonArray page;
    for (qsizetype i = paging.offset; i < all.size() && page.size() < paging.limit; ++i)
        page.append(all.at(i));
    return {200, call.listEnvelope(page, all.size(), paging.limit, paging.offset)};
}

DemoReply DemoAccountApi::currentOrganizationProjects(const DemoCall &call) const
{
    return {200, projectList(call, DemoBackend::organizationId())};
}

DemoReply DemoAccountApi::project(const DemoCall &call) const
{
    return {200, projectJson(call.team())};
}

// TeamSerializer's fields as /api/projects/{id}/ answers them; api_token included, as PostHog does.
QJsonObject DemoAccountApi::projectJson(qint64 id) const
{
    QSqlQuery q = m_db.query();
    q.prepare(u"SELECT id, uuid, name, created_at, timezone, organization_id FROM projects WHERE id = ?"_s);
    if (!m_db.exec(q, {id}) || !q.next())
        return {};
    return {{u"id"_s, q.value(0).toLongLong()},
            {u"project_id"_s, q.value(0).toLongLong()},
            {u"uuid"_s, q.value(1).toString()},
            {u"organization"_s, q.value(5).toString()},
            {u"name"_s, q.value(2).toString()},
            {u"created_at"_s, DemoJson::iso(q.value(3).toString())},
            {u"updated_at"_s, DemoJson::iso(q.value(3).toString())},
            {u"timezone"_s, q.value(4).toString()},
            {u"api_token"_s, u"phc_demo%1Hedgebox"_s.arg(id)},
            {u"is_demo"_s, true},
            {u"ingested_event"_s, true},
            {u"access_control"_s, false},
            {u"test_account_filters"_s, testAccountFilters()},
            {u"test_account_filters_default_checked"_s, true}};
}

QJsonObject DemoAccountApi::projectList(const DemoCall &call, const QString &organization) const
{
    QJsonArray projects;
    const QList<qint64> ids = organization == DemoBackend::organizationId() ? DemoBackend::projectIds() : DemoBackend::secondOrganizationProjectIds();
    for (qint64 pid : ids)
        projects.append(projectJson(pid));
    return call.listEnvelope(projects, projects.size(), 100, 0);
}
