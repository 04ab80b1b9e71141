#include "queue/DlqTimelineChart.h"

#include "AppearanceManager.h"
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QEvent>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

DlqTimelineChart::DlqTimelineChart(QWidget *parent)
    : QChartView(parent), m_series(new QStackedBarSeries), m_time(new QBarCategoryAxis), m_count(new QValueAxis)
{
    setObjectName(QStringLiteral("dlqTimeline"));
    setRenderHint(QPainter::Antialiasing);
    QChart *plot = chart();
    plot->setAnimationOptions(QChart::NoAnimation);
    AppearanceManager::themeChart(plot, palette());
    plot->setMargins(QMargins(2, 2, 2, 2));
    plot->setBackgroundRoundness(0);
    plot->legend()->hide(); // the groups table beside it names the colours' kinds
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    plot->legend()->setFont(small);
    // Narrow beside the list: no axis text (the span is said under the chart, counts on hover).
    m_time->setVisible(false);
    m_count->setVisible(false);

    m_series->setBarWidth(0.9);
    plot->addSeries(m_series);
    plot->addAxis(m_time, Qt::AlignBottom);
    plot->addAxis(m_count, Qt::AlignLeft);
    m_series->attachAxis(m_time);
    m_series->attachAxis(m_count);
    connect(m_series, &QStackedBarSeries::clicked, this, [this](int index, QBarSet *) { chooseBucket(index); });
    connect(m_series, &QStackedBarSeries::hovered, this, [this](bool on, int index, QBarSet *set) {
        if (!on || !set)
            return QToolTip::hideText();
        const QLocale locale;
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(m_timeline.startMs + index * m_timeline.bucketMs);
        const QDateTime to = from.addMSecs(m_timeline.bucketMs);
        //: Hovering a timeline bar: kind, count, time span.
        QToolTip::showText(QCursor::pos(), tr("%1: %2\n%3 – %4\nClick to show only these times")
                                               .arg(set->label(), locale.toString(int(set->at(index))),
                                                    locale.toString(from, QLocale::ShortFormat),
                                                    locale.toString(to.time(), QLocale::ShortFormat)));
    });
    setMinimumHeight(120);
    setMaximumHeight(180);
}

void DlqTimelineChart::setTimeline(const DlqModel::Timeline &timeline)
{
    m_timeline = timeline;
    rebuild();
}

QColor DlqTimelineChart::seriesColor(const QString &label) const
{
    for (QBarSet *set : m_series->barSets())
        if (set->label() == label)
            return set->color();
    return {};
}

QString DlqTimelineChart::spanText() const
{
    if (m_timeline.bucketCount() == 0)
        return {};
    const QLocale locale;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(m_timeline.startMs);
    const QDateTime to =
        QDateTime::fromMSecsSinceEpoch(m_timeline.startMs + m_timeline.bucketCount() * m_timeline.bucketMs);
    const QString end = from.date() == to.date() ? locale.toString(to.time(), QLocale::ShortFormat)
                                                 : locale.toString(to, QLocale::ShortFormat);
    return tr("%1 – %2").arg(locale.toString(from, QLocale::ShortFormat), end);
}

void DlqTimelineChart::chooseBucket(int bucket)
{
    if (bucket < 0 || bucket >= m_timeline.bucketCount())
        return;
    const qint64 from = m_timeline.startMs + bucket * m_timeline.bucketMs;
    emit bucketChosen(from, from + m_timeline.bucketMs);
}

void DlqTimelineChart::rebuild()
{
    m_series->clear();
    QStringList categories;
    // Bars too narrow for a time each: spanText() says where the span starts and ends.
    for (int bucket = 0; bucket < m_timeline.bucketCount(); ++bucket)
        categories << QString::number(bucket);
    m_time->clear();
    m_time->append(categories);
    int peak = 1;
    std::vector<int> stacked(size_t(m_timeline.bucketCount()), 0);
    for (size_t which = 0; which < m_timeline.counts.size(); ++which) {
        const QString label = int(which) < m_timeline.labels.size() ? m_timeline.labels[int(which)] : tr("other");
        auto *set = new QBarSet(label);
        for (size_t bucket = 0; bucket < m_timeline.counts[which].size(); ++bucket) {
            set->append(m_timeline.counts[which][bucket]);
            stacked[bucket] += m_timeline.counts[which][bucket];
        }
        m_series->append(set);
    }
    for (int total : stacked)
        peak = std::max(peak, total);
    m_count->setRange(0, peak);
    m_count->applyNiceNumbers();
}

void DlqTimelineChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        AppearanceManager::themeChart(chart(), palette()); // recolours the bars too
        rebuild();
    }
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        rebuild(); // "other", and the time labels in the new locale
    QChartView::changeEvent(event);
}
