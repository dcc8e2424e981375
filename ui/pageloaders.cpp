#include "pageloaders.h"

#include "chartaxis.h"
#include "insightresultcache.h"
#include "insightresultview.h"

#include "posthog/posthogclient.h"
#include "tools/activeprojectstore.h"
#include "tools/markdownrenderer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace PageLoaders { // lupdate gives tr() in these helpers the PageLoaders context
namespace {
using Row = ResourcePage::Row;
using Answer = ResourcePage::Answer;
using Action = ResourcePage::Action;
using Tile = TileGrid::Tile;
using Deliver = ResourcePage::Deliver;
using Request = ResourcePage::Request;
using ShowDetails = std::function<void(const ResourcePage::Details &)>;

// lupdate reads tr(text, nullptr, n) as a plural message, as it does for QObject::tr.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("PageLoaders", text, disambiguation, n);
}

QUrl webUrl(PostHogClient *client, qint64 projectId, const QString &path)
{
    QString base = client->connection().webBase().toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(u"%1/project/%2/%3"_s.arg(base).arg(projectId).arg(path));
}

Answer failed(const QString &message)
{
    Answer answer;
    answer.error = message;
    return answer;
}

// Every page asks the one ActiveProjectStore, as the window's client: the project agents get
// by default, never a guessed id. A failure becomes the page's error line.
void withProject(ActiveProjectStore *projects, QObject *context, const Deliver &deliver, std::function<void(qint64)> then)
{
    projects->resolve(ActiveProjectStore::uiClientId(), context,
                      [deliver, then](const ActiveProjectStore::Active &active, const PostHogError &error) {
                          if (!error.isNone())
                              return deliver(failed(error.message()));
                          then(active.projectId);
                      });
}

QString number(double value)
{
    return ChartAxis::formatExact(value);
}

QString money(double usd)
{
    // The amount is in US dollars whatever the locale; the locale only groups and separates.
    return QLocale().toCurrencyString(usd, u"$"_s, usd != 0 && std::abs(usd) < 1 ? 4 : 2);
}

// HogQL's date bounds for a page's period: whole days, `to` included.
QString periodSql(const Request &request)
{
    return u"timestamp >= toDateTime('%1 00:00:00') AND timestamp < toDateTime('%2 00:00:00')"_s.arg(request.from.toString(Qt::ISODate),
                                                                                                     request.to.addDays(1).toString(Qt::ISODate));
}

QString periodWords(const Request &request)
{
    if (request.days == 1)
        return tr("Today");
    if (request.days > 1)
        return tr("Last %n day(s)", nullptr, request.days);
    return tr("%1 to %2").arg(QLocale().toString(request.from, QLocale::ShortFormat), QLocale().toString(request.to, QLocale::ShortFormat));
}

// ---- Insights ----

Row insightRow(PostHogClient *client, qint64 pid, const Insight &i)
{
    Row row;
    row.cells = {i.displayName(), InsightResultView::kind(i.query), ResourcePage::formatTime(i.lastModifiedAt)};
    row.sortKeys = {{}, {}, i.lastModifiedAt};
    row.link = webUrl(client, pid, u"insights/"_s + i.shortId);
    const bool known = !i.result.isNull() && !i.result.isUndefined();
    row.details = known ? InsightResultView::markdown(i) : InsightResultView::header(i) + tr("Loading the result…");
    const qint64 id = i.id;
    row.loadDetails = [client, pid, id, link = row.link](QObject *context, ShowDetails show) {
        InsightResultCache::of(client)->fetch(
            pid, id, context,
            [show](const PostHogResult<Insight> &full) {
                if (!full.ok())
                    return show({full.error().message()});
                show({InsightResultView::markdown(full.value()), InsightResultView::chart(full.value())});
            },
            [show] { show({tr("PostHog has no cached result for this insight: computing it once…")}); });
    };
    return row;
}
} // namespace
} // namespace PageLoaders

ResourcePage::Loader PageLoaders::insights(PostHogClient *client, ActiveProjectStore *projects)
{
    return [client, projects](QObject *context, const Request &request, Deliver deliver) {
        if (request.refresh)
            InsightResultCache::of(client)->clear();
        withProject(projects, context, deliver, [=](qint64 pid) {
            ListOptions options;
            options.search = request.search;
            options.limit = 50;
            options.offset = request.offset;
            client->insights(pid, options, context, [client, deliver, pid, request](const PostHogResult<Page<Insight>> &page) {
                if (!page.ok())
                    return deliver(failed(page.error().message()));
                Answer answer;
                for (const Insight &i : page.value().results) {
                    InsightResultCache::of(client)->offer(pid, i);
                    answer.rows.append(insightRow(client, pid, i));
                }
                answer.hasMore = page.value().hasMore;
                const qint64 total = page.value().count >= 0 ? page.value().count : request.offset + answer.rows.size();
                answer.summary = tr("%n saved insight(s). Results are PostHog's cached ones; Refresh computes them again.", nullptr, int(total));
                answer.emptyText = request.search.isEmpty()
                                       ? tr("This project has no saved insights yet. Save one from the Query page (Save as insight…).")
                                       : tr("No insight matches \"%1\". Clear the search to see them all.").arg(request.search);
                deliver(answer);
            });
        });
    };
}

namespace PageLoaders { // lupdate gives tr() in these helpers the PageLoaders context
namespace {
// ---- Dashboards ----

// Tile and Action, not TileGrid::Tile and ResourcePage::Action: lupdate would take a qualified
// return type for the tr() context.
Tile dashboardTile(PostHogClient *client, qint64 pid, const DashboardTile &t)
{
    TileGrid::Tile tile;
    if (!t.hasInsight) {
        tile.text = t.text;
        return tile;
    }
    tile.title = t.insight.displayName();
    tile.link = webUrl(client, pid, u"insights/"_s + t.insight.shortId);
    tile.chart = InsightResultView::chart(t.insight);
    if (tile.chart.isEmpty())
        tile.text = tr("*%1: no cached result yet.*").arg(InsightResultView::kind(t.insight.query));
    return tile;
}

// The tiles PostHog sent, then each insight tile without a result filled from the shared
// cache (computing what PostHog has not cached), one at a time.
void fillTiles(PostHogClient *client, qint64 pid, QObject *context, std::shared_ptr<Dashboard> dashboard, qsizetype next, QString header,
               ShowDetails show)
{
    QList<TileGrid::Tile> tiles;
    for (const DashboardTile &t : std::as_const(dashboard->tiles))
        tiles.append(dashboardTile(client, pid, t));
    show({header, {}, tiles});
    const auto needsResult = [](const DashboardTile &t) { return t.hasInsight && (t.insight.result.isNull() || t.insight.result.isUndefined()); };
    while (next < dashboard->tiles.size() && !needsResult(dashboard->tiles.at(next)))
        ++next;
    if (next >= dashboard->tiles.size())
        return;
    InsightResultCache::of(client)->fetch(pid, dashboard->tiles.at(next).insight.id, context, [=](const PostHogResult<Insight> &full) {
        if (full.ok())
            dashboard->tiles[next].insight = full.value();
        else
            dashboard->tiles[next].insight.result = QJsonArray(); // shown as no result, not retried
        fillTiles(client, pid, context, dashboard, next + 1, header, show);
    });
}

Row dashboardRow(PostHogClient *client, qint64 pid, const Dashboard &d)
{
    Row row;
    row.cells = {d.name, d.pinned ? tr("Pinned") : QString(), d.tags.join(u", "_s), ResourcePage::formatTime(d.lastAccessedAt)};
    row.sortKeys = {{}, {}, {}, d.lastAccessedAt};
    row.link = webUrl(client, pid, u"dashboard/%1"_s.arg(d.id));
    row.details = u"## %1\n\n%2"_s.arg(d.name, d.description);
    const qint64 id = d.id;
    row.loadDetails = [client, id, pid](QObject *context, ShowDetails show) {
        client->dashboard(pid, id, context, [client, pid, context, show](const PostHogResult<Dashboard> &full) {
            if (!full.ok())
                return show({full.error().message()});
            const Dashboard &d = full.value();
            const QString header = u"## %1\n\n%2\n\n%3"_s.arg(d.name, d.description,
                                                              tr("%n tile(s). Click a chart to open its insight.", nullptr, int(d.tiles.size())));
            fillTiles(client, pid, context, std::make_shared<Dashboard>(d), 0, header, show);
        });
    };
    return row;
}
} // namespace
} // namespace PageLoaders

ResourcePage::Loader PageLoaders::dashboards(PostHogClient *client, ActiveProjectStore *projects)
{
    return [client, projects](QObject *context, const Request &request, Deliver deliver) {
        if (request.refresh)
            InsightResultCache::of(client)->clear();
        withProject(projects, context, deliver, [=](qint64 pid) {
            ListOptions options;
            options.search = request.search;
            options.offset = request.offset;
            client->dashboards(pid, options, context, [client, deliver, pid, request](const PostHogResult<Page<Dashboard>> &page) {
                if (!page.ok())
                    return deliver(failed(page.error().message()));
                Answer answer;
                for (const Dashboard &d : page.value().results)
                    answer.rows.append(dashboardRow(client, pid, d));
                answer.hasMore = page.value().hasMore;
                answer.summary = tr("%n dashboard(s).", nullptr, int(request.offset + answer.rows.size()));
                answer.emptyText = request.search.isEmpty() ? tr("This project has no dashboards yet. Create one in PostHog, or ask an agent to.")
                                                            : tr("No dashboard matches \"%1\".").arg(request.search);
                deliver(answer);
            });
        });
    };
}

namespace PageLoaders { // lupdate gives tr() in these helpers the PageLoaders context
namespace {
// ---- Errors ----

// The counting window as ErrorTrackingQuery's dateRange takes it ("-7d", or ISO dates).
std::pair<QString, QString> errorWindow(const Request &request)
{
    if (request.days > 0)
        return {u"-%1d"_s.arg(request.days), QString()};
    return {request.from.toString(Qt::ISODate), request.to.addDays(1).toString(Qt::ISODate)};
}

QString statusWords(const QString &status)
{
    static const QHash<QString, const char *> words = {{u"active"_s, QT_TRANSLATE_NOOP("PageLoaders", "Active")},
                                                       {u"resolved"_s, QT_TRANSLATE_NOOP("PageLoaders", "Resolved")},
                                                       {u"suppressed"_s, QT_TRANSLATE_NOOP("PageLoaders", "Suppressed")},
                                                       {u"pending_release"_s, QT_TRANSLATE_NOOP("PageLoaders", "Pending release")},
                                                       {u"archived"_s, QT_TRANSLATE_NOOP("PageLoaders", "Archived")}};
    return words.contains(status) ? tr(words.value(status)) : status;
}

QString framesMarkdown(const QList<StackFrame> &frames)
{
    if (frames.isEmpty())
        return tr("No stack frames were recorded for the latest occurrence.") + u"\n"_s;
    // A list, not a code block: long paths wrap instead of running off the pane.
    QString md = u"### %1\n\n"_s.arg(tr("Stack trace (innermost first)"));
    for (qsizetype i = frames.size() - 1; i >= 0; --i) {
        const StackFrame &f = frames.at(i);
        const QString where = u"%1:%2:%3"_s.arg(f.filename).arg(f.line).arg(f.column);
        md += f.inApp ? u"- **%1** `%2` — %3\n"_s.arg(tr("[in app]"), f.function.isEmpty() ? u"?"_s : f.function, where)
                      : u"- *%1* — %2\n"_s.arg(f.function.isEmpty() ? u"?"_s : f.function, where);
    }
    return md;
}

QString errorDetailsMarkdown(const ErrorIssueDetails &d, const QString &window)
{
    const ErrorIssue &e = d.issue;
    QString md = u"## %1\n\n%2\n\n"_s.arg(e.name, e.description);
    md += tr("**Counted over: %1** — %2, %3, %4.")
              .arg(window, tr("%Ln occurrence(s)", nullptr, int(e.occurrences)), tr("%Ln user(s)", nullptr, int(e.users)),
                   tr("%Ln session(s)", nullptr, int(e.sessions)))
          + u"\n\n"_s;
    md += tr("Status: %1 · first seen %2 · last seen %3")
              .arg(statusWords(e.status), ResourcePage::formatTime(e.firstSeen), ResourcePage::formatTime(e.lastSeen));
    if (!d.release.isEmpty())
        md += tr(" · release %1").arg(d.release);
    return md + u"\n\n"_s + framesMarkdown(d.frames);
}

QString exceptionsPerDaySql(const Request &request)
{
    return u"SELECT toDate(timestamp) AS day, count() AS exceptions FROM events WHERE event = '$exception' AND "_s + periodSql(request)
           + u" GROUP BY day ORDER BY day"_s;
}

Row errorRow(PostHogClient *client, qint64 pid, const ErrorIssue &e, const Request &request, const QString &windowWords)
{
    // "New": first seen inside the counting window, so these occurrences are all it has had.
    const bool isNew = e.firstSeen.isValid() && e.firstSeen.toLocalTime().date() >= request.from;
    Row row;
    row.cells = {e.name,
                 e.description.left(140),
                 isNew ? tr("New") : statusWords(e.status),
                 number(double(e.occurrences)),
                 number(double(e.users)),
                 ResourcePage::formatTime(e.firstSeen),
                 ResourcePage::formatTime(e.lastSeen)};
    row.sortKeys = {{}, {}, {}, e.occurrences, e.users, e.firstSeen, e.lastSeen};
    row.link = webUrl(client, pid, u"error_tracking/"_s + e.id);
    row.details = u"## %1\n\n%2"_s.arg(e.name, e.description);
    const QString id = e.id;
    const QString dateFrom = errorWindow(request).first;
    row.loadDetails = [client, id, pid, dateFrom, windowWords](QObject *context, ShowDetails show) {
        client->errorIssueDetails(
            pid, id, context,
            [show, windowWords](const PostHogResult<ErrorIssueDetails> &d) {
                show({d.ok() ? errorDetailsMarkdown(d.value(), windowWords) : d.error().message()});
            },
            dateFrom);
    };
    return row;
}
} // namespace
} // namespace PageLoaders

ResourcePage::Loader PageLoaders::errors(PostHogClient *client, ActiveProjectStore *projects)
{
    ResourcePage::Loader loader = [client, projects](QObject *context, const Request &request, Deliver deliver) {
        withProject(projects, context, deliver, [=](qint64 pid) {
            ErrorListOptions options;
            options.search = request.search;
            options.status = request.filter.isEmpty() ? u"active"_s : request.filter;
            std::tie(options.dateFrom, options.dateTo) = errorWindow(request);
            options.limit = 50;
            options.offset = request.offset;
            client->errorIssues(pid, options, context, [client, context, deliver, pid, request](const PostHogResult<Page<ErrorIssue>> &page) {
                if (!page.ok())
                    return deliver(failed(page.error().message()));
                Answer answer;
                qint64 total = 0;
                int fresh = 0;
                const QString window = periodWords(request);
                for (const ErrorIssue &e : page.value().results) {
                    total += e.occurrences;
                    answer.rows.append(errorRow(client, pid, e, request, window));
                    fresh += answer.rows.last().cells.at(2) == tr("New") ? 1 : 0;
                }
                answer.hasMore = page.value().hasMore;
                answer.summary = tr("Counted over: %1. %2, %3 new, %4 on this page.")
                                     .arg(window, tr("%Ln issue(s)", nullptr, int(request.offset + answer.rows.size())), number(fresh),
                                          tr("%Ln occurrence(s)", nullptr, int(total)));
                answer.emptyText = tr("No %1 errors in this window (%2). Choose a longer period or another status.")
                                       .arg(statusWords(request.filter).toLower(), window);
                if (request.offset > 0)
                    return deliver(answer);
                client->hogql(pid, exceptionsPerDaySql(request), context, [deliver, answer](const PostHogResult<QueryResult> &daily) mutable {
                    if (daily.ok() && !daily.value().rows.isEmpty()) {
                        answer.overview = ChartData::fromRows(daily.value().columns, {u"Date"_s, u"UInt64"_s}, daily.value().rows, 0, {1});
                        answer.overview.title = tr("Exceptions per day");
                        answer.overview.valueName = tr("Exceptions per day, all issues");
                    }
                    deliver(answer);
                });
            });
        });
    };
    loader.filterLabel = tr("&Status:");
    loader.filters = {{tr("Active"), u"active"_s}, {tr("Resolved"), u"resolved"_s}, {tr("Suppressed"), u"suppressed"_s}, {tr("All"), u"all"_s}};
    loader.periods = true;
    loader.defaultDays = 7;
    return loader;
}

namespace PageLoaders { // lupdate gives tr() in these helpers the PageLoaders context
namespace {
// ---- LLM costs ----

// Generations and embeddings are both billed; like get_llm_costs (core/tools/llmtools.cpp)
// they are counted apart, since an embedding has no output tokens and would skew "per call".
QString llmCostSql(const Request &request)
{
    QString sql = u"SELECT properties.$ai_model AS model, properties.$ai_provider AS provider, "
                  "sum(if(event = '$ai_generation', toFloat(properties.$ai_total_cost_usd), 0)) AS cost_usd, "
                  "sum(if(event = '$ai_generation', 1, 0)) AS calls, "
                  "sum(if(event = '$ai_generation', toInt(properties.$ai_input_tokens), 0)) AS input_tokens, "
                  "sum(if(event = '$ai_generation', toInt(properties.$ai_output_tokens), 0)) AS output_tokens, "
                  "sum(if(event = '$ai_embedding', 1, 0)) AS embeddings, "
                  "sum(if(event = '$ai_embedding', toFloat(properties.$ai_total_cost_usd), 0)) AS embedding_cost_usd "
                  "FROM events WHERE event IN ('$ai_generation', '$ai_embedding') AND "_s
                  + periodSql(request);
    if (!request.search.isEmpty())
        sql += u" AND properties.$ai_model ILIKE '%%1%'"_s.arg(QString(request.search).remove(QLatin1Char('\'')).remove(QLatin1Char('\\')));
    return sql + u" GROUP BY model, provider ORDER BY cost_usd DESC"_s;
}

QString llmDailySql(const Request &request)
{
    return u"SELECT toDate(timestamp) AS day, properties.$ai_model AS model, sum(toFloat(properties.$ai_total_cost_usd)) AS cost_usd "
           "FROM events WHERE event IN ('$ai_generation', '$ai_embedding') AND "_s
           + periodSql(request) + u" GROUP BY day, model"_s;
}

Row llmRow(const QJsonArray &r)
{
    const double generationCost = r.at(2).toDouble(), generations = r.at(3).toDouble();
    const double embeddings = r.at(6).toDouble(), embeddingCost = r.at(7).toDouble();
    // Both are billed calls: the row's cost and calls count both, the details part them.
    const double cost = generationCost + embeddingCost, calls = generations + embeddings;
    const double perCall = calls > 0 ? cost / calls : 0;
    Row row;
    const QString model = r.at(0).isNull() ? tr("(no model)") : r.at(0).toString();
    row.cells = {model,
                 r.at(1).toString(),
                 money(cost),
                 number(calls),
                 calls > 0 ? money(perCall) : QString(),
                 number(r.at(4).toDouble()),
                 number(r.at(5).toDouble()),
                 embeddings > 0 ? number(embeddings) : QString()};
    row.sortKeys = {{}, {}, cost, calls, perCall, r.at(4).toDouble(), r.at(5).toDouble(), embeddings};
    row.details
        = tr("## %1\n\nProvider: %2\n\n| Measure | Value |\n|---|---:|\n| Cost of generations | %3 |\n| Generations | %4 |\n| Cost per generation | %5 |\n"
             "| Input tokens | %6 |\n| Output tokens | %7 |\n| Embeddings | %8 |\n| Cost of embeddings | %9 |\n")
              .arg(model, r.at(1).toString(), money(generationCost), number(generations), money(generations > 0 ? generationCost / generations : 0),
                   number(r.at(4).toDouble()), number(r.at(5).toDouble()), number(embeddings), money(embeddingCost));
    return row;
}

Answer llmAnswer(const QueryResult &table, const Request &request)
{
    Answer answer;
    double total = 0, calls = 0, embeddings = 0;
    for (const QJsonValue &v : table.rows) {
        const QJsonArray r = v.toArray();
        total += r.at(2).toDouble() + r.at(7).toDouble();
        calls += r.at(3).toDouble();
        embeddings += r.at(6).toDouble();
        answer.rows.append(llmRow(r));
    }
    answer.summary = tr("%1: %2 over %3 and %4. Costs in US dollars, as PostHog records them.")
                         .arg(periodWords(request), money(total), tr("%Ln generation(s)", nullptr, int(calls)),
                              tr("%Ln embedding(s)", nullptr, int(embeddings)));
    answer.emptyText = tr("No $ai_generation or $ai_embedding events in this period (%1). Choose a longer period, or set up PostHog's LLM analytics.")
                           .arg(periodWords(request));
    return answer;
}
} // namespace
} // namespace PageLoaders

ResourcePage::Loader PageLoaders::llmCosts(PostHogClient *client, ActiveProjectStore *projects)
{
    ResourcePage::Loader loader = [client, projects](QObject *context, const Request &request, Deliver deliver) {
        withProject(projects, context, deliver, [=](qint64 pid) {
            // One query after the other: queries share a small per-client budget.
            client->hogql(pid, llmCostSql(request), context, [=](const PostHogResult<QueryResult> &table) {
                if (!table.ok())
                    return deliver(failed(table.error().message()));
                client->hogql(pid, llmDailySql(request), context, [=](const PostHogResult<QueryResult> &daily) {
                    Answer answer = llmAnswer(table.value(), request);
                    if (daily.ok() && !daily.value().rows.isEmpty()) {
                        answer.overview
                            = ChartData::fromRows(daily.value().columns, {u"Date"_s, u"String"_s, u"Float64"_s}, daily.value().rows, 0, {2}, 1);
                        answer.overview.style = ChartData::Style::Stacked;
                        answer.overview.title = tr("Cost per day by model");
                        answer.overview.valueName = tr("Cost per day (USD), by model");
                    }
                    deliver(answer);
                });
            });
        });
    };
    loader.periods = true;
    loader.defaultDays = 30;
    return loader;
}

namespace PageLoaders { // lupdate gives tr() in these helpers the PageLoaders context
namespace {
// ---- Feature flags ----

QString conditionMarkdown(const QJsonObject &group, int index)
{
    QStringList properties;
    for (const QJsonValue &p : group.value("properties"_L1).toArray()) {
        const QJsonObject property = p.toObject();
        const QJsonValue value = property.value("value"_L1);
        const QString shown = value.isArray() ? MarkdownRenderer::cell(value) : value.toVariant().toString();
        properties.append(u"`%1` %2 `%3`"_s.arg(property.value("key"_L1).toString(), property.value("operator"_L1).toString(u"exact"_s), shown));
    }
    const QJsonValue rollout = group.value("rollout_percentage"_L1);
    const QString share = rollout.isNull() || rollout.isUndefined() ? u"100"_s : QLocale().toString(rollout.toDouble());
    QString md = tr("Condition %1: %2% of %3")
                     .arg(index)
                     .arg(share, properties.isEmpty() ? tr("everyone") : tr("those where %1").arg(properties.join(tr(" and "))));
    if (!group.value("variant"_L1).toString().isEmpty())
        md += tr(" → variant `%1`").arg(group.value("variant"_L1).toString());
    return md;
}

QString flagMarkdown(const FeatureFlag &f)
{
    QString md = u"## %1\n\n%2\n\n**%3** · %4\n\n"_s.arg(f.key, f.name, f.active ? tr("Active") : tr("Inactive"), f.rolloutSummary());
    const QJsonArray groups = f.filters.value("groups"_L1).toArray();
    md += u"### %1\n\n"_s.arg(tr("Release conditions"));
    for (int i = 0; i < groups.size(); ++i)
        md += u"- "_s + conditionMarkdown(groups.at(i).toObject(), i + 1) + u"\n"_s;
    if (groups.isEmpty())
        md += tr("No conditions: the flag is off for everyone.") + u"\n"_s;
    if (f.filters.contains("aggregation_group_type_index"_L1) && !f.filters.value("aggregation_group_type_index"_L1).isNull())
        md += u"\n"_s + tr("Rolled out per group (type %1), not per person.").arg(f.filters.value("aggregation_group_type_index"_L1).toInt())
              + u"\n"_s;
    const QJsonArray variants = f.filters.value("multivariate"_L1).toObject().value("variants"_L1).toArray();
    const QJsonObject payloads = f.filters.value("payloads"_L1).toObject();
    if (!variants.isEmpty()) {
        md += u"\n### %1\n\n| %2 | %3 | %4 |\n|---|---:|---|\n"_s.arg(tr("Variants"), tr("Key"), tr("Rollout"), tr("Payload"));
        for (const QJsonValue &v : variants) {
            const QString key = v.toObject().value("key"_L1).toString();
            md += u"| `%1` | %2% | %3 |\n"_s.arg(key, QLocale().toString(v.toObject().value("rollout_percentage"_L1).toDouble()),
                                                 payloads.contains(key) ? tr("yes") : tr("no"));
        }
    } else {
        md += u"\n"_s + (payloads.contains("true"_L1) ? tr("A payload is set for the enabled value.") : tr("No payload.")) + u"\n"_s;
    }
    return md;
}

Action flagToggle(PostHogClient *client, qint64 pid, const FeatureFlag &f)
{
    const bool turnOn = !f.active;
    const qint64 id = f.id;
    const QString key = f.key;
    return {turnOn ? tr("Turn o&n…") : tr("Turn o&ff…"), u"toggleFlagButton"_s, [=](QWidget *page, std::function<void(const QString &, bool)> done) {
                auto *box
                    = new QMessageBox(QMessageBox::Question, turnOn ? tr("Turn the flag on?") : tr("Turn the flag off?"),
                                      turnOn ? tr("Turn \"%1\" on? Its release conditions apply again at once, for everyone they match.").arg(key)
                                             : tr("Turn \"%1\" off? Everyone gets the flag's off value at once.").arg(key),
                                      QMessageBox::Cancel, page);
                box->setObjectName(u"confirmFlagToggle"_s);
                box->setAttribute(Qt::WA_DeleteOnClose);
                QPushButton *confirm = box->addButton(turnOn ? tr("Turn on") : tr("Turn off"), QMessageBox::AcceptRole);
                confirm->setObjectName(u"confirmButton"_s);
                box->setDefaultButton(QMessageBox::Cancel);
                QObject::connect(box, &QMessageBox::finished, page, [=] {
                    if (box->clickedButton() != confirm)
                        return done({}, false);
                    client->updateFeatureFlag(pid, id, {{u"active"_s, turnOn}}, page, [=](const PostHogResult<FeatureFlag> &updated) {
                        done(updated.ok() ? (turnOn ? tr("\"%1\" is now on.") : tr("\"%1\" is now off.")).arg(key) : updated.error().message(),
                             updated.ok());
                    });
                });
                box->open(); // window-modal, no nested event loop
            }};
}
} // namespace
} // namespace PageLoaders

ResourcePage::Loader PageLoaders::featureFlags(PostHogClient *client, ActiveProjectStore *projects)
{
    return [client, projects](QObject *context, const Request &request, Deliver deliver) {
        withProject(projects, context, deliver, [=](qint64 pid) {
            ListOptions options;
            options.search = request.search;
            options.offset = request.offset;
            client->featureFlags(pid, options, context, [client, deliver, pid, request](const PostHogResult<Page<FeatureFlag>> &page) {
                if (!page.ok())
                    return deliver(failed(page.error().message()));
                Answer answer;
                int active = 0;
                for (const FeatureFlag &f : page.value().results) {
                    active += f.active ? 1 : 0;
                    Row row;
                    const int variants = int(f.filters.value("multivariate"_L1).toObject().value("variants"_L1).toArray().size());
                    row.cells = {f.key, f.active ? tr("On") : tr("Off"), f.rolloutSummary(), variants > 0 ? number(variants) : QString(),
                                 f.filters.value("payloads"_L1).toObject().isEmpty() ? QString() : tr("yes")};
                    row.sortKeys = {{}, {}, {}, variants};
                    row.link = webUrl(client, pid, u"feature_flags/%1"_s.arg(f.id));
                    row.details = flagMarkdown(f);
                    row.actions = {flagToggle(client, pid, f)};
                    answer.rows.append(row);
                }
                answer.hasMore = page.value().hasMore;
                answer.summary = tr("%Ln flag(s), %1 on.", nullptr, int(request.offset + answer.rows.size())).arg(number(active));
                answer.emptyText = request.search.isEmpty() ? tr("This project has no feature flags yet. Create one in PostHog, or ask an agent to.")
                                                            : tr("No flag matches \"%1\".").arg(request.search);
                deliver(answer);
            });
        });
    };
}
