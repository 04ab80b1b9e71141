#include "api/RecoverySchedule.h"

#include <QRandomGenerator>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace {
std::atomic<int> g_defaultBaseMs{2000};
}

void RecoverySchedule::setDefaultBaseDelayMs(int ms)
{
    g_defaultBaseMs = std::max(1, ms);
}

int RecoverySchedule::defaultBaseDelayMs()
{
    return g_defaultBaseMs;
}

int RecoverySchedule::delayFor(int failures, double jitter, int baseMs)
{
    const int doublings = std::clamp(failures - 1, 0, 30);
    const double plain = std::min(double(MaxDelayMs), double(baseMs) * std::pow(2.0, doublings));
    const double spread = plain * 0.2 * std::clamp(jitter, -1.0, 1.0);
    return int(std::lround(std::clamp(plain + spread, double(baseMs) / 2, double(MaxDelayMs) * 1.2)));
}

RecoverySchedule::RecoverySchedule(QObject *parent) : QObject(parent), m_baseMs(g_defaultBaseMs)
{
    m_due.setSingleShot(true);
    connect(&m_due, &QTimer::timeout, this, [this] {
        m_tick.stop();
        emit countdown(0);
        emit due();
    });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] { emit countdown(secondsLeft()); });
}

void RecoverySchedule::failed()
{
    ++m_failures;
    const double jitter = QRandomGenerator::global()->generateDouble() * 2.0 - 1.0;
    start(delayFor(m_failures, jitter, m_baseMs));
}

void RecoverySchedule::succeeded()
{
    m_failures = 0;
    pause();
}

void RecoverySchedule::retryNow()
{
    pause();
    emit due();
}

void RecoverySchedule::pause()
{
    const bool was = m_due.isActive();
    m_due.stop();
    m_tick.stop();
    if (was)
        emit countdown(0);
}

int RecoverySchedule::secondsLeft() const
{
    if (!m_due.isActive())
        return 0;
    const qint64 left = m_delayMs - m_since.elapsed();
    return int(std::max<qint64>(1, (left + 999) / 1000));
}

void RecoverySchedule::start(int delayMs)
{
    m_delayMs = delayMs;
    m_since.start();
    m_due.start(delayMs);
    // The label counts down on the second boundaries of this delay.
    m_tick.start();
    emit countdown(secondsLeft());
}
