#include "BenchSupport.h"

#include "AccountService.h"
#include "DiscoveryCatalog.h"
#include "SandboxClock.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "api/ApiTransport.h"
#include "api/db/InfraiDbClient.h"
#include "auth/TokenProvider.h"
#include "db/DbActions.h"
#include "db/DbService.h"
#include "explorer/DbTreeFilterProxy.h"
#include "explorer/DbTreeModel.h"
#include "explorer/ProfilesTreeModel.h"
#include "ops/OperationTracker.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

// Figures for the database explorer:
//   tree_populate_ms / tree_populate_rss_mib  10,000 projects × 10 branches into model+proxy+view
//   tree_filter_ms                            a filter over those 100,000+ nodes
//   first_page_ms                             click to first page shown, 10,000-project list, real sandbox process
//   poll_stall_ms                             longest event-loop stall while 50 operations poll
//   profiles_open_ms / profiles_filter_ms     20 profiles, 5 open with 2,000 projects × 5 branches each
namespace {

QList<DbProject> syntheticProjects(int from, int count)
{
    QList<DbProject> projects;
    projects.reserve(count);
    const QDateTime created = QDateTime::currentDateTimeUtc();
    for (int i = from; i < from + count; ++i) {
        DbProject p;
        p.id = u"prj_%1"_s.arg(i, 8, 10, QChar(u'0'));
        p.name = u"project-%1"_s.arg(i);
        p.vendor = u"neon"_s;
        p.region = u"aws-us-east-2"_s;
        p.status = ResourceStatus::Ready;
        p.createdAt = created;
        projects.append(p);
    }
    return projects;
}

QList<DbBranch> syntheticBranches(const QString &projectId, int count)
{
    QList<DbBranch> branches;
    QString parent;
    for (int i = 0; i < count; ++i) {
        DbBranch b;
        b.id = projectId + u"_br"_s + QString::number(i);
        b.name = i == 0 ? u"main"_s : u"branch-%1"_s.arg(i);
        b.projectId = projectId;
        b.parentBranchId = i == 0 ? QString() : projectId + u"_br0"_s;
        b.status = ResourceStatus::Ready;
        branches.append(b);
    }
    return branches;
}

// Every row the model holds below `parent`, counted through the model's own interface.
int countRows(const QAbstractItemModel &model, const QModelIndex &parent)
{
    int rows = model.rowCount(parent);
    for (int row = 0, n = rows; row < n; ++row)
        rows += countRows(model, model.index(row, 0, parent));
    return rows;
}

void benchTree(InfraiDbClient *client)
{
    // The pages as the client would hand them over (parsed already), built untimed and
    // before the memory baseline: the figure is what the tree itself costs.
    QList<QList<DbProject>> projectPages;
    for (int page = 0; page < 10; ++page)
        projectPages.append(syntheticProjects(page * 1000, 1000));
    QList<QList<DbBranch>> branchPages;
    for (int i = 0; i < 10000; ++i)
        branchPages.append(syntheticBranches(u"prj_%1"_s.arg(i, 8, 10, QChar(u'0')), 10));

    const double rssBefore = residentMiB();
    DbTreeModel model;
    DbTreeFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setModel(&proxy);
    view.resize(1000, 700);
    view.show();
    model.setClient(client, u"bench"_s);
    // The profile and its Databases group open, as an operator has them: every project
    // page goes through the proxy into the view's layout.
    view.expand(proxy.index(0, 0));
    view.expand(proxy.mapFromSource(model.databasesIndex()));

    QElapsedTimer clock;
    clock.start();
    for (int page = 0; page < 10; ++page)
        model.appendProjects(projectPages.at(page), page < 9 ? u"more"_s : QString());
    for (const QList<DbBranch> &page : std::as_const(branchPages))
        model.appendBranches(page.first().projectId, page, {});
    QCoreApplication::processEvents();
    view.scrollToBottom(); // the view lays out the far end of the 10,000 rows too
    QCoreApplication::processEvents();
    const double populate = clock.nsecsElapsed() / 1e6;
    benchReport("tree_populate_ms", populate, "ms");
    benchReport("tree_populate_rss_mib", residentMiB() - rssBefore, "MiB");
    benchReport("tree_nodes", countRows(model, {}), "nodes");
    benchReport("tree_project_rows_in_view", proxy.rowCount(proxy.mapFromSource(model.databasesIndex())), "rows");

    clock.restart();
    proxy.setFilterText(u"branch-7"_s); // matches in every project: the worst case
    QCoreApplication::processEvents();
    benchReport("tree_filter_ms", clock.nsecsElapsed() / 1e6, "ms");
    clock.restart();
    proxy.setFilterText(u"project-9999"_s); // a needle
    QCoreApplication::processEvents();
    benchReport("tree_filter_needle_ms", clock.nsecsElapsed() / 1e6, "ms");
    clock.restart();
    proxy.setFilterText({});
    QCoreApplication::processEvents();
    benchReport("tree_filter_clear_ms", clock.nsecsElapsed() / 1e6, "ms");
}

// Twenty profiles in the one tree, five of them open with big trees: attaching them (their
// rows into the view) and a filter across all of them.
void benchProfiles(InfraiDbClient *client)
{
    QList<Profile> list;
    for (int i = 0; i < 20; ++i) {
        Profile profile;
        profile.id = u"p%1"_s.arg(i);
        profile.name = u"profile-%1"_s.arg(i);
        profile.baseUrl = QUrl(u"http://127.0.0.1:9"_s);
        list.append(profile);
    }
    std::vector<std::unique_ptr<DbTreeModel>> trees;
    for (int t = 0; t < 5; ++t) {
        auto tree = std::make_unique<DbTreeModel>();
        tree->setClient(client, list.at(t).name);
        const QList<DbProject> projects = syntheticProjects(t * 100000, 2000);
        tree->appendProjects(projects, {});
        for (const DbProject &project : projects)
            tree->appendBranches(project.id, syntheticBranches(project.id, 5), {});
        trees.push_back(std::move(tree));
    }
    const double rssBefore = residentMiB();
    ProfilesTreeModel profiles;
    DbTreeFilterProxy proxy;
    proxy.setSourceModel(&profiles);
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setModel(&proxy);
    view.resize(1000, 700);
    view.show();
    QElapsedTimer clock;
    clock.start();
    profiles.setProfiles(list);
    for (int t = 0; t < 5; ++t) {
        profiles.setTree(list.at(t).id, trees[size_t(t)].get());
        view.expand(proxy.mapFromSource(profiles.profileIndex(list.at(t).id)));
        view.expand(proxy.mapFromSource(profiles.mapFromTree(trees[size_t(t)]->databasesIndex())));
    }
    QCoreApplication::processEvents();
    view.scrollToBottom();
    QCoreApplication::processEvents();
    benchReport("profiles_open_ms", clock.nsecsElapsed() / 1e6, "ms");
    benchReport("profiles_rss_mib", residentMiB() - rssBefore, "MiB");
    benchReport("profiles_rows", countRows(profiles, {}), "rows");
    clock.restart();
    proxy.setFilterText(u"branch-3"_s); // in every project of every open profile
    QCoreApplication::processEvents();
    benchReport("profiles_filter_ms", clock.nsecsElapsed() / 1e6, "ms");
    clock.restart();
    proxy.setFilterText({});
    QCoreApplication::processEvents();
    benchReport("profiles_filter_clear_ms", clock.nsecsElapsed() / 1e6, "ms");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    {
        // The tree figures first, in a fresh process like the console's (no sandbox state
        // has been seeded in this heap yet). The model never calls out during these.
        QNetworkAccessManager network;
        ApiTransport transport(&network, QUrl(u"http://127.0.0.1:9"_s));
        InfraiDbClient client(&transport);
        benchTree(&client);
        benchProfiles(&client);
    }
    if (qEnvironmentVariableIsSet("BENCH_TREE_ONLY")) // for profiling the tree alone
        return 0;
    QTemporaryDir data;
    const QString key = u"ifr_bench_key"_s;

    // Seed 10,000 projects straight into a sandbox state directory.
    {
        SandboxOptions options;
        options.dataDir = data.path();
        options.apiKeys = {key};
        SandboxServer seeder(options);
        if (!seeder.start())
            qFatal("sandbox: %s", qPrintable(seeder.errorString()));
        SandboxStore &store = seeder.store();
        DiscoveryCatalog catalog;
        DbService db(store, seeder.clock(), catalog);
        store.begin();
        const qint64 now = seeder.clock().nowMs();
        for (int i = 0; i < 10000; ++i)
            db.insertProject({AccountService::accountId(key), u"project-%1"_s.arg(i), u"neon"_s, u"aws-us-east-2"_s,
                              u"launch"_s, u"managed"_s, u"17"_s, now, now});
        store.commit();
    }
    QProcess sandbox;
    const QString url = startSandboxProcess(sandbox, data.path(), key, {u"--time-scale"_s, u"0.5"_s});

    QNetworkAccessManager network;
    ApiTransport transport(&network, QUrl(url));
    transport.setTokenProvider(std::make_shared<StaticTokenProvider>(key));
    InfraiDbClient client(&transport);

    // Click to first page: the view asks the model, the model asks the sandbox.
    for (int round = 0; round < 3; ++round) {
        DbTreeModel model;
        model.setPageSize(100);
        QTreeView view;
        view.setModel(&model);
        view.show();
        model.setClient(&client, u"bench"_s);
        view.expand(model.index(0, 0));
        QSignalSpy loaded(&model, &DbTreeModel::pageLoaded);
        QElapsedTimer clock;
        clock.start();
        view.expand(model.databasesIndex()); // what a click on "Databases" does
        if (!loaded.wait(10000))
            qFatal("no first page");
        QCoreApplication::processEvents();
        if (round == 2)
            benchReport("first_page_ms", clock.nsecsElapsed() / 1e6, "ms");
    }

    // 50 operations in flight, each resource polled until ready (≈4 s at time scale 0.5).
    {
        DbTreeModel model;
        OperationTracker tracker;
        DbActions actions(&model, &tracker);
        actions.setClient(&client);
        model.setClient(&client, u"bench"_s);
        StallMeter stalls;
        stalls.start();
        for (int i = 0; i < 50; ++i)
            actions.createProject(NewProjectSpec::named(u"poll-%1"_s.arg(i)));
        QElapsedTimer clock;
        clock.start();
        const bool settled = runUntil([&] { return tracker.inFlightCount() == 0; }, 60000);
        const double worst = stalls.stop();
        benchReport("poll_ops", 50, "operations");
        benchReport("poll_settle_ms", clock.nsecsElapsed() / 1e6, "ms");
        benchReport("poll_stall_ms", worst, "ms");
        if (!settled)
            qWarning("not every operation settled");
    }
    sandbox.terminate();
    sandbox.waitForFinished(5000);
    return 0;
}
