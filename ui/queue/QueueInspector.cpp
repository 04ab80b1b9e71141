#include "queue/QueueInspector.h"

#include "AppearanceManager.h"
#include "LoadProblemBanner.h"
#include "explorer/DbTreeModel.h"
#include "queue/ConsumePage.h"
#include "queue/DlqBrowser.h"
#include "queue/PublishPage.h"
#include "queue/PushSubscriptionsPage.h"
#include "queue/QueueActions.h"
#include "queue/QueueDialogs.h"
#include "queue/QueueOverviewPage.h"
#include "queue/QueueStatsHub.h"

#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

QueueInspector::QueueInspector(QueueActions *actions, QueueStatsHub *stats, SecretStore *secrets,
                               const QString &profileId, DbTreeModel *tree, const QueueRecord &record, QWidget *parent)
    : QWidget(parent),
      m_actions(actions),
      m_stats(stats),
      m_tree(tree),
      m_record(record),
      m_title(new QLabel(this)),
      m_subtitle(new QLabel(this)),
      m_pages(new QTabWidget(this)),
      m_gone(new QLabel(this)),
      m_overview(new QueueOverviewPage(actions, record, this)),
      m_publish(new PublishPage(actions, record, this)),
      m_consume(new ConsumePage(actions, record, this)),
      m_deadLetters(new DlqBrowser(actions, stats, record, this)),
      m_push(new PushSubscriptionsPage(actions, secrets, profileId, record, this))
{
    setObjectName(u"queueInspector:"_s + record.name);
    m_profileId = profileId;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    AppearanceManager::setTextRole(m_subtitle, SemanticColors::Role::Muted);
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_overview, QString());
    m_pages->addTab(m_publish, QString());
    m_pages->addTab(m_consume, QString());
    m_pages->addTab(m_deadLetters, QString());
    m_pages->addTab(m_push, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_gone);
    layout->addWidget(m_pages, 1);
    m_gone->setObjectName(u"queueGone"_s);
    AppearanceManager::setTextRole(m_gone, SemanticColors::Role::Error);
    QFont bold = m_gone->font();
    bold.setBold(true);
    m_gone->setFont(bold);
    m_gone->hide();

    m_overview->setDlqChoices(tree->queueNames());
    if (const std::optional<QueueStats> latest = stats->latest(record.name))
        m_overview->showStats(*latest);
    stats->watch(record.name, StatsPeriodMs, this);
    connect(stats, &QueueStatsHub::statsUpdated, this, [this](const QueueStats &stats) {
        if (stats.queue == m_record.name) {
            m_overview->statsBanner()->clearProblem();
            m_overview->showStats(stats);
            updateDeadLettersTab(); // its title shows the count
        }
    });
    // The figures that failed say so on the page that shows them; the last ones stay.
    connect(stats, &QueueStatsHub::statsFailed, this, [this](const QString &queue, const ApiError &error) {
        if (queue == m_record.name && !m_deleted)
            m_overview->statsBanner()->showProblem(error);
    });
    connect(m_overview->statsBanner(), &LoadProblemBanner::retryRequested, this,
            [this] { m_stats->refreshNow(m_record.name); });
    connect(actions, &QueueActions::queueSaved, this, [this](const QueueRecord &saved) {
        if (saved.name == m_record.name)
            setRecord(saved);
    });
    connect(m_overview, &QueueOverviewPage::purgeRequested, this, &QueueInspector::purge);
    connect(m_overview, &QueueOverviewPage::deleteRequested, this, &QueueInspector::deleteQueue);
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_pages->widget(index) == m_deadLetters)
            m_deadLetters->activate();
        if (m_pages->widget(index) == m_overview)
            m_overview->setDlqChoices(m_tree->queueNames());
    });
    retranslate();
    setRecord(record);
}

void QueueInspector::setHealth(ServiceHealth *health)
{
    m_overview->statsBanner()->setHealth(health, u"inspector:stats:"_s + m_record.name, ServiceHealth::Area::Queues);
    m_deadLetters->loadBanner()->setHealth(health, u"inspector:dlq:"_s + m_record.name, ServiceHealth::Area::Queues);
}

void QueueInspector::setRecord(const QueueRecord &record)
{
    m_record = record;
    m_publish->setRecord(record);
    m_consume->setRecord(record);
    m_push->setRecord(record);
    retranslate();
}

void QueueInspector::markDeleted()
{
    if (m_deleted)
        return;
    m_deleted = true;
    m_stats->unwatchAll(this);
    m_overview->statsBanner()->dismiss();
    m_deadLetters->loadBanner()->dismiss();
    // What was loaded stays on screen and the tabs still switch; nothing can be sent.
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setEnabled(false);
    m_gone->show();
    retranslate();
}

void QueueInspector::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
    if (page == DeadLettersTab)
        m_deadLetters->activate();
}

void QueueInspector::purge()
{
    const std::optional<QueueStats> stats = m_stats->latest(m_record.name);
    auto *dialog = new QueueConfirmDialog(m_actions, QueueConfirmDialog::Purpose::Purge, m_record.name,
                                          stats ? stats->available + stats->inFlight : -1, this);
    dialog->show();
}

void QueueInspector::deleteQueue()
{
    const std::optional<QueueStats> stats = m_stats->latest(m_record.name);
    auto *dialog = new QueueConfirmDialog(m_actions, QueueConfirmDialog::Purpose::Delete, m_record.name,
                                          stats ? stats->available + stats->inFlight : -1, this);
    dialog->show();
}

void QueueInspector::retranslate()
{
    m_title->setText(m_record.name);
    m_gone->setText(tr("This queue no longer exists; close the tab when you are done with what it shows."));
    QStringList facts{m_record.isFifo() ? tr("FIFO queue") : tr("Standard queue")};
    facts << (m_record.deadLetterQueue.isEmpty() ? tr("no DLQ") : tr("DLQ %1").arg(m_record.deadLetterQueue));
    facts << tr("max retries %1").arg(m_record.maxRetries);
    facts << tr("visibility %1 s").arg(m_record.visibilityTimeoutDefault);
    m_subtitle->setText(facts.join(u" · "_s));
    m_pages->setTabText(OverviewPage, tr("Overview"));
    m_pages->setTabText(PublishTab, tr("Publish"));
    //: Tab title: receiving messages from the queue (a verb, as in "consume messages").
    m_pages->setTabText(ConsumeTab, tr("Consume"));
    updateDeadLettersTab();
    m_pages->setTabText(PushTab, tr("Push subscriptions"));
}

void QueueInspector::updateDeadLettersTab()
{
    const std::optional<QueueStats> stats = m_stats->latest(m_record.name);
    m_pages->setTabText(DeadLettersTab, stats && stats->dlq > 0
                                            ? tr("Dead letters (%1)").arg(QLocale().toString(stats->dlq))
                                            : tr("Dead letters"));
}

void QueueInspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
