#include "searchtools.h"

#include "markdownrenderer.h"
#include "posthogtoolset.h"
#include "schemabuilder.h"
#include "toolinvocation.h"
#include "toolrendering.h"

#include "posthog/posthogclient.h"

#include <QJsonArray>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

using Active = ActiveProjectStore::Active;

namespace {

// One kind of object the search covers, as the answer shows it.
struct Section
{
    QString kind; // as `types` takes it
    QString title;
    QString detailTool; // shows one item
    QString listTool; // pages through them all
    QStringList lines;
    QJsonArray found; // structured: {type, id, name, url}
    QString note; // why nothing could be searched, or that more exist
};

// The searches run side by side; the answer goes out when the last one is back.
struct SearchRun
{
    QList<Section> sections;
    int pending = 0;
};

struct Hit
{
    QString id; // as the detail tool takes it
    QString name;
    QString extra; // a few words beside the name
    QString path; // in the PostHog web app
};

template <typename T, typename Options>
using Fetch = PostHogCall *(PostHogClient::*)(qint64, const Options &, QObject *, PostHogClient::Callback<Page<T>>);

QString render(const Active &active, const QString &query, const QList<Section> &sections)
{
    QString text = ToolRendering::projectLine(active) + u"\nObjects matching \"%1\":\n"_s.arg(MarkdownRenderer::escape(query));
    int total = 0;
    for (const Section &s : sections) {
        total += int(s.lines.size());
        text += u"\n**%1**"_s.arg(s.title);
        if (!s.note.isEmpty())
            text += u" (%1)"_s.arg(s.note);
        text += s.lines.isEmpty() ? u": none.\n"_s : u" — details with %1:\n"_s.arg(s.detailTool);
        for (const QString &line : s.lines)
            text += u"- "_s + line + u"\n"_s;
    }
    if (total == 0)
        text
            += u"\nNothing matched. Try a shorter word, or list with get_all_insights, get_all_dashboards, get_feature_flags, get_experiments, get_surveys.\n"_s;
    return text;
}

void finishWhenDone(const ToolInvocation &tool, const Active &active, const QString &query, const std::shared_ptr<SearchRun> &run)
{
    if (--run->pending > 0)
        return;
    QJsonArray found;
    for (const Section &s : run->sections) {
        for (const QJsonValue &v : s.found)
            found.append(v);
    }
    tool.finishText(render(active, query, run->sections), {{u"project_id"_s, active.projectId}, {u"results"_s, found}});
}

template <typename T, typename Options = ListOptions>
void searchKind(const ToolInvocation &tool, const Active &active, const QString &query, int limit, const std::shared_ptr<SearchRun> &run, int index,
                Fetch<T, Options> fetch, std::function<Hit(const T &)> hit)
{
    Options options;
    options.search = query;
    options.limit = limit;
    auto done = [tool, active, query, run, index, hit](const PostHogResult<Page<T>> &page) {
        Section &section = run->sections[index];
        if (!page.ok()) {
            const PostHogError &error = page.error();
            section.note = error.missingScope().isEmpty() ? u"not searched: %1"_s.arg(error.message())
                                                          : u"not searched: the API key lacks %1"_s.arg(error.missingScope());
        } else {
            for (const T &item : page.value().results) {
                const Hit h = hit(item);
                const QString url = tool.webUrl(active.projectId, h.path);
                section.lines.append(u"`%1` %2%3 — %4"_s.arg(h.id, MarkdownRenderer::escape(h.name),
                                                             h.extra.isEmpty() ? QString() : u" ("_s + h.extra + u")"_s,
                                                             MarkdownRenderer::link(u"open"_s, url)));
                section.found.append(QJsonObject{{u"type"_s, section.kind}, {u"id"_s, h.id}, {u"name"_s, h.name}, {u"url"_s, url}});
            }
            if (page.value().hasMore)
                section.note = u"more exist: narrow the words, or page with %1 and search"_s.arg(section.listTool);
        }
        finishWhenDone(tool, active, query, run);
    };
    tool.bind((tool.client()->*fetch)(active.projectId, options, tool.context(), done));
}

Hit insightHit(const Insight &i)
{
    return {i.shortId, i.displayName(), {}, u"insights/"_s + i.shortId};
}

Hit dashboardHit(const Dashboard &d)
{
    return {QString::number(d.id), d.name, d.pinned ? u"pinned"_s : QString(), u"dashboard/%1"_s.arg(d.id)};
}

Hit flagHit(const FeatureFlag &f)
{
    const QString extra = (f.name.isEmpty() || f.name == f.key ? QString() : f.name + u"; "_s) + (f.active ? u"active"_s : u"inactive"_s);
    return {QString::number(f.id), f.key, extra, u"feature_flags/%1"_s.arg(f.id)};
}

Hit experimentHit(const Experiment &e)
{
    return {QString::number(e.id), e.name, e.featureFlagKey, u"experiments/%1"_s.arg(e.id)};
}

Hit surveyHit(const Survey &s)
{
    return {s.id, s.name, s.status(), u"surveys/"_s + s.id};
}

const QStringList allKinds = {u"insight"_s, u"dashboard"_s, u"flag"_s, u"experiment"_s, u"survey"_s};

QStringList chosenKinds(const ToolInvocation &tool)
{
    QStringList kinds;
    for (const QJsonValue &v : tool.arguments().value("types"_L1).toArray()) {
        if (allKinds.contains(v.toString()) && !kinds.contains(v.toString()))
            kinds.append(v.toString());
    }
    return kinds.isEmpty() ? allKinds : kinds;
}

void startSearch(const ToolInvocation &tool, const Active &active, const QString &query, const QStringList &kinds, int limit)
{
    auto run = std::make_shared<SearchRun>();
    for (const QString &kind : kinds) {
        if (kind == "insight"_L1)
            run->sections.append({kind, u"Insights"_s, u"get_insight"_s, u"get_all_insights"_s, {}, {}, {}});
        else if (kind == "dashboard"_L1)
            run->sections.append({kind, u"Dashboards"_s, u"get_dashboard"_s, u"get_all_dashboards"_s, {}, {}, {}});
        else if (kind == "flag"_L1)
            run->sections.append({kind, u"Feature flags"_s, u"get_feature_flag"_s, u"get_feature_flags"_s, {}, {}, {}});
        else if (kind == "experiment"_L1)
            run->sections.append({kind, u"Experiments"_s, u"get_experiment_results"_s, u"get_experiments"_s, {}, {}, {}});
        else
            run->sections.append({kind, u"Surveys"_s, u"get_survey_results"_s, u"get_surveys"_s, {}, {}, {}});
    }
    run->pending = int(run->sections.size());
    for (int i = 0; i < run->sections.size(); ++i) {
        const QString &kind = run->sections.at(i).kind;
        if (kind == "insight"_L1)
            searchKind<Insight>(tool, active, query, limit, run, i, &PostHogClient::insights, insightHit);
        else if (kind == "dashboard"_L1)
            searchKind<Dashboard>(tool, active, query, limit, run, i, &PostHogClient::dashboards, dashboardHit);
        else if (kind == "flag"_L1)
            searchKind<FeatureFlag>(tool, active, query, limit, run, i, &PostHogClient::featureFlags, flagHit);
        else if (kind == "experiment"_L1)
            searchKind<Experiment, ExperimentListOptions>(tool, active, query, limit, run, i, &PostHogClient::experiments, experimentHit);
        else
            searchKind<Survey>(tool, active, query, limit, run, i, &PostHogClient::surveys, surveyHit);
    }
}

void searchPostHog(const ToolInvocation &tool)
{
    const QString query = tool.string("query").trimmed();
    if (query.isEmpty())
        return tool.fail(u"Give `query`: words of the name to look for."_s);
    const QStringList kinds = chosenKinds(tool);
    const int limit = tool.integer("limit", 5);
    tool.withProject([tool, query, kinds, limit](const Active &active) { startSearch(tool, active, query, kinds, limit); });
}

const ToolSpec tools[] = {
    {u"search_posthog"_s,
     u"Search PostHog"_s,
     u"Find insights, dashboards, flags, experiments and surveys of the active project by name: ids for the get_* tools, links."_s,
     Stake::NeverAsk,
     true,
     Schema::object({{u"query"_s, Schema::string(u"Words of the name."_s, 1, 200)},
                     {u"types"_s, QJsonObject{{u"type"_s, u"array"_s},
                                              {u"items"_s, Schema::enumeration(u"Kind."_s, allKinds)},
                                              {u"maxItems"_s, 5},
                                              {u"description"_s, u"Default: all kinds."_s}}},
                     {u"limit"_s, Schema::integer(u"Per kind (default 5)."_s, 1, 20)}},
                    {u"query"_s}),
     {},
     searchPostHog},
};

} // namespace

void SearchTools::registerTools(PostHogToolset &toolset)
{
    toolset.add(tools);
}
