#include "activitypage.h"

#include "activityfiltermodel.h"
#include "activitymodel.h"
#include "relativetime.h"
#include "themecolors.h"

#include "tools/activitylog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ActivityPage::ActivityPage(ActivityLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_model(new ActivityModel(log, this))
    , m_proxy(new ActivityFilterModel(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_filter(new QLineEdit(this))
    , m_outcome(new QComboBox(this))
    , m_storage(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(u"activityTable"_s);
    m_table->setAccessibleName(tr("Tool calls"));
    m_table->setModel(m_proxy);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // arrows move between rows; Tab leaves the table
    for (int column : {ActivityModel::Time, ActivityModel::Client, ActivityModel::Tool, ActivityModel::Duration, ActivityModel::Outcome})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ActivityModel::Arguments, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_details->setObjectName(u"activityDetails"_s);
    m_details->setAccessibleName(tr("Details of the selected call"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a call to see its full arguments and result."));
    m_storage->setObjectName(u"activityStorage"_s);
    m_storage->setWordWrap(true);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_storage);
    layout->addWidget(splitter, 1);
    updateStorageNote();
    // Tab order as laid out: the toolbar left to right, then the table and its details.
    const QList<QWidget *> order{m_filter, m_outcome, findChild<QPushButton *>(u"exportButton"_s), findChild<QPushButton *>(u"clearButton"_s),
                                 m_table,  m_details};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    // Follow new calls only from the newest row: someone reading older ones keeps their place.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_table->verticalScrollBar();
        m_follow = bar->value() >= bar->maximum() - 1;
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow)
            m_table->scrollToBottom();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ActivityPage::showDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ActivityPage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityPage::updateStorageNote);
}

QWidget *ActivityPage::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *title = new QLabel(tr("Activity"), bar);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_filter->setObjectName(u"activityFilter"_s);
    m_filter->setAccessibleName(tr("Filter calls"));
    m_filter->setPlaceholderText(tr("Filter by tool, client, arguments…"));
    m_filter->setClearButtonEnabled(true);
    auto *outcomeLabel = new QLabel(tr("&Outcome:"), bar);
    outcomeLabel->setBuddy(m_outcome);
    m_outcome->setObjectName(u"outcomeFilter"_s);
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("All"), QString());
    m_outcome->addItem(tr("Waiting for approval"), u"waiting"_s);
    m_outcome->addItem(tr("Running"), u"running"_s);
    m_outcome->addItem(tr("Succeeded"), u"ok"_s);
    m_outcome->addItem(tr("Failed"), u"failed"_s);
    m_outcome->addItem(tr("Denied or cancelled"), u"refused"_s);
    auto *exportButton = new QPushButton(tr("&Export…"), bar);
    exportButton->setObjectName(u"exportButton"_s);
    auto *clear = new QPushButton(tr("C&lear…"), bar);
    clear->setObjectName(u"clearButton"_s);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(title);
    row->addStretch(1);
    row->addWidget(m_filter, 2);
    row->addWidget(outcomeLabel);
    row->addWidget(m_outcome);
    row->addWidget(exportButton);
    row->addWidget(clear);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ActivityFilterModel::setText);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setOutcomeGroup(m_outcome->currentData().toString()); });
    connect(exportButton, &QPushButton::clicked, this, &ActivityPage::chooseExportFile);
    connect(clear, &QPushButton::clicked, this, &ActivityPage::confirmClear);
    return bar;
}

void ActivityPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ActivityPage::updateStorageNote()
{
    const int shown = int(m_log->records().size());
    const int stored = m_log->isPersistent() ? m_log->storedCount() : shown;
    if (m_log->isPersistent() && stored > shown)
        m_storage->setText(tr("Every tool call an agent makes appears here as it happens, and is kept for 90 days. Showing the newest %1 of "
                              "the %2 kept in %3; the filter and export work on those shown.")
                               .arg(QLocale().toString(shown), QLocale().toString(stored), m_log->storeFileName().toHtmlEscaped()));
    else if (m_log->isPersistent())
        m_storage->setText(tr("Every tool call an agent makes appears here as it happens, and is kept for 90 days."));
    else
        m_storage->setText(
            ThemeColors::span(ThemeColors::Role::Warning, tr("Calls are kept for this run only: %1").arg(m_log->persistenceError()), palette()));
}

void ActivityPage::showDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const ToolCallRecord &r = m_model->record(current.row());
    const QString when = QLocale().toString(r.startedAt.toLocalTime(), QLocale::LongFormat);
    QStringList lines{tr("%1 — %2").arg(r.tool, ActivityModel::outcomeText(r.outcome)),
                      tr("Client: %1 (%2)").arg(r.clientName, r.clientId),
                      tr("Started: %1 (%2)").arg(when, RelativeTime::since(r.startedAt)),
                      tr("Duration: %1").arg(r.durationMs < 0 ? tr("still going") : RelativeTime::duration(r.durationMs)),
                      QString(),
                      tr("Arguments:"),
                      QString::fromUtf8(QJsonDocument(r.arguments).toJson(QJsonDocument::Indented)).trimmed()};
    if (!r.summary.isEmpty())
        lines << QString() << tr("Result:") << r.summary;
    m_details->setPlainText(lines.join(u'\n'));
}

void ActivityPage::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export activity"));
    dialog->setObjectName(u"exportDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("CSV (*.csv)"), tr("JSON (*.json)")});
    dialog->selectFile(u"activity.csv"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filterSelected, dialog,
            [dialog](const QString &filter) { dialog->setDefaultSuffix(filter.contains("json"_L1) ? u"json"_s : u"csv"_s); });
    dialog->setDefaultSuffix(u"csv"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        QString error;
        const Format format = file.endsWith(".json"_L1, Qt::CaseInsensitive) ? Format::Json : Format::Csv;
        if (exportTo(file, format, &error))
            return;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export activity"), error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}

void ActivityPage::confirmClear()
{
    auto *box
        = new QMessageBox(QMessageBox::Question, tr("Clear activity"), tr("Delete every recorded tool call, on disk too? This cannot be undone."),
                          QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"clearConfirmation"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            m_log->clear();
    });
    box->open();
}

bool ActivityPage::exportTo(const QString &fileName, Format format, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    file.write(format == Format::Json ? json() : csv());
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

QByteArray ActivityPage::csv() const
{
    const auto field = [](QString value) {
        value.replace(u'"', u"\"\""_s);
        return u'"' + value + u'"';
    };
    QByteArray out = "started_at,client,tool,arguments,duration_ms,outcome,summary\r\n";
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const ToolCallRecord &r = m_model->record(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        const QStringList cells{r.startedAt.toString(Qt::ISODateWithMs),
                                field(r.clientName),
                                field(r.tool),
                                field(QString::fromUtf8(QJsonDocument(r.arguments).toJson(QJsonDocument::Compact))),
                                QString::number(r.durationMs),
                                r.outcome,
                                field(r.summary)};
        out += cells.join(u',').toUtf8() + "\r\n";
    }
    return out;
}

QByteArray ActivityPage::json() const
{
    QJsonArray calls;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const ToolCallRecord &r = m_model->record(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        calls.append(QJsonObject{{u"startedAt"_s, r.startedAt.toString(Qt::ISODateWithMs)},
                                 {u"clientId"_s, r.clientId},
                                 {u"client"_s, r.clientName},
                                 {u"tool"_s, r.tool},
                                 {u"arguments"_s, r.arguments},
                                 {u"durationMs"_s, r.durationMs},
                                 {u"outcome"_s, r.outcome},
                                 {u"summary"_s, r.summary}});
    }
    return QJsonDocument(calls).toJson(QJsonDocument::Indented);
}
