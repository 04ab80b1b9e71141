#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Typed records of the /v1/queue contract.
struct QueueRecord
{
    QString name, type, deadLetterQueue;
    int maxRetries = 5;
    int visibilityTimeoutDefault = 30;
    int messageRetentionDays = 4;
    bool enablePriority = false;
    QDateTime createdAt;
    bool isFifo() const { return type == QLatin1String("fifo"); }
    static std::optional<QueueRecord> fromJson(const QJsonObject &json);
};

struct QueueMessage
{
    QString id, queue, sourceQueue;
    QJsonObject payload;
    int priority = 0;
    int deliveryCount = 0;
    QDateTime publishedAt, visibleAt, deadLetteredAt;
    static std::optional<QueueMessage> fromJson(const QJsonObject &json, QString *problem = nullptr);
};

struct QueueStats
{
    QString queue;
    qint64 available = 0, inFlight = 0, dlq = 0;
    qint64 oldestAgeSeconds = -1; // -1: empty
    static std::optional<QueueStats> fromJson(const QJsonObject &json, QString *problem = nullptr);
};

struct PushSubscription
{
    QString id, queue, url;
    static std::optional<PushSubscription> fromJson(const QJsonObject &json);
};

// Options of queue.create / queue.update; unset optionals are not sent.
struct QueueSettings
{
    QString type;                           // create only
    std::optional<QString> deadLetterQueue; // empty string clears it on update
    std::optional<int> maxRetries, visibilityTimeoutDefault, messageRetentionDays;
    std::optional<bool> enablePriority;
};

struct OutgoingMessage
{
    QJsonObject payload;
    int delaySeconds = 0;
    std::optional<int> priority;
};

// Which dead letters a redrive moves: one, those since a time, or all; capped.
struct RedriveSelection
{
    QString messageId;
    QDateTime since;
    std::optional<int> maxMessages;
};
