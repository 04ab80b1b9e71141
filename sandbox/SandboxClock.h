#pragma once

#include <QtGlobal>

// The sandbox's notion of "now": wall time that may run faster than real time so
// provisioning, leases and delays can be exercised in milliseconds by tests.
class SandboxClock final
{
public:
    explicit SandboxClock(double timeScale = 1.0, qint64 notBeforeMs = 0);

    qint64 nowMs() const;
    double timeScale() const { return m_scale; }
    // Real milliseconds until the sandbox clock reaches sandboxMs (0 if already past).
    qint64 realDelayUntil(qint64 sandboxMs) const;

    static QString toRfc3339(qint64 ms);
    static qint64 fromRfc3339(const QString &text, bool *ok);

private:
    double m_scale;
    qint64 m_baseSandboxMs;
    qint64 m_baseRealMs;
};
