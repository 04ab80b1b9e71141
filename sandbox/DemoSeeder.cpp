#include "DemoSeeder.h"

#include "DbService.h"
#include "SandboxClock.h"
#include "SandboxStore.h"

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
        {u"billing-prod"_s, u"neon"_s, u"aws-us-east-2"_s, u"scale"_s, u"16"_s, 210,
         {{u"staging"_s, u"main"_s, 900}, {u"preview-pr-482"_s, u"staging"_s, 30},
          {u"preview-pr-497"_s, u"staging"_s, 5}, {u"dev-alice"_s, u"main"_s, 200}},
         {u"before-migration-0042"_s, u"nightly-2026-11-20"_s, u"nightly-2026-11-21"_s}},
        {u"analytics-warehouse"_s, u"supabase"_s, u"eu-west-1"_s, u"pro"_s, u"15"_s, 400,
         {{u"etl-backfill"_s, u"main"_s, 72}},
         {u"pre-backfill"_s}},
        {u"auth-service"_s, u"planetscale"_s, u"us-east-1"_s, u"ps-20"_s, u"17"_s, 95,
         {{u"canary"_s, u"main"_s, 48}, {u"load-test"_s, u"canary"_s, 20}},
         {u"weekly-2026-11-16"_s}},
        {u"orders-eu"_s, u"supabase"_s, u"eu-central-1"_s, u"team"_s, u"17"_s, 60,
         {{u"gdpr-export"_s, u"main"_s, 100}},
         {}},
        {u"marketing-site"_s, u"neon"_s, u"aws-eu-central-1"_s, u"free"_s, u"17"_s, 30, {}, {}},
        {u"ml-features"_s, u"planetscale"_s, u"us-west-2"_s, u"ps-40"_s, u"16"_s, 14,
         {{u"experiment-embeddings"_s, u"main"_s, 10}},
         {u"model-v3-baseline"_s}},
        {u"support-desk"_s, u"neon"_s, u"aws-ap-southeast-1"_s, u"launch"_s, u"16"_s, 7,
         {{u"dev"_s, u"main"_s, 50}},
         {}},
    };
    const qint64 now = m_clock.nowMs();
    constexpr qint64 hour = 3600 * 1000;
    m_store.begin();
    try {
        for (const DemoProject &demo : projects) {
            DbService::NewProject project{account,          demo.name,   demo.vendor,
                                          demo.region,      demo.plan,   u"managed"_s,
                                          demo.version,     now - demo.ageDays * 24 * hour,
                                          now - demo.ageDays * 24 * hour + DbService::ProvisioningMs};
            const QString projectId = m_db.insertProject(project);
            for (const DemoBranch &branch : demo.branches) {
                const QString parentId =
                    m_store.scalar(u"SELECT id FROM branches WHERE project_id = ? AND branch_name = ?"_s,
                                   {projectId, branch.parent})
                        .toString();
                const qint64 created = now - branch.ageHours * hour;
                m_db.insertBranch(projectId, branch.name, parentId, created,
                                  created + DbService::ProvisioningMs);
            }
            for (qsizetype i = 0; i < demo.snapshots.size(); ++i)
                m_db.insertSnapshot(projectId, demo.snapshots.at(i), now - (i + 1) * 20 * hour);
        }
        // One project still coming up, so a fresh demo shows live provisioning.
        m_db.insertProject({account, u"search-index"_s, u"neon"_s, u"aws-us-east-1"_s,
                            u"launch"_s, u"managed"_s, u"17"_s, now,
                            now + 4 * DbService::ProvisioningMs});
        m_store.commit();
    } catch (...) {
        m_store.rollback();
        throw;
    }
}
