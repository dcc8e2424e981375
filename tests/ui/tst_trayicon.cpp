// The tray (issue 13): its state, tooltip, painted badges and menu, in step with the MCP page;
// the window raised for a later launch; close to tray and start at login on the MCP page. Offscreen
// there is no system tray, so the state model, icon and menu are tested without one.
#include "common/isolatedhome.h"
#include "common/mcptestclient.h"
#include "demoservice.h"
#include "ui/mainwindow.h"
#include "ui/mcppage.h"
#include "ui/preferencesdialog.h"
#include "ui/trayicon.h"

#include "settings/autostartentry.h"
#include "settings/settings.h"
#include "tools/approvalpolicy.h"
#include "tools/approvalrequest.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTrayIcon : public QObject
{
    Q_OBJECT

    std::unique_ptr<CompanionService> m_service;

    static QImage imageOf(const QIcon &icon) { return icon.pixmap(64, 64).toImage(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_service = startDemoService(true, true);
        QVERIFY(m_service);
        QTRY_VERIFY(m_service->isTokenReady());
    }

    void servingStateAndMenu()
    {
        TrayIcon tray(m_service.get());
        QCOMPARE(tray.state(), TrayIcon::State::Serving);
        QVERIFY2(tray.toolTip().contains(m_service->httpUrl().toString()), qPrintable(tray.toolTip()));
        QVERIFY(!tray.icon().isNull());
        QStringList names;
        for (QAction *action : tray.menu()->actions())
            if (!action->isSeparator())
                names.append(action->objectName());
        QCOMPARE(names, (QStringList{u"trayOpen"_s, u"trayPause"_s, u"trayQuit"_s}));
        QSignalSpy open(&tray, &TrayIcon::openRequested);
        QSignalSpy quit(&tray, &TrayIcon::quitRequested);
        tray.menu()->findChild<QAction *>(u"trayOpen"_s)->trigger();
        tray.menu()->findChild<QAction *>(u"trayQuit"_s)->trigger();
        QCOMPARE(open.count(), 1);
        QCOMPARE(quit.count(), 1);
        QCOMPARE(tray.systemTray() != nullptr, QSystemTrayIcon::isSystemTrayAvailable());
    }

    void pauseStaysInStepWithTheMcpPage()
    {
        TrayIcon tray(m_service.get());
        McpPage page(m_service.get());
        auto *serve = page.findChild<QCheckBox *>(u"mcpEnabled"_s);
        QAction *pause = tray.pauseAction();
        QVERIFY(serve->isChecked());
        QVERIFY(!pause->isChecked());
        pause->trigger(); // pause from the tray
        QVERIFY(!m_service->isHttpRunning());
        QVERIFY(!m_service->settings()->mcpEnabled());
        QCOMPARE(tray.state(), TrayIcon::State::Paused);
        QVERIFY2(tray.toolTip().contains("paused"_L1), qPrintable(tray.toolTip()));
        QVERIFY(!serve->isChecked());
        serve->setChecked(true); // resume from the page
        QVERIFY(m_service->isHttpRunning());
        QVERIFY(!pause->isChecked());
        QCOMPARE(tray.state(), TrayIcon::State::Serving);
    }

    void approvalsWaitingShowTheirCount()
    {
        TrayIcon tray(m_service.get());
        const QImage serving = imageOf(tray.icon());
        QList<ApprovalRequest *> waiting;
        connect(m_service->approvals(), &ApprovalPolicy::approvalRequested, this, [&](ApprovalRequest *r) { waiting.append(r); });
        McpTestClient client(m_service->mcpServer(), u"tray-test"_s);
        // Two calls waiting for a person: answered at the end, the answers arrive then.
        for (int i = 1; i <= 2; ++i)
            m_service->mcpServer()->handle(
                McpTestClient::request(i, u"tools/call"_s,
                                       {{u"name"_s, u"create_dashboard"_s}, {u"arguments"_s, QJsonObject{{u"name"_s, u"T%1"_s.arg(i)}}}}),
                client.session(), [](const QJsonObject &) {}, [](const QJsonObject &, int) {});
        QTRY_COMPARE(waiting.size(), 2);
        QCOMPARE(tray.state(), TrayIcon::State::ApprovalsWaiting);
        QCOMPARE(tray.pendingApprovals(), 2);
        QVERIFY2(tray.toolTip().contains("2 approval"_L1), qPrintable(tray.toolTip()));
        const QImage two = imageOf(tray.icon());
        QVERIFY(two != serving);
        waiting.takeFirst()->answer(ApprovalRequest::Answer::Deny);
        QCOMPARE(tray.pendingApprovals(), 1);
        QVERIFY(imageOf(tray.icon()) != two); // the badge's count changed
        waiting.takeFirst()->answer(ApprovalRequest::Answer::Deny);
        QCOMPARE(tray.state(), TrayIcon::State::Serving);
        QCOMPARE(imageOf(tray.icon()), serving);
    }

    void failingSaysWhy()
    {
        TrayIcon tray(m_service.get());
        Q_EMIT m_service->failed(u"PostHog refused the key"_s);
        QCOMPARE(tray.state(), TrayIcon::State::Failing);
        QVERIFY2(tray.toolTip().contains("PostHog refused the key"_L1), qPrintable(tray.toolTip()));
        const QImage failing = imageOf(tray.icon());
        Q_EMIT m_service->ready();
        QCOMPARE(tray.state(), TrayIcon::State::Serving);
        QVERIFY(imageOf(tray.icon()) != failing);
    }

    void everyStateHasItsOwnBadge()
    {
        const QIcon base = TrayIcon::appIcon();
        QVERIFY(!base.isNull());
        QList<QImage> images;
        for (auto state : {TrayIcon::State::Serving, TrayIcon::State::ApprovalsWaiting, TrayIcon::State::Paused, TrayIcon::State::Failing})
            images.append(imageOf(TrayIcon::stateIcon(base, state, 3)));
        for (int i = 0; i < images.size(); ++i)
            for (int j = i + 1; j < images.size(); ++j)
                QVERIFY2(images[i] != images[j], qPrintable(u"states %1 and %2 look the same"_s.arg(i).arg(j)));
    }

    void laterLaunchRaisesTheWindow()
    {
        MainWindow window(m_service.get());
        window.showAtStartup(true); // --hidden: offscreen has no tray, so the window shows anyway
        QCOMPARE(window.isVisible(), !window.tray()->isVisible());
        window.hide();
        Q_EMIT m_service->raiseRequested();
        QVERIFY(window.isVisible());
    }

    // Preferences' Desktop tab: OK stores both choices, Cancel none.
    void desktopChoicesInPreferences()
    {
        const auto dialogFor = [this](auto &&change) {
            auto dialog = std::make_unique<PreferencesDialog>(m_service.get());
            auto *closeToTray = dialog->findChild<QCheckBox *>(u"closeToTray"_s);
            auto *startAtLogin = dialog->findChild<QCheckBox *>(u"startAtLogin"_s);
            if (closeToTray && startAtLogin)
                change(closeToTray, startAtLogin);
            return std::make_tuple(std::move(dialog), closeToTray != nullptr && startAtLogin != nullptr);
        };
        QVERIFY(IsolatedHome::contains(AutostartEntry::path()));
        const bool trayAvailable = QSystemTrayIcon::isSystemTrayAvailable();
        {
            auto [dialog, found] = dialogFor([&](QCheckBox *closeToTray, QCheckBox *startAtLogin) {
                QCOMPARE(closeToTray->isEnabled(), trayAvailable);
                QCOMPARE(closeToTray->isChecked(), trayAvailable); // on by default where there is a tray
                QVERIFY(!startAtLogin->isChecked());
                closeToTray->setChecked(false);
                startAtLogin->setChecked(true);
            });
            QVERIFY(found);
            dialog->reject();
            QVERIFY(!QFile::exists(AutostartEntry::path()));
            QVERIFY(m_service->settings()->closeToTray());
        }
        {
            auto [dialog, found] = dialogFor([](QCheckBox *closeToTray, QCheckBox *startAtLogin) {
                closeToTray->setChecked(false);
                startAtLogin->setChecked(true);
            });
            QVERIFY(found);
            dialog->apply();
        }
        QCOMPARE(m_service->settings()->closeToTray(), !trayAvailable); // no tray: the box is off and left alone
        QFile entry(AutostartEntry::path());
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(entry.readAll());
        QVERIFY2(text.contains(u"\nExec=\"%1\" --hidden\n"_s.arg(QApplication::applicationFilePath())), qPrintable(text));
        QVERIFY(text.startsWith("[Desktop Entry]\nType=Application\n"_L1));
        QVERIFY(AutostartEntry(QApplication::applicationFilePath()).isEnabled());
        {
            auto [dialog, found] = dialogFor([](QCheckBox *closeToTray, QCheckBox *startAtLogin) {
                QVERIFY(startAtLogin->isChecked());
                closeToTray->setChecked(true);
                startAtLogin->setChecked(false);
            });
            QVERIFY(found);
            dialog->apply();
        }
        QVERIFY(!QFile::exists(AutostartEntry::path()));
        QVERIFY(m_service->settings()->closeToTray());
    }

    void autostartExecIsQuotedAsTheSpecSays()
    {
        const QString text = AutostartEntry(u"/opt/Post Hog/$bin\"x`\\y"_s).contents();
        QVERIFY2(text.contains(u"\nExec=\"/opt/Post Hog/\\$bin\\\"x\\`\\\\y\" --hidden\n"_s), qPrintable(text));
    }

    void cleanupTestCase() { m_service.reset(); }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
