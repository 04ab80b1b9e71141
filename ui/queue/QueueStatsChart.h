#pragma once

#include "api/queue/QueueTypes.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

// Available / in flight / dead over the last minutes, one point per stats sample.
class QueueStatsChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueStatsChart)

public:
    explicit QueueStatsChart(QWidget *parent = nullptr);
    void addSample(const QueueStats &stats, const QDateTime &at = QDateTime::currentDateTime());
    int sampleCount() const;
    static constexpr int WindowMinutes = 10;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // Theme and line colours for the palette in use.
    void applyAppearance();

    QLineSeries *m_available;
    QLineSeries *m_inFlight;
    QLineSeries *m_dead;
    QDateTimeAxis *m_time;
    QValueAxis *m_count;
};
