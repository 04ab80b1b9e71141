#pragma once

#include <QIcon>

// The console's icons, SVG from resources/icons: crisp at any scale. `name` is the file's
// base name ("folder", "new-project", …).
namespace AppIcons {
QIcon icon(const QString &name);
// The application's own icon.
QIcon application();
} // namespace AppIcons
