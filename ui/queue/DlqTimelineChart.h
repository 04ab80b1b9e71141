#pragma once

#include "queue/DlqModel.h"

#include <QChartView>

class QBarCategoryAxis;
class QStackedBarSeries;
class QValueAxis;

// Dead letters over time, stacked by failure kind (the grouping path's value): when each kind
// started and how it went. A click on a bar chooses its time bucket (the table then shows
// just those).
class DlqTimelineChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DlqTimelineChart)

public:
    explicit DlqTimelineChart(QWidget *parent = nullptr);
    void setTimeline(const DlqModel::Timeline &timeline);
    const DlqModel::Timeline &timeline() const { return m_timeline; }
    // The bucket a click on it chooses, as a time range (tests drive it this way too).
    void chooseBucket(int bucket);
    // The colour of a kind's bars (the groups table shows it as the key).
    QColor seriesColor(const QString &label) const;
    // The time the bars cover, in the operator's locale.
    QString spanText() const;

    static constexpr int Buckets = 24;
    static constexpr int Series = 5;

signals:
    void bucketChosen(qint64 fromMs, qint64 toMs);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    DlqModel::Timeline m_timeline;
    QStackedBarSeries *m_series;
    QBarCategoryAxis *m_time;
    QValueAxis *m_count;
};
