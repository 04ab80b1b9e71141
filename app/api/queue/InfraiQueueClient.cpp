#include "api/queue/InfraiQueueClient.h"

#include "api/JsonFields.h"

#include "api/TypedCalls.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString segment(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

void putSettings(QJsonObject &body, const QueueSettings &settings)
{
    if (!settings.type.isEmpty())
        body.insert(u"type"_s, settings.type);
    if (settings.deadLetterQueue)
        body.insert(u"dead_letter_queue"_s, settings.deadLetterQueue->isEmpty()
                                                ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(*settings.deadLetterQueue));
    if (settings.maxRetries)
        body.insert(u"max_retries"_s, *settings.maxRetries);
    if (settings.visibilityTimeoutDefault)
        body.insert(u"visibility_timeout_default"_s, *settings.visibilityTimeoutDefault);
    if (settings.messageRetentionDays)
        body.insert(u"message_retention_days"_s, *settings.messageRetentionDays);
    if (settings.enablePriority)
        body.insert(u"enable_priority"_s, *settings.enablePriority);
}

QJsonObject messageBody(const OutgoingMessage &message)
{
    QJsonObject body{{u"payload"_s, message.payload}};
    if (message.delaySeconds > 0)
        body.insert(u"delay_seconds"_s, message.delaySeconds);
    if (message.priority)
        body.insert(u"priority"_s, *message.priority);
    return body;
}

ApiRequest named(ApiRequest request, const QString &capability)
{
    request.capability = capability;
    return request;
}

ApiRequest listRequest(const QString &path, const QString &cursor, int limit, const QString &capability)
{
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, cursor);
    if (limit > 0)
        query.addQueryItem(u"limit"_s, QString::number(limit));
    return named(ApiRequest::get(path, query), capability);
}

ApiRequest dlqListRequest(const QString &queue, const QString &cursor, int limit)
{
    return listRequest(u"/v1/queue/dlq/list/"_s + segment(queue), cursor, limit, u"queue.dlq.list"_s);
}

} // namespace

ApiRequest InfraiQueueClient::createRequest(const QString &name, const QueueSettings &settings)
{
    QJsonObject body{{u"name"_s, name}};
    putSettings(body, settings);
    return named(ApiRequest::mutating("POST", u"/v1/queue/create"_s, body), u"queue.create"_s);
}

ApiRequest InfraiQueueClient::updateRequest(const QString &name, const QueueSettings &settings)
{
    QJsonObject body;
    putSettings(body, settings);
    body.remove(u"type"_s);
    return named(ApiRequest::mutating("PATCH", u"/v1/queue/update/"_s + segment(name), body), u"queue.update"_s);
}

ApiRequest InfraiQueueClient::deleteRequest(const QString &name)
{
    return named(ApiRequest::mutating("DELETE", u"/v1/queue/delete/"_s + segment(name), {}, false), u"queue.delete"_s);
}

ApiRequest InfraiQueueClient::purgeRequest(const QString &name)
{
    return named(ApiRequest::mutating("POST", u"/v1/queue/purge/"_s + segment(name)), u"queue.purge"_s);
}

ApiRequest InfraiQueueClient::ackRequest(const QString &queue, const QString &messageId)
{
    return named(ApiRequest::mutating("POST", u"/v1/queue/ack"_s, {{u"queue"_s, queue}, {u"message_id"_s, messageId}}),
                 u"queue.ack"_s);
}

ApiRequest InfraiQueueClient::nackRequest(const QString &queue, const QString &messageId, bool requeue)
{
    return named(ApiRequest::mutating("POST", u"/v1/queue/nack"_s,
                                      {{u"queue"_s, queue}, {u"message_id"_s, messageId}, {u"requeue"_s, requeue}}),
                 u"queue.nack"_s);
}

ApiRequest InfraiQueueClient::publishRequest(const QString &queue, const OutgoingMessage &message)
{
    QJsonObject body = messageBody(message);
    body.insert(u"queue"_s, queue);
    return named(ApiRequest::mutating("POST", u"/v1/queue/publish"_s, body), u"queue.publish"_s);
}

ApiRequest InfraiQueueClient::publishBatchRequest(const QString &queue, const QList<OutgoingMessage> &messages)
{
    QJsonArray list;
    for (const OutgoingMessage &message : messages)
        list.append(messageBody(message));
    return named(
        ApiRequest::mutating("POST", u"/v1/queue/publish_batch"_s, {{u"queue"_s, queue}, {u"messages"_s, list}}),
        u"queue.publish_batch"_s);
}

ApiRequest InfraiQueueClient::redriveRequest(const QString &queue, const RedriveSelection &selection)
{
    QJsonObject body;
    if (!selection.messageId.isEmpty())
        body.insert(u"message_id"_s, selection.messageId);
    if (selection.since.isValid())
        body.insert(u"since"_s, selection.since.toUTC().toString(Qt::ISODateWithMs));
    if (selection.maxMessages)
        body.insert(u"max_messages"_s, *selection.maxMessages);
    return named(ApiRequest::mutating("POST", u"/v1/queue/dlq/redrive/"_s + segment(queue), body),
                 u"queue.dlq.redrive"_s);
}

ApiRequest InfraiQueueClient::pushSubscribeRequest(const QString &queue, const QUrl &url, const QString &secret,
                                                   std::optional<int> maxRetries, std::optional<int> visibilityTimeout)
{
    QJsonObject body{{u"url"_s, url.toString()}};
    if (!secret.isEmpty())
        body.insert(u"secret"_s, secret);
    if (maxRetries)
        body.insert(u"max_retries"_s, *maxRetries);
    if (visibilityTimeout)
        body.insert(u"visibility_timeout"_s, *visibilityTimeout);
    return named(ApiRequest::mutating("POST", u"/v1/queue/push_subscribe/"_s + segment(queue), body),
                 u"queue.push_subscribe"_s);
}

ApiCall *InfraiQueueClient::create(const QString &name, const QueueSettings &settings, QObject *context,
                                   Done<QueueRecord> done)
{
    return sendQueue(createRequest(name, settings), context, std::move(done));
}

ApiCall *InfraiQueueClient::sendQueue(const ApiRequest &request, QObject *context, Done<QueueRecord> done)
{
    return TypedCalls::record<QueueRecord>(m_transport, request, context, std::move(done));
}

ApiRequest InfraiQueueClient::getRequest(const QString &name)
{
    return named(ApiRequest::get(u"/v1/queue/get/"_s + segment(name)), u"queue.get"_s);
}

ApiCall *InfraiQueueClient::get(const QString &name, QObject *context, Done<QueueRecord> done)
{
    return TypedCalls::record<QueueRecord>(m_transport, getRequest(name), context, std::move(done));
}

ApiCall *InfraiQueueClient::list(const QString &cursor, int limit, QObject *context, Done<Page<QueueRecord>> done)
{
    return TypedCalls::page<QueueRecord>(m_transport, listRequest(u"/v1/queue/list"_s, cursor, limit, u"queue.list"_s),
                                         context, std::move(done));
}

ApiCall *InfraiQueueClient::update(const QString &name, const QueueSettings &settings, QObject *context,
                                   Done<QueueRecord> done)
{
    return sendQueue(updateRequest(name, settings), context, std::move(done));
}

ApiCall *InfraiQueueClient::remove(const QString &name, QObject *context, Done<bool> done)
{
    return sendDelete(deleteRequest(name), context, std::move(done));
}

ApiCall *InfraiQueueClient::sendDelete(const ApiRequest &request, QObject *context, Done<bool> done)
{
    return m_transport->send(request, context, [done](const ApiResult &result) {
        done(result.ok() && result.body.value(u"deleted"_s).toBool(), result.error);
    });
}

ApiCall *InfraiQueueClient::sendCount(const ApiRequest &request, const QString &field, QObject *context,
                                      Done<Count> done)
{
    return m_transport->send(request, context, [done, field](const ApiResult &result) {
        if (result.ok() && !result.body.value(field).isDouble())
            return done({}, ApiError::malformed(u"the answer lacks "_s + field));
        done({result.body.value(u"queue"_s).toString(), result.body.value(field).toInteger()}, result.error);
    });
}

ApiCall *InfraiQueueClient::purge(const QString &name, QObject *context, Done<Count> done)
{
    return sendPurge(purgeRequest(name), context, std::move(done));
}

ApiCall *InfraiQueueClient::sendPurge(const ApiRequest &request, QObject *context, Done<Count> done)
{
    return sendCount(request, u"purged"_s, context, std::move(done));
}

ApiCall *InfraiQueueClient::stats(const QString &name, QObject *context, Done<QueueStats> done)
{
    return TypedCalls::record<QueueStats>(
        m_transport, named(ApiRequest::get(u"/v1/queue/stats/"_s + segment(name)), u"queue.stats"_s), context,
        std::move(done));
}

ApiCall *InfraiQueueClient::publish(const QString &queue, const OutgoingMessage &message, QObject *context,
                                    Done<QString> done)
{
    return sendPublish(publishRequest(queue, message), context, std::move(done));
}

ApiCall *InfraiQueueClient::sendPublish(const ApiRequest &request, QObject *context, Done<QString> done)
{
    return m_transport->send(request, context, [done](const ApiResult &result) {
        const QString id = result.body.value(u"message_id"_s).toString();
        if (result.ok() && id.isEmpty())
            return done({}, ApiError::malformed(u"the answer lacks message_id"_s));
        done(id, result.error);
    });
}

ApiCall *InfraiQueueClient::publishBatch(const QString &queue, const QList<OutgoingMessage> &messages, QObject *context,
                                         Done<QStringList> done)
{
    return sendPublishBatch(publishBatchRequest(queue, messages), context, std::move(done));
}

ApiCall *InfraiQueueClient::sendPublishBatch(const ApiRequest &request, QObject *context, Done<QStringList> done)
{
    return m_transport->send(request, context, [done](const ApiResult &result) {
        QStringList ids;
        for (const QJsonValue &id : result.body.value(u"message_ids"_s).toArray())
            ids << id.toString();
        done(ids, result.error);
    });
}

ApiRequest InfraiQueueClient::consumeRequest(const QString &queue, int maxMessages,
                                             std::optional<int> visibilityTimeout)
{
    QJsonObject body{{u"queue"_s, queue}, {u"max_messages"_s, maxMessages}};
    if (visibilityTimeout)
        body.insert(u"visibility_timeout"_s, *visibilityTimeout);
    // Leasing is not idempotent by nature; the key only guards against a duplicate of this
    // very call (a retry gets the same leases back instead of leasing more).
    return named(ApiRequest::mutating("POST", u"/v1/queue/consume"_s, body), u"queue.consume"_s);
}

ApiCall *InfraiQueueClient::consume(const QString &queue, int maxMessages, std::optional<int> visibilityTimeout,
                                    QObject *context, Done<QList<QueueMessage>> done)
{
    return sendConsume(consumeRequest(queue, maxMessages, visibilityTimeout), context, std::move(done));
}

ApiCall *InfraiQueueClient::sendConsume(const ApiRequest &request, QObject *context, Done<QList<QueueMessage>> done)
{
    return m_transport->send(request, context, [done](const ApiResult &result) {
        if (!result.ok())
            return done({}, result.error);
        JsonFields fields(result.body);
        const QJsonArray items = fields.array(u"messages"_s);
        if (!fields.ok())
            return done({}, ApiError::unexpectedShape(fields.problem()));
        QList<QueueMessage> messages;
        for (const QJsonValue &item : items) {
            QString problem;
            const std::optional<QueueMessage> message = QueueMessage::fromJson(item.toObject(), &problem);
            if (!message)
                return done({}, ApiError::unexpectedShape(u"a message: "_s + problem));
            messages.append(*message);
        }
        done(messages, result.error);
    });
}

ApiCall *InfraiQueueClient::sendAck(const ApiRequest &request, QObject *context, Done<Acknowledgement> done)
{
    return m_transport->send(request, context, [done](const ApiResult &result) {
        const QJsonObject &b = result.body;
        done({b.value(u"message_id"_s).toString(), b.value(u"acked"_s).toBool(b.value(u"nacked"_s).toBool()),
              b.value(u"requeued"_s).toBool()},
             result.error);
    });
}

ApiCall *InfraiQueueClient::ack(const QString &queue, const QString &messageId, QObject *context,
                                Done<Acknowledgement> done)
{
    return sendAck(ackRequest(queue, messageId), context, std::move(done));
}

ApiCall *InfraiQueueClient::nack(const QString &queue, const QString &messageId, bool requeue, QObject *context,
                                 Done<Acknowledgement> done)
{
    return sendAck(nackRequest(queue, messageId, requeue), context, std::move(done));
}

ApiCall *InfraiQueueClient::dlqList(const QString &queue, const QString &cursor, int limit, QObject *context,
                                    Done<Page<QueueMessage>> done)
{
    return TypedCalls::page<QueueMessage>(m_transport, dlqListRequest(queue, cursor, limit), context, std::move(done));
}

ApiCall *InfraiQueueClient::redrive(const ApiRequest &request, QObject *context, Done<Count> done)
{
    return sendCount(request, u"redriven"_s, context, std::move(done));
}

ApiCall *InfraiQueueClient::pushSubscribe(const ApiRequest &request, QObject *context, Done<PushSubscription> done)
{
    return TypedCalls::record<PushSubscription>(m_transport, request, context, std::move(done));
}

void InfraiQueueClient::forEachDlqPage(const QString &queue, int limit, QObject *context,
                                       std::function<bool(const QList<QueueMessage> &)> page,
                                       std::function<void(const ApiError &)> finished)
{
    TypedCalls::followCursor<QueueMessage>(
        m_transport, [queue, limit](const QString &cursor) { return dlqListRequest(queue, cursor, limit); }, context,
        std::move(page), std::move(finished));
}

void InfraiQueueClient::forEachDlqAnswer(const QString &queue, int limit, const QString &startCursor, QObject *context,
                                         std::function<bool(const QByteArray &, const QString &)> page,
                                         std::function<void(const ApiError &)> finished)
{
    TypedCalls::followPages(
        m_transport, [queue, limit](const QString &cursor) { return dlqListRequest(queue, cursor, limit); },
        startCursor, true, context,
        [page](const ApiResult &answer, const QString &next, bool *more) {
            *more = page(answer.raw, next);
            return ApiError();
        },
        std::move(finished));
}

ApiCall *InfraiQueueClient::dlqListAnswer(const QString &queue, const QString &cursor, int limit, QObject *context,
                                          std::function<void(const QByteArray &, const ApiError &)> done)
{
    ApiRequest request = dlqListRequest(queue, cursor, limit);
    request.rawAnswer = true;
    return m_transport->send(request, context, [done](const ApiResult &answer) { done(answer.raw, answer.error); });
}

void InfraiQueueClient::forEachQueuePage(int limit, QObject *context,
                                         std::function<bool(const QList<QueueRecord> &)> page,
                                         std::function<void(const ApiError &)> finished)
{
    TypedCalls::followCursor<QueueRecord>(
        m_transport,
        [limit](const QString &cursor) { return listRequest(u"/v1/queue/list"_s, cursor, limit, u"queue.list"_s); },
        context, std::move(page), std::move(finished));
}
