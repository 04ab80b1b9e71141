#pragma once

#include <QAccessibleWidget>
#include <QHash>

class UniformRowTableView;

// What screen readers see of a UniformRowTableView: a table of cells under column headers.
// Qt builds this for QTableView alone (by class), so the view brings its own. Cells are
// made when asked for and kept for the rows asked about most recently.
class UniformRowTableAccessible final : public QAccessibleWidget, public QAccessibleTableInterface
{
public:
    explicit UniformRowTableAccessible(UniformRowTableView *view);
    ~UniformRowTableAccessible() override;
    // For QAccessible::installFactory.
    static QAccessibleInterface *create(const QString &className, QObject *object);
    // The child number of a cell (header cells come first, one per column).
    int childIndex(int row, int column) const;

    void *interface_cast(QAccessible::InterfaceType type) override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    QAccessibleInterface *caption() const override { return nullptr; }
    QAccessibleInterface *summary() const override { return nullptr; }
    QAccessibleInterface *cellAt(int row, int column) const override;
    int columnCount() const override;
    int rowCount() const override;
    QString columnDescription(int column) const override;
    QString rowDescription(int) const override { return {}; }
    int selectedCellCount() const override;
    QList<QAccessibleInterface *> selectedCells() const override;
    int selectedColumnCount() const override { return 0; }
    int selectedRowCount() const override;
    QList<int> selectedColumns() const override { return {}; }
    QList<int> selectedRows() const override;
    bool isColumnSelected(int) const override { return false; }
    bool isRowSelected(int row) const override;
    bool selectRow(int row) override;
    bool selectColumn(int) override { return false; }
    bool unselectRow(int row) override;
    bool unselectColumn(int) override { return false; }
    void modelChange(QAccessibleTableModelChangeEvent *event) override;

    UniformRowTableView *view() const;
    // A column's header cell, made when asked for.
    QAccessibleInterface *headerCell(int column) const;

private:
    QAccessibleInterface *cachedCell(int row, int column) const;
    void forgetCells() const;

    // Cells by (row, column); let go of all at once when too many were asked about.
    mutable QHash<quint64, QAccessible::Id> m_cells;
    mutable QList<QAccessible::Id> m_retired; // cells whose row moved: let go of with the rest
};
