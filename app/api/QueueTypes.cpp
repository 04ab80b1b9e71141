#include "QueueTypes.h"

#include "Timestamps.h"

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

std::optional<QueueMessage> QueueMessage::fromJson(const QJsonObject &json)
{
    QueueMessage message;
    message.id = json.value(u"message_id"_s).toString();
    if (message.id.isEmpty() || !json.value(u"payload"_s).isObject())
        return std::nullopt;
    message.queue = json.value(u"queue"_s).toString();
    message.sourceQueue = json.value(u"source_queue"_s).toString();
    message.payload = json.value(u"payload"_s).toObject();
    message.priority = json.value(u"priority"_s).toInt();
    message.deliveryCount = json.value(u"delivery_count"_s).toInt();
    message.publishedAt = rfc3339Field(json, u"published_at"_s);
    message.visibleAt = rfc3339Field(json, u"visible_at"_s);
    message.deadLetteredAt = rfc3339Field(json, u"dead_lettered_at"_s);
    return message;
}

std::optional<QueueStats> QueueStats::fromJson(const QJsonObject &json)
{
    if (!json.contains(u"available"_s))
        return std::nullopt;
    QueueStats stats;
    stats.queue = json.value(u"queue"_s).toString();
    stats.available = json.value(u"available"_s).toInteger();
    stats.inFlight = json.value(u"in_flight"_s).toInteger();
    stats.dlq = json.value(u"dlq"_s).toInteger();
    stats.oldestAgeSeconds = json.value(u"oldest_age_seconds"_s).toInteger(-1);
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
