#include "api/ApiError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

int parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = trimmed.toInt(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds;
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!when.isValid())
        return -1;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(utc)));
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter)
{
    ApiError error;
    error.m_status = status;
    error.m_retryAfter = parseRetryAfter(retryAfter);
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    // infrai: {"error": {code, message, request_id, field}}; Aura: {"errors": [{message, reason, field}]};
    // Databricks: {"error_code", "message"}
    QJsonObject detail = root.value(u"error"_s).toObject();
    if (const QJsonValue bare = root.value(u"error"_s); bare.isString()) // Aura's 403: {"error": "..."}
        detail = {{u"message"_s, bare.toString()}};
    if (const QJsonArray errors = root.value(u"errors"_s).toArray(); detail.isEmpty() && !errors.isEmpty())
        detail = errors.first().toObject();                         // an empty list is no detail, not an element
    if (detail.isEmpty() && root.value(u"error_code"_s).isString()) // Databricks: {error_code, message}
        detail = {{u"code"_s, root.value(u"error_code"_s)}, {u"message"_s, root.value(u"message"_s)}};
    error.m_code = detail.value(u"code"_s).toString(detail.value(u"reason"_s).toString());
    error.m_serverMessage = detail.value(u"message"_s).toString();
    error.m_requestId = detail.value(u"request_id"_s).toString();
    error.m_field = detail.value(u"field"_s).toString();
    if (status == 400 || status == 422)
        error.m_kind = Kind::Validation;
    else if (status == 401)
        error.m_kind = Kind::Unauthorized;
    else if (status == 402)
        error.m_kind = Kind::InsufficientCredit;
    else if (status == 403)
        error.m_kind = Kind::Forbidden;
    else if (status == 404)
        error.m_kind = Kind::NotFound;
    else if (status == 409)
        error.m_kind = Kind::Conflict;
    else if (status == 429)
        error.m_kind = Kind::RateLimited;
    else if (status >= 500)
        error.m_kind = Kind::Server;
    else
        error.m_kind = Kind::OtherHttp;
    return error;
}

ApiError ApiError::fromNetwork(QNetworkReply::NetworkError code, const QString &detail, const QString &host)
{
    ApiError error;
    error.m_networkError = code;
    error.m_serverMessage = detail;
    error.m_host = host;
    switch (code) {
    case QNetworkReply::ConnectionRefusedError: error.m_kind = Kind::ConnectionRefused; break;
    case QNetworkReply::HostNotFoundError: error.m_kind = Kind::HostNotFound; break;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError: error.m_kind = Kind::ConnectionDropped; break;
    case QNetworkReply::TimeoutError: error.m_kind = Kind::Timeout; break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError: error.m_kind = Kind::Tls; break;
    case QNetworkReply::OperationCanceledError: error.m_kind = Kind::Cancelled; break;
    default: error.m_kind = Kind::Network; break;
    }
    return error;
}

ApiError ApiError::timeout(int timeoutMs)
{
    ApiError error;
    error.m_kind = Kind::Timeout;
    error.m_timeoutMs = timeoutMs;
    error.m_networkError = QNetworkReply::TimeoutError;
    return error;
}

ApiError ApiError::malformed(const QString &detail)
{
    ApiError error;
    error.m_kind = Kind::MalformedResponse;
    error.m_serverMessage = detail;
    return error;
}

ApiError ApiError::unexpectedShape(const QString &detail)
{
    ApiError error = malformed(detail);
    error.m_shape = true;
    return error;
}

ApiError ApiError::cancelled()
{
    ApiError error;
    error.m_kind = Kind::Cancelled;
    return error;
}

ApiError ApiError::missingCredentials()
{
    ApiError error;
    error.m_kind = Kind::MissingCredentials;
    return error;
}

ApiError ApiError::resourceFailed(const QString &reason)
{
    ApiError error;
    error.m_kind = Kind::ResourceFailed;
    error.m_serverMessage = reason;
    return error;
}

ApiError ApiError::operationFailed(const QString &code, const QString &message)
{
    ApiError error;
    error.m_kind = Kind::OperationFailed;
    error.m_code = code;
    error.m_serverMessage = message;
    return error;
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::RateLimited:
    case Kind::Server:
    case Kind::Timeout:
    case Kind::ConnectionDropped:
    case Kind::ConnectionRefused:
    case Kind::Network: return true;
    default: return false;
    }
}

QString ApiError::message() const
{
    // The service's own words stay as it sent them (often English): quoted and marked as
    // such, so a translated sentence does not seem to switch language half-way.
    //: The service's own message, quoted verbatim (zh: add （服务原文） after it).
    const QString quoted = tr("“%1”", "service text").arg(m_serverMessage);
    const QString said = m_serverMessage.isEmpty() ? QString() : u' ' + tr("The service said: %1").arg(quoted);
    switch (m_kind) {
    case Kind::None: return {};
    case Kind::Validation:
        return m_field.isEmpty() ? tr("The service rejected the request: %1").arg(quoted)
                                 : tr("The value of “%1” was rejected: %2").arg(m_field, quoted);
    case Kind::Unauthorized: return tr("The API key was refused. Enter a valid key for this connection profile.");
    case Kind::MissingCredentials:
        return tr("No API key is stored for this connection profile. Enter one in the profile "
                  "settings.");
    case Kind::InsufficientCredit: return tr("The account has run out of credit. Top up to continue.");
    case Kind::Forbidden: return tr("This key is not allowed to do that.") + said;
    case Kind::NotFound: return tr("Not found: it may have been deleted by someone else.") + said;
    case Kind::Conflict: return tr("The service refused because of a conflict: %1").arg(quoted);
    case Kind::RateLimited:
        return m_retryAfter >= 0
                   ? tr("The service is limiting requests. Try again in %n second(s).", nullptr, m_retryAfter)
                   : tr("The service is limiting requests. Try again shortly.");
    case Kind::Server:
        return tr("The service had an internal problem (HTTP %1). Try again later.").arg(m_status) + said;
    case Kind::OtherHttp: return tr("The service answered with HTTP %1.").arg(m_status) + said;
    case Kind::Timeout:
        return m_timeoutMs > 0 ? tr("The service did not answer within %n second(s).", nullptr,
                                    int(std::ceil(m_timeoutMs / 1000.0)))
                               : tr("The service did not answer in time.");
    case Kind::ConnectionRefused:
        return tr("Cannot connect to %1: the connection was refused. Is the server running and "
                  "the base URL right?")
            .arg(m_host);
    case Kind::HostNotFound: return tr("Cannot find the host %1. Check the base URL and your network.").arg(m_host);
    case Kind::ConnectionDropped: return tr("The connection was closed before the answer arrived.");
    case Kind::Tls: return tr("The secure connection could not be established: %1").arg(quoted);
    case Kind::Network: return tr("Network error: %1").arg(quoted);
    case Kind::MalformedResponse:
        if (m_shape)
            return tr("The service sent an answer of an unexpected shape.") + said;
        return tr("The service sent an answer that is not valid JSON.") + said;
    case Kind::Cancelled: return tr("The request was cancelled.");
    case Kind::ResourceFailed:
        return m_serverMessage.isEmpty()
                   ? tr("The service accepted the request, but the resource failed while it was being set up.")
                   : tr("The service accepted the request, but the resource failed while it was being set up: %1")
                         .arg(quoted);
    case Kind::OperationFailed:
        //: %1 is the service's message, %2 its error code (e.g. INTERNAL_ERROR).
        return m_serverMessage.isEmpty()
                   ? tr("The service accepted the request, but the operation failed (%1).").arg(m_code)
                   : tr("The service accepted the request, but the operation failed: %1 (%2)").arg(quoted, m_code);
    }
    return {};
}

QString ApiError::kindText(Kind kind)
{
    switch (kind) {
    case Kind::None: return {};
    case Kind::Validation: return tr("rejected");
    case Kind::Unauthorized: return tr("key refused");
    case Kind::InsufficientCredit: return tr("out of credit");
    case Kind::Forbidden: return tr("forbidden");
    case Kind::NotFound: return tr("not found");
    case Kind::Conflict: return tr("conflict");
    case Kind::RateLimited: return tr("rate limited");
    case Kind::Server: return tr("server error");
    case Kind::OtherHttp: return tr("HTTP error");
    case Kind::Timeout: return tr("timeout");
    case Kind::ConnectionRefused: return tr("connection refused");
    case Kind::HostNotFound: return tr("host not found");
    case Kind::ConnectionDropped: return tr("connection dropped");
    case Kind::Tls: return tr("TLS failure");
    case Kind::Network: return tr("network error");
    case Kind::MalformedResponse: return tr("malformed answer");
    case Kind::Cancelled: return tr("cancelled");
    case Kind::MissingCredentials: return tr("no key");
    case Kind::ResourceFailed: return tr("resource failed");
    case Kind::OperationFailed: return tr("operation failed");
    }
    return {};
}

QString ApiError::details() const
{
    QStringList lines{message()};
    if (m_status)
        lines << u"HTTP "_s + QString::number(m_status);
    if (!m_code.isEmpty())
        lines << u"code: "_s + m_code;
    if (!m_field.isEmpty())
        lines << u"field: "_s + m_field;
    if (!m_serverMessage.isEmpty())
        lines << u"server message: "_s + m_serverMessage;
    if (!m_requestId.isEmpty())
        lines << u"request_id: "_s + m_requestId;
    if (m_retryAfter >= 0)
        lines << u"retry-after: "_s + QString::number(m_retryAfter) + u" s"_s;
    if (m_networkError != QNetworkReply::NoError)
        lines << u"network error: "_s + QString::number(int(m_networkError));
    return lines.join(u'\n');
}
