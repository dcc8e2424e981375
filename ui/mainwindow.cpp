#include "mainwindow.h"

#include "activitypage.h"
#include "approvaldialog.h"
#include "connectionpage.h"
#include "mcppage.h"
#include "pageloaders.h"
#include "querypage.h"
#include "resourcepage.h"
#include "uilogging.h"

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

using namespace Qt::StringLiterals;

namespace {
// The app icon, drawn so it needs no image files: PostHog's hedgehog colours in a badge.
QIcon appIcon()
{
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(0x1d, 0x4a, 0xff));
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRectF(2, 2, 60, 60), 14, 14);
    p.setBrush(QColor(0xf9, 0xbd, 0x2b));
    p.drawPolygon(QPolygonF({QPointF(14, 48), QPointF(26, 16), QPointF(38, 48)}));
    p.setBrush(QColor(0xf5, 0x4e, 0x00));
    p.drawPolygon(QPolygonF({QPointF(30, 48), QPointF(42, 22), QPointF(52, 48)}));
    return QIcon(pixmap);
}
} // namespace

MainWindow::MainWindow(CompanionService *service, QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_connectionStatus(new QLabel(this))
    , m_mcpStatus(new QLabel(this))
    , m_connectionPage(new ConnectionPage(service, this))
    , m_mcpPage(new McpPage(service, this))
    , m_queryPage(new QueryPage(service->client(), service->toolset()->projects(), service->queryLibrary(), this))
    , m_activityPage(new ActivityPage(service->activity(), this))
{
    setWindowTitle(tr("PostHog Companion"));
    setWindowIcon(appIcon());
    buildPages();
    buildCentralWidget();
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
    QStyle *s = style();
    addPage(Connection, tr("Connection"), s->standardIcon(QStyle::SP_DriveNetIcon), m_connectionPage);
    addPage(Mcp, tr("MCP server"), s->standardIcon(QStyle::SP_ComputerIcon), m_mcpPage);
    addPage(Query, tr("Query"), s->standardIcon(QStyle::SP_FileDialogContentsView), m_queryPage);
    buildResourcePages();
    addPage(Activity, tr("Activity"), s->standardIcon(QStyle::SP_FileDialogInfoView), m_activityPage);
}

void MainWindow::buildResourcePages()
{
    PostHogClient *client = m_service->client();
    ActiveProjectStore *projects = m_service->toolset()->projects();
    const QList<std::tuple<Page, QString, QStyle::StandardPixmap, QStringList, ResourcePage::Loader>> resources = {
        {Insights,
         tr("Insights"),
         QStyle::SP_FileDialogDetailedView,
         {tr("Name"), tr("Kind"), tr("Last modified")},
         PageLoaders::insights(client, projects)},
        {Dashboards,
         tr("Dashboards"),
         QStyle::SP_DesktopIcon,
         {tr("Name"), tr("Pinned"), tr("Tags"), tr("Last viewed")},
         PageLoaders::dashboards(client, projects)},
        {Errors,
         tr("Errors"),
         QStyle::SP_MessageBoxWarning,
         {tr("Type"), tr("Message"), tr("Status"), tr("Occurrences"), tr("Users"), tr("First seen"), tr("Last seen")},
         PageLoaders::errors(client, projects)},
        {LlmCosts,
         tr("LLM costs"),
         QStyle::SP_DialogYesButton,
         {tr("Model"), tr("Provider"), tr("Cost"), tr("Calls"), tr("Cost per call"), tr("Input tokens"), tr("Output tokens"), tr("Embeddings")},
         PageLoaders::llmCosts(client, projects)},
        {FeatureFlags,
         tr("Feature flags"),
         QStyle::SP_DialogApplyButton,
         {tr("Key"), tr("State"), tr("Rollout"), tr("Variants"), tr("Payload")},
         PageLoaders::featureFlags(client, projects)},
    };
    for (const auto &[id, title, icon, headers, loader] : resources) {
        auto *page = new ResourcePage(title, headers, loader, this);
        page->setObjectName(u"resourcePage%1"_s.arg(int(id)));
        m_resourcePages.append(page);
        addPage(id, title, style()->standardIcon(icon), page);
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
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFixedWidth(190);
    m_sidebar->setSpacing(2);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setStyleSheet(u"QListWidget { background: palette(alternate-base); padding: 6px; }"
                             "QListWidget::item { padding: 6px 8px; border-radius: 6px; }"
                             "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }"_s);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    m_stack->setContentsMargins(12, 12, 12, 12);
    setCentralWidget(central);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    m_connectionStatus->setObjectName(u"connectionStatus"_s);
    m_mcpStatus->setObjectName(u"mcpStatus"_s);
    statusBar()->addWidget(m_connectionStatus, 1);
    statusBar()->addPermanentWidget(m_mcpStatus);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About PostHog Companion"), this, &MainWindow::showAbout);
    for (int i = 0; i < PageCount && i < 9; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { showPage(Page(i)); });
    }
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
        m_connectionStatus->setText(u"<span style='color:#c62828'>%1</span>"_s.arg(message.toHtmlEscaped()));
        showPage(Connection);
    });
    connect(m_service->approvals(), &ApprovalPolicy::approvalRequested, this, [this](ApprovalRequest *request) {
        auto *dialog = new ApprovalDialog(request, isVisible() ? this : nullptr);
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
        if (m_tray && !isVisible())
            m_tray->showMessage(tr("Approval needed"), tr("An agent wants to run %1.").arg(request->tool()));
    });
}

void MainWindow::addPage(Page id, const QString &title, const QIcon &icon, QWidget *widget)
{
    Q_ASSERT(m_stack->count() == int(id));
    Q_UNUSED(id);
    m_sidebar->addItem(new QListWidgetItem(icon, title));
    m_stack->addWidget(widget);
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

void MainWindow::showAtStartup()
{
    if (geometry().width() < 900)
        resize(1180, 760);
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
    if (m_tray)
        m_tray->setToolTip(tr("PostHog Companion — %1").arg(mcp));
}

void MainWindow::buildTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    auto *menu = new QMenu(this);
    QAction *status = menu->addAction(tr("PostHog Companion"));
    status->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("Open"), this, [this] {
        show();
        raise();
        activateWindow();
    });
    menu->addAction(tr("Query"), this, [this] {
        show();
        showPage(Query);
    });
    menu->addAction(tr("Activity"), this, [this] {
        show();
        showPage(Activity);
    });
    menu->addSeparator();
    menu->addAction(tr("Quit"), qApp, &QApplication::quit);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            isVisible() ? hide() : show();
    });
    m_tray->show();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    if (m_tray && m_tray->isVisible()) {
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
    QMessageBox::about(this, tr("About PostHog Companion"),
                       tr("<h3>PostHog Companion %1</h3><p>Your PostHog account on the desktop, and as a local MCP server for AI agents.</p>"
                          "<p>Qt %2 (built with %3)</p>")
                           .arg(QStringLiteral(PHC_VERSION), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
}
