#include "SandboxClock.h"

#include <QDateTime>
#include <QString>

#include <algorithm>
#include <cmath>

SandboxClock::SandboxClock(double timeScale, qint64 notBeforeMs)
    : m_scale(timeScale > 0 ? timeScale : 1.0), m_baseRealMs(QDateTime::currentMSecsSinceEpoch())
{
    // After a restart the clock must not run backwards past what was already stored.
    m_baseSandboxMs = std::max(m_baseRealMs, notBeforeMs);
}

qint64 SandboxClock::nowMs() const
{
    const qint64 realElapsed = QDateTime::currentMSecsSinceEpoch() - m_baseRealMs;
    return m_baseSandboxMs + qint64(std::llround(double(realElapsed) * m_scale));
}

qint64 SandboxClock::realDelayUntil(qint64 sandboxMs) const
{
    const qint64 ahead = sandboxMs - nowMs();
    return ahead <= 0 ? 0 : qint64(std::ceil(double(ahead) / m_scale));
}

QString SandboxClock::toRfc3339(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

qint64 SandboxClock::fromRfc3339(const QString &text, bool *ok)
{
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    const QDateTime fallback = parsed.isValid() ? parsed : QDateTime::fromString(text, Qt::ISODate);
    if (ok)
        *ok = fallback.isValid();
    return fallback.isValid() ? fallback.toMSecsSinceEpoch() : 0;
}
