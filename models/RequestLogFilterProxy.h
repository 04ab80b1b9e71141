#pragma once

#include <QSortFilterProxyModel>

// The request log narrowed down: by method, by status class, by a piece of the path, and
// without the calls pollers make on a timer (hidden by default, counted so nothing seems
// lost). Works on a RequestLogModel's roles; each row is judged from its own entry only, so
// appending to a long log costs the new row, not a pass over the whole log.
class RequestLogFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLogFilterProxy)

public:
    enum class StatusFilter {
        All,
        Success,     // 2xx
        ClientError, // 4xx
        ServerError, // 5xx
        Failed,      // any failure: an error status, no answer, a malformed answer
        NoAnswer,    // no HTTP status at all: network failure, timeout, cancelled
    };
    Q_ENUM(StatusFilter)

    explicit RequestLogFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    // Empty shows every method; otherwise matched exactly, case-insensitively ("get" = "GET").
    void setMethodFilter(const QString &method);
    QString methodFilter() const { return m_method; }
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }
    // A case-insensitive substring of the path and query; empty matches everything.
    void setPathFilter(const QString &text);
    QString pathFilter() const { return m_path; }
    void setHidePolling(bool hide);
    bool hidesPolling() const { return m_hidePolling; }

    // Polling calls left out only because polling is hidden: they match every other filter
    // and would be shown with polling shown. Kept up to date as the log grows and drops.
    int hiddenPollingCount() const { return m_hiddenPolling; }

signals:
    void hiddenPollingCountChanged(int count);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool isPolling(int sourceRow) const;
    bool matchesFilters(int sourceRow) const; // every filter but polling
    int hiddenPollingIn(int first, int last) const;
    void recount();
    void setHiddenPolling(int count);
    void refilter();

    QString m_method;
    StatusFilter m_status = StatusFilter::All;
    QString m_path;
    bool m_hidePolling = true;
    int m_hiddenPolling = 0;
    QList<QMetaObject::Connection> m_sourceConnections;
};
