#include "aura/AuraActions.h"

#include "api/aura/AuraClient.h"
#include "aura/AuraSection.h"
#include "auth/SecretStore.h"
#include "explorer/DbTreeModel.h"
#include "explorer/TreeNode.h"

#include <QTimer>

using namespace Qt::StringLiterals;

AuraActions::AuraActions(DbTreeModel *tree, OperationTracker *tracker, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_tree(tree), m_tracker(tracker), m_secrets(secrets), m_scope(tracker)
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

int AuraActions::create(const AuraNewInstance &spec)
{
    if (!m_client)
        return 0;
    const int operation = m_scope.start(Operation::Kind::CreateInstance, spec.name);
    const QString profileId = m_scope.profile().id; // where the password goes, whatever happens meanwhile
    m_scope.opened(operation);
    // The ids there are now: after a lost answer, a new one of this name is the instance we made
    // (names may repeat).
    m_client->listInstances(
        spec.tenantId, this, [this, operation, spec, profileId](const QList<AuraInstance> &before, const ApiError &) {
            QSet<QString> known;
            for (const AuraInstance &instance : before)
                known.insert(instance.id);
            m_client->createInstance(
                spec, this,
                [this, operation, spec, profileId, known](const AuraInstance &created, const ApiError &error) {
                    m_scope.closed(operation);
                    if (error.isError())
                        return checkLostCreate(operation, spec, known, error);
                    m_tracker->settling(operation, created.id);
                    m_settling.insert(created.id, {operation, u"running"_s});
                    // The password first, into the keychain: the API never gives it again.
                    auto announce = [this, created](bool stored, const QString &message) {
                        if (AuraSection *section = m_tree->aura()) {
                            section->upsertInstance(created);
                            section->watchUntilSettled(created.id);
                        }
                        emit passwordReady(created, stored, message);
                    };
                    if (!m_secrets)
                        return announce(false, {});
                    m_secrets->write(
                        profileId, passwordItem(created.id), created.password, this,
                        [announce](const SecretStore::Result &result) { announce(result.ok(), result.message()); });
                });
        });
    return operation;
}

void AuraActions::checkLostCreate(int operation, const AuraNewInstance &spec, const QSet<QString> &known,
                                  const ApiError &error)
{
    using Kind = ApiError::Kind;
    const Kind kind = error.kind();
    // A clear refusal made nothing: the operator may fix it and try again.
    const bool refused = kind == Kind::Validation || kind == Kind::Unauthorized || kind == Kind::Forbidden ||
                         kind == Kind::NotFound || kind == Kind::Conflict || kind == Kind::RateLimited ||
                         kind == Kind::Cancelled || kind == Kind::MissingCredentials;
    if (refused || !m_client) {
        m_tracker->setRetry(operation, [this, operation, spec] {
            m_tracker->fail(operation, ApiError::cancelled());
            create(spec); // a new entry: nothing was made the first time
        });
        return m_tracker->fail(operation, error);
    }
    // The answer may have been lost after the instance was made: look before offering a
    // retry that could make (and bill) a second one.
    m_client->listInstances(
        spec.tenantId, this,
        [this, operation, spec, known, error](const QList<AuraInstance> &instances, const ApiError &listed) {
            QList<AuraInstance> made;
            for (const AuraInstance &instance : instances)
                if (instance.name == spec.name && !known.contains(instance.id))
                    made.append(instance);
            if (!made.isEmpty() || listed.isError()) {
                m_tracker->fail(operation, ApiError::resourceFailed(
                                               !made.isEmpty() ? tr("an instance named “%1” exists now: it was "
                                                                    "probably created, but the answer with its "
                                                                    "password was lost")
                                                                     .arg(spec.name)
                                                               : tr("it is not known whether the instance was "
                                                                    "created; look in the tree before trying again")));
                if (AuraSection *section = m_tree->aura())
                    for (const AuraInstance &instance : made)
                        section->upsertInstance(instance);
                return;
            }
            m_tracker->setRetry(operation, [this, operation, spec] {
                m_tracker->fail(operation, ApiError::cancelled());
                create(spec);
            });
            m_tracker->fail(operation, error);
        });
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

int AuraActions::resize(const QString &instanceId, const QString &name, const QString &memory)
{
    return run(Operation::Kind::ResizeInstance, instanceId, name, u"running"_s,
               [this, instanceId, memory](QObject *context, auto done) {
                   return m_client->update(instanceId, memory, {}, context, done);
               });
}

int AuraActions::rename(const QString &instanceId, const QString &name, const QString &newName)
{
    return run(Operation::Kind::RenameInstance, instanceId, name, {},
               [this, instanceId, newName](QObject *context, auto done) {
                   return m_client->update(instanceId, {}, newName, context, done);
               });
}

int AuraActions::restore(const QString &instanceId, const QString &name, const QString &snapshotId)
{
    return run(Operation::Kind::RestoreInstance, instanceId, name, u"running"_s,
               [this, instanceId, snapshotId](QObject *context, auto done) {
                   return m_client->restore(instanceId, snapshotId, context, done);
               });
}

int AuraActions::overwrite(const QString &instanceId, const QString &name, const QString &sourceInstanceId,
                           const QString &sourceSnapshotId)
{
    return run(Operation::Kind::OverwriteInstance, instanceId, name, u"running"_s,
               [this, instanceId, sourceInstanceId, sourceSnapshotId](QObject *context, auto done) {
                   return m_client->overwrite(instanceId, sourceInstanceId, sourceSnapshotId, context, done);
               });
}

int AuraActions::takeSnapshot(const QString &instanceId, const QString &name)
{
    if (!m_client)
        return 0;
    const int operation = m_scope.start(Operation::Kind::SnapshotInstance, name);
    m_scope.opened(operation);
    m_client->takeSnapshot(instanceId, this,
                           [this, operation, instanceId](const QString &snapshotId, const ApiError &error) {
                               m_scope.closed(operation);
                               if (error.isError())
                                   return m_tracker->fail(operation, error);
                               m_tracker->settling(operation, snapshotId);
                               pollSnapshot(operation, instanceId, snapshotId);
                           });
    return operation;
}

void AuraActions::pollSnapshot(int operation, const QString &instanceId, const QString &snapshotId)
{
    // Every few seconds until it is no longer Pending / InProgress (within the budget).
    QTimer::singleShot(snapshotPollMs, this, [this, operation, instanceId, snapshotId] {
        if (!m_client)
            return m_tracker->fail(operation, ApiError::cancelled());
        const ApiRequest::PollingScope polling;
        m_client->getSnapshot(
            instanceId, snapshotId, this,
            [this, operation, instanceId, snapshotId](const AuraSnapshot &snapshot, const ApiError &error) {
                if (error.kind() == ApiError::Kind::NotFound)
                    return m_tracker->fail(operation, error);
                if (error.isError() || snapshot.isPending())
                    return pollSnapshot(operation, instanceId, snapshotId);
                if (snapshot.status != u"Completed")
                    return m_tracker->fail(operation, ApiError::resourceFailed(snapshot.status));
                m_tracker->succeed(operation, snapshotId);
                // The instance's Snapshots show it.
                const QModelIndex instance = m_tree->indexForId(AuraSection::instanceNodeId(instanceId));
                const QModelIndex snapshots = m_tree->index(0, 0, instance);
                if (snapshots.isValid())
                    m_tree->refresh(snapshots);
            });
    });
}

int AuraActions::run(Operation::Kind kind, const QString &instanceId, const QString &name, const QString &settlesTo,
                     Send send)
{
    if (!m_client)
        return 0;
    const int operation = m_scope.start(kind, name);
    auto sendOnce = [this, kind, operation, instanceId, settlesTo, send] {
        m_scope.opened(operation);
        send(this, [this, kind, operation, instanceId, settlesTo](const AuraInstance &instance, const ApiError &error) {
            m_scope.closed(operation);
            if (error.isError())
                return m_tracker->fail(operation, error);
            // A change that is immediate (a rename) is done now.
            if (!instance.isTransitional() &&
                (settlesTo.isEmpty() ? kind == Operation::Kind::RenameInstance : instance.status == settlesTo)) {
                m_tracker->succeed(operation, instanceId);
                if (AuraSection *section = m_tree->aura())
                    section->upsertInstance(instance);
                return;
            }
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
    if (status == settling.expected) {
        m_tracker->succeed(settling.operation, instanceId);
        // A deleted instance's password is of no use to anyone: the keychain lets it go.
        if (status.isEmpty() && m_secrets)
            m_secrets->remove(m_scope.profile().id, passwordItem(instanceId), this, [](const SecretStore::Result &) {});
    } else
        m_tracker->fail(
            settling.operation,
            ApiError::resourceFailed(status.isEmpty() ? u"the instance is gone"_s : u"it ended as %1"_s.arg(status)));
}
