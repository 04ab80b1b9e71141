#include "api/lakebase/LakebaseTypes.h"

#include "api/Timestamps.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QJsonObject statusOf(const QJsonObject &json)
{
    return json.value(u"status"_s).toObject();
}

// "projects/p/branches/b/endpoints/e" → the segment after `collection`.
QString idIn(const QString &name, const QString &collection)
{
    const QStringList parts = name.split(u'/');
    const qsizetype at = parts.indexOf(collection);
    return at >= 0 && at + 1 < parts.size() ? parts.at(at + 1) : QString();
}

int durationSeconds(const QJsonValue &value)
{
    QString text = value.toString();
    if (!text.endsWith(u's'))
        return -1;
    text.chop(1);
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    return ok ? int(seconds) : -1;
}

} // namespace

std::optional<LakebaseProject> LakebaseProject::fromJson(const QJsonObject &json)
{
    LakebaseProject project;
    project.name = json.value(u"name"_s).toString();
    project.id = idIn(project.name, u"projects"_s);
    const QJsonObject status = statusOf(json);
    if (project.id.isEmpty() || !status.value(u"pg_version"_s).isDouble())
        return std::nullopt;
    project.uid = json.value(u"uid"_s).toString();
    project.displayName = status.value(u"display_name"_s).toString(project.id);
    project.pgVersion = status.value(u"pg_version"_s).toInt();
    project.defaultBranch = status.value(u"default_branch"_s).toString();
    project.owner = status.value(u"owner"_s).toString();
    project.createdAt = rfc3339Field(json, u"create_time"_s);
    project.updatedAt = rfc3339Field(json, u"update_time"_s);
    project.deletedAt = rfc3339Field(json, u"delete_time"_s);
    project.purgeAt = rfc3339Field(json, u"purge_time"_s);
    return project;
}

std::optional<LakebaseBranch> LakebaseBranch::fromJson(const QJsonObject &json)
{
    LakebaseBranch branch;
    branch.name = json.value(u"name"_s).toString();
    branch.projectId = idIn(branch.name, u"projects"_s);
    branch.id = idIn(branch.name, u"branches"_s);
    const QJsonObject status = statusOf(json);
    if (branch.projectId.isEmpty() || branch.id.isEmpty() || !status.value(u"current_state"_s).isString())
        return std::nullopt;
    branch.uid = json.value(u"uid"_s).toString();
    branch.state = status.value(u"current_state"_s).toString();
    branch.sourceBranch = status.value(u"source_branch"_s).toString();
    branch.isDefault = status.value(u"default"_s).toBool();
    branch.isProtected = status.value(u"is_protected"_s).toBool();
    branch.expireTime = rfc3339Field(status, u"expire_time"_s);
    branch.deletedAt = rfc3339Field(status, u"delete_time"_s);
    branch.purgeAt = rfc3339Field(status, u"purge_time"_s);
    branch.createdAt = rfc3339Field(json, u"create_time"_s);
    return branch;
}

std::optional<LakebaseEndpoint> LakebaseEndpoint::fromJson(const QJsonObject &json)
{
    LakebaseEndpoint endpoint;
    endpoint.name = json.value(u"name"_s).toString();
    endpoint.projectId = idIn(endpoint.name, u"projects"_s);
    endpoint.branchId = idIn(endpoint.name, u"branches"_s);
    endpoint.id = idIn(endpoint.name, u"endpoints"_s);
    const QJsonObject status = statusOf(json);
    if (endpoint.id.isEmpty() || !status.value(u"endpoint_type"_s).isString())
        return std::nullopt;
    endpoint.uid = json.value(u"uid"_s).toString();
    endpoint.type = status.value(u"endpoint_type"_s).toString();
    endpoint.state = status.value(u"current_state"_s).toString();
    endpoint.minCu = status.value(u"autoscaling_limit_min_cu"_s).toDouble();
    endpoint.maxCu = status.value(u"autoscaling_limit_max_cu"_s).toDouble();
    // No timeout in the status: it never suspends (no_suspension lives in the spec only).
    endpoint.suspendSeconds = std::max(0, durationSeconds(status.value(u"suspend_timeout_duration"_s)));
    endpoint.disabled = status.value(u"disabled"_s).toBool();
    const QJsonObject hosts = status.value(u"hosts"_s).toObject();
    endpoint.host = hosts.value(u"host"_s).toString();
    endpoint.readOnlyHost = hosts.value(u"read_only_host"_s).toString();
    endpoint.createdAt = rfc3339Field(json, u"create_time"_s);
    return endpoint;
}

std::optional<LakebaseDatabase> LakebaseDatabase::fromJson(const QJsonObject &json)
{
    LakebaseDatabase database;
    database.name = json.value(u"name"_s).toString();
    database.id = json.value(u"database_id"_s).toString(database.name.section(u'/', -1));
    const QJsonObject status = statusOf(json);
    database.postgresName = status.value(u"postgres_database"_s).toString(database.id);
    database.owner = status.value(u"role"_s).toString().section(u'/', -1); // a role's resource name
    if (database.name.isEmpty())
        return std::nullopt;
    return database;
}

std::optional<LakebaseRole> LakebaseRole::fromJson(const QJsonObject &json)
{
    LakebaseRole role;
    role.name = json.value(u"name"_s).toString();
    role.id = json.value(u"role_id"_s).toString(role.name.section(u'/', -1));
    const QJsonObject status = statusOf(json);
    role.postgresRole = status.value(u"postgres_role"_s).toString(role.id);
    role.identityType = status.value(u"identity_type"_s).toString();
    role.authMethod = status.value(u"auth_method"_s).toString();
    if (role.name.isEmpty())
        return std::nullopt;
    return role;
}

std::optional<LakebaseOperation> LakebaseOperation::fromJson(const QJsonObject &json)
{
    LakebaseOperation operation;
    operation.name = json.value(u"name"_s).toString();
    if (operation.name.isEmpty())
        return std::nullopt;
    operation.done = json.value(u"done"_s).toBool(); // left out while it runs (omitempty)
    operation.response = json.value(u"response"_s).toObject();
    const QJsonObject error = json.value(u"error"_s).toObject();
    operation.errorCode = error.value(u"error_code"_s).toString();
    operation.errorMessage = error.value(u"message"_s).toString();
    if (operation.done && !error.isEmpty() && operation.errorCode.isEmpty())
        operation.errorCode = u"UNKNOWN"_s; // an error all the same
    // Done means exactly one of response and error: without either, the answer is wrong.
    if (operation.done && operation.errorCode.isEmpty() && !json.value(u"response"_s).isObject())
        return std::nullopt;
    return operation;
}

std::optional<LakebaseCredential> LakebaseCredential::fromJson(const QJsonObject &json)
{
    LakebaseCredential credential;
    credential.token = json.value(u"token"_s).toString();
    credential.expireTime = rfc3339Field(json, u"expire_time"_s);
    if (credential.token.isEmpty() || !credential.expireTime.isValid())
        return std::nullopt;
    return credential;
}

bool LakebaseIds::isValid(const QString &id)
{
    return problem(id).isEmpty();
}

QString LakebaseIds::problem(const QString &id)
{
    static const QRegularExpression allowed(u"^[a-z0-9-]*$"_s);
    if (id.isEmpty())
        return QCoreApplication::translate("LakebaseIds", "An id is needed.");
    if (id.size() > 63)
        return QCoreApplication::translate("LakebaseIds", "At most 63 characters.");
    if (!allowed.match(id).hasMatch())
        return QCoreApplication::translate("LakebaseIds", "Only lowercase letters a–z, digits and hyphens.");
    if (!id.front().isLower())
        return QCoreApplication::translate("LakebaseIds", "It must start with a letter.");
    if (id.endsWith(u'-'))
        return QCoreApplication::translate("LakebaseIds", "It cannot end with a hyphen.");
    return {};
}
