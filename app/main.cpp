#include "commandline.h"
#include "signalwatcher.h"

#include "demo/demobackend.h"
#include "mcp/streamablehttptransport.h"
#include "service/companionservice.h"
#include "settings/settings.h"
#include "ui/mainwindow.h"

#include <QApplication>
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
    const bool loaded = language.isEmpty() ? translator->load(QLocale(), u"posthog-companion"_s, u"_"_s, u":/i18n"_s)
                                           : translator->load(u":/i18n/posthog-companion_%1"_s.arg(language));
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
    return options;
}

int runHeadless(QCoreApplication &app, const CommandLine &line)
{
    CompanionService service(serviceOptions(line, false));
    QObject::connect(&service, &CompanionService::failed, &app, [](const QString &message) { say(message); });
    QObject::connect(&service, &CompanionService::ready, &app, [&service] {
        say(QCoreApplication::translate("main", "Connected: %1. %2").arg(service.connectionSummary(), service.keySourceExplanation()));
    });
    QString error;
    if (!service.startHttp(&error)) {
        say(error);
        return 1;
    }
    if (line.noAuth)
        say(QCoreApplication::translate(
            "main", "WARNING: --no-auth is on: any local program can use this MCP server without a token. Use it for tests only."));
    say(QCoreApplication::translate("main", "MCP server listening at %1").arg(service.httpUrl().toString()));
    if (!line.noAuth)
        say(QCoreApplication::translate("main", "Bearer token: the value of mcp/authToken in %1").arg(service.settings()->fileName()));
    service.start();
    return app.exec();
}

int runStdio(QCoreApplication &app, const CommandLine &line)
{
    CompanionService service(serviceOptions(line, false));
    QObject::connect(&service, &CompanionService::failed, &app, [](const QString &message) { say(message); });
    QObject::connect(&service, &CompanionService::stdioFinished, &app, &QCoreApplication::quit);
    service.startStdio(); // answer initialize and discovery at once, even while connecting
    service.start();
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
    SignalWatcher signalWatcher(&app);
    app.setQuitOnLastWindowClosed(false); // the tray keeps MCP serving
    const CommandLine line = CommandLine::parse(app);
    applyVerbosity(line);
    auto *settingsProbe = new Settings(&app);
    installTranslations(app, line.language.isEmpty() ? settingsProbe->language() : line.language);
    CompanionService service(serviceOptions(line, true));
    MainWindow window(&service);
    QObject::connect(&service, &CompanionService::failed, &window, [](const QString &message) { say(message); });
    if (line.noAuth)
        say(QCoreApplication::translate("main", "WARNING: --no-auth is on: any local program can use this MCP server without a token."));
    window.showAtStartup();
    if (service.isHttpRunning())
        say(QCoreApplication::translate("main", "MCP server listening at %1").arg(service.httpUrl().toString()));
    service.start();
    return app.exec();
}
