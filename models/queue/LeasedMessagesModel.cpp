#include "queue/LeasedMessagesModel.h"

#include "SemanticColors.h"
#include <QBrush>
#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QPalette>

LeasedMessagesModel::LeasedMessagesModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &LeasedMessagesModel::tick);
}

void LeasedMessagesModel::addLeased(const QList<QueueMessage> &messages, int leaseSeconds)
{
    if (messages.isEmpty())
        return;
    // Counted on this machine's clock from the lease asked for: immune to clock skew.
    const qint64 until = QDateTime::currentMSecsSinceEpoch() + qint64(leaseSeconds) * 1000;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(messages.size()) - 1);
    for (const QueueMessage &message : messages)
        m_rows.push_back({message, until});
    endInsertRows();
    m_ticker.start();
}

void LeasedMessagesModel::removeMessages(const QSet<QString> &ids)
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!ids.contains(m_rows[size_t(row)].message.id))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
    }
    if (m_rows.empty())
        m_ticker.stop();
}

void LeasedMessagesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_ticker.stop();
}

qint64 LeasedMessagesModel::remainingMs(int row) const
{
    return m_rows[size_t(row)].leaseUntilMs - QDateTime::currentMSecsSinceEpoch();
}

bool LeasedMessagesModel::isExpired(int row) const
{
    return remainingMs(row) <= 0;
}

void LeasedMessagesModel::tick()
{
    if (m_rows.empty())
        return;
    emit dataChanged(index(0, LeaseColumn), index(int(m_rows.size()) - 1, LeaseColumn));
    bool counting = false;
    for (size_t row = 0; row < m_rows.size(); ++row) {
        Leased &leased = m_rows[row];
        if (!leased.expiredReported && isExpired(int(row))) {
            leased.expiredReported = true;
            emit leaseExpired(leased.message.id);
        }
        counting |= !leased.expiredReported;
    }
    if (!counting) // every lease reads "expired" now: nothing left to count down
        m_ticker.stop();
}

int LeasedMessagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeasedMessagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeasedMessagesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const QueueMessage &message = m_rows[size_t(index.row())].message;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdColumn: return message.id;
        case DeliveryColumn: return QLocale().toString(message.deliveryCount);
        case LeaseColumn: {
            const qint64 remaining = remainingMs(index.row());
            if (remaining <= 0)
                return tr("expired");
            return tr("%1 s left").arg(QLocale().toString(double(remaining) / 1000.0, 'f', 1));
        }
        case PayloadColumn:
            return QString::fromUtf8(QJsonDocument(message.payload).toJson(QJsonDocument::Compact)).left(200);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == LeaseColumn && isExpired(index.row()))
        return QBrush(SemanticColors::color(SemanticColors::Role::Error));
    if (role == Qt::TextAlignmentRole && index.column() != PayloadColumn && index.column() != IdColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant LeasedMessagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("Message id");
    case DeliveryColumn: return tr("Deliveries");
    case LeaseColumn: return tr("Lease");
    case PayloadColumn: return tr("Payload");
    }
    return {};
}
