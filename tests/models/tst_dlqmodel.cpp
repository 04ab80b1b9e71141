#include "ClientSupport.h"
#include "TestSupport.h"

#include "api/ApiTransport.h"
#include "api/db/InfraiDbClient.h"
#include "api/queue/InfraiQueueClient.h"
#include "auth/TokenProvider.h"
#include "explorer/DbTreeModel.h"
#include "queue/DeadLetterStore.h"
#include "queue/DlqFilterProxy.h"
#include "queue/DlqModel.h"
#include "queue/JsonPath.h"
#include "queue/MessageJsonl.h"
#include "queue/QueueActions.h"
#include "queue/QueueStatsHub.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <optional>

using namespace Qt::StringLiterals;

// The DLQ browser's model against the demo sandbox (orders: 320 dead letters of four
// failure kinds), JSON path search and grouping, export / import, and bulk redrive retried.
class DlqModelTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<InfraiQueueClient> m_client;

    QJsonObject stats(const QString &queue)
    {
        return rawCall(m_network, m_server->baseUrl(), "GET", u"/v1/queue/stats/"_s + queue).json;
    }
    static QJsonObject object(const char *json) { return QJsonDocument::fromJson(json).object(); }

private slots:
    void init()
    {
        SandboxOptions options;
        options.demo = true;
        m_server = startSandbox(options);
        m_transport = std::make_unique<ApiTransport>(&m_network, QUrl(m_server->baseUrl()));
        m_transport->setTokenProvider(std::make_shared<StaticTokenProvider>(u"ifr_test_key"_s));
        RetryPolicy quick;
        quick.baseDelayMs = 5;
        quick.maxDelayMs = 20;
        m_transport->setRetryPolicy(quick);
        m_client = std::make_unique<InfraiQueueClient>(m_transport.get());
    }
    void cleanup()
    {
        m_client.reset();
        m_transport.reset();
        m_server.reset();
    }

    void jsonPathEvaluates()
    {
        const QJsonObject payload =
            object(R"({"error":{"code":"TIMEOUT","retries":[1,2,3]},"amount":250,"odd key":true,"gone":null})");
        QCOMPARE(JsonPath::parse(u"$.error.code")->evaluate(payload), QJsonValue(u"TIMEOUT"_s));
        QCOMPARE(JsonPath::parse(u"$.error.retries[2]")->evaluate(payload), QJsonValue(3));
        QCOMPARE(JsonPath::parse(u"$[\"odd key\"]")->evaluate(payload), QJsonValue(true));
        QVERIFY(JsonPath::parse(u"$.error.nope")->evaluate(payload).isUndefined());
        QVERIFY(JsonPath::parse(u"$.amount.deeper")->evaluate(payload).isUndefined());

        QVERIFY(JsonPathFilter::parse(u"$.error.code == \"TIMEOUT\"")->matches(payload));
        QVERIFY(JsonPathFilter::parse(u"$.error.code == 'TIMEOUT'")->matches(payload));
        QVERIFY(!JsonPathFilter::parse(u"$.error.code != \"TIMEOUT\"")->matches(payload));
        QVERIFY(JsonPathFilter::parse(u"$.amount >= 250")->matches(payload));
        QVERIFY(!JsonPathFilter::parse(u"$.amount < 250")->matches(payload));
        QVERIFY(JsonPathFilter::parse(u"$.error")->matches(payload));
        QVERIFY(!JsonPathFilter::parse(u"$.gone")->matches(payload));
        // A quoted operator inside the literal is part of the value.
        QVERIFY(!JsonPathFilter::parse(u"$.error.code == \"a == b\"")->matches(payload));

        // Reading from the text gives what the parsed object gives, value for value.
        const QList<QByteArray> texts = {
            QJsonDocument(payload).toJson(QJsonDocument::Compact),
            QJsonDocument(payload).toJson(QJsonDocument::Indented),
            QByteArray("{\"a\":{\"b\":[{\"c\":\"x\\\"y\"},{\"c\":2.5e3}],\"k\\\"ey\":1,\"s\":\"}]{[\"},"
                       "\"z\":[[1,[2,3]],{\"q\":null}],\"u\":\"\u4e2d\u6587\"}"),
        };
        const QStringList paths = {u"$.error.code"_s,
                                   u"$.error.retries[1]"_s,
                                   u"$.error.retries[7]"_s,
                                   u"$.amount"_s,
                                   u"$[\"odd key\"]"_s,
                                   u"$.gone"_s,
                                   u"$.error"_s,
                                   u"$.a.b[0].c"_s,
                                   u"$.a.b[1].c"_s,
                                   u"$.a.s"_s,
                                   u"$.a[\"k\\\"ey\"]"_s,
                                   u"$.z[0][1][1]"_s,
                                   u"$.z[1].q"_s,
                                   u"$.u"_s,
                                   u"$.a.b.c"_s,
                                   u"$.nothing.deeper"_s,
                                   u"$"_s};
        for (const QByteArray &text : texts) {
            const QJsonObject object = QJsonDocument::fromJson(text).object();
            QVERIFY(!object.isEmpty());
            for (const QString &path : paths) {
                const std::optional<JsonPath> parsedPath = JsonPath::parse(path);
                QVERIFY2(parsedPath, qPrintable(path));
                QVERIFY2(parsedPath->evaluateText(text) == parsedPath->evaluate(object),
                         qPrintable(path + u" in "_s + QString::fromUtf8(text)));
            }
        }
        QVERIFY(JsonPathFilter::parse(u"$.a.b[1].c > 2000")->matchesText(texts[2]));
        QVERIFY(JsonPathFilter::parse(u"$.u == \"\u4e2d\u6587\""_s)->matchesText(texts[2]));

        QString error;
        QVERIFY(!JsonPathFilter::parse(u"error.code == 1", &error));
        QVERIFY(error.contains(u"$"_s));
        QVERIFY(!JsonPathFilter::parse(u"$.error.code == TIMEOUT", &error));
        QVERIFY(error.contains(u"JSON"_s));
        QVERIFY(!JsonPathFilter::parse(u"$.items[x]", &error));
        QVERIFY(!JsonPathFilter::parse(u"$.code > \"a\"", &error));
        QVERIFY(error.contains(u"numbers"_s));
    }

    void pagesThroughTheDlqUnderTheTester()
    {
        DlqModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(40);
        model.setLoadAllPageSize(40); // eight pages, each checked by the tester as it lands
        model.setQueue(m_client.get(), u"orders"_s);
        QSignalSpy pages(&model, &DlqModel::pageLoaded);
        model.fetchMore({}); // the tester may have asked already: one page either way
        QTRY_VERIFY(model.rowCount() >= 40);
        QVERIFY(model.rowCount() % 40 == 0);
        model.loadAll();
        QTRY_VERIFY(model.isComplete());
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 320);
        // Pages of a load-all may go in together; every row is announced once.
        int announced = 0;
        for (const QList<QVariant> &page : std::as_const(pages))
            announced += page.at(0).toInt();
        QCOMPARE(announced, 320);
        QVERIFY(pages.count() <= 8);
        QVERIFY(!model.canFetchMore({}));
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.insert(model.messageId(row));
            if (row > 0) // oldest first
                QVERIFY(model.deadLetteredAt(row - 1) <= model.deadLetteredAt(row));
        }
        QCOMPARE(ids.size(), 320);
        QCOMPARE(model.index(0, DlqModel::SourceColumn).data().toString(), u"orders"_s);
        QVERIFY(model.index(0, DlqModel::PayloadColumn).data().toString().contains(u"order_id"_s));
    }

    void searchAndGroupingAgree()
    {
        DlqModel model;
        DlqFilterProxy proxy(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(50);
        // A search set before loading applies to every page as it lands.
        QVERIFY(model.setSearch(DlqModel::SearchMode::JsonPath, u"$.error.code == \"CARD_DECLINED\""_s));
        model.setQueue(m_client.get(), u"orders"_s);
        model.loadAll();
        QTRY_VERIFY(model.isComplete());
        const int declined = model.matchCount();
        QVERIFY(declined > 30 && declined < 160);
        QCOMPARE(proxy.rowCount(), declined);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QCOMPARE(model.payload(proxy.mapToSource(proxy.index(row, 0)).row())
                         .value(u"error"_s)
                         .toObject()
                         .value(u"code"_s)
                         .toString(),
                     u"CARD_DECLINED"_s);

        // Text search over payloads and ids, case-insensitive, finds the same messages.
        QVERIFY(model.setSearch(DlqModel::SearchMode::Text, u"card_declined"_s));
        QCOMPARE(model.matchCount(), declined);
        QCOMPARE(proxy.rowCount(), declined);
        QVERIFY(model.setSearch(DlqModel::SearchMode::Text, model.messageId(7)));
        QCOMPARE(proxy.rowCount(), 1);

        // A bad path is refused and leaves the current search in place.
        QString error;
        QVERIFY(!model.setSearch(DlqModel::SearchMode::JsonPath, u"$.error.code == TIMEOUT"_s, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(proxy.rowCount(), 1);

        QVERIFY(model.setSearch(DlqModel::SearchMode::Text, QString()));
        QCOMPARE(proxy.rowCount(), 320);
        const QList<DlqModel::Group> groups = model.groupBy(*JsonPath::parse(u"$.error.code"));
        QCOMPARE(groups.size(), 4);
        int total = 0;
        for (const DlqModel::Group &group : groups)
            total += group.count;
        QCOMPARE(total, 320);
        QCOMPARE(groups.front().label, u"TIMEOUT"_s); // the most frequent kind first
        QVERIFY(groups.front().count >= groups.back().count);
        const auto card = std::find_if(groups.begin(), groups.end(),
                                       [](const DlqModel::Group &g) { return g.label == u"CARD_DECLINED"; });
        QCOMPARE(card->count, declined);
        // Grouping follows the search.
        QVERIFY(model.setSearch(DlqModel::SearchMode::JsonPath, u"$.currency == \"EUR\""_s));
        int eur = 0;
        for (const DlqModel::Group &group : model.groupBy(*JsonPath::parse(u"$.error.code")))
            eur += group.count;
        QCOMPARE(eur, model.matchCount());
        QVERIFY(eur < 320);

        // Removing redriven rows keeps the proxy and the match count consistent.
        const int before = model.matchCount();
        const QString gone = model.messageId(proxy.mapToSource(proxy.index(0, 0)).row());
        model.removeMessages({gone});
        QCOMPARE(model.rowCount(), 319);
        QCOMPARE(model.matchCount(), before - 1);
        QCOMPARE(proxy.rowCount(), before - 1);
        QCOMPARE(model.rowOfMessage(gone), -1);
    }

    void stopLoadingResumesWhereItStopped()
    {
        DlqModel model;
        model.setPageSize(20);
        model.setLoadAllPageSize(20);
        model.setFlushIntervalMs(0); // pages go in as they are parsed: the stop lands mid-way
        model.setQueue(m_client.get(), u"orders"_s);
        QObject::connect(&model, &DlqModel::pageLoaded, &model, [&] {
            if (model.rowCount() >= 100)
                model.stopLoading();
        });
        model.loadAll();
        QTRY_VERIFY(!model.isLoading());
        const int stoppedAt = model.rowCount();
        QVERIFY(stoppedAt >= 100 && stoppedAt < 320);
        QCOMPARE(stoppedAt % 20, 0); // whole pages only
        QVERIFY(!model.isComplete());
        QObject::disconnect(&model, &DlqModel::pageLoaded, nullptr, nullptr);
        model.loadAll();
        QTRY_VERIFY(model.isComplete());
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.messageId(row));
        QCOMPARE(model.rowCount(), 320); // nothing twice
        QCOMPARE(ids.size(), 320);       // nothing skipped
    }

    void rowsAfterARemovalAreCountedNotSearched()
    {
        const std::vector<size_t> removed{0, 2, 3, 7};
        // Rows that stayed: moved up by the removed rows before them.
        QCOMPARE(DlqModel::rowAfterRemoval(1, removed), 0);
        QCOMPARE(DlqModel::rowAfterRemoval(4, removed), 1);
        QCOMPARE(DlqModel::rowAfterRemoval(8, removed), 4);
        // Rows that went: the first row after them that stayed.
        QCOMPARE(DlqModel::rowAfterRemoval(0, removed), 0);
        QCOMPARE(DlqModel::rowAfterRemoval(2, removed), 1);
        QCOMPARE(DlqModel::rowAfterRemoval(3, removed), 1);
        QCOMPARE(DlqModel::rowAfterRemoval(7, removed), 4);
        QCOMPARE(DlqModel::rowAfterRemoval(5, {}), 5);
    }

    void theStoreKeepsRowsAcrossSegmentsAndGivesBackRemovedText()
    {
        DeadLetterStore store;
        const QString padding(300, u'x');
        for (int page = 0; page < 5; ++page) {
            QList<QueueMessage> messages;
            for (int i = 0; i < 2000; ++i) {
                QueueMessage message;
                message.id = u"msg_%1"_s.arg(page * 2000 + i);
                message.sourceQueue = i % 2 ? u"orders"_s : u"billing"_s;
                message.payload = {{u"n"_s, page * 2000 + i}, {u"pad"_s, padding}};
                message.deadLetteredAt = QDateTime::fromMSecsSinceEpoch(1000 + page * 2000 + i, Qt::UTC);
                messages.append(message);
            }
            store.append(DeadLetterBatch::fromMessages(messages, {}));
        }
        QCOMPARE(store.size(), size_t(10000)); // more than two segments of records
        QCOMPARE(store.idString(9999), u"msg_9999"_s);
        QCOMPARE(store.sourceQueue(4097), u"orders"_s);
        // A run across a segment boundary.
        store.erase(4000, 4200);
        QCOMPARE(store.size(), size_t(9800));
        QCOMPARE(store.idString(4000), u"msg_4200"_s);
        QCOMPARE(store.record(4000).deadLetteredMs, qint64(1000 + 4200));
        // Removing most rows copies the live text into fresh blocks and frees the rest.
        const qsizetype before = store.textBytes();
        QVERIFY(before > (1 << 20));
        std::vector<quint8> gone(store.size(), 1);
        for (size_t row = 0; row < store.size(); row += 10)
            gone[row] = 0;
        store.removeMarked(gone);
        QCOMPARE(store.size(), size_t(980));
        QCOMPARE(store.textBytes(), store.liveTextBytes());
        QVERIFY(store.textBytes() < before / 5);
        for (size_t row = 0; row < store.size(); ++row) {
            const QJsonObject payload = QJsonDocument::fromJson(store.payload(row).toByteArray()).object();
            QCOMPARE(u"msg_%1"_s.arg(payload.value(u"n"_s).toInt()), store.idString(row));
        }
    }

    void aPageThatDoesNotParseStopsTheLoadAndKeepsTheCursor()
    {
        DlqModel model;
        model.setPageSize(40);
        model.setLoadAllPageSize(40);
        model.setQueue(m_client.get(), u"orders"_s);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 40);
        QTRY_VERIFY(!model.isLoading());
        // The next page arrives cut: it is parsed off the GUI thread and reported, not half-used.
        m_server->faults().addSpec(u"malformed,path=/v1/queue/dlq/list,count=1"_s);
        QSignalSpy failed(&model, &DlqModel::loadFailed);
        model.loadAll();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::MalformedResponse);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 40);
        QVERIFY(model.hasFailed());
        // Asking again goes on from the same cursor: nothing skipped, nothing twice.
        model.loadAll();
        QTRY_VERIFY(model.isComplete());
        QTRY_VERIFY(!model.isLoading());
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.messageId(row));
        QCOMPARE(model.rowCount(), 320);
        QCOMPARE(ids.size(), 320);
    }

    void exportReadsBackAsABatch()
    {
        DlqModel model;
        model.setQueue(m_client.get(), u"orders"_s);
        model.fetchMore({});
        QTRY_VERIFY(model.rowCount() > 10);
        QByteArray file;
        for (int row = 0; row < 10; ++row)
            file += model.exportLine(row);
        file +=
            "\n{\"payload\": {\"spec\": 1}, \"priority\": 4, \"delay_seconds\": 30}\n{\"bare\": true}\nnot json\n[1]\n";
        const MessageJsonl parsed = MessageJsonl::parse(file);
        QCOMPARE(parsed.lines, 14);
        QCOMPARE(parsed.messages.size(), 12);
        QCOMPARE(parsed.errors.size(), 2);
        QVERIFY(parsed.errors.first().startsWith(u"line 14"_s));
        for (int row = 0; row < 10; ++row) {
            QCOMPARE(parsed.messages.at(row).payload, model.payload(row));
            QCOMPARE(parsed.messages.at(row).delaySeconds, 0);
        }
        QCOMPARE(parsed.messages.at(10).payload, object(R"({"spec":1})"));
        QCOMPARE(parsed.messages.at(10).priority.value_or(-1), 4);
        QCOMPARE(parsed.messages.at(10).delaySeconds, 30);
        QCOMPARE(parsed.messages.at(11).payload, object(R"({"bare":true})"));
    }

    void importRejectsOptionsOfTheWrongType()
    {
        const MessageJsonl parsed =
            MessageJsonl::parse("{\"payload\": {\"a\": 1}, \"priority\": \"9\"}\n"
                                "{\"payload\": {\"a\": 2}, \"delay_seconds\": 1.5}\n"
                                "{\"payload\": {\"a\": 3}, \"priority\": 2, \"delay_seconds\": 0}\n"
                                "{\"message_id\": \"m1\", \"payload\": {\"a\": 4}, \"priority\": null}\n");
        QCOMPARE(parsed.lines, 4);
        QCOMPARE(parsed.messages.size(), 1);
        QCOMPARE(parsed.errors.size(), 3);
        QVERIFY(parsed.errors.at(0).startsWith(u"line 1"_s) && parsed.errors.at(0).contains(u"priority"_s));
        QVERIFY(parsed.errors.at(1).startsWith(u"line 2"_s) && parsed.errors.at(1).contains(u"delay_seconds"_s));
        QVERIFY(parsed.errors.at(2).startsWith(u"line 4"_s));
        QCOMPARE(parsed.messages.first().priority.value_or(-1), 2);
    }

    void statsHubPollsWhatIsWatched()
    {
        QueueStatsHub hub;
        hub.setClient(m_client.get());
        QSignalSpy updates(&hub, &QueueStatsHub::statsUpdated);
        auto owner = std::make_unique<QObject>();
        QObject other;
        hub.watch(u"orders"_s, 60000, owner.get());
        hub.watch(u"orders"_s, 200, &other); // the shortest period wins
        QTRY_VERIFY(hub.latest(u"orders"_s).has_value());
        QCOMPARE(hub.latest(u"orders"_s)->dlq, 320);
        const int first = int(updates.count());
        QTRY_VERIFY(updates.count() >= first + 2); // every ~200 ms
        hub.unwatch(u"orders"_s, &other);
        QCOMPARE(hub.watchedCount(), 1);
        owner.reset(); // a watcher that goes away ends its watches
        QTRY_COMPARE(hub.watchedCount(), 0);

        // A one-off poll delivers figures and keeps nothing.
        updates.clear();
        hub.pollOnce(u"payments.fifo"_s);
        QTRY_COMPARE(updates.count(), 1);
        QCOMPARE(updates.first().first().value<QueueStats>().available, 12);
        QCOMPARE(hub.watchedCount(), 0);
        // Hidden, periods stretch; visible again, figures come at once.
        hub.setVisible(false);
        QCOMPARE(hub.backoffFactor(), QueueStatsHub::HiddenBackoff);
        hub.setVisible(true);
        QCOMPARE(hub.backoffFactor(), 1);
    }

    void treeKeepsOnlyVisibleQueuesLive()
    {
        QueueStatsHub hub;
        hub.setClient(m_client.get());
        DbTreeModel tree;
        tree.setStatsHub(&hub);
        tree.setClient(nullptr, {});
        ApiTransport *transport = m_transport.get();
        InfraiDbClient db(transport);
        tree.setClient(&db, u"test"_s, m_client.get());
        tree.fetchMore(tree.queuesIndex());
        QTRY_COMPARE(tree.loadedCount(tree.queuesIndex()), 7);
        // Every queue gets its counts once...
        QTRY_VERIFY(tree.queueStats(u"webhooks"_s).has_value());
        QTRY_VERIFY(tree.queueStats(u"orders"_s).has_value());
        QCOMPARE(hub.watchedCount(), 0);
        // ...and those on screen stay live.
        tree.setWatchedQueues({u"orders"_s, u"webhooks"_s});
        QCOMPARE(hub.watchedCount(), 2);
        tree.setWatchedQueues({u"orders"_s});
        QCOMPARE(hub.watchedCount(), 1);
        tree.removeQueue(u"orders"_s);
        QCOMPARE(hub.watchedCount(), 0);
    }

    void nackImpactIsForeseen()
    {
        // max_retries 2: a lease on its third delivery (two failures behind it) dead-letters.
        QCOMPARE(QueueActions::wouldDeadLetter({1, 2, 3, 7}, 2), 2);
        QCOMPARE(QueueActions::wouldDeadLetter({1, 1}, 0), 2);
        QCOMPARE(QueueActions::wouldDeadLetter({}, 5), 0);
    }

    void bulkRedriveRetriedMovesEachMessageOnce()
    {
        OperationTracker tracker;
        QueueStatsHub hub;
        hub.setClient(m_client.get());
        QueueActions actions(&tracker, &hub);
        actions.setClient(m_client.get());
        DlqModel model;
        model.setQueue(m_client.get(), u"orders"_s);
        model.fetchMore({});
        QTRY_VERIFY(model.rowCount() >= 30);
        QStringList ids;
        for (int row = 0; row < 30; ++row)
            ids << model.messageId(row);
        const qint64 availableBefore = stats(u"orders"_s).value(u"available"_s).toInteger();

        // Some answers are lost after the move (the transport re-sends with the same key),
        // then the service fails until it recovers: the operation fails part-way.
        m_server->faults().addSpec(u"drop,after,path=/v1/queue/dlq/redrive,count=3"_s);
        QSignalSpy finished(&actions, &QueueActions::operationFinished);
        QSignalSpy redriven(&actions, &QueueActions::messagesRedriven);
        const int operation = actions.redriveMessages(u"orders"_s, ids);
        QTRY_VERIFY(tracker.at(tracker.rowOf(operation)).progressDone >= 8);
        m_server->faults().addSpec(u"503,path=/v1/queue/dlq/redrive"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(tracker.at(tracker.rowOf(operation)).state, Operation::State::Failed);
        const int partial = tracker.at(tracker.rowOf(operation)).progressDone;
        QVERIFY(partial < 30);

        m_server->faults().clear();
        tracker.retry(operation);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        const Operation &done = tracker.at(tracker.rowOf(operation));
        QCOMPARE(done.state, Operation::State::Succeeded);
        QCOMPARE(done.resultCount, 30);
        QVERIFY(done.resultText().startsWith(u"30 "_s));
        QCOMPARE(stats(u"orders"_s).value(u"available"_s).toInteger(), availableBefore + 30);
        QCOMPARE(stats(u"orders"_s).value(u"dlq"_s).toInteger(), 290);
        QStringList all;
        for (const QList<QVariant> &signal : redriven)
            all += signal.at(1).toStringList();
        QCOMPARE(all.size(), 30);
    }

    void aRetryAfterSwitchingConnectionGoesNowhere()
    {
        OperationTracker tracker;
        QueueStatsHub hub;
        QueueActions actions(&tracker, &hub);
        actions.setClient(m_client.get());
        m_server->faults().addSpec(u"503,path=/v1/queue/purge"_s);
        QSignalSpy finished(&actions, &QueueActions::operationFinished);
        const int operation = actions.purgeQueue(u"orders"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        m_server->faults().clear();
        actions.setClient(nullptr); // another profile now, or none
        tracker.retry(operation);
        const Operation &retried = tracker.at(tracker.rowOf(operation));
        QCOMPARE(retried.state, Operation::State::Failed);
        QCOMPARE(retried.error.kind(), ApiError::Kind::Cancelled);
        QCOMPARE(stats(u"orders"_s).value(u"available"_s).toInteger(), 40); // nothing purged

        // A call still waiting when the connection goes is marked cancelled, not left pending.
        actions.setClient(m_client.get());
        const int waiting = actions.purgeQueue(u"no-such-queue"_s);
        QVERIFY(tracker.at(tracker.rowOf(waiting)).inFlight());
        actions.setClient(nullptr);
        QCOMPARE(tracker.at(tracker.rowOf(waiting)).state, Operation::State::Failed);
        QCOMPARE(tracker.at(tracker.rowOf(waiting)).error.kind(), ApiError::Kind::Cancelled);
        QCOMPARE(tracker.inFlightCount(), 0);
    }

    // A new client can be allocated where the old one was freed: a retry made on the first
    // account must not run on the second, however the clients compare.
    void aRetryNeverReachesTheNextAccountAtTheSameAddress()
    {
        SandboxOptions options;
        options.demo = true;
        options.apiKeys = {u"ifr_test_key"_s, u"ifr_second_account"_s};
        m_server = startSandbox(options);
        const QString url = m_server->baseUrl();
        QCOMPARE(
            rawCall(m_network, url, "POST", u"/v1/queue/create"_s, {{u"name"_s, u"orders"_s}}, u"ifr_second_account"_s)
                .status,
            200);
        QCOMPARE(rawCall(m_network, url, "POST", u"/v1/queue/publish"_s,
                         {{u"queue"_s, u"orders"_s}, {u"payload"_s, QJsonObject{{u"n"_s, 1}}}}, u"ifr_second_account"_s)
                     .status,
                 200);
        const auto first = accountTransport(&m_network, url, u"ifr_test_key"_s);
        const auto second = accountTransport(&m_network, url, u"ifr_second_account"_s);

        OperationTracker tracker;
        QueueStatsHub hub;
        QueueActions actions(&tracker, &hub);
        std::optional<InfraiQueueClient> client(std::in_place, first.get());
        const InfraiQueueClient *firstAddress = &*client;
        actions.setClient(&*client);
        m_server->faults().addSpec(u"503,path=/v1/queue/purge"_s);
        QSignalSpy finished(&actions, &QueueActions::operationFinished);
        const int operation = actions.purgeQueue(u"orders"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        m_server->faults().clear();

        client.reset();
        client.emplace(second.get()); // the second account's client, at the first one's address
        QCOMPARE(&*client, firstAddress);
        actions.setClient(&*client);
        tracker.retry(operation);
        QCOMPARE(tracker.at(tracker.rowOf(operation)).state, Operation::State::Failed);
        QCOMPARE(tracker.at(tracker.rowOf(operation)).error.kind(), ApiError::Kind::Cancelled);
        QTest::qWait(200);
        const RawReply stats = rawCall(m_network, url, "GET", u"/v1/queue/stats/orders"_s, {}, u"ifr_second_account"_s);
        QCOMPARE(stats.json.value(u"available"_s).toInteger(), 1); // the second account untouched
        QCOMPARE(this->stats(u"orders"_s).value(u"available"_s).toInteger(), 40);
    }

    void redriveAllInChunksWithProgress()
    {
        OperationTracker tracker;
        QueueStatsHub hub;
        hub.setClient(m_client.get());
        QueueActions actions(&tracker, &hub);
        actions.setClient(m_client.get());
        QSignalSpy finished(&actions, &QueueActions::operationFinished);
        QSignalSpy moved(&actions, &QueueActions::deadLettersRedriven);
        // Everything since a time: the DLQ's newer half.
        DlqModel model;
        model.setQueue(m_client.get(), u"orders"_s);
        model.loadAll();
        QTRY_VERIFY(model.isComplete());
        const QDateTime since = model.deadLetteredAt(200);
        int expected = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            expected += model.deadLetteredAt(row) >= since;
        const int operation = actions.redriveBulk(u"orders"_s, since, expected);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(tracker.at(tracker.rowOf(operation)).resultCount, expected);
        QCOMPARE(stats(u"orders"_s).value(u"dlq"_s).toInteger(), 320 - expected);
        actions.redriveBulk(u"orders"_s, QDateTime(), 320 - expected);
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(moved.last().at(1).toLongLong(), 320 - expected);
        QCOMPARE(stats(u"orders"_s).value(u"dlq"_s).toInteger(), 0);
    }
};

QTEST_MAIN(DlqModelTest)
#include "tst_dlqmodel.moc"
