#include "insightquerytools.h"

#include "insightquerybuilder.h"
#include "insightresultrenderer.h"
#include "markdownrenderer.h"
#include "posthogtoolset.h"
#include "toolinvocation.h"
#include "toolrendering.h"

#include "posthog/posthogclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

using Active = ActiveProjectStore::Active;

namespace {

// "Trends of $pageview (dau), signed_up by day, -7d to now, by plan; test accounts excluded."
QString describe(const QJsonObject &args)
{
    QStringList events;
    for (const QJsonValue &v : args.value("events"_L1).toArray()) {
        const QJsonObject e = v.toObject();
        const QString math = e.value("math"_L1).toString();
        events.append(math.isEmpty() || math == "total"_L1 ? e.value("event"_L1).toString() : u"%1 (%2)"_s.arg(e.value("event"_L1).toString(), math));
    }
    const QString kind = args.value("kind"_L1).toString();
    QString text
        = kind == "retention"_L1 ? u"Retention of %1 returning with %2 by %3"_s.arg(
              events.value(0, u"$pageview"_s), events.value(1, events.value(0, u"$pageview"_s)), args.value("interval"_L1).toString(u"day"_s))
                                 : u"%1 of %2%3"_s.arg(kind.at(0).toUpper() + kind.mid(1), events.join(u", "_s),
                                                       kind == "funnel"_L1 ? u" within %1 days"_s.arg(args.value("funnel_window_days"_L1).toInt(14))
                                                                           : u" by "_s + args.value("interval"_L1).toString(u"day"_s));
    text += u", %1 to %2"_s.arg(args.value("date_from"_L1).toString(u"-7d"_s), args.value("date_to"_L1).toString(u"now"_s));
    if (args.contains("breakdown"_L1))
        text += u", broken down by %1 property %2"_s.arg(args.value("breakdown_type"_L1).toString(u"event"_s), args.value("breakdown"_L1).toString());
    if (args.value("compare"_L1).toBool())
        text += u", with the previous period"_s;
    return text + (args.value("filter_test_accounts"_L1).toBool(true) ? u"; test accounts excluded."_s : u"; test accounts included."_s);
}

// products/product_analytics/manifest.tsx urls.insightNew({query}): /insights/new#q=<node JSON>
// opens the query unsaved in PostHog's insight editor.
QString editorLink(const ToolInvocation &tool, qint64 projectId, const QJsonObject &source)
{
    const QByteArray json = QJsonDocument(InsightQueryBuilder::vizNode(source)).toJson(QJsonDocument::Compact);
    const QString url = tool.webUrl(projectId, u"insights/new#q="_s + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(json))));
    return url.size() < 8000
               ? u"\n%1 (save it with create_insight, same arguments as `insight`).\n"_s.arg(MarkdownRenderer::link(u"Open in PostHog"_s, url))
               : QString();
}

void runInsightQuery(const ToolInvocation &tool)
{
    QString error;
    const QJsonObject source = InsightQueryBuilder::source(tool.arguments(), &error);
    if (source.isEmpty())
        return tool.fail(u"Input validation error: %1"_s.arg(error));
    tool.withProject([tool, source](const Active &active) {
        tool.call().reportProgress(0, 1, u"running the query"_s);
        tool.bind(tool.client()->query(active.projectId, source, tool.context(), [tool, active, source](const PostHogResult<QJsonObject> &answer) {
            if (!answer.ok())
                return tool.fail(answer.error());
            tool.call().reportProgress(1, 1);
            const QString head = ToolRendering::projectLine(active) + u"\n%1\n\n"_s.arg(describe(tool.arguments()));
            const QString link = editorLink(tool, active.projectId, source);
            QString text = head
                           + InsightResultRenderer::render(source.value("kind"_L1).toString(), answer.value().value("results"_L1).toArray(),
                                                           tool.budgetChars() - int(head.size() + link.size()) - 300);
            if (answer.value().value("hasMore"_L1).toBool())
                text += u"\nOnly the top breakdown values are listed; the rest are summed in \"Other\".\n"_s;
            tool.finishText(text + link);
        }));
    });
}

const ToolSpec tools[] = {
    {u"run_insight_query"_s,
     u"Run an insight"_s,
     u"Run a product-analytics insight (unsaved): trends, funnel, retention, lifecycle or stickiness, as tables with a "
     "PostHog link."_s,
     Stake::NeverAsk,
     true,
     InsightQueryBuilder::inputSchema(),
     {},
     runInsightQuery},
};

} // namespace

void InsightQueryTools::registerTools(PostHogToolset &toolset)
{
    toolset.add(tools);
}
