#include "queue/QueuesSection.h"

#include "SemanticColors.h"
#include "StatusIcons.h"
#include "api/queue/InfraiQueueClient.h"
#include "explorer/TreeNode.h"
#include "queue/QueueStatsHub.h"

#include <QLocale>

void QueuesSection::reset(InfraiQueueClient *client, Node *queuesGroup)
{
    m_client = client;
    m_queues = queuesGroup;
    m_stats.clear();
    m_watched.clear();
    if (m_statsHub)
        m_statsHub->unwatchAll(&m_tree);
}

void QueuesSection::setStatsHub(QueueStatsHub *hub)
{
    m_statsHub = hub;
}

bool QueuesSection::owns(NodeKind kind) const
{
    return kind == NodeKind::QueuesGroup || kind == NodeKind::Queue || kind == NodeKind::DeadLetters;
}

QString QueuesSection::containerTitle(const Node *) const
{
    return DbTreeModel::tr("Queues");
}

QString QueuesSection::queueNameOf(const Node *node)
{
    if (node->kind == NodeKind::DeadLetters)
        node = node->parent;
    return node->kind == NodeKind::Queue ? node->name() : QString();
}

qint64 QueuesSection::deadCount(const Node *node) const
{
    const auto stats = m_stats.constFind(queueNameOf(node));
    return stats == m_stats.cend() ? qint64(-1) : stats->dlq;
}

QVariant QueuesSection::data(const Node *node, int column, int role) const
{
    if (node->kind != NodeKind::Queue && node->kind != NodeKind::DeadLetters)
        return {};
    const auto stats = m_stats.constFind(queueNameOf(node));
    const bool known = stats != m_stats.cend();
    const qint64 dead = known ? stats->dlq : 0;
    const bool isQueue = node->kind == NodeKind::Queue;
    switch (role) {
    case Qt::DecorationRole:
        if (column != DbTreeModel::NameColumn)
            return {};
        if (dead > 0)
            return StatusIcons::deadLetterBadge(dead);
        return isQueue ? StatusIcons::queue() : StatusIcons::deadLetters();
    case Qt::ForegroundRole:
        if (dead > 0 && (column == DbTreeModel::StatusColumn || !isQueue))
            return SemanticColors::color(SemanticColors::Role::Error);
        return {};
    case Qt::ToolTipRole:
        if (!known)
            return DbTreeModel::tr("Counts are loading…");
        return isQueue ? DbTreeModel::tr("%1 available, %2 in flight, %3 dead letters")
                             .arg(QLocale().toString(stats->available), QLocale().toString(stats->inFlight),
                                  QLocale().toString(stats->dlq))
                       : DbTreeModel::tr("%n dead letter(s): open to browse, search and redrive", nullptr, int(dead));
    case Qt::DisplayRole: break;
    default: return {};
    }
    const auto *record = std::get_if<QueueRecord>(&node->record);
    switch (column) {
    case DbTreeModel::NameColumn: return isQueue ? QVariant() : QVariant(DbTreeModel::tr("Dead letters"));
    case DbTreeModel::StatusColumn:
        if (!known)
            return QStringLiteral("…");
        if (!isQueue)
            return QLocale().toString(dead);
        // available · in flight · dead: the tooltip spells it out.
        return QStringLiteral("%1 · %2 · %3")
            .arg(QLocale().toString(stats->available), QLocale().toString(stats->inFlight), QLocale().toString(dead));
    case DbTreeModel::TypeColumn:
        if (record)
            return record->isFifo() ? DbTreeModel::tr("FIFO queue") : DbTreeModel::tr("standard queue");
        return DbTreeModel::tr("dead-letter list");
    case DbTreeModel::RegionColumn: return QString();
    case DbTreeModel::CreatedColumn:
        if (record && record->createdAt.isValid())
            return QLocale().toString(record->createdAt.toLocalTime(), QLocale::ShortFormat);
        return QString();
    default: return {};
    }
}

void QueuesSection::requestPage(Node *container)
{
    m_client->list(container->paging->cursor, pageSize(), requests(),
                   [this](const Page<QueueRecord> &page, const ApiError &error) {
                       if (!m_queues)
                           return;
                       if (error.isError())
                           return failPage(m_queues, error);
                       appendQueues(page.items, page.nextCursor);
                   });
}

QueuesSection::Node *QueuesSection::container(NodeKind, const QString &) const
{
    return m_queues;
}

void QueuesSection::relistPage(NodeKind, const QString &, const QString &cursor, int limit, const RelistDone &done)
{
    m_client->list(cursor, limit, requests(), [this, done](const Page<QueueRecord> &page, const ApiError &error) {
        QStringList ids;
        for (const QueueRecord &q : page.items)
            ids << DbTreeModel::queueNodeId(q.name);
        done(ids, page.nextCursor, error, [&] {
            for (const QueueRecord &q : page.items) {
                upsertQueue(q);
                // Fresh counts for the queues on screen; the others get theirs when they
                // come into view (a thousand queues are not a thousand requests).
                if (m_statsHub && m_watched.contains(q.name))
                    m_statsHub->refreshNow(q.name);
            }
        });
    });
}

void QueuesSection::removeGone(const QString &id)
{
    if (Node *node = byId(id); node && node->kind == NodeKind::Queue)
        removeQueue(node->name());
}

std::unique_ptr<QueuesSection::Node> QueuesSection::makeQueueNode(const QueueRecord &queue)
{
    auto node = std::make_unique<Node>(NodeKind::Queue);
    node->id = DbTreeModel::queueNodeId(queue.name);
    setRecord(*node, queue);
    auto dead = std::make_unique<Node>(NodeKind::DeadLetters);
    dead->id = DbTreeModel::deadLettersNodeId(queue.name);
    dead->parent = node.get();
    node->children.push_back(std::move(dead));
    return node;
}

void QueuesSection::appendQueues(const QList<QueueRecord> &queues, const QString &nextCursor)
{
    if (!m_queues)
        return;
    for (const QueueRecord &queue : queues)
        upsertQueue(queue);
    finishPage(m_queues, nextCursor);
    pageLoaded(m_queues, int(queues.size()));
}

void QueuesSection::upsertQueue(const QueueRecord &queue)
{
    if (Node *node = byId(DbTreeModel::queueNodeId(queue.name))) {
        setRecord(*node, queue);
        rowChanged(node);
        return;
    }
    if (!m_queues)
        return;
    insertChild(m_queues, makeQueueNode(queue));
    // Counts once at first sight; the view then keeps the visible ones live.
    if (m_statsHub && !m_watched.contains(queue.name))
        m_statsHub->pollOnce(queue.name);
}

void QueuesSection::setWatchedQueues(const QSet<QString> &names)
{
    if (!m_statsHub)
        return;
    for (const QString &name : std::as_const(m_watched))
        if (!names.contains(name))
            m_statsHub->unwatch(name, &m_tree);
    for (const QString &name : names)
        if (!m_watched.contains(name) && byId(DbTreeModel::queueNodeId(name)))
            m_statsHub->watch(name, DbTreeModel::QueueStatsPeriodMs, &m_tree);
    m_watched = names;
}

void QueuesSection::removeQueue(const QString &name)
{
    if (Node *node = byId(DbTreeModel::queueNodeId(name)))
        removeNode(node);
    m_stats.remove(name);
    m_watched.remove(name);
    if (m_statsHub)
        m_statsHub->unwatch(name, &m_tree);
}

void QueuesSection::applyStats(const QueueStats &stats)
{
    Node *node = byId(DbTreeModel::queueNodeId(stats.queue));
    if (!node)
        return;
    m_stats.insert(stats.queue, stats);
    rowChanged(node);
    rowChanged(node->children.front().get());
}

std::optional<QueueRecord> QueuesSection::queue(const QString &name) const
{
    const Node *node = byId(DbTreeModel::queueNodeId(name));
    if (const auto *record = node ? std::get_if<QueueRecord>(&node->record) : nullptr)
        return *record;
    return std::nullopt;
}

std::optional<QueueStats> QueuesSection::queueStats(const QString &name) const
{
    const auto it = m_stats.constFind(name);
    return it == m_stats.cend() ? std::nullopt : std::optional<QueueStats>(*it);
}

QStringList QueuesSection::queueNames() const
{
    QStringList names;
    if (m_queues)
        for (const auto &child : m_queues->children)
            if (child->kind == NodeKind::Queue)
                names << child->name();
    return names;
}
