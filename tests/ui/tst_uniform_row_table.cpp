#include "UniformRowTableView.h"

#include <QAbstractTableModel>
#include <QAccessible>
#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Rows named by number, added in pages like a cursor listing, removable.
class NumberedRows final : public QAbstractTableModel
{
public:
    explicit NumberedRows(int rows, int fetchable = 0) : m_rows(rows), m_fetchable(fetchable) {}

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_rows; }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 4; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        return u"r%1c%2"_s.arg(index.row()).arg(index.column());
    }
    bool canFetchMore(const QModelIndex &parent) const override { return !parent.isValid() && m_fetchable > 0; }
    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        const int page = std::min(m_fetchable, 100);
        append(page);
        m_fetchable -= page;
    }
    void append(int count)
    {
        beginInsertRows({}, m_rows, m_rows + count - 1);
        m_rows += count;
        endInsertRows();
    }
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override
    {
        if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows)
            return false;
        beginRemoveRows({}, row, row + count - 1);
        m_rows -= count;
        endRemoveRows();
        return true;
    }

private:
    int m_rows;
    int m_fetchable;
};

// Counts the paints a widget gets, and the area they covered.
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    void reset()
    {
        count = 0;
        region = {};
    }
    int count = 0;
    QRegion region;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++count;
            region += static_cast<QPaintEvent *>(event)->region();
        }
        return false;
    }
};

} // namespace

class UniformRowTableTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UniformRowTableView> makeView(QAbstractItemModel *model)
    {
        auto view = std::make_unique<UniformRowTableView>();
        view->setModel(model);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        view->setRowHeight(20);
        for (int column = 0; column < 4; ++column)
            view->setColumnWidth(column, 120);
        view->resize(520, 420);
        view->show();
        view->setFocus();
        if (!QTest::qWaitForWindowExposed(view.get()))
            qWarning("view not exposed");
        return view;
    }
    static int selectedRowCount(const UniformRowTableView &view)
    {
        int rows = 0;
        for (const QItemSelectionRange &range : view.selectionModel()->selection())
            rows += range.height();
        return rows;
    }

private slots:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(u"Fusion"_s)); }

    void whereARowIsIsArithmeticAtAMillionRows()
    {
        NumberedRows model(1000000);
        auto view = makeView(&model);
        const int viewportHeight = view->viewport()->height();
        QCOMPARE(view->verticalScrollBar()->maximum(), 1000000 * 20 - viewportHeight);
        QVERIFY(view->horizontalHeader()->geometry().bottom() < view->viewport()->geometry().top());

        const QModelIndex deep = model.index(765432, 2);
        view->scrollTo(deep, QAbstractItemView::PositionAtTop);
        QCOMPARE(view->visualRect(deep).top(), 0);
        QCOMPARE(view->visualRect(deep).left(), 240);
        QCOMPARE(view->indexAt(view->visualRect(deep).center()), deep);
        QCOMPARE(view->rowAt(45), 765434);

        view->scrollTo(model.index(999999, 0));
        QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
        QCOMPARE(view->visualRect(model.index(999999, 0)).bottom(), viewportHeight - 1);
        QCOMPARE(view->rowAt(viewportHeight + 5), -1);
        QVERIFY(!view->indexAt(QPoint(10, viewportHeight + 5)).isValid());
    }

    void rowsLandingBelowTheScreenCostNoPaint()
    {
        NumberedRows model(5);
        auto view = makeView(&model);
        PaintCounter paints(view->viewport());
        QTest::qWait(50);
        paints.reset();
        // A short list growing on screen: painted.
        model.append(5);
        QTRY_VERIFY(paints.count > 0);
        QCOMPARE(view->verticalScrollBar()->maximum(), 0);

        model.append(1000000);
        QTRY_COMPARE(view->verticalScrollBar()->maximum(), 1000010 * 20 - view->viewport()->height());
        QTest::qWait(30);
        // A page appended below a full screen: only the scroll range changes.
        const int before = paints.count;
        for (int page = 0; page < 20; ++page)
            model.append(500);
        QTest::qWait(50);
        QCOMPARE(paints.count, before);
        QCOMPARE(view->verticalScrollBar()->maximum(), 1010010 * 20 - view->viewport()->height());

        // Rows removed on screen: the rows below move up, so the screen is painted again.
        QVERIFY(model.removeRows(1, 3));
        QTRY_VERIFY(paints.count > before);
        QCOMPARE(view->verticalScrollBar()->maximum(), 1010007 * 20 - view->viewport()->height());
        // At the last row, then rows above it go: the view keeps to the new end.
        view->setCurrentIndex(model.index(1010006, 0));
        QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
        QVERIFY(model.removeRows(0, 500000));
        QCOMPARE(view->verticalScrollBar()->value(), 510007 * 20 - view->viewport()->height());
        QCOMPARE(view->rowAt(view->viewport()->height() - 1), 510006);
    }

    void theKeyboardMovesAndSelectsWholeRows()
    {
        NumberedRows model(10000);
        auto view = makeView(&model);
        const int page = view->viewport()->height() / 20;
        view->selectRow(0);
        QTest::keyClick(view.get(), Qt::Key_Down);
        QCOMPARE(view->currentIndex().row(), 1);
        QVERIFY(view->selectionModel()->isRowSelected(1, {}));
        QCOMPARE(selectedRowCount(*view), 1);

        QTest::keyClick(view.get(), Qt::Key_PageDown, Qt::ShiftModifier);
        QCOMPARE(view->currentIndex().row(), 1 + page);
        QCOMPARE(selectedRowCount(*view), page + 1);
        QCOMPARE(view->selectionModel()->selectedRows().size(), page + 1);

        QTest::keyClick(view.get(), Qt::Key_End);
        QCOMPARE(view->currentIndex().row(), 9999);
        QVERIFY(view->viewport()->rect().contains(view->visualRect(view->currentIndex())));
        QCOMPARE(selectedRowCount(*view), 1);
        QTest::keyClick(view.get(), Qt::Key_Down);
        QCOMPARE(view->currentIndex().row(), 9999);

        QTest::keyClick(view.get(), Qt::Key_Home);
        QCOMPARE(view->currentIndex().row(), 0);
        QCOMPARE(view->verticalScrollBar()->value(), 0);
        QTest::keyClick(view.get(), Qt::Key_Right);
        QCOMPARE(view->currentIndex().column(), 1);
        QTest::keyClick(view.get(), Qt::Key_Left);
        QTest::keyClick(view.get(), Qt::Key_Left);
        QCOMPARE(view->currentIndex().column(), 0);

        QTest::keySequence(view.get(), QKeySequence::SelectAll);
        QCOMPARE(selectedRowCount(*view), 10000);
        QCOMPARE(view->selectedRowCount(), 10000);

        // Typing does not jump to a row (that would read every row's text): the owner has a
        // search field for that.
        view->setCurrentIndex(model.index(3, 0));
        QTest::keyClicks(view.get(), u"r99"_s);
        QCOMPARE(view->currentIndex().row(), 3);
    }

    void theKeyboardBringsAHiddenColumnIntoSight()
    {
        NumberedRows model(100);
        auto view = makeView(&model);
        view->resize(260, 300);
        QTRY_VERIFY(view->horizontalScrollBar()->maximum() > 0);
        view->setCurrentIndex(model.index(0, 0));
        for (int column = 1; column < 4; ++column) {
            QTest::keyClick(view.get(), Qt::Key_Right);
            QCOMPARE(view->currentIndex().column(), column);
            const QRect cell = view->visualRect(view->currentIndex());
            QVERIFY2(cell.left() < view->viewport()->width() && cell.right() >= 0,
                     qPrintable(u"column %1 at %2..%3"_s.arg(column).arg(cell.left()).arg(cell.right())));
        }
        // A click on a cell partly in sight leaves the columns where they are.
        view->horizontalScrollBar()->setValue(60);
        const int scrolled = view->horizontalScrollBar()->value();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          QPoint(5, view->visualRect(model.index(2, 0)).center().y()));
        QCOMPARE(view->currentIndex().row(), 2);
        QCOMPARE(view->horizontalScrollBar()->value(), scrolled);
    }

    void theMouseSelectsAndExtends()
    {
        NumberedRows model(1000);
        auto view = makeView(&model);
        auto click = [&](int row, Qt::KeyboardModifiers modifiers = {}) {
            QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers,
                              view->visualRect(model.index(row, 1)).center());
        };
        click(5);
        QCOMPARE(view->currentIndex().row(), 5);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        click(9, Qt::ShiftModifier);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 5);
        click(7, Qt::ControlModifier);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 4);
        QVERIFY(!view->selectionModel()->isRowSelected(7, {}));

        // Deep in the list, the rows under the mouse are the rows selected.
        view->scrollTo(model.index(800, 0), QAbstractItemView::PositionAtTop);
        click(803);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QVERIFY(view->selectionModel()->isRowSelected(803, {}));
        // Shift+click back towards a row above the screen: the stretch between them.
        click(801);
        view->scrollTo(model.index(500, 0), QAbstractItemView::PositionAtTop);
        click(502, Qt::ShiftModifier);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 300);
    }

    void aClickedHalfRowComesIntoViewUnlessTheOperatorScrolled()
    {
        NumberedRows model(1000);
        auto view = makeView(&model);
        // Row 3 half hidden above the top edge.
        view->verticalScrollBar()->setValue(3 * 20 + 10);
        const QPoint onRow3(30, 5);
        QCOMPARE(view->indexAt(onRow3).row(), 3);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, onRow3);
        QCOMPARE(view->verticalScrollBar()->value(), 70); // not at once (a double click may follow)
        QTRY_COMPARE(view->verticalScrollBar()->value(), 60);

        // Clicked, then scrolled away at once (the wheel): the list stays where it was taken.
        view->verticalScrollBar()->setValue(3 * 20 + 10);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, onRow3);
        view->verticalScrollBar()->setValue(5000);
        QTest::qWait(QApplication::doubleClickInterval() + 300);
        QCOMPARE(view->verticalScrollBar()->value(), 5000);
    }

    void aDragUpwardSelectsEveryRowItCrosses()
    {
        NumberedRows model(1000);
        auto view = makeView(&model);
        QWidget *viewport = view->viewport();
        // From the top pixel of row 10 up to the bottom pixel of row 6: rows 6 to 10.
        const QPoint from(30, view->visualRect(model.index(10, 0)).top());
        const QPoint to(30, view->visualRect(model.index(6, 0)).bottom());
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, to, viewport->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 5);
        for (int row = 6; row <= 10; ++row)
            QVERIFY(view->selectionModel()->isRowSelected(row, {}));
        // Shift+click on the top pixel of a row above: from the anchor down to it, both in.
        QTest::mouseClick(viewport, Qt::LeftButton, {}, QPoint(30, view->visualRect(model.index(20, 0)).bottom()));
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::ShiftModifier,
                          QPoint(30, view->visualRect(model.index(15, 0)).top()));
        QCOMPARE(view->selectionModel()->selectedRows().size(), 6);
        QVERIFY(view->selectionModel()->isRowSelected(15, {}));
        QVERIFY(view->selectionModel()->isRowSelected(20, {}));
    }

    void aSelectedRowIsPaintedSelected()
    {
        NumberedRows model(100);
        auto view = makeView(&model);
        view->selectRow(2);
        view->setCurrentIndex(model.index(2, 0));
        // Moving the selection paints both the row left and the row chosen.
        PaintCounter paints(view->viewport());
        QTest::qWait(30);
        paints.reset();
        view->selectRow(6);
        QTRY_VERIFY(paints.count > 0);
        QVERIFY(paints.region.contains(view->visualRect(model.index(2, 3))));
        QVERIFY(paints.region.contains(view->visualRect(model.index(6, 3))));
        QVERIFY(!paints.region.contains(view->visualRect(model.index(12, 3))));
        view->selectRow(2);
        const QImage image = view->viewport()->grab().toImage();
        const QColor highlight = view->palette().color(QPalette::Active, QPalette::Highlight);
        const QPoint inRow2(view->visualRect(model.index(2, 3)).right() - 4,
                            view->visualRect(model.index(2, 3)).center().y());
        const QPoint inRow4(inRow2.x(), view->visualRect(model.index(4, 3)).center().y());
        QCOMPARE(image.pixelColor(inRow2).rgb(), highlight.rgb());
        QVERIFY(image.pixelColor(inRow4).rgb() != highlight.rgb());
    }

    void aResetOrAChangeOfManyRowsRepaintsWhatShows()
    {
        NumberedRows model(1000000);
        auto view = makeView(&model);
        PaintCounter paints(view->viewport());
        QTest::qWait(30);
        paints.reset();
        // Every row changed: the rows on screen are painted, as one band.
        emit model.dataChanged(model.index(0, 0), model.index(999999, 3));
        QTRY_VERIFY(paints.count > 0);
        QVERIFY(paints.region.contains(view->visualRect(model.index(0, 0))));
        QVERIFY(paints.region.contains(view->visualRect(model.index(view->rowAt(view->viewport()->height() - 1), 3))));

        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        view->selectRow(999990);
        // Far fewer rows after a reset: the range shrinks, the view shows the new last rows.
        NumberedRows fewer(30);
        view->setModel(&fewer);
        QCOMPARE(view->verticalScrollBar()->maximum(), 30 * 20 - view->viewport()->height());
        QCOMPARE(view->selectedRowCount(), 0);
        QCOMPARE(view->rowAt(view->viewport()->height() - 1), 29);
    }

    void screenReadersSeeATableOfCells()
    {
        NumberedRows model(1000000);
        auto view = makeView(&model);
        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(view.get());
        QVERIFY(table);
        QCOMPARE(table->role(), QAccessible::Table);
        QAccessibleTableInterface *cells = table->tableInterface();
        QVERIFY(cells);
        QCOMPARE(cells->rowCount(), 1000000);
        QCOMPARE(cells->columnCount(), 4);
        QCOMPARE(cells->columnDescription(2), u"3"_s);

        view->scrollTo(model.index(765432, 0), QAbstractItemView::PositionAtTop);
        QAccessibleInterface *cell = cells->cellAt(765432, 2);
        QVERIFY(cell);
        QCOMPARE(cell->role(), QAccessible::Cell);
        QCOMPARE(cell->text(QAccessible::Name), u"r765432c2"_s);
        QCOMPARE(cell->parent(), table);
        QCOMPARE(table->indexOfChild(cell), (765432 + 1) * 4 + 2);
        QCOMPARE(table->child((765432 + 1) * 4 + 2), cell);
        const QRect onScreen = cell->rect();
        QCOMPARE(onScreen.topLeft(), view->viewport()->mapToGlobal(view->visualRect(model.index(765432, 2)).topLeft()));
        QCOMPARE(table->childAt(onScreen.center().x(), onScreen.center().y()), cell);
        QVERIFY(!cell->state().invisible);
        QVERIFY(cells->cellAt(5, 0)->state().invisible);
        QAccessibleTableCellInterface *asCell = cell->tableCellInterface();
        QVERIFY(asCell);
        QCOMPARE(asCell->rowIndex(), 765432);
        QCOMPARE(asCell->columnHeaderCells().size(), 1);
        QCOMPARE(asCell->columnHeaderCells().constFirst()->text(QAccessible::Name), u"3"_s);
        QCOMPARE(asCell->columnHeaderCells().constFirst()->role(), QAccessible::ColumnHeader);

        // Selection both ways: the view's shows to the reader, the reader's to the view.
        view->selectRow(765432);
        QVERIFY(asCell->isSelected());
        QVERIFY(cell->state().selected);
        QCOMPARE(cells->selectedRowCount(), 1);
        QCOMPARE(cells->selectedRows(), QList<int>{765432});
        QVERIFY(cells->selectRow(765433));
        QVERIFY(view->selectionModel()->isRowSelected(765433, {}));
        QVERIFY(cells->unselectRow(765432));
        QVERIFY(!view->selectionModel()->isRowSelected(765432, {}));

        // The reader is told which cell has the focus.
        view->setCurrentIndex(model.index(765433, 1));
        QVERIFY(view->hasFocus());
        QVERIFY(table->focusChild());
        QCOMPARE(table->focusChild()->tableCellInterface()->rowIndex(), 765433);
        QCOMPARE(table->focusChild()->tableCellInterface()->columnIndex(), 1);

        // Over the header while scrolled deep: the header cell, not a row hidden under it.
        QAccessibleInterface *header = asCell->columnHeaderCells().constFirst();
        const QPoint overHeader = header->rect().center();
        QCOMPARE(table->childAt(overHeader.x(), overHeader.y()), header);

        // A reader walking thousands of cells: the ones it holds stay good until its query is
        // over, then the table lets go of them (memory stays bounded).
        QAccessibleInterface *held = cells->cellAt(765440, 0);
        const QAccessible::Id heldId = QAccessible::uniqueId(held);
        for (int row = 0; row < 5000; ++row)
            QVERIFY(cells->cellAt(row, 1));
        QCOMPARE(held->text(QAccessible::Name), u"r765440c0"_s);
        QTRY_VERIFY(!QAccessible::accessibleInterface(heldId));

        // Rows removed above it: a cell asked for again is the row now there.
        QVERIFY(model.removeRows(0, 10));
        QCOMPARE(cells->cellAt(765432, 2)->text(QAccessible::Name), u"r765432c2"_s);
        QCOMPARE(cells->cellAt(765432, 2)->tableCellInterface()->rowIndex(), 765432);
    }

    void scrollingToTheEndFetchesMore()
    {
        NumberedRows model(40, 1000);
        auto view = makeView(&model);
        QCOMPARE(model.rowCount(), 40);
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QTRY_COMPARE(model.rowCount(), 140);
        // The rows fetched land below the screen and the view stays where it was.
        QCOMPARE(view->rowAt(view->viewport()->height() - 1), 39);
    }

    void columnsFollowTheHeader()
    {
        NumberedRows model(100);
        auto view = makeView(&model);
        view->setColumnWidth(0, 200);
        QCOMPARE(view->visualRect(model.index(0, 1)).left(), 200);
        view->setColumnWidth(3, 400);
        QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 200 + 120 + 120 + 400 - view->viewport()->width());
        view->horizontalScrollBar()->setValue(50);
        QCOMPARE(view->horizontalHeader()->offset(), 50);
        QCOMPARE(view->visualRect(model.index(0, 1)).left(), 150);
        QCOMPARE(view->indexAt(QPoint(160, 5)), model.index(0, 1));
        view->horizontalHeader()->hideSection(1);
        QCOMPARE(view->indexAt(QPoint(160, 5)), model.index(0, 2));
        view->setCurrentIndex(model.index(0, 0));
        QTest::keyClick(view.get(), Qt::Key_Right);
        QCOMPARE(view->currentIndex().column(), 2);
    }
};

QTEST_MAIN(UniformRowTableTest)
#include "tst_uniform_row_table.moc"
