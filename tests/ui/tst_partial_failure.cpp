#include "ConsoleFixture.h"

#include "Confirm.h"
#include "ConnectionProblemPage.h"
#include "ConnectionStatusWidget.h"
#include "ExplorerWidget.h"
#include "LoadProblemBanner.h"
#include "ProfileManagerDialog.h"
#include "api/RecoverySchedule.h"
#include "db/DbActions.h"
#include "explorer/DbTreeFilterProxy.h"
#include "explorer/DbTreeModel.h"
#include "ops/OperationTracker.h"
#include "profiles/ServiceHealth.h"
#include "queue/DlqBrowser.h"
#include "queue/DlqModel.h"
#include "queue/QueueInspector.h"
#include "queue/QueueOverviewPage.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Qt::StringLiterals;

// One failing call must not blank the console: against the sandbox with faults on one list
// at a time, the rest loads, the failing list says so where its rows would be, the status
// bar names it, and everything recovers by itself once the faults are cleared. A sandbox
// killed and started again is found gone and back without a click.
class PartialFailureTest : public ConsoleUiTest
{
    Q_OBJECT

public:
    PartialFailureTest() : ConsoleUiTest(u"infrai-console-partialtest"_s) {}

private:
    DbTreeModel *model() const { return m_window->explorer()->model(); }
    Connection *connection() const { return m_window->connection(); }
    QString statusText() const { return m_window->statusWidget()->text(); }

    static QModelIndex problemRow(const QModelIndex &container)
    {
        const QAbstractItemModel *model = container.model();
        for (int row = 0; model && row < model->rowCount(container); ++row) {
            const QModelIndex child = model->index(row, 0, container);
            if (child.data(DbTreeModel::KindRole).value<DbTreeModel::NodeKind>() == DbTreeModel::NodeKind::Problem)
                return child;
        }
        return {};
    }
    bool setFaults(const QString &spec)
    {
        return spec.isEmpty() ? call("DELETE", u"/_sandbox/faults"_s).status == 200
                              : call("POST", u"/_sandbox/faults"_s, {{u"spec"_s, spec}}).status == 200;
    }
    // A fresh connection to the same profile: the state a new start would see.
    void reconnect()
    {
        m_window->explorer()->closeProfile(m_profileId);
        m_window->activateProfile(m_profileId);
    }

private slots:
    void initTestCase()
    {
        RecoverySchedule::setDefaultBaseDelayMs(300); // the real 2 s, shortened for the suite
        SandboxOptions options;
        options.demo = true;
        options.timeScale = 100;
        QVERIFY(openConsole(u"tst_partial_failure"_s, options, QSize(1024, 700)));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_server.reset();
    }

    void cleanup()
    {
        setFaults({}); // a failed check leaves none behind for the next
    }

    void oneFailingListLeavesTheRestWorkingAndRecovers_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("area");
        QTest::addColumn<QString>("said");
        for (const auto &[path, area] :
             {std::pair{u"/v1/db/project/list"_s, u"databases"_s}, std::pair{u"/v1/queue/list"_s, u"queues"_s}}) {
            QTest::addRow("malformed %s", qPrintable(area)) << path << u"malformed"_s << area << u"malformed"_s;
            QTest::addRow("503 %s", qPrintable(area)) << path << u"503"_s << area << u"HTTP 503"_s;
            QTest::addRow("drop %s", qPrintable(area)) << path << u"drop"_s << area << u"dropped"_s;
        }
    }

    void oneFailingListLeavesTheRestWorkingAndRecovers()
    {
        QFETCH(QString, path);
        QFETCH(QString, fault);
        QFETCH(QString, area);
        QFETCH(QString, said);
        QVERIFY(setFaults(fault + u",path="_s + path));
        reconnect();
        const bool databasesFail = area == u"databases";
        auto failing = [&] { return databasesFail ? model()->databasesIndex() : model()->queuesIndex(); };
        auto healthy = [&] { return databasesFail ? model()->queuesIndex() : model()->databasesIndex(); };

        // The server answers, so the service is online; the other list loads.
        QTRY_VERIFY_WITH_TIMEOUT(problemRow(failing()).isValid(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(model()->loadedCount(healthy()) > 0, 20000);
        QCOMPARE(connection()->state(), Connection::State::Online);
        QVERIFY(m_window->showsExplorer());
        QCOMPARE(model()->loadedCount(failing()), 0);

        // The error row says what failed, in words, and that it is tried again.
        const QModelIndex problem = problemRow(failing());
        const QString row = problem.data().toString();
        QVERIFY2(row.contains(u"retrying"_s), qPrintable(row));
        QVERIFY2(row.contains(said, Qt::CaseInsensitive) || problem.data(Qt::ToolTipRole).toString().contains(said),
                 qPrintable(row));
        const QString tip = problem.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"GET "_s + path), qPrintable(tip));
        if (fault != u"drop") // a dropped connection has no answer, so no request id
            QVERIFY2(row.contains(u"req_"_s) && tip.contains(u"req_"_s), qPrintable(tip));

        // The status bar says what is degraded, and the tooltip lists the failing call.
        QTRY_VERIFY_WITH_TIMEOUT(statusText().contains(area + u" failing"_s), 10000);
        QVERIFY2(statusText().contains(u"online"_s), qPrintable(statusText()));
        if (fault == u"503")
            QVERIFY2(statusText().contains(u"(503)"_s), qPrintable(statusText()));
        QVERIFY(m_window->statusWidget()->toolTipText().contains(path));
        saveShot(m_window.get(), u"degraded-"_s + fault + u'-' + area);

        // The faults go away: everything comes back with no user action.
        QVERIFY(setFaults({}));
        QTRY_VERIFY_WITH_TIMEOUT(model()->loadedCount(failing()) > 0, 20000);
        QVERIFY(!problemRow(failing()).isValid());
        QTRY_VERIFY_WITH_TIMEOUT(!connection()->health()->isDegraded(), 10000);
        QCOMPARE(statusText(), u"Sandbox — online"_s);
        QVERIFY(model()->loadProblems().isEmpty());
    }

    void errorRowRetriesWhenAskedAndShowsThroughAFilter()
    {
        QVERIFY(setFaults(u"503,path=/v1/queue/list"_s));
        reconnect();
        QTRY_VERIFY_WITH_TIMEOUT(problemRow(model()->queuesIndex()).isValid(), 20000);
        // A filter that matches nothing under Queues still shows why Queues is empty.
        m_window->explorer()->filterEdit()->setText(u"no-such-name"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->explorer()->toView(problemRow(model()->queuesIndex())).isValid(), 5000);
        m_window->explorer()->filterEdit()->clear();
        // Enter on the row retries at once (the schedule is minutes away by now).
        QVERIFY(setFaults({}));
        for (int i = 0; i < 6; ++i)
            model()->recovery()->failed(); // far off
        QVERIFY(model()->recovery()->secondsLeft() > 5);
        const QModelIndex proxyRow = m_window->explorer()->toView(problemRow(model()->queuesIndex()));
        QVERIFY(proxyRow.isValid());
        m_window->explorer()->tree()->setCurrentIndex(proxyRow);
        m_window->explorer()->tree()->setFocus();
        QTest::keyClick(m_window->explorer()->tree(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(model()->loadedCount(model()->queuesIndex()) > 0, 5000);
        QVERIFY(!problemRow(model()->queuesIndex()).isValid());
    }

    void inspectorPagesShowABannerAndRecover()
    {
        reconnect();
        QTRY_VERIFY_WITH_TIMEOUT(model()->queue(u"orders"_s).has_value(), 20000);
        QVERIFY(setFaults(u"503,path=/v1/queue/dlq/list/orders;503,path=/v1/queue/stats/orders"_s));
        QueueInspector *inspector = m_window->explorer()->openQueue(u"orders"_s, QueueInspector::DeadLettersTab);
        QVERIFY(inspector);
        DlqBrowser *browser = inspector->findChild<DlqBrowser *>();
        QueueOverviewPage *overview = inspector->findChild<QueueOverviewPage *>();
        QTRY_VERIFY_WITH_TIMEOUT(browser->loadBanner()->isVisible(), 20000);
        QVERIFY2(browser->loadBanner()->message().contains(u"503"_s), qPrintable(browser->loadBanner()->message()));
        QVERIFY(browser->loadBanner()->message().contains(u"req_"_s));
        QTRY_VERIFY_WITH_TIMEOUT(overview->statsBanner()->hasProblem(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(statusText().contains(u"queues failing (503)"_s), 10000);
        saveShot(m_window.get(), u"degraded-dlq"_s);
        // The rest of the console still works: the tree's lists are fine.
        QVERIFY(model()->loadedCount(model()->databasesIndex()) > 0);

        QVERIFY(setFaults({}));
        QTRY_VERIFY_WITH_TIMEOUT(browser->model()->rowCount() > 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!browser->loadBanner()->isVisible(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!overview->statsBanner()->hasProblem(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!connection()->health()->isDegraded(), 10000);
        delete inspector;
    }

    void blankWindowOffersWhatToDoNext()
    {
        // A rejected key: the page names the profile and offers Retry, Edit, Use another.
        m_secrets.keepForSession(m_profileId, u"api-key"_s, u"ifr_wrong"_s);
        reconnect();
        QTRY_COMPARE_WITH_TIMEOUT(connection()->state(), Connection::State::Rejected, 20000);
        ConnectionProblemPage *page = m_window->problemPage();
        QVERIFY(!m_window->showsExplorer());
        QVERIFY(page->isVisible());
        QVERIFY(page->retryButton()->isVisible());
        QVERIFY(page->editButton()->isVisible());
        QVERIFY(page->switchButton()->isVisible());
        saveShot(m_window.get(), u"rejected"_s);
        QTest::mouseClick(page->editButton(), Qt::LeftButton);
        QPointer<ProfileManagerDialog> dialog = openDialog<ProfileManagerDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->nameEdit()->text(), u"Sandbox"_s);
        dialog->close();

        // Fixed elsewhere (the key now right): Retry connects.
        m_secrets.keepForSession(m_profileId, u"api-key"_s, u"ifr_test_key"_s);
        QTest::mouseClick(page->retryButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(connection()->state(), Connection::State::Online, 20000);
        QTRY_VERIFY(m_window->showsExplorer());

        // Truly unreachable: nothing listens on the port. It retries by itself, says when.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 deadPort = closed.serverPort();
        closed.close();
        Profile gone;
        gone.id = Profile::newId();
        gone.name = u"Gone"_s;
        gone.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(deadPort));
        QVERIFY(m_profiles->save(gone).isEmpty());
        m_secrets.keepForSession(gone.id, u"api-key"_s, u"ifr_test_key"_s);
        m_window->activateProfile(gone.id);
        QTRY_COMPARE_WITH_TIMEOUT(connection()->state(), Connection::State::Offline, 20000);
        QVERIFY(page->isVisible());
        QVERIFY(page->message().contains(u"refused"_s));
        QTRY_VERIFY_WITH_TIMEOUT(statusText().contains(u"retrying"_s), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(connection()->recovery()->failures() >= 2, 10000); // it tried again by itself
        saveShot(m_window.get(), u"unreachable"_s);
        // Use a different profile: the next profile in the tree is chosen.
        QTest::mouseClick(page->switchButton(), Qt::LeftButton);
        QTRY_VERIFY(m_window->explorer()->currentSession()->id() != gone.id);
        m_profiles->remove(gone.id);
        reconnect();
        QTRY_COMPARE_WITH_TIMEOUT(connection()->state(), Connection::State::Online, 20000);
    }

    // Operations are stamped with their profile; removing the profile asks first when some
    // are in flight, and afterwards a failed one's retry fails as cancelled.
    void removingAProfileWithOperationsInFlightAsksFirst()
    {
        Profile temp;
        temp.id = Profile::newId();
        temp.name = u"Temporary"_s;
        temp.baseUrl = QUrl(m_server->baseUrl());
        QVERIFY(m_profiles->save(temp).isEmpty());
        m_secrets.keepForSession(temp.id, u"api-key"_s, u"ifr_test_key"_s);
        m_window->activateProfile(temp.id);
        QTRY_COMPARE_WITH_TIMEOUT(connection()->state(), Connection::State::Online, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(model()->client(), 20000);
        OperationTracker *ops = m_window->operations();
        QVERIFY(setFaults(u"latency=1500,path=/v1/db/project/create"_s));
        const int slow = m_window->explorer()->actions()->createProject(NewProjectSpec::named(u"slow"_s));
        QVERIFY(setFaults(u"503,path=/v1/db/project/create"_s));
        QCOMPARE(ops->at(ops->rowOf(slow)).profile.name, u"Temporary"_s);
        QCOMPARE(ops->inFlightCount(temp.id), 1);

        ProfileManagerDialog *dialog = m_window->openProfileManager();
        dialog->selectProfile(temp.id);
        QString asked;
        Confirm::setAnswerer([&asked](QWidget *, const QString &, const QString &text) {
            asked = text;
            return false;
        });
        dialog->removeCurrent();
        QVERIFY2(asked.contains(u"1 operation"_s), qPrintable(asked));
        QVERIFY(m_profiles->find(temp.id).has_value()); // "No" keeps it
        // The slow create lands, a second one fails: both belong to Temporary.
        QTRY_VERIFY_WITH_TIMEOUT(!ops->at(ops->rowOf(slow)).inFlight(), 20000);
        const int failed = m_window->explorer()->actions()->createProject(NewProjectSpec::named(u"fails"_s));
        QTRY_COMPARE_WITH_TIMEOUT(ops->at(ops->rowOf(failed)).state, Operation::State::Failed, 20000);
        Confirm::setAnswerer([](QWidget *, const QString &, const QString &) { return true; });
        dialog->selectProfile(temp.id);
        dialog->removeCurrent();
        Confirm::setAnswerer(nullptr);
        QVERIFY(!m_profiles->find(temp.id).has_value());
        dialog->close();
        QVERIFY(setFaults({}));
        // The window moved on to a remaining profile; the failed entry cannot reach any.
        QTRY_VERIFY_WITH_TIMEOUT(connection() && connection()->profile().id != temp.id, 5000);
        const int projectsBefore = m_server->store().scalar(u"SELECT count(*) FROM projects"_s).toInt();
        ops->retry(failed);
        QCOMPARE(ops->at(ops->rowOf(failed)).state, Operation::State::Failed);
        QCOMPARE(ops->at(ops->rowOf(failed)).error.kind(), ApiError::Kind::Cancelled);
        QTest::qWait(300);
        QCOMPARE(m_server->store().scalar(u"SELECT count(*) FROM projects"_s).toInt(), projectsBefore);
        reconnect();
        QTRY_COMPARE_WITH_TIMEOUT(connection()->state(), Connection::State::Online, 20000);
    }

    // The sandbox killed and started again on the same port and data: the console goes
    // unreachable, comes back by itself, and a project that was provisioning settles.
    void outageIsFollowedAndRecoveredFrom()
    {
        QTemporaryDir data;
        QProcess sandbox;
        auto start = [&](const QString &listen) {
            sandbox.start(QStringLiteral(CONSOLE_SANDBOX_BINARY),
                          {u"--data"_s, data.path(), u"--api-key"_s, u"ifr_outage"_s, u"--listen"_s, listen});
            if (!sandbox.waitForStarted() || !sandbox.waitForReadyRead(10000))
                return QString();
            return QString::fromUtf8(sandbox.readLine()).trimmed().mid(13);
        };
        const QString url = start(u"127.0.0.1:0"_s);
        QVERIFY2(url.startsWith(u"http://"_s), qPrintable(url));
        Profile outage;
        outage.id = Profile::newId();
        outage.name = u"Outage"_s;
        outage.baseUrl = QUrl(url);
        QVERIFY(m_profiles->save(outage).isEmpty());
        m_secrets.keepForSession(outage.id, u"api-key"_s, u"ifr_outage"_s);
        m_window->activateProfile(outage.id);
        QTRY_COMPARE_WITH_TIMEOUT(connection()->state(), Connection::State::Online, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(model()->databasesIndex().isValid() &&
                                     !model()->databasesIndex().data(DbTreeModel::LoadingRole).toBool(),
                                 20000);

        OperationTracker *ops = m_window->operations();
        const int created = m_window->explorer()->actions()->createProject(NewProjectSpec::named(u"outlast"_s));
        QTRY_VERIFY_WITH_TIMEOUT(ops->at(ops->rowOf(created)).state == Operation::State::Settling, 20000);
        const QString projectId = ops->at(ops->rowOf(created)).resultId;
        QVERIFY(!projectId.isEmpty());

        sandbox.kill(); // SIGKILL, while the project is provisioning
        QVERIFY(sandbox.waitForFinished());
        QTRY_COMPARE_WITH_TIMEOUT(connection()->state(), Connection::State::Offline, 20000);
        QVERIFY(statusText().contains(u"unreachable"_s));
        QVERIFY(m_window->showsExplorer()); // what was loaded stays
        QCOMPARE(ops->at(ops->rowOf(created)).state, Operation::State::Settling);

        QTest::qWait(1500); // an outage of a few attempts
        QCOMPARE(start(u"127.0.0.1:%1"_s.arg(QUrl(url).port())), url);
        QTRY_COMPARE_WITH_TIMEOUT(connection()->state(), Connection::State::Online, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(ops->at(ops->rowOf(created)).state, Operation::State::Succeeded, 30000);
        QCOMPARE(model()->project(projectId)->status, ResourceStatus::Ready);
        QCOMPARE(statusText(), u"Outage — online"_s);

        sandbox.kill();
        sandbox.waitForFinished();
        m_profiles->remove(outage.id);
        reconnect();
    }
};

QTEST_MAIN(PartialFailureTest)
#include "tst_partial_failure.moc"
