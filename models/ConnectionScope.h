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
    // The profile of the connection: new operations are stamped with it.
    void setProfile(const ProfileRef &profile) { m_profile = profile; }
    const ProfileRef &profile() const { return m_profile; }
    int start(Operation::Kind kind, const QString &target, int items = 0)
    {
        return m_tracker->start(kind, target, items, m_profile);
    }
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
    ProfileRef m_profile;
    QSet<int> m_open;
};
