#pragma once

#include <functional>

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

struct QueryResult;

class ActiveProjectStore;
class QueryChartPanel;
class SchemaBrowser;
class QStackedWidget;
class QToolButton;
class HogQLEditor;
class PostHogCall;
class PostHogClient;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QueryLibrary;
class QueryResultModel;

// The HogQL query browser: editor, asynchronous run with elapsed time and cancel, a sortable
// table, a chart when the result is a series, CSV/JSON export, history and snippets (kept by
// QueryLibrary), save as insight. Queries run in the window's project of ActiveProjectStore.
class QueryPage : public QWidget
{
    Q_OBJECT

public:
    QueryPage(PostHogClient *client, ActiveProjectStore *projects, QueryLibrary *library, QWidget *parent = nullptr);

    HogQLEditor *editor() const { return m_editor; }
    QueryResultModel *model() const { return m_model; }
    void run();
    void cancel();
    bool exportTo(const QString &path, QString *error) const;
    // The file to write for what the save dialog returned: its suffix follows the chosen format
    // ("CSV (*.csv)" or "JSON (*.json)"), whatever name was typed.
    static QString exportFileName(const QString &path, const QString &chosenFilter);
    QueryChartPanel *chartPanel() const { return m_chartPanel; }
    SchemaBrowser *schemaBrowser() const { return m_schema; }
    void showChart(bool chart);
    // Named queries kept across restarts.
    void saveSnippetAs(const QString &name);
    QStringList snippetNames() const;
    void refreshSchemaWords();

Q_SIGNALS:
    void queryFinished(bool ok);

private:
    // The constructor's steps.
    void setUpEditorAndLists();
    void setUpTable();
    void buildLayout();
    void connectSignals();
    void copySelection() const;

    void setRunning(bool running);
    void showError(const QString &message);
    // A failed query: the message in the error panel, the stale result gone, the place marked.
    void showQueryError(const QString &message);
    void loadTableColumns(qint64 projectId, QStringList tables);
    void updateCompletion();
    void showResult(const QueryResult &result, const QString &sql);
    void reloadHistory();
    void saveSnippet();
    void reloadSnippets();
    void saveAsInsight();
    void saveAsInsightNamed(const QString &name);
    // A window-modal name prompt; `named` gets the trimmed text when one is given.
    void askForName(const QString &title, const QString &label, const std::function<void(const QString &name)> &named);
    void exportWithDialog();
    // Runs `then` in the window's active project (ActiveProjectStore), or shows why there is none.
    void refreshSchemaWords(qint64 projectId);
    void runIn(qint64 projectId, const QString &sql);
    void withProject(std::function<void(qint64 projectId)> then, std::function<void()> failed = {});

    PostHogClient *m_client;
    ActiveProjectStore *m_projects;
    QueryLibrary *m_library;
    HogQLEditor *m_editor;
    QComboBox *m_history;
    QComboBox *m_snippets;
    QPushButton *m_saveSnippetButton;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QPushButton *m_exportButton;
    QPushButton *m_saveButton;
    QLabel *m_status;
    QTableView *m_table;
    QueryResultModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QueryChartPanel *m_chartPanel;
    QStackedWidget *m_views;
    QToolButton *m_tableButton;
    QToolButton *m_chartButton;
    QLabel *m_errorPanel;
    SchemaBrowser *m_schema;
    QStringList m_tableWords;
    QStringList m_definitionWords;
    QTimer *m_ticker;
    QElapsedTimer m_clock;
    QPointer<PostHogCall> m_call;
};
