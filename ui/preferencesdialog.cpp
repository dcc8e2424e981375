#include "preferencesdialog.h"

#include "desktopoptions.h"
#include "rememberedapprovalsbox.h"
#include "uilogging.h"

#include "service/companionservice.h"
#include "settings/settings.h"
#include "tools/approvalpolicy.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PreferencesDialog::PreferencesDialog(CompanionService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_tabs(new QTabWidget(this))
    , m_port(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_timeout(new QSpinBox(this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_tabs->setObjectName(u"preferencesTabs"_s);
    m_tabs->addTab(buildGeneral(), tr("&General"));
    auto *approvals = new QWidget(this);
    auto *approvalsLayout = new QVBoxLayout(approvals);
    approvalsLayout->addWidget(new RememberedApprovalsBox(service->approvals(), approvals));
    m_tabs->addTab(approvals, tr("&Approvals"));
    m_tabs->addTab(buildDesktop(), tr("&Desktop"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 26);
}

QWidget *PreferencesDialog::buildGeneral()
{
    auto *page = new QWidget(this);
    Settings *settings = m_service->settings();
    m_port->setObjectName(u"portSpin"_s);
    m_port->setRange(1024, 65535);
    m_port->setValue(settings->mcpPort());
    m_port->setAccessibleName(tr("MCP port"));
    m_language->setObjectName(u"languageCombo"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("As the system"), QString());
    // Each language in its own name, so a person can find theirs whatever the current one.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings->language())));
    m_timeout->setObjectName(u"approvalTimeoutSpin"_s);
    m_timeout->setAccessibleName(tr("Approval timeout in minutes"));
    m_timeout->setRange(1, 240);
    m_timeout->setSuffix(tr(" min"));
    m_timeout->setValue(qMax(1, settings->approvalTimeoutSeconds() / 60));
    auto *form = new QFormLayout(page);
    form->addRow(tr("MCP &port:"), m_port);
    form->addRow(QString(), new QLabel(tr("Clients must use the new address after a change (the MCP page shows it)."), page));
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), new QLabel(tr("A new language applies at the next start."), page));
    form->addRow(tr("Deny an unanswered &approval after:"), m_timeout);
    return page;
}

QWidget *PreferencesDialog::buildDesktop()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"desktopTab"_s);
    m_desktop = new DesktopOptions(m_service->settings(), page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_desktop);
    layout->addStretch(1);
    return page;
}

void PreferencesDialog::apply()
{
    Settings *settings = m_service->settings();
    QString error;
    if (!m_desktop->apply(&error)) {
        qCWarning(lcUi) << "start at login could not be changed:" << error;
        auto *message = new QMessageBox(QMessageBox::Warning, tr("Start at login"), tr("Start at login could not be changed: %1").arg(error),
                                        QMessageBox::Ok, parentWidget());
        message->setAttribute(Qt::WA_DeleteOnClose);
        message->open();
    }
    settings->setLanguage(m_language->currentData().toString());
    settings->setApprovalTimeoutSeconds(m_timeout->value() * 60);
    m_service->approvals()->setTimeoutMs(m_timeout->value() * 60 * 1000);
    const quint16 port = quint16(m_port->value());
    if (port != settings->mcpPort()) {
        settings->setMcpPort(port);
        if (m_service->isHttpRunning()) {
            m_service->stopHttp();
            QString error;
            if (!m_service->startHttp(&error))
                qCWarning(lcUi) << "the MCP endpoint did not restart on the new port:" << error;
        }
    }
    settings->sync();
}
