#include "desktopoptions.h"

#include "settings/autostartentry.h"
#include "settings/settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DesktopOptions::DesktopOptions(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_closeToTray(new QCheckBox(tr("&Closing the window keeps PostHog Companion in the tray"), this))
    , m_startAtLogin(new QCheckBox(tr("&Start at login, in the tray"), this))
{
    setObjectName(u"desktopOptions"_s);
    m_closeToTray->setObjectName(u"closeToTray"_s);
    const bool trayAvailable = QSystemTrayIcon::isSystemTrayAvailable();
    m_closeToTray->setChecked(trayAvailable && settings->closeToTray());
    m_closeToTray->setEnabled(trayAvailable);
    if (!trayAvailable)
        m_closeToTray->setToolTip(tr("This desktop has no system tray: closing the window quits."));
    m_startAtLogin->setObjectName(u"startAtLogin"_s);
    m_startAtLogin->setToolTip(tr("Writes %1").arg(AutostartEntry::path()));
    m_startAtLogin->setChecked(AutostartEntry(QApplication::applicationFilePath()).isEnabled());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_closeToTray);
    layout->addWidget(m_startAtLogin);
}

bool DesktopOptions::apply(QString *error)
{
    if (m_closeToTray->isEnabled())
        m_settings->setCloseToTray(m_closeToTray->isChecked());
    AutostartEntry entry(QApplication::applicationFilePath());
    if (entry.isEnabled() == m_startAtLogin->isChecked() || entry.setEnabled(m_startAtLogin->isChecked(), error))
        return true;
    m_startAtLogin->setChecked(entry.isEnabled());
    return false;
}
