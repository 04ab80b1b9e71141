#include "OperationTracker.h"

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
        return QCoreApplication::translate("Operation", "Dead-letter %n message(s) from %1", nullptr, count).arg(target);
    case Kind::Redrive:
        return count > 0
            ? QCoreApplication::translate("Operation", "Redrive %n dead letter(s) to %1", nullptr, count).arg(target)
            : QCoreApplication::translate("Operation", "Redrive dead letters to %1").arg(target);
    case Kind::PushSubscribe:
        return QCoreApplication::translate("Operation", "Push subscription on %1").arg(target);
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

OperationTracker::OperationTracker(QObject *parent) : QObject(parent) {}

int OperationTracker::start(Operation::Kind kind, const QString &target, int items)
{
    Operation operation;
    operation.id = m_nextId++;
    operation.kind = kind;
    operation.target = target;
    operation.count = items;
    operation.startedAt = QDateTime::currentDateTime();
    m_operations.push_back(operation);
    QElapsedTimer clock;
    clock.start();
    m_clocks.push_back(clock);
    emit added(count() - 1);
    return operation.id;
}

Operation *OperationTracker::find(int id)
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_operations[size_t(row)];
}

int OperationTracker::rowOf(int id) const
{
    // Ids are handed out in order and never removed: the row is id - 1.
    const int row = id - 1;
    return row >= 0 && row < count() && m_operations[size_t(row)].id == id ? row : -1;
}

int OperationTracker::inFlightCount() const
{
    return int(std::count_if(m_operations.begin(), m_operations.end(),
                             [](const Operation &operation) { return operation.inFlight(); }));
}

void OperationTracker::touch(Operation &operation)
{
    const int row = rowOf(operation.id);
    operation.durationMs = m_clocks[size_t(row)].elapsed();
    emit changed(row);
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

void OperationTracker::restart(int id)
{
    if (Operation *operation = find(id)) {
        operation->state = Operation::State::Pending;
        operation->error = {};
        m_clocks[size_t(rowOf(id))].restart();
        touch(*operation);
    }
}

void OperationTracker::retry(int id)
{
    Operation *operation = find(id);
    if (!operation || operation->state != Operation::State::Failed || !operation->retry)
        return;
    const std::function<void()> again = operation->retry;
    restart(id);
    again();
}
