#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// Typed records of the /v1/db contract. fromJson returns nothing when a required field is
// missing, which the client reports as a malformed answer.
enum class ResourceStatus { Provisioning, Ready, Deleting, Failed, Unknown };
ResourceStatus parseResourceStatus(const QString &text);

struct DbProject
{
    QString id, name, vendor, region, plan, mode, postgresVersion, connectionUri, error;
    QDateTime createdAt;
    ResourceStatus status = ResourceStatus::Unknown;
    static std::optional<DbProject> fromJson(const QJsonObject &json);
    // The vendor as its maker spells it ("Neon", "PlanetScale"); unknown ids as they are.
    static QString vendorName(const QString &vendorId);
};

struct DbBranch
{
    QString id, name, projectId, parentBranchId, connectionUri;
    QDateTime createdAt;
    ResourceStatus status = ResourceStatus::Unknown;
    static std::optional<DbBranch> fromJson(const QJsonObject &json);
};

struct DbSnapshot
{
    QString id, projectId, label;
    QDateTime createdAt;
    qint64 sizeBytes = -1;
    static std::optional<DbSnapshot> fromJson(const QJsonObject &json);
};

template <typename T>
struct Page
{
    QList<T> items;
    QString nextCursor; // empty on the last page
    bool hasMore() const { return !nextCursor.isEmpty(); }
};

struct VendorChoice
{
    QString id, name;
    QStringList regions, plans, postgresVersions;
    bool available = true;
};

struct DiscoveryInfo
{
    QString capability, defaultVendor;
    QList<VendorChoice> vendors;
    static std::optional<DiscoveryInfo> fromJson(const QJsonObject &json);
};

struct NewProjectSpec
{
    QString name, vendor, region, plan, mode, postgresVersion; // empty: let the gateway choose
    static NewProjectSpec named(const QString &name)
    {
        NewProjectSpec spec;
        spec.name = name;
        return spec;
    }
};

Q_DECLARE_METATYPE(DbProject)
Q_DECLARE_METATYPE(DbBranch)
Q_DECLARE_METATYPE(DbSnapshot)
