#pragma once

#include "HttpExchange.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>

class SandboxClock;

// Databricks Lakebase Autoscaling as CONTRACTS.md §4 describes it: projects with their
// default branch and read-write endpoint, branches, endpoints, soft delete / undelete /
// purge, strict update masks, long-running operations that settle on the sandbox clock,
// database credentials, a branch's databases and roles, OAuth discovery and M2M tokens
// beside personal access tokens, and Databricks' `{error_code, message}` errors.
class LakebaseService final
{
public:
    struct Options
    {
        QStringList tokens;  // personal access tokens
        QStringList clients; // "id:secret" for OAuth M2M
    };

    LakebaseService(const SandboxClock &clock, Options options);

    // Paths this service answers: /oidc/…, /api/2.0/postgres/….
    static bool owns(const QString &path);
    // `failOperation`: the call is accepted, but its operation ends in `error` (--faults operror).
    SandboxResponse handle(const SandboxRequest &request, bool failOperation = false);
    static SandboxResponse error(int status, const QString &code, const QString &message);
    // Demo data: two projects with branches and read-write and read-only endpoints.
    void seedDemo();
    // Every token issued so far stops working (an expired OAuth token, for tests).
    void expireOAuthTokens() { m_oauthTokens.clear(); }
    int requestCount() const { return m_requests; }

private:
    struct Project
    {
        QString id, uid, displayName, owner;
        int pgVersion = 17;
        QDateTime created, updated, deleted, purgeAt;
        qint64 seq = 0;
    };
    struct Branch
    {
        QString project, id, uid, source; // source: a full branch name, empty for the default
        bool isProtected = false, isDefault = false, noExpiry = true;
        QDateTime expireTime, created, updated, deleted, purgeAt;
        qint64 readyAtMs = 0, seq = 0;
    };
    struct Endpoint
    {
        QString project, branch, id, uid, type, host;
        double minCu = 0.5, maxCu = 2;
        int suspendSeconds = 300;
        bool noSuspension = false, disabled = false;
        QDateTime created, updated;
        qint64 readyAtMs = 0, seq = 0;
    };
    struct Operation
    {
        QString name, resource, type; // type: "Project", "Branch", "Endpoint"
        qint64 doneAtMs = 0;
        bool deletes = false;
        QString errorCode, errorMessage; // set: ends in error
    };
    struct EndpointSpec
    {
        double minCu = 0.5, maxCu = 2;
        int suspendSeconds = 300;
        bool noSuspension = false, disabled = false;
    };

    std::optional<SandboxResponse> authenticate(const SandboxRequest &request);
    SandboxResponse discovery(const SandboxRequest &request) const;
    SandboxResponse token(const SandboxRequest &request);
    SandboxResponse route(const SandboxRequest &request, const QStringList &parts, const QJsonObject &body,
                          bool failOperation);
    SandboxResponse createProject(const SandboxRequest &request, const QJsonObject &body, bool fail);
    SandboxResponse createBranch(const QString &project, const SandboxRequest &request, const QJsonObject &body,
                                 bool fail);
    SandboxResponse createEndpoint(const QString &project, const QString &branch, const SandboxRequest &request,
                                   const QJsonObject &body, bool fail);
    SandboxResponse update(const QString &name, const SandboxRequest &request, const QJsonObject &body, bool fail);
    SandboxResponse remove(const QString &name, const SandboxRequest &request, bool fail);
    SandboxResponse undelete(const QString &name, bool fail);
    SandboxResponse credential(const QJsonObject &body);
    SandboxResponse list(const SandboxRequest &request, const QString &key, QList<QJsonObject> items,
                         const QList<qint64> &seqs);

    // Reads an endpoint spec onto `spec`: the first error, or nothing.
    std::optional<SandboxResponse> readEndpointSpec(const QJsonObject &json, EndpointSpec &spec, bool limits,
                                                    bool suspension, bool disabled) const;
    std::optional<SandboxResponse> readExpiration(const QJsonObject &spec, Branch &branch) const;
    SandboxResponse startOperation(const QString &project, const QString &resource, const QString &type, bool deletes,
                                   bool fail);
    QJsonObject operationJson(const Operation &operation) const;
    QJsonObject resourceJson(const QString &name) const;
    QJsonObject projectJson(const Project &project) const;
    QJsonObject branchJson(const Branch &branch) const;
    QJsonObject endpointJson(const Endpoint &endpoint) const;
    Project *liveProject(const QString &id);
    Branch *findBranch(const QString &project, const QString &id);
    QString newUid() const;
    static QString branchName(const QString &project, const QString &id);
    void eraseProject(const QString &id);

    const SandboxClock &m_clock;
    Options m_options;
    QHash<QString, QString> m_secrets;       // OAuth client id → secret
    QHash<QString, qint64> m_oauthTokens;    // token → expiry (wall ms)
    std::map<QString, Project> m_projects;   // by id
    std::map<QString, Branch> m_branches;    // by full name
    std::map<QString, Endpoint> m_endpoints; // by full name
    std::map<QString, Operation> m_operations;
    qint64 m_seq = 0;
    int m_requests = 0;
};
