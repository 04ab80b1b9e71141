#include "api/RecoverySchedule.h"
#include "profiles/ServiceHealth.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The backoff that brings a lost service back, and the record of which parts fail.
class RecoveryTest : public QObject
{
    Q_OBJECT

private slots:
    void delaysDoubleFromTwoSecondsToAMinute()
    {
        const int base = 2000;
        QCOMPARE(RecoverySchedule::delayFor(1, 0, base), 2000);
        QCOMPARE(RecoverySchedule::delayFor(2, 0, base), 4000);
        QCOMPARE(RecoverySchedule::delayFor(3, 0, base), 8000);
        QCOMPARE(RecoverySchedule::delayFor(5, 0, base), 32000);
        QCOMPARE(RecoverySchedule::delayFor(6, 0, base), 60000);
        QCOMPARE(RecoverySchedule::delayFor(1000, 0, base), 60000);
        // Jitter spreads each delay by a fifth either way, never beyond.
        QCOMPARE(RecoverySchedule::delayFor(1, 1, base), 2400);
        QCOMPARE(RecoverySchedule::delayFor(1, -1, base), 1600);
        QCOMPARE(RecoverySchedule::delayFor(9, 1, base), 72000);
        QCOMPARE(RecoverySchedule::delayFor(2, 5, base), 4800);
    }

    void scheduleFiresCountsDownAndResets()
    {
        RecoverySchedule::setDefaultBaseDelayMs(1500);
        RecoverySchedule schedule;
        QSignalSpy due(&schedule, &RecoverySchedule::due);
        QVERIFY(!schedule.isScheduled());
        QCOMPARE(schedule.secondsLeft(), 0);
        schedule.failed();
        QVERIFY(schedule.isScheduled());
        QVERIFY(schedule.secondsLeft() >= 1 && schedule.secondsLeft() <= 2);
        QVERIFY(due.wait(3000));
        QVERIFY(!schedule.isScheduled());
        // Succeeded: nothing pending, and the next failure waits the short delay again.
        schedule.failed();
        schedule.failed();
        QCOMPARE(schedule.failures(), 3);
        schedule.succeeded();
        QVERIFY(!schedule.isScheduled());
        QCOMPARE(schedule.failures(), 0);
        // Retry now fires at once and keeps the backoff reached.
        schedule.failed();
        schedule.failed();
        due.clear();
        schedule.retryNow();
        QCOMPARE(due.size(), 1);
        QCOMPARE(schedule.failures(), 2);
        QVERIFY(!schedule.isScheduled());
    }

    void healthNamesTheFailingParts()
    {
        ServiceHealth health;
        QSignalSpy changed(&health, &ServiceHealth::changed);
        QVERIFY(!health.isDegraded());
        health.report(u"tree:a"_s, ServiceHealth::Area::Queues, ApiError::fromHttp(503, {}, {}));
        health.report(u"tree:b"_s, ServiceHealth::Area::Databases, ApiError::malformed(u"x"_s));
        QVERIFY(health.isDegraded());
        QCOMPARE(health.failingAreas(), (QList{ServiceHealth::Area::Databases, ServiceHealth::Area::Queues}));
        QCOMPARE(health.commonStatus(ServiceHealth::Area::Queues), 503);
        QCOMPARE(health.commonStatus(ServiceHealth::Area::Databases), 0);
        health.report(u"stats:q"_s, ServiceHealth::Area::Queues, ApiError::fromHttp(502, {}, {}));
        QCOMPARE(health.commonStatus(ServiceHealth::Area::Queues), 0); // 503 and 502: no one status
        // The same reporter again replaces its entry and keeps when it started.
        const QDateTime since = health.problems().front().since;
        health.report(u"tree:a"_s, ServiceHealth::Area::Queues, ApiError::fromHttp(502, {}, {}));
        QCOMPARE(health.problems().size(), size_t(3));
        QCOMPARE(health.problems().front().since, since);
        QCOMPARE(health.commonStatus(ServiceHealth::Area::Queues), 502);
        health.clearPrefix(u"tree:"_s);
        QCOMPARE(health.problems().size(), size_t(1));
        const int before = int(changed.size());
        health.clear(u"nothing"_s);
        QCOMPARE(int(changed.size()), before); // nothing to say
        health.clear(u"stats:q"_s);
        QVERIFY(!health.isDegraded());
    }
};

QTEST_GUILESS_MAIN(RecoveryTest)
#include "tst_recovery.moc"
