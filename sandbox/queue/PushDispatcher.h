#pragma once

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

class QueueService;
class SandboxStore;

// Delivers queue messages to push subscriptions: POST with an X-Infrai-Signature HMAC,
// 2xx acks, anything else (or a timeout, or a target that now resolves to a forbidden
// address) counts as a failed delivery: the message waits the subscription's visibility
// timeout before the next attempt, and max_retries sends it to the dead-letter queue.
class PushDispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PushDispatcher)

public:
    // A receiver's answer body is read and dropped; beyond this the delivery is abandoned.
    static constexpr qint64 MaxResponseBytes = 64 * 1024;

    PushDispatcher(SandboxStore &store, QueueService &queues, QObject *parent = nullptr);
    void setAllowLoopback(bool allow) { m_allowLoopback = allow; }
    int deliveriesInFlight() const { return m_inFlight; }

private:
    struct Subscription
    {
        QString id, account, queue, url, secret, deadLetterQueue;
        int maxRetries = 5;
        int visibility = 30;
    };
    void tick();
    // leaseUntil: the lease the consume took, so a late answer cannot settle a later lease.
    void deliver(const Subscription &subscription, const QJsonObject &message, qint64 leaseUntil);
    void settleDelivery(const Subscription &subscription, const QString &messageId, qint64 leaseUntil, bool delivered);

    SandboxStore &m_store;
    QueueService &m_queues;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QHash<QString, int> m_busy; // deliveries in flight per subscription
    int m_inFlight = 0;
    bool m_allowLoopback = false;
};
