#pragma once

#include "ops/OperationTracker.h"

#include <QSet>

#include <functional>

// The calls an action controller has open on its current connection, and which connection
// that is. A retry may only go to the connection its call was made on: a generation number
// tells connections apart even when a new client reuses the old one's address.
class ConnectionScope final
{
public:
    explicit ConnectionScope(OperationTracker *tracker) : m_tracker(tracker) {}

    // A new connection (or none): calls still open on the old one are marked cancelled.
    void reconnect();
    quint64 generation() const { return m_generation; }

    void opened(int operation) { m_open.insert(operation); }
    void closed(int operation) { m_open.remove(operation); }

    // For a retry closure: true (and the call counted open again) when the connection is
    // still the one of `generation`; otherwise the operation fails as cancelled.
    bool reopen(quint64 generation, int operation);
    // The same, as a callable bound to the current connection.
    std::function<bool(int operation)> guard();

private:
    OperationTracker *m_tracker;
    quint64 m_generation = 0;
    QSet<int> m_open;
};
