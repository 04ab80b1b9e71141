#include "SandboxServer.h"

#include "AccountService.h"
#include "BodyReader.h"
#include "DemoSeeder.h"
#include "DiscoveryCatalog.h"
#include "HttpFrontend.h"
#include "SandboxClock.h"
#include "SandboxStore.h"
#include "aura/AuraService.h"
#include "db/DbService.h"
#include "lakebase/LakebaseService.h"
#include "queue/PushDispatcher.h"
#include "queue/QueueService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 IdempotencyRetentionMs = 24ll * 3600 * 1000;

QString bearerKey(const SandboxRequest &request)
{
    const QByteArray header = request.header("Authorization");
    if (!header.startsWith("Bearer "))
        return {};
    return QString::fromUtf8(header.mid(7).trimmed());
}

QByteArray fingerprint(const SandboxRequest &request, QJsonObject body)
{
    body.remove(u"idempotency_key"_s);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.method);
    hash.addData(request.path.toUtf8());
    hash.addData(QJsonDocument(body).toJson(QJsonDocument::Compact));
    return hash.result().toHex();
}

void attachRequestId(SandboxResponse &response, const QString &requestId)
{
    response.headers.append({"X-Request-Id", requestId.toLatin1()});
    if (response.status < 400 || !response.contentType.startsWith("application/json"))
        return;
    QJsonObject body = QJsonDocument::fromJson(response.body).object();
    QJsonObject error = body.value(u"error"_s).toObject();
    if (error.isEmpty() || error.contains(u"request_id"_s))
        return;
    error.insert(u"request_id"_s, requestId);
    body.insert(u"error"_s, error);
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
}

SandboxServer::~SandboxServer() = default;

QString SandboxServer::baseUrl() const
{
    const QString host = m_options.host.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + m_options.host.toString() + u']'
                             : m_options.host.toString();
    return u"http://"_s + host + u':' + QString::number(m_port);
}

bool SandboxServer::start()
{
    QString file;
    if (!m_options.dataDir.isEmpty()) {
        if (!QDir().mkpath(m_options.dataDir)) {
            m_error = u"cannot create data directory "_s + m_options.dataDir;
            return false;
        }
        file = QDir(m_options.dataDir).filePath(u"sandbox.sqlite"_s);
    }
    try {
        m_store = std::make_unique<SandboxStore>(file);
        if (!m_store->isOpen()) {
            m_error = u"cannot open state: "_s + m_store->lastError();
            return false;
        }
        m_clock =
            std::make_unique<SandboxClock>(m_options.timeScale, m_store->meta(u"clock_high_water"_s).toLongLong());
        m_catalog = std::make_unique<DiscoveryCatalog>();
        m_accounts = std::make_unique<AccountService>(*m_store, *m_clock);
        m_db = std::make_unique<DbService>(*m_store, *m_clock, *m_catalog);
        m_queues = std::make_unique<QueueService>(*m_store, *m_clock);
        m_queues->allowLoopbackPush = m_options.allowLoopbackPush;
        if (m_options.auraClients.isEmpty())
            m_options.auraClients << ResourceIds::randomToken(24) + u':' + ResourceIds::randomToken(40);
        m_aura = std::make_unique<AuraService>(*m_clock,
                                               AuraService::Options{m_options.auraClients, m_options.auraRateLimit});
        if (m_options.lakebaseTokens.isEmpty() && m_options.lakebaseClients.isEmpty()) {
            m_options.lakebaseTokens << u"dapi"_s + ResourceIds::randomToken(32);
            m_options.lakebaseClients << ResourceIds::randomToken(24) + u':' + ResourceIds::randomToken(40);
        }
        m_lakebase = std::make_unique<LakebaseService>(
            *m_clock, LakebaseService::Options{m_options.lakebaseTokens, m_options.lakebaseClients});

        if (m_options.apiKeys.isEmpty())
            m_options.apiKeys << u"ifr_sbx_"_s + ResourceIds::randomToken(32);
        const qint64 credit = m_options.creditUsd < 0 ? -1 : qint64(m_options.creditUsd * 1e6);
        for (const QString &key : std::as_const(m_options.apiKeys))
            m_accounts->addKey(key, credit);
        if (m_options.demo) {
            DemoSeeder seeder(*m_store, *m_db, *m_clock);
            seeder.seed(AccountService::accountId(m_options.apiKeys.first()));
            seeder.seedQueues(AccountService::accountId(m_options.apiKeys.first()), *m_queues,
                              m_options.demoDeadLetters);
            m_aura->seedDemo(m_options.auraClients.first().section(u':', 0, 0));
            m_lakebase->seedDemo();
        }
        m_store->exec(u"DELETE FROM idempotency WHERE created_at < ?"_s, {m_clock->nowMs() - IdempotencyRetentionMs});
    } catch (const StoreError &error) {
        m_error = QString::fromUtf8(error.what());
        return false;
    }
    if (const QString error = m_faults.addSpec(m_options.faults); !error.isEmpty()) {
        m_error = u"--faults: "_s + error;
        return false;
    }

    m_accounts->registerRoutes(m_router);
    m_db->registerRoutes(m_router);
    m_queues->registerRoutes(m_router);
    m_router.add("GET", u"/v1/discovery/{capability}"_s, u"discovery"_s, [this](RouteContext &ctx) {
        const QString capability = ctx.params.value(u"capability"_s);
        if (!m_catalog->knows(capability))
            return SandboxResponse::error(404, u"NOT_FOUND"_s, u"unknown capability "_s + capability);
        return SandboxResponse::json(200, m_catalog->describe(capability));
    });

    m_frontend = new HttpFrontend([this](const SandboxRequest &request) { return handle(request); }, this);
    m_port = m_frontend->listen(m_options.host, m_options.port);
    if (m_port == 0) {
        m_error = u"cannot listen on "_s + m_options.host.toString() + u':' + QString::number(m_options.port);
        return false;
    }
    // Persist the clock so a restarted sandbox never runs time backwards (scaled clocks).
    auto *clockSaver = new QTimer(this);
    connect(clockSaver, &QTimer::timeout, this, [this] {
        try {
            m_store->setMeta(u"clock_high_water"_s, QString::number(m_clock->nowMs()));
        } catch (const StoreError &) {
        }
    });
    clockSaver->start(1000);
    m_push = new PushDispatcher(*m_store, *m_queues, this);
    m_push->setAllowLoopback(m_options.allowLoopbackPush);
    return true;
}

SandboxResponse SandboxServer::handle(const SandboxRequest &request)
{
    const QString requestId = u"req_"_s + ResourceIds::randomToken(20);
    SandboxResponse response;
    if (request.path.startsWith(u"/_sandbox/"_s)) {
        response = handleControl(request);
    } else {
        const Router::Match match = m_router.match(request.method, request.path);
        if (match.route)
            m_hits[match.route->capability] += 1;
        const int latency = m_faults.takeLatency(request.method, request.path, request.body);
        const std::optional<FaultRule> fault = m_faults.take(request.method, request.path, false, request.body);
        // Aura and Lakebase have their own authentication, limits and error shapes, faults included.
        const bool aura = AuraService::owns(request.path);
        const bool lakebase = LakebaseService::owns(request.path);
        auto serve = [&](bool failOperation) {
            if (aura)
                return m_aura->handle(request);
            if (lakebase)
                return m_lakebase->handle(request, failOperation);
            return dispatch(request, match, requestId);
        };
        auto faulted = [&](const FaultRule &rule) {
            if (rule.kind != FaultRule::Kind::Status)
                return faultResponse(rule);
            return aura ? auraFault(rule) : lakebase ? lakebaseFault(rule) : faultResponse(rule);
        };
        if (fault && fault->kind == FaultRule::Kind::OperationError)
            response = serve(true); // accepted; the operation it starts ends in error
        else if (fault)
            response = faulted(*fault);
        else
            response = serve(false);
        if (!fault) {
            if (auto after = m_faults.take(request.method, request.path, true, request.body);
                after && after->kind != FaultRule::Kind::OperationError)
                response = faulted(*after);
        }
        response.delayMs += latency;
    }
    attachRequestId(response, requestId);
    return response;
}

SandboxResponse SandboxServer::auraFault(const FaultRule &rule)
{
    SandboxResponse response = AuraService::error(rule.status, u"injected fault"_s, {}, rule.field);
    if (rule.retryAfterSeconds >= 0)
        response.headers.append({"Retry-After", QByteArray::number(rule.retryAfterSeconds)});
    return response;
}

SandboxResponse SandboxServer::lakebaseFault(const FaultRule &rule)
{
    const QString code = rule.status == 429   ? u"REQUEST_LIMIT_EXCEEDED"_s
                         : rule.status == 503 ? u"TEMPORARILY_UNAVAILABLE"_s
                         : rule.status == 400 ? u"INVALID_PARAMETER_VALUE"_s
                         : rule.status == 401 ? u"UNAUTHENTICATED"_s
                         : rule.status == 404 ? u"NOT_FOUND"_s
                                              : u"INTERNAL_ERROR"_s;
    SandboxResponse response = LakebaseService::error(rule.status, code, u"injected fault"_s);
    if (rule.retryAfterSeconds >= 0)
        response.headers.append({"Retry-After", QByteArray::number(rule.retryAfterSeconds)});
    return response;
}

SandboxResponse SandboxServer::faultResponse(const FaultRule &rule)
{
    SandboxResponse response;
    switch (rule.kind) {
    case FaultRule::Kind::Drop: response.dropConnection = true; break;
    case FaultRule::Kind::Malformed:
        response.status = 200;
        response.body = "{\"items\": [{\"id\": \"prj_";
        break;
    case FaultRule::Kind::Status:
    case FaultRule::Kind::OperationError: // (only on Lakebase's paths, handled before)
    case FaultRule::Kind::Latency: {
        const QString code = rule.status == 429   ? u"RATE_LIMITED"_s
                             : rule.status == 503 ? u"UNAVAILABLE"_s
                             : rule.status >= 500 ? u"INTERNAL"_s
                             : rule.status == 401 ? u"UNAUTHORIZED"_s
                             : rule.status == 403 ? u"FORBIDDEN"_s
                             : rule.status == 404 ? u"NOT_FOUND"_s
                             : rule.status == 409 ? u"CONFLICT"_s
                                                  : u"VALIDATION_FAILED"_s;
        response = SandboxResponse::error(rule.status, code, u"injected fault"_s, rule.field);
        if (rule.retryAfterSeconds >= 0)
            response.headers.append({"Retry-After", QByteArray::number(rule.retryAfterSeconds)});
        break;
    }
    }
    return response;
}

SandboxResponse SandboxServer::dispatch(const SandboxRequest &request, const Router::Match &match,
                                        const QString &requestId)
{
    Q_UNUSED(requestId)
    if (!match.route) {
        return match.pathKnown
                   ? SandboxResponse::error(405, u"METHOD_NOT_ALLOWED"_s, u"method not allowed on this path"_s)
                   : SandboxResponse::error(404, u"NOT_FOUND"_s, u"no such endpoint: "_s + request.path);
    }
    const QString key = bearerKey(request);
    if (key.isEmpty())
        return SandboxResponse::error(401, u"UNAUTHORIZED"_s, u"missing Authorization: Bearer <api key>"_s);
    const QString account = m_accounts->accountForKey(key);
    if (account.isEmpty())
        return SandboxResponse::error(401, u"UNAUTHORIZED"_s, u"API key is not valid"_s);

    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return SandboxResponse::error(400, u"VALIDATION_FAILED"_s, u"request body must be a JSON object"_s,
                                          u"body"_s);
        body = document.object();
    }
    // Path parameters win over the same field in the body; a body that names another
    // resource is a client mistake, for every route alike.
    for (auto it = match.params.cbegin(); it != match.params.cend(); ++it) {
        const QJsonValue inBody = body.value(it.key());
        if (inBody.isString() && inBody.toString() != it.value())
            return SandboxResponse::error(400, u"VALIDATION_FAILED"_s, it.key() + u" does not match the path"_s,
                                          it.key());
    }
    const QString host = QString::fromLatin1(request.header("Host"));
    RouteContext ctx{request, body, match.params, account, host.isEmpty() ? baseUrl() : u"http://"_s + host};
    try {
        return runRoute(*match.route, ctx);
    } catch (const StoreError &error) {
        m_store->rollback();
        qWarning("sandbox: %s", error.what());
        return SandboxResponse::error(500, u"INTERNAL"_s, u"internal storage error"_s);
    }
}

SandboxResponse SandboxServer::runRoute(const Route &route, RouteContext &ctx)
{
    if (!route.mutating) {
        SandboxResponse response = route.handler(ctx);
        m_store->releaseStatements();
        return response;
    }

    QString idempotencyKey = ctx.body.value(u"idempotency_key"_s).toString();
    if (idempotencyKey.isEmpty())
        idempotencyKey = QString::fromUtf8(ctx.request.header("Idempotency-Key"));
    const QByteArray print = fingerprint(ctx.request, ctx.body);

    m_store->begin();
    if (!idempotencyKey.isEmpty()) {
        QSqlQuery &previous = m_store->exec(u"SELECT fingerprint, status, body FROM idempotency "
                                            u"WHERE account = ? AND capability = ? AND key = ?"_s,
                                            {ctx.account, route.capability, idempotencyKey});
        if (previous.next()) {
            const bool samePayload = previous.value(0).toByteArray() == print;
            SandboxResponse replay;
            replay.status = previous.value(1).toInt();
            replay.body = previous.value(2).toByteArray();
            m_store->rollback(); // resets the statement: read it first
            if (!samePayload)
                return SandboxResponse::error(409, u"CONFLICT"_s,
                                              u"idempotency_key was already used for a different "
                                              u"request"_s,
                                              u"idempotency_key"_s);
            replay.headers.append({QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true")});
            return replay;
        }
    }
    if (route.costMicros > 0 && !m_accounts->canAfford(ctx.account, route.costMicros)) {
        m_store->rollback();
        return SandboxResponse::error(402, u"INSUFFICIENT_CREDIT"_s,
                                      u"not enough credit for "_s + route.capability +
                                          u"; top up with POST /v1/account/topup"_s);
    }
    SandboxResponse response = route.handler(ctx);
    if (response.status >= 200 && response.status < 300) {
        if (route.costMicros > 0)
            m_accounts->charge(ctx.account, route.costMicros);
        if (!idempotencyKey.isEmpty())
            m_store->exec(u"INSERT INTO idempotency(account, capability, key, fingerprint, "
                          u"status, body, created_at) VALUES(?, ?, ?, ?, ?, ?, ?)"_s,
                          {ctx.account, route.capability, idempotencyKey, print, response.status, response.body,
                           m_clock->nowMs()});
        m_store->commit();
    } else {
        m_store->rollback();
    }
    return response;
}

SandboxResponse SandboxServer::handleControl(const SandboxRequest &request)
{
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    // Checkout links are opened by a browser, possibly from another machine's view of a
    // forwarded port; everything else under /_sandbox is loopback-only.
    if (parts.size() == 3 && parts.at(1) == u"checkout" && request.method == "GET") {
        try {
            SandboxResponse page = m_accounts->redeemCheckout(parts.at(2));
            m_store->releaseStatements();
            return page;
        } catch (const StoreError &) {
            return SandboxResponse::error(500, u"INTERNAL"_s, u"internal storage error"_s);
        }
    }
    if (!request.isLoopback())
        return SandboxResponse::error(403, u"FORBIDDEN"_s, u"the sandbox control endpoint is loopback-only"_s);
    if (parts.size() == 2 && parts.at(1) == u"health")
        return SandboxResponse::json(200, {{u"ok"_s, true},
                                           {u"time"_s, SandboxClock::toRfc3339(m_clock->nowMs())},
                                           {u"time_scale"_s, m_clock->timeScale()}});
    if (parts.size() == 2 && parts.at(1) == u"faults") {
        if (request.method == "DELETE") {
            m_faults.clear();
        } else if (request.method == "POST") {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            const QString error = m_faults.addSpec(body.value(u"spec"_s).toString());
            if (!error.isEmpty())
                return SandboxResponse::error(400, u"VALIDATION_FAILED"_s, error, u"spec"_s);
        }
        return SandboxResponse::json(200, {{u"rules"_s, m_faults.describe()}});
    }
    return SandboxResponse::error(404, u"NOT_FOUND"_s, u"no such control endpoint"_s);
}
