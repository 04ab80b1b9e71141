#include "api/db/InfraiDbClient.h"

#include "api/TypedCalls.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

ApiRequest listRequest(const QString &path, const QString &projectId, const QString &cursor, int limit)
{
    QUrlQuery query;
    if (!projectId.isEmpty())
        query.addQueryItem(u"project_id"_s, projectId);
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, cursor);
    if (limit > 0)
        query.addQueryItem(u"limit"_s, QString::number(limit));
    return ApiRequest::get(path, query);
}

QString pathId(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

void putIfSet(QJsonObject &body, const QString &field, const QString &value)
{
    if (!value.isEmpty())
        body.insert(field, value);
}

} // namespace

template <typename T>
ApiCall *InfraiDbClient::sendRecord(const ApiRequest &request, QObject *context, Done<T> done)
{
    return TypedCalls::record<T>(m_transport, request, context, std::move(done));
}

template <typename T>
ApiCall *InfraiDbClient::sendPage(const ApiRequest &request, QObject *context, Done<Page<T>> done)
{
    return TypedCalls::page<T>(m_transport, request, context, std::move(done));
}

ApiRequest InfraiDbClient::createProjectRequest(const NewProjectSpec &spec)
{
    QJsonObject body{{u"name"_s, spec.name}};
    putIfSet(body, u"vendor"_s, spec.vendor);
    putIfSet(body, u"region"_s, spec.region);
    putIfSet(body, u"plan"_s, spec.plan);
    putIfSet(body, u"mode"_s, spec.mode);
    putIfSet(body, u"postgres_version"_s, spec.postgresVersion);
    ApiRequest request = ApiRequest::mutating("POST", u"/v1/db/project/create"_s, body);
    request.capability = u"db.project.create"_s;
    return request;
}

ApiRequest InfraiDbClient::createBranchRequest(const QString &projectId, const QString &name, const QString &fromBranch)
{
    QJsonObject body{{u"project_id"_s, projectId}, {u"branch_name"_s, name}};
    putIfSet(body, u"from_branch"_s, fromBranch);
    ApiRequest request = ApiRequest::mutating("POST", u"/v1/db/branch/create"_s, body);
    request.capability = u"db.branch.create"_s;
    return request;
}

ApiRequest InfraiDbClient::createSnapshotRequest(const QString &projectId, const QString &label)
{
    QJsonObject body{{u"project_id"_s, projectId}};
    putIfSet(body, u"label"_s, label);
    ApiRequest request = ApiRequest::mutating("POST", u"/v1/db/snapshot/create"_s, body);
    request.capability = u"db.snapshot.create"_s;
    return request;
}

ApiRequest InfraiDbClient::restoreSnapshotRequest(const QString &snapshotId, const QString &newName)
{
    QJsonObject body{{u"snapshot_id"_s, snapshotId}};
    putIfSet(body, u"new_name"_s, newName);
    ApiRequest request = ApiRequest::mutating("POST", u"/v1/db/snapshot/restore/"_s + pathId(snapshotId), body);
    request.capability = u"db.snapshot.restore"_s;
    return request;
}

ApiRequest InfraiDbClient::deleteProjectRequest(const QString &projectId)
{
    ApiRequest request = ApiRequest::mutating("DELETE", u"/v1/db/project/delete/"_s + pathId(projectId), {}, false);
    request.capability = u"db.project.delete"_s;
    return request;
}

ApiRequest InfraiDbClient::deleteBranchRequest(const QString &branchId)
{
    ApiRequest request = ApiRequest::mutating("DELETE", u"/v1/db/branch/delete/"_s + pathId(branchId), {}, false);
    request.capability = u"db.branch.delete"_s;
    return request;
}

ApiRequest InfraiDbClient::getRequest(const QString &kind, const QString &id)
{
    ApiRequest request = ApiRequest::get(u"/v1/db/"_s + kind + u"/get/"_s + pathId(id));
    request.capability = u"db."_s + kind + u".get"_s;
    return request;
}

ApiCall *InfraiDbClient::sendProject(const ApiRequest &request, QObject *context, Done<DbProject> done)
{
    return sendRecord<DbProject>(request, context, std::move(done));
}

ApiCall *InfraiDbClient::sendBranch(const ApiRequest &request, QObject *context, Done<DbBranch> done)
{
    return sendRecord<DbBranch>(request, context, std::move(done));
}

ApiCall *InfraiDbClient::sendSnapshot(const ApiRequest &request, QObject *context, Done<DbSnapshot> done)
{
    return sendRecord<DbSnapshot>(request, context, std::move(done));
}

ApiCall *InfraiDbClient::sendOk(const ApiRequest &request, QObject *context, Done<bool> done)
{
    return m_transport->send(request, context, [done](const ApiResult &result) {
        done(result.ok() && result.body.value(u"ok"_s).toBool(true), result.error);
    });
}

ApiCall *InfraiDbClient::createProject(const NewProjectSpec &spec, QObject *context, Done<DbProject> done)
{
    return sendProject(createProjectRequest(spec), context, std::move(done));
}

ApiCall *InfraiDbClient::getProject(const QString &id, QObject *context, Done<DbProject> done)
{
    return sendProject(getRequest(u"project"_s, id), context, std::move(done));
}

ApiCall *InfraiDbClient::listProjects(const QString &cursor, int limit, QObject *context, Done<Page<DbProject>> done)
{
    return sendPage<DbProject>(listRequest(u"/v1/db/project/list"_s, {}, cursor, limit), context, std::move(done));
}

ApiCall *InfraiDbClient::deleteProject(const QString &id, QObject *context, Done<bool> done)
{
    return sendOk(deleteProjectRequest(id), context, std::move(done));
}

ApiCall *InfraiDbClient::createBranch(const QString &projectId, const QString &name, const QString &fromBranch,
                                      QObject *context, Done<DbBranch> done)
{
    return sendBranch(createBranchRequest(projectId, name, fromBranch), context, std::move(done));
}

ApiCall *InfraiDbClient::getBranch(const QString &id, QObject *context, Done<DbBranch> done)
{
    return sendBranch(getRequest(u"branch"_s, id), context, std::move(done));
}

ApiCall *InfraiDbClient::listBranches(const QString &projectId, const QString &cursor, int limit, QObject *context,
                                      Done<Page<DbBranch>> done)
{
    return sendPage<DbBranch>(listRequest(u"/v1/db/branch/list"_s, projectId, cursor, limit), context, std::move(done));
}

ApiCall *InfraiDbClient::deleteBranch(const QString &id, QObject *context, Done<bool> done)
{
    return sendOk(deleteBranchRequest(id), context, std::move(done));
}

ApiCall *InfraiDbClient::createSnapshot(const QString &projectId, const QString &label, QObject *context,
                                        Done<DbSnapshot> done)
{
    return sendSnapshot(createSnapshotRequest(projectId, label), context, std::move(done));
}

ApiCall *InfraiDbClient::getSnapshot(const QString &id, QObject *context, Done<DbSnapshot> done)
{
    return sendSnapshot(getRequest(u"snapshot"_s, id), context, std::move(done));
}

ApiCall *InfraiDbClient::listSnapshots(const QString &projectId, const QString &cursor, int limit, QObject *context,
                                       Done<Page<DbSnapshot>> done)
{
    return sendPage<DbSnapshot>(listRequest(u"/v1/db/snapshot/list"_s, projectId, cursor, limit), context,
                                std::move(done));
}

ApiCall *InfraiDbClient::restoreSnapshot(const QString &snapshotId, const QString &newName, QObject *context,
                                         Done<DbProject> done)
{
    return sendProject(restoreSnapshotRequest(snapshotId, newName), context, std::move(done));
}

ApiCall *InfraiDbClient::discover(const QString &capability, QObject *context, Done<DiscoveryInfo> done)
{
    return sendRecord<DiscoveryInfo>(ApiRequest::get(u"/v1/discovery/"_s + pathId(capability)), context,
                                     std::move(done));
}

ApiCall *InfraiDbClient::topUp(QObject *context, Done<QUrl> done)
{
    ApiRequest request = ApiRequest::mutating("POST", u"/v1/account/topup"_s);
    request.capability = u"account.topup"_s;
    return m_transport->send(request, context, [done](const ApiResult &result) {
        const QUrl url(result.body.value(u"checkout_url"_s).toString());
        if (result.ok() && !url.isValid())
            return done(QUrl(), ApiError::malformed(u"the answer lacks checkout_url"_s));
        done(url, result.error);
    });
}
