#pragma once

#include "Router.h"

#include <QSqlQuery>

class SandboxClock;
class SandboxStore;

// /v1/queue: a durable queue with visibility-timeout leases, retries, dead-lettering,
// redrive, FIFO, priority, delays and retention. Time-based rules are applied lazily,
// whenever a queue is looked at, on the sandbox clock.
class QueueService final
{
public:
    QueueService(SandboxStore &store, const SandboxClock &clock);
    void registerRoutes(Router &router);

    struct QueueConfig
    {
        QString name, type, deadLetterQueue;
        int maxRetries = 5;
        int visibilityTimeout = 30;
        int retentionDays = 4;
        bool enablePriority = false;
    };
    std::optional<QueueConfig> queue(const QString &account, const QString &name);
    // Expires leases (counting failures, dead-lettering past max_retries) and retention.
    void settle(const QString &account, const QueueConfig &queue);
    // Leases up to `max` messages; `visibility` in seconds.
    QJsonArray consume(const QString &account, const QueueConfig &queue, int max, int visibility);
    bool ack(const QString &account, const QString &queue, const QString &messageId);
    // A failed delivery: requeue, or dead-letter when failures pass maxRetries (or at once).
    void fail(const QString &account, const QueueConfig &queue, const QString &messageId, bool requeue, int maxRetries,
              const QString &deadLetterQueue, bool *deadLettered);
    QString publish(const QString &account, const QString &queue, const QJsonObject &payload, qint64 delayMs,
                    int priority, qint64 publishedAt = -1);
    void createQueue(const QString &account, const QueueConfig &config);
    // Demo data: a message that already failed `deliveries` times and was dead-lettered at `deadAt`.
    void insertDeadLettered(const QString &account, const QueueConfig &source, const QJsonObject &payload,
                            qint64 publishedAt, qint64 deadAt, int deliveries);

private:
    SandboxResponse createQueueRoute(RouteContext &ctx);
    SandboxResponse getQueue(RouteContext &ctx);
    SandboxResponse listQueues(RouteContext &ctx);
    SandboxResponse updateQueue(RouteContext &ctx);
    SandboxResponse deleteQueue(RouteContext &ctx);
    SandboxResponse purge(RouteContext &ctx);
    SandboxResponse stats(RouteContext &ctx);
    SandboxResponse publishRoute(RouteContext &ctx);
    SandboxResponse publishBatch(RouteContext &ctx);
    SandboxResponse consumeRoute(RouteContext &ctx);
    SandboxResponse ackRoute(RouteContext &ctx);
    SandboxResponse nackRoute(RouteContext &ctx);
    SandboxResponse dlqList(RouteContext &ctx);
    SandboxResponse redrive(RouteContext &ctx);
    SandboxResponse pushSubscribe(RouteContext &ctx);

    QJsonObject queueJson(const QString &account, const QString &name);
    QJsonObject messageJson(const QSqlQuery &row) const;
    void deadLetter(qint64 seq, const QString &sourceQueue, const QString &deadLetterQueue);
    std::optional<SandboxResponse> requireQueue(RouteContext &ctx, const QString &name, QueueConfig &out);

public:
    bool allowLoopbackPush = false;

private:
    SandboxStore &m_store;
    const SandboxClock &m_clock;
    qint64 m_lastDeadSeq = -1;
};
