#pragma once

#include "explorer/TreeSection.h"

class InfraiDbClient;
class ResourcePoller;

// The infrai managed-Postgres part of the explorer: Databases → project → Branches (nested by
// copy-on-write lineage, cycles kept at the top level and marked) and Snapshots. Rows
// still provisioning are polled until they settle.
class DatabasesSection final : public TreeSection
{
public:
    DatabasesSection(DbTreeModel &tree, ResourcePoller *poller);

    // A new connection: its Databases group (or none without a client).
    void reset(InfraiDbClient *client, Node *databasesGroup);
    InfraiDbClient *client() const { return m_client; }
    Node *group() const { return m_databases; }

    void appendProjects(const QList<DbProject> &projects, const QString &nextCursor);
    void appendBranches(const QString &projectId, const QList<DbBranch> &branches, const QString &nextCursor);
    void upsertProject(const DbProject &project);
    void upsertBranch(const DbBranch &branch);
    void upsertSnapshot(const DbSnapshot &snapshot);
    void removeResource(const QString &id);

    std::optional<DbProject> project(const QString &id) const;
    std::optional<DbBranch> branch(const QString &id) const;
    std::optional<DbSnapshot> snapshot(const QString &id) const;
    QList<DbBranch> branchesOf(const QString &projectId) const;
    QStringList childBranchIds(const QString &branchId) const;

    // TreeSection
    bool owns(NodeKind kind) const override;
    QString containerTitle(const Node *container) const override;
    QVariant data(const Node *node, int column, int role) const override;
    void requestPage(Node *container) override;
    Node *container(NodeKind kind, const QString &projectId) const override;
    void relistPage(NodeKind kind, const QString &projectId, const QString &cursor, int limit,
                    const RelistDone &done) override;
    void removeGone(const QString &id) override { removeResource(id); }
    bool nestsRows(NodeKind kind) const override { return kind == NodeKind::Branch; }
    void forget(const QString &id) override;

private:
    std::unique_ptr<Node> makeProjectNode(const DbProject &project);
    void placeBranch(Node *group, const DbBranch &branch);
    void adoptOrphans(Node *group, Node *newParent);
    Node *containerFor(Node *node) const;
    void watchIfProvisioning(const QString &id, ResourceStatus status, bool isProject);
    template <typename Record>
    std::optional<Record> recordOf(const QString &id) const;

    InfraiDbClient *m_client = nullptr;
    ResourcePoller *m_poller;
    Node *m_databases = nullptr;
};
