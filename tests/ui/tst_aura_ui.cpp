#include "ConsoleFixture.h"

#include "Confirm.h"
#include "DetailsPane.h"
#include "ExplorerWidget.h"
#include "ProfileManagerDialog.h"
#include "TypedNameDialog.h"
#include "aura/AuraActions.h"
#include "aura/AuraDialogs.h"
#include "aura/AuraSection.h"
#include "aura/AuraService.h"
#include "explorer/DbTreeFilterProxy.h"
#include "explorer/DbTreeModel.h"
#include "explorer/ProfilesTreeModel.h"
#include "explorer/TreeNode.h"
#include "ops/OperationTracker.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Kind = DbTreeModel::NodeKind;

// A Neo4j Aura profile in the one tree: OAuth client credentials (the secret from the
// keychain), the tenant and its instances with live status, polled until they settle.
class AuraUiTest : public ConsoleUiTest
{
    Q_OBJECT

public:
    AuraUiTest() : ConsoleUiTest(u"infrai-console-auratest"_s) {}

private:
    QString m_auraId;
    ExplorerWidget *explorer() const { return m_window->explorer(); }

    QModelIndex childOfKind(const QAbstractItemModel *model, const QModelIndex &parent, Kind kind)
    {
        for (int row = 0; row < model->rowCount(parent); ++row)
            if (model->index(row, 0, parent).data(DbTreeModel::KindRole).value<Kind>() == kind)
                return model->index(row, 0, parent);
        return {};
    }

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.demo = true;
        options.timeScale = 120; // an Aura create takes half a second
        options.auraClients = {u"console-client:console-secret"_s};
        QVERIFY(openConsole(u"tst_aura_ui"_s, options, QSize(1024, 700)));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_server.reset();
    }

    void theDialogAsksForAClientIdAndSecret()
    {
        ProfileManagerDialog *dialog = m_window->openProfileManager();
        dialog->newProfile();
        QVERIFY(!dialog->clientIdEdit()->isVisibleTo(dialog));
        dialog->kindCombo()->setCurrentIndex(dialog->kindCombo()->findData(Profile::kindId(Profile::Kind::Aura)));
        QVERIFY(dialog->clientIdEdit()->isVisibleTo(dialog));
        QCOMPARE(dialog->urlEdit()->text(), u"https://api.neo4j.io"_s); // the default follows the kind
        QTest::keyClicks(dialog->nameEdit(), u"Graphs"_s);
        dialog->urlEdit()->setText(m_server->baseUrl());
        QVERIFY(!dialog->saveCurrent()); // no client id yet
        QVERIFY(dialog->messageLabel()->text().contains(u"client ID"_s));
        QTest::keyClicks(dialog->clientIdEdit(), u"console-client"_s);
        QVERIFY(dialog->saveCurrent());
        const std::optional<Profile> saved = m_profiles->findByName(u"Graphs"_s);
        QVERIFY(saved && saved->kind == Profile::Kind::Aura);
        QCOMPARE(saved->fields.value(u"client_id"_s).toString(), u"console-client"_s);
        m_auraId = saved->id;
        dialog->close();
        QTRY_VERIFY(!m_window->findChild<ProfileManagerDialog *>());
    }

    void instancesAppearWithTheirStatusAndSettle()
    {
        m_secrets.keepForSession(m_auraId, u"api-key"_s, u"console-secret"_s);
        explorer()->tree()->expand(explorer()->proxy()->mapFromSource(explorer()->profiles()->profileIndex(m_auraId)));
        ProfileSession *session = explorer()->session(m_auraId);
        QTRY_VERIFY_WITH_TIMEOUT(session->isAttached(), 20000);
        DbTreeModel *tree = session->tree();
        tree->aura()->pollIntervalMs = 150; // the real 6 s, shortened
        const QModelIndex group = tree->auraIndex();
        QVERIFY(group.isValid());
        QTRY_VERIFY_WITH_TIMEOUT(childOfKind(tree, group, Kind::AuraTenant).isValid(), 20000);
        const QModelIndex tenant = childOfKind(tree, group, Kind::AuraTenant);
        explorer()->tree()->expand(explorer()->toView(tenant));
        QTRY_COMPARE_WITH_TIMEOUT(tree->rowCount(tenant), 4, 20000);
        QStringList names;
        for (int row = 0; row < tree->rowCount(tenant); ++row)
            names << tree->index(row, 0, tenant).data().toString();
        QVERIFY(names.contains(u"graph-prod"_s) && names.contains(u"fraud-detection"_s));
        // Details fill in: type and memory, region, the status verbatim.
        auto statusOf = [&](const QString &name) {
            for (int row = 0; row < tree->rowCount(tenant); ++row)
                if (tree->index(row, 0, tenant).data().toString() == name)
                    return tree->index(row, DbTreeModel::StatusColumn, tenant).data().toString();
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(u"recommendations"_s), u"paused"_s, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(u"graph-prod"_s) == u"running"_s, 10000);
        // The one being created is followed until it runs.
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(u"fraud-detection"_s), u"running"_s, 20000);
        QCOMPARE(tree->aura()->followedCount(), 0);
        for (int row = 0; row < tree->rowCount(tenant); ++row)
            if (tree->index(row, 0, tenant).data().toString() == u"graph-prod") {
                QCOMPARE(tree->index(row, DbTreeModel::TypeColumn, tenant).data().toString(),
                         u"professional-db · 8GB"_s);
                QCOMPARE(tree->index(row, DbTreeModel::RegionColumn, tenant).data().toString(), u"gcp europe-west1"_s);
            }
        QCOMPARE(explorer()->profiles()->state(m_auraId), ProfilesTreeModel::State::Online);
        // The picture: the infrai profile folded away, the Aura instances in view.
        explorer()->tree()->collapse(
            explorer()->proxy()->mapFromSource(explorer()->profiles()->profileIndex(m_profileId)));
        explorer()->tree()->setCurrentIndex(explorer()->toView(tree->index(0, 0, tenant)));
        QTest::qWait(300); // the details lay out before the picture
        saveShot(m_window.get(), u"aura-tree"_s);
    }

    void pauseResumeAndDeleteFromTheDetails()
    {
        ProfileSession *session = explorer()->session(m_auraId);
        DbTreeModel *tree = session->tree();
        auto rowOf = [&](const QString &name) {
            const QModelIndex tenant = childOfKind(tree, tree->auraIndex(), Kind::AuraTenant);
            for (int row = 0; row < tree->rowCount(tenant); ++row)
                if (tree->index(row, 0, tenant).data().toString() == name)
                    return tree->index(row, 0, tenant);
            return QModelIndex();
        };
        auto button = [&](const QString &name) {
            QPushButton *found = explorer()->details()->findChild<QPushButton *>(name);
            return found && found->isVisibleTo(explorer()->details()) ? found : nullptr;
        };
        OperationTracker *ops = m_window->operations();
        explorer()->tree()->setCurrentIndex(explorer()->toView(rowOf(u"graph-prod"_s)));
        QCOMPARE(explorer()->details()->currentId(),
                 AuraSection::instanceNodeId(rowOf(u"graph-prod"_s).data(DbTreeModel::IdRole).toString().mid(5)));
        // Running: Pause is offered, Resume is not.
        QTRY_VERIFY(button(u"auraPauseButton"_s)); // (buttons show from the event loop)
        QVERIFY(!button(u"auraResumeButton"_s));
        const int before = ops->count();
        QTest::mouseClick(button(u"auraPauseButton"_s), Qt::LeftButton);
        QTRY_COMPARE(ops->count(), before + 1);
        const int pause = ops->at(ops->count() - 1).id;
        QCOMPARE(ops->at(ops->rowOf(pause)).kind, Operation::Kind::PauseInstance);
        QCOMPARE(ops->at(ops->rowOf(pause)).profile.name, u"Graphs"_s);
        QTRY_COMPARE_WITH_TIMEOUT(ops->at(ops->rowOf(pause)).state, Operation::State::Settling, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(ops->at(ops->rowOf(pause)).state, Operation::State::Succeeded, 20000);
        QCOMPARE(rowOf(u"graph-prod"_s).siblingAtColumn(DbTreeModel::StatusColumn).data().toString(), u"paused"_s);
        // Paused: Resume is offered, Pause is not; the URI says why it is empty.
        QTRY_VERIFY(button(u"auraResumeButton"_s));
        QVERIFY(!button(u"auraPauseButton"_s));
        QLabel *uri = explorer()->details()->findChild<QLabel *>(u"connection_url"_s);
        QVERIFY(uri && uri->text().contains(u"paused"_s));
        QTest::mouseClick(button(u"auraResumeButton"_s), Qt::LeftButton);
        const int resume = ops->at(ops->count() - 1).id;
        QTRY_COMPARE_WITH_TIMEOUT(ops->at(ops->rowOf(resume)).state, Operation::State::Succeeded, 20000);
        QCOMPARE(rowOf(u"graph-prod"_s).siblingAtColumn(DbTreeModel::StatusColumn).data().toString(), u"running"_s);
        // Delete asks, then follows destroying until the instance is gone.
        const int instancesBefore = m_server->aura().instanceCount();
        session->auraActions()->snapshotPollMs = 100;
        QTRY_VERIFY(button(u"auraDeleteButton"_s));
        QTest::mouseClick(button(u"auraDeleteButton"_s), Qt::LeftButton);
        QPointer<TypedNameDialog> confirm = openDialog<TypedNameDialog>();
        QVERIFY(confirm);
        QVERIFY(!confirm->confirmButton()->isEnabled()); // until the name is typed
        QVERIFY(confirm->optionBox()->isVisibleTo(confirm) && confirm->optionBox()->isChecked()); // snapshot first
        QTest::keyClicks(confirm->nameEdit(), u"graph-pro"_s);
        QVERIFY(!confirm->confirmButton()->isEnabled());
        QTest::keyClicks(confirm->nameEdit(), u"d"_s);
        QVERIFY(confirm->confirmButton()->isEnabled());
        QTest::mouseClick(confirm->confirmButton(), Qt::LeftButton);
        // The snapshot first, then the delete.
        QTRY_VERIFY(ops->at(ops->count() - 1).kind == Operation::Kind::SnapshotInstance);
        const int snapshotFirst = ops->at(ops->count() - 1).id;
        QTRY_COMPARE_WITH_TIMEOUT(ops->at(ops->rowOf(snapshotFirst)).state, Operation::State::Succeeded, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(ops->at(ops->count() - 1).kind == Operation::Kind::DeleteInstance, 10000);
        const int removal = ops->at(ops->count() - 1).id;
        QTRY_COMPARE_WITH_TIMEOUT(ops->at(ops->rowOf(removal)).state, Operation::State::Succeeded, 20000);
        QVERIFY(!rowOf(u"graph-prod"_s).isValid());
        QCOMPARE(m_server->aura().instanceCount(), instancesBefore - 1);
    }

    void createShowsThePasswordOnceAndKeepsItInTheKeychain()
    {
        ProfileSession *session = explorer()->session(m_auraId);
        DbTreeModel *tree = session->tree();
        const QModelIndex tenant = childOfKind(tree, tree->auraIndex(), Kind::AuraTenant);
        explorer()->tree()->setCurrentIndex(explorer()->toView(tenant));
        explorer()->newAuraInstance();
        QPointer<NewAuraInstanceDialog> dialog = openDialog<NewAuraInstanceDialog>();
        QVERIFY(dialog);
        // Each choice narrows the next: Free is GCP and 1GB only.
        dialog->typeCombo()->setCurrentIndex(dialog->typeCombo()->findData(u"free-db"_s));
        QCOMPARE(dialog->cloudCombo()->count(), 1);
        QCOMPARE(dialog->memoryCombo()->count(), 1);
        QCOMPARE(dialog->memoryCombo()->currentData().toString(), u"1GB"_s);
        dialog->typeCombo()->setCurrentIndex(dialog->typeCombo()->findData(u"professional-db"_s));
        QVERIFY(dialog->cloudCombo()->findData(u"aws"_s) >= 0);
        dialog->cloudCombo()->setCurrentIndex(dialog->cloudCombo()->findData(u"aws"_s));
        QCOMPARE(dialog->regionCombo()->currentData().toString(), u"us-east-1"_s);
        QCOMPARE(dialog->regionCombo()->currentText(), u"N. Virginia (us-east-1)"_s);
        QTest::keyClicks(dialog->nameEdit(), u"orders-graph"_s);
        saveShot(dialog, u"aura-create"_s);
        const int before = m_server->aura().instanceCount();
        clickOk(dialog);
        QPointer<AuraPasswordDialog> password = openDialog<AuraPasswordDialog>();
        QVERIFY(password);
        QCOMPARE(m_server->aura().instanceCount(), before + 1);
        const QString shown = password->passwordLabel()->text();
        QVERIFY(shown.size() >= 16);
        saveShot(password, u"aura-password"_s);
        // In the real keychain already, under the new instance's id.
        QString id;
        for (int row = 0; row < tree->rowCount(tenant); ++row)
            if (tree->index(row, 0, tenant).data().toString() == u"orders-graph")
                id = tree->index(row, 0, tenant).data(DbTreeModel::IdRole).toString().mid(5);
        QVERIFY(!id.isEmpty());
        QString stored;
        bool read = false;
        m_secrets.read(m_auraId, AuraActions::passwordItem(id), this, [&](const SecretStore::Result &result) {
            stored = result.secret;
            read = true;
        });
        QTRY_VERIFY(read);
        QCOMPARE(stored, shown);
        // Saved as .env inside a git work tree that does not ignore it: a warning.
        QTemporaryDir repository;
        QProcess git;
        git.setWorkingDirectory(repository.path());
        git.start(u"git"_s, {u"init"_s, u"-q"_s});
        QVERIFY(git.waitForFinished(10000) && git.exitCode() == 0); // (the test command installs git)
        AuraPasswordDialog::setNextSavePath(repository.filePath(u".env"_s));
        QTest::mouseClick(password->saveButton(), Qt::LeftButton);
        QFile env(repository.filePath(u".env"_s));
        QVERIFY(env.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(env.readAll());
        QVERIFY(text.contains(u"NEO4J_PASSWORD="_s + shown));
        QVERIFY(text.contains(u"AURA_INSTANCE_ID="_s + id));
        QVERIFY(text.contains(u"NEO4J_URI=neo4j+s://"_s));
        QTRY_COMPARE(password->messageLabel()->objectName(), u"gitWarning"_s);
        QFile ignore(repository.filePath(u".gitignore"_s));
        QVERIFY(ignore.open(QIODevice::WriteOnly));
        ignore.write(".env\n");
        ignore.close();
        AuraPasswordDialog::setNextSavePath(repository.filePath(u".env"_s));
        QTest::mouseClick(password->saveButton(), Qt::LeftButton);
        QTest::qWait(500); // git answers: ignored now, so no warning comes
        QCOMPARE(password->messageLabel()->objectName(), u"saved"_s);
        // With no git to ask, a file inside a work tree (found by its .git) is said to be unchecked.
        QTemporaryDir unchecked;
        QVERIFY(QDir(unchecked.path()).mkpath(u".git"_s) && QDir(unchecked.path()).mkpath(u"app"_s));
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", unchecked.path().toLocal8Bit()); // nothing runnable there
        AuraPasswordDialog::setNextSavePath(unchecked.filePath(u"app/.env"_s));
        QTest::mouseClick(password->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(password->messageLabel()->objectName(), u"gitUnchecked"_s);
        qputenv("PATH", path);
        QVERIFY(password->messageLabel()->text().contains(u".gitignore"_s));
        password->close(); // kept: no question
        QTRY_VERIFY(!password);
        // The operation settles when the instance runs.
        OperationTracker *ops = m_window->operations();
        const int created = ops->at(ops->count() - 1).id;
        QCOMPARE(ops->at(ops->rowOf(created)).kind, Operation::Kind::CreateInstance);
        QTRY_COMPARE_WITH_TIMEOUT(ops->at(ops->rowOf(created)).state, Operation::State::Succeeded, 20000);
        // The details offer it later, from the keychain.
        for (int row = 0; row < tree->rowCount(tenant); ++row)
            if (tree->index(row, 0, tenant).data().toString() == u"orders-graph")
                explorer()->tree()->setCurrentIndex(explorer()->toView(tree->index(row, 0, tenant)));
        QPushButton *copy = nullptr;
        QTRY_VERIFY((copy = explorer()->details()->findChild<QPushButton *>(u"auraCopyPasswordButton"_s)) &&
                    copy->isVisibleTo(explorer()->details()));
        QApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        QTRY_COMPARE(QApplication::clipboard()->text(), shown);
        // Deleted: the keychain forgets it.
        const int removal = session->auraActions()->remove(id, u"orders-graph"_s);
        QTRY_COMPARE_WITH_TIMEOUT(ops->at(ops->rowOf(removal)).state, Operation::State::Succeeded, 20000);
        bool gone = false;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                bool answered = false;
                m_secrets.read(m_auraId, AuraActions::passwordItem(id), this, [&](const SecretStore::Result &r) {
                    gone = r.status == SecretStore::Status::NotFound;
                    answered = true;
                });
                return QTest::qWaitFor([&] { return answered; }, 5000) && gone;
            }(),
            10000);
    }

    void aLostCreateAnswerIsNotRetriedBlindly()
    {
        ProfileSession *session = explorer()->session(m_auraId);
        const QModelIndex tenant = childOfKind(session->tree(), session->tree()->auraIndex(), Kind::AuraTenant);
        const QString tenantId = tenant.data(DbTreeModel::IdRole).toString().mid(12);
        const int before = m_server->aura().instanceCount();
        // The instance is made, then the answer (and its password) is lost.
        m_server->faults().addSpec(u"503,path=/v1/instances,method=POST,count=1,after"_s);
        OperationTracker *ops = m_window->operations();
        const int created = session->auraActions()->create(
            {u"lost-answer"_s, u"5"_s, u"europe-west1"_s, u"2GB"_s, u"professional-db"_s, tenantId, u"gcp"_s});
        QTRY_COMPARE_WITH_TIMEOUT(ops->at(ops->rowOf(created)).state, Operation::State::Failed, 20000);
        const Operation &failed = ops->at(ops->rowOf(created));
        QVERIFY2(failed.error.message().contains(u"probably created"_s), qPrintable(failed.error.message()));
        QVERIFY(!failed.retry); // a retry could make (and bill) a second one
        QCOMPARE(m_server->aura().instanceCount(), before + 1);
        m_server->faults().clear();
        // A clear refusal made nothing: that one may be tried again.
        const int refused = session->auraActions()->create(
            {u"bad-memory"_s, u"5"_s, u"europe-west1"_s, u"3GB"_s, u"professional-db"_s, tenantId, u"gcp"_s});
        QTRY_COMPARE_WITH_TIMEOUT(ops->at(ops->rowOf(refused)).state, Operation::State::Failed, 20000);
        QCOMPARE(ops->at(ops->rowOf(refused)).error.field(), u"memory"_s);
        QCOMPARE(m_server->aura().instanceCount(), before + 1);
    }

    void closingThePasswordUnsavedAsksFirst()
    {
        AuraInstance instance;
        instance.id = u"abcdef12"_s;
        instance.name = u"unsaved"_s;
        instance.password = u"pw-0123456789abcdef"_s;
        auto *dialog = new AuraPasswordDialog(instance, true, {}, m_window.get());
        QPointer<AuraPasswordDialog> open = dialog;
        dialog->show();
        Confirm::setNextAnswer(false);
        dialog->reject();
        QVERIFY(open && dialog->isVisible()); // stayed
        QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
        dialog->reject(); // copied: closes without asking
        QVERIFY(!dialog->isVisible());
        delete dialog;
    }

    void resizeRenameSnapshotAndRestore()
    {
        ProfileSession *session = explorer()->session(m_auraId);
        DbTreeModel *tree = session->tree();
        AuraActions *actions = session->auraActions();
        actions->snapshotPollMs = 100;
        OperationTracker *ops = m_window->operations();
        const QModelIndex tenant = childOfKind(tree, tree->auraIndex(), Kind::AuraTenant);
        auto find = [&](const QString &name) -> std::optional<AuraInstance> {
            for (int row = 0; row < tree->rowCount(tenant); ++row)
                if (tree->index(row, 0, tenant).data().toString() == name)
                    return tree->auraInstance(tree->index(row, 0, tenant).data(DbTreeModel::IdRole).toString());
            return std::nullopt;
        };
        // Free: no Resize offered; professional: Resize, Rename, Take snapshot.
        auto buttonsFor = [&](const QString &name) {
            for (int row = 0; row < tree->rowCount(tenant); ++row)
                if (tree->index(row, 0, tenant).data().toString() == name)
                    explorer()->tree()->setCurrentIndex(explorer()->toView(tree->index(row, 0, tenant)));
            QTest::qWait(50);
            QStringList names;
            for (QPushButton *button : explorer()->details()->findChildren<QPushButton *>())
                if (!button->objectName().isEmpty())
                    names << button->objectName();
            return names;
        };
        QVERIFY(!buttonsFor(u"free-playground"_s).contains(u"auraResizeButton"_s));
        const QStringList offered = buttonsFor(u"fraud-detection"_s);
        QVERIFY(offered.contains(u"auraResizeButton"_s) && offered.contains(u"auraSnapshotButton"_s) &&
                offered.contains(u"auraRenameButton"_s));
        const AuraInstance target = *find(u"fraud-detection"_s);
        const int resize = actions->resize(target.id, target.name, u"8GB"_s);
        QTRY_COMPARE_WITH_TIMEOUT(ops->at(ops->rowOf(resize)).state, Operation::State::Succeeded, 20000);
        QCOMPARE(find(u"fraud-detection"_s)->memory, u"8GB"_s);
        const int rename = actions->rename(target.id, target.name, u"fraud-graph"_s);
        QTRY_COMPARE_WITH_TIMEOUT(ops->at(ops->rowOf(rename)).state, Operation::State::Succeeded, 20000);
        QVERIFY(find(u"fraud-graph"_s).has_value());
        const int snapshot = actions->takeSnapshot(target.id, u"fraud-graph"_s);
        QTRY_COMPARE_WITH_TIMEOUT(ops->at(ops->rowOf(snapshot)).state, Operation::State::Succeeded, 20000);
        const QString snapshotId = ops->at(ops->rowOf(snapshot)).resultId;
        QVERIFY(!snapshotId.isEmpty());
        // The instance's Snapshots list it.
        const QModelIndex instanceRow = tree->indexForId(AuraSection::instanceNodeId(target.id));
        const QModelIndex snapshots = tree->index(0, 0, instanceRow);
        QTRY_VERIFY_WITH_TIMEOUT(tree->indexForId(u"aura-snapshot:"_s + snapshotId).isValid(), 10000);
        QCOMPARE(tree->rowCount(snapshots) >= 1, true);
        // Its details: id, instance, status, when, exportable.
        explorer()->tree()->expand(explorer()->toView(instanceRow));
        explorer()->tree()->setCurrentIndex(explorer()->toView(tree->indexForId(u"aura-snapshot:"_s + snapshotId)));
        QTRY_VERIFY(explorer()->details()->findChild<QLabel *>(u"snapshot_id"_s));
        QCOMPARE(explorer()->details()->findChild<QLabel *>(u"snapshot_id"_s)->text(), snapshotId);
        QCOMPARE(explorer()->details()->findChild<QLabel *>(u"status"_s)->text(), u"Completed"_s);
        const int restore = actions->restore(target.id, u"fraud-graph"_s, snapshotId);
        QTRY_COMPARE_WITH_TIMEOUT(ops->at(ops->rowOf(restore)).state, Operation::State::Succeeded, 20000);
        QCOMPARE(find(u"fraud-graph"_s)->status, u"running"_s);
        // Overwrite its data from another instance, and from that one's snapshot.
        const AuraInstance source = *find(u"free-playground"_s);
        const int overwrite = actions->overwrite(target.id, u"fraud-graph"_s, source.id);
        QTRY_COMPARE_WITH_TIMEOUT(ops->at(ops->rowOf(overwrite)).state, Operation::State::Succeeded, 20000);
        const int fromSnapshot = actions->overwrite(source.id, source.name, target.id, snapshotId);
        QTRY_COMPARE_WITH_TIMEOUT(ops->at(ops->rowOf(fromSnapshot)).state, Operation::State::Succeeded, 20000);
        QCOMPARE(ops->at(ops->rowOf(fromSnapshot)).kind, Operation::Kind::OverwriteInstance);
    }

    void restoreAndOverwriteFromTheMenus()
    {
        ProfileSession *session = explorer()->session(m_auraId);
        DbTreeModel *tree = session->tree();
        OperationTracker *ops = m_window->operations();
        const QModelIndex tenant = childOfKind(tree, tree->auraIndex(), Kind::AuraTenant);
        auto rowOf = [&](const QString &name) {
            for (int row = 0; row < tree->rowCount(tenant); ++row)
                if (tree->index(row, 0, tenant).data().toString() == name)
                    return tree->index(row, 0, tenant);
            return QModelIndex();
        };
        auto confirmTyping = [&](const QString &name) {
            QPointer<TypedNameDialog> confirm = openDialog<TypedNameDialog>();
            if (!confirm || confirm->confirmButton()->isEnabled())
                return false;
            QTest::keyClicks(confirm->nameEdit(), name);
            if (!confirm->confirmButton()->isEnabled())
                return false;
            QTest::mouseClick(confirm->confirmButton(), Qt::LeftButton);
            return true;
        };
        // The snapshot taken before, as the operator finds it: instance → Snapshots → row.
        const QPersistentModelIndex target = rowOf(u"fraud-graph"_s);
        QVERIFY(target.isValid());
        const QString targetId = target.data(DbTreeModel::IdRole).toString().mid(5);
        explorer()->tree()->expand(explorer()->toView(target));
        const QPersistentModelIndex snapshots = tree->index(0, 0, target);
        QCOMPARE(snapshots.data(DbTreeModel::KindRole).value<Kind>(), Kind::AuraSnapshots);
        explorer()->tree()->expand(explorer()->toView(snapshots));
        QTRY_VERIFY(tree->rowCount(snapshots) >= 1 &&
                    tree->index(0, 0, snapshots).data(DbTreeModel::KindRole).value<Kind>() == Kind::AuraSnapshot);
        const QPersistentModelIndex snapshot = tree->index(0, 0, snapshots);

        // Restore from the snapshot's menu, confirmed by typing the instance's name.
        int before = ops->count();
        QVERIFY(triggerTreeMenu(explorer()->toView(snapshot), u"auraRestoreAction"_s));
        QVERIFY(confirmTyping(u"fraud-graph"_s));
        QTRY_COMPARE(ops->count(), before + 1);
        const int restore = ops->at(before).id;
        QCOMPARE(ops->at(ops->rowOf(restore)).kind, Operation::Kind::RestoreInstance);
        QTRY_COMPARE_WITH_TIMEOUT(ops->at(ops->rowOf(restore)).state, Operation::State::Succeeded, 20000);
        QVERIFY(m_server->aura().totalRequests(u"console-client"_s) > 0);

        // Overwrite from another instance's menu: the target is chosen among the running
        // others (never the source itself), then confirmed by its name.
        before = ops->count();
        QVERIFY(triggerTreeMenu(explorer()->toView(rowOf(u"free-playground"_s)), u"auraOverwriteAction"_s));
        QPointer<QInputDialog> choose = openDialog<QInputDialog>();
        QVERIFY(choose);
        QVERIFY(choose->comboBoxItems().contains(u"fraud-graph"_s));
        QVERIFY(!choose->comboBoxItems().contains(u"free-playground"_s));
        QVERIFY(!choose->comboBoxItems().contains(u"recommendations"_s)); // paused: cannot take data
        choose->setTextValue(u"fraud-graph"_s);
        choose->accept();
        QVERIFY(confirmTyping(u"fraud-graph"_s));
        QTRY_COMPARE(ops->count(), before + 1);
        const int overwrite = ops->at(before).id;
        QCOMPARE(ops->at(ops->rowOf(overwrite)).kind, Operation::Kind::OverwriteInstance);
        QCOMPARE(ops->at(ops->rowOf(overwrite)).target, u"fraud-graph"_s);
        QTRY_COMPARE_WITH_TIMEOUT(ops->at(ops->rowOf(overwrite)).state, Operation::State::Succeeded, 20000);

        // Paused, the instance takes no data: its snapshot offers no restore, and it is no
        // longer a target for an overwrite.
        const int pause = session->auraActions()->pause(targetId, u"fraud-graph"_s);
        QTRY_COMPARE_WITH_TIMEOUT(ops->at(ops->rowOf(pause)).state, Operation::State::Succeeded, 20000);
        QVERIFY(!triggerTreeMenu(explorer()->toView(snapshot), u"auraRestoreAction"_s));
        QVERIFY(triggerTreeMenu(explorer()->toView(rowOf(u"free-playground"_s)), u"auraOverwriteAction"_s));
        choose = openDialog<QInputDialog>();
        QVERIFY(choose);
        QVERIFY(!choose->comboBoxItems().contains(u"fraud-graph"_s));
        choose->reject();
        const int resume = session->auraActions()->resume(targetId, u"fraud-graph"_s);
        QTRY_COMPARE_WITH_TIMEOUT(ops->at(ops->rowOf(resume)).state, Operation::State::Succeeded, 20000);
    }

    void inChinese()
    {
        m_language.apply(u"zh_CN"_s);
        ProfileSession *session = explorer()->session(m_auraId);
        DbTreeModel *tree = session->tree();
        QTRY_COMPARE(tree->auraIndex().data().toString(), u"Neo4j Aura"_s);
        const QModelIndex tenant = childOfKind(tree, tree->auraIndex(), Kind::AuraTenant);
        explorer()->tree()->setCurrentIndex(explorer()->toView(tree->index(0, 0, tenant)));
        QTRY_VERIFY(explorer()->details()->findChild<QLabel *>()->text() != QString());
        // The details speak Chinese (once the language change has reached them).
        auto uriLabelShown = [&] {
            for (QLabel *label : explorer()->details()->findChildren<QLabel *>())
                if (label->text() == u"连接 URI："_s)
                    return true;
            return false;
        };
        QTRY_VERIFY(uriLabelShown());
        QTest::qWait(300); // menus and layouts settle before the picture
        saveShot(m_window.get(), u"aura-tree-zh_CN"_s);
        explorer()->newAuraInstance();
        QPointer<NewAuraInstanceDialog> dialog = openDialog<NewAuraInstanceDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), u"新建 Aura 实例"_s);
        saveShot(dialog, u"aura-create-zh_CN"_s);
        dialog->reject();
        AuraInstance instance;
        instance.id = u"abcdef12"_s;
        instance.name = u"orders-graph"_s;
        instance.username = u"neo4j"_s;
        instance.connectionUrl = u"neo4j+s://abcdef12.databases.neo4j.io"_s;
        instance.password = u"mffpdynuhbwh6zaw7qdy3l2cvcdkebxk"_s;
        AuraPasswordDialog password(instance, true, {}, m_window.get());
        password.show();
        QVERIFY(QTest::qWaitForWindowExposed(&password));
        QVERIFY(password.windowTitle().contains(u"的密码"_s));
        saveShot(&password, u"aura-password-zh_CN"_s);
        password.hide();
        m_language.apply(u"en"_s);
    }

    void aWrongSecretIsRejected()
    {
        m_secrets.keepForSession(m_auraId, u"api-key"_s, u"not-the-secret"_s);
        explorer()->closeProfile(m_auraId);
        explorer()->openProfile(m_auraId);
        QTRY_COMPARE_WITH_TIMEOUT(explorer()->profiles()->state(m_auraId), ProfilesTreeModel::State::Rejected, 20000);
    }
};

QTEST_MAIN(AuraUiTest)
#include "tst_aura_ui.moc"
