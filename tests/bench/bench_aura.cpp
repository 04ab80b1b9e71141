#include "BenchSupport.h"

#include "SandboxServer.h"
#include "api/ApiTransport.h"
#include "api/RequestBudget.h"
#include "api/aura/AuraClient.h"
#include "aura/AuraSection.h"
#include "aura/AuraService.h"
#include "auth/OAuthTokenProvider.h"
#include "explorer/DbTreeModel.h"
#include "explorer/TreeNode.h"
#include "profiles/Connection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

// Figures for Neo4j Aura, against the in-process sandbox on a real-time clock:
//   aura_requests_per_min   requests the sandbox saw per minute while the console followed
//                           20 instances being created (target ≤ 60, half the limit)
//   aura_tree_populate_ms   a tenant of 1,000 instances listed into the tree
namespace {

QJsonObject post(QNetworkAccessManager &network, const QString &url, const QByteArray &auth, const QByteArray &body,
                 const QByteArray &type = "application/json")
{
    QNetworkRequest request{QUrl(url)};
    request.setRawHeader("Authorization", auth);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(type));
    QNetworkReply *reply = network.post(request, body);
    runUntil([reply] { return reply->isFinished(); }, 10000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

struct Account
{
    std::unique_ptr<SandboxServer> server;
    QString token, tenant;
};

Account open(QNetworkAccessManager &network, int instances)
{
    SandboxOptions options;
    options.auraClients = {u"bench:secret"_s};
    options.auraRateLimit = 1000000; // the seeding is not what is measured
    Account account{std::make_unique<SandboxServer>(options), {}, {}};
    if (!account.server->start())
        qFatal("sandbox: %s", qPrintable(account.server->errorString()));
    const QString base = account.server->baseUrl();
    account.token = post(network, base + u"/oauth/token"_s, "Basic " + QByteArray("bench:secret").toBase64(),
                         "grant_type=client_credentials", "application/x-www-form-urlencoded")
                        .value(u"access_token"_s)
                        .toString();
    const QByteArray bearer = "Bearer " + account.token.toUtf8();
    QNetworkRequest tenants{QUrl(base + u"/v1/tenants"_s)};
    tenants.setRawHeader("Authorization", bearer);
    QNetworkReply *reply = network.get(tenants);
    runUntil([reply] { return reply->isFinished(); }, 10000);
    account.tenant = QJsonDocument::fromJson(reply->readAll())
                         .object()
                         .value(u"data"_s)
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"id"_s)
                         .toString();
    reply->deleteLater();
    for (int i = 0; i < instances; ++i)
        post(network, base + u"/v1/instances"_s, bearer,
             QJsonDocument(QJsonObject{{u"name"_s, u"instance-%1"_s.arg(i)},
                                       {u"version"_s, u"5"_s},
                                       {u"region"_s, u"europe-west1"_s},
                                       {u"memory"_s, u"2GB"_s},
                                       {u"type"_s, u"professional-db"_s},
                                       {u"tenant_id"_s, account.tenant},
                                       {u"cloud_provider"_s, u"gcp"_s}})
                 .toJson(QJsonDocument::Compact));
    return account;
}

// The transport as an Aura connection has it: OAuth, a fresh token on a 403, the budget.
void signIn(QNetworkAccessManager &network, ApiTransport &transport, const Account &account)
{
    auto tokens = std::make_shared<OAuthTokenProvider>(&network, QUrl(account.server->baseUrl() + u"/oauth/token"_s));
    tokens->setCredentials(u"bench"_s, u"secret"_s);
    transport.setTokenProvider(tokens);
    transport.setRefreshOnForbidden(true);
    transport.setBudget(std::make_shared<RequestBudget>(Connection::AuraRequestsPerMinute));
}

// The tree on this client, listed down to its tenant's row (instances not yet listed).
QModelIndex openTenant(DbTreeModel &tree, AuraClient &client)
{
    tree.setAuraClient(&client, u"bench"_s);
    tree.fetchMore(tree.auraIndex());
    runUntil([&] { return tree.rowCount(tree.auraIndex()) == 1; }, 10000);
    return tree.index(0, 0, tree.auraIndex());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QNetworkAccessManager network;
    {
        // Twenty instances being created (a real minute each): the console follows them all.
        Account account = open(network, 20);
        ApiTransport transport(&network, QUrl(account.server->baseUrl()));
        signIn(network, transport, account);
        AuraClient client(&transport);
        DbTreeModel tree;
        const QModelIndex tenant = openTenant(tree, client);
        tree.fetchMore(tenant);
        runUntil([&] { return tree.aura()->followedCount() == 20; }, 30000);
        const int seconds = qEnvironmentVariableIntValue("BENCH_AURA_SECONDS") > 0
                                ? qEnvironmentVariableIntValue("BENCH_AURA_SECONDS")
                                : 30;
        const int before = account.server->aura().totalRequests(u"bench"_s);
        QElapsedTimer clock;
        clock.start();
        runUntil([&] { return clock.elapsed() >= seconds * 1000; }, seconds * 1000 + 1000);
        const int sent = account.server->aura().totalRequests(u"bench"_s) - before;
        benchReport("aura_requests_per_min", sent * 60000.0 / double(clock.elapsed()), "requests");
        benchReport("aura_instances_followed", tree.aura()->followedCount(), "instances");
    }
    {
        Account account = open(network, 1000);
        ApiTransport transport(&network, QUrl(account.server->baseUrl()));
        signIn(network, transport, account);
        AuraClient client(&transport);
        DbTreeModel tree;
        const QModelIndex tenant = openTenant(tree, client);
        QElapsedTimer clock;
        clock.start();
        tree.fetchMore(tenant);
        runUntil([&] { return tree.rowCount(tenant) == 1000; }, 30000);
        benchReport("aura_tree_populate_ms", clock.nsecsElapsed() / 1e6, "ms");
        benchReport("aura_tree_rows", tree.rowCount(tenant), "rows");
    }
    return 0;
}
