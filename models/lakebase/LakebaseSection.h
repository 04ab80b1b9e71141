#pragma once

#include "explorer/TreeSection.h"

#include <QSet>

class LakebaseClient;

// Databricks Lakebase in the explorer: profile → Lakebase → projects → branches (nested
// under their source branch) → the branch's endpoints, then its Databases and Roles. A
// project lists its branches and a branch its endpoints when opened, a page at a time.
// With *Show deleted*, soft-deleted projects and branches are listed too, marked so.
class LakebaseSection final : public TreeSection
{
public:
    explicit LakebaseSection(DbTreeModel &tree);
    ~LakebaseSection() override;

    void reset(LakebaseClient *client, Node *group);
    Node *group() const { return m_group; }
    LakebaseClient *client() const { return m_client; }
    static QString nodeId(const QString &resourceName) { return QStringLiteral("lakebase:") + resourceName; }
    // States in the operator's words (the tree's and the details' alike).
    static QString endpointStateText(const QString &state);
    static QString branchStateText(const LakebaseBranch &branch);

    // Lists again with or without soft-deleted projects and branches.
    void setShowDeleted(bool show);
    bool showDeleted() const { return m_showDeleted; }

    // Results of the console's own calls (an operation's response), applied in place.
    void upsertProject(const LakebaseProject &project);
    void upsertBranch(const LakebaseBranch &branch);
    void upsertEndpoint(const LakebaseEndpoint &endpoint);
    // A hard-deleted resource (or a soft-deleted one while deleted ones are hidden).
    void removeResource(const QString &resourceName);

    bool owns(NodeKind kind) const override;
    QString containerTitle(const Node *container) const override;
    QVariant data(const Node *node, int column, int role) const override;
    void requestPage(Node *container) override;
    Node *container(NodeKind kind, const QString &key) const override;
    void relistPage(NodeKind kind, const QString &key, const QString &cursor, int limit,
                    const RelistDone &done) override;
    void removeGone(const QString &id) override;
    bool nestsRows(NodeKind kind) const override { return kind == NodeKind::LakebaseBranch; }
    // A deleted project or branch lists nothing until it is undeleted (the service says 404).
    bool lists(const Node *container) const override;

private:
    std::unique_ptr<Node> makeProjectNode(const LakebaseProject &project);
    std::unique_ptr<Node> makeBranchNode(const LakebaseBranch &branch);
    template <typename Record>
    std::unique_ptr<Node> makeLeaf(NodeKind kind, const Record &record);
    // Under its source branch when that is loaded, else at the project's top level; and
    // branches listed before their source move under it once it arrives.
    void placeBranch(Node *project, const LakebaseBranch &branch);
    void adoptChildren(Node *project, Node *source);
    void placeEndpoint(Node *branch, const LakebaseEndpoint &endpoint);
    // A re-list's databases or roles: new ones added, known ones updated.
    template <typename Record>
    void upsertLeaves(NodeKind leafKind, const QList<Record> &records, NodeKind containerKind, const QString &key);
    // Rows under a container that its re-list does not cover (a branch's child branches for
    // an endpoint list, the branches' contents for a branch list): a re-list vouches for them.
    QStringList rowsOutsideTheList(const Node *container) const;

    LakebaseClient *m_client = nullptr;
    Node *m_group = nullptr;
    bool m_showDeleted = false;
    // Containers to list again once their list in flight is in: it was asked for under the
    // other Show deleted setting.
    QSet<QString> m_relistAfter;
    QMetaObject::Connection m_pageLoaded;
};
