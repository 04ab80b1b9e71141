#include "TestSupport.h"

#include "Confirm.h"
#include "ConnectionStatusWidget.h"
#include "CopyFeedback.h"
#include "DetailsPane.h"
#include "ExplorerWidget.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "OperationsDock.h"
#include "OperationsModel.h"
#include "ProfileManagerDialog.h"
#include "RequestLogDock.h"
#include "RequestLogFilterProxy.h"
#include "RequestLogModel.h"
#include "api/RequestLog.h"
#include "auth/SecretStore.h"
#include "explorer/DbTreeModel.h"
#include "ops/OperationTracker.h"
#include "profiles/ProfileStore.h"
#include "queue/QueueStatsHub.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTableView>
#include <QToolButton>

#include <algorithm>

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

    static void replaceText(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    static void clickClose(ProfileManagerDialog *dialog)
    {
        QTest::mouseClick(dialog->buttonBox()->button(QDialogButtonBox::Close), Qt::LeftButton);
    }
    // The width a line edit gives its text: inside the style's frame, the text margins and
    // QLineEdit's 2 px each side, and left of a clear button that is shown.
    static int textRoom(QLineEdit *edit)
    {
        QStyleOptionFrame option;
        option.initFrom(edit);
        option.rect = edit->rect();
        option.lineWidth =
            edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
        option.midLineWidth = 0;
        QRect text = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
        text = text.marginsRemoved(edit->textMargins()).adjusted(2, 0, -2, 0);
        for (QToolButton *button : edit->findChildren<QToolButton *>())
            if (button->isVisibleTo(edit))
                text.setRight(std::min(text.right(), button->geometry().left() - 1));
        return text.width();
    }
    // A failed entry in `tracker` with a retry that counts its calls.
    static int failedOperation(OperationTracker &tracker, const ApiError &error, int *retries)
    {
        const int id = tracker.start(Operation::Kind::CreateQueue, u"orders"_s);
        tracker.setRetry(id, [retries] { ++*retries; });
        tracker.fail(id, error);
        return id;
    }

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
        QCOMPARE(m_window->explorer()->currentSession()->profile().name, u"Sandbox"_s);
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

    void closingATestedNewProfileAsksFirst()
    {
        // No edits (or an edit undone by hand): closing just closes.
        {
            const QPointer<ProfileManagerDialog> dialog = m_window->openProfileManager();
            dialog->list()->setCurrentRow(0);
            int asked = 0;
            Confirm::setChoiceAnswerer([&](QWidget *, const QString &, const QString &) {
                ++asked;
                return Confirm::Choice::Cancel;
            });
            const QString name = dialog->nameEdit()->text();
            QTest::keyClicks(dialog->nameEdit(), u"x"_s);
            QTest::keyClick(dialog->nameEdit(), Qt::Key_Backspace);
            QCOMPARE(dialog->nameEdit()->text(), name);
            clickClose(dialog);
            Confirm::setChoiceAnswerer({});
            QCOMPARE(asked, 0);
            QTRY_VERIFY(!dialog);
        }

        const QPointer<ProfileManagerDialog> dialog = m_window->openProfileManager();
        const qsizetype profilesBefore = m_profiles->profiles().size();
        QTest::mouseClick(dialog->newButton(), Qt::LeftButton);
        QVERIFY(!dialog->hasUnsavedEdits()); // an empty form has nothing to lose
        QTest::keyClicks(dialog->nameEdit(), u"Scratch"_s);
        replaceText(dialog->urlEdit(), m_server->baseUrl());
        QTest::keyClicks(dialog->keyEdit(), u"ifr_test_key"_s);
        QSignalSpy tested(dialog.data(), &ProfileManagerDialog::testFinished);
        QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20000);
        QVERIFY(tested.first().at(0).toBool());
        QVERIFY(dialog->hasUnsavedEdits());

        // Close, Esc and the window's close button all ask; Cancel keeps the dialog and the form.
        QStringList asked;
        Confirm::setChoiceAnswerer([&](QWidget *, const QString &, const QString &text) {
            asked << text;
            return Confirm::Choice::Cancel;
        });
        clickClose(dialog);
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(u"Scratch"_s), qPrintable(asked.first()));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QCOMPARE(asked.size(), 2);
        dialog->close();
        QCOMPARE(asked.size(), 3);
        QTest::qWait(50); // a close would delete it later
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->nameEdit()->text(), u"Scratch"_s);
        QCOMPARE(dialog->keyEdit()->text(), u"ifr_test_key"_s);

        // Discard: closed, and nothing saved.
        Confirm::setChoiceAnswerer([&](QWidget *, const QString &, const QString &text) {
            asked << text;
            return Confirm::Choice::Discard;
        });
        clickClose(dialog);
        Confirm::setChoiceAnswerer({});
        QCOMPARE(asked.size(), 4);
        QTRY_VERIFY(!dialog);
        QCOMPARE(m_profiles->profiles().size(), profilesBefore);
        for (const Profile &profile : m_profiles->profiles())
            QVERIFY(profile.name != u"Scratch"_s);
    }

    void saveFromTheCloseQuestionKeepsTheProfile()
    {
        const QPointer<ProfileManagerDialog> dialog = m_window->openProfileManager();
        QTest::mouseClick(dialog->newButton(), Qt::LeftButton);
        QTest::keyClicks(dialog->nameEdit(), u"Kept"_s);
        replaceText(dialog->urlEdit(), m_server->baseUrl());
        QTest::keyClicks(dialog->keyEdit(), u"ifr_test_key"_s);
        QSignalSpy stored(dialog.data(), &ProfileManagerDialog::keyStored);
        Confirm::setNextChoice(Confirm::Choice::Save);
        clickClose(dialog);
        // Closed once the key is in the keychain, not before (the window is told of it).
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 20000);
        QCOMPARE(stored.size(), 1);
        const auto kept = std::find_if(m_profiles->profiles().cbegin(), m_profiles->profiles().cend(),
                                       [](const Profile &profile) { return profile.name == u"Kept"_s; });
        QVERIFY(kept != m_profiles->profiles().cend());
        const QString id = kept->id;
        m_profiles->remove(id);
        m_secrets.remove(id, u"api-key"_s, this, [](const SecretStore::Result &) {});

        // Save with a form that cannot be saved: the dialog stays and says why.
        const QPointer<ProfileManagerDialog> again = m_window->openProfileManager();
        QTest::mouseClick(again->newButton(), Qt::LeftButton);
        QTest::keyClicks(again->keyEdit(), u"ifr_test_key"_s); // no name
        Confirm::setNextChoice(Confirm::Choice::Save);
        clickClose(again);
        QTest::qWait(50);
        QVERIFY(again);
        QVERIFY(again->isVisible());
        QVERIFY(!again->messageLabel()->text().isEmpty());
        Confirm::setNextChoice(Confirm::Choice::Discard);
        clickClose(again);
        QTRY_VERIFY(!again);
    }

    void testResultGoesWhenTheUrlOrKeyChanges()
    {
        const QPointer<ProfileManagerDialog> dialog = m_window->openProfileManager();
        dialog->list()->setCurrentRow(0);
        QSignalSpy tested(dialog.data(), &ProfileManagerDialog::testFinished);
        auto test = [&] {
            tested.clear();
            QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20000);
            QVERIFY(!dialog->messageLabel()->text().isEmpty());
        };

        // A failed test ("refused"), then the URL is edited: the result is gone.
        replaceText(dialog->urlEdit(), u"http://127.0.0.1:1"_s);
        test();
        QVERIFY(!tested.first().at(0).toBool());
        QTest::keyClicks(dialog->urlEdit(), u"0"_s);
        QVERIFY2(dialog->messageLabel()->text().isEmpty(), qPrintable(dialog->messageLabel()->text()));

        // "Connected", then the key is edited: gone too.
        replaceText(dialog->urlEdit(), m_server->baseUrl());
        QTest::keyClicks(dialog->keyEdit(), u"ifr_test_key"_s);
        test();
        QVERIFY(tested.first().at(0).toBool());
        QVERIFY(dialog->messageLabel()->text().contains(u"Connected"_s));
        QTest::keyClick(dialog->keyEdit(), Qt::Key_Backspace);
        QVERIFY(dialog->messageLabel()->text().isEmpty());

        // A test still running when the URL changes does not report on the old URL later.
        replaceText(dialog->urlEdit(), u"http://127.0.0.1:1"_s);
        tested.clear();
        QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
        QTest::keyClicks(dialog->urlEdit(), u"0"_s);
        QTest::qWait(500);
        QCOMPARE(tested.size(), 0);
        QVERIFY(dialog->messageLabel()->text().isEmpty());

        // Other messages stay: only a test result goes.
        Confirm::setNextChoice(Confirm::Choice::Discard);
        clickClose(dialog);
        QTRY_VERIFY(!dialog);
        const QPointer<ProfileManagerDialog> fresh = m_window->openProfileManager();
        QTest::mouseClick(fresh->newButton(), Qt::LeftButton);
        const QString hint = fresh->messageLabel()->text();
        QVERIFY(!hint.isEmpty());
        QTest::keyClicks(fresh->urlEdit(), u"x"_s);
        QCOMPARE(fresh->messageLabel()->text(), hint);
        Confirm::setNextChoice(Confirm::Choice::Discard);
        clickClose(fresh);
        QTRY_VERIFY(!fresh);
    }

    void keyPlaceholderIsFullyVisible()
    {
        const QPointer<ProfileManagerDialog> dialog = m_window->openProfileManager();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QSize defaultSize = dialog->size();
        for (const QString &language : {u"en"_s, u"zh_CN"_s}) {
            QVERIFY(m_language.apply(language));
            for (const bool saved : {true, false}) {
                if (saved)
                    dialog->list()->setCurrentRow(0);
                else
                    QTest::mouseClick(dialog->newButton(), Qt::LeftButton);
                // At the size it opens with and at the smallest the layout allows.
                for (const QSize size : {defaultSize, dialog->minimumSizeHint()}) {
                    dialog->layout()->activate();
                    dialog->resize(size);
                    QCoreApplication::processEvents();
                    dialog->layout()->activate();
                    QLineEdit *key = dialog->keyEdit();
                    const QString placeholder = key->placeholderText();
                    QVERIFY(!placeholder.isEmpty());
                    const int needed = key->fontMetrics().horizontalAdvance(placeholder);
                    QVERIFY2(needed <= textRoom(key),
                             qPrintable(u"%1 (%2, %3 px of %4 px)"_s.arg(placeholder, language, QString::number(needed),
                                                                         QString::number(textRoom(key)))));
                }
            }
        }
        QVERIFY(m_language.apply(u"en"_s));
        dialog->resize(defaultSize);
        Confirm::setNextChoice(Confirm::Choice::Discard);
        clickClose(dialog);
        QTRY_VERIFY(!dialog);
    }

    void copyButtonsSayTheyCopied()
    {
        CopyFeedback::setDurationMs(300);
        // The Operations dock's "Copy error".
        OperationTracker tracker;
        OperationsDock dock(&tracker);
        dock.show();
        int retries = 0;
        failedOperation(tracker, ApiError::timeout(1000), &retries);
        dock.view()->setCurrentIndex(dock.view()->model()->index(0, 0));
        QPushButton *copy = dock.copyButton();
        const QString copyText = copy->text();
        QTest::mouseClick(copy, Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text().contains(u"orders"_s));
        QCOMPARE(copy->text(), CopyFeedback::copiedText());
        QTRY_COMPARE(copy->text(), copyText);

        // The request log's "Copy as curl": a note over the log.
        RequestLogDock *log = m_window->requestLogDock();
        log->raise();
        QTRY_VERIFY(log->view()->isVisible());
        log->copyCurl(log->view()->model()->rowCount() - 1);
        QVERIFY(QApplication::clipboard()->text().startsWith(u"curl "_s));
        QPointer<QLabel> note = log->view()->findChild<QLabel *>(CopyFeedback::noteObjectName());
        QVERIFY(note);
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(), CopyFeedback::copiedText());
        QVERIFY(log->view()->rect().contains(note->geometry()));
        QTRY_VERIFY(!note);

        // The details pane's "Copy as curl".
        DbTreeModel *model = m_window->explorer()->model();
        QString project;
        for (QModelIndexList open{QModelIndex()}; !open.isEmpty() && project.isEmpty();) {
            const QModelIndex parent = open.takeFirst();
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex index = model->index(row, 0, parent);
                if (model->project(index.data(DbTreeModel::IdRole).toString()))
                    project = index.data(DbTreeModel::IdRole).toString();
                open << index;
            }
        }
        QVERIFY(!project.isEmpty());
        QVERIFY(m_window->explorer()->selectId(project));
        QPushButton *curl = m_window->explorer()->details()->findChild<QPushButton *>(u"curlButton"_s);
        QVERIFY(curl);
        const QString curlText = curl->text();
        curl->click();
        QVERIFY(QApplication::clipboard()->text().contains(project));
        QCOMPARE(curl->text(), CopyFeedback::copiedText());
        QTRY_COMPARE(m_window->explorer()->details()->findChild<QPushButton *>(u"curlButton"_s)->text(), curlText);
        CopyFeedback::setDurationMs(2000);
    }

    void retryIsOfferedOnlyWhereItCanHelp()
    {
        OperationTracker tracker;
        OperationsDock dock(&tracker);
        dock.show();
        int rejectedRetries = 0;
        int droppedRetries = 0;
        const QByteArray body = R"({"error":{"code":"invalid","message":"bad name","field":"name"}})";
        failedOperation(tracker, ApiError::fromHttp(422, body, {}), &rejectedRetries);
        failedOperation(tracker, ApiError::fromHttp(400, body, {}), &rejectedRetries);
        failedOperation(tracker,
                        ApiError::fromNetwork(QNetworkReply::RemoteHostClosedError, u"closed"_s, u"api.infrai.cc"_s),
                        &droppedRetries);
        QPushButton *retry = dock.retryButton();
        const auto select = [&](int row) { dock.view()->setCurrentIndex(dock.view()->model()->index(row, 0)); };

        // Rejected values (422, 400): the same call would be rejected again, and the button says so.
        for (int row : {0, 1}) {
            select(row);
            QVERIFY(!retry->isEnabled());
            QVERIFY2(retry->toolTip().contains(u"rejected the values"_s), qPrintable(retry->toolTip()));
            dock.retryRow(row);
            QCOMPARE(tracker.at(row).state, Operation::State::Failed);
        }
        QCOMPARE(rejectedRetries, 0);

        // A dropped connection: Retry is offered, and pressing it shows at once.
        select(2);
        QVERIFY(retry->isEnabled());
        QVERIFY(!retry->toolTip().contains(u"rejected"_s));
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(droppedRetries, 1);
        QCOMPARE(tracker.at(2).state, Operation::State::Pending);
        QCOMPARE(dock.view()->model()->index(2, OperationsModel::State).data().toString(), u"pending"_s);
        QVERIFY(!retry->isEnabled()); // nothing to retry while it runs
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
