#include "DlqFilterProxy.h"

#include "DlqModel.h"

#include <algorithm>

DlqFilterProxy::DlqFilterProxy(DlqModel *model, QObject *parent)
    : QSortFilterProxyModel(parent), m_model(model)
{
    setSourceModel(model);
    connect(model, &DlqModel::searchChanged, this, &DlqFilterProxy::invalidateRowsFilter);
}

bool DlqFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_model->rowMatches(sourceRow);
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
