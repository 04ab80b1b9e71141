#include "TestSupport.h"

#include "api/ApiTransport.h"
#include "api/db/InfraiDbClient.h"
#include "api/queue/InfraiQueueClient.h"
#include "auth/TokenProvider.h"
#include "explorer/DbTreeFilterProxy.h"
#include "explorer/DbTreeModel.h"
#include "explorer/ProfilesTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

using Kind = DbTreeModel::NodeKind;

// Every profile at the top level, each with its own tree beneath: two sandboxes with
// different data, checked by QAbstractItemModelTester through attach, paging, a reconnect
// (reset), filtering, detach and removal.
class ProfilesTreeTest : public QObject
{
    Q_OBJECT

private:
    struct Account
    {
        std::unique_ptr<SandboxServer> server;
        std::unique_ptr<ApiTransport> transport;
        std::unique_ptr<InfraiDbClient> db;
        std::unique_ptr<InfraiQueueClient> queues;
        std::unique_ptr<DbTreeModel> tree;
        Profile profile;
    };
    QNetworkAccessManager m_network;
    Account m_a, m_b;
    ProfilesTreeModel m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void open(Account &account, const QString &name, bool demo)
    {
        SandboxOptions options;
        options.demo = demo;
        account.server = startSandbox(options);
        account.transport = std::make_unique<ApiTransport>(&m_network, QUrl(account.server->baseUrl()));
        account.transport->setTokenProvider(std::make_shared<StaticTokenProvider>(u"ifr_test_key"_s));
        account.db = std::make_unique<InfraiDbClient>(account.transport.get());
        account.queues = std::make_unique<InfraiQueueClient>(account.transport.get());
        account.tree = std::make_unique<DbTreeModel>();
        account.profile.id = Profile::newId();
        account.profile.name = name;
        account.profile.baseUrl = QUrl(account.server->baseUrl());
    }
    static QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
    {
        QStringList names;
        for (int row = 0; row < model.rowCount(parent); ++row)
            names << model.index(row, 0, parent).data().toString();
        return names;
    }
    QModelIndex child(const QModelIndex &parent, Kind kind)
    {
        for (int row = 0; row < m_model.rowCount(parent); ++row)
            if (m_model.index(row, 0, parent).data(DbTreeModel::KindRole).value<Kind>() == kind)
                return m_model.index(row, 0, parent);
        return {};
    }

private slots:
    void initTestCase()
    {
        open(m_a, u"Production"_s, true);
        open(m_b, u"Staging"_s, false);
        QCOMPARE(rawCall(m_network, m_b.server->baseUrl(), "POST", u"/v1/db/project/create"_s,
                         {{u"name"_s, u"staging-only"_s}})
                     .status,
                 200);
    }

    void profilesAreTheTopLevelAndCostNothingUntilOpened()
    {
        m_model.setProfiles({m_a.profile, m_b.profile});
        QCOMPARE(childNames(m_model, {}), (QStringList{u"Production"_s, u"Staging"_s}));
        const QModelIndex a = m_model.profileIndex(m_a.profile.id);
        QVERIFY(m_model.hasChildren(a)); // expandable
        QCOMPARE(m_model.rowCount(a), 0);
        QCOMPARE(m_model.index(0, DbTreeModel::StatusColumn).data().toString(), u"not connected"_s);
        // A view laying the row out does not connect it (the explorer does, on the operator's
        // own expand); nothing was sent to either sandbox.
        QVERIFY(!m_model.canFetchMore(a));
        m_model.fetchMore(a);
        QCOMPARE(m_a.server->hits(u"db.project.list"_s), 0);
        QCOMPARE(m_b.server->hits(u"db.project.list"_s), 0);
        // From here on every change is checked (the tester also fetches eagerly).
        m_tester = std::make_unique<QAbstractItemModelTester>(&m_model,
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void eachProfileShowsItsOwnTree()
    {
        m_model.setState(m_a.profile.id, ProfilesTreeModel::State::Online);
        m_a.tree->setClient(m_a.db.get(), m_a.profile.name, m_a.queues.get());
        m_model.setTree(m_a.profile.id, m_a.tree.get());
        m_b.tree->setClient(m_b.db.get(), m_b.profile.name, m_b.queues.get());
        m_model.setTree(m_b.profile.id, m_b.tree.get());
        const QModelIndex a = m_model.profileIndex(m_a.profile.id);
        const QModelIndex b = m_model.profileIndex(m_b.profile.id);
        QCOMPARE(m_model.index(0, DbTreeModel::StatusColumn).data().toString(), u"online"_s);
        QCOMPARE(m_model.rowCount(a), 2); // Databases, Queues
        const QModelIndex databasesA = child(a, Kind::DatabasesGroup);
        const QModelIndex databasesB = child(b, Kind::DatabasesGroup);
        QVERIFY(databasesA.isValid() && databasesB.isValid());
        QCOMPARE(m_model.mapToTree(databasesA), m_a.tree->databasesIndex());
        QCOMPARE(m_model.mapFromTree(m_b.tree->databasesIndex()), databasesB);
        for (const QModelIndex &group : {databasesA, databasesB})
            if (m_model.canFetchMore(group)) // (the model tester may have asked already)
                m_model.fetchMore(group);
        QTRY_VERIFY_WITH_TIMEOUT(m_model.rowCount(databasesA) > 2 && m_model.rowCount(databasesB) == 1, 10000);
        QCOMPARE(childNames(m_model, databasesB), QStringList{u"staging-only"_s});
        QVERIFY(!childNames(m_model, databasesA).contains(u"staging-only"_s));
        // Each row knows its profile, and maps back to its own tree.
        const QModelIndex stagingOnly = m_model.index(0, 0, databasesB);
        QCOMPARE(m_model.profileIdOf(stagingOnly), m_b.profile.id);
        QCOMPARE(m_model.treeOf(stagingOnly), m_b.tree.get());
        QCOMPARE(m_model.mapToTree(stagingOnly).data().toString(), u"staging-only"_s);
        QCOMPARE(m_model.parent(stagingOnly), databasesB);
        QCOMPARE(m_model.parent(databasesB), b);
    }

    void liveChangesPassThrough()
    {
        const QModelIndex databasesB = child(m_model.profileIndex(m_b.profile.id), Kind::DatabasesGroup);
        DbProject extra;
        extra.id = u"prj_extra"_s;
        extra.name = u"added-live"_s;
        extra.status = ResourceStatus::Provisioning;
        QSignalSpy inserted(&m_model, &QAbstractItemModel::rowsInserted);
        m_b.tree->upsertProject(extra);
        QVERIFY(inserted.size() >= 1);
        QVERIFY(childNames(m_model, databasesB).contains(u"added-live"_s));
        QSignalSpy changed(&m_model, &QAbstractItemModel::dataChanged);
        extra.status = ResourceStatus::Ready;
        m_b.tree->upsertProject(extra);
        QVERIFY(!changed.isEmpty());
        m_b.tree->removeResource(extra.id);
        QVERIFY(!childNames(m_model, databasesB).contains(u"added-live"_s));
    }

    void filterReachesEveryTree()
    {
        DbTreeFilterProxy proxy;
        proxy.setSourceModel(&m_model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setFilterText(u"staging-only"_s);
        QCOMPARE(proxy.rowCount(), 1); // Production has no match
        QCOMPARE(proxy.index(0, 0).data().toString(), u"Staging"_s);
        proxy.setFilterText(u"production"_s); // a profile's own name
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText({});
        QCOMPARE(proxy.rowCount(), 2);
    }

    void reconnectAndDetachReplaceTheRows()
    {
        const QModelIndex a = m_model.profileIndex(m_a.profile.id);
        const QPersistentModelIndex oldGroup = child(a, Kind::DatabasesGroup);
        m_a.tree->setClient(m_a.db.get(), m_a.profile.name, m_a.queues.get()); // a new connection: reset
        QVERIFY(!oldGroup.isValid());
        QCOMPARE(m_model.rowCount(a), 2);
        m_model.setTree(m_a.profile.id, nullptr);
        QCOMPARE(m_model.rowCount(a), 0);
        m_model.setState(m_a.profile.id, ProfilesTreeModel::State::NotConnected);
        QCOMPARE(m_model.index(a.row(), DbTreeModel::StatusColumn).data().toString(), u"not connected"_s);
        QVERIFY(m_model.hasChildren(a)); // still expandable, to connect again
    }

    void removedProfilesLeave()
    {
        m_model.setProfiles({m_b.profile});
        QCOMPARE(m_model.rowCount(), 1);
        QCOMPARE(m_model.profileIds(), QStringList{m_b.profile.id});
        Profile renamed = m_b.profile;
        renamed.name = u"Staging EU"_s;
        m_model.setProfiles({renamed, m_a.profile});
        QCOMPARE(childNames(m_model, {}), (QStringList{u"Staging EU"_s, u"Production"_s}));
        QVERIFY(m_model.rowCount(m_model.profileIndex(m_b.profile.id)) > 0); // its tree stayed
    }
};

QTEST_MAIN(ProfilesTreeTest)
#include "tst_profilestree.moc"
