#pragma once

#include <QAbstractProxyModel>

#include <algorithm>

#include <vector>

class DlqModel;

// Shows the dead letters that pass the model's search. The model decides matches in one
// pass; this keeps a sorted list of the matching source rows, so a new search is one reset
// (not the hundreds of thousands of row removals a QSortFilterProxyModel would signal on
// 100,000 rows), pages landing at the end append, and removals map to contiguous runs.
class DlqFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DlqFilterProxy)

public:
    explicit DlqFilterProxy(DlqModel *model, QObject *parent = nullptr);
    DlqModel *dlqModel() const { return m_model; }
    // Source rows of the proxy rows, sorted, without duplicates.
    QList<int> sourceRows(const QModelIndexList &proxyRows) const;
    // The first row shown at or after a source row: rowCount() when none is.
    int firstRowAtOrAfter(int sourceRow) const;
    // The same, or the last row when none is (-1 if empty).
    int rowAtOrAfter(int sourceRow) const { return std::min(firstRowAtOrAfter(sourceRow), rowCount() - 1); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void rebuild();
    int sourceRow(int proxyRow) const;
    // The first proxy row whose source row is >= `sourceRow`.
    int lowerBound(int sourceRow) const;

    DlqModel *m_model;
    bool m_all = true;       // no search: the identity mapping
    std::vector<int> m_rows; // while searching: matching source rows, ascending
    int m_removeFirst = 0;   // proxy range announced in rowsAboutToBeRemoved
    int m_removeLast = -1;
};
