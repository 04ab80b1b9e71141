#pragma once

#include "ConnectionScope.h"
#include "api/aura/AuraTypes.h"

#include <QHash>
#include <QObject>

class ApiCall;
class ApiError;
class AuraClient;
class DbTreeModel;
class OperationTracker;

// Neo4j Aura lifecycle calls as Operations dock entries: each is pending while the call is
// out, settling while the instance moves through its transitional status (followed by the
// tree within the request budget), and done when the status settles where it should.
class AuraActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuraActions)

public:
    AuraActions(DbTreeModel *tree, OperationTracker *tracker, QObject *parent = nullptr);

    void setClient(AuraClient *client, const ProfileRef &profile = {});
    AuraClient *client() const { return m_client; }

    int pause(const QString &instanceId, const QString &name);
    int resume(const QString &instanceId, const QString &name);
    int remove(const QString &instanceId, const QString &name);

private:
    using Send =
        std::function<ApiCall *(QObject *context, std::function<void(const AuraInstance &, const ApiError &)>)>;
    int run(Operation::Kind kind, const QString &instanceId, const QString &name, const QString &settlesTo, Send send);
    void onSettled(const QString &instanceId, const QString &status);

    DbTreeModel *m_tree;
    OperationTracker *m_tracker;
    AuraClient *m_client = nullptr;
    ConnectionScope m_scope;
    struct Settling
    {
        int operation;
        QString expected; // the status it should settle in ("" for gone)
    };
    QHash<QString, Settling> m_settling;
};
