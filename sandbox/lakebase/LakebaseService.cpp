#include "lakebase/LakebaseService.h"

#include "BodyReader.h"
#include "SandboxClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QString Prefix = u"/api/2.0/postgres/"_s;
constexpr qint64 OperationMs = 2000;                    // sandbox clock (§5: 1–3 s)
constexpr int TokenSeconds = 3600;                      // OAuth tokens and credentials
constexpr qint64 PurgeAfterMs = 7LL * 24 * 3600 * 1000; // a soft-deleted resource's grace
const QString DefaultBranch = u"production"_s;
const QString ReadWrite = u"ENDPOINT_TYPE_READ_WRITE"_s;
const QString ReadOnly = u"ENDPOINT_TYPE_READ_ONLY"_s;

qint64 wallMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString rfc3339(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

bool validId(const QString &id)
{
    static const QRegularExpression pattern(u"^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$"_s);
    return pattern.match(id).hasMatch();
}

// "300s" (or "300.5s") → seconds; -1 when it is not a duration.
double durationSeconds(const QJsonValue &value)
{
    static const QRegularExpression pattern(u"^(\\d+(\\.\\d+)?)s$"_s);
    const QRegularExpressionMatch match = pattern.match(value.toString());
    return match.hasMatch() ? match.captured(1).toDouble() : -1;
}

QString seconds(int value)
{
    return QString::number(value) + u's';
}

SandboxResponse invalid(const QString &message)
{
    return LakebaseService::error(400, u"INVALID_PARAMETER_VALUE"_s, message);
}

SandboxResponse notFound(const QString &name)
{
    return LakebaseService::error(404, u"NOT_FOUND"_s, u"%1 does not exist"_s.arg(name));
}

QString typeUrl(const QString &type)
{
    return u"type.googleapis.com/databricks.postgres.v1."_s + type;
}

} // namespace

LakebaseService::LakebaseService(const SandboxClock &clock, Options options)
    : m_clock(clock), m_options(std::move(options))
{
    for (const QString &pair : std::as_const(m_options.clients)) {
        const qsizetype colon = pair.indexOf(u':');
        if (colon > 0)
            m_secrets.insert(pair.left(colon), pair.mid(colon + 1));
    }
}

bool LakebaseService::owns(const QString &path)
{
    return path.startsWith(u"/oidc/") || path.startsWith(Prefix);
}

SandboxResponse LakebaseService::error(int status, const QString &code, const QString &message)
{
    return SandboxResponse::json(status, {{u"error_code"_s, code}, {u"message"_s, message}});
}

SandboxResponse LakebaseService::handle(const SandboxRequest &request, bool failOperation)
{
    ++m_requests;
    if (request.path == u"/oidc/.well-known/oauth-authorization-server") {
        if (request.method != "GET")
            return error(405, u"METHOD_NOT_ALLOWED"_s, u"Use GET"_s);
        return discovery(request);
    }
    if (request.path == u"/oidc/v1/token") {
        if (request.method != "POST")
            return error(405, u"METHOD_NOT_ALLOWED"_s, u"Use POST"_s);
        return token(request);
    }
    if (!request.path.startsWith(Prefix))
        return error(404, u"ENDPOINT_NOT_FOUND"_s,
                     u"No API found for '%1 %2'"_s.arg(QString::fromLatin1(request.method), request.path));
    if (auto refused = authenticate(request))
        return *refused;
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return error(400, u"MALFORMED_REQUEST"_s, u"The request body is not a JSON object"_s);
        body = document.object();
    }
    const QStringList parts = request.path.mid(Prefix.size()).split(u'/', Qt::SkipEmptyParts);
    return route(request, parts, body, failOperation);
}

std::optional<SandboxResponse> LakebaseService::authenticate(const SandboxRequest &request)
{
    const QByteArray authorization = request.header("Authorization");
    const QString bearer = authorization.startsWith("Bearer ") ? QString::fromLatin1(authorization.mid(7)) : QString();
    if (!bearer.isEmpty() && m_options.tokens.contains(bearer))
        return std::nullopt;
    if (const auto it = m_oauthTokens.constFind(bearer); !bearer.isEmpty() && it != m_oauthTokens.cend()) {
        if (*it > wallMs())
            return std::nullopt;
        return error(401, u"UNAUTHENTICATED"_s, u"The access token has expired"_s);
    }
    return error(401, u"UNAUTHENTICATED"_s,
                 bearer.isEmpty() ? u"Credential was not sent or was of an unsupported type"_s
                                  : u"Invalid access token"_s);
}

SandboxResponse LakebaseService::discovery(const SandboxRequest &request) const
{
    // Absolute URLs on the host the client used.
    const QString host = QString::fromLatin1(request.header("Host"));
    const QString base = u"http://"_s + host + u"/oidc"_s;
    return SandboxResponse::json(
        200,
        {{u"issuer"_s, base},
         {u"authorization_endpoint"_s, QString(base + u"/v1/authorize"_s)},
         {u"token_endpoint"_s, QString(base + u"/v1/token"_s)},
         {u"grant_types_supported"_s, QJsonArray{u"client_credentials"_s, u"authorization_code"_s}},
         {u"scopes_supported"_s, QJsonArray{u"all-apis"_s, u"offline_access"_s}},
         {u"token_endpoint_auth_methods_supported"_s, QJsonArray{u"client_secret_basic"_s, u"client_secret_post"_s}}});
}

SandboxResponse LakebaseService::token(const SandboxRequest &request)
{
    const QByteArray authorization = request.header("Authorization");
    const QByteArray basic = authorization.startsWith("Basic ") ? QByteArray::fromBase64(authorization.mid(6)) : "";
    const qsizetype colon = basic.indexOf(':');
    const QString id = QString::fromUtf8(basic.left(colon));
    if (colon < 0 || !m_secrets.contains(id) || m_secrets.value(id) != QString::fromUtf8(basic.mid(colon + 1)))
        return SandboxResponse::json(
            401, {{u"error"_s, u"invalid_client"_s}, {u"error_description"_s, u"Client authentication failed"_s}});
    const QUrlQuery form(QString::fromUtf8(request.body));
    if (form.queryItemValue(u"grant_type"_s) != u"client_credentials")
        return SandboxResponse::json(400, {{u"error"_s, u"unsupported_grant_type"_s},
                                           {u"error_description"_s, u"grant_type must be client_credentials"_s}});
    if (!form.queryItemValue(u"scope"_s).split(u' ').contains(u"all-apis"_s))
        return SandboxResponse::json(
            400, {{u"error"_s, u"invalid_scope"_s}, {u"error_description"_s, u"scope must include all-apis"_s}});
    // An hour of sandbox time; expires_in in real seconds (shorter when the clock is scaled).
    const qint64 lifetimeMs = std::max<qint64>(1000, qint64(TokenSeconds * 1000 / m_clock.timeScale()));
    const QString issued = u"dbo_"_s + ResourceIds::randomToken(40);
    m_oauthTokens.insert(issued, wallMs() + lifetimeMs);
    return SandboxResponse::json(200, {{u"access_token"_s, issued},
                                       {u"token_type"_s, u"Bearer"_s},
                                       {u"expires_in"_s, qint64(lifetimeMs / 1000)},
                                       {u"scope"_s, u"all-apis"_s}});
}

QString LakebaseService::newUid() const
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString LakebaseService::branchName(const QString &project, const QString &id)
{
    return u"projects/%1/branches/%2"_s.arg(project, id);
}

LakebaseService::Project *LakebaseService::liveProject(const QString &id)
{
    const auto it = m_projects.find(id);
    return it == m_projects.end() || it->second.deleted.isValid() ? nullptr : &it->second;
}

LakebaseService::Branch *LakebaseService::findBranch(const QString &project, const QString &id)
{
    const auto it = m_branches.find(branchName(project, id));
    return it == m_branches.end() ? nullptr : &it->second;
}

SandboxResponse LakebaseService::route(const SandboxRequest &request, const QStringList &parts, const QJsonObject &body,
                                       bool fail)
{
    const QByteArray method = request.method;
    const int n = int(parts.size());
    auto wrongMethod = [&] {
        return error(404, u"ENDPOINT_NOT_FOUND"_s,
                     u"No API found for '%1 %2'"_s.arg(QString::fromLatin1(method), request.path));
    };
    if (n == 1 && parts[0] == u"credentials")
        return method == "POST" ? credential(body) : wrongMethod();
    if (n == 0 || parts[0] != u"projects")
        return wrongMethod();
    if (n == 1) {
        if (method == "POST")
            return createProject(request, body, fail);
        if (method != "GET")
            return wrongMethod();
        const bool showDeleted = request.query.queryItemValue(u"show_deleted"_s) == u"true";
        QList<const Project *> shown;
        for (const auto &[id, project] : m_projects)
            if (showDeleted || !project.deleted.isValid())
                shown << &project;
        std::sort(shown.begin(), shown.end(), [](auto *a, auto *b) { return a->seq < b->seq; });
        QList<QJsonObject> items;
        QList<qint64> seqs;
        for (const Project *project : shown) {
            items << projectJson(*project);
            seqs << project->seq;
        }
        return list(request, u"projects"_s, items, seqs);
    }
    const QString projectId = parts[1];
    const QString name = parts.mid(0, std::min(n, 6)).join(u'/');
    if (n >= 3 && parts.last() == u"undelete" && (n == 3 || n == 5))
        return method == "POST" ? undelete(parts.mid(0, n - 1).join(u'/'), fail) : wrongMethod();
    if (n == 4 && parts[2] == u"operations") {
        if (method != "GET")
            return wrongMethod();
        const auto it = m_operations.find(request.path.mid(Prefix.size()));
        return it == m_operations.end() ? notFound(request.path.mid(Prefix.size()))
                                        : SandboxResponse::json(200, operationJson(it->second));
    }
    if (n == 3 && parts[2] == u"branches") {
        if (!liveProject(projectId))
            return notFound(u"projects/"_s + projectId);
        if (method == "POST")
            return createBranch(projectId, request, body, fail);
        if (method != "GET")
            return wrongMethod();
        const bool showDeleted = request.query.queryItemValue(u"show_deleted"_s) == u"true";
        QList<const Branch *> shown;
        for (const auto &[key, branch] : m_branches)
            if (branch.project == projectId && (showDeleted || !branch.deleted.isValid()))
                shown << &branch;
        std::sort(shown.begin(), shown.end(), [](auto *a, auto *b) { return a->seq < b->seq; });
        QList<QJsonObject> items;
        QList<qint64> seqs;
        for (const Branch *branch : shown) {
            items << branchJson(*branch);
            seqs << branch->seq;
        }
        return list(request, u"branches"_s, items, seqs);
    }
    if (n == 5 && parts[2] == u"branches" &&
        (parts[4] == u"endpoints" || parts[4] == u"databases" || parts[4] == u"roles")) {
        const Branch *branch = liveProject(projectId) ? findBranch(projectId, parts[3]) : nullptr;
        if (!branch || branch->deleted.isValid())
            return notFound(branchName(projectId, parts[3]));
        if (parts[4] == u"endpoints" && method == "POST")
            return createEndpoint(projectId, parts[3], request, body, fail);
        if (method != "GET")
            return wrongMethod();
        const QString prefix = branchName(projectId, parts[3]) + u'/' + parts[4] + u'/';
        QList<QJsonObject> items;
        QList<qint64> seqs;
        if (parts[4] == u"endpoints") {
            QList<const Endpoint *> shown;
            for (const auto &[key, endpoint] : m_endpoints)
                if (key.startsWith(prefix))
                    shown << &endpoint;
            std::sort(shown.begin(), shown.end(), [](auto *a, auto *b) { return a->seq < b->seq; });
            for (const Endpoint *endpoint : shown) {
                items << endpointJson(*endpoint);
                seqs << endpoint->seq;
            }
            return list(request, u"endpoints"_s, items, seqs);
        }
        const QString owner = m_projects.at(projectId).owner;
        if (parts[4] == u"databases") {
            const QString database = u"databricks_postgres"_s;
            const QJsonObject spec{{u"postgres_database"_s, database},
                                   {u"role"_s, QString(branchName(projectId, parts[3]) + u"/roles/"_s + owner)}};
            items << QJsonObject{{u"name"_s, QString(prefix + u"databricks-postgres"_s)},
                                 {u"database_id"_s, u"databricks-postgres"_s},
                                 {u"spec"_s, spec},
                                 {u"status"_s, spec}};
            seqs << 1;
            return list(request, u"databases"_s, items, seqs);
        }
        const struct
        {
            QString id, role, identity, method;
        } roles[] = {// A user's role is named by the user's email; a plain Postgres role has no identity.
                     {owner, owner, u"USER"_s, u"LAKEBASE_OAUTH_V1"_s},
                     {u"app-user"_s, u"app_user"_s, QString(), u"PG_PASSWORD_SCRAM_SHA_256"_s}};
        for (const auto &role : roles) {
            QJsonObject spec{{u"postgres_role"_s, role.role}, {u"auth_method"_s, role.method}};
            if (!role.identity.isEmpty())
                spec.insert(u"identity_type"_s, role.identity);
            items << QJsonObject{{u"name"_s, QString(prefix + role.id)},
                                 {u"role_id"_s, role.id},
                                 {u"spec"_s, spec},
                                 {u"status"_s, spec}};
            seqs << seqs.size() + 1;
        }
        return list(request, u"roles"_s, items, seqs);
    }
    // A resource by its full name: projects/p, projects/p/branches/b, …/endpoints/e.
    const bool resourceName = n == 2 || (n == 4 && parts[2] == u"branches") ||
                              (n == 6 && parts[2] == u"branches" && parts[4] == u"endpoints");
    if (!resourceName)
        return wrongMethod();
    if (method == "PATCH")
        return update(name, request, body, fail);
    if (method == "DELETE")
        return remove(name, request, fail);
    if (method != "GET")
        return wrongMethod();
    const QJsonObject found = resourceJson(name);
    return found.isEmpty() ? notFound(name) : SandboxResponse::json(200, found);
}

SandboxResponse LakebaseService::list(const SandboxRequest &request, const QString &key, QList<QJsonObject> items,
                                      const QList<qint64> &seqs)
{
    bool ok = true;
    int size = 50;
    if (const QString text = request.query.queryItemValue(u"page_size"_s); !text.isEmpty()) {
        size = text.toInt(&ok);
        if (!ok || size < 0)
            return invalid(u"page_size must be a non-negative integer"_s);
        size = size == 0 ? 50 : std::min(size, 100);
    }
    qint64 after = 0;
    if (const QString text = request.query.queryItemValue(u"page_token"_s); !text.isEmpty()) {
        const QByteArray decoded = QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding);
        after = decoded.startsWith("after:") ? decoded.mid(6).toLongLong(&ok) : 0;
        if (!decoded.startsWith("after:") || !ok)
            return invalid(u"page_token is not valid"_s);
    }
    QJsonArray page;
    qint64 last = 0;
    bool more = false;
    for (int i = 0; i < items.size(); ++i) {
        if (seqs[i] <= after)
            continue;
        if (page.size() == size) {
            more = true;
            break;
        }
        page.append(items[i]);
        last = seqs[i];
    }
    QJsonObject answer{{key, page}};
    if (more)
        answer.insert(u"next_page_token"_s, QString::fromLatin1(QByteArray("after:" + QByteArray::number(last))
                                                                    .toBase64(QByteArray::Base64UrlEncoding |
                                                                              QByteArray::OmitTrailingEquals)));
    return SandboxResponse::json(200, answer);
}

std::optional<SandboxResponse> LakebaseService::readEndpointSpec(const QJsonObject &json, EndpointSpec &spec,
                                                                 bool limits, bool suspension, bool disabled) const
{
    if (limits) {
        if (json.contains(u"autoscaling_limit_min_cu"_s)) {
            if (!json.value(u"autoscaling_limit_min_cu"_s).isDouble())
                return invalid(u"autoscaling_limit_min_cu must be a number"_s);
            spec.minCu = json.value(u"autoscaling_limit_min_cu"_s).toDouble();
        }
        if (json.contains(u"autoscaling_limit_max_cu"_s)) {
            if (!json.value(u"autoscaling_limit_max_cu"_s).isDouble())
                return invalid(u"autoscaling_limit_max_cu must be a number"_s);
            spec.maxCu = json.value(u"autoscaling_limit_max_cu"_s).toDouble();
        }
        auto halfStep = [](double cu) { return std::abs(cu * 2 - std::round(cu * 2)) < 1e-9; };
        if (spec.minCu < 0.5 || !halfStep(spec.minCu))
            return invalid(u"autoscaling_limit_min_cu must be at least 0.5, in steps of 0.5"_s);
        if (spec.maxCu > 64 || !halfStep(spec.maxCu))
            return invalid(u"autoscaling_limit_max_cu must be at most 64, in steps of 0.5"_s);
        if (spec.maxCu < spec.minCu)
            return invalid(u"autoscaling_limit_max_cu must not be below autoscaling_limit_min_cu"_s);
        if (spec.maxCu - spec.minCu > 16)
            return invalid(u"autoscaling_limit_max_cu - autoscaling_limit_min_cu must not exceed 16"_s);
    }
    if (suspension) {
        const bool timeout = json.contains(u"suspend_timeout_duration"_s);
        const bool never = json.value(u"no_suspension"_s).toBool();
        if (timeout && never)
            return invalid(u"Set either suspend_timeout_duration or no_suspension, not both"_s);
        if (timeout) {
            const double value = durationSeconds(json.value(u"suspend_timeout_duration"_s));
            if (value < 60 || value > 604800)
                return invalid(u"suspend_timeout_duration must be between 60s and 604800s"_s);
            spec.suspendSeconds = int(value);
            spec.noSuspension = false;
        } else if (never) {
            spec.noSuspension = true;
        }
    }
    if (disabled) // masked: absent means false (SDKs leave a false out)
        spec.disabled = json.value(u"disabled"_s).toBool();
    return std::nullopt;
}

std::optional<SandboxResponse> LakebaseService::readExpiration(const QJsonObject &spec, Branch &branch) const
{
    const int given =
        int(spec.contains(u"ttl"_s)) + int(spec.contains(u"expire_time"_s)) + int(spec.value(u"no_expiry"_s).toBool());
    if (given > 1)
        return invalid(u"Set only one of ttl, expire_time and no_expiry"_s);
    if (spec.contains(u"ttl"_s)) {
        const double ttl = durationSeconds(spec.value(u"ttl"_s));
        if (ttl <= 0)
            return invalid(u"ttl must be a positive duration such as \"86400s\""_s);
        branch.expireTime = QDateTime::currentDateTimeUtc().addMSecs(qint64(ttl * 1000));
        branch.noExpiry = false;
    } else if (spec.contains(u"expire_time"_s)) {
        const QDateTime when = QDateTime::fromString(spec.value(u"expire_time"_s).toString(), Qt::ISODateWithMs);
        if (!when.isValid() || when <= QDateTime::currentDateTimeUtc())
            return invalid(u"expire_time must be a time in the future (RFC 3339)"_s);
        branch.expireTime = when.toUTC();
        branch.noExpiry = false;
    } else if (given == 1) {
        branch.expireTime = {};
        branch.noExpiry = true;
    }
    return std::nullopt;
}

SandboxResponse LakebaseService::createProject(const SandboxRequest &request, const QJsonObject &body, bool fail)
{
    const QString id = request.query.queryItemValue(u"project_id"_s);
    if (!validId(id))
        return invalid(u"project_id must be 1-63 lowercase letters, digits or hyphens, start with a letter and not "
                       u"end with a hyphen"_s);
    if (m_projects.count(id))
        return error(409, u"ALREADY_EXISTS"_s, u"Project projects/%1 already exists"_s.arg(id));
    const QJsonObject spec = body.value(u"spec"_s).toObject();
    Project project;
    project.id = id;
    project.displayName = spec.value(u"display_name"_s).toString(id);
    if (project.displayName.isEmpty() || project.displayName.size() > 256)
        return invalid(u"display_name must be 1-256 characters"_s);
    if (spec.contains(u"pg_version"_s)) {
        const QJsonValue version = spec.value(u"pg_version"_s);
        if (!version.isDouble() || (version.toInt() != 16 && version.toInt() != 17))
            return invalid(u"pg_version must be 16 or 17"_s);
        project.pgVersion = version.toInt();
    }
    EndpointSpec endpointSpec;
    if (auto bad = readEndpointSpec(body.value(u"initial_endpoint_spec"_s).toObject(), endpointSpec, true, true, false))
        return *bad;
    const SandboxResponse operation = startOperation(id, u"projects/"_s + id, u"Project"_s, false, fail);
    if (!fail) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        project.uid = newUid();
        project.owner = m_options.tokens.isEmpty() ? u"service-principal"_s : u"operator@example.com"_s;
        project.created = project.updated = now;
        project.seq = ++m_seq;
        m_projects.emplace(id, project);
        Branch branch;
        branch.project = id;
        branch.id = DefaultBranch;
        branch.uid = newUid();
        branch.isDefault = true;
        branch.isProtected = body.value(u"initial_branch_spec"_s).toObject().value(u"is_protected"_s).toBool();
        branch.created = branch.updated = now;
        branch.readyAtMs = m_clock.nowMs() + OperationMs;
        branch.seq = ++m_seq;
        m_branches.emplace(branchName(id, branch.id), branch);
        Endpoint endpoint;
        endpoint.project = id;
        endpoint.branch = DefaultBranch;
        endpoint.id = u"primary"_s;
        endpoint.uid = newUid();
        endpoint.type = ReadWrite;
        endpoint.minCu = endpointSpec.minCu;
        endpoint.maxCu = endpointSpec.maxCu;
        endpoint.suspendSeconds = endpointSpec.suspendSeconds;
        endpoint.noSuspension = endpointSpec.noSuspension;
        endpoint.host = u"ep-%1.database.sandbox.lakebase.local"_s.arg(endpoint.uid.left(8));
        endpoint.created = endpoint.updated = now;
        endpoint.readyAtMs = branch.readyAtMs;
        endpoint.seq = ++m_seq;
        m_endpoints.emplace(branchName(id, DefaultBranch) + u"/endpoints/primary"_s, endpoint);
    }
    return operation;
}

SandboxResponse LakebaseService::createBranch(const QString &projectId, const SandboxRequest &request,
                                              const QJsonObject &body, bool fail)
{
    const QString id = request.query.queryItemValue(u"branch_id"_s);
    if (!validId(id))
        return invalid(u"branch_id must be 1-63 lowercase letters, digits or hyphens, start with a letter and not "
                       u"end with a hyphen"_s);
    const bool replace = request.query.queryItemValue(u"replace_existing"_s) == u"true";
    if (const Branch *existing = findBranch(projectId, id); existing && !replace)
        return error(409, u"ALREADY_EXISTS"_s, u"Branch %1 already exists"_s.arg(branchName(projectId, id)));
    else if (existing && (existing->isDefault || existing->isProtected))
        return invalid(
            u"Branch %1 is the default or a protected branch: it cannot be replaced"_s.arg(branchName(projectId, id)));
    const QJsonObject spec = body.value(u"spec"_s).toObject();
    Branch branch;
    branch.project = projectId;
    branch.id = id;
    branch.source = spec.value(u"source_branch"_s).toString(branchName(projectId, DefaultBranch));
    const auto source = m_branches.find(branch.source);
    if (source == m_branches.end() || source->second.project != projectId || source->second.deleted.isValid())
        return invalid(u"source_branch %1 does not exist in projects/%2"_s.arg(branch.source, projectId));
    branch.isProtected = spec.value(u"is_protected"_s).toBool();
    if (auto bad = readExpiration(spec, branch))
        return *bad;
    const SandboxResponse operation = startOperation(projectId, branchName(projectId, id), u"Branch"_s, false, fail);
    if (!fail) {
        branch.uid = newUid();
        branch.created = branch.updated = QDateTime::currentDateTimeUtc();
        branch.readyAtMs = m_clock.nowMs() + OperationMs;
        branch.seq = ++m_seq;
        const QString name = branchName(projectId, id);
        std::erase_if(m_endpoints, [&](const auto &entry) { return entry.first.startsWith(name + u'/'); });
        m_branches.insert_or_assign(name, branch); // a replaced one starts over
    }
    return operation;
}

SandboxResponse LakebaseService::createEndpoint(const QString &projectId, const QString &branchId,
                                                const SandboxRequest &request, const QJsonObject &body, bool fail)
{
    const QString id = request.query.queryItemValue(u"endpoint_id"_s);
    if (!validId(id))
        return invalid(u"endpoint_id must be 1-63 lowercase letters, digits or hyphens, start with a letter and "
                       u"not end with a hyphen"_s);
    const QString name = branchName(projectId, branchId) + u"/endpoints/"_s + id;
    const bool replace = request.query.queryItemValue(u"replace_existing"_s) == u"true";
    if (m_endpoints.count(name) && !replace)
        return error(409, u"ALREADY_EXISTS"_s, u"Endpoint %1 already exists"_s.arg(name));
    const QJsonObject spec = body.value(u"spec"_s).toObject();
    const QString type = spec.value(u"endpoint_type"_s).toString();
    if (type != ReadWrite && type != ReadOnly)
        return invalid(u"endpoint_type must be ENDPOINT_TYPE_READ_WRITE or ENDPOINT_TYPE_READ_ONLY"_s);
    if (type == ReadWrite) {
        const QString prefix = branchName(projectId, branchId) + u"/endpoints/"_s;
        for (const auto &[key, endpoint] : m_endpoints)
            if (key.startsWith(prefix) && endpoint.type == ReadWrite && key != name)
                return error(409, u"RESOURCE_CONFLICT"_s,
                             u"Branch %1 already has a read-write endpoint (%2); a branch has at most one"_s.arg(
                                 branchName(projectId, branchId), endpoint.id));
    }
    EndpointSpec values;
    if (auto bad = readEndpointSpec(spec, values, true, true, true))
        return *bad;
    const SandboxResponse operation = startOperation(projectId, name, u"Endpoint"_s, false, fail);
    if (!fail) {
        Endpoint endpoint;
        endpoint.project = projectId;
        endpoint.branch = branchId;
        endpoint.id = id;
        endpoint.uid = newUid();
        endpoint.type = type;
        endpoint.minCu = values.minCu;
        endpoint.maxCu = values.maxCu;
        endpoint.suspendSeconds = values.suspendSeconds;
        endpoint.noSuspension = values.noSuspension;
        endpoint.disabled = values.disabled;
        endpoint.host = u"ep-%1.database.sandbox.lakebase.local"_s.arg(endpoint.uid.left(8));
        endpoint.created = endpoint.updated = QDateTime::currentDateTimeUtc();
        endpoint.readyAtMs = m_clock.nowMs() + OperationMs;
        endpoint.seq = ++m_seq;
        m_endpoints.insert_or_assign(name, endpoint);
    }
    return operation;
}

SandboxResponse LakebaseService::update(const QString &name, const SandboxRequest &request, const QJsonObject &body,
                                        bool fail)
{
    // The mask fully decoded: SDKs send "a,b" or "a%2Cb".
    const QString maskText = request.query.queryItemValue(u"update_mask"_s, QUrl::FullyDecoded);
    if (maskText.trimmed().isEmpty())
        return invalid(u"update_mask is required"_s);
    QStringList mask;
    for (const QString &path : maskText.split(u',', Qt::SkipEmptyParts))
        mask << path.trimmed();
    const QStringList parts = name.split(u'/');
    const int depth = int(parts.size());
    const QStringList allowed =
        depth == 2   ? QStringList{u"spec.display_name"_s}
        : depth == 4 ? QStringList{u"spec.is_protected"_s, u"spec.expiration"_s}
                     : QStringList{u"spec.autoscaling_limit_min_cu"_s, u"spec.autoscaling_limit_max_cu"_s,
                                   u"spec.suspension"_s, u"spec.disabled"_s};
    if (mask.contains(u"*"_s))
        mask = allowed;
    for (const QString &path : std::as_const(mask))
        if (!allowed.contains(path))
            return invalid(u"update_mask: unknown or immutable field path \"%1\""_s.arg(path));
    const QJsonObject spec = body.value(u"spec"_s).toObject();
    const QString projectId = parts.value(1);
    QString type;
    if (depth == 2) {
        Project *project = liveProject(projectId);
        if (!project)
            return notFound(name);
        const QString displayName = spec.value(u"display_name"_s).toString();
        if (displayName.isEmpty() || displayName.size() > 256)
            return invalid(u"display_name must be 1-256 characters"_s);
        if (!fail) {
            project->displayName = displayName;
            project->updated = QDateTime::currentDateTimeUtc();
        }
        type = u"Project"_s;
    } else if (depth == 4) {
        Branch *branch = liveProject(projectId) ? findBranch(projectId, parts.value(3)) : nullptr;
        if (!branch || branch->deleted.isValid())
            return notFound(name);
        Branch changed = *branch;
        if (mask.contains(u"spec.is_protected"_s))
            changed.isProtected = spec.value(u"is_protected"_s).toBool();
        if (mask.contains(u"spec.expiration"_s)) {
            if (!spec.contains(u"ttl"_s) && !spec.contains(u"expire_time"_s) && !spec.contains(u"no_expiry"_s))
                return invalid(u"spec.expiration needs one of ttl, expire_time or no_expiry"_s);
            if (changed.isDefault && !spec.value(u"no_expiry"_s).toBool())
                return invalid(u"The default branch cannot expire"_s);
            if (auto bad = readExpiration(spec, changed))
                return *bad;
        }
        if (!fail) {
            changed.updated = QDateTime::currentDateTimeUtc();
            *branch = changed;
        }
        type = u"Branch"_s;
    } else {
        const auto it = m_endpoints.find(name);
        const Branch *branch = liveProject(projectId) ? findBranch(projectId, parts.value(3)) : nullptr;
        if (it == m_endpoints.end() || !branch || branch->deleted.isValid())
            return notFound(name);
        Endpoint &endpoint = it->second;
        EndpointSpec values{endpoint.minCu, endpoint.maxCu, endpoint.suspendSeconds, endpoint.noSuspension,
                            endpoint.disabled};
        // Only masked paths are read: the rest of the body is ignored, not validated.
        QJsonObject masked;
        for (const QString &path : std::as_const(mask)) {
            const QString field = path.mid(5);
            if (field == u"suspension") {
                for (const QString &key : {u"suspend_timeout_duration"_s, u"no_suspension"_s})
                    if (spec.contains(key))
                        masked.insert(key, spec.value(key));
                if (!masked.contains(u"suspend_timeout_duration"_s) && !masked.value(u"no_suspension"_s).toBool())
                    return invalid(u"spec.suspension needs suspend_timeout_duration or no_suspension"_s);
            } else if (spec.contains(field)) {
                masked.insert(field, spec.value(field));
            }
        }
        const bool limits =
            mask.contains(u"spec.autoscaling_limit_min_cu"_s) || mask.contains(u"spec.autoscaling_limit_max_cu"_s);
        if (auto bad = readEndpointSpec(masked, values, limits, mask.contains(u"spec.suspension"_s),
                                        mask.contains(u"spec.disabled"_s)))
            return *bad;
        if (!fail) {
            endpoint.minCu = values.minCu;
            endpoint.maxCu = values.maxCu;
            endpoint.suspendSeconds = values.suspendSeconds;
            endpoint.noSuspension = values.noSuspension;
            endpoint.disabled = values.disabled;
            endpoint.updated = QDateTime::currentDateTimeUtc();
        }
        type = u"Endpoint"_s;
    }
    return startOperation(projectId, name, type, false, fail);
}

SandboxResponse LakebaseService::remove(const QString &name, const SandboxRequest &request, bool fail)
{
    const bool purge = request.query.queryItemValue(u"purge"_s) == u"true";
    const QStringList parts = name.split(u'/');
    const QString projectId = parts.value(1);
    const auto projectIt = m_projects.find(projectId);
    if (projectIt == m_projects.end())
        return notFound(name);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto protectedBranchOf = [&](const QString &project) -> const Branch * {
        for (const auto &[key, branch] : m_branches)
            if (branch.project == project && branch.isProtected && !branch.deleted.isValid())
                return &branch;
        return nullptr;
    };
    if (parts.size() == 2) {
        Project &project = projectIt->second;
        if (project.deleted.isValid() && !purge)
            return notFound(name);
        if (const Branch *guard = protectedBranchOf(projectId))
            return invalid(u"Project %1 has a protected branch (%2): unprotect it before deleting the project"_s.arg(
                name, guard->id));
        const SandboxResponse operation = startOperation(projectId, name, u"Project"_s, true, fail);
        if (!fail) {
            if (purge) {
                eraseProject(projectId);
            } else {
                project.deleted = now;
                project.purgeAt = now.addMSecs(PurgeAfterMs);
            }
        }
        return operation;
    }
    if (projectIt->second.deleted.isValid())
        return notFound(name);
    if (parts.size() == 4) {
        Branch *branch = findBranch(projectId, parts.value(3));
        if (!branch || (branch->deleted.isValid() && !purge))
            return notFound(name);
        if (branch->isProtected)
            return invalid(u"Branch %1 is protected: unprotect it before deleting it"_s.arg(name));
        if (branch->isDefault)
            return invalid(u"Branch %1 is the project's default branch and cannot be deleted"_s.arg(name));
        for (const auto &[key, child] : m_branches)
            if (child.source == name && !child.deleted.isValid())
                return invalid(u"Branch %1 has child branches (%2): delete them first"_s.arg(name, child.id));
        const SandboxResponse operation = startOperation(projectId, name, u"Branch"_s, true, fail);
        if (!fail) {
            if (purge) {
                std::erase_if(m_endpoints, [&](const auto &entry) { return entry.first.startsWith(name + u'/'); });
                m_branches.erase(name);
            } else {
                branch->deleted = now;
                branch->purgeAt = now.addMSecs(PurgeAfterMs);
            }
        }
        return operation;
    }
    const auto it = m_endpoints.find(name);
    const Branch *branch = findBranch(projectId, parts.value(3));
    if (it == m_endpoints.end() || !branch || branch->deleted.isValid())
        return notFound(name);
    if (branch->isProtected)
        return invalid(u"Endpoint %1 is on a protected branch: unprotect the branch first"_s.arg(name));
    const SandboxResponse operation = startOperation(projectId, name, u"Endpoint"_s, true, fail);
    if (!fail)
        m_endpoints.erase(it);
    return operation;
}

SandboxResponse LakebaseService::undelete(const QString &name, bool fail)
{
    const QStringList parts = name.split(u'/');
    const QString projectId = parts.value(1);
    const auto projectIt = m_projects.find(projectId);
    if (projectIt == m_projects.end())
        return notFound(name);
    if (parts.size() == 2) {
        if (!projectIt->second.deleted.isValid())
            return invalid(u"Project %1 is not deleted"_s.arg(name));
        const SandboxResponse operation = startOperation(projectId, name, u"Project"_s, false, fail);
        if (!fail)
            projectIt->second.deleted = projectIt->second.purgeAt = {};
        return operation;
    }
    Branch *branch = findBranch(projectId, parts.value(3));
    if (projectIt->second.deleted.isValid() || !branch)
        return notFound(name);
    if (!branch->deleted.isValid())
        return invalid(u"Branch %1 is not deleted"_s.arg(name));
    const auto source = m_branches.find(branch->source);
    if (!branch->source.isEmpty() && (source == m_branches.end() || source->second.deleted.isValid()))
        return invalid(u"Branch %1 cannot come back before its source branch %2"_s.arg(name, branch->source));
    const SandboxResponse operation = startOperation(projectId, name, u"Branch"_s, false, fail);
    if (!fail)
        branch->deleted = branch->purgeAt = {};
    return operation;
}

SandboxResponse LakebaseService::credential(const QJsonObject &body)
{
    const QString endpointName = body.value(u"endpoint"_s).toString();
    if (endpointName.isEmpty())
        return invalid(u"endpoint is required"_s);
    const QStringList parts = endpointName.split(u'/');
    const Branch *branch = parts.size() == 6 && liveProject(parts[1]) ? findBranch(parts[1], parts[3]) : nullptr;
    if (!branch || branch->deleted.isValid() || !m_endpoints.count(endpointName))
        return notFound(endpointName);
    double ttl = TokenSeconds;
    if (body.contains(u"ttl"_s)) {
        ttl = durationSeconds(body.value(u"ttl"_s));
        if (ttl < 300 || ttl > 3600)
            return invalid(u"ttl must be between 300s and 3600s"_s);
    }
    // Wall-clock expiry, shortened with the sandbox clock (§5).
    const qint64 lifetimeMs = std::max<qint64>(1000, qint64(ttl * 1000 / m_clock.timeScale()));
    return SandboxResponse::json(200,
                                 {{u"token"_s, QString(u"lbc_"_s + ResourceIds::randomToken(48))},
                                  {u"expire_time"_s, rfc3339(QDateTime::currentDateTimeUtc().addMSecs(lifetimeMs))}});
}

SandboxResponse LakebaseService::startOperation(const QString &project, const QString &resource, const QString &type,
                                                bool deletes, bool fail)
{
    Operation operation;
    operation.name = u"projects/%1/operations/op-%2"_s.arg(project, ResourceIds::randomToken(20));
    operation.resource = resource;
    operation.type = type;
    operation.deletes = deletes;
    operation.doneAtMs = m_clock.nowMs() + OperationMs;
    if (fail) {
        operation.errorCode = u"INTERNAL_ERROR"_s;
        operation.errorMessage = u"injected fault: the operation on %1 failed"_s.arg(resource);
    }
    m_operations.emplace(operation.name, operation);
    return SandboxResponse::json(200, operationJson(operation));
}

QJsonObject LakebaseService::operationJson(const Operation &operation) const
{
    const bool done = m_clock.nowMs() >= operation.doneAtMs;
    QJsonObject json{{u"name"_s, operation.name},
                     {u"done"_s, done},
                     {u"metadata"_s, QJsonObject{{u"@type"_s, typeUrl(operation.type + u"OperationMetadata"_s)}}}};
    if (!done)
        return json;
    if (!operation.errorCode.isEmpty()) {
        json.insert(u"error"_s,
                    QJsonObject{{u"error_code"_s, operation.errorCode}, {u"message"_s, operation.errorMessage}});
        return json;
    }
    QJsonObject response = operation.deletes ? QJsonObject{} : resourceJson(operation.resource);
    response.insert(u"@type"_s, typeUrl(operation.deletes ? u"Empty"_s : operation.type));
    json.insert(u"response"_s, response);
    return json;
}

QJsonObject LakebaseService::resourceJson(const QString &name) const
{
    const QStringList parts = name.split(u'/');
    if (parts.size() == 2) {
        const auto it = m_projects.find(parts[1]);
        return it == m_projects.end() ? QJsonObject{} : projectJson(it->second);
    }
    if (parts.size() == 4) {
        const auto it = m_branches.find(name);
        return it == m_branches.end() ? QJsonObject{} : branchJson(it->second);
    }
    const auto it = m_endpoints.find(name);
    return it == m_endpoints.end() ? QJsonObject{} : endpointJson(it->second);
}

QJsonObject LakebaseService::projectJson(const Project &project) const
{
    QJsonObject json{
        {u"name"_s, QString(u"projects/"_s + project.id)},
        {u"project_id"_s, project.id},
        {u"uid"_s, project.uid},
        {u"create_time"_s, rfc3339(project.created)},
        {u"update_time"_s, rfc3339(project.updated)},
        {u"spec"_s, QJsonObject{{u"display_name"_s, project.displayName}, {u"pg_version"_s, project.pgVersion}}},
        {u"status"_s, QJsonObject{{u"display_name"_s, project.displayName},
                                  {u"pg_version"_s, project.pgVersion},
                                  {u"default_branch"_s, branchName(project.id, DefaultBranch)},
                                  {u"owner"_s, project.owner}}}};
    if (project.deleted.isValid()) {
        json.insert(u"delete_time"_s, rfc3339(project.deleted));
        json.insert(u"purge_time"_s, rfc3339(project.purgeAt));
    }
    return json;
}

QJsonObject LakebaseService::branchJson(const Branch &branch) const
{
    const QString state = branch.deleted.isValid()             ? u"DELETED"_s
                          : m_clock.nowMs() < branch.readyAtMs ? u"INIT"_s
                                                               : u"READY"_s;
    QJsonObject spec{{u"is_protected"_s, branch.isProtected}};
    QJsonObject status{
        {u"current_state"_s, state}, {u"default"_s, branch.isDefault}, {u"is_protected"_s, branch.isProtected}};
    if (!branch.source.isEmpty()) {
        spec.insert(u"source_branch"_s, branch.source);
        status.insert(u"source_branch"_s, branch.source);
    }
    if (branch.noExpiry) {
        spec.insert(u"no_expiry"_s, true);
    } else {
        spec.insert(u"expire_time"_s, rfc3339(branch.expireTime));
        status.insert(u"expire_time"_s, rfc3339(branch.expireTime));
    }
    if (branch.deleted.isValid()) {
        status.insert(u"delete_time"_s, rfc3339(branch.deleted));
        status.insert(u"purge_time"_s, rfc3339(branch.purgeAt));
    }
    return {{u"name"_s, branchName(branch.project, branch.id)},
            {u"branch_id"_s, branch.id},
            {u"uid"_s, branch.uid},
            {u"parent"_s, QString(u"projects/"_s + branch.project)},
            {u"create_time"_s, rfc3339(branch.created)},
            {u"update_time"_s, rfc3339(branch.updated)},
            {u"spec"_s, spec},
            {u"status"_s, status}};
}

QJsonObject LakebaseService::endpointJson(const Endpoint &endpoint) const
{
    const QString state = m_clock.nowMs() < endpoint.readyAtMs ? u"INIT"_s
                          : endpoint.disabled                  ? u"IDLE"_s
                                                               : u"ACTIVE"_s;
    QJsonObject values{{u"endpoint_type"_s, endpoint.type},
                       {u"autoscaling_limit_min_cu"_s, endpoint.minCu},
                       {u"autoscaling_limit_max_cu"_s, endpoint.maxCu},
                       {u"disabled"_s, endpoint.disabled}};
    QJsonObject status = values;
    status.insert(u"current_state"_s, state);
    // Never suspending shows in the spec (no_suspension); the status just has no timeout.
    if (endpoint.noSuspension) {
        values.insert(u"no_suspension"_s, true);
    } else {
        values.insert(u"suspend_timeout_duration"_s, seconds(endpoint.suspendSeconds));
        status.insert(u"suspend_timeout_duration"_s, seconds(endpoint.suspendSeconds));
    }
    QJsonObject hosts{{u"host"_s, endpoint.host}};
    if (endpoint.type == ReadOnly)
        hosts.insert(u"read_only_host"_s, endpoint.host);
    status.insert(u"hosts"_s, hosts);
    const QString parent = branchName(endpoint.project, endpoint.branch);
    return {{u"name"_s, QString(parent + u"/endpoints/"_s + endpoint.id)},
            {u"endpoint_id"_s, endpoint.id},
            {u"uid"_s, endpoint.uid},
            {u"parent"_s, parent},
            {u"create_time"_s, rfc3339(endpoint.created)},
            {u"update_time"_s, rfc3339(endpoint.updated)},
            {u"spec"_s, values},
            {u"status"_s, status}};
}

void LakebaseService::eraseProject(const QString &id)
{
    const QString prefix = u"projects/"_s + id + u'/';
    std::erase_if(m_branches, [&](const auto &entry) { return entry.first.startsWith(prefix); });
    std::erase_if(m_endpoints, [&](const auto &entry) { return entry.first.startsWith(prefix); });
    m_projects.erase(id);
}

void LakebaseService::seedDemo()
{
    const qint64 now = m_clock.nowMs();
    const QDateTime created = QDateTime::currentDateTimeUtc().addDays(-21);
    auto project = [&](const QString &id, const QString &displayName, int pgVersion) {
        Project made;
        made.id = id;
        made.uid = newUid();
        made.displayName = displayName;
        made.pgVersion = pgVersion;
        made.owner = u"operator@example.com"_s;
        made.created = made.updated = created;
        made.seq = ++m_seq;
        m_projects.emplace(id, made);
    };
    auto branch = [&](const QString &projectId, const QString &id, const QString &source, bool isProtected,
                      int expiresInDays) {
        Branch made;
        made.project = projectId;
        made.id = id;
        made.uid = newUid();
        made.source = source.isEmpty() ? QString() : branchName(projectId, source);
        made.isDefault = source.isEmpty();
        made.isProtected = isProtected;
        if (expiresInDays > 0) {
            made.noExpiry = false;
            made.expireTime = QDateTime::currentDateTimeUtc().addDays(expiresInDays);
        }
        made.created = made.updated = created;
        made.readyAtMs = now;
        made.seq = ++m_seq;
        m_branches.emplace(branchName(projectId, id), made);
    };
    auto endpoint = [&](const QString &projectId, const QString &branchId, const QString &id, bool readWrite,
                        double minCu, double maxCu, bool disabled) {
        Endpoint made;
        made.project = projectId;
        made.branch = branchId;
        made.id = id;
        made.uid = newUid();
        made.type = readWrite ? ReadWrite : ReadOnly;
        made.minCu = minCu;
        made.maxCu = maxCu;
        made.disabled = disabled;
        made.host = u"ep-%1.database.sandbox.lakebase.local"_s.arg(made.uid.left(8));
        made.created = made.updated = created;
        made.readyAtMs = now;
        made.seq = ++m_seq;
        m_endpoints.emplace(branchName(projectId, branchId) + u"/endpoints/"_s + id, made);
    };
    project(u"orders-app"_s, u"Orders app"_s, 17);
    branch(u"orders-app"_s, DefaultBranch, {}, true, 0);
    endpoint(u"orders-app"_s, DefaultBranch, u"primary"_s, true, 1, 8, false);
    endpoint(u"orders-app"_s, DefaultBranch, u"read-replica"_s, false, 0.5, 4, false);
    branch(u"orders-app"_s, u"staging"_s, DefaultBranch, false, 0);
    endpoint(u"orders-app"_s, u"staging"_s, u"staging-rw"_s, true, 0.5, 2, false);
    branch(u"orders-app"_s, u"dev-alice"_s, u"staging"_s, false, 7);
    project(u"analytics"_s, u"Analytics warehouse"_s, 16);
    branch(u"analytics"_s, DefaultBranch, {}, false, 0);
    endpoint(u"analytics"_s, DefaultBranch, u"primary"_s, true, 2, 16, true);
}
