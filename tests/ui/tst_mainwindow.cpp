#include "TestSupport.h"

#include "ConnectionStatusWidget.h"
#include "ExplorerWidget.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ProfileManagerDialog.h"
#include "RequestLogDock.h"
#include "RequestLogFilterProxy.h"
#include "RequestLogModel.h"
#include "api/RequestLog.h"
#include "auth/SecretStore.h"
#include "profiles/ProfileStore.h"
#include "queue/QueueStatsHub.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

using namespace Qt::StringLiterals;

// The main window and profile manager driven as a user would, against an in-process sandbox
// and the real keychain of the test command's private D-Bus session.
class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProfileStore> m_profiles;
    SecretStore m_secrets{u"infrai-console-uitest"_s};
    RequestLog m_log;
    LanguageManager m_language;
    std::unique_ptr<MainWindow> m_window;

    AppContext context() { return {&m_network, m_profiles.get(), &m_secrets, &m_log, &m_language}; }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"infrai-test"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
        QSettings().clear();
        m_language.apply(u"en"_s);
        SandboxOptions options;
        options.demo = true;
        options.timeScale = 100;
        m_server = startSandbox(options);
        m_profiles = std::make_unique<ProfileStore>();
        m_window = std::make_unique<MainWindow>(context());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_server.reset();
    }

    void startsWithoutProfile()
    {
        QVERIFY(m_window->initialLoadSettled());
        QCOMPARE(m_window->statusWidget()->text(), u"No profile selected"_s);
    }

    void addProfileThroughTheDialog()
    {
        ProfileManagerDialog *dialog = m_window->openProfileManager();
        QVERIFY(dialog->isVisible());
        dialog->newProfile();
        QTest::keyClicks(dialog->nameEdit(), u"Sandbox"_s);
        dialog->urlEdit()->clear();
        QTest::keyClicks(dialog->urlEdit(), u"http://example.com"_s);
        QVERIFY(!dialog->saveCurrent());
        QVERIFY(dialog->messageLabel()->text().contains(u"https"_s));
        QVERIFY(m_profiles->profiles().isEmpty());

        dialog->urlEdit()->clear();
        QTest::keyClicks(dialog->urlEdit(), m_server->baseUrl());
        QTest::keyClicks(dialog->keyEdit(), u"ifr_test_key"_s);
        QSignalSpy stored(dialog, &ProfileManagerDialog::keyStored);
        QVERIFY(dialog->saveCurrent());
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 20000);
        QCOMPARE(stored.first().at(1).toBool(), false); // in the keychain, not session-only
        QVERIFY(dialog->keyEdit()->text().isEmpty());
        QCOMPARE(m_profiles->profiles().size(), 1);
        QCOMPARE(m_profiles->profiles().first().name, u"Sandbox"_s);
        // The key is in the keychain and not in the settings file.
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(u"ifr_test_key"_s));

        QTRY_VERIFY_WITH_TIMEOUT(m_window->connection() && m_window->connection()->state() == Connection::State::Online,
                                 20000);
        QVERIFY(m_window->statusWidget()->text().contains(u"online"_s));
        QCOMPARE(m_window->profileCombo()->currentText(), u"Sandbox"_s);
        dialog->close();
    }

    void testConnectionReportsARejectedKey()
    {
        ProfileManagerDialog *dialog = m_window->openProfileManager();
        dialog->list()->setCurrentRow(0);
        QTest::keyClicks(dialog->keyEdit(), u"ifr_wrong"_s);
        QSignalSpy tested(dialog, &ProfileManagerDialog::testFinished);
        dialog->testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20000);
        QCOMPARE(tested.first().at(0).toBool(), false);
        QVERIFY(tested.first().at(1).toString().contains(u"refused"_s));
        dialog->keyEdit()->clear();
        dialog->close();
    }

    void unreachableServiceIsShown()
    {
        m_server->faults().addSpec(u"drop"_s);
        m_window->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->connection()->state() == Connection::State::Offline, 20000);
        QVERIFY(m_window->statusWidget()->text().contains(u"unreachable"_s));
        m_server->faults().clear();
        m_window->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->connection()->state() == Connection::State::Online, 20000);
    }

    void requestLogShowsCallsAndCopiesCurlWithoutTheKey()
    {
        QTableView *view = m_window->requestLogDock()->view();
        QVERIFY(view->model()->rowCount() > 0);
        const int last = view->model()->rowCount() - 1;
        QCOMPARE(view->model()->index(last, RequestLogModel::Status).data().toInt(), 200);
        QVERIFY(view->model()->index(last, RequestLogModel::RequestId).data().toString().startsWith(u"req_"_s));
        m_window->requestLogDock()->copyCurl(last);
        const QString curl = QApplication::clipboard()->text();
        QVERIFY(curl.startsWith(u"curl "_s));
        QVERIFY(curl.contains(u"$INFRAI_API_KEY"_s));
        QVERIFY(!curl.contains(u"ifr_test_key"_s));
    }

    void requestLogHidesPollingUnlessAskedAndFiltersByPath()
    {
        RequestLogDock *dock = m_window->requestLogDock();
        QTableView *view = dock->view();
        const auto rows = [view](int role) {
            QVariantList values;
            for (int row = 0; row < view->model()->rowCount(); ++row)
                values << view->model()->index(row, RequestLogModel::Url).data(role);
            return values;
        };
        const auto statsRows = [&] {
            int count = 0;
            for (const QVariant &url : rows(Qt::ToolTipRole))
                count += url.toString().contains(u"/v1/queue/stats/orders"_s) ? 1 : 0;
            return count;
        };
        dock->raise(); // the tab in front of the operations dock
        QTRY_VERIFY(view->isVisible());
        QVERIFY(dock->hidePollingBox()->isChecked()); // by default

        // Some polling: the explorer's stats hub asks for a queue's figures every 50 ms.
        const int hiddenBefore = dock->filter()->hiddenPollingCount();
        {
            QObject watcher; // unwatched when it goes
            m_window->explorer()->statsHub()->watch(u"orders"_s, 50, &watcher);
            QTRY_VERIFY_WITH_TIMEOUT(dock->filter()->hiddenPollingCount() >= hiddenBefore + 3, 20000);
        }

        // Hidden, and said so; the calls the user made are still shown.
        QVERIFY(view->model()->rowCount() > 0);
        QVERIFY(!rows(RequestLogModel::PollingRole).contains(true));
        QCOMPARE(statsRows(), 0);
        const int hidden = dock->filter()->hiddenPollingCount();
        QVERIFY(dock->hiddenPollingLabel()->isVisible());
        QVERIFY2(dock->hiddenPollingLabel()->text().contains(QString::number(hidden)),
                 qPrintable(dock->hiddenPollingLabel()->text()));
        QCOMPARE(view->model()->rowCount() + hidden, m_log.size());

        // Unticked: the polling calls come back.
        QCheckBox *hidePolling = dock->hidePollingBox();
        QTest::mouseClick(hidePolling, Qt::LeftButton, {},
                          QPoint(hidePolling->height() / 2, hidePolling->height() / 2));
        QVERIFY(!hidePolling->isChecked());
        QCOMPARE(view->model()->rowCount(), m_log.size());
        QVERIFY(statsRows() >= 3);
        QVERIFY(!dock->hiddenPollingLabel()->isVisible());

        // The path filter narrows the rows to that queue's figures, whatever the case.
        QTest::keyClicks(dock->pathEdit(), u"stats/ORDERS"_s);
        QVERIFY(view->model()->rowCount() >= 3);
        QVERIFY(view->model()->rowCount() < m_log.size());
        QCOMPARE(statsRows(), view->model()->rowCount());
        // And the method box narrows further: no POST among them.
        dock->methodBox()->setCurrentIndex(dock->methodBox()->findData(u"POST"_s));
        QCOMPARE(view->model()->rowCount(), 0);
        dock->methodBox()->setCurrentIndex(dock->methodBox()->findData(u"GET"_s));
        QCOMPARE(statsRows(), view->model()->rowCount());
        QVERIFY(view->model()->rowCount() >= 3);

        // Back as it was.
        dock->methodBox()->setCurrentIndex(0);
        dock->pathEdit()->clear();
        dock->hidePollingBox()->setChecked(true);
        QCOMPARE(statsRows(), 0);
    }

    void languageSwitchRetranslatesOpenWindows()
    {
        ProfileManagerDialog *dialog = m_window->openProfileManager();
        const QString englishTitle = m_window->windowTitle();
        const QString englishMenu = m_window->menuBar()->actions().first()->text();
        const QString englishDialog = dialog->windowTitle();
        const QString englishStatus = m_window->statusWidget()->text();
        QVERIFY(m_language.apply(u"zh_CN"_s));
        QTRY_VERIFY(m_window->windowTitle() != englishTitle);
        QVERIFY(m_window->menuBar()->actions().first()->text() != englishMenu);
        QVERIFY(dialog->windowTitle() != englishDialog);
        QVERIFY(m_window->statusWidget()->text() != englishStatus);
        QVERIFY(m_window->statusWidget()->text().contains(u"Sandbox"_s)); // data stays as is
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"zh_CN"_s);
        QVERIFY(m_language.apply(u"en"_s));
        QTRY_COMPARE(m_window->windowTitle(), englishTitle);
        dialog->close();
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
