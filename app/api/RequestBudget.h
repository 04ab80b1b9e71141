#pragma once

#include <QElapsedTimer>

#include <deque>

// Keeps everything one account's connection sends under the service's rate limit: at most
// `perWindow` requests in any `windowMs` (a sliding window), and nothing at all while a
// 429's Retry-After runs. Shared by every call of a transport: tree loads, details, and
// the polling of every instance in transition.
class RequestBudget final
{
public:
    RequestBudget(int perWindow, int windowMs = 60000);

    // 0 when a request may go now (and counts it); otherwise how long to wait first.
    int reserve();
    // The service said to wait (429 Retry-After): nobody sends until then.
    void pauseFor(int seconds);
    int perWindow() const { return m_perWindow; }
    int windowMs() const { return m_windowMs; }
    // Requests counted in the current window.
    int inWindow();

private:
    void forgetOld(qint64 now);

    int m_perWindow;
    int m_windowMs;
    QElapsedTimer m_clock;
    std::deque<qint64> m_sent;
    qint64 m_pausedUntil = 0;
};
