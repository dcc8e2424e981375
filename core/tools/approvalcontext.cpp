#include "approvalcontext.h"

#include "activeprojectstore.h"
#include "approvalrequest.h"
#include "posthogtoolset.h"

#include "posthog/posthogclient.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
// The arguments each kind of object is named by, and the path of its page in PostHog's web app
// (the same paths the tools link to: dashboardtools.cpp, insighttools.cpp, …).
struct TargetArgument
{
    const char *argument;
    const char *kind;
    const char *path;
};
constexpr TargetArgument targetArguments[] = {
    {"dashboard_id", QT_TRANSLATE_NOOP("ApprovalContext", "Dashboard"), "dashboard/%1"},
    {"insight_id", QT_TRANSLATE_NOOP("ApprovalContext", "Insight"), "insights/%1"},
    {"flag_id", QT_TRANSLATE_NOOP("ApprovalContext", "Feature flag"), "feature_flags/%1"},
    {"issue_id", QT_TRANSLATE_NOOP("ApprovalContext", "Error issue"), "error_tracking/%1"},
};

QString fieldLabel(const QString &field)
{
    if (field == "name"_L1)
        return ApprovalContext::tr("Name");
    if (field == "description"_L1)
        return ApprovalContext::tr("Description");
    if (field == "pinned"_L1)
        return ApprovalContext::tr("Pinned");
    if (field == "tags"_L1)
        return ApprovalContext::tr("Tags");
    if (field == "active"_L1)
        return ApprovalContext::tr("Enabled");
    if (field == "rollout_percentage"_L1)
        return ApprovalContext::tr("Rollout");
    if (field == "status"_L1)
        return ApprovalContext::tr("Status");
    if (field == "query"_L1 || field == "hogql"_L1)
        return ApprovalContext::tr("Query");
    if (field == "filters"_L1)
        return ApprovalContext::tr("Release conditions");
    if (field == "key"_L1)
        return ApprovalContext::tr("Key");
    return field;
}

QString valueText(const QString &field, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isBool())
        return value.toBool() ? ApprovalContext::tr("yes") : ApprovalContext::tr("no");
    if (field == "rollout_percentage"_L1 && value.isDouble())
        return ApprovalContext::tr("%1% of users").arg(value.toDouble());
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(item.isString() ? item.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact)));
        return items.join(u", "_s);
    }
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toString();
}

// One rollout for every release condition, or none when they differ.
QJsonValue uniformRollout(const QJsonObject &filters)
{
    QJsonValue rollout(QJsonValue::Undefined);
    for (const QJsonValue &group : filters.value("groups"_L1).toArray()) {
        const QJsonValue r = group.toObject().value("rollout_percentage"_L1);
        const QJsonValue value = r.isNull() || r.isUndefined() ? QJsonValue(100) : r;
        if (!rollout.isUndefined() && rollout.toDouble() != value.toDouble())
            return QJsonValue(u"(varies by condition)"_s);
        rollout = value;
    }
    return rollout;
}
} // namespace

ApprovalContext::ApprovalContext(ApprovalRequest *request, PostHogToolset *toolset, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_toolset(toolset)
    , m_region(toolset->client()->connection().region())
{ }

QString ApprovalContext::regionLabel() const
{
    if (m_region == PostHogConnection::Region::SelfHosted)
        return tr("Self-hosted (%1)").arg(m_toolset->client()->connection().webBase().host());
    return PostHogConnection::regionLabel(m_region);
}

QString ApprovalContext::actionInWords() const
{
    return m_request ? (m_request->title().isEmpty() ? m_request->tool() : m_request->title()) : QString();
}

QString ApprovalContext::stakeInWords() const
{
    if (!m_request)
        return {};
    const QString tool = m_request->tool();
    const QString what = isDemo() ? tr("in the offline demo workspace (sample data, nothing real changes)") : tr("in your PostHog project");
    if (tool.startsWith("delete_"_L1))
        return tr("Deletes it %1. PostHog keeps deleted items restorable for a while, but anyone who relies on it loses it now.").arg(what);
    if (tool.startsWith("create_"_L1))
        return tr("Creates something new %1. Easy to undo: delete it again.").arg(what);
    if (tool.startsWith("update_"_L1) || tool.startsWith("add_"_L1))
        return tr("Changes data %1; only the fields listed under \"What changes\" change. Undo by changing them back.").arg(what);
    return tr("Changes data %1.").arg(what);
}

void ApprovalContext::resolve()
{
    if (!m_request)
        return;
    m_toolset->projects()->resolve(m_request->clientId().isEmpty() ? ActiveProjectStore::uiClientId() : m_request->clientId(), this,
                                   [this](const ActiveProjectStore::Active &active, const PostHogError &error) {
                                       if (!m_request)
                                           return;
                                       if (!error.isNone()) {
                                           // Nothing to look the objects up in: the requested values are all we know.
                                           m_projectName = tr("unknown (%1)").arg(error.message());
                                           setChanges(requestedChanges({}));
                                           return;
                                       }
                                       m_projectName = active.projectName;
                                       m_organizationName = active.organizationName.isEmpty() ? active.organizationId : active.organizationName;
                                       addTargets(active.projectId);
                                       Q_EMIT changed();
                                   });
}

void ApprovalContext::addTargets(qint64 projectId)
{
    const QJsonObject arguments = m_request->arguments();
    for (const TargetArgument &t : targetArguments) {
        const QJsonValue value = arguments.value(QLatin1String(t.argument));
        if (value.isUndefined())
            continue;
        const QString id = value.isDouble() ? QString::number(value.toInteger()) : value.toString();
        m_targets.append({tr(t.kind), id, {}, QUrl(m_toolset->webUrl(projectId, QString::fromLatin1(t.path).arg(id))), {}});
        const int index = int(m_targets.size()) - 1;
        const QString argument = QLatin1String(t.argument);
        if (argument == "dashboard_id"_L1)
            resolveDashboard(projectId, index);
        else if (argument == "insight_id"_L1)
            resolveInsight(projectId, index);
        else if (argument == "flag_id"_L1)
            resolveFlag(projectId, index);
        else
            resolveIssue(projectId, index);
    }
    // A new object has no "before"; its values are all the person needs. An update that names
    // its object otherwise (a flag by key) shows the requested values without the current ones.
    if (m_request->tool().startsWith("create_"_L1) || (m_request->tool().startsWith("update_"_L1) && m_targets.isEmpty()))
        setChanges(requestedChanges({}));
    else if (!m_request->tool().startsWith("update_"_L1))
        m_changesResolved = true;
}

void ApprovalContext::failTarget(int index, const QString &problem)
{
    m_targets[index].problem = problem;
    if (m_request && m_request->tool().startsWith("update_"_L1))
        setChanges(requestedChanges({}));
    Q_EMIT changed();
}

void ApprovalContext::setChanges(const QList<Change> &changes)
{
    m_changes = changes;
    m_changesResolved = true;
    Q_EMIT changed();
}

QList<ApprovalContext::Change> ApprovalContext::requestedChanges(const QJsonObject &current) const
{
    QList<Change> changes;
    if (!m_request)
        return changes;
    const QJsonObject arguments = m_request->arguments();
    for (auto it = arguments.begin(); it != arguments.end(); ++it) {
        const QString field = it.key();
        if (field.endsWith("_id"_L1) || field == "apply_to_all_groups"_L1)
            continue;
        const QString after = valueText(field, it.value());
        const QString before = valueText(field, current.value(field == "hogql"_L1 ? u"query"_s : field));
        if (!current.isEmpty() && before == after)
            continue; // asked for, but already so: nothing changes
        changes.append({fieldLabel(field), before, after});
    }
    return changes;
}

void ApprovalContext::resolveDashboard(qint64 projectId, int index)
{
    m_toolset->client()->dashboard(projectId, m_targets.at(index).id.toLongLong(), this, [this, index](const PostHogResult<Dashboard> &d) {
        if (!d.ok())
            return failTarget(index, d.error().message());
        const Dashboard &dashboard = d.value();
        m_targets[index].name = dashboard.name;
        if (m_request && m_request->tool().startsWith("update_"_L1))
            setChanges(requestedChanges({{u"name"_s, dashboard.name},
                                         {u"description"_s, dashboard.description},
                                         {u"pinned"_s, dashboard.pinned},
                                         {u"tags"_s, QJsonArray::fromStringList(dashboard.tags)}}));
        Q_EMIT changed();
    });
}

void ApprovalContext::resolveInsight(qint64 projectId, int index)
{
    m_toolset->client()->insight(projectId, m_targets.at(index).id, false, this, [this, index, projectId](const PostHogResult<Insight> &i) {
        if (!i.ok())
            return failTarget(index, i.error().message());
        const Insight &insight = i.value();
        m_targets[index].name = insight.name.isEmpty() ? insight.derivedName : insight.name;
        if (!insight.shortId.isEmpty())
            m_targets[index].url = QUrl(m_toolset->webUrl(projectId, u"insights/"_s + insight.shortId));
        if (m_request && m_request->tool().startsWith("update_"_L1)) {
            const QString hogql = insight.query.value("source"_L1).toObject().value("query"_L1).toString();
            setChanges(requestedChanges({{u"name"_s, insight.name},
                                         {u"description"_s, insight.description},
                                         {u"tags"_s, QJsonArray::fromStringList(insight.tags)},
                                         {u"query"_s, hogql.isEmpty() ? QJsonValue(insight.query) : QJsonValue(hogql)}}));
        }
        Q_EMIT changed();
    });
}

void ApprovalContext::resolveFlag(qint64 projectId, int index)
{
    m_toolset->client()->featureFlag(projectId, m_targets.at(index).id.toLongLong(), this, [this, index](const PostHogResult<FeatureFlag> &f) {
        if (!f.ok())
            return failTarget(index, f.error().message());
        const FeatureFlag &flag = f.value();
        m_targets[index].name = flag.name.isEmpty() ? flag.key : u"%1 (%2)"_s.arg(flag.key, flag.name);
        if (m_request && m_request->tool().startsWith("update_"_L1))
            setChanges(requestedChanges({{u"key"_s, flag.key},
                                         {u"name"_s, flag.name},
                                         {u"active"_s, flag.active},
                                         {u"rollout_percentage"_s, uniformRollout(flag.filters)},
                                         {u"filters"_s, flag.filters}}));
        Q_EMIT changed();
    });
}

void ApprovalContext::resolveIssue(qint64 projectId, int index)
{
    m_toolset->client()->errorIssue(projectId, m_targets.at(index).id, this, [this, index](const PostHogResult<ErrorIssue> &e) {
        if (!e.ok())
            return failTarget(index, e.error().message());
        const ErrorIssue &issue = e.value();
        m_targets[index].name = issue.description.isEmpty() ? issue.name : u"%1: %2"_s.arg(issue.name, issue.description.left(80));
        if (m_request && m_request->tool().startsWith("update_"_L1))
            setChanges(requestedChanges({{u"status"_s, issue.status}}));
        Q_EMIT changed();
    });
}
