#include "RequestLogFilterProxy.h"

#include "RequestLogModel.h"

RequestLogFilterProxy::RequestLogFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    // Rows are filtered as they come and go; there is no sorting (the log is in time order).
    setDynamicSortFilter(true);
}

void RequestLogFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QSortFilterProxyModel::setSourceModel(model);
    if (model) {
        // The count follows each insertion and removal by looking at those rows only.
        m_sourceConnections << connect(model, &QAbstractItemModel::rowsInserted, this,
                                       [this](const QModelIndex &parent, int first, int last) {
                                           if (!parent.isValid())
                                               setHiddenPolling(m_hiddenPolling + hiddenPollingIn(first, last));
                                       })
                            << connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                                       [this](const QModelIndex &parent, int first, int last) {
                                           if (!parent.isValid())
                                               setHiddenPolling(m_hiddenPolling - hiddenPollingIn(first, last));
                                       })
                            << connect(model, &QAbstractItemModel::modelReset, this, &RequestLogFilterProxy::recount)
                            << connect(model, &QAbstractItemModel::layoutChanged, this, &RequestLogFilterProxy::recount)
                            << connect(model, &QAbstractItemModel::rowsMoved, this, &RequestLogFilterProxy::recount)
                            << connect(model, &QAbstractItemModel::dataChanged, this, &RequestLogFilterProxy::recount);
    }
    recount();
}

void RequestLogFilterProxy::setMethodFilter(const QString &method)
{
    const QString trimmed = method.trimmed();
    if (trimmed == m_method)
        return;
    m_method = trimmed;
    refilter();
}

void RequestLogFilterProxy::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    refilter();
}

void RequestLogFilterProxy::setPathFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_path)
        return;
    m_path = trimmed;
    refilter();
}

void RequestLogFilterProxy::setHidePolling(bool hide)
{
    if (hide == m_hidePolling)
        return;
    m_hidePolling = hide;
    refilter();
}

bool RequestLogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (m_hidePolling && isPolling(sourceRow))
        return false;
    return matchesFilters(sourceRow);
}

bool RequestLogFilterProxy::isPolling(int sourceRow) const
{
    return sourceModel()->index(sourceRow, 0).data(RequestLogModel::PollingRole).toBool();
}

bool RequestLogFilterProxy::matchesFilters(int sourceRow) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    if (!m_method.isEmpty() &&
        index.data(RequestLogModel::MethodRole).toString().compare(m_method, Qt::CaseInsensitive) != 0)
        return false;
    if (m_status != StatusFilter::All) {
        const int status = index.data(RequestLogModel::StatusCodeRole).toInt();
        bool match = false;
        switch (m_status) {
        case StatusFilter::All: match = true; break;
        case StatusFilter::Success: match = status >= 200 && status < 300; break;
        case StatusFilter::ClientError: match = status >= 400 && status < 500; break;
        case StatusFilter::ServerError: match = status >= 500 && status < 600; break;
        case StatusFilter::Failed: match = index.data(RequestLogModel::FailedRole).toBool(); break;
        case StatusFilter::NoAnswer: match = status == 0; break;
        }
        if (!match)
            return false;
    }
    if (!m_path.isEmpty() && !index.data(RequestLogModel::PathRole).toString().contains(m_path, Qt::CaseInsensitive))
        return false;
    return true;
}

int RequestLogFilterProxy::hiddenPollingIn(int first, int last) const
{
    if (!m_hidePolling || !sourceModel())
        return 0;
    int count = 0;
    for (int row = first; row <= last; ++row)
        if (isPolling(row) && matchesFilters(row))
            ++count;
    return count;
}

void RequestLogFilterProxy::recount()
{
    setHiddenPolling(sourceModel() ? hiddenPollingIn(0, sourceModel()->rowCount() - 1) : 0);
}

void RequestLogFilterProxy::setHiddenPolling(int count)
{
    if (count == m_hiddenPolling)
        return;
    m_hiddenPolling = count;
    emit hiddenPollingCountChanged(count);
}

void RequestLogFilterProxy::refilter()
{
    invalidateRowsFilter();
    recount();
}
