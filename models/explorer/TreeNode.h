#pragma once

#include "api/aura/AuraTypes.h"
#include "explorer/DbTreeModel.h"

#include <memory>
#include <variant>
#include <vector>

// Paging state, only on containers (and the profile's label): kept out of line so the
// 100,000 leaf nodes of a big tree stay small.
struct Paging
{
    QString label; // profile name
    QString cursor;
    bool fetched = false;
    bool fetching = false;
    // The last load failed (until one succeeds): what went wrong, whether it was an F5
    // re-list (retried as one) or a page, and the row under the container that says so.
    ApiError failure;
    bool failedRelist = false;
    DbTreeModel::Node *loadMore = nullptr;
    DbTreeModel::Node *problem = nullptr;
};

// One row of the explorer tree. Storage is shared by every section; what a row means (its
// record, columns and calls) belongs to the section that made it.
struct DbTreeModel::Node
{
    explicit Node(NodeKind k) : kind(k)
    {
        if (k == NodeKind::Profile || isContainer())
            paging = std::make_unique<Paging>();
    }
    NodeKind kind;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    QString id;
    std::variant<std::monostate, DbProject, DbBranch, DbSnapshot, QueueRecord, AuraTenant, AuraInstance, AuraSnapshot,
                 LakebaseProject, LakebaseBranch, LakebaseEndpoint, LakebaseDatabase, LakebaseRole>
        record;
    int searchSlot = -1;      // entry in the search index's contiguous text
    bool lineageLoop = false; // its parent chain loops back to itself: kept at the top level
    // Under filter generation G, the node (or a descendant) matches iff hitGen == G.
    quint32 hitGen = 0;
    std::unique_ptr<Paging> paging;
    Node *loadMoreRow() const { return paging ? paging->loadMore : nullptr; }
    bool isFetching() const { return paging && paging->fetching; }
    bool hasFailed() const { return paging && paging->failure.isError(); }

    bool isContainer() const
    {
        return kind == NodeKind::DatabasesGroup || kind == NodeKind::BranchesGroup ||
               kind == NodeKind::SnapshotsGroup || kind == NodeKind::QueuesGroup || kind == NodeKind::AuraGroup ||
               kind == NodeKind::AuraTenant || kind == NodeKind::AuraSnapshots || kind == NodeKind::LakebaseGroup ||
               kind == NodeKind::LakebaseProject || kind == NodeKind::LakebaseBranch ||
               kind == NodeKind::LakebaseDatabases || kind == NodeKind::LakebaseRoles;
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
        if (const auto *t = std::get_if<AuraTenant>(&record))
            return t->name.isEmpty() ? t->id : t->name;
        if (const auto *i = std::get_if<AuraInstance>(&record))
            return i->name;
        if (const auto *a = std::get_if<AuraSnapshot>(&record))
            return a->timestamp.toUTC().toString(Qt::ISODate) + u' ' + a->profile;
        if (const auto *lp = std::get_if<LakebaseProject>(&record))
            return lp->displayName.isEmpty() ? lp->id : lp->displayName;
        if (const auto *lb = std::get_if<LakebaseBranch>(&record))
            return lb->id;
        if (const auto *le = std::get_if<LakebaseEndpoint>(&record))
            return le->id;
        if (const auto *ld = std::get_if<LakebaseDatabase>(&record))
            return ld->postgresName;
        if (const auto *lr = std::get_if<LakebaseRole>(&record))
            return lr->postgresRole;
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
        if (const auto *i = std::get_if<AuraInstance>(&record)) {
            if (i->status == u"running")
                return ResourceStatus::Ready;
            if (i->status == u"destroying")
                return ResourceStatus::Deleting;
            if (i->status == u"loading failed")
                return ResourceStatus::Failed;
            return i->isTransitional() ? ResourceStatus::Provisioning : ResourceStatus::Unknown;
        }
        if (const auto *a = std::get_if<AuraSnapshot>(&record))
            return a->status == u"Completed" ? ResourceStatus::Ready
                   : a->status == u"Failed"  ? ResourceStatus::Failed
                                             : ResourceStatus::Provisioning;
        if (const auto *lp = std::get_if<LakebaseProject>(&record))
            return lp->isDeleted() ? ResourceStatus::Deleting : ResourceStatus::Ready;
        if (const auto *lb = std::get_if<LakebaseBranch>(&record))
            return lb->isDeleted() || lb->state == u"DELETED" ? ResourceStatus::Deleting
                   : lb->state == u"READY"                    ? ResourceStatus::Ready
                   : lb->isTransitional()                     ? ResourceStatus::Provisioning
                                                              : ResourceStatus::Unknown;
        if (const auto *le = std::get_if<LakebaseEndpoint>(&record))
            return le->state == u"ACTIVE"     ? ResourceStatus::Ready
                   : le->state == u"INIT"     ? ResourceStatus::Provisioning
                   : le->state == u"DEGRADED" ? ResourceStatus::Failed
                                              : ResourceStatus::Unknown; // IDLE: suspended
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
        if (const auto *i = std::get_if<AuraInstance>(&record))
            return i->createdAt;
        if (const auto *a = std::get_if<AuraSnapshot>(&record))
            return a->timestamp;
        if (const auto *lp = std::get_if<LakebaseProject>(&record))
            return lp->createdAt;
        if (const auto *lb = std::get_if<LakebaseBranch>(&record))
            return lb->createdAt;
        if (const auto *le = std::get_if<LakebaseEndpoint>(&record))
            return le->createdAt;
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
        // Aura: the key of the list a container re-lists (a tenant's instances, an instance's snapshots).
        if (const auto *t = std::get_if<AuraTenant>(&record))
            return t->id;
        if (const auto *i = std::get_if<AuraInstance>(&record))
            return i->id;
        // Lakebase: the full resource name (a project's or a branch's lists hang off it).
        if (const auto *lp = std::get_if<LakebaseProject>(&record))
            return lp->name;
        if (const auto *lb = std::get_if<LakebaseBranch>(&record))
            return lb->name;
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
