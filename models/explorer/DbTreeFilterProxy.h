#pragma once

#include <QSortFilterProxyModel>

// Filters the explorer tree by a text over names and ids; ancestors of a match stay so it
// can be seen in context. "Load more…" rows and groups without matches hide while a
// filter is set.
class DbTreeFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DbTreeFilterProxy)

public:
    explicit DbTreeFilterProxy(QObject *parent = nullptr);
    void setFilterText(const QString &text);
    QString filterText() const { return m_needle; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_needle;
};
