#include "aura/AuraService.h"

#include "BodyReader.h"
#include "SandboxClock.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// Sandbox-clock durations of §5.
constexpr int CreateSeconds = 60;
constexpr int ChangeSeconds = 30; // pause, resume, resize, restore, overwrite
constexpr int DeleteSeconds = 10;
constexpr int SnapshotSeconds = 20;
constexpr int TokenSeconds = 3600;

struct Configuration
{
    const char *type, *cloud, *region, *regionName, *memory, *storage;
};
// What every sandbox tenant may create (CONTRACTS.md §5).
constexpr Configuration Configurations[] = {
    {"free-db", "gcp", "europe-west1", "Belgium (europe-west1)", "1GB", "2GB"},
    {"professional-db", "gcp", "europe-west1", "Belgium (europe-west1)", "2GB", "4GB"},
    {"professional-db", "gcp", "europe-west1", "Belgium (europe-west1)", "4GB", "8GB"},
    {"professional-db", "gcp", "europe-west1", "Belgium (europe-west1)", "8GB", "16GB"},
    {"professional-db", "gcp", "europe-west1", "Belgium (europe-west1)", "16GB", "32GB"},
    {"professional-db", "gcp", "us-central1", "Iowa (us-central1)", "2GB", "4GB"},
    {"professional-db", "gcp", "us-central1", "Iowa (us-central1)", "4GB", "8GB"},
    {"professional-db", "gcp", "us-central1", "Iowa (us-central1)", "8GB", "16GB"},
    {"professional-db", "gcp", "us-central1", "Iowa (us-central1)", "16GB", "32GB"},
    {"professional-db", "aws", "us-east-1", "N. Virginia (us-east-1)", "2GB", "4GB"},
    {"professional-db", "aws", "us-east-1", "N. Virginia (us-east-1)", "4GB", "8GB"},
    {"professional-db", "aws", "us-east-1", "N. Virginia (us-east-1)", "8GB", "16GB"},
    {"professional-db", "aws", "us-east-1", "N. Virginia (us-east-1)", "16GB", "32GB"},
};
constexpr auto Version = "5";

QString latin(const char *text)
{
    return QString::fromLatin1(text);
}

QString hexId()
{
    return u"%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
}

// The storage that comes with a type's memory size.
QString storageFor(const QString &type, const QString &memory)
{
    for (const Configuration &c : Configurations)
        if (latin(c.type) == type && latin(c.memory) == memory)
            return latin(c.storage);
    return {};
}

bool transitional(const QString &status)
{
    return status != u"running" && status != u"paused";
}

qint64 wallMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

AuraService::AuraService(const SandboxClock &clock, Options options) : m_clock(clock), m_options(std::move(options))
{
    for (const QString &pair : std::as_const(m_options.clients)) {
        const qsizetype colon = pair.indexOf(u':');
        if (colon > 0)
            m_secrets.insert(pair.left(colon), pair.mid(colon + 1));
    }
}

bool AuraService::owns(const QString &path)
{
    return path == u"/oauth/token" || path == u"/v1/tenants" || path.startsWith(u"/v1/tenants/") ||
           path == u"/v1/instances" || path.startsWith(u"/v1/instances/");
}

QStringList AuraService::clientIds() const
{
    return m_secrets.keys();
}

QString AuraService::tenantOf(const QString &clientId) const
{
    static const QUuid space(u"6f1f0c2e-5a8e-4f43-9d0b-5b8e2b9d1c11"_s);
    return QUuid::createUuidV5(space, clientId).toString(QUuid::WithoutBraces);
}

SandboxResponse AuraService::data(int status, const QJsonValue &payload)
{
    return SandboxResponse::json(status, {{u"data"_s, payload}});
}

SandboxResponse AuraService::error(int status, const QString &message, const QString &reason, const QString &field)
{
    QJsonObject entry{{u"message"_s, message}};
    if (!reason.isEmpty())
        entry.insert(u"reason"_s, reason);
    if (!field.isEmpty())
        entry.insert(u"field"_s, field);
    return SandboxResponse::json(status, {{u"errors"_s, QJsonArray{entry}}});
}

std::optional<SandboxResponse> AuraService::rateLimited(const QString &client)
{
    // A wall-clock minute: the sandbox clock does not shorten it.
    const qint64 now = wallMs();
    Window &window = m_windows[client];
    if (now - window.minuteStartMs >= 60000) {
        window.minuteStartMs = now - now % 60000;
        window.count = 0;
    }
    ++m_totals[client];
    if (++window.count <= m_options.rateLimitPerMinute)
        return std::nullopt;
    SandboxResponse response =
        error(429, u"Too many requests: the limit is %1 per minute"_s.arg(m_options.rateLimitPerMinute),
              u"rate-limit-exceeded"_s);
    const qint64 wait = (window.minuteStartMs + 60000 - now + 999) / 1000;
    response.headers.append({"Retry-After", QByteArray::number(std::max<qint64>(1, wait))});
    return response;
}

int AuraService::requestsThisMinute(const QString &clientId) const
{
    const Window window = m_windows.value(clientId);
    return wallMs() - window.minuteStartMs < 60000 ? window.count : 0;
}

SandboxResponse AuraService::handle(const SandboxRequest &request)
{
    if (request.path == u"/oauth/token")
        return token(request);
    const QByteArray authorization = request.header("Authorization");
    const QString bearer = authorization.startsWith("Bearer ") ? QString::fromLatin1(authorization.mid(7)) : QString();
    const auto found = m_tokens.constFind(bearer);
    if (bearer.isEmpty() || found == m_tokens.cend() || found->expiresAtMs <= wallMs()) {
        // Aura answers an expired or unknown token with 403 and a bare "error".
        return SandboxResponse::json(403, {{u"error"_s, u"The access token is missing, invalid or expired"_s}});
    }
    const QString client = found->client;
    if (auto limited = rateLimited(client))
        return *limited;
    return route(request, client);
}

SandboxResponse AuraService::token(const SandboxRequest &request)
{
    const QByteArray authorization = request.header("Authorization");
    const QByteArray basic = authorization.startsWith("Basic ") ? QByteArray::fromBase64(authorization.mid(6)) : "";
    const qsizetype colon = basic.indexOf(':');
    const QString id = QString::fromUtf8(basic.left(colon));
    const QString secret = QString::fromUtf8(basic.mid(colon + 1));
    if (colon < 0 || !m_secrets.contains(id) || m_secrets.value(id) != secret)
        return SandboxResponse::json(401, {{u"error"_s, u"invalid_client"_s},
                                           {u"error_description"_s, u"wrong or revoked client credentials"_s}});
    if (auto limited = rateLimited(id)) // token requests count too
        return *limited;
    const QUrlQuery form(QString::fromUtf8(request.body));
    if (form.queryItemValue(u"grant_type"_s) != u"client_credentials")
        return SandboxResponse::json(400, {{u"error"_s, u"unsupported_grant_type"_s},
                                           {u"error_description"_s, u"grant_type must be client_credentials"_s}});
    // Lives an hour of sandbox time; expires_in is in real seconds (shorter when scaled).
    const qint64 lifetimeMs = std::max<qint64>(1000, qint64(TokenSeconds * 1000 / m_clock.timeScale()));
    const QString token = u"aura_"_s + ResourceIds::randomToken(40);
    m_tokens.insert(token, {id, wallMs() + lifetimeMs});
    return SandboxResponse::json(
        200,
        {{u"access_token"_s, token}, {u"expires_in"_s, qint64(lifetimeMs / 1000)}, {u"token_type"_s, u"bearer"_s}});
}

QJsonArray AuraService::configurations() const
{
    QJsonArray list;
    for (const Configuration &c : Configurations)
        list.append(QJsonObject{{u"cloud_provider"_s, latin(c.cloud)},
                                {u"region"_s, latin(c.region)},
                                {u"region_name"_s, latin(c.regionName)},
                                {u"type"_s, latin(c.type)},
                                {u"memory"_s, latin(c.memory)},
                                {u"storage"_s, latin(c.storage)},
                                {u"version"_s, latin(Version)}});
    return list;
}

AuraService::Instance *AuraService::instance(const QString &id, const QString &tenantId)
{
    const auto it = m_instances.find(id);
    if (it == m_instances.end() || it->second.tenantId != tenantId)
        return nullptr;
    settle(it->second);
    return it->second.gone ? nullptr : &it->second;
}

void AuraService::settle(Instance &instance)
{
    if (instance.settlesAtMs == 0 || m_clock.nowMs() < instance.settlesAtMs)
        return;
    instance.settlesAtMs = 0;
    if (instance.status == u"destroying") {
        instance.gone = true;
        return;
    }
    instance.status = instance.settlesTo;
    if (!instance.pendingMemory.isEmpty()) {
        instance.memory = instance.pendingMemory;
        instance.pendingMemory.clear();
        instance.storage = storageFor(instance.type, instance.memory);
    }
}

QJsonObject AuraService::full(const Instance &instance) const
{
    const bool paused = instance.status == u"paused" || instance.status == u"resuming";
    return {{u"id"_s, instance.id},
            {u"name"_s, instance.name},
            {u"status"_s, instance.status},
            {u"tenant_id"_s, instance.tenantId},
            {u"cloud_provider"_s, instance.cloud},
            {u"connection_url"_s, paused ? QString() : u"neo4j+s://%1.databases.neo4j.io"_s.arg(instance.id)},
            {u"region"_s, instance.region},
            {u"type"_s, instance.type},
            {u"memory"_s, instance.memory},
            {u"storage"_s, instance.storage},
            {u"created_at"_s, instance.createdAt.toString(Qt::ISODate)}};
}

QJsonObject AuraService::snapshotJson(const Snapshot &snapshot) const
{
    const qint64 now = m_clock.nowMs();
    const qint64 half = snapshot.readyAtMs - qint64(SnapshotSeconds) * 500;
    const QString status = now >= snapshot.readyAtMs ? u"Completed"_s : now >= half ? u"InProgress"_s : u"Pending"_s;
    return {{u"instance_id"_s, snapshot.instanceId},
            {u"snapshot_id"_s, snapshot.id},
            {u"profile"_s, snapshot.profile},
            {u"status"_s, status},
            {u"timestamp"_s, snapshot.timestamp.toString(Qt::ISODate)},
            {u"exportable"_s, snapshot.exportable}};
}

SandboxResponse AuraService::route(const SandboxRequest &request, const QString &client)
{
    const QString tenant = tenantOf(client);
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts); // v1, tenants|instances, …
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return error(400, u"The request body is not a JSON object"_s, u"invalid-request"_s);
        body = document.object();
    }
    const QByteArray method = request.method;
    if (parts.value(1) == u"tenants") {
        if (method != "GET")
            return error(405, u"Method not allowed"_s);
        if (parts.size() == 2)
            return data(200, QJsonArray{QJsonObject{{u"id"_s, tenant}, {u"name"_s, u"Sandbox tenant"_s}}});
        if (parts.size() == 3 && parts.at(2) == tenant)
            return data(200, QJsonObject{{u"id"_s, tenant},
                                         {u"name"_s, u"Sandbox tenant"_s},
                                         {u"instance_configurations"_s, configurations()}});
        return error(404, u"Tenant not found"_s, u"tenant-not-found"_s);
    }
    // /v1/instances…
    if (parts.size() == 2) {
        if (method == "GET") {
            const QString only = request.query.queryItemValue(u"tenantId"_s);
            if (!only.isEmpty() && only != tenant)
                return error(404, u"Tenant not found"_s, u"tenant-not-found"_s);
            QJsonArray list;
            for (auto &[id, each] : m_instances) {
                settle(each);
                if (each.tenantId == tenant && !each.gone)
                    list.append(QJsonObject{{u"id"_s, each.id},
                                            {u"name"_s, each.name},
                                            {u"tenant_id"_s, each.tenantId},
                                            {u"cloud_provider"_s, each.cloud}});
            }
            return data(200, list);
        }
        if (method == "POST")
            return createInstance(body, tenant);
        return error(405, u"Method not allowed"_s);
    }
    Instance *target = instance(parts.at(2), tenant);
    if (!target)
        return error(404, u"Database not found"_s, u"db-not-found"_s);
    const QString action = parts.value(3);
    if (parts.size() == 3) {
        if (method == "GET")
            return data(200, full(*target));
        if (method == "PATCH")
            return patchInstance(*target, body);
        if (method == "DELETE") {
            target->status = u"destroying"_s;
            target->pendingMemory.clear();
            target->settlesAtMs = m_clock.nowMs() + durationMs(DeleteSeconds);
            return data(202, full(*target));
        }
        return error(405, u"Method not allowed"_s);
    }
    if (parts.size() == 4 && method == "POST" && (action == u"pause" || action == u"resume"))
        return transition(*target, action);
    if (parts.size() == 4 && action == u"overwrite" && method == "POST") {
        const QString sourceId = body.value(u"source_instance_id"_s).toString();
        if (sourceId.isEmpty())
            return error(400, u"source_instance_id is required"_s, u"invalid-request"_s, u"source_instance_id"_s);
        const Instance *source = instance(sourceId, tenant);
        if (!source)
            return error(404, u"Source database not found"_s, u"db-not-found"_s, u"source_instance_id"_s);
        if (const QString snapshotId = body.value(u"source_snapshot_id"_s).toString(); !snapshotId.isEmpty()) {
            const auto it = m_snapshots.find(snapshotId);
            if (it == m_snapshots.end() || it->second.instanceId != sourceId)
                return error(404, u"Snapshot not found"_s, u"snapshot-not-found"_s, u"source_snapshot_id"_s);
            if (!it->second.exportable || m_clock.nowMs() < it->second.readyAtMs)
                return error(400, u"The snapshot cannot be used to overwrite"_s, u"invalid-request"_s,
                             u"source_snapshot_id"_s);
        }
        if (transitional(target->status))
            return error(409, u"Another operation is in progress"_s, u"ongoing-database-operation"_s);
        if (target->status != u"running")
            return error(400, u"The database must be running"_s, u"invalid-request"_s);
        target->status = u"overwriting"_s;
        target->settlesTo = u"running"_s;
        target->settlesAtMs = m_clock.nowMs() + durationMs(ChangeSeconds);
        return data(202, full(*target));
    }
    if (action != u"snapshots")
        return error(404, u"Not found"_s);
    // Snapshots of one instance.
    if (parts.size() == 4 && method == "POST") {
        if (transitional(target->status))
            return error(409, u"Another operation is in progress"_s, u"ongoing-database-operation"_s);
        if (target->status != u"running")
            return error(400, u"The database must be running"_s, u"invalid-request"_s);
        Snapshot snapshot{QUuid::createUuid().toString(QUuid::WithoutBraces),
                          target->id,
                          u"AdHoc"_s,
                          m_clock.nowMs() + durationMs(SnapshotSeconds),
                          QDateTime::currentDateTimeUtc(),
                          true};
        m_snapshots.emplace(snapshot.id, snapshot);
        return data(202, QJsonObject{{u"snapshot_id"_s, snapshot.id}});
    }
    if (parts.size() == 4 && method == "GET") {
        // Today's (UTC) unless a date is given.
        QDate day = QDate::currentDate();
        if (const QString date = request.query.queryItemValue(u"date"_s); !date.isEmpty()) {
            day = QDate::fromString(date, Qt::ISODate);
            if (!day.isValid())
                return error(400, u"date must be YYYY-MM-DD"_s, u"invalid-request"_s, u"date"_s);
        } else {
            day = QDateTime::currentDateTimeUtc().date();
        }
        QJsonArray list;
        for (const auto &[id, snapshot] : m_snapshots)
            if (snapshot.instanceId == target->id && snapshot.timestamp.date() == day)
                list.append(snapshotJson(snapshot));
        return data(200, list);
    }
    const auto snapshot = m_snapshots.find(parts.value(4));
    if (snapshot == m_snapshots.end() || snapshot->second.instanceId != target->id)
        return error(404, u"Snapshot not found"_s, u"snapshot-not-found"_s);
    if (parts.size() == 5 && method == "GET")
        return data(200, snapshotJson(snapshot->second));
    if (parts.size() == 6 && parts.at(5) == u"restore" && method == "POST") {
        if (transitional(target->status))
            return error(409, u"Another operation is in progress"_s, u"ongoing-database-operation"_s);
        if (target->status != u"running")
            return error(400, u"The database must be running"_s, u"invalid-request"_s);
        if (m_clock.nowMs() < snapshot->second.readyAtMs)
            return error(400, u"The snapshot is not completed yet"_s, u"invalid-request"_s);
        target->status = u"restoring"_s;
        target->settlesTo = u"running"_s;
        target->settlesAtMs = m_clock.nowMs() + durationMs(ChangeSeconds);
        return data(202, full(*target));
    }
    return error(405, u"Method not allowed"_s);
}

SandboxResponse AuraService::createInstance(const QJsonObject &body, const QString &tenantId)
{
    const char *required[] = {"name", "version", "region", "memory", "type", "tenant_id", "cloud_provider"};
    for (const char *field : required) {
        const QJsonValue value = body.value(latin(field));
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return error(400, u"%1 is required"_s.arg(latin(field)), u"invalid-request"_s, latin(field));
    }
    if (body.value(u"tenant_id"_s).toString() != tenantId)
        return error(404, u"Tenant not found"_s, u"tenant-not-found"_s, u"tenant_id"_s);
    const QString name = body.value(u"name"_s).toString();
    if (name.size() > 30)
        return error(400, u"name must be at most 30 characters"_s, u"invalid-request"_s, u"name"_s);
    // The configuration must exist: the first field that rules every one out is named.
    const QString type = body.value(u"type"_s).toString(), cloud = body.value(u"cloud_provider"_s).toString(),
                  region = body.value(u"region"_s).toString(), memory = body.value(u"memory"_s).toString(),
                  version = body.value(u"version"_s).toString();
    const Configuration *match = nullptr;
    QString wrong = u"type"_s;
    for (const Configuration &c : Configurations) {
        if (latin(c.type) != type)
            continue;
        if (wrong == u"type")
            wrong = u"cloud_provider"_s;
        if (latin(c.cloud) != cloud)
            continue;
        if (wrong == u"cloud_provider")
            wrong = u"region"_s;
        if (latin(c.region) != region)
            continue;
        if (wrong == u"region")
            wrong = u"memory"_s;
        if (latin(c.memory) != memory)
            continue;
        wrong = u"version"_s;
        if (latin(Version) == version)
            match = &c;
    }
    if (!match)
        return error(400, u"No instance configuration of this tenant allows this %1"_s.arg(wrong), u"invalid-request"_s,
                     wrong);
    Instance created;
    created.id = newInstanceId();
    created.name = name;
    created.tenantId = tenantId;
    created.cloud = cloud;
    created.region = region;
    created.type = type;
    created.memory = memory;
    created.storage = latin(match->storage);
    created.version = version;
    created.status = u"creating"_s;
    created.settlesTo = u"running"_s;
    created.settlesAtMs = m_clock.nowMs() + durationMs(CreateSeconds);
    created.createdAt = QDateTime::currentDateTimeUtc();
    m_instances.emplace(created.id, created);
    // The password is in this answer and nowhere else, ever.
    return data(202, QJsonObject{{u"id"_s, created.id},
                                 {u"name"_s, created.name},
                                 {u"tenant_id"_s, created.tenantId},
                                 {u"cloud_provider"_s, created.cloud},
                                 {u"connection_url"_s, u"neo4j+s://%1.databases.neo4j.io"_s.arg(created.id)},
                                 {u"region"_s, created.region},
                                 {u"type"_s, created.type},
                                 {u"username"_s, u"neo4j"_s},
                                 {u"password"_s, ResourceIds::randomToken(32)}});
}

SandboxResponse AuraService::transition(Instance &instance, const QString &action)
{
    const bool pause = action == u"pause";
    if (transitional(instance.status))
        return error(409, u"Another operation is in progress"_s, u"ongoing-database-operation"_s);
    if (instance.status != (pause ? u"running" : u"paused"))
        return error(400,
                     pause ? u"Only a running database can be paused"_s : u"Only a paused database can be resumed"_s,
                     u"invalid-request"_s);
    instance.status = pause ? u"pausing"_s : u"resuming"_s;
    instance.settlesTo = pause ? u"paused"_s : u"running"_s;
    instance.settlesAtMs = m_clock.nowMs() + durationMs(ChangeSeconds);
    return data(202, full(instance));
}

SandboxResponse AuraService::patchInstance(Instance &instance, const QJsonObject &body)
{
    const QString name = body.value(u"name"_s).toString();
    const QString memory = body.value(u"memory"_s).toString();
    if (name.isEmpty() && memory.isEmpty())
        return error(400, u"Give a name or a memory size"_s, u"invalid-request"_s);
    if (name.size() > 30)
        return error(400, u"name must be at most 30 characters"_s, u"invalid-request"_s, u"name"_s);
    if (!memory.isEmpty() && memory != instance.memory) {
        if (instance.type == u"free-db")
            return error(400, u"A free instance cannot be resized"_s, u"tenant-incapable-of-action"_s, u"memory"_s);
        if (transitional(instance.status))
            return error(409, u"Another operation is in progress"_s, u"ongoing-database-operation"_s);
        if (instance.status != u"running")
            return error(400, u"The database must be running"_s, u"invalid-request"_s);
        bool allowed = false;
        for (const Configuration &c : Configurations)
            allowed |= latin(c.type) == instance.type && latin(c.cloud) == instance.cloud &&
                       latin(c.region) == instance.region && latin(c.memory) == memory;
        if (!allowed)
            return error(400, u"No instance configuration of this tenant allows this memory"_s, u"invalid-request"_s,
                         u"memory"_s);
        instance.status = u"updating"_s;
        instance.settlesTo = u"running"_s;
        instance.pendingMemory = memory;
        instance.settlesAtMs = m_clock.nowMs() + durationMs(ChangeSeconds);
    }
    if (!name.isEmpty())
        instance.name = name; // a rename is immediate
    return data(202, full(instance));
}

void AuraService::seedDemo(const QString &clientId)
{
    const QString tenant = tenantOf(clientId);
    const qint64 now = m_clock.nowMs();
    struct Seed
    {
        const char *name, *type, *cloud, *region, *memory, *status;
    };
    const Seed seeds[] = {
        {"graph-prod", "professional-db", "gcp", "europe-west1", "8GB", "running"},
        {"recommendations", "professional-db", "aws", "us-east-1", "4GB", "paused"},
        {"fraud-detection", "professional-db", "gcp", "us-central1", "16GB", "creating"},
        {"free-playground", "free-db", "gcp", "europe-west1", "1GB", "running"},
    };
    for (const Seed &seed : seeds) {
        Instance made;
        made.id = newInstanceId();
        made.name = latin(seed.name);
        made.tenantId = tenant;
        made.type = latin(seed.type);
        made.cloud = latin(seed.cloud);
        made.region = latin(seed.region);
        made.memory = latin(seed.memory);
        made.storage = storageFor(made.type, made.memory);
        made.version = latin(Version);
        made.status = latin(seed.status);
        made.createdAt = QDateTime::currentDateTimeUtc().addDays(-40);
        if (made.status == u"creating") {
            made.settlesTo = u"running"_s;
            made.settlesAtMs = now + durationMs(CreateSeconds);
            made.createdAt = QDateTime::currentDateTimeUtc();
        }
        if (made.name == u"graph-prod") {
            Snapshot nightly{QUuid::createUuid().toString(QUuid::WithoutBraces), made.id, u"Scheduled"_s, now,
                             QDateTime::currentDateTimeUtc().addSecs(-3600),     true};
            m_snapshots.emplace(nightly.id, nightly);
        }
        m_instances.emplace(made.id, made);
    }
}

QString AuraService::newInstanceId() const
{
    QString id;
    do
        id = hexId();
    while (m_instances.count(id));
    return id;
}

int AuraService::instanceCount() const
{
    int count = 0;
    for (const auto &[id, each] : m_instances)
        count += each.gone ? 0 : 1;
    return count;
}
