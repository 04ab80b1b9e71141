#include "OperationsDock.h"

#include "CopyFeedback.h"
#include "OperationsModel.h"
#include "ops/OperationTracker.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
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
      m_copy(new QPushButton(this)),
      m_pause(new QPushButton(this)),
      m_rate(new QPushButton(this)),
      m_cancel(new QPushButton(this))
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
    buttons->addWidget(m_pause);
    buttons->addWidget(m_rate);
    buttons->addWidget(m_cancel);
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
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (const auto control = selectedControl())
            control->setPaused(!control->isPaused());
        updateButtons();
    });
    connect(m_rate, &QPushButton::clicked, this, [this] {
        const auto control = selectedControl();
        if (!control)
            return;
        auto *ask = new QInputDialog(this);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        ask->setObjectName(u"jobRateDialog"_s);
        ask->setWindowTitle(tr("Rate"));
        ask->setLabelText(tr("Messages a second:"));
        ask->setInputMode(QInputDialog::IntInput);
        ask->setIntRange(1, 100000);
        ask->setIntValue(int(control->rate()));
        // Weakly held: the job may end while the dialog is open.
        connect(ask, &QInputDialog::intValueSelected, this,
                [weak = std::weak_ptr<OperationControl>(control)](int rate) {
                    if (const auto live = weak.lock())
                        live->setRate(rate);
                });
        ask->open();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (const auto control = selectedControl())
            control->cancel();
    });
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
    const auto control = selectedControl();
    for (QPushButton *button : {m_pause, m_rate, m_cancel})
        button->setVisible(control != nullptr);
    if (control) {
        m_pause->setText(control->isPaused() ? tr("Res&ume") : tr("&Pause"));
        m_rate->setText(tr("R&ate: %1/s…").arg(QLocale().toString(int(control->rate()))));
    }
}

std::shared_ptr<OperationControl> OperationsDock::selectedControl() const
{
    const int row = currentRow();
    if (row < 0 || row >= m_tracker->count() || !m_tracker->at(row).inFlight())
        return nullptr;
    return m_tracker->at(row).control.lock();
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
    m_cancel->setText(tr("&Cancel job"));
    m_pause->setToolTip(tr("Stop sending for now; the job goes on from where it stopped"));
    m_rate->setToolTip(tr("How many messages a second the job sends"));
    m_cancel->setToolTip(tr("Stop the job for good: what was moved stays moved"));
    m_model->retranslate();
    updateButtons(); // the tooltips
}

void OperationsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}
