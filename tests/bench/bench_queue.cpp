#include "BenchSupport.h"

#include "AccountService.h"
#include "SandboxClock.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "api/ApiTransport.h"
#include "api/queue/InfraiQueueClient.h"
#include "auth/TokenProvider.h"
#include "ops/OperationTracker.h"
#include "queue/QueueActions.h"
#include "queue/QueueService.h"
#include "queue/QueueStatsHub.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

// Queue service figures over loopback against the real sandbox process with durable state:
//   publish_per_s, consume_ack_per_s, redrive_per_s (msgs/s)
//   dlq_list_console_ms vs dlq_list_curl_ms for a 100,000-message DLQ, 1,000 per page
//   (and dlq_list_bare_qnam_ms: plain QNetworkAccessManager GETs of the same pages)
namespace {

const int Concurrency = qEnvironmentVariableIntValue("BENCH_CONCURRENCY") > 0
                            ? qEnvironmentVariableIntValue("BENCH_CONCURRENCY")
                            : 32;

// Runs `count` calls, keeping `Concurrency` in flight; returns messages per second.
double throughput(int count, const std::function<void(std::function<void()>)> &one)
{
    int started = 0;
    int finished = 0;
    QElapsedTimer clock;
    clock.start();
    std::function<void()> next = [&] {
        if (started >= count)
            return;
        ++started;
        one([&] {
            ++finished;
            next();
        });
    };
    for (int i = 0; i < Concurrency; ++i)
        next();
    if (!runUntil([&] { return finished == count; }, 600000))
        qFatal("calls did not finish");
    return count / (clock.nsecsElapsed() / 1e9);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir data;
    const QString key = u"ifr_bench"_s;
    constexpr int DeadCount = 100000;

    { // 100,000 dead letters, seeded straight into the state directory
        SandboxOptions options;
        options.dataDir = data.path();
        options.apiKeys = {key};
        SandboxServer seeder(options);
        if (!seeder.start())
            qFatal("sandbox: %s", qPrintable(seeder.errorString()));
        QueueService queues(seeder.store(), seeder.clock());
        const QString account = AccountService::accountId(key);
        const QueueService::QueueConfig dead{u"bench-dlq"_s, u"standard"_s, {}, 5, 30, 14, false};
        const QueueService::QueueConfig source{u"bench-source"_s, u"standard"_s, u"bench-dlq"_s, 5, 30, 14, false};
        queues.createQueue(account, dead);
        queues.createQueue(account, source);
        queues.createQueue(account, {u"bench"_s, u"standard"_s, {}, 5, 30, 4, false});
        seeder.store().begin();
        const qint64 now = seeder.clock().nowMs();
        for (int i = 0; i < DeadCount; ++i)
            queues.insertDeadLettered(account, source,
                                      {{u"order_id"_s, i}, {u"error"_s, QJsonObject{{u"code"_s, u"TIMEOUT"_s}}}},
                                      now - 1000, now - DeadCount + i, 6);
        seeder.store().commit();
    }
    QProcess sandbox;
    const QString url = startSandboxProcess(sandbox, data.path(), key);

    QNetworkAccessManager network;
    ApiTransport transport(&network, QUrl(url));
    transport.setTokenProvider(std::make_shared<StaticTokenProvider>(key));
    InfraiQueueClient client(&transport);
    QObject context;

    const int messages = 5000;
    OutgoingMessage sample;
    sample.payload = {{u"n"_s, 1}, {u"body"_s, u"x"_s.repeated(200)}};
    benchReport("publish_per_s",
                throughput(messages,
                           [&](std::function<void()> done) {
                               client.publish(u"bench"_s, sample, &context,
                                              [done](const QString &, const ApiError &error) {
                                                  if (error.isError())
                                                      qFatal("publish: %s", qPrintable(error.details()));
                                                  done();
                                              });
                           }),
                "msgs/s");

    // Consume in batches of 100 and ack each message; the figure counts acked messages.
    QStringList leased;
    QElapsedTimer clock;
    clock.start();
    int acked = 0;
    while (acked < messages) {
        bool got = false;
        client.consume(u"bench"_s, 100, 600, &context, [&](const QList<QueueMessage> &batch, const ApiError &) {
            for (const QueueMessage &m : batch)
                leased << m.id;
            got = true;
        });
        if (!runUntil([&] { return got; }, 60000))
            qFatal("consume timed out");
        const int batch = int(leased.size());
        if (batch == 0)
            break;
        throughput(batch, [&](std::function<void()> done) {
            client.ack(u"bench"_s, leased.takeFirst(), &context,
                       [done](const InfraiQueueClient::Acknowledgement &, const ApiError &) { done(); });
        });
        acked += batch;
    }
    benchReport("consume_ack_per_s", acked / (clock.nsecsElapsed() / 1e9), "msgs/s");

    // The whole DLQ, page by page: the console's client next to curl fetching the same pages
    // over one keep-alive connection. The cursors are collected first (untimed), which also
    // warms the server for both; then each lists a few times, alternating, and the best counts.
    QStringList pageUrls;
    {
        bool done = false;
        std::function<void(const QString &)> collect = [&](const QString &from) {
            pageUrls << url + u"/v1/queue/dlq/list/bench-source?limit=1000"_s +
                            (from.isEmpty() ? QString() : u"&cursor="_s + from);
            client.dlqList(u"bench-source"_s, from, 1000, &context,
                           [&](const Page<QueueMessage> &page, const ApiError &) {
                               if (page.hasMore())
                                   collect(page.nextCursor);
                               else
                                   done = true;
                           });
        };
        collect({});
        if (!runUntil([&] { return done; }, 600000))
            qFatal("cursor collection timed out");
    }
    auto listWithConsole = [&] {
        int listed = 0;
        bool finished = false;
        QElapsedTimer timer;
        timer.start();
        client.forEachDlqPage(
            u"bench-source"_s, 1000, &context,
            [&](const QList<QueueMessage> &page) {
                listed += int(page.size());
                return true;
            },
            [&](const ApiError &error) {
                if (error.isError())
                    qFatal("dlq list: %s", qPrintable(error.details()));
                finished = true;
            });
        if (!runUntil([&] { return finished; }, 600000))
            qFatal("dlq listing timed out");
        if (listed != DeadCount)
            qFatal("listed %d of %d", listed, DeadCount);
        return timer.nsecsElapsed() / 1e6;
    };
    auto listWithCurl = [&]() -> double {
        QProcess curl;
        QStringList args{u"-s"_s, u"-H"_s, u"Authorization: Bearer "_s + key};
        for (const QString &page : std::as_const(pageUrls))
            args << u"-o"_s << u"/dev/null"_s << page;
        QElapsedTimer timer;
        timer.start();
        curl.start(u"curl"_s, args);
        if (!curl.waitForFinished(600000) || curl.exitCode() != 0) {
            qWarning("curl not available: %s", curl.readAllStandardError().constData());
            return -1;
        }
        return timer.nsecsElapsed() / 1e6;
    };
    // The floor under any Qt client: bare QNetworkAccessManager GETs of the same pages, read
    // and dropped, no parsing (for context next to curl).
    auto listWithRawQnam = [&] {
        QElapsedTimer timer;
        timer.start();
        for (const QString &page : std::as_const(pageUrls)) {
            QNetworkRequest request{QUrl(page)};
            request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
            QNetworkReply *reply = network.get(request);
            runUntil([&] { return reply->isFinished(); }, 60000);
            reply->readAll();
            reply->deleteLater();
        }
        return timer.nsecsElapsed() / 1e6;
    };
    double consoleMs = 1e12;
    double curlMs = 1e12;
    double qnamMs = 1e12;
    // Each round lists with both back to back, so the ratio of a round compares like with
    // like even when the machine's speed drifts between rounds.
    std::vector<double> ratios;
    const int rounds =
        qEnvironmentVariableIntValue("BENCH_ROUNDS") > 0 ? qEnvironmentVariableIntValue("BENCH_ROUNDS") : 5;
    for (int round = 0; round < rounds; ++round) {
        const double console = listWithConsole();
        const double viaCurl = listWithCurl();
        const double bare = listWithRawQnam();
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
            fprintf(stderr, "round %d: console %.0f ms, curl %.0f ms, bare QNAM %.0f ms\n", round, console, viaCurl,
                    bare);
        consoleMs = std::min(consoleMs, console);
        curlMs = std::min(curlMs, viaCurl);
        qnamMs = std::min(qnamMs, bare);
        if (viaCurl > 0)
            ratios.push_back(console / viaCurl);
    }
    benchReport("dlq_list_messages", DeadCount, "messages");
    benchReport("dlq_list_console_ms", consoleMs, "ms");
    benchReport("dlq_list_bare_qnam_ms", qnamMs, "ms");
    if (curlMs > 0) {
        benchReport("dlq_list_curl_ms", curlMs, "ms");
        benchReport("dlq_list_console_vs_curl", consoleMs / curlMs, "x"); // best against best
        std::sort(ratios.begin(), ratios.end());
        benchReport("dlq_list_console_vs_curl_median_round", ratios[ratios.size() / 2], "x");
    }

    // Redrive everything through the console's own bulk path (QueueActions: chunks of
    // RedriveChunk, one call at a time so progress is live, one idempotency key per chunk).
    OperationTracker tracker;
    QueueStatsHub hub;
    QueueActions actions(&tracker, &hub);
    actions.setClient(&client);
    clock.restart();
    const int operation = actions.redriveBulk(u"bench-source"_s, QDateTime(), DeadCount);
    if (!runUntil([&] { return !tracker.at(tracker.rowOf(operation)).inFlight(); }, 600000))
        qFatal("redrive timed out");
    const Operation &redrive = tracker.at(tracker.rowOf(operation));
    if (redrive.state != Operation::State::Succeeded)
        qFatal("redrive: %s", qPrintable(redrive.error.details()));
    const int moved = int(redrive.resultCount);
    benchReport("redrive_chunk", QueueActions::RedriveChunk, "messages");
    benchReport("redrive_messages", moved, "messages");
    benchReport("redrive_per_s", moved / (clock.nsecsElapsed() / 1e9), "msgs/s");
    sandbox.terminate();
    sandbox.waitForFinished(5000);
    return 0;
}
