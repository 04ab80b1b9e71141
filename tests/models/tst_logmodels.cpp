#include "OperationsModel.h"
#include "RequestLogModel.h"
#include "api/RequestLog.h"
#include "ops/OperationTracker.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The request log and the operation tracker under their models: the item-model contract
// (checked by QAbstractItemModelTester through drops and clears) and bounded memory.
class LogModelsTest : public QObject
{
    Q_OBJECT

    static RequestLogEntry entry(int n, qsizetype curlSize = 100)
    {
        RequestLogEntry e;
        e.startedAt = QDateTime::currentDateTime();
        e.method = "GET";
        e.url = u"https://api.infrai.cc/v1/queue/stats/q%1"_s.arg(n);
        e.status = 200;
        e.curl = QString(curlSize, u'x');
        return e;
    }

private slots:
    void requestLogModelKeepsTheContractWhileDropping()
    {
        RequestLog log(nullptr, 5);
        RequestLogModel model(&log);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 12; ++i)
            log.append(entry(i));
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(model.index(0, RequestLogModel::Url).data(Qt::ToolTipRole).toString().endsWith(u"q7"_s));
        log.clear();
        QCOMPARE(model.rowCount(), 0);
        log.append(entry(99));
        QCOMPARE(model.rowCount(), 1);
    }

    void requestLogStaysWithinItsByteBudget()
    {
        // 100,000 entries, some with large curl commands: entries and bytes stay bounded.
        const qsizetype budget = 1 << 20;
        RequestLog log(nullptr, 2000, budget);
        RequestLogModel model(&log);
        qsizetype largest = 0;
        for (int i = 0; i < 100000; ++i) {
            log.append(entry(i, i % 100 == 0 ? 64 * 1024 : 200));
            largest = std::max(largest, log.bytes());
        }
        QVERIFY(log.size() <= 2000);
        QVERIFY2(largest <= budget, qPrintable(QString::number(largest)));
        QCOMPARE(model.rowCount(), log.size());
        // A single entry larger than the budget is still shown (alone).
        log.append(entry(-1, 4 << 20));
        QCOMPARE(log.size(), 1);
        QVERIFY(model.index(0, RequestLogModel::Url).data(Qt::ToolTipRole).toString().endsWith(u"q-1"_s));
    }

    void operationsModelKeepsTheContractWhileDropping()
    {
        OperationTracker tracker;
        tracker.setSettledCapacity(3);
        OperationsModel model(&tracker);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int running = tracker.start(Operation::Kind::CreateProject, u"slow"_s);
        QList<int> ids;
        for (int i = 0; i < 10; ++i) {
            ids << tracker.start(Operation::Kind::Publish, u"q%1"_s.arg(i));
            if (i % 2)
                tracker.succeed(ids.last());
            else
                tracker.fail(ids.last(), ApiError::cancelled());
        }
        QCOMPARE(model.rowCount(), 4); // the running one and the three newest settled
        QCOMPARE(tracker.rowOf(running), 0);
        QCOMPARE(tracker.rowOf(ids.first()), -1);
        QCOMPARE(tracker.at(tracker.rowOf(ids.last())).target, u"q9"_s);
        QCOMPARE(tracker.inFlightCount(), 1);
        tracker.retry(ids.first()); // dropped: nothing happens
        tracker.succeed(running);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(tracker.inFlightCount(), 0);
    }

    void hundredThousandOperationsStayBounded()
    {
        OperationTracker tracker;
        OperationsModel model(&tracker);
        auto body = std::make_shared<QByteArray>(16 * 1024, 'x'); // what a retry would re-send
        const std::weak_ptr<QByteArray> watch = body;
        int lastFailed = 0;
        for (int i = 0; i < 100000; ++i) {
            const int id = tracker.start(Operation::Kind::Publish, u"orders"_s);
            tracker.setRetry(id, [body] { Q_UNUSED(body) });
            if (i % 10 == 0) {
                tracker.fail(id, ApiError::cancelled());
                lastFailed = id;
            } else {
                tracker.succeed(id);
            }
        }
        body.reset();
        QCOMPARE(tracker.count(), OperationTracker::DefaultSettledCapacity);
        QCOMPARE(model.rowCount(), tracker.count());
        QVERIFY(tracker.rowOf(lastFailed) >= 0);
        QVERIFY(tracker.at(tracker.rowOf(lastFailed)).retry); // a failed entry can still retry
        QVERIFY(!watch.expired());                            // held by the retained failed entries only
        tracker.setSettledCapacity(0);
        QCOMPARE(tracker.count(), 0);
        QVERIFY(watch.expired()); // every closure (and its body) is gone with its entry
    }

    void succeededEntriesLetGoOfTheirRetry()
    {
        OperationTracker tracker;
        auto body = std::make_shared<int>(1);
        const std::weak_ptr<int> watch = body;
        const int id = tracker.start(Operation::Kind::Publish, u"orders"_s);
        tracker.setRetry(id, [body] { Q_UNUSED(body) });
        body.reset();
        QVERIFY(!watch.expired());
        tracker.succeed(id);
        QVERIFY(watch.expired());
    }
};

QTEST_GUILESS_MAIN(LogModelsTest)
#include "tst_logmodels.moc"
