#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

// One call to a service, before the transport adds the base URL and credentials.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // absolute path below the base URL, e.g. "/v1/db/project/list"
    QUrlQuery query;
    QJsonObject body;
    bool hasBody = false;
    // Sent as the Idempotency-Key header and, for JSON bodies, as "idempotency_key";
    // reused unchanged on every retry of this request.
    QString idempotencyKey;
    bool idempotencyKeyInBody = true;
    int timeoutMs = 30000;
    QString capability; // e.g. "db.project.create", for logs and the operations dock
    // A top-level string field of a successful answer worth knowing before the whole body
    // is parsed (a list's "next_cursor": the next page can be asked for at once).
    QString peekField;
    // Sent from within send() instead of from the event loop: for a request that others
    // wait on (the next page), when the caller connects to nothing but `done`.
    bool startImmediately = false;
    // A successful answer is handed over as its text (ApiResult::raw), not parsed: for a
    // caller that parses large answers off the GUI thread.
    bool rawAnswer = false;
    // Sent on a timer by a poller (queue stats, a resource being provisioned) rather than
    // asked for by the user: the request log hides such calls unless asked to show them.
    // Set by the poller, directly or through a PollingScope around the client call.
    bool polling = PollingScope::active();

    static ApiRequest get(const QString &path, const QUrlQuery &query = {});
    // A mutating call: carries a fresh idempotency key.
    static ApiRequest mutating(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                               bool hasBody = true);
    static QString newIdempotencyKey();

    // Safe to send again: a read, or a write the server deduplicates by its key.
    bool isRetrySafe() const { return method == "GET" || !idempotencyKey.isEmpty(); }

    // While one lives, every request built on this thread is marked as polling: for a poller
    // that calls a client method which builds its request itself.
    class PollingScope
    {
    public:
        PollingScope() { ++depth(); }
        ~PollingScope() { --depth(); }
        PollingScope(const PollingScope &) = delete;
        PollingScope &operator=(const PollingScope &) = delete;
        static bool active() { return depth() > 0; }

    private:
        static int &depth()
        {
            thread_local int value = 0;
            return value;
        }
    };
};
