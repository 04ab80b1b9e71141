#include "StatusIcons.h"

#include "AppIcons.h"

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
    return AppIcons::icon(failed ? QStringLiteral("folder-error") : QStringLiteral("folder"));
}

QIcon StatusIcons::snapshot()
{
    return AppIcons::icon(QStringLiteral("snapshot"));
}

QIcon StatusIcons::queue()
{
    return AppIcons::icon(QStringLiteral("queue"));
}

QIcon StatusIcons::deadLetters()
{
    return AppIcons::icon(QStringLiteral("dead-letters"));
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
    return AppIcons::icon(QStringLiteral("warning"));
}

QIcon StatusIcons::profile(int kind)
{
    // A server, tinted by the kind of service (Profile::Kind: infrai, Aura, Lakebase).
    static const char *const names[] = {"profile-infrai", "profile-aura", "profile-lakebase"};
    return AppIcons::icon(QString::fromLatin1(names[std::clamp(kind, 0, 2)]));
}
