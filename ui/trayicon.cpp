#include "trayicon.h"

#include "themecolors.h"

#include "uilogging.h"

#include "service/companionservice.h"
#include "settings/settings.h"
#include "tools/approvalpolicy.h"

#include <QAction>
#include <QGuiApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

TrayIcon::TrayIcon(CompanionService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_menu(std::make_unique<QMenu>())
    , m_base(appIcon())
{
    buildMenu();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setContextMenu(m_menu.get());
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger)
                Q_EMIT openRequested();
        });
    }
    connect(service, &CompanionService::httpStateChanged, this, &TrayIcon::update);
    connect(service, &CompanionService::ready, this, [this] {
        m_failure.clear();
        update();
    });
    connect(service, &CompanionService::failed, this, [this](const QString &message) {
        m_failure = message;
        update();
    });
    connect(service->approvals(), &ApprovalPolicy::pendingCountChanged, this, [this](int pending) {
        m_pending = pending;
        update();
    });
    update();
    if (m_tray)
        m_tray->show();
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::buildMenu()
{
    QAction *open = m_menu->addAction(tr("Open PostHog Companion"), this, &TrayIcon::openRequested);
    open->setObjectName(u"trayOpen"_s);
    m_pause = m_menu->addAction(tr("Pause MCP server"));
    m_pause->setObjectName(u"trayPause"_s);
    m_pause->setCheckable(true);
    connect(m_pause, &QAction::triggered, this, &TrayIcon::setPaused);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
    quit->setObjectName(u"trayQuit"_s);
}

bool TrayIcon::isVisible() const
{
    return m_tray && m_tray->isVisible();
}

void TrayIcon::showMessage(const QString &title, const QString &text)
{
    if (m_tray)
        m_tray->showMessage(title, text);
}

void TrayIcon::setPaused(bool paused)
{
    // The same switch as the MCP page's "Serve MCP to local agents": both follow httpStateChanged.
    m_service->settings()->setMcpEnabled(!paused);
    if (paused) {
        m_service->stopHttp();
        return;
    }
    QString error;
    if (!m_service->startHttp(&error)) {
        qCWarning(lcUi) << "tray: the MCP endpoint did not start:" << error;
        m_httpError = tr("the MCP server could not start (%1)").arg(error);
        update();
    }
}

void TrayIcon::update()
{
    const bool running = m_service->isHttpRunning();
    const bool wanted = m_service->settings()->mcpEnabled();
    if (running)
        m_httpError.clear();
    const QString failure = !m_failure.isEmpty() ? m_failure : m_httpError;
    if (m_pending > 0) {
        m_state = State::ApprovalsWaiting;
        m_toolTip = tr("PostHog Companion: %n approval(s) waiting", nullptr, m_pending);
    } else if (!failure.isEmpty() || (wanted && !running)) {
        m_state = State::Failing;
        m_toolTip = tr("PostHog Companion: not working: %1").arg(failure.isEmpty() ? tr("the MCP server is not running") : failure);
    } else if (!running) {
        m_state = State::Paused;
        m_toolTip = tr("PostHog Companion: MCP server paused");
    } else {
        m_state = State::Serving;
        m_toolTip = tr("PostHog Companion: serving MCP at %1").arg(m_service->httpUrl().toString());
    }
    m_pause->setChecked(!running);
    m_icon = stateIcon(m_base, m_state, m_pending);
    if (m_tray) {
        m_tray->setIcon(m_icon);
        m_tray->setToolTip(m_toolTip);
    }
    Q_EMIT stateChanged();
}

// The SVG where Qt's SVG icon engine is installed, the PNGs rendered from it everywhere else.
QIcon TrayIcon::appIcon()
{
    QIcon icon(u":/icons/posthog-companion.svg"_s);
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(u":/icons/posthog-companion-%1.png"_s.arg(size), QSize(size, size));
    return icon;
}

QIcon TrayIcon::stateIcon(const QIcon &base, State state, int pendingApprovals)
{
    QPixmap pixmap = base.pixmap(64, 64);
    if (pixmap.isNull() || pixmap.width() != 64)
        pixmap = pixmap.isNull() ? QPixmap(64, 64) : pixmap.scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const ThemeColors::Role role = state == State::Serving            ? ThemeColors::Role::Success
                                   : state == State::ApprovalsWaiting ? ThemeColors::Role::Warning
                                   : state == State::Failing          ? ThemeColors::Role::Error
                                                                      : ThemeColors::Role::Muted;
    const QColor colour = ThemeColors::color(role, QGuiApplication::palette());
    const QRectF badge = state == State::Serving ? QRectF(44, 44, 18, 18) : QRectF(30, 30, 33, 33);
    p.setPen(QPen(Qt::white, 3));
    p.setBrush(colour);
    p.drawEllipse(badge);
    p.setPen(Qt::white);
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(22);
    p.setFont(font);
    if (state == State::ApprovalsWaiting)
        p.drawText(badge, Qt::AlignCenter, pendingApprovals > 9 ? u"9+"_s : QString::number(pendingApprovals));
    else if (state == State::Failing)
        p.drawText(badge, Qt::AlignCenter, u"!"_s);
    else if (state == State::Paused) {
        p.setBrush(Qt::white);
        p.setPen(Qt::NoPen);
        p.drawRect(QRectF(badge.center().x() - 7, badge.top() + 9, 5, 15));
        p.drawRect(QRectF(badge.center().x() + 2, badge.top() + 9, 5, 15));
    }
    p.end();
    return QIcon(pixmap);
}
