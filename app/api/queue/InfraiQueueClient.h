#pragma once

#include "api/ApiTransport.h"
#include "api/db/DbTypes.h"
#include "api/queue/QueueTypes.h"

#include <functional>

// Typed calls for every /v1/queue capability over the shared transport, with cursor
// iteration for queue.list and dlq.list.
class InfraiQueueClient final
{
public:
    template <typename T>
    using Done = std::function<void(const T &value, const ApiError &error)>;
    struct Count
    {
        QString queue;
        qint64 count = 0;
    };
    struct Acknowledgement
    {
        QString messageId;
        bool done = false;
        bool requeued = false;
    };

    explicit InfraiQueueClient(ApiTransport *transport) : m_transport(transport) {}
    QUrl baseUrl() const { return m_transport->baseUrl(); }

    static ApiRequest getRequest(const QString &name);
    static ApiRequest createRequest(const QString &name, const QueueSettings &settings);
    static ApiRequest updateRequest(const QString &name, const QueueSettings &settings);
    static ApiRequest deleteRequest(const QString &name);
    static ApiRequest purgeRequest(const QString &name);
    static ApiRequest ackRequest(const QString &queue, const QString &messageId);
    static ApiRequest nackRequest(const QString &queue, const QString &messageId, bool requeue);
    static ApiRequest consumeRequest(const QString &queue, int maxMessages, std::optional<int> visibilityTimeout);
    static ApiRequest publishRequest(const QString &queue, const OutgoingMessage &message);
    static ApiRequest publishBatchRequest(const QString &queue, const QList<OutgoingMessage> &messages);
    static ApiRequest redriveRequest(const QString &queue, const RedriveSelection &selection);
    static ApiRequest pushSubscribeRequest(const QString &queue, const QUrl &url, const QString &secret,
                                           std::optional<int> maxRetries, std::optional<int> visibilityTimeout);

    ApiCall *create(const QString &name, const QueueSettings &settings, QObject *context, Done<QueueRecord> done);
    ApiCall *get(const QString &name, QObject *context, Done<QueueRecord> done);
    ApiCall *list(const QString &cursor, int limit, QObject *context, Done<Page<QueueRecord>> done);
    ApiCall *update(const QString &name, const QueueSettings &settings, QObject *context, Done<QueueRecord> done);
    ApiCall *remove(const QString &name, QObject *context, Done<bool> done);
    ApiCall *purge(const QString &name, QObject *context, Done<Count> done);
    ApiCall *stats(const QString &name, QObject *context, Done<QueueStats> done);
    ApiCall *publish(const QString &queue, const OutgoingMessage &message, QObject *context, Done<QString> done);
    ApiCall *publishBatch(const QString &queue, const QList<OutgoingMessage> &messages, QObject *context,
                          Done<QStringList> done);
    ApiCall *consume(const QString &queue, int maxMessages, std::optional<int> visibilityTimeout, QObject *context,
                     Done<QList<QueueMessage>> done);
    ApiCall *ack(const QString &queue, const QString &messageId, QObject *context, Done<Acknowledgement> done);
    ApiCall *nack(const QString &queue, const QString &messageId, bool requeue, QObject *context,
                  Done<Acknowledgement> done);
    ApiCall *dlqList(const QString &queue, const QString &cursor, int limit, QObject *context,
                     Done<Page<QueueMessage>> done);
    ApiCall *redrive(const ApiRequest &request, QObject *context, Done<Count> done);

    // Sending a request built above as it is: a retry re-sends it with the same key.
    ApiCall *sendQueue(const ApiRequest &request, QObject *context, Done<QueueRecord> done);
    ApiCall *sendDelete(const ApiRequest &request, QObject *context, Done<bool> done);
    ApiCall *sendPurge(const ApiRequest &request, QObject *context, Done<Count> done);
    ApiCall *sendPublish(const ApiRequest &request, QObject *context, Done<QString> done);
    ApiCall *sendPublishBatch(const ApiRequest &request, QObject *context, Done<QStringList> done);
    ApiCall *sendAck(const ApiRequest &request, QObject *context, Done<Acknowledgement> done);
    ApiCall *sendConsume(const ApiRequest &request, QObject *context, Done<QList<QueueMessage>> done);
    ApiCall *pushSubscribe(const ApiRequest &request, QObject *context, Done<PushSubscription> done);

    // Follows next_cursor until the end (or until `page` returns false); `finished` once.
    void forEachDlqPage(const QString &queue, int limit, QObject *context,
                        std::function<bool(const QList<QueueMessage> &)> page,
                        std::function<void(const ApiError &)> finished);
    // Resumable and unparsed: from `startCursor`, each page's answer as text with the cursor
    // after it, for a caller that parses pages off the GUI thread (a DLQ loaded whole).
    void forEachDlqAnswer(const QString &queue, int limit, const QString &startCursor, QObject *context,
                          std::function<bool(const QByteArray &answer, const QString &next)> page,
                          std::function<void(const ApiError &)> finished);
    // One page of dlq.list as text, unparsed.
    ApiCall *dlqListAnswer(const QString &queue, const QString &cursor, int limit, QObject *context,
                           std::function<void(const QByteArray &answer, const ApiError &error)> done);
    void forEachQueuePage(int limit, QObject *context, std::function<bool(const QList<QueueRecord> &)> page,
                          std::function<void(const ApiError &)> finished);

private:
    ApiCall *sendCount(const ApiRequest &request, const QString &field, QObject *context, Done<Count> done);

    ApiTransport *m_transport;
};
