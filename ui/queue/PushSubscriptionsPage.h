#pragma once

#include "api/queue/QueueTypes.h"

#include <QWidget>

class LiveLabel;
class QLabel;
class QPushButton;
class QTreeWidget;
class QueueActions;
class SecretStore;

// A queue's push subscriptions created from this console, and "New subscription…". The
// signing secret goes to the keychain when the service accepts the subscription.
class PushSubscriptionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PushSubscriptionsPage)

public:
    PushSubscriptionsPage(QueueActions *actions, SecretStore *secrets, const QString &profileId,
                          const QueueRecord &record, QWidget *parent = nullptr);
    void setRecord(const QueueRecord &record) { m_record = record; }
    QTreeWidget *list() const { return m_list; }
    QLabel *keychainLabel() const;

public slots:
    void newSubscription();
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QueueActions *m_actions;
    SecretStore *m_secrets;
    QString m_profileId;
    QueueRecord m_record;
    QLabel *m_note;
    QTreeWidget *m_list;
    QPushButton *m_new;
    LiveLabel *m_keychain;
};
