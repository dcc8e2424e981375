#pragma once

#include <QWidget>

class ActivityFilterModel;
class ActivityLog;
class ActivityModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

// Every tool call agents make, live and kept for 90 days: filter by text and outcome, the full
// arguments and result summary of the selected call, export as CSV or JSON. New calls scroll
// the table only while it is at its newest row, so reading older rows is not interrupted.
class ActivityPage : public QWidget
{
    Q_OBJECT

public:
    enum class Format { Csv, Json };

    explicit ActivityPage(ActivityLog *log, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    // Writes the rows the filter shows; false with `error` (for people) when it cannot.
    bool exportTo(const QString &fileName, Format format, QString *error = nullptr) const;
    // Ctrl+F: the text filter takes the focus.
    void focusFilter();

private:
    QWidget *buildToolbar();
    void chooseExportFile();
    void confirmClear();
    void showDetails();
    void updateStorageNote();
    QByteArray csv() const;
    QByteArray json() const;

    ActivityLog *m_log;
    ActivityModel *m_model;
    ActivityFilterModel *m_proxy;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QLineEdit *m_filter;
    QComboBox *m_outcome;
    QLabel *m_storage;
    bool m_follow = true;
};
