#include "ConsoleFixture.h"

#include "Confirm.h"
#include "DetailsPane.h"
#include "ExplorerWidget.h"
#include "ProfileManagerDialog.h"
#include "aura/AuraSection.h"
#include "aura/AuraService.h"
#include "explorer/DbTreeFilterProxy.h"
#include "explorer/DbTreeModel.h"
#include "explorer/ProfilesTreeModel.h"
#include "explorer/TreeNode.h"
#include "ops/OperationTracker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
        Confirm::setNextAnswer(true);
        QTRY_VERIFY(button(u"auraDeleteButton"_s));
        QTest::mouseClick(button(u"auraDeleteButton"_s), Qt::LeftButton);
        const int removal = ops->at(ops->count() - 1).id;
        QCOMPARE(ops->at(ops->rowOf(removal)).kind, Operation::Kind::DeleteInstance);
        QTRY_COMPARE_WITH_TIMEOUT(ops->at(ops->rowOf(removal)).state, Operation::State::Succeeded, 20000);
        QVERIFY(!rowOf(u"graph-prod"_s).isValid());
        QCOMPARE(m_server->aura().instanceCount(), instancesBefore - 1);
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
