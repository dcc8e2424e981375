#include "commandline.h"

#include "mcp/tunnelhostnames.h"
#include "tools/posthogtoolset.h"

#include <QCommandLineParser>
#include <cstring>

using namespace Qt::StringLiterals;

bool CommandLine::needsGui(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--headless", "--mcp-stdio", "--demo-backend", "--help", "-h", "--version", "-v"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return false;
        }
    }
    return true;
}

CommandLine CommandLine::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("PostHog Companion: your PostHog account on the desktop, and as a local MCP server for AI agents."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headless(u"headless"_s, tr("Serve MCP over HTTP without a window."));
    const QCommandLineOption stdio(u"mcp-stdio"_s, tr("Serve MCP on stdin/stdout (for clients that launch a command)."));
    const QCommandLineOption demo(u"demo"_s, tr("Use the offline demo workspace instead of the configured account."));
    const QCommandLineOption demoBackend(u"demo-backend"_s, tr("Run only the demo PostHog-compatible REST server."));
    const QCommandLineOption port(u"port"_s, tr("Port to listen on (0: any free port)."), u"N"_s);
    const QCommandLineOption noAuth(u"no-auth"_s, tr("Turn the MCP bearer token off (tests only)."));
    const QCommandLineOption lang(u"lang"_s, tr("User interface language (fr, de, en)."), u"CODE"_s);
    const QCommandLineOption events(u"events"_s, tr("Demo workspace size in events (1000 to 5000000)."), u"N"_s);
    const QCommandLineOption verbose(u"verbose"_s,
                                     tr("Log what every module does (the phc.* logging categories) on stderr; QT_LOGGING_RULES refines it."));
    const QCommandLineOption tools(u"tools"_s,
                                   tr("Serve only these tool groups, comma-separated (%1); the account, schema and search tools are always served.")
                                       .arg(PostHogToolset::groupIds().join(u", "_s)),
                                   u"GROUP,..."_s);
    const QCommandLineOption allowHost(u"allow-host"_s,
                                       tr("Also accept this public host name, which a tunnel you run forwards to 127.0.0.1 (repeatable); "
                                          "such requests always need the bearer token."),
                                       u"NAME"_s);
    const QCommandLineOption hidden(u"hidden"_s, tr("Start with the window hidden in the tray (as at login)."));
    parser.addOptions({headless, stdio, demo, demoBackend, port, noAuth, lang, events, verbose, tools, allowHost, hidden});
    parser.process(app);

    CommandLine line;
    const int modes = int(parser.isSet(headless)) + int(parser.isSet(stdio)) + int(parser.isSet(demoBackend));
    if (modes > 1) {
        qCritical("%s", qPrintable(tr("Choose one of --headless, --mcp-stdio and --demo-backend.")));
        ::exit(2);
    }
    line.mode = parser.isSet(headless)      ? Mode::Headless
                : parser.isSet(stdio)       ? Mode::Stdio
                : parser.isSet(demoBackend) ? Mode::DemoBackend
                                            : Mode::Gui;
    line.demo = parser.isSet(demo);
    line.noAuth = parser.isSet(noAuth);
    line.verbose = parser.isSet(verbose);
    line.hidden = parser.isSet(hidden);
    line.language = parser.value(lang);
    if (parser.isSet(port)) {
        bool ok = false;
        line.port = parser.value(port).toInt(&ok);
        if (!ok || line.port < 0 || line.port > 65535) {
            qCritical("%s", qPrintable(tr("--port takes a number from 0 to 65535.")));
            ::exit(2);
        }
    }
    if (parser.isSet(events)) {
        bool ok = false;
        line.events = parser.value(events).toInt(&ok);
        if (!ok || line.events < 1000 || line.events > 5000000) {
            qCritical("%s", qPrintable(tr("--events takes a number from 1000 to 5000000.")));
            ::exit(2);
        }
    }
    if (parser.isSet(tools))
        line.toolGroups = parseToolGroups(parser.values(tools));
    line.allowedHosts = parseAllowedHosts(parser.values(allowHost), line.noAuth);
    return line;
}

QStringList CommandLine::parseToolGroups(const QStringList &values)
{
    QStringList groups;
    for (const QString &value : values) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const QString group = part.trimmed().toLower();
            if (!PostHogToolset::groupIds().contains(group)) {
                qCritical(
                    "%s",
                    qPrintable(tr("--tools: there is no tool group '%1'. The groups are: %2.").arg(group, PostHogToolset::groupIds().join(u", "_s))));
                ::exit(2);
            }
            if (!groups.contains(group))
                groups.append(group);
        }
    }
    return groups;
}

QStringList CommandLine::parseAllowedHosts(const QStringList &values, bool noAuth)
{
    if (!values.isEmpty() && noAuth) {
        qCritical("%s", qPrintable(tr("--allow-host needs the bearer token: it cannot be combined with --no-auth.")));
        ::exit(2);
    }
    QStringList hosts;
    for (const QString &value : values) {
        QString error;
        const QString host = TunnelHostNames::normalize(value, &error);
        if (host.isEmpty()) {
            qCritical("%s", qPrintable(u"--allow-host: "_s + error));
            ::exit(2);
        }
        if (!hosts.contains(host))
            hosts.append(host);
    }
    return hosts;
}
