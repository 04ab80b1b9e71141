#include "TestSupport.h"

#include "api/ApiTransport.h"
#include "api/RequestBudget.h"
#include "api/aura/AuraClient.h"
#include "aura/AuraSection.h"
#include "aura/AuraService.h"
#include "auth/OAuthTokenProvider.h"
#include "explorer/DbTreeModel.h"
#include "explorer/TreeNode.h"

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;
using Kind = DbTreeModel::NodeKind;

// The Aura part of the tree against a sandbox on a real-time clock: ten instances being
// created for a minute are followed without ever going over the account's budget, and
// every one of them is asked about in turn.
class AuraTreeTest : public QObject
{
    Q_OBJECT

private:
    // Signs in as client c:s and creates `count` professional instances ("<prefix>-N") in its
    // tenant; false when any create is not accepted.
    static bool seedInstances(SandboxServer &server, QNetworkAccessManager &network, const QString &prefix, int count)
    {
        QNetworkRequest request(QUrl(server.baseUrl() + u"/oauth/token"_s));
        request.setRawHeader("Authorization", "Basic " + QByteArray("c:s").toBase64());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        QNetworkReply *reply = network.post(request, "grant_type=client_credentials");
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return false;
        reply->deleteLater();
        const QString token = QJsonDocument::fromJson(reply->readAll()).object().value(u"access_token"_s).toString();
        const QString tenant = rawCall(network, server.baseUrl(), "GET", u"/v1/tenants"_s, {}, token)
                                   .json.value(u"data"_s)
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(u"id"_s)
                                   .toString();
        for (int i = 0; i < count; ++i)
            if (rawCall(network, server.baseUrl(), "POST", u"/v1/instances"_s,
                        {{u"name"_s, u"%1-%2"_s.arg(prefix).arg(i)},
                         {u"version"_s, u"5"_s},
                         {u"region"_s, u"europe-west1"_s},
                         {u"memory"_s, u"2GB"_s},
                         {u"type"_s, u"professional-db"_s},
                         {u"tenant_id"_s, tenant},
                         {u"cloud_provider"_s, u"gcp"_s}},
                        token)
                    .status != 202)
                return false;
        return true;
    }

private slots:
    void followingManyInstancesStaysWithinTheBudget()
    {
        SandboxOptions options; // time scale 1: a create takes a real minute
        options.auraClients = {u"c:s"_s};
        auto server = startSandbox(options);
        QNetworkAccessManager network;
        QVERIFY(seedInstances(*server, network, u"moving"_s, 10));

        ApiTransport transport(&network, QUrl(server->baseUrl()));
        auto tokens = std::make_shared<OAuthTokenProvider>(&network, QUrl(server->baseUrl() + u"/oauth/token"_s));
        tokens->setCredentials(u"c"_s, u"s"_s);
        transport.setTokenProvider(tokens);
        transport.setRefreshOnForbidden(true);
        // The budget as the console has it, scaled to a second for a quick test: 10 a second.
        transport.setBudget(std::make_shared<RequestBudget>(10, 1000));
        AuraClient client(&transport);
        DbTreeModel tree;
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tree.setAuraClient(&client, u"Aura"_s);
        tree.aura()->pollIntervalMs = 20;  // far more eager than the budget allows
        tree.aura()->minimumSpacingMs = 0; // so only the budget holds it back
        tree.fetchMore(tree.auraIndex());
        QTRY_VERIFY(tree.rowCount(tree.auraIndex()) == 1);
        const QModelIndex tenantRow = tree.index(0, 0, tree.auraIndex());
        tree.fetchMore(tenantRow);
        QTRY_COMPARE(tree.rowCount(tenantRow), 10);
        QTRY_COMPARE(tree.aura()->followedCount(), 10);
        // Counted by the sandbox, window by window: at most 10 in each (one more for a
        // timer's lateness at a window's edge), yet busy following.
        const int before = server->aura().totalRequests(u"c"_s);
        int last = before;
        for (int window = 0; window < 3; ++window) {
            QTest::qWait(1000);
            const int now = server->aura().totalRequests(u"c"_s);
            QVERIFY2(now - last <= 11, qPrintable(u"window %1: %2"_s.arg(window).arg(now - last)));
            last = now;
        }
        const int sent = last - before;
        QVERIFY2(sent >= 20, qPrintable(QString::number(sent)));
        QCOMPARE(tree.aura()->followedCount(), 10); // still creating, still followed

        // With the console's own spacing, ten followed instances cost about one request a second.
        tree.aura()->pollIntervalMs = 6000;
        tree.aura()->minimumSpacingMs = 1000;
        QTest::qWait(500); // polls already scheduled run out
        const int spacedBefore = server->aura().totalRequests(u"c"_s);
        QTest::qWait(4000);
        const int spaced = server->aura().totalRequests(u"c"_s) - spacedBefore;
        QVERIFY2(spaced <= 10, qPrintable(QString::number(spaced)));
    }

    void onlyRecordsOnScreenAreFetched()
    {
        SandboxOptions options;
        options.auraClients = {u"c:s"_s};
        options.auraRateLimit = 100000;
        auto server = startSandbox(options);
        QNetworkAccessManager network;
        QVERIFY(seedInstances(*server, network, u"many"_s, 80));
        ApiTransport transport(&network, QUrl(server->baseUrl()));
        auto tokens = std::make_shared<OAuthTokenProvider>(&network, QUrl(server->baseUrl() + u"/oauth/token"_s));
        tokens->setCredentials(u"c"_s, u"s"_s);
        transport.setTokenProvider(tokens);
        AuraClient client(&transport);
        DbTreeModel tree;
        tree.setAuraClient(&client, u"Aura"_s);
        tree.fetchMore(tree.auraIndex());
        QTRY_VERIFY(tree.rowCount(tree.auraIndex()) == 1);
        const QModelIndex tenantRow = tree.index(0, 0, tree.auraIndex());
        const int before = server->aura().totalRequests(u"c"_s);
        tree.fetchMore(tenantRow);
        QTRY_COMPARE(tree.rowCount(tenantRow), 80);
        QTest::qWait(500);
        // One list and the first screenful of records, not eighty.
        const int sent = server->aura().totalRequests(u"c"_s) - before;
        QVERIFY2(sent <= 1 + AuraSection::InitialWatch, qPrintable(QString::number(sent)));
        // A row scrolled into view gets its record.
        // (The list's order is the service's: the last row, not the last made.)
        const QString last = tree.index(79, 0, tenantRow).data(DbTreeModel::IdRole).toString().mid(5);
        QVERIFY(tree.auraInstance(AuraSection::instanceNodeId(last))->status.isEmpty()); // not fetched yet
        tree.aura()->setWatched({last});
        QTRY_VERIFY(!tree.auraInstance(AuraSection::instanceNodeId(last))->status.isEmpty());
    }
};

QTEST_GUILESS_MAIN(AuraTreeTest)
#include "tst_aura_tree.moc"
