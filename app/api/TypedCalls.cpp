#include "api/TypedCalls.h"

#include "api/JsonText.h"

#include <QJsonDocument>

namespace {

// The cursor after a page kept as text: read from the text, parsed fully only when escapes
// hide it (never seen from infrai, but a misread cursor would end a listing early).
QString nextCursorOf(const QByteArray &text)
{
    qsizetype at = JsonText::skipSpace(text, 0);
    const JsonText::Found found = JsonText::member(text, at, "next_cursor");
    if (found == JsonText::Found::No)
        return {};
    QByteArrayView value;
    if (found == JsonText::Found::Yes) {
        if (at >= text.size() || text.at(at) != '"')
            return {}; // null: the end
        if (JsonText::plainString(text, at, &value))
            return QString::fromUtf8(value);
    }
    return QJsonDocument::fromJson(text).object().value(QStringLiteral("next_cursor")).toString();
}

} // namespace

namespace TypedCalls {

void followPages(ApiTransport *transport, std::function<ApiRequest(const QString &cursor)> request,
                 const QString &startCursor, bool rawAnswer, QObject *context, TakePage take,
                 std::function<void(const ApiError &)> finished)
{
    auto stopped = std::make_shared<bool>(false);
    auto expected = std::make_shared<QString>(startCursor);  // the page to be handed over next
    auto requested = std::make_shared<QString>(startCursor); // the last cursor asked for
    auto fetch = std::make_shared<std::function<void(const QString &)>>();
    // A context deleted mid-listing (a stopped load) runs no callback: the fetcher lets go
    // of itself then; otherwise once the listing is over, from the event loop (it may end
    // from within a fetch).
    auto onDestroyed = std::make_shared<QMetaObject::Connection>(
        QObject::connect(context, &QObject::destroyed, [fetch] { *fetch = nullptr; }));
    auto release = [fetch, context, onDestroyed] {
        QObject::disconnect(*onDestroyed);
        QMetaObject::invokeMethod(
            context, [fetch] { *fetch = nullptr; }, Qt::QueuedConnection);
    };
    *fetch = [=](const QString &cursor) {
        *requested = cursor;
        ApiRequest call = request(cursor);
        call.peekField = QStringLiteral("next_cursor");
        call.startImmediately = true;
        call.rawAnswer = rawAnswer;
        ApiCall *sent = transport->send(call, context, [=](const ApiResult &answer) {
            // A page asked for on a cursor peeked wrongly is not ours to hand over.
            if (*stopped || cursor != *expected)
                return;
            if (!answer.ok()) {
                *stopped = true;
                release();
                return finished(answer.error);
            }
            const QString next =
                rawAnswer ? nextCursorOf(answer.raw) : answer.body.value(QStringLiteral("next_cursor")).toString();
            *expected = next;
            if (!next.isEmpty() && next != *requested)
                (*fetch)(next);
            // The next request starts from the event loop; handing this page over after it
            // (queued behind it, so pages still arrive in order) lets the server work on
            // the next page while this one is taken.
            QMetaObject::invokeMethod(
                context,
                [=] {
                    if (*stopped)
                        return;
                    bool more = true;
                    const ApiError error = take(answer, next, &more);
                    if (error.isError() || !more || next.isEmpty()) {
                        *stopped = true;
                        release();
                        finished(error);
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

} // namespace TypedCalls
