#include "ConsoleFixture.h"

#include "DetailsPane.h"
#include "ExplorerWidget.h"
#include "ProfileManagerDialog.h"
#include "TypedNameDialog.h"
#include "api/lakebase/OperationPoller.h"
#include "explorer/DbTreeFilterProxy.h"
#include "explorer/DbTreeModel.h"
#include "explorer/ProfilesTreeModel.h"
#include "explorer/TreeNode.h"
#include "lakebase/LakebaseActions.h"
#include "lakebase/LakebaseDialogs.h"
#include "lakebase/LakebaseSection.h"
#include "ops/OperationTracker.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;
using Kind = DbTreeModel::NodeKind;

// A Databricks Lakebase profile in the one tree, driven as an operator drives it: the
// profile dialog, the workspace's projects and branches, a new project (its id checked as
// it is typed), a branch, a read-only endpoint, a rename, protection that stops a delete,
// delete and undelete, and a credential with its countdown — in English and 简体中文.
class LakebaseUiTest : public ConsoleUiTest
{
    Q_OBJECT

public:
    LakebaseUiTest() : ConsoleUiTest(u"infrai-console-lakebasetest"_s) {}

private:
    QString m_lakebaseId;
    ExplorerWidget *explorer() const { return m_window->explorer(); }
    DbTreeModel *tree() const { return explorer()->session(m_lakebaseId)->tree(); }
    OperationTracker *ops() const { return m_window->operations(); }
    QModelIndex row(const QString &resourceName) const
    {
        return tree()->indexForId(LakebaseSection::nodeId(resourceName));
    }
    void select(const QString &resourceName)
    {
        explorer()->tree()->setCurrentIndex(explorer()->toView(row(resourceName)));
    }
    QPushButton *button(const QString &action) const
    {
        QPushButton *found = explorer()->details()->findChild<QPushButton *>(action + u"Button"_s);
        return found && found->isVisibleTo(explorer()->details()) ? found : nullptr;
    }
    bool click(const QString &action)
    {
        if (!QTest::qWaitFor([&] { return button(action) != nullptr; }, 5000))
            return false;
        QTest::mouseClick(button(action), Qt::LeftButton);
        return true;
    }
    // The last operation once it has settled as `state`.
    bool lastSettles(Operation::State state, Operation::Kind kind)
    {
        const bool settled = QTest::qWaitFor(
            [&] {
                const Operation &last = ops()->at(ops()->count() - 1);
                return last.kind == kind && last.state == state;
            },
            15000);
        if (!settled) // what happened instead, for the log
            qWarning("last operation: %s, %s: %s", qPrintable(ops()->at(ops()->count() - 1).describe()),
                     qPrintable(ops()->at(ops()->count() - 1).stateText()),
                     qPrintable(ops()->at(ops()->count() - 1).error.details()));
        return settled;
    }
    bool open(const QString &resourceName)
    {
        // The row and every row above it, as clicking down to it does.
        QList<QModelIndex> chain;
        for (QModelIndex at = explorer()->toView(row(resourceName)); at.isValid(); at = at.parent())
            chain.prepend(at);
        for (const QModelIndex &at : std::as_const(chain))
            explorer()->tree()->expand(at);
        return QTest::qWaitFor(
            [&] {
                const QModelIndex now = row(resourceName);
                return now.isValid() && !now.data(DbTreeModel::LoadingRole).toBool() && !tree()->canFetchMore(now);
            },
            10000);
    }

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.demo = true;
        options.timeScale = 100; // an operation takes 20 ms; a credential's hour, 36 s
        options.lakebaseTokens = {u"dapi-console"_s};
        QVERIFY(openConsole(u"tst_lakebase_ui"_s, options, QSize(1100, 720)));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_server.reset();
    }

    void theDialogAsksHowToSignIn()
    {
        ProfileManagerDialog *dialog = m_window->openProfileManager();
        dialog->newProfile();
        QVERIFY(!dialog->authCombo()->isVisibleTo(dialog));
        dialog->kindCombo()->setCurrentIndex(dialog->kindCombo()->findData(Profile::kindId(Profile::Kind::Lakebase)));
        QVERIFY(dialog->authCombo()->isVisibleTo(dialog));
        QCOMPARE(dialog->urlEdit()->text(), u"https://example.cloud.databricks.com"_s);
        QVERIFY(!dialog->clientIdEdit()->isVisibleTo(dialog)); // a token needs no client id
        dialog->authCombo()->setCurrentIndex(dialog->authCombo()->findData(u"oauth"_s));
        QVERIFY(dialog->clientIdEdit()->isVisibleTo(dialog)); // a service principal does
        QTest::keyClicks(dialog->nameEdit(), u"Lakehouse"_s);
        dialog->urlEdit()->setText(m_server->baseUrl());
        QVERIFY(!dialog->saveCurrent());
        QVERIFY(dialog->messageLabel()->text().contains(u"client ID"_s));
        dialog->authCombo()->setCurrentIndex(dialog->authCombo()->findData(u"token"_s));
        QVERIFY(dialog->saveCurrent());
        const std::optional<Profile> saved = m_profiles->findByName(u"Lakehouse"_s);
        QVERIFY(saved && saved->kind == Profile::Kind::Lakebase);
        QCOMPARE(saved->fields.value(u"auth"_s).toString(), u"token"_s);
        m_lakebaseId = saved->id;
        dialog->close();
        QTRY_VERIFY(!m_window->findChild<ProfileManagerDialog *>());
    }

    void theWorkspaceOpensAsATree()
    {
        m_secrets.keepForSession(m_lakebaseId, u"api-key"_s, u"dapi-console"_s);
        explorer()->tree()->expand(
            explorer()->proxy()->mapFromSource(explorer()->profiles()->profileIndex(m_lakebaseId)));
        ProfileSession *session = explorer()->session(m_lakebaseId);
        QTRY_VERIFY_WITH_TIMEOUT(session->isAttached(), 20000);
        session->lakebaseActions()->poller()->stepMs = 50;
        QVERIFY(tree()->lakebaseIndex().isValid());
        explorer()->tree()->expand(explorer()->toView(tree()->lakebaseIndex()));
        QTRY_COMPARE_WITH_TIMEOUT(tree()->rowCount(tree()->lakebaseIndex()), 2, 10000);
        QVERIFY(open(u"projects/orders-app"_s));
        QVERIFY(open(u"projects/orders-app/branches/production"_s));
        QVERIFY(row(u"projects/orders-app/branches/production/endpoints/primary"_s).isValid());
        QCOMPARE(row(u"projects/orders-app/branches/staging"_s).parent(),
                 row(u"projects/orders-app/branches/production"_s));
        // The details of an endpoint: compute, suspension, host; its actions.
        select(u"projects/orders-app/branches/production/endpoints/primary"_s);
        QTRY_COMPARE(explorer()->details()->fieldText(u"compute"_s), u"1 to 8 CU"_s);
        QTRY_VERIFY(button(u"lbCredential"_s) && button(u"lbCompute"_s));
        QCOMPARE(explorer()->profiles()->state(m_lakebaseId), ProfilesTreeModel::State::Online);
        explorer()->tree()->collapse(
            explorer()->proxy()->mapFromSource(explorer()->profiles()->profileIndex(m_profileId)));
        QTest::qWait(300);
        saveShot(m_window.get(), u"lakebase-tree"_s);
    }

    void createAProjectABranchAndAReadOnlyEndpoint()
    {
        select(u"projects/orders-app"_s);
        explorer()->newProject(); // the toolbar's New project, for the Lakebase profile
        QPointer<NewLakebaseProjectDialog> dialog = openDialog<NewLakebaseProjectDialog>();
        QVERIFY(dialog);
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        // Checked as it is typed, with why it fails.
        QTest::keyClicks(dialog->idEdit(), u"1shop"_s);
        QTRY_VERIFY(dialog->fieldError(u"project_id"_s)->isVisible());
        QVERIFY(dialog->fieldError(u"project_id"_s)->text().contains(u"letter"_s));
        QVERIFY(!ok->isEnabled());
        dialog->idEdit()->clear();
        QTest::keyClicks(dialog->idEdit(), u"shop"_s);
        QTRY_VERIFY(!dialog->fieldError(u"project_id"_s)->isVisible());
        QTRY_VERIFY(ok->isEnabled());
        QTest::keyClicks(dialog->displayNameEdit(), u"Shop"_s);
        dialog->compute()->maxCu->setValue(20); // 19.5 above the minimum: too far apart
        QTRY_VERIFY(dialog->fieldError(u"max_cu"_s)->isVisible());
        QVERIFY(dialog->fieldError(u"max_cu"_s)->text().contains(u"16"_s));
        QVERIFY(!ok->isEnabled());
        dialog->compute()->maxCu->setValue(4);
        QTRY_VERIFY(ok->isEnabled());
        saveShot(dialog, u"lakebase-new-project"_s);
        clickOk(dialog);
        QVERIFY(lastSettles(Operation::State::Succeeded, Operation::Kind::CreateProject));
        QTRY_VERIFY(row(u"projects/shop"_s).isValid());
        QCOMPARE(row(u"projects/shop"_s).data().toString(), u"Shop"_s);

        // A branch of it, from its default branch.
        QVERIFY(open(u"projects/shop"_s));
        select(u"projects/shop/branches/production"_s);
        QVERIFY(click(u"lbNewBranch"_s));
        QPointer<NewLakebaseBranchDialog> branch = openDialog<NewLakebaseBranchDialog>();
        QVERIFY(branch);
        QCOMPARE(branch->sourceCombo()->currentData().toString(), u"projects/shop/branches/production"_s);
        QTest::keyClicks(branch->idEdit(), u"feature"_s);
        QTRY_VERIFY(branch->buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // checked as typed
        clickOk(branch);
        QVERIFY(lastSettles(Operation::State::Succeeded, Operation::Kind::CreateBranch));
        QTRY_COMPARE(row(u"projects/shop/branches/feature"_s).parent(), row(u"projects/shop/branches/production"_s));

        // Production has its read-write endpoint: a second one cannot be picked.
        QVERIFY(click(u"lbNewEndpoint"_s));
        QPointer<NewLakebaseEndpointDialog> second = openDialog<NewLakebaseEndpointDialog>();
        QVERIFY(second);
        QCOMPARE(second->typeCombo()->currentData().toBool(), false);
        auto *types = qobject_cast<QStandardItemModel *>(second->typeCombo()->model());
        QVERIFY(types && !types->item(0)->isEnabled());
        QVERIFY(second->typeCombo()->itemText(0).contains(u"primary"_s));
        second->reject();

        // A read-only endpoint on the feature branch.
        QVERIFY(open(u"projects/shop/branches/feature"_s));
        select(u"projects/shop/branches/feature"_s);
        QVERIFY(click(u"lbNewEndpoint"_s));
        QPointer<NewLakebaseEndpointDialog> endpoint;
        QTRY_VERIFY((endpoint = m_window->findChild<NewLakebaseEndpointDialog *>()) && endpoint->isVisible() &&
                    endpoint->typeCombo()->currentData().toBool()); // the branch has none: read-write offered
        endpoint->typeCombo()->setCurrentIndex(1);
        QTest::keyClicks(endpoint->idEdit(), u"reports"_s);
        QTRY_VERIFY(endpoint->buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // checked as typed
        clickOk(endpoint);
        QVERIFY(lastSettles(Operation::State::Succeeded, Operation::Kind::CreateEndpoint));
        const QString reports = u"projects/shop/branches/feature/endpoints/reports"_s;
        QTRY_VERIFY(row(reports).isValid());
        QCOMPARE(row(reports).siblingAtColumn(DbTreeModel::TypeColumn).data().toString(), u"read-only · 0.5–2 CU"_s);

        // Compute: only what is changed is sent (here the maximum), and its error shows as typed.
        select(reports);
        QVERIFY(click(u"lbCompute"_s));
        QPointer<EditLakebaseEndpointDialog> compute = openDialog<EditLakebaseEndpointDialog>();
        QVERIFY(compute);
        QVERIFY(!compute->buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // nothing changed yet
        compute->compute()->maxCu->setValue(30);
        QTRY_VERIFY(compute->fieldError(u"max_cu"_s)->isVisible());
        compute->compute()->maxCu->setValue(4);
        QTRY_VERIFY(compute->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!compute->fieldError(u"max_cu"_s)->isVisible());
        const LakebaseClient::EndpointChange change = compute->change();
        QVERIFY(change.maxCu && !change.minCu && !change.suspendSeconds);
        clickOk(compute);
        QVERIFY(lastSettles(Operation::State::Succeeded, Operation::Kind::UpdateEndpoint));
        QTRY_COMPARE(row(reports).siblingAtColumn(DbTreeModel::TypeColumn).data().toString(),
                     u"read-only · 0.5–4 CU"_s);
    }

    void renameProtectAndDeleteAndUndelete()
    {
        // Rename: only the display name changes (the id stays).
        select(u"projects/shop"_s);
        QVERIFY(click(u"lbRename"_s));
        QPointer<QInputDialog> rename = openDialog<QInputDialog>();
        QVERIFY(rename);
        rename->setTextValue(u"Shop (EU)"_s);
        rename->accept();
        QVERIFY(lastSettles(Operation::State::Succeeded, Operation::Kind::UpdateProject));
        QTRY_COMPARE(row(u"projects/shop"_s).data().toString(), u"Shop (EU)"_s);

        // Protected, the branch cannot go: the console says why, and so does the service.
        const QString feature = u"projects/shop/branches/feature"_s;
        select(feature);
        QVERIFY(click(u"lbProtect"_s));
        QVERIFY(lastSettles(Operation::State::Succeeded, Operation::Kind::UpdateBranch));
        QTRY_VERIFY(row(feature).siblingAtColumn(DbTreeModel::TypeColumn).data().toString().contains(u"protected"_s));
        QVERIFY(click(u"lbDelete"_s));
        QPointer<QMessageBox> why = openDialog<QMessageBox>();
        QVERIFY(why);
        QVERIFY(why->text().contains(u"protected"_s));
        why->close();
        explorer()->session(m_lakebaseId)->lakebaseActions()->remove(feature);
        QVERIFY(lastSettles(Operation::State::Failed, Operation::Kind::DeleteBranch));
        QVERIFY(ops()->at(ops()->count() - 1).error.message().contains(u"protected"_s));
        QVERIFY(row(feature).isValid());

        // Unprotected, it goes after its name is typed.
        QVERIFY(click(u"lbUnprotect"_s));
        QVERIFY(lastSettles(Operation::State::Succeeded, Operation::Kind::UpdateBranch));
        QTRY_VERIFY(!row(feature).siblingAtColumn(DbTreeModel::TypeColumn).data().toString().contains(u"protected"_s));
        QVERIFY(click(u"lbDelete"_s));
        QPointer<TypedNameDialog> confirm = openDialog<TypedNameDialog>();
        QVERIFY(confirm);
        QVERIFY(!confirm->confirmButton()->isEnabled());
        QTest::keyClicks(confirm->nameEdit(), u"feature"_s);
        QTest::mouseClick(confirm->confirmButton(), Qt::LeftButton);
        QVERIFY(lastSettles(Operation::State::Succeeded, Operation::Kind::DeleteBranch));
        QTRY_VERIFY(!row(feature).isValid());

        // Show deleted (from the tree's menu) brings it back marked; Undelete restores it.
        QVERIFY(triggerTreeMenu(explorer()->toView(row(u"projects/shop"_s)), u"lbShowDeletedAction"_s));
        QTRY_VERIFY(row(feature).isValid());
        QCOMPARE(row(feature).siblingAtColumn(DbTreeModel::StatusColumn).data().toString(), u"deleted"_s);
        select(feature);
        QVERIFY(click(u"lbUndelete"_s));
        QVERIFY(lastSettles(Operation::State::Succeeded, Operation::Kind::Undelete));
        QTRY_COMPARE(row(feature).siblingAtColumn(DbTreeModel::StatusColumn).data().toString(), u"ready"_s);
        QVERIFY(triggerTreeMenu(explorer()->toView(row(u"projects/shop"_s)), u"lbShowDeletedAction"_s));
        QVERIFY(!tree()->lakebase()->showDeleted());
    }

    void aCredentialIsShownOnceWithItsCountdown()
    {
        select(u"projects/orders-app/branches/production/endpoints/primary"_s);
        QVERIFY(click(u"lbCredential"_s));
        QPointer<LakebaseCredentialDialog> dialog = openDialog<LakebaseCredentialDialog>();
        QVERIFY(dialog);
        const QString first = dialog->countdownLabel()->text();
        QVERIFY2(first.startsWith(u"Expires in 0:3"_s), qPrintable(first));        // 36 s at ×100
        QTRY_VERIFY_WITH_TIMEOUT(dialog->countdownLabel()->text() != first, 3000); // it counts down
        QVERIFY(dialog->psqlCommand().contains(u"sslmode=require"_s));
        QVERIFY(dialog->psqlCommand().contains(u"database.sandbox.lakebase.local"_s));
        QApplication::clipboard()->clear();
        QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text().startsWith(u"lbc_"_s));
        QVERIFY(!dialog->psqlCommand().contains(QApplication::clipboard()->text())); // psql asks for it
        QTest::mouseClick(dialog->copyPsqlButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), dialog->psqlCommand());
        saveShot(dialog, u"lakebase-credential"_s);
        dialog->close();
        QTRY_VERIFY(!dialog);
    }

    void inChinese()
    {
        m_language.apply(u"zh_CN"_s);
        select(u"projects/orders-app/branches/production/endpoints/primary"_s);
        QTRY_VERIFY(button(u"lbCredential"_s) && button(u"lbCredential"_s)->text() != u"Get credential…"_s);
        QCOMPARE(row(u"projects/orders-app/branches/production/endpoints/primary"_s)
                     .siblingAtColumn(DbTreeModel::StatusColumn)
                     .data()
                     .toString(),
                 u"活动"_s);
        QTest::qWait(300);
        saveShot(m_window.get(), u"lakebase-tree-zh_CN"_s);
        explorer()->newProject();
        QPointer<NewLakebaseProjectDialog> dialog = openDialog<NewLakebaseProjectDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), u"新建 Lakebase 项目"_s);
        QTest::keyClicks(dialog->idEdit(), u"9lives"_s);
        QTRY_VERIFY(dialog->fieldError(u"project_id"_s)->isVisible());
        QVERIFY(dialog->fieldError(u"project_id"_s)->text().contains(u"字母"_s));
        dialog->idEdit()->clear();
        QTest::keyClicks(dialog->idEdit(), u"inventory"_s);
        QTRY_VERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QTRY_VERIFY(!dialog->fieldError(u"project_id"_s)->isVisible());
        saveShot(dialog, u"lakebase-new-project-zh_CN"_s);
        dialog->reject();
        QVERIFY(click(u"lbCredential"_s));
        QPointer<LakebaseCredentialDialog> credential = openDialog<LakebaseCredentialDialog>();
        QVERIFY(credential);
        QVERIFY2(credential->countdownLabel()->text().contains(u"后过期"_s),
                 qPrintable(credential->countdownLabel()->text()));
        saveShot(credential, u"lakebase-credential-zh_CN"_s);
        credential->close();
        m_language.apply(u"en"_s);
    }
};

QTEST_MAIN(LakebaseUiTest)
#include "tst_lakebase_ui.moc"
