#include "auth/OAuthTokenProvider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

OAuthTokenProvider::OAuthTokenProvider(QNetworkAccessManager *network, QUrl tokenUrl, QObject *parent)
    : QObject(parent), m_network(network), m_tokenUrl(std::move(tokenUrl))
{
}

void OAuthTokenProvider::setCredentials(const QString &clientId, const QString &clientSecret)
{
    if (clientId == m_clientId && clientSecret == m_clientSecret)
        return;
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    invalidate();
}

void OAuthTokenProvider::token(QObject *context, Callback done)
{
    if (!hasCredentials())
        return done({}, ApiError::missingCredentials());
    if (!m_token.isEmpty() && m_age.isValid() && m_age.elapsed() < m_refreshAfterMs)
        return done(m_token, {});
    m_waiting.emplace_back(context, std::move(done));
    if (!m_pending)
        fetch();
}

void OAuthTokenProvider::invalidate(const QString &rejected)
{
    if (!rejected.isEmpty() && rejected != m_token)
        return; // already replaced
    m_token.clear();
    m_age.invalidate();
}

void OAuthTokenProvider::await(QNetworkReply *reply, const QString &call,
                               const std::function<void(const QByteArray &body)> &answered)
{
    m_pending = reply;
    // An answer that does not come is a timeout (a service out of reach), not a cancellation.
    auto timedOut = std::make_shared<bool>(false);
    QTimer::singleShot(TimeoutMs, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, timedOut, call, answered] {
        reply->deleteLater();
        m_pending = nullptr;
        if (*timedOut)
            return deliver({}, ApiError::timeout(TimeoutMs));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 0)
            return deliver({}, ApiError::fromNetwork(reply->error(), reply->errorString(), reply->url().host()));
        if (status < 200 || status >= 300) {
            ApiError error = ApiError::fromHttp(status, body, reply->rawHeader("Retry-After"));
            error.setCall(call);
            error.setRequestId(QString::fromLatin1(reply->rawHeader("X-Request-Id")));
            return deliver({}, error);
        }
        answered(body);
    });
}

void OAuthTokenProvider::discover()
{
    QNetworkRequest request(m_discoveryUrl);
    request.setRawHeader("Accept", "application/json");
    ++m_requests;
    await(m_network->get(request), u"GET "_s + m_discoveryUrl.path(), [this](const QByteArray &body) {
        const QUrl endpoint(QJsonDocument::fromJson(body).object().value(u"token_endpoint"_s).toString());
        if (!endpoint.isValid() || endpoint.isRelative())
            return deliver({}, ApiError::unexpectedShape(u"token_endpoint"_s));
        // The client secret goes only where the document came from: a document naming
        // another host (or plain http) gets nothing.
        if (endpoint.scheme() != m_discoveryUrl.scheme() || endpoint.host() != m_discoveryUrl.host() ||
            endpoint.port() != m_discoveryUrl.port())
            return deliver({}, ApiError::unexpectedShape(u"token_endpoint (another host: %1)"_s.arg(endpoint.host())));
        m_tokenUrl = endpoint;
        m_discovered = true;
        fetch();
    });
}

void OAuthTokenProvider::fetch()
{
    if (m_discoveryUrl.isValid() && !m_discovered)
        return discover();
    QNetworkRequest request(m_tokenUrl);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Authorization",
                         "Basic " + QByteArray(m_clientId.toUtf8() + ':' + m_clientSecret.toUtf8()).toBase64());
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setRawHeader("Accept", "application/json");
    QByteArray form = "grant_type=client_credentials";
    if (!m_extraForm.isEmpty())
        form += '&' + m_extraForm.toUtf8();
    ++m_requests;
    await(m_network->post(request, form), u"POST "_s + m_tokenUrl.path(), [this](const QByteArray &body) {
        const QJsonObject answer = QJsonDocument::fromJson(body).object();
        const QString token = answer.value(u"access_token"_s).toString();
        if (token.isEmpty() || answer.value(u"token_type"_s).toString().compare(u"bearer"_s, Qt::CaseInsensitive) != 0)
            return deliver({}, ApiError::unexpectedShape(u"access_token / token_type"_s));
        // Fetched again a minute before it ends (or halfway, for a short-lived one).
        const qint64 lifeMs = qint64(std::max(1, answer.value(u"expires_in"_s).toInt(3600))) * 1000;
        m_refreshAfterMs = std::max<qint64>(lifeMs / 2, lifeMs - 60000);
        m_token = token;
        m_age.start();
        ++m_fetched;
        deliver(token, {});
    });
}

void OAuthTokenProvider::deliver(const QString &token, const ApiError &error)
{
    const auto waiting = std::move(m_waiting);
    m_waiting.clear();
    for (const auto &[context, done] : waiting)
        if (context)
            done(token, error);
}
