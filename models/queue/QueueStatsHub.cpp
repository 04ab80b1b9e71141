#include "queue/QueueStatsHub.h"

#include "api/ApiRequest.h"
#include "api/queue/InfraiQueueClient.h"

#include <algorithm>
#include <limits>

int QueueStatsHub::Watched::period() const
{
    int shortest = std::numeric_limits<int>::max();
    for (int period : periods)
        shortest = std::min(shortest, period);
    return shortest;
}

QueueStatsHub::QueueStatsHub(QObject *parent) : QObject(parent), m_requests(new QObject(this))
{
    m_clock.start();
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &QueueStatsHub::pump);
}

void QueueStatsHub::setClient(InfraiQueueClient *client)
{
    delete m_requests; // answers for the old connection are dropped
    m_requests = new QObject(this);
    m_client = client;
    m_inFlight = 0;
    for (Watched &watched : m_queues) {
        watched.inFlight = false;
        watched.latest.reset();
        watched.dueAtMs = 0;
    }
    if (client && !m_queues.isEmpty())
        m_timer.start();
}

void QueueStatsHub::watch(const QString &queue, int periodMs, QObject *owner)
{
    Watched &watched = m_queues[queue];
    if (!m_owners.contains(owner)) {
        m_owners.insert(owner);
        connect(owner, &QObject::destroyed, this, [this, owner] {
            unwatchAll(owner);
            m_owners.remove(owner);
        });
    }
    const bool first = watched.periods.isEmpty();
    watched.periods.insert(owner, periodMs);
    if (first)
        watched.dueAtMs = 0; // a new watch gets figures at once
    if (m_client)
        m_timer.start();
    pump();
}

void QueueStatsHub::unwatch(const QString &queue, QObject *owner)
{
    auto it = m_queues.find(queue);
    if (it == m_queues.end())
        return;
    it->periods.remove(owner);
    if (!it->wanted() && !it->inFlight)
        m_queues.erase(it);
}

void QueueStatsHub::pollOnce(const QString &queue)
{
    Watched &watched = m_queues[queue];
    watched.once = true;
    if (m_client)
        m_timer.start();
    pump();
}

void QueueStatsHub::unwatchAll(QObject *owner)
{
    for (auto it = m_queues.begin(); it != m_queues.end();) {
        it->periods.remove(owner);
        if (!it->wanted() && !it->inFlight)
            it = m_queues.erase(it);
        else
            ++it;
    }
}

void QueueStatsHub::refreshNow(const QString &queue)
{
    auto it = m_queues.find(queue);
    if (it == m_queues.end())
        return pollOnce(queue); // not watched: its figures are still worth updating once
    it->dueAtMs = 0;
    pump();
}

void QueueStatsHub::setVisible(bool visible)
{
    if (m_visible == visible)
        return;
    m_visible = visible;
    if (visible) // back in view: fresh figures at once
        for (Watched &watched : m_queues)
            watched.dueAtMs = 0;
    pump();
}

int QueueStatsHub::watchedCount() const
{
    return int(
        std::count_if(m_queues.cbegin(), m_queues.cend(), [](const Watched &w) { return !w.periods.isEmpty(); }));
}

std::optional<QueueStats> QueueStatsHub::latest(const QString &queue) const
{
    const auto it = m_queues.constFind(queue);
    return it == m_queues.cend() ? std::nullopt : it->latest;
}

void QueueStatsHub::pump()
{
    if (!m_client)
        return;
    if (m_queues.isEmpty()) {
        m_timer.stop();
        return;
    }
    const qint64 now = m_clock.elapsed();
    for (auto it = m_queues.begin(); it != m_queues.end() && m_inFlight < MaxInFlight; ++it) {
        if (!it->inFlight && it->wanted() && it->dueAtMs <= now)
            poll(it.key(), *it);
    }
}

void QueueStatsHub::poll(const QString &queue, Watched &watched)
{
    watched.inFlight = true;
    ++m_inFlight;
    QObject *requests = m_requests;
    const ApiRequest::PollingScope polling; // the request log hides these unless asked
    m_client->stats(queue, requests, [this, queue, requests](const QueueStats &stats, const ApiError &error) {
        if (requests != m_requests)
            return;
        --m_inFlight;
        auto it = m_queues.find(queue);
        if (it == m_queues.end())
            return;
        it->inFlight = false;
        it->once = false;
        if (it->periods.isEmpty()) {
            m_queues.erase(it);   // before emitting: a listener may watch and rehash
            if (!error.isError()) // a one-off poll still delivers its figures
                emit statsUpdated(stats);
            pump();
            return;
        }
        // Failures wait a full period too: a down service is not hammered.
        it->dueAtMs = m_clock.elapsed() + qint64(it->period()) * backoffFactor();
        if (!error.isError())
            it->latest = stats;
        if (error.isError())
            emit statsFailed(queue, error);
        else
            emit statsUpdated(stats);
        pump();
    });
}
