// A rate-limited redrive job of 10,000 dead letters at 500 a second against the sandbox:
// how far the achieved rate is from the asked one (target < 5 %).
// BENCH_REDRIVE_COUNT / BENCH_REDRIVE_RATE change the size and the rate.
#include "BenchSupport.h"
#include "TestSupport.h"

#include "AccountService.h"
#include "api/ApiTransport.h"
#include "api/queue/InfraiQueueClient.h"
#include "auth/TokenProvider.h"
#include "ops/OperationTracker.h"
#include "queue/QueueService.h"
#include "queue/RedriveJob.h"

#include <QTemporaryDir>

#include <cmath>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = qEnvironmentVariableIntValue("BENCH_REDRIVE_COUNT") > 0
                          ? qEnvironmentVariableIntValue("BENCH_REDRIVE_COUNT")
                          : 10000;
    const double rate = qEnvironmentVariableIntValue("BENCH_REDRIVE_RATE") > 0
                            ? qEnvironmentVariableIntValue("BENCH_REDRIVE_RATE")
                            : 500;
    auto server = startSandbox();
    QNetworkAccessManager network;
    rawCall(network, server->baseUrl(), "POST", u"/v1/queue/create"_s, {{u"name"_s, u"orders-dlq"_s}});
    rawCall(network, server->baseUrl(), "POST", u"/v1/queue/create"_s,
            {{u"name"_s, u"orders"_s}, {u"dead_letter_queue"_s, u"orders-dlq"_s}});
    const QString account = AccountService::accountId(u"ifr_test_key"_s);
    const auto orders = server->queues().queue(account, u"orders"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < count; ++i)
        server->queues().insertDeadLettered(account, *orders, {{u"n"_s, i}}, now - 60000, now - 30000 + i, 1);
    QStringList ids;
    QString cursor;
    do {
        const RawReply page = rawCall(network, server->baseUrl(), "GET",
                                      u"/v1/queue/dlq/list/orders?limit=1000"_s +
                                          (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
        for (const QJsonValue &item : page.json.value(u"items"_s).toArray())
            ids << item.toObject().value(u"message_id"_s).toString();
        cursor = page.json.value(u"next_cursor"_s).toString();
    } while (!cursor.isEmpty());

    ApiTransport transport(&network, QUrl(server->baseUrl()));
    transport.setTokenProvider(std::make_shared<StaticTokenProvider>(u"ifr_test_key"_s));
    InfraiQueueClient client(&transport);
    OperationTracker tracker;
    QTemporaryDir journal;
    auto job = std::make_shared<RedriveJob>(&client, &tracker, journal.path(), ProfileRef{u"bench"_s, u"bench"_s},
                                            u"orders"_s, ids, rate);
    bool finished = false;
    QObject::connect(job.get(), &RedriveJob::finished, [&] { finished = true; });
    QElapsedTimer clock;
    clock.start();
    job->start(job);
    runUntil([&] { return finished; }, int(count / rate * 1000 * 3 + 30000));
    const double seconds = clock.elapsed() / 1000.0;
    const double achieved = job->moved() / seconds;
    benchReport("redrive_job_messages", double(job->moved()), "messages");
    benchReport("redrive_job_rate_asked", rate, "msgs/s");
    benchReport("redrive_job_rate_achieved", achieved, "msgs/s");
    benchReport("redrive_job_rate_error_pct", std::abs(achieved - rate) / rate * 100.0, "%");
    return job->moved() == count ? 0 : 1;
}
