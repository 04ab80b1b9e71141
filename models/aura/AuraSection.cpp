#include "aura/AuraSection.h"

#include "StatusIcons.h"
#include "api/aura/AuraClient.h"
#include "explorer/TreeNode.h"

#include <QLocale>

#include <optional>

using namespace Qt::StringLiterals;

AuraSection::AuraSection(DbTreeModel &tree) : TreeSection(tree)
{
    m_clock.start();
    m_timer.setInterval(1000);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
}

AuraSection::~AuraSection() = default;

void AuraSection::reset(AuraClient *client, Node *auraGroup)
{
    m_client = client;
    m_group = auraGroup;
    m_follow.clear();
    m_inFlight.clear();
    m_watched.clear();
    m_watchKnown = false;
    m_timer.stop();
}

bool AuraSection::owns(NodeKind kind) const
{
    return kind == NodeKind::AuraGroup || kind == NodeKind::AuraTenant || kind == NodeKind::AuraInstance ||
           kind == NodeKind::AuraSnapshots || kind == NodeKind::AuraSnapshot;
}

QString AuraSection::containerTitle(const Node *container) const
{
    switch (container->kind) {
    case NodeKind::AuraGroup: return DbTreeModel::tr("Neo4j Aura");
    case NodeKind::AuraTenant: return container->name();
    default: return DbTreeModel::tr("Snapshots");
    }
}

QVariant AuraSection::data(const Node *node, int column, int role) const
{
    const auto *instance = std::get_if<AuraInstance>(&node->record);
    const auto *snapshot = std::get_if<AuraSnapshot>(&node->record);
    if (!instance && !snapshot)
        return {};
    if (role == Qt::DecorationRole && column == DbTreeModel::NameColumn)
        return StatusIcons::forStatus(node->status());
    if (role != Qt::DisplayRole)
        return {};
    if (snapshot) {
        switch (column) {
        case DbTreeModel::NameColumn:
            return QLocale().toString(snapshot->timestamp.toLocalTime(), QLocale::ShortFormat);
        case DbTreeModel::StatusColumn: return snapshot->status;
        case DbTreeModel::TypeColumn:
            return snapshot->profile == u"AdHoc" ? DbTreeModel::tr("snapshot (on demand)")
                                                 : DbTreeModel::tr("snapshot (scheduled)");
        default: return QString();
        }
    }
    switch (column) {
    case DbTreeModel::StatusColumn: return instance->status.isEmpty() ? u"…"_s : instance->status; // verbatim
    case DbTreeModel::TypeColumn:
        if (instance->memory.isEmpty())
            return instance->type;
        //: An Aura instance's type and memory: "professional-db · 8GB".
        return DbTreeModel::tr("%1 · %2").arg(instance->type, instance->memory);
    case DbTreeModel::RegionColumn:
        return instance->region.isEmpty() ? instance->cloud : instance->cloud + u' ' + instance->region;
    default: return {};
    }
}

std::unique_ptr<TreeSection::Node> AuraSection::makeInstanceNode(const AuraInstance &instance)
{
    auto node = std::make_unique<Node>(NodeKind::AuraInstance);
    node->id = instanceNodeId(instance.id);
    setRecord(*node, instance);
    auto snapshots = std::make_unique<Node>(NodeKind::AuraSnapshots);
    snapshots->parent = node.get();
    node->children.push_back(std::move(snapshots));
    return node;
}

void AuraSection::requestPage(Node *container)
{
    if (!m_client)
        return;
    const NodeKind kind = container->kind;
    const QString key = container->projectId();
    if (kind == NodeKind::AuraGroup) {
        m_client->listTenants(requests(), [this](const QList<AuraTenant> &tenants, const ApiError &error) {
            if (!m_group)
                return;
            if (error.isError())
                return failPage(m_group, error);
            std::vector<std::unique_ptr<Node>> block;
            for (const AuraTenant &tenant : tenants) {
                if (byId(tenantNodeId(tenant.id)))
                    continue;
                auto node = std::make_unique<Node>(NodeKind::AuraTenant);
                node->id = tenantNodeId(tenant.id);
                setRecord(*node, tenant);
                block.push_back(std::move(node));
            }
            insertBlock(m_group, std::move(block));
            finishPage(m_group, {});
            pageLoaded(m_group, int(tenants.size()));
        });
        return;
    }
    if (kind == NodeKind::AuraTenant) {
        m_client->listInstances(key, requests(),
                                [this, key](const QList<AuraInstance> &instances, const ApiError &error) {
                                    Node *tenant = this->container(NodeKind::AuraTenant, key);
                                    if (!tenant)
                                        return;
                                    if (error.isError())
                                        return failPage(tenant, error);
                                    std::vector<std::unique_ptr<Node>> block;
                                    for (const AuraInstance &instance : instances)
                                        if (!byId(instanceNodeId(instance.id)))
                                            block.push_back(makeInstanceNode(instance));
                                    insertBlock(tenant, std::move(block));
                                    finishPage(tenant, {});
                                    pageLoaded(tenant, int(instances.size()));
                                    // A list names them only: the records of those on screen (the first ones until the
                                    // view says which are) give their status, type and memory.
                                    int first = 0;
                                    for (const AuraInstance &instance : instances)
                                        if (m_watchKnown ? m_watched.contains(instance.id) : first++ < InitialWatch)
                                            fetchDetails(instance.id);
                                });
        return;
    }
    if (kind == NodeKind::AuraSnapshots) {
        m_client->listSnapshots(key, {}, requests(),
                                [this, key](const QList<AuraSnapshot> &list, const ApiError &error) {
                                    Node *snapshots = this->container(NodeKind::AuraSnapshots, key);
                                    if (!snapshots)
                                        return;
                                    if (error.isError())
                                        return failPage(snapshots, error);
                                    std::vector<std::unique_ptr<Node>> block;
                                    for (const AuraSnapshot &snapshot : list) {
                                        if (Node *known = byId(u"aura-snapshot:"_s + snapshot.snapshotId)) {
                                            setRecord(*known, snapshot);
                                            rowChanged(known);
                                            continue;
                                        }
                                        auto node = std::make_unique<Node>(NodeKind::AuraSnapshot);
                                        node->id = u"aura-snapshot:"_s + snapshot.snapshotId;
                                        setRecord(*node, snapshot);
                                        block.push_back(std::move(node));
                                    }
                                    insertBlock(snapshots, std::move(block));
                                    finishPage(snapshots, {});
                                    pageLoaded(snapshots, int(list.size()));
                                });
    }
}

TreeSection::Node *AuraSection::container(NodeKind kind, const QString &key) const
{
    switch (kind) {
    case NodeKind::AuraGroup: return m_group;
    case NodeKind::AuraTenant: return byId(tenantNodeId(key));
    case NodeKind::AuraSnapshots:
        if (Node *instance = byId(instanceNodeId(key)))
            return instance->child(NodeKind::AuraSnapshots);
        return nullptr;
    default: return nullptr;
    }
}

void AuraSection::relistPage(NodeKind kind, const QString &key, const QString &, int, const RelistDone &done)
{
    // Aura's lists are not paged: one call re-lists everything.
    if (kind == NodeKind::AuraTenant) {
        m_client->listInstances(key, requests(),
                                [this, key, done](const QList<AuraInstance> &instances, const ApiError &error) {
                                    QStringList ids;
                                    for (const AuraInstance &instance : instances)
                                        ids << instanceNodeId(instance.id);
                                    done(ids, {}, error, [&] {
                                        Node *tenant = this->container(NodeKind::AuraTenant, key);
                                        for (const AuraInstance &instance : instances) {
                                            if (!byId(instanceNodeId(instance.id)) && tenant)
                                                insertChild(tenant, makeInstanceNode(instance));
                                            if (m_watched.contains(instance.id) || m_follow.contains(instance.id))
                                                fetchDetails(instance.id);
                                        }
                                    });
                                });
        return;
    }
    if (kind == NodeKind::AuraGroup) {
        m_client->listTenants(requests(), [done](const QList<AuraTenant> &tenants, const ApiError &error) {
            QStringList ids;
            for (const AuraTenant &tenant : tenants)
                ids << tenantNodeId(tenant.id);
            done(ids, {}, error, [] {});
        });
        return;
    }
    m_client->listSnapshots(key, {}, requests(), [done](const QList<AuraSnapshot> &list, const ApiError &error) {
        QStringList ids;
        for (const AuraSnapshot &snapshot : list)
            ids << u"aura-snapshot:"_s + snapshot.snapshotId;
        done(ids, {}, error, [] {});
    });
}

void AuraSection::removeGone(const QString &id)
{
    if (Node *node = byId(id))
        removeNode(node);
}

void AuraSection::forget(const QString &id)
{
    // Gone from the tree (a refresh no longer lists it): whoever waited for it to settle
    // learns it is gone.
    if (!id.startsWith(u"aura:"))
        return;
    const QString instanceId = id.mid(5);
    const bool waited = m_follow.remove(instanceId) > 0;
    if (m_announce.remove(instanceId) || waited)
        emit m_tree.auraSettled(instanceId, {});
}

void AuraSection::fetchDetails(const QString &instanceId)
{
    if (!m_client || m_inFlight.contains(instanceId))
        return;
    m_inFlight.insert(instanceId);
    // A follow-up poll is hidden in the request log unless asked for.
    std::optional<ApiRequest::PollingScope> polling;
    if (m_follow.contains(instanceId))
        polling.emplace();
    m_client->getInstance(instanceId, requests(),
                          [this, instanceId](const AuraInstance &instance, const ApiError &error) {
                              m_inFlight.remove(instanceId);
                              if (error.kind() == ApiError::Kind::NotFound) // deleted (a delete ends like this)
                                  return removeInstance(instanceId);
                              if (error.isError()) {
                                  if (m_follow.contains(instanceId)) // try again at the next turn
                                      m_follow[instanceId] = m_clock.elapsed() + pollIntervalMs;
                                  return;
                              }
                              upsertInstance(instance, false);
                          });
}

void AuraSection::upsertInstance(const AuraInstance &answer, bool fetchIfBare)
{
    AuraInstance instance = answer;
    instance.password.clear(); // never kept in the tree (the keychain has it)
    Node *node = byId(instanceNodeId(instance.id));
    if (!node) {
        Node *tenant = byId(tenantNodeId(instance.tenantId));
        if (!tenant) { // not listed here: nothing to follow it for
            m_follow.remove(instance.id);
            return;
        }
        node = insertChild(tenant, makeInstanceNode(instance));
    } else {
        setRecord(*node, instance);
        rowChanged(node);
    }
    if (instance.status.isEmpty()) {
        // A list entry (name only): its record comes next if it is on screen; a bare record
        // stays as it is.
        if (fetchIfBare && (!m_watchKnown || m_watched.contains(instance.id)))
            fetchDetails(instance.id);
        m_follow.remove(instance.id);
    } else if (instance.isTransitional()) {
        follow(instance.id);
    } else if (m_follow.remove(instance.id) > 0 || m_announce.remove(instance.id)) {
        emit m_tree.auraSettled(instance.id, instance.status);
    }
}

void AuraSection::removeInstance(const QString &id)
{
    m_follow.remove(id);
    m_announce.remove(id);
    emit m_tree.auraSettled(id, {});
    if (Node *node = byId(instanceNodeId(id)))
        removeNode(node);
}

void AuraSection::setWatched(const QSet<QString> &instanceIds)
{
    m_watchKnown = true;
    const QSet<QString> added = instanceIds - m_watched;
    m_watched = instanceIds;
    // Rows that came into view without their record get it now.
    for (const QString &id : added)
        if (const Node *node = byId(instanceNodeId(id)))
            if (const auto *instance = std::get_if<AuraInstance>(&node->record); instance && instance->status.isEmpty())
                fetchDetails(id);
}

void AuraSection::watchUntilSettled(const QString &instanceId)
{
    // Even if the next answer already shows it settled, say so.
    m_announce.insert(instanceId);
    follow(instanceId);
}

void AuraSection::follow(const QString &instanceId)
{
    // Newly followed ones are staggered, not asked about all at once.
    if (!m_follow.contains(instanceId))
        m_follow.insert(instanceId, m_clock.elapsed() + pollIntervalMs + qint64(m_follow.size()) * minimumSpacingMs);
    if (!m_timer.isActive())
        m_timer.start();
}

void AuraSection::tick()
{
    if (m_follow.isEmpty()) {
        m_timer.stop();
        return;
    }
    const qint64 now = m_clock.elapsed();
    // Spread out as more are followed: all of them together cost at most one request a
    // second (60 a minute, half of Aura's limit), whatever their number.
    const qint64 interval = std::max<qint64>(pollIntervalMs, qint64(m_follow.size()) * minimumSpacingMs);
    for (auto it = m_follow.begin(); it != m_follow.end(); ++it) {
        if (it.value() > now || m_inFlight.contains(it.key()))
            continue;
        it.value() = now + interval;
        const QString id = it.key();
        QMetaObject::invokeMethod(
            requests(), [this, id] { fetchDetails(id); }, Qt::QueuedConnection);
    }
}
