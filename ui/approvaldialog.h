#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

class ApprovalContext;
class ApprovalRequest;
class PostHogToolset;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

// Asks the person whether agents may run tools that change data, one queue window for every
// waiting request: which tool (in words), in which project, organization and region (the demo
// marked), on which objects (names and links, looked up while the dialog is open), what an update
// changes (before → after), the stake in words and the time left. Deny, Allow once, and Always
// allow (low and medium stakes only) answer the selected request. Non-modal, on top, works with
// the main window hidden; closing it denies what is still waiting.
class ApprovalDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ApprovalDialog(PostHogToolset *toolset, QWidget *parent = nullptr);

    void addRequest(ApprovalRequest *request);
    int waitingCount() const { return int(m_entries.size()); }
    ApprovalRequest *currentRequest() const;
    // Closing the window denies every request still waiting.
    void reject() override;

private:
    struct Entry
    {
        QPointer<ApprovalRequest> request;
        ApprovalContext *context;
    };

    QWidget *buildDetails();
    QWidget *buildButtons();
    void answerCurrent(int answer);
    void removeEntry(int index);
    void showCurrent();
    void updateQueue();
    void updateCountdown();
    void updateTargets(const Entry &entry);
    void updateChanges(const Entry &entry);
    int currentIndex() const;

    PostHogToolset *m_toolset;
    QList<Entry> m_entries;
    QListWidget *m_queue;
    QLabel *m_queueTitle;
    QLabel *m_heading;
    QLabel *m_where;
    QLabel *m_targets;
    QLabel *m_changesTitle;
    QTreeWidget *m_changes;
    QLabel *m_stake;
    QLabel *m_countdown;
    QPlainTextEdit *m_arguments;
    QPushButton *m_always = nullptr;
    QTimer *m_tick;
};
