#include "BenchSupport.h"

#include "AccountService.h"
#include "SandboxClock.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "UniformRowTableView.h"
#include "api/ApiTransport.h"
#include "api/TypedCalls.h"
#include "api/queue/InfraiQueueClient.h"
#include "auth/TokenProvider.h"
#include "queue/DlqFilterProxy.h"
#include "queue/DlqModel.h"
#include "queue/JsonPath.h"
#include "queue/QueueService.h"

#include <QApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// The DLQ browser's model and view over a 100,000-message DLQ served by the sandbox process:
//   dlq_first_page_client_ms   response body in hand → rows in the view, painted
//   dlq_first_page_total_ms    request sent → rows shown (includes the server)
//   dlq_load_all_ms, dlq_load_all_rss_growth_mib, dlq_load_all_max_stall_ms
//   dlq_search_json_path_ms, dlq_search_text_ms, dlq_group_ms, dlq_timeline_ms (over all loaded)
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir data;
    const QString key = u"ifr_bench"_s;
    // BENCH_DLQ_COUNT=1000000 for the incident-scale figures.
    const int DeadCount =
        qEnvironmentVariableIntValue("BENCH_DLQ_COUNT") > 0 ? qEnvironmentVariableIntValue("BENCH_DLQ_COUNT") : 100000;
    const char *codes[] = {"TIMEOUT", "CARD_DECLINED", "SCHEMA_INVALID", "INVENTORY_CONFLICT"};
    const char *messages[] = {"payment gateway did not answer within 30s", "issuer declined the card",
                              "field shipping.postcode is missing", "sku reserved by another order"};
    { // 100,000 dead letters of four failure kinds, like the demo's, straight into the state
        SandboxOptions options;
        options.dataDir = data.path();
        options.apiKeys = {key};
        SandboxServer seeder(options);
        if (!seeder.start())
            qFatal("sandbox: %s", qPrintable(seeder.errorString()));
        QueueService queues(seeder.store(), seeder.clock());
        const QString account = AccountService::accountId(key);
        const QueueService::QueueConfig dead{u"orders-dlq"_s, u"standard"_s, {}, 5, 30, 14, false};
        const QueueService::QueueConfig source{u"orders"_s, u"standard"_s, u"orders-dlq"_s, 5, 30, 14, false};
        queues.createQueue(account, dead);
        queues.createQueue(account, source);
        seeder.store().begin();
        const qint64 now = seeder.clock().nowMs();
        for (int i = 0; i < DeadCount; ++i) {
            const int kind = (i * 7 + i / 13) % 4;
            queues.insertDeadLettered(account, source,
                                      {{u"order_id"_s, u"ord_%1"_s.arg(100000 + i)},
                                       {u"customer_id"_s, u"cus_%1"_s.arg(1000 + i % 5000)},
                                       {u"amount_cents"_s, 500 + (i * 37) % 50000},
                                       {u"currency"_s, i % 3 ? u"USD"_s : u"EUR"_s},
                                       {u"error"_s, QJsonObject{{u"code"_s, QString::fromLatin1(codes[kind])},
                                                                {u"message"_s, QString::fromLatin1(messages[kind])}}}},
                                      now - 200000, now - DeadCount + i, 6);
        }
        seeder.store().commit();
    }
    // The names for the incident-scale run: dlq_1m_*.
    const QByteArray prefix = DeadCount == 1000000 ? "dlq_1m_" : "dlq_";
    auto name = [&](const char *figure) { return QByteArray(prefix + figure); };
    QProcess sandbox;
    const QString url = startSandboxProcess(sandbox, data.path(), key);

    QNetworkAccessManager network;
    ApiTransport transport(&network, QUrl(url));
    transport.setTokenProvider(std::make_shared<StaticTokenProvider>(key));
    InfraiQueueClient client(&transport);

    // The browser's view: offscreen, painted.
    auto makeView = [](QAbstractItemModel *model) {
        auto *view = new UniformRowTableView;
        view->setModel(model);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->horizontalHeader()->setStretchLastSection(true);
        view->resize(1000, 600);
        view->show();
        return view;
    };

    { // First page: the client's share, from a response body in hand to a painted view.
        QNetworkRequest request(QUrl(url + u"/v1/queue/dlq/list/orders?limit=500"_s));
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        QNetworkReply *reply = network.get(request);
        runUntil([&] { return reply->isFinished(); }, 20000);
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        double best = 1e9;
        for (int round = 0; round < 5; ++round) {
            DlqModel model;
            DlqFilterProxy proxy(&model);
            std::unique_ptr<UniformRowTableView> view(makeView(&proxy));
            QCoreApplication::processEvents();
            QElapsedTimer clock;
            clock.start();
            const QJsonObject json = QJsonDocument::fromJson(body).object();
            const auto items = TypedCalls::convertItems<QueueMessage>(json.value(u"items"_s).toArray());
            model.appendPage(*items, json.value(u"next_cursor"_s).toString());
            view->viewport()->repaint();
            best = std::min(best, clock.nsecsElapsed() / 1e6);
        }
        benchReport(name("first_page_client_ms").constData(), best, "ms");
    }

    DlqModel model;
    DlqFilterProxy proxy(&model);
    std::unique_ptr<UniformRowTableView> view(makeView(&proxy));
    model.setQueue(&client, u"orders"_s);
    QCoreApplication::processEvents();
    {
        QElapsedTimer clock;
        clock.start();
        model.fetchMore({});
        if (!runUntil([&] { return model.rowCount() > 0; }, 20000))
            qFatal("first page did not arrive");
        view->viewport()->repaint();
        benchReport(name("first_page_total_ms").constData(), clock.nsecsElapsed() / 1e6, "ms");
    }

    const double rssBefore = residentMiB();
    StallMeter stalls;
    stalls.start();
    QElapsedTimer clock;
    clock.start();
    model.loadAll();
    QObject::connect(&model, &DlqModel::loadFailed,
                     [](const ApiError &error) { qFatal("load: %s", qPrintable(error.details())); });
    if (!runUntil([&] { return model.isComplete() && !model.isLoading(); }, 300000))
        qFatal("loading all timed out at %d rows", model.rowCount());
    const double loadMs = clock.nsecsElapsed() / 1e6;
    const double stall = stalls.stop();
    view->viewport()->repaint();
    if (model.rowCount() != DeadCount)
        qFatal("loaded %d of %d", model.rowCount(), DeadCount);
    benchReport(name("loaded_messages").constData(), model.rowCount(), "messages");
    benchReport(name("load_all_ms").constData(), loadMs, "ms");
    benchReport(name("load_all_rss_growth_mib").constData(), residentMiB() - rssBefore, "MiB");
    benchReport(name("load_all_max_stall_ms").constData(), stalls.worstBusy(), "ms");
    benchReport(name("load_all_max_gap_ms").constData(), stall, "ms");

    auto timed = [&](const QByteArray &figure, const std::function<void()> &work) {
        double best = 1e9;
        for (int round = 0; round < 3; ++round) {
            QElapsedTimer t;
            t.start();
            work();
            view->viewport()->repaint();
            best = std::min(best, t.nsecsElapsed() / 1e6);
            model.setSearch(DlqModel::SearchMode::Text, QString());
        }
        benchReport(figure.constData(), best, "ms");
    };
    int hits = 0;
    timed(name("search_json_path_ms"), [&] {
        model.setSearch(DlqModel::SearchMode::JsonPath, u"$.error.code == \"CARD_DECLINED\""_s);
        hits = proxy.rowCount();
    });
    benchReport(name("search_json_path_hits").constData(), hits, "messages");
    timed(name("search_text_ms"), [&] {
        model.setSearch(DlqModel::SearchMode::Text, u"sku reserved"_s);
        hits = proxy.rowCount();
    });
    benchReport(name("search_text_hits").constData(), hits, "messages");
    const JsonPath path = *JsonPath::parse(u"$.error.code");
    int groups = 0;
    timed(name("group_ms"), [&] { groups = int(model.groupBy(path).size()); });
    benchReport(name("groups").constData(), groups, "groups");
    int buckets = 0;
    timed(name("timeline_ms"), [&] { buckets = model.timeline(path, 24, 5).bucketCount(); });
    benchReport(name("timeline_buckets").constData(), buckets, "buckets");

    { // A running redrive job's batches (one every half second, about 250 at 500/s) leaving
      // the DLQ: every fourth message of a stretch, as a search's matches would be. The
      // first is found by a search from the top; the next starts where it was found.
        int row = DeadCount / 2;
        auto removeBatch = [&](const char *figure) {
            QSet<QString> batch;
            for (; batch.size() < 250; row += 3) // every fourth, once the batch before is gone
                batch.insert(model.messageId(row));
            const int before = model.rowCount();
            QElapsedTimer t;
            t.start();
            model.removeMessages(batch);
            view->viewport()->repaint();
            benchReport(name(figure).constData(), t.nsecsElapsed() / 1e6, "ms");
            if (model.rowCount() != before - 250)
                qFatal("removed %d, not 250", before - model.rowCount());
        };
        removeBatch("redriven_first_batch_ms");
        removeBatch("redriven_batch_ms");
    }

    sandbox.terminate();
    sandbox.waitForFinished(5000);
    return 0;
}
