#include "UniformRowTableView.h"

#include "UniformRowTableAccessible.h"

#include <QAccessible>
#include <QHeaderView>
#include <QPaintEvent>
#include <QPainter>
#include <QScopedValueRollback>
#include <QScrollBar>

#include <algorithm>
#include <limits>

namespace {

int clampToInt(qint64 value)
{
    return int(std::clamp<qint64>(value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

} // namespace

UniformRowTableView::UniformRowTableView(QWidget *parent)
    : QAbstractItemView(parent), m_header(new QHeaderView(Qt::Horizontal, this)), m_rowHeight(defaultRowHeight())
{
    // Screen readers get a table of cells, as from QTableView (Qt builds that for it alone).
    static const bool accessible = [] {
        QAccessible::installFactory(&UniformRowTableAccessible::create);
        return true;
    }();
    Q_UNUSED(accessible);
    m_header->setHighlightSections(false);
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);
    auto relayout = [this] {
        updateGeometries();
        viewport()->update();
    };
    connect(m_header, &QHeaderView::sectionResized, this, relayout);
    connect(m_header, &QHeaderView::sectionMoved, this, relayout);
    connect(m_header, &QHeaderView::sectionCountChanged, this, relayout);
    connect(m_header, &QHeaderView::geometriesChanged, this, &UniformRowTableView::updateGeometries);
}

void UniformRowTableView::setRowHeight(int height)
{
    m_rowHeightSet = true;
    m_rowHeight = std::max(1, height);
    updateGeometries();
    viewport()->update();
}

void UniformRowTableView::setColumnWidth(int column, int width)
{
    m_header->resizeSection(column, width);
}

void UniformRowTableView::setShowGrid(bool show)
{
    m_showGrid = show;
    viewport()->update();
}

void UniformRowTableView::selectRow(int row)
{
    if (!model() || !selectionModel() || row < 0 || row >= rowCount())
        return;
    const QModelIndex index = model()->index(row, std::max(0, currentIndex().column()), rootIndex());
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

int UniformRowTableView::selectedRowCount() const
{
    if (!selectionModel())
        return 0;
    // The ranges of a merged selection do not overlap.
    qint64 rows = 0;
    for (const QItemSelectionRange &range : selectionModel()->selection())
        if (range.parent() == rootIndex())
            rows += range.height();
    return int(std::min<qint64>(rows, std::numeric_limits<int>::max()));
}

int UniformRowTableView::rowAt(int y) const
{
    const qint64 contentY = qint64(y) + verticalOffset();
    if (contentY < 0)
        return -1;
    const qint64 row = contentY / m_rowHeight;
    return row < rowCount() ? int(row) : -1;
}

void UniformRowTableView::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    QAbstractItemView::setModel(model);
    m_header->setModel(model);
    if (model) {
        // Inserts arrive through rowsInserted(); the base view leaves the rest to us.
        m_modelConnections << connect(model, &QAbstractItemModel::rowsRemoved, this,
                                      [this](const QModelIndex &parent, int first, int) {
                                          if (parent == rootIndex())
                                              rowsChangedFrom(first);
                                      });
        m_modelConnections << connect(model, &QAbstractItemModel::modelReset, this, [this] { rowsChangedFrom(0); });
        m_modelConnections << connect(model, &QAbstractItemModel::layoutChanged, this, [this] { rowsChangedFrom(0); });
    }
    rowsChangedFrom(0);
}

void UniformRowTableView::setRootIndex(const QModelIndex &index)
{
    QAbstractItemView::setRootIndex(index);
    m_header->setRootIndex(index);
    rowsChangedFrom(0);
}

QRect UniformRowTableView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != model() || index.parent() != rootIndex())
        return {};
    return QRect(m_header->sectionViewportPosition(index.column()), rowY(index.row()),
                 m_header->sectionSize(index.column()), m_rowHeight);
}

void UniformRowTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid() || index.model() != model() || index.parent() != rootIndex())
        return;
    if (m_inBaseTimer && m_scrolledSincePress)
        return; // the delayed scroll to a clicked row, after the operator scrolled away
    const qint64 top = qint64(index.row()) * m_rowHeight;
    const qint64 offset = verticalOffset();
    const int height = viewport()->height();
    qint64 target = offset;
    switch (hint) {
    case EnsureVisible:
        if (top < offset)
            target = top;
        else if (top + m_rowHeight > offset + height)
            target = top + m_rowHeight - height;
        break;
    case PositionAtTop: target = top; break;
    case PositionAtBottom: target = top + m_rowHeight - height; break;
    case PositionAtCenter: target = top - (height - m_rowHeight) / 2; break;
    }
    verticalScrollBar()->setValue(clampToInt(target));
    const int left = m_header->sectionPosition(index.column());
    const int width = m_header->sectionSize(index.column());
    const int scrolled = horizontalOffset();
    // Whole rows selected: a click on a half-shown cell leaves the columns where they are;
    // only a cell out of sight (the keyboard moved there) brings its column in.
    if (selectionBehavior() == SelectRows && left < scrolled + viewport()->width() && left + width > scrolled)
        return;
    if (left < scrolled)
        horizontalScrollBar()->setValue(left);
    else if (left + width > scrolled + viewport()->width())
        horizontalScrollBar()->setValue(std::min(left, left + width - viewport()->width()));
}

QModelIndex UniformRowTableView::indexAt(const QPoint &point) const
{
    const int row = rowAt(point.y());
    const int column = m_header->logicalIndexAt(point.x());
    if (row < 0 || column < 0)
        return {};
    return model()->index(row, column, rootIndex());
}

int UniformRowTableView::sizeHintForRow(int) const
{
    return m_rowHeight;
}

int UniformRowTableView::sizeHintForColumn(int column) const
{
    if (!model() || column < 0 || column >= model()->columnCount(rootIndex()))
        return -1;
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    int width = 0;
    const int last = std::min(lastVisibleRow(), rowCount() - 1);
    for (int row = firstVisibleRow(); row <= last; ++row) {
        const QModelIndex index = model()->index(row, column, rootIndex());
        width = std::max(width, itemDelegateForIndex(index)->sizeHint(option, index).width());
    }
    return width + (m_showGrid ? 1 : 0);
}

QModelIndex UniformRowTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    const int rows = rowCount();
    const int columns = m_header->count();
    if (rows == 0 || columns == 0)
        return {};
    // The nearest shown column from a visual index in a direction, or -1.
    auto shownColumn = [this, columns](int visual, int step) {
        for (; visual >= 0 && visual < columns; visual += step)
            if (!m_header->isSectionHidden(m_header->logicalIndex(visual)))
                return visual;
        return -1;
    };
    const QModelIndex current = currentIndex();
    if (!current.isValid()) {
        const int first = shownColumn(0, 1);
        return first < 0 ? QModelIndex() : model()->index(0, m_header->logicalIndex(first), rootIndex());
    }
    qint64 row = current.row();
    int visual = m_header->visualIndex(current.column());
    const int page = std::max(1, viewport()->height() / m_rowHeight);
    switch (cursorAction) {
    case MoveUp: --row; break;
    case MoveDown: ++row; break;
    case MovePageUp: row -= page; break;
    case MovePageDown: row += page; break;
    // A table of rows: Home and End go to the first and the last one.
    case MoveHome: row = 0; break;
    case MoveEnd: row = rows - 1; break;
    case MoveLeft:
    case MovePrevious:
        if (const int previous = shownColumn(visual - 1, -1); previous >= 0)
            visual = previous;
        break;
    case MoveRight:
    case MoveNext:
        if (const int next = shownColumn(visual + 1, 1); next >= 0)
            visual = next;
        break;
    }
    return model()->index(int(std::clamp<qint64>(row, 0, rows - 1)), m_header->logicalIndex(visual), rootIndex());
}

int UniformRowTableView::horizontalOffset() const
{
    return horizontalScrollBar()->value();
}

int UniformRowTableView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

bool UniformRowTableView::isIndexHidden(const QModelIndex &index) const
{
    return m_header->isSectionHidden(index.column());
}

void UniformRowTableView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    const int rows = rowCount();
    if (!selectionModel() || rows == 0)
        return;
    // Not QRect::normalized(): for a rectangle drawn upwards it moves both edges a pixel in,
    // and the row under the mouse (or the anchor) would fall out.
    const int top = std::min(rect.top(), rect.bottom());
    const int bottom = std::max(rect.top(), rect.bottom());
    const int left = std::min(rect.left(), rect.right());
    const int right = std::max(rect.left(), rect.right());
    // Above the first row or below the last: the nearest row (a drag past the edge).
    auto rowOf = [this, rows](int y) {
        return int(std::clamp<qint64>((qint64(y) + verticalOffset()) / m_rowHeight, 0, rows - 1));
    };
    const auto [firstVisual, lastVisual] = visualColumns(left, right);
    const int firstRow = rowOf(top);
    const int lastRow = rowOf(bottom);
    // The shown columns the rectangle crosses, as runs of logical columns (they differ from
    // the visual order once columns were moved).
    QList<int> columns;
    for (int visual = firstVisual; visual >= 0 && visual <= lastVisual; ++visual)
        if (const int column = m_header->logicalIndex(visual); !m_header->isSectionHidden(column))
            columns << column;
    if (columns.isEmpty())
        return;
    std::sort(columns.begin(), columns.end());
    if (command & QItemSelectionModel::Rows)
        columns.resize(1); // whole rows: one range, the selection model widens it
    QItemSelection selection;
    for (qsizetype i = 0; i < columns.size();) {
        qsizetype end = i;
        while (end + 1 < columns.size() && columns[end + 1] == columns[end] + 1)
            ++end;
        selection.select(model()->index(firstRow, columns[i], rootIndex()),
                         model()->index(lastRow, columns[end], rootIndex()));
        i = end + 1;
    }
    if (!selection.isEmpty())
        selectionModel()->select(selection, command);
}

QRegion UniformRowTableView::visualRegionForSelection(const QItemSelection &selection) const
{
    // Whole visible stretches of rows: cheap, and a selection is mostly whole rows.
    QRegion region;
    for (const QItemSelectionRange &range : selection)
        if (range.isValid() && range.parent() == rootIndex())
            region += shownRows(range.top(), range.bottom());
    return region;
}

void UniformRowTableView::updateGeometries()
{
    if (m_updatingGeometries)
        return;
    const QScopedValueRollback guard(m_updatingGeometries, true);
    const int headerHeight = m_header->isHidden() ? 0 : m_header->sizeHint().height();
    setViewportMargins(0, headerHeight, 0, 0);
    const QRect area = viewport()->geometry();
    m_header->setGeometry(area.left(), area.top() - headerHeight, area.width(), headerHeight);

    const qint64 contentHeight = qint64(rowCount()) * m_rowHeight;
    verticalScrollBar()->setSingleStep(m_rowHeight);
    verticalScrollBar()->setPageStep(std::max(m_rowHeight, area.height()));
    verticalScrollBar()->setRange(
        0, int(std::clamp<qint64>(contentHeight - area.height(), 0, std::numeric_limits<int>::max())));
    horizontalScrollBar()->setSingleStep(fontMetrics().averageCharWidth() * 3);
    horizontalScrollBar()->setPageStep(std::max(1, area.width()));
    horizontalScrollBar()->setRange(0, std::max(0, m_header->length() - area.width()));
    m_header->setOffset(horizontalOffset());
    QAbstractItemView::updateGeometries();
}

void UniformRowTableView::mousePressEvent(QMouseEvent *event)
{
    m_scrolledSincePress = false;
    QAbstractItemView::mousePressEvent(event);
}

void UniformRowTableView::timerEvent(QTimerEvent *event)
{
    const QScopedValueRollback inTimer(m_inBaseTimer, true);
    QAbstractItemView::timerEvent(event);
}

void UniformRowTableView::scrollContentsBy(int dx, int dy)
{
    m_scrolledSincePress = true;
    m_header->setOffset(horizontalOffset());
    scrollDirtyRegion(dx, dy);
    viewport()->scroll(dx, dy);
}

void UniformRowTableView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    if (parent == rootIndex())
        rowsChangedFrom(start);
}

void UniformRowTableView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                      const QList<int> &roles)
{
    if (topLeft == bottomRight || !topLeft.isValid() || topLeft.parent() != rootIndex())
        return QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    // A stretch of rows: the part on screen is painted again (the base would work out the
    // rectangle of every cell in it).
    if (const QRect band = shownRows(topLeft.row(), bottomRight.row()); !band.isEmpty())
        viewport()->update(band);
}

void UniformRowTableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QAbstractItemView::currentChanged(current, previous);
    // The base names no cell in its focus event (it knows only Qt's own views' children).
    if (QAccessible::isActive() && current.isValid() && hasFocus()) {
        if (auto *table = dynamic_cast<UniformRowTableAccessible *>(QAccessible::queryAccessibleInterface(this))) {
            QAccessibleEvent event(this, QAccessible::Focus);
            event.setChild(table->childIndex(current.row(), current.column()));
            QAccessible::updateAccessibility(&event);
        }
    }
}

void UniformRowTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange && !m_rowHeightSet) {
        m_rowHeight = defaultRowHeight();
        updateGeometries();
    }
    QAbstractItemView::changeEvent(event);
}

UniformRowTableView::SelectedCells::SelectedCells(int firstRow, int lastRow, int columns)
    : m_firstRow(firstRow),
      m_lastRow(lastRow),
      m_columns(columns),
      m_cells(size_t(std::max(0, lastRow - firstRow + 1)) * size_t(columns), false)
{
}

void UniformRowTableView::SelectedCells::mark(int top, int bottom, int left, int right)
{
    top = std::max(top, m_firstRow);
    bottom = std::min(bottom, m_lastRow);
    left = std::max(left, 0);
    right = std::min(right, m_columns - 1);
    for (int row = top; row <= bottom; ++row)
        for (int column = left; column <= right; ++column)
            m_cells[size_t(row - m_firstRow) * size_t(m_columns) + size_t(column)] = true;
}

bool UniformRowTableView::SelectedCells::contains(int row, int column) const
{
    if (row < m_firstRow || row > m_lastRow || column < 0 || column >= m_columns)
        return false;
    return m_cells[size_t(row - m_firstRow) * size_t(m_columns) + size_t(column)];
}

UniformRowTableView::SelectedCells UniformRowTableView::selectedCells(int firstRow, int lastRow) const
{
    SelectedCells cells(firstRow, lastRow, model() ? model()->columnCount(rootIndex()) : 0);
    if (!selectionModel())
        return cells;
    for (const QItemSelectionRange &range : selectionModel()->selection())
        if (range.parent() == rootIndex() && range.bottom() >= firstRow && range.top() <= lastRow)
            cells.mark(range.top(), range.bottom(), range.left(), range.right());
    return cells;
}

int UniformRowTableView::firstVisibleRow() const
{
    return verticalOffset() / m_rowHeight;
}

int UniformRowTableView::rowY(int row) const
{
    return clampToInt(qint64(row) * m_rowHeight - verticalOffset());
}

QRect UniformRowTableView::shownRows(int first, int last) const
{
    const int top = std::max(first, firstVisibleRow());
    const int bottom = std::min(last, lastVisibleRow());
    if (top > bottom)
        return {};
    return QRect(0, rowY(top), viewport()->width(), (bottom - top + 1) * m_rowHeight);
}

int UniformRowTableView::rowCount() const
{
    return model() ? model()->rowCount(rootIndex()) : 0;
}

int UniformRowTableView::lastVisibleRow() const
{
    return int((qint64(verticalOffset()) + viewport()->height() - 1) / m_rowHeight);
}

void UniformRowTableView::rowsChangedFrom(int first)
{
    updateGeometries();
    // Rows landing below the screen (a load-all appending pages) need no paint at all.
    if (first <= lastVisibleRow())
        viewport()->update();
}

std::pair<int, int> UniformRowTableView::visualColumns(int left, int right) const
{
    const int count = m_header->count();
    const int first = m_header->visualIndexAt(std::max(0, left));
    if (count == 0 || first < 0)
        return {-1, -1};
    const int last = m_header->visualIndexAt(right);
    return {first, last < 0 ? count - 1 : last};
}

void UniformRowTableView::paintEvent(QPaintEvent *event)
{
    const int rows = rowCount();
    if (rows == 0 || m_header->count() == 0)
        return;
    const QRect dirty = event->rect();
    const qint64 firstRow = (qint64(std::max(0, dirty.top())) + verticalOffset()) / m_rowHeight;
    const qint64 lastRow = std::min<qint64>(rows - 1, (qint64(dirty.bottom()) + verticalOffset()) / m_rowHeight);
    const auto [firstVisual, lastVisual] = visualColumns(dirty.left(), dirty.right());
    if (firstRow > lastRow || firstVisual < 0)
        return; // below the last row, or right of the last column

    QPainter painter(viewport());
    QStyleOptionViewItem base;
    initViewItemOption(&base);
    const int grid = m_showGrid ? 1 : 0;
    base.showDecorationSelected = true;
    const QModelIndex current = currentIndex();
    const bool focused = hasFocus() || viewport()->hasFocus();
    const bool alternate = alternatingRowColors();
    const SelectedCells selected = selectedCells(int(firstRow), int(lastRow));
    for (int row = int(firstRow); row <= lastRow; ++row) {
        const int y = rowY(row);
        for (int visual = firstVisual; visual <= lastVisual; ++visual) {
            const int column = m_header->logicalIndex(visual);
            if (m_header->isSectionHidden(column))
                continue;
            const QModelIndex index = model()->index(row, column, rootIndex());
            QStyleOptionViewItem option = base;
            option.rect = QRect(m_header->sectionViewportPosition(column), y, m_header->sectionSize(column) - grid,
                                m_rowHeight - grid);
            if (alternate && (row & 1))
                option.features |= QStyleOptionViewItem::Alternate;
            if (selected.contains(row, column))
                option.state |= QStyle::State_Selected;
            if (!(index.flags() & Qt::ItemIsEnabled)) {
                option.state &= ~QStyle::State_Enabled;
                option.palette.setCurrentColorGroup(QPalette::Disabled);
            }
            if (focused && index == current)
                option.state |= QStyle::State_HasFocus;
            style()->drawPrimitive(QStyle::PE_PanelItemViewRow, &option, &painter, this);
            itemDelegateForIndex(index)->paint(&painter, option, index);
        }
    }
    if (m_showGrid)
        paintGrid(painter, int(firstRow), int(lastRow), firstVisual, lastVisual);
}

void UniformRowTableView::paintGrid(QPainter &painter, int firstRow, int lastRow, int firstVisual, int lastVisual) const
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    painter.setPen(QColor::fromRgba(QRgb(style()->styleHint(QStyle::SH_Table_GridLineColor, &option, this))));
    const int top = rowY(firstRow);
    const int bottom = top + (lastRow - firstRow + 1) * m_rowHeight - 1;
    int right = 0;
    for (int visual = firstVisual; visual <= lastVisual; ++visual) {
        const int column = m_header->logicalIndex(visual);
        if (m_header->isSectionHidden(column))
            continue;
        const int x = m_header->sectionViewportPosition(column) + m_header->sectionSize(column) - 1;
        painter.drawLine(x, top, x, bottom);
        right = std::max(right, x);
    }
    for (int y = top + m_rowHeight - 1; y <= bottom; y += m_rowHeight)
        painter.drawLine(0, y, right, y);
}
