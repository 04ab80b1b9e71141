#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// When to try again after something stopped working (a service out of reach, a list that
// fails to load): about 2 s, doubling to 60 s, each delay jittered so many consoles that
// lost the same service do not come back in step. Counts down in whole seconds for a
// "retrying in N s" label.
class RecoverySchedule final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoverySchedule)

public:
    explicit RecoverySchedule(QObject *parent = nullptr);

    // The first delay for schedules made from now on (tests shorten it).
    static void setDefaultBaseDelayMs(int ms);
    static int defaultBaseDelayMs();
    static constexpr int MaxDelayMs = 60000;
    // The delay before attempt `failures` (1 after the first failure), with `jitter` in
    // [-1, 1] spreading it by up to a fifth either way.
    static int delayFor(int failures, double jitter, int baseMs);

    // Another attempt failed: waits longer than last time, then emits due().
    void failed();
    // It works again: back to the short first delay, nothing scheduled.
    void succeeded();
    // Attempts now (keeps the backoff reached so far).
    void retryNow();
    // Nothing scheduled for now (the next failed() still waits longer).
    void pause();
    bool isScheduled() const { return m_due.isActive(); }
    int failures() const { return m_failures; }
    // Whole seconds until the next attempt (0 when not scheduled).
    int secondsLeft() const;

signals:
    void due();
    // Once a second while scheduled, and when scheduled or stopped.
    void countdown(int secondsLeft);

private:
    void start(int delayMs);

    int m_baseMs;
    int m_failures = 0;
    QTimer m_due;
    QTimer m_tick;
    QElapsedTimer m_since;
    int m_delayMs = 0;
};
