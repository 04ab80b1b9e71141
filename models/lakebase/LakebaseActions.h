#pragma once

#include "ConnectionScope.h"
#include "api/lakebase/LakebaseClient.h"

#include <QObject>
#include <QSet>

class DbTreeModel;
class OperationPoller;
class OperationTracker;

// Lakebase's creates, updates, deletes and undeletes as Operations dock entries: pending
// while the call is out, settling while its long-running operation runs (followed by the
// poller), then succeeded with the tree updated from the operation's response, or failed
// with the service's error_code and message. Retry sends the same call again; a create
// whose first answer was lost meets ALREADY_EXISTS, which then counts as made.
class LakebaseActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LakebaseActions)

public:
    LakebaseActions(DbTreeModel *tree, OperationTracker *tracker, QObject *parent = nullptr);
    ~LakebaseActions() override;

    void setClient(LakebaseClient *client, const ProfileRef &profile = {});
    LakebaseClient *client() const { return m_client; }
    OperationPoller *poller() const { return m_poller.get(); }

    int createProject(const LakebaseClient::NewProject &spec);
    int renameProject(const QString &project, const QString &displayName);
    int createBranch(const LakebaseClient::NewBranch &spec);
    int setBranchProtected(const QString &project, const QString &branch, bool isProtected);
    int createEndpoint(const LakebaseClient::NewEndpoint &spec);
    int updateEndpoint(const QString &endpointName, const LakebaseClient::EndpointChange &change);
    // Projects and branches: soft (undeletable); endpoints go outright.
    int remove(const QString &resourceName);
    int undelete(const QString &resourceName);

private:
    using Start = std::function<ApiCall *(QObject *context, LakebaseClient::Done<LakebaseOperation> done)>;
    // What an operation's success does to the tree.
    using Apply = std::function<void(const QJsonObject &response)>;
    int run(Operation::Kind kind, const QString &target, const QString &resourceName, Start start, Apply apply,
            bool creates);
    // `lostAnswer`: the previous attempt may have taken effect without an answer.
    void send(int operation, const QString &resourceName, const Start &start, const Apply &apply, bool creates,
              bool lostAnswer);
    // Sends the call; `existsIfOurs`: an ALREADY_EXISTS then means this operation made it.
    void call(int operation, const QString &resourceName, const Start &start, const Apply &apply, bool existsIfOurs,
              quint64 generation);
    void applyResource(const QJsonObject &resource);
    // After a delete or undelete: the resource as it is now (soft-deleted, back, or gone).
    void reload(const QString &resourceName, int followsLeft = 0);

    DbTreeModel *m_tree;
    OperationTracker *m_tracker;
    LakebaseClient *m_client = nullptr;
    std::unique_ptr<OperationPoller> m_poller;
    ConnectionScope m_scope;
    QSet<int> m_settling;   // accepted, their operation followed on the current connection
    QSet<int> m_lostAnswer; // failed without an answer: the call may have taken effect
};
