#include "AppIcons.h"
#include "AppInfo.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPixmap>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

// The icons of resources/: each loads from the .qrc, renders crisp at 1× and 2× (a real
// 2× image, not a scaled 1× one), and has parts that stand out on a light and on a dark
// background alike. The identity comes from the project.
class ResourcesTest : public QObject
{
    Q_OBJECT

    static double luminance(QRgb rgb)
    {
        auto channel = [](int value) {
            const double c = value / 255.0;
            return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(qRed(rgb)) + 0.7152 * channel(qGreen(rgb)) + 0.0722 * channel(qBlue(rgb));
    }
    static double contrast(QRgb a, QRgb b)
    {
        const double la = luminance(a), lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }
    // Share of the icon's opaque pixels with a contrast of at least 3:1 against `background`.
    static double standingOut(const QImage &image, QRgb background)
    {
        int opaque = 0, visible = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                if (qAlpha(pixel) < 200)
                    continue;
                ++opaque;
                visible += contrast(pixel, background) >= 3.0;
            }
        return opaque ? double(visible) / opaque : 0;
    }

private slots:
    void everyIconRendersAtOneAndTwoTimes()
    {
        const QStringList files = QDir(u":/icons"_s).entryList({u"*.svg"_s});
        QVERIFY(files.size() >= 17);
        for (const QString &file : files) {
            const QIcon icon = AppIcons::icon(file.chopped(4));
            QVERIFY2(!icon.isNull(), qPrintable(file));
            const QPixmap one = icon.pixmap(QSize(16, 16), 1.0);
            const QPixmap two = icon.pixmap(QSize(16, 16), 2.0);
            QCOMPARE(one.size(), QSize(16, 16));
            QCOMPARE(two.size(), QSize(32, 32)); // rendered for 2×, not a blown-up 16
            QCOMPARE(two.devicePixelRatio(), 2.0);
            // Rendered from vectors: the 2× image has detail a scaled 1× one lacks.
            const QImage scaled = one.toImage().scaled(32, 32).convertToFormat(QImage::Format_ARGB32);
            QVERIFY2(two.toImage().convertToFormat(QImage::Format_ARGB32) != scaled, qPrintable(file));
        }
    }

    void everyIconStandsOutOnLightAndDark()
    {
        QStringList faint;
        for (const QString &file : QDir(u":/icons"_s).entryList({u"*.svg"_s})) {
            const QImage image = AppIcons::icon(file.chopped(4)).pixmap(QSize(32, 32), 1.0).toImage();
            const double onLight = standingOut(image, qRgb(0xff, 0xff, 0xff));
            const double onDark = standingOut(image, qRgb(0x1e, 0x1e, 0x1e));
            // At least a fifth of what is drawn contrasts 3:1 with either background (an
            // outline on light, a fill on dark, or the reverse).
            if (onLight < 0.2 || onDark < 0.2)
                faint << u"%1 (light %2, dark %3)"_s.arg(file).arg(onLight, 0, 'f', 2).arg(onDark, 0, 'f', 2);
        }
        QVERIFY2(faint.isEmpty(), qPrintable(faint.join(u", "_s)));
    }

    void theIdentityComesFromTheProject()
    {
        QCOMPARE(QString::fromLatin1(AppInfo::Version), QStringLiteral(CONSOLE_PROJECT_VERSION));
        QCOMPARE(QString::fromLatin1(AppInfo::DesktopId), u"io.infrai.Console"_s);
        QVERIFY(!AppIcons::application().isNull());
    }
};

QTEST_MAIN(ResourcesTest)
#include "tst_resources.moc"
