#pragma once

#include "api/ApiError.h"
#include "api/aura/AuraTypes.h"
#include "api/db/DbTypes.h"
#include "api/lakebase/LakebaseTypes.h"
#include "api/queue/QueueTypes.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <memory>
#include <vector>

class AuraClient;
class AuraSection;
class LakebaseClient;
class LakebaseSection;
class DatabasesSection;
class InfraiDbClient;
class InfraiQueueClient;
class QueuesSection;
class RecoverySchedule;
class QueueStatsHub;
class ResourcePoller;
class TreeSearchIndex;
class TreeSection;

// The explorer's tree: profile → Databases → project → Branches (nested by copy-on-write
// lineage) and Snapshots, and profile → Queues → queue → Dead letters with live counts.
// Every container loads lazily, a cursor page at a time; nodes are keyed by id so
// refreshes update rows in place and views keep their selection and expansion.
// The model owns node storage, paging, F5 walks and the filter; each service's rows come
// from its TreeSection (db/DatabasesSection, queue/QueuesSection).
class DbTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DbTreeModel)

public:
    enum class NodeKind {
        Profile,
        DatabasesGroup,
        Project,
        BranchesGroup,
        Branch,
        SnapshotsGroup,
        Snapshot,
        LoadMore,
        QueuesGroup,
        Queue,
        DeadLetters,
        Problem, // under a container whose load failed: the error, the request id, Retry
        AuraGroup,
        AuraTenant,
        AuraInstance,
        AuraSnapshots,
        AuraSnapshot,
        LakebaseGroup,
        LakebaseProject,
        LakebaseBranch,
        LakebaseEndpoint,
        LakebaseDatabases,
        LakebaseDatabase,
        LakebaseRoles,
        LakebaseRole
    };
    Q_ENUM(NodeKind)
    enum Column { NameColumn, StatusColumn, TypeColumn, RegionColumn, CreatedColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1,
        IdRole,
        SearchRole, // lower-case name + id, for filtering
        StatusRole, // ResourceStatus as int
        ProjectIdRole,
        LoadingRole,   // a container with a page request in flight
        QueueNameRole, // the queue of a Queue or Dead letters row
        DeadCountRole, // dead letters of a queue (-1 until its stats arrive)
    };
    // Tree counts are refreshed this often (an open inspector asks for more).
    static constexpr int QueueStatsPeriodMs = 10000;

    explicit DbTreeModel(QObject *parent = nullptr);
    ~DbTreeModel() override;

    // Starts over for a connection; a null client leaves an empty tree. Without a queue
    // client there is no Queues group.
    void setClient(InfraiDbClient *client, const QString &profileName, InfraiQueueClient *queues = nullptr);
    // Starts over for a Neo4j Aura connection: profile → Neo4j Aura → tenants → instances.
    void setAuraClient(AuraClient *client, const QString &profileName);
    AuraSection *aura() const { return m_aura.get(); }
    // The Aura instance of a row's id ("aura:…"), if loaded.
    std::optional<AuraInstance> auraInstance(const QString &nodeId) const;
    std::optional<AuraSnapshot> auraSnapshot(const QString &nodeId) const;
    QModelIndex auraIndex() const;
    // Starts over for a Databricks Lakebase connection: profile → Lakebase → projects → branches.
    void setLakebaseClient(LakebaseClient *client, const QString &profileName);
    LakebaseSection *lakebase() const { return m_lakebase.get(); }
    QModelIndex lakebaseIndex() const;
    // The record of a row by its id, if it holds one of that type.
    template <typename Record>
    std::optional<Record> record(const QString &nodeId) const;
    void setStatsHub(QueueStatsHub *hub);
    InfraiDbClient *client() const;
    // Has a connection's tree (of any service).
    bool isConnected() const { return m_profile != nullptr; }
    void setPageSize(int size) { m_pageSize = size; }
    ResourcePoller *poller() const { return m_poller; }

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Filtering by a lower-case needle over names and ids, computed here in one pass over
    // the nodes so a proxy needs no recursive descent: a row passes when it or anything
    // below it matches.
    void setFilterNeedle(const QString &needle);
    bool passesFilter(const QModelIndex &index) const;
    int filterHitCount() const;
    QModelIndex databasesIndex() const;
    QModelIndex queuesIndex() const;
    static QString queueNodeId(const QString &name) { return QStringLiteral("queue:") + name; }
    static QString deadLettersNodeId(const QString &name) { return QStringLiteral("dlq:") + name; }
    std::optional<QueueRecord> queue(const QString &name) const;
    std::optional<QueueStats> queueStats(const QString &name) const;
    // Names of the loaded queues (for choosing a dead-letter queue).
    QStringList queueNames() const;
    void appendQueues(const QList<QueueRecord> &queues, const QString &nextCursor);
    void upsertQueue(const QueueRecord &queue);
    void removeQueue(const QString &name);
    // The queues whose counts the tree keeps live (those on screen); the rest keep their
    // last figures.
    void setWatchedQueues(const QSet<QString> &names);
    QModelIndex indexForId(const QString &id, int column = 0) const;
    // The index of a row by its internal pointer, for a model that shows this tree inside
    // its own with the same pointers (ProfilesTreeModel).
    QModelIndex indexForInternalPointer(const void *pointer, int column = 0) const
    {
        return indexOf(static_cast<const Node *>(pointer), column);
    }
    // A key for any row that survives reloads and filtering: the id, or for a row without
    // one (a group) its parent's key and its kind. For remembering expansion and selection.
    QString keyOf(const QModelIndex &index) const;
    QModelIndex indexForKey(const QString &key) const;
    NodeKind kindOf(const QModelIndex &index) const;
    std::optional<DbProject> project(const QString &id) const;
    std::optional<DbBranch> branch(const QString &id) const;
    std::optional<DbSnapshot> snapshot(const QString &id) const;
    // The loaded branches of a project (for the "new branch" source list).
    QList<DbBranch> branchesOf(const QString &projectId) const;
    // Ids of the loaded child branches of a branch.
    QStringList childBranchIds(const QString &branchId) const;
    int loadedCount(const QModelIndex &container) const;

    // Results of the console's own calls, applied without a reload.
    void upsertProject(const DbProject &project);
    void upsertBranch(const DbBranch &branch);
    void upsertSnapshot(const DbSnapshot &snapshot);
    void removeResource(const QString &id);

    // Loads a page into a container from data already in hand (also used by benchmarks).
    void appendProjects(const QList<DbProject> &projects, const QString &nextCursor);
    void appendBranches(const QString &projectId, const QList<DbBranch> &branches, const QString &nextCursor);
    // Re-lists what is loaded under a container (or the whole tree) and merges by id.
    void refresh(const QModelIndex &container = {});
    // While the service cannot be reached, statuses are the last known ones and shown so,
    // and failed loads wait; once it can be, they are tried again at once.
    void setReachable(bool reachable);
    bool isReachable() const { return m_reachable; }

    // Containers whose last load failed. Each has a Problem row; they are tried again by
    // themselves on a growing delay (recovery()) and at once by retry().
    struct LoadProblem
    {
        QString key; // keyOf() the container
        NodeKind container;
        ApiError error;
    };
    QList<LoadProblem> loadProblems() const;
    // Tries a failed container (or, for an invalid index, every failed one) again now.
    void retry(const QModelIndex &containerOrProblem = {});
    RecoverySchedule *recovery() const { return m_recovery; }
    // Names are not cached: a language switch only needs headers and groups repainted.
    void retranslate();

signals:
    void pageLoaded(const QModelIndex &container, int rows);
    void loadFailed(const QModelIndex &container, const ApiError &error);
    // A container failed or recovered: loadProblems() changed.
    void loadProblemsChanged();
    // A watched resource left `provisioning`.
    void resourceSettled(const QString &id, ResourceStatus status);
    // A followed Aura instance reached a settled status ("" when it is gone).
    void auraSettled(const QString &instanceId, const QString &status);

public:
    struct Node; // public so sections and file-local helpers can build nodes

private:
    friend class TreeSection;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    TreeSection *sectionOf(const Node *node) const;
    bool listable(const Node *container) const;
    Node *startServiceTree(NodeKind groupKind, const QString &profileName);

    void requestPage(Node *container);
    void finishPage(Node *container, const QString &nextCursor);
    void failPage(Node *container, const ApiError &error, bool relist = false);
    void setLoadMoreRow(Node *container, bool wanted);
    void clearFailure(Node *container);
    void retryContainer(Node *container);
    QVariant problemData(const Node *row, int column, int role) const;
    // Inserts a subtree (before a trailing "Load more…"), keyed by id.
    Node *insertChild(Node *parent, std::unique_ptr<Node> child, int row = -1);
    // Appends subtrees as one contiguous block: a single insert notification.
    void insertBlock(Node *parent, std::vector<std::unique_ptr<Node>> block);
    bool moveNode(Node *node, Node *newParent, int row);
    void removeNode(Node *node);
    void registerSubtree(Node *node);
    // Which of a node and its ancestors hold a filter match, before an insert or move …
    std::vector<std::pair<Node *, bool>> filterMarksAbove(Node *node) const;
    // … and a dataChanged for those that newly do after it.
    void announceNewMarks(const std::vector<std::pair<Node *, bool>> &before);
    void emitRowChanged(Node *node);
    // F5 on a container: pages through the list until every loaded row was seen again.
    struct RefreshWalk
    {
        NodeKind kind;
        QString projectId;
        int pageSize = 100;
        QSet<QString> unseen; // loaded rows the walk has not listed yet
        QStringList seen;
    };
    void refreshPage(const std::shared_ptr<RefreshWalk> &walk, const QString &cursor);
    QSet<QString> loadedIds(const Node *container) const;
    void mergeRefresh(Node *container, const QStringList &seenIds);
    template <typename Record>
    void assign(Node &node, const Record &record);
    void markFilterHits(Node *node);

    std::unique_ptr<Node> m_root;
    Node *m_profile = nullptr;
    QHash<QString, Node *> m_byId;
    QPointer<QObject> m_requests; // parent of in-flight page callbacks; replaced on reset
    ResourcePoller *m_poller;
    RecoverySchedule *m_recovery;
    std::vector<Node *> m_problemRows;
    int m_pageSize = 100;
    bool m_reachable = true;
    std::unique_ptr<TreeSearchIndex> m_search;
    std::unique_ptr<DatabasesSection> m_databases;
    std::unique_ptr<QueuesSection> m_queues;
    std::unique_ptr<AuraSection> m_aura;
    std::unique_ptr<LakebaseSection> m_lakebase;
    TreeSection *sectionForKind(NodeKind kind) const;
};
