#include "ConsoleFixture.h"

#include "ExplorerWidget.h"
#include "ProfileManagerDialog.h"
#include "aura/AuraSection.h"
#include "aura/AuraService.h"
#include "explorer/DbTreeFilterProxy.h"
#include "explorer/DbTreeModel.h"
#include "explorer/ProfilesTreeModel.h"
#include "explorer/TreeNode.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
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
