#pragma once

#include "ActionDialog.h"
#include "api/queue/QueueTypes.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QueueActions;

// "New queue": standard or FIFO, a dead-letter queue chosen among the existing ones or
// created along with it, and the queue's limits. Creating a new DLQ is a second call, made
// first, so the queue never points at a DLQ that does not exist.
class NewQueueDialog final : public ActionDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewQueueDialog)

public:
    NewQueueDialog(QueueActions *actions, const QStringList &existingQueues, QWidget *parent);
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeCombo() const { return m_type; }
    QComboBox *dlqCombo() const { return m_dlq; }
    QSpinBox *maxRetriesSpin() const { return m_maxRetries; }
    QSpinBox *visibilitySpin() const { return m_visibility; }
    QSpinBox *retentionSpin() const { return m_retention; }
    QCheckBox *priorityCheck() const { return m_priority; }
    // The queue name rule of the contract: 1–80 letters, digits, '-', '_' and '.'.
    static bool isValidQueueName(const QString &name);

protected:
    bool validate() override;
    int start() override;
    int continueAfter(int operationId) override;
    void retranslate() override;

private:
    QueueSettings settings() const;
    QString newDlqName() const;

    QueueActions *m_queueActions;
    QLineEdit *m_name;
    QComboBox *m_type;
    QComboBox *m_dlq;
    QSpinBox *m_maxRetries;
    QSpinBox *m_visibility;
    QSpinBox *m_retention;
    QCheckBox *m_priority;
    int m_dlqOperation = 0;
};

// Purge or delete a queue: the queue's name typed back, and what will be lost said first.
class QueueConfirmDialog final : public ActionDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueConfirmDialog)

public:
    enum class Purpose { Purge, Delete };
    QueueConfirmDialog(QueueActions *actions, Purpose purpose, const QString &queue, qint64 pending, QWidget *parent);
    QLineEdit *confirmEdit() const { return m_confirm; }

protected:
    bool validate() override;
    int start() override;
    void retranslate() override;

private:
    QueueActions *m_queueActions;
    Purpose m_purpose;
    QString m_queue;
    qint64 m_pending;
    QLabel *m_explanation;
    QLineEdit *m_confirm;
};

// A push subscription: an https URL checked here and by the service, a signing secret
// (kept in the keychain afterwards, never shown again), retries and visibility timeout.
class PushSubscriptionDialog final : public ActionDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PushSubscriptionDialog)

public:
    PushSubscriptionDialog(QueueActions *actions, const QueueRecord &queue, QWidget *parent);
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *secretEdit() const { return m_secret; }
    QPushButton *copySecretButton() const { return m_copySecret; }
    QLabel *consequencesLabel() const { return m_consequences; }
    QCheckBox *understoodBox() const { return m_understood; }
    QSpinBox *maxRetriesSpin() const { return m_maxRetries; }
    // Why this URL cannot receive pushes, or empty when it may.
    static QString urlProblem(const QString &text);

protected:
    bool validate() override;
    int start() override;
    void retranslate() override;

private:
    QueueActions *m_queueActions;
    QueueRecord m_queue;
    QLabel *m_consequences;
    QLineEdit *m_url;
    QLineEdit *m_secret;
    QPushButton *m_copySecret;
    QLabel *m_copied;
    QSpinBox *m_maxRetries;
    QSpinBox *m_visibility;
    QCheckBox *m_understood;
};
