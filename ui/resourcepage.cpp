#include "resourcepage.h"

#include "themecolors.h"

#include "chartwidget.h"
#include "uilogging.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMetaMethod>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int rowRole = Qt::UserRole + 1;

// Numbers as numbers, times as times, text as a person reads it.
bool sortsBefore(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::QDateTime || b.typeId() == QMetaType::QDateTime)
        return a.toDateTime() < b.toDateTime();
    bool numberA = false, numberB = false;
    const double x = a.toDouble(&numberA);
    const double y = b.toDouble(&numberB);
    if (numberA && numberB && a.typeId() != QMetaType::QString)
        return x < y;
    return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
}
} // namespace

ResourcePage::ResourcePage(const QString &title, const QStringList &headers, Loader loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(std::move(loader))
    , m_title(new QLabel(title, this))
    , m_summary(new QLabel(this))
    , m_zone(new QLabel(timeZoneNote(), this))
    , m_busy(new QProgressBar(this))
    , m_filter(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_search(new QLineEdit(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_open(new QPushButton(tr("&Open in PostHog"), this))
    , m_more(new QPushButton(tr("Load &more"), this))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_overview(new ChartWidget(this))
    , m_detailsChart(new ChartWidget(this))
    , m_details(new QTextBrowser(this))
    , m_tiles(new TileGrid(this))
    , m_actions(new QWidget(this))
{
    setUpWidgets(headers);
    setUpChoices();
    buildLayout();
    connectSignals();
}

QString ResourcePage::timeZoneNote()
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    return tr("Times are in %1 (%2).").arg(QString::fromUtf8(zone.id()), zone.displayName(QDateTime::currentDateTime(), QTimeZone::OffsetName));
}

QString ResourcePage::formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return tr("never");
    const QDateTime local = time.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + local.time().toString(u"HH:mm"_s);
}

void ResourcePage::setUpWidgets(const QStringList &headers)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setObjectName(u"resourceSummary"_s);
    m_summary->setWordWrap(true);
    m_zone->setObjectName(u"resourceTimeZone"_s);
    m_busy->setObjectName(u"resourceBusy"_s);
    m_busy->setRange(0, 0); // indeterminate: PostHog does not say how long
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(m_summary->fontMetrics().height());
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->setVisible(false);
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setAccessibleName(tr("Search %1").arg(m_title->text()));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(u"resourceList"_s);
    m_list->setAccessibleName(m_title->text());
    m_list->setHeaderLabels(headers);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionsClickable(true);
    m_list->header()->setSortIndicatorShown(false); // the loader's order until a header is clicked
    m_empty->setObjectName(u"resourceEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setVisible(false);
    m_more->setObjectName(u"loadMoreButton"_s);
    m_more->setVisible(false);
    m_overview->setObjectName(u"resourceOverviewChart"_s);
    m_overview->setVisible(false);
    m_overview->setMaximumHeight(m_overview->fontMetrics().height() * 13);
    m_detailsChart->setObjectName(u"resourceDetailsChart"_s);
    m_detailsChart->setVisible(false);
    m_details->setObjectName(u"resourceDetails"_s);
    m_details->setAccessibleName(tr("Details"));
    m_details->setOpenExternalLinks(true);
    m_details->setLineWrapMode(QTextEdit::WidgetWidth);
    m_details->setPlaceholderText(tr("Select an item to see its details."));
    m_actions->setObjectName(u"resourceActions"_s);
    m_tiles->setVisible(false);
    m_open->setObjectName(u"openInPostHogButton"_s);
    m_open->setEnabled(false);
}

void ResourcePage::setUpChoices()
{
    m_filter->setObjectName(u"resourceFilter"_s);
    m_filter->setAccessibleName(QString(m_loader.filterLabel).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    for (const Filter &f : std::as_const(m_loader.filters))
        m_filter->addItem(f.label, f.value);
    m_filter->setVisible(!m_loader.filters.isEmpty());
    m_period->setObjectName(u"resourcePeriod"_s);
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Today"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->addItem(tr("Custom…"), 0);
    m_period->setCurrentIndex(qMax(0, m_period->findData(m_loader.defaultDays)));
    const QDate today = QDate::currentDate();
    m_from->setObjectName(u"resourcePeriodFrom"_s);
    m_to->setObjectName(u"resourcePeriodTo"_s);
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMaximumDate(today);
        edit->setVisible(false);
    }
    m_from->setDate(today.addDays(-m_loader.defaultDays + 1));
    m_to->setDate(today);
    m_period->setVisible(m_loader.periods);
}

void ResourcePage::buildLayout()
{
    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    if (!m_loader.filterLabel.isEmpty() && !m_loader.filters.isEmpty()) {
        auto *label = new QLabel(m_loader.filterLabel, this);
        label->setBuddy(m_filter);
        top->addWidget(label);
    }
    top->addWidget(m_filter);
    top->addWidget(m_period);
    top->addWidget(m_from);
    top->addWidget(m_to);
    top->addWidget(m_search);
    top->addWidget(m_refresh);
    auto *status = new QHBoxLayout;
    status->addWidget(m_summary, 1);
    status->addWidget(m_busy);
    status->addWidget(m_zone);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_empty, 1);
    leftLayout->addWidget(m_more, 0, Qt::AlignHCenter);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detailsChart);
    rightLayout->addWidget(m_details, 1);
    rightLayout->addWidget(m_tiles, 3);
    auto *buttons = new QHBoxLayout;
    auto *actionLayout = new QHBoxLayout(m_actions);
    actionLayout->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_actions);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    rightLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(status);
    layout->addWidget(m_overview);
    layout->addWidget(splitter, 1);
}

void ResourcePage::connectSignals()
{
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &ResourcePage::reload);
    connect(m_refresh, &QPushButton::clicked, this, &ResourcePage::refresh);
    connect(m_more, &QPushButton::clicked, this, &ResourcePage::loadMore);
    connect(m_filter, &QComboBox::activated, this, &ResourcePage::reload);
    connect(m_period, &QComboBox::activated, this, [this] {
        const bool custom = m_period->currentData().toInt() == 0;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        reload();
    });
    connect(m_from, &QDateEdit::editingFinished, this, &ResourcePage::reload);
    connect(m_to, &QDateEdit::editingFinished, this, &ResourcePage::reload);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { showDetails(item); });
    connect(m_list->header(), &QHeaderView::sectionClicked, this, [this](int column) {
        // A second click flips the order; a first click puts the most (numbers, dates) or A first.
        const Qt::SortOrder flipped = m_list->header()->sortIndicatorOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        const Qt::SortOrder order
            = column == m_sortColumn ? flipped : (m_rows.value(0).sortKeys.value(column).isValid() ? Qt::DescendingOrder : Qt::AscendingOrder);
        m_sortColumn = column;
        m_list->header()->setSortIndicatorShown(true);
        m_list->header()->setSortIndicator(column, order);
        addItems(0);
    });
    connect(m_tiles, &TileGrid::tileActivated, this, [this](const QUrl &link) {
        if (isSignalConnected(QMetaMethod::fromSignal(&ResourcePage::insightRequested)))
            Q_EMIT insightRequested(link);
        else
            QDesktopServices::openUrl(link);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0)
            QDesktopServices::openUrl(m_rows.at(row).link);
    });
}

int ResourcePage::rowCount() const
{
    return int(m_rows.size());
}

int ResourcePage::currentRow() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const int row = item ? item->data(0, rowRole).toInt() : -1;
    return row >= 0 && row < m_rows.size() ? row : -1;
}

ResourcePage::Request ResourcePage::currentRequest() const
{
    Request request;
    request.search = m_search->text().trimmed();
    request.filter = m_filter->currentData().toString();
    if (m_loader.periods) {
        request.days = m_period->currentData().toInt();
        request.to = request.days > 0 ? QDate::currentDate() : m_to->date();
        request.from = request.days > 0 ? request.to.addDays(1 - request.days) : qMin(m_from->date(), m_to->date());
    }
    return request;
}

void ResourcePage::reload()
{
    load(currentRequest());
}

void ResourcePage::refresh()
{
    Request request = currentRequest();
    request.refresh = true;
    load(request);
}

void ResourcePage::loadMore()
{
    Request request = currentRequest();
    request.offset = int(m_rows.size());
    load(request);
}

void ResourcePage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_refresh->setEnabled(!busy);
    m_more->setEnabled(!busy);
}

void ResourcePage::load(const Request &request)
{
    const int generation = ++m_generation;
    if (request.offset == 0)
        m_summary->setText(tr("Loading…"));
    setBusy(true);
    QElapsedTimer clock;
    clock.start();
    if (!m_loader.load)
        return receive(request, {{}, tr("This page has nothing to load."), {}}, 0);
    m_loader.load(this, request, [this, generation, clock, request](const Answer &answer) {
        if (generation != m_generation)
            return; // a newer search replaced this one
        receive(request, answer, clock.elapsed());
    });
}

void ResourcePage::receive(const Request &request, const Answer &answer, qint64 elapsedMs)
{
    if (answer.error.isEmpty())
        qCDebug(lcUi) << "page" << m_title->text() << "loaded" << answer.rows.size() << "row(s) in" << elapsedMs << "ms";
    else
        qCWarning(lcUi) << "page" << m_title->text() << "failed to load after" << elapsedMs << "ms:" << answer.error;
    setBusy(false);
    if (!answer.error.isEmpty()) {
        m_summary->setText(
            ThemeColors::spanHtml(ThemeColors::Role::Error, u"<b>%1</b> %2"_s.arg(tr("Could not load:"), answer.error.toHtmlEscaped()), palette()));
        m_summary->setProperty("failed", true);
        m_empty->setVisible(false); // the summary says what went wrong, not "nothing here"
        m_list->setVisible(true);
        if (request.offset == 0) {
            m_rows.clear();
            addItems(0);
        }
        return;
    }
    m_summary->setProperty("failed", false);
    const int first = request.offset > 0 ? int(m_rows.size()) : 0;
    if (request.offset == 0) {
        m_rows = answer.rows;
        m_overview->setData(answer.overview);
        m_overview->setVisible(!answer.overview.isEmpty());
    } else {
        m_rows += answer.rows;
    }
    m_more->setVisible(answer.hasMore);
    m_summary->setText(m_notice.isEmpty() ? answer.summary : m_notice.toHtmlEscaped() + u" "_s + answer.summary);
    m_notice.clear();
    const bool empty = m_rows.isEmpty();
    m_empty->setText(answer.emptyText.isEmpty() ? tr("Nothing here yet.") : answer.emptyText);
    m_empty->setVisible(empty);
    m_list->setVisible(!empty);
    if (empty && answer.summary.isEmpty())
        m_summary->setText(m_empty->text());
    addItems(first);
}

void ResourcePage::addItems(int first)
{
    const int keep = currentRow();
    QList<int> order;
    for (int i = 0; i < m_rows.size(); ++i)
        order.append(i);
    if (m_sortColumn >= 0) {
        const int column = m_sortColumn;
        const bool descending = m_list->header()->sortIndicatorOrder() == Qt::DescendingOrder;
        std::stable_sort(order.begin(), order.end(), [this, column, descending](int a, int b) {
            const Row &x = m_rows.at(descending ? b : a);
            const Row &y = m_rows.at(descending ? a : b);
            return sortsBefore(x.sortKeys.value(column, x.cells.value(column)), y.sortKeys.value(column, y.cells.value(column)));
        });
    }
    m_list->clear();
    if (m_rows.isEmpty()) {
        m_details->clear();
        m_tiles->setTiles({});
        m_detailsChart->setVisible(false);
        m_open->setEnabled(false);
        showActions(-1);
        return;
    }
    QTreeWidgetItem *current = nullptr;
    for (int i : order) {
        auto *item = new QTreeWidgetItem(m_rows.at(i).cells);
        item->setData(0, rowRole, i);
        for (int c = 0; c < m_rows.at(i).sortKeys.size(); ++c)
            if (m_rows.at(i).sortKeys.at(c).typeId() != QMetaType::QString && m_rows.at(i).sortKeys.at(c).canConvert<double>())
                item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        m_list->addTopLevelItem(item);
        if (i == (keep >= 0 ? keep : first))
            current = item;
    }
    if (first == 0 || keep < 0)
        for (int c = 0; c < m_list->columnCount() - 1; ++c) {
            m_list->resizeColumnToContents(c);
            // A long message must not push the numbers out of sight.
            m_list->setColumnWidth(c, qMin(m_list->columnWidth(c), m_list->fontMetrics().averageCharWidth() * 40));
        }
    m_list->setCurrentItem(current ? current : m_list->topLevelItem(0));
    if (m_pendingLink.isValid())
        selectLink(m_pendingLink);
}

bool ResourcePage::selectLink(const QUrl &link)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (m_rows.value(item->data(0, rowRole).toInt()).link == link) {
            m_pendingLink.clear();
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item);
            return true;
        }
    }
    m_pendingLink = m_busy->isVisible() || m_rows.isEmpty() ? link : QUrl();
    return false;
}

void ResourcePage::showDetails(QTreeWidgetItem *item)
{
    const int row = item ? item->data(0, rowRole).toInt() : -1;
    if (row < 0 || row >= m_rows.size()) {
        m_details->clear();
        m_tiles->setTiles({});
        m_detailsChart->setVisible(false);
        m_open->setEnabled(false);
        showActions(-1);
        return;
    }
    const Row &r = m_rows.at(row);
    showRowDetails(row, {r.details, r.chart});
    m_open->setEnabled(r.link.isValid());
    showActions(row);
    if (r.loadDetails) {
        const int generation = m_generation;
        r.loadDetails(this, [this, row, generation](const Details &details) {
            if (generation == m_generation && currentRow() == row)
                showRowDetails(row, details);
        });
    }
}

void ResourcePage::showRowDetails(int, const Details &details)
{
    m_details->setMarkdown(details.markdown);
    m_tiles->setTiles(details.tiles);
    m_details->setMaximumHeight(details.tiles.isEmpty() ? QWIDGETSIZE_MAX : m_details->fontMetrics().height() * 8);
    m_detailsChart->setData(details.chart);
    m_detailsChart->setVisible(!details.chart.isEmpty());
}

void ResourcePage::showActions(int row)
{
    qDeleteAll(m_actions->findChildren<QPushButton *>(Qt::FindDirectChildrenOnly));
    if (row < 0)
        return;
    for (const Action &action : m_rows.at(row).actions) {
        auto *button = new QPushButton(action.label, m_actions);
        button->setObjectName(action.objectName);
        m_actions->layout()->addWidget(button);
        button->show();
        connect(button, &QPushButton::clicked, this, [this, action, button] {
            button->setEnabled(false);
            const int generation = m_generation;
            action.run(this, [this, generation, guard = QPointer<QPushButton>(button)](const QString &message, bool changed) {
                if (guard)
                    guard->setEnabled(true);
                if (generation != m_generation)
                    return;
                m_notice = message;
                if (changed)
                    return reload(); // the notice joins the reloaded summary
                m_summary->setText(message.toHtmlEscaped());
            });
        });
    }
}
