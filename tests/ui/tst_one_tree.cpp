#include "ConsoleFixture.h"

#include "Confirm.h"
#include "ConnectionStatusWidget.h"
#include "DetailsPane.h"
#include "ExplorerWidget.h"
#include "ProfileManagerDialog.h"
#include "db/DbActions.h"
#include "explorer/DbTreeFilterProxy.h"
#include "explorer/DbTreeModel.h"
#include "explorer/ProfilesTreeModel.h"
#include "ops/OperationTracker.h"
#include "queue/QueueInspector.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using State = ProfilesTreeModel::State;

// Every connection in one tree: two sandboxes with different data side by side, each
// profile connecting when opened and everything scoped to its own profile.
class OneTreeTest : public ConsoleUiTest
{
    Q_OBJECT

public:
    OneTreeTest() : ConsoleUiTest(u"infrai-console-onetreetest"_s) {}

private:
    std::unique_ptr<SandboxServer> m_staging; // the second account (m_server is the first)
    QString m_stagingId;

    ExplorerWidget *explorer() const { return m_window->explorer(); }
    ProfilesTreeModel *profiles() const { return explorer()->profiles(); }
    ProfileSession *session(const QString &id) const { return explorer()->session(id); }
    static int count(SandboxServer &server, const QString &table)
    {
        return server.store().scalar(u"SELECT count(*) FROM "_s + table).toInt();
    }
    QModelIndex profileRow(const QString &id) const
    {
        return explorer()->proxy()->mapFromSource(profiles()->profileIndex(id));
    }
    bool online(const QString &id) const
    {
        const ProfileSession *s = session(id);
        // Connected, and its first page of projects in (the list may be empty).
        return s && s->isAttached() && !s->tree()->databasesIndex().data(DbTreeModel::LoadingRole).toBool() &&
               !s->tree()->canFetchMore(s->tree()->databasesIndex());
    }
    bool triggerProfileMenu(const QString &profileId, const QString &name)
    {
        return triggerTreeMenu(profileRow(profileId), name);
    }

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.demo = true;
        options.timeScale = 100;
        QVERIFY(openConsole(u"tst_one_tree"_s, options, QSize(1024, 700)));
        m_staging = startSandbox({});
        for (const QString &name : {u"staging-api"_s, u"staging-events"_s})
            QCOMPARE(rawCall(m_network, m_staging->baseUrl(), "POST", u"/v1/db/project/create"_s, {{u"name"_s, name}})
                         .status,
                     200);
        QCOMPARE(
            rawCall(m_network, m_staging->baseUrl(), "POST", u"/v1/queue/create"_s, {{u"name"_s, u"orders"_s}}).status,
            200);
        Profile staging;
        staging.id = Profile::newId();
        staging.name = u"Staging"_s;
        staging.baseUrl = QUrl(m_staging->baseUrl());
        m_stagingId = staging.id;
        QVERIFY(m_profiles->save(staging).isEmpty());
        m_secrets.keepForSession(staging.id, u"api-key"_s, u"ifr_test_key"_s);
    }

    void cleanupTestCase()
    {
        Confirm::setAnswerer(nullptr);
        m_window.reset();
        m_server.reset();
        m_staging.reset();
    }

    void aClosedProfileCostsNothing()
    {
        // The new profile is a row, not a connection: no key read, no request.
        QTRY_VERIFY(profiles()->profileIndex(m_stagingId).isValid());
        QCOMPARE(profiles()->state(m_stagingId), State::NotConnected);
        QVERIFY(!session(m_stagingId)->isOpen());
        QCOMPARE(m_staging->hits(u"discovery"_s) + m_staging->hits(u"db.project.list"_s), 0);
        QCOMPARE(explorer()->proxy()->rowCount(profileRow(m_stagingId)), 0);
        // A filter that shows its row (and expands what matches) does not connect it either.
        explorer()->filterEdit()->setText(u"staging"_s);
        QTRY_COMPARE(explorer()->proxy()->filterText(), u"staging"_s);
        QTest::qWait(300);
        QVERIFY(!session(m_stagingId)->isOpen());
        explorer()->filterEdit()->clear();
        QTRY_VERIFY(explorer()->proxy()->filterText().isEmpty());
        QTest::qWait(300);
        QVERIFY(!session(m_stagingId)->isOpen());
        QCOMPARE(m_staging->hits(u"discovery"_s) + m_staging->hits(u"db.project.list"_s), 0);
    }

    void expandingAProfileConnectsItAndShowsItsOwnTree()
    {
        explorer()->tree()->expand(profileRow(m_stagingId)); // as a click on its arrow does
        QTRY_VERIFY_WITH_TIMEOUT(online(m_stagingId), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(online(m_profileId), 20000);
        QCOMPARE(profiles()->state(m_stagingId), State::Online);
        const DbTreeModel *staging = session(m_stagingId)->tree();
        const DbTreeModel *production = session(m_profileId)->tree();
        QCOMPARE(staging->loadedCount(staging->databasesIndex()), 2);
        QVERIFY(production->loadedCount(production->databasesIndex()) >= 8);
        // Each under its own row, both visible at once.
        const QModelIndex stagingDatabases = explorer()->toView(staging->databasesIndex());
        QCOMPARE(stagingDatabases.parent(), profileRow(m_stagingId));
        QCOMPARE(explorer()->toView(production->databasesIndex()).parent(), profileRow(m_profileId));
        QVERIFY(explorer()->tree()->isExpanded(stagingDatabases));
        QVERIFY(explorer()->tree()->isExpanded(explorer()->toView(production->databasesIndex())));
        QTRY_VERIFY(m_window->profileCounts()->text().contains(u"2 online"_s));
        // A profile's row shows the account in Details.
        explorer()->tree()->setCurrentIndex(profileRow(m_stagingId));
        QCOMPARE(explorer()->details()->findChild<QLabel *>()->text(), u"Staging"_s);
        saveShot(m_window.get(), u"two-profiles"_s);
    }

    void actionsReachOnlyTheirOwnProfile()
    {
        const int productionBefore = count(*m_server, u"projects"_s);
        const int stagingBefore = count(*m_staging, u"projects"_s);
        // Choose a row of Staging: the toolbar's actions act there.
        const DbTreeModel *staging = session(m_stagingId)->tree();
        explorer()->tree()->setCurrentIndex(explorer()->toView(staging->index(0, 0, staging->databasesIndex())));
        QCOMPARE(explorer()->currentSession()->id(), m_stagingId);
        OperationTracker *ops = m_window->operations();
        const int made = explorer()->actions()->createProject(NewProjectSpec::named(u"made-in-staging"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!ops->at(ops->rowOf(made)).inFlight(), 20000);
        QCOMPARE(ops->at(ops->rowOf(made)).state, Operation::State::Succeeded);
        QCOMPARE(ops->at(ops->rowOf(made)).profile.name, u"Staging"_s);
        QCOMPARE(count(*m_staging, u"projects"_s), stagingBefore + 1);
        QCOMPARE(count(*m_server, u"projects"_s), productionBefore);
        QTRY_VERIFY(staging->loadedCount(staging->databasesIndex()) == 3);
        // The request log says who sent what.
        bool stagingLogged = false;
        for (int i = 0; i < m_log.size(); ++i)
            stagingLogged |= m_log.at(i).source == u"Staging"_s && m_log.at(i).method == "POST";
        QVERIFY(stagingLogged);
        // The same queue name in both: each tab says whose it is.
        QueueInspector *stagingOrders = explorer()->openQueue(u"orders"_s);
        QVERIFY(stagingOrders);
        QCOMPARE(stagingOrders->profileId(), m_stagingId);
        const DbTreeModel *production = session(m_profileId)->tree();
        explorer()->tree()->setCurrentIndex(explorer()->toView(production->databasesIndex()));
        QueueInspector *productionOrders = explorer()->openQueue(u"orders"_s);
        QVERIFY(productionOrders && productionOrders != stagingOrders);
        QCOMPARE(productionOrders->profileId(), m_profileId);
        QTabWidget *tabs = explorer()->tabs();
        QCOMPARE(tabs->tabText(tabs->indexOf(stagingOrders)), u"orders — Staging"_s);
        QCOMPARE(tabs->tabText(tabs->indexOf(productionOrders)), u"orders — Sandbox"_s);
        delete productionOrders;
        delete stagingOrders;
    }

    void oneSandboxGoneLeavesTheOtherOnline()
    {
        const QUrl stagingUrl(m_staging->baseUrl());
        m_staging.reset(); // the staging service goes away
        session(m_stagingId)->connection()->retryNow();
        explorer()->tree()->setCurrentIndex(profileRow(m_stagingId));
        m_window->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(profiles()->state(m_stagingId), State::Unreachable, 20000);
        QCOMPARE(profiles()->state(m_profileId), State::Online);
        QTRY_VERIFY(m_window->profileCounts()->text().contains(u"1 unreachable"_s));
        QVERIFY(m_window->profileCounts()->text().contains(u"1 online"_s));
        // The count jumps to the profile that needs a look.
        explorer()->tree()->setCurrentIndex(explorer()->toView(session(m_profileId)->tree()->databasesIndex()));
        emit m_window->profileCounts()->linkActivated(QString::number(int(State::Unreachable)));
        QCOMPARE(explorer()->currentSession()->id(), m_stagingId);
        // Back on the same port: it recovers by itself.
        SandboxOptions again;
        again.port = quint16(stagingUrl.port());
        m_staging = startSandbox(again);
        QTRY_COMPARE_WITH_TIMEOUT(profiles()->state(m_stagingId), State::Online, 30000);
    }

    void profileMenuConnectsDisconnectsDuplicatesAndRemoves()
    {
        QVERIFY(triggerProfileMenu(m_stagingId, u"disconnectProfileAction"_s));
        QTRY_COMPARE(profiles()->state(m_stagingId), State::NotConnected);
        QVERIFY(!session(m_stagingId)->isOpen());
        QCOMPARE(explorer()->proxy()->rowCount(profileRow(m_stagingId)), 0);
        QVERIFY(triggerProfileMenu(m_stagingId, u"connectProfileAction"_s));
        QTRY_VERIFY_WITH_TIMEOUT(online(m_stagingId), 20000);

        // Duplicate: a copy with its own id, and the key copied keychain to keychain.
        const int before = int(m_profiles->profiles().size());
        QVERIFY(triggerProfileMenu(m_stagingId, u"duplicateProfileAction"_s));
        QTRY_COMPARE(int(m_profiles->profiles().size()), before + 1);
        const std::optional<Profile> copy = m_profiles->findByName(u"Staging (copy)"_s);
        QVERIFY(copy && copy->id != m_stagingId && copy->baseUrl == m_profiles->find(m_stagingId)->baseUrl);
        QVERIFY(profiles()->profileIndex(copy->id).isValid());
        QPointer<ProfileManagerDialog> dialog = openDialog<ProfileManagerDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->nameEdit()->text(), u"Staging (copy)"_s);
        dialog->close();
        QTRY_VERIFY(!dialog);              // gone (it deletes itself on close)
        explorer()->openProfile(copy->id); // its key came along: it connects
        QTRY_VERIFY_WITH_TIMEOUT(online(copy->id), 20000);

        // Edit opens the dialog on that profile.
        QVERIFY(triggerProfileMenu(m_stagingId, u"editProfileAction"_s));
        dialog = openDialog<ProfileManagerDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->nameEdit()->text(), u"Staging"_s);
        dialog->close();
        QTRY_VERIFY(!dialog);

        // Remove asks, then the row and its session go.
        QString asked;
        Confirm::setAnswerer([&asked](QWidget *, const QString &, const QString &text) {
            asked = text;
            return true;
        });
        QVERIFY(triggerProfileMenu(copy->id, u"removeProfileAction"_s));
        QTRY_VERIFY(!m_profiles->find(copy->id));
        Confirm::setAnswerer(nullptr);
        QVERIFY(asked.contains(u"Staging (copy)"_s));
        QVERIFY(!profiles()->profileIndex(copy->id).isValid());
        QVERIFY(!session(copy->id));
        if (auto *open = m_window->findChild<ProfileManagerDialog *>())
            open->close();
    }

    void inChinese()
    {
        m_language.apply(u"zh_CN"_s);
        QTRY_COMPARE(profiles()->profileIndex(m_stagingId, DbTreeModel::StatusColumn).data().toString(), u"在线"_s);
        QTRY_VERIFY(m_window->profileCounts()->text().contains(u"2 个在线"_s));
        QCOMPARE(profiles()->profileIndex(m_stagingId, DbTreeModel::TypeColumn).data().toString(), u"infrai 账户"_s);
        saveShot(m_window.get(), u"two-profiles-zh_CN"_s);
        m_language.apply(u"en"_s);
        QTRY_COMPARE(profiles()->profileIndex(m_stagingId, DbTreeModel::StatusColumn).data().toString(), u"online"_s);
    }

    // Open profiles open again on the next start; closed ones stay closed and silent.
    void openProfilesComeBackAfterARestart()
    {
        Profile idle;
        idle.id = Profile::newId();
        idle.name = u"Idle"_s;
        idle.baseUrl = QUrl(m_staging->baseUrl());
        QVERIFY(m_profiles->save(idle).isEmpty());
        QTRY_VERIFY(session(idle.id));
        m_window->close(); // saves what is open
        m_window.reset();
        m_window =
            std::make_unique<MainWindow>(AppContext{&m_network, m_profiles.get(), &m_secrets, &m_log, &m_language});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(online(m_profileId) && online(m_stagingId), 20000);
        QVERIFY(!session(idle.id)->isOpen());
        QCOMPARE(profiles()->state(idle.id), State::NotConnected);
        m_profiles->remove(idle.id);
    }
};

QTEST_MAIN(OneTreeTest)
#include "tst_one_tree.moc"
