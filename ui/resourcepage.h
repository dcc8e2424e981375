#pragma once

#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

// A searchable list of PostHog objects with a details pane: the shape of the Insights,
// Dashboards, Errors, Feature flags and LLM costs pages. What to list comes from a loader.
class ResourcePage : public QWidget
{
    Q_OBJECT

public:
    struct Row
    {
        QStringList cells;
        QString details; // Markdown
        QUrl link; // "Open in PostHog"
        // Optional: computes richer details on selection (e.g. runs an insight).
        std::function<void(QObject *context, std::function<void(const QString &markdown)>)> loadDetails;
    };
    using Deliver = std::function<void(const QList<Row> &rows, const QString &error, const QString &summary)>;
    using Loader = std::function<void(QObject *context, const QString &search, Deliver deliver)>;

    ResourcePage(const QString &title, const QStringList &headers, Loader loader, QWidget *parent = nullptr);

    void reload();
    int rowCount() const;

private:
    void setUpWidgets(const QStringList &headers);
    void buildLayout();
    void connectSignals();
    void showDetails(int row);

    Loader m_loader;
    QList<Row> m_rows;
    QLabel *m_title;
    QLabel *m_summary;
    QLineEdit *m_search;
    QPushButton *m_refresh;
    QPushButton *m_open;
    QTreeWidget *m_list;
    QTextBrowser *m_details;
    int m_generation = 0;
};
