#include "errortools.h"

#include "listtoolhelper.h"
#include "markdownrenderer.h"
#include "posthogtoolset.h"
#include "schemabuilder.h"
#include "toolrendering.h"

#include "posthog/posthogclient.h"

#include <memory>

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
    options.release = tool.string("release").trimmed();
    options.library = tool.string("library").trimmed();
    options.url = tool.string("url").trimmed();
    return options;
}

QString filterText(const ErrorListOptions &o)
{
    QStringList parts;
    if (!o.release.isEmpty())
        parts.append(u"release %1"_s.arg(MarkdownRenderer::escape(o.release)));
    if (!o.library.isEmpty())
        parts.append(u"library %1"_s.arg(MarkdownRenderer::escape(o.library)));
    if (!o.url.isEmpty())
        parts.append(u"URL containing %1"_s.arg(MarkdownRenderer::escape(o.url)));
    return parts.isEmpty() ? QString() : u", only occurrences with "_s + parts.join(u", "_s);
}

void listErrors(const ToolInvocation &tool)
{
    const ErrorListOptions options = errorListOptions(tool);
    ListLayout layout({u"type"_s, u"message"_s, u"occurrences"_s, u"users"_s, u"sessions"_s, u"last seen"_s, u"status"_s, u"issue_id"_s},
                      u" get_error_details shows an issue's stack trace."_s);
    layout.intro = u" Issues with status %1 from %2 to %3, %4%5.\n\n"_s.arg(
        options.status, options.dateFrom, options.dateTo.isEmpty() ? u"now"_s : options.dateTo,
        options.includeTestAccounts ? u"test accounts included"_s : u"test accounts excluded"_s, filterText(options));
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

// "alex@example.com (user 2)", "user 2", "role <uuid>", "nobody".
QString assigneeText(const QString &type, const QString &id, const QList<OrganizationMember> &members)
{
    if (type.isEmpty())
        return u"nobody"_s;
    if (type == "user"_L1) {
        for (const OrganizationMember &m : members) {
            if (QString::number(m.userId) == id)
                return u"%1 (user %2)"_s.arg(MarkdownRenderer::escape(m.email), id);
        }
    }
    return u"%1 %2"_s.arg(type, id);
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
    text += u"Assignee: %1.\n"_s.arg(assigneeText(d.issue.assigneeType, d.issue.assigneeId, {}));
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

// update_error_issue: read the issue, resolve the assignee to an organization member, PATCH the
// status, PATCH the assign action (products/error_tracking/backend/api/issues.py), read it
// again, and show before → after.
struct IssueUpdate
{
    ToolInvocation tool;
    Active active;
    QString issueId;
    QString status; // empty: unchanged
    QString assignee; // the argument: email, user id, "me", "none"; empty: unchanged
    ErrorIssue before;
    QList<OrganizationMember> members;
    QString targetType; // after resolving `assignee`: "user" or "" (nobody)
    QString targetId;
};
using Update = std::shared_ptr<IssueUpdate>;

void finishUpdate(const Update &u)
{
    u->tool.bind(u->tool.client()->errorIssue(u->active.projectId, u->issueId, u->tool.context(), [u](const PostHogResult<ErrorIssue> &after) {
        if (!after.ok())
            return u->tool.fail(after.error(), u"list_errors"_s);
        const ErrorIssue &a = after.value();
        auto change = [](const QString &from, const QString &to) { return from == to ? u"%1 (unchanged)"_s.arg(to) : u"%1 → %2"_s.arg(from, to); };
        QString text = u"Updated error issue **%1** (`%2`) — %3\n"_s.arg(
            MarkdownRenderer::escape(a.name), u->issueId,
            MarkdownRenderer::link(u"open in PostHog"_s, u->tool.webUrl(u->active.projectId, u"error_tracking/"_s + u->issueId)));
        text += u"- Status: %1\n"_s.arg(change(u->before.status, a.status));
        text += u"- Assignee: %1\n"_s.arg(
            change(assigneeText(u->before.assigneeType, u->before.assigneeId, u->members), assigneeText(a.assigneeType, a.assigneeId, u->members)));
        u->tool.finishText(ToolRendering::underProject(u->active, text));
    }));
}

void applyAssignee(const Update &u)
{
    if (u->assignee.isEmpty())
        return finishUpdate(u);
    u->tool.bind(u->tool.client()->assignErrorIssue(u->active.projectId, u->issueId, u->targetType, u->targetId, u->tool.context(),
                                                    [u](const PostHogResult<QJsonObject> &done) {
                                                        if (!done.ok())
                                                            return u->tool.fail(done.error(), u"list_errors"_s);
                                                        finishUpdate(u);
                                                    }));
}

void applyStatus(const Update &u)
{
    if (u->status.isEmpty())
        return applyAssignee(u);
    u->tool.bind(u->tool.client()->updateErrorIssueStatus(u->active.projectId, u->issueId, u->status, u->tool.context(),
                                                          [u](const PostHogResult<ErrorIssue> &updated) {
                                                              if (!updated.ok())
                                                                  return u->tool.fail(updated.error(), u"list_errors"_s);
                                                              applyAssignee(u);
                                                          }));
}

// The member the `assignee` argument names: an email (any case) or a numeric user id.
void chooseMember(const Update &u, const QString &wanted, const PostHogResult<QList<OrganizationMember>> &members)
{
    bool numeric = false;
    wanted.toLongLong(&numeric);
    if (members.ok())
        u->members = members.value();
    else if (!numeric) // an email can only be looked up in the member list
        return u->tool.fail(members.error());
    u->targetType = u"user"_s;
    for (const OrganizationMember &m : std::as_const(u->members)) {
        if (numeric ? QString::number(m.userId) == wanted : m.email.compare(wanted, Qt::CaseInsensitive) == 0) {
            u->targetId = QString::number(m.userId);
            return applyStatus(u);
        }
    }
    if (numeric && !members.ok()) { // members unknown: PostHog checks the membership itself
        u->targetId = wanted;
        return applyStatus(u);
    }
    QStringList emails;
    for (const OrganizationMember &m : std::as_const(u->members))
        emails.append(m.email);
    u->tool.fail(u"Input validation error: '%1' is not a member of the organization %2, so the issue cannot be assigned to them. "
                 "Nothing was changed. Members: %3."_s.arg(
                     wanted.left(100), u->active.organizationName.isEmpty() ? u->active.organizationId : u->active.organizationName,
                     emails.mid(0, 20).join(u", "_s)));
}

void resolveAssignee(const Update &u)
{
    if (u->assignee.isEmpty() || u->assignee.compare("none"_L1, Qt::CaseInsensitive) == 0) { // "none": targetType stays empty
        if (u->before.assigneeType != "user"_L1)
            return applyStatus(u);
        // Only to name the current assignee: without the members, "user 2" says enough.
        u->tool.bind(u->tool.client()->organizationMembers(u->active.organizationId, u->tool.context(),
                                                           [u](const PostHogResult<QList<OrganizationMember>> &members) {
                                                               if (members.ok())
                                                                   u->members = members.value();
                                                               applyStatus(u);
                                                           }));
        return;
    }
    auto lookUp = [u](const QString &wanted) {
        u->tool.bind(u->tool.client()->organizationMembers(
            u->active.organizationId, u->tool.context(),
            [u, wanted](const PostHogResult<QList<OrganizationMember>> &members) { chooseMember(u, wanted, members); }));
    };
    if (u->assignee.compare("me"_L1, Qt::CaseInsensitive) != 0)
        return lookUp(u->assignee.trimmed());
    u->tool.bind(u->tool.client()->currentUser(u->tool.context(), [u, lookUp](const PostHogResult<CurrentUser> &me) {
        if (!me.ok())
            return u->tool.fail(me.error());
        lookUp(me.value().email);
    }));
}

void updateErrorIssue(const ToolInvocation &tool)
{
    if (!tool.has("status") && !tool.has("assignee"))
        return tool.fail(u"Input validation error: nothing to change; give status and/or assignee."_s);
    tool.withProject([tool](const Active &active) {
        auto u = std::make_shared<IssueUpdate>(
            IssueUpdate{tool, active, tool.string("issue_id"), tool.string("status"), tool.string("assignee"), {}, {}, {}, {}});
        tool.bind(tool.client()->errorIssue(active.projectId, u->issueId, tool.context(), [u](const PostHogResult<ErrorIssue> &before) {
            if (!before.ok())
                return u->tool.fail(before.error(), u"list_errors"_s);
            u->before = before.value();
            resolveAssignee(u);
        }));
    });
}

ErrorEventOptions errorEventOptions(const ToolInvocation &tool)
{
    ErrorEventOptions options;
    options.issueId = tool.string("issue_id");
    const QString from = tool.string("date_from");
    if (!from.trimmed().isEmpty())
        options.dateFrom = from.trimmed();
    options.limit = tool.integer("limit", options.limit);
    options.offset = tool.integer("offset", 0);
    return options;
}

QStringList eventRow(const ErrorEvent &e)
{
    QStringList client{e.browser, e.os};
    client.removeAll(QString());
    const QString person = !e.email.isEmpty() ? e.email : e.distinctId;
    return {MarkdownRenderer::when(e.timestamp),
            MarkdownRenderer::escape(e.releases.join(u", "_s)),
            MarkdownRenderer::escape(e.url.left(100)),
            MarkdownRenderer::escape(client.join(u" / "_s)),
            MarkdownRenderer::escape(person.left(60)),
            e.sessionId.isEmpty() ? QString() : u"`%1`"_s.arg(e.sessionId),
            MarkdownRenderer::escape(u"%1: %2"_s.arg(e.exceptionType, e.message).left(120))};
}

QString eventsText(const ToolInvocation &tool, const Active &active, const ErrorEventOptions &o, const Page<ErrorEvent> &page)
{
    QList<QStringList> rows;
    for (const ErrorEvent &e : page.results)
        rows.append(eventRow(e));
    const QString intro = u"\nOccurrences of error issue `%1` from %2 to %3, newest first, %4 — %5\n\n"_s.arg(
        o.issueId, o.dateFrom, o.dateTo.isEmpty() ? u"now"_s : o.dateTo,
        o.includeTestAccounts ? u"test accounts included"_s : u"test accounts excluded"_s,
        MarkdownRenderer::link(u"open in PostHog"_s, tool.webUrl(active.projectId, u"error_tracking/"_s + o.issueId)));
    int shown = 0;
    const QString table = MarkdownRenderer::table({u"time"_s, u"release"_s, u"URL"_s, u"browser / OS"_s, u"person"_s, u"session"_s, u"exception"_s},
                                                  rows, tool.budgetChars() - 600, &shown);
    return ToolRendering::projectLine(active) + intro + table + QLatin1Char('\n')
           + MarkdownRenderer::pageNote(o.offset, shown, -1, page.hasMore || shown < rows.size()) + u" get_error_details shows the stack trace."_s;
}

// No row: an unknown issue (the issues endpoint says 404) or one quiet in the window.
void noOccurrence(const ToolInvocation &tool, const Active &active, const ErrorEventOptions &o)
{
    tool.bind(tool.client()->errorIssue(active.projectId, o.issueId, tool.context(), [tool, active, o](const PostHogResult<ErrorIssue> &issue) {
        if (!issue.ok())
            return tool.fail(issue.error(), u"list_errors"_s);
        tool.finishText(ToolRendering::underProject(
            active,
            u"No occurrence of error issue **%1** (`%2`) from %3 to %4 (%5; first seen %6). Widen date_from, e.g. -30d."_s.arg(
                MarkdownRenderer::escape(issue.value().name), o.issueId, o.dateFrom, o.dateTo.isEmpty() ? u"now"_s : o.dateTo,
                o.includeTestAccounts ? u"test accounts included"_s : u"test accounts excluded"_s, MarkdownRenderer::when(issue.value().firstSeen))));
    }));
}

void getErrorEvents(const ToolInvocation &tool)
{
    tool.withProject([tool](const Active &active) {
        const ErrorEventOptions options = errorEventOptions(tool);
        tool.bind(tool.client()->errorIssueEvents(active.projectId, options, tool.context(),
                                                  [tool, active, options](const PostHogResult<Page<ErrorEvent>> &page) {
                                                      if (!page.ok())
                                                          return tool.fail(page.error(), u"list_errors"_s);
                                                      if (page.value().results.isEmpty() && options.offset == 0)
                                                          return noOccurrence(tool, active, options);
                                                      tool.finishText(eventsText(tool, active, options, page.value()));
                                                  }));
    });
}

const ToolSpec tools[] = {
    {u"list_errors"_s,
     u"List errors"_s,
     u"Error tracking issues (grouped exceptions) of the active project with occurrences, users and sessions. "
     "Defaults: active, last 7 days, most occurrences first."_s,
     Stake::NeverAsk,
     true,
     Schema::object({{u"status"_s, Schema::enumeration(u"Issue status (default active)."_s,
                                                       {u"active"_s, u"resolved"_s, u"suppressed"_s, u"pending_release"_s, u"archived"_s, u"all"_s})},
                     {u"date_from"_s, Schema::string(u"Start: -7d, -24h, -30d or an ISO date (default -7d)."_s, 1, 40)},
                     {u"date_to"_s, Schema::string(u"End: relative or ISO date (default now)."_s, 1, 40)},
                     {u"order_by"_s, Schema::enumeration(u"Sort key (default occurrences)."_s,
                                                         {u"occurrences"_s, u"last_seen"_s, u"first_seen"_s, u"users"_s, u"sessions"_s})},
                     {u"order_direction"_s, Schema::enumeration(u"Default DESC."_s, {u"DESC"_s, u"ASC"_s})},
                     {u"search"_s, Schema::string(u"Words in the exception type or message."_s, 0, 200)},
                     {u"include_test_accounts"_s, Schema::boolean(u"Count test users too (default false, as PostHog)."_s)},
                     // Each narrows the counted occurrences (the intro of the answer says so).
                     {u"release"_s, Schema::string(u"Release version or hash."_s, 0, 200)},
                     {u"library"_s, Schema::string(u"SDK ($lib), e.g. web."_s, 0, 100)},
                     {u"url"_s, Schema::string(u"Part of the page URL."_s, 0, 500)},
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
    // Test accounts are left out, as list_errors leaves them out by default (budget: no flag).
    {u"get_error_events"_s,
     u"Error events"_s,
     u"An issue's latest occurrences: time, release, URL, browser/OS, person, session, message."_s,
     Stake::NeverAsk,
     true,
     Schema::object({{u"issue_id"_s, Schema::string(u"Issue id (uuid) from list_errors."_s, 1, 64)},
                     {u"date_from"_s, Schema::string(u"Start: -7d, -24h or ISO date (default -7d)."_s, 0, 40)},
                     {u"limit"_s, Schema::pageSize(20, 100)},
                     {u"offset"_s, Schema::pageOffset(100000)}},
                    {u"issue_id"_s}),
     {},
     getErrorEvents},
    {u"update_error_issue"_s,
     u"Update an error issue"_s,
     u"Resolve, suppress or reactivate (active) an error issue, and/or assign it to a member of the organization."_s,
     Stake::Low,
     true,
     Schema::object({{u"issue_id"_s, Schema::string(u"Issue id (uuid) from list_errors."_s, 1, 64)},
                     {u"status"_s, Schema::enumeration(u"New status."_s, {u"active"_s, u"resolved"_s, u"suppressed"_s})},
                     {u"assignee"_s, Schema::string(u"Member email, numeric user id, 'me', or 'none' to unassign."_s, 1, 200)}},
                    {u"issue_id"_s}),
     {},
     updateErrorIssue},
};

} // namespace

void ErrorTools::registerTools(PostHogToolset &toolset)
{
    toolset.add(tools);
}
