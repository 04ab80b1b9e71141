#include "RequestLogDock.h"

#include "CopyFeedback.h"
#include "RequestLogFilterProxy.h"
#include "RequestLogModel.h"
#include "api/RequestLog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <iterator>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace {

using StatusFilter = RequestLogFilterProxy::StatusFilter;

// The status box's entries in order; their texts are set (and reset) by retranslate().
constexpr StatusFilter statusFilters[] = {StatusFilter::All,         StatusFilter::Success, StatusFilter::ClientError,
                                          StatusFilter::ServerError, StatusFilter::Failed,  StatusFilter::NoAnswer};

// HTTP verbs are protocol words, shown as they are sent.
const char *const methods[] = {"GET", "POST", "PUT", "PATCH", "DELETE"};

} // namespace

RequestLogDock::RequestLogDock(RequestLog *log, QWidget *parent)
    : QDockWidget(parent),
      m_model(new RequestLogModel(log, this)),
      m_filter(new RequestLogFilterProxy(this)),
      m_view(new QTableView),
      m_methodBox(new QComboBox),
      m_statusBox(new QComboBox),
      m_pathEdit(new QLineEdit),
      m_hidePollingBox(new QCheckBox),
      m_hiddenPollingLabel(new QLabel)
{
    setObjectName(u"requestLogDock"_s);
    m_filter->setSourceModel(m_model);

    m_methodBox->setObjectName(u"requestLogMethod"_s);
    m_methodBox->addItem(QString(), QString()); // "All", named by retranslate()
    for (const char *method : methods)
        m_methodBox->addItem(QString::fromLatin1(method), QString::fromLatin1(method));
    m_methodBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_methodBox, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setMethodFilter(m_methodBox->currentData().toString()); });

    m_statusBox->setObjectName(u"requestLogStatus"_s);
    for (StatusFilter filter : statusFilters)
        m_statusBox->addItem(QString(), QVariant::fromValue(int(filter)));
    m_statusBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_statusBox, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatusFilter(StatusFilter(m_statusBox->currentData().toInt())); });

    m_pathEdit->setObjectName(u"requestLogPath"_s);
    m_pathEdit->setClearButtonEnabled(true);
    connect(m_pathEdit, &QLineEdit::textChanged, m_filter, &RequestLogFilterProxy::setPathFilter);

    m_hidePollingBox->setObjectName(u"requestLogHidePolling"_s);
    m_hidePollingBox->setChecked(m_filter->hidesPolling());
    connect(m_hidePollingBox, &QCheckBox::toggled, this, [this](bool hide) {
        m_filter->setHidePolling(hide);
        updateHiddenPollingLabel();
    });
    m_hiddenPollingLabel->setObjectName(u"requestLogHiddenPolling"_s);
    m_hiddenPollingLabel->setForegroundRole(QPalette::PlaceholderText);
    connect(m_filter, &RequestLogFilterProxy::hiddenPollingCountChanged, this,
            &RequestLogDock::updateHiddenPollingLabel);

    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(22);
    m_view->horizontalHeader()->setSectionResizeMode(RequestLogModel::Url, QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setColumnWidth(RequestLogModel::Time, 100);
    m_view->setColumnWidth(RequestLogModel::Profile, 110);
    m_view->setColumnWidth(RequestLogModel::Method, 70);
    m_view->setColumnWidth(RequestLogModel::Status, 150);
    m_view->setColumnWidth(RequestLogModel::Duration, 80);
    m_view->setColumnWidth(RequestLogModel::RequestId, 200);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        // The menu's loop may let the log grow (and drop old rows): take the texts now.
        const QString curl = index.siblingAtColumn(0).data(RequestLogModel::CurlRole).toString();
        const QString requestId = index.siblingAtColumn(RequestLogModel::RequestId).data().toString();
        const QPoint at = m_view->viewport()->mapToGlobal(pos);
        QMenu menu(this);
        menu.addAction(tr("Copy as curl"), this, [this, curl, at] { CopyFeedback::copyNear(m_view, curl, at); });
        menu.addAction(tr("Copy request ID"), this,
                       [this, requestId, at] { CopyFeedback::copyNear(m_view, requestId, at); })
            ->setEnabled(!requestId.isEmpty()); // calls that got no answer have none
        menu.exec(at);
    });
    // Follow the newest entry unless the user scrolled up to read.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_view->verticalScrollBar()->value() >= m_view->verticalScrollBar()->maximum() - 30)
            m_view->scrollToBottom();
    });

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(4, 4, 4, 0);
    filters->addWidget(m_methodBox);
    filters->addWidget(m_statusBox);
    filters->addWidget(m_pathEdit, 1);
    filters->addWidget(m_hidePollingBox);
    filters->addWidget(m_hiddenPollingLabel);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    setWidget(content);
    retranslate();
}

void RequestLogDock::copyCurl(int row) const
{
    const QModelIndex index = m_filter->index(row, 0);
    const QRect rowRect = m_view->visualRect(index.siblingAtColumn(RequestLogModel::Url));
    CopyFeedback::copyNear(m_view, index.data(RequestLogModel::CurlRole).toString(),
                           rowRect.isValid() ? m_view->viewport()->mapToGlobal(rowRect.center()) : QPoint());
}

void RequestLogDock::updateHiddenPollingLabel()
{
    const int hidden = m_filter->hiddenPollingCount();
    m_hiddenPollingLabel->setVisible(m_filter->hidesPolling() && hidden > 0);
    m_hiddenPollingLabel->setText(tr("%n polling call(s) hidden", nullptr, hidden));
}

void RequestLogDock::retranslate()
{
    setWindowTitle(tr("Request log"));
    m_methodBox->setItemText(0, tr("All methods"));
    m_methodBox->setToolTip(tr("Show only calls with this HTTP method"));
    const QString statusTexts[] = {tr("All statuses"),     tr("2xx success"), tr("4xx client error"),
                                   tr("5xx server error"), tr("Any error"),   tr("No answer")};
    static_assert(std::extent_v<decltype(statusTexts)> == std::size(statusFilters));
    for (int i = 0; i < int(std::size(statusTexts)); ++i)
        m_statusBox->setItemText(i, statusTexts[i]);
    m_statusBox->setToolTip(tr("Show only calls that ended this way; \"No answer\" is a network failure, "
                               "a timeout or a cancelled call"));
    m_pathEdit->setPlaceholderText(tr("Filter by path…"));
    m_hidePollingBox->setText(tr("Hide polling"));
    m_hidePollingBox->setToolTip(tr("Leave out the calls the console repeats on a timer (queue figures, "
                                    "resources being provisioned)"));
    updateHiddenPollingLabel();
    m_model->retranslate();
}

void RequestLogDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}
