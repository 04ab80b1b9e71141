#include "DbTreeFilterProxy.h"

#include "DbTreeModel.h"

DbTreeFilterProxy::DbTreeFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(false);
    setDynamicSortFilter(true);
}

void DbTreeFilterProxy::setFilterText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateRowsFilter();
}

bool DbTreeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = index.data(DbTreeModel::KindRole).value<DbTreeModel::NodeKind>();
    switch (kind) {
    case DbTreeModel::NodeKind::Project:
    case DbTreeModel::NodeKind::Branch:
    case DbTreeModel::NodeKind::Snapshot:
        return index.data(DbTreeModel::SearchRole).toString().contains(m_needle);
    default:
        return false; // groups show only around matches (recursive filtering)
    }
}
