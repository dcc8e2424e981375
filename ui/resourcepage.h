#pragma once

#include "chartdata.h"
#include "tilegrid.h"

#include <QDate>
#include <QUrl>
#include <QVariant>
#include <QWidget>

#include <functional>
#include <type_traits>

class ChartWidget;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

// A searchable list of PostHog objects with a details pane: the shape of the Insights,
// Dashboards, Errors, Feature flags and LLM costs pages. What to list comes from a loader; the
// page adds what every list needs: numeric and date sorting, "load more", a busy indicator, an
// empty state that says why, the time zone dates are shown in, an optional filter and period,
// a chart over the list and one per selected row, and buttons for a row's actions.
class ResourcePage : public QWidget
{
    Q_OBJECT

public:
    struct Details
    {
        QString markdown;
        ChartData chart = {}; // drawn above the text when not empty
        QList<TileGrid::Tile> tiles = {}; // a dashboard's tiles, below the text
    };
    // Something a person can do to a row (e.g. turn a flag off); `run` reports back in words,
    // and reloads the page when `changed`.
    struct Action
    {
        QString label;
        QString objectName;
        std::function<void(QWidget *page, std::function<void(const QString &message, bool changed)> done)> run;
    };
    struct Row
    {
        QStringList cells;
        QString details; // Markdown
        QUrl link; // "Open in PostHog"
        // Optional: computes richer details on selection (e.g. an insight's cached result).
        std::function<void(QObject *context, std::function<void(const Details &)>)> loadDetails = {};
        // Optional, per column: what the column sorts by (a number, a QDateTime) instead of its text.
        QList<QVariant> sortKeys = {};
        ChartData chart = {};
        QList<Action> actions = {};
    };
    struct Request
    {
        QString search;
        QString filter; // the chosen filter's value, when the page has one
        QDate from; // the chosen period, when the page has one (to: inclusive)
        QDate to;
        int days = 0; // the period as "last N days" (0: a custom range or today)
        int offset = 0; // "load more": rows already shown
        bool refresh = false; // the person asked for fresh results (Refresh)
    };
    struct Answer
    {
        QList<Row> rows;
        QString error;
        QString summary;
        bool hasMore = false;
        ChartData overview = {}; // drawn above the list when not empty
        QString emptyText = {}; // why the list is empty and what to do
    };
    using Deliver = std::function<void(const Answer &)>;
    using LoadFunction = std::function<void(QObject *context, const Request &request, Deliver deliver)>;
    struct Filter
    {
        QString label;
        QString value;
    };
    // A load function and the choices the page offers it.
    struct Loader
    {
        LoadFunction load;
        QString filterLabel;
        QList<Filter> filters; // the first is the default
        bool periods = false; // today, 7, 30, 90 days, custom
        int defaultDays = 30;
        Loader() = default;
        template <typename F, typename = std::enable_if_t<std::is_invocable_v<F, QObject *, const Request &, Deliver>>>
        Loader(F f) // NOLINT: a bare function is a loader with no choices
            : load(std::move(f))
        { }
    };

    ResourcePage(const QString &title, const QStringList &headers, Loader loader, QWidget *parent = nullptr);

    void reload();
    void loadMore();
    void refresh(); // reload, asking for fresh results
    int rowCount() const;
    // The choices the page passes to its loader now.
    Request currentRequest() const;
    // The "Times are in …" line's text: every date on the page is in this zone.
    static QString timeZoneNote();
    // Dates as every list shows them: local time, with the zone stated once per page.
    static QString formatTime(const QDateTime &time);
    // Selects the row that links to `link` (now, or once the list has loaded); false when the
    // loaded list has no such row.
    bool selectLink(const QUrl &link);

Q_SIGNALS:
    // A dashboard tile was clicked; unconnected, the page opens the link in the browser.
    void insightRequested(const QUrl &link);

private:
    void setUpWidgets(const QStringList &headers);
    void setUpChoices();
    void buildLayout();
    void connectSignals();
    void load(const Request &request);
    void receive(const Request &request, const Answer &answer, qint64 elapsedMs);
    void addItems(int first);
    void showDetails(QTreeWidgetItem *item);
    void showRowDetails(int row, const Details &details);
    void showActions(int row);
    void setBusy(bool busy);
    int currentRow() const;

    Loader m_loader;
    QList<Row> m_rows;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_zone;
    QProgressBar *m_busy;
    QComboBox *m_filter;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_search;
    QPushButton *m_refresh;
    QPushButton *m_open;
    QPushButton *m_more;
    QTreeWidget *m_list;
    QLabel *m_empty;
    ChartWidget *m_overview;
    ChartWidget *m_detailsChart;
    QTextBrowser *m_details;
    TileGrid *m_tiles;
    QWidget *m_actions;
    QString m_notice; // what an action reported, shown with the next summary
    QUrl m_pendingLink; // selectLink before the rows came
    int m_generation = 0;
    int m_sortColumn = -1;
};
