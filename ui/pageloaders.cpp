#include "pageloaders.h"

#include "posthog/posthogclient.h"
#include "tools/activeprojectstore.h"
#include "tools/markdownrenderer.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PageLoaders", text);
}

QUrl webUrl(PostHogClient *client, qint64 projectId, const QString &path)
{
    QString base = client->connection().webBase().toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(u"%1/project/%2/%3"_s.arg(base).arg(projectId).arg(path));
}

// Every page asks the one ActiveProjectStore, as the window's client: the project agents get
// by default, never a guessed id. A failure becomes the page's error line.
void withProject(ActiveProjectStore *projects, QObject *context, const ResourcePage::Deliver &deliver, std::function<void(qint64)> then)
{
    projects->resolve(ActiveProjectStore::uiClientId(), context,
                      [deliver, then](const ActiveProjectStore::Active &active, const PostHogError &error) {
                          if (!error.isNone())
                              return deliver({}, error.message(), {});
                          then(active.projectId);
                      });
}
} // namespace

ResourcePage::Loader PageLoaders::insights(PostHogClient *client, ActiveProjectStore *projects)
{
    return [client, projects](QObject *context, const QString &search, ResourcePage::Deliver deliver) {
        withProject(projects, context, deliver, [=](qint64 pid) {
            ListOptions options;
            options.search = search;
            options.limit = 100;
            client->insights(pid, options, context, [client, deliver, pid](const PostHogResult<Page<Insight>> &page) {
                if (!page.ok())
                    return deliver({}, page.error().message(), {});
                QList<ResourcePage::Row> rows;
                for (const Insight &i : page.value().results) {
                    ResourcePage::Row row;
                    row.cells = {i.displayName(), i.hogql().isEmpty() ? tr("Insight") : tr("SQL"),
                                 i.lastModifiedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)};
                    row.link = webUrl(client, pid, u"insights/"_s + i.shortId);
                    row.details = u"## %1\n\n%2\n\nshort_id `%3` · %4"_s.arg(i.displayName(), i.description, i.shortId, tr("computing…"));
                    const QString idText = QString::number(i.id);
                    row.loadDetails = [client, idText, pid](QObject *ctx, std::function<void(const QString &)> show) {
                        client->insight(pid, idText, true, ctx, [show](const PostHogResult<Insight> &full) {
                            if (!full.ok())
                                return show(full.error().message());
                            const Insight &f = full.value();
                            QString md = u"## %1\n\n%2\n\n"_s.arg(f.displayName(), f.description);
                            md += tr("Last modified: %1 · Dashboards: %2\n\n").arg(MarkdownRenderer::when(f.lastModifiedAt)).arg(f.dashboards.size());
                            if (!f.hogql().isEmpty())
                                md += u"```sql\n%1\n```\n\n"_s.arg(f.hogql());
                            const QJsonArray result = f.result.toArray();
                            if (!result.isEmpty() && result.first().isArray()) {
                                QStringList columns;
                                for (qsizetype c = 0; c < result.first().toArray().size(); ++c)
                                    columns.append(u"col%1"_s.arg(c + 1));
                                md += MarkdownRenderer::queryTable(columns, result, 6000);
                            } else {
                                for (const QJsonValue &s : result)
                                    md += u"- **%1**: %2\n"_s.arg(s.toObject().value("label"_L1).toString(),
                                                                  MarkdownRenderer::cell(s.toObject().value("count"_L1)));
                            }
                            show(md);
                        });
                    };
                    rows.append(row);
                }
                deliver(rows, {}, tr("%1 saved insight(s).").arg(page.value().count >= 0 ? page.value().count : rows.size()));
            });
        });
    };
}

ResourcePage::Loader PageLoaders::dashboards(PostHogClient *client, ActiveProjectStore *projects)
{
    return [client, projects](QObject *context, const QString &search, ResourcePage::Deliver deliver) {
        withProject(projects, context, deliver, [=](qint64 pid) {
            ListOptions options;
            options.search = search;
            client->dashboards(pid, options, context, [client, deliver, pid](const PostHogResult<Page<Dashboard>> &page) {
                if (!page.ok())
                    return deliver({}, page.error().message(), {});
                QList<ResourcePage::Row> rows;
                for (const Dashboard &d : page.value().results) {
                    ResourcePage::Row row;
                    row.cells = {d.name, d.pinned ? tr("Pinned") : QString(), d.tags.join(u", "_s)};
                    row.link = webUrl(client, pid, u"dashboard/%1"_s.arg(d.id));
                    row.details = u"## %1\n\n%2"_s.arg(d.name, d.description);
                    const qint64 id = d.id;
                    row.loadDetails = [client, id, pid](QObject *ctx, std::function<void(const QString &)> show) {
                        client->dashboard(pid, id, ctx, [show](const PostHogResult<Dashboard> &full) {
                            if (!full.ok())
                                return show(full.error().message());
                            QString md = u"## %1\n\n%2\n\n### %3\n\n"_s.arg(full.value().name, full.value().description, tr("Tiles"));
                            for (const DashboardTile &t : full.value().tiles)
                                md += u"- %1 (`%2`)\n"_s.arg(t.insight.displayName(), t.insight.shortId);
                            show(md);
                        });
                    };
                    rows.append(row);
                }
                deliver(rows, {}, tr("%1 dashboard(s).").arg(rows.size()));
            });
        });
    };
}

ResourcePage::Loader PageLoaders::errors(PostHogClient *client, ActiveProjectStore *projects)
{
    return [client, projects](QObject *context, const QString &search, ResourcePage::Deliver deliver) {
        withProject(projects, context, deliver, [=](qint64 pid) {
            ErrorListOptions options;
            options.search = search;
            options.limit = 100;
            client->errorIssues(pid, options, context, [client, deliver, pid](const PostHogResult<Page<ErrorIssue>> &page) {
                if (!page.ok())
                    return deliver({}, page.error().message(), {});
                QList<ResourcePage::Row> rows;
                qint64 total = 0;
                for (const ErrorIssue &e : page.value().results) {
                    total += e.occurrences;
                    ResourcePage::Row row;
                    row.cells = {e.name, e.description, QString::number(e.occurrences), QString::number(e.users)};
                    row.link = webUrl(client, pid, u"error_tracking/"_s + e.id);
                    row.details = u"## %1\n\n%2"_s.arg(e.name, e.description);
                    const QString id = e.id;
                    row.loadDetails = [client, id, pid](QObject *ctx, std::function<void(const QString &)> show) {
                        client->errorIssueDetails(pid, id, ctx, [show](const PostHogResult<ErrorIssueDetails> &d) {
                            if (!d.ok())
                                return show(d.error().message());
                            QString md = u"## %1\n\n%2\n\n"_s.arg(d.value().issue.name, d.value().issue.description);
                            md += tr("%1 occurrences · %2 users · first seen %3 · last seen %4\n\n")
                                      .arg(d.value().issue.occurrences)
                                      .arg(d.value().issue.users)
                                      .arg(MarkdownRenderer::when(d.value().issue.firstSeen), MarkdownRenderer::when(d.value().issue.lastSeen));
                            md += u"```\n"_s;
                            for (qsizetype i = d.value().frames.size() - 1; i >= 0; --i) {
                                const StackFrame &f = d.value().frames.at(i);
                                md += u"%1 %2 (%3:%4)\n"_s.arg(f.inApp ? u"→"_s : u" "_s, f.function, f.filename).arg(f.line);
                            }
                            show(md + u"```\n"_s);
                        });
                    };
                    rows.append(row);
                }
                deliver(rows, {}, tr("%1 active issue(s), %2 occurrences in the last 7 days.").arg(rows.size()).arg(total));
            });
        });
    };
}

ResourcePage::Loader PageLoaders::llmCosts(PostHogClient *client, ActiveProjectStore *projects)
{
    return [client, projects](QObject *context, const QString &search, ResourcePage::Deliver deliver) {
        withProject(projects, context, deliver, [=](qint64 pid) {
            QString sql
                = u"SELECT properties.$ai_model AS model, properties.$ai_provider AS provider, round(sum(toFloat(properties.$ai_total_cost_usd)), 4) AS cost_usd, "
                  "count() AS calls, sum(toInt(properties.$ai_input_tokens)) AS input_tokens, sum(toInt(properties.$ai_output_tokens)) AS output_tokens "
                  "FROM events WHERE event = '$ai_generation' AND timestamp > now() - INTERVAL 30 DAY"_s;
            if (!search.isEmpty())
                sql += u" AND properties.$ai_model ILIKE '%%1%'"_s.arg(QString(search).remove(QLatin1Char('\'')).remove(QLatin1Char('\\')));
            sql += u" GROUP BY model, provider ORDER BY cost_usd DESC"_s;
            client->hogql(pid, sql, context, [deliver](const PostHogResult<QueryResult> &result) {
                if (!result.ok())
                    return deliver({}, result.error().message(), {});
                QList<ResourcePage::Row> rows;
                double total = 0;
                qint64 calls = 0;
                for (const QJsonValue &v : result.value().rows) {
                    const QJsonArray r = v.toArray();
                    total += r.at(2).toDouble();
                    calls += qint64(r.at(3).toDouble());
                    ResourcePage::Row row;
                    row.cells = {r.at(0).toString(), r.at(1).toString(), u"$%1"_s.arg(r.at(2).toDouble(), 0, 'f', 2),
                                 QString::number(qint64(r.at(3).toDouble()))};
                    row.details = tr("## %1\n\nProvider: %2\n\nCost: $%3 over %4 calls\n\nInput tokens: %5 · Output tokens: %6")
                                      .arg(r.at(0).toString(), r.at(1).toString(), QString::number(r.at(2).toDouble(), 'f', 4))
                                      .arg(qint64(r.at(3).toDouble()))
                                      .arg(qint64(r.at(4).toDouble()))
                                      .arg(qint64(r.at(5).toDouble()));
                    rows.append(row);
                }
                deliver(rows, {}, tr("Last 30 days: $%1 over %2 LLM calls.").arg(QString::number(total, 'f', 2)).arg(calls));
            });
        });
    };
}

ResourcePage::Loader PageLoaders::featureFlags(PostHogClient *client, ActiveProjectStore *projects)
{
    return [client, projects](QObject *context, const QString &search, ResourcePage::Deliver deliver) {
        withProject(projects, context, deliver, [=](qint64 pid) {
            ListOptions options;
            options.search = search;
            client->featureFlags(pid, options, context, [client, deliver, pid](const PostHogResult<Page<FeatureFlag>> &page) {
                if (!page.ok())
                    return deliver({}, page.error().message(), {});
                QList<ResourcePage::Row> rows;
                int active = 0;
                for (const FeatureFlag &f : page.value().results) {
                    active += f.active ? 1 : 0;
                    ResourcePage::Row row;
                    row.cells = {f.key, f.active ? tr("On") : tr("Off"), f.rolloutSummary()};
                    row.link = webUrl(client, pid, u"feature_flags/%1"_s.arg(f.id));
                    row.details = u"## %1\n\n%2\n\n%3"_s.arg(f.key, f.name, f.rolloutSummary());
                    rows.append(row);
                }
                deliver(rows, {}, tr("%1 flag(s), %2 on.").arg(rows.size()).arg(active));
            });
        });
    };
}
