#include "queue/PushDispatcher.h"

#include "SandboxStore.h"
#include "queue/QueueService.h"
#include "queue/UrlSafety.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkReply>
#include <QPointer>

using namespace Qt::StringLiterals;

PushDispatcher::PushDispatcher(SandboxStore &store, QueueService &queues, QObject *parent)
    : QObject(parent), m_store(store), m_queues(queues)
{
    m_network.setAutoDeleteReplies(true);
    m_network.setTransferTimeout(10000);
    connect(&m_timer, &QTimer::timeout, this, &PushDispatcher::tick);
    m_timer.start(100);
}

void PushDispatcher::tick()
{
    QList<Subscription> subscriptions;
    try {
        QSqlQuery &rows = m_store.exec(u"SELECT id, account, queue, url, secret, dead_letter_queue, "
                                       u"max_retries, visibility_timeout FROM subscriptions"_s);
        while (rows.next())
            subscriptions.append({rows.value(0).toString(), rows.value(1).toString(), rows.value(2).toString(),
                                  rows.value(3).toString(), rows.value(4).toString(), rows.value(5).toString(),
                                  rows.value(6).toInt(), rows.value(7).toInt()});
        for (const Subscription &subscription : std::as_const(subscriptions)) {
            if (m_busy.value(subscription.id) > 0)
                continue;
            const std::optional<QueueService::QueueConfig> queue =
                m_queues.queue(subscription.account, subscription.queue);
            if (!queue)
                continue;
            m_store.begin();
            qint64 leaseUntil = 0;
            const QJsonArray messages =
                m_queues.consume(subscription.account, *queue, 10, subscription.visibility, &leaseUntil);
            m_store.commit();
            for (const QJsonValue &message : messages)
                deliver(subscription, message.toObject(), leaseUntil);
        }
    } catch (const StoreError &error) {
        m_store.rollback();
        qWarning("push: %s", error.what());
    }
}

void PushDispatcher::deliver(const Subscription &subscription, const QJsonObject &message, qint64 leaseUntil)
{
    m_busy[subscription.id] += 1;
    ++m_inFlight;
    const QString messageId = message.value(u"message_id"_s).toString();
    const QUrl url(subscription.url);
    // Re-check what the name resolves to now (DNS rebinding), then connect.
    QHostInfo::lookupHost(url.host(), this, [=, this](const QHostInfo &info) {
        const bool loopbackAllowed = m_allowLoopback && url.scheme() == u"http";
        bool safe = info.error() == QHostInfo::NoError && !info.addresses().isEmpty();
        for (const QHostAddress &address : info.addresses())
            if (UrlSafety::isForbiddenAddress(address) && !(loopbackAllowed && address.isLoopback()))
                safe = false;
        if (!safe)
            return settleDelivery(subscription, messageId, leaseUntil, false);
        // Connect to the address just vetted, not to the name: a second lookup could answer
        // differently (DNS rebinding). The name still goes in Host and in TLS (SNI, certificate).
        QUrl target = url;
        target.setHost(info.addresses().constFirst().toString());
        const QByteArray body = QJsonDocument(message).toJson(QJsonDocument::Compact);
        QNetworkRequest request(target);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader(
            "Host", url.port() < 0 ? url.host(QUrl::FullyEncoded).toUtf8()
                                   : (url.host(QUrl::FullyEncoded) + u':' + QString::number(url.port())).toUtf8());
        request.setPeerVerifyName(url.host());
        // A redirect would lead anywhere, unvetted: it counts as a failed delivery.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setRawHeader(
            "X-Infrai-Signature",
            "sha256=" + QMessageAuthenticationCode::hash(body, subscription.secret.toUtf8(), QCryptographicHash::Sha256)
                            .toHex());
        QNetworkReply *reply = m_network.post(request, body);
        // Only the status matters: read and drop the body, and give up on one that never ends.
        // A bounded read buffer: the network thread stops reading when it is full, so an
        // endless answer cannot run ahead of the check below on a busy machine.
        reply->setReadBufferSize(MaxResponseBytes);
        auto received = std::make_shared<qint64>(0);
        connect(reply, &QNetworkReply::readyRead, this, [reply, received] {
            *received += reply->skip(reply->bytesAvailable());
            if (*received > MaxResponseBytes)
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply, subscription, messageId, leaseUntil, received] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const bool complete = *received <= MaxResponseBytes && reply->error() == QNetworkReply::NoError;
            settleDelivery(subscription, messageId, leaseUntil, complete && status >= 200 && status < 300);
        });
    });
}

void PushDispatcher::settleDelivery(const Subscription &subscription, const QString &messageId, qint64 leaseUntil,
                                    bool delivered)
{
    m_busy[subscription.id] -= 1;
    --m_inFlight;
    try {
        const std::optional<QueueService::QueueConfig> queue = m_queues.queue(subscription.account, subscription.queue);
        if (!queue)
            return;
        // A failed attempt counts, and the next one waits the subscription's visibility timeout:
        // a failing endpoint must not burn through max_retries within seconds.
        const QueueService::Failure failure{.maxRetries = subscription.maxRetries,
                                            .deadLetterQueue = subscription.deadLetterQueue.isEmpty()
                                                                   ? queue->deadLetterQueue
                                                                   : subscription.deadLetterQueue,
                                            .retryDelayMs = qint64(subscription.visibility) * 1000};
        m_store.begin();
        m_queues.finishPush(subscription.account, *queue, messageId, leaseUntil, delivered, failure);
        m_store.commit();
    } catch (const StoreError &error) {
        m_store.rollback();
        qWarning("push: %s", error.what());
    }
}
