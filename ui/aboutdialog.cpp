#include "aboutdialog.h"

#include "service/companionservice.h"
#include "settings/settings.h"
#include "tools/activitystore.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QSysInfo>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AboutDialog::AboutDialog(CompanionService *service, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About PostHog Companion"));
    auto *text = new QLabel(tr("<h3>PostHog Companion %1</h3><p>Your PostHog account on the desktop, and as a local MCP server for AI agents.</p>"
                               "<p>Licence: see the LICENSE file distributed with the app. Built with Qt %2, used under the GNU LGPL version 3.</p>"
                               "<p>PostHog is a trademark of PostHog Inc.; this app is not made by PostHog.</p>")
                                .arg(QStringLiteral(PHC_VERSION), QString::fromLatin1(qVersion())),
                            this);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    auto *infoLabel = new QLabel(tr("&Debug information (for bug reports; contains no key or token):"), this);
    auto *info = new QPlainTextEdit(debugInfo(service), this);
    info->setObjectName(u"debugInfo"_s);
    info->setAccessibleName(tr("Debug information"));
    info->setReadOnly(true);
    info->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    infoLabel->setBuddy(info);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy debug information"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyDebugInfo"_s);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [info] { QGuiApplication::clipboard()->setText(info->toPlainText()); });
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(infoLabel);
    layout->addWidget(info, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 28);
}

QString AboutDialog::debugInfo(CompanionService *service)
{
    // English on purpose: it goes into bug reports read by developers.
    QStringList lines{
        u"PostHog Companion %1"_s.arg(QStringLiteral(PHC_VERSION)),
        u"Qt %1 (built with %2), platform %3, style %4"_s.arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                                                              QGuiApplication::platformName(), QApplication::style()->name()),
        u"System: %1, kernel %2 %3, %4"_s.arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion(),
                                              QSysInfo::currentCpuArchitecture()),
        u"Locale: %1, UI languages: %2"_s.arg(QLocale().name(), QLocale().uiLanguages().join(u", "_s)),
    };
    if (service) {
        lines << u"Workspace: %1"_s.arg(service->connectionSummary())
              << u"MCP: %1"_s.arg(service->isHttpRunning() ? service->httpUrl().toString() : u"stopped"_s)
              << u"Settings: %1"_s.arg(service->settings()->fileName())
              << u"Language setting: %1"_s.arg(service->settings()->language().isEmpty() ? u"system"_s : service->settings()->language());
    }
    lines << u"Activity log: %1"_s.arg(ActivityStore::defaultFileName());
    return lines.join(u'\n');
}
