#pragma once

#include <QAbstractTableModel>
#include <QTimer>

class OperationTracker;
struct Operation;

// The operation tracker as a table; durations of running entries tick once a second.
class OperationsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationsModel)

public:
    enum Column { What, Profile, State, Started, Duration, Message, ColumnCount };
    enum Role { OperationIdRole = Qt::UserRole + 1, FailedRole, DetailsRole, CanRetryRole };

    explicit OperationsModel(OperationTracker *tracker, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void retranslate();

    // Whether Retry can help a failed entry: it must have a retry, and the failure must be one
    // that sending the same call again can change.
    static bool canRetry(const Operation &operation);
    // Why Retry cannot help a failed entry that has a retry, in the operator's words; empty
    // when it can. A call the service rejected for its values (400/422) fails the same way
    // again: the operator has to change the values and submit anew.
    static QString retryBlockedReason(const Operation &operation);

private:
    OperationTracker *m_tracker;
    QTimer m_ticker;
};
