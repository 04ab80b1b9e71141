#include "queue/QueueOverviewPage.h"

#include "AppearanceManager.h"
#include "LiveLabel.h"
#include "LoadProblemBanner.h"
#include "queue/QueueActions.h"
#include "queue/QueueStatsChart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QStringList StatNames = {u"available"_s, u"in_flight"_s, u"dlq"_s, u"oldest"_s};

QString ageText(qint64 seconds)
{
    if (seconds < 0)
        return QueueOverviewPage::tr("—");
    if (seconds < 120)
        return QueueOverviewPage::tr("%n second(s)", nullptr, int(seconds));
    if (seconds < 7200)
        return QueueOverviewPage::tr("%n minute(s)", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400)
        return QueueOverviewPage::tr("%n hour(s)", nullptr, int(seconds / 3600));
    return QueueOverviewPage::tr("%n day(s)", nullptr, int(seconds / 86400));
}

} // namespace

QueueOverviewPage::QueueOverviewPage(QueueActions *actions, const QueueRecord &record, QWidget *parent)
    : QWidget(parent),
      m_actions(actions),
      m_statsBanner(new LoadProblemBanner(this)),
      m_type(new QLabel(this)),
      m_dlq(new QComboBox(this)),
      m_maxRetries(new QSpinBox(this)),
      m_visibility(new QSpinBox(this)),
      m_retention(new QSpinBox(this)),
      m_priority(new QCheckBox(this)),
      m_update(new QPushButton(this)),
      m_revert(new QPushButton(this)),
      m_purge(new QPushButton(this)),
      m_delete(new QPushButton(this)),
      m_message(new LiveLabel(this)),
      m_chart(new QueueStatsChart(this))
{
    setObjectName(u"queueOverview"_s);
    m_maxRetries->setRange(0, 100);
    m_visibility->setRange(1, 43200);
    m_retention->setRange(1, 14);
    m_update->setObjectName(u"updateQueue"_s);
    m_purge->setObjectName(u"purgeQueue"_s);
    m_delete->setObjectName(u"deleteQueue"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    // Live counts: big figures in a row, then the chart.
    auto *statsBox = new QWidget(this);
    auto *statsGrid = new QGridLayout(statsBox);
    statsGrid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < StatNames.size(); ++i) {
        auto *value = new QLabel(u"…"_s, statsBox);
        value->setObjectName(u"stat_"_s + StatNames[i]);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        value->setFont(big);
        auto *name = new QLabel(statsBox);
        AppearanceManager::setTextRole(name, SemanticColors::Role::Muted);
        statsGrid->addWidget(value, 0, i);
        statsGrid->addWidget(name, 1, i);
        m_statValues.insert(StatNames[i], value);
        m_statNames.insert(StatNames[i], name);
    }

    auto *config = new QGroupBox(this);
    config->setObjectName(u"configuration"_s);
    auto *form = new QFormLayout(config);
    auto addRow = [&](const QString &key, QWidget *editor) {
        auto *label = new QLabel(config);
        m_formLabels.insert(key, label);
        form->addRow(label, withError(key, editor));
    };
    addRow(u"type"_s, m_type);
    addRow(u"dead_letter_queue"_s, m_dlq);
    addRow(u"max_retries"_s, m_maxRetries);
    addRow(u"visibility_timeout_default"_s, m_visibility);
    addRow(u"message_retention_days"_s, m_retention);
    addRow(u"enable_priority"_s, m_priority);
    auto *configButtons = new QHBoxLayout;
    configButtons->addWidget(m_update);
    configButtons->addWidget(m_revert);
    configButtons->addStretch();
    form->addRow(configButtons);
    form->addRow(m_message);

    auto *danger = new QHBoxLayout;
    danger->addStretch();
    danger->addWidget(m_purge);
    danger->addWidget(m_delete);

    auto *lower = new QHBoxLayout;
    lower->addWidget(config, 2);
    lower->addWidget(m_chart, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statsBanner);
    layout->addWidget(statsBox);
    layout->addLayout(lower, 1);
    layout->addLayout(danger);

    for (QSpinBox *box : {m_maxRetries, m_visibility, m_retention})
        connect(box, &QSpinBox::valueChanged, this, &QueueOverviewPage::updateDirty);
    connect(m_priority, &QCheckBox::toggled, this, &QueueOverviewPage::updateDirty);
    connect(m_dlq, &QComboBox::currentIndexChanged, this, &QueueOverviewPage::updateDirty);
    connect(m_update, &QPushButton::clicked, this, &QueueOverviewPage::submitUpdate);
    connect(m_revert, &QPushButton::clicked, this, [this] { setRecord(m_record); });
    connect(m_purge, &QPushButton::clicked, this, &QueueOverviewPage::purgeRequested);
    connect(m_delete, &QPushButton::clicked, this, &QueueOverviewPage::deleteRequested);
    connect(actions->tracker(), &OperationTracker::changed, this, [this](int row) {
        const Operation &operation = m_actions->tracker()->at(row);
        if (!m_pending || operation.id != m_pending || operation.inFlight())
            return;
        m_pending = 0;
        m_update->setEnabled(true);
        if (operation.state == Operation::State::Failed) {
            const QString field = operation.error.field();
            if (LiveLabel *label = m_errors.value(field)) {
                label->setTextFunction([error = operation.error] { return error.message(); });
                label->show();
            } else {
                m_message->showText([error = operation.error] { return error.message(); }, LiveLabel::Tone::Error);
            }
        } else {
            m_message->showText([] { return tr("Saved."); }, LiveLabel::Tone::Success);
        }
        updateDirty();
    });
    connect(actions, &QueueActions::queueSaved, this, [this](const QueueRecord &saved) {
        if (saved.name == m_record.name)
            setRecord(saved);
    });
    retranslate();
    setRecord(record);
}

QWidget *QueueOverviewPage::withError(const QString &field, QWidget *editor)
{
    const FieldWithError row(field, editor, this);
    m_errors.insert(field, row.error);
    return row.column;
}

QLabel *QueueOverviewPage::fieldError(const QString &field) const
{
    return m_errors.value(field);
}

QLabel *QueueOverviewPage::statLabel(const QString &name) const
{
    return m_statValues.value(name);
}

void QueueOverviewPage::setDlqChoices(const QStringList &queues)
{
    const QString current = m_dlq->currentIndex() > 0 ? m_dlq->currentText() : m_record.deadLetterQueue;
    const QSignalBlocker blocker(m_dlq);
    m_dlq->clear();
    m_dlq->addItem(tr("None"), QString());
    for (const QString &queue : queues)
        if (queue != m_record.name)
            m_dlq->addItem(queue, queue);
    if (!current.isEmpty() && m_dlq->findData(current) < 0)
        m_dlq->addItem(current, current);
    m_dlq->setCurrentIndex(std::max(0, m_dlq->findData(current)));
}

void QueueOverviewPage::setRecord(const QueueRecord &record)
{
    m_record = record;
    m_type->setText(record.isFifo() ? tr("FIFO") : tr("Standard"));
    if (m_dlq->findData(record.deadLetterQueue) < 0 && !record.deadLetterQueue.isEmpty())
        m_dlq->addItem(record.deadLetterQueue, record.deadLetterQueue);
    if (m_dlq->count() == 0)
        m_dlq->addItem(tr("None"), QString());
    m_dlq->setCurrentIndex(std::max(0, m_dlq->findData(record.deadLetterQueue)));
    m_maxRetries->setValue(record.maxRetries);
    m_visibility->setValue(record.visibilityTimeoutDefault);
    m_retention->setValue(record.messageRetentionDays);
    m_priority->setChecked(record.enablePriority);
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
    updateDirty();
}

QueueSettings QueueOverviewPage::editedSettings() const
{
    QueueSettings settings;
    const QString dlq = m_dlq->currentData().toString();
    if (dlq != m_record.deadLetterQueue)
        settings.deadLetterQueue = dlq; // empty clears it
    if (m_maxRetries->value() != m_record.maxRetries)
        settings.maxRetries = m_maxRetries->value();
    if (m_visibility->value() != m_record.visibilityTimeoutDefault)
        settings.visibilityTimeoutDefault = m_visibility->value();
    if (m_retention->value() != m_record.messageRetentionDays)
        settings.messageRetentionDays = m_retention->value();
    if (m_priority->isChecked() != m_record.enablePriority)
        settings.enablePriority = m_priority->isChecked();
    return settings;
}

void QueueOverviewPage::updateDirty()
{
    const QueueSettings edited = editedSettings();
    const bool dirty = edited.deadLetterQueue || edited.maxRetries || edited.visibilityTimeoutDefault ||
                       edited.messageRetentionDays || edited.enablePriority;
    m_update->setEnabled(dirty && !m_pending);
    m_revert->setEnabled(dirty);
}

void QueueOverviewPage::submitUpdate()
{
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
    m_message->hide();
    const QueueSettings settings = editedSettings();
    if (settings.deadLetterQueue && *settings.deadLetterQueue == m_record.name) {
        m_errors.value(u"dead_letter_queue"_s)->setTextFunction([] {
            return tr("A queue cannot be its own dead-letter queue.");
        });
        m_errors.value(u"dead_letter_queue"_s)->show();
        return;
    }
    m_update->setEnabled(false);
    m_pending = m_actions->updateQueue(m_record.name, settings);
}

void QueueOverviewPage::showStats(const QueueStats &stats)
{
    const QLocale locale;
    m_statValues.value(u"available"_s)->setText(locale.toString(stats.available));
    m_statValues.value(u"in_flight"_s)->setText(locale.toString(stats.inFlight));
    QLabel *dead = m_statValues.value(u"dlq"_s);
    dead->setText(locale.toString(stats.dlq));
    stats.dlq > 0 ? AppearanceManager::setTextRole(dead, SemanticColors::Role::Error)
                  : AppearanceManager::clearTextRole(dead);
    m_statValues.value(u"oldest"_s)->setText(ageText(stats.oldestAgeSeconds));
    m_chart->addSample(stats);
}

void QueueOverviewPage::retranslate()
{
    m_statNames.value(u"available"_s)->setText(tr("available"));
    m_statNames.value(u"in_flight"_s)->setText(tr("in flight"));
    m_statNames.value(u"dlq"_s)->setText(tr("dead letters"));
    m_statNames.value(u"oldest"_s)->setText(tr("oldest message"));
    if (auto *box = findChild<QGroupBox *>(u"configuration"_s))
        box->setTitle(tr("Configuration"));
    m_formLabels.value(u"type"_s)->setText(tr("Type:"));
    m_formLabels.value(u"dead_letter_queue"_s)->setText(tr("Dead-letter queue:"));
    m_formLabels.value(u"max_retries"_s)->setText(tr("Max retries:"));
    m_formLabels.value(u"visibility_timeout_default"_s)->setText(tr("Visibility timeout:"));
    m_formLabels.value(u"message_retention_days"_s)->setText(tr("Retention:"));
    m_formLabels.value(u"enable_priority"_s)->setText(tr("Priority:"));
    m_visibility->setSuffix(tr(" s"));
    m_retention->setSuffix(tr(" days"));
    m_priority->setText(tr("Deliver higher priority first"));
    m_type->setText(m_record.isFifo() ? tr("FIFO") : tr("Standard"));
    if (m_dlq->count() > 0 && m_dlq->itemData(0).toString().isEmpty())
        m_dlq->setItemText(0, tr("None"));
    m_update->setText(tr("Update"));
    m_revert->setText(tr("Revert"));
    m_purge->setText(tr("Purge…"));
    m_delete->setText(tr("Delete queue…"));
}

void QueueOverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
