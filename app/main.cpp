#include "commandline.h"
#include "signalwatcher.h"

#include "demo/demobackend.h"
#include "mcp/streamablehttptransport.h"
#include "service/companionservice.h"
#include "service/instanceclient.h"
#include "service/localinstance.h"
#include "service/stdiorelay.h"
#include "settings/settings.h"
#include "ui/mainwindow.h"
#include "ui/trayicon.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
    std::fflush(stderr);
}

// The .qm files are built into the binary (":/i18n"); an installed copy (cmake --install, the
// .deb) sits in share/posthog-companion/translations beside bin/, for packagers who update it.
bool loadTranslation(QTranslator *translator, const QString &language)
{
    const QString installed = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(PHC_TRANSLATIONS_FROM_BIN));
    for (const QString &dir : {u":/i18n"_s, installed}) {
        if (language.isEmpty() ? translator->load(QLocale(), u"posthog-companion"_s, u"_"_s, dir)
                               : translator->load(u"posthog-companion_%1"_s.arg(language), dir))
            return true;
    }
    return false;
}

// Qt's own strings (standard dialog buttons, shortcuts' names, file dialogs) in the same
// language, from the qtbase_*.qm files Qt installs (Debian: qt6-translations-l10n).
void installQtTranslations(QCoreApplication &app, const QString &language)
{
    auto *qtTranslator = new QTranslator(&app);
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const bool loaded
        = language.isEmpty() ? qtTranslator->load(QLocale(), u"qtbase"_s, u"_"_s, dir) : qtTranslator->load(u"qtbase_"_s + language, dir);
    if (loaded)
        app.installTranslator(qtTranslator);
    else
        delete qtTranslator;
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    installQtTranslations(app, language);
    auto *translator = new QTranslator(&app);
    const bool loaded = loadTranslation(translator, language);
    if (loaded)
        app.installTranslator(translator);
    else if (!language.isEmpty() && language != "en"_L1)
        say(QCoreApplication::translate("main", "No translation for '%1'; using English.").arg(language));
}

// --verbose: every phc.* category at debug level, with time and category on each line. Rules in
// QT_LOGGING_RULES are applied after these, so they can narrow or widen the selection.
void applyVerbosity(const CommandLine &line)
{
    if (!line.verbose)
        return;
    QLoggingCategory::setFilterRules(u"phc.*.debug=true\nphc.*.info=true"_s);
    if (qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN"))
        qSetMessagePattern(u"%{time hh:mm:ss.zzz} %{category} %{type}: %{message}"_s);
}

int runDemoBackend(QCoreApplication &app, const CommandLine &line)
{
    DemoBackend backend;
    QObject::connect(&backend, &DemoBackend::ready, &app, [](const QUrl &url) {
        say(QCoreApplication::translate("main", "Demo PostHog API listening at %1/api/ (personal API key: %2)")
                .arg(url.toString(), DemoBackend::apiKey()));
    });
    QObject::connect(&backend, &DemoBackend::failed, &app, [&app](const QString &message) {
        say(message);
        app.exit(1);
    });
    DemoBackend::Options options;
    options.events = line.events;
    backend.start(options, quint16(qMax(0, line.port)));
    return app.exec();
}

CompanionService::Options serviceOptions(const CommandLine &line, bool interactive)
{
    CompanionService::Options options;
    options.demo = line.demo;
    options.noAuth = line.noAuth;
    options.port = line.port;
    options.interactive = interactive;
    options.demoEvents = line.events;
    options.toolGroups = line.toolGroups;
    options.allowedHosts = line.allowedHosts;
    return options;
}

// Another instance holds the lock: say what it serves (a second --headless) or raise its
// window (a second GUI launch). Exits 0 only when a window was raised.
int answerOtherInstance(QCoreApplication &app, InstanceClient::Want want)
{
    auto *other = new InstanceClient(&app);
    QObject::connect(other, &InstanceClient::greeted, &app, [&app, want](const QJsonObject &greeting) {
        const qint64 pid = InstanceClient::pidOf(greeting);
        const QString url = InstanceClient::urlOf(greeting);
        const QString serving = url.isEmpty() ? QCoreApplication::translate("main", "has its MCP server paused")
                                              : QCoreApplication::translate("main", "serves MCP at %1").arg(url);
        if (want == InstanceClient::Want::Raise && !InstanceClient::isHeadless(greeting)) {
            say(QCoreApplication::translate("main", "PostHog Companion is already running (pid %1): its window was brought to the front.").arg(pid));
            app.exit(0);
            return;
        }
        if (want == InstanceClient::Want::Raise)
            say(QCoreApplication::translate("main", "PostHog Companion already runs headless (pid %1) and %2. Stop it to open the window.")
                    .arg(pid)
                    .arg(serving));
        else
            say(QCoreApplication::translate("main", "PostHog Companion is already running (pid %1) and %2. Use it, or stop it first.")
                    .arg(pid)
                    .arg(serving));
        app.exit(1);
    });
    QObject::connect(other, &InstanceClient::absent, &app, [&app] {
        say(QCoreApplication::translate("main", "Another PostHog Companion is starting or stopping (it holds %1). Try again in a moment.")
                .arg(LocalInstance::lockPath()));
        app.exit(1);
    });
    QObject::connect(other, &InstanceClient::failed, &app, [&app](const QString &reason) {
        say(reason);
        app.exit(1);
    });
    other->open(want);
    return app.exec();
}

int runHeadless(QCoreApplication &app, const CommandLine &line)
{
    CompanionService service(serviceOptions(line, false));
    QString error;
    switch (service.claimInstance(&error)) {
    case CompanionService::Claim::Claimed: break;
    case CompanionService::Claim::OtherInstance: return answerOtherInstance(app, InstanceClient::Want::Status);
    case CompanionService::Claim::Failed: say(error); return 1;
    }
    QObject::connect(&service, &CompanionService::failed, &app, [](const QString &message) { say(message); });
    QObject::connect(&service, &CompanionService::ready, &app, [&service] {
        say(QCoreApplication::translate("main", "Connected: %1. %2").arg(service.connectionSummary(), service.keySourceExplanation()));
    });
    if (!service.startHttp(&error)) {
        say(error);
        return 1;
    }
    if (line.noAuth)
        say(QCoreApplication::translate(
            "main", "WARNING: --no-auth is on: any local program can use this MCP server without a token. Use it for tests only."));
    // Announced once the token is known, so a script that reads the address can use the token.
    auto announce = [&service, &line] {
        say(QCoreApplication::translate("main", "MCP server listening at %1").arg(service.httpUrl().toString()));
        if (!line.noAuth)
            say(QCoreApplication::translate("main", "Bearer token: stored in %1").arg(service.tokenLocation()));
        if (!line.noAuth && !service.http()->allowedHosts().isEmpty())
            say(QCoreApplication::translate("main", "Also accepting, with the bearer token only, requests a tunnel forwards for: %1")
                    .arg(service.http()->allowedHosts().join(u", "_s)));
    };
    QObject::connect(&service, &CompanionService::tokenReady, &app, announce, Qt::SingleShotConnection);
    service.start();
    return app.exec();
}

// No instance to relay to (or --demo/--tools, choices for this process only): serve here.
void serveStdioInProcess(QCoreApplication &app, const CommandLine &line)
{
    auto *service = new CompanionService(serviceOptions(line, false), &app);
    QObject::connect(service, &CompanionService::failed, &app, [](const QString &message) { say(message); });
    QObject::connect(service, &CompanionService::stdioFinished, &app, &QCoreApplication::quit);
    service->startStdio(); // answer initialize and discovery at once, even while connecting
    service->start();
}

int runStdio(QCoreApplication &app, const CommandLine &line)
{
    const QString inProcessNote = QCoreApplication::translate(
        "main", "Calls that need approval are asked through your MCP client when it supports elicitation, and denied otherwise.");
    if (line.demo || line.toolGroups) {
        say(QCoreApplication::translate("main", "Serving MCP in-process (--demo and --tools apply to this process only). %1").arg(inProcessNote));
        serveStdioInProcess(app, line);
        return app.exec();
    }
    auto *instance = new InstanceClient(&app);
    QObject::connect(instance, &InstanceClient::greeted, &app, [&app, instance](const QJsonObject &greeting) {
        const qint64 pid = InstanceClient::pidOf(greeting);
        say(QCoreApplication::translate("main", "Relaying to the running PostHog Companion (pid %1)").arg(pid));
        auto *relay = new StdioRelay(instance->takeSocket(), pid, 0, 1, &app);
        QObject::connect(relay, &StdioRelay::finished, &app, [&app](int exitCode, const QString &message) {
            if (!message.isEmpty())
                say(message);
            app.exit(exitCode);
        });
        relay->start();
    });
    QObject::connect(instance, &InstanceClient::absent, &app, [&app, &line, inProcessNote] {
        say(QCoreApplication::translate("main", "No PostHog Companion is running: serving MCP in-process. %1").arg(inProcessNote));
        serveStdioInProcess(app, line);
    });
    QObject::connect(instance, &InstanceClient::failed, &app, [&app, &line, inProcessNote](const QString &reason) {
        say(QCoreApplication::translate("main", "%1 Serving MCP in-process instead. %2").arg(reason, inProcessNote));
        serveStdioInProcess(app, line);
    });
    instance->open(InstanceClient::Want::Mcp);
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(u"PostHog"_s);
    QCoreApplication::setApplicationName(u"PostHog Companion"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PHC_VERSION));

    if (!CommandLine::needsGui(argc, argv)) {
        QCoreApplication app(argc, argv);
        SignalWatcher signalWatcher(&app);
        const CommandLine line = CommandLine::parse(app);
        applyVerbosity(line);
        installTranslations(app, line.language);
        switch (line.mode) {
        case CommandLine::Mode::DemoBackend: return runDemoBackend(app, line);
        case CommandLine::Mode::Headless: return runHeadless(app, line);
        case CommandLine::Mode::Stdio: return runStdio(app, line);
        case CommandLine::Mode::Gui: break;
        }
        return 0;
    }

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral(PHC_APP_ID));
    QApplication::setWindowIcon(TrayIcon::appIcon());
    SignalWatcher signalWatcher(&app);
    app.setQuitOnLastWindowClosed(false); // the tray keeps MCP serving
    const CommandLine line = CommandLine::parse(app);
    applyVerbosity(line);
    auto *settingsProbe = new Settings(&app);
    installTranslations(app, line.language.isEmpty() ? settingsProbe->language() : line.language);
    CompanionService service(serviceOptions(line, true));
    QString claimError;
    switch (service.claimInstance(&claimError)) {
    case CompanionService::Claim::Claimed: break;
    case CompanionService::Claim::OtherInstance: return answerOtherInstance(app, InstanceClient::Want::Raise);
    case CompanionService::Claim::Failed: say(claimError); return 1;
    }
    MainWindow window(&service);
    QObject::connect(&service, &CompanionService::failed, &window, [](const QString &message) { say(message); });
    if (line.noAuth)
        say(QCoreApplication::translate("main", "WARNING: --no-auth is on: any local program can use this MCP server without a token."));
    window.showAtStartup(line.hidden);
    if (service.isHttpRunning())
        say(QCoreApplication::translate("main", "MCP server listening at %1").arg(service.httpUrl().toString()));
    service.start();
    return app.exec();
}
