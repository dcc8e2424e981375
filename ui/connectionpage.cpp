#include "connectionpage.h"

#include "posthog/posthogclient.h"
#include "service/companionservice.h"
#include "settings/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using Region = PostHogConnection::Region;

ConnectionPage::ConnectionPage(CompanionService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_region(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_urlLabel(new QLabel(tr("Address:"), this))
    , m_key(new QLineEdit(this))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_save(new QPushButton(tr("Save and connect"), this))
    , m_result(new QLabel(this))
    , m_organization(new QComboBox(this))
    , m_project(new QComboBox(this))
    , m_keySource(new QLabel(this))
    , m_allowFile(new QCheckBox(tr("Where no keychain works, keep the key in a file only I can read"), this))
{
    m_allowFile->setToolTip(tr("Off by default: without a keychain the key is then kept in memory for this run only."));
    m_allowFile->setChecked(m_service->settings()->allowKeyFile());
    connect(m_allowFile, &QCheckBox::toggled, this, [this](bool on) { m_service->settings()->setAllowKeyFile(on); });
    for (Region r : {Region::UsCloud, Region::EuCloud, Region::SelfHosted, Region::Demo})
        m_region->addItem(PostHogConnection::regionLabel(r), int(r));
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_key->setObjectName(QStringLiteral("apiKeyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("phx_… (leave empty to keep the saved key)"));
    m_key->setClearButtonEnabled(true);
    m_url->setPlaceholderText(QStringLiteral("https://posthog.example.com"));
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keySource->setWordWrap(true);
    m_keySource->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_organization->setObjectName(QStringLiteral("organizationCombo"));
    m_project->setObjectName(QStringLiteral("projectCombo"));

    auto *title = new QLabel(tr("Connection"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("Connect your PostHog account with a personal API key (PostHog → Settings → Personal API keys; the "
                                "'MCP Server' preset grants what the tools need). The key is kept in your system keychain and never shown again."),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Region:"), m_region);
    form->addRow(m_urlLabel, m_url);
    form->addRow(tr("Personal API key:"), m_key);
    form->addRow(QString(), m_allowFile);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    form->addRow(QString(), buttons);
    form->addRow(QString(), m_result);
    form->addRow(tr("Organization:"), m_organization);
    form->addRow(tr("Default project:"), m_project);
    form->addRow(QString(), m_keySource);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_region, &QComboBox::currentIndexChanged, this, &ConnectionPage::updateUrlVisibility);
    connect(m_test, &QPushButton::clicked, this, &ConnectionPage::testConnection);
    connect(m_save, &QPushButton::clicked, this, &ConnectionPage::save);
    connect(m_organization, &QComboBox::activated, this, [this] { loadProjects(m_organization->currentData().toString()); });
    connect(m_project, &QComboBox::activated, this, [this] {
        m_service->settings()->setDefaultProjectId(m_project->currentData().toLongLong());
    });
    connect(m_service, &CompanionService::connectionChanged, this, &ConnectionPage::refresh);
    refresh();
}

void ConnectionPage::refresh()
{
    const Region region = m_service->isDemo() ? Region::Demo : m_service->settings()->region();
    m_region->setCurrentIndex(m_region->findData(int(region)));
    m_url->setText(m_service->settings()->customBaseUrl());
    m_keySource->setText(m_service->keySourceExplanation());
    updateUrlVisibility();
    if (m_service->isReady())
        testConnection();
}

void ConnectionPage::updateUrlVisibility()
{
    const auto region = Region(m_region->currentData().toInt());
    m_url->setVisible(region == Region::SelfHosted);
    m_urlLabel->setVisible(region == Region::SelfHosted);
    m_key->setEnabled(region != Region::Demo);
}

void ConnectionPage::save()
{
    const auto region = Region(m_region->currentData().toInt());
    if (region == Region::SelfHosted) {
        QString error;
        if (!PostHogConnection::custom(region, m_url->text(), &error).isValid()) {
            m_result->setText(QStringLiteral("<span style='color:#c62828'>%1</span>").arg(error.toHtmlEscaped()));
            return;
        }
    }
    const QString key = m_key->text().trimmed();
    m_key->clear(); // never shown again
    m_result->setText(tr("Connecting…"));
    m_service->applyConnection(region, m_url->text().trimmed(), key);
}

void ConnectionPage::testConnection()
{
    m_test->setEnabled(false);
    m_result->setText(tr("Testing…"));
    m_service->client()->currentUser(this, [this](const PostHogResult<CurrentUser> &user) {
        m_test->setEnabled(true);
        if (!user.ok()) {
            m_result->setText(QStringLiteral("<span style='color:#c62828'>%1</span>").arg(user.error().message().toHtmlEscaped()));
            Q_EMIT tested(false);
            return;
        }
        QStringList orgs;
        m_organization->clear();
        for (const OrganizationRef &o : user.value().organizations) {
            orgs.append(o.name);
            m_organization->addItem(o.name, o.id);
        }
        const QString org = m_service->settings()->defaultOrganizationId().isEmpty() ? user.value().organization.id
                                                                                       : m_service->settings()->defaultOrganizationId();
        m_organization->setCurrentIndex(qMax(0, m_organization->findData(org)));
        m_result->setText(tr("<span style='color:#2e7d32'>✔ Connected</span> as %1 (%2). Organizations: %3.")
                              .arg(user.value().firstName.toHtmlEscaped(), user.value().email.toHtmlEscaped(), orgs.join(QStringLiteral(", ")).toHtmlEscaped()));
        loadProjects(m_organization->currentData().toString());
        Q_EMIT tested(true);
    });
}

void ConnectionPage::loadProjects(const QString &organizationId)
{
    if (organizationId.isEmpty())
        return;
    m_service->settings()->setDefaultOrganizationId(organizationId);
    m_service->client()->projects(organizationId, this, [this](const PostHogResult<QList<Project>> &projects) {
        m_project->clear();
        if (!projects.ok()) {
            m_result->setText(QStringLiteral("<span style='color:#c62828'>%1</span>").arg(projects.error().message().toHtmlEscaped()));
            return;
        }
        for (const Project &p : projects.value())
            m_project->addItem(QStringLiteral("%1 (id %2)").arg(p.name).arg(p.id), p.id);
        const qint64 current = m_service->settings()->defaultProjectId();
        m_project->setCurrentIndex(qMax(0, m_project->findData(current)));
    });
}
