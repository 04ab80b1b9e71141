#pragma once

#include "api/ApiError.h"
#include "api/db/DbTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

class InfraiDbClient;

// Polls resources that are still provisioning until they settle, with per-resource
// exponential backoff; one timer serves every watch so fifty of them cost nothing.
class ResourcePoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourcePoller)

public:
    enum class Kind { Project, Branch };

    explicit ResourcePoller(QObject *parent = nullptr);

    void setClient(InfraiDbClient *client);
    void watch(const QString &id, Kind kind);
    void unwatch(const QString &id);
    bool isWatching(const QString &id) const { return m_watches.contains(id); }
    int watchCount() const { return int(m_watches.size()); }

    int firstDelayMs = 600;
    int maxDelayMs = 8000;

signals:
    void projectPolled(const DbProject &project);
    void branchPolled(const DbBranch &branch);
    void vanished(const QString &id);

private:
    struct Watch
    {
        Kind kind;
        qint64 dueAt;
        int delayMs;
        bool inFlight = false;
    };
    void tick();
    void poll(const QString &id, Watch &watch);
    void reschedule(const QString &id);

    InfraiDbClient *m_client = nullptr;
    QHash<QString, Watch> m_watches;
    QTimer m_timer;
    QElapsedTimer m_clock;
};
