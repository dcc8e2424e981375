#include "connectionpage.h"

#include "themecolors.h"

#include "posthog/posthogclient.h"
#include "service/companionservice.h"
#include "settings/settings.h"
#include "tools/activeprojectstore.h"
#include "tools/posthogtoolset.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

using Region = PostHogConnection::Region;
using Rule = ActiveProjectStore::Rule;

namespace {
QString ruleLabel(Rule rule)
{
    switch (rule) {
    case Rule::Environment: return ConnectionPage::tr("pinned by POSTHOG_PROJECT_ID");
    case Rule::Configured: return ConnectionPage::tr("the default project chosen here");
    case Rule::KeyScopedProject: return ConnectionPage::tr("the first project this key is limited to");
    case Rule::CurrentProject: return ConnectionPage::tr("the project you last opened in PostHog");
    case Rule::FirstProject: return ConnectionPage::tr("the first project of the first organization this key may reach");
    case Rule::Chosen:
    case Rule::None: break;
    }
    return ConnectionPage::tr("chosen here");
}
} // namespace

ConnectionPage::ConnectionPage(CompanionService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_region(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_urlLabel(new QLabel(tr("&Address:"), this))
    , m_key(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_createKey(new QPushButton(tr("&Create a key…"), this))
    , m_forget(new QPushButton(tr("Forget ke&y"), this))
    , m_result(new QLabel(this))
    , m_organization(new QComboBox(this))
    , m_project(new QComboBox(this))
    , m_active(new QLabel(this))
    , m_scopes(new QLabel(this))
    , m_keySource(new QLabel(this))
    , m_allowFile(new QCheckBox(tr("Where no keychain works, keep the key in a file only I can rea&d"), this))
{
    auto *title = new QLabel(tr("Connection"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("Connect your PostHog account with a personal API key. \"Create a key…\" opens PostHog with the "
                                "'MCP Server' preset. The key is kept in your system keychain and never shown again."),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(buildForm());
    layout->addStretch(1);

    connect(m_region, &QComboBox::currentIndexChanged, this, &ConnectionPage::updateUrlVisibility);
    connect(m_test, &QPushButton::clicked, this, &ConnectionPage::testConnection);
    connect(m_save, &QPushButton::clicked, this, &ConnectionPage::save);
    connect(m_forget, &QPushButton::clicked, this, &ConnectionPage::forgetKey);
    connect(m_createKey, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(createKeyUrl()); });
    connect(m_allowFile, &QCheckBox::toggled, this, [this](bool on) { m_service->settings()->setAllowKeyFile(on); });
    connect(m_organization, &QComboBox::activated, this, [this] { loadProjects(m_organization->currentData().toString(), true); });
    connect(m_project, &QComboBox::activated, this, [this] { chooseProject(m_project->currentData().toLongLong()); });
    connect(m_service, &CompanionService::connectionChanged, this, &ConnectionPage::refresh);
    connect(m_service->toolset()->projects(), &ActiveProjectStore::activeChanged, this, &ConnectionPage::showActive);
    refresh();
}

QLayout *ConnectionPage::buildForm()
{
    m_region->addItem(tr("Detect (US or EU cloud)"), DetectRegion);
    for (Region r : {Region::UsCloud, Region::EuCloud, Region::SelfHosted, Region::Demo})
        m_region->addItem(PostHogConnection::regionLabel(r), int(r));
    m_region->setObjectName(u"regionCombo"_s);
    m_key->setObjectName(u"apiKeyEdit"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("phx_… (leave empty to keep the saved key)"));
    m_key->setClearButtonEnabled(true);
    m_key->setAccessibleName(tr("Personal API key"));
    m_url->setObjectName(u"urlEdit"_s);
    m_url->setPlaceholderText(u"https://posthog.example.com"_s);
    m_test->setObjectName(u"testButton"_s);
    m_test->setToolTip(tr("Try the typed key (or the saved one) without storing anything."));
    m_save->setObjectName(u"saveButton"_s);
    m_save->setToolTip(tr("Store the key once PostHog accepted it; a key PostHog refuses never replaces a working one."));
    m_createKey->setObjectName(u"createKeyButton"_s);
    m_forget->setObjectName(u"forgetKeyButton"_s);
    m_forget->setToolTip(tr("Remove the key from the keychain, the key file and memory."));
    m_allowFile->setToolTip(tr("Off by default: without a keychain the key is then kept in memory for this run only."));
    m_allowFile->setChecked(m_service->settings()->allowKeyFile());
    for (QLabel *label : {m_result, m_active, m_scopes, m_keySource}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_result->setObjectName(u"connectionResult"_s);
    m_active->setObjectName(u"activeProjectLabel"_s);
    m_scopes->setObjectName(u"keyScopesLabel"_s);
    QPalette quiet = m_keySource->palette();
    quiet.setColor(QPalette::WindowText, ThemeColors::color(ThemeColors::Role::Muted, quiet));
    m_keySource->setPalette(quiet);
    m_organization->setObjectName(u"organizationCombo"_s);
    m_project->setObjectName(u"projectCombo"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Region:"), m_region);
    form->addRow(m_urlLabel, m_url);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_createKey);
    auto *keyLabel = new QLabel(tr("Personal API &key:"), this);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, keyRow);
    form->addRow(QString(), m_allowFile);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_forget);
    form->addRow(QString(), buttons);
    form->addRow(QString(), m_result);
    form->addRow(tr("&Organization:"), m_organization);
    form->addRow(tr("Default &project:"), m_project);
    form->addRow(tr("Active project:"), m_active);
    form->addRow(tr("Key scopes:"), m_scopes);
    form->addRow(QString(), m_keySource);
    return form;
}

void ConnectionPage::refresh()
{
    const Region stored = m_service->settings()->region();
    // A first run shows the demo with no key yet: offer Detect for the key the person will enter.
    const bool noAccount = m_service->activeKey().isEmpty() || (m_service->isDemo() && stored != Region::Demo);
    const int choice = stored == Region::Demo ? int(Region::Demo) : noAccount ? DetectRegion : int(stored);
    m_region->setCurrentIndex(m_region->findData(choice));
    m_url->setText(m_service->settings()->customBaseUrl());
    m_keySource->setText(m_service->keySourceExplanation());
    m_forget->setEnabled(!m_service->isDemo() || m_service->settings()->apiKeySaved());
    m_key->setPlaceholderText(noAccount ? tr("phx_…") : tr("phx_… (leave empty to keep the saved key)"));
    updateUrlVisibility();
    showScopes();
    showActive();
    if (m_service->isReady())
        loadAccount();
}

void ConnectionPage::updateUrlVisibility()
{
    const int region = m_region->currentData().toInt();
    m_url->setVisible(region == int(Region::SelfHosted));
    m_urlLabel->setVisible(region == int(Region::SelfHosted));
    m_key->setEnabled(region != int(Region::Demo));
    m_test->setEnabled(region != int(Region::Demo));
    m_createKey->setEnabled(region != int(Region::Demo));
}

QUrl ConnectionPage::createKeyUrl() const
{
    const int region = m_region->currentData().toInt();
    QString error;
    if (region == int(Region::SelfHosted)) {
        const PostHogConnection custom = PostHogConnection::custom(Region::SelfHosted, m_url->text().trimmed(), &error);
        if (custom.isValid())
            return CompanionService::createKeyUrl(custom);
    }
    // Detect: a key is made where the account lives; EU people pick "EU cloud" first.
    return CompanionService::createKeyUrl(region == int(Region::EuCloud) ? PostHogConnection::euCloud() : PostHogConnection::usCloud());
}

QList<PostHogConnection> ConnectionPage::candidates(QString *error) const
{
    switch (m_region->currentData().toInt()) {
    case DetectRegion: return CompanionService::detectCandidates();
    case int(Region::UsCloud): return {PostHogConnection::usCloud()};
    case int(Region::EuCloud): return {PostHogConnection::euCloud()};
    default: break;
    }
    const PostHogConnection custom = PostHogConnection::custom(Region::SelfHosted, m_url->text().trimmed(), error);
    return custom.isValid() ? QList<PostHogConnection>{custom} : QList<PostHogConnection>{};
}

QString ConnectionPage::keyToTry(QString *error) const
{
    const QString typed = m_key->text().trimmed();
    const QString key = typed.isEmpty() ? m_service->activeKey() : typed;
    *error = CompanionService::keyRefusal(key);
    if (key.isEmpty() || (typed.isEmpty() && m_service->isDemo()))
        *error = tr("Enter a personal API key first.");
    return error->isEmpty() ? key : QString();
}

void ConnectionPage::showResult(const QString &html, bool error)
{
    m_result->setText(error ? ThemeColors::spanHtml(ThemeColors::Role::Error, html, palette()) : html);
}

void ConnectionPage::testConnection()
{
    QString error;
    const QList<PostHogConnection> where = candidates(&error);
    const QString key = where.isEmpty() ? QString() : keyToTry(&error);
    if (!error.isEmpty()) { // refused before any request (phc_ key, bad address, no key)
        showResult(error.toHtmlEscaped(), true);
        Q_EMIT tested(false);
        return;
    }
    m_test->setEnabled(false);
    showResult(where.size() > 1 ? tr("Trying US and EU cloud…") : tr("Testing…"), false);
    m_service->probeKey(where, key, this, [this](const CompanionService::Probe &probe) {
        m_test->setEnabled(true);
        if (!probe.ok) {
            showResult(probe.message.toHtmlEscaped().replace(QLatin1Char('\n'), u"<br>"_s), true);
            Q_EMIT tested(false);
            return;
        }
        const QString region = PostHogConnection::regionLabel(probe.connection.region());
        showResult(tr("✔ PostHog (%1) accepts this key: %2 (%3). Not saved yet: Save to use it.")
                       .arg(region.toHtmlEscaped(), probe.user.firstName.toHtmlEscaped(), probe.user.email.toHtmlEscaped()),
                   false);
        Q_EMIT tested(true);
    });
}

void ConnectionPage::save()
{
    if (m_region->currentData().toInt() == int(Region::Demo)) {
        m_service->useDemoWorkspace();
        Q_EMIT saved(true);
        return;
    }
    QString error;
    const QList<PostHogConnection> where = candidates(&error);
    const QString key = where.isEmpty() ? QString() : keyToTry(&error);
    if (!error.isEmpty()) {
        showResult(error.toHtmlEscaped(), true);
        Q_EMIT saved(false);
        return;
    }
    m_save->setEnabled(false);
    showResult(tr("Checking the key with PostHog…"), false);
    m_service->saveConnection(where, key, this, [this](const CompanionService::Probe &probe) {
        m_save->setEnabled(true);
        if (!probe.ok) {
            const QString kept
                = m_service->activeKey().isEmpty() || m_service->isDemo() ? tr("Nothing was saved.") : tr("Nothing was saved: the key in use stays.");
            showResult(u"%1<br>%2"_s.arg(probe.message.toHtmlEscaped().replace(QLatin1Char('\n'), u"<br>"_s), kept), true);
            Q_EMIT saved(false);
            return;
        }
        m_key->clear(); // never shown again
        Q_EMIT saved(true);
    });
}

void ConnectionPage::forgetKey()
{
    m_key->clear();
    m_service->forgetKey(this,
                         [this](const QString &explanation) { showResult(tr("The key was forgotten. %1").arg(explanation).toHtmlEscaped(), false); });
}

void ConnectionPage::loadAccount()
{
    m_service->client()->currentUser(this, [this](const PostHogResult<CurrentUser> &user) {
        if (!user.ok()) {
            showResult(user.error().message().toHtmlEscaped(), true);
            return;
        }
        // "Connected" only for the key PostHog accepted and the service now uses.
        if (m_service->isDemo()) {
            showResult(tr("%1 to the offline demo workspace (sample data). Enter a personal API key and Save to use your PostHog account.")
                           .arg(ThemeColors::span(ThemeColors::Role::Success, tr("✔ Connected"), palette())),
                       false);
        } else {
            const QString who = u"%1 (%2)"_s.arg(user.value().firstName, user.value().email);
            showResult(tr("%1 to %2 as %3.")
                           .arg(ThemeColors::span(ThemeColors::Role::Success, tr("✔ Connected"), palette()),
                                m_service->connectionSummary().toHtmlEscaped(), who.toHtmlEscaped()),
                       false);
        }
        const QString saved = m_service->settings()->defaultOrganizationId();
        fillOrganizations(user.value().organizations, saved.isEmpty() ? user.value().organization.id : saved);
    });
}

void ConnectionPage::fillOrganizations(const QList<OrganizationRef> &organizations, const QString &current)
{
    m_organization->clear();
    const auto scopes = m_service->keyScopes();
    for (const OrganizationRef &o : organizations) {
        if (!scopes || scopes->scopedOrganizations.isEmpty() || scopes->scopedOrganizations.contains(o.id))
            m_organization->addItem(o.name, o.id);
    }
    m_organization->setCurrentIndex(qMax(0, m_organization->findData(current)));
    loadProjects(m_organization->currentData().toString(), false);
}

void ConnectionPage::loadProjects(const QString &organizationId, bool chosenByPerson)
{
    if (organizationId.isEmpty())
        return;
    if (chosenByPerson)
        m_service->settings()->setDefaultOrganizationId(organizationId);
    m_service->client()->projects(organizationId, this, [this, chosenByPerson](const PostHogResult<QList<Project>> &projects) {
        m_project->clear();
        if (!projects.ok()) {
            // A project-scoped key cannot list an organization's projects (403): show the
            // project it is limited to, which the store found through /api/projects/{id}/.
            m_service->toolset()->projects()->resolve(
                ActiveProjectStore::uiClientId(), this, [this](const ActiveProjectStore::Active &active, const PostHogError &error) {
                    if (error.isNone())
                        m_project->addItem(u"%1 (id %2)"_s.arg(active.projectName).arg(active.projectId), active.projectId);
                });
            return;
        }
        const auto scopes = m_service->keyScopes();
        for (const Project &p : projects.value()) {
            if (!scopes || scopes->scopedProjects.isEmpty() || scopes->scopedProjects.contains(p.id))
                m_project->addItem(u"%1 (id %2)"_s.arg(p.name).arg(p.id), p.id);
        }
        const int index = m_project->findData(m_service->settings()->defaultProjectId());
        m_project->setCurrentIndex(qMax(0, index));
        // Choosing another organization picks its first project at once (saved, pages reload).
        if (chosenByPerson && index < 0 && m_project->count() > 0)
            chooseProject(m_project->currentData().toLongLong());
        else if (index < 0)
            showActive();
    });
}

void ConnectionPage::chooseProject(qint64 projectId)
{
    if (projectId <= 0)
        return;
    m_service->settings()->setDefaultProjectId(projectId);
    m_service->toolset()->projects()->defaultChanged(); // every page reloads; agents that did not switch follow
}

void ConnectionPage::showActive()
{
    m_service->toolset()->projects()->resolve(
        ActiveProjectStore::uiClientId(), this, [this](const ActiveProjectStore::Active &active, const PostHogError &error) {
            if (!error.isNone()) {
                m_active->setText(ThemeColors::span(ThemeColors::Role::Error, error.message(), palette()));
                return;
            }
            const QString org = active.organizationName.isEmpty() ? active.organizationId : active.organizationName;
            m_active->setText(tr("%1 (id %2) in %3 — %4")
                                  .arg(active.projectName.toHtmlEscaped())
                                  .arg(active.projectId)
                                  .arg(org.toHtmlEscaped(), ruleLabel(active.ruleKind).toHtmlEscaped()));
            const int index = m_project->findData(active.projectId);
            if (index >= 0)
                m_project->setCurrentIndex(index);
        });
}

void ConnectionPage::showScopes()
{
    const auto scopes = m_service->keyScopes();
    if (!scopes) {
        m_scopes->setText(m_service->isReady() ? tr("unknown (this PostHog does not say): every tool is offered") : QString());
        return;
    }
    // The MCP Server preset carries ~50 scopes: a long list is summed up, the tooltip has it all.
    const QString all = scopes->scopes.join(u", "_s);
    QString text = scopes->scopes.contains("*"_L1) ? tr("all access")
                   : scopes->scopes.size() > 8     ? tr("%n scope(s) (hover for the list)", nullptr, int(scopes->scopes.size()))
                                                   : all;
    m_scopes->setToolTip(all);
    if (!scopes->scopedProjects.isEmpty()) {
        QStringList ids;
        for (qint64 id : scopes->scopedProjects)
            ids.append(QString::number(id));
        text += u" · "_s + tr("limited to %n project(s): %1", nullptr, int(ids.size())).arg(ids.join(u", "_s));
    } else if (!scopes->scopedOrganizations.isEmpty()) {
        text += u" · "_s + tr("limited to %n organization(s)", nullptr, int(scopes->scopedOrganizations.size()));
    }
    m_scopes->setText(text.toHtmlEscaped());
}
