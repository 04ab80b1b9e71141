#include "OperationsDock.h"

#include "CopyFeedback.h"
#include "OperationsModel.h"
#include "ops/OperationTracker.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

OperationsDock::OperationsDock(OperationTracker *tracker, QWidget *parent)
    : QDockWidget(parent),
      m_tracker(tracker),
      m_model(new OperationsModel(tracker, this)),
      m_view(new QTableView(this)),
      m_retry(new QPushButton(this)),
      m_copy(new QPushButton(this))
{
    setObjectName(u"operationsDock"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(22);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(OperationsModel::Message, QHeaderView::Stretch);
    m_view->setColumnWidth(OperationsModel::What, 300);
    m_view->setColumnWidth(OperationsModel::Profile, 120);
    m_view->setColumnWidth(OperationsModel::State, 130);
    auto *panel = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_retry);
    buttons->addWidget(m_copy);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    setWidget(panel);
    connect(m_retry, &QPushButton::clicked, this, [this] { retryRow(currentRow()); });
    connect(m_copy, &QPushButton::clicked, this, [this] { copyErrorOfRow(currentRow()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OperationsDock::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OperationsDock::updateButtons);
    // Newest entries stay in view.
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, &QTableView::scrollToBottom);
    retranslate();
    updateButtons();
}

int OperationsDock::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void OperationsDock::updateButtons()
{
    const int row = currentRow();
    const Operation *operation = row >= 0 && row < m_tracker->count() ? &m_tracker->at(row) : nullptr;
    const bool failed = operation && operation->state == Operation::State::Failed;
    // A retry that cannot help is not offered, and the button says why; one that is offered
    // shows at once (the entry goes back to pending).
    const QString blocked = failed ? OperationsModel::retryBlockedReason(*operation) : QString();
    m_retry->setEnabled(failed && OperationsModel::canRetry(*operation));
    m_retry->setToolTip(!blocked.isEmpty() ? blocked
                                           : tr("Send the same call again, with the same idempotency key, so the "
                                                "service does it at most once"));
    m_copy->setEnabled(failed);
}

void OperationsDock::retryRow(int row)
{
    if (row >= 0 && row < m_tracker->count() && OperationsModel::canRetry(m_tracker->at(row)))
        m_tracker->retry(m_tracker->at(row).id);
}

void OperationsDock::copyErrorOfRow(int row)
{
    if (row >= 0 && row < m_tracker->count())
        CopyFeedback::copy(m_copy, m_tracker->at(row).describe() + u'\n' + m_tracker->at(row).error.details());
}

void OperationsDock::retranslate()
{
    setWindowTitle(tr("Operations"));
    m_retry->setText(tr("&Retry"));
    m_copy->setText(tr("Copy &error"));
    m_model->retranslate();
    updateButtons(); // the tooltips
}

void OperationsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}
