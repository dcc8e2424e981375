#include "approvaldialog.h"

#include "relativetime.h"
#include "themecolors.h"

#include "tools/approvalcontext.h"
#include "tools/approvalrequest.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ApprovalDialog::ApprovalDialog(PostHogToolset *toolset, QWidget *parent)
    : QDialog(parent)
    , m_toolset(toolset)
    , m_queue(new QListWidget(this))
    , m_queueTitle(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_where(new QLabel(this))
    , m_targets(new QLabel(this))
    , m_changesTitle(new QLabel(this))
    , m_changes(new QTreeWidget(this))
    , m_stake(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_arguments(new QPlainTextEdit(this))
    , m_tick(new QTimer(this))
{
    setWindowTitle(tr("Allow this action?"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowFlag(Qt::WindowStaysOnTopHint);
    setObjectName(u"approvalDialog"_s);
    m_queue->setObjectName(u"approvalQueue"_s);
    m_queue->setAccessibleName(tr("Waiting requests"));
    m_queue->setFixedWidth(fontMetrics().averageCharWidth() * 36);
    m_queue->setWordWrap(true);
    m_queue->setTextElideMode(Qt::ElideRight);
    m_queue->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_queue->setSpacing(2);
    m_queueTitle->setBuddy(m_queue);
    auto *queueColumn = new QVBoxLayout;
    queueColumn->addWidget(m_queueTitle);
    queueColumn->addWidget(m_queue, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(queueColumn);
    columns->addWidget(buildDetails(), 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buildButtons());
    connect(m_queue, &QListWidget::currentRowChanged, this, &ApprovalDialog::showCurrent);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ApprovalDialog::updateCountdown);
    m_tick->start();
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 30);
}

QWidget *ApprovalDialog::buildDetails()
{
    auto *details = new QWidget(this);
    m_heading->setObjectName(u"approvalHeading"_s);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_where->setObjectName(u"approvalWhere"_s);
    m_where->setWordWrap(true);
    m_targets->setObjectName(u"approvalTargets"_s);
    m_targets->setWordWrap(true);
    m_targets->setOpenExternalLinks(true);
    m_targets->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_changesTitle->setText(tr("What changes:"));
    m_changes->setObjectName(u"approvalChanges"_s);
    m_changes->setAccessibleName(tr("Fields that change"));
    m_changes->setColumnCount(3);
    m_changes->setHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_changes->setRootIsDecorated(false);
    m_changes->setWordWrap(true);
    m_changes->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_changes->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_changes->setMaximumHeight(fontMetrics().height() * 8);
    m_stake->setObjectName(u"approvalStake"_s);
    m_stake->setWordWrap(true);
    m_countdown->setObjectName(u"approvalCountdown"_s);
    m_arguments->setObjectName(u"approvalArguments"_s);
    m_arguments->setAccessibleName(tr("Arguments the agent sent"));
    m_arguments->setReadOnly(true);
    m_arguments->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_arguments->setMaximumHeight(fontMetrics().height() * 6);
    auto *argumentsTitle = new QLabel(tr("Arguments the agent sent:"), details);
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : {static_cast<QWidget *>(m_heading), static_cast<QWidget *>(m_where), static_cast<QWidget *>(m_targets),
                       static_cast<QWidget *>(m_changesTitle), static_cast<QWidget *>(m_changes), static_cast<QWidget *>(m_stake),
                       static_cast<QWidget *>(argumentsTitle), static_cast<QWidget *>(m_arguments)})
        layout->addWidget(w);
    layout->addStretch(1);
    layout->addWidget(m_countdown);
    return details;
}

QWidget *ApprovalDialog::buildButtons()
{
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *deny = buttons->addButton(tr("&Deny"), QDialogButtonBox::RejectRole);
    QPushButton *once = buttons->addButton(tr("Allow &once"), QDialogButtonBox::AcceptRole);
    m_always = buttons->addButton(tr("&Always allow"), QDialogButtonBox::AcceptRole);
    deny->setObjectName(u"denyButton"_s);
    once->setObjectName(u"allowOnceButton"_s);
    m_always->setObjectName(u"allowAlwaysButton"_s);
    deny->setDefault(true);
    // The buttons answer the selected request; the dialog stays while others wait.
    connect(deny, &QPushButton::clicked, this, [this] { answerCurrent(int(ApprovalRequest::Answer::Deny)); });
    connect(once, &QPushButton::clicked, this, [this] { answerCurrent(int(ApprovalRequest::Answer::AllowOnce)); });
    connect(m_always, &QPushButton::clicked, this, [this] { answerCurrent(int(ApprovalRequest::Answer::AllowAlways)); });
    return buttons;
}

void ApprovalDialog::addRequest(ApprovalRequest *request)
{
    auto *context = new ApprovalContext(request, m_toolset, this);
    m_entries.append({request, context});
    connect(context, &ApprovalContext::changed, this, [this, context] {
        const int index = currentIndex();
        if (index >= 0 && m_entries.at(index).context == context)
            showCurrent();
        updateQueue();
    });
    // The request may end without us (timed out, call cancelled): it leaves the queue.
    connect(request, &QObject::destroyed, this, [this, context] {
        for (int i = 0; i < m_entries.size(); ++i) {
            if (m_entries.at(i).context == context)
                return removeEntry(i);
        }
    });
    updateQueue();
    showCurrent(); // the ids and the arguments at once; names follow as they arrive
    context->resolve();
}

int ApprovalDialog::currentIndex() const
{
    const int row = m_queue->currentRow();
    return row >= 0 && row < m_entries.size() ? row : (m_entries.isEmpty() ? -1 : 0);
}

ApprovalRequest *ApprovalDialog::currentRequest() const
{
    const int index = currentIndex();
    return index < 0 ? nullptr : m_entries.at(index).request.data();
}

void ApprovalDialog::answerCurrent(int answer)
{
    const int index = currentIndex();
    if (index < 0)
        return;
    const QPointer<ApprovalRequest> request = m_entries.at(index).request;
    removeEntry(index);
    if (request)
        request->answer(ApprovalRequest::Answer(answer));
}

void ApprovalDialog::removeEntry(int index)
{
    Entry entry = m_entries.takeAt(index);
    entry.context->deleteLater();
    if (m_entries.isEmpty()) {
        m_tick->stop();
        close();
        return;
    }
    updateQueue();
    m_queue->setCurrentRow(qMin(index, int(m_entries.size()) - 1));
    showCurrent();
}

void ApprovalDialog::reject()
{
    // Nothing else would ask these again: closing the window is a "no" to each.
    const QList<Entry> entries = std::exchange(m_entries, {});
    for (const Entry &entry : entries) {
        if (entry.request)
            entry.request->answer(ApprovalRequest::Answer::Deny);
    }
    QDialog::reject();
}

void ApprovalDialog::updateQueue()
{
    const int count = int(m_entries.size());
    m_queueTitle->setText(tr("&Waiting (%n):", nullptr, count));
    m_queue->setVisible(count > 1);
    m_queueTitle->setVisible(count > 1);
    const QSignalBlocker blocker(m_queue);
    const int row = m_queue->currentRow();
    m_queue->clear();
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.request)
            m_queue->addItem(tr("%1\n%2").arg(entry.context->actionInWords(), entry.request->clientName()));
    }
    m_queue->setCurrentRow(qBound(0, row, count - 1));
    setWindowTitle(count > 1 ? tr("%n actions wait for your approval", nullptr, count) : tr("Allow this action?"));
}

void ApprovalDialog::showCurrent()
{
    const int index = currentIndex();
    if (index < 0 || !m_entries.at(index).request)
        return;
    const Entry &entry = m_entries.at(index);
    ApprovalRequest *request = entry.request;
    ApprovalContext *context = entry.context;
    m_heading->setText(tr("<b>%1</b> wants to: <b>%2</b>").arg(request->clientName().toHtmlEscaped(), context->actionInWords().toHtmlEscaped()));
    const QString project = context->projectName().isEmpty() ? tr("looking up…") : context->projectName();
    QString where = tr("Project <b>%1</b> · organization <b>%2</b> · %3")
                        .arg(project.toHtmlEscaped(), context->organizationName().toHtmlEscaped(), context->regionLabel().toHtmlEscaped());
    if (context->isDemo())
        where += u" &nbsp;<span style='background:%1; color:%2'>&nbsp;%3&nbsp;</span>"_s.arg(
            ThemeColors::background(ThemeColors::Role::Warning, palette()).name(), palette().color(QPalette::WindowText).name(),
            tr("DEMO WORKSPACE").toHtmlEscaped());
    m_where->setText(where);
    updateTargets(entry);
    updateChanges(entry);
    m_stake->setText(tr("<b>Stake:</b> %1").arg(context->stakeInWords().toHtmlEscaped()));
    m_arguments->setPlainText(QString::fromUtf8(QJsonDocument(request->arguments()).toJson(QJsonDocument::Indented)));
    m_always->setVisible(request->canAllowAlways());
    m_always->setToolTip(request->stake() == Stake::Low ? tr("Never ask again for this tool.")
                                                        : tr("Never ask again for this tool with exactly these arguments."));
    updateCountdown();
}

void ApprovalDialog::updateTargets(const Entry &entry)
{
    QStringList lines;
    for (const ApprovalContext::Target &t : entry.context->targets()) {
        const QString id = u"#%1"_s.arg(t.id.toHtmlEscaped());
        if (!t.name.isEmpty())
            lines.append(tr("%1 <a href=\"%2\">%3</a> (%4)").arg(t.kind, t.url.toString(QUrl::FullyEncoded), t.name.toHtmlEscaped(), id));
        else if (!t.problem.isEmpty())
            lines.append(tr("%1 %2: %3").arg(t.kind, id, ThemeColors::span(ThemeColors::Role::Error, t.problem, palette())));
        else
            lines.append(tr("%1 %2 (looking up its name…)").arg(t.kind, id));
    }
    m_targets->setVisible(!lines.isEmpty());
    m_targets->setText(lines.join(u"<br>"_s));
}

void ApprovalDialog::updateChanges(const Entry &entry)
{
    const QList<ApprovalContext::Change> changes = entry.context->changes();
    const bool creates = entry.request->tool().startsWith("create_"_L1);
    m_changes->clear();
    for (const ApprovalContext::Change &c : changes)
        m_changes->addTopLevelItem(new QTreeWidgetItem({c.field, c.before.isEmpty() ? tr("(empty)") : c.before, c.after}));
    m_changes->setColumnHidden(1, creates);
    m_changesTitle->setText(creates ? tr("New values:") : tr("What changes (before → after):"));
    const bool updates = entry.request->tool().startsWith("update_"_L1);
    if (updates && !entry.context->changesResolved())
        m_changesTitle->setText(tr("What changes: reading the current values…"));
    else if (updates && changes.isEmpty())
        m_changesTitle->setText(tr("What changes: nothing (every field already has the requested value)."));
    m_changesTitle->setVisible(creates || updates);
    m_changes->setVisible(!changes.isEmpty());
}

void ApprovalDialog::updateCountdown()
{
    ApprovalRequest *request = currentRequest();
    if (!request || !request->deadline().isValid()) {
        m_countdown->clear();
        return;
    }
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(request->deadline());
    m_countdown->setText(tr("Denied automatically in %1 if nobody answers.").arg(RelativeTime::remaining(left)));
}
