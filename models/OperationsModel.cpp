#include "OperationsModel.h"

#include "SemanticColors.h"
#include "StatusIcons.h"
#include "ops/OperationTracker.h"

#include <QColor>
#include <QLocale>

OperationsModel::OperationsModel(OperationTracker *tracker, QObject *parent)
    : QAbstractTableModel(parent), m_tracker(tracker)
{
    connect(tracker, &OperationTracker::aboutToAdd, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(tracker, &OperationTracker::added, this, [this] { endInsertRows(); });
    connect(tracker, &OperationTracker::changed, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    connect(tracker, &OperationTracker::aboutToRemove, this, [this](int row) { beginRemoveRows({}, row, row); });
    connect(tracker, &OperationTracker::removed, this, [this] { endRemoveRows(); });
    // Running entries show their elapsed time live (only those: settled ones do not change).
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        for (int id : m_tracker->inFlightIds()) {
            const int row = m_tracker->rowOf(id);
            emit dataChanged(index(row, Duration), index(row, Duration));
        }
    });
    m_ticker.start();
}

int OperationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_tracker->count();
}

int OperationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tracker->count())
        return {};
    const Operation &op = m_tracker->at(index.row());
    if (role == OperationIdRole)
        return op.id;
    if (role == FailedRole)
        return op.state == Operation::State::Failed;
    if (role == DetailsRole)
        return op.error.details();
    if (role == CanRetryRole)
        return canRetry(op);
    if (role == Qt::DecorationRole && index.column() == State) {
        switch (op.state) {
        case Operation::State::Pending:
        case Operation::State::Settling: return StatusIcons::forStatus(ResourceStatus::Provisioning);
        case Operation::State::Succeeded: return StatusIcons::forStatus(ResourceStatus::Ready);
        case Operation::State::Failed: return StatusIcons::forStatus(ResourceStatus::Failed);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Message && op.state == Operation::State::Failed)
        return SemanticColors::color(SemanticColors::Role::Error);
    if (role == Qt::ToolTipRole && index.column() == Message)
        return op.error.isError() ? op.error.details() : QVariant();
    if (role == Qt::ToolTipRole && index.column() == State && op.state == Operation::State::Failed && op.retry) {
        const QString blocked = retryBlockedReason(op);
        return blocked.isEmpty() ? QVariant() : QVariant(blocked);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case What: return op.describe();
    case Profile: return op.profile.name;
    case State: return op.stateText();
    case Started: return QLocale().toString(op.startedAt.time(), QLocale::ShortFormat);
    case Duration: {
        const qint64 ms = op.inFlight() ? op.startedAt.msecsTo(QDateTime::currentDateTime()) : op.durationMs;
        return ms < 10000 ? tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1))
                          : tr("%1 s").arg(QLocale().toString(ms / 1000));
    }
    case Message: return op.error.isError() ? op.error.message() : op.resultText();
    }
    return {};
}

QVariant OperationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case What: return tr("Operation");
    //: Column of the Operations dock: the connection profile the operation was made on.
    case Profile: return tr("Profile");
    case State: return tr("State");
    case Started: return tr("Started");
    case Duration: return tr("Duration");
    case Message: return tr("Message");
    }
    return {};
}

bool OperationsModel::canRetry(const Operation &operation)
{
    return operation.state == Operation::State::Failed && operation.retry && retryBlockedReason(operation).isEmpty();
}

QString OperationsModel::retryBlockedReason(const Operation &operation)
{
    if (operation.state == Operation::State::Failed && operation.error.kind() == ApiError::Kind::Validation)
        return tr("The service rejected the values; change them and submit again.");
    if (operation.profileRemoved)
        return tr("Its connection profile was removed: a retry cannot reach that account.");
    return {};
}

void OperationsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
