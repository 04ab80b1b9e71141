#include "ClientSupport.h"
#include "TestSupport.h"

#include "StatusIcons.h"

#include "api/ApiTransport.h"
#include "api/db/InfraiDbClient.h"
#include "auth/TokenProvider.h"
#include "db/DbActions.h"
#include "db/ResourcePoller.h"
#include "explorer/DbTreeFilterProxy.h"
#include "explorer/DbTreeModel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>

#include <optional>

using namespace Qt::StringLiterals;

using Kind = DbTreeModel::NodeKind;

// The explorer tree over a real sandbox, checked by QAbstractItemModelTester through lazy
// paging at every level, lineage, filtering, inserts and removals.
class DbTreeModelTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<InfraiDbClient> m_client;
    std::unique_ptr<DbTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_bigProject;
    QStringList m_lineage; // main → b0 → b1 → b2

    RawReply call(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return rawCall(m_network, m_server->baseUrl(), method, path, body);
    }
    void fetchAll(const QModelIndex &container)
    {
        // The model tester fetches eagerly too: let its requests land first.
        QTRY_VERIFY_WITH_TIMEOUT(!container.data(DbTreeModel::LoadingRole).toBool(), 10000);
        while (m_model->canFetchMore(container)) {
            QSignalSpy loaded(m_model.get(), &DbTreeModel::pageLoaded);
            m_model->fetchMore(container);
            QVERIFY(loaded.wait(10000));
        }
    }
    QModelIndex groupOf(const QString &projectId, Kind kind)
    {
        const QModelIndex project = m_model->indexForId(projectId);
        for (int row = 0; row < m_model->rowCount(project); ++row) {
            const QModelIndex child = m_model->index(row, 0, project);
            if (m_model->kindOf(child) == kind)
                return child;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.timeScale = 50; // provisioning lasts 40 ms: long enough to be seen on a busy machine
        m_server = startSandbox(options);
        for (int i = 0; i < 23; ++i)
            call("POST", u"/v1/db/project/create"_s, {{u"name"_s, u"project-%1"_s.arg(i, 2, 10, QChar(u'0'))}});
        m_bigProject = call("POST", u"/v1/db/project/create"_s, {{u"name"_s, u"big"_s}}).json.value(u"id"_s).toString();
        QString parent = u"main"_s;
        for (int i = 0; i < 3; ++i) {
            const QString id =
                call("POST", u"/v1/db/branch/create"_s,
                     {{u"project_id"_s, m_bigProject}, {u"branch_name"_s, u"b%1"_s.arg(i)}, {u"from_branch"_s, parent}})
                    .json.value(u"id"_s)
                    .toString();
            m_lineage << id;
            parent = id;
        }
        for (int i = 3; i < 25; ++i)
            call("POST", u"/v1/db/branch/create"_s,
                 {{u"project_id"_s, m_bigProject}, {u"branch_name"_s, u"feature-%1"_s.arg(i)}});
        for (int i = 0; i < 12; ++i)
            call("POST", u"/v1/db/snapshot/create"_s,
                 {{u"project_id"_s, m_bigProject}, {u"label"_s, u"snap-%1"_s.arg(i)}});

        m_transport = std::make_unique<ApiTransport>(&m_network, QUrl(m_server->baseUrl()));
        m_transport->setTokenProvider(std::make_shared<StaticTokenProvider>(u"ifr_test_key"_s));
        m_client = std::make_unique<InfraiDbClient>(m_transport.get());
        m_model = std::make_unique<DbTreeModel>();
        m_model->setPageSize(10);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setClient(m_client.get(), u"Sandbox"_s);
    }

    void projectsLoadPageByPage()
    {
        // A model without the tester (which fetches everything eagerly), as a view sees it.
        DbTreeModel plain;
        plain.setPageSize(10);
        plain.setClient(m_client.get(), u"Sandbox"_s);
        const QModelIndex databases = plain.databasesIndex();
        QVERIFY(plain.hasChildren(databases));
        QCOMPARE(plain.rowCount(databases), 0);
        QVERIFY(plain.canFetchMore(databases));
        QSignalSpy loaded(&plain, &DbTreeModel::pageLoaded);
        plain.fetchMore(databases);
        QVERIFY(databases.data(DbTreeModel::LoadingRole).toBool());
        QVERIFY(!plain.canFetchMore(databases)); // no second request while one is in flight
        QVERIFY(loaded.wait(10000));
        QCOMPARE(plain.loadedCount(databases), 10);
        // A "Load more…" row closes an incomplete page.
        QCOMPARE(plain.rowCount(databases), 11);
        QCOMPARE(plain.kindOf(plain.index(10, 0, databases)), Kind::LoadMore);
        QCOMPARE(plain.index(10, 0, databases).data().toString(), u"Load more…"_s);
        int pages = 1;
        while (plain.canFetchMore(databases)) {
            plain.fetchMore(databases);
            QVERIFY(loaded.wait(10000));
            ++pages;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(plain.loadedCount(databases), 24);
        QCOMPARE(plain.rowCount(databases), 24); // no Load more once complete
        QCOMPARE(plain.index(0, 0, databases).data().toString(), u"project-00"_s);
        QCOMPARE(plain.index(0, DbTreeModel::TypeColumn, databases).data().toString(), u"Postgres · Neon"_s);
        // While the service cannot be reached, statuses are marked as the last known ones.
        const QModelIndex first = plain.index(0, 0, databases);
        const qint64 live = first.data(Qt::DecorationRole).value<QIcon>().cacheKey();
        plain.setReachable(false);
        QCOMPARE(first.data(Qt::DecorationRole).value<QIcon>().cacheKey(),
                 StatusIcons::forStatus(ResourceStatus::Unknown).cacheKey());
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(u"Last known status"_s));
        plain.setReachable(true);
        QCOMPARE(first.data(Qt::DecorationRole).value<QIcon>().cacheKey(), live);
        // Nothing below a project is fetched until asked for.
        const QModelIndex branches = plain.index(0, 0, plain.index(0, 0, databases));
        QCOMPARE(plain.kindOf(branches), Kind::BranchesGroup);
        QVERIFY(plain.canFetchMore(branches));
        QCOMPARE(plain.rowCount(branches), 0);
        // The tester-checked model paged through the same data.
        fetchAll(m_model->databasesIndex());
        QCOMPARE(m_model->loadedCount(m_model->databasesIndex()), 24);
    }

    void branchesLoadAsALineage()
    {
        const QModelIndex group = groupOf(m_bigProject, Kind::BranchesGroup);
        QVERIFY(group.isValid());
        fetchAll(group);
        QCOMPARE(m_model->branchesOf(m_bigProject).size(), 26); // main + 3 + 22
        // main → b0 → b1 → b2 nests; the features hang under main.
        const QModelIndex b2 = m_model->indexForId(m_lineage.at(2));
        QCOMPARE(b2.parent(), m_model->indexForId(m_lineage.at(1)));
        QCOMPARE(b2.parent().parent(), m_model->indexForId(m_lineage.at(0)));
        const QModelIndex main = b2.parent().parent().parent();
        QCOMPARE(main.data().toString(), u"main"_s);
        QCOMPARE(main.parent(), group);
        QCOMPARE(m_model->rowCount(group), 1); // only main at the top
        QCOMPARE(m_model->rowCount(main), 23);
        QCOMPARE(m_model->childBranchIds(m_lineage.at(0)), QStringList{m_lineage.at(1)});
    }

    void snapshotsLoadPageByPage()
    {
        const QModelIndex group = groupOf(m_bigProject, Kind::SnapshotsGroup);
        fetchAll(group);
        QCOMPARE(m_model->loadedCount(group), 12);
        QCOMPARE(m_model->kindOf(m_model->index(0, 0, group)), Kind::Snapshot);
    }

    void filterMatchesNamesAndIdsInContext()
    {
        DbTreeFilterProxy proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(m_model.get());
        proxy.setFilterText(u"FEATURE-1"_s);
        // feature-10 … feature-19 under main, under Branches, under "big", under Databases.
        const QModelIndex databases = proxy.mapFromSource(m_model->databasesIndex());
        QCOMPARE(proxy.rowCount(databases), 1);
        const QModelIndex big = proxy.index(0, 0, databases);
        QCOMPARE(big.data().toString(), u"big"_s);
        QCOMPARE(proxy.rowCount(big), 1); // Branches only, not Snapshots
        const QModelIndex main = proxy.index(0, 0, proxy.index(0, 0, big));
        QCOMPARE(proxy.rowCount(main), 10);
        proxy.setFilterText(m_lineage.at(1)); // by id
        QCOMPARE(proxy
                     .match(proxy.index(0, 0), DbTreeModel::IdRole, m_lineage.at(1), 1,
                            Qt::MatchExactly | Qt::MatchRecursive)
                     .size(),
                 1);
        proxy.setFilterText(u"no-such-thing"_s);
        QCOMPARE(proxy.rowCount(proxy.mapFromSource(m_model->databasesIndex())), 0);
        proxy.setFilterText({});
        QCOMPARE(proxy.rowCount(proxy.mapFromSource(m_model->databasesIndex())), 24);
    }

    void matchesArrivingUnderAFilterAreCountedAndShown()
    {
        // A filter typed before the rows arrive: pages (and a branch moved under its parent)
        // bring matches that are counted and that the proxy shows, ancestors included.
        DbTreeModel model;
        model.setClient(m_client.get(), u"p"_s);
        DbTreeFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setFilterText(u"needle"_s);
        QCOMPARE(model.filterHitCount(), 0);
        auto project = [](const QString &id, const QString &name) {
            DbProject p;
            p.id = id;
            p.name = name;
            p.status = ResourceStatus::Ready;
            return p;
        };
        auto branch = [](const QString &id, const QString &name, const QString &parent) {
            DbBranch b;
            b.id = id;
            b.name = name;
            b.projectId = u"prj_hay"_s;
            b.parentBranchId = parent;
            b.status = ResourceStatus::Ready;
            return b;
        };
        model.appendProjects({project(u"prj_hay"_s, u"hay"_s), project(u"prj_needle"_s, u"needle-db"_s)}, {});
        QCOMPARE(model.filterHitCount(), 1);
        QCOMPARE(proxy.rowCount(proxy.mapFromSource(model.databasesIndex())), 1);
        // A matching child listed before its parent, then adopted by a parent that does not match.
        model.appendBranches(u"prj_hay"_s, {branch(u"br_child"_s, u"needle-branch"_s, u"br_main"_s)}, {});
        model.appendBranches(u"prj_hay"_s, {branch(u"br_main"_s, u"main"_s, {})}, {});
        QCOMPARE(model.filterHitCount(), 2);
        const QModelIndex hayRow = proxy.mapFromSource(model.indexForId(u"prj_hay"_s));
        QVERIFY(hayRow.isValid());
        const QModelIndex mainRow = proxy.mapFromSource(model.indexForId(u"br_main"_s));
        QVERIFY(mainRow.isValid()); // holds the match now
        QVERIFY(proxy.mapFromSource(model.indexForId(u"br_child"_s)).isValid());
    }

    void createdResourcesAreInsertedAndPolledUntilReady()
    {
        QSignalSpy settled(m_model.get(), &DbTreeModel::resourceSettled);
        const QJsonObject created = call("POST", u"/v1/db/project/create"_s, {{u"name"_s, u"fresh"_s}}).json;
        const DbProject project = *DbProject::fromJson(created);
        QCOMPARE(project.status, ResourceStatus::Provisioning);
        m_model->upsertProject(project);
        const QModelIndex index = m_model->indexForId(project.id);
        QVERIFY(index.isValid());
        QCOMPARE(index.siblingAtColumn(DbTreeModel::StatusColumn).data().toString(), u"provisioning"_s);
        QVERIFY(m_model->poller()->isWatching(project.id));
        // Other watched resources may settle meanwhile: wait for this one.
        const auto settledIds = [&settled] {
            QStringList ids;
            for (const QList<QVariant> &args : settled)
                ids << args.at(0).toString();
            return ids;
        };
        QTRY_VERIFY_WITH_TIMEOUT(settledIds().contains(project.id), 10000);
        QCOMPARE(m_model->indexForId(project.id, DbTreeModel::StatusColumn).data().toString(), u"ready"_s);
        QVERIFY(!m_model->poller()->isWatching(project.id));
    }

    void deletedResourcesAreRemoved()
    {
        const QString leaf = m_lineage.at(2);
        QCOMPARE(call("DELETE", u"/v1/db/branch/delete/"_s + leaf).status, 200);
        m_model->removeResource(leaf);
        QVERIFY(!m_model->indexForId(leaf).isValid());
        QVERIFY(m_model->childBranchIds(m_lineage.at(1)).isEmpty());
        const int before = m_model->loadedCount(m_model->databasesIndex());
        const QString victim = m_model->index(3, 0, m_model->databasesIndex()).data(DbTreeModel::IdRole).toString();
        m_model->removeResource(victim);
        QCOMPARE(m_model->loadedCount(m_model->databasesIndex()), before - 1);
        QVERIFY(!m_model->indexForId(victim).isValid());
    }

    void refreshMergesInPlace()
    {
        const QModelIndex databases = m_model->databasesIndex();
        const QString keep = m_model->index(0, 0, databases).data(DbTreeModel::IdRole).toString();
        const QPersistentModelIndex kept = m_model->indexForId(keep);
        const QString gone = m_model->index(1, 0, databases).data(DbTreeModel::IdRole).toString();
        QCOMPARE(call("DELETE", u"/v1/db/project/delete/"_s + gone).status, 200);
        const QString added =
            call("POST", u"/v1/db/project/create"_s, {{u"name"_s, u"from-elsewhere"_s}}).json.value(u"id"_s).toString();
        m_model->refresh(databases);
        // Other containers may report pages meanwhile (the tester fetches eagerly): wait for
        // the outcome itself.
        QTRY_VERIFY_WITH_TIMEOUT(m_model->indexForId(added).isValid(), 10000);
        QVERIFY(kept.isValid()); // same row object: selection and expansion survive
        QCOMPARE(QModelIndex(kept), m_model->indexForId(keep));
        QVERIFY(!m_model->indexForId(gone).isValid());
        QVERIFY(m_model->indexForId(added).isValid());
    }

    // F5 with more rows loaded than one list call returns: every loaded row is judged by a
    // listing that covered it, nothing vanishes that still exists.
    void refreshKeepsEveryLoadedRowBeyondOnePage()
    {
        auto server = startSandbox();
        QNetworkAccessManager network;
        const QString url = server->baseUrl();
        QStringList ids;
        for (int i = 0; i < 2500; ++i)
            ids << rawCall(network, url, "POST", u"/v1/db/project/create"_s,
                           {{u"name"_s, u"bulk-%1"_s.arg(i, 4, 10, QChar(u'0'))}})
                       .json.value(u"id"_s)
                       .toString();
        ApiTransport transport(&network, QUrl(url));
        transport.setTokenProvider(std::make_shared<StaticTokenProvider>(u"ifr_test_key"_s));
        InfraiDbClient client(&transport);
        DbTreeModel model;
        model.setPageSize(500);
        model.setClient(&client, u"Sandbox"_s);
        const QModelIndex databases = model.databasesIndex();
        while (model.canFetchMore(databases)) {
            QSignalSpy loaded(&model, &DbTreeModel::pageLoaded);
            model.fetchMore(databases);
            QVERIFY(loaded.wait(10000));
        }
        QCOMPARE(model.loadedCount(databases), 2500);
        const QPersistentModelIndex late = model.indexForId(ids.at(2200));
        QVERIFY(late.isValid());
        QCOMPARE(rawCall(network, url, "DELETE", u"/v1/db/project/delete/"_s + ids.at(1800)).status, 200);

        QSignalSpy refreshed(&model, &DbTreeModel::pageLoaded);
        model.refresh(databases);
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(model.loadedCount(databases), 2499);
        QVERIFY(late.isValid());
        QVERIFY(!model.indexForId(ids.at(1800)).isValid());
        QVERIFY(model.indexForId(ids.last()).isValid());
        QVERIFY(!model.canFetchMore(databases));
    }

    // A failed delete retried after a switch to another account whose client landed at the
    // same address fails as cancelled; the first account's project stays.
    void aRetryNeverReachesTheNextAccountAtTheSameAddress()
    {
        SandboxOptions options;
        options.apiKeys = {u"ifr_test_key"_s, u"ifr_second_account"_s};
        auto server = startSandbox(options);
        QNetworkAccessManager network;
        const QString url = server->baseUrl();
        const QString victim = rawCall(network, url, "POST", u"/v1/db/project/create"_s, {{u"name"_s, u"victim"_s}})
                                   .json.value(u"id"_s)
                                   .toString();
        const auto first = accountTransport(&network, url, u"ifr_test_key"_s);
        const auto second = accountTransport(&network, url, u"ifr_second_account"_s);

        DbTreeModel model;
        OperationTracker tracker;
        DbActions actions(&model, &tracker);
        std::optional<InfraiDbClient> client(std::in_place, first.get());
        const InfraiDbClient *firstAddress = &*client;
        actions.setClient(&*client);
        server->faults().addSpec(u"503,path=/v1/db/project/delete"_s);
        QSignalSpy finished(&actions, &DbActions::operationFinished);
        const int operation = actions.deleteProject(victim);
        QVERIFY(finished.wait(20000));
        QCOMPARE(tracker.at(tracker.rowOf(operation)).state, Operation::State::Failed);
        server->faults().clear();

        actions.setClient(nullptr);
        client.reset();
        client.emplace(second.get());
        QCOMPARE(&*client, firstAddress);
        actions.setClient(&*client);
        tracker.retry(operation);
        QCOMPARE(tracker.at(tracker.rowOf(operation)).state, Operation::State::Failed);
        QCOMPARE(tracker.at(tracker.rowOf(operation)).error.kind(), ApiError::Kind::Cancelled);
        QTest::qWait(200);
        QCOMPARE(rawCall(network, url, "GET", u"/v1/db/project/get/"_s + victim).status, 200);
    }

    // A parent_branch cycle from a server neither crashes the tree nor loses a branch: the
    // branches of the loop stay reachable, at the top level, with a warning.
    void aLineageCycleStaysVisibleWithAWarning()
    {
        DbProject project;
        project.id = u"prj_cycle"_s;
        project.name = u"cycle"_s;
        project.status = ResourceStatus::Ready;
        m_model->upsertProject(project);
        auto branch = [&](const QString &id, const QString &parent) {
            DbBranch b;
            b.id = id;
            b.name = id;
            b.projectId = project.id;
            b.parentBranchId = parent;
            b.status = ResourceStatus::Ready;
            m_model->upsertBranch(b);
        };
        branch(u"br_a"_s, u"br_b"_s);
        branch(u"br_b"_s, u"br_a"_s);
        branch(u"br_self"_s, u"br_self"_s);
        branch(u"br_child"_s, u"br_b"_s);
        const QModelIndex group = groupOf(project.id, Kind::BranchesGroup);
        for (const QString &id : {u"br_a"_s, u"br_b"_s, u"br_self"_s, u"br_child"_s}) {
            QModelIndex index = m_model->indexForId(id);
            QVERIFY2(index.isValid(), qPrintable(id));
            int depth = 0;
            while (index.isValid() && index != group && depth < 10) {
                index = index.parent();
                ++depth;
            }
            QVERIFY2(index == group, qPrintable(id)); // reachable from the group
        }
        QCOMPARE(m_model->indexForId(u"br_a"_s).parent(), QModelIndex(group));
        QCOMPARE(m_model->indexForId(u"br_self"_s).parent(), QModelIndex(group));
        auto tip = [&](const QString &id) { return m_model->indexForId(id).data(Qt::ToolTipRole).toString(); };
        QVERIFY(tip(u"br_a"_s).contains(u"loops back"_s));
        QVERIFY(tip(u"br_b"_s).contains(u"loops back"_s));
        QVERIFY(tip(u"br_self"_s).contains(u"loops back"_s));
        QVERIFY(!tip(u"br_child"_s).contains(u"loops back"_s));
        m_model->removeResource(project.id);
        QVERIFY(!m_model->indexForId(u"br_b"_s).isValid());
    }

    // A resource that fails while provisioning is reported as that, with the server's
    // reason, not as a malformed answer.
    void failedProvisioningHasItsOwnMessage()
    {
        auto server = startSandbox(); // real-time clock: the new project stays provisioning
        QNetworkAccessManager network;
        ApiTransport transport(&network, QUrl(server->baseUrl()));
        transport.setTokenProvider(std::make_shared<StaticTokenProvider>(u"ifr_test_key"_s));
        InfraiDbClient client(&transport);
        DbTreeModel model;
        model.setClient(&client, u"Sandbox"_s);
        OperationTracker tracker;
        DbActions actions(&model, &tracker);
        actions.setClient(&client);
        QSignalSpy finished(&actions, &DbActions::operationFinished);
        const int operation = actions.createProject(NewProjectSpec::named(u"doomed"_s));
        QVERIFY(finished.wait(10000));
        const Operation &created = tracker.at(tracker.rowOf(operation));
        QCOMPARE(created.state, Operation::State::Settling);
        DbProject failed = *model.project(created.resultId);
        failed.status = ResourceStatus::Failed;
        failed.error = u"no capacity in the region"_s;
        model.upsertProject(failed);
        emit model.resourceSettled(failed.id, ResourceStatus::Failed); // as the poller reports it
        const Operation &settled = tracker.at(tracker.rowOf(operation));
        QCOMPARE(settled.state, Operation::State::Failed);
        QCOMPARE(settled.error.kind(), ApiError::Kind::ResourceFailed);
        QVERIFY(!settled.error.message().contains(u"JSON"_s));
        QVERIFY(settled.error.message().contains(u"no capacity in the region"_s));
    }

    void pageFailureIsShownAndRecoverable()
    {
        const QString id =
            call("POST", u"/v1/db/project/create"_s, {{u"name"_s, u"flaky"_s}}).json.value(u"id"_s).toString();
        m_model->upsertProject(*DbProject::fromJson(call("GET", u"/v1/db/project/get/"_s + id).json));
        const QModelIndex group = groupOf(id, Kind::SnapshotsGroup);
        m_server->faults().addSpec(u"404,path=/v1/db/snapshot/list,count=1"_s);
        QSignalSpy failed(m_model.get(), &DbTreeModel::loadFailed);
        m_model->fetchMore(group);
        QVERIFY(failed.wait(10000));
        QVERIFY(group.data().toString().contains(u"failed"_s));
        QVERIFY(!group.data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(!m_model->canFetchMore(group));
        m_model->refresh(group);
        QTRY_COMPARE_WITH_TIMEOUT(group.data().toString(), u"Snapshots"_s, 10000);
    }
};

QTEST_MAIN(DbTreeModelTest)
#include "tst_dbtreemodel.moc"
