#include "queue/DlqBrowser.h"

#include "AppearanceManager.h"
#include "queue/DlqTimelineChart.h"

#include "Confirm.h"
#include "CopyFeedback.h"
#include "LiveLabel.h"
#include "LoadProblemBanner.h"
#include "UniformRowTableView.h"
#include "queue/DlqFilterProxy.h"
#include "queue/DlqModel.h"
#include "queue/QueueActions.h"
#include "queue/QueueStatsHub.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

DlqBrowser::DlqBrowser(QueueActions *actions, QueueStatsHub *stats, const QueueRecord &record, QWidget *parent)
    : QWidget(parent),
      m_actions(actions),
      m_stats(stats),
      m_record(record),
      m_model(new DlqModel(this)),
      m_proxy(new DlqFilterProxy(m_model, this)),
      m_search(new QLineEdit(this)),
      m_mode(new QComboBox(this)),
      m_loadAll(new QPushButton(this)),
      m_stop(new QPushButton(this)),
      m_searchError(new LiveLabel(this)),
      m_groupPath(new QLineEdit(this)),
      m_groupButton(new QPushButton(this)),
      m_groups(new QTableWidget(this)),
      m_table(new UniformRowTableView(this)),
      m_payload(new QPlainTextEdit(this)),
      m_payloadMode(new QComboBox(this)),
      m_copy(new QPushButton(this)),
      m_redriveSelected(new QPushButton(this)),
      m_redriveMatching(new QPushButton(this)),
      m_since(new QDateTimeEdit(this)),
      m_redriveSince(new QPushButton(this)),
      m_redriveAll(new QPushButton(this)),
      m_rate(new QSpinBox(this)),
      m_timeline(new DlqTimelineChart(this)),
      m_clearTime(new QPushButton(this)),
      m_timelineSpan(new QLabel(this)),
      m_exportSelected(new QPushButton(this)),
      m_exportAll(new QPushButton(this)),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)),
      m_result(new LiveLabel(this)),
      m_loadBanner(new LoadProblemBanner(this)),
      m_groupLabel(new QLabel(this))
{
    setObjectName(u"dlqBrowser"_s);
    m_model->setQueue(actions->client(), record.name);
    m_search->setObjectName(u"dlqSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_mode->addItem(QString(), int(DlqModel::SearchMode::Text));
    m_mode->addItem(QString(), int(DlqModel::SearchMode::JsonPath));
    m_searchError->setObjectName(u"dlqSearchError"_s);
    AppearanceManager::setTextRole(m_searchError, SemanticColors::Role::Error);
    m_searchError->hide();
    m_stop->hide();
    m_groupPath->setText(u"$.error.code"_s);
    m_groupPath->setObjectName(u"groupPath"_s);
    m_groups->setColumnCount(2);
    m_groups->verticalHeader()->hide();
    m_groups->horizontalHeader()->setStretchLastSection(false);
    m_groups->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_groups->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groups->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Narrow: signatures are short, and the message table beside it needs the width.
    m_groups->setMinimumWidth(170);
    m_groups->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_groups->verticalHeader()->setDefaultSectionSize(m_groups->fontMetrics().height() + 6);
    m_table->setModel(m_proxy);
    m_table->setObjectName(u"dlqTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(DlqModel::IdColumn, 180);
    m_table->setColumnWidth(DlqModel::DeadLetteredColumn, 140);
    m_table->setColumnWidth(DlqModel::DeliveryColumn, 80);
    m_table->setColumnWidth(DlqModel::SourceColumn, 110);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_payload->setReadOnly(true);
    m_payload->setObjectName(u"payloadView"_s);
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payloadMode->addItem(QString(), 0);
    m_payloadMode->addItem(QString(), 1);
    m_since->setCalendarPopup(true);
    m_since->setDateTime(QDateTime::currentDateTime().addSecs(-3600));
    m_since->setObjectName(u"redriveSinceTime"_s);
    m_redriveSelected->setObjectName(u"redriveSelected"_s);
    m_redriveMatching->setObjectName(u"redriveMatching"_s);
    m_redriveMatching->hide();
    m_redriveSince->setObjectName(u"redriveSince"_s);
    m_redriveAll->setObjectName(u"redriveAll"_s);
    // The pace of a "redrive matching" job (as much as the consumers can take), remembered.
    m_rate->setObjectName(u"redriveRate"_s);
    m_rate->setRange(1, 100000);
    m_rate->setSingleStep(50);
    m_rate->setValue(QSettings().value(u"dlq/redriveRate"_s, 200).toInt());
    connect(m_rate, &QSpinBox::valueChanged, this, [](int rate) { QSettings().setValue(u"dlq/redriveRate"_s, rate); });
    m_progress->hide();
    m_result->setObjectName(u"dlqResult"_s);
    m_result->setWordWrap(true);
    m_status->setObjectName(u"dlqStatus"_s);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_mode);
    searchRow->addWidget(m_loadAll);
    searchRow->addWidget(m_stop);
    searchRow->addWidget(m_status);

    // The table over the open message on the left; failure signatures on the right.
    auto *messagePane = new QWidget(this);
    auto *messageLayout = new QVBoxLayout(messagePane);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    auto *payloadRow = new QHBoxLayout;
    payloadRow->addWidget(m_payloadMode);
    payloadRow->addStretch();
    payloadRow->addWidget(m_copy);
    messageLayout->addLayout(payloadRow);
    messageLayout->addWidget(m_payload, 1);
    m_clearTime->setObjectName(u"clearTimeRange"_s);
    m_clearTime->hide();
    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_table);
    left->addWidget(messagePane);
    // The list is what the operator scans: it gets most of the height.
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    m_payload->setMinimumHeight(m_payload->fontMetrics().lineSpacing() * 3);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *groupRow = new QHBoxLayout;
    groupRow->addWidget(m_groupLabel);
    groupRow->addWidget(m_groupButton);
    sideLayout->addLayout(groupRow);
    sideLayout->addWidget(m_groupPath);
    sideLayout->addWidget(m_groups, 1);
    // Under the kinds: when each of them failed; a bar narrows the list to its time.
    sideLayout->addWidget(m_timeline);
    sideLayout->addWidget(m_timelineSpan);
    sideLayout->addWidget(m_clearTime);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    side->setMaximumWidth(280);

    // Two short rows rather than one long one: the browser fits beside the tree at 1024 px.
    auto *redriveRow = new QHBoxLayout;
    redriveRow->addWidget(m_redriveSelected);
    redriveRow->addWidget(m_redriveMatching);
    redriveRow->addWidget(m_redriveAll);
    redriveRow->addWidget(m_rate);
    redriveRow->addStretch();
    auto *sinceRow = new QHBoxLayout;
    sinceRow->addWidget(m_since);
    sinceRow->addWidget(m_redriveSince);
    sinceRow->addStretch();
    sinceRow->addWidget(m_exportSelected);
    sinceRow->addWidget(m_exportAll);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_loadBanner);
    layout->addLayout(searchRow);
    layout->addWidget(m_searchError);
    layout->addWidget(splitter, 1);
    layout->addLayout(redriveRow);
    layout->addLayout(sinceRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(250);
    connect(m_search, &QLineEdit::textChanged, &m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &DlqBrowser::applySearch);
    connect(&m_searchDebounce, &QTimer::timeout, this, &DlqBrowser::applySearch);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        retranslate();
        applySearch();
    });
    connect(m_loadAll, &QPushButton::clicked, this, &DlqBrowser::loadAllMatching);
    connect(m_stop, &QPushButton::clicked, m_model, &DlqModel::stopLoading);
    connect(m_stop, &QPushButton::clicked, this, &DlqBrowser::cancelPendingRedrive);
    connect(m_groupButton, &QPushButton::clicked, this, &DlqBrowser::group);
    connect(m_groupPath, &QLineEdit::returnPressed, this, &DlqBrowser::group);
    connect(m_groups, &QTableWidget::cellActivated, this, [this](int row) {
        const QJsonValue value = m_groups->item(row, 0)->data(Qt::UserRole).toJsonValue();
        if (value.isUndefined())
            return;
        const QByteArray literal = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        m_mode->setCurrentIndex(1);
        m_search->setText(m_groupPath->text().trimmed() + u" == "_s +
                          QString::fromUtf8(literal.mid(1, literal.size() - 2)));
        applySearch();
    });
    connect(m_payloadMode, &QComboBox::currentIndexChanged, this, &DlqBrowser::showPayload);
    connect(m_copy, &QPushButton::clicked, this, [this] { CopyFeedback::copy(m_copy, m_payload->toPlainText()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DlqBrowser::showPayload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DlqBrowser::updateStatus);
    connect(m_table, &QWidget::customContextMenuRequested, this, &DlqBrowser::showContextMenu);
    connect(m_redriveSelected, &QPushButton::clicked, this, &DlqBrowser::redriveSelected);
    connect(m_redriveMatching, &QPushButton::clicked, this, &DlqBrowser::redriveMatching);
    connect(m_redriveSince, &QPushButton::clicked, this, &DlqBrowser::redriveSince);
    connect(m_redriveAll, &QPushButton::clicked, this, &DlqBrowser::redriveAll);
    connect(m_exportSelected, &QPushButton::clicked, this, &DlqBrowser::exportSelected);
    connect(m_exportAll, &QPushButton::clicked, this, &DlqBrowser::exportAll);
    connect(m_model, &DlqModel::pageLoaded, this, [this] {
        updateStatus();
        // The first page arrives grouped by the default signature and with a message open:
        // the usual first questions ("what failed, how?") answered without a click.
        if (m_groups->rowCount() == 0 && m_model->rowCount() > 0) {
            group();
            if (!m_table->selectionModel()->currentIndex().isValid())
                m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::NoUpdate);
        }
    });
    connect(m_model, &DlqModel::loadingChanged, this, [this](bool loading) {
        m_stop->setVisible(loading && m_model->isLoadingAll());
        updateStatus();
        if (!loading) {
            // Stopped (or loaded) with nothing failing: nothing left to retry.
            if (m_loadBanner->hasProblem() && !m_model->hasFailed())
                m_loadBanner->clearProblem();
            finishPendingExport();
            // Out of this signal (and the page callback under it) before asking anything.
            QTimer::singleShot(0, this, &DlqBrowser::finishPendingRedrive);
            if (m_groups->rowCount() > 0)
                m_regroup.start(); // counts for what is loaded now, once per load
        }
    });
    connect(m_model, &DlqModel::loadFailed, this, [this](const ApiError &error) {
        m_pendingExportPath.clear();
        m_pendingRedrive = false;
        // What was loaded stays; the banner says what failed and tries again by itself.
        m_loadBanner->showProblem(error);
    });
    connect(m_model, &DlqModel::pageLoaded, m_loadBanner, &LoadProblemBanner::clearProblem);
    connect(m_loadBanner, &LoadProblemBanner::retryRequested, this, [this] {
        if (m_model->hasFailed())
            m_model->retryFailedLoad();
        else if (!m_model->isLoading())
            m_loadBanner->clearProblem(); // loaded again meanwhile (a reload)
    });
    connect(m_model, &DlqModel::searchChanged, this, [this] {
        // A pending "redrive matching" was for the search it was asked with.
        if (m_pendingRedrive && (m_model->searchText() != m_pendingRedriveSearch || !m_model->isSearching()))
            cancelPendingRedrive();
        updateStatus();
    });
    // What is shown follows the list: the payload of a message that left it goes, and the
    // group counts are redone (after a redrive, new dead letters, a reload).
    m_regroup.setSingleShot(true);
    m_regroup.setInterval(200);
    connect(&m_regroup, &QTimer::timeout, this, [this] {
        if (m_groups->rowCount() > 0)
            group();
    });
    // Redrives and reloads change the list outside a load: regroup then (a load regroups
    // once when it ends), and drop the payload of a message that left.
    auto listChanged = [this] {
        if (!m_model->isLoading() && m_groups->rowCount() > 0)
            m_regroup.start();
        if (m_shownPayloadId != currentMessageId())
            showPayload();
    };
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, listChanged);
    // The timeline follows what is loaded, searched and redriven (a moment later, once).
    m_timelineDebounce.setSingleShot(true);
    m_timelineDebounce.setInterval(200);
    connect(&m_timelineDebounce, &QTimer::timeout, this, &DlqBrowser::refreshTimeline);
    auto timelineStale = [this] { m_timelineDebounce.start(); };
    connect(m_model, &DlqModel::pageLoaded, this, timelineStale);
    connect(m_model, &DlqModel::searchChanged, this, timelineStale);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, timelineStale);
    connect(m_model, &QAbstractItemModel::modelReset, this, timelineStale);
    connect(m_timeline, &DlqTimelineChart::bucketChosen, this, [this](qint64 from, qint64 to) {
        m_model->setTimeRange(from, to);
        updateTimeRangeButton();
    });
    connect(m_clearTime, &QPushButton::clicked, this, [this] {
        m_model->clearTimeRange();
        updateTimeRangeButton();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, listChanged);
    connect(stats, &QueueStatsHub::statsUpdated, this, [this](const QueueStats &stats) {
        if (stats.queue != m_record.name)
            return;
        // Everything was loaded and the DLQ has changed since (new dead letters, or another
        // client redrove some): start over from the first page. Not during our own redrive,
        // which keeps the table in step by itself.
        const bool redriving = m_redriveOperation && m_progress->isVisible();
        if (m_model->isComplete() && !m_model->isLoading() && !redriving && stats.dlq != m_model->rowCount()) {
            m_model->reload();
            if (isVisible())
                m_model->fetchMore({});
        }
        updateStatus();
    });
    connect(actions, &QueueActions::messagesRedriven, this, [this](const QString &queue, const QStringList &ids) {
        if (queue == m_record.name)
            dropRedriven(QSet<QString>(ids.begin(), ids.end()));
    });
    connect(actions, &QueueActions::deadLettersRedriven, this, [this](const QString &queue) {
        if (queue != m_record.name)
            return;
        m_model->reload();
        m_model->fetchMore({});
    });
    connect(actions, &QueueActions::batchProgress, this, [this](int operation, int done, int total) {
        if (operation != m_redriveOperation)
            return;
        m_progress->setMaximum(std::max(total, done));
        m_progress->setValue(done);
    });
    connect(actions->tracker(), &OperationTracker::changed, this, [this](int row) {
        const Operation &operation = m_actions->tracker()->at(row);
        if (operation.id != m_redriveOperation)
            return;
        if (operation.inFlight()) { // a job reports its progress through its entry
            m_progress->setMaximum(std::max(operation.count, operation.progressDone));
            m_progress->setValue(operation.progressDone);
            return;
        }
        m_progress->hide();
        const Operation done = operation;
        if (done.state == Operation::State::Failed)
            m_result->showText(
                [done] {
                    return tr("Redrive stopped: %1 Retry it from the Operations dock; messages already moved are "
                              "not moved twice.")
                        .arg(done.error.message());
                },
                LiveLabel::Tone::Error);
        else
            m_result->showTransient(
                [done, queue = m_record.name] { return tr("Done: %1 to %2.").arg(done.resultText(), queue); },
                LiveLabel::Tone::Normal);
    });
    retranslate();
    updateStatus();
}

void DlqBrowser::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    if (!m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->selectRow(index.row());
    // The menu runs a nested event loop in which a stats tick may reload the model: take
    // everything the actions work on now, never row numbers.
    const int row = m_proxy->mapToSource(index).row();
    const QString id = m_model->messageId(row);
    const QString payload = QString::fromUtf8(QJsonDocument(m_model->payload(row)).toJson(QJsonDocument::Indented));
    const QDateTime deadLettered = m_model->deadLetteredAt(row);
    const QStringList ids = selectedMessageIds();
    const QList<QByteArray> lines = selectedExportLines();
    const QPoint at = m_table->viewport()->mapToGlobal(pos);
    QMenu menu(this);
    menu.addAction(tr("Redrive %n message(s)…", nullptr, int(ids.size())), this, [this, ids] { redriveMessages(ids); });
    menu.addAction(tr("Export %n message(s)…", nullptr, int(ids.size())), this, [this, lines] { exportLines(lines); });
    menu.addSeparator();
    menu.addAction(tr("Copy message id"), this, [this, id, at] { CopyFeedback::copyNear(m_table, id, at); });
    menu.addAction(tr("Copy payload"), this, [this, payload, at] { CopyFeedback::copyNear(m_table, payload, at); });
    //: Fills "Redrive since" with this message's dead-lettering time.
    menu.addAction(tr("Redrive since this one…"), this, [this, deadLettered] {
        m_since->setDateTime(deadLettered);
        redriveSince();
    });
    menu.exec(at);
}

void DlqBrowser::activate()
{
    if (m_model->rowCount() == 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void DlqBrowser::applySearch()
{
    m_searchDebounce.stop();
    QString error;
    const auto mode = DlqModel::SearchMode(m_mode->currentData().toInt());
    if (!m_model->setSearch(mode, m_search->text(), &error)) {
        // A search that cannot run matches nothing to act on: drop the last one's count.
        m_model->setSearch(mode, QString(), nullptr);
        updateStatus();
        m_searchError->setTextFunction([text = m_search->text()] {
            QString why;
            JsonPathFilter::parse(text, &why);
            return why;
        });
        m_searchError->show();
        return;
    }
    m_searchError->hide();
    updateStatus();
}

void DlqBrowser::loadAllMatching()
{
    m_model->loadAll();
    m_stop->setVisible(m_model->isLoading());
}

void DlqBrowser::refreshTimeline()
{
    // Stacked by the grouping path (the failure kind), or by nothing when it does not parse.
    const std::optional<JsonPath> path = JsonPath::parse(m_groupPath->text());
    m_timeline->setTimeline(m_model->timeline(path ? *path : *JsonPath::parse(u"$"_s), DlqTimelineChart::Buckets,
                                              DlqTimelineChart::Series));
    m_timelineSpan->setText(m_timeline->spanText());
}

void DlqBrowser::updateTimeRangeButton()
{
    m_clearTime->setVisible(m_model->hasTimeRange());
    if (!m_model->hasTimeRange())
        return;
    const auto [from, to] = m_model->timeRange();
    const QLocale locale;
    m_clearTime->setText(tr("Only %1 – %2  ✕")
                             .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(from), QLocale::ShortFormat),
                                  locale.toString(QDateTime::fromMSecsSinceEpoch(to).time(), QLocale::ShortFormat)));
    m_clearTime->setToolTip(tr("Show every time again"));
}

void DlqBrowser::group()
{
    QString error;
    const std::optional<JsonPath> path = JsonPath::parse(m_groupPath->text(), &error);
    m_groups->setRowCount(0);
    if (!path) {
        m_searchError->setTextFunction([text = m_groupPath->text()] {
            QString why;
            JsonPath::parse(text, &why);
            return why;
        });
        m_searchError->show();
        return;
    }
    const QList<DlqModel::Group> groups = m_model->groupBy(*path);
    refreshTimeline();
    m_groups->setRowCount(int(groups.size()));
    const QLocale locale;
    for (int row = 0; row < groups.size(); ++row) {
        auto *label = new QTableWidgetItem(groups[row].label);
        label->setData(Qt::UserRole, QVariant::fromValue(groups[row].value));
        label->setToolTip(tr("Double-click to show only these"));
        auto *count = new QTableWidgetItem(locale.toString(groups[row].count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (const QColor colour = m_timeline->seriesColor(groups[row].label); colour.isValid())
            label->setData(Qt::DecorationRole, colour); // the key to the timeline's colours
        m_groups->setItem(row, 0, label);
        m_groups->setItem(row, 1, count);
    }
}

QList<int> DlqBrowser::selectedSourceRows() const
{
    return m_proxy->sourceRows(m_table->selectionModel()->selectedRows());
}

QStringList DlqBrowser::selectedMessageIds() const
{
    QStringList ids;
    for (int row : selectedSourceRows())
        ids << m_model->messageId(row);
    return ids;
}

QList<QByteArray> DlqBrowser::selectedExportLines() const
{
    QList<QByteArray> lines;
    for (int row : selectedSourceRows())
        lines << m_model->exportLine(row);
    return lines;
}

void DlqBrowser::selectSourceRows(const QList<int> &rows)
{
    // Consecutive rows as one range: a selection of many single-row ranges costs every
    // later selection change a pass over all of them.
    QList<int> proxyRows;
    for (int row : rows)
        if (const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0)); index.isValid())
            proxyRows << index.row();
    std::sort(proxyRows.begin(), proxyRows.end());
    QItemSelection selection;
    for (qsizetype i = 0; i < proxyRows.size();) {
        qsizetype end = i;
        while (end + 1 < proxyRows.size() && proxyRows[end + 1] <= proxyRows[end] + 1)
            ++end;
        selection.select(m_proxy->index(proxyRows[i], 0), m_proxy->index(proxyRows[end], 0));
        i = end + 1;
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void DlqBrowser::dropRedriven(const QSet<QString> &ids)
{
    // A job's batch leaves scattered rows, which the model drops in one pass under a reset
    // (one removal per row would cost more than the batch took to send). The operator's
    // place is carried across by row arithmetic, not lost twice a second while a job runs.
    const Place before = place();
    m_carryingPlace = true;
    const std::vector<size_t> removed = m_model->removeMessages(ids);
    if (!removed.empty())
        restorePlace(before, removed);
    m_carryingPlace = false;
    // The same message open: its payload stays as it was, scrolled where it was.
    if (m_shownPayloadId != currentMessageId())
        showPayload();
    // A reset clears a selection without a signal.
    updateStatus();
}

DlqBrowser::Place DlqBrowser::place() const
{
    Place place;
    if (const int top = m_table->rowAt(0); top >= 0) {
        place.topRow = m_proxy->mapToSource(m_proxy->index(top, 0)).row();
        place.topOffset = m_table->verticalScrollBar()->value() - top * m_table->rowHeight();
    }
    if (const QModelIndex current = m_table->selectionModel()->currentIndex(); current.isValid()) {
        place.currentRow = m_proxy->mapToSource(current).row();
        place.currentColumn = current.column();
    }
    // The selection as stretches of rows, by the source rows at their ends: a million rows
    // selected cost what one does.
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
        place.selected.push_back({m_proxy->mapToSource(m_proxy->index(range.top(), 0)).row(),
                                  m_proxy->mapToSource(m_proxy->index(range.bottom(), 0)).row()});
    return place;
}

void DlqBrowser::restorePlace(const Place &place, const std::vector<size_t> &removed)
{
    if (m_proxy->rowCount() == 0)
        return;
    // A stretch keeps the rows of it still shown: from the first one left at or after its
    // first row to the last one left at or before its last row.
    QItemSelection selection;
    for (const auto &[first, last] : place.selected) {
        const int top = m_proxy->firstRowAtOrAfter(DlqModel::rowAfterRemoval(first, removed));
        const int bottom = m_proxy->firstRowAtOrAfter(DlqModel::rowAfterRemoval(last + 1, removed)) - 1;
        if (top <= bottom)
            selection.append(QItemSelectionRange(m_proxy->index(top, 0), m_proxy->index(bottom, 0)));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // The message open stays open; if it left, the one after it opens.
    if (place.currentRow >= 0) {
        const int row = m_proxy->rowAtOrAfter(DlqModel::rowAfterRemoval(place.currentRow, removed));
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(row, place.currentColumn),
                                                   QItemSelectionModel::NoUpdate);
    }
    // Last, so that opening the current message does not scroll the list away.
    if (place.topRow >= 0) {
        const int row = m_proxy->rowAtOrAfter(DlqModel::rowAfterRemoval(place.topRow, removed));
        m_table->verticalScrollBar()->setValue(row * m_table->rowHeight() + place.topOffset);
    }
}

void DlqBrowser::showPayload()
{
    if (m_carryingPlace)
        return;
    m_shownPayloadId = currentMessageId();
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_payload->clear();
        return;
    }
    const int row = m_proxy->mapToSource(current).row();
    if (m_payloadMode->currentIndex() == 0)
        m_payload->setPlainText(
            QString::fromUtf8(QJsonDocument(m_model->payload(row)).toJson(QJsonDocument::Indented)));
    else
        m_payload->setPlainText(QString::fromUtf8(m_model->exportLine(row)).trimmed());
}

DlqBrowser::Preview DlqBrowser::previewSince(const QDateTime &since) const
{
    Preview preview;
    preview.count = m_model->countDeadLetteredSince(since);
    // Oldest first: unloaded pages hold newer messages, which the redrive moves too.
    preview.exact = m_model->isComplete();
    return preview;
}

DlqBrowser::Preview DlqBrowser::previewAll() const
{
    if (m_model->isComplete())
        return {m_model->rowCount(), true};
    if (const std::optional<QueueStats> stats = m_stats->latest(m_record.name))
        return {std::max<qint64>(stats->dlq, m_model->rowCount()), true};
    return {m_model->rowCount(), false};
}

bool DlqBrowser::confirmRedrive(const QString &what)
{
    return Confirm::ask(
        this, tr("Redrive"),
        what + u"\n\n"_s +
            tr("They return to %1 as new messages: same id, delivery count reset to 0.").arg(m_record.name));
}

void DlqBrowser::watchRedrive(int operation)
{
    m_redriveOperation = operation;
    m_progress->setRange(0, std::max(1, m_actions->tracker()->at(m_actions->tracker()->rowOf(operation)).count));
    m_progress->setValue(0);
    m_progress->show();
    m_result->showText([] { return tr("Redriving…"); }, LiveLabel::Tone::Normal);
}

void DlqBrowser::redriveSelected()
{
    // Ids now: the confirmation is a nested event loop and the rows may change under it.
    redriveMessages(selectedMessageIds());
}

void DlqBrowser::redriveMessages(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    if (!confirmRedrive(tr("Redrive %n selected message(s)?", nullptr, int(ids.size()))))
        return;
    watchRedrive(m_actions->redriveMessages(m_record.name, ids));
}

QList<int> DlqBrowser::visibleSourceRows() const
{
    QList<int> rows;
    rows.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows << m_proxy->mapToSource(m_proxy->index(row, 0)).row();
    return rows;
}

QStringList DlqBrowser::matchingMessageIds() const
{
    QStringList ids;
    for (int row : visibleSourceRows())
        ids << m_model->messageId(row);
    return ids;
}

void DlqBrowser::cancelPendingRedrive()
{
    if (!m_pendingRedrive)
        return;
    m_pendingRedrive = false;
    m_result->clearText();
}

QString DlqBrowser::currentMessageId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->messageId(m_proxy->mapToSource(current).row()) : QString();
}

void DlqBrowser::redriveMatching()
{
    if (!m_model->isSearching())
        return;
    // Exactly what matches: the rest of the DLQ is loaded (and searched) first, so the count
    // is said before anything moves.
    m_pendingRedrive = true;
    m_pendingRedriveSearch = m_model->searchText();
    if (m_model->isComplete() && !m_model->isLoading())
        return finishPendingRedrive();
    m_result->showText([] { return tr("Loading all dead letters to find every match…"); }, LiveLabel::Tone::Normal);
    m_model->loadAll();
}

void DlqBrowser::finishPendingRedrive()
{
    if (!m_pendingRedrive || !m_model->isComplete() || m_model->isLoading())
        return;
    m_pendingRedrive = false;
    if (!m_model->isSearching() || m_model->searchText() != m_pendingRedriveSearch)
        return;                                   // the search changed meanwhile: nothing is redriven on a guess
    const QStringList ids = matchingMessageIds(); // before the confirmation's nested loop
    if (ids.isEmpty())
        return m_result->showText([] { return tr("Nothing matches the search."); }, LiveLabel::Tone::Error);
    if (!confirmRedrive(tr("Redrive the %n message(s) matching the search, %1 a second?", nullptr, int(ids.size()))
                            .arg(QLocale().toString(m_rate->value()))))
        return;
    // A job: paced, steerable from the Operations dock, and resumed after a crash.
    if (const int job = m_actions->startRedriveJob(m_record.name, ids, m_rate->value()))
        watchRedrive(job);
    else
        m_result->showText([] { return tr("The redrive could not start: its journal cannot be written."); },
                           LiveLabel::Tone::Error);
}

void DlqBrowser::redriveSince()
{
    const QDateTime since = m_since->dateTime();
    const Preview preview = previewSince(since);
    const QString when = QLocale().toString(since, QLocale::ShortFormat);
    const QString what =
        preview.exact ? tr("Redrive the %n message(s) dead-lettered since %1?", nullptr, int(preview.count)).arg(when)
                      : tr("Redrive everything dead-lettered since %1: at least %n message(s) (not all are loaded)?",
                           nullptr, int(preview.count))
                            .arg(when);
    if (!confirmRedrive(what))
        return;
    watchRedrive(m_actions->redriveBulk(m_record.name, since, int(preview.count)));
}

void DlqBrowser::redriveAll()
{
    const Preview preview = previewAll();
    const QString what = preview.exact ? tr("Redrive all %n dead letter(s)?", nullptr, int(preview.count))
                                       : tr("Redrive all dead letters, at least %n?", nullptr, int(preview.count));
    if (!confirmRedrive(what))
        return;
    watchRedrive(m_actions->redriveBulk(m_record.name, QDateTime(), int(preview.count)));
}

bool DlqBrowser::exportTo(const QString &path, const std::function<qint64(QIODevice &)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        const QString reason = file.errorString();
        m_result->showText([=] { return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason); },
                           LiveLabel::Tone::Error);
        return false;
    }
    const qint64 written = write(file);
    if (!file.commit()) {
        const QString reason = file.errorString();
        m_result->showText([=] { return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason); },
                           LiveLabel::Tone::Error);
        return false;
    }
    m_result->showTransient(
        [=] { return tr("Exported %n message(s) to %1.", nullptr, int(written)).arg(QDir::toNativeSeparators(path)); },
        LiveLabel::Tone::Normal);
    return true;
}

void DlqBrowser::exportSelected()
{
    // The lines now: the file dialog is a nested event loop and the rows may change under it.
    exportLines(selectedExportLines());
}

void DlqBrowser::exportLines(const QList<QByteArray> &lines)
{
    if (lines.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export selected dead letters"), m_record.name + u"-dead-letters.jsonl"_s, tr("JSON Lines (*.jsonl)"));
    if (!path.isEmpty())
        exportLinesTo(path, lines);
}

bool DlqBrowser::exportLinesTo(const QString &path, const QList<QByteArray> &lines)
{
    return exportTo(path, [&lines](QIODevice &file) {
        for (const QByteArray &line : lines)
            file.write(line);
        return qint64(lines.size());
    });
}

void DlqBrowser::exportAll()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export dead letters"), m_record.name + u"-dead-letters.jsonl"_s, tr("JSON Lines (*.jsonl)"));
    if (path.isEmpty())
        return;
    // All that match the search (or all): load the rest first, then write.
    m_pendingExportPath = path;
    if (m_model->isComplete() && !m_model->isLoading())
        return finishPendingExport();
    m_result->showText([] { return tr("Loading all dead letters before exporting…"); }, LiveLabel::Tone::Normal);
    m_model->loadAll();
}

void DlqBrowser::finishPendingExport()
{
    if (m_pendingExportPath.isEmpty() || !m_model->isComplete())
        return;
    const QString path = std::exchange(m_pendingExportPath, QString());
    const QList<int> rows = visibleSourceRows();
    if (rows.isEmpty())
        return m_result->showText([] { return tr("Nothing to export."); }, LiveLabel::Tone::Error);
    exportTo(path, [this, &rows](QIODevice &file) {
        for (int row : rows)
            file.write(m_model->exportLine(row));
        return qint64(rows.size());
    });
}

void DlqBrowser::updateStatus()
{
    const QLocale locale;
    const std::optional<QueueStats> stats = m_stats->latest(m_record.name);
    QString text = stats && !m_model->isComplete()
                       ? tr("%1 of %2 loaded").arg(locale.toString(m_model->rowCount()), locale.toString(stats->dlq))
                       : tr("%1 loaded").arg(locale.toString(m_model->rowCount()));
    if (m_model->isLoading())
        text += u" · "_s + tr("loading…");
    if (m_model->isSearching())
        text += u" · "_s + tr("%n match(es)", nullptr, m_model->matchCount());
    const int selected = m_table->selectedRowCount();
    if (selected > 0)
        text += u" · "_s + tr("%n selected", nullptr, selected);
    m_status->setText(text);
    m_redriveSelected->setEnabled(selected > 0);
    m_exportSelected->setEnabled(selected > 0);
    updateScopeLabels();
    m_loadAll->setEnabled(!m_model->isComplete() && !m_model->isLoadingAll());
    m_loadAll->setText(m_model->isSearching() ? tr("Load all matching") : tr("Load all"));
}

void DlqBrowser::retranslate()
{
    m_mode->setItemText(0, tr("Text"));
    m_mode->setItemText(1, tr("JSON path"));
    m_search->setPlaceholderText(m_mode->currentIndex() == 0 ? tr("Search loaded payloads and ids")
                                                             : tr("e.g. $.error.code == \"TIMEOUT\""));
    m_stop->setText(tr("Stop"));
    //: Pace of a redrive job: messages a second.
    m_rate->setSuffix(tr(" /s"));
    m_rate->setToolTip(tr("Messages a second for “Redrive matching” (a job you can pause, re-rate or cancel in "
                          "Operations)"));
    m_groupLabel->setText(tr("Group by:"));
    m_groupButton->setText(tr("Group"));
    m_groups->setHorizontalHeaderLabels({tr("Value"), tr("Count")});
    if (m_groups->rowCount() > 0)
        group(); // labels such as "(missing)" in the new language
    m_payloadMode->setItemText(0, tr("Payload, pretty"));
    m_payloadMode->setItemText(1, tr("Message, raw"));
    m_copy->setText(tr("Copy"));
    updateStatus();
}

void DlqBrowser::updateScopeLabels()
{
    // Every bulk action names its scope and count: selected, matching the search, or the
    // whole DLQ (which a search does not narrow, and says so).
    const QLocale locale;
    const int selected = m_table->selectedRowCount();
    const bool searching = m_model->isSearching();
    m_redriveSelected->setText(selected > 0 ? tr("Redrive %n selected", nullptr, selected) : tr("Redrive selected"));
    m_exportSelected->setText(selected > 0 ? tr("Export %n selected…", nullptr, selected) : tr("Export selected…"));
    m_redriveMatching->setVisible(searching);
    const int matches = m_model->matchCount();
    m_redriveMatching->setText(m_model->isComplete() ? tr("Redrive %n matching…", nullptr, matches)
                                                     : tr("Redrive all matching…"));
    m_redriveMatching->setToolTip(m_model->isComplete()
                                      ? QString()
                                      : tr("%n match(es) among the loaded dead letters; the rest of the DLQ is loaded "
                                           "and searched first, and the count is shown before anything moves.",
                                           nullptr, matches));
    const Preview all = previewAll();
    const QString count = all.exact ? locale.toString(all.count) : tr("%1+").arg(locale.toString(all.count));
    //: Redrive = move dead letters back to their source queue (重投递).
    m_redriveAll->setText(searching ? tr("Redrive all %1 — ignores the search…").arg(count)
                                    : tr("Redrive all %1…").arg(count));
    m_redriveSince->setText(searching ? tr("Redrive since — ignores the search") : tr("Redrive since"));
    m_exportAll->setText(
        searching ? (m_model->isComplete() ? tr("Export %n matching…", nullptr, matches) : tr("Export all matching…"))
                  : tr("Export all %1…").arg(count));
}

void DlqBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
