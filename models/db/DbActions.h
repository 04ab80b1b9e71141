#pragma once

#include "ConnectionScope.h"
#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "api/db/DbTypes.h"
#include "ops/OperationTracker.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

class DbTreeModel;
class InfraiDbClient;

// Runs the explorer's mutating actions: each one is an entry in the operation tracker at
// once, its answer updates the tree, provisioning resources settle through the tree's
// poller, and a failed entry can be retried with the same idempotency key.
class DbActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DbActions)

public:
    DbActions(DbTreeModel *model, OperationTracker *tracker, QObject *parent = nullptr);

    // A new connection (every call, even with the same pointer): entries still waiting on
    // the old one are marked cancelled and its failed entries can no longer be retried.
    // Operations started from now on belong to `profile`.
    void setClient(InfraiDbClient *client, const ProfileRef &profile = {});
    OperationTracker *tracker() const { return m_tracker; }

    int createProject(const NewProjectSpec &spec);
    int createBranch(const QString &projectId, const QString &name, const QString &fromBranch);
    int createSnapshot(const QString &projectId, const QString &label);
    int restoreSnapshot(const QString &snapshotId, const QString &newName);
    int deleteProject(const QString &projectId);
    int deleteBranch(const QString &branchId);
    void requestTopUp();

signals:
    // The call finished (for a provisioning resource: it answered; settling follows).
    void operationFinished(int operationId, const ApiError &error);
    void creditExhausted();
    void checkoutReady(const QUrl &checkoutUrl);
    void topUpFailed(const ApiError &error);

private:
    using Sender = std::function<void(const ApiRequest &, int operationId)>;
    int run(Operation::Kind kind, const QString &target, const ApiRequest &request, Sender send);
    void finished(int operationId, const ApiError &error, const QString &resultId, ResourceStatus status);

    DbTreeModel *m_model;
    OperationTracker *m_tracker;
    InfraiDbClient *m_client = nullptr;
    QHash<QString, int> m_settling; // resource id → operation waiting for it
    ConnectionScope m_scope;        // calls open on the current connection
};
