#include "errortools.h"

#include "markdownrenderer.h"
#include "posthogtoolset.h"
#include "schemabuilder.h"

#include "posthog/posthogclient.h"

using namespace Qt::StringLiterals;

using Active = ActiveProjectStore::Active;

void ErrorTools::registerTools(PostHogToolset &toolset)
{
    PostHogToolset *ts = &toolset;

    toolset.add(
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
              {u"order_by"_s, Schema::enumeration(u"Sort key (default occurrences)."_s,
                                                  {u"occurrences"_s, u"last_seen"_s, u"first_seen"_s, u"users"_s, u"sessions"_s})},
              {u"order_direction"_s, Schema::enumeration(u"Default DESC."_s, {u"DESC"_s, u"ASC"_s})},
              {u"search"_s, Schema::string(u"Words in the exception type or message."_s, 0, 200)},
              {u"include_test_accounts"_s, Schema::boolean(u"Count errors from internal and test users too (default false, as in PostHog)."_s)},
              {u"limit"_s, Schema::integer(u"Page size (default 25)."_s, 1, 100)},
              {u"offset"_s, Schema::integer(u"Skip this many (paging)."_s, 0, 100000)}}),
         {},
         [ts](const ToolCall &call) {
             ts->withProject(call, [ts, call](const Active &active) {
                 const QJsonObject a = call.arguments();
                 ErrorListOptions options;
                 options.status = PostHogToolset::stringArgument(a, "status", options.status);
                 options.dateFrom = PostHogToolset::stringArgument(a, "date_from", options.dateFrom);
                 options.dateTo = PostHogToolset::stringArgument(a, "date_to");
                 options.orderBy = PostHogToolset::stringArgument(a, "order_by", options.orderBy);
                 options.orderDirection = PostHogToolset::stringArgument(a, "order_direction", options.orderDirection);
                 options.search = PostHogToolset::stringArgument(a, "search");
                 options.includeTestAccounts = a.value("include_test_accounts"_L1).toBool(false);
                 options.limit = PostHogToolset::intArgument(a, "limit", 25);
                 options.offset = PostHogToolset::intArgument(a, "offset", 0);
                 ts->client()->errorIssues(active.projectId, options, ts, [ts, call, active, options](const PostHogResult<Page<ErrorIssue>> &page) {
                     if (!page.ok())
                         return call.finish(PostHogToolset::apiError(page.error()));
                     QList<QStringList> rows;
                     for (const ErrorIssue &e : page.value().results)
                         rows.append({MarkdownRenderer::escape(e.name), MarkdownRenderer::escape(e.description.left(90)),
                                      QString::number(e.occurrences), QString::number(e.users), QString::number(e.sessions),
                                      MarkdownRenderer::when(e.lastSeen), e.status, u"`%1`"_s.arg(e.id)});
                     ts->finishText(call, PostHogToolset::projectLine(active)
                                              + u" Issues with status %1 from %2 to %3, %4.\n\n"_s.arg(
                                                  options.status, options.dateFrom, options.dateTo.isEmpty() ? u"now"_s : options.dateTo,
                                                  options.includeTestAccounts ? u"test accounts included"_s : u"test accounts excluded"_s)
                                              + MarkdownRenderer::table({u"type"_s, u"message"_s, u"occurrences"_s, u"users"_s, u"sessions"_s,
                                                                         u"last seen"_s, u"status"_s, u"issue_id"_s},
                                                                        rows, ts->budgetChars() - 400)
                                              + QLatin1Char('\n')
                                              + MarkdownRenderer::pageNote(options.offset, int(page.value().results.size()), -1, page.value().hasMore)
                                              + u" get_error_details shows an issue's stack trace."_s);
                 });
             });
         }});

    toolset.add(
        {u"get_error_details"_s,
         u"Error details"_s,
         u"One error tracking issue: latest stack trace (in-app frames marked), release, occurrences, users, sessions, first/last seen."_s,
         Stake::NeverAsk,
         true,
         Schema::object({{u"issue_id"_s, Schema::string(u"Issue id (uuid) from list_errors."_s, 1, 64)},
                         {u"date_from"_s,
                          Schema::string(u"Window of the counts: relative like -7d, -30d or an ISO date (default -7d, as list_errors)."_s, 1, 40)}},
                        {u"issue_id"_s}),
         {},
         [ts](const ToolCall &call) {
             ts->withProject(call, [ts, call](const Active &active) {
                 const QString issueId = PostHogToolset::stringArgument(call.arguments(), "issue_id");
                 const QString dateFrom = PostHogToolset::stringArgument(call.arguments(), "date_from", u"-7d"_s);
                 ts->client()->errorIssueDetails(
                     active.projectId, issueId, ts,
                     [ts, call, active, issueId](const PostHogResult<ErrorIssueDetails> &details) {
                         if (!details.ok())
                             return call.finish(PostHogToolset::apiError(details.error(), u"list_errors"_s));
                         const ErrorIssueDetails &d = details.value();
                         QString text
                             = PostHogToolset::projectLine(active)
                               + u"\n**%1**: %2 — %3\n"_s.arg(
                                   MarkdownRenderer::escape(d.issue.name), MarkdownRenderer::escape(d.issue.description),
                                   MarkdownRenderer::link(u"open in PostHog"_s, ts->webUrl(active.projectId, u"error_tracking/"_s + issueId)));
                         text += u"Status: %1. Since %7 until now: occurrences %2, users %3, sessions %4. First seen %5; last seen %6.\n"_s
                                     .arg(d.issue.status)
                                     .arg(d.issue.occurrences)
                                     .arg(d.issue.users)
                                     .arg(d.issue.sessions)
                                     .arg(MarkdownRenderer::when(d.issue.firstSeen), MarkdownRenderer::when(d.issue.lastSeen), d.window);
                         if (!d.release.isEmpty())
                             text += u"Release of the latest occurrence: %1.\n"_s.arg(d.release);
                         if (d.frames.isEmpty()) {
                             text += u"\nNo stack trace was captured for the latest occurrence."_s;
                         } else {
                             text += u"\nStack trace of the latest occurrence (%1), innermost frame first:\n```\n"_s.arg(
                                 MarkdownRenderer::when(d.latestAt));
                             for (qsizetype i = d.frames.size() - 1; i >= 0; --i) {
                                 const StackFrame &f = d.frames.at(i);
                                 text += u"%1 %2 (%3:%4:%5)\n"_s.arg(f.inApp ? u"→"_s : u" "_s, f.function, f.filename).arg(f.line).arg(f.column);
                             }
                             text += u"```\n→ marks in-app frames."_s;
                         }
                         ts->finishText(call, text);
                     },
                     dateFrom);
             });
         }});
}
