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
    case Kind::Other: return target;
    }
    return target;
}

QString Operation::stateText() const
{
    switch (state) {
    case State::Pending: return QCoreApplication::translate("Operation", "pending");
    case State::Settling: return QCoreApplication::translate("Operation", "provisioning");
    case State::Succeeded: return QCoreApplication::translate("Operation", "succeeded");
    case State::Failed: return QCoreApplication::translate("Operation", "failed");
    }
    return {};
}

OperationTracker::OperationTracker(QObject *parent) : QObject(parent) {}

int OperationTracker::start(Operation::Kind kind, const QString &target)
{
    Operation operation;
    operation.id = m_nextId++;
    operation.kind = kind;
    operation.target = target;
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
