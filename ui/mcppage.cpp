#include "mcppage.h"

#include "clientconfigsnippets.h"
#include "rememberedapprovalsbox.h"
#include "themecolors.h"
#include "uilogging.h"

#include "mcp/toolregistry.h"
#include "mcp/tunnelhostnames.h"
#include "service/companionservice.h"
#include "settings/claudedesktopconfig.h"
#include "settings/settings.h"
#include "tools/approvalpolicy.h"
#include "tools/posthogtoolset.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

McpPage::McpPage(CompanionService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_enabled(new QCheckBox(tr("&Serve MCP to local agents"), this))
    , m_status(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_showToken(new QPushButton(tr("Show"), this))
    , m_snippets(new QTabWidget(this))
    , m_tools(new QTableWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildTitle());
    layout->addLayout(buildForm());
    layout->addWidget(buildTabs(), 1);
    connectSignals();
    fillTools();
    refresh();
}

QWidget *McpPage::buildTitle()
{
    auto *title = new QLabel(tr("MCP server"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    return title;
}

QLayout *McpPage::buildForm()
{
    m_enabled->setObjectName(u"mcpEnabled"_s);
    m_url->setReadOnly(true);
    m_token->setReadOnly(true);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setObjectName(u"tokenEdit"_s);
    m_url->setAccessibleName(tr("MCP endpoint address"));
    m_token->setAccessibleName(tr("Bearer token"));
    auto *copyUrl = new QPushButton(tr("Copy"), this);
    auto *copyToken = new QPushButton(tr("Copy"), this);
    auto *regenerate = new QPushButton(tr("Regenerate"), this);
    regenerate->setToolTip(tr("Make a new token; clients configured with the old one must be updated."));
    connect(copyUrl, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_url->text()); });
    connect(copyToken, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_service->authToken()); });
    connect(regenerate, &QPushButton::clicked, this, [this] { m_service->regenerateToken(); });

    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(copyUrl);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_showToken);
    tokenRow->addWidget(copyToken);
    tokenRow->addWidget(regenerate);
    auto *form = new QFormLayout;
    form->addRow(m_enabled, m_status);
    // A row whose field is a layout gets no buddy from QFormLayout: set it, so the mnemonic works.
    const auto labelFor = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(labelFor(tr("&Endpoint:"), m_url), urlRow);
    form->addRow(labelFor(tr("Bearer to&ken:"), m_token), tokenRow);
    form->addRow(tr("&Without a window:"), buildHeadlessPolicy());
    form->addRow(tr("T&unnel host names:"), buildAllowedHosts());
    return form;
}

QWidget *McpPage::buildHeadlessPolicy()
{
    // What --headless and --mcp-stdio do with a call that needs a person (the window always asks).
    auto *headless = new QComboBox(this);
    headless->setObjectName(u"headlessPolicy"_s);
    headless->setAccessibleName(tr("What to do without a window"));
    headless->addItem(tr("Deny calls that need approval"), u"deny"_s);
    headless->addItem(tr("Ask through the agent's client, when it can"), u"elicit"_s);
    headless->setCurrentIndex(qMax(0, headless->findData(m_service->settings()->headlessApprovalPolicy())));
    connect(headless, &QComboBox::activated, this,
            [this, headless] { m_service->settings()->setHeadlessApprovalPolicy(headless->currentData().toString()); });
    return headless;
}

// For a cloud agent (Dust) through a tunnel the user runs: its public names, token always required.
QWidget *McpPage::buildAllowedHosts()
{
    auto *box = new QWidget(this);
    m_allowedHosts = new QLineEdit(m_service->settings()->mcpAllowedHosts().join(u", "_s), box);
    m_allowedHosts->setObjectName(u"allowedHosts"_s);
    m_allowedHosts->setPlaceholderText(tr("none (e.g. mcp.example.com, for a cloudflared, Tailscale Funnel or ngrok tunnel)"));
    m_allowedHosts->setToolTip(tr("Public host names a tunnel you run forwards to 127.0.0.1, separated by commas. "
                                  "Requests for them are accepted only with the bearer token."));
    m_allowedHostsNote = new QLabel(box);
    m_allowedHostsNote->setObjectName(u"allowedHostsNote"_s);
    m_allowedHostsNote->setWordWrap(true);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_allowedHosts);
    layout->addWidget(m_allowedHostsNote);
    connect(m_allowedHosts, &QLineEdit::editingFinished, this, &McpPage::saveAllowedHosts);
    return box;
}

void McpPage::saveAllowedHosts()
{
    QString error;
    const std::optional<QStringList> hosts = TunnelHostNames::parseList(m_allowedHosts->text(), &error);
    m_allowedHostsError = hosts ? QString() : tr("Not saved: %1").arg(error);
    if (!hosts) {
        refresh();
        return;
    }
    m_service->settings()->setMcpAllowedHosts(*hosts);
    m_allowedHosts->setText(hosts->join(u", "_s));
    refresh();
}

QWidget *McpPage::buildTabs()
{
    auto *lower = new QTabWidget(this);
    lower->setObjectName(u"mcpTabs"_s);
    auto *connectTab = new QWidget(this);
    auto *connectLayout = new QVBoxLayout(connectTab);
    connectLayout->addWidget(m_snippets, 1);
    m_clientStatus = new QLabel(connectTab);
    m_clientStatus->setObjectName(u"clientSetupStatus"_s);
    m_clientStatus->setWordWrap(true);
    m_clientStatus->setTextFormat(Qt::RichText);
    m_clientStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connectLayout->addWidget(m_clientStatus);
    lower->addTab(connectTab, tr("Connect a client"));
    lower->addTab(buildToolsTab(), tr("Tools and approval"));
    return lower;
}

void McpPage::connectSignals()
{
    connect(m_enabled, &QCheckBox::toggled, this, &McpPage::setServing);
    connect(m_showToken, &QPushButton::clicked, this, [this] {
        const bool hidden = m_token->echoMode() == QLineEdit::Password;
        m_token->setEchoMode(hidden ? QLineEdit::Normal : QLineEdit::Password);
        m_showToken->setText(hidden ? tr("Hide") : tr("Show"));
    });
    connect(m_service, &CompanionService::httpStateChanged, this, &McpPage::refresh);
    connect(m_service, &CompanionService::scopesChanged, this, &McpPage::fillTools);
}

void McpPage::setServing(bool on)
{
    m_service->settings()->setMcpEnabled(on);
    if (on) {
        QString error;
        if (!m_service->startHttp(&error)) {
            qCWarning(lcUi) << "MCP page: the endpoint did not start:" << error;
            m_status->setText(ThemeColors::span(ThemeColors::Role::Error, error, palette()));
        }
    } else {
        m_service->stopHttp();
    }
    refresh();
}

QWidget *McpPage::buildToolsTab()
{
    m_tools->setColumnCount(3);
    m_tools->setHorizontalHeaderLabels({tr("Tool"), tr("Enabled"), tr("Approval")});
    m_tools->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tools->verticalHeader()->hide();
    m_tools->setObjectName(u"toolsTable"_s);
    m_tools->setAccessibleName(tr("Tools offered to agents"));

    auto *toolsTab = new QWidget(this);
    auto *toolsLayout = new QVBoxLayout(toolsTab);
    toolsLayout->addWidget(buildGroupsBox(toolsTab));
    m_hiddenNote = new QLabel(toolsTab);
    m_hiddenNote->setObjectName(u"hiddenToolsNote"_s);
    m_hiddenNote->setWordWrap(true);
    toolsLayout->addWidget(m_hiddenNote);
    toolsLayout->addWidget(m_tools, 1);
    toolsLayout->addWidget(new RememberedApprovalsBox(m_service->approvals(), toolsTab));
    return toolsTab;
}

// A tool's box is usable while the key has its scopes and its group is on; its own state is kept.
void McpPage::updateToolSwitches()
{
    const QList<ToolDefinition> tools = m_service->registry()->tools();
    for (int row = 0; row < int(tools.size()) && row < m_tools->rowCount(); ++row) {
        const ToolDefinition &tool = tools.at(row);
        auto *enabled = qobject_cast<QCheckBox *>(m_tools->cellWidget(row, 1));
        if (!enabled)
            continue;
        const bool groupOn = m_service->registry()->isGroupEnabled(tool.group);
        enabled->setEnabled(m_service->toolset()->missingScopes(tool.name).isEmpty() && groupOn);
        enabled->setToolTip(groupOn ? QString() : tr("Its group, %1, is switched off above.").arg(groupTitle(tool.group).remove(u'&')));
    }
}

QString McpPage::groupTitle(const QString &group)
{
    if (group == "analytics"_L1)
        return tr("&Analytics: HogQL, insights, ad-hoc queries");
    if (group == "dashboards"_L1)
        return tr("&Dashboards");
    if (group == "errors"_L1)
        return tr("&Error tracking");
    if (group == "llm"_L1)
        return tr("&LLM analytics");
    if (group == "flags"_L1)
        return tr("&Feature flags");
    if (group == "experiments"_L1)
        return tr("E&xperiments and surveys");
    return group;
}

QWidget *McpPage::buildGroupsBox(QWidget *parent)
{
    auto *box = new QGroupBox(tr("Tool groups offered to agents"), parent);
    box->setObjectName(u"toolGroupsBox"_s);
    auto *grid = new QGridLayout(box);
    const QList<PostHogToolset::Group> groups = PostHogToolset::groups();
    for (int i = 0; i < groups.size(); ++i) {
        const QString id = groups.at(i).id;
        auto *check = new QCheckBox(groupTitle(id), box);
        check->setObjectName(u"toolGroup_"_s + id);
        check->setChecked(m_service->registry()->isGroupEnabled(id));
        connect(check, &QCheckBox::toggled, this, [this, id](bool on) {
            m_service->setToolGroupEnabled(id, on);
            updateToolSwitches();
        });
        grid->addWidget(check, i / 3, i % 3);
    }
    // Always served, so nothing to switch: said once, so a person does not look for them.
    auto *always = new QLabel(tr("Organizations, projects, event and property definitions and search are always offered."), box);
    always->setWordWrap(true);
    grid->addWidget(always, int(groups.size() + 2) / 3, 0, 1, 3);
    if (m_service->toolGroupsFromCommandLine()) {
        auto *note = new QLabel(tr("This run serves the groups given with --tools; changes here last until it quits."), box);
        note->setWordWrap(true);
        grid->addWidget(note, int(groups.size() + 2) / 3 + 1, 0, 1, 3);
    }
    return box;
}

void McpPage::refresh()
{
    const bool running = m_service->isHttpRunning();
    m_enabled->blockSignals(true);
    m_enabled->setChecked(running);
    m_enabled->blockSignals(false);
    m_status->setText(running ? tr("%1 on 127.0.0.1 only").arg(ThemeColors::span(ThemeColors::Role::Success, tr("● Running"), palette()))
                              : ThemeColors::span(ThemeColors::Role::Muted, tr("● Stopped"), palette()));
    m_url->setText(running ? m_service->httpUrl().toString() : QString());
    if (!m_service->isTokenReady())
        m_token->setText(tr("(loading…)"));
    else
        m_token->setText(m_service->authToken().isEmpty() ? tr("(authentication is off)") : m_service->authToken());
    const QStringList fromCommandLine = m_service->commandLineAllowedHosts();
    if (!m_allowedHostsError.isEmpty())
        m_allowedHostsNote->setText(ThemeColors::span(ThemeColors::Role::Error, m_allowedHostsError, palette()));
    else if (m_service->authToken().isEmpty() && !m_service->settings()->mcpAllowedHosts().isEmpty())
        m_allowedHostsNote->setText(tr("Ignored while authentication is off: a tunnel's requests always need the bearer token."));
    else if (!fromCommandLine.isEmpty())
        m_allowedHostsNote->setText(tr("This run also accepts %1 (--allow-host).").arg(fromCommandLine.join(u", "_s)));
    else
        m_allowedHostsNote->clear();
    m_allowedHostsNote->setVisible(!m_allowedHostsNote->text().isEmpty());
    fillSnippets();
}

void McpPage::fillSnippets()
{
    const int current = m_snippets->currentIndex();
    while (m_snippets->count() > 0) {
        QWidget *page = m_snippets->widget(0);
        m_snippets->removeTab(0);
        page->deleteLater();
    }
    const QUrl url = m_service->isHttpRunning() ? m_service->httpUrl() : QUrl(u"http://127.0.0.1:%1/mcp"_s.arg(m_service->settings()->mcpPort()));
    const QStringList tunnelHosts = m_service->commandLineAllowedHosts() + m_service->settings()->mcpAllowedHosts();
    for (const auto &snippet : ClientConfigSnippets::all(url, m_service->authToken(), QApplication::applicationFilePath(), tunnelHosts)) {
        auto *page = new QWidget;
        auto *where = new QLabel(snippet.where, page);
        where->setWordWrap(true);
        // The token stays hidden on screen (shoulder surfing, screen sharing); Copy includes it.
        QString shown = snippet.text;
        if (!m_service->authToken().isEmpty())
            shown.replace(m_service->authToken(), tr("<token: hidden, Copy includes it>"));
        auto *text = new QPlainTextEdit(shown, page);
        text->setReadOnly(true);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        auto *layout = new QVBoxLayout(page);
        layout->addWidget(where);
        layout->addWidget(text, 1);
        layout->addLayout(buildSnippetButtons(snippet, url, page));
        m_snippets->addTab(page, snippet.client);
    }
    m_snippets->setCurrentIndex(qMax(0, current));
}

// Copy for every client; the one-click install where the client has one.
QLayout *McpPage::buildSnippetButtons(const ClientConfigSnippets::Snippet &snippet, const QUrl &url, QWidget *page)
{
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    const QString token = m_service->authToken();
    if (snippet.id == "cursor"_L1)
        row->addWidget(buildInstallLinkButton(tr("Add to Cursor"), snippet.client, ClientConfigSnippets::cursorInstallLink(url, token), page));
    else if (snippet.id == "vscode"_L1)
        row->addWidget(buildInstallLinkButton(tr("Add to VS Code"), snippet.client, ClientConfigSnippets::vscodeInstallLink(url, token), page));
    if (snippet.id == "claude-desktop"_L1) {
        auto *add = new QPushButton(tr("Add to Claude Desktop"), page);
        add->setObjectName(u"addToClaudeDesktop"_s);
        connect(add, &QPushButton::clicked, this, &McpPage::addToClaudeDesktop);
        row->addWidget(add);
    }
    auto *copy = new QPushButton(tr("Copy"), page);
    copy->setObjectName(u"copy_"_s + snippet.id);
    connect(copy, &QPushButton::clicked, this, [this, value = snippet.text, client = snippet.client] {
        QApplication::clipboard()->setText(value);
        showClientStatus(tr("Copied the %1 configuration (it holds the token: paste it only where it belongs).").arg(client), false);
    });
    row->addWidget(copy);
    return row;
}

// The link carries the token (the client stores it in its configuration): it is never logged.
QPushButton *McpPage::buildInstallLinkButton(const QString &text, const QString &client, const QUrl &link, QWidget *page)
{
    auto *button = new QPushButton(text, page);
    button->setObjectName(client == "Cursor"_L1 ? u"addToCursor"_s : u"addToVsCode"_s);
    connect(button, &QPushButton::clicked, this, [this, client, link] {
        if (QDesktopServices::openUrl(link))
            showClientStatus(tr("Opened %1: confirm the new \"posthog\" server there.").arg(client), false);
        else
            showClientStatus(tr("Could not open %1's install link: is %1 installed? Copy the configuration instead.").arg(client), true);
    });
    return button;
}

void McpPage::addToClaudeDesktop()
{
    ClaudeDesktopConfig config;
    const QJsonObject entry = ClaudeDesktopConfig::stdioEntry(QApplication::applicationFilePath());
    if (config.inspect(u"posthog"_s, entry) != ClaudeDesktopConfig::State::Different) {
        const ClaudeDesktopConfig::Outcome outcome = config.merge(u"posthog"_s, entry, false);
        showClientStatus(outcome.message, outcome.failed);
        return;
    }
    // Only the command and its arguments: the entry's env may hold someone's secrets.
    const QJsonObject existing = config.existingEntry();
    QStringList command{existing.value("command"_L1).toString()};
    for (const QJsonValue &arg : existing.value("args"_L1).toArray())
        command.append(arg.toString());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Replace Claude Desktop's \"posthog\" server?"),
                                tr("%1 already has a \"posthog\" server that runs:\n%2\n\nReplace it with this app? The file is backed up "
                                   "first, and the other servers stay as they are.")
                                    .arg(config.path(), command.join(u' ')),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"replaceClaudeDesktopEntry"_s);
    box->button(QMessageBox::Yes)->setText(tr("Replace"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, config, entry]() mutable {
        if (box->clickedButton() != box->button(QMessageBox::Yes)) {
            showClientStatus(tr("Kept the \"posthog\" server Claude Desktop had."), false);
            return;
        }
        const ClaudeDesktopConfig::Outcome outcome = config.merge(u"posthog"_s, entry, true);
        showClientStatus(outcome.message, outcome.failed);
    });
    box->open();
}

void McpPage::showClientStatus(const QString &text, bool failed)
{
    m_clientStatus->setText(failed ? ThemeColors::span(ThemeColors::Role::Error, text, palette()) : text.toHtmlEscaped());
}

void McpPage::fillTools()
{
    const QList<ToolDefinition> tools = m_service->registry()->tools();
    m_tools->setRowCount(int(tools.size()));
    const QStringList stakes = {u"never_ask"_s, u"low"_s, u"medium"_s, u"high"_s};
    const QStringList stakeLabels = {tr("Never ask"), tr("Ask first time"), tr("Ask (remember same arguments)"), tr("Always ask")};
    for (int row = 0; row < tools.size(); ++row) {
        const ToolDefinition &tool = tools.at(row);
        // A tool the key lacks a scope for is not offered to agents: greyed, with what to add.
        const QStringList missing = m_service->toolset()->missingScopes(tool.name);
        auto *name
            = new QTableWidgetItem(missing.isEmpty() ? u"%1 — %2"_s.arg(tool.name, tool.title)
                                                     : tr("%1 — %2 (hidden: the key lacks %3)").arg(tool.name, tool.title, missing.join(u", "_s)));
        name->setToolTip(missing.isEmpty() ? tool.description
                                           : tr("Not offered to agents: the API key lacks the scope %1. Add it to the key in PostHog "
                                                "(Settings → Personal API keys), then reconnect.")
                                                 .arg(missing.join(u", "_s)));
        name->setFlags(missing.isEmpty() ? Qt::ItemIsEnabled : Qt::NoItemFlags);
        m_tools->setItem(row, 0, name);
        auto *enabled = new QCheckBox(m_tools);
        enabled->setObjectName(u"toolEnabled_"_s + tool.name);
        enabled->setChecked(!m_service->registry()->disabledTools().contains(tool.name));
        connect(enabled, &QCheckBox::toggled, this, [this, toolName = tool.name](bool on) { m_service->setToolEnabled(toolName, on); });
        m_tools->setCellWidget(row, 1, enabled);
        auto *stake = new QComboBox(m_tools);
        for (int i = 0; i < stakes.size(); ++i)
            stake->addItem(stakeLabels.at(i), stakes.at(i));
        stake->setCurrentIndex(int(stakes.indexOf(Stakes::name(m_service->approvals()->stakeFor(tool)))));
        connect(stake, &QComboBox::activated, this, [this, stake, toolName = tool.name] {
            m_service->approvals()->setStakeOverride(toolName, Stakes::fromName(stake->currentData().toString(), Stake::High));
        });
        stake->setEnabled(missing.isEmpty());
        m_tools->setCellWidget(row, 2, stake);
    }
    updateToolSwitches();
    m_tools->resizeColumnToContents(2);
    int hidden = 0;
    for (const ToolDefinition &tool : tools)
        hidden += m_service->toolset()->missingScopes(tool.name).isEmpty() ? 0 : 1;
    m_hiddenNote->setVisible(hidden > 0);
    m_hiddenNote->setText(tr("%n tool(s) greyed out are not offered to agents: the PostHog API key lacks a scope they need. "
                             "Add the scope to the key in PostHog, then save the key again.",
                             nullptr, hidden));
}
