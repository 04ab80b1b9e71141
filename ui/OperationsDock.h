#pragma once

#include <QDockWidget>

#include <memory>

class OperationControl;
class OperationTracker;
class OperationsModel;
class QPushButton;
class QTableView;

// Every mutating call and settling resource, live; failed entries can be retried (same
// idempotency key) or their error copied.
class OperationsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationsDock)

public:
    OperationsDock(OperationTracker *tracker, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *copyButton() const { return m_copy; }
    // A running job's controls (a rate-limited redrive): shown for such an entry only.
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *rateButton() const { return m_rate; }
    QPushButton *cancelButton() const { return m_cancel; }
    void retryRow(int row);
    void copyErrorOfRow(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    int currentRow() const;

    OperationTracker *m_tracker;
    OperationsModel *m_model;
    QTableView *m_view;
    QPushButton *m_retry;
    QPushButton *m_copy;
    QPushButton *m_pause;
    QPushButton *m_rate;
    QPushButton *m_cancel;
    std::shared_ptr<OperationControl> selectedControl() const;
};
