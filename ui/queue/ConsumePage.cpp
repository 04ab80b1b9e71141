#include "queue/ConsumePage.h"

#include "AppearanceManager.h"
#include "Confirm.h"
#include "queue/LeasedMessagesModel.h"
#include "queue/QueueActions.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

ConsumePage::ConsumePage(QueueActions *actions, const QueueRecord &record, QWidget *parent)
    : QWidget(parent),
      m_actions(actions),
      m_record(record),
      m_leased(new LeasedMessagesModel(this)),
      m_max(new QSpinBox(this)),
      m_lease(new QSpinBox(this)),
      m_receive(new QPushButton(this)),
      m_table(new QTableView(this)),
      m_ack(new QPushButton(this)),
      m_requeue(new QPushButton(this)),
      m_toDlq(new QPushButton(this)),
      m_impact(new LiveLabel(this)),
      m_ackImpact(new LiveLabel(this)),
      m_requeueImpact(new LiveLabel(this)),
      m_toDlqImpact(new LiveLabel(this)),
      m_note(new QLabel(this)),
      m_maxLabel(new QLabel(this)),
      m_leaseLabel(new QLabel(this))
{
    setObjectName(u"consumePage"_s);
    m_max->setRange(1, 100);
    m_max->setValue(10);
    m_lease->setRange(1, 43200);
    m_receive->setObjectName(u"receive"_s);
    m_ack->setObjectName(u"ack"_s);
    m_requeue->setObjectName(u"requeue"_s);
    m_toDlq->setObjectName(u"deadLetter"_s);
    m_impact->setObjectName(u"consumeImpact"_s);
    m_impact->setWordWrap(true);
    for (LiveLabel *impact : {m_ackImpact, m_requeueImpact, m_toDlqImpact}) {
        impact->setWordWrap(true);
        AppearanceManager::setTextRole(impact, SemanticColors::Role::Muted);
    }
    m_ackImpact->setObjectName(u"ackImpact"_s);
    m_requeueImpact->setObjectName(u"requeueImpact"_s);
    m_toDlqImpact->setObjectName(u"deadLetterImpact"_s);
    m_note->setWordWrap(true);
    AppearanceManager::setTextRole(m_note, SemanticColors::Role::Muted);
    m_table->setModel(m_leased);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(LeasedMessagesModel::IdColumn, 200);
    m_table->setColumnWidth(LeasedMessagesModel::LeaseColumn, 110);

    auto *top = new QHBoxLayout;
    top->addWidget(m_maxLabel);
    top->addWidget(m_max);
    top->addSpacing(12);
    top->addWidget(m_leaseLabel);
    top->addWidget(m_lease);
    top->addWidget(m_receive);
    top->addStretch();
    // Each action with what it will do to the selection, side by side.
    auto *bottom = new QGridLayout;
    int row = 0;
    for (auto [button, impact] :
         {std::pair{m_ack, m_ackImpact}, std::pair{m_requeue, m_requeueImpact}, std::pair{m_toDlq, m_toDlqImpact}}) {
        bottom->addWidget(button, row, 0);
        bottom->addWidget(impact, row++, 1);
    }
    bottom->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_impact);
    layout->addLayout(bottom);

    connect(m_receive, &QPushButton::clicked, this, &ConsumePage::receive);
    connect(m_ack, &QPushButton::clicked, this, &ConsumePage::acknowledgeSelected);
    connect(m_requeue, &QPushButton::clicked, this, &ConsumePage::requeueSelected);
    connect(m_toDlq, &QPushButton::clicked, this, &ConsumePage::deadLetterSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConsumePage::updateImpact);
    connect(m_leased, &QAbstractItemModel::rowsRemoved, this, &ConsumePage::updateImpact);
    connect(m_leased, &LeasedMessagesModel::leaseExpired, this, &ConsumePage::updateImpact);
    connect(actions, &QueueActions::leasesLapsed, this, [this](const QString &queue, const QStringList &ids) {
        if (queue != m_record.name)
            return;
        m_leased->removeMessages(QSet<QString>(ids.begin(), ids.end()));
        const int count = int(ids.size());
        m_impact->showText(
            [count] {
                return tr("The lease on %n message(s) had expired: the service refused and left them as its rules "
                          "say (back in the queue, or in the DLQ once out of retries). Receive again to work on "
                          "them.",
                          nullptr, count);
            },
            LiveLabel::Tone::Error);
    });
    connect(actions, &QueueActions::received, this,
            [this](const QString &queue, const QList<QueueMessage> &messages, int leaseSeconds) {
                if (queue != m_record.name)
                    return;
                m_leased->addLeased(messages, leaseSeconds);
                m_receive->setEnabled(true);
                if (messages.isEmpty()) // say so: an empty table alone looks like nothing happened
                    m_impact->showText([] { return tr("No message is available right now."); },
                                       LiveLabel::Tone::Normal);
            });
    connect(actions, &QueueActions::messagesSettled, this, [this](const QString &queue, const QStringList &ids) {
        if (queue == m_record.name)
            m_leased->removeMessages(QSet<QString>(ids.begin(), ids.end()));
    });
    connect(actions->tracker(), &OperationTracker::changed, this, [this](int row) {
        const Operation &operation = m_actions->tracker()->at(row);
        if (operation.kind == Operation::Kind::Consume && operation.state == Operation::State::Failed &&
            operation.target == m_record.name) {
            m_receive->setEnabled(true);
            m_impact->setTextFunction([error = operation.error] { return error.message(); });
        }
    });
    setRecord(record);
    retranslate();
    updateImpact();
}

void ConsumePage::setRecord(const QueueRecord &record)
{
    const bool first = m_record.name != record.name || m_lease->value() == m_lease->minimum();
    m_record = record;
    if (first)
        m_lease->setValue(record.visibilityTimeoutDefault);
    retranslate();
}

void ConsumePage::receive()
{
    m_receive->setEnabled(false);
    m_actions->consume(m_record.name, m_max->value(), m_lease->value());
}

QList<int> ConsumePage::selectedRows() const
{
    // Only rows whose lease still runs: an expired lease cannot be acked or nacked (§2).
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        if (!m_leased->isExpired(index.row()))
            rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

int ConsumePage::selectedExpiredCount() const
{
    return int(m_table->selectionModel()->selectedRows().size() - selectedRows().size());
}

QStringList ConsumePage::selectedIds() const
{
    QStringList ids;
    for (int row : selectedRows())
        ids << m_leased->message(row).id;
    return ids;
}

int ConsumePage::selectedReachingMaxRetries() const
{
    QList<int> deliveries;
    for (int row : selectedRows())
        deliveries << m_leased->message(row).deliveryCount;
    return QueueActions::wouldDeadLetter(deliveries, m_record.maxRetries);
}

QString ConsumePage::deadListName() const
{
    return m_record.deadLetterQueue.isEmpty() ? tr("this queue's dead list") : m_record.deadLetterQueue;
}

QString ConsumePage::requeueImpact() const
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return {};
    const int toDlq = selectedReachingMaxRetries();
    QStringList parts;
    if (toDlq > 0)
        parts << (m_record.deadLetterQueue.isEmpty()
                      ? tr("%n message(s) will reach max_retries (%1) and move to this queue's dead list.", nullptr,
                           toDlq)
                            .arg(m_record.maxRetries)
                      : tr("%n message(s) will reach max_retries (%1) and move to the DLQ %2.", nullptr, toDlq)
                            .arg(m_record.maxRetries)
                            .arg(m_record.deadLetterQueue));
    if (rows.size() - toDlq > 0)
        parts << tr("%n message(s) will be available again, each with one more failure counted.", nullptr,
                    int(rows.size()) - toDlq);
    return parts.join(u' ');
}

QString ConsumePage::acknowledgeImpact() const
{
    const qsizetype live = selectedRows().size();
    return live ? tr("%n message(s) will be deleted from the queue for good.", nullptr, int(live)) : QString();
}

QString ConsumePage::deadLetterImpact() const
{
    const qsizetype live = selectedRows().size();
    return live ? tr("%n message(s) will move to %1 at once, without further retries.", nullptr, int(live))
                      .arg(deadListName())
                : QString();
}

void ConsumePage::updateImpact()
{
    const bool live = !selectedRows().isEmpty();
    for (QPushButton *button : {m_ack, m_requeue, m_toDlq})
        button->setEnabled(live);
    m_ackImpact->setTextFunction([this] { return acknowledgeImpact(); });
    m_requeueImpact->setTextFunction([this] { return requeueImpact(); });
    m_toDlqImpact->setTextFunction([this] { return deadLetterImpact(); });
    const int expired = selectedExpiredCount();
    if (expired == 0 && m_showsExpired)
        m_impact->clearText();
    m_showsExpired = expired > 0;
    if (expired > 0)
        m_impact->showText(
            [expired] {
                return tr("%n selected lease(s) expired: those messages are back in the queue and are left out.",
                          nullptr, expired);
            },
            LiveLabel::Tone::Normal);
}

void ConsumePage::acknowledgeSelected()
{
    const QStringList ids = selectedIds();
    if (!ids.isEmpty())
        m_actions->acknowledge(m_record.name, ids);
}

void ConsumePage::requeueSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    // Say it first when the nack sends messages to the DLQ rather than back to the queue.
    if (selectedReachingMaxRetries() > 0 &&
        !Confirm::ask(this, tr("Requeue messages"), requeueImpact() + u"\n\n"_s + tr("Go ahead?")))
        return;
    m_actions->negativeAcknowledge(m_record.name, ids, true);
}

void ConsumePage::deadLetterSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (!Confirm::ask(this, tr("Send to the DLQ"), deadLetterImpact()))
        return;
    m_actions->negativeAcknowledge(m_record.name, ids, false);
}

void ConsumePage::retranslate()
{
    m_maxLabel->setText(tr("Receive up to"));
    m_max->setSuffix(tr(" messages"));
    //: Noun: how long received messages stay invisible to other consumers (租约).
    m_leaseLabel->setText(tr("lease"));
    m_lease->setSuffix(tr(" s"));
    m_receive->setText(tr("Receive"));
    m_ack->setText(tr("Acknowledge"));
    //: Nack = negative acknowledgement: the message failed and goes back to the queue.
    m_requeue->setText(tr("Nack (requeue)"));
    m_toDlq->setText(tr("Nack to DLQ"));
    m_note->setText(tr("Receiving leases messages: each delivery raises its count, and a lease that lapses "
                       "unacknowledged counts as a failure. After %1 failures a message moves to %2.")
                        .arg(m_record.maxRetries)
                        .arg(deadListName()));
    updateImpact();
}

void ConsumePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
