#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

// Colours that carry meaning (an error, a warning, success, a link, a dim note), in a
// shade that reads on the palette in use: deep on a light window, light on a dark one.
namespace SemanticColors {

enum class Role { Error, Warning, Success, Link, Muted };

bool isDark(const QPalette &palette = QGuiApplication::palette());
QColor color(Role role, const QPalette &palette = QGuiApplication::palette());

} // namespace SemanticColors
