#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// The command line contract (DESIGN.md): modes and options shared by every mode.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Mode { Gui, Headless, Stdio, DemoBackend };

    Mode mode = Mode::Gui;
    bool demo = false;
    bool noAuth = false;
    bool verbose = false;
    bool hidden = false; // --hidden: start in the tray (the login autostart entry uses it)
    int port = -1;
    int events = 200000;
    QString language;
    std::optional<QStringList> toolGroups; // --tools
    QStringList allowedHosts; // --allow-host, normalized (TunnelHostNames)

    // Which QCoreApplication flavour to create, decided before one exists.
    static bool needsGui(int argc, char **argv);
    // Parses the application's arguments; exits with usage on errors, --help and --version.
    static CommandLine parse(const QCoreApplication &app);

private:
    static QStringList parseToolGroups(const QStringList &values);
    static QStringList parseAllowedHosts(const QStringList &values, bool noAuth);
};
