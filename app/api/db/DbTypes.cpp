#include "api/db/DbTypes.h"

#include <QHash>

#include <QJsonArray>

#include "api/Timestamps.h"

using namespace Qt::StringLiterals;

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

} // namespace

ResourceStatus parseResourceStatus(const QString &text)
{
    if (text == u"provisioning")
        return ResourceStatus::Provisioning;
    if (text == u"ready")
        return ResourceStatus::Ready;
    if (text == u"deleting")
        return ResourceStatus::Deleting;
    if (text == u"failed")
        return ResourceStatus::Failed;
    // A real gateway may omit status: what answers is usable.
    return text.isEmpty() ? ResourceStatus::Ready : ResourceStatus::Unknown;
}

std::optional<DbProject> DbProject::fromJson(const QJsonObject &json)
{
    DbProject project;
    project.id = json.value(u"id"_s).toString();
    if (project.id.isEmpty())
        return std::nullopt;
    project.name = json.value(u"name"_s).toString();
    project.vendor = json.value(u"vendor"_s).toString();
    project.region = json.value(u"region"_s).toString();
    project.plan = json.value(u"plan"_s).toString();
    project.mode = json.value(u"mode"_s).toString();
    project.postgresVersion = json.value(u"postgres_version"_s).toString();
    project.connectionUri = json.value(u"connection_uri"_s).toString();
    project.createdAt = rfc3339Field(json, u"created_at"_s);
    project.status = parseResourceStatus(json.value(u"status"_s).toString());
    project.error = json.value(u"error"_s).toString();
    return project;
}

std::optional<DbBranch> DbBranch::fromJson(const QJsonObject &json)
{
    DbBranch branch;
    branch.id = json.value(u"id"_s).toString();
    if (branch.id.isEmpty())
        return std::nullopt;
    branch.name = json.value(u"branch_name"_s).toString();
    branch.projectId = json.value(u"project_id"_s).toString();
    branch.parentBranchId = json.value(u"parent_branch"_s).toString();
    branch.connectionUri = json.value(u"connection_uri"_s).toString();
    branch.createdAt = rfc3339Field(json, u"created_at"_s);
    branch.status = parseResourceStatus(json.value(u"status"_s).toString());
    return branch;
}

std::optional<DbSnapshot> DbSnapshot::fromJson(const QJsonObject &json)
{
    DbSnapshot snapshot;
    snapshot.id = json.value(u"id"_s).toString();
    if (snapshot.id.isEmpty())
        return std::nullopt;
    snapshot.projectId = json.value(u"project_id"_s).toString();
    snapshot.label = json.value(u"label"_s).toString();
    snapshot.createdAt = rfc3339Field(json, u"created_at"_s);
    snapshot.sizeBytes = json.value(u"size_bytes"_s).toInteger(-1);
    return snapshot;
}

std::optional<DiscoveryInfo> DiscoveryInfo::fromJson(const QJsonObject &json)
{
    if (!json.value(u"vendors"_s).isArray())
        return std::nullopt;
    DiscoveryInfo info;
    info.capability = json.value(u"capability"_s).toString();
    info.defaultVendor = json.value(u"default_vendor"_s).toString();
    for (const QJsonValue &value : json.value(u"vendors"_s).toArray()) {
        const QJsonObject vendor = value.toObject();
        info.vendors.append({vendor.value(u"id"_s).toString(), vendor.value(u"name"_s).toString(),
                             strings(vendor.value(u"regions"_s)), strings(vendor.value(u"plans"_s)),
                             strings(vendor.value(u"postgres_versions"_s)), vendor.value(u"available"_s).toBool(true)});
    }
    return info;
}

QString DbProject::vendorName(const QString &vendorId)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("neon"), QStringLiteral("Neon")},
        {QStringLiteral("supabase"), QStringLiteral("Supabase")},
        {QStringLiteral("planetscale"), QStringLiteral("PlanetScale")},
    };
    return names.value(vendorId.toLower(), vendorId);
}
