#pragma once

#include "api/ApiError.h"
#include "api/queue/QueueTypes.h"

#include <QHash>
#include <QWidget>

class LiveLabel;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QueueActions;
class QueueStatsChart;
class LoadProblemBanner;

// A queue's configuration, editable through Update (with errors next to the fields),
// its live counts with a chart of the last minutes, and Purge / Delete.
class QueueOverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueOverviewPage)

public:
    QueueOverviewPage(QueueActions *actions, const QueueRecord &record, QWidget *parent = nullptr);

    void setRecord(const QueueRecord &record);
    void setDlqChoices(const QStringList &queues);
    void showStats(const QueueStats &stats);
    QueueStatsChart *chart() const { return m_chart; }
    QSpinBox *maxRetriesSpin() const { return m_maxRetries; }
    QSpinBox *visibilitySpin() const { return m_visibility; }
    QComboBox *dlqCombo() const { return m_dlq; }
    QPushButton *updateButton() const { return m_update; }
    QLabel *fieldError(const QString &field) const;
    QLabel *statLabel(const QString &name) const;
    // Says so when the queue's figures fail to load, until they load again.
    LoadProblemBanner *statsBanner() const { return m_statsBanner; }

public slots:
    void submitUpdate();

signals:
    void purgeRequested();
    void deleteRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateDirty();
    QueueSettings editedSettings() const;
    QWidget *withError(const QString &field, QWidget *editor);

    QueueActions *m_actions;
    QueueRecord m_record;
    LoadProblemBanner *m_statsBanner;
    QLabel *m_type;
    QComboBox *m_dlq;
    QSpinBox *m_maxRetries;
    QSpinBox *m_visibility;
    QSpinBox *m_retention;
    QCheckBox *m_priority;
    QPushButton *m_update;
    QPushButton *m_revert;
    QPushButton *m_purge;
    QPushButton *m_delete;
    LiveLabel *m_message;
    QHash<QString, LiveLabel *> m_errors;
    QHash<QString, QLabel *> m_statValues;
    QHash<QString, QLabel *> m_statNames;
    QueueStatsChart *m_chart;
    QHash<QString, QLabel *> m_formLabels;
    int m_pending = 0;
};
