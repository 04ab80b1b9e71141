#pragma once

#include "api/ApiTransport.h"
#include "api/aura/AuraTypes.h"

#include <functional>

// Typed calls for the Neo4j Aura API (CONTRACTS.md §3) over the shared transport. The
// transport brings the OAuth token (refreshed once on a 403), the request budget and the
// error mapping; this class unwraps the `data` envelope. Mutating calls carry no
// idempotency key (the API has none), so the transport never retries them.
class AuraClient final
{
public:
    template <typename T>
    using Done = std::function<void(const T &value, const ApiError &error)>;

    explicit AuraClient(ApiTransport *transport) : m_transport(transport) {}
    ApiTransport *transport() const { return m_transport; }

    ApiCall *listTenants(QObject *context, Done<QList<AuraTenant>> done);
    ApiCall *getTenant(const QString &id, QObject *context, Done<AuraTenantDetails> done);
    ApiCall *listInstances(const QString &tenantId, QObject *context, Done<QList<AuraInstance>> done);
    ApiCall *getInstance(const QString &id, QObject *context, Done<AuraInstance> done);
    // The answer holds the initial password: the only time the API ever gives it.
    ApiCall *createInstance(const AuraNewInstance &spec, QObject *context, Done<AuraInstance> done);
    ApiCall *pause(const QString &id, QObject *context, Done<AuraInstance> done);
    ApiCall *resume(const QString &id, QObject *context, Done<AuraInstance> done);
    // Memory and / or name; an empty one is left as it is.
    ApiCall *update(const QString &id, const QString &memory, const QString &name, QObject *context,
                    Done<AuraInstance> done);
    ApiCall *deleteInstance(const QString &id, QObject *context, Done<AuraInstance> done);
    ApiCall *takeSnapshot(const QString &id, QObject *context, Done<QString> done);
    // Today's unless `date` is valid.
    ApiCall *listSnapshots(const QString &id, const QDate &date, QObject *context, Done<QList<AuraSnapshot>> done);
    ApiCall *getSnapshot(const QString &id, const QString &snapshotId, QObject *context, Done<AuraSnapshot> done);
    ApiCall *restore(const QString &id, const QString &snapshotId, QObject *context, Done<AuraInstance> done);
    ApiCall *overwrite(const QString &id, const QString &sourceInstanceId, const QString &sourceSnapshotId,
                       QObject *context, Done<AuraInstance> done);

    static ApiRequest getInstanceRequest(const QString &id);

private:
    template <typename T>
    ApiCall *one(const ApiRequest &request, QObject *context, Done<T> done);
    template <typename T>
    ApiCall *many(const ApiRequest &request, QObject *context, Done<QList<T>> done);
    static ApiRequest action(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    ApiTransport *m_transport;
};
