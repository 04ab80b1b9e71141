#pragma once

#include <QSortFilterProxyModel>

class DlqModel;

// Shows the dead letters that pass the model's search; the model decides in one pass, so
// accepting a row is a lookup.
class DlqFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DlqFilterProxy)

public:
    explicit DlqFilterProxy(DlqModel *model, QObject *parent = nullptr);
    DlqModel *dlqModel() const { return m_model; }
    // Source rows of the proxy rows, in view order.
    QList<int> sourceRows(const QModelIndexList &proxyRows) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    DlqModel *m_model;
};
