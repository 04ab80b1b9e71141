#pragma once

#include "api/ApiError.h"
#include "profiles/ServiceHealth.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;
class RecoverySchedule;

// A bar across the top of a view whose data failed to load: what went wrong (in the
// operator's language, with the request id), when it is tried again by itself, and
// Retry now. The rest of the view keeps what it had. Reports itself to the connection's
// health while shown, so the status bar names the failing part.
class LoadProblemBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadProblemBanner)

public:
    explicit LoadProblemBanner(QWidget *parent = nullptr);
    ~LoadProblemBanner() override;

    void setHealth(ServiceHealth *health, const QString &key, ServiceHealth::Area area);
    // A load failed: shown, and a retry scheduled (further off each time it fails again).
    void showProblem(const ApiError &error);
    // A load succeeded: hidden, and the delay starts short again.
    void clearProblem();
    // Nothing more to load here (the queue is gone): hidden, no retries, no reports.
    void dismiss();
    bool hasProblem() const { return m_error.isError(); }
    QString message() const;
    QPushButton *retryButton() const { return m_retry; }
    RecoverySchedule *recovery() const { return m_recovery; }

signals:
    // Time to load again (by itself or because the operator asked).
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    ApiError m_error;
    RecoverySchedule *m_recovery;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_when;
    QPushButton *m_retry;
    QPointer<ServiceHealth> m_health;
    QString m_healthKey;
    ServiceHealth::Area m_area = ServiceHealth::Area::Queues;
    bool m_retrying = false;
};
