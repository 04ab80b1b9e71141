#include "queue/QueueStatsChart.h"

#include "AppearanceManager.h"
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
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_count, Qt::AlignLeft);
    for (QLineSeries *series : {m_available, m_inFlight, m_dead}) {
        series->setPointsVisible(true); // the first sample shows before there is a line
        chart->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_count);
    }
    m_time->setFormat(QStringLiteral("HH:mm"));
    m_time->setTickCount(6);
    m_count->setLabelFormat(QStringLiteral("%d"));
    m_count->setRange(0, 10);
    const QDateTime now = QDateTime::currentDateTime();
    m_time->setRange(now.addSecs(-60 * WindowMinutes), now);
    setChart(chart);
    applyAppearance();
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

void QueueStatsChart::applyAppearance()
{
    AppearanceManager::themeChart(chart(), palette());
    using SemanticColors::Role;
    for (auto [series, role] :
         {std::pair{m_available, Role::Link}, std::pair{m_inFlight, Role::Warning}, std::pair{m_dead, Role::Error}}) {
        QPen pen(SemanticColors::color(role, palette()));
        pen.setWidthF(2);
        series->setPen(pen);
    }
}

void QueueStatsChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        applyAppearance();
    QChartView::changeEvent(event);
}
