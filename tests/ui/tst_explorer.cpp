#include "ConsoleFixture.h"

#include "Confirm.h"
#include "DetailsPane.h"
#include "ExplorerWidget.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "OperationsDock.h"
#include "SecretClipboard.h"
#include "api/RequestLog.h"
#include "auth/SecretStore.h"
#include "db/DbActions.h"
#include "db/ExplorerDialogs.h"
#include "db/NewProjectDialog.h"
#include "db/TopUpDialog.h"
#include "explorer/DbTreeFilterProxy.h"
#include "explorer/DbTreeModel.h"
#include "ops/OperationTracker.h"
#include "profiles/ProfileStore.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>

using namespace Qt::StringLiterals;

// The explorer driven through its real widgets against an in-process sandbox: create,
// branch, snapshot, restore, delete, validation, 402 top-up and a failed-then-retried call.
class ExplorerTest : public ConsoleUiTest
{
    Q_OBJECT

public:
    ExplorerTest() : ConsoleUiTest(u"infrai-console-explorertest"_s) {}

private:
    ExplorerWidget *explorer() const { return m_window->explorer(); }
    DbTreeModel *model() const { return explorer()->model(); }
    OperationTracker *ops() const { return m_window->operations(); }

    int serverCount(const QString &table)
    {
        return m_server->store().scalar(u"SELECT count(*) FROM "_s + table).toInt();
    }
    QString statusOf(const QString &id) { return model()->indexForId(id, DbTreeModel::StatusColumn).data().toString(); }
    QString idByName(const QString &name)
    {
        const QModelIndexList hits =
            model()->match(model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly | Qt::MatchRecursive);
        return hits.isEmpty() ? QString() : hits.first().data(DbTreeModel::IdRole).toString();
    }

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.demo = true;
        options.timeScale = 4; // provisioning takes ~0.5 s: long enough to be seen
        options.creditUsd = 100;
        QVERIFY(openConsole(u"tst_explorer"_s, options));
    }

    void cleanupTestCase()
    {
        Confirm::setNextAnswer(true);
        m_window.reset();
        m_server.reset();
    }

    void showsTheDemoProjects()
    {
        QVERIFY(model()->loadedCount(model()->databasesIndex()) >= 8);
        QVERIFY(!idByName(u"billing-prod"_s).isEmpty());
        // The first project is selected and its details are shown.
        QCOMPARE(explorer()->details()->fieldText(u"vendor"_s), u"Neon"_s);
    }

    void createProjectThroughTheDialog()
    {
        explorer()->newProject();
        QPointer<NewProjectDialog> dialog = openDialog<NewProjectDialog>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->discoveryLoaded());
        QCOMPARE(dialog->vendorCombo()->count(), 4); // automatic + 3 vendors
        // Typing lands in the name field; labels carry working mnemonics.
        QCOMPARE(keyboardProblems(dialog), QString());
        QCOMPARE(dialog->focusWidget(), dialog->nameEdit());
        // Local validation: an empty name is shown next to the field, until it is edited.
        clickOk(dialog);
        QVERIFY(dialog->fieldError(u"name"_s)->isVisible());
        QVERIFY(dialog->isVisible());
        saveShot(dialog, u"new-project-en"_s);
        QVERIFY(m_language.apply(u"zh_CN"_s));
        QTRY_VERIFY(!dialog->windowTitle().startsWith(u"New"_s));
        QTRY_COMPARE(dialog->buttons()->button(QDialogButtonBox::Ok)->text(), u"创建"_s);
        QTRY_VERIFY(!dialog->fieldError(u"name"_s)->text().startsWith(u"Enter"_s));
        QCOMPARE(keyboardProblems(dialog, false), QString());
        saveShot(dialog, u"new-project-zh_CN"_s);
        QVERIFY(m_language.apply(u"en"_s));
        QTest::keyClicks(dialog->nameEdit(), u"x"_s);
        QVERIFY(!dialog->fieldError(u"name"_s)->isVisible());
        dialog->nameEdit()->clear();
        // byok needs a vendor.
        QTest::keyClicks(dialog->nameEdit(), u"checkout-db"_s);
        dialog->modeCombo()->setCurrentIndex(1);
        clickOk(dialog);
        QVERIFY(dialog->fieldError(u"vendor"_s)->isVisible());
        dialog->modeCombo()->setCurrentIndex(0);
        dialog->vendorCombo()->setCurrentIndex(dialog->vendorCombo()->findData(u"supabase"_s));
        QVERIFY(dialog->planCombo()->isEnabled());
        dialog->regionCombo()->setCurrentIndex(dialog->regionCombo()->findData(u"eu-west-1"_s));
        dialog->versionCombo()->setCurrentIndex(dialog->versionCombo()->findData(u"17"_s));
        QSignalSpy added(ops(), &OperationTracker::added);
        clickOk(dialog);
        QCOMPARE(added.size(), 1); // in the Operations dock at once
        QCOMPARE(ops()->at(ops()->count() - 1).state, Operation::State::Pending);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000);
        const QString id = idByName(u"checkout-db"_s);
        QVERIFY(!id.isEmpty());
        QCOMPARE(model()->project(id)->vendor, u"supabase"_s);
        QCOMPARE(model()->project(id)->region, u"eu-west-1"_s);
        QCOMPARE(statusOf(id), u"provisioning"_s);
        QCOMPARE(ops()->at(ops()->count() - 1).state, Operation::State::Settling);
        // Polled until ready, without a manual refresh.
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"ready"_s, 15000);
        QTRY_COMPARE(ops()->at(ops()->count() - 1).state, Operation::State::Succeeded);
    }

    void serverValidationLandsOnTheField()
    {
        m_server->faults().addSpec(u"400,path=/v1/db/project/create,count=1,field=region"_s);
        explorer()->newProject();
        QPointer<NewProjectDialog> dialog = openDialog<NewProjectDialog>();
        QTRY_VERIFY(dialog->discoveryLoaded());
        QTest::keyClicks(dialog->nameEdit(), u"rejected"_s);
        clickOk(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->fieldError(u"region"_s)->isVisible(), 10000);
        QVERIFY(dialog->fieldError(u"region"_s)->text().contains(u"region"_s));
        QVERIFY(dialog->isVisible());
        QCOMPARE(ops()->at(ops()->count() - 1).state, Operation::State::Failed);
        dialog->reject();
    }

    void branchTwiceShowsTheLineage()
    {
        const QString project = idByName(u"checkout-db"_s);
        QVERIFY(explorer()->selectId(project));
        explorer()->newBranch();
        QPointer<NewBranchDialog> first = openDialog<NewBranchDialog>();
        QCOMPARE(keyboardProblems(first), QString());
        QCOMPARE(first->sourceCombo()->currentText(), u"main"_s);
        QTest::keyClicks(first->nameEdit(), u"co-staging"_s);
        clickOk(first);
        QTRY_VERIFY_WITH_TIMEOUT(!idByName(u"co-staging"_s).isEmpty(), 10000);
        const QString staging = idByName(u"co-staging"_s);
        QVERIFY(explorer()->selectId(staging));
        explorer()->newBranch();
        QTest::qWait(50);
        QPointer<NewBranchDialog> second = openDialog<NewBranchDialog>();
        QCOMPARE(second->sourceCombo()->currentText(), u"co-staging"_s); // from the selected branch
        QTest::keyClicks(second->nameEdit(), u"preview-42"_s);
        clickOk(second);
        QTRY_VERIFY_WITH_TIMEOUT(!idByName(u"preview-42"_s).isEmpty(), 10000);
        const QModelIndex preview = model()->indexForId(idByName(u"preview-42"_s));
        QCOMPARE(preview.parent(), model()->indexForId(staging));
        QCOMPARE(preview.parent().parent().data().toString(), u"main"_s);
        QCOMPARE(call("GET", u"/v1/db/branch/get/"_s + preview.data(DbTreeModel::IdRole).toString())
                     .json.value(u"parent_branch"_s)
                     .toString(),
                 staging);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(idByName(u"preview-42"_s)), u"ready"_s, 15000);
    }

    void branchWithChildrenCannotBeDeletedYet()
    {
        const QString staging = idByName(u"co-staging"_s);
        QVERIFY(explorer()->selectId(staging));
        explorer()->deleteSelected();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = explorer()->findChild<QMessageBox *>(u"childBranchesMessage"_s)));
        QVERIFY(box->text().contains(u"preview-42"_s));
        QPushButton *select = box->findChild<QPushButton *>(u"selectChildren"_s);
        QVERIFY(select);
        select->click();
        QTRY_COMPARE(explorer()->selectedId(), idByName(u"preview-42"_s));
        QCOMPARE(serverCount(u"branches"_s) > 0, true);
    }

    void snapshotAndRestore()
    {
        const QString project = idByName(u"checkout-db"_s);
        QVERIFY(explorer()->selectId(project));
        explorer()->snapshotSelected();
        QPointer<SnapshotDialog> dialog = openDialog<SnapshotDialog>();
        QCOMPARE(keyboardProblems(dialog), QString());
        QTest::keyClicks(dialog->textEdit(), u"before-cutover"_s);
        clickOk(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!idByName(u"before-cutover"_s).isEmpty(), 10000);
        const QString snapshot = idByName(u"before-cutover"_s);
        QCOMPARE(model()->snapshot(snapshot)->projectId, project);
        // Names are not cut: the Name column grows to fit what is shown, and the tooltip
        // gives the full name with the id.
        QTreeView *tree = explorer()->tree();
        tree->expand(explorer()->toView(model()->indexForId(snapshot).parent()));
        QTRY_VERIFY(tree->columnWidth(DbTreeModel::NameColumn) >=
                    static_cast<QAbstractItemView *>(tree)->sizeHintForColumn(DbTreeModel::NameColumn));
        QCOMPARE(model()->indexForId(snapshot).data(Qt::ToolTipRole).toString(), u"before-cutover\n"_s + snapshot);
        QCOMPARE(model()->indexForId(snapshot, DbTreeModel::TypeColumn).data().toString(), u"snapshot"_s);

        QVERIFY(explorer()->selectId(snapshot));
        QVERIFY(explorer()->details()->fieldText(u"size_bytes"_s) != u"—"_s);
        explorer()->restoreSelected();
        QTest::qWait(50);
        QPointer<SnapshotDialog> restore = explorer()->findChild<SnapshotDialog *>(u"restoreDialog"_s);
        QVERIFY(restore);
        QCOMPARE(restore->textEdit()->text(), u"checkout-db-restored"_s);
        QCOMPARE(keyboardProblems(restore), QString());
        clickOk(restore);
        QTRY_VERIFY_WITH_TIMEOUT(!idByName(u"checkout-db-restored"_s).isEmpty(), 10000);
        const QString restored = idByName(u"checkout-db-restored"_s);
        QVERIFY(restored != project);
        QCOMPARE(call("GET", u"/v1/db/project/get/"_s + restored).json.value(u"vendor"_s).toString(), u"supabase"_s);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(restored), u"ready"_s, 15000);
    }

    void detailsMaskTheUriAndCopyCurlWithoutTheKey()
    {
        const QString project = idByName(u"checkout-db"_s);
        QVERIFY(explorer()->selectId(project));
        DetailsPane *details = explorer()->details();
        const QString uri = model()->project(project)->connectionUri;
        const QString password = uri.section(u':', 2).section(u'@', 0, 0);
        QVERIFY(!password.isEmpty());
        QVERIFY(!details->uriText().contains(password));
        QVERIFY(details->uriText().contains(u"••••"_s));
        details->findChild<QPushButton *>(u"revealUri"_s)->click();
        QVERIFY(details->uriText().contains(password));
        SecretClipboard::setClearDelayMs(300);
        details->findChild<QPushButton *>(u"copyUri"_s)->click();
        QCOMPARE(QApplication::clipboard()->text(), uri);
        QVERIFY(details->findChild<QLabel *>(u"copyNotice"_s)->text().contains(u"cleared"_s));
        // The password does not stay on the clipboard.
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), 5000);
        // Something copied after it is left alone.
        details->findChild<QPushButton *>(u"copyUri"_s)->click();
        QApplication::clipboard()->setText(u"something else"_s);
        QTest::qWait(600);
        QCOMPARE(QApplication::clipboard()->text(), u"something else"_s);
        for (int i = 0; i < m_log.size(); ++i)
            QVERIFY(!m_log.at(i).curl.contains(password));
        details->findChild<QPushButton *>(u"curlButton"_s)->click();
        const QString curl = QApplication::clipboard()->text();
        QVERIFY(curl.contains(u"/v1/db/project/get/"_s + project));
        QVERIFY(curl.contains(u"$INFRAI_API_KEY"_s));
        QVERIFY(!curl.contains(u"ifr_test_key"_s));
        QVERIFY(details->fieldText(u"created_at"_s).contains(u"ago"_s) ||
                details->fieldText(u"created_at"_s).contains(u"just now"_s));
    }

    void deleteNeedsTheTypedName()
    {
        const QString restored = idByName(u"checkout-db-restored"_s);
        QVERIFY(explorer()->selectId(restored));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        explorer()->tree()->setFocus();
        QTest::keyClick(explorer()->tree(), Qt::Key_Delete);
        QPointer<DeleteConfirmDialog> dialog = openDialog<DeleteConfirmDialog>();
        QVERIFY(dialog);
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            QVERIFY2(!label->isVisible() || textFits(label), qPrintable(label->text()));
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog->confirmEdit(), u"checkout-db"_s);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog->confirmEdit(), u"-restored"_s);
        QVERIFY(ok->isEnabled());
        clickOk(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!model()->indexForId(restored).isValid(), 10000);
        QCOMPARE(call("GET", u"/v1/db/project/get/"_s + restored).status, 404);
    }

    void failedCallIsRetriedWithTheSameKey()
    {
        const int before = serverCount(u"projects"_s);
        m_server->faults().addSpec(u"503,path=/v1/db/project/create"_s); // until cleared
        explorer()->newProject();
        QPointer<NewProjectDialog> dialog = openDialog<NewProjectDialog>();
        QTRY_VERIFY(dialog->discoveryLoaded());
        QTest::keyClicks(dialog->nameEdit(), u"flaky"_s);
        clickOk(dialog);
        const int row = ops()->count() - 1;
        QTRY_COMPARE_WITH_TIMEOUT(ops()->at(row).state, Operation::State::Failed, 20000);
        QVERIFY(ops()->at(row).error.message().contains(u"503"_s));
        QVERIFY(dialog->messageLabel()->isVisible());
        dialog->reject();
        QCOMPARE(serverCount(u"projects"_s), before);

        m_server->faults().clear();
        OperationsDock *dock = m_window->operationsDock();
        dock->view()->setCurrentIndex(dock->view()->model()->index(row, 0));
        QVERIFY(dock->retryButton()->isEnabled());
        QTest::mouseClick(dock->retryButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(ops()->at(row).state == Operation::State::Settling ||
                                     ops()->at(row).state == Operation::State::Succeeded,
                                 10000);
        QCOMPARE(serverCount(u"projects"_s), before + 1);
        QVERIFY(!idByName(u"flaky"_s).isEmpty());
        // The retry carried the failed attempts' idempotency key: the key the server stored for
        // "flaky" is the one the first 503 attempt was sent with.
        QString firstKey;
        for (int i = 0; i < m_log.size() && firstKey.isEmpty(); ++i) {
            const RequestLogEntry &entry = m_log.at(i);
            if (entry.status == 503 && entry.url.endsWith(u"/v1/db/project/create"_s) &&
                entry.curl.contains(u"flaky"_s))
                firstKey = entry.curl.section(u"Idempotency-Key: "_s, 1).section(u'\'', 0, 0);
        }
        QVERIFY(firstKey.startsWith(u"ik_"_s));
        QCOMPARE(m_server->store().scalar(u"SELECT count(*) FROM idempotency WHERE key = ?"_s, {firstKey}).toInt(), 1);
    }

    void outOfCreditOpensTopUp()
    {
        // Spend what is left, then the next create answers 402.
        const double balance = call("GET", u"/v1/account/balance"_s).json.value(u"balance_usd"_s).toDouble();
        m_server->store().exec(u"UPDATE accounts SET balance_micros = 0"_s);
        Q_UNUSED(balance)
        explorer()->newProject();
        QPointer<NewProjectDialog> dialog = openDialog<NewProjectDialog>();
        QTRY_VERIFY(dialog->discoveryLoaded());
        QTest::keyClicks(dialog->nameEdit(), u"too-expensive"_s);
        clickOk(dialog);
        TopUpDialog *topUp = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((topUp = explorer()->findChild<TopUpDialog *>()) && topUp->isVisible(), 10000);
        const int row = ops()->count() - 1;
        QCOMPARE(ops()->at(row).error.kind(), ApiError::Kind::InsufficientCredit);
        dialog->reject();
        QSignalSpy opened(topUp, &TopUpDialog::checkoutOpened);
        topUp->openButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
        const QUrl checkout = opened.first().at(0).toUrl();
        QVERIFY(checkout.toString().startsWith(m_server->baseUrl() + u"/_sandbox/checkout/"_s));
        QVERIFY(topUp->messageLabel()->text().contains(checkout.toString()));
        // "Paying" in the browser, then retrying the failed entry, creates the project.
        QCOMPARE(rawCall(m_network, checkout.toString(), "GET", {}, {}, {}).status, 200);
        ops()->retry(ops()->at(row).id);
        QTRY_VERIFY_WITH_TIMEOUT(!idByName(u"too-expensive"_s).isEmpty(), 10000);
        topUp->close();
    }

    void filterNarrowsTheTree()
    {
        QTest::keyClicks(explorer()->filterEdit(), u"preview"_s);
        QTRY_COMPARE(explorer()->proxy()->filterText(), u"preview"_s);
        const QModelIndex databases = explorer()->toView(model()->databasesIndex());
        QCOMPARE(explorer()->proxy()->rowCount(databases), 2); // billing-prod (demo) and checkout-db
        QVERIFY(explorer()->tree()->isExpanded(explorer()->proxy()->index(0, 0, databases)));
        explorer()->filterEdit()->clear();
        QTRY_VERIFY(explorer()->proxy()->filterText().isEmpty());
    }

    void refreshAndFilterKeepExpansionAndSelection()
    {
        QTreeView *tree = explorer()->tree();
        DbTreeFilterProxy *proxy = explorer()->proxy();
        auto proxyIndex = [&](const QString &id) { return explorer()->toView(model()->indexForId(id)); };
        const QString project = idByName(u"checkout-db"_s);
        const QModelIndex branches =
            explorer()->toView(model()->indexForId(project).model()->index(0, 0, model()->indexForId(project)));
        tree->expand(proxyIndex(project));
        tree->expand(branches);
        QTRY_VERIFY(model()->branchesOf(project).size() >= 2);
        const QString branch = idByName(u"preview-42"_s);
        QVERIFY(explorer()->selectId(branch));
        auto expandedKept = [&] {
            return tree->isExpanded(proxyIndex(project)) &&
                   tree->isExpanded(explorer()->toView(model()->index(0, 0, model()->indexForId(project)))) &&
                   tree->isExpanded(explorer()->toView(model()->databasesIndex()));
        };
        QVERIFY(expandedKept());
        // F5 on the whole tree and on the selection: both stay.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_F5);
        QTRY_VERIFY(!explorer()
                         ->toView(model()->index(0, 0, model()->indexForId(project)))
                         .data(DbTreeModel::LoadingRole)
                         .toBool());
        explorer()->findChild<QAction *>(u"refreshAction"_s)->trigger();
        QTRY_VERIFY(!model()->databasesIndex().data(DbTreeModel::LoadingRole).toBool());
        QTest::qWait(100);
        QVERIFY(expandedKept());
        QCOMPARE(explorer()->selectedId(), branch);
        // A filter that matches nothing says so, and nothing hidden stays actionable.
        QTest::keyClicks(explorer()->filterEdit(), u"no-such-thing-anywhere"_s);
        QTRY_COMPARE(proxy->filterText(), u"no-such-thing-anywhere"_s);
        QLabel *nothing = explorer()->findChild<QLabel *>(u"nothingMatches"_s);
        QVERIFY(nothing && nothing->isVisibleTo(explorer()));
        QVERIFY(nothing->text().contains(u"no-such-thing-anywhere"_s));
        QVERIFY(explorer()->selectedId().isEmpty());
        QVERIFY(explorer()->details()->currentId().isEmpty());
        QVERIFY(!explorer()->findChild<QAction *>(u"deleteAction"_s)->isEnabled());
        // Clearing it brings back the tree as it was: expansion and selection.
        explorer()->filterEdit()->clear();
        QTRY_VERIFY(proxy->filterText().isEmpty());
        QVERIFY(!nothing->isVisibleTo(explorer()));
        QVERIFY(expandedKept());
        QCOMPARE(explorer()->selectedId(), branch);
        QCOMPARE(explorer()->details()->currentId(), branch);
        // A filter that matches keeps the selection when the selected row matches too.
        QTest::keyClicks(explorer()->filterEdit(), u"preview"_s);
        QTRY_COMPARE(proxy->filterText(), u"preview"_s);
        QCOMPARE(explorer()->selectedId(), branch);
        explorer()->filterEdit()->clear();
        QTRY_VERIFY(proxy->filterText().isEmpty());
        QVERIFY(expandedKept());
    }

    void everyActionIsInAMenuWithItsKey()
    {
        QList<QAction *> inMenus;
        std::function<void(QMenu *)> walk = [&](QMenu *menu) {
            for (QAction *action : menu->actions()) {
                inMenus << action;
                if (action->menu())
                    walk(action->menu());
            }
        };
        for (QAction *top : m_window->menuBar()->actions())
            if (top->menu())
                walk(top->menu());
        QList<QAction *> wanted = explorer()->resourceActions();
        wanted.removeAll(nullptr);
        wanted << explorer()->findAction();
        for (QAction *action : std::as_const(wanted)) {
            QVERIFY2(inMenus.contains(action), qPrintable(action->objectName()));
            QVERIFY2(!action->text().isEmpty(), qPrintable(action->objectName()));
        }
        for (const char *name :
             {"newProjectAction", "newQueueAction", "newBranchAction", "snapshotAction", "deleteAction", "findAction"})
            QVERIFY2(!explorer()->findChild<QAction *>(QLatin1StringView(name))->shortcut().isEmpty(), name);

        // Ctrl+F from the details pane reaches the tree's filter.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(explorer()->selectId(idByName(u"billing-prod"_s)));
        QLabel *value = nullptr;
        for (QLabel *label : explorer()->details()->findChildren<QLabel *>())
            if (label->focusPolicy() != Qt::NoFocus && label->isVisible())
                value = label;
        QVERIFY(value);
        value->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), value);
        QTest::keySequence(value, QKeySequence::Find);
        QTRY_COMPARE(QApplication::focusWidget(), explorer()->filterEdit());
        // Tab reads left to right: filter, tree, then the details / inspector tabs.
        QTest::keyClick(explorer()->filterEdit(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), explorer()->tree());
        QTest::keyClick(explorer()->tree(), Qt::Key_Tab);
        QTRY_VERIFY(explorer()->tabs()->isAncestorOf(QApplication::focusWidget()));
    }

    void closingWithOperationsInFlightAsksFirst()
    {
        m_server->faults().addSpec(u"latency=3000,path=/v1/db/snapshot/create,count=1"_s);
        const QString project = idByName(u"billing-prod"_s);
        explorer()->actions()->createSnapshot(project, u"slow"_s);
        QVERIFY(ops()->inFlightCount() > 0);
        Confirm::setNextAnswer(false);
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(ops()->inFlightCount(), 0, 10000);
    }
};

QTEST_MAIN(ExplorerTest)
#include "tst_explorer.moc"
