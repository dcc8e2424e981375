#include "resourcepage.h"

#include "themecolors.h"

#include "uilogging.h"

#include <QDesktopServices>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ResourcePage::ResourcePage(const QString &title, const QStringList &headers, Loader loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(std::move(loader))
    , m_title(new QLabel(title, this))
    , m_summary(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_open(new QPushButton(tr("Open in PostHog"), this))
    , m_list(new QTreeWidget(this))
    , m_details(new QTextBrowser(this))
{
    setUpWidgets(headers);
    buildLayout();
    connectSignals();
}

void ResourcePage::setUpWidgets(const QStringList &headers)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setObjectName(u"resourceSummary"_s);
    m_summary->setWordWrap(true);
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setClearButtonEnabled(true);
    m_list->setHeaderLabels(headers);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    m_details->setOpenExternalLinks(true);
    m_details->setPlaceholderText(tr("Select an item to see its details."));
    m_open->setEnabled(false);
}

void ResourcePage::buildLayout()
{
    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_search);
    top->addWidget(m_refresh);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details, 1);
    rightLayout->addWidget(m_open, 0, Qt::AlignRight);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
}

void ResourcePage::connectSignals()
{
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &ResourcePage::reload);
    connect(m_refresh, &QPushButton::clicked, this, &ResourcePage::reload);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { showDetails(item ? m_list->indexOfTopLevelItem(item) : -1); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (row >= 0 && row < m_rows.size())
            QDesktopServices::openUrl(m_rows.at(row).link);
    });
}

int ResourcePage::rowCount() const
{
    return int(m_rows.size());
}

void ResourcePage::reload()
{
    const int generation = ++m_generation;
    m_summary->setText(tr("Loading…"));
    m_refresh->setEnabled(false);
    QElapsedTimer clock;
    clock.start();
    m_loader(this, m_search->text().trimmed(), [this, generation, clock](const QList<Row> &rows, const QString &error, const QString &summary) {
        if (generation != m_generation)
            return; // a newer search replaced this one
        if (error.isEmpty())
            qCDebug(lcUi) << "page" << m_title->text() << "loaded" << rows.size() << "row(s) in" << clock.elapsed() << "ms";
        else
            qCWarning(lcUi) << "page" << m_title->text() << "failed to load after" << clock.elapsed() << "ms:" << error;
        m_refresh->setEnabled(true);
        m_rows = rows;
        m_list->clear();
        m_details->clear();
        m_open->setEnabled(false);
        if (!error.isEmpty()) {
            m_summary->setText(ThemeColors::span(ThemeColors::Role::Error, error, palette()));
            return;
        }
        for (const Row &row : rows)
            m_list->addTopLevelItem(new QTreeWidgetItem(row.cells));
        for (int c = 0; c < m_list->columnCount() - 1; ++c)
            m_list->resizeColumnToContents(c);
        m_summary->setText(rows.isEmpty() ? tr("Nothing here yet.") : summary);
        if (!rows.isEmpty())
            m_list->setCurrentItem(m_list->topLevelItem(0));
    });
}

void ResourcePage::showDetails(int row)
{
    if (row < 0 || row >= m_rows.size()) {
        m_details->clear();
        m_open->setEnabled(false);
        return;
    }
    const Row &r = m_rows.at(row);
    m_details->setMarkdown(r.details);
    m_open->setEnabled(r.link.isValid());
    if (r.loadDetails) {
        const int generation = m_generation;
        r.loadDetails(this, [this, row, generation](const QString &markdown) {
            if (generation == m_generation && m_list->indexOfTopLevelItem(m_list->currentItem()) == row)
                m_details->setMarkdown(markdown);
        });
    }
}
