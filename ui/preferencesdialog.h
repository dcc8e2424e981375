#pragma once

#include <QDialog>

class CompanionService;
class QComboBox;
class QSpinBox;
class QTabWidget;
class QVBoxLayout;

// Preferences: General (MCP port, language, approval timeout), Approvals (remembered "Always
// allow" answers) and Desktop (window and tray behaviour; other parts add their options with
// addDesktopOption). OK applies; Cancel leaves everything as it was.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(CompanionService *service, QWidget *parent = nullptr);

    // Adds a widget (typically a QCheckBox) to the Desktop tab.
    void addDesktopOption(QWidget *option);
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
    QVBoxLayout *m_desktop = nullptr;
};
