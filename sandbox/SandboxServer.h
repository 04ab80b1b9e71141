#pragma once

#include "FaultInjector.h"
#include "Router.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QStringList>

#include <memory>

class AccountService;
class AuraService;
class LakebaseService;
class DbService;
class DiscoveryCatalog;
class HttpFrontend;
class PushDispatcher;
class QueueService;
class SandboxClock;
class SandboxStore;

struct SandboxOptions
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0;      // 0: ephemeral
    QString dataDir;       // empty: in memory
    QStringList apiKeys;   // empty: one is generated
    double creditUsd = -1; // < 0: unlimited
    double timeScale = 1.0;
    QString faults;
    bool demo = false;
    bool allowLoopbackPush = false; // development only: http push to 127.0.0.1
    QStringList auraClients;        // "id:secret"; empty: one is generated
    int auraRateLimit = 125;        // requests per minute per Aura client
    int demoDeadLetters = 320;      // with demo: dead letters on orders
    QStringList lakebaseTokens;     // personal access tokens
    QStringList lakebaseClients;    // "id:secret" (OAuth M2M); with no token either, one of each is generated
};

// The local server behind every API the console speaks. It owns the state, the router,
// authentication, credit, idempotency and fault injection; services add their routes.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens the state and listens; false with errorString() on failure.
    bool start();
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    QStringList apiKeys() const { return m_options.apiKeys; }

    FaultInjector &faults() { return m_faults; }
    const SandboxClock &clock() const { return *m_clock; }
    // Requests seen per capability (e.g. "db.project.create"), including faulted ones.
    int hits(const QString &capability) const { return m_hits.value(capability); }
    SandboxStore &store() { return *m_store; }
    AuraService &aura() { return *m_aura; }
    QueueService &queues() { return *m_queues; }
    QStringList auraClients() const { return m_options.auraClients; }
    LakebaseService &lakebase() { return *m_lakebase; }
    QStringList lakebaseTokens() const { return m_options.lakebaseTokens; }
    QStringList lakebaseClients() const { return m_options.lakebaseClients; }

    SandboxResponse handle(const SandboxRequest &request);

private:
    SandboxResponse dispatch(const SandboxRequest &request, const Router::Match &match, const QString &requestId);
    SandboxResponse handleControl(const SandboxRequest &request);
    SandboxResponse runRoute(const Route &route, RouteContext &ctx);
    static SandboxResponse faultResponse(const FaultRule &rule);
    static SandboxResponse auraFault(const FaultRule &rule);
    static SandboxResponse lakebaseFault(const FaultRule &rule);

    SandboxOptions m_options;
    QString m_error;
    quint16 m_port = 0;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<SandboxClock> m_clock;
    std::unique_ptr<DiscoveryCatalog> m_catalog;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<DbService> m_db;
    std::unique_ptr<QueueService> m_queues;
    std::unique_ptr<AuraService> m_aura;
    std::unique_ptr<LakebaseService> m_lakebase;
    PushDispatcher *m_push = nullptr;
    HttpFrontend *m_frontend = nullptr;
    Router m_router;
    FaultInjector m_faults;
    QHash<QString, int> m_hits;
};
