#include "listtoolhelper.h"

#include "markdownrenderer.h"
#include "posthogtoolset.h"
#include "toolrendering.h"

using namespace Qt::StringLiterals;

ListOptions ListToolHelper::options(const QJsonObject &args, int defaultLimit)
{
    ListOptions options;
    options.search = PostHogToolset::stringArgument(args, "search");
    options.limit = PostHogToolset::intArgument(args, "limit", defaultLimit);
    options.offset = PostHogToolset::intArgument(args, "offset", 0);
    return options;
}

QString ListToolHelper::render(const ToolInvocation::Active &active, const ListLayout &layout, const QList<QStringList> &rows, int budgetChars,
                               int offset, qint64 total, bool hasMore)
{
    return ToolRendering::projectLine(active) + layout.intro + MarkdownRenderer::table(layout.headers, rows, budgetChars - layout.reserve)
           + QLatin1Char('\n') + MarkdownRenderer::pageNote(offset, int(rows.size()), layout.showsTotal ? total : -1, hasMore) + layout.hint;
}
