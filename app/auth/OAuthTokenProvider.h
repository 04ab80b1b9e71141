#pragma once

#include "auth/TokenProvider.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

// OAuth 2 client credentials (Aura's /oauth/token, Databricks' M2M): POSTs HTTP Basic
// client_id:client_secret with grant_type=client_credentials, caches the bearer token for
// its life and fetches a new one shortly before it ends. Callers waiting at the same time
// share one token request. The token never reaches a log or a "copy as curl".
class OAuthTokenProvider final : public QObject, public TokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthTokenProvider)

public:
    OAuthTokenProvider(QNetworkAccessManager *network, QUrl tokenUrl, QObject *parent = nullptr);

    void setCredentials(const QString &clientId, const QString &clientSecret);
    bool hasCredentials() const { return !m_clientId.isEmpty() && !m_clientSecret.isEmpty(); }
    // Extra form fields (e.g. scope=all-apis for Databricks).
    void setExtraForm(const QString &form) { m_extraForm = form; }
    // The token endpoint is read from this OAuth discovery document (RFC 8414) before the
    // first token, and must be on the document's own host; the URL given at construction is
    // then not used.
    void setDiscoveryUrl(const QUrl &url)
    {
        m_discoveryUrl = url;
        m_discovered = false;
    }
    QUrl tokenUrl() const { return m_tokenUrl; }

    void token(QObject *context, Callback done) override;
    void invalidate(const QString &rejected = {}) override;
    bool canRefresh() const override { return true; }

    static constexpr int TimeoutMs = 30000;
    // Token requests made so far (tests).
    int requestsMade() const { return m_requests; }
    int tokensReceived() const { return m_fetched; }

private:
    void fetch();
    void discover();
    // Waits for `reply`: a timeout, a network or HTTP error is delivered to the waiting
    // callers; a success goes to `answered`.
    void await(QNetworkReply *reply, const QString &call, const std::function<void(const QByteArray &body)> &answered);
    void deliver(const QString &token, const ApiError &error);

    QNetworkAccessManager *m_network;
    QUrl m_tokenUrl;
    QUrl m_discoveryUrl;
    bool m_discovered = false;
    QString m_clientId;
    QString m_clientSecret;
    QString m_extraForm;
    QString m_token;
    QElapsedTimer m_age;
    qint64 m_refreshAfterMs = 0;
    QPointer<QNetworkReply> m_pending;
    std::vector<std::pair<QPointer<QObject>, Callback>> m_waiting;
    int m_requests = 0;
    int m_fetched = 0;
};
