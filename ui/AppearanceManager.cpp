#include "AppearanceManager.h"

#include <QApplication>
#include <QChart>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

const QString PortalService = u"org.freedesktop.portal.Desktop"_s;
const QString PortalPath = u"/org/freedesktop/portal/desktop"_s;
const QString PortalSettings = u"org.freedesktop.portal.Settings"_s;
const QString AppearanceGroup = u"org.freedesktop.appearance"_s;
const QString ColorSchemeKey = u"color-scheme"_s;
const char *TextRoleProperty = "infraiTextRole";

// The portal answers Read with a variant in a variant; a signal carries one level.
int schemeOf(QVariant value)
{
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    bool ok = false;
    const int scheme = int(value.toUInt(&ok));
    return ok ? scheme : -1;
}

} // namespace

AppearanceManager::AppearanceManager(QObject *parent) : QObject(parent)
{
    // From any sender on the portal's path and interface: matching by the portal's name
    // would miss a portal started (D-Bus activated) after the console.
    QDBusConnection::sessionBus().connect(QString(), PortalPath, PortalSettings, u"SettingChanged"_s, this,
                                          SLOT(onSettingChanged(QDBusMessage)));
}

std::optional<AppearanceManager::Mode> AppearanceManager::parseMode(const QString &name)
{
    if (name == u"system")
        return Mode::System;
    if (name == u"light")
        return Mode::Light;
    if (name == u"dark")
        return Mode::Dark;
    return std::nullopt;
}

QString AppearanceManager::modeName(Mode mode)
{
    switch (mode) {
    case Mode::System: return u"system"_s;
    case Mode::Light: return u"light"_s;
    case Mode::Dark: return u"dark"_s;
    }
    return u"system"_s;
}

AppearanceManager::Mode AppearanceManager::initialMode()
{
    return parseMode(QSettings().value(u"ui/appearance"_s).toString()).value_or(Mode::System);
}

QPalette AppearanceManager::lightPalette()
{
    QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
    QPalette palette = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    palette.setColor(QPalette::PlaceholderText, QColor(0x6b6b6b));
    return palette;
}

QPalette AppearanceManager::darkPalette()
{
    QPalette p;
    const QColor window(0x2b2b2b), base(0x1e1e1e), text(0xe6e6e6), button(0x333333), highlight(0x2f6db5);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x262626));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a3a3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a9a9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff6e6e));
    p.setColor(QPalette::Light, QColor(0x454545));
    p.setColor(QPalette::Midlight, QColor(0x3a3a3a));
    p.setColor(QPalette::Mid, QColor(0x5a5a5a));
    p.setColor(QPalette::Dark, QColor(0x161616));
    p.setColor(QPalette::Shadow, QColor(0x0a0a0a));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x90caf9));
    p.setColor(QPalette::LinkVisited, QColor(0xce93d8));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a7a7a));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a4a4a));
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x3d5a80));
    return p;
}

void AppearanceManager::apply(Mode mode, bool remember)
{
    m_mode = mode;
    if (remember)
        QSettings().setValue(u"ui/appearance"_s, modeName(mode));
    if (mode == Mode::System && m_desktopScheme < 0)
        askDesktop();
    update();
}

void AppearanceManager::askDesktop()
{
    QDBusMessage read = QDBusMessage::createMethodCall(PortalService, PortalPath, PortalSettings, u"Read"_s);
    read << AppearanceGroup << ColorSchemeKey;
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(read, 2000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<QVariant> reply = *watcher;
        // No portal (or no such setting): light, as a desktop with no preference is.
        setDesktopScheme(reply.isValid() ? schemeOf(reply.value()) : 0);
    });
}

void AppearanceManager::onSettingChanged(const QDBusMessage &signal)
{
    // (group s, key s, value v); the message whole, as QtDBus matches no slot taking a
    // QDBusVariant from a signal here.
    const QList<QVariant> arguments = signal.arguments();
    if (arguments.size() == 3 && arguments.at(0).toString() == AppearanceGroup &&
        arguments.at(1).toString() == ColorSchemeKey)
        setDesktopScheme(schemeOf(arguments.at(2)));
}

void AppearanceManager::setDesktopScheme(int scheme)
{
    m_desktopScheme = scheme;
    if (m_mode == Mode::System)
        update();
}

void AppearanceManager::update()
{
    const bool dark = m_mode == Mode::Dark || (m_mode == Mode::System && m_desktopScheme == 1);
    if (m_applied && dark == m_dark)
        return;
    m_applied = true;
    m_dark = dark;
    if (QApplication::style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(u"Fusion"_s);
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
    refreshTextRoles();
    emit darkChanged(dark);
}

void AppearanceManager::setTextRole(QWidget *widget, SemanticColors::Role role)
{
    widget->setProperty(TextRoleProperty, int(role));
    widget->setStyleSheet(u"color:%1;"_s.arg(SemanticColors::color(role).name()));
}

void AppearanceManager::clearTextRole(QWidget *widget)
{
    widget->setProperty(TextRoleProperty, QVariant());
    widget->setStyleSheet(QString());
}

void AppearanceManager::refreshTextRoles()
{
    for (QWidget *widget : QApplication::allWidgets()) {
        const QVariant role = widget->property(TextRoleProperty);
        if (role.isValid())
            setTextRole(widget, SemanticColors::Role(role.toInt()));
    }
}

void AppearanceManager::themeChart(QChart *chart, const QPalette &palette)
{
    const QChart::ChartTheme theme = SemanticColors::isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
    // The view's own background, not the theme's gradient: the chart sits in the window.
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
}
