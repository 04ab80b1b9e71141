#include "DemoSeeder.h"

#include "db/DbService.h"
#include "queue/QueueService.h"

#include "SandboxClock.h"
#include "SandboxStore.h"
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

struct DemoBranch
{
    QString name;
    QString parent; // by name
    int ageHours;
};

struct DemoProject
{
    QString name, vendor, region, plan, version;
    int ageDays;
    QList<DemoBranch> branches;
    QStringList snapshots;
};

} // namespace

DemoSeeder::DemoSeeder(SandboxStore &store, DbService &db, const SandboxClock &clock)
    : m_store(store), m_db(db), m_clock(clock)
{
}

void DemoSeeder::seed(const QString &account)
{
    if (m_store.scalar(u"SELECT count(*) FROM projects WHERE account = ?"_s, {account}).toInt() > 0)
        return;
    const QList<DemoProject> projects = {
        {u"billing-prod"_s,
         u"neon"_s,
         u"aws-us-east-2"_s,
         u"scale"_s,
         u"16"_s,
         210,
         {{u"staging"_s, u"main"_s, 900},
          {u"preview-pr-482"_s, u"staging"_s, 30},
          {u"preview-pr-497"_s, u"staging"_s, 5},
          {u"dev-alice"_s, u"main"_s, 200}},
         {u"before-migration-0042"_s, u"nightly-2026-11-20"_s, u"nightly-2026-11-21"_s}},
        {u"analytics-warehouse"_s,
         u"supabase"_s,
         u"eu-west-1"_s,
         u"pro"_s,
         u"15"_s,
         400,
         {{u"etl-backfill"_s, u"main"_s, 72}},
         {u"pre-backfill"_s}},
        {u"auth-service"_s,
         u"planetscale"_s,
         u"us-east-1"_s,
         u"ps-20"_s,
         u"17"_s,
         95,
         {{u"canary"_s, u"main"_s, 48}, {u"load-test"_s, u"canary"_s, 20}},
         {u"weekly-2026-11-16"_s}},
        {u"orders-eu"_s,
         u"supabase"_s,
         u"eu-central-1"_s,
         u"team"_s,
         u"17"_s,
         60,
         {{u"gdpr-export"_s, u"main"_s, 100}},
         {}},
        {u"marketing-site"_s, u"neon"_s, u"aws-eu-central-1"_s, u"free"_s, u"17"_s, 30, {}, {}},
        {u"ml-features"_s,
         u"planetscale"_s,
         u"us-west-2"_s,
         u"ps-40"_s,
         u"16"_s,
         14,
         {{u"experiment-embeddings"_s, u"main"_s, 10}},
         {u"model-v3-baseline"_s}},
        {u"support-desk"_s,
         u"neon"_s,
         u"aws-ap-southeast-1"_s,
         u"launch"_s,
         u"16"_s,
         7,
         {{u"dev"_s, u"main"_s, 50}},
         {}},
    };
    const qint64 now = m_clock.nowMs();
    constexpr qint64 hour = 3600 * 1000;
    m_store.begin();
    try {
        for (const DemoProject &demo : projects) {
            DbService::NewProject project{account,
                                          demo.name,
                                          demo.vendor,
                                          demo.region,
                                          demo.plan,
                                          u"managed"_s,
                                          demo.version,
                                          now - demo.ageDays * 24 * hour,
                                          now - demo.ageDays * 24 * hour + DbService::ProvisioningMs};
            const QString projectId = m_db.insertProject(project);
            for (const DemoBranch &branch : demo.branches) {
                const QString parentId =
                    m_store
                        .scalar(u"SELECT id FROM branches WHERE project_id = ? AND branch_name = ?"_s,
                                {projectId, branch.parent})
                        .toString();
                const qint64 created = now - branch.ageHours * hour;
                m_db.insertBranch(projectId, branch.name, parentId, created, created + DbService::ProvisioningMs);
            }
            for (qsizetype i = 0; i < demo.snapshots.size(); ++i)
                m_db.insertSnapshot(projectId, demo.snapshots.at(i), now - (i + 1) * 20 * hour);
        }
        // One project still coming up, so a fresh demo shows live provisioning.
        m_db.insertProject({account, u"search-index"_s, u"neon"_s, u"aws-us-east-1"_s, u"launch"_s, u"managed"_s,
                            u"17"_s, now, now + 4 * DbService::ProvisioningMs});
        m_store.commit();
    } catch (...) {
        m_store.rollback();
        throw;
    }
}

void DemoSeeder::seedQueues(const QString &account, QueueService &queues, int deadLetters)
{
    if (m_store.scalar(u"SELECT count(*) FROM queues WHERE account = ?"_s, {account}).toInt() > 0)
        return;
    using Config = QueueService::QueueConfig;
    const qint64 now = m_clock.nowMs();
    QRandomGenerator random(20261122); // the same demo every time
    m_store.begin();
    try {
        const Config ordersDlq{u"orders-dlq"_s, u"standard"_s, {}, 5, 30, 14, false};
        const Config orders{u"orders"_s, u"standard"_s, u"orders-dlq"_s, 5, 30, 4, false};
        const Config payments{u"payments.fifo"_s, u"fifo"_s, {}, 3, 60, 4, false};
        const Config notifications{u"notifications"_s, u"standard"_s, {}, 5, 30, 4, true};
        const Config emails{u"emails-scheduled"_s, u"standard"_s, {}, 5, 30, 4, false};
        const Config webhooksDlq{u"webhooks-dlq"_s, u"standard"_s, {}, 5, 30, 14, false};
        const Config webhooks{u"webhooks"_s, u"standard"_s, u"webhooks-dlq"_s, 3, 30, 4, false};
        for (const Config &config : {ordersDlq, orders, payments, notifications, emails, webhooksDlq, webhooks})
            queues.createQueue(account, config);

        struct Failure
        {
            const char *code;
            const char *message;
        };
        const Failure failures[] = {
            {"TIMEOUT", "payment gateway did not answer within 30s"},
            {"CARD_DECLINED", "issuer declined the card"},
            {"SCHEMA_INVALID", "field shipping.postcode is missing"},
            {"INVENTORY_CONFLICT", "sku reserved by another order"},
        };
        const int weights[] = {45, 25, 18, 12};
        // Failures arrive over two days; dead-lettering order follows time, as it would live.
        QList<qint64> deadTimes;
        deadTimes.reserve(deadLetters);
        for (int i = 0; i < deadLetters; ++i)
            deadTimes.append(now - qint64(random.bounded(48 * 3600 * 1000)));
        std::sort(deadTimes.begin(), deadTimes.end());
        for (int i = 0; i < deadLetters; ++i) {
            int pick = int(random.bounded(100));
            int kind = 0;
            while (pick >= weights[kind]) {
                pick -= weights[kind];
                ++kind;
            }
            const qint64 deadAt = deadTimes.at(i);
            const QJsonObject payload{
                {u"order_id"_s, u"ord_%1"_s.arg(100000 + i)},
                {u"customer_id"_s, u"cus_%1"_s.arg(random.bounded(5000) + 1000)},
                {u"amount_cents"_s, int(random.bounded(50000)) + 500},
                {u"currency"_s, i % 3 == 0 ? u"EUR"_s : u"USD"_s},
                {u"error"_s, QJsonObject{{u"code"_s, QString::fromLatin1(failures[kind].code)},
                                         {u"message"_s, QString::fromLatin1(failures[kind].message)}}}};
            queues.insertDeadLettered(account, orders, payload, deadAt - 120000, deadAt, 6);
        }
        for (int i = 0; i < 40; ++i)
            queues.publish(account, u"orders"_s,
                           {{u"order_id"_s, u"ord_%1"_s.arg(200000 + i)}, {u"amount_cents"_s, 1999 + i}}, 0, 0);
        for (int i = 0; i < 12; ++i)
            queues.publish(account, u"payments.fifo"_s, {{u"payment_id"_s, u"pay_%1"_s.arg(i)}, {u"sequence"_s, i}}, 0,
                           0);
        for (int i = 0; i < 30; ++i)
            queues.publish(account, u"notifications"_s,
                           {{u"user_id"_s, u"usr_%1"_s.arg(i)}, {u"kind"_s, i % 5 == 0 ? u"security"_s : u"digest"_s}},
                           0, i % 5 == 0 ? 9 : 1);
        for (int i = 0; i < 8; ++i)
            queues.publish(account, u"emails-scheduled"_s,
                           {{u"template"_s, u"trial-ending"_s}, {u"user_id"_s, u"usr_%1"_s.arg(i)}},
                           qint64(60 + i * 90) * 1000, 0);
        for (int i = 0; i < 5; ++i)
            queues.publish(account, u"webhooks"_s, {{u"event"_s, u"invoice.paid"_s}, {u"invoice"_s, u"in_%1"_s.arg(i)}},
                           0, 0);
        m_store.exec(u"INSERT INTO subscriptions(id, account, queue, url, secret, max_retries, "
                     u"visibility_timeout, dead_letter_queue, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                     {u"sub_demo_webhooks"_s, account, u"webhooks"_s, u"https://hooks.partner.example/infrai"_s,
                      u"demo-secret"_s, 3, 30, u"webhooks-dlq"_s, now});
        m_store.commit();
    } catch (...) {
        m_store.rollback();
        throw;
    }
}
