#include "queue/QueueService.h"

#include "BodyReader.h"
#include "SandboxClock.h"
#include "SandboxStore.h"
#include "queue/UrlSafety.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const QString MessageColumns = u"seq, id, queue, payload, priority, delivery_count, published_at, visible_at, "
                               u"lease_until, dead_lettered_at, source_queue"_s;

bool validQueueName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._-]{1,80}$"_s);
    return pattern.match(name).hasMatch();
}

SandboxResponse queueNotFound(const QString &name, const QString &field = {})
{
    return SandboxResponse::error(404, u"NOT_FOUND"_s, u"queue "_s + name + u" not found"_s, field);
}

} // namespace

QueueService::QueueService(SandboxStore &store, const SandboxClock &clock) : m_store(store), m_clock(clock)
{
}

void QueueService::registerRoutes(Router &router)
{
    auto add = [&](const QByteArray &verb, const QString &path, const QString &capability,
                   SandboxResponse (QueueService::*method)(RouteContext &)) {
        router.add(verb, path, capability, [this, method](RouteContext &ctx) { return (this->*method)(ctx); });
    };
    add("POST", u"/v1/queue/create"_s, u"queue.create"_s, &QueueService::createQueueRoute);
    add("GET", u"/v1/queue/get/{queue}"_s, u"queue.get"_s, &QueueService::getQueue);
    add("GET", u"/v1/queue/list"_s, u"queue.list"_s, &QueueService::listQueues);
    add("PATCH", u"/v1/queue/update/{queue}"_s, u"queue.update"_s, &QueueService::updateQueue);
    add("DELETE", u"/v1/queue/delete/{queue}"_s, u"queue.delete"_s, &QueueService::deleteQueue);
    add("POST", u"/v1/queue/purge/{queue}"_s, u"queue.purge"_s, &QueueService::purge);
    add("GET", u"/v1/queue/stats/{queue}"_s, u"queue.stats"_s, &QueueService::stats);
    add("POST", u"/v1/queue/publish"_s, u"queue.publish"_s, &QueueService::publishRoute);
    add("POST", u"/v1/queue/publish_batch"_s, u"queue.publish_batch"_s, &QueueService::publishBatch);
    add("POST", u"/v1/queue/consume"_s, u"queue.consume"_s, &QueueService::consumeRoute);
    add("POST", u"/v1/queue/ack"_s, u"queue.ack"_s, &QueueService::ackRoute);
    add("POST", u"/v1/queue/nack"_s, u"queue.nack"_s, &QueueService::nackRoute);
    add("GET", u"/v1/queue/dlq/list/{queue}"_s, u"queue.dlq.list"_s, &QueueService::dlqList);
    add("POST", u"/v1/queue/dlq/redrive/{queue}"_s, u"queue.dlq.redrive"_s, &QueueService::redrive);
    add("POST", u"/v1/queue/push_subscribe/{queue}"_s, u"queue.push_subscribe"_s, &QueueService::pushSubscribe);
}

std::optional<QueueService::QueueConfig> QueueService::queue(const QString &account, const QString &name)
{
    QSqlQuery &row =
        m_store.exec(u"SELECT name, type, dead_letter_queue, max_retries, visibility_timeout, retention_days, "
                     u"enable_priority FROM queues WHERE account = ? AND name = ?"_s,
                     {account, name});
    if (!row.next())
        return std::nullopt;
    return QueueConfig{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(), row.value(3).toInt(),
                       row.value(4).toInt(),    row.value(5).toInt(),    row.value(6).toBool()};
}

std::optional<SandboxResponse> QueueService::requireQueue(RouteContext &ctx, const QString &name, QueueConfig &out)
{
    const std::optional<QueueConfig> found = queue(ctx.account, name);
    if (!found)
        return queueNotFound(name, ctx.params.contains(u"queue"_s) ? QString() : u"queue"_s);
    out = *found;
    return std::nullopt;
}

QJsonObject QueueService::queueJson(const QString &account, const QString &name)
{
    QSqlQuery &row =
        m_store.exec(u"SELECT name, type, dead_letter_queue, max_retries, visibility_timeout, retention_days, "
                     u"enable_priority, created_at FROM queues WHERE account = ? AND name = ?"_s,
                     {account, name});
    if (!row.next())
        return {};
    QJsonObject json{{u"queue"_s, row.value(0).toString()},
                     {u"type"_s, row.value(1).toString()},
                     {u"max_retries"_s, row.value(3).toInt()},
                     {u"visibility_timeout_default"_s, row.value(4).toInt()},
                     {u"message_retention_days"_s, row.value(5).toInt()},
                     {u"enable_priority"_s, row.value(6).toBool()},
                     {u"created_at"_s, SandboxClock::toRfc3339(row.value(7).toLongLong())}};
    json.insert(u"dead_letter_queue"_s,
                row.value(2).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.value(2).toString()));
    return json;
}

QJsonObject QueueService::messageJson(const QSqlQuery &row) const
{
    QJsonObject json{{u"message_id"_s, row.value(1).toString()},
                     {u"payload"_s, QJsonDocument::fromJson(row.value(3).toByteArray()).object()},
                     {u"priority"_s, row.value(4).toInt()},
                     {u"delivery_count"_s, row.value(5).toInt()},
                     {u"published_at"_s, SandboxClock::toRfc3339(row.value(6).toLongLong())}};
    json.insert(u"queue"_s, row.value(2).isNull() ? row.value(10).toString() : row.value(2).toString());
    const qint64 visibleAt = row.value(8).isNull() ? row.value(7).toLongLong() : row.value(8).toLongLong();
    json.insert(u"visible_at"_s, SandboxClock::toRfc3339(visibleAt));
    if (!row.value(9).isNull()) {
        json.insert(u"dead_lettered_at"_s, SandboxClock::toRfc3339(row.value(9).toLongLong()));
        json.insert(u"source_queue"_s, row.value(10).toString());
    }
    return json;
}

void QueueService::createQueue(const QString &account, const QueueConfig &config)
{
    m_store.exec(u"INSERT INTO queues(account, name, type, dead_letter_queue, max_retries, "
                 u"visibility_timeout, retention_days, enable_priority, created_at) "
                 u"VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                 {account, config.name, config.type,
                  config.deadLetterQueue.isEmpty() ? QVariant() : QVariant(config.deadLetterQueue), config.maxRetries,
                  config.visibilityTimeout, config.retentionDays, int(config.enablePriority), m_clock.nowMs()});
}

void QueueService::insertDeadLettered(const QString &account, const QueueConfig &source, const QJsonObject &payload,
                                      qint64 publishedAt, qint64 deadAt, int deliveries)
{
    const QString id = publish(account, source.name, payload, 0, 0, publishedAt);
    const qint64 seq = m_store.scalar(u"SELECT seq FROM messages WHERE id = ?"_s, {id}).toLongLong();
    deadLetter(seq, source.name, source.deadLetterQueue);
    m_store.exec(u"UPDATE messages SET dead_lettered_at = ?, delivery_count = ?, visible_at = ? WHERE seq = ?"_s,
                 {deadAt, deliveries, deadAt, seq});
}

SandboxResponse QueueService::createQueueRoute(RouteContext &ctx)
{
    BodyReader body(ctx.body);
    QueueConfig config;
    config.name = body.string(u"name"_s, true, 80);
    config.type = body.choice(u"type"_s, {u"standard"_s, u"fifo"_s});
    config.deadLetterQueue = body.string(u"dead_letter_queue"_s, false, 80);
    config.maxRetries = int(body.integer(u"max_retries"_s, 0, 100, 5));
    config.retentionDays = int(body.integer(u"message_retention_days"_s, 1, 14, 4));
    config.visibilityTimeout = int(body.integer(u"visibility_timeout_default"_s, 0, 43200, 30));
    config.enablePriority = body.boolean(u"enable_priority"_s, false);
    if (body.ok() && !validQueueName(config.name))
        body.fail(u"name"_s, u"name must be 1-80 letters, digits, '-', '_' or '.'"_s);
    if (!body.ok())
        return body.errorResponse();
    if (config.type.isEmpty())
        config.type = u"standard"_s;
    if (queue(ctx.account, config.name))
        return SandboxResponse::error(409, u"CONFLICT"_s, u"a queue with this name exists"_s, u"name"_s);
    if (!config.deadLetterQueue.isEmpty()) {
        if (config.deadLetterQueue == config.name)
            return SandboxResponse::error(400, u"VALIDATION_FAILED"_s, u"a queue cannot be its own dead-letter queue"_s,
                                          u"dead_letter_queue"_s);
        if (!queue(ctx.account, config.deadLetterQueue))
            return SandboxResponse::error(400, u"VALIDATION_FAILED"_s,
                                          u"dead_letter_queue must name an existing queue"_s, u"dead_letter_queue"_s);
    }
    createQueue(ctx.account, config);
    return SandboxResponse::json(200, queueJson(ctx.account, config.name));
}

SandboxResponse QueueService::getQueue(RouteContext &ctx)
{
    const QJsonObject json = queueJson(ctx.account, ctx.params.value(u"queue"_s));
    return json.isEmpty() ? queueNotFound(ctx.params.value(u"queue"_s)) : SandboxResponse::json(200, json);
}

SandboxResponse QueueService::listQueues(RouteContext &ctx)
{
    Pagination::Page paging;
    if (auto error = Pagination::read(ctx.request.query, paging))
        return *error;
    QSqlQuery &rows = m_store.exec(u"SELECT seq, name FROM queues WHERE account = ? AND seq > ? "
                                   u"ORDER BY seq LIMIT ?"_s,
                                   {ctx.account, paging.afterSeq, paging.limit + 1});
    return Pagination::respond(rows, paging, 0, [this, &ctx](const QSqlQuery &row) {
        return queueJson(ctx.account, row.value(1).toString());
    });
}

SandboxResponse QueueService::updateQueue(RouteContext &ctx)
{
    const QString name = ctx.params.value(u"queue"_s);
    QueueConfig config;
    if (auto missing = requireQueue(ctx, name, config))
        return *missing;
    BodyReader body(ctx.body);
    if (body.has(u"dead_letter_queue"_s))
        config.deadLetterQueue = body.string(u"dead_letter_queue"_s, false, 80);
    else if (ctx.body.contains(u"dead_letter_queue"_s))
        config.deadLetterQueue.clear(); // explicit null removes the DLQ
    config.maxRetries = int(body.integer(u"max_retries"_s, 0, 100, config.maxRetries));
    config.retentionDays = int(body.integer(u"message_retention_days"_s, 1, 14, config.retentionDays));
    config.visibilityTimeout = int(body.integer(u"visibility_timeout_default"_s, 0, 43200, config.visibilityTimeout));
    config.enablePriority = body.boolean(u"enable_priority"_s, config.enablePriority);
    if (!body.ok())
        return body.errorResponse();
    if (!config.deadLetterQueue.isEmpty() &&
        (config.deadLetterQueue == name || !queue(ctx.account, config.deadLetterQueue)))
        return SandboxResponse::error(400, u"VALIDATION_FAILED"_s,
                                      u"dead_letter_queue must name another existing queue"_s, u"dead_letter_queue"_s);
    m_store.exec(u"UPDATE queues SET dead_letter_queue = ?, max_retries = ?, retention_days = ?, "
                 u"visibility_timeout = ?, enable_priority = ? WHERE account = ? AND name = ?"_s,
                 {config.deadLetterQueue.isEmpty() ? QVariant() : QVariant(config.deadLetterQueue), config.maxRetries,
                  config.retentionDays, config.visibilityTimeout, int(config.enablePriority), ctx.account, name});
    return SandboxResponse::json(200, queueJson(ctx.account, name));
}

SandboxResponse QueueService::deleteQueue(RouteContext &ctx)
{
    const QString name = ctx.params.value(u"queue"_s);
    const bool existed = queue(ctx.account, name).has_value();
    if (existed) {
        const QVariant user = m_store.scalar(
            u"SELECT name FROM queues WHERE account = ? AND dead_letter_queue = ? LIMIT 1"_s, {ctx.account, name});
        if (user.isValid())
            return SandboxResponse::error(409, u"CONFLICT"_s,
                                          u"queue is the dead-letter queue of "_s + user.toString());
        m_store.exec(
            u"DELETE FROM messages WHERE account = ? AND (queue = ? OR (queue IS NULL AND source_queue = ?))"_s,
            {ctx.account, name, name});
        m_store.exec(u"DELETE FROM subscriptions WHERE account = ? AND queue = ?"_s, {ctx.account, name});
        m_store.exec(u"DELETE FROM queues WHERE account = ? AND name = ?"_s, {ctx.account, name});
    }
    return SandboxResponse::json(200, {{u"queue"_s, name}, {u"deleted"_s, true}});
}

SandboxResponse QueueService::purge(RouteContext &ctx)
{
    const QString name = ctx.params.value(u"queue"_s);
    QueueConfig config;
    if (auto missing = requireQueue(ctx, name, config))
        return *missing;
    const int purged =
        m_store.exec(u"DELETE FROM messages WHERE account = ? AND queue = ?"_s, {ctx.account, name}).numRowsAffected();
    return SandboxResponse::json(200, {{u"queue"_s, name}, {u"purged"_s, purged}});
}

void QueueService::settle(const QString &account, const QueueConfig &config)
{
    const qint64 now = m_clock.nowMs();
    m_store.exec(u"DELETE FROM messages WHERE account = ? AND queue = ? AND published_at < ?"_s,
                 {account, config.name, now - qint64(config.retentionDays) * 86400000});
    QSqlQuery &expired = m_store.exec(u"SELECT seq, failures FROM messages WHERE account = ? AND queue = ? "
                                      u"AND lease_until IS NOT NULL AND lease_until <= ?"_s,
                                      {account, config.name, now});
    QList<QPair<qint64, int>> leases;
    while (expired.next())
        leases.append({expired.value(0).toLongLong(), expired.value(1).toInt()});
    // A lease that ran out is a failed delivery, available again at once.
    const Failure expiry{.maxRetries = config.maxRetries, .deadLetterQueue = config.deadLetterQueue};
    for (const auto &[seq, failures] : leases)
        countFailure(seq, failures, config.name, expiry);
}

bool QueueService::countFailure(qint64 seq, int failures, const QString &sourceQueue, const Failure &failure)
{
    if (!failure.requeue || failures + 1 > failure.maxRetries) {
        deadLetter(seq, sourceQueue, failure.deadLetterQueue);
        return true;
    }
    m_store.exec(u"UPDATE messages SET lease_until = NULL, failures = failures + 1, visible_at = ? WHERE seq = ?"_s,
                 {m_clock.nowMs() + failure.retryDelayMs, seq});
    return false;
}

void QueueService::deadLetter(qint64 seq, const QString &sourceQueue, const QString &deadLetterQueue)
{
    const qint64 now = m_clock.nowMs();
    if (m_lastDeadSeq < 0) // once per run; afterwards the counter lives in memory
        m_lastDeadSeq = m_store.scalar(u"SELECT COALESCE(MAX(dead_seq), 0) FROM messages"_s).toLongLong();
    const qint64 deadSeq = ++m_lastDeadSeq;
    // In the DLQ it starts over as a normal message; delivery_count keeps its history.
    m_store.exec(
        u"UPDATE messages SET queue = ?, source_queue = ?, dead_lettered_at = ?, dead_seq = ?, "
        u"lease_until = NULL, failures = 0, visible_at = ? WHERE seq = ?"_s,
        {deadLetterQueue.isEmpty() ? QVariant() : QVariant(deadLetterQueue), sourceQueue, now, deadSeq, now, seq});
}

SandboxResponse QueueService::stats(RouteContext &ctx)
{
    QueueConfig config;
    if (auto missing = requireQueue(ctx, ctx.params.value(u"queue"_s), config))
        return *missing;
    settle(ctx.account, config);
    const qint64 now = m_clock.nowMs();
    QSqlQuery &row = m_store.exec(u"SELECT SUM(lease_until IS NULL AND visible_at <= ?), SUM(lease_until IS NOT NULL), "
                                  u"MIN(CASE WHEN lease_until IS NULL THEN published_at END) "
                                  u"FROM messages WHERE account = ? AND queue = ?"_s,
                                  {now, ctx.account, config.name});
    row.next();
    const int dead = m_store
                         .scalar(u"SELECT count(*) FROM messages WHERE account = ? AND source_queue = ?"_s,
                                 {ctx.account, config.name})
                         .toInt();
    QJsonObject json{{u"queue"_s, config.name},
                     {u"available"_s, row.value(0).toInt()},
                     {u"in_flight"_s, row.value(1).toInt()},
                     {u"dlq"_s, dead}};
    json.insert(u"oldest_age_seconds"_s, row.value(2).isNull()
                                             ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(double((now - row.value(2).toLongLong()) / 1000)));
    return SandboxResponse::json(200, json);
}

QString QueueService::publish(const QString &account, const QString &queueName, const QJsonObject &payload,
                              qint64 delayMs, int priority, qint64 publishedAt)
{
    const QString id = ResourceIds::make(u"msg"_s);
    const qint64 now = publishedAt >= 0 ? publishedAt : m_clock.nowMs();
    m_store.exec(
        u"INSERT INTO messages(account, id, queue, payload, priority, published_at, visible_at) "
        u"VALUES(?, ?, ?, ?, ?, ?, ?)"_s,
        {account, id, queueName, QJsonDocument(payload).toJson(QJsonDocument::Compact), priority, now, now + delayMs});
    return id;
}

SandboxResponse QueueService::publishRoute(RouteContext &ctx)
{
    BodyReader body(ctx.body);
    const QString name = body.string(u"queue"_s, true, 80);
    const QJsonObject payload = body.object(u"payload"_s, true);
    const qint64 delay = body.integer(u"delay_seconds"_s, 0, 900, 0);
    const int priority = int(body.integer(u"priority"_s, 0, 9, 0));
    if (!body.ok())
        return body.errorResponse();
    QueueConfig config;
    if (auto missing = requireQueue(ctx, name, config))
        return *missing;
    return SandboxResponse::json(200, {{u"message_id"_s, publish(ctx.account, name, payload, delay * 1000, priority)}});
}

SandboxResponse QueueService::publishBatch(RouteContext &ctx)
{
    BodyReader body(ctx.body);
    const QString name = body.string(u"queue"_s, true, 80);
    if (!body.ok())
        return body.errorResponse();
    const QJsonValue list = ctx.body.value(u"messages"_s);
    if (!list.isArray() || list.toArray().isEmpty() || list.toArray().size() > 1000)
        return SandboxResponse::error(400, u"VALIDATION_FAILED"_s, u"messages must be an array of 1 to 1000 messages"_s,
                                      u"messages"_s);
    QueueConfig config;
    if (auto missing = requireQueue(ctx, name, config))
        return *missing;
    // All or nothing: validate every message before storing any.
    const QJsonArray messages = list.toArray();
    struct Item
    {
        QJsonObject payload;
        qint64 delay;
        int priority;
    };
    QList<Item> items;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QString prefix = u"messages["_s + QString::number(i) + u"]."_s;
        BodyReader item(messages.at(i).toObject());
        const QJsonObject payload = item.object(u"payload"_s, true);
        const qint64 delay = item.integer(u"delay_seconds"_s, 0, 900, 0);
        const int priority = int(item.integer(u"priority"_s, 0, 9, 0));
        if (!messages.at(i).isObject() || !item.ok()) {
            const QJsonObject error = QJsonDocument::fromJson(item.ok() ? QByteArray() : item.errorResponse().body)
                                          .object()
                                          .value(u"error"_s)
                                          .toObject();
            return SandboxResponse::error(
                400, u"VALIDATION_FAILED"_s,
                prefix + (error.isEmpty() ? u"must be an object"_s : error.value(u"message"_s).toString()),
                prefix + error.value(u"field"_s).toString(u"payload"_s));
        }
        items.append({payload, delay, priority});
    }
    QJsonArray ids;
    for (const Item &item : items)
        ids.append(publish(ctx.account, name, item.payload, item.delay * 1000, item.priority));
    return SandboxResponse::json(200, {{u"message_ids"_s, ids}});
}

QJsonArray QueueService::consume(const QString &account, const QueueConfig &config, int max, int visibility,
                                 qint64 *leaseUntilOut)
{
    settle(account, config);
    const qint64 now = m_clock.nowMs();
    QList<qint64> picked;
    if (config.type == u"fifo") {
        // Strict order: the first message that is leased (or not yet visible) blocks the rest.
        QSqlQuery &rows = m_store.exec(u"SELECT seq, lease_until, visible_at FROM messages "
                                       u"WHERE account = ? AND queue = ? ORDER BY seq LIMIT ?"_s,
                                       {account, config.name, max});
        while (rows.next()) {
            if (!rows.value(1).isNull() || rows.value(2).toLongLong() > now)
                break;
            picked.append(rows.value(0).toLongLong());
        }
    } else {
        QSqlQuery &rows =
            m_store.exec(u"SELECT seq FROM messages WHERE account = ? AND queue = ? AND lease_until IS NULL "
                         u"AND visible_at <= ? ORDER BY "_s +
                             (config.enablePriority ? u"priority DESC, "_s : QString()) + u"seq LIMIT ?"_s,
                         {account, config.name, now, max});
        while (rows.next())
            picked.append(rows.value(0).toLongLong());
    }
    QJsonArray leased;
    const qint64 leaseUntil = now + qint64(visibility) * 1000;
    if (leaseUntilOut)
        *leaseUntilOut = leaseUntil;
    for (qint64 seq : picked) {
        m_store.exec(u"UPDATE messages SET lease_until = ?, delivery_count = delivery_count + 1 WHERE seq = ?"_s,
                     {leaseUntil, seq});
        QSqlQuery &row = m_store.exec(u"SELECT "_s + MessageColumns + u" FROM messages WHERE seq = ?"_s, {seq});
        row.next();
        leased.append(messageJson(row));
    }
    return leased;
}

SandboxResponse QueueService::consumeRoute(RouteContext &ctx)
{
    BodyReader body(ctx.body);
    const QString name = body.string(u"queue"_s, true, 80);
    const int max = int(body.integer(u"max_messages"_s, 1, 100, 1));
    const qint64 visibility = body.integer(u"visibility_timeout"_s, 0, 43200, -1);
    if (!body.ok())
        return body.errorResponse();
    QueueConfig config;
    if (auto missing = requireQueue(ctx, name, config))
        return *missing;
    return SandboxResponse::json(
        200, {{u"messages"_s,
               consume(ctx.account, config, max, visibility < 0 ? config.visibilityTimeout : int(visibility))}});
}

bool QueueService::ack(const QString &account, const QString &queueName, const QString &messageId)
{
    return m_store
               .exec(u"DELETE FROM messages WHERE account = ? AND queue = ? AND id = ?"_s,
                     {account, queueName, messageId})
               .numRowsAffected() > 0;
}

SandboxResponse QueueService::ackRoute(RouteContext &ctx)
{
    BodyReader body(ctx.body);
    const QString name = body.string(u"queue"_s, true, 80);
    const QString id = body.string(u"message_id"_s, true, 64);
    if (!body.ok())
        return body.errorResponse();
    QueueConfig config;
    if (auto missing = requireQueue(ctx, name, config))
        return *missing;
    if (auto refused = requireLiveLease(ctx.account, config, id))
        return *refused;
    ack(ctx.account, name, id);
    return SandboxResponse::json(200, {{u"message_id"_s, id}, {u"acked"_s, true}});
}

std::optional<SandboxResponse> QueueService::requireLiveLease(const QString &account, const QueueConfig &config,
                                                              const QString &messageId)
{
    // One row, not a settle() of the whole queue per ack: the lapsed lease itself is counted
    // by the next settle (consume, stats), exactly as if nobody had answered.
    QSqlQuery &row = m_store.exec(u"SELECT queue, lease_until, delivery_count, failures FROM messages "
                                  u"WHERE account = ? AND id = ? AND (queue = ? OR source_queue = ?)"_s,
                                  {account, messageId, config.name, config.name});
    if (!row.next())
        return SandboxResponse::error(404, u"NOT_FOUND"_s, u"message not found in this queue"_s, u"message_id"_s);
    const bool inQueue = row.value(0).toString() == config.name;
    const bool hadLease = !row.value(1).isNull();
    if (inQueue && hadLease && row.value(1).toLongLong() > m_clock.nowMs())
        return std::nullopt;
    // Whoever held the lease no longer owns the message: settling it now could undo another's work.
    const bool deadByExpiry = inQueue && hadLease && row.value(3).toInt() + 1 > config.maxRetries;
    const QString why = !inQueue || deadByExpiry               ? u"lease expired; the message was dead-lettered"_s
                        : hadLease || row.value(2).toInt() > 0 ? u"lease expired; the message went back to the queue"_s
                                                               : u"the message is not leased; consume it first"_s;
    return SandboxResponse::error(409, u"CONFLICT"_s, why);
}

bool QueueService::fail(const QString &account, const QueueConfig &config, const QString &messageId,
                        const Failure &failure)
{
    QSqlQuery &row = m_store.exec(u"SELECT seq, failures FROM messages WHERE account = ? AND queue = ? AND id = ?"_s,
                                  {account, config.name, messageId});
    if (!row.next())
        return false;
    return countFailure(row.value(0).toLongLong(), row.value(1).toInt(), config.name, failure);
}

void QueueService::finishPush(const QString &account, const QueueConfig &config, const QString &messageId,
                              qint64 leaseUntil, bool delivered, const Failure &failure)
{
    // No row: acked, purged or dead-lettered meanwhile. 0: nobody holds it, because this lease
    // ran out during the delivery and settle() counted that failure already.
    const QVariant holder = m_store.scalar(u"SELECT COALESCE(lease_until, 0) FROM messages "
                                           u"WHERE account = ? AND queue = ? AND id = ?"_s,
                                           {account, config.name, messageId});
    const bool ours = holder.isValid() && holder.toLongLong() == leaseUntil;
    const bool released = holder.isValid() && holder.toLongLong() == 0;
    if (delivered && (ours || released))
        ack(account, config.name, messageId);
    else if (!delivered && ours)
        fail(account, config, messageId, failure);
    else if (!delivered && released) // counted already: only make the next attempt wait
        m_store.exec(
            u"UPDATE messages SET visible_at = MAX(visible_at, ?) WHERE account = ? AND queue = ? AND id = ?"_s,
            {m_clock.nowMs() + failure.retryDelayMs, account, config.name, messageId});
}

SandboxResponse QueueService::nackRoute(RouteContext &ctx)
{
    BodyReader body(ctx.body);
    const QString name = body.string(u"queue"_s, true, 80);
    const QString id = body.string(u"message_id"_s, true, 64);
    const bool requeue = body.boolean(u"requeue"_s, true);
    if (!body.ok())
        return body.errorResponse();
    QueueConfig config;
    if (auto missing = requireQueue(ctx, name, config))
        return *missing;
    if (auto refused = requireLiveLease(ctx.account, config, id))
        return *refused;
    const bool dead =
        fail(ctx.account, config, id,
             {.requeue = requeue, .maxRetries = config.maxRetries, .deadLetterQueue = config.deadLetterQueue});
    return SandboxResponse::json(200, {{u"message_id"_s, id}, {u"nacked"_s, true}, {u"requeued"_s, !dead}});
}

SandboxResponse QueueService::dlqList(RouteContext &ctx)
{
    QueueConfig config;
    if (auto missing = requireQueue(ctx, ctx.params.value(u"queue"_s), config))
        return *missing;
    Pagination::Page paging;
    if (auto error = Pagination::read(ctx.request.query, paging))
        return *error;
    settle(ctx.account, config);
    QSqlQuery &rows = m_store.exec(u"SELECT "_s + MessageColumns +
                                       u", dead_seq FROM messages "
                                       u"WHERE account = ? AND source_queue = ? AND dead_seq > ? "
                                       u"ORDER BY dead_seq LIMIT ?"_s,
                                   {ctx.account, config.name, paging.afterSeq, paging.limit + 1});
    return Pagination::respond(rows, paging, 11, [this](const QSqlQuery &row) { return messageJson(row); });
}

SandboxResponse QueueService::redrive(RouteContext &ctx)
{
    const QString name = ctx.params.value(u"queue"_s);
    QueueConfig config;
    if (auto missing = requireQueue(ctx, name, config))
        return *missing;
    BodyReader body(ctx.body);
    const QString messageId = body.string(u"message_id"_s, false, 64);
    const QString since = body.string(u"since"_s, false, 64);
    const qint64 cap = body.integer(u"max_messages"_s, 1, 1'000'000, 1'000'000);
    bool sinceOk = true;
    const qint64 sinceMs = since.isEmpty() ? 0 : SandboxClock::fromRfc3339(since, &sinceOk);
    if (!sinceOk)
        body.fail(u"since"_s, u"since must be an RFC 3339 timestamp"_s);
    if (!messageId.isEmpty() && !since.isEmpty())
        body.fail(u"since"_s, u"give message_id or since, not both"_s);
    if (!body.ok())
        return body.errorResponse();
    const QString filter = messageId.isEmpty() ? u"dead_lettered_at >= ?"_s : u"id = ?"_s;
    const QVariant value = messageId.isEmpty() ? QVariant(sinceMs) : QVariant(messageId);
    // Back to the source queue as new: delivery count and failures reset, id kept.
    const int moved =
        m_store
            .exec(u"UPDATE messages SET queue = ?, source_queue = NULL, dead_lettered_at = NULL, dead_seq = NULL, "
                  u"delivery_count = 0, failures = 0, lease_until = NULL, visible_at = ? "
                  u"WHERE seq IN (SELECT seq FROM messages WHERE account = ? AND source_queue = ? AND "_s +
                      filter + u" ORDER BY dead_seq LIMIT ?)"_s,
                  {name, m_clock.nowMs(), ctx.account, name, value, cap})
            .numRowsAffected();
    if (!messageId.isEmpty() && moved == 0)
        return SandboxResponse::error(404, u"NOT_FOUND"_s, u"no dead-lettered message with this id"_s, u"message_id"_s);
    if (!messageId.isEmpty())
        ++m_redriveMoves[messageId];
    return SandboxResponse::json(200, {{u"queue"_s, name}, {u"redriven"_s, moved}});
}

SandboxResponse QueueService::pushSubscribe(RouteContext &ctx)
{
    const QString name = ctx.params.value(u"queue"_s);
    QueueConfig config;
    if (auto missing = requireQueue(ctx, name, config))
        return *missing;
    BodyReader body(ctx.body);
    const QString field = body.has(u"url"_s) ? u"url"_s : u"forward_to"_s;
    const QString url = body.string(field, true, 2048);
    const QString secret = body.string(u"secret"_s, false, 256);
    const int maxRetries = int(body.integer(u"max_retries"_s, 0, 100, config.maxRetries));
    const int visibility = int(body.integer(u"visibility_timeout"_s, 1, 43200, config.visibilityTimeout));
    const QString dlq = body.string(u"dead_letter_queue"_s, false, 80);
    if (!body.ok())
        return SandboxResponse::error(400, u"VALIDATION_FAILED"_s, u"url is required"_s, u"url"_s);
    const QString problem = UrlSafety::checkPushUrl(QUrl(url), allowLoopbackPush);
    if (!problem.isEmpty())
        return SandboxResponse::error(400, u"VALIDATION_FAILED"_s, problem, field);
    if (!dlq.isEmpty() && !queue(ctx.account, dlq))
        return SandboxResponse::error(400, u"VALIDATION_FAILED"_s, u"dead_letter_queue must name an existing queue"_s,
                                      u"dead_letter_queue"_s);
    const QString id = ResourceIds::make(u"sub"_s);
    m_store.exec(u"INSERT INTO subscriptions(id, account, queue, url, secret, max_retries, visibility_timeout, "
                 u"dead_letter_queue, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                 {id, ctx.account, name, url, secret, maxRetries, visibility,
                  dlq.isEmpty() ? QVariant() : QVariant(dlq), m_clock.nowMs()});
    return SandboxResponse::json(200, {{u"subscription_id"_s, id}, {u"queue"_s, name}, {u"url"_s, url}});
}
