#include "explorer/DbTreeModel.h"

#include "SemanticColors.h"
#include "StatusIcons.h"
#include "api/RecoverySchedule.h"
#include "aura/AuraSection.h"
#include "db/DatabasesSection.h"
#include "db/ResourcePoller.h"
#include "explorer/TreeNode.h"
#include "explorer/TreeSearchIndex.h"
#include "lakebase/LakebaseSection.h"
#include "queue/QueueStatsHub.h"
#include "queue/QueuesSection.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

DbTreeModel::DbTreeModel(QObject *parent)
    : QAbstractItemModel(parent),
      m_root(std::make_unique<Node>(NodeKind::Profile)),
      m_poller(new ResourcePoller(this)),
      m_recovery(new RecoverySchedule(this)),
      m_search(std::make_unique<TreeSearchIndex>()),
      m_databases(std::make_unique<DatabasesSection>(*this, m_poller)),
      m_queues(std::make_unique<QueuesSection>(*this)),
      m_aura(std::make_unique<AuraSection>(*this)),
      m_lakebase(std::make_unique<LakebaseSection>(*this))
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
    // Failed loads are tried again by themselves while the service answers; the rows that
    // say so count down.
    connect(m_recovery, &RecoverySchedule::due, this, [this] {
        if (m_reachable)
            retry();
    });
    connect(m_recovery, &RecoverySchedule::countdown, this, [this] {
        for (Node *row : m_problemRows)
            emitRowChanged(row);
    });
}

DbTreeModel::~DbTreeModel() = default;

void DbTreeModel::setStatsHub(QueueStatsHub *hub)
{
    m_queues->setStatsHub(hub);
    connect(hub, &QueueStatsHub::statsUpdated, this, [this](const QueueStats &stats) { m_queues->applyStats(stats); });
}

void DbTreeModel::setClient(InfraiDbClient *client, const QString &profileName, InfraiQueueClient *queues)
{
    beginResetModel();
    delete m_requests; // drops callbacks of pages still in flight for the old connection
    m_requests = new QObject(this);
    m_byId.clear();
    m_search->clear();
    const bool hadProblems = !m_problemRows.empty();
    m_problemRows.clear();
    m_recovery->succeeded();
    m_root = std::make_unique<Node>(NodeKind::Profile);
    m_profile = nullptr;
    Node *databases = nullptr;
    Node *queuesGroup = nullptr;
    if (client) {
        auto profile = std::make_unique<Node>(NodeKind::Profile);
        profile->paging->label = profileName;
        profile->parent = m_root.get();
        auto addGroup = [&profile](NodeKind kind) {
            auto group = std::make_unique<Node>(kind);
            group->parent = profile.get();
            group->row = int(profile->children.size());
            profile->children.push_back(std::move(group));
            return profile->children.back().get();
        };
        databases = addGroup(NodeKind::DatabasesGroup);
        if (queues)
            queuesGroup = addGroup(NodeKind::QueuesGroup);
        m_profile = profile.get();
        m_root->children.push_back(std::move(profile));
    }
    m_databases->reset(client, databases);
    m_queues->reset(queuesGroup ? queues : nullptr, queuesGroup);
    m_aura->reset(nullptr, nullptr);
    m_lakebase->reset(nullptr, nullptr);
    endResetModel();
    if (hadProblems)
        emit loadProblemsChanged();
}

DbTreeModel::Node *DbTreeModel::startServiceTree(NodeKind groupKind, const QString &profileName)
{
    // Inside a reset: profile → the service's one group, which its section fills.
    auto profile = std::make_unique<Node>(NodeKind::Profile);
    profile->paging->label = profileName;
    profile->parent = m_root.get();
    auto group = std::make_unique<Node>(groupKind);
    group->parent = profile.get();
    Node *created = group.get();
    profile->children.push_back(std::move(group));
    m_profile = profile.get();
    m_root->children.push_back(std::move(profile));
    return created;
}

void DbTreeModel::setAuraClient(AuraClient *client, const QString &profileName)
{
    setClient(nullptr, {});
    if (!client)
        return;
    beginResetModel();
    m_aura->reset(client, startServiceTree(NodeKind::AuraGroup, profileName));
    endResetModel();
}

void DbTreeModel::setLakebaseClient(LakebaseClient *client, const QString &profileName)
{
    setClient(nullptr, {});
    if (!client)
        return;
    beginResetModel();
    m_lakebase->reset(client, startServiceTree(NodeKind::LakebaseGroup, profileName));
    endResetModel();
}

QModelIndex DbTreeModel::lakebaseIndex() const
{
    return indexOf(m_lakebase->group());
}

template <typename Record>
std::optional<Record> DbTreeModel::record(const QString &nodeId) const
{
    const Node *node = m_byId.value(nodeId);
    const auto *held = node ? std::get_if<Record>(&node->record) : nullptr;
    return held ? std::optional(*held) : std::nullopt;
}
template std::optional<LakebaseProject> DbTreeModel::record(const QString &) const;
template std::optional<LakebaseBranch> DbTreeModel::record(const QString &) const;
template std::optional<LakebaseEndpoint> DbTreeModel::record(const QString &) const;
template std::optional<LakebaseDatabase> DbTreeModel::record(const QString &) const;
template std::optional<LakebaseRole> DbTreeModel::record(const QString &) const;

std::optional<AuraInstance> DbTreeModel::auraInstance(const QString &nodeId) const
{
    const Node *node = m_byId.value(nodeId);
    const auto *instance = node ? std::get_if<AuraInstance>(&node->record) : nullptr;
    return instance ? std::optional(*instance) : std::nullopt;
}

std::optional<AuraSnapshot> DbTreeModel::auraSnapshot(const QString &nodeId) const
{
    const Node *node = m_byId.value(nodeId);
    const auto *snapshot = node ? std::get_if<AuraSnapshot>(&node->record) : nullptr;
    return snapshot ? std::optional(*snapshot) : std::nullopt;
}

QModelIndex DbTreeModel::auraIndex() const
{
    return indexOf(m_aura->group());
}

TreeSection *DbTreeModel::sectionForKind(NodeKind kind) const
{
    for (TreeSection *section :
         {static_cast<TreeSection *>(m_databases.get()), static_cast<TreeSection *>(m_queues.get()),
          static_cast<TreeSection *>(m_aura.get()), static_cast<TreeSection *>(m_lakebase.get())})
        if (section->owns(kind))
            return section;
    return nullptr;
}

InfraiDbClient *DbTreeModel::client() const
{
    return m_databases->client();
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

TreeSection *DbTreeModel::sectionOf(const Node *node) const
{
    if (node->kind == NodeKind::LoadMore || node->kind == NodeKind::Problem)
        node = node->parent;
    return sectionForKind(node->kind);
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
    if (node->isContainer() && listable(node))
        return !node->paging->fetched || !node->children.empty();
    return !node->children.empty();
}

bool DbTreeModel::listable(const Node *container) const
{
    const TreeSection *section = sectionOf(container);
    return !section || section->lists(container);
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
    case TypeColumn: return tr("Type");
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
    case SearchRole: return m_search->keyOf(node).toString();
    case QueueNameRole: return QueuesSection::queueNameOf(node);
    case DeadCountRole: return m_queues->deadCount(node);
    default: break;
    }
    if (node->kind == NodeKind::Problem)
        return problemData(node, index.column(), role);
    const bool hasStatus = node->kind == NodeKind::Project || node->kind == NodeKind::Branch;
    if (!m_reachable && hasStatus && index.column() == NameColumn) {
        if (role == Qt::DecorationRole)
            return StatusIcons::forStatus(ResourceStatus::Unknown); // not green while nobody knows
        if (role == Qt::ToolTipRole)
            return tr("%1\nLast known status: the service cannot be reached right now.").arg(node->name());
    }
    const TreeSection *section = sectionOf(node);
    // A section paints its rows; a container that is also a resource (a Lakebase project or
    // branch) keeps the tree's title with its loading state, the rest is the section's.
    const bool resourceContainer = node->isContainer() && !std::holds_alternative<std::monostate>(node->record);
    const bool title = role == Qt::DisplayRole && index.column() == NameColumn;
    if (section && node->kind != NodeKind::LoadMore && (!node->isContainer() || (resourceContainer && !title))) {
        const QVariant cell = section->data(node, index.column(), role);
        if (cell.isValid())
            return cell;
    }
    // What every row shares: containers' titles and paging state, names, ids, dates.
    switch (role) {
    case Qt::ToolTipRole: {
        if (node->hasFailed())
            return node->paging->failure.message();
        // The full name (a narrow column elides it) and the id.
        const QString name = node->name();
        if (node->id.isEmpty() || name == node->id)
            return node->id.isEmpty() ? QVariant() : QVariant(node->id);
        return QString(name + u'\n' + node->id);
    }
    case Qt::DecorationRole:
        if (index.column() == NameColumn && (node->isContainer() || node->kind == NodeKind::Profile))
            return StatusIcons::folder(node->hasFailed());
        return {};
    case Qt::ForegroundRole:
        return node->kind == NodeKind::LoadMore ? QVariant(SemanticColors::color(SemanticColors::Role::Link))
                                                : QVariant();
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case NameColumn:
        if (node->kind == NodeKind::LoadMore)
            return tr("Load more…");
        if (node->isContainer() && section) {
            const QString title = section->containerTitle(node);
            if (node->isFetching())
                return tr("%1 — loading…").arg(title);
            if (node->hasFailed())
                return tr("%1 — failed to load").arg(title);
            return title;
        }
        return node->name();
    case CreatedColumn: {
        const QDateTime created = node->createdAt();
        return created.isValid() ? QLocale().toString(created.toLocalTime(), QLocale::ShortFormat) : QVariant();
    }
    default: return {};
    }
}

bool DbTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (parent.column() > 0 || !isConnected())
        return false;
    return node->isContainer() && listable(node) && !node->paging->fetching && !node->hasFailed() &&
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
    TreeSection *section = sectionOf(container);
    if (!section)
        return;
    container->paging->fetching = true;
    emitRowChanged(container);
    section->requestPage(container);
}

void DbTreeModel::finishPage(Node *container, const QString &nextCursor)
{
    // Only the loading/failed label shows paging state: repaint the row when that changed.
    const bool labelChanged = container->paging->fetching || container->hasFailed();
    container->paging->fetching = false;
    container->paging->fetched = true;
    container->paging->cursor = nextCursor;
    setLoadMoreRow(container, !nextCursor.isEmpty());
    clearFailure(container);
    if (labelChanged)
        emitRowChanged(container);
}

void DbTreeModel::failPage(Node *container, const ApiError &error, bool relist)
{
    container->paging->fetching = false;
    if (error.kind() == ApiError::Kind::Cancelled) {
        emitRowChanged(container);
        return;
    }
    Paging &paging = *container->paging;
    paging.failure = error;
    paging.failedRelist = relist;
    if (!paging.problem) {
        // Where the operator looks: at the top of rows an F5 could not refresh, after the
        // rows of a page that could not follow them.
        paging.problem = insertChild(container, std::make_unique<Node>(NodeKind::Problem), relist ? 0 : -1);
        m_problemRows.push_back(paging.problem);
        // A filter hides rows without a match; a failure shows through it (the proxy
        // re-checks a row when told it changed, outermost first).
        std::vector<Node *> chain;
        for (Node *walk = container; walk && walk != m_root.get(); walk = walk->parent)
            chain.push_back(walk);
        for (auto it = chain.rbegin(); it != chain.rend(); ++it)
            emitRowChanged(*it);
    } else {
        emitRowChanged(paging.problem);
    }
    emitRowChanged(container);
    // One schedule for every failing container: a second failure in the same round does
    // not push the next attempt further away.
    if (m_reachable && !m_recovery->isScheduled())
        m_recovery->failed();
    emit loadFailed(indexOf(container), error);
    emit loadProblemsChanged();
}

void DbTreeModel::clearFailure(Node *container)
{
    Paging &paging = *container->paging;
    if (!paging.failure.isError() && !paging.problem)
        return;
    paging.failure = {};
    paging.failedRelist = false;
    if (Node *row = paging.problem) {
        paging.problem = nullptr;
        removeNode(row);
    }
    // Outermost first, as when the row came: a filter may hide them again.
    std::vector<Node *> chain;
    for (Node *walk = container; walk && walk != m_root.get(); walk = walk->parent)
        chain.push_back(walk);
    for (auto it = chain.rbegin(); it != chain.rend(); ++it)
        emitRowChanged(*it);
    if (m_problemRows.empty())
        m_recovery->succeeded();
    emit loadProblemsChanged();
}

QList<DbTreeModel::LoadProblem> DbTreeModel::loadProblems() const
{
    QList<LoadProblem> problems;
    for (const Node *row : m_problemRows)
        problems.append({keyOf(indexOf(row->parent)), row->parent->kind, row->parent->paging->failure});
    return problems;
}

void DbTreeModel::retry(const QModelIndex &index)
{
    if (index.isValid()) {
        Node *node = nodeOf(index);
        if (node->kind == NodeKind::Problem)
            node = node->parent;
        if (node->isContainer())
            retryContainer(node);
        return;
    }
    const std::vector<Node *> rows = m_problemRows; // retries may settle at once
    for (Node *row : rows)
        if (std::find(m_problemRows.begin(), m_problemRows.end(), row) != m_problemRows.end())
            retryContainer(row->parent);
}

void DbTreeModel::retryContainer(Node *container)
{
    Paging &paging = *container->paging;
    if (paging.fetching || !isConnected())
        return;
    if (paging.failedRelist || (paging.fetched && paging.cursor.isEmpty()))
        return refresh(indexOf(container));
    requestPage(container);
    if (Node *row = paging.problem)
        emitRowChanged(row); // "retrying…"
}

QVariant DbTreeModel::problemData(const Node *row, int column, int role) const
{
    const Node *container = row->parent;
    const ApiError &error = container->paging->failure;
    auto attempt = [&]() -> QString {
        if (!m_reachable)
            return tr("waiting for the service");
        if (container->isFetching())
            return tr("retrying…");
        if (m_recovery->isScheduled())
            return tr("retrying in %n s", nullptr, m_recovery->secondsLeft());
        return tr("press Enter to retry");
    };
    switch (role) {
    case Qt::DisplayRole: {
        // One line across the row (the view spans it): what failed, what happens next.
        if (column != NameColumn)
            return {};
        // Short enough to read whole beside the tree's other rows; the tooltip and
        // "Copy error details" hold the service's full answer.
        QString what = ApiError::kindText(error.kind());
        if (error.httpStatus() > 0)
            what = tr("%1 (HTTP %2)").arg(what).arg(error.httpStatus());
        if (error.requestId().isEmpty())
            return tr("Could not load: %1 — %2").arg(what, attempt());
        //: An error row: what failed, when it is retried, and the request id to quote to support.
        return tr("Could not load: %1 — %2 · request %3").arg(what, attempt(), error.requestId());
    }
    case Qt::DecorationRole: return column == NameColumn ? QVariant(StatusIcons::warning()) : QVariant();
    case Qt::ForegroundRole:
        return column == NameColumn ? QVariant(SemanticColors::color(SemanticColors::Role::Error)) : QVariant();
    case Qt::ToolTipRole: {
        QStringList lines{error.message()};
        if (!error.call().isEmpty())
            lines << error.call();
        if (!error.requestId().isEmpty())
            lines << tr("Request id: %1").arg(error.requestId());
        lines << tr("Double-click or press Enter to retry now; it is also retried by itself.");
        return lines.join(u'\n');
    }
    default: return {};
    }
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
    const auto before = filterMarksAbove(parent);
    markFilterHits(raw);
    beginInsertRows(indexOf(parent), row, row);
    siblings.insert(siblings.begin() + row, std::move(child));
    for (size_t i = size_t(row) + 1; i < siblings.size(); ++i)
        siblings[i]->row = int(i);
    registerSubtree(raw);
    endInsertRows();
    announceNewMarks(before);
    return raw;
}

void DbTreeModel::insertBlock(Node *parent, std::vector<std::unique_ptr<Node>> block)
{
    if (block.empty())
        return;
    auto &siblings = parent->children;
    const int first = int(siblings.size()) - (parent->loadMoreRow() ? 1 : 0);
    const auto before = filterMarksAbove(parent);
    for (auto &node : block) {
        node->parent = parent;
        markFilterHits(node.get());
    }
    beginInsertRows(indexOf(parent), first, first + int(block.size()) - 1);
    for (auto &node : block)
        registerSubtree(node.get());
    siblings.insert(siblings.begin() + first, std::make_move_iterator(block.begin()),
                    std::make_move_iterator(block.end()));
    for (size_t i = size_t(first); i < siblings.size(); ++i)
        siblings[i]->row = int(i);
    endInsertRows();
    announceNewMarks(before);
}

std::vector<std::pair<DbTreeModel::Node *, bool>> DbTreeModel::filterMarksAbove(Node *node) const
{
    std::vector<std::pair<Node *, bool>> chain;
    for (Node *walk = node; walk && walk != m_root.get(); walk = walk->parent)
        chain.emplace_back(walk, m_search->isMarked(walk));
    return chain;
}

void DbTreeModel::announceNewMarks(const std::vector<std::pair<Node *, bool>> &before)
{
    // Rows that now hold a match they did not before: the filter proxy re-checks a row
    // only when told it changed.
    for (const auto &[node, wasMarked] : before)
        if (!wasMarked && m_search->isMarked(node))
            emitRowChanged(node);
}

void DbTreeModel::registerSubtree(Node *node)
{
    std::vector<Node *> pending{node};
    while (!pending.empty()) {
        Node *n = pending.back();
        pending.pop_back();
        if (!n->id.isEmpty())
            m_byId.insert(n->id, n);
        for (auto &c : n->children)
            pending.push_back(c.get());
    }
}

bool DbTreeModel::moveNode(Node *node, Node *newParent, int row)
{
    Node *oldParent = node->parent;
    const int from = node->row;
    const int end = int(newParent->children.size()) - (newParent->loadMoreRow() ? 1 : 0);
    if (row < 0 || row > end)
        row = end;
    // Refused (and skipped) when the move would put a row under itself.
    if (!beginMoveRows(indexOf(oldParent), from, from, indexOf(newParent), row))
        return false;
    const auto before = filterMarksAbove(newParent);
    if (m_search->isMarked(node))
        m_search->markWithAncestors(newParent); // a match now lives under the new parent
    std::unique_ptr<Node> moved = std::move(oldParent->children[size_t(from)]);
    oldParent->children.erase(oldParent->children.begin() + from);
    for (size_t i = size_t(from); i < oldParent->children.size(); ++i)
        oldParent->children[i]->row = int(i);
    if (oldParent == newParent && row > from)
        --row;
    moved->parent = newParent;
    newParent->children.insert(newParent->children.begin() + row, std::move(moved));
    for (size_t i = size_t(row); i < newParent->children.size(); ++i)
        newParent->children[i]->row = int(i);
    endMoveRows();
    announceNewMarks(before);
    return true;
}

void DbTreeModel::removeNode(Node *node)
{
    Node *parent = node->parent;
    const int row = node->row;
    TreeSection *section = sectionOf(node);
    beginRemoveRows(indexOf(parent), row, row);
    size_t problemsGone = 0;
    std::vector<Node *> pending{node};
    while (!pending.empty()) {
        Node *n = pending.back();
        pending.pop_back();
        m_search->forget(n);
        if (n->kind == NodeKind::Problem)
            problemsGone += std::erase(m_problemRows, n);
        if (!n->id.isEmpty()) {
            m_byId.remove(n->id);
            if (section)
                section->forget(n->id);
        }
        for (auto &c : n->children)
            pending.push_back(c.get());
    }
    auto &siblings = parent->children;
    siblings.erase(siblings.begin() + row);
    for (size_t i = size_t(row); i < siblings.size(); ++i)
        siblings[i]->row = int(i);
    endRemoveRows();
    m_search->compact();
    if (problemsGone > 0) {
        if (m_problemRows.empty())
            m_recovery->succeeded();
        emit loadProblemsChanged();
    }
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
    m_search->setKey(node, node.name(), node.id);
}

// The sections' record types.
template void DbTreeModel::assign(Node &, const DbProject &);
template void DbTreeModel::assign(Node &, const DbBranch &);
template void DbTreeModel::assign(Node &, const DbSnapshot &);
template void DbTreeModel::assign(Node &, const QueueRecord &);
template void DbTreeModel::assign(Node &, const AuraTenant &);
template void DbTreeModel::assign(Node &, const AuraInstance &);
template void DbTreeModel::assign(Node &, const AuraSnapshot &);
template void DbTreeModel::assign(Node &, const LakebaseProject &);
template void DbTreeModel::assign(Node &, const LakebaseBranch &);
template void DbTreeModel::assign(Node &, const LakebaseEndpoint &);
template void DbTreeModel::assign(Node &, const LakebaseDatabase &);
template void DbTreeModel::assign(Node &, const LakebaseRole &);

void DbTreeModel::setFilterNeedle(const QString &needle)
{
    m_search->setNeedle(needle);
}

bool DbTreeModel::passesFilter(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (m_search->passes(node))
        return true;
    // A failed load shows whatever the filter: the rows it would have brought are missing.
    for (const Node *row : m_problemRows)
        for (const Node *walk = row; walk; walk = walk->parent)
            if (walk == node)
                return true;
    return false;
}

int DbTreeModel::filterHitCount() const
{
    return m_search->hitCount();
}

void DbTreeModel::markFilterHits(Node *node)
{
    m_search->markHits(node);
}

QModelIndex DbTreeModel::databasesIndex() const
{
    return indexOf(m_databases->group());
}

QModelIndex DbTreeModel::queuesIndex() const
{
    return indexOf(m_queues->group());
}

QModelIndex DbTreeModel::indexForId(const QString &id, int column) const
{
    return indexOf(m_byId.value(id), column);
}

QString DbTreeModel::keyOf(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (node == m_root.get())
        return {};
    if (!node->id.isEmpty())
        return node->id;
    return keyOf(indexOf(node->parent)) + u'/' + QString::number(int(node->kind));
}

QModelIndex DbTreeModel::indexForKey(const QString &key) const
{
    if (key.isEmpty())
        return {};
    if (Node *node = m_byId.value(key))
        return indexOf(node);
    const qsizetype slash = key.lastIndexOf(u'/');
    if (slash < 0)
        return {};
    const QModelIndex parent = indexForKey(key.left(slash));
    if (slash > 0 && !parent.isValid())
        return {};
    const auto kind = NodeKind(key.mid(slash + 1).toInt());
    for (const auto &child : nodeOf(parent)->children)
        if (child->kind == kind && child->id.isEmpty())
            return indexOf(child.get());
    return {};
}

DbTreeModel::NodeKind DbTreeModel::kindOf(const QModelIndex &index) const
{
    return nodeOf(index)->kind;
}

int DbTreeModel::loadedCount(const QModelIndex &container) const
{
    const Node *node = nodeOf(container);
    return int(node->children.size()) - (node->paging->loadMore ? 1 : 0) - (node->paging->problem ? 1 : 0);
}

// The per-service API, answered by its section.
std::optional<DbProject> DbTreeModel::project(const QString &id) const
{
    return m_databases->project(id);
}
std::optional<DbBranch> DbTreeModel::branch(const QString &id) const
{
    return m_databases->branch(id);
}
std::optional<DbSnapshot> DbTreeModel::snapshot(const QString &id) const
{
    return m_databases->snapshot(id);
}
QList<DbBranch> DbTreeModel::branchesOf(const QString &projectId) const
{
    return m_databases->branchesOf(projectId);
}
QStringList DbTreeModel::childBranchIds(const QString &branchId) const
{
    return m_databases->childBranchIds(branchId);
}
void DbTreeModel::upsertProject(const DbProject &project)
{
    m_databases->upsertProject(project);
}
void DbTreeModel::upsertBranch(const DbBranch &branch)
{
    m_databases->upsertBranch(branch);
}
void DbTreeModel::upsertSnapshot(const DbSnapshot &snapshot)
{
    m_databases->upsertSnapshot(snapshot);
}
void DbTreeModel::removeResource(const QString &id)
{
    m_databases->removeResource(id);
}
void DbTreeModel::appendProjects(const QList<DbProject> &projects, const QString &nextCursor)
{
    m_databases->appendProjects(projects, nextCursor);
}
void DbTreeModel::appendBranches(const QString &projectId, const QList<DbBranch> &branches, const QString &nextCursor)
{
    m_databases->appendBranches(projectId, branches, nextCursor);
}
std::optional<QueueRecord> DbTreeModel::queue(const QString &name) const
{
    return m_queues->queue(name);
}
std::optional<QueueStats> DbTreeModel::queueStats(const QString &name) const
{
    return m_queues->queueStats(name);
}
QStringList DbTreeModel::queueNames() const
{
    return m_queues->queueNames();
}
void DbTreeModel::appendQueues(const QList<QueueRecord> &queues, const QString &nextCursor)
{
    m_queues->appendQueues(queues, nextCursor);
}
void DbTreeModel::upsertQueue(const QueueRecord &queue)
{
    m_queues->upsertQueue(queue);
}
void DbTreeModel::removeQueue(const QString &name)
{
    m_queues->removeQueue(name);
}
void DbTreeModel::setWatchedQueues(const QSet<QString> &names)
{
    m_queues->setWatchedQueues(names);
}

void DbTreeModel::refresh(const QModelIndex &container)
{
    if (!isConnected())
        return;
    Node *first = m_databases->group() ? m_databases->group() : m_aura->group() ? m_aura->group() : m_lakebase->group();
    if (!container.isValid() && m_queues->group()) // the whole tree: every section
        refresh(queuesIndex());
    Node *target = container.isValid() ? nodeOf(container) : first;
    while (target && !target->isContainer())
        target = target->parent;
    if (!target)
        target = first;
    if (!target)
        return;
    if (target->paging->fetching)
        return;
    if (!target->paging->fetched) {
        requestPage(target); // also after a failure: F5 is the operator asking again
        return;
    }
    target->paging->fetching = true;
    if (Node *row = target->paging->problem)
        emitRowChanged(row); // "retrying…"
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
    const TreeSection *section = sectionOf(container);
    std::vector<const Node *> pending{container};
    while (!pending.empty()) {
        const Node *node = pending.back();
        pending.pop_back();
        for (const auto &child : node->children) {
            if (!child->id.isEmpty())
                ids.insert(child->id);
            if (section && section->nestsRows(child->kind))
                pending.push_back(child.get());
        }
    }
    return ids;
}

void DbTreeModel::refreshPage(const std::shared_ptr<RefreshWalk> &walk, const QString &cursor)
{
    TreeSection *section = sectionForKind(walk->kind);
    section->relistPage(walk->kind, walk->projectId, cursor, walk->pageSize,
                        [this, walk, section](const QStringList &ids, const QString &next, const ApiError &error,
                                              const std::function<void()> &apply) {
                            Node *node = section->container(walk->kind, walk->projectId);
                            if (!node)
                                return;
                            if (error.isError())
                                return failPage(node, error, true);
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
                            clearFailure(node);
                            emitRowChanged(node);
                            emit pageLoaded(indexOf(node), int(walk->seen.size()));
                        });
}

void DbTreeModel::mergeRefresh(Node *container, const QStringList &seenIds)
{
    // Everything loaded that the re-list did not show again is gone (the walk covered every
    // loaded row, or reached the end of the list). A removed branch takes its subtree.
    TreeSection *section = sectionOf(container);
    const QSet<QString> seen(seenIds.begin(), seenIds.end());
    const QSet<QString> loaded = loadedIds(container);
    for (const QString &id : loaded)
        if (!seen.contains(id) && m_byId.contains(id))
            section->removeGone(id);
}

void DbTreeModel::setReachable(bool reachable)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    retranslate(); // repaints every row
    // Attempts wait while nothing can reach the service, and go at once when it can again.
    if (!reachable)
        m_recovery->pause();
    else if (!m_problemRows.empty())
        retry();
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
