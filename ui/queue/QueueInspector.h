#pragma once

#include "api/queue/QueueTypes.h"

#include <QWidget>

class ConsumePage;
class DbTreeModel;
class DlqBrowser;
class PublishPage;
class PushSubscriptionsPage;
class QLabel;
class QTabWidget;
class QueueActions;
class ServiceHealth;
class QueueOverviewPage;
class QueueStatsHub;
class SecretStore;

// Everything about one queue, in a tab of its own: overview (configuration, live stats and
// chart, purge / delete), publish, consume, dead letters and push subscriptions.
class QueueInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueInspector)

public:
    enum Page { OverviewPage, PublishTab, ConsumeTab, DeadLettersTab, PushTab };
    // Stats for an open inspector are polled this often (the tree's are slower).
    static constexpr int StatsPeriodMs = 2000;

    QueueInspector(QueueActions *actions, QueueStatsHub *stats, SecretStore *secrets, const QString &profileId,
                   DbTreeModel *tree, const QueueRecord &record, QWidget *parent = nullptr);

    QString queueName() const { return m_record.name; }
    // The connection profile the queue belongs to.
    QString profileId() const { return m_profileId; }
    void showPage(Page page);
    QTabWidget *pages() const { return m_pages; }
    QueueOverviewPage *overview() const { return m_overview; }
    PublishPage *publishPage() const { return m_publish; }
    ConsumePage *consumePage() const { return m_consume; }
    DlqBrowser *deadLetters() const { return m_deadLetters; }
    PushSubscriptionsPage *pushPage() const { return m_push; }

    // The queue was deleted (here or elsewhere): say so and stop offering actions on it.
    void markDeleted();
    // Where the pages report loads that fail (the connection's, for the status bar).
    void setHealth(ServiceHealth *health);
    bool isDeleted() const { return m_deleted; }

public slots:
    void purge();
    void deleteQueue();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateDeadLettersTab();
    void setRecord(const QueueRecord &record);

    QueueActions *m_actions;
    QueueStatsHub *m_stats;
    DbTreeModel *m_tree;
    QueueRecord m_record;
    QString m_profileId;
    QLabel *m_title;
    QLabel *m_subtitle;
    QTabWidget *m_pages;
    QLabel *m_gone;
    bool m_deleted = false;
    QueueOverviewPage *m_overview;
    PublishPage *m_publish;
    ConsumePage *m_consume;
    DlqBrowser *m_deadLetters;
    PushSubscriptionsPage *m_push;
};
