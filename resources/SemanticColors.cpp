#include "SemanticColors.h"

namespace SemanticColors {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor color(Role role, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (role) {
    case Role::Error: return dark ? QColor(0xef9a9a) : QColor(0xc62828);
    case Role::Warning: return dark ? QColor(0xffb74d) : QColor(0xe65100);
    case Role::Success: return dark ? QColor(0x81c784) : QColor(0x2e7d32);
    case Role::Link: return dark ? QColor(0x90caf9) : QColor(0x1565c0);
    case Role::Muted: return palette.color(QPalette::PlaceholderText);
    }
    return palette.color(QPalette::WindowText);
}

} // namespace SemanticColors
