#include "api/aura/AuraTypes.h"

#include "api/Timestamps.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
QString text(const QJsonObject &json, const char *field)
{
    return json.value(QLatin1StringView(field)).toString();
}
} // namespace

std::optional<AuraTenant> AuraTenant::fromJson(const QJsonObject &json)
{
    AuraTenant tenant{text(json, "id"), text(json, "name")};
    return tenant.id.isEmpty() ? std::nullopt : std::optional(tenant);
}

std::optional<AuraConfiguration> AuraConfiguration::fromJson(const QJsonObject &json)
{
    AuraConfiguration c{text(json, "cloud_provider"), text(json, "region"), text(json, "region_name"),
                        text(json, "type"),           text(json, "memory"), text(json, "storage"),
                        text(json, "version")};
    if (c.cloud.isEmpty() || c.region.isEmpty() || c.type.isEmpty() || c.memory.isEmpty())
        return std::nullopt;
    return c;
}

std::optional<AuraTenantDetails> AuraTenantDetails::fromJson(const QJsonObject &json)
{
    AuraTenantDetails tenant{text(json, "id"), text(json, "name"), {}};
    if (tenant.id.isEmpty())
        return std::nullopt;
    for (const QJsonValue &value : json.value(u"instance_configurations"_s).toArray())
        if (const auto configuration = AuraConfiguration::fromJson(value.toObject()))
            tenant.configurations.append(*configuration);
    return tenant;
}

std::optional<AuraInstance> AuraInstance::fromJson(const QJsonObject &json)
{
    AuraInstance instance;
    instance.id = text(json, "id");
    if (instance.id.isEmpty())
        return std::nullopt;
    instance.name = text(json, "name");
    instance.status = text(json, "status");
    instance.tenantId = text(json, "tenant_id");
    instance.cloud = text(json, "cloud_provider");
    instance.connectionUrl = text(json, "connection_url");
    instance.region = text(json, "region");
    instance.type = text(json, "type");
    instance.memory = text(json, "memory");
    instance.storage = text(json, "storage");
    instance.createdAt = parseRfc3339(text(json, "created_at"));
    instance.username = text(json, "username");
    instance.password = text(json, "password");
    return instance;
}

bool AuraInstance::isTransitional() const
{
    // Settled ones: running, paused, suspended, "loading failed". Unknown ones are shown
    // verbatim and not polled.
    static const QStringList moving{u"creating"_s,    u"pausing"_s,    u"resuming"_s,   u"updating"_s, u"restoring"_s,
                                    u"overwriting"_s, u"destroying"_s, u"suspending"_s, u"loading"_s};
    return moving.contains(status);
}

std::optional<AuraSnapshot> AuraSnapshot::fromJson(const QJsonObject &json)
{
    AuraSnapshot snapshot;
    snapshot.snapshotId = text(json, "snapshot_id");
    if (snapshot.snapshotId.isEmpty())
        return std::nullopt;
    snapshot.instanceId = text(json, "instance_id");
    snapshot.profile = text(json, "profile");
    snapshot.status = text(json, "status");
    snapshot.timestamp = parseRfc3339(text(json, "timestamp"));
    snapshot.exportable = json.value(u"exportable"_s).toBool();
    return snapshot;
}

QJsonObject AuraNewInstance::toJson() const
{
    return {{u"name"_s, name}, {u"version"_s, version},    {u"region"_s, region},       {u"memory"_s, memory},
            {u"type"_s, type}, {u"tenant_id"_s, tenantId}, {u"cloud_provider"_s, cloud}};
}
