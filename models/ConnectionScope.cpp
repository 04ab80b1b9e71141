#include "ConnectionScope.h"

void ConnectionScope::reconnect()
{
    ++m_generation;
    const QSet<int> open = std::exchange(m_open, {});
    for (int operation : open)
        m_tracker->fail(operation, ApiError::cancelled());
}

bool ConnectionScope::reopen(quint64 generation, int operation)
{
    if (generation != m_generation) {
        m_tracker->fail(operation, ApiError::cancelled());
        return false;
    }
    m_open.insert(operation);
    return true;
}

std::function<bool(int)> ConnectionScope::guard()
{
    return [this, generation = m_generation](int operation) { return reopen(generation, operation); };
}
