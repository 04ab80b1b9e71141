#include "queue/QueueStatsChart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

QueueStatsChart::QueueStatsChart(QWidget *parent)
    : QChartView(parent),
      m_available(new QLineSeries(this)),
      m_inFlight(new QLineSeries(this)),
      m_dead(new QLineSeries(this)),
      m_time(new QDateTimeAxis(this)),
      m_count(new QValueAxis(this))
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    const struct
    {
        QLineSeries *series;
        QColor color;
    } lines[] = {{m_available, QColor(0x1565c0)}, {m_inFlight, QColor(0xef6c00)}, {m_dead, QColor(0xc62828)}};
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_count, Qt::AlignLeft);
    for (const auto &line : lines) {
        QPen pen(line.color);
        pen.setWidthF(2);
        line.series->setPen(pen);
        line.series->setPointsVisible(true); // the first sample shows before there is a line
        chart->addSeries(line.series);
        line.series->attachAxis(m_time);
        line.series->attachAxis(m_count);
    }
    m_time->setFormat(QStringLiteral("HH:mm"));
    m_time->setTickCount(6);
    m_count->setLabelFormat(QStringLiteral("%d"));
    m_count->setRange(0, 10);
    const QDateTime now = QDateTime::currentDateTime();
    m_time->setRange(now.addSecs(-60 * WindowMinutes), now);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    retranslate();
}

int QueueStatsChart::sampleCount() const
{
    return int(m_available->count());
}

void QueueStatsChart::addSample(const QueueStats &stats, const QDateTime &at)
{
    const qreal x = qreal(at.toMSecsSinceEpoch());
    const qreal oldest = qreal(at.addSecs(-60 * WindowMinutes).toMSecsSinceEpoch());
    qreal top = 0;
    for (auto [series, value] : {std::pair{m_available, stats.available}, std::pair{m_inFlight, stats.inFlight},
                                 std::pair{m_dead, stats.dlq}}) {
        series->append(x, qreal(value));
        // Points older than the window go; replace() would repaint everything each time.
        int stale = 0;
        while (stale < series->count() && series->at(stale).x() < oldest)
            ++stale;
        if (stale > 0)
            series->removePoints(0, stale);
        for (const QPointF &point : series->points())
            top = std::max(top, point.y());
    }
    m_time->setRange(at.addSecs(-60 * WindowMinutes), at);
    // A little headroom, rounded, so the scale does not twitch with each sample.
    const qreal ceiling = std::max<qreal>(10, std::ceil(top * 1.15 / 10) * 10);
    if (!qFuzzyCompare(m_count->max(), ceiling)) {
        m_count->setRange(0, ceiling);
        m_count->applyNiceNumbers();
    }
}

void QueueStatsChart::retranslate()
{
    m_available->setName(tr("Available"));
    m_inFlight->setName(tr("In flight"));
    m_dead->setName(tr("Dead letters"));
}

void QueueStatsChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}
