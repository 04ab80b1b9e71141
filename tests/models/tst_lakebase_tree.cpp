#include "TestSupport.h"

#include "api/ApiTransport.h"
#include "api/lakebase/LakebaseClient.h"
#include "api/lakebase/OperationPoller.h"
#include "auth/TokenProvider.h"
#include "explorer/DbTreeModel.h"
#include "explorer/TreeNode.h"
#include "lakebase/LakebaseActions.h"
#include "lakebase/LakebaseSection.h"
#include "ops/OperationTracker.h"

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;
using Kind = DbTreeModel::NodeKind;

// The Lakebase part of the tree against the demo workspace, under QAbstractItemModelTester:
// projects, branches nested under their source, a branch's endpoints before its Databases
// and Roles, F5 that keeps what the re-list does not cover, Show deleted, and operations
// that update the tree from their response.
class LakebaseTreeTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<LakebaseClient> m_client;
    std::unique_ptr<DbTreeModel> m_tree;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    OperationTracker m_tracker;
    std::unique_ptr<LakebaseActions> m_actions;

    QModelIndex row(const QString &resourceName) const
    {
        return m_tree->indexForId(LakebaseSection::nodeId(resourceName));
    }
    QStringList childNames(const QModelIndex &parent) const
    {
        QStringList names;
        for (int i = 0; i < m_tree->rowCount(parent); ++i)
            names << m_tree->index(i, 0, parent).data().toString();
        return names;
    }
    bool open(const QModelIndex &container)
    {
        if (m_tree->canFetchMore(container))
            m_tree->fetchMore(container);
        return QTest::qWaitFor([&] { return !container.data(DbTreeModel::LoadingRole).toBool(); }, 5000);
    }
    bool succeeded(int operation)
    {
        return QTest::qWaitFor(
            [&] {
                return m_tracker.rowOf(operation) >= 0 &&
                       m_tracker.at(m_tracker.rowOf(operation)).state == Operation::State::Succeeded;
            },
            10000);
    }

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.demo = true;
        options.timeScale = 100;
        options.lakebaseTokens = {u"dapi-tree"_s};
        m_server = startSandbox(options);
        m_transport = std::make_unique<ApiTransport>(&m_network, QUrl(m_server->baseUrl()));
        m_transport->setTokenProvider(std::make_shared<StaticTokenProvider>(u"dapi-tree"_s));
        m_client = std::make_unique<LakebaseClient>(m_transport.get());
        m_tree = std::make_unique<DbTreeModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_tree.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_tree->setLakebaseClient(m_client.get(), u"Workspace"_s);
        m_actions = std::make_unique<LakebaseActions>(m_tree.get(), &m_tracker);
        m_actions->setClient(m_client.get());
        m_actions->poller()->stepMs = 20;
    }

    void projectsBranchesAndEndpoints()
    {
        QVERIFY(open(m_tree->lakebaseIndex()));
        QCOMPARE(m_tree->lakebaseIndex().data().toString(), u"Lakebase"_s);
        // (The model tester opens whatever it walks: wait for those loads to end.)
        QTRY_COMPARE(childNames(m_tree->lakebaseIndex()), (QStringList{u"Orders app"_s, u"Analytics warehouse"_s}));
        const QModelIndex orders = row(u"projects/orders-app"_s);
        QCOMPARE(orders.siblingAtColumn(DbTreeModel::TypeColumn).data().toString(), u"Postgres 17"_s);
        QVERIFY(open(orders));
        // Nested by source: production → staging → dev-alice; only production at the top.
        QCOMPARE(childNames(orders), QStringList{u"production"_s});
        const QModelIndex production = row(u"projects/orders-app/branches/production"_s);
        QVERIFY(production.siblingAtColumn(DbTreeModel::TypeColumn).data().toString().contains(u"default"_s));
        QVERIFY(production.siblingAtColumn(DbTreeModel::TypeColumn).data().toString().contains(u"protected"_s));
        QVERIFY(production.data(Qt::FontRole).value<QFont>().bold());
        const QModelIndex staging = row(u"projects/orders-app/branches/staging"_s);
        QCOMPARE(staging.parent(), production);
        QCOMPARE(row(u"projects/orders-app/branches/dev-alice"_s).parent(), staging);
        QVERIFY(row(u"projects/orders-app/branches/dev-alice"_s)
                    .siblingAtColumn(DbTreeModel::TypeColumn)
                    .data()
                    .toString()
                    .contains(u"expires"_s));
        // A branch opened: its endpoints first, then Databases and Roles, then child branches.
        QVERIFY(open(production));
        QCOMPARE(childNames(production),
                 (QStringList{u"primary"_s, u"read-replica"_s, u"Databases"_s, u"Roles"_s, u"staging"_s}));
        const QModelIndex primary = row(u"projects/orders-app/branches/production/endpoints/primary"_s);
        QCOMPARE(primary.siblingAtColumn(DbTreeModel::TypeColumn).data().toString(), u"read-write · 1–8 CU"_s);
        QCOMPARE(primary.siblingAtColumn(DbTreeModel::StatusColumn).data().toString(), u"active"_s);
        QVERIFY(primary.siblingAtColumn(DbTreeModel::RegionColumn).data().toString().contains(u"lakebase"_s));
        QCOMPARE(row(u"projects/orders-app/branches/production/endpoints/read-replica"_s)
                     .siblingAtColumn(DbTreeModel::TypeColumn)
                     .data()
                     .toString(),
                 u"read-only · 0.5–4 CU"_s);
        const QModelIndex databases = m_tree->index(2, 0, production);
        QCOMPARE(databases.data(DbTreeModel::KindRole).value<Kind>(), Kind::LakebaseDatabases);
        QVERIFY(open(databases));
        QCOMPARE(childNames(databases), QStringList{u"databricks_postgres"_s});
        const QModelIndex roles = m_tree->index(3, 0, production);
        QVERIFY(open(roles));
        QCOMPARE(m_tree->rowCount(roles), 2);
        // A suspended endpoint says so.
        QVERIFY(open(row(u"projects/analytics"_s)));
        QVERIFY(open(row(u"projects/analytics/branches/production"_s)));
        QCOMPARE(row(u"projects/analytics/branches/production/endpoints/primary"_s)
                     .siblingAtColumn(DbTreeModel::StatusColumn)
                     .data()
                     .toString(),
                 u"idle (suspended)"_s);
    }

    void refreshKeepsWhatItsListDoesNotCover()
    {
        const QModelIndex production = row(u"projects/orders-app/branches/production"_s);
        // F5 on a branch re-lists its endpoints: its child branch and groups stay.
        m_tree->refresh(production);
        QTRY_VERIFY(!production.data(DbTreeModel::LoadingRole).toBool());
        QVERIFY(row(u"projects/orders-app/branches/staging"_s).isValid());
        QVERIFY(row(u"projects/orders-app/branches/production/endpoints/primary"_s).isValid());
        // F5 on the project re-lists branches: the endpoints under them stay.
        m_tree->refresh(row(u"projects/orders-app"_s));
        QTRY_VERIFY(!row(u"projects/orders-app"_s).data(DbTreeModel::LoadingRole).toBool());
        QVERIFY(row(u"projects/orders-app/branches/production/endpoints/read-replica"_s).isValid());
        QVERIFY(row(u"projects/orders-app/branches/dev-alice"_s).isValid());
        // What another client deleted goes (production is protected: staging's endpoint).
        const QModelIndex staging = row(u"projects/orders-app/branches/staging"_s);
        QVERIFY(open(staging));
        QVERIFY(row(u"projects/orders-app/branches/staging/endpoints/staging-rw"_s).isValid());
        QCOMPARE(rawCall(m_network, m_server->baseUrl(), "DELETE",
                         u"/api/2.0/postgres/projects/orders-app/branches/staging/endpoints/staging-rw"_s, {},
                         u"dapi-tree"_s)
                     .status,
                 200);
        m_tree->refresh(staging);
        QTRY_VERIFY(!row(u"projects/orders-app/branches/staging/endpoints/staging-rw"_s).isValid());
        QVERIFY(row(u"projects/orders-app/branches/dev-alice"_s).isValid());
    }

    void operationsUpdateTheTree()
    {
        LakebaseClient::NewProject spec;
        spec.id = u"inventory"_s;
        spec.displayName = u"Inventory"_s;
        const int created = m_actions->createProject(spec);
        QCOMPARE(m_tracker.at(m_tracker.rowOf(created)).kind, Operation::Kind::CreateProject);
        QVERIFY(succeeded(created));
        QVERIFY(row(u"projects/inventory"_s).isValid());
        QTRY_COMPARE(row(u"projects/inventory"_s).data().toString(), u"Inventory"_s);
        QVERIFY(succeeded(m_actions->renameProject(u"inventory"_s, u"Inventory (EU)"_s)));
        QCOMPARE(row(u"projects/inventory"_s).data().toString(), u"Inventory (EU)"_s);
        QVERIFY(open(row(u"projects/inventory"_s)));
        LakebaseClient::NewBranch branch;
        branch.project = u"inventory"_s;
        branch.id = u"feature"_s;
        branch.sourceBranch = u"projects/inventory/branches/production"_s;
        QVERIFY(succeeded(m_actions->createBranch(branch)));
        QCOMPARE(row(u"projects/inventory/branches/feature"_s).parent(),
                 row(u"projects/inventory/branches/production"_s));
        // Deleted: gone from view; Show deleted brings it back, marked; undelete restores it.
        QVERIFY(succeeded(m_actions->remove(u"projects/inventory/branches/feature"_s)));
        QTRY_VERIFY(!row(u"projects/inventory/branches/feature"_s).isValid());
        m_tree->lakebase()->setShowDeleted(true);
        QTRY_VERIFY(row(u"projects/inventory/branches/feature"_s).isValid());
        const QModelIndex deleted = row(u"projects/inventory/branches/feature"_s);
        QCOMPARE(deleted.siblingAtColumn(DbTreeModel::StatusColumn).data().toString(), u"deleted"_s);
        QVERIFY(deleted.data(Qt::ToolTipRole).toString().contains(u"undeleted"_s));
        QVERIFY(succeeded(m_actions->undelete(u"projects/inventory/branches/feature"_s)));
        QTRY_COMPARE(
            row(u"projects/inventory/branches/feature"_s).siblingAtColumn(DbTreeModel::StatusColumn).data().toString(),
            u"ready"_s);
        m_tree->lakebase()->setShowDeleted(false);
        QTest::qWait(200);
        QVERIFY(row(u"projects/inventory/branches/feature"_s).isValid()); // not deleted any more: stays
        // A failed operation says why, with the service's code.
        QVERIFY(m_server->faults().addSpec(u"operror,path=/api/2.0/postgres/projects/inventory,count=1"_s).isEmpty());
        const int failing = m_actions->renameProject(u"inventory"_s, u"Never"_s);
        QTRY_COMPARE(m_tracker.at(m_tracker.rowOf(failing)).state, Operation::State::Failed);
        QCOMPARE(m_tracker.at(m_tracker.rowOf(failing)).error.code(), u"INTERNAL_ERROR"_s);
        QCOMPARE(row(u"projects/inventory"_s).data().toString(), u"Inventory (EU)"_s);
        // Its retry sends it again, and this time it goes through.
        m_tracker.retry(failing);
        QVERIFY(succeeded(failing));
        QCOMPARE(row(u"projects/inventory"_s).data().toString(), u"Never"_s);
    }

    void aRefusedCreateStaysRefusedOnRetry()
    {
        // ALREADY_EXISTS after a clear refusal is no lost answer: Retry does not turn it into a success.
        LakebaseClient::NewProject spec;
        spec.id = u"orders-app"_s; // the demo has it
        const int created = m_actions->createProject(spec);
        QTRY_COMPARE(m_tracker.at(m_tracker.rowOf(created)).state, Operation::State::Failed);
        QCOMPARE(m_tracker.at(m_tracker.rowOf(created)).error.code(), u"ALREADY_EXISTS"_s);
        m_tracker.retry(created);
        QTRY_COMPARE(m_tracker.at(m_tracker.rowOf(created)).state, Operation::State::Failed);
        QCOMPARE(m_tracker.at(m_tracker.rowOf(created)).error.code(), u"ALREADY_EXISTS"_s);
    }

    void aReconnectEndsTheOperationsItFollowed()
    {
        m_actions->poller()->stepMs = 60000; // the operation stays settling
        LakebaseClient::NewProject spec;
        spec.id = u"interrupted"_s;
        const int created = m_actions->createProject(spec);
        QTRY_COMPARE(m_tracker.at(m_tracker.rowOf(created)).state, Operation::State::Settling);
        m_actions->setClient(m_client.get()); // as a reconnect does
        QCOMPARE(m_tracker.at(m_tracker.rowOf(created)).state, Operation::State::Failed);
        QCOMPARE(m_tracker.at(m_tracker.rowOf(created)).error.kind(), ApiError::Kind::Cancelled);
        QCOMPARE(m_tracker.inFlightCount(), 0);
        m_actions->poller()->stepMs = 20;
    }

    void showDeletedSettlesOnTheLastChoice()
    {
        // A branch deleted elsewhere, then the switch flipped twice before any answer.
        QVERIFY(open(row(u"projects/inventory"_s)));
        LakebaseClient::NewBranch branch;
        branch.project = u"inventory"_s;
        branch.id = u"scratch"_s;
        QVERIFY(succeeded(m_actions->createBranch(branch)));
        QVERIFY(succeeded(m_actions->remove(u"projects/inventory/branches/scratch"_s)));
        QTRY_VERIFY(!row(u"projects/inventory/branches/scratch"_s).isValid());
        m_tree->lakebase()->setShowDeleted(true);
        m_tree->lakebase()->setShowDeleted(false);
        m_tree->lakebase()->setShowDeleted(true);
        QTRY_VERIFY(row(u"projects/inventory/branches/scratch"_s).isValid());
        QTest::qWait(300); // every list in flight has answered
        QVERIFY(row(u"projects/inventory/branches/scratch"_s).isValid());
        // A deleted branch lists nothing: no arrow, no load (the service would say 404).
        const QModelIndex deleted = row(u"projects/inventory/branches/scratch"_s);
        QVERIFY(!m_tree->canFetchMore(deleted));
        for (int i = 0; i < m_tree->rowCount(deleted); ++i) { // its Databases and Roles
            QVERIFY(!m_tree->canFetchMore(m_tree->index(i, 0, deleted)));
            QVERIFY(!m_tree->hasChildren(m_tree->index(i, 0, deleted)));
        }
        m_tree->lakebase()->setShowDeleted(false);
        m_tree->lakebase()->setShowDeleted(true);
        m_tree->lakebase()->setShowDeleted(false);
        QTRY_VERIFY(!row(u"projects/inventory/branches/scratch"_s).isValid());
        QTest::qWait(300);
        QVERIFY(!row(u"projects/inventory/branches/scratch"_s).isValid());
    }

    int projectsNamed(const QString &name)
    {
        int made = 0;
        for (const QJsonValue &project : rawCall(m_network, m_server->baseUrl(), "GET",
                                                 u"/api/2.0/postgres/projects?page_size=100"_s, {}, u"dapi-tree"_s)
                                             .json.value(u"projects"_s)
                                             .toArray())
            made += project.toObject().value(u"name"_s).toString() == name;
        return made;
    }

    void aLostCreateAnswerMakesOneProject()
    {
        // The answer is lost after the project was made; the network layer sends the POST
        // again and meets ALREADY_EXISTS. The id was free before: the project is ours.
        QVERIFY(
            m_server->faults().addSpec(u"drop,after,path=/api/2.0/postgres/projects,method=POST,count=1"_s).isEmpty());
        LakebaseClient::NewProject spec;
        spec.id = u"lost-answer"_s;
        const int created = m_actions->createProject(spec);
        QVERIFY2(succeeded(created), qPrintable(m_tracker.at(m_tracker.rowOf(created)).error.details()));
        QTRY_VERIFY(row(u"projects/lost-answer"_s).isValid());
        QCOMPARE(projectsNamed(u"projects/lost-answer"_s), 1);
    }

    void aRetriedCreateFindsWhatTheFirstMade()
    {
        // Every answer lost (the resend's too): the operation fails without knowing; its
        // Retry finds the project the first try made, and makes no second one.
        QVERIFY(m_server->faults()
                    .addSpec(u"drop,after,path=/api/2.0/postgres/projects,method=POST,count=2;"
                             u"drop,path=/api/2.0/postgres/projects,method=POST,count=2"_s)
                    .isEmpty());
        LakebaseClient::NewProject spec;
        spec.id = u"lost-twice"_s;
        const int created = m_actions->createProject(spec);
        QTRY_COMPARE(m_tracker.at(m_tracker.rowOf(created)).state, Operation::State::Failed);
        QVERIFY2(m_tracker.at(m_tracker.rowOf(created)).error.isTransient(),
                 qPrintable(m_tracker.at(m_tracker.rowOf(created)).error.details()));
        m_server->faults().clear();
        m_tracker.retry(created);
        QVERIFY2(succeeded(created), qPrintable(m_tracker.at(m_tracker.rowOf(created)).error.details()));
        QTRY_VERIFY(row(u"projects/lost-twice"_s).isValid());
        QCOMPARE(projectsNamed(u"projects/lost-twice"_s), 1);
    }
};

QTEST_GUILESS_MAIN(LakebaseTreeTest)
#include "tst_lakebase_tree.moc"
