#pragma once

#include "explorer/TreeSection.h"

#include <QHash>

class InfraiQueueClient;
class QueueStatsHub;

// The infrai queues part of the explorer: Queues → queue → Dead letters, with counts kept
// live for the queues on screen (the others keep their last figures).
class QueuesSection final : public TreeSection
{
public:
    using TreeSection::TreeSection;

    void reset(InfraiQueueClient *client, Node *queuesGroup);
    void setStatsHub(QueueStatsHub *hub);
    Node *group() const { return m_queues; }

    void appendQueues(const QList<QueueRecord> &queues, const QString &nextCursor);
    void upsertQueue(const QueueRecord &queue);
    void removeQueue(const QString &name);
    void setWatchedQueues(const QSet<QString> &names);
    void applyStats(const QueueStats &stats);
    std::optional<QueueRecord> queue(const QString &name) const;
    std::optional<QueueStats> queueStats(const QString &name) const;
    QStringList queueNames() const;
    // The queue of a Queue or Dead letters row (empty for other rows).
    static QString queueNameOf(const Node *node);
    qint64 deadCount(const Node *node) const;

    // TreeSection
    bool owns(NodeKind kind) const override;
    QString containerTitle(const Node *container) const override;
    QVariant data(const Node *node, int column, int role) const override;
    void requestPage(Node *container) override;
    Node *container(NodeKind kind, const QString &projectId) const override;
    void relistPage(NodeKind kind, const QString &projectId, const QString &cursor, int limit,
                    const RelistDone &done) override;
    void removeGone(const QString &id) override;

private:
    std::unique_ptr<Node> makeQueueNode(const QueueRecord &queue);

    InfraiQueueClient *m_client = nullptr;
    QueueStatsHub *m_statsHub = nullptr;
    Node *m_queues = nullptr;
    QHash<QString, QueueStats> m_stats;
    QSet<QString> m_watched;
};
