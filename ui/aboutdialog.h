#pragma once

#include <QDialog>

class CompanionService;

// About PostHog Companion: version, licences, the Qt it runs on, and debug information a person
// can copy into a bug report (never the API key or the MCP token).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(CompanionService *service, QWidget *parent = nullptr);
    static QString debugInfo(CompanionService *service);
};
