#include "api/lakebase/LakebaseClient.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QString Root = u"/api/2.0/postgres/"_s;

QString duration(int seconds)
{
    return QString::number(seconds) + u's';
}

void putSuspension(QJsonObject &spec, int suspendSeconds)
{
    if (suspendSeconds <= 0)
        spec.insert(u"no_suspension"_s, true);
    else
        spec.insert(u"suspend_timeout_duration"_s, duration(suspendSeconds));
}

} // namespace

template <typename T>
ApiCall *LakebaseClient::one(const ApiRequest &request, QObject *context, Done<T> done)
{
    return m_transport->send(request, context, [done](const ApiResult &result) {
        if (!result.ok())
            return done(T{}, result.error);
        const std::optional<T> value = T::fromJson(result.body);
        done(value.value_or(T{}), value ? ApiError() : result.annotate(ApiError::unexpectedShape(u"resource"_s)));
    });
}

template <typename T>
ApiCall *LakebaseClient::page(const ApiRequest &request, const QString &key, QObject *context,
                              Done<LakebasePage<T>> done)
{
    return m_transport->send(request, context, [done, key](const ApiResult &result) {
        if (!result.ok())
            return done({}, result.error);
        const QJsonValue items = result.body.value(key);
        if (!items.isArray() && !items.isUndefined()) // an empty list may be left out
            return done({}, result.annotate(ApiError::unexpectedShape(key)));
        LakebasePage<T> page;
        for (const QJsonValue &value : items.toArray()) {
            const std::optional<T> item = T::fromJson(value.toObject());
            if (!item) // never half a list
                return done({}, result.annotate(ApiError::unexpectedShape(key + u"[]"_s)));
            page.items.append(*item);
        }
        page.nextPageToken = result.body.value(u"next_page_token"_s).toString();
        done(page, {});
    });
}

ApiCall *LakebaseClient::operation(const ApiRequest &request, QObject *context, Done<LakebaseOperation> done)
{
    return one<LakebaseOperation>(request, context, std::move(done));
}

ApiRequest LakebaseClient::call(const QByteArray &method, const QString &name, const QJsonObject &body)
{
    ApiRequest request;
    request.method = method;
    request.path = Root + name;
    request.body = body;
    request.hasBody = method == "POST" || method == "PATCH";
    return request; // no idempotency key: not retried by the transport
}

ApiRequest LakebaseClient::update(const QString &name, const QStringList &mask, const QJsonObject &spec)
{
    ApiRequest request = call("PATCH", name, {{u"name"_s, name}, {u"spec"_s, spec}});
    request.query.addQueryItem(u"update_mask"_s, mask.join(u','));
    return request;
}

ApiRequest LakebaseClient::listRequest(const QString &path, const QString &pageToken, bool showDeleted)
{
    QUrlQuery query;
    query.addQueryItem(u"page_size"_s, u"100"_s);
    if (!pageToken.isEmpty()) // opaque: a '+' in it must not arrive as a space
        query.addQueryItem(u"page_token"_s, QString(pageToken).replace(u'+', u"%2B"_s));
    if (showDeleted)
        query.addQueryItem(u"show_deleted"_s, u"true"_s);
    return ApiRequest::get(Root + path, query);
}

ApiCall *LakebaseClient::listProjects(const QString &pageToken, bool showDeleted, QObject *context,
                                      Done<LakebasePage<LakebaseProject>> done)
{
    return page<LakebaseProject>(listRequest(u"projects"_s, pageToken, showDeleted), u"projects"_s, context,
                                 std::move(done));
}

ApiCall *LakebaseClient::listBranches(const QString &project, const QString &pageToken, bool showDeleted,
                                      QObject *context, Done<LakebasePage<LakebaseBranch>> done)
{
    return page<LakebaseBranch>(listRequest(projectName(project) + u"/branches"_s, pageToken, showDeleted),
                                u"branches"_s, context, std::move(done));
}

ApiCall *LakebaseClient::listEndpoints(const QString &project, const QString &branch, const QString &pageToken,
                                       QObject *context, Done<LakebasePage<LakebaseEndpoint>> done)
{
    return page<LakebaseEndpoint>(listRequest(branchName(project, branch) + u"/endpoints"_s, pageToken), u"endpoints"_s,
                                  context, std::move(done));
}

ApiCall *LakebaseClient::listDatabases(const QString &project, const QString &branch, const QString &pageToken,
                                       QObject *context, Done<LakebasePage<LakebaseDatabase>> done)
{
    return page<LakebaseDatabase>(listRequest(branchName(project, branch) + u"/databases"_s, pageToken), u"databases"_s,
                                  context, std::move(done));
}

ApiCall *LakebaseClient::listRoles(const QString &project, const QString &branch, const QString &pageToken,
                                   QObject *context, Done<LakebasePage<LakebaseRole>> done)
{
    return page<LakebaseRole>(listRequest(branchName(project, branch) + u"/roles"_s, pageToken), u"roles"_s, context,
                              std::move(done));
}

ApiCall *LakebaseClient::getProject(const QString &project, QObject *context, Done<LakebaseProject> done)
{
    return one<LakebaseProject>(ApiRequest::get(Root + projectName(project)), context, std::move(done));
}

ApiCall *LakebaseClient::getBranch(const QString &project, const QString &branch, QObject *context,
                                   Done<LakebaseBranch> done)
{
    return one<LakebaseBranch>(ApiRequest::get(Root + branchName(project, branch)), context, std::move(done));
}

ApiCall *LakebaseClient::getEndpoint(const QString &name, QObject *context, Done<LakebaseEndpoint> done)
{
    return one<LakebaseEndpoint>(ApiRequest::get(Root + name), context, std::move(done));
}

ApiCall *LakebaseClient::getOperation(const QString &name, QObject *context, Done<LakebaseOperation> done)
{
    return operation(ApiRequest::get(Root + name), context, std::move(done));
}

ApiCall *LakebaseClient::getResource(const QString &name, QObject *context, Done<QJsonObject> done)
{
    return m_transport->send(ApiRequest::get(Root + name), context,
                             [done](const ApiResult &result) { done(result.body, result.error); });
}

ApiCall *LakebaseClient::createProject(const NewProject &spec, QObject *context, Done<LakebaseOperation> done)
{
    QJsonObject projectSpec{{u"pg_version"_s, spec.pgVersion}};
    if (!spec.displayName.isEmpty())
        projectSpec.insert(u"display_name"_s, spec.displayName);
    QJsonObject endpoint{{u"autoscaling_limit_min_cu"_s, spec.minCu}, {u"autoscaling_limit_max_cu"_s, spec.maxCu}};
    putSuspension(endpoint, spec.suspendSeconds);
    QJsonObject body{{u"spec"_s, projectSpec}, {u"initial_endpoint_spec"_s, endpoint}};
    if (spec.protectDefaultBranch)
        body.insert(u"initial_branch_spec"_s, QJsonObject{{u"is_protected"_s, true}});
    ApiRequest request = call("POST", u"projects"_s, body);
    request.query.addQueryItem(u"project_id"_s, spec.id);
    return operation(request, context, std::move(done));
}

ApiCall *LakebaseClient::renameProject(const QString &project, const QString &displayName, QObject *context,
                                       Done<LakebaseOperation> done)
{
    return operation(update(projectName(project), {u"spec.display_name"_s}, {{u"display_name"_s, displayName}}),
                     context, std::move(done));
}

ApiCall *LakebaseClient::createBranch(const NewBranch &spec, QObject *context, Done<LakebaseOperation> done)
{
    QJsonObject branchSpec{{u"is_protected"_s, spec.isProtected}};
    if (!spec.sourceBranch.isEmpty())
        branchSpec.insert(u"source_branch"_s, spec.sourceBranch);
    if (spec.expireTime.isValid())
        branchSpec.insert(u"expire_time"_s, spec.expireTime.toUTC().toString(Qt::ISODate));
    else
        branchSpec.insert(u"no_expiry"_s, true);
    ApiRequest request = call("POST", projectName(spec.project) + u"/branches"_s, {{u"spec"_s, branchSpec}});
    request.query.addQueryItem(u"branch_id"_s, spec.id);
    return operation(request, context, std::move(done));
}

ApiCall *LakebaseClient::setBranchProtected(const QString &project, const QString &branch, bool isProtected,
                                            QObject *context, Done<LakebaseOperation> done)
{
    return operation(update(branchName(project, branch), {u"spec.is_protected"_s}, {{u"is_protected"_s, isProtected}}),
                     context, std::move(done));
}

ApiCall *LakebaseClient::setBranchExpiration(const QString &project, const QString &branch, const QDateTime &expireTime,
                                             QObject *context, Done<LakebaseOperation> done)
{
    const QJsonObject spec = expireTime.isValid()
                                 ? QJsonObject{{u"expire_time"_s, expireTime.toUTC().toString(Qt::ISODate)}}
                                 : QJsonObject{{u"no_expiry"_s, true}};
    return operation(update(branchName(project, branch), {u"spec.expiration"_s}, spec), context, std::move(done));
}

ApiCall *LakebaseClient::createEndpoint(const NewEndpoint &spec, QObject *context, Done<LakebaseOperation> done)
{
    QJsonObject endpointSpec{
        {u"endpoint_type"_s, spec.readWrite ? u"ENDPOINT_TYPE_READ_WRITE"_s : u"ENDPOINT_TYPE_READ_ONLY"_s},
        {u"autoscaling_limit_min_cu"_s, spec.minCu},
        {u"autoscaling_limit_max_cu"_s, spec.maxCu}};
    putSuspension(endpointSpec, spec.suspendSeconds);
    ApiRequest request =
        call("POST", branchName(spec.project, spec.branch) + u"/endpoints"_s, {{u"spec"_s, endpointSpec}});
    request.query.addQueryItem(u"endpoint_id"_s, spec.id);
    return operation(request, context, std::move(done));
}

ApiCall *LakebaseClient::updateEndpoint(const QString &name, const EndpointChange &change, QObject *context,
                                        Done<LakebaseOperation> done)
{
    QStringList mask;
    QJsonObject spec;
    if (change.minCu) {
        mask << u"spec.autoscaling_limit_min_cu"_s;
        spec.insert(u"autoscaling_limit_min_cu"_s, *change.minCu);
    }
    if (change.maxCu) {
        mask << u"spec.autoscaling_limit_max_cu"_s;
        spec.insert(u"autoscaling_limit_max_cu"_s, *change.maxCu);
    }
    if (change.suspendSeconds) {
        mask << u"spec.suspension"_s;
        putSuspension(spec, *change.suspendSeconds);
    }
    if (change.disabled) {
        mask << u"spec.disabled"_s;
        spec.insert(u"disabled"_s, *change.disabled);
    }
    return operation(update(name, mask, spec), context, std::move(done));
}

ApiCall *LakebaseClient::deleteResource(const QString &name, bool purge, QObject *context, Done<LakebaseOperation> done)
{
    ApiRequest request = call("DELETE", name);
    if (purge)
        request.query.addQueryItem(u"purge"_s, u"true"_s);
    return operation(request, context, std::move(done));
}

ApiCall *LakebaseClient::undelete(const QString &name, QObject *context, Done<LakebaseOperation> done)
{
    return operation(call("POST", name + u"/undelete"_s), context, std::move(done));
}

ApiCall *LakebaseClient::generateCredential(const QString &endpointName, int ttlSeconds, QObject *context,
                                            Done<LakebaseCredential> done)
{
    QJsonObject body{{u"endpoint"_s, endpointName}};
    if (ttlSeconds > 0)
        body.insert(u"ttl"_s, duration(ttlSeconds));
    return one<LakebaseCredential>(call("POST", u"credentials"_s, body), context, std::move(done));
}

QString LakebaseClient::limitsProblem(double minCu, double maxCu)
{
    auto halfStep = [](double cu) { return std::abs(cu * 2 - std::round(cu * 2)) < 1e-9; };
    if (minCu < 0.5 || !halfStep(minCu) || !halfStep(maxCu))
        return QCoreApplication::translate("LakebaseClient", "Compute units go from 0.5 in steps of 0.5.");
    if (maxCu > 64)
        return QCoreApplication::translate("LakebaseClient", "At most 64 compute units.");
    if (maxCu < minCu)
        return QCoreApplication::translate("LakebaseClient", "The maximum cannot be below the minimum.");
    if (maxCu - minCu > 16)
        return QCoreApplication::translate("LakebaseClient",
                                           "The maximum can be at most 16 compute units above the minimum.");
    return {};
}
