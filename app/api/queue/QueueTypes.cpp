#include "api/queue/QueueTypes.h"

#include "api/JsonFields.h"
#include "api/Timestamps.h"

using namespace Qt::StringLiterals;

std::optional<QueueRecord> QueueRecord::fromJson(const QJsonObject &json)
{
    QueueRecord record;
    record.name = json.value(u"queue"_s).toString();
    if (record.name.isEmpty())
        return std::nullopt;
    record.type = json.value(u"type"_s).toString(u"standard"_s);
    record.deadLetterQueue = json.value(u"dead_letter_queue"_s).toString();
    record.maxRetries = json.value(u"max_retries"_s).toInt(5);
    record.visibilityTimeoutDefault = json.value(u"visibility_timeout_default"_s).toInt(30);
    record.messageRetentionDays = json.value(u"message_retention_days"_s).toInt(4);
    record.enablePriority = json.value(u"enable_priority"_s).toBool();
    record.createdAt = rfc3339Field(json, u"created_at"_s);
    return record;
}

std::optional<QueueMessage> QueueMessage::fromJson(const QJsonObject &json, QString *problem)
{
    JsonFields fields(json);
    QueueMessage message;
    message.id = fields.string(u"message_id"_s);
    message.queue = fields.string(u"queue"_s, QString());
    message.sourceQueue = fields.string(u"source_queue"_s, QString());
    message.priority = int(fields.integer(u"priority"_s, 0));
    message.deliveryCount = int(fields.integer(u"delivery_count"_s, 0));
    QString found = fields.problem();
    if (found.isEmpty() && message.id.isEmpty())
        found = u"field \"message_id\" is empty"_s;
    if (found.isEmpty() && !json.value(u"payload"_s).isObject())
        found = u"field \"payload\" should be an object, not %1"_s.arg(JsonFields::typeName(json.value(u"payload"_s)));
    if (!found.isEmpty()) {
        if (problem)
            *problem = found;
        return std::nullopt;
    }
    message.payload = json.value(u"payload"_s).toObject();
    message.publishedAt = rfc3339Field(json, u"published_at"_s);
    message.visibleAt = rfc3339Field(json, u"visible_at"_s);
    message.deadLetteredAt = rfc3339Field(json, u"dead_lettered_at"_s);
    return message;
}

std::optional<QueueStats> QueueStats::fromJson(const QJsonObject &json, QString *problem)
{
    JsonFields fields(json);
    QueueStats stats;
    stats.queue = fields.string(u"queue"_s, QString());
    stats.available = fields.integer(u"available"_s);
    stats.inFlight = fields.integer(u"in_flight"_s);
    stats.dlq = fields.integer(u"dlq"_s);
    stats.oldestAgeSeconds = fields.integer(u"oldest_age_seconds"_s, -1);
    if (!fields.ok()) {
        if (problem)
            *problem = fields.problem();
        return std::nullopt;
    }
    return stats;
}

std::optional<PushSubscription> PushSubscription::fromJson(const QJsonObject &json)
{
    PushSubscription subscription;
    subscription.id = json.value(u"subscription_id"_s).toString();
    if (subscription.id.isEmpty())
        return std::nullopt;
    subscription.queue = json.value(u"queue"_s).toString();
    subscription.url = json.value(u"url"_s).toString();
    return subscription;
}
