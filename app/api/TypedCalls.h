#pragma once

#include "api/ApiTransport.h"
#include "api/db/DbTypes.h"

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
        QString problem;
        std::optional<T> value;
        if constexpr (requires { T::fromJson(result.body, &problem); })
            value = T::fromJson(result.body, &problem); // names the field that is wrong
        else
            value = T::fromJson(result.body);
        done(value.value_or(T{}), value ? ApiError() : result.annotate(ApiError::unexpectedShape(problem)));
    });
}

// Converts a page's items; empty when any of them is not of the expected shape.
template <typename T>
std::optional<QList<T>> convertItems(const QJsonArray &items)
{
    QList<T> converted;
    converted.reserve(items.size());
    for (const QJsonValue &item : items) {
        const std::optional<T> value = T::fromJson(item.toObject());
        if (!value)
            return std::nullopt;
        converted.append(*value);
    }
    return converted;
}

using RawPageDone = std::function<void(const QJsonArray &items, const QString &nextCursor, const ApiError &error)>;

// A page's items as JSON plus its cursor: a follower can ask for the next page before
// converting this one. `field` names the array (infrai lists use "items").
inline ApiCall *rawPage(ApiTransport *transport, const ApiRequest &request, QObject *context, RawPageDone done,
                        const QString &field = QStringLiteral("items"))
{
    return transport->send(request, context, [done, field](const ApiResult &result) {
        if (!result.ok())
            return done({}, {}, result.error);
        if (!result.body.value(field).isArray())
            return done({}, {}, result.annotate(ApiError::malformed(QStringLiteral("the answer lacks ") + field)));
        done(result.body.value(field).toArray(), result.body.value(QStringLiteral("next_cursor")).toString(),
             ApiError());
    });
}

template <typename T>
ApiCall *page(ApiTransport *transport, const ApiRequest &request, QObject *context, Done<Page<T>> done,
              const QString &field = QStringLiteral("items"))
{
    return rawPage(
        transport, request, context,
        [done](const QJsonArray &items, const QString &next, const ApiError &error) {
            if (error.isError())
                return done(Page<T>{}, error);
            std::optional<QList<T>> converted = convertItems<T>(items);
            if (!converted)
                return done(Page<T>{}, ApiError::malformed(QStringLiteral("an item is not of the expected shape")));
            done(Page<T>{*converted, next}, ApiError());
        },
        field);
}

// Pages through a list by cursor from `startCursor`, keeping one request ahead: the next
// page is requested as soon as its cursor is read from the raw answer, before the current
// page is handed over, so the client's work overlaps the server's. `take` gets each answer
// (parsed, or as text when `rawAnswer`) with the cursor after it, queued behind the next
// request; returning an error or false for `more` stops. `finished` is called once.
using TakePage = std::function<ApiError(const ApiResult &answer, const QString &next, bool *more)>;
void followPages(ApiTransport *transport, std::function<ApiRequest(const QString &cursor)> request,
                 const QString &startCursor, bool rawAnswer, QObject *context, TakePage take,
                 std::function<void(const ApiError &)> finished);

// followPages with each page's items converted to T.
template <typename T>
void followCursor(ApiTransport *transport, std::function<ApiRequest(const QString &cursor)> request,
                  const QString &startCursor, QObject *context,
                  std::function<bool(const QList<T> &, const QString &next)> page,
                  std::function<void(const ApiError &)> finished)
{
    followPages(
        transport, std::move(request), startCursor, false, context,
        [page](const ApiResult &answer, const QString &next, bool *more) {
            if (!answer.body.value(QStringLiteral("items")).isArray())
                return answer.annotate(ApiError::malformed(QStringLiteral("the answer lacks items")));
            const std::optional<QList<T>> converted =
                convertItems<T>(answer.body.value(QStringLiteral("items")).toArray());
            if (!converted)
                return answer.annotate(ApiError::malformed(QStringLiteral("an item is not of the expected shape")));
            *more = page(*converted, next);
            return ApiError();
        },
        std::move(finished));
}

template <typename T>
void followCursor(ApiTransport *transport, std::function<ApiRequest(const QString &cursor)> request, QObject *context,
                  std::function<bool(const QList<T> &)> page, std::function<void(const ApiError &)> finished)
{
    followCursor<T>(
        transport, std::move(request), QString(), context,
        [page](const QList<T> &items, const QString &) { return page(items); }, std::move(finished));
}

} // namespace TypedCalls
