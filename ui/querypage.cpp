#include "querypage.h"

#include "chartwidget.h"
#include "hogqleditor.h"
#include "queryresultmodel.h"
#include "resultexporter.h"

#include "uilogging.h"

#include "posthog/posthogclient.h"
#include "settings/querylibrary.h"
#include "tools/activeprojectstore.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QString defaultQuery = u"SELECT properties.$geoip_country_name AS country, count() AS views\n"
                             "FROM events\n"
                             "WHERE event = '$pageview' AND timestamp > now() - INTERVAL 7 DAY\n"
                             "GROUP BY country\n"
                             "ORDER BY views DESC\n"
                             "LIMIT 10"_s;
}

QueryPage::QueryPage(PostHogClient *client, ActiveProjectStore *projects, QueryLibrary *library, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_projects(projects)
    , m_library(library)
    , m_editor(new HogQLEditor(this))
    , m_history(new QComboBox(this))
    , m_snippets(new QComboBox(this))
    , m_saveSnippetButton(new QPushButton(tr("Save snippet…"), this))
    , m_runButton(new QPushButton(tr("Run"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_exportButton(new QPushButton(tr("Export…"), this))
    , m_saveButton(new QPushButton(tr("Save as insight…"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new QueryResultModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_chart(new ChartWidget(this))
    , m_ticker(new QTimer(this))
{
    setUpEditorAndLists();
    setUpTable();
    buildLayout();
    connectSignals();
    setRunning(false);
    m_exportButton->setEnabled(false);
    m_saveButton->setEnabled(false);
    m_status->setText(tr("Ctrl+Enter runs the query. Ctrl+Space completes names."));
}

void QueryPage::setUpEditorAndLists()
{
    m_editor->setObjectName(u"queryEditor"_s);
    m_runButton->setObjectName(u"runButton"_s);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_status->setObjectName(u"queryStatus"_s);
    m_history->setObjectName(u"historyCombo"_s);
    m_snippets->setObjectName(u"snippetsCombo"_s);
    m_editor->setPlainText(defaultQuery);
    m_editor->setPlaceholderText(tr("Write HogQL, e.g. SELECT event, count() FROM events GROUP BY event"));
    m_runButton->setToolTip(tr("Run the query (Ctrl+Enter)"));
    m_runButton->setDefault(true);
    m_history->setPlaceholderText(tr("History"));
    m_history->setMinimumWidth(220);
    reloadHistory();
    m_snippets->setPlaceholderText(tr("Snippets"));
    m_snippets->setMinimumWidth(160);
    reloadSnippets();
}

void QueryPage::setUpTable()
{
    m_table->setObjectName(u"resultsTable"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::EditRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    // Keep the query's own ORDER BY until the person clicks a header.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_proxy->sort(-1);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    m_chart->setVisible(false);
}

void QueryPage::buildLayout()
{
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_runButton);
    toolbar->addWidget(m_cancelButton);
    toolbar->addWidget(m_status, 1);
    toolbar->addWidget(m_history);
    toolbar->addWidget(m_snippets);
    toolbar->addWidget(m_saveSnippetButton);
    toolbar->addWidget(m_exportButton);
    toolbar->addWidget(m_saveButton);

    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_chart);
    resultsLayout->addWidget(m_table, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_editor);
    splitter->addWidget(results);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(splitter, 1);
}

void QueryPage::connectSignals()
{
    connect(m_runButton, &QPushButton::clicked, this, &QueryPage::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &QueryPage::cancel);
    connect(m_editor, &HogQLEditor::runRequested, this, &QueryPage::run);
    connect(m_exportButton, &QPushButton::clicked, this, &QueryPage::exportWithDialog);
    connect(m_saveButton, &QPushButton::clicked, this, &QueryPage::saveAsInsight);
    connect(m_history, &QComboBox::textActivated, m_editor, &QPlainTextEdit::setPlainText);
    connect(m_snippets, &QComboBox::activated, this, [this](int index) { m_editor->setPlainText(m_snippets->itemData(index).toString()); });
    connect(m_saveSnippetButton, &QPushButton::clicked, this, &QueryPage::saveSnippet);
    connect(m_library, &QueryLibrary::historyChanged, this, &QueryPage::reloadHistory);
    connect(m_library, &QueryLibrary::snippetsChanged, this, &QueryPage::reloadSnippets);
    connect(m_ticker, &QTimer::timeout, this,
            [this] { m_status->setText(tr("Running… %1 s").arg(QString::number(m_clock.elapsed() / 1000.0, 'f', 1))); });
    auto *copy = new QShortcut(QKeySequence::Copy, m_table);
    connect(copy, &QShortcut::activated, this, &QueryPage::copySelection);
}

void QueryPage::copySelection() const
{
    // Tab between cells, a line per row: what spreadsheets paste as a table.
    QStringList lines;
    const auto selection = m_table->selectionModel()->selectedIndexes();
    int lastRow = -1;
    QStringList cells;
    for (const QModelIndex &index : selection) {
        if (index.row() != lastRow && lastRow != -1) {
            lines.append(cells.join(QLatin1Char('\t')));
            cells.clear();
        }
        lastRow = index.row();
        cells.append(index.data().toString());
    }
    if (!cells.isEmpty())
        lines.append(cells.join(QLatin1Char('\t')));
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void QueryPage::withProject(std::function<void(qint64 projectId)> then, std::function<void()> failed)
{
    m_projects->resolve(ActiveProjectStore::uiClientId(), this,
                        [this, then, failed](const ActiveProjectStore::Active &active, const PostHogError &error) {
                            if (error.isNone())
                                return then(active.projectId);
                            qCWarning(lcUi) << "Query page: no active project:" << error.categoryName();
                            showError(error.message());
                            if (failed)
                                failed();
                        });
}

void QueryPage::showError(const QString &message)
{
    m_status->setText(u"<span style='color:#c62828'>%1</span>"_s.arg(message.toHtmlEscaped()));
}

void QueryPage::refreshSchemaWords()
{
    withProject([this](qint64 projectId) { refreshSchemaWords(projectId); });
}

void QueryPage::refreshSchemaWords(qint64 projectId)
{
    ListOptions events;
    events.limit = 200;
    m_client->eventDefinitions(projectId, events, this, [this, projectId](const PostHogResult<Page<EventDefinition>> &page) {
        if (!page.ok()) {
            qCWarning(lcUi) << "Query page: the event names for completion did not load:" << page.error().categoryName();
            return;
        }
        QStringList words;
        for (const EventDefinition &e : page.value().results)
            words.append(e.name);
        PropertyListOptions properties;
        properties.limit = 300;
        m_client->propertyDefinitions(projectId, properties, this, [this, words](const PostHogResult<Page<PropertyDefinition>> &props) mutable {
            if (props.ok()) {
                for (const PropertyDefinition &p : props.value().results)
                    words.append(u"properties."_s + p.name);
            }
            qCDebug(lcUi) << "Query page: completion knows" << words.size() << "event and property names";
            m_editor->setSchemaWords(words);
        });
    });
}

void QueryPage::setRunning(bool running)
{
    m_runButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    if (running) {
        m_clock.start();
        m_ticker->start(100);
    } else {
        m_ticker->stop();
    }
}

void QueryPage::run()
{
    const QString sql = m_editor->toPlainText().trimmed();
    if (sql.isEmpty() || m_call)
        return;
    setRunning(true);
    m_status->setText(tr("Running…"));
    withProject([this, sql](qint64 projectId) { runIn(projectId, sql); },
                [this] {
                    setRunning(false);
                    Q_EMIT queryFinished(false);
                });
}

void QueryPage::runIn(qint64 projectId, const QString &sql)
{
    m_call = m_client->hogql(projectId, sql, this, [this, sql](const PostHogResult<QueryResult> &result) {
        // The call object goes later (deleteLater): a Run right after this must not be ignored.
        m_call.clear();
        setRunning(false);
        if (!result.ok()) {
            qCWarning(lcUi) << "Query page: the query failed after" << m_clock.elapsed() << "ms:" << result.error().categoryName();
            showError(result.error().message());
            m_status->setToolTip(result.error().message());
            Q_EMIT queryFinished(false);
            return;
        }
        showResult(result.value(), sql);
        Q_EMIT queryFinished(true);
    });
}

void QueryPage::showResult(const QueryResult &r, const QString &sql)
{
    const double seconds = m_clock.elapsed() / 1000.0;
    qCDebug(lcUi) << "Query page:" << r.rows.size() << "row(s) in" << m_clock.elapsed() << "ms" << (r.hasMore ? "(more exist)" : "");
    m_model->setResult(r.columns, r.types, r.rows);
    m_chart->setData(ChartData());
    m_table->resizeColumnsToContents();
    m_status->setText(tr("%n row(s) in %1 s", nullptr, int(r.rows.size())).arg(QString::number(seconds, 'f', 2))
                      + (r.hasMore ? tr(" — more rows exist: raise the LIMIT or page with OFFSET") : QString()));
    m_status->setToolTip(QString());
    m_exportButton->setEnabled(!r.rows.isEmpty());
    m_saveButton->setEnabled(true);
    m_library->addToHistory(sql);
}

void QueryPage::cancel()
{
    if (m_call)
        m_call->cancel();
}

void QueryPage::reloadHistory()
{
    m_history->clear();
    m_history->addItems(m_library->history());
    m_history->setCurrentIndex(-1);
}

bool QueryPage::exportTo(const QString &path, QString *error) const
{
    return ResultExporter::save(path, m_model->columns(), m_model->rows(), error);
}

void QueryPage::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export results"), u"results.csv"_s, tr("CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        m_status->setText(tr("Exported %n row(s) to %1", nullptr, int(m_model->rows().size())).arg(path));
}

void QueryPage::saveAsInsight()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as insight"), tr("Insight name:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const QJsonObject query{{u"kind"_s, u"DataVisualizationNode"_s},
                            {u"source"_s, QJsonObject{{u"kind"_s, u"HogQLQuery"_s}, {u"query"_s, m_editor->toPlainText()}}}};
    const QJsonObject fields{{u"name"_s, name.trimmed()}, {u"query"_s, query}};
    withProject([this, fields](qint64 projectId) {
        m_client->createInsight(projectId, fields, this, [this](const PostHogResult<Insight> &insight) {
            if (!insight.ok())
                qCWarning(lcUi) << "Query page: saving as an insight failed:" << insight.error().categoryName();
            m_status->setText(insight.ok() ? tr("Saved as insight %1 (%2).").arg(insight.value().name, insight.value().shortId)
                                           : insight.error().message());
        });
    });
}

void QueryPage::saveSnippet()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save snippet"), tr("Snippet name:"), QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        saveSnippetAs(name.trimmed());
}

void QueryPage::saveSnippetAs(const QString &name)
{
    if (!m_library->saveSnippet(name, m_editor->toPlainText()))
        return;
    m_status->setText(tr("Saved the snippet \"%1\".").arg(name));
}

QStringList QueryPage::snippetNames() const
{
    return m_library->snippetNames();
}

void QueryPage::reloadSnippets()
{
    m_snippets->clear();
    for (const QString &name : m_library->snippetNames())
        m_snippets->addItem(name, m_library->snippet(name));
    m_snippets->setCurrentIndex(-1);
}
