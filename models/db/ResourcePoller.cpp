#include "db/ResourcePoller.h"

#include "api/db/InfraiDbClient.h"

#include <algorithm>

using namespace Qt::StringLiterals;

ResourcePoller::ResourcePoller(QObject *parent) : QObject(parent)
{
    m_clock.start();
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &ResourcePoller::tick);
}

void ResourcePoller::setClient(InfraiDbClient *client)
{
    m_client = client;
    m_watches.clear();
    m_timer.stop();
}

void ResourcePoller::watch(const QString &id, Kind kind)
{
    if (m_watches.contains(id))
        return;
    m_watches.insert(id, {kind, m_clock.elapsed() + firstDelayMs, firstDelayMs});
    if (!m_timer.isActive())
        m_timer.start();
}

void ResourcePoller::unwatch(const QString &id)
{
    m_watches.remove(id);
    if (m_watches.isEmpty())
        m_timer.stop();
}

void ResourcePoller::tick()
{
    if (!m_client)
        return;
    const qint64 now = m_clock.elapsed();
    for (auto it = m_watches.begin(); it != m_watches.end(); ++it) {
        if (!it->inFlight && it->dueAt <= now)
            poll(it.key(), *it);
    }
}

void ResourcePoller::reschedule(const QString &id)
{
    auto it = m_watches.find(id);
    if (it == m_watches.end())
        return;
    it->inFlight = false;
    it->delayMs = std::min(maxDelayMs, it->delayMs * 2);
    it->dueAt = m_clock.elapsed() + it->delayMs;
}

void ResourcePoller::poll(const QString &id, Watch &watch)
{
    watch.inFlight = true;
    auto handleError = [this, id](const ApiError &error) {
        if (error.kind() == ApiError::Kind::NotFound) {
            unwatch(id);
            emit vanished(id);
        } else {
            reschedule(id); // transient trouble: keep watching, further apart
        }
    };
    ApiRequest request = InfraiDbClient::getRequest(watch.kind == Kind::Project ? u"project"_s : u"branch"_s, id);
    request.polling = true; // the request log hides these unless asked
    if (watch.kind == Kind::Project) {
        m_client->sendProject(request, this, [this, id, handleError](const DbProject &project, const ApiError &error) {
            if (!m_watches.contains(id))
                return;
            if (error.isError())
                return handleError(error);
            if (project.status == ResourceStatus::Provisioning)
                reschedule(id);
            else
                unwatch(id);
            emit projectPolled(project);
        });
    } else {
        m_client->sendBranch(request, this, [this, id, handleError](const DbBranch &branch, const ApiError &error) {
            if (!m_watches.contains(id))
                return;
            if (error.isError())
                return handleError(error);
            if (branch.status == ResourceStatus::Provisioning)
                reschedule(id);
            else
                unwatch(id);
            emit branchPolled(branch);
        });
    }
}
