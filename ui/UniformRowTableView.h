#pragma once

#include <QAbstractItemView>

class QHeaderView;

// A table for flat models of a million rows. Every row has the same height, so where a row
// is, which row is under the mouse and how far the view scrolls are arithmetic: rows added
// or removed cost the view nothing per row. (QTableView keeps an entry per row in its
// vertical header and walks them on every insert and paint, a frame's time at a million.)
// Columns keep a QHeaderView: they are few, and the operator resizes and reads them.
class UniformRowTableView final : public QAbstractItemView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UniformRowTableView)

public:
    explicit UniformRowTableView(QWidget *parent = nullptr);

    QHeaderView *horizontalHeader() const { return m_header; }
    int rowHeight() const { return m_rowHeight; }
    void setRowHeight(int height);
    void setColumnWidth(int column, int width);
    void setShowGrid(bool show);
    void selectRow(int row);
    // Rows selected, from the selection's ranges (not one index per selected row): whole-row
    // selection assumed, as in SelectRows.
    int selectedRowCount() const;
    // The row at a viewport y, or -1 below the last one.
    int rowAt(int y) const;

    void setModel(QAbstractItemModel *model) override;
    void setRootIndex(const QModelIndex &index) override;
    // Type-to-find would read every row's text for a letter that matches none: the
    // owner's search field finds rows instead.
    void keyboardSearch(const QString &) override {}
    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;
    int sizeHintForRow(int row) const override;
    // From the rows on screen only (the base reads every row).
    int sizeHintForColumn(int column) const override;

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;
    void scrollContentsBy(int dx, int dy) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) override;
    void changeEvent(QEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void mousePressEvent(QMouseEvent *event) override;
    void timerEvent(QTimerEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // Which cells of a stretch of rows are selected: read from the selection's ranges once
    // per paint rather than asked cell by cell.
    class SelectedCells
    {
    public:
        SelectedCells(int firstRow, int lastRow, int columns);
        void mark(int top, int bottom, int left, int right);
        bool contains(int row, int column) const;

    private:
        int m_firstRow, m_lastRow, m_columns;
        std::vector<bool> m_cells;
    };

    SelectedCells selectedCells(int firstRow, int lastRow) const;
    int rowCount() const;
    int firstVisibleRow() const;
    // Where a row's top is in the viewport (negative above it).
    int rowY(int row) const;
    // The viewport's band for rows first..last, cut to those on screen (empty when none is).
    QRect shownRows(int first, int last) const;
    int defaultRowHeight() const { return fontMetrics().height() + 6; }
    int lastVisibleRow() const;
    // Rows changed at or after `first`: new scroll range; a repaint only if they show.
    void rowsChangedFrom(int first);
    // The visual column range a viewport x-range covers.
    std::pair<int, int> visualColumns(int left, int right) const;
    void paintGrid(QPainter &painter, int firstRow, int lastRow, int firstVisual, int lastVisual) const;

    QHeaderView *m_header;
    int m_rowHeight;
    bool m_rowHeightSet = false; // by the owner; otherwise it follows the font
    bool m_showGrid = true;
    bool m_updatingGeometries = false;
    // The base scrolls a clicked row into full view a moment after the click, unless the
    // view scrolled meanwhile (QTableView cancels that timer; it is private to us).
    bool m_inBaseTimer = false;
    bool m_scrolledSincePress = false;
    QList<QMetaObject::Connection> m_modelConnections;
};
