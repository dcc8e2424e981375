#include "approvaldialog.h"

#include "tools/approvalrequest.h"

#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ApprovalDialog::ApprovalDialog(ApprovalRequest *request, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
{
    setWindowTitle(tr("Allow this action?"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowFlag(Qt::WindowStaysOnTopHint);
    setObjectName(u"approvalDialog"_s);
    auto *text = new QLabel(
        tr("<b>%1</b> wants to run <b>%2</b> (%3).<br>This changes data in PostHog (stake: %4).")
            .arg(request->clientName().toHtmlEscaped(), request->tool(), request->title().toHtmlEscaped(), Stakes::name(request->stake())),
        this);
    text->setWordWrap(true);
    auto *arguments = new QPlainTextEdit(QString::fromUtf8(QJsonDocument(request->arguments()).toJson(QJsonDocument::Indented)), this);
    arguments->setReadOnly(true);
    arguments->setMaximumHeight(160);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *deny = buttons->addButton(tr("Deny"), QDialogButtonBox::RejectRole);
    QPushButton *once = buttons->addButton(tr("Allow once"), QDialogButtonBox::AcceptRole);
    deny->setObjectName(u"denyButton"_s);
    once->setObjectName(u"allowOnceButton"_s);
    deny->setDefault(true);
    if (request->canAllowAlways()) {
        QPushButton *always = buttons->addButton(tr("Always allow"), QDialogButtonBox::AcceptRole);
        always->setObjectName(u"allowAlwaysButton"_s);
        connect(always, &QPushButton::clicked, this, [this] {
            if (m_request)
                m_request->answer(ApprovalRequest::Answer::AllowAlways);
            accept();
        });
    }
    connect(once, &QPushButton::clicked, this, [this] {
        if (m_request)
            m_request->answer(ApprovalRequest::Answer::AllowOnce);
        accept();
    });
    connect(deny, &QPushButton::clicked, this, [this] {
        if (m_request)
            m_request->answer(ApprovalRequest::Answer::Deny);
        reject();
    });
    connect(this, &QDialog::rejected, this, [this] {
        if (m_request && !m_request->isAnswered())
            m_request->answer(ApprovalRequest::Answer::Deny);
    });
    // The request may end without us (timeout, cancelled call): close with it.
    connect(request, &QObject::destroyed, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(arguments);
    layout->addWidget(buttons);
}
