#include "explorer/DbTreeFilterProxy.h"

#include "explorer/DbTreeModel.h"
#include "explorer/ProfilesTreeModel.h"

DbTreeFilterProxy::DbTreeFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    // The tree model precomputes "this or a descendant matches", so no recursive descent here.
    setRecursiveFilteringEnabled(false);
    setDynamicSortFilter(true);
}

void DbTreeFilterProxy::setFilterText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle)
        return;
    m_needle = needle;
    if (auto *tree = qobject_cast<DbTreeModel *>(sourceModel()))
        tree->setFilterNeedle(needle);
    if (auto *profiles = qobject_cast<ProfilesTreeModel *>(sourceModel()))
        profiles->setFilterNeedle(needle);
    invalidateRowsFilter();
}

bool DbTreeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (const auto *tree = qobject_cast<const DbTreeModel *>(sourceModel()))
        return tree->passesFilter(index);
    if (const auto *profiles = qobject_cast<const ProfilesTreeModel *>(sourceModel()))
        return profiles->passesFilter(index);
    return index.data(DbTreeModel::SearchRole).toString().contains(m_needle);
}
