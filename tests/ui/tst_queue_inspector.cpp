#include "ConsoleFixture.h"

#include "AccountService.h"
#include "OperationsDock.h"
#include "SandboxClock.h"
#include "SandboxStore.h"

#include "Confirm.h"
#include "ExplorerWidget.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "UniformRowTableView.h"
#include "api/ApiError.h"
#include "api/RequestLog.h"
#include "auth/SecretStore.h"
#include "explorer/DbTreeFilterProxy.h"
#include "explorer/DbTreeModel.h"
#include "ops/OperationTracker.h"
#include "profiles/ProfileStore.h"
#include "profiles/PushSubscriptionRegistry.h"
#include "queue/ConsumePage.h"
#include "queue/DlqBrowser.h"
#include "queue/DlqFilterProxy.h"
#include "queue/DlqModel.h"
#include "queue/DlqTimelineChart.h"
#include "queue/LeasedMessagesModel.h"
#include "queue/PublishPage.h"
#include "queue/PushSubscriptionsPage.h"
#include "queue/QueueActions.h"
#include "queue/QueueDialogs.h"
#include "queue/QueueInspector.h"
#include "queue/QueueOverviewPage.h"
#include "queue/QueueService.h"
#include "queue/QueueStatsChart.h"
#include "queue/QueueStatsHub.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// The queue inspector and DLQ browser driven through their widgets against the demo
// sandbox, with every outcome checked on the server.
class QueueInspectorTest : public ConsoleUiTest
{
    Q_OBJECT

public:
    QueueInspectorTest() : ConsoleUiTest(u"infrai-console-queuetest"_s) {}

private:
    QTemporaryDir m_dir;

    ExplorerWidget *explorer() const { return m_window->explorer(); }
    DbTreeModel *model() const { return explorer()->model(); }
    OperationTracker *ops() const { return m_window->operations(); }

    qint64 serverStat(const QString &queue, const QString &field)
    {
        return call("GET", u"/v1/queue/stats/"_s + queue).json.value(field).toInteger(-1);
    }
    void closeInspectors()
    {
        while (explorer()->tabs()->count() > 1)
            delete explorer()->tabs()->widget(1);
    }
    QueueInspector *open(const QString &queue, int page)
    {
        QueueInspector *inspector = explorer()->openQueue(queue, page);
        if (!inspector)
            qFatal("queue %s is not in the tree", qPrintable(queue));
        return inspector;
    }
    // The last operation of a kind, once it is no longer in flight.
    const Operation *settled(Operation::Kind kind)
    {
        for (int row = ops()->count() - 1; row >= 0; --row)
            if (ops()->at(row).kind == kind)
                return ops()->at(row).inFlight() ? nullptr : &ops()->at(row);
        return nullptr;
    }
    int countKind(Operation::Kind kind)
    {
        int n = 0;
        for (int row = 0; row < ops()->count(); ++row)
            n += ops()->at(row).kind == kind;
        return n;
    }

    // Every piece of interface text visible under `root`: labels, buttons, tabs, group
    // titles, column headers, placeholders, actions of menus and toolbars, window titles.
    static QStringList visibleTexts(QWidget *root)
    {
        QStringList texts{root->windowTitle()};
        const auto visible = [](QWidget *w) { return w->isVisibleTo(w->window()); };
        for (QLabel *label : root->findChildren<QLabel *>())
            if (visible(label) && !label->text().isEmpty())
                texts << label->text();
        for (QAbstractButton *button : root->findChildren<QAbstractButton *>())
            if (visible(button) && !button->text().isEmpty())
                texts << button->text();
        for (QTabBar *bar : root->findChildren<QTabBar *>())
            if (visible(bar))
                for (int i = 0; i < bar->count(); ++i)
                    texts << bar->tabText(i);
        for (QGroupBox *box : root->findChildren<QGroupBox *>())
            if (visible(box))
                texts << box->title();
        for (QHeaderView *header : root->findChildren<QHeaderView *>())
            if (visible(header) && header->orientation() == Qt::Horizontal && header->model())
                for (int i = 0; i < header->count(); ++i)
                    texts << header->model()->headerData(i, Qt::Horizontal).toString();
        for (QLineEdit *edit : root->findChildren<QLineEdit *>())
            if (visible(edit) && !edit->placeholderText().isEmpty())
                texts << edit->placeholderText();
        QList<QAction *> actions;
        for (QToolBar *bar : root->findChildren<QToolBar *>())
            actions += bar->actions();
        if (auto *window = qobject_cast<QMainWindow *>(root))
            for (QAction *menu : window->menuBar()->actions()) {
                actions << menu;
                if (menu->menu())
                    actions += menu->menu()->actions();
            }
        for (QAction *action : actions)
            if (!action->isSeparator() && !action->text().isEmpty())
                texts << action->text();
        texts.removeAll(QString());
        return texts;
    }
    // Texts with English words left in them, ignoring names and data (`allowed`) and markup.
    static QStringList englishIn(const QStringList &texts, const QSet<QString> &allowed)
    {
        static const QRegularExpression tags(u"<[^>]+>"_s);
        static const QRegularExpression words(u"[A-Za-z]{2,}"_s);
        QStringList left;
        for (const QString &text : texts) {
            const QString plain = QString(text).remove(tags);
            for (auto it = words.globalMatch(plain); it.hasNext();) {
                const QString word = it.next().captured();
                if (!allowed.contains(word)) {
                    left << text + u"  [" + word + u']';
                    break;
                }
            }
        }
        return left;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SandboxOptions options;
        options.demo = true;
        options.timeScale = 4; // a 2 s lease lapses in half a second
        QVERIFY(openConsole(u"tst_queue_inspector"_s, options, QSize(1400, 900)));
        QTRY_VERIFY(model()->queue(u"orders"_s).has_value());
    }

    void cleanupTestCase()
    {
        Confirm::setNextAnswer(true);
        m_window.reset();
        m_server.reset();
    }

    void queuesInTheTreeWithLiveCounts()
    {
        const QModelIndex queues = model()->queuesIndex();
        QVERIFY(queues.isValid());
        QCOMPARE(queues.data().toString(), u"Queues"_s);
        QCOMPARE(model()->loadedCount(queues), 7);
        const QModelIndex orders = model()->indexForId(DbTreeModel::queueNodeId(u"orders"_s));
        QCOMPARE(model()->kindOf(orders), DbTreeModel::NodeKind::Queue);
        // Counts arrive from the stats poll: available · in flight · dead, and a badge.
        QTRY_COMPARE(orders.data(DbTreeModel::DeadCountRole).toLongLong(), 320);
        QTRY_COMPARE(
            model()->indexForId(DbTreeModel::queueNodeId(u"orders"_s), DbTreeModel::StatusColumn).data().toString(),
            u"40 · 0 · 320"_s);
        QVERIFY(orders.data(Qt::ToolTipRole).toString().contains(u"320 dead letters"_s));
        const QModelIndex dead = model()->indexForId(DbTreeModel::deadLettersNodeId(u"orders"_s));
        QCOMPARE(model()->kindOf(dead), DbTreeModel::NodeKind::DeadLetters);
        QCOMPARE(dead.parent(), orders);
        QCOMPARE(dead.data(Qt::ForegroundRole).value<QColor>(), QColor(0xc62828));
        const QModelIndex healthy = model()->indexForId(DbTreeModel::deadLettersNodeId(u"payments.fifo"_s));
        QTRY_COMPARE(healthy.data(DbTreeModel::DeadCountRole).toLongLong(), 0);
        QVERIFY(!healthy.data(Qt::ForegroundRole).isValid());
        QCOMPARE(model()
                     ->indexForId(DbTreeModel::queueNodeId(u"payments.fifo"_s), DbTreeModel::TypeColumn)
                     .data()
                     .toString(),
                 u"FIFO queue"_s);

        // Activating "Dead letters" opens the queue's inspector on its DLQ browser.
        explorer()->tree()->expand(explorer()->toView(orders));
        emit explorer()->tree()->activated(explorer()->toView(dead));
        QueueInspector *inspector = explorer()->inspector(u"orders"_s);
        QVERIFY(inspector);
        QCOMPARE(inspector->pages()->currentWidget(), inspector->deadLetters());
        QTRY_VERIFY(inspector->deadLetters()->model()->rowCount() > 0);
    }

    void newQueueWithItsOwnDlq()
    {
        explorer()->newQueue();
        QPointer<NewQueueDialog> dialog = openDialog<NewQueueDialog>();
        QVERIFY(dialog);
        dialog->nameEdit()->setText(u"bad name!"_s);
        clickOk(dialog);
        QVERIFY(dialog->fieldError(u"name"_s)->isVisible());
        QVERIFY(dialog->fieldError(u"name"_s)->text().contains(u"1–80"_s));
        dialog->nameEdit()->setText(u"invoices"_s);
        QCOMPARE(dialog->dlqCombo()->currentText(), u"Create a new one: invoices-dlq"_s);
        dialog->maxRetriesSpin()->setValue(3);
        dialog->visibilitySpin()->setValue(2);
        clickOk(dialog);
        QTRY_VERIFY(!dialog);
        const RawReply queue = call("GET", u"/v1/queue/get/invoices"_s);
        QCOMPARE(queue.status, 200);
        QCOMPARE(queue.json.value(u"dead_letter_queue"_s).toString(), u"invoices-dlq"_s);
        QCOMPARE(queue.json.value(u"max_retries"_s).toInt(), 3);
        QCOMPARE(call("GET", u"/v1/queue/get/invoices-dlq"_s).status, 200);
        QVERIFY(model()->queue(u"invoices"_s).has_value());
        QVERIFY(model()->queue(u"invoices-dlq"_s).has_value());
        QCOMPARE(countKind(Operation::Kind::CreateQueue), 2);
    }

    void publishFromTheEditorAndSeeTheCountRise()
    {
        QueueInspector *inspector = open(u"invoices"_s, QueueInspector::PublishTab);
        PublishPage *page = inspector->publishPage();
        page->editor()->setPlainText(u"{\"invoice\": \"in_1\", "_s);
        QVERIFY(!page->payloadIsValid());
        QVERIFY(page->validationLabel()->text().contains(u"line 1"_s));
        QVERIFY(!page->publishButton()->isEnabled());
        page->editor()->setPlainText(u"[1, 2]"_s);
        QVERIFY(page->validationLabel()->text().contains(u"JSON object"_s));
        QVERIFY(!page->publishButton()->isEnabled());
        page->editor()->setPlainText(u"{\"invoice\": \"in_1\", \"total\": 4200}"_s);
        QVERIFY(page->payloadIsValid());
        page->prettyPrint();
        QVERIFY(page->editor()->toPlainText().contains(u"\n    \"invoice\""_s));
        const QString key = page->keyEdit()->text();
        QVERIFY(key.startsWith(u"ik_"_s));
        QTest::mouseClick(page->publishButton(), Qt::LeftButton);
        QTRY_COMPARE(serverStat(u"invoices"_s, u"available"_s), 1);
        QTRY_VERIFY(page->resultLabel()->text().contains(u"msg_"_s));
        QVERIFY(page->keyEdit()->text() != key); // a fresh key for the next message
        // The inspector's count rises by itself.
        QTRY_COMPARE(inspector->overview()->statLabel(u"available"_s)->text(), u"1"_s);
        QVERIFY(inspector->overview()->chart()->sampleCount() >= 1);
        // Sending again with the old key does not create a second message.
        page->keyEdit()->setText(key);
        QTest::mouseClick(page->publishButton(), Qt::LeftButton);
        QTRY_VERIFY(settled(Operation::Kind::Publish) && countKind(Operation::Kind::Publish) == 2);
        QCOMPARE(serverStat(u"invoices"_s, u"available"_s), 1);
    }

    void consumeWithAShortLeaseAndWatchItExpire()
    {
        QueueInspector *inspector = open(u"invoices"_s, QueueInspector::ConsumeTab);
        ConsumePage *page = inspector->consumePage();
        page->leaseSpin()->setValue(2);
        page->receive();
        QTRY_COMPARE(page->leased()->rowCount(), 1);
        QCOMPARE(serverStat(u"invoices"_s, u"in_flight"_s), 1);
        QVERIFY(page->leased()->index(0, LeasedMessagesModel::LeaseColumn).data().toString().contains(u"s left"_s));
        // The lease lapses on the server (clock ×4) and on screen.
        QTRY_COMPARE(serverStat(u"invoices"_s, u"available"_s), 1);
        QCOMPARE(serverStat(u"invoices"_s, u"in_flight"_s), 0);
        QTRY_COMPARE_WITH_TIMEOUT(page->leased()->index(0, LeasedMessagesModel::LeaseColumn).data().toString(),
                                  u"expired"_s, 5000);
        QTRY_COMPARE(inspector->overview()->statLabel(u"in_flight"_s)->text(), u"0"_s);
        page->leased()->clear();
    }

    void expiredLeasesCannotBeAcknowledged()
    {
        QCOMPARE(call("POST", u"/v1/queue/create"_s, {{u"name"_s, u"leases"_s}}).status, 200);
        QCOMPARE(
            call("POST", u"/v1/queue/publish"_s, {{u"queue"_s, u"leases"_s}, {u"payload"_s, QJsonObject{{u"n"_s, 1}}}})
                .status,
            200);
        model()->refresh(model()->queuesIndex());
        QTRY_VERIFY(model()->queue(u"leases"_s).has_value());
        QueueInspector *inspector = open(u"leases"_s, QueueInspector::ConsumeTab);
        ConsumePage *page = inspector->consumePage();
        // The server's clock runs ×4: an 8 s lease lapses there after 2 s while the console
        // still counts down, so the ack reaches the server too late and is refused (409).
        page->leaseSpin()->setValue(8);
        page->receive();
        QTRY_COMPARE(page->leased()->rowCount(), 1);
        page->table()->selectRow(0);
        QVERIFY(page->acknowledgeButton()->isEnabled());
        QCOMPARE(page->acknowledgeImpact(), u"1 message will be deleted from the queue for good."_s);
        QTRY_COMPARE(serverStat(u"leases"_s, u"available"_s), 1);
        page->acknowledgeSelected();
        QTRY_COMPARE(page->leased()->rowCount(), 0);
        QVERIFY(page->impactLabel()->text().contains(u"had expired"_s));
        QCOMPARE(serverStat(u"leases"_s, u"available"_s), 1); // untouched, back in the queue
        // A lease the console itself shows as expired cannot be acted on at all.
        page->leaseSpin()->setValue(1);
        page->receive();
        QTRY_COMPARE(page->leased()->rowCount(), 1);
        page->table()->selectRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(page->leased()->index(0, LeasedMessagesModel::LeaseColumn).data().toString(),
                                  u"expired"_s, 5000);
        QTRY_VERIFY(!page->acknowledgeButton()->isEnabled());
        QVERIFY(page->acknowledgeImpact().isEmpty());
        QVERIFY(page->impactLabel()->text().contains(u"left out"_s));
        delete inspector;
        QCOMPARE(call("DELETE", u"/v1/queue/delete/leases"_s).status, 200);
        model()->refresh(model()->queuesIndex());
        QTRY_VERIFY(!model()->queue(u"leases"_s).has_value());
    }

    void updateTheQueueWithValidation()
    {
        QueueInspector *inspector = open(u"invoices"_s, QueueInspector::OverviewPage);
        QueueOverviewPage *overview = inspector->overview();
        QVERIFY(!overview->updateButton()->isEnabled()); // nothing changed yet
        overview->maxRetriesSpin()->setValue(1);
        QVERIFY(overview->updateButton()->isEnabled());
        // The service refuses a DLQ that does not exist; the error lands on that field.
        overview->dlqCombo()->addItem(u"no-such-queue"_s, u"no-such-queue"_s);
        overview->dlqCombo()->setCurrentIndex(overview->dlqCombo()->count() - 1);
        overview->submitUpdate();
        QTRY_VERIFY(overview->fieldError(u"dead_letter_queue"_s)->isVisible());
        QCOMPARE(call("GET", u"/v1/queue/get/invoices"_s).json.value(u"max_retries"_s).toInt(), 3);
        overview->dlqCombo()->setCurrentIndex(overview->dlqCombo()->findData(u"invoices-dlq"_s));
        overview->submitUpdate();
        QTRY_COMPARE(call("GET", u"/v1/queue/get/invoices"_s).json.value(u"max_retries"_s).toInt(), 1);
        QTRY_COMPARE(model()->queue(u"invoices"_s)->maxRetries, 1);
        QTRY_VERIFY(!overview->updateButton()->isEnabled());
    }

    void fitsAt1024x700()
    {
        const QSize before = m_window->size();
        m_window->resize(1024, 700);
        closeInspectors();
        DlqBrowser *browser = open(u"orders"_s, QueueInspector::DeadLettersTab)->deadLetters();
        QTRY_VERIFY(browser->model()->rowCount() > 0);
        QTest::qWait(50);
        // The tree keeps room for names, the DLQ table shows a screenful, and nothing is
        // pushed past the window's edge.
        QVERIFY2(explorer()->tree()->width() >= 300, qPrintable(QString::number(explorer()->tree()->width())));
        const int rows = browser->table()->viewport()->height() / browser->table()->rowHeight();
        QVERIFY2(rows >= 6, qPrintable(QString::number(rows)));
        saveShot(m_window.get(), u"dlq-1024x700-en"_s);
        QVERIFY(browser->mapTo(m_window.get(), QPoint(browser->width(), 0)).x() <= m_window->width());
        QVERIFY(explorer()->tabs()->minimumSizeHint().width() <= 1024 - 300);
        m_window->resize(before);
    }

    void choosingInTheTreeBringsDetailsForward()
    {
        QueueInspector *inspector = open(u"orders"_s, QueueInspector::OverviewPage);
        QCOMPARE(explorer()->tabs()->currentWidget(), inspector);
        // The queue whose inspector is in front: it stays in front.
        QVERIFY(explorer()->selectId(DbTreeModel::queueNodeId(u"orders"_s)));
        QCOMPARE(explorer()->tabs()->currentWidget(), inspector);
        // Anything else: its details come forward.
        QVERIFY(explorer()->selectId(DbTreeModel::queueNodeId(u"payments.fifo"_s)));
        QCOMPARE(explorer()->tabs()->currentIndex(), 0);
    }

    void nackUntilTheMessageIsDeadLettered()
    {
        QueueInspector *inspector = open(u"invoices"_s, QueueInspector::ConsumeTab);
        ConsumePage *page = inspector->consumePage();
        page->leaseSpin()->setValue(60);
        // Deliveries so far: 1 (the lapsed lease). This is the second; max_retries is 1.
        page->receive();
        QTRY_COMPARE(page->leased()->rowCount(), 1);
        QCOMPARE(page->leased()->message(0).deliveryCount, 2);
        page->table()->selectRow(0);
        QVERIFY(
            page->requeueImpact().contains(u"1 message will reach max_retries (1) and move to the DLQ invoices-dlq"_s));
        QVERIFY(page->requeueImpactLabel()->text().contains(u"move to the DLQ"_s));
        Confirm::setNextAnswer(true);
        page->requeueSelected();
        QTRY_COMPARE(page->leased()->rowCount(), 0);
        QCOMPARE(serverStat(u"invoices"_s, u"dlq"_s), 1);
        QCOMPARE(serverStat(u"invoices"_s, u"available"_s), 0);
        // Nothing left to receive, and the page says so.
        page->receive();
        QTRY_COMPARE(page->impactLabel()->text(), u"No message is available right now."_s);
        QCOMPARE(page->leased()->rowCount(), 0);
        // It appears in the DLQ browser, and in the tree's counts.
        inspector->showPage(QueueInspector::DeadLettersTab);
        QTRY_COMPARE(inspector->deadLetters()->model()->rowCount(), 1);
        QCOMPARE(inspector->deadLetters()->model()->payload(0).value(u"invoice"_s).toString(), u"in_1"_s);
        QTRY_COMPARE(
            model()->indexForId(DbTreeModel::queueNodeId(u"invoices"_s)).data(DbTreeModel::DeadCountRole).toLongLong(),
            1);
    }

    void searchTheDlqByJsonPathAndGroup()
    {
        QueueInspector *inspector = open(u"orders"_s, QueueInspector::DeadLettersTab);
        DlqBrowser *browser = inspector->deadLetters();
        // The server's own answer: how many SCHEMA_INVALID dead letters there are.
        int expected = 0;
        for (const QJsonValue &item :
             call("GET", u"/v1/queue/dlq/list/orders?limit=1000"_s).json.value(u"items"_s).toArray())
            expected += item[u"payload"_s][u"error"_s][u"code"_s].toString() == u"SCHEMA_INVALID";
        QVERIFY(expected > 0);
        browser->model()->setPageSize(50); // several pages, loaded on demand
        browser->model()->reload();
        browser->activate();
        QTRY_COMPARE(browser->model()->rowCount(), 50);
        browser->searchMode()->setCurrentIndex(1);
        browser->searchEdit()->setText(u"$.error.code == \"TIMEOUT\""_s);
        browser->applySearch();
        QVERIFY(browser->model()->isSearching());
        browser->searchEdit()->setText(u"$.error.code == SCHEMA_INVALID"_s);
        browser->applySearch();
        QVERIFY(browser->searchError()->isVisible()); // the value must be JSON
        // ... and the last valid search's count does not linger.
        QVERIFY(!browser->model()->isSearching());
        QVERIFY(!browser->statusLabel()->text().contains(u"match"_s));
        browser->searchEdit()->setText(u"$.error.code == \"SCHEMA_INVALID\""_s);
        browser->applySearch();
        QVERIFY(!browser->searchError()->isVisible());
        QVERIFY(browser->proxy()->rowCount() < expected); // only the first page is loaded
        browser->loadAllMatching();
        QTRY_VERIFY(browser->model()->isComplete());
        QCOMPARE(browser->proxy()->rowCount(), expected);
        QVERIFY(browser->statusLabel()->text().contains(QString::number(expected) + u" matches"_s));
        // Grouping over what passes the search, then over everything.
        browser->group();
        QCOMPARE(browser->groupTable()->rowCount(), 1);
        browser->searchEdit()->clear();
        browser->applySearch();
        browser->group();
        QCOMPARE(browser->groupTable()->rowCount(), 4);
        QCOMPARE(browser->groupTable()->item(0, 0)->text(), u"TIMEOUT"_s);
        // Double-clicking a group filters to it.
        emit browser->groupTable()->cellActivated(2, 0);
        QCOMPARE(browser->proxy()->rowCount(), browser->groupTable()->item(2, 1)->text().toInt());
        browser->searchEdit()->clear();
        browser->applySearch();
        // A computed group label follows the language: a field no message has.
        const QString groupPath = browser->groupPathEdit()->text();
        browser->groupPathEdit()->setText(u"$.no_such_field"_s);
        browser->group();
        QCOMPARE(browser->groupTable()->item(0, 0)->text(), u"(missing)"_s);
        QVERIFY(m_language.apply(u"zh_CN"_s));
        QTRY_COMPARE(browser->groupTable()->item(0, 0)->text(), u"（缺失）"_s);
        QVERIFY(m_language.apply(u"en"_s));
        QTRY_COMPARE(browser->groupTable()->item(0, 0)->text(), u"(missing)"_s);
        browser->groupPathEdit()->setText(groupPath);
        browser->group();

        // Bulk actions name their scope; a search narrows "matching" and never "all".
        const QDateTime since = browser->sinceEdit()->dateTime();
        browser->table()->selectRow(3);
        QCOMPARE(browser->sinceEdit()->dateTime(), since); // only the operator sets it
        QVERIFY(!browser->redriveMatchingButton()->isVisibleTo(browser));
        QVERIFY(!browser->redriveAllButton()->text().contains(u"ignores"_s));
        browser->searchEdit()->setText(u"$.error.code == \"SCHEMA_INVALID\""_s);
        browser->applySearch();
        QVERIFY(browser->redriveMatchingButton()->isVisibleTo(browser));
        QCOMPARE(browser->redriveMatchingButton()->text(), u"Redrive %1 matching…"_s.arg(expected));
        QCOMPARE(browser->exportAllButton()->text(), u"Export %1 matching…"_s.arg(expected));
        const qint64 dead = serverStat(u"orders"_s, u"dlq"_s);
        QCOMPARE(browser->redriveAllButton()->text(), u"Redrive all %1 — ignores the search…"_s.arg(dead));
        QVERIFY(browser->redriveSinceButton()->text().contains(u"ignores the search"_s));
        // Redriving what matches moves exactly those.
        const int redrives = countKind(Operation::Kind::Redrive);
        Confirm::setNextAnswer(true);
        browser->redriveMatching();
        QTRY_VERIFY(countKind(Operation::Kind::Redrive) == redrives + 1 && settled(Operation::Kind::Redrive));
        QCOMPARE(settled(Operation::Kind::Redrive)->state, Operation::State::Succeeded);
        QCOMPARE(serverStat(u"orders"_s, u"dlq"_s), dead - expected);
        int left = 0;
        for (const QJsonValue &item :
             call("GET", u"/v1/queue/dlq/list/orders?limit=1000"_s).json.value(u"items"_s).toArray())
            left += item[u"payload"_s][u"error"_s][u"code"_s].toString() == u"SCHEMA_INVALID";
        QCOMPARE(left, 0);
        browser->searchEdit()->clear();
        browser->applySearch();
    }

    void theTimelineShowsWhenEachKindFailedAndFilters()
    {
        DlqBrowser *browser = open(u"orders"_s, QueueInspector::DeadLettersTab)->deadLetters();
        QTRY_VERIFY(browser->model()->rowCount() > 0);
        browser->model()->loadAll();
        QTRY_VERIFY(browser->model()->isComplete() && !browser->model()->isLoading());
        browser->group();
        const DlqModel::Timeline line = browser->timelineChart()->timeline();
        QVERIFY(line.bucketCount() > 1 && line.bucketCount() <= DlqTimelineChart::Buckets);
        // Stacked by the group path: the same kinds and totals as the groups.
        QCOMPARE(line.labels.size(), browser->groupTable()->rowCount());
        int all = 0;
        for (int series = 0; series < line.labels.size(); ++series) {
            int total = 0;
            for (int count : line.counts[size_t(series)])
                total += count;
            QCOMPARE(line.labels[series], browser->groupTable()->item(series, 0)->text());
            QCOMPARE(total, browser->groupTable()->item(series, 1)->text().toInt());
            all += total;
        }
        QCOMPARE(all, browser->model()->rowCount());
        // A bar narrows the list to its time; the button says so and brings everything back.
        int busiest = 0, most = 0;
        for (int bucket = 0; bucket < line.bucketCount(); ++bucket) {
            int sum = 0;
            for (const auto &series : line.counts)
                sum += series[size_t(bucket)];
            if (sum > most) {
                most = sum;
                busiest = bucket;
            }
        }
        browser->timelineChart()->chooseBucket(busiest);
        QTRY_COMPARE(browser->proxy()->rowCount(), most);
        QVERIFY(browser->clearTimeButton()->isVisible());
        QTest::mouseClick(browser->clearTimeButton(), Qt::LeftButton);
        QTRY_COMPARE(browser->proxy()->rowCount(), browser->model()->rowCount());
        QVERIFY(!browser->clearTimeButton()->isVisible());
        // A search narrows the timeline to what matches.
        browser->searchEdit()->setText(u"$.error.code == \"TIMEOUT\""_s);
        browser->applySearch();
        QTRY_COMPARE(browser->timelineChart()->timeline().labels, QStringList{u"TIMEOUT"_s});
        browser->searchEdit()->clear();
        browser->applySearch();
        QTRY_COMPARE(browser->timelineChart()->timeline().labels.size(), browser->groupTable()->rowCount());
    }

    void aRedriveJobIsSteeredAndResumedAfterAClose()
    {
        DlqBrowser *browser = open(u"orders"_s, QueueInspector::DeadLettersTab)->deadLetters();
        QTRY_VERIFY(browser->model()->rowCount() > 0);
        OperationTracker *ops = m_window->operations();
        OperationsDock *dock = m_window->operationsDock();
        auto jobRow = [&](int id) { return ops->rowOf(id); };
        // Slow, so it can be steered: 5 a second.
        auto *rate = browser->findChild<QSpinBox *>(u"redriveRate"_s);
        QVERIFY(rate);
        rate->setValue(5);
        browser->searchEdit()->setText(u"$.error.code == \"TIMEOUT\""_s);
        browser->applySearch();
        QTRY_VERIFY(browser->redriveMatchingButton()->isVisibleTo(browser));
        const qint64 deadBefore = serverStat(u"orders"_s, u"dlq"_s);
        const int before = ops->count();
        Confirm::setNextAnswer(true);
        browser->redriveMatching();
        QTRY_COMPARE(ops->count(), before + 1);
        const int job = ops->at(before).id;
        const int total = ops->at(jobRow(job)).count;
        QVERIFY(total > 10);
        // Its entry says how fast and how long; the dock's controls are there for it.
        QTRY_VERIFY(ops->at(jobRow(job)).resultText().contains(u"left"_s));
        dock->view()->selectRow(jobRow(job));
        QTRY_VERIFY(dock->pauseButton()->isVisible());
        QCOMPARE(dock->pauseButton()->text(), u"&Pause"_s);
        QTest::mouseClick(dock->pauseButton(), Qt::LeftButton);
        QCOMPARE(dock->pauseButton()->text(), u"Res&ume"_s);
        QTest::qWait(300); // answers in flight land
        const int paused = ops->at(jobRow(job)).progressDone;
        QTest::qWait(800);
        QCOMPARE(ops->at(jobRow(job)).progressDone, paused); // nothing sent while paused
        QCOMPARE(ops->at(jobRow(job)).resultText(), u"paused"_s);
        saveShot(m_window.get(), u"redrive-job"_s);
        QVERIFY(m_language.apply(u"zh_CN"_s));
        QTRY_COMPARE(dock->pauseButton()->text(), u"继续(&U)"_s);
        QCOMPARE(ops->at(jobRow(job)).resultText(), u"已暂停"_s);
        saveShot(m_window.get(), u"redrive-job-zh_CN"_s);
        QVERIFY(m_language.apply(u"en"_s));
        QTRY_COMPARE(dock->pauseButton()->text(), u"Res&ume"_s);

        // Closed mid-job (the console quits, the profile disconnects): the entry ends, the journal stays.
        explorer()->closeProfile(m_profileId);
        QTRY_COMPARE(ops->at(jobRow(job)).state, Operation::State::Failed);
        // Connected again: the job is offered, and goes on from where it stopped.
        explorer()->openProfile(m_profileId);
        QPointer<QMessageBox> offer;
        auto findOffer = [&]() -> QMessageBox * {
            for (QMessageBox *box : m_window->findChildren<QMessageBox *>())
                if (box->objectName().startsWith(u"unfinishedRedrive:"_s) && box->isVisible())
                    return box;
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT((offer = findOffer()), 20000);
        QVERIFY(offer->text().contains(u"orders"_s));
        const int beforeResume = ops->count();
        QAbstractButton *resume = nullptr;
        for (QAbstractButton *button : offer->buttons())
            if (offer->buttonRole(button) == QMessageBox::AcceptRole)
                resume = button;
        QVERIFY(resume);
        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_COMPARE(ops->count(), beforeResume + 1);
        const int resumed = ops->at(beforeResume).id;
        QCOMPARE(ops->at(jobRow(resumed)).progressDone, paused); // what was done stays done
        // Faster now, from the dock's Rate…
        dock->view()->selectRow(jobRow(resumed));
        QTRY_VERIFY(dock->rateButton()->isVisible());
        QTest::mouseClick(dock->rateButton(), Qt::LeftButton);
        QPointer<QInputDialog> ask;
        QTRY_VERIFY((ask = m_window->findChild<QInputDialog *>(u"jobRateDialog"_s)) && ask->isVisible());
        QCOMPARE(ask->intValue(), 5);
        ask->setIntValue(2000);
        ask->accept();
        QTRY_COMPARE_WITH_TIMEOUT(ops->at(jobRow(resumed)).state, Operation::State::Succeeded, 20000);
        QCOMPARE(serverStat(u"orders"_s, u"dlq"_s), deadBefore - total); // each once, no more
        // Views follow: the moved ones leave the list and the timeline (the inspector closed
        // with its profile: opened again).
        browser = open(u"orders"_s, QueueInspector::DeadLettersTab)->deadLetters();
        browser->model()->loadAll();
        QTRY_VERIFY(browser->model()->isComplete() && !browser->model()->isLoading());
        browser->group();
        QTRY_VERIFY(!browser->timelineChart()->timeline().labels.isEmpty());
        QVERIFY(!browser->timelineChart()->timeline().labels.contains(u"TIMEOUT"_s));
        QVERIFY(!dock->pauseButton()->isVisible()); // a finished job has no controls
        QVERIFY(QDir(explorer()->session(m_profileId)->queueActions()->journalDir()).entryList(QDir::Files).isEmpty());
        browser = open(u"orders"_s, QueueInspector::DeadLettersTab)->deadLetters();
        browser->searchEdit()->clear();
        browser->applySearch();
    }

    void shortcutsStayWhereTheFocusIs()
    {
        DlqBrowser *browser = open(u"orders"_s, QueueInspector::DeadLettersTab)->deadLetters();
        QTRY_VERIFY(browser->model()->rowCount() > 0);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        browser->table()->setFocus();
        browser->table()->selectRow(0);
        // Delete in the dead-letter table is not "delete the tree's selection".
        QTest::keyClick(browser->table(), Qt::Key_Delete);
        QTest::qWait(50);
        QVERIFY(!m_window->findChild<QueueConfirmDialog *>());
        QVERIFY(!m_window->findChild<ActionDialog *>());
        // Ctrl+F finds in the dead letters there, in the tree beside it.
        QTest::keySequence(browser->table(), QKeySequence::Find);
        QTRY_COMPARE(QApplication::focusWidget(), browser->searchEdit());
        explorer()->tree()->setFocus();
        QTest::keySequence(explorer()->tree(), QKeySequence::Find);
        QTRY_COMPARE(QApplication::focusWidget(), explorer()->filterEdit());
    }

    void exportThenPublishTheExport()
    {
        DlqBrowser *browser = open(u"orders"_s, QueueInspector::DeadLettersTab)->deadLetters();
        QTRY_VERIFY(browser->model()->rowCount() >= 5);
        browser->selectSourceRows({0, 1, 2, 3, 4});
        QVERIFY(browser->statusLabel()->text().contains(u"5 selected"_s));
        const QString file = m_dir.filePath(u"five.jsonl"_s);
        QVERIFY(browser->exportLinesTo(file, browser->selectedExportLines()));
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = exported.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        QCOMPARE(QJsonDocument::fromJson(lines[0]).object().value(u"message_id"_s).toString(),
                 browser->model()->messageId(0));

        PublishPage *publish = open(u"invoices"_s, QueueInspector::PublishTab)->publishPage();
        QVERIFY(publish->publishBatchFromFile(file));
        QTRY_VERIFY(settled(Operation::Kind::PublishBatch));
        QCOMPARE(settled(Operation::Kind::PublishBatch)->state, Operation::State::Succeeded);
        QVERIFY(publish->resultLabel()->text().contains(u"5 of 5"_s));
        QCOMPARE(serverStat(u"invoices"_s, u"available"_s), 5);
        const QJsonArray consumed =
            call("POST", u"/v1/queue/consume"_s, {{u"queue"_s, u"invoices"_s}, {u"max_messages"_s, 10}})
                .json.value(u"messages"_s)
                .toArray();
        QCOMPARE(consumed.size(), 5);
        QCOMPARE(consumed.at(0)[u"payload"_s].toObject(), browser->model()->payload(0));

        // A file with a bad line publishes nothing and says which line.
        QFile bad(m_dir.filePath(u"bad.jsonl"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"ok\": 1}\n{oops\n");
        bad.close();
        QVERIFY(!publish->publishBatchFromFile(bad.fileName()));
        QVERIFY(publish->resultLabel()->text().contains(u"line 2"_s));
    }

    // A confirmation is a nested event loop: a stats tick may reload the list under it. The
    // redrive moves the messages that were selected, whatever rows hold afterwards.
    void redriveSelectedSurvivesAReloadUnderTheConfirmation()
    {
        DlqBrowser *browser = open(u"orders"_s, QueueInspector::DeadLettersTab)->deadLetters();
        QTRY_VERIFY(browser->model()->rowCount() > 10);
        DlqModel *dlq = browser->model();
        const QString elsewhere = dlq->messageId(0), first = dlq->messageId(1), second = dlq->messageId(2),
                      third = dlq->messageId(3);
        browser->selectSourceRows({1, 2});
        const qint64 deadBefore = serverStat(u"orders"_s, u"dlq"_s);
        Confirm::setAnswerer([&](QWidget *, const QString &, const QString &) {
            // Someone else redrives the oldest dead letter, and the list reloads: every row
            // moves up by one while the question is open.
            call("POST", u"/v1/queue/dlq/redrive/orders"_s, {{u"message_id"_s, elsewhere}});
            dlq->reload();
            if (dlq->canFetchMore({}))
                dlq->fetchMore({});
            QEventLoop open;
            connect(dlq, &DlqModel::pageLoaded, &open, &QEventLoop::quit);
            QTimer::singleShot(10000, &open, &QEventLoop::quit);
            open.exec();
            return true;
        });
        browser->redriveSelected();
        Confirm::setAnswerer({});
        QCOMPARE(dlq->messageId(1), second); // the rows did move
        QTRY_VERIFY(settled(Operation::Kind::Redrive));
        QCOMPARE(settled(Operation::Kind::Redrive)->state, Operation::State::Succeeded);
        QCOMPARE(serverStat(u"orders"_s, u"dlq"_s), deadBefore - 3);
        dlq->reload();
        dlq->fetchMore({});
        QTRY_VERIFY(dlq->rowCount() > 10);
        QCOMPARE(dlq->rowOfMessage(first), -1);
        QCOMPARE(dlq->rowOfMessage(second), -1);
        QVERIFY(dlq->rowOfMessage(third) >= 0); // not selected: still a dead letter
        // Out-of-range rows answer empty instead of reading past the end.
        QVERIFY(dlq->messageId(dlq->rowCount()).isEmpty());
        QVERIFY(dlq->exportLine(-1).isEmpty());
        QVERIFY(!dlq->rowMatches(dlq->rowCount() + 5));
    }

    void aRedriveKeepsTheOperatorsPlace()
    {
        const QModelIndex deadCount = model()->indexForId(DbTreeModel::queueNodeId(u"orders"_s));
        const qint64 deadBefore = serverStat(u"orders"_s, u"dlq"_s);
        { // More dead letters than the demo has left by now (a job's batches are bigger than
          // the model drops one by one): straight into the sandbox's state, as its demo does.
            QueueService queues(m_server->store(), m_server->clock());
            const QString account = AccountService::accountId(u"ifr_test_key"_s);
            const std::optional<QueueService::QueueConfig> orders = queues.queue(account, u"orders"_s);
            QVERIFY(orders);
            const qint64 now = m_server->clock().nowMs();
            m_server->store().begin();
            for (int i = 0; i < 300; ++i) {
                const QJsonObject error{{u"code"_s, i % 2 ? u"TIMEOUT"_s : u"CARD_DECLINED"_s}};
                queues.insertDeadLettered(account, *orders, {{u"order_id"_s, u"bulk_%1"_s.arg(i)}, {u"error"_s, error}},
                                          now - 60000, now - 30000 + i, 6);
            }
            m_server->store().commit();
        }
        // Counted by the stats poll first, so none of its answers is older than the list.
        QTRY_COMPARE(deadCount.data(DbTreeModel::DeadCountRole).toLongLong(), deadBefore + 300);
        DlqBrowser *browser = open(u"orders"_s, QueueInspector::DeadLettersTab)->deadLetters();
        browser->searchEdit()->clear();
        browser->applySearch();
        browser->model()->loadAll();
        QTRY_VERIFY(browser->model()->isComplete() && !browser->model()->isLoading());
        DlqModel *model = browser->model();
        const int count = model->rowCount();
        QCOMPARE(count, deadBefore + 300);
        UniformRowTableView *table = browser->table();
        // Reading row 21 of a selection in two stretches, with row 15 at the top of the table.
        browser->selectSourceRows({20, 21, 22, 95, 96});
        table->selectionModel()->setCurrentIndex(browser->proxy()->index(21, 1), QItemSelectionModel::NoUpdate);
        table->verticalScrollBar()->setValue(15 * table->rowHeight() + 4);
        const QString top = model->messageId(15);
        const QString open = model->messageId(21);
        const QStringList selected{model->messageId(20), open, model->messageId(22), model->messageId(95),
                                   model->messageId(96)};
        QTRY_VERIFY(!browser->payloadView()->toPlainText().isEmpty());
        const QString payload = browser->payloadView()->toPlainText();
        // A batch of scattered messages moved back, above and below (as a job's batch is),
        // more than the model drops one by one.
        QStringList moved;
        for (int row = 0; row <= 12; row += 2)
            moved << model->messageId(row);
        for (int row = 30; moved.size() < 70; ++row)
            moved << model->messageId(row);
        QVERIFY(explorer()->queueActions()->redriveMessages(u"orders"_s, moved) > 0);
        QTRY_COMPARE(model->rowCount(), count - 70);
        // The same rows at the top, the same message open, the same selection.
        QCOMPARE(model->messageId(table->rowAt(0)), top);
        QCOMPARE(table->verticalScrollBar()->value() % table->rowHeight(), 4);
        QCOMPARE(model->messageId(table->currentIndex().row()), open);
        QCOMPARE(table->currentIndex().column(), 1);
        QCOMPARE(browser->payloadView()->toPlainText(), payload);
        QStringList nowSelected;
        for (int row : browser->proxy()->sourceRows(table->selectionModel()->selectedRows()))
            nowSelected << model->messageId(row);
        QCOMPARE(nowSelected, selected);

        // The open message itself moved, in a big batch: the one after it opens, the others
        // stay selected.
        const int openRow = model->rowOfMessage(open);
        const QString next = model->messageId(openRow + 1);
        QStringList withOpen{open};
        for (int row = openRow + 20; withOpen.size() < 70; ++row) // below the selection
            withOpen << model->messageId(row);
        QVERIFY(explorer()->queueActions()->redriveMessages(u"orders"_s, withOpen) > 0);
        QTRY_COMPARE(model->rowOfMessage(open), -1);
        QCOMPARE(model->messageId(table->currentIndex().row()), next);
        QCOMPARE(table->selectedRowCount(), 4);
        QTRY_VERIFY(browser->redriveSelectedButton()->text().contains(u"4"_s));

        // While a search narrows the list: the same, in the rows that match.
        browser->searchMode()->setCurrentIndex(1); // JSON path
        browser->searchEdit()->setText(u"$.error.code == \"TIMEOUT\""_s);
        browser->applySearch();
        QTRY_VERIFY(browser->proxy()->rowCount() > 20);
        DlqFilterProxy *proxy = browser->proxy();
        table->selectionModel()->setCurrentIndex(proxy->index(10, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString openMatch = model->messageId(proxy->mapToSource(proxy->index(10, 0)).row());
        const QString nextMatch = model->messageId(proxy->mapToSource(proxy->index(11, 0)).row());
        QStringList matches;
        for (int row = 0; row < proxy->rowCount() && matches.size() < 66; ++row)
            if (row != 11)
                matches << model->messageId(proxy->mapToSource(proxy->index(row, 0)).row());
        QVERIFY(matches.contains(openMatch));
        QVERIFY(explorer()->queueActions()->redriveMessages(u"orders"_s, matches) > 0);
        QTRY_COMPARE(model->rowOfMessage(openMatch), -1);
        QCOMPARE(model->messageId(proxy->mapToSource(table->currentIndex()).row()), nextMatch);
        QCOMPARE(table->selectedRowCount(), 0); // what was selected left
        QTRY_VERIFY(!browser->redriveSelectedButton()->isEnabled());
        browser->searchEdit()->clear();
        browser->applySearch();
    }

    void redriveASelectionThenAll()
    {
        DlqBrowser *browser = open(u"orders"_s, QueueInspector::DeadLettersTab)->deadLetters();
        QTRY_VERIFY(browser->model()->rowCount() > 10);
        const qint64 deadBefore = serverStat(u"orders"_s, u"dlq"_s);
        const qint64 availableBefore = serverStat(u"orders"_s, u"available"_s);
        const QString moved = browser->model()->messageId(1);
        browser->payloadModeCombo()->setCurrentIndex(1); // the raw message, with its id
        browser->selectSourceRows({1, 2, 3});
        browser->table()->selectionModel()->setCurrentIndex(browser->proxy()->index(1, 0),
                                                            QItemSelectionModel::NoUpdate);
        QVERIFY(browser->payloadView()->toPlainText().contains(moved));
        Confirm::setNextAnswer(true);
        browser->redriveSelected();
        QTRY_VERIFY(settled(Operation::Kind::Redrive));
        QCOMPARE(settled(Operation::Kind::Redrive)->state, Operation::State::Succeeded);
        QCOMPARE(serverStat(u"orders"_s, u"dlq"_s), deadBefore - 3);
        QCOMPARE(serverStat(u"orders"_s, u"available"_s), availableBefore + 3);
        QCOMPARE(browser->model()->rowOfMessage(moved), -1);
        QVERIFY(browser->resultLabel()->text().contains(u"3 messages redriven"_s));
        // What is shown follows the list: the payload of a message that left goes, the group
        // counts are redone, and the result line clears by itself.
        QVERIFY(!browser->payloadView()->toPlainText().contains(moved));
        auto grouped = [browser] {
            int sum = 0;
            for (int row = 0; row < browser->groupTable()->rowCount(); ++row)
                sum += browser->groupTable()->item(row, 1)->text().toInt();
            return sum;
        };
        QTRY_COMPARE(grouped(), browser->model()->rowCount());
        QTRY_VERIFY_WITH_TIMEOUT(browser->resultLabel()->text().isEmpty(), 12000);
        browser->payloadModeCombo()->setCurrentIndex(0);
        QTRY_COMPARE(
            model()->indexForId(DbTreeModel::queueNodeId(u"orders"_s)).data(DbTreeModel::DeadCountRole).toLongLong(),
            deadBefore - 3);

        // Everything since a time: the preview counts what is loaded at or after it.
        browser->model()->loadAll();
        QTRY_VERIFY(browser->model()->isComplete());
        const QDateTime since = browser->model()->deadLetteredAt(browser->model()->rowCount() - 10);
        const DlqBrowser::Preview preview = browser->previewSince(since);
        QVERIFY(preview.exact);
        QVERIFY(preview.count >= 10);
        browser->sinceEdit()->setDateTime(since);
        Confirm::setNextAnswer(true);
        const int before = countKind(Operation::Kind::Redrive);
        browser->redriveSince();
        QTRY_VERIFY(countKind(Operation::Kind::Redrive) == before + 1 && settled(Operation::Kind::Redrive));
        // (the editor keeps seconds; the preview used the same instant)
        QCOMPARE(serverStat(u"orders"_s, u"dlq"_s), deadBefore - 3 - preview.count);

        // And all of it.
        const qint64 rest = serverStat(u"orders"_s, u"dlq"_s);
        QCOMPARE(browser->previewAll().count, rest);
        Confirm::setNextAnswer(true);
        browser->redriveAll();
        QTRY_VERIFY(countKind(Operation::Kind::Redrive) == before + 2 && settled(Operation::Kind::Redrive));
        QCOMPARE(settled(Operation::Kind::Redrive)->resultCount, rest);
        QCOMPARE(serverStat(u"orders"_s, u"dlq"_s), 0);
        QCOMPARE(serverStat(u"orders"_s, u"available"_s), availableBefore + deadBefore); // every dead letter is back
        QTRY_COMPARE(browser->model()->rowCount(), 0);
        QTRY_COMPARE(
            model()->indexForId(DbTreeModel::queueNodeId(u"orders"_s)).data(DbTreeModel::DeadCountRole).toLongLong(),
            0);
    }

    void purgeBehindATypedConfirmation()
    {
        QueueInspector *inspector = open(u"orders"_s, QueueInspector::OverviewPage);
        QVERIFY(serverStat(u"orders"_s, u"available"_s) > 0);
        inspector->purge();
        QPointer<QueueConfirmDialog> dialog = openDialog<QueueConfirmDialog>();
        QVERIFY(dialog);
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            QVERIFY2(!label->isVisible() || textFits(label), qPrintable(label->text()));
        dialog->confirmEdit()->setText(u"order"_s);
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->confirmEdit()->setText(u"orders"_s);
        clickOk(dialog);
        QTRY_VERIFY(!dialog);
        QCOMPARE(serverStat(u"orders"_s, u"available"_s), 0);
        const Operation *purge = settled(Operation::Kind::PurgeQueue);
        QVERIFY(purge);
        QCOMPARE(purge->state, Operation::State::Succeeded);
        QVERIFY(purge->resultCount > 0);
        QTRY_COMPARE(inspector->overview()->statLabel(u"available"_s)->text(), u"0"_s);
    }

    void pushSubscriptionsRejectBadUrlsAndKeepTheSecret()
    {
        QueueInspector *inspector = open(u"invoices"_s, QueueInspector::PushTab);
        inspector->pushPage()->newSubscription();
        QPointer<PushSubscriptionDialog> dialog = openDialog<PushSubscriptionDialog>();
        QVERIFY(dialog);
        QVERIFY(dialog->secretEdit()->text().size() >= 16); // a strong one by default
        QCOMPARE(keyboardProblems(dialog), QString());
        // Said before anything is created: where messages go, retries, and no way back.
        const QString consequences = dialog->consequencesLabel()->text();
        QVERIFY2(consequences.contains(u"max retries (%1)"_s.arg(model()->queue(u"invoices"_s)->maxRetries)) &&
                     consequences.contains(u"cannot list, pause or remove"_s),
                 qPrintable(consequences));
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->understoodBox()->setChecked(true);
        QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        // The secret is shown once, in clear, to hand to the receiver.
        QCOMPARE(dialog->secretEdit()->echoMode(), QLineEdit::Normal);
        dialog->copySecretButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), dialog->secretEdit()->text());
        QVERIFY(dialog->findChild<QLabel *>(u"secretCopied"_s)->isVisible());
        dialog->urlEdit()->setText(u"http://hooks.example.com/infrai"_s);
        clickOk(dialog);
        QVERIFY(dialog->fieldError(u"url"_s)->isVisible());
        QVERIFY(dialog->fieldError(u"url"_s)->text().contains(u"https"_s));
        QTRY_VERIFY(textFits(dialog->fieldError(u"url"_s))); // two lines, both shown
        saveShot(dialog, u"push-dialog-en"_s);
        QVERIFY(m_language.apply(u"zh_CN"_s));
        QTRY_VERIFY(!dialog->windowTitle().startsWith(u"New"_s));
        // Its own button text and the error on show come back in the new language.
        QTRY_COMPARE(dialog->buttons()->button(QDialogButtonBox::Ok)->text(), u"订阅"_s);
        QTRY_VERIFY(!dialog->fieldError(u"url"_s)->text().contains(u"Push URLs"_s));
        QVERIFY(dialog->fieldError(u"url"_s)->isVisible());
        QTRY_VERIFY(textFits(dialog->fieldError(u"url"_s)));
        QCOMPARE(keyboardProblems(dialog, false), QString());
        saveShot(dialog, u"push-dialog-zh_CN"_s);
        QVERIFY(m_language.apply(u"en"_s));
        dialog->urlEdit()->setText(u"https://169.254.169.254/latest"_s);
        clickOk(dialog);
        QVERIFY(dialog->fieldError(u"url"_s)->text().contains(u"public address"_s));
        QCOMPARE(countKind(Operation::Kind::PushSubscribe), 0); // nothing was sent
        const QString secret = dialog->secretEdit()->text();
        dialog->urlEdit()->setText(u"https://hooks.example.com/infrai"_s);
        clickOk(dialog);
        QTRY_VERIFY(!dialog);
        QTRY_COMPARE(inspector->pushPage()->list()->topLevelItemCount(), 1);
        // A push target may be a capability URL: only its origin is kept and shown.
        QCOMPARE(inspector->pushPage()->list()->topLevelItem(0)->text(1), u"https://hooks.example.com/…"_s);
        for (int i = 0; i < m_log.size(); ++i)
            QVERIFY2(!m_log.at(i).curl.contains(u"hooks.example.com/infrai"_s), qPrintable(m_log.at(i).curl));
        const QList<PushSubscriptionRegistry::Entry> entries =
            PushSubscriptionRegistry::list(m_profileId, u"invoices"_s);
        QCOMPARE(entries.size(), 1);
        // The secret is in the keychain, not in the settings file.
        QTRY_VERIFY(!inspector->pushPage()->keychainLabel()->text().isEmpty());
        std::optional<SecretStore::Result> stored;
        m_secrets.read(m_profileId, PushSubscriptionRegistry::secretKind(entries[0].id), this,
                       [&](const SecretStore::Result &result) { stored = result; });
        QTRY_VERIFY(stored.has_value());
        QVERIFY2(stored->ok(), qPrintable(stored->message()));
        QCOMPARE(stored->secret, secret);
        // Later, from the keychain: copy and reveal the selected subscription's secret.
        PushSubscriptionsPage *push = inspector->pushPage();
        QGuiApplication::clipboard()->clear();
        push->list()->setCurrentItem(push->list()->topLevelItem(0));
        push->copySecretButton()->click();
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), secret);
        push->revealSecretButton()->click();
        QTRY_VERIFY(push->keychainLabel()->text().contains(secret));
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(!saved.contains(secret.toUtf8()));
        QVERIFY(!saved.contains("hooks.example.com/infrai"));
    }

    void deleteAQueueFromTheTree()
    {
        QVERIFY(explorer()->inspector(u"invoices"_s));
        QVERIFY(explorer()->selectId(DbTreeModel::queueNodeId(u"invoices"_s)));
        explorer()->deleteSelected();
        QPointer<QueueConfirmDialog> dialog = openDialog<QueueConfirmDialog>();
        QVERIFY(dialog);
        dialog->confirmEdit()->setText(u"invoices"_s);
        clickOk(dialog);
        QTRY_VERIFY(!model()->queue(u"invoices"_s));
        QCOMPARE(call("GET", u"/v1/queue/get/invoices"_s).status, 404);
        QVERIFY(!explorer()->inspector(u"invoices"_s)); // its tab closed with it
    }

    void languageSwitchRetranslatesEverythingOpen()
    {
        QueueInspector *inspector = open(u"orders"_s, QueueInspector::DeadLettersTab);
        DlqBrowser *browser = inspector->deadLetters();
        browser->searchEdit()->setText(u"gateway"_s);
        browser->applySearch();
        explorer()->newQueue();
        QPointer<NewQueueDialog> dialog = openDialog<NewQueueDialog>();
        QVERIFY(dialog);
        dialog->nameEdit()->setText(u"audit"_s);
        const int rows = browser->model()->rowCount();
        const QStringList english = visibleTexts(m_window.get()) + visibleTexts(dialog);
        QVERIFY(english.contains(u"Dead letters"_s) ||
                english.contains(u"Dead letters (%1)"_s.arg(browser->model()->rowCount())) ||
                std::any_of(english.begin(), english.end(),
                            [](const QString &t) { return t.startsWith(u"Dead letters"_s); }));
        QVERIFY(english.contains(u"New queue"_s)); // the dialog's title
        QVERIFY(english.contains(u"Redrive selected"_s));

        QVERIFY(m_language.apply(u"zh_CN"_s));
        QTRY_COMPARE(dialog->windowTitle(), u"新建队列"_s);
        const QStringList chinese = visibleTexts(m_window.get()) + visibleTexts(dialog);
        // Names and data stay as they are; everything else is Chinese.
        QSet<QString> allowed{u"ID"_s,    u"JSON"_s, u"FIFO"_s,    u"URL"_s, u"ack"_s,  u"Ctrl"_s,  u"Shift"_s,
                              u"error"_s, u"code"_s, u"TIMEOUT"_s, u"dlq"_s, u"curl"_s, u"Infrai"_s};
        static const QRegularExpression nameWords(u"[A-Za-z]{2,}"_s);
        const QStringList data = {m_profiles->profiles().first().name, u"orders-dlq audit Local sandbox Sandbox"_s,
                                  model()->queueNames().join(u' ')};
        for (const QString &text : data)
            for (auto it = nameWords.globalMatch(text); it.hasNext();)
                allowed.insert(it.next().captured());
        for (int row = 0; row < model()->rowCount(model()->databasesIndex()); ++row)
            for (auto it = nameWords.globalMatch(model()->index(row, 0, model()->databasesIndex()).data().toString());
                 it.hasNext();)
                allowed.insert(it.next().captured());
        const QStringList left = englishIn(chinese, allowed);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u" | "_s)));
        // Every open part changed: window, explorer, inspector, DLQ browser, the dialog.
        QVERIFY(!chinese.contains(u"Redrive selected"_s));
        QVERIFY(chinese.contains(u"重投递选中项"_s));
        QCOMPARE(inspector->pages()->tabText(QueueInspector::OverviewPage), u"概览"_s);
        QCOMPARE(model()->queuesIndex().data().toString(), u"队列"_s);
        QCOMPARE(explorer()->tabs()->tabText(0), u"详情"_s);
        QCOMPARE(browser->model()->headerData(DlqModel::DeliveryColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 u"投递次数"_s);
        // The title is not doubled by the application name, dates follow the language,
        // computed labels ("(missing)") are redone, and the service's own words are marked.
        QCOMPARE(m_window->windowTitle(), u"Infrai 控制台"_s);
        QCOMPARE(QGuiApplication::applicationDisplayName(), m_window->windowTitle());
        QCOMPARE(browser->sinceEdit()->locale().language(), QLocale::Chinese);
        QVERIFY2(browser->sinceEdit()->text().startsWith(QString::number(browser->sinceEdit()->date().year())),
                 qPrintable(browser->sinceEdit()->text()));
        const QString refused =
            ApiError::fromHttp(409, R"({"error":{"code":"CONFLICT","message":"lease expired"}})", {}).message();
        QVERIFY2(refused.contains(u"“lease expired”（服务原文）"_s), qPrintable(refused));
        // ... and nothing was lost on the way.
        QCOMPARE(dialog->nameEdit()->text(), u"audit"_s);
        QCOMPARE(browser->searchEdit()->text(), u"gateway"_s);
        QCOMPARE(browser->model()->rowCount(), rows);
        QCOMPARE(inspector->pages()->currentWidget(), browser);

        QVERIFY(m_language.apply(u"en"_s));
        QTRY_COMPARE(dialog->windowTitle(), u"New queue"_s);
        QCOMPARE(inspector->pages()->tabText(QueueInspector::OverviewPage), u"Overview"_s);
        dialog->reject();
        browser->searchEdit()->clear();
        browser->applySearch();
    }

    void aQueueDeletedElsewhereIsMarkedInItsTab()
    {
        QCOMPARE(call("POST", u"/v1/queue/create"_s, {{u"name"_s, u"scratch"_s}}).status, 200);
        model()->refresh(model()->queuesIndex());
        QTRY_VERIFY(model()->queue(u"scratch"_s).has_value());
        QueueInspector *inspector = open(u"scratch"_s, QueueInspector::PublishTab);
        QVERIFY(inspector->publishPage()->isEnabled());
        QCOMPARE(call("DELETE", u"/v1/queue/delete/scratch"_s).status, 200);
        model()->refresh(model()->queuesIndex());
        QTRY_VERIFY(!model()->queue(u"scratch"_s).has_value());
        QCOMPARE(explorer()->inspector(u"scratch"_s), inspector); // still there to read
        QVERIFY(inspector->isDeleted());
        QVERIFY(!inspector->publishPage()->isEnabled());
        QVERIFY(inspector->findChild<QLabel *>(u"queueGone"_s)->isVisible());
        delete inspector;
    }

    void statsSlowDownWhileHidden()
    {
        QueueStatsHub *hub = explorer()->statsHub();
        QVERIFY(hub->isVisible());
        m_window->showMinimized();
        QTRY_VERIFY(!hub->isVisible());
        QCOMPARE(hub->backoffFactor(), QueueStatsHub::HiddenBackoff);
        m_window->showNormal();
        QTRY_VERIFY(hub->isVisible());
        QCOMPARE(hub->backoffFactor(), 1);
    }
};

QTEST_MAIN(QueueInspectorTest)
#include "tst_queue_inspector.moc"
