#include "api/ApiTransport.h"

#include "api/RequestBudget.h"

#include "api/CurlCommand.h"
#include "api/JsonText.h"
#include "api/RequestLog.h"
#include "auth/TokenProvider.h"

#include <QJsonDocument>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

ApiCall::ApiCall(ApiTransport *transport, ApiRequest request)
    : QObject(transport), m_transport(transport), m_request(std::move(request))
{
}

void ApiCall::abort()
{
    if (m_done)
        return;
    m_aborted = true;
    if (m_backoff)
        m_backoff->stop();
    if (m_budgetWait)
        m_budgetWait->stop();
    if (m_reply)
        m_reply->abort(); // finished() of the reply completes the call
    else
        finish({0, {}, ApiError::cancelled(), {}, m_attempt, {}, {}});
}

QString ApiCall::peekTopLevelString(QByteArrayView json, QLatin1StringView field)
{
    qsizetype at = JsonText::skipSpace(json, 0);
    QByteArrayView value;
    if (JsonText::member(json, at, QByteArrayView(field.data(), field.size())) != JsonText::Found::Yes ||
        !JsonText::plainString(json, at, &value))
        return {}; // absent, not a string, escaped: left to the parser
    return QString::fromUtf8(value);
}

void ApiCall::startAttempt()
{
    ++m_attempt;
    m_timedOut = false;
    sendWithinBudget();
}

void ApiCall::sendWithinBudget()
{
    if (m_aborted)
        return finish({0, {}, ApiError::cancelled(), {}, m_attempt, {}, {}});
    if (RequestBudget *budget = m_transport->m_budget.get()) {
        if (const int wait = budget->reserve(); wait > 0) {
            if (!m_budgetWait) {
                m_budgetWait = new QTimer(this);
                m_budgetWait->setSingleShot(true);
                connect(m_budgetWait, &QTimer::timeout, this, &ApiCall::sendWithinBudget);
            }
            m_budgetWait->start(wait);
            return;
        }
    }
    if (!m_transport->m_tokens) {
        sendWithToken({});
        return;
    }
    m_transport->m_tokens->token(this, [this](const QString &token, const ApiError &error) {
        if (m_aborted)
            return finish({0, {}, ApiError::cancelled(), {}, m_attempt, {}, {}});
        if (error.isError()) {
            // The token endpoint's own 429: nobody on this account asks again before it allows.
            if (error.kind() == ApiError::Kind::RateLimited && m_transport->m_budget)
                m_transport->m_budget->pauseFor(error.retryAfterSeconds() > 0 ? error.retryAfterSeconds() : 5);
            return finish({0, {}, error, {}, m_attempt, {}, {}});
        }
        sendWithToken(token);
    });
}

void ApiCall::sendWithToken(const QString &token)
{
    m_sentToken = token;
    QNetworkRequest request(m_transport->urlFor(m_request));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "infrai-console/" + QCoreApplication::applicationVersion().toUtf8());
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QByteArray payload;
    if (!m_request.idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", m_request.idempotencyKey.toUtf8());
    if (m_request.hasBody) {
        QJsonObject body = m_request.body;
        if (!m_request.idempotencyKey.isEmpty() && m_request.idempotencyKeyInBody)
            body.insert(u"idempotency_key"_s, m_request.idempotencyKey);
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    }
    m_attemptClock.start();
    // The dedicated verbs send small bodies in the same segment as the headers; the generic
    // custom-verb path writes them separately, which Nagle + delayed ACK turn into ~40 ms.
    QNetworkAccessManager *network = m_transport->m_network;
    if (m_request.method == "GET")
        m_reply = network->get(request);
    else if (m_request.method == "POST")
        m_reply = network->post(request, payload);
    else if (m_request.method == "PUT")
        m_reply = network->put(request, payload);
    else if (m_request.method == "DELETE" && payload.isEmpty())
        m_reply = network->deleteResource(request);
    else
        m_reply = network->sendCustomRequest(request, m_request.method, payload);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    if (!m_timeout) {
        m_timeout = new QTimer(this);
        m_timeout->setSingleShot(true);
        connect(m_timeout, &QTimer::timeout, this, [this] {
            m_timedOut = true;
            if (m_reply)
                m_reply->abort();
        });
    }
    m_timeout->start(m_request.timeoutMs);
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_timeout->stop();
    reply->deleteLater();
    const qint64 elapsed = m_attemptClock.elapsed();

    ApiResult result;
    result.attempts = m_attempt;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
    const QByteArray payload = reply->isOpen() ? reply->readAll() : QByteArray();

    if (m_aborted) {
        result.error = ApiError::cancelled();
    } else if (m_timedOut) {
        result.error = ApiError::timeout(m_request.timeoutMs);
    } else if (result.status == 0) {
        result.error = ApiError::fromNetwork(reply->error(), reply->errorString(), m_transport->m_baseUrl.host());
    } else if (result.status >= 200 && result.status < 300) {
        if (!m_request.peekField.isEmpty()) {
            const QByteArray field = m_request.peekField.toLatin1();
            if (const QString value = peekTopLevelString(payload, QLatin1StringView(field)); !value.isEmpty())
                emit peeked(value);
        }
        if (m_request.rawAnswer) {
            result.raw = payload;
        } else {
            QJsonParseError parseError;
            const QJsonDocument document = payload.trimmed().isEmpty() ? QJsonDocument(QJsonObject())
                                                                       : QJsonDocument::fromJson(payload, &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject())
                result.error = ApiError::malformed(parseError.errorString());
            else
                result.body = document.object();
        }
    } else {
        result.error = ApiError::fromHttp(result.status, payload, reply->rawHeader("Retry-After"));
        if (result.error.requestId().isEmpty())
            result.error.setRequestId(result.requestId);
        else if (result.requestId.isEmpty())
            result.requestId = result.error.requestId();
    }

    result.call = QString::fromLatin1(m_request.method) + u' ' + m_request.path;
    if (result.error.isError()) {
        result.error.setCall(result.call);
        if (result.error.requestId().isEmpty())
            result.error.setRequestId(result.requestId);
    }
    m_transport->logAttempt(*this, result.status, result.requestId,
                            m_timedOut ? ApiError::timeout(m_request.timeoutMs) : result.error, elapsed);
    m_transport->noteReachability(result.error);

    // Nobody on this account sends until a 429's Retry-After has passed.
    if (result.error.kind() == ApiError::Kind::RateLimited && m_transport->m_budget)
        m_transport->m_budget->pauseFor(result.error.retryAfterSeconds() > 0 ? result.error.retryAfterSeconds() : 5);
    const bool tokenRefused = result.error.kind() == ApiError::Kind::Unauthorized ||
                              (m_transport->m_refreshOnForbidden && result.error.kind() == ApiError::Kind::Forbidden);
    if (tokenRefused && m_transport->m_tokens && m_transport->m_tokens->canRefresh() && !m_refreshedToken) {
        // An expired token: fetch a fresh one and try once more.
        m_refreshedToken = true;
        m_transport->m_tokens->invalidate(m_sentToken);
        startAttempt();
        return;
    }
    if (!m_aborted) {
        if (const auto delay = m_transport->m_retry.delayBeforeRetry(m_request, result.error, m_attempt)) {
            emit retryScheduled(m_attempt + 1, *delay, result.error);
            if (!m_backoff) {
                m_backoff = new QTimer(this);
                m_backoff->setSingleShot(true);
                connect(m_backoff, &QTimer::timeout, this, &ApiCall::startAttempt);
            }
            m_backoff->start(*delay);
            return;
        }
    }
    finish(std::move(result));
}

void ApiCall::finish(ApiResult result)
{
    if (m_done)
        return;
    m_done = true;
    --m_transport->m_inFlight;
    emit finished(result);
    deleteLater();
}

ApiTransport::ApiTransport(QNetworkAccessManager *network, QUrl baseUrl, QObject *parent)
    : QObject(parent), m_network(network), m_baseUrl(std::move(baseUrl))
{
}

ApiTransport::~ApiTransport()
{
    // Calls are children; abort their replies so nothing outlives the transport.
    for (ApiCall *call : findChildren<ApiCall *>(Qt::FindDirectChildrenOnly)) {
        call->m_done = true;
        if (call->m_reply)
            call->m_reply->abort();
    }
}

QUrl ApiTransport::urlFor(const ApiRequest &request) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

QString ApiTransport::curlFor(const ApiRequest &request) const
{
    return curlCommand(request, urlFor(request), m_credentialVariable);
}

ApiCall *ApiTransport::send(const ApiRequest &request, QObject *context, std::function<void(const ApiResult &)> done)
{
    auto *call = new ApiCall(this, request);
    ++m_inFlight;
    if (done)
        connect(call, &ApiCall::finished, context ? context : this, std::move(done));
    emit callStarted(call);
    // Start from the event loop so callers can connect to the call's signals first; a call
    // on the critical path goes out at once (its `done` is connected already).
    if (request.startImmediately)
        call->startAttempt();
    else
        QMetaObject::invokeMethod(call, &ApiCall::startAttempt, Qt::QueuedConnection);
    return call;
}

void ApiTransport::logAttempt(const ApiCall &call, int status, const QString &requestId, const ApiError &error,
                              qint64 durationMs)
{
    if (!m_log)
        return;
    RequestLogEntry entry;
    entry.startedAt = QDateTime::currentDateTime().addMSecs(-durationMs);
    entry.method = call.m_request.method;
    entry.url = RequestLog::redactUrl(urlFor(call.m_request));
    entry.status = status;
    entry.durationMs = durationMs;
    entry.requestId = requestId;
    // A machine-readable outcome (the service's code, or the network failure's name) for
    // copying; the log shows it in words.
    entry.outcome = !error.isError()          ? QString()
                    : !error.code().isEmpty() ? error.code()
                    : error.kind() == ApiError::Kind::Timeout
                        ? u"Timeout"_s
                        : QString::fromLatin1(
                              QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(int(error.networkError())));
    entry.failure = error.kind();
    entry.attempt = call.m_attempt;
    entry.curl = curlFor(call.m_request);
    entry.polling = call.m_request.polling;
    entry.source = m_logSource;
    m_log->append(std::move(entry));
}

void ApiTransport::noteReachability(const ApiError &error)
{
    using Kind = ApiError::Kind;
    const Kind kind = error.kind();
    const bool unreachable = kind == Kind::ConnectionRefused || kind == Kind::HostNotFound || kind == Kind::Timeout ||
                             kind == Kind::ConnectionDropped || kind == Kind::Network || kind == Kind::Tls;
    if (kind == Kind::Cancelled || kind == Kind::MissingCredentials)
        return;
    const int reachable = unreachable ? 0 : 1;
    if (reachable != m_reachable) {
        m_reachable = reachable;
        emit reachabilityChanged(reachable == 1, error);
    }
}
