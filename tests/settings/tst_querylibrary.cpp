#include "common/isolatedhome.h"
#include "settings/querylibrary.h"
#include "settings/settings.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The Query page's history and snippets, kept across restarts (a new Settings reads the file).
class TestQueryLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        Settings settings;
        QueryLibrary library(&settings);
        library.clearHistory();
        for (const QString &name : library.snippetNames())
            library.removeSnippet(name);
    }

    void historyIsMostRecentFirstWithoutDuplicates()
    {
        Settings settings;
        QueryLibrary library(&settings);
        QSignalSpy changed(&library, &QueryLibrary::historyChanged);
        library.addToHistory(u"SELECT 1"_s);
        library.addToHistory(u"SELECT 2"_s);
        library.addToHistory(u"SELECT 1"_s);
        QCOMPARE(library.history(), (QStringList{u"SELECT 1"_s, u"SELECT 2"_s}));
        QCOMPARE(changed.count(), 3);
        library.addToHistory(u"   "_s); // blank: not remembered
        QCOMPARE(library.history().size(), 2);
        QCOMPARE(changed.count(), 3);
        Settings nextRun;
        QCOMPARE(QueryLibrary(&nextRun).history(), (QStringList{u"SELECT 1"_s, u"SELECT 2"_s}));
    }

    void historyKeepsTheNewestFifty()
    {
        Settings settings;
        QueryLibrary library(&settings);
        for (int i = 0; i < QueryLibrary::maxHistory + 7; ++i)
            library.addToHistory(u"SELECT %1"_s.arg(i));
        const QStringList history = library.history();
        QCOMPARE(history.size(), QueryLibrary::maxHistory);
        QCOMPARE(history.first(), u"SELECT %1"_s.arg(QueryLibrary::maxHistory + 6));
        QCOMPARE(history.last(), u"SELECT 7"_s);
        // An old query run again moves to the front instead of growing the list.
        library.addToHistory(u"SELECT 30"_s);
        QCOMPARE(library.history().size(), QueryLibrary::maxHistory);
        QCOMPARE(library.history().first(), u"SELECT 30"_s);
        QCOMPARE(library.history().count(u"SELECT 30"_s), 1);
    }

    void snippetsSaveListLoadRemove()
    {
        Settings settings;
        QueryLibrary library(&settings);
        QSignalSpy changed(&library, &QueryLibrary::snippetsChanged);
        QVERIFY(library.saveSnippet(u"Views"_s, u"SELECT count() FROM events"_s));
        QVERIFY(library.saveSnippet(u"  Amounts  "_s, u"SELECT sum(1) FROM events"_s)); // the name is trimmed
        QVERIFY(!library.saveSnippet(u"  "_s, u"SELECT 0"_s));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(library.snippetNames(), (QStringList{u"Amounts"_s, u"Views"_s}));
        QCOMPARE(library.snippet(u"Views"_s), u"SELECT count() FROM events"_s);
        QVERIFY(library.snippet(u"Missing"_s).isEmpty());
        QVERIFY(library.saveSnippet(u"Views"_s, u"SELECT 2"_s)); // replaces
        QCOMPARE(library.snippetNames().size(), 2);
        Settings nextRun;
        QueryLibrary reread(&nextRun);
        QCOMPARE(reread.snippet(u"Views"_s), u"SELECT 2"_s);
        QVERIFY(reread.hasSnippet(u"Amounts"_s));
        QVERIFY(reread.removeSnippet(u"Amounts"_s));
        QVERIFY(!reread.removeSnippet(u"Amounts"_s));
        QCOMPARE(reread.snippetNames(), QStringList{u"Views"_s});
    }

    // Snippets saved by earlier versions (a QVariantMap under query/snippets) stay readable.
    void snippetsFromEarlierVersionsLoad()
    {
        {
            QSettings old(u"PostHog"_s, u"PostHog Companion"_s);
            old.setValue(u"query/snippets"_s, QVariantMap{{u"Old one"_s, u"SELECT 42"_s}});
        }
        Settings settings;
        QCOMPARE(QueryLibrary(&settings).snippet(u"Old one"_s), u"SELECT 42"_s);
    }
};

QTEST_GUILESS_MAIN(TestQueryLibrary)
#include "tst_querylibrary.moc"
