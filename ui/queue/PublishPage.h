#pragma once

#include "LiveLabel.h"
#include "api/queue/QueueTypes.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QueueActions;

// Publishing: a JSON payload editor that validates as you type and pretty-prints, delay,
// priority and the idempotency key (shown, editable, renewed after each publish); and
// Publish batch from a JSONL file with progress and the count accepted.
class PublishPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishPage)

public:
    PublishPage(QueueActions *actions, const QueueRecord &record, QWidget *parent = nullptr);

    void setRecord(const QueueRecord &record);
    QPlainTextEdit *editor() const { return m_editor; }
    QLabel *validationLabel() const { return m_validation; }
    QLineEdit *keyEdit() const { return m_key; }
    QSpinBox *delaySpin() const { return m_delay; }
    QSpinBox *prioritySpin() const { return m_priority; }
    QPushButton *publishButton() const { return m_publish; }
    QLabel *resultLabel() const { return m_result; }
    QProgressBar *batchProgress() const { return m_progress; }
    bool payloadIsValid() const { return m_valid; }

public slots:
    void publish();
    void prettyPrint();
    // Reads a JSONL file and publishes its messages in batches (the button asks for a file).
    bool publishBatchFromFile(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void retranslate();

    QueueActions *m_actions;
    QueueRecord m_record;
    QPlainTextEdit *m_editor;
    QLabel *m_validation;
    QSpinBox *m_delay;
    QSpinBox *m_priority;
    QLineEdit *m_key;
    QPushButton *m_newKey;
    QPushButton *m_pretty;
    QPushButton *m_publish;
    QPushButton *m_batch;
    QProgressBar *m_progress;
    LiveLabel *m_result;
    QLabel *m_payloadLabel;
    QLabel *m_delayLabel;
    QLabel *m_priorityLabel;
    QLabel *m_keyLabel;
    bool m_valid = false;
    int m_pendingPublish = 0;
    int m_pendingBatch = 0;
};
