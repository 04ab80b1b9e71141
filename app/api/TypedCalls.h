#pragma once

#include "ApiTransport.h"
#include "DbTypes.h"

#include <QJsonArray>

#include <functional>

// Decoding shared by every typed client: a record (T::fromJson) or a cursor page of them.
// A shape that does not parse is reported as a malformed answer, never half-used.
namespace TypedCalls {

template <typename T>
using Done = std::function<void(const T &value, const ApiError &error)>;

template <typename T>
ApiCall *record(ApiTransport *transport, const ApiRequest &request, QObject *context, Done<T> done)
{
    return transport->send(request, context, [done](const ApiResult &result) {
        if (!result.ok())
            return done(T{}, result.error);
        const std::optional<T> value = T::fromJson(result.body);
        done(value.value_or(T{}),
             value ? ApiError() : ApiError::malformed(QStringLiteral("the answer is not of the expected shape")));
    });
}

// `field` names the array (infrai lists use "items").
template <typename T>
ApiCall *page(ApiTransport *transport, const ApiRequest &request, QObject *context, Done<Page<T>> done,
              const QString &field = QStringLiteral("items"))
{
    return transport->send(request, context, [done, field](const ApiResult &result) {
        if (!result.ok())
            return done(Page<T>{}, result.error);
        if (!result.body.value(field).isArray())
            return done(Page<T>{}, ApiError::malformed(QStringLiteral("the answer lacks ") + field));
        Page<T> page;
        page.nextCursor = result.body.value(QStringLiteral("next_cursor")).toString();
        const QJsonArray items = result.body.value(field).toArray();
        page.items.reserve(items.size());
        for (const QJsonValue &item : items) {
            const std::optional<T> value = T::fromJson(item.toObject());
            if (!value)
                return done(Page<T>{}, ApiError::malformed(QStringLiteral("an item is not of the expected shape")));
            page.items.append(*value);
        }
        done(page, ApiError());
    });
}

} // namespace TypedCalls
