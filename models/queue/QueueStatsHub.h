#pragma once

#include "api/ApiError.h"
#include "api/queue/QueueTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class InfraiQueueClient;

// Live queue statistics for everything that shows them (tree counts, inspectors): each
// watcher asks for a queue at a period, the hub polls each queue at the shortest period
// asked, a few requests at a time, and slows down while the window is hidden.
class QueueStatsHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueStatsHub)

public:
    explicit QueueStatsHub(QObject *parent = nullptr);

    void setClient(InfraiQueueClient *client);
    // `owner` keeps the watch alive; when it is destroyed the watch ends.
    void watch(const QString &queue, int periodMs, QObject *owner);
    void unwatch(const QString &queue, QObject *owner);
    void unwatchAll(QObject *owner);
    // Polls now (after a mutation), outside the schedule.
    void refreshNow(const QString &queue);
    // Figures once, with no watch kept (a queue seen but not on screen).
    void pollOnce(const QString &queue);
    // Hidden: every period is multiplied by the backoff factor.
    void setVisible(bool visible);
    bool isVisible() const { return m_visible; }
    int backoffFactor() const { return m_visible ? 1 : HiddenBackoff; }

    std::optional<QueueStats> latest(const QString &queue) const;
    // Queues with at least one watcher.
    int watchedCount() const;

    static constexpr int HiddenBackoff = 6;
    static constexpr int MaxInFlight = 4;

signals:
    void statsUpdated(const QueueStats &stats);
    void statsFailed(const QString &queue, const ApiError &error);

private:
    struct Watched
    {
        QHash<QObject *, int> periods; // owner → period asked
        qint64 dueAtMs = 0;
        bool inFlight = false;
        bool once = false; // a single poll asked for without a watch
        std::optional<QueueStats> latest;
        bool wanted() const { return !periods.isEmpty() || once; }
        int period() const;
    };
    void pump();
    void poll(const QString &queue, Watched &watched);

    InfraiQueueClient *m_client = nullptr;
    QPointer<QObject> m_requests;
    QHash<QString, Watched> m_queues;
    QSet<QObject *> m_owners; // watchers whose destruction ends their watches
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_inFlight = 0;
    bool m_visible = true;
};
