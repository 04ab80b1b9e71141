#include "StatusIcons.h"

#include <QHash>

#include <QPainter>
#include <QPixmap>
#include <algorithm>

namespace {

QIcon draw(const std::function<void(QPainter &)> &paint)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter);
    return QIcon(pixmap);
}

QIcon dot(const QColor &fill, bool hollow)
{
    return draw([&](QPainter &p) {
        p.setPen(QPen(fill.darker(130), 2));
        p.setBrush(hollow ? QBrush(Qt::white) : QBrush(fill));
        p.drawEllipse(QRectF(7, 7, 18, 18));
        if (hollow) {
            p.setBrush(fill);
            p.setPen(Qt::NoPen);
            p.drawPie(QRectF(9, 9, 14, 14), 90 * 16, -180 * 16);
        }
    });
}

} // namespace

QIcon StatusIcons::forStatus(ResourceStatus status)
{
    static QHash<int, QIcon> cache;
    auto it = cache.constFind(int(status));
    if (it != cache.constEnd())
        return *it;
    QIcon icon;
    switch (status) {
    case ResourceStatus::Ready: icon = dot(QColor(0x2e7d32), false); break;
    case ResourceStatus::Provisioning: icon = dot(QColor(0xf9a825), true); break;
    case ResourceStatus::Deleting: icon = dot(QColor(0x757575), true); break;
    case ResourceStatus::Failed: icon = dot(QColor(0xc62828), false); break;
    case ResourceStatus::Unknown: icon = dot(QColor(0x9e9e9e), false); break;
    }
    cache.insert(int(status), icon);
    return icon;
}

QIcon StatusIcons::folder(bool failed)
{
    static const QIcon normal = draw([](QPainter &p) {
        p.setPen(QPen(QColor(0xb08000), 1.5));
        p.setBrush(QColor(0xf6c344));
        p.drawRoundedRect(QRectF(4, 8, 12, 6), 2, 2);
        p.drawRoundedRect(QRectF(4, 11, 24, 15), 2, 2);
    });
    static const QIcon broken = draw([](QPainter &p) {
        p.setPen(QPen(QColor(0x8e0000), 1.5));
        p.setBrush(QColor(0xef9a9a));
        p.drawRoundedRect(QRectF(4, 11, 24, 15), 2, 2);
        p.drawLine(QPointF(11, 14), QPointF(21, 23));
        p.drawLine(QPointF(21, 14), QPointF(11, 23));
    });
    return failed ? broken : normal;
}

QIcon StatusIcons::snapshot()
{
    static const QIcon icon = draw([](QPainter &p) {
        p.setPen(QPen(QColor(0x0d47a1), 1.5));
        p.setBrush(QColor(0x90caf9));
        p.drawRoundedRect(QRectF(4, 9, 24, 17), 3, 3);
        p.setBrush(Qt::white);
        p.drawEllipse(QRectF(11, 12, 10, 10));
    });
    return icon;
}

QIcon StatusIcons::queue()
{
    static const QIcon icon = draw([](QPainter &p) {
        p.setPen(QPen(QColor(0x00695c), 1.5));
        p.setBrush(QColor(0x80cbc4));
        for (int i = 0; i < 3; ++i)
            p.drawRoundedRect(QRectF(4 + i * 8, 10, 7, 12), 1.5, 1.5);
    });
    return icon;
}

QIcon StatusIcons::deadLetters()
{
    static const QIcon icon = draw([](QPainter &p) {
        p.setPen(QPen(QColor(0x616161), 1.5));
        p.setBrush(QColor(0xe0e0e0));
        p.drawRoundedRect(QRectF(4, 8, 24, 17), 2, 2);
        p.drawLine(QPointF(4, 8), QPointF(16, 18));
        p.drawLine(QPointF(28, 8), QPointF(16, 18));
    });
    return icon;
}

QIcon StatusIcons::deadLetterBadge(qint64 count)
{
    static QHash<qint64, QIcon> cache;
    const qint64 key = std::min<qint64>(count, 100);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    const QString text = key >= 100 ? QStringLiteral("99+") : QString::number(key);
    const QIcon icon = draw([&](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd32f2f));
        p.drawRoundedRect(QRectF(1, 5, 30, 22), 11, 11);
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(text.size() > 2 ? 12 : 15);
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QRectF(1, 5, 30, 22), Qt::AlignCenter, text);
    });
    cache.insert(key, icon);
    return icon;
}

QIcon StatusIcons::warning()
{
    static const QIcon icon = draw([](QPainter &p) {
        p.setPen(QPen(QColor(0x8d6e00), 1.5));
        p.setBrush(QColor(0xffc107));
        p.drawPolygon(QPolygonF({QPointF(16, 4), QPointF(29, 27), QPointF(3, 27)}));
        p.setPen(QPen(QColor(0x3e2723), 3, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(16, 12), QPointF(16, 19));
        p.drawPoint(QPointF(16, 23.5));
    });
    return icon;
}

QIcon StatusIcons::profile(int kind)
{
    // A server: stacked drives, tinted by the kind of service (infrai, Aura, Lakebase).
    static const QColor tints[] = {QColor(0x1565c0), QColor(0x018bff), QColor(0xef6c00)};
    static QHash<int, QIcon> cache;
    const int which = std::clamp(kind, 0, 2);
    if (const auto it = cache.constFind(which); it != cache.cend())
        return *it;
    const QColor tint = tints[which];
    const QIcon icon = draw([&](QPainter &p) {
        p.setPen(QPen(tint.darker(140), 1.5));
        p.setBrush(tint.lighter(160));
        for (int i = 0; i < 3; ++i)
            p.drawRoundedRect(QRectF(5, 5 + i * 8, 22, 6.5), 2, 2);
        p.setPen(Qt::NoPen);
        p.setBrush(tint.darker(120));
        for (int i = 0; i < 3; ++i)
            p.drawEllipse(QRectF(21, 6.8 + i * 8, 3, 3));
    });
    cache.insert(which, icon);
    return icon;
}
