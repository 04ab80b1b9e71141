#include "DbTreeModel.h"

#include "QueueStatsHub.h"
#include "ResourcePoller.h"
#include "StatusIcons.h"
#include "api/InfraiDbClient.h"
#include "api/InfraiQueueClient.h"

#include <QLocale>

#include <cstring>

using namespace Qt::StringLiterals;

// Paging state, only on containers (and the profile's label): kept out of line so the
// 100,000 leaf nodes of a big tree stay small.
struct Paging
{
    QString label; // profile name
    QString cursor;
    bool fetched = false;
    bool fetching = false;
    QString error;
    DbTreeModel::Node *loadMore = nullptr;
};

struct DbTreeModel::Node
{
    explicit Node(NodeKind k) : kind(k)
    {
        if (k == NodeKind::Profile || k == NodeKind::DatabasesGroup || k == NodeKind::BranchesGroup ||
            k == NodeKind::SnapshotsGroup || k == NodeKind::QueuesGroup)
            paging = std::make_unique<Paging>();
    }
    NodeKind kind;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    QString id;
    std::variant<std::monostate, DbProject, DbBranch, DbSnapshot, QueueRecord> record;
    int searchSlot = -1; // entry in the model's contiguous search text
    bool lineageLoop = false; // its parent chain loops back to itself: kept at the top level
    // Under filter generation G, the node (or a descendant) matches iff hitGen == G.
    quint32 hitGen = 0;
    std::unique_ptr<Paging> paging;
    Node *loadMoreRow() const { return paging ? paging->loadMore : nullptr; }
    bool isFetching() const { return paging && paging->fetching; }
    QString errorText() const { return paging ? paging->error : QString(); }

    bool isContainer() const
    {
        return kind == NodeKind::DatabasesGroup || kind == NodeKind::BranchesGroup ||
               kind == NodeKind::SnapshotsGroup || kind == NodeKind::QueuesGroup;
    }
    QString name() const
    {
        if (const auto *p = std::get_if<DbProject>(&record))
            return p->name;
        if (const auto *b = std::get_if<DbBranch>(&record))
            return b->name;
        if (const auto *s = std::get_if<DbSnapshot>(&record))
            return s->label.isEmpty() ? s->id : s->label;
        if (const auto *q = std::get_if<QueueRecord>(&record))
            return q->name;
        return paging ? paging->label : QString();
    }
    ResourceStatus status() const
    {
        if (const auto *p = std::get_if<DbProject>(&record))
            return p->status;
        if (const auto *b = std::get_if<DbBranch>(&record))
            return b->status;
        if (std::holds_alternative<DbSnapshot>(record))
            return ResourceStatus::Ready;
        return ResourceStatus::Unknown;
    }
    QDateTime createdAt() const
    {
        if (const auto *p = std::get_if<DbProject>(&record))
            return p->createdAt;
        if (const auto *b = std::get_if<DbBranch>(&record))
            return b->createdAt;
        if (const auto *s = std::get_if<DbSnapshot>(&record))
            return s->createdAt;
        if (const auto *q = std::get_if<QueueRecord>(&record))
            return q->createdAt;
        return {};
    }
    QString projectId() const
    {
        if (const auto *p = std::get_if<DbProject>(&record))
            return p->id;
        if (const auto *b = std::get_if<DbBranch>(&record))
            return b->projectId;
        if (const auto *s = std::get_if<DbSnapshot>(&record))
            return s->projectId;
        return parent ? parent->projectId() : QString();
    }
    Node *child(NodeKind wanted) const
    {
        for (const auto &c : children)
            if (c->kind == wanted)
                return c.get();
        return nullptr;
    }
};

namespace {

QString statusText(ResourceStatus status)
{
    switch (status) {
    case ResourceStatus::Provisioning: return DbTreeModel::tr("provisioning");
    case ResourceStatus::Ready: return DbTreeModel::tr("ready");
    case ResourceStatus::Deleting: return DbTreeModel::tr("deleting");
    case ResourceStatus::Failed: return DbTreeModel::tr("failed");
    case ResourceStatus::Unknown: return DbTreeModel::tr("unknown");
    }
    return {};
}

} // namespace

DbTreeModel::DbTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>(NodeKind::Profile)),
      m_poller(new ResourcePoller(this))
{
    connect(m_poller, &ResourcePoller::projectPolled, this, [this](const DbProject &project) {
        upsertProject(project);
        if (project.status != ResourceStatus::Provisioning)
            emit resourceSettled(project.id, project.status);
    });
    connect(m_poller, &ResourcePoller::branchPolled, this, [this](const DbBranch &branch) {
        upsertBranch(branch);
        if (branch.status != ResourceStatus::Provisioning)
            emit resourceSettled(branch.id, branch.status);
    });
    connect(m_poller, &ResourcePoller::vanished, this, &DbTreeModel::removeResource);
}

DbTreeModel::~DbTreeModel() = default;

void DbTreeModel::setStatsHub(QueueStatsHub *hub)
{
    m_statsHub = hub;
    connect(hub, &QueueStatsHub::statsUpdated, this, &DbTreeModel::applyStats);
}

void DbTreeModel::setClient(InfraiDbClient *client, const QString &profileName, InfraiQueueClient *queues)
{
    beginResetModel();
    delete m_requests; // drops callbacks of pages still in flight for the old connection
    m_requests = new QObject(this);
    m_client = client;
    m_poller->setClient(client);
    m_byId.clear();
    m_searchText.clear();
    m_searchEntries.clear();
    m_deadSearchEntries = 0;
    m_root = std::make_unique<Node>(NodeKind::Profile);
    m_profile = m_databases = m_queues = nullptr;
    m_queueClient = queues;
    m_queueStats.clear();
    m_watchedQueues.clear();
    if (m_statsHub)
        m_statsHub->unwatchAll(this);
    if (client) {
        auto profile = std::make_unique<Node>(NodeKind::Profile);
        profile->paging->label = profileName;
        profile->parent = m_root.get();
        auto databases = std::make_unique<Node>(NodeKind::DatabasesGroup);
        databases->parent = profile.get();
        m_databases = databases.get();
        profile->children.push_back(std::move(databases));
        if (queues) {
            auto queuesGroup = std::make_unique<Node>(NodeKind::QueuesGroup);
            queuesGroup->parent = profile.get();
            queuesGroup->row = 1;
            m_queues = queuesGroup.get();
            profile->children.push_back(std::move(queuesGroup));
        }
        m_profile = profile.get();
        m_root->children.push_back(std::move(profile));
    }
    endResetModel();
}

DbTreeModel::Node *DbTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex DbTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex DbTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex DbTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int DbTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int DbTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool DbTreeModel::hasChildren(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (parent.column() > 0)
        return false;
    if (node->isContainer())
        return !node->paging->fetched || !node->children.empty();
    return !node->children.empty();
}

Qt::ItemFlags DbTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant DbTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case StatusColumn: return tr("Status");
    case VendorColumn: return tr("Vendor");
    case RegionColumn: return tr("Region");
    case CreatedColumn: return tr("Created");
    }
    return {};
}

QVariant DbTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case KindRole: return QVariant::fromValue(node->kind);
    case IdRole: return node->id;
    case ProjectIdRole: return node->projectId();
    case StatusRole: return int(node->status());
    case LoadingRole: return node->isFetching();
    case SearchRole: return searchKeyOf(node).toString();
    case QueueNameRole: return queueNameOf(node);
    case DeadCountRole: {
        const auto stats = m_queueStats.constFind(queueNameOf(node));
        return stats == m_queueStats.cend() ? qint64(-1) : stats->dlq;
    }
    default: break;
    }
    if (node->kind == NodeKind::Queue || node->kind == NodeKind::DeadLetters) {
        const QVariant queueData = queueRowData(node, index.column(), role);
        if (queueData.isValid() || role != Qt::DisplayRole || index.column() != NameColumn)
            return queueData;
    }
    if (role == Qt::ToolTipRole) {
        if (!node->errorText().isEmpty())
            return node->errorText();
        if (node->lineageLoop)
            return tr("%1\nThe parent chain of this branch loops back to itself (as the server reports it), "
                      "so it is shown at the top level.").arg(node->id);
        return node->id.isEmpty() ? QVariant() : QVariant(node->id);
    }
    if (role == Qt::DecorationRole && index.column() == NameColumn) {
        if (node->lineageLoop)
            return StatusIcons::warning();
        if (node->kind == NodeKind::Project || node->kind == NodeKind::Branch)
            return StatusIcons::forStatus(node->status());
        if (node->kind == NodeKind::Snapshot)
            return StatusIcons::snapshot();
        if (node->isContainer() || node->kind == NodeKind::Profile)
            return StatusIcons::folder(!node->errorText().isEmpty());
        return {};
    }
    if (role == Qt::ForegroundRole && node->kind == NodeKind::LoadMore)
        return QColor(0x1565c0);
    if (role != Qt::DisplayRole)
        return {};

    switch (index.column()) {
    case NameColumn:
        switch (node->kind) {
        case NodeKind::Profile: return node->paging->label;
        case NodeKind::DatabasesGroup:
        case NodeKind::BranchesGroup:
        case NodeKind::SnapshotsGroup:
        case NodeKind::QueuesGroup: {
            const QString title = node->kind == NodeKind::DatabasesGroup ? tr("Databases")
                                  : node->kind == NodeKind::QueuesGroup   ? tr("Queues")
                                  : node->kind == NodeKind::BranchesGroup ? tr("Branches")
                                                                          : tr("Snapshots");
            if (node->isFetching())
                return tr("%1 — loading…").arg(title);
            if (!node->errorText().isEmpty())
                return tr("%1 — failed to load").arg(title);
            return title;
        }
        case NodeKind::LoadMore: return tr("Load more…");
        default: return node->name();
        }
    case StatusColumn:
        if (node->kind == NodeKind::Project || node->kind == NodeKind::Branch)
            return statusText(node->status());
        return {};
    case VendorColumn:
        if (const auto *p = std::get_if<DbProject>(&node->record))
            return p->vendor;
        return {};
    case RegionColumn:
        if (const auto *p = std::get_if<DbProject>(&node->record))
            return p->region;
        return {};
    case CreatedColumn: {
        const QDateTime created = node->createdAt();
        return created.isValid() ? QLocale().toString(created.toLocalTime(), QLocale::ShortFormat)
                                 : QVariant();
    }
    }
    return {};
}

bool DbTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (parent.column() > 0 || !m_client)
        return false;
    return node->isContainer() && !node->paging->fetching && node->paging->error.isEmpty() &&
           (!node->paging->fetched || !node->paging->cursor.isEmpty());
}

void DbTreeModel::fetchMore(const QModelIndex &parent)
{
    Node *node = nodeOf(parent);
    if (!canFetchMore(indexOf(node)))
        return;
    requestPage(node);
}

void DbTreeModel::requestPage(Node *container)
{
    container->paging->fetching = true;
    emitRowChanged(container);
    const QString cursor = container->paging->cursor;
    const QString projectId = container->projectId();
    // Nodes may be deleted while the page is in flight: look the container up again.
    const QString containerKey = container->kind == NodeKind::DatabasesGroup ? QString() : projectId;
    const NodeKind kind = container->kind;
    if (kind == NodeKind::QueuesGroup) {
        m_queueClient->list(cursor, m_pageSize, m_requests, [this](const Page<QueueRecord> &page, const ApiError &error) {
            if (!m_queues)
                return;
            if (error.isError())
                return failPage(m_queues, error);
            appendQueues(page.items, page.nextCursor);
        });
        return;
    }
    auto locate = [this, containerKey, kind]() -> Node * {
        if (kind == NodeKind::DatabasesGroup)
            return m_databases;
        Node *project = m_byId.value(containerKey);
        return project ? project->child(kind) : nullptr;
    };
    if (kind == NodeKind::DatabasesGroup) {
        m_client->listProjects(cursor, m_pageSize, m_requests,
                               [this, locate](const Page<DbProject> &page, const ApiError &error) {
                                   if (Node *target = locate()) {
                                       if (error.isError())
                                           return failPage(target, error);
                                       appendProjects(page.items, page.nextCursor);
                                   }
                               });
    } else if (kind == NodeKind::BranchesGroup) {
        m_client->listBranches(projectId, cursor, m_pageSize, m_requests,
                               [this, locate, projectId](const Page<DbBranch> &page, const ApiError &error) {
                                   if (Node *target = locate()) {
                                       if (error.isError())
                                           return failPage(target, error);
                                       appendBranches(projectId, page.items, page.nextCursor);
                                   }
                               });
    } else {
        m_client->listSnapshots(projectId, cursor, m_pageSize, m_requests,
                                [this, locate](const Page<DbSnapshot> &page, const ApiError &error) {
                                    Node *target = locate();
                                    if (!target)
                                        return;
                                    if (error.isError())
                                        return failPage(target, error);
                                    for (const DbSnapshot &snapshot : page.items)
                                        upsertSnapshot(snapshot);
                                    finishPage(target, page.nextCursor);
                                    emit pageLoaded(indexOf(target), int(page.items.size()));
                                });
    }
}

void DbTreeModel::finishPage(Node *container, const QString &nextCursor)
{
    // Only the loading/failed label shows paging state: repaint the row when that changed.
    const bool labelChanged = container->paging->fetching || !container->paging->error.isEmpty();
    container->paging->fetching = false;
    container->paging->fetched = true;
    container->paging->error.clear();
    container->paging->cursor = nextCursor;
    setLoadMoreRow(container, !nextCursor.isEmpty());
    if (labelChanged)
        emitRowChanged(container);
}

void DbTreeModel::failPage(Node *container, const ApiError &error)
{
    container->paging->fetching = false;
    container->paging->error = error.message();
    emitRowChanged(container);
    emit loadFailed(indexOf(container), error);
}

void DbTreeModel::setLoadMoreRow(Node *container, bool wanted)
{
    if (wanted && !container->paging->loadMore) {
        container->paging->loadMore = insertChild(container, std::make_unique<Node>(NodeKind::LoadMore));
    } else if (!wanted && container->paging->loadMore) {
        Node *row = container->paging->loadMore;
        container->paging->loadMore = nullptr;
        removeNode(row);
    } else if (wanted && container->paging->loadMore->row != int(container->children.size()) - 1) {
        // Keep "Load more…" last after new rows were appended.
        Node *row = container->paging->loadMore;
        container->paging->loadMore = nullptr;
        removeNode(row);
        container->paging->loadMore = insertChild(container, std::make_unique<Node>(NodeKind::LoadMore));
    }
}

DbTreeModel::Node *DbTreeModel::insertChild(Node *parent, std::unique_ptr<Node> child, int row)
{
    auto &siblings = parent->children;
    // New rows go before a trailing "Load more…" row.
    const int end = int(siblings.size()) - (parent->loadMoreRow() ? 1 : 0);
    if (row < 0 || row > end)
        row = end;
    child->parent = parent;
    child->row = row;
    Node *raw = child.get();
    child->parent = parent;
    markFilterHits(raw);
    beginInsertRows(indexOf(parent), row, row);
    siblings.insert(siblings.begin() + row, std::move(child));
    for (size_t i = size_t(row) + 1; i < siblings.size(); ++i)
        siblings[i]->row = int(i);
    if (!raw->id.isEmpty())
        m_byId.insert(raw->id, raw);
    endInsertRows();
    return raw;
}

void DbTreeModel::removeNode(Node *node)
{
    Node *parent = node->parent;
    const int row = node->row;
    beginRemoveRows(indexOf(parent), row, row);
    std::function<void(Node *)> forget = [&](Node *n) {
        forgetSearchKey(n);
        if (!n->id.isEmpty()) {
            m_byId.remove(n->id);
            m_poller->unwatch(n->id);
        }
        for (auto &c : n->children)
            forget(c.get());
    };
    forget(node);
    auto &siblings = parent->children;
    siblings.erase(siblings.begin() + row);
    for (size_t i = size_t(row); i < siblings.size(); ++i)
        siblings[i]->row = int(i);
    endRemoveRows();
    compactSearchText();
}

std::unique_ptr<DbTreeModel::Node> DbTreeModel::makeProjectNode(const DbProject &project)
{
    auto node = std::make_unique<Node>(NodeKind::Project);
    node->id = project.id;
    assign(*node, project);
    for (NodeKind group : {NodeKind::BranchesGroup, NodeKind::SnapshotsGroup}) {
        auto child = std::make_unique<Node>(group);
        child->parent = node.get();
        child->row = int(node->children.size());
        node->children.push_back(std::move(child));
    }
    return node;
}

void DbTreeModel::appendProjects(const QList<DbProject> &projects, const QString &nextCursor)
{
    if (!m_databases)
        return;
    // New projects arrive as one contiguous block: a single insert notification.
    QList<const DbProject *> fresh;
    for (const DbProject &project : projects) {
        if (m_byId.contains(project.id))
            upsertProject(project);
        else
            fresh.append(&project);
    }
    if (!fresh.isEmpty()) {
        auto &siblings = m_databases->children;
        const int first = int(siblings.size()) - (m_databases->paging->loadMore ? 1 : 0);
        std::vector<std::unique_ptr<Node>> block;
        block.reserve(size_t(fresh.size()));
        for (const DbProject *project : fresh) {
            std::unique_ptr<Node> node = makeProjectNode(*project);
            node->parent = m_databases;
            markFilterHits(node.get());
            block.push_back(std::move(node));
        }
        beginInsertRows(indexOf(m_databases), first, first + int(fresh.size()) - 1);
        for (const auto &node : block)
            m_byId.insert(node->id, node.get());
        siblings.insert(siblings.begin() + first, std::make_move_iterator(block.begin()),
                        std::make_move_iterator(block.end()));
        for (size_t i = size_t(first); i < siblings.size(); ++i)
            siblings[i]->row = int(i);
        endInsertRows();
        for (const DbProject *project : fresh)
            watchIfProvisioning(project->id, project->status, u"project"_s);
    }
    finishPage(m_databases, nextCursor);
    emit pageLoaded(indexOf(m_databases), int(projects.size()));
}

void DbTreeModel::appendBranches(const QString &projectId, const QList<DbBranch> &branches,
                                 const QString &nextCursor)
{
    Node *project = m_byId.value(projectId);
    if (!project)
        return;
    Node *group = project->child(NodeKind::BranchesGroup);
    // Known branches update in place; new ones are built into subtrees first and then
    // inserted as one block per parent, so a page costs a couple of notifications.
    // Pages are small: the page's own branches are found by a scan, not a hash.
    std::vector<std::pair<const QString *, Node *>> fresh;
    fresh.reserve(size_t(branches.size()));
    auto freshNode = [&fresh](const QString &id) -> Node * {
        // Inline length-and-bytes equality: Qt 6.4's operator== goes out of line per call.
        for (const auto &[key, node] : fresh)
            if (key->size() == id.size() &&
                std::memcmp(key->constData(), id.constData(), size_t(id.size()) * sizeof(QChar)) == 0)
                return node;
        return nullptr;
    };
    std::vector<std::unique_ptr<Node>> built;
    built.reserve(size_t(branches.size()));
    for (const DbBranch &branch : branches) {
        if (m_byId.contains(branch.id) || freshNode(branch.id)) {
            upsertBranch(branch);
            continue;
        }
        auto node = std::make_unique<Node>(NodeKind::Branch);
        node->id = branch.id;
        assign(*node, branch);
        fresh.emplace_back(&node->id, node.get());
        built.push_back(std::move(node));
    }
    // New subtrees per parent outside the page, in first-seen order (for stable rows); a
    // page has one or two such parents, so a list beats a map.
    std::vector<std::pair<Node *, std::vector<std::unique_ptr<Node>>>> blocks;
    auto blockOf = [&blocks](Node *parent) -> std::vector<std::unique_ptr<Node>> & {
        for (auto &[owner, block] : blocks)
            if (owner == parent)
                return block;
        return blocks.emplace_back(parent, std::vector<std::unique_ptr<Node>>()).second;
    };
    for (auto &node : built) {
        const QString &parentId = std::get<DbBranch>(node->record).parentBranchId;
        Node *pageParent = freshNode(parentId);
        if (pageParent && pageParent != node.get()) {
            node->parent = pageParent;
            node->row = int(pageParent->children.size());
            pageParent->children.push_back(std::move(node));
            continue;
        }
        Node *parent = m_byId.value(parentId);
        if (!parent || parent->kind != NodeKind::Branch)
            parent = group;
        blockOf(parent).push_back(std::move(node));
    }
    for (auto &[parent, block] : blocks) {
        auto &siblings = parent->children;
        const int first = int(siblings.size()) - (parent->loadMoreRow() ? 1 : 0);
        for (auto &n : block) {
            n->parent = parent;
            markFilterHits(n.get());
        }
        beginInsertRows(indexOf(parent), first, first + int(block.size()) - 1);
        std::vector<Node *> pending;
        for (auto &n : block) {
            n->parent = parent;
            pending.push_back(n.get());
        }
        while (!pending.empty()) { // every node of the new subtrees, by id
            Node *n = pending.back();
            pending.pop_back();
            m_byId.insert(n->id, n);
            for (auto &c : n->children)
                pending.push_back(c.get());
        }
        siblings.insert(siblings.begin() + first, std::make_move_iterator(block.begin()),
                        std::make_move_iterator(block.end()));
        for (size_t i = size_t(first); i < siblings.size(); ++i)
            siblings[i]->row = int(i);
        endInsertRows();
    }
    for (const auto &[id, node] : fresh) {
        adoptOrphans(group, node);
        watchIfProvisioning(*id, node->status(), u"branch"_s);
    }
    finishPage(group, nextCursor);
    emit pageLoaded(indexOf(group), int(branches.size()));
}

void DbTreeModel::placeBranch(Node *group, const DbBranch &branch)
{
    auto node = std::make_unique<Node>(NodeKind::Branch);
    node->id = branch.id;
    assign(*node, branch);
    node->lineageLoop = branch.parentBranchId == branch.id;
    Node *parent = m_byId.value(branch.parentBranchId);
    if (!parent || parent->kind != NodeKind::Branch)
        parent = group; // the parent is not loaded (yet): show it at the top level for now
    Node *placed = insertChild(parent, std::move(node));
    adoptOrphans(group, placed);
}

void DbTreeModel::adoptOrphans(Node *group, Node *newParent)
{
    // Children listed before their parent move under it once it arrives. Usually the group
    // holds just the root branch, so this scan is short.
    for (int row = int(group->children.size()) - 1; row >= 0; --row) {
        Node *candidate = group->children[size_t(row)].get();
        const auto *branch = std::get_if<DbBranch>(&candidate->record);
        if (!branch || branch->parentBranchId != newParent->id)
            continue;
        // A server may report a parent_branch cycle: a branch cannot move under itself or
        // one of its own descendants. It stays at the top level, marked.
        std::vector<Node *> chain; // newParent up to the candidate, if the candidate is above it
        for (Node *up = newParent; up && up != group; up = up->parent) {
            chain.push_back(up);
            if (up == candidate)
                break;
        }
        if (!chain.empty() && chain.back() == candidate) {
            for (Node *member : chain) {
                member->lineageLoop = true;
                emitRowChanged(member);
            }
            continue;
        }
        const int target = int(newParent->children.size());
        if (!beginMoveRows(indexOf(group), row, row, indexOf(newParent), target))
            continue;
        std::unique_ptr<Node> moved = std::move(group->children[size_t(row)]);
        group->children.erase(group->children.begin() + row);
        for (size_t i = size_t(row); i < group->children.size(); ++i)
            group->children[i]->row = int(i);
        moved->parent = newParent;
        moved->row = target;
        newParent->children.push_back(std::move(moved));
        endMoveRows();
    }
}

void DbTreeModel::upsertProject(const DbProject &project)
{
    if (Node *node = m_byId.value(project.id)) {
        assign(*node, project);
        emitRowChanged(node);
    } else if (m_databases) {
        insertChild(m_databases, makeProjectNode(project));
    }
    watchIfProvisioning(project.id, project.status, u"project"_s);
}

void DbTreeModel::upsertBranch(const DbBranch &branch)
{
    if (Node *node = m_byId.value(branch.id)) {
        assign(*node, branch);
        emitRowChanged(node);
    } else if (Node *project = m_byId.value(branch.projectId)) {
        placeBranch(project->child(NodeKind::BranchesGroup), branch);
    }
    watchIfProvisioning(branch.id, branch.status, u"branch"_s);
}

void DbTreeModel::upsertSnapshot(const DbSnapshot &snapshot)
{
    if (Node *node = m_byId.value(snapshot.id)) {
        assign(*node, snapshot);
        emitRowChanged(node);
        return;
    }
    Node *project = m_byId.value(snapshot.projectId);
    if (!project)
        return;
    auto node = std::make_unique<Node>(NodeKind::Snapshot);
    node->id = snapshot.id;
    assign(*node, snapshot);
    insertChild(project->child(NodeKind::SnapshotsGroup), std::move(node));
}

void DbTreeModel::removeResource(const QString &id)
{
    Node *node = m_byId.value(id);
    if (!node)
        return;
    if (node->kind == NodeKind::Branch) {
        // Children of a removed branch stay visible at the group level.
        Node *group = containerFor(node);
        while (!node->children.empty()) {
            const int target = int(group->children.size()) - (group->loadMoreRow() ? 1 : 0);
            beginMoveRows(indexOf(node), 0, 0, indexOf(group), target);
            std::unique_ptr<Node> moved = std::move(node->children.front());
            node->children.erase(node->children.begin());
            for (size_t i = 0; i < node->children.size(); ++i)
                node->children[i]->row = int(i);
            moved->parent = group;
            group->children.insert(group->children.begin() + target, std::move(moved));
            for (size_t i = size_t(target); i < group->children.size(); ++i)
                group->children[i]->row = int(i);
            endMoveRows();
        }
    }
    removeNode(node);
}

DbTreeModel::Node *DbTreeModel::containerFor(Node *node) const
{
    Node *walk = node->parent;
    while (walk && !walk->isContainer())
        walk = walk->parent;
    return walk;
}

void DbTreeModel::watchIfProvisioning(const QString &id, ResourceStatus status, const QString &kind)
{
    if (status == ResourceStatus::Provisioning)
        m_poller->watch(id, kind == u"project" ? ResourcePoller::Kind::Project
                                                : ResourcePoller::Kind::Branch);
}

void DbTreeModel::emitRowChanged(Node *node)
{
    if (node == m_root.get())
        return;
    emit dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
}

template <typename Record>
void DbTreeModel::assign(Node &node, const Record &record)
{
    node.record = record;
    // The key ("name id", lower-case) is copied and folded in one pass straight into the
    // shared buffer: no temporary strings for the 100,000 rows of a big page run.
    const QString name = node.name();
    const qsizetype offset = m_searchText.size();
    const qsizetype length = name.size() + 1 + node.id.size();
    m_searchText.resize(offset + length); // grows geometrically, in place where it can
    QChar *key = m_searchText.data() + offset;
    const auto foldInto = [](QChar *out, QStringView text) {
        for (const QChar c : text) {
            // Names and ids are nearly always ASCII: fold those inline, the rest through Qt.
            const char16_t u = c.unicode();
            *out++ = u < 0x80 ? QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u) : c.toLower();
        }
        return out;
    };
    QChar *end = foldInto(key, name);
    *end++ = u' ';
    foldInto(end, node.id);
    if (node.searchSlot >= 0) {
        if (searchKeyOf(&node) == QStringView(key, length)) {
            m_searchText.truncate(offset); // unchanged: keep the old entry
            return;
        }
        m_searchEntries[size_t(node.searchSlot)].node = nullptr;
        ++m_deadSearchEntries;
    }
    node.searchSlot = int(m_searchEntries.size());
    m_searchEntries.push_back({&node, offset, length});
}

QStringView DbTreeModel::searchKeyOf(const Node *node) const
{
    if (node->searchSlot < 0)
        return {};
    const SearchEntry &entry = m_searchEntries[size_t(node->searchSlot)];
    return QStringView(m_searchText).sliced(entry.offset, entry.length);
}

void DbTreeModel::forgetSearchKey(Node *node)
{
    if (node->searchSlot >= 0)
        m_searchEntries[size_t(node->searchSlot)].node = nullptr;
    node->searchSlot = -1;
    ++m_deadSearchEntries;
}

void DbTreeModel::compactSearchText()
{
    // Deleted rows leave holes; rebuild once they outnumber the live entries.
    if (m_deadSearchEntries < 1024 || m_deadSearchEntries * 2 < qsizetype(m_searchEntries.size()))
        return;
    QString text;
    std::vector<SearchEntry> entries;
    for (const SearchEntry &entry : m_searchEntries) {
        if (!entry.node)
            continue;
        entry.node->searchSlot = int(entries.size());
        entries.push_back({entry.node, qsizetype(text.size()), entry.length});
        text += QStringView(m_searchText).sliced(entry.offset, entry.length);
    }
    m_searchText = std::move(text);
    m_searchEntries = std::move(entries);
    m_deadSearchEntries = 0;
}

void DbTreeModel::setFilterNeedle(const QString &needle)
{
    m_filterNeedle = needle;
    ++m_filterGeneration;
    m_filterHitCount = 0;
    if (needle.isEmpty())
        return;
    // One scan over contiguous text; a hit marks its node and ancestors, stopping at the
    // first one already marked. Nodes that do not match are never touched.
    const QStringView text(m_searchText);
    for (const SearchEntry &entry : m_searchEntries) {
        if (!entry.node || !text.sliced(entry.offset, entry.length).contains(needle))
            continue;
        ++m_filterHitCount;
        for (Node *walk = entry.node; walk && walk->hitGen != m_filterGeneration; walk = walk->parent)
            walk->hitGen = m_filterGeneration;
    }
}

bool DbTreeModel::passesFilter(const QModelIndex &index) const
{
    return m_filterNeedle.isEmpty() || nodeOf(index)->hitGen == m_filterGeneration;
}

void DbTreeModel::markFilterHits(Node *node)
{
    // A subtree arrived while a filter is set: mark its matches like setFilterNeedle does.
    if (m_filterNeedle.isEmpty())
        return;
    if (searchKeyOf(node).contains(m_filterNeedle))
        for (Node *walk = node; walk && walk->hitGen != m_filterGeneration; walk = walk->parent)
            walk->hitGen = m_filterGeneration;
    for (const auto &child : node->children)
        markFilterHits(child.get());
}

QModelIndex DbTreeModel::queuesIndex() const
{
    return indexOf(m_queues);
}

std::unique_ptr<DbTreeModel::Node> DbTreeModel::makeQueueNode(const QueueRecord &queue)
{
    auto node = std::make_unique<Node>(NodeKind::Queue);
    node->id = queueNodeId(queue.name);
    assign(*node, queue);
    auto dead = std::make_unique<Node>(NodeKind::DeadLetters);
    dead->id = deadLettersNodeId(queue.name);
    dead->parent = node.get();
    node->children.push_back(std::move(dead));
    return node;
}

void DbTreeModel::appendQueues(const QList<QueueRecord> &queues, const QString &nextCursor)
{
    if (!m_queues)
        return;
    for (const QueueRecord &queue : queues)
        upsertQueue(queue);
    finishPage(m_queues, nextCursor);
    emit pageLoaded(indexOf(m_queues), int(queues.size()));
}

void DbTreeModel::upsertQueue(const QueueRecord &queue)
{
    if (Node *node = m_byId.value(queueNodeId(queue.name))) {
        assign(*node, queue);
        emitRowChanged(node);
        return;
    }
    if (!m_queues)
        return;
    Node *node = insertChild(m_queues, makeQueueNode(queue));
    Node *dead = node->children.front().get();
    m_byId.insert(dead->id, dead);
    // Counts once at first sight; the view then keeps the visible ones live.
    if (m_statsHub && !m_watchedQueues.contains(queue.name))
        m_statsHub->pollOnce(queue.name);
}

void DbTreeModel::setWatchedQueues(const QSet<QString> &names)
{
    if (!m_statsHub)
        return;
    for (const QString &name : std::as_const(m_watchedQueues))
        if (!names.contains(name))
            m_statsHub->unwatch(name, this);
    for (const QString &name : names)
        if (!m_watchedQueues.contains(name) && m_byId.contains(queueNodeId(name)))
            m_statsHub->watch(name, QueueStatsPeriodMs, this);
    m_watchedQueues = names;
}

void DbTreeModel::removeQueue(const QString &name)
{
    if (Node *node = m_byId.value(queueNodeId(name)))
        removeNode(node);
    m_queueStats.remove(name);
    m_watchedQueues.remove(name);
    if (m_statsHub)
        m_statsHub->unwatch(name, this);
}

void DbTreeModel::applyStats(const QueueStats &stats)
{
    Node *node = m_byId.value(queueNodeId(stats.queue));
    if (!node)
        return;
    m_queueStats.insert(stats.queue, stats);
    emitRowChanged(node);
    emitRowChanged(node->children.front().get());
}

std::optional<QueueRecord> DbTreeModel::queue(const QString &name) const
{
    const Node *node = m_byId.value(queueNodeId(name));
    if (const auto *record = node ? std::get_if<QueueRecord>(&node->record) : nullptr)
        return *record;
    return std::nullopt;
}

std::optional<QueueStats> DbTreeModel::queueStats(const QString &name) const
{
    const auto it = m_queueStats.constFind(name);
    return it == m_queueStats.cend() ? std::nullopt : std::optional<QueueStats>(*it);
}

QStringList DbTreeModel::queueNames() const
{
    QStringList names;
    if (m_queues)
        for (const auto &child : m_queues->children)
            if (child->kind == NodeKind::Queue)
                names << child->name();
    return names;
}

QString DbTreeModel::queueNameOf(const Node *node) const
{
    if (node->kind == NodeKind::DeadLetters)
        node = node->parent;
    return node->kind == NodeKind::Queue ? node->name() : QString();
}

QVariant DbTreeModel::queueRowData(const Node *node, int column, int role) const
{
    const QString name = queueNameOf(node);
    const auto stats = m_queueStats.constFind(name);
    const bool known = stats != m_queueStats.cend();
    const qint64 dead = known ? stats->dlq : 0;
    const bool isQueue = node->kind == NodeKind::Queue;
    switch (role) {
    case Qt::DecorationRole:
        if (column != NameColumn)
            return {};
        if (dead > 0)
            return StatusIcons::deadLetterBadge(dead);
        return isQueue ? StatusIcons::queue() : StatusIcons::deadLetters();
    case Qt::ForegroundRole:
        if (dead > 0 && (column == StatusColumn || !isQueue))
            return QColor(0xc62828);
        return {};
    case Qt::ToolTipRole:
        if (!known)
            return tr("Counts are loading…");
        return isQueue ? tr("%1 available, %2 in flight, %3 dead letters")
                             .arg(QLocale().toString(stats->available), QLocale().toString(stats->inFlight),
                                  QLocale().toString(stats->dlq))
                       : tr("%n dead letter(s): open to browse, search and redrive", nullptr, int(dead));
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case NameColumn:
        return isQueue ? QVariant() : QVariant(tr("Dead letters"));
    case StatusColumn:
        if (!known)
            return QStringLiteral("…");
        if (!isQueue)
            return QLocale().toString(dead);
        // available · in flight · dead: the tooltip spells it out.
        return QStringLiteral("%1 · %2 · %3")
            .arg(QLocale().toString(stats->available), QLocale().toString(stats->inFlight), QLocale().toString(dead));
    case VendorColumn:
        if (const auto *record = std::get_if<QueueRecord>(&node->record))
            return record->isFifo() ? tr("FIFO") : tr("standard");
        return QString();
    case RegionColumn:
        return QString();
    case CreatedColumn:
        if (const auto *record = std::get_if<QueueRecord>(&node->record); record && record->createdAt.isValid())
            return QLocale().toString(record->createdAt.toLocalTime(), QLocale::ShortFormat);
        return QString();
    default:
        return {};
    }
}

QModelIndex DbTreeModel::databasesIndex() const
{
    return indexOf(m_databases);
}

QModelIndex DbTreeModel::indexForId(const QString &id, int column) const
{
    return indexOf(m_byId.value(id), column);
}

DbTreeModel::NodeKind DbTreeModel::kindOf(const QModelIndex &index) const
{
    return nodeOf(index)->kind;
}

std::optional<DbProject> DbTreeModel::project(const QString &id) const
{
    const Node *node = m_byId.value(id);
    if (!node || !std::holds_alternative<DbProject>(node->record))
        return std::nullopt;
    return std::get<DbProject>(node->record);
}

std::optional<DbBranch> DbTreeModel::branch(const QString &id) const
{
    const Node *node = m_byId.value(id);
    if (!node || !std::holds_alternative<DbBranch>(node->record))
        return std::nullopt;
    return std::get<DbBranch>(node->record);
}

std::optional<DbSnapshot> DbTreeModel::snapshot(const QString &id) const
{
    const Node *node = m_byId.value(id);
    if (!node || !std::holds_alternative<DbSnapshot>(node->record))
        return std::nullopt;
    return std::get<DbSnapshot>(node->record);
}

QList<DbBranch> DbTreeModel::branchesOf(const QString &projectId) const
{
    QList<DbBranch> result;
    const Node *project = m_byId.value(projectId);
    if (!project)
        return result;
    std::function<void(const Node *)> collect = [&](const Node *node) {
        for (const auto &child : node->children) {
            if (const auto *b = std::get_if<DbBranch>(&child->record))
                result.append(*b);
            collect(child.get());
        }
    };
    collect(project->child(NodeKind::BranchesGroup));
    return result;
}

QStringList DbTreeModel::childBranchIds(const QString &branchId) const
{
    QStringList ids;
    if (const Node *node = m_byId.value(branchId))
        for (const auto &child : node->children)
            ids << child->id;
    return ids;
}

int DbTreeModel::loadedCount(const QModelIndex &container) const
{
    const Node *node = nodeOf(container);
    return int(node->children.size()) - (node->paging->loadMore ? 1 : 0);
}

void DbTreeModel::refresh(const QModelIndex &container)
{
    if (!m_client || !m_databases)
        return;
    if (!container.isValid() && m_queues) // the whole tree: both groups
        refresh(queuesIndex());
    Node *target = container.isValid() ? nodeOf(container) : m_databases;
    while (target && !target->isContainer())
        target = target->parent;
    if (!target)
        target = m_databases;
    if (!target->paging->fetched) {
        target->paging->error.clear();
        if (canFetchMore(indexOf(target)))
            requestPage(target);
        return;
    }
    target->paging->error.clear();
    target->paging->fetching = true;
    emitRowChanged(target);
    auto walk = std::make_shared<RefreshWalk>();
    walk->kind = target->kind;
    walk->projectId = target->projectId();
    walk->pageSize = std::clamp(loadedCount(indexOf(target)) + m_pageSize, 1, 1000);
    walk->unseen = loadedIds(target);
    refreshPage(walk, {});
}

QSet<QString> DbTreeModel::loadedIds(const Node *container) const
{
    QSet<QString> ids;
    std::vector<const Node *> pending{container};
    while (!pending.empty()) {
        const Node *node = pending.back();
        pending.pop_back();
        for (const auto &child : node->children) {
            if (!child->id.isEmpty())
                ids.insert(child->id);
            if (child->kind == NodeKind::Branch)
                pending.push_back(child.get());
        }
    }
    return ids;
}

void DbTreeModel::refreshPage(const std::shared_ptr<RefreshWalk> &walk, const QString &cursor)
{
    // Each answer: the ids it listed, the next cursor, and how to apply its records.
    auto pageDone = [this, walk](const QStringList &ids, const QString &next, const ApiError &error,
                                 const std::function<void()> &apply) {
        Node *node = walk->kind == NodeKind::DatabasesGroup ? m_databases
                     : walk->kind == NodeKind::QueuesGroup  ? m_queues
                                                            : nullptr;
        if (!node)
            if (Node *project = m_byId.value(walk->projectId))
                node = project->child(walk->kind);
        if (!node)
            return;
        if (error.isError())
            return failPage(node, error);
        apply();
        for (const QString &id : ids)
            walk->unseen.remove(id);
        walk->seen += ids;
        // Page on until every loaded row has been seen again or the list ends: only then is
        // an unseen row known to be gone.
        if (!next.isEmpty() && !walk->unseen.isEmpty())
            return refreshPage(walk, next);
        mergeRefresh(node, walk->seen);
        node->paging->fetching = false;
        if (next.isEmpty() || node->paging->cursor.isEmpty())
            node->paging->cursor = next;
        setLoadMoreRow(node, !node->paging->cursor.isEmpty());
        emitRowChanged(node);
        emit pageLoaded(indexOf(node), int(walk->seen.size()));
    };
    const int limit = walk->pageSize;
    switch (walk->kind) {
    case NodeKind::QueuesGroup:
        m_queueClient->list(cursor, limit, m_requests, [this, pageDone](const Page<QueueRecord> &page, const ApiError &error) {
            QStringList ids;
            for (const QueueRecord &q : page.items)
                ids << queueNodeId(q.name);
            pageDone(ids, page.nextCursor, error, [&] {
                for (const QueueRecord &q : page.items) {
                    upsertQueue(q);
                    // Fresh counts for the queues on screen; the others get theirs when
                    // they come into view (a thousand queues are not a thousand requests).
                    if (m_statsHub && m_watchedQueues.contains(q.name))
                        m_statsHub->refreshNow(q.name);
                }
            });
        });
        break;
    case NodeKind::DatabasesGroup:
        m_client->listProjects(cursor, limit, m_requests, [this, pageDone](const Page<DbProject> &page, const ApiError &error) {
            QStringList ids;
            for (const DbProject &p : page.items)
                ids << p.id;
            pageDone(ids, page.nextCursor, error, [&] {
                for (const DbProject &p : page.items)
                    upsertProject(p);
            });
        });
        break;
    case NodeKind::BranchesGroup:
        m_client->listBranches(walk->projectId, cursor, limit, m_requests,
                               [this, pageDone](const Page<DbBranch> &page, const ApiError &error) {
            QStringList ids;
            for (const DbBranch &b : page.items)
                ids << b.id;
            pageDone(ids, page.nextCursor, error, [&] {
                for (const DbBranch &b : page.items)
                    upsertBranch(b);
            });
        });
        break;
    default:
        m_client->listSnapshots(walk->projectId, cursor, limit, m_requests,
                                [this, pageDone](const Page<DbSnapshot> &page, const ApiError &error) {
            QStringList ids;
            for (const DbSnapshot &s : page.items)
                ids << s.id;
            pageDone(ids, page.nextCursor, error, [&] {
                for (const DbSnapshot &s : page.items)
                    upsertSnapshot(s);
            });
        });
    }
}

void DbTreeModel::mergeRefresh(Node *container, const QStringList &seenIds)
{
    // Everything loaded that the re-list did not show again is gone (the walk covered every
    // loaded row, or reached the end of the list).
    const QSet<QString> seen(seenIds.begin(), seenIds.end());
    const QSet<QString> loaded = loadedIds(container);
    for (const QString &id : loaded) {
        if (seen.contains(id))
            continue;
        if (Node *node = m_byId.value(id); node && node->kind == NodeKind::Queue)
            removeQueue(node->name());
        else if (m_byId.contains(id)) // a removed branch takes its subtree with it
            removeResource(id);
    }
}

void DbTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    std::function<void(Node *)> touchAll = [&](Node *node) {
        if (node->children.empty())
            return;
        emit dataChanged(indexOf(node->children.front().get(), 0),
                         indexOf(node->children.back().get(), ColumnCount - 1));
        for (const auto &child : node->children)
            touchAll(child.get());
    };
    touchAll(m_root.get());
}
