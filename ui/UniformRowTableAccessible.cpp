#include "UniformRowTableAccessible.h"

#include "UniformRowTableView.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QPointer>
#include <QTimer>

namespace {

// More cells than this asked about (a reader walking a long list): start the cache afresh.
constexpr qsizetype MaxCachedCells = 4096;

quint64 cellKey(int row, int column)
{
    return (quint64(quint32(row)) << 32) | quint32(column);
}

// One cell, or a column's header cell (row -1), of the table.
class CellAccessible final : public QAccessibleInterface, public QAccessibleTableCellInterface
{
public:
    CellAccessible(UniformRowTableView *view, int row, int column) : m_view(view), m_row(row), m_column(column)
    {
        if (row >= 0)
            m_index = view->model()->index(row, column, view->rootIndex());
    }

    bool isValid() const override
    {
        return m_view && m_view->model() &&
               (m_row < 0 ? m_column < m_view->model()->columnCount(m_view->rootIndex()) : m_index.isValid());
    }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_view.data()); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }

    QString text(QAccessible::Text type) const override
    {
        if (!isValid())
            return {};
        const int role = type == QAccessible::Name          ? Qt::DisplayRole
                         : type == QAccessible::Description ? Qt::ToolTipRole
                                                            : -1;
        if (role < 0)
            return {};
        if (m_row < 0)
            return m_view->model()->headerData(m_column, Qt::Horizontal, role).toString();
        // What the model words for readers, else what it shows.
        const QString spoken =
            m_index.data(type == QAccessible::Name ? Qt::AccessibleTextRole : Qt::AccessibleDescriptionRole).toString();
        return spoken.isEmpty() ? m_index.data(role).toString() : spoken;
    }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        if (!isValid())
            return {};
        if (m_row < 0) {
            QHeaderView *header = m_view->horizontalHeader();
            const QRect section(header->sectionViewportPosition(m_column), 0, header->sectionSize(m_column),
                                header->height());
            return QRect(header->viewport()->mapToGlobal(section.topLeft()), section.size());
        }
        const QRect cell = m_view->visualRect(m_index);
        return QRect(m_view->viewport()->mapToGlobal(cell.topLeft()), cell.size());
    }
    QAccessible::Role role() const override { return m_row < 0 ? QAccessible::ColumnHeader : QAccessible::Cell; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!isValid()) {
            state.invalid = true;
            return state;
        }
        if (m_row < 0)
            return state;
        const QRect cell = m_view->visualRect(m_index);
        state.invisible = !m_view->viewport()->rect().intersects(cell);
        state.offscreen = state.invisible;
        state.selectable = m_view->selectionMode() != QAbstractItemView::NoSelection;
        state.multiSelectable = m_view->selectionMode() == QAbstractItemView::ExtendedSelection ||
                                m_view->selectionMode() == QAbstractItemView::MultiSelection;
        state.selected = isSelected();
        state.focusable = true;
        state.focused = m_view->hasFocus() && m_view->currentIndex() == m_index;
        return state;
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::TableCellInterface ? static_cast<QAccessibleTableCellInterface *>(this) : nullptr;
    }

    int columnExtent() const override { return 1; }
    int rowExtent() const override { return 1; }
    QList<QAccessibleInterface *> columnHeaderCells() const override
    {
        auto *table = dynamic_cast<UniformRowTableAccessible *>(parent());
        return m_row < 0 || !table ? QList<QAccessibleInterface *>() : QList{table->headerCell(m_column)};
    }
    QList<QAccessibleInterface *> rowHeaderCells() const override { return {}; }
    int columnIndex() const override { return m_column; }
    int rowIndex() const override { return m_row < 0 ? -1 : m_index.row(); }
    bool isSelected() const override
    {
        return m_row >= 0 && m_view && m_view->selectionModel() && m_view->selectionModel()->isSelected(m_index);
    }
    QAccessibleInterface *table() const override { return parent(); }

private:
    QPointer<UniformRowTableView> m_view;
    QPersistentModelIndex m_index;
    int m_row;
    int m_column;
};

} // namespace

UniformRowTableAccessible::UniformRowTableAccessible(UniformRowTableView *view)
    : QAccessibleWidget(view, QAccessible::Table)
{
}

UniformRowTableAccessible::~UniformRowTableAccessible()
{
    forgetCells();
}

QAccessibleInterface *UniformRowTableAccessible::create(const QString &className, QObject *object)
{
    auto *view = qobject_cast<UniformRowTableView *>(object);
    return view && className == QLatin1String(UniformRowTableView::staticMetaObject.className())
               ? new UniformRowTableAccessible(view)
               : nullptr;
}

UniformRowTableView *UniformRowTableAccessible::view() const
{
    return static_cast<UniformRowTableView *>(widget());
}

int UniformRowTableAccessible::childIndex(int row, int column) const
{
    return (row + 1) * columnCount() + column;
}

void *UniformRowTableAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TableInterface)
        return static_cast<QAccessibleTableInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

int UniformRowTableAccessible::columnCount() const
{
    return view()->model() ? view()->model()->columnCount(view()->rootIndex()) : 0;
}

int UniformRowTableAccessible::rowCount() const
{
    return view()->model() ? view()->model()->rowCount(view()->rootIndex()) : 0;
}

int UniformRowTableAccessible::childCount() const
{
    return int(std::min<qint64>(qint64(rowCount() + 1) * columnCount(), std::numeric_limits<int>::max()));
}

QAccessibleInterface *UniformRowTableAccessible::child(int index) const
{
    const int columns = columnCount();
    if (index < 0 || columns == 0 || index >= childCount())
        return nullptr;
    return cachedCell(index / columns - 1, index % columns);
}

int UniformRowTableAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (!child || !child->isValid() || child->parent() != this)
        return -1;
    if (QAccessibleTableCellInterface *cell = const_cast<QAccessibleInterface *>(child)->tableCellInterface())
        return childIndex(cell->rowIndex(), cell->columnIndex());
    return -1;
}

QAccessibleInterface *UniformRowTableAccessible::childAt(int x, int y) const
{
    const QPoint inViewport = view()->viewport()->mapFromGlobal(QPoint(x, y));
    if (view()->viewport()->rect().contains(inViewport)) {
        const QModelIndex index = view()->indexAt(inViewport);
        return index.isValid() ? cachedCell(index.row(), index.column()) : nullptr;
    }
    QHeaderView *header = view()->horizontalHeader();
    const QPoint inHeader = header->viewport()->mapFromGlobal(QPoint(x, y));
    if (header->viewport()->rect().contains(inHeader))
        if (const int column = header->logicalIndexAt(inHeader.x()); column >= 0)
            return headerCell(column);
    return nullptr;
}

QAccessibleInterface *UniformRowTableAccessible::focusChild() const
{
    const QModelIndex current = view()->currentIndex();
    return view()->hasFocus() && current.isValid() ? cachedCell(current.row(), current.column()) : nullptr;
}

QAccessibleInterface *UniformRowTableAccessible::cellAt(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return nullptr;
    return cachedCell(row, column);
}

QAccessibleInterface *UniformRowTableAccessible::headerCell(int column) const
{
    return column >= 0 && column < columnCount() ? cachedCell(-1, column) : nullptr;
}

QString UniformRowTableAccessible::columnDescription(int column) const
{
    return view()->model() ? view()->model()->headerData(column, Qt::Horizontal).toString() : QString();
}

int UniformRowTableAccessible::selectedCellCount() const
{
    return selectedRowCount() * columnCount();
}

QList<QAccessibleInterface *> UniformRowTableAccessible::selectedCells() const
{
    QList<QAccessibleInterface *> cells;
    for (int row : selectedRows())
        for (int column = 0; column < columnCount(); ++column)
            cells << cachedCell(row, column);
    return cells;
}

int UniformRowTableAccessible::selectedRowCount() const
{
    return view()->selectedRowCount();
}

QList<int> UniformRowTableAccessible::selectedRows() const
{
    // The first rows selected, not all: a reader announces how many (selectedRowCount) and
    // lists a few, never a million.
    constexpr int MaxListed = 256;
    QList<int> rows;
    if (!view()->selectionModel())
        return rows;
    QItemSelection selection = view()->selectionModel()->selection();
    std::sort(selection.begin(), selection.end(),
              [](const QItemSelectionRange &a, const QItemSelectionRange &b) { return a.top() < b.top(); });
    for (const QItemSelectionRange &range : std::as_const(selection))
        for (int row = range.top(); row <= range.bottom() && rows.size() < MaxListed; ++row)
            rows << row;
    return rows;
}

bool UniformRowTableAccessible::isRowSelected(int row) const
{
    return view()->selectionModel() && view()->selectionModel()->isRowSelected(row, view()->rootIndex());
}

bool UniformRowTableAccessible::selectRow(int row)
{
    if (row < 0 || row >= rowCount() || !view()->selectionModel())
        return false;
    const QModelIndex index = view()->model()->index(row, 0, view()->rootIndex());
    const auto extra = view()->selectionMode() == QAbstractItemView::SingleSelection
                           ? QItemSelectionModel::ClearAndSelect
                           : QItemSelectionModel::Select;
    view()->selectionModel()->select(index, extra | QItemSelectionModel::Rows);
    return true;
}

bool UniformRowTableAccessible::unselectRow(int row)
{
    if (row < 0 || row >= rowCount() || !view()->selectionModel())
        return false;
    view()->selectionModel()->select(view()->model()->index(row, 0, view()->rootIndex()),
                                     QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
    return true;
}

void UniformRowTableAccessible::modelChange(QAccessibleTableModelChangeEvent *event)
{
    // Inserts and removals leave cells to be checked when asked for again (a cell follows its
    // row, see cachedCell); after a reset none of them names anything.
    if (event->modelChangeType() == QAccessibleTableModelChangeEvent::ModelReset)
        forgetCells();
}

QAccessibleInterface *UniformRowTableAccessible::cachedCell(int row, int column) const
{
    const quint64 key = cellKey(row, column);
    if (const auto found = m_cells.constFind(key); found != m_cells.cend()) {
        // A cell follows its row through removals above it: only one still there is reused.
        QAccessibleInterface *cell = QAccessible::accessibleInterface(*found);
        if (cell && cell->isValid() && cell->tableCellInterface()->rowIndex() == row)
            return cell;
        m_retired << *found; // a caller may still hold it
        m_cells.erase(found);
    }
    if (m_cells.size() + m_retired.size() >= MaxCachedCells)
        forgetCells();
    auto *cell = new CellAccessible(view(), row, column);
    m_cells.insert(key, QAccessible::registerAccessibleInterface(cell));
    return cell;
}

void UniformRowTableAccessible::forgetCells() const
{
    // Not now: the query under way (or its caller) may hold some of them. Deleting an id
    // twice, or one gone with its table, is harmless.
    const QList<QAccessible::Id> cells = std::exchange(m_cells, {}).values() + std::exchange(m_retired, {});
    QTimer::singleShot(0, QCoreApplication::instance(), [cells] {
        for (QAccessible::Id id : cells)
            QAccessible::deleteAccessibleInterface(id);
    });
}
