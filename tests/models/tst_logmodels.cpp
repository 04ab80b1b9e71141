#include "OperationsModel.h"
#include "RequestLogFilterProxy.h"
#include "RequestLogModel.h"
#include "api/ApiRequest.h"
#include "api/ApiTransport.h"
#include "api/RequestLog.h"
#include "api/db/InfraiDbClient.h"
#include "api/queue/InfraiQueueClient.h"
#include "db/ResourcePoller.h"
#include "ops/OperationTracker.h"
#include "queue/QueueStatsHub.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

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

    static RequestLogEntry call(const char *method, const QString &path, int status, const QString &outcome = {},
                                bool polling = false)
    {
        RequestLogEntry e;
        e.startedAt = QDateTime::currentDateTime();
        e.method = method;
        e.url = u"https://api.infrai.cc"_s + path;
        e.status = status;
        e.outcome = outcome;
        e.polling = polling;
        e.curl = u"curl"_s;
        return e;
    }

    // The source paths of the rows the proxy shows, in order.
    static QStringList shown(const QAbstractItemModel &proxy)
    {
        QStringList paths;
        for (int row = 0; row < proxy.rowCount(); ++row)
            paths << proxy.index(row, 0).data(RequestLogModel::PathRole).toString();
        return paths;
    }

private slots:
    void pollersMarkTheirRequests()
    {
        QVERIFY(!ApiRequest::get(u"/v1/queue/list"_s).polling);
        {
            const ApiRequest::PollingScope polling;
            QVERIFY(ApiRequest::get(u"/v1/queue/stats/orders"_s).polling);
            {
                const ApiRequest::PollingScope nested;
                QVERIFY(ApiRequest().polling);
            }
            QVERIFY(ApiRequest().polling);
        }
        QVERIFY(!ApiRequest::get(u"/v1/queue/stats/orders"_s).polling);
        QVERIFY(!ApiRequest::mutating("POST", u"/v1/queue/publish/orders"_s).polling);
    }

    void pollerCallsAreLoggedAsPolling()
    {
        // The real pollers over the real transport, against a port nobody listens on: every
        // attempt is logged, the pollers' marked as polling and the user's call not.
        QNetworkAccessManager network;
        ApiTransport transport(&network, QUrl(u"http://127.0.0.1:1"_s));
        RequestLog log;
        transport.setRequestLog(&log);
        InfraiQueueClient queues(&transport);
        InfraiDbClient databases(&transport);
        QueueStatsHub hub;
        hub.setClient(&queues);
        ResourcePoller poller;
        poller.firstDelayMs = 10;
        poller.setClient(&databases);
        hub.pollOnce(u"orders"_s);
        poller.watch(u"prj_1"_s, ResourcePoller::Kind::Project);
        poller.watch(u"br_1"_s, ResourcePoller::Kind::Branch);
        QObject context;
        queues.list({}, 10, &context, [](const Page<QueueRecord> &, const ApiError &) {});
        const auto logged = [&log](const QString &path) -> std::optional<bool> {
            for (int i = 0; i < log.size(); ++i)
                if (log.at(i).url.contains(path))
                    return log.at(i).polling;
            return std::nullopt;
        };
        for (const QString &path : {u"/v1/queue/stats/orders"_s, u"/v1/db/project/get/prj_1"_s,
                                    u"/v1/db/branch/get/br_1"_s, u"/v1/queue/list"_s})
            QTRY_VERIFY2_WITH_TIMEOUT(logged(path).has_value(), qPrintable(path), 10000);
        QVERIFY(*logged(u"/v1/queue/stats/orders"_s));
        QVERIFY(*logged(u"/v1/db/project/get/prj_1"_s));
        QVERIFY(*logged(u"/v1/db/branch/get/br_1"_s));
        QVERIFY(!*logged(u"/v1/queue/list"_s));
        for (int i = 0; i < log.size(); ++i)
            QVERIFY(log.at(i).status == 0); // refused: no answer
        // Shown in words, with the raw name kept for the tooltip (not "ConnectionRefusedError").
        RequestLogModel model(&log);
        const QModelIndex status = model.index(0, RequestLogModel::Status);
        QCOMPARE(status.data().toString(), u"connection refused"_s);
        QCOMPARE(status.data(Qt::ToolTipRole).toString(), u"ConnectionRefusedError"_s);
    }

    void requestLogFilterNarrowsByMethodStatusPathAndPolling()
    {
        RequestLog log;
        RequestLogModel model(&log);
        RequestLogFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&proxy, &RequestLogFilterProxy::hiddenPollingCountChanged);
        log.append(call("GET", u"/v1/queue/stats/orders"_s, 200, {}, true));
        log.append(call("GET", u"/v1/queue/list?limit=50"_s, 200));
        log.append(call("POST", u"/v1/queue/publish/Orders"_s, 201));
        log.append(call("DELETE", u"/v1/db/project/delete/p1"_s, 404, u"not_found"_s));
        log.append(call("GET", u"/v1/queue/stats/orders"_s, 503, u"unavailable"_s, true));
        log.append(call("PATCH", u"/v1/queue/update/orders"_s, 0, u"Timeout"_s));
        log.append(call("GET", u"/v1/db/project/get/p1"_s, 200, {}, true));
        log.append(call("POST", u"/v1/db/project/create"_s, 500, u"internal"_s));

        // Polling is hidden by default, and counted.
        QVERIFY(proxy.hidesPolling());
        QCOMPARE(shown(proxy), (QStringList{u"/v1/queue/list?limit=50"_s, u"/v1/queue/publish/Orders"_s,
                                            u"/v1/db/project/delete/p1"_s, u"/v1/queue/update/orders"_s,
                                            u"/v1/db/project/create"_s}));
        QCOMPARE(proxy.hiddenPollingCount(), 3);
        QCOMPARE(counted.size(), 3); // once per polling call appended
        QCOMPARE(counted.last().at(0).toInt(), 3);

        // Method: exact, case-insensitive; the hidden count is of polling calls that match.
        proxy.setMethodFilter(u"post"_s);
        QCOMPARE(shown(proxy), (QStringList{u"/v1/queue/publish/Orders"_s, u"/v1/db/project/create"_s}));
        QCOMPARE(proxy.hiddenPollingCount(), 0);
        proxy.setMethodFilter(u"GET"_s);
        QCOMPARE(shown(proxy), QStringList{u"/v1/queue/list?limit=50"_s});
        QCOMPARE(proxy.hiddenPollingCount(), 3);
        proxy.setMethodFilter({});

        // Status classes.
        proxy.setStatusFilter(RequestLogFilterProxy::StatusFilter::Success);
        QCOMPARE(shown(proxy), (QStringList{u"/v1/queue/list?limit=50"_s, u"/v1/queue/publish/Orders"_s}));
        QCOMPARE(proxy.hiddenPollingCount(), 2);
        proxy.setStatusFilter(RequestLogFilterProxy::StatusFilter::ClientError);
        QCOMPARE(shown(proxy), QStringList{u"/v1/db/project/delete/p1"_s});
        QCOMPARE(proxy.hiddenPollingCount(), 0);
        proxy.setStatusFilter(RequestLogFilterProxy::StatusFilter::ServerError);
        QCOMPARE(shown(proxy), QStringList{u"/v1/db/project/create"_s});
        QCOMPARE(proxy.hiddenPollingCount(), 1);
        proxy.setStatusFilter(RequestLogFilterProxy::StatusFilter::NoAnswer);
        QCOMPARE(shown(proxy), QStringList{u"/v1/queue/update/orders"_s});
        proxy.setStatusFilter(RequestLogFilterProxy::StatusFilter::Failed);
        QCOMPARE(shown(proxy), (QStringList{u"/v1/db/project/delete/p1"_s, u"/v1/queue/update/orders"_s,
                                            u"/v1/db/project/create"_s}));
        QCOMPARE(proxy.hiddenPollingCount(), 1);
        proxy.setStatusFilter(RequestLogFilterProxy::StatusFilter::All);

        // Path: a case-insensitive substring of path and query, not of the host.
        proxy.setPathFilter(u"ORDERS"_s);
        QCOMPARE(shown(proxy), (QStringList{u"/v1/queue/publish/Orders"_s, u"/v1/queue/update/orders"_s}));
        QCOMPARE(proxy.hiddenPollingCount(), 2);
        proxy.setPathFilter(u"limit=50"_s);
        QCOMPARE(shown(proxy), QStringList{u"/v1/queue/list?limit=50"_s});
        proxy.setPathFilter(u"api.infrai"_s);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setPathFilter({});

        // Polling shown: nothing is hidden any more.
        proxy.setHidePolling(false);
        QCOMPARE(proxy.rowCount(), 8);
        QCOMPARE(proxy.hiddenPollingCount(), 0);
        QCOMPARE(counted.last().at(0).toInt(), 0);

        // All combined.
        proxy.setMethodFilter(u"GET"_s);
        proxy.setStatusFilter(RequestLogFilterProxy::StatusFilter::Success);
        proxy.setPathFilter(u"stats/"_s);
        QCOMPARE(shown(proxy), QStringList{u"/v1/queue/stats/orders"_s});
        QVERIFY(proxy.index(0, 0).data(RequestLogModel::PollingRole).toBool());
        proxy.setHidePolling(true);
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(proxy.hiddenPollingCount(), 1);
        proxy.setPathFilter(u"/v1/"_s);
        QCOMPARE(shown(proxy), QStringList{u"/v1/queue/list?limit=50"_s});
        QCOMPARE(proxy.hiddenPollingCount(), 2);

        // Kept as the log grows, and after it is cleared.
        log.append(call("GET", u"/v1/queue/stats/emails"_s, 200, {}, true));
        log.append(call("GET", u"/v1/queue/stats/emails"_s, 503, u"unavailable"_s, true)); // not 2xx
        log.append(call("GET", u"/v1/queue/list"_s, 200));
        QCOMPARE(proxy.hiddenPollingCount(), 3);
        QCOMPARE(shown(proxy), (QStringList{u"/v1/queue/list?limit=50"_s, u"/v1/queue/list"_s}));
        log.clear();
        QCOMPARE(proxy.hiddenPollingCount(), 0);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void hiddenPollingCountFollowsTheLogAsItDrops()
    {
        // A bounded log full of polling: the count is kept by the rows that come and go,
        // and always equals a full recount.
        RequestLog log(nullptr, 50);
        RequestLogModel model(&log);
        RequestLogFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto polling = [&] {
            int count = 0;
            for (int row = 0; row < model.rowCount(); ++row)
                count += model.index(row, 0).data(RequestLogModel::PollingRole).toBool() ? 1 : 0;
            return count;
        };
        for (int i = 0; i < 500; ++i) {
            const bool poll = i % 4 != 0;
            log.append(call("GET", (poll ? u"/v1/queue/stats/q%1"_s : u"/v1/queue/get/q%1"_s).arg(i), 200, {}, poll));
            if (i % 37 == 0)
                QCOMPARE(proxy.hiddenPollingCount(), polling());
        }
        QCOMPARE(log.size(), 50);
        QCOMPARE(proxy.hiddenPollingCount(), polling());
        QCOMPARE(proxy.rowCount(), model.rowCount() - polling());
        for (int row = 0; row < proxy.rowCount(); ++row)
            QVERIFY(!proxy.index(row, 0).data(RequestLogModel::PollingRole).toBool());
    }

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

    void retryIsNotOfferedForRejectedValues()
    {
        OperationTracker tracker;
        OperationsModel model(&tracker);
        int calls = 0;
        const auto failed = [&](const ApiError &error, bool withRetry = true) {
            const int id = tracker.start(Operation::Kind::UpdateQueue, u"orders"_s);
            if (withRetry)
                tracker.setRetry(id, [&calls] { ++calls; });
            tracker.fail(id, error);
            return model.index(tracker.rowOf(id), OperationsModel::State);
        };
        const QByteArray body = R"({"error":{"code":"invalid","message":"too long","field":"visibility_timeout"}})";
        const QModelIndex unprocessable = failed(ApiError::fromHttp(422, body, {}));
        const QModelIndex badRequest = failed(ApiError::fromHttp(400, body, {}));
        const QModelIndex timedOut = failed(ApiError::timeout(30000));
        const QModelIndex unavailable = failed(ApiError::fromHttp(503, {}, {}));
        const QModelIndex noRetry = failed(ApiError::timeout(30000), false);

        // The service rejected the values: the same call would be rejected again.
        for (const QModelIndex &rejected : {unprocessable, badRequest}) {
            QVERIFY(!rejected.data(OperationsModel::CanRetryRole).toBool());
            QVERIFY(!OperationsModel::retryBlockedReason(tracker.at(rejected.row())).isEmpty());
            QVERIFY2(rejected.data(Qt::ToolTipRole).toString().contains(u"change them"_s),
                     qPrintable(rejected.data(Qt::ToolTipRole).toString()));
        }
        // What may go through another time can be retried.
        for (const QModelIndex &transient : {timedOut, unavailable}) {
            QVERIFY(transient.data(OperationsModel::CanRetryRole).toBool());
            QVERIFY(OperationsModel::retryBlockedReason(tracker.at(transient.row())).isEmpty());
            QVERIFY(transient.data(Qt::ToolTipRole).isNull());
        }
        QVERIFY(!noRetry.data(OperationsModel::CanRetryRole).toBool());
        // Once running again, nothing is to be retried.
        tracker.retry(tracker.at(timedOut.row()).id);
        QCOMPARE(calls, 1);
        QVERIFY(!timedOut.data(OperationsModel::CanRetryRole).toBool());
        QCOMPARE(timedOut.data().toString(), u"pending"_s);
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

    // Each entry names its profile; once the profile is removed a failed entry's retry
    // fails as cancelled instead of reaching whatever account comes next.
    void operationsBelongToTheirProfile()
    {
        OperationTracker tracker;
        OperationsModel model(&tracker);
        int sent = 0;
        const int prod = tracker.start(Operation::Kind::CreateQueue, u"orders"_s, 0, {u"p1"_s, u"Production"_s});
        const int staging = tracker.start(Operation::Kind::CreateQueue, u"orders"_s, 0, {u"p2"_s, u"Staging"_s});
        for (const int id : {prod, staging}) {
            tracker.setRetry(id, [&sent] { ++sent; });
            tracker.fail(id, ApiError::fromHttp(503, {}, {}));
        }
        QCOMPARE(model.index(tracker.rowOf(prod), OperationsModel::Profile).data().toString(), u"Production"_s);
        QCOMPARE(model.headerData(OperationsModel::Profile, Qt::Horizontal, Qt::DisplayRole).toString(), u"Profile"_s);
        const int staged = tracker.start(Operation::Kind::Publish, u"orders"_s, 0, {u"p2"_s, u"Staging"_s});
        QCOMPARE(tracker.inFlightCount(u"p2"_s), 1);
        QCOMPARE(tracker.inFlightCount(u"p1"_s), 0);
        tracker.succeed(staged);

        tracker.profileRemoved(u"p1"_s);
        QVERIFY(!model.index(tracker.rowOf(prod), 0).data(OperationsModel::CanRetryRole).toBool());
        QVERIFY(model.index(tracker.rowOf(staging), 0).data(OperationsModel::CanRetryRole).toBool());
        tracker.retry(prod);
        QCOMPARE(sent, 0);
        QCOMPARE(tracker.at(tracker.rowOf(prod)).state, Operation::State::Failed);
        QCOMPARE(tracker.at(tracker.rowOf(prod)).error.kind(), ApiError::Kind::Cancelled);
        tracker.retry(staging); // the other profile's entry still goes to its own account
        QCOMPARE(sent, 1);
    }
};

QTEST_GUILESS_MAIN(LogModelsTest)
#include "tst_logmodels.moc"
