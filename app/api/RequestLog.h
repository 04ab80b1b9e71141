#pragma once

#include "api/ApiError.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <deque>

// What was sent and how it went, for the request-log dock. Holds no secrets: paths are
// redacted on the way in and bodies are not kept except as a redacted curl command.
struct RequestLogEntry
{
    QDateTime startedAt;
    QByteArray method;
    QString url; // redacted
    int status = 0;
    qint64 durationMs = 0;
    QString requestId;
    QString outcome;                               // error code or network failure, empty on success
    ApiError::Kind failure = ApiError::Kind::None; // what went wrong, shown in words
    int attempt = 1;
    QString curl;
    bool polling = false; // sent by a poller, not asked for by the user (ApiRequest::polling)
    QString source;       // the connection profile that sent it (shared text, not a copy per entry)

    // Roughly what the entry holds in memory, for the log's byte budget.
    qsizetype approximateBytes() const;
};

class RequestLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLog)

public:
    // Keeps the newest entries within both limits: an entry count and a byte budget (a
    // "copy as curl" with a large body can be big).
    explicit RequestLog(QObject *parent = nullptr, int capacity = 2000, qsizetype byteBudget = 8 << 20);

    void append(RequestLogEntry entry);
    int size() const { return int(m_entries.size()); }
    const RequestLogEntry &at(int index) const { return m_entries.at(size_t(index)); }
    void clear();
    qsizetype bytes() const { return m_bytes; }

    // Replaces the values of query items and JSON fields that hold secrets.
    static QString redactUrl(const QUrl &url);
    // A URL that may itself be a credential (a webhook target with a token in its path or
    // query) reduced to its origin: "https://hooks.example.com/…".
    static QString redactCapabilityUrl(const QString &url);
    static bool isSecretField(const QString &name);

signals:
    // Each change is announced before and after, as item models need it.
    void aboutToDropOldest(int count);
    void droppedOldest();
    void aboutToAppend();
    void appended();
    void aboutToClear();
    void cleared();

private:
    std::deque<RequestLogEntry> m_entries;
    int m_capacity;
    qsizetype m_byteBudget;
    qsizetype m_bytes = 0;
};
