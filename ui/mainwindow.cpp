#include "mainwindow.h"

#include "aboutdialog.h"
#include "actionicons.h"
#include "activitypage.h"
#include "approvaldialog.h"
#include "connectionpage.h"
#include "demobanner.h"
#include "mainmenus.h"
#include "mcppage.h"
#include "pageloaders.h"
#include "preferencesdialog.h"
#include "querypage.h"
#include "resourcepage.h"
#include "themecolors.h"
#include "trayicon.h"
#include "uilogging.h"
#include "welcomepage.h"

#include "service/companionservice.h"
#include "settings/settings.h"
#include "tools/activeprojectstore.h"
#include "tools/approvalpolicy.h"
#include "tools/posthogtoolset.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// A count on an icon's corner, for the Activity entry while approvals wait.
QIcon withBadge(const QIcon &icon, int count, const QPalette &palette)
{
    QPixmap pixmap = icon.pixmap(QSize(20, 20), 2.0);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF badge(pixmap.width() * 0.42, 0, pixmap.width() * 0.58, pixmap.height() * 0.58);
    p.setPen(Qt::NoPen);
    p.setBrush(ThemeColors::color(ThemeColors::Role::Error, palette));
    p.drawEllipse(badge);
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(int(badge.height() * 0.75));
    p.setFont(font);
    // The error colour is dark on light themes and light on dark ones: Base contrasts either way.
    p.setPen(palette.color(QPalette::Base));
    p.drawText(badge, Qt::AlignCenter, count > 9 ? QStringLiteral("9+") : QString::number(count));
    p.end();
    return QIcon(pixmap);
}
} // namespace

MainWindow::MainWindow(CompanionService *service, QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_shell(new QStackedWidget(this))
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_demoBanner(new DemoBanner(this))
    , m_connectionStatus(new QLabel(this))
    , m_mcpStatus(new QLabel(this))
    , m_connectionPage(new ConnectionPage(service, this))
    , m_mcpPage(new McpPage(service, this))
    , m_queryPage(new QueryPage(service->client(), service->toolset()->projects(), service->queryLibrary(), this))
    , m_activityPage(new ActivityPage(service->activity(), this))
    , m_tray(new TrayIcon(service, this))
{
    setWindowTitle(tr("PostHog Companion"));
    setWindowIcon(TrayIcon::appIcon());
    buildPages();
    buildCentralWidget();
    buildWelcome();
    buildMenus();
    buildTray();
    connectService();
    m_connectionStatus->setText(tr("Connecting…"));
    updateStatus();
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    saveWindowState();
    m_service->settings()->setLastPage(int(currentPage()));
}

void MainWindow::buildPages()
{
    addPage(Connection, tr("&Connection"), u"connection"_s, m_connectionPage);
    addPage(Mcp, tr("&MCP server"), u"mcp"_s, m_mcpPage);
    addPage(Query, tr("&Query"), u"query"_s, m_queryPage);
    buildResourcePages();
    addPage(Activity, tr("&Activity"), u"activity"_s, m_activityPage);
}

void MainWindow::buildResourcePages()
{
    PostHogClient *client = m_service->client();
    ActiveProjectStore *projects = m_service->toolset()->projects();
    const QList<std::tuple<Page, QString, QString, QStringList, ResourcePage::Loader>> resources = {
        {Insights, tr("&Insights"), u"insights"_s, {tr("Name"), tr("Kind"), tr("Last modified")}, PageLoaders::insights(client, projects)},
        {Dashboards,
         tr("&Dashboards"),
         u"dashboards"_s,
         {tr("Name"), tr("Pinned"), tr("Tags"), tr("Last viewed")},
         PageLoaders::dashboards(client, projects)},
        {Errors,
         tr("&Errors"),
         u"errors"_s,
         {tr("Type"), tr("Message"), tr("Status"), tr("Occurrences"), tr("Users"), tr("First seen"), tr("Last seen")},
         PageLoaders::errors(client, projects)},
        {LlmCosts,
         tr("&LLM costs"),
         u"llm"_s,
         {tr("Model"), tr("Provider"), tr("Cost"), tr("Calls"), tr("Cost per call"), tr("Input tokens"), tr("Output tokens"), tr("Embeddings")},
         PageLoaders::llmCosts(client, projects)},
        {FeatureFlags,
         tr("&Feature flags"),
         u"flags"_s,
         {tr("Key"), tr("State"), tr("Rollout"), tr("Variants"), tr("Payload")},
         PageLoaders::featureFlags(client, projects)},
    };
    for (const auto &[id, title, icon, headers, loader] : resources) {
        auto *page = new ResourcePage(QString(title).remove(u'&'), headers, loader, this);
        page->setObjectName(u"resourcePage%1"_s.arg(int(id)));
        m_resourcePages.append(page);
        addPage(id, title, icon, page);
    }
    // A dashboard tile opens its insight on the Insights page.
    auto *insights = qobject_cast<ResourcePage *>(this->page(Insights));
    connect(qobject_cast<ResourcePage *>(this->page(Dashboards)), &ResourcePage::insightRequested, this, [this, insights](const QUrl &link) {
        showPage(Insights);
        insights->selectLink(link);
    });
}

void MainWindow::buildCentralWidget()
{
    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(20, 20));
    // As wide as the longest title (with a waiting-approvals count) in this font and language.
    int widest = 0;
    for (int i = 0; i < m_sidebar->count(); ++i)
        widest = qMax(widest, m_sidebar->fontMetrics().horizontalAdvance(m_sidebar->item(i)->text() + u" (99)"_s));
    m_sidebar->setFixedWidth(widest + m_sidebar->iconSize().width() + 3 * m_sidebar->fontMetrics().averageCharWidth() + 40);
    m_sidebar->setSpacing(2);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setStyleSheet(u"QListWidget { background: palette(alternate-base); padding: 6px; outline: none; }"
                             "QListWidget::item { padding: 6px 8px; border-radius: 6px; }"
                             "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }"_s);
    auto *pages = new QWidget(this);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    right->addWidget(m_demoBanner);
    right->addWidget(m_stack, 1);
    auto *layout = new QHBoxLayout(pages);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addLayout(right, 1);
    m_stack->setContentsMargins(12, 12, 12, 12);
    m_shell->addWidget(pages);
    setCentralWidget(m_shell);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::updateDemoBanner);
    connect(m_demoBanner, &DemoBanner::connectAccountRequested, this, [this] { showPage(Connection); });
    m_demoBanner->hide();

    m_connectionStatus->setObjectName(u"connectionStatus"_s);
    m_mcpStatus->setObjectName(u"mcpStatus"_s);
    statusBar()->addWidget(m_connectionStatus, 1);
    statusBar()->addPermanentWidget(m_mcpStatus);
}

void MainWindow::buildMenus()
{
    m_menus = new MainMenus(this);
}

void MainWindow::buildWelcome()
{
    // First run: no account saved, no demo asked for, the welcome page not yet answered.
    Settings *settings = m_service->settings();
    const bool chosen = settings->welcomeDone() || settings->apiKeySaved() || m_service->demoRequested()
                        || settings->region() == PostHogConnection::Region::Demo || !qEnvironmentVariableIsEmpty("POSTHOG_API_KEY");
    if (chosen)
        return;
    m_welcome = new WelcomePage(this);
    m_shell->addWidget(m_welcome);
    m_shell->setCurrentWidget(m_welcome);
    connect(m_welcome, &WelcomePage::connectAccountChosen, this, [this] { leaveWelcome(Connection); });
    connect(m_welcome, &WelcomePage::demoChosen, this, [this] {
        m_service->useDemoWorkspace();
        leaveWelcome(Query);
    });
}

void MainWindow::leaveWelcome(Page page)
{
    m_service->settings()->setWelcomeDone(true);
    m_shell->setCurrentIndex(0);
    showPage(page);
    if (m_welcome)
        m_welcome->deleteLater();
    m_welcome = nullptr;
}

ApprovalDialog *MainWindow::approvalDialog() const
{
    return m_approvalDialog.data();
}

bool MainWindow::isWelcomeShown() const
{
    return m_welcome && m_shell->currentWidget() == m_welcome;
}

void MainWindow::restoreWindowState()
{
    restoreGeometry(m_service->settings()->windowGeometry());
    const int lastPage = m_service->settings()->lastPage(int(Query));
    showPage(Page(qBound(0, lastPage, PageCount - 1)));
}

void MainWindow::saveWindowState()
{
    m_service->settings()->setWindowGeometry(saveGeometry());
}

void MainWindow::connectService()
{
    connect(m_service, &CompanionService::ready, this, &MainWindow::onReady);
    // One active project for every page: choosing another on the Connection page, or a new
    // connection, reloads them all.
    connect(m_service->toolset()->projects(), &ActiveProjectStore::activeChanged, this, [this] {
        if (!m_service->isReady())
            return;
        for (ResourcePage *page : std::as_const(m_resourcePages))
            page->reload();
        m_queryPage->refreshSchemaWords();
        updateStatus();
    });
    connect(m_service, &CompanionService::httpStateChanged, this, &MainWindow::updateStatus);
    connect(m_service, &CompanionService::failed, this, [this](const QString &message) {
        qCWarning(lcUi) << "not connected, showing the Connection page:" << message;
        m_connectionStatus->setText(ThemeColors::span(ThemeColors::Role::Error, message, palette()));
        if (!isWelcomeShown())
            showPage(Connection);
    });
    connect(m_service, &CompanionService::connectionChanged, this, &MainWindow::updateDemoBanner);
    connect(m_service, &CompanionService::ready, this, &MainWindow::updateDemoBanner);
    connect(m_service->approvals(), &ApprovalPolicy::approvalRequested, this, &MainWindow::askApproval);
    connect(m_service->approvals(), &ApprovalPolicy::pendingCountChanged, this, &MainWindow::updateActivityBadge);
    connect(m_service, &CompanionService::raiseRequested, this, &MainWindow::bringToFront);
}

void MainWindow::askApproval(ApprovalRequest *request)
{
    // One queue window for every waiting request.
    if (!m_approvalDialog)
        m_approvalDialog = new ApprovalDialog(m_service->toolset(), isVisible() ? this : nullptr);
    m_approvalDialog->addRequest(request);
    m_approvalDialog->show();
    m_approvalDialog->raise();
    m_approvalDialog->activateWindow();
    if (m_tray && !isVisible())
        m_tray->showMessage(tr("Approval needed"), tr("An agent wants to: %1.").arg(request->title().isEmpty() ? request->tool() : request->title()));
}

void MainWindow::updateActivityBadge(int waiting)
{
    QListWidgetItem *item = m_sidebar->item(Activity);
    const QString title = pageTitle(Activity);
    item->setText(waiting > 0 ? tr("%1 (%2)").arg(title).arg(waiting) : title);
    item->setIcon(waiting > 0 ? withBadge(pageIcon(Activity), waiting, palette()) : pageIcon(Activity));
    item->setToolTip(waiting > 0 ? tr("%n approval(s) waiting for you", nullptr, waiting) : QString());
    item->setData(Qt::AccessibleTextRole, item->toolTip().isEmpty() ? title : tr("%1, %2").arg(title, item->toolTip()));
}

void MainWindow::updateDemoBanner()
{
    const Page page = currentPage();
    const bool dataPage = page == Query || page == Insights || page == Dashboards || page == Errors || page == LlmCosts || page == FeatureFlags;
    m_demoBanner->setVisible(m_service->isDemo() && dataPage);
}

void MainWindow::addPage(Page id, const QString &title, const QString &icon, QWidget *widget)
{
    Q_ASSERT(m_stack->count() == int(id));
    Q_UNUSED(id);
    // The sidebar shows the title without its mnemonic; the View menu keeps it.
    auto *item = new QListWidgetItem(ActionIcons::icon(icon, palette()), QString(title).remove(u'&'));
    item->setData(Qt::UserRole, title);
    m_sidebar->addItem(item);
    m_pageIcons.append(icon);
    m_stack->addWidget(widget);
}

QString MainWindow::pageTitle(Page page, bool withMnemonic) const
{
    const QListWidgetItem *item = m_sidebar->item(int(page));
    const QString title = item ? item->data(Qt::UserRole).toString() : QString();
    return withMnemonic ? title : QString(title).remove(u'&');
}

QIcon MainWindow::pageIcon(Page page) const
{
    return int(page) < m_pageIcons.size() ? ActionIcons::icon(m_pageIcons.at(int(page)), palette()) : QIcon();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    for (int i = 0; i < m_sidebar->count() && i < m_pageIcons.size(); ++i)
        m_sidebar->item(i)->setIcon(pageIcon(Page(i)));
    updateActivityBadge(m_service->approvals()->pendingCount());
}

void MainWindow::refreshCurrentPage()
{
    QWidget *current = page(currentPage());
    if (auto *resource = qobject_cast<ResourcePage *>(current))
        resource->reload();
    else if (current == m_queryPage)
        m_queryPage->run();
    else if (current == m_mcpPage)
        m_mcpPage->refresh();
}

void MainWindow::findInCurrentPage()
{
    if (currentPage() == Activity) {
        m_activityPage->focusFilter();
        return;
    }
    // The page's search or filter box: its first line edit that is not read-only.
    const QList<QLineEdit *> edits = page(currentPage())->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->isVisible() && !edit->isReadOnly() && edit->echoMode() == QLineEdit::Normal) {
            edit->setFocus(Qt::ShortcutFocusReason);
            edit->selectAll();
            return;
        }
    }
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_stack->currentIndex());
}

QWidget *MainWindow::page(Page page) const
{
    return m_stack->widget(int(page));
}

void MainWindow::showAtStartup(bool hidden)
{
    if (geometry().width() < 900)
        resize(1180, 760);
    if (!hidden || !m_tray->isVisible())
        show();
    if (m_service->settings()->mcpEnabled()) {
        QString error;
        if (!m_service->startHttp(&error)) {
            qCWarning(lcUi) << "the MCP endpoint did not start with the window:" << error;
            m_mcpStatus->setText(tr("MCP server not started: %1").arg(error));
        }
    }
    updateStatus();
}

void MainWindow::onReady()
{
    // The pages reload on ActiveProjectStore::activeChanged, which a new connection emits.
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (m_service->isReady()) {
        m_service->toolset()->projects()->resolve(
            ActiveProjectStore::uiClientId(), this, [this](const ActiveProjectStore::Active &active, const PostHogError &error) {
                if (!error.isNone()) {
                    m_connectionStatus->setText(tr("Connected: %1 · no active project (%2)").arg(m_service->connectionSummary(), error.message()));
                    return;
                }
                const QString org = active.organizationName.isEmpty() ? active.organizationId : active.organizationName;
                m_connectionStatus->setText(tr("Connected: %1 · %2 › %3").arg(m_service->connectionSummary(), org, active.projectName));
            });
    }
    const QString mcp = m_service->isHttpRunning() ? tr("MCP: serving at %1").arg(m_service->httpUrl().toString()) : tr("MCP: stopped");
    m_mcpStatus->setText(mcp);
}

void MainWindow::buildTray()
{
    connect(m_tray, &TrayIcon::openRequested, this, &MainWindow::bringToFront);
    connect(m_tray, &TrayIcon::quitRequested, qApp, &QApplication::quit);
}

void MainWindow::bringToFront()
{
    qCInfo(lcUi) << "bringing the window to the front";
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    if (m_tray->isVisible() && m_service->settings()->closeToTray()) {
        // Agents keep their MCP server: the window hides to the tray.
        hide();
        if (!m_trayHintShown) {
            m_tray->showMessage(tr("Still serving MCP"), tr("PostHog Companion keeps running in the tray. Quit from its menu."));
            m_trayHintShown = true;
        }
        event->ignore();
        return;
    }
    qApp->quit();
    event->accept();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
