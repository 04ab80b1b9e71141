#pragma once

#include "LiveLabel.h"
#include "api/queue/QueueTypes.h"

#include <QWidget>

class LeasedMessagesModel;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QueueActions;

// Receiving: lease up to N messages for a chosen time, watch each lease count down, and
// ack / nack (requeue) / nack to the DLQ a selection, after being told what a nack will do
// to delivery counts ("3 messages will reach max_retries and move to the DLQ").
class ConsumePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsumePage)

public:
    ConsumePage(QueueActions *actions, const QueueRecord &record, QWidget *parent = nullptr);

    void setRecord(const QueueRecord &record);
    LeasedMessagesModel *leased() const { return m_leased; }
    QTableView *table() const { return m_table; }
    QSpinBox *maxSpin() const { return m_max; }
    QSpinBox *leaseSpin() const { return m_lease; }
    // The page's status line (nothing to receive, leases lost, a failed call).
    QLabel *impactLabel() const { return m_impact; }
    // What each action would do to the selection's live leases, in words (empty: none).
    QString acknowledgeImpact() const;
    QString requeueImpact() const;
    QString deadLetterImpact() const;
    QLabel *requeueImpactLabel() const { return m_requeueImpact; }
    QPushButton *acknowledgeButton() const { return m_ack; }

public slots:
    void receive();
    void acknowledgeSelected();
    void requeueSelected();
    void deadLetterSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateImpact();
    QList<int> selectedRows() const;
    // How many of the selected leases a nack with requeue would send to the DLQ.
    int selectedReachingMaxRetries() const;
    QStringList selectedIds() const;
    int selectedExpiredCount() const;
    QString deadListName() const;

    QueueActions *m_actions;
    QueueRecord m_record;
    LeasedMessagesModel *m_leased;
    QSpinBox *m_max;
    QSpinBox *m_lease;
    QPushButton *m_receive;
    QTableView *m_table;
    QPushButton *m_ack;
    QPushButton *m_requeue;
    QPushButton *m_toDlq;
    LiveLabel *m_impact;
    LiveLabel *m_ackImpact;
    LiveLabel *m_requeueImpact;
    LiveLabel *m_toDlqImpact;
    bool m_showsExpired = false; // the status line says some selected leases expired
    QLabel *m_note;
    QLabel *m_maxLabel;
    QLabel *m_leaseLabel;
};
