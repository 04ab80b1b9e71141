#pragma once

#include "SemanticColors.h"

#include <QObject>
#include <QPalette>

#include <QDBusMessage>

class QChart;
class QWidget;

// Light or dark, chosen or following the desktop. "System" reads the freedesktop settings
// portal's org.freedesktop.appearance color-scheme over D-Bus (asynchronously: the GUI
// thread never waits on the bus) and follows its changes while running. Either look is the
// Fusion style with a complete palette, so every widget, view and chart takes it.
class AppearanceManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppearanceManager)

public:
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)

    explicit AppearanceManager(QObject *parent = nullptr);

    static std::optional<Mode> parseMode(const QString &name); // "system", "light", "dark"
    static QString modeName(Mode mode);
    // The remembered choice (System on first start).
    static Mode initialMode();
    static QPalette lightPalette();
    static QPalette darkPalette();

    Mode mode() const { return m_mode; }
    bool isDark() const { return m_dark; }
    // Applies the choice, and remembers it unless it is a one-off (from the command line).
    void apply(Mode mode, bool remember = true);
    // What the portal said: 0 no preference, 1 prefers dark, 2 prefers light; -1 unknown.
    int desktopScheme() const { return m_desktopScheme; }

    // A label's text colour by meaning, kept right across appearance changes.
    static void setTextRole(QWidget *widget, SemanticColors::Role role);
    static void clearTextRole(QWidget *widget);
    // A chart's theme by the widget's palette (call on PaletteChange).
    static void themeChart(QChart *chart, const QPalette &palette);

signals:
    void darkChanged(bool dark);

public slots: // public: D-Bus delivers signals to public slots only
    void onSettingChanged(const QDBusMessage &signal);

private:
    void askDesktop();
    void setDesktopScheme(int scheme);
    void update();
    static void refreshTextRoles();

    Mode m_mode = Mode::System;
    int m_desktopScheme = -1;
    bool m_dark = false;
    bool m_applied = false;
};
