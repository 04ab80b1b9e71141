#pragma once

// Benchmarks print one line per figure: "BENCH <name> <value> <unit>".

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <QFile>
#include <QProcess>
#include <QTimer>
#include <functional>

#include <cstdio>
#include <ctime>

inline void benchReport(const char *name, double value, const char *unit)
{
    std::printf("BENCH %s %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

// Runs the event loop until `done` holds (checked every millisecond) or the time is up.
// QTest::qWaitFor would sleep 10 ms between rounds and swamp the figures.
inline bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start(1);
    loop.exec();
    return done();
}

// Starts the sandbox executable on a state directory (extra flags appended) and returns
// its base URL, read from the first line it prints.
inline QString startSandboxProcess(QProcess &sandbox, const QString &dataDir, const QString &key,
                                   const QStringList &extra = {})
{
    sandbox.start(QStringLiteral(CONSOLE_SANDBOX_BINARY),
                  QStringList{QStringLiteral("--data"), dataDir, QStringLiteral("--api-key"), key} + extra);
    if (!sandbox.waitForReadyRead(20000))
        qFatal("sandbox process did not start");
    // "listening on http://HOST:PORT"
    return QString::fromUtf8(sandbox.readLine()).trimmed().mid(13);
}

// Resident set size of this process in MiB (Linux).
inline double residentMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * 4096.0 / (1024.0 * 1024.0) : 0;
}

// Measures the event loop's longest gap: a 2 ms timer that should fire on time. Two figures:
// the wall-clock gap (what a user sees, including time the GUI thread waited for a core),
// and the GUI thread's own CPU time within a gap (work that blocked the loop, whatever else
// ran on the machine).
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(2);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            if (m_last > 0) {
                m_worst = std::max(m_worst, (now - m_last) / 1e6 - 2.0);
                m_worstBusy = std::max(m_worstBusy, (cpu - m_lastCpu) / 1e6);
            }
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_worst = m_worstBusy = 0;
        m_last = 0;
        m_clock.start();
        m_timer.start();
    }
    // The longest wall-clock gap.
    double stop()
    {
        m_timer.stop();
        return std::max(0.0, m_worst);
    }
    // The most CPU time the GUI thread spent between two ticks.
    double worstBusy() const { return m_worstBusy; }

private:
    static qint64 threadCpuNs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    double m_worst = 0;
    double m_worstBusy = 0;
};
