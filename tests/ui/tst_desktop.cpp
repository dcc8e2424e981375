// A desktop app (issue 14): the first-run welcome page, the "Demo workspace" banner on data
// pages, menus with every page and its shortcut, Refresh and Find, Preferences, About, and the
// sidebar's own icons and font-following width.
#include "common/isolatedhome.h"
#include "demoservice.h"
#include "screenshottheme.h"
#include "ui/aboutdialog.h"
#include "ui/demobanner.h"
#include "ui/mainmenus.h"
#include "ui/mainwindow.h"
#include "ui/preferencesdialog.h"
#include "ui/welcomepage.h"

#include "settings/settings.h"
#include "tools/approvalpolicy.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>

using namespace Qt::StringLiterals;

class TestDesktop : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CompanionService> m_demo; // one demo workspace for the tests that need one

    CompanionService *demo()
    {
        if (!m_demo)
            m_demo = startDemoService(true);
        return m_demo.get();
    }

    template <typename T>
    static T *visibleTopLevel(const QString &name)
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == name && w->isVisible())
                return qobject_cast<T *>(w);
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { ScreenshotTheme::apply(); }

    // No account and no demo chosen yet: the window opens on the welcome page; "explore the
    // demo" connects the demo workspace and shows the banner on data pages.
    void firstRunWelcomesAndOffersTheDemo()
    {
        qunsetenv("POSTHOG_API_KEY");
        CompanionService::Options options = demoServiceOptions(true);
        options.demo = false;
        CompanionService service(options);
        MainWindow window(&service);
        window.resize(1180, 760);
        window.show();
        QVERIFY(window.isWelcomeShown());
        auto *welcome = window.findChild<WelcomePage *>(u"welcomePage"_s);
        QVERIFY(welcome && welcome->isVisible());
        QVERIFY(welcome->findChild<QPushButton *>(u"connectAccountButton"_s));
        ScreenshotTheme::save(&window, u"welcome"_s);
        QSignalSpy ready(&service, &CompanionService::ready);
        welcome->findChild<QPushButton *>(u"exploreDemoButton"_s)->click();
        QVERIFY(!window.isWelcomeShown());
        QVERIFY(service.settings()->welcomeDone());
        QVERIFY(ready.wait(60000));
        QVERIFY(service.isDemo());
        QCOMPARE(window.currentPage(), MainWindow::Query);
        QTRY_VERIFY(window.demoBanner()->isVisible());
        window.showPage(MainWindow::Mcp);
        QVERIFY(!window.demoBanner()->isVisible()); // a settings page, not data
        window.showPage(MainWindow::Errors);
        QVERIFY(window.demoBanner()->isVisible());
        window.demoBanner()->findChild<QPushButton *>(u"demoBannerConnect"_s)->click();
        QCOMPARE(window.currentPage(), MainWindow::Connection);
    }

    void theWelcomePageComesOnce()
    {
        CompanionService::Options options = demoServiceOptions(true);
        options.demo = false;
        CompanionService service(options); // the settings of the run above: welcome answered
        MainWindow window(&service);
        QVERIFY(!window.isWelcomeShown());
    }

    void menusListEveryPageWithItsShortcut()
    {
        CompanionService *service = demo();
        QVERIFY(service);
        MainWindow window(service);
        window.resize(1180, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            QAction *action = window.menus()->pageAction(page);
            QVERIFY(action);
            QCOMPARE(action->text(), window.findChild<QListWidget *>(u"sidebar"_s)->item(page)->data(Qt::UserRole).toString());
            QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
            action->trigger();
            QCOMPARE(int(window.currentPage()), page);
        }
        auto *refresh = window.findChild<QAction *>(u"refreshAction"_s);
        QVERIFY(refresh->shortcuts().contains(QKeySequence(Qt::Key_F5)));
        QCOMPARE(window.findChild<QAction *>(u"findAction"_s)->shortcut(), QKeySequence(QKeySequence::Find));
        QVERIFY(window.findChild<QAction *>(u"documentationAction"_s));
        // Find puts the cursor in the page's filter.
        window.showPage(MainWindow::Activity);
        window.findChild<QAction *>(u"findAction"_s)->trigger();
        QTRY_COMPARE(QApplication::focusWidget(), window.page(MainWindow::Activity)->findChild<QLineEdit *>(u"activityFilter"_s));
        // Every sidebar entry has the app's own icon, and the sidebar is wide enough for its titles.
        auto *sidebar = window.findChild<QListWidget *>(u"sidebar"_s);
        for (int i = 0; i < sidebar->count(); ++i) {
            QVERIFY(!sidebar->item(i)->icon().isNull());
            QVERIFY(sidebar->fontMetrics().horizontalAdvance(sidebar->item(i)->text()) + 20 < sidebar->width());
        }
    }

    // The icons are drawn in the palette's text colour, and follow a theme change.
    void sidebarIconsFollowThePalette()
    {
        CompanionService *service = demo();
        QVERIFY(service);
        MainWindow window(service);
        window.show();
        auto *sidebar = window.findChild<QListWidget *>(u"sidebar"_s);
        const auto inkOf = [sidebar](int row) {
            const QImage image = sidebar->item(row)->icon().pixmap(QSize(20, 20), 1.0).toImage();
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (image.pixelColor(x, y).alpha() == 255)
                        return image.pixelColor(x, y).rgb();
            return QRgb(0);
        };
        const QPalette original = QApplication::palette();
        QCOMPARE(inkOf(MainWindow::Query), window.palette().color(QPalette::WindowText).rgb());
        QPalette inverted = original;
        inverted.setColor(QPalette::WindowText, QColor::fromHslF(0.6, 0.1, 0.93));
        inverted.setColor(QPalette::Window, QColor::fromHslF(0.6, 0.1, 0.12));
        QApplication::setPalette(inverted);
        QTRY_COMPARE(inkOf(MainWindow::Query), window.palette().color(QPalette::WindowText).rgb());
        QApplication::setPalette(original);
    }

    void preferencesApplyPortLanguageAndTimeout()
    {
        CompanionService *service = demo();
        QVERIFY(service);
        MainWindow window(service);
        window.show();
        window.findChild<QAction *>(u"preferencesAction"_s)->trigger();
        auto *dialog = visibleTopLevel<PreferencesDialog>(u"preferencesDialog"_s);
        if (!dialog) {
            const auto children = window.findChildren<PreferencesDialog *>();
            dialog = children.isEmpty() ? nullptr : children.first();
        }
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->tabs()->count(), 3);
        QVERIFY(dialog->findChild<QWidget *>(u"rememberedApprovals"_s));
        QVERIFY(dialog->findChild<QWidget *>(u"desktopTab"_s));
        dialog->findChild<QSpinBox *>(u"approvalTimeoutSpin"_s)->setValue(2);
        auto *language = dialog->findChild<QComboBox *>(u"languageCombo"_s);
        language->setCurrentIndex(language->findData(u"fr"_s));
        dialog->findChild<QSpinBox *>(u"portSpin"_s)->setValue(18787);
        ScreenshotTheme::save(dialog, u"preferences"_s);
        dialog->apply();
        QCOMPARE(service->settings()->approvalTimeoutSeconds(), 120);
        QCOMPARE(service->approvals()->timeoutMs(), 120000);
        QCOMPARE(service->settings()->language(), u"fr"_s);
        QCOMPARE(service->settings()->mcpPort(), quint16(18787));
        dialog->close();
    }

    void aboutHasCopyableDebugInformation()
    {
        CompanionService *service = demo();
        QVERIFY(service);
        AboutDialog about(service);
        const QString info = about.findChild<QPlainTextEdit *>(u"debugInfo"_s)->toPlainText();
        QVERIFY(info.contains(QString::fromLatin1(qVersion())));
        QVERIFY(info.contains(QStringLiteral(PHC_VERSION)));
        QVERIFY(!info.contains(service->authToken())); // never the token
        about.findChild<QPushButton *>(u"copyDebugInfo"_s)->click();
    }

    void cleanupTestCase() { m_demo.reset(); }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
