#include "ops/OperationTracker.h"

#include <QLocale>

#include <QCoreApplication>

QString Operation::describe() const
{
    switch (kind) {
    case Kind::CreateProject: return QCoreApplication::translate("Operation", "Create project %1").arg(target);
    case Kind::DeleteProject: return QCoreApplication::translate("Operation", "Delete project %1").arg(target);
    case Kind::CreateBranch: return QCoreApplication::translate("Operation", "Create branch %1").arg(target);
    case Kind::DeleteBranch: return QCoreApplication::translate("Operation", "Delete branch %1").arg(target);
    case Kind::CreateSnapshot: return QCoreApplication::translate("Operation", "Snapshot %1").arg(target);
    case Kind::RestoreSnapshot: return QCoreApplication::translate("Operation", "Restore into %1").arg(target);
    case Kind::TopUp: return QCoreApplication::translate("Operation", "Top up credit");
    case Kind::CreateQueue: return QCoreApplication::translate("Operation", "Create queue %1").arg(target);
    case Kind::UpdateQueue: return QCoreApplication::translate("Operation", "Update queue %1").arg(target);
    case Kind::DeleteQueue: return QCoreApplication::translate("Operation", "Delete queue %1").arg(target);
    case Kind::PurgeQueue: return QCoreApplication::translate("Operation", "Purge queue %1").arg(target);
    case Kind::Publish: return QCoreApplication::translate("Operation", "Publish to %1").arg(target);
    case Kind::PublishBatch:
        return QCoreApplication::translate("Operation", "Publish %n message(s) to %1", nullptr, count).arg(target);
    case Kind::Consume: return QCoreApplication::translate("Operation", "Receive from %1").arg(target);
    case Kind::Acknowledge:
        return QCoreApplication::translate("Operation", "Acknowledge %n message(s) on %1", nullptr, count).arg(target);
    case Kind::Requeue:
        return QCoreApplication::translate("Operation", "Requeue %n message(s) on %1", nullptr, count).arg(target);
    case Kind::DeadLetter:
        return QCoreApplication::translate("Operation", "Dead-letter %n message(s) from %1", nullptr, count)
            .arg(target);
    case Kind::Redrive:
        return count > 0 ? QCoreApplication::translate("Operation", "Redrive %n dead letter(s) to %1", nullptr, count)
                               .arg(target)
                         : QCoreApplication::translate("Operation", "Redrive dead letters to %1").arg(target);
    case Kind::PushSubscribe: return QCoreApplication::translate("Operation", "Push subscription on %1").arg(target);
    case Kind::CreateInstance: return QCoreApplication::translate("Operation", "Create instance %1").arg(target);
    case Kind::PauseInstance: return QCoreApplication::translate("Operation", "Pause instance %1").arg(target);
    case Kind::ResumeInstance: return QCoreApplication::translate("Operation", "Resume instance %1").arg(target);
    case Kind::DeleteInstance: return QCoreApplication::translate("Operation", "Delete instance %1").arg(target);
    case Kind::ResizeInstance: return QCoreApplication::translate("Operation", "Resize instance %1").arg(target);
    case Kind::RenameInstance: return QCoreApplication::translate("Operation", "Rename instance %1").arg(target);
    case Kind::SnapshotInstance: return QCoreApplication::translate("Operation", "Snapshot of %1").arg(target);
    case Kind::OverwriteInstance: return QCoreApplication::translate("Operation", "Overwrite %1").arg(target);
    case Kind::RestoreInstance:
        return QCoreApplication::translate("Operation", "Restore %1 from a snapshot").arg(target);
    case Kind::UpdateProject: return QCoreApplication::translate("Operation", "Update project %1").arg(target);
    case Kind::UpdateBranch: return QCoreApplication::translate("Operation", "Update branch %1").arg(target);
    case Kind::CreateEndpoint: return QCoreApplication::translate("Operation", "Create endpoint %1").arg(target);
    case Kind::UpdateEndpoint: return QCoreApplication::translate("Operation", "Update endpoint %1").arg(target);
    case Kind::DeleteEndpoint: return QCoreApplication::translate("Operation", "Delete endpoint %1").arg(target);
    case Kind::Undelete: return QCoreApplication::translate("Operation", "Undelete %1").arg(target);
    case Kind::Other: return target;
    }
    return target;
}

QString Operation::stateText() const
{
    switch (state) {
    case State::Pending:
        if (count > 1 && progressDone > 0)
            return QCoreApplication::translate("Operation", "%1 of %2").arg(progressDone).arg(count);
        return QCoreApplication::translate("Operation", "pending");
    case State::Settling: return QCoreApplication::translate("Operation", "provisioning");
    case State::Succeeded: return QCoreApplication::translate("Operation", "succeeded");
    case State::Failed: return QCoreApplication::translate("Operation", "failed");
    }
    return {};
}

QString Operation::resultText() const
{
    if (inFlight() && itemsPerSecond > 0) {
        const auto paused = control.lock();
        if (paused && paused->isPaused())
            return QCoreApplication::translate("Operation", "paused");
        const QString pace =
            QCoreApplication::translate("Operation", "%1/s").arg(QLocale().toString(itemsPerSecond, 'f', 0));
        if (secondsLeft < 0)
            return pace;
        //: A running job: its rate and the time left, e.g. "480/s · 2 min 5 s left".
        return QCoreApplication::translate("Operation", "%1 · %2 left")
            .arg(pace, secondsLeft >= 60 ? QCoreApplication::translate("Operation", "%1 min %2 s")
                                               .arg(secondsLeft / 60)
                                               .arg(secondsLeft % 60)
                                         : QCoreApplication::translate("Operation", "%1 s").arg(secondsLeft));
    }
    if (state != State::Succeeded || resultCount < 0)
        return {};
    const int n = int(resultCount);
    switch (kind) {
    case Kind::PurgeQueue: return QCoreApplication::translate("Operation", "%n message(s) purged", nullptr, n);
    case Kind::Redrive: return QCoreApplication::translate("Operation", "%n message(s) redriven", nullptr, n);
    case Kind::PublishBatch: return QCoreApplication::translate("Operation", "%n message(s) accepted", nullptr, n);
    case Kind::Consume: return QCoreApplication::translate("Operation", "%n message(s) leased", nullptr, n);
    case Kind::Requeue:
    case Kind::DeadLetter:
    case Kind::Acknowledge: return QCoreApplication::translate("Operation", "%n message(s) done", nullptr, n);
    default: return {};
    }
}

OperationTracker::OperationTracker(QObject *parent) : QObject(parent)
{
}

void OperationTracker::setSettledCapacity(int capacity)
{
    m_settledCapacity = std::max(0, capacity);
    dropOldSettled();
}

int OperationTracker::start(Operation::Kind kind, const QString &target, int items, const ProfileRef &profile)
{
    Entry entry;
    entry.operation.id = m_nextId++;
    entry.operation.kind = kind;
    entry.operation.target = target;
    entry.operation.profile = profile;
    entry.operation.count = items;
    entry.operation.startedAt = QDateTime::currentDateTime();
    entry.clock.start();
    emit aboutToAdd(count());
    m_entries.push_back(std::move(entry));
    m_inFlight.insert(m_entries.back().operation.id);
    emit added(count() - 1);
    return m_entries.back().operation.id;
}

Operation *OperationTracker::find(int id)
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_entries[size_t(row)].operation;
}

int OperationTracker::rowOf(int id) const
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), id,
                                     [](const Entry &entry, int wanted) { return entry.operation.id < wanted; });
    return it != m_entries.end() && it->operation.id == id ? int(it - m_entries.begin()) : -1;
}

void OperationTracker::touch(Operation &operation)
{
    const int row = rowOf(operation.id);
    operation.durationMs = m_entries[size_t(row)].clock.elapsed();
    const bool wasInFlight = m_inFlight.count(operation.id) > 0;
    if (operation.inFlight())
        m_inFlight.insert(operation.id);
    else
        m_inFlight.erase(operation.id);
    if (operation.state == Operation::State::Succeeded)
        operation.retry = nullptr; // nothing to retry: free the request it would re-send
    emit changed(row);
    if (wasInFlight && !operation.inFlight())
        dropOldSettled();
}

void OperationTracker::dropOldSettled()
{
    qsizetype settled = qsizetype(m_entries.size() - m_inFlight.size());
    for (size_t row = 0; settled > m_settledCapacity && row < m_entries.size();) {
        if (m_entries[row].operation.inFlight()) {
            ++row;
            continue;
        }
        emit aboutToRemove(int(row));
        m_entries.erase(m_entries.begin() + qsizetype(row));
        emit removed(int(row));
        --settled;
    }
}

void OperationTracker::setRetry(int id, std::function<void()> retry)
{
    if (Operation *operation = find(id))
        operation->retry = std::move(retry);
}

void OperationTracker::settling(int id, const QString &resultId)
{
    if (Operation *operation = find(id)) {
        operation->state = Operation::State::Settling;
        operation->resultId = resultId;
        touch(*operation);
    }
}

void OperationTracker::succeed(int id, const QString &resultId)
{
    if (Operation *operation = find(id)) {
        operation->state = Operation::State::Succeeded;
        if (!resultId.isEmpty())
            operation->resultId = resultId;
        operation->error = {};
        touch(*operation);
    }
}

void OperationTracker::fail(int id, const ApiError &error)
{
    if (Operation *operation = find(id)) {
        operation->state = Operation::State::Failed;
        operation->error = error;
        touch(*operation);
    }
}

void OperationTracker::setCount(int id, int count)
{
    if (Operation *operation = find(id)) {
        operation->count = count;
        touch(*operation);
    }
}

void OperationTracker::progress(int id, int done)
{
    if (Operation *operation = find(id)) {
        operation->progressDone = done;
        touch(*operation);
    }
}

void OperationTracker::setResultCount(int id, qint64 count)
{
    if (Operation *operation = find(id)) {
        operation->resultCount = count;
        touch(*operation);
    }
}

void OperationTracker::setControl(int id, std::weak_ptr<OperationControl> control)
{
    if (Operation *operation = find(id)) {
        operation->control = std::move(control);
        touch(*operation);
    }
}

void OperationTracker::setPace(int id, double itemsPerSecond, qint64 secondsLeft)
{
    if (Operation *operation = find(id)) {
        operation->itemsPerSecond = itemsPerSecond;
        operation->secondsLeft = secondsLeft;
        touch(*operation);
    }
}

void OperationTracker::restart(int id)
{
    if (Operation *operation = find(id)) {
        operation->state = Operation::State::Pending;
        operation->error = {};
        m_entries[size_t(rowOf(id))].clock.restart();
        touch(*operation);
    }
}

void OperationTracker::retry(int id)
{
    Operation *operation = find(id);
    if (!operation || operation->state != Operation::State::Failed || !operation->retry)
        return;
    if (operation->profileRemoved) {
        restart(id);
        fail(id, ApiError::cancelled());
        return;
    }
    const std::function<void()> again = operation->retry;
    restart(id);
    again();
}

void OperationTracker::profileRemoved(const QString &profileId)
{
    for (size_t row = 0; row < m_entries.size(); ++row) {
        Operation &operation = m_entries[row].operation;
        if (operation.profile.id != profileId || operation.profileRemoved)
            continue;
        operation.profileRemoved = true;
        emit changed(int(row));
    }
}

int OperationTracker::inFlightCount(const QString &profileId) const
{
    int count = 0;
    for (const int id : m_inFlight) {
        const int row = rowOf(id);
        if (row >= 0 && m_entries[size_t(row)].operation.profile.id == profileId)
            ++count;
    }
    return count;
}
