#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

// Everything that can go wrong with a call, typed, with an operator-readable message.
class ApiError final
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Validation,         // 400 / 422
        Unauthorized,       // 401, or no key stored
        InsufficientCredit, // 402
        Forbidden,          // 403
        NotFound,           // 404
        Conflict,           // 409
        RateLimited,        // 429
        Server,             // 5xx
        OtherHttp,          // any other non-2xx
        Timeout,
        ConnectionRefused,
        HostNotFound,
        ConnectionDropped,
        Tls,
        Network,
        MalformedResponse,
        Cancelled,
        MissingCredentials,
        ResourceFailed,  // the call succeeded, the resource it made then failed
        OperationFailed, // a long-running operation ended in an error (Lakebase)
    };

    ApiError() = default;
    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter);
    static ApiError fromNetwork(QNetworkReply::NetworkError error, const QString &detail, const QString &host);
    static ApiError timeout(int timeoutMs);
    static ApiError malformed(const QString &detail);
    // Valid JSON, but a field is missing or of the wrong type (`detail` names it).
    static ApiError unexpectedShape(const QString &detail);
    static ApiError cancelled();
    // A few words for what went wrong ("host not found", "timeout"), for lists and logs.
    static QString kindText(Kind kind);
    static ApiError missingCredentials();
    // A resource that was provisioning ended in `failed`; `reason` is the server's, if any.
    static ApiError resourceFailed(const QString &reason);
    // A long-running operation ended with `error { error_code, message }`.
    static ApiError operationFailed(const QString &code, const QString &message);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_status; }
    QString code() const { return m_code; }
    QString serverMessage() const { return m_serverMessage; }
    QString requestId() const { return m_requestId; }
    QString field() const { return m_field; }
    int retryAfterSeconds() const { return m_retryAfter; }
    QNetworkReply::NetworkError networkError() const { return m_networkError; }
    // Worth trying again when the call is safe to repeat.
    bool isTransient() const;

    // One sentence for the operator, in the current UI language.
    QString message() const;
    // Everything known, for "Copy error" and bug reports.
    QString details() const;

    void setRequestId(const QString &id) { m_requestId = id; }
    // The call that failed, as "GET /v1/db/project/list" (no query, no host), for lists of
    // failing calls.
    QString call() const { return m_call; }
    void setCall(const QString &call) { m_call = call; }

private:
    Kind m_kind = Kind::None;
    int m_status = 0;
    QString m_code;
    QString m_serverMessage;
    QString m_requestId;
    QString m_call;
    QString m_field;
    QString m_host;
    int m_retryAfter = -1;
    int m_timeoutMs = 0;
    bool m_shape = false; // MalformedResponse: valid JSON of an unexpected shape
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
};

// Parses Retry-After: delta seconds or an HTTP date; -1 when absent or unreadable.
int parseRetryAfter(const QByteArray &value);
