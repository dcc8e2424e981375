#pragma once

#include <QDialog>

class CompanionService;
class DesktopOptions;
class QComboBox;
class QSpinBox;
class QTabWidget;

// Preferences: General (MCP port, language, approval timeout), Approvals (remembered "Always
// allow" answers) and Desktop (close to tray, start at login). OK applies; Cancel leaves
// everything as it was.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(CompanionService *service, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }

    void apply();

private:
    QWidget *buildGeneral();
    QWidget *buildDesktop();

    CompanionService *m_service;
    QTabWidget *m_tabs;
    QSpinBox *m_port;
    QComboBox *m_language;
    QSpinBox *m_timeout;
    DesktopOptions *m_desktop = nullptr;
};
