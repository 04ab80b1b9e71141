#include "aura/AuraActions.h"

#include "api/aura/AuraClient.h"
#include "aura/AuraSection.h"
#include "explorer/DbTreeModel.h"
#include "explorer/TreeNode.h"

using namespace Qt::StringLiterals;

AuraActions::AuraActions(DbTreeModel *tree, OperationTracker *tracker, QObject *parent)
    : QObject(parent), m_tree(tree), m_tracker(tracker), m_scope(tracker)
{
    connect(tree, &DbTreeModel::auraSettled, this, &AuraActions::onSettled);
}

void AuraActions::setClient(AuraClient *client, const ProfileRef &profile)
{
    m_client = client;
    m_scope.reconnect();
    m_scope.setProfile(profile);
    for (const Settling &settling : std::as_const(m_settling))
        m_tracker->fail(settling.operation, ApiError::cancelled());
    m_settling.clear();
}

int AuraActions::pause(const QString &instanceId, const QString &name)
{
    return run(Operation::Kind::PauseInstance, instanceId, name, u"paused"_s,
               [this, instanceId](QObject *context, auto done) { return m_client->pause(instanceId, context, done); });
}

int AuraActions::resume(const QString &instanceId, const QString &name)
{
    return run(Operation::Kind::ResumeInstance, instanceId, name, u"running"_s,
               [this, instanceId](QObject *context, auto done) { return m_client->resume(instanceId, context, done); });
}

int AuraActions::remove(const QString &instanceId, const QString &name)
{
    return run(Operation::Kind::DeleteInstance, instanceId, name, {}, [this, instanceId](QObject *context, auto done) {
        return m_client->deleteInstance(instanceId, context, done);
    });
}

int AuraActions::run(Operation::Kind kind, const QString &instanceId, const QString &name, const QString &settlesTo,
                     Send send)
{
    if (!m_client)
        return 0;
    const int operation = m_scope.start(kind, name);
    auto sendOnce = [this, operation, instanceId, settlesTo, send] {
        m_scope.opened(operation);
        send(this, [this, operation, instanceId, settlesTo](const AuraInstance &instance, const ApiError &error) {
            m_scope.closed(operation);
            if (error.isError())
                return m_tracker->fail(operation, error);
            // Answered (202): the instance now moves; done when its status settles.
            m_tracker->settling(operation, instanceId);
            m_settling.insert(instanceId, {operation, settlesTo});
            if (AuraSection *section = m_tree->aura()) {
                section->upsertInstance(instance);
                section->watchUntilSettled(instanceId);
            }
        });
    };
    // A retry goes to the same account only (none of these creates anything twice: a call
    // in the wrong state is refused).
    m_tracker->setRetry(operation, [sameConnection = m_scope.guard(), operation, sendOnce] {
        if (sameConnection(operation))
            sendOnce();
    });
    sendOnce();
    return operation;
}

void AuraActions::onSettled(const QString &instanceId, const QString &status)
{
    const auto it = m_settling.find(instanceId);
    if (it == m_settling.end())
        return;
    const Settling settling = *it;
    m_settling.erase(it);
    if (status == settling.expected)
        m_tracker->succeed(settling.operation, instanceId);
    else
        m_tracker->fail(
            settling.operation,
            ApiError::resourceFailed(status.isEmpty() ? u"the instance is gone"_s : u"it ended as %1"_s.arg(status)));
}
