#include "querypage.h"

#include "themecolors.h"

#include "chartwidget.h"
#include "hogqleditor.h"
#include "querychartpanel.h"
#include "queryresultmodel.h"
#include "resourcepage.h"
#include "resultexporter.h"
#include "schemabrowser.h"

#include "uilogging.h"

#include "posthog/posthogclient.h"
#include "settings/querylibrary.h"
#include "tools/activeprojectstore.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
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
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
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
    , m_chartPanel(new QueryChartPanel(this))
    , m_views(new QStackedWidget(this))
    , m_tableButton(new QToolButton(this))
    , m_chartButton(new QToolButton(this))
    , m_errorPanel(new QLabel(this))
    , m_schema(new SchemaBrowser(this))
    , m_ticker(new QTimer(this))
{
    setUpEditorAndLists();
    setUpTable();
    buildLayout();
    connectSignals();
    setRunning(false);
    m_exportButton->setEnabled(false);
    m_saveButton->setEnabled(false);
    m_status->setText(tr("Ctrl+Enter runs the query, Esc cancels it. Ctrl+Space completes names."));
}

void QueryPage::setUpEditorAndLists()
{
    m_editor->setObjectName(u"queryEditor"_s);
    m_runButton->setObjectName(u"runButton"_s);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_status->setObjectName(u"queryStatus"_s);
    m_history->setObjectName(u"historyCombo"_s);
    m_snippets->setObjectName(u"snippetsCombo"_s);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_saveSnippetButton->setObjectName(u"saveSnippetButton"_s);
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
    m_table->setAccessibleName(tr("Query results"));
    m_editor->setAccessibleName(tr("HogQL query"));
    m_tableButton->setObjectName(u"tableViewButton"_s);
    m_chartButton->setObjectName(u"chartViewButton"_s);
    m_tableButton->setText(tr("&Table"));
    m_chartButton->setText(tr("C&hart"));
    auto *group = new QButtonGroup(this);
    for (QToolButton *b : {m_tableButton, m_chartButton}) {
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        group->addButton(b);
    }
    m_tableButton->setChecked(true);
    m_chartButton->setEnabled(false);
    m_chartButton->setToolTip(tr("Chart the result: needs a number column"));
    m_views->setObjectName(u"resultViews"_s);
    m_views->addWidget(m_table);
    m_views->addWidget(m_chartPanel);
    m_errorPanel->setObjectName(u"queryErrorPanel"_s);
    m_errorPanel->setWordWrap(true);
    m_errorPanel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorPanel->setFrameShape(QFrame::StyledPanel);
    m_errorPanel->setMargin(8);
    m_errorPanel->setAccessibleName(tr("Query error"));
    m_errorPanel->setVisible(false);
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
    auto *viewSwitch = new QHBoxLayout;
    viewSwitch->addWidget(m_tableButton);
    viewSwitch->addWidget(m_chartButton);
    viewSwitch->addStretch(1);
    resultsLayout->addLayout(viewSwitch);
    resultsLayout->addWidget(m_errorPanel);
    resultsLayout->addWidget(m_views, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_editor);
    splitter->addWidget(results);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto *beside = new QSplitter(Qt::Horizontal, this);
    beside->addWidget(splitter);
    beside->addWidget(m_schema);
    beside->setStretchFactor(0, 4);
    beside->setStretchFactor(1, 1);
    beside->setSizes({800, 220});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(beside, 1);
}

void QueryPage::connectSignals()
{
    connect(m_runButton, &QPushButton::clicked, this, &QueryPage::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &QueryPage::cancel);
    connect(m_editor, &HogQLEditor::runRequested, this, &QueryPage::run);
    connect(m_editor, &HogQLEditor::cancelRequested, this, &QueryPage::cancel);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &QueryPage::cancel);
    connect(m_tableButton, &QToolButton::toggled, this, [this](bool on) { showChart(!on); });
    connect(m_schema, &SchemaBrowser::nameActivated, m_editor, &HogQLEditor::insertName);
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
        cells.append(index.data(Qt::EditRole).toString()); // the raw value, not the grouped display
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
    m_status->setText(ThemeColors::spanHtml(ThemeColors::Role::Error, u"<b>%1</b> %2"_s.arg(tr("Cannot run:"), message.toHtmlEscaped()), palette()));
}

void QueryPage::refreshSchemaWords()
{
    withProject([this](qint64 projectId) { refreshSchemaWords(projectId); });
}

void QueryPage::refreshSchemaWords(qint64 projectId)
{
    m_tableWords.clear(); // another project: another schema
    ListOptions events;
    events.limit = 200;
    m_client->eventDefinitions(projectId, events, this, [this, projectId](const PostHogResult<Page<EventDefinition>> &page) {
        if (!page.ok()) {
            qCWarning(lcUi) << "Query page: the event names for completion did not load:" << page.error().categoryName();
            return;
        }
        QStringList names;
        for (const EventDefinition &e : page.value().results)
            names.append(e.name);
        m_schema->setEvents(names);
        PropertyListOptions properties;
        properties.limit = 300;
        m_client->propertyDefinitions(projectId, properties, this, [this, names, projectId](const PostHogResult<Page<PropertyDefinition>> &props) {
            QStringList words = names;
            QStringList eventProperties;
            if (props.ok()) {
                for (const PropertyDefinition &p : props.value().results)
                    eventProperties.append(p.name);
            }
            m_schema->setEventProperties(eventProperties);
            for (const QString &p : std::as_const(eventProperties))
                words.append(u"properties."_s + p);
            PropertyListOptions personOptions;
            personOptions.type = u"person"_s;
            personOptions.limit = 300;
            m_client->propertyDefinitions(projectId, personOptions, this,
                                          [this, words, projectId](const PostHogResult<Page<PropertyDefinition>> &people) {
                                              QStringList all = words;
                                              QStringList personProperties;
                                              if (people.ok())
                                                  for (const PropertyDefinition &p : people.value().results)
                                                      personProperties.append(p.name);
                                              m_schema->setPersonProperties(personProperties);
                                              for (const QString &p : std::as_const(personProperties))
                                                  all.append(u"person.properties."_s + p);
                                              m_definitionWords = all;
                                              updateCompletion();
                                              loadTableColumns(projectId, {u"events"_s, u"persons"_s, u"sessions"_s});
                                          });
        });
    });
}

// A table's columns as the backend itself reports them for SELECT * (PostHog's and the demo's
// schemas differ; neither is listed here). One query at a time: queries share a small budget.
void QueryPage::loadTableColumns(qint64 projectId, QStringList tables)
{
    if (tables.isEmpty()) {
        qCDebug(lcUi) << "Query page: completion knows" << m_editor->completionWords().size() << "names";
        return;
    }
    const QString table = tables.takeFirst();
    m_client->hogql(projectId, u"SELECT * FROM %1 LIMIT 1"_s.arg(table), this, [this, projectId, table, tables](const PostHogResult<QueryResult> &r) {
        if (r.ok()) {
            QList<SchemaBrowser::Column> columns;
            for (qsizetype c = 0; c < r.value().columns.size(); ++c) {
                columns.append({r.value().columns.at(c), r.value().types.value(c)});
                m_tableWords.append(r.value().columns.at(c));
            }
            m_tableWords.append(table);
            m_schema->setTable(table, columns);
            updateCompletion();
        } else {
            qCDebug(lcUi) << "Query page: the columns of" << table << "did not load:" << r.error().categoryName();
        }
        loadTableColumns(projectId, tables);
    });
}

void QueryPage::updateCompletion()
{
    m_editor->setSchemaWords(m_tableWords + m_definitionWords);
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
            showQueryError(result.error().message());
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
    m_errorPanel->setVisible(false);
    m_editor->markError(0, 0);
    m_model->setResult(r.columns, r.types, r.rows);
    m_chartPanel->setResult(r.columns, r.types, r.rows);
    m_chartButton->setEnabled(m_chartPanel->canChart());
    if (!m_chartPanel->canChart())
        m_tableButton->setChecked(true);
    m_table->resizeColumnsToContents();
    m_status->setText(tr("%n row(s) in %1 s", nullptr, int(r.rows.size())).arg(QString::number(seconds, 'f', 2))
                      + (r.hasMore ? tr(" — more rows exist: raise the LIMIT or page with OFFSET") : QString())
                      + (m_model->hasTimes() ? u" · "_s + ResourcePage::timeZoneNote() : QString()));
    m_status->setToolTip(QString());
    m_exportButton->setEnabled(!r.rows.isEmpty());
    m_saveButton->setEnabled(true);
    m_library->addToHistory(sql);
}

void QueryPage::showQueryError(const QString &message)
{
    // The rows of the previous query no longer answer what the editor says: clear them.
    m_model->clear();
    m_chartPanel->clear();
    m_chartButton->setEnabled(false);
    m_exportButton->setEnabled(false);
    int line = 0, column = 0;
    const bool located = m_editor->locateError(message, &line, &column);
    m_editor->markError(located ? line : 0, column);
    m_errorPanel->setText(located ? tr("%1\n\n(Marked in the editor: line %2, column %3.)").arg(message).arg(line).arg(column) : message);
    m_errorPanel->setVisible(true);
    m_status->setText(tr("The query failed."));
    m_status->setToolTip(message);
}

void QueryPage::showChart(bool chart)
{
    m_views->setCurrentWidget(chart && m_chartPanel->canChart() ? static_cast<QWidget *>(m_chartPanel) : m_table);
    m_chartButton->setChecked(m_views->currentWidget() == m_chartPanel);
    m_tableButton->setChecked(m_views->currentWidget() == m_table);
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

// Window-modal dialogs opened with open(): nothing here runs a nested event loop.
void QueryPage::exportWithDialog()
{
    const QString csv = tr("CSV (*.csv)");
    const QString json = tr("JSON (*.json)");
    auto *dialog = new QFileDialog(this, tr("Export results"));
    dialog->setObjectName(u"exportDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({csv, json});
    dialog->selectFile(u"results.csv"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog](const QString &typed) {
        const QString path = exportFileName(typed, dialog->selectedNameFilter());
        QString error;
        if (exportTo(path, &error)) {
            m_status->setText(tr("Exported %n row(s) to %1", nullptr, int(m_model->rows().size())).arg(path));
            return;
        }
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}

void QueryPage::askForName(const QString &title, const QString &label, const std::function<void(const QString &name)> &named)
{
    auto *dialog = new QInputDialog(this);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [named](const QString &text) {
        if (!text.trimmed().isEmpty())
            named(text.trimmed());
    });
    dialog->open();
}

QString QueryPage::exportFileName(const QString &path, const QString &chosenFilter)
{
    const QString suffix = chosenFilter.contains("*.json"_L1) ? u"json"_s : u"csv"_s;
    const QFileInfo file(path);
    if (file.suffix().compare(suffix, Qt::CaseInsensitive) == 0)
        return path;
    const QString base = (file.suffix() == "csv"_L1 || file.suffix() == "json"_L1) ? file.completeBaseName() : file.fileName();
    return file.dir().filePath(base + QLatin1Char('.') + suffix);
}

void QueryPage::saveAsInsight()
{
    askForName(tr("Save as insight"), tr("Insight name:"), [this](const QString &name) { saveAsInsightNamed(name); });
}

void QueryPage::saveAsInsightNamed(const QString &name)
{
    const QJsonObject query{{u"kind"_s, u"DataVisualizationNode"_s},
                            {u"source"_s, QJsonObject{{u"kind"_s, u"HogQLQuery"_s}, {u"query"_s, m_editor->toPlainText()}}}};
    const QJsonObject fields{{u"name"_s, name}, {u"query"_s, query}};
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
    askForName(tr("Save snippet"), tr("Snippet name:"), [this](const QString &name) { saveSnippetAs(name); });
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
