#pragma once

#include <QAbstractTableModel>
#include <QTimer>

class OperationTracker;

// The operation tracker as a table; durations of running entries tick once a second.
class OperationsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationsModel)

public:
    enum Column { What, State, Started, Duration, Message, ColumnCount };
    enum Role { OperationIdRole = Qt::UserRole + 1, FailedRole, DetailsRole };

    explicit OperationsModel(OperationTracker *tracker, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void retranslate();

private:
    OperationTracker *m_tracker;
    QTimer m_ticker;
};
