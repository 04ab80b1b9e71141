#include "db/DatabasesSection.h"

#include "StatusIcons.h"
#include "api/db/InfraiDbClient.h"
#include "db/ResourcePoller.h"
#include "explorer/TreeNode.h"

#include <QLocale>

#include <cstring>

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

DatabasesSection::DatabasesSection(DbTreeModel &tree, ResourcePoller *poller) : TreeSection(tree), m_poller(poller)
{
}

void DatabasesSection::reset(InfraiDbClient *client, Node *databasesGroup)
{
    m_client = client;
    m_databases = databasesGroup;
    m_poller->setClient(client);
}

bool DatabasesSection::owns(NodeKind kind) const
{
    switch (kind) {
    case NodeKind::DatabasesGroup:
    case NodeKind::Project:
    case NodeKind::BranchesGroup:
    case NodeKind::Branch:
    case NodeKind::SnapshotsGroup:
    case NodeKind::Snapshot: return true;
    default: return false;
    }
}

QString DatabasesSection::containerTitle(const Node *container) const
{
    const NodeKind kind = container->kind;
    switch (kind) {
    case NodeKind::DatabasesGroup: return DbTreeModel::tr("Databases");
    case NodeKind::BranchesGroup: return DbTreeModel::tr("Branches");
    default: return DbTreeModel::tr("Snapshots");
    }
}

QVariant DatabasesSection::data(const Node *node, int column, int role) const
{
    const bool hasStatus = node->kind == NodeKind::Project || node->kind == NodeKind::Branch;
    switch (role) {
    case Qt::ToolTipRole:
        if (node->lineageLoop)
            return DbTreeModel::tr("%1\nThe parent chain of this branch loops back to itself (as the server "
                                   "reports it), so it is shown at the top level.")
                .arg(node->id);
        return {};
    case Qt::DecorationRole:
        if (column != DbTreeModel::NameColumn)
            return {};
        if (node->lineageLoop)
            return StatusIcons::warning();
        if (hasStatus)
            return StatusIcons::forStatus(node->status());
        if (node->kind == NodeKind::Snapshot)
            return StatusIcons::snapshot();
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    const auto *project = std::get_if<DbProject>(&node->record);
    switch (column) {
    case DbTreeModel::StatusColumn: return hasStatus ? QVariant(statusText(node->status())) : QVariant();
    case DbTreeModel::TypeColumn:
        if (project)
            //: Tree "Type" column of a database project: engine · vendor.
            return DbTreeModel::tr("Postgres · %1").arg(DbProject::vendorName(project->vendor));
        return node->kind == NodeKind::Branch ? DbTreeModel::tr("branch") : DbTreeModel::tr("snapshot");
    case DbTreeModel::RegionColumn: return project ? QVariant(project->region) : QVariant();
    default: return {};
    }
}

void DatabasesSection::requestPage(Node *container)
{
    const QString cursor = container->paging->cursor;
    const QString projectId = container->projectId();
    const NodeKind kind = container->kind;
    // Nodes may be deleted while the page is in flight: look the container up again.
    auto locate = [this, kind, projectId] { return this->container(kind, projectId); };
    if (kind == NodeKind::DatabasesGroup) {
        m_client->listProjects(cursor, pageSize(), requests(),
                               [this, locate](const Page<DbProject> &page, const ApiError &error) {
                                   if (Node *target = locate()) {
                                       if (error.isError())
                                           return failPage(target, error);
                                       appendProjects(page.items, page.nextCursor);
                                   }
                               });
    } else if (kind == NodeKind::BranchesGroup) {
        m_client->listBranches(projectId, cursor, pageSize(), requests(),
                               [this, locate, projectId](const Page<DbBranch> &page, const ApiError &error) {
                                   if (Node *target = locate()) {
                                       if (error.isError())
                                           return failPage(target, error);
                                       appendBranches(projectId, page.items, page.nextCursor);
                                   }
                               });
    } else {
        m_client->listSnapshots(projectId, cursor, pageSize(), requests(),
                                [this, locate](const Page<DbSnapshot> &page, const ApiError &error) {
                                    Node *target = locate();
                                    if (!target)
                                        return;
                                    if (error.isError())
                                        return failPage(target, error);
                                    for (const DbSnapshot &snapshot : page.items)
                                        upsertSnapshot(snapshot);
                                    finishPage(target, page.nextCursor);
                                    pageLoaded(target, int(page.items.size()));
                                });
    }
}

DatabasesSection::Node *DatabasesSection::container(NodeKind kind, const QString &projectId) const
{
    if (kind == NodeKind::DatabasesGroup)
        return m_databases;
    Node *project = byId(projectId);
    return project ? project->child(kind) : nullptr;
}

void DatabasesSection::relistPage(NodeKind kind, const QString &projectId, const QString &cursor, int limit,
                                  const RelistDone &done)
{
    // Each answer names the ids it listed, so the tree knows which loaded rows it covered.
    auto relist = [this, &done]<typename Record>(auto call, auto upsert) {
        call([this, done, upsert](const Page<Record> &page, const ApiError &error) {
            QStringList ids;
            for (const Record &record : page.items)
                ids << record.id;
            done(ids, page.nextCursor, error, [&] {
                for (const Record &record : page.items)
                    (this->*upsert)(record);
            });
        });
    };
    switch (kind) {
    case NodeKind::DatabasesGroup:
        relist.operator()<DbProject>(
            [&](auto callback) { m_client->listProjects(cursor, limit, requests(), callback); },
            &DatabasesSection::upsertProject);
        break;
    case NodeKind::BranchesGroup:
        relist.operator()<DbBranch>(
            [&](auto callback) { m_client->listBranches(projectId, cursor, limit, requests(), callback); },
            &DatabasesSection::upsertBranch);
        break;
    default:
        relist.operator()<DbSnapshot>(
            [&](auto callback) { m_client->listSnapshots(projectId, cursor, limit, requests(), callback); },
            &DatabasesSection::upsertSnapshot);
    }
}

void DatabasesSection::forget(const QString &id)
{
    m_poller->unwatch(id);
}

std::unique_ptr<DatabasesSection::Node> DatabasesSection::makeProjectNode(const DbProject &project)
{
    auto node = std::make_unique<Node>(NodeKind::Project);
    node->id = project.id;
    setRecord(*node, project);
    for (NodeKind group : {NodeKind::BranchesGroup, NodeKind::SnapshotsGroup}) {
        auto child = std::make_unique<Node>(group);
        child->parent = node.get();
        child->row = int(node->children.size());
        node->children.push_back(std::move(child));
    }
    return node;
}

void DatabasesSection::appendProjects(const QList<DbProject> &projects, const QString &nextCursor)
{
    if (!m_databases)
        return;
    // New projects arrive as one contiguous block: a single insert notification.
    std::vector<std::unique_ptr<Node>> block;
    std::vector<std::pair<QString, ResourceStatus>> fresh;
    for (const DbProject &project : projects) {
        if (byId(project.id)) {
            upsertProject(project);
            continue;
        }
        block.push_back(makeProjectNode(project));
        fresh.emplace_back(project.id, project.status);
    }
    insertBlock(m_databases, std::move(block));
    for (const auto &[id, status] : fresh)
        watchIfProvisioning(id, status, true);
    finishPage(m_databases, nextCursor);
    pageLoaded(m_databases, int(projects.size()));
}

void DatabasesSection::appendBranches(const QString &projectId, const QList<DbBranch> &branches,
                                      const QString &nextCursor)
{
    Node *project = byId(projectId);
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
        if (byId(branch.id) || freshNode(branch.id)) {
            upsertBranch(branch);
            continue;
        }
        auto node = std::make_unique<Node>(NodeKind::Branch);
        node->id = branch.id;
        setRecord(*node, branch);
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
        Node *parent = byId(parentId);
        if (!parent || parent->kind != NodeKind::Branch)
            parent = group;
        blockOf(parent).push_back(std::move(node));
    }
    for (auto &[parent, block] : blocks)
        insertBlock(parent, std::move(block));
    for (const auto &[id, node] : fresh) {
        adoptOrphans(group, node);
        watchIfProvisioning(*id, node->status(), false);
    }
    finishPage(group, nextCursor);
    pageLoaded(group, int(branches.size()));
}

void DatabasesSection::placeBranch(Node *group, const DbBranch &branch)
{
    auto node = std::make_unique<Node>(NodeKind::Branch);
    node->id = branch.id;
    setRecord(*node, branch);
    node->lineageLoop = branch.parentBranchId == branch.id;
    Node *parent = byId(branch.parentBranchId);
    if (!parent || parent->kind != NodeKind::Branch)
        parent = group; // the parent is not loaded (yet): show it at the top level for now
    Node *placed = insertChild(parent, std::move(node));
    adoptOrphans(group, placed);
}

void DatabasesSection::adoptOrphans(Node *group, Node *newParent)
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
                rowChanged(member);
            }
            continue;
        }
        moveNode(candidate, newParent, int(newParent->children.size()));
    }
}

void DatabasesSection::upsertProject(const DbProject &project)
{
    if (Node *node = byId(project.id)) {
        setRecord(*node, project);
        rowChanged(node);
    } else if (m_databases) {
        insertChild(m_databases, makeProjectNode(project));
    }
    watchIfProvisioning(project.id, project.status, true);
}

void DatabasesSection::upsertBranch(const DbBranch &branch)
{
    if (Node *node = byId(branch.id)) {
        setRecord(*node, branch);
        rowChanged(node);
    } else if (Node *project = byId(branch.projectId)) {
        placeBranch(project->child(NodeKind::BranchesGroup), branch);
    }
    watchIfProvisioning(branch.id, branch.status, false);
}

void DatabasesSection::upsertSnapshot(const DbSnapshot &snapshot)
{
    if (Node *node = byId(snapshot.id)) {
        setRecord(*node, snapshot);
        rowChanged(node);
        return;
    }
    Node *project = byId(snapshot.projectId);
    if (!project)
        return;
    auto node = std::make_unique<Node>(NodeKind::Snapshot);
    node->id = snapshot.id;
    setRecord(*node, snapshot);
    insertChild(project->child(NodeKind::SnapshotsGroup), std::move(node));
}

void DatabasesSection::removeResource(const QString &id)
{
    Node *node = byId(id);
    if (!node)
        return;
    if (node->kind == NodeKind::Branch) {
        // Children of a removed branch stay visible at the group level.
        Node *group = containerFor(node);
        while (!node->children.empty())
            if (!moveNode(node->children.front().get(), group, -1))
                break;
    }
    removeNode(node);
}

DatabasesSection::Node *DatabasesSection::containerFor(Node *node) const
{
    Node *walk = node->parent;
    while (walk && !walk->isContainer())
        walk = walk->parent;
    return walk;
}

void DatabasesSection::watchIfProvisioning(const QString &id, ResourceStatus status, bool isProject)
{
    if (status == ResourceStatus::Provisioning)
        m_poller->watch(id, isProject ? ResourcePoller::Kind::Project : ResourcePoller::Kind::Branch);
}

template <typename Record>
std::optional<Record> DatabasesSection::recordOf(const QString &id) const
{
    const Node *node = byId(id);
    if (const auto *record = node ? std::get_if<Record>(&node->record) : nullptr)
        return *record;
    return std::nullopt;
}

std::optional<DbProject> DatabasesSection::project(const QString &id) const
{
    return recordOf<DbProject>(id);
}

std::optional<DbBranch> DatabasesSection::branch(const QString &id) const
{
    return recordOf<DbBranch>(id);
}

std::optional<DbSnapshot> DatabasesSection::snapshot(const QString &id) const
{
    return recordOf<DbSnapshot>(id);
}

QList<DbBranch> DatabasesSection::branchesOf(const QString &projectId) const
{
    QList<DbBranch> result;
    const Node *project = byId(projectId);
    if (!project)
        return result;
    std::vector<const Node *> pending{project->child(NodeKind::BranchesGroup)};
    // Depth first, in row order: parents before their children.
    while (!pending.empty()) {
        const Node *node = pending.back();
        pending.pop_back();
        if (const auto *b = std::get_if<DbBranch>(&node->record))
            result.append(*b);
        for (auto it = node->children.rbegin(); it != node->children.rend(); ++it)
            pending.push_back(it->get());
    }
    return result;
}

QStringList DatabasesSection::childBranchIds(const QString &branchId) const
{
    QStringList ids;
    if (const Node *node = byId(branchId))
        for (const auto &child : node->children)
            ids << child->id;
    return ids;
}
