#include "profiles/ServiceHealth.h"

#include <algorithm>

void ServiceHealth::report(const QString &key, Area area, const ApiError &error)
{
    const auto it = std::find_if(m_problems.begin(), m_problems.end(), [&](const Problem &p) { return p.key == key; });
    if (it != m_problems.end()) {
        // Still failing: the latest error, the first time it failed.
        it->area = area;
        it->error = error;
    } else {
        m_problems.push_back({key, area, error, QDateTime::currentDateTimeUtc()});
    }
    emit changed();
}

void ServiceHealth::clear(const QString &key)
{
    const auto gone = std::erase_if(m_problems, [&](const Problem &p) { return p.key == key; });
    if (gone > 0)
        emit changed();
}

void ServiceHealth::clearPrefix(const QString &prefix)
{
    const auto gone = std::erase_if(m_problems, [&](const Problem &p) { return p.key.startsWith(prefix); });
    if (gone > 0)
        emit changed();
}

void ServiceHealth::clearAll()
{
    if (m_problems.empty())
        return;
    m_problems.clear();
    emit changed();
}

QList<ServiceHealth::Area> ServiceHealth::failingAreas() const
{
    QList<Area> areas;
    for (const Area area : {Area::Databases, Area::Queues})
        if (std::any_of(m_problems.begin(), m_problems.end(), [area](const Problem &p) { return p.area == area; }))
            areas.append(area);
    return areas;
}

int ServiceHealth::commonStatus(Area area) const
{
    int status = -1;
    for (const Problem &problem : m_problems) {
        if (problem.area != area)
            continue;
        if (status >= 0 && status != problem.error.httpStatus())
            return 0;
        status = problem.error.httpStatus();
    }
    return std::max(status, 0);
}
