#include "TestSupport.h"

#include "AccountService.h"
#include "api/ApiTransport.h"
#include "api/RetryPolicy.h"
#include "api/queue/InfraiQueueClient.h"
#include "auth/TokenProvider.h"
#include "ops/OperationTracker.h"
#include "queue/QueueService.h"
#include "queue/RedriveJob.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// A redrive job of exactly the dead letters that match, killed with SIGKILL part-way (a real
// process) and resumed from its journal: every matching message is moved back exactly once —
// even those that failed again and went back to the DLQ in between — and no other message.
class RedriveJobTest : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    inline static const QString Key = QStringLiteral("ifr_test_key");

    // `orders` (dead-lettering at once) and its DLQ, holding `count` dead letters.
    void seedOrders(SandboxServer &server, int count, const std::function<QJsonObject(int)> &payload)
    {
        QCOMPARE(
            rawCall(m_network, server.baseUrl(), "POST", u"/v1/queue/create"_s, {{u"name"_s, u"orders-dlq"_s}}).status,
            200);
        QCOMPARE(rawCall(m_network, server.baseUrl(), "POST", u"/v1/queue/create"_s,
                         {{u"name"_s, u"orders"_s}, {u"dead_letter_queue"_s, u"orders-dlq"_s}, {u"max_retries"_s, 0}})
                     .status,
                 200);
        const QString account = AccountService::accountId(Key);
        const auto orders = server.queues().queue(account, u"orders"_s);
        QVERIFY(orders);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < count; ++i)
            server.queues().insertDeadLettered(account, *orders, payload(i), now - 60000, now - 30000 + i, 1);
    }

    // The dead letters of `orders`, page by page, in the DLQ's order.
    QList<QJsonObject> deadLetters(SandboxServer &server)
    {
        QList<QJsonObject> messages;
        QString cursor;
        do {
            const RawReply page = rawCall(m_network, server.baseUrl(), "GET",
                                          u"/v1/queue/dlq/list/orders?limit=200"_s +
                                              (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
            for (const QJsonValue &item : page.json.value(u"items"_s).toArray())
                messages << item.toObject();
            cursor = page.json.value(u"next_cursor"_s).toString();
        } while (!cursor.isEmpty());
        return messages;
    }

    QStringList deadLetterIds(SandboxServer &server)
    {
        QStringList ids;
        for (const QJsonObject &message : deadLetters(server))
            ids << message.value(u"message_id"_s).toString();
        return ids;
    }

    // What a console holds to run a job: a client of the sandbox and an Operations list.
    struct Console
    {
        explicit Console(const QString &baseUrl) : transport(&network, QUrl(baseUrl))
        {
            transport.setTokenProvider(std::make_shared<StaticTokenProvider>(Key));
        }
        QNetworkAccessManager network;
        ApiTransport transport;
        InfraiQueueClient client{&transport};
        OperationTracker tracker;
        QTemporaryDir journal;

        // A job of the profile "p", started; null when it could not start.
        std::shared_ptr<RedriveJob> start(const QString &queue, const QStringList &ids, double rate,
                                          int firstRetryDelayMs = 1000)
        {
            auto job = std::make_shared<RedriveJob>(&client, &tracker, journal.path(), ProfileRef{u"p"_s, u"p"_s},
                                                    queue, ids, rate);
            job->setFirstRetryDelayMs(firstRetryDelayMs);
            return job->start(job) ? job : nullptr;
        }
    };

    QStringList lines(const QString &file)
    {
        QFile log(file);
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts)
                                             : QStringList();
    }

private slots:
    void killedAndResumedMovesEachMatchOnce()
    {
        auto server = startSandbox();
        const QString key = Key;
        // 600 dead letters, two kinds of failure; a third are not transient.
        seedOrders(*server, 600, [](int i) {
            return QJsonObject{{u"n"_s, i},
                               {u"error"_s, QJsonObject{{u"code"_s, i % 3 == 0 ? u"VALIDATION"_s : u"TIMEOUT"_s}}}};
        });
        // What matches $.error.code == "TIMEOUT", as the browser finds it.
        QStringList matching, others;
        for (const QJsonObject &message : deadLetters(*server)) {
            const QString code =
                message.value(u"payload"_s).toObject().value(u"error"_s).toObject().value(u"code"_s).toString();
            (code == u"TIMEOUT" ? matching : others) << message.value(u"message_id"_s).toString();
        }
        QCOMPARE(matching.size(), 400);
        QCOMPARE(others.size(), 200);

        QTemporaryDir work;
        QFile ids(work.filePath(u"ids"_s));
        QVERIFY(ids.open(QIODevice::WriteOnly));
        ids.write(matching.join(u'\n').toUtf8());
        ids.close();
        const QString journal = work.filePath(u"journal"_s);
        const QStringList args{server->baseUrl(), key, u"orders"_s, ids.fileName(), u"150"_s, journal};

        // Killed part-way.
        QProcess first;
        first.start(QStringLiteral(CONSOLE_REDRIVE_RUNNER), args);
        QVERIFY(first.waitForStarted());
        auto doneFile = [&] {
            const QStringList files = QDir(journal).entryList({u"*.done"_s});
            return files.isEmpty() ? QString() : QDir(journal).filePath(files.first());
        };
        QTRY_VERIFY_WITH_TIMEOUT(lines(doneFile()).size() >= 120, 20000);
        first.kill(); // SIGKILL: no clean-up runs
        QVERIFY(first.waitForFinished(5000));
        const int doneBefore = int(lines(doneFile()).size());
        QVERIFY2(doneBefore < 400, qPrintable(QString::number(doneBefore)));

        // Some of the moved ones fail again and go back to the DLQ before the job resumes:
        // moving them a second time would be wrong.
        const RawReply leased =
            rawCall(m_network, server->baseUrl(), "POST", u"/v1/queue/consume"_s,
                    {{u"queue"_s, u"orders"_s}, {u"max_messages"_s, 20}, {u"visibility_timeout"_s, 60}});
        QStringList failedAgain;
        for (const QJsonValue &message : leased.json.value(u"messages"_s).toArray()) {
            const QString id = message.toObject().value(u"message_id"_s).toString();
            QCOMPARE(rawCall(m_network, server->baseUrl(), "POST", u"/v1/queue/nack"_s,
                             {{u"queue"_s, u"orders"_s}, {u"message_id"_s, id}, {u"requeue"_s, false}})
                         .status,
                     200);
            failedAgain << id;
        }
        QVERIFY(!failedAgain.isEmpty());

        // Offered on the server it began on only: the same profile pointed elsewhere does not
        // move messages there.
        QCOMPARE(RedriveJob::unfinished(journal, u"runner"_s, QUrl(server->baseUrl())).size(), 1);
        QCOMPARE(RedriveJob::unfinished(journal, u"runner"_s, QUrl(server->baseUrl() + u"/"_s)).size(), 1);
        QCOMPARE(RedriveJob::unfinished(journal, u"runner"_s, QUrl(u"https://api.infrai.example"_s)).size(), 0);
        QVERIFY(RedriveJob::sameServer(u"https://API.infrai.example"_s, QUrl(u"https://api.infrai.example:443/"_s)));
        QVERIFY(!RedriveJob::sameServer(u"https://api.infrai.example"_s, QUrl(u"http://api.infrai.example"_s)));
        QVERIFY(!RedriveJob::sameServer(u"https://api.infrai.example/eu"_s, QUrl(u"https://api.infrai.example/us"_s)));
        QVERIFY(RedriveJob::sameServer(QString(), QUrl(u"https://anywhere.example"_s))); // an old journal
        QCOMPARE(RedriveJob::unfinished(journal, u"other"_s, QUrl(server->baseUrl())).size(), 0);

        // Resumed from the journal.
        QProcess second;
        second.start(QStringLiteral(CONSOLE_REDRIVE_RUNNER), args + QStringList{u"--resume"_s});
        // (The sandbox runs in this process: wait with the event loop running.)
        QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 30000);
        const QString said = QString::fromUtf8(second.readAllStandardOutput());
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(said.startsWith(u"finished ok"_s), qPrintable(said));

        // Counted on the sandbox: each match moved exactly once, nothing else moved.
        for (const QString &id : std::as_const(matching))
            QVERIFY2(server->queues().redriveMoves(id) == 1,
                     qPrintable(u"%1 moved %2 times"_s.arg(id).arg(server->queues().redriveMoves(id))));
        for (const QString &id : std::as_const(others))
            QCOMPARE(server->queues().redriveMoves(id), 0);
        // The DLQ holds the other kind and the ones that failed again, nothing more.
        const RawReply stats = rawCall(m_network, server->baseUrl(), "GET", u"/v1/queue/stats/orders"_s);
        QCOMPARE(stats.json.value(u"dlq"_s).toInt(), int(others.size() + failedAgain.size()));
        // A finished job leaves no journal.
        QVERIFY(QDir(journal).entryList(QDir::Files).isEmpty());
    }

    void aMessageTheServerKeepsFailingIsSetAsideNotTriedForEver()
    {
        auto server = startSandbox();
        seedOrders(*server, 20, [](int i) { return QJsonObject{{u"n"_s, i}}; });
        const QStringList ids = deadLetterIds(*server);
        QCOMPARE(ids.size(), 20);
        // The server fails one message, every time.
        const QString bad = ids.at(7);
        QCOMPARE(server->faults().addSpec(u"503,path=/v1/queue/dlq/redrive/orders,body="_s + bad), QString());

        Console console(server->baseUrl());
        OperationTracker &tracker = console.tracker;
        auto job = console.start(u"orders"_s, ids, 200, 40);
        QVERIFY(job);
        const int operation = job->operationId();
        // The others move; the bad one is tried a few times, then the job stops and says so.
        QTRY_COMPARE_WITH_TIMEOUT(tracker.at(tracker.rowOf(operation)).state, Operation::State::Failed, 60000);
        QCOMPARE(tracker.at(tracker.rowOf(operation)).error.httpStatus(), 503); // the server's own answer
        QCOMPARE(tracker.at(tracker.rowOf(operation)).progressDone, 19);
        QCOMPARE(job->doneCount(), 19);
        for (const QString &id : std::as_const(ids))
            QCOMPARE(server->queues().redriveMoves(id), id == bad ? 0 : 1);
        QCOMPARE(RedriveJob::unfinished(console.journal.path(), u"p"_s, QUrl(server->baseUrl())).size(),
                 0);                                                              // still ours
        QVERIFY(!QDir(console.journal.path()).entryList({u"*.ids"_s}).isEmpty()); // journal kept
        // Tried six times, no more (each try is one call with the transport's own retries).
        const int perCall = RetryPolicy{}.maxAttempts;
        QCOMPARE(server->hits(u"queue.dlq.redrive"_s), 19 + RedriveJob::MaxAttempts * perCall);

        // The server mended: Retry sends what was set aside, and only that.
        server->faults().clear();
        tracker.retry(operation);
        QTRY_COMPARE_WITH_TIMEOUT(tracker.at(tracker.rowOf(operation)).state, Operation::State::Succeeded, 60000);
        for (const QString &id : std::as_const(ids))
            QCOMPARE(server->queues().redriveMoves(id), 1);
        QCOMPARE(server->hits(u"queue.dlq.redrive"_s), 19 + RedriveJob::MaxAttempts * perCall + 1); // that one alone
        QVERIFY(QDir(console.journal.path()).entryList({u"*.ids"_s}).isEmpty());
    }

    void anOutageStopsTheJobWithoutSpendingEveryMessage()
    {
        auto server = startSandbox();
        seedOrders(*server, 200, [](int i) { return QJsonObject{{u"n"_s, i}}; });
        const QStringList ids = deadLetterIds(*server);
        QCOMPARE(ids.size(), 200);
        // The server down for every redrive.
        QCOMPARE(server->faults().addSpec(u"503,path=/v1/queue/dlq/redrive/orders"_s), QString());

        Console console(server->baseUrl());
        OperationTracker &tracker = console.tracker;
        auto job = console.start(u"orders"_s, ids, 100, 20);
        QVERIFY(job);
        const int operation = job->operationId();
        QTRY_COMPARE_WITH_TIMEOUT(tracker.at(tracker.rowOf(operation)).state, Operation::State::Failed, 60000);
        QCOMPARE(tracker.at(tracker.rowOf(operation)).error.httpStatus(), 503);
        QCOMPARE(job->doneCount(), 0);
        // Only the messages out when it began were tried again: the rest were not spent on it.
        const int calls = server->hits(u"queue.dlq.redrive"_s);
        const int bound = RedriveJob::InFlight * RedriveJob::MaxAttempts * RetryPolicy{}.maxAttempts;
        QVERIFY2(calls <= bound, qPrintable(u"%1 calls, at most %2"_s.arg(calls).arg(bound)));

        // Back up: Retry moves all of them, once each.
        server->faults().clear();
        tracker.retry(operation);
        QTRY_COMPARE_WITH_TIMEOUT(tracker.at(tracker.rowOf(operation)).state, Operation::State::Succeeded, 60000);
        for (const QString &id : std::as_const(ids))
            QCOMPARE(server->queues().redriveMoves(id), 1);
        QCOMPARE(job->moved(), 200);
    }

    void aMissingQueueFailsAndCancelIsForGood()
    {
        auto server = startSandbox();
        Console console(server->baseUrl());
        OperationTracker &tracker = console.tracker;
        // A queue that is not there: its 404 is no "message already moved", and nothing is done.
        auto job = console.start(u"nowhere"_s, QStringList{u"msg_a"_s, u"msg_b"_s}, 100);
        QVERIFY(job);
        const int operation = job->operationId();
        QTRY_COMPARE(tracker.at(tracker.rowOf(operation)).state, Operation::State::Failed);
        QCOMPARE(tracker.at(tracker.rowOf(operation)).error.kind(), ApiError::Kind::NotFound);
        QCOMPARE(job->doneCount(), 0);
        QCOMPARE(RedriveJob::unfinished(console.journal.path(), u"p"_s, QUrl(server->baseUrl())).size(),
                 0); // running here: locked
        // Cancelled, it is over: no Retry reaches it, even once it is gone.
        job->cancel();
        QVERIFY(!tracker.at(tracker.rowOf(operation)).retry);
        job.reset();
        tracker.retry(operation); // nothing to call: no crash
        QVERIFY(QDir(console.journal.path()).entryList(QDir::Files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(RedriveJobTest)
#include "tst_redrive_job.moc"
