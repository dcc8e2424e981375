#include "errortools.h"

#include "listtoolhelper.h"
#include "markdownrenderer.h"
#include "posthogtoolset.h"
#include "schemabuilder.h"
#include "toolrendering.h"

#include "posthog/posthogclient.h"

using namespace Qt::StringLiterals;

using Active = ActiveProjectStore::Active;

namespace {

ErrorListOptions errorListOptions(const ToolInvocation &tool)
{
    ErrorListOptions options;
    options.status = tool.string("status", options.status);
    options.dateFrom = tool.string("date_from", options.dateFrom);
    options.dateTo = tool.string("date_to");
    options.orderBy = tool.string("order_by", options.orderBy);
    options.orderDirection = tool.string("order_direction", options.orderDirection);
    options.search = tool.string("search");
    options.includeTestAccounts = tool.arguments().value("include_test_accounts"_L1).toBool(false);
    options.limit = tool.integer("limit", 25);
    options.offset = tool.integer("offset", 0);
    return options;
}

void listErrors(const ToolInvocation &tool)
{
    const ErrorListOptions options = errorListOptions(tool);
    ListLayout layout({u"type"_s, u"message"_s, u"occurrences"_s, u"users"_s, u"sessions"_s, u"last seen"_s, u"status"_s, u"issue_id"_s},
                      u" get_error_details shows an issue's stack trace."_s);
    layout.intro = u" Issues with status %1 from %2 to %3, %4.\n\n"_s.arg(
        options.status, options.dateFrom, options.dateTo.isEmpty() ? u"now"_s : options.dateTo,
        options.includeTestAccounts ? u"test accounts included"_s : u"test accounts excluded"_s);
    layout.reserve = 400;
    layout.showsTotal = false;
    ListToolHelper::run<ErrorIssue>(tool, options, &PostHogClient::errorIssues, layout, [](const Active &, const ErrorIssue &e) {
        return QStringList{MarkdownRenderer::escape(e.name),
                           MarkdownRenderer::escape(e.description.left(90)),
                           QString::number(e.occurrences),
                           QString::number(e.users),
                           QString::number(e.sessions),
                           MarkdownRenderer::when(e.lastSeen),
                           e.status,
                           u"`%1`"_s.arg(e.id)};
    });
}

QString stackTrace(const ErrorIssueDetails &d)
{
    if (d.frames.isEmpty())
        return u"\nNo stack trace was captured for the latest occurrence."_s;
    QString text = u"\nStack trace of the latest occurrence (%1), innermost frame first:\n```\n"_s.arg(MarkdownRenderer::when(d.latestAt));
    for (qsizetype i = d.frames.size() - 1; i >= 0; --i) {
        const StackFrame &f = d.frames.at(i);
        text += u"%1 %2 (%3:%4:%5)\n"_s.arg(f.inApp ? u"→"_s : u" "_s, f.function, f.filename).arg(f.line).arg(f.column);
    }
    return text + u"```\n→ marks in-app frames."_s;
}

QString errorDetailsText(const ToolInvocation &tool, const Active &active, const QString &issueId, const ErrorIssueDetails &d)
{
    QString text
        = ToolRendering::projectLine(active)
          + u"\n**%1**: %2 — %3\n"_s.arg(MarkdownRenderer::escape(d.issue.name), MarkdownRenderer::escape(d.issue.description),
                                         MarkdownRenderer::link(u"open in PostHog"_s, tool.webUrl(active.projectId, u"error_tracking/"_s + issueId)));
    text += u"Status: %1. Since %7 until now: occurrences %2, users %3, sessions %4. First seen %5; last seen %6.\n"_s.arg(d.issue.status)
                .arg(d.issue.occurrences)
                .arg(d.issue.users)
                .arg(d.issue.sessions)
                .arg(MarkdownRenderer::when(d.issue.firstSeen), MarkdownRenderer::when(d.issue.lastSeen), d.window);
    if (!d.release.isEmpty())
        text += u"Release of the latest occurrence: %1.\n"_s.arg(d.release);
    return text + stackTrace(d);
}

void getErrorDetails(const ToolInvocation &tool)
{
    tool.withProject([tool](const Active &active) {
        const QString issueId = tool.string("issue_id");
        auto done = [tool, active, issueId](const PostHogResult<ErrorIssueDetails> &details) {
            if (!details.ok())
                return tool.fail(details.error(), u"list_errors"_s);
            tool.finishText(errorDetailsText(tool, active, issueId, details.value()));
        };
        tool.bind(tool.client()->errorIssueDetails(active.projectId, issueId, tool.context(), done, tool.string("date_from", u"-7d"_s)));
    });
}

const ToolSpec tools[] = {
    {u"list_errors"_s,
     u"List errors"_s,
     u"Error tracking issues (grouped exceptions) of the active project with occurrences, users and sessions. "
     "Defaults: active, last 7 days, most occurrences first."_s,
     Stake::NeverAsk,
     true,
     Schema::object(
         {{u"status"_s, Schema::enumeration(u"Issue status (default active)."_s,
                                            {u"active"_s, u"resolved"_s, u"suppressed"_s, u"pending_release"_s, u"archived"_s, u"all"_s})},
          {u"date_from"_s, Schema::string(u"Start: relative like -7d, -24h, -30d or an ISO date (default -7d)."_s, 1, 40)},
          {u"date_to"_s, Schema::string(u"End: relative or ISO date (default now)."_s, 1, 40)},
          {u"order_by"_s,
           Schema::enumeration(u"Sort key (default occurrences)."_s, {u"occurrences"_s, u"last_seen"_s, u"first_seen"_s, u"users"_s, u"sessions"_s})},
          {u"order_direction"_s, Schema::enumeration(u"Default DESC."_s, {u"DESC"_s, u"ASC"_s})},
          {u"search"_s, Schema::string(u"Words in the exception type or message."_s, 0, 200)},
          {u"include_test_accounts"_s, Schema::boolean(u"Count errors from internal and test users too (default false, as in PostHog)."_s)},
          {u"limit"_s, Schema::pageSize(25, 100)},
          {u"offset"_s, Schema::pageOffset(100000)}}),
     {},
     listErrors},
    {u"get_error_details"_s,
     u"Error details"_s,
     u"One error tracking issue: latest stack trace (in-app frames marked), release, occurrences, users, sessions, first/last seen."_s,
     Stake::NeverAsk,
     true,
     Schema::object(
         {{u"issue_id"_s, Schema::string(u"Issue id (uuid) from list_errors."_s, 1, 64)},
          {u"date_from"_s, Schema::string(u"Window of the counts: relative like -7d, -30d or an ISO date (default -7d, as list_errors)."_s, 1, 40)}},
         {u"issue_id"_s}),
     {},
     getErrorDetails},
};

} // namespace

void ErrorTools::registerTools(PostHogToolset &toolset)
{
    toolset.add(tools);
}
