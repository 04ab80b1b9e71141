#pragma once

#include "LiveLabel.h"
#include "api/queue/QueueTypes.h"

#include <QTimer>
#include <QWidget>

#include <vector>

#include <functional>

class DlqFilterProxy;
class DlqModel;
class LoadProblemBanner;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class DlqTimelineChart;
class UniformRowTableView;
class QTableWidget;
class QueueActions;
class QueueStatsHub;

// The dead letters of one queue: a table fed page by page, a payload viewer, search by
// text or JSON path with "Load all matching", grouping by a JSON path (failure
// signature), export to JSONL, and redrive of one / the selection / since a time / all
// with a preview of the count, live progress and a result summary.
class DlqBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DlqBrowser)

public:
    DlqBrowser(QueueActions *actions, QueueStatsHub *stats, const QueueRecord &record, QWidget *parent = nullptr);

    DlqModel *model() const { return m_model; }
    DlqFilterProxy *proxy() const { return m_proxy; }
    QPushButton *redriveSelectedButton() const { return m_redriveSelected; }
    UniformRowTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *searchMode() const { return m_mode; }
    QLabel *searchError() const { return m_searchError; }
    QLineEdit *groupPathEdit() const { return m_groupPath; }
    QTableWidget *groupTable() const { return m_groups; }
    QPlainTextEdit *payloadView() const { return m_payload; }
    QComboBox *payloadModeCombo() const { return m_payloadMode; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *resultLabel() const { return m_result; }
    LoadProblemBanner *loadBanner() const { return m_loadBanner; }
    QDateTimeEdit *sinceEdit() const { return m_since; }
    QPushButton *redriveMatchingButton() const { return m_redriveMatching; }
    QPushButton *redriveAllButton() const { return m_redriveAll; }
    QPushButton *redriveSinceButton() const { return m_redriveSince; }
    QPushButton *exportAllButton() const { return m_exportAll; }

    // Starts loading the first page if nothing is loaded yet (the tab became visible).
    void activate();
    void selectSourceRows(const QList<int> &rows);
    // The count a redrive would move, and whether it is exact (all concerned are loaded).
    struct Preview
    {
        qint64 count = 0;
        bool exact = true;
    };
    Preview previewSince(const QDateTime &since) const;
    Preview previewAll() const;
    // The selection, taken before any nested event loop (a confirmation, a menu, a file
    // dialog) in which a stats tick may reload the model.
    QStringList selectedMessageIds() const;
    QList<QByteArray> selectedExportLines() const;
    // Writes JSONL lines to `path`; false with a message on error. "Export all" writes every
    // row that passes the search, after loading the rest.
    bool exportLinesTo(const QString &path, const QList<QByteArray> &lines);

public slots:
    void applySearch();
    void loadAllMatching();
    void group();
    // The failure timeline again, from what is loaded and searched now.
    void refreshTimeline();
    DlqTimelineChart *timelineChart() const { return m_timeline; }
    QPushButton *clearTimeButton() const { return m_clearTime; }
    void redriveSelected();
    void redriveSince();
    // Redrives exactly the messages matching the search (loading the rest of the DLQ first).
    void redriveMatching();
    void redriveAll();
    void exportSelected();
    void exportAll();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTimeRangeButton();
    void retranslate();
    void updateStatus();
    void showPayload();
    QList<int> selectedSourceRows() const;
    // The operator's place in the list, by source row: carried across a redrive's removals.
    struct Place
    {
        int topRow = -1;     // the row at the top of the table
        int topOffset = 0;   // how far it is scrolled up out of sight, in pixels
        int currentRow = -1; // the message open
        int currentColumn = 0;
        std::vector<std::pair<int, int>> selected; // first and last row of each stretch
    };
    Place place() const;
    void restorePlace(const Place &place, const std::vector<size_t> &removed);
    void dropRedriven(const QSet<QString> &ids);
    void redriveMessages(const QStringList &ids);
    // Source rows of what the table shows (all, or what passes the search), in order.
    QList<int> visibleSourceRows() const;
    QStringList matchingMessageIds() const;
    void finishPendingRedrive();
    void cancelPendingRedrive();
    QString currentMessageId() const;
    void updateScopeLabels();
    void exportLines(const QList<QByteArray> &lines);
    bool exportTo(const QString &path, const std::function<qint64(QIODevice &)> &write);
    bool confirmRedrive(const QString &what);
    void watchRedrive(int operation);
    void finishPendingExport();
    void showContextMenu(const QPoint &pos);

    QueueActions *m_actions;
    QueueStatsHub *m_stats;
    QueueRecord m_record;
    DlqModel *m_model;
    DlqFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_mode;
    QPushButton *m_loadAll;
    QPushButton *m_stop;
    LiveLabel *m_searchError;
    QLineEdit *m_groupPath;
    QPushButton *m_groupButton;
    QTableWidget *m_groups;
    UniformRowTableView *m_table;
    QPlainTextEdit *m_payload;
    QComboBox *m_payloadMode;
    QPushButton *m_copy;
    QPushButton *m_redriveSelected;
    QPushButton *m_redriveMatching;
    QDateTimeEdit *m_since;
    QPushButton *m_redriveSince;
    QPushButton *m_redriveAll;
    QSpinBox *m_rate;
    DlqTimelineChart *m_timeline;
    QPushButton *m_clearTime;
    QLabel *m_timelineSpan;
    QTimer m_timelineDebounce;
    QPushButton *m_exportSelected;
    QPushButton *m_exportAll;
    QProgressBar *m_progress;
    QLabel *m_status;
    LiveLabel *m_result;
    LoadProblemBanner *m_loadBanner;
    QLabel *m_groupLabel;
    QTimer m_searchDebounce;
    QTimer m_regroup;
    int m_redriveOperation = 0;
    QString m_pendingExportPath;   // "Export all" waits for the load to finish
    bool m_pendingRedrive = false; // "Redrive matching" too, for this search:
    QString m_pendingRedriveSearch;
    QString m_shownPayloadId;     // the message whose payload is shown
    bool m_carryingPlace = false; // across a redrive's removal: the payload waits for the end
};
