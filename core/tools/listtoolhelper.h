#pragma once

#include "toolinvocation.h"

#include "posthog/posthogclient.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>

// What a list tool shows around one page of rows.
struct ListLayout
{
    explicit ListLayout(QStringList headers, QString hint = {})
        : headers(std::move(headers))
        , hint(std::move(hint))
    { }

    QStringList headers;
    QString hint; // after the paging note: which tool shows one item
    QString intro = QStringLiteral("\n"); // between the project line and the table
    int reserve = 300; // characters kept out of the table's budget for the note
    bool showsTotal = true; // false where PostHog's count means nothing (error issues)
};

// The shape every list tool shares: search/limit/offset from the arguments, one page from
// PostHog (aborted when the call is cancelled), rows as a table under the project line, and the
// note that says how to get the next page ("… call again with offset=N").
class ListToolHelper
{
public:
    static ListOptions options(const QJsonObject &args, int defaultLimit);
    static QString render(const ToolInvocation::Active &active, const ListLayout &layout, const QList<QStringList> &rows, int budgetChars, int offset,
                          qint64 total, bool hasMore);

    template <typename T, typename Options>
    using Fetch = PostHogCall *(PostHogClient::*)(qint64, const Options &, QObject *, PostHogClient::Callback<Page<T>>);
    template <typename T>
    using Row = std::function<QStringList(const ToolInvocation::Active &active, const T &item)>;

    // Lists one page of `fetch` in the active project, a row of the table per item.
    template <typename T, typename Options>
    static void run(const ToolInvocation &tool, const Options &options, Fetch<T, Options> fetch, const ListLayout &layout, Row<T> row)
    {
        tool.withProject([tool, options, fetch, layout, row](const ToolInvocation::Active &active) {
            auto done = [tool, options, layout, row, active](const PostHogResult<Page<T>> &page) {
                if (!page.ok())
                    return tool.fail(page.error());
                QList<QStringList> rows;
                for (const T &item : page.value().results)
                    rows.append(row(active, item));
                tool.finishText(render(active, layout, rows, tool.budgetChars(), options.offset, page.value().count, page.value().hasMore));
            };
            tool.bind((tool.client()->*fetch)(active.projectId, options, tool.context(), done));
        });
    }
};
