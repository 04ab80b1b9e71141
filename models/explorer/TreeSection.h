#pragma once

#include "explorer/DbTreeModel.h"

#include <QSet>

#include <functional>
#include <memory>
#include <vector>

// One service's part of the explorer tree (infrai databases, infrai queues, …): it makes
// its rows, paints their columns and makes their list calls. The tree owns the nodes,
// notifications, paging, refresh walks and the filter; a section reaches them through the
// helpers below.
class TreeSection
{
public:
    using Node = DbTreeModel::Node;
    using NodeKind = DbTreeModel::NodeKind;

    explicit TreeSection(DbTreeModel &tree) : m_tree(tree) {}
    virtual ~TreeSection() = default;
    Q_DISABLE_COPY_MOVE(TreeSection)

    // The kinds of row this section made.
    virtual bool owns(NodeKind kind) const = 0;
    // "Databases", "Branches", …: the tree adds "loading" / "failed" to it.
    virtual QString containerTitle(const Node *container) const = 0;
    // A cell of one of its rows; an invalid variant leaves it to the tree's defaults
    // (the name, the id as tooltip, the created date).
    virtual QVariant data(const Node *node, int column, int role) const = 0;
    // Lists the next page of a container (its paging cursor) and appends it.
    virtual void requestPage(Node *container) = 0;
    // Where a container lives now: nodes may be gone by the time an answer arrives.
    virtual Node *container(NodeKind kind, const QString &projectId) const = 0;

    // One page of an F5 re-list: the ids it listed, its next cursor, and how to merge it.
    using RelistDone = std::function<void(const QStringList &ids, const QString &next, const ApiError &error,
                                          const std::function<void()> &apply)>;
    virtual void relistPage(NodeKind kind, const QString &projectId, const QString &cursor, int limit,
                            const RelistDone &done) = 0;
    // A loaded row a complete re-list no longer shows.
    virtual void removeGone(const QString &id) = 0;
    // Rows of this kind hold rows of their own kind (branch lineage): a refresh covers them.
    virtual bool nestsRows(NodeKind) const { return false; }
    // A node with this id left the tree.
    virtual void forget(const QString &) {}
    // Whether a container's list can be asked for now (a deleted resource's cannot).
    virtual bool lists(const Node *) const { return true; }

protected:
    Node *byId(const QString &id) const { return m_tree.m_byId.value(id); }
    Node *insertChild(Node *parent, std::unique_ptr<Node> child, int row = -1)
    {
        return m_tree.insertChild(parent, std::move(child), row);
    }
    void insertBlock(Node *parent, std::vector<std::unique_ptr<Node>> block)
    {
        m_tree.insertBlock(parent, std::move(block));
    }
    bool moveNode(Node *node, Node *newParent, int row) { return m_tree.moveNode(node, newParent, row); }
    void removeNode(Node *node) { m_tree.removeNode(node); }
    void rowChanged(Node *node) { m_tree.emitRowChanged(node); }
    template <typename Record>
    void setRecord(Node &node, const Record &record)
    {
        m_tree.assign(node, record);
    }
    void finishPage(Node *container, const QString &nextCursor) { m_tree.finishPage(container, nextCursor); }
    void failPage(Node *container, const ApiError &error) { m_tree.failPage(container, error); }
    void pageLoaded(Node *container, int rows) { emit m_tree.pageLoaded(m_tree.indexOf(container), rows); }
    // Parent of in-flight list callbacks: dropped (and the callbacks with it) on reset.
    QObject *requests() const { return m_tree.m_requests; }
    int pageSize() const { return m_tree.m_pageSize; }
    void markFilterHits(Node *subtree) { m_tree.markFilterHits(subtree); }

    DbTreeModel &m_tree;
};
