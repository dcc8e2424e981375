#include "errortools.h"

#include "markdownrenderer.h"
#include "posthogtoolset.h"
#include "schemabuilder.h"

#include "posthog/posthogclient.h"

using Active = ActiveProjectStore::Active;

void ErrorTools::registerTools(PostHogToolset &toolset)
{
    PostHogToolset *ts = &toolset;

    toolset.add({QStringLiteral("list_errors"), QStringLiteral("List errors"),
                 QStringLiteral("Error tracking issues (grouped exceptions) of the active project with occurrences, users and sessions. "
                                "Defaults: active, last 7 days, most occurrences first."),
                 Stake::NeverAsk, true,
                 Schema::object({{QStringLiteral("status"), Schema::enumeration(QStringLiteral("Issue status (default active)."),
                                                                                {QStringLiteral("active"), QStringLiteral("resolved"), QStringLiteral("suppressed"),
                                                                                 QStringLiteral("pending_release"), QStringLiteral("archived"), QStringLiteral("all")})},
                                 {QStringLiteral("date_from"), Schema::string(QStringLiteral("Start: relative like -7d, -24h, -30d or an ISO date (default -7d)."), 1, 40)},
                                 {QStringLiteral("date_to"), Schema::string(QStringLiteral("End: relative or ISO date (default now)."), 1, 40)},
                                 {QStringLiteral("order_by"), Schema::enumeration(QStringLiteral("Sort key (default occurrences)."),
                                                                                  {QStringLiteral("occurrences"), QStringLiteral("last_seen"), QStringLiteral("first_seen"),
                                                                                   QStringLiteral("users"), QStringLiteral("sessions")})},
                                 {QStringLiteral("order_direction"), Schema::enumeration(QStringLiteral("Default DESC."), {QStringLiteral("DESC"), QStringLiteral("ASC")})},
                                 {QStringLiteral("search"), Schema::string(QStringLiteral("Words in the exception type or message."), 0, 200)},
                                 {QStringLiteral("include_test_accounts"), Schema::boolean(QStringLiteral("Count errors from internal and test users too (default false, as in PostHog)."))},
                                 {QStringLiteral("limit"), Schema::integer(QStringLiteral("Page size (default 25)."), 1, 100)},
                                 {QStringLiteral("offset"), Schema::integer(QStringLiteral("Skip this many (paging)."), 0, 100000)}}),
                 {}, [ts](const ToolCall &call) {
        ts->withProject(call, [ts, call](const Active &active) {
            const QJsonObject a = call.arguments();
            ErrorListOptions options;
            options.status = PostHogToolset::stringArgument(a, "status", options.status);
            options.dateFrom = PostHogToolset::stringArgument(a, "date_from", options.dateFrom);
            options.dateTo = PostHogToolset::stringArgument(a, "date_to");
            options.orderBy = PostHogToolset::stringArgument(a, "order_by", options.orderBy);
            options.orderDirection = PostHogToolset::stringArgument(a, "order_direction", options.orderDirection);
            options.search = PostHogToolset::stringArgument(a, "search");
            options.includeTestAccounts = a.value(QLatin1String("include_test_accounts")).toBool(false);
            options.limit = PostHogToolset::intArgument(a, "limit", 25);
            options.offset = PostHogToolset::intArgument(a, "offset", 0);
            ts->client()->errorIssues(active.projectId, options, ts, [ts, call, active, options](const PostHogResult<Page<ErrorIssue>> &page) {
                if (!page.ok())
                    return call.finish(PostHogToolset::apiError(page.error()));
                QList<QStringList> rows;
                for (const ErrorIssue &e : page.value().results)
                    rows.append({MarkdownRenderer::escape(e.name), MarkdownRenderer::escape(e.description.left(90)), QString::number(e.occurrences),
                                 QString::number(e.users), QString::number(e.sessions), MarkdownRenderer::when(e.lastSeen), e.status,
                                 QStringLiteral("`%1`").arg(e.id)});
                ts->finishText(call, PostHogToolset::projectLine(active) + QStringLiteral(" Issues with status %1 from %2 to %3, %4.\n\n")
                                         .arg(options.status, options.dateFrom, options.dateTo.isEmpty() ? QStringLiteral("now") : options.dateTo,
                                              options.includeTestAccounts ? QStringLiteral("test accounts included") : QStringLiteral("test accounts excluded"))
                                         + MarkdownRenderer::table({QStringLiteral("type"), QStringLiteral("message"), QStringLiteral("occurrences"),
                                                                    QStringLiteral("users"), QStringLiteral("sessions"), QStringLiteral("last seen"),
                                                                    QStringLiteral("status"), QStringLiteral("issue_id")}, rows, ts->budgetChars() - 400)
                                         + QLatin1Char('\n') + MarkdownRenderer::pageNote(options.offset, int(page.value().results.size()), -1, page.value().hasMore)
                                         + QStringLiteral(" get_error_details shows an issue's stack trace."));
            });
        });
    }});

    toolset.add({QStringLiteral("get_error_details"), QStringLiteral("Error details"),
                 QStringLiteral("One error tracking issue: latest stack trace (in-app frames marked), release, occurrences, users, sessions, first/last seen."),
                 Stake::NeverAsk, true,
                 Schema::object({{QStringLiteral("issue_id"), Schema::string(QStringLiteral("Issue id (uuid) from list_errors."), 1, 64)},
                                 {QStringLiteral("date_from"), Schema::string(QStringLiteral("Window of the counts: relative like -7d, -30d or an ISO date (default -7d, as list_errors)."), 1, 40)}},
                                {QStringLiteral("issue_id")}),
                 {}, [ts](const ToolCall &call) {
        ts->withProject(call, [ts, call](const Active &active) {
            const QString issueId = PostHogToolset::stringArgument(call.arguments(), "issue_id");
            const QString dateFrom = PostHogToolset::stringArgument(call.arguments(), "date_from", QStringLiteral("-7d"));
            ts->client()->errorIssueDetails(active.projectId, issueId, ts, [ts, call, active, issueId](const PostHogResult<ErrorIssueDetails> &details) {
                if (!details.ok())
                    return call.finish(PostHogToolset::apiError(details.error(), QStringLiteral("list_errors")));
                const ErrorIssueDetails &d = details.value();
                QString text = PostHogToolset::projectLine(active) + QStringLiteral("\n**%1**: %2 — %3\n")
                                   .arg(MarkdownRenderer::escape(d.issue.name), MarkdownRenderer::escape(d.issue.description),
                                        MarkdownRenderer::link(QStringLiteral("open in PostHog"), ts->webUrl(active.projectId, QStringLiteral("error_tracking/") + issueId)));
                text += QStringLiteral("Status: %1. Since %7 until now: occurrences %2, users %3, sessions %4. First seen %5; last seen %6.\n")
                            .arg(d.issue.status).arg(d.issue.occurrences).arg(d.issue.users).arg(d.issue.sessions)
                            .arg(MarkdownRenderer::when(d.issue.firstSeen), MarkdownRenderer::when(d.issue.lastSeen), d.window);
                if (!d.release.isEmpty())
                    text += QStringLiteral("Release of the latest occurrence: %1.\n").arg(d.release);
                if (d.frames.isEmpty()) {
                    text += QStringLiteral("\nNo stack trace was captured for the latest occurrence.");
                } else {
                    text += QStringLiteral("\nStack trace of the latest occurrence (%1), innermost frame first:\n```\n").arg(MarkdownRenderer::when(d.latestAt));
                    for (qsizetype i = d.frames.size() - 1; i >= 0; --i) {
                        const StackFrame &f = d.frames.at(i);
                        text += QStringLiteral("%1 %2 (%3:%4:%5)\n").arg(f.inApp ? QStringLiteral("→") : QStringLiteral(" "), f.function, f.filename)
                                    .arg(f.line).arg(f.column);
                    }
                    text += QStringLiteral("```\n→ marks in-app frames.");
                }
                ts->finishText(call, text);
            }, dateFrom);
        });
    }});
}
