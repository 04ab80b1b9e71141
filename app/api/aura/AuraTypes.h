#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Neo4j Aura's records as CONTRACTS.md §3 defines them. fromJson takes the object inside
// the `data` envelope and is empty when a field the console relies on is missing.

struct AuraTenant
{
    QString id, name;
    static std::optional<AuraTenant> fromJson(const QJsonObject &json);
};

// One combination a tenant may create: the create dialog offers only these.
struct AuraConfiguration
{
    QString cloud, region, regionName, type, memory, storage, version;
    static std::optional<AuraConfiguration> fromJson(const QJsonObject &json);
};

struct AuraTenantDetails
{
    QString id, name;
    QList<AuraConfiguration> configurations;
    static std::optional<AuraTenantDetails> fromJson(const QJsonObject &json);
};

struct AuraInstance
{
    QString id, name, status, tenantId, cloud, connectionUrl, region, type, memory, storage;
    QDateTime createdAt;
    // Only the create answer has these, once.
    QString username, password;
    static std::optional<AuraInstance> fromJson(const QJsonObject &json);
    // The status is one a lifecycle call leads through (creating, pausing, …): poll on.
    bool isTransitional() const;
};

struct AuraSnapshot
{
    QString instanceId, snapshotId, profile, status;
    QDateTime timestamp;
    bool exportable = false;
    static std::optional<AuraSnapshot> fromJson(const QJsonObject &json);
    bool isPending() const { return status == u"Pending" || status == u"InProgress"; }
};

struct AuraNewInstance
{
    QString name, version, region, memory, type, tenantId, cloud;
    QJsonObject toJson() const;
};
