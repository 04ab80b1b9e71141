#pragma once

#include "api/queue/QueueTypes.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>

#include <vector>

// Messages this console holds a lease on, each with its lease counting down live; a
// lapsed lease reads "expired" (the queue has made the message available again).
class LeasedMessagesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeasedMessagesModel)

public:
    enum Column { IdColumn, DeliveryColumn, LeaseColumn, PayloadColumn, ColumnCount };

    explicit LeasedMessagesModel(QObject *parent = nullptr);

    // Adds freshly consumed messages, leased for `leaseSeconds` from now.
    void addLeased(const QList<QueueMessage> &messages, int leaseSeconds);
    void removeMessages(const QSet<QString> &ids);
    void clear();

    const QueueMessage &message(int row) const { return m_rows[size_t(row)].message; }
    bool isExpired(int row) const;
    qint64 remainingMs(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void leaseExpired(const QString &messageId);

private:
    void tick();

    struct Leased
    {
        QueueMessage message;
        qint64 leaseUntilMs = 0;
        bool expiredReported = false;
    };
    std::vector<Leased> m_rows;
    QTimer m_ticker;
};
