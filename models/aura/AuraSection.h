#pragma once

#include "explorer/TreeSection.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>

class AuraClient;
struct AuraInstance;

// Neo4j Aura in the explorer: profile → Neo4j Aura → tenant → instances (status, type,
// memory, region) → Snapshots. Instance lists carry only names, so each instance's record
// is fetched once, and an instance in a transitional status is polled every few seconds
// until it settles; the connection's request budget keeps all of it under Aura's limit.
class AuraSection final : public TreeSection
{
public:
    explicit AuraSection(DbTreeModel &tree);
    ~AuraSection() override;

    void reset(AuraClient *client, Node *auraGroup);
    Node *group() const { return m_group; }
    AuraClient *client() const { return m_client; }
    static QString instanceNodeId(const QString &id) { return QStringLiteral("aura:") + id; }
    static QString tenantNodeId(const QString &id) { return QStringLiteral("aura-tenant:") + id; }
    // Results of the console's own calls (and of polls), applied in place.
    void upsertInstance(const AuraInstance &instance, bool fetchIfBare = true);
    void removeInstance(const QString &id);
    // Instances followed until they settle.
    int followedCount() const { return int(m_follow.size()); }
    // The instances on screen: only their records are fetched (a thousand listed instances
    // are not a thousand requests). Before the view says, the first ones listed count.
    void setWatched(const QSet<QString> &instanceIds);
    static constexpr int InitialWatch = 30;
    // After one of the console's own calls: followed, and auraSettled when it settles.
    void watchUntilSettled(const QString &instanceId);
    // How often a transitional instance is asked about (ms).
    int pollIntervalMs = 6000;
    // Polls of all followed instances together are at least this far apart on average.
    int minimumSpacingMs = 1000;

    bool owns(NodeKind kind) const override;
    QString containerTitle(const Node *node) const override;
    QVariant data(const Node *node, int column, int role) const override;
    void requestPage(Node *container) override;
    Node *container(NodeKind kind, const QString &key) const override;
    void relistPage(NodeKind kind, const QString &key, const QString &cursor, int limit,
                    const RelistDone &done) override;
    void removeGone(const QString &id) override;
    void forget(const QString &id) override;

private:
    void fetchDetails(const QString &instanceId);
    void follow(const QString &instanceId);
    void tick();
    std::unique_ptr<Node> makeInstanceNode(const AuraInstance &instance);

    AuraClient *m_client = nullptr;
    Node *m_group = nullptr;
    QHash<QString, qint64> m_follow; // instance id → when it is due (ms on m_clock)
    QSet<QString> m_inFlight;
    QSet<QString> m_announce;
    QSet<QString> m_watched;
    bool m_watchKnown = false; // the view has said what is on screen
    QElapsedTimer m_clock;
    QTimer m_timer;
};
