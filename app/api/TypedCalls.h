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
// page is parsed, converted and handed over, so the client's work overlaps the server's.
// `page` gets the cursor after its items (empty at the end); returning false stops.
// `finished` is called once.
template <typename T>
void followCursor(ApiTransport *transport, std::function<ApiRequest(const QString &cursor)> request,
                  const QString &startCursor, QObject *context,
                  std::function<bool(const QList<T> &, const QString &next)> page,
                  std::function<void(const ApiError &)> finished)
{
    auto stopped = std::make_shared<bool>(false);
    auto expected = std::make_shared<QString>(startCursor);  // the page to be handed over next
    auto requested = std::make_shared<QString>(startCursor); // the last cursor asked for
    auto fetch = std::make_shared<std::function<void(const QString &)>>();
    *fetch = [=](const QString &cursor) {
        *requested = cursor;
        ApiRequest call = request(cursor);
        call.peekField = QStringLiteral("next_cursor");
        call.startImmediately = true;
        ApiCall *sent =
            rawPage(transport, call, context, [=](const QJsonArray &items, const QString &next, const ApiError &error) {
                // A page asked for on a cursor peeked wrongly is not ours to hand over.
                if (*stopped || cursor != *expected)
                    return;
                if (error.isError()) {
                    *stopped = true;
                    return finished(error);
                }
                *expected = next;
                if (!next.isEmpty() && next != *requested)
                    (*fetch)(next);
                // The next request starts from the event loop; converting this page after it
                // (queued behind it, so pages still arrive in order) lets the server work on
                // the next page while this one is converted.
                QMetaObject::invokeMethod(
                    context,
                    [=] {
                        if (*stopped)
                            return;
                        const std::optional<QList<T>> converted = convertItems<T>(items);
                        if (!converted || !page(*converted, next)) {
                            *stopped = true;
                            return finished(converted ? ApiError()
                                                      : ApiError::malformed(
                                                            QStringLiteral("an item is not of the expected shape")));
                        }
                        if (next.isEmpty()) {
                            *stopped = true;
                            finished(ApiError());
                            *fetch = nullptr; // breaks the self-reference
                        }
                    },
                    Qt::QueuedConnection);
            });
        // The next cursor is read from the raw answer before it is parsed: the next page is
        // asked for while this one is still being parsed.
        QObject::connect(sent, &ApiCall::peeked, context, [=](const QString &next) {
            if (!*stopped && cursor == *expected && next != *requested)
                (*fetch)(next);
        });
    };
    (*fetch)(startCursor);
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
