#include "api/aura/AuraClient.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}
} // namespace

template <typename T>
ApiCall *AuraClient::one(const ApiRequest &request, QObject *context, Done<T> done)
{
    return m_transport->send(request, context, [done](const ApiResult &result) {
        if (!result.ok())
            return done(T{}, result.error);
        const std::optional<T> value = T::fromJson(result.body.value(u"data"_s).toObject());
        done(value.value_or(T{}), value ? ApiError() : result.annotate(ApiError::unexpectedShape(u"data"_s)));
    });
}

template <typename T>
ApiCall *AuraClient::many(const ApiRequest &request, QObject *context, Done<QList<T>> done)
{
    return m_transport->send(request, context, [done](const ApiResult &result) {
        if (!result.ok())
            return done({}, result.error);
        if (!result.body.value(u"data"_s).isArray())
            return done({}, result.annotate(ApiError::unexpectedShape(u"data"_s)));
        QList<T> list;
        for (const QJsonValue &value : result.body.value(u"data"_s).toArray()) {
            const std::optional<T> item = T::fromJson(value.toObject());
            if (!item) // never half a list
                return done({}, result.annotate(ApiError::unexpectedShape(u"data[]"_s)));
            list.append(*item);
        }
        done(list, {});
    });
}

ApiRequest AuraClient::action(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.body = body;
    request.hasBody = !body.isEmpty();
    return request; // no idempotency key: not retried by the transport
}

ApiRequest AuraClient::getInstanceRequest(const QString &id)
{
    return ApiRequest::get(u"/v1/instances/"_s + segment(id));
}

ApiCall *AuraClient::listTenants(QObject *context, Done<QList<AuraTenant>> done)
{
    return many<AuraTenant>(ApiRequest::get(u"/v1/tenants"_s), context, std::move(done));
}

ApiCall *AuraClient::getTenant(const QString &id, QObject *context, Done<AuraTenantDetails> done)
{
    return one<AuraTenantDetails>(ApiRequest::get(u"/v1/tenants/"_s + segment(id)), context, std::move(done));
}

ApiCall *AuraClient::listInstances(const QString &tenantId, QObject *context, Done<QList<AuraInstance>> done)
{
    QUrlQuery query;
    if (!tenantId.isEmpty())
        query.addQueryItem(u"tenantId"_s, tenantId);
    return many<AuraInstance>(ApiRequest::get(u"/v1/instances"_s, query), context, std::move(done));
}

ApiCall *AuraClient::getInstance(const QString &id, QObject *context, Done<AuraInstance> done)
{
    return one<AuraInstance>(getInstanceRequest(id), context, std::move(done));
}

ApiCall *AuraClient::createInstance(const AuraNewInstance &spec, QObject *context, Done<AuraInstance> done)
{
    return one<AuraInstance>(action("POST", u"/v1/instances"_s, spec.toJson()), context, std::move(done));
}

ApiCall *AuraClient::pause(const QString &id, QObject *context, Done<AuraInstance> done)
{
    return one<AuraInstance>(action("POST", u"/v1/instances/%1/pause"_s.arg(segment(id))), context, std::move(done));
}

ApiCall *AuraClient::resume(const QString &id, QObject *context, Done<AuraInstance> done)
{
    return one<AuraInstance>(action("POST", u"/v1/instances/%1/resume"_s.arg(segment(id))), context, std::move(done));
}

ApiCall *AuraClient::update(const QString &id, const QString &memory, const QString &name, QObject *context,
                            Done<AuraInstance> done)
{
    QJsonObject body;
    if (!memory.isEmpty())
        body.insert(u"memory"_s, memory);
    if (!name.isEmpty())
        body.insert(u"name"_s, name);
    return one<AuraInstance>(action("PATCH", u"/v1/instances/"_s + segment(id), body), context, std::move(done));
}

ApiCall *AuraClient::deleteInstance(const QString &id, QObject *context, Done<AuraInstance> done)
{
    return one<AuraInstance>(action("DELETE", u"/v1/instances/"_s + segment(id)), context, std::move(done));
}

ApiCall *AuraClient::takeSnapshot(const QString &id, QObject *context, Done<QString> done)
{
    return m_transport->send(
        action("POST", u"/v1/instances/%1/snapshots"_s.arg(segment(id))), context, [done](const ApiResult &result) {
            if (!result.ok())
                return done({}, result.error);
            const QString snapshot = result.body.value(u"data"_s).toObject().value(u"snapshot_id"_s).toString();
            done(snapshot,
                 snapshot.isEmpty() ? result.annotate(ApiError::unexpectedShape(u"snapshot_id"_s)) : ApiError());
        });
}

ApiCall *AuraClient::listSnapshots(const QString &id, const QDate &date, QObject *context,
                                   Done<QList<AuraSnapshot>> done)
{
    QUrlQuery query;
    if (date.isValid())
        query.addQueryItem(u"date"_s, date.toString(Qt::ISODate));
    return many<AuraSnapshot>(ApiRequest::get(u"/v1/instances/%1/snapshots"_s.arg(segment(id)), query), context,
                              std::move(done));
}

ApiCall *AuraClient::getSnapshot(const QString &id, const QString &snapshotId, QObject *context,
                                 Done<AuraSnapshot> done)
{
    return one<AuraSnapshot>(ApiRequest::get(u"/v1/instances/%1/snapshots/%2"_s.arg(segment(id), segment(snapshotId))),
                             context, std::move(done));
}

ApiCall *AuraClient::restore(const QString &id, const QString &snapshotId, QObject *context, Done<AuraInstance> done)
{
    return one<AuraInstance>(
        action("POST", u"/v1/instances/%1/snapshots/%2/restore"_s.arg(segment(id), segment(snapshotId))), context,
        std::move(done));
}

ApiCall *AuraClient::overwrite(const QString &id, const QString &sourceInstanceId, const QString &sourceSnapshotId,
                               QObject *context, Done<AuraInstance> done)
{
    QJsonObject body{{u"source_instance_id"_s, sourceInstanceId}};
    if (!sourceSnapshotId.isEmpty())
        body.insert(u"source_snapshot_id"_s, sourceSnapshotId);
    return one<AuraInstance>(action("POST", u"/v1/instances/%1/overwrite"_s.arg(segment(id)), body), context,
                             std::move(done));
}
