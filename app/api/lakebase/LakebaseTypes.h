#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Databricks Lakebase's resources as CONTRACTS.md §4 defines them. Effective values are read
// from `status` (what the caller asked for is in `spec`); ids come from the full resource
// name. fromJson is empty when a field the console relies on is missing.

struct LakebaseProject
{
    QString id, name, uid, displayName, defaultBranch, owner; // defaultBranch: a full branch name
    int pgVersion = 0;
    QDateTime createdAt, updatedAt, deletedAt, purgeAt;
    bool isDeleted() const { return deletedAt.isValid(); }
    static std::optional<LakebaseProject> fromJson(const QJsonObject &json);
};

struct LakebaseBranch
{
    QString projectId, id, name, uid, state, sourceBranch; // sourceBranch: a full name, or empty
    bool isDefault = false, isProtected = false;
    QDateTime expireTime, createdAt, deletedAt, purgeAt;
    bool isDeleted() const { return deletedAt.isValid(); }
    QString sourceBranchId() const { return sourceBranch.section(u'/', 3, 3); }
    // Still being made or reset: followed until it settles.
    bool isTransitional() const { return state == u"INIT" || state == u"IMPORTING" || state == u"RESETTING"; }
    static std::optional<LakebaseBranch> fromJson(const QJsonObject &json);
};

struct LakebaseEndpoint
{
    QString projectId, branchId, id, name, uid, type, state, host, readOnlyHost;
    double minCu = 0, maxCu = 0;
    int suspendSeconds = 0; // 0: never suspends (no_suspension)
    bool disabled = false;
    QDateTime createdAt;
    bool isReadWrite() const { return type == u"ENDPOINT_TYPE_READ_WRITE"; }
    bool isTransitional() const { return state == u"INIT"; }
    static std::optional<LakebaseEndpoint> fromJson(const QJsonObject &json);
};

struct LakebaseDatabase
{
    QString name, id, postgresName, owner;
    static std::optional<LakebaseDatabase> fromJson(const QJsonObject &json);
};

struct LakebaseRole
{
    QString name, id, postgresRole, identityType, authMethod;
    static std::optional<LakebaseRole> fromJson(const QJsonObject &json);
};

// A long-running operation: when done, exactly one of response and error.
struct LakebaseOperation
{
    QString name;
    bool done = false;
    QJsonObject response;
    QString errorCode, errorMessage;
    bool failed() const { return done && !errorCode.isEmpty(); }
    static std::optional<LakebaseOperation> fromJson(const QJsonObject &json);
};

// A database credential: shown once, never stored.
struct LakebaseCredential
{
    QString token;
    QDateTime expireTime;
    static std::optional<LakebaseCredential> fromJson(const QJsonObject &json);
};

template <typename T>
struct LakebasePage
{
    QList<T> items;
    QString nextPageToken; // empty on the last page
};

namespace LakebaseIds {
// §4's rule: 1–63 of a-z 0-9 -, starting with a letter, not ending with '-'.
bool isValid(const QString &id);
// Why an id breaks the rule, in the operator's words; empty when it is valid.
QString problem(const QString &id);
} // namespace LakebaseIds
