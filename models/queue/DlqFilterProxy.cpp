#include "queue/DlqFilterProxy.h"

#include "queue/DlqModel.h"

#include <algorithm>

DlqFilterProxy::DlqFilterProxy(DlqModel *model, QObject *parent) : QAbstractProxyModel(parent), m_model(model)
{
    QAbstractProxyModel::setSourceModel(model);
    rebuild();
    connect(model, &DlqModel::searchChanged, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &DlqFilterProxy::beginResetModel);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        rebuild();
        endResetModel();
    });
    // Pages only ever land at the end.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        if (m_all) {
            beginInsertRows({}, first, last);
            endInsertRows();
            return;
        }
        std::vector<int> hits;
        for (int row = first; row <= last; ++row)
            if (m_model->rowMatches(row))
                hits.push_back(row);
        if (hits.empty())
            return;
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at + int(hits.size()) - 1);
        m_rows.insert(m_rows.end(), hits.begin(), hits.end());
        endInsertRows();
    });
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
        m_removeFirst = m_all ? first : lowerBound(first);
        m_removeLast = m_all ? last : lowerBound(last + 1) - 1;
        if (m_removeLast >= m_removeFirst)
            beginRemoveRows({}, m_removeFirst, m_removeLast);
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int last) {
        if (m_removeLast < m_removeFirst)
            return;
        if (!m_all) {
            m_rows.erase(m_rows.begin() + m_removeFirst, m_rows.begin() + m_removeLast + 1);
            const int removed = last - first + 1;
            for (size_t i = size_t(m_removeFirst); i < m_rows.size(); ++i)
                m_rows[i] -= removed;
        }
        m_removeLast = -1;
        endRemoveRows();
    });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
                const QModelIndex first = mapFromSource(from);
                const QModelIndex last = mapFromSource(to);
                if (first.isValid() && last.isValid())
                    emit dataChanged(first, last, roles);
            });
    connect(model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    connect(model, &QAbstractItemModel::layoutChanged, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
}

void DlqFilterProxy::rebuild()
{
    m_all = !m_model->isSearching();
    m_rows.clear();
    if (m_all) {
        m_rows.shrink_to_fit();
        return;
    }
    m_rows.reserve(size_t(m_model->matchCount()));
    for (int row = 0, rows = m_model->rowCount(); row < rows; ++row)
        if (m_model->rowMatches(row))
            m_rows.push_back(row);
}

int DlqFilterProxy::sourceRow(int proxyRow) const
{
    return m_all ? proxyRow : m_rows[size_t(proxyRow)];
}

int DlqFilterProxy::firstRowAtOrAfter(int sourceRow) const
{
    return m_all ? std::min(sourceRow, rowCount()) : lowerBound(sourceRow);
}

int DlqFilterProxy::lowerBound(int row) const
{
    return int(std::lower_bound(m_rows.begin(), m_rows.end(), row) - m_rows.begin());
}

QModelIndex DlqFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex DlqFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

int DlqFilterProxy::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_all ? m_model->rowCount() : int(m_rows.size());
}

int DlqFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_model->columnCount();
}

QModelIndex DlqFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.row() >= rowCount())
        return {};
    return m_model->index(sourceRow(proxyIndex.row()), proxyIndex.column());
}

QModelIndex DlqFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    if (m_all)
        return index(sourceIndex.row(), sourceIndex.column());
    const int row = lowerBound(sourceIndex.row());
    if (row >= int(m_rows.size()) || m_rows[size_t(row)] != sourceIndex.row())
        return {};
    return index(row, sourceIndex.column());
}

QVariant DlqFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return m_model->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}

QList<int> DlqFilterProxy::sourceRows(const QModelIndexList &proxyRows) const
{
    QList<int> rows;
    rows.reserve(proxyRows.size());
    for (const QModelIndex &index : proxyRows)
        rows.append(mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}
