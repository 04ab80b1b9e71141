#pragma once

#include <QHash>

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
    // Leases up to `max` messages; `visibility` in seconds. `leaseUntil` receives when their lease
    // ends (sandbox ms): it tells this lease from a later one of the same message.
    QJsonArray consume(const QString &account, const QueueConfig &queue, int max, int visibility,
                       qint64 *leaseUntil = nullptr);
    bool ack(const QString &account, const QString &queue, const QString &messageId);

    struct Failure
    {
        bool requeue = true;
        int maxRetries = 5;
        QString deadLetterQueue;
        qint64 retryDelayMs = 0; // how long a requeued message stays invisible
    };
    // A failed delivery: requeue, or dead-letter when failures pass maxRetries (or at once).
    // Returns true when the message was dead-lettered.
    bool fail(const QString &account, const QueueConfig &queue, const QString &messageId, const Failure &failure);
    // Settles a push delivery made under the lease ending at leaseUntil. A lease that ran out
    // meanwhile was already counted as a failure; another consumer's lease is left alone.
    void finishPush(const QString &account, const QueueConfig &queue, const QString &messageId, qint64 leaseUntil,
                    bool delivered, const Failure &failure);
    QString publish(const QString &account, const QString &queue, const QJsonObject &payload, qint64 delayMs,
                    int priority, qint64 publishedAt = -1);
    void createQueue(const QString &account, const QueueConfig &config);
    // Demo data: a message that already failed `deliveries` times and was dead-lettered at `deadAt`.
    void insertDeadLettered(const QString &account, const QueueConfig &source, const QJsonObject &payload,
                            qint64 publishedAt, qint64 deadAt, int deliveries);
    // How many times one message was moved back by a redrive of its id (tests: exactly once).
    int redriveMoves(const QString &messageId) const { return m_redriveMoves.value(messageId); }

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
    bool countFailure(qint64 seq, int failures, const QString &sourceQueue, const Failure &failure);
    // 404 unless the message is in (or was dead-lettered from) the queue; 409 unless its lease still runs.
    std::optional<SandboxResponse> requireLiveLease(const QString &account, const QueueConfig &config,
                                                    const QString &messageId);
    std::optional<SandboxResponse> requireQueue(RouteContext &ctx, const QString &name, QueueConfig &out);

public:
    bool allowLoopbackPush = false;

private:
    SandboxStore &m_store;
    const SandboxClock &m_clock;
    qint64 m_lastDeadSeq = -1;
    QHash<QString, int> m_redriveMoves;
};
