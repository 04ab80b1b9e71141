#include "api/RequestBudget.h"

#include <algorithm>

RequestBudget::RequestBudget(int perWindow, int windowMs) : m_perWindow(std::max(1, perWindow)), m_windowMs(windowMs)
{
    m_clock.start();
}

void RequestBudget::forgetOld(qint64 now)
{
    while (!m_sent.empty() && m_sent.front() <= now - m_windowMs)
        m_sent.pop_front();
}

int RequestBudget::reserve()
{
    const qint64 now = m_clock.elapsed();
    if (now < m_pausedUntil)
        return int(m_pausedUntil - now);
    forgetOld(now);
    if (int(m_sent.size()) < m_perWindow) {
        m_sent.push_back(now);
        return 0;
    }
    // The oldest request in the window leaves it first.
    return int(std::max<qint64>(1, m_sent.front() + m_windowMs - now));
}

void RequestBudget::pauseFor(int seconds)
{
    m_pausedUntil = std::max(m_pausedUntil, m_clock.elapsed() + qint64(std::max(1, seconds)) * 1000);
}

int RequestBudget::inWindow()
{
    forgetOld(m_clock.elapsed());
    return int(m_sent.size());
}
