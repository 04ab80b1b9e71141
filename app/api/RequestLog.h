#pragma once

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
    QString outcome; // error code or network failure, empty on success
    int attempt = 1;
    QString curl;
};

class RequestLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLog)

public:
    explicit RequestLog(QObject *parent = nullptr, int capacity = 2000);

    void append(RequestLogEntry entry);
    int size() const { return int(m_entries.size()); }
    const RequestLogEntry &at(int index) const { return m_entries.at(size_t(index)); }
    void clear();

    // Replaces the values of query items and JSON fields that hold secrets.
    static QString redactUrl(const QUrl &url);
    static bool isSecretField(const QString &name);

signals:
    void aboutToDropOldest();
    void appended();
    void cleared();

private:
    std::deque<RequestLogEntry> m_entries;
    int m_capacity;
};
