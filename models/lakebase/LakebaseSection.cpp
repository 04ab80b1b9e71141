#include "lakebase/LakebaseSection.h"

#include "SemanticColors.h"
#include "StatusIcons.h"
#include "api/lakebase/LakebaseClient.h"
#include "explorer/TreeNode.h"

#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

LakebaseSection::LakebaseSection(DbTreeModel &tree) : TreeSection(tree)
{
    m_pageLoaded = QObject::connect(&tree, &DbTreeModel::pageLoaded, [this](const QModelIndex &container, int) {
        if (m_relistAfter.remove(m_tree.keyOf(container)))
            m_tree.refresh(container);
    });
}

LakebaseSection::~LakebaseSection()
{
    QObject::disconnect(m_pageLoaded);
}

bool LakebaseSection::lists(const Node *container) const
{
    // Nothing under a deleted project or branch can be listed (its Databases and Roles neither).
    for (const Node *at = container; at; at = at->parent) {
        if (const auto *project = std::get_if<LakebaseProject>(&at->record); project && project->isDeleted())
            return false;
        if (const auto *branch = std::get_if<LakebaseBranch>(&at->record); branch && branch->isDeleted())
            return false;
    }
    return true;
}

void LakebaseSection::reset(LakebaseClient *client, Node *group)
{
    m_client = client;
    m_group = group;
    m_relistAfter.clear();
}

bool LakebaseSection::owns(NodeKind kind) const
{
    switch (kind) {
    case NodeKind::LakebaseGroup:
    case NodeKind::LakebaseProject:
    case NodeKind::LakebaseBranch:
    case NodeKind::LakebaseEndpoint:
    case NodeKind::LakebaseDatabases:
    case NodeKind::LakebaseDatabase:
    case NodeKind::LakebaseRoles:
    case NodeKind::LakebaseRole: return true;
    default: return false;
    }
}

QString LakebaseSection::containerTitle(const Node *container) const
{
    switch (container->kind) {
    case NodeKind::LakebaseGroup: return DbTreeModel::tr("Lakebase");
    case NodeKind::LakebaseDatabases: return DbTreeModel::tr("Databases");
    case NodeKind::LakebaseRoles: return DbTreeModel::tr("Roles");
    default: return container->name();
    }
}

QString LakebaseSection::endpointStateText(const QString &state)
{
    if (state == u"ACTIVE")
        return DbTreeModel::tr("active");
    if (state == u"IDLE")
        return DbTreeModel::tr("idle (suspended)");
    if (state == u"INIT")
        return DbTreeModel::tr("starting");
    if (state == u"DEGRADED")
        return DbTreeModel::tr("degraded");
    return state.toLower();
}

QString LakebaseSection::branchStateText(const LakebaseBranch &branch)
{
    if (branch.isDeleted() || branch.state == u"DELETED")
        return DbTreeModel::tr("deleted");
    if (branch.state == u"READY")
        return DbTreeModel::tr("ready");
    if (branch.state == u"INIT")
        return DbTreeModel::tr("creating");
    if (branch.state == u"ARCHIVED")
        return DbTreeModel::tr("archived");
    return branch.state.toLower();
}

namespace {

QString cuRange(double minCu, double maxCu)
{
    const QLocale locale;
    //: Compute-unit range of a Lakebase endpoint, e.g. "0.5–4 CU".
    return DbTreeModel::tr("%1–%2 CU").arg(locale.toString(minCu), locale.toString(maxCu));
}

} // namespace

QVariant LakebaseSection::data(const Node *node, int column, int role) const
{
    const auto *project = std::get_if<LakebaseProject>(&node->record);
    const auto *branch = std::get_if<LakebaseBranch>(&node->record);
    const auto *endpoint = std::get_if<LakebaseEndpoint>(&node->record);
    const auto *database = std::get_if<LakebaseDatabase>(&node->record);
    const auto *role_ = std::get_if<LakebaseRole>(&node->record);
    const bool deleted = (project && project->isDeleted()) || (branch && branch->isDeleted());
    switch (role) {
    case Qt::DecorationRole:
        if (column == DbTreeModel::NameColumn && (project || branch || endpoint))
            return StatusIcons::forStatus(node->status());
        return {};
    case Qt::ForegroundRole: return deleted ? QVariant(SemanticColors::color(SemanticColors::Role::Muted)) : QVariant();
    case Qt::FontRole:
        if (branch && branch->isDefault && column == DbTreeModel::NameColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (deleted) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ToolTipRole:
        if (deleted) {
            const QDateTime purge = project ? project->purgeAt : branch->purgeAt;
            return DbTreeModel::tr("%1\nDeleted: it can be undeleted until %2.")
                .arg(node->name(), QLocale().toString(purge.toLocalTime(), QLocale::ShortFormat));
        }
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    if (project) {
        switch (column) {
        case DbTreeModel::StatusColumn:
            return project->isDeleted() ? DbTreeModel::tr("deleted") : DbTreeModel::tr("ready");
        case DbTreeModel::TypeColumn: return DbTreeModel::tr("Postgres %1").arg(project->pgVersion);
        default: return {};
        }
    }
    if (branch) {
        switch (column) {
        case DbTreeModel::StatusColumn: return branchStateText(*branch);
        case DbTreeModel::TypeColumn: {
            QStringList marks;
            if (branch->isDefault)
                marks << DbTreeModel::tr("default");
            if (branch->isProtected)
                marks << DbTreeModel::tr("protected");
            if (branch->expireTime.isValid())
                marks << DbTreeModel::tr("expires %1")
                             .arg(QLocale().toString(branch->expireTime.toLocalTime(), QLocale::ShortFormat));
            return marks.isEmpty() ? DbTreeModel::tr("branch") : marks.join(u" · "_s);
        }
        default: return {};
        }
    }
    if (endpoint) {
        switch (column) {
        case DbTreeModel::StatusColumn: return endpointStateText(endpoint->state);
        case DbTreeModel::TypeColumn:
            return endpoint->isReadWrite()
                       ? DbTreeModel::tr("read-write · %1").arg(cuRange(endpoint->minCu, endpoint->maxCu))
                       : DbTreeModel::tr("read-only · %1").arg(cuRange(endpoint->minCu, endpoint->maxCu));
        case DbTreeModel::RegionColumn: return endpoint->host;
        default: return {};
        }
    }
    if (database && column == DbTreeModel::TypeColumn)
        return database->owner.isEmpty() ? QString() : DbTreeModel::tr("owner %1").arg(database->owner);
    if (role_ && column == DbTreeModel::TypeColumn) {
        if (role_->authMethod == u"LAKEBASE_OAUTH_V1")
            return DbTreeModel::tr("OAuth sign-in");
        if (role_->authMethod.startsWith(u"PG_PASSWORD"))
            return DbTreeModel::tr("password");
        return role_->authMethod;
    }
    return {};
}

std::unique_ptr<TreeSection::Node> LakebaseSection::makeProjectNode(const LakebaseProject &project)
{
    auto node = std::make_unique<Node>(NodeKind::LakebaseProject);
    node->id = nodeId(project.name);
    setRecord(*node, project);
    return node;
}

std::unique_ptr<TreeSection::Node> LakebaseSection::makeBranchNode(const LakebaseBranch &branch)
{
    auto node = std::make_unique<Node>(NodeKind::LakebaseBranch);
    node->id = nodeId(branch.name);
    setRecord(*node, branch);
    for (const NodeKind kind : {NodeKind::LakebaseDatabases, NodeKind::LakebaseRoles}) {
        auto group = std::make_unique<Node>(kind);
        group->parent = node.get();
        group->row = int(node->children.size());
        node->children.push_back(std::move(group));
    }
    return node;
}

template <typename Record>
std::unique_ptr<TreeSection::Node> LakebaseSection::makeLeaf(NodeKind kind, const Record &record)
{
    auto node = std::make_unique<Node>(kind);
    node->id = nodeId(record.name);
    setRecord(*node, record);
    return node;
}

void LakebaseSection::placeBranch(Node *project, const LakebaseBranch &branch)
{
    Node *source = branch.sourceBranch.isEmpty() ? nullptr : byId(nodeId(branch.sourceBranch));
    Node *parent = source && source->kind == NodeKind::LakebaseBranch ? source : project;
    Node *placed = insertChild(parent, makeBranchNode(branch));
    adoptChildren(project, placed);
}

void LakebaseSection::adoptChildren(Node *project, Node *source)
{
    const auto *sourceBranch = std::get_if<LakebaseBranch>(&source->record);
    for (int row = int(project->children.size()) - 1; row >= 0; --row) {
        Node *candidate = project->children[size_t(row)].get();
        const auto *branch = std::get_if<LakebaseBranch>(&candidate->record);
        if (!branch || candidate == source || branch->sourceBranch != sourceBranch->name)
            continue;
        bool above = false; // a source cannot move under its own descendant
        for (Node *up = source->parent; up && up != project; up = up->parent)
            above = above || up == candidate;
        if (!above)
            moveNode(candidate, source, int(source->children.size()));
    }
}

void LakebaseSection::placeEndpoint(Node *branch, const LakebaseEndpoint &endpoint)
{
    // Endpoints first, before Databases, Roles and child branches.
    int row = 0;
    while (row < int(branch->children.size()) && branch->children[size_t(row)]->kind == NodeKind::LakebaseEndpoint)
        ++row;
    insertChild(branch, makeLeaf(NodeKind::LakebaseEndpoint, endpoint), row);
}

void LakebaseSection::requestPage(Node *container)
{
    if (!m_client)
        return;
    const NodeKind kind = container->kind;
    const QString key = container->projectId();
    const QString cursor = container->paging->cursor;
    // Where the container is when the answer comes (it may have gone), or nothing.
    auto settle = [this, kind, key](const ApiError &error, const QString &next, int rows,
                                    const std::function<void(Node *)> &apply) {
        Node *target = this->container(kind, key);
        if (!target)
            return;
        if (error.isError())
            return failPage(target, error);
        apply(target);
        finishPage(target, next);
        pageLoaded(target, rows);
    };
    const QString projectId = key.section(u'/', 1, 1);
    const QString branchId = key.section(u'/', 3, 3);
    switch (kind) {
    case NodeKind::LakebaseGroup:
        m_client->listProjects(cursor, m_showDeleted, requests(),
                               [this, settle](const LakebasePage<LakebaseProject> &page, const ApiError &error) {
                                   settle(error, page.nextPageToken, int(page.items.size()), [&](Node *group) {
                                       std::vector<std::unique_ptr<Node>> block;
                                       for (const LakebaseProject &project : page.items)
                                           if (Node *known = byId(nodeId(project.name))) {
                                               setRecord(*known, project);
                                               rowChanged(known);
                                           } else {
                                               block.push_back(makeProjectNode(project));
                                           }
                                       insertBlock(group, std::move(block));
                                   });
                               });
        return;
    case NodeKind::LakebaseProject:
        m_client->listBranches(projectId, cursor, m_showDeleted, requests(),
                               [this, settle](const LakebasePage<LakebaseBranch> &page, const ApiError &error) {
                                   settle(error, page.nextPageToken, int(page.items.size()), [&](Node *project) {
                                       for (const LakebaseBranch &branch : page.items)
                                           if (Node *known = byId(nodeId(branch.name))) {
                                               setRecord(*known, branch);
                                               rowChanged(known);
                                           } else {
                                               placeBranch(project, branch);
                                           }
                                   });
                               });
        return;
    case NodeKind::LakebaseBranch:
        m_client->listEndpoints(projectId, branchId, cursor, requests(),
                                [this, settle](const LakebasePage<LakebaseEndpoint> &page, const ApiError &error) {
                                    settle(error, page.nextPageToken, int(page.items.size()), [&](Node *branch) {
                                        for (const LakebaseEndpoint &endpoint : page.items)
                                            if (Node *known = byId(nodeId(endpoint.name))) {
                                                setRecord(*known, endpoint);
                                                rowChanged(known);
                                            } else {
                                                placeEndpoint(branch, endpoint);
                                            }
                                    });
                                });
        return;
    case NodeKind::LakebaseDatabases:
        m_client->listDatabases(projectId, branchId, cursor, requests(),
                                [this, settle](const LakebasePage<LakebaseDatabase> &page, const ApiError &error) {
                                    settle(error, page.nextPageToken, int(page.items.size()), [&](Node *databases) {
                                        std::vector<std::unique_ptr<Node>> block;
                                        for (const LakebaseDatabase &database : page.items)
                                            if (!byId(nodeId(database.name)))
                                                block.push_back(makeLeaf(NodeKind::LakebaseDatabase, database));
                                        insertBlock(databases, std::move(block));
                                    });
                                });
        return;
    case NodeKind::LakebaseRoles:
        m_client->listRoles(projectId, branchId, cursor, requests(),
                            [this, settle](const LakebasePage<LakebaseRole> &page, const ApiError &error) {
                                settle(error, page.nextPageToken, int(page.items.size()), [&](Node *roles) {
                                    std::vector<std::unique_ptr<Node>> block;
                                    for (const LakebaseRole &role : page.items)
                                        if (!byId(nodeId(role.name)))
                                            block.push_back(makeLeaf(NodeKind::LakebaseRole, role));
                                    insertBlock(roles, std::move(block));
                                });
                            });
        return;
    default: return;
    }
}

TreeSection::Node *LakebaseSection::container(NodeKind kind, const QString &key) const
{
    switch (kind) {
    case NodeKind::LakebaseGroup: return m_group;
    case NodeKind::LakebaseProject:
    case NodeKind::LakebaseBranch: return byId(nodeId(key));
    case NodeKind::LakebaseDatabases:
    case NodeKind::LakebaseRoles:
        if (Node *branch = byId(nodeId(key)))
            return branch->child(kind);
        return nullptr;
    default: return nullptr;
    }
}

QStringList LakebaseSection::rowsOutsideTheList(const Node *container) const
{
    QStringList ids;
    std::vector<const Node *> pending{container};
    while (!pending.empty()) {
        const Node *node = pending.back();
        pending.pop_back();
        for (const auto &child : node->children) {
            const bool listed = container->kind == NodeKind::LakebaseProject
                                    ? child->kind == NodeKind::LakebaseBranch
                                    : child->kind == NodeKind::LakebaseEndpoint && node == container;
            if (!listed && !child->id.isEmpty())
                ids << child->id;
            if (child->kind == NodeKind::LakebaseBranch)
                pending.push_back(child.get());
        }
    }
    return ids;
}

void LakebaseSection::relistPage(NodeKind kind, const QString &key, const QString &cursor, int, const RelistDone &done)
{
    if (!m_client)
        return done({}, {}, ApiError::cancelled(), [] {});
    const QString projectId = key.section(u'/', 1, 1);
    const QString branchId = key.section(u'/', 3, 3);
    // The ids a page lists, plus the rows its container holds that no such list covers.
    auto listed = [this, kind, key](const auto &items) {
        QStringList ids;
        for (const auto &item : items)
            ids << nodeId(item.name);
        if (const Node *target = this->container(kind, key);
            target && (kind == NodeKind::LakebaseProject || kind == NodeKind::LakebaseBranch))
            ids += rowsOutsideTheList(target);
        return ids;
    };
    switch (kind) {
    case NodeKind::LakebaseGroup:
        m_client->listProjects(cursor, m_showDeleted, requests(),
                               [this, done, listed](const LakebasePage<LakebaseProject> &page, const ApiError &error) {
                                   done(listed(page.items), page.nextPageToken, error, [this, page] {
                                       for (const LakebaseProject &project : page.items)
                                           upsertProject(project);
                                   });
                               });
        return;
    case NodeKind::LakebaseProject:
        m_client->listBranches(projectId, cursor, m_showDeleted, requests(),
                               [this, done, listed](const LakebasePage<LakebaseBranch> &page, const ApiError &error) {
                                   done(listed(page.items), page.nextPageToken, error, [this, page] {
                                       for (const LakebaseBranch &branch : page.items)
                                           upsertBranch(branch);
                                   });
                               });
        return;
    case NodeKind::LakebaseBranch:
        m_client->listEndpoints(
            projectId, branchId, cursor, requests(),
            [this, done, listed](const LakebasePage<LakebaseEndpoint> &page, const ApiError &error) {
                done(listed(page.items), page.nextPageToken, error, [this, page] {
                    for (const LakebaseEndpoint &endpoint : page.items)
                        upsertEndpoint(endpoint);
                });
            });
        return;
    case NodeKind::LakebaseDatabases:
        m_client->listDatabases(
            projectId, branchId, cursor, requests(),
            [this, done, listed, kind, key](const LakebasePage<LakebaseDatabase> &page, const ApiError &error) {
                done(listed(page.items), page.nextPageToken, error,
                     [this, page, kind, key] { upsertLeaves(NodeKind::LakebaseDatabase, page.items, kind, key); });
            });
        return;
    case NodeKind::LakebaseRoles:
        m_client->listRoles(
            projectId, branchId, cursor, requests(),
            [this, done, listed, kind, key](const LakebasePage<LakebaseRole> &page, const ApiError &error) {
                done(listed(page.items), page.nextPageToken, error,
                     [this, page, kind, key] { upsertLeaves(NodeKind::LakebaseRole, page.items, kind, key); });
            });
        return;
    default: return done({}, {}, {}, [] {});
    }
}

template <typename Record>
void LakebaseSection::upsertLeaves(NodeKind leafKind, const QList<Record> &records, NodeKind containerKind,
                                   const QString &key)
{
    Node *target = container(containerKind, key);
    for (const Record &record : records)
        if (Node *known = byId(nodeId(record.name))) {
            setRecord(*known, record);
            rowChanged(known);
        } else if (target) {
            insertChild(target, makeLeaf(leafKind, record));
        }
}

void LakebaseSection::removeGone(const QString &id)
{
    Node *node = byId(id);
    if (!node)
        return;
    if (node->kind == NodeKind::LakebaseBranch) {
        // Its child branches stay, at the project's top level.
        Node *project = node->parent;
        while (project && project->kind != NodeKind::LakebaseProject)
            project = project->parent;
        for (int row = int(node->children.size()) - 1; project && row >= 0; --row)
            if (node->children[size_t(row)]->kind == NodeKind::LakebaseBranch)
                moveNode(node->children[size_t(row)].get(), project, -1);
    }
    removeNode(node);
}

void LakebaseSection::upsertProject(const LakebaseProject &project)
{
    if (Node *node = byId(nodeId(project.name))) {
        setRecord(*node, project);
        rowChanged(node);
    } else if (m_group && m_group->paging->fetched && (m_showDeleted || !project.isDeleted())) {
        insertChild(m_group, makeProjectNode(project));
    }
}

void LakebaseSection::upsertBranch(const LakebaseBranch &branch)
{
    if (Node *node = byId(nodeId(branch.name))) {
        setRecord(*node, branch);
        rowChanged(node);
        return;
    }
    Node *project = byId(nodeId(LakebaseClient::projectName(branch.projectId)));
    if (project && project->paging->fetched && (m_showDeleted || !branch.isDeleted()))
        placeBranch(project, branch);
}

void LakebaseSection::upsertEndpoint(const LakebaseEndpoint &endpoint)
{
    if (Node *node = byId(nodeId(endpoint.name))) {
        setRecord(*node, endpoint);
        rowChanged(node);
        return;
    }
    Node *branch = byId(nodeId(LakebaseClient::branchName(endpoint.projectId, endpoint.branchId)));
    if (branch && branch->paging->fetched)
        placeEndpoint(branch, endpoint);
}

void LakebaseSection::removeResource(const QString &resourceName)
{
    removeGone(nodeId(resourceName));
}

void LakebaseSection::setShowDeleted(bool show)
{
    if (show == m_showDeleted)
        return;
    m_showDeleted = show;
    // Every loaded list again: deleted rows come (or go) in place, the rest stays as it is.
    if (!m_group)
        return;
    std::vector<Node *> loaded{m_group};
    for (size_t i = 0; i < loaded.size(); ++i)
        for (const auto &child : loaded[i]->children)
            if (child->kind == NodeKind::LakebaseProject && child->paging->fetched && lists(child.get()))
                loaded.push_back(child.get());
    for (Node *container : loaded) {
        const QModelIndex index = container == m_group ? m_tree.lakebaseIndex() : m_tree.indexForId(container->id);
        // A list in flight was asked for under the old setting: its answer goes in, then
        // the container is listed again under the new one.
        if (container->paging->fetching)
            m_relistAfter.insert(m_tree.keyOf(index));
        else
            m_tree.refresh(index);
    }
}
