#pragma once

#include "api/queue/QueueTypes.h"

#include <QWidget>

#include <functional>

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
    QPushButton *copySecretButton() const { return m_copySecret; }
    QPushButton *revealSecretButton() const { return m_revealSecret; }

public slots:
    void newSubscription();
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // Reads the selected subscription's signing secret from the keychain.
    void withSelectedSecret(const std::function<void(const QString &)> &use);

    QueueActions *m_actions;
    SecretStore *m_secrets;
    QString m_profileId;
    QueueRecord m_record;
    QLabel *m_note;
    QTreeWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_copySecret;
    QPushButton *m_revealSecret;
    LiveLabel *m_keychain;
};
