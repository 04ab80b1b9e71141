#include "TestSupport.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include "api/ApiTransport.h"
#include "api/queue/InfraiQueueClient.h"
#include "auth/TokenProvider.h"

using namespace Qt::StringLiterals;

// The typed queue client over the shared transport, against the sandbox.
class QueueClientTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<InfraiQueueClient> m_client;

    template <typename T, typename Start>
    std::pair<T, ApiError> wait(Start start)
    {
        std::optional<std::pair<T, ApiError>> outcome;
        start([&](const T &value, const ApiError &error) { outcome = {value, error}; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
            qFatal("call did not finish");
        return *outcome;
    }

private slots:
    // Answers with a field missing or of the wrong type are a clear error naming the field,
    // never zeros or an empty list.
    void decodingChecksFieldTypes()
    {
        auto object = [](const char *json) { return QJsonDocument::fromJson(json).object(); };
        QString problem;
        QVERIFY(QueueStats::fromJson(object(R"({"queue":"q","available":3,"in_flight":0,"dlq":1})"), &problem));
        QVERIFY(!QueueStats::fromJson(object(R"({"queue":"q","available":"3","in_flight":0,"dlq":1})"), &problem));
        QVERIFY2(problem.contains(u"available"_s) && problem.contains(u"string"_s), qPrintable(problem));
        QVERIFY(!QueueStats::fromJson(object(R"({"queue":"q","available":3,"dlq":1})"), &problem));
        QVERIFY2(problem.contains(u"in_flight"_s) && problem.contains(u"missing"_s), qPrintable(problem));
        QVERIFY(!QueueStats::fromJson(object(R"({"available":3.5,"in_flight":0,"dlq":1})"), &problem));
        QVERIFY(!QueueMessage::fromJson(object(R"({"message_id":"m","payload":{},"priority":"high"})"), &problem));
        QVERIFY2(problem.contains(u"priority"_s), qPrintable(problem));
        QVERIFY(!QueueMessage::fromJson(object(R"({"message_id":"m","payload":[1]})"), &problem));
        QVERIFY2(problem.contains(u"payload"_s), qPrintable(problem));
        QVERIFY(QueueMessage::fromJson(object(R"({"message_id":"m","payload":{},"priority":null})"), &problem));
        const ApiError error = ApiError::unexpectedShape(u"field \"dlq\" is missing"_s);
        QCOMPARE(error.kind(), ApiError::Kind::MalformedResponse);
        QVERIFY(!error.message().contains(u"not valid JSON"_s));
        QVERIFY(error.message().contains(u"dlq"_s));
    }

    // A consume answer without its "messages" array is an error, not "nothing leased".
    void consumeWithoutMessagesIsAnError()
    {
        QHttpServer fake;
        fake.route(u"/v1/queue/consume"_s, [](const QHttpServerRequest &) {
            return QHttpServerResponse(QJsonObject{{u"queue"_s, u"orders"_s}});
        });
        const quint16 port = fake.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        ApiTransport transport(&m_network, QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        transport.setTokenProvider(std::make_shared<StaticTokenProvider>(u"ifr_test_key"_s));
        InfraiQueueClient client(&transport);
        const auto [messages, error] = wait<QList<QueueMessage>>(
            [&](auto done) { client.consume(u"orders"_s, 10, std::nullopt, &transport, done); });
        QVERIFY(messages.isEmpty());
        QCOMPARE(error.kind(), ApiError::Kind::MalformedResponse);
        QVERIFY2(error.message().contains(u"messages"_s), qPrintable(error.message()));
    }

    void init()
    {
        SandboxOptions options;
        options.timeScale = 1000;
        m_server = startSandbox(options);
        m_transport = std::make_unique<ApiTransport>(&m_network, QUrl(m_server->baseUrl()));
        m_transport->setTokenProvider(std::make_shared<StaticTokenProvider>(u"ifr_test_key"_s));
        m_client = std::make_unique<InfraiQueueClient>(m_transport.get());
    }
    void cleanup()
    {
        m_client.reset();
        m_transport.reset();
        m_server.reset();
    }

    void everyCapabilityTyped()
    {
        QueueSettings dlqSettings;
        QCOMPARE((wait<QueueRecord>([&](auto done) {
                      m_client->create(u"orders-dlq"_s, dlqSettings, this, done);
                  }).first.name),
                 u"orders-dlq"_s);
        QueueSettings settings;
        settings.deadLetterQueue = u"orders-dlq"_s;
        settings.maxRetries = 1;
        settings.type = u"standard"_s;
        const auto [created, createError] =
            wait<QueueRecord>([&](auto done) { m_client->create(u"orders"_s, settings, this, done); });
        QVERIFY(!createError.isError());
        QCOMPARE(created.deadLetterQueue, u"orders-dlq"_s);
        QCOMPARE(created.maxRetries, 1);

        OutgoingMessage message;
        message.payload = {{u"order"_s, 1}};
        const auto [id, publishError] =
            wait<QString>([&](auto done) { m_client->publish(u"orders"_s, message, this, done); });
        QVERIFY(id.startsWith(u"msg_"_s));
        QCOMPARE((wait<QStringList>([&](auto done) {
                      m_client->publishBatch(u"orders"_s, {message, message}, this, done);
                  }).first.size()),
                 2);
        const auto [stats, statsError] = wait<QueueStats>([&](auto done) { m_client->stats(u"orders"_s, this, done); });
        QCOMPARE(stats.available, 3);

        const auto [leased, consumeError] =
            wait<QList<QueueMessage>>([&](auto done) { m_client->consume(u"orders"_s, 3, 600, this, done); });
        QCOMPARE(leased.size(), 3);
        QCOMPARE(leased.first().deliveryCount, 1);
        QVERIFY(leased.first().publishedAt.isValid());
        QVERIFY(wait<InfraiQueueClient::Acknowledgement>([&](auto done) {
                    m_client->ack(u"orders"_s, leased.at(0).id, this, done);
                }).first.done);
        const auto nacked = wait<InfraiQueueClient::Acknowledgement>([&](auto done) {
                                m_client->nack(u"orders"_s, leased.at(1).id, false, this, done);
                            }).first;
        QVERIFY(nacked.done);
        QVERIFY(!nacked.requeued);
        const auto dead =
            wait<Page<QueueMessage>>([&](auto done) { m_client->dlqList(u"orders"_s, {}, 10, this, done); }).first;
        QCOMPARE(dead.items.size(), 1);
        QCOMPARE(dead.items.first().sourceQueue, u"orders"_s);
        QVERIFY(dead.items.first().deadLetteredAt.isValid());

        RedriveSelection one;
        one.messageId = dead.items.first().id;
        QCOMPARE((wait<InfraiQueueClient::Count>([&](auto done) {
                      m_client->redrive(InfraiQueueClient::redriveRequest(u"orders"_s, one), this, done);
                  }).first.count),
                 1);
        QCOMPARE(
            (wait<InfraiQueueClient::Count>([&](auto done) { m_client->purge(u"orders"_s, this, done); }).first.count),
            2);

        QueueSettings update;
        update.enablePriority = true;
        QVERIFY((wait<QueueRecord>([&](auto done) {
                     m_client->update(u"orders"_s, update, this, done);
                 }).first.enablePriority));
        const auto sub = wait<PushSubscription>([&](auto done) {
            m_client->pushSubscribe(InfraiQueueClient::pushSubscribeRequest(
                                        u"orders"_s, QUrl(u"https://hooks.example.com/x"_s), u"s"_s, 3, 30),
                                    this, done);
        });
        QVERIFY(sub.first.id.startsWith(u"sub_"_s));
        const auto rejected = wait<PushSubscription>([&](auto done) {
            m_client->pushSubscribe(
                InfraiQueueClient::pushSubscribeRequest(u"orders"_s, QUrl(u"http://hooks.example.com/x"_s), {}, {}, {}),
                this, done);
        });
        QCOMPARE(rejected.second.kind(), ApiError::Kind::Validation);
        QCOMPARE(rejected.second.field(), u"url"_s);
        QVERIFY(wait<bool>([&](auto done) { m_client->remove(u"orders"_s, this, done); }).first);
        QCOMPARE((wait<QueueRecord>([&](auto done) { m_client->get(u"orders"_s, this, done); }).second.kind()),
                 ApiError::Kind::NotFound);
    }

    void dlqIterationFollowsCursorsInOrder()
    {
        QueueSettings none;
        wait<QueueRecord>([&](auto done) { m_client->create(u"q"_s, none, this, done); });
        QStringList expected;
        for (int i = 0; i < 25; ++i) {
            OutgoingMessage message;
            message.payload = {{u"n"_s, i}};
            const QString id = wait<QString>([&](auto done) { m_client->publish(u"q"_s, message, this, done); }).first;
            wait<QList<QueueMessage>>([&](auto done) { m_client->consume(u"q"_s, 1, 600, this, done); });
            wait<InfraiQueueClient::Acknowledgement>([&](auto done) { m_client->nack(u"q"_s, id, false, this, done); });
            expected << id;
        }
        QStringList seen;
        int pages = 0;
        std::optional<ApiError> finished;
        m_client->forEachDlqPage(
            u"q"_s, 10, this,
            [&](const QList<QueueMessage> &page) {
                ++pages;
                for (const QueueMessage &m : page)
                    seen << m.id;
                return true;
            },
            [&](const ApiError &error) { finished = error; });
        QTRY_VERIFY(finished.has_value());
        QVERIFY(!finished->isError());
        QCOMPARE(pages, 3);
        QCOMPARE(seen, expected);

        // Stopping after the first page ends the iteration once.
        int calls = 0;
        int finishedCount = 0;
        m_client->forEachDlqPage(
            u"q"_s, 10, this,
            [&](const QList<QueueMessage> &) {
                ++calls;
                return false;
            },
            [&](const ApiError &) { ++finishedCount; });
        QTRY_COMPARE(finishedCount, 1);
        QTest::qWait(50);
        QCOMPARE(calls, 1);
        QCOMPARE(finishedCount, 1);

        // A malformed page ends it with the error.
        m_server->faults().addSpec(u"malformed,path=/v1/queue/dlq/list,count=1"_s);
        std::optional<ApiError> broken;
        m_client->forEachDlqPage(
            u"q"_s, 10, this, [](const QList<QueueMessage> &) { return true; },
            [&](const ApiError &error) { broken = error; });
        QTRY_VERIFY(broken.has_value());
        QCOMPARE(broken->kind(), ApiError::Kind::MalformedResponse);
    }
};

QTEST_GUILESS_MAIN(QueueClientTest)
#include "tst_queue_client.moc"
