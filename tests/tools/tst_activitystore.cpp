// The activity log on disk (DESIGN.md "Activity lasts"): calls survive a restart, the file stays
// bounded by age and by count, and ActivityLog reloads what an earlier run recorded.
#include "common/isolatedhome.h"

#include "tools/activitylog.h"
#include "tools/activitystore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestActivityStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    static ToolCallRecord call(const QString &id, const QDateTime &at, const QString &outcome = u"ok"_s)
    {
        ToolCallRecord r;
        r.callId = id;
        r.startedAt = at;
        r.clientId = u"client-1"_s;
        r.clientName = u"Claude"_s;
        r.tool = u"get_dashboard"_s;
        r.arguments = {{u"dashboard_id"_s, 7}};
        r.durationMs = outcome == "running"_L1 ? -1 : 42;
        r.outcome = outcome;
        r.summary = u"Dashboard 7: Growth"_s;
        return r;
    }

private Q_SLOTS:
    void defaultFileIsInTheAppDataDirectory()
    {
        QVERIFY(IsolatedHome::contains(ActivityStore::defaultFileName()));
        QVERIFY(ActivityStore::defaultFileName().endsWith("/activity.sqlite"_L1));
    }

    void recordsSurviveARestart()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            ActivityStore store;
            QVERIFY(store.open(file(u"restart.sqlite"_s)));
            QVERIFY(store.save(call(u"a"_s, now.addSecs(-60), u"running"_s)));
            QVERIFY(store.save(call(u"b"_s, now)));
            // The same call finishing replaces its row instead of adding one.
            QVERIFY(store.save(call(u"a"_s, now.addSecs(-60), u"error"_s)));
            QCOMPARE(store.count(), 2);
        }
        ActivityStore reopened;
        QVERIFY(reopened.open(file(u"restart.sqlite"_s)));
        const QList<ToolCallRecord> records = reopened.recent(10);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).callId, u"a"_s); // oldest first
        QCOMPARE(records.at(0).outcome, u"error"_s);
        QCOMPARE(records.at(1).arguments.value("dashboard_id"_L1).toInt(), 7);
        QCOMPARE(records.at(1).summary, u"Dashboard 7: Growth"_s);
        QCOMPARE(records.at(1).startedAt.toMSecsSinceEpoch(), now.toMSecsSinceEpoch());
        QCOMPARE(records.at(1).durationMs, 42);
    }

    void openingPrunesCallsOlderThanTheAgeLimit()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            ActivityStore store;
            QVERIFY(store.open(file(u"age.sqlite"_s)));
            store.save(call(u"old"_s, now.addDays(-91)));
            store.save(call(u"recent"_s, now.addDays(-89)));
            store.save(call(u"today"_s, now));
        }
        ActivityStore store;
        QVERIFY(store.open(file(u"age.sqlite"_s), nullptr, now));
        QCOMPARE(store.count(), 2);
        QCOMPARE(store.recent(10).first().callId, u"recent"_s);
        // A month later the one from 89 days ago is gone too.
        QCOMPARE(store.prune(now.addDays(30)), 1);
        QCOMPARE(store.count(), 1);
    }

    void theRowCountIsBounded()
    {
        ActivityStore store;
        store.setLimits(90, 50);
        QVERIFY(store.open(file(u"rows.sqlite"_s)));
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1000);
        for (int i = 0; i < 520; ++i)
            QVERIFY(store.save(call(QString::number(i), start.addSecs(i))));
        // Pruned at the 500th save (down to 50), then 20 more: bounded while the app runs.
        QCOMPARE(store.count(), 70);
        QCOMPARE(store.prune(), 20);
        QCOMPARE(store.count(), 50);
        QCOMPARE(store.recent(1).first().callId, u"519"_s); // the newest stay
        QCOMPARE(store.recent(100).first().callId, u"470"_s);
    }

    void anUnwritablePlaceIsReported()
    {
        ActivityStore store;
        QString error;
        QVERIFY(!store.open(u"/proc/no-such-dir/activity.sqlite"_s, &error));
        QVERIFY2(error.contains("/proc/no-such-dir"_L1), qPrintable(error));
        ActivityLog log;
        QVERIFY(!log.persistTo(u"/proc/no-such-dir/activity.sqlite"_s));
        QVERIFY(!log.isPersistent());
        QVERIFY(!log.persistenceError().isEmpty());
    }

    // An earlier run's calls come back into the log; one that never finished says so.
    void theLogReloadsAnEarlierRun()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            ActivityStore store;
            QVERIFY(store.open(file(u"log.sqlite"_s)));
            store.save(call(u"run1:1"_s, now.addSecs(-30)));
            store.save(call(u"run1:2"_s, now.addSecs(-20), u"running"_s));
        }
        ActivityLog log;
        QSignalSpy cleared(&log, &ActivityLog::cleared);
        QVERIFY(log.persistTo(file(u"log.sqlite"_s)));
        QVERIFY(log.isPersistent());
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(log.records().size(), 2);
        QCOMPARE(log.records().at(1).outcome, u"interrupted"_s);
        log.clear();
        QCOMPARE(log.records().size(), 0);
        ActivityStore after;
        QVERIFY(after.open(file(u"log.sqlite"_s)));
        QCOMPARE(after.count(), 0); // "Clear" empties the file too
    }

    void aWriteIsFast()
    {
        ActivityStore store;
        QVERIFY(store.open(file(u"speed.sqlite"_s)));
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 200; ++i)
            store.save(call(QString::number(i), QDateTime::currentDateTimeUtc()));
        const double perWrite = double(clock.nsecsElapsed()) / 200 / 1e6;
        qInfo("one activity write: %.3f ms", perWrite);
        QVERIFY2(perWrite < 5.0, "a write blocks the GUI thread for too long");
    }
};

QTEST_GUILESS_MAIN(TestActivityStore)
#include "tst_activitystore.moc"
