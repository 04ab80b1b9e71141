#pragma once

#include "HttpExchange.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <map>
#include <optional>

class SandboxClock;

// Neo4j Aura as CONTRACTS.md §3 describes it: OAuth client-credentials tokens, one tenant
// per client with its instance configurations, instances through their whole status
// lifecycle on the sandbox clock, snapshots, restore and overwrite, the `data` / `errors`
// envelopes and a per-client rate limit. Its own authentication and error shapes: nothing
// here is shared with the infrai API but the port.
class AuraService final
{
public:
    struct Options
    {
        QStringList clients; // "id:secret"
        int rateLimitPerMinute = 125;
    };

    AuraService(const SandboxClock &clock, Options options);

    // Paths this service answers: /oauth/token, /v1/tenants…, /v1/instances….
    static bool owns(const QString &path);
    SandboxResponse handle(const SandboxRequest &request);
    // The same error in this API's envelope (for injected faults on its paths).
    static SandboxResponse error(int status, const QString &message, const QString &reason = {},
                                 const QString &field = {});

    QStringList clientIds() const;
    QString tenantOf(const QString &clientId) const;
    // Demo data for a client: instances running, paused and creating.
    void seedDemo(const QString &clientId);
    // Requests a client made in the current rate-limit minute (tests and benchmarks).
    int requestsThisMinute(const QString &clientId) const;
    int totalRequests(const QString &clientId) const { return m_totals.value(clientId); }
    // Every token issued so far stops working (as a revoked credential's do).
    void revokeTokens() { m_tokens.clear(); }
    int instanceCount() const;

private:
    struct Instance
    {
        QString id, name, tenantId, cloud, region, type, memory, storage, version;
        QString status;         // creating, running, pausing, …
        QString settlesTo;      // the status once the transition ends ("" when deleted)
        qint64 settlesAtMs = 0; // sandbox clock
        QString pendingMemory;
        QDateTime createdAt;
        bool gone = false;
    };
    struct Snapshot
    {
        QString id, instanceId, profile;
        qint64 readyAtMs = 0;
        QDateTime timestamp;
        bool exportable = true;
    };
    struct Window
    {
        qint64 minuteStartMs = 0; // wall clock
        int count = 0;
    };

    SandboxResponse token(const SandboxRequest &request);
    SandboxResponse route(const SandboxRequest &request, const QString &client);
    SandboxResponse createInstance(const QJsonObject &body, const QString &tenantId);
    SandboxResponse transition(Instance &instance, const QString &action);
    SandboxResponse patchInstance(Instance &instance, const QJsonObject &body);
    std::optional<SandboxResponse> rateLimited(const QString &client);
    Instance *instance(const QString &id, const QString &tenantId);
    void settle(Instance &instance);
    // 8 lowercase hex characters, unused so far.
    QString newInstanceId() const;
    QJsonObject full(const Instance &instance) const;
    QJsonObject snapshotJson(const Snapshot &snapshot) const;
    QJsonArray configurations() const;
    qint64 durationMs(int seconds) const { return qint64(seconds) * 1000; }
    static SandboxResponse data(int status, const QJsonValue &payload);

    const SandboxClock &m_clock;
    Options m_options;
    QHash<QString, QString> m_secrets; // client id → secret
    struct Token
    {
        QString client;
        qint64 expiresAtMs; // wall clock
    };
    QHash<QString, Token> m_tokens;
    QHash<QString, Window> m_windows;
    QHash<QString, int> m_totals;
    std::map<QString, Instance> m_instances;
    std::map<QString, Snapshot> m_snapshots;
};
