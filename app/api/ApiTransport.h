#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "api/RetryPolicy.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
#include "api/RequestLog.h"
class RequestBudget;
class TokenProvider;

// The outcome of a call: the JSON answer or a typed error, never both.
struct ApiResult
{
    int status = 0;
    QJsonObject body;
    ApiError error;
    QString requestId;
    int attempts = 0;
    QString call;   // "GET /v1/…"
    QByteArray raw; // a successful answer's text, instead of `body`, when the request asked
    bool ok() const { return !error.isError(); }
    // An error found while decoding this answer, tied to the call and its request id.
    ApiError annotate(ApiError decodeError) const
    {
        decodeError.setRequestId(requestId);
        decodeError.setCall(call);
        return decodeError;
    }
};

class ApiTransport;

// One logical call, across its retries. Emits finished() exactly once, then deletes itself.
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    const ApiRequest &request() const { return m_request; }
    int attempt() const { return m_attempt; }
    // Stops the call; finished() follows with a Cancelled error.
    void abort();

    // The value of a top-level string field in a JSON object text, found by one scan that
    // skips nested values and strings; empty when absent, not a string, or escaped.
    static QString peekTopLevelString(QByteArrayView json, QLatin1StringView field);

signals:
    void retryScheduled(int nextAttempt, int delayMs, const ApiError &error);
    // The request's peekField, read from a 2xx body before it is parsed (finished follows).
    void peeked(const QString &value);
    void finished(const ApiResult &result);

private:
    friend class ApiTransport;
    ApiCall(ApiTransport *transport, ApiRequest request);
    void startAttempt();
    // Waits for room in the transport's budget, then fetches the token and sends.
    void sendWithinBudget();
    void sendWithToken(const QString &token);
    void onReplyFinished();
    void finish(ApiResult result);

    ApiTransport *m_transport;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timeout = nullptr;
    QTimer *m_backoff = nullptr;
    QTimer *m_budgetWait = nullptr;
    QElapsedTimer m_attemptClock;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_aborted = false;
    bool m_done = false;
    bool m_refreshedToken = false;
    QString m_sentToken; // the credential of the last attempt
};

// The one HTTP transport every service client shares: base URL, credentials, timeouts,
// retries, the request log and error mapping all live here.
class ApiTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiTransport)

public:
    ApiTransport(QNetworkAccessManager *network, QUrl baseUrl, QObject *parent = nullptr);
    ~ApiTransport() override;

    void setTokenProvider(std::shared_ptr<TokenProvider> provider) { m_tokens = std::move(provider); }
    void setRequestLog(RequestLog *log) { m_log = log; }
    // Names the sender in the request log (the profile).
    void setLogSource(const QString &source) { m_logSource = source; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    void setCredentialVariable(const QString &name) { m_credentialVariable = name; }
    // Services that answer an expired token with 403 (Aura): refresh the token once on a 403
    // too, not only on a 401.
    void setRefreshOnForbidden(bool on) { m_refreshOnForbidden = on; }
    // Every attempt waits for room in this budget (shared by all of this transport's calls).
    void setBudget(std::shared_ptr<RequestBudget> budget) { m_budget = std::move(budget); }
    RequestBudget *budget() const { return m_budget.get(); }
    QUrl baseUrl() const { return m_baseUrl; }
    QUrl urlFor(const ApiRequest &request) const;
    QString curlFor(const ApiRequest &request) const;

    // Starts a call. `done` runs once on the GUI thread unless `context` is gone by then.
    ApiCall *send(const ApiRequest &request, QObject *context, std::function<void(const ApiResult &)> done);

    int callsInFlight() const { return m_inFlight; }

signals:
    void callStarted(ApiCall *call);
    void reachabilityChanged(bool reachable, const ApiError &error);

private:
    friend class ApiCall;
    void logAttempt(const ApiCall &call, int status, const QString &requestId, const ApiError &error,
                    qint64 durationMs);
    void noteReachability(const ApiError &error);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    std::shared_ptr<TokenProvider> m_tokens;
    QPointer<RequestLog> m_log;
    QString m_logSource;
    RetryPolicy m_retry;
    QString m_credentialVariable = QStringLiteral("INFRAI_API_KEY");
    int m_inFlight = 0;
    int m_reachable = -1; // -1 unknown
    bool m_refreshOnForbidden = false;
    std::shared_ptr<RequestBudget> m_budget;
};
